"""One runner over ``cases/*.yml``: one file of cases per rule kind.

Each case is a pasted routine with dates (and optionally a ``profile``: skin_type,
pih_prone, pregnant, breastfeeding), the findings it must produce (every given key
must match one finding) and the ones it must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from compatcheck.api import check_text
from compatcheck.model import Profile, parse_skin_type

CASES = Path(__file__).parent / "cases"


def _load():
    for path in sorted(CASES.glob("*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


def _matches(finding, want: dict) -> bool:
    for key, value in want.items():
        if key == "code" and finding.code != value:
            return False
        if key == "severity" and finding.severity.label != value:
            return False
        if key == "products" and sorted(finding.products) != sorted(value):
            return False
        if key == "ingredients" and not set(value) <= set(finding.ingredients):
            return False
        if key == "slot" and finding.slot != value:
            return False
        if key in ("pause_from", "resume_on", "needling_date"):
            if finding.window is None or getattr(finding.window, key).isoformat() != str(value):
                return False
        if key == "message_has" and value not in finding.message:
            return False
        if key == "advice_has" and value not in finding.advice:
            return False
    return True


def _batch_findings(case, tmp_path):
    """The findings of every routine of a batch ``export`` case."""
    from datetime import date

    from compatcheck.batch import BatchOptions, read_export

    path = tmp_path / "export.csv"
    path.write_text(case["export"], encoding="utf-8")
    options = BatchOptions(str(path), on=date.fromisoformat(str(case.get("as_of", "2026-12-01"))),
                           needling_dates=tuple(date.fromisoformat(str(d)) for d in case.get("needling", [])))
    checker = read_export(options)[0]
    return [f for report in checker.reports() for f in report.findings], None


@pytest.mark.parametrize("case", list(_load()))
def test_rule_case(case, table, tmp_path):
    if "export" in case:  # a batch export (CSV text) instead of a pasted routine
        findings, worst = _batch_findings(case, tmp_path)
        report = type("R", (), {"findings": findings, "worst": lambda self: max(
            (f.severity for f in findings), default=None)})()
    else:
        given = case.get("profile", {})
        profile = Profile(skin_type=parse_skin_type(str(given["skin_type"])) if "skin_type" in given else None,
                          pih_prone=given.get("pih_prone", False), pregnant=given.get("pregnant", False),
                          breastfeeding=given.get("breastfeeding", False))
        report = check_text(case["routine"], needling_dates=[str(d) for d in case.get("needling", [])],
                            on=str(case.get("as_of", "2026-12-01")), table=table, profile=profile)
    shown = "\n".join(f"{f.severity.label} {f.code} {f.products} {f.window} {f.message}"
                      for f in report.findings)
    for want in case.get("expect", []):
        assert any(_matches(f, want) for f in report.findings), f"missing {want}\ngot:\n{shown}"
    for unwanted in case.get("absent", []):
        want = {"code": unwanted} if isinstance(unwanted, str) else unwanted
        assert not any(_matches(f, want) for f in report.findings), f"unexpected {want}\ngot:\n{shown}"
    if "max_severity" in case:
        worst = report.worst()
        assert worst is None or worst.label in {"info": ["info"], "caution": ["info", "caution"],
                                                "avoid": ["info", "caution", "avoid"]}[case["max_severity"]], shown
