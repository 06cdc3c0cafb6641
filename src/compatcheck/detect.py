"""From a product (its INCI list, or only its name) to canonical ingredients.

Matching is on whole normalised names from the ingredient table, never on
substrings: ``Ethylhexyl Salicylate`` is not salicylic acid, ``Butylene Glycol`` is
not glycolic acid. Each match says whether it is there as an **active** or only
at a trace/functional level, and why. What matched nothing is reported, with
near-miss suggestions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compatcheck import lazy_re
from compatcheck.claims import ENZYME_WORDS, fruit_peel, hangul_name, protectant_only
from compatcheck.inci import (CAMEL_JOINS, CARRIER_PARTS, ESSENTIAL_PARTS, PART_WORDS, Item, in_layout, is_placeholder,
                              names_to_try, plain_name, split_inci)
from compatcheck.list_context import (ACID_CLASSES, CLASS_ABBREVIATIONS, claim_words, contexts, list_of, name_strengths,
                                      sold_as_scrub, with_article)
from compatcheck.model import Detected, Ingredient, Match, Product, Unrecognized
from compatcheck.normalize import HANGUL, drop_parenthetical, normalise, product_name_words
from compatcheck.scan import embedded, negated, sentence, spans
from compatcheck.table import IngredientTable


def _hangul_scheme(*stems: str) -> str:
    """A naming scheme's Korean standard names, which glue their words to the scheme's stem (소듐아스코빌글루코사이드,
    다이메틸실란올하이알루로네이트): a pattern for any of ``stems`` inside Hangul words, after Latin or digit words, anchored
    on Hangul so that a Latin name fails at once."""
    return rf"(?:[0-9a-z]+ )*[{HANGUL}]*(?:{'|'.join(stems)})[{HANGUL}0-9 ]*"


#: Numbered signal peptides share one INCI naming scheme (Palmitoyl Hexapeptide-52, Acetyl Tetrapeptide-40,
#: N-Prolyl Palmitoyl Tripeptide-56 Acetate, Tranexamoyl Dipeptide-23, Caffeoyl Hexapeptide-65: acyl groups, and
#: the acetate or trifluoroacetate salt peptides are made as), so one the table lacks is still a peptide. Not
#: "Oligopeptide-N" (antimicrobial and growth-factor-like peptides share that
#: numbering), growth factors (sh-/rh-) or copper complexes: they need their own rows. A list that drops the
#: number (``Palmitoyl Hexapeptide``) still names a peptide of the scheme, and so does one with a non-protein end
#: residue (``Hexanoyl Dipeptide-3 Norleucine Acetate``), or a cyclic one (``Cyclotetrapeptide-24``).
_PEPTIDE_NAME = lazy_re.compile(
    r"(?:n |methyl )?(?:(?:acetyl|palmitoyl|myristoyl|trifluoroacetyl|prolyl|nicotinoyl|caprooyl"
    r"|biotinoyl|hexanoyl|lauroyl|stearoyl|oleoyl|tranexamoyl|caffeoyl|galloyl|undecylenoyl|undecenoyl) ?){0,2}"
    # a synthetic human-like one, acylated or not (Palmitoyl sh-Octapeptide-24 Amide,
    # SH-Pentapeptide-19): named by its length, two to ten residues, a signal peptide, not
    # a growth factor's protein (those are sh-Oligopeptide-N and sh-Polypeptide-N, below)
    # a cyclic one (Cyclotetrapeptide-24)
    r"(?:sh )?(?:cyclo)?"
    # ... or a seller's plural for several of a length (Tripeptides, Hexapeptides)
    r"(?:di|tri|tetra|penta|hexa|hepta|octa|nona|deca)(?:peptide(?: \d{1,3})?|peptides)"
    # a capped end residue the scheme names after the number (Dipeptide-3 Norleucine), or an
    # amidated end (Octapeptide-24 Amide), or the salt a cyclic one is made as
    # (Cyclotetrapeptide-24 Aminocyclohexane Carboxylate)
    r"(?: (?:norleucine|norvaline|ornithine|amide|aminocyclohexane ?carboxylate))?"
    r"(?: (?:trifluoro)?acetate)?"
    # the same scheme as the Korean standard names spell it (팔미토일펜타펩타이드-4)
    r"|(?:에스에이치 )?(?:아세틸|팔미토일|미리스토일|트라이플루오로아세틸|트라넥사모일|카페오일|갈로일"
    r"|니코티노일|헥사노일|바이오티노일)?"
    r"(?:다이|트라이|테트라|펜타|헥사|헵타|옥타|노나|데카)펩타이드 \d{1,3}")
#: Esters, ethers, salts and glycosides of ascorbic acid are named on it (2-O-Ethyl Ascorbic
#: Acid, Sodium Ascorbyl Glucoside, Chitosan Ascorbate): one the table lacks is still a
#: vitamin C derivative. Not Erythorbic Acid (an isomer, an antioxidant).
_ASCORBYL_NAME = lazy_re.compile(r"(?:.+ )?(?:ascorbic acid|ascorbyl|ascorbate)(?: .+)?"
                                 # Korean names glue the words: 소듐아스코빌글루코사이드, 칼슘아스코베이트 (anchored on
                                 # Hangul, so that a Latin name fails at once)
                                 "|" + _hangul_scheme("아스코빅애씨드", "아스코빌", "아스코베이트"))
#: A numbered oligopeptide the table lacks (``Oligopeptide-177`` of a brand's peptide complex, ``Oligopeptide-32``)
#: is a signal peptide, as labellers read every one in the corpora; numbers that are something else have their
#: own rows, found first (``Oligopeptide-10``, an antimicrobial peptide). Not a bare ``Oligopeptide-1``: Korean
#: labels write EGF so (sh-Oligopeptide-1), Chinese ones GHK, so it stays unknown; nor a recombinant
#: ``sh-``/``rh-`` one (see below).
_OLIGOPEPTIDE_NAME = lazy_re.compile(r"(?:(?:acetyl|palmitoyl|myristoyl) )?oligopeptide (?!1$)\d{1,3}"
                                     r"|(?:아세틸|팔미토일|미리스토일)?올리고펩타이드 (?!1$)\d{1,3}")  # the Korean standard names
#: A numbered peptide whose comma to the next name was lost, that next name one the table lacks (held-out 148's
#: ``ACETYL TETRAPEPTIDE 15 BIOTIN``, both labellers: peptide): the peptide the name opens with. A next name the table
#: knows is cut off first (:func:`_run_items`), and a misspelt peptide the table knows (``Tripeptide-10 Citruline``)
#: is read as that one first (:func:`_probable`). Not a metal salt of a peptide (``Tripeptide-1 Copper Acetate``): a
#: copper complex is a copper peptide, which needs its own row.
_GLUED_PEPTIDE_NAME = lazy_re.compile(rf"(?:{_PEPTIDE_NAME.pattern})(?<=\d)(?! (?:copper|cu|zinc|manganese)\b)"
                                      r"(?: [a-z][a-z0-9]*)+")
#: Esters and conjugates of retinol or retinoic acid are named on it (Ethyl Lactyl Retinoate, Retinyl
#: Glucoside, Sodium Retinoyl Hyaluronate): one the table lacks is still a retinoid, read as an unnamed one
#: (the strong default: how much retinoic acid it frees is unknown). Not Retinol-free names: retinol itself is
#: a word the near-miss search watches.
_RETINOID_NAME = lazy_re.compile(r"(?:.+ )?(?:retinoate|retinoyl|retinyl|retinoic acid)(?: .+)?")
#: Salts, esters, crosspolymers and hydrolysates of hyaluronic acid are named on it (Zinc Hyaluronate,
#: Dimethylsilanol Hyaluronate, Hydrolyzed Hyaluronan): one the table lacks is still hyaluronic acid. Not
#: Hyaluronidase (an enzyme, another word), nor a sentence of prose that mentions it, nor a bare
#: ``Hyaluronate``: the second half of a name a stray comma cut (``Sodim, hyaluronate``). Korean names glue the
#: words (다이메틸실란올하이알루로네이트, 소듐하이알루로네이트다이메틸실란올; anchored on Hangul, as the ascorbyl names are).
_HYALURONATE_NAME = lazy_re.compile(r"(?:(?:\S+ ){1,5}hyaluronate|(?:\S+ ){0,5}(?:hyaluronan|hyaluronic acid))"
                                    r"(?: (?:crosspolymer|na|k|sodium|potassium|salt|\d{1,2})){0,2}"
                                    "|" + _hangul_scheme("하이알루로네이트", "하이알루로닉애씨드", "하이알루로난"))
#: What cultured human cells released into their medium, named by the cells (Human Fibroblast Conditioned Media,
#: Human Adipose Derived Stem Cell Conditioned Media): a growth-factor product. And exosomes, which have no standard
#: INCI name (Rose Stem Cell Exosomes, Lactobacillus Extracellular Vesicles): read by the words, and timed as growth
#: factors, without their class (see the row). Names, not a sentence of prose that mentions them: a few words either
#: side.
_CONDITIONED_MEDIA_NAME = lazy_re.compile(r"human (?:\S+ ){0,6}conditioned media(?: \S+){0,2}")
_EXOSOME_NAME = lazy_re.compile(r"(?:\S+ ){0,5}(?:exosomes?|extracellular vesicles?)(?: \S+){0,2}")
#: A recombinant human-identical protein by its CosIng scheme (``sh-Polypeptide-123``, ``rh-Oligopeptide-2``):
#: the numbers the table does not list one by one, and a grade written after one (``sh-Oligopeptide-23 SP``).
_RECOMBINANT_NAME = lazy_re.compile(r"(?:sh|rh) (?:oligo|poly)peptide \d{1,3}(?: sp)?"
                                    r"|(?:에스에이치|알에이치) (?:올리고|폴리)펩타이드 \d{1,3}")  # the Korean standard names
#: Specially denatured alcohols are numbered by their denaturant formula: SD Alcohol 39-C, 40-B, 3-A, also written
#: with the plain name (``Denatured Alcohol 40B``, ``Alcohol Denat. 39-C``).
_SD_ALCOHOL_NAME = lazy_re.compile(r"(?:(?:sd|denatured) alcohol|alcohol denat(?:ured)?) \d{1,2} ?[a-z]?")
#: A perfume named after its scent, as soap and candle makers write it (``Pineapple Fragrance Oil``), with what it
#: is free of or certified for (``IFRA Certified Allergen Free Fragrance``, ``Hypoallergenic Perfume``), or as
#: perfumers call it (``Perfume Composition``, as Eastern-European labels translate it; ``Fragrance Blend``), or
#: as a flavour of a lip product (``Coconut Flavor``, ``Vanilla Aroma``, ``Natural Flavors``; a mask's ``Flavouring
#: Agents``): at most five words before it, none saying it is absent (``No Added Fragrance``, ``Free From
#: Perfume``) or joining another name (``PPG-20 Crosspolymer and Fragrance`` is two), unless the words say the
#: product is blended or scented with it (``Blended With Rosie Fragrance``, as a small brand closes its list). Or
#: the perfume word first and its scent after it, in a word or two (``fragrance Lily``, as an Indian seller typed it,
#: held-out 181), but not what it is free of (``Fragrance Free``).
_FRAGRANCE_NAME = lazy_re.compile(
    r"(?!(?:.+ )?(?:no|non|not|without|zero|sans|from|of|and|(?<!blended )(?<!scented )with) )"
    r"(?:\S+ ){0,5}"
    r"(?:fragrances?|perfumes?|parfums?|flavou?rs?|flavou?rings?|aromas?)"
    r"(?: oils?| compositions?| compounds?| blends?| agents?)?"
    r"|(?:fragrance|perfume|parfum) (?!(?:free|less|allergens?|none)\b)[a-z]+(?: [a-z]+)?")
#: A perfumer's absolute, the solvent-extracted scent of a flower (``Jasmine Absolute``, ``Tuberose Absolute Oil``):
#: made for perfume only, so a fragrance whatever its plant. Not absolute alcohol (ethanol without water).
_ABSOLUTE_NAME = lazy_re.compile(r"(?!.*\b(?:alcohol|ethanol|ethyl)\b)(?:\S+ ){1,5}absolutes?(?: oils?)?")
#: Naming schemes whose members the table need not list one by one: the pattern
#: (whole normalised name) and the row its members are read as.
_FAMILIES = ((_PEPTIDE_NAME, "peptide_unspecified"), (_OLIGOPEPTIDE_NAME, "peptide_unspecified"),
             (_ASCORBYL_NAME, "vitamin_c_derivative"),
             (_RETINOID_NAME, "retinoid_unspecified"), (_SD_ALCOHOL_NAME, "alcohol_denat"),
             (_FRAGRANCE_NAME, "parfum"), (_ABSOLUTE_NAME, "parfum"),
             (_HYALURONATE_NAME, "hyaluronate_unspecified"),
             (_CONDITIONED_MEDIA_NAME, "human_conditioned_media"), (_EXOSOME_NAME, "exosomes"),
             (_RECOMBINANT_NAME, "recombinant_peptide_unspecified"))
#: A growth factor named with the plant or cells that express it (CosIng: ``Rice sh-Oligopeptide-1``,
#: ``Barley sh-Oligopeptide-1``), perhaps with the peptide it is fused to (``Nicotiana Benthamiana Hexapeptide-40
#: sh-Polypeptide-76``): the growth factor its base name is.
_EXPRESSED_GROWTH_FACTOR = lazy_re.compile(
    rf"[a-z]+(?: [a-z]+)?(?: [a-z]*peptide \d{{1,3}})? ({_RECOMBINANT_NAME.pattern})")
#: The tag of a row a product name may call by a class's word (``named_as:bha`` on willow bark).
_NAMED_AS = "named_as:"
#: Classes a product name gives (``... with Peptides``, ``Vitamin C ...``) that are kept from the name only when the
#: list may be partial (shorter than :data:`_COMPLETE_LIST` items, or cut short): what they do before needling is
#: support, not harm, and labellers do not count a name's word over a complete list that holds none.
_NAMED_IF_PARTIAL = frozenset({"peptide", "vitamin_c", "hyaluronic_acid", "niacinamide", "copper_peptide",
                               "growth_factor"})
_COMPLETE_LIST = 10
#: A cell is a shop's prose about the product, not its list, when one item in this many runs to a sentence
#: (:data:`_SENTENCE_LENGTH` words or more): "hydrating and plumping hyaluronic acid delivers a burst of ...".
_PROSE_SHARE = 3
_SENTENCE_LENGTH = 6
#: Classes a product name gives that count over a whole list (see :func:`_list_rules_out`): a sunscreen's
#: filters are drug actives a shop page may leave out; a scrub's name promises its particles.
_NAME_OVER_LIST = frozenset({"sunscreen", "physical_exfoliant"})
#: A strength the product name states (``2% BHA``, ``Retinol 0.5%``): a claim a list without it cannot rule out.
_STRENGTH = lazy_re.compile(r"\d\s*%")
#: A list a shop page shows cut short: an ellipsis at its end, or the page's link to the rest (``Salicylic
#: Acid... Show more``, ``[Read more]``).
_CUT_OFF = lazy_re.compile(r"(?:\.\.\.|…)\s*$|\b(?:show|read|see|view)\s+(?:more|all)\s*\]?\s*$", re.IGNORECASE)
#: A cell a scraper cut at a fixed length, marking the cut with two dots (``Argania Spinosa ..``): the list is
#: partial, so a name's class counts (:func:`_may_be_partial`); where it stops says nothing of how long it is.
_CUT_CELL = lazy_re.compile(r"(?<!\.)\.\.\s*$")
#: How an essential oil was made, written after ``Oil`` (``Peel Oil Expressed``).
_MADE_BY = frozenset({"expressed", "distilled", "rectified"})
#: A plant part named alone, as FDA substance (UNII) names write an essential oil's plant:
#: ``MELALEUCA ALTERNIFOLIA LEAF``. An INCI botanical always names its form (Extract, Oil, Water).
_BARE_PLANT_PART = lazy_re.compile(
    rf".+ (?:{'|'.join(part for part in ESSENTIAL_PARTS if ' ' not in part)}|seed)")


def detect(product: Product, table: IngredientTable) -> Detected:
    """Detect the ingredients of ``product``; see the module docstring."""
    named = _name_evidence(product.name, table)
    misspelt = _misspelt_in_name(product.name, table, named)
    if not product.inci or is_placeholder(product.inci):
        matches = tuple(
            Match(ing, written, active=True, why=_named_why("named in the product name", written, table), via="name")
            for ing, written in _name_only(named)
        ) + tuple(_misspelt_match(ing, written, score, "named in the product name") for ing, written, score in misspelt)
        return Detected(product, matches, (), from_name_only=True)
    protectant = protectant_only(product.inci)
    cut = bool(_CUT_OFF.search(product.inci[-40:]))
    partial = cut or bool(_CUT_CELL.search(product.inci[-10:]))
    items, featured = _featured(_split_runs(split_inci(product.inci), table), table)
    matches, unknown = _match_items(items, table, named, product.name, protectant, cut, featured)
    if in_layout(product.inci):
        # A layout's reader keeps some of the text (a glossary's names, a record's arrays) and drops the
        # rest. It is trusted only while it keeps every class the list read as it stands shows: a kit
        # written as 'Serum: Aqua, Retinol' lines must never lose its retinol to a glossary reading.
        plain, featured = _featured(_split_runs(split_inci(product.inci, layouts=False), table), table)
        plain_matches, plain_unknown = _match_items(plain, table, named, product.name, protectant, cut, featured)
        if _classes(plain_matches) - _classes(matches):
            items, matches, unknown = plain, plain_matches, plain_unknown
    # the classes the list shows; not particles it shows dissolved (salt after water), which scrub nothing
    listed_classes = {m.ingredient.cls for m in matches if m.active or m.ingredient.cls != "physical_exfoliant"}
    listed_ids = {m.ingredient.id for m in matches}
    # what exfoliates, shown by the list or the name: an acid or particles, or an enzyme (an enzyme peel);
    # and whether particles are among it (a scrub's name promises particles, whatever acid it also holds)
    shown = [m.ingredient for m in matches if m.active and m.ingredient.exfoliant or "enzyme" in m.ingredient.tags]
    shown += [ing for ing, _ in named if ing.exfoliant and "product_type" not in ing.tags]
    exfoliates = bool(shown) or not ENZYME_WORDS.isdisjoint(normalise(product.name).split())
    particles = any(ing.cls == "physical_exfoliant" for ing in shown)
    panel_drugs = _panel_drugs(items, matches)
    for ing, written in named:
        # A brand word ("Differin") stands for the brand's best-known drug, but a
        # drug-facts panel that names the product's drugs, without it, wins: the
        # brand sells other products ("Differin ... Body Spray", salicylic acid).
        if panel_drugs and ing.id not in panel_drugs and _brand_only(ing, product.name, table):
            continue
        # The name promises an active the list does not show (a partial list?):
        # flagging a probable active beats missing it. A product type ("Peel",
        # "Scrub") only counts when neither the list nor the name shows what
        # exfoliates ("Exfoliant (polished garnet)" is a scrub, not an acid peel);
        # for a scrub, that is particles: an acid scrub bar's grains are still grains.
        if "product_type" in ing.tags and (particles if ing.cls == "physical_exfoliant"
                                           else exfoliates or _peel_off_film(matches, len(items))):
            continue
        # A class that helps rather than harms (peptides, vitamin C, HA) is taken from the name only when the
        # list may be partial: a complete list that holds none means the name's word is marketing (``Bakuchiol
        # + Peptides`` over a list with no peptide). An active that harms skin before needling is still flagged.
        if ing.cls in _NAMED_IF_PARTIAL and not _may_be_partial(items, partial):
            continue
        if (ing.id not in listed_ids and ing.cls not in listed_classes and not _carried_by_list(ing, written, matches)
                and not _particle_listed_as_extract(ing, written, unknown)):
            if _list_rules_out(ing, product.name, items, unknown, partial, table):
                matches.append(Match(ing, written, active=False, via="name", why=(
                    f"named in the product name only: its list looks whole ({len(items)} items, nothing unread "
                    f"that could be one) and holds none, so the name's word is taken as marketing")))
                continue
            matches.append(Match(ing, written, active=True, via="name",
                                 why=_named_why("named in the product name but not found in its list", written, table)))
    for ing, written, score in misspelt:
        if ing.id not in listed_ids and ing.cls not in listed_classes:
            matches.append(_misspelt_match(ing, written, score, "named in the product name but not found in its list"))
    claims = [item.written for item in items if _SPF_ITEM.fullmatch(item.written)]
    if claims:
        unknown = [written for written in unknown if written not in claims]
        matches += _claimed_in_list(claims, {m.ingredient.cls for m in matches}, table)
    return Detected(product, tuple(matches), _with_suggestions(unknown, table))


#: An SPF claim printed as an item of the list (``Mineral Oil, Olive oil, Vitamin E, SPF 15``).
_SPF_ITEM = lazy_re.compile(r"(?:broad\s+spectrum\s+)?spf\s*\d{1,3}\+?(?:\s*/?\s*pa\s*\+{1,4})?", re.IGNORECASE)


def _claimed_in_list(claims: list[str], found: set[str], table: IngredientTable) -> list[Match]:
    """The sunscreen an SPF claim among a list's items presumes, when the list names no UV filter: like a
    name's SPF, it says the product holds one (a cell that gives its inactive ingredients and its claim)."""
    return [Match(ing, claims[0], active=True, via="name", why=(
                f"the list claims sun protection ('{claims[0]}') among its names but names no UV filter: one is "
                f"presumed, as for an SPF in the product name"))
            for ing, _ in _name_evidence(claims[0], table)[:1] if ing.cls == "sunscreen" and ing.cls not in found]


