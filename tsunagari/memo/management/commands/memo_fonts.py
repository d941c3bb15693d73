"""`tsunagari memo_fonts`: cut the CJK faces down to our characters (make memo-fonts).

Idempotent and quick when nothing changed, so `make setup` runs it every time. Run it
again after the catalog or a translation gains new characters; until then those
characters are drawn from the full face, only a little slower.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tsunagari.memo.fontbuild import fonts_build
from tsunagari.memo.fonts import subset_dir


def corpus_files() -> list[Path]:
    """Every file whose text can reach a memo: catalog, needs, translations, templates."""
    base = Path(settings.BASE_DIR)
    data = Path(getattr(settings, "CATALOG_DATA_DIR", base / "tsunagari" / "catalog" / "data"))
    patterns = (
        (data, "**/*.yaml"),
        (base / "locale", "**/*.po"),
        (base / "tsunagari" / "memo" / "templates", "**/*.html"),
    )
    return sorted(path for folder, pattern in patterns for path in folder.glob(pattern))


class Command(BaseCommand):
    help = "Build the memo's CJK font subsets (var/fonts/memo) from our texts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="Rebuild even if up to date.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            written = fonts_build(
                out_dir=subset_dir(), corpus=corpus_files(), force=options["force"]
            )
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        for path in written:
            self.stdout.write(f"{path} ({path.stat().st_size // 1024} KB)")
        if not written and options["verbosity"] > 1:
            self.stdout.write("memo fonts are up to date")
