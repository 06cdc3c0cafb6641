"""Too much at once in one slot: over-exfoliation and duplicated actives.

* ``ST001`` two exfoliating actives from two or more products in the same slot
  (AM or PM) -> ``caution``. Exfoliating actives are the table's
  ``exfoliant = yes`` rows present as actives: AHAs, BHAs, PHAs, retinol and
  stronger retinoids, benzoyl peroxide, sulfur, resorcinol, scrub particles.
  Each product counts once per exfoliant class it holds (glycolic acid with its
  own salt is one AHA; an AHA + BHA peel is two). A pair already reported by an
  irritation pair rule (e.g. ``IX004`` retinoid + AHA) is not reported twice.
* ``ST002`` three or more -> ``avoid``: clear over-exfoliation.
* ``ST003`` the same non-exfoliant active class (vitamin C, hydroquinone,
  niacinamide, retinyl esters...) in several products of one slot: ``caution``
  when a strong form is involved (prescription or high strength), else ``info``
  (wasteful rather than harmful).

A single product that combines exfoliants (an AHA + BHA peel) is the
formulator's choice and is not flagged on its own. The OTC acne monograph warns
that irritation is more likely with two topical acne drugs at the same time;
layering guides advise one low-pH active per session.
"""

from __future__ import annotations

from typing import Iterator

from compatcheck.model import Detected, Finding, Match, Severity
from compatcheck.rules import Context, Rule, listing, names, slot_label
from compatcheck.rules import interaction
from compatcheck.rules.interaction import covered_stack_pairs

_SOURCES = ("R3", "R3b", "K16", "K15", "K24", "K1")
#: Classes whose duplication is not worth a word (hydration, sun protection, base).
_NOT_DUPLICATE_WORTHY = frozenset(
    {"base", "other", "hyaluronic_acid", "sunscreen", "fragrance", "drying_alcohol", "peptide",
     "growth_factor"}
)

SCOPE = "group"

RULES = (
    Rule("ST001", "two-exfoliants-one-slot", "stacking", "caution",
         "Two exfoliating actives from different products in the same slot.",
         "A + C (OTC acne monograph; layering guidance)", _SOURCES),
    Rule("ST002", "three-exfoliants-one-slot", "stacking", "avoid",
         "Three or more exfoliating actives in the same slot: over-exfoliation.",
         "A + C (OTC acne monograph; layering guidance)", _SOURCES),
    Rule("ST003", "duplicated-active", "stacking", "caution or info",
         "The same active class in several products of one slot.",
         "C (duplicate-therapy convention)", ("K1", "K16")),
)


def signature(product: Detected):
    """What ``check`` reads from a product, or ``None`` when it holds nothing to stack.

    Its exfoliating and duplicate-worthy actives, plus the actives that take part in
    a pair rule (an irritation pair already reported is not reported twice).
    """
    if not any(m.active and (m.ingredient.exfoliant or m.ingredient.cls not in _NOT_DUPLICATE_WORTHY)
               for m in product.matches):
        return None
    paired = interaction.signature(product) or ((), ())
    paired = paired[1]
    return (product.product.slots, product.product.frequency,
            tuple((m.ingredient, m.via) for m in product.matches
                  if m.active and (m.ingredient.exfoliant or m.ingredient.cls not in _NOT_DUPLICATE_WORTHY)),
            paired)


def check(ctx: Context) -> Iterator[Finding]:
    findings: dict[tuple, Finding] = {}
    covered = covered_stack_pairs(ctx.products)
    for slot in ("AM", "PM"):
        in_slot = tuple(p for p in ctx.products if slot in p.product.slots)
        for finding in (*_exfoliants(in_slot, slot, covered), *_duplicates(in_slot, slot)):
            key = (finding.code, finding.products, finding.ingredients)
            if key in findings:  # the same stack morning and night: one finding
                finding = _both_slots(findings[key], finding)
            findings[key] = finding
    yield from findings.values()


def _exfoliating(product: Detected) -> tuple[Match, ...]:
    return tuple(m for m in product.matches if m.active and m.ingredient.exfoliant)


def _exfoliants(in_slot, slot: str, covered) -> Iterator[Finding]:
    users = [(p, ms) for p in in_slot if (ms := _exfoliating(p))]
    if len(users) < 2:
        return
    load = sum(len({m.ingredient.cls for m in ms}) for _, ms in users)
    matches = tuple(m for _, ms in users for m in ms)
    products = tuple(p.name for p, _ in users)
    if load < 3 and len(users) == 2 and frozenset(products) in covered:
        return
    detail = "; ".join(f"{p.name}: {listing(names(ms))}" for p, ms in users)
    if load >= 3:
        code, severity = "ST002", Severity.AVOID
        message = f"{load} exfoliating actives in the {slot}, from {len(users)} products ({detail}): over-exfoliation."
        advice = ("Keep one exfoliating product per slot: move the others to other nights or to "
                  "the morning, or drop one; stop all of them if the skin stings, peels or reddens.")
    else:
        code, severity = "ST001", Severity.CAUTION
        message = f"Two exfoliating actives in the {slot}, from different products ({detail})."
        advice = "Use them on alternate days or in different slots; start with one if your skin is sensitive."
    yield Finding(code=code, kind="stacking", severity=severity, products=products,
                  ingredients=names(matches), message=message, advice=advice,
                  evidence="A + C (OTC acne monograph; layering guidance)", sources=_SOURCES, slot=slot,
                  inferred=any(m.via == "fuzzy" for m in matches))


def _duplicates(in_slot, slot: str) -> Iterator[Finding]:
    by_class: dict[str, list[tuple[Detected, tuple[Match, ...]]]] = {}
    for product in in_slot:
        for cls in sorted(product.active_classes() - _NOT_DUPLICATE_WORTHY):
            ms = tuple(m for m in product.matches
                       if m.active and m.ingredient.cls == cls and not m.ingredient.exfoliant)
            if ms:
                by_class.setdefault(cls, []).append((product, ms))
    for cls, users in by_class.items():
        if len(users) < 2:
            continue
        matches = tuple(m for _, ms in users for m in ms)
        strong = any(m.ingredient.strength in ("rx", "high") for m in matches)
        label = cls.replace("_", " ")
        products = tuple(p.name for p, _ in users)
        yield Finding(
            code="ST003", kind="stacking", severity=Severity.CAUTION if strong else Severity.INFO,
            products=products, ingredients=names(matches),
            message=(f"{len(users)} products in the {slot} hold {label} "
                     f"({'; '.join(f'{p.name}: {listing(names(ms))}' for p, ms in users)})."),
            advice=("Keep one of them: more of the same active adds irritation, not benefit."
                    if strong else "One product with it is enough; the others add cost, not benefit."),
            evidence="C (duplicate-therapy convention)", sources=("K1", "K16"), slot=slot,
        )


def _both_slots(first: Finding, second: Finding) -> Finding:
    slots = slot_label({first.slot or "", second.slot or ""} & {"AM", "PM"})
    return first._replace(message=first.message.replace(f"in the {first.slot}", f"in the {slots}"),
                          slot=slots)
