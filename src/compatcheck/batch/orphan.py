"""A helper process stops when the ``batch`` process that forked it dies.

When the main process is killed outright (SIGKILL, the out-of-memory killer), nothing of
it runs any more: its ``finally`` cannot stop the helpers, which would check their share
to the end and leave their part behind. So each helper asks, on Linux, to be sent SIGTERM
when its parent dies (``prctl(PR_SET_PDEATHSIG)``), and elsewhere (or should that fail)
looks now and then whether its parent is still the one that forked it. Either way it
stops with :class:`ParentGone`, and removes its part.
"""

from __future__ import annotations

import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class ParentGone(BaseException):
    """The process that forked this helper is gone (or asked it to stop with SIGTERM)."""


def stop_with_parent(parent: int) -> None:
    """In a forked helper: raise :class:`ParentGone` where it runs when ``parent`` (the pid of
    the process that forked it) dies or sends SIGTERM."""
    signal.signal(signal.SIGTERM, _stop)
    _ask_kernel(signal.SIGTERM)
    check_parent(parent)  # it may have died before the kernel was asked


def orphaned(parent: int) -> bool:
    """Whether this process's parent is no longer ``parent`` (an orphan is adopted by another
    process). Cheap: one system call."""
    return os.getppid() != parent


def check_parent(parent: int) -> None:
    """Raise :class:`ParentGone` when this process is :func:`orphaned`."""
    if orphaned(parent):
        raise ParentGone


def stop_quietly() -> None:
    """In a helper that has finished (its share written, or its part removed): a SIGTERM from now on ends it as
    the default action does, silently. Raised as :class:`ParentGone` outside the helper's own code, in
    multiprocessing's exit path, it would print a traceback (a main process stopped with SIGTERM terminates its
    helpers, and the kernel sends each a SIGTERM again when that process is gone)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(signum, frame):
    # one stop is enough: a second SIGTERM (the main process's terminate, then the kernel's once it is gone) must
    # not cut short the removal of the part
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise ParentGone


def _ask_kernel(signum: int) -> bool:
    """Linux: have the kernel send ``signum`` to this process when its parent dies; whether it will."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signum), 0, 0, 0) == 0
    except (OSError, AttributeError):  # no C library to load, or no prctl in it
        return False
