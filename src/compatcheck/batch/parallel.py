"""Writing the reports of an export on several cores, in file order.

The export is read and its products detected once; then the routines, in file
order, are cut into consecutive shares of about equal rows. Each share after
the first goes to a forked helper process, which checks it and writes its part
of the report to a temporary file; the main process writes the first share,
then appends the helpers' parts in order. The report is the one a single
process writes, byte for byte. Where ``fork`` is not available, or for small
exports, one process does it all.
"""

from __future__ import annotations

import codecs
import gc
import multiprocessing
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator, Sequence

import numpy as np

from compatcheck.errors import InputError
from compatcheck.batch.json_lane import JsonLane
from compatcheck.batch.lane import CsvLane
from compatcheck.batch.summary_lane import SummaryLane
from compatcheck.batch.orphan import check_parent, orphaned, stop_quietly, stop_with_parent
from compatcheck.model import Severity

#: The lane that writes each report format.
_LANES = {"csv": CsvLane, "jsonl": JsonLane, "json": JsonLane, "markdown": SummaryLane, "table": SummaryLane}
#: Below this many rows a helper process costs more than it saves.
PARALLEL_FROM_ROWS = 50_000
#: While routines are checked, the garbage collector looks at new objects after this many
#: allocations, not after Python's 700 (see :func:`few_collections`).
YOUNG_COLLECTION_EVERY = 50_000


class Tally:
    """Findings by severity, and the worst one, over the routines written."""

    def __init__(self):
        self.counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        self.worst: Severity | None = None

    def add_findings(self, findings) -> None:
        """A routine's findings."""
        counts = self.counts
        for finding in findings:
            counts[finding.severity.label] += 1
            self._seen(finding.severity)

    def add_counts(self, counts) -> None:
        """Findings counted by severity (``counts[severity value]``)."""
        for severity in Severity:
            n = int(counts[severity])
            if n:
                self.counts[severity.label] += n
                self._seen(severity)

    def merge(self, other: "Tally") -> None:
        for label, n in other.counts.items():
            self.counts[label] += n
        if other.worst is not None:
            self._seen(other.worst)

    def _seen(self, severity: Severity) -> None:
        """Keep ``severity`` as the worst when it is worse than any met so far."""
        if self.worst is None or severity > self.worst:
            self.worst = severity


