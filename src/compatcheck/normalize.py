"""One normal form for ingredient names, used on both sides of every match.

Case, accents, hyphens, punctuation and spacing are folded so that
``Alpha-Arbutin``, ``ALPHA ARBUTIN`` and ``alpha‐arbutin`` meet. Names are compared
whole after this: never as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
#: Greek letters are part of names (α-Arbutin, β-Glucan): spell them out, never drop them.
_GREEK = str.maketrans({"α": " alpha ", "β": " beta ", "γ": " gamma ", "δ": " delta ",
                        "ω": " omega ", "µ": " micro ", "μ": " micro "})


@lru_cache(maxsize=1 << 16)  # a batch meets the same names in thousands of products
def normalise(name: str) -> str:
    """Fold ``name`` to lower-case ASCII words separated by single spaces."""
    if name.isascii():  # most names: no accents, Greek letters or ß to fold
        return _NON_WORD.sub(" ", name.lower()).strip()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("ß", "ss").translate(_GREEK)
    return _NON_WORD.sub(" ", text).strip()


def drop_parenthetical(name: str) -> str:
    """``Butyrospermum Parkii (Shea) Butter`` -> ``Butyrospermum Parkii Butter``."""
    return " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", name).split())
