"""Deploy checks (`tsunagari check --deploy`): the memo needs fonts and HarfBuzz-Subset.

Deploy-only so that every management command does not pay for an `fc-list` call.
"""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Warning, register

from tsunagari.memo.fonts import FONT_PACKAGES, harfbuzz_subset_available, missing_families


@register("memo", deploy=True)
def memo_fonts_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    problems: list[CheckMessage] = []
    missing = missing_families()
    if missing:
        problems.append(
            Warning(
                f"Memo fonts missing: {', '.join(missing)}; PDF memos would show boxes.",
                hint=f"apt-get install {' '.join(FONT_PACKAGES)} (make system-packages)",
                id="memo.W001",
            )
        )
    if not harfbuzz_subset_available():
        problems.append(
            Warning(
                "libharfbuzz-subset is missing: a PDF memo takes seconds instead of 0.1 s.",
                hint="apt-get install libharfbuzz-subset0 (make system-packages)",
                id="memo.W002",
            )
        )
    return problems
