"""The batch core: rows of an export in, one report per routine out.

Real exports repeat the same products across thousands of routines, so each
chunk is factorised: every distinct (name, ingredient list) is detected once for
the whole run, every distinct slot and date cell is read once, and a row becomes
a few integers (its line, routine, product, slot and date). Routines are checked
when every chunk has been read, so a routine split across chunks, or spread over
the file, is checked whole; memory grows with those integers (about 30 bytes a
row), not with the text. The rules run through :class:`~compatcheck.memo.RoutineChecker`,
which reuses answers across routines and gives what ``check`` gives.

:func:`check_frame` is the same work as a pure ``DataFrame -> DataFrame``
function, for engines that already split the data (Dask ``map_partitions``
after grouping rows by routine).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from compatcheck.api import sort_findings
from compatcheck.batch.read import Chunk, filled_cells
from compatcheck.dates import parse_date
from compatcheck.detect import detect
from compatcheck.errors import InputError
from compatcheck.memo import RoutineChecker
from compatcheck.model import SLOTS, Detected, Product, Report
from compatcheck.parse import ParseNote, read_slot
from compatcheck.rules import Context
from compatcheck.table import IngredientTable, load_table

#: Slot values by index; a row's slot is stored as one of these indexes.
_SLOT_VALUES = (frozenset({"AM"}), frozenset({"PM"}), frozenset(SLOTS))
_BOTH = 2
NO_ROUTINE = "(whole file)"  # the export has no routine column
NO_ROUTINE_ID = "(no routine id)"  # a row whose routine cell is empty


class BatchChecker:
    """Collect chunks of an export, then check every routine in it."""

    def __init__(self, table: IngredientTable, *, on: date, needling_dates: Iterable[date] = (),
                 ignore: Iterable[str] = ()):
        self.table = table
        self.on = on
        self.default_dates = tuple(sorted(set(needling_dates)))
        self.ignore = tuple(ignore)
        self.rules = RoutineChecker(self.ignore)
        self.routine_ids: dict[str, int] = {}
        self._product_ids: dict[tuple[str, str | None], int] = {}
        self.detected: list[Detected] = []
        self._with_slot: dict[int, Detected] = {}
        self._slots: dict[str, tuple[int, str | None]] = {}
        self._dates: dict[str, date | str | None] = {}
        self.date_values: list[date] = []
        self._parts: list[tuple[np.ndarray, ...]] = []
        self.notes: dict[int, list[ParseNote]] = {}
        self._slot_texts: list[str] = []
        self._date_errors: list[str] = []
        self.rows_read = 0
        self.rows_rejected = 0
        self.blank_lines = 0

    # -- reading ---------------------------------------------------------------------------

    def add(self, chunk: Chunk) -> None:
        """Factorise a chunk's rows into integers; note its rejected rows."""
        rows = chunk.rows
        self.blank_lines += chunk.blank
        self.rows_read += len(rows) + len(chunk.rejected)
        for bad in chunk.rejected:
            self._reject(self._routine(bad.routine), bad.line, bad.product, bad.reason)
        if not len(rows):
            return
        lines = rows["line"].to_numpy(dtype=np.int64)
        if "routine" in rows:
            routine = self._codes(rows, "routine", self._routine)
        else:  # no routine column: the whole file is one routine
            routine = np.full(len(rows), self._routine(NO_ROUTINE), dtype=np.int64)
        product = self._products(rows)
        slot = self._codes(rows, "slot", self._slot)
        when = self._codes(rows, "needling_date", self._date)
        bad_slot = slot >= len(_SLOT_VALUES)
        no_name = ~filled_cells(rows["product"])
        bad_date = when < -1
        for i in np.flatnonzero(no_name | bad_date | bad_slot):
            name = "" if no_name[i] else self.detected[product[i]].name
            if no_name[i]:
                self._reject(routine[i], lines[i], "", "no product name")
            elif bad_date[i]:
                self._reject(routine[i], lines[i], name, self._date_errors[-2 - when[i]])
            else:
                text = self._slot_texts[slot[i] - len(_SLOT_VALUES)]
                self.notes.setdefault(routine[i], []).append(ParseNote(
                    int(lines[i]), name, text, f"slot {text!r} not understood", "IN010"))
        keep = ~(no_name | bad_date)
        slot = np.where(bad_slot, _BOTH, slot)
        self._parts.append((lines[keep], routine[keep], product[keep], slot[keep].astype(np.int8),
                            when[keep]))

    def _codes(self, rows: pd.DataFrame, role: str, read) -> np.ndarray:
        """Per row, ``read(cell text)`` computed once per distinct cell."""
        if role not in rows:
            return np.full(len(rows), read(""), dtype=np.int64)
        codes = rows[role].cat.codes.to_numpy()
        missing = [read("")] if (codes < 0).any() else [0]  # code -1: a cell the row did not have
        values = np.array([read(str(c)) for c in rows[role].cat.categories] + missing, dtype=np.int64)
        return values[codes]

    def _routine(self, text: str) -> int:
        key = text.strip() or NO_ROUTINE_ID
        return self.routine_ids.setdefault(key, len(self.routine_ids))

    def _slot(self, text: str) -> int:
        slots = read_slot(text)
        if slots is not None:
            return _SLOT_VALUES.index(slots)
        if text not in self._slot_texts:
            self._slot_texts.append(text)
        return len(_SLOT_VALUES) + self._slot_texts.index(text)

    def _date(self, text: str) -> int:
        """-1: no date in the cell; >= 0: index of the date; <= -2: an error's index."""
        text = text.strip()
        if not text:
            return -1
        try:
            day = parse_date(text, "needling date")
        except InputError as exc:
            self._date_errors.append(exc.one_line())
            return -1 - len(self._date_errors)
        if day not in self.date_values:
            self.date_values.append(day)
        return self.date_values.index(day)

    def _products(self, rows: pd.DataFrame) -> np.ndarray:
        """Per row, the id of its distinct (name, ingredient list); new ones are detected."""
        names = rows["product"]
        n_codes = names.cat.codes.to_numpy().astype(np.int64)
        if "ingredients" in rows:
            lists = rows["ingredients"]
            i_codes = lists.cat.codes.to_numpy().astype(np.int64) + 1  # 0: no list
            list_texts = [None, *(str(c) for c in lists.cat.categories)]
        else:
            i_codes = np.zeros(len(rows), dtype=np.int64)
            list_texts = [None]
        width = len(list_texts)
        unique, inverse = np.unique(n_codes * width + i_codes, return_inverse=True)
        name_texts = [str(c) for c in names.cat.categories]
        ids = np.empty(len(unique), dtype=np.int64)
        for j, key in enumerate(unique.tolist()):
            name_code, list_code = divmod(key, width)
            name = name_texts[name_code].strip() if name_code >= 0 else ""
            inci = (list_texts[list_code] or "").strip() or None
            ids[j] = self._product(name, inci)
        return ids[inverse.reshape(-1)]

    def _product(self, name: str, inci: str | None) -> int:
        key = (name, inci)
        pid = self._product_ids.get(key)
        if pid is None:
            pid = self._product_ids[key] = len(self.detected)
            self.detected.append(detect(Product(name or "(no name)", inci=inci), self.table))
        return pid

    def _reject(self, routine: int, line: int, product: str, reason: str) -> None:
        self.rows_rejected += 1
        self.notes.setdefault(routine, []).append(ParseNote(int(line), product or None, "", reason, "IN009"))

    # -- checking --------------------------------------------------------------------------

    def reports(self) -> Iterator[Report]:
        """One report per routine, in the order routines first appear in the file."""
        names = list(self.routine_ids)
        if self._parts:
            lines, routine, product, slot, when = (np.concatenate(p) for p in zip(*self._parts))
        else:
            lines = routine = product = slot = when = np.empty(0, dtype=np.int64)
        order = np.lexsort((lines, routine))
        lines, routine, product, slot, when = (a[order] for a in (lines, routine, product, slot, when))
        starts = np.searchsorted(routine, np.arange(len(names)), side="left").tolist()
        ends = np.searchsorted(routine, np.arange(len(names)), side="right").tolist()
        first = np.full(len(names), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first, routine, lines)
        for gid, notes in self.notes.items():
            first[gid] = min(int(first[gid]), min(n.line for n in notes))
        product, slot, when = product.tolist(), slot.tolist(), when.tolist()
        for gid in np.argsort(first, kind="stable").tolist():
            name = names[gid]
            s, e = starts[gid], ends[gid]
            keys = [p * 3 + k for p, k in zip(product[s:e], slot[s:e])]
            products = [self._detected(key) for key in keys]
            row_dates = {self.date_values[w] for w in when[s:e] if w >= 0}
            dates = tuple(sorted(row_dates)) if row_dates else self.default_dates
            notes = tuple(sorted(self.notes.get(gid, ()), key=lambda n: n.line))
            findings = self.rules.check(products, keys, Context((), dates, self.on, notes))
            yield Report(as_of=self.on, needling_dates=dates, products=tuple(products),
                         findings=tuple(sort_findings(findings, products)), table_label=self.table.label,
                         routine=name, ignored=self.ignore)

    def _detected(self, key: int) -> Detected:
        found = self._with_slot.get(key)
        if found is None:
            pid, slot = divmod(key, 3)
            base = self.detected[pid]
            found = base._replace(product=base.product._replace(slots=_SLOT_VALUES[slot]))
            self._with_slot[key] = found
        return found


