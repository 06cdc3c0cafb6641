"""An experiment, not part of the detector: how well a *learned* active-vs-trace call for acids carries over to
rounds it was not trained on, against the hand-written rules.

    pip install '.[experiments]'          # scikit-learn, for this script only
    python benchmarks/learned_acid_call.py --test 151-211
    python benchmarks/learned_acid_call.py --test 181-211 --tree 6
    python benchmarks/learned_acid_call.py --folds 10 --agree

Every corpus row whose labels name an acid gives one example per labelled acid the detector finds: the label (the
first labeller's: active or trace) and features a label shows, read from the detector's matches: the acid, its
place and the list's length, a stated %, where the first <=1% marker (a preservative, the perfume, EDTA) sits,
the other acids' places, a soap's lye, the claim words of the name (acne, clarifying, exfoliation, pores, renewal,
brightening: :mod:`compatcheck.claims`), product-type and acid words of the name, and whether the match came from a
drug-facts active section, a kit member, the name or a near miss. The detector's own call is *not* a feature.

A gradient-boosted model (or, with ``--tree``, one decision tree of that depth) is trained on every row outside
the test rounds that comes before them (the main corpus, held-out 1-30, and the random rounds before the first test
round), and scored on the test rounds. The rules' figure printed beside it is the detector's as it is now, whose
rules were drawn in part from those rounds, so it is not a fair comparison; the fair one is the untuned figure each
round recorded before its labels were read (`benchmarks/detection_accuracy.md`).

With ``--folds K`` the rows are cut into K folds of whole rounds instead, and every random round's calls are scored
by a model trained on the other folds (later rounds as well as earlier ones): with the most data to learn from, how
well a call from what a label shows can do on a round it has not seen. ``--agree`` scores only the calls the second
labeller makes as the first did.

Caveat: the features are read with today's code, whose claim word lists grew from the same rounds; ``--no-claims``
drops those features to bound that leak.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_accuracy import DATA, split  # noqa: E402
from labeller_agreement import RANDOM_ROUNDS, pairs  # noqa: E402

from compatcheck import claims  # noqa: E402
from compatcheck.detect import detect  # noqa: E402
from compatcheck.model import Product  # noqa: E402
from compatcheck.normalize import product_name_words  # noqa: E402
from compatcheck.table import load_table  # noqa: E402

#: The table's tags of an ingredient whose place bounds what follows it at about 1% (phenoxyethanol, the parabens,
#: EDTA...): the detector's own markers (``list_context._MARKER_TAGS``).
MARKER_TAGS = frozenset({"max_1pct", "under_1pct"})
TYPE_WORDS = ("toner", "tonic", "cleanser", "wash", "foam", "gel", "peel", "peeling", "pad", "pads", "mask", "serum",
              "cream", "moisturizer", "moisturiser", "lotion", "scrub", "spf", "sunscreen", "patch", "body", "oil",
              "balm", "essence", "ampoule", "mist", "eye", "exfoliant", "exfoliating", "exfoliator", "treatment",
              "spot", "solution", "night", "kit", "set", "duo", "soap")
ACID_WORDS = ("aha", "bha", "pha", "lha", "salicylic", "glycolic", "lactic", "mandelic", "acid", "acids", "azelaic",
              "gluconolactone")
CLAIM_FEATURES = ("acne", "clarifying", "exfoliation", "pores", "renewal", "brightening")
_PLACE = re.compile(r"listed (\d+) of (\d+)")
_ROUND = re.compile(r"heldout(\d+)")


def second_labels() -> dict[tuple[str, str, str], tuple[set[str], set[str]]]:
    """The second labeller's (active, trace) acids, by (corpus file name, brand, product), as
    :func:`labeller_agreement.pairs` joins them to the first labels."""
    return {(name, first["brand"], first["product"]): (split(second["active_acids"]), split(second["trace_acids"]))
            for name, rows in pairs().items() for first, second in rows}


def examples() -> list[dict]:
    """One dict per labelled acid the detector finds in a corpus list: ``round`` (0 for the main corpus),
    ``label`` (1 active), ``rule`` (the detector's call), ``second`` (the second labeller's call: 1, 0, or -1
    when there is none) and the features."""
    table = load_table()
    seconds = second_labels()
    rows = []
    for path in sorted(DATA.glob("real_products*.csv")):
        found = _ROUND.search(path.stem)
        rnd = int(found.group(1)) if found else 0
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                active, trace = split(row["active_acids"]), split(row["trace_acids"])
                if active or trace:
                    second = seconds.get((path.name, row["brand"], row["product"]))
                    rows += _list_examples(row, rnd, active, trace, table, second)
    return rows


def _list_examples(row: dict, rnd: int, active: set[str], trace: set[str], table,
                   second: tuple[set[str], set[str]] | None) -> list[dict]:
    detected = detect(Product(row["product"], inci=row["ingredients"]), table)
    places = {}
    for i, match in enumerate(detected.matches):
        if found := _PLACE.search(match.why or ""):
            places[i] = (int(found.group(1)), int(found.group(2)))
    name = frozenset(product_name_words(row["product"]))
    claim = {"acne": bool(claims.acne_claim(name)), "clarifying": bool(claims.clarifying_claim(name)),
             "exfoliation": bool(name & claims.EXFOLIATION_WORDS), "pores": bool(name & claims.PORE_WORDS),
             "renewal": bool(name & claims.RENEWAL_WORDS), "brightening": bool(name & claims.BRIGHTENING_WORDS)}
    marker = min((places[i][0] for i, m in enumerate(detected.matches)
                  if m.ingredient.tags & MARKER_TAGS and i in places), default=None)
    acids = [(places[i][0], m.ingredient.id) for i, m in enumerate(detected.matches)
             if m.ingredient.exfoliant and i in places]
    lye = any(m.ingredient.id in ("potassium_hydroxide", "sodium_hydroxide") and places.get(i, (99,))[0] <= 8
              for i, m in enumerate(detected.matches))
    out = []
    for i, match in enumerate(detected.matches):
        acid = match.ingredient.id
        if i not in places or (acid not in active and acid not in trace):
            continue
        place, count = places[i]
        others = [p for p, other in acids if other != acid]
        example = {
            "round": rnd, "label": int(acid in active), "rule": int(match.active),
            "second": _second_call(second, acid),
            "acid": acid, "cls": match.ingredient.cls, "role": match.ingredient.trace_role or "",
            "place": place, "count": count, "share": place / count,
            "percent": match.percent if match.percent is not None else -1.0,
            "marker": marker if marker is not None else -1,
            "after_marker": int(marker is not None and place > marker),
            "to_marker": place - marker if marker is not None else 99,
            "drug_facts": int("listed under" in match.why or "active ingredient" in match.why.lower()),
            "inactive_section": int("inactive ingredients" in match.why),
            "kit": int("kit product" in match.why), "soap": int(lye), "acids": len(acids),
            "acid_before": int(place - 1 in others), "acid_after": int(place + 1 in others),
            "first_other": min(others) / count if others else 2.0,
            "via_name": int(match.via == "name"), "near_miss": int(match.via == "fuzzy"),
            "active_from": match.ingredient.active_min_percent or 0.0,
        }
        example.update({k: int(v) for k, v in claim.items()})
        example.update({f"type_{w}": int(w in name) for w in TYPE_WORDS})
        example.update({f"word_{w}": int(w in name) for w in ACID_WORDS})
        out.append(example)
    return out


def _second_call(second: tuple[set[str], set[str]] | None, acid: str) -> int:
    """The second labeller's call of ``acid``: 1 active, 0 trace, -1 when it has no call of it."""
    if second is None:
        return -1
    return 1 if acid in second[0] else 0 if acid in second[1] else -1


