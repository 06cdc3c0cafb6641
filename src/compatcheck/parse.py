"""Reading a pasted routine: one product per line, in the forms of DESIGN.md.

::

    Night Renewal Serum: Aqua, Squalane, Retinol, Tocopherol      # name: INCI list
    The Ordinary Glycolic Acid 7% Toning Solution [AM]            # name only, with a slot
    Midnight Recovery Serum                                       # name on one line ...
    Ingredients: Aqua, Glycerin, Retinal, Squalane                # ... its list on the next
    [PM] 2% BHA Liquid Exfoliant - Water, Salicylic Acid, ...     # slot first, " - " separator

Annotations go in square brackets at the start or end of a line: a slot (``AM``,
``PM``, or both, the default) and how often (``[PM, 2x/week]``; the forms are in
:mod:`compatcheck.frequency`). A frequency that names the night (``nightly``,
``every other night``) or the morning puts a product without a slot in that slot.
Lines starting with ``#`` and blank lines are ignored. A line holding only an INCI
list is a product named after its position, unless it follows a product's name on the
line before. A heading alone on its line (``Ingredients:``, ``Drug Facts``) takes the
lines below it up to a blank line; a slot heading (``Morning``, ``PM routine``) sets
the slot of the products below it; a free-from claim is a note, not a product. Nothing is guessed silently: an
annotation we cannot read becomes a :class:`ParseNote`, which the ``input`` rule
reports (``IN004``; ``IN007`` for a frequency we cannot read, the product then
counting as used every day), and every frequency read says how (``IN005``).
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from compatcheck import lazy_re
from compatcheck.errors import InputError
from compatcheck.frequency import combine, looks_like_frequency, parse_frequency
from compatcheck.inci import FREE_FROM_CLAIM, is_placeholder, split_inci, starts_with_list_label
from compatcheck.model import SLOTS, Product

_COMMENT = lazy_re.compile(r"(?:^|\s+)#(?:\s.*)?$")
_LEADING_NOTE = lazy_re.compile(r"^\[([^\[\]]*)\]\s*")
_TRAILING_NOTE = lazy_re.compile(r"\s*\[([^\[\]]*)\]$")
_NAME_LIST_SEPARATORS = (
    lazy_re.compile(r"^(?P<name>[^:]+?)\s*:\s+(?P<list>.+)$"),
    lazy_re.compile(r"^(?P<name>.+?)\s+[-–—]\s+(?P<list>.+)$"),
    lazy_re.compile(r"^(?P<name>[^\t]+?)\t+(?P<list>.+)$"),
)

_SLOT_WORDS = {
    "am": {"AM"}, "morning": {"AM"}, "a.m.": {"AM"}, "day": {"AM"},
    "pm": {"PM"}, "evening": {"PM"}, "night": {"PM"}, "nighttime": {"PM"}, "p.m.": {"PM"},
    "bedtime": {"PM"},
    "both": {"AM", "PM"}, "am/pm": {"AM", "PM"}, "am+pm": {"AM", "PM"}, "am & pm": {"AM", "PM"},
    "am and pm": {"AM", "PM"}, "twice daily": {"AM", "PM"}, "morning and night": {"AM", "PM"},
}
class ParseNote(NamedTuple):
    """Something on a line we could not use as written; reported, never dropped."""

    line: int
    product: str | None
    text: str
    message: str
    code: str  # the input rule code that reports it
    advice: str = ""  # what to do, when the rule's usual advice does not fit (batch cells)


def read_text_file(path: str) -> str:
    """Read a pasted routine from ``path``: UTF-8 (with or without BOM) or UTF-16 with BOM."""
    from pathlib import Path

    p = Path(path)
    if not p.exists():
        raise InputError(f"file {path} does not exist", hint="check the path, or pipe the routine on stdin with '-'")
    if p.is_dir():
        raise InputError(f"{path} is a folder, not a file", hint="give the routine's text file")
    return decode(p.read_bytes(), path)


def decode(data: bytes, source: str) -> str:
    """Bytes -> text, or an :class:`InputError` naming the line of the first bad byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("is not valid UTF-16 text", where=source,
                             hint="save it as UTF-8 text") from None
    if b"\x00" in data:
        raise InputError("looks like a binary file, not text", where=source,
                         hint="give a plain-text routine, one product per line")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02X} on line {line})",
            where=source,
            hint="save it as UTF-8 (e.g. 'iconv -f cp1252 -t utf-8 FILE > FILE.utf8')",
        ) from None


