"""What a list and a product's name tell about each ingredient's amount: active or trace.

A label gives no amounts, but it gives enough to judge: INCI order is by amount down to
1% (anything after a 1%-capped preservative or a <=1% marker is at most about 1%), a
stated percentage, the product's name and type (peel, toner, scrub, SPF), typical
functional uses (citric and lactic acid as pH adjusters, salicylic acid as a
preservative, zinc oxide as a pigment), drug-facts sections and alphabetical tails.
:func:`contexts` reads a product's lists once; :meth:`ListContext.decide` gives each
match its ``(active, why)``.
"""

from __future__ import annotations

import re

from compatcheck import lazy_re
from compatcheck.claims import (BRIGHTENING_WORDS, CLARIFYING_WORDS, ENZYME_WORDS, EXFOLIATING_TYPE_WORDS,
                                 EXFOLIATION_WORDS, PORE_WORDS, RENEWAL_WORDS, SOOTHE_WORDS, acne_claim,
                                 clarifying_claim, cjk_claim_words, fruit_peel)
from compatcheck.inci import CARRIER_PARTS, PART_WORDS, Item
from compatcheck.model import Ingredient
from compatcheck.normalize import normalise, product_name_words
from compatcheck.table import IngredientTable

#: Product-type words: scrub particles exfoliate only in a scrub or polish, and
#: zinc oxide/titanium dioxide protect from the sun only in an SPF product.
_SCRUB_TYPE_WORDS = frozenset({"scrub", "polish", "polisher", "polishing", "microdermabrasion", "gommage", "gommages",
                               "gommant", "gommante", "peeling"})
#: Leave-on liquids an exfoliating claim never makes a scrub (``Sugar Rush Exfoliating Serum``: acids).
_LIQUID_TYPE_WORDS = frozenset({"serum", "toner", "tonic", "essence", "ampoule", "mist", "concentrate", "solution",
                                "liquid", "drops"})
#: A cloth or wipe's type words (see :data:`_PAD_WORDS` and :data:`_WIPE_WORDS`).
_CLOTH_WORDS = frozenset({"cloth", "cloths", "wipe", "wipes"})
#: Products soaked into a pad, wipe or cloth: particles in the liquid scrub nothing (held-out 70's "Exfoliating Peel
#: Pads", silica last; no pad, wipe or cloth in the corpora is labelled a scrub).
_PAD_WORDS = _CLOTH_WORDS | {"pad", "pads", "swab", "swabs"}
#: A name word built on "scrub" sells a scrub too (``Scrubs``, ``Scrubbing``, ``Scrubby``, Drunk Elephant's ``Scrubbi``).
_SCRUB_STEM = "scrub"
#: A skin-care product to buff the skin with ("Gentle Buffing Cream") is a scrub, but makeup is
#: buffed in with a brush ("Buffing Foundation"): there the word names no scrub.
_BUFFING_WORDS = frozenset({"buff", "buffing"})
#: Words for the grains a wash may be sold on.
_GRAIN_WORDS = frozenset({"beads", "microbeads", "granules"})
#: A dry product's type word: with an enzyme claim, a powder wash (``Rice Enzyme Powder``) whose grains scrub.
_POWDER_WORDS = frozenset({"powder", "powders"})
_MAKEUP_WORDS = frozenset({"foundation", "concealer", "primer", "blush", "bronzer", "brush", "highlighter", "contour"})
_SPF_WORDS = frozenset({"spf", "sunscreen", "sunscreens", "sunblock", "sun", "uv", "uva", "uvb", "pa", "solar",
                        # a sun product's type written as one word, as Korean and Japanese lines do ("Suncream")
                        "suncream", "suncreen", "sunstick", "sunmilk", "sunmist", "sungel", "sunserum"})
#: A product for the night only: no SPF claim is possible, so a UV filter in it
#: protects the product (or its colour), not the skin. Not "Day and Night Cream".
_NIGHT_WORDS = frozenset({"night", "overnight", "nighttime", "sleeping", "nuit"})
#: A name's words for an anti-ageing product, which adds LHA among its minors unless it claims exfoliation or acne
#: (L'Oréal's Age Perfect Golden Age serum, LHA 12th of 38, held-out 188, both labellers: trace).
_AGEING_WORDS = frozenset({"age", "ageing", "aging", "antiageing", "antiaging", "wrinkle", "wrinkles", "firming"})
#: The <=1% marker of a descending list whose tail is alphabetical (see :func:`_sorted_tail`).
_TAIL_MARKER = "the start of its alphabetical tail"
#: A product for the day may claim UV protection on its pack rather than in its name.
_DAY_WORDS = frozenset({"day", "daily", "daytime", "morning", "jour"})
#: Emulsions and anhydrous bases: a solvent in one is not its vehicle (an alcohol
#: gel or toner is). Not "lotion", which also names alcohol toners ("Clarifying Lotion").
_EMULSION_WORDS = frozenset({"cream", "creme", "balm", "butter", "ointment", "emulsion"})
#: A list's own word for what an acid does, in brackets after it: ``Glycolic Acid (AHA)``,
#: ``Salicylic Acid (Beta Hydroxy Acid)``, ``Lactic Acid (exfoliant)``.
_EXFOLIANT_GLOSS = lazy_re.compile(r"\(\s*(?:an?\s+)?(?P<role>[abp]ha|(?:alpha|beta|poly)[-\s]?hydroxy\s+acid|"
                                   r"exfoliant|exfoliator|exfoliating\s+(?:agent|acid))\s*\)", re.IGNORECASE)
#: Rinse-off product types: an acid of unknown amount that no claim names is there for the
#: pH; salicylic acid in the first half of an ordered list is there for the skin, as in acne washes (0.5-2%).
#: A scrub is rinsed off like a wash. Not "cleansing", which also names pads, wipes and micellar waters left on
#: the skin.
_RINSE_OFF_WORDS = frozenset({"wash", "cleanser", "soap", "shampoo", "scrub", "facewash", "bodywash"})
#: What a "cleansing" or "bubble" product rinsed off is: ``Cleansing Gel``, ``Bubble Foam``, ``Cleansing Balm``.
_CLEANSING_FORMS = frozenset({"foam", "gel", "balm", "oil"})
#: A cleansing cloth's type words: wiped over the face and not left on (a pad, which leaves its lotion, is none).
_WIPE_WORDS = _CLOTH_WORDS | {"towelette", "towelettes"}
#: Product types never sold as a sunscreen: rinsed off or wiped off, or a step before it (a toner).
_NEVER_SPF_WORDS = _RINSE_OFF_WORDS | {"toner", "tonic", "astringent", "peel", "mask",
                                        # a micellar water or makeup remover, wiped off (held-out 186's two-phase
                                        # Garnier remover, its filters protecting the tinted liquid)
                                        "micellar", "remover", "removers"}
#: Product types whose acids are there to exfoliate: an acid in the first half of
#: such a list is an active even without a stated %. Foot and callus creams among them: their acids
#: soften thick skin (a urea foot cream's salicylic acid 12th of 25 is its co-keratolytic).
_ACID_PRODUCT_WORDS = EXFOLIATING_TYPE_WORDS | {"peel", "peeling", "toner", "tonic", "resurfacing", "aha", "bha", "pha",
                                                "acid", "acids", "pads", "foot", "feet", "heel", "heels", "callus",
                                                "calluses", "pedi"}
#: The acid classes that exfoliate only at several percent: after a <=1% marker in a wash, a trace (salicylic
#: acid, an acne drug from 0.5%, is not among them).
_RINSED_CLASSES = frozenset({"aha", "pha"})
#: A class's abbreviation, which a label may write before the acid it means (``PHA (Lactobionic Acid) 2%``) and a
#: product name writes for the class (``AHA BHA PHA Peeling Solution``).
CLASS_ABBREVIATIONS = frozenset({"aha", "ahas", "bha", "bhas", "pha", "phas"})
#: The words an acid's own name brings into a product name ("with Glycolic Acid").
_ACID_WORDS = frozenset({"acid", "acids"})
#: A toner's type words: a toner may be sold on its acids or only to soothe and hydrate.
_TONER_WORDS = frozenset({"toner", "tonic"})
#: Claims of a product sold to soothe or hydrate (``Calming Moisture Toner``, ``Hydra Aqua Boosting
#: Toner``), not to exfoliate.
_SOOTHING_WORDS = SOOTHE_WORDS | {"hydra", "hydro", "hydrating", "hydration", "moisture", "moisturizing", "moisturising",
                                  "aqua", "cica"}
#: Products that are no exfoliating format: one for the eye area, and a face mist sprayed on to refresh.
_EYE_OR_MIST_WORDS = frozenset({"eye", "eyes", "mist", "mists"})
#: A product sold to soften calluses: its whole purpose is keratolysis, so an acid that works
#: below 1% (salicylic acid) is its keratolytic wherever the list puts it, never its preservative.
_CALLUS_WORDS = frozenset({"callus", "calluses", "callous"})
#: Types that say outright the product exfoliates with acids: an acid anywhere
#: before a <=1% marker is an active (peel pads list their acids after the gellant).
_PEEL_TYPE_WORDS = frozenset({"peel", "peeling"})
_PEEL_WORDS = EXFOLIATING_TYPE_WORDS | _PEEL_TYPE_WORDS | {"aha", "bha", "pha"}
#: The same claim without naming an acid class ("Exfoliating Toner", not "BHA Toner").
_EXFOLIANT_CLAIM_WORDS = _PEEL_WORDS - {"aha", "bha", "pha"}
#: Acids used as preservatives sit high in short lists at <=0.5%: they need the
#: top quarter of a list, not the top third, to count as actives by position alone.
_LOW_DOSE_ROLES = frozenset({"preservative"})
#: How short a list of names with no base ingredient among them is, to be a page's key ingredients and not a
#: label's list (``- Apple Stem Cell Extract- Apple Peel Ferment- Apple cider vinegar + Glycolic Acid Complex``,
#: held-out 168's Origins peel): a label lists its water, oils, emulsifiers and preservatives.
_KEY_NAMES = 6
#: Tags of ingredients used at no more than about 1%: whatever a list puts after one
#: is at most about 1% too (ingredients above 1% come first, in descending order).
_MARKER_TAGS = frozenset({"max_1pct", "under_1pct"})
#: How much an ingredient that "works only at several percent" (tag ``high_dose``: azelaic acid, 10-20% in
#: treatments) needs at least: listed after one stated below it, it can be no more (:meth:`ListContext.decide`).
_SEVERAL_PERCENT = 5
#: A strength in a product name: a figure with its percent sign (``2%``, ``10.5 %``).
_FIGURE = lazy_re.compile(r"(?<![\w.])(\d{1,2}(?:\.\d+)?) ?%")
#: How many places of a list can hold an AHA at the several percent it exfoliates at (and azelaic acid, tag
#: ``high_dose``, at the several percent it works at): past them, a long list's first third is down among the 1-2%
#: ingredients.
_AHA_PLACES = 12
#: The same for a PHA (gluconolactone, lactobionic acid), a larger, gentler acid that exfoliates only at higher
#: percentages than an AHA does (4-10% and up), so it must sit higher still; lower down, a PHA in a product sold
#: on no acid is the humectant and antioxidant it also is.
_PHA_PLACES = 10
#: How many places of a list can hold a low-dose active (LHA, at most 1%) that a product sold neither for acne nor
#: to exfoliate counts by its place alone: a long list's first third runs far past them, into ingredients at a
#: fraction of a percent (Skinn's 86-name cream lists its LHA 22nd; held-out 93, both labellers: a minor additive).
_LOW_DOSE_PLACES = 20
#: The places past which an acid of the class is below the several percent it exfoliates at.
_DOSE_PLACES = {"aha": _AHA_PLACES, "pha": _PHA_PLACES}
#: The tag of an acid of another class that also exfoliates only at a few percent (betaine salicylate, as strong as
#: salicylic acid at about twice its strength: ~4% for 2%): its places are a PHA's.
_FEW_PERCENT = "few_percent"
#: How many other acids high enough to exfoliate make a list a multi-acid exfoliant (a pad's betaine salicylate,
#: mandelic acid and gluconolactone), whose low-dose acid (LHA) is one of the blend wherever it sits.
_BLEND_ACIDS = 2
#: The places in which a weaker source of a class (a plant extract whose arbutin is a fraction of it) is among the
#: bulk of the product, and so its lead for that class whatever the name sells (see ``_leads_as_source``).
_SOURCE_LEAD_PLACES = 5
#: A tag naming the ingredient an acid is sold with as a preservative blend (``preservative_with:sodium_benzoate``).
_PARTNER = "preservative_with:"
#: A printed strength (``Salicylic Acid (1ppm)``, 0.0001%; ``Betaine Salicylate(100ppm)``, 0.01%) at or below
#: which an acid is label dressing, not an exfoliant, even in a product named for it: ten times below the lowest
#: level any acid here works at (LHA, ~0.1%).
_TOKEN_PERCENT = 0.01
#: The same for an AHA or PHA, which works at several percent: a printed 0.1% or less of one (``Mandelic Acid
#: (500ppm)``) is forty times below the lowest AHA level that exfoliates, whatever the name claims.
_TOKEN_PERCENT_AHA_PHA = 0.1
#: The share of its active floor at which a printed strength of an acid whose lesser job is a preservative is that
#: floor: Korean cosmetics may hold at most 0.5% salicylic acid and print it just under, 0.45% (held-out 172's and
#: 174's pads, both labellers: their BHA); no label prints its preservative's strength.
_PRINTED_FLOOR_SHARE = 0.9
#: Where the tail of an ordered list starts, as a share of it: an acne drug after a <=1% marker and past it, in a
#: leave-on, has most of the list's <=1% ingredients before it, so it is below the 0.5% an acne claim needs; an AHA
#: or PHA past it, the first of its class, is too little to carry a name's claim of its class.
_ACNE_TAIL = 3 / 4
#: How many names make a list long enough that, with no <=1% marker, its tail is at trace levels all the same.
_LONG_LIST = 20


def _token_strength(percent: float | None, acid: Ingredient) -> bool:
    """Whether a printed ``percent`` of ``acid`` is a token amount, far below any level it works at
    (:data:`_TOKEN_PERCENT`, :data:`_TOKEN_PERCENT_AHA_PHA`)."""
    return percent is not None and percent <= (_TOKEN_PERCENT_AHA_PHA if acid.cls in ("aha", "pha") else _TOKEN_PERCENT)


