"""Output formats: one module per format, each with ``render(report) -> str``.

Formatters lay out a :class:`~compatcheck.model.Report`; they hold no logic
about skin or dates. What a terminal would act on (an escape sequence in a product
name) is replaced in the markdown and table views (:mod:`.printable`). Each is
imported only when chosen (tabulate costs start-up time, and JSON output never
needs it).
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
    return module.render(report) if fmt == "json" else _printable(module.render(report))


def render_plan(plan, fmt: str, *, color: bool = False) -> str:
    """A :class:`~compatcheck.plan.Plan` in format ``fmt`` (one of :data:`FORMATS`).

    ``color`` (ANSI colours in the table view) is decided by the caller: the
    formatter never looks at the terminal or the environment.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    module = import_module(f"compatcheck.formatters.plan_{fmt}")
    if fmt == "table":  # its own colours are escape sequences: it replaces the others itself
        return module.render(plan, color=color)
    return module.render(plan) if fmt == "json" else _printable(module.render(plan))


def _printable(text: str) -> str:
    from compatcheck.formatters.printable import printable

    return printable(text)
