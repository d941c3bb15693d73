"""What goes in and out of the navigator engine: plain data, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tsunagari.catalog.hours import OpenState
from tsunagari.navigator.engine.crisis import CrisisResult

AUDIENCES = ("adult", "child")
CHANNELS = ("phone", "chat", "visit")


@dataclass(frozen=True)
class NavigationRequest:
    text: str = ""
    lang: str = "ja"
    audience: str = "adult"
    age: int | None = None
    municipality: str | None = None  # 6-digit local government code
    answers: dict[str, str] = field(default_factory=dict)  # guided question id -> answer id
    channel: str | None = None
    at: datetime | None = None
    # Crisis kinds a guided answer revealed (e.g. "someone hurts me at home"): they count
    # like words the detector recognised.
    crisis_kinds: frozenset[str] = frozenset()
    limit: int = 10

    @property
    def is_child(self) -> bool:
        return self.audience == "child" or (self.age is not None and self.age <= 18)


@dataclass(frozen=True)
class Reason:
    """Why a service fits, as a code with parameters: the edge renders it in a language."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")


@dataclass(frozen=True)
class ServiceMatch:
    service_id: str
    score: float
    open_state: OpenState
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Question:
    """A clarifying or guided question; `options` are (answer id, label key) pairs."""

    id: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class NavigationResult:
    lang: str
    detected_lang: str
    crisis: CrisisResult
    needs: tuple[tuple[str, float], ...]
    matches: tuple[ServiceMatch, ...]
    question: Question | None = None
    municipality: str | None = None  # the person's, when given: for their own desks

    @property
    def emergency(self) -> tuple[str, ...]:
        return self.crisis.emergency