def main() -> None:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--test", default="151-211", help="the test rounds, A-B (default 151-211)")
    parser.add_argument("--folds", type=int, default=0,
                        help="instead of --test: K folds of whole rounds, scored on the random rounds")
    parser.add_argument("--tree", type=int, default=0, help="one decision tree of this depth, not boosting")
    parser.add_argument("--no-claims", action="store_true", help="drop the claim-word features")
    parser.add_argument("--agree", action="store_true",
                        help="score only the test calls the second labeller makes as the first did")
    args = parser.parse_args()
    try:
        import numpy as np
        import pandas as pd
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.model_selection import GroupKFold
        from sklearn.tree import DecisionTreeClassifier
    except ImportError:
        sys.exit("this experiment needs scikit-learn: pip install '.[experiments]'")
    frame = pd.DataFrame(examples())
    for col in ("acid", "cls", "role"):
        frame[col] = frame[col].astype("category").cat.codes
    features = [c for c in frame.columns if c not in ("round", "label", "rule", "second")
                and not (args.no_claims and c in CLAIM_FEATURES)]

    def model():
        if args.tree:
            return DecisionTreeClassifier(max_depth=args.tree, min_samples_leaf=15, random_state=0)
        return HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=10, random_state=0,
            categorical_features=[features.index(c) for c in ("acid", "cls", "role")])

    x, y = frame[features].to_numpy(), frame["label"].to_numpy()
    if args.folds:
        predicted = np.zeros(len(frame), dtype=int)
        for train, test in GroupKFold(n_splits=args.folds).split(x, y, frame["round"].to_numpy()):
            predicted[test] = model().fit(x[train], y[train]).predict(x[test])
        scored = frame["round"].between(RANDOM_ROUNDS[0], RANDOM_ROUNDS[-1]).to_numpy()
        print(f"{args.folds} folds of whole rounds over {len(frame)} acid calls; the random rounds "
              f"{RANDOM_ROUNDS[0]}-{RANDOM_ROUNDS[-1]} scored, each by a model that did not see its round")
    else:
        lo, hi = (int(part) for part in args.test.split("-"))
        before = frame["round"].to_numpy() < lo
        predicted = np.zeros(len(frame), dtype=int)
        predicted[~before] = model().fit(x[before], y[before]).predict(x[~before])
        scored = frame["round"].between(lo, hi).to_numpy()
        print(f"trained on {before.sum()} acid calls (rounds before {lo}), tested on rounds {lo}-{hi}")
    if args.agree:
        scored = scored & (frame["second"].to_numpy() == y)
    _report("learned call", predicted[scored] == y[scored])
    _report("the rules now (drawn in part from these rounds)", frame["rule"].to_numpy()[scored] == y[scored])
    seconds = scored & (frame["second"].to_numpy() >= 0)
    if not args.agree and seconds.any():
        _report("the second labeller, where it calls the acid", frame["second"].to_numpy()[seconds] == y[seconds])


def _report(what: str, right) -> None:
    print(f"{what}: {right.mean():.4f} ({right.sum()}/{len(right)})")


if __name__ == "__main__":
    main()
