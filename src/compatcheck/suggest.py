"""Near-miss suggestions for names the table does not know (rapidfuzz)."""

from __future__ import annotations

from compatcheck.inci import CARRIER_PARTS, PART_WORDS
from compatcheck.model import Ingredient
from compatcheck.normalize import normalise
from compatcheck.table import IngredientTable

#: Minimum similarity (0-100, rapidfuzz ``ratio`` on normalised names) to suggest.
SUGGEST_CUTOFF = 85.0


_MEMO_LIMIT = 200_000


def _memo(kind: str):
    """Remember a near-miss search per table and normalised query."""

    def wrap(search):
        def cached(written: str, table: IngredientTable, *args):
            key = (kind, normalise(written), *args)
            try:
                return table.near_miss_memo[key]
            except KeyError:
                if len(table.near_miss_memo) > _MEMO_LIMIT:
                    table.near_miss_memo.clear()
                found = table.near_miss_memo[key] = search(key[1], table, *args)
                return found

        cached.__doc__ = search.__doc__
        return cached

    return wrap


def _kept(table: IngredientTable, key: tuple, build):
    """``build()``, worked out once per table and ``key`` (in the table's near-miss memo)."""
    try:
        return table.near_miss_memo[key]
    except KeyError:
        found = table.near_miss_memo[key] = build()
        return found


def _reachable(table: IngredientTable, length: int, cutoff: float) -> list[str]:
    """The table's names that a query of ``length`` characters can match at ``cutoff``.

    ``ratio`` is at most 200 * min(len) / (sum of lengths): names much longer or
    shorter can never reach the cutoff, so they need not be scored. The names keep
    the table's order, so ties come out as from a search of every name.
    """
    def build() -> list[str]:
        lengths = {len(name) for name in table.keys}
        ok = {n for n in lengths if 200 * min(length, n) >= cutoff * (length + n)}
        return [name for name in table.keys if len(name) in ok]

    return _kept(table, ("reachable", length, cutoff), build)


@_memo("suggest")
def suggest(query: str, table: IngredientTable, limit: int = 3) -> tuple[tuple[str, float], ...]:
    """Up to ``limit`` (name, score) pairs from the table close to ``written``."""
    from rapidfuzz import fuzz, process

    if len(query) < 4:
        return ()
    hits = process.extract(query, _reachable(table, len(query), SUGGEST_CUTOFF), scorer=fuzz.ratio,
                           limit=limit * 3, score_cutoff=SUGGEST_CUTOFF)
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for key, score, _ in hits:
        ing = table.index[key]
        if ing.id in seen:
            continue
        seen.add(ing.id)
        out.append((ing.inci, round(float(score), 1)))
        if len(out) == limit:
            break
    return tuple(out)


#: Minimum similarity at which an unrecognised name is *read as* the known one
#: (and so counts for the safety rules, marked as inferred). Strict on purpose:
#: ``Retinoll`` (93) and ``Tretinion`` (89) pass; ``Amyl Salicylate`` vs
#: ``Methyl Salicylate`` (87.5) stays a suggestion.
PROBABLE_CUTOFF = 88.0
#: The parts of a plant a name may give: one part's ingredient is not another's (a nut's is its kernel's). A seed's
#: powder is no shell's (cocoa seed powder, a food powder; cocoa shell powder, a scrub's grit).
_PARTS = PART_WORDS | {"shell", "husk", "hull"}
#: The runner-up must trail by this much, or the name is ambiguous.
_MARGIN = 3.0


#: A letter typed for the digit it looks like (``rh-oligopeptide-l`` for ``rh-oligopeptide-1``), as (the known
#: name's word, the written one): a slip, not a sibling's letter as the ``E`` of "Vitamin E" is to the ``C``.
_DIGIT_SLIPS = frozenset({("1", "l"), ("1", "i"), ("0", "o")})


@_memo("probable")
def probable(query: str, table: IngredientTable) -> tuple[Ingredient, float] | None:
    """The one known ingredient ``written`` is very probably a misspelling of, with its score."""
    from rapidfuzz import fuzz, process

    if len(query) < 6:
        return None
    hits = process.extract(query, _reachable(table, len(query), PROBABLE_CUTOFF - _MARGIN), scorer=fuzz.ratio,
                           limit=6, score_cutoff=PROBABLE_CUTOFF - _MARGIN)
    best: dict[str, tuple[Ingredient, float, str]] = {}
    for key, score, _ in hits:
        ing = table.index[key]
        if ing.id not in best or score > best[ing.id][1]:
            best[ing.id] = (ing, float(score), key)
    ranked = sorted(best.values(), key=lambda t: -t[1])
    if not ranked or ranked[0][1] < PROBABLE_CUTOFF:
        return None
    ing, score, key = ranked[0]
    if len(ranked) > 1 and ranked[1][1] > score - _MARGIN:
        return None
    known, written = key.split(), query.split()
    if len(known) != len(written) or key[0] != query[0]:
        return None
    written = [a if (a, b) in _DIGIT_SLIPS else b for a, b in zip(known, written)]
    if len(known) > 1 and fuzz.ratio(known[-1], written[-1]) < 80:
        return None  # "Flower Extract" is not "Flower Oil": the form word must agree (up to a typo)
    if any(a != b and a in _PARTS and b in _PARTS and not {a, b} <= CARRIER_PARTS for a, b in zip(known, written)):
        return None  # nor "Seed Oil" "Peel Oil", "Seed Powder" "Shell Powder": another part is another ingredient
    if any(a != b and (len(a) == 1 and a.isalpha() or len(b) == 1 and b.isalpha()) for a, b in zip(known, written)):
        return None  # nor "Vitamin E" "Vitamin C": a name's one letter is what tells it from its sibling
    return ing, round(score, 1)


