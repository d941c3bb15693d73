"""Django's own messages (form errors, the CSRF page, month and day names) in our languages.

Django and Wagtail ship no Tagalog: locale_vendor/tl holds our translation of the messages
people can meet, and tsunagari/core/formats/tl the date formats. Easy Japanese has no Django catalog
of its own and falls back to Japanese.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import django
import pytest
import wagtail
from django import forms
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from tests.core.test_translations import entries, translations_of
from tsunagari.accounts.forms import VerifyForm

ROOT = Path(__file__).resolve().parents[2]
VENDOR_TL = ROOT / "locale_vendor" / "tl" / "LC_MESSAGES" / "django.po"
OUR_TL = ROOT / "locale" / "tl" / "LC_MESSAGES" / "django.po"
DJANGO_DIR = Path(django.__file__).resolve().parent
WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
# The English catalogs list where each message is used (`#: forms/fields.py:123`).
DJANGO_SOURCES = {
    DJANGO_DIR / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po": (
        "forms/",
        "core/validators.py",
        "views/csrf.py",
        "utils/dates.py",
        "utils/dateformat.py",
        "utils/text.py",
        "utils/ipv6.py",
        "utils/timesince.py",
    ),
    DJANGO_DIR / "contrib" / "auth" / "locale" / "en" / "LC_MESSAGES" / "django.po": (
        "contrib/auth/forms.py",
        "contrib/auth/models.py",
        "contrib/auth/base_user.py",
        "contrib/auth/password_validation.py",
        "contrib/auth/validators.py",
    ),
    # Wagtail's public login and password pages (for private pages).
    WAGTAIL_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po": (
        "forms.py",
        "templates/wagtailcore/login.html",
        "templates/wagtailcore/password_required.html",
    ),
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
NOVEMBER_SATURDAY = datetime(2026, 11, 28, 21, 5)


def joined(lines: list[str], keyword: str) -> str | None:
    """The text of `msgctxt`, `msgid` or `msgid_plural`, continuation lines joined."""
    for index, line in enumerate(lines):
        if line.startswith(keyword + " "):
            parts = [line[len(keyword) + 2 : -1]]
            for more in lines[index + 1 :]:
                if not more.startswith('"'):
                    break
                parts.append(more[1:-1])
            return "".join(parts)
    return None


def key_of(lines: list[str]) -> tuple[str | None, str]:
    msgid = joined(lines, "msgid")
    assert msgid is not None
    return joined(lines, "msgctxt"), msgid


def catalog(path: Path) -> dict[tuple[str | None, str], list[str]]:
    """Entries by (context, msgid); obsolete (`#~`) entries are left out."""
    return {
        key_of(lines): lines
        for lines in entries(path)[1:]
        if any(line.startswith("msgid ") for line in lines)
    }


def django_keys(path: Path, sources: tuple[str, ...]) -> tuple[set, set]:
    """Every message of a Django catalog, and those used in `sources`."""
    every, used = set(), set()
    for lines in entries(path)[1:]:
        key = key_of(lines)
        every.add(key)
        places = " ".join(line for line in lines if line.startswith("#:"))
        if any(f" {source}" in places for source in sources):
            used.add(key)
    return every, used


def test_every_tagalog_django_message_is_translated_and_none_is_fuzzy():
    problems = [
        msgid
        for (_ctxt, msgid), lines in catalog(VENDOR_TL).items()
        if any(line.startswith("#,") and "fuzzy" in line for line in lines)
        or not all(translations_of(lines))
    ]
    assert problems == []


def test_the_tagalog_catalog_covers_the_django_messages_people_meet_and_no_stale_ones():
    """After a Django upgrade, new messages in these files show up here, as do changed ones."""
    ours = set(catalog(VENDOR_TL))
    every: set = set()
    for path, sources in DJANGO_SOURCES.items():
        known, used = django_keys(path, sources)
        every |= known
        assert used, f"no message of {sources} found in {path}"
        assert sorted(used - ours, key=str) == []
    assert sorted(ours - every, key=str) == []


def test_tagalog_django_messages_keep_their_placeholders():
    problems = []
    for (_ctxt, msgid), lines in catalog(VENDOR_TL).items():
        expected = sorted(PLACEHOLDER.findall(msgid))
        for text in translations_of(lines):
            if sorted(PLACEHOLDER.findall(text)) != expected:
                problems.append(msgid)
    assert problems == []


def test_our_own_catalog_wins_over_the_vendor_catalog():
    assert settings.LOCALE_PATHS[0] == ROOT / "locale"
    ours, vendor = catalog(OUR_TL), catalog(VENDOR_TL)
    both = [key for key in ours if key in vendor and key[0] is None]
    differing = [key for key in both if translations_of(ours[key]) != translations_of(vendor[key])]
    assert differing, "no shared message left to tell the two catalogs apart"
    with translation.override("tl"):
        for _ctxt, msgid in both:
            assert gettext(msgid) == translations_of(ours[(None, msgid)])[0]


class ContactForm(forms.Form):
    email = forms.EmailField()
    age = forms.IntegerField(max_value=120)


def test_form_errors_are_in_tagalog():
    with translation.override("tl"):
        verify = VerifyForm(data={})
        bare = ContactForm(data={"email": "not an address", "age": "130"})
        assert not verify.is_valid()
        assert not bare.is_valid()
        assert verify.errors["code"] == ["Kailangan po itong punan."]
        assert bare.errors["email"] == ["Pakilagay po ang tamang e-mail address."]
        assert bare.errors["age"] == ["Dapat po itong 120 o mas mababa."]
        assert "Kailangan po itong punan." in str(verify)


def test_dates_are_in_tagalog():
    with translation.override("tl"):
        assert date_format(NOVEMBER_SATURDAY, "D H:i") == "Sab 21:05"
        assert date_format(NOVEMBER_SATURDAY, "DATETIME_FORMAT") == "Nobyembre 28, 2026, 21:05"
        assert date_format(NOVEMBER_SATURDAY, "SHORT_DATE_FORMAT") == "11/28/2026"


@pytest.mark.django_db
def test_the_csrf_failure_page_is_in_tagalog():
    """A public form that is not cookieless: Wagtail's password form for a private page."""
    client = Client(enforce_csrf_checks=True)
    response = client.post("/tl/_util/authenticate_with_password/1/1/", {"password": "x"})
    assert response.status_code == 403
    assert (
        "Hindi po namin matiyak na galing sa aming site ang form na ito"
        in response.content.decode()
    )


