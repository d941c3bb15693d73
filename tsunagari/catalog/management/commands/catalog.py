"""`tsunagari catalog load|import|export`: the catalog's command line."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tsunagari.catalog import export, importer, municipal, records, services


class Command(BaseCommand):
    help = "Load the shipped catalog, import outside files, export HSDS 3.0 JSON."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("load", help="Load the shipped seed data (safe to run again).")
        export = sub.add_parser("export", help="Write the catalog as HSDS 3.0 JSON.")
        export.add_argument("--format", choices=["hsds"], default="hsds")
        export.add_argument("--lang", default="ja", help="Language of the texts.")
        export.add_argument("-o", "--output", help="File to write (default: standard output).")
        export.add_argument("--include-unpublished", action="store_true")
        importer = sub.add_parser("import", help="Import HSDS JSON or CSV from a partner.")
        importer.add_argument("file")
        importer.add_argument("--dry-run", action="store_true", help="Validate only.")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "load":
            self.load()
        elif action == "export":
            self.export(options)
        elif action == "import":
            self.import_file(options)

    def load(self) -> None:
        data_dir = Path(settings.CATALOG_DATA_DIR)
        needs = services.need_taxonomy_load(needs=records.load_needs(data_dir))
        self.stdout.write(f"Needs: {needs}")
        csv_path = data_dir / "municipalities.csv"
        if csv_path.exists():
            count = services.municipalities_load(csv_path=csv_path)
            self.stdout.write(f"Municipalities: {count}")
        report = services.catalog_load(records=records.load_national_records(data_dir))
        self.stdout.write(f"National catalog: {report.summary()}")
        desks = municipal.municipal_catalog_load(records=municipal.load_municipal_records(data_dir))
        self.stdout.write(f"Municipal desks: {desks.summary()}")
        for slug in report.conflicts + desks.conflicts:
            self.stderr.write(
                f"Conflict: {slug} was edited in the admin since the last load; "
                "the file's newer facts were not applied. Review them by hand."
            )

    def export(self, options: dict[str, Any]) -> None:
        payload = export.catalog_export_json(
            lang=options["lang"], include_unpublished=options["include_unpublished"]
        )
        if options["output"]:
            Path(options["output"]).write_text(payload, encoding="utf-8")
        else:
            sys.stdout.write(payload)

    def import_file(self, options: dict[str, Any]) -> None:
        path = Path(options["file"])
        if not path.exists():
            raise CommandError(f"{path}: no such file.")
        result = importer.catalog_import(path=path, dry_run=options["dry_run"])
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors:
            raise CommandError(f"{len(result.errors)} errors; nothing was changed.")
        verb = "would change" if options["dry_run"] else "changed"
        self.stdout.write(f"{result.count} rows valid; {verb}: {result.report.summary()}")
