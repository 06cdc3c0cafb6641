"""The command line: parses options, calls :mod:`compatcheck.api`, picks a formatter.

No domain logic lives here. Heavy modules (tabulate, rapidfuzz, pydantic) are
imported only by the commands that need them, and pandas never on this path.
"""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager

import click

from compatcheck import __version__
from compatcheck.errors import InputError
from compatcheck.model import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
NOT_ADVICE = "Not medical advice: follow your clinic's instructions."


class CompatcheckError(click.ClickException):
    """A one-line ``Error: ...`` with exit code 2 (click's own exits 1)."""

    exit_code = EXIT_ERROR

    def format_message(self) -> str:
        """The message with the control characters a terminal acts on replaced: it may quote a
        cell of the user's file (a header, a table's value)."""
        from compatcheck.formatters.printable import printable

        return printable(self.message)


def _fail(exc: InputError) -> CompatcheckError:
    return CompatcheckError(exc.one_line())


class Terminated(BaseException):
    """SIGTERM, raised where the run is, so that what it was writing (a report's temporary file,
    the helpers' parts) is removed and the helpers stopped on the way out (the default action
    kills the process on the spot and leaves them behind)."""


@contextmanager
def stopped_cleanly(output: str | None, what: str = "report"):
    """Ctrl-C exits 130 and SIGTERM 143, as shells do — not 1, which says "findings" — with a
    one-line ``Error:`` saying whether the ``what`` (written to ``output``) was written, and no
    traceback."""
    def terminated(signum, frame):
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread: leave signals alone
        previous = terminated
    try:
        yield
    except (KeyboardInterrupt, Terminated) as stop:
        stopped = "terminated" if isinstance(stop, Terminated) else "interrupted"
        left = f"no {what} was written" if output not in (None, "-") else f"the {what} on stdout, if any, is incomplete"
        click.echo(f"Error: {stopped}; {left}.", err=True)
        sys.exit(143 if isinstance(stop, Terminated) else 130)
    finally:
        if previous is not terminated:
            signal.signal(signal.SIGTERM, previous)


def _dates(values, what):
    from compatcheck.dates import parse_date

    try:
        return tuple(parse_date(v, what) for v in values)
    except InputError as exc:
        raise _fail(exc) from None


def _table(path):
    from compatcheck.table import load_table

    try:
        return load_table(path)
    except InputError as exc:
        raise _fail(exc) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=NOT_ADVICE)
@click.version_option(__version__, prog_name="compatcheck")
def main() -> None:
    """Check a skincare routine against a microneedling date and against itself.

    Says which products to pause, from which day, when each may resume, what
    to use right after, and which combinations are unsafe or wasteful.

    \b
    Examples:
      compatcheck check routine.txt --needling-date 2026-12-10
      pbpaste | compatcheck check - --needling-date 2026-12-10 --on 2026-12-05
      compatcheck explain TM001
      compatcheck ingredients retinol

    NOT MEDICAL ADVICE: it reads ingredient lists and published clinic
    protocols; your clinic's instructions come first.
    """


_FAIL_ON = click.Choice(["avoid", "caution", "info", "never"])


def shared_options(fail_help: str):
    """``--fail-on``, ``--ingredients`` and ``--ignore``: the same for check, plan and batch."""
    options = (
        click.option("--fail-on", type=_FAIL_ON, default="avoid", show_default=True, help=fail_help),
        click.option("--ingredients", "ingredients_file", metavar="FILE",
                     help="A clinic's own ingredient table (same columns) overriding or extending the built-in one."),
        click.option("--ignore", multiple=True, metavar="CODE",
                     help="Do not report this rule code (repeatable, or comma-separated)."),
    )
    return lambda command: _apply(options, command)


def _apply(options, command):
    """Apply click option decorators in the order they are listed (as --help shows them)."""
    for option in reversed(options):
        command = option(command)
    return command


def exit_for(worst: Severity | None, fail_on: str) -> None:
    """Exit 1 when the worst finding is at or above ``--fail-on``; else return."""
    if fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on):
        sys.exit(EXIT_FINDINGS)


