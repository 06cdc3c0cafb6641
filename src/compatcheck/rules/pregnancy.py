"""Pregnant or breastfeeding (``--pregnant``, ``--breastfeeding``): what to avoid, and needling itself.

* ``PG001`` a product holds an ingredient the table's ``pregnancy`` column marks
  ``avoid`` (``avoid``): every retinoid — retinyl esters such as retinyl
  palmitate included — and hydroquinone (relatively high systemic absorption)
  [C33, C34]; tazarotene is cited as pregnancy category X and tretinoin D [C35];
  ``caution`` where it marks ``caution`` (tea tree and lavender oils [C33]).
* ``PG002`` microneedling itself (``avoid``): providers list pregnancy and
  nursing as a contraindication [C27, C21, C7]. Reported whenever the profile
  says pregnant or breastfeeding.
* ``PG003`` a product holds an ingredient the table marks ``ok`` (``info``):
  azelaic acid is described as pregnancy-compatible [C34, C36] — said so that
  the rest of the routine is not read as "everything must go".

The same marks are used for breastfeeding: the sources speak of pregnancy and
nursing together [C33, C27]; for breastfeeding alone they are thinner (no data
either way), so the advice is to ask the doctor.
"""

from __future__ import annotations

from typing import Iterator

from compatcheck.model import Detected, Finding, Profile, Severity
from compatcheck.rules import Context, Rule, listing, names

SCOPE = "group"

_AVOID_SOURCES = ("C33", "C34", "C35", "P20")
_NEEDLING_SOURCES = ("C27", "C21", "C7")
_OK_SOURCES = ("C34", "C36")

RULES = (
    Rule("PG001", "pregnancy-avoid-ingredient", "advice", "avoid (caution where the table says so)",
         "Pregnant or breastfeeding: a product holds an ingredient the sources say to avoid "
         "(retinoids incl. retinyl esters, hydroquinone...).",
         "PROTO/EXP (clinician pages) + PR (review of topical products in pregnancy)", _AVOID_SOURCES),
    Rule("PG002", "pregnancy-microneedling", "advice", "avoid",
         "Pregnant or breastfeeding: providers list microneedling itself as contraindicated.",
         "PROTO (provider contraindication lists)", _NEEDLING_SOURCES),
    Rule("PG003", "pregnancy-compatible", "advice", "info",
         "Pregnant or breastfeeding: an ingredient the sources describe as compatible (azelaic acid).",
         "EXP (pages citing the AAD)", _OK_SOURCES),
)

_WHY = {
    "retinoid": "retinoids, retinyl esters included, are avoided in pregnancy and while nursing",
    "hydroquinone": "hydroquinone is avoided (relatively high absorption through the skin)",
}


def _state(profile: Profile) -> str:
    if profile.pregnant and profile.breastfeeding:
        return "pregnant and breastfeeding"
    return "pregnant" if profile.pregnant else "breastfeeding"


def signature(product: Detected):
    """What ``check`` reads from a product: its matches that carry a pregnancy mark."""
    sig = tuple((m.ingredient, m.via, m.active) for m in product.matches if m.ingredient.pregnancy)
    return sig or None


def _marked(product: Detected, mark: str):
    # Retinoids count at any level (a trace of retinyl palmitate is still a retinoid), but not a name's word
    # that a whole list rules out (a ``Retinol Eye Balm`` with no retinoid: see IN008).
    return tuple(m for m in product.matches if m.ingredient.pregnancy == mark
                 and (m.active or m.ingredient.cls == "retinoid" and not m.ruled_out))


def applies(ctx: Context) -> bool:
    """Whether ``check`` can say anything at all: only when pregnant or breastfeeding."""
    return bool(ctx.profile.pregnancy)


def check(ctx: Context) -> Iterator[Finding]:
    profile = ctx.profile
    if not applies(ctx):
        return
    state = _state(profile)
    for product in ctx.products:
        for mark, severity in (("avoid", Severity.AVOID), ("caution", Severity.CAUTION)):
            ms = _marked(product, mark)
            if not ms:
                continue
            why = [_WHY[c] for c in dict.fromkeys(m.ingredient.cls for m in ms) if c in _WHY]
            if not why:
                why = ["the sources flag it in pregnancy"]
            yield Finding(
                code="PG001", kind="advice", severity=severity, products=(product.name,),
                ingredients=names(ms),
                message=(f"{product.name} contains {listing(names(ms))}: while {state}, "
                         f"{'; '.join(why)}."),
                advice=("Stop it and ask your doctor or midwife before using it again."
                        if severity == Severity.AVOID else
                        "Ask your doctor or midwife whether to keep using it."),
                evidence="PROTO/EXP (clinician pages) + PR (review of topical products in pregnancy)",
                sources=tuple(dict.fromkeys(_AVOID_SOURCES + tuple(
                    s for m in ms for s in m.ingredient.sources if s in ("C33", "C34", "C35")))),
            )
        ok = _marked(product, "ok")
        if ok:
            yield Finding(
                code="PG003", kind="advice", severity=Severity.INFO, products=(product.name,),
                ingredients=names(ok),
                message=(f"{product.name} contains {listing(names(ok))}, described as compatible with "
                         f"pregnancy."),
                advice="Fine to keep, as far as the sources go; mention it to your doctor.",
                evidence="EXP (pages citing the AAD)", sources=_OK_SOURCES,
            )
    dates = ", ".join(d.isoformat() for d in ctx.needling_dates)
    yield Finding(
        code="PG002", kind="advice", severity=Severity.AVOID, products=(), ingredients=(),
        message=(f"Providers list microneedling itself as contraindicated while {state}"
                 + (f" (planned: {dates})." if dates else ".")),
        advice="Talk to your provider and your doctor before booking; most postpone treatment until after.",
        evidence="PROTO (provider contraindication lists)", sources=_NEEDLING_SOURCES,
    )
