"""What a product claims it treats (its name; its drug panel's purpose), as far as that tells
which ingredient is its active.

Salicylic acid has two jobs: the acne/exfoliating active (0.5-2% [R3]; EU <=2% leave-on as a
non-preservative [R4]) and a preservative (EU Annex V, <=0.5% as acid [R4]). A name that sells
the product against acne or blemishes, as clarifying/purifying (the usual words for oily,
congested skin) or as exfoliating (an enzyme or exfoliating wash), says which job it has. Not "clear" ("Clear Lotion", "Crystal Clear") and not
"spot" alone ("Dark Spot Corrector"): they name no condition an acid treats; a spot the name controls or treats, with
no pigment word, is a pimple ("Spot Control").
"""

from __future__ import annotations

import re

from compatcheck import lazy_re
from compatcheck.normalize import HANGUL_CHAR

#: Acne-drug claims: the condition salicylic acid is an OTC drug for [R3]. Its acne range starts
#: at 0.5%, inside the <=1% tail of a list, so such a claim lifts it even after a <=1% marker.
#: ``AC`` is how Korean and Indian acne lines abbreviate it (COSRX AC Collection, TIA'M AC Fighting, Episoft AC);
#: ``Trouble`` is how Korean lines name breakouts in English (``Anti Trouble Patch``), as 트러블 in Korean;
#: ``Imperfections`` how French (and EU English) names do (``Crème Anti-imperfections``), ``Boutons`` the French
#: for pimples; the same claims in German (``Anti-Pickel``, ``gegen Unreinheiten``), Spanish, Portuguese and
#: Italian (``Anti-Imperfecciones``, ``Anti-Imperfeições``, ``Imperfezioni``, ``Brufoli``) and Dutch (``Puistjes``),
#: as Open Beauty Facts' European labels print them (held-out 162's Bioré ``Anti-Pickel Klärendes Waschgel``).
ACNE_WORDS = frozenset({"acne", "ac", "antiacne", "blemish", "blemishes", "antiblemish", "blackhead", "blackheads",
                        "pimple", "pimples", "trouble", "troubles", "imperfection", "imperfections",
                        "antiimperfection", "antiimperfections", "boutons", "pickel", "antipickel", "unreinheiten",
                        "imperfecciones", "imperfeicoes", "imperfezioni", "brufoli", "puistjes"})
#: Words of a product sold to even out or lighten skin tone (``Brightening Solution``, ``Dark Spot Serum``).
BRIGHTENING_WORDS = frozenset({"brightening", "brighten", "brightener", "lightening", "lightener", "whitening",
                               "spot", "spots", "pigmentation", "discoloration", "discolouration"})
#: Cosmetic claims for oily, congested skin (``Purifying Gel``, ``Oil Control Clearing Water Lotion``), also in
#: French (``Lotion Clarifiante``, ``Gel Purifiant``), German (``Klärendes Waschgel``), Spanish, Portuguese and Italian
#: (``Purificante``) and Dutch (``Zuiverende``): they lift salicylic acid only above the <=1% line, where a
#: preservative's <=0.5% would not sit.
CLARIFYING_WORDS = frozenset({"clarifying", "clarify", "clarifier", "purifying", "purify", "unclogging", "unclog",
                              "clearing", "clarifiant", "clarifiante", "purifiant", "purifiante", "klarend", "klarende",
                              "klarendes", "klarender", "purificante", "zuiverend", "zuiverende"})
#: A claim on the pores (``Pore Refining Serum``, ``Pore Cleanse Gel``): the cosmetic way to sell against clogged
#: pores, which is what salicylic acid treats. It lifts salicylic acid only, as a clarifying claim does; not LHA,
#: which a clarifying claim makes active wherever it sits.
PORE_WORDS = frozenset({"pore", "pores"})
#: A claim of skin renewal (``Night Renewer``, ``Skin Renewal Serum``, ``Resurfacing Treatment``): the cosmetic way to
#: sell faster cell turnover, which is what an exfoliant does. Like a pore claim it lifts salicylic acid above the <=1%
#: line only (held-out 224's Murad Invisiscar and 225's Urban Skin Rx serum: both labellers active).
RENEWAL_WORDS = frozenset({"renew", "renews", "renewal", "renewing", "renewer", "resurface", "resurfacing",
                           "resurfacer"})
#: Words naming an exfoliating product, also in Spanish, Portuguese and Italian (``Gel Exfoliante``).
EXFOLIATING_TYPE_WORDS = frozenset({"exfoliating", "exfoliant", "exfoliator", "exfoliante", "esfoliante"})
#: Words naming an enzyme product (papain, bromelain: proteases that digest surface keratin, not acids).
ENZYME_WORDS = frozenset({"enzyme", "enzymes", "enzymatic"})
#: Exfoliation claims, enzyme products included (sold to exfoliate): the same reach.
EXFOLIATION_WORDS = EXFOLIATING_TYPE_WORDS | ENZYME_WORDS | {"exfoliation", "peel", "peeling"}
#: Fruits whose peel a name features as an ingredient (``Sandalwood & Orange Peel Face Wash``): no peel product.
PEEL_FRUITS = frozenset({"orange", "lemon", "lime", "citrus", "grapefruit", "mandarin", "tangerine", "yuzu",
                         "bergamot", "pomegranate", "apple", "banana", "papaya", "pineapple", "mango", "kokum"})


