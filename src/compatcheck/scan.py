"""Known names inside a run of words: product names, and list items whose separators were lost.

Matching stays whole-word: a name is found only as a complete run of words
(``glycolic acid`` in ``Glycolic Acid Ultrapure tm``), never inside a word.
"""

from __future__ import annotations

from compatcheck.model import Ingredient

#: Quality and origin words put before a common name: ``organic lemon essential oil``.
DESCRIPTORS = frozenset({
    "organic", "certified", "natural", "pure", "purified", "deionized", "wild", "wildcrafted", "crafted",
    "cold", "pressed", "extra", "virgin", "dried",
    # a raw material's form or grade (USP 'Hydrous Benzoyl Peroxide', 'Micronized Salicylic Acid', 'Buffered
    # Glycolic Acid', 'Stabilized Hydroquinone', 'Kojic Acid Globules'): the same ingredient
    "hydrous", "micronised", "micronized", "buffered", "stabilised", "stabilized", "encapsulated", "globules",
    # a page's name for a blend built on one (held-out 168's "Apple cider vinegar + Glycolic Acid Complex")
    "complex",
})
#: Where a natural raw material comes from, as essential-oil grades are named
#: (``Orange Oil Brazil``, ``Bulgarian Rose Oil``): it does not change what it is.
ORIGINS = frozenset({
    "brazil", "brazilian", "florida", "california", "italy", "italian", "sicily", "sicilian", "spain", "spanish",
    "france", "french", "provence", "bulgaria", "bulgarian", "morocco", "moroccan", "egypt", "egyptian",
    "india", "indian", "madagascar", "mexico", "mexican", "haiti", "australia", "australian", "turkey",
    "turkish", "england", "english", "usa", "american",
})
#: Words scraped lists add around a name that say nothing about the ingredient.
NOISE = DESCRIPTORS | ORIGINS | frozenset({
    "tm", "ultrapure", "usp", "nf", "bp", "ep", "ph", "eur", "acne", "treatment", "medication", "sunscreen", "purpose", "skin",
    "protectant", "essential", "and", "of", "w", "v",
    # the form a wash carries an active in (``Vitamin C beads``, held-out 186, both labellers: vitamin C)
    "beads",
})

#: Words that, right after a name, mean it is absent ("Alcohol-Free Toner",
#: "Bakuchiol Retinol Alternative"), and words that do so right before it.
_NEGATING_AFTER = frozenset({"free", "alternative", "alternatives", "alt", "like", "less"})
_NEGATING_BEFORE = frozenset({"no", "non", "without", "zero", "sans"})


#: What a name says a product is free of, listed together after one "No" or before one "Free" (``No Sulphate,
#: Alcohol, & Parabens``; ``Paraben, Sulfate & Alcohol Free``), with the words that join them.
_FREE_OF_WORDS = frozenset({
    "sulphate", "sulphates", "sulfate", "sulfates", "paraben", "parabens", "alcohol", "fragrance", "perfume",
    "silicone", "silicones", "sls", "sles", "mineral", "oil", "dye", "dyes", "colour", "colours", "color", "colors",
    "phthalate", "phthalates", "soap", "added", "artificial", "harsh", "chemical", "chemicals", "and", "or",
})


def negated(words: list[str], start: int, length: int) -> bool:
    """Whether the name at ``words[start : start + length]`` is said to be absent, alone or in a list of what the
    product is free of."""
    before2 = " ".join(words[max(0, start - 2) : start])
    if before2 == "free of":
        return True
    # a list of what it is free of holds only such names: "PHA Alcohol Free Toner" is free of alcohol, not of PHA
    listed = _FREE_OF_WORDS if all(word in _FREE_OF_WORDS for word in words[start : start + length]) else frozenset()
    at = start - 1
    while at >= 0 and words[at] in listed:
        at -= 1
    if at >= 0 and words[at] in _NEGATING_BEFORE:
        return True
    at = start + length
    while at < len(words) and words[at] in listed:
        at += 1
    return at < len(words) and words[at] in _NEGATING_AFTER


