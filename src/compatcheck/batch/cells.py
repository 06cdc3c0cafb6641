"""Cells of an export besides the product itself: how often it is used, and who the routine is for.

**Frequency** (the ``frequency`` role) is a product's, per row, read like a pasted
annotation (:func:`compatcheck.frequency.parse_frequency`): each distinct cell once.
A cell that is read gives ``IN005`` (how it was read), one that is not gives
``IN007`` and the product counts as used every day, as on the paste path; an empty
cell means no frequency was given. Under a header that gives the unit (``Uses per
week``), a bare ``2`` or ``1-2`` is that many a week. A frequency naming the night
or the morning puts a product whose slot cell is empty in that slot, as on the
paste path.

**Profile** (``skin_type``, ``pih_prone``, ``pregnant``, ``breastfeeding``) is the
routine's, from whichever of its rows state it: a skin type as ``--skin-type``
reads it (``IV``, ``4``, ``type IV``, ``Fitzpatrick V``), a yes/no as ``yes``,
``no``, ``y``, ``n``, ``true``, ``false``, ``1``, ``0`` or ``x`` (any case). An
empty cell states nothing. A cell that cannot be read states nothing either and
is an ``IN010`` note, once per routine and cell text (at its first line): a
column of "Oily" should not bury a routine under one caution per product. When
rows disagree the routine gets the more cautious value — the higher Fitzpatrick
type; yes — and an ``IN010`` note naming the lines. Fields no row states come
from the command's options (``--skin-type``, ``--pregnant``...): a routine's own
cells win, as a row's needling date wins over ``--needling-date``.

A skin type column found by its header (not named with ``--column``) is judged
by the first chunk whose cells state anything: when none of them is a Fitzpatrick
type and most are cosmetic skin types (``Oily``, ``Dry/Sensitive``,
``Combination``...), the column is about something else and is not used at all;
the run says so once (:attr:`Profiles.cosmetic`) instead of one ``IN010`` per
routine.

Per routine, only the first line stating each value is kept (a small integer
matrix), so memory grows with routines, not with rows.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from compatcheck.batch.read import category_texts
from compatcheck.frequency import parse_frequency
from compatcheck.model import SKIN_TYPES, Profile, parse_skin_type
from compatcheck.parse import ParseNote, slot_of_frequency

YES = frozenset({"yes", "y", "true", "1", "x"})
NO = frozenset({"no", "n", "false", "0"})

#: A count without its unit, read per week under a per-week header.
_BARE_COUNT = re.compile(r"\d+(?:\s*[-–]\s*\d+)?")


def read_yes_no(cell: str) -> bool | None:
    """``True`` for yes/y/true/1/x, ``False`` for no/n/false/0, ``None`` for an empty cell;
    raises ``ValueError`` for anything else."""
    word = cell.strip().lower()
    if not word:
        return None
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(cell)


class Frequencies:
    """The distinct frequency cells of a run, each read once. Index 0: no frequency given."""

    def __init__(self, per_week: bool = False):
        self.per_week = per_week
        self.texts: list[str | None] = [None]
        self.slots: list[frozenset[str] | None] = [None]  # the slot a frequency names, if any
        self._notes: list[tuple[str, str] | None] = [None]  # (message, code)
        self._index: dict[str, int] = {}

    def index(self, cell: str) -> int:
        """The index of a cell's frequency (0 for an empty cell)."""
        text = cell.strip()
        if not text:
            return 0
        if self.per_week and _BARE_COUNT.fullmatch(text):
            text += "x/week"
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.texts)
            read = parse_frequency(text)
            self.texts.append(text)
            if read is None:
                self._notes.append((f"use frequency {text!r} not understood", "IN007"))
                self.slots.append(None)
            else:
                self._notes.append((f"use frequency {text!r} read as {read.describe()}", "IN005"))
                self.slots.append(frozenset(slot_of_frequency(text)) or None)
        return found

    def note(self, index: int, line: int, product: str) -> ParseNote | None:
        """What the input rule says about a row's frequency (``IN005``/``IN007``), or ``None``."""
        found = self._notes[index]
        if found is None:
            return None
        return ParseNote(line, product, self.texts[index] or "", found[0], found[1])


