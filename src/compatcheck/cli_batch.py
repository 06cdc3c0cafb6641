"""The ``batch`` command: options in, :func:`compatcheck.batch.run_batch`, summary out.

Kept apart from :mod:`compatcheck.cli` because it is the one command that
imports pandas (inside the command, never at start-up).
"""

from __future__ import annotations

import os
import sys

import click

from compatcheck.cli import (NOT_ADVICE, CompatcheckError, _dates, _fail, _ignore_codes, _profile, _profile_options,
                             exit_for, shared_options, stopped_cleanly)
from compatcheck.errors import InputError

# Written out, not imported: compatcheck.batch imports pandas, which start-up must not.
_ROLES = ("routine, product, ingredients, slot, needling_date, frequency, skin_type, pih_prone, pregnant, "
          "breastfeeding")
_BAR_FROM_BYTES = 8 << 20  # a progress bar only for files that take a while


def _column(values) -> tuple[tuple[str, str], ...]:
    out = []
    for value in values:
        role, sep, header = value.partition("=")
        if not sep or not role.strip() or not header.strip():
            raise CompatcheckError(f"--column {value!r}: use ROLE=HEADER, e.g. --column product='Product Name' "
                                   f"(roles: {_ROLES})")
        out.append((role.strip().lower(), header.strip()))
    return tuple(out)


@click.command(epilog=NOT_ADVICE)
@click.argument("file", type=click.Path())  # a folder or "-": the reader's one-line error
@click.option("--needling-date", "needling_dates", multiple=True, metavar="DATE",
              help="Needling date for routines whose rows give none (YYYY-MM-DD). Repeat for a series.")
@click.option("--on", "on", metavar="DATE", help="The day the routines are checked for. [default: today]")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "json", "markdown", "table"]), default="csv",
              show_default=True, help="csv: one row per finding; jsonl: one JSON object per routine; "
                                      "json: all routines; markdown/table: one line per routine.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@shared_options("Exit 1 when a finding is at or above this severity.")
@click.option("--column", "columns", multiple=True, metavar="ROLE=HEADER",
              help=f"Which header holds a role ({_ROLES}) when it is not recognised; HEADER#2 for the "
                   "second column of that name. Repeatable.")
@click.option("--encoding", metavar="NAME", help="The file's encoding. [default: detected: BOM, UTF-8, cp1252]")
@click.option("--sep", metavar="CHAR", help="The delimiter: comma, semicolon, tab or a character. [default: detected]")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="Processes checking routines, for exports of 50,000 rows or more. [default: the CPUs "
                   "this process may use]")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary on stderr.")
@_profile_options
def batch(file, needling_dates, on, fmt, output, fail_on, ingredients_file, ignore, columns, encoding, sep, jobs,
          quiet, skin_type, pih_prone, pregnant, breastfeeding):
    """Check every routine in a CSV export (one row per product).

    Headers are recognised case-insensitively: routine (routine_id, Client,
    Customer, Patient, User...), product (Product Name, Name), ingredients
    (INCI, Ingredient List), slot (AM/PM, Time of Day), needling date
    (Appointment, Treatment Date), frequency (How often, Uses per week) and
    the profile: skin_type (Skin Type, Fitzpatrick), pih_prone (PIH,
    Melasma), pregnant (Pregnancy), breastfeeding (Nursing). Only the product
    column is required; without a routine column the whole file is one
    routine. A row's own needling date overrides --needling-date; a
    routine's own profile cells override --skin-type, --pih-prone,
    --pregnant and --breastfeeding (when its rows disagree, the more
    cautious value is used and IN010 says so).

    Rows that cannot be read (an unclosed quote, more cells than the header,
    an impossible date) are reported by line as IN009 findings of their
    routine; the rest is checked. A frequency that cannot be read is IN007
    (counted as daily), any other cell IN010. Cells that could run as
    spreadsheet formulas are neutralised in csv reports.

    \b
    Examples:
      compatcheck batch clients.csv --on 2026-12-05 --output report.csv
      compatcheck batch export.csv --needling-date 2026-12-10 --format jsonl -o report.jsonl
      compatcheck batch export.csv --column product="Item" --sep ";" --format table
      compatcheck batch clinic.csv --needling-date 2027-01-14 --column skin_type="Fitz." --format jsonl

    Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 bad input;
    130 Ctrl-C; 143 SIGTERM.
    """
    from compatcheck.batch import BatchOptions, run_batch

    options = BatchOptions(
        path=file, fmt=fmt, output=output, on=_dates([on], "--on")[0] if on else None,
        needling_dates=_dates(needling_dates, "--needling-date"), ignore=_ignore_codes(ignore),
        ingredients=ingredients_file, encoding=encoding, sep=sep, columns=_column(columns),
        profile=_profile(skin_type, pih_prone, pregnant, breastfeeding), jobs=jobs or _cpus(),
    )
    show_bar = (not quiet and sys.stderr.isatty() and os.path.isfile(file)
                and os.path.getsize(file) > _BAR_FROM_BYTES)
    try:
        with stopped_cleanly(output):
            summary = _with_bar(run_batch, options) if show_bar else run_batch(options)
    except InputError as exc:
        raise _fail(exc) from None
    if not quiet:
        from compatcheck.formatters.batch_output import summary_text

        for note in summary["notes"]:
            click.echo(f"Note: {note}.", err=True)
        where = f"Wrote {output}. " if output not in (None, "-") else ""
        click.echo(where + summary_text(summary), err=True)
    exit_for(summary["worst"], fail_on)


def _cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _with_bar(run, options):
    bars = {}

    def progress(stage, done, total):
        bar = bars.get(stage)
        if bar is None:
            label = "Reading" if stage == "read" else "Checking"
            bar = bars[stage] = click.progressbar(length=max(total, 1), label=label, file=sys.stderr)
            bar.__enter__()
            bar.done = 0
        bar.update(done - bar.done)
        bar.done = done
        if done >= total:
            bar.__exit__(None, None, None)

    try:
        return run(options, progress)
    finally:
        for bar in bars.values():
            if not bar.finished:
                bar.__exit__(None, None, None)
