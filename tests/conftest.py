"""Shared fixtures: the shipped ingredient table, loaded once; a small export to stop a batch in."""

from __future__ import annotations

import pytest

from compatcheck.table import load_table


@pytest.fixture(scope="session")
def table():
    return load_table()


@pytest.fixture
def small_export(tmp_path):
    """A 60-routine export in ``in/`` and an empty ``out/`` folder for its report: a batch run that is
    stopped midway must leave ``out/`` empty."""
    export = tmp_path / "in" / "export.csv"
    export.parent.mkdir()
    export.write_text("routine,product,ingredients\n" + "".join(f"R{i},P{i},\"Aqua, Retinol\"\n" for i in range(60)))
    out = tmp_path / "out"
    out.mkdir()
    return export, out