PROFILE_ROLES = ("skin_type", "pih_prone", "pregnant", "breastfeeding")
#: Words of cosmetic skin types: a "Skin Type" column of them is not about Fitzpatrick types.
COSMETIC_SKIN_WORDS = frozenset({"oily", "dry", "combination", "combo", "normal", "sensitive", "mature",
                                 "dehydrated", "acne", "acneic", "balanced", "reactive", "mixed"})
_WORDS = re.compile(r"[a-z]+")
#: Column of a routine's row in :class:`Profiles`: skin types I..VI, then (no, yes) per flag.
_FLAGS = {"pih_prone": 6, "pregnant": 8, "breastfeeding": 10}
_LABELS = {"skin_type": "skin type", "pih_prone": "PIH-prone", "pregnant": "pregnant",
           "breastfeeding": "breastfeeding"}
_NOT_STATED, _UNREADABLE, _NEVER = -1, -2, np.iinfo(np.int64).max

_SKIN_TYPE_ADVICE = ("Give the Fitzpatrick skin type as I-VI or 1-6 (e.g. IV, type 4, Fitzpatrick IV); oily, "
                     "dry or combination are not Fitzpatrick types (name the right column with --column "
                     "skin_type=HEADER). The cell was not used: the routine's other rows, or --skin-type, decide.")
_YES_NO_ADVICE = ("Use yes or no (y/n, true/false, 1/0, x; empty: not stated). The cell was not used: the "
                  "routine's other rows, or the command's option (e.g. --pregnant), decide.")
_DISAGREE_ADVICE = ("Make the routine's rows agree (or state it on one row only); it was checked with "
                    "the more cautious value.")


def _value(role: str, cell: str) -> int:
    """A profile cell as its column in :class:`Profiles`, ``_NOT_STATED`` or ``_UNREADABLE``."""
    if not cell.strip():
        return _NOT_STATED
    try:
        if role == "skin_type":
            return parse_skin_type(cell) - 1
        flag = read_yes_no(cell)
    except ValueError:
        return _UNREADABLE
    return _FLAGS[role] + int(flag)


