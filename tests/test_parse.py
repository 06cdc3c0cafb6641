"""The pasted forms of DESIGN.md, annotations, and errors."""

from __future__ import annotations

import pytest

from compatcheck.errors import InputError
from compatcheck.inci import split_inci
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


def _parse(text, table):
    return parse_routine(text, is_known=lambda n: table.lookup(n) is not None)


def test_a_list_label_alone_on_its_line_takes_the_lines_below_it(table):
    # a retailer page copied as it shows: the label on a line of its own, the list below it (once a product of
    # its own, so the cream had "0 listed ingredients" and its lactic acid was read apart from it)
    products, _ = _parse("Good Genes\nIngredients:\nAqua, Lactic Acid, Glycerin, Sodium Hydroxide, Phenoxyethanol\n",
                         table)
    assert [(p.name, p.inci) for p in products] == [
        ("Good Genes", "Ingredients:\nAqua, Lactic Acid, Glycerin, Sodium Hydroxide, Phenoxyethanol")]


def test_one_name_per_line_under_a_list_label_is_one_list(table):
    text = "Hydrating Cream\nIngredients:\nAqua\nGlycerin\nCetearyl Alcohol\nPhenoxyethanol\nCitric Acid\n\nNight Serum: Aqua, Retinol, Squalane\n"
    products, _ = _parse(text, table)
    assert [p.name for p in products] == ["Hydrating Cream", "Night Serum"]
    assert [i.written for i in split_inci(products[0].inci)] == [
        "Aqua", "Glycerin", "Cetearyl Alcohol", "Phenoxyethanol", "Citric Acid"]


def test_a_drug_facts_panel_copied_one_field_per_line_is_one_product(table):
    text = ("Epiduo Gel\nDrug Facts\nActive ingredients\nBenzoyl Peroxide 2.5%\nAdapalene 0.1%\n"
            "Inactive ingredients\nwater, glycerin, carbomer, poloxamer\n")
    products, _ = _parse(text, table)
    assert [p.name for p in products] == ["Epiduo Gel"]
    items = split_inci(products[0].inci)
    assert [(i.written, i.section) for i in items if i.section == "active"] == [
        ("Benzoyl Peroxide", "active"), ("Adapalene", "active")]


def test_a_list_label_block_ends_at_a_blank_line_or_a_new_named_list(table):
    text = "Cream\nIngredients:\nAqua\nGlycerin\nSerum: Aqua, Retinol, Squalane\nToner\n"
    products, _ = _parse(text, table)
    assert [p.name for p in products] == ["Cream", "Serum", "Toner"]


def test_a_name_then_its_bare_list_on_the_next_line_is_one_product(table):
    text = ("Medik8 Crystal Retinal 6\nAqua, Glycerin, Retinal, Squalane, Phenoxyethanol\n"
            "Pixi Glow Tonic\nAqua, Aloe Barbadensis Leaf Water, Glycolic Acid, Glycerin, Phenoxyethanol\n")
    products, _ = _parse(text, table)
    assert [(p.name, p.inci) for p in products] == [
        ("Medik8 Crystal Retinal 6", "Aqua, Glycerin, Retinal, Squalane, Phenoxyethanol"),
        ("Pixi Glow Tonic", "Aqua, Aloe Barbadensis Leaf Water, Glycolic Acid, Glycerin, Phenoxyethanol")]


@pytest.mark.parametrize("header, slot", [("Morning", "AM"), ("Evening:", "PM"), ("PM routine", "PM"),
                                          ("AM", "AM"), ("Night", "PM")])
def test_a_slot_header_line_sets_the_slot_of_the_products_below_it(table, header, slot):
    other = "Evening" if slot == "AM" else "Morning"
    products, notes = _parse(f"{header}\nCeraVe Hydrating Cleanser\nDiffering Gel\n{other}\nSunscreen [AM, PM]\n", table)
    assert [(p.name, p.slot_label) for p in products] == [
        ("CeraVe Hydrating Cleanser", slot), ("Differing Gel", slot), ("Sunscreen", "both")]
    assert notes == []


