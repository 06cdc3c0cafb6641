"""Too much at once in one slot: over-exfoliation and duplicated actives.

* ``ST001`` two exfoliating actives from two or more products in the same slot
  (AM or PM) -> ``caution``. Exfoliating actives are the table's
  ``exfoliant = yes`` rows present as actives: AHAs, BHAs, PHAs, retinol and
  stronger retinoids, benzoyl peroxide, sulfur, resorcinol, scrub particles.
  Each product counts once per exfoliant class it holds (glycolic acid with its
  own salt is one AHA; an AHA + BHA peel is two). A pair already reported by an
  irritation pair rule (e.g. ``IX004`` retinoid + AHA) is not reported twice.
* ``ST002`` three or more -> ``avoid``: clear over-exfoliation.
* ``ST003`` (the same non-exfoliant active in several products of one slot)
  lives in :mod:`compatcheck.rules.duplicates`.

* ``ST004`` weekly exfoliation load: two or more exfoliating products whose
  uses per week (frequency x slots), weighted by strength, add up to more than
  :data:`~compatcheck.limits.WEEKLY_EXFOLIATION_LOAD` (7: one full-strength
  exfoliating use a day) -> ``caution``, even when no single night stacks.
  Weights: prescription retinoids 1.5, gentle forms (strength ``low``) 0.5,
  others 1 (:data:`~compatcheck.limits.EXFOLIATION_WEIGHT`). The threshold and
  weights are our JUDGEMENT, anchored on the sources' one exfoliating active per
  session and alternate nights; being judgement, this rule never says ``avoid``.
* ``ST005`` exfoliating products of one slot that their frequencies let you keep
  on different nights (every other night and twice a week): ``info``, the good
  practice is to alternate them, never two on the same night. Pairs an
  interaction rule already reports that way (retinoid + AHA) are left to it.

ST001/ST002 count the products that meet on the same night even when spread as
well as their use frequencies allow (see :mod:`compatcheck.frequency`): nightly
products meet every other product of the slot; two alternate-night products do
not; fixed weekdays meet only when they share a day. Without a frequency a
product is used every day in its slot(s).

A single product that combines exfoliants (an AHA + BHA peel) is the
formulator's choice and is not flagged on its own. The OTC acne monograph warns
that irritation is more likely with two topical acne drugs at the same time;
layering guides advise one low-pH active per session.
"""

from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

from compatcheck.frequency import CYCLE, Frequency, arrange, every_night, frequency_of, relation
from compatcheck.limits import EXFOLIATION_WEIGHT, EXFOLIATION_WEIGHT_SOURCES, WEEKLY_EXFOLIATION_LOAD
from compatcheck.model import Detected, Finding, Match, Severity
from compatcheck.rules import Context, Rule, listing, names, per_matches, slot_label
from compatcheck.rules.interaction import covered_stack_pairs, stack_pair_signature

_SOURCES = ("R3", "R3b", "K16", "K15", "K24", "K1")

SCOPE = "group"
READS = ()  # what stacks reads its products only: no date, day or profile

RULES = (
    Rule("ST001", "two-exfoliants-one-slot", "stacking", "caution",
         "Two exfoliating actives from different products in the same slot.",
         "A + C (OTC acne monograph; layering guidance)", _SOURCES),
    Rule("ST002", "three-exfoliants-one-slot", "stacking", "avoid",
         "Three or more exfoliating actives in the same slot: over-exfoliation.",
         "A + C (OTC acne monograph; layering guidance)", _SOURCES),
    Rule("ST004", "weekly-exfoliation-load", "stacking", "caution",
         f"Exfoliating uses per week, weighted by strength, above {WEEKLY_EXFOLIATION_LOAD.value:g} "
         f"from two or more products: over-exfoliation even when no night stacks.",
         "JUDGEMENT (threshold and weights ours, anchored on one exfoliating active per session)",
         tuple(dict.fromkeys(WEEKLY_EXFOLIATION_LOAD.sources + EXFOLIATION_WEIGHT_SOURCES))),
    Rule("ST005", "exfoliants-on-different-nights", "stacking", "info",
         "Exfoliating products of one slot that their frequencies let you keep on different "
         "nights: good practice is to alternate them.",
         "C (brand and dermatologist guidance: alternate nights)", ("K17", "K18", "K16", "R3", "SD3")),
)