class Profiles:
    """Per routine, the first line stating each profile value; the routine's profile from them."""

    def __init__(self, default: Profile = Profile(), judge_skin_type: bool = False):
        """``judge_skin_type``: the skin type column was found by its header, so its cells
        decide whether it holds Fitzpatrick types at all (see the module's docstring)."""
        self.default = default
        self._judge = judge_skin_type
        self.cosmetic: tuple[str, ...] = ()  # cells of a skin type column left unused, as examples
        self._first = np.full((0, 12), _NEVER, dtype=np.int64)
        self._noted: set[tuple[int, str, str]] = set()

    def add(self, rows: pd.DataFrame, routine: np.ndarray, lines: np.ndarray) -> list[tuple[int, ParseNote]]:
        """Record a chunk's profile cells; returns the ``(routine, IN010 note)`` of cells not read."""
        roles = [r for r in PROFILE_ROLES if r in rows]
        if not roles or not len(rows):
            return []
        needed = int(routine.max()) + 1
        if needed > len(self._first):
            grown = np.full((max(needed, 2 * len(self._first)), 12), _NEVER, dtype=np.int64)
            grown[: len(self._first)] = self._first
            self._first = grown
        notes: list[tuple[int, ParseNote]] = []
        for role in roles:
            cells = category_texts(rows[role])
            if role == "skin_type" and not self._keeps_skin_type(cells):
                continue
            codes = rows[role].cat.codes.to_numpy().astype(np.int64)  # -1: the row had no such cell
            values = np.array([_value(role, c) for c in cells] + [_NOT_STATED], dtype=np.int64)[codes]
            stated = values >= 0
            np.minimum.at(self._first, (routine[stated], values[stated]), lines[stated])
            bad = np.flatnonzero(values == _UNREADABLE)
            if len(bad):  # one note per routine and cell text: visit each pair once
                _, first = np.unique(routine[bad] * (len(cells) + 1) + codes[bad], return_index=True)
                for i in bad[np.sort(first)].tolist():
                    gid, text = int(routine[i]), cells[codes[i]].strip()
                    if (gid, role, text) not in self._noted:
                        self._noted.add((gid, role, text))
                        notes.append((gid, _unreadable(role, text, int(lines[i]))))
        return notes

    def _keeps_skin_type(self, cells: list[str]) -> bool:
        """Whether the skin type column is used (judged once, on the first cells stating anything)."""
        if self._judge:
            stated = [c.strip() for c in cells if c.strip()]
            if stated:
                self._judge = False
                if _cosmetic_column(stated):
                    self.cosmetic = tuple(stated[:3])
        return not self.cosmetic

    def of(self, routine: int) -> tuple[Profile, tuple[ParseNote, ...]]:
        """The routine's profile and, where its rows disagree, what the input rule says."""
        if routine >= len(self._first):
            return self.default, ()
        return self._profile(self._first[routine])

    def settled(self, routines: np.ndarray) -> tuple[np.ndarray, list[Profile | None]]:
        """For many routines at once: per routine, an index into the list returned with it, which
        holds its profile, or ``None`` where its rows disagree (:meth:`of` then says how)."""
        stated = np.zeros((len(routines), self._first.shape[1]), dtype=bool)
        inside = routines < len(self._first)
        stated[inside] = self._first[routines[inside]] < _NEVER
        patterns, index = np.unique(stated @ (1 << np.arange(stated.shape[1])), return_inverse=True)
        profiles = []
        for pattern in patterns.tolist():
            first = np.where([pattern >> i & 1 for i in range(stated.shape[1])], 0, _NEVER)
            profile, notes = self._profile(first)
            profiles.append(None if notes else profile)
        return index.reshape(-1), profiles

    def _profile(self, first: np.ndarray) -> tuple[Profile, tuple[ParseNote, ...]]:
        """The profile that a routine's first lines stating each value give, and its notes."""
        if not (first < _NEVER).any():
            return self.default, ()
        notes: list[ParseNote] = []
        types = [t for t in range(6) if first[t] < _NEVER]
        skin_type = types[-1] + 1 if types else self.default.skin_type
        if len(types) > 1:
            notes.append(_disagree("skin_type", [(SKIN_TYPES[t], int(first[t])) for t in types], SKIN_TYPES[types[-1]]))
        flags = {}
        for role, column in _FLAGS.items():
            no, yes = first[column] < _NEVER, first[column + 1] < _NEVER
            flags[role] = True if yes else False if no else getattr(self.default, role)
            if yes and no:
                notes.append(_disagree(role, [("no", int(first[column])), ("yes", int(first[column + 1]))], "yes"))
        return Profile(skin_type=skin_type, **flags), tuple(notes)


def _cosmetic_column(cells: list[str]) -> bool:
    """No cell is a Fitzpatrick type, and most name cosmetic skin types (oily, dry...)."""
    def cosmetic(cell: str) -> bool:
        return bool(COSMETIC_SKIN_WORDS.intersection(_WORDS.findall(cell.lower())))

    if any(_value("skin_type", c) >= 0 for c in cells):
        return False
    return 2 * sum(map(cosmetic, cells)) > len(cells)


def _unreadable(role: str, text: str, line: int) -> ParseNote:
    advice = _SKIN_TYPE_ADVICE if role == "skin_type" else _YES_NO_ADVICE
    return ParseNote(line, None, text, f"{_LABELS[role]} {text!r} not understood", "IN010", advice)


def _disagree(role: str, values: list[tuple[str, int]], chosen: str) -> ParseNote:
    values = sorted(values, key=lambda v: v[1])
    stated = ", ".join(f"{value} (line {line})" for value, line in values)
    return ParseNote(values[-1][1], None, "", f"rows disagree on {_LABELS[role]}: {stated}; checked as "
                                              f"{chosen}, the more cautious", "IN010", _DISAGREE_ADVICE)
