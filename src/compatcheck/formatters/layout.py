"""A plain-text column layout for the ``check`` table view.

tabulate would do, but importing it costs ~15 ms (it reads its own version
through importlib.metadata), a third of the paste path's start-up budget. This
renders what the table view needs and nothing more: left-aligned columns,
cells that already hold line breaks, a dashed rule under the header. Widths are
what a terminal shows: a Hangul, Chinese or Japanese character takes two
columns, so product names copied from such labels line up too.
"""

from __future__ import annotations

import textwrap
import unicodedata


def width(text: str) -> int:
    """The columns a terminal gives ``text``: wide East Asian characters two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` terminal columns, broken at spaces where it can
    (as :func:`textwrap.wrap`), inside a word only when the word alone is too wide."""
    if text.isascii():
        return textwrap.wrap(text, columns)
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and width(line) + 1 + width(word) <= columns:
            line += " " + word
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word wider than a line (a Hangul list without spaces) is cut where it must be
            if line and width(line) + width(ch) > columns:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    return lines


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def grid(rows: list[list[object]], headers: list[str], gap: int = 2) -> str:
    """Rows of cells (each may span lines) under ``headers``, columns padded to fit."""
    cells = [[str(c).split("\n") for c in row] for row in rows]
    widths = [width(h) for h in headers]
    for row in cells:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], *(width(line) for line in lines))
    pad = " " * gap
    out = [pad.join(_pad(h, w) for h, w in zip(headers, widths)).rstrip(),
           pad.join("-" * w for w in widths)]
    for row in cells:
        height = max(len(lines) for lines in row)
        for k in range(height):
            out.append(pad.join(_pad(lines[k] if k < len(lines) else "", w)
                                for lines, w in zip(row, widths)).rstrip())
    return "\n".join(out)
