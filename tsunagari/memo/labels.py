"""Words for codes (cost, contact kind, open state), in the active language.

Kept apart from the templates because a template cannot look a code up in a mapping,
and apart from `content` so the data stays the same whichever language renders it.
Call these inside `translation.override(lang)`.
"""

from __future__ import annotations

from django.utils.translation import gettext as _


def cost_label(code: str) -> str:
    labels = {
        "free": _("Free of charge."),
        "free_call": _("Free of charge; the call is free too."),
        "call_charge": _("The service is free; you pay for the phone call."),
        "paid": _("There is a fee."),
        "varies": _("It depends on the place or the case: ask when you contact them."),
    }
    return labels.get(code, _("Not known: ask when you contact them."))


def contact_kind_label(kind: str) -> str:
    labels = {
        "phone": _("Phone"),
        "free_dial": _("Free phone"),
        "short_code": _("Short number"),
        "chat": _("Chat"),
        "sns": _("Social media"),
        "email": _("E-mail"),
        "url": _("Website"),
        "visit": _("Visit"),
        "letter": _("Letter"),
    }
    return labels.get(kind, kind)


def open_state_label(open_now: bool | None, time: str) -> str:
    if open_now is True:
        return _("Open now (at %(time)s).") % {"time": time}
    if open_now is False:
        return _("Closed now (at %(time)s). See the hours below.") % {"time": time}
    return _("We cannot tell whether it is open now. See the hours below, or ask.")


def emergency_label(number: str) -> str:
    labels = {
        "110": _("Police: 110"),
        "119": _("Ambulance and fire: 119"),
    }
    return labels.get(number, number)
