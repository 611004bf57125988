"""certbot against a local pebble, with every directory explicit (nothing under /etc)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .servers import Pebble, run_checked


@dataclass(frozen=True)
class Certbot:
    base: Path  # holds config/, work/, logs/
    pebble: Pebble

    @property
    def config_dir(self) -> Path:
        return self.base / "config"

    def dirs(self) -> list[str]:
        return ["--config-dir", str(self.config_dir), "--work-dir", str(self.base / "work"),
                "--logs-dir", str(self.base / "logs")]

    def env(self) -> dict[str, str]:
        # certbot runs on Debian's python3 and must trust pebble's own listener.
        return {"REQUESTS_CA_BUNDLE": str(self.pebble.ca_bundle)}

    def run(self, *args: str) -> str:
        proc = run_checked("certbot", ["certbot", *args, *self.dirs(), "--non-interactive"],
                           self.base / "certbot-run.log", env=self.env(), timeout=180)
        return proc.stdout + proc.stderr

    def certonly_webroot(self, webroot: Path, domains: Sequence[str], *, cert_name: str,
                         deploy_hook: Path | None = None) -> str:
        args = ["certonly", "--agree-tos", "--register-unsafely-without-email",
                "--server", self.pebble.directory_url, "--webroot", "-w", str(webroot),
                "--cert-name", cert_name]
        for d in domains:
            args += ["-d", d]
        if deploy_hook:
            args += ["--deploy-hook", str(deploy_hook)]
        return self.run(*args)

    def renew(self, *extra: str) -> str:
        # Without --no-random-sleep-on-renew a renew with no TTY sleeps up to 8 minutes.
        # --dry-run would switch to Let's Encrypt staging without an explicit --server.
        return self.run("renew", "--no-random-sleep-on-renew", "--server",
                        self.pebble.directory_url, *extra)

    def live(self, cert_name: str) -> Path:
        return self.config_dir / "live" / cert_name
