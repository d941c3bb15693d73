"""Ask the API and the CLI the same thing, the way a client and a script would."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

AT = "2026-11-25T14:00:00+09:00"  # a weekday afternoon in Japan: most desks are open


def api_post(body: Any, client: Client | None = None) -> Any:
    raw = body if isinstance(body, str | bytes) else json.dumps(body)
    return (client or Client()).post("/api/v1/navigate", raw, content_type="application/json")


def cli_json(*args: str) -> dict[str, Any]:
    out = io.StringIO()
    call_command("ask", "--json", *args, stdout=out)
    return json.loads(out.getvalue())


def cli_jsonl(lines: list[str], monkeypatch: pytest.MonkeyPatch, capfd: Any) -> list[Any]:
    """Run `ask --jsonl` with these stdin lines; every stdout line must be JSON."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    call_command("ask", "--jsonl")
    out = capfd.readouterr().out
    return [json.loads(line) for line in out.splitlines()]
