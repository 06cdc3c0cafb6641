"""``batch`` output: csv, jsonl, json, markdown and table, written as reports stream in.

``csv`` has one row per finding; every text cell that a spreadsheet would run as
a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or
with one of those signs' full-width or small forms, ``＝`` ``＋`` ``－`` ``＠`` ``﹦``
``﹢`` ``﹣`` or the minus ``−``, after any spaces or invisible characters) is
prefixed with ``'``, and a control character in a cell (a NUL, an escape: any
below U+0020 but tab and line breaks) is written as U+FFFD. ``jsonl`` has one
``check --format json`` object per routine, with ``routine``; ``json`` holds them
all in ``routines``. ``markdown`` and ``table`` summarise: one line per routine, control
characters (those a terminal acts on: see :mod:`.printable`) written as U+FFFD.
"""

from __future__ import annotations

import json
import re
from typing import IO, Iterable, Iterator

from compatcheck import __version__
from compatcheck.by_identity import ByIdentity
from compatcheck.formatters import DISCLAIMER
from compatcheck.formatters.json_format import finding_dict, product_dict, report_dict
from compatcheck.formatters.printable import CSV_CONTROL_CHARACTERS, CSV_CONTROLS, printable
from compatcheck.memo import Template, fill
from compatcheck.model import Finding, Report, Severity

FORMATS = ("csv", "jsonl", "json", "markdown", "table")
FINDING_COLUMNS = ["routine", "severity", "kind", "code", "products", "ingredients", "message", "advice",
                   "pause_from", "resume_on", "needling_date", "slot", "inferred", "evidence", "sources"]
_MARKER = re.compile(r'"\\u0000(\d+)\\u0000"')
_MARK = re.compile("\x00(\\d+)\x00")
#: A cell a spreadsheet may run as a formula: a tab or carriage return first, or a sign (or its
#: full-width or small form) after any spaces or invisible characters.
_FORMULA = re.compile("[\t\r]|[\\s\u200b-\u200d\u2060\ufeff]*[-=+@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\u2212]")
#: Rendered csv lines kept for reuse (findings repeat across routines); then forgotten.
_LINE_CACHE = 50_000


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula, and without control
    characters (each is :data:`REPLACEMENT`)."""
    return _without_controls(_not_formula(cell))


def _not_formula(cell: str) -> str:
    return "'" + cell if _FORMULA.match(cell) else cell


def _without_controls(text: str) -> str:
    """``text`` with each control character a csv cell may not hold replaced (tab and line
    breaks it may: they are quoted)."""
    return printable(text, CSV_CONTROLS)


#: The characters that make a cell quoted: the delimiter, the quote and line breaks of either
#: kind. Python's csv writer (``lineterminator="\n"``) quotes all but a lone ``\r``, which a
#: spreadsheet still reads as the end of the row: so it is quoted here too.
_QUOTING_CHARACTERS = ',"\n\r'
_QUOTE_IF = re.compile("[" + re.escape(_QUOTING_CHARACTERS) + "]")
#: A name that cannot go into a line as it is: it needs quoting, or holds a control character.
_NOT_PLAIN = re.compile("[" + re.escape(_QUOTING_CHARACTERS) + CSV_CONTROL_CHARACTERS + "]")


def render_row(row: list[str]) -> str:
    """``row`` (text cells) as one csv line (minimal quoting — a cell holding the delimiter, a
    quote or a line break, a lone ``\r`` included — and ``\n`` line ends), every cell neutralised;
    what :mod:`csv`'s writer writes (but for a lone ``\r``), without its per-call cost."""
    # control characters are replaced in the whole line at once (one scan, not one per cell):
    # the same as per cell, since neither they nor their replacement change quoting
    return _without_controls(_joined(row)) + "\n"


def _joined(row: list[str]) -> str:
    """The row's cells, neutralised as formulas, quoted and joined (no line end)."""
    if len(row) == 1 and not row[0]:
        return '""'  # the writer quotes a lone empty cell, else the line would be blank
    return ",".join([_quoted(_not_formula(c)) for c in row])


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if _QUOTE_IF.search(cell) else cell


def plain_name(name: str) -> bool:
    """Whether a product name, wherever it sits in a cell, changes neither its quoting nor
    its neutralising, and holds no control character: it can go into a line as it is."""
    return not (_NOT_PLAIN.search(name) or _FORMULA.match(name))


def _line_format(template: Template) -> str:
    """The template's csv line after the routine cell as a format string: ``{i}`` is
    name ``i``, for names that are :func:`plain_name`."""
    # its names are the placeholders \x00i\x00 (memo): NULs, so control characters are replaced
    # only once they are {i}
    line = _joined(_finding_row("", template.finding)).replace("{", "{{").replace("}", "}}")
    return _without_controls(_MARK.sub(lambda m: "{" + m.group(1) + "}", line)) + "\n"


