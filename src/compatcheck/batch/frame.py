"""The batch core: rows of an export in, one report per routine out.

Real exports repeat the same products across thousands of routines, so each
chunk is factorised: every distinct (name, ingredient list) is detected once for
the whole run, every distinct slot, date, frequency and profile cell is read once
(:mod:`.cells`), and a row becomes a few integers (its line, routine, product —
one id per distinct name, list and frequency — slot and date). Routines are checked
when every chunk has been read, so a routine split across chunks, or spread over
the file, is checked whole; memory grows with those integers (about 30 bytes a
row), not with the text. The rules run through :class:`~compatcheck.memo.RoutineChecker`,
which reuses answers across routines and gives what ``check`` gives.

:func:`check_frame` is the same work as a pure ``DataFrame -> DataFrame``
function, for engines that already split the data (Dask ``map_partitions``
after grouping rows by routine).
"""

from __future__ import annotations

import re
from datetime import date
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple, Sequence

import numpy as np
import pandas as pd

from compatcheck.api import finding_key, product_order, sort_findings
from compatcheck.batch.cells import Frequencies, Profiles
from compatcheck.batch.footer import total_row_reason, total_rows
from compatcheck.batch.read import Chunk, category_texts, filled_cells, rows_kept
from compatcheck.batch.sniff import ROLES
from compatcheck.dates import parse_date
from compatcheck.detect import detect
from compatcheck.errors import InputError
from compatcheck.memo import RoutineChecker, finding_of
from compatcheck.model import SLOTS, Detected, Product, Profile, Report
from compatcheck.parse import ParseNote, read_slot
from compatcheck.rules import Context
from compatcheck.table import IngredientTable, load_table

