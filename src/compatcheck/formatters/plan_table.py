"""``plan --format table`` (the default): a timeline to read at a glance.

One row per product, one column (3 characters) per day, under month, weekday
and day-number headers. Every status has its own character, so it reads
without colour; ``color=True`` adds ANSI colours on top. A single needling
date fits 80 columns; a longer span is cut into blocks of whole weeks, and
long stretches where nothing changes are left out with a one-line note.
Below the timeline: the dates in words, the needling day, post-care and the
combinations that still apply.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Sequence

from compatcheck.dates import show
from compatcheck.formatters import DISCLAIMER
from compatcheck.formatters.layout import width
from compatcheck.formatters.printable import printable
from compatcheck.plan import FINE, PAUSED, RECOMMENDED, REINTRODUCE, SKIP, UNKNOWN, WAIT, Plan
from compatcheck.rules import listing

WIDTH = 80
NAME_WIDTH = 23  # "NN " + 19 characters + a space
CELL = 3
#: When the span does not fit, a run of unchanged days with nothing paused is left out
#: from this many days on (a week of post-care only, the weeks between treatments) ...
STEADY_RUN = 7
#: ... and any run of unchanged days from this many on (a months-long pause).
LONG_RUN = 28

MARKS = {PAUSED: "x", FINE: "·", RECOMMENDED: "+", SKIP: "N", UNKNOWN: "?", REINTRODUCE: ">", WAIT: "-"}
_ANSI = {PAUSED: "31;1", RECOMMENDED: "32;1", SKIP: "33;1", UNKNOWN: "35", FINE: "2", REINTRODUCE: "36;1",
         WAIT: "36"}
LEGEND = ("x paused   · fine   + recommended (post-care)   ? not recognised, not checked",
          "N needling day: skip it (nothing but post-care)   ^ today")
#: Added to the legend when the plan holds the order in which actives come back.
LEGEND_ORDER = "> bring it back from this day (one at a time)   - may resume, but wait for its turn"


def max_days(width: int = WIDTH) -> int:
    """How many day columns fit beside the product names."""
    return (width - NAME_WIDTH) // CELL


def _paint(text: str, status: str, color: bool) -> str:
    return f"\x1b[{_ANSI[status]}m{text}\x1b[0m" if color else text


def _short(name: str, room: int) -> str:
    """``name`` cut to ``room`` terminal columns (a Hangul or Chinese character takes two), with ``…``."""
    if width(name) <= room:
        return name
    while width(name) > room - 1:
        name = name[:-1]
    return name + "…"


def _label(number: int, name: str, name_only: bool) -> str:
    room = NAME_WIDTH - 4 - name_only
    label = f"{number:>2} {_short(name, room)}{'*' * name_only}"
    return label + " " * (NAME_WIDTH - width(label))


def _columns(plan: Plan) -> list[tuple[str, ...]]:
    return [tuple(p.statuses[i] for p in plan.products) for i in range(len(plan.days))]


def _runs(plan: Plan, columns) -> list[tuple[int, int]]:
    """Maximal index ranges ``[a, b)`` where no status changes and no needling day falls inside."""
    needling = set(plan.needling_dates)
    runs, a = [], 0
    for i in range(1, len(columns) + 1):
        if i == len(columns) or columns[i] != columns[i - 1] or plan.days[i] in needling \
                or plan.days[i - 1] in needling:
            runs.append((a, i))
            a = i
    return runs


def segments(plan: Plan, limit: int) -> list[tuple[int, int]]:
    """Index ranges ``[a, b)`` of ``plan.days`` to draw; the days between them are left out.

    Everything is drawn when it fits in one block. Otherwise a run of days
    where no product's status changes (and no needling day falls) keeps only its
    first day when it is :data:`STEADY_RUN` days or more with nothing paused, or
    :data:`LONG_RUN` days or more whatever it holds; a stray day or two between
    such runs goes too; what remains is cut into blocks of at most ``limit`` days.
    """
    n = len(plan.days)
    if n <= limit:
        return [(0, n)]
    columns = _columns(plan)
    shown = [True] * n
    for a, b in _runs(plan, columns):
        quiet = PAUSED not in columns[a]
        if b - a >= LONG_RUN or (quiet and b - a >= STEADY_RUN):
            shown[a + 1:b] = [False] * (b - a - 1)
    pieces = _true_ranges(shown)
    for a, b in pieces:
        if 0 < a and b < n and b - a < 3:
            shown[a:b] = [False] * (b - a)
    out = []
    for a, b in _true_ranges(shown):
        parts = -(-(b - a) // limit)
        size = -(-(b - a) // parts)
        out.extend((k, min(k + size, b)) for k in range(a, b, size))
    return out


def _true_ranges(flags: list[bool]) -> list[tuple[int, int]]:
    out, a = [], None
    for i, flag in enumerate(flags + [False]):
        if flag and a is None:
            a = i
        elif not flag and a is not None:
            out.append((a, i))
            a = None
    return out


def _describe_gap(plan: Plan, a: int, b: int) -> list[str]:
    """The left-out days ``[a, b)`` in words, one line per stretch without change."""
    lines = []
    for ra, rb in _runs(plan, _columns(plan)):
        lo, hi = max(a, ra), min(b, rb)
        if lo >= hi:
            continue
        statuses = {s: [p.name for p in plan.products if p.statuses[lo] == s] for s in (PAUSED, RECOMMENDED)}
        what = f"paused: {listing(statuses[PAUSED])}" if statuses[PAUSED] else "nothing paused"
        if statuses[RECOMMENDED]:
            what += f"; post-care: {listing(statuses[RECOMMENDED])}"
        span = show(plan.days[lo]) if hi - lo == 1 else f"{show(plan.days[lo])} to {show(plan.days[hi - 1])}"
        lines += _wrap(f"… {span} ({hi - lo} day{'s' * (hi - lo != 1)}): {what}", "  ")
    return lines


def _header(days: Sequence[date]) -> list[str]:
    months = [" "] * (NAME_WIDTH + CELL * len(days))
    for i, day in enumerate(days):
        if i == 0 or day.day == 1:
            text = day.strftime("%b %Y")
            at = NAME_WIDTH + CELL * i + 1
            if all(c == " " for c in months[at - 1: at + len(text)]):
                months[at: at + len(text)] = list(text)
    weekdays = "".join(day.strftime("%a")[:2].rjust(CELL) for day in days)
    numbers = "".join(str(day.day).rjust(CELL) for day in days)
    return ["".join(months).rstrip(),
            " " * NAME_WIDTH + weekdays,
            "product".ljust(NAME_WIDTH) + numbers]


def _block(plan: Plan, a: int, b: int, color: bool) -> list[str]:
    days = plan.days[a:b]
    lines = _header(days)
    markers = []
    for day in days:
        mark = "N" if day in plan.needling_dates else ("^" if day == plan.as_of else "")
        markers.append(mark.rjust(CELL))
    if any(m.strip() for m in markers):
        label = "needling N, today ^" if plan.as_of in days else "needling N"
        lines.append((label.ljust(NAME_WIDTH) + "".join(markers)).rstrip())
    for number, p in enumerate(plan.products, start=1):
        cells = "".join(_paint(MARKS[s].rjust(CELL), s, color) for s in p.statuses[a:b])
        lines.append(printable(_label(number, p.name, p.basis == "name")) + cells)
    return lines


def timeline(plan: Plan, color: bool = False, width: int = WIDTH) -> list[str]:
    """The grid as text lines, in blocks that fit ``width`` columns; control characters in names
    replaced (see :mod:`.printable`), the colours kept."""
    lines: list[str] = []
    previous_end = None
    for a, b in segments(plan, max_days(width)):
        if previous_end is not None:
            lines.append("")
            if a > previous_end:
                lines += [printable(line) for line in _describe_gap(plan, previous_end, a)] + [""]
        lines += _block(plan, a, b, color)
        previous_end = b
    return lines


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(text, WIDTH - 1, initial_indent=indent, subsequent_indent=indent + "  ")


def render(plan: Plan, color: bool = False) -> str:
    dates = ", ".join(show(d) for d in plan.needling_dates)
    lines = [*_wrap(f"compatcheck plan · needling: {dates}", ""),
             f"{show(plan.days[0])} to {show(plan.days[-1])}"
             + (" (cut by --from/--to)" if plan.clamped else "") + f" · today: {show(plan.as_of)}",
             "", *LEGEND, *((LEGEND_ORDER,) if plan.reintroduction else ()), ""]
    lines = [printable(line) for line in lines] + timeline(plan, color)
    grid_end = len(lines)
    if any(p.basis == "name" for p in plan.products):
        lines.append("* timing from the product name only: check its ingredient list")

    lines += ["", "Pause and resume"]
    for p in plan.products:
        for pause in p.pauses:
            needling = listing(d.isoformat() for d in pause.needling_dates)
            lines += _wrap(f"{p.name} ({listing(pause.ingredients)}): stop {show(pause.pause_from)}, "
                           f"last day paused {show(pause.last_day)}, may resume {show(pause.resume_on)} "
                           f"(needling {needling}).")
    keep = [p.name for p in plan.products if not p.pauses and p.recognized]
    if keep:
        lines += _wrap(f"No pause needed: {listing(keep)}.")
    unknown = [p.name for p in plan.products if not p.recognized]
    if unknown:
        lines += _wrap(f"Not checked (nothing recognised, so not known to be safe): {listing(unknown)}. "
                       f"Ask your clinic.")

    if plan.reintroduction:
        lines += ["", "Bring actives back one at a time, gentlest first (pigmentation-prone skin)"]
        for step in plan.reintroduction:
            lines += _wrap(f"{step.number}. {show(step.day)}: {step.product} ({listing(step.ingredients)}) "
                           f"— {step.how} (after needling {step.needling_date.isoformat()}).")
        lines += _wrap("→ Only move to the next one if the skin is calm (no redness, stinging or flaking).")

    for day in plan.needling:
        lines += ["", f"Needling day {show(day.day)}"]
        if day.skip:
            lines += _wrap(f"Skip on the day (nothing but post-care): {listing(day.skip)}.")
        if day.paused:
            lines += _wrap(f"Still paused: {listing(day.paused)}.")
        lines += _wrap(day.postcare.message)
        lines += _wrap("→ " + day.postcare.advice)

    mine = [f for f in plan.profile_findings() if f.code != "AD007"]
    if mine:
        lines += ["", "For you (from --skin-type, --pih-prone, --pregnant, --breastfeeding)"]
        for f in mine:
            lines += _wrap(f"{f.code} {f.severity.label}: {f.message}")
            lines += _wrap("→ " + f.advice, "    ")

    today = plan.today_findings()
    if today:
        lines += ["", f"Today, {show(plan.as_of)}"]
        for f in today:
            lines += _wrap(f"{f.message} {f.advice}")

    standing = plan.standing_findings()
    if standing:
        lines += ["", "Still applies outside the pauses"]
        for f in standing:
            lines += _wrap(f"{f.code} {f.severity.label}: {f.message}")
            lines += _wrap("→ " + f.advice, "    ")
    lines += [""] + _wrap(DISCLAIMER, "")
    return "\n".join(lines[:grid_end] + [printable(line) for line in lines[grid_end:]]) + "\n"
