"""The read-only, in-memory snapshot of the published catalog (plain Python, no ORM).

The navigator ranks against this; it is rebuilt when the catalog changes. It imports
nothing from Django, so the engine, its tests and its benchmarks can use it alone.
Build it with `snapshot_from_records` from plain records (see `tsunagari.catalog.records`),
whether those come from the seed files or from the database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from tsunagari.catalog.hours import Schedule
from tsunagari.core.languages import MULTIPLE_LANGUAGES

# Kinds of service (HSDS has no such field; it is our Japan profile).
SERVICE_KINDS = (
    "hotline",
    "consultation_desk",
    "benefit",
    "loan",
    "place_to_go",
    "procedure",
    "information",
)
# Ways to reach a service.
CONTACT_KINDS = (
    "phone",
    "free_dial",
    "short_code",
    "chat",
    "sns",
    "email",
    "url",
    "visit",
    "letter",
)
# The contact kinds that are telephone numbers (dialled, shown as tel: links).
PHONE_KINDS = frozenset({"phone", "free_dial", "short_code"})
# Groups a service is made for (audience). Empty means everyone.
AUDIENCE_GROUPS = (
    "children",
    "youth",
    "women",
    "men",
    "older_people",
    "foreign_residents",
    "lgbtq",
    "disabled_people",
    "parents",
    "single_parents",
    "crime_victims",
    "disaster_victims",
    "bereaved",
    "bereaved_by_suicide",  # 自死遺族: services only for them, not every bereaved person
    "carers",
)
CRISIS_KINDS = ("suicide", "self_harm", "child_abuse", "dv", "sexual_violence", "danger_other")
TEXT_FIELDS = ("name", "summary", "for_whom", "what_you_get", "next_step")


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str
    value: str
    label: str = ""
    hours_text: str = ""
    cost: str = ""
    schedule: Schedule | None = None
    # Set only on a line that serves these languages at its own hours (a foreign-language
    # line): outside them the service is not usable in those languages.
    languages: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Audience:
    min_age: int | None = None
    max_age: int | None = None
    groups: frozenset[str] = frozenset()

    def admits_age(self, age: int | None) -> bool:
        """Unknown age is admitted: it is for the person to say, not for us to exclude."""
        if age is None:
            return True
        if self.min_age is not None and age < self.min_age:
            return False
        return not (self.max_age is not None and age > self.max_age)


@dataclass(frozen=True, slots=True)
class Area:
    """The area served: national, a prefecture (2-digit code) or a municipality (6-digit)."""

    level: str = "national"
    code: str = ""


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    id: str
    kind: str
    status: str
    texts: Mapping[str, Mapping[str, str]]  # lang -> field -> text
    needs: tuple[str, ...]
    audience: Audience
    languages: frozenset[str]
    crisis_kinds: frozenset[str]
    area: Area
    desk_level: str  # where the person goes: national | prefecture | municipal
    municipal_desk_kind: str
    cost: str
    contacts: tuple[Contact, ...]
    organization: str = ""
    source_urls: tuple[str, ...] = ()
    search_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def runs_in_periods(self) -> bool:
        """A line open only in set windows (#9999): shown when, and only when, it is open."""
        return any(c.schedule is not None and c.schedule.periods for c in self.contacts)

    def lines_for_language(self, lang: str) -> tuple[Contact, ...]:
        """The lines that serve `lang` at hours of their own (a foreign-language line).

        Empty when the service's contacts all serve it alike. A language the service does
        not name is served where its further languages (`mul`) are.
        """
        named = tuple(c for c in self.contacts if lang in c.languages)
        if named or lang in self.languages:
            return named
        return tuple(c for c in self.contacts if MULTIPLE_LANGUAGES in c.languages)

    def text(self, lang: str, field_name: str) -> str:
        """The text in `lang`; else English for a foreign language; else Japanese.

        Easy Japanese (`ja-easy`) falls back to Japanese, which every entry has.
        """
        fallbacks = (lang, "ja") if lang.startswith("ja") else (lang, "en", "ja")
        for code in fallbacks:
            value = self.texts.get(code, {}).get(field_name, "")
            if value:
                return value
        return ""


@dataclass(frozen=True, slots=True)
class Need:
    id: str
    tiles: tuple[str, ...]
    names: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class CatalogSnapshot:
    services: tuple[ServiceEntry, ...]
    needs: tuple[Need, ...] = ()
    version: str = ""
    by_id: Mapping[str, ServiceEntry] = field(default_factory=dict, compare=False)

    def get(self, service_id: str) -> ServiceEntry | None:
        return self.by_id.get(service_id)


T = TypeVar("T")


class PerSnapshot(Generic[T]):
    """Something built once per catalog snapshot and reused until the catalog changes.

    Only the last few snapshots are kept; a snapshot is recognised by identity, so a new
    snapshot that happens to reuse an old one's memory address is built again.
    """

    def __init__(self, build: Callable[[CatalogSnapshot], T], keep: int = 3) -> None:
        self._build = build
        self._keep = keep
        self._lock = threading.Lock()
        self._items: dict[int, tuple[CatalogSnapshot, T]] = {}

    def get(self, snapshot: CatalogSnapshot) -> T:
        found = self._items.get(id(snapshot))
        if found is not None and found[0] is snapshot:
            return found[1]
        with self._lock:
            found = self._items.get(id(snapshot))
            if found is None or found[0] is not snapshot:
                found = (snapshot, self._build(snapshot))
                if len(self._items) >= self._keep:
                    self._items.pop(next(iter(self._items)))
                self._items[id(snapshot)] = found
            return found[1]
