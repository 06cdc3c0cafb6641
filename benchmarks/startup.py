"""Start-up cost of the paste path: ``compatcheck check`` on a 10-product paste
against ``python -c "import click"``, run alternately in the same session.

Usage:  python benchmarks/startup.py [--runs 21]

Reports the median wall time of each and the ratio of the medians (goal: <= 3).
Both commands run with the same interpreter, so the ratio cancels most of the
machine's noise; the absolute figures are for orientation only. They run with
bytecode caching on (``PYTHONDONTWRITEBYTECODE`` dropped from their environment),
as an installed package runs: with it set, an editable checkout's changed modules
are compiled from source at every start (about 40 ms here), which no user pays.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASTE = """\
CeraVe Hydrating Facial Cleanser: Aqua, Glycerin, Cetearyl Alcohol, Ceramide NP, Ceramide AP, Hyaluronic Acid, Cholesterol, Phenoxyethanol
Vitamin C Serum [AM]: Aqua, Ascorbic Acid, Ethoxydiglycol, Propylene Glycol, Ferulic Acid, Tocopherol, Sodium Hyaluronate
Niacinamide 10% + Zinc 1% [AM]
Mineral SPF 50 [AM]: Aqua, Zinc Oxide 12%, Titanium Dioxide 5%, Caprylic/Capric Triglyceride, Glycerin, Dimethicone
The Ordinary Glycolic Acid 7% Toning Solution [PM]
Night Renewal Serum [PM]: Aqua, Squalane, Glycerin, Retinol, Tocopherol, Phenoxyethanol
[PM] 2% BHA Liquid Exfoliant - Water, Methylpropanediol, Butylene Glycol, Salicylic Acid, Polysorbate 20
Hyaluronic Acid Serum: Aqua, Sodium Hyaluronate, Glycerin, Pentylene Glycol, Phenoxyethanol
Barrier Cream [PM]: Aqua, Glycerin, Cetearyl Alcohol, Shea Butter, Lactic Acid, Phenoxyethanol, Parfum, Citric Acid
Eye Cream: Aqua, Caffeine, Palmitoyl Tripeptide-1, Retinyl Palmitate, Dimethicone
"""


def _script() -> list[str]:
    beside = Path(sys.executable).with_name("compatcheck")
    found = str(beside) if beside.exists() else shutil.which("compatcheck")
    return [found] if found else [sys.executable, "-m", "compatcheck"]


#: The commands' environment: this one's, with bytecode caching on (see the module's text).
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=_ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paste = Path(tmp) / "routine.txt"
        paste.write_text(PASTE, encoding="utf-8")
        ours = [*_script(), "check", str(paste), "--needling-date", "2026-12-10", "--on", "2026-12-05"]
        baseline = [sys.executable, "-c", "import click"]
        for cmd in (ours, baseline):  # warm the file cache
            _time(cmd)
        times = {"check": [], "import click": []}
        for _ in range(args.runs):
            times["check"].append(_time(ours))
            times["import click"].append(_time(baseline))
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["check"] / med["import click"]
    print(f"runs: {args.runs} each, alternating; python {sys.version.split()[0]}; {os.cpu_count()} cores")
    for name, values in times.items():
        print(f"{name:14} median {med[name] * 1000:7.1f} ms  (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})")
    print(f"ratio of medians (check / import click): {ratio:.2f}  (goal <= 3)")


if __name__ == "__main__":
    main()
