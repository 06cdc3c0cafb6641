"""How an export is written: its encoding, its delimiter, and which column is which.

Excel and booking systems write CSV in several ways: UTF-8 with or without a
byte-order mark, cp1252 ("ANSI") on Windows, UTF-16 for "Unicode text"; commas,
semicolons (where the decimal separator is a comma) or tabs. We look, in this
order: a byte-order mark, UTF-16 without one (every other byte of ASCII text a zero;
the zeros of delimiters and line breaks in one half of the code units for other scripts),
strict UTF-8 on the first megabyte, then cp1252; the delimiter from whole lines
of that sample. ``--encoding`` and ``--sep`` override. A workbook (xlsx, xls), a
web page or a PDF saved under a .csv name is an error that says so.

The header is the first of the first lines that names a product column (a title
line such as "Export from Booking 2026", or blank lines, may sit above it); when
none does, the first line that is not blank (and the error lists its cells).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path
from typing import NamedTuple

from compatcheck.errors import InputError

_SAMPLE = 1 << 20
#: How far down the file the header row may be (below a title and blank lines).
_HEADER_WITHIN = 50
_DELIMITERS = ",;\t"
_SEP_NAMES = {"comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t",
              "pipe": "|", "|": "|"}

#: Header spellings of each role, compared case- and spacing-insensitively.
ROLES = {
    "routine": ("routine_id", "routine", "routine id", "client", "client id", "client_id", "customer",
                "customer id", "customer_id", "patient", "patient id", "patient_id", "user", "user id",
                "user_id"),
    "product": ("product", "product name", "product_name", "name"),
    "ingredients": ("ingredients", "inci", "ingredient list", "ingredient_list", "ingredients list", "inci list"),
    "slot": ("slot", "am/pm", "time", "time of day", "time_of_day"),
    "needling_date": ("needling_date", "needling date", "appointment", "appointment date", "treatment date",
                      "treatment_date"),
    # How often a product is used: read like a pasted [PM, 2x/week] (compatcheck.frequency).
    "frequency": ("frequency", "freq", "use frequency", "usage frequency", "usage_frequency",
                  "frequency of use", "how often", "how often used", "uses per week", "times per week",
                  "uses/week", "times/week", "per week"),
    # Who the routine is for (compatcheck.model.Profile), per routine.
    "skin_type": ("skin_type", "skin type", "fitzpatrick", "fitzpatrick type", "fitzpatrick skin type",
                  "phototype", "skin phototype"),
    "pih_prone": ("pih_prone", "pih prone", "pih-prone", "pih", "pigmentation prone", "pigmentation-prone",
                  "prone to pih", "melasma"),
    "pregnant": ("pregnant", "pregnancy"),
    "breastfeeding": ("breastfeeding", "breast feeding", "nursing", "lactating"),
}
REQUIRED = ("product",)
#: ``Name#2`` in ``--column``: the second column named ``Name`` (counted from 1), for headers that repeat.
_NTH = re.compile(r"(.*?)\s*#\s*(\d+)")


#: Files that are not text, or not CSV, by their first bytes.
_NOT_CSV = ((b"PK\x03\x04", "an Excel workbook (.xlsx) or another zip file"),
            (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel workbook (.xls)"),
            (b"%PDF-", "a PDF"))
_MARKUP = re.compile(rb"\s*<(?:!doctype\s+html|html|table|\?xml)\b", re.IGNORECASE)


class Dialect(NamedTuple):
    """How to read the file, and its header."""

    encoding: str
    sep: str
    header: tuple[str, ...]
    sample_is_partial: bool  # the sample was cut: a later byte may still not be UTF-8
    header_line: int = 0  # lines above the header (a title, blank lines): not rows


def _key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").strip().lower().split())


def _encoding(data: bytes, complete: bool) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4:  # UTF-16 without a byte-order mark: ASCII text has a zero in every other byte
        even, odd = head[0::2].count(0) / len(head[0::2]), head[1::2].count(0) / len(head[1::2])
        if odd > 0.4 and even < 0.05:
            return "utf-16-le"
        if even > 0.4 and odd < 0.05:
            return "utf-16-be"
        found = _utf16_of_any_script(head, complete and len(data) == len(head))
        if found:
            return found
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _utf16_of_any_script(head: bytes, whole: bool) -> str | None:
    """UTF-16 without a byte-order mark whose text is mostly not ASCII (Korean, Russian): only its
    delimiters, line breaks, digits and spaces have a zero byte. UTF-8 and cp1252 text has no zero
    bytes (but a stray NUL), so it is UTF-16 only when the zeros sit in one half of the code units,
    the bytes decode strictly, and the text is lines of cells: more line breaks of their own than
    line-break bytes inside other characters (where a UTF-8 file's own line breaks would go), and
    ASCII (which only a zero byte makes) at least a twentieth of the text."""
    for codec, zeros, others in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if not zeros.count(0) or others.count(0) > 0.05 * len(others):
            continue
        try:
            text = codecs.getincrementaldecoder(codec)(errors="strict").decode(head, final=whole)
        except UnicodeDecodeError:
            continue
        ascii_units = sum(1 for c in text if c < "\x80")
        breaks = text.count("\n") + text.count("\r")
        stray = head.count(b"\n") + head.count(b"\r") - breaks  # line-break bytes inside other characters
        if breaks > stray and "\x00" not in text and ascii_units >= 0.05 * len(text):
            return codec
    return None


def sniff(path: str | Path, encoding: str | None = None, sep: str | None = None,
          headers: tuple[str, ...] = ()) -> Dialect:
    """Encoding, delimiter and header of the export at ``path``; ``headers``: the headers named
    with ``--column``, which mark the header row as a product header does."""
    where = str(path)
    if where == "-":
        raise InputError("batch reads a file, not standard input", where=where,
                         hint="save the export as a file and give its path")
    try:
        with open(path, "rb") as fh:
            data = fh.read(_SAMPLE + 1)
    except FileNotFoundError:
        raise InputError("no such file", where=where, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a CSV file", where=where, hint="give the path of the export in it") from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror})", where=where) from None
    complete = len(data) <= _SAMPLE
    data = data[:_SAMPLE]
    _not_csv(data, where)
    if encoding is None:
        encoding = _encoding(data, complete)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", where="--encoding",
                             hint="use e.g. utf-8, utf-8-sig, cp1252, latin-1 or utf-16") from None
    try:
        text = codecs.getincrementaldecoder(encoding)(errors="strict").decode(data, final=complete)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"line {line} is not valid {encoding}", where=where,
                         hint="pass the file's encoding with --encoding (e.g. cp1252)") from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError("the file is empty", where=where, hint="export the routines with a header row") from None
    lines = list(io.StringIO(text, newline=""))  # split as the readers split: \n, \r\n or \r
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the sample may end mid-line
    if sep is not None:
        sep = _SEP_NAMES.get(sep.lower(), sep)
        if len(sep) != 1:
            raise InputError(f"delimiter {sep!r} must be one character", where="--sep",
                             hint="use comma, semicolon, tab or pipe")
    at = _header_line(lines, sep, headers)
    lines = lines[at:]
    if sep is None:
        sep = _delimiter(lines)
    header = next(csv.reader(lines[:1], delimiter=sep), [])
    return Dialect(encoding, sep, tuple(h.strip() for h in header), not complete, at)


def _header_line(lines: list[str], sep: str | None, headers: tuple[str, ...]) -> int:
    """The index of the header row: the first line naming a product column (or one of ``headers``),
    else the first line that is not blank."""
    marks = {_key(h) for h in (*ROLES["product"], *headers, *map(_without_pick, headers))}
    for at, line in enumerate(lines[:_HEADER_WITHIN]):
        for d in sep or _DELIMITERS:
            if marks.intersection(map(_key, next(csv.reader([line], delimiter=d), []))):
                return at
    return next((at for at, line in enumerate(lines) if line.strip()), 0)


def _not_csv(data: bytes, where: str) -> None:
    """An error for a workbook, a web page or a PDF exported under a .csv name."""
    found = next((what for magic, what in _NOT_CSV if data.startswith(magic)), None)
    if found is None and _MARKUP.match(data.removeprefix(codecs.BOM_UTF8)):
        found = "a web page (HTML) or an XML file"
    if found is not None:
        raise InputError(f"is {found}, not a CSV file", where=where,
                         hint="open it in Excel and save it as 'CSV UTF-8' (File > Save As), then run batch "
                              "on that file")


def _delimiter(lines: list[str]) -> str:
    sample = "".join(lines[:200])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        counts = {d: len(re.findall(re.escape(d), header)) for d in _DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def counts_per_week(header: str) -> bool:
    """Whether a frequency column's header gives the unit (``Uses per week``): a bare ``2`` is 2 a week."""
    return bool(re.search(r"week|\bwk\b", _key(header)))


def duplicate_notes(header: tuple[str, ...], columns: dict[str, int]) -> list[str]:
    """A note per role read from a header that names several columns, saying how to read another."""
    keys = [_key(h) for h in header]
    notes = []
    for role, index in sorted(columns.items(), key=lambda kv: kv[1]):
        if index < len(keys) and keys.count(keys[index]) > 1:
            same = [i for i, k in enumerate(keys) if k == keys[index]]
            other = next(n for n, i in enumerate(same, start=1) if i != index)
            numbers = [str(i + 1) for i in same]
            notes.append(f"columns {', '.join(numbers[:-1])} and {numbers[-1]} are all named {header[index]!r}: "
                         f"{role} was read from column {index + 1}; to read column {same[other - 1] + 1}, use "
                         f"--column {role}='{header[index]}#{other}'")
    return notes


def map_columns(header: tuple[str, ...], overrides: dict[str, str], where: str) -> dict[str, int]:
    """Each role -> the index of its column. ``overrides`` maps role -> header text, or ``Name#2``
    for the second column named ``Name``."""
    found: dict[str, int] = {}
    keys = [_key(h) for h in header]
    for role, wanted in overrides.items():
        if role not in ROLES:
            raise InputError(f"unknown column role {role!r}", where="--column",
                             hint=f"use one of {', '.join(ROLES)}, e.g. --column product='Product Name'")
        found[role] = _named_column(header, keys, role, wanted, where)
    for role, spellings in ROLES.items():
        if role in found:
            continue
        for spelling in spellings:  # the first spelling present wins; duplicates: the first column
            if spelling in keys and keys.index(spelling) not in found.values():
                found[role] = keys.index(spelling)
                break
    for role in REQUIRED:
        if role not in found:
            raise InputError(f"no {role} column", where=where,
                             hint=f"the columns are: {', '.join(repr(h) for h in header)}; name one with "
                                  f"--column {role}=HEADER")
    return found


def _without_pick(wanted: str) -> str:
    """``Name#2`` -> ``Name``; a header without a pick as it is."""
    nth = _NTH.fullmatch(wanted.strip())
    return nth.group(1) if nth else wanted


def _named_column(header: tuple[str, ...], keys: list[str], role: str, wanted: str, where: str) -> int:
    """The index of the column ``--column ROLE=wanted`` names: a header (as written, even one
    ending in ``#2``), or ``Name#n``, the n-th column named ``Name``."""
    if _key(wanted) in keys:
        return keys.index(_key(wanted))
    nth = _NTH.fullmatch(wanted.strip())
    same = [i for i, k in enumerate(keys) if nth and k == _key(nth.group(1))]
    if not same:
        raise InputError(f"no column {wanted!r} for {role}", where=where,
                         hint=f"the columns are: {', '.join(header)}")
    name, n = nth.group(1), int(nth.group(2))
    if not 1 <= n <= len(same):
        problem = "count from 1" if n == 0 else f"no {_ordinal(n)} column named {name!r} (there are {len(same)})"
        raise InputError(f"--column {role}={wanted!r}: {problem}", where=where,
                         hint=f"columns {', '.join(str(i + 1) for i in same)} are named {name!r}: use "
                              f"{name}#1 to {name}#{len(same)}")
    return same[n - 1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
