"""The Japanese morphological analyser (SudachiPy with sudachidict-core), shared.

No Django import: the navigator engine and the furigana of the children's pages both use it.
One dictionary per process (it is large), one tokenizer per thread (a tokenizer is not
thread-safe). Mode A gives short words: lemmas for matching, short ruby groups on pages.
"""

from __future__ import annotations

import threading
from typing import Any

_local = threading.local()
_dictionary_lock = threading.Lock()
_dictionary: list[Any] = []


def sudachi_tokenizer() -> Any:
    """This thread's Sudachi tokenizer (split mode A)."""
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import Dictionary, SplitMode

        with _dictionary_lock:
            if not _dictionary:
                _dictionary.append(Dictionary())
        tokenizer = _dictionary[0].tokenizer(SplitMode.A)
        _local.tokenizer = tokenizer
    return tokenizer