def runs(words: list[str], index: dict[str, Ingredient], max_words: int) -> list[tuple[int, Ingredient, str]]:
    """(start, ingredient, key) for the longest known whole-word runs, left to right."""
    found = []
    i = 0
    while i < len(words):
        for n in range(min(max_words, len(words) - i), 0, -1):
            key = " ".join(words[i : i + n])
            ing = index.get(key)
            if ing is not None:
                found.append((i, ing, key))
                i += n - 1
                break
        i += 1
    return found


def embedded(words: list[str], index: dict[str, Ingredient], max_words: int) -> list[tuple[Ingredient, str]]:
    """Names inside an unrecognised item, when the rest is noise or the item is a run-on list.

    ``Glycolic Acid Ultrapure tm`` -> Glycolic Acid (the rest is noise). A long item
    made of several known names (a list scraped without separators) is split into
    them when they cover most of its words. Anything else stays unrecognised.
    """
    hits = runs(words, index, max_words)
    if not hits:
        return []
    covered = sum(len(key.split()) for _, _, key in hits)
    rest = [w for w in _uncovered(words, hits) if not w.isdigit()]
    if all(w in NOISE for w in rest):
        return [(ing, key) for _, ing, key in hits]
    if len(words) >= 8 and len(hits) >= 3 and covered >= 0.5 * len(words):
        return [(ing, key) for _, ing, key in hits]
    if len(hits) >= 3 and covered >= 0.75 * len(words) and _PROSE_WORDS.isdisjoint(rest):
        # a short run of names with one unknown among them ('Hyaluronic Acid Glycine Saponin Panthenol', a key-
        # ingredient cell typed with spaces only, held-out 168)
        return [(ing, key) for _, ing, key in hits]
    if len(hits) >= 5 and covered >= 0.3 * len(words) and _PROSE_WORDS.isdisjoint(rest):
        # a label retyped with no separators and misspelt names between the known ones ('Ethylhexil
        # methoxycinnamate', 'Cetyl alkohol'): still a list, since no word between the names is prose's
        return [(ing, key) for _, ing, key in hits]
    return []


#: Words of a sentence, never of an INCI name: a long item holding them is prose that names ingredients
#: ("this serum with retinol and niacinamide helps your skin"), not a list that lost its separators.
_PROSE_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "with", "without", "for", "to", "your", "you", "our", "we", "is",
    "are", "it", "its", "in", "on", "by", "from", "as", "be", "can", "will", "helps", "help", "which", "while",
    "into", "more", "most", "less", "than", "no", "not", "free", "may", "contains", "made", "use", "using",
})


#: Words only a sentence holds, never an INCI name (a stricter set than :data:`_PROSE_WORDS`).
_SENTENCE_WORDS = frozenset({
    "please", "you", "your", "we", "our", "us", "may", "is", "are", "was", "were", "be", "been", "this", "these",
    "that", "it", "its", "can", "will", "should", "must", "not", "has", "have", "if", "refer", "vary",
    "consult", "purchased", "because", "accurate", "listing", "subject",  # "... subject to change, please consult"
})


def sentence(words: list[str], index: dict[str, Ingredient], max_words: int) -> bool:
    """Whether an item is a sentence that names nothing known, not an ingredient: a shop's
    disclaimer under its lists (``Please be aware that ingredient lists may change or vary from
    time to time``), a description between the names. Six words or more, two of them words only
    sentences use, and no known name among them: a sentence naming one is never dropped unread."""
    return (len(words) >= 6 and sum(w in _SENTENCE_WORDS for w in words) >= 2
            and not runs(words, index, max_words))


def spans(words: list[str], index: dict[str, Ingredient], max_words: int) -> list[tuple[int, int, bool]]:
    """A run of several names cut into word spans, in order: (start, end, known). The
    words between two known names are one unknown span, unless they are noise."""
    out: list[tuple[int, int, bool]] = []
    done = 0
    for start, _, key in runs(words, index, max_words):
        _gap(words, done, start, out)
        done = start + len(key.split())
        out.append((start, done, True))
    _gap(words, done, len(words), out)
    return out


def _gap(words: list[str], start: int, end: int, out: list[tuple[int, int, bool]]) -> None:
    if any(w not in NOISE and not w.isdigit() for w in words[start:end]):
        out.append((start, end, False))


def _uncovered(words: list[str], hits) -> list[str]:
    used = set()
    for start, _, key in hits:
        used.update(range(start, start + len(key.split())))
    return [w for i, w in enumerate(words) if i not in used]
