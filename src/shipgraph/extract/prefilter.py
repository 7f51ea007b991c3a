"""Regular expressions that skip text lacking the literal words every match must contain.

Python's regular-expression engine tries a pattern at every position of a text. Most of the
extractors' patterns cannot match without one of a few literal strings ("called", "flag",
"IMO"), and checking for those with ``str.find`` is far cheaper than trying the pattern. A
:class:`Gated` pattern works out that set of literals from the pattern's parse tree when it is
compiled and looks for one of them, case-folded, before it searches; where no such set can be
proved (a pattern that may match letters of any kind) it searches every time.

The set is derived soundly: a literal is required only where every way of matching the pattern
consumes it. Lookarounds and anchors require nothing; optional and repeated-from-zero parts
require nothing; alternatives require one of their branches' literals. Only ASCII literals are
used, and texts are folded so that every character that may match an ASCII letter under
``re.IGNORECASE`` (including the four non-ASCII letters Python's engine folds onto ASCII) becomes
that letter: a text lacking all the literals cannot match."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

_EXACT_LIMIT = 32  # the most strings an exact set may hold before it is given up
# Letters outside ASCII that Python's engine matches to ASCII letters under IGNORECASE.
_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_SPECIAL_TABLE = str.maketrans(_SPECIAL)
_ASCII_TABLE = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, **_SPECIAL})
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

Exact = frozenset[str]


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """The text with every character that may match an ASCII letter lower-cased, same length."""
    if text.isascii():
        return text.lower()
    if any(c in text for c in _SPECIAL):
        text = text.translate(_SPECIAL_TABLE)
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: fold ASCII only
        low = text.translate(_ASCII_TABLE)
    return low


def required_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Folded strings one of which every match of the pattern contains; None if none is known."""
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    parsed: Any = sre_parse.parse(source, flags)
    exact, req = _sequence(list(parsed))
    lits = exact if exact is not None and "" not in exact else req
    if not lits:
        return None
    # A literal holding another of the set is implied by it: keep the shorter.
    return frozenset(s for s in lits if not any(t != s and t in s for t in lits))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Exact | None, Exact | None]:
    """(exact, required) for a concatenation: the strings it matches if they are few, else an
    or-set of literals one of which it must contain (None where nothing is known)."""
    candidates: list[Exact] = []
    current: set[str] | None = {""}
    complete = True

    def flush() -> None:
        if current and "" not in current:
            candidates.append(frozenset(current))

    for op, av in items:
        exact, req = _node(op, av)
        if exact is not None and current is not None and len(current) * len(exact) <= _EXACT_LIMIT:
            current = {a + b for a in current for b in exact}
            continue
        flush()
        if exact is None:
            complete = False
            if req:
                candidates.append(req)
            current = {""}
        else:  # too many strings to join: keep each side's own set
            complete = False
            current = set(exact)
    if complete and current is not None:
        return frozenset(current), None
    flush()
    return None, _best(candidates)


def _best(candidates: list[Exact]) -> Exact | None:
    """The most selective or-set: longest shortest literal, then fewest literals."""
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _literal(code: int) -> str | None:
    ch = chr(code)
    return ch.lower() if ch.isascii() else None


def _node(op: Any, av: Any) -> tuple[Exact | None, Exact | None]:
    if op is sre.LITERAL:
        ch = _literal(av)
        return (frozenset({ch}), None) if ch is not None else (None, None)
    if op is sre.IN:
        chars = [_literal(v) if o is sre.LITERAL else None for o, v in av]
        if chars and len(chars) <= 8 and all(c is not None for c in chars):
            return frozenset(c for c in chars if c is not None), None
        return None, None
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), None
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))  # flags do not matter: literals are folded
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is sre.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if all(e is not None for e, _ in branches):
            union = frozenset().union(*(e for e, _ in branches if e is not None))
            if len(union) <= _EXACT_LIMIT:
                return union, None
        sets: list[Exact] = []
        for exact, req in branches:
            need = exact if exact is not None and "" not in exact else req
            if not need:
                return None, None
            sets.append(need)
        return None, frozenset().union(*sets)
    if op in _REPEATS:
        low, high, sub = av
        exact, req = _sequence(list(sub))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        if low == high == 1:
            return exact, req
        need = exact if exact is not None and "" not in exact else req
        return None, need
    return None, None


