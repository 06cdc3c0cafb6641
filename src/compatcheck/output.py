"""Writing reports: to stdout, or to a file atomically (no half-written report).

A report file is written where it will live, then put in place in one step, so a reader
sees the old report or the whole new one. On Linux it is written to an anonymous file in
the report's folder (``O_TMPFILE``), which is given a name only once complete: a process
killed outright (SIGKILL, the out-of-memory killer), where no clean-up runs, leaves nothing
behind. Elsewhere, or where the file system cannot make anonymous files, it is a hidden
temporary file beside the report (``.NAME.xxxx.tmp``), removed if the run fails or is
interrupted — but left by a process killed outright.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from compatcheck.errors import InputError

#: ``open(O_TMPFILE)`` errors that mean "not here" (the file system or the kernel cannot): the
#: named temporary file is used instead. A kernel without O_TMPFILE opens the folder: EISDIR.
_NO_ANONYMOUS_FILES = frozenset({errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL})


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
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {folder} does not exist", where=f"--output {path}",
                         hint="create it first or choose another path")
    anonymous = tmp = None
    try:
        anonymous = _anonymous_file(folder)
        if anonymous is None:
            fd, tmp = _named_file(folder, target.name)
        else:
            fd = anonymous
    except OSError as exc:  # a read-only folder, a full disk
        raise _cannot_write(exc, path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", closefd=anonymous is None) as fh:
            yield fh
        if anonymous is not None:
            _link_into_place(anonymous, folder, target)
        else:
            os.replace(tmp, target)
            tmp = None
    except OSError as exc:
        raise _cannot_write(exc, path) from None
    finally:
        if anonymous is not None:
            os.close(anonymous)  # unnamed, or linked at ``target``: nothing to remove
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)  # a partial report


def _cannot_write(exc: OSError, path: str) -> InputError:
    return InputError(f"cannot write the report ({exc.strerror})", where=f"--output {path}",
                      hint="choose a writable path")


def _anonymous_file(folder: Path) -> int | None:
    """An unnamed file in ``folder``, open for reading and writing (Linux ``O_TMPFILE``; its mode
    0o666 less the umask, as any new file), or ``None`` where there is none to be had."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        fd = os.open(folder, flag | os.O_RDWR, 0o666)
    except OSError as exc:
        if exc.errno in _NO_ANONYMOUS_FILES:
            return None
        raise
    if not os.path.exists(_proc_path(fd)):  # no /proc to give it a name by
        os.close(fd)
        return None
    return fd


def _proc_path(fd: int) -> str:
    return f"/proc/self/fd/{fd}"


def _named_file(folder: Path, name: str) -> tuple[int, str]:
    """A new hidden temporary file beside the report: its descriptor and path, its mode that of
    an ordinary file (``mkstemp`` makes it private)."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    return fd, tmp


def _link_into_place(fd: int, folder: Path, target: Path) -> None:
    """Give the complete anonymous file ``fd`` the name ``target``, replacing what is there: a
    link to a temporary name (a link cannot replace a file), then a rename; only between the
    two does the name exist. Where the link is refused, the file is copied to a named one."""
    for _ in range(100):
        tmp = folder / f".{target.name}.{os.urandom(4).hex()}.tmp"  # not secrets: 5 ms of start-up
        try:
            os.link(_proc_path(fd), tmp, follow_symlinks=True)
            break
        except FileExistsError:
            continue
        except OSError:  # a file system or a policy that refuses the link
            _copy_into_place(fd, folder, target)
            return
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name")
    try:
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _copy_into_place(fd: int, folder: Path, target: Path) -> None:
    out, tmp = _named_file(folder, target.name)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        with open(fd, "rb", closefd=False) as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
