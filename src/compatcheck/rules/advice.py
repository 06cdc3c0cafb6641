"""What to do and use around the needling day itself.

* ``AD001`` post-care, for each needling date not long past: plain
  hyaluronic acid right after (within hours), mineral sunscreen SPF 30+ from the
  day after, and sun avoidance. Names the products of the routine that qualify
  ("plain" = a recommended post-care ingredient and nothing with a pause window
  and nothing unrecognised), or says that none does.
* ``AD002`` (nothing but post-care on the needling day) lives in
  :mod:`compatcheck.rules.needling_day`.
* ``AD003`` no needling date given: only combinations were checked.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator

from compatcheck.dates import show
from compatcheck.model import Detected, Finding, Severity
from compatcheck.rules import Context, Rule, listing

_POSTCARE_SOURCES = ("C23", "C10", "C11", "C15", "C12", "C17", "C32", "C24")
#: How long after a needling date the post-care advice is still worth giving
#: (and, in ``plan``, how long post-care products are marked as recommended).
POSTCARE_DAYS = 14
#: Mineral sunscreen from this many days after needling (none on the day itself).
SUNSCREEN_FROM_DAY = 1

SCOPE = "group"
READS = ("needling_dates", "on")  # the dates and the day; not the profile

RULES = (
    Rule("AD001", "post-care", "advice", "info",
         "What to use right after needling: plain hyaluronic acid; mineral SPF 30+ from day 1.",
         "PROTO (clinic and device-maker aftercare sheets)", _POSTCARE_SOURCES),
    Rule("AD003", "no-needling-date", "advice", "info",
         "No needling date was given, so no timing was checked.", "—", ()),
)


def is_plain_postcare(product: Detected, cls: str) -> bool:
    """Holds a recommended post-care ingredient of ``cls`` and nothing that needs a pause."""
    has = any(m.active and m.ingredient.recommended_after and m.ingredient.cls == cls
              for m in product.matches)
    clean = not any(m.active and m.ingredient.has_window and not m.ingredient.recommended_after
                    for m in product.matches)
    return has and clean and not product.unrecognized


def recommended_after(product: Detected) -> tuple[str, ...]:
    """The post-care roles ``product`` fills: ``hyaluronic_acid`` (plain HA), ``sunscreen`` (mineral only)."""
    roles = []
    if is_plain_postcare(product, "hyaluronic_acid"):
        roles.append("hyaluronic_acid")
    if _mineral_only(product):
        roles.append("sunscreen")
    return tuple(roles)


def skips_needling_day(product: Detected, needling: date | None = None) -> bool:
    """AD002: on a needling day ``product`` is skipped (nothing but post-care).

    Products with a pause window of their own are left to the timing rule; they
    have one around every date, so the answer is the same for every ``needling``.
    """
    if is_plain_postcare(product, "hyaluronic_acid"):
        return False
    return not product.timed_actives()


def signature(product: Detected):
    """What ``check`` reads from a product: its post-care roles (``None``: it has none)."""
    has_ha = any(m.active and m.ingredient.cls == "hyaluronic_acid" for m in product.matches)
    mineral = _mineral_only(product)
    if not (has_ha or mineral):
        return None
    return (is_plain_postcare(product, "hyaluronic_acid"), has_ha, product.from_name_only, mineral)


def _mineral_only(product: Detected) -> bool:
    filters = [m for m in product.matches if m.active and m.ingredient.cls == "sunscreen"]
    return bool(filters) and all("mineral_filter" in m.ingredient.tags for m in filters)


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.needling_dates:
        yield Finding(
            code="AD003", kind="advice", severity=Severity.INFO, products=(), ingredients=(),
            message="No needling date given: only the combinations in the routine were checked.",
            advice="Add --needling-date YYYY-MM-DD (repeat it for a series) to get pause and resume dates.",
            evidence="—", sources=(),
        )
        return
    for needling in ctx.needling_dates:
        if ctx.on > needling + timedelta(days=POSTCARE_DAYS):
            continue
        yield postcare(ctx.products, needling)


def postcare(products: tuple[Detected, ...], needling: date) -> Finding:
    """AD001 for one needling date: what to use right after, naming the products that fit."""
    ha = [p.name for p in products if is_plain_postcare(p, "hyaluronic_acid")]
    has_ha = [p for p in products
              if any(m.active and m.ingredient.cls == "hyaluronic_acid" for m in p.matches)]
    mineral = [p.name for p in products if _mineral_only(p)]
    day1 = needling + timedelta(days=SUNSCREEN_FROM_DAY)
    named = [p.name for p in products if p.from_name_only and p.name in ha]
    ha = [name for name in ha if name not in named]
    if ha:
        ha_text = f"your {listing(ha)} fits (plain hyaluronic acid)"
    elif named:
        ha_text = (f"{listing(named)} looks like a hyaluronic acid serum from its name; it fits if it is "
                   f"plain and fragrance-free")
    elif has_ha:
        ha_text = (f"{listing(p.name for p in has_ha)} holds hyaluronic acid but also other ingredients "
                   f"(or some not recognised), so it is not plain; use a plain, fragrance-free HA serum "
                   f"or the clinic's kit")
    else:
        ha_text = "none of your products is a plain hyaluronic acid serum; use one or the clinic's kit"
    sun_text = (f"your {listing(mineral)} is a mineral sunscreen" if mineral
                else "none of your products is a mineral-only sunscreen; get one (zinc oxide/titanium dioxide)")
    return Finding(
        code="AD001", kind="advice", severity=Severity.INFO,
        products=tuple(dict.fromkeys(ha + mineral)), ingredients=(),
        message=(f"After needling on {show(needling)}: plain hyaluronic acid right after "
                 f"({ha_text}); mineral sunscreen SPF 30+ from {show(day1)} ({sun_text})."),
        advice=("Keep it simple: plain HA, a gentle cleanser, mineral SPF 30+ reapplied every 2 hours "
                "outdoors, and avoid the sun; no makeup for 24 hours."),
        evidence="PROTO (clinic and device-maker aftercare sheets)", sources=_POSTCARE_SOURCES,
    )
