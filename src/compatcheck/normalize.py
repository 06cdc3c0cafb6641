"""One normal form for ingredient names, used on both sides of every match.

Case, accents, hyphens, punctuation and spacing are folded so that
``Alpha-Arbutin``, ``ALPHA ARBUTIN`` and ``alpha‐arbutin`` meet. Names are compared
whole after this: never as substrings. A name written only in Chinese characters (the
Chinese standard INCI names: ``香精``, ``烟酰胺``), in Hangul (the Korean standard
names: ``향료``, ``나이아신아마이드``) or in Japanese kana keeps them: it is compared whole too,
and so is one that glues a Latin letter or digit to them (``維生素A棕櫚酸酯``, ``ヒアルロン酸Na``,
``3-O-에틸아스코빅애씨드``). Older Korean spellings (``에칠``, ``에텔``, ``디``, ``트리``) are folded
into the current ones (``에틸``, ``에터``, ``다이``, ``트라이``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from compatcheck import lazy_re

_NON_WORD = lazy_re.compile(r"[^0-9a-z]+")
#: Han characters (CJK unified ideographs, extension A, compatibility ideographs).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Hangul syllables, as a character-class range: NFKD would cut each into its jamo, so a Hangul name is folded with
#: NFKC. Shared with the patterns that read Korean names (the splitter's, the naming schemes').
HANGUL = "\uac00-\ud7a3"
#: Japanese hiragana and katakana (with the prolonged sound mark): ``ヒアルロン酸Na``.
_KANA = "\u3040-\u30ff"
_CJK = f"{_HAN}{HANGUL}{_KANA}"
_CJK_CHAR = lazy_re.compile(f"[{_CJK}]")
_NON_CJK_WORD = lazy_re.compile(f"[^0-9a-z{_CJK}]+")
#: A Latin letter (or a Greek one, spelt out) or a digit glued to these characters, maybe across a hyphen: one
#: name in both scripts (``維生素A棕櫚酸酯``, ``ヒアルロン酸Na``, ``α-熊果苷``, ``C12-13알케스-9``), not a gloss beside one.
_GLUED_SCRIPTS = lazy_re.compile(f"[{_CJK}]-?[0-9a-zα-ω]|[0-9a-zα-ω]-?[{_CJK}]", re.IGNORECASE)
#: Korean names as labels printed them before the KCA dictionary's current spellings
#: (``에칠헥실글리세린``, ``에칠아스코빌에텔``, ``프로판디올``, ``카프릭트리글리세라이드``).
_OLD_HANGUL = (("에칠", "에틸"), ("메칠", "메틸"), ("에텔", "에터"), ("디", "다이"), ("트리", "트라이"))
_LATIN_LETTER = lazy_re.compile(r"[a-z]")
#: A Hangul syllable (Korean labels' names; shared by the splitter and the claims).
HANGUL_CHAR = lazy_re.compile(f"[{HANGUL}]")
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
    if _CJK_CHAR.search(cjk := unicodedata.normalize("NFKC", name)) and (
            not _LATIN_LETTER.search(folded) or _GLUED_SCRIPTS.search(cjk)):
        # a name in Chinese characters, Hangul or kana (digits allowed: 硬脂醇聚醚-25; Latin letters glued
        # to them: ヒアルロン酸Na): its characters are its words; a name beside a gloss in another script
        # ("香精 Fragrance") is read by its Latin words, as before
        return _cjk_words(cjk)
    return folded


#: An SPF claim glued to its figure in a product name: ``SPF30``, ``spf50``.
_GLUED_SPF = lazy_re.compile(r"\bspf(?=\d{1,3}\b)")


#: Acid class words glued together in a name (``AHABHA``, ``AHABHAPHA``).
_GLUED_CLASSES = lazy_re.compile(r"\b(?:aha|bha|pha|lha){2,4}\b")


def product_name_words(name: str) -> list[str]:
    """The words of a product name, an SPF claim glued to its figure (``SPF50``) read as the claim and the
    figure (``spf``, ``50``), and acid class words glued together (``AHABHA``) as each, as a name spacing
    them is."""
    words = _GLUED_SPF.sub("spf ", normalise(name))
    if "ha" in words:
        words = _GLUED_CLASSES.sub(lambda m: " ".join(re.findall("...", m.group())), words)
    return words.split()


def _cjk_words(cjk: str) -> str:
    text = _NON_CJK_WORD.sub(" ", cjk.casefold().translate(_GREEK)).strip()
    if HANGUL_CHAR.search(text):
        for old, new in _OLD_HANGUL:
            text = text.replace(old, new)
    return text


def drop_parenthetical(name: str) -> str:
    """``Butyrospermum Parkii (Shea) Butter`` -> ``Butyrospermum Parkii Butter``."""
    return " ".join(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", name).split())
