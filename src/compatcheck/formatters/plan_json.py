"""``plan --format json``: the schedule for machines.

Each product keeps the fields of ``check``'s JSON (``name``, ``slot``,
``ingredients``...) and adds ``pauses``, ``recommended`` and ``grid`` (status
by date). A pause merged across a series gives its first needling date as
``needling_date`` and all of them in ``needling_dates``. ``findings`` are
``check``'s findings for the same options, as in ``check --format json``.
"""

from __future__ import annotations

import json

from compatcheck.formatters.json_format import finding_dict, product_dict, report_footer
from compatcheck.plan import STATUSES, Pause, Plan, ProductPlan


def pause_dict(pause: Pause) -> dict:
    return {
        "from": pause.pause_from.isoformat(),
        "resume_on": pause.resume_on.isoformat(),
        "last_day": pause.last_day.isoformat(),
        "because": list(pause.ingredients),
        "needling_date": pause.needling_dates[0].isoformat(),
        "needling_dates": [d.isoformat() for d in pause.needling_dates],
        "severity": pause.severity.label,
    }


def step_dict(step) -> dict:
    return {"step": step.number, "from": step.day.isoformat(), "product": step.product,
            "ingredients": list(step.ingredients), "kind": step.kind, "how": step.how,
            "needling_date": step.needling_date.isoformat()}


def product_plan_dict(plan: Plan, p: ProductPlan) -> dict:
    out = product_dict(p.product)
    out.update({
        "timing_from": p.basis,
        "post_care": list(p.roles),
        "pauses": [pause_dict(x) for x in p.pauses],
        "recommended": [{"from": s.first.isoformat(), "until": s.last.isoformat()} for s in p.recommended],
        "grid": {day.isoformat(): status for day, status in zip(plan.days, p.statuses)},
        "reintroduce": [step_dict(s) for s in p.steps],
    })
    return out


def plan_dict(plan: Plan) -> dict:
    """The plan as plain JSON-ready data."""
    report = plan.report
    return {
        "as_of": plan.as_of.isoformat(),
        "needling_dates": [d.isoformat() for d in plan.needling_dates],
        "profile": report.profile.as_dict(),
        "from": plan.days[0].isoformat(),
        "to": plan.days[-1].isoformat(),
        "clamped": plan.clamped,
        "statuses": list(STATUSES),
        "products": [product_plan_dict(plan, p) for p in plan.products],
        "needling_days": [
            {"date": n.day.isoformat(), "skip": list(n.skip), "paused": list(n.paused),
             "sunscreen_from": n.sunscreen_from.isoformat(), "post_care": finding_dict(n.postcare)}
            for n in plan.needling
        ],
        "reintroduction": [step_dict(s) for s in plan.reintroduction],
        **report_footer(report),
    }


def render(plan: Plan) -> str:
    return json.dumps(plan_dict(plan), indent=2, ensure_ascii=False) + "\n"
