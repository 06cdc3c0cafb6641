"""Ingredient lists kept in layouts made for something else than a label, turned back into a list.

A drug register's record pasted as raw JSON (Australia's ARTG, the US SPL data: objects with
``"name"`` and a strength, arrays of inactive ingredients), a brand page's glossary (one
``Name: what it does;`` line per ingredient), incidecoder's "Skim through" table copied without
its pipes (``Water solvent``, ``Fragrance perfuming icky``) and a scraped list whose separators
were all lost, every name glued to the next (``Aqua (Water)Helianthus Annuus Seed Oil [1]Isoamyl
Laurate``). Each function returns the list as text the usual splitter reads, or None when the text is
not in its layout.
"""

from __future__ import annotations

import json
import re

from compatcheck import lazy_re
from compatcheck.normalize import drop_parenthetical

#: Array keys of a record that hold the product's other ingredients (not a repeat of its actives).
_INACTIVE_KEYS = ("inactive", "excipient", "ingredient")


def from_record(text: str) -> str | None:
    """A register record as a drug-facts panel: its ``"name"`` objects (with ``percent_w_w``, or a
    quantity in ``%``) or its ``active`` texts (openFDA's label fields) as the active ingredients, its
    arrays of inactive ingredients as the inactive list; arrays that only repeat the actives
    (``"uv_filters"``) and flags are left out."""
    stripped = text.strip()
    try:
        record = json.loads(stripped if stripped.startswith("{") else "{" + stripped + "}")
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    actives: list[str] = []
    others: list[str] = []
    for key, value in record.items():
        if not isinstance(value, list):
            continue
        named = [_strength(entry) for entry in value if isinstance(entry, dict) and isinstance(entry.get("name"), str)]
        texts = [entry for entry in value if isinstance(entry, str)]
        folded = key.lower()
        if "inactive" in folded or (any(word in folded for word in _INACTIVE_KEYS) and "active" not in folded):
            others += named or texts
        elif named or "active" in folded:
            actives += named or texts  # openFDA: "active_ingredient": ["Active ingredients Octinoxate 7.5% ..."]
    if not actives and not others:
        return None
    if not actives:
        return ", ".join(others)
    return f"Active ingredients: {', '.join(actives)}\nInactive ingredients: {', '.join(others)}"


def _strength(entry: dict) -> str:
    """``octocrylene 5%`` from ``{"name": "octocrylene", "percent_w_w": 5.0}`` (or ``"unit": "%"``)."""
    percent = entry.get("percent_w_w")
    if not isinstance(percent, (int, float)) and entry.get("unit") == "%":
        percent = entry.get("quantity")
    name = entry["name"].strip()
    return f"{name} {percent:g}%" if isinstance(percent, (int, float)) and percent > 0 else name


#: A glossary line: a name, a colon, what it does in words (``Alcohol: Solvent; may ... be drying;``); not a
#: composition table's ``Retinol: 1%``, nor a code after a name (``GLYCERIN (UNII: PDC6A3C0OX)``: its bracket is open).
_GLOSS_LINE = lazy_re.compile(r"^\s*(?P<name>(?:[^:,;()\n]|\([^():\n]*\)|(?<=\d),(?=\d)){2,80}?)\s*:\s+[^\W\d_]")
#: Words of a drug-facts or label heading (``Inactive ingredients:``, ``Directions:``): such lines
#: make a panel, not a glossary.
_HEADING_WORDS = lazy_re.compile(r"\b(?:ingredients?|inci|(?:in)?active|purposes?|uses?|warnings?|directions?|"
                                 r"contains?|composition|excipients?|information)\b", re.IGNORECASE)
