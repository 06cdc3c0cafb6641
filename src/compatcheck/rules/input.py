"""What could not be recognised or read: never silence, never "safe".

* ``IN001`` nothing in a product was recognised (``caution``): it was not
  checked at all, so it is not known to be safe around needling or with the
  rest of the routine.
* ``IN002`` some ingredients of a product were not recognised (``info``): they
  were not checked; near-miss suggestions are given.
* ``IN003`` a product was checked from its name only (``info``): the actives
  its name states were checked, nothing else.
* ``IN004`` an annotation on a line was not understood (``caution``): the
  product was checked as used both morning and night.
* ``IN005`` a use frequency was read (``info``): says how it was read (a range
  such as ``1-2x/week`` counts as its upper end, "every third night" as 3 a
  week). Stacking, interaction pairs and the weekly exfoliation load use it
  (see :mod:`compatcheck.frequency`); a product without one is used every day
  in its slot(s).
* ``IN007`` a use frequency was not understood (``caution``): the product is
  checked as used every day in its slot(s) — never a silent guess. In ``batch``,
  the same for a frequency cell (``IN005`` when it is read).
* ``IN008`` a product's name gives an active its list rules out (``info``): the
  list looks whole and holds none (a ``Retinol Eye Balm`` with no retinoid, an
  ``AHA`` cream whose acid is hibiscus), so the name's word is not counted and
  nothing is paused for it; the finding says so, so the user can check the pack.
  Never for a drug active (acne actives, Rx drugs, UV filters), which a shop page
  may leave out of a list that looks whole.
* ``IN009`` a row of a batch export could not be read (``caution``): an
  unclosed quote, more cells than the header, an impossible date, no product
  name, or a spreadsheet's total row (``Total,3``). The row is reported by its
  line in the routine it names and not checked; the rest of the file is.
* ``IN010`` a cell of a batch export was not understood (``caution``), e.g. a
  slot that is not AM or PM: the product was checked as used morning and night.
  A profile cell (skin type, PIH-prone, pregnant, breastfeeding) that cannot be
  read is not used — the routine gets the command's option, if any, else
  nothing — and is reported once per routine and cell text, at its first line;
  the row is still checked. When a routine's rows disagree (skin type II on one
  row, IV on another; yes and no), it is checked with the more cautious value
  (the higher type; yes) and ``IN010`` says so.
"""

from __future__ import annotations

from typing import Iterator

from compatcheck.model import Detected, Finding, Severity
from compatcheck.rules import Context, Rule, listing, names

#: Each product's findings depend on that product alone (notes are passed separately).
SCOPE = "product"
READS = ()  # a product's notes read that product only (parse notes are passed apart)

RULES = (
    Rule("IN001", "nothing-recognised", "input", "caution",
         "Nothing in a product was recognised, so it could not be checked.", "—", ()),
    Rule("IN002", "some-unrecognised", "input", "info",
         "Some ingredients of a product were not recognised and were not checked.", "—", ()),
    Rule("IN003", "name-only", "input", "info",
         "A product was checked from its name only.", "—", ()),
    Rule("IN004", "annotation-not-understood", "input", "caution",
         "An annotation in [brackets] was not understood.", "—", ()),
    Rule("IN005", "frequency-read", "input", "info",
         "A use frequency was read; says how (stacking and load rules use it).", "—", ()),
    Rule("IN008", "name-claim-not-listed", "input", "info",
         "A product's name gives an active that its whole list does not hold; the name's word was not counted.",
         "—", ()),
    Rule("IN009", "row-not-read", "input", "caution",
         "A row of a batch export could not be read; it was reported, not checked.", "—", ()),
    Rule("IN010", "cell-not-understood", "input", "caution",
         "A cell of a batch export (e.g. its slot or skin type) was not understood, or a routine's "
         "rows disagree on its profile.", "—", ()),
    Rule("IN006", "read-as-probable", "input", "info",
         "A misspelt ingredient name was read as the known ingredient it is closest to.", "—", ()),
    Rule("IN007", "frequency-not-understood", "input", "caution",
         "A use frequency was not understood; the product was checked as used every day.", "—", ()),
)


#: Per code of a parsing note: the finding's severity, its message (from the note's ``line``
#: and ``message``) and its advice unless the note brings its own (``ParseNote.advice``).
_NOTES = {
    "IN004": (Severity.CAUTION, "Line {line}: {message}.",
              "Use [AM], [PM] or [AM, PM], optionally with how often, e.g. [PM, 2x/week]; "
              "the product was checked as used morning and night."),
    "IN009": (Severity.CAUTION, "Line {line}: the row was not read ({message}), so it was not checked.",
              "Fix the row in the export (or in a copy) and run the batch again; "
              "the product is not known to be safe."),
    "IN010": (Severity.CAUTION, "Line {line}: {message}.",
              "Use AM, PM or AM/PM; the product was checked as used morning and night."),
    "IN005": (Severity.INFO, "Line {line}: {message}.",
              "Stacking and the weekly exfoliation load use it; products without a frequency "
              "count as used every day in their slot(s)."),
    "IN007": (Severity.CAUTION, "Line {line}: {message}; the product was checked as used every day in its slot(s).",
              "Write how often as daily, nightly, every other night, 2x/week, 3 times a week, "
              "weekly or weekdays such as Mon/Wed/Fri."),
}


