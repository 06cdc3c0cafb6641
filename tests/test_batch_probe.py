"""``compatcheck batch`` on exports as clinics' tools write them: the warts found by probing."""

from __future__ import annotations

from datetime import date

import pytest

from compatcheck.batch import BatchOptions, read_export, run_batch

ON = date(2026, 12, 5)
NEEDLING = (date(2026, 12, 10),)


def _write(tmp_path, data, name="export.csv"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def _reports(path, **kw):
    options = BatchOptions(path, on=ON, needling_dates=kw.pop("needling_dates", NEEDLING), **kw)
    return list(read_export(options)[0].reports())


def test_ids_that_look_like_numbers_stay_as_written(tmp_path):
    # pandas infers numbers in a categorical column whose cells all look numeric: 01, 1 and
    # 001 became one client "1", and a long id lost digits to a float
    text = ("Client ID,Product,INCI\n01,Night Serum,Retinol\n1,Toner,Glycolic Acid\n001,Cream,Glycerin\n"
            "12345678901234567890,A,Aqua\n12345678901234567891,B,Aqua\n")
    reports = _reports(_write(tmp_path, text))
    assert [r.routine for r in reports] == ["01", "1", "001", "12345678901234567890", "12345678901234567891"]
    assert [len(r.products) for r in reports] == [1, 1, 1, 1, 1]


def test_a_numeric_looking_chunk_does_not_split_a_routine(tmp_path):
    # the first chunk's ids all look numeric, the second's do not: "007" is one client throughout
    text = "routine,product,ingredients\n007,A,Retinol\n007,B,Aqua\n007,C,Glycolic Acid\nX1,D,Aqua\n"
    for chunk_rows in (2, 1000):
        reports = _reports(_write(tmp_path, text), chunk_rows=chunk_rows)
        assert [(r.routine, [p.name for p in r.products]) for r in reports] == [
            ("007", ["A", "B", "C"]), ("X1", ["D"])], chunk_rows


def test_empty_rows_make_no_routine(tmp_path):
    # Excel leaves ",,,," rows below the data: they are blank lines, not a routine "(no routine id)"
    text = "routine,product,ingredients,slot\nR1,Night Serum,Retinol,PM\n,,,\n,,,\n"
    summary = run_batch(BatchOptions(_write(tmp_path, text), on=ON, output=str(tmp_path / "o.csv")))
    assert summary["routines"] == 1 and summary["blank_lines"] == 2
    assert [r.routine for r in _reports(_write(tmp_path, text))] == ["R1"]


def test_a_title_or_blank_lines_above_the_header(tmp_path):
    # booking systems put a title above the header; Excel users leave blank lines
    body = ('Client,Product Name,INCI,Needling Date\nc1,Night Serum,"Aqua, Retinol",2026-12-10\n'
            "c1,Bad,Aqua,2026-02-30\n")
    for above, header_line in (("Export from Booking 2026\n", 2), ("\n\n", 3), ("Clinic;North\r\n\r\n", 3)):
        path = _write(tmp_path, above + body)
        checker, dialect, columns, notes = read_export(BatchOptions(path, on=ON))
        assert dialect.header_line + 1 == header_line and dialect.sep == ","
        assert any(f"the header is line {header_line}" in n for n in notes)
        (report,) = checker.reports()
        assert [p.name for p in report.products] == ["Night Serum"]
        (in009,) = [f for f in report.findings if f.code == "IN009"]
        assert in009.message.startswith(f"Line {header_line + 2}:")  # the file's own line number
        assert checker.rows_read == 2 and checker.rows_rejected == 1


def test_a_title_above_the_header_when_the_file_is_read_line_by_line(tmp_path):
    body = ('Title\nroutine,product,ingredients\nR1,"Multi\nLine",Retinol\nR1,Open,"Aqua\nR1,After,Aqua,x\n')
    checker, dialect, _, notes = read_export(BatchOptions(_write(tmp_path, body), on=ON))
    (report,) = checker.reports()
    assert [p.name for p in report.products] == ["Multi\nLine"]
    assert sorted(f.message.split(":")[0] for f in report.findings if f.code == "IN009") == ["Line 5", "Line 6"]
    assert checker.rows_read == 3


def test_no_product_header_near_the_top_lists_the_first_line(tmp_path):
    from click.testing import CliRunner
    from compatcheck.cli import main

    result = CliRunner().invoke(main, ["batch", _write(tmp_path, "\n\nclient,inci\nc1,Aqua\n")])
    assert result.exit_code == 2 and "'client', 'inci'" in result.output, result.output


def test_utf16_without_a_byte_order_mark(tmp_path):
    text = "Client\tProduct Name\tINCI\r\nc1\tNight Serum\tAqua, Retinol\r\nc2\tCrème\tAqua\r\n"
    for codec in ("utf-16-le", "utf-16-be"):
        checker, dialect, _, _ = read_export(BatchOptions(_write(tmp_path, text.encode(codec)), on=ON))
        assert dialect.encoding == codec and dialect.sep == "\t"
        assert [[p.name for p in r.products] for r in checker.reports()] == [["Night Serum"], ["Crème"]]


def test_a_nul_byte_in_a_cell_is_not_utf16(tmp_path):
    path = _write(tmp_path, b"routine,product\nR1,Night\x00Serum\nR2,Cream\n")
    checker, dialect, _, _ = read_export(BatchOptions(path, on=ON))
    assert dialect.encoding == "utf-8" and checker.rows_read == 2


def _zip() -> bytes:
    import io
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return data.getvalue()


@pytest.mark.parametrize("data, says", [
    (_zip(), "Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Excel workbook"),
    (b"\n  <!DOCTYPE html><html><body><table><tr><td>Product</td></tr></table></body></html>\n", "web page"),
    (b"<table><tr><td>Product</td></tr></table>", "web page"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
])
def test_a_workbook_or_web_page_is_named_as_such(tmp_path, data, says):
    from click.testing import CliRunner
    from compatcheck.cli import main

    result = CliRunner().invoke(main, ["batch", _write(tmp_path, data, name="export.csv")])
    assert result.exit_code == 2 and says in result.output, result.output
    assert "CSV" in result.output and len(result.output.strip().splitlines()) == 1


_LOOK_ALIKES = ["＝HYPERLINK(\"http://x\")", "＋1+1", "－1+1", "＠SUM(1)", "﹦1+1", "﹢1", "﹣1", "\u200b=1+1",
                "\ufeff=1+1", "\u2060@x", "−1+1"]


def test_csv_report_neutralises_formula_look_alikes(tmp_path):
    # full-width and small-form signs, or an invisible character before '=', still run as formulas
    # in some spreadsheets (Excel in Japanese, LibreOffice)
    import csv

    from click.testing import CliRunner
    from compatcheck.cli import main

    rows = "".join(f'"{name.replace(chr(34), chr(34) * 2)}",{name.replace(chr(34), "")},"Aqua, Retinol"\n'
                   for name in _LOOK_ALIKES)
    out = tmp_path / "report.csv"
    result = CliRunner().invoke(main, ["batch", _write(tmp_path, "routine,product,ingredients\n" + rows),
                                       "--on", "2026-12-05", "--needling-date", "2026-12-10", "-o", str(out)])
    assert result.exit_code == 1, result.output
    cells = [c for row in csv.reader(out.open(encoding="utf-8")) for c in row]
    signs = tuple("=+-@＝＋－＠﹦﹢﹣−")
    risky = [c for c in cells if c.removeprefix("'").lstrip(" \u200b\ufeff\u2060").startswith(signs)]
    assert len(risky) > 2 * len(_LOOK_ALIKES)  # the routine, products and message cells at least
    assert [c for c in risky if not c.startswith("'")] == []


def test_neutralise_a_cell_with_spaces_before_its_sign():
    from compatcheck.formatters.batch_output import neutralise, plain_name

    for cell in ("  =1+1", "\u3000=1", "\u00a0+1", " ＝1"):
        assert neutralise(cell) == "'" + cell and not plain_name(cell)
    for cell in ("Night Serum", "a=b", "5% AHA", "", " "):
        assert neutralise(cell) == cell and plain_name(cell)


def test_appointment_dates_with_a_time(tmp_path):
    # booking systems export the appointment with its time: the day is what counts
    cells = {"a": "2026-12-10 14:30", "b": "2026-12-10T14:30:00", "c": "2026-12-10 14:30:00",
             "d": "2026-12-10T09:00:00Z", "e": "25/12/2026 10:00", "f": "10 Dec 2026 9:30 AM",
             "g": "2026-12-10T09:00:00.000+01:00", "h": "03/04/2026 10:00", "i": "2026-12-10 25 Dec"}
    text = "routine,product,ingredients,needling_date\n" + "".join(
        f'{r},Night Serum,"Aqua, Retinol",{d}\n' for r, d in cells.items())
    reports = {r.routine: r for r in _reports(_write(tmp_path, text), needling_dates=())}
    dates = {r: [str(d) for d in rep.needling_dates] for r, rep in reports.items()}
    assert dates == {"a": ["2026-12-10"], "b": ["2026-12-10"], "c": ["2026-12-10"], "d": ["2026-12-10"],
                     "e": ["2026-12-25"], "f": ["2026-12-10"], "g": ["2026-12-10"], "h": [], "i": []}
    for r in "hi":  # still never guessed
        assert [f.code for f in reports[r].findings if f.code == "IN009"] == ["IN009"]


_TERMINATED_RUN = """
import os, signal, sys
from compatcheck.batch import parallel
from compatcheck.formatters import batch_output
parallel.PARALLEL_FROM_ROWS = 0  # helpers even for a small export
main_pid = os.getpid()
write_lines = batch_output.Writer.write_lines
def terminated(self, text):
    write_lines(self, text)
    if os.getpid() == main_pid:
        os.kill(main_pid, signal.SIGTERM)  # as a scheduler or 'kill' stops the run
batch_output.Writer.write_lines = terminated
from compatcheck.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_sigterm_leaves_no_report_and_no_temporary_files(small_export, jobs):
    import os
    import subprocess
    import sys

    export, out = small_export
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, "-c", _TERMINATED_RUN, "batch", str(export), "--on", "2026-12-05",
                          "--jobs", jobs, "-o", str(out / "report.csv")], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 143, (run.returncode, run.stderr)
    assert list(out.iterdir()) == []  # no report, no .report.csv.*.tmp, no helper parts
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_ctrl_c_is_not_exit_1(tmp_path, monkeypatch):
    # exit 1 means "findings at or above --fail-on": an interrupted run must not say so
    from click.testing import CliRunner
    from compatcheck.cli import main
    from compatcheck.formatters import batch_output

    def interrupted(self, *args):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_output.Writer, "write_lines", interrupted)
    out = tmp_path / "report.csv"
    result = CliRunner().invoke(main, ["batch", _write(tmp_path, "routine,product\nR1,Serum\n"), "-o", str(out)])
    assert result.exit_code == 130 and "no report" in result.output, result.output
    assert not out.exists() and not list(tmp_path.glob(".report.csv.*"))


@pytest.mark.parametrize("where, says", [("folder", "is a folder"), ("-", "standard input")])
def test_a_folder_or_stdin_is_a_one_line_error(tmp_path, where, says):
    from click.testing import CliRunner
    from compatcheck.cli import main

    result = CliRunner().invoke(main, ["batch", str(tmp_path) if where == "folder" else "-"], input="a,b\n")
    assert result.exit_code == 2 and says in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("Error:")


def test_the_note_says_why_the_file_was_read_line_by_line(tmp_path):
    # a multi-line INCI list in a closed quote is not "a quote left open"
    multi = 'routine,product,ingredients\nR1,Serum,"Aqua,\nRetinol"\nR1,Cream,Aqua\n'
    _, _, _, notes = read_export(BatchOptions(_write(tmp_path, multi), on=ON))
    assert any("a cell spans lines" in n for n in notes) and not any("is left open" in n for n in notes), notes
    wide = "routine,product\nR1,Serum,extra\nR1,Cream\n"
    _, _, _, notes = read_export(BatchOptions(_write(tmp_path, wide), on=ON))
    assert any("more cells than the header" in n for n in notes), notes


def test_a_first_row_with_more_cells_than_the_header_does_not_shift_the_columns(tmp_path):
    # pandas took the extra leading cells of a wide first row as an index for the whole file:
    # every routine became its product name and every product its ingredient list
    text = "routine,product,ingredients\nR1,Serum,Retinol,extra\nR1,Cream,Aqua\nR2,Toner,Glycolic Acid\n"
    for chunk_rows in (1, 1000):
        checker = read_export(BatchOptions(_write(tmp_path, text), on=ON, chunk_rows=chunk_rows))[0]
        reports = list(checker.reports())
        assert [(r.routine, [p.name for p in r.products]) for r in reports] == [("R1", ["Cream"]), ("R2", ["Toner"])]
        (in009,) = [f for f in reports[0].findings if f.code == "IN009"]
        assert in009.message.startswith("Line 2:") and "4 cells where the header has 3" in in009.message
        assert (checker.rows_read, checker.rows_rejected) == (3, 1)


def test_duplicate_headers_say_which_column_was_read(tmp_path):
    # a booking system's "Name" (the client) and "Name" (the product): the first is read, and the
    # run must say so rather than check client names as products in silence
    text = 'Name,Name,INCI\nAlice,Night Serum,"Aqua, Retinol"\n'
    _, _, columns, notes = read_export(BatchOptions(_write(tmp_path, text), on=ON))
    assert columns["product"] == 0
    assert any("'Name'" in n and "columns 1 and 2" in n and "column 1" in n for n in notes), notes
    text = "routine,product,ingredients,Notes,Notes\nR1,Serum,Aqua,a,b\n"  # not read: nothing to say
    assert read_export(BatchOptions(_write(tmp_path, text), on=ON))[3] == []


def test_an_unwritable_output_folder_is_a_one_line_error(tmp_path, monkeypatch):
    # as root the permission cannot be taken away: make creating the temporary file fail as it
    # does in a read-only folder (mkstemp ran outside atomic_open's guard: a traceback, exit 1),
    # the anonymous file (Linux O_TMPFILE) and the named one alike
    import os
    import tempfile

    from click.testing import CliRunner
    from compatcheck.cli import main

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = _write(tmp_path, "routine,product\nR1,Serum\n")
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    real_open, anonymous = os.open, getattr(os, "O_TMPFILE", None)

    def open_denied(where, flags, *args, **kwargs):
        if anonymous is not None and flags & anonymous == anonymous:
            denied()
        return real_open(where, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_denied)
    result = CliRunner().invoke(main, ["batch", path, "-o", str(tmp_path / "report.csv")])
    assert result.exit_code == 2 and "Permission denied" in result.output, result.output
    assert result.output.startswith("Error:") and len(result.output.strip().splitlines()) == 1


def test_an_excel_day_number_says_what_it_is(tmp_path):
    # a date column Excel exported as numbers (46366 is 2026-12-10): rejected, never guessed, and the
    # reason says how to fix the export
    text = "routine,product,ingredients,needling_date\nR1,Night Serum,Retinol,46366\nR2,Cream,Aqua,46366.4375\n"
    reports = _reports(_write(tmp_path, text), needling_dates=())
    for report in reports:
        (in009,) = [f for f in report.findings if f.code == "IN009"]
        assert "day number" in in009.message and "format the column as a date" in in009.message, in009.message
        assert report.needling_dates == ()


def test_the_second_of_two_same_named_columns_can_be_picked(tmp_path):
    # Name (the client) and Name (the product): --column product=Name#2 reads the second
    text = 'Name,Name,INCI\nAlice,Night Serum,"Aqua, Retinol"\nAlice,Plain HA,"Aqua, Sodium Hyaluronate"\n'
    path = _write(tmp_path, text)
    _, _, columns, notes = read_export(BatchOptions(path, on=ON))
    assert any("--column product='Name#2'" in n for n in notes), notes  # the note says how
    picked = BatchOptions(path, on=ON, columns=(("product", "Name#2"), ("routine", "name#1")))
    checker, _, columns, _ = read_export(picked)
    assert columns == {"routine": 0, "product": 1, "ingredients": 2}
    assert [(r.routine, [p.name for p in r.products]) for r in checker.reports()] == \
        [("Alice", ["Night Serum", "Plain HA"])]


def test_a_header_that_really_ends_in_a_number_sign_is_read_as_written(tmp_path):
    path = _write(tmp_path, 'Client,Item#2,INCI\nc1,Night Serum,"Aqua, Retinol"\n')
    checker, _, columns, _ = read_export(BatchOptions(path, on=ON, columns=(("product", "Item#2"),)))
    assert columns["product"] == 1 and [p.name for r in checker.reports() for p in r.products] == ["Night Serum"]


@pytest.mark.parametrize("column, says", [("product=Name#3", "no 3rd column named 'Name' (there are 2)"),
                                          ("product=Name#0", "count from 1"),
                                          ("product=Size#2", "no column 'Size#2'")])
def test_a_pick_that_is_not_there_is_a_one_line_error(tmp_path, column, says):
    from click.testing import CliRunner
    from compatcheck.cli import main

    path = _write(tmp_path, 'Name,Name,INCI\nAlice,Night Serum,"Aqua, Retinol"\n')
    result = CliRunner().invoke(main, ["batch", path, "--column", column])
    assert result.exit_code == 2 and says in result.output, result.output
    assert result.output.startswith("Error:") and len(result.output.strip().splitlines()) == 1


KOREAN = "고객\t제품명\t성분\r\n" + "".join(
    f"고객{i}\t수분 크림 {i}\t정제수, 글리세린, 나이아신아마이드, 레티놀\r\n" for i in range(40))
RUSSIAN = "Клиент;Продукт;Состав\r\n" + "".join(
    f"Клиент {i};Ночная сыворотка {i};Вода, Глицерин, Ретинол, Токоферол\r\n" for i in range(40))


@pytest.mark.parametrize("text, columns", [(KOREAN, (("routine", "고객"), ("product", "제품명"))),
                                           (RUSSIAN, (("routine", "Клиент"), ("product", "Продукт")))])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_in_a_non_latin_script(tmp_path, text, columns, codec):
    path = _write(tmp_path, text.encode(codec))
    checker, dialect, _, _ = read_export(BatchOptions(path, on=ON, columns=columns))
    assert dialect.encoding == codec
    reports = list(checker.reports())
    assert len(reports) == 40 and reports[0].products[0].name in ("수분 크림 0", "Ночная сыворотка 0")


@pytest.mark.parametrize("data, encoding", [
    (KOREAN.encode("utf-8"), "utf-8"),
    (RUSSIAN.encode("utf-8"), "utf-8"),
    (RUSSIAN.encode("cp1251"), "cp1252"),  # not UTF-8: read as cp1252 (no guessing of Cyrillic code pages)
    ("Client;Produit;INCI\r\nc1;Crème de nuit;Aqua, Rétinol\r\n".encode("cp1252"), "cp1252"),
    (b"routine,product\n" + b"".join(b"R%d,Night\x00Serum\x00%d\n" % (i, i) for i in range(50)), "utf-8"),
    (b"routine,product\n" + b"".join(b"R%d,\x00\n\x00Cream\n" % i for i in range(5)), "utf-8"),
])
def test_no_utf16_is_seen_in_utf8_or_cp1252(tmp_path, data, encoding):
    from compatcheck.batch.sniff import sniff

    assert sniff(_write(tmp_path, data), headers=("Клиент", "고객")).encoding == encoding
