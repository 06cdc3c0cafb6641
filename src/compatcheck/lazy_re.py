"""Regular expressions compiled on first use, not at import.

The detector's modules define some 170 patterns at module level; compiling them all took about 40 ms of every
``compatcheck check`` (the start-up goal is <= 3x ``import click``), while a paste meets a quarter of them.
:func:`compile` is :func:`re.compile` with the compiling put off: it returns a :class:`LazyPattern`, whose
``pattern`` and ``flags`` are there at once (a pattern built from another's text reads them), and whose methods
(``search``, ``sub``, ``finditer``...) and other attributes come from the compiled pattern, compiled the first time
any of them is asked for. From then on they are kept on the instance, so a call costs what the compiled pattern's
does: no wrapper runs in the hot path.

Not for a pattern handed to a library that checks for :class:`re.Pattern` (pandas' ``str`` methods): the batch
modules keep :func:`re.compile`.
"""

from __future__ import annotations

import re
from typing import Any

#: What a compiled pattern offers, copied to the instance once it is compiled.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "groupindex", "groups")


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (see the module's text)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance does not hold yet: compile, keep the compiled pattern's attributes
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for attr in _FORWARDED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self.flags})"


def compile(pattern: str | LazyPattern, flags: int = 0) -> LazyPattern:  # noqa: A001 - re.compile's name
    """:func:`re.compile`, compiled when first used."""
    if isinstance(pattern, LazyPattern):
        return LazyPattern(pattern.pattern, pattern.flags | flags)
    return LazyPattern(pattern, flags)
