"""Gated patterns: the literals they require, and that gating never loses a match."""

from __future__ import annotations

import importlib
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shipgraph.extract.prefilter import Gated, fold, leading_literals, readable, required_literals, rx

MODULES = ["agents", "vessels", "places", "coref", "dates", "eventbase", "incidents", "portcalls",
           "transfers", "text", "confidence"]


@cache
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def plain_of(pat: Gated) -> re.Pattern[str]:
    """The engine's own pattern for a gated one, compiled once (the extractors hold more
    patterns than the engine's cache keeps, and recompiling them for each example is slow)."""
    return _compiled(pat.pattern, pat.flags)


def extractor_patterns() -> list[Gated]:
    found: dict[str, Gated] = {}

    def visit(value: object) -> None:
        if isinstance(value, Gated):
            found[value.pattern + str(value.flags)] = value
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    for name in MODULES:
        for value in vars(importlib.import_module(f"shipgraph.extract.{name}")).values():
            visit(value)
    return list(found.values())


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bcalled at\b", 0, {r"\bcalled at\b"}),
    # a boundary before a group goes to each branch; after one, only to a group matched exactly
    (r"\b(?:plan\w*|if|MT)\b", 0, {r"\bplan", r"\bif", r"\bMT"}),
    (r"\b(?:if|MT)\b", 0, {r"\bif\b", r"\bMT\b"}),
    (r"\b(?:MT|MV)\s+", re.ASCII, {"MT", "MV"}),  # \b of another kind: not kept
    (r"x\b(?:oil )+t", 0, {"xoil "}),  # only a literal's ends keep their boundaries
    (r"(?:Foo|bar)baz", 0, {"Foobaz", "barbaz"}),
    (r"(?i:DOCKED)\s+in", 0, {"docked"}),  # the longer literal is the stronger filter
    (r"x*y?", 0, None),  # may match the empty string
    (r"(?<=port of )[A-Z]\w+", 0, None),  # a lookbehind consumes nothing
    (r"\w+ flagged", 0, {" flagged"}),
    (r"(?:tanker|ship)s?\s+\d+", 0, {"tanker", "ship"}),
    (r"(?:load(?:ed|ing)|discharg\w+)", 0, {"loaded", "loading", "discharg"}),
    (r"(?:arriv\w*|the)", 0, {"arriv", "the"}),
    (r"(?:ab){2,3}c", 0, {"ab"}),
    (r"[Tt]he ship|\bMV\b", 0, {"The ship", "the ship", r"\bMV\b"}),
    (r"(?:a|\w+)b", 0, {"b"}),
    (r"(?:carrier|carriers)", 0, {"carrier"}),  # "carriers" holds "carrier"
    (r"\d{7}", 0, None),
    (r"ÉTÉ", re.I, {"t"}),  # non-ASCII letters are not used, ASCII ones are
    (r"ÉÉ", 0, None),
])
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    got = required_literals(pattern, flags)
    assert (None if got is None else {readable(s) for s in got}) == expected


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bcalled at\b", 0, {r"\bcalled at"}),  # a boundary after depends on where a search stops
    (r"\b(?:plan\w*|if|MT)\b", 0, {r"\bplan", r"\bif", r"\bMT"}),
    (r"(?i:the\s+)?(?:ship|tanker)s?", 0, {"the", "ship", "tanker"}),  # an optional part, or what follows
    (r"\b(?:(?i:in|since)\s+)?(?:early|late)", re.I, {r"\bin", r"\bsince", r"\bearly", r"\blate"}),
    (r"(?:ab){2,3}c", 0, {"ab"}),
    (r"trans-?shipp\w*|hoses", 0, {"trans-shipp", "transshipp", "hoses"}),
    (r"(?:loaded|loading|load)\b", 0, {"load"}),  # a literal that begins another is enough
    (r"(?=[A-Z])(?:Malta|Panama)-flagged", 0, {"Malta-flagged", "Panama-flagged"}),
    (r"(?:a|\w+)b", 0, None),  # a match may begin with any word character
    (r"x*y?", 0, None),
    (r"(?<=port of )[A-Z]\w+", 0, None),
    (r"(?:the\s)?\d+", 0, None),  # the optional part may be skipped: a digit begins it then
])
def test_leading_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = leading_literals(pattern, flags)
    assert (None if found is None else {readable(s) for s in found}) == expected


