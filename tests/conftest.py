"""Shared fixtures: personas and a loaded catalog."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tsunagari.accounts.models import StaffProfile
from tsunagari.accounts.roles import MUNICIPAL_EDITORS, NATIONAL_EDITORS, NPO_EDITORS
from tsunagari.catalog import records, services
from tsunagari.catalog.models import Municipality, Organization


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the need taxonomy and the national catalog once per test database.

    Loading takes seconds (a revision per entry); every test then runs in a transaction
    that is rolled back, so each one still starts from this same catalog.
    """
    with django_db_blocker.unblock():
        services.need_taxonomy_load(needs=records.load_needs())
        services.catalog_load(records=records.load_national_records())


@pytest.fixture
def needs_loaded(db):
    """The need taxonomy (loaded with the test database)."""


@pytest.fixture
def national_catalog(db):
    """The national catalog (loaded with the test database)."""


@pytest.fixture
def ichihara(db):
    return Municipality.objects.create(
        code="122190", prefecture_code="12", prefecture="千葉県", name="市原市", kind="city"
    )


@pytest.fixture
def shinjuku(db):
    return Municipality.objects.create(
        code="131041", prefecture_code="13", prefecture="東京都", name="新宿区", kind="ward"
    )


def _staff(django_user_model, username, group, **profile):
    user = django_user_model.objects.create_user(username, password="correct horse battery")
    user.groups.add(Group.objects.get(name=group))
    StaffProfile.objects.create(user=user, **profile)
    return user


@pytest.fixture
def desk_staff(django_user_model, ichihara):
    """A municipal editor of 市原市."""
    return _staff(django_user_model, "desk_staff", MUNICIPAL_EDITORS, municipality=ichihara)


@pytest.fixture
def npo_staff(django_user_model, db):
    organization = Organization.objects.create(slug="npo-tsunagu", name="NPOつなぐ")
    return _staff(django_user_model, "npo_staff", NPO_EDITORS, organization=organization)


@pytest.fixture
def operator(django_user_model, db):
    """The national operator's editor."""
    return _staff(django_user_model, "operator", NATIONAL_EDITORS)


@pytest.fixture
def outsider(django_user_model, db):
    return django_user_model.objects.create_user("outsider", password="correct horse battery")


@pytest.fixture
def staff_login():
    """Sign a persona in to the admin as production requires: password and second factor."""

    def login(client, user):
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    return login
