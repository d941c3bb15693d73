"""Django's and Wagtail's own messages that people meet (form errors, passwords, the login
and private-page password forms, the CSRF page) exist in every language we speak.

Django's Thai, Vietnamese and Nepali catalogs lack dozens of them and Wagtail ships no
Nepali or complete Indonesian; a missing message falls back to Japanese (LANGUAGE_CODE).
locale_vendor/<lang> holds our translations, merged over Django's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django import forms
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import to_locale

from tests.core.test_django_messages import (
    DJANGO_SOURCES,
    PLACEHOLDER,
    catalog,
    django_keys,
)
from tests.core.test_translations import translations_of
from tsunagari.core.languages import FOREIGN_LANGUAGE_CODES

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code in FOREIGN_LANGUAGE_CODES if code != "en"]
VENDORED = ["th", "vi", "ne", "id", "zh_Hans"]


def translated(path: Path) -> set:
    if not path.exists():
        return set()
    return {
        key
        for key, lines in catalog(path).items()
        if all(translations_of(lines))
        and not any("fuzzy" in x for x in lines if x.startswith("#,"))
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_django_message_people_meet_is_translated(code):
    locale = to_locale(code)
    ours = translated(ROOT / "locale" / locale / "LC_MESSAGES" / "django.po")
    ours |= translated(ROOT / "locale_vendor" / locale / "LC_MESSAGES" / "django.po")
    missing = []
    for path, sources in DJANGO_SOURCES.items():
        _every, used = django_keys(path, sources)
        theirs = translated(Path(str(path).replace("/en/", f"/{locale}/")))
        missing += [msgid for key in used if key not in theirs | ours for msgid in [key[1]]]
    assert sorted(missing) == []


@pytest.mark.parametrize("locale", VENDORED)
def test_vendored_messages_are_translated_and_keep_their_placeholders(locale):
    path = ROOT / "locale_vendor" / locale / "LC_MESSAGES" / "django.po"
    problems = []
    for (_ctxt, msgid), lines in catalog(path).items():
        texts = translations_of(lines)
        if not all(texts) or any("fuzzy" in x for x in lines if x.startswith("#,")):
            problems.append(msgid)
        expected = sorted(set(PLACEHOLDER.findall(msgid)))
        problems += [msgid for text in texts if sorted(set(PLACEHOLDER.findall(text))) != expected]
    assert problems == []


class NameForm(forms.Form):
    name = forms.CharField(max_length=3)
    age = forms.IntegerField()


@pytest.mark.parametrize(
    ("code", "name_error", "age_error"),
    [
        ("th", "ต้องมีไม่เกิน 3 ตัวอักษร (ตอนนี้มี 4 ตัวอักษร)", "กรุณากรอกจำนวนเต็ม"),
        ("vi", "Vui lòng nhập tối đa 3 ký tự (hiện có 4 ký tự).", "Vui lòng nhập số nguyên."),
        ("ne", "बढीमा 3 अक्षर लेख्न मिल्छ (अहिले 4 छन्)।", "कृपया पूर्ण सङ्ख्या लेख्नुहोस्।"),
        ("id", None, "Masukkan bilangan bulat."),
        ("zh-hans", "最多只能输入 3 个字符（现在有 4 个）。", "请输入整数。"),
    ],
)
def test_form_errors_read_naturally(code, name_error, age_error):
    with translation.override(code):
        form = NameForm(data={"name": "abcd", "age": "x"})
        assert not form.is_valid()
        if name_error:
            assert form.errors["name"] == [name_error]
        assert form.errors["age"] == [age_error]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("th", "รหัสผ่านนี้สั้นเกินไป ต้องมีอย่างน้อย 12 ตัวอักษร"),
        ("vi", "Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 12 ký tự."),
        ("ne", "यो पासवर्ड धेरै छोटो छ। कम्तीमा 12 अक्षर हुनुपर्छ।"),
        ("zh-hans", "密码太短，至少需要 12 个字符。"),
    ],
)
def test_password_rules_are_not_in_japanese(code, expected):
    with translation.override(code), pytest.raises(ValidationError) as raised:
        validate_password("1234")
    assert expected in raised.value.messages


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "Tên người dùng và mật khẩu không khớp. Vui lòng thử lại."),
        ("id", "Nama pengguna dan kata sandi tidak cocok. Silakan coba lagi."),
        ("ne", "प्रयोगकर्ता नाम र पासवर्ड मिलेनन्। फेरि प्रयास गर्नुहोस्।"),
    ],
)
def test_wagtails_login_error_is_in_the_pages_language(code, text):
    with translation.override(code):
        assert (
            translation.gettext("Your username and password didn't match. Please try again.")
            == text
        )
