"""The rules of ``check``, run so that answers are reused across routines.

A clinic's or an app's export repeats the same products, and the same few
combinations of actives, across thousands of routines. :class:`RoutineChecker`
runs exactly the rule modules of :func:`compatcheck.rules.run_all`, but asks each
module only what it has not answered before, using the module's ``SCOPE`` (see
:mod:`compatcheck.rules`):

* ``product`` modules (timing, input) run once per distinct product and setting;
  one that defines ``signature`` (timing) runs once per distinct signature and
  setting instead, the product renamed to a placeholder as for pairs;
* ``pair`` modules (interaction) run once per distinct pair of signatures and the
  slots the two products share (the module sees each product in those slots only);
* ``group`` modules (stacking, duplicates, advice...) run once per distinct
  sequence of signatures, slots and name repeats among the products they can
  report;
* a module whose ``applies(ctx)`` is false for the routine's context is not asked;
* the setting a module's answers are keyed on is only the routine-level inputs it
  reads (its ``READS``): a pair of products found in routines needled on different
  dates is asked once.

For ``pair`` and ``group`` modules (and the ``product`` modules that define a
signature), products are renamed to placeholders before the module runs; the
findings are kept as templates and the routine's real names are filled in. A test checks that the result equals ``run_all`` on random routines.
"""

from __future__ import annotations

import re
from typing import Hashable, Iterable, Iterator, NamedTuple, Sequence

from compatcheck import lazy_re
from compatcheck.model import Detected, Finding
from compatcheck.rules import SETTING_FIELDS, Context, _modules

_PLACEHOLDER = "\x00{}\x00"
_SPLIT = lazy_re.compile("\x00(\\d+)\x00")


class Template(NamedTuple):
    """A finding whose product names are indexes into the routine's names."""

    finding: Finding
    products: tuple[int, ...]
    message: tuple[str | int, ...]
    advice: tuple[str | int, ...]


def _parts(text: str) -> tuple[str | int, ...]:
    if "\x00" not in text:
        return (text,) if text else ()
    pieces = _SPLIT.split(text)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(pieces) if p or i % 2)


def _template(finding: Finding) -> Template:
    products = tuple(int(name[1:-1]) for name in finding.products)  # each is a placeholder, \x00i\x00
    return Template(finding, products, _parts(finding.message), _parts(finding.advice))


def _fill_text(parts: tuple[str | int, ...], names: Sequence[str]) -> str:
    """A template's message or advice with the routine's product names in place."""
    return "".join(p if isinstance(p, str) else names[p] for p in parts)


def fill(template: Template, names: Sequence[str]) -> Finding:
    """The finding ``template`` stands for, in a routine whose products' names are ``names``."""
    return template.finding._replace(products=tuple(names[i] for i in template.products),
                                     message=_fill_text(template.message, names),
                                     advice=_fill_text(template.advice, names))


def finding_of(item: Finding | Template) -> Finding:
    """The finding an answer's item is (a template's, with placeholder names)."""
    return item.finding if isinstance(item, Template) else item


def _renamed(product: Detected, index: int, slots: frozenset[str] | None = None) -> Detected:
    """``product`` named by a placeholder (and, for a pair, seen in the slots the pair shares)."""
    inner = product.product._replace(name=_PLACEHOLDER.format(index), line=None)
    if slots is not None:
        inner = inner._replace(slots=slots)
    return product._replace(product=inner)


