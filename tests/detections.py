"""Test helper shared by the detection tests: what a product's list is read as, by ingredient id."""

from __future__ import annotations

from compatcheck.detect import detect
from compatcheck.model import Product


def by_id(table, inci, name="P"):
    """``{ingredient id: (active, why)}`` for the list ``inci`` of a product called ``name``."""
    det = detect(Product(name, inci=inci), table)
    return {m.ingredient.id: (m.active, m.why) for m in det.matches}
