"""Splitting an ingredient list (INCI) into items, the way labels are written.

Handles: commas/semicolons/bullets/newlines (and Chinese 、，；) as separators (never inside brackets,
never between digits as in ``1,2-Hexanediol`` or ``17,1%``); ``A/B/C`` synonyms;
``(and)`` blends; percentages; footnote marks, also inside names (``Methylparabe[20]n``) and digits glued to names by
scraping (``Glycerin8``, ``Palmitoyl Pentapeptide-45`` in a footnoted list);
run-together names (``SodiumHyaluronate``); stereo descriptors (``L-Arbutin``); quality
words before common names (``organic lemon essential oil``); ``Ingredients:``/``INCI:`` labels;
US drug-facts sections (``Active ingredients: ... Inactive ingredients: ...``; Canadian
``Medicinal ingredients: ... Non-medicinal ingredients: ...``,
with their ``Purpose`` column or block and any ``Uses``/``Warnings``/``Directions``
text dropped),
``May contain (+/-)`` colourant tails, full stops glued between names
(``Sel Marin.Ci 14700``), and kits: several products in one field, each opened by
``Step 2:`` or ``Product Name: ...``. Each item says which kit member it belongs to.
A list dumped by a scraped dataset as a Python list literal (``['Water\\\\Aqua\\\\Eau, Glycerin.']``)
is read as the list it holds, its backslash-joined synonyms as ``A/B/C``.
"""

from __future__ import annotations

from typing import NamedTuple

import ast
import re
from functools import lru_cache

from compatcheck import lazy_re
from compatcheck.bula import from_bula
from compatcheck.layouts import (GLOSS_BULLETS, GLOSS_ENTRY, from_glossary, from_record, from_skim_table,
                                 glossary_paragraph, unglued)
from compatcheck.normalize import HANGUL, HANGUL_CHAR, drop_parenthetical
from compatcheck.scan import DESCRIPTORS

_LABEL = lazy_re.compile(
    r"^\s*(?:\d+\s+)?(?:full\s+)?(?:ingredients?(?:\s+list)?|ingr[ée]dients?|inci(?:\s+list)?|contains|composition"
    r"|inhaltsstoffe|zusammensetzung)"
    r"(?:\s*/\s*ingr[ée]dients?)?\s*[:\-–]\s*"
    # a list opened by the word alone, as a label's sentence does: ``Contains 2% salicylic acid, aloe``
    r"|^\s*contains\s+(?=\d|[^\W\d_]{3})",
    re.IGNORECASE,
)
#: A medicine's summary of product characteristics (SmPC, EU/UK) or leaflet: section 2 ``Qualitative and
#: quantitative composition`` states the actives; ``Excipient(s) with known effect`` and ``For the full list of
#: excipients, see section 6.1`` only point at the excipients; ``6.1 List of excipients`` (or ``Excipients:``)
#: names them, in no order of amount.
_SMPC_HEADING = (r"\bqualitative\s+and\s+quantitative\s+composition\b"
                 r"|\bexcipients?(?:\s*\(s\))?\s+with\s+known\s+effects?\b"
                 r"|\bfor\s+(?:the\s+)?(?:full\s+list\s+of\s+)?excipients\b|\blist\s+of\s+excipients\b|\bexcipients?(?=\s*:)")
#: A German leaflet's or label's headings (``Wirkstoff: Adapalen ... Sonstige Bestandteile: ...``): the drug, then
#: the excipients in no order of amount.
_GERMAN_HEADING = r"\bwirkstoffe?(?=\s*:)|\bsonstigen?\s+bestandteile?\b"
#: ``ingredients`` in a drug-facts heading, as badly filled labels also spell it (``Active ingredents``).
_INGREDIENTS = r"ingred(?:ie|e|ia)nts?"
_DRUG_FACTS_START = lazy_re.compile(
    rf"^\s*(?:(?:in|non[-\s]?)?active|(?:non[-\s]?)?medicinal)\s+{_INGREDIENTS}\s*[:\-–]", re.IGNORECASE)
#: The words of a claim of what a product is free from (``Free from:``, ``Formulated without``); also what
#: makes a pasted line such a claim, not a product (:mod:`compatcheck.parse`).
FREE_FROM_CLAIM = r"free\s+(?:from|of)|(?:formulated|made)\s+without"
_SECTION = lazy_re.compile(
    r"(?=[aiompduwnqeflskhc\[(])"  # every label starts with one of these: a cheap first test (2.5x faster)
    rf"(?P<label>{_SMPC_HEADING}|{_GERMAN_HEADING}|\bnon[-\s]?active\s+{_INGREDIENTS}|\b(?:in)?active\s+{_INGREDIENTS}|"
    # the inactive heading a label split in two words, on a line of its own ('In active Ingredients')
    rf"(?:^|(?<=\n))in\s+active\s+{_INGREDIENTS}|\b(?:non[-\s]?)?medicinal\s+{_INGREDIENTS}|\bother\s+{_INGREDIENTS}"
    # the heading a retailer's page puts after its marketing prose: ``...radiates the skin.Full ingredient list:``
    r"|\bfull\s+ingredients?(?:\s+list)?(?=\s*:)|\bingredients?\s+list(?=\s*:)"
    # ``All ingredients:``, or with no colon after a page's featured names where its line break was lost, two
    # spaces before it (``Glycerin, Panthenol  All Ingredients Salicylic Acid, Water, ...``)
    r"|\ball\s+ingredients?(?=\s*:)|(?<=\S\s\s)all\s+ingredients\b"
    # the prose's own heading: ``Key ingredients: Niacinamide: brightens ...``, ``Key ingredient and benefit:``,
    # also glued to the list's last name (``... Phenoxyethanol, Parfumkey ingredients: Thiamidol``)
    r"|(?:key|\bprimary|\bhero|\bstar|\bmain)\s+ingredients?(?:\s+(?:and|&)\s+(?:their\s+)?benefits?)?(?=\s*:)"
    r"|\bingredients?(?=\s*:)|\b(?:in)?active(?=\s*:)|\bmay\s+contain|"
    # the drug-facts heading glued to the end of the line before it: ``Purpose: SunscreenInactive: Aloe ...``
    rf"(?-i:(?<=[a-z])(?:Ina|A)ctive)(?:\s+{_INGREDIENTS}|(?=\s*:))|"
    r"\[\s*\+\s*/\s*-\s*\]|\(\s*\+\s*/\s*-\s*\)|\bdrug\s+facts\b|\bpurposes?\b|"
    r"\b(?:uses|warnings?|directions|other\s+information)\b"
    # a claim of what the product is free from: its names are said to be absent (see _absent)
    rf"|\b(?:{FREE_FROM_CLAIM})\b"
    # ... also glued to the name before it, its space lost (``Rosewater, ChamomileFree From: Sulphates, ...``)
    r"|(?-i:(?<=[a-z])Free\s+(?:From|of))\b"
    # a shop's line of claims before the list (``Product Claims: Paraben-free, AHAs, Fragrance-free``): no names
    r"|\b(?:product\s+)?claims(?=\s*:))\s*(?:\([^)]*\))?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
#: The heading of a full list that a page's prose comes before (``Full ingredient list:``, ``Ingredients list:``).
_FULL_LIST = ("full", "all", "ingredient list", "ingredients list")
#: The heading of a page's prose on the ingredients it features (``Key ingredients:``, ``Hero ingredients:``).
_KEY_HEADINGS = ("key", "primary", "hero", "star", "main")
#: Drug-facts headings whose text, up to the inactive list, is prose, not ingredients.
_DRUG_FACTS_PROSE = ("purpose", "use", "warning", "direction", "other information")
#: A word every _SECTION label contains: a list holding none has no sections, and
#: looking for these is ~25x cheaper than the pattern.
_SECTION_WORDS = ("ingred", "active", "contain", "+", "drug", "purpose", "use", "warning", "direction", "information",
                  "free", "without", "claims",
                  "excipient", "composition", "wirkstoff", "bestandteil")
_PERCENT = lazy_re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:[.,]\d+)?\s*[-–~]\s*)?(\d{1,3}(?:[.,]\d+)?|\.\d+)\s*%(?:\s*w/[wv])?",
    re.IGNORECASE)  # a decimal may drop its leading zero: ``Salicylic Acid (.01%)``
#: A stated amount per unit of a drug label: ``Octocrylene (70 mg)``, ``Zinc Oxide (8.6 g)`` (per 100 g),
#: ``contains 40 mg Hydroquinone``.
_AMOUNT = lazy_re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g)\s*\)|(?<![\w.])\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg)\b",
                          re.IGNORECASE)
#: A dose in parts per million or billion, as Korean labels print it after a name: ``레틴알(100ppm)``,
#: ``아스코빌글루코사이드(20,000ppm)`` (a comma before three digits groups thousands), ``(6 ppb)``.
_PARTS_PER = lazy_re.compile(
    r"\(?\s*(?:(?P<grouped>\d{1,3}(?:,\d{3})+)|(?P<plain>\d+(?:[.,]\d+)?))\s*pp(?P<unit>[mb])\s*\)?",
    re.IGNORECASE)
#: Parts per million or billion in percent.
_PARTS_PER_PERCENT = {"m": 1e-4, "b": 1e-7}
_FOOTNOTE = lazy_re.compile(r"[*†‡°^¹²³⁴⁵•·✓✔™®©]+|\[\s*\d{1,3}\s*\]")
#: A bracketed footnote a scraper glued inside a name: ``Methylparabe[20]n``, ``Steareth-2[1]0``.
_INNER_FOOTNOTE = lazy_re.compile(r"(?<=[A-Za-z0-9-])\[\d{1,3}\](?=[A-Za-z0-9])")
#: A drug-facts purpose after a dotted leader: ``Salicylic Acid 2%......Acne Treatment``.
_LEADER = lazy_re.compile(r"\.{3,}.*$|…+.*$")
#: Footnote digits glued to a word by scraping: ``Butylene Glycol5``, ``Chondrus Crispus4``.
_GLUED_DIGITS = lazy_re.compile(r"(?<=[a-z])\d{1,2}\b")
#: A number a numbered list puts before each name: ``1. water``, ``2) glycerin``, ``(3) salicylic acid``
#: (not a name's own digits: ``1,2-Hexanediol``, ``4-t-Butylcyclohexanol``).
_LIST_NUMBER = lazy_re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}\s*[.)])\s*(?=[^\W\d_]|\()")
#: A numbered name (``Palmitoyl Pentapeptide-45``, ``Hexapeptide-1112``) that may carry glued footnote digits.
_NUMBERED = lazy_re.compile(r"-\d{2,4}$")
#: A peptide's acyl prefix run into its name: ``trifluoroacetyltripeptide-2``, ``Palmitoyltripeptide-1``.
_GLUED_ACYL = lazy_re.compile(r"\b(acetyl|palmitoyl|myristoyl|trifluoroacetyl)(?=(?:di|tri|tetra|penta|hexa|hepta|octa|"
                              r"nona|deca|oligo)peptide)", re.IGNORECASE)
#: A function tag that an ingredient site prints after each name, copied glued to the next name
#: (``Skin ConditioningCI 77891``, ``AbrasiveParfum``) or left alone on the last line: the EU CosIng
#: function names, which no INCI name starts with.
_GLUED_FUNCTION = lazy_re.compile(
    r"^\s*(?i:skin conditioning|cosmetic colou?rant|emollient|smoothing|humectant|emulsifying|emulsion stabili[sz]ing|"
    r"masking|stabili[sz]ing|bleaching|antioxidant|abrasive|cleansing|antimicrobial|perfuming|absorbent|astringent|"
    r"skin protecting|buffering|preservative|solvent|viscosity controlling|surfactant|foaming|uv absorber|uv filter|"
    r"soothing|film forming|hair conditioning|opacifying|chelating|moisturi[sz]ing|binding|antistatic|"
    r"gel forming|denaturant|keratolytic|anticaking|bulking|tonic|refreshing|plastici[sz]er)"
    r"(?:(?=[A-Z0-9])|\s*$)")
#: Where run-together words meet: ``SodiumHyaluronate``, ``PEG-40Hydrogenated``; and so where a scraper glued a
#: capitalised name to the one before it, its comma lost (``Palmitic AcidNiacinamide``, ``Glycereth-26Tranexamic
#: Acid``), which :mod:`compatcheck.detect` cuts there.
CAMEL_JOINS = lazy_re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z])")
#: A stereo descriptor before a name: ``L-Arbutin``, ``D-Limonene``, ``DL-Panthenol``. INCI names
#: leave it out (``Ascorbic Acid`` is the L form), so the name without it is the same ingredient.
#: Only D/L/DL: ``T-Butyl Alcohol`` is not butyl alcohol.
_STEREO = lazy_re.compile(r"^(?:dl|d|l)-(?=[a-z]{2})", re.IGNORECASE)
#: The parts of a plant an INCI name gives its oil or extract from: those whose oil is an essential oil
#: (a fragrance), and those whose oil is a pressed carrier oil. A different part is another ingredient
#: (``Citrus Paradisi Seed Oil`` is no misspelt Peel Oil).
ESSENTIAL_PARTS = ("leaf", "flower", "herb", "needle", "twig", "bark", "wood", "root", "rhizome", "peel", "fruit",
                   "resin", "leaf stem", "flower leaf stem")
