"""Read an export in chunks, keeping every row: checked, or rejected with its line.

The fast path is pandas' C reader, in chunks, with the text columns read as
categoricals (each distinct product text is decoded once per chunk). Rows with
fewer cells than the header are read with the missing cells empty (spreadsheets
drop trailing empty cells). An unclosed quote pairs with the next quote in the
file and hides rows inside one cell, so when the C reader meets a row with more
cells than the header, a cell that spans lines, or a quote open at the end, the
file is read again line by line (:func:`_slow_records`): a record must parse
strictly within a few lines, else only its first line is rejected. Rows with
more cells than the header are rejected there, by line.

A categorical column whose cells all look like numbers (client ids ``01``, ``1``,
``001``) comes back from pandas with numeric categories: ``01`` and ``1`` would be one
client. Such a column is read again as text (:class:`ReadFailed` ``"text"``).

Line numbers are the file's: the header is line 1 unless lines (a title) sit above it.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections import deque
from pathlib import Path
from typing import Iterator, NamedTuple

import numpy as np
import pandas as pd

from compatcheck.batch.sniff import Dialect

#: A quoted cell may hold line breaks; one open for longer is an unclosed quote.
_MAX_RECORD_LINES = 50
#: The C reader's warnings for a row with more cells than the header: skipped, or (the first
#: row; with index_col=False) its extra cells dropped.
_SKIPPED = re.compile(r"Skipping line \d+: expected \d+ fields|Length of header or names does not match")


class Rejected(NamedTuple):
    """A row that could not be read, and why."""

    line: int
    routine: str
    product: str
    reason: str


class Chunk(NamedTuple):
    """Rows read, one per product: ``line`` plus one column per role found."""

    rows: pd.DataFrame
    rejected: tuple[Rejected, ...]
    blank: int  # blank lines (no cell filled): not rows
    position: int  # bytes of the file read so far, for progress


class ReadFailed(Exception):
    """The fast reader cannot go on: ``kind`` is ``"quote"`` (an unclosed quote or a
    row it cannot split), ``"encoding"`` (bytes not in the encoding) or ``"text"``
    (``columns``, by index, came back as numbers: read them as text)."""

    def __init__(self, kind: str, message: str, columns: frozenset[int] = frozenset()):
        super().__init__(message)
        self.kind = kind
        self.columns = columns


def read_chunks(path: str | Path, dialect: Dialect, columns: dict[str, int], chunksize: int,
                slow: bool = False, text: frozenset[int] = frozenset()) -> Iterator[Chunk]:
    """Chunks of rows; ``columns`` maps each role to its column index; the columns of ``text``
    (indexes) are read as text, then made categorical (see :class:`ReadFailed` ``"text"``)."""
    if slow:
        yield from _slow_chunks(path, dialect, columns, chunksize)
        return
    width = max(len(dialect.header), max(columns.values()) + 1)
    roles = sorted(columns, key=columns.get)
    with open(path, "rb") as fh:
        reader = pd.read_csv(
            fh, sep=dialect.sep, encoding=dialect.encoding, header=None, skiprows=dialect.header_line + 1,
            names=[f"c{i}" for i in range(width)],  # no usecols: with it, extra cells pass unseen
            dtype={f"c{i}": str if i in text else "category" for i in range(width)},
            keep_default_na=False, na_values=[], skip_blank_lines=False,
            chunksize=chunksize, on_bad_lines="warn", engine="c", quotechar='"',
            index_col=False,  # else a first row with extra cells makes them an index: every column shifts
        )
        done = 0  # rows the reader returned so far
        with reader:
            while True:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    try:
                        frame = next(reader)
                    except StopIteration:
                        break
                    except pd.errors.ParserError:
                        raise ReadFailed("quote", "a quote is left open or a row cannot be split") from None
                    except UnicodeDecodeError as exc:
                        raise ReadFailed("encoding", str(exc)) from None
                for i in text:
                    frame[f"c{i}"] = frame[f"c{i}"].astype("category")
                # A quote left open pairs with the next quote in the file and hides rows
                # inside one cell: only reading line by line can tell.
                if _skipped_rows(caught):
                    raise ReadFailed("quote", "a row has more cells than the header")
                if _spans_lines(frame):
                    raise ReadFailed("quote", "a cell spans lines")
                numeric = frozenset(columns[r] for r in roles
                                    if columns[r] not in text and _numbers(frame.iloc[:, columns[r]]))
                if numeric:  # "01" and "1" were read as one number: read those columns as text
                    raise ReadFailed("text", "cells read as numbers", numeric)
                frame = frame.iloc[:, [columns[r] for r in roles]]
                frame.columns = roles
                first = dialect.header_line + 2 + done  # the file's line of the frame's first row
                lines = np.arange(first, first + len(frame), dtype=np.int64)
                done += len(frame)
                yield _chunk(frame, lines, fh.tell())


def _numbers(column: pd.Series) -> bool:
    """Whether pandas turned a categorical column's cells into numbers or booleans."""
    return isinstance(column.dtype, pd.CategoricalDtype) and column.cat.categories.dtype.kind in "biufcmM"


