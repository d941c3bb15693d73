import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tsunagari.catalog.hsds import hsds_id
from tsunagari.catalog.models import Service

pytestmark = pytest.mark.django_db

SHARED_SCHEMAS = Path(__file__).resolve().parents[3] / "shared" / "reference" / "hsds-3.0"


def shared_service_validator():
    """Validate against the reference copy in shared/, not our own copy of it."""
    if not SHARED_SCHEMAS.exists():
        pytest.skip("shared/reference/hsds-3.0 is not beside this checkout")
    resources = [
        (p.name, Resource.from_contents(json.loads(p.read_text()), DRAFT202012))
        for p in SHARED_SCHEMAS.glob("*.json")
    ]
    schema = json.loads((SHARED_SCHEMAS / "service.json").read_text())
    return Draft202012Validator(schema, registry=Registry().with_resources(resources))


@pytest.fixture
def exported(national_catalog, tmp_path):
    target = tmp_path / "catalog.json"
    call_command("catalog", "export", "--format", "hsds", "-o", str(target))
    return json.loads(target.read_text(encoding="utf-8"))


def test_every_exported_service_is_valid_hsds(exported):
    validator = shared_service_validator()
    assert len(exported) == 162
    problems = {s["tsunagari_id"]: list(validator.iter_errors(s)) for s in exported}
    assert {k: v for k, v in problems.items() if v} == {}


def test_exported_ids_are_stable_uuids_and_carry_our_id(exported):
    yorisoi = next(s for s in exported if s["tsunagari_id"] == "yorisoi-hotline")
    assert yorisoi["id"] == hsds_id("service", "yorisoi-hotline")
    assert yorisoi["organization"]["name"]
    assert yorisoi["service_areas"][0]["extent"] == "JP"


def test_ended_services_are_exported_as_defunct(exported):
    statuses = [s["status"] for s in exported]
    assert statuses.count("defunct") == 8


def test_export_in_english_uses_english_names(national_catalog, tmp_path):
    target = tmp_path / "en.json"
    call_command("catalog", "export", "--lang", "en", "-o", str(target))
    services = {s["tsunagari_id"]: s for s in json.loads(target.read_text())}
    assert services["seikatsu-konkyusha-jiritsu-soudan"]["name"].startswith("Self-reliance")


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "id,kind,needs,name_ja,phone,municipality_code"
GOOD_ROW = (
    "ichihara-kodoku,consultation_desk,loneliness;relationships,"
    "市原市ひとりぼっち相談,0436-00-0000,122190"
)


def test_a_broken_csv_reports_every_bad_row_and_writes_nothing(needs_loaded, ichihara, tmp_path):
    path = _write(
        tmp_path,
        "desks.csv",
        "\n".join(
            [
                HEADER,
                GOOD_ROW,
                "Bad Id,hotlne,loneliness,名前,0436-00-0001,122190",
                "ichihara-2,hotline,not-a-need,名前,12345678901234,999999",
            ]
        ),
    )
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("catalog", "import", str(path))
    assert not Service.objects.filter(slug__startswith="ichihara").exists()


def test_import_errors_name_file_row_and_field(needs_loaded, ichihara, tmp_path, capsys):
    path = _write(tmp_path, "desks.csv", "id,kind,name_ja\nichihara-x,hotlne,名前\n")
    with pytest.raises(CommandError):
        call_command("catalog", "import", str(path))
    assert "desks.csv, row 1, field 'kind'" in capsys.readouterr().err


def test_a_valid_csv_is_upserted_by_id(needs_loaded, ichihara, tmp_path):
    path = _write(tmp_path, "desks.csv", f"{HEADER}\n{GOOD_ROW}\n")
    call_command("catalog", "import", str(path))
    service = Service.objects.get(slug="ichihara-kodoku")
    assert service.area_municipality_id == "122190"
    assert service.name_in("ja") == "市原市ひとりぼっち相談"
    call_command("catalog", "import", str(path))
    assert Service.objects.filter(slug="ichihara-kodoku").count() == 1


def test_dry_run_validates_but_writes_nothing(needs_loaded, ichihara, tmp_path):
    path = _write(tmp_path, "desks.csv", f"{HEADER}\n{GOOD_ROW}\n")
    call_command("catalog", "import", "--dry-run", str(path))
    assert not Service.objects.filter(slug="ichihara-kodoku").exists()


def test_our_own_hsds_export_imports_back(exported, tmp_path):
    path = _write(tmp_path, "catalog.json", json.dumps(exported[:3], ensure_ascii=False))
    before = Service.objects.get(slug=exported[0]["tsunagari_id"]).revisions.count()
    call_command("catalog", "import", str(path))
    assert Service.objects.get(slug=exported[0]["tsunagari_id"]).revisions.count() == before + 1


def test_an_hsds_object_that_breaks_the_schema_is_refused(needs_loaded, tmp_path):
    count = Service.objects.count()
    path = _write(tmp_path, "bad.json", json.dumps([{"id": "x", "name": "名前"}]))
    with pytest.raises(CommandError):
        call_command("catalog", "import", str(path))
    assert Service.objects.count() == count
