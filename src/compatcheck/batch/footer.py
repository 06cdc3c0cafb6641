"""A spreadsheet's total row at the foot of an export: ``Total,3``, ``Grand total;;;``,
``TOTAL: 12 products``.

Spreadsheet users count or sum the rows under the data and export that row with the
rest. It is not a routine, so it is rejected by its line (``IN009``), like any row that
cannot be read. Conservative, because a client may be called "Total" and a product
"Total Clean Cleanser": a row is a total row only when

* its label — the routine cell, or the product cell when the file has no routine
  column or the routine cell is empty (``,Total,``: the count sits under the
  product column) — is a total word (``Total``, ``Grand total``, ``Subtotal``,
  ``Sum``, ``Count``), with at most a colon and a count after it;
* its product cell (when the label is the routine cell) is empty or a count
  (``3``, ``12 products``);
* every other cell, the ingredient list included, is empty or a number.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from compatcheck.batch.read import category_texts

_COUNT = (r"\d[\d\s.,']*(?:\s*(?:products?|rows?|items?|routines?|clients?|customers?|patients?|users?"
          r"|entries|lines?))?")
_TOTAL_WORD = (r"(?:grand\s+total|sub\s*-?\s*total|total|sum|count|summe|gesamt)s?"
               r"(?:\s+(?:of\s+)?(?:products?|rows?|items?|routines?|clients?|entries|lines?))?")
#: The label of a total row: a total word, then at most a colon and a count.
LABEL = re.compile(rf"{_TOTAL_WORD}\s*:?\s*(?:{_COUNT})?", re.IGNORECASE)
#: The other cells of a total row: empty, or a count.
COUNT_OR_EMPTY = re.compile(rf"(?:{_COUNT})?", re.IGNORECASE)
_EMPTY = re.compile("")
REASON = "it looks like a spreadsheet's total row: {cells}"


def total_rows(rows: pd.DataFrame) -> np.ndarray | None:
    """Per row of a chunk (categorical columns by role, and ``line``), whether it is a total
    row; ``None`` when none is (the usual case, told from the product cells' distinct texts)."""
    candidate = labelled = _matching(rows["product"], LABEL)  # the label in the product cell
    if "routine" in rows:
        if labelled.any():  # ... only where the routine cell is empty
            labelled &= _matching(rows["routine"], _EMPTY, labelled)
        counted = _matching(rows["product"], COUNT_OR_EMPTY)  # or the label in the routine cell
        if counted.any():
            counted &= _matching(rows["routine"], LABEL, counted)
        candidate = labelled | counted
    if not candidate.any():
        return None
    for role in rows.columns:
        if role not in ("line", "product", "routine"):
            candidate &= _matching(rows[role], COUNT_OR_EMPTY, candidate)
    return candidate if candidate.any() else None


def total_row_reason(cells: list[str]) -> str:
    """The rejection's reason, quoting the row's filled cells."""
    return REASON.format(cells=", ".join(repr(c) for c in cells if c) or "empty")


def _matching(column: pd.Series, pattern: re.Pattern, among: np.ndarray | None = None) -> np.ndarray:
    """Whether each cell of a categorical column, stripped, fully matches ``pattern`` (a missing cell
    counts as empty); only the distinct cells of the rows ``among`` are tried."""
    codes = column.cat.codes.to_numpy()
    texts = category_texts(column)
    tried = range(len(texts)) if among is None else np.unique(codes[among]).tolist()
    matches = np.zeros(len(texts) + 1, dtype=bool)
    matches[-1] = bool(pattern.fullmatch(""))  # code -1: a cell the row did not have
    for code in tried:
        if code >= 0:
            matches[code] = pattern.fullmatch(texts[code].strip()) is not None
    return matches[codes]
