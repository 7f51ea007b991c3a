"""The state that extractors share while reading one document, and their protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Document
from .dates import TimeMention
from .gazetteer import Gazetteer
from .text import Span, Token


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
    tokens: list[Token]
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
    _by_sentence: dict[tuple[int, str | None], list[Mention]] = field(default_factory=dict,
                                                                      repr=False)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def doc_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.doc.date) if self.doc.date else None

    def taken(self, start: int, end: int) -> bool:
        """Whether a named mention already covers any of text[start:end]."""
        return any(m.start < end and start < m.end and m.form != "anaphor" for m in self.mentions)

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        self._by_sentence.clear()
        return mention

    def attrs(self, type_: str, key: str) -> dict[str, Any]:
        return self.attributes.setdefault((type_, key), {})

    def in_sentence(self, sent: Sentence, type_: str | None = None) -> list[Mention]:
        """The mentions that start in a sentence (of one type, if given), in text order."""
        key = (sent.span.start, type_)
        if key not in self._by_sentence:
            out = [m for m in self.mentions if sent.span.start <= m.start < sent.span.end
                   and (type_ is None or m.type == type_)]
            self._by_sentence[key] = sorted(out, key=lambda m: m.start)
        return list(self._by_sentence[key])

    def sentence_text(self, sent: Sentence) -> str:
        return self.doc.text[sent.span.start:sent.span.end]


class Extractor(Protocol):
    """A pipeline component: reads the analysis and adds to it."""

    name: str

    def __call__(self, analysis: Analysis) -> None: ...
