"""The `tsunagari` command: the project's commands, from any directory, no set-up needed.

`tsunagari catalog load`, `tsunagari ask ...`, and every Django management command
(`tsunagari migrate`, ...). Development settings are the default.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tsunagari", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
