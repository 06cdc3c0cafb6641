"""``batch --format csv`` writes each routine's lines from unfilled answers
(:meth:`BatchChecker.sorted_answers` + :meth:`Writer.write_answers`); they must be
the lines of the routine's report, byte for byte, in the same order."""

from __future__ import annotations

import csv
import io
import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compatcheck.batch import BatchOptions, read_export
from compatcheck.batch.parallel import Tally
from compatcheck.formatters.batch_output import Writer, _finding_row, finding_rows, neutralise, render_row
from compatcheck.memo import _template, fill, finding_of
from compatcheck.model import Finding, Severity, Window

LISTS = [
    "Aqua, Glycerin, Retinol, Tocopherol",
    "Aqua, Glycolic Acid, Sodium Hydroxide",
    "Aqua, Salicylic Acid, Butylene Glycol",
    "Aqua, Ascorbic Acid, Ferulic Acid, Tocopherol",
    "Aqua, Sodium Hyaluronate",
    "Zinc Oxide, Caprylic/Capric Triglyceride",
    "Benzoyl Peroxide 5%, Aqua",
    "Aqua, Hydroquinone 2%, Glycerin",
    "Aqua, Niacinamide, Glycerin",
    "Aqua, Lactic Acid 10%, Glycerin",
    "",
]
#: Names a spreadsheet or the csv writer must treat with care: commas, quotes, formula starts.
#: And control characters a spreadsheet or a database let through (a NUL, an escape).
NAMES = ["Night Serum", "Toner, Glow", 'The "Best" Peel', "=HYPERLINK(\"x\")", "-Peel Pads", "+Plus Cream",
         "@Home Wash", "Daily SPF", "BHA Liquid", "C Serum", "Plain HA", "Tretinoin Cream", "Nul\x00Serum",
         "\x1b[31mRed Cream", "\x0b=Tabbed"]
_CELL = st.text(alphabet=st.sampled_from(list('ab ,;"\'\n\r\t=+-@{}\x00\x01\x0b\x1b\x1fé')), max_size=8)
#: C0 control characters a report cell may not hold (tab and line breaks it may: they are quoted).
_CONTROL = {chr(c) for c in range(32)} - set("\t\n\r")
SLOTS = ["AM", "PM", "AM/PM", "", "PM"]
DATES = ["2026-12-10", "2026-12-14", "", "", "2026-13-40"]  # the last is impossible: a rejected row
FREQUENCIES = ["", "", "every other night", "2x/week", "now and then"]


def _export(tmp_path, routines: int = 300, seed: int = 5) -> str:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["routine", "product", "ingredients", "slot", "needling date", "frequency", "skin type"])
    for r in range(routines):
        day = rng.choice(DATES)
        skin = rng.choice(["", "", "V", "II"])
        for _ in range(rng.randint(2, 7)):  # names repeat inside a routine now and then
            writer.writerow([rng.choice([f"R{r}", f"=R{r}"]) if r % 50 == 0 else f"R{r}", rng.choice(NAMES),
                             rng.choice(LISTS), rng.choice(SLOTS), day, rng.choice(FREQUENCIES), skin])
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def _lines(rows) -> str:
    """Rows as the csv contract writes them: every text cell neutralised, csv-quoted — a cell
    holding a line break of either kind (``\r`` too: a spreadsheet splits the row there) quoted —
    and ``\n`` line ends. (:mod:`csv` quotes the characters of its line terminator, so rows are
    written with ``\r\n`` and each row's end is then made ``\n``.)"""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    text = []
    for row in rows:
        out.seek(0)
        out.truncate()
        writer.writerow([neutralise(c) for c in row])
        text.append(out.getvalue()[:-2] + "\n")
    return "".join(text)


