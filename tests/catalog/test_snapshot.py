"""The navigator's snapshot is the same whether built from the database or the seed files."""

import pytest

from tsunagari.catalog.models import Service
from tsunagari.catalog.records import snapshot_from_seed_files
from tsunagari.catalog.selectors import build_snapshot, catalog_snapshot_get, reset_snapshot_cache

pytestmark = pytest.mark.django_db


def test_the_database_snapshot_equals_the_seed_snapshot(national_catalog):
    from_db = build_snapshot()
    from_files = snapshot_from_seed_files()
    assert len(from_db.services) == len(from_files.services) == 154
    different = [e.id for e in from_files.services if from_db.by_id.get(e.id) != e]
    assert different == []


def test_the_snapshot_holds_only_published_active_services(national_catalog):
    snapshot = build_snapshot()
    ended = set(Service.objects.filter(status="ended").values_list("slug", flat=True))
    assert not ended.intersection(snapshot.by_id)


def test_the_snapshot_is_rebuilt_when_a_service_is_published(national_catalog):
    reset_snapshot_cache()
    before = catalog_snapshot_get()
    service = Service.objects.get(slug="yorisoi-hotline")
    service.status = Service.Status.ENDED
    service.save_revision().publish()
    reset_snapshot_cache()  # skip the short local trust window
    after = catalog_snapshot_get()
    assert before.version != after.version
    assert "yorisoi-hotline" in before.by_id
    assert "yorisoi-hotline" not in after.by_id