#: A placeholder name (memo's ``\x00i\x00``) as ``json.dumps`` writes it.
_JSON_MARK = re.compile(r"\\u0000(\d+)\\u0000")
#: What ``json.dumps`` escapes in a string (``ensure_ascii=False``).
_JSON_ESCAPED = re.compile('[\\x00-\\x1f\\\\"]')


class JsonPieces:
    """A finding as the json object of ``check --format json`` (no indent): the json
    counterpart of :class:`Writer`'s csv pieces, for :class:`~compatcheck.batch.json_lane.JsonLane`."""

    @staticmethod
    def finding_line(finding: Finding) -> str:
        return json.dumps(finding_dict(finding), ensure_ascii=False)

    @staticmethod
    def template_format(template: Template) -> str:
        """The template's object as a format string: ``{i}`` is name ``i``, escaped for json."""
        text = json.dumps(finding_dict(template.finding), ensure_ascii=False).replace("{", "{{").replace("}", "}}")
        return _JSON_MARK.sub(lambda m: "{" + m.group(1) + "}", text)

    @staticmethod
    def plain(name: str) -> bool:
        """Whether json writes ``name`` in a string as it is (nothing to escape)."""
        return not _JSON_ESCAPED.search(name)

    @classmethod
    def filled(cls, template: Template, line_format: str, names) -> str:
        """The object of the finding ``template`` stands for, ``names`` filled in."""
        return line_format.format(*[n if cls.plain(n) else json.dumps(n, ensure_ascii=False)[1:-1] for n in names])


class MessagePieces:
    """A finding as its message: what the markdown and table summaries show of a routine's
    first finding, for :class:`~compatcheck.batch.summary_lane.SummaryLane`."""

    @staticmethod
    def finding_line(finding: Finding) -> str:
        return finding.message

    @staticmethod
    def template_format(template: Template) -> str:
        return "".join(p.replace("{", "{{").replace("}", "}}") if isinstance(p, str) else "{%d}" % p
                       for p in template.message)

    @staticmethod
    def plain(name: str) -> bool:
        return True  # the line is made printable and escaped whole

    @staticmethod
    def filled(template: Template, line_format: str, names) -> str:
        return line_format.format(*names)


def _finding_row(routine: str, f: Finding) -> list:
    w = f.window
    return [routine, f.severity.label, f.kind, f.code, "; ".join(f.products), "; ".join(f.ingredients),
            f.message, f.advice, w.pause_from.isoformat() if w else "", w.resume_on.isoformat() if w else "",
            w.needling_date.isoformat() if w else "", f.slot or "", "yes" if f.inferred else "",
            f.evidence, " ".join(f.sources)]


def finding_rows(report: Report) -> Iterator[list]:
    """The report's findings as csv rows (not yet neutralised)."""
    for f in report.findings:
        yield _finding_row(report.routine or "", f)


