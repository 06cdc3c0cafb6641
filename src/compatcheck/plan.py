"""The schedule behind ``compatcheck plan``: pauses, resumes and a day-by-day grid.

Built on the same core as ``check``: the routine is parsed and detected once,
every window comes from :func:`compatcheck.rules.timing.product_window` (so the
dates agree with ``check``'s TM001/TM002 findings), and what is recommended
after needling comes from :mod:`compatcheck.rules.advice` (AD001/AD002), which
reads the ``recommended_after`` column of the ingredient table.

For a treatment series, a product's windows that overlap or touch (the next
pause starts on or before the day the previous one may resume) become one
:class:`Pause`, which keeps the list of needling dates it covers.

Each product gets one status per calendar day of the grid, the first that holds:

* ``paused``: inside one of its pauses;
* ``skip``: a needling day, for a product with no window of its own that is not
  post-care (AD002: nothing but post-care that day);
* ``unknown``: nothing in it was recognised, so it was not checked (never "fine");
* ``reintroduce``: for pigmentation-prone skin, the day its step of the order
  in which actives come back starts (``AD007``: one at a time, gentlest first);
* ``wait``: after its own resume date but before its step: it may be used
  again, but the order asks to wait for its turn;
* ``recommended``: post-care (plain hyaluronic acid from the needling day,
  mineral sunscreen from the day it may resume) for :data:`POSTCARE_DAYS` days;
* ``fine``: nothing to change.

Never imports click or pandas.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable, NamedTuple, Sequence

from compatcheck.errors import InputError
from compatcheck.model import Detected, Finding, Profile, Report, Severity
from compatcheck.rules import names
from compatcheck.rules.advice import (POSTCARE_DAYS, SUNSCREEN_FROM_DAY, postcare, recommended_after,
                                      skips_needling_day)
from compatcheck.rules.pigmentation import Step, reintroduction
from compatcheck.rules.timing import product_window

PAUSED, SKIP, UNKNOWN, RECOMMENDED, FINE = "paused", "skip", "unknown", "recommended", "fine"
REINTRODUCE, WAIT = "reintroduce", "wait"
STATUSES = (PAUSED, SKIP, UNKNOWN, REINTRODUCE, WAIT, RECOMMENDED, FINE)

#: Rule codes that are about the person (profile), shown in their own section of the plan.
PROFILE_CODES = ("PG002", "PG001", "AD005", "AD004", "AD006", "AD007", "PG003")

#: A grid longer than this is almost certainly a typo in a date (2062 for 2026).
MAX_DAYS = 3 * 366

#: Finding kinds that stay true whatever the date: the combinations, and what was not read.
STANDING_KINDS = ("interaction", "stacking", "input")
#: Advice codes that stay true whatever the date: a product holding an ingredient nothing approved (AD008).
STANDING_CODES = ("AD008",)


class Pause(NamedTuple):
    """Do not use from ``pause_from`` (inclusive); may use again on ``resume_on``."""

    pause_from: date
    resume_on: date
    needling_dates: tuple[date, ...]
    ingredients: tuple[str, ...]
    severity: Severity

    @property
    def last_day(self) -> date:
        """The last day of the pause (the day before ``resume_on``)."""
        return self.resume_on - timedelta(days=1)

    @property
    def last_use(self) -> date:
        """The last day it may be used before the pause."""
        return self.pause_from - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.pause_from <= day < self.resume_on


class Span(NamedTuple):
    """Consecutive days ``first`` .. ``last``, both included."""

    first: date
    last: date

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


class ProductPlan(NamedTuple):
    """One product's schedule: its pauses, post-care days and a status per grid day."""

    product: Detected
    pauses: tuple[Pause, ...]
    recommended: tuple[Span, ...]
    roles: tuple[str, ...]  # post-care roles: "hyaluronic_acid", "sunscreen"
    statuses: tuple[str, ...]  # one per Plan.days
    steps: tuple[Step, ...] = ()  # its steps in the order actives come back (pigmentation-prone)

    @property
    def name(self) -> str:
        return self.product.name

    @property
    def recognized(self) -> bool:
        return bool(self.product.matches)

    @property
    def basis(self) -> str:
        """What the timing rests on: ``list`` (its INCI list), ``name`` (its name only) or ``nothing``."""
        if not self.recognized:
            return "nothing"
        return "name" if self.product.from_name_only else "list"

    def status_on(self, day: date, days: Sequence[date]) -> str | None:
        """The status on ``day``, or None when it is outside the grid."""
        if not days or not days[0] <= day <= days[-1]:
            return None
        return self.statuses[(day - days[0]).days]


