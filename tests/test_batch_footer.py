"""A spreadsheet's total row at the foot of an export (``Total,3``, ``Grand total;;;``) is not
a routine: it is rejected by its line (IN009), and rows read = rows checked + rows rejected.
A real product or client that happens to be named "Total" is still checked."""

from __future__ import annotations

from datetime import date

import pytest

from compatcheck.batch import BatchOptions, read_export, run_batch

ON = date(2026, 12, 5)
HEADER = ["routine", "product", "ingredients", "slot"]
BODY = [["R1", "Night Serum", '"Aqua, Glycerin, Retinol"', "PM"],
        ["R1", "Plain HA", '"Aqua, Sodium Hyaluronate"', "AM"]]


def _export(tmp_path, footer: str, sep: str = ",", header=HEADER, body=BODY) -> str:
    lines = [sep.join(header), *(sep.join(row[:len(header)]) for row in body), footer]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _read(path):
    checker = read_export(BatchOptions(path, on=ON, needling_dates=(date(2026, 12, 10),)))[0]
    return checker, list(checker.reports())


@pytest.mark.parametrize("footer, sep", [
    ("Total,3", ","),
    ("Total,3,,", ","),
    ("Grand total;;;", ";"),
    ("TOTAL: 12 products,,,", ","),
    ("Count,2,2,", ","),              # a count under every column
    ("Sum,2 products,,", ","),
    ("Subtotal\t\t\t", "\t"),
    ("Totals:,,,", ","),
    (",Total,,", ","),                # the label under the product, the routine cell empty
    (";Grand total: 2;;", ";"),
])
def test_a_total_row_is_rejected_by_its_line(tmp_path, footer, sep):
    path = _export(tmp_path, footer, sep)
    checker, reports = _read(path)
    assert (checker.rows_read, checker.rows_rejected) == (3, 1)
    names = {r.routine: [p.name for p in r.products] for r in reports}
    assert names["R1"] == ["Night Serum", "Plain HA"]
    assert all(not products for routine, products in names.items() if routine != "R1"), names
    assert not any("total" in routine.lower() or "count" in routine.lower() or "sum" in routine.lower()
                   for routine in names), names  # the label names no routine
    (in009,) = [f for r in reports for f in r.findings if f.code == "IN009"]
    assert in009.message.startswith("Line 4:") and "spreadsheet's total row" in in009.message, in009.message
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "report.csv")))
    assert summary["rows_read"] == summary["rows_checked"] + summary["rows_rejected"] == 3


@pytest.mark.parametrize("row, product", [
    ('Total,Total Clean Cleanser,"Aqua, Salicylic Acid",AM', "Total Clean Cleanser"),  # a client called Total
    ('R2,Total Clean Cleanser,,AM', "Total Clean Cleanser"),
    ('Total,Night Serum,,PM', "Night Serum"),          # a real name, even without a list
    ('Total,3,"Aqua, Retinol",PM', "3"),               # a list: a product, however odd its name
    ('Totally Clear Skin,12 products,,', "12 products"),  # not a total word
    (',Total Clean Cleanser,,AM', "Total Clean Cleanser"),   # no routine id, a real name
    (',Total,"Aqua, Retinol",', "Total"),                # no routine id, a list: a product
])
def test_a_client_or_product_named_total_is_still_checked(tmp_path, row, product):
    checker, reports = _read(_export(tmp_path, row))
    assert checker.rows_rejected == 0
    assert product in [p.name for r in reports for p in r.products]
    assert not [f for r in reports for f in r.findings if f.code == "IN009"]


def test_without_a_routine_column_the_label_sits_in_the_product_column(tmp_path):
    header, body = ["product", "ingredients"], [["Night Serum", '"Aqua, Retinol"'], ["Total Clean Cleanser", "Aqua"]]
    checker, reports = _read(_export(tmp_path, "Total: 2 products,", header=header, body=body))
    assert (checker.rows_read, checker.rows_rejected) == (3, 1)
    (report,) = reports
    assert [p.name for p in report.products] == ["Night Serum", "Total Clean Cleanser"]
    (in009,) = [f for f in report.findings if f.code == "IN009"]
    assert "total row" in in009.message


