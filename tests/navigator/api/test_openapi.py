"""GET /api/v1/openapi.json: the API described, and in step with the answer schema."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from jsonschema import Draft202012Validator

from tsunagari.catalog.models import Service
from tsunagari.catalog.snapshot import CONTACT_KINDS, CRISIS_KINDS
from tsunagari.core.languages import LANGUAGE_CODES
from tsunagari.navigator.schemas import ContactOut, NavigateIn, NavigateOut, ServiceOut


@pytest.fixture
def openapi(client: Client) -> dict[str, Any]:
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_openapi_document_describes_navigate(openapi: dict[str, Any]) -> None:
    operation = openapi["paths"]["/api/v1/navigate"]["post"]

    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["properties"]) == {
        "text",
        "lang",
        "audience",
        "age",
        "municipality",
        "answers",
        "channel",
        "at",
    }
    assert {"200", "400", "422"} <= set(operation["responses"])


def test_answer_schema_is_valid_draft_2020_12(answer_schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(answer_schema)
    assert answer_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_openapi_models_match_the_answer_schema(answer_schema: dict[str, Any]) -> None:
    defs = answer_schema["$defs"]

    assert set(NavigateOut.model_fields) == set(defs["answer"]["properties"]) - {"id"}
    assert set(ServiceOut.model_fields) == set(defs["service"]["properties"])
    assert set(ContactOut.model_fields) == set(defs["contact"]["properties"])


def test_answer_schema_enums_match_the_code(answer_schema: dict[str, Any]) -> None:
    defs = answer_schema["$defs"]

    assert tuple(defs["language"]["enum"]) == LANGUAGE_CODES
    assert tuple(defs["crisisKind"]["enum"]) == CRISIS_KINDS
    assert tuple(defs["contact"]["properties"]["kind"]["enum"]) == CONTACT_KINDS
    assert set(defs["service"]["properties"]["cost"]["enum"]) == set(Service.Cost.values)


def test_request_model_names_every_field_parse_request_reads() -> None:
    assert set(NavigateIn.model_fields) == {
        "text",
        "lang",
        "audience",
        "age",
        "municipality",
        "answers",
        "channel",
        "at",
    }
