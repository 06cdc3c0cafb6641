"""``--format table`` (the default): for people at a terminal.

Products first (what was recognised), then findings grouped by severity, each
with its dates. Plain text, readable without colour.
"""

from __future__ import annotations

from compatcheck.dates import show
from compatcheck.formatters import DISCLAIMER
from compatcheck.formatters.layout import grid, wrap
from compatcheck.model import Report, Severity

_WIDTH = 100
_HEADINGS = {Severity.AVOID: "AVOID", Severity.CAUTION: "CAUTION", Severity.INFO: "INFO"}


def _wrap(text: str, width: int) -> str:
    return "\n".join(wrap(text, width)) or "-"


def render(report: Report) -> str:
    lines = [_header(report), "", "Products"]
    rows = []
    for i, p in enumerate(report.products, start=1):
        actives = [f"{m.ingredient.inci} ({m.ingredient.cls})" for m in p.matches
                   if m.active and m.ingredient.cls != "base"]
        trace = [f"{m.ingredient.inci} ({m.why})" for m in p.matches if not m.active and m.ingredient.cls != "base"]
        found = ", ".join(actives) or ("nothing recognised" if not p.matches else "no actives")
        if trace:
            found += "; trace: " + ", ".join(trace)
        if p.from_name_only:
            found += " [from name]"
        unknown = ", ".join(u.written for u in p.unrecognized) or "-"
        rows.append([i, _wrap(p.name, 28), p.product.slot_label, _wrap(found, 48), _wrap(unknown, 22)])
    lines.append(grid(rows, ["#", "product", "slot", "detected actives", "not recognised"]))
    for severity in sorted(Severity, reverse=True):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", f"{_HEADINGS[severity]} ({len(group)})"]
        rows = []
        for f in group:
            dates = "-"
            if f.window is not None:
                dates = (f"pause {show(f.window.pause_from)}\nresume {show(f.window.resume_on)}\n"
                         f"needling {show(f.window.needling_date)}")
            text = _wrap(f.message, 56) + "\n" + _wrap("→ " + f.advice, 56)
            rows.append([f.code, _wrap(", ".join(f.products) or "routine", 22), dates, text])
        lines.append(grid(rows, ["code", "products", "dates", "finding / what to do"]))
    if not report.findings:
        lines += ["", "No findings. That is not a guarantee of safety: only what was recognised was checked."]
    lines += ["", _summary(report), DISCLAIMER, "Details and sources: --format json, or compatcheck explain CODE."]
    return "\n".join(lines) + "\n"


def _header(report: Report) -> str:
    dates = ", ".join(show(d) for d in report.needling_dates) or "none given"
    return f"compatcheck · checked on {show(report.as_of)} · needling: {dates}"


def _summary(report: Report) -> str:
    counts = report.counts()
    return "Summary: " + ", ".join(f"{n} {label}" for label, n in counts.items())
