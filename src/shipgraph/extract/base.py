"""The state that extractors share while reading one document, and their protocol."""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Document
from .dates import TimeMention
from .gazetteer import Entry, Gazetteer
from .text import Span


@dataclass
class Mention:
    """A stretch of text that names (or refers back to) an entity."""

    start: int
    end: int
    text: str
    type: str  # Vessel, Port, State, Place, Person, Organization
    key: str  # the entity it names: a port id, an ISO code, a normalised vessel name...
    form: str = "name"  # name, adjective, capital, anaphor
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sentence:
    span: Span
    paragraph: int
    words: list[str]  # the texts of its tokens (text.words)
    times: list[TimeMention] = field(default_factory=list)


@dataclass
class Analysis:
    """One document as the extractors see it; each adds what it finds."""

    doc: Document
    gazetteer: Gazetteer
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # entity key -> attributes gathered from the text (imo, flag, vessel_type, former names...)
    attributes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    # the day a wire story's dateline gives ("NEW DELHI, June 11 (Wire) -"), if it has one
    filed: str | None = None
    # rows of a table of ship-to-ship transfers (a "Vessel" and a "Counterpart" column): the
    # row's start -> the keys of its two ships
    pair_rows: dict[int, tuple[str, str]] = field(default_factory=dict)
    # names the document sets in quotes (start, end), read without them (see worktext.working_text)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    # ports the gazetteer lacks that the text names as ports ("the port of X"), by key
    unlisted_ports: dict[str, Entry] = field(default_factory=dict)
    # Mentions in text order, all and by type, kept sorted as they are added, so that the
    # lookups below cost a binary search rather than a pass over every mention: a document
    # naming thousands of ships is read in time proportional to its length.
    _ordered: dict[str | None, list[Mention]] = field(default_factory=dict, repr=False)
    _longest: int = 0
    _events_at: dict[int, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    _events_indexed: int = 0
    _events_tail: object = field(default=None, repr=False)  # the event indexed last
    _sentence_index: dict[int, int] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.doc.text

    def index_of(self, sent: Sentence) -> int:
        """Where a sentence stands in `sentences` (which are set once, before the extractors)."""
        if len(self._sentence_index) != len(self.sentences):
            self._sentence_index = {x.span.start: i for i, x in enumerate(self.sentences)}
        return self._sentence_index[sent.span.start]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence that holds text position `pos` (sentences are in text order)."""
        i = bisect.bisect_right(self.sentences, pos, key=lambda x: x.span.start) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].span.end else None

    def port(self, key: str | None) -> Entry | None:
        """The port of a key: the gazetteer's, or one the text named that it lacks."""
        if key is None:
            return None
        return self.gazetteer.ports.get(key) or self.unlisted_ports.get(key)

    @property
    def doc_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.doc.date) if self.doc.date else None

    def taken(self, start: int, end: int) -> bool:
        """Whether a named mention already covers any of text[start:end]."""
        return any(m.end > start and m.form != "anaphor"
                   for m in self.between(start - self._longest, end))

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        for key in (None, mention.type):
            bisect.insort_right(self._ordered.setdefault(key, []), mention, key=_start)
        self._longest = max(self._longest, mention.end - mention.start)
        return mention

    def events_at(self, start: int) -> list[dict[str, Any]]:
        """The events whose first evidence span starts at `start` (one sentence's events).
        Events are only ever appended or dropped, so the index grows with the list and is
        rebuilt when it shrinks, or when the event it last indexed no longer stands where it
        did (some were dropped, and as many or more appended since)."""
        indexed = self._events_indexed
        if len(self.events) < indexed or indexed and self.events[indexed - 1] is not self._events_tail:
            self._events_at.clear()
            indexed = 0
        for e in self.events[indexed:]:
            self._events_at.setdefault(e["evidence"][0][0], []).append(e)
        self._events_indexed = len(self.events)
        self._events_tail = self.events[-1] if self.events else None
        return self._events_at.get(start, [])

    @property
    def longest(self) -> int:
        """The length of the longest mention so far (bounds the look-back of `between`)."""
        return self._longest

    def between(self, start: int, end: int, type_: str | None = None) -> list[Mention]:
        """Mentions (of one type, if given) that start in text[start:end], in text order."""
        ordered = self._ordered.get(type_, [])
        lo = bisect.bisect_left(ordered, start, key=_start)
        hi = bisect.bisect_left(ordered, end, lo=lo, key=_start)
        return ordered[lo:hi]

    def before(self, pos: int, type_: str | None = None) -> list[Mention]:
        """Mentions (of one type, if given) that start before pos, in text order."""
        ordered = self._ordered.get(type_, [])
        return ordered[:bisect.bisect_left(ordered, pos, key=_start)]

    def attrs(self, type_: str, key: str) -> dict[str, Any]:
        return self.attributes.setdefault((type_, key), {})

    def in_sentence(self, sent: Sentence, type_: str | None = None) -> list[Mention]:
        """The mentions that start in a sentence (of one type, if given), in text order."""
        return self.between(sent.span.start, sent.span.end, type_)

    def sentence_text(self, sent: Sentence) -> str:
        return self.doc.text[sent.span.start:sent.span.end]


_start = operator.attrgetter("start")


class Extractor(Protocol):
    """A pipeline component: reads the analysis and adds to it."""

    name: str

    def __call__(self, analysis: Analysis) -> None: ...
