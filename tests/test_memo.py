"""The memoised rule runner used by ``batch`` must give exactly what ``run_all`` gives."""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

import pytest

from compatcheck.api import sort_findings
from compatcheck.detect import detect
from compatcheck.memo import RoutineChecker
from compatcheck.model import Product, Profile
from compatcheck.parse import ParseNote
from compatcheck.rules import Context, run_all
from compatcheck.table import load_table

CORPUS = Path(__file__).parent / "data" / "real_products.csv"
EXTRA = [
    ("Retinol Serum", "Aqua, Glycerin, Retinol, Tocopherol"),
    ("Glycolic Toner", "Aqua, Glycolic Acid, Sodium Hydroxide"),
    ("BHA Liquid", "Aqua, Salicylic Acid, Butylene Glycol"),
    ("Vitamin C Serum", "Aqua, Ascorbic Acid, Ferulic Acid, Tocopherol"),
    ("Plain HA", "Aqua, Sodium Hyaluronate"),
    ("Mineral SPF 30", "Zinc Oxide, Caprylic/Capric Triglyceride"),
    ("BPO Wash", "Benzoyl Peroxide 5%, Aqua"),
    ("Copper Peptide Serum", "Aqua, Copper Tripeptide-1"),
    ("Tretinoin Cream", ""),
    ("Mystery Balm", "Zorblax Extract, Quuxol"),
    ("Exosome Essence", "Aqua, Rose Stem Cell Exosomes, Glycerin"),
    ("C + AHA Serum", "Aqua, Glycolic Acid, Ascorbic Acid, Sodium Hydroxide"),
]
SLOTS = [frozenset({"AM"}), frozenset({"PM"}), frozenset({"AM", "PM"})]
#: Use frequencies, so that a rule reading them without its signature saying so shows.
PROFILES = [Profile(), Profile(), Profile(skin_type=5), Profile(skin_type=2),
            Profile(pih_prone=True, pregnant=True), Profile(breastfeeding=True)]
FREQUENCIES = [None, "every other night", "2x/week", "Mon/Wed/Fri", "Tue/Thu", "nightly", "now and then"]


@pytest.fixture(scope="module")
def pool():
    table = load_table()
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        rows = [(f"{r['brand']} {r['product']}", r["ingredients"]) for r in csv.DictReader(fh)]
    detected = []
    for name, inci in rows[:80] + EXTRA:
        for slots in SLOTS:
            detected.append(detect(Product(name, slots, inci or None), table))
    # The same names again with frequencies: equal names, different answers.
    for name, inci in rows[:10] + EXTRA:
        for slots in SLOTS:
            for frequency in FREQUENCIES[1:]:
                detected.append(detect(Product(name, slots, inci or None, frequency=frequency), table))
    return detected


def _expected(products, ctx, ignore=()):
    return sort_findings(run_all(ctx._replace(products=tuple(products)), ignore=ignore), products)


@pytest.mark.parametrize("seed,limit", [(0, 200_000), (1, 200_000), (2, 200_000), (3, 200_000),
                                        (4, 200_000), (5, 200_000), (6, 7)])
def test_memoised_rules_equal_run_all(pool, seed, limit):
    """``limit=7``: answers are forgotten all the time, and must be rebuilt the same."""
    rng = random.Random(seed)
    checker = RoutineChecker(limit=limit)
    dates_pool = [(), (date(2026, 12, 10),), (date(2026, 12, 10), date(2027, 1, 14))]
    days = [date(2026, 11, 20), date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 20), date(2027, 1, 20)]
    for _ in range(400):
        # Few distinct settings and short routines, so that answers are reused often:
        # a signature that misses something a rule reads then shows as a difference.
        picks = [rng.randrange(len(pool)) for _ in range(rng.choice((1, 1, 2, 2, 3, 5, 8)))]
        if rng.random() < 0.1 and picks:  # the same product name twice in one routine
            twin = [i for i, p in enumerate(pool) if p.name == pool[picks[0]].name]
            picks.append(rng.choice(twin))
        products = [pool[i] for i in picks]
        dates = rng.choice(dates_pool)
        on = rng.choice(days)
        ctx = Context((), dates, on, (), rng.choice(PROFILES))
        got = sort_findings(checker.check(products, picks, ctx), products)
        assert got == _expected(products, ctx)
    assert checker.stats["answered"] < checker.stats["asked"]


