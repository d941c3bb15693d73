"""Write locale_vendor/pt/ from the Brazilian Portuguese catalogs Django and Wagtail ship.

Our `pt` is Portuguese as Brazilian residents write it (docs/decisions/0002-languages.md),
but for the code `pt` Django loads its European catalogs (django/conf/locale/pt) and
Python's gettext resolves Wagtail's to pt_PT: a form error said "Introduza um endereço de
e-mail válido." and Wagtail's password page "aceder" and "Utilizador". Django and Wagtail
do ship pt_BR; this script copies the catalogs whose messages a visitor can meet (Django's
own, contrib.auth, Wagtail's core: forms, validators, the CSRF page, dates, the login and
password pages) into one catalog for `pt`, which wins over theirs because LOCALE_PATHS
come first. Where two catalogs have the same message, the one Django would prefer wins
(Wagtail before contrib.auth before Django's own). Wagtail's admin is left out: staff use
it in Japanese or English (WAGTAILADMIN_PERMITTED_LANGUAGES).

A few corrections follow Brazilian spelling, where Django's pt_BR catalog departs from it:
month and weekday names are written in lower case (28 de novembro de 2026; sáb 21:05),
and stray double spaces go.

tests/core/test_django_messages.py fails when an upgrade changes these catalogs; then run
    .venv/bin/python scripts/vendor_pt_br.py && make messages
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

import django
import wagtail

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "locale_vendor" / "pt" / "LC_MESSAGES" / "django.po"
DJANGO_DIR = Path(django.__file__).resolve().parent
WAGTAIL_DIR = Path(wagtail.__file__).resolve().parent
# Django's precedence: apps earlier in INSTALLED_APPS win, Django's own catalog comes last.
SOURCES = (
    WAGTAIL_DIR / "locale" / "pt_BR" / "LC_MESSAGES" / "django.po",
    DJANGO_DIR / "contrib" / "auth" / "locale" / "pt_BR" / "LC_MESSAGES" / "django.po",
    DJANGO_DIR / "conf" / "locale" / "pt_BR" / "LC_MESSAGES" / "django.po",
)
MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
WEEKDAYS = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"
ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
)
ENGLISH_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
ABBREVIATED_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec."
ABBREVIATED_PT = "jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez."


def corrections() -> dict[tuple[str | None, str], str]:
    """Month and weekday names in lower case, as Brazilian spelling writes them."""
    fixed: dict[tuple[str | None, str], str] = {}
    for english, ours in zip(ENGLISH_MONTHS.split(), MONTHS.split(), strict=True):
        fixed[(None, english)] = ours
        fixed[("alt. month", english)] = ours
    for english, ours in zip(ABBREVIATED_MONTHS.split(), ABBREVIATED_PT.split(), strict=True):
        fixed[("abbrev. month", english)] = ours
    for english, ours in zip(ENGLISH_WEEKDAYS.split(), WEEKDAYS.split(), strict=True):
        fixed[(None, english)] = ours
        fixed[(None, english[:3])] = ours[:3]
    return fixed


def _joined(lines: list[str], keyword: str) -> str | None:
    for index, line in enumerate(lines):
        if line.startswith(keyword + " "):
            parts = [line[len(keyword) + 2 : -1]]
            parts += [more[1:-1] for more in _continuation(lines[index + 1 :])]
            return "".join(parts)
    return None


def _continuation(lines: list[str]) -> list[str]:
    taken = []
    for line in lines:
        if not line.startswith('"'):
            break
        taken.append(line)
    return taken


def _messages(path: Path) -> list[tuple[tuple[str | None, str], list[str]]]:
    """Translated, not fuzzy, not obsolete entries, without comments, by (context, msgid)."""
    found = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        if any(line.startswith("#,") and "fuzzy" in line for line in lines):
            continue
        lines = [line for line in lines if not line.startswith("#")]
        msgid = _joined(lines, "msgid")
        if not msgid:  # the header, or an obsolete entry
            continue
        starts = [i for i, line in enumerate(lines) if line.startswith("msgstr")]
        texts = [
            lines[i].split(" ", 1)[1][1:-1]
            + "".join(m[1:-1] for m in _continuation(lines[i + 1 :]))
            for i in starts
        ]
        if texts and all(texts):
            found.append(((_joined(lines, "msgctxt"), msgid), _two_plural_forms(lines)))
    return found


def _two_plural_forms(lines: list[str]) -> list[str]:
    """Wagtail's pt_BR has a third form for millions ("1 000 000 de ..."): one and other stay.

    Its forms are 0 (0 or 1), 1 (exact millions), 2 (other); ours, like Django's, are
    0 (0 or 1) and 1 (other), so its 2 becomes our 1.
    """
    if not any(line.startswith("msgstr[2]") for line in lines):
        return lines
    kept, keep = [], True
    for line in lines:
        if line.startswith("msgstr["):
            keep = not line.startswith("msgstr[1]")
            line = line.replace("msgstr[2]", "msgstr[1]")
        if keep:
            kept.append(line)
    return kept


def _corrected(
    key: tuple[str | None, str], lines: list[str], fixed: dict[tuple[str | None, str], str]
) -> list[str]:
    first_msgstr = next(i for i, line in enumerate(lines) if line.startswith("msgstr"))
    if key in fixed:
        return [*lines[:first_msgstr], f'msgstr "{fixed[key]}"']
    # Django's pt_BR has stray double spaces ("um %(username)s  e senha").
    return lines[:first_msgstr] + [line.replace("  ", " ") for line in lines[first_msgstr:]]


def catalog_text() -> str:
    fixed = corrections()
    seen: set[tuple[str | None, str]] = set()
    blocks = []
    for source in SOURCES:
        for key, lines in _messages(source):
            if key in seen:
                continue
            seen.add(key)
            blocks.append("\n".join(_corrected(key, lines, fixed)))
    header = (
        "# Brazilian Portuguese messages of Django and Wagtail for our `pt`, copied from\n"
        "# their pt_BR catalogs (django/conf/locale, django/contrib/auth/locale, wagtail/locale;\n"
        "# BSD-licensed, by their translators) by scripts/vendor_pt_br.py: do not edit by hand.\n"
        "# Month and weekday names are in lower case, as Brazilian spelling writes them;\n"
        "# stray double spaces are removed.\n"
        'msgid ""\n'
        'msgstr ""\n'
        f'"Project-Id-Version: Tsunagari (Django {django.get_version()}, '
        f'Wagtail {version("wagtail")} pt_BR messages)\\n"\n'
        '"Last-Translator: Django and Wagtail translators\\n"\n'
        '"Language-Team: Portuguese (Brazil)\\n"\n'
        '"Language: pt\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
    )
    return header + "\n" + "\n\n".join(blocks) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(catalog_text(), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
