"""The ingredient table: ``ingredients.csv``, validated on load, indexed by name.

The shipped table is the single source of truth for ingredient facts. A clinic's
own table (same columns) overrides rows with the same ``id`` and adds new ones.
Every row is validated with pydantic; a bad row is an :class:`InputError` naming
the file, line and column. Read with the stdlib ``csv`` module: no pandas here.
"""

from __future__ import annotations

from typing import NamedTuple

import csv
import io
import marshal
import os
import sys
from functools import cached_property, lru_cache
from pathlib import Path
from zlib import crc32

from compatcheck import __version__
from compatcheck.errors import InputError
from compatcheck.model import Ingredient, Severity
from compatcheck.normalize import drop_parenthetical, normalise

#: Bump when the cached form of a validated table changes.
_CACHE_FORMAT = 5
#: The modules whose code builds a cached row (its validation, the names :func:`_keys` keeps for it and how they are
#: normalised): a stamp of their text is part of the cache's key (see :func:`_code_stamp`).
_ROW_CODE = tuple(Path(__file__).with_name(name)
                  for name in ("table.py", "_table_schema.py", "normalize.py", "model.py"))

COLUMNS = (
    "id", "inci", "aliases", "name_keywords", "class", "strength", "exfoliant", "tags", "trace_role",
    "active_min_percent", "pause_before_days", "resume_after_days", "timing_severity",
    "recommended_after", "pregnancy", "evidence", "sources", "notes",
)

#: Columns a clinic's table may leave out (they default to empty).
OPTIONAL_COLUMNS = ("name_keywords", "notes")

_PACKAGED = Path(__file__).parent / "data" / "ingredients.csv"
_CHECKOUT = Path(__file__).resolve().parents[2] / "ingredients.csv"


def default_table_path() -> Path:
    """The shipped table: inside the installed package, else the checkout's root."""
    return _PACKAGED if _PACKAGED.is_file() else _CHECKOUT


class _Located(NamedTuple):
    ingredient: Ingredient
    where: str  # "file, line N"
    keys: tuple[tuple[str, str], ...]  # (normalised name, as written)


def _keys(ing: Ingredient) -> tuple[tuple[str, str], ...]:
    """The names a list may give ``ing`` by: its INCI, that name without its brackets, its aliases. A product type's
    row (``Peel (unspecified acid)``) is read from a name only: its bare type word is no ingredient a list names."""
    out = []
    bare = () if "product_type" in ing.tags else (drop_parenthetical(ing.inci),)
    for written in (ing.inci, *bare, *ing.aliases):
        key = normalise(written)
        if key:
            out.append((key, written))
    return tuple(out)


def _claim(owner: dict[str, _Located], key: str, located: _Located, written: str, column: str) -> None:
    """Record that ``key`` names ``located``'s ingredient; a name may belong to one only."""
    previous = owner.get(key)
    if previous is not None and previous.ingredient.id != located.ingredient.id:
        raise InputError(
            f"the name {written!r} of {located.ingredient.id!r} is already a name of "
            f"{previous.ingredient.id!r} ({previous.where})",
            where=f"{located.where}, column {column}",
            hint="each name may belong to one ingredient only; remove or rename one",
        )
    owner[key] = located