class RoutineChecker:
    """Check routines of already-detected products, reusing rule answers.

    ``keys[i]`` identifies ``products[i]``: equal keys must mean equal products
    (``batch`` uses the id of each distinct product of the export). Memory stays
    bounded: when more than ``limit`` answers of one scope are kept, that scope's
    answers are forgotten and rebuilt as routines need them.
    """

    def __init__(self, ignore: Iterable[str] = (), limit: int = 200_000):
        self.skip = frozenset(code.upper() for code in ignore)
        self.modules = _modules()
        #: The product modules whose answers are keyed on the product's signature (templates).
        self.templated = frozenset(m for m, module in enumerate(self.modules)
                                   if module.SCOPE == "product" and hasattr(module, "signature"))
        self.limit = limit
        self._signatures: dict[Hashable, tuple[int | None, ...]] = {}
        self._interned: dict[Hashable, int] = {}
        self._settings: dict[Context, tuple[int | None, ...]] = {}
        self._read: dict[tuple, int] = {}
        self._kept: dict = {}  # see _shared
        self._renames: dict[tuple, tuple[Detected, Detected]] = {}  # see _renamed
        self._answers: dict[str, dict[Hashable, tuple]] = {"product": {}, "pair": {}, "group": {}}
        self.stats = {"asked": 0, "answered": 0}

    def check(self, products: Sequence[Detected], keys: Sequence[Hashable], ctx: Context) -> list[Finding]:
        """The findings ``run_all(ctx with products)`` gives, unsorted."""
        findings: list[Finding] = []
        for answer, names in self.answers(products, keys, ctx):
            findings.extend(answer if names is None else (fill(t, names) for t in answer))
        return findings

    def answers(self, products: Sequence[Detected], keys: Sequence[Hashable],
                ctx: Context) -> Iterator[tuple[tuple, Sequence[str] | None]]:
        """What :meth:`check` gives, before product names are filled in, in the same order.

        Yields ``(answer, names)``: ``names`` ``None`` when ``answer`` holds findings,
        else ``answer`` holds :class:`Template` objects whose product indexes point
        into ``names``. Answers are shared across routines: never modify one.
        """
        setting = ctx._replace(products=(), notes=())
        rows = [self.signature_row(p, k) for p, k in zip(products, keys)]
        for m, sid in enumerate(self.setting_ids(setting)):
            if sid is None:
                continue
            module = self.modules[m]
            scope = module.SCOPE
            if scope == "product":
                yield from self._product_answers(m, products, keys, rows, setting, sid)
                if ctx.notes:  # what parsing noted, per line: rare, never reused
                    noted = tuple(self._unskipped(module.check(ctx._replace(products=()))))
                    if noted:
                        yield noted, None
            elif scope == "pair":
                yield from self._pairs(m, products, [row[m] for row in rows], setting, sid)
            else:
                yield from self._group(m, products, [row[m] for row in rows], setting, sid)

    def _product_answers(self, m, products, keys, rows, setting, sid):
        for product, key, row in zip(products, keys, rows):
            if m not in self.templated:
                answer = self.ask_product(m, key, sid, product, setting)
                if answer:
                    yield answer, None
            elif row[m] is not None:
                answer = self.ask_product_templates(m, row[m], sid, product, setting)
                if answer:
                    yield answer, (product.name,)

    def setting_ids(self, setting: Context) -> tuple[int | None, ...]:
        """Per module, a small id of the routine-level inputs it reads (its ``READS``), or
        ``None`` when it can say nothing in ``setting`` (its ``applies``)."""
        found = self._settings.get(setting)
        if found is None:
            ids = []
            for module in self.modules:
                if not getattr(module, "applies", lambda ctx: True)(setting):
                    ids.append(None)
                    continue
                fields = getattr(module, "READS", SETTING_FIELDS)
                read = (fields, tuple(getattr(setting, field) for field in fields))
                ids.append(self._read.setdefault(read, len(self._read)))
            found = self._settings[setting] = tuple(ids)
        return found

    def signature_row(self, product: Detected, key: Hashable) -> tuple[int | None, ...]:
        """Per module, its signature of ``product`` as a small int (``None``: not relevant, or a
        ``product`` module keyed on the product itself), worked out once per key."""
        row = self._signatures.get(key)
        if row is None:
            row = self._signatures[key] = tuple(
                None if module.SCOPE == "product" and m not in self.templated
                else self._intern(m, module.signature(product))
                for m, module in enumerate(self.modules))
        return row

    def _intern(self, m: int, sig: Hashable | None) -> int | None:
        return None if sig is None else self._interned.setdefault((m, sig), len(self._interned))

    def _ask(self, scope: str, memo_key, check, products, setting, renamed: bool) -> tuple:
        """``check``'s findings for ``products()`` in ``setting`` (without the ignored codes),
        from memory when possible; kept as templates when ``renamed`` (``products()`` are
        then named by placeholders)."""
        self.stats["asked"] += 1
        answers = self._answers[scope]
        answer = answers.get(memo_key)
        if answer is None:
            self.stats["answered"] += 1
            found = check(setting._replace(products=products()))
            answer = tuple(self._shared(_template(f) if renamed else f) for f in self._unskipped(found))
            if len(answers) >= self.limit:
                answers.clear()
                self._kept.clear()
                self._renames.clear()
            answers[memo_key] = answer
        return answer

    def _renamed(self, product: Detected, index: int, slots: frozenset[str] | None = None) -> Detected:
        """:func:`_renamed`, made once per product object, placeholder and slots."""
        key = (id(product), index, slots)
        found = self._renames.get(key)
        if found is None or found[0] is not product:
            found = self._renames[key] = (product, _renamed(product, index, slots))
        return found[1]

    def _unskipped(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        """``findings`` without the codes to ignore (``ignore``)."""
        return (f for f in findings if f.code not in self.skip)

    def _shared(self, item):
        """One object for equal findings (or templates) across answers: many answers repeat
        the same few, and memory then holds each once."""
        return self._kept.setdefault(item, item)

    def ask_product(self, m: int, key: Hashable, sid: int, product: Detected, setting: Context) -> tuple:
        """Module ``m``'s findings for one product (``key`` its key) in ``setting`` (of id ``sid``)."""
        return self._ask("product", (m, key, sid), self.modules[m].check, lambda: (product,), setting, False)

    def ask_product_templates(self, m: int, sig: int, sid: int, product: Detected, setting: Context) -> tuple:
        """Module ``m``'s templates for one product of signature ``sig`` (a module in
        :attr:`templated`) in ``setting``: the product is name 0."""
        return self._ask("product", (m, sig, sid), self.modules[m].check, lambda: (self._renamed(product, 0),),
                         setting, True)

    def ask_pair(self, m: int, a: Detected, b: Detected, sig_a: int, sig_b: int, shared: frozenset[str],
                 sid: int, setting: Context) -> tuple:
        """Module ``m``'s templates for the pair ``a``, ``b`` seen in the slots they share: names
        ``(a.name,)`` when the two are named alike, else ``(a.name, b.name)``."""
        same = a.name == b.name
        pair = lambda: (self._renamed(a, 0, shared), self._renamed(b, 0 if same else 1, shared))  # noqa: E731
        return self._ask("pair", (m, sig_a, sig_b, shared, same, sid), self.modules[m].check, pair, setting, True)

    def ask_group(self, m: int, shape: tuple, members, sid: int, setting: Context) -> tuple:
        """Module ``m``'s templates for a routine whose products it can report are ``members()``,
        ``shape`` being their ``(signature, name index)``: names in order of first appearance."""
        renamed = lambda: tuple(self._renamed(p, s[1]) for p, s in zip(members(), shape))  # noqa: E731
        return self._ask("group", (m, shape, sid), self.modules[m].check, renamed, setting, True)

    def _pairs(self, m, products, signatures, setting, sid):
        relevant = [(p, s) for p, s in zip(products, signatures) if s is not None]
        for i, (a, sig_a) in enumerate(relevant):
            for b, sig_b in relevant[i + 1:]:
                shared = a.product.slots & b.product.slots
                if not shared:
                    continue
                answer = self.ask_pair(m, a, b, sig_a, sig_b, shared, sid, setting)
                if answer:
                    yield answer, (a.name,) if a.name == b.name else (a.name, b.name)

    def _group(self, m, products, signatures, setting, sid):
        members: list[Detected] = []
        shape: list[tuple] = []
        names: dict[str, int] = {}
        for product, sig in zip(products, signatures):
            if sig is None:
                continue
            index = names.setdefault(product.name, len(names))
            members.append(product)
            shape.append((sig, index))
        answer = self.ask_group(m, tuple(shape), lambda: members, sid, setting)
        if answer:
            yield answer, tuple(names)
