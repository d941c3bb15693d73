"""Servers started by the benches and the browser tests are always stopped."""

from __future__ import annotations

import subprocess
import sys

from tsunagari.core.processes import stop


def test_a_process_that_ends_on_request_is_stopped() -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])

    stop(process)

    assert process.returncode is not None


def test_a_process_that_ignores_the_request_is_killed_after_the_grace_period() -> None:
    code = (
        "import signal, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()  # SIGTERM is ignored from here on

    stop(process, grace_seconds=0.5)

    assert process.returncode == -9
    process.stdout.close()