def test_a_lead_too_large_to_spell_out_is_cut_to_its_first_characters() -> None:
    ports = ["Rajin", "Nampo", "Dunai", "Tartus", "Latakia", "Vanino", "Primorsk", "Sikka"] * 5
    verbs = [f"{v}{n}" for v in ("called", "docked", "berthed") for n in range(25)]
    pattern = r"\b(?:" + "|".join(f"{p}{i}" for i, p in enumerate(ports)) + r") (?:" + \
        "|".join(verbs) + r")\b"
    found = leading_literals(pattern)
    assert found is not None and len(found) <= 512
    lits = {readable(s) for s in found}
    # 40 ports x 75 verbs: too many; the verbs are cut to their first letters
    assert len(lits) == 40 * 3 and r"\bRajin0 calle" in lits and r"\bSikka39 berth" in lits


def test_letters_matched_in_one_case_are_checked_in_that_case() -> None:
    month = rx(r"\b(?:Mar|May)\b")
    assert not month.possible("the maritime market may open")
    assert month.possible("in Mar 2024")
    either = rx(r"(?i)\bmay\b")
    assert either.possible("it MAY be")
    mixed = rx(r"Port (?i:of) Rajin")  # only "of" may come in any case
    assert mixed.search("Port OF Rajin") and not mixed.possible("port of rajin")
    assert required_literals(r"(?i)May") == required_literals(r"(?i)may")


def test_fold_keeps_offsets_and_maps_every_letter_the_engine_folds() -> None:
    # every character that matches an ASCII letter under IGNORECASE folds to that letter
    letters = re.compile(r"[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letters.fullmatch(ch):
            low = fold("x" + ch + "y")[1:-1]
            assert len(low) == 1 and low in "abcdefghijklmnopqrstuvwxyz", hex(code)
            assert re.fullmatch(low, ch, re.I), hex(code)
    for text in ["İstanbul Port", "ſhip", "ΟΔΟΣ Ship", "Kelvin K", "Straße İ"]:
        assert len(fold(text)) == len(text)


def test_gated_patterns_match_exactly_what_the_engine_matches() -> None:
    text = ("On 3 May the Russian-flagged cargo ship Kestrel Dawn (IMO 9555010) called at the "
            "port of Rajin; she later DOCKED in Vostochny. Officials denied that the tanker "
            "ſea İris had loaded fuel. ΟΔΟΣ carried coal from Nampo to Latakia.")
    for pat in extractor_patterns():
        plain = plain_of(pat)
        for s, e in [(0, len(text)), (10, 90), (95, len(text)), (50, 51)]:
            assert [m.span() for m in pat.finditer(text, s, e)] == \
                [m.span() for m in plain.finditer(text, s, e)], pat.pattern
            assert bool(pat.search(text, s, e)) == bool(plain.search(text, s, e))


def patterns(more: str = "") -> st.SearchStrategy[str]:
    """Random patterns of up to seven parts: literals, classes, groups, repeats, boundaries (and
    `more` alternatives, escaped as in a pattern)."""
    return st.from_regex(r"(?:[a-cK(]|\(\?:a\|bc\)|\(\?:ab\|c\\w\*\)|\[ab\]|x\?|y\*|z\+|\\b|"
                         r"\\s|-|\(\?i:ab\)|\(\?=a\)" + more + r"){1,7}", fullmatch=True)


TEXTS = st.text(alphabet="abcxyzABK -\u212a\u017f", max_size=20)


WORDS = ["the", "ship", "tanker", "called", "at", "docked", "in", "Rajin", "flagged", "IMO",
         "9555010", "and", "not", "denied", "loaded", "from", "to", "carried", "STS", "ſ", "İ",
         "K", "(", ")", ",", ".", ";", "-", "'s", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30),
       st.booleans())
