"""How often a product is used: reading ``[PM, 2x/week]`` and laying uses out on nights.

A pasted line may say how often a product is used, in its bracketed annotation::

    daily | nightly | every day | every night | every morning
    every other night | alternate nights | every 2nd day          -> 3.5 a week, alternating
    every third night                                            -> read as 3 a week (rounded up)
    weekly | once a week | twice a week | 3 times a week | 2x/week | 2/wk | 3 nights a week
    1-2x/week | once or twice a week                             -> the upper end (2 a week)
    Mon/Wed/Fri | Tue & Thu | weekends                           -> those weekdays

``Product.frequency`` keeps the text as written (for display); :func:`parse_frequency`
turns it into a :class:`Frequency` and :func:`frequency_of` gives the one the rules
use: every day when no frequency is given *or when it could not be read* (the
parser reports the latter as ``IN007``; it is never silent). A frequency counts in
each slot the product is used in.

:func:`arrange` spreads the products of one slot over a two-week cycle of nights so
that as few as possible meet on the same night: weekdays stay fixed, an
alternate-night product takes every other night (either phase), and "n a week"
takes any n nights of each week. Two products *meet* when even the best spread
puts them on a same night (nightly + every other night; Mon/Wed/Fri + every other
night); they *can be kept apart* when it does not (two alternate-night products,
2x/week + every other night); they are *apart* when fixed weekdays never overlap.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import product as _cartesian
from typing import Hashable, Iterable, NamedTuple

from compatcheck import lazy_re

#: Nights in the cycle the arrangement is checked over: two weeks, so that
#: "every other night" and fixed weekdays both repeat within it.
CYCLE = 14
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Frequency(NamedTuple):
    """A use frequency in one slot: uses per week, definite weekdays when stated, its kind.

    ``pattern`` is ``daily``, ``alternate`` (every other night, either phase),
    ``count`` (``per_week`` uses on any nights of each week) or ``days``
    (the weekdays in ``days``, 0 = Monday).
    """

    per_week: float
    days: frozenset[int] | None
    pattern: str
    text: str

    @property
    def nights_per_week(self) -> int:
        """Whole nights a week (rounded up: conservative)."""
        return min(7, math.ceil(self.per_week - 1e-9))

    def describe(self) -> str:
        """How it was read, in words."""
        if self.pattern == "daily":
            return "every day"
        if self.pattern == "alternate":
            when = "night" if any(w in self.text.lower() for w in ("night", "evening")) else "day"
            return f"every other {when}"
        if self.pattern == "days":
            return "on " + "/".join(WEEKDAYS[d] for d in sorted(self.days or ()))
        n = self.nights_per_week
        return "once a week" if n == 1 else f"{n} times a week"


DAILY = Frequency(7.0, None, "daily", "daily")

_DAY_NAMES = {
    "mon": 0, "monday": 0, "mondays": 0, "tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
    "wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2, "thu": 3, "thur": 3, "thurs": 3,
    "thursday": 3, "thursdays": 3, "fri": 4, "friday": 4, "fridays": 4, "sat": 5, "saturday": 5,
    "saturdays": 5, "sun": 6, "sunday": 6, "sundays": 6,
}
_DAY_GROUPS = {"weekends": frozenset({5, 6}), "weekend": frozenset({5, 6}),
               "weekdays": frozenset(range(5))}
_NUMBERS = {"once": 1, "one": 1, "twice": 2, "two": 2, "thrice": 3, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7}
_PART = r"(?:morning|evening|night|day)s?"
_DAILY = lazy_re.compile(rf"^(?:daily|nightly|every\s*day|everyday|every\s+{_PART}|each\s+{_PART}|"
                         r"once\s+(?:a\s+)?day|once\s+daily|(?:every\s+)?morning\s+and\s+night)$")
_ALTERNATE = lazy_re.compile(rf"^(?:every\s+(?:other|2nd|second)\s+{_PART}|alternate\s+{_PART}|"
                             rf"alternating\s+{_PART}|on\s+alternate\s+{_PART})$")
_THIRD = lazy_re.compile(rf"^every\s+(?:third|3rd)\s+{_PART}$")
_N = r"(\d+|once|one|twice|two|thrice|three|four|five|six|seven)"
_COUNT = lazy_re.compile(
    rf"^{_N}(?:\s*(?:-|–|to|or)\s*{_N})?\s*(?:x|times?|nights?|days?|evenings?|mornings?)?\s*"
    rf"(?:/\s*|a\s+|per\s+|each\s+|every\s+)?(?:week|wk|w)(?:ly)?$"
)
_WEEKLY = lazy_re.compile(r"^(?:weekly|once\s+weekly|twice\s+weekly|once\s+a\s+week|once\s+per\s+week)$")
_DAY_LIST = lazy_re.compile(r"\s*(?:/|\+|&|,|\band\b|\s|-)\s*")

#: Words that say a token is meant as a frequency (even one we cannot read).
_FREQUENCY_WORDS = lazy_re.compile(
    r"\b(?:daily|nightly|weekly|monthly|fortnight\w*|week\w*|wk|month\w*|times?|every|each|"
    r"alternat\w*|other|once|twice|thrice|occasional\w*|sometimes|rarely|as\s+needed|prn|"
    r"days|nights)\b|\d\s*x\b|\bx\s*\d|"
    r"\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?:day)?s?\b"
)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


@lru_cache(maxsize=4096)
def parse_frequency(text: str | None) -> Frequency | None:
    """The :class:`Frequency` ``text`` states, or ``None`` when it cannot be read.

    A range (``1-2x/week``, ``once or twice a week``) is read as its upper end;
    more than 7 a week in one slot, or 0, is not a frequency we can read.
    """
    if not text:
        return None
    low = " ".join(text.lower().replace("×", "x").split()).strip(" .")
    if _DAILY.match(low):
        return Frequency(7.0, None, "daily", text)
    if _ALTERNATE.match(low):
        return Frequency(3.5, None, "alternate", text)
    if _THIRD.match(low):
        return Frequency(7 / 3, None, "count", text)
    if _WEEKLY.match(low):
        n = 2 if low.startswith("twice") else 1
        return Frequency(float(n), None, "count", text)
    m = _COUNT.match(low)
    if m:
        first, second = _number(m.group(1)), (_number(m.group(2)) if m.group(2) else None)
        n = max(first or 0, second or 0)
        if not 1 <= n <= 7 or first is None or (second is not None and second < first):
            return None
        return Frequency(7.0, None, "daily", text) if n == 7 else Frequency(float(n), None, "count", text)
    return _weekdays(low, text)


def _weekdays(low: str, text: str) -> Frequency | None:
    days: set[int] = set()
    for word in _DAY_LIST.split(low.removeprefix("on ").removeprefix("every ")):
        if not word:
            continue
        if word in _DAY_NAMES:
            days.add(_DAY_NAMES[word])
        elif word in _DAY_GROUPS:
            days |= _DAY_GROUPS[word]
        else:
            return None
    if not days:
        return None
    if len(days) == 7:
        return Frequency(7.0, None, "daily", text)
    return Frequency(float(len(days)), frozenset(days), "days", text)


def looks_like_frequency(text: str) -> bool:
    """Whether an annotation we could not read was meant as a frequency."""
    return bool(_FREQUENCY_WORDS.search(text.lower()))


def combine(frequencies: Iterable[Frequency]) -> Frequency | None:
    """Several frequencies in one annotation (``[Mon, Wed, Fri]``): weekdays join; else the most often."""
    found = list(frequencies)
    if not found:
        return None
    if len(found) > 1 and all(f.pattern == "days" for f in found):
        days = frozenset().union(*(f.days or () for f in found))
        return Frequency(float(len(days)), days, "days", "/".join(f.text for f in found))
    return max(found, key=lambda f: f.per_week)


def frequency_of(product) -> Frequency:
    """The frequency the rules use for a :class:`~compatcheck.model.Product` (or ``Detected``).

    Every day when none is given or when it could not be read (``IN007`` says so).
    """
    text = getattr(product, "frequency", None)
    if text is None and hasattr(product, "product"):
        text = product.product.frequency
    return parse_frequency(text) or DAILY


# ---------------------------------------------------------------- arranging nights


def every_night(freq: Frequency) -> bool:
    """Whether ``freq`` means a use on every night (daily, or seven or more a week)."""
    return freq.pattern == "daily" or freq.per_week >= 7


def _fixed_nights(freq: Frequency) -> frozenset[int] | None:
    if every_night(freq):
        return frozenset(range(CYCLE))
    if freq.pattern == "days":
        return frozenset(n for n in range(CYCLE) if n % 7 in (freq.days or ()))
    return None


def arrange(items: Iterable[tuple[Hashable, Frequency, float]]) -> dict[Hashable, frozenset[int]]:
    """Nights (0..13) for each ``(key, frequency, weight)`` so that they meet as little as possible.

    Fixed products (daily, weekdays) keep their nights; alternate-night products
    try both phases (up to 8 of them); "n a week" products then take the n least
    used nights of each week, heavier products first. The spread with the lowest
    worst night (by weight, then by number of products) wins.
    """
    items = list(items)
    fixed = {key: nights for key, freq, _ in items if (nights := _fixed_nights(freq)) is not None}
    alternating = [key for key, freq, _ in items if freq.pattern == "alternate" and key not in fixed]
    counted = sorted(((key, freq, w) for key, freq, w in items
                      if key not in fixed and key not in alternating),
                     key=lambda t: (-t[1].nights_per_week, -t[2]))
    weight = {key: w for key, _, w in items}
    best, best_score = None, None
    phases = _cartesian((0, 1), repeat=len(alternating)) if len(alternating) <= 8 else [
        tuple(i % 2 for i in range(len(alternating)))]
    for choice in phases:
        nights = dict(fixed)
        for key, phase in zip(alternating, choice):
            nights[key] = frozenset(range(phase, CYCLE, 2))
        load = [0.0] * CYCLE
        count = [0] * CYCLE
        for key, ns in nights.items():
            for n in ns:
                load[n] += weight[key]
                count[n] += 1
        for key, freq, w in counted:
            taken: list[int] = []
            for week in (0, 7):
                free = sorted(range(week, week + 7), key=lambda n: (count[n], load[n], n))
                taken.extend(free[: freq.nights_per_week])
            for n in taken:
                load[n] += w
                count[n] += 1
            nights[key] = frozenset(taken)
        score = (max(count, default=0), max(load, default=0.0), sum(c for c in count if c > 1))
        if best_score is None or score < best_score:
            best, best_score = nights, score
    return best or {}


def relation(a: Frequency, b: Frequency) -> str:
    """``meet`` (some night holds both however they are spread), ``apart`` (fixed days never
    overlap) or ``separable`` (they can be kept on different nights)."""
    return _relation(a, b)


@lru_cache(maxsize=4096)
def _relation(a: Frequency, b: Frequency) -> str:
    nights = arrange([(0, a, 1.0), (1, b, 1.0)])
    if nights[0] & nights[1]:
        return "meet"
    if _fixed_nights(a) is not None and _fixed_nights(b) is not None:
        return "apart"
    return "separable"
