"""A way to reach a service as the pages, the API and the CLI give it (one shape)."""

from __future__ import annotations

from tsunagari.catalog.snapshot import Contact
from tsunagari.navigator.hours_text import hours_in


def contact_payload(contact: Contact, lang: str) -> dict[str, str]:
    """A way to reach a service; its hours in `lang` where they are data (hours_text.py).

    `hours_lang` is the language `hours` is written in ("ja" when only the published
    Japanese text exists); `hours_ja` is the published text, given when `hours` leaves
    out some of it. Call inside `translation.override(lang)`.
    """
    hours = hours_in(contact.hours_text, contact.schedule, lang)
    return {
        "kind": contact.kind,
        "value": contact.value,
        "label": contact.label,
        "hours": hours.text,
        "hours_lang": hours.lang if hours.text else lang,
        "hours_ja": hours.japanese,
    }