# (numbers in a row once made the cargo pattern try every way of cutting them: 2^n tries)
@example(["9555010"] * 8, True)
def test_gating_never_loses_a_match(words: list[str], upper: bool) -> None:
    text = " ".join(words)
    text = text.upper() if upper else text
    for pat in extractor_patterns():
        plain = plain_of(pat)
        assert [m.span() for m in pat.finditer(text)] == [m.span() for m in plain.finditer(text)]
        half = len(text) // 2
        assert bool(pat.search(text, 1, half)) == bool(plain.search(text, 1, half))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), min_size=8, max_size=40),
       st.integers(0, 200), st.integers(0, 200), st.integers(0, 40))
def test_a_stretch_of_the_document_reads_as_a_text_of_its_own(words: list[str], start: int,
                                                              size: int, pos: int) -> None:
    from shipgraph.extract import prefilter

    document = "".join(w + (" " if i % 3 else "") for i, w in enumerate(words))
    prefilter.focus(document)
    try:
        stretch = document[start:start + size]
        for pat in extractor_patterns():
            plain = plain_of(pat)
            assert [m.span() for m in pat.finditer(stretch)] == \
                [m.span() for m in plain.finditer(stretch)], (pat.pattern, stretch)
            assert bool(pat.search(stretch, pos)) == bool(plain.search(stretch, pos))
    finally:
        prefilter.focus()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), min_size=8, max_size=40),
       st.integers(0, 200), st.integers(0, 200))
def test_the_document_read_between_two_positions_gives_the_engines_matches(
        words: list[str], pos: int, size: int) -> None:
    from shipgraph.extract import prefilter

    # Patterns tried only where a literal they begin with stands: the same matches, in the
    # whole document and between any two positions (the end of a stretch ends a word for \b).
    document = "".join(w + (" " if i % 3 else "") for i, w in enumerate(words))
    prefilter.focus(document)
    try:
        for pat in extractor_patterns():
            plain = plain_of(pat)
            for s, e in [(0, len(document)), (pos, pos + size)]:
                assert [m.span() for m in pat.finditer(document, s, e)] == \
                    [m.span() for m in plain.finditer(document, s, e)], (pat.pattern, s, e)
                found, expected = pat.search(document, s, e), plain.search(document, s, e)
                assert (found and found.span()) == (expected and expected.span())
    finally:
        prefilter.focus()


@settings(max_examples=500, deadline=None)
@given(patterns(r"|\(\?:abc\)\{2\}|\(\?:bc\)\?"), TEXTS, st.integers(0, 20), st.integers(0, 20))
def test_a_document_read_from_its_leading_literals_gives_the_engines_matches(
        pattern: str, text: str, pos: int, endpos: int) -> None:
    from shipgraph.extract import prefilter

    try:
        plain = re.compile(pattern)
    except re.error:
        return
    gated = Gated(pattern)
    prefilter.focus(text)
    try:
        assert [m.span() for m in gated.finditer(text, pos, endpos)] == \
            [m.span() for m in plain.finditer(text, pos, endpos)]
        found, expected = gated.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())
    finally:
        prefilter.focus()


def test_a_stretch_that_opens_or_closes_inside_a_word_of_the_document() -> None:
    from shipgraph.extract import prefilter

    document = "Officials said the oiltanker Pale Heronsailed from Tartus to Rajin on 3 May."
    prefilter.focus(document)
    try:
        rx(r"\btanker\b").search(document)  # the document is scanned: no "tanker" as a word
        opens = document[document.index("tanker"):]
        assert rx(r"\btanker\s+Pale\b").search(opens) is not None
        closes = document[:document.index("Heron") + 5]
        assert rx(r"\bPale\s+Heron\b").search(closes) is not None
        assert rx(r"\bPale\s+Heron\b").search(document) is None
    finally:
        prefilter.focus()