class Writer:
    """Write reports to ``out`` in one format; :meth:`close` ends the document."""

    def __init__(self, out: IO[str], fmt: str, continued: bool = False):
        """``continued``: ``out`` continues a document another writer began (no header)."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.out, self.fmt = out, fmt
        self._first = not continued
        # made once per object: memo answers share their findings and templates across routines
        self._product_json = ByIdentity(lambda product: json.dumps(product_dict(product), ensure_ascii=False))
        self._finding_line = ByIdentity(self.finding_line, _LINE_CACHE)  # its csv line after the routine cell
        self._formats = ByIdentity(self.template_format, _LINE_CACHE)  # a template's line as a format string
        if continued:
            return
        if fmt == "csv":
            out.write(render_row(FINDING_COLUMNS))
        elif fmt == "json":
            out.write('{"routines": [\n')
        elif fmt == "markdown":
            out.write("| routine | products | avoid | caution | info | most serious |\n|---|---:|---:|---:|---:|---|\n")
        elif fmt == "table":
            out.write(f"{'routine':<20} {'products':>8} {'avoid':>5} {'caution':>7} {'info':>4}  most serious\n")

    def write(self, report: Report) -> None:
        getattr(self, f"_{self.fmt}")(report)

    plain = staticmethod(plain_name)  # a name that can go into a csv line as it is

    def write_objects(self, texts: Iterable[str]) -> None:
        """jsonl and json: routines' objects made elsewhere (:class:`~compatcheck.batch.json_lane.JsonLane`),
        each the text :meth:`write` writes for its report, without the separators; each is
        written as it comes."""
        out = self.out
        if self.fmt == "jsonl":
            for text in texts:
                out.write(text + "\n")
            return
        for text in texts:
            out.write(text if self._first else ",\n" + text)
            self._first = False

    def product_text(self, product) -> str:
        """jsonl and json: a product's object, made once per product object."""
        return self._product_json(product)

    def _csv(self, report: Report) -> None:
        self.write_answers(report.routine or "", [(finding, None) for finding in report.findings])

    def write_lines(self, text: str) -> None:
        """csv, markdown and table: lines made elsewhere (:class:`~compatcheck.batch.lane.CsvLane`,
        :class:`~compatcheck.batch.summary_lane.SummaryLane`), as :meth:`write` writes them."""
        self.out.write(text)

    def write_answers(self, routine: str, items) -> None:
        """csv: a routine's lines from its findings given as ``(item, names)`` (see
        :meth:`compatcheck.batch.frame.BatchChecker.sorted_answers`), the same lines
        :meth:`write` writes for its report."""
        self.out.write(self.answers_text(routine, items))

    def answers_text(self, routine: str, items) -> str:
        """What :meth:`write_answers` writes. A finding's line after the routine cell is made
        once; a template's fixed cells are rendered once and its names filled per routine."""
        if not items:
            return ""
        prefix = self.routine_prefix(routine)
        return "".join([prefix + (self._finding_line(item) if names is None else self._filled_line(item, names))
                        for item, names in items])

    def routine_prefix(self, routine: str) -> str:
        """The start of a csv line for ``routine``: its cell and the delimiter."""
        return render_row([routine])[:-1] if routine else ""

    def finding_line(self, finding: Finding) -> str:
        """A finding's csv line after the routine cell."""
        return render_row(_finding_row("", finding))

    def template_format(self, template: Template) -> str:
        """A template's csv line after the routine cell, as a format string for :meth:`filled`."""
        return _line_format(template)

    def filled(self, template: Template, line_format: str, names) -> str:
        """The template's line (``line_format`` its :meth:`template_format`) with ``names`` filled in:
        one ``str.format`` call when no name needs quoting or neutralising (almost always)."""
        if all(map(plain_name, names)):
            return line_format.format(*names)
        return render_row(_finding_row("", fill(template, names)))

    def _filled_line(self, template: Template, names) -> str:
        """:meth:`filled`, the template's format string made once per template object."""
        return self.filled(template, self._formats(template), names)

    def report_text(self, report: Report) -> str:
        """jsonl and json: a routine's object (``check --format json``'s, with ``routine``); each
        product's JSON is made once per run."""
        rendered: list[str] = []

        def marker(product) -> str:
            rendered.append(self._product_json(product))
            return f"\x00{len(rendered) - 1}\x00"

        text = json.dumps(report_dict(report, product=marker), ensure_ascii=False)
        return _MARKER.sub(lambda m: rendered[int(m.group(1))], text)

    def _jsonl(self, report: Report) -> None:
        self.write_objects([self.report_text(report)])

    def _json(self, report: Report) -> None:
        self.write_objects([self.report_text(report)])

    def summary_cells(self, report: Report) -> tuple[str, int, dict, str]:
        """What :meth:`summary_line` shows of a report."""
        counts = report.counts()
        top = report.findings[0].message if report.findings else ""
        return report.routine or "", len(report.products), counts, top

    def summary_line(self, routine: str, products: int, counts: dict, top: str) -> str:
        """markdown and table: a routine's line (``top``: its first finding's message)."""
        if self.fmt == "markdown":
            cells = [routine, str(products), str(counts["avoid"]), str(counts["caution"]), str(counts["info"]), top]
            return printable("| " + " | ".join(x.replace("|", "\\|").replace("\n", " ") for x in cells) + " |\n")
        top = top if len(top) <= 100 else top[:99] + "…"
        return printable(f"{routine:<20} {products:>8} {counts['avoid']:>5} {counts['caution']:>7} {counts['info']:>4}"
                         f"  {top}\n")

    def _markdown(self, report: Report) -> None:
        self.out.write(self.summary_line(*self.summary_cells(report)))

    _table = _markdown

    def close(self, summary: dict) -> None:
        if self.fmt == "json":
            self.out.write("\n], " + json.dumps({"summary": summary, "compatcheck_version": __version__,
                                                 "disclaimer": DISCLAIMER}, ensure_ascii=False)[1:] + "\n")
        elif self.fmt in ("markdown", "table"):
            self.out.write(("\n" if self.fmt == "markdown" else "") + summary_text(summary) + "\n")


def summary_text(summary: dict) -> str:
    """The run in one short paragraph (also printed on stderr)."""
    sev = summary["findings"]
    text = (f"{summary['rows_read']} rows read: {summary['rows_checked']} checked, "
            f"{summary['rows_rejected']} rejected; {summary['routines_checked']} "
            f"{'routine' if summary['routines_checked'] == 1 else 'routines'} checked; "
            + (f"routines with every row rejected: {summary['routines_rejected']}; "
               if summary["routines_rejected"] else "")
            + "findings: " + ", ".join(f"{sev[s.label]} {s.label}" for s in sorted(Severity, reverse=True)))
    if summary.get("blank_lines"):
        text += f"; {summary['blank_lines']} blank lines skipped"
    return text + "."