CARRIER_PARTS = frozenset({"seed", "kernel", "nut"})
PART_WORDS = frozenset({*(word for part in ESSENTIAL_PARTS for word in part.split()), "bud", "branch", *CARRIER_PARTS})
_ESSENTIAL_OIL = lazy_re.compile(r"\bessential\s+oil\b", re.IGNORECASE)
#: What follows a place outside any bracket: no closing bracket comes before an opening one.
_OUTSIDE_BRACKETS = r"(?![^()]*\))"
#: ``A (and) B``, or ``A & B`` outside a bracket (``Natural Fragrance (Orange Blossom & Rose Gardenia)`` is one item).
_AND_BLEND = lazy_re.compile(rf"\s*\(\s*and\s*\)\s*|\s+&\s+(?=[A-Z]){_OUTSIDE_BRACKETS}", re.IGNORECASE)
#: The marks a list's footnotes use (``*Certified Organic``), alone or repeated (``**``).
_NOTE_MARKS = "*†‡"
#: A footnote mark standing alone between two names, or glued to the front of the second, where the comma before
#: it was lost: ``Citrus Aurantium Dulcis (Orange) Flower Oil ** Farnesol`` is two items, and so is a last name and
#: its legend (``Fragrance *contains 516,20oppm Of Carbonated Water``: the legend is left unread).
_MARK_BETWEEN = lazy_re.compile(rf"(?<=[^\W\d_)\]])\s+[{_NOTE_MARKS}]+\s*(?=[^\W\d_])")
#: Two materials sharing one plural form word, as small makers write them: ``Lime and Orange
#: Essential Oils`` is Lime Essential Oil and Orange Essential Oil; each may carry its common name in brackets
#: (``Citrus Aurantium Dulcis (Orange) and Citrus Tangerina (Tangerine) Oils``, held-out 222's Andalou lotion).
_SHARED_FORM = lazy_re.compile(r"^\s*(?P<first>(?:[^,()&]|\([^,()&]*\))+?)\s+(?:and|&)\s+"
                               r"(?P<second>(?:[^,()&]|\([^,()&]*\))+?)\s+"
                               r"(?P<form>(?:essential\s+|fragrance\s+|carrier\s+)?(?:oil|extract|butter))s[\s*^†‡°.]*$",
                               re.IGNORECASE)
#: Bullets copied as other marks (``¦``, ``●``, ``◆``, ``★``...) never stand inside a name: each is a separator.
_BULLET_MARKS = "¦●▪■◆♦★☆∙‧◦►▸"
#: Chinese lists also use the ideographic comma and full-width comma and semicolon (、，；).
_SEPARATORS = {",", ";", "\n", "\r", "\t", "•", "·", "|", "、", "，", "；", *_BULLET_MARKS}
#: The only characters the splitter acts on: separators, full stops, brackets.
_SPLIT_CHARS = lazy_re.compile(r"[,;\n\r\t•·|.()\[\]{}、，；" + _BULLET_MARKS + "]")
#: In an active block, a strength followed on its line by another strength ends an
#: item: ``Homosalate 10% Octisalate 5% Zinc Oxide 7%`` (what follows a line's last
#: strength is its purpose: ``Salicylic Acid 2%   Acne treatment``).
_ACTIVE_RUN = lazy_re.compile(r"%(?!\s*w/[wv])(?=[^\n%]*\d\s*%)", re.IGNORECASE)
#: A stated % glued to the next name: ``Salicylic Acid 1.50%Water``.
_GLUED_PERCENT = lazy_re.compile(r"(%)(?=[A-Z][a-z])")
#: Where a kit's next product starts: ``The Peel Step II:``, ``Rds Product Name: Lotion Division: Cl (Clinique)``.
_MEMBER = lazy_re.compile(
    r"(?:(?<=[.,;\n])|^)[^,.;:()\n]{0,40}?\bstep\s+(?:[ivx]{1,4}|\d{1,2})\s*:\s*"
    r"|\b(?:rds\s+)?product\s+name\s*:.*?(?:division\s*:[^()]*\([^)]*\)|(?=(?:in)?active\s+ingredients?|ingredients?\s*:))",
    re.IGNORECASE,
)
#: The product types a kit names its members by: ``Toner:``, ``Step 2 Serum:``, ``CLEANSER -``, ``Prep Pads:``.
_MEMBER_TYPES = (r"cleanser|cleansing|wash|foam|toner|tonic|essence|serum|ampoule|booster|concentrate|treatment|"
                 r"moisturi[sz]er|cream|cr[eè]me|lotion|emulsion|balm|gel|jelly|mask|masque|peel|peeling|pads?|scrub|"
                 r"polish|exfoliant|exfoliator|sunscreen|spf\s*\d{0,3}|mist|spray|primer|solution|fluid")
#: A kit member's label, at the start of a line (or of a sentence): a short name holding a product type,
#: then a colon or a spaced dash, then its list: ``Toner: Aqua, Glycolic Acid``, ``Step 2 Toner:``,
#: ``... Citric Acid. TONER - Aqua, ...``, or glued to the bracket that ends the list before it (``... PHENOXYETHANOL
#: (PRESERVATIVE)CLARIFYING SERUM: AQUA ...``, ``... parfum (fragrance).(243/032)Vinoperfect Instant Brightening
#: Moisturizer 15ml: aqua ...``). Not a drug-facts or label heading (see _MEMBER_HEADINGS). Up to 60 characters before
#: the product type (``... sodium phytate. secret solutions pro-glycolic 10% resurfacing toner: aqua ...``, held-out
#: 216's TULA kit) and 40 after it.
_MEMBER_LABEL = (r"(?P<label>(?:step\s*\d{1,2}\s*[-:.)]?\s*|\d{1,2}\s*[.)]\s*)?"
                 rf"(?:[^,.;:\n]|(?-i:(?<=\b[A-Z])\.(?=[A-Z]\b))){{0,60}}?\b(?:{_MEMBER_TYPES})\b[^,.;:\n]{{0,40}}?)"
                 r"\s*(?::|[ \t][-–—])\s*(?=\S)")
_LABELLED_MEMBER = lazy_re.compile(
    r"(?:^|(?<=\n)|(?<=\.)[ \t]+|(?-i:(?<=[a-z]\.)(?=[A-Z]))|(?-i:(?<=\))(?=[A-Z])))[ \t]*" + _MEMBER_LABEL,
    re.IGNORECASE)
#: A bullet a set may put before a bracketed heading (``■ [티트리] ...``).
_HEADING_BULLETS = "■●▪◆•*-"
#: A bullet a kit may put before each member's label, all on one line (``- Toner: Aqua, ... - Serum: Aqua, ...``,
#: ``• CLEANSER - Aqua, ...``): a heading's bullet or an en dash, read only when the field opens with it (see
#: :func:`_bulleted_members`).
_MEMBER_BULLETS = _HEADING_BULLETS + "–"


@lru_cache(maxsize=len(_MEMBER_BULLETS))
def _bulleted_member(bullet: str) -> re.Pattern:
    """The pattern of a member's label after ``bullet`` (compiled on first use: most fields open with none)."""
    return re.compile(rf"(?:^|(?<=\s))[ \t]*{re.escape(bullet)}[ \t]+" + _MEMBER_LABEL, re.IGNORECASE)


#: A kit member's name on a line of its own with no colon, its list on the next line (a shop's bundle:
#: ``AHA/BHA Clarifying Treatment Toner 150mL⏎Water, ...``): a line holding a product type, not after a line
#: that ends in a comma (a wrapped list), followed by a line with a comma.
_LINE_MEMBER = lazy_re.compile(
    rf"(?:^|(?<=\n))(?<![,，;]\n)[ \t]*(?P<label>[^,;:\n]{{0,40}}?\b(?:{_MEMBER_TYPES})\b[^,;:\n]{{0,30}}?)[ \t]*\r?\n"
    r"(?=[ \t]*[^\s,][^\n]*,)",
    re.IGNORECASE)
#: A kit member's name of any words at the start of a line, then a colon and its list (a set of variants named by scent
#: or finish: ``Coconut milk: Sodium Palmate, ...⏎Cactus: Sodium Palmate, ...``; ``Creamy Glow: Water / Aqua / Eau,
#: ...⏎⏎Milky Tone Up: Water / Aqua / Eau, ...``): read only when every line that opens so does, at least two, each
#: followed by a list of four names or more (see :func:`_line_labelled_members`); not a bullet's line (a shop's
#: key-ingredient bullets, ``-Rosewater: Controls oil ...``).
_LINE_LABEL = lazy_re.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>[^\s,.;:\[\]()\-–•*·][^,.;:\n]{0,40}?)[ \t]*:[ \t]*(?=\S)")
#: What shows such a member is followed by a list: three commas before the next.
_FOUR_NAMES = lazy_re.compile(r",[^,]*,[^,]*,")
#: Words of a label that heads a part of one product's label, not a variant's list.
_PART_WORDS = lazy_re.compile(r"\b(?:ingredients?|inci|contains?|composition|formula|claims?|benefits?|free|notes?)\b",
                              re.IGNORECASE)
#: Words of a heading, not a member's name: ``Active ingredients:``, ``Purpose:``, ``Directions:``.
_MEMBER_HEADINGS = lazy_re.compile(r"\b(?:(?:in)?active|purposes?|uses?|warnings?|directions?|drug\s+facts|"
                                   r"may\s+contain|information|ingredients?\s+list|key\s+ingredients?)\b",
                                   re.IGNORECASE)
#: How many labelled lists make a kit (one labelled list is one product).
_LABELLED_MEMBERS = 2
#: What ends every :data:`_LABELLED_MEMBER` label: a list with fewer than two has no labelled members,
#: and counting them is ~10x cheaper than the pattern (on the main corpus).
_LABEL_ENDS = (":", " -", "\t-", " –", "\t–", " —", "\t—")
#: What a package insert calls the vehicle its actives are in: ``a cream base``, ``a gel vehicle``, ``a
#: formulation``, or the dosage form itself (``in a cleanser containing``, ``in a mild aqueous based
#: cleansing vehicle containing``).
_VEHICLE_NOUN = r"(?:base|vehicle|formulation|formula|cleanser|wash|cream|lotion|gel|foam|emulsion|ointment|suspension)"
#: Where an insert names its vehicle: ``in a gel vehicle of``, ``incorporated into a specially formulated oil and
#: water emulsion (O/W)(TM) vehicle consisting of`` (up to eight words, brackets and marks, before the noun).
_VEHICLE_PHRASE = (r"(?:(?:incorporated|dispersed|suspended|dissolved)\s+)?in(?:to)?\s+an?\s+(?:[\w()™®/-]+\s+){0,8}?"
                   rf"{_VEHICLE_NOUN}\s+(?:of|containing|consisting\s+of|(?:formulated\s+|made\s+)?with)")
