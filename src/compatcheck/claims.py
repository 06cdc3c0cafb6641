"""What a product claims it treats (its name; its drug panel's purpose), as far as that tells
which ingredient is its active.

Salicylic acid has two jobs: the acne/exfoliating active (0.5-2% [R3]; EU <=2% leave-on as a
non-preservative [R4]) and a preservative (EU Annex V, <=0.5% as acid [R4]). A name that sells
the product against acne or blemishes, as clarifying/purifying (the usual words for oily,
congested skin) or as exfoliating (an enzyme or exfoliating wash), says which job it has. Not "clear" ("Clear Lotion", "Crystal Clear") and not
"spot" ("Dark Spot Corrector"): they name no condition an acid treats.
"""

from __future__ import annotations

import re

#: Acne-drug claims: the condition salicylic acid is an OTC drug for [R3]. Its acne range starts
#: at 0.5%, inside the <=1% tail of a list, so such a claim lifts it even after a <=1% marker.
ACNE_WORDS = frozenset({"acne", "antiacne", "blemish", "blemishes", "antiblemish", "blackhead", "blackheads",
                        "pimple", "pimples"})
#: Cosmetic claims for oily, congested skin: they lift salicylic acid only above the <=1% line,
#: where a preservative's <=0.5% would not sit.
CLARIFYING_WORDS = frozenset({"clarifying", "clarify", "purifying", "purify"})
#: Words naming an exfoliating product, also in Spanish, Portuguese and Italian (``Gel Exfoliante``).
EXFOLIATING_TYPE_WORDS = frozenset({"exfoliating", "exfoliant", "exfoliator", "exfoliante", "esfoliante"})
#: Words naming an enzyme product (papain, bromelain: proteases that digest surface keratin, not acids).
ENZYME_WORDS = frozenset({"enzyme", "enzymes", "enzymatic"})
#: Exfoliation claims, enzyme products included (sold to exfoliate): the same reach.
EXFOLIATION_WORDS = EXFOLIATING_TYPE_WORDS | ENZYME_WORDS | {"exfoliation", "peel", "peeling"}


def acne_claim(name_words: frozenset[str]) -> str:
    """The acne-drug claim word the name makes ("blemish"), or ""."""
    return min(name_words & ACNE_WORDS, default="")


def clarifying_claim(name_words: frozenset[str]) -> str:
    """An acne, clarifying or exfoliation claim word the name makes ("purifying"), or ""."""
    return acne_claim(name_words) or min(name_words & (CLARIFYING_WORDS | EXFOLIATION_WORDS), default="")


#: Sun-protection words of a drug-facts panel: its purpose ("Sunscreen") or its uses ("helps prevent sunburn").
_SUN_CLAIM = re.compile(r"\b(?:sunscreen|sunburn|spf|broad spectrum|sun protection)\b", re.IGNORECASE)


def protectant_only(inci: str) -> bool:
    """Whether a drug-facts panel gives its actives the purpose "Skin protectant" and claims no sun
    protection anywhere: a zinc oxide paste for nappy rash or chafing, whose zinc oxide protects
    the skin as a barrier, not from UV (a sunscreen's panel says "Sunscreen" and "sunburn")."""
    return "protectant" in inci.lower() and _SUN_CLAIM.search(inci) is None
