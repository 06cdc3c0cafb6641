"""``--format markdown``: for pasting into a message, a ticket or a client note."""

from __future__ import annotations

from compatcheck.dates import show
from compatcheck.formatters import DISCLAIMER
from compatcheck.model import Report, Severity


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    dates = ", ".join(show(d) for d in report.needling_dates) or "none given"
    out = ["# compatcheck report", "", f"Checked on **{show(report.as_of)}**; needling: **{dates}**.", "",
           "## Products", "", "| # | product | slot | detected actives | not recognised |",
           "|---|---|---|---|---|"]
    for i, p in enumerate(report.products, start=1):
        actives = ", ".join(
            f"{m.ingredient.inci}{'' if m.active else ' (trace)'}" for m in p.matches
            if m.ingredient.cls != "base") or ("nothing recognised" if not p.matches else "no actives")
        unknown = ", ".join(u.written for u in p.unrecognized) or "-"
        out.append(f"| {i} | {_cell(p.name)} | {p.product.slot_label} | {_cell(actives)} | {_cell(unknown)} |")
    for severity in sorted(Severity, reverse=True):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        out += ["", f"## {severity.label.capitalize()} ({len(group)})", ""]
        for f in group:
            out.append(f"- **{f.code}** — {f.message}")
            out.append(f"  - What to do: {f.advice}")
            if f.window is not None:
                out.append(f"  - Pause from {show(f.window.pause_from)}; resume on "
                           f"{show(f.window.resume_on)} (needling {show(f.window.needling_date)})")
            if f.sources:
                out.append(f"  - Evidence: {f.evidence}; sources: {', '.join(f.sources)}")
    if not report.findings:
        out += ["", "No findings. Only what was recognised was checked."]
    out += ["", f"_{DISCLAIMER}_"]
    return "\n".join(out) + "\n"