#: A description sentence naming the product as its subject, up to its verb (``Tretinoin Gel contains``), and
#: what must follow it in the same sentence for it to be one: the vehicle phrase (see :data:`_INSERT_SUBJECT`).
_SUBJECT = r"[^.,;:()\n]{1,60}?\bcontains?\b"
_TO_VEHICLE = rf"(?:[^.]|\.\d)*?\b{_VEHICLE_PHRASE}\b"
#: Where a package insert's statement of strength starts, at the start of the text or of a sentence or line:
#: ``Each gram of Solaquin Forte 4% Cream contains``, ``Cada grama do creme contém``. An insert covering
#: several products (or strengths) gives one statement each: each is a kit member.
_STATEMENT = lazy_re.compile(
    r"(?:^|(?<=[.\n]))\s*(?=each\s+(?:gram|g|ml)\s+of\b|cada\s+(?:\d+\s*)?(?:gramas?|gramos?|g|ml)\b)"
    # or, at the start of a paragraph or of a line after a sentence's end, a description
    # naming its product: "SA 6% Lotion contains ... in a ... vehicle consisting of" (see
    # _INSERT_SUBJECT); not a line that goes on with a sentence ("Each\ngram of X contains")
    rf"|(?:^|(?<=\n\n)|(?<=\.\n))\s*(?={_SUBJECT}{_TO_VEHICLE})", re.IGNORECASE)
#: A package insert's statement of strength: ``Each gram of <product> contains`` (an SmPC's ``1 g of
#: <product> contains``), or per container in a monograph: ``Each plastic bottle contains:``.
_INSERT_START = lazy_re.compile(
    r"^\W*(?:each|one|1)\s+(?:\d+\s*)?(?:[a-z]+\s+){0,2}?(?:gram|g|gm|ml|millilit(?:er|re)|pad|wipe|bottle|tube|jar|pump|"
    r"container|sachet|vial|ampoule)s?\b(?:[^.]|\.\d)*?\bcontains?\b\s*:?\s*",
    re.IGNORECASE)
#: A description sentence naming the product as its subject: ``Tretinoin Gel contains tretinoin
#: ... in a gel vehicle of ...``. Only with the vehicle phrase in the same sentence, so that
#: an ordinary ``Contains:`` list or a sentence of prose is never read as one.
_INSERT_SUBJECT = lazy_re.compile(rf"^\W*{_SUBJECT}\s*:?\s*(?={_TO_VEHICLE})", re.IGNORECASE)
#: Where a package insert turns from the actives to the vehicle: ``in a vanishing cream base of``,
#: ``Other ingredients include``.
_INSERT_VEHICLE = lazy_re.compile(
    rf"[,;]?\s*\b(?:{_VEHICLE_PHRASE}\s*:?"
    r"|(?:other|inactive)\s+ingredients?\s+(?:include|are)|(?:other|inactive|non[-\s]?medicinal)\s+ingredients?\s*:"
    r"|(?:\d+\.\d+\s+)?list\s+of\s+excipients\s*:?)\s*",
    re.IGNORECASE)
#: How the actives are carried, which ends their statement: ``incorporated into microspheres``,
#: ``in a humectant lotion base`` (a base not followed by its list).
_INSERT_CARRIER = lazy_re.compile(
    r"\s+(?:(?:incorporated|encapsulated|entrapped|dispersed|suspended|dissolved)\s+(?:in|into|within)\b"
    r"|in\s+an?\s+(?:[\w-]+\s+){0,3}?(?:base|vehicle)\b"
    r"|in\s+(?:(?:either|any|one)\s+of\s+)?(?:two|three|four|several|\d)\s+(?:strengths|concentrations)\b).*$",
    re.IGNORECASE | re.DOTALL)
#: The end of a sentence in prose: a full stop before a capital.
_SENTENCE_END = lazy_re.compile(r"\.\s+(?=[A-Z])")


def _from_insert(text: str) -> str:
    """A package insert's prose as a drug-facts panel: ``Each gram of X contains 40 mg A
    and 30 mg B in a cream base of C, D, and E.`` -> ``Active ingredients: A, B Inactive
    ingredients: C, D, and E.`` The actives' statement ends at its first sentence or where
    it says how they are carried; prose between it and the vehicle is dropped."""
    start = _INSERT_START.match(text) or _INSERT_SUBJECT.match(text)
    if start is None:
        return text
    rest = text[start.end() :]
    vehicle = _INSERT_VEHICLE.search(rest)
    actives, base = (rest[: vehicle.start()], rest[vehicle.end() :]) if vehicle else (rest, "")
    actives = _INSERT_CARRIER.sub("", _SENTENCE_END.split(actives, maxsplit=1)[0])
    actives = re.sub(r"\s+and\s+", ", ", actives)
    actives = re.sub(r"\bin\s+(?=\d[\d.,]*\s*%)", "", actives)  # "tretinoin in 0.1% by weight"
    base = _prose_list(base)
    heading = "List of excipients:" if vehicle and "excipient" in vehicle.group().lower() else "Inactive ingredients:"
    return f"Active ingredients: {actives} {heading} {base}" if base else f"Active ingredients: {actives}"


def _prose_list(text: str) -> str:
    """A vehicle written as prose, ``A, B and C (denatured with D and E)``, as a list: its
    ``and`` outside brackets joins the last two names (never one inside a name's bracket)."""
    if " and " not in text.lower():
        return text
    out, depth = [], 0
    for part in re.split(r"([()\[\]]|\s+and\s+)", text, flags=re.IGNORECASE):
        if part in ("(", "["):
            depth += 1
        elif part in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and part.strip().lower() == "and":
            part = ", "
        out.append(part)
    return "".join(out)


def _folded(text: str) -> str:
    """``text`` case-folded for a cheap look for words that an IGNORECASE pattern
    needs: never misses one (``ı`` and ``İ`` match ``i`` in such patterns)."""
    return text.casefold().replace("ı", "i").replace("\u0307", "")


class Item(NamedTuple):
    """One ingredient as written, with the names to try for it, in order."""

    written: str
    candidates: tuple[str, ...]
    position: int
    percent: float | None = None
    section: str | None = None  # "active", "inactive", "excipients" (in no order of amount), "may_contain",
    # "absent" (a claim of what the product is free from: "Free from parabens, fragrance"; "denied" when its sentence
    # closes it, "... free from parabens and hydroquinone."), "key" (a name a page's
    # key-ingredient prose features, with no full list) or "featured" (one it features before its full list: not a
    # list item, see split_inci)
    member: int = 0  # which product of a kit (0 when the field holds one product)
    label: str = ""  # the kit member's own name, when the field gives it before its list ("Exfoliating Toner:")


#: A cell an export fills when it has no list (``N/A``, ``-``, ``none``, ``unknown``, ``Not available``, ``[]``):
#: the product is checked from its name, as with an empty cell, never as one unrecognised ingredient. The trailing
#: marks belong to the word, so that a long run of marks before a name is tried once, not once per split of the run.
_PLACEHOLDER = lazy_re.compile(
    r"\W*(?:(?:n/?a|none|null|nan|nil|unknown|tbd|tba|not (?:available|known|listed|stated|given))\W*)?",
    re.IGNORECASE)


def is_placeholder(text: str) -> bool:
    """Whether ``text`` stands for no list at all (empty, ``N/A``, ``-``, ``none``, ``Not available``), bare or
    behind a list label (``Ingredients: N/A``, as a pasted line under the product's name gives it)."""
    if _PLACEHOLDER.fullmatch(text):
        return True
    label = _LABEL.match(text)
    return bool(label) and bool(_PLACEHOLDER.fullmatch(text, label.end()))


def starts_with_list_label(text: str) -> bool:
    """Whether ``text`` opens with a list label (``Ingredients:``, ``INCI:``, ``Active ingredients:``)."""
    return bool(_LABEL.match(text) or _DRUG_FACTS_START.match(text))


#: A scraped DailyMed product table: each name followed by its FDA UNII code, no commas.
_UNII = lazy_re.compile(r"\s*\(\s*UNII\s*:\s*[A-Z0-9]{10}\s*\)", re.IGNORECASE)
#: The code and moiety cells of an active row, and the basis name that repeats the moiety (glued to the
#: strength when the page's table was copied: ``ZINC OXIDE20 g in 100 g``).
_UNII_ACTIVE_ROW = lazy_re.compile(r"\s*\(\s*UNII\s*:\s*[A-Z0-9]{10}\s*\)\s*\(\s*(?P<moiety>[^()]*?)\s*-\s*UNII\s*:\s*"
                                   r"[A-Z0-9]{10}\s*\)\s*(?:(?P=moiety)(?![^\W\d_]))?", re.IGNORECASE)
#: The table's column headers (glued together when the page's table was copied: ``Ingredient NameBasis of
#: StrengthStrength``).
_UNII_HEADERS = lazy_re.compile(r"(?:/\s*Active\s+Moiety\s+)?Ingredient\s+Name\s*(?:Basis\s+of\s+Strength\s*)?"
                                r"Strength\b", re.IGNORECASE)
#: A strength per 100 units: ``2 g in 100 g`` is 2%.
_PER_HUNDRED = lazy_re.compile(r"(\d+(?:\.\d+)?)\s*(?:g|ml)\s+in\s+100\s*(?:g|ml)\b", re.IGNORECASE)

#: A strength in milligrams per gram: ``3 mg in 1 g`` is 0.3%.
_PER_GRAM = lazy_re.compile(r"(\d+(?:\.\d+)?)\s*mg\s+in\s+1\s*(?:g|ml)\b", re.IGNORECASE)

#: A strength per unit whose basis the table leaves out: ``Salicylic Acid 0.025 g``.
_BARE_AMOUNT = lazy_re.compile(r"(?<![\w.(])(\d+(?:\.\d+)?\s*(?:mg|mcg|g))\b(?!\s*(?:in|/)\b)")


def _from_unii_table(text: str) -> str:
    """A DailyMed product table as a comma list: ``Water (UNII: 059QF0KO0R) Alcohol (UNII: ...)``
    -> ``Water, Alcohol, ...``; an active row ``A (UNII: X) (A - UNII:X) A 2 g in 100 g`` -> ``A 2%``
    (the moiety cell dropped, the name repeated as the basis of strength kept with the strength)."""
    text = _UNII_HEADERS.sub(" ", text)
    text = _PER_HUNDRED.sub(r"\1%", text)
    text = _PER_GRAM.sub(lambda m: f"{float(m.group(1)) / 10:g}%", text)
    text = _BARE_AMOUNT.sub(r"(\1)", text)  # "0.025 g" per unit, read as a drug label's stated amount
    text = _UNII_ACTIVE_ROW.sub(" ", text)
    return _UNII.sub(",", text)


