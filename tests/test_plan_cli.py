"""``compatcheck plan`` through click's runner: timeline, JSON, markdown, .ics, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compatcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "routine.txt")
SERIES = ["--needling-date", "2026-12-10", "--needling-date", "2027-01-14", "--needling-date", "2027-02-18"]
ROUTINE = ("Night Serum: Aqua, Glycerin, Retinol [PM]\n"
           "HA Serum: Aqua, Sodium Hyaluronate, Glycerin\n"
           "Mineral SPF: Aqua, Zinc Oxide, Glycerin [AM]\n"
           "Plain Cream: Aqua, Glycerin, Squalane\n")


def run(*args, input=None):
    return CliRunner().invoke(main, ["plan", *args], input=input, catch_exceptions=False)


def grid_row(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if name in line and ("x" in line[22:] or "·" in line[22:]))


def test_single_date_timeline_fits_80_columns_and_answers_by_day():
    result = run(EXAMPLE, "--needling-date", "2026-12-10", "--on", "2026-12-01", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    lines = out.splitlines()
    numbers = next(line for line in lines if line.startswith("product"))
    weekdays = lines[lines.index(numbers) - 1]
    row = grid_row(out, "Night Renewal Serum")
    # columns line up: the day-number header and the product row share positions
    days = [(m.end() - 1, int(m.group())) for m in re.finditer(r"\d+", numbers)]
    assert [d for _, d in days] == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    marks = {day: row[pos] for pos, day in days}
    assert marks[4] == "x" and weekdays[days[1][0] - 1:days[1][0] + 1] == "Fr"  # Friday 4 Dec: paused
    assert marks[16] == "x" and marks[17] == "·"  # may resume on the 17th
    assert "x paused" in out and "+ recommended" in out and "N needling day" in out
    assert "Dec 2026" in out and "Not medical advice" in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal
    assert "may resume 2026-12-17 (Thu)" in out


def test_colour_only_when_the_formatter_is_told():
    from compatcheck.api import plan_text
    from compatcheck.formatters import render_plan

    plan = plan_text(ROUTINE, needling_dates=["2026-12-10"], on="2026-12-01")
    coloured = render_plan(plan, "table", color=True)
    assert "\x1b[31;1m  x\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render_plan(plan, "table")


def test_long_series_is_cut_into_blocks_that_fit_and_gaps_are_described():
    result = run(EXAMPLE, *SERIES, "--on", "2026-12-01", "--fail-on", "never")
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert out.count("\nproduct ") == 3  # one block per needling date here
    assert "2026-12-25 (Fri) to 2027-01-06 (Wed) (13 days): nothing paused" in out
    assert "Jan 2027" in out and "Feb 2027" in out


def test_json_pauses_agree_with_check_json_windows():
    args = [EXAMPLE, *SERIES, "--on", "2026-11-01", "--format", "json", "--fail-on", "never"]
    plan = json.loads(run(*args).stdout)
    check = json.loads(CliRunner().invoke(main, ["check", *args]).stdout)
    windows = {(f["products"][0], f["window"]["pause_from"], f["window"]["resume_on"], f["window"]["needling_date"])
               for f in check["findings"] if f["code"] in ("TM001", "TM002")}
    pauses = {(p["name"], x["from"], x["resume_on"], x["needling_date"])
              for p in plan["products"] for x in p["pauses"]}
    assert pauses == windows and len(pauses) == 21
    assert plan["findings"] == check["findings"]


def test_json_shape_for_a_merged_pause_and_the_grid():
    data = json.loads(run("-", "--needling-date", "2026-12-10", "--needling-date", "2026-12-20",
                          "--on", "2026-12-01", "--format", "json", input=ROUTINE).stdout)
    assert data["needling_dates"] == ["2026-12-10", "2026-12-20"]
    serum = next(p for p in data["products"] if p["name"] == "Night Serum")
    assert serum["pauses"] == [{
        "from": "2026-12-03", "resume_on": "2026-12-27", "last_day": "2026-12-26", "because": ["Retinol"],
        "needling_date": "2026-12-10", "needling_dates": ["2026-12-10", "2026-12-20"], "severity": "avoid"}]
    assert serum["grid"]["2026-12-03"] == "paused" and serum["grid"]["2026-12-27"] == "fine"
    assert list(serum["grid"]) == [data["from"], *list(serum["grid"])[1:-1], data["to"]]
    assert serum["timing_from"] == "list" and "Retinol" in [i["name"] for i in serum["ingredients"]]
    cream = next(p for p in data["products"] if p["name"] == "Plain Cream")
    assert cream["pauses"] == [] and cream["grid"]["2026-12-10"] == "skip"
    assert cream["grid"]["2026-12-11"] == "fine"
    ha = next(p for p in data["products"] if p["name"] == "HA Serum")
    assert ha["post_care"] == ["hyaluronic_acid"] and ha["grid"]["2026-12-10"] == "recommended"
    day = data["needling_days"][0]
    assert day["date"] == "2026-12-10" and day["skip"] == ["Plain Cream"] and day["sunscreen_from"] == "2026-12-11"
    assert day["post_care"]["code"] == "AD001"


def test_name_only_products_say_so():
    out = run("-", "--needling-date", "2026-12-10", "--on", "2026-12-01",
              input="The Ordinary Glycolic Acid 7% Toning Solution [PM]\n")
    assert "Toning Solution" in out.stdout or "The Ordinary Glyc" in out.stdout
    assert "* timing from the product name only" in out.stdout
    data = json.loads(run("-", "--needling-date", "2026-12-10", "--format", "json",
                          input="The Ordinary Glycolic Acid 7% Toning Solution [PM]\n").stdout)
    assert data["products"][0]["timing_from"] == "name" and data["products"][0]["from_name_only"]
    md = run("-", "--needling-date", "2026-12-10", "--format", "markdown",
             input="The Ordinary Glycolic Acid 7% Toning Solution [PM]\n").stdout
    assert "timing from its name only" in md


def test_markdown_for_a_client_message():
    out = run("-", "--needling-date", "2026-12-10", "--on", "2026-12-01", "--format", "markdown",
              input=ROUTINE).stdout
    assert out.startswith("# Your microneedling plan")
    assert "**Night Serum** (Retinol): last use 2026-12-02 (Wed); paused 2026-12-03 (Thu) to 2026-12-16 (Wed); " \
           "**resume on 2026-12-17 (Thu)**" in out
    assert "| **2026-12-10 (Thu) needling** | Night Serum, Mineral SPF, skip today: Plain Cream | HA Serum |" in out
    assert "| 2026-12-17 (Thu) | — | HA Serum, Mineral SPF |" in out


def test_from_to_clamp_the_timeline():
    out = run("-", "--needling-date", "2026-12-10", "--from", "2026-12-08", "--to", "2026-12-12",
              "--format", "json", input=ROUTINE).stdout
    data = json.loads(out)
    assert (data["from"], data["to"], data["clamped"]) == ("2026-12-08", "2026-12-12", True)
    assert len(data["products"][0]["grid"]) == 5
    assert data["products"][0]["pauses"][0]["from"] == "2026-12-03"  # pauses are not cut


@pytest.mark.parametrize("args, expected", [
    ([], "at least one --needling-date"),
    (["--needling-date", "2026-12-10", "--from", "2026-12-12", "--to", "2026-12-08"],
     "--from 2026-12-12 is after --to 2026-12-08"),
    (["--needling-date", "03/04/2026"], "ambiguous"),
    (["--needling-date", "2026-12-10", "--from", "someday"], "--from 'someday' is not a date"),
    (["--needling-date", "2026-12-10", "--ics", "/no/such/dir/plan.ics"], "does not exist"),
    (["--needling-date", "2026-12-10", "--ignore", "XX1"], "unknown rule code"),
])
def test_bad_usage_is_one_line_exit_2(args, expected):
    result = CliRunner().invoke(main, ["plan", "-", *args], input=ROUTINE)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0], lines
    assert "Traceback" not in result.output


@pytest.mark.parametrize("on, fail_on, code", [
    ("2026-12-05", "avoid", 1),   # retinol inside its window: TM001 avoid, as check says
    ("2026-11-01", "avoid", 0),   # nothing to do yet
    ("2026-11-01", "info", 1),    # TM002 / AD001 infos
    ("2026-12-05", "never", 0),
])
def test_exit_code_is_checks(on, fail_on, code):
    args = ["-", "--needling-date", "2026-12-10", "--on", on, "--fail-on", fail_on]
    assert run(*args, input=ROUTINE).exit_code == code
    assert CliRunner().invoke(main, ["check", *args], input=ROUTINE).exit_code == code


def test_output_file_is_written_atomically(tmp_path):
    target = tmp_path / "plan.md"
    result = run("-", "--needling-date", "2026-12-10", "--format", "markdown", "-o", str(target), input=ROUTINE)
    assert target.read_text(encoding="utf-8").startswith("# Your microneedling plan")
    assert f"Wrote {target}" in result.stderr and not list(tmp_path.glob(".*.tmp"))


def test_plan_does_not_import_pandas_or_icalendar_without_ics():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from compatcheck.cli import main\n"
        f"r = CliRunner().invoke(main, ['plan', {EXAMPLE!r}, '--needling-date', '2026-12-10', "
        "'--fail-on', 'never'])\n"
        "assert r.exit_code == 0, r.output\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'numpy', 'icalendar'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_months_long_pause_is_compressed_but_the_needling_fortnight_is_drawn():
    out = run("-", "--needling-date", "2026-12-10", "--on", "2026-12-05", "--fail-on", "never",
              input="Accutane (isotretinoin) capsules\nNight Serum: Aqua, Retinol [PM]\n").stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "2026-06-14 (Sun) to 2026-12-02 (Wed) (172 days): paused: Accutane" in out
    numbers = [line for line in out.splitlines() if line.startswith("product")]
    assert numbers[-1].split()[1:] == [str(d) for d in range(3, 18)]  # 3..17 Dec, every day shown
    assert "needling N, today ^" in out


def test_clinic_table_through_the_command_line(tmp_path):
    import csv

    from compatcheck.table import COLUMNS

    path = tmp_path / "clinic.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        w.writerow(["retinol", "Retinol", "Vitamin A Alcohol", "", "retinoid", "high", "yes", "", "", "", "14",
                    "10", "avoid", "no", "avoid", "PROTO", "C2", "clinic: two weeks before"])
    args = ["-", "--needling-date", "2026-12-10", "--ingredients", str(path), "--format", "json"]
    data = json.loads(run(*args, input=ROUTINE).stdout)
    pause = next(p for p in data["products"] if p["name"] == "Night Serum")["pauses"][0]
    assert (pause["from"], pause["resume_on"]) == ("2026-11-26", "2026-12-20")
    assert data["from"] == "2026-11-26" and data["to"] == "2026-12-20"
