"""``--format json``: the machine contract of DESIGN.md (fields may be added, never changed)."""

from __future__ import annotations

import json

from compatcheck import __version__
from compatcheck.formatters import DISCLAIMER
from compatcheck.frequency import WEEKDAYS, parse_frequency
from compatcheck.model import Detected, Finding, Report


def report_dict(report: Report, product=None) -> dict:
    """The report as plain JSON-ready data (``product`` renders each product; default
    :func:`product_dict`)."""
    product = product or product_dict
    out: dict = {}
    if report.routine is not None:
        out["routine"] = report.routine
    out.update({
        "as_of": report.as_of.isoformat(),
        "needling_dates": [d.isoformat() for d in report.needling_dates],
        "profile": report.profile.as_dict(),
        "products": [product(p) for p in report.products],
        **report_footer(report),
    })
    return out


def report_footer(report: Report) -> dict:
    """The fields every JSON report ends with: findings, counts, table, version, disclaimer."""
    return {
        "findings": [finding_dict(f) for f in report.findings],
        "summary": report.counts(),
        "ignored_codes": list(report.ignored),
        "ingredient_table": report.table_label,
        "compatcheck_version": __version__,
        "disclaimer": DISCLAIMER,
    }


def product_dict(product: Detected) -> dict:
    return {
        "name": product.name,
        "slot": product.product.slot_label,
        "frequency": product.product.frequency,
        "frequency_read": _frequency(product),
        "from_name_only": product.from_name_only,
        "ingredients": [
            {
                "name": m.ingredient.inci,
                "id": m.ingredient.id,
                "class": m.ingredient.cls,
                "active": m.active,
                "why": m.why,
                "written": m.written,
                "via": m.via,
                "position": m.position,
                "percent": m.percent,
                "strength": m.ingredient.strength,
                "exfoliant": m.ingredient.exfoliant,
            }
            for m in product.matches
        ],
        "unrecognized": [u.written for u in product.unrecognized],
        "suggestions": {
            u.written: [{"name": name, "score": score} for name, score in u.suggestions]
            for u in product.unrecognized if u.suggestions
        },
    }


def _frequency(product: Detected) -> dict | None:
    """How the rules read the product's frequency (``None`` when none was given)."""
    if product.product.frequency is None:
        return None
    read = parse_frequency(product.product.frequency)
    if read is None:
        return {"understood": False, "per_week": 7.0, "pattern": "daily", "weekdays": None}
    return {"understood": True, "per_week": round(read.per_week, 3), "pattern": read.pattern,
            "weekdays": None if read.days is None else [WEEKDAYS[d] for d in sorted(read.days)]}


def finding_dict(finding: Finding) -> dict:
    out = {
        "code": finding.code,
        "kind": finding.kind,
        "severity": finding.severity.label,
        "products": list(finding.products),
        "ingredients": list(finding.ingredients),
        "message": finding.message,
        "advice": finding.advice,
        "window": None,
        "slot": finding.slot,
        "evidence": finding.evidence,
        "sources": list(finding.sources),
        "inferred": finding.inferred,
    }
    if finding.window is not None:
        out["window"] = {
            "pause_from": finding.window.pause_from.isoformat(),
            "resume_on": finding.window.resume_on.isoformat(),
            "needling_date": finding.window.needling_date.isoformat(),
        }
    return out


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