@settings(max_examples=500, deadline=None)
@given(patterns(), TEXTS, st.integers(0, 20), st.integers(0, 20))
def test_derived_literals_are_sound_for_any_pattern(pattern: str, text: str, pos: int,
                                                    endpos: int) -> None:
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    gated = Gated(pattern)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in gated.finditer(text, pos, endpos)] == \
        [m.span() for m in plain.finditer(text, pos, endpos)]


def test_rx_is_cached_and_offers_the_pattern_methods() -> None:
    pat = rx(r"\bcalled at (\w+)")
    assert rx(r"\bcalled at (\w+)") is pat
    assert pat.findall("it called at Rajin and called at Nampo") == ["Rajin", "Nampo"]
    assert pat.sub("X", "it called at Rajin") == "it X"
    assert pat.sub("X", "nothing here") == "nothing here"
    assert pat.match("called at Dunai")[1] == "Dunai"  # type: ignore[index]
    assert pat.search("docked in Dunai") is None


def test_a_pattern_made_after_a_text_was_scanned_still_finds_its_literal() -> None:
    text = "the freighter moored at Vanino before dawn"
    assert Gated(r"\bberthed\b").search(text) is None  # the text's literals are now known
    later = Gated(r"\bmoored at (\w+)")
    found = later.search(text)
    assert found is not None and found[1] == "Vanino"
    assert later.search(text, 4, 31) is not None


def test_a_new_document_drops_what_the_texts_before_it_held() -> None:
    from shipgraph.extract import prefilter
    from shipgraph.extract.gazetteer import default_gazetteer
    from shipgraph.extract.pipeline import extract
    from shipgraph.model import Document

    first = "The tanker Pale Heron called at Tartus on 3 May."
    pat = rx(r"\bPale\s+Heron\b")
    assert pat.search(first)
    assert any(key[0] == first for key in prefilter._SPANS)
    extract(Document(id="d2", text="The Grey Wren docked at Sikka.", date="2024-05-09"),
            default_gazetteer())
    assert not any(key[0] == first for key in prefilter._SPANS)
    assert first not in prefilter._REGISTRY._hits
    assert pat.search(first)  # and a text seen again is scanned again


def test_no_module_binds_one_name_twice_at_its_top_level() -> None:
    """A pattern or helper defined twice in one module silently replaces the first for every
    use, the first's uses included: each top-level name is bound once."""
    import ast
    from collections import Counter

    package = Path(__file__).resolve().parents[1] / "src" / "shipgraph"
    twice = []
    for path in sorted(package.rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound[node.name] += 1
            elif isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                    node.value is not None:
                bound[node.target.id] += 1
        twice += [f"{path.name}: {name}" for name, n in bound.items() if n > 1]
    assert twice == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), min_size=8, max_size=40),
       st.integers(0, 200), st.integers(0, 200))
def test_patterns_sifted_for_a_text_keep_every_one_that_matches_there(
        words: list[str], pos: int, size: int) -> None:
    from shipgraph.extract import prefilter

    # (as the vessel cues and the time expressions are tried: the document, or a stretch of it
    # as a text of its own)
    document = "".join(w + (" " if i % 3 else "") for i, w in enumerate(words))
    prefilter.focus(document)
    try:
        patterns = extractor_patterns()
        stretch = document[pos:pos + size]
        for text, s, e in [(document, 0, len(document)), (document, pos, pos + size),
                           (stretch, 0, sys.maxsize)]:
            kept = {id(p) for p in prefilter.candidates(patterns, text, s, e)}
            # (those left out are those the pattern's own gate rules out)
            assert all(not p.possible(text, s, e) for p in patterns if id(p) not in kept)
            assert all(id(p) in kept for p in patterns if plain_of(p).search(text, s, e))
            assert len(kept) < len(patterns)
        pairs = [("kind", p) for p in patterns]
        sifted = prefilter.candidates(pairs, stretch, 0, sys.maxsize, lambda item: item[1])
        assert [item[1] for item in sifted] == prefilter.candidates(patterns, stretch)
    finally:
        prefilter.focus()
