"""``batch`` reports for many routines at once, worked out with arrays.

:meth:`~compatcheck.batch.frame.BatchChecker.reports` and
:meth:`~compatcheck.batch.frame.BatchChecker.sorted_answers` walk the routines
one by one in Python; on a large export that walk is most of the run. A
:class:`Lane` works out the findings of a block of routines at a time, with joins
where the walk had loops:

* each routine's setting (its needling dates and profile) comes from arrays and
  is worked out once per distinct setting;
* a ``product`` module is asked once per distinct (product, setting) among the
  block's rows, and its findings are joined back onto the rows;
* a ``pair`` module's pairs are a self-join of each routine's relevant rows,
  asked once per distinct pair key;
* a ``group`` module's key is the routine's sequence of (signature, name index),
  made with arrays (:class:`_Members`): the module is asked once per distinct
  sequence in the block, and only filling names into the text is per finding;
* every finding becomes a row of integers (routine, severity, kind, first product,
  start, code, and the order ``check`` yields it in), sorted with
  :func:`numpy.lexsort` as :func:`~compatcheck.api.sort_findings` sorts.

Each finding's text (a csv line, a json object, a message) is rendered once per
finding or template by the lane's ``pieces`` and joined. :class:`CsvLane` writes
``--format csv``'s lines; :class:`~compatcheck.batch.json_lane.JsonLane` the objects
of ``jsonl`` and ``json``; :class:`~compatcheck.batch.summary_lane.SummaryLane` the
lines of ``markdown`` and ``table``. Each writes what the walk writes, byte for byte
(tests compare them).

The answers come from the same :class:`~compatcheck.memo.RoutineChecker` (the
rules run in one place). Routines with parse notes (rejected rows, frequencies,
profile cells that disagree) are rare; they are left to the walk as before.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple, Sequence

import numpy as np

from compatcheck.api import finding_key
from compatcheck.by_identity import ByIdentity
from compatcheck.batch.frame import places_in_runs
from compatcheck.memo import Template, finding_of
from compatcheck.model import Severity

#: Routines worked out together: memory grows with a block, not with the file.
BLOCK_ROUTINES = 4_000
#: A row's slot index (AM, PM, both; see ``frame._SLOT_VALUES``) as a bit mask, and back.
_SLOT_BITS = np.array([1, 2, 3], dtype=np.int64)
_SLOTS_OF_BITS = {1: frozenset({"AM"}), 2: frozenset({"PM"}), 3: frozenset({"AM", "PM"})}
_UNKNOWN = -2  # a signature not worked out yet
_FAR = np.iinfo(np.int64).max
_SEVERITIES = sorted(Severity, reverse=True)  # the order of ``Report.counts``
#: Items (findings and templates), and the lane's answers, kept between blocks before they are
#: all forgotten (and made again as routines need them): what keeps memory flat on long files.
_ITEM_LIMIT = 25_000
#: Filled template lines kept between blocks before they alone are forgotten: they grow fastest,
#: are the cheapest to make again, and forgetting the items with them made every answer's lines
#: be rendered again (about a tenth of the run over 1,000,000 rows).
_LINE_LIMIT = 25_000


class _Items:
    """Every finding and template met, by a small id: what sorting needs as integers, and the
    text (a finding's) or text format (a template's) that ``pieces`` render (for csv: the line
    after the routine cell)."""

    def __init__(self, pieces):
        self.pieces = pieces
        self.clear()

    def clear(self) -> None:
        self._ids = ByIdentity(self._add)  # an item's id
        self._answers = ByIdentity(lambda answer: [self._ids(item) for item in answer])  # its items' ids
        self.objects: list = []
        self.text: list[str] = []
        self.uses: list[tuple[int, int]] = []  # a template's: whether it names names 0 and 1
        self._columns: list[list] = [[], [], [], []]  # severity, kind, start, code
        self._ranks: dict[str, int] = {}  # code -> its place among the codes met
        self._arrays: tuple | None = None
        # The lane's own answers, forgotten with the items: a product module's (item ids, how each
        # names the product) by (module, key, setting id), or its item ids by (module, signature,
        # setting id) when it is templated; a group module's (item id, name indexes, template) by
        # (module, shape, setting id); a pair module's item ids by (module, the pair's key); a
        # template's filled line by (item, name ids).
        self.products: dict[tuple, tuple] = {}
        self.pairs: dict[tuple, list[int]] = {}
        self.groups: dict[tuple, list] = {}
        self.lines: dict[tuple, str] = {}

    def __len__(self) -> int:
        return len(self.objects)

    def of(self, answer: tuple) -> list[int]:
        """The ids of an answer's items (answers are shared: looked up by identity)."""
        return self._answers(answer)

    def _add(self, item) -> int:
        """A new item's id, its sort key, text and names used appended."""
        finding = finding_of(item)
        severity, kind, _, start, code = finding_key(finding, {}, ())
        for column, value in zip(self._columns, (severity, kind, start.toordinal(), code)):
            column.append(value)
        if isinstance(item, Template):
            self.text.append(self.pieces.template_format(item))
            self.uses.append((0 in item.products, 1 in item.products))
        else:
            self.text.append(self.pieces.finding_line(item))
            self.uses.append((False, False))
        self.objects.append(item)
        return len(self.objects) - 1

    def arrays(self) -> tuple[np.ndarray, ...]:
        """Per item: its sort key (negated severity, kind, start, code's rank), its text, and
        whether it uses names 0 and 1. Items added since the last call are appended."""
        built = 0 if self._arrays is None else len(self._arrays[0])
        if built == len(self.objects) and self._arrays is not None:
            return self._arrays
        severity, kind, start, code = (column[built:] for column in self._columns)
        if not set(code) <= self._ranks.keys():  # a code not met before: rank every item again
            self._ranks = {c: i for i, c in enumerate(sorted(self._ranks.keys() | set(code)))}
            built, self._arrays = 0, None
            severity, kind, start, code = self._columns
        uses = np.array(self.uses[built:], dtype=bool).reshape(-1, 2)
        new = (np.array(severity, dtype=np.int64), np.array(kind, dtype=np.int64), np.array(start, dtype=np.int64),
               np.array([self._ranks[c] for c in code], dtype=np.int64), _objects(self.text[built:]),
               uses[:, 0], uses[:, 1])
        self._arrays = new if self._arrays is None else tuple(map(np.concatenate, zip(self._arrays, new)))
        return self._arrays


