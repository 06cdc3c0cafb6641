"""The table views line up names copied from Hangul, Chinese or Japanese labels (two columns a character)."""

from __future__ import annotations

import textwrap

from compatcheck.formatters import plan_table
from compatcheck.formatters.layout import grid, width, wrap

KOREAN = "이니스프리 레티놀 시카 앰플"  # 12 wide characters and 3 spaces: 27 columns


def test_width_counts_wide_characters_twice_and_combining_marks_not_at_all():
    assert width("Retinol") == 7
    assert width(KOREAN) == 27
    assert width("ヒアルロン酸Na") == 14
    assert width("Cre\u0300me") == 5  # e + combining grave accent


def test_grid_columns_line_up_after_a_hangul_name():
    text = grid([[1, KOREAN, "PM"], [2, "Plain Serum", "AM"]], ["#", "product", "slot"])
    header, rule, *rows = text.split("\n")
    column = width(header[: header.index("slot")])
    for row in rows:
        assert width(row[: row.rindex(" ") + 1]) == column  # the slot cell starts where its heading does
    assert width(rule) == width(header)


def test_wrap_keeps_wide_lines_within_the_columns_and_ascii_as_textwrap():
    text = "정제수, 글리세린, 나이아신아마이드, 소듐하이알루로네이트, 아스코빌글루코사이드(20,000ppm), 향료"
    lines = wrap(text, 22)
    assert all(width(line) <= 22 for line in lines) and len(lines) > 1
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert all(width(line) <= 10 for line in wrap("아스코빌글루코사이드아스코빌", 10))  # cut inside a long word
    plain = "Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Ascorbyl Glucoside, Parfum"
    assert wrap(plain, 22) == textwrap.wrap(plain, 22)


def test_plan_labels_keep_their_width_with_a_hangul_name():
    for name in (KOREAN, "메디힐 PDRN 모공 탄력 세럼 40ml", "Night Serum"):
        label = plan_table._label(3, name, False)
        assert width(label) == plan_table.NAME_WIDTH
    assert plan_table._label(3, KOREAN, False).rstrip().endswith("…")
