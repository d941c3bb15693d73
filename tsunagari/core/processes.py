"""Local servers the tools start and stop (a gunicorn for the speed bench and the browser
tests): a free port, a consistent copy of the SQLite catalog, waiting until it answers, and
stopping it. One place, so that the bench and the tests start a server the same way."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API) even while a development server writes."""
    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)


def wait_until_up(url: str, process: subprocess.Popen[bytes], timeout_seconds: float) -> None:
    """Return once `url`/healthz answers 200; fail at once if the server has stopped."""
    deadline = time.monotonic() + timeout_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting; see its log")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=10) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer /healthz within {timeout_seconds:g} s")


def stop(process: subprocess.Popen[bytes], grace_seconds: float = 20) -> None:
    """Ask a server to stop, and kill it if it has not stopped within the grace period, so
    that no server is left running after a bench or a test session."""
    process.terminate()
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
