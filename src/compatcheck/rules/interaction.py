"""Pairs of ingredients that should not meet, and the myths that should not alarm.

A pair is reported only when its two ingredients come from **different
products used in the same slot** (AM and PM are different slots; a product
without a slot is used in both). Two actives formulated together in one product
are the formulator's choice and are not flagged. Only ingredients present as
actives count.

The pairs, severities, evidence and sources follow domain_rules.md §B. The
evidence letter is that table's: A regulatory label or monograph, B
peer-reviewed study, C named expert or brand guidance, D low-quality pages.
Myths (vitamin C + niacinamide, retinoid + hydroquinone, adapalene + benzoyl
peroxide) are reported as ``info`` that says they are *not* a problem.

Use frequencies (``[PM, 2x/week]``, see :mod:`compatcheck.frequency`) decide
whether two products of one slot meet at all: on fixed weekdays that never
overlap (Mon/Wed/Fri and Tue/Thu) a pair is not reported; when their frequencies
let them be kept on different nights (every other night and twice a week) the
pair is reported as ``info`` that says to keep them apart — the good practice
the sources give for a retinoid and an acid is exactly to alternate nights; a
nightly product meets every other product of its slot.
"""

from __future__ import annotations

from typing import Callable, Iterator

from compatcheck.frequency import frequency_of, relation
from compatcheck.model import Detected, Finding, Ingredient, Match, Severity
from compatcheck.rules import Context, Rule, iter_pairs, listing, names, per_matches, slot_label


def _selector(spec: str) -> Callable[[Ingredient], bool]:
    """``"class:retinoid strength:rx | id:resorcinol"`` -> a predicate on ingredients."""
    alternatives = [alt.split() for alt in spec.split("|")]

    def test(ing: Ingredient, cond: str) -> bool:
        negate = cond.startswith("!")
        field, _, values = cond.lstrip("!").partition(":")
        wanted = set(values.split(","))
        value = {"class": {ing.cls}, "id": {ing.id}, "strength": {ing.strength or ""},
                 "tag": set(ing.tags)}[field]
        return bool(value & wanted) != negate

    return lambda ing: any(all(test(ing, c) for c in conds) for conds in alternatives)


class Pair:
    """One pair rule: two selectors, how bad, why (mechanism: INACT, STACK, STAIN, BRAND, MYTH), what to do."""

    __slots__ = ("code", "name", "first", "second", "severity", "mechanism", "why", "advice", "evidence",
                 "sources", "match_first", "match_second")

    def __init__(self, code: str, name: str, first: str, second: str, severity: Severity, mechanism: str,
                 why: str, advice: str, evidence: str, sources: tuple[str, ...]):
        self.code, self.name, self.first, self.second = code, name, first, second
        self.severity, self.mechanism, self.why, self.advice = severity, mechanism, why, advice
        self.evidence, self.sources = evidence, sources
        self.match_first = _selector(first)
        self.match_second = _selector(second)


_RX = "class:retinoid strength:rx"
_TOPICAL_RETINOID = "class:retinoid strength:rx,high"
_COSMETIC_RETINOID = "class:retinoid strength:high,medium,low"
_BPO = "class:benzoyl_peroxide"
_SA_SULFUR_RESORCINOL = "class:bha !id:sodium_salicylate | class:acne_active tag:acne_otc"
_L_AA = "tag:direct_vitamin_c"
_COPPER = "class:copper_peptide"
_HQ = "class:hydroquinone"

