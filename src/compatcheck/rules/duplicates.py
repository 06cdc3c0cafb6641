"""The same active twice in one slot: wasteful, and sometimes irritating.

* ``ST003`` the same non-exfoliant active class (vitamin C, hydroquinone,
  niacinamide, retinyl esters...) in several products of one slot (AM or PM):
  ``caution`` when a strong form is involved (prescription or high strength),
  else ``info`` (wasteful rather than harmful). The same products in the AM and
  the PM give one finding. Exfoliating actives are left to
  :mod:`compatcheck.rules.stacking`; hydration, sun protection, fragrance,
  peptides and base ingredients are not worth a word.
"""

from __future__ import annotations

from typing import Iterator

from compatcheck.model import Detected, Finding, Match, Severity
from compatcheck.rules import Context, Rule, listing, names, per_matches
from compatcheck.rules.stacking import merge_slots

SCOPE = "group"
READS = ()  # duplicates read their products only: no date, day or profile

#: Classes whose duplication is not worth a word (hydration, sun protection, base).
_NOT_DUPLICATE_WORTHY = frozenset(
    {"base", "other", "hyaluronic_acid", "sunscreen", "fragrance", "drying_alcohol", "peptide",
     "growth_factor"}
)

RULES = (
    Rule("ST003", "duplicated-active", "stacking", "caution or info",
         "The same active class in several products of one slot.",
         "C (duplicate-therapy convention)", ("K1", "K16")),
)


def _worthy(product: Detected) -> tuple[Match, ...]:
    """The product's active, non-exfoliating matches whose duplication is worth a word."""
    return _by_class(product.matches)[0]


@per_matches
def _by_class(matches: tuple[Match, ...]) -> tuple[tuple[Match, ...], dict[str, tuple[Match, ...]]]:
    """A product's worthy matches (:func:`_worthy`), and them by class, classes sorted."""
    worthy = tuple(m for m in matches if m.active and not m.ingredient.exfoliant
                   and m.ingredient.cls not in _NOT_DUPLICATE_WORTHY)
    classes = sorted({m.ingredient.cls for m in worthy})
    return worthy, {cls: tuple(m for m in worthy if m.ingredient.cls == cls) for cls in classes}


def signature(product: Detected):
    """What ``check`` reads from a product: its slots and duplicate-worthy actives (``None``: none)."""
    worthy = _worthy(product)
    return (product.product.slots, tuple((m.ingredient, m.via) for m in worthy)) if worthy else None


def check(ctx: Context) -> Iterator[Finding]:
    yield from merge_slots(finding for slot in ("AM", "PM")
                           for finding in _duplicates([p for p in ctx.products if slot in p.product.slots],
                                                      slot))


def _duplicates(in_slot, slot: str) -> Iterator[Finding]:
    by_class: dict[str, list[tuple[Detected, tuple[Match, ...]]]] = {}
    for product in in_slot:
        for cls, matches in _by_class(product.matches)[1].items():
            by_class.setdefault(cls, []).append((product, matches))
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
