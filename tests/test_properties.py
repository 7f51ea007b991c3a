"""Property tests (Hypothesis) for the readers, the date normaliser, the identifier validators
and the facts -> RDF -> facts round trip, and a bounded fuzz run over the whole extractor.

The number of examples is Hypothesis's default; SHIPGRAPH_FUZZ_EXAMPLES raises it for the
extractor fuzz (a longer run away from CI)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shipgraph.errors import ReadError
from shipgraph.extract.dates import find_times, parse_iso
from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.extract.pipeline import extract
from shipgraph.extract.vessels import imo_valid, mmsi_valid
from shipgraph.model import Document, Entity, Event, Evidence, Facts
from shipgraph.rdf import document_iri, facts_to_quads, quads_to_facts, slug
from shipgraph.readers import SUFFIXES, read_document

XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
FUZZ_EXAMPLES = int(os.environ.get("SHIPGRAPH_FUZZ_EXAMPLES", "300"))


# --- readers -------------------------------------------------------------------------------

@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(data=st.one_of(st.binary(max_size=2000),
                      st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.text(max_size=300).map(lambda t: t.encode("utf-16"))),
       suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_read_as_a_document_or_one_clear_error(tmp_path: Path, data: bytes,
                                                         suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except ReadError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    assert doc.text and not XML_UNSAFE.search(doc.text) and not XML_UNSAFE.search(doc.title)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert 0 <= doc.body_start <= len(doc.text)
    assert doc.date is None or dt.date.fromisoformat(doc.date).year >= 1900


# --- the date normaliser -------------------------------------------------------------------

WORDS = ["on", "in", "since", "between", "and", "until", "early", "late", "mid-", "the", "of",
         "2 March", "March 2", "2024", "1999", "12/05/2023", "last week", "two days later",
         "the following month", "Q3", "summer", "January", "31", "February 29", "-", "to", ","]


# (no deadline: the first call derives every gated pattern's literals, which on a loaded machine
# takes longer than Hypothesis's default; speed is measured in benchmarks/, not here)
@settings(deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=14),
       st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1),
                                     max_value=dt.date(2030, 12, 31))))
def test_time_expressions_are_well_formed_intervals(words: list[str],
                                                    ref: dt.date | None) -> None:
    text = " ".join(words)
    for t in find_times(text, ref):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.interval.start <= t.interval.end
        iv = parse_iso(t.interval.iso())
        assert iv is not None and (iv.start, iv.end) == (t.interval.start, t.interval.end)


# --- identifiers ---------------------------------------------------------------------------

def with_check_digit(six: str) -> str:
    return six + str(sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True)) % 10)


@given(st.text(alphabet="0123456789", min_size=6, max_size=6), st.integers(1, 9))
def test_imo_numbers_with_their_check_digit_pass_and_others_fail(six: str, shift: int) -> None:
    good = with_check_digit(six)
    assert imo_valid(good)
    assert not imo_valid(good[:6] + str((int(good[6]) + shift) % 10))
    assert not imo_valid(good[:6])  # too short
    assert not imo_valid(good + "0")  # too long


@given(st.text(min_size=0, max_size=12))
def test_the_validators_never_crash_and_need_digits(value: str) -> None:
    if imo_valid(value):
        assert re.fullmatch(r"\d{7}", value)
    if mmsi_valid(value):
        assert re.fullmatch(r"[2-7]\d{8}", value)


# --- facts -> RDF -> facts -----------------------------------------------------------------

# Names as reporting writes them, including quotes, angle brackets, ampersands and
# right-to-left text; no control characters (the readers turn those into spaces).
NAME_CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
                           blacklist_characters="\ufffe\uffff")


@st.composite
def facts(draw: st.DrawFn) -> Facts:
    names = draw(st.lists(st.text(NAME_CHARS, min_size=1, max_size=20).map(str.strip).filter(
        bool), min_size=1, max_size=6, unique_by=slug))
    text_parts, entities = ["Title"], []
    kinds = ["Vessel", "Port", "Place", "Person", "Organization"]
    offset = len("Title\n")
    for i, name in enumerate(names, start=1):
        start = offset
        text_parts.append(name)
        offset += len(name) + 1
        etype = draw(st.sampled_from(kinds))
        entities.append(Entity(
            id=f"e{i}", type=etype, name=name,
            aliases=sorted(set(draw(st.lists(st.text(NAME_CHARS, min_size=1, max_size=8),
                                             max_size=2)))),
            # one ship, one IMO number: two entities with one number are one node by design
            imo=with_check_digit(f"{draw(st.integers(0, 9999)):04d}{i:02d}")
            if etype == "Vessel" and draw(st.booleans()) else None,
            flag=draw(st.sampled_from([None, "RU", "KP", "PA"])) if etype == "Vessel" else None,
            mentions=[Evidence(start=start, end=start + len(name), text=name)]))
    text = "\n".join(text_parts) + "\n"
    vessels = [e.id for e in entities if e.type == "Vessel"]
    ports = [e.id for e in entities if e.type == "Port"]
    events = []
    if vessels and ports:
        date = draw(st.sampled_from([None, "2024-03", "2024-03-02", "2023-06-19/2023-10-17"]))
        events.append(Event(id="d-ev1", type="PortCall", vessel=vessels[0], port=ports[0],
                            date=date, confidence=draw(st.sampled_from([None, "likely"])),
                            evidence=[Evidence(start=0, end=len(text) - 1, text=text[:-1])]))
    doc = Document(id="d", title="Title", date=draw(st.sampled_from([None, "2024-04-01"])),
                   text=text, body_start=6, sha256="0" * 64)
    return Facts(document=doc, entities=entities, events=events)


@given(facts())
def test_facts_survive_rdf_and_back(f: Facts) -> None:
    quads = facts_to_quads(f)
    # every syntax can carry them
    for fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        assert list(ox.parse(ox.serialize(quads, format=fmt), format=fmt)) is not None
    back = quads_to_facts(quads, document_iri("d"))
    assert back.document == f.document
    assert [e.model_copy(update={"iri": None, "aliases": sorted(e.aliases)})
            for e in back.entities] == f.entities
    assert back.events == f.events


# --- the extractor, fuzzed -----------------------------------------------------------------

SHIP_NAMES = ["Kestrel", "Pale Heron", "Maria", "Orca Dawn", "Sea <Star>", 'Blue "Tern"',
              "\u05d3\u05d2 Fish", "Angara"]
PHRASES = ["The tanker {v} (IMO 9555010)", "the Russian-flagged cargo ship {v}", "{v}",
           "the vessel", "both ships", "it", "called at {p}", "docked in {p}", "loaded {c} at {p}",
           "carried {c} from {p} to {p2}", "met {v2} at sea", "conducted a ship-to-ship transfer "
           "with the {v2}", "on 2 March 2024", "in early June", "between May and July 2023",
           "was likely", "did not", "denied that", "is expected to", "according to officials",
           "switched off its transponder", "MMSI 273456780", "formerly known as {v2}", ",", ".",
           "and", ";", "\n\n",
           # what the working text reads otherwise: quotes, dash asides, wide gaps, broken words
           '"{v}"', "“{v2}”", "— a", "—", "  ", "Novoros- siysk", "Cook Islands- registered", "\n"]


@st.composite
def reports(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PHRASES),
                                    st.text(NAME_CHARS, max_size=12)), min_size=1, max_size=40))
    fill = {"v": draw(st.sampled_from(SHIP_NAMES)), "v2": draw(st.sampled_from(SHIP_NAMES)),
            "p": draw(st.sampled_from(["Rajin", "Vostochny", "Dunai", "Nampo", "Tartus"])),
            "p2": draw(st.sampled_from(["Rajin", "Vostochny", "Sevastopol", "Latakia"])),
            "c": draw(st.sampled_from(["containers", "fuel oil", "munitions", "coal"]))}
    # only the phrases are templates: generated noise may hold braces of its own
    return " ".join(p.format(**fill) if p in PHRASES else p for p in parts)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(reports(), st.sampled_from([None, "2024-05-01"]))
def test_the_extractor_holds_its_invariants_on_any_text(body: str, date: str | None) -> None:
    text = "Fuzzed report\n" + body
    doc = Document(id="fz", title="Fuzzed report", date=date, text=text, body_start=14)
    f = extract(doc, default_gazetteer())
    ids = {e.id for e in f.entities}
    for e in f.entities:
        assert e.name.strip()
        assert e.imo is None or imo_valid(e.imo)
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    for ev in f.events:
        assert ev.evidence, ev
        for sp in ev.evidence:
            assert 0 <= sp.start < sp.end <= len(text) and text[sp.start:sp.end] == sp.text
        for ref in (ev.vessel, ev.port, ev.origin, ev.destination, ev.location, ev.target,
                    ev.authority, *(ev.vessels or [])):
            assert ref is None or ref in ids
        assert ev.date is None or parse_iso(ev.date) is not None
    # and the facts reach RDF and come back whole
    back = quads_to_facts(facts_to_quads(f), document_iri("fz"))
    assert len(back.entities) == len(f.entities) and back.events == f.events


@pytest.mark.parametrize("name", SHIP_NAMES)
def test_fuzz_vocabulary_names_are_written_as_intended(name: str) -> None:
    # guard for the generator above: its placeholders are filled, not printed
    assert "{" not in name