def test_lines_from_answers_equal_the_report_lines(tmp_path):
    path = _export(tmp_path)
    options = BatchOptions(path, on=date(2026, 12, 8), needling_dates=(date(2026, 12, 11),), ignore=("AD002",))
    by_report, by_answers = read_export(options)[0], read_export(options)[0]
    got = io.StringIO()
    writer = Writer(got, "csv")
    counts, worst = {s.label: 0 for s in Severity}, None
    tally = Tally()
    routines = 0
    for report, (name, items) in zip(by_report.reports(), by_answers.sorted_answers(), strict=True):
        assert name == report.routine
        start = len(got.getvalue())
        writer.write_answers(name, items)
        assert got.getvalue()[start:] == _lines(finding_rows(report)), name
        for label, n in report.counts().items():
            counts[label] += n
        worst = max(filter(None, (worst, report.worst())), default=None)
        tally.add_findings(finding_of(item) for item, _ in items)
        routines += 1
    assert routines == len(by_report.routine_ids)
    assert tally.counts == counts and tally.worst == worst
    # The export holds what this test is about: several findings per routine, names to fill
    # and to quote, rejected rows, notes.
    text = got.getvalue()
    assert text.count("\n") > 3 * routines
    assert '"Toner, Glow' in text and "'=HYPERLINK" in text and "'-Peel Pads" in text
    assert "IN009" in text and "AD002" not in text


#: A memo template: products named by placeholders; braces and quotes in its own text.
TEMPLATE = _template(Finding(
    code="IX004", kind="interaction", severity=Severity.CAUTION, products=("\x000\x00", "\x001\x00"),
    ingredients=("Retinol", "Glycolic Acid"), message='\x000\x00 (Retinol) and \x001\x00 {both} "PM"',
    advice="Use \x001\x00 on other nights, not with \x000\x00.", evidence="A", sources=("K1",),
    window=Window(date(2026, 12, 3), date(2026, 12, 17), date(2026, 12, 10)), slot="PM"))


@given(st.lists(st.one_of(st.text(), _CELL), min_size=2, max_size=2))
def test_a_template_line_is_the_csv_line_of_its_filled_finding(names):
    """Whatever the names hold (commas, quotes, braces, formula starts, line breaks, NULs)."""
    line = Writer(io.StringIO(), "csv")._filled_line(TEMPLATE, names)
    assert line == _lines([_finding_row("", fill(TEMPLATE, names))])
    assert not _CONTROL & set(line)


