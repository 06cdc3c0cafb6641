"""Reading dates that people type, without ever guessing.

ISO ``YYYY-MM-DD`` always works. ``DD/MM/YYYY`` or ``MM/DD/YYYY`` (also with ``.``
or ``-``) is accepted only when the order is unambiguous (one part is above 12,
or both parts are equal); ``03/04/2026`` is an error that says how to write it.
Month names (``10 Dec 2026``, ``December 10, 2026``) are accepted too.
"""

from __future__ import annotations

import re
from datetime import date

from compatcheck import lazy_re
from compatcheck.errors import InputError

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_ISO = lazy_re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = lazy_re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DAY_MONTH = lazy_re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = lazy_re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")

_HOW = "write it as YYYY-MM-DD, e.g. 2026-12-10"


def parse_date(text: str, what: str = "date") -> date:
    """Parse a user-typed date; raise :class:`InputError` rather than guess.

    ``what`` names the option or column in the error (e.g. ``"--needling-date"``).
    """
    raw = (text or "").strip()
    value = raw.casefold()
    if not value:
        raise InputError(f"{what} is empty", hint=_HOW)
    if m := _ISO.match(value):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw, what)
    if m := _NUMERIC.match(value):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if first > 12 and second <= 12:
            return _make(year, second, first, raw, what)
        if second > 12 and first <= 12:
            return _make(year, first, second, raw, what)
        if first == second:
            return _make(year, first, second, raw, what)
        if first > 12 and second > 12:
            raise InputError(f"{what} {raw!r} is not a real date", hint=_HOW)
        raise InputError(
            f"{what} {raw!r} is ambiguous (day/month or month/day?)",
            hint=f"{_HOW[0].upper()}{_HOW[1:]} ({first:02d}/{second:02d} could be "
            f"{year}-{second:02d}-{first:02d} or {year}-{first:02d}-{second:02d})",
        )
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if m := pattern.match(value):
            month = _MONTHS.get(m[month_group])
            if month is None:
                break
            return _make(int(m[3]), month, int(m[day_group]), raw, what)
    raise InputError(f"{what} {raw!r} is not a date I can read", hint=_HOW)


def _make(year: int, month: int, day: int, raw: str, what: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise InputError(f"{what} {raw!r} is not a real date ({exc})", hint=_HOW) from None


def show(day: date) -> str:
    """``2026-12-03 (Thu)``: ISO for machines, the weekday for people."""
    return f"{day.isoformat()} ({day.strftime('%a')})"
