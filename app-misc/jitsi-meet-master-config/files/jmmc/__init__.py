"""jmmc: the Jitsi Meet master-config configurator (run by ``emerge --config``)."""
