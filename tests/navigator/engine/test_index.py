"""The per-snapshot index: what is built at once and what on first use."""

from __future__ import annotations

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.navigator.engine.index import (
    EAGER_LANGS,
    FIELD_WEIGHTS,
    INDEX_LANGS,
    build_index,
)


def test_a_process_that_forks_workers_can_build_every_language_at_once() -> None:
    index = build_index(snapshot_from_seed_files(), [1.0])
    lazy = [lang for lang in INDEX_LANGS if lang not in EAGER_LANGS]
    assert lazy
    assert not any(f"{lang}:terms" in index.bm25 for lang in lazy)

    index.build_all_languages()

    assert set(index.bm25) == {f"{lang}:{name}" for lang in INDEX_LANGS for name in FIELD_WEIGHTS}