def _profile_options(command):
    """``--skin-type``, ``--pih-prone``, ``--pregnant``, ``--breastfeeding`` (check, plan; batch's defaults)."""
    options = (
        click.option("--skin-type", "skin_type", metavar="I..VI",
                     help="Fitzpatrick skin type; IV-VI adds the pigmentation-prone advice (sun, calm "
                          "skin, the order to bring actives back)."),
        click.option("--pih-prone", is_flag=True,
                     help="Prone to dark marks after irritation (PIH, melasma): the pigmentation-prone advice."),
        click.option("--pregnant", is_flag=True,
                     help="Flag what sources say to avoid in pregnancy (retinoids, hydroquinone...) and "
                          "that providers list microneedling as contraindicated."),
        click.option("--breastfeeding", is_flag=True, help="As --pregnant, while breastfeeding."),
    )
    return _apply(options, command)


def _profile(skin_type, pih_prone, pregnant, breastfeeding):
    from compatcheck.model import Profile, parse_skin_type

    parsed = None
    if skin_type is not None:
        try:
            parsed = parse_skin_type(skin_type)
        except ValueError:
            raise CompatcheckError(f"--skin-type {skin_type!r} is not a Fitzpatrick skin type; "
                                   f"give I, II, III, IV, V or VI (or 1-6, 'type IV', 'Fitzpatrick V').") from None
    return Profile(skin_type=parsed, pih_prone=pih_prone, pregnant=pregnant, breastfeeding=breastfeeding)


@main.command(epilog=NOT_ADVICE)
@click.argument("file", required=False, default="-")
@click.option("--needling-date", "needling_dates", multiple=True, metavar="DATE",
              help="Date of a microneedling session (YYYY-MM-DD). Repeat for a series.")
@click.option("--on", "on", metavar="DATE", help="The day the routine is checked for. [default: today]")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="Output format.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@shared_options("Exit 1 when a finding is at or above this severity.")
@_profile_options
def check(file, needling_dates, on, fmt, output, fail_on, ingredients_file, ignore, skin_type, pih_prone,
          pregnant, breastfeeding):
    """Check one pasted routine (FILE, or stdin when FILE is '-' or absent).

    One product per line: 'Name: INCI list', a name alone, a name with its
    list on the next line ('Ingredients: ...'), or 'Name - INCI list'. Put
    the slot and how often in brackets at the start or end: [AM], [PM]
    (default: both), [PM, 2x/week], [PM, every other night], [Mon/Wed/Fri].

    \b
    Examples:
      compatcheck check examples/routine.txt --needling-date 2026-12-10 --on 2026-12-05
      compatcheck check routine.txt --needling-date 2026-12-10 --needling-date 2027-01-14
      echo "Night Serum: Aqua, Retinol [PM]" | compatcheck check --needling-date 2026-12-10
      compatcheck check routine.txt --format json --output report.json
      compatcheck check routine.txt --needling-date 2027-01-14 --skin-type V --pih-prone

    Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 bad input;
    130 Ctrl-C; 143 SIGTERM.
    """
    from compatcheck.api import check_text
    from compatcheck.formatters import render
    from compatcheck.output import write_text

    ignore = _ignore_codes(ignore)
    profile = _profile(skin_type, pih_prone, pregnant, breastfeeding)
    dates = _dates(needling_dates, "--needling-date")
    as_of = _dates([on], "--on")[0] if on else None
    table = _table(ingredients_file)
    try:
        with stopped_cleanly(output):
            text, source = _read_routine(file)
            report = check_text(text, needling_dates=dates, on=as_of, table=table, ignore=ignore,
                                source=source, profile=profile)
            write_text(render(report, fmt), output)
    except InputError as exc:
        raise _fail(exc) from None
    if output not in (None, "-"):
        counts = ", ".join(f"{n} {label}" for label, n in report.counts().items())
        click.echo(f"Wrote {output}: {counts}.", err=True)
    exit_for(report.worst(), fail_on)


@main.command(epilog=NOT_ADVICE)
@click.argument("file", required=False, default="-")
@click.option("--needling-date", "needling_dates", multiple=True, metavar="DATE",
              help="Date of a microneedling session (YYYY-MM-DD); required. Repeat for a series.")
