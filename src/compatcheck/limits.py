"""Sourced numbers the rules use that are not per-ingredient facts (those live in ingredients.csv).

Each value carries its evidence label and sources, as in domain_rules.md: ``PROTO``
(clinic protocols) where a source gives the number, ``JUDGEMENT`` where none does
and we chose a conservative value ourselves. The README lists them; ``explain``
shows them through the rules that use them. Source ids ``SD0``..``SD4`` are the
seed articles (see sources.csv).
"""

from __future__ import annotations

from typing import NamedTuple


class Limit(NamedTuple):
    value: float
    label: str  # PROTO, REG, JUDGEMENT ...
    sources: tuple[str, ...]
    why: str


# ---------------------------------------------------------------- weekly exfoliation load (ST004)

#: Weight of one use of an exfoliating product, by the table's ``strength`` of its
#: exfoliant (a product counts each exfoliant class it holds once, at its strongest).
#: JUDGEMENT: no source weighs exfoliants numerically. Prescription retinoids weigh
#: more (their labels ask for particular caution with other irritants [R6]; keep them
#: apart from glycolic acid for months [K17]); the gentler forms less (PHAs, betaine
#: salicylate, LHA, buffered AHA salts [I5, I4, I6, I7, I32]).
EXFOLIATION_WEIGHT = {"rx": 1.5, "high": 1.0, "medium": 1.0, "": 1.0, "low": 0.5}
EXFOLIATION_WEIGHT_SOURCES = ("R6", "K17", "I4", "I5", "I6", "I7", "I32")

#: Above this many weighted exfoliating uses a week, from two or more products, the
#: routine is over-exfoliating even when no single night stacks. JUDGEMENT anchored on
#: the sources' good practice: one exfoliating (low-pH) active per session [K16], one
#: acne medication at a time [R3], a retinoid and an acid on alternate nights [K17, K18],
#: vitamin A built up to every other night [SD3] — i.e. at most one full-strength
#: exfoliating use a day, 7 a week. Exactly 7 is within it.
WEEKLY_EXFOLIATION_LOAD = Limit(
    7.0, "JUDGEMENT", ("K16", "R3", "K17", "K18", "SD3"),
    "at most one full-strength exfoliating use a day on average",
)

# ---------------------------------------------------------------- pigmentation-prone profile

#: Fitzpatrick types counted as higher risk of post-inflammatory hyperpigmentation.
#: The seeds say needling can temporarily worsen pigmentation "especially in
#: individuals with darker skin tones" [SD0]; reading "darker" as types IV-VI is our
#: JUDGEMENT. ``--pih-prone`` marks the risk whatever the type.
PIH_SKIN_TYPES = frozenset({4, 5, 6})

#: Sun avoidance around needling for pigmentation-prone skin: the conservative end of
#: the clinic range — before: 2 weeks [C1, C2, C3, C4, C6]; after: prolonged sun 4
#: weeks [C14] (most clinics 1-2 weeks [C6, C16, C17, C19]).
SUN_AVOID_BEFORE_DAYS = Limit(14, "PROTO", ("C1", "C2", "C3", "C4", "C6"), "no sun or tanning 2 weeks before")
SUN_AVOID_AFTER_DAYS = Limit(28, "PROTO", ("C14", "C6", "C16", "C17"), "no prolonged sun 4 weeks after")

#: For pigmentation-prone skin, exfoliating actives (not PHAs) pause at least this many
#: days before needling and resume no earlier than this many after: the conservative
#: end of the acids' 5-7 day range [C1, C3, C4; "one week" L1b], because irritation
#: drives PIH [SD3, SD2].
PIH_EXFOLIANT_PAUSE = Limit(7, "PROTO", ("C1", "C3", "C4", "L1b", "SD3", "SD2"),
                            "irritating exfoliants paused 7 days each side")

#: Reintroducing actives after needling, pigmentation-prone skin: one at a time, this
#: many days apart, the gentlest first and the retinoid "start slow" (once or twice a
#: week, then every other night [SD3]); exfoliating acids last, on nights without the
#: retinoid [K17]. The spacing is our JUDGEMENT (no source gives a number).
REINTRODUCE_GAP_DAYS = Limit(3, "JUDGEMENT", ("SD3", "K17"),
                             "one returning active every 3 days, gentlest first")