#: A list dumped by a scraped dataset as a Python list literal: ``['Aqua/Water/Eau, Glycerin.']``
#: (one string per list, or per ingredient; ``['Volume:', 'Water, ...']`` with label strings).
_LIST_LITERAL = lazy_re.compile(r"""\[\s*(['"]).*['"]\s*\]""", re.DOTALL)
#: A string of such a list that is only a label: ``'Volume:'``, ``'Product variation 1:'``.
_LABEL_ONLY = lazy_re.compile(r"[^,:]{0,40}:\s*")
#: A string of such a list that only names the product whose list follows: ``'Total Eye Lift ... Eye Cream:'``.
_PRODUCT_LABEL = lazy_re.compile(r"[^,:]{1,120}:\s*")
#: The expand/collapse links a scraped ingredient page leaves in its list: ``[more]Tremella ...``, ``Ci 16255[less]``.
_SCRAPER_LINKS = lazy_re.compile(r"\[(?:more|less)\]", re.IGNORECASE)
#: The formula identification code L'Oréal's groups print after a list (``(F.I.L. B34608/1).``, ``F.I.L.# b171983/1``,
#: ``(CODE F.I.L. : N283506/1)``), which a scrape may glue to the last name (``fragrance f.i.l. d254881/2``, held-out
#: 212): no ingredient.
_FORMULA_CODE = lazy_re.compile(
    r"\(\s*(?:code\s*)?F\.\s?I\.\s?L\.\s*(?:[#:]\s*)?[A-Z]{0,2}\d{3,}(?:/\d+)?\s*\)"  # bracketed: the brackets go too
    r"|(?:\bcode\s*)?\bF\.\s?I\.\s?L\.\s*(?:[#:]\s*)?[A-Z]{0,2}\d{3,}(?:/\d+)?", re.IGNORECASE)
#: Synonyms joined by backslashes, as such dumps write them: ``Water\\Aqua\\Eau`` (``Water/Aqua/Eau``).
_BACKSLASHES = lazy_re.compile(r"(?<=[A-Za-z)])\s*\\+\s*(?=[A-Z])")


#: Where one string of a list literal ends and the next begins: ``', '``.
_STRING_BOUNDS = lazy_re.compile(r"""['"]\s*,\s*['"]""")
#: A line break, with the spaces around it, inside a list literal's string.
_BROKEN_NAME = lazy_re.compile(r"[ \t]*\r?\n\s*")


def _literal(text: str) -> object:
    """The Python literal ``text`` writes, or None when it writes none."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _from_list_literal(text: str) -> list[tuple[str, str]] | None:
    """A Python list literal of strings as the list it holds: ``['A, B', 'C']`` -> ``A, B, C``; None for
    anything else (a list that only looks like one). A literal holding two or more lists, each after a
    string that only names it (a kit: ``'Double Serum ...:', 'Aqua, ...', 'V-Facial ... Mask:', 'Aqua, ...'``),
    gives one text per product, each read on its own, with the name it was given (see :func:`_members`)."""
    text = text.strip()
    value = _literal(text)
    if value is None:
        # a line break inside one string, which no literal can hold: the scraper broke a name in two
        # ('Acrylates\n/C10-30 Alkyl Acrylate Crosspolymer')
        flat = _BROKEN_NAME.sub(" ", text)
        value = _literal(flat) if flat != text else None
        if value is None:
            # a stray quote inside one string ('St. Paul's Wort Extract', unescaped): its strings, cut where
            # one ends and the next begins, once the brackets and the first and last quotes are dropped
            value = _STRING_BOUNDS.split(flat[1:-1].strip()[1:-1])
    if not isinstance(value, list) or not all(isinstance(part, str) for part in value):
        return None
    heads = [i for i, part in enumerate(value[:-1])
             if _PRODUCT_LABEL.fullmatch(part) and not _PRODUCT_LABEL.fullmatch(value[i + 1])]
    if len(heads) < 2:
        return [("", ", ".join(part for part in value if not _LABEL_ONLY.fullmatch(part)))]
    bounds = zip(heads, [0, *heads[1:]], [*heads[1:], len(value)])
    return [(value[head].strip().rstrip(":"), ", ".join(part for part in value[start:end]
                                                      if not _PRODUCT_LABEL.fullmatch(part)))
            for head, start, end in bounds]


def split_inci(text: str, layouts: bool = True) -> list[Item]:
    """Split an ingredient list into :class:`Item`s, in label order; with ``layouts=False``, a list
    kept in a layout made for something else (:func:`in_layout`) is read as it stands."""
    items: list[Item] = []
    glued = 0  # items with footnote digits glued to their name
    members = None
    if text[:8].lstrip().startswith("[") and _LIST_LITERAL.fullmatch(text.strip()):
        literal = _from_list_literal(text)
        if literal is not None and len(literal) > 1:
            members = [(label, _prepared(member_text, layouts)) for label, member_text in literal]
        elif literal is not None:
            text = literal[0][1]
    featured: list[tuple[str, tuple[str, ...], float | None, bool]] = []  # see below
    member = -1
    for label, member_text in members or _members(_prepared(text, layouts)):
        member += 1
        insert = _insert_word(member_text[:300].lower())
        if insert == "contain":
            member_text = _from_insert(member_text)
        elif insert == "cada":
            member_text = from_bula(member_text)
        panel = ""  # the drug-facts sections met so far in this product: "a" active, then "i" inactive
        for section, chunk in _sections(member_text):
            if section in ("active", "inactive"):
                if panel == "ai" and section == "active":
                    member, panel = member + 1, ""  # a kit of drug-facts products, each with its own panel
                panel += section[0] if panel in ("", "a") and section[0] not in panel else ""
            first = len(items)
            active = section == "active"
            if active and ":" in chunk and glossary_paragraph(chunk, headed=True):
                # an Active heading over a glossary (``Active ingredients Salicylic Acid: Clinically proven to shrink
                # emerging pimples. CICA: Soothes ...``, held-out 196's Cetaphil patches): its names are the actives
                chunk = _key_names(chunk)
            elif active:
                chunk = _ACTIVE_RUN.sub("%,", chunk)
            elif section in ("key", "featured"):
                chunk = _key_names(chunk)
            if section == "featured":
                featured += (parsed for raw in _split_top_level(chunk) for parsed in _parse_piece(raw, False))
                continue
            for raw in _pieces(chunk):
                for written, candidates, percent, footnoted in _parse_piece(raw, active):
                    items.append(Item(written, candidates, len(items), percent, section, member, label))
                    glued += footnoted
            if active:
                _end_active_block(items, first)
    if glued >= 2:
        items = [_untrimmed(item) for item in items]
    # the names a page's key-ingredient prose features before its full list: after the list, outside its order
    # (section "featured"), so that they take no place in it
    items += [Item(written, candidates, len(items) + i, percent, "featured")
              for i, (written, candidates, percent, _) in enumerate(featured)]
    return items


#: A name the prose on key ingredients describes, at the start of a piece or of a sentence: ``Niacinamide:
#: brightens``, ``... reduces spots. Vitamin C: a powerful antioxidant``, ``walnut- walnut exfoliates``.
#: A bullet may open the sentence (``-Salicylic Acid 0.5%: ...``), and a strength in the name holds a decimal point.
_KEY_NAME = lazy_re.compile(rf"(?:^|(?<=[.!;?]))\s*(?:[{GLOSS_BULLETS}](?=[^\W\d_]))?"
                            r"((?:[^.!;?:]|(?<=\d)\.(?=\d)){2,60}?)\s*(?::|[ \t]?[-–—][ \t])")
#: Two names the prose describes together (``Salicylic Acid (BHA) and Succinic Acid: unclogs pores``), outside
#: brackets.
_KEY_NAME_PAIR = lazy_re.compile(rf"\s+(?:and|&)\s+{_OUTSIDE_BRACKETS}", re.IGNORECASE)
#: The most words a piece of that prose may have to be a bare name (``pure arabica coffee``), not a sentence.
_KEY_NAME_WORDS = 4


def _key_names(chunk: str) -> str:
    """The names a page's prose on its key ingredients features, as a list: ``Niacinamide: brightens
    skin. Vitamin C: a potent antioxidant, Glycolic Acid: exfoliates`` gives ``Niacinamide, Vitamin C,
    Glycolic Acid``; a piece that is a bare name is kept, the rest of the prose dropped."""
    names = []
    # each entry of a glossary run on with bullets on its own (``- Hyaluronic Acid blend (1.7%): Helps ... - Squalane:
    # Improves ...``)
    for piece in (entry for top in _split_top_level(chunk) for entry in GLOSS_ENTRY.split(top)):
        found = _KEY_NAME.findall(piece)
        if found:
            names += (name for both in found for name in _KEY_NAME_PAIR.split(both))
        elif len(piece.split()) <= _KEY_NAME_WORDS and not re.search(r"[.!?]\s", piece):
            names.append(piece)
    return ", ".join(name.strip() for name in names if name.strip())


def in_layout(text: str) -> bool:
    """Whether ``text`` is read through one of :mod:`compatcheck.layouts`' readers (a register
    record, a glossary, a skim table, glued names), not as it stands."""
    return _from_layout(text) is not text


#: An HTML tag copied with a page's source (``<b>Glycolic Acid</b>``, ``<span class="inci">``); a line or
#: cell break (``<br>``, ``</li>``) separates names.
_HTML_TAG = lazy_re.compile(r"</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_HTML_BREAKS = frozenset({"br", "p", "li", "div", "tr", "td", "dd", "dt", "ul", "ol"})
#: An HTML entity: ``&nbsp;``, ``&amp;``, ``&#233;``.
_HTML_ENTITY = lazy_re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _without_html(text: str) -> str:
    """``text`` with the tags and entities of a page's source undone: ``Salicylic&nbsp;Acid`` is one
    name, ``<b>Glycolic Acid</b>`` is the name, ``Salicylic Acid<br>Niacinamide`` two."""
    if _HTML_ENTITY.search(text):
        import html  # only when a page's source was copied

        text = html.unescape(text)
    if "<" not in text or not _HTML_TAG.search(text):
        return text
    cut = ", " if "," in text else "\n"
    return _HTML_TAG.sub(lambda m: cut if m.group("tag").lower() in _HTML_BREAKS else "", text)


#: A full-width comma between two digits (a Japanese label's full-width locants), not a separator.
_FULL_WIDTH_LOCANTS = lazy_re.compile(r"(?<=[0-9０-９])，(?=[0-9０-９])")
#: Spaces a page writes other than as spaces (no-break, narrow no-break, thin, figure): spaces.
_ODD_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " "})


#: What a brand writes after a list it shortens, glued to the last name or after a comma: ``... Leaf Oil etc.``,
#: Indonesian ``dll.`` (*dan lain-lain*). Not a name; the list is read as it is.
_AND_SO_ON = lazy_re.compile(r"[\s,;]*\b(?:etc|dll)\.?\s*$", re.IGNORECASE)


#: Where a shop page's own text starts after a scraped list: its basket notice, its navigation, its ``read more``
#: toggle (held-out 189's Boots cell: the list, then the whole page, whose menus name other products' actives).
_PAGE_CHROME = ("This item has been successfully added to your list", "Skip to navigation", "read more read less")


def _prepared(text: str, layouts: bool = True) -> str:
    """``text`` with the marks of how it was stored undone: a shop page's text after the list, a layout made for
    something else (when ``layouts``), scraper links, backslashed synonyms, a UNII or pipe table, percentages glued
    to the next name, bullets lost to an encoding, lines wrapped inside a name, a trailing ``etc.``."""
    if cuts := [at for mark in _PAGE_CHROME if (at := text.find(mark)) > 0]:
        text = text[: min(cuts)]
    if "<" in text or "&" in text:
        text = _without_html(text)
    if not text.isascii():
        text = text.translate(_ODD_SPACES)  # a page's no-break spaces are spaces
        if "，" in text:  # a full-width comma between locants is in the name: '１，２－ヘキサンジオール'
            text = _FULL_WIDTH_LOCANTS.sub(",", text)
    if layouts:
        text = _from_layout(text)
    if text[:20].lstrip()[:11].lower() == "ingredients":
        text = _GLUED_TAB_WORD.sub("", text, count=1)
    if any(mark in text for mark in _LOST_MARKS):
        text = _from_lost_bullets(text)
    if "\n" in text:
        text = _WRAPPED_LINE.sub(" ", text) if text.count(",") >= _WRAPPED_LIST_COMMAS else text
    if "[" in text:
        text = _SCRAPER_LINKS.sub(" ", text)
    if "i.l." in text or "I.L." in text:
        text = _FORMULA_CODE.sub(" ", text)
    if "\\" in text:
        text = _BACKSLASHES.sub("/", text)
    if "UNII" in text.upper():
        codes = len(_UNII.findall(text))
        if codes >= 2 and text.count(",") < codes:
            text = _from_unii_table(text)
    if "---" in text and "|" in text:
        text = _from_pipe_table(text)
    if text[-12:].rstrip(" .").lower().endswith(("etc", "dll")):
        text = _AND_SO_ON.sub("", text)
    return _GLUED_PERCENT.sub(r"\1, ", text)


def _from_layout(text: str) -> str:
    """``text`` as a list, when it is kept in a layout made for something else (:mod:`compatcheck.layouts`):
    a register's JSON record, a glossary, a copied incidecoder table, names glued with no separator."""
    opening = text[:80].lstrip()
    if opening[:1] in "{\"" and '":' in opening:
        return from_record(text) or text
    if "what-it-does" in text:
        return from_skim_table(text) or text
    if text.count(":") >= 5:
        return from_glossary(text) or text
    return unglued(text) or text


