"""Timing around a needling date: what to pause, from which day, until when.

For each needling date and each product, the ingredient table gives every
active ingredient a window: ``pause_before_days`` before the date and
``resume_after_days`` after it. A product's window is the union of its
ingredients' windows (it can be used again only when all of them allow it).

* ``TM001`` the check date (``--on``, default today) falls inside a window:
  ``avoid`` for retinoids, acids, benzoyl peroxide, hydroquinone, scrubs,
  depilatories, L-ascorbic acid...; ``caution`` for the mild forms the table
  marks so (retinyl esters, kojic acid, azelaic acid, arbutins, vitamin C
  derivatives, fragrance...). The finding gives the exact date to pause from and
  the date it may resume.
* ``TM002`` a window still ahead: ``info`` with the date to stop.

For pigmentation-prone skin (``--pih-prone`` or ``--skin-type IV``-``VI``),
exfoliating actives other than PHAs pause at least 7 days before and resume no
earlier than 7 days after (the conservative end of the clinics' 5-7 days):
irritation drives post-inflammatory hyperpigmentation (see ``AD006``).

A treatment series (several ``--needling-date``) is handled date by date.
Windows follow the clinic protocols summarised in domain_rules.md §A (their
"Judgement default" column); the seed articles' 24 hours for vitamin A is a
floor, not the norm. A clinic's own protocol replaces them with
``--ingredients``. Trace ingredients (a pH adjuster at the end of a list) do
not count; retinoids count at any level.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator

from compatcheck.dates import show
from compatcheck.limits import PIH_EXFOLIANT_PAUSE
from compatcheck.model import Detected, Finding, Match, Profile, Severity, Window
from compatcheck.rules import Context, Rule, describe_evidence, listing, names, sources_of

#: Each product's timing depends on the product and the dates alone.
SCOPE = "product"

_SOURCES = ("C1", "C3", "C4", "C9", "C12", "C24", "L2")

RULES = (
    Rule("TM001", "pause-now", "timing", "avoid or caution (per ingredient)",
         "A product is inside its pause window around a needling date.",
         "PROTO (clinic protocols); per ingredient in ingredients.csv", _SOURCES),
    Rule("TM002", "pause-ahead", "timing", "info",
         "A product will need pausing before an upcoming needling date.",
         "PROTO (clinic protocols); per ingredient in ingredients.csv", _SOURCES),
)


def lengthened_for_pih(match: Match) -> bool:
    """Whether pigmentation-prone skin pauses this ingredient longer: exfoliants except PHAs."""
    return match.ingredient.exfoliant and match.ingredient.cls != "pha"


def days_around(match: Match, profile: Profile | None = None) -> tuple[int, int]:
    """(days paused before, days after until it may resume) for one ingredient, for ``profile``."""
    before, after = match.ingredient.pause_before_days, match.ingredient.resume_after_days
    if profile is not None and profile.pigment_risk and lengthened_for_pih(match):
        least = int(PIH_EXFOLIANT_PAUSE.value)
        before, after = max(before, least), max(after, least)
    return before, after


def signature(product: Detected):
    """What ``check`` reads from a product besides its name (``None``: nothing ever to pause)."""
    return tuple((m.ingredient, m.via) for m in product.timed_actives()) or None


def product_window(product: Detected, needling: date,
                   profile: Profile | None = None) -> tuple[Window, tuple[Match, ...]] | None:
    """The window ``product`` must be paused in around ``needling``, and why."""
    timed = product.timed_actives()
    if not timed:
        return None
    days = [days_around(m, profile) for m in timed]
    before = max(b for b, _ in days)
    after = max(a for _, a in days)
    window = Window(needling - timedelta(days=before), needling + timedelta(days=after), needling)
    return window, timed


def check(ctx: Context) -> Iterator[Finding]:
    for needling in ctx.needling_dates:
        for product in ctx.products:
            found = product_window(product, needling, ctx.profile)
            if found is None:
                continue
            window, timed = found
            if window.contains(ctx.on):
                yield _inside(product, window, timed, ctx)
            elif ctx.on < window.pause_from:
                yield _ahead(product, window, timed, ctx)


def _severity_now(timed: tuple[Match, ...], window: Window, ctx: Context) -> tuple[Severity, tuple[Match, ...]]:
    """Severity from the ingredients whose own window holds the check date."""
    now = tuple(
        m for m in timed
        if window.needling_date - timedelta(days=days_around(m, ctx.profile)[0])
        <= ctx.on < window.needling_date + timedelta(days=days_around(m, ctx.profile)[1])
    )
    return max(m.ingredient.timing_severity for m in now), now


def _inside(product: Detected, window: Window, timed, ctx: Context) -> Finding:
    severity, now = _severity_now(timed, window, ctx)
    needling = window.needling_date
    what = listing(names(now))
    if ctx.on < needling:
        days = (needling - ctx.on).days
        when = f"needling is in {days} day{'s' * (days != 1)}, on {show(needling)}"
        if ctx.on == window.pause_from:
            start = f"stop using it from today, {show(window.pause_from)}"
        else:
            start = f"it should be paused since {show(window.pause_from)}; stop now"
    elif ctx.on == needling:
        when = f"today, {show(needling)}, is the needling day"
        start = "do not use it today"
    else:
        days = (ctx.on - needling).days
        when = f"needling was {days} day{'s' * (days != 1)} ago, on {show(needling)}"
        start = "keep it paused while the skin heals"
    oral = any(m.ingredient.strength == "oral" for m in now)
    if oral:
        message = (f"{product.name} ({what}): {when}; consensus and clinic protocols ask for "
                   f"a gap after oral isotretinoin before needling (from {show(window.pause_from)}).")
        advice = ("Tell your provider you take or took oral isotretinoin; do not stop a prescription "
                  "without your prescriber. Consensus finds the evidence for delaying superficial "
                  "procedures insufficient, but many clinics still wait 6 months.")
    else:
        message = f"{product.name} contains {what}: {when}."
        advice = f"{start[0].upper()}{start[1:]}; you may resume it on {show(window.resume_on)}."
    return Finding(
        code="TM001", kind="timing", severity=severity, products=(product.name,),
        ingredients=names(now), message=message, advice=advice,
        evidence=describe_evidence(now), sources=sources_of(now), window=window,
        inferred=any(m.via == "fuzzy" for m in now),
    )


def _ahead(product: Detected, window: Window, timed, ctx: Context) -> Finding:
    needling = window.needling_date
    before = (needling - window.pause_from).days
    what = listing(names(timed))
    if before == 0:
        message = f"{product.name} contains {what}: skip it from the needling day, {show(needling)}."
        advice = f"Do not use it on {show(needling)}; you may resume it on {show(window.resume_on)}."
    else:
        message = (f"{product.name} contains {what}: pause it {before} "
                   f"day{'s' * (before != 1)} before needling on {show(needling)}.")
        advice = (f"Last use on {show(window.pause_from - timedelta(days=1))}; stop from "
                  f"{show(window.pause_from)}; you may resume it on {show(window.resume_on)}.")
    return Finding(
        code="TM002", kind="timing", severity=Severity.INFO, products=(product.name,),
        ingredients=names(timed), message=message, advice=advice,
        evidence=describe_evidence(timed), sources=sources_of(timed), window=window,
        inferred=any(m.via == "fuzzy" for m in timed),
    )
