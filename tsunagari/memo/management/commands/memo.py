"""`tsunagari memo --lang L [--child] [--include-text] TEXT -o memo.pdf`.

The same answer as `tsunagari ask` with the same options, as the PDF memo a person
would download. The person's text goes into the PDF only with --include-text (on the
site, only when they tick the box).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tsunagari.catalog.hours import JAPAN
from tsunagari.catalog.selectors import catalog_snapshot_get
from tsunagari.memo.render import render_memo
from tsunagari.navigator.engine.navigate import navigate
from tsunagari.navigator.presenter import answer_payload
from tsunagari.navigator.requests import RequestError, parse_request


class Command(BaseCommand):
    help = "Make the PDF memo of the navigator's answer to a text."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", nargs="*", help="What the person says.")
        parser.add_argument(
            "-o", "--output", required=True, help="PDF file to write; - for stdout."
        )
        parser.add_argument("--lang", default="ja")
        parser.add_argument("--child", action="store_true")
        parser.add_argument("--age", type=int)
        parser.add_argument("--municipality")
        parser.add_argument("--at", help="ISO 8601 time (default: now).")
        parser.add_argument(
            "--include-text", action="store_true", help="Print the text itself in the memo."
        )
        parser.add_argument("--reopen-url", help="A link that reopens the result (QR code).")

    def handle(self, *args: Any, **options: Any) -> None:
        text = " ".join(options["text"])
        data = {
            "text": text,
            "lang": options["lang"],
            "audience": "child" if options["child"] else "adult",
            "age": options["age"],
            "municipality": options["municipality"],
            "at": options["at"],
        }
        snapshot = catalog_snapshot_get()
        try:
            request = parse_request(data)
        except RequestError as error:
            raise CommandError(str(error)) from error
        # One moment for the answer and the memo, so "open now" and the date agree.
        at = request.at or datetime.now(JAPAN)
        payload = answer_payload(navigate(snapshot, replace(request, at=at)), snapshot)
        pdf = render_memo(
            payload,
            snapshot,
            lang=request.lang,
            at=at,
            include_text=text if options["include_text"] else None,
            reopen_url=options["reopen_url"],
            child=request.is_child,
        )
        if options["output"] == "-":
            sys.stdout.buffer.write(pdf)
            return
        with open(options["output"], "wb") as handle:
            handle.write(pdf)
        self.stderr.write(f"{options['output']}: {len(pdf) // 1024} KB")
