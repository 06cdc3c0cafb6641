"""``batch --jobs N``: helper processes write their share; the report is the one-process report."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest

from compatcheck.batch import BatchOptions, read_export, run_batch
from compatcheck.batch import parallel
from compatcheck.errors import InputError

ON = date(2026, 12, 5)
PRODUCTS = [
    ("Night Serum", "Aqua, Glycerin, Retinol, Tocopherol"),
    ("Glow Toner", "Aqua, Glycolic Acid, Sodium Hydroxide"),
    ("Plain HA", "Aqua, Sodium Hyaluronate"),
    ("Vitamin C Serum", "Aqua, Ascorbic Acid, Ferulic Acid"),
    ("BHA Liquid", "Aqua, Salicylic Acid, Butylene Glycol"),
    ("=HYPERLINK(1)", "Aqua, Niacinamide"),
    ("Mystery Balm", "Zorblax Extract"),
]


@pytest.fixture
def export(tmp_path):
    rng = random.Random(3)
    lines = ["routine_id,product,ingredients,slot,needling_date"]
    for r in range(120):
        when = rng.choice(["2026-12-10", "", "2026-12-06", "2027-02-30"])  # an impossible date too
        for name, inci in rng.sample(PRODUCTS, rng.randint(1, 5)):
            lines.append(f'R{r % 100},{name},"{inci}",{rng.choice(["AM", "PM", "", "noon"])},{when}')
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "markdown", "table"])
@pytest.mark.parametrize("jobs", [2, 3])
def test_helpers_write_the_same_report(export, tmp_path, monkeypatch, fmt, jobs):
    one = tmp_path / f"one.{fmt}"
    many = tmp_path / f"many.{fmt}"
    first = run_batch(BatchOptions(export, fmt=fmt, output=str(one), on=ON))
    monkeypatch.setattr(parallel, "PARALLEL_FROM_ROWS", 10)
    second = run_batch(BatchOptions(export, fmt=fmt, output=str(many), on=ON, jobs=jobs))
    assert first["processes"] == 1 and second["processes"] == jobs
    assert many.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert {k: v for k, v in first.items() if k != "processes"} == \
        {k: v for k, v in second.items() if k != "processes"}
    assert not list(tmp_path.glob(".compatcheck-part-*"))


def test_shares_are_consecutive_and_cover_every_routine(export, monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM_ROWS", 10)
    checker = read_export(BatchOptions(export, on=ON))[0]
    parts = parallel.shares(checker, 3)
    assert len(parts) == 3 and [g for part in parts for g in part] == checker.order()
    rows = [checker.rows_of(part) for part in parts]
    assert max(rows) - min(rows) <= 12  # about equal rows (a routine holds up to 5 x 2 rows)


def test_small_exports_use_one_process(export):
    checker = read_export(BatchOptions(export, on=ON))[0]
    assert parallel.shares(checker, 4) == [checker.order()]


def test_a_failing_helper_fails_the_run_and_leaves_nothing(export, tmp_path, monkeypatch):
    from compatcheck.formatters import batch_output

    monkeypatch.setattr(parallel, "PARALLEL_FROM_ROWS", 10)
    real = batch_output.Writer.__init__

    def broken(self, out, fmt, continued=False):
        if continued:  # only in the helper
            raise OSError("disk full")
        real(self, out, fmt, continued)

    monkeypatch.setattr(batch_output.Writer, "__init__", broken)
    out = tmp_path / "report.csv"
    with pytest.raises(InputError, match="helper process failed: OSError: disk full"):
        run_batch(BatchOptions(export, output=str(out), on=ON, jobs=2))
    assert not out.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_cli_jobs_option(export, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from compatcheck.cli import main

    monkeypatch.setattr(parallel, "PARALLEL_FROM_ROWS", 10)
    runner = CliRunner()
    one = runner.invoke(main, ["batch", export, "--on", "2026-12-05", "--jobs", "1", "-q"])
    two = runner.invoke(main, ["batch", export, "--on", "2026-12-05", "--jobs", "2", "-q"])
    assert one.exit_code == two.exit_code == 1  # avoid findings
    assert two.output == one.output and one.output.count("\n") > 100
    bad = runner.invoke(main, ["batch", export, "--jobs", "0"])
    assert bad.exit_code == 2 and "--jobs" in bad.output


@pytest.mark.parametrize("make_out", [
    lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=""),  # a report file: bytes copied
    lambda: io.TextIOWrapper(io.BytesIO(), encoding="UTF8", newline=""),  # the same codec, spelt otherwise
    lambda: io.TextIOWrapper(io.BytesIO(), encoding="cp1252", newline=""),  # a console's: text re-encoded
    io.StringIO,  # no bytes beneath: text copied
])
def test_a_helpers_part_is_appended_exactly_after_what_was_written(tmp_path, make_out):
    part = tmp_path / "part.tmp"
    part.write_bytes("R2,Crème,\"a, b\"\r\nR3,Sérum,x\r\n".encode("utf-8"))
    out = make_out()
    out.write("R1,Gel,é\r\n")  # still in the wrapper's buffer when the part is appended
    parallel._append(out, str(part))
    out.write("end\r\n")
    out.flush()
    text = out.getvalue() if isinstance(out, io.StringIO) else out.buffer.getvalue().decode(out.encoding)
    assert text == "R1,Gel,é\r\nR2,Crème,\"a, b\"\r\nR3,Sérum,x\r\nend\r\n"


def test_few_collections_while_checking_and_python_settings_after(export, tmp_path, monkeypatch):
    import gc

    before, seen = gc.get_threshold(), []
    monkeypatch.setattr(parallel, "write_reports", lambda *a, **k: (
        seen.append((gc.get_threshold(), gc.get_freeze_count())), parallel.Tally())[1])
    run_batch(BatchOptions(export, output=str(tmp_path / "r.csv"), on=ON))
    (threshold, frozen), = seen
    assert threshold[0] == parallel.YOUNG_COLLECTION_EVERY and threshold[1:] == before[1:]
    assert frozen > 0  # what was read and detected sits out of the collections
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_python_settings_come_back_after_a_failure_and_a_hosts_frozen_objects_stay(monkeypatch):
    import gc

    before = gc.get_threshold()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(parallel, "write_reports", boom)
    with pytest.raises(OSError):
        parallel.write_shares(None, [[1]], None, io.StringIO(), None, None)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    gc.freeze()  # a host process that froze its own objects
    try:
        frozen = gc.get_freeze_count()
        with parallel.few_collections():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def _prctl_available() -> bool:
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        return hasattr(ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True), "prctl")
    except OSError:
        return False


#: batch, with helpers from 10 rows, each helper busy for a minute after its first lines (a big
#: share), and the main process waiting for them: then it is killed.
_SLOW_HELPERS = """
import os, sys, time
from compatcheck.batch import parallel
from compatcheck.formatters import batch_output
parallel.PARALLEL_FROM_ROWS = 10
main_pid = os.getpid()
write_lines = batch_output.Writer.write_lines
def slow(self, text):
    write_lines(self, text)
    if os.getpid() != main_pid:
        time.sleep(60)
