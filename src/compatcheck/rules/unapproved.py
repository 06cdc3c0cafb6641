"""Products no regulator has approved: exosomes.

* ``AD008`` a product holds an ingredient the table tags ``unapproved``
  (``caution``): exosomes. The FDA has approved no exosome product and warned
  about their marketing [R7]; on skin they are a regulatory grey zone [C38].
  Sold like growth factors [C5], they are the add-on some clinics apply to
  freshly needled skin, where only sterile products made for the procedure
  belong [P5, C24]. Whatever the dates, the product is named so the person can
  ask the clinic; its timing around a needling date is ``TM001``/``TM002``'s.
"""

from __future__ import annotations

from typing import Iterator

from compatcheck.model import Detected, Finding, Severity
from compatcheck.rules import Context, Rule, listing, names

#: Each product's warning depends on that product alone.
SCOPE = "product"
READS = ()  # neither the dates, the day nor the profile

TAG = "unapproved"
_SOURCES = ("R7", "C38", "C5", "P5", "C24")
_EVIDENCE = "REG (FDA safety notice: no approved exosome product) + JUDGEMENT (never on needled skin)"

RULES = (
    Rule("AD008", "unapproved-product", "advice", "caution",
         "A product holds an ingredient with no approved product (exosomes): never on needled skin.",
         _EVIDENCE, _SOURCES),
)


def _unapproved(product: Detected):
    # at any level, but not a name's word that a whole list rules out (IN008 says so)
    return tuple(m for m in product.matches if TAG in m.ingredient.tags and not m.ruled_out)


def signature(product: Detected):
    """What ``check`` reads from a product: its matches tagged ``unapproved``."""
    return tuple((m.ingredient, m.via) for m in _unapproved(product)) or None


def check(ctx: Context) -> Iterator[Finding]:
    for product in ctx.products:
        found = _unapproved(product)
        if not found:
            continue
        what = listing(names(found))
        yield Finding(
            code="AD008", kind="advice", severity=Severity.CAUTION, products=(product.name,),
            ingredients=names(found),
            message=(f"{product.name} contains {what}: the FDA has approved no exosome product, "
                     f"and on skin they are a regulatory grey zone."),
            advice=("Never apply it to needled skin, and do not let it be applied under the needle "
                    "unless it is a sterile product made for the procedure: ask your clinic what it uses."),
            evidence=_EVIDENCE, sources=_SOURCES,
            inferred=any(m.via == "fuzzy" for m in found),
        )
