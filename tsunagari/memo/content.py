"""What goes on the memo: the navigator's answer joined with the catalog, as plain data.

The answer payload (`presenter.answer_payload`) is the contract every edge shares; the
memo adds what the payload leaves out, read from the catalog snapshot by id: who a
service is for, what one gets, the Japanese names for the desk page, and the language
each text is really written in. A Thai memo shows English or Japanese where the catalog
has no Thai yet, and that text must carry its own `lang` so it gets the right font and
the right voice in a screen reader. Plain data, so the PDF and a print view share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from tsunagari.catalog.hours import JAPAN
from tsunagari.catalog.snapshot import PHONE_KINDS, CatalogSnapshot, Contact, ServiceEntry
from tsunagari.core.languages import HTML_LANG
from tsunagari.memo.labels import contact_kind_label, cost_label, open_state_label
from tsunagari.memo.qr import qr_img, service_qr_img
from tsunagari.navigator.crisis_lines import shown_lines
from tsunagari.navigator.hours_text import JAPANESE_PAGES, hours_in
from tsunagari.navigator.presenter import crisis_kind_name

JA = HTML_LANG["ja"]
# Services given in full; the rest of the answer is listed in short (`BriefService`).
# A memo is carried to a counter: a desk clerk and a person in trouble read a few
# well-chosen services, and ten in full made 7–10 pages (docs/decisions/0005-pdf-memo.md).
FULL_SERVICES = 5
_DIALLABLE = re.compile(r"^[#\d][\d-]*$")

# The person's language, named in Japanese for the desk staff (the desk page is Japanese).
LANGUAGE_NAMES_JA = {
    "ja": "日本語",
    "ja-easy": "やさしい日本語",
    "en": "英語",
    "zh-hans": "中国語(簡体字)",
    "ko": "韓国語",
    "pt": "ポルトガル語",
    "es": "スペイン語",
    "tl": "タガログ語(フィリピノ語)",
    "th": "タイ語",
    "vi": "ベトナム語",
    "ne": "ネパール語",
    "id": "インドネシア語",
}


@dataclass(frozen=True, slots=True)
class Text:
    """A text and the BCP 47 tag of the language it is written in."""

    value: str
    lang: str

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class ContactLine:
    kind: str
    kind_label: str
    value: str
    href: str  # tel:, https: or mailto:; empty when the value is not a link
    label: Text
    hours: Text
    cost: Text

    @property
    def value_text(self) -> Text:
        """A value that is not a link (a LINE name, a desk) is written in Japanese."""
        return Text(self.value, JA)

    @property
    def details(self) -> Text:
        """Label, hours and cost on one line. Label and cost are Japanese as published;
        hours are in the memo's language where the catalog has them as data, and then the
        Japanese facts go in one span of their own, so the line keeps the memo's `lang`."""
        if self.hours.lang == JA or not self.hours.value:
            return Text(
                " ".join(t.value for t in (self.label, self.hours, self.cost) if t.value), JA
            )
        japanese = " ".join(t.value for t in (self.label, self.cost) if t.value)
        if not japanese:
            return self.hours
        return Text(
            format_html('<span lang="{}">{}</span> {}', JA, japanese, self.hours.value),
            self.hours.lang,
        )


@dataclass(frozen=True, slots=True)
class MemoService:
    number: int
    id: str
    name: Text
    name_ja: str
    organization: str
    summary: Text
    why: str
    what_you_get: Text
    for_whom: Text
    next_step: Text
    open_now: bool | None
    open_label: str
    cost: str
    cost_label: str
    contacts: tuple[ContactLine, ...]
    page_url: str
    page_qr: str
    desk_contact: str  # the number or address desk staff would use


@dataclass(frozen=True, slots=True)
class BriefService:
    """A service after the first `FULL_SERVICES`: its name, whether it is open, and the
    one contact to try, with its hours. No QR code, no long texts; a service with no
    contact of its own (子ども食堂: many places, no one number) gives its next step
    instead (`how`), so the person still knows where to ask."""

    number: int
    id: str
    name: Text
    name_ja: str
    organization: str
    open_now: bool | None
    open_label: str
    contact: ContactLine | None
    desk_contact: str
    how: Text | None = None


@dataclass(frozen=True, slots=True)
class CrisisLine:
    id: str
    kinds: tuple[str, ...]
    kind_label: str  # the kinds, named in the memo's language
    name: Text
    value: str
    href: str
    hours: Text

    @property
    def value_text(self) -> Text:
        """A value that is not a link (a LINE name) is written in Japanese."""
        return Text(self.value, JA)


@dataclass(frozen=True, slots=True)
class Memo:
    lang: str
    html_lang: str
    at: datetime  # aware, Japan time
    needs: tuple[Text, ...]
    needs_ja: tuple[str, ...]
    free_text: Text | None
    crisis: bool
    emergency: tuple[str, ...]
    crisis_lines: tuple[CrisisLine, ...]
    reopen_url: str
    reopen_qr: str
    services: tuple[MemoService, ...]  # the first `FULL_SERVICES`, in full
    more_services: tuple[BriefService, ...]  # the rest, in short
    language_ja: str

    @property
    def is_japanese(self) -> bool:
        return self.html_lang == JA

    @property
    def desk_services(self) -> tuple[MemoService | BriefService, ...]:
        """Every service, as the desk page lists them (name, operator, one contact)."""
        return (*self.services, *self.more_services)


