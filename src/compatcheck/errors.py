"""The project's own error for input it cannot read.

Every problem with what a user gave us (a paste, a file, a date, an ingredient
table) is raised as :class:`InputError`. The command line turns it into a
one-line ``Error: ...`` and exit code 2; nothing else should escape to the user.
"""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be read; the message says where and what to do.

    ``where`` names the file, line or column (e.g. ``"routine.txt, line 3"``);
    ``hint`` says what to do about it.
    """

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The error as one line: ``where: message. hint``."""
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text = text.rstrip(".") + ". " + self.hint
        return " ".join(text.split())