@click.option("--on", "on", metavar="DATE", help="Today, for 'stop now' advice and exit codes. [default: today]")
@click.option("--from", "start", metavar="DATE", help="First day of the timeline. [default: the first pause]")
@click.option("--to", "end", metavar="DATE", help="Last day of the timeline. [default: the last resume]")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="Output format.")
@click.option("--output", "-o", metavar="FILE", help="Write the plan to FILE (atomically) instead of stdout.")
@click.option("--ics", "ics_file", metavar="FILE",
              help="Also write an iCalendar file: needling days, stop/resume days, post-care reminders.")
@shared_options("Exit 1 when check would report a finding at or above this severity.")
@_profile_options
def plan(file, needling_dates, on, start, end, fmt, output, ics_file, fail_on, ingredients_file, ignore,
         skin_type, pih_prone, pregnant, breastfeeding):
    """The day-by-day schedule around needling date(s): what to pause, when to resume.

    Reads a routine like 'check' does (FILE, or stdin when FILE is '-' or
    absent) and lays out, per product, the days it is paused (x), fine (·),
    recommended after needling (+), and the needling days (N), from the first
    pause to the last resume. Windows overlapping across a series become one
    pause. The dates are the ones 'check' gives.

    \b
    Examples:
      compatcheck plan examples/routine.txt --needling-date 2026-12-10
      compatcheck plan routine.txt --needling-date 2026-12-10 --needling-date 2027-01-14 \\
          --needling-date 2027-02-18 --ics plan.ics
      compatcheck plan routine.txt --needling-date 2026-12-10 --format json
      compatcheck plan routine.txt --needling-date 2026-12-10 --format markdown -o client.md

    Exit codes: as 'check' with the same options (0, 1 at or above --fail-on,
    2 bad input, 130 Ctrl-C, 143 SIGTERM).
    """
    import os

    from compatcheck.api import plan_text
    from compatcheck.formatters import render_plan
    from compatcheck.output import write_text

    ignore = _ignore_codes(ignore)
    profile = _profile(skin_type, pih_prone, pregnant, breastfeeding)
    dates = _dates(needling_dates, "--needling-date")
    if not dates:
        raise CompatcheckError("plan needs at least one --needling-date YYYY-MM-DD (repeat it for a series).")
    as_of = _dates([on], "--on")[0] if on else None
    first = _dates([start], "--from")[0] if start else None
    last = _dates([end], "--to")[0] if end else None
    table = _table(ingredients_file)
    try:
        with stopped_cleanly(output, "plan"):
            text, source = _read_routine(file)
            schedule = plan_text(text, needling_dates=dates, on=as_of, start=first, end=last, table=table,
                                 ignore=ignore, source=source, profile=profile)
            to_terminal = output in (None, "-") and sys.stdout.isatty()
            color = fmt == "table" and to_terminal and not os.environ.get("NO_COLOR")
            write_text(render_plan(schedule, fmt, color=color), output)
            if ics_file:
                from compatcheck.ics import plan_calendar

                calendar = plan_calendar(schedule)
                write_text(calendar, ics_file)
                count = calendar.count("BEGIN:VEVENT")
                click.echo(f"Wrote {ics_file}: {count} calendar events.", err=True)
    except InputError as exc:
        raise _fail(exc) from None
    if output not in (None, "-"):
        click.echo(f"Wrote {output}.", err=True)
    exit_for(schedule.report.worst(), fail_on)


def _read_routine(file: str) -> tuple[str, str]:
    """The routine's text and a name for it in errors: FILE, or stdin for '-'."""
    from compatcheck.parse import decode, read_text_file

    if file == "-":
        if sys.stdin.isatty():
            click.echo("Paste your routine, one product per line; end with Ctrl-D.", err=True)
        return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    return read_text_file(file), file


def _ignore_codes(values) -> tuple[str, ...]:
    from compatcheck.rules import registry

    known = registry()
    codes = tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise CompatcheckError(f"--ignore: unknown rule code {', '.join(unknown)}. "
                               f"See 'compatcheck rules' for the codes.")
    return codes


