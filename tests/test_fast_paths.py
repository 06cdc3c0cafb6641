"""Detection's fast paths give exactly what the straightforward paths give.

Detection remembers answers across products (items recur across thousands of
lists in a batch), visits only the characters a splitter acts on, skips patterns
a cheap look shows cannot match, folds ASCII names without Unicode work and
scores only the table names a near-miss can reach. Each shortcut is pinned here
against the plain way of doing the same thing, on the three real-product corpora,
a generated export pool, and arbitrary text.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from compatcheck import inci
from compatcheck.detect import detect
from compatcheck.model import Product
from compatcheck.normalize import _GREEK, normalise
from compatcheck.suggest import PROBABLE_CUTOFF, SUGGEST_CUTOFF, _MARGIN, _reachable
from compatcheck.table import load_table

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "tests" / "data" / name
           for name in ("real_products.csv", "real_products_heldout.csv", "real_products_heldout2.csv")]


def _products() -> list[Product]:
    """Every corpus row, and 400 products of the benchmarks' generated export pool."""
    out = []
    for path in CORPORA:
        with path.open(newline="", encoding="utf-8") as fh:
            out += [Product(r["product"], inci=r["ingredients"]) for r in csv.DictReader(fh)]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import random

        from make_export import make_pool
    finally:
        sys.path.pop(0)
    out += [Product(name, inci=text) for name, text in make_pool(400, random.Random(3))]
    return out


PRODUCTS = _products()
LABELISH = st.text(alphabet=st.sampled_from(list("abcAZ019 ,;:/-()[]{}%.#*&+\n\tαé·•|ıİ")), max_size=200)
WORDY = st.lists(st.sampled_from(["Active Ingredients:", "Inactive ingredients", "Purpose", "Uses", "Warnings",
                                  "Drug Facts", "may contain", "(+/-)", "[+/-]", "Other information", "Step 2:",
                                  "Product Name: X Division: Y (Z)", "Water", "Salicylic Acid 2%", "Aqua, Glycerin",
                                  ". ", ", ", "\n", "İNGREDİENTS:", "usES", "DİRECTIONS"]),
                 max_size=12).map(" ".join)
TEXT = st.one_of(st.text(max_size=200), LABELISH, WORDY)


def _cold(table) -> None:
    """Forget every remembered answer: detection from scratch."""
    inci._parse_piece.cache_clear()
    normalise.cache_clear()
    table.item_memo.clear()
    table.near_miss_memo.clear()


def test_warm_caches_give_the_answers_of_cold_ones():
    """Products detected one after another (caches warm, as in a batch) equal each
    product detected from scratch."""
    warm_table, cold_table = load_table(), load_table()
    _cold(warm_table)
    warm = [detect(p, warm_table) for p in PRODUCTS]
    for product, got in zip(PRODUCTS, warm):
        _cold(cold_table)
        assert got == detect(product, cold_table), product.name


def _plain_split(text: str, respect_brackets: bool) -> list[str] | None:
    """The splitter as first written: every character visited."""
    parts, current, depth = [], [], 0
    for i, ch in enumerate(text):
        if respect_brackets and ch in "([{":
            depth += 1
        elif respect_brackets and ch in ")]}":
            depth = max(0, depth - 1)
        if ch in inci._SEPARATORS and depth == 0:
            if ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                current.append(ch)
                continue
            if ch == "," and re.search(r"(?:^|[ \t\n,;\"'])\d[ \t]*\Z", text[:i]) and re.match(r"\s*\d-[^\W\d_]{3}", text[i + 1:]):
                current.append(ch)  # "1, 2-Hexanediol": a name's locants, spaced
                continue
            parts.append("".join(current))
            current = []
            continue
        if ch == "." and depth == 0 and (inci._ends_sentence(text, i) or inci._glued_stop(text, i)):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    if respect_brackets and depth != 0:
        return None
    return parts


@pytest.mark.parametrize("respect_brackets", [True, False])
def test_splitter_cuts_the_corpora_as_the_plain_one(respect_brackets):
    for product in PRODUCTS:
        assert inci._split(product.inci, respect_brackets) == _plain_split(product.inci, respect_brackets)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_splitter_cuts_any_text_as_the_plain_one(text):
    for respect_brackets in (True, False):
        assert inci._split(text, respect_brackets) == _plain_split(text, respect_brackets)


def _plain_glued_stop(text: str, i: int) -> bool:
    """The capitals' glued stop as first written: the look back searched over the whole text before the stop."""
    nxt = text[i + 1 : i + 3]
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] == " ") and len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower():
        return True
    return bool(inci._CAPITALS_GLUED_STOP.match(text, i + 1)) and bool(inci._CAPITALS_BEFORE_STOP.search(text, 0, i))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ABCab1 .)\n", max_size=24))
