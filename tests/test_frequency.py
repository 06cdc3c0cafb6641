"""Use frequencies: reading them (table-driven, junk included) and whether products meet."""

from __future__ import annotations

import pytest

from compatcheck.frequency import DAILY, arrange, frequency_of, parse_frequency, relation
from compatcheck.model import Product
from compatcheck.parse import parse_routine

READ = [
    # text, per week, pattern, weekdays
    ("daily", 7, "daily", None),
    ("Nightly", 7, "daily", None),
    ("every day", 7, "daily", None),
    ("every night", 7, "daily", None),
    ("every morning", 7, "daily", None),
    ("once a day", 7, "daily", None),
    ("7x/week", 7, "daily", None),
    ("every other night", 3.5, "alternate", None),
    ("every other day", 3.5, "alternate", None),
    ("alternate nights", 3.5, "alternate", None),
    ("alternate days", 3.5, "alternate", None),
    ("every 2nd night", 3.5, "alternate", None),
    ("every second evening", 3.5, "alternate", None),
    ("weekly", 1, "count", None),
    ("once a week", 1, "count", None),
    ("twice a week", 2, "count", None),
    ("twice weekly", 2, "count", None),
    ("2x/week", 2, "count", None),
    ("2X / week", 2, "count", None),
    ("2x week", 2, "count", None),
    ("2 x per week", 2, "count", None),
    ("2/wk", 2, "count", None),
    ("2x weekly", 2, "count", None),
    ("3 times a week", 3, "count", None),
    ("3 times per week", 3, "count", None),
    ("three times a week", 3, "count", None),
    ("3 nights a week", 3, "count", None),
    ("1-2x/week", 2, "count", None),
    ("once or twice a week", 2, "count", None),
    ("2–3 times a week", 3, "count", None),
    ("every third night", 7 / 3, "count", None),
    ("Mon/Wed/Fri", 3, "days", {0, 2, 4}),
    ("mon wed fri", 3, "days", {0, 2, 4}),
    ("Tue & Thu", 2, "days", {1, 3}),
    ("Tuesdays and Thursdays", 2, "days", {1, 3}),
    ("Sun", 1, "days", {6}),
    ("weekends", 2, "days", {5, 6}),
    ("Mon/Tue/Wed/Thu/Fri/Sat/Sun", 7, "daily", None),
]

JUNK = ["", "sometimes", "as needed", "occasionally", "every 10 days", "fortnightly", "monthly",
        "8x/week", "0x/week", "10 times a week", "3-2x/week", "2x/month", "twice a month",
        "Mon/Funday", "x/week", "lots", "week"]


@pytest.mark.parametrize("text, per_week, pattern, days", READ)
def test_frequencies_read(text, per_week, pattern, days):
    got = parse_frequency(text)
    assert got is not None, text
    assert got.per_week == pytest.approx(per_week)
    assert got.pattern == pattern
    assert (set(got.days) if got.days is not None else None) == days


@pytest.mark.parametrize("text", JUNK)
def test_junk_is_not_read(text):
    assert parse_frequency(text) is None


@pytest.mark.parametrize("text", [t for t in JUNK if t])
def test_junk_in_an_annotation_is_an_input_note_and_counts_as_daily(text):
    products, notes = parse_routine(f"Serum: Aqua, Retinol, Glycerin [PM, {text}]")
    codes = [n.code for n in notes]
    assert codes in (["IN007"], ["IN004"]), codes  # never silent
    assert frequency_of(products[0]) == DAILY
    assert products[0].slot_label == "PM"


def test_frequency_text_is_kept_for_display_and_read_for_the_rules():
    products, notes = parse_routine("Serum: Aqua, Retinol, Glycerin [PM, every other night]")
    assert products[0].frequency == "every other night"
    assert frequency_of(products[0]).pattern == "alternate"
    assert [n.code for n in notes] == ["IN005"]


def test_weekday_tokens_join():
    products, notes = parse_routine("Serum: Aqua, Retinol, Glycerin [PM, Mon, Wed, Fri]")
    assert frequency_of(products[0]).days == frozenset({0, 2, 4})
    assert [n.code for n in notes] == ["IN005"]


@pytest.mark.parametrize("note, slot", [("[nightly]", "PM"), ("[every other night]", "PM"),
                                        ("[every morning]", "AM"), ("[2x/week]", "both"),
                                        ("[AM, nightly]", "AM")])
def test_a_frequency_that_names_the_time_of_day_gives_the_slot(note, slot):
    products, _ = parse_routine(f"Serum: Aqua, Retinol, Glycerin {note}")
    assert products[0].slot_label == slot


def test_no_frequency_is_daily():
    assert frequency_of(Product("x")) == DAILY


@pytest.mark.parametrize("a, b, how", [
    ("every other night", "every other night", "separable"),
    ("every other night", "2x/week", "separable"),
    ("every other night", "3x/week", "separable"),
    ("every other night", "4x/week", "meet"),
    ("nightly", "every other night", "meet"),
    ("nightly", "weekly", "meet"),
    ("daily", "daily", "meet"),
    ("Mon/Wed/Fri", "Tue/Thu", "apart"),
    ("Mon/Wed/Fri", "Wed", "meet"),
    ("Mon/Wed/Fri", "every other night", "meet"),
    ("Mon/Wed/Fri", "3x/week", "separable"),
    ("Mon/Wed/Fri", "4x/week", "separable"),
    ("Mon/Wed/Fri", "5x/week", "meet"),
    ("3x/week", "4x/week", "separable"),
    ("4x/week", "4x/week", "meet"),
    ("weekly", "weekly", "separable"),
])
def test_which_products_meet_on_a_night(a, b, how):
    fa, fb = parse_frequency(a), parse_frequency(b)
    assert relation(fa, fb) == how
    assert relation(fb, fa) == how


def test_arrange_spreads_three_twice_weekly_products_apart():
    f = parse_frequency("2x/week")
    nights = arrange([("a", f, 1.0), ("b", f, 1.0), ("c", f, 1.0)])
    assert not (nights["a"] & nights["b"] or nights["a"] & nights["c"] or nights["b"] & nights["c"])
    assert all(len(ns) == 4 for ns in nights.values())  # 2 a week over the two-week cycle