def parse_routine(
    text: str, source: str = "<stdin>", is_known: Callable[[str], bool] | None = None
) -> tuple[list[Product], list[ParseNote]]:
    """Parse a pasted routine into products and notes; see the module docstring.

    ``is_known(name)`` tells whether a name is in the ingredient table; it helps
    tell a short INCI list from a product name. Raises :class:`InputError` when
    nothing in the text is a product.
    """
    known = is_known or (lambda _name: False)
    products: list[_Draft] = []
    notes: list[ParseNote] = []
    claims: list[tuple[int, _Draft]] = []  # notes on a claim line, and the product above it
    block: _Draft | None = None  # a product whose list runs on below a heading on a line of its own
    header: frozenset[str] | None = None  # the slot a "Morning" / "PM routine" line gives the lines below
    blank = True  # whether the line before was blank (or there was none)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        line = _COMMENT.sub("", line).strip()
        if not line:
            blank, block = True, None
            continue
        after_blank, blank = blank, False
        if (slot := _slot_header(line)) is not None:
            header, block = slot, None
            continue
        previous = products[-1] if products else None
        if _FREE_FROM.match(line):
            # "Free from: retinol, parabens": what the product above is said to be free of, not a product
            notes.append(ParseNote(number, None, line, f"{line!r} read as a claim of what the product is free "
                                   "from, not as a product; its names were not checked", "IN004",
                                   advice="Nothing to do if it is the label's claim; give a product's own "
                                          "ingredients after its name."))
            if previous is not None:
                claims.append((len(notes) - 1, previous))
            continue
        slots, frequency, line = _annotations(line, number, notes, known)
        if not line:
            notes.append(ParseNote(number, None, raw.strip(), "an annotation with no product", "IN004"))
            continue
        annotated = slots is not None or frequency is not None
        if block is not None and not annotated and not _names_a_new_list(line, known):
            block.inci += "\n" + line  # a list, or a drug-facts panel, one name or field per line
            continue
        block = None
        if _BLOCK_HEADING.match(line) and previous is not None and previous.inci is None and not after_blank:
            previous.inci, block = line, previous  # "Ingredients:" alone on its line, the list below it
            continue
        if starts_with_list_label(line) and previous is not None and previous.inci is None:
            previous.inci = line
            previous.slots = slots or previous.slots
            previous.frequency = frequency or previous.frequency
            continue
        if previous is not None and previous.inci and previous.inci.rstrip().endswith(","):
            previous.inci += " " + line  # a list wrapped over several lines
            continue
        if previous is not None and previous.inci and not after_blank and not annotated \
                and _name_cut_by_line(previous.inci, line, known):
            previous.inci += " " + line  # "... Glycerin, Salicylic" / "Acid, Niacinamide": a name cut by the wrap
            continue
        name, inci = _name_and_list(line, known)
        if inci is None and name is not None and ":" in name:
            head, _, rest = name.partition(":")
            if rest.strip() and (slot := _slot_header(head)) is not None:
                name, inci = head, rest  # "PM: Epiduo Forte gel": one product, used in that slot
        if name is None and previous is not None and previous.inci is None and not previous.annotated \
                and not annotated and not after_blank:
            previous.inci = inci  # a product's name, and its list on the next line
            continue
        if name is not None and inci is not None and (slot := _slot_header(name)) is not None \
                and not _mostly_known(inci, known):
            # "PM: Retin-A cream, Epiduo Forte": a slot and the products used in it
            for product_name in _names_in(inci):
                products.append(_Draft(product_name, None, slots or slot, frequency, number, annotated=True))
            continue
        draft = _Draft(name, inci, slots or header, frequency, number, annotated)
        products.append(draft)
        if _BLOCK_HEADING.match(line):
            block = draft
    if not products:
        raise InputError(
            "no products found",
            where=source,
            hint="give one product per line, e.g. 'Night Serum: Aqua, Glycerin, Retinol' or just a product name",
        )
    finished = _finish(products, notes)
    for index, owner in claims:
        notes[index] = notes[index]._replace(product=finished[products.index(owner)].name)
    return finished, notes