def test_a_slot_followed_by_product_names_is_a_routine_of_that_slot(table):
    products, _ = _parse("PM: Paula's Choice 2% BHA Liquid Exfoliant, Retin-A 0.025% cream, Epiduo Forte\n"
                         "AM: Vitamin C Serum, Mineral Sunscreen SPF 50\n", table)
    assert [(p.name, p.slot_label, p.inci) for p in products] == [
        ("Paula's Choice 2% BHA Liquid Exfoliant", "PM", None), ("Retin-A 0.025% cream", "PM", None),
        ("Epiduo Forte", "PM", None), ("Vitamin C Serum", "AM", None), ("Mineral Sunscreen SPF 50", "AM", None)]


def test_a_slot_word_before_an_inci_list_stays_a_products_name(table):
    products, _ = _parse("Night: Aqua, Glycerin, Retinol, Squalane\n", table)
    assert [(p.name, p.inci) for p in products] == [("Night", "Aqua, Glycerin, Retinol, Squalane")]


@pytest.mark.parametrize("claim", ["Free from: retinol, hydroquinone, benzoyl peroxide, parabens, sulfates",
                                   "Formulated without parabens, retinol and fragrance",
                                   "Free of AHA, BHA and retinoids."])
def test_a_free_from_line_is_a_claim_not_a_product(table, claim):
    products, notes = _parse(f"Gentle Moisturizer: Aqua, Glycerin, Squalane, Phenoxyethanol\n{claim}\n", table)
    assert [p.name for p in products] == ["Gentle Moisturizer"]
    assert [(n.line, n.product, n.code) for n in notes] == [(2, "Gentle Moisturizer", "IN004")]
    assert "free" in notes[0].message


@pytest.mark.parametrize("line, name, slot", [("PM: Epiduo Forte gel", "Epiduo Forte gel", "PM"),
                                              ("Morning: Vitamin C Serum", "Vitamin C Serum", "AM")])
def test_a_slot_before_one_product_name_is_that_product_in_that_slot(table, line, name, slot):
    products, notes = _parse(f"{line}\n", table)
    assert [(p.name, p.slot_label, p.inci) for p in products] == [(name, slot, None)]
    assert notes == []


def test_a_name_cut_by_a_line_break_is_one_name(table):
    products, _ = _parse("Serum: Aqua, Glycerin, Salicylic\nAcid, Niacinamide, Phenoxyethanol\n", table)
    assert [(p.name, p.inci) for p in products] == [
        ("Serum", "Aqua, Glycerin, Salicylic Acid, Niacinamide, Phenoxyethanol")]


def test_a_line_that_only_follows_a_list_stays_a_product(table):
    # control: a product below a list is not glued to it when the two names make no known name
    products, _ = _parse("Serum: Aqua, Glycerin, Squalane\nRetinol Cream\n", table)
    assert [p.name for p in products] == ["Serum", "Retinol Cream"]


def test_a_page_s_read_more_link_stays_with_the_list_so_its_cut_is_seen(table):
    products, notes = _parse("Toner: Aqua, Glycolic Acid, Glycerin, Phenoxyethanol [Read more]\n", table)
    assert products[0].inci.endswith("[Read more]")
    assert not [n for n in notes if n.code == "IN004"]


@pytest.mark.parametrize("line", ["Vit C Serum: N/A", "Vit C Serum: none", "Vit C Serum - n/a", "Vit C Serum\t-"])
def test_a_placeholder_after_the_name_is_no_list(table, line):
    products, notes = parse_routine(line + "\nAqua, Glycerin, Niacinamide, Zinc PCA\n",
                                    is_known=lambda n: table.lookup(n) is not None)
    assert [(p.name, p.inci) for p in products] == [
        ("Vit C Serum", ""), ("Product 2", "Aqua, Glycerin, Niacinamide, Zinc PCA")]
