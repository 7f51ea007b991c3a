"""Regular expressions that skip text lacking the literal words every match must contain.

Python's regular-expression engine tries a pattern at every position of a text. Most of the
extractors' patterns cannot match without one of a few literal strings ("called", "flag",
"IMO"), and checking for those with ``str.find`` is far cheaper than trying the pattern. A
:class:`Gated` pattern works out that set of literals from the pattern's parse tree when it is
compiled and looks for one of them, case-folded, before it searches; where no such set can be
proved (a pattern that may match letters of any kind) it searches every time.

The set is derived soundly: a literal is required only where every way of matching the pattern
consumes it. Lookarounds and anchors require nothing, except that a word boundary (``\b``) at
either end of a literal is kept with it, so that "MT" in ``\bMT\b`` is not found in "smth";
optional and repeated-from-zero parts require nothing; alternatives require one of their
branches' literals. Only ASCII literals are
used. The automaton looks for them in a folded text, where every character that may match an
ASCII letter under ``re.IGNORECASE`` (including the four non-ASCII letters Python's engine folds
onto ASCII) becomes that letter; letters the pattern matches in one case only are then checked
in the text as it is ("Mar" for March is not found in "maritime"). A text lacking all the
literals cannot match.

All patterns' literals are found in one pass of an Aho-Corasick automaton. The document being
read (see :func:`focus`) is scanned once; a sentence or clause cut from it is answered from
that scan, so the many stretches of a report that rules look at cost a lookup each. A pattern
whose every match begins with one of a few literals is tried by the engine only where one of
them stands, in the document or in a stretch of it, rather than at every position."""

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

_NEAR = 8192  # how far from the stretch found last the next is looked for
_EXACT_LIMIT = 32  # the most strings an exact set may hold before it is given up
# Letters outside ASCII that Python's engine matches to ASCII letters under IGNORECASE.
_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_SPECIAL_TABLE = str.maketrans(_SPECIAL)
_ASCII_TABLE = str.maketrans({**{chr(c): chr(c + 32) for c in range(65, 91)}, **_SPECIAL})
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

Exact = frozenset[str]
_B = "\x01"  # a word boundary inside a literal while it is derived
# A letter matched in either case is written as a private-use character; other letters stand
# for themselves, in the case the pattern gives.
_CASELESS = 0xF0000


def _caseless(ch: str) -> str:
    return chr(_CASELESS + ord(ch.lower()))


def folded(lit: str) -> str:
    """A literal's characters as the automaton looks for them in folded text."""
    return "".join(chr(ord(c) - _CASELESS) if ord(c) >= _CASELESS else c.lower()
                   for c in _core(lit))


def readable(lit: str) -> str:
    """A literal as text: boundaries as \\b, letters of either case in lower case."""
    return "".join(r"\b" if c == _B else chr(ord(c) - _CASELESS) if ord(c) >= _CASELESS else c
                   for c in lit)


# What an occurrence of a literal's characters holds, by whether word characters stand before
# and after it: the ids of the literals and whether the closing boundary of each holds only
# because the text stops there.
Table = tuple[tuple[tuple[int, bool], ...], ...]
Outcomes = tuple[Table, dict[str, Table], tuple[tuple[int, bool, bool, bool, bool, Any], ...]]
# The letters of a literal that must appear in the case given: (offset, letter) for each, or,
# where every letter must, the literal's characters as they must stand in the text.
Letters = tuple[tuple[int, str], ...] | str


def _cased(lit: str) -> Letters:
    """The letters of a literal that must appear in the case given (see `Letters`)."""
    core = _core(lit)
    letters = tuple((i, c) for i, c in enumerate(core) if c.isalpha() and ord(c) < _CASELESS)
    if letters and all(ord(c) < _CASELESS for c in core):
        return core
    return letters


def _core(lit: str) -> str:
    return lit.replace(_B, "")


def _join(a: str, b: str) -> str:
    return a + b[1:] if a.endswith(_B) and b.startswith(_B) else a + b


def _empty(lits: Exact) -> bool:
    """Whether the set holds a string that needs no character (the empty one, or a boundary)."""
    return any(not _core(s) for s in lits)


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


@lru_cache(maxsize=8)
def _parse(source: str, flags: int) -> Any:
    """A pattern's parse tree (kept a moment: the literals it needs and those it begins with
    are both read from it)."""
    return sre_parse.parse(source, flags)