#: A heading alone on its line, whose list or drug-facts fields follow on the lines below it.
_BLOCK_HEADING = lazy_re.compile(
    r"(?:drug\s+facts|(?:in)?active\s+ingredients?|(?:full\s+|other\s+)?ingredients?(?:\s+list)?|"
    r"inci|composition)\s*:?\s*$", re.IGNORECASE)
#: A claim of what a product is free from, on a line of its own.
_FREE_FROM = lazy_re.compile(rf"(?:{FREE_FROM_CLAIM}|contains\s+no)\b", re.IGNORECASE)


def _slot_header(text: str) -> frozenset[str] | None:
    """The slot a heading line names (``Morning``, ``Evening:``, ``PM routine``), or None."""
    low = " ".join(text.lower().rstrip(":").split())
    low = low.removesuffix(" routine").removesuffix(" skincare").strip()
    return frozenset(_SLOT_WORDS[low]) if low in _SLOT_WORDS else None


def _name_cut_by_line(inci: str, line: str, known: Callable[[str], bool]) -> bool:
    """Whether a list's last name and ``line``'s first one are one known name that a line break cut
    (``Salicylic`` / ``Acid``), neither half known alone."""
    last = re.split(r"[,;]", inci)[-1].strip()
    first = re.split(r"[,;]", line, maxsplit=1)[0].strip()
    return bool(last and first) and not known(last) and not known(first) and known(f"{last} {first}")


def _names_a_new_list(line: str, known: Callable[[str], bool]) -> bool:
    """Whether ``line`` is a product of its own (``Night Serum: Aqua, Retinol``), ending a block;
    not a drug-facts field (``Purpose: Acne treatment``) nor the panel's next heading."""
    if starts_with_list_label(line) or _BLOCK_HEADING.match(line):
        return False
    name, inci = _name_and_list(line, known)
    return name is not None and inci is not None


def _mostly_known(text: str, known: Callable[[str], bool]) -> bool:
    items = split_inci(text)
    return sum(_known_item(item, known) for item in items) * 2 >= len(items)


def _known_item(item, known: Callable[[str], bool]) -> bool:
    """Whether the table knows ``item`` by any of the names it may be read as."""
    return any(known(c) for c in item.candidates)


def _names_in(text: str) -> list[str]:
    """Product names separated by commas or semicolons, never inside brackets."""
    names, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch in ",;" and depth <= 0:
            names.append(text[start:i])
            start = i + 1
    names.append(text[start:])
    return [n.strip() for n in names if n.strip()]


class _Draft:
    """A product while its lines are still being read (mutable)."""

    __slots__ = ("name", "inci", "slots", "frequency", "line", "annotated")

    def __init__(self, name, inci, slots, frequency, line, annotated=False):
        self.name, self.inci, self.slots, self.frequency, self.line = name, inci, slots, frequency, line
        self.annotated = annotated  # the line carried a slot or frequency of its own


def _finish(drafts: list[_Draft], notes: list[ParseNote]) -> list[Product]:
    out: list[Product] = []
    used: dict[str, int] = {}
    for position, d in enumerate(drafts, start=1):
        name = d.name or f"Product {position}"
        used[name] = used.get(name, 0) + 1
        if used[name] > 1:
            name = f"{name} (#{used[name]})"
        out.append(Product(name=name, slots=d.slots or frozenset({"AM", "PM"}), inci=d.inci,
                           line=d.line, frequency=d.frequency))
        read = parse_frequency(d.frequency)
        if read is not None:
            notes.append(ParseNote(d.line, name, d.frequency,
                                   f"use frequency {d.frequency!r} read as {read.describe()}", "IN005"))
    for i, note in enumerate(notes):
        if note.product is None:
            owner = next((p.name for p in out if p.line == note.line), None)
            notes[i] = note._replace(product=owner)
    return out


