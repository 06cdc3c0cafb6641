"""``compatcheck batch``: real-looking exports and their warts; nothing lost."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pandas as pd
import pytest
from click.testing import CliRunner

from compatcheck.api import check_products
from compatcheck.batch import BatchOptions, check_frame, read_export, run_batch
from compatcheck.cli import main
from compatcheck.model import Product

ON = date(2026, 12, 5)
NEEDLING = (date(2026, 12, 10),)
EXPORT = (
    "routine_id,product,ingredients,slot,needling_date\n"
    'R1,Night Serum,"Aqua, Glycerin, Retinol, Tocopherol",PM,2026-12-10\n'
    'R1,Glow Toner,"Aqua, Glycolic Acid, Sodium Hydroxide",PM,2026-12-10\n'
    'R1,Plain HA,"Aqua, Sodium Hyaluronate",AM,2026-12-10\n'
    'R2,Gentle Cleanser,"Aqua, Glycerin, Cetearyl Alcohol",AM/PM,\n'
    'R2,Vitamin C Serum,"Aqua, Ascorbic Acid, Ferulic Acid",AM,\n'
    'R3,BHA Liquid,"Aqua, Salicylic Acid, Butylene Glycol",PM,2027-01-05\n'
)


def _write(tmp_path, text: str, encoding="utf-8", name="export.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def _reports(path, **kw):
    options = BatchOptions(path, on=ON, needling_dates=kw.pop("needling_dates", NEEDLING), **kw)
    return list(read_export(options)[0].reports())


def _codes(report):
    return [f.code for f in report.findings]


def test_each_routine_is_checked_like_check(tmp_path):
    reports = _reports(_write(tmp_path, EXPORT))
    assert [r.routine for r in reports] == ["R1", "R2", "R3"]
    r1 = reports[0]
    products = [Product("Night Serum", frozenset({"PM"}), "Aqua, Glycerin, Retinol, Tocopherol"),
                Product("Glow Toner", frozenset({"PM"}), "Aqua, Glycolic Acid, Sodium Hydroxide"),
                Product("Plain HA", frozenset({"AM"}), "Aqua, Sodium Hyaluronate")]
    expected = check_products(products, needling_dates=["2026-12-10"], on=ON)
    assert r1.findings == expected.findings
    assert "IX004" in _codes(r1) or "ST001" in _codes(r1)  # retinoid + AHA in the same slot


def test_row_dates_override_the_option_and_routines_without_one_use_it(tmp_path):
    reports = {r.routine: r for r in _reports(_write(tmp_path, EXPORT))}
    assert reports["R1"].needling_dates == (date(2026, 12, 10),)
    assert reports["R2"].needling_dates == NEEDLING
    assert reports["R3"].needling_dates == (date(2027, 1, 5),)


def test_bom_and_semicolons(tmp_path):
    path = _write(tmp_path, "\ufeff" + EXPORT.replace(",", ";").replace('";"', '","')
                  .replace('"Aqua; ', '"Aqua, ').replace("; ", ", "), encoding="utf-8")
    checker, dialect, columns, _ = read_export(BatchOptions(path, on=ON))
    assert dialect.sep == ";" and "routine" in columns
    assert [r.routine for r in checker.reports()] == ["R1", "R2", "R3"]


def test_cp1252_with_accented_names(tmp_path):
    text = "Client;Nom produit;INCI\nCliente Élodie;Crème Rétinol;Aqua, Rétinol\n"
    path = _write(tmp_path, text.replace("Nom produit", "Product Name").replace("Rétinol\n", "Retinol\n"),
                  encoding="cp1252")
    checker, dialect, _, _ = read_export(BatchOptions(path, on=ON))
    assert dialect.encoding == "cp1252"
    (report,) = list(checker.reports())
    assert report.routine == "Cliente Élodie"
    assert report.products[0].name == "Crème Rétinol"
    assert any(m.ingredient.cls == "retinoid" for m in report.products[0].matches)


def test_tab_separated_and_header_spellings(tmp_path):
    text = ("Client ID\tProduct Name\tIngredient List\tTime of Day\tAppointment\n"
            "C1\tRetinol Serum\tAqua, Retinol\tPM\t25/12/2026\n"
            "C1\tGlycolic Toner\tAqua, Glycolic Acid\tPM\t10/12/2026\n")  # ambiguous: rejected, not guessed
    checker, dialect, columns, _ = read_export(BatchOptions(_write(tmp_path, text), on=ON))
    assert dialect.sep == "\t"
    assert set(columns) == {"routine", "product", "ingredients", "slot", "needling_date"}
    (report,) = list(checker.reports())
    assert report.needling_dates == (date(2026, 12, 25),)
    assert report.products[0].product.slots == frozenset({"PM"})
    (rejected,) = [f for f in report.findings if f.code == "IN009"]
    assert "Line 3" in rejected.message and "ambiguous" in rejected.message


def test_column_override_and_unknown_role(tmp_path):
    text = "Who,Item,What\nA,Retinol Serum,\"Aqua, Retinol\"\n"
    path = _write(tmp_path, text)
    options = BatchOptions(path, on=ON, columns=(("routine", "who"), ("product", "Item"), ("ingredients", "What")))
    (report,) = list(read_export(options)[0].reports())
    assert report.routine == "A" and report.products[0].name == "Retinol Serum"
    result = CliRunner().invoke(main, ["batch", path, "--column", "colour=Item"])
    assert result.exit_code == 2 and "unknown column role" in result.output


def test_no_routine_column_is_one_routine(tmp_path):
    text = "Product,INCI\nRetinol Serum,\"Aqua, Retinol\"\nGlycolic Toner,\"Aqua, Glycolic Acid\"\n"
    (report,) = _reports(_write(tmp_path, text))
    assert report.routine == "(whole file)" and len(report.products) == 2


def test_ragged_rows_unclosed_quote_and_blank_lines_lose_nothing(tmp_path):
    text = (
        "routine,product,ingredients,slot\n"
        'R1,Night Serum,"Aqua, Retinol",PM\n'
        "R1,Short Row,Aqua\n"                       # fewer cells: read, slot empty
        "\n"                                        # blank line: not a row
        'R2,Long Row,"Aqua",AM,surplus,cells\n'     # more cells: rejected
        'R3,Broken,"Aqua, Glycerin,AM\n'            # unclosed quote: rejected, its line only
        'R3,After Broken,"Aqua, Salicylic Acid",PM\n'
        ",,,\n"                                     # nothing filled: blank
        "R4,,Aqua,AM\n"                             # no product name: rejected
    )
    path = _write(tmp_path, text)
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "out.csv")))
    assert summary["rows_read"] == 6
    assert summary["rows_rejected"] == 3
    assert summary["rows_checked"] == summary["rows_read"] - summary["rows_rejected"]
    assert summary["blank_lines"] == 2
    reports = {r.routine: r for r in _reports(path)}
    assert [p.name for p in reports["R1"].products] == ["Night Serum", "Short Row"]
    lines = {f.message.split(":")[0] for r in reports.values() for f in r.findings if f.code == "IN009"}
    assert lines == {"Line 5", "Line 6", "Line 9"}
    assert [p.name for p in reports["R3"].products] == ["After Broken"]
    assert reports["R4"].products == ()


def test_routine_split_across_chunks_is_checked_whole(tmp_path):
    rows = [f'R{i // 3},Product {i},"Aqua, {"Retinol" if i % 3 == 0 else "Glycolic Acid"}",PM'
            for i in range(30)]
    rows.insert(10, 'R0,Late Row,"Aqua, Salicylic Acid",PM')  # R0 again, far from its other rows
    path = _write(tmp_path, "routine,product,ingredients,slot\n" + "\n".join(rows) + "\n")
    whole = _reports(path, chunk_rows=1000)
    small = _reports(path, chunk_rows=2)
    assert [r.findings for r in whole] == [r.findings for r in small]
    r0 = next(r for r in small if r.routine == "R0")
    assert [p.name for p in r0.products] == ["Product 0", "Product 1", "Product 2", "Late Row"]


def test_duplicate_headers_use_the_first(tmp_path):
    text = "routine,product,product,ingredients\nR1,Retinol Serum,Other,\"Aqua, Retinol\"\n"
    (report,) = _reports(_write(tmp_path, text))
    assert report.products[0].name == "Retinol Serum"


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("routine,ingredients\nR1,Aqua\n", "no product column"),
])
def test_unreadable_files_are_one_line_errors(tmp_path, text, message):
    path = _write(tmp_path, text)
    result = CliRunner().invoke(main, ["batch", path])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    if "product" in message:
        assert "'routine', 'ingredients'" in result.output  # it lists what it found


def test_missing_file(tmp_path):
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2


def test_header_only_file(tmp_path):
    path = _write(tmp_path, "routine,product,ingredients\n")
    result = CliRunner().invoke(main, ["batch", path, "--on", "2026-12-05"])
    assert result.exit_code == 0
    assert "0 rows read" in result.output


def test_csv_report_neutralises_formulas(tmp_path):
    text = 'routine,product,ingredients\n=cmd|\' /C calc\'!A0,=HYPERLINK("http://x"),"Aqua, Retinol"\nR2,@SUM(1),Aqua\n'
    out = tmp_path / "report.csv"
    result = CliRunner().invoke(main, ["batch", _write(tmp_path, text), "--on", "2026-12-05",
                                       "--needling-date", "2026-12-10", "-o", str(out)])
    assert result.exit_code == 1, result.output  # retinol 5 days before needling: avoid
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert any(r["products"].startswith("'=HYPERLINK") for r in rows)


def test_json_formats(tmp_path):
    path = _write(tmp_path, EXPORT)
    runner = CliRunner()
    jsonl = runner.invoke(main, ["batch", path, "--on", "2026-12-05", "--format", "jsonl", "-q"])
    objects = [json.loads(line) for line in jsonl.output.splitlines()]
    assert [o["routine"] for o in objects] == ["R1", "R2", "R3"]
    check = runner.invoke(main, ["check", "-", "--on", "2026-12-05", "--needling-date", "2026-12-10",
                                 "--format", "json"], input="Night Serum: Aqua, Retinol [PM]")
    assert set(json.loads(check.output)) <= set(objects[0])  # the same shape, plus routine
    assert objects[0]["products"][0]["name"] == "Night Serum"
    whole = json.loads(runner.invoke(main, ["batch", path, "--on", "2026-12-05", "--format", "json", "-q"]).output)
    assert [r["routine"] for r in whole["routines"]] == ["R1", "R2", "R3"]
    assert whole["summary"]["rows_read"] == 6


@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_summary_formats(tmp_path, fmt):
    result = CliRunner().invoke(main, ["batch", _write(tmp_path, EXPORT), "--on", "2026-12-05",
                                       "--format", fmt, "-q", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "R1" in result.output and "6 rows read" in result.output


def test_interrupted_run_leaves_no_report(tmp_path, monkeypatch):
    from compatcheck.formatters import batch_output

    out = tmp_path / "report.csv"

    def boom(self, *args):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_output.Writer, "write", boom)
    monkeypatch.setattr(batch_output.Writer, "write_answers", boom)
    monkeypatch.setattr(batch_output.Writer, "write_lines", boom)
    with pytest.raises(KeyboardInterrupt):
        run_batch(BatchOptions(_write(tmp_path, EXPORT), on=ON, output=str(out)))
    assert not out.exists()
    assert not list(tmp_path.glob(".report.csv.*"))


def test_cp1252_late_in_a_utf8_looking_file(tmp_path):
    head = "routine,product,ingredients\n" + "".join(f"R{i},P{i},Aqua\n" for i in range(100_000))
    data = head.encode("utf-8") + "R9,Crème,Aqua\n".encode("cp1252")
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    checker, dialect, _, notes = read_export(BatchOptions(str(path), on=ON))
    assert dialect.encoding == "cp1252" and notes
    assert checker.rows_read == 100_001


def test_check_frame_is_pure(tmp_path):
    frame = pd.read_csv(io.StringIO(EXPORT), dtype=str).rename(columns={"routine_id": "routine"})
    before = frame.copy()
    out = check_frame(frame, on=ON, needling_dates=NEEDLING)
    pd.testing.assert_frame_equal(frame, before)
    assert set(out["routine"]) == {"R1", "R2", "R3"}
    by_file = [f for r in _reports(_write(tmp_path, EXPORT)) for f in r.findings]
    assert len(out) == len(by_file)
    assert list(out["code"]) == [f.code for f in by_file]


@pytest.mark.parametrize("fail_on", ["never", "avoid"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_report_on_stdout_is_written_once(tmp_path, fail_on, fmt, monkeypatch):
    # a leftover copy of the run after the exit code (session 14) ran the whole batch again whenever the
    # exit code was 0 (--fail-on never, or a clean export): the report came twice on stdout, in twice the time
    calls = []
    import compatcheck.batch as batch_module

    real = batch_module.run_batch
    monkeypatch.setattr(batch_module, "run_batch", lambda *a, **k: calls.append(1) or real(*a, **k))
    path = _write(tmp_path, "routine,product,ingredients\nR1,Serum,\"Aqua, Retinol\"\nR2,Toner,Aqua\n")
    result = CliRunner().invoke(main, ["batch", path, "--on", "2026-12-05", "--needling-date",
                                       "2026-12-10", "--fail-on", fail_on, "--format", fmt])
    assert result.exit_code == (0 if fail_on == "never" else 1), result.stderr
    assert len(calls) == 1
    lines = result.stdout.splitlines()
    if fmt == "csv":
        assert lines.count(lines[0]) == 1 and lines[0].startswith("routine,")
    else:
        assert sorted(json.loads(line)["routine"] for line in lines) == ["R1", "R2"]