def shares(checker, jobs: int) -> list[list[int]]:
    """The routines in file order, cut into at most ``jobs`` consecutive shares of about equal rows
    (one share below :data:`PARALLEL_FROM_ROWS` rows)."""
    order = checker.order()
    filled = np.cumsum(checker.row_counts(order))  # rows up to and including each routine
    rows = int(filled[-1]) if len(filled) else 0
    jobs = max(1, min(jobs, len(order)))
    if jobs == 1 or rows < PARALLEL_FROM_ROWS or "fork" not in multiprocessing.get_all_start_methods():
        return [order]
    # a share ends at the first routine whose running count of rows reaches its part of the rows
    ends = np.searchsorted(filled, [rows * k / jobs for k in range(1, jobs)]) + 1
    cuts = [0, *sorted(set(ends.tolist()) - {len(order)}), len(order)]
    return [order[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def write_reports(checker, share: Sequence[int], writer, progress: Callable[[int], None] | None = None) -> Tally:
    """Check the routines of ``share`` and write their reports; ``progress(done)`` now and then.

    No report objects are needed: a lane (:class:`~compatcheck.batch.lane.CsvLane`,
    :class:`~compatcheck.batch.json_lane.JsonLane`, :class:`~compatcheck.batch.summary_lane.SummaryLane`)
    works out a block of routines at a time with arrays, which is much faster than the walk."""
    tally, lane = Tally(), _LANES[writer.fmt]
    write = writer.write_objects if lane is JsonLane else writer.write_lines
    done = 0
    for text, counts, routines in lane(checker, writer).texts(share):
        write(text)
        tally.add_counts(counts)
        done += routines
        if progress is not None:
            progress(done)
    return tally


@contextmanager
def few_collections() -> Iterator[None]:
    """Fewer garbage collections while the routines are checked; Python's settings again after.

    Checking makes and drops millions of small tuples and strings, while the caches of
    answers and lines it keeps grow to millions of objects; at Python's default every
    full collection walks all of them (at 1M rows 15 collections took 4.5 s of a 36 s
    check). What was made before checking (the table, the detected products) is frozen
    out of collections: it lives to the end, and a forked helper then does not copy the
    pages it sits on by touching them. Checking leaves no reference cycles behind (a
    collection after a whole 1M-row check with collection off found no garbage), so
    collecting seldom does not let memory grow."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    if not frozen:  # a host process that freezes its own objects keeps its arrangement
        gc.collect()
        gc.freeze()
    gc.set_threshold(max(threshold[0], YOUNG_COLLECTION_EVERY), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen:
            gc.unfreeze()


@few_collections()
def write_shares(checker, parts: list[list[int]], writer, out: IO[str], make_writer,
                 folder: str | None, progress: Callable[[int], None] | None = None) -> Tally:
    """Write every share's reports to ``out`` (through ``writer``), helpers writing all but the first.

    ``make_writer(file)`` makes a writer that continues a document; helpers' parts
    are kept in ``folder`` (the report's folder; the temporary folder when None).
    """
    if len(parts) == 1:
        return write_reports(checker, parts[0], writer, progress)
    context = multiprocessing.get_context("fork")
    helpers = []
    try:
        for share in parts[1:]:
            fd, path = tempfile.mkstemp(prefix=".compatcheck-part-", suffix=".tmp", dir=folder)
            os.close(fd)
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_helper, args=(checker, share, make_writer, path, send, os.getpid()),
                                      daemon=True)
            process.start()
            send.close()
            helpers.append((process, path, receive))
        scale = sum(map(len, parts)) / max(len(parts[0]), 1)
        tally = write_reports(checker, parts[0], writer,
                              None if progress is None else (lambda done: progress(int(done * scale))))
        for process, path, receive in helpers:
            try:
                status, result = receive.recv()
            except EOFError:
                status, result = "error", f"it stopped with exit code {process.exitcode}"
            process.join()
            if status != "ok":
                raise InputError(f"a helper process failed: {result}", where="--jobs",
                                 hint="check the disk space and run again, or use --jobs 1")
            _append(out, path)
            tally.merge(result)
        return tally
    finally:
        for process, path, _ in helpers:
            if process.is_alive():
                process.terminate()
                process.join()
            Path(path).unlink(missing_ok=True)


def _append(out: IO[str], path: str) -> None:
    """Append the helper's part at ``path`` (UTF-8) to ``out``: as bytes when ``out`` writes UTF-8
    (four times faster than decoding and encoding the text again; at 1M rows the part is ~700 MB)."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None and codecs.lookup(getattr(out, "encoding", None) or "ascii").name == "utf-8":
        out.flush()
        with open(path, "rb") as part:
            shutil.copyfileobj(part, buffer, 1 << 20)
        return
    with open(path, encoding="utf-8", newline="") as part:
        shutil.copyfileobj(part, out, 1 << 20)


def _helper(checker, share, make_writer, path, send, parent: int) -> None:
    """In a forked process: write ``share``'s reports to ``path``; send back the tally or the error.
    When the main process (``parent``) dies, stop and remove the part (see :mod:`.orphan`)."""
    try:
        stop_with_parent(parent)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            tally = write_reports(checker, share, make_writer(fh), lambda done: check_parent(parent))
        send.send(("ok", tally))
    except BaseException as exc:  # noqa: BLE001 - the main process reports it
        if orphaned(parent):  # ParentGone: no one is left to read the pipe or remove the part
            Path(path).unlink(missing_ok=True)
        else:
            send.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        stop_quietly()  # from here a SIGTERM ends the helper silently, not as a ParentGone nothing catches
        send.close()
