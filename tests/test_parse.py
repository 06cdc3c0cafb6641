"""The pasted forms of DESIGN.md, annotations, and errors."""

from __future__ import annotations

import pytest

from compatcheck.errors import InputError
from compatcheck.parse import decode, parse_routine

DESIGN_EXAMPLE = """\
Night Renewal Serum: Aqua, Squalane, Retinol, Tocopherol        # name: INCI list
The Ordinary Glycolic Acid 7% Toning Solution [AM]              # name only, with a slot
Midnight Recovery Serum                                         # name on one line ...
Ingredients: Aqua, Glycerin, Retinal, Squalane                  # ... its list on the next
[PM] 2% BHA Liquid Exfoliant - Water, Salicylic Acid, Butylene Glycol
# a comment line

Aqua, Glycerin, Niacinamide, Zinc PCA
"""


def test_every_pasted_form_of_design_md(table):
    products, notes = parse_routine(DESIGN_EXAMPLE, is_known=lambda n: table.lookup(n) is not None)
    got = [(p.name, p.slot_label, p.inci) for p in products]
    assert got == [
        ("Night Renewal Serum", "both", "Aqua, Squalane, Retinol, Tocopherol"),
        ("The Ordinary Glycolic Acid 7% Toning Solution", "AM", None),
        ("Midnight Recovery Serum", "both", "Ingredients: Aqua, Glycerin, Retinal, Squalane"),
        ("2% BHA Liquid Exfoliant", "PM", "Water, Salicylic Acid, Butylene Glycol"),
        ("Product 5", "both", "Aqua, Glycerin, Niacinamide, Zinc PCA"),
    ]
    assert notes == []


@pytest.mark.parametrize("note, slot", [("[AM]", "AM"), ("[pm]", "PM"), ("[AM, PM]", "both"),
                                        ("[AM/PM]", "both"), ("[morning]", "AM"), ("[night]", "PM")])
def test_slot_annotations(note, slot):
    products, _ = parse_routine(f"Serum: Aqua, Retinol, Glycerin {note}")
    assert products[0].slot_label == slot


def test_frequency_is_kept_and_noted():
    products, notes = parse_routine("Serum: Aqua, Retinol, Glycerin [PM, every other night]")
    assert products[0].frequency == "every other night"
    assert [n.code for n in notes] == ["IN005"]


def test_unknown_annotation_is_a_note_not_silence():
    products, notes = parse_routine("[noon] Serum: Aqua, Retinol, Glycerin")
    assert products[0].slot_label == "both"
    assert [(n.code, n.text) for n in notes] == [("IN004", "noon")]


def test_list_wrapped_over_lines_is_joined():
    products, _ = parse_routine("Serum: Aqua, Glycerin,\nRetinol, Squalane")
    assert len(products) == 1 and products[0].inci.endswith("Retinol, Squalane")


def test_name_with_colon_but_no_list_stays_a_name():
    products, _ = parse_routine("Glow Recipe: Watermelon Toner")
    assert products[0].name == "Glow Recipe: Watermelon Toner" and products[0].inci is None


def test_duplicate_names_are_told_apart():
    products, _ = parse_routine("Serum\nSerum")
    assert [p.name for p in products] == ["Serum", "Serum (#2)"]


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n"])
def test_empty_paste_is_an_input_error(text):
    with pytest.raises(InputError, match="no products found"):
        parse_routine(text, source="routine.txt")


def test_decode_names_the_line_of_a_bad_byte():
    with pytest.raises(InputError, match=r"line 2"):
        decode("Serum: Aqua\nCr\u00e8me: Aqua".encode("cp1252"), "r.txt")


def test_decode_accepts_bom_and_utf16():
    assert decode("\ufeffSerum".encode("utf-8"), "x") == "Serum"
    assert decode("Serum: Aqua".encode("utf-16"), "x") == "Serum: Aqua"
