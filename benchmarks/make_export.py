"""Generate a realistic routine export for the batch benchmarks.

Routines of 3-8 products, drawn from a pool of a few thousand real-looking
ingredient lists. The pool is built from the real published lists in
``tests/data/real_products.csv``: each pool product takes a real list and varies
it the way real ranges vary (a few base ingredients dropped, swapped or added),
so lists stay about 600 characters and the actives stay where real labels put
them. Deterministic for a given ``--seed``.

    python benchmarks/make_export.py --rows 1000000 --out /tmp/export.csv
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "real_products.csv"
_BASE = ("Glycerin", "Butylene Glycol", "Dimethicone", "Caprylic/Capric Triglyceride", "Cetearyl Alcohol",
         "Squalane", "Panthenol", "Allantoin", "Xanthan Gum", "Tocopherol", "Sodium Hyaluronate",
         "Carbomer", "Ethylhexylglycerin", "Disodium EDTA", "Propanediol", "Pentylene Glycol",
         "Sodium Benzoate", "Potassium Sorbate", "Cetyl Alcohol", "Glyceryl Stearate")
_SLOTS = ("AM", "PM", "AM/PM", "PM", "AM", "")
_DATES = ("2026-12-10", "2026-12-11", "2026-12-14", "2027-01-05", "2027-01-20", "", "")


def make_pool(size: int, rng: random.Random) -> list[tuple[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        real = [r for r in csv.DictReader(fh) if r["ingredients"].strip()]
    pool = []
    for i in range(size):
        source = real[i % len(real)]
        items = [s.strip() for s in source["ingredients"].split(",") if s.strip()]
        if i >= len(real):  # a variant: same actives, different base
            head, tail = items[:3], items[3:]
            for _ in range(rng.randint(1, 3)):
                if tail:
                    tail.pop(rng.randrange(len(tail)))
            for _ in range(rng.randint(1, 3)):
                tail.insert(rng.randrange(len(tail) + 1), rng.choice(_BASE))
            items = head + list(dict.fromkeys(tail))
        name = f"{source['brand']} {source['product']}" + (f" No. {i // len(real)}" if i >= len(real) else "")
        pool.append((name, ", ".join(items)))
    return pool


def write_export(out, rows: int, pool_size: int, seed: int) -> int:
    rng = random.Random(seed)
    pool = make_pool(pool_size, rng)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["routine_id", "product", "ingredients", "slot", "needling_date"])
    written, routine = 0, 0
    while written < rows:
        routine += 1
        date = rng.choice(_DATES)
        for _ in range(min(rng.randint(3, 8), rows - written)):
            name, inci = pool[rng.randrange(len(pool))]
            writer.writerow([f"R{routine:07d}", name, inci, rng.choice(_SLOTS), date])
            written += 1
    return routine


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pool", type=int, default=3000, help="distinct products to draw from")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    if args.out is None:
        routines = write_export(sys.stdout, args.rows, args.pool, args.seed)
    else:
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            routines = write_export(fh, args.rows, args.pool, args.seed)
    print(f"{args.rows} rows, {routines} routines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
