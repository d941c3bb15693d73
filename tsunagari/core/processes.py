"""Child processes the tools start and stop (a gunicorn for the benches and browser tests)."""

from __future__ import annotations

import subprocess


def stop(process: subprocess.Popen[bytes], grace_seconds: float = 20) -> None:
    """Ask a server to stop, and kill it if it has not stopped within the grace period, so
    that no server is left running after a bench or a test session."""
    process.terminate()
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
