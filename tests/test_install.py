"""The installed console script, and the start-up budget of the paste path."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script() -> str:
    beside = Path(sys.executable).with_name("compatcheck")
    found = str(beside) if beside.exists() else shutil.which("compatcheck")
    assert found, "the compatcheck console script is not installed (pip install .)"
    return found


def test_console_script_runs_outside_the_checkout(tmp_path):
    routine = tmp_path / "r.txt"
    routine.write_text("Night Serum: Aqua, Retinol [PM]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([_script(), "check", str(routine), "--needling-date", "2026-12-10",
                             "--on", "2026-12-09", "--format", "json"],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["findings"][0]["code"] == "TM001"


def test_paste_path_does_not_import_pandas():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from compatcheck.cli import main\n"
        f"r = CliRunner().invoke(main, ['check', {str(ROOT / 'examples' / 'routine.txt')!r}, "
        "'--needling-date', '2026-12-10', '--on', '2026-12-05'])\n"
        "assert r.exit_code == 1, r.output\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'numpy'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_importing_the_detector_compiles_no_pattern():
    # ~170 module-level patterns took ~40 ms of every start when compiled at import; a paste meets a quarter of
    # them, so they compile on first use (compatcheck.lazy_re). A pattern compiled at import again (re.compile, or
    # re.search on a string at module level) shows here, named by file and line.
    code = (
        "import re, sys\n"
        "compiled = []\n"
        "real = re._compile\n"
        "def spy(pattern, flags):\n"
        "    frame = sys._getframe(1)\n"
        "    while frame and frame.f_code.co_filename.startswith(re.__file__.rsplit('/', 1)[0]):\n"
        "        frame = frame.f_back\n"
        "    if frame and '/compatcheck/' in frame.f_code.co_filename:\n"
        "        compiled.append(f'{frame.f_code.co_filename}:{frame.f_lineno}')\n"
        "    return real(pattern, flags)\n"
        "re._compile = spy\n"
        "import compatcheck.api, compatcheck.cli, compatcheck.formatters, compatcheck.output\n"
        "assert not compiled, compiled\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_lazy_pattern_answers_as_its_compiled_pattern():
    import re

    from compatcheck import lazy_re

    lazy = lazy_re.compile(r"(?P<acid>\w+) acid", re.IGNORECASE)
    assert (lazy.pattern, lazy.flags) == (r"(?P<acid>\w+) acid", re.IGNORECASE)  # read without compiling
    assert "search" not in vars(lazy)
    compiled = re.compile(lazy.pattern, lazy.flags)
    text = "Aqua, Glycolic Acid, LACTIC ACID"
    assert lazy.search(text).group("acid") == compiled.search(text).group("acid") == "Glycolic"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.groupindex == compiled.groupindex
    assert "search" in vars(lazy)  # kept: later calls go straight to the compiled pattern
    assert lazy_re.compile(lazy).pattern == lazy.pattern