@pytest.mark.django_db
def test_the_public_login_form_says_what_is_wrong_in_tagalog(client):
    """Wagtail's front-end login (for private pages) uses Django's AuthenticationForm."""
    response = client.post("/tl/_util/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 200
    assert "Pakilagay po ang tamang username at password." in response.content.decode()


def test_easy_japanese_falls_back_to_japanese_django_messages():
    texts = {}
    for code in ("ja", "ja-easy"):
        with translation.override(code):
            form = ContactForm(data={"email": "not an address"})
            form.is_valid()
            texts[code] = (
                form.errors["email"][0],
                form.errors["age"][0],
                date_format(NOVEMBER_SATURDAY, "DATE_FORMAT"),
            )
    assert texts["ja-easy"] == texts["ja"]
    email_error, required_error, date = texts["ja"]
    assert email_error == "有効なメールアドレスを入力してください。"
    assert required_error == "この項目は必須です"
    assert date == "2026年11月28日"


def test_wagtails_password_form_speaks_nepali_not_japanese():
    """Wagtail ships no Nepali: without locale_vendor/ne its error fell back to Japanese."""
    with translation.override("ne"):
        assert gettext("The password you have entered is not correct. Please try again.") == (
            "तपाईंले लेखेको पासवर्ड मिलेन। फेरि प्रयास गर्नुहोस्।"
        )
        form = ContactForm(data={})
        form.is_valid()
        assert form.errors["email"] == ["यो भर्नुपर्छ।"]