#: A scraper's tab word glued to the first name or heading: ``IngredientsWater, ...``,
#: ``IngredientsActive: Titanium Dioxide 1.33%`` (an Ulta page's "Ingredients" tab); lower- or
#: upper-cased, only before a heading or water (``ingredientsactive:``, ``INGREDIENTSAQUA, ...``).
_GLUED_TAB_WORD = lazy_re.compile(r"^\s*(?:Ingredients(?=[A-Z])|(?i:ingredients)(?=(?i:(?:in)?active|aqua|water)\b))")
#: A bullet separator (``•``) a copy lost to an encoding, left as ``?`` or U+FFFD:
#: ``AQUA /WATER ? ASCORBIC AC ID ? GLYCE R IN ? ...`` (a shop database's copy of an EU box); or
#: typed as a spaced dash or plus, or a tilde, in a list without commas (not a range, ``2~5%``, ``2 - 5%``; but a
#: dash after a numbered name, ``Palmitoyl Tetrapeptide-7 - Chrysin``, and before a name that opens with its
#: locants, ``- 2-Oleamido-1,3-Octadecanediol``, is one); or a dash bullet whose line break was lost, glued to the
#: name before it (``- Apple Stem Cell Extract- Apple Peel Ferment- ...``); or a bullet glyph a scrape stored as an
#: empty square bracket pair (``water\\aqua\\eau [] cetearyl alcohol [] ...``); or the katakana middle dot (``・``,
#: half-width ``･``) a Japanese label lists its names with when it has no other separator (``WATER/AQUA/EAU･ ALCOHOL･
#: ...``; in a list with commas it joins words of a name, ``POE・ジメチコン共重合体``).
_LOST_BULLET = lazy_re.compile(
    r"\s*[?\ufffd・･]\s*|\s*\[\s*\]\s*|(?<=[^\W\d_])-\s+(?=[^\W\d_])|\s+[–—+]\s+|\s+-\s+(?!\d)|"
    r"(?<!\d)\s+-\s+(?=\d+(?:,\d+)*-[^\W\d_])|(?<!\d)\s*~\s*(?!\d)")
#: The marks :data:`_LOST_BULLET` stands for: a cheap first look before the pattern.
_LOST_MARKS = ("?", "\ufffd", "–", "—", "+", "~", "- ", "・", "･", "[]", "[ ]")
#: How many such marks make a list of them, not a stray question mark.
_LOST_BULLETS = 3
#: Any separator a list that still has its own would show; not the comma of a name's locants
#: (``2-Oleamido-1,3-Octadecanediol`` in a list typed with spaced dashes).
_KEPT_SEPARATORS = lazy_re.compile(r"(?<!\d),|,(?!\d)|[;•·、，；" + _BULLET_MARKS + "]")


def _from_lost_bullets(text: str) -> str:
    """A list whose only separators are lost bullets, with commas for them; any other text as it is. A
    bullet before the first name (``■WATER/AQUA/EAU･ ...``) separates nothing: it is not a separator of the
    list's own."""
    if (_KEPT_SEPARATORS.search(text.lstrip().lstrip(_BULLET_MARKS))
            or len(_LOST_BULLET.findall(text)) < _LOST_BULLETS):
        return text
    return _LOST_BULLET.sub(", ", text)


#: A line break inside a name, as a shop's template string keeps its source's hard wraps and
#: indentation: ``Acrylates\n     Copolymer``, ``Sodium Hyaluronate\n   Crosspolymer``. Only a break
#: not after a separator or a label and followed by indentation, in a list with commas.
_WRAPPED_LINE = lazy_re.compile(r"(?<=[^\s,;:.])[ \t]*\r?\n[ \t]{2,}(?=[^\s,;])")
_WRAPPED_LIST_COMMAS = 3


#: The rule under a pasted markdown table's header row: ``---|---|---|``.
_TABLE_RULE = lazy_re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)


_OPENING_PIPE = lazy_re.compile(r"^[ \t]*\|")
#: A header cell naming the column of ingredient names, in the languages tables are pasted in: a lookup
#: site's table may open with another column (Chinese ones: ``顺序 | 名称 | 风险分 | ...``, order first).
_NAME_HEADERS = frozenset({"name", "names", "ingredient", "ingredients", "ingredient name", "inci", "inci name",
                           "component", "名称", "名稱", "成分", "成分名", "成分名称", "成分名稱", "성분", "성분명",
                           "名前", "nom", "nombre", "ingrediente", "ingredientes", "inhaltsstoff"})
_ROW_NUMBER = lazy_re.compile(r"\s*\d{1,3}\.?\s*")


def _from_pipe_table(text: str) -> str:
    """A table pasted with its pipes (``Ingredient name | what-it-does | ...`` over ``---|---|``,
    then ``Alcohol | solvent | icky |``), as a list: one cell of each row under the rule names the
    ingredient (the first, or the one under a header such as ``名称``; never a column of row numbers);
    the title and header above it, and the other columns (functions, ratings), are not ingredients.
    A row ends with a pipe at the end of a line, so a name wrapped over several lines (an INCI
    name, then its translation) stays one cell; a row broken after a pipe, its cells with tags
    going on over the next lines (``5 | 苯氧乙醇 | 4 |`` then ``防腐剂 |``), goes on while those lines
    add no more pipes than the rule has."""
    rule = _TABLE_RULE.search(text)
    if rule is None:
        return text
    needed = _OPENING_PIPE.sub("", rule.group(), count=1).count("|")
    lines = text[rule.end() :].strip("\n").splitlines()
    rows, row, pipes = [], [], 0
    for at, line in enumerate(lines):
        if not row:
            line = _OPENING_PIPE.sub("", line, count=1)  # a markdown row opens with its pipe: '| Water | solvent |'
        row.append(line)
        pipes += line.count("|")
        if line.rstrip().endswith("|") and (
                pipes >= needed or at + 1 == len(lines) or pipes + lines[at + 1].count("|") > needed):
            rows.append("\n".join(row).split("|"))
            row, pipes = [], 0
    if "|" in "".join(row):  # a last row without its closing pipe; other text after the table is not in it
        rows.append("\n".join(row).split("|"))
    column = _name_column(text[: rule.start()], rows)
    return ", ".join(cell for cells in rows if len(cells) > column and (cell := cells[column].strip()))


def _name_column(above: str, rows: list[list[str]]) -> int:
    """Which column of a pasted table names the ingredients: the one whose header (the last line
    above the rule) says so, else the first that is not only row numbers."""
    header = [cell.strip().casefold() for cell in _OPENING_PIPE.sub("", above.rstrip().rsplit("\n", 1)[-1]).split("|")]
    named = next((at for at, cell in enumerate(header) if cell in _NAME_HEADERS), None)
    if named is not None:
        return named
    numbers = bool(rows) and all(_ROW_NUMBER.fullmatch(cells[0]) or not cells[0].strip() for cells in rows)
    return 1 if numbers and any(len(cells) > 1 for cells in rows) else 0


def _untrimmed(item: Item) -> Item:
    """In a list whose names carry glued footnote digits, ``Palmitoyl Pentapeptide-45``
    may be Palmitoyl Pentapeptide-4 + footnote 5: try that name last."""
    bare = drop_parenthetical(item.written)
    number = _NUMBERED.search(bare)
    if number is None:
        return item
    # one footnote digit, or two (footnote 12) when the number has three or four
    trimmed = [bare[:-n] for n in (1, 2) if len(number.group()) - n >= 2]
    return item._replace(candidates=(*item.candidates, *trimmed))


def _members(text: str) -> list[tuple[str, str]]:
    """A kit's products, in order, each with the name the field gives it before its list (``Toner:``,
    ``Step 2: Peel Pads``; "" when it gives none); one text when the field holds one product."""
    folded = _folded(text)
    starts = []
    if text.lstrip(_HEADING_LEAD).startswith("["):
        starts = _bracketed_members(text)
    if not starts and ("step" in folded or "product" in folded):  # words every _MEMBER start needs
        starts = [m for m in _MEMBER.finditer(text) if m.end() > m.start()]
    if not starts and sum(map(text.count, _LABEL_ENDS)) >= _LABELLED_MEMBERS:
        starts = _labelled_members(text) or _bulleted_members(text)
    if not starts and text.count("\n") >= 2 * _LABELLED_MEMBERS - 1:
        starts = _labelled_members(text, _LINE_MEMBER)
    if not starts and text.count(":") >= _LABELLED_MEMBERS and "\n" in text:
        starts = _line_labelled_members(text)
    if not starts and ("." in text or "\n" in text):
        starts = _restarted_lists(text)
    if not starts and HANGUL_CHAR.search(text):
        starts = _glued_restarts(text)
    if not starts:
        parts = _statements(text, folded)
        if len(parts) == 1 and (own := _own_label(text, folded)) is not None:
            # one product whose field opens with its own name (``hydrating clearing jelly+: water, ...``, held-out
            # 221's Clinique iD base): the name it is given there makes its claims, as a kit member's does
            return [(own.group("label").strip(_LABEL_TRIM), text[own.end():])]
        return [("", part) for part in parts]
    parts = [("", text[: starts[0].start()])]
    for m, nxt in zip(starts, [*starts[1:], None]):
        parts.append((m.group().strip(_LABEL_TRIM), text[m.end() : nxt.start() if nxt else len(text)]))
    return [(label, p) for label, p in parts if p.strip(" .,;:\n")]


#: The word every package insert's statement of strength holds, in the order they are tried: English ("Each gram
#: contains"), then Portuguese or Spanish ("Cada g do creme contém", :mod:`compatcheck.bula`).
_INSERT_WORDS = ("contain", "cada")


def _insert_word(opening: str) -> str:
    """Which of :data:`_INSERT_WORDS` a field's lower-cased opening holds (the insert it is read as), or ""."""
    return next((word for word in _INSERT_WORDS if word in opening), "")