def _misspelt_in_name(name: str, table: IngredientTable, named: list[tuple[Ingredient, str]],
                      ) -> list[tuple[Ingredient, str, float]]:
    """Harmful actives the product name gives misspelt (``Retrinal 0.1 Cream``, ``Salicyclic Acid Wash``):
    (ingredient, the name's words, score) for each run of up to three words that names nothing known but is
    spelt like the whole name of one (:func:`compatcheck.suggest.probable_misspelt`, the rule for list items),
    and is not said to be absent (``Retinl-Free``). Not an active the name already gives rightly."""
    from compatcheck.suggest import (WATCHED_CLASSES, may_be_misspelt, may_be_watched, probable_misspelt,
                                     probable_watched)

    words = normalise(name).split()
    found: dict[str, tuple[Ingredient, str, float]] = {}
    given = {ing.id for ing, _ in named}

    def known(key: str) -> bool:
        # a plural of a known name is no misspelling of it (``Vitamins C + E``)
        return any(k in table.index or k in table.name_index or k in table.brand_index
                   for k in (key, " ".join(_singular(key.split()))))

    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if not may_be_misspelt(words[i : i + n], table):  # a cheap first look: most runs end here
                continue
            key = " ".join(words[i : i + n])
            if known(key) or negated(words, i, n):
                continue
            hit = probable_misspelt(key, table)
            # not a plant extract that is only a weaker source of its class: a name's plant one letter off it is
            # more likely another plant (VLCC's 'Indian Berberry', barberry, is no bearberry; held-out 185)
            if hit is not None and "supporting_source" in hit[0].tags:
                continue
            if hit is not None and hit[0].id not in given and hit[0].id not in found:
                found[hit[0].id] = (hit[0], key, hit[1])
    if not any(ing.cls in WATCHED_CLASSES for ing, _, _ in found.values()):
        # a retinoid's one-word name, as list items are read (``Retinl``: as near retinol as retinal)
        for i, word in enumerate(words):
            if not may_be_watched(word, table) or known(word) or negated(words, i, 1):
                continue
            if (hit := probable_watched(word, table)) is not None and hit[0].id not in given:
                found[hit[0].id] = (hit[0], word, hit[1])
                break
    return list(found.values())