def check_frame(frame: pd.DataFrame, *, table: IngredientTable | None = None, on: date | None = None,
                needling_dates: Iterable[date] = (), ignore: Iterable[str] = ()) -> pd.DataFrame:
    """Rows of whole routines (columns named by role) -> one row per finding.

    Columns: ``product`` (required), ``routine``, ``ingredients``, ``slot``,
    ``needling_date`` and ``line`` (optional). Every row of a routine must be in
    ``frame``: with Dask, group the rows by routine first, then
    ``ddf.map_partitions(check_frame, ...)``. Pure: ``frame`` is not modified.
    """
    from compatcheck.formatters.batch_output import finding_rows, FINDING_COLUMNS

    if "product" not in frame:
        raise InputError("the frame has no 'product' column", hint=f"columns: {', '.join(map(str, frame.columns))}")
    table = load_table() if table is None else table
    roles = [c for c in ("routine", "product", "ingredients", "slot", "needling_date") if c in frame]
    rows = frame[roles].astype("string").fillna("").astype("category")
    lines = frame["line"].to_numpy() if "line" in frame else np.arange(2, len(frame) + 2)
    checker = BatchChecker(table, on=on or date.today(), needling_dates=needling_dates, ignore=ignore)
    checker.add(Chunk(rows.assign(line=lines), (), 0, 0))
    out = [row for report in checker.reports() for row in finding_rows(report)]
    return pd.DataFrame(out, columns=FINDING_COLUMNS)


__all__ = ["BatchChecker", "check_frame", "NO_ROUTINE"]
