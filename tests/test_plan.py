"""The plan's schedule: pauses per needling date, merged across a series, and the day grid."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest

from compatcheck.api import check_text, plan_text
from compatcheck.errors import InputError
from compatcheck.plan import FINE, PAUSED, RECOMMENDED, SKIP, UNKNOWN, Pause
from compatcheck.table import COLUMNS, load_table

D = date.fromisoformat

RETINOL = "Night Serum: Aqua, Glycerin, Retinol [PM]"
GLYCOLIC = "Glycolic Toner: Aqua, Glycolic Acid [PM]"
HA = "HA Serum: Aqua, Sodium Hyaluronate, Glycerin"
MINERAL = "Mineral SPF: Aqua, Zinc Oxide, Glycerin [AM]"
MOISTURISER = "Plain Cream: Aqua, Glycerin, Squalane"


def plan_of(*lines, dates=("2026-12-10",), **kw):
    return plan_text("\n".join(lines), needling_dates=dates, on=kw.pop("on", "2026-12-01"), **kw)


def product(plan, name):
    return next(p for p in plan.products if p.name == name)


def statuses(plan, name, first, last):
    """Statuses of ``name`` from ``first`` to ``last`` (inclusive), by date."""
    p = product(plan, name)
    out, day = {}, D(first)
    while day <= D(last):
        out[day.isoformat()] = p.status_on(day, plan.days)
        day += timedelta(days=1)
    return out


def test_single_date_retinol_pauses_seven_days_each_side():
    plan = plan_of(RETINOL)
    (pause,) = product(plan, "Night Serum").pauses
    assert (pause.pause_from, pause.resume_on, pause.last_day) == (D("2026-12-03"), D("2026-12-17"), D("2026-12-16"))
    assert pause.needling_dates == (D("2026-12-10"),) and pause.ingredients == ("Retinol",)
    # the grid runs from the first pause to the first day it may be used again
    assert (plan.days[0], plan.days[-1]) == (D("2026-12-03"), D("2026-12-17"))
    grid = statuses(plan, "Night Serum", "2026-12-03", "2026-12-17")
    assert [s for s in grid.values()] == [PAUSED] * 14 + [FINE]


def test_pause_dates_agree_with_check_findings():
    text = "\n".join([RETINOL, GLYCOLIC, HA, MINERAL])
    dates = ["2026-12-10", "2027-01-14"]
    report = check_text(text, needling_dates=dates, on="2026-11-01")
    windows = {(f.products[0], f.window.pause_from, f.window.resume_on)
               for f in report.findings if f.code in ("TM001", "TM002")}
    plan = plan_text(text, needling_dates=dates, on="2026-11-01")
    pauses = {(p.name, x.pause_from, x.resume_on) for p in plan.products for x in p.pauses}
    assert pauses == windows and len(pauses) == 6  # 3 products x 2 dates, none overlapping


def test_series_with_overlapping_windows_merges_into_one_pause():
    # 10 days apart: retinol's 7-before/7-after windows overlap
    plan = plan_of(RETINOL, GLYCOLIC, dates=("2026-12-10", "2026-12-20"))
    (pause,) = product(plan, "Night Serum").pauses
    assert (pause.pause_from, pause.resume_on) == (D("2026-12-03"), D("2026-12-27"))
    assert pause.needling_dates == (D("2026-12-10"), D("2026-12-20"))
    # glycolic: 5 before / 7 after -> 12-05..12-16 and 12-15..12-26 overlap too
    (acid,) = product(plan, "Glycolic Toner").pauses
    assert (acid.pause_from, acid.resume_on) == (D("2026-12-05"), D("2026-12-27"))


def test_windows_that_touch_merge_and_windows_with_a_free_day_do_not():
    # retinol: resume 7 days after, pause 7 days before -> 14 days apart touch
    touching = plan_of(RETINOL, dates=("2026-12-10", "2026-12-24"))
    assert len(product(touching, "Night Serum").pauses) == 1
    apart = plan_of(RETINOL, dates=("2026-12-10", "2026-12-25"))
    first, second = product(apart, "Night Serum").pauses
    assert first.resume_on == D("2026-12-17") and second.pause_from == D("2026-12-18")
    assert product(apart, "Night Serum").status_on(D("2026-12-17"), apart.days) == FINE


def test_products_with_no_pause_are_fine_except_skipped_on_the_needling_day():
    plan = plan_of(RETINOL, MOISTURISER)
    cream = product(plan, "Plain Cream")
    assert cream.pauses == () and cream.recommended == ()
    grid = statuses(plan, "Plain Cream", "2026-12-03", "2026-12-17")
    assert grid.pop("2026-12-10") == SKIP  # AD002: nothing but post-care on the day
    assert set(grid.values()) == {FINE}
    assert plan.needling[0].skip == ("Plain Cream",)
    assert plan.needling[0].paused == ("Night Serum",)


def test_post_care_is_recommended_plain_ha_from_the_day_mineral_spf_from_day_one():
    plan = plan_of(RETINOL, HA, MINERAL)
    assert product(plan, "HA Serum").roles == ("hyaluronic_acid",)
    assert product(plan, "HA Serum").status_on(D("2026-12-10"), plan.days) == RECOMMENDED
    assert product(plan, "HA Serum").status_on(D("2026-12-09"), plan.days) == FINE
    spf = product(plan, "Mineral SPF")
    assert spf.roles == ("sunscreen",)
    assert spf.status_on(D("2026-12-10"), plan.days) == PAUSED  # no sunscreen on the day
    assert spf.status_on(D("2026-12-11"), plan.days) == RECOMMENDED
    assert spf.recommended[0].first == D("2026-12-11") and spf.recommended[0].last == D("2026-12-24")
    assert "hyaluronic acid" in plan.needling[0].postcare.message


def test_nothing_recognised_is_unknown_not_fine():
    plan = plan_of(RETINOL, "Grandma's Rose Balm [PM]")
    grid = statuses(plan, "Grandma's Rose Balm", "2026-12-03", "2026-12-17")
    assert grid.pop("2026-12-10") == SKIP
    assert set(grid.values()) == {UNKNOWN}


def test_name_only_product_is_planned_from_its_name():
    plan = plan_of("The Ordinary Glycolic Acid 7% Toning Solution [PM]")
    p = product(plan, "The Ordinary Glycolic Acid 7% Toning Solution")
    assert p.product.from_name_only
    (pause,) = p.pauses
    assert pause.ingredients == ("Glycolic Acid",)
    assert (pause.pause_from, pause.resume_on) == (D("2026-12-05"), D("2026-12-17"))


def test_clinic_table_overrides_the_windows(tmp_path):
    shipped = load_table().by_id["retinol"]
    path = tmp_path / "clinic.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        w.writerow(["retinol", shipped.inci, "|".join(shipped.aliases), "", "retinoid", "high", "yes", "", "",
                    "", "14", "10", "avoid", "no", "avoid", "PROTO", "C2", "clinic: two weeks before"])
    plan = plan_of(RETINOL, table=load_table(path))
    (pause,) = product(plan, "Night Serum").pauses
    assert (pause.pause_from, pause.resume_on) == (D("2026-11-26"), D("2026-12-20"))


def test_dates_across_a_month_and_year_end():
    plan = plan_of(RETINOL, dates=("2026-12-29",))
    (pause,) = product(plan, "Night Serum").pauses
    assert (pause.pause_from, pause.resume_on) == (D("2026-12-22"), D("2027-01-05"))
    assert D("2026-12-31") in plan.days and D("2027-01-01") in plan.days
    assert len(plan.days) == 15
    feb = plan_of(RETINOL, dates=("2028-02-26",))  # a leap year
    (pause,) = product(feb, "Night Serum").pauses
    assert pause.resume_on == D("2028-03-04")


def test_from_and_to_clamp_the_grid_but_not_the_pauses():
    plan = plan_of(RETINOL, start="2026-12-08", end="2026-12-12")
    assert (plan.days[0], plan.days[-1], len(plan.days)) == (D("2026-12-08"), D("2026-12-12"), 5)
    assert plan.clamped
    assert product(plan, "Night Serum").pauses[0].pause_from == D("2026-12-03")
    assert not plan_of(RETINOL).clamped


@pytest.mark.parametrize("kw, message", [
    ({"start": "2026-12-12", "end": "2026-12-08"}, "--from 2026-12-12 is after --to 2026-12-08"),
    ({"start": "2027-03-01"}, "is after the plan's last day"),
    ({"end": "2026-01-01"}, "is before the plan's first day"),
    ({"dates": ("2026-12-10", "2036-12-10")}, "would span"),
    ({"dates": ()}, "at least one --needling-date"),
])
def test_bad_ranges_are_input_errors(kw, message):
    with pytest.raises(InputError, match=message):
        plan_of(RETINOL, **kw)


def test_events_are_stop_and_resume_days_in_order():
    plan = plan_of(GLYCOLIC, RETINOL)
    assert [(e.day.isoformat(), e.kind, e.product) for e in plan.events()] == [
        ("2026-12-03", "stop", "Night Serum"),
        ("2026-12-05", "stop", "Glycolic Toner"),
        ("2026-12-17", "resume", "Glycolic Toner"),
        ("2026-12-17", "resume", "Night Serum"),
    ]


def test_standing_findings_are_the_combinations():
    plan = plan_of(RETINOL, GLYCOLIC)
    codes = {f.code for f in plan.standing_findings()}
    assert "IX004" in codes and not codes & {"TM001", "TM002", "AD001"}


def test_an_exosome_warning_stands_outside_the_pauses():
    plan = plan_of(RETINOL, "Glow Serum: Aqua, Rose Stem Cell Exosomes, Glycerin")
    codes = [f.code for f in plan.standing_findings()]
    assert codes.count("AD008") == 1


def test_pause_contains_is_half_open():
    pause = Pause(D("2026-12-03"), D("2026-12-17"), (D("2026-12-10"),), ("Retinol",), None)
    assert pause.contains(D("2026-12-03")) and pause.contains(D("2026-12-16"))
    assert not pause.contains(D("2026-12-17")) and not pause.contains(D("2026-12-02"))


def test_pigmentation_prone_plan_shows_the_order_actives_come_back():
    from compatcheck.api import plan_text
    from compatcheck.model import Profile

    routine = ("Vitamin C Serum: Aqua, Ascorbic Acid [AM]\n"
               "Retinol Serum: Aqua, Retinol [PM, 2x/week]\n"
               "Glycolic Toner: Aqua, Glycolic Acid [PM, every other night]\n")
    plan = plan_text(routine, needling_dates=["2027-01-14"], on="2027-01-02", profile=Profile(skin_type=5))
    assert [(s.number, s.product, s.day.isoformat()) for s in plan.reintroduction] == [
        (1, "Vitamin C Serum", "2027-01-19"), (2, "Retinol Serum", "2027-01-22"),
        (3, "Glycolic Toner", "2027-01-25")]
    assert plan.days[-1].isoformat() == "2027-01-25"  # the timeline runs until the last one is back
    toner = next(p for p in plan.products if p.name == "Glycolic Toner")
    status = dict(zip((d.isoformat() for d in plan.days), toner.statuses))
    assert status["2027-01-20"] == "paused" and status["2027-01-21"] == "wait"
    assert status["2027-01-25"] == "reintroduce"
    plain = plan_text(routine, needling_dates=["2027-01-14"], on="2027-01-02")
    assert plain.reintroduction == () and all("wait" not in p.statuses for p in plain.products)


def test_plan_formats_show_the_order():
    from compatcheck.api import plan_text
    from compatcheck.formatters import render_plan
    from compatcheck.model import Profile

    routine = "Retinol Serum: Aqua, Retinol [PM, 2x/week]\nVitamin C Serum: Aqua, Ascorbic Acid [AM]\n"
    plan = plan_text(routine, needling_dates=["2027-01-14"], profile=Profile(pih_prone=True))
    table = render_plan(plan, "table")
    assert "> bring it back" in table and "Bring actives back one at a time" in table
    assert "start slow" in render_plan(plan, "markdown")
    import json

    data = json.loads(render_plan(plan, "json"))
    assert [s["product"] for s in data["reintroduction"]] == ["Vitamin C Serum", "Retinol Serum"]
    assert "reintroduce" in data["statuses"] and data["profile"]["pih_prone"] is True