def text_languages(lang: str) -> tuple[str, ...]:
    """The order `ServiceEntry.text` falls back in: Japanese for ja-easy, else English."""
    return (lang, "ja") if lang.startswith("ja") else (lang, "en", "ja")


def pick(texts: Mapping[str, str], lang: str) -> Text:
    for code in text_languages(lang):
        if texts.get(code):
            return Text(texts[code], HTML_LANG.get(code, code))
    return Text("", HTML_LANG.get(lang, lang))


def entry_text(entry: ServiceEntry, lang: str, field_name: str) -> Text:
    return pick({code: fields.get(field_name, "") for code, fields in entry.texts.items()}, lang)


def japan_moment(at: datetime) -> datetime:
    """A naive time is taken as Japan time, as everywhere else in the navigator."""
    return at.replace(tzinfo=JAPAN) if at.tzinfo is None else at.astimezone(JAPAN)


def contact_href(contact: Contact) -> str:
    value = contact.value.strip()
    if contact.kind in PHONE_KINDS and _DIALLABLE.match(value):
        return "tel:" + value.replace("-", "").replace("#", "%23")
    if value.startswith(("https://", "http://")):
        return value
    if contact.kind == "email" and re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value):
        return f"mailto:{value}"
    return ""


def hours_line(contact: Contact | None, lang: str) -> Text:
    """A contact's hours for the memo (hours_text.py): in its language where they are data,
    the published Japanese text marked as such where they are not. Markup is built here,
    so the memo templates print one element as before. Call inside `translation.override`."""
    if contact is None:
        return Text("", JA)
    hours = hours_in(contact.hours_text, contact.schedule, lang)
    if not hours.text or lang in JAPANESE_PAGES:
        return Text(hours.text, JA)
    page = HTML_LANG.get(lang, lang)
    if hours.only_japanese:
        return Text(
            format_html(
                '{} <span lang="{}">{}</span>', _("Hours (given only in Japanese):"), JA, hours.text
            ),
            page,
        )
    if hours.japanese:
        return Text(
            format_html(
                '{} {} <span lang="{}">{}</span>',
                hours.text,
                _("The hours as published in Japanese:"),
                JA,
                hours.japanese,
            ),
            page,
        )
    return Text(hours.text, page)


def contact_line(contact: Contact, lang: str) -> ContactLine:
    """Labels and costs are published facts, kept in Japanese as published."""
    return ContactLine(
        kind=contact.kind,
        kind_label=contact_kind_label(contact.kind),
        value=contact.value,
        href=contact_href(contact),
        label=Text(contact.label, JA),
        hours=hours_line(contact, lang),
        cost=Text(contact.cost, JA),
    )


def page_url(entry: ServiceEntry) -> str:
    """The service's own page: its first `url` contact. Never made up."""
    for contact in entry.contacts:
        if contact.kind == "url" and contact.value.startswith(("https://", "http://")):
            return contact.value
    return ""


def desk_contact(entry: ServiceEntry) -> str:
    """The one contact desk staff would use: a number, else the page, else a chat."""
    for kinds in (PHONE_KINDS, ("url",), ("chat", "sns", "email", "visit", "letter")):
        for contact in entry.contacts:
            if contact.kind in kinds:
                return contact.value
    return ""


def memo_service(
    number: int,
    item: Mapping[str, Any],
    snapshot: CatalogSnapshot,
    lang: str,
    *,
    at: datetime,
    qr_title: str,
) -> MemoService | None:
    """One service of the answer; None if it left the catalog since the answer was made.

    Call inside `translation.override(lang)`: the labels are in the active language.
    """
    entry = snapshot.by_id.get(item["id"])
    if entry is None:
        return None
    url = page_url(entry)
    cost = item.get("cost") or entry.cost
    return MemoService(
        **_listed_fields(number, item, entry, lang, at),
        summary=entry_text(entry, lang, "summary"),
        why=item.get("why", ""),
        what_you_get=entry_text(entry, lang, "what_you_get"),
        for_whom=entry_text(entry, lang, "for_whom"),
        next_step=entry_text(entry, lang, "next_step"),
        cost=cost,
        cost_label=cost_label(cost),
        contacts=tuple(contact_line(c, lang) for c in entry.contacts),
        page_url=url,
        page_qr=service_qr_img(url, qr_title) if url else "",
    )


def brief_service(
    number: int, item: Mapping[str, Any], entry: ServiceEntry, lang: str, *, at: datetime
) -> BriefService:
    """A service listed in short. Call inside `translation.override(lang)`."""
    contact = line_contact(entry)
    return BriefService(
        **_listed_fields(number, item, entry, lang, at),
        contact=contact_line(contact, lang) if contact else None,
        how=None if contact else entry_text(entry, lang, "next_step"),
    )


