"""Output formats: one module per format, each with ``render(report) -> str``.

Formatters lay out a :class:`~compatcheck.model.Report`; they hold no logic
about skin or dates. Each is imported only when chosen (tabulate costs start-up
time, and JSON output never needs it).
"""

from __future__ import annotations

from importlib import import_module

from compatcheck.model import Report

FORMATS = ("table", "json", "markdown")

DISCLAIMER = ("Not medical advice: compatcheck reads ingredient lists and published "
              "protocols; follow your clinic's instructions and ask a professional.")


def render(report: Report, fmt: str) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    module = import_module(f"compatcheck.formatters.{fmt}_format")
    return module.render(report)


def render_plan(plan, fmt: str, *, color: bool = False) -> str:
    """A :class:`~compatcheck.plan.Plan` in format ``fmt`` (one of :data:`FORMATS`).

    ``color`` (ANSI colours in the table view) is decided by the caller: the
    formatter never looks at the terminal or the environment.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    module = import_module(f"compatcheck.formatters.plan_{fmt}")
    return module.render(plan, color=color) if fmt == "table" else module.render(plan)
