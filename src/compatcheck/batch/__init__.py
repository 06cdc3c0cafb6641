"""``compatcheck batch``: check every routine of a CSV export, losing nothing.

>>> from compatcheck.batch import BatchOptions, run_batch  # doctest: +SKIP
>>> summary = run_batch(BatchOptions("export.csv", fmt="csv", output="report.csv"))  # doctest: +SKIP

Reading (:mod:`.sniff`, :mod:`.read`), checking (:mod:`.frame`) and writing
(:mod:`compatcheck.formatters.batch_output`) are separate; this module runs them
in order. It imports pandas, so only the ``batch`` command imports it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, NamedTuple

from compatcheck.batch.frame import BatchChecker, check_frame
from compatcheck.batch.read import ReadFailed, read_chunks
from compatcheck.batch.sniff import ROLES, counts_per_week, duplicate_notes, map_columns, sniff
from compatcheck.errors import InputError
from compatcheck.model import Profile
from compatcheck.output import atomic_open
from compatcheck.table import load_table

CHUNK_ROWS = 100_000


class BatchOptions(NamedTuple):
    path: str
    fmt: str = "csv"
    output: str | None = None
    on: date | None = None
    needling_dates: tuple[date, ...] = ()
    ignore: tuple[str, ...] = ()
    ingredients: str | None = None
    encoding: str | None = None
    sep: str | None = None
    columns: tuple[tuple[str, str], ...] = ()  # (role, header) overrides
    chunk_rows: int = CHUNK_ROWS
    profile: Profile = Profile()  # for routines whose cells do not state it (``--skin-type``...)
    jobs: int = 1  # processes checking routines (helpers only for large exports; see .parallel)


#: progress(stage, done, total): stage "read" counts bytes, "check" counts routines.
Progress = Callable[[str, int, int], None]


def read_export(options: BatchOptions, progress: Progress | None = None):
    """Read the whole export into a :class:`BatchChecker` (rows as integers).

    Returns ``(checker, dialect, columns, notes)``; ``checker.reports()`` then
    checks the routines one by one.
    """
    progress = progress or (lambda stage, done, total: None)
    path = options.path
    dialect = sniff(path, options.encoding, options.sep, tuple(h for _, h in options.columns))
    columns = map_columns(dialect.header, dict(options.columns), where=_where(path, dialect))
    table = load_table(options.ingredients)
    size = Path(path).stat().st_size
    per_week = "frequency" in columns and counts_per_week(_header(dialect, columns["frequency"]))
    notes: list[str] = duplicate_notes(dialect.header, columns)
    if dialect.header_line:
        notes.append(f"the header is line {dialect.header_line + 1}; {_lines_above(dialect.header_line)}")
    slow = False
    text: frozenset[int] = frozenset()  # columns read as text (their cells looked like numbers)
    while True:
        checker = BatchChecker(table, on=options.on or date.today(), needling_dates=options.needling_dates,
                               ignore=options.ignore, profile=options.profile, frequency_per_week=per_week,
                               judge_skin_type="skin_type" not in dict(options.columns))
        try:
            for chunk in read_chunks(path, dialect, columns, options.chunk_rows, slow=slow, text=text):
                checker.add(chunk)
                progress("read", chunk.position or size, size)
            if checker.profiles.cosmetic:
                notes.append(_cosmetic_note(_header(dialect, columns["skin_type"]), checker.profiles.cosmetic))
            return checker, dialect, columns, notes
        except ReadFailed as failed:
            if failed.kind == "text":
                text |= failed.columns
            elif failed.kind == "encoding" and options.encoding is None and dialect.encoding == "utf-8":
                notes.append("the file is not UTF-8 throughout; read it as cp1252 (use --encoding to choose)")
                dialect = dialect._replace(encoding="cp1252")
            elif failed.kind == "encoding":
                raise InputError(f"not valid {dialect.encoding} ({failed})", where=path,
                                 hint="pass the file's encoding with --encoding (e.g. cp1252)") from None
            elif not slow:
                notes.append(f"{failed}: the file was read line by line, where a quote left open rejects "
                             "only its own line")
                slow = True
            else:
                raise InputError(f"cannot split the rows ({failed})", where=path,
                                 hint="check the delimiter (--sep) and the quotes") from None


def run_batch(options: BatchOptions, progress: Progress | None = None) -> dict:
    """Read, check and write; return the summary (counts, worst severity, notes)."""
    from compatcheck.batch.parallel import shares, write_shares
    from compatcheck.formatters.batch_output import Writer

    progress = progress or (lambda stage, done, total: None)
    checker, dialect, columns, notes = read_export(options, progress)
    routines = len(checker.routine_ids)
    parts = shares(checker, options.jobs)
    folder = None if options.output in (None, "-") else str(Path(options.output).parent)
    with atomic_open(options.output) as out:
        writer = Writer(out, options.fmt)
        tally = write_shares(checker, parts, writer, out, lambda fh: Writer(fh, options.fmt, continued=True),
                             folder, lambda done: progress("check", done, routines))
        progress("check", routines, routines)
        summary = {
            "rows_read": checker.rows_read, "rows_checked": checker.rows_read - checker.rows_rejected,
            "rows_rejected": checker.rows_rejected, "routines": routines,
            "routines_checked": routines - checker.routines_rejected, "routines_rejected": checker.routines_rejected,
            "blank_lines": checker.blank_lines,
            "distinct_products": checker.distinct_products, "findings": tally.counts,
            "encoding": dialect.encoding, "delimiter": dialect.sep,
            "columns": {role: _header(dialect, i) for role, i in sorted(columns.items(), key=lambda kv: kv[1])},
            "notes": notes,
        }
        writer.close(summary)
    summary["worst"], summary["processes"] = tally.worst, len(parts)
    return summary


def _cosmetic_note(header: str, examples: tuple[str, ...]) -> str:
    shown = ", ".join(examples)
    return (f"column {header!r} holds skin types such as {shown}, not Fitzpatrick types I-VI, so it was not "
            "used; name a Fitzpatrick column with --column skin_type=HEADER, or give --skin-type")


def _where(path: str, dialect) -> str:
    """The file, and the header's line when it is not the first."""
    return f"{path}, line {dialect.header_line + 1}" if dialect.header_line else path


def _lines_above(n: int) -> str:
    return "the line above it is not a row" if n == 1 else f"the {n} lines above it are not rows"


def _header(dialect, index: int) -> str:
    return dialect.header[index] if index < len(dialect.header) else f"#{index + 1}"


__all__ = ["BatchOptions", "read_export", "run_batch", "check_frame", "ROLES"]