def check(ctx: Context) -> Iterator[Finding]:
    for product in ctx.products:
        yield from _product(product)
    for note in ctx.notes:
        if note.code not in _NOTES:
            continue
        severity, message, advice = _NOTES[note.code]
        yield Finding(
            code=note.code, kind="input", severity=severity, products=(note.product,) if note.product else (),
            ingredients=(), message=message.format(line=note.line, message=note.message),
            advice=note.advice or advice, evidence="—", sources=(),
        )


def _product(product: Detected) -> Iterator[Finding]:
    if not product.matches:
        if product.from_name_only:
            message = f"{product.name}: no ingredient recognised in its name, so it was not checked."
            advice = "Paste its ingredient list (INCI) from the pack or the retailer's page: 'Name: Aqua, ...'."
        else:
            message = (f"{product.name}: none of its {len(product.unrecognized)} listed ingredients "
                       f"was recognised, so it was not checked.")
            advice = " ".join(filter(None, ("Check the list's spelling and separators (commas).", _suggestions(product))))
        yield Finding(code="IN001", kind="input", severity=Severity.CAUTION, products=(product.name,),
                      ingredients=(), message=message + " It is not known to be safe.", advice=advice,
                      evidence="—", sources=())
        return
    if product.from_name_only:
        yield Finding(
            code="IN003", kind="input", severity=Severity.INFO, products=(product.name,),
            ingredients=names(product.matches),
            message=(f"{product.name} was checked from its name only "
                     f"({listing(names(product.matches))}); its other ingredients are unknown."),
            advice="Paste its ingredient list (INCI) for a full check.", evidence="—", sources=(),
        )
    fuzzy = [m for m in product.matches if m.via == "fuzzy"]
    if fuzzy:
        read = [_read_as(m) for m in fuzzy]
        yield Finding(
            code="IN006", kind="input", severity=Severity.INFO, products=(product.name,),
            ingredients=tuple(m.ingredient.inci for m in fuzzy),
            message=f"{product.name}: read {listing(read)}; findings that use them say so (inferred).",
            advice="Check the spelling on the label; flagging a probable active beats missing it.",
            evidence="—", sources=(), inferred=True,
        )
    ruled_out = [m for m in product.matches if m.ruled_out]
    if ruled_out:
        said = listing([repr(m.written) for m in ruled_out])
        classes = listing(sorted({_held_none_of(m) for m in ruled_out}))
        yield Finding(
            code="IN008", kind="input", severity=Severity.INFO, products=(product.name,),
            ingredients=tuple(m.ingredient.inci for m in ruled_out),
            message=(f"{product.name}: its name says {said}, but its ingredient list, which looks whole, holds no "
                     f"{classes}; the name's word was taken as marketing and nothing was paused for it."),
            advice="If the pack lists such an ingredient, add it to the product's list and check again.",
            evidence="—", sources=(),
        )
    if product.unrecognized:
        unknown = [u.written for u in product.unrecognized]
        yield Finding(
            code="IN002", kind="input", severity=Severity.INFO, products=(product.name,), ingredients=(),
            message=(f"{product.name}: {len(unknown)} ingredient{'s' * (len(unknown) != 1)} not "
                     f"recognised and not checked: {listing(unknown)}."),
            advice=_suggestions(product) or "If one of them is an active, tell us or add it with --ingredients.",
            evidence="—", sources=(),
        )


def _held_none_of(match) -> str:
    """What a whole list holds none of, for IN008: the class (``retinoid``), or the row where its class says
    nothing (``Exosomes``, of class ``other``)."""
    return match.ingredient.inci if match.ingredient.cls == "other" else match.ingredient.cls.replace("_", " ")


def _suggestions(product: Detected) -> str:
    parts = [f"{u.written!r} may be {' or '.join(name for name, _ in u.suggestions)}"
             for u in product.unrecognized if u.suggestions]
    return ("Near misses: " + "; ".join(parts) + ".") if parts else ""


def _read_as(match) -> str:
    """``'Retinoll' as Retinol (93.3% similar)``; ``'Retinol AGP' as Retinol (named in it)``
    when the item holds the name whole beside words that are not in the table."""
    written, score = match.written.rsplit(" (~", 1)
    score = score.rstrip(")")
    how = "named in it" if score == "100" else f"{score}% similar"
    return f"{written!r} as {match.ingredient.inci} ({how})"