def _dose_places(acid: Ingredient) -> int | None:
    """How many places of a list can hold ``acid`` at the several percent it exfoliates at (:data:`_DOSE_PLACES`),
    or None for an acid that works lower (salicylic acid, LHA)."""
    return _DOSE_PLACES.get(acid.cls) or (_PHA_PLACES if _FEW_PERCENT in acid.tags else None)


def _preserves_in_blend(ing: Ingredient) -> bool:
    """Whether ``ing`` preserves only in a blend with another ingredient (its ``preservative_with:`` tags)."""
    return any(tag.startswith(_PARTNER) for tag in ing.tags)


def sold_as_scrub(name_words: frozenset[str]) -> bool:
    """Whether a name sells the product as a scrub or polish: then its particles exfoliate. An exfoliating
    serum, toner, essence, ampoule or mist is sold on what it dissolves, not on grains. An enzyme powder is
    lathered into a paste and massaged over the face: its grains buff as a polish's do."""
    if name_words & _SCRUB_TYPE_WORDS or any(word.startswith(_SCRUB_STEM) for word in name_words):
        return True
    if name_words & ENZYME_WORDS and name_words & _POWDER_WORDS:
        return True
    # a wash sold on its beads or granules (``Vitamin C Facewash With Microcrystalline Beads``, held-out 182, both
    # labellers: a physical exfoliant), not a serum's beads of encapsulated vitamins
    if name_words & _GRAIN_WORDS and name_words & _RINSE_OFF_WORDS:
        return True
    return bool(name_words & EXFOLIATING_TYPE_WORDS and not name_words & _LIQUID_TYPE_WORDS
                or (name_words & _BUFFING_WORDS and not name_words & _MAKEUP_WORDS))


def name_strengths(name: str, named) -> dict[str, tuple[float, str]]:
    """The strengths a product name states for the ingredients it names (``named``: (ingredient, matched words)
    pairs): ingredient id -> (percent, the name's words for it). A figure belongs to the name right before it
    (``Glycolic Acid 7%``, ``AHA 30% + BHA 2%``), else to the one right after it (``2% BHA``: the BHA the name
    matched, salicylic acid); not to a product type (``2% Peeling``)."""
    if "%" not in name:
        return {}
    text = re.sub(r"[^\w%.+&/]+", " ", name.lower())
    keys = [(ing, key) for ing, key in named if "product_type" not in ing.tags]
    out: dict[str, tuple[float, str]] = {}
    for figure in _FIGURE.finditer(text):
        before, after = text[:figure.start()].rstrip(), text[figure.end():].lstrip()
        owner = next(((ing, f"{key} {figure.group(0)}") for ing, key in keys
                      if re.search(rf"(?:^|\s){re.escape(key)}$", before)), None) or next(
            ((ing, f"{figure.group(0)} {key}") for ing, key in keys if re.match(rf"{re.escape(key)}\b", after)), None)
        if owner is not None:
            out.setdefault(owner[0].id, (float(figure.group(1)), owner[1]))
    return out


def _ceilings(own: list[Item], hits, strengths: dict[str, tuple[float, str]],
              unordered: str) -> dict[int, tuple[float, str]]:
    """The most each place of a descending list can hold, from strengths stated before it: an ingredient listed
    after one at p% (its own ``Glycolic Acid 7%``, or the name's ``2% BHA`` for the first of that ingredient) is
    at most p% (INCI order is by amount down to 1%, so below 1% the bound is 1%). Not from the list's first
    names when they state strengths, nor from its first name: that is a drug's actives folded in front of the
    list (``Salicylic Acid 2%, Water, ...``), outside its order. Place -> (percent, what says so); empty for a
    list in no order of amount."""
    if unordered or (not strengths and all(item.percent is None for item in own)):
        return {}
    folded = next((place for place, item in enumerate(own) if item.percent is None), len(own))
    # place -> (what that place bounds the rest of the list to, never below 1%; what says so)
    stated = {place: (max(item.percent, 1.0), f"{item.written.strip()} (stated)")
              for place, item in enumerate(own) if item.percent is not None and place > folded}
    applied: set[str] = set()  # the name's strength goes to its ingredient's first listing only
    for place, ing in hits:
        if ing.id in strengths and ing.id not in applied and place not in stated and place >= max(folded, 1):
            applied.add(ing.id)
            stated[place] = (max(strengths[ing.id][0], 1.0), f"{ing.inci} ({strengths[ing.id][1]} in the product name)")
    out: dict[int, tuple[float, str]] = {}
    bound = None
    for place in range(len(own)):
        if bound is not None:
            out[place] = bound
        if place in stated and (bound is None or stated[place][0] < bound[0]):
            bound = stated[place]
    return out


def list_of(item: Item) -> tuple[int, bool]:
    """Which ordered list an item belongs to: its kit member, and in a drug-facts
    panel the active block or the inactive list (each is ordered on its own)."""
    return item.member, item.section == "active"


#: A brand's coined word for an exfoliant (Dermalogica's ``Microfoliant``, ``Superfoliant``, ``Milkfoliant``).
_COINED_EXFOLIANT = lazy_re.compile(r"\w+foliant")


def claim_words(name: str, table: IngredientTable) -> frozenset[str]:
    """The words of a product name, less an ``acid`` that only ends the name of an ingredient that does
    not exfoliate (``Hyaluronic Acid Serum``, ``Tranexamic Acid``, ``Ferulic Acid + Retinol``): that names the
    serum's humectant, brightener or antioxidant, not an acid product whose acids are there to exfoliate."""
    words = product_name_words(name) + cjk_claim_words(name)  # "Marine Cream SPF30": spf, 30
    words += ["exfoliant" for word in words if _COINED_EXFOLIANT.fullmatch(word)]  # "Daily Microfoliant"
    if "peel" in words and all(fruit_peel(words, i) for i, word in enumerate(words) if word == "peel"):
        words = [word for word in words if word != "peel"]  # "Orange Peel Face Wash": an ingredient
    if "acid" not in words:
        return frozenset(words)
    claims = [i for i, word in enumerate(words) if word == "acid" and not (
        i and (ing := table.index.get(f"{words[i - 1]} acid")) is not None and not ing.exfoliant)]
    return frozenset(words) if claims else frozenset(words) - {"acid"}


def contexts(items, found, named, words, protectant=False, cut=False,
             member_words=None, aroma_genera=frozenset(), strengths=None,
             featured=frozenset(), member_named=None, again=(), korean=False) -> dict[tuple[int, bool], "ListContext"]:
    """One context per ordered list (see :func:`list_of`): its length, its first
    <=1% marker, whether its order says nothing about amounts (:func:`_unordered_kind`); ``protectant``:
    whether its drug panel declares its actives as skin protectants only (:func:`protectant_only`);
    ``words``: the name's claim words (:func:`claim_words`); ``cut``: whether the text stops short of
    its list's end (``... Show more``), so that its last list's length says nothing.

    In a kit the name's SPF claim belongs to one member only, so it makes no
    member's pigments or UV absorbers sunscreen (only an Active-ingredients block does). A member the
    field names before its list (``member_words``: kit member -> the claim words of that name) adds its
    own name's claims, its SPF among them (``'Exfoliating Treatment:', 'Aqua, ...'``), and what that name
    states (``member_named``: kit member -> its name's evidence, like ``named``: ``AHA/BHA Clarifying Toner``
    sells its own list on both classes). ``aroma_genera``:
    the genera of the table's essential oils, whose waters and extracts carry fragrance allergens
    (:func:`_allergen_carrier`). ``strengths``: the strengths the product name states for named ingredients
    (:func:`name_strengths`), which bound what a list names after them (:func:`_ceilings`); not in a kit, where
    the name speaks for one member only. ``featured``: the ids of the exfoliating acids the page's key-ingredient
    prose features before its full list (:func:`compatcheck.detect._featured`). ``again``: the names a list holds
    twice, after their first (:func:`_second_copy`).
    """
    member_words = member_words or {}
    member_named = member_named or {}
    lists: dict[tuple[int, bool], list[Item]] = {}
    for item in items:
        lists.setdefault(list_of(item), []).append(item)
    found_in: dict[tuple[int, bool], list[tuple[Item, Ingredient]]] = {key: [] for key in lists}
    for item, ing in found:
        found_in[list_of(item)].append((item, ing))
    again_in: dict[tuple[int, bool], list[tuple[Item, Ingredient]]] = {}
    for item, ing in again:
        again_in.setdefault(list_of(item), []).append((item, ing))
    kit = len({member for member, _ in lists}) > 1
    panels = {member for member, active in lists if active}
    listed_ids = frozenset(ing.id for _, ing in found)
    soaps = _soaps(lists, found_in)
    out = {}
    last = list_of(items[-1]) if items else None
    for key, own in lists.items():
        index = {item.position: i for i, item in enumerate(own)}
        hits = sorted(((index[item.position], ing) for item, ing in found_in[key]), key=lambda hit: hit[0])
        unordered = _unordered_kind(own)
        marker = None if unordered else _first_marker(hits)
        if not unordered and len(own) >= _SORTED_TAIL and any(ing.trace_role for _, ing in hits):
            tail = _sorted_tail(own)
            # the tail's first name sorts before the next whether it ends the descending list or starts the tail,
            # so only what follows it is surely at most 1% (Hada Labo's Goku-jyun and Shiro-jyun masks, sorted from
            # their alcohol 4th of 14 and 6th of 15, held-out 108 and 109: every labeller a drying alcohol)
            if tail is not None and (marker is None or tail < marker[0]):
                marker = (tail, _TAIL_MARKER)
        # an acid printed at a token strength is label dressing, in no acid blend (Arencia's soap, its LHA at 100ppm
        # 22nd of 74: no partner that makes its salicylic acid a blend's; held-out 171, both labellers: trace)
        acids = [(i, ing) for i, ing in hits if ing.exfoliant and ing.cls in ACID_CLASSES
                 and not _token_strength(own[i].percent, ing)]
        own_named = [*named, *member_named.get(key[0], ())]
        named_ids = frozenset(ing.id for ing, _ in own_named)
        # the acids the name gives by a class's abbreviation only ("PHA": gluconolactone), not by their own names
        by_class_word = named_ids - {ing.id for ing, written in own_named
                                     if normalise(written) not in CLASS_ABBREVIATIONS}
        panel_active = found_in.get((key[0], True), []) if key[0] in panels and not key[1] else []
        repeats = sorted(((index[item.position], ing) for item, ing in again_in.get(key, ())), key=lambda hit: hit[0])
        out[key] = ListContext(
            count=len(own), index=index, marker=marker, kit=kit, member=key[0],
            acids=frozenset(i for i, _ in acids),
            first_acid=next((i for i, ing in acids if _primary_acid(ing)), None),
            free_acid_classes=frozenset(ing.cls for _, ing in acids if _primary_acid(ing) and "salt_form" not in ing.tags),
            first_particle=next((i for i, ing in hits if ing.cls == "physical_exfoliant"), None),
            first_abrasive=next((i for i, ing in hits if "abrasive" in ing.tags), None),
            first_aqueous=next((i for i, ing in hits if "aqueous" in ing.tags), None),
            first_fragrance=next(((i, ing.inci) for i, ing in hits if ing.cls == "fragrance"), None),
            first_oil=next((i for i, item in enumerate(own[:_GRAIN_PLACES])
                            if _OIL_WORDS & set(normalise(item.written).split())), None),
            acid_at=dict(acids), ceilings=_ceilings(own, hits, {} if kit else (strengths or {}), unordered),
            neutralisers=frozenset(i for i, ing in hits if "neutraliser" in ing.tags),
            uv_places=tuple(sorted(index[item.position]
                                   for item, ing in found_in[key] if ing.cls == "sunscreen"
                                   and not _COLOUR_INDEX.search(item.written)
                                   and not (ing.trace_role == "pigment" and _coats_flakes(own, index[item.position])))),
            named_acid=next((ing for _, ing in acids if ing.id in named_ids and _primary_acid(ing)), None),
            named_ids=named_ids, by_class_word=by_class_word, named_classes=frozenset(ing.cls for ing, _ in own_named),
            particles=tuple((i, ing) for i, ing in hits if ing.cls == "physical_exfoliant"),
            type_classes=_type_only_classes(own_named, hits),
            named_acid_classes=frozenset(ing.cls for ing, _ in own_named if ing.exfoliant
                                         and ing.cls != "physical_exfoliant" and "product_type" not in ing.tags),
            featured=featured,
            # the classes the name gives by a word no list names ("AHA", "Peel"), not by a listed acid's own name
            class_word_classes=frozenset(ing.cls for ing, _ in own_named if ing.id not in listed_ids),
            name_words=(words - _SPF_WORDS if kit else words) | member_words.get(key[0], frozenset()),
            inactive_list=key[0] in panels and not key[1], unordered=unordered, protectant=protectant,
            cut=cut and key == last,
            second_copy=_second_copy(hits, repeats, len(own)),
            key_names=len(own) < _KEY_NAMES and not any(ing.cls == "base" for _, ing in hits),
            panel_exfoliant=any(ing.exfoliant and ing.cls != "physical_exfoliant" for _, ing in panel_active),
            soap=soaps.get(key[0]), present={ing.id: ing for _, ing in hits},
            allergen_carrier=_allergen_carrier(own, [ing for _, ing in hits], aroma_genera), korean=korean,
        )
    return out


#: How many known names must come again, in their first order, for the rest of a list to be a second copy of it.
_COPY_RUN = 6
#: What share of a second copy's known names may be new to it (a name known under one copy's spelling only: a page's
#: common names, then its INCI names).
_COPY_SLIPS = 0.1


def _second_copy(hits: list[tuple[int, Ingredient]], again: list[tuple[int, Ingredient]], count: int) -> int | None:
    """The place where a list printed twice starts over (held-out 124's pore essence: its names in English, then the
    same list in INCI names), or None. ``hits``: the known names by place, each at its first; ``again``: the names
    listed again after their first. From the first name listed again to the end, at least :data:`_COPY_RUN` names
    come again in their first order, and all but a few (:data:`_COPY_SLIPS`) of the known names there are such
    repeats. The second copy is no part of the first's order, so the first's length says what is high or low."""
    if len(again) < _COPY_RUN:
        return None
    start = again[0][0]
    new = sum(place > start for place, _ in hits)
    first_at = {ing.id: place for place, ing in hits}
    order = [first_at.get(ing.id, -1) for _, ing in again]
    if start < count / 3 or new > _COPY_SLIPS * (new + len(again)) or order != sorted(order):
        return None
    return start


