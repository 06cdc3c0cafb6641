"""How often two labellers agree on the corpora's labels, and how the detector does against each.

Usage:  python benchmarks/labeller_agreement.py [--show-disagreements]

``tests/data/second_labels.csv`` holds a second, blind labelling of some corpus rows: a second person who
never saw the first labels (nor the detector) labelled the same lists by the same rules. Each row names its
corpus file, brand and product; its labels are compared with the first labeller's (the corpus row) with
the measures of ``corpus_accuracy.py``: micro-F1 on class presence, and the share of acid calls (active
vs trace) the other side makes the same way. Printed per corpus group, with the first labeller as the
reference and then the second (the two differ only in the acid figure, whose base is the reference's
acids), the detector against each, and the detector on the calls both labellers make alike (a class one
of them lists and the other does not, and an acid they call differently, are left out). The random rounds
are also printed pooled.

The figures bound what the goal means: a detector cannot be expected to agree with one labeller more
often than a second labeller does.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable

from corpus_accuracy import DATA, FIRST_RANDOM_ROUND, Scores, detector_call, split

from compatcheck.table import load_table

SECOND = DATA / "second_labels.csv"
#: The held-out rounds drawn at random from a retailer export and labelled twice in full (the other rows of
#: the second labels are lists holding acids, drawn from held-out 10-30).
RANDOM_ROUNDS = tuple(range(FIRST_RANDOM_ROUND, 232))
#: A call: the classes found as actives, and whether an acid id is called active.
Call = tuple[set[str], Callable[..., bool]]


def label_call(row: dict) -> Call:
    """A labeller's labels as a call (an acid is active when listed among the active acids)."""
    active = split(row["active_acids"])
    return split(row["expected_classes"]), lambda acid, salts=True: acid in active


def pairs() -> dict[str, list[tuple[dict, dict]]]:
    """The second labels joined to the first (corpus rows), grouped by corpus file."""
    corpora: dict[str, dict[tuple[str, str], dict]] = {}
    groups: dict[str, list[tuple[dict, dict]]] = {}
    with SECOND.open(newline="", encoding="utf-8") as fh:
        for second in csv.DictReader(fh):
            name = second["corpus"]
            if name not in corpora:
                with (DATA / name).open(newline="", encoding="utf-8") as cf:
                    corpora[name] = {(row["brand"], row["product"]): row for row in csv.DictReader(cf)}
            first = corpora[name].get((second["brand"], second["product"]))
            if first is None:
                sys.exit(f"{SECOND.name}: {second['brand']} | {second['product']} is not in {name}")
            groups.setdefault(name, []).append((first, second))
    return groups


def agreed(first: dict, second: dict) -> tuple[dict, set[str]]:
    """The labels both labellers give a list (as a row), and the classes only one of them lists."""
    classes = [split(row["expected_classes"]) for row in (first, second)]
    active = [split(row["active_acids"]) for row in (first, second)]
    trace = [split(row["trace_acids"]) for row in (first, second)]
    row = dict(first, expected_classes="|".join(sorted(classes[0] & classes[1])),
               active_acids="|".join(sorted(active[0] & active[1])),
               trace_acids="|".join(sorted(trace[0] & trace[1])))
    return row, classes[0] ^ classes[1]


def main(show: bool = False) -> None:
    table = load_table()
    groups = pairs()
    samples = {f"real_products_heldout{n}.csv": f"held-out {n}" for n in RANDOM_ROUNDS}
    sets = {f"{title} (a random export sample)": groups.get(name, []) for name, title in samples.items()}
    unlabelled = [title for name, title in samples.items() if not groups.get(name)]
    if unlabelled:  # said, not skipped: the pooled figures below leave these rounds out
        print(f"no second labels yet for {', '.join(unlabelled)}: left out of the pooled figures")
    pooled = [p for rows in sets.values() for p in rows]
    sets[f"held-out {RANDOM_ROUNDS[0]}-{RANDOM_ROUNDS[-1]} pooled (random export samples)"] = pooled
    sets["held-out 10-30 (rows holding acids)"] = [p for name, ps in groups.items() if name not in samples for p in ps]
    called: dict[int, Call] = {}  # id of a first-label row -> the detector's call (the pooled set repeats rows)
    for title, rows in sets.items():
        if not rows:
            continue
        firsts, seconds = [f for f, _ in rows], [s for _, s in rows]
        for first in firsts:
            if id(first) not in called:
                called[id(first)] = detector_call(first, table)
        detector = [called[id(first)] for first in firsts]
        both = [agreed(f, s) for f, s in rows]
        on_agreed = [(got - disputed, called) for (got, called), (_, disputed) in zip(detector, both)]
        print(f"{title}: {len(rows)} lists")
        for label, refs, calls in (("second vs first labeller", firsts, map(label_call, seconds)),
                                   ("first vs second labeller", seconds, map(label_call, firsts)),
                                   ("detector vs first labeller", firsts, detector),
                                   ("detector vs second labeller", seconds, detector),
                                   ("detector where both agree", [row for row, _ in both], on_agreed)):
            scores = Scores()
            for ref, call in zip(refs, calls):
                scores.add(ref, *call)
            print(f"  {label:28} micro-F1 {scores.micro_f1:.3f}  acids {scores.acid_accuracy:.3f} "
                  f"({scores.right}/{scores.total})")
            if show:  # FP/FN and the acid lines are the other side's calls against the reference
                print("\n".join(f"    {error}" for error in scores.errors))


if __name__ == "__main__":
    main(show="--show-disagreements" in sys.argv[1:])
