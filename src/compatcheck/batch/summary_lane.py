"""``batch --format markdown`` and ``--format table`` for many routines at once.

A routine's line holds its name, how many products it has, its findings counted
by severity and its first finding's message. :class:`SummaryLane` takes them from
:class:`~compatcheck.batch.lane.Lane` (the findings worked out with arrays, each
message rendered once per finding or template and names filled in), without
building a report per routine. The lines are the walk's (:meth:`Writer.write` of
each report), byte for byte: a test compares them.
"""

from __future__ import annotations

import numpy as np

from compatcheck.batch.lane import Lane
from compatcheck.formatters.batch_output import MessagePieces


class SummaryLane(Lane):
    """Write the markdown or table lines of routines, block by block."""

    PIECES = MessagePieces

    def _assemble(self, gids: np.ndarray, found, slow: np.ndarray, block) -> tuple[str, np.ndarray]:
        per = self._per_routine(gids, found, slow, block)
        names, writer, lines = list(self.checker.routine_ids), self.writer, per.lines
        out = []
        for r, gid in enumerate(gids.tolist()):
            if r in per.walked:
                out.append(writer.summary_line(*writer.summary_cells(per.walked[r])))
                continue
            first = per.line_at[r]
            out.append(writer.summary_line(names[gid], per.row_at[r + 1] - per.row_at[r], per.labelled(r),
                                           lines[first] if first < per.line_at[r + 1] else ""))
        return "".join(out), per.counts.sum(axis=0)
