"""Reports are written atomically: they appear at their path whole, or not at all, and a run
killed outright (SIGKILL, the out-of-memory killer) leaves nothing in the report's folder."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from compatcheck.output import atomic_open, write_text

#: batch writing its report to -o, stopping after its first lines (flushed) for a minute: then
#: it is killed.
_STOPS_MID_WRITE = """
import sys, time
from compatcheck.formatters import batch_output
write_lines = batch_output.Writer.write_lines
def stalled(self, text):
    write_lines(self, text)
    self.out.flush()
    print("writing", file=sys.stderr, flush=True)
    time.sleep(60)
batch_output.Writer.write_lines = stalled
from compatcheck.cli import main
main(sys.argv[1:])
"""


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="an anonymous file needs Linux O_TMPFILE")
def test_a_run_killed_mid_write_leaves_nothing_behind(small_export):
    import signal
    import subprocess

    export, out = small_export
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.Popen([sys.executable, "-c", _STOPS_MID_WRITE, "batch", str(export), "--on", "2026-12-05",
                            "--jobs", "1", "-o", str(out / "report.csv")], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    try:
        assert run.stderr.readline().strip() == "writing"  # its first lines are written and flushed
        run.send_signal(signal.SIGKILL)  # nothing of the process runs any more: no finally, no cleanup
        run.wait(timeout=10)
        assert list(out.iterdir()) == []  # no report, no .report.csv.*.tmp
    finally:
        run.kill()
        run.wait(timeout=10)
        run.stderr.close()


def _no_anonymous_files(monkeypatch, error: int | None):
    """As on a file system (or a kernel) without O_TMPFILE: ``error`` from ``open``, or no flag."""
    if error is None:
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
        return
    real_open = os.open

    def refused(path, flags, *args, **kwargs):
        if flags & os.O_TMPFILE == os.O_TMPFILE:
            raise OSError(error, os.strerror(error))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)


FALLBACKS = [None, *((errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL) if hasattr(os, "O_TMPFILE") else ())]


@pytest.mark.parametrize("fallback", [False, *[("fallback", e) for e in FALLBACKS]])
def test_the_report_is_an_ordinary_file_and_nothing_else_is_left(tmp_path, monkeypatch, fallback):
    if fallback:
        _no_anonymous_files(monkeypatch, fallback[1])
    mask = os.umask(0o027)
    try:
        write_text("report\n", str(tmp_path / "report.csv"))
        write_text("again\n", str(tmp_path / "report.csv"))  # over an existing report
    finally:
        os.umask(mask)
    assert (tmp_path / "report.csv").read_text() == "again\n"
    assert (tmp_path / "report.csv").stat().st_mode & 0o777 == 0o640  # 0o666 less the umask
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


@pytest.mark.parametrize("fallback", [False, *[("fallback", e) for e in FALLBACKS]])
def test_an_interrupted_write_leaves_no_report(tmp_path, monkeypatch, fallback):
    if fallback:
        _no_anonymous_files(monkeypatch, fallback[1])
    (tmp_path / "old.csv").write_text("old\n")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(str(tmp_path / "report.csv")) as fh:
            fh.write("half a report")
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(str(tmp_path / "old.csv")) as fh:
            fh.write("half a report")
            raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]
    assert (tmp_path / "old.csv").read_text() == "old\n"  # an earlier report is left as it was


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="Linux O_TMPFILE")
def test_a_report_that_cannot_be_linked_into_place_is_still_written(tmp_path, monkeypatch):
    # O_TMPFILE worked, but linking it by /proc/self/fd did not (a file system or a policy that
    # refuses): the report is copied into a named temporary file instead, as without O_TMPFILE
    def refused(*args, **kwargs):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refused)
    write_text("report\n", str(tmp_path / "report.csv"))
    assert (tmp_path / "report.csv").read_text() == "report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_stdout_is_not_a_file(capsys):
    write_text("to stdout\n", None)
    write_text("and again\n", "-")
    assert capsys.readouterr().out == "to stdout\nand again\n"