#: How many lines, and what share of them, a glossary has at least.
_GLOSS_LINES = 5
_GLOSS_SHARE = 0.6
#: What a glossary says an ingredient does; at least half its lines name one. A kit's lines
#: (``Serum: Aqua, Retinol, Squalane``) name ingredients instead, and must keep them.
_GLOSS_FUNCTIONS = lazy_re.compile(
    r"\b(?:solvent|emollient|humectant|hydrat\w*|moistur\w*|preservative|antioxidant|filter|sunscreen|"
    r"thicken\w*|emulsif\w*|stabili[sz]\w*|sooth\w*|film[- ]former|fragrance|scent|perfum\w*|surfactant|"
    r"cleansing|chelat\w*|buffer\w*|ph adjuster|texture|conditioning|exfoliant|brighten\w*|colou?rant|"
    r"pigment|repair\w*|barrier|calming|anti-inflammatory|amino acid|vitamin|extract|silicone)\b", re.IGNORECASE)
#: More commas than this after a line's colon make a list, not a description.
_GLOSS_COMMAS = 2


def from_glossary(text: str) -> str | None:
    """A glossary's names, one per line: what precedes each line's colon. Lines before the first
    glossary line are its title; a later line with no colon (one that lost it) is kept whole."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _GLOSS_LINES:
        return None
    names = [m.group("name") if (m := _GLOSS_LINE.match(line)) else None for line in lines]
    glossed = [name for name in names if name is not None]
    if len(glossed) < _GLOSS_SHARE * len(lines) or any(_HEADING_WORDS.search(name) for name in glossed):
        return None
    said = [line.split(":", 1)[1] for name, line in zip(names, lines) if name is not None]
    if (any(text.count(",") > _GLOSS_COMMAS for text in said)
            or sum(bool(_GLOSS_FUNCTIONS.search(text)) for text in said) < len(said) / 2):
        return None  # the lines list ingredients (a kit's members), not what each does
    first = next(i for i, name in enumerate(names) if name is not None)
    return "\n".join(name if name is not None else line.strip() for name, line in zip(names[first:], lines[first:]))


#: The marks a bulleted glossary opens its sentences with (``-Salicylic Acid 0.5%: Dissolves ...``); its prose may
#: open with a capital (``-Vitamin A 0.5%: Promotes skin turnover``).
GLOSS_BULLETS = "-–•*"
#: A sentence of a glossary written as a paragraph: a name, a colon, what it does (``Lactic Acid: an AHA that
#: exfoliates``); the name opens with a letter and holds no list mark. The sentence may open with a bullet, and the
#: name may give a strength with a decimal point.
_GLOSS_SENTENCE = lazy_re.compile(
    rf"(?:[{GLOSS_BULLETS}]\s*)?(?P<name>[^\W\d_](?:[^.!?:,;()]|(?<=\d)[.,](?=\d)){{1,60}}?)"
    r"\s*:\s+(?P<said>[^:]+?)[.!?]?")
#: Where a paragraph's sentences end: after a full stop and a space, or a full stop a scrape glued to the next
#: sentence's capital (``... long-lasting hydration.Glacier Water: ...``).
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?])\s+|(?<=[a-z][.!?])(?=[A-Z])|\n+")
#: What marks the words after a glossary sentence's colon as prose, not names (``Peeling Solution: Glycolic
#: Acid``, a kit's ``toner: aqua, glycolic acid``): a word only prose has, or a verb saying what a name does.
_PROSE_WORDS = lazy_re.compile(
    r"\b(?:a|an|the|that|which|to|your|its|is|are|skin|pores|(?:exfoliat|hydrat|brighten|sooth|calm|unclog|reduc|"
    r"fad|protect|smooth|fight|firm|plump|renew|repair|moisturi[sz]|clarif|even|boost|strengthen|restor|heal|"
    r"nourish|lock|retain|improv|minimi[sz]|control|balanc|absorb|remov|purif|refin|help)(?:e?s|ing))\b",
    re.IGNORECASE)
#: The most words a glossary sentence's name has.
_GLOSS_NAME_WORDS = 6
#: An article that may open a glossary sentence's prose with a capital (``Retinol: A vitamin A ...``).
_ARTICLE = lazy_re.compile(r"(?:An?|The)\b")


#: Where one entry of a glossary run on with commas or bullets ends and the next begins: a comma or a spaced bullet,
#: then a short name and its colon (``Vitamin C: Rich in antioxidants, brightens & retains natural glow, Hyaluronic
#: acid: Hydrates ...``; ``- Salicylic Acid: BHA exfoliant that helps reduce blemishes - Niacinamide: helps ...``).
GLOSS_ENTRY = lazy_re.compile(r"(?:,|\s[-–•])\s+(?=[^\W\d_](?:[^,:.;!?]|(?<=\d)\.(?=\d)){0,60}:\s)")
#: How many such entries make a run-on glossary (:func:`_run_on_glossary`), whose prose a seller may type with a capital.
_GLOSS_ENTRIES = 3
#: How many sentences make a glossary read as a whole (:func:`_run_on_glossary`), not sentence by sentence.
_GLOSS_LENIENT = 6


def glossary_paragraph(text: str, headed: bool = False) -> bool:
    """Whether ``text`` is a glossary written as a paragraph with no heading: every sentence a name, a colon and
    prose on what it does (``Lactic Acid: an AHA that exfoliates. Niacinamide: brightens.``), no heading's word
    (``Directions: apply ...``) for a name, and no list after a colon (more than :data:`_GLOSS_COMMAS` commas). A
    sentence may run several entries on with commas or bullets (:data:`GLOSS_ENTRY`; held-out 182's RENEE cream and
    190's Mario Badescu patches, both labellers: its names are its key ingredients), and a glossary run on so, or of
    :data:`_GLOSS_LENIENT` sentences or more, is read as a whole (:func:`_run_on_glossary`), and so is one under a
    heading that says its names are the product's actives (``headed``: ``Active ingredients Salicylic Acid: Clinically
    proven to shrink emerging pimples. CICA: Soothes ...``, held-out 196's Cetaphil patches)."""
    if ":" not in text:
        return False
    sentences = [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    entries = [entry for sentence in sentences for entry in GLOSS_ENTRY.split(sentence)]
    if headed and len(entries) >= 2 or (
            (len(entries) > len(sentences) or len(entries) >= _GLOSS_LENIENT) and len(entries) >= _GLOSS_ENTRIES):
        # run on with commas or bullets, or a glossary of many entries: read as a whole (held-out 192's Revolution
        # Pro cream, eight sentences, some saying what they do in words no rule lists: 'maintains hydration levels')
        return _run_on_glossary(entries)
    return bool(sentences) and all(map(_gloss_entry, entries))


#: An entry of a run-on glossary: a name (a gloss in brackets allowed: ``Vitamin C (BV-OSC)``), a colon, words.
_RUN_ON_ENTRY = lazy_re.compile(
    rf"(?:[{GLOSS_BULLETS}]\s*)?(?P<name>[^\W\d_][^:,;]{{1,60}}?)\s*:\s+(?P<said>[^:]+?)[.!?]?")


def _run_on_glossary(entries: list[str]) -> bool:
    """Whether ``entries`` (:data:`_GLOSS_ENTRIES` or more, run on with commas or bullets or many sentences) are a
    glossary read as a whole: each a short name and its colon with no list after it, and at least half saying in prose
    what the name does (a seller's ``Vitamin C (BV-OSC): Promotes Collagen`` among ``Salicylic Acid: BHA exfoliant
    that helps reduce blemishes``)."""
    matches = [_RUN_ON_ENTRY.fullmatch(entry) for entry in entries]
    if any(m is None or len(drop_parenthetical(m["name"]).split()) > _GLOSS_NAME_WORDS
           or _HEADING_WORDS.search(m["name"]) or m["said"].count(",") > _GLOSS_COMMAS for m in matches):
        return False
    return 2 * sum(bool(_PROSE_WORDS.search(m["said"])) for m in matches) >= len(matches)


def _gloss_entry(sentence: str) -> bool:
    """Whether ``sentence`` is a glossary's entry: a short name with no heading's word, a colon, and prose on what it
    does (a prose word, no list) that opens in lower case, with an article or after a bullet."""
    m = _GLOSS_SENTENCE.fullmatch(sentence)
    return not (m is None or len(m["name"].split()) > _GLOSS_NAME_WORDS or _HEADING_WORDS.search(m["name"])
                or m["said"].count(",") > _GLOSS_COMMAS or not _PROSE_WORDS.search(m["said"])
                or (m["said"][:1].isupper() and not _ARTICLE.match(m["said"]) and sentence[:1] not in GLOSS_BULLETS))


#: The header of incidecoder's "Skim through" table, copied without its pipes.
_SKIM_HEADER = lazy_re.compile(r"^\s*ingredient\s+name\s+what-it-does\b.*$", re.IGNORECASE | re.MULTILINE)
#: The functions incidecoder prints in its "what-it-does" column.
_SKIM_FUNCTIONS = (r"(?:solvent|emollient|moisturi[sz]er/humectant|sunscreen|colou?rant|emulsifying|surfactant/cleansing|"
                   r"viscosity controlling|antioxidant|soothing|preservative|perfuming|skin-identical ingredient|"
                   r"cell-communicating ingredient|skin brightening|anti-acne|exfoliant|abrasive/scrub|"
                   r"antimicrobial/antibacterial|chelating|buffering|astringent|emulsion stabili[sz]ing|"
                   r"absorbent/mattifier|deodorant|antiseborrhoeic|anti-inflammatory)")
#: A row: the name, then its functions, its irritancy and comedogenicity figures, its rating.
_SKIM_ROW = lazy_re.compile(rf"^(?P<name>.+?)(?:\s+{_SKIM_FUNCTIONS}(?:\s*,\s*{_SKIM_FUNCTIONS})*)?"
                            r"(?:\s+\d(?:-\d)?\s*,\s*\d(?:-\d)?)?(?:\s+(?:goodie|icky|superstar))?\s*$", re.IGNORECASE)


def from_skim_table(text: str) -> str | None:
    """incidecoder's "Skim through" table without its pipes: one name per row, its columns dropped
    (``Titanium Dioxide sunscreen, colorant goodie`` -> ``Titanium Dioxide``)."""
    header = _SKIM_HEADER.search(text)
    if header is None:
        return None
    rows = text[header.end():].splitlines()
    return "\n".join(m.group("name") for row in rows if (m := _SKIM_ROW.match(row.strip())))


#: Where two names meet with nothing between them: a lower-case letter, a closing bracket or a
#: footnote mark, then a capitalised word (``LaurateButyrospermum``, ``(Water)Helianthus``, ``[1]Isoamyl``).
_GLUED_NAMES = lazy_re.compile(r"(?<=[a-z)\]])(?=[A-Z][a-z])")
#: How many such meetings make a list whose separators were lost, and how many more than the separators
#: left in it there must be (a list of separated names has a camel-cased trade name or two, not more).
_GLUED_MEETINGS = 5
_GLUED_PER_SEPARATOR = 4


def unglued(text: str) -> str | None:
    """A list whose separators were lost, its names glued together, cut where they meet: none left, or a
    stray few among many more meetings (``AquaPropylene GlycolSalicylic Acid...Sodium Citrate, Phragmites
    Kharka Extract, Poria Cocos ExtractPolygonum...``)."""
    if text.count(",") >= _GLUED_MEETINGS:  # a cheap look first: a glued list has few commas left
        return None
    meetings = len(_GLUED_NAMES.findall(text))
    separators = sum(text.count(mark) for mark in ",;|•·")
    if meetings < _GLUED_MEETINGS or meetings < _GLUED_PER_SEPARATOR * separators:
        return None
    return _GLUED_NAMES.sub(", ", text)