def _misspelt_match(ing: Ingredient, written: str, score: float, where: str) -> Match:
    """A misspelt active of the product name, read as ``ing``: inferred (``via`` fuzzy)."""
    return Match(ing, f"{written} (~{score:g})", active=True, via="fuzzy",
                 why=f"{where}, misspelt: {_probable_why(ing, score, None)}")


#: The classes a claim of what a product is free from drops (``FREE FROM: Fragrance, Oil and Dyes``). Any other
#: class named there is kept, decided as the list's: a list run into the claim (``made without sulfates, Aqua,
#: Retinol``) must never lose its retinoid, and a false alarm beats that miss. A claim its sentence closes (section
#: ``denied``: ``... free from parabens and hydroquinone.``) runs into nothing, and every name in it is dropped.
_CLAIMED_ABSENT = frozenset({"fragrance", "drying_alcohol", "base"})


def _classes(matches: list[Match]) -> set[str]:
    """The classes ``matches`` show, but for base ingredients."""
    return {m.ingredient.cls for m in matches} - {"base"}


def _peel_off_film(matches: list[Match], count: int) -> bool:
    """Whether the list holds a peel-off film former (polyvinyl alcohol, PVP: tag ``peel_film``) in its
    first half: a "Peel" whose list shows no exfoliant is then a film lifted off the skin, not an acid peel."""
    return any("peel_film" in m.ingredient.tags and m.position is not None and m.position <= max(3, count // 2)
               for m in matches)


def _panel_drugs(items: list[Item], matches: list[Match]) -> frozenset[str]:
    """Ids of the recognised ingredients a drug-facts panel lists under Active ingredients."""
    active = {it.position + 1 for it in items if it.section == "active"}  # a Match counts from 1
    if not active:
        return frozenset()
    return frozenset(m.ingredient.id for m in matches if m.via != "name" and m.position in active)


#: What a product type in a name alone stands for, when the name does not say (see :func:`_name_only`): the
#: exfoliating acids' classes (:data:`compatcheck.list_context.ACID_CLASSES`), or a scrub's particles.
_NAMED_PARTICLES = frozenset({"physical_exfoliant"})


def _no_peel_product(named: tuple[Ingredient, ...], words: list[str], start: int, after: int) -> bool:
    """Whether a product type is the ``Peel`` of a ``Peel-Off`` mask (a film lifted off the skin), or a fruit's
    ``Orange Peel`` (an ingredient): no acid."""
    return any("product_type" in ing.tags for ing in named) and (
        after < len(words) and words[after] == "off"
        or fruit_peel(words, start))


def _name_only(named: list[tuple[Ingredient, str]]) -> list[tuple[Ingredient, str]]:
    """What a product name alone states; a product type ("Exfoliant", "Peel", "Scrub") only when the name
    names no ingredient of its kind, an acid or particles ("2% BHA Liquid Exfoliant" is salicylic acid, not
    also an unnamed acid peel; a "Retinol Peel" keeps its peel)."""
    shown = {ing.cls for ing, _ in named if ing.exfoliant and "product_type" not in ing.tags}
    return [(ing, key) for ing, key in named if "product_type" not in ing.tags
            or not shown & (_NAMED_PARTICLES if ing.cls == "physical_exfoliant" else ACID_CLASSES)]


def _named_why(why: str, key: str, table: IngredientTable) -> str:
    """``why`` for an active the product name states, saying so when a brand word states it: a
    combination brand's other drugs that the table does not know (Tri-Luma's steroid) go unchecked."""
    if key not in table.brand_index:
        return why
    return (f"{why}: the brand {table.brand_display[key]} holds it, by the brand's label; "
            f"any other drug in it that this table does not know is not checked")


def _brand_only(ing: Ingredient, name: str, table: IngredientTable) -> bool:
    """Whether the name states ``ing`` only by a brand word (a ``brand:`` tag): with the brand
    words removed, it no longer names ``ing`` ("Differin Spray", not "Differin Adapalene Gel")."""
    brands = {normalise(t[6:]) for t in ing.tags if t.startswith("brand:")}
    if not brands:
        return False
    words = normalise(name)
    for brand in brands:
        words = re.sub(rf"(?:^| ){re.escape(brand)}(?= |$)", " ", words)
    return all(found.id != ing.id for found, _ in match_name(words, table))


def _may_be_partial(items: list[Item], cut: bool) -> bool:
    """Whether a list may be partial by its length: fewer than :data:`_COMPLETE_LIST` items, unless it ends in the
    colourants a label declares it may contain (a whole label's tail: held-out 126's seven-name lip oil 'with
    Vitamin C', ``... May Contain: Red #7, Mica``; both labellers no vitamin C), or cut short; or whether it is a
    page's prose (on its key ingredients, or about the product), which names only some."""
    short = len(items) < _COMPLETE_LIST and not (items and items[-1].section == "may_contain")
    return (short or cut or any(item.section == "key" for item in items)
            or _PROSE_SHARE * sum(len(item.written.split()) >= _SENTENCE_LENGTH for item in items) >= len(items))


def _list_rules_out(ing: Ingredient, name: str, items: list[Item], unknown: list[str], cut: bool,
                    table: IngredientTable) -> bool:
    """Whether the list rules out an active the product name gives (a ``Retinol Eye Balm`` over a list with
    no retinoid, an ``AHA`` cream whose acid is hibiscus): a name counts only when the list is missing or may be
    partial. The list is taken as whole when it may not be partial by its length (:func:`_may_be_partial`),
    is of one product (no kit, whose other members may be left out) and is no drug-facts panel's inactive
    section alone; when nothing in it left unread holds a word only ``ing``'s class uses (``Retinol
    Liposomes``: maybe a form the table does not know); and when the name states no strength (``2% BHA``).
    Never for a drug active (an OTC acne active, an Rx drug, a UV filter): a shop page often shows a drug's
    inactive ingredients alone, so its list may look whole without it; nor for a scrub's particles."""
    if (ing.cls in _NAME_OVER_LIST or "acne_otc" in ing.tags or ing.strength in ("rx", "oral")
            or any(tag.startswith("brand:") for tag in ing.tags)):
        return False
    if _may_be_partial(items, cut) or _STRENGTH.search(name) or any(it.member for it in items):
        return False
    sections = {it.section for it in items}
    if "inactive" in sections and "active" not in sections:
        return False
    words = table.class_words.get(ing.cls, frozenset())
    return not any(words.intersection(normalise(written).split()) for written in unknown
                   if not (ing.cls == "fragrance" and _plant_part(written)))


def _carried_by_list(ing: Ingredient, key: str, matches: list[Match]) -> bool:
    """Whether a listed ingredient carries the name's word for ``ing`` ("Peptides" in the name,
    "Avena Sativa Peptide" in the list; or a row tagged ``named_as:<class>``, as willow bark is for a
    name's "BHA" over a list with no salicylate): the name then means that ingredient, which the table
    knows is not of ``ing``'s class (an oat protein fraction, not a signal peptide). Never for
    a watched class (a retinoid): there a false alarm beats a miss."""
    from compatcheck.suggest import WATCHED_CLASSES

    if ing.cls in WATCHED_CLASSES:
        return False
    if key == ing.cls and any(f"{_NAMED_AS}{ing.cls}" in m.ingredient.tags for m in matches if m.via != "name"):
        return True  # the class's own word ("BHA", not "Salicylic Acid 2%"): willow bark, which a name calls its BHA
    claim = _singular(key.split())
    for m in matches:
        inci = normalise(m.ingredient.inci)
        if m.via == "name" or claim[0] not in inci:  # a cheap first test
            continue
        if _holds_run(_singular(inci.split()), claim):
            return True
    return False


def _holds_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` stands in ``words`` as consecutive words."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


#: The last word of a plant item that is a liquid drawn from the plant, not its ground particles.
_EXTRACT_ENDINGS = frozenset({"extract", "water", "juice", "oil", "filtrate", "ferment"})
#: The last word of a plant item that holds none of its volatile oil: an extract, water, juice or powder of a plant
#: whose oil is a fragrance (``Zanthoxylum Piperitum Fruit Extract``) is no unknown form of the perfume.
_PLANT_PARTS = _EXTRACT_ENDINGS - {"oil"} | {"powder"}


def _plant_part(written: str) -> bool:
    """Whether ``written`` names a plant's extract, water, juice or powder (see :data:`_PLANT_PARTS`)."""
    words = normalise(written).split()
    return bool(words) and words[-1] in _PLANT_PARTS


def _particle_listed_as_extract(ing: Ingredient, key: str, unknown: list[str]) -> bool:
    """Whether the scrub particle a name gives (``Rice Bran Enzyme Powder Wash``) is in the list only as a liquid
    drawn from the same plant part (``Oryza Sativa (Rice) Bran Extract``): the name then means that extract, not
    grains (SRB's wash, its only particle the corn starch it foams from; held-out 130, both labellers: no scrub)."""
    if ing.cls != "physical_exfoliant":
        return False
    claim = normalise(key).split()
    for written in unknown:
        words = normalise(written).split()
        if words and words[-1] in _EXTRACT_ENDINGS and _holds_run(words, claim):
            return True
    return False


def _singular(words: list[str]) -> list[str]:
    """``peptides`` -> ``peptide``; not ``-ss`` words (``glass``)."""
    return [w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words]


def _name_evidence(name: str, table: IngredientTable) -> list[tuple[Ingredient, str]]:
    """Name matches that are evidence: scrub particles only in a scrub's name ("Sugar Lip Balm" is not)."""
    words = frozenset(normalise(name).split())
    return [(ing, key) for ing, key in match_name(name, table, product_types=True)
            if ing.cls != "physical_exfoliant" or "product_type" in ing.tags or sold_as_scrub(words)]


def match_name(name: str, table: IngredientTable, product_types: bool = False) -> list[tuple[Ingredient, str]]:
    """Actives a product name states, by longest whole-word runs of table names.

    With ``product_types``, also what its type says ("Peel", "Scrub").
    """
    words = product_name_words(name)
    found: list[tuple[Ingredient, str]] = []
    seen: set[str] = set()
    i = 0
    while i < len(words):
        if words[i] not in table.name_first_words:  # no name starts with this word
            i += 1
            continue
        for n in range(min(table.max_words, len(words) - i), 0, -1):
            key = " ".join(words[i : i + n])
            ing = table.name_index.get(key)
            named = (ing,) if ing is not None else table.brand_index.get(key)  # a brand: each drug it holds
            if named is None:
                continue
            if (negated(words, i, n) or _no_peel_product(named, words, i, i + n) or _a_use(words, i)
                    or _removed(words, i)):
                i += n - 1
                break
            for ing in named:
                if ("product_type" not in ing.tags or product_types) and ing.id not in seen:
                    seen.add(ing.id)
                    found.append((ing, key))
            i += n - 1
            break
        i += 1
    return found


def _a_use(words: list[str], start: int) -> bool:
    """Whether the name at ``words[start]`` follows ``for``: what the product is used with or for, not what it holds
    (held-out 126's sweet almond oil sold as a 'Carrier Oil for Essential Oils Mixing', both labellers: no perfume)."""
    return start > 0 and words[start - 1] == "for"


#: Words that say what a cleanser takes off the skin ("Removes Long-Wear Makeup, Sunscreen & Impurities").
_REMOVAL_WORDS = frozenset({"remove", "removes", "removing", "remover", "removers", "dissolves", "dissolving",
                            "cleanses", "melts", "lifts", "washes"})
#: How far back a removal word may stand from a name it takes off: a short phrase, not the whole title.
_REMOVAL_REACH = 4


def _removed(words: list[str], start: int) -> bool:
    """Whether the name at ``words[start]`` is what the product removes, not what it holds: a removal word shortly
    before it with no ``with`` between (a cleansing balm that 'Removes Long-Wear Makeup, Sunscreen & Impurities',
    held-out 183: no sunscreen; not a 'Makeup Remover with Salicylic Acid')."""
    for word in reversed(words[max(0, start - _REMOVAL_REACH) : start]):
        if word == "with":
            return False
        if word in _REMOVAL_WORDS:
            return True
    return False


def _featured(items: list[Item], table: IngredientTable) -> tuple[list[Item], frozenset[str]]:
    """``items`` without the names a page's key-ingredient prose features before its full list (section
    ``featured``, see :func:`split_inci`), and the ids of the exfoliating acids among those: what the page sells
    the product on, which its list's order alone does not tell."""
    if not items or items[-1].section != "featured":
        return items, frozenset()
    listed = [item for item in items if item.section != "featured"]
    featured = [(item, _resolve(item, table)[0]) for item in items[len(listed):]]
    acids = {ing.id for _, ing in featured if ing is not None and ing.exfoliant and ing.cls != "physical_exfoliant"}
    # a featured name with its strength that the list lacks is the product's declared active, which the page printed
    # as its key-ingredient line and left out of the list (Sephora's ``-Adapalene 0.1%: ...`` above the inactive
    # ingredients; a sunscreen's ``-Avobenzone 2%, Homosalate 10% ...``): read as under Active ingredients
    ids = {ing.id for item in listed if (ing := _resolve(item, table)[0]) is not None} if any(
        item.percent is not None for item, _ in featured) else set()
    declared = [item for item, ing in featured if item.percent is not None and ing is not None
                and ing.cls != "base" and ing.id not in ids]
    listed += [item._replace(position=len(listed) + i, section="active") for i, item in enumerate(declared)]
    return listed, frozenset(acids)


def _match_items(
    items: list[Item], table: IngredientTable, named: list[tuple[Ingredient, str]], name: str = "",
    protectant: bool = False, cut: bool = False, featured: frozenset[str] = frozenset(),
) -> tuple[list[Match], list[str]]:
    found: list[tuple[Item, Ingredient]] = []
    again: list[tuple[Item, Ingredient]] = []  # names a list holds twice, after their first: a list printed twice
    unknown: list[Item] = []
    # (kit member, ingredient id) -> its place in found: each product of a kit keeps its own, so that each
    # list's context sees all of its ingredients (a peel's glycolic acid 3rd, also 13th in the kit's serum)
    seen: dict[tuple[int, str], int] = {}

    def keep(item: Item, ing: Ingredient) -> None:
        if item.section == "denied" or item.section == "absent" and ing.cls in _CLAIMED_ABSENT:
            return  # 'Free from parabens, fragrance': said to be absent
        key = (item.member, ing.id)
        if key not in seen:
            seen[key] = len(found)
            found.append((item, ing))
        elif item.section == "active" and found[seen[key]][0].section != "active":
            # a list printed twice, as a page's full list and then as its drug-facts panel: the name under
            # the Active heading is the one that tells (a sunscreen's 'Zinc Oxide 9.17%')
            found[seen[key]] = (item, ing)
        else:
            again.append((item, ing))

    def read_unknown(reader) -> list[Item]:
        """``unknown`` less the items ``reader`` reads as an ingredient, each kept as it."""
        read = [(item, ing) for item in unknown if (ing := reader(item)) is not None]
        for item, ing in read:
            keep(item, ing)
        return [item for item in unknown if all(item is not done for done, _ in read)]

    own_name = normalise(name)
    for item in items:
        ing, parts, family = _resolve(item, table)
        if ing is not None and (not ing.tags or not _names_the_product(item, own_name, table)):
            keep(item, ing)
        elif ing is not None:
            continue  # a brand word of the product's own name (only rows with tags carry brands)
        elif parts:
            for ing, key in parts:
                keep(item._replace(written=key), ing)
        elif family is not None and not _the_plant_itself(item, family, name, items):
            keep(item, family)
        else:
            unknown.append(item)
    # an acid named by its adjective alone under an Active heading (``Active ingredients Salicylic, Succinic,
    # Glycerin``, held-out 198's INKEY set): the acid; elsewhere a lone ``Glycolic`` is a fragment and reads as nothing
    unknown = read_unknown(lambda item: _bare_acid(item, table) if item.section == "active" else None)
    # an oil blend listed by bare plant names, as Indian face oils are (``Walnut, ..., Rose, Jasmine``): each is the
    # plant's oil; not a list of full names with a stray bare one (a cleansing oil's ``Frankincense``, held-out 131,
    # both labellers: no perfume)
    if unknown and 2 * len(unknown) >= len(items) and _sold_as_oil(name):
        unknown = read_unknown(lambda item: _bare_oil(item, table))
    # the product's own name printed with its data is not read as a near-miss of an ingredient or a
    # brand ('Differin ... Cleanser' is not adapalene), but stays listed as not recognised
    fuzzy = _probable([item for item in unknown if not _names_the_product(item, own_name, table)], table)
    halves = _split_halves(unknown, fuzzy, table)
    fuzzy += [(joined, ing, score, None) for joined, _, ing, score in halves]
    for item, ing, score, _ in fuzzy:
        keep(item._replace(written=f"{item.written} (~{score:g})"), ing)
    probable = {item.position: (score, word) for item, _, score, word in fuzzy}
    absorbed = {second for _, second, _, _ in halves}
    for joined, second, family in _scheme_halves(unknown, probable.keys() | absorbed, table):
        keep(joined, family)
        absorbed |= {joined.position, second}
    for item in unknown:
        if item.position not in probable and item.position not in absorbed and _may_name_a_peptide(item.written) and (
                _GLUED_PEPTIDE_NAME.fullmatch(normalise(drop_parenthetical(item.written)))):
            keep(item, table.by_id["peptide_unspecified"])
            absorbed.add(item.position)
    unknown_names = [item.written for item in unknown if item.position not in probable and item.position not in absorbed]
    # a kit member's own name (``Exfoliating Toner:``) makes its claims for its list only
    labels = {item.member: item.label for item in items if item.label}
    by_list = contexts(items, found, named, claim_words(name, table), protectant, cut=cut,
                       member_words={member: claim_words(label, table) for member, label in labels.items()},
                       member_named={member: _name_evidence(label, table) for member, label in labels.items()},
                       aroma_genera=table.aroma_genera, strengths=name_strengths(name, named), featured=featured,
                       again=again, korean=hangul_name(name))
    matches: list[Match] = []
    place: dict[str, int] = {}  # ingredient id -> its place in matches
    for item, ing in found:
        active, why = by_list[list_of(item)].decide(item, ing)
        via = "list"
        if item.position in probable and ing.cls != "base":
            via = "fuzzy"
            why = f"{_probable_why(ing, *probable[item.position])}; {why}"
        elif item.position in probable:
            via = "fuzzy"
        match = Match(ing, item.written, active=active, why=why, via=via, position=item.position + 1,
                      percent=item.percent)
        # one match an ingredient: a kit's first use of it, or the first where it is an active (the kit's
        # peel, not its serum's trace), and then where its strength is stated (a gel's 'Benzoyl Peroxide 5%')
        if ing.id not in place:
            place[ing.id] = len(matches)
            matches.append(match)
        elif _rank(match) > _rank(matches[place[ing.id]]):
            matches[place[ing.id]] = match
    return matches, unknown_names


#: What may follow "oil" in a name that sells no oil: what the product does to the skin's oil (``Oil Control
#: Foaming Face Cleanser``, ``Oil-Free``).
_NOT_AN_OIL_AFTER = frozenset({"control", "controlling", "free", "balancing", "balance", "clear", "clearing",
                               "absorbing", "reduction", "reducing", "removal", "removing", "mattifying"})
#: ... and what may come before it (``Anti-Oil``, ``No Mineral Oil``, ``Excess Oil``).
_NOT_AN_OIL_BEFORE = frozenset({"anti", "no", "mineral", "excess", "less", "non"})
#: The most words a bare plant name printed for its oil has (``Carrot Seed``).
_BARE_OIL_WORDS = 3
#: The last words of a plant material's name: an extract, juice, oil or powder of a plant, never a pure vitamin.
_PLANT_FORMS = frozenset({"extract", "extracts", "juice", "oil", "oils", "powder", "pulp", "water", "butter"})
#: The last words of a name that is no bare plant name: it says its own form, a plant material's or another.
_NOT_BARE = _PLANT_FORMS | {"wax", "gel", "paste", "ash", "bhasma"}


#: A name's words for a product that is no oil blend: a cream, lotion or wash that holds an oil (``Saffron Oil Night
#: Cream``), or an Ayurvedic oil its herbs are cooked in (``Kumkumadi Tailam``, whose ``Sandalwood`` is the herb).
_NOT_AN_OIL_BLEND = frozenset({"cream", "creme", "lotion", "balm", "butter", "ointment", "emulsion", "gel", "wash",
                               "facewash", "cleanser", "tailam", "thailam", "taila", "kumkumadi"})


def _sold_as_oil(name: str) -> bool:
    """Whether the product's name sells an oil (``Face Oil``, ``Blend of 12 Cold Pressed Oils``), not what it does to
    the skin's own oil (``Oil Control``) or what it is free of (``No Mineral Oil``), nor a cream or wash that holds one
    or an Ayurvedic herbal oil (:data:`_NOT_AN_OIL_BLEND`; held-out 184's and 186's, both labellers: no perfume)."""
    words = product_name_words(name)
    if _NOT_AN_OIL_BLEND.intersection(words):
        return False
    return any(word in ("oil", "oils") and (at + 1 == len(words) or words[at + 1] not in _NOT_AN_OIL_AFTER)
               and (at == 0 or words[at - 1] not in _NOT_AN_OIL_BEFORE) for at, word in enumerate(words))


def _bare_oil(item: Item, table: IngredientTable) -> Ingredient | None:
    """In an oil blend, a bare common plant name (``Rose``, ``Frankincense``, ``Carrot Seed``) is the plant's oil, as
    Indian face oils list them (held-out 180's and 182's: ``... Almond, Rose, Jasmine``; both labellers: their essential oils
    are the perfume); else None."""
    if "(" in item.written:  # a Latin name glossed with its common one (``Curcuma Longa (Turmeric)``): a herb
        return None          # infused in the oil (rms beauty's, held-out 160, both labellers: no perfume)
    key = normalise(item.written)
    if not key or len(key.split()) > _BARE_OIL_WORDS or key.split()[-1] in _NOT_BARE:
        return None
    return table.index.get(f"{key} oil")


def _bare_acid(item: Item, table: IngredientTable) -> Ingredient | None:
    """The acid a lone adjective names (``Salicylic``, ``Glycolic``, ``Hyaluronic``), when ``item`` is that word
    alone; else None."""
    key = normalise(item.written)
    if " " in key or not key.endswith("ic"):
        return None
    return table.index.get(f"{key} acid")


def _rank(match: Match) -> tuple[bool, bool]:
    """Which of a kit's uses of one ingredient its match shows: an active's, then one with a stated strength."""
    return match.active, match.percent is not None


def _names_the_product(item: Item, own_name: str, table: IngredientTable) -> bool:
    """Whether ``item`` is the product's own name (normalised ``own_name``) printed with its data (not
    an ingredient name itself), or
    only a brand word that name carries (``Differin`` in the drug-data string of a Differin benzoyl
    peroxide gel): not an ingredient. The name still says what the brand stands for where nothing
    else does."""
    key = normalise(item.written)
    if key == own_name:  # a single-ingredient product named after it ("Squalane") lists that ingredient
        return key not in table.index
    return key in table.brand_index and f" {key} " in f" {own_name} "


_MEMO_LIMIT = 200_000
_WORD = lazy_re.compile(r"[0-9A-Za-z]+")


def _split_runs(items: list[Item], table: IngredientTable) -> list[Item]:
    """Items holding several known names (a list whose separators were lost:
    ``Aqua Glycerin Silica Dimethicone``) cut into one item per name, items joining
    a known name to another by ``and`` or ``and/or`` (:func:`_joined_items`) cut in two,
    and a name split in two (:func:`_split_in_two`) joined again, renumbered, so that
    each name keeps its own place in the list."""
    out: list[Item] | None = None
    skip = False
    for i, item in enumerate(items):
        if skip:
            skip = False
            continue
        ing, parts, family = _resolve(item, table)
        cut = None
        if ing is None and len(parts) > 1:
            cut = _run_items(item, table)
        elif ing is None and not parts and _JOINER.search(item.written):
            cut = _joined_items(item, table, every=family is not None)
        elif ing is not None and ")" in item.written and _GLUED_AFTER_BRACKET.search(item.written):
            cut = _glued_after_bracket(item, ing, table)
        if family is not None and not cut:
            cut = _beside_a_misspelt_name(item, table)
        if ing is None and not cut and CAMEL_JOINS.search(item.written):
            cut = _camel_glued(item, table)
        if ing is None and not cut and _AFTER_EXTRACT.search(item.written):
            cut = _after_an_extract(item, table)
        if ing is None and not cut and i + 1 < len(items):
            joined = _split_in_two(item, parts, items[i + 1], table)
            if joined is not None:
                cut, skip = [joined], True
        # a sentence naming nothing (a shop's disclaimer under the list) is no name and has no place in it
        drop = (not cut and ing is None and not parts and family is None and " " in item.written
                and sentence(normalise(item.written).split(), table.index, table.max_words))
        if cut or drop:
            if out is None:
                out = list(items[:i])
            out.extend(cut or ())
        elif out is not None:
            out.append(item)
    if out is None:  # the usual case: nothing to cut
        return items
    return [item._replace(position=n) for n, item in enumerate(out)]


def _beside_a_misspelt_name(item: Item, table: IngredientTable) -> list[Item] | None:
    """``item``, read by a naming scheme (:data:`_FAMILIES`), cut into its names when it holds a known name and
    words that are very probably a misspelling of another (:func:`compatcheck.suggest.probable`): two names whose
    comma was lost (held-out 124's ``Sodium Hyalurnate Fragrance``). Read as one, the scheme (a scent's ``...
    Fragrance``) would hide the misspelt name, which may be a harmful active's (``Salicylc Acid Fragrance``). Not a
    scent's name before its fragrance (``Pineapple Fragrance Oil``): its words are no misspelt name. Only items a
    scheme reads: an unknown item holding a known name is more often a name the table lacks (``PEG-8
    Caprylic/Capric Glycerides``), and stays unknown, as said."""
    pieces = _run_items(item, table)  # one piece when it holds no known name
    unknown = [piece for piece in pieces if table.lookup(piece.written) is None]
    if len(pieces) < 2 or len(unknown) != 1:
        return None
    from compatcheck.suggest import probable, probable_misspelt  # rapidfuzz: only when something is unknown

    written = unknown[0].written
    return pieces if probable(written, table) or probable_misspelt(written, table) else None


def _split_in_two(item: Item, parts: tuple, nxt: Item, table: IngredientTable) -> Item | None:
    """``item`` (no name the table knows) and the next one as one item, when together they are a
    name split in two by a stray separator or a hard wrap: ``ethylhexyl, salicylate``, ``Cetearyl,
    Alcohol`` (not a bare drying "Alcohol": the join is a known name), ``Cocamide\nMIPA``, a word cut
    with no hyphen (``Sodium Hyaluro\nnate``). Not when
    the join is only the next name read again (a name in another script, which the lookup leaves
    out, before ``Retinol``), nor across a section's or a kit member's end."""
    if nxt.section != item.section or nxt.member != item.member:
        return None
    written = f"{item.written} {nxt.written}"
    joined = table.lookup(written)
    if joined is None and item.written[-1:].isalpha() and nxt.written[:1].islower():
        # a word cut by a hard wrap with no hyphen (``Sodium Hyaluro`` / ``nate``): the next piece goes on it
        written = f"{item.written}{nxt.written}"
        joined = table.lookup(written)
    if joined is None:
        return None
    alone = _resolve(nxt, table)[0]
    if joined == alone or (alone is not None and parts):
        return None
    return item._replace(written=written, candidates=(written,), percent=item.percent or nxt.percent)


#: A number run into the name word before it, as a list that lost its hyphens with its commas prints it
#: (``ACETYL HEXAPEPTIDE8``, ``POLYSILICONE11``): no name the table knows has a word of four Latin letters or more
#: run into a number (``PEG8``, ``CI77891``, ``CoQ10`` and Korean ``폴리솔베이트20`` are left whole).
_GLUED_NUMBER = lazy_re.compile(r"(?<=[A-Za-z]{4})(?=\d)")


def _run_items(item: Item, table: IngredientTable) -> list[Item]:
    """One item per known name in ``item``, and one per stretch of unknown words between them."""
    written = _GLUED_NUMBER.sub(" ", item.written)
    words = normalise(written).split()
    found = list(_WORD.finditer(written)) if written.isascii() else []
    if len(found) != len(words):  # accents or Greek letters: fall back on the folded words
        found = []
    out = []
    for start, end, _ in spans(words, table.index, table.max_words):
        text = (written[found[start].start() : found[end - 1].end()] if found
                else " ".join(words[start:end]))
        out.append(item._replace(written=text, candidates=(text,)))
    return out


def _camel_glued(item: Item, table: IngredientTable) -> list[Item] | None:
    """``item`` (no name the table knows) cut where a capital follows a small letter inside a word, when every
    piece is a name the table knows: ``Palmitic AcidNiacinamide`` is palmitic acid and niacinamide (held-out
    133's soap foam; read as one unknown name it hid the niacinamide, as it would a glued retinoid). None when a
    piece names nothing known (a brand's coined ``HyaCare``, a ``pH`` gloss)."""
    pieces = _cut_at(item, CAMEL_JOINS)
    if pieces is None or any(_resolve(piece, table)[0] is None for piece in pieces):
        return None
    return pieces


#: The space after a plant name's closing ``Extract``, where a lost comma glued the next name on:
#: ``Paeonia Lactiflora Root Extract Salicylic Acid``.
_AFTER_EXTRACT = lazy_re.compile(r"(?<=\bextract)\s+(?=[^\s(])", re.IGNORECASE)  # not before its own bracket


def _after_an_extract(item: Item, table: IngredientTable) -> list[Item] | None:
    """``item`` (no name the table knows) cut after each ``Extract`` that ends a plant's name, when a piece after
    one is a name the table knows and every other piece ends in ``Extract``: ``Trametes Versicolor Extract Copper
    Tripeptide-1`` is the extract and copper tripeptide-1 (held-out 133's mist, its commas lost in pairs); read as
    one unknown name it hid the peptide, as it would an exfoliating acid. None when no piece is known (``... Extract
    Glycyrrhiza Glabra (Licorice) Root Extract``: two unknown extracts either way) or a piece is neither (``Extract
    Powder``)."""
    pieces = _cut_at(item, _AFTER_EXTRACT)
    if pieces is None:
        return None
    known = [_resolve(piece, table)[0] is not None for piece in pieces]
    if not any(known[1:]) or not all(ok or normalise(piece.written).endswith("extract")
                                     for ok, piece in zip(known, pieces)):
        return None
    return pieces


#: A name after the closing bracket of the gloss before it, glued or after a space: ``Ascorbic Acid (Vitamin
#: C)Retinol``, ``Water (Aqua) Glycolic Acid``.
_GLUED_AFTER_BRACKET = lazy_re.compile(r"\)\s*(?=[^\W\d_])")


def _glued_after_bracket(item: Item, ing: Ingredient, table: IngredientTable) -> list[Item] | None:
    """``item``, read as ``ing``, cut after a closing bracket a known name follows, glued or after a space, when that
    name is another ingredient than ``ing`` and the bracket's side reads as a known name on its own, another than the
    one after it: ``Ascorbic Acid (Vitamin C)Retinol`` is ascorbic acid and retinol, ``Water (Aqua) Glycolic Acid``
    water and glycolic acid, its comma lost (held-out 161's AHA lotion: the acid hid behind the water; a retinoid must
    never hide behind a gloss).
    None when the words after the bracket name nothing known or belong to the name (``Butyrospermum Parkii
    (Shea)Butter``, ``Tocopherol (Vitamin E) Acetate``)."""
    cut = list(_GLUED_AFTER_BRACKET.finditer(item.written))[-1].end()
    left, right = item.written[:cut].strip(), item.written[cut:].strip()
    if not left or not right:
        return None
    after = item._replace(written=right, candidates=names_to_try(right), percent=None)
    other = _resolve(after, table)[0]
    if other is None or other.id == ing.id:
        return None
    before = item._replace(written=left, candidates=names_to_try(left))
    first = _resolve(before, table)[0]
    # the bracket's side reads as the whole did, or as a name of its own that the whole was read past by its gloss
    # (``Tocopheryl Acetate (Vitamin E) ALCOHOL DENAT.``, read whole as vitamin E; held-out 194, both labellers: the
    # alcohol is its solvent)
    return [before, after] if first is not None and first.id != other.id else None


#: The joiner before a prose list's last item (``Vegetable Extract and Vitamin C``), and between a
#: label's alternatives (``Sodium cocoate and/or Sodium palm kernelate``).
_JOINER = lazy_re.compile(r"\s(?:and/or|and|or)\s", re.IGNORECASE)


def _joined_items(item: Item, table: IngredientTable, every: bool = False) -> list[Item] | None:
    """``item`` cut at its joiners when one side is a known name; else None (``Salt and Pepper``). With ``every``
    (an item a naming scheme reads as a whole, ``E-Ascorbic Acid and Hyaluronic Acid`` as an ascorbyl name), only
    when each side is known on its own (held-out 185's sunscreen: its hyaluronic acid hid in the vitamin C)."""
    pieces = _cut_at(item, _JOINER)
    if pieces is None:
        return None
    unknown = [_resolve(piece, table) == (None, (), None) for piece in pieces]
    return None if (any(unknown) if every else all(unknown)) else pieces


def _cut_at(item: Item, at: re.Pattern) -> list[Item] | None:
    """``item`` cut at every match of ``at``, each piece with its own names to try; None when a piece is empty."""
    sides = [side.strip() for side in at.split(item.written)]
    if not all(sides):
        return None
    return [item._replace(written=side, candidates=names_to_try(side)) for side in sides]


#: The classes a seller's bracket may claim for a plant material (``Orange Peel Extract (Vitamin C)``).
_VITAMIN_CLASSES = frozenset({"vitamin_c", "retinoid"})


def _vitamin_gloss(item: Item, read_as: str, ing: Ingredient) -> bool:
    """Whether ``item`` was read (as ``ing``, by its name ``read_as``) only by its bracket's vitamin, glossing a plant
    material: ``Orange Peel Extract (Vitamin C)`` is an orange extract a seller says brings vitamin C, not ascorbic
    acid (held-out 181's Mamaearth sunscreen, both labellers: no vitamin C)."""
    if ing.cls not in _VITAMIN_CLASSES or len(item.candidates) != 3 or read_as != item.candidates[2]:
        return False
    words = normalise(item.candidates[1]).split()
    return bool(words) and words[-1] in _PLANT_FORMS


def _resolve(item: Item, table: IngredientTable) -> tuple[Ingredient | None, tuple[tuple[Ingredient, str], ...],
                                                          Ingredient | None]:
    """The table's answer for one item: the ingredient one of its names is; else the
    known names inside it (:func:`embedded`); else the family its name belongs to
    (a numbered peptide, an ascorbyl ester: :data:`_FAMILIES`). Remembered per table
    by the names tried: a batch meets the same items in thousands of lists."""
    try:
        return table.item_memo[item.candidates]
    except KeyError:
        pass
    hits = [(c, hit) for c in item.candidates if (hit := table.lookup(c)) is not None]
    ing = hits[0][1] if hits else None
    if len(hits) > 1 and _general(*hits[0]):
        # "PHA (Lactobionic Acid)", "BHA (Salicylic Acid)": the acid the bracket names; "살리실릭애씨드 (BHA 0.5%)", whose
        # whole reads as its Latin gloss only, "BHA" (the antioxidant's label abbreviation): the acid it glosses
        ing = next((hit for c, hit in hits if not _general(c, hit)), ing)
    if ing is not None and _vitamin_gloss(item, hits[0][0], ing):
        answer = table.item_memo[item.candidates] = None, (), None  # a plant material, unknown as such
        return answer
    if ing is None:
        # a name a copy split with stray spaces ("GLYCE R IN", "ASCORBIC AC ID"), or whose spaces it lost
        # ("KOJICACID", "RETINOLPALMITATE"): the same letters
        ing = next((hit for c in item.candidates
                    if (hit := table.spaceless.get(normalise(c).replace(" ", ""))) is not None), None)
    parts: tuple[tuple[Ingredient, str], ...] = ()
    family = None
    # more words outside its brackets than any name the table knows (not a name glossed at length: 'Cetyl Alcohol
    # (emollient - non-drying fatty alcohol from coconut oil)'): read by a name in it, it may be a list whose
    # separators were lost (all spaces counted first: most items are short, and need no bracket scan)
    longer = (ing is not None and item.written.count(" ") >= table.max_words
              and drop_parenthetical(item.written).count(" ") >= table.max_words)
    if ing is None or "/" in item.written or longer:
        inside = tuple(embedded(normalise(item.written).split(), table.index, table.max_words))
        if ing is None:
            parts = inside
        elif any(other.id != ing.id for other, _ in inside):
            # read by one of its A/B synonyms, or by the gloss of its first name ('WATER (AQUA) GLYCERIN ...'), but
            # holding other known names too: a list whose separators were lost after the pair ('AQUA /WATER ^
            # RETINOL ^ GLYCERIN'), or everywhere (held-out 145's body milk), cut into them, not water alone
            ing, parts = None, inside
    if ing is None and not parts:
        bare = normalise(drop_parenthetical(item.written))
        family = _family(bare, table)
        if family is None and "essential" in item.written.lower():
            # a plant named by its Latin name whose gloss says its oil is essential ('Jasminum Grandiflorum (Jasmine
            # Essential Oil)', held-out 215; both labellers: fragrance): that essential oil
            family = next((oil for gloss in item.candidates[2:]
                           if (oil := _essential_oil_of(normalise(gloss), table)) is not None), None)
        if (family is not None and family.cls != "retinoid" and _RETINOID_NAME.fullmatch(bare)
                and (retinoid := table.by_id.get("retinoid_unspecified")) is not None):
            # a retinyl name run together with another family's ('retinyl palmita ascorbyl paimitate'): the
            # family that matched first must not hide the retinoid, whose miss is the worst
            parts, family = ((family, item.written), (retinoid, item.written)), None
    if len(table.item_memo) > _MEMO_LIMIT:
        table.item_memo.clear()
    answer = table.item_memo[item.candidates] = ing, parts, family
    return answer


def _general(written: str, ing: Ingredient) -> bool:
    """Whether a name says only what kind of ingredient an item is (a class's abbreviation, a row for a class
    whose member is not named), so that a bracket naming the member tells which it is."""
    return normalise(written) in CLASS_ABBREVIATIONS or ing.id.endswith("_unspecified")


def _family(name: str, table: IngredientTable) -> Ingredient | None:
    """The row a name of a known naming scheme is read as (see :data:`_FAMILIES`), or the
    essential oil a bare plant part names (:func:`_essential_oil_of`)."""
    return (next((table.by_id.get(row) for pattern, row in _FAMILIES if pattern.fullmatch(name)), None)
            or _essential_oil_of(name, table) or _expressed_growth_factor(name, table))


#: A cell of fewer names than this is a seller's note of key ingredients, not a label's list.
_FEW_NAMES = 4


def _the_plant_itself(item: Item, family: Ingredient, name: str, items: list[Item]) -> bool:
    """Whether a bare plant part, which :func:`_essential_oil_of` reads as its essential oil
    (``MELALEUCA ALTERNIFOLIA LEAF``, as drug listings' substance names drop ``Oil``), names the plant itself:
    a drug panel's active (a homeopathic ``HELICHRYSUM ITALICUM FLOWER``), a scrub's ground spice
    (``Illicium Verum Fruit (star anise)``), or a part in a list that writes its plants' forms (one of ``items``
    is an ``... Extract``), where ``Salvia Officinalis (Sage) Leaf`` is the leaf, not its oil, or a seller's note of a
    few bare names (``aloe vera, lemon and orange peel``, held-out 187's wash, both labellers: no perfume)."""
    if family.cls != "fragrance" or not _BARE_PLANT_PART.fullmatch(normalise(drop_parenthetical(item.written))):
        return False
    return (item.section == "active" or sold_as_scrub(frozenset(normalise(name).split()))
            or any(other.written.rstrip(" .").lower().endswith("extract") for other in items)
            or len(items) < _FEW_NAMES)


def _expressed_growth_factor(name: str, table: IngredientTable) -> Ingredient | None:
    """The growth factor a name gives with its expressing plant (:data:`_EXPRESSED_GROWTH_FACTOR`): its
    base name's row, or the unnumbered recombinant row when the table does not list that number."""
    m = _EXPRESSED_GROWTH_FACTOR.fullmatch(name)
    if m is None:
        return None
    ing = table.lookup(m.group(1)) or table.by_id.get("recombinant_peptide_unspecified")
    return ing if ing is not None and ing.cls == "growth_factor" else None


def _essential_oil_of(name: str, table: IngredientTable) -> Ingredient | None:
    """The fragrance row of the oil of a bare plant part (:data:`_BARE_PLANT_PART`): ``Melaleuca
    Alternifolia Leaf`` is Melaleuca Alternifolia Leaf Oil (tea tree oil). Only an essential oil:
    ``Aloe Barbadensis Leaf`` has no fragrance row, and an extract is not a bare part. An oil the label
    itself calls essential is one, whatever its plant (``Lily Flower Essential Oil``): the generic row."""
    if _BARE_PLANT_PART.fullmatch(name):
        oil = table.lookup(f"{name} oil")
        return oil if oil is not None and oil.cls == "fragrance" else None
    words = name.split()
    while words and words[-1] in _MADE_BY:
        words.pop()  # 'Citrus Bergamia Fruit Oil Expressed'
    if words[-3:] in (["essential", "oil", "blend"], ["essential", "oils", "blend"]):
        words[-2:] = ["oil"]  # 'Citrus Essential Oil Blend' (held-out 215): the plants' essential oils, mixed (not a
        # bare 'essential oils', which footnotes say allergens come from: 'Natural component of essential oils')
    # an oil said to be essential, unless the words say it is absent ('No Essential Oil.' in a claims tail)
    said_essential = words[-2:] == ["essential", "oil"] and not negated(words, len(words) - 2, 2)
    if said_essential:
        del words[-2]  # 'Rosa Damascena (Rose) Essential Oil': the word says what the part names would
    generic = table.lookup("essential oil") if said_essential else None
    if len(words) < 3 or words[-1] != "oil" or words[-2] in CARRIER_PARTS:
        return generic  # 'Carrot Seed Essential Oil' is one, though a seed's oil is not unless the label says so
    # a plant's essential oil named by other parts than the table's, or by none: 'Melaleuca Alternifolia
    # (Tea Tree) Oil' is Melaleuca Alternifolia Leaf Oil, 'Eugenia Caryophyllus Bud Oil' its Flower Oil;
    # never a seed's or kernel's (carrier) oil
    stem = words[:-1]
    while len(stem) > 2 and stem[-1] in PART_WORDS and stem[-1] not in CARRIER_PARTS:
        stem.pop()
    if len(stem) < 2:
        return None
    for part in ("", *ESSENTIAL_PARTS):
        oil = table.lookup(" ".join((*stem, part, "oil")) if part else " ".join((*stem, "oil")))
        if oil is not None and oil.cls == "fragrance":
            return oil
    return generic


def _probable(unknown: list[Item], table: IngredientTable) -> list[tuple[Item, Ingredient, float, str | None]]:
    """Unrecognised items so close to one known name that they are read as it, or
    holding a word that is (nearly) the name of a class whose miss is the worst
    (``L-Retionl AGP``): (item, ingredient, score, that word as written or None)."""
    if not unknown:
        return []
    from compatcheck.suggest import probable, probable_misspelt, probable_watched  # rapidfuzz: only when needed

    out = []
    for item in unknown:
        hit = probable(item.written, table)
        if hit is None and _glossed(item.written) and (plain := plain_name(item.written)) != item.written:
            hit = probable(plain, table)  # a misspelt name behind a gloss: "Lavendula angustifolia (Lavender) Oil"
        if hit is None:
            hit = probable_misspelt(item.written, table)  # a harmful active's name, typos in it: "Salycilic Acid"
        if hit is not None:
            out.append((item, *hit, None))
        elif (near := probable_watched(item.written, table)) is not None:
            ing, score, word = near
            out.append((item, ing, score, _as_written(word, item.written)))
    return out


def _split_halves(unknown: list[Item], fuzzy, table: IngredientTable) -> list[tuple[Item, int, Ingredient, float]]:
    """Two unknown items side by side that are one misspelt name cut by a stray comma (``Sodim,
    hyaluronate``): (the joined item, the second half's position, the near name, its score). The pairs
    :func:`_stray_comma_halves` gives; never halves already read alone."""
    if len(unknown) < 2:
        return []
    from compatcheck.suggest import probable  # rapidfuzz, only when something is unknown

    taken = {item.position for item, *_ in fuzzy}
    out = []
    for item, second, written in _stray_comma_halves(unknown, taken):
        if (hit := probable(written, table)) is not None:
            out.append((item._replace(written=written), second.position, *hit))
            taken |= {item.position, second.position}
    return out


def _stray_comma_halves(unknown: list[Item], taken: set[int]) -> Iterator[tuple[Item, Item, str]]:
    """The pairs of unknown items side by side that may be one name cut by a stray comma: (first half, second half,
    the two joined). Only a one-word first half and a short second one, neither in ``taken``, which the caller grows
    as it reads a pair, so that no half is read twice."""
    after = {item.position: item for item in unknown}
    for item in unknown:
        second = after.get(item.position + 1)
        if (second is not None and not taken & {item.position, second.position} and " " not in item.written.strip()
                and len(second.written.split()) <= 3):
            yield item, second, f"{item.written.strip()} {second.written.strip()}"


def _may_name_a_peptide(written: str) -> bool:
    """A cheap look before :data:`_GLUED_PEPTIDE_NAME`'s fold and match: most unknown items name no peptide."""
    return "eptide" in written or "EPTIDE" in written or "펩타이드" in written


def _scheme_halves(unknown: list[Item], taken: set[int], table: IngredientTable) -> list[tuple[Item, int, Ingredient]]:
    """Two unknown items side by side that are one name of a known naming scheme (:data:`_FAMILIES`) cut by a stray
    comma, and misspelt too, so that no near name is found (held-out 149's ``DIMETHYSILANOL, HYALURONATE``): (the
    joined item, the second half's position, the scheme's row). The pairs :func:`_stray_comma_halves` gives, whose
    halves name nothing alone (both are unknown); never halves already read (``taken``)."""
    if len(unknown) < 2:
        return []
    taken = set(taken)
    out = []
    for item, second, written in _stray_comma_halves(unknown, taken):
        if (family := _family(normalise(written), table)) is not None:
            out.append((item._replace(written=written, candidates=(written,)), second.position, family))
            taken |= {item.position, second.position}
    return out


def _glossed(written: str) -> bool:
    """Whether ``written`` may differ from its plain name (:func:`plain_name`): a bracketed gloss or
    an "essential oil". A cheap look before the costlier fold."""
    return "(" in written or "ssential" in written or "SSENTIAL" in written


def _as_written(word: str, written: str) -> str:
    """``word`` (normalised) as ``written`` spells it: ``retionl`` -> ``Retionl``."""
    return next((w for w in _WORD.findall(written) if w.lower() == word), word)


def _probable_why(ing: Ingredient, score: float, word: str | None) -> str:
    """Why an unrecognised item is read as ``ing``."""
    if word is None:
        return f"not in the table; probably {ing.inci} ({score:g}% similar)"
    how = f"is {ing.inci}" if score == 100 else f"is probably {ing.inci} ({score:g}% similar)"
    return (f"not in the table, but its word '{word}' {how}, {with_article(ing.cls)}: "
            f"read as it, since missing one is worse than a false alarm")


def _with_suggestions(unknown: list[str], table: IngredientTable) -> tuple[Unrecognized, ...]:
    if not unknown:
        return ()
    from compatcheck.suggest import suggest  # rapidfuzz, only when something is unknown

    return tuple(Unrecognized(written, suggest(written, table)) for written in unknown)
