"""A control character in a product name, a routine id or an ingredient list (an escape sequence
pasted from a terminal, a NUL from a database, a bell, a carriage return) never reaches a reader's
terminal raw from the markdown and table views: it is written as U+FFFD, as in csv reports."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from compatcheck.cli import main

#: What no markdown or table output may hold: C0 controls but tab and newline, DEL, C1 controls.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Clear the screen; CSI (one byte) for "move the cursor home"; a bell; a carriage return
#: that would overwrite the line; a title change ended by BEL.
NAMES = ["Night\x1b[2J Serum", "Peel\x9bH Pads", "Bell\x07 Cream", "Fake\rSafe", "\x1b]0;owned\x07Toner"]
PASTE = "\n".join(f"{name}: Aqua, Retinol\x1b[31m, Glycolic Acid" for name in NAMES) + "\n"
DATES = ["--needling-date", "2026-12-10", "--on", "2026-12-05", "--fail-on", "never"]


def _run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", ["check", "plan"])
@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_check_and_plan_views_replace_control_characters(command, fmt):
    out = _run(command, "-", "--format", fmt, *DATES, input=PASTE)
    assert not RAW.search(out), repr(RAW.search(out))
    assert "Night\ufffd[2J Serum" in out or "Night\ufffd[2J" in out
    assert "\t" not in PASTE or "\t" in out


def test_the_coloured_plan_timeline_keeps_its_own_colours_only():
    from compatcheck.api import plan_text
    from compatcheck.formatters import render_plan

    plan = plan_text(PASTE, needling_dates=["2026-12-10"], on="2026-12-05")
    out = render_plan(plan, "table", color=True)
    assert "\x1b[31;1m" in out  # its own colours
    own = re.compile("\x1b\\[(?:31;1|32;1|33;1|35|2|36;1|36|0)m")  # plan_table's _ANSI, and the reset
    assert not RAW.search(own.sub("", out)), repr(RAW.search(own.sub("", out)))
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x9b" not in out and "\x07" not in out


@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_batch_views_replace_control_characters(tmp_path, fmt):
    rows = ["routine,product,ingredients"]
    rows += [f'R\x1b[2J1,"{name}","Aqua, Retinol"' for name in NAMES[:3]]
    rows += ['\x9bR2,Bell\x07 Cream,"Aqua, Zorb\x1blax"']
    path = tmp_path / "export.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _run("batch", str(path), "--format", fmt, *DATES, "--quiet")
    assert not RAW.search(out), repr(RAW.search(out))
    assert "R\ufffd[2J1" in out and "\ufffdR2" in out


def test_tab_and_newline_are_not_control_characters_here():
    from compatcheck.formatters.printable import printable

    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("a\x1bb\rc\x7fd\x85e\x00") == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd"
    assert printable("Crème Ünïcode 한국어 \u00a0") == "Crème Ünïcode 한국어 \u00a0"