PAIRS = (
    Pair("IX001", "tretinoin-benzoyl-peroxide", "id:tretinoin", _BPO, Severity.AVOID, "INACT",
         "benzoyl peroxide degrades tretinoin (over half within about 2 hours under light in a lab "
         "study) and the two irritate together",
         "Use one in the morning and the other at night, or ask your prescriber about a stable "
         "combination.", "A + B (drug label, lab study)", ("P12", "R6", "K1", "K2")),
    Pair("IX002", "cosmetic-retinoid-benzoyl-peroxide", _COSMETIC_RETINOID, _BPO, Severity.CAUTION,
         "INACT", "benzoyl peroxide is a strong oxidiser and may degrade cosmetic retinoids; both irritate",
         "Use them in different slots (one AM, one PM).",
         "D (unproven for cosmetic retinoids; judgement)", ("K27", "K26")),
    Pair("IX003", "rx-retinoid-salicylic-sulfur-resorcinol", _RX, _SA_SULFUR_RESORCINOL,
         Severity.CAUTION, "STACK",
         "the drug labels of tretinoin and adapalene ask for particular caution with salicylic acid, "
         "sulfur or resorcinol (irritation)",
         "Use them in different slots or on different days, and reduce if the skin stings or peels.",
         "A (FDA drug labels)", ("R6", "K1", "K23")),
    Pair("IX004", "retinoid-aha", _TOPICAL_RETINOID, "class:aha", Severity.CAUTION, "STACK",
         "a retinoid and an exfoliating acid in one routine stack irritation",
         "Alternate nights (retinoid one night, acid the next); after 4-6 weeks of good tolerance "
         "some skins manage both. Keep prescription retinoids apart from glycolic acid.",
         "C (brand and dermatologist guidance)", ("K1", "K17", "K18", "K14")),
    Pair("IX005", "cosmetic-retinoid-bha", "class:retinoid strength:high", "class:bha !id:sodium_salicylate",
         Severity.CAUTION, "STACK",
         "a retinoid and a BHA in one routine stack irritation",
         "Alternate nights, or use the BHA in the morning.",
         "C (brand guidance; COSRX BHA packaging)", ("K1", "K14", "K18")),
    Pair("IX006", "benzoyl-peroxide-salicylic-sulfur-resorcinol", _BPO, _SA_SULFUR_RESORCINOL,
         Severity.CAUTION, "STACK",
         "two topical acne drugs at once: the OTC acne monograph warns that irritation and dryness "
         "are more likely",
         "Use one acne medication at a time, or split them AM/PM; if irritation occurs use only one.",
         "A (21 CFR 333.350 labelling)", ("R3", "R3b", "K1")),
    Pair("IX007", "vitamin-c-acids", _L_AA, "class:aha,bha !id:sodium_salicylate", Severity.INFO, "STACK",
         "L-ascorbic acid is itself a low-pH acid; stacking low-pH actives stacks irritation",
         "Use vitamin C in the morning and the acid at night, or on alternate days.",
         "C (brand guidance)", ("P14", "K14", "K15", "K16", "K1")),
    Pair("IX008", "vitamin-c-benzoyl-peroxide", _L_AA, _BPO, Severity.CAUTION, "INACT",
         "benzoyl peroxide oxidises L-ascorbic acid, so the vitamin C is wasted",
         "Apply benzoyl peroxide and vitamin C at different times of day.",
         "C (dermatologist guidance; chemistry)", ("P15", "K25", "K1")),
    Pair("IX009", "copper-peptide-vitamin-c", _COPPER, _L_AA, Severity.CAUTION, "INACT",
         "copper catalyses the oxidation of ascorbic acid, so both lose effect",
         "Use copper peptides and vitamin C in different slots (e.g. vitamin C AM, copper PM).",
         "B-C (chemistry; brand guidance)", ("K13", "K11", "K12", "K10", "I14", "I15")),
    Pair("IX010", "copper-peptide-acids-retinoids", _COPPER,
         "tag:direct_acid !id:sodium_salicylate | class:retinoid strength:rx,high", Severity.INFO, "BRAND",
         "copper peptides work near pH 6-7 and brands advise keeping them apart from exfoliating acids "
         "and retinoids",
         "Use them in different slots.", "C (brand guidance)", ("I15", "I14", "K24", "K10")),
    Pair("IX011", "peptides-acids", "class:peptide", "tag:direct_acid !id:sodium_salicylate", Severity.INFO,
         "BRAND", "low-pH acids may reduce the efficacy of peptides",
         "Use peptides and exfoliating acids in different slots.", "C (brand guidance)",
         ("K18", "I15")),
    Pair("IX012", "hydroquinone-peroxides", _HQ, "tag:peroxide", Severity.CAUTION, "STAIN",
         "hydroquinone with benzoyl peroxide or hydrogen peroxide can stain the skin (temporary dark staining)",
         "Do not use them together; if staining appears, stop the peroxide and wash the area.",
         "A-derived (drug information based on the label)", ("K3", "K1", "K4", "C37")),
    Pair("IX013", "hydroquinone-resorcinol-phenol", _HQ, "tag:ochronotic", Severity.AVOID, "STACK",
         "hydroquinone combined with other ochronotic agents (resorcinol, phenol) is linked to "
         "persistent dark pigment (exogenous ochronosis)",
         "Do not combine them; ask your prescriber.", "C (physician answers; evidence low, harm lasting)",
         ("K4", "K5")),
    Pair("IX014", "hydroquinone-salicylic-acid", _HQ, "class:bha !id:sodium_salicylate", Severity.CAUTION,
         "STACK", "drug information advises against combining hydroquinone with salicylic acid creams",
         "Use them in different slots, or ask your prescriber.", "C (drug information)", ("K4",)),
    Pair("IX015", "hydroquinone-aha", _HQ, "class:aha", Severity.INFO, "STACK",
         "hydroquinone and AHAs together can irritate (prescription hydroquinone formulas sometimes "
         "include glycolic acid on purpose)",
         "Watch for irritation; separate them if it occurs.", "D (low-quality pages)", ("K26", "K31")),
    Pair("IX016", "retinoid-vitamin-c", _TOPICAL_RETINOID, _L_AA, Severity.INFO, "BRAND",
         "not a conflict in evidence, but the usual split is vitamin C in the morning and the "
         "retinoid at night (less irritation, each at its best)",
         "Optional: vitamin C AM, retinoid PM.", "C (convention; no evidence of harm)",
         ("K19", "K20", "C28", "K21", "K1")),
    Pair("IX017", "benzoyl-peroxide-copper-peptide", _BPO, _COPPER, Severity.INFO, "INACT",
         "benzoyl peroxide is a strong oxidiser, commonly kept away from copper peptides",
         "Use them in different slots.", "D (compatibility widget only)", ("K27",)),
    Pair("MY001", "myth-vitamin-c-niacinamide", "class:vitamin_c", "class:niacinamide", Severity.INFO,
         "MYTH",
         "not a conflict: the old warning came from 1960s tests on unstabilised samples; dermatologists "
         "say they work well together",
         "Fine to use together. Only if you flush easily, you may use them at different times.",
         "C (dermatologists; formulation note only)", ("K8", "K6", "K7", "K1")),
    Pair("MY002", "myth-adapalene-benzoyl-peroxide", "id:adapalene", _BPO, Severity.INFO, "MYTH",
         "not an inactivation: adapalene is stable with benzoyl peroxide (they are sold as a fixed "
         "combination); only irritation may add up",
         "Fine together; reduce frequency if the skin gets dry or irritated.",
         "A + B (approved combination; lab study)", ("P12", "K1", "R3")),
    Pair("MY003", "myth-retinoid-hydroquinone", "class:retinoid !strength:oral", _HQ, Severity.INFO,
         "MYTH", "not a conflict: retinoids and hydroquinone are prescribed together (e.g. the "
         "Kligman formula)", "Fine together as directed.", "B-C (clinical use, trial)",
         ("K5", "P22", "K31")),
)

