"""The shapes of the navigator API, for its OpenAPI document.

These models describe; they do not decide. The request body is checked by
`parse_request` (the same words the CLI and the web flow use), and the answer is
`answer_payload` as it is. `docs/api/navigate.schema.json` is the contract for the answer
of the API and the CLI alike; tests keep these models and that file in step.
"""

from __future__ import annotations

from typing import Literal

from ninja import Field, Schema

Language = Literal["ja", "en", "zh-hans", "ko", "pt", "es", "tl", "th", "vi", "ne", "id", "ja-easy"]
CrisisKind = Literal["suicide", "self_harm", "child_abuse", "dv", "sexual_violence", "danger_other"]
ContactKind = Literal[
    "phone", "free_dial", "short_code", "chat", "sns", "email", "url", "visit", "letter"
]
Cost = Literal["free", "free_call", "call_charge", "paid", "varies", "unknown"]


class NavigateIn(Schema):
    """What a person says and what we know of their situation; every field is optional."""

    text: str = Field("", max_length=2000, description="The person's own words (may be empty).")
    lang: Language = Field("ja", description="The language to answer in.")
    audience: Literal["adult", "child"] = Field("adult", description="'child' is 18 and under.")
    age: int | None = Field(None, ge=0, le=120, description="Age in years, when known.")
    municipality: str | None = Field(
        None,
        pattern=r"^\d{6}$",
        description="6-digit local government code (全国地方公共団体コード).",
    )
    answers: dict[str, str] = Field(
        default_factory=dict, description="Guided question id -> answer id (e.g. 'need:money')."
    )
    channel: Literal["phone", "chat", "visit"] | None = Field(
        None, description="The preferred way to reach help."
    )
    at: str | None = Field(
        None,
        description="ISO 8601 time for open now (default: now; Japan time without an offset).",
        examples=["2026-11-30T14:00:00+09:00"],
    )


class ContactOut(Schema):
    kind: ContactKind
    value: str
    label: str
    hours: str = Field(
        description="Opening hours in the request's language where the catalog has them as "
        "data; else as published, in Japanese (see hours_lang)."
    )
    hours_lang: str = Field(
        description="The language `hours` is written in: 'ja' or the request's."
    )
    hours_ja: str = Field(
        description="The hours as published in Japanese, when `hours` leaves out some of it."
    )


class LocalDeskOut(Schema):
    id: str
    name: str
    contacts: list[ContactOut]


class ServiceOut(Schema):
    id: str = Field(description="The catalog reference id.")
    name: str
    summary: str
    why: str = Field(description="Why it fits, in the request's language.")
    open_now: bool | None = Field(description="null when the hours are not known.")
    cost: Cost
    next_step: str
    contacts: list[ContactOut]
    languages: list[str] = Field(
        description="Languages it can be used in; 'mul': further languages, not named."
    )
    local: LocalDeskOut | None = Field(
        None, description="With a municipality: that municipality's own desk for this program."
    )
    ask_city_office: str | None = Field(
        None, description="With a municipality without its own desk here: the one to ask."
    )
    procedures: dict[str, str] | None = Field(
        None, description="Where to apply or search online (マイナポータル ぴったりサービス)."
    )


class NavigateOut(Schema):
    """The answer: crisis lines first when the words show a crisis, then the services."""

    lang: Language
    detected_lang: Language
    crisis: bool
    crisis_kinds: list[CrisisKind]
    emergency: list[Literal["110", "119"]]
    needs: list[str]
    question: str | None = Field(
        None, description="A clarifying question, when the words are vague."
    )
    services: list[ServiceOut] = Field(description="Best first; at least 10 on the full catalog.")


class ErrorOut(Schema):
    error: str = Field(description="What to fix, in plain words.")
