"""``plan --ics``: the calendar file parsed back with icalendar, event by event."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from click.testing import CliRunner

icalendar = pytest.importorskip("icalendar")

from compatcheck.api import plan_text  # noqa: E402
from compatcheck.cli import main  # noqa: E402
from compatcheck.ics import plan_calendar  # noqa: E402

D = date.fromisoformat
ROUTINE = ("Night Serum: Aqua, Glycerin, Retinol [PM]\n"
           "HA Serum: Aqua, Sodium Hyaluronate, Glycerin\n"
           "Mineral SPF: Aqua, Zinc Oxide, Glycerin [AM]\n"
           "Plain Cream: Aqua, Glycerin, Squalane\n")
STAMP = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def events_of(text: str) -> list:
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0" and "compatcheck" in str(cal["PRODID"])
    return list(cal.walk("VEVENT"))


def table(events) -> list[tuple[str, date, str]]:
    out = []
    for e in events:
        start = e["DTSTART"].dt
        assert type(start) is date, "all-day events: DTSTART;VALUE=DATE"
        assert e["DTEND"].dt == date.fromordinal(start.toordinal() + 1)
        assert e["DTSTAMP"].dt == STAMP
        assert str(e["UID"]).endswith("@compatcheck")
        assert "Not medical advice" in str(e["DESCRIPTION"])
        out.append((str(e["UID"]), start, str(e["SUMMARY"])))
    return out


def test_single_date_calendar_event_by_event():
    plan = plan_text(ROUTINE, needling_dates=["2026-12-10"], on="2026-12-01")
    text = plan_calendar(plan, stamp=STAMP)
    assert "\r\n" in text and text.startswith("BEGIN:VCALENDAR")
    assert table(events_of(text)) == [
        ("stop-night-serum-2026-12-03@compatcheck", D("2026-12-03"), "Stop Night Serum today"),
        ("needling-2026-12-10@compatcheck", D("2026-12-10"), "Microneedling today: nothing but post-care"),
        ("AD001-2026-12-10@compatcheck", D("2026-12-10"), "Post-care: plain hyaluronic acid right after needling"),
        ("stop-mineral-spf-2026-12-10@compatcheck", D("2026-12-10"), "Skip Mineral SPF today"),
        ("AD001-sunscreen-2026-12-10@compatcheck", D("2026-12-11"), "Post-care: mineral sunscreen SPF 30+ from today"),
        ("resume-mineral-spf-2026-12-11@compatcheck", D("2026-12-11"), "You may resume Mineral SPF today"),
        ("resume-night-serum-2026-12-17@compatcheck", D("2026-12-17"), "You may resume Night Serum today"),
    ]
    needling = next(e for e in events_of(text) if str(e["UID"]).startswith("needling-"))
    assert "Skip today (nothing but post-care): Plain Cream." in str(needling["DESCRIPTION"])
    assert "Still paused: Night Serum and Mineral SPF." in str(needling["DESCRIPTION"])


def test_series_across_the_year_end_merges_overlapping_pauses():
    plan = plan_text(ROUTINE, needling_dates=["2026-12-29", "2027-01-08"], on="2026-12-01")
    rows = table(events_of(plan_calendar(plan, stamp=STAMP)))
    night = [r for r in rows if "night-serum" in r[0]]
    assert night == [
        ("stop-night-serum-2026-12-22@compatcheck", D("2026-12-22"), "Stop Night Serum today"),
        ("resume-night-serum-2027-01-15@compatcheck", D("2027-01-15"), "You may resume Night Serum today"),
    ]
    assert [r[1] for r in rows if r[0].startswith("needling-")] == [D("2026-12-29"), D("2027-01-08")]
    assert len({r[0] for r in rows}) == len(rows)  # UIDs are unique


def test_uids_are_stable_between_runs():
    plan = plan_text(ROUTINE, needling_dates=["2026-12-10"], on="2026-12-01")
    first = [str(e["UID"]) for e in events_of(plan_calendar(plan, stamp=STAMP))]
    again = [str(e["UID"]) for e in events_of(plan_calendar(plan))]
    assert first == again


def test_cli_writes_the_ics_file(tmp_path):
    target = tmp_path / "plan.ics"
    result = CliRunner().invoke(main, ["plan", "-", "--needling-date", "2026-12-10", "--ics", str(target),
                                       "--format", "json"], input=ROUTINE)
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.stderr and "7 calendar events" in result.stderr
    events = events_of(target.read_bytes().decode("utf-8"))
    assert len(events) == 7 and all("DTSTAMP" in e for e in events)
    assert not list(tmp_path.glob(".*.tmp"))
