"""Per-class precision and recall of detection over the real-product corpus.

Usage:  python benchmarks/corpus_accuracy.py [--show-errors] [--heldout | --heldout2 | ... | --corpus FILE]
        python benchmarks/corpus_accuracy.py --all      # one line per corpus, and all pooled

(one ``--heldoutN`` per ``tests/data/real_products_heldoutN.csv``)

The corpus (tests/data/real_products.csv) holds published ingredient lists of
real products, each labelled with the classes a cosmetic chemist would say it
contains as actives, and which acids are exfoliating actives vs trace.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from compatcheck.detect import detect
from compatcheck.model import Product
from compatcheck.table import load_table

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
CORPUS = DATA / "real_products.csv"
#: The held-out corpora, by their command-line flag (``real_products_heldout7.csv`` is ``--heldout7``).
#: Each was labelled apart from the detector (from held-out 3 on, by people who never ran it or read its
#: code and table) and measured untuned before the fixes it led to; how each was gathered, its untuned
#: figure and what was fixed after it are in benchmarks/detection_accuracy.md.
HELDOUTS = {"--" + path.stem.removeprefix("real_products_"): path
            for path in DATA.glob("real_products_heldout*.csv")}
#: The first held-out round drawn at random from a retailer export (those before were gathered by hand).
FIRST_RANDOM_ROUND = 31
ACIDS = {"aha", "bha", "pha", "azelaic_acid"}


def split(cell: str) -> set[str]:
    return {part.strip() for part in cell.split("|") if part.strip()}


class Scores:
    """Calls scored against reference labels, row by row (:meth:`add`): per class the true and false
    positives and the false negatives, the acid calls made right of all made, and a line per error."""

    def __init__(self):
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.right = self.total = 0
        self.errors: list[str] = []

    def add(self, row: dict, got: set[str], called_active: Callable[..., bool]) -> None:
        """Score one row's calls (``got``: the classes found as actives; ``called_active``: see
        :func:`detector_call`) against ``row``'s labels."""
        want = split(row["expected_classes"])
        for cls in got | want:
            if cls in got and cls in want:
                self.tp[cls] += 1
            elif cls in got:
                self.fp[cls] += 1
                self.errors.append(f"FP {cls:18} {row['brand']} {row['product']}")
            else:
                self.fn[cls] += 1
                self.errors.append(f"FN {cls:18} {row['brand']} {row['product']}")
        for acid in split(row["active_acids"]):
            self._acid(called_active(acid), f"ACID active missed {acid} in {row['brand']} {row['product']}")
        for acid in split(row["trace_acids"]):
            self._acid(not called_active(acid, salts=False),
                       f"ACID trace called active {acid} in {row['brand']} {row['product']}")

    def _acid(self, ok: bool, error: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.errors.append(error)

    @property
    def micro_f1(self) -> float:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def acid_accuracy(self) -> float:
        return self.right / max(1, self.total)


def score(corpus: Path, table=None) -> tuple[Scores, int]:
    """Score the detector over one corpus file: its :class:`Scores` and how many lists it holds."""
    table = table or load_table()
    scores = Scores()
    with corpus.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        scores.add(row, *detector_call(row, table))
    return scores, len(rows)


def evaluate(show_errors: bool = False, corpus: Path = CORPUS) -> dict:
    scores, n = score(corpus)
    tp, fp, fn = scores.tp, scores.fp, scores.fn
    classes = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'class':20} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for cls in classes:
        p = tp[cls] / (tp[cls] + fp[cls]) if tp[cls] + fp[cls] else 1.0
        r = tp[cls] / (tp[cls] + fn[cls]) if tp[cls] + fn[cls] else 1.0
        print(f"{cls:20} {p:6.3f} {r:6.3f} {tp[cls]:4} {fp[cls]:4} {fn[cls]:4}")
    print(f"\nproducts: {n}  micro-F1 (class presence): {scores.micro_f1:.3f}  "
          f"acid active-vs-trace accuracy: {scores.acid_accuracy:.3f} ({scores.right}/{scores.total})")
    if show_errors:
        print("\n".join(scores.errors))
    return {"micro_f1": scores.micro_f1, "acid_accuracy": scores.acid_accuracy}