#: How many allergens a plant water or extract alone is taken to carry into a list (rose water's citronellol
#: and geraniol); more are a perfume's.
_CARRIED_ALLERGENS = 2
#: What a plant's water or extract is called; not its oil, which is itself the fragrance.
_CARRIER_WORDS = frozenset({"water", "hydrosol", "distillate", "extract"})
#: Parts that hold no essential oil, whose extracts carry no declarable allergen: a juice pressed from the pulp
#: (a lemon's limonene is in its peel), a seed, kernel or nut (whose oil is a fixed oil).
_SCENTLESS_PARTS = frozenset({"juice", *CARRIER_PARTS})


def _allergen_carrier(own: list[Item], found: list[Ingredient], aroma_genera: frozenset[str]) -> str | None:
    """The plant water or extract that carries a list's fragrance allergens, when its only fragrance names are
    at most :data:`_CARRIED_ALLERGENS` allergens that such plants hold (tag ``plant_allergen``: linalool,
    limonene, citronellol, geraniol...), and the list holds the water or extract of a plant whose essential oil
    the table knows (``Rosa Damascena Flower Water``, ``Lavandula Angustifolia Flower Extract``). EU labels
    declare an allergen above 0.001% whatever brings it [R4]: a rose water's geraniol may be declared, not added;
    it is on the skin all the same, so this only tells the why what may carry it. None otherwise.

    Not a part that holds no essential oil (:data:`_SCENTLESS_PARTS`: ``Citrus Limon Juice Extract``), nor an
    extract that names no part: labels name the part an extract is made from, and a scraped list that shortens
    names writes an essential oil so too (``pelargonium graveolens extract`` for the geranium flower oil)."""
    allergens = [ing for ing in found if ing.cls == "fragrance"]
    if (not allergens or len(allergens) > _CARRIED_ALLERGENS
            or not all("plant_allergen" in ing.tags for ing in allergens)):
        return None
    for item in own:
        words = normalise(item.written).split()
        if (words and words[0] in aroma_genera and "oil" not in words and not _CARRIER_WORDS.isdisjoint(words)
                and _SCENTLESS_PARTS.isdisjoint(words) and ("extract" not in words or not PART_WORDS.isdisjoint(words))):
            return item.written
    return None


#: The classes of the exfoliating acids, whose places in a list make a blend (the table also counts retinoids,
#: benzoyl peroxide and other acne actives as exfoliants, for over-exfoliation; they lead no acid blend), and
#: what a product type in a name alone stands for (see :func:`compatcheck.detect._name_only`).
ACID_CLASSES = frozenset({"aha", "bha", "pha"})
#: How high a sugar or salt sits, after an oil, to be the grain of a scrub in an oil base (see
#: :meth:`ListContext._grains_in_oil`): among the first three names, at tens of percent.
_GRAIN_PLACES = 3
_OIL_WORDS = frozenset({"oil", "butter", "triglyceride", "triglycerides"})
#: Classes of the acne drugs that show a list is an acne product (see :meth:`ListContext._acne_co_active`).
_ACNE_DRUG_CLASSES = frozenset({"acne_active", "benzoyl_peroxide"})
#: How high grains sit in a peel that scrubs as well (see :meth:`ListContext.decide`): among its first five names, at
#: a scrub's tens of percent; a filler powder in a cream peel mask comes after its emollients and emulsifiers.
_PEEL_GRAIN_PLACES = 5
#: How long a list is at least for the acid leading it to outweigh the rest (see :meth:`ListContext._leads`): a few
#: names may all be minor (a buffer solution).
_LEAD_LIST = 10
#: Products used in the bath: a salt or sugar leading their list dissolves in it (see
#: :meth:`ListContext._grains_in_oil`). Salts, plural, are sold for the bath (``Spa Salts``, ``Epsom Salts``); a
#: salt scrub calls itself a scrub.
_BATH_WORDS = frozenset({"bath", "soak", "soaks", "tub", "bathtub", "salts"})
#: How far after the acid leading a blend a smaller one is still part of it (see :meth:`ListContext._blend_led_by`):
#: the corpora's blend partners sit 1-7 places after their lead; salicylic acid 14 places after the tartaric acid
#: leading a blend, past the essential oils and extracts, is a minor (held-out 40, both labellers).
_BLEND_REACH = 8
#: The first places of a list, where an exfoliating AHA is at the several percent of a formula built on acids: its
#: blend reaches further (see :meth:`ListContext._blend_led_by`).
_AHA_LEAD_PLACES = 3
#: A colour index number (``CI 77891 (Titanium Dioxide)``): a mineral written so is declared as a colourant, the
#: way EU labels list pigments, not as a UV filter (a sunscreen declares its filters by their INCI names).
_COLOUR_INDEX = lazy_re.compile(r"\bci ?77\d{3}\b", re.IGNORECASE)
#: The flakes a pearl pigment's mineral coats, and the oxides coated with it (``Titanium Dioxide, Mica, Tin Oxide``):
#: a mineral listed right beside one, or beside a colourant's index number, is the glow or tint of a pigment, not a
#: UV filter.
_PEARL_PARTNERS = frozenset({"mica", "tin oxide", "synthetic fluorphlogopite", "calcium aluminum borosilicate",
                             "calcium sodium borosilicate", "sodium calcium borosilicate", "iron oxides"})


def _coats_flakes(own: list[Item], i: int) -> bool:
    """Whether the mineral ``own[i]`` sits right beside a pearl pigment's flakes or another pigment
    (:data:`_PEARL_PARTNERS`, ``CI 77491``)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(own):
            name = normalise(own[j].written)
            if " ".join(_COLOUR_INDEX.sub(" ", name).split()) in _PEARL_PARTNERS or _COLOUR_INDEX.fullmatch(name):
                return True
    return False


#: How high in a product's list a soap salt makes it a soap (a bar or a soap-based wash): among the first four.
_SOAP_PLACES = 4
#: How high a lye (potassium or sodium hydroxide) after a soap's fatty acid makes a product a soap made in the
#: tube (Japanese face washes: ``Water, Myristic Acid, Stearic Acid, Potassium Hydroxide``): among the first seven,
#: as a clay wash puts its clay before the fatty acids (Lab Series' clay cleanser, ``Water, Kaolin, Myristic Acid,
#: Behenic Acid, Palmitic Acid, Glycerin, Potassium Hydroxide``; held-out 205). Lower, it only neutralises a cream's
#: stearic acid or its acids.
_SAPONIFIED_PLACES = 7
#: Acid classes a soap neutralises: an alkaline bar (pH 9-10) turns its AHA, PHA or azelaic acid into the
#: acid's salt. Not salicylic acid: an acne bar's salicylic acid is its declared drug active.
_SOAP_NEUTRALISED = frozenset({"aha", "pha", "azelaic_acid"})


def _soaps(lists: dict[tuple[int, bool], list[Item]],
           found_in: dict[tuple[int, bool], list[tuple[Item, Ingredient]]]) -> dict[int, str]:
    """The products (kit members) that are soaps, with the soap salt that says so: a soap salt among the
    first few names of one of their lists (``Sodium Palmate``, ``Potassium Myristate``), or a lye among them
    after a soap's fatty acid, which it saponifies (``Myristic Acid, Stearic Acid, Potassium Hydroxide``)."""
    out: dict[int, str] = {}
    for key, own in lists.items():
        first = {item.position for item in own[:_SOAP_PLACES]}
        salt = next((ing.inci for item, ing in found_in[key]
                     if item.position in first and "soap_salt" in ing.tags), None)
        if salt is None:
            made = {item.position for item in own[:_SAPONIFIED_PLACES]}
            hits = sorted((item.position, ing) for item, ing in found_in[key] if item.position in made)
            salt = next((ing.inci for at, ing in hits if "lye" in ing.tags and any(
                "soap_fatty_acid" in fat.tags for before, fat in hits if before < at)), None)
        if salt is not None:
            out.setdefault(key[0], salt)
    return out


#: Letters whose names start with a vowel sound: an initialism that opens with one takes "an" ("an AHA", "an LHA").
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def with_article(role: str) -> str:
    """``an antioxidant``, ``a pH adjuster``, ``an AHA product``, ``a BHA product``."""
    first = role.split()[0]
    vowel = role[0] in _VOWEL_LETTERS if len(first) > 1 and first.isupper() else role[0].lower() in "aeiou"
    return f"an {role}" if vowel else f"a {role}"


def class_label(cls: str) -> str:
    """A class as a reason writes it: an acid class by its initialism (``AHA``), another in words (``azelaic acid``)."""
    return cls.upper() if cls in ACID_CLASSES else cls.replace("_", " ")


def a_class(cls: str) -> str:
    """``an AHA``, ``a BHA``, ``an azelaic acid``."""
    return with_article(class_label(cls))


def role_label(role: str) -> str:
    """A trace role as a reason writes it: ``pH adjuster``, ``minor additive``, ``preservative``."""
    return {"minor": "minor additive", "ph_adjuster": "pH adjuster"}.get(role, role.replace("_", " "))


def _primary_acid(ing: Ingredient) -> bool:
    """An acid used to exfoliate, not mostly to adjust pH (citric acid exfoliates only from ~20%)."""
    return (ing.active_min_percent or 0) < 5


#: A compounding formula's vehicle, named last as "as much as suffices" (``distilled water q.s.``, ``Gel base qsp``):
#: it makes up the rest, so the list is in no order of amount.
_QUANTUM_SATIS = lazy_re.compile(r"\bq\.? ?s\.?(?: ?p\.?)?\s*$", re.IGNORECASE)


def _unordered_kind(items: list[Item]) -> str:
    """What kind of list, if any, says nothing about amounts by its order: a medicine's excipient
    list (an SmPC's ``List of excipients`` names them in no order of amount), a formula ending in the vehicle
    that makes up the rest (``q.s.``), an alphabetical list; ``""`` for a list in descending order."""
    if any(item.section == "excipients" for item in items):
        return "a medicine's excipient list"
    if items and _QUANTUM_SATIS.search(items[-1].written):
        return "a formula whose last name makes up the rest (q.s.)"
    return "an alphabetical list" if _alphabetical(items) else ""


#: How many first letters of a name an alphabetical list is sorted on (see :func:`_alphabetical`).
_SORTED_LETTERS = 4