def _export_without_notes(tmp_path, routines: int = 400, seed: int = 11) -> str:
    """Routines :class:`CsvLane` works out with arrays: no frequency, no rejected row, one skin type
    per routine; names repeat, need quoting or neutralising; some routines name two dates."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["routine", "product", "ingredients", "slot", "needling date", "skin type", "pih prone"])
    for r in range(routines):
        days = [rng.choice(DATES[:4])] * 6 if r % 9 else [rng.choice(DATES[:4]) for _ in range(6)]
        skin, pih = rng.choice(["", "", "V", "II"]), rng.choice(["", "", "yes", "no"])
        for i in range(rng.randint(1, 8)):
            writer.writerow([f"=R{r}" if r % 40 == 0 else f"R{r}", rng.choice(NAMES), rng.choice(LISTS),
                             rng.choice(SLOTS), days[i % 6], skin, pih])
    path = tmp_path / "clean.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def _walk_and_lane(tmp_path, monkeypatch, make, limits):
    """Two checkers of the export ``make`` writes (one for the walk, one for a lane), the lane's
    caches forgotten past ``limits`` (items, lines) when given."""
    from compatcheck.batch import lane as lane_module

    if limits:
        monkeypatch.setattr(lane_module, "_ITEM_LIMIT", limits[0])
        monkeypatch.setattr(lane_module, "_LINE_LIMIT", limits[1])
    options = BatchOptions(make(tmp_path), on=date(2026, 12, 8), needling_dates=(date(2026, 12, 11),),
                           ignore=("AD002",))
    return read_export(options)[0], read_export(options)[0]


@pytest.mark.parametrize("block, limits", [(1, None), (7, None), (4000, None), (7, (5, 5)), (7, (10**6, 5))])
@pytest.mark.parametrize("make", [_export, _export_without_notes])
def test_the_array_lane_writes_what_the_routine_walk_writes(tmp_path, monkeypatch, make, block, limits):
    """:class:`CsvLane` (blocks of routines, with arrays) gives the walk's bytes and tallies, also
    when what it keeps is forgotten between blocks (small ``limits``: everything, or lines alone)."""
    from compatcheck.batch.lane import CsvLane

    walk, lane = _walk_and_lane(tmp_path, monkeypatch, make, limits)
    expected, tally = io.StringIO(), Tally()
    writer = Writer(expected, "csv", continued=True)
    for name, items in walk.sorted_answers():
        writer.write_answers(name, items)
        tally.add_findings(finding_of(item) for item, _ in items)
    got, lane_tally, routines = io.StringIO(), Tally(), 0
    for text, counts, n in CsvLane(lane, Writer(got, "csv", continued=True), block=block).texts(lane.order()):
        got.write(text)
        lane_tally.add_counts(counts)
        routines += n
    assert routines == len(walk.routine_ids)
    assert got.getvalue() == expected.getvalue()
    assert lane_tally.counts == tally.counts and lane_tally.worst == tally.worst
    assert expected.getvalue().count("\n") > 3 * routines




@given(st.lists(_CELL, min_size=1, max_size=4))
def test_a_rendered_row_is_what_the_csv_writer_writes(row):
    """The writer's own line renderer (no csv.writer call per line) quotes, doubles quotes and
    neutralises exactly as :mod:`csv` does, lone empty cell and lone carriage return included;
    no control character gets into the report."""
    assert render_row(row) == _lines([row])
    assert not _CONTROL & set(render_row(row))


@given(st.lists(_CELL, min_size=1, max_size=4))
def test_control_characters_become_replacement_characters(row):
    (back,) = csv.reader(io.StringIO(render_row(row), newline=""))
    assert back == [neutralise(cell) for cell in row] and not _CONTROL & set("".join(back))
    assert [cell.count("\ufffd") for cell in back] == [sum(c in _CONTROL for c in cell) for cell in row]


def test_no_control_character_reaches_a_csv_report(tmp_path):
    """A NUL or an escape in a routine, product or ingredient cell: replaced in every csv cell, by
    the array lane and the routine walk alike (they write the same bytes)."""
    text = ('routine,product,ingredients,slot\n'
            'R\x001,Nul\x00Serum,"Aqua, Retinol\x00, Zorb\x01lax",PM\n'
            'R\x001,Glow Toner,"Aqua, Glycolic Acid",PM\n'
            '\x1bR2,\x1f=Cream,"Aqua, Ascorbic Acid",AM\n'
            'R3,Night Serum,"Aqua, Retinol",PM\n')
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    options = BatchOptions(str(path), on=date(2026, 12, 8), needling_dates=(date(2026, 12, 11),))
    walk, got = io.StringIO(), io.StringIO()
    writer = Writer(walk, "csv", continued=True)
    for name, items in read_export(options)[0].sorted_answers():
        writer.write_answers(name, items)
    from compatcheck.batch.lane import CsvLane

    lane = read_export(options)[0]
    for chunk, _, _ in CsvLane(lane, Writer(got, "csv", continued=True)).texts(lane.order()):
        got.write(chunk)
    assert got.getvalue() == walk.getvalue()
    assert not _CONTROL & set(walk.getvalue())
    assert "R\ufffd1" in walk.getvalue() and "Nul\ufffdSerum" in walk.getvalue() and "\ufffdR2" in walk.getvalue()


@pytest.mark.parametrize("row, line", [
    (["Night\rSerum", "x"], '"Night\rSerum",x\n'),
    (["a", "x\r"], 'a,"x\r"\n'),
    (["Line\r\nBreak"], '"Line\r\nBreak"\n'),
])
def test_a_cell_with_a_carriage_return_is_quoted(row, line):
    assert render_row(row) == line
    (back,) = csv.reader(io.StringIO(line, newline=""))
    assert back == row


def test_a_bare_carriage_return_in_a_name_does_not_split_a_report_row(tmp_path):
    """Through the array lane (a plain routine) and the routine walk (a routine with a rejected
    row): every line of the report read back has the report's columns."""
    from compatcheck.batch import run_batch
    from compatcheck.formatters.batch_output import FINDING_COLUMNS

    text = ('routine,product,ingredients,needling_date\n'
            'R1,"Night\rSerum","Aqua, Retinol",\n'
            'R1,"Glow\rToner","Aqua, Glycolic Acid",\n'
            'R2,"Peel\rPads","Aqua, Salicylic Acid",\n'
            'R2,Other,,03/04/2026\n')
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("utf-8"))
    out = tmp_path / "report.csv"
    run_batch(BatchOptions(str(path), on=date(2026, 12, 8), needling_dates=(date(2026, 12, 11),), output=str(out)))
    report = out.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(report, newline="")))
    assert all(len(row) == len(FINDING_COLUMNS) for row in rows), rows
    assert any("Night\rSerum" in row[4] for row in rows) and any("Peel\rPads" in row[4] for row in rows)
    # a spreadsheet splits lines at a bare \r outside quotes too: there is none
    outside = "".join(report.split('"')[0::2])
    assert "\r" not in outside


