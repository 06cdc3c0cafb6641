"""The nouns of compatcheck: ingredients, products, matches, findings, reports.

Immutable NamedTuples: cheap to create and compare, and cheap to *define* (about
0.3 ms a class against 1.3 ms for a frozen, slotted dataclass, which matters on
the paste path's start-up budget).
"""

from __future__ import annotations

from typing import NamedTuple

from datetime import date
from enum import IntEnum


class Severity(IntEnum):
    """How serious a finding is; higher is more serious."""

    INFO = 1
    CAUTION = 2
    AVOID = 3

    @property
    def label(self) -> str:
        """The contract spelling: ``avoid``, ``caution`` or ``info``."""
        return _SEVERITY_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> "Severity":
        """``"avoid"`` -> ``Severity.AVOID``; raises ``KeyError`` on anything else."""
        return cls[text.strip().upper()]


_SEVERITY_LABELS = {s: s.name.lower() for s in Severity}

KINDS = ("timing", "interaction", "stacking", "advice", "input")

SLOTS = ("AM", "PM")


class Ingredient(NamedTuple):
    """One row of ``ingredients.csv``: a canonical ingredient and its facts."""

    id: str
    inci: str
    aliases: tuple[str, ...]
    cls: str
    strength: str | None
    exfoliant: bool
    tags: frozenset[str]
    trace_role: str | None
    active_min_percent: float | None
    pause_before_days: int
    resume_after_days: int
    timing_severity: Severity
    recommended_after: bool
    pregnancy: str | None
    evidence: str
    sources: tuple[str, ...]
    notes: str = ""
    name_keywords: tuple[str, ...] = ()

    @property
    def has_window(self) -> bool:
        """Whether it must be paused around a needling date at all."""
        return self.pause_before_days > 0 or self.resume_after_days > 0


class Product(NamedTuple):
    """A product as the user wrote it: name, slots, and its raw ingredient list."""

    name: str
    slots: frozenset[str] = frozenset(SLOTS)
    inci: str | None = None
    line: int | None = None
    frequency: str | None = None

    @property
    def slot_label(self) -> str:
        """``AM``, ``PM`` or ``both``."""
        return next(iter(self.slots)) if len(self.slots) == 1 else "both"


class Match(NamedTuple):
    """An ingredient found in a product, and whether it is there as an active."""

    ingredient: Ingredient
    written: str
    active: bool
    why: str
    via: str  # "list", "name" or "fuzzy"
    position: int | None = None
    percent: float | None = None

    @property
    def ruled_out(self) -> bool:
        """Whether it is a product name's word that the product's whole list rules out (a ``Retinol Eye Balm``
        whose list holds no retinoid): shown with why, but not in the product (IN008 says so)."""
        return self.via == "name" and not self.active


class Unrecognized(NamedTuple):
    """An item of the list that matched nothing, with near-miss suggestions."""

    written: str
    suggestions: tuple[tuple[str, float], ...] = ()


class Detected(NamedTuple):
    """A product after detection: what it holds and what could not be read."""

    product: Product
    matches: tuple[Match, ...]
    unrecognized: tuple[Unrecognized, ...]
    from_name_only: bool = False

    @property
    def name(self) -> str:
        return self.product.name

    def actives(self) -> tuple[Match, ...]:
        """The matches that are there as actives (not trace/functional)."""
        return tuple(m for m in self.matches if m.active)

    def timed_actives(self) -> tuple[Match, ...]:
        """The actives that have a pause window around needling (what timing pauses)."""
        return tuple(m for m in self.matches if m.active and m.ingredient.has_window)

    def active_classes(self) -> frozenset[str]:
        return frozenset(m.ingredient.cls for m in self.matches if m.active)


class Window(NamedTuple):
    """Pause from ``pause_from`` (inclusive); may resume on ``resume_on``."""

    pause_from: date
    resume_on: date
    needling_date: date

    def contains(self, day: date) -> bool:
        return self.pause_from <= day < self.resume_on


