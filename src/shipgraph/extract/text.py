"""Sentences and tokens, with character offsets into the document's text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .prefilter import rx

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "co", "corp", "inc", "ltd", "jr", "sr", "gen",
    "col", "capt", "lt", "adm", "vs", "etc", "e.g", "i.e", "approx", "est", "fig", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "m/v",
    "mt", "mv", "gov", "dept", "u.n", "a.m", "p.m", "cf", "al",
    # ("pursuant to E.O. 14024", "the U.A.E. foreign ministry")
    "e.o", "u.a.e", "e.u",
    # in ships' names: "Sv. Nikolay" (Svyatoy), "Akad. Pashin", "Kap. Khlebnikov", "Prof. Gul"
    "sv", "akad", "kap", "prof",
    # in an agent's line-up: "arr. 09/09", "sld. 14/09"
    "arr", "arrd", "dep", "sld", "etb",
}
_STATE_INITIALS = {"u.s", "u.k", "u.n", "u.a.e", "e.u"}
_MONTH_ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# (a footnote's mark may follow the stop: "... and Dunai.[12] Containers were ...")
# (a note's mark may follow: "[3]", "[^1]", a superscript number)
_SENT_END = rx(r"[.!?]+[\"'”’)]*(?:\[\^?[\w-]{1,12}\]|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)*(?=\s+[\"“'‘(]?[A-Z0-9]|\s*$)")
# A hyphen stays inside a word only before a capital or digit ("Ust-Luga", "MAIA-1"), so
# "Gabon-flagged" gives the token "Gabon".
_TOKEN = rx(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]\w*(?:(?:['’.]|-(?=[A-Z0-9]))\w+)*|\S")


class Span(NamedTuple):
    start: int
    end: int


class Token(NamedTuple):
    start: int
    end: int
    text: str


# words that open a sentence and never follow an initial in a name
_OPENER = re.compile(r"\s*(?:The|It|Its|This|That|These|They|A|An|In|On|At|After|But|However|Both|"
                     r"Since|According|Earlier|Later|Then|There)\s")


def sentences(text: str, start: int = 0) -> list[Span]:
    """Sentence spans: a line break always ends one; so does ., ! or ? before a capital."""
    out: list[Span] = []
    pos = start
    for line in text[start:].split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        begin = line_start
        for m in _SENT_END.finditer(line):
            end = line_start + m.end()
            before = line[: m.start()].split()
            word = before[-1].lower().strip("(\"'") if before else ""
            # "loaded at Primorsk on 24 Sept. It reappeared ...": a month's abbreviation after its
            # day ends the sentence (not "on Sept. 24", nor "Sept. 24-26")
            month_ends = word in _MONTH_ABBREV and (
                _OPENER.match(line, m.end()) is not None or len(before) > 1 and before[-2].isdigit() and
                not line[m.end():].lstrip()[:1].isdigit())
            # ("docked at Fujairah in the U.A.E. The ship left ...": a state's initials end a
            # sentence before a word that opens one)
            initials_end = word in _STATE_INITIALS and _OPENER.match(line, m.end()) is not None
            if m.group().startswith(".") and not month_ends and not initials_end and (
                    word in _ABBREV or re.fullmatch(r"[a-z]", word) and not (
                    # ("the oil tanker Eagle S. The vessel was escorted": a name's last letter, then
                    # a word that opens a sentence, not a name after an initial)
                    before[-1].isupper() and len(before) > 1 and _OPENER.match(line, m.end()))
                                              or re.fullmatch(r"\d+", word) and m.start() < 4):
                continue
            out.append(_strip(text, begin, end))
            begin = end
        if text[begin:line_start + len(line)].strip():
            out.append(_strip(text, begin, line_start + len(line)))
    return [s for s in out if s.end > s.start]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The texts of the tokens in text[start:end]: words, numbers and punctuation marks;
    hyphens and apostrophes inside words are kept."""
    return _TOKEN.findall(text, start, len(text) if end is None else end)


def word_starts(text: str, start: int, texts: list[str]) -> list[int]:
    """Where each of `words(text, start, ...)` begins. Tokens cover every character but white
    space, so each is the next find of its text (cheaper than a match object per token)."""
    out: list[int] = []
    find, pos = text.find, start
    for word in texts:
        pos = find(word, pos)
        out.append(pos)
        pos += len(word)
    return out


