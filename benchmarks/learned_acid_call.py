"""An experiment, not part of the detector: how well a *learned* active-vs-trace call for acids carries over to
rounds it was not trained on, against the hand-written rules.

    pip install '.[experiments]'          # scikit-learn, for this script only
    python benchmarks/learned_acid_call.py --test 151-211
    python benchmarks/learned_acid_call.py --test 181-211 --tree 6

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
round recorded before its labels were read (README, "Held-out rounds").

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

from compatcheck import claims  # noqa: E402
from compatcheck.detect import detect  # noqa: E402
from compatcheck.model import Product  # noqa: E402
from compatcheck.normalize import product_name_words  # noqa: E402
from compatcheck.table import load_table  # noqa: E402

#: Ids whose place bounds what follows them at about 1% (or says little is left): the usual markers.
MARKERS = frozenset({
    "phenoxyethanol", "methylparaben", "propylparaben", "ethylparaben", "butylparaben", "sodium_benzoate",
    "potassium_sorbate", "chlorphenesin", "dehydroacetic_acid", "sodium_dehydroacetate", "parfum", "fragrance",
    "disodium_edta", "tetrasodium_edta", "benzyl_alcohol", "sorbic_acid", "benzoic_acid", "triclosan",
    "diazolidinyl_urea", "imidazolidinyl_urea", "dmdm_hydantoin"})
TYPE_WORDS = ("toner", "tonic", "cleanser", "wash", "foam", "gel", "peel", "peeling", "pad", "pads", "mask", "serum",
              "cream", "moisturizer", "moisturiser", "lotion", "scrub", "spf", "sunscreen", "patch", "body", "oil",
              "balm", "essence", "ampoule", "mist", "eye", "exfoliant", "exfoliating", "exfoliator", "treatment",
              "spot", "solution", "night", "kit", "set", "duo", "soap")
ACID_WORDS = ("aha", "bha", "pha", "lha", "salicylic", "glycolic", "lactic", "mandelic", "acid", "acids", "azelaic",
              "gluconolactone")
CLAIM_FEATURES = ("acne", "clarifying", "exfoliation", "pores", "renewal", "brightening")
_PLACE = re.compile(r"listed (\d+) of (\d+)")
_ROUND = re.compile(r"heldout(\d+)")


def examples() -> list[dict]:
    """One dict per labelled acid the detector finds in a corpus list: ``round`` (0 for the main corpus),
    ``label`` (1 active), ``rule`` (the detector's call) and the features."""
    table = load_table()
    rows = []
    for path in sorted(DATA.glob("real_products*.csv")):
        found = _ROUND.search(path.stem)
        rnd = int(found.group(1)) if found else 0
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                active, trace = split(row["active_acids"]), split(row["trace_acids"])
                if active or trace:
                    rows += _list_examples(row, rnd, active, trace, table)
    return rows


def _list_examples(row: dict, rnd: int, active: set[str], trace: set[str], table) -> list[dict]:
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
                  if m.ingredient.id in MARKERS and i in places), default=None)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", default="151-211", help="the test rounds, A-B (default 151-211)")
    parser.add_argument("--tree", type=int, default=0, help="one decision tree of this depth, not boosting")
    parser.add_argument("--no-claims", action="store_true", help="drop the claim-word features")
    args = parser.parse_args()
    try:
        import pandas as pd
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.tree import DecisionTreeClassifier
    except ImportError:
        sys.exit("this experiment needs scikit-learn: pip install '.[experiments]'")
    lo, hi = (int(x) for x in args.test.split("-"))
    frame = pd.DataFrame(examples())
    for col in ("acid", "cls", "role"):
        frame[col] = frame[col].astype("category").cat.codes
    features = [c for c in frame.columns if c not in ("round", "label", "rule")
                and not (args.no_claims and c in CLAIM_FEATURES)]
    test = frame[frame["round"].between(lo, hi)]
    train = frame[frame["round"] < lo]
    if args.tree:
        model = DecisionTreeClassifier(max_depth=args.tree, min_samples_leaf=15, random_state=0)
    else:
        model = HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=10, random_state=0,
            categorical_features=[features.index(c) for c in ("acid", "cls", "role")])
    model.fit(train[features].to_numpy(), train["label"].to_numpy())
    learned = (model.predict(test[features].to_numpy()) == test["label"].to_numpy())
    rules = test["rule"].to_numpy() == test["label"].to_numpy()
    print(f"trained on {len(train)} acid calls (rounds before {lo}), tested on {len(test)} (rounds {lo}-{hi})")
    print(f"learned call: {learned.mean():.4f} ({learned.sum()}/{len(test)})")
    print(f"the rules now (drawn in part from these rounds): {rules.mean():.4f} ({rules.sum()}/{len(test)})")


if __name__ == "__main__":
    main()
