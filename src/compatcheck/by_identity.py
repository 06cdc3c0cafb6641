"""Values worked out once per object and kept by the object's identity."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class ByIdentity(Generic[K, V]):
    """``make(obj)``, worked out once per object and kept by its identity: hashing a tuple of
    matches, a finding or an answer costs more than reading it, and ``batch`` meets the same
    objects in thousands of routines. The object is kept beside its value, so an id reused after
    the object is gone never answers for another. Past ``limit`` values (``None``: no limit) all
    are forgotten and made again as they are asked for."""

    def __init__(self, make: Callable[[K], V], limit: int | None = None):
        self.make, self.limit = make, limit
        self._kept: dict[int, tuple[K, V]] = {}

    def __call__(self, obj: K) -> V:
        found = self._kept.get(id(obj))
        if found is None or found[0] is not obj:
            if self.limit is not None and len(self._kept) >= self.limit:
                self._kept.clear()
            found = self._kept[id(obj)] = (obj, self.make(obj))
        return found[1]

    def __len__(self) -> int:
        return len(self._kept)

    def clear(self) -> None:
        self._kept.clear()
