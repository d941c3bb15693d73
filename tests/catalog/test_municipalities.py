"""Municipality codes, the generated municipalities.csv, and postal code lookups.

The CSV is generated (scripts/build_municipalities.py), so these tests pin down what
the app relies on: valid, unique codes; designated cities present as rows although
the postal source lists only their wards; and ward -> city links that hold even
where ward codes leave the city's block of ten (浜松市 since 2024).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor

import pytest

from tsunagari.catalog.jis import check_digit, is_valid_code, with_check_digit
from tsunagari.catalog.postal import (
    municipalities,
    municipality_code_for_postal,
    municipality_codes_for_postal,
    normalize_postal_code,
    roll_up_to_city,
)

# From the national code list (全国地方公共団体コード), independent of the CSV.
KNOWN_CODES = {
    "市原市": "122190",
    "新宿区": "131041",
    "札幌市": "011002",
    "東京都": "130001",
    "北海道": "010006",
    "静岡県": "220001",  # sum mod 11 == 0: check digit 1
    "神戸市": "281000",  # sum mod 11 == 1: check digit 0
}
DESIGNATED_CITIES = {
    "011002": "札幌市",
    "041009": "仙台市",
    "111007": "さいたま市",
    "121002": "千葉市",
    "141003": "横浜市",
    "141305": "川崎市",
    "141500": "相模原市",
    "151009": "新潟市",
    "221007": "静岡市",
    "221309": "浜松市",
    "231002": "名古屋市",
    "261009": "京都市",
    "271004": "大阪市",
    "271403": "堺市",
    "281000": "神戸市",
    "331007": "岡山市",
    "341002": "広島市",
    "401005": "北九州市",
    "401307": "福岡市",
    "431001": "熊本市",
}
SAPPORO_CHUO = "011011"
# (kind, lowest, highest) plausible counts; exact where the law fixes them.
KIND_RANGES = {
    "prefecture": (47, 47),
    "designated_city": (20, 20),
    "ward": (23, 23),
    "city": (750, 800),
    "city_ward": (165, 180),
    "town": (700, 760),
    "village": (170, 190),
}


@pytest.fixture(scope="module")
def rows() -> Mapping[str, Mapping[str, str]]:
    return municipalities()


# --- check digits -----------------------------------------------------------------


@pytest.mark.parametrize(("name", "code6"), KNOWN_CODES.items())
def test_check_digit_of_known_codes(name: str, code6: str) -> None:
    assert check_digit(code6[:5]) == code6[5], name
    assert with_check_digit(code6[:5]) == code6
    assert is_valid_code(code6)


@pytest.mark.parametrize("bad", ["1310", "131041", "1310a", "１３１０４", 13104, None])
def test_check_digit_rejects_malformed_input(bad: object) -> None:
    with pytest.raises(ValueError, match="5-digit"):
        check_digit(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["131042", "13104", "1310411", "", "１３１０４１", 131041, None])
def test_is_valid_code_rejects(bad: object) -> None:
    assert not is_valid_code(bad)


# --- the CSV ----------------------------------------------------------------------


def test_codes_are_unique_valid_and_consistent(rows: Mapping[str, Mapping[str, str]]) -> None:
    assert len(rows) > 1900  # a dict: a duplicate code would have shrunk it
    for code, row in rows.items():
        assert is_valid_code(code), row
        assert row["prefecture_code"] == code[:2], row
        assert row["name"], row


def test_header_and_row_count_match_file(rows: Mapping[str, Mapping[str, str]]) -> None:
    from tsunagari.catalog.postal import MUNICIPALITIES_CSV

    lines = MUNICIPALITIES_CSV.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "code,prefecture_code,prefecture,name,kana,kind,parent_code"
    assert len(lines) - 1 == len(rows)


def test_counts_by_kind_are_plausible(rows: Mapping[str, Mapping[str, str]]) -> None:
    counts = Counter(row["kind"] for row in rows.values())
    assert set(counts) == set(KIND_RANGES)
    for kind, (low, high) in KIND_RANGES.items():
        assert low <= counts[kind] <= high, (kind, counts[kind])


def test_prefectures(rows: Mapping[str, Mapping[str, str]]) -> None:
    prefectures = {c: r for c, r in rows.items() if r["kind"] == "prefecture"}
    assert [c[:2] for c in sorted(prefectures)] == [f"{n:02d}" for n in range(1, 48)]
    assert all(code[2:5] == "000" for code in prefectures)
    assert prefectures["130001"]["name"] == "東京都"
    assert prefectures["130001"]["kana"] == "トウキョウト"


def test_designated_cities_are_rows(rows: Mapping[str, Mapping[str, str]]) -> None:
    found = {c: r["name"] for c, r in rows.items() if r["kind"] == "designated_city"}
    assert found == DESIGNATED_CITIES
    assert rows["011002"]["kana"] == "サッポロシ"


def test_every_city_ward_belongs_to_a_designated_city(
    rows: Mapping[str, Mapping[str, str]],
) -> None:
    wards_per_city: Counter[str] = Counter()
    for code, row in rows.items():
        parent = rows.get(row["parent_code"]) if row["parent_code"] else None
        if row["kind"] != "city_ward":
            assert parent is None, row
            continue
        assert parent is not None, row
        assert parent["kind"] == "designated_city", row
        assert parent["prefecture"] == row["prefecture"], row
        assert row["name"].startswith(parent["name"]), row
        assert row["kana"].startswith(parent["kana"]), row
        assert roll_up_to_city(code) == row["parent_code"]
        wards_per_city[row["parent_code"]] += 1
    assert set(wards_per_city) == set(DESIGNATED_CITIES)
    assert min(wards_per_city.values()) >= 2


def test_hamamatsu_wards_since_2024_roll_up_to_hamamatsu(
    rows: Mapping[str, Mapping[str, str]],
) -> None:
    wards = {r["name"]: c for c, r in rows.items() if r["parent_code"] == "221309"}
    assert wards == {
        "浜松市中央区": "221384",
        "浜松市浜名区": "221392",
        "浜松市天竜区": "221406",  # ends in 0 like a city code, yet is a ward
    }


def test_tokyo_special_wards(rows: Mapping[str, Mapping[str, str]]) -> None:
    wards = {c: r for c, r in rows.items() if r["kind"] == "ward"}
    assert all(r["prefecture"] == "東京都" and not r["parent_code"] for r in wards.values())
    assert rows["131041"]["name"] == "新宿区"
    assert rows["131041"]["kind"] == "ward"


def test_town_and_village_names_drop_district_and_island(
    rows: Mapping[str, Mapping[str, str]],
) -> None:
    by_name = {(r["prefecture"], r["name"]): r for r in rows.values()}
    assert by_name[("東京都", "奥多摩町")]["kana"] == "オクタママチ"
    assert by_name[("東京都", "三宅村")]["kind"] == "village"
    assert by_name[("群馬県", "榛東村")]["kana"] == "シントウムラ"  # 北群馬郡: キタグンマグン
    assert by_name[("兵庫県", "上郡町")]["kind"] == "town"  # 赤穂郡上郡町
    assert by_name[("奈良県", "大和郡山市")]["kind"] == "city"
    with_gun = {
        r["name"] for r in rows.values() if r["kind"] in {"town", "village"} and "郡" in r["name"]
    }
    assert with_gun == {"上郡町"}  # no district prefix left anywhere


# --- postal codes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("160-0022", "1600022"),
        ("1600022", "1600022"),
        ("１６０００２２", "1600022"),
        ("１６０－００２２", "1600022"),
        ("〒160 0022", "1600022"),
        ("〒 160ー0022 ", "1600022"),
        ("160-002", None),
        ("160-00222", None),
        ("1600-022", None),
        ("abc-defg", None),
        ("", None),
        (None, None),
        (1600022, None),
    ],
)
def test_normalize_postal_code(text: object, expected: str | None) -> None:
    assert normalize_postal_code(text) == expected


@pytest.mark.parametrize(
    ("postal", "code"),
    [
        ("160-0022", "131041"),  # 新宿区新宿
        ("１６０－００２２", "131041"),
        ("290-0081", "122190"),  # 市原市五井中央西
        ("060-0001", SAPPORO_CHUO),  # 札幌市中央区北一条西
        ("100-8994", "131016"),  # 東京中央郵便局: a business-office code (field `jis`)
    ],
)
def test_municipality_code_for_postal(postal: str, code: str) -> None:
    assert municipality_code_for_postal(postal) == code


def test_sapporo_chuo_rolls_up_to_sapporo(rows: Mapping[str, Mapping[str, str]]) -> None:
    assert rows[SAPPORO_CHUO]["name"] == "札幌市中央区"
    assert roll_up_to_city(SAPPORO_CHUO) == "011002"
    assert roll_up_to_city("131041") == "131041"  # Tokyo's wards are not rolled up
    assert roll_up_to_city("122190") == "122190"


def test_roll_up_rejects_malformed_code() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        roll_up_to_city("011012")


def test_postal_code_spanning_wards_of_one_city_gives_the_city() -> None:
    assert len(municipality_codes_for_postal("330-0000")) > 1  # さいたま市's wards
    assert municipality_code_for_postal("330-0000") == "111007"


def test_postal_code_spanning_municipalities_gives_none() -> None:
    assert set(municipality_codes_for_postal("907-0000")) == {"472077", "473812"}
    assert municipality_code_for_postal("907-0000") is None  # 石垣市 or 竹富町


@pytest.mark.parametrize("postal", ["000-0000", "999-9999", "160-002", "not a code", ""])
def test_invalid_or_unknown_postal_codes_give_none(postal: str) -> None:
    assert municipality_code_for_postal(postal) is None
    assert municipality_codes_for_postal(postal) == ()


def test_every_looked_up_code_is_in_the_csv(rows: Mapping[str, Mapping[str, str]]) -> None:
    for postal in ("160-0022", "290-0081", "060-0001", "330-0000", "907-0000"):
        assert set(municipality_codes_for_postal(postal)) <= set(rows)


def test_lookups_from_several_threads() -> None:
    cases = {
        "160-0022": "131041",
        "290-0081": "122190",
        "060-0001": SAPPORO_CHUO,
        "330-0000": "111007",
        "907-0000": None,
        "000-0000": None,
    }
    postals = list(cases) * 25
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(municipality_code_for_postal, postals))
    assert results == [cases[postal] for postal in postals]
