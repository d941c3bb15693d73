"""Django's and Wagtail's own messages in Portuguese are Brazilian, as our `pt` is.

For the code `pt` Django would load its European catalogs (and Wagtail's pt_PT):
locale_vendor/pt holds their pt_BR messages instead, written by scripts/vendor_pt_br.py.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from django import forms
from django.test import Client
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, npgettext, pgettext

from tests.core.test_django_messages import NOVEMBER_SATURDAY, catalog
from tests.core.test_translations import translations_of

ROOT = Path(__file__).resolve().parents[2]
VENDOR_PT = ROOT / "locale_vendor" / "pt" / "LC_MESSAGES" / "django.po"
OUR_PT = ROOT / "locale" / "pt" / "LC_MESSAGES" / "django.po"


def vendor_script():
    spec = importlib.util.spec_from_file_location("vendor_pt_br", ROOT / "scripts/vendor_pt_br.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unescaped(text: str) -> str:
    """A .po string as gettext returns it."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


class ContactForm(forms.Form):
    email = forms.EmailField()
    age = forms.IntegerField(max_value=120)
    name = forms.CharField()


def test_the_vendor_catalog_is_what_the_installed_django_and_wagtail_ship():
    """After an upgrade: run scripts/vendor_pt_br.py and `make messages`."""
    assert VENDOR_PT.read_text(encoding="utf-8") == vendor_script().catalog_text()


def test_every_vendored_message_is_what_portuguese_pages_show():
    ours = {key for key in catalog(OUR_PT)}
    checked = 0
    with translation.override("pt"):
        for (context, msgid), lines in catalog(VENDOR_PT).items():
            if (context, msgid) in ours:
                continue
            msgid, context = unescaped(msgid), context and unescaped(context)
            texts = [unescaped(text) for text in translations_of(lines)]
            plural = next((line for line in lines if line.startswith("msgid_plural ")), None)
            if plural is None:
                shown = [pgettext(context, msgid) if context else gettext(msgid)]
            else:
                other = unescaped(plural[len("msgid_plural ") + 1 : -1])
                shown = [
                    npgettext(context, msgid, other, n) if context else ngettext(msgid, other, n)
                    for n in (1, 2)
                ]
            assert shown == texts, msgid
            checked += 1
    assert checked > 600


def test_form_errors_are_in_brazilian_portuguese():
    with translation.override("pt"):
        form = ContactForm(data={"email": "not an address", "age": "130"})
        assert not form.is_valid()
        assert form.errors["email"] == ["Informe um endereço de email válido."]
        assert form.errors["name"] == ["Este campo é obrigatório."]
        assert form.errors["age"] == ["Certifique-se que este valor seja menor ou igual a 120."]


def test_dates_are_written_as_in_brazil_with_lower_case_months_and_weekdays():
    with translation.override("pt"):
        assert date_format(NOVEMBER_SATURDAY, "DATE_FORMAT") == "28 de novembro de 2026"
        assert date_format(NOVEMBER_SATURDAY, "DATETIME_FORMAT") == (
            "28 de novembro de 2026 às 21:05"
        )
        assert date_format(NOVEMBER_SATURDAY, "SHORT_DATE_FORMAT") == "28/11/2026"
        assert date_format(NOVEMBER_SATURDAY, "D H:i") == "sáb 21:05"
        assert date_format(NOVEMBER_SATURDAY, "l") == "sábado"


@pytest.mark.django_db
def test_the_public_login_page_speaks_brazilian_portuguese():
    response = Client().post("/pt/_util/login/", {"username": "nobody", "password": "wrong"})
    page = response.content.decode()
    assert "Usuário" in page
    assert "Por favor, entre com um usuário e senha corretos." in page
    assert "Utilizador" not in page


def test_wagtails_password_page_says_acessar_not_aceder():
    with translation.override("pt"):
        assert gettext("You need a password to access this page.") == (
            "Você precisa de uma senha para acessar esta página."
        )
