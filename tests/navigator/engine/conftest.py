"""Fixtures shared by the engine tests: the real seed catalog, read once per test session."""

from __future__ import annotations

import pytest

from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.snapshot import CatalogSnapshot


@pytest.fixture(scope="session")
def snapshot() -> CatalogSnapshot:
    """The national catalog as the engine sees it (frozen: safe to share between tests)."""
    return snapshot_from_seed_files()
