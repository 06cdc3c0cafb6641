"""``batch --format jsonl`` and ``--format json`` for many routines at once.

A routine's object is ``check --format json``'s with ``routine``: its setting
(``as_of``, ``needling_dates``, ``profile``), its products, its findings, their
counts and a fixed tail. :class:`JsonLane` makes each piece once and joins them:

* the findings come from :class:`~compatcheck.batch.lane.Lane` (worked out with
  arrays, each finding's or template's object rendered once, names filled in);
* a product's object once per product and slot (:meth:`Writer.product_text` keeps it);
* the text before ``products`` once per setting, the ``summary`` once per
  distinct count, and the tail once.

Only joining a routine's pieces is per routine. The objects are the walk's
(:meth:`Writer.write` of each report), byte for byte: a test compares them.
"""

from __future__ import annotations

import json
from typing import Iterator

import numpy as np

from compatcheck.batch.lane import BLOCK_ROUTINES, Lane
from compatcheck.formatters.batch_output import JsonPieces
from compatcheck.formatters.json_format import report_dict
from compatcheck.model import Report

#: Where a routine's products and findings go in the object of a report that has neither.
_MIDDLE = '"products": [], "findings": [], "summary": '


class JsonLane(Lane):
    """Write the jsonl or json objects of routines, block by block."""

    PIECES = JsonPieces

    def __init__(self, checker, writer, block: int = BLOCK_ROUTINES):
        super().__init__(checker, writer, block)
        self._summaries: dict[tuple[int, ...], str] = {}
        self._settings: dict[tuple, tuple[str, str]] = {}

    def _assemble(self, gids: np.ndarray, found, slow: np.ndarray, block) -> tuple[Iterator[str], np.ndarray]:
        """The block's objects, one per routine in the order of ``gids``, made as they are
        written (a block's objects together are large: a product's object is long, and each
        routine repeats its products'), and its findings counted by severity."""
        per = self._per_routine(gids, found, slow, block)
        return self._objects(gids, per, block), per.counts.sum(axis=0)

    def _objects(self, gids: np.ndarray, per, block) -> Iterator[str]:
        names, keys, contexts = list(self.checker.routine_ids), block.key.tolist(), block.contexts
        product, detected = self.writer.product_text, self.checker._detected
        lines, line_at, row_at = per.lines, per.line_at, per.row_at
        for r, (gid, code) in enumerate(zip(gids.tolist(), block.setting_code.tolist())):
            if r in per.walked:
                yield self.writer.report_text(per.walked[r])
                continue
            head, tail = self._setting(contexts[code])
            products = ", ".join([product(detected(k)) for k in keys[row_at[r]:row_at[r + 1]]])
            findings = ", ".join(lines[line_at[r]:line_at[r + 1]])
            yield (f'{{"routine": {json.dumps(names[gid], ensure_ascii=False)}, {head}{products}], '
                   f'"findings": [{findings}], "summary": {self._summary(per, r)}{tail}')

    def _summary(self, per, r: int) -> str:
        """Routine ``r``'s ``summary`` object, made once per distinct count."""
        key = tuple(per.counts[r].tolist())
        text = self._summaries.get(key)
        if text is None:
            text = self._summaries[key] = json.dumps(per.labelled(r))
        return text

    def _setting(self, context) -> tuple[str, str]:
        """What a routine's object holds before its products (after ``routine``), and after its
        ``summary``, in ``context``: cut from the object of a report with no products."""
        key = (context.needling_dates, context.profile)
        found = self._settings.get(key)
        if found is None:
            checker = self.checker
            report = Report(as_of=checker.on, needling_dates=context.needling_dates, products=(), findings=(),
                            table_label=checker.table.label, routine=None, ignored=checker.ignore,
                            profile=context.profile)
            before, after = json.dumps(report_dict(report), ensure_ascii=False)[1:].split(_MIDDLE)
            zero = json.dumps(report.counts())
            if not after.startswith(zero):
                raise AssertionError(f"a report object no longer reads {_MIDDLE}{zero}: update JsonLane")
            found = self._settings[key] = (before + '"products": [', after[len(zero):])
        return found
