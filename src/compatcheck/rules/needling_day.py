"""The needling day itself: nothing but post-care.

* ``AD002`` on the needling day, use nothing but post-care: the products with
  no pause window of their own (those are left to the timing rules) and that
  are not plain hyaluronic acid are skipped until the next day. The device maker
  says to wait at least one day before products not made for use after the
  procedure, as micro-channels stay open 20-plus hours. ``caution`` when the
  check date is the needling day, ``info`` before it; nothing after it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Iterator

from compatcheck.dates import show
from compatcheck.model import Detected, Finding, Severity
from compatcheck.rules import Context, Rule, listing
from compatcheck.rules.advice import skips_needling_day

_DAY_SOURCES = ("C24", "C18", "C9", "C10")

SCOPE = "group"
READS = ("needling_dates", "on")  # the dates and the day; not the profile

RULES = (
    Rule("AD002", "needling-day", "advice", "caution on the day, info before",
         "Nothing but post-care on the needling day.",
         "PROTO (device maker: wait at least one day before other products)", _DAY_SOURCES),
)


def signature(product: Detected):
    """``True`` for a product skipped on the needling day, else ``None``.

    Whether it is skipped does not depend on the date: a product with a pause
    window has one around every date.
    """
    return True if skips_needling_day(product) else None


def check(ctx: Context) -> Iterator[Finding]:
    for needling in ctx.needling_dates:
        if ctx.on > needling:
            continue
        day = _needling_day(ctx, needling)
        if day is not None:
            yield day


def _needling_day(ctx: Context, needling) -> Finding | None:
    skip = [product.name for product in ctx.products if skips_needling_day(product, needling)]
    if not skip:
        return None
    today = ctx.on == needling
    return Finding(
        code="AD002", kind="advice", severity=Severity.CAUTION if today else Severity.INFO,
        products=tuple(skip), ingredients=(),
        message=(f"On the needling day, {show(needling)}, use nothing but post-care: skip "
                 f"{listing(skip)} until {show(needling + timedelta(days=1))}."),
        advice="Micro-channels stay open for about a day: only plain hyaluronic acid or the clinic's kit.",
        evidence="PROTO (device maker: wait at least one day before other products)", sources=_DAY_SOURCES,
    )