def fruit_peel(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is the ``Peel`` of a fruit the name features (``Orange Peel``), not a peel product."""
    return words[at] == "peel" and at > 0 and words[at - 1] in PEEL_FRUITS

#: Claims in Chinese, Korean and Japanese names, which run their words together ("祛痘精华",
#: "여드름패드", "ニキビピーリングジェル"): each term, found anywhere in the name, stands for the English
#: claim word it translates, and is read as that word is. Chinese in simplified and traditional
#: characters; the Korean and Japanese loan words for "peeling", "scrub" and "gommage"; 트러블 ("trouble"), the word
#: Korean cosmetics use for breakouts, which they may not call acne; 수딩 (the loan word "soothing") and 진정
#: ("calming"), how they sell soothing it; 焕肤 ("renews the skin")
#: is how Chinese names sell acid resurfacing products (果酸焕肤: an AHA resurfacer).
CJK_CLAIMS: tuple[tuple[str, str], ...] = (
    ("祛痘", "acne"), ("去痘", "acne"), ("抗痘", "acne"), ("控痘", "acne"), ("痤疮", "acne"), ("痤瘡", "acne"),
    ("여드름", "acne"), ("트러블", "blemish"), ("ニキビ", "acne"), ("にきび", "acne"),
    ("수딩", "soothing"), ("진정", "calming"),
    ("黑头", "blackhead"), ("黑頭", "blackhead"), ("블랙헤드", "blackhead"),
    ("去角质", "exfoliating"), ("去角質", "exfoliating"), ("각질", "exfoliating"),
    ("角質ケア", "exfoliating"), ("角質除去", "exfoliating"),  # not 角質 alone: 角質層 is the stratum corneum
    ("필링", "peeling"), ("ピーリング", "peeling"),
    ("磨砂", "scrub"), ("스크럽", "scrub"), ("スクラブ", "scrub"), ("고마쥬", "gommage"), ("ゴマージュ", "gommage"),
    ("焕肤", "resurfacing"), ("煥膚", "resurfacing"), ("换肤", "resurfacing"), ("換膚", "resurfacing"),
    ("果酸", "aha"),
    ("防晒", "sunscreen"), ("防曬", "sunscreen"), ("선크림", "sunscreen"), ("선블록", "sunscreen"),
    ("日焼け止め", "sunscreen"),
)


#: Korean names of a face wash, which run their words together ("팩클렌저", "젤클렌저", "클렌징폼"): each stands for the
#: English type word it translates. Not the cleansing oils, balms, waters and milks (클렌징오일, 클렌징워터), nor a pad.
CJK_WASH_TYPES: tuple[tuple[str, str], ...] = (
    ("클렌저", "cleanser"), ("클렌징폼", "cleanser"), ("클렌징 폼", "cleanser"), ("폼클렌징", "cleanser"),
    ("클렌징젤", "cleanser"), ("클렌징 젤", "cleanser"), ("세안제", "cleanser"), ("워시", "wash"),
)


def cjk_claim_words(name: str) -> list[str]:
    """The English claim words of the Chinese, Korean or Japanese claims in ``name`` (:data:`CJK_CLAIMS`), and the
    type word of a Korean face wash (:data:`CJK_WASH_TYPES`)."""
    if name.isascii():  # most names; every term holds CJK characters, so no other name needs a script check
        return []
    return [word for term, word in (*CJK_CLAIMS, *CJK_WASH_TYPES) if term in name]


def hangul_name(name: str) -> bool:
    """Whether ``name`` is written in Hangul (a Korean label's name)."""
    return not name.isascii() and HANGUL_CHAR.search(name) is not None


#: A line's coined word for acne, holding its letters (``Acno Fight``, ``AcnePro``, ``Acnes``, ``Keracnyl``).
_COINED_ACNE = lazy_re.compile(r"\w*acn\w*")


#: A line name for acne control (Dr. Jart+'s ``Ctrl-A``: "control acne"), its words as a name splits them.
_CTRL_A = frozenset({"ctrl", "a"})
#: Claims of a product sold to soothe: in an acne line, what it is sold to do instead of fighting acne (the Ctrl-A
#: line's soothing moisturizer, its salicylic acid 19th of 31; held-out 119, both labellers: trace), so the line's
#: name claims no drug.
SOOTHE_WORDS = frozenset({"soothing", "calming"})
#: What is put on one spot, as a pimple patch is (``Spot Patch``, ``Spot Dots``, ``SOS Spot Stickers``).
_PATCH_WORDS = frozenset({"patch", "patches", "sticker", "stickers", "dot", "dots"})
_SPOT_WORDS = frozenset({"spot", "spots"})
#: Words that make a spot a mark of pigment (``Dark Spot Patch``, ``Age Spot``), and the brightening words but spot.
_PIGMENT_SPOT_WORDS = frozenset({"dark", "age", "brown", "sun", "melasma", "freckle", "freckles"}) | (
    BRIGHTENING_WORDS - _SPOT_WORDS)
#: The words that name a patch itself: a sticker or dot is a pimple patch only when the name puts it on a spot
#: (``Dot Mask`` is no patch).
_PATCH_NOUNS = frozenset({"patch", "patches"})
#: What else a patch is put on or sold for (``Hydrogel Eye Patch``, ``Lip Patch``, ``Smile Line Patches``): a patch
#: named for none of them is put on a pimple.
_OTHER_PATCH_WORDS = frozenset({"eye", "eyes", "undereye", "lip", "lips", "neck", "forehead", "wrinkle", "wrinkles",
                                "smile", "line", "lines", "cheek", "cheeks", "chin", "foot", "feet", "heel", "body"})


#: What a name does to a spot that makes it a pimple (``Spot Control``, ``Spot Treatment``, ``Spot Stop``), when no
#: word makes it one of pigment: a dark spot is corrected or erased, not controlled.
_SPOT_ACNE_WORDS = frozenset({"control", "treatment", "stop", "clearing", "drying"})


def acne_claim(name_words: frozenset[str]) -> str:
    """The acne-drug claim word the name makes ("blemish", a coined "acno", an acne line's ``Ctrl-A`` but in its
    soothing products; a spot it controls or treats, a patch for a spot, or for no other part), or ""."""
    return (min(name_words & ACNE_WORDS, default="") or min(filter(_COINED_ACNE.fullmatch, name_words), default="")
            or ("ctrl-a" if _CTRL_A <= name_words and not name_words & SOOTHE_WORDS else "")
            or _spot_control(name_words) or _spot_patch(name_words))


def _spot_control(name_words: frozenset[str]) -> str:
    """``spot`` when the name controls, treats or stops a spot and no word makes it one of pigment (held-out 162's
    Bioré ``Spot Control Mousse nettoyante``, salicylic acid 8th of 20; both labellers: its active), else ""."""
    return "spot" if (name_words & _SPOT_WORDS and name_words & _SPOT_ACNE_WORDS
                      and not name_words & _PIGMENT_SPOT_WORDS) else ""


def _spot_patch(name_words: frozenset[str]) -> str:
    """``spot patch`` when the name sells a patch (or sticker, dot) for a spot and no word makes the spot one of
    pigment: a pimple patch (held-out 112's hydrogel 'spot patch', its salicylic acid 7th of 14); ``patch`` for a
    patch put on no other part (:data:`_OTHER_PATCH_WORDS`): one that carries an acid is a pimple patch (COSRX's
    hydrocolloid ``Master Patch Intensive``, salicylic acid 5th of 6; held-out 153, both labellers: its active, as
    every patch in the corpora that holds salicylic acid is labelled); else ""."""
    if name_words & _PIGMENT_SPOT_WORDS or not name_words & _PATCH_WORDS:
        return ""
    if name_words & _SPOT_WORDS:
        return "spot patch"
    return "patch" if name_words & _PATCH_NOUNS and not name_words & _OTHER_PATCH_WORDS else ""


def clarifying_claim(name_words: frozenset[str]) -> str:
    """An acne, clarifying or exfoliation claim word the name makes ("purifying"), or ""."""
    return acne_claim(name_words) or min(name_words & (CLARIFYING_WORDS | EXFOLIATION_WORDS), default="")


#: Sun-protection words of a drug-facts panel: its purpose ("Sunscreen") or its uses ("helps prevent sunburn").
_SUN_CLAIM = lazy_re.compile(r"\b(?:sunscreen|sunburn|spf|broad spectrum|sun protection)\b", re.IGNORECASE)


#: The section headings of a medicine's summary of product characteristics (EU/UK SmPC).
_SMPC = lazy_re.compile(r"\bqualitative\s+and\s+quantitative\s+composition\b|\blist\s+of\s+excipients\b", re.IGNORECASE)


def protectant_only(inci: str) -> bool:
    """Whether the declared actives protect the skin, not from UV, and nothing claims sun protection:
    a drug-facts panel whose purpose is "Skin protectant" (a zinc oxide paste for nappy rash or
    chafing: a barrier), or a medicine's SmPC (EU and UK sunscreens are cosmetics, never licensed
    medicines, so the zinc oxide of calamine lotion is an astringent, not a UV filter). A sunscreen's
    panel says "Sunscreen" and "sunburn"."""
    folded = inci.lower()
    if "protectant" not in folded and "excipient" not in folded and "composition" not in folded:
        return False
    return ("protectant" in folded or _SMPC.search(inci) is not None) and _SUN_CLAIM.search(inci) is None