class IngredientTable:
    """Ingredients by id and by every normalised name they are written under."""

    def __init__(self, rows: list[_Located], label: str):
        self.label = label
        self.by_id: dict[str, Ingredient] = {}
        self.index: dict[str, Ingredient] = {}
        #: Names that count in a product *name*: every non-base name, plus keywords.
        self.name_index: dict[str, Ingredient] = {}
        self._display: dict[str, str] = {}
        owner: dict[str, _Located] = {}  # every name in a list -> its row
        name_owner: dict[str, _Located] = {}  # every name that counts in a product name
        for located in rows:
            ing = located.ingredient
            self.by_id[ing.id] = ing
            for key, written in located.keys:
                _claim(owner, key, located, written, "aliases")
                self.index[key] = ing
                self._display.setdefault(key, written)
                if ing.cls != "base":
                    _claim(name_owner, key, located, written, "aliases")
                    self.name_index[key] = ing
            for written in ing.name_keywords:
                # A keyword counts only in names: "BHA" on a list is the antioxidant,
                # in a product name it is salicylic acid.
                key = normalise(written)
                if key:
                    _claim(name_owner, key, located, written, "name_keywords")
                    self.name_index[key] = ing
        #: What a brand word (``brand:`` tags) in a product *name* stands for, by the brand's label: one
        #: drug (``Differin``) or each drug of a combination the table knows (``Epiduo``: adapalene and
        #: benzoyl peroxide). In a list, a brand word may be the product's own name.
        brands: dict[str, list[Ingredient]] = {}
        #: Each brand word as the table writes it (``Tri-Luma``).
        self.brand_display: dict[str, str] = {}
        for ing in self.by_id.values():
            for tag in ing.tags:
                if tag.startswith("brand:") and (key := normalise(tag[6:])):
                    brands.setdefault(key, []).append(ing)
                    self.brand_display.setdefault(key, tag[6:])
        self.brand_index: dict[str, tuple[Ingredient, ...]] = {k: tuple(v) for k, v in brands.items()}
        self.max_words = max((len(k.split()) for k in (*self.name_index, *self.brand_index)), default=1)
        #: The first word of every name that counts in a product name (a quick "no").
        self.name_first_words = frozenset(k.split()[0] for k in (*self.name_index, *self.brand_index))
        #: Every name with its spaces taken out, for a name that a copy split with stray spaces
        #: (``GLYCE R IN``, ``ASCORBIC AC ID``); a spelling two rows share is left out.
        self.spaceless = _spaceless(self.index)
        #: Every normalised name, as the choices of near-miss searches.
        self.keys: tuple[str, ...] = tuple(self.index)
        #: The genera of the essential oils the table knows (``lavandula``, ``rosa``): their waters and extracts
        #: carry fragrance allergens into a list (see :func:`compatcheck.list_context.contexts`).
        self.aroma_genera = frozenset(normalise(ing.inci).split()[0] for ing in self.by_id.values()
                                      if ing.cls == "fragrance" and " oil" in normalise(ing.inci))
        #: Answers of near-miss searches by (kind, query), and the names a query of
        #: each length can reach: a batch meets the same unknown names in thousands
        #: of products (see :mod:`compatcheck.suggest`).
        self.near_miss_memo: dict[tuple, object] = {}
        #: What detection found for an item, by the names tried for it (see
        #: :func:`compatcheck.detect._resolve`): items recur across thousands of lists.
        self.item_memo: dict[tuple[str, ...], tuple] = {}

    def __len__(self) -> int:
        return len(self.by_id)

    @cached_property
    def class_words(self) -> dict[str, frozenset[str]]:
        """Per class, the words of its names that no other class's name uses (``retinyl``, ``glycolic``): an
        unrecognised list item holding one may be a form of the class the table does not know. Built on first
        use (a name's active that its list does not show), not with the table: it is a third of a table's
        building time, and most runs never ask."""
        return _class_words(self.index)

    def lookup(self, written: str) -> Ingredient | None:
        """The ingredient whose whole normalised name equals ``written``'s."""
        return self.index.get(normalise(written))

    def names(self) -> dict[str, str]:
        """Every normalised name -> how it is written in the table."""
        return dict(self._display)

    def search(self, query: str) -> list[Ingredient]:
        """Ingredients whose id, class, INCI name or alias contains ``query``.

        This is a search box for people, so substrings are fine here; detection
        never uses it.
        """
        needle = normalise(query)
        found = []
        for ing in self.by_id.values():
            haystack = [ing.id.replace("_", " "), ing.cls.replace("_", " "), ing.inci, *ing.aliases]
            if any(needle in normalise(h) for h in haystack):
                found.append(ing)
        return found


def _class_words(index: dict[str, Ingredient]) -> dict[str, frozenset[str]]:
    """Class -> the words (of four letters or more) of its rows' names that no other class's name uses. A base
    polymer's name is left out: it names its monomers (``Lactic Acid/Glycolic Acid Copolymer``), which say nothing
    of what else uses those words (``glycolic`` still marks an AHA)."""
    users: dict[str, set[str]] = {}
    for key, ing in index.items():
        if ing.cls == "base" and "polymer" in key:
            continue
        for word in key.split():
            if len(word) >= 4:
                users.setdefault(word, set()).add(ing.cls)
    out: dict[str, set[str]] = {}
    for word, classes in users.items():
        if len(classes) == 1:
            out.setdefault(next(iter(classes)), set()).add(word)
    return {cls: frozenset(words) for cls, words in out.items()}


def _spaceless(index: dict[str, Ingredient]) -> dict[str, Ingredient]:
    """``index`` keyed by each name without its spaces, less the keys two rows would share."""
    out: dict[str, Ingredient] = {}
    shared: set[str] = set()
    for key, ing in index.items():
        bare = key.replace(" ", "")
        if out.setdefault(bare, ing) is not ing:
            shared.add(bare)
    for bare in shared:
        del out[bare]
    return out


def load_table(extra: str | Path | None = None) -> IngredientTable:
    """The shipped table, overridden/extended by a clinic's own ``extra`` table."""
    rows = dict(_load_rows(str(default_table_path())))
    label = "built-in"
    if extra is not None:
        for ing_id, located in _load_rows(str(extra), shipped=False):
            rows[ing_id] = located
        label = f"built-in + {extra}"
    return IngredientTable(list(rows.values()), label)