#: Slot values by index; a row's slot is stored as one of these indexes.
_SLOT_VALUES = (frozenset({"AM"}), frozenset({"PM"}), frozenset(SLOTS))
_BOTH = 2
#: The time after an appointment's date (``2026-12-10 14:30``, ``2026-12-10T14:30:00Z``,
#: ``10 Dec 2026 9:30 AM``): the day is what counts, so it is set aside.
_TIME = re.compile(r"(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
                   r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$")
#: A spreadsheet's day number (46366 is 2026-12-10 in Excel): a date column exported as numbers.
_DAY_NUMBER = re.compile(r"\d{5}(?:\.\d+)?")
NO_ROUTINE = "(whole file)"  # the export has no routine column
NO_ROUTINE_ID = "(no routine id)"  # a row whose routine cell is empty


def places_in_runs(counts: np.ndarray) -> np.ndarray:
    """For runs of ``counts`` items laid end to end, each item's place in its run:
    ``[2, 3] -> [0, 1, 0, 1, 2]``."""
    counts = np.asarray(counts, dtype=np.int64)
    return np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


class _Arrangement(NamedTuple):
    """The checked rows sorted by routine and line (see :meth:`BatchChecker._arranged`). Arrays, not
    lists: at 1,000,000 rows, lists of Python ints held ~65 MB more in each process."""

    lines: np.ndarray
    product: np.ndarray  # per row, its product id
    slot: np.ndarray  # per row, its index in _SLOT_VALUES
    when: np.ndarray  # per row, its date's index (-1: none)
    starts: np.ndarray  # per routine id, where its rows start
    ends: np.ndarray  # ... and end
    order: list[int]  # the routine ids in file order


class BatchChecker:
    """Collect chunks of an export, then check every routine in it."""

    def __init__(self, table: IngredientTable, *, on: date, needling_dates: Iterable[date] = (),
                 ignore: Iterable[str] = (), profile: Profile = Profile(), frequency_per_week: bool = False,
                 judge_skin_type: bool = False):
        """``judge_skin_type``: see :class:`~compatcheck.batch.cells.Profiles`."""
        self.table = table
        self.on = on
        self.default_dates = tuple(sorted(set(needling_dates)))
        self.ignore = tuple(ignore)
        self.rules = RoutineChecker(self.ignore)
        self.routine_ids: dict[str, int] = {}
        self._product_ids: dict[tuple[str, str | None, str | None], int] = {}
        self._detections: dict[tuple[str, str | None], Detected] = {}
        self.detected: list[Detected] = []  # by product id: one per distinct name, list and frequency
        self.frequencies = Frequencies(per_week=frequency_per_week)
        self._frequency_of: list[int] = []  # by product id: its frequency's index (0: none given)
        self.profiles = Profiles(profile, judge_skin_type)
        self._with_slot: dict[int, Detected] = {}
        self._slots: dict[str, tuple[int, str | None]] = {}
        self._dates: dict[str, date | str | None] = {}
        self.date_values: list[date] = []
        self._parts: list[tuple[np.ndarray, ...]] = []
        self._arrangement = None  # see _arranged()
        self.notes: dict[int, list[ParseNote]] = {}
        self._slot_texts: list[str] = []
        self._date_errors: list[str] = []
        self.rows_read = 0
        self.rows_rejected = 0
        self.blank_lines = 0

    # -- reading ---------------------------------------------------------------------------

    def add(self, chunk: Chunk) -> None:
        """Factorise a chunk's rows into integers; note its rejected rows."""
        self._arrangement = None
        rows = chunk.rows
        self.blank_lines += chunk.blank
        self.rows_read += len(rows) + len(chunk.rejected)
        for bad in chunk.rejected:
            self._reject(self._routine(bad.routine), bad.line, bad.product, bad.reason)
        totals = total_rows(rows) if len(rows) else None
        if totals is not None:
            rows = self._reject_totals(rows, totals)
        if not len(rows):
            return
        lines = rows["line"].to_numpy(dtype=np.int64)
        if "routine" in rows:
            routine = self._codes(rows, "routine", self._routine)
        else:  # no routine column: the whole file is one routine
            routine = np.full(len(rows), self._routine(NO_ROUTINE), dtype=np.int64)
        for gid, note in self.profiles.add(rows, routine, lines):
            self.notes.setdefault(gid, []).append(note)
        frequency = self._codes(rows, "frequency", self.frequencies.index)
        product = self._products(rows, frequency)
        slot = self._codes(rows, "slot", self._slot)
        if "frequency" in rows:
            slot = self._slot_of_frequency(rows, slot, frequency)
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

    def _reject_totals(self, rows: pd.DataFrame, totals: np.ndarray) -> pd.DataFrame:
        """Reject a spreadsheet's total rows (see :mod:`.footer`); the other rows. The label names
        no routine: the rejection goes where a row with an empty routine cell goes."""
        gid = self._routine("" if "routine" in rows else NO_ROUTINE)
        cells = rows[totals].drop(columns="line").astype(object).fillna("").to_numpy().tolist()
        for line, row in zip(rows["line"].to_numpy()[totals].tolist(), cells):
            self._reject(gid, line, "", total_row_reason([c.strip() for c in row]))
        return rows_kept(rows, ~totals)

    def _codes(self, rows: pd.DataFrame, role: str, read) -> np.ndarray:
        """Per row, ``read(cell text)`` computed once per distinct cell."""
        if role not in rows:
            return np.full(len(rows), read(""), dtype=np.int64)
        codes = rows[role].cat.codes.to_numpy()
        missing = [read("")] if (codes < 0).any() else [0]  # code -1: a cell the row did not have
        values = np.array([read(c) for c in category_texts(rows[role])] + missing, dtype=np.int64)
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
            day = parse_date(_TIME.sub("", text) or text, "needling date")
        except InputError as exc:
            if _DAY_NUMBER.fullmatch(text):  # never turned into a date: the epoch depends on the workbook
                exc = InputError(f"needling date {text!r} is a spreadsheet's day number, not a date",
                                 hint="format the column as a date (YYYY-MM-DD) in the spreadsheet and export "
                                      "it again")
            self._date_errors.append(exc.one_line())
            return -1 - len(self._date_errors)
        if day not in self.date_values:
            self.date_values.append(day)
        return self.date_values.index(day)

    def _slot_of_frequency(self, rows: pd.DataFrame, slot: np.ndarray, frequency: np.ndarray) -> np.ndarray:
        """An empty slot cell takes the slot its frequency names (``nightly`` -> PM), as pasted."""
        named = np.array([-1 if s is None else _SLOT_VALUES.index(s) for s in self.frequencies.slots])[frequency]
        empty = ~filled_cells(rows["slot"]) if "slot" in rows else np.ones(len(rows), dtype=bool)
        return np.where(empty & (named >= 0), named, slot)

    def _products(self, rows: pd.DataFrame, frequency: np.ndarray) -> np.ndarray:
        """Per row, the id of its distinct (name, ingredient list, frequency); new ones are detected."""
        names = rows["product"]
        n_codes = names.cat.codes.to_numpy().astype(np.int64)
        if "ingredients" in rows:
            lists = rows["ingredients"]
            i_codes = lists.cat.codes.to_numpy().astype(np.int64) + 1  # 0: no list
            list_texts = [None, *category_texts(lists)]
        else:
            i_codes = np.zeros(len(rows), dtype=np.int64)
            list_texts = [None]
        width, kinds = len(list_texts), len(self.frequencies.texts)
        unique, inverse = np.unique((n_codes * width + i_codes) * kinds + frequency, return_inverse=True)
        name_texts = category_texts(names)
        ids = np.empty(len(unique), dtype=np.int64)
        for j, key in enumerate(unique.tolist()):
            key, often = divmod(key, kinds)
            name_code, list_code = divmod(key, width)
            name = name_texts[name_code].strip() if name_code >= 0 else ""
            inci = (list_texts[list_code] or "").strip() or None
            ids[j] = self._product(name, inci, often)
        return ids[inverse.reshape(-1)]

    def _product(self, name: str, inci: str | None, frequency: int = 0) -> int:
        """The id of a distinct (name, list, frequency index); each (name, list) is detected once."""
        key = (name, inci, self.frequencies.texts[frequency])
        pid = self._product_ids.get(key)
        if pid is None:
            found = self._detections.get(key[:2])
            if found is None:
                found = self._detections[key[:2]] = detect(Product(name or "(no name)", inci=inci), self.table)
            if frequency:
                found = found._replace(product=found.product._replace(frequency=key[2]))
            pid = self._product_ids[key] = len(self.detected)
            self.detected.append(found)
            self._frequency_of.append(frequency)
        return pid

    @property
    def routines_rejected(self) -> int:
        """Routines whose every row was rejected (none checked)."""
        return int((self.row_counts(range(len(self.routine_ids))) == 0).sum())

    @property
    def distinct_products(self) -> int:
        """Distinct (name, ingredient list) pairs: what was detected."""
        return len(self._detections)

    def _frequency_notes(self, lines: np.ndarray, products: list[int]) -> list[ParseNote]:
        """``IN005``/``IN007`` for the rows of a routine that give a frequency (made when needed:
        one per row would cost memory for every row of the run)."""
        if len(self.frequencies.texts) == 1:
            return []
        out = []
        for line, pid in zip(lines.tolist(), products):
            often = self._frequency_of[pid]
            if often:
                out.append(self.frequencies.note(often, line, self.detected[pid].name))
        return out

    def _reject(self, routine: int, line: int, product: str, reason: str) -> None:
        self.rows_rejected += 1
        self.notes.setdefault(routine, []).append(ParseNote(int(line), product or None, "", reason, "IN009"))

    # -- checking --------------------------------------------------------------------------

    def order(self) -> list[int]:
        """Every routine's id, in the order routines first appear in the file."""
        return self._arranged().order

    def rows_of(self, gids: Iterable[int]) -> int:
        """How many checked rows the routines ``gids`` hold."""
        return int(self.row_counts(list(gids)).sum())

    def row_counts(self, gids: Sequence[int]) -> np.ndarray:
        """Per routine of ``gids``, how many checked rows it holds."""
        arranged = self._arranged()
        index = np.asarray(gids, dtype=np.int64)
        return arranged.ends[index] - arranged.starts[index]

    def _arranged(self):
        """The rows sorted by routine and line, where each routine's rows start and end, and
        the routines in file order; worked out once, when every chunk has been added."""
        if self._arrangement is not None:
            return self._arrangement
        n = len(self.routine_ids)
        if self._parts:
            lines, routine, product, slot, when = (np.concatenate(p) for p in zip(*self._parts))
        else:
            lines = routine = product = slot = when = np.empty(0, dtype=np.int64)
        order = np.lexsort((lines, routine))
        lines, routine, product, slot, when = (a[order] for a in (lines, routine, product, slot, when))
        starts = np.searchsorted(routine, np.arange(n), side="left").astype(np.int64)
        ends = np.searchsorted(routine, np.arange(n), side="right").astype(np.int64)
        first = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(first, routine, lines)
        for gid, notes in self.notes.items():
            first[gid] = min(int(first[gid]), min(n.line for n in notes))
        self._arrangement = _Arrangement(lines, product, slot, when, starts, ends,
                                         np.argsort(first, kind="stable").tolist())
        return self._arrangement

    def block(self, gids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The checked rows of the routines ``gids`` (in that order, each routine's by line):
        their indexes into :meth:`_arranged`'s arrays, the position of each row's routine in
        ``gids``, and each row's position in its routine."""
        arranged = self._arranged()
        starts = arranged.starts[gids]
        counts = arranged.ends[gids] - starts
        position = places_in_runs(counts)
        return np.repeat(starts, counts) + position, np.repeat(np.arange(len(gids)), counts), position

    def settings(self, gids: np.ndarray, rows: np.ndarray, routine: np.ndarray) -> tuple[np.ndarray, list]:
        """For many routines at once (``rows``, ``routine``: :meth:`block`'s): per routine, an index
        into the list returned with it, which holds the routine's :class:`Context` without products
        or notes (as :meth:`_routines` makes it), or ``None`` for a routine with parse notes
        (rejected rows, frequencies, profile cells that disagree), left to :meth:`sorted_answers`."""
        arranged = self._arranged()
        when = arranged.when[rows]
        width = len(self.date_values) + 1
        dated = np.unique(routine[when >= 0] * width + when[when >= 0])
        dated_routine, dated_value = np.divmod(dated, width)
        count = np.bincount(dated_routine, minlength=len(gids))
        date_code = np.zeros(len(gids), dtype=np.int64)  # 0: the default dates
        single = count[dated_routine] == 1
        date_code[dated_routine[single]] = dated_value[single] + 1
        dates = [self.default_dates, *((day,) for day in self.date_values)]
        for r in np.flatnonzero(count > 1).tolist():  # rows naming several dates: rare
            dates.append(tuple(sorted(self.date_values[w] for w in dated_value[dated_routine == r].tolist())))
            date_code[r] = len(dates) - 1
        profile_code, profiles = self.profiles.settled(gids)
        noted = np.isin(gids, np.fromiter(self.notes, dtype=np.int64, count=len(self.notes)))
        noted |= np.bincount(routine, minlength=len(gids)) == 0  # every row rejected: see _told
        noted |= np.array([p is None for p in profiles], dtype=bool)[profile_code]
        if len(self.frequencies.texts) > 1:  # a frequency makes a note per row
            often = np.asarray(self._frequency_of, dtype=np.int64)[arranged.product[rows]] > 0
            noted |= np.bincount(routine[often], minlength=len(gids)) > 0
        combos, code = np.unique(date_code * len(profiles) + profile_code, return_inverse=True)
        contexts: list[Context | None] = [
            None if profiles[c % len(profiles)] is None
            else Context((), dates[c // len(profiles)], self.on, (), profiles[c % len(profiles)])
            for c in combos.tolist()]
        code = code.reshape(-1)
        code[noted] = len(contexts)
        return code, contexts + [None]

    def _routines(self, gids: Iterable[int] | None):
        """Per routine (every routine in file order, or those of ``gids``): its name, products,
        their keys and its :class:`Context` (without the products)."""
        names = list(self.routine_ids)
        lines, product, slot, when, starts, ends, order = self._arranged()
        for gid in order if gids is None else gids:
            s, e = int(starts[gid]), int(ends[gid])
            keys = (product[s:e] * 3 + slot[s:e]).tolist()
            products = [self._detected(key) for key in keys]
            row_dates = {self.date_values[w] for w in when[s:e].tolist() if w >= 0}
            dates = tuple(sorted(row_dates)) if row_dates else self.default_dates
            profile, profile_notes = self.profiles.of(gid)
            notes = tuple(sorted([*self.notes.get(gid, ()), *profile_notes,
                                  *self._frequency_notes(lines[s:e], product[s:e].tolist())], key=lambda n: n.line))
            yield names[gid], products, keys, Context((), dates, self.on, notes, profile)

    def reports(self, gids: Iterable[int] | None = None) -> Iterator[Report]:
        """One report per routine: every routine in file order, or those of ``gids``."""
        for name, products, keys, ctx in self._routines(gids):
            findings = _told(self.rules.check(products, keys, ctx), products)
            yield Report(as_of=self.on, needling_dates=ctx.needling_dates, products=tuple(products),
                         findings=tuple(sort_findings(findings, products)), table_label=self.table.label,
                         routine=name, ignored=self.ignore, profile=ctx.profile)

    def sorted_answers(self, gids: Iterable[int] | None = None) -> Iterator[tuple[str, list[tuple]]]:
        """Per routine, its name and its findings in the order of its report, as ``(item, names)``:
        a finding (``names`` ``None``) or a :class:`~compatcheck.memo.Template` and the names to
        fill in (see :meth:`RoutineChecker.answers`). What a csv report needs, without building
        every finding of every routine."""
        for name, products, keys, ctx in self._routines(gids):
            order = product_order(products)
            keyed = []
            for answer, names in self.rules.answers(products, keys, ctx):
                if names is None:
                    keyed.extend((finding_key(f, order), f, None) for f in _told(answer, products))
                else:
                    keyed.extend((finding_key(t.finding, order, [names[i] for i in t.products]), t, names)
                                 for t in _told(answer, products))
            keyed.sort(key=itemgetter(0))
            yield name, [(item, names) for _, item, names in keyed]

    def _detected(self, key: int) -> Detected:
        found = self._with_slot.get(key)
        if found is None:
            pid, slot = divmod(key, 3)
            base = self.detected[pid]
            found = base._replace(product=base.product._replace(slots=_SLOT_VALUES[slot]))
            self._with_slot[key] = found
        return found


def _told(items: Sequence, products: Sequence[Detected]) -> Sequence:
    """The findings (or templates) a routine is told: all, but for a routine whose every row was
    rejected, which has no products, only what reading its rows noted (``input`` findings) — advice
    for "your products" would speak of products that were never checked."""
    return items if products else [item for item in items if finding_of(item).kind == "input"]


def check_frame(frame: pd.DataFrame, *, table: IngredientTable | None = None, on: date | None = None,
                needling_dates: Iterable[date] = (), ignore: Iterable[str] = (),
                profile: Profile = Profile()) -> pd.DataFrame:
    """Rows of whole routines (columns named by role) -> one row per finding.

    Columns: ``product`` (required), ``routine``, ``ingredients``, ``slot``,
    ``needling_date``, ``frequency``, ``skin_type``, ``pih_prone``, ``pregnant``,
    ``breastfeeding`` and ``line`` (optional); ``profile`` is the default for
    routines whose cells state none. Every row of a routine must be in
    ``frame``: with Dask, group the rows by routine first, then
    ``ddf.map_partitions(check_frame, ...)``. Pure: ``frame`` is not modified.
    """
    from compatcheck.formatters.batch_output import finding_rows, FINDING_COLUMNS

    if "product" not in frame:
        raise InputError("the frame has no 'product' column", hint=f"columns: {', '.join(map(str, frame.columns))}")
    table = load_table() if table is None else table
    roles = [c for c in ROLES if c in frame]
    rows = frame[roles].astype("string").fillna("").astype("category")
    lines = frame["line"].to_numpy() if "line" in frame else np.arange(2, len(frame) + 2)
    checker = BatchChecker(table, on=on or date.today(), needling_dates=needling_dates, ignore=ignore,
                           profile=profile)
    checker.add(Chunk(rows.assign(line=lines), (), 0, 0))
    out = [row for report in checker.reports() for row in finding_rows(report)]
    return pd.DataFrame(out, columns=FINDING_COLUMNS)


__all__ = ["BatchChecker", "check_frame", "places_in_runs", "NO_ROUTINE"]
