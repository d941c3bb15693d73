"""gunicorn settings: `gunicorn -c config/gunicorn.py config.wsgi:application`.

The master loads the application once (`preload_app`, with the navigator's data, crisis
model and catalog index: tsunagari/navigator/startup.py) and forks the workers from it, so
they share that memory and none builds it again. What is loaded then is moved out of the
garbage collector's reach (`gc.freeze`): a full collection no longer walks the ~450,000
long-lived objects of the engine's data in the middle of a person's request, and the
workers do not copy the pages the collector would otherwise touch (ADR 0012).
"""

from __future__ import annotations

import gc
from typing import Any

preload_app = True


def when_ready(server: Any) -> None:
    """In the master, after the application is loaded and before any worker is forked."""
    gc.collect()
    gc.freeze()


def post_worker_init(worker: Any) -> None:
    """In each worker once the application is loaded (loaded here when not preloaded)."""
    gc.freeze()