def test_notes_and_ignore(pool):
    checker = RoutineChecker(ignore=["ad002", "TM002"])
    products = pool[:4]
    note = ParseNote(line=3, product=products[0].name, text="[noon]", message="'[noon]' is not a slot", code="IN004")
    ctx = Context((), (date(2026, 12, 10),), date(2026, 12, 1), (note,))
    got = sort_findings(checker.check(products, range(4), ctx), products)
    assert got == _expected(products, ctx, ignore=["AD002", "TM002"])
    assert any(f.code == "IN004" for f in got)


@pytest.mark.parametrize("order", [0, 1])
def test_a_pair_rule_that_covers_a_stack_is_part_of_the_stacking_answer(order):
    """Two glycolic products stack (ST001); with vitamin C in one, IX007 says it instead.

    Both routines look alike to the stacking rule's exfoliants alone, so its
    signature must also hold what the pair rules read.
    """
    table = load_table()
    slot = frozenset({"PM"})
    toner = detect(Product("Glycolic Toner", slot, "Aqua, Glycolic Acid, Sodium Hydroxide"), table)
    plain = detect(Product("AHA Serum", slot, "Aqua, Glycolic Acid, Sodium Hydroxide"), table)
    with_c = detect(Product("C + AHA Serum", slot, "Aqua, Glycolic Acid, Ascorbic Acid, Sodium Hydroxide"), table)
    routines = [((plain, toner), (0, 2)), ((with_c, toner), (1, 2))]
    checker = RoutineChecker()
    ctx = Context((), (date(2026, 12, 10),), date(2026, 12, 1))
    codes = []
    for products, keys in routines[::1 if order == 0 else -1]:
        got = sort_findings(checker.check(products, keys, ctx), products)
        assert got == _expected(products, ctx)
        codes.append({f.code for f in got})
    assert any("ST001" in c for c in codes) and any("IX007" in c and "ST001" not in c for c in codes)


def test_batch_never_carries_a_profile_or_frequency_into_another_routine(tmp_path, table):
    """One export, routines sharing products but not profiles or frequencies: each report must
    equal ``check`` on the same routine pasted with the same annotations and options."""
    from compatcheck.api import check_text
    from compatcheck.batch import BatchOptions, read_export

    rng = random.Random(7)
    slots = ["PM", "PM", "AM/PM"]
    skin = ["", "", "II", "IV", "V", "type 6"]
    yes_no = ["", "", "yes", "no"]
    header = "routine,product,ingredients,slot,frequency,skin type,pih prone,pregnant,breastfeeding\n"
    rows, pasted, profiles, line = [], {}, {}, 2
    for r in range(200):
        picks = rng.sample(EXTRA[:4] + EXTRA[6:], rng.choice((2, 3, 4)))  # mostly actives that meet
        cells = [rng.choice(skin), rng.choice(yes_no), rng.choice(yes_no), rng.choice(yes_no)]
        profiles[f"R{r}"] = Profile(
            skin_type=int(cells[0][-1]) if cells[0].endswith("6") else
            {"": None, "II": 2, "IV": 4, "V": 5}[cells[0]],
            pih_prone=cells[1] == "yes", pregnant=cells[2] == "yes", breastfeeding=cells[3] == "yes")
        text = "\n" * (line - 1)  # blank lines: the pasted line numbers are the export's
        for i, (name, inci) in enumerate(picks):
            slot, frequency = rng.choice(slots), rng.choice(FREQUENCIES[:-1])
            profile_cells = cells if i == 0 else ["", "", "", ""]  # stated once, on the first row
            rows.append(f'R{r},{name},"{inci}",{slot},{frequency or ""},{",".join(profile_cells)}\n')
            notes = [s for s in (slot.replace("/", ", "), frequency) if s]
            text += f"{name}: {inci} [{', '.join(notes)}]\n" if inci else f"{name} [{', '.join(notes)}]\n"
            line += 1
        pasted[f"R{r}"] = text
    path = tmp_path / "export.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    on, dates = date(2026, 12, 8), (date(2026, 12, 10),)
    checker = read_export(BatchOptions(str(path), on=on, needling_dates=dates))[0]
    for report in checker.reports():
        expected = check_text(pasted[report.routine], needling_dates=dates, on=on, table=table,
                              profile=profiles[report.routine])
        assert report.profile == profiles[report.routine], report.routine
        assert report.findings == expected.findings, report.routine
    assert checker.rules.stats["answered"] < checker.rules.stats["asked"]