_ALTERNATE_SOURCES = ("K17", "K18", "K16", "R3", "SD3")


def signature(product: Detected):
    """What ``check`` reads from a product, or ``None`` when it holds no exfoliating active.

    Its slots, frequency and exfoliating actives, plus the actives that take part in
    a pair rule (an irritation pair already reported is not reported twice).
    """
    exfoliating = _exfoliating(product)
    if not exfoliating:
        return None
    return (product.product.slots, product.product.frequency,
            tuple((m.ingredient, m.via) for m in exfoliating), stack_pair_signature(product))


class _User(NamedTuple):
    """An exfoliating product of the routine, with what the rules read from it, worked out once."""

    product: Detected
    matches: tuple[Match, ...]  # its exfoliating actives
    frequency: Frequency
    classes: int  # how many exfoliant classes it holds

    @property
    def name(self) -> str:
        return self.product.name


def check(ctx: Context) -> Iterator[Finding]:
    users = [_User(p, ms, frequency_of(p), _classes(ms)) for p in ctx.products if (ms := _exfoliating(p))]
    if len(users) < 2:
        return
    covered = covered_stack_pairs(tuple(u.product for u in users))
    yield from merge_slots(finding for slot in ("AM", "PM")
                           for finding in _exfoliants([u for u in users if slot in u.product.product.slots],
                                                      slot, covered))
    load = weekly_load(users)
    if load is not None:
        yield load


def merge_slots(findings: Iterable[Finding]) -> Iterator[Finding]:
    """The same finding in the AM and the PM (same code, products, ingredients) as one."""
    merged: dict[tuple, Finding] = {}
    for finding in findings:
        key = (finding.code, finding.products, finding.ingredients)
        if key in merged:
            finding = _both_slots(merged[key], finding)
        merged[key] = finding
    return iter(merged.values())


def _exfoliating(product: Detected) -> tuple[Match, ...]:
    return _exfoliating_matches(product.matches)


@per_matches
def _exfoliating_matches(matches: tuple[Match, ...]) -> tuple[Match, ...]:
    return tuple(m for m in matches if m.active and m.ingredient.exfoliant)


def _classes(ms: tuple[Match, ...]) -> int:
    return len({m.ingredient.cls for m in ms})


def _nights(users: list[_User]) -> list[frozenset[int]]:
    """Per night of the cycle, the users (by index) on it, spread as well as their frequencies allow."""
    if all(every_night(u.frequency) for u in users):  # nothing to spread: all meet every night
        return [frozenset(range(len(users)))] * CYCLE
    nights = arrange((i, u.frequency, float(u.classes)) for i, u in enumerate(users))
    return [frozenset(i for i, ns in nights.items() if n in ns) for n in range(CYCLE)]


def _exfoliants(users: list[_User], slot: str, covered) -> Iterator[Finding]:
    if len(users) < 2:
        return
    on_night = _nights(users)
    weights = [u.classes for u in users]
    # Each distinct set of products once, in night order: the first worst night as before.
    worst = max(dict.fromkeys(on_night), key=lambda s: (sum(weights[i] for i in s), len(s)))
    if len(worst) < 2:
        yield from _separable(users, slot, covered)
        return
    stack = [users[i] for i in sorted(worst)]
    load = sum(u.classes for u in stack)
    matches = tuple(m for u in stack for m in u.matches)
    products = tuple(u.name for u in stack)
    if load < 3 and len(stack) == 2 and frozenset(products) in covered:
        return
    detail = "; ".join(f"{u.name}: {listing(names(u.matches))}" for u in stack)
    every_night_used = all(u.frequency.pattern == "daily" for u in stack)
    how_often = ""
    if not every_night_used:
        times = sum(1 for s in on_night if worst <= s) / 2
        how_often = (f" on the same night about {times:g} time{'s' * (times != 1)} a week, even "
                     f"spread as well as their frequencies allow")
    if load >= 3:
        code, severity = "ST002", Severity.AVOID
        message = (f"{load} exfoliating actives in the {slot}, from {len(stack)} products ({detail})"
                   f"{how_often}: over-exfoliation.")
        advice = ("Keep one exfoliating product per slot: move the others to other nights or to "
                  "the morning, or drop one; stop all of them if the skin stings, peels or reddens.")
    else:
        code, severity = "ST001", Severity.CAUTION
        message = f"Two exfoliating actives in the {slot}, from different products ({detail}){how_often}."
        advice = "Use them on alternate days or in different slots; start with one if your skin is sensitive."
    yield Finding(code=code, kind="stacking", severity=severity, products=products,
                  ingredients=names(matches), message=message, advice=advice,
                  evidence="A + C (OTC acne monograph; layering guidance)", sources=_SOURCES, slot=slot,
                  inferred=any(m.via == "fuzzy" for m in matches))


