"""The library API: the one core behind ``check`` (and, later, ``batch`` and ``plan``).

>>> from compatcheck.api import check_text
>>> report = check_text("Night Serum: Aqua, Retinol [PM]", needling_dates=["2026-12-10"], on="2026-12-09")
>>> [f.code for f in report.findings][:1]
['TM001']

Never imports pandas or click.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

from compatcheck.dates import parse_date
from compatcheck.detect import detect
from compatcheck.model import KINDS, Detected, Finding, Product, Profile, Report
from compatcheck.parse import ParseNote, parse_routine
from compatcheck.rules import Context, run_all
from compatcheck.table import IngredientTable, load_table

if TYPE_CHECKING:
    from compatcheck.plan import Plan

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


def _as_date(value: date | str, what: str) -> date:
    return value if isinstance(value, date) else parse_date(value, what)


def check_text(
    text: str,
    *,
    needling_dates: Iterable[date | str] = (),
    on: date | str | None = None,
    table: IngredientTable | None = None,
    ignore: Iterable[str] = (),
    source: str = "<stdin>",
    profile: Profile | None = None,
) -> Report:
    """Check a pasted routine (see :mod:`compatcheck.parse` for the format).

    ``profile`` (skin type, PIH-prone, pregnant, breastfeeding) adds the advice
    for that person; see :class:`~compatcheck.model.Profile`.
    """
    table = load_table() if table is None else table
    products, notes = parse_routine(text, source=source, is_known=lambda n: table.lookup(n) is not None)
    return check_products(products, notes=notes, needling_dates=needling_dates, on=on,
                          table=table, ignore=ignore, profile=profile)


def plan_text(
    text: str,
    *,
    needling_dates: Iterable[date | str],
    on: date | str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    table: IngredientTable | None = None,
    ignore: Iterable[str] = (),
    source: str = "<stdin>",
    profile: Profile | None = None,
) -> "Plan":
    """The pause/resume schedule for a pasted routine (``compatcheck plan``).

    Runs exactly what :func:`check_text` runs (so its ``report`` is ``check``'s
    report for the same options), then lays the windows out day by day;
    ``start``/``end`` clamp the grid. See :mod:`compatcheck.plan`.
    """
    from compatcheck.plan import build_plan

    report = check_text(text, needling_dates=needling_dates, on=on, table=table, ignore=ignore,
                        source=source, profile=profile)
    return build_plan(report,
                      start=None if start is None else _as_date(start, "--from"),
                      end=None if end is None else _as_date(end, "--to"))


def check_products(
    products: Sequence[Product],
    *,
    notes: Sequence[ParseNote] = (),
    needling_dates: Iterable[date | str] = (),
    on: date | str | None = None,
    table: IngredientTable | None = None,
    ignore: Iterable[str] = (),
    routine: str | None = None,
    profile: Profile | None = None,
) -> Report:
    """Detect and check already-parsed products; the shared core of every command."""
    table = load_table() if table is None else table
    dates = tuple(sorted({_as_date(d, "--needling-date") for d in needling_dates}))
    as_of = date.today() if on is None else _as_date(on, "--on")
    detected = tuple(detect(p, table) for p in products)
    ignore = tuple(ignore)
    profile = Profile() if profile is None else profile
    findings = run_all(Context(detected, dates, as_of, tuple(notes), profile), ignore=ignore)
    return Report(as_of=as_of, needling_dates=dates, products=detected,
                  findings=tuple(sort_findings(findings, detected)), table_label=table.label,
                  routine=routine, ignored=ignore, profile=profile)


def sort_findings(findings: Iterable[Finding], products: Sequence[Detected]) -> list[Finding]:
    """Most serious first; then by kind; then in the order the products were given."""
    order = product_order(products)
    return sorted(findings, key=lambda f: finding_key(f, order))


def product_order(products: Sequence[Detected]) -> dict[str, int]:
    """Each product name -> its place in the routine (the last product of that name)."""
    return {p.name: i for i, p in enumerate(products)}


def finding_key(f: Finding, order: dict[str, int], names: Iterable[str] | None = None) -> tuple:
    """What :func:`sort_findings` sorts on, ``order`` being :func:`product_order`; ``names``:
    the finding's product names when ``f`` holds placeholders (a memo template's)."""
    first = min((order.get(n, len(order)) for n in (f.products if names is None else names)), default=-1)
    start = f.window.pause_from if f.window else date.min
    return (-f.severity, _KIND_ORDER.get(f.kind, 99), first, start, f.code)