def _own_label(text: str, folded: str) -> re.Match | None:
    """The label a single product's field opens with (:data:`_LABELLED_MEMBER` at its start, holding a product type),
    when a list follows it and it is no heading; else None. ``folded`` is ``text`` as :func:`_folded` gives it."""
    opening = folded[:300]
    if ((":" not in opening[:120] and " -" not in opening[:120]) or _insert_word(opening)
            or not opening.lstrip()[:1].isalnum()):
        # ... not a package insert's statement (``Cada g do creme contém:``), nor a shop's bullet of key ingredients
        # (``-Clean Chemical SPF: Provides ...``): each is read by its own rules
        return None
    own = _LABELLED_MEMBER.match(text)
    if own is None or _MEMBER_HEADINGS.search(own.group("label")) or _PART_WORDS.search(own.group("label")):
        return None
    return own if _COMMA.search(text, own.end()) else None


#: What may stand before a set's first bracketed heading (see _HEADING_BULLETS).
_HEADING_LEAD = " \t\r\n" + _HEADING_BULLETS
#: What a member's label is trimmed of: the marks and bullets around it.
_LABEL_TRIM = " .,;:–—\n\t" + _HEADING_BULLETS
#: A set member's heading in square brackets, before its list: at the start of the field, or after a space or a
#: list's last mark (``[PDRN] 정제수, ... [티트리] 정제수, ...``; ``[Essence]Mineral Water, ... [Cream]Water, ...``),
#: and not before a separator (``Zinc Oxide [Nano], Aqua``: a tag of the name before it); with a colon after it
#: (``[3D 리프팅 크림 마스크] : 정제수``), which is the heading's.
_BRACKET_HEADING = lazy_re.compile(rf"(?:^|(?<=[\s.,;]))[ \t]*[{re.escape(_HEADING_BULLETS)}]?[ \t]*"
                                   r"\[(?P<label>[^\[\]\n'\"]{1,80})\][ \t]*:?[ \t]*(?=[^\s,;.)\]])")
#: What shows a heading is followed by a list: a comma, or a full stop between names
#: (``[STEP 2] 피브이피.정제수.글리세린``).
_LIST_MARK = lazy_re.compile(r"[,，]|(?<=[^\W\d_])\.(?=[^\W\d_])")
#: What shows a labelled member is followed by a list (see :func:`_labelled_members`).
_COMMA = lazy_re.compile(",")
#: Bracketed tags of a name, never a product's heading: ``[Nano]``, a footnote number ``[14]``, ``[+/-]``.
_BRACKET_TAG = lazy_re.compile(r"nano|\d{1,3}|\+\s*/\s*-|more|less", re.IGNORECASE)


def _bracketed_members(text: str) -> list[re.Match]:
    """Where a set's products start, when the field opens each list with the product's name in square brackets (Olive
    Young's sets, in Korean and English: see :data:`_BRACKET_HEADING`): the field opens with one, there are at least
    two, none a name's tag, and each is followed by a list (a comma, or a full stop between names, before the next).
    The first heading is a member too: its label names the first list."""
    starts = [m for m in _BRACKET_HEADING.finditer(text) if not _BRACKET_TAG.fullmatch(m.group("label").strip())]
    if starts and text[:starts[0].start()].strip(_HEADING_LEAD):
        return []
    return _each_before_a_list(text, starts, _LIST_MARK)


def _each_before_a_list(text: str, starts: list[re.Match], list_mark: re.Pattern) -> list[re.Match]:
    """``starts``, the places a kit's members start, when there are at least :data:`_LABELLED_MEMBERS` and each is
    followed by a list (``list_mark`` before the next start); else none."""
    if len(starts) < _LABELLED_MEMBERS:
        return []
    ends = [m.start() for m in starts[1:]] + [len(text)]
    if any(not list_mark.search(text, m.end(), end) for m, end in zip(starts, ends)):
        return []
    return starts


#: A paragraph's start (a blank line), then a kit member's short name with no list mark, if any, before its list
#: (``⏎⏎Hadasei-3 Aqua/Water/Eau, ...``).
_PARAGRAPH_LABEL = r"\n[ \t]*\n\s*(?:[^\s,.;:][^,.;:\n]{0,30}?\s+)?"
#: The first name of a list, which a kit's next list may open with again (``Aqua (Water)``).
_FIRST_NAME = lazy_re.compile(r"\s*([^\W\d_][^,.;:\n]{1,40}?)\s*,")


def _restarted_lists(text: str) -> list[re.Match]:
    """Where a kit's next products start, when the field runs their lists together, each opening with the name the
    first opens with, after the full stop that ends the one before (``Aqua (Water), Glycerin, ... Ceramide EOP.
    Aqua (Water), Butylene Glycol, Mandelic Acid, ...``: held-out 166's three-product kit) or at the start of a
    paragraph, a short name of its own before it (``... Phenoxyethanol⏎⏎Hadasei-3 Aqua/Water/Eau, ...``: held-out
    204's TATCHA duo); not a list printed twice (:func:`compatcheck.list_context._second_copy`)."""
    first = _FIRST_NAME.match(text)
    # most lists never name their first name again: a plain look first, before a pattern is built for it
    if first is None or first.group(1) not in text[first.end():]:
        return []
    starts = list(re.finditer(rf"(?:(?<=\.)\s*|{_PARAGRAPH_LABEL})(?={re.escape(first.group(1))}\s*,)", text))
    if not starts:
        return []
    ends = [m.start() for m in starts] + [len(text)]
    pieces = [text[:ends[0]], *(text[m.end():end] for m, end in zip(starts, ends[1:]))]
    if len({" ".join(piece.strip(" .").split()).lower() for piece in pieces}) < len(pieces):
        return []
    return starts


#: The first name of a Hangul list, after the heading its product may be given (``시카티: 정제수,``,
#: ``STEP1) 정제수,``, ``그린 애플 정제수,``): a Korean standard name, which holds no space.
_HANGUL_FIRST_NAME = lazy_re.compile(
    rf"\s*(?P<label>[^,，\n]{{0,40}}?)[\s:)\]\"']*(?P<first>[{HANGUL}][^\s,，:;()\[\]]{{1,30}})"
    r"(?P<gloss>\([^()\n]{1,20}\))?\s*[,，]")
#: A glued heading (see :func:`_glued_restarts`): a bracketed one alone (``(2제)``), or words, brackets balanced, that
#: open with no bracket, so that a name's strength before it stays the name's (``살리실릭애씨드 (BHA 0.5%) 그린 -``).
_GLUED_HEADING = r"(?:\([^()\n]{1,20}\)|(?![(（])(?:[^,，\n()]|\([^()\n]*\)){1,40}?)"


def _glued_restarts(text: str) -> list[re.Match]:
    """Where a Korean set's next products start, when the field runs their lists together with no mark but a space,
    each opening with the first list's first name after its product's heading, glued to the last name of the list
    before (``..., 1,2-헥산다이올, 덱스트린, 향료 레몬 커스터드: 정제수, 글리세린, ...``; ``..., 페녹시에탄올 STEP02 정제수,
    ...``): the heading runs from the space after that last name to the first name, which a space, colon, bracket or
    quote ends. The first start is the first list's own heading (empty when it has none)."""
    first = _HANGUL_FIRST_NAME.match(text)
    if first is None or text.count(first.group("first")) < 2:
        return []
    lead = re.compile(r"\s*(?P<label>[^,，\n]{0,40}?)[\s:)\]\"']*(?=" + re.escape(first.group("first")) + ")")
    glued = re.compile(rf"(?<=[^\s,，])[ \t]+(?P<label>{_GLUED_HEADING})[ \t]*(?<=[\s:)\]\"'])(?="
                       + re.escape(first.group("first") + (first.group("gloss") or "")) + r"\s*[,，])")
    return _each_before_a_list(text, [lead.match(text), *glued.finditer(text, first.end())], _COMMA)


def _labelled_members(text: str, pattern: re.Pattern = _LABELLED_MEMBER) -> list[re.Match]:
    """Where a kit's members start, when it names each before its list (:data:`_LABELLED_MEMBER`, or
    :data:`_LINE_MEMBER`): at least two labels, each followed by a list (a comma before the next label), none
    a heading."""
    starts = [m for m in pattern.finditer(text) if not _MEMBER_HEADINGS.search(m.group("label"))]
    return _each_before_a_list(text, starts, _COMMA)


def _line_labelled_members(text: str) -> list[re.Match]:
    """Where a kit's members start, when each line that opens with a short name and a colon (:data:`_LINE_LABEL`)
    opens a member's list, the first at the field's start: no name a heading's or a label part's
    (``Ingredients:``, ``Key benefits:``), each followed by a list of four names or more."""
    starts = list(_LINE_LABEL.finditer(text))
    if (not starts or text[:starts[0].start()].strip()
            or any(_MEMBER_HEADINGS.search(m["label"]) or _PART_WORDS.search(m["label"]) for m in starts)):
        return []
    return _each_before_a_list(text, starts, _FOUR_NAMES)


def _bulleted_members(text: str) -> list[re.Match]:
    """Where a kit's members start, when the field opens with a bullet and puts the same one before each member's
    label, with no line between them (:func:`_bulleted_member`): ``- Toner: Aqua, Glycolic Acid, ... - Serum: Aqua,
    ...``. The first label must open the field, so a spaced dash inside one product's list starts nothing."""
    lead = text.lstrip()
    if not lead or lead[0] not in _MEMBER_BULLETS:
        return []
    starts = _labelled_members(text, _bulleted_member(lead[0]))
    return starts if starts and not text[:starts[0].start()].strip() else []


def _statements(text: str, folded: str) -> list[str]:
    """A package insert's statements of strength, one per product (see :data:`_STATEMENT`); the
    text before the second belongs to the first (its heading, ``COMPOSIÇÃO``)."""
    if folded.count("each") + folded.count("cada") + folded.count("contain") < 2:  # words every second one needs
        return [text]
    starts = sorted({m.end() for m in _STATEMENT.finditer(text)})[1:]  # a blank line after a '.' starts one once
    return [text[a:b] for a, b in zip([0, *starts], [*starts, len(text)])] if starts else [text]


def _end_active_block(items: list[Item], first: int) -> None:
    """A drug-facts active block lists each active with its %: once an item has
    no % after ones that had, the inactive list has begun (``Salicylic Acid 1.50%Water``)."""
    seen_percent = False
    for i in range(first, len(items)):
        if items[i].percent is not None:
            seen_percent = True
        elif seen_percent:
            for j in range(i, len(items)):
                items[j] = items[j]._replace(section="inactive")
            return


#: An insert's sentence naming its active (``contain X as the active ingredient in a gel base
#: containing ...``): "active ingredient" after an article is prose, not the Active heading; so after an article
#: and up to three lower-case words of its sentence on its line (a shop's gloss: ``Glycolic Acid: A powerful
#: dermatological active ingredient recognised as ...``), but for the heading's own ``the following``.
_PROSE_ACTIVE = lazy_re.compile(
    r"\b(?:the|an?|its|their|sole|only)(?:\s*|(?:[ \t]+(?!following\b)(?-i:[a-z][\w-]*)){1,3}"
    r"[ \t]+)$", re.IGNORECASE)


#: The title a kit gives each drug-facts product just before its Active heading, after the last
#: list's full stop: ``... Tocopherol.PLAY EVERYDAY LOTION SPF 50:`` (or at the start, glued to a
#: scraper's tab word: ``IngredientsUNSEEN SUNSCREEN SPF 40:``). Not an ingredient.
_PANEL_TITLE = lazy_re.compile(r"(?:^|(?<=[.,;]))[^.,;:]*:\s*$")


#: A shop's key-ingredient bullets before its full list, a line each, then a blank line (Sephora's pages:
#: ``-Salicylic Acid: Clears pores ...\n-Phytoplankton Extract: ...\n\nWater, ...``), when a list with names
#: between commas follows: the bullets feature names (section "featured"), the list gives what the product holds.
_BULLETS_BEFORE_LIST = lazy_re.compile(r"\s*(?P<bullets>(?:-[^\n]+\n)+)[ \t]*\n(?=\s*(?:[^,\n]{1,80},){3})")


