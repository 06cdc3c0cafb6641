"""The shipped ingredient table: coverage, sources, and validation errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from compatcheck.detect import detect
from compatcheck.errors import InputError
from compatcheck.model import KNOWN_CLASSES, Product
from compatcheck.sources import source_index
from compatcheck.table import COLUMNS, default_table_path, load_table

ROOT = Path(__file__).resolve().parents[1]
DESIGN_CLASSES = {"retinoid", "vitamin_c", "aha", "bha", "pha", "benzoyl_peroxide", "hydroquinone",
                  "kojic_acid", "arbutin", "azelaic_acid", "tranexamic_acid", "niacinamide",
                  "hyaluronic_acid", "copper_peptide", "peptide", "physical_exfoliant", "sunscreen",
                  "depilatory", "drying_alcohol", "fragrance"}


def test_at_least_80_actives_covering_every_design_class(table):
    actives = [i for i in table.by_id.values() if i.cls not in ("base",)]
    assert len(actives) >= 80
    assert DESIGN_CLASSES <= {i.cls for i in actives}


@pytest.mark.parametrize("ing_id", [
    "retinol", "retinal", "retinyl_palmitate", "retinyl_acetate", "retinyl_propionate",
    "hydroxypinacolone_retinoate", "tretinoin", "adapalene", "tazarotene", "trifarotene", "isotretinoin",
    "ascorbic_acid", "3_o_ethyl_ascorbic_acid", "ascorbyl_glucoside", "magnesium_ascorbyl_phosphate",
    "sodium_ascorbyl_phosphate", "tetrahexyldecyl_ascorbate", "ascorbyl_palmitate",
    "glycolic_acid", "lactic_acid", "mandelic_acid", "citric_acid", "malic_acid", "tartaric_acid",
    "sodium_glycolate", "sodium_lactate", "salicylic_acid", "betaine_salicylate",
    "capryloyl_salicylic_acid", "gluconolactone", "lactobionic_acid", "benzoyl_peroxide",
    "hydroquinone", "kojic_acid", "kojic_dipalmitate", "alpha_arbutin", "arbutin", "azelaic_acid",
    "tranexamic_acid", "niacinamide", "hyaluronic_acid", "sodium_hyaluronate",
    "hydrolyzed_hyaluronic_acid", "sodium_acetylated_hyaluronate", "copper_tripeptide_1",
    "palmitoyl_pentapeptide_4", "acetyl_hexapeptide_8", "zinc_oxide", "titanium_dioxide",
    "homosalate", "ethylhexyl_salicylate", "potassium_thioglycolate", "alcohol_denat",
])
def test_required_ingredients_are_present(table, ing_id):
    assert ing_id in table.by_id


def test_strength_ladder(table):
    s = {i: table.by_id[i].strength for i in ("tretinoin", "retinol", "retinyl_palmitate", "ascorbic_acid",
                                              "ascorbyl_glucoside", "isotretinoin")}
    assert s == {"tretinoin": "rx", "retinol": "high", "retinyl_palmitate": "low", "ascorbic_acid": "high",
                 "ascorbyl_glucoside": "low", "isotretinoin": "oral"}


def test_every_source_id_resolves(table):
    known = source_index()
    assert known, "sources.csv missing"
    missing = {s for i in table.by_id.values() for s in i.sources if s not in known}
    assert not missing


def test_every_class_is_known(table):
    assert {i.cls for i in table.by_id.values()} <= KNOWN_CLASSES


#: A clinic's table may leave out the optional name_keywords column.
CLINIC_COLUMNS = tuple(c for c in COLUMNS if c != "name_keywords")


def _write(tmp_path, rows, header=CLINIC_COLUMNS):
    path = tmp_path / "clinic.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


GOOD = ["retinol", "Retinol", "Vitamin A Alcohol", "retinoid", "high", "yes", "", "", "", "14", "14", "avoid",
        "no", "avoid", "PROTO", "C2", "clinic protocol: two weeks"]


def test_clinic_table_overrides_and_extends(tmp_path):
    new = ["clinic_serum_x", "Clinic Serum X Complex", "", "peptide", "", "no", "", "", "", "0", "2", "caution",
           "no", "", "JUDGEMENT", "C5", ""]
    table = load_table(_write(tmp_path, [GOOD, new]))
    assert table.by_id["retinol"].pause_before_days == 14
    assert table.lookup("clinic serum x complex").id == "clinic_serum_x"
    assert len(table) == len(load_table()) + 1


@pytest.mark.parametrize("column, value, message", [
    ("pause_before_days", "seven", "column pause_before_days"),
    ("pause_before_days", "-1", "column pause_before_days"),
    ("class", "retinoidz", "column class"),
    ("exfoliant", "maybe", "column exfoliant"),
    ("sources", "", "column sources"),
    ("timing_severity", "high", "column timing_severity"),
])
def test_bad_cell_names_file_line_and_column(tmp_path, column, value, message):
    row = list(GOOD)
    row[CLINIC_COLUMNS.index(column)] = value
    path = _write(tmp_path, [GOOD[:0] or ["x_ok", "X Ok", "", "base", "", "no", "", "", "", "0", "0", "info",
                                          "no", "", "JUDGEMENT", "", ""], row])
    with pytest.raises(InputError) as exc:
        load_table(path)
    text = exc.value.one_line()
    assert f"{path}, line 3, {message}" in text and "\n" not in text


def test_missing_column_and_alias_collision(tmp_path):
    with pytest.raises(InputError, match="missing column"):
        load_table(_write(tmp_path, [GOOD[:-2]], header=CLINIC_COLUMNS[:-2]))
    clash = ["my_acid", "My Acid", "Glycolic Acid", "aha", "", "yes", "", "", "", "5", "7", "avoid", "no", "",
             "PROTO", "C1", ""]
    with pytest.raises(InputError, match="already a name of 'glycolic_acid'"):
        load_table(_write(tmp_path, [clash]))


def test_missing_table_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_table(tmp_path / "nope.csv")


def test_table_is_shipped_in_the_package_config():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"ingredients.csv" = "compatcheck/data/ingredients.csv"' in pyproject
    assert default_table_path().name == "ingredients.csv"


def test_validated_table_is_cached_and_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    from compatcheck import table as table_module

    monkeypatch.setenv("COMPATCHECK_CACHE_DIR", str(tmp_path / "cache"))
    table_module._load_rows_cached.cache_clear()
    first = load_table()
    files = list((tmp_path / "cache").glob("table-*"))
    assert len(files) == 1
    table_module._load_rows_cached.cache_clear()
    assert load_table().by_id == first.by_id  # read back from the cache
    files[0].write_bytes(b"\xff not a cache")
    table_module._load_rows_cached.cache_clear()
    assert load_table().by_id == first.by_id  # validated again
    monkeypatch.setenv("COMPATCHECK_CACHE_DIR", "off")
    table_module._load_rows_cached.cache_clear()
    assert len(load_table()) == len(first)


def test_every_rule_source_id_resolves():
    from compatcheck.rules import registry

    known = source_index()
    missing = {(r.code, s) for r in registry().values() for s in r.sources if s not in known}
    assert not missing


def test_no_known_name_runs_a_long_word_into_a_number(table):
    # a list without separators has its glued numbers cut off their words (``HEXAPEPTIDE8``): that must never cut a
    # name the table knows
    from compatcheck.detect import _GLUED_NUMBER

    assert not [key for key in table.index if _GLUED_NUMBER.search(key)]


# The names the corpora most often left unrecognised (Melia Azadirachta Leaf Extract 213 times, Phospholipids 171, ...)
# are rows with no class: a reader's "not recognised" column then holds what the table truly lacks. Some are traps a
# class must not take: an acid by name that exfoliates nothing, a tripeptide that is no signal peptide, and
# glycosaminoglycans that are not hyaluronic acid by name (the labellers' calls).
@pytest.mark.parametrize("written, ing_id", [
    ("Melia Azadirachta Leaf Extract", "melia_azadirachta_leaf_extract"),
    ("Phospholipids", "phospholipids"),
    ("Bis-PEG-18 Methyl Ether Dimethyl Silane", "bis_peg_18_methyl_ether_dimethyl_silane"),
    ("Ocimum Sanctum (Holy Basil) Leaf Extract", "ocimum_sanctum_leaf_extract"),
    ("Hydrogenated Poly (C6-14 Olefin)", "hydrogenated_poly_c6_14_olefin"),
    ("PEG/PPG-17/6 Copolymer", "peg_ppg_17_6_copolymer"),
    ("Oryza Sativa (Rice) Bran Extract", "oryza_sativa_bran_extract"),
    ("Folic Acid", "folic_acid"),
    ("Glutathione", "glutathione"),
    ("Hydrolyzed Glycosaminoglycans", "hydrolyzed_glycosaminoglycans"),
])
def test_the_corpora_s_most_frequent_unrecognised_names_are_rows_with_no_class(table, written, ing_id):
    found = detect(Product("Cream", inci=f"Water, Glycerin, {written}, Phenoxyethanol"), table)
    assert ing_id in {m.ingredient.id for m in found.matches}
    assert not found.unrecognized
    assert {m.ingredient.cls for m in found.matches} == {"base"}


def test_the_table_cache_is_keyed_on_the_code_that_builds_its_rows(tmp_path, monkeypatch):
    # a change to how rows are built (the names a row is known by, how they are normalised) must not be served a
    # cache written by the code before it: the key holds a stamp of that code, not only the version
    from compatcheck import table as table_module

    monkeypatch.setenv("COMPATCHECK_CACHE_DIR", str(tmp_path / "cache"))
    data = b"id,inci\n"
    before = table_module._cache_file("t.csv", data)
    monkeypatch.setattr(table_module, "_code_stamp", lambda: 12345)
    assert table_module._cache_file("t.csv", data) != before
    assert {path.name for path in table_module._ROW_CODE} >= {"table.py", "normalize.py", "_table_schema.py"}
