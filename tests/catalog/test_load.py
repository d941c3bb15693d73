import pytest
from django.core.exceptions import ValidationError

from tsunagari.catalog import records, services
from tsunagari.catalog.conversion import record_from_service
from tsunagari.catalog.models import ContactChannel, Service

pytestmark = pytest.mark.django_db


def test_all_162_reference_entries_load_with_their_ids(national_catalog):
    reference_ids = [r["id"] for r in records.load_national_records()]
    assert len(reference_ids) == 162
    assert set(Service.objects.values_list("slug", flat=True)) == set(reference_ids)


def test_ended_programs_are_loaded_as_ended_and_never_public(national_catalog):
    ended = Service.objects.filter(status=Service.Status.ENDED)
    assert ended.count() == 8
    assert not Service.objects.public().filter(pk__in=ended).exists()
    assert Service.objects.public().count() == 154


def test_facts_are_not_marked_as_checked_on_load(national_catalog):
    assert not Service.objects.filter(last_checked__isnull=False).exists()
    assert Service.objects.stale().count() == 162


def test_loading_twice_changes_nothing(national_catalog):
    revisions_before = {s.slug: s.latest_revision_id for s in Service.objects.all()}
    report = services.catalog_load(records=records.load_national_records())
    assert len(report.unchanged) == 162
    assert not report.created
    assert not report.updated
    assert revisions_before == {s.slug: s.latest_revision_id for s in Service.objects.all()}


def test_a_changed_fact_in_the_file_becomes_a_new_revision(national_catalog):
    changed = records.load_national_records()
    changed[0]["texts"]["ja"]["summary"] = "新しい説明"
    report = services.catalog_load(records=changed)
    assert report.updated == [changed[0]["id"]]
    service = Service.objects.get(slug=changed[0]["id"])
    assert service.revisions.count() == 2
    assert service.translations.get(language="ja").summary == "新しい説明"


def test_a_newer_staff_revision_is_never_overwritten(national_catalog, operator):
    service = Service.objects.get(slug="yorisoi-hotline")
    service.editor_notes = "Checked by phone"
    service.save_revision(user=operator).publish(user=operator)
    changed = records.load_national_records()
    target = next(r for r in changed if r["id"] == "yorisoi-hotline")
    target["texts"]["ja"]["summary"] = "ファイル側の変更"
    report = services.catalog_load(records=changed)
    assert report.conflicts == ["yorisoi-hotline"]
    service.refresh_from_db()
    assert service.editor_notes == "Checked by phone"
    assert service.translations.get(language="ja").summary != "ファイル側の変更"


def test_any_earlier_version_can_be_restored(national_catalog):
    changed = records.load_national_records()
    original = changed[0]["texts"]["ja"].get("summary", "")
    changed[0]["texts"]["ja"]["summary"] = "変更後"
    services.catalog_load(records=changed)
    service = Service.objects.get(slug=changed[0]["id"])
    first = service.revisions.order_by("created_at").first()
    first.publish()
    service.refresh_from_db()
    assert service.translations.get(language="ja").summary == original


def test_phone_numbers_are_copied_verbatim_from_the_reference(national_catalog):
    service = Service.objects.get(slug="jidou-soudanjo")
    values = list(service.contacts.values_list("value", "kind"))
    assert ("189", "short_code") in values


def test_a_lines_own_languages_and_hours_survive_the_database(national_catalog):
    """よりそいホットライン's foreign-language line: its languages and hours are stored."""
    record = record_from_service(Service.objects.get(slug="yorisoi-hotline"))
    seed = next(r for r in records.load_national_records() if r["id"] == "yorisoi-hotline")
    assert record["contacts"] == seed["contacts"]
    assert "pt" in record["contacts"][2]["languages"]
    assert "languages" not in record["contacts"][0]
    assert ContactChannel.objects.exclude(languages=[]).count() == 1


def test_a_line_with_unknown_language_codes_is_refused(national_catalog):
    line = ContactChannel.objects.exclude(languages=[]).get()
    line.languages = ["pt", "portuguese"]
    with pytest.raises(ValidationError):
        line.clean()
    line.languages = ["pt", "mul"]
    line.clean()
