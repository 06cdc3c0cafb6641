"""One normal form for ingredient names, used on both sides of every match.

Case, accents, hyphens, punctuation and spacing are folded so that
``Alpha-Arbutin``, ``ALPHA ARBUTIN`` and ``alpha‐arbutin`` meet. Names are compared
whole after this: never as substrings. A name written only in Chinese characters (the
Chinese standard INCI names: ``香精``, ``烟酰胺``) or only in Hangul (the Korean standard
names: ``향료``, ``나이아신아마이드``) keeps them: it is compared whole too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
#: Han characters (CJK unified ideographs, extension A, compatibility ideographs).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Hangul syllables: NFKD would cut each into its jamo, so a Hangul name is folded with NFKC.
_HANGUL = "\uac00-\ud7a3"
_CJK_CHAR = re.compile(f"[{_HAN}{_HANGUL}]")
_NON_CJK_WORD = re.compile(f"[^0-9{_HAN}{_HANGUL}]+")
_LATIN_LETTER = re.compile(r"[a-z]")
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
    folded = _NON_WORD.sub(" ", text).strip()
    if not _LATIN_LETTER.search(folded) and _CJK_CHAR.search(cjk := unicodedata.normalize("NFKC", name)):
        # a name in Chinese characters or Hangul only (digits allowed: 硬脂醇聚醚-25): its characters
        # are its words; a name in both scripts ("香精 Fragrance") is read by its Latin words, as before
        return _NON_CJK_WORD.sub(" ", cjk).strip()
    return folded


def drop_parenthetical(name: str) -> str:
    """``Butyrospermum Parkii (Shea) Butter`` -> ``Butyrospermum Parkii Butter``."""
    return " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", name).split())
