"""Near-miss suggestions for names the table does not know (rapidfuzz)."""

from __future__ import annotations

from compatcheck.normalize import normalise
from compatcheck.table import IngredientTable

#: Minimum similarity (0-100, rapidfuzz ``ratio`` on normalised names) to suggest.
SUGGEST_CUTOFF = 85.0


def suggest(written: str, table: IngredientTable, limit: int = 3) -> tuple[tuple[str, float], ...]:
    """Up to ``limit`` (name, score) pairs from the table close to ``written``."""
    from rapidfuzz import fuzz, process

    query = normalise(written)
    if len(query) < 4:
        return ()
    names = table.names()
    hits = process.extract(query, list(names), scorer=fuzz.ratio, limit=limit * 3,
                           score_cutoff=SUGGEST_CUTOFF)
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for key, score, _ in hits:
        ing = table.index[key]
        if ing.id in seen:
            continue
        seen.add(ing.id)
        out.append((ing.inci, round(float(score), 1)))
        if len(out) == limit:
            break
    return tuple(out)
