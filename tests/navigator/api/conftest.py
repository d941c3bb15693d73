"""The answer contract: docs/api/navigate.schema.json as a validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "api" / "navigate.schema.json"


@pytest.fixture(scope="session")
def answer_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def assert_valid_answer(answer_schema: dict[str, Any]) -> Any:
    validator = Draft202012Validator(answer_schema)

    def check(answer: Any) -> None:
        problems = [
            f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(answer)
        ]
        assert not problems, "answer does not match docs/api/navigate.schema.json:\n" + "\n".join(
            problems[:10]
        )

    return check
