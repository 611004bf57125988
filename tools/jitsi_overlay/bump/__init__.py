"""Follow an upstream Jitsi stable release: resolve, lock, fetch, render, manifest, commit."""
