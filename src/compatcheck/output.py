"""Writing reports: to stdout, or to a file atomically (no half-written report)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from compatcheck.errors import InputError


def write_text(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    if path in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    import tempfile  # only when writing a file: it costs start-up time

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {folder} does not exist", where=f"--output {path}",
                         hint="create it first or choose another path")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write the report ({exc.strerror})", where=f"--output {path}",
                         hint="choose a writable path") from None
