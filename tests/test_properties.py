"""Property tests: arbitrary text never raises anything but our own InputError."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from compatcheck.api import check_text
from compatcheck.dates import parse_date
from compatcheck.errors import InputError
from compatcheck.inci import split_inci
from compatcheck.parse import parse_routine

LABELISH = st.text(alphabet=st.sampled_from(list("abcAZ019 ,;:/-()[]%.#*&+\n\tαé·•|")), max_size=200)
ANY_TEXT = st.one_of(st.text(max_size=300), LABELISH)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_parse_routine_raises_only_input_error(text):
    try:
        products, _ = parse_routine(text)
    except InputError:
        return
    assert products and all(p.name for p in products)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_split_inci_never_raises(text):
    for item in split_inci(text):
        assert item.written and item.candidates


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_whole_check_raises_only_input_error(text, ):
    try:
        check_text(text, needling_dates=["2026-12-10"], on="2026-12-05")
    except InputError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_date_raises_only_input_error(text):
    try:
        parse_date(text)
    except InputError:
        pass