class _Literals:
    """Every gated pattern's literals in one Aho-Corasick automaton (pyahocorasick), so a text
    is scanned once for all of them; what each text holds is remembered for the texts in use."""

    MIN_LENGTH = 3  # shorter literals occur nearly everywhere: checked with str.find instead

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self._automaton: Any = None
        self._whole: dict[str, frozenset[int]] = {}
        self._hits: dict[str, tuple[list[int], list[int], list[int]]] = {}
        self.spans: dict[tuple[str, int, int], frozenset[int]] = {}

    def register(self, literals: tuple[str, ...]) -> frozenset[int]:
        for lit in literals:
            if lit not in self.ids:
                self.ids[lit] = len(self.ids)
                self._automaton = None
        return frozenset(self.ids[lit] for lit in literals)

    def _build(self) -> Any:
        automaton = ahocorasick.Automaton()
        for lit, i in self.ids.items():
            automaton.add_word(lit, (i, len(lit)))
        automaton.make_automaton()
        self._automaton = automaton
        self._whole.clear()
        self._hits.clear()
        self.spans.clear()
        return automaton

    def present(self, string: str, pos: int, endpos: int) -> frozenset[int]:
        """Ids of the literals found wholly inside string[pos:endpos] (folded); remembered in
        `spans` under the arguments as given."""
        automaton = self._automaton or self._build()
        if len(self.spans) > 4096:
            self.spans.clear()
        if pos <= 0 and endpos >= len(string):
            found = self._whole.get(string)
            if found is None:
                if len(self._whole) > 512:
                    self._whole.clear()
                found = self._whole[string] = frozenset(
                    i for _end, (i, _n) in automaton.iter(fold(string)))
            self.spans[string, pos, endpos] = found
            return found
        hits = self._hits.get(string)
        if hits is None:
            ends: list[int] = []
            starts: list[int] = []
            ids: list[int] = []
            for end, (i, n) in automaton.iter(fold(string)):
                ends.append(end + 1)
                starts.append(end + 1 - n)
                ids.append(i)
            if len(self._hits) > 16:
                self._hits.clear()
            hits = self._hits[string] = (ends, starts, ids)
        ends, starts, ids = hits
        lo, hi = bisect_left(ends, max(pos, 0)), bisect_right(ends, endpos)
        found = self.spans[string, pos, endpos] = frozenset(
            ids[k] for k in range(lo, hi) if starts[k] >= pos)
        return found


_REGISTRY = _Literals()
_SPANS = _REGISTRY.spans


class Gated:
    """A compiled pattern that tries the engine only where one of its required literals occurs.

    It offers the methods of ``re.Pattern`` the extractors use; ``match`` and ``fullmatch``
    anchor at a position, so they go straight to the engine."""

    __slots__ = ("_re", "_lits", "_ids", "_short", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._re = re.compile(pattern, flags)
        self.pattern, self.flags = self._re.pattern, self._re.flags
        self.groups, self.groupindex = self._re.groups, self._re.groupindex
        lits = required_literals(self._re)
        self._lits = tuple(sorted(lits, key=lambda s: (-len(s), s))) if lits else None
        self._ids: frozenset[int] | None = None
        self._short: tuple[str, ...] | None = None
        if self._lits and min(map(len, self._lits)) >= _Literals.MIN_LENGTH:
            self._ids = _REGISTRY.register(self._lits)
        elif self._lits and len(self._lits) <= 4:
            self._short = self._lits

    @property
    def literals(self) -> tuple[str, ...] | None:
        return self._lits

    def possible(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only where the pattern cannot match string[pos:endpos]."""
        ids = self._ids
        if ids is not None:
            found = _SPANS.get((string, pos, endpos))
            if found is None:
                found = _REGISTRY.present(string, pos, endpos)
            return not ids.isdisjoint(found)
        if self._short is None:
            return True
        low = fold(string)
        if pos <= 0 and endpos >= len(string):
            return any(s in low for s in self._short)
        pos = max(pos, 0)
        return any(low.find(s, pos, endpos) >= 0 for s in self._short)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._re.search(string, pos, endpos) if self.possible(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.possible(string, pos, endpos):
            return self._re.finditer(string, pos, endpos)
        return iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._re.findall(string, pos, endpos) if self.possible(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._re.sub(repl, string, count) if self.possible(string) else string

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._re.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._re.fullmatch(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._re.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"Gated({self.pattern!r}, literals={self._lits!r})"


@cache
def rx(pattern: str, flags: int = 0) -> Gated:
    """A gated compiled pattern (cached, like ``re.compile``)."""
    return Gated(pattern, flags)
