"""``plan --format markdown``: the schedule as a note to paste into a message to a client.

Lists first (they survive apps that do not render tables), then a day-by-day
table: one row per day with what is paused and what is recommended.
"""

from __future__ import annotations

from compatcheck.dates import show
from compatcheck.formatters import DISCLAIMER
from compatcheck.plan import PAUSED, RECOMMENDED, REINTRODUCE, SKIP, WAIT, Plan
from compatcheck.rules import listing


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ") or "—"


def render(plan: Plan) -> str:
    dates = ", ".join(f"**{show(d)}**" for d in plan.needling_dates)
    out = ["# Your microneedling plan", "", f"Needling: {dates}.", "", "## Pause and resume", ""]
    for p in plan.products:
        flag = " _(timing from its name only: check the ingredient list)_" if p.basis == "name" else ""
        for pause in p.pauses:
            needling = listing(d.isoformat() for d in pause.needling_dates)
            out.append(f"- **{_cell(p.name)}** ({listing(pause.ingredients)}): last use "
                       f"{show(pause.last_use)}; "
                       f"paused {show(pause.pause_from)} to {show(pause.last_day)}; "
                       f"**resume on {show(pause.resume_on)}** (needling {needling}).{flag}")
    keep = [p.name for p in plan.products if not p.pauses and p.recognized]
    if keep:
        out.append(f"- No pause needed: {_cell(listing(keep))}.")
    unknown = [p.name for p in plan.products if not p.recognized]
    if unknown:
        out.append(f"- Not checked (nothing recognised, so not known to be safe): {_cell(listing(unknown))}.")
    if plan.reintroduction:
        out += ["", "## Bringing actives back (one at a time, gentlest first)", ""]
        for step in plan.reintroduction:
            out.append(f"{step.number}. **{show(step.day)}**: {_cell(step.product)} "
                       f"({listing(step.ingredients)}) — {step.how}.")
        out += ["", "_Only move to the next one if the skin is calm (no redness, stinging or flaking)._"]
    mine = [f for f in plan.profile_findings() if f.code != "AD007"]
    if mine:
        out += ["", "## For you", ""]
        for f in mine:
            out.append(f"- **{f.code}** ({f.severity.label}) — {f.message} _{f.advice}_")
    for n in plan.needling:
        out += ["", f"## Needling day {show(n.day)}", ""]
        if n.skip:
            out.append(f"- Skip on the day (nothing but post-care): {_cell(listing(n.skip))}.")
        out.append(f"- {n.postcare.message}")
        out.append(f"- {n.postcare.advice}")
    out += ["", "## Day by day", "", "| day | paused | post-care (recommended) |", "|---|---|---|"]
    for i, day in enumerate(plan.days):
        paused = [p.name for p in plan.products if p.statuses[i] == PAUSED]
        paused += [f"wait for its turn: {p.name}" for p in plan.products if p.statuses[i] == WAIT]
        back = [p.name for p in plan.products if p.statuses[i] == REINTRODUCE]
        skip = [p.name for p in plan.products if p.statuses[i] == SKIP]
        recommended = [p.name for p in plan.products if p.statuses[i] == RECOMMENDED]
        label = f"**{show(day)} needling**" if day in plan.needling_dates else show(day)
        if skip:
            paused.append(f"skip today: {', '.join(skip)}")
        if back:
            recommended.append(f"bring back: {', '.join(back)}")
        out.append(f"| {label} | {_cell(', '.join(paused))} | {_cell(', '.join(recommended))} |")
    standing = plan.standing_findings()
    if standing:
        out += ["", "## Still applies outside the pauses", ""]
        for f in standing:
            out.append(f"- **{f.code}** ({f.severity.label}) — {f.message} _{f.advice}_")
    out += ["", f"_{DISCLAIMER}_"]
    return "\n".join(out) + "\n"
