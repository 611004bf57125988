"""Start servers in the foreground, wait for a real protocol answer, stop them by handle.

Each server runs under our own ``Popen`` with stdout/stderr in its own log file.
The handle is kept so that stopping (TERM, then KILL, then ``wait``) reaps the
exact process we started, never anything found by name.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# Lines that explain a failure better than the last line of a log: first the servers'
# own error levels, then error-like words; known harmless lines never explain anything.
_LEVEL_LINE = re.compile(
    r"\t(error|warn)\t|\[(emerg|alert|crit|error)\]|\bERROR\b|CONFIG ERROR|^Error|Traceback"
)
_ERROR_LINE = re.compile(
    r"\b(error|emerg|crit|alert|fatal|failed|cannot|refusing|bad configuration|unable"
    r"|not exist|denied|refused|unauthorized|invalid)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(r"CHANGE_REQUEST|Protocol not supported|^\$ ")


class ServerFailure(AssertionError):
    """A server did not behave; the message names the server, its log file and line."""


@dataclass(frozen=True)
class LogLine:
    path: Path
    number: int  # 1-based; 0 when the log is empty or missing
    text: str

    def __str__(self) -> str:
        if self.number == 0:
            return f"{self.path}: {self.text}"
        return f"{self.path}:{self.number}: {self.text}"


def read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(errors="replace").splitlines()
    except OSError:
        return []


def find_line(path: Path, pattern: str | re.Pattern[str], *, last: bool = True) -> LogLine | None:
    """The last (or first) line of ``path`` matching ``pattern``."""
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    lines = read_lines(path)
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    for i in order:
        if rx.search(lines[i]):
            return LogLine(path, i + 1, lines[i].strip())
    return None


def explaining_line(paths: Sequence[Path]) -> LogLine:
    """The line most likely to explain a failure: the last line at an error level in
    any log, else the last error-looking line, else the last non-empty line."""
    for rx in (_LEVEL_LINE, _ERROR_LINE):
        for path in paths:
            lines = read_lines(path)
            for i in range(len(lines) - 1, -1, -1):
                if rx.search(lines[i]) and not _NOISE.search(lines[i]):
                    return LogLine(path, i + 1, lines[i].strip())
    for path in paths:
        lines = read_lines(path)
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].strip() and not _NOISE.search(lines[i]):
                return LogLine(path, i + 1, lines[i].strip())
    first = paths[0] if paths else Path("(no log)")
    return LogLine(first, 0, "(log is empty)")


@dataclass
class Server:
    """A running server: its name, the process we started and the logs it writes."""

    name: str
    argv: tuple[str, ...]
    proc: subprocess.Popen[bytes]
    output_log: Path  # where its stdout/stderr go
    logs: tuple[Path, ...] = ()  # logs the server writes itself (checked first)
    started: float = field(default_factory=time.monotonic)
    ready_after: float | None = None

    @property
    def pid(self) -> int:
        return self.proc.pid

    def all_logs(self) -> tuple[Path, ...]:
        return (*self.logs, self.output_log)

    def failure(self, what: str, line: LogLine | None = None) -> ServerFailure:
        line = line or explaining_line(self.all_logs())
        return ServerFailure(f"{self.name}: {what}; see {line}")

    def check_alive(self, what: str = "exited") -> None:
        rc = self.proc.poll()
        if rc is not None:
            raise self.failure(f"{what} (exit status {rc})")

    def log_errors(self, pattern: str, *, allow: Sequence[str] = ()) -> list[LogLine]:
        """Lines of the server's own logs matching ``pattern`` and none of ``allow``."""
        rx, allowed = re.compile(pattern), [re.compile(a) for a in allow]
        found = []
        for path in self.all_logs():
            for i, text in enumerate(read_lines(path), 1):
                if rx.search(text) and not any(a.search(text) for a in allowed):
                    found.append(LogLine(path, i, text.strip()))
        return found

    def assert_no_log_errors(self, pattern: str, *, allow: Sequence[str] = ()) -> None:
        bad = self.log_errors(pattern, allow=allow)
        if bad:
            more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
            raise self.failure(f"logged an error{more}", bad[0])

    @contextmanager
    def blame(self, step: str) -> Iterator[None]:
        """Turn a probe error inside the block into a failure naming this server's log."""
        try:
            yield
        except ServerFailure:
            raise
        except Exception as e:
            raise self.failure(f"{step} failed: {e}") from e

    def signal(self, sig: int) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)

    def stop(self, timeout: float = 5.0) -> int:
        """TERM, then KILL after ``timeout``; always reaps.  Returns the exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return self.proc.wait()


Probe = Callable[[], object]


class Supervisor:
    """Owns every server started through it and stops them all, newest first, on exit."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.servers: list[Server] = []

    def __enter__(self) -> Supervisor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_all()

    def start(
        self,
        name: str,
        argv: Sequence[str],
        *,
        ready: Probe | None = None,
        timeout: float = 15.0,
        logs: Sequence[Path] = (),
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Server:
        """Start ``argv`` in the foreground and wait until ``ready()`` returns truthy.

        ``ready`` is a real protocol probe; OSError/ValueError from it mean "not yet".
        """
        self.log_dir.mkdir(parents=True, exist_ok=True)
        output_log = self.log_dir / f"{name}.out"
        full_env = dict(os.environ)
        full_env.update(env or {})
        with output_log.open("wb") as out:
            proc = subprocess.Popen(
                list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                env=full_env, cwd=cwd, start_new_session=True,
            )
        server = Server(name, tuple(argv), proc, output_log, tuple(logs))
        self.servers.append(server)
        if ready is not None:
            self.wait_ready(server, ready, timeout)
        return server

    @staticmethod
    def wait_ready(server: Server, ready: Probe, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while True:
            server.check_alive("exited before it answered")
            try:
                if ready():
                    server.ready_after = time.monotonic() - server.started
                    return
            except (OSError, ValueError) as e:
                last_error = e
            if time.monotonic() > deadline:
                why = f" (last probe error: {last_error})" if last_error else ""
                raise server.failure(f"did not answer within {timeout:g} s{why}")
            time.sleep(0.01)

    def stop(self, server: Server) -> int:
        rc = server.stop()
        if server in self.servers:
            self.servers.remove(server)
        return rc

    def stop_all(self) -> None:
        errors = []
        while self.servers:
            server = self.servers.pop()
            try:
                server.stop()
            except Exception as e:  # keep stopping the others
                errors.append(f"{server.name}: {e}")
        if errors:
            raise RuntimeError("could not stop: " + "; ".join(errors))
