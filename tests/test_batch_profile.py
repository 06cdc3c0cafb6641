"""``batch`` with frequency and profile columns: read like ``check``'s annotations and options."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from click.testing import CliRunner

from compatcheck.api import check_products, check_text
from compatcheck.batch import BatchOptions, check_frame, read_export, run_batch
from compatcheck.batch.sniff import map_columns
from compatcheck.cli import main
from compatcheck.model import Product, Profile, parse_skin_type

ON = date(2027, 1, 2)
NEEDLING = (date(2027, 1, 14),)


def _write(tmp_path, text: str, name="export.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _reports(path, **kw):
    options = BatchOptions(path, on=ON, needling_dates=kw.pop("needling_dates", NEEDLING), **kw)
    return {r.routine: r for r in read_export(options)[0].reports()}


def _codes(report):
    return {f.code for f in report.findings}


def _notes(report, code="IN010"):
    return [f for f in report.findings if f.code == code]


# -- headers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, role", [
    ("Frequency", "frequency"), ("How often", "frequency"), ("Usage Frequency", "frequency"),
    ("uses per week", "frequency"), ("Times per week", "frequency"), ("freq", "frequency"),
    ("Skin Type", "skin_type"), ("skin_type", "skin_type"), ("Fitzpatrick", "skin_type"),
    ("Fitzpatrick Type", "skin_type"), ("Phototype", "skin_type"), ("Skin Phototype", "skin_type"),
    ("PIH prone", "pih_prone"), ("pih_prone", "pih_prone"), ("PIH", "pih_prone"),
    ("Pigmentation Prone", "pih_prone"), ("Melasma", "pih_prone"),
    ("Pregnant", "pregnant"), ("pregnancy", "pregnant"),
    ("Breastfeeding", "breastfeeding"), ("Nursing", "breastfeeding"), ("Lactating", "breastfeeding"),
])
def test_new_roles_are_recognised_by_header(header, role):
    columns = map_columns(("Client", "Product", header), {}, where="export.csv")
    assert columns[role] == 2
    assert columns["routine"] == 0 and columns["product"] == 1


def test_existing_roles_keep_their_spellings():
    header = ("routine_id", "Product Name", "INCI", "AM/PM", "Appointment")
    assert map_columns(header, {}, "x") == {"routine": 0, "product": 1, "ingredients": 2, "slot": 3,
                                            "needling_date": 4}


def test_new_roles_can_be_named_with_column(tmp_path):
    text = "client,product,Often,Fitz\nA,\"Retinol Serum\",every other night,V\n"
    options = BatchOptions(_write(tmp_path, text), on=ON, needling_dates=NEEDLING,
                           columns=(("frequency", "Often"), ("skin_type", "Fitz")))
    (report,) = list(read_export(options)[0].reports())
    assert report.products[0].product.frequency == "every other night"
    assert report.profile.skin_type == 5


# -- frequency -------------------------------------------------------------------------------------

FREQUENCY_EXPORT = (
    "routine,product,ingredients,slot,frequency\n"
    'R1,Retinol Serum,"Aqua, Squalane, Retinol",PM,every other night\n'
    'R1,Glycolic Toner,"Aqua, Glycolic Acid",PM,every other night\n'
    'R1,BHA Liquid,"Aqua, Salicylic Acid, Butylene Glycol",PM,2x/week\n'
    'R1,Plain HA,"Aqua, Sodium Hyaluronate",AM,\n'
    'R2,Glycolic Toner,"Aqua, Glycolic Acid",PM,daily\n'
    'R2,Lactic Serum,"Aqua, Lactic Acid",PM,nightly\n'
    'R2,BHA Liquid,"Aqua, Salicylic Acid, Butylene Glycol",AM/PM,Mon/Wed/Fri\n'
)
# The same routines pasted; the comment line makes the line numbers the export's.
PASTED = {
    "R1": "# R1\n"
          "Retinol Serum: Aqua, Squalane, Retinol [PM, every other night]\n"
          "Glycolic Toner: Aqua, Glycolic Acid [PM, every other night]\n"
          "BHA Liquid: Aqua, Salicylic Acid, Butylene Glycol [PM, 2x/week]\n"
          "Plain HA: Aqua, Sodium Hyaluronate [AM]\n",
    "R2": "# R2\n\n\n\n\n"
          "Glycolic Toner: Aqua, Glycolic Acid [PM, daily]\n"
          "Lactic Serum: Aqua, Lactic Acid [PM, nightly]\n"
          "BHA Liquid: Aqua, Salicylic Acid, Butylene Glycol [AM, PM, Mon/Wed/Fri]\n",
}


def test_frequency_column_gives_what_check_gives_for_the_same_annotations(tmp_path):
    reports = _reports(_write(tmp_path, FREQUENCY_EXPORT))
    for routine, text in PASTED.items():
        expected = check_text(text, needling_dates=NEEDLING, on=ON)
        assert reports[routine].findings == expected.findings, routine
    r1, r2 = reports["R1"], reports["R2"]
    assert "ST005" in _codes(r1) or any(f.code.startswith("IX") and f.severity.label == "info"
                                        for f in r1.findings)  # alternate nights: kept apart
    assert "ST004" in _codes(r2)  # weekly load: 7 + 7 + 3 x 2 slots
    assert [f.message for f in r1.findings if f.code == "IN005"][0] == \
        "Line 2: use frequency 'every other night' read as every other night."
    assert "IN007" not in _codes(r1) | _codes(r2)


def test_unreadable_frequency_is_in007_and_the_product_counts_daily(tmp_path):
    text = ("routine,product,ingredients,slot,frequency\n"
            'R1,Glycolic Toner,"Aqua, Glycolic Acid",PM,as the mood takes me\n'
            'R1,Lactic Serum,"Aqua, Lactic Acid",PM,\n')
    (report,) = _reports(_write(tmp_path, text)).values()
    (note,) = _notes(report, "IN007")
    assert note.severity.label == "caution" and note.products == ("Glycolic Toner",)
    assert "Line 2" in note.message and "as the mood takes me" in note.message
    assert "every day" in note.message
    assert "IN005" not in _codes(report)  # the empty cell: no frequency given, nothing said
    assert "ST001" in _codes(report)  # both exfoliants every night in the PM: stacked
    assert report.products[1].product.frequency is None


def test_per_week_header_reads_bare_numbers(tmp_path):
    text = ("routine,product,ingredients,slot,Uses per week\n"
            'R1,Glycolic Toner,"Aqua, Glycolic Acid",PM,2\n'
            'R1,Lactic Serum,"Aqua, Lactic Acid",PM,1-2\n')
    (report,) = _reports(_write(tmp_path, text)).values()
    read = [f.message for f in report.findings if f.code == "IN005"]
    assert read == ["Line 2: use frequency '2x/week' read as 2 times a week.",
                    "Line 3: use frequency '1-2x/week' read as 2 times a week."]
    plain = ("routine,product,ingredients,slot,frequency\n"
             'R1,Glycolic Toner,"Aqua, Glycolic Acid",PM,2\n')
    (report,) = _reports(_write(tmp_path, plain, "plain.csv")).values()
    assert "IN007" in _codes(report)  # "2" alone: 2 what? not guessed


def test_a_frequency_naming_the_night_puts_a_product_without_slot_in_the_pm(tmp_path):
    text = ("routine,product,ingredients,slot,frequency\n"
            'R1,Retinol Serum,"Aqua, Retinol",,every other night\n'
            'R1,Vitamin C Serum,"Aqua, Ascorbic Acid",AM/PM,every other night\n')
    (report,) = _reports(_write(tmp_path, text)).values()
    assert [p.product.slots for p in report.products] == [frozenset({"PM"}), frozenset({"AM", "PM"})]


def test_the_same_product_at_different_frequencies_is_two_products(tmp_path):
    pairs = [("daily", "daily"), ("Mon/Wed", "Tue/Thu"), ("Tue/Thu", "Mon/Wed"), ("daily", "daily")]
    rows = "".join(f'R{i},Glycolic Toner,"Aqua, Glycolic Acid",PM,{f}\n'
                   f'R{i},Lactic Serum,"Aqua, Lactic Acid",PM,{g}\n'
                   for i, (f, g) in enumerate(pairs))
    path = _write(tmp_path, "routine,product,ingredients,slot,frequency\n" + rows)
    reports = _reports(path)
    assert "ST001" in _codes(reports["R0"]) and "ST001" in _codes(reports["R3"])
    assert "ST001" not in _codes(reports["R1"]) and "ST001" not in _codes(reports["R2"])
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "out.csv")))
    assert summary["distinct_products"] == 2  # detected once each, whatever the frequency


# -- profiles --------------------------------------------------------------------------------------

PROFILE_EXPORT = (
    "client,product,ingredients,slot,frequency,skin type,pih prone,pregnant,breastfeeding\n"
    'A,Vitamin C Serum,"Aqua, Ascorbic Acid, Ferulic Acid",AM,,Fitzpatrick V,yes,,\n'
    'A,Retinol Serum,"Aqua, Squalane, Retinol",PM,2x/week,,,,\n'
    'A,Glycolic Toner,"Aqua, Glycolic Acid",PM,every other night,,,,\n'
    'B,Vitamin C Serum,"Aqua, Ascorbic Acid, Ferulic Acid",AM,,,,no,\n'
    'B,Retinol Serum,"Aqua, Squalane, Retinol",PM,2x/week,,,,\n'
    'B,Glycolic Toner,"Aqua, Glycolic Acid",PM,every other night,,,,\n'
    'C,Retinol Serum,"Aqua, Squalane, Retinol",PM,2x/week,II,n,Y,false\n'
    'C,Glycolic Toner,"Aqua, Glycolic Acid",PM,every other night,,,,\n'
)
PIGMENT = {"AD004", "AD005", "AD006", "AD007"}


def test_skin_type_and_pih_cells_give_pigmentation_advice_to_their_routine_only(tmp_path):
    reports = _reports(_write(tmp_path, PROFILE_EXPORT))
    a, b, c = reports["A"], reports["B"], reports["C"]
    assert a.profile == Profile(skin_type=5, pih_prone=True)
    assert PIGMENT <= _codes(a)
    assert not PIGMENT & _codes(b) and not PIGMENT & _codes(c)  # B: no cell; C: type II
    assert b.profile == Profile() and c.profile == Profile(skin_type=2, pregnant=True)
    pasted = check_text("# A\nVitamin C Serum: Aqua, Ascorbic Acid, Ferulic Acid [AM]\n"
                        "Retinol Serum: Aqua, Squalane, Retinol [PM, 2x/week]\n"
                        "Glycolic Toner: Aqua, Glycolic Acid [PM, every other night]\n",
                        needling_dates=NEEDLING, on=ON, profile=Profile(skin_type=5, pih_prone=True))
    assert a.findings == pasted.findings


def test_pregnant_cell_flags_that_routine_only(tmp_path):
    reports = _reports(_write(tmp_path, PROFILE_EXPORT))
    assert {"PG001", "PG002"} <= _codes(reports["C"])
    (pg001,) = [f for f in reports["C"].findings if f.code == "PG001"]
    assert pg001.severity.label == "avoid" and pg001.products == ("Retinol Serum",)
    assert not {"PG001", "PG002"} & (_codes(reports["A"]) | _codes(reports["B"]))


def test_profile_in_jsonl_per_routine(tmp_path):
    result = CliRunner().invoke(main, ["batch", _write(tmp_path, PROFILE_EXPORT), "--on", "2027-01-02",
                                       "--needling-date", "2027-01-14", "--format", "jsonl", "-q"])
    objects = {o["routine"]: o for o in map(json.loads, result.output.splitlines())}
    assert objects["A"]["profile"]["skin_type"] == "V" and objects["A"]["profile"]["pigmentation_risk"]
    assert objects["B"]["profile"]["skin_type"] is None and not objects["B"]["profile"]["pregnant"]
    assert objects["C"]["profile"]["pregnant"] is True
    assert objects["A"]["products"][1]["frequency_read"]["per_week"] == 2


@pytest.mark.parametrize("cell, expected", [
    ("IV", 4), ("iv", 4), ("4", 4), ("type IV", 4), ("Type 4", 4), ("Fitzpatrick V", 5),
    ("fitzpatrick type VI", 6), ("Skin type III", 3), ("phototype II", 2), (" I ", 1),
])
def test_skin_type_spellings(cell, expected):
    assert parse_skin_type(cell) == expected


@pytest.mark.parametrize("cell", ["VII", "0", "dark", "IV.5", "oily", "", "type"])
def test_skin_type_rejects(cell):
    with pytest.raises(ValueError):
        parse_skin_type(cell)


@pytest.mark.parametrize("cell, pregnant", [
    ("yes", True), ("Y", True), ("TRUE", True), ("1", True), ("x", True), ("X", True),
    ("no", False), ("n", False), ("False", False), ("0", False), ("", False),
])
def test_yes_no_cells(tmp_path, cell, pregnant):
    text = f'routine,product,ingredients,pregnant\nR1,Retinol Serum,"Aqua, Retinol",{cell}\n'
    (report,) = _reports(_write(tmp_path, text)).values()
    assert report.profile.pregnant is pregnant
    assert ("PG002" in _codes(report)) is pregnant
    assert not _notes(report)


def test_unreadable_profile_cells_are_in010_and_never_guessed(tmp_path):
    text = ("routine,product,ingredients,skin type,pregnant\n"
            'R1,Retinol Serum,"Aqua, Retinol",Oily,maybe\n'
            'R1,Glycolic Toner,"Aqua, Glycolic Acid",Oily,\n'
            'R2,Retinol Serum,"Aqua, Retinol",=1+1,\n')
    path = _write(tmp_path, text)
    reports = _reports(path)
    r1 = reports["R1"]
    assert r1.profile == Profile()
    notes = _notes(r1)
    assert len(notes) == 2  # one per routine and cell text, not one per row
    skin = next(n for n in notes if "skin type" in n.message)
    assert skin.severity.label == "caution" and "Line 2" in skin.message and "'Oily'" in skin.message
    assert "Fitzpatrick" in skin.advice
    assert any("'maybe'" in n.message for n in notes)
    assert [p.name for p in r1.products] == ["Retinol Serum", "Glycolic Toner"]  # still checked
    assert "TM001" in _codes(r1) or "TM002" in _codes(r1)
    assert _notes(reports["R2"]) and reports["R2"].profile.skin_type is None
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "out.csv")))
    assert summary["rows_read"] == 3 and summary["rows_rejected"] == 0 and summary["rows_checked"] == 3


def test_rows_that_disagree_take_the_more_cautious_value_and_say_so(tmp_path):
    text = ("routine,product,ingredients,skin type,pregnant\n"
            'R1,Retinol Serum,"Aqua, Retinol",II,no\n'
            'R1,Glycolic Toner,"Aqua, Glycolic Acid",IV,\n'
            'R1,Plain HA,"Aqua, Sodium Hyaluronate",,yes\n'
            'R2,Retinol Serum,"Aqua, Retinol",IV,no\n'
            'R2,Plain HA,"Aqua, Sodium Hyaluronate",4,no\n')
    reports = _reports(_write(tmp_path, text))
    r1 = reports["R1"]
    assert r1.profile == Profile(skin_type=4, pregnant=True)
    notes = _notes(r1)
    assert len(notes) == 2
    skin = next(n for n in notes if "skin type" in n.message)
    assert "disagree" in skin.message and "II (line 2)" in skin.message and "IV (line 3)" in skin.message
    assert skin.message.startswith("Line 3:")
    preg = next(n for n in notes if "pregnant" in n.message)
    assert "yes (line 4)" in preg.message and "no (line 2)" in preg.message
    assert {"AD004", "PG002"} <= _codes(r1)
    assert not _notes(reports["R2"])  # IV and 4 agree
    assert reports["R2"].profile == Profile(skin_type=4)


def test_profile_cell_of_a_rejected_row_still_counts(tmp_path):
    text = ("routine,product,ingredients,needling_date,pregnant\n"
            'R1,,,,yes\n'
            'R1,Retinol Serum,"Aqua, Retinol",,\n')
    (report,) = _reports(_write(tmp_path, text)).values()
    assert report.profile.pregnant and "PG001" in _codes(report)
    assert _notes(report, "IN009")


def test_cli_profile_options_are_defaults_and_cells_win(tmp_path):
    text = ("routine,product,ingredients,skin type,pregnant\n"
            'R1,Retinol Serum,"Aqua, Retinol",II,no\n'
            'R2,Retinol Serum,"Aqua, Retinol",,\n'
            'R3,Retinol Serum,"Aqua, Retinol",junk,\n')
    path = _write(tmp_path, text)
    args = ["batch", path, "--on", "2027-01-02", "--needling-date", "2027-01-14", "--format", "jsonl", "-q"]
    result = CliRunner().invoke(main, [*args, "--skin-type", "V", "--pregnant"])
    assert result.exit_code == 1, result.output
    got = {o["routine"]: o for o in map(json.loads, result.output.splitlines())}
    assert got["R1"]["profile"]["skin_type"] == "II" and got["R1"]["profile"]["pregnant"] is False
    assert got["R2"]["profile"]["skin_type"] == "V" and got["R2"]["profile"]["pregnant"] is True
    assert got["R3"]["profile"]["skin_type"] == "V"  # the unreadable cell is not used: the default is
    assert "IN010" in {f["code"] for f in got["R3"]["findings"]}
    codes = {r: {f["code"] for f in o["findings"]} for r, o in got.items()}
    assert "AD004" in codes["R2"] and "AD004" not in codes["R1"]
    assert "PG002" in codes["R2"] and "PG002" not in codes["R1"]
    bad = CliRunner().invoke(main, ["batch", path, "--skin-type", "VII"])
    assert bad.exit_code == 2 and "--skin-type" in bad.output and "Traceback" not in bad.output


def test_batch_help_lists_the_profile_options():
    out = CliRunner().invoke(main, ["batch", "--help"]).output
    assert all(o in out for o in ("--skin-type", "--pih-prone", "--pregnant", "--breastfeeding"))
    assert "frequency" in out and "skin_type" in out


def test_junk_everywhere_loses_no_row_and_raises_nothing(tmp_path):
    junk = ["", "???", "=1+1", "\u00a0", "yes/no", "VII", "-3", "nan", "None", "🙂"]
    rows = "".join(f'R{i % 3},"P{i}","Aqua, Retinol",{junk[i % 10]},{junk[(i + 3) % 10]},'
                   f'{junk[(i + 5) % 10]},{junk[(i + 7) % 10]}\n' for i in range(40))
    path = _write(tmp_path, "routine,product,ingredients,frequency,skin type,pregnant,nursing\n" + rows)
    summary = run_batch(BatchOptions(path, on=ON, output=str(tmp_path / "out.csv")))
    assert summary["rows_read"] == 40 and summary["rows_checked"] + summary["rows_rejected"] == 40
    assert summary["rows_rejected"] == 0


def test_check_frame_reads_the_new_roles(tmp_path):
    frame = pd.DataFrame({"routine": ["A", "A", "B"], "product": ["Retinol Serum", "Glycolic Toner", "Retinol Serum"],
                          "ingredients": ["Aqua, Retinol", "Aqua, Glycolic Acid", "Aqua, Retinol"],
                          "frequency": ["2x/week", "every other night", ""],
                          "pregnant": ["", "yes", ""]})
    out = check_frame(frame, on=ON, needling_dates=NEEDLING)
    assert "PG002" in set(out[out["routine"] == "A"]["code"])
    assert "PG002" not in set(out[out["routine"] == "B"]["code"])
    assert "IN005" in set(out[out["routine"] == "A"]["code"])


def test_equal_to_check_products_for_each_routine(tmp_path):
    """The memo never carries one routine's profile or frequency into another's."""
    reports = _reports(_write(tmp_path, PROFILE_EXPORT))
    expected_profiles = {"A": Profile(skin_type=5, pih_prone=True), "B": Profile(),
                         "C": Profile(skin_type=2, pregnant=True)}
    for name, report in reports.items():
        products = [p.product for p in report.products]
        assert all(isinstance(p, Product) for p in products)
        notes_free = [f for f in report.findings if f.kind != "input"]
        expected = check_products(products, needling_dates=NEEDLING, on=ON, profile=expected_profiles[name])
        assert notes_free == [f for f in expected.findings if f.kind != "input"], name


# -- a "Skin Type" column of oily/dry/... -------------------------------------------------------------

_COSMETIC = ("routine,product,ingredients,skin type\n"
             'R1,Retinol Serum,"Aqua, Retinol",Oily\n'
             'R1,Glycolic Toner,"Aqua, Glycolic Acid",Oily\n'
             'R2,Retinol Serum,"Aqua, Retinol",Dry/Sensitive\n'
             'R3,Glycolic Toner,"Aqua, Glycolic Acid",\n'
             'R4,Retinol Serum,"Aqua, Retinol",combination\n')


def test_a_skin_type_column_of_oily_dry_is_not_used_and_said_once_for_the_file(tmp_path):
    path = _write(tmp_path, _COSMETIC)
    checker, _, _, notes = read_export(BatchOptions(path, on=ON, needling_dates=NEEDLING))
    reports = {r.routine: r for r in checker.reports()}
    assert all(not _notes(r) and r.profile == Profile() for r in reports.values())
    assert len(notes) == 1
    assert "'skin type'" in notes[0] and "Oily" in notes[0] and "--column skin_type=" in notes[0]
    without = _write(tmp_path, "\n".join(line.rsplit(",", 1)[0] for line in _COSMETIC.splitlines()) + "\n", "b.csv")
    plain = {r.routine: r for r in read_export(BatchOptions(without, on=ON, needling_dates=NEEDLING))[0].reports()}
    assert {k: r.findings for k, r in reports.items()} == {k: r.findings for k, r in plain.items()}


def test_a_skin_type_column_named_with_column_is_read_whatever_it_holds(tmp_path):
    path = _write(tmp_path, _COSMETIC)
    reports = _reports(path, columns=(("skin_type", "skin type"),))
    assert _notes(reports["R1"]) and _notes(reports["R2"]) and not _notes(reports["R3"])


def test_a_skin_type_column_with_fitzpatrick_values_is_read_and_its_oily_cells_noted(tmp_path):
    path = _write(tmp_path, _COSMETIC.replace(",Dry/Sensitive", ",V"))
    checker, _, _, notes = read_export(BatchOptions(path, on=ON, needling_dates=NEEDLING))
    reports = {r.routine: r for r in checker.reports()}
    assert not notes and reports["R2"].profile.skin_type == 5 and _notes(reports["R1"])


def test_the_skin_type_column_is_judged_on_the_first_chunk_that_states_one(tmp_path):
    text = ("routine,product,ingredients,skin type\n" + 'R0,Cream,"Aqua, Glycerin",\n' * 5
            + 'R1,Retinol Serum,"Aqua, Retinol",Oily\n' + 'R2,Retinol Serum,"Aqua, Retinol",normal\n')
    path = _write(tmp_path, text)
    checker, _, _, notes = read_export(BatchOptions(path, on=ON, needling_dates=NEEDLING, chunk_rows=2))
    assert len(notes) == 1 and not any(_notes(r) for r in checker.reports())


def test_cli_prints_the_skin_type_column_note_once(tmp_path):
    path = _write(tmp_path, _COSMETIC)
    result = CliRunner().invoke(main, ["batch", path, "--on", ON.isoformat(), "-o", str(tmp_path / "o.csv")])
    assert result.exit_code in (0, 1), result.output
    assert result.stderr.count("not Fitzpatrick") == 1