class NeedlingDay(NamedTuple):
    """One needling date: what to skip that day and the post-care advice (AD001)."""

    day: date
    skip: tuple[str, ...]  # products to skip that day only (AD002)
    paused: tuple[str, ...]  # products paused over that day
    postcare: Finding  # AD001: plain hyaluronic acid right after, mineral sunscreen from ...
    sunscreen_from: date  # ... this day


class Event(NamedTuple):
    """A day worth a calendar entry: ``kind`` is ``stop`` or ``resume``."""

    day: date
    kind: str
    product: str
    pause: Pause


class Plan(NamedTuple):
    """Everything the ``plan`` formatters and the calendar need; no logic left for them."""

    report: Report  # the same report ``check`` gives for these options
    days: tuple[date, ...]  # the grid's calendar days, consecutive
    products: tuple[ProductPlan, ...]
    needling: tuple[NeedlingDay, ...]
    clamped: bool  # --from/--to cut the grid
    reintroduction: tuple[Step, ...] = ()  # AD007's steps after every needling date, in date order

    @property
    def as_of(self) -> date:
        return self.report.as_of

    @property
    def needling_dates(self) -> tuple[date, ...]:
        return self.report.needling_dates

    def standing_findings(self) -> tuple[Finding, ...]:
        """Combination, input and unapproved-product findings: they hold before, during and after
        the series."""
        return tuple(f for f in self.report.findings
                     if f.kind in STANDING_KINDS or f.code in STANDING_CODES)

    def profile_findings(self) -> tuple[Finding, ...]:
        """What the profile (pigmentation-prone, pregnant, breastfeeding) adds, most serious first."""
        order = {code: i for i, code in enumerate(PROFILE_CODES)}
        found = [f for f in self.report.findings if f.code in order]
        return tuple(sorted(found, key=lambda f: (-f.severity, order[f.code])))

    def today_findings(self) -> tuple[Finding, ...]:
        """Timing findings that ask for action on the check date (``--on``): TM001."""
        return tuple(f for f in self.report.findings if f.code == "TM001")

    def events(self) -> tuple[Event, ...]:
        """Every "stop" and "may resume" day, in date order (products in routine order)."""
        out = []
        for plan in self.products:
            for pause in plan.pauses:
                out.append(Event(pause.pause_from, "stop", plan.name, pause))
                out.append(Event(pause.resume_on, "resume", plan.name, pause))
        order = {p.name: i for i, p in enumerate(self.products)}
        return tuple(sorted(out, key=lambda e: (e.day, e.kind != "stop", order[e.product])))


def merge_pauses(product: Detected, needling_dates: Iterable[date],
                 profile: Profile | None = None) -> tuple[Pause, ...]:
    """The product's windows around each date, merged where they overlap or touch."""
    merged: list[Pause] = []
    for needling in sorted(set(needling_dates)):
        found = product_window(product, needling, profile)
        if found is None:
            continue
        window, timed = found
        severity = max(m.ingredient.timing_severity for m in timed)
        pause = Pause(window.pause_from, window.resume_on, (needling,), names(timed), severity)
        last = merged[-1] if merged else None
        if last is not None and pause.pause_from <= last.resume_on:
            merged[-1] = Pause(
                last.pause_from, max(last.resume_on, pause.resume_on),
                last.needling_dates + pause.needling_dates,
                tuple(dict.fromkeys(last.ingredients + pause.ingredients)),
                max(last.severity, pause.severity),
            )
        else:
            merged.append(pause)
    return tuple(merged)