def _alphabetical(items: list[Item]) -> bool:
    """Whether a list is in alphabetical order (drug-facts inactive lists often are),
    allowing a slip or two (``Water`` put first, a misspelt name): then its order says
    nothing about amounts. A descending list whose <=1% tail is alphabetical is not.
    Names are sorted on their first letters only: labels sorted by hand slip among names
    that share them (``propylparaben, propylene glycol``; ``sodium thiosulfate, sodium lauryl sulfate``)."""
    if len(items) < 7:
        return False
    allowed, descents, previous = max(1, len(items) // 10), 0, ""
    for item in items:
        name = normalise(item.written).removeprefix("and ")[:_SORTED_LETTERS]
        if name < previous:
            descents += 1
            if descents > allowed:  # most lists are found descending within a few items
                return False
        previous = name
    return True


#: How many names a sorted tail needs before it is read as the <=1% tail (see :func:`_sorted_tail`).
_SORTED_TAIL = 10


#: How high an ingredient used at a fraction of a percent (tag ``under_1pct``: a signal peptide) can be listed before
#: the label is seen to name its supplier's solution by it (see :func:`_first_marker`).
_SOLUTION_PLACES = 3


def _first_marker(hits: list[tuple[int, Ingredient]]) -> tuple[int, str] | None:
    """The list's first <=1% marker (place, INCI), or None. A preservative's legal cap holds wherever it is listed;
    a peptide's <=1% is only how much is used, and a label that lists one among its first names (``Water,
    Acetyl Hexapeptide-8, Butylene Glycol``) names its supplier's solution by the peptide, as it may every other
    peptide it lists: then no peptide marks the 1% line (an essence whose alcohol comes 8th, after three peptides,
    held-out 107: both labellers a drying alcohol)."""
    solutions = any(i < _SOLUTION_PLACES and ing.tags & _MARKER_TAGS == {"under_1pct"} for i, ing in hits)
    tags = _MARKER_TAGS - {"under_1pct"} if solutions else _MARKER_TAGS
    return next(((i, ing.inci) for i, ing in hits if ing.tags & tags), None)


def _sorted_tail(items: list[Item]) -> int | None:
    """Where a descending list's alphabetical tail starts, or None: the earliest place from which the
    rest of the list (at least :data:`_SORTED_TAIL` names, one slip allowed) is in alphabetical order.
    Ingredients at or below 1% may be listed in any order after the others [I34], and labels that sort
    that tail alphabetically (many EU brands) show where it starts: after its first name (which sorts before the
    next whether it starts the tail or ends the descending list), all is at most ~1%."""
    names = [normalise(item.written).removeprefix("and ")[:_SORTED_LETTERS] for item in items]
    start, slips = len(names) - 1, 0
    for i in range(len(names) - 2, 0, -1):
        if names[i] > names[i + 1]:
            slips += 1
            if slips > 1:
                break
        start = i
    # the run holds at most one slip; one at its first or second name ends the descending list, not the tail
    # (Hada Labo's Shiro-jyun mask: 'arbutin, diglycerin, alcohol, disodium succinate, ...', sorted from its alcohol,
    # held-out 109)
    slip = next((i for i in (start, start + 1) if i + 1 < len(names) and names[i] > names[i + 1]), None)
    if slip is not None:
        start = slip + 1
    return start if len(names) - start >= _SORTED_TAIL else None


def _type_only_classes(named, hits) -> frozenset[str]:
    """The classes a name gives only by a product type ("Peeling": aha), not by a class word or an acid's own name,
    and which the list does not declare by the class's word (an item written ``AHA``: an oil peeling cleanser's
    acid complex, held-out 102)."""
    given = {ing.cls for ing, _ in named if "product_type" not in ing.tags}
    declared = {ing.cls for _, ing in hits if ing.id.endswith("_unspecified")}
    return frozenset(ing.cls for ing, _ in named if "product_type" in ing.tags) - given - declared


class ListContext:
    """What a label tells about concentration: position, markers, name, percent."""

    def __init__(self, count, index, marker, named_ids, named_classes, name_words, kit=False, member=0,
                 acids=frozenset(), first_acid=None, first_particle=None, first_aqueous=None, first_oil=None,
                 inactive_list=False, unordered="", free_acid_classes=frozenset(),
                 named_acid_classes=frozenset(), acid_at=None, uv_places=(), named_acid=None,
                 protectant=False, cut=False, panel_exfoliant=False, soap=None, present=None,
                 allergen_carrier=None, neutralisers=frozenset(), ceilings=None, first_fragrance=None,
                 class_word_classes=frozenset(), featured=frozenset(), first_abrasive=None,
                 by_class_word=frozenset(), particles=(), type_classes=frozenset(), second_copy=None,
                 key_names=False, korean=False):
        self.count = count
        self.korean = korean  # the product's name is written in Hangul (a Korean label)
        self.key_names = key_names  # the list is a few key names with no base ingredient (see decide)
        # how long the list is, for what is high or low in it: a list cut off (``... Show more``) goes on
        # past what was copied, so no name shown is low in it (taken as at least four times as long)
        self.cut = cut
        self.span = 4 * count if cut else count
        if second_copy is not None:
            self.span = second_copy  # a list printed twice: what is high or low in it goes by its first copy
        self.protectant = protectant  # the drug panel's purpose is skin protectant, with no sun claim
        self.index = index  # item position in the whole field -> place in this list
        self.acids = acids  # places of exfoliating acids: blends are listed together
        self.acid_at = acid_at or {}  # place -> the exfoliating acid listed there
        # place -> (the most, in %, that the ingredient listed there can be, what says so): from a strength stated
        # for one listed before it (:func:`_ceilings`)
        self.ceilings = ceilings or {}
        self.neutralisers = neutralisers  # places of the strong bases that neutralise acids (sodium hydroxide)
        self.uv_places = uv_places  # the places of the UV filters (any kind) found in this list
        self.first_acid = first_acid  # place of the first acid there to exfoliate (not citric)
        self.free_acid_classes = free_acid_classes  # classes of the free (not salt) exfoliating acids listed
        self.first_particle = first_particle  # place of the first scrub particle
        self.first_abrasive = first_abrasive  # place of the first grain with no use but to scrub (pumice)
        self.first_aqueous = first_aqueous  # place of the first water-based liquid (water, aloe juice)
        self.first_oil = first_oil  # place of an oil or butter among the first few names, or None
        self.first_fragrance = first_fragrance  # (place, INCI name) of the first perfume name listed, or None
        self.kit = kit
        self.member = member
        self.marker = marker
        self.named_ids = named_ids
        self.by_class_word = by_class_word  # the named ids the name gives by a class's abbreviation only ("PHA")
        self.named_classes = named_classes
        self.class_word_classes = class_word_classes  # classes the name gives by a class word ("AHA", "Peel")
        self.named_acid_classes = named_acid_classes  # exfoliating acid classes the name names (not "Peel")
        self.named_acid = named_acid  # the listed exfoliating acid the name gives by name ("Glycolic Acid 5%")
        self.featured = featured  # ids of the exfoliating acids the page's prose features before its full list
        self.name_words = name_words
        self.inactive_list = inactive_list
        self.unordered = unordered  # what kind of list says nothing about amounts by its order, or ""
        # this inactive list's drug panel declares an exfoliating acid as its active: that acid is what a
        # product type in the name ("Clearing Peel") promises, not an acid of the inactive list
        self.panel_exfoliant = panel_exfoliant
        self.soap = soap  # the soap salt high in this product's list, when it is a soap, or None
        self.present = present or {}  # id -> ingredient of every name found in this list
        self.allergen_carrier = allergen_carrier  # the plant water or extract its allergens come with, or None
        # a peel sold as a scrub whose list shows grains that scrub (a gommage: a "Peeling Gel" with pearl powder)
        # is what its type word promises, so that word claims no acid: only a name's own acid or class word does
        # (TONYMOLY's Floria peeling gel, held-out 100: lactic acid in a humectant block, both labellers trace)
        grains = (sold_as_scrub(name_words) and not name_words & _PAD_WORDS
                  and any(not self._dissolved(ing, place) for place, ing in particles))
        self.gommage = bool(type_classes) and grains
        # ... and whatever its type word, a product sold as a scrub or peel whose grains scrub, not a leave-on liquid
        # (a peeling serum's silica rolls nothing off): its grains carry that claim (see _low_dose_active)
        self.grains_sold = grains and not name_words & _LIQUID_TYPE_WORDS
        if self.gommage:
            self.named_classes = named_classes - type_classes
            self.class_word_classes = class_word_classes - type_classes

    def _leads(self, place: int) -> bool:
        """Whether ``place`` leads the list, or comes right after the water-based liquid that does."""
        return place == 0 or (place == 1 and self.first_aqueous == 0)

    def _perfume_before(self, place: int) -> str | None:
        """The perfume (``Parfum, listed 4 of 23``) listed before ``place`` where the list's order holds (not in an
        unordered list, nor past the start of a sorted tail), or None."""
        if self.unordered or self.first_fragrance is None or self.first_fragrance[0] >= place:
            return None
        if self.marker is not None and self.marker[1] == _TAIL_MARKER and place >= self.marker[0]:
            return None
        at, inci = self.first_fragrance
        return f"{inci}, listed {at + 1} of {self.count}"

    def _filter_placed_low(self, place: int, where: str) -> str:
        """Why an organic UV filter listed at ``place`` (``where``), in a product that claims no SPF, is below a
        sunscreen's several percent, or "": past the first half of an ordered list, after a <=1% marker, or after
        the perfume."""
        if not self.unordered and not self._first_half(place):
            return f"{where}; low in a product that claims no SPF: a UV absorber protecting the product"
        # not after a sorted tail's start: a brand may sort all but its main few ingredients (an unordered list
        # has no marker)
        if self._past_marker(place) and self.marker[1] != _TAIL_MARKER:
            return (f"{where}, after {self.marker[1]} (at most 1%), in a product that claims no SPF: a "
                    f"UV absorber protecting the product (a sunscreen's filters are several percent)")
        if (perfume := self._perfume_before(place)) is not None:
            return (f"{where}, after its perfume ({perfume}), in a product that claims no SPF: a UV "
                    f"absorber protecting the product (a sunscreen's filters, at several percent, come "
                    f"before its perfume)")
        return ""

    def _filters_at_sunscreen_level(self) -> int:
        """How many of the list's UV filters may be at a sunscreen's several percent: a mineral or an organic
        filter where its place does not put it below that (:meth:`_filter_placed_low`). A mineral's place does
        not tell a pigment from a filter, but low in the list it is at a pigment's level, not a sunscreen's (SK-II's
        brightener's titanium dioxide 24th of 37, held-out 118, and POND'S serum's 18th of 43, held-out 67, beside
        octinoxate 9th and 7th: both labellers of each, no sunscreen)."""
        return sum(1 for place in self.uv_places if not self._filter_placed_low(place, ""))

    def decide(self, item: Item, ing: Ingredient) -> tuple[bool, str]:
        """Whether ``ing``, found as ``item``, is there as an active, and why: the first rule that speaks, in this
        order: the list's section and kind, a scrub particle's, a UV filter's, a declared allergen's; then, for an
        ingredient with no lesser job, that it is active at any level (bar a few bounds); for one with a lesser job
        (an acid that also adjusts pH or preserves), its stated strength, the product's name, and its place."""
        place = self.index[item.position]
        where = (f"listed {place + 1} of {self.count}" + (" shown (the list is cut off)" if self.cut else "")
                 + (" inactive ingredients" if self.inactive_list else "")
                 + (" under Active ingredients" if item.section == "active" else "")
                 + (f" in kit product {self.member + 1}" if self.kit else "")
                 + (f" (the list printed twice: {self.span} names, then again)" if self.span < self.count else ""))
        for rule in (self._by_section, self._as_particle, self._as_uv_filter, self._as_allergen):
            if (verdict := rule(item, ing, place, where)) is not None:
                return verdict
        if not ing.trace_role:
            return self._active_at_any_level(item, ing, place, where)
        return self._with_lesser_job(item, ing, place, where)

    def _by_section(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str] | None:
        """The verdict the list's kind or section gives (a soap, a drug panel's actives, a base ingredient, a
        page's key ingredients), or None."""
        if self.soap is not None and _primary_acid(ing) and (ing.cls in _SOAP_NEUTRALISED or self._soap_bha(item, ing)):
            return False, (f"{where}; in a soap ({self.soap} among the first names): an alkaline soap turns "
                           f"{ing.inci} into its salt, so it does not exfoliate")
        # particles are decided by the rule for particles wherever they are listed: no drug's active is a scrub
        # particle (a pharmacy field listing silica among a benzoyl peroxide gel's actives)
        if item.section == "active" and ing.cls != "physical_exfoliant":
            if ing.cls == "sunscreen" and self.protectant and not self.name_words & _SPF_WORDS:
                return False, ("listed under Active ingredients of a skin protectant or a licensed medicine, with "
                               "no sun claim: a barrier or astringent (nappy rash, chafing, calamine), not a UV filter")
            return True, "listed under Active ingredients"
        if ing.cls == "base":
            return False, f"{where}; a base/functional ingredient"
        if item.section == "key" and ing.cls != "physical_exfoliant":
            return True, "named as a key ingredient in the page's prose, which gives no full list"
        # ... but a strength printed with the name says how much there is (a glycolic serum's ``0.2% Salicylic Acid``,
        # held-out 181: trace), which the stated-% rule reads
        if self.key_names and ing.exfoliant and ing.cls in ACID_CLASSES and item.percent is None:
            return True, (f"{where}, in a cell of a few names and no base ingredient (no water, oil, emulsifier or "
                          f"preservative): the key ingredients a page names, in no order of amount, not a label's "
                          f"list; an acid it names is what the product is sold on")
        return None

    def _soap_bha(self, item: Item, ing: Ingredient) -> bool:
        """Whether a soap's salicylic acid is one its alkali neutralises like any acid: not a drug panel's declared
        active, nor one the name gives by its own name or sells on pores, clarifying or acne (an acne bar's drug), only
        one a class word in the name ("AHA & BHA") stands for (Detclear's enzyme powder wash, a potassium soap, its
        salicylic acid 16th of 25; held-out 121, both labellers: trace; innisfree's 'Pore Clearing' cleanser with
        AHA + BHA, held-out 36, both labellers: active), and not when BHA is the one acid class the name sells it on
        (STRIDEX's 'Low Alkaline BHA Foam Cleanser', held-out 131, both labellers: active)."""
        return (ing.cls == "bha" and item.section != "active" and not acne_claim(self.name_words)
                and not self.name_words & (PORE_WORDS | CLARIFYING_WORDS)
                and (ing.id not in self.named_ids or ing.id in self.by_class_word)
                and self.named_acid_classes != {"bha"})

    def _as_particle(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str] | None:
        """A scrub particle's verdict, or None for any other ingredient."""
        if ing.cls != "physical_exfoliant":
            return None
        if self._dissolved(ing, place):
            return False, (f"{where}; {ing.inci} dissolves in the water-based liquid listed before it: "
                           f"not a scrub particle (salt and sugar scrub only in an oil or anhydrous base)")
        if pad := sorted(self.name_words & _PAD_WORDS):
            return False, (f"{where}; particles in the liquid a {pad[0]} is soaked with: a pad or wipe is no scrub "
                           f"(its own texture is what rubs)")
        if sold_as_scrub(self.name_words):
            # an enzyme powder is a polish by its grains, not by a flow aid past the first half of its list (Detclear's
            # enzyme powder wash, silica 20th of 25 after its soap and acids; held-out 121, both labellers: no scrub)
            if not sold_as_scrub(self.name_words - ENZYME_WORDS) and not self._first_half(place):
                return False, (f"{where}; past the first half of an enzyme powder's list: a flow or texture aid, not "
                               f"the grains that buff")
            return True, f"{where}; scrub particles in a scrub or polish"
        if self._grains_in_oil(ing, place):
            return True, (f"{where}; {ing.inci} " + ("leading the list" if place == 0 else "right after the oil base")
                          + " with no water-based liquid before it: undissolved grains, a sugar or salt scrub "
                            "whatever the product is called")
        if self._high(place) and not self.unordered:
            if self.kit and self.name_words & _PEEL_WORDS and not self.acids:
                return True, f"{where}; particles high in the list of the acid-free step of a peel kit: its scrub step"
            if (not self.kit and "peel" in self.name_words and "off" not in self.name_words
                    and place < _PEEL_GRAIN_PLACES):
                return True, (f"{where}; grains among the first names of a peel (not a peel-off film): it scrubs "
                              f"as well as it peels")
        # ... but not after a <=1% marker, nor after a name printed at 1% or less: at most about 1%, a texture powder
        # (Nuxe's SPF cream's rice hull powder after its benzyl alcohol, held-out 97; beplain's clay pack's coconut
        # shell powder after its mung bean powder at 6,099ppm, held-out 172, both labellers: no scrub), not a
        # scrub's tens of percent
        if ("abrasive" in ing.tags and self._first_half(place) and not self.unordered
                and not self._past_marker(place) and not self._capped_at_one(place)):
            # ... nor in a sun cream, left on all day, whose grains are a matting powder (the rice hull powder
            # of a 'sun high protection ... cream for face 30 spf', 11th of 40; held-out 116, both labellers:
            # no scrub)
            if spf := sorted(self.name_words & _SPF_WORDS):
                return False, (f"{where}; grains in a product sold for sun protection ('{spf[0]}'), left on the "
                               f"skin: a texture powder, not a scrub")
            return True, (f"{where}; an abrasive (a grain with no other use) in the first half of the list and "
                          f"before any <=1% marker: it scrubs whatever the product is called")
        return False, f"{where}; particles count as a scrub only in a scrub or polish"

    def _as_uv_filter(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str] | None:
        """A UV filter's verdict where the list or the name decides it (a drug panel's inactives, a pigment, an
        organic filter in a product that claims no SPF), or None."""
        if ing.cls == "sunscreen" and self.inactive_list:
            return False, (f"{where}; a UV filter among a drug panel's inactive ingredients: a sunscreen's "
                           f"filters are declared as its actives, so this one protects the product")
        if ing.trace_role == "pigment":
            if self.name_words & _SPF_WORDS:
                return True, f"{where}; a UV filter in an SPF product"
            return False, f"{where}; a pigment in a product that claims no SPF"
        if "chemical_filter" in ing.tags and not self.name_words & _SPF_WORDS:
            if item.percent is not None and item.percent >= 1:
                return True, (f"{where} at {item.percent:g}%: a UV filter declared with a sunscreen's strength, as a "
                              f"drug-facts panel declares its actives")
            if tanner := next((other for other in self.present.values() if "self_tanner" in other.tags), None):
                return False, (f"{where}; in a self-tanner ({tanner.inci}) that claims no SPF, which a sunless tan "
                               f"never gives: a UV absorber protecting the product")
            if self.name_words & _NIGHT_WORDS and "day" not in self.name_words:
                return False, f"{where}; in a night product, which claims no SPF: a UV absorber protecting the product"
            if low := self._filter_placed_low(place, where):
                return False, low
            if kind := sorted(self.name_words & _NEVER_SPF_WORDS):
                return False, (f"{where}; in a {kind[0]}, a product type never sold as a sunscreen, that claims no "
                               f"SPF: a UV absorber protecting the product")
            if not self.name_words & _DAY_WORDS and self._filters_at_sunscreen_level() == 1:
                others = ("the others are low in the list, after its perfume or a <=1% marker"
                          if len(self.uv_places) > 1 else "the list has no other")
                return False, (f"{where}; the only UV filter at a sunscreen's level ({others}) in a product that "
                               f"claims no SPF and is not for the day (a sunscreen combines filters to cover UVB and "
                               f"UVA): a UV absorber protecting the product")
        return None

    def _as_allergen(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str] | None:
        """A declared fragrance allergen's verdict where something other than a perfume may bring it, or None."""
        # a declared allergen is on the skin whatever brings it: a plant water's, or one used for itself, it is
        # declared because it is there above 0.001% [R4], and it sensitises as a perfume's does (both labellers of
        # 13 such lists in held-out 70-115: fragrance; of 6 in 31-60: none). The why says what may bring it.
        if ing.cls == "fragrance" and self.allergen_carrier is not None:
            return True, (f"{where}; a declared fragrance allergen, which {self.allergen_carrier} may carry rather "
                          f"than an added perfume: on the skin all the same")
        if "deodorant_allergen" in ing.tags and all("deodorant_allergen" in other.tags
                                                     for other in self.present.values() if other.cls == "fragrance"):
            return True, (f"{where}; a declared fragrance allergen, with no perfume or essential oil: {ing.inci} may "
                          f"be there for itself, as a deodorant and antimicrobial, but it is on the skin all the same")
        return None

    def _active_at_any_level(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str]:
        """An ingredient with no lesser job is active at any level, unless a bound keeps a high-dose one below its
        dose, or a supporting or milder source gives its class only where the name or its place says so."""
        if "high_dose" in ing.tags and item.percent is None and (bound := self._bounded_below_dose(ing, place)):
            return False, (f"{where}, after {bound}: {ing.inci} works only at several percent, so this is a "
                           f"minor additive")
        if "supporting_source" in ing.tags and item.percent is None and not self._leads_as_source(ing, place):
            return False, (f"{where}: {ing.inci} gives its class as a lead ingredient (among the first "
                           f"{_SOURCE_LEAD_PLACES} names, before any <=1% marker) or in a product sold for it; here, "
                           f"lower in a product sold for neither, it is a supporting one")
        if "named_source" in ing.tags and item.percent is None and not self._sold_as(ing):
            return False, (f"{where}: {ing.inci} is a milder derivative of its class that gives it only in a "
                           f"product whose name gives it, or at a stated strength; here it is a supporting one")
        return True, f"{where}; active at any level"

    def _with_lesser_job(self, item: Item, ing: Ingredient, place: int, where: str) -> tuple[bool, str]:
        """An ingredient with a lesser job (pH adjuster, preservative, solvent, minor additive): active by its
        stated strength, what the product is sold on, and its place."""
        role = with_article(role_label(ing.trace_role))
        sold_as = self._sold_as(ing)
        if item.percent is not None and (
                verdict := self._by_stated_percent(item, ing, place, where, role, sold_as)) is not None:
            return verdict
        wash = self._rinse_off()
        if (verdict := self._by_sale(ing, place, where, role, wash)) is not None:
            return verdict
        if self.unordered:
            return self._unordered(ing, role, where, sold_as, _EXFOLIANT_GLOSS.search(item.written))
        if not sold_as and (bound := self._capped_below_active(ing, place)) is not None:
            return False, (f"{where}, after {bound[1]}, so at most {bound[0]:g}%, below the "
                           f"{ing.active_min_percent:g}% of an active: used as {role}")
        other_acid = self._sold_on_another_acid(ing)
        if "low_dose_active" in ing.tags and not self.inactive_list and not other_acid:
            return self._low_dose_active(ing, place, where, role)
        return self._by_place(ing, place, where, role, sold_as, wash, other_acid)

    def _by_stated_percent(self, item: Item, ing: Ingredient, place: int, where: str, role: str,
                           sold_as: bool) -> tuple[bool, str] | None:
        """The verdict a stated strength (``Glycolic Acid 7%``) gives, or None where it leaves the call to the
        place."""
        threshold = ing.active_min_percent
        if threshold is not None and item.percent >= threshold:
            return True, f"{where} at {item.percent:g}%"
        if (threshold is not None and ing.exfoliant and ing.trace_role == "preservative"
                and item.percent >= _PRINTED_FLOOR_SHARE * threshold):
            return True, (f"{where} at {item.percent:g}%, just under the {threshold:g}% an active starts at, as labels "
                          f"print the most their rules allow: a strength printed is what the product is sold on")
        if ing.exfoliant and _token_strength(item.percent, ing):
            return False, (f"{where} at {item.percent:g}%: a token amount, far below any exfoliating level, "
                           f"whatever the name claims")
        # a claim lifts a blend's smaller share, but not an acid whose printed % and place (after a
        # <=1% marker) both say it is a minor helper ("Tranexamic Acid 3% + Glycolic Acid", glycolic 0.5%)
        if sold_as and ing.exfoliant and self._before_marker(place):
            below = f", below the usual {threshold:g}%," if threshold is not None else ""
            return True, f"{where} at {item.percent:g}%{below} but the product is sold as {a_class(ing.cls)} exfoliant"
        if threshold is not None and ing.trace_role != "solvent":  # a solvent's place says more (below)
            return False, (f"{where} at {item.percent:g}%, below the "
                           f"{threshold:g}% of an active: used as {role}")
        return None

    def _by_sale(self, ing: Ingredient, place: int, where: str, role: str, wash: str) -> tuple[bool, str] | None:
        """The verdict what the product is sold on gives (its name, its page's key-ingredient prose, a wash that
        rinses a marker-bounded AHA or PHA off), or None."""
        if ing.cls in _RINSED_CLASSES and ing.exfoliant and wash and self._past_marker(place):
            # an AHA or PHA works at several percent; at most 1%, and rinsed off, it exfoliates nothing, whatever
            # the name claims (Wardah's AHA PHA foaming cleanser, alpyn's AHA cleanser)
            return False, (f"{where}, after {self.marker[1]} (at most 1%), in a {wash} rinsed off: too little, for "
                           f"too short a time, to exfoliate, whatever the name claims: used as {role}")
        # what the product is sold on: named in its name, or an acid its page's key-ingredient prose features
        if sold_on := ("named in the product name" if ing.id in self.named_ids
                       else "featured in the page's key-ingredient prose" if ing.id in self.featured else ""):
            if ing.exfoliant and (tail := self._named_acid_as_additive(place)):
                return False, (f"{where}; {sold_on}, but listed after {tail} in a product sold as no exfoliant: "
                               f"{role}")
            if ing.id in self.named_ids:
                if ing.cls in _RINSED_CLASSES and ing.id in self.by_class_word and (
                        tail := self._named_acid_as_additive(place, claims_count=False)):
                    # an AHA or PHA works at several percent; the name's "PHA" names the class it sells, not an
                    # amount after the marker and the perfume (GLAD2GLOW's AHA BHA PHA peel, held-out 81)
                    return False, (f"{where}; the name gives its class ({class_label(ing.cls)}) only, and it is listed "
                                   f"after {tail}: far below the several percent {a_class(ing.cls)} exfoliates "
                                   f"at, used as {role}")
                return True, f"{where}; {sold_on}"
            if self._past_marker(place) and (not _primary_acid(ing) or (
                    ing.cls in _RINSED_CLASSES and not self.name_words & _PEEL_WORDS)):
                # a mostly-pH acid (citric) exfoliates only at several percent, which no place after the marker holds;
                # so does an AHA or PHA the page features in a product its name sells as no exfoliant (Bawdy's sheet
                # mask, glycolic acid 7th of 11 after phenoxyethanol; held-out 156, both labellers: trace)
                return False, (f"{where}; {sold_on}, but listed after {self.marker[1]} (at most 1%), far below the "
                               f"{ing.active_min_percent:g}% {ing.inci} exfoliates at: used as {role}")
            return True, f"{where}; {sold_on} before its full list, as what the product is sold on"
        return None

    def _soothes_the_breakout(self, ing: Ingredient) -> bool:
        """Whether the name sells breakout care by soothing it (``Trouble Soothing Pad``, ``Anti Blemish Calming
        Serum``): an acne claim with a soothing word, and no clarifying or exfoliation claim, nor ``ing`` or its
        class, named."""
        return bool(self.name_words & SOOTHE_WORDS and acne_claim(self.name_words)
                    and not self.name_words & (CLARIFYING_WORDS | EXFOLIATION_WORDS)
                    and ing.id not in self.named_ids and ing.cls not in self.named_classes)

    def _low_dose_active(self, ing: Ingredient, place: int, where: str, role: str) -> tuple[bool, str]:
        """An acid whose whole active range is at or below 1% (LHA), in a product sold on no other acid."""
        # its whole active range is at or below 1%: a <=1% marker says little, so a product sold
        # for acne, to clarify or to exfoliate counts on it wherever it sits (Effaclar Micro-Peeling
        # lists its LHA 17th of 18). In a product sold for none of these, a place after the marker
        # makes it a minor additive, and so does any place past the first third of the list, or past its
        # first :data:`_LOW_DOSE_PLACES` (the last third if the name claims its class: "AHA + BHA Gel"): an
        # anti-ageing cream or serum adds it among the minors (Génifique 30th of 45, Revitalift Filler 15th of
        # 22, Skinn's cream 22nd of 86; held-out 33, 52, 61, 67, 93); but not in a list whose other acids are
        # high enough to exfoliate, of whose blend it is one (COSRX's Poreless Pad, held-out 83). Not in a drug
        # panel's inactive list: the panel declares the actives.
        claim = clarifying_claim(self.name_words)
        if claim and self._soothes_the_breakout(ing):
            # a name that sells breakout care by soothing it sells no keratolytic: LHA is read by its place, as in a
            # product sold on neither (BRINGGREEN's tea tree trouble soothing pads, LHA 21st of 22, and its zinc
            # trouble soothing mask, 27th of 40; held-out 170, both labellers: trace)
            claim = ""
        scrubbed = self._scrubbed_before(place)
        if claim in EXFOLIATION_WORDS and place >= self.span / 3 and (scrubbed or self.grains_sold):
            # the grains carry an exfoliation claim the name makes with no acid class (Ariul's 'Enzyme Scrub Powder
            # Cleanser', walnut shell 14th, its LHA 16th of 21 after the fragrance; held-out 130, both labellers:
            # trace), as a gommage's crumbs carry its peel word (beplain's and BANILA CO's peeling gels, Thorhop's
            # gommage pack, LHA in their last third; held-out 177-179, both labellers: trace)
            grains = "whose abrasive grain is listed before it" if scrubbed else (
                "whose grains roll off the skin (a gommage)")
            return False, (f"{where}, past the first third of a product sold as {claim} {grains}: the grain "
                           f"exfoliates, the {ing.inci} is there as {role}")
        if (wash := self._wash_type()) and claim not in EXFOLIATION_WORDS and ing.cls not in self.named_classes and (
                place >= self.span / 4):
            # rinsed off in a minute, a slow keratolytic at <=1% does nothing on the skin unless the formula is built
            # on it (Torriden's cleansing gel 14th of 42, ROUND A'ROUND's trouble foam, BANILA CO's clarifying balm,
            # DR.G's blemish foam; held-out 135, 130, 132, 84: both labellers trace; Cell Fusion C's pore foam, 6th of
            # 26, held-out 131: active)
            return False, (f"{where}, past the first quarter of a {wash} sold on no {class_label(ing.cls)} and no "
                           f"exfoliation: rinsed off, it is there as {role}")
        if claim:
            return True, (f"{where}, in a product sold as {claim}: active at its usual level (at most 1%), "
                          f"wherever it sits")
        if self._past_marker(place):
            return False, (f"{where}, after {self.marker[1]} (at most 1%), in a product sold neither for acne "
                           f"nor to exfoliate: used as {role}")
        if self._minor_in_ageing(ing):
            ageing = min(self.name_words & _AGEING_WORDS)
            return False, (f"{where}, in a product sold against ageing ('{ageing}') and neither for acne nor to "
                           f"exfoliate: an anti-ageing formula adds it among its minors, as {role}")
        if place < min(self.span / 3, _LOW_DOSE_PLACES):
            return True, f"{where}, in the first third of the list: active at its usual level (at most 1%)"
        if ing.cls in self.named_classes and place < 2 * self.span / 3:
            return True, (f"{where}, before the last third of a product whose name claims "
                          f"{class_label(ing.cls)}: active at its usual level (at most 1%)")
        if len(blend := [acid.inci for at, acid in sorted(self.acid_at.items())
                         if acid.id != ing.id and self._exfoliates_by_place(at, acid)]) >= _BLEND_ACIDS:
            return True, (f"{where}, in a list whose acids {', '.join(blend)} are high enough to exfoliate: "
                          f"part of that blend, active at its usual level (at most 1%)")
        past = "third" if place >= self.span / 3 else f"{_LOW_DOSE_PLACES} places"
        return False, (f"{where}, past the first {past} of a product sold neither for acne nor to exfoliate: "
                       f"used as {role}")

    def _by_place(self, ing: Ingredient, place: int, where: str, role: str, sold_as: bool, wash: str,
                  other_acid: str) -> tuple[bool, str]:
        """The verdict the ingredient's place gives: before or after a <=1% marker, high or low in the list,
        beside the acids of a blend, read with the claims of the name and the product type."""
        # an acid whose lesser job is a low-dose one (salicylic acid, a preservative at <=0.5%), past the top of a
        # list whose name sells another exfoliant and claims no acne, supports that one, as LHA there does
        low_dose = ing.trace_role in _LOW_DOSE_ROLES
        if (("low_dose_active" in ing.tags or low_dose) and other_acid and not acne_claim(self.name_words)
                and not self._high(place, low_dose)):
            return False, (f"{where}, after the first {'quarter' if low_dose else 'third'} of a product sold on "
                           f"{other_acid}: a supporting {ing.inci}, used as {role}")
        # a mostly-pH acid (citric) counts in a product sold for its class only
        # inside the run of the blend's other acids
        in_blend = _primary_acid(ing) or place - 1 in self.acids
        if self._past_marker(place):
            return self._after_marker(ing, place, role, where, sold_as, in_blend)
        if salt := self._salt_buffer_why(ing, sold_as, where):
            return False, salt
        if (claim := self._sold_for_acne(ing, after_marker=False, place=place)) and not (
                claim in EXFOLIATION_WORDS and (self._tail_of_carried_claim(place, class_claim=False)
                                                or self._exfoliates_by_named_acid(ing)
                                                or (self._grains_carry_claim(place) and self._perfume_before(place)))):
            return True, (f"{where}, {self._marker_line()}, in a product sold for acne, clarifying, its pores, "
                          f"exfoliation or skin renewal ('{claim}'): {ing.inci} is its {class_label(ing.cls)} active "
                          f"(as a preservative it is at most 0.5% and sits among the preservatives)")
        if (co := self._acne_co_active(ing)) is not None:
            return True, (f"{where}, {self._marker_line()}, in a list that holds an acne drug ({co.inci}): "
                          f"{ing.inci} is its {class_label(ing.cls)} co-active, as in acne lotions that pair them")
        if self._supports_named_acid(ing, place):
            return False, (f"{where}, in the last third of a product whose name gives its acid "
                           f"({self.named_acid.inci}): a supporting {ing.inci}, used as {role}")
        if (lead := self._blend_led_by(ing, place)) is not None:
            return True, (f"{where}, in the first half and before any <=1% marker of a list with {lead.inci} high "
                          f"enough to exfoliate: the {class_label(ing.cls)} of its acid blend, not a preservative")
        if ing.cls in self.named_classes and place < max(5, self.span // 2) and in_blend:
            return True, f"{where}; the product name says it is {a_class(ing.cls)} product"
        if (ing.cls in self.named_classes and ing.exfoliant and self.marker is not None and in_blend
                and not (self.panel_exfoliant and ing.cls not in self.named_acid_classes)
                and not self._stray_past_first_half(ing, place) and not self._in_dose_tail(ing, place)):
            return True, f"{where}, before {self.marker[1]}, in a product sold as {a_class(ing.cls)} product"
        if self._carries_claim(ing, place, sold_as):
            return True, (f"{where}, in a list with no <=1% marker, in a product sold as {a_class(ing.cls)} "
                          f"product, and no {class_label(ing.cls)} comes before it but the run of acids it is listed "
                          f"with: it carries the claim")
        # a gommage's peel word promises its grains and at most an AHA beside them, not a PHA product: a PHA there is
        # a humectant (FRUDIA's and ROUND LAB's peeling gels, cellulose 2nd and 3rd, gluconolactone and lactobionic
        # acid mid-list; held-out 132 and 133, both labellers: trace; Mizon's, glycolic acid 10th, both active)
        kind = self._product_type() - (_PEEL_TYPE_WORDS if self.gommage and ing.cls == "pha" else frozenset())
        # a name whose only type word is an exfoliation claim ("Exfoliating ... Essence with Glycolic Acid": its
        # "Acid" is the named acid's) sells the acid it gives; a product type (toner, peel) still counts its acids
        if (kind and ing.exfoliant and in_blend
                and not (kind - _ACID_WORDS <= EXFOLIATION_WORDS and self._exfoliates_by_named_acid(ing))):
            peel = self.name_words & _PEEL_WORDS - (_PEEL_TYPE_WORDS if self.gommage else frozenset())
            if peel and self.marker is not None and not self._tail_of_carried_claim(place):
                return True, (f"{where}, not after a <=1% marker, in {a_class(sorted(peel)[0])} product: "
                              f"an exfoliating active")
            # a toner type sells no PHA at the several percent it exfoliates at past its dose places (floun's Holy
            # Basil Skin Controller Toner, gluconolactone 12th of 29, held-out 133: both labellers trace)
            if self._first_half(place) and not self._toner_sold_to_soothe(kind) and not (
                    kind <= _TONER_WORDS and self._past_dose_places(place, ing) and ing.cls == "pha"):
                return True, f"{where}, in the first half of a {sorted(kind)[0]} product: an exfoliating active"
        if ing.trace_role == "solvent" and self._first_half(place):
            return True, f"{where}: in the first half of the list, a solvent-level amount"
        # ... but not a Korean wash's: Korean cosmetics may hold salicylic acid at 0.5% to preserve, and sell it as an
        # active only in a functional acne product, which says so (여드름)
        if ("acne_otc" in ing.tags and ing.exfoliant and wash and self._first_half(place)
                and not (self.korean and not acne_claim(self.name_words))):
            return True, (f"{where}, in the first half of a {wash} and {self._marker_line()}: a rinse-off product "
                          f"holds {ing.inci} for the skin, at the 0.5-2% of acne washes, not only to preserve it")
        if (_preserves_in_blend(ing) and ing.cls not in self.named_classes
                and not self.name_words & EXFOLIATION_WORDS):
            # an acid that preserves in a blend (gluconolactone with sodium benzoate) in a wash sold on neither it
            # nor exfoliation: a PHA rinsed off in seconds does nothing a blend's preservative does not explain
            # (CeraVe's SA and acne cleansers, held-out 15 and 70: every labeller trace)
            if wash:
                return False, (f"{where}, in a {wash} sold on no {class_label(ing.cls)} and no exfoliation: rinsed "
                               f"off, it is there as {role}")
            # ... and so in a cleansing cloth, wiped over the face and not left on, with the blend's partner listed
            # (OLEHENRIKSEN's and Philosophy's cloths, held-out 68 and 80: every labeller trace)
            if (wipe := min(self.name_words & _WIPE_WORDS, default="")) and (
                    partner := self._preservative_partner(ing)):
                return False, (f"{where}, with {partner.inci}, in {wipe} sold on no {class_label(ing.cls)} and no "
                               f"exfoliation: wiped over the skin, not left on, it is there as {role}")
        if self._high(place, low_dose):
            if ing.trace_role in ("ph_adjuster", "preservative") and (ing.active_min_percent or 0) >= 5:
                # ... unless that acid works at <=1% (LHA): as much as it is no more than a pH adjustment needs
                # (MONSIEUR J's essence, citric acid 24th of 100 right before its LHA, held-out 136: both trace)
                if ((follow := self._next_acid(place)) is not None and self._exfoliates_by_place(*follow)
                        and "low_dose_active" not in follow[1].tags):
                    follower = follow[1]
                    return True, (f"{where}: high in the list and right before {follower.inci}, an exfoliating "
                                  f"acid high in the list, so at least as much as it (far more than a pH "
                                  f"adjustment needs): part of the acid blend")
                if (lead := self._exfoliating_lead(place)) is not None:
                    return True, (f"{where}: high in the list and right after {lead.inci}, an exfoliating acid high "
                                  f"in the list: the acids of a blend are listed together, and this high it is "
                                  f"more than a pH adjustment needs: part of the acid blend")
                if self._leads(place) and self.count >= _LEAD_LIST:
                    return True, (f"{where}: before every other ingredient but water, so more than any of them, far "
                                  f"more than a pH adjustment needs: an exfoliating active")
                return False, (f"{where}: high in the list, but without a stated % or a claim it is "
                               f"used as {role} (an active only from {ing.active_min_percent:g}%)")
            if self._past_dose_places(place, ing):
                if (lead := self._exfoliating_lead(place)) is not None:
                    return True, (f"{where}: past the first {_dose_places(ing)} places, but right after "
                                  f"{lead.inci}, an exfoliating acid high in the list: the acids of a blend are "
                                  f"listed together, at about the same level")
                return False, (f"{where}: in the first third of a long list, but past its first "
                               f"{_dose_places(ing)} places, among the ingredients at 1-2%; without a stated % "
                               f"or a claim, {ing.inci} is used as {role}")
            if place >= 3 and (leave_on := self._hydrating_format()):
                # held-out 65, 68, 72, 110, 117, 126 and 131: every such acid (lactic acid 6th of an eye cream,
                # 9th of a face mist; gluconolactone 7th of a calming moisture toner): both labellers trace. In the
                # first three places it is more than either job needs (Asaya's underarm mist, lactic and glycolic
                # acid 2nd and 3rd, held-out 4: active)
                return False, (f"{where}: high in the list, but in {leave_on}, whose name claims no acid and no "
                               f"exfoliation, and with no stated %: used as {role}")
            return True, f"{where}: high in the list"
        if (lead := self._blend_lead(ing, place)) is not None:
            return True, (f"{where}, right after {lead.inci}, an exfoliating acid high in the list: the acids of "
                          f"a blend are listed together, so it is part of that blend")
        if (partner := self._side_by_side(ing, place)) is not None:
            return True, (f"{where}, side by side with {partner.inci}, an exfoliating acid of another class, both in "
                          f"the first half and before any <=1% marker: acids of two classes paired in one formula are "
                          f"its acid blend, not {role}")
        return False, f"{where}, low in the list: used as {role}"

    def _bounded_below_dose(self, ing: Ingredient, place: int) -> str:
        """What keeps ``place`` below the several percent a ``high_dose`` ingredient works at, or "": a <=1%
        marker before it, the perfume before it (at most about 1%); unless the name gives ``ing`` or its class, a
        strength stated before it below :data:`_SEVERAL_PERCENT` or a place past the first :data:`_AHA_PLACES` of
        an ordered list."""
        if self._past_marker(place):
            return f"{self.marker[1]} (at most 1%)"
        if perfume := self._perfume_before(place):
            return f"its perfume ({perfume}; a perfume is at most about 1%)"
        if self._sold_as(ing):
            return ""
        if (bound := self.ceilings.get(place)) is not None and bound[0] < _SEVERAL_PERCENT:
            return f"{bound[1]}, so at most {bound[0]:g}%"
        if not self.unordered and place >= _AHA_PLACES:
            return f"the first {_AHA_PLACES} places of the list, among the ingredients at 1-2%"
        return ""

    def _named_acid_as_additive(self, place: int, claims_count: bool = True) -> str:
        """What puts an acid the name gives among a list's minor additives, or "": listed after both a <=1% marker
        and the perfume, in a product whose name claims no exfoliation, acid product type or acne (a ``Face
        Mist With Glycolic Acid`` listing it after phenoxyethanol and its fragrance); whatever the name claims
        if not ``claims_count``."""
        if claims_count and ((self.name_words - _ACID_WORDS) & (_ACID_PRODUCT_WORDS | EXFOLIATION_WORDS)
                             or acne_claim(self.name_words)):
            return ""
        perfume = self._perfume_before(place)  # None in an unordered list
        if not self._past_marker(place) or perfume is None:
            return ""
        return f"{self.marker[1]} (at most 1%) and its perfume ({perfume})"

    def _capped_at_one(self, place: int) -> bool:
        """Whether a strength printed before ``place`` holds it to about 1% (a name stated at 1% or less: below 1%
        a list is in no order of amount, so the bound is 1%; see :func:`_ceilings`)."""
        return (bound := self.ceilings.get(place)) is not None and bound[0] <= 1.0

    def _past_marker(self, place: int) -> bool:
        """Whether ``place`` comes after the list's <=1% marker, so holds at most about 1%."""
        return self.marker is not None and place > self.marker[0]

    def _before_marker(self, place: int) -> bool:
        """Whether ``place`` comes before the list's <=1% marker (not at it), or the list has none."""
        return self.marker is None or place < self.marker[0]

    def _marker_line(self) -> str:
        """Where a place before the list's <=1% marker stands, for a reason: before it, or in a list with none."""
        return "before any <=1% marker" if self.marker is not None else "with no <=1% marker before it"

    def _sold_as(self, ing: Ingredient) -> bool:
        """Whether the product name gives ``ing`` or its class."""
        return ing.id in self.named_ids or ing.cls in self.named_classes

    def _next_acid(self, place: int) -> tuple[int, Ingredient] | None:
        """The exfoliating acid listed right after ``place``, or after the one neutraliser that follows it
        (``Citric Acid, Sodium Hydroxide, Tartaric Acid``: the base partly neutralises the acids around it),
        with its place; else None."""
        after = place + 2 if place + 1 in self.neutralisers else place + 1
        acid = self.acid_at.get(after)
        return None if acid is None else (after, acid)

    def _exfoliating_lead(self, place: int) -> Ingredient | None:
        """The acid listed right before ``place`` when it is an exfoliating active by its place alone
        (:meth:`_exfoliates_by_place`): the lead of a blend whose acids are listed together; else None."""
        lead = self.acid_at.get(place - 1)
        return lead if lead is not None and self._exfoliates_by_place(place - 1, lead) else None

    def _preservative_partner(self, ing: Ingredient) -> Ingredient | None:
        """The ingredient listed here that ``ing`` is sold with as a preservative blend (its
        ``preservative_with:`` tags: gluconolactone with sodium benzoate), or None."""
        if ing.trace_role != "preservative":
            return None
        return next((self.present[t[len(_PARTNER):]] for t in sorted(ing.tags)
                     if t.startswith(_PARTNER) and t[len(_PARTNER):] in self.present), None)

    def _leads_as_source(self, ing: Ingredient, place: int) -> bool:
        """Whether a weaker source of a class (tag ``supporting_source``: a plant extract whose arbutin is a
        fraction of it) is there as the product's lead for that class: among the first few names of an ordered list
        (:data:`_SOURCE_LEAD_PLACES`), or in a product whose name gives the class, or, in the first half of the list,
        in one whose name sells what the class does (brightening). Past that half, a bearberry extract is one
        botanical among many (Focalskin's Brightening Cream 32nd of 34, a Dark Spot Ampoule's 27th of 50; held-out
        60 and 88, both labellers: no arbutin); in a product not sold to brighten, so it is in the first third too
        (RéVive's firming day cream 12th of 46, a cleansing lotion 10th of 30; held-out 127 and 119, both labellers:
        no arbutin)."""
        return (self._sold_as(ing) or self.unordered != ""
                or (place < _SOURCE_LEAD_PLACES and self._before_marker(place))
                or ("lightening" in ing.tags and bool(self.name_words & BRIGHTENING_WORDS)
                    and self._first_half(place)))

    def _high(self, place: int, low_dose: bool = False) -> bool:
        """Whether ``place`` is high in the list: in its first third (first quarter for an
        ingredient whose lesser job is a low-dose one), and always its first three places."""
        return place < max(3, -(-self.span // (4 if low_dose else 3)))

    @staticmethod
    def _past_dose_places(place: int, acid: Ingredient) -> bool:
        """Whether ``acid`` is an AHA or PHA (or a :data:`_FEW_PERCENT` acid) listed past the places that can hold
        one at the several percent it exfoliates at (:func:`_dose_places`): high in a long list is then no reason to
        call it one."""
        limit = _dose_places(acid)
        return limit is not None and place >= limit

    def _first_half(self, place: int) -> bool:
        """Whether ``place`` is in the first half of the list (always its first three places)."""
        return place < max(3, self.span // 2)

    def _in_dose_tail(self, ing: Ingredient, place: int) -> bool:
        """Whether ``ing``, an AHA or PHA (which exfoliate at several percent), is the first of its class and in the
        last quarter of the list, where most of its <=1% ingredients come before it: a name's claim of its class
        rests on something else (a fruit-extract "AHA" blend: Etude's Berry AHA sleeping pack lists its lactic acid
        48th of 54, before its phenoxyethanol, held-out 98; so ERNO LASZLO's White Marble peel, held-out 76: every
        labeller trace), not on so little of it. (An acid of its class before it carries the claim instead.)"""
        return (ing.cls in _RINSED_CLASSES and place >= _ACNE_TAIL * self.span
                and not any(at < place and acid.cls == ing.cls for at, acid in self.acid_at.items()))

    def _stray_past_first_half(self, ing: Ingredient, place: int) -> bool:
        """Whether ``ing``, an AHA or PHA (which exfoliate at several percent), is listed past the first half of the
        list with no other acid there to exfoliate in its run of acids (a blend's come together: ``Citric Acid,
        Lactic Acid, Malic Acid``), when one of its class listed before it carries the name's claim: a lone one
        that low (``Citric Acid, Tartaric Acid`` among the extracts, after the glycolic acid a facial is sold on) is
        at a minor's level."""
        if ing.cls not in _RINSED_CLASSES or self._first_half(place):
            return False
        run = []
        for step in (-1, 1):
            at = place + step
            while at in self.acid_at:
                run.append(self.acid_at[at])
                at += step
        carried = any(at < place and acid.cls == ing.cls and _primary_acid(acid) for at, acid in self.acid_at.items())
        return carried and not any(_primary_acid(acid) for acid in run)

    def _blend_lead(self, ing: Ingredient, place: int) -> Ingredient | None:
        """The exfoliating acid listed right before ``ing`` and high enough to be an active by its
        place, when ``ing`` (an acid there to exfoliate, not mostly for pH) is still in the first
        half: the acids of a blend come together, the smaller ones right after the lead."""
        lead = self.acid_at.get(place - 1)
        if (lead is None or not ing.exfoliant or ing.cls == "physical_exfoliant" or not _primary_acid(ing)
                or not _primary_acid(lead) or not self._first_half(place)):
            return None
        high = self._high(place - 1, lead.trace_role in _LOW_DOSE_ROLES)
        # a lead the stated strength before it caps below its active level is no lead, as its own call says (a 2%
        # salicylic acid serum's fruit-acid complex, lactic then glycolic acid past the salicylic acid, held-out 180:
        # the first labeller trace for both, the second active for both; the lead is trace by the cap either way)
        capped = not self._sold_as(lead) and self._capped_below_active(lead, place - 1) is not None
        return lead if high and not capped and not self._past_dose_places(place - 1, lead) else None

    def _capped_below_active(self, ing: Ingredient, place: int) -> tuple[float, str] | None:
        """The ceiling (:attr:`ceilings`: a stated strength listed before) that caps the exfoliating acid ``ing`` at
        ``place`` below the strength it is an active from (its ``active_min_percent``), or None."""
        if not ing.exfoliant or ing.active_min_percent is None:
            return None
        bound = self.ceilings.get(place)
        return bound if bound is not None and bound[0] < ing.active_min_percent else None

    def _side_by_side(self, ing: Ingredient, place: int) -> Ingredient | None:
        """The exfoliating acid of another class listed right before or right after ``ing``, when both are acids
        there to exfoliate (:meth:`_pairs_at`): an AHA and a BHA listed together in the first half of the list, before
        any <=1% marker, are a formula's acid blend even where neither is high enough to lead one (a brightening
        ampoule's glycolic acid and betaine salicylate 7th and 8th of 16, held-out 106; a spot lotion's salicylic and
        glycolic acids, 103: every labeller active); else None."""
        if not self._pairs_at(ing, place):
            return None
        return next((acid for at in (place - 1, place + 1)
                     if (acid := self.acid_at.get(at)) is not None and acid.cls != ing.cls
                     and self._pairs_at(acid, at)), None)

    def _pairs_at(self, acid: Ingredient, place: int) -> bool:
        """Whether ``acid`` at ``place`` can be one of a pair of blended acids: an acid used to exfoliate (not
        mostly for pH, not a salt), in the first half of the list, within the places that hold its class at the
        several percent it exfoliates at (:data:`_DOSE_PLACES`: a long list's first half runs down to its 0.1%
        ingredients, where an AHA and a BHA side by side are minor additives: a concealer's glycolic and salicylic acids
        30th and 31st of 76, every labeller trace) and before any <=1% marker."""
        return self._first_half(place) and self._dosed_acid_at(acid, place)

    def _named_acid_instead(self, ing: Ingredient) -> Ingredient | None:
        """The listed acid the name gives by its own name, when the name gives neither ``ing`` nor, by a class
        word ("AHA"), ``ing``'s class: the name's claim is that acid's, not ``ing``'s; else None."""
        if self.named_acid is None or ing.id in self.named_ids or ing.cls in self.class_word_classes:
            return None
        return self.named_acid

    def _exfoliates_by_named_acid(self, ing: Ingredient) -> bool:
        """Whether the name's exfoliation claim is its named acid's, of another class than ``ing``'s
        (``Exfoliating ... Essence with Glycolic Acid``): the claim sells that acid, not a salicylic acid the name
        does not give."""
        return (named := self._named_acid_instead(ing)) is not None and named.cls != ing.cls

    def _supports_named_acid(self, ing: Ingredient, place: int) -> bool:
        """Whether ``ing``, an exfoliating acid the name does not give, sits in the last third of a
        list whose name gives another listed acid by name ("Glycolic Acid 5%"): the name's acid is
        the exfoliant; a fruit-acid tail that deep, among the chelators and fragrance, supports it.
        Not in a drug panel's inactive list: the panel declares the actives."""
        return (self.named_acid is not None and ing.exfoliant and ing.id != self.named_acid.id
                and ing.id not in self.named_ids and not self.inactive_list and place >= 2 * self.span / 3)

    def _carries_claim(self, ing: Ingredient, place: int, sold_as: bool) -> bool:
        """Whether ``ing``, an acid there to exfoliate (not citric, mostly a pH adjuster), is the first free
        acid of its class (not a salt: sodium lactate) in a list with no <=1% marker of a product sold as
        that class ("AHA/BHA ... Toner"): nothing shows it below 1% and the claim rests on it, as
        it would on the acids after a marker that nothing before carries (:meth:`_after_marker`).
        The acids of its class listed right after it, as one run, carry the claim with it (Detclear's "AHA & BHA"
        peeling jelly: malic then tartaric acid; held-out 115, both labellers: active).
        Not after the perfume, itself at most about 1% (COSRX's AHA/BHA Vitamin C cream lists its acids
        after its bergamot oil, at the end of the list; held-out 85, both labellers: trace), unless the
        perfume stands among the list's first quarter, with its main ingredients and not at the 1% line (the
        jelly's orange peel oil, 6th of 24); and not in a drug panel's inactive list: the panel declares the
        actives."""
        if not (sold_as and ing.exfoliant and _primary_acid(ing) and self.marker is None and not self.inactive_list):
            return False
        if self._perfume_before(place) is not None and not self._high(self.first_fragrance[0], low_dose=True):
            return False
        earlier = [at for at, acid in self.acid_at.items()
                   if at < place and acid.cls == ing.cls and "salt_form" not in acid.tags]
        return all(at in self.acids for at in range(min(earlier, default=place), place))

    def _exfoliates_by_place(self, place: int, acid: Ingredient) -> bool:
        """Whether ``acid``, listed at ``place``, is an exfoliating active by its place alone: an acid
        there to exfoliate (not mostly for pH, not a salt, not one whose lesser job is a <=0.5%
        preservative) in the first third of the list, before any <=1% marker."""
        return (acid.trace_role not in _LOW_DOSE_ROLES and self._high(place) and self._dosed_acid_at(acid, place)
                and not self._minor_in_ageing(acid))

    def _minor_in_ageing(self, acid: Ingredient) -> bool:
        """Whether ``acid`` is a low-dose one (LHA) in a product sold against ageing and claiming neither acne, clarifying
        nor exfoliation (:data:`_AGEING_WORDS`): a minor additive, which leads no blend."""
        return ("low_dose_active" in acid.tags and bool(self.name_words & _AGEING_WORDS)
                and not clarifying_claim(self.name_words))

    def _dosed_acid_at(self, acid: Ingredient, place: int) -> bool:
        """Whether ``acid`` at ``place`` may be there to exfoliate: an acid used to exfoliate (not mostly for pH, not
        a salt), within the places that hold its class at the several percent it works at (:data:`_DOSE_PLACES`),
        before any <=1% marker. What :meth:`_pairs_at` and :meth:`_exfoliates_by_place` both ask of a place."""
        return (_primary_acid(acid) and "salt_form" not in acid.tags and not self._past_dose_places(place, acid)
                and self._before_marker(place))

    def _blend_led_by(self, ing: Ingredient, place: int) -> Ingredient | None:
        """The exfoliating acid high in the list that makes ``ing`` (an exfoliant whose lesser job is a
        preservative: salicylic acid), in the first half and not after a <=1% marker, part of an
        acid blend rather than the preservative: within :data:`_BLEND_REACH` places after it (a blend's acids
        come together; one listed after the extracts that follow them is an added minor), or anywhere after an AHA
        leading the list (in its first :data:`_AHA_LEAD_PLACES` places, at a peel cream's several percent: a formula
        built on acids, whose salicylic acid before its <=1% ingredients is a second exfoliant; Dermaceutic's
        Activabiome night cream and Isispharma's Neotone serum, glycolic acid 3rd and salicylic acid 12th of 26 and
        15th of 32, each with a preservative of its own; held-out 142 and 145, both labellers: active). Not in a
        drug panel's inactive list."""
        if (ing.trace_role not in _LOW_DOSE_ROLES or not ing.exfoliant or self.inactive_list
                or not self._first_half(place)):
            return None
        return next((acid for at, acid in sorted(self.acid_at.items())
                     if (place - _BLEND_REACH <= at or (at < _AHA_LEAD_PLACES and acid.cls == "aha")) and at < place
                     and self._exfoliates_by_place(at, acid)), None)

    def _dissolved(self, ing: Ingredient, place: int) -> bool:
        """Whether a water-soluble particle (salt, sugar) comes after a water-based liquid,
        so that there is more liquid than particle to dissolve it. Not in a list in no order of amount."""
        return ("water_soluble" in ing.tags and not self.unordered
                and self.first_aqueous is not None and self.first_aqueous < place)

    def _grains_in_oil(self, ing: Ingredient, place: int) -> bool:
        """Whether a water-soluble particle (sugar, salt) is the bulk of a scrub: among the first few names,
        after an oil that leads the list, or leading the list itself, with no water-based liquid before it
        (a little water far down dissolves no grain that outweighs it). Not a grain that leads a product
        for the bath (bath salts, a soak): the bath dissolves it; nor one in a soap, whose sugar (a transparent
        bar's sucrose, with sorbitol and glycerin) is dissolved in the soap."""
        if "water_soluble" not in ing.tags or self.unordered or self.soap is not None or self._dissolved(ing, place):
            return False
        if place == 0:
            return not self.name_words & _BATH_WORDS
        return self.first_oil is not None and self.first_oil < place < _GRAIN_PLACES

    def _sold_on_another_acid(self, ing: Ingredient) -> str:
        """The exfoliating acid class(es) the name sells the product on, when ``ing``'s is not one
        ("Glycolic Acid Cleansing Gel" for its LHA); else ""."""
        if ing.cls in self.named_classes:
            return ""
        return "/".join(sorted(class_label(cls) for cls in self.named_acid_classes))

    def _rinse_off(self) -> str:
        """The name's rinse-off product type (``wash``, ``cleanser``), or ""."""
        return min(self.name_words & _RINSE_OFF_WORDS, default="")

    def _wash_type(self) -> str:
        """The name's rinse-off type (:meth:`_rinse_off`), or a cleansing foam, gel, balm or oil's (``Cleansing
        Gel``, ``Bubble Foam``), or "": "cleansing" alone also names pads, wipes and waters left on the skin."""
        if wash := self._rinse_off():
            return wash
        if self.name_words & {"cleansing", "bubble"} and (kind := self.name_words & _CLEANSING_FORMS):
            return f"cleansing {min(kind)}"
        return ""

    def _hydrating_format(self) -> str:
        """What makes the product no exfoliating format, or "": an eye product, a face mist, or a toner sold to
        soothe or hydrate (:meth:`_toner_sold_to_soothe`). Its acids high in the list, with no claim of them, are
        its humectants and pH adjusters: an exfoliant is sold as one, not left on round the eyes or sprayed on."""
        if words := self.name_words & _EYE_OR_MIST_WORDS:
            return "a mist" if words <= {"mist", "mists"} else "an eye product"
        kind = self._product_type()
        return "a toner sold to soothe or hydrate" if kind and self._toner_sold_to_soothe(kind) else ""

    def _toner_sold_to_soothe(self, kind: frozenset[str]) -> bool:
        """Whether the name's only acid-product type is a toner's, sold to soothe or hydrate and not
        to clarify (``Calming Moisture Toner``, ``Hydra Aqua Boosting Toner``): its type says
        nothing of exfoliation, so an acid's place in its first half does not make it one."""
        return (kind <= _TONER_WORDS and bool(self.name_words & _SOOTHING_WORDS)
                and not clarifying_claim(self.name_words))

    def _product_type(self) -> frozenset[str]:
        """The name's acid-product type words ("Toner", "Peel"), which make acids high in its
        list actives. None for a drug panel's inactive list: the type is its declared active's."""
        return frozenset() if self.inactive_list else self.name_words & _ACID_PRODUCT_WORDS

    def _after_marker(self, ing: Ingredient, place: int, role: str, where: str, sold_as: bool,
                      in_blend: bool) -> tuple[bool, str]:
        """Listed after a <=1% marker: at most about 1%, unless the product's claim says otherwise.
        A claim of exfoliation is never lifted onto an acid in a drug panel's inactive list: the panel
        declares the actives that carry the product's claim."""
        marker = self.marker[1]
        # an acid that works below 1% (salicylic acid) can still be one after the marker, if the name says so
        below_marker = (ing.active_min_percent or 1) < 1
        if below_marker and (claim := self._sold_for_acne(ing, after_marker=True, place=place)):
            return True, (f"{where}, after {marker} (at most 1%), but the product is sold for '{claim}' and "
                          f"{ing.inci} treats acne from {ing.active_min_percent:g}%: its acne active")
        # ... and so if the list holds another acne drug (Medicube's Red Serum: salicylic acid after phenoxyethanol
        # beside colloidal sulfur, held-out 97, both labellers its BHA)
        if below_marker and not self._in_acne_tail(place) and (co := self._acne_co_active(ing)) is not None:
            return True, (f"{where}, after {marker} (at most 1%), but the list holds an acne drug ({co.inci}) and "
                          f"{ing.inci} treats acne from {ing.active_min_percent:g}%: its co-active, as in acne "
                          f"lotions that pair them")
        if below_marker and ing.exfoliant and (callus := sorted(self.name_words & _CALLUS_WORDS)):
            return True, (f"{where}, after {marker} (at most 1%), but {ing.inci} softens thick skin from "
                          f"{ing.active_min_percent:g}% and the product is sold for the {callus[0]}: its keratolytic")
        if self._claim_lifts_low_dose(ing, place, sold_as):
            return True, (f"{where}, after {marker} (at most 1%), but {ing.inci} exfoliates from "
                          f"{ing.active_min_percent:g}% and the product is sold as an exfoliant")
        claimed = (sold_as or self.name_words & _EXFOLIANT_CLAIM_WORDS) and not self.inactive_list
        # a claim of the acid's class by name ("AHA Toner"), not a product type ("Micro-Peel"), which scrub
        # particles before the marker carry as well as an acid does
        class_claim = ing.id in self.named_ids or ing.cls in self.named_acid_classes
        # ... never by a salt listed with a free acid of its class: the conjugate base that buffers it, as before the
        # marker (:meth:`_salt_buffer_why`; held-out 212's vita-peel essence, sodium lactate first of its acids after
        # phenoxyethanol and BHT: both labellers trace)
        carried = (ing.exfoliant and claimed and in_blend and not self._buffers(ing)
                   and not self._claim_carried_before(self.marker[0], class_claim)
                   and (class_claim or not self._scrubbed_before(place)))
        adjuster = self._ph_adjuster_before(place) if carried else None
        if carried and adjuster is None:
            claim = class_label(ing.cls) if class_claim else "exfoliation"
            return True, (f"{where}, after {marker} (at most 1%), but the product is sold as {claim} "
                          f"and no acid comes before {marker}: its acids are the exfoliant")
        if adjuster is not None:
            return False, (f"{where}, after {marker} (at most 1%) and after {adjuster.inci}, which is there only for "
                           f"the pH: no more than it, so also used as {role}")
        if ing.exfoliant and claimed and in_blend and (partner := self._low_dose_partner(ing, place)) is not None:
            return True, (f"{where}, after {marker} (at most 1%), but right before {partner.inci}, which the product "
                          f"is sold on as an exfoliant below 1%: at least as much as it, the other acid of that blend")
        return False, f"{where}, after {marker} (at most 1%), so at most about 1%: used as {role}"

    def _claim_lifts_low_dose(self, ing: Ingredient, place: int, sold_as: bool) -> bool:
        """Whether ``ing``, an exfoliant that works below 1% (salicylic acid), listed at ``place`` after the <=1%
        marker, is still the exfoliant of a product sold as one: the name gives it or its class, or sells a peel
        or exfoliation that no grain listed before it carries, nor (past the list's first two thirds) an acid or grain
        before the marker (:meth:`_tail_of_carried_claim`), and names no other acid."""
        return ((ing.active_min_percent or 1) < 1 and ing.exfoliant and (sold_as or (
            bool(self.name_words & _PEEL_WORDS) and not self._tail_of_carried_claim(place)
            and not self._sold_on_another_acid(ing) and not self._scrubbed_before(place))))

    def _low_dose_partner(self, ing: Ingredient, place: int) -> Ingredient | None:
        """The acid of another class listed right after ``ing`` (both after the <=1% marker) that the product is
        sold on as its exfoliant below 1% (:meth:`_claim_lifts_low_dose`): an acid listed right before it is at
        least as much as it, that blend's other acid (Isispharma's Neotone cleansing gel, glycolic and salicylic
        acid 16th and 17th of 32 after sodium benzoate; held-out 148, both labellers: both active). Not one listed
        after it, which may be far less (Ecooking's peeling mask, glycolic acid right after its salicylic acid;
        held-out 12: trace); else None."""
        acid = self.acid_at.get(place + 1)
        if (acid is None or acid.cls == ing.cls or not self._past_marker(place)
                or not self._claim_lifts_low_dose(acid, place + 1, self._sold_as(acid))):
            return None
        return acid

    def _ph_adjuster_before(self, place: int) -> Ingredient | None:
        """A mostly-pH acid (citric), or a salt listed with a free acid of its class (the buffer of that acid:
        :meth:`_salt_buffer_why`), listed after the <=1% marker and before ``place``, outside any acid blend
        (nothing acid right before it), so there only for the pH: an acid listed after it is no more than such a
        trace (an 'AHA tonic''s malic acid after its citric acid)."""
        return next((acid for at, acid in sorted(self.acid_at.items())
                     if self.marker[0] < at < place and (not _primary_acid(acid) or self._buffers(acid))
                     and at - 1 not in self.acids), None)

    def _buffers(self, acid: Ingredient) -> bool:
        """Whether ``acid`` is a salt listed with a free acid of its class: that acid's buffer (sodium lactate with
        lactic acid), never its exfoliant."""
        return "salt_form" in acid.tags and acid.cls in self.free_acid_classes

    def _tail_of_carried_claim(self, place: int, class_claim: bool = True) -> bool:
        """Whether ``place`` is in the last third of a list whose exfoliation claim something before the
        <=1% marker (or anywhere before it, with no marker) already carries: an acid (a foot peel's lactic
        and glycolic acids; an exfoliating powder's malic acid), or, for a plain exfoliation claim
        (``class_claim`` false), scrub particles (a polish's alumina). An acid that deep, among the
        thickeners, chelators and enzymes, is far below 1%: it supports the product, not exfoliates."""
        end = self.marker[0] if self.marker is not None else place
        return place >= 2 * self.span / 3 and self._claim_carried_before(end, class_claim)

    def _sold_for_acne(self, ing: Ingredient, after_marker: bool, place: int) -> str:
        """The name's claim against acne (or, above the <=1% line, its clarifying claim) when ``ing``
        is an OTC acne drug that has a lesser job too (salicylic acid: a preservative at <=0.5%), or
        another free BHA whose lesser job is a minor additive's (betaine salicylate: the BHA Korean acne
        lines are sold on), before the last third of the list (at ``place``; no acne dose is set for it, so
        only its place shows it is more than a trace); else "". Not in a drug panel's inactive list: the
        panel declares the actives."""
        acne_bha = "acne_otc" in ing.tags or (ing.cls == "bha" and "direct_acid" in ing.tags
                                              and "low_dose_active" not in ing.tags and place < 2 * self.span / 3)
        if not acne_bha or not ing.trace_role or self.inactive_list:
            return ""
        if after_marker:
            return "" if self._in_acne_tail(place) else acne_claim(self.name_words)
        # ... and in a long list with no marker at all, its tail holds the <=1% names and is below an acne dose too
        # (Dr.Jart+'s Ctrl-A toner, salicylic acid last of 40; AXIS-Y's spot treatment, 46th of 47; held-out 206 and
        # 71: both labellers trace); a short list's last names may be its actives (an acne patch's 7th of 7)
        if self.marker is None and self.span >= _LONG_LIST and self._in_acne_tail(place):
            return ""
        return self._clarifying_name_claim()

    def _in_acne_tail(self, place: int) -> bool:
        """Whether ``place`` is in the last quarter of a leave-on's list, where most of the <=1% ingredients come
        before it: below an acne dose (a wash holds its acne drug for its brief contact, at the 0.5-2% of acne
        washes, so a wash has no such tail)."""
        return place >= _ACNE_TAIL * self.span and not self._rinse_off()

    def _clarifying_name_claim(self) -> str:
        """The name's acne, clarifying, exfoliation, pore or renewal claim word ("purifying", "renewer"), or ""."""
        return clarifying_claim(self.name_words) or min(self.name_words & (PORE_WORDS | RENEWAL_WORDS), default="")

    def _acne_co_active(self, ing: Ingredient) -> Ingredient | None:
        """Another acne drug the list holds (sulfur, resorcinol, benzoyl peroxide) when ``ing`` is an OTC acne
        drug with a lesser job (salicylic acid): the list shows an acne product whatever its name says. Not in a
        drug panel's inactive list, whose panel declares the actives."""
        if "acne_otc" not in ing.tags or not ing.trace_role or self.inactive_list:
            return None
        return next((other for other in self.present.values()
                     if other.cls in _ACNE_DRUG_CLASSES and other.id != ing.id), None)

    def _grains_carry_claim(self, place: int) -> bool:
        """Whether ``place`` is past the first third of a product sold as a scrub or peel whose grains scrub (a
        gommage, :attr:`grains_sold`): its grains carry that claim, so an acid there is not lifted onto it."""
        return self.grains_sold and place >= self.span / 3

    def _scrubbed_before(self, place: int) -> bool:
        """Whether an abrasive grain (apricot seed powder, pumice) is listed before ``place``, in a product whose
        name claims exfoliation but names no acid class: the grain carries the claim, so an acid after the
        <=1% marker is not lifted onto it (an 'Exfoliating Face Wash' of apricot seed powder and salicylic acid
        after phenoxyethanol)."""
        return (self.first_abrasive is not None and self.first_abrasive < place
                and not self.name_words & ACID_CLASSES)

    def _claim_carried_before(self, marker_place: int, class_claim: bool) -> bool:
        """Whether something before the marker already carries the name's claim: an
        exfoliating acid, or, for a claim of exfoliation that names no acid class, scrub particles."""
        carriers = (self.first_acid,) if class_claim else (self.first_acid, self.first_particle)
        return any(place is not None and place < marker_place for place in carriers)

    def _salt_buffer_why(self, ing: Ingredient, sold_as: bool, where: str) -> str:
        """Why an AHA salt (sodium lactate) is there as a buffer, not an exfoliant, or "". Listed with a
        free acid of its class, it is the conjugate base that sets the pH of the pair (lactic acid and
        sodium lactate): the acid exfoliates. With no free acid and no claim of its class, it does not
        acidify at all: it moisturises and buffers."""
        if "salt_form" not in ing.tags:
            return ""
        kind = class_label(ing.cls)
        if self._buffers(ing):
            return (f"{where}; a salt of {with_article(kind)} listed with a free {kind}: the conjugate base that "
                    f"buffers the acid, which does the exfoliating")
        if not sold_as:
            # a lactate moisturises and buffers; a salicylate preserves
            job = "a preservative" if ing.trace_role == "preservative" else "a humectant and buffer"
            return (f"{where}; a salt of {with_article(kind)} with no free acid beside it and no {kind} claim: it does "
                    f"not acidify, so it is there as {job}, not an exfoliant")
        return ""

    def _unordered(self, ing: Ingredient, role: str, where: str, sold_as: bool,
                   gloss: re.Match | None = None) -> tuple[bool, str]:
        """A list in no order of amount: the amount is unknown, so only claims and typical use decide,
        the list's own among them (``Glycolic Acid (AHA)``)."""
        unordered = f"{where} of {self.unordered}, whose order says nothing about amounts"
        primary = _primary_acid(ing)
        if ing.cls in self.named_classes and primary:
            if (named := self._named_acid_instead(ing)) is not None and named.cls == ing.cls:
                # the name sells the acid it names ("Mandelic Acid Toner"): another of its class, of unknown amount,
                # is no more than what its usual job makes it
                return False, (f"{unordered}; the product name gives its {class_label(ing.cls)} by name "
                               f"({named.inci}), not this one: a supporting {ing.inci}, used as {role}")
            return True, f"{unordered}; the product name says it is {a_class(ing.cls)} product"
        if gloss is not None and ing.exfoliant and primary:
            return True, f"{unordered}; the list itself calls it {gloss.group('role')}: an exfoliating active"
        kind = self._product_type()
        if kind and ing.exfoliant and primary:
            return True, f"{unordered}; in {a_class(sorted(kind)[0])} product: an exfoliating active"
        if not primary and ing.trace_role in ("ph_adjuster", "preservative"):
            return False, (f"{unordered}; without a stated % or a claim it is used as {role} "
                           f"(an active only from {ing.active_min_percent:g}%)")
        if ing.trace_role == "solvent" and (base := self.name_words & _EMULSION_WORDS):
            return False, f"{unordered}; a {sorted(base)[0]} is not an alcohol vehicle: used as {role}"
        if "buffer" in ing.tags:
            return False, (f"{unordered}; no claim names it, and {ing.inci} is mostly there as a buffer: "
                           f"used as {role}")
        if salt := self._salt_buffer_why(ing, sold_as, unordered):
            return False, salt
        if (partner := self._preservative_partner(ing)) is not None:
            return False, (f"{unordered}; listed with {partner.inci}, with which {ing.inci} makes a common "
                           f"preservative blend, and no claim names it: used as {role}")
        # an acid that preserves on its own (salicylic acid; gluconolactone preserves only with its partner, above)
        if (ing.trace_role == "preservative" and ing.exfoliant and not self.free_acid_classes - {ing.cls}
                and not _preserves_in_blend(ing)
                and not self._clarifying_name_claim()
                and (kept := next((other for other in self.present.values() if "max_1pct" in other.tags), None))):
            return False, (f"{unordered}; no claim names it or sells the product for acne, clarifying or exfoliation, "
                           f"no other exfoliating acid is listed, and the list is preserved ({kept.inci}): "
                           f"used as {role}")
        if ing.exfoliant and (wash := self._rinse_off()):
            return False, (f"{unordered}; an acid of unknown amount that no claim names, in a rinse-off "
                           f"{wash}: used as {role}")
        return True, f"{unordered}: counted as an active, since nothing shows it is only {role}"
