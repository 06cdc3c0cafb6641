"""Text shown as text: the control characters a report must not pass on, replaced.

A product name, a routine id or an ingredient list may hold control characters: a NUL from a
database, an escape sequence pasted from a terminal. Written raw, a NUL cuts a csv line short
in many readers, and an escape sequence reaches the terminal of whoever reads a markdown or
table report (or ``cat``\\s a csv one), where it can clear the screen, move the cursor, retitle
the window or hide text. Each such character is written as :data:`REPLACEMENT` instead.
"""

from __future__ import annotations

import re

from compatcheck import lazy_re

#: What a control character is written as.
REPLACEMENT = "\ufffd"
#: In a csv cell: C0 controls but tab and line breaks (the csv writer quotes those).
CSV_CONTROL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f"
#: In a markdown or table view, read on a terminal: C0 controls but tab and newline (a carriage
#: return overwrites the line), DEL, and the C1 controls (``\x9b`` starts a sequence as ESC ``[``
#: does on terminals that read C1 controls).
TERMINAL_CONTROL_CHARACTERS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
CSV_CONTROLS = lazy_re.compile(f"[{CSV_CONTROL_CHARACTERS}]")
TERMINAL_CONTROLS = lazy_re.compile(f"[{TERMINAL_CONTROL_CHARACTERS}]")


def printable(text: str, controls: re.Pattern = TERMINAL_CONTROLS) -> str:
    """``text`` with each of ``controls`` (by default those a terminal acts on) replaced.
    ``isprintable`` first: true of almost every line (it is false for any control character),
    and much faster than the regular expression's search."""
    if text.isprintable() or not controls.search(text):
        return text
    return controls.sub(REPLACEMENT, text)