class Finding(NamedTuple):
    """One thing to tell the user, explained: who, what, what to do, how sure, why."""

    code: str
    kind: str
    severity: Severity
    products: tuple[str, ...]
    ingredients: tuple[str, ...]
    message: str
    advice: str
    evidence: str
    sources: tuple[str, ...]
    window: Window | None = None
    slot: str | None = None
    inferred: bool = False


#: Fitzpatrick skin types as written on the command line.
SKIN_TYPES = ("I", "II", "III", "IV", "V", "VI")


class Profile(NamedTuple):
    """Who the routine is for: what changes the advice (``--skin-type``, ``--pih-prone``, ...).

    Hashable (a field of :class:`compatcheck.rules.Context`, part of the memo key).
    """

    skin_type: int | None = None  # Fitzpatrick I..VI as 1..6
    pih_prone: bool = False
    pregnant: bool = False
    breastfeeding: bool = False

    @property
    def pigment_risk(self) -> bool:
        """Higher risk of post-inflammatory hyperpigmentation: ``--pih-prone`` or skin type IV-VI."""
        from compatcheck.limits import PIH_SKIN_TYPES

        return self.pih_prone or self.skin_type in PIH_SKIN_TYPES

    @property
    def pregnancy(self) -> bool:
        """Pregnant or breastfeeding."""
        return self.pregnant or self.breastfeeding

    def as_dict(self) -> dict:
        return {"skin_type": None if self.skin_type is None else SKIN_TYPES[self.skin_type - 1],
                "pih_prone": self.pih_prone, "pregnant": self.pregnant,
                "breastfeeding": self.breastfeeding, "pigmentation_risk": self.pigment_risk}


#: Words that may come before the type: "Fitzpatrick type IV", "skin type 4", "phototype III".
_SKIN_TYPE_PREFIXES = ("FITZPATRICK", "SKIN", "PHOTOTYPE", "PHOTO", "TYPE")


def parse_skin_type(text: str | int) -> int:
    """A Fitzpatrick skin type as 1..6: ``"IV"``, ``"iv"``, ``"4"``, ``4``, ``"type IV"``,
    ``"Fitzpatrick V"``, ``"skin type 4"``, ``"phototype II"``; raises ``ValueError`` for
    anything else. ``--skin-type`` and ``batch``'s skin type cells both read it this way."""
    if isinstance(text, int) and not isinstance(text, bool):
        if 1 <= text <= 6:
            return text
        raise ValueError(text)
    word = " ".join(str(text).upper().split())
    for prefix in _SKIN_TYPE_PREFIXES:
        word = word.removeprefix(prefix).lstrip(" :")
    if word in SKIN_TYPES:
        return SKIN_TYPES.index(word) + 1
    if word.isdigit() and 1 <= int(word) <= 6:
        return int(word)
    raise ValueError(text)


class Report(NamedTuple):
    """Everything a formatter needs; formatters hold no logic beyond layout."""

    as_of: date
    needling_dates: tuple[date, ...]
    products: tuple[Detected, ...]
    findings: tuple[Finding, ...]
    table_label: str = "built-in"
    routine: str | None = None
    ignored: tuple[str, ...] = ()
    profile: Profile = Profile()

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def counts(self) -> dict[str, int]:
        counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
        for finding in self.findings:
            counts[finding.severity.label] += 1
        return counts


#: Ingredient class ids (the contract in DESIGN.md, plus the ones the table grew).
#: ``base`` holds common functional ingredients (water, glycols, emollients...) that
#: need no rule but must be recognised so that "unrecognised" stays meaningful.
KNOWN_CLASSES = frozenset(
    {
        "retinoid", "vitamin_c", "aha", "bha", "pha", "benzoyl_peroxide", "hydroquinone",
        "kojic_acid", "arbutin", "azelaic_acid", "tranexamic_acid", "niacinamide",
        "hyaluronic_acid", "copper_peptide", "peptide", "growth_factor",
        "physical_exfoliant", "sunscreen", "depilatory", "drying_alcohol", "fragrance",
        "acne_active", "peroxide", "other", "base",
    }
)
