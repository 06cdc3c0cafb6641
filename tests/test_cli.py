"""The command line through click's runner: exit codes, formats, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from compatcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "routine.txt")
DATES = ["--needling-date", "2026-12-10", "--on", "2026-12-05"]


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_example_routine_table_groups_by_severity_and_shows_dates():
    result = run("check", EXAMPLE, *DATES)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert out.index("AVOID (") < out.index("CAUTION (") < out.index("INFO (")
    assert "pause 2026-12-03 (Thu)" in out and "resume 2026-12-17 (Thu)" in out
    assert "Not medical advice" in out


def test_json_contract():
    result = run("check", EXAMPLE, *DATES, "--format", "json")
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-12-05" and data["needling_dates"] == ["2026-12-10"]
    product = next(p for p in data["products"] if p["name"] == "Night Renewal Serum")
    assert product["slot"] == "PM"
    assert {"name": "Retinol", "class": "retinoid", "active": True}.items() <= \
        next(i for i in product["ingredients"] if i["name"] == "Retinol").items()
    finding = next(f for f in data["findings"] if f["code"] == "TM001" and f["products"] == ["Night Renewal Serum"])
    assert finding["kind"] == "timing" and finding["severity"] == "avoid"
    assert finding["window"]["pause_from"] == "2026-12-03" and finding["window"]["resume_on"] == "2026-12-17"
    assert finding["ingredients"] == ["Retinol"] and finding["sources"] and finding["evidence"]
    assert {"code", "kind", "severity", "products", "ingredients", "message", "advice", "window", "evidence",
            "sources"} <= set(finding)


def test_markdown_format():
    result = run("check", EXAMPLE, *DATES, "--format", "markdown")
    assert result.stdout.startswith("# compatcheck report") and "## Avoid" in result.stdout


@pytest.mark.parametrize("fail_on, code", [("avoid", 0), ("caution", 1), ("info", 1), ("never", 0)])
def test_fail_on(fail_on, code):
    routine = "Glycolic Toner: Aqua, Glycolic Acid [PM]\nBHA Serum: Aqua, Salicylic Acid [PM]\n"
    assert run("check", "-", "--fail-on", fail_on, input=routine).exit_code == code


def test_stdin_and_clean_routine_exit_zero():
    result = run("check", input="HA Serum: Aqua, Sodium Hyaluronate, Glycerin\n")
    assert result.exit_code == 0


def test_ignore_drops_a_code_and_rejects_unknown():
    routine = "Glycolic Toner: Aqua, Glycolic Acid [PM]\nBHA Serum: Aqua, Salicylic Acid [PM]\n"
    out = run("check", "-", "--ignore", "ST001,AD003", "--format", "json", input=routine).stdout
    assert not {f["code"] for f in json.loads(out)["findings"]} & {"ST001", "AD003"}
    bad = run("check", "-", "--ignore", "XX999", input=routine)
    assert bad.exit_code == 2 and "unknown rule code XX999" in bad.stderr


def test_output_file_is_written(tmp_path):
    target = tmp_path / "report.json"
    result = run("check", EXAMPLE, *DATES, "--format", "json", "--output", str(target))
    assert json.loads(target.read_text())["findings"]
    assert f"Wrote {target}" in result.stderr
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("args, stdin, expected", [
    (["check", "-"], "", "no products found"),
    (["check", "-", "--needling-date", "03/04/2026"], "Serum: Aqua, Retinol", "ambiguous"),
    (["check", "-", "--needling-date", "2026-02-30"], "Serum: Aqua, Retinol", "not a real date"),
    (["check", "-", "--on", "tomorrowish"], "Serum: Aqua, Retinol", "not a date I can read"),
    (["check", "does-not-exist.txt"], None, "does not exist"),
    (["check", "-", "--ingredients", "nope.csv"], "Serum: Aqua", "does not exist"),
    (["check", "-", "--output", "/no/such/dir/r.json"], "Serum: Aqua, Retinol", "does not exist"),
])
def test_bad_input_is_one_line_exit_2(args, stdin, expected):
    result = CliRunner().invoke(main, args, input=stdin)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0]
    assert "Traceback" not in result.output


def test_other_encoding_is_a_clean_error(tmp_path):
    path = tmp_path / "routine.txt"
    path.write_bytes("Crème de nuit: Aqua, Rétinol".encode("cp1252"))
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2 and "is not UTF-8 text" in result.stderr and str(path) in result.stderr


def test_broken_ingredient_table_is_a_clean_error(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("id,inci\nx,X\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "-", "--ingredients", str(table)], input="Serum: Aqua")
    assert result.exit_code == 2 and "missing column" in result.stderr and "line 1" in result.stderr


def _clinic_table(path, inci):
    import csv

    from compatcheck.table import COLUMNS

    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        w.writerow(["clinic_peel", inci, "", "", "aha", "high", "yes", "", "", "", "7", "7", "avoid", "no", "",
                    "PROTO", "C2", "clinic row"])
    return path


def test_a_clinic_tables_control_characters_never_reach_the_terminal(tmp_path):
    # An escape sequence in a clinic's own table (clear screen, retitle the window) is replaced in
    # the table view, as in every other text view; the json view keeps the value as data.
    table = _clinic_table(tmp_path / "t.csv", "Clinic\x1b[2J\x1b]0;owned\x07 Peel\x9b31m")
    out = run("ingredients", "clinic", "--ingredients", str(table)).stdout
    assert "Clinic\ufffd[2J\ufffd]0;owned\ufffd Peel\ufffd31m" in out
    assert not any(c in out for c in "\x1b\x07\x9b")
    control = run("ingredients", "clinic", "--ingredients", str(_clinic_table(tmp_path / "u.csv", "Clinic Peel")))
    assert "Clinic Peel" in control.stdout and "\ufffd" not in control.stdout


@pytest.mark.parametrize("command", ["check", "plan", "batch"])
def test_an_error_quoting_the_users_text_replaces_its_control_characters(tmp_path, command):
    # A path is quoted as given (a one-line error names the file): its escape sequences are not run.
    path = str(tmp_path / "routine\x1b[2J\x1b]0;owned\x07.txt")
    result = CliRunner().invoke(main, [command, path, "--needling-date", "2026-12-10"])
    assert result.exit_code == 2 and "routine\ufffd[2J\ufffd]0;owned\ufffd.txt" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unambiguous_day_first_date_is_accepted():
    result = run("check", "-", "--needling-date", "25/12/2026", "--on", "2026-12-20", "--format", "json",
                 input="Serum: Aqua, Retinol")
    assert json.loads(result.stdout)["needling_dates"] == ["2026-12-25"]


def test_rules_explain_and_ingredients():
    assert "TM001" in run("rules").stdout and "IX001" in run("rules").stdout
    text = run("explain", "ix001").stdout
    assert "tretinoin" in text and "[P12]" in text and "Evidence" in text
    assert run("explain", "NOPE").exit_code == 2
    out = run("ingredients", "retinol").stdout
    assert "Retinol" in out and "7/7" in out
    data = json.loads(run("ingredients", "vitamin c", "--format", "json").stdout)
    assert any(i["id"] == "ascorbic_acid" for i in data)
    assert run("ingredients", "zzzzqqq").exit_code == 2


def test_help_says_not_medical_advice():
    assert "NOT MEDICAL ADVICE" in run("--help").stdout
    assert "Not medical advice" in run("check", "--help").stdout


def test_every_rule_is_documented_and_has_a_case():
    from compatcheck.rules import registry

    cases = "".join(p.read_text() for p in (ROOT / "tests" / "rules" / "cases").glob("*.yml"))
    for code, rule in registry().items():
        assert rule.doc and rule.summary, code
        assert code in cases, f"{code} has no table-driven case"


MELASMA = """\
Vitamin C Serum: Aqua, Ascorbic Acid, Ferulic Acid [AM]
Mineral SPF 50: Aqua, Zinc Oxide 20%, Caprylic/Capric Triglyceride [AM]
Retinol Serum: Aqua, Squalane, Retinol [PM, 2x/week]
Glycolic Toner: Aqua, Glycolic Acid [PM, every other night]
"""


@pytest.mark.parametrize("value", ["VII", "0", "dark", "IV.5"])
def test_bad_skin_type_is_one_line_exit_2(value):
    result = CliRunner().invoke(main, ["check", "-", "--skin-type", value], input=MELASMA)
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "--skin-type" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["check", "plan"])
def test_profile_options_on_check_and_plan(command):
    args = [command, "-", "--needling-date", "2027-01-14", "--on", "2027-01-02", "--format", "json"]
    plain = json.loads(run(*args, input=MELASMA).stdout)
    pih = json.loads(run(*args, "--skin-type", "v", "--pih-prone", input=MELASMA).stdout)
    assert plain["profile"]["pigmentation_risk"] is False and pih["profile"]["pigmentation_risk"] is True
    codes = {f["code"] for f in pih["findings"]}
    assert {"AD004", "AD006", "AD007"} <= codes
    assert not {"AD004", "AD006", "AD007"} & {f["code"] for f in plain["findings"]}
    pregnant = run(*args, "--pregnant", input=MELASMA)
    assert pregnant.exit_code == 1  # PG001/PG002 are avoid
    assert {"PG001", "PG002"} <= {f["code"] for f in json.loads(pregnant.stdout)["findings"]}


def test_json_has_profile_and_frequency_read():
    data = json.loads(run("check", "-", "--skin-type", "IV", "--format", "json", input=MELASMA).stdout)
    assert data["profile"] == {"skin_type": "IV", "pih_prone": False, "pregnant": False,
                               "breastfeeding": False, "pigmentation_risk": True}
    toner = next(p for p in data["products"] if p["name"] == "Glycolic Toner")
    assert toner["frequency"] == "every other night"
    assert toner["frequency_read"] == {"understood": True, "per_week": 3.5, "pattern": "alternate",
                                       "weekdays": None}


def test_help_lists_profile_options():
    for command in ("check", "plan"):
        out = run(command, "--help").output
        assert all(o in out for o in ("--skin-type", "--pih-prone", "--pregnant", "--breastfeeding"))


_INTERRUPTED_RUN = """
import os, signal, sys
from compatcheck import api
def interrupted(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the routine is checked
    raise AssertionError("SIGINT did not stop the run")
api.check_text = api.plan_text = interrupted
from compatcheck.cli import main
main(sys.argv[1:])
"""


def _stopped_run(tmp_path, script: str, command: str):
    """``command`` run on a one-product routine by ``script``, which stops it midway: the finished
    process, the routine file and where its report would have gone."""
    import os
    import subprocess
    import sys

    routine = tmp_path / "routine.txt"
    routine.write_text("Night Serum: Aqua, Retinol [PM]\n", encoding="utf-8")
    out = tmp_path / "report.txt"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run([sys.executable, "-c", script, command, str(routine), "--needling-date",
                          "2026-12-10", "-o", str(out)], env=env, capture_output=True, text=True, timeout=60)
    return run, routine, out


@pytest.mark.parametrize("command", ["check", "plan"])
def test_ctrl_c_exits_130_with_one_line(tmp_path, command):
    # exit 1 means "findings at or above --fail-on": an interrupted run must not say so
    run, routine, out = _stopped_run(tmp_path, _INTERRUPTED_RUN, command)
    assert run.returncode == 130, (run.returncode, run.stderr)
    assert run.stderr.startswith("Error: interrupted") and "was written" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [routine]


@pytest.mark.parametrize("command", ["check", "plan"])
def test_ctrl_c_through_the_runner(monkeypatch, command):
    from compatcheck import api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "check_text" if command == "check" else "plan_text", interrupted)
    result = CliRunner().invoke(main, [command, "-", "--needling-date", "2026-12-10"], input="Night Serum: Retinol\n")
    assert result.exit_code == 130, result.output
    assert result.output.startswith("Error: interrupted") and len(result.output.strip().splitlines()) == 1


_TERMINATED_RUN = _INTERRUPTED_RUN.replace("signal.SIGINT", "signal.SIGTERM")


@pytest.mark.parametrize("command", ["check", "plan"])
def test_sigterm_exits_143_with_one_line(tmp_path, command):
    run, routine, _ = _stopped_run(tmp_path, _TERMINATED_RUN, command)
    assert run.returncode == 143, (run.returncode, run.stderr)
    assert run.stderr.startswith("Error: terminated") and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert list(tmp_path.iterdir()) == [routine]


def _exit_codes_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("### Exit codes")
    return text[start:text.index("\n## ", start)]


@pytest.mark.parametrize("code, says", [("130", "Ctrl-C"), ("143", "SIGTERM")])
def test_the_exit_codes_contract_names_130_and_143_for_every_command(code, says):
    lines = _exit_codes_section().splitlines()
    (header,) = [line for line in lines if line.startswith("| code |")]
    (row,) = [line for line in lines if line.startswith(f"| `{code}`")]
    assert all(f"`{c}`" in header for c in ("check", "plan", "batch")), header  # the codes of all three
    assert says in row, row


@pytest.mark.parametrize("command", ["check", "plan", "batch"])
def test_help_names_every_exit_code(command):
    text = " ".join(run(command, "--help").stdout.split())
    assert all(code in text for code in ("0 ", "1 ", "2 ", "130", "143")), text
