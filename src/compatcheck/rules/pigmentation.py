"""Pigmentation-prone skin: stricter sun care, calm skin around the date, actives back in order.

Applies when the profile says so: ``--pih-prone``, or ``--skin-type IV``, ``V``
or ``VI`` (the seeds: needling can temporarily worsen pigmentation "especially in
individuals with darker skin tones", through post-inflammatory hyperpigmentation,
PIH [SD0, SD3]; reading "darker" as types IV-VI is our judgement). Nothing here
fires for other profiles.

* ``AD004`` sun around each needling date: no sun or tanning from 2 weeks before
  [C1-C4, C6] until 4 weeks after (prolonged sun, the conservative clinic figure
  [C14]); mineral SPF 30+ from day 1, reapplied every 2 hours outdoors
  [C15, C17, C32, C22]; sunburned skin is not treated [C9, C3, C4]. ``caution``
  while the check date is inside that window, else ``info``.
* ``AD005`` no sunscreen in the routine (``caution``): sun protection is the
  first way to prevent darkening after needling [SD3, SD0]; retinoids and AHAs
  make the skin more sun-sensitive [SD3, R1].
* ``AD006`` no irritating actives close to the date (``info``): irritation
  drives PIH [SD3, SD2], so exfoliating actives (not PHAs) pause at least 7
  days before and resume no earlier than 7 days after — the conservative end of
  the clinics' 5-7 days [C1, C3, C4, L1b]; the ``TM`` findings and ``plan``
  use these longer windows.
* ``AD007`` bring actives back in order (``info``): once their resume dates
  have passed, the lightening agents and the retinoid the routine holds come
  back one at a time, gentlest first — lightening agents such as vitamin C,
  niacinamide, azelaic or tranexamic acid, arbutin, kojic acid; then
  hydroquinone; then the retinoid, started slowly (once or twice a week, then
  every other night [SD3]); exfoliating acids last, on nights without the
  retinoid [K17]. Each step waits for the product's own resume date and comes
  at least 3 days after the previous one (our JUDGEMENT: no source gives a
  spacing). While pregnant or breastfeeding, what the table marks ``avoid``
  is left out. ``plan`` shows the steps on the timeline.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator, NamedTuple, Sequence

from compatcheck.dates import show
from compatcheck.limits import (PIH_EXFOLIANT_PAUSE, REINTRODUCE_GAP_DAYS, SUN_AVOID_AFTER_DAYS,
                                SUN_AVOID_BEFORE_DAYS)
from compatcheck.model import Detected, Finding, Profile, Severity
from compatcheck.rules import Context, Rule, listing, names
from compatcheck.rules.advice import SUNSCREEN_FROM_DAY
from compatcheck.rules.timing import lengthened_for_pih, product_window

SCOPE = "group"

_SUN_SOURCES = ("SD0", "SD3", "C1", "C2", "C3", "C4", "C6", "C14", "C15", "C17", "C32", "C22", "C9")
_NO_SPF_SOURCES = ("SD3", "SD0", "SD4", "R1", "C15", "C17", "C32")
_CALM_SOURCES = ("SD3", "SD2", "SD0", "C1", "C3", "C4", "L1b")
_ORDER_SOURCES = ("SD3", "K17", "C1", "C17", "C16", "C6")

RULES = (
    Rule("AD004", "pigmentation-sun", "advice", "caution inside the sun window, else info",
         "Pigmentation-prone skin: no sun 2 weeks before to 4 weeks after needling; mineral SPF 30+ "
         "from day 1.", "PROTO (clinic protocols, conservative end) + seed articles", _SUN_SOURCES),
    Rule("AD005", "pigmentation-no-sunscreen", "advice", "caution",
         "Pigmentation-prone skin and no sunscreen in the routine.",
         "PROTO + seed articles", _NO_SPF_SOURCES),
    Rule("AD006", "pigmentation-calm-skin", "advice", "info",
         "Pigmentation-prone skin: irritating exfoliants pause 7 days each side of needling.",
         "PROTO (conservative end of the clinics' range) + seed articles", _CALM_SOURCES),
    Rule("AD007", "pigmentation-reintroduce", "advice", "info",
         "Pigmentation-prone skin: bring lightening agents and the retinoid back one at a time, "
         "gentlest first.", "PROTO (resume dates) + seed articles; order and spacing JUDGEMENT",
         _ORDER_SOURCES),
)

#: The order actives come back in, with what to say about each kind.
_KINDS = (
    ("lightening", "a lightening agent"),
    ("hydroquinone", "hydroquinone, as prescribed"),
    ("retinoid", "start slow: once or twice a week, then every other night"),
    ("exfoliant", "last, on nights without the retinoid"),
)


class Step(NamedTuple):
    """One product coming back after a needling date: ``number`` in order, from ``day``."""

    number: int
    day: date
    product: str
    ingredients: tuple[str, ...]
    kind: str  # lightening, hydroquinone, retinoid, exfoliant
    how: str
    needling_date: date


def _kind(product: Detected) -> str | None:
    actives = product.actives()
    classes = {m.ingredient.cls for m in actives}
    if "retinoid" in classes and not any(m.ingredient.strength == "oral" for m in actives):
        return "retinoid"
    if "hydroquinone" in classes:
        return "hydroquinone"
    if any(m.ingredient.exfoliant for m in actives):
        return "exfoliant"
    if any("lightening" in m.ingredient.tags for m in actives):
        return "lightening"
    return None


def _avoided_in_pregnancy(product: Detected) -> bool:
    return any(m.ingredient.pregnancy == "avoid" for m in product.actives())


def reintroduction(products: Sequence[Detected], needling: date, needling_dates: Sequence[date],
                   profile: Profile) -> tuple[tuple[Step, ...], tuple[str, ...]]:
    """AD007's steps after ``needling``, and the products left out while pregnant/breastfeeding.

    A product whose next pause (for a later date of the series) starts before its
    step comes back after that date instead, so it is left out here.
    """
    if not profile.pigment_risk:
        return (), ()
    later = sorted(d for d in needling_dates if d > needling)
    ranked, left_out = [], []
    order = {kind: i for i, (kind, _) in enumerate(_KINDS)}
    for position, product in enumerate(products):
        kind = _kind(product)
        found = product_window(product, needling, profile)
        if kind is None or found is None:
            continue
        if profile.pregnancy and _avoided_in_pregnancy(product):
            left_out.append(product.name)
            continue
        window, timed = found
        ranked.append((order[kind], window.resume_on, position, product, kind, timed))
    steps: list[Step] = []
    previous: date | None = None
    gap = timedelta(days=int(REINTRODUCE_GAP_DAYS.value))
    for _, resume_on, _, product, kind, timed in sorted(ranked, key=lambda r: r[:3]):
        day = resume_on if previous is None else max(resume_on, previous + gap)
        nxt = next((product_window(product, d, profile) for d in later), None)
        if nxt is not None and day >= nxt[0].pause_from:
            continue
        steps.append(Step(len(steps) + 1, day, product.name, names(timed), kind, dict(_KINDS)[kind],
                          needling))
        previous = day
    return tuple(steps), tuple(left_out)


def signature(product: Detected):
    """What ``check`` reads from a product: its actives (windows, kinds, sunscreen, pregnancy marks)."""
    return (product.from_name_only, tuple((m.ingredient, m.via) for m in product.matches if m.active))


def applies(ctx: Context) -> bool:
    """Whether ``check`` can say anything at all: only for a pigmentation-prone profile."""
    return bool(ctx.profile.pigment_risk)


def check(ctx: Context) -> Iterator[Finding]:
    if not applies(ctx):
        return
    if not any(m.ingredient.cls == "sunscreen" for p in ctx.products for m in p.actives()):
        yield _no_sunscreen(ctx)
    for needling in ctx.needling_dates:
        if ctx.on <= needling + timedelta(days=int(SUN_AVOID_AFTER_DAYS.value)):
            yield _sun(ctx, needling)
        steps, left_out = reintroduction(ctx.products, needling, ctx.needling_dates, ctx.profile)
        last = max((s.day for s in steps), default=needling)
        if ctx.on > last + timedelta(days=14):
            continue
        calm = _calm(ctx, needling)
        if calm is not None:
            yield calm
        if steps or left_out:
            yield _order(steps, left_out, needling)


def _who(profile: Profile) -> str:
    if profile.pih_prone and profile.skin_type:
        return f"pigmentation-prone skin (skin type {profile.as_dict()['skin_type']}, prone to PIH)"
    if profile.skin_type:
        return f"skin type {profile.as_dict()['skin_type']} (higher risk of darkening after needling)"
    return "skin prone to post-inflammatory hyperpigmentation"


def _sun(ctx: Context, needling: date) -> Finding:
    before, after = int(SUN_AVOID_BEFORE_DAYS.value), int(SUN_AVOID_AFTER_DAYS.value)
    start, end = needling - timedelta(days=before), needling + timedelta(days=after)
    spf_from = needling + timedelta(days=SUNSCREEN_FROM_DAY)
    inside = start <= ctx.on <= end
    return Finding(
        code="AD004", kind="advice", severity=Severity.CAUTION if inside else Severity.INFO,
        products=(), ingredients=(),
        message=(f"For {_who(ctx.profile)}, sun is the main trigger of darkening after needling on "
                 f"{show(needling)}: avoid sun and tanning from {show(start)} (2 weeks before) to "
                 f"{show(end)} (4 weeks after), and use a mineral sunscreen SPF 30+ from {show(spf_from)}."),
        advice=("Mineral (zinc oxide/titanium dioxide) SPF 30+ every morning from the day after, "
                "reapplied every 2 hours outdoors; shade, a hat; no tanning beds. Sunburned skin is "
                "not treated: tell the clinic and reschedule."),
        evidence="PROTO (clinic protocols, conservative end) + seed articles", sources=_SUN_SOURCES,
    )


def _no_sunscreen(ctx: Context) -> Finding:
    return Finding(
        code="AD005", kind="advice", severity=Severity.CAUTION, products=(), ingredients=(),
        message=(f"No sunscreen in the routine, for {_who(ctx.profile)}: sun protection is the first "
                 f"way to prevent darkening after needling, and retinoids and acids make the skin "
                 f"more sun-sensitive."),
        advice=("Add a broad-spectrum SPF 30+ every morning — a mineral one (zinc oxide/titanium "
                "dioxide) around needling, from the day after."),
        evidence="PROTO + seed articles", sources=_NO_SPF_SOURCES,
    )


def _calm(ctx: Context, needling: date) -> Finding | None:
    longer = []
    for product in ctx.products:
        ms = [m for m in product.timed_actives() if lengthened_for_pih(m)]
        if ms:
            longer.append((product, ms))
    if not longer:
        return None
    days = int(PIH_EXFOLIANT_PAUSE.value)
    start, end = needling - timedelta(days=days), needling + timedelta(days=days)
    what = "; ".join(f"{p.name} ({listing(names(ms))})" for p, ms in longer)
    return Finding(
        code="AD006", kind="advice", severity=Severity.INFO,
        products=tuple(p.name for p, _ in longer), ingredients=names(m for _, ms in longer for m in ms),
        message=(f"Irritation drives darkening (PIH), so for {_who(ctx.profile)} the exfoliating "
                 f"products pause at least {days} days each side of needling on {show(needling)}: "
                 f"not from {show(start)} until {show(end)} at the earliest: {what}."),
        advice=("The pause dates above already use these longer windows. Bring them back only when "
                "the skin is calm (no redness, stinging or flaking)."),
        evidence="PROTO (conservative end of the clinics' range) + seed articles", sources=_CALM_SOURCES,
    )


def _order(steps: tuple[Step, ...], left_out: tuple[str, ...], needling: date) -> Finding:
    parts = [f"{s.number}) from {show(s.day)}: {s.product} ({listing(s.ingredients)}) — {s.how}" for s in steps]
    message = (f"After needling on {show(needling)}, bring actives back one at a time, gentlest first: "
               + ("; ".join(parts) if parts else "nothing to bring back") + ".")
    if left_out:
        message += (f" Not while pregnant or breastfeeding: {listing(left_out)} (see PG001).")
    return Finding(
        code="AD007", kind="advice", severity=Severity.INFO, products=tuple(s.product for s in steps),
        ingredients=tuple(dict.fromkeys(i for s in steps for i in s.ingredients)),
        message=message,
        advice=("Move to the next step only if the skin is calm (no redness, stinging or flaking); "
                "irritation drives darkening. Keep mineral SPF 30+ every morning."),
        evidence="PROTO (resume dates) + seed articles; order and spacing JUDGEMENT", sources=_ORDER_SOURCES,
    )