def _listed_fields(
    number: int, item: Mapping[str, Any], entry: ServiceEntry, lang: str, at: datetime
) -> dict[str, Any]:
    """What a service shows whether it is given in full or in short: its number and names,
    whether it is open now, and the desk line for the staff page."""
    return {
        "number": number,
        "id": entry.id,
        "name": entry_text(entry, lang, "name"),
        "name_ja": entry.text("ja", "name"),
        "organization": entry.organization,
        "open_now": item.get("open_now"),
        "open_label": open_state_label(item.get("open_now"), at.strftime("%H:%M")),
        "desk_contact": desk_contact(entry),
    }


def need_text(snapshot: CatalogSnapshot, need_id: str, lang: str) -> Text:
    for need in snapshot.needs:
        if need.id == need_id:
            return pick({k: v for k, v in need.names.items() if v}, lang)
    return Text(need_id, "en")


# --- crisis lines ---------------------------------------------------------------------


def line_contact(entry: ServiceEntry) -> Contact | None:
    """The one contact the memo prints for a crisis line or a service listed in short,
    among those the web lists to reach it (every contact but web pages, or the pages
    when there is nothing else): a phone line first, else a chat."""
    reach = [c for c in entry.contacts if c.kind != "url"] or list(entry.contacts)
    for kinds in (PHONE_KINDS, ("chat", "sns")):
        for contact in reach:
            if contact.kind in kinds:
                return contact
    return reach[0] if reach else None


def crisis_line(entry: ServiceEntry, lang: str) -> CrisisLine:
    """Call inside `translation.override(lang)`: the kinds are named in the active language."""
    contact = line_contact(entry)
    kinds = tuple(sorted(entry.crisis_kinds))
    return CrisisLine(
        id=entry.id,
        kinds=kinds,
        kind_label=capfirst(", ".join(crisis_kind_name(kind) for kind in kinds)),
        name=entry_text(entry, lang, "name"),
        value=contact.value if contact else "",
        href=contact_href(contact) if contact else "",
        hours=hours_line(contact, lang),
    )


def crisis_lines(
    snapshot: CatalogSnapshot,
    at: datetime,
    lang: str,
    *,
    kinds: Iterable[str] = (),
    crisis: bool = False,
    child: bool = False,
    ranked: Iterable[str] = (),
) -> tuple[CrisisLine, ...]:
    """The crisis lines the web shows for the same answer, in its order (`shown_lines`):
    a crisis block's lines when the answer has a crisis, else every line, as on the
    crisis page. `ranked`: the answer's service ids, best first."""
    choices = shown_lines(
        snapshot,
        at,
        kinds=frozenset(kinds),
        crisis=crisis,
        audience="child" if child else "adult",
        ranked=tuple(ranked),
    )
    return tuple(crisis_line(entry, lang) for entry, _state in choices)


# --- the whole memo -------------------------------------------------------------------


def memo_build(
    payload: Mapping[str, Any],
    snapshot: CatalogSnapshot,
    *,
    lang: str,
    at: datetime,
    include_text: str | None = None,
    reopen_url: str | None = None,
    child: bool = False,
    qr_titles: tuple[str, str] = ("", ""),
) -> Memo:
    """Join the answer with the catalog. `qr_titles`: (reopen, service page) alt texts."""
    moment = japan_moment(at)
    # Numbered as in the answer; a service that left the catalog since is left out.
    kept = [
        (number, item, snapshot.by_id[item["id"]])
        for number, item in enumerate(payload.get("services", []), start=1)
        if item["id"] in snapshot.by_id
    ]
    full = (
        memo_service(number, item, snapshot, lang, at=moment, qr_title=qr_titles[1])
        for number, item, _entry in kept[:FULL_SERVICES]
    )
    need_ids = list(payload.get("needs", []))
    free_text = (include_text or "").strip()
    written_in = payload.get("detected_lang") or lang
    return Memo(
        lang=lang,
        html_lang=HTML_LANG.get(lang, lang),
        at=moment,
        needs=tuple(need_text(snapshot, n, lang) for n in need_ids),
        needs_ja=tuple(need_text(snapshot, n, "ja").value for n in need_ids),
        free_text=Text(free_text, HTML_LANG.get(written_in, written_in)) if free_text else None,
        crisis=bool(payload.get("crisis")),
        emergency=tuple(payload.get("emergency", [])),
        crisis_lines=crisis_lines(
            snapshot,
            moment,
            lang,
            kinds=payload.get("crisis_kinds", []),
            crisis=bool(payload.get("crisis")),
            child=child,
            ranked=[item["id"] for item in payload.get("services", [])],
        ),
        reopen_url=reopen_url or "",
        reopen_qr=qr_img(reopen_url, qr_titles[0]) if reopen_url else "",
        services=tuple(s for s in full if s is not None),
        more_services=tuple(
            brief_service(number, item, entry, lang, at=moment)
            for number, item, entry in kept[FULL_SERVICES:]
        ),
        language_ja=LANGUAGE_NAMES_JA.get(lang, lang),
    )