@lru_cache(maxsize=8)
def _load_rows_cached(path: str, stamp: tuple[int, int]) -> tuple[tuple[str, _Located], ...]:
    data = Path(path).read_bytes()
    cache = _cache_file(path, data)
    if cache is not None and (rows := _read_cache(cache)) is not None:
        return rows
    rows = tuple(_parse(path, _decode(path, data)))
    if cache is not None:
        _write_cache(cache, rows)
    return rows


def _cache_file(path: str, data: bytes) -> Path | None:
    """Where the validated form of this exact table content is kept.

    Validation (pydantic) and indexing cost ~0.2 s, more than everything else
    the paste path does; a table is validated once per content, version, row code (:func:`_code_stamp`) and Python
    (the cache is :mod:`marshal` data, whose format is Python's own). ``COMPATCHECK_CACHE_DIR`` overrides the
    folder; ``off`` disables the cache.
    """
    folder = os.environ.get("COMPATCHECK_CACHE_DIR")
    if folder == "off":
        return None
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "compatcheck")
    tag = f"{path}|{__version__}|{_CACHE_FORMAT}|{_code_stamp()}|{sys.implementation.cache_tag}".encode()
    digest = f"{crc32(data):08x}{crc32(tag):08x}{len(data):x}"
    return Path(folder) / f"table-{digest}.bin"


@lru_cache(maxsize=1)
def _code_stamp() -> int:
    """A checksum of the code that builds a cached row (:data:`_ROW_CODE`), so that a cache written before that code
    changed is never read after it, even within one version; 0 where the code cannot be read (a frozen build), which
    leaves the version and :data:`_CACHE_FORMAT` to key it."""
    stamp = 0
    for module in _ROW_CODE:
        try:
            stamp = crc32(module.read_bytes(), stamp)
        except OSError:
            return 0
    return stamp


def _read_cache(cache: Path):
    try:
        records = marshal.loads(cache.read_bytes())
        return tuple((fields[0], _from_record(fields, where, keys)) for fields, where, keys in records)
    except (OSError, EOFError, ValueError, TypeError, IndexError, KeyError):
        return None  # missing or damaged: validate again


def _write_cache(cache: Path, rows) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        payload = tuple(_to_record(located) for _, located in rows)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(payload, 4))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home only costs speed


#: Where an ingredient's severity sits among its fields: a cached record holds its label.
_SEVERITY_AT = Ingredient._fields.index("timing_severity")


def _to_record(located: _Located) -> tuple:
    """A row as built-in values only, as :mod:`marshal` writes them (a third of the time :mod:`json` takes to read
    back, with no per-field rebuilding but the severity's)."""
    fields = list(located.ingredient)
    fields[_SEVERITY_AT] = fields[_SEVERITY_AT].label
    return tuple(fields), located.where, located.keys


def _from_record(fields: tuple, where: str, keys: tuple) -> _Located:
    fields = list(fields)
    fields[_SEVERITY_AT] = Severity.parse(fields[_SEVERITY_AT])
    return _Located(Ingredient._make(fields), where, keys)


def _load_rows(path: str, shipped: bool = True) -> tuple[tuple[str, _Located], ...]:
    p = Path(path)
    if not p.is_file():
        what = "the built-in ingredient table" if shipped else "ingredient table"
        raise InputError(
            f"{what} {path} does not exist",
            hint="check the path given to --ingredients" if not shipped else "reinstall compatcheck",
        )
    stat = p.stat()
    return _load_rows_cached(path, (stat.st_mtime_ns, stat.st_size))


def _decode(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            "is not UTF-8 text",
            where=f"{path}, line {line}",
            hint="save the table as CSV UTF-8",
        ) from None


def _parse(path: str, text: str) -> list[tuple[str, _Located]]:
    from compatcheck._table_schema import validate_row  # pydantic, only when loading

    name = Path(path).name
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the ingredient table is empty", where=path,
                         hint=f"its first line must be the header: {','.join(COLUMNS)}") from None
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header and c not in OPTIONAL_COLUMNS]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown column(s) {', '.join(unknown)}")
        raise InputError("; ".join(parts), where=f"{path}, line 1",
                         hint=f"the header must be: {','.join(COLUMNS)}")
    seen: dict[str, int] = {}
    out: list[tuple[str, _Located]] = []
    line_no = 1
    for record in reader:
        line_no = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise InputError(
                f"has {len(record)} fields, the header has {len(header)}",
                where=f"{path}, line {line_no}",
                hint="quote fields that contain commas",
            )
        raw = {column: "" for column in OPTIONAL_COLUMNS}
        raw.update(zip(header, record))
        where = f"{name}, line {line_no}"
        ingredient = validate_row(raw, where=f"{path}, line {line_no}")
        if ingredient.id in seen:
            raise InputError(
                f"id {ingredient.id!r} already used on line {seen[ingredient.id]}",
                where=f"{path}, line {line_no}, column id",
                hint="ids must be unique",
            )
        seen[ingredient.id] = line_no
        out.append((ingredient.id, _Located(ingredient, where, _keys(ingredient))))
    return out
