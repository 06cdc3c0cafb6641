"""The source index (``sources.csv``): ids like ``C1`` or ``P12`` -> title and address."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

_PACKAGED = Path(__file__).parent / "data" / "sources.csv"
_CHECKOUT = Path(__file__).resolve().parents[2] / "sources.csv"


@lru_cache(maxsize=1)
def source_index() -> dict[str, tuple[str, str]]:
    """id -> (title, url); empty when the index is missing (never fatal)."""
    path = _PACKAGED if _PACKAGED.is_file() else _CHECKOUT
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["id"]: (row["title"], row["url"]) for row in csv.DictReader(fh)}