def evaluate_all() -> None:
    """One line per corpus, then the lists pooled by kind (the main corpus, the hand-gathered held-out rounds
    1-30, the random rounds drawn from exports) and all of them: the micro-F1 over all class calls and the acid
    calls right of all made."""
    table = load_table()
    pooled: dict[str, tuple[Scores, list[int]]] = {}
    print(f"{'corpus':32} {'lists':>5} {'micro-F1':>8}  acids active-vs-trace")
    for path in [CORPUS, *sorted(HELDOUTS.values(), key=_round)]:
        scores, n = score(path, table)
        print(f"{path.name:32} {n:5} {scores.micro_f1:8.3f}  "
              f"{scores.acid_accuracy:.3f} ({scores.right}/{scores.total})")
        for group in (_group(path), "all, pooled"):
            total, lists = pooled.setdefault(group, (Scores(), []))
            _add(total, scores)
            lists.append(n)
    for group, (total, lists) in sorted(pooled.items(), key=lambda item: _GROUPS.index(item[0])):
        print(f"{group:32} {sum(lists):5} {total.micro_f1:8.3f}  "
              f"{total.acid_accuracy:.3f} ({total.right}/{total.total})")


#: The pooled lines of :func:`evaluate_all`, in the order they are printed.
_GROUPS = ("main corpus", "held-out 1-30, pooled", "random rounds, pooled", "all, pooled")


def _group(path: Path) -> str:
    """Which kind of corpus ``path`` is, for the pooled lines of :func:`evaluate_all`."""
    if path == CORPUS:
        return "main corpus"
    return "held-out 1-30, pooled" if _round(path) < FIRST_RANDOM_ROUND else "random rounds, pooled"


def _add(total: Scores, scores: Scores) -> None:
    """Pool ``scores`` into ``total``."""
    for mine, theirs in ((total.tp, scores.tp), (total.fp, scores.fp), (total.fn, scores.fn)):
        mine.update(theirs)
    total.right += scores.right
    total.total += scores.total


def _round(path: Path) -> int:
    """``real_products_heldout12.csv`` -> 12 (the first held-out corpus, unnumbered, is 1)."""
    number = re.search(r"(\d+)$", path.stem)
    return int(number.group(1)) if number else 1


def detector_call(row: dict, table) -> tuple[set[str], Callable[..., bool]]:
    """What the detector says of a corpus row: the classes it finds as actives, and whether it calls a
    given acid id active (``salts``: or the acid's salt, for an acid labelled active; see :func:`_salt_active`)."""
    det = detect(Product(row["product"], inci=row["ingredients"]), table)
    got = {m.ingredient.cls for m in det.matches if m.active and m.ingredient.cls not in ("base", "other")}
    active_ids = {m.ingredient.id for m in det.matches if m.active}

    def called_active(acid: str, salts: bool = True) -> bool:
        return acid in active_ids or (salts and _salt_active(acid, det))

    return got, called_active


def _salt_active(acid: str, det) -> bool:
    """An acid labelled active may be present as its salt (Sodium Glycolate -> glycolic,
    Ammonium Lactate -> lactic): the salt's id ends in the acid's ``-ate`` form. Not another acid named on it
    (Capryloyl Salicylic Acid, LHA, is no salt of salicylic acid: the labels give it its own id)."""
    stem = acid.removesuffix("_acid")
    salt = stem.removesuffix("ic") + "ate"  # lactic -> lactate, glycolic -> glycolate
    return any(m.active and m.ingredient.exfoliant and not m.ingredient.id.endswith("_acid")
               and (stem in m.ingredient.id or m.ingredient.id.endswith(salt)) for m in det.matches)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Per-class precision and recall of detection over a labelled corpus of real lists.",
        epilog="Example: python benchmarks/corpus_accuracy.py --heldout38 --show-errors", allow_abbrev=False)
    which = parser.add_mutually_exclusive_group()
    for flag, path in sorted(HELDOUTS.items(), key=lambda item: _round(item[1])):
        which.add_argument(flag, dest="corpus", action="store_const", const=path,
                           help=argparse.SUPPRESS)
    which.add_argument("--corpus", type=Path, metavar="FILE",
                       help="a corpus CSV (default: tests/data/real_products.csv; --heldoutN picks "
                            "tests/data/real_products_heldoutN.csv)")
    which.add_argument("--all", action="store_true", help="one line per corpus, then all lists pooled")
    parser.add_argument("--show-errors", action="store_true", help="list every wrong call")
    args = parser.parse_args(argv)
    if args.all:
        evaluate_all()
        return
    path = args.corpus or CORPUS
    if not path.is_file():
        parser.error(f"{path}: no such corpus file")
    print(f"corpus: {path.name}")
    evaluate(show_errors=args.show_errors, corpus=path)


if __name__ == "__main__":
    main()
