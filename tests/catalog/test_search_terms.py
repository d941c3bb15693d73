"""Search terms in further languages join the seed records (and so the navigator)."""

import shutil
from pathlib import Path

import pytest

from tsunagari.catalog.records import DEFAULT_DATA_DIR, load_national_records


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, copy)
    return copy


def test_terms_of_a_further_language_join_the_record_under_that_language(data_dir):
    folder = data_dir / "national" / "search-terms-i18n"
    folder.mkdir(exist_ok=True)
    (folder / "id.yaml").write_text(
        "jukyo-kakuho-kyufukin: [tidak bisa bayar sewa, diusir dari apartemen]\n",
        encoding="utf-8",
    )
    by_id = {r["id"]: r for r in load_national_records(data_dir)}
    terms = by_id["jukyo-kakuho-kyufukin"]["search_terms"]
    assert terms["id"] == ["tidak bisa bayar sewa", "diusir dari apartemen"]
    assert "家賃が払えない" in terms["ja"]
