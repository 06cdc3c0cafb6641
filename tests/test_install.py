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