@given(st.lists(st.tuples(st.integers(-1, 6), st.integers(-1, 3), st.integers(0, 2)), min_size=1, max_size=40),
       st.booleans())
def test_distinct_columns_are_what_numpy_unique_along_an_axis_gives(rows, huge):
    import numpy as np

    from compatcheck.batch.lane import _unique_columns

    columns = [np.array(c, dtype=np.int64) for c in zip(*rows)]
    if huge:  # ranges too wide to pack into one int64 key: the axis unique is used
        columns[0] = columns[0] * (1 << 40)
        columns[1] = columns[1] * (1 << 40)
    want, want_first, want_of = np.unique(np.stack(columns), axis=1, return_index=True, return_inverse=True)
    got, first, of = _unique_columns(*columns, return_index=True)
    assert got.tolist() == want.tolist()
    assert first.tolist() == want_first.tolist()
    assert of.tolist() == want_of.reshape(-1).tolist()
    assert _unique_columns(*columns)[1].tolist() == of.tolist()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "markdown", "table"])
@pytest.mark.parametrize("block, limits", [(1, None), (7, None), (4000, None), (7, (5, 5))])
@pytest.mark.parametrize("make", [_export, _export_without_notes])
def test_the_report_lanes_write_what_the_report_walk_writes(tmp_path, monkeypatch, make, block, limits, fmt):
    """:class:`JsonLane` and :class:`SummaryLane` give the bytes and tallies of writing each
    routine's report; routines with notes (rejected rows, frequencies) come whole from the walk,
    in their place."""
    from compatcheck.batch.json_lane import JsonLane
    from compatcheck.batch.summary_lane import SummaryLane

    walk, lane = _walk_and_lane(tmp_path, monkeypatch, make, limits)
    expected, tally = io.StringIO(), Tally()
    writer = Writer(expected, fmt)
    for report in walk.reports():
        writer.write(report)
        tally.add_findings(report.findings)
    got, lane_tally, routines = io.StringIO(), Tally(), 0
    lane_writer = Writer(got, fmt)
    json = fmt in ("jsonl", "json")
    write = lane_writer.write_objects if json else lane_writer.write_lines
    for text, counts, n in (JsonLane if json else SummaryLane)(lane, lane_writer, block=block).texts(lane.order()):
        write(text)
        lane_tally.add_counts(counts)
        routines += n
    assert routines == len(walk.routine_ids)
    assert got.getvalue() == expected.getvalue()
    assert lane_tally.counts == tally.counts and lane_tally.worst == tally.worst
    if json:
        assert expected.getvalue().count('"code": ') > 3 * routines
    else:  # routines whose first finding names a product (a template filled in) are there
        header = 2 if fmt == "markdown" else 1
        lines = expected.getvalue().splitlines()
        assert len(lines) == routines + header
        assert any(name in line for line in lines[header:] for name in ("Night Serum", "C Serum", "BHA Liquid"))


@given(st.lists(st.one_of(st.text(), _CELL), min_size=2, max_size=2))
def test_a_template_object_is_the_json_of_its_filled_finding(names):
    """Whatever the names hold (quotes, backslashes, braces, NULs, line breaks)."""
    import json

    from compatcheck.formatters.batch_output import JsonPieces
    from compatcheck.formatters.json_format import finding_dict

    text = JsonPieces.filled(TEMPLATE, JsonPieces.template_format(TEMPLATE), names)
    assert text == json.dumps(finding_dict(fill(TEMPLATE, names)), ensure_ascii=False)
