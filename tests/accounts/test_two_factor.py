"""Staff two-factor login: enrolment, verification, backup codes, and who is let through."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from tests.accounts.conftest import BACKUP_CODES, app_code, wrong_code
from tsunagari.accounts import otp
from tsunagari.accounts.views import ERRORS

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
SETUP = "/admin/2fa/setup/"
VERIFY = "/admin/2fa/verify/"


def _actions(user):
    return list(ModelLogEntry.objects.for_instance(user).values_list("action", "data"))


# Who is sent where ----------------------------------------------------------------------


def test_staff_without_a_device_is_sent_from_the_admin_to_set_up(client, operator):
    client.force_login(operator)
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"] == f"{SETUP}?next=%2Fadmin%2F"


def test_every_admin_page_needs_the_second_factor(client, desk_staff):
    client.force_login(desk_staff)
    for path in ("/admin/snippets/catalog/service/", "/admin/account/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP)


def test_wagtails_password_login_leads_to_set_up(client, npo_staff):
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "npo_staff", "password": "correct horse battery", "next": ADMIN},
        follow=True,
    )
    assert response.redirect_chain[-1][0].startswith(SETUP)
    assert b"<svg" in response.content


def test_staff_with_a_device_but_an_unverified_session_is_sent_to_verification(
    client, enrolled_operator
):
    client.force_login(enrolled_operator)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"


def test_anonymous_visitors_still_get_wagtails_login_page(client):
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    login_page = client.get(reverse("wagtailadmin_login"))
    assert login_page.status_code == 200
    assert b'name="password"' in login_page.content


@pytest.mark.parametrize("path", [SETUP, VERIFY, "/admin/2fa/"])
def test_anonymous_visitors_are_sent_from_the_two_factor_pages_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_someone_without_admin_access_cannot_enrol(client, outsider):
    client.force_login(outsider)
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert not TOTPDevice.objects.filter(user=outsider).exists()


def test_signing_out_works_before_the_second_factor(client, operator):
    client.force_login(operator)
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("path", ["/admin/2fa/../pages/", "/admin/2fa//admin/pages/"])
def test_paths_dressed_as_two_factor_pages_do_not_reach_the_admin(client, operator, path):
    client.force_login(operator)
    assert client.get(path).status_code in (302, 404)


def test_admin_requests_from_scripts_are_refused_not_redirected(client, operator):
    client.force_login(operator)
    response = client.get(ADMIN, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403


def test_with_the_setting_off_staff_reach_the_admin_without_a_second_factor(
    client, operator, settings
):
    settings.STAFF_TWO_FACTOR_REQUIRED = False
    client.force_login(operator)
    assert client.get(ADMIN).status_code == 200


# Enrolment --------------------------------------------------------------------------------


def test_set_up_shows_a_qr_code_and_the_key_in_text(client, english):
    client.force_login(english)
    response = client.get(SETUP)
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-store") == 1
    device = TOTPDevice.objects.get(user=english, confirmed=False)
    assert b"<svg" in response.content
    assert b'<script src="http' not in response.content
    assert otp.totp_secret_display(device).encode() in response.content
    # A reload shows the same key, so a half-finished enrolment can be finished.
    client.get(SETUP)
    assert TOTPDevice.objects.filter(user=english).count() == 1


def test_set_up_with_a_valid_code_shows_backup_codes_once_and_opens_the_admin(client, english):
    client.force_login(english)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=english)
    response = client.post(SETUP, {"code": app_code(device), "next": ADMIN})
    assert response.status_code == 200
    shown = re.findall(r"<li>([a-z2-7]{4}-[a-z2-7]{4})</li>", response.content.decode())
    assert len(shown) == otp.BACKUP_CODE_COUNT
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ADMIN).status_code == 200
    assert client.get("/admin/2fa/").status_code == 200
    actions = [action for action, _data in _actions(english)]
    assert otp.ACTION_ENROLLED in actions
    assert otp.ACTION_BACKUP_CODES_ISSUED in actions


def test_a_wrong_code_at_set_up_is_refused_with_a_message(client, english):
    client.force_login(english)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=english)
    response = client.post(SETUP, {"code": wrong_code(device)})
    assert response.status_code == 200
    assert b"That code is not correct." in response.content
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(ADMIN).status_code == 302
    assert otp.ACTION_ENROL_FAILED in [action for action, _data in _actions(english)]


def test_a_second_device_cannot_be_added_with_only_a_password(client, enrolled_operator):
    client.force_login(enrolled_operator)
    response = client.post(SETUP, {"code": "123456"})
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=enrolled_operator).count() == 1


# Verification -----------------------------------------------------------------------------


def test_verifying_with_the_app_code_opens_the_page_asked_for(client, enrolled_operator):
    client.force_login(enrolled_operator)
    device = TOTPDevice.objects.get(user=enrolled_operator)
    session_key = client.session.session_key
    response = client.post(VERIFY, {"code": app_code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.session.session_key != session_key
    assert client.get(ADMIN).status_code == 200
    assert ("tsunagari.two_factor.verified", {"method": "totp"}) in _actions(enrolled_operator)


def test_a_code_typed_with_full_width_digits_and_spaces_is_accepted(client, enrolled_operator):
    client.force_login(enrolled_operator)
    device = TOTPDevice.objects.get(user=enrolled_operator)
    code = app_code(device)
    typed = " ".join([code[:3], code[3:]]).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    )
    assert client.post(VERIFY, {"code": typed}).status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_is_refused_with_a_message_and_logged_without_the_code(
    client, enrolled_operator
):
    client.force_login(enrolled_operator)
    device = TOTPDevice.objects.get(user=enrolled_operator)
    code = wrong_code(device)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert b"That code is not correct." in response.content
    assert client.get(ADMIN).status_code == 302
    failures = [data for action, data in _actions(enrolled_operator) if "failed" in action]
    assert failures == [{}]
    assert code not in str(ModelLogEntry.objects.values_list("data", flat=True))


def test_the_wrong_code_message_is_in_the_staff_members_language(client, enrolled_operator):
    profile = UserProfile.get_for_user(enrolled_operator)
    profile.preferred_language = "ja"
    profile.save()
    client.force_login(enrolled_operator)
    device = TOTPDevice.objects.get(user=enrolled_operator)
    response = client.post(VERIFY, {"code": wrong_code(device)})
    with translation.override("ja"):
        expected = escape(str(ERRORS[otp.Outcome.WRONG]))
    assert expected in response.content.decode()
    assert '<html lang="ja"' in response.content.decode()


def test_repeated_wrong_codes_are_throttled(client, enrolled_operator, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    client.force_login(enrolled_operator)
    device = TOTPDevice.objects.get(user=enrolled_operator)
    client.post(VERIFY, {"code": wrong_code(device)})
    response = client.post(VERIFY, {"code": app_code(device)})
    assert b"Too many wrong codes in a row." in response.content
    assert client.get(ADMIN).status_code == 302


def test_a_backup_code_works_once_only(client, enrolled_operator):
    client.force_login(enrolled_operator)
    response = client.post(VERIFY, {"code": "ABCD-2345"}, follow=True)
    assert response.redirect_chain[-1][0] == ADMIN
    assert b"You have 2 backup codes left." in response.content
    assert not StaticToken.objects.filter(token=BACKUP_CODES[0]).exists()

    client.post(reverse("wagtailadmin_logout"))
    client.force_login(enrolled_operator)
    response = client.post(VERIFY, {"code": "abcd-2345"})
    assert response.status_code == 200
    assert b"That code is not correct." in response.content
    assert client.get(ADMIN).status_code == 302


def test_verification_never_leads_to_another_site(client, enrolled_operator):
    client.force_login(enrolled_operator)
    response = client.post(VERIFY, {"code": BACKUP_CODES[1], "next": "https://evil.example/"})
    assert response["Location"] == ADMIN


# Backup codes afterwards --------------------------------------------------------------------


def test_new_backup_codes_replace_the_old_ones(client, enrolled_operator):
    client.force_login(enrolled_operator)
    client.post(VERIFY, {"code": BACKUP_CODES[0]})
    response = client.post(reverse("staff_2fa:backup_codes"))
    shown = re.findall(r"<li>([a-z2-7]{4}-[a-z2-7]{4})</li>", response.content.decode())
    assert len(shown) == otp.BACKUP_CODE_COUNT
    assert not StaticToken.objects.filter(token__in=BACKUP_CODES).exists()


def test_backup_codes_cannot_be_renewed_without_the_second_factor(client, enrolled_operator):
    client.force_login(enrolled_operator)
    response = client.post(reverse("staff_2fa:backup_codes"))
    assert response.status_code == 302
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(BACKUP_CODES)


def test_the_account_page_links_to_the_two_factor_page(client, enrolled_operator):
    client.force_login(enrolled_operator)
    client.post(VERIFY, {"code": BACKUP_CODES[0]})
    account = client.get(reverse("wagtailadmin_account"))
    assert account.status_code == 200
    assert b'href="/admin/2fa/"' in account.content
    page = client.get("/admin/2fa/")
    assert b"You have 2 backup codes left." in page.content