#: A shop page's link to the rest of a list it cut short (``[Read more]``): detection must see it.
_PAGE_CUT = lazy_re.compile(r"(?:show|read|see|view)\s+(?:more|all)", re.IGNORECASE)


def _annotations(line: str, number: int, notes: list[ParseNote], known: Callable[[str], bool]):
    slots: set[str] = set()
    frequencies = []
    all_readings: list = []
    for pattern, must_be_known in ((_LEADING_NOTE, False), (_TRAILING_NOTE, True)):
        m = pattern.search(line)
        if not m:
            continue
        tokens = [t.strip() for t in re.split(r"[,;]", m.group(1)) if t.strip()]
        readings = [_read_token(t) for t in tokens]
        all_readings.extend(readings)
        if must_be_known and not any(r is not None for r in readings) and (
            any(known(t) for t in tokens) or not line[: m.start()].strip() or _PAGE_CUT.fullmatch(m.group(1).strip())
        ):
            continue  # "CI 77491 [Iron Oxides]": part of the list; "[Read more]": the page cut the list short
        line = (line[: m.start()] + line[m.end() :]).strip()
        for token, reading in zip(tokens, readings):
            if reading is None:
                notes.append(ParseNote(number, None, token,
                                       f"annotation [{token}] not understood", "IN004"))
            elif reading[0] == "slot":
                slots |= reading[1]
            elif reading[0] == "frequency":
                frequencies.append(reading[1])
            else:
                notes.append(ParseNote(number, None, token,
                                       f"use frequency [{token}] not understood", "IN007"))
    found = combine(frequencies)
    if found is not None and not slots:
        slots = slot_of_frequency(found.text)
    if found is None and any(r is not None and r[0] == "bad_frequency" for r in all_readings):
        text = next(r[1] for r in all_readings if r is not None and r[0] == "bad_frequency")
    else:
        text = None if found is None else found.text
    return (frozenset(slots) if slots else None), text, line


def slot_of_frequency(text: str) -> set[str]:
    """``nightly``/``every other night`` -> PM; ``every morning`` -> AM; else no slot.

    The slot a product without one is put in (here and for ``batch``'s frequency cells).
    """
    low = text.lower()
    night = any(w in low for w in ("night", "evening", "bedtime"))
    morning = "morning" in low
    if night != morning:
        return {"PM"} if night else {"AM"}
    return set()


def read_slot(cell: str) -> frozenset[str] | None:
    """A slot cell of an export (``AM``, ``pm``, ``AM/PM``, ``Morning & Night``, empty = both).

    ``None`` when it cannot be read.
    """
    low = " ".join((cell or "").lower().split())
    if not low:
        return frozenset(SLOTS)
    if low in _SLOT_WORDS:
        return frozenset(_SLOT_WORDS[low])
    parts = [p.strip() for p in re.split(r"[,;/+&]|\band\b", low) if p.strip()]
    if parts and all(p in _SLOT_WORDS for p in parts):
        return frozenset().union(*(_SLOT_WORDS[p] for p in parts))
    return None


def _read_token(token: str):
    low = " ".join(token.lower().split())
    if low in _SLOT_WORDS:
        return ("slot", _SLOT_WORDS[low])
    read = parse_frequency(token.strip())
    if read is not None:
        return ("frequency", read)
    if looks_like_frequency(low):
        return ("bad_frequency", token.strip())
    return None


def _name_and_list(line: str, known: Callable[[str], bool]) -> tuple[str | None, str | None]:
    if starts_with_list_label(line):
        return None, line
    for pattern in _NAME_LIST_SEPARATORS:
        m = pattern.match(line)
        if m and is_placeholder(m.group("list")):
            return m.group("name").strip(), ""  # "Vit C Serum: N/A": a name, and no list
        if m and _looks_like_list(m.group("list"), known, minimum=2):
            return m.group("name").strip(), m.group("list").strip()
    if _looks_like_list(line, known, minimum=3):
        return None, line
    return line, None


def _looks_like_list(text: str, known: Callable[[str], bool], minimum: int) -> bool:
    items = split_inci(text)
    if len(items) >= minimum:
        return True
    return bool(items) and all(_known_item(item, known) for item in items) and (
        len(items) >= 2 or minimum == 2
    )
