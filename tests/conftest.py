"""Shared fixtures: the shipped ingredient table, loaded once."""

from __future__ import annotations

import pytest

from compatcheck.table import load_table


@pytest.fixture(scope="session")
def table():
    return load_table()