@main.command(epilog=NOT_ADVICE)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rules(fmt):
    """List every rule code with its kind, severity and what it checks.

    \b
    Example:
      compatcheck rules
    """
    from compatcheck.rules import registry

    items = list(registry().values())
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "kind": r.kind, "severity": r.severity,
                                "summary": r.summary, "evidence": r.evidence, "sources": list(r.sources)}
                               for r in items], indent=2))
        return
    from tabulate import tabulate

    click.echo(tabulate([[r.code, r.kind, r.severity, r.summary] for r in items],
                        headers=["code", "kind", "severity", "what it checks"], tablefmt="simple",
                        maxcolwidths=[None, None, 18, 60]))


@main.command(epilog=NOT_ADVICE)
@click.argument("code")
def explain(code):
    """Explain one rule: what it checks, why, how sure we are, and the sources.

    \b
    Example:
      compatcheck explain IX001
    """
    from compatcheck.rules import registry
    from compatcheck.sources import source_index

    rules_by_code = registry()
    rule = rules_by_code.get(code.strip().upper())
    if rule is None:
        raise CompatcheckError(f"unknown rule code {code!r}. See 'compatcheck rules' for the codes.")
    titles = source_index()
    lines = [f"{rule.code} {rule.name}  ({rule.kind}, {rule.severity})", "", rule.summary, "", rule.doc, "",
             f"Evidence: {rule.evidence}"]
    if rule.sources:
        lines.append("Sources:")
        for sid in rule.sources:
            title, url = titles.get(sid, ("(see domain_rules.md §E)", ""))
            lines.append(f"  [{sid}] {title}" + (f" — {url}" if url else ""))
    click.echo("\n".join(lines))


@main.command(epilog=NOT_ADVICE)
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Include base/functional ingredients (water, glycols...).")
@click.option("--ingredients", "ingredients_file", metavar="FILE", help="Use a clinic's own table as well.")
def ingredients(query, fmt, show_all, ingredients_file):
    """List or search the ingredient table (by name, alias, id or class).

    \b
    Examples:
      compatcheck ingredients            # every active ingredient
      compatcheck ingredients retinoid   # a class
      compatcheck ingredients "vitamin c" --format json
    """
    table = _table(ingredients_file)
    found = table.search(query) if query else list(table.by_id.values())
    if not show_all and not query:
        found = [i for i in found if i.cls != "base"]
    if not found:
        raise CompatcheckError(f"no ingredient matches {query!r}. Try a shorter word, or --all.")
    if fmt == "json":
        import json

        click.echo(json.dumps([{"id": i.id, "inci": i.inci, "aliases": list(i.aliases), "class": i.cls,
                                "strength": i.strength, "exfoliant": i.exfoliant,
                                "pause_before_days": i.pause_before_days,
                                "resume_after_days": i.resume_after_days,
                                "timing_severity": i.timing_severity.label,
                                "recommended_after": i.recommended_after, "pregnancy": i.pregnancy,
                                "evidence": i.evidence, "sources": list(i.sources)} for i in found],
                              indent=2, ensure_ascii=False))
        return
    from tabulate import tabulate

    rows = [[i.inci, i.cls, i.strength or "-", "yes" if i.exfoliant else "-",
             f"{i.pause_before_days}/{i.resume_after_days}", i.timing_severity.label,
             "yes" if i.recommended_after else "-", ",".join(i.sources[:4]) or "-"] for i in found]
    from compatcheck.formatters.printable import printable

    # A clinic's own table may hold control characters: replaced, as in every text view.
    click.echo(printable(tabulate(rows, headers=["ingredient", "class", "strength", "exfoliant", "days before/after",
                                                 "severity", "after", "sources"], tablefmt="simple",
                                  maxcolwidths=[34, None, None, None, None, None, None, 24])))
    click.echo(printable(f"\n{len(found)} ingredient(s) from the {table.label} table. {NOT_ADVICE}"))


from compatcheck.cli_batch import batch  # noqa: E402  (it uses this module's helpers)

main.add_command(batch)