def _sections(text: str) -> list[tuple[str | None, str]]:
    if text[:3].lstrip().startswith("-") and (lead := _BULLETS_BEFORE_LIST.match(text)):
        return [("featured", lead.group("bullets")), *_sections(text[lead.end():])]
    text = _LABEL.sub("", text.strip(), count=1)
    folded = _folded(text)
    if not any(word in folded for word in _SECTION_WORDS):
        return _unheaded(text)
    out: list[tuple[str | None, str]] = []
    section: str | None = None
    start, full_list = 0, False
    for m in _SECTION.finditer(text):
        label = " ".join(m.group("label").lower().split())
        if label.startswith("in active"):
            label = "inactive" + label[len("in active"):]
        before = text[start : m.start()]
        if label.startswith(_DRUG_FACTS_PROSE) and section not in ("active", "prose", "inactive"):
            continue  # "Directions" outside a drug-facts panel is not a heading
        if label.startswith("active") and _PROSE_ACTIVE.search(before):
            continue  # "... contain benzoyl peroxide 5% as the active ingredient in a gel base": prose, no heading
        if label.startswith("purpose") and section == "active" and not before.strip():
            start = m.end()  # "Active ingredient  Purpose": the header of two columns
            continue
        if label.startswith("active") and before.rstrip().endswith(":"):
            before = _PANEL_TITLE.sub("", before)  # "Tocopherol.PLAY EVERYDAY LOTION SPF 50: Active:"
        out.append((section, before))
        if label.startswith(("active", "medicinal", "qualitative", "wirkstoff")):
            section = "active"
        elif "known effect" in label or label.startswith("for "):
            section = "prose"  # an SmPC's pointer to its excipients, not the list
        elif "excipient" in label or label.startswith("sonstige"):
            section = "excipients"
        elif label.startswith(("inactive", "other ingredient", "non")):
            section = "inactive"
        elif (label.startswith(_FULL_LIST) or label.startswith("ingred") and section == "key") and not full_list:
            # what came before is the page's prose about the product ("Key ingredients: Vitamin C: a
            # powerhouse ..."), not its list: the full list alone gives what it holds and where (a second
            # such heading is another product's list, kept)
            # (its key-ingredient prose still names what the page features: section "featured")
            out = [("featured" if s == "key" else "prose" if s is None else s, c) for s, c in out]
            section, full_list = None, True
        elif label.startswith(_KEY_HEADINGS):
            section = "key"
        elif label.startswith("ingred"):
            # a bare "Ingredients:" after a drug-facts active block ends that block (and a claim ends before it)
            section = "inactive" if section in ("active", "prose") else None if section in _CLAIMS else section
        elif label.startswith(("free", "formulated", "made")):
            section = "absent"  # to the end of its sentence (see _absent)
        elif label.startswith(("product", "claims")):
            section = "claims"  # to the end of its line (see _absent), then dropped
        elif label.startswith(_DRUG_FACTS_PROSE):
            section = "prose"
        elif label.startswith("drug"):
            pass  # the panel's title
        else:
            section = "may_contain"
        start = m.end()
    if not out:
        return _unheaded(text)  # no heading after all (a glossary paragraph's prose may hold a heading's word)
    out.append((section, text[start:]))
    return [(s, c) for s, c in _absent(_unheaded_inactive(out)) if c.strip() and s not in ("prose", "claims")]


def _unheaded(text: str) -> list[tuple[str | None, str]]:
    """The one section of a text with no heading: the list, or, for a glossary written as a paragraph, the key
    ingredients the page features (section ``key``)."""
    if not text.strip():
        return []
    return [("key" if glossary_paragraph(text) else None, text)]


#: A drug-facts panel's inactive list printed with no heading, after the prose of its Uses or Directions: a line
#: of its own that opens with water and goes on as a list (``water, Mineral oil, Glycerin, Sorbitan ...``).
_UNHEADED_LIST = lazy_re.compile(r"\n\s*(?=(?:purified\s+|deionized\s+|demineralized\s+)?(?:water|aqua)\b[^.\n]{0,40},"
                                 r"(?:[^,.\n]{1,60},){3})", re.IGNORECASE)


def _unheaded_inactive(sections: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """``sections`` with an inactive list that a drug-facts panel prints without a heading, after its prose
    (see :data:`_UNHEADED_LIST`), read as the inactive list instead of dropped with the prose."""
    out: list[tuple[str | None, str]] = []
    for section, chunk in sections:
        m = _UNHEADED_LIST.search(chunk) if section == "prose" else None
        out.extend([(section, chunk[: m.start()]), ("inactive", chunk[m.end():])] if m else [(section, chunk)])
    return out


#: Sections of claims, each to the end of its sentence or line (see :func:`_absent`).
_CLAIMS = ("absent", "claims")
#: Where a claim of what the product is free from ends: its sentence, line or cell.
_CLAIM_END = lazy_re.compile(r"\.(?!\d)|[\n|;]")


def _absent(sections: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """``sections`` with each claim of what the product is free from (section ``absent``), or line of claims
    (section ``claims``), cut at the end of its sentence: what follows is back in the section before the claim
    (``Free from parabens. Water, ...``)."""
    if not any(section in _CLAIMS for section, _ in sections):
        return sections
    out: list[tuple[str | None, str]] = []
    before: str | None = None
    for section, chunk in sections:
        if section not in _CLAIMS:
            before = section
            out.append((section, chunk))
            continue
        end = _CLAIM_END.search(chunk)
        if end is None:
            out.append((section, chunk))
            continue
        # a claim its sentence closes holds only what it says is absent (``... are free from parabens, triclosan, and
        # hydroquinone.``, held-out 192's e.l.f. sunscreen): section "denied", whose every name is dropped; one left
        # open may run into the list (section "absent", see compatcheck.detect)
        out.append(("denied" if section == "absent" else section, chunk[: end.start()]))
        out.append((before, chunk[end.end():]))
    return out


#: A name that opens with a pair of locants (``1,2-Hexanediol``, ``1,2-헥산다이올``): a comma
#: right before it, even between digits, ends the name before (a list with no space after commas).
_LOCANT_NAME = lazy_re.compile(r"\d,\d-[^\W\d_]")
#: A name's second locant after a comma, the first standing alone before it (see :func:`_spaced_locants`): one name,
#: not ``1`` and ``2-Hexanediol`` (``Steareth-2, 1,2-Hexanediol`` keeps its comma, the ``2`` being no lone digit).
_AFTER_SPACED_LOCANT = lazy_re.compile(r"\s*\d-[^\W\d_]{3}")
#: What may stand right before a name's lone first locant (see :func:`_spaced_locants`).
_BEFORE_LONE_LOCANT = frozenset(" \t\n,;\"'")
#: ``Vit.`` before a vitamin's letter (``Vit. A``, ``Vit. B3``): an abbreviation's full stop, no list end.
_VITAMIN_ABBREVIATION = lazy_re.compile(r"(?<![^\W\d_])vit\.\s+[A-K]\d{0,2}(?![^\W_])", re.IGNORECASE)


#: A strength in a composition line that lost its separators, and its gloss in brackets, up to the next name:
#: ``Kojic Acid 2% Niacinamide 4%``, ``Resorcinol 0.1% (SymWhite 1%) Niacinamide 4%``.
_COMPOSITION_STEP = lazy_re.compile(r"\d\s*%\s*(?:\([^()]*\))?(?=[ \t]+[^\W\d_(])")
#: A composition line's first name and strength: the name before its strength (``Kojic Acid 2% ...``), not a
#: sentence's ``10% niacinamide and 5% PHAs``.
_NAME_THEN_STRENGTH = lazy_re.compile(r"\s*[^\W\d_][^%()]*?\d\s*%")
#: How many strengths outside brackets make a piece with no separator a composition line.
_COMPOSITION_STRENGTHS = 3


def _pieces(chunk: str) -> list[str]:
    """``chunk`` cut at its separators; a piece that opens with a name and its strength and holds three or more
    strengths outside brackets, and no separator, is a composition line whose separators were lost
    (``Kojic Acid 2% Hyaluronic Acid 0.1% Niacinamide 4%``): cut after each strength (and its gloss in brackets)."""
    pieces = _split_top_level(chunk)
    if "%" not in chunk:
        return pieces
    return [part for piece in pieces for part in _composition(piece)]


def _composition(piece: str) -> list[str]:
    """``piece`` cut after each strength outside brackets when it is a composition line (see :func:`_pieces`)."""
    if piece.count("%") < _COMPOSITION_STRENGTHS or not _NAME_THEN_STRENGTH.match(piece):
        return [piece]
    depth, top = 0, []  # top: whether each character is outside brackets
    for ch in piece:
        depth = depth + 1 if ch in "([" else max(0, depth - 1) if ch in ")]" else depth
        top.append(depth == 0 and ch not in ")]")
    steps = [m.end() for m in _COMPOSITION_STEP.finditer(piece) if top[m.start()]]
    if len(steps) + 1 < _COMPOSITION_STRENGTHS:
        return [piece]
    return [piece[start:end] for start, end in zip([0, *steps], [*steps, len(piece)])]


def _split_top_level(text: str) -> list[str]:
    parts = _split(text, respect_brackets=True)
    if parts is None:  # unbalanced brackets: fall back to a flat split
        parts = _split(text, respect_brackets=False) or []
    return parts


def _split(text: str, respect_brackets: bool) -> list[str] | None:
    """Cut ``text`` at top-level separators and list-ending full stops; ``None``
    when brackets do not balance. Only the characters that can act are visited."""
    parts, start, depth = [], 0, 0
    last = len(text) - 1
    for m in _SPLIT_CHARS.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "([{)]}":
            if respect_brackets:
                depth = depth + 1 if ch in "([{" else max(0, depth - 1)
        elif depth:
            continue
        elif ch in _SEPARATORS:
            if (ch == "," and 0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit()
                    and not _LOCANT_NAME.match(text, i + 1)):
                continue  # 1,2-Hexanediol; 17,1% (but "Glycereth-26,1,2-Hexanediol" is two names)
            if ch == "," and _spaced_locants(text, i):
                continue  # "1, 2-Hexanediol", "1 ,2-Hexanediol": one name's locants, spaced
            parts.append(text[start:i])
            start = i + 1
        elif _ends_sentence(text, i) or _glued_stop(text, i):  # a full stop
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    if respect_brackets and depth != 0:
        return None
    return parts


def _spaced_locants(text: str, i: int) -> bool:
    """Whether the comma at ``i`` joins a name's two locants, one of them spaced from it (``Alcohol, 1, 2-Hexanediol``;
    ``"1", "2-Hexanediol"`` once a scraped list is joined): a lone digit before it, a digit, hyphen and word after.
    Looks back a few characters only: a splitter visits every comma."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or not text[j].isdigit() or (j > 0 and text[j - 1] not in _BEFORE_LONE_LOCANT):
        return False
    return bool(_AFTER_SPACED_LOCANT.match(text, i + 1))


def _ends_sentence(text: str, i: int) -> bool:
    """A full stop that ends a list (``... Retinol. Made in France``), not ``Denat.``."""
    before = text[max(0, i - 6) : i].lower()
    if before.endswith(("denat", "no", "sp", "spp", "var", "ssp", "subsp", ".")):
        return False  # an abbreviation, or the end of a dotted leader ("2% .... Acne")
    if before.endswith("vit") and _VITAMIN_ABBREVIATION.match(text, i - 3):
        return False  # "Vit. A", "Vit. B3": the abbreviation of Vitamin
    nxt = text[i + 1 : i + 3]
    return len(nxt) == 2 and (nxt[0] == " " and nxt[1].isupper() or bool(_LEGEND_AFTER_STOP.match(text, i + 1)))


#: The legend of a list's footnote marks after its full stop, glued or spaced: ``Fragrance.*Certified Organic``,
#: ``(Ylang Ylang Oil). *Certified Organic``.
_LEGEND_AFTER_STOP = lazy_re.compile(rf" ?[{_NOTE_MARKS}]+ ?[A-Z]")


def _glued_stop(text: str, i: int) -> bool:
    """A full stop with no space between two names: ``Sel Marin.Ci 14700``, ``Red 33.Polyvinyl``, or in a list in
    capitals, between two words of three capitals or more (``NIACINAMIDE.PENTYLENE GLYCOL``, ``WATER
    (AQUA).XANTHAN GUM``: held-out 148's serum), or between two Hangul names; not in a dotted code (``F.I.L.``)."""
    nxt = text[i + 1 : i + 3]
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] == " ") and len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower():
        return True
    if nxt[:1] and HANGUL_CHAR.match(nxt) and _HANGUL_BEFORE_STOP.search(text, max(0, i - 2), i):
        return True  # Hangul has no capitals: a stop between two Hangul names (피브이피.정제수, held-out 173's nose pack)
    # the look back starts a few characters before the stop, where any match of it starts: searched from the text's
    # start, it would visit the whole text before every stop
    return (bool(_CAPITALS_GLUED_STOP.match(text, i + 1))
            and bool(_CAPITALS_BEFORE_STOP.search(text, max(0, i - _CAPITALS_BEFORE_REACH), i)))


#: A Hangul syllable just before a full stop (a space between them allowed: ``카올린 .부틸렌글라이콜``).
_HANGUL_BEFORE_STOP = lazy_re.compile(f"[{HANGUL}] ?$")
#: Both sides of a full stop glued between two names of a list in capitals (see :func:`_glued_stop`).
_CAPITALS_GLUED_STOP = lazy_re.compile(r"[A-Z]{3}")
_CAPITALS_BEFORE_STOP = lazy_re.compile(r"(?:[A-Z]{3}|\))$")
#: How far before the stop a match of :data:`_CAPITALS_BEFORE_STOP` can start: three capitals, and the line break
#: its ``$`` may end before.
_CAPITALS_BEFORE_REACH = 4


@lru_cache(maxsize=1 << 16)  # a batch meets the same items in thousands of lists
def _parse_piece(raw: str, in_active_block: bool) -> tuple[tuple[str, tuple[str, ...], float | None, bool], ...]:
    """The items of one separated piece (several for an ``(and)`` blend or a shared plural form), each as
    (name as written, names to try, stated %, footnote digits glued to it)."""
    shared = _SHARED_FORM.match(raw) if " and " in raw or " AND " in raw or "&" in raw else None
    parts = ([f"{shared['first']} {shared['form']}", f"{shared['second']} {shared['form']}"] if shared
             else _AND_BLEND.split(raw))
    if "." not in raw and any(f" {mark}" in raw for mark in _NOTE_MARKS):  # after a full stop: a legend's mark
        parts = [part for joined in parts for part in _MARK_BETWEEN.split(joined)]
    parsed = (_parse_item(part, in_active_block) for part in parts)
    return tuple(item for item in parsed if item is not None)


#: A key-ingredient cell's multiplier before a name (``2X* Vitamin C``: twice the brand's older formula), which
#: says how much no more than a marketing percent does.
_MULTIPLIER = lazy_re.compile(r"^\d{1,3}(?:[.,]\d+)?\s*[xX×](?=\s+[^\W\d_])\s*")


def _parse_item(raw: str, in_active_block: bool) -> tuple[str, tuple[str, ...], float | None, bool] | None:
    if raw[:6].lstrip()[:1].isdigit() or raw.lstrip().startswith("("):
        raw = _LIST_NUMBER.sub("", raw, count=1)
    if "[" in raw:
        raw = _INNER_FOOTNOTE.sub("", raw)
    if _GLUED_FUNCTION.match(raw):
        raw = _GLUED_FUNCTION.sub("", raw, count=1)
    text = _LEADER.sub("", _FOOTNOTE.sub(" ", raw))
    if any(unit in text.lower() for unit in ("mg", "mcg", "µg", "g)")):
        text = _AMOUNT.sub(" ", text)
    percent = None
    if "pp" in text.lower() and (m := _PARTS_PER.search(text)):
        percent = _parts_per(m)
        text = text[: m.start()] + " " + text[m.end() :]
    elif m := _PERCENT.search(text):
        percent = float(m.group(1).replace(",", "."))
        rest = text[m.end() :]
        if in_active_block and re.search(r"[A-Za-z]", text[: m.start()]) and not rest.lstrip().startswith(")"):
            rest = ""  # "Salicylic Acid 2%   Acne treatment": the purpose column follows the strength
        text = text[: m.start()] + rest
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = " ".join(text.split()).strip(" .:-–")
    if text[:1].isdigit():
        text = _MULTIPLIER.sub("", text, count=1)
    if ":" in text or " " in text and _SPACED_DASH.search(text):
        text = _without_label(text)
    if not text or not re.search(r"[^\W\d_]", text) or _LABEL.fullmatch(text + ":"):
        return None
    return text, names_to_try(text), percent, bool(_GLUED_DIGITS.search(text))


def _parts_per(m: re.Match) -> float:
    """The percent a :data:`_PARTS_PER` dose states: ``20,000ppm`` -> 2.0, ``1,5 ppm`` -> 0.00015."""
    grouped = m.group("grouped")
    number = grouped.replace(",", "") if grouped else m.group("plain").replace(",", ".")
    return float(number) * _PARTS_PER_PERCENT[m.group("unit").lower()]


def _unqualified(name: str) -> str:
    """``organic lemon essential oil`` -> ``lemon essential oil``: quality words put before a name dropped."""
    words = name.split()
    while words and words[0].lower() in DESCRIPTORS:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)  # asked for every unrecognised item of every list
