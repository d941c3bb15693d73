"""Real municipal desks (data/municipal-desks.yaml) as catalog records: one service per desk.

The file is a research copy, not an official list: some rows come from a secondary
dataset and every fact must be verified before it is trusted. So a desk's record keeps
only what the file gives (no guessed operator, hours or address), its facts stay
unchecked (`last_checked` empty), a secondary-source row is flagged in the editors'
notes, and a phone printed without its area code (e.g. 枚方市 "844-2431") is left out:
dialled from another area it would reach a stranger.

Records have the same shape as the national ones (records.py), so they load, revise
and export through the same code. Desks carry no needs: they are not ranked on their
own, the navigator shows them next to the national program of the same desk kind
(tsunagari/navigator/municipal_links.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from django.db import transaction

from tsunagari.catalog.jis import is_valid_code
from tsunagari.catalog.models import Municipality, Service
from tsunagari.catalog.records import DEFAULT_DATA_DIR, Record, contact_kind, read_yaml
from tsunagari.catalog.services import LoadReport, catalog_load

DESKS_FILE = "municipal-desks.yaml"
DESK_KINDS = frozenset(
    {
        "jiritsu_soudan",  # 自立相談支援機関
        "fukushi_jimusho",  # 福祉事務所
        "chiiki_houkatsu",  # 地域包括支援センター
        "shakyo",  # 社会福祉協議会
        "hoken_center",  # 保健センター
        "kodomo_katei",  # こども家庭センター
        "shougai_fukushi",  # 障害福祉
        "hikikomori",  # ひきこもり地域支援センター
        "josei_dv",  # 女性相談・配偶者暴力相談支援センター
        "shouhi_seikatsu",  # 消費生活センター
        "kodoku_koritsu",  # 孤独・孤立対策
        "other",  # the city's representative number and general guides
    }
)
SECONDARY_SOURCE_NOTE = "Secondary source: verify against the municipality's own page."
UNCHECKED_NOTE = "From shared/reference/municipal-desks.yaml; facts not yet checked."


class MunicipalDeskError(ValueError):
    """The desks file holds something we must not load (a bad code or an unknown kind)."""


def has_area_code(phone: str) -> bool:
    """Japanese numbers dialled from anywhere start with 0 (area code, mobile, 0120…).

    A number printed for local readers without its area code does not, and short codes
    (#8008, 189) are not desk numbers.
    """
    digits = "".join(c for c in phone if c.isdigit())
    return digits.startswith("0") and len(digits) >= 10


def is_secondary_source(desk: Mapping[str, Any]) -> bool:
    """Rows imported from another dataset cite an official page we did not open."""
    notes = str(desk.get("notes") or "")
    return bool(desk.get("cited_not_opened")) or notes.startswith("Secondary source")


def load_municipal_records(data_dir: Path = DEFAULT_DATA_DIR) -> list[Record]:
    """Every desk of the shipped file as a catalog record, in file order."""
    records: list[Record] = []
    for municipality in read_yaml(data_dir / DESKS_FILE) or []:
        records.extend(municipality_records(municipality))
    return records


def municipality_records(municipality: Mapping[str, Any]) -> list[Record]:
    code = str(municipality["code"])
    if not is_valid_code(code):
        raise MunicipalDeskError(f"{code!r} is not a valid local government code.")
    seen: Counter[str] = Counter()
    records = []
    for desk in municipality.get("desks") or []:
        kind = desk["kind"]
        if kind not in DESK_KINDS:
            raise MunicipalDeskError(f"{code}: unknown desk kind {kind!r}.")
        seen[kind] += 1
        records.append(desk_record(code, desk, ordinal=seen[kind]))
    return records


def desk_id(code: str, kind: str, ordinal: int) -> str:
    """Stable across renames and re-ordering of other kinds: code, kind, place among its kind."""
    base = f"muni-{code}-{kind.replace('_', '-')}"
    return base if ordinal == 1 else f"{base}-{ordinal}"


def desk_record(code: str, desk: Mapping[str, Any], *, ordinal: int) -> Record:
    notes = [UNCHECKED_NOTE]
    if is_secondary_source(desk):
        notes.insert(0, SECONDARY_SOURCE_NOTE)
    if desk.get("notes"):
        notes.append(str(desk["notes"]))
    return {
        "id": desk_id(code, desk["kind"], ordinal),
        "status": "active",
        "kind": "information" if desk["kind"] == "other" else "consultation_desk",
        "organization": desk.get("operator", ""),
        "needs": [],
        "min_age": None,
        "max_age": None,
        "audience_groups": [],
        "languages": ["ja"],
        "crisis_kinds": [],
        "area_level": "municipality",
        "area_code": code,
        "desk_level": "municipal",
        "municipal_desk_kind": desk["kind"],
        "cost": "unknown",
        "source_urls": list(desk.get("source_urls") or []),
        "contacts": desk_contacts(desk),
        "texts": {"ja": {"name": desk["name_ja"]}},
        "search_terms": {},
        "secondary_source": is_secondary_source(desk),
        "editor_notes": "\n\n".join(notes),
    }


def desk_contacts(desk: Mapping[str, Any]) -> list[Record]:
    """Contacts only as given; a phone without its area code is never a contact."""
    hours = str(desk.get("hours") or "")
    contacts: list[Record] = []
    phone = str(desk.get("phone") or "")
    if phone and has_area_code(phone):
        contacts.append(_contact(contact_kind("phone", phone), phone, hours))
        hours = ""  # said once, with the first channel
    if desk.get("url"):
        contacts.append(_contact("url", str(desk["url"]), ""))
    if desk.get("address"):
        contacts.append(_contact("visit", str(desk["address"]), hours))
    return contacts


def _contact(kind: str, value: str, hours: str) -> Record:
    return {
        "kind": kind,
        "value": value,
        "label": "",
        "hours_text": hours,
        "cost_text": "",
        "schedule": None,
    }


@transaction.atomic
def municipal_catalog_load(*, records: Iterable[Record]) -> LoadReport:
    """Load desks like the national seed, then keep their editors' notes in step.

    Refuses desks whose municipality is not in the database: such a desk would be
    loaded without its area and so be shown to no one, silently.
    """
    records = list(records)
    codes = {record["area_code"] for record in records}
    known = set(Municipality.objects.filter(code__in=codes).values_list("code", flat=True))
    if missing := sorted(codes - known):
        raise MunicipalDeskError(f"Load the municipalities first; missing: {', '.join(missing)}.")
    report = catalog_load(records=records)
    for record in records:
        Service.objects.filter(slug=record["id"]).exclude(
            editor_notes=record["editor_notes"]
        ).update(editor_notes=record["editor_notes"])
    return report
