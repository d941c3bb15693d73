"""From a national program to the person's own municipality: its desk, or whom to ask.

Many national programs are used at a municipal desk (自立相談支援機関, 地域包括支援
センター, 福祉事務所…). When the person told us their municipality, a result for such a
program shows that municipality's desk of the same kind from the catalog; when the
catalog has none, the municipality's name with "ask your city office", never a guessed
desk. Online procedures go to マイナポータル「ぴったりサービス」: its per-municipality
link pattern is configuration (PITTARI_SERVICE_URL_PATTERN); without one, its search page
and what to search for.

Pure Python, no Django: the presenter passes in the setting.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from tsunagari.catalog.jis import is_valid_code
from tsunagari.catalog.postal import (
    municipalities,
    municipality_code_for_postal,
    normalize_postal_code,
    roll_up_to_city,
)
from tsunagari.catalog.snapshot import CatalogSnapshot, Contact, ServiceEntry
from tsunagari.navigator.contacts import contact_payload

# ぴったりサービス search of municipal procedures (shared/reference/facts.md).
PITTARI_SEARCH_URL = "https://app.oss.myna.go.jp/Application/search"
# Desk kinds a municipality does not run: no local desk, and no "ask your city office".
NOT_MUNICIPAL_KINDS = frozenset({"hellowork"})


def municipality_name(code: str) -> str:
    """The name a person knows, with the prefecture: 千葉県市原市, 北海道札幌市中央区."""
    row = municipalities().get(code)
    if row is None:
        return ""
    return row["name"] if row["kind"] == "prefecture" else f"{row['prefecture']}{row['name']}"


def resolve_place(text: str) -> str | None:
    """A postal code or a municipality's name -> its 6-digit code, or None when unsure.

    Names must be unique: 府中市 exists in 東京都 and 広島県, so it needs the prefecture.
    """
    if normalize_postal_code(text) is not None:
        return municipality_code_for_postal(text)
    name = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if is_valid_code(name) and name in municipalities():
        return name
    found = [
        code
        for code, row in municipalities().items()
        if row["kind"] != "prefecture" and name in (row["name"], row["prefecture"] + row["name"])
    ]
    return found[0] if len(found) == 1 else None


def dialable(contact: Contact) -> bool:
    """A phone printed without its area code (e.g. "844-2431") must never be shown."""
    if contact.kind != "phone":
        return True
    digits = "".join(c for c in contact.value if c.isdigit())
    return digits.startswith("0") and len(digits) >= 10


def local_desk(snapshot: CatalogSnapshot, entry: ServiceEntry, code: str) -> ServiceEntry | None:
    """The municipality's own desk of the program's kind; a ward falls back to its city."""
    kind = entry.municipal_desk_kind
    if not kind or kind in NOT_MUNICIPAL_KINDS or kind == "other":
        return None
    city = roll_up_to_city(code)
    desks = sorted(
        (
            e
            for e in snapshot.services
            if e.area.level == "municipality"
            and e.municipal_desk_kind == kind
            and e.area.code in (code, city)
        ),
        key=lambda e: (e.area.code != code, e.id),
    )
    return desks[0] if desks else None


def procedures_link(entry: ServiceEntry, code: str, pattern: str | None) -> dict[str, str]:
    """The configured link ({municipality}: 6-digit code, {query}: the name), else search."""
    search_for = entry.text("ja", "name")
    if not pattern:
        return {"url": PITTARI_SEARCH_URL, "search_for": search_for}
    url = pattern.replace("{municipality}", code).replace("{query}", quote(search_for))
    return {"url": url, "search_for": search_for}


def contacts_payload(entry: ServiceEntry, lang: str) -> list[dict[str, str]]:
    """The desk's phone and address; call inside `translation.override(lang)`."""
    return [contact_payload(c, lang) for c in entry.contacts if dialable(c)]


def municipal_fields(
    snapshot: CatalogSnapshot,
    entry: ServiceEntry,
    code: str,
    *,
    lang: str,
    pattern: str | None = None,
) -> Mapping[str, Any]:
    """What to add to a result for a program with a municipal desk (empty for others)."""
    if entry.desk_level != "municipal" or entry.area.level == "municipality":
        return {}
    if not is_valid_code(code):
        return {}
    fields: dict[str, Any] = {"procedures": procedures_link(entry, code, pattern)}
    if entry.municipal_desk_kind in NOT_MUNICIPAL_KINDS:
        return fields
    desk = local_desk(snapshot, entry, code)
    if desk is not None:
        fields["local"] = {
            "id": desk.id,
            "name": desk.text(lang, "name"),
            "contacts": contacts_payload(desk, lang),
        }
    else:
        fields["ask_city_office"] = municipality_name(code) or code
    return fields
