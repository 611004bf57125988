# configurator/callback.py
