"""The rules: one small module per kind of rule, each documented by its docstring.

Every module exposes ``RULES`` (the codes it can report, with their documentation,
evidence and sources) and ``check(ctx)``, which yields :class:`Finding` objects.

Every module also states its ``SCOPE``, which lets ``batch`` reuse answers across
routines (:mod:`compatcheck.memo`) instead of re-running rules it has seen:

* ``"product"``: each product's findings depend on that product and the context
  alone (not on the rest of the routine);
* ``"pair"``: findings come from pairs of products, each pair on its own, and
  read a pair's slots only as the slots the two share;
* ``"group"``: findings depend on several products at once.

A module may define ``applies(ctx)``: ``False`` when ``check(ctx)`` yields nothing
whatever the products (e.g. the pregnancy rules for a profile that is not
pregnant), so ``batch`` does not ask it. It may also define ``READS``: the
routine-level :class:`Context` fields its ``check`` reads (of ``needling_dates``,
``on`` and ``profile``; all three when it does not say), so ``batch`` reuses its
answers across routines that differ only in the others.

``pair`` and ``group`` modules also define ``signature(product)``: everything
``check`` reads from a product except its name (its slots included, when it reads
them), or ``None`` when the module can never report the product. A ``product``
module may define it too (timing does): its answers are then shared by every
product of the same signature. A
rule that starts reading a new product field must add it to its signature; a
test compares the memoised path with ``run_all`` on random routines.
The registry is a plain dict built from those modules; ``compatcheck rules`` and
``compatcheck explain CODE`` render it.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Callable, Iterable, Iterator, NamedTuple, TypeVar

from compatcheck.by_identity import ByIdentity
from compatcheck.model import Detected, Finding, Match, Profile
from compatcheck.parse import ParseNote

T = TypeVar("T")


class Rule(NamedTuple):
    """A rule code as users see it in ``rules``/``explain`` and ``--ignore``."""

    code: str
    name: str
    kind: str
    severity: str  # "avoid", "caution", "info", or e.g. "avoid or caution (per ingredient)"
    summary: str
    evidence: str
    sources: tuple[str, ...]
    doc: str = ""


class Context(NamedTuple):
    """What every rule sees: detected products, dates, what parsing noted, and who it is for.

    Routine-level inputs (the :class:`~compatcheck.model.Profile`) are hashable
    fields here: ``batch`` keys reused answers on ``ctx._replace(products=(), notes=())``.
    """

    products: tuple[Detected, ...]
    needling_dates: tuple[date, ...]
    on: date
    notes: tuple[ParseNote, ...] = ()
    profile: Profile = Profile()


#: The routine-level fields of :class:`Context` a module reads unless its ``READS`` says fewer.
SETTING_FIELDS = ("needling_dates", "on", "profile")


def _modules():
    from compatcheck.rules import (advice, duplicates, input as input_rules, interaction, needling_day,
                                   pigmentation, pregnancy, stacking, timing, unapproved)

    return (timing, interaction, stacking, duplicates, advice, needling_day, pigmentation, pregnancy,
            unapproved, input_rules)


def registry() -> dict[str, Rule]:
    """Every rule code -> its :class:`Rule`, in documentation order."""
    out: dict[str, Rule] = {}
    for module in _modules():
        for rule in module.RULES:
            out[rule.code] = rule if rule.doc else rule._replace(doc=(module.__doc__ or "").strip())
    return out


def run_all(ctx: Context, ignore: Iterable[str] = ()) -> list[Finding]:
    """Run every rule module on ``ctx``; drop the ``ignore``d codes."""
    skip = {code.upper() for code in ignore}
    findings: list[Finding] = []
    for module in _modules():
        findings.extend(f for f in module.check(ctx) if f.code not in skip)
    return findings


#: How many results :func:`per_matches` keeps per function before it forgets them all.
_PER_MATCHES_KEPT = 100_000


def per_matches(read: Callable[[tuple[Match, ...]], T]) -> Callable[[tuple[Match, ...]], T]:
    """``read(matches)``, worked out once per matches tuple and kept by its identity (hashing a
    tuple of matches costs more than reading it). A product and the renamed copies ``batch``
    makes of it share one tuple, so a module reads each product once however many routines
    hold it. At most :data:`_PER_MATCHES_KEPT` are kept per function; then they are forgotten."""
    return functools.wraps(read)(ByIdentity(read, _PER_MATCHES_KEPT))


def same_slot(a: Detected, b: Detected) -> frozenset[str]:
    """The slots (AM/PM) two products share; empty when they never meet."""
    return a.product.slots & b.product.slots


def slot_label(slots: Iterable[str]) -> str:
    """``{"AM"}`` -> ``AM``; both -> ``AM and PM``."""
    ordered = [s for s in ("AM", "PM") if s in set(slots)]
    return " and ".join(ordered)


def names(matches) -> tuple[str, ...]:
    """Display names of matched ingredients, without repeats, in order."""
    seen: dict[str, None] = {}
    for m in matches:
        seen.setdefault(m.ingredient.inci, None)
    return tuple(seen)


def sources_of(matches) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in matches:
        for s in m.ingredient.sources:
            seen.setdefault(s, None)
    return tuple(seen)


def listing(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def iter_pairs(products: tuple[Detected, ...]) -> Iterator[tuple[Detected, Detected, frozenset[str]]]:
    """Every unordered pair of different products that share a slot."""
    for i, a in enumerate(products):
        for b in products[i + 1 :]:
            shared = same_slot(a, b)
            if shared:
                yield a, b, shared


EVIDENCE_TEXT = {
    "REG": "regulation or drug label",
    "PR": "peer-reviewed study or consensus statement",
    "PROTO": "written clinic and device-maker protocols (no controlled trial; windows vary between clinics)",
    "EXP": "named dermatologist or formulator guidance",
    "SEO": "low-quality web pages only",
    "JUDGEMENT": "our conservative judgement from related sources",
}
_EVIDENCE_ORDER = ("REG", "PR", "PROTO", "EXP", "JUDGEMENT", "SEO")


def describe_evidence(matches) -> str:
    """The best evidence label among the matched ingredients' rows, in words."""
    labels = {m.ingredient.evidence for m in matches}
    best = next((label for label in _EVIDENCE_ORDER if label in labels), "JUDGEMENT")
    return f"{best}: {EVIDENCE_TEXT[best]}"