def test_a_total_row_in_a_file_read_line_by_line(tmp_path):
    body = [*BODY, ["R2", "Broken", '"Aqua, Glycerin', "AM"]]  # an unclosed quote: read line by line
    checker, reports = _read(_export(tmp_path, "Total,3,,", body=body))
    assert (checker.rows_read, checker.rows_rejected) == (4, 2)
    messages = [f.message for r in reports for f in r.findings if f.code == "IN009"]
    assert any(m.startswith("Line 5:") and "total row" in m for m in messages), messages


# -- a routine whose every row was rejected ----------------------------------------------------

MIXED = ["R1,Night Serum,\"Aqua, Glycerin, Retinol\",",
         "R2,Plain HA,\"Aqua, Sodium Hyaluronate\",03/04/2026",  # R2: its one row rejected (ambiguous date)
         "R3,Glow Toner,\"Aqua, Glycolic Acid\",2026-12-10",
         "R3,Broken,,03/04/2026",                                 # R3: one row of two rejected
         "Total,3,"]                                              # (no routine id): the total row
ROUTINE_ROWS = ["routine", "product", "ingredients", "needling_date"]


def _mixed(tmp_path, footer="Total,3,") -> str:
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join([",".join(ROUTINE_ROWS), *MIXED[:-1], footer]) + "\n", encoding="utf-8")
    return str(path)


def _codes_by_routine(tmp_path, fmt, path):
    import csv
    import json

    out = tmp_path / f"report.{fmt}"
    summary = run_batch(BatchOptions(path, on=ON, needling_dates=(date(2026, 12, 10),), fmt=fmt, output=str(out)))
    text = out.read_text(encoding="utf-8")
    codes: dict[str, list[str]] = {}
    if fmt == "csv":
        for row in csv.DictReader(text.splitlines()):
            codes.setdefault(row["routine"], []).append(row["code"])
    elif fmt == "jsonl":
        for line in text.splitlines():
            report = json.loads(line)
            codes[report["routine"]] = [f["code"] for f in report["findings"]]
    else:
        for report in json.loads(text)["routines"]:
            codes[report["routine"]] = [f["code"] for f in report["findings"]]
    return codes, summary


@pytest.mark.parametrize("footer", ["Total,3,", ",Total,"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_a_routine_whose_every_row_was_rejected_gets_only_its_input_findings(tmp_path, fmt, footer):
    codes, summary = _codes_by_routine(tmp_path, fmt, _mixed(tmp_path, footer))
    assert codes["(no routine id)"] == ["IN009"], codes
    assert codes["R2"] == ["IN009"], codes  # nothing lost: it is still in the report
    assert "AD001" in codes["R3"] and "IN009" in codes["R3"], codes  # control: one row of two rejected
    assert "AD001" in codes["R1"], codes
    assert (summary["rows_read"], summary["rows_checked"], summary["rows_rejected"]) == (5, 2, 3)
    assert (summary["routines"], summary["routines_checked"], summary["routines_rejected"]) == (4, 2, 2)


def test_the_summary_says_how_many_routines_had_every_row_rejected(tmp_path):
    from compatcheck.formatters.batch_output import summary_text

    path = _mixed(tmp_path)
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "report.md"), fmt="markdown"))
    text = summary_text(summary)
    assert "5 rows read: 2 checked, 3 rejected; 2 routines checked; routines with every row rejected: 2;" in text
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| (no routine id) | 0 | 0 | 1 | 0 |" in report, report  # one caution (IN009), no advice
    assert text in report
    clean = tmp_path / "clean.csv"
    clean.write_text("routine,product\nR1,Night Serum\n", encoding="utf-8")
    assert "every row rejected" not in summary_text(run_batch(BatchOptions(str(clean), on=ON,
                                                                           output=str(tmp_path / "c.csv"))))


def test_one_routine_checked_is_said_in_the_singular():
    from compatcheck.formatters.batch_output import summary_text

    summary = {"rows_read": 2, "rows_checked": 2, "rows_rejected": 0, "routines_checked": 1, "routines_rejected": 0,
               "findings": {"avoid": 0, "caution": 0, "info": 0}}
    assert "; 1 routine checked;" in summary_text(summary)
