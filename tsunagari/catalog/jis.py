"""Local government codes (全国地方公共団体コード): JIS X 0402 plus its check digit.

Japan Post's data and most open data carry the 5-digit JIS X 0402 code, while the
national code list (and so LG code fields in official forms) uses 6 digits: those 5
plus a check digit. The catalog stores the 6-digit form; these helpers convert and
validate so a mistyped code is caught before it silently matches nothing.

Pure Python, no Django: the navigator engine and build scripts import it too.
"""

from __future__ import annotations

import re

_WEIGHTS: tuple[int, ...] = (6, 5, 4, 3, 2)
_FIVE_DIGITS = re.compile(r"[0-9]{5}")
_SIX_DIGITS = re.compile(r"[0-9]{6}")


def check_digit(code5: str) -> str:
    """The JIS X 0402 check digit of a 5-digit code, e.g. "13104" -> "1".

    Weights 6,5,4,3,2 over the digits; r = sum mod 11; check = (11 - r) mod 10
    (so r = 0 gives 1 and r = 1 gives 0, as in the national code list).
    Raises ValueError for anything but exactly five ASCII digits, because a
    check digit computed over a malformed code would look valid and mislead.
    """
    if not isinstance(code5, str) or not _FIVE_DIGITS.fullmatch(code5):
        raise ValueError(f"expected a 5-digit JIS X 0402 code, got {code5!r}")
    total = sum(int(digit) * weight for digit, weight in zip(code5, _WEIGHTS, strict=True))
    return str((11 - total % 11) % 10)


def with_check_digit(code5: str) -> str:
    """The 6-digit local government code for a 5-digit one, e.g. "13104" -> "131041"."""
    return code5 + check_digit(code5)


def is_valid_code(code6: object) -> bool:
    """True for a 6-digit code whose last digit is the check digit of the first five.

    Accepts any object so callers can pass untrusted input (query strings, CSV cells)
    straight in; anything that is not such a string is simply invalid.
    """
    if not isinstance(code6, str) or not _SIX_DIGITS.fullmatch(code6):
        return False
    return check_digit(code6[:5]) == code6[5]