batch_output.Writer.write_lines = slow
from compatcheck.cli import main
main(sys.argv[1:])
"""


def _children(pid: int) -> list[int]:
    import os

    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` is alive (a zombie no one has reaped yet is not)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.mark.skipif(not _prctl_available(), reason="needs Linux prctl(PR_SET_PDEATHSIG)")
def test_helpers_stop_when_the_batch_process_is_killed(export, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.Popen([sys.executable, "-c", _SLOW_HELPERS, "batch", export, "--on", "2026-12-05", "--jobs", "3",
                            "-o", str(out / "report.csv")], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    helpers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(helpers := _children(run.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(helpers) == 2, helpers
        time.sleep(0.5)  # the helpers are past their start
        run.send_signal(signal.SIGKILL)  # SIGKILL: nothing of the main process runs any more
        run.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(map(_running, helpers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_running, helpers)), [h for h in helpers if _running(h)]
        assert not list(out.glob(".compatcheck-part-*")), list(out.iterdir())  # they removed their parts
    finally:
        run.kill()
        run.wait(timeout=10)
        for pid in filter(_running, helpers):  # what this test started: left running only on failure
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_without_prctl_a_helper_sees_its_parent_gone_between_blocks(export, fmt):
    # the fallback where the kernel cannot be asked: the helper's progress looks at its parent
    import os

    from compatcheck.batch.orphan import ParentGone, check_parent
    from compatcheck.formatters.batch_output import Writer

    checker = read_export(BatchOptions(export, on=ON))[0]
    check_parent(os.getppid())  # still there: nothing happens
    with pytest.raises(ParentGone):
        parallel.write_reports(checker, checker.order() * 3000, Writer(io.StringIO(), fmt),
                               lambda done: check_parent(-1))


def _fork_and_terminate(body):
    """Run ``body(send)`` in a forked process that then sends itself SIGTERM, as a main process stopped with
    SIGTERM terminates its helpers and the kernel signals them again once it is gone; its exit code, and what it
    sent."""
    import multiprocessing
    import os
    import signal
    import time

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def target():
        body(send)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)

    process = context.Process(target=target)
    process.start()
    send.close()
    sent = []
    while True:
        try:
            sent.append(receive.recv())
        except EOFError:
            break
    process.join(20)
    return process.exitcode, sent


def test_a_sigterm_after_a_helper_is_done_ends_it_without_a_traceback(export, tmp_path):
    # CI, once: a helper that had written its share got its SIGTERM in multiprocessing's exit path, where the
    # ParentGone it raised was printed as a traceback under the one-line error
    import os
    import signal

    from compatcheck.formatters.batch_output import Writer

    checker = read_export(BatchOptions(export, on=ON))[0]

    def helper(send):
        parallel._helper(checker, checker.order()[:5], lambda fh: Writer(fh, "csv"), str(tmp_path / "part"), send,
                         os.getppid())

    exitcode, sent = _fork_and_terminate(helper)
    assert [status for status, _ in sent] == ["ok"]
    assert exitcode == -signal.SIGTERM  # ended by the signal's default action, not by an escaping ParentGone (1)


def test_a_second_sigterm_does_not_cut_a_stopping_helper_short():
    import os
    import signal
    import time

    from compatcheck.batch.orphan import ParentGone, stop_quietly, stop_with_parent

    def stopping(send):
        stop_with_parent(os.getppid())
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(10)
        except ParentGone:
            os.kill(os.getpid(), signal.SIGTERM)  # the second one, while the part is being removed
            send.send("cleaned up")
        stop_quietly()

    exitcode, sent = _fork_and_terminate(stopping)
    assert sent == ["cleaned up"] and exitcode == -signal.SIGTERM