def _separable(users: list[_User], slot: str, covered) -> Iterator[Finding]:
    """ST005: no night needs two of them; say to keep it that way (unless a pair rule says it)."""
    loose = [(a, b) for i, a in enumerate(users) for b in users[i + 1:]
             if relation(a.frequency, b.frequency) == "separable"]
    if not loose or all(frozenset((a.name, b.name)) in covered for a, b in loose):
        return
    matches = tuple(m for u in users for m in u.matches)
    detail = "; ".join(f"{u.name} ({listing(names(u.matches))}) {u.frequency.describe()}" for u in users)
    yield Finding(
        code="ST005", kind="stacking", severity=Severity.INFO, products=tuple(u.name for u in users),
        ingredients=names(matches),
        message=(f"Exfoliating products in the {slot}: {detail}. Their frequencies let you keep them "
                 f"on different nights, so they need not stack."),
        advice=("Good practice: alternate them — one exfoliating product a night, never two on the "
                "same night; if the skin stings, peels or reddens, use them less often."),
        evidence="C (brand and dermatologist guidance: alternate nights)", sources=_ALTERNATE_SOURCES,
        slot=slot, inferred=any(m.via == "fuzzy" for m in matches),
    )


def exfoliation_weight(matches: tuple[Match, ...]) -> float:
    """Weight of one use of a product whose exfoliating actives are ``matches``: each exfoliant
    class it holds, at its strongest form."""
    best: dict[str, float] = {}
    for m in matches:
        w = EXFOLIATION_WEIGHT.get(m.ingredient.strength or "", 1.0)
        best[m.ingredient.cls] = max(best.get(m.ingredient.cls, 0.0), w)
    return sum(best.values())


def weekly_load(users: list[_User]) -> Finding | None:
    """ST004: weighted exfoliating uses per week across slots, from two or more products."""
    if len(users) < 2:
        return None
    parts = [(u, u.frequency.per_week * len(u.product.product.slots) * exfoliation_weight(u.matches))
             for u in users]
    total = sum(x for _, x in parts)
    limit = WEEKLY_EXFOLIATION_LOAD.value
    if total <= limit:
        return None
    detail = "; ".join(f"{u.name} {u.frequency.describe()} in the {slot_label(u.product.product.slots)}: "
                       f"{x:g}" for u, x in parts)
    matches = tuple(m for u in users for m in u.matches)
    return Finding(
        code="ST004", kind="stacking", severity=Severity.CAUTION, products=tuple(u.name for u in users),
        ingredients=names(matches),
        message=(f"Weekly exfoliation load {total:g} (uses a week weighted by strength; {detail}) is "
                 f"above {limit:g}, about one full-strength exfoliating use a day: over-exfoliation "
                 f"over the week even if no single night stacks."),
        advice=("Use the exfoliating products less often (e.g. each on two or three nights a week, "
                "never two on one night); stop them all if the skin stings, peels or reddens."),
        evidence="JUDGEMENT (threshold and weights ours, anchored on one exfoliating active per session)",
        sources=tuple(dict.fromkeys(WEEKLY_EXFOLIATION_LOAD.sources + EXFOLIATION_WEIGHT_SOURCES)),
        inferred=any(m.via == "fuzzy" for m in matches),
    )


def _both_slots(first: Finding, second: Finding) -> Finding:
    slots = slot_label({first.slot or "", second.slot or ""} & {"AM", "PM"})
    return first._replace(message=first.message.replace(f"in the {first.slot}", f"in the {slots}"),
                          slot=slots)