def _objects(values: list) -> np.ndarray:
    """``values`` as a one-dimensional object array (never a deeper one)."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


class _Block(NamedTuple):
    """A block's rows (see :meth:`BatchChecker.block`): per row its product key and its routine
    (its place in the block); per routine an index into ``contexts`` (see
    :meth:`BatchChecker.settings`)."""

    key: np.ndarray
    routine: np.ndarray
    setting_code: np.ndarray
    contexts: list


class _Rows:
    """The findings of a block as columns: routine (its place in the block), the sort keys that
    depend on the routine (first product), what orders ties (module, occurrence, place in the
    answer), the item, and the csv line after the routine cell."""

    def __init__(self):
        self.parts: list[tuple[np.ndarray, ...]] = []

    def add(self, routine, module: int, occurrence, place, item, first, line) -> None:
        module = np.full(len(routine), module, dtype=np.int64)
        self.parts.append((np.asarray(routine, dtype=np.int64), module, np.asarray(occurrence, dtype=np.int64),
                           np.asarray(place, dtype=np.int64), np.asarray(item, dtype=np.int64),
                           np.asarray(first, dtype=np.int64), np.asarray(line, dtype=object)))

    def columns(self) -> list[np.ndarray]:
        if not self.parts:
            return [np.empty(0, dtype=np.int64)] * 6 + [np.empty(0, dtype=object)]
        return [np.concatenate(column) for column in zip(*self.parts)]


def _expand(ids: list[list[int]], occurrence_answer: np.ndarray) -> tuple[np.ndarray, ...]:
    """Occurrences of answers (``occurrence_answer[i]``: an index into ``ids``) as one row per
    item: the occurrence, the item's place in its answer, its position in the flat ``ids``, and
    the item's id."""
    lengths = np.array([len(x) for x in ids], dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    per = lengths[occurrence_answer]
    occurrence = np.repeat(np.arange(len(occurrence_answer)), per)
    place = places_in_runs(per)
    flat = starts[occurrence_answer][occurrence] + place
    return occurrence, place, flat, np.array([i for x in ids for i in x], dtype=np.int64)[flat]


def _distinct(values: np.ndarray, sid: np.ndarray, asked: np.ndarray) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    """The distinct (value, setting id) of the rows ``asked``, each as ``(value, setting id, a row
    that has it)``, and per asked row the index of its own among them."""
    width = int(sid[asked].max()) + 1
    combos, seen, inverse = np.unique(values[asked] * width + sid[asked], return_index=True, return_inverse=True)
    return ([(*divmod(c, width), int(asked[j])) for c, j in zip(combos.tolist(), seen.tolist())],
            inverse.reshape(-1))


def _unique_columns(*columns: np.ndarray, return_index: bool = False):
    """``np.unique(np.stack(columns), axis=1, ...)`` (distinct columns in lexicographic order,
    and per column the index of its own), with the rows packed into one int64 key when their
    ranges allow it: a one-dimensional unique is several times faster than one along an axis."""
    low = [int(c.min()) if len(c) else 0 for c in columns]
    spans = [int(c.max()) - lo + 1 if len(c) else 1 for c, lo in zip(columns, low)]
    if np.prod(np.array(spans, dtype=float)) >= 2.0 ** 62:
        found = np.unique(np.stack(columns), axis=1, return_index=return_index, return_inverse=True)
        return (*found[:-1], found[-1].reshape(-1))
    packed = np.zeros(len(columns[0]), dtype=np.int64)
    for c, lo, span in zip(columns, low, spans):
        packed = packed * span + (c - lo)
    found = np.unique(packed, return_index=return_index, return_inverse=True)
    keys, rows = found[0], np.empty((len(columns), len(found[0])), dtype=np.int64)
    for i in range(len(columns) - 1, -1, -1):
        keys, rows[i] = np.divmod(keys, spans[i])
        rows[i] += low[i]
    return (rows, *found[1:-1], found[-1].reshape(-1))


class _Members:
    """The rows a group module is asked about (``rows``, in routine order), with per row its
    routine, its place among its routine's members and its name's index there (names numbered
    in order of first appearance, as :meth:`RoutineChecker.ask_group` numbers them)."""

    def __init__(self, rows: np.ndarray, routine: np.ndarray, name: np.ndarray, routines: int):
        self.rows, self.routine, self.name = rows, routine[rows], name[rows]
        self.counts = np.bincount(self.routine, minlength=routines)
        self.starts = np.cumsum(self.counts) - self.counts
        self.place = places_in_runs(self.counts)
        self.width = int(self.counts.max()) if len(rows) else 0
        # each row's first row of the same name in its routine; names numbered by those first rows
        _, first, same = np.unique(self.routine * (int(name.max(initial=0)) + 1) + self.name,
                                   return_index=True, return_inverse=True)
        first_row = first[same.reshape(-1)]
        is_first = np.arange(len(rows)) == first_row
        before = np.cumsum(is_first) - is_first  # first rows before each row
        self.name_index = before[first_row] - before[self.starts[self.routine]]
        self.name_count = np.bincount(self.routine, weights=is_first, minlength=routines).astype(np.int64)

    def bounds(self, r: int) -> tuple[int, int]:
        """Where routine ``r``'s rows start and end among the members."""
        lo = int(self.starts[r])
        return lo, lo + int(self.counts[r])

    def first_of(self, at: np.ndarray, uses: list[tuple[int, ...]], entry: np.ndarray,
                 last: np.ndarray) -> np.ndarray:
        """Per finding (routine ``at``, answer entry ``entry``, whose names are ``uses[entry]``),
        the smallest last position among the names it uses (``last``: per member row); -1: none."""
        widest = max(map(len, uses), default=0)
        if not widest:
            return np.full(len(at), -1, dtype=np.int64)
        used = np.full((len(uses), widest), -1, dtype=np.int64)
        for e, u in enumerate(uses):
            used[e, :len(u)] = u
        by_name = np.zeros((len(self.counts), max(self.width, 1)), dtype=np.int64)
        by_name[self.routine, self.name_index] = last  # rows of one name share its last position
        used = used[entry]
        positions = by_name[at[:, None], np.maximum(used, 0)]
        first = np.where(used >= 0, positions, _FAR).min(axis=1)
        return np.where(first == _FAR, -1, first)

    def names(self, routines: list[int], all_names: list[str]) -> dict[int, list[str]]:
        """Per routine of ``routines``, its members' names in order of first appearance."""
        out = {}
        name_list, index_list = self.name.tolist(), self.name_index.tolist()
        for r in routines:
            lo, hi = self.bounds(r)
            ordered = [""] * int(self.name_count[r])
            for i in range(lo, hi):
                ordered[index_list[i]] = all_names[name_list[i]]
            out[r] = ordered
        return out


class Lane:
    """The findings of routines, block by block (see the module's docstring); a subclass
    assembles a block's text from them (:meth:`_assemble`).

    ``writer`` is the report's :class:`~compatcheck.formatters.batch_output.Writer`. The
    subclass's :attr:`PIECES` (or, when it names none, the writer) render a finding's text
    (``finding_line``), a template's text as a format string (``template_format``), fill names
    into it (``filled``) and tell a name that can go into the text as it is (``plain``)."""

    PIECES = None

    def __init__(self, checker, writer, block: int = BLOCK_ROUTINES):
        self.checker, self.writer, self.block = checker, writer, block
        self.pieces = pieces = self.PIECES or writer
        self.rules = checker.rules
        self.items = _Items(pieces)
        names: dict[str, int] = {}
        self.name_of_product = np.array([names.setdefault(d.name, len(names)) for d in checker.detected],
                                        dtype=np.int64)
        self.names = list(names)
        self.plain_names = np.array([pieces.plain(n) for n in self.names], dtype=bool).reshape(-1)
        self._signatures = np.full((3 * len(checker.detected), len(self.rules.modules)), _UNKNOWN, dtype=np.int64)

    def texts(self, gids: Sequence[int]) -> Iterator[tuple[str, np.ndarray, int]]:
        """Per block of the routines ``gids`` (in that order): its text, its findings counted
        by severity (indexed by :class:`Severity` value) and how many routines it held."""
        for start in range(0, len(gids), self.block):
            items = self.items
            if max(map(len, (items, items.products, items.pairs, items.groups))) > _ITEM_LIMIT:
                items.clear()
            elif len(items.lines) > _LINE_LIMIT:
                items.lines.clear()
            block = np.asarray(gids[start:start + self.block], dtype=np.int64)
            text, counts = self._block(block)
            yield text, counts, len(block)

    def _block(self, gids: np.ndarray) -> tuple[str, np.ndarray]:
        checker = self.checker
        rows, routine, position = checker.block(gids)
        setting_code, contexts = checker.settings(gids, rows, routine)
        arranged = checker._arranged()
        key = arranged.product[rows] * 3 + arranged.slot[rows]
        name = self.name_of_product[arranged.product[rows]]
        last = _last_positions(routine, name, position)
        sids, settings = self._setting_ids(contexts)
        sid = sids[setting_code]  # per routine and module: the setting's id, -1 where the module is not asked
        signature = self._signature_rows(key)
        found = _Rows()
        slow = np.array([c is None for c in contexts], dtype=bool)[setting_code]  # per routine
        for m, module in enumerate(self.rules.modules):
            if m in self.rules.templated:
                self._product_templates(found, m, sid[routine, m], signature[:, m], key, name, routine, position,
                                        last, settings)
            elif module.SCOPE == "product":
                strange = self._products(found, m, sid[routine, m], key, routine, position, last, settings)
                slow[routine[strange]] = True
            elif module.SCOPE == "pair":
                self._pairs(found, m, sid[routine, m], signature[:, m], key, name, routine, last,
                            _SLOT_BITS[arranged.slot[rows]], settings)
            else:
                self._groups(found, m, sid[:, m], signature[:, m], key, name, routine, last, settings)
        return self._assemble(gids, found, slow, _Block(key, routine, setting_code, contexts))

    # -- settings and signatures -------------------------------------------------------------

    def _setting_ids(self, contexts: list) -> tuple[np.ndarray, dict]:
        """Per context, per module, the memo's id of the setting (-1: the module is not asked), and
        for each (module, id) a context that has it."""
        ids = np.full((len(contexts), len(self.rules.modules)), -1, dtype=np.int64)
        settings = {}
        for c, context in enumerate(contexts):
            if context is None:
                continue
            for m, sid in enumerate(self.rules.setting_ids(context)):
                if sid is not None:
                    ids[c, m] = sid
                    settings.setdefault((m, sid), context)
        return ids, settings

    def _signature_rows(self, key: np.ndarray) -> np.ndarray:
        """Per row, each module's signature id of its product (-1: none), worked out once per key."""
        table = self._signatures
        for k in np.unique(key[table[key, 0] == _UNKNOWN]).tolist():
            row = self.rules.signature_row(self.checker._detected(k), k)
            table[k] = [-1 if s is None else s for s in row]
        return table[key]

    # -- the three scopes ----------------------------------------------------------------------

    def _products(self, found, m, sid, key, routine, position, last, settings) -> np.ndarray:
        """Ask a product module once per distinct (product, setting); returns, per row, whether its
        routine must be checked the slow way (a finding naming another product: never seen)."""
        strange = np.zeros(len(key), dtype=bool)
        asked = np.flatnonzero(sid >= 0)
        if not len(asked):
            return strange
        combos, answer_of = _distinct(key, sid, asked)
        ids, own = [], []
        cache = self.items.products
        for k, s, _ in combos:
            found_before = cache.get((m, k, s))
            if found_before is None:
                product = self.checker._detected(k)
                answer = self.rules.ask_product(m, k, s, product, settings[(m, s)])
                found_before = cache[(m, k, s)] = (self.items.of(answer), [
                    0 if not f.products else 1 if all(n == product.name for n in f.products) else 2
                    for f in map(finding_of, answer)])
            ids.append(found_before[0])
            own.extend(found_before[1])
        occurrence, place, flat, item = _expand(ids, answer_of)
        if not len(occurrence):
            return strange
        at = asked[occurrence]
        mode = np.array(own, dtype=np.int64)[flat]
        strange[at[mode == 2]] = True
        found.add(routine[at], m, position[at], place, item, np.where(mode == 1, last[at], -1),
                  self.items.arrays()[4][item])
        return strange

    def _product_templates(self, found, m, sid, signature, key, name, routine, position, last, settings) -> None:
        """Ask a product module that keys its answers on a signature (see ``RoutineChecker.templated``)
        once per distinct (signature, setting); fill each row's product name into the lines."""
        asked = np.flatnonzero((sid >= 0) & (signature >= 0))
        if not len(asked):
            return
        combos, answer_of = _distinct(signature, sid, asked)
        ids = []
        cache = self.items.products
        for sig, s, row in combos:
            found_before = cache.get((m, sig, s))
            if found_before is None:
                answer = self.rules.ask_product_templates(m, sig, s, self.checker._detected(int(key[row])),
                                                          settings[(m, s)])
                found_before = cache[(m, sig, s)] = self.items.of(answer)
            ids.append(found_before)
        occurrence, place, _, item = _expand(ids, answer_of)
        if not len(occurrence):
            return
        at = asked[occurrence]
        first = np.where(self.items.arrays()[5][item], last[at], -1)
        found.add(routine[at], m, position[at], place, item, first, self._lines(item, name[at]))

    def _lines(self, item: np.ndarray, first_name: np.ndarray, second_name: np.ndarray | None = None) -> np.ndarray:
        """Per row, the line of template ``item`` filled with its names (``second_name`` -1 or absent:
        one name), made once per distinct (item, names)."""
        second = np.full(len(item), -1, dtype=np.int64) if second_name is None else second_name
        lines, line_of = _unique_columns(item, first_name, second)
        text = self.items.arrays()[4]
        cache, filled = self.items.lines, []
        for i, x, y in lines.T.tolist():
            line = cache.get((i, x, y))
            if line is None:
                line = cache[(i, x, y)] = self.pieces.filled(
                    self.items.objects[i], text[i], (self.names[x],) if y < 0 else (self.names[x], self.names[y]))
            filled.append(line)
        return _objects(filled)[line_of]

    def _pairs(self, found, m, sid, signature, key, name, routine, last, bits, settings) -> None:
        """Ask a pair module once per distinct pair key, over every pair of a routine's relevant rows
        that share a slot (in the order ``check`` meets them)."""
        members = np.flatnonzero((sid >= 0) & (signature >= 0))
        if len(members) < 2:
            return
        count = np.bincount(routine[members])
        later = np.repeat(count, count) - places_in_runs(count) - 1  # members after each, in its routine
        a = np.repeat(np.arange(len(members)), later)
        b = a + 1 + places_in_runs(later)
        a, b = members[a], members[b]
        shared = bits[a] & bits[b]
        a, b, shared = a[shared > 0], b[shared > 0], shared[shared > 0]
        if not len(a):
            return
        same = name[a] == name[b]
        keys, seen, answer_of = _unique_columns(signature[a], signature[b], shared, same.astype(np.int64), sid[a],
                                                return_index=True)
        ids = []
        cache = self.items.pairs
        for (sig_a, sig_b, both, alike, s), j in zip(keys.T.tolist(), seen.tolist()):
            found_before = cache.get((m, sig_a, sig_b, both, alike, s))
            if found_before is None:
                answer = self.rules.ask_pair(m, self.checker._detected(int(key[a[j]])),
                                             self.checker._detected(int(key[b[j]])), sig_a, sig_b,
                                             _SLOTS_OF_BITS[both], s, settings[(m, s)])
                found_before = cache[(m, sig_a, sig_b, both, alike, s)] = self.items.of(answer)
            ids.append(found_before)
        occurrence, place, _, item = _expand(ids, answer_of)
        if not len(occurrence):
            return
        a, b, same = a[occurrence], b[occurrence], same[occurrence]
        *_, uses_a, uses_b = self.items.arrays()
        first = np.minimum(np.where(uses_a[item], last[a], _FAR), np.where(uses_b[item], last[b], _FAR))
        first[first == _FAR] = -1
        lines = self._lines(item, name[a], np.where(same, -1, name[b]))
        found.add(routine[a], m, occurrence, place, item, first, lines)

    def _groups(self, found, m, sid, signature, key, name, routine, last, settings) -> None:
        """Ask a group module once per distinct shape among the block's routines: the sequence of
        its relevant rows' (signature, name index), names numbered in order of first appearance."""
        asked = np.flatnonzero(sid >= 0)  # the routines the module is asked about
        if not len(asked):
            return
        members = _Members(np.flatnonzero((sid[routine] >= 0) & (signature >= 0)), routine, name, len(sid))
        sig = signature[members.rows]
        shapes = np.full((len(sid), members.width + 1), -1, dtype=np.int64)
        shapes[:, 0] = sid
        shapes[members.routine, members.place + 1] = sig * (members.width + 1) + members.name_index
        _, first, shape_of = np.unique(shapes[asked], axis=0, return_index=True, return_inverse=True)
        sig_list, index_list, keys = sig.tolist(), members.name_index.tolist(), key[members.rows].tolist()
        detected, rules, cache = self.checker._detected, self.rules, self.items.groups
        answers = []
        for r in asked[first].tolist():
            lo, hi = members.bounds(r)
            shape = tuple(zip(sig_list[lo:hi], index_list[lo:hi]))
            s = int(sid[r])
            answer = cache.get((m, shape, s))
            if answer is None:
                templates = rules.ask_group(m, shape, lambda lo=lo, hi=hi: [detected(keys[i]) for i in range(lo, hi)],
                                            s, settings[(m, s)])
                answer = cache[(m, shape, s)] = [(i, t.products, t) for i, t in zip(self.items.of(templates), templates)]
            answers.append(answer)
        occurrence, place, flat, item = _expand([[i for i, _, _ in answer] for answer in answers],
                                                shape_of.reshape(-1))
        if not len(occurrence):
            return
        at = asked[occurrence]  # per finding, its routine
        entries = [(uses, template) for answer in answers for _, uses, template in answer]
        first_product = members.first_of(at, [uses for uses, _ in entries], flat, last[members.rows])
        names = members.names(np.unique(at).tolist(), self.names)
        unplain = np.bincount(members.routine[~self.plain_names[members.name]], minlength=len(sid))
        text, pieces = self.items.text, self.pieces
        lines = [text[i].format(*names[r]) if not unplain[r] else pieces.filled(entries[e][1], text[i], names[r])
                 for i, r, e in zip(item.tolist(), at.tolist(), flat.tolist())]
        found.add(at, m, np.zeros(len(at), dtype=np.int64), place, item, first_product, lines)

    # -- the block's text ------------------------------------------------------------------------

    def _assemble(self, gids: np.ndarray, found: "_Rows", slow: np.ndarray, block: "_Block") -> tuple:
        """The block's text and its findings counted by severity; the routines ``slow`` marks
        are left to the walk."""
        raise NotImplementedError

    def _sorted(self, found: "_Rows", slow: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The findings of the routines ``slow`` does not mark, in the report's order (by routine,
        then as :func:`~compatcheck.api.sort_findings` sorts): per finding its routine, its text
        and its severity."""
        routine, module, occurrence, place, item, first, line = found.columns()
        keep = ~slow[routine]
        routine, module, occurrence, place, item, first, line = (
            x[keep] for x in (routine, module, occurrence, place, item, first, line))
        severity, kind, start, code, *_ = self.items.arrays()
        order = np.lexsort((place, occurrence, module, code[item], start[item], first, kind[item], severity[item],
                            routine))
        return routine[order], line[order], -severity[item][order]

    def _per_routine(self, gids: np.ndarray, found: "_Rows", slow: np.ndarray, block: "_Block") -> "_PerRoutine":
        """The block's findings by routine; the reports of the routines ``slow`` marks, from the walk."""
        routine, line, severity = self._sorted(found, slow)
        counts = np.zeros((len(gids), len(Severity) + 1), dtype=np.int64)
        np.add.at(counts, (routine, severity), 1)
        walked = {}
        for r in np.flatnonzero(slow).tolist():
            (walked[r],) = self.checker.reports([int(gids[r])])
            for finding in walked[r].findings:
                counts[r, finding.severity] += 1
        every = np.arange(len(gids) + 1)
        return _PerRoutine(line.tolist(), np.searchsorted(routine, every).tolist(),
                           np.searchsorted(block.routine, every).tolist(), counts, walked)


class _PerRoutine(NamedTuple):
    """A block's findings by routine (routines by their place in the block)."""

    lines: list[str]  # the findings' texts, each routine's in the report's order
    line_at: list[int]  # routine r's texts are lines[line_at[r]:line_at[r + 1]]
    row_at: list[int]  # its rows are the block's rows[row_at[r]:row_at[r + 1]]
    counts: np.ndarray  # per routine, its findings counted by severity value
    walked: dict  # the reports of the routines left to the walk, by place

    def labelled(self, r: int) -> dict[str, int]:
        """Routine ``r``'s findings counted by severity, as :meth:`Report.counts` gives them."""
        return {s.label: int(self.counts[r, s]) for s in _SEVERITIES}


class CsvLane(Lane):
    """Write the csv lines of routines, block by block (the csv writer renders the lines too)."""

    def _assemble(self, gids: np.ndarray, found: _Rows, slow: np.ndarray, block: "_Block") -> tuple[str, np.ndarray]:
        """The block's lines in the report's order. The routines ``slow`` marks come whole from
        ``sorted_answers``, each in its routine's place."""
        routine, line, severity = self._sorted(found, slow)
        counts = np.bincount(severity, minlength=len(Severity) + 1)
        names = list(self.checker.routine_ids)  # by routine id
        prefixes = np.array([self.writer.routine_prefix(names[g]) for g in gids.tolist()], dtype=object)
        whole = []
        for r in np.flatnonzero(slow).tolist():
            for routine_name, answers in self.checker.sorted_answers([int(gids[r])]):
                whole.append((r, self.writer.answers_text(routine_name, answers)))
                for f, _ in answers:
                    counts[finding_of(f).severity] += 1
        out = np.empty(2 * len(routine), dtype=object)
        out[0::2] = prefixes[routine]
        out[1::2] = line
        if not whole:
            return "".join(out.tolist()), counts
        # a slow routine's text goes before the first line of any later routine
        at = np.searchsorted(routine, [r for r, _ in whole], side="left") * 2
        return "".join(np.insert(out, at, [text for _, text in whole]).tolist()), counts


def _last_positions(routine: np.ndarray, name: np.ndarray, position: np.ndarray) -> np.ndarray:
    """Per row, the position in its routine of the last row of the same name (what
    :func:`~compatcheck.api.product_order` gives a name)."""
    if not len(routine):
        return position
    _, group = _unique_columns(routine, name)
    last = np.zeros(int(group.max()) + 1, dtype=np.int64)
    np.maximum.at(last, group, position)
    return last[group]