def opens_line(text: str, pos: int) -> bool:
    """Whether only white space stands between the start of its line and `pos`."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def closes_line(text: str, pos: int) -> bool:
    """Whether only white space stands between `pos` and the end of its line."""
    end = text.find("\n", pos)
    return not text[pos:len(text) if end < 0 else end].strip()


# A table row's cells as readers set them out: "2023-08-17; Rajin; Loading" (a page's table),
# or columns set apart by a tab, two spaces or more, or a bar (Markdown, plain text).
_CELL = re.compile(r"[^;\t |]+(?: [^;\t |]+)*")


_SEPARATOR = re.compile(r"[|;\t]|(?<= )/(?= )")


def cells(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The cells of text[start:end], each with where it starts. Between separators ("|", ";",
    a tab) an empty cell is kept, so that the cells of a row stay under their column's header
    ("| Lady Maria | Rajin | 20 March | |"); a line with none is split at runs of spaces."""
    cuts = [m.start() for m in _SEPARATOR.finditer(text, start, end)]
    if not cuts:
        return [(m.start(), m.group()) for m in _CELL.finditer(text, start, end)]
    found: list[tuple[int, str]] = []
    bounds = [start - 1, *cuts, end]
    for k in range(len(bounds) - 1):
        a, b = bounds[k] + 1, bounds[k + 1]
        inner = [(m.start(), m.group()) for m in _CELL.finditer(text, a, b)]
        if inner:
            found.extend(inner)
        elif 0 < k < len(bounds) - 2 or text[a:b].strip() == "" and (
                k == 0 and text[start] != "|" or k == len(bounds) - 2 and text[end - 1] != "|"):
            found.append((a, ""))  # (not the nothing before a row's first bar or after its last)
    return found


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens with their offsets (see `words`)."""
    texts = words(text, start, end)
    return [Token(s, s + len(w), w) for s, w in zip(word_starts(text, start, texts), texts,
                                                    strict=True)]


# A list item's number: "3.", "3)" or a thread's "3/" (or "3/10").
LIST_NUMBER = r"(?:\d{1,3}[.)]|\d{1,2}/(?:\d{1,2})?)"
# Up to three words between two things told together: "the Panama-flagged " before a ship's name.
FEW_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,3}")
# A character within one clause: no full stop or semicolon, but for the stop of an initial
# ("U.S.") or of an abbreviation before a number ("on Nov. 12", "No. 3").
IN_CLAUSE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=[a-z])\.(?=\s?\d))"
# the time a ship was seen, told between it and where it was: "shows it the next day alongside",
# "shows it on 7 February at Port Said"
SEEN_TIME = (r"(?:\s+(?:the\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening|week)|"
             r"(?:a|one|two|three|four|five)\s+days?\s+later|on\s+\d{1,2}\s+[A-Z][a-z]+|"
             r"on\s+[A-Z][a-z]+\.?\s+\d{1,2}),?)?")
# the opening of a clause on a ship that came after the one just told of: ", followed two days
# later by the X", ", closely followed by"
# a ship told by a look it shares with one named: "a vessel of the same length and colour"
SAME_LOOK = (r"(?:of|with)\s+(?:the\s+)?(?:same|identical|similar)\s+(?:length|size|dimensions|profile|shape|"
             r"colou?r|colou?ring|appearance|silhouette|features|markings)")
FOLLOWED_AFTER = r",\s+(?:closely\s+|shortly\s+|soon\s+|then\s+)?followed"
# Where the verb "load" may stand, not the noun: "similar loads to Dunai", "its load", "carried
# loads", "a full load of diesel" (after a word that opens a noun or a verb of carrying, "load"
# and "loads" are the noun; "loaded" stays the verb, as in "the two loaded containers").
_NOUN_BEFORE = ("the", "a", "its", "their", "his", "her", "our", "whose", "similar", "such", "these",
                "those", "heavy", "full", "partial", "first", "second", "last", "further", "other",
                "two", "three", "four", "five", "several", "many", "more", "carried", "carrying",
                "carries", "brought", "hauled", "delivered", "ferried", "shipped", "transported")
# (the checks follow the literal, so that they are tried only where "load" stands)
LOAD_STEM = (r"load(?!s?\s+of\b)(?:(?!s?\b)|" +
             "".join(rf"(?<!\b{w}\sload)" for w in _NOUN_BEFORE) + ")")
LOAD_VERB = LOAD_STEM + r"\w*"
# after "delivered": the ship itself handed over, not its cargo ("was delivered to its new owners")
HANDED_OVER = (r"(?!\s+to\s+(?:its|her|their|the)\s+(?:new\s+)?(?:owners?|buyers?|operators?|"
               r"charterers?|managers?)\b)")
_POSSESSIVE = rx(r"['’]s\b")
_NON_WORD = rx(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """A key for comparing names: case, accents, punctuation and "'s" do not matter."""
    if name.isascii():
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


# the words for what ships carry
CARGO_WORDS = (r"(?:oil|crude|petroleum|fuel|diesel|gasoline|petrol|gas|LNG|LPG|coal|grain|wheat|"
                r"maize|corn|barley|munitions|arms|weapons|ammunition|shells|missiles|drones|"
                r"rockets|armaments|goods|cargo(?:es)?|exports|products|steel|iron|ore|timber|"
                r"fertili[sz]ers?|containers?|crates|equipment|components|parts|supplies|naphtha|"
                r"kerosene|jet fuel|bitumen|condensate|potash|urea|ammonia|sulph?ur|aluminium|"
                r"aluminum|copper|nickel|uranium|gold|metals?|scrap|cotton|rice|sugar|soy\w*|"
                r"sunflower \w+|vehicles|trucks|lorries|tanks|artillery|explosives|gunpowder|chemicals|"
                # ("arrived from Samsun with construction materials")
                # ("received frozen squid from the jiggers", "transshipped their catch")
                r"materials|cement|clinker|machinery|flour|cars|fish|seafood|fruit|salt|catch|squid|"
                r"tuna|krill|shrimps?|prawns|fishmeal)")

# a sentence that opens another story: "Separately, ...", "In another incident, ..."
SEPARATE_STORY = re.compile(r"\s*(?:Separately|Elsewhere|In\s+(?:a\s+separate|another|an\s+unrelated)\s+"
                            r"(?:incident|development|case|attack))\b")