def _skipped_rows(caught) -> bool:
    """Whether the C reader skipped a row with more cells than the header."""
    return any(_SKIPPED.search(str(warning.message)) for warning in caught)


def _spans_lines(frame: pd.DataFrame) -> bool:
    return any(any("\n" in c or "\r" in c for c in category_texts(frame[col])) for col in frame)


def _too_many(saw: int, expected: int) -> str:
    return f"{saw} cells where the header has {expected}"


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def category_texts(column: pd.Series) -> list[str]:
    """The distinct cells of a categorical column, as text, in the order of its codes (taken as
    one list: iterating the categories themselves costs ten times more)."""
    return [c if type(c) is str else str(c) for c in column.cat.categories.to_numpy(dtype=object).tolist()]


def filled_cells(column: pd.Series):
    """Whether each cell of a categorical column holds something besides spaces."""
    filled = np.array([bool(c.strip()) for c in category_texts(column)] + [False])
    return filled[column.cat.codes.to_numpy()]  # code -1 (missing) picks the last: False


def _chunk(frame: pd.DataFrame, lines, position: int) -> Chunk:
    filled = None
    for column in frame.columns:
        cells = filled_cells(frame[column])
        filled = cells if filled is None else filled | cells
    frame = frame.assign(line=lines)
    blank = int((~filled).sum())
    if blank:  # the cells of blank rows must not be read: an empty routine cell is a routine
        frame = rows_kept(frame, filled)
    return Chunk(frame, (), blank, position)


def rows_kept(frame: pd.DataFrame, keep) -> pd.DataFrame:
    """The rows ``keep`` of a chunk's frame, without the cells only the others held (every
    distinct cell is read: a routine cell left behind would make a routine)."""
    frame = frame[keep]
    return frame.assign(**{c: frame[c].cat.remove_unused_categories() for c in frame.columns if c != "line"})


def _slow_records(lines: Iterator[tuple[int, str]], sep: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line, cells or None, text) per record; an unclosed quote rejects only its line."""
    pending: deque[tuple[int, str]] = deque()
    source = iter(lines)

    def take():
        if pending:
            return pending.popleft()
        return next(source, None)

    while (first := take()) is not None:
        taken = [first]
        while True:
            text = "".join(t for _, t in taken)
            try:
                cells = next(csv.reader([text], delimiter=sep, strict=True), [])
                yield first[0], cells, text
                break
            except csv.Error:
                more = take() if len(taken) < _MAX_RECORD_LINES else None
                if more is None:
                    yield first[0], None, first[1]
                    pending.extendleft(reversed(taken[1:]))
                    break
                taken.append(more)


def _slow_chunks(path, dialect: Dialect, columns: dict[str, int], chunksize: int) -> Iterator[Chunk]:
    roles = sorted(columns, key=columns.get)
    width = len(dialect.header)
    with open(path, encoding=dialect.encoding, errors="strict", newline="") as fh:
        numbered = _lines(fh)
        for _ in range(dialect.header_line + 1):  # the header and the lines above it
            next(numbered, None)
        rows: list[list] = []
        rejected: list[Rejected] = []
        blank = 0
        for line, cells, text in _slow_records(numbered, dialect.sep):
            if cells is None:
                rough = text.replace('"', "").split(dialect.sep)
                rejected.append(Rejected(line, _cell(rough, columns.get("routine")),
                                         _cell(rough, columns.get("product")),
                                         "a quote is opened and never closed"))
            elif not any(c.strip() for c in cells):
                blank += 1
            elif len(cells) > width:
                rejected.append(Rejected(line, _cell(cells, columns.get("routine")),
                                         _cell(cells, columns.get("product")),
                                         _too_many(len(cells), width)))
            else:
                rows.append([line, *(_cell(cells, columns[r]) for r in roles)])
            if len(rows) >= chunksize:
                yield _slow_chunk(rows, roles, rejected, blank)
                rows, rejected, blank = [], [], 0
        yield _slow_chunk(rows, roles, rejected, blank)


def _lines(fh) -> Iterator[tuple[int, str]]:
    try:
        yield from enumerate(fh, start=1)
    except UnicodeDecodeError as exc:
        raise ReadFailed("encoding", str(exc)) from None


def _slow_chunk(rows, roles, rejected, blank) -> Chunk:
    frame = pd.DataFrame(rows, columns=["line", *roles])
    for role in roles:
        frame[role] = frame[role].astype("category")
    return Chunk(frame, tuple(rejected), blank, 0)