def test_a_glued_stop_is_found_as_by_looking_back_over_the_whole_text(text):
    for i, ch in enumerate(text):
        if ch == ".":
            assert inci._glued_stop(text, i) == _plain_glued_stop(text, i)


_PLAIN_SECTION = re.compile(inci._SECTION.pattern.split(")", 1)[1], re.IGNORECASE)


def test_plain_section_pattern_is_the_pattern_without_its_first_test():
    assert inci._SECTION.pattern.startswith("(?=[") and _PLAIN_SECTION.pattern.startswith("(?P<label>")


def _words_shortcuts_agree(text: str) -> None:
    spans = [m.span() for m in _PLAIN_SECTION.finditer(text)]
    assert [m.span() for m in inci._SECTION.finditer(text)] == spans
    folded = inci._folded(text)
    if spans:  # the cheap look for words never misses a label
        assert any(word in folded for word in inci._SECTION_WORDS)
    if any(m.end() > m.start() for m in inci._MEMBER.finditer(text)):
        assert "step" in folded or "product" in folded


def test_section_and_kit_shortcuts_on_the_corpora():
    for product in PRODUCTS:
        _words_shortcuts_agree(product.inci)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_section_and_kit_shortcuts_on_any_text(text):
    _words_shortcuts_agree(text)


def _full_fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("ß", "ss").translate(_GREEK)
    folded = re.sub(r"[^0-9a-z]+", " ", text).strip()
    cjk = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\u3040-\u30ff"  # Han, Hangul syllables, kana
    composed = unicodedata.normalize("NFKC", name)  # NFKD would cut Hangul syllables into jamo
    glued = re.search(f"[{cjk}]-?[0-9a-zα-ω]|[0-9a-zα-ω]-?[{cjk}]", composed, re.IGNORECASE)
    if not re.search(f"[{cjk}]", composed) or (re.search(r"[a-z]", folded) and not glued):
        return folded
    # a name in Han, Hangul or kana, or one gluing Latin letters or digits to them
    words = re.sub(f"[^0-9a-z{cjk}]+", " ", composed.casefold().translate(_GREEK)).strip()
    if re.search("[\uac00-\ud7a3]", words):  # older Korean spellings folded into the current ones
        for old, new in (("에칠", "에틸"), ("메칠", "메틸"), ("에텔", "에터"), ("디", "다이"), ("트리", "트라이")):
            words = words.replace(old, new)
    return words


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(alphabet=st.characters(max_codepoint=127), max_size=60)))
def test_ascii_fold_equals_the_full_fold(name):
    assert normalise.__wrapped__(name) == _full_fold(name)


def test_near_misses_from_reachable_names_equal_a_search_of_every_name(table):
    from rapidfuzz import fuzz, process

    queries = set()
    for product in PRODUCTS:
        queries.update(normalise(u.written) for u in detect(product, table).unrecognized)
    queries.update(["retinoll", "niacinamid", "hyaluronik acit", "glycolik acid", "tretinion", "sodium hyaluronat"])
    for query in sorted(queries):
        for cutoff, limit in ((SUGGEST_CUTOFF, 9), (PROBABLE_CUTOFF - _MARGIN, 6)):
            every = process.extract(query, table.keys, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
            reachable = process.extract(query, _reachable(table, len(query), cutoff), scorer=fuzz.ratio,
                                        limit=limit, score_cutoff=cutoff)
            assert [hit[:2] for hit in reachable] == [hit[:2] for hit in every], query


#: Kits whose members are labelled (``Toner: Aqua, ...`` lines), with random labels, marks and breaks.
LABELLED_KITS = st.lists(
    st.tuples(st.sampled_from(["Toner", "Step 2 Serum", "CLEANSER", "Prep Pads", "1. Night Cream", "Peel"]),
              st.sampled_from([":", " -", "\t–", " —", " :"]),
              st.sampled_from([" Aqua, Glycerin", "\nWater, Retinol", "  Lactic Acid, Aqua"])),
    min_size=2, max_size=4,
).flatmap(lambda members: st.sampled_from(["\n", ". ", "\n\n"]).map(
    lambda gap: gap.join("".join(member) for member in members)))


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, LABELLED_KITS))
def test_the_labelled_kit_shortcut_never_misses_a_label(text):
    # the count of label ends before the pattern: a text with two labelled members always passes it
    if inci._labelled_members(text):
        assert sum(map(text.count, inci._LABEL_ENDS)) >= inci._LABELLED_MEMBERS


@settings(max_examples=100, deadline=None)
@given(LABELLED_KITS)
def test_labelled_kits_are_read_member_by_member(text):
    assert len({item.member for item in inci.split_inci(text)}) == text.count(",")