def required_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Literals one of which every match of the pattern contains, None if none is known; each
    may hold word boundaries at its ends and letters of either case (see `readable`)."""
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    parsed: Any = _parse(source, flags)
    exact, req = _sequence(list(parsed), ci=bool(parsed.state.flags & re.IGNORECASE))
    lits = exact if exact is not None and not _empty(exact) else req
    if not lits:
        return None
    # Boundaries inside a literal are implied by its characters: only the ends keep theirs
    # (none where \b does not mean a Unicode word's edge).
    ends = not parsed.state.flags & (re.ASCII | re.LOCALE)
    lits = frozenset((_B if ends and s.startswith(_B) else "") + _core(s) +
                     (_B if ends and s.endswith(_B) else "") for s in lits)
    # A literal holding another of the set is implied by it: keep the shorter.
    return frozenset(s for s in lits if not any(t != s and _implies(s, t) for t in lits))


def _implies(s: str, t: str) -> bool:
    """Whether every occurrence of literal s holds an occurrence of literal t."""
    cs, ct = _core(s), _core(t)
    if ct not in cs:
        return False
    if t.startswith(_B) and not (s.startswith(_B) and cs.startswith(ct)):
        return False
    return not t.endswith(_B) or (s.endswith(_B) and cs.endswith(ct))


def _sequence(items: list[tuple[Any, Any]], left: Exact = frozenset({""}),
              ci: bool = False) -> tuple[Exact | None, Exact | None]:
    """(exact, required) for a concatenation: the strings it matches if they are few, else an
    or-set of literals one of which it must contain (None where nothing is known). `left` are
    the strings that precede it wherever it matches: joined to the literals it begins with
    (not to the exact set, which the caller joins)."""
    candidates: list[Exact] = []
    current: set[str] = {""}
    first_run = True  # the run of exact parts that opens the sequence follows `left`
    complete = True

    def context() -> set[str]:
        ctx = {_join(a, b) for a in left for b in current} if first_run else current
        return ctx if len(ctx) <= _EXACT_LIMIT else {""}

    def flush() -> None:
        run = context()
        if run and not _empty(frozenset(run)):
            candidates.append(frozenset(run))

    for op, av in items:
        exact, req = _node(op, av, frozenset(context()), ci)
        if exact is not None and len(current) * len(exact) <= _EXACT_LIMIT:
            current = {_join(a, b) for a in current for b in exact}
            continue
        flush()
        first_run = complete = False
        if exact is None:
            if req:
                candidates.append(req)
            current = {""}
        else:  # too many strings to join: keep each side's own set
            current = set(exact)
    if complete:
        return frozenset(current), None
    flush()
    return None, _best(candidates)


def _best(candidates: list[Exact]) -> Exact | None:
    """The most selective or-set: longest shortest literal, then fewest literals."""
    usable = [c for c in candidates if c and not _empty(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(_core(s)) + s.count(_B) / 2 for s in c), -len(c)))


def _literal(code: int, ci: bool) -> str | None:
    ch = chr(code)
    if not ch.isascii():
        return None
    return _caseless(ch) if ci and ch.isalpha() else ch


def _node(op: Any, av: Any, left: Exact, ci: bool) -> tuple[Exact | None, Exact | None]:
    """(exact, required) for one node of a parse tree; `left` as for `_sequence`."""
    if op is sre.LITERAL:
        ch = _literal(av, ci)
        return (frozenset({ch}), None) if ch is not None else (None, None)
    if op is sre.IN:
        chars = [_literal(v, ci) if o is sre.LITERAL else None for o, v in av]
        if chars and len(chars) <= 8 and all(c is not None for c in chars):
            return frozenset(c for c in chars if c is not None), None
        return None, None
    if op is sre.AT and av is sre.AT_BOUNDARY:
        return frozenset({_B}), None
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""}), None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (ci or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(list(sub), left, inner)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av), left, ci)
    if op is sre.BRANCH:
        branches = [_sequence(list(b), left, ci) for b in av[1]]
        if all(e is not None for e, _ in branches):
            union = frozenset().union(*(e for e, _ in branches if e is not None))
            if len(union) <= _EXACT_LIMIT:
                return union, None
        sets: list[Exact] = []
        for exact, req in branches:
            if exact is not None:
                joined = frozenset(_join(a, b) for a in left for b in exact)
                req = joined if not _empty(joined) else None
            if not req:
                return None, None
            sets.append(req)
        return None, frozenset().union(*sets)
    if op in _REPEATS:
        low, high, sub = av
        if low == 0:
            exact, req = _sequence(list(sub), ci=ci)
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        exact, req = _sequence(list(sub), left, ci)  # the first repetition follows `left`
        if low == high == 1:
            return exact, req
        if exact is not None:
            joined = frozenset(_join(a, b) for a in left for b in exact)
            return None, joined if not _empty(joined) else None
        return None, req
    return None, None


# --- Literals a match begins with ---------------------------------------------------------------
# A pattern every match of which begins with one of a few literals need not be tried at every
# position of a text: only where the automaton found one of them. A derived lead is a pair of
# sets: `closed`, strings one of which begins the match (what follows is not known), and `open`,
# strings that are the whole of what the part matched so far (what follows the part goes on it).

_LEAD_LIMIT = 512  # the most strings a lead may hold before it is cut short
Lead = tuple[frozenset[str], frozenset[str]]


def leading_literals(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Literals one of which every match of the pattern begins with, None if none is known;
    each may open with a word boundary and hold letters of either case (see `readable`)."""
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    parsed: Any = _parse(source, flags)
    lead = _lead_sequence(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    if lead is None:
        return None
    starts = lead[0] | lead[1]
    # Only a boundary before a literal is kept: one after it depends on where a search stops.
    ends = not parsed.state.flags & (re.ASCII | re.LOCALE)
    lits = {(_B if ends and s.startswith(_B) else "") + _core(s) for s in starts}
    if not lits or any(not _core(s) for s in lits):
        return None
    # A literal that begins with another of the set adds nothing: keep the shorter (one with
    # no boundary before it stands for one with the same characters and a boundary).
    free = {s for s in lits if not s.startswith(_B)}
    bounded = {s[1:] for s in lits if s.startswith(_B)}

    def implied(s: str) -> bool:
        if s.startswith(_B):
            core = s[1:]
            return any(core[:k] in free for k in range(1, len(core) + 1)) or \
                any(core[:k] in bounded for k in range(1, len(core)))
        return any(s[:k] in free for k in range(1, len(s)))

    return frozenset(s for s in lits if not implied(s))


def _lead_join(a: Lead, b: Lead) -> Lead:
    """The lead of part a followed by part b."""
    return (a[0] | frozenset(_join(x, y) for x in a[1] for y in b[0]),
            frozenset(_join(x, y) for x in a[1] for y in b[1]))


def _lead_sequence(items: list[tuple[Any, Any]], ci: bool) -> Lead | None:
    lead: Lead = (frozenset(), frozenset({""}))
    for op, av in items:
        if not lead[1]:
            break  # every way of matching so far has been cut short: what follows adds nothing
        part = _lead_node(op, av, ci)
        if part is not None and len(lead[1]) * (len(part[0]) + len(part[1])) > _LEAD_LIMIT:
            part = _shorten(part, _LEAD_LIMIT // len(lead[1]))
        if part is None:
            return lead[0] | lead[1], frozenset()  # what follows is not known
        lead = _lead_join(lead, part)
    return lead


def _shorten(lead: Lead, limit: int) -> Lead | None:
    """A lead of at most `limit` strings, its strings cut to their first few characters (a
    match that begins with a string begins with its first characters), or None."""
    if len(lead[0]) + len(lead[1]) <= limit:
        return lead
    for size in (12, 8, 5, 3):
        cut = frozenset((_B if s.startswith(_B) else "") + _core(s)[:size] for s in lead[0] | lead[1])
        if len(cut) <= limit:
            return cut, frozenset()
    return None


def _lead_node(op: Any, av: Any, ci: bool) -> Lead | None:
    if op in (sre.LITERAL, sre.IN, sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        exact, _req = _node(op, av, frozenset({""}), ci)
        return (frozenset(), exact) if exact is not None else None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        inner = (ci or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _lead_sequence(list(sub), inner)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _lead_sequence(list(av), ci)
    if op is sre.BRANCH:
        closed: set[str] = set()
        opened: set[str] = set()
        for branch in av[1]:
            lead = _lead_sequence(list(branch), ci)
            if lead is None:
                return None
            closed |= lead[0]
            opened |= lead[1]
        return _shorten((frozenset(closed), frozenset(opened)), _LEAD_LIMIT)
    if op in _REPEATS:
        low, high, sub = av
        once = _lead_sequence(list(sub), ci)
        if once is None:
            return None
        if low == high == 1:
            return once
        if low == 0 and high == 1:
            return once[0], once[1] | {""}
        # after the first repetition more may follow: what it matched only begins the match
        return once[0] | once[1], frozenset({""}) if low == 0 else frozenset()
    return None


class _Literals:
    """Every gated pattern's literals in one Aho-Corasick automaton (pyahocorasick), so a text
    is scanned once for all of them; what each text holds is remembered for the texts in use."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        # the characters of each literal -> (id, boundary before, boundary after) per literal
        self._variants: dict[str, list[tuple[int, bool, bool, bool, bool, Letters]]] = {}
        self._automaton: Any = None
        self._hits: dict[str, tuple[list[int], list[int], list[int], list[bool], frozenset[int]]]
        self._hits = {}
        self.spans: dict[tuple[str, int, int], frozenset[int]] = {}
        # the text of the document being read, scanned once: the stretches of it that rules
        # look at are answered from its scan
        self.document = ""
        self._openings: dict[int, list[tuple[int, Any, bool]]] = {}
        self._longest = 0  # the most characters a literal holds
        self._near = 0
        self._where: dict[str, int] = {}  # where the texts looked up stand in the document
        self._by_id: dict[int, list[int]] = {}
        self._by_id_of: object = None
        self._document_hits: tuple[list[int], list[int], list[int], list[bool],
                                   frozenset[int]] | None = None

    @staticmethod
    def eligible(literals: tuple[str, ...]) -> bool:
        """Literals worth finding with the automaton: shorter ones occur nearly everywhere."""
        return all(len(_core(s)) >= 3 or len(_core(s)) == 2 and (
            _B in s or any(c.isupper() for c in _core(s))) for s in literals)

    def register(self, literals: tuple[str, ...]) -> frozenset[int]:
        for lit in literals:
            if lit not in self.ids:
                self.ids[lit] = len(self.ids)
                core = folded(lit)
                # (id, needs a boundary before, after; whether its first, last char is a
                # word's; the letters whose case must match)
                self._variants.setdefault(core, []).append(
                    (self.ids[lit], lit.startswith(_B), lit.endswith(_B), _word(core[0]),
                     _word(core[-1]), _cased(lit)))
                # What texts were found to hold is stale once the automaton changes.
                self._automaton = None
                self._hits.clear()
                self._document_hits = None
                self._openings.clear()
                self.spans.clear()
        return frozenset(self.ids[lit] for lit in literals)

    def _build(self) -> Any:
        automaton = ahocorasick.Automaton()
        for core, variants in self._variants.items():
            automaton.add_word(core, (len(core), self._outcomes(variants)))
        self._longest = max(map(len, self._variants), default=0)
        automaton.make_automaton()
        self._automaton = automaton
        self._hits.clear()
        self._document_hits = None
        self._openings.clear()
        self.spans.clear()
        return automaton

    @staticmethod
    def _table(variants: list[tuple[int, bool, bool, bool, bool, Letters]]) -> Table:
        """For each (word character before, word character after) an occurrence, the ids it
        holds and whether each closing boundary holds only because the text stops there."""
        table: list[tuple[tuple[int, bool], ...]] = []
        for word_before in (False, True):
            for word_after in (False, True):
                found: list[tuple[int, bool]] = []
                for i, before, after, word_first, word_last, _letters in variants:
                    if before and word_before == word_first:
                        continue
                    closes = not after or word_after != word_last
                    if not closes and not word_last:
                        continue  # a boundary after a non-word character needs a word next
                    found.append((i, not closes))
                table.append(tuple(found))
        return tuple(table)

    @classmethod
    def _outcomes(cls, variants: list[tuple[int, bool, bool, bool, bool, Letters]]) -> Outcomes:
        """What an occurrence of one literal's characters yields, worked out once: the table
        of the variants of any case; tables by the text of those whose every letter has its
        case; the variants that need some letters in a given case, left to be checked."""
        by_text: dict[str, list[tuple[int, bool, bool, bool, bool, Letters]]] = {}
        for v in variants:
            if isinstance(v[5], str):
                by_text.setdefault(v[5], []).append(v)
        return (cls._table([v for v in variants if not v[5]]),
                {text: cls._table(vs) for text, vs in by_text.items()},
                tuple(v for v in variants if v[5] and not isinstance(v[5], str)))

    @staticmethod
    def _held(string: str, start: int, value: Any, word_before: bool, word_after: bool
              ) -> tuple[tuple[int, bool], ...] | list[tuple[int, bool]]:
        """The literals an occurrence of these characters at `start` holds, given whether a
        word character stands before and after it: (id, whether its closing boundary holds
        only because the text stops there)."""
        size, (table, by_text, mixed) = value
        k = 2 * word_before + word_after
        held = table[k]
        if by_text:
            cased = by_text.get(string[start:start + size])
            if cased is not None:
                held = held + cased[k]
        if not mixed:
            return held
        more = list(held)
        for i, before, after, word_first, word_last, letters in mixed:
            if any(string[start + j] != ch for j, ch in letters):
                continue
            if before and word_before == word_first:
                continue
            closes = not after or word_after != word_last
            if not closes and not word_last:
                continue
            more.append((i, not closes))
        return more

    def _scan(self, string: str) -> tuple[list[int], list[int], list[int], list[bool], frozenset[int]]:
        """Every literal occurrence: end, start, id, and whether its closing boundary holds
        only because the text stops there (a search's endpos is an end of text for ``\\b``)."""
        automaton = self._automaton or self._build()
        low = fold(string)
        size = len(low)
        # the text with every character that is not a word's (for \b) a space
        words = _NOT_WORD.sub(" ", low)
        hits: list[tuple[int, int, int, bool]] = []
        add = hits.append
        for last, value in automaton.iter(low):
            end = last + 1
            length, (table, by_text, mixed) = value
            start = end - length
            k = 2 * (start > 0 and words[start - 1] != " ") + (end < size and words[end] != " ")
            rows = table[k]
            if by_text:  # spellings whose every letter has its case
                cased = by_text.get(string[start:end])
                if cased is not None:
                    rows = rows + cased[k]
            if mixed:
                rows = self._held(string, start, value, k > 1, k & 1 == 1)
            for i, c in rows:
                add((end, start, i, c))
        if not hits:
            return [], [], [], [], frozenset()
        ends, starts, ids, cut = (list(column) for column in zip(*hits, strict=True))
        return ends, starts, ids, cut, frozenset(i for _e, _s, i, c in hits if not c)

    def _within(self, string: str) -> int:
        """Where a text stands in the document, or -1. It is looked for near the stretch found
        last (rules read a report in order), then in the whole of a short document; short texts
        are scanned on their own, as looking them up costs as much."""
        document = self.document
        if len(string) < 24 or not document or string is document:
            return -1
        near = self._near
        at = document.find(string, max(0, near - _NEAR), near + _NEAR + len(string))
        if at < 0 and len(document) <= 4 * _NEAR:
            at = document.find(string)
        if at >= 0:
            self._near = at
        return at

    def where(self, string: str) -> int:
        """Where a text stands in the document, or -1 (see `_within`), remembered."""
        at = self._where.get(string)
        if at is None:
            if len(self._where) > 4096:
                self._where.clear()
            at = self._where[string] = self._within(string)
        return at

    def _stretch(self, string: str, at: int, pos: int, endpos: int) -> frozenset[int]:
        """The literals in string[pos:endpos], where the string is the document's text from
        `at`: those its scan found there. A boundary inside or at the end of the stretch reads
        as it does in the document (the end as a search's endpos does); one at its start may
        not, where a word runs on before it: what opens there is read again as opening a text."""
        found = self.present(self.document, at + pos, at + endpos)
        if pos == 0:
            opening = {i for end, value, word_after in self._opening(at) if end <= at + endpos
                       for i, c in self._held(string, 0, value, False, word_after)
                       if not c or end == at + endpos}
            if not opening <= found:
                found = found | opening
        return found

    def _opening(self, at: int) -> list[tuple[int, Any, bool]]:
        """The literals' characters that stand at `at` in the document where a word runs on
        before it (the document's scan read them as inside a word): end, outcomes, and whether
        a word character follows."""
        found = self._openings.get(at)
        if found is None:
            document = self.document
            found = []
            if at > 0 and _word(document[at - 1]):
                low = fold(document)
                for last, value in (self._automaton or self._build()).iter(
                        low, at, min(len(low), at + self._longest)):
                    end = last + 1
                    if end - value[0] == at:
                        found.append((end, value, end < len(low) and _word(low[end])))
            self._openings[at] = found
        return found

    def document_hits(self) -> tuple[list[int], list[int], list[int], list[bool], frozenset[int]]:
        """The literals found in the document: ends, starts, ids, cut, ids found whole."""
        if self._automaton is None:
            self._build()
        hits = self._document_hits
        if hits is None:
            hits = self._document_hits = self._scan(self.document)
        return hits

    def starts_by_id(self) -> dict[int, list[int]]:
        """Where in the document each literal found in it begins, in order."""
        hits = self.document_hits()
        if self._by_id_of is not hits:
            by_id: dict[int, list[int]] = {}
            for start, i in zip(hits[1], hits[2], strict=True):
                by_id.setdefault(i, []).append(start)
            self._by_id, self._by_id_of = by_id, hits
        return self._by_id

    def present(self, string: str, pos: int, endpos: int) -> frozenset[int]:
        """Ids of the literals found wholly inside string[pos:endpos] (folded); remembered in
        `spans` under the arguments as given."""
        if self._automaton is None:
            self._build()
        if len(self.spans) > 4096:
            self.spans.clear()
        if string is self.document:
            hits = self.document_hits()
        else:
            # The other texts scanned last are kept, least recently used first out.
            known = self._hits.pop(string, None)
            if known is None:
                at = self._within(string)
                if at >= 0:
                    found = self._stretch(string, at, max(pos, 0), min(endpos, len(string)))
                    self.spans[string, pos, endpos] = found
                    return found
                if len(self._hits) >= 64:
                    del self._hits[next(iter(self._hits))]
                known = self._scan(string)
            hits = self._hits[string] = known
        ends, starts, ids, cut, whole = hits
        if pos <= 0 and endpos >= len(string):
            found = whole
        else:
            lo, hi = bisect_left(ends, max(pos, 0)), bisect_right(ends, endpos)
            found = frozenset(ids[k] for k in range(lo, hi)
                              if starts[k] >= pos and (not cut[k] or ends[k] == endpos))
        self.spans[string, pos, endpos] = found
        return found


def focus(document: str = "") -> None:
    """Begin reading a document: what texts before it held is dropped (a new document's texts
    are new, and what an old one held would only take memory, and flatter a benchmark that
    reads the same documents again); stretches of this one are answered from its own scan."""
    _REGISTRY._hits.clear()
    _REGISTRY.spans.clear()
    _REGISTRY.document = document
    _REGISTRY._document_hits = None
    _REGISTRY._openings.clear()
    _REGISTRY._where.clear()
    _REGISTRY._near = 0
    fold.cache_clear()


_NOT_WORD = re.compile(r"\W")  # what is not a word character to the engine's \b


def _word(ch: str) -> bool:
    """A word character as the engine's ``\\b`` sees it."""
    return ch.isalnum() or ch == "_"


_REGISTRY = _Literals()
_PENDING: list[Gated] = []


def _derive_pending() -> None:
    """Work out the literals of every pattern made so far (one automaton build follows)."""
    while _PENDING:
        _PENDING.pop()._derive()
_SPANS = _REGISTRY.spans


class Gated:
    """A compiled pattern that tries the engine only where one of its required literals occurs.

    It offers the methods of ``re.Pattern`` the extractors use; ``match`` and ``fullmatch``
    anchor at a position, so they go straight to the engine."""

    __slots__ = ("_re", "_lits", "_ids", "_short", "_ready", "pattern", "flags", "groups",
                 "groupindex", "_lead_ids", "_starts", "_starts_of")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._re = re.compile(pattern, flags)
        self.pattern, self.flags = self._re.pattern, self._re.flags
        self.groups, self.groupindex = self._re.groups, self._re.groupindex
        self._lits: tuple[str, ...] | None = None
        self._ids: frozenset[int] | None = None
        self._short: tuple[str, ...] | None = None
        self._lead_ids: frozenset[int] | None = None
        # where the literals a match begins with stand in the document, and the scan they are from
        self._starts: list[int] = []
        self._starts_of: object = None
        # The literals are worked out when a gate is first used, for every pattern made by
        # then at once: commands that extract nothing do not pay for it at start-up.
        self._ready = False
        _PENDING.append(self)

    def _derive(self) -> None:
        lits = required_literals(self._re)
        self._lits = tuple(sorted(lits, key=lambda s: (-len(s), s))) if lits else None
        if self._lits and _Literals.eligible(self._lits):
            self._ids = _REGISTRY.register(self._lits)
        elif self._lits and len(self._lits) <= 4:
            self._short = tuple(folded(lit) for lit in self._lits)
        lead = leading_literals(self._re)
        if lead:
            ordered = tuple(sorted(lead, key=lambda s: (-len(s), s)))
            if _Literals.eligible(ordered):
                self._lead_ids = _REGISTRY.register(ordered)
        self._ready = True

    def _document_starts(self) -> list[int]:
        """Where in the document being read a match may begin: where one of its leading
        literals does."""
        hits = _REGISTRY.document_hits()
        if self._starts_of is not hits:
            by_id = _REGISTRY.starts_by_id()
            found = [by_id[i] for i in self._lead_ids or () if i in by_id]
            self._starts = found[0] if len(found) == 1 else sorted(set().union(*found))
            self._starts_of = hits
        return self._starts

    def _led(self, string: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches in the document, tried only where a leading literal stands: the
        matches the engine's own search would find, as no other position can begin one."""
        starts = self._document_starts()
        match = self._re.match
        pos = max(pos, 0)
        i = bisect_left(starts, pos)
        size = len(starts)
        while i < size:
            at = starts[i]
            if at >= endpos:
                return
            found = match(string, at, endpos)
            if found is not None:
                yield found
                # (a match is never empty: it begins with a literal)
                i = bisect_left(starts, found.end(), i + 1)
            else:
                i += 1

    def _led_within(self, string: str, at: int, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches in a text that stands at `at` in the document, tried only where a
        leading literal stands, as the document's scan found them. Only the text's first
        character reads otherwise than in the document (no word runs on before it there), so a
        match is tried there as well where one does in the document."""
        starts = self._document_starts()
        match = self._re.match
        pos = max(pos, 0)
        endpos = min(endpos, len(string))
        if pos == 0 and at > 0 and _word(_REGISTRY.document[at - 1]):
            found = match(string, 0, endpos)
            if found is not None:
                yield found
                pos = found.end()
        i = bisect_left(starts, at + pos)
        size = len(starts)
        limit = at + endpos
        while i < size:
            begin = starts[i]
            if begin >= limit:
                return
            found = match(string, begin - at, endpos)
            if found is not None:
                yield found
                i = bisect_left(starts, at + found.end(), i + 1)
            else:
                i += 1

    def possible(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only where the pattern cannot match string[pos:endpos]."""
        if not self._ready:
            _derive_pending()
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
        if string is _REGISTRY.document:
            if not self._ready:
                _derive_pending()
            if self._lead_ids is not None:
                return next(self._led(string, pos, endpos), None)
        if not self.possible(string, pos, endpos):
            return None
        if self._lead_ids is not None and (at := _REGISTRY.where(string)) >= 0:
            return next(self._led_within(string, at, pos, endpos), None)
        return self._re.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if string is _REGISTRY.document:
            if not self._ready:
                _derive_pending()
            if self._lead_ids is not None:
                return self._led(string, pos, endpos)
        if not self.possible(string, pos, endpos):
            return iter(())
        if self._lead_ids is not None and (at := _REGISTRY.where(string)) >= 0:
            return self._led_within(string, at, pos, endpos)
        return self._re.finditer(string, pos, endpos)

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


def candidates(items: list[Any], string: str, pos: int = 0, endpos: int = sys.maxsize,
               pattern_of: Callable[[Any], Any] | None = None) -> list[Any]:
    """The items of a list whose pattern (the item, or `pattern_of` it) may match in
    string[pos:endpos], as its ``possible`` would answer, the text's literals looked up once
    for them all; items whose pattern is not gated are kept."""
    if _PENDING:
        _derive_pending()
    found = _SPANS.get((string, pos, endpos))
    if found is None:
        found = _REGISTRY.present(string, pos, endpos)
    kept = []
    for item in items:
        ids = getattr(item if pattern_of is None else pattern_of(item), "_ids", None)
        if ids is not None and ids.isdisjoint(found):
            continue
        kept.append(item)
    return kept


@cache
def rx(pattern: str, flags: int = 0) -> Gated:
    """A gated compiled pattern (cached, like ``re.compile``)."""
    return Gated(pattern, flags)