def recommended_spans(product: Detected, roles: tuple[str, ...],
                      needling_dates: Iterable[date], profile: Profile | None = None) -> tuple[Span, ...]:
    """Post-care days: from the first day it may be used after each needling, for POSTCARE_DAYS."""
    if not roles:
        return ()
    spans = []
    for needling in sorted(set(needling_dates)):
        found = product_window(product, needling, profile)
        first = needling if found is None else max(needling, found[0].resume_on)
        last = needling + timedelta(days=POSTCARE_DAYS)
        if first <= last:
            spans.append(Span(first, last))
    return tuple(spans)


def _status(day: date, product: Detected, pauses, recommended, needling_dates, waits=()) -> str:
    if any(p.contains(day) for p in pauses):
        return PAUSED
    if day in needling_dates and skips_needling_day(product, day):
        return SKIP
    if not product.matches:
        return UNKNOWN
    for first, step_day in waits:
        if day == step_day:
            return REINTRODUCE
        if first <= day < step_day:
            return WAIT
    if any(s.contains(day) for s in recommended):
        return RECOMMENDED
    return FINE


def default_range(products: Sequence[tuple[Detected, tuple[Pause, ...]]],
                  needling_dates: Sequence[date]) -> Span:
    """From the first pause (or needling day) to the last resume (or the day after needling).

    For pigmentation-prone skin :func:`build_plan` runs it on to the last step of
    the order in which actives come back.
    """
    starts = [p.pause_from for _, pauses in products for p in pauses] + list(needling_dates)
    ends = ([p.resume_on for _, pauses in products for p in pauses]
            + [d + timedelta(days=1) for d in needling_dates])
    return Span(min(starts), max(ends))


def build_plan(report: Report, *, start: date | None = None, end: date | None = None) -> Plan:
    """The schedule for ``report``'s products and needling dates.

    ``start``/``end`` clamp the grid (``--from``/``--to``); by default it runs
    from the first pause to the last resume. Raises :class:`InputError` when
    there is no needling date, when ``start`` is after ``end``, or when the grid
    would be absurdly long.
    """
    dates = report.needling_dates
    if not dates:
        raise InputError("plan needs at least one --needling-date",
                         hint="add --needling-date YYYY-MM-DD (repeat it for a series)")
    paused = [(p, merge_pauses(p, dates, report.profile)) for p in report.products]
    default = default_range(paused, dates)
    steps = tuple(sorted((s for d in dates for s in reintroduction(report.products, d, dates,
                                                                     report.profile)[0]),
                         key=lambda s: (s.day, s.number)))
    if steps:  # pigmentation-prone: run the timeline until the last active is back
        default = Span(default.first, max(default.last, max(s.day for s in steps)))
    first, last = start or default.first, end or default.last
    if first > last:
        given = (f"--from {first.isoformat()} is after --to {last.isoformat()}" if start and end
                 else f"--from {first.isoformat()} is after the plan's last day, {last.isoformat()}" if start
                 else f"--to {last.isoformat()} is before the plan's first day, {first.isoformat()}")
        raise InputError(given, hint="give a --from on or before --to")
    length = (last - first).days + 1
    if length > MAX_DAYS:
        raise InputError(f"the plan would span {length} days ({first.isoformat()} to {last.isoformat()})",
                         hint="check the needling dates, or narrow it with --from/--to")
    days = tuple(first + timedelta(days=i) for i in range(length))
    needling_set = frozenset(dates)
    plans = []
    for product, pauses in paused:
        roles = recommended_after(product)
        spans = recommended_spans(product, roles, dates, report.profile)
        mine = tuple(s for s in steps if s.product == product.name)
        waits = [(product_window(product, s.needling_date, report.profile)[0].resume_on, s.day) for s in mine]
        statuses = tuple(_status(d, product, pauses, spans, needling_set, waits) for d in days)
        plans.append(ProductPlan(product, pauses, spans, roles, statuses, mine))
    needling = tuple(
        NeedlingDay(
            day=d,
            skip=tuple(p.name for p in report.products if skips_needling_day(p, d)),
            paused=tuple(pp.name for pp in plans if any(x.contains(d) for x in pp.pauses)),
            postcare=postcare(report.products, d),
            sunscreen_from=d + timedelta(days=SUNSCREEN_FROM_DAY),
        )
        for d in dates
    )
    return Plan(report, days, tuple(plans), needling, clamped=(first, last) != tuple(default),
                reintroduction=steps)