#: What each pair is, in words, for ``compatcheck rules`` and ``explain``.
LABELS = {
    "IX001": "tretinoin + benzoyl peroxide",
    "IX002": "retinol/retinal/retinyl esters/HPR + benzoyl peroxide",
    "IX003": "prescription retinoid + salicylic acid, sulfur or resorcinol",
    "IX004": "retinoid (retinol or stronger) + AHA",
    "IX005": "retinol/retinal/HPR + BHA",
    "IX006": "benzoyl peroxide + salicylic acid, sulfur or resorcinol",
    "IX007": "L-ascorbic acid + AHA/BHA",
    "IX008": "L-ascorbic acid + benzoyl peroxide",
    "IX009": "copper peptides + L-ascorbic acid",
    "IX010": "copper peptides + exfoliating acids or retinoids",
    "IX011": "peptides + exfoliating acids",
    "IX012": "hydroquinone + peroxides",
    "IX013": "hydroquinone + resorcinol or phenol",
    "IX014": "hydroquinone + salicylic acid",
    "IX015": "hydroquinone + AHA",
    "IX016": "retinoid + L-ascorbic acid",
    "IX017": "benzoyl peroxide + copper peptides",
    "MY001": "vitamin C + niacinamide (myth)",
    "MY002": "adapalene + benzoyl peroxide (not an inactivation)",
    "MY003": "retinoid + hydroquinone (used together clinically)",
}

#: Pair codes whose harm is irritation stacking; the stacking rule leaves their pairs to them.
STACK_CODES = frozenset(p.code for p in PAIRS if p.mechanism == "STACK")

RULES = tuple(
    Rule(p.code, p.name, "interaction", p.severity.label,
         f"{LABELS[p.code]} in the same slot: {p.why}.", p.evidence, p.sources,
         doc=(f"{LABELS[p.code]} ({p.mechanism}).\n\nWhen: an ingredient matching `{p.first}` in one product "
              f"and one matching `{p.second}` in another product, used in the same slot (AM/PM).\n\n"
              f"Why: {p.why}.\n\nAdvice: {p.advice}"))
    for p in PAIRS
)


_PAIR_ORDER = {p.code: i for i, p in enumerate(PAIRS)}
_PAIR_BY_CODE = {p.code: p for p in PAIRS}

