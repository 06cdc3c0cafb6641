"""A plain-text column layout for the ``check`` table view.

tabulate would do, but importing it costs ~15 ms (it reads its own version
through importlib.metadata), a third of the paste path's start-up budget. This
renders what the table view needs and nothing more: left-aligned columns,
cells that already hold line breaks, a dashed rule under the header.
"""

from __future__ import annotations


def grid(rows: list[list[object]], headers: list[str], gap: int = 2) -> str:
    """Rows of cells (each may span lines) under ``headers``, columns padded to fit."""
    cells = [[str(c).split("\n") for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, lines in enumerate(row):
            widths[i] = max(widths[i], *(len(line) for line in lines))
    pad = " " * gap
    out = [pad.join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
           pad.join("-" * w for w in widths)]
    for row in cells:
        height = max(len(lines) for lines in row)
        for k in range(height):
            out.append(pad.join((lines[k] if k < len(lines) else "").ljust(w)
                                for lines, w in zip(row, widths)).rstrip())
    return "\n".join(out)
