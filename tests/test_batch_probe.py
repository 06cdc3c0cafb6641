"""``compatcheck batch`` on exports as clinics' tools write them: the warts found by probing."""

from __future__ import annotations

from datetime import date

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