def plain_name(text: str) -> str:
    """The bare name of an item: glosses and quality words dropped, an essential oil as the table
    writes it (``Lavendula angustifolia (Lavender) essential oil`` -> ``Lavendula angustifolia Oil``)."""
    bare = _unqualified(drop_parenthetical(text))
    return _ESSENTIAL_OIL.sub("Oil", bare) if _ESSENTIAL_OIL.search(bare) else bare


#: A spaced dash between two parts of an item: ``Toner - Glycolic Acid``, ``Zinc Oxide – Sunscreen``.
_SPACED_DASH = lazy_re.compile(r"\s[-–—]\s")
#: A label before a name in one item: a kit member's product type (:data:`_MEMBER_TYPES`), a step or part
#: of a kit, or a list heading in another language (``Liste INCI : AQUA``).
_ITEM_LABEL = lazy_re.compile(
    rf"\b(?:{_MEMBER_TYPES}|step|part|phase|packet(?:te)?|sachet|vial|inci|list[ea]?|composition)\b",
    re.IGNORECASE)


def _without_label(text: str) -> str:
    """``text`` without a label that opens it before one colon or one spaced dash: a kit member's or a
    product type (``Peeling Solution: Glycolic Acid``, ``Toner - Glycolic Acid``). Any other two parts stay
    one item (``Aqua - Retinol`` is no name and its label): never read by one part, the other hidden."""
    colons = text.count(":")
    if colons + len(_SPACED_DASH.findall(text)) != 1:
        return text
    before, after = text.split(":") if colons else _SPACED_DASH.split(text)
    return after.strip() if after.strip() and _ITEM_LABEL.search(before) else text


#: A name, its common name in brackets, then the part or form (``... (Blue Tansy) Oil``, ``... (Shea) Butter``).
_GLOSS_THEN_PART = lazy_re.compile(r"[^()]+\(([^()]+)\)\s+([^()]+)")
#: A plant named by how its essential oil is made (``Steam Distilled Lime``): steam distillation gives an
#: essential oil and its water, so with no form named it is the oil. Not a form the name gives (a steam-distilled
#: ``Rose Water`` is a hydrosol; ``... Oil`` is read as written).
_STEAM_DISTILLED = lazy_re.compile(r".*\bsteam[- ]distilled\s+(.*[a-z]\b)(?<!\bwater)(?<!\bhydrosol)(?<!\bdistillate)"
                                   r"(?<!\bextract)(?<!\boil)(?<!\baqua)", re.IGNORECASE)


def _each_part(bare: str) -> tuple[str, ...]:
    """A plant's name with several parts joined by slashes before one form (CosIng's ``Luffa Cylindrica
    Fruit/Leaf/Stem Extract``), as one name per part (``Luffa Cylindrica Fruit Extract``, ...): its pieces
    are no synonyms, and the first alone (``Luffa Cylindrica Fruit``, ground loofah) is another ingredient.
    () when ``bare`` is no such name, or an oil of essential-oil parts only, which :func:`compatcheck.detect` reads
    as the plant's essential oil (``Lavandula Angustifolia Flower/Leaf/Stem Oil``); not one with a seed among its
    parts (``Illicium Verum Fruit/Seed Oil``, star anise oil), which that reading leaves out."""
    pieces = [piece.split() for piece in bare.split("/")]
    first, middle, last = pieces[0], pieces[1:-1], pieces[-1]
    if (len(first) < 2 or len(last) < 2 or first[-1].lower() not in PART_WORDS or last[0].lower() not in PART_WORDS
            or any(len(piece) != 1 or piece[0].lower() not in PART_WORDS for piece in middle)):
        return ()
    parts = (first[-1], *(piece[0] for piece in middle), last[0])
    if last[-1].lower() == "oil" and not any(part.lower() in CARRIER_PARTS for part in parts):
        return ()
    head, form = " ".join(first[:-1]), " ".join(last[1:])
    return tuple(f"{head} {part} {form}" for part in parts)


def names_to_try(text: str) -> tuple[str, ...]:
    """The names to look ``text`` up under, in order: as written, without glosses, its ``A/B`` synonyms, ..."""
    names = [text]
    bare = drop_parenthetical(text)
    names.append(bare)
    if (distilled := _STEAM_DISTILLED.fullmatch(bare)) is not None:
        names.append(f"{distilled[1]} Oil")  # before a gloss's extract: 'Steam Distilled Lime (... Extract)'
    parted = _each_part(bare) if "/" in bare else ()  # tried last: the whole name's other readings come first
    if "/" in bare and not parted:
        for part in bare.split("/"):
            names.append(part.strip())
    if "/" in text and not parted:
        for part in text.split("/"):
            names.append(part.strip())
            names.append(drop_parenthetical(part))
    inner = [gloss.strip() for gloss in re.findall(r"\(([^()]*)\)", text)]
    names.extend(inner)
    # a bilingual gloss: 'Cananga Odorata (Ylang Ylang Oil/Huile De Ylang Ylang)'
    names.extend(part.strip() for gloss in inner if "/" in gloss for part in gloss.split("/"))
    if glossed := _GLOSS_THEN_PART.fullmatch(text.strip()):
        # the common name with the part it names: 'Vigtia Annua (Blue Tansy) Oil' is 'Blue Tansy Oil'
        names.append(f"{glossed[1].strip()} {glossed[2].strip()}")
    unglued = _GLUED_DIGITS.sub("", text)
    if unglued != text:
        names.extend((unglued, drop_parenthetical(unglued)))
    names.append(_unqualified(bare))
    if _STEREO.match(bare):
        names.append(_STEREO.sub("", bare))
    if "eptide" in bare.lower() and _GLUED_ACYL.search(bare):
        names.append(_GLUED_ACYL.sub(r"\1 ", bare))
    names.append(plain_name(text))
    names.append(CAMEL_JOINS.sub(" ", bare))
    names.extend(parted)
    seen: dict[str, None] = {}
    for name in names:
        if name and name not in seen:
            seen[name] = None
    return tuple(seen)