#: Ingredient -> (pair codes it matches as first side, as second side). Selectors are
#: pure functions of the ingredient row, so each row is tested once per process.
_ROLES: dict[Ingredient, tuple[frozenset[str], frozenset[str]]] = {}


def _roles(ing: Ingredient) -> tuple[frozenset[str], frozenset[str]]:
    roles = _ROLES.get(ing)
    if roles is None:
        roles = (frozenset(p.code for p in PAIRS if p.match_first(ing)),
                 frozenset(p.code for p in PAIRS if p.match_second(ing)))
        _ROLES[ing] = roles
    return roles


SCOPE = "pair"
READS = ()  # pairs read their products only: no date, day or profile


def signature(product: Detected):
    """What ``check`` reads from a product: its frequency and active matches that take part
    in a pair rule. Its slots count only as the slots a pair shares, which ``batch`` keys on."""
    sig = tuple((m.ingredient, m.via) for m in product.matches
                if m.active and any(_roles(m.ingredient)))
    return (product.product.frequency, sig) if sig else None


@per_matches
def _product_sides(matches: tuple[Match, ...]) -> dict[str, tuple[tuple[Match, ...], tuple[Match, ...]]]:
    """Pair code -> (active matches on its first side, on its second side), for one product."""
    firsts: dict[str, list[Match]] = {}
    seconds: dict[str, list[Match]] = {}
    for m in matches:
        if m.active:
            first, second = _roles(m.ingredient)
            for code in first:
                firsts.setdefault(code, []).append(m)
            for code in second:
                seconds.setdefault(code, []).append(m)
    return {code: (tuple(firsts.get(code, ())), tuple(seconds.get(code, ())))
            for code in firsts.keys() | seconds.keys()}


def _found(products):
    """Every (pair rule, product a, its matches, product b, its matches, shared slots)."""
    sides = [_product_sides(p.matches) for p in products]
    index = {id(p): i for i, p in enumerate(products)}
    for a, b, shared in iter_pairs(products):
        sa, sb = sides[index[id(a)]], sides[index[id(b)]]
        common = sa.keys() & sb.keys()  # a pair rule needs a side in each product
        for code in sorted(common, key=_PAIR_ORDER.__getitem__):
            a1, a2 = sa[code]
            b1, b2 = sb[code]
            if a1 and b2:
                yield _PAIR_BY_CODE[code], a, a1, b, b2, shared
            elif b1 and a2:
                yield _PAIR_BY_CODE[code], b, b1, a, a2, shared


def _reported(products):
    """``_found`` without the pairs whose use frequencies never meet, with how they relate."""
    for pair, pa, ma, pb, mb, shared in _found(products):
        how = relation(frequency_of(pa), frequency_of(pb))
        if how != "apart":
            yield pair, pa, ma, pb, mb, shared, how


def check(ctx: Context) -> Iterator[Finding]:
    for pair, pa, ma, pb, mb, shared, how in _reported(ctx.products):
        both = (f"{pa.name} ({listing(names(ma))}) and {pb.name} ({listing(names(mb))}) "
                f"are both used in the {slot_label(shared)}")
        severity, advice = pair.severity, pair.advice
        if how == "separable":
            fa, fb = frequency_of(pa), frequency_of(pb)
            both = (f"{pa.name} ({listing(names(ma))}, {fa.describe()}) and {pb.name} "
                    f"({listing(names(mb))}, {fb.describe()}) share the {slot_label(shared)} but can "
                    f"be kept on different nights; on the same night")
            severity = min(severity, Severity.INFO)
            advice = ("Good practice: keep them on different nights (never the same night), as "
                      "your frequencies allow. " + advice)
        yield Finding(
            code=pair.code, kind="interaction", severity=severity,
            products=(pa.name, pb.name), ingredients=names(ma) + names(mb),
            message=f"{both}: {pair.why}.",
            advice=advice, evidence=pair.evidence, sources=pair.sources,
            slot=slot_label(shared),
            inferred=any(m.via == "fuzzy" for m in ma + mb),
        )


def stack_pair_signature(product: Detected) -> tuple:
    """What :func:`covered_stack_pairs` reads from a product: its active matches on a
    side of an irritation-stacking pair rule."""
    return tuple((m.ingredient, m.via) for m in product.matches
                 if m.active and any(code in STACK_CODES for side in _roles(m.ingredient) for code in side))


def covered_stack_pairs(products: tuple[Detected, ...]) -> set[frozenset[str]]:
    """Product-name pairs already reported by an irritation-stacking pair rule."""
    return {frozenset((pa.name, pb.name)) for pair, pa, _, pb, _, _, _ in _reported(products)
            if pair.code in STACK_CODES}
