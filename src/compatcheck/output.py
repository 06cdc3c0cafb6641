"""Writing reports: to stdout, or to a file atomically (no half-written report)."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from compatcheck.errors import InputError


def write_text(text: str, path: str | None) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is None or ``-``."""
    with atomic_open(path) as fh:
        fh.write(text)


@contextmanager
def atomic_open(path: str | None) -> Iterator[IO[str]]:
    """A text file to stream a report into; it appears at ``path`` only when complete.

    ``None`` or ``-`` is stdout. If the block fails (or is interrupted), the partial
    file is removed and nothing is left at ``path``.
    """
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    import tempfile

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {folder} does not exist", where=f"--output {path}",
                         hint="create it first or choose another path")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a read-only folder, a full disk
        raise InputError(f"cannot write the report ({exc.strerror})", where=f"--output {path}",
                         hint="choose a writable path") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a report is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write the report ({exc.strerror})", where=f"--output {path}",
                         hint="choose a writable path") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
