"""A Portuguese or Spanish package insert's composition (a Brazilian *bula*, a Latin-American
*prospecto*) read as a drug-facts panel.

Such an insert states the drugs per gram and the vehicle up to one gram, with decimal commas and
often leader lines between a drug and its amount::

    Cada grama do creme contém:
    Hidroquinona__________40 mg
    Tretinoína____________0,5 mg
    Excipiente q.s.p______1 g
    (Excipientes: álcool cetoestearílico + laurilsulfato de sódio, metilparabeno, ... e água purificada).

``q.s.p.`` (*quantum satis para*; Spanish ``c.s.p.``/``cbp``) names the vehicle that makes up the
gram: what comes before it are the actives, the excipient list after it (in brackets, or after an
``Excipientes:`` label or a footnote star) is the inactive list. The result is the English panel
``Active ingredients: ... Inactive ingredients: ...`` that :mod:`compatcheck.inci` reads.
"""

from __future__ import annotations

import re

from compatcheck import lazy_re

#: ``Cada grama do creme contém:``, ``Cada g do creme dermatológico contém:``, ``Cada 100 g contienen:``,
#: after an optional heading (``COMPOSIÇÃO``, ``Composición``).
_START = lazy_re.compile(
    r"^\W*(?:compos\w*\W+)?cada\s+(?:\d+\s*)?(?:gramas?|gramos?|g|ml|mililitros?)\b(?:[^.:]|\.\d)*?"
    r"\bcont(?:[ée]m|[ée]n|iene|ienen)\b\s*:?\s*",
    re.IGNORECASE)
#: The vehicle that makes up the unit: ``Excipientes* q.s.p........1,0 g``, ``Excipiente cbp 100 g``,
#: ``Excipiente, c.s. 100 g.``
_VEHICLE = lazy_re.compile(
    r"\bexcipientes?\W*(?:q\.?\s*s\.?\s*p|c\.?\s*s\.?\s*p|c\.?\s*b\.?\s*p|q\.?\s*s|c\.?\s*s)\.?[\s.…_]*"
    r"(?:ad\s*)?\d+(?:[.,]\d+)?\s*(?:g|ml)\b\.?",
    re.IGNORECASE)
#: A leader line between a drug and its amount: ``Hidroquinona______40 mg``, ``hidroquinona.......40,0 mg``.
_LEADER = lazy_re.compile(r"[_.…]{3,}")
#: An amount in grams, which the list reader keeps only in brackets: ``Tretinoína 0.025 g``.
_GRAMS = lazy_re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?\s*g)\b")
#: The label or footnote star that opens the excipient list.
_EXCIPIENT_LABEL = lazy_re.compile(r"^\s*\(?\s*(?:\*\s*)?(?:excipientes?\s*\*?\s*:\s*)?", re.IGNORECASE)
#: Where the excipient list ends: a full stop that closes a paragraph or the text.
_LIST_END = lazy_re.compile(r"\.\s*(?:\n\s*\n|$)")
#: The conjunction or plus sign that joins the last items (``fragrância e água``, ``A + B``).
_JOINER = lazy_re.compile(r"\s+(?:e|y|\+)\s+", re.IGNORECASE)


def from_bula(text: str) -> str:
    """``text`` as a drug-facts panel when it is a bula's composition with its ``q.s.p.`` vehicle;
    otherwise unchanged."""
    start = _START.match(text)
    if start is None:
        return text
    rest = text[start.end():]
    vehicle = _VEHICLE.search(rest)
    if vehicle is None:
        return text
    actives = _GRAMS.sub(r"(\1)", _LEADER.sub(" ", rest[: vehicle.start()]))
    return f"Active ingredients: {actives} Inactive ingredients: {_excipients(rest[vehicle.end():])}"


def _excipients(text: str) -> str:
    """The excipient list after the vehicle: its label, brackets and closing full stop dropped, its
    ``e``/``y``/``+`` joiners read as commas."""
    text = _EXCIPIENT_LABEL.sub("", text.strip(), count=1)
    if end := _LIST_END.search(text):
        text = text[: end.start()]
    text = text.strip().removesuffix(")").removesuffix(").")
    return _JOINER.sub(", ", _EXCIPIENT_LABEL.sub("", text, count=1))
