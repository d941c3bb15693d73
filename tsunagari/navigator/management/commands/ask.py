"""`tsunagari ask`: one answer for a text, or one JSON line per request line.

Standard output carries JSON only; anything else goes to standard error. Nothing a
person wrote is logged.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.catalog.snapshot import CatalogSnapshot
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.presenter import answer_payload
from tsunagari.navigator.requests import RequestError, parse_request


class Command(BaseCommand):
    help = "Ask the navigator: a text, or JSON lines on standard input (--jsonl)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("text", nargs="*", help="What the person says.")
        parser.add_argument("--json", action="store_true", help="Print the answer as JSON.")
        parser.add_argument("--jsonl", action="store_true", help="Read requests from stdin.")
        parser.add_argument("--lang", default="ja")
        parser.add_argument("--child", action="store_true")
        parser.add_argument("--age", type=int)
        parser.add_argument("--municipality")
        parser.add_argument("--at", help="ISO 8601 time (default: now).")

    def handle(self, *args: Any, **options: Any) -> None:
        snapshot = catalog_snapshot_get()
        if options["jsonl"]:
            self.answer_lines(snapshot)
            return
        data = {
            "text": " ".join(options["text"]),
            "lang": options["lang"],
            "audience": "child" if options["child"] else "adult",
            "age": options["age"],
            "municipality": options["municipality"],
            "at": options["at"],
        }
        try:
            request = parse_request(data)
        except RequestError as error:
            raise CommandError(str(error)) from error
        payload = answer_payload(navigate(snapshot, request), snapshot)
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(self.as_text(payload))

    def answer_lines(self, snapshot: CatalogSnapshot) -> None:
        for line in sys.stdin:
            if not line.strip():
                continue
            sys.stdout.write(json.dumps(answer_line(line, snapshot), ensure_ascii=False) + "\n")
            sys.stdout.flush()

    def as_text(self, payload: dict[str, Any]) -> str:
        lines = []
        if payload["crisis"]:
            lines.append("CRISIS: " + ", ".join(payload["crisis_kinds"]))
        if payload.get("question"):
            lines.append(payload["question"])
        for number, service in enumerate(payload["services"], start=1):
            lines.append(f"{number}. {service['name']} — {service['why']}")
        return "\n".join(lines)


def answer_line(line: str, snapshot: CatalogSnapshot) -> dict[str, Any]:
    """One request line to one answer line; a bad line gets an error, the rest go on."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"not valid JSON: {error.msg}"}
    if not isinstance(data, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    try:
        request = parse_request(data)
    except RequestError as error:
        return {"id": data.get("id"), "error": str(error)}
    payload = answer_payload(navigate(snapshot, request), snapshot)
    return {"id": data.get("id"), **payload}
