"""Time detection of the distinct products of a generated export, as ``batch`` meets them.

    python benchmarks/detect_speed.py --rows 20000 --runs 5
    python benchmarks/detect_speed.py --export /tmp/d3.csv --profile

``batch`` detects each distinct (product name, ingredient list) once, so that is
what is timed here: the distinct pairs of an export made by ``make_export.py``,
each detected once per run, starting every run from cold caches (a fresh table,
an empty name cache), as a new ``batch`` process would. In the same run, as a
baseline, it times a plain comma split of each list and a full Unicode fold of
every piece (touching each item once, with code of its own so that it stays a
fixed yardstick), and prints the ratio of the medians. To compare with an older
checkout, run this script with ``PYTHONPATH`` pointing at that checkout's ``src``. ``--profile`` adds a
cProfile of one detection run.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compatcheck.detect import detect  # noqa: E402
from compatcheck.model import Product  # noqa: E402
from compatcheck.normalize import normalise  # noqa: E402
from compatcheck.table import load_table  # noqa: E402


def distinct_products(rows: int, seed: int, export: Path | None) -> list[Product]:
    """The distinct (name, ingredient list) pairs of an export, in first-seen order."""
    if export is None:
        from make_export import write_export

        buf = io.StringIO()
        write_export(buf, rows, 3000, seed)
        buf.seek(0)
        reader = csv.DictReader(buf)
    else:
        reader = csv.DictReader(export.open(encoding="utf-8", newline=""))
    seen = dict.fromkeys((r["product"], r["ingredients"]) for r in reader)
    return [Product(name, inci=inci) for name, inci in seen]


def _cold_table():
    """A fresh table (its memos empty) and empty module caches: what a new ``batch``
    process starts with."""
    from compatcheck import inci

    normalise.cache_clear()
    for name in ("_parse_piece", "plain_name"):  # absent in older checkouts
        if hasattr(inci, name):
            getattr(inci, name).cache_clear()
    return load_table()


def time_detect(products: list[Product]) -> float:
    table = _cold_table()
    start = time.perf_counter()
    for product in products:
        detect(product, table)
    return time.perf_counter() - start


_NON_WORD = re.compile(r"[^0-9a-z]+")


def _fold(text: str) -> str:
    """A full Unicode fold of a name (decompose, drop accents, casefold), as a
    yardstick that stays fixed whatever the detection code does."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def time_split(products: list[Product]) -> float:
    """The baseline: a plain comma split of each list and a full fold of every
    piece, i.e. touching each item once."""
    start = time.perf_counter()
    for product in products:
        for piece in product.inci.split(","):
            _fold(piece)
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20000, help="rows of the generated export [20000]")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--export", type=Path, help="time the distinct products of this export instead")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one detection run")
    args = parser.parse_args(argv)

    products = distinct_products(args.rows, args.seed, args.export)
    n = len(products)
    chars = statistics.mean(len(p.inci) for p in products)
    print(f"distinct products: {n} (mean list {chars:.0f} chars)")
    detect_times, split_times = [], []
    for run in range(args.runs):  # alternate, so noise on a shared machine hits both
        split_times.append(time_split(products))
        detect_times.append(time_detect(products))
        print(f"run {run + 1}: detect {detect_times[-1] / n * 1e6:8.1f} us/product   "
              f"split {split_times[-1] / n * 1e6:7.1f} us/product")
    d, s = statistics.median(detect_times), statistics.median(split_times)
    print(f"median: detect {d / n * 1e6:.1f} us/product ({d:.2f} s for {n}); "
          f"split {s / n * 1e6:.1f} us/product; detect/split = {d / s:.1f}x")
    if args.profile:
        import cProfile
        import pstats

        table = _cold_table()
        prof = cProfile.Profile()
        prof.enable()
        for product in products:
            detect(product, table)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
