"""Who may edit which catalog entry in the staff admin (denial tests for every role)."""

import pytest
from django.urls import reverse

from tsunagari.catalog.models import Organization, Service

pytestmark = pytest.mark.django_db


def _service(slug, **fields):
    organization = fields.pop("organization", None) or Organization.objects.create(
        slug=f"org-{slug}", name=f"運営 {slug}"
    )
    service = Service(slug=slug, kind="consultation_desk", organization=organization, **fields)
    service.save()
    service.save_revision().publish()
    return service


def _edit_url(service):
    return reverse("wagtailsnippets_catalog_service:edit", args=[service.pk])


@pytest.fixture
def ichihara_desk(ichihara):
    return _service("ichihara-seikatsu", area_level="municipality", area_municipality=ichihara)


@pytest.fixture
def shinjuku_desk(shinjuku):
    return _service("shinjuku-seikatsu", area_level="municipality", area_municipality=shinjuku)


def test_municipal_editor_can_open_their_own_municipalitys_entry(
    client, staff_login, desk_staff, ichihara_desk
):
    staff_login(client, desk_staff)
    assert client.get(_edit_url(ichihara_desk)).status_code == 200


def test_municipal_editor_cannot_open_another_municipalitys_entry(
    client, staff_login, desk_staff, shinjuku_desk
):
    staff_login(client, desk_staff)
    response = client.get(_edit_url(shinjuku_desk))
    assert response.status_code in (302, 403)
    assert response.status_code != 200


def test_municipal_editor_cannot_change_another_municipalitys_entry_by_post(
    client, staff_login, desk_staff, shinjuku_desk
):
    staff_login(client, desk_staff)
    response = client.post(_edit_url(shinjuku_desk), {"slug": "hijacked", "kind": "loan"})
    assert response.status_code in (302, 403)
    shinjuku_desk.refresh_from_db()
    assert shinjuku_desk.slug == "shinjuku-seikatsu"


def test_municipal_editor_lists_only_their_entries(
    client, staff_login, desk_staff, ichihara_desk, shinjuku_desk
):
    staff_login(client, desk_staff)
    response = client.get(reverse("wagtailsnippets_catalog_service:list"))
    assert response.status_code == 200
    listed = set(response.context["object_list"].values_list("slug", flat=True))
    assert listed == {"ichihara-seikatsu"}


def test_npo_editor_can_open_only_their_organisations_entry(
    client, staff_login, npo_staff, shinjuku_desk
):
    own = _service("npo-ibasho", organization=npo_staff.staff_profile.organization)
    staff_login(client, npo_staff)
    assert client.get(_edit_url(own)).status_code == 200
    assert client.get(_edit_url(shinjuku_desk)).status_code != 200


def test_national_editor_can_open_every_entry(
    client, staff_login, operator, ichihara_desk, shinjuku_desk
):
    staff_login(client, operator)
    assert client.get(_edit_url(ichihara_desk)).status_code == 200
    assert client.get(_edit_url(shinjuku_desk)).status_code == 200


def test_someone_without_a_role_cannot_reach_the_catalog(client, outsider, ichihara_desk):
    client.force_login(outsider)
    assert client.get(_edit_url(ichihara_desk)).status_code != 200
    assert client.get(reverse("wagtailsnippets_catalog_service:list")).status_code != 200


def test_national_editor_lists_every_entry(client, staff_login, operator, ichihara_desk):
    staff_login(client, operator)
    response = client.get(reverse("wagtailsnippets_catalog_service:list"))
    assert response.context["paginator"].count == Service.objects.count()


def test_anonymous_visitors_are_sent_to_the_login_page(client, ichihara_desk):
    response = client.get(_edit_url(ichihara_desk))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_stale_entries_are_flagged_in_the_listing(client, staff_login, operator, ichihara_desk):
    staff_login(client, operator)
    response = client.get(reverse("wagtailsnippets_catalog_service:list"))
    assert b"Not yet verified" in response.content or "未確認".encode() in response.content