#: Classes whose miss is the worst failure this tool can have: a missed retinoid means
#: needling over one. An unrecognised item holding a word that is one of their names, or
#: one typo from it, is read as that ingredient: ``L-Retionl AGP`` (a transposition, 86
#: by ``ratio``, under the cutoff above), ``Retinol AGP`` (a trade grade). A false alarm
#: here costs a question to the client; a miss costs a reaction.
WATCHED_CLASSES = frozenset({"retinoid"})
#: Shorter names (Renova, Aklief, Avage) sit too near ordinary words and brand names.
_WATCHED_MIN_LENGTH = 7
#: Long names (Tretinoin, Isotretinoin, Retinaldehyde) may take two typos; shorter ones one.
_TWO_TYPOS_FROM = 9


def _watched_names(table: IngredientTable) -> tuple[str, ...]:
    """The one-word names of the watched classes long enough to search near."""
    return _kept(table, ("watched names",), lambda: tuple(
        name for name, ing in table.index.items()
        if ing.cls in WATCHED_CLASSES and " " not in name and len(name) >= _WATCHED_MIN_LENGTH))


@_memo("watched")
def probable_watched(query: str, table: IngredientTable) -> tuple[Ingredient, float, str] | None:
    """The watched ingredient (see :data:`WATCHED_CLASSES`) one word of ``written`` is, or
    is one typo from (two for long names), with its score and that word; not when the
    item says it is absent (``Retinol Alternative``, ``Retinol-Free``)."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    from compatcheck.scan import negated

    names = _watched_names(table)
    longest = max(map(len, names), default=0) + 2
    words = query.split()
    best: tuple[Ingredient, float, str] | None = None
    for i, word in enumerate(words):
        if not _WATCHED_MIN_LENGTH - 1 <= len(word) <= longest or negated(words, i, 1):
            continue
        hit = process.extractOne(word, names, scorer=OSA.distance, score_cutoff=2)
        if hit is None or hit[1] > _watched_typos(hit[0]):
            continue
        score = round(float(fuzz.ratio(word, hit[0])), 1)
        if best is None or score > best[1]:
            best = (table.index[hit[0]], score, word)
    return best


#: Classes whose miss before needling harms, beyond the retinoids: an unrecognised item spelt like the whole
#: name of one of these (``Salycilic Acid``, ``Azaleic Acid``, ``Benzoyl Peroxyde``, ``Hydroquinon``) is read
#: as it, marked as inferred. Salts (``Sodium Lactate``) are left out: their miss does not harm.
MISSPELT_CLASSES = frozenset({"retinoid", "aha", "bha", "pha", "benzoyl_peroxide", "hydroquinone", "azelaic_acid",
                              "vitamin_c", "kojic_acid", "tranexamic_acid", "arbutin", "acne_active"})
#: A name is searched near only when one of its words is this long: ``Kojic Acid`` is too near ordinary names.
_MISSPELT_MIN_WORD = 7


def _misspelt_names(table: IngredientTable) -> tuple[tuple[str, tuple[str, ...], Ingredient], ...]:
    """The Latin-script names of :data:`MISSPELT_CLASSES` with a word long enough to search near."""
    return _kept(table, ("misspelt names",), lambda: tuple(
        (name, tuple(name.split()), ing) for name, ing in table.index.items()
        if ing.cls in MISSPELT_CLASSES and "salt_form" not in ing.tags and name.isascii()
        and max(map(len, name.split())) >= _MISSPELT_MIN_WORD))


def _word_typos(written: str, name: str) -> int | None:
    """How many typos (an adjacent swap counts one) turn ``written`` into the word ``name``, if few enough
    for its length and the first letters agree: none in a word of up to three letters, one up to nine, two
    from ten, or two in a word of seven or more that holds the same letters (``azaleic``: two letters
    swapped; not ``gluconic`` for ``glycolic``, ``gluconate`` for ``glycolate``, ``sorbique`` for
    ``ascorbique``)."""
    from rapidfuzz.distance import OSA

    if written[:1] != name[:1]:
        return None
    typos = OSA.distance(written, name, score_cutoff=2)
    allowed = _misspelt_typos(name)
    if typos == 2 and len(name) >= _MISSPELT_MIN_WORD and sorted(written) == sorted(name):
        allowed = 2
    return typos if typos <= allowed else None


def _watched_typos(name: str) -> int:
    """How many typos a watched name may take (:func:`probable_watched`): two from nine letters, else one."""
    return 2 if len(name) >= _TWO_TYPOS_FROM else 1


def _misspelt_typos(word: str) -> int:
    """How many typos a word of a misspelt name may take (:func:`_word_typos`): none up to three letters, one
    up to nine, two from ten."""
    return 0 if len(word) <= 3 else 1 if len(word) < 10 else 2


def may_be_misspelt(words: list[str], table: IngredientTable) -> bool:
    """A cheap first look, without rapidfuzz: whether ``words`` could be read by :func:`probable_misspelt`
    (as many words as a name, the same first letters, each word within its typos of the name's word)."""
    shapes = _kept(table, ("misspelt shapes",), lambda: _shapes(_misspelt_names(table)))
    names = shapes.get(tuple(w[:1] for w in words))
    if not names:
        return False
    if not all(_near_a_word(w, table, "misspelt", lambda: _every_word(shapes)) for w in words):
        return False
    return any(all(_within(w, [shape]) for w, shape in zip(words, name)) for name in names)


def _shapes(names) -> dict[tuple[str, ...], list[tuple[tuple[int, frozenset, int], ...]]]:
    """Each name's words as (length, letters, typos allowed) under their first letters."""
    shapes: dict[tuple[str, ...], list[tuple[tuple[int, frozenset, int], ...]]] = {}
    for _, name_words, _ in names:
        shapes.setdefault(tuple(w[:1] for w in name_words), []).append(tuple(
            (len(w), frozenset(w), _misspelt_typos(w)) for w in name_words))
    return shapes


def _every_word(shapes: dict) -> list[tuple[int, frozenset, int]]:
    """The shape of every word of every name in ``shapes`` (:func:`_shapes`)."""
    return [shape for names in shapes.values() for name in names for shape in name]


def _within(written: str, shapes) -> bool:
    """Whether ``written`` may be within the typos of one of the words ``shapes`` describe (length, letters,
    typos allowed): each typo changes the length by one at most and brings in, or leaves out, one letter at
    most (an adjacent swap, or two in a word that holds the same letters, none)."""
    mine = None
    for length, letters, typos in shapes:
        if abs(len(written) - length) <= typos:
            mine = frozenset(written) if mine is None else mine
            if len(mine - letters) <= typos and len(letters - mine) <= typos:
                return True
    return False


def _near_a_word(word: str, table: IngredientTable, kind: str, shapes) -> bool:
    """Whether ``word`` may be within the typos of one of the words ``shapes()`` describes (:func:`_within`),
    remembered per table, ``kind`` and word; the shapes are indexed by the lengths each reaches."""
    seen = _kept(table, (kind, "near words"), dict)
    if (near := seen.get(word)) is None:
        by_length = _kept(table, (kind, "shapes by length"), lambda: _by_length(shapes()))
        near = seen[word] = _within(word, by_length.get(len(word), ()))
    return near


def may_be_watched(word: str, table: IngredientTable) -> bool:
    """A cheap first look, without rapidfuzz: whether ``word`` may be within the typos
    :func:`probable_watched` allows of a watched name."""
    return word.isalpha() and _near_a_word(word, table, "watched", lambda: [
        (len(n), frozenset(n), _watched_typos(n)) for n in _watched_names(table)])


def _by_length(shapes) -> dict[int, list[tuple[int, frozenset, int]]]:
    """``shapes`` (length, letters, typos allowed) under each word length within their typos."""
    out: dict[int, list[tuple[int, frozenset, int]]] = {}
    for shape in shapes:
        length, _, typos = shape
        for reach in range(length - typos, length + typos + 1):
            out.setdefault(reach, []).append(shape)
    return out


@_memo("misspelt")
def probable_misspelt(query: str, table: IngredientTable) -> tuple[Ingredient, float] | None:
    """The one ingredient of :data:`MISSPELT_CLASSES` whose whole name ``written`` is, up to a typo in each
    word (two at most in all; see :func:`_word_typos`); with its score."""
    from rapidfuzz import fuzz

    words = query.split()
    best: dict[str, tuple[int, Ingredient, str]] = {}
    for name, name_words, ing in _misspelt_names(table):
        if len(name_words) != len(words):
            continue
        typos = 0
        for written, word in zip(words, name_words):
            if (found := _word_typos(written, word)) is None:
                break
            typos += found
        else:
            if 0 < typos <= 2 and (ing.id not in best or typos < best[ing.id][0]):
                best[ing.id] = (typos, ing, name)
    ranked = sorted(best.values(), key=lambda t: t[0])
    if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None  # nothing near, or two ingredients as near: ambiguous
    _, ing, name = ranked[0]
    return ing, round(float(fuzz.ratio(query, name)), 1)
