"""The default extraction pipeline: named components run in order over one Analysis."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..model import Document, Entity, Event, Evidence, Facts
from ..readers import OWN_LINE, WIRE_DATELINE
from . import prefilter
from .agents import AgentExtractor
from .base import Analysis, Extractor, Mention, Sentence
from .coref import VesselCoreference
from .dates import MONTHS, YEAR, Interval, TimeMention, find_times, format_interval, parse_iso
from .eventbase import ORDINAL_BEFORE, ended_by, lies_before, overlaps, stronger, weaker
from .events import EventExtractor
from .gazetteer import Gazetteer, default_gazetteer
from .places import PlaceExtractor
from .portcalls import told_activity
from .text import Span, sentences, words
from .vessels import VesselExtractor
from .worktext import restored, working_text

DEFAULT_COMPONENTS: tuple[str, ...] = ("agents", "vessels", "places", "coref", "events")
_FACTORIES: dict[str, type] = {
    "agents": AgentExtractor, "vessels": VesselExtractor, "places": PlaceExtractor,
    "coref": VesselCoreference, "events": EventExtractor,
}




# at least two blank lines between lines of text, and a line that ends a sentence followed by
# another that opens one in the same block
_BLANK_LINE_PARAGRAPHS = re.compile(r"\S[ \t]*\n[ \t]*\n(?:[ \t]*\n)*[ \t]*\S(?:.|\n)*?\S[ \t]*\n[ \t]*\n")
_LINE_IN_PARAGRAPH = re.compile(r"[.!?][\"”’)]?[ \t]*\n[ \t]*[\"“‘]?[A-Z]")


def dateline_date(text: str, start: int, doc_date: dt.date | None) -> dt.date | None:
    """The date of a dateline that opens the body, in the week up to the document's date (a
    story filed the day before it was dated counts "on Tuesday" from the day it was filed)."""
    m = WIRE_DATELINE.match(text, start)
    if m is None or doc_date is None:
        return None
    month = MONTHS.get((m["mon1"] or m["mon2"]).lower().rstrip("."))
    if month is None:
        return None
    for year in (doc_date.year, doc_date.year - 1):
        try:
            day = dt.date(year, month, int(m["d1"] or m["d2"]))
        except ValueError:
            return None
        if dt.timedelta(0) <= doc_date - day <= dt.timedelta(days=7):
            return day
    return None


# a clause telling what had been done before the time its sentence tells, up to a time in it
_PLUPERFECT_BEFORE = re.compile(r"\b(?:which|that|who|after\s+it|having)\s+had\s+(?:(?:been|already|earlier|"
                                r"previously|just)\s+)?[a-z]+(?:ed|en|t)\b[^,;.]*$")


# a deed told as done before the story's time: "The ships had sailed from Tartus on April 3"
_HAD_DONE_BEFORE = re.compile(r"\bhad\s+(?:(?:been|already|earlier|previously|first)\s+)?[a-z]+(?:ed|en|t)\b"
                              r"[^,;.]*$")


# "In the same period": the time told last in its paragraph or the two before (not one of an
# earlier episode: "the vessel's previous voyage, in January 2023"), widened to a time of that
# paragraph that holds it ("In late October ... imagery from 26 October": late October)
_SAME_PERIOD = re.compile(r"(?i:(?:in|during|over|within)\s+(?:the\s+same|that)\s+"
                          r"(?:period|time\s*frame|window|span))")
# "was loading at Primorsk at the time of the announcement": the time of the news the report
# opens on (its first paragraph's first time), or the report's day
_AT_THE_TIME_OF = re.compile(r"\b(?:at|by)\s+the\s+time\s+of\s+(?:the|its|this|that)\s+(?:announcement|"
                             r"designation|listing|decision|statement|sanctions|seizure|detention|strike|"
                             r"attack|incident|report|publication)\b", re.I)
_EARLIER_EPISODE = re.compile(r"\b(?:previous|earlier|prior|former)\b[^.;]{0,30}$", re.I)


def _at_the_time_of(analysis: Analysis, span: Span, times: list[TimeMention],
                    day: dt.date | None) -> list[TimeMention]:
    """The sentence's times, with "at the time of the announcement" as the time of the news
    the report opens on (or the report's day)."""
    told = _AT_THE_TIME_OF.search(analysis.text, span.start, span.end)
    if told is None or any(told.start() <= t.start < told.end() for t in times):
        return times
    lead = next((t for s in analysis.sentences if s.paragraph == 0 for t in s.times
                 if not t.relative_to_anchor and not t.since and not t.ahead), None)
    when = lead.interval if lead is not None else Interval(day, day) if day else None
    if when is None:
        return times
    return sorted([*times, TimeMention(told.start(), told.end(), told.group(), when, True)],
                  key=lambda t: t.start)


def _period_told(text: str, sentences: list[Sentence], paragraph: int) -> Interval | None:
    told = [(s.paragraph, t) for s in sentences if paragraph - s.paragraph <= 2 for t in s.times
            if not t.relative_to_anchor and not t.since and not t.ahead and
            not _EARLIER_EPISODE.search(text, max(s.span.start, t.start - 40), t.start)]
    if not told:
        return None
    where, last = told[-1]
    holding = [t.interval for p, t in told if p == where and t.interval.start <= last.interval.start
               and last.interval.end <= t.interval.end]
    return max(holding, key=lambda iv: (iv.end - iv.start).days)


# a sentence opening on the span between two deeds its previous sentence told at two times
_BETWEEN_THOSE = re.compile(r"(?i:between)\s+(?:the|those|these|both|its|her)\s+(?:two\s+)?"
                            r"(?:port\s+)?(?:calls|visits|voyages|trips|stops|deliveries|loadings|transfers|"
                            r"dates|times|meetings)\b")


def _two_told(times: list[TimeMention]) -> Interval | None:
    """The span between the two times a sentence told, each its own ("on 10 July and 22
    September"), where it told just two and the first ends before the second begins."""
    told = [t for t in times if not t.relative_to_anchor and not t.since and not t.ahead]
    if len(told) != 2 or (told[1].interval.start - told[0].interval.end).days < 2:
        return None
    one = dt.timedelta(days=1)
    return Interval(told[0].interval.end + one, told[1].interval.start - one)


def prepare(doc: Document, gazetteer: Gazetteer) -> Analysis:
    """Sentences with their paragraph numbers, tokens and resolved time expressions."""
    prefilter.focus(doc.text)
    analysis = Analysis(doc=doc, gazetteer=gazetteer)
    text = doc.text
    anchor = None  # the last date the text itself set: "days later" counts from it
    day = None  # the last single day it set: "the same day" is it, after "in May"
    # the last day (or few days) told with its year, and its paragraph
    told: tuple[int, Interval] | None = None
    ref = dateline_date(text, doc.body_start, analysis.doc_date) or analysis.doc_date
    # a report with no date: the latest year it gives is the year of "12 February" (the end of
    # that year stands for the day of writing); what counts from the day of writing ("last
    # week") is not read (see find_times)
    dated = ref is not None
    if ref is None:
        latest = max((t.interval.end for t in find_times(text, None, doc.body_start)), default=None)
        ref = dt.date(latest.year, 12, 31) if latest else None
    # the dateline's own date ("NEW DELHI, June 11 (Wire) -") is when the story was filed, not
    # when anything in it happened
    dateline = WIRE_DATELINE.match(text, doc.body_start)
    filed = dateline.end() if dateline else -1
    paragraph = 0
    last_end = doc.body_start
    # a text whose paragraphs stand apart by blank lines, a line to a sentence within them: a
    # paragraph ends at a blank line only
    breaks = "\n\n" if _BLANK_LINE_PARAGRAPHS.search(text, doc.body_start) and \
        _LINE_IN_PARAGRAPH.search(text, doc.body_start) else "\n"
    for span in sentences(text, doc.body_start):
        gap = text[last_end:span.start]
        if breaks in gap or breaks != "\n" and "\n" in gap and OWN_LINE.match(text, span.start):
            paragraph += 1
        last_end = span.end
        times = find_times(text, ref, span.start, span.end, anchor, day, dated,
                           told[1] if told and paragraph - told[0] <= 1 else None)
        if not times and (between := _BETWEEN_THOSE.match(text, span.start)) and \
                analysis.sentences and (two := _two_told(analysis.sentences[-1].times)):
            # "... made two calls at Ust-Luga, on 10 July and 22 September. Between the calls it
            # delivered a cargo to Rizhao": the span from the one to the other
            times = [TimeMention(between.start(), between.end(), between.group(), two,
                                 relative_to_anchor=True)]
        times = _at_the_time_of(analysis, span, times, ref if dated else None)
        for k, t in enumerate(times):
            widest = _period_told(text, analysis.sentences, paragraph) if _SAME_PERIOD.fullmatch(t.text) \
                else None
            if widest is not None:
                times[k] = TimeMention(t.start, t.end, t.text, widest, True, t.ahead)
        if times and times[0].start < filed:
            analysis.filed = times[0].interval.iso()
            times = [t for t in times if t.start >= filed]
        main = False  # whether a time of this sentence's own telling has been set
        for t in times:
            # ("stuck in port since February 2022. A day later, ...": a state's span is no time
            # to count from)
            if t.ahead:
                continue  # ("is expected to arrive in mid-September. A day later, ...")
            if ORDINAL_BEFORE.search(text, max(span.start, t.start - 50), t.start):
                # ("docked at Vostochny on July 28, its fourth visit this year. It had departed
                # Rajin two days earlier": the span a count runs over is no time to count from)
                continue
            if main and _PLUPERFECT_BEFORE.search(text, max(span.start, t.start - 100), t.start):
                # ("On 2 November the X took oil from the Y, which had loaded at Primorsk in
                # mid-October. Two days later, ...": the story counts on from 2 November)
                continue
            if anchor is not None and not t.relative_to_anchor and not t.since and \
                    t.interval.end < anchor.start and \
                    _HAD_DONE_BEFORE.search(text, max(span.start, t.start - 100), t.start):
                # ("unloaded at Tobruk on April 8 and 9. The ships had sailed from Tartus on April
                # 3. ... arrived a week later": a step back the story tells, not where it stands)
                continue
            main = main or not t.relative_to_anchor and not t.since
            if not t.relative_to_anchor and not t.since:
                anchor = t.interval
            if not t.since and t.interval.start == t.interval.end:
                day = t.interval.start
            # (or a few days: "loaded coal at Nampo between 2 and 5 March 2023. On 9 March, ...")
            # (or a month: "In July 2019 authorities seized the X. ... It was released in August")
            if not t.since and not t.relative_to_anchor and YEAR.search(t.text) and \
                    (t.interval.end - t.interval.start).days <= 31:
                told = (paragraph, t.interval)
        analysis.sentences.append(Sentence(span, paragraph, words(text, span.start, span.end),
                                           times))
    return analysis


_WHOLE_MONTHS = re.compile(r"\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?")


def _not_past_the_report(analysis: Analysis) -> None:
    """A call told as made ends by the report's day: "carrying gasoline from Sines, had been due
    to discharge in Piraeus later this week" loaded at Sines before the report, whatever time the
    plan after it gives. So does a voyage or a transfer at sea told as made ("loaded at Murmansk
    in August and discharged at Fangcheng five weeks later", in a report of 5 September)."""
    day = analysis.doc_date
    if day is None:
        return
    # (not a voyage to a call the text itself puts after the report's day: the report's own
    # date may be off, and the voyage stays with the call)
    later = {(ev["vessel"], ev["port"]) for ev in analysis.events if ev["type"] == "PortCall" and
             ev.get("date") and lies_before(day.isoformat(), ev["date"]) and
             not overlaps(day.isoformat(), ev["date"])}
    for ev in analysis.events:
        if ev["type"] in ("PortCall", "Transfer", "ShipToShipTransfer") and ev.get("date") and \
                not _WHOLE_MONTHS.fullmatch(ev["date"]) and \
                (ev.get("vessel"), ev.get("destination")) not in later:
            # (a month or a year told as such, or a span of them, is kept whole)
            ev["date"] = ended_by(ev["date"], day)


def extract(doc: Document, gazetteer: Gazetteer | None = None,
            components: Sequence[str] = DEFAULT_COMPONENTS) -> Facts:
    """A document's facts: entities with their mentions, events with date, confidence, evidence."""
    work, where, quoted = working_text(doc)
    analysis = prepare(work, gazetteer or default_gazetteer())
    analysis.quoted = quoted
    for name in components:
        component: Extractor = _FACTORIES[name]()
        component(analysis)
    _not_past_the_report(analysis)
    facts = assemble(analysis)
    return restored(facts, doc, where) if where is not None else facts


def assemble(analysis: Analysis) -> Facts:
    """Mentions grouped into entities (ids in order of first mention) and events keyed to them."""
    text = analysis.text
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in sorted(analysis.mentions, key=lambda m: (m.start, m.end)):
        groups.setdefault((m.type, m.key), []).append(m)
    for attr_key in analysis.attributes:
        if attr_key[0] == "Organization" and attr_key not in groups:
            groups[attr_key] = []
    ids: dict[tuple[str, str], str] = {}
    entities: list[Entity] = []
    for (etype, key), mentions in groups.items():
        entity = _entity(analysis, etype, key, mentions, f"e{len(entities) + 1}")
        if entity is None:
            continue
        ids[(etype, key)] = entity.id
        entities.append(entity)
    events: list[Event] = []
    seen: dict[tuple[Any, ...], int] = {}
    for raw in sorted(analysis.events, key=lambda e: e["evidence"][0][0]):
        event = _event(raw, ids, text)
        if event is None:
            continue
        sig = (event.type, event.vessel, event.port, event.origin, event.destination,
               tuple(event.vessels or ()), event.target, event.date)
        if sig in seen:
            # one event told again: what the later telling adds ("arrived at Mersin on 19
            # February. ... she discharged a cargo of diesel there"), with its evidence
            kept = events[seen[sig]]
            # (not what a hedged telling adds: "was seen anchored near Longkou. It is unclear
            # whether it discharged any cargo there" tells no discharge)
            hedged = event.confidence != kept.confidence and weaker(
                kept.confidence or "reported", event.confidence or "reported") == event.confidence
            activity = kept.activity if hedged else told_activity(kept.activity, event.activity)
            evidence = kept.evidence + [x for x in event.evidence if x not in kept.evidence]
            # (a call told surer after a hedged telling: "imagery shows a tanker matching the X at
            # Jose ... it is highly likely the X loaded crude there"; not a voyage, which a hedged
            # judgement may tell before the calls it is drawn from)
            sure = stronger(kept.confidence, event.confidence) \
                if event.type == "PortCall" and kept.confidence and event.confidence else kept.confidence
            if activity != kept.activity or evidence != kept.evidence or sure != kept.confidence:
                events[seen[sig]] = kept.model_copy(update={"activity": activity, "confidence": sure,
                                                            "evidence": evidence})
            continue
        seen[sig] = len(events)
        events.append(event.model_copy(update={"id": f"{analysis.doc.id}-ev{len(events) + 1}"}))
    return Facts(document=analysis.doc, entities=entities, events=events)


def _entity(analysis: Analysis, etype: str, key: str, mentions: list[Mention],
            eid: str) -> Entity | None:
    attrs = analysis.attributes.get((etype, key), {})
    named = [m for m in mentions if m.form != "anaphor"]
    surfaces = [m.text for m in named if m.form == "name"]
    # (a list item's sentences with no subject are told of its ship by an empty mention: no text)
    evidence = [Evidence(start=m.start, end=m.end, text=m.text) for m in mentions if m.end > m.start]
    if etype == "Vessel":
        if not named:
            return None
        names = attrs.get("names") or surfaces
        name = attrs.get("current_name") or (Counter(names).most_common(1)[0][0] if names
                                              else named[0].text)
        former = attrs.get("former_names", [])
        aliases = _unique([*surfaces, *names, *former, *attrs.get("prefixed", [])], exclude=name)
        return Entity(id=eid, type="Vessel", name=name, aliases=aliases, imo=attrs.get("imo"),
                      mmsi=attrs.get("mmsi"), flag=attrs.get("flag"),
                      vessel_type=attrs.get("vessel_type"), call_sign=attrs.get("call_sign"),
                      former_names=former, mentions=evidence)
    if etype in ("Port", "State", "Place") and named and "entry" in named[0].attrs:
        entry = named[0].attrs["entry"]
        if etype == "Place" and entry.kind in ("Port", "State"):  # the city of a port or capital
            return Entity(id=eid, type="Place", name=named[0].text, country=entry.country,
                          mentions=evidence)
        aliases = _unique([m.text for m in named if m.form == "name"], exclude=entry.name)
        aliases += _unique([m.text for m in named if m.form == "capital"], exclude=entry.name)
        if etype == "State":
            return Entity(id=eid, type="State", name=entry.name, aliases=aliases, iso=entry.key,
                          mentions=evidence)
        if etype == "Port":
            return Entity(id=eid, type="Port", name=entry.name, aliases=aliases,
                          country=entry.country, unlocode=entry.unlocode, latitude=entry.lat,
                          longitude=entry.lon, mentions=evidence)
        return Entity(id=eid, type="Place", name=entry.name, aliases=aliases,
                      country=entry.country if len(entry.country or "") == 3 else None,
                      mentions=evidence)
    if not named and etype != "Organization":
        return None
    names = attrs.get("names") or [m.text for m in named]
    name = names[0]
    aliases = _unique([*(m.text for m in named), *attrs.get("aliases", [])], exclude=name)
    return Entity(id=eid, type=etype, name=name, aliases=aliases, mentions=evidence)  # type: ignore[arg-type]


def _event(raw: dict[str, Any], ids: dict[tuple[str, str], str], text: str) -> Event | None:
    etype = raw["type"]

    def ref(key: str | None, types: tuple[str, ...]) -> str | None:
        if key is None:
            return None
        for t in types:
            if (t, key) in ids:
                return ids[(t, key)]
        return None

    evidence = [Evidence(start=a, end=b, text=text[a:b]) for a, b in raw["evidence"]]
    common = {"type": etype, "date": _clean_date(raw.get("date")),
              "confidence": raw.get("confidence"), "evidence": evidence}
    if etype == "PortCall":
        vessel, port = ref(raw["vessel"], ("Vessel",)), ref(raw["port"], ("Port",))
        if not vessel or not port:
            return None
        return Event(vessel=vessel, port=port, activity=raw.get("activity"), **common)
    if etype == "Transfer":
        origin = ref(raw.get("origin"), (raw.get("origin_type") or "Port", "State"))
        dest = ref(raw.get("destination"), (raw.get("destination_type") or "Port", "State"))
        vessel = ref(raw.get("vessel"), ("Vessel",))
        if raw.get("vessel") and not vessel or (origin is None and dest is None):
            return None
        return Event(vessel=vessel, origin=origin, destination=dest, cargo=_clean_cargo(raw.get("cargo")),
                     **common)
    if etype == "ShipToShipTransfer":
        vessels = [ref(v, ("Vessel",)) for v in raw["vessels"]]
        if not all(vessels):
            return None
        loc = ref(raw.get("location"), (raw.get("location_type") or "Place", "Port", "Place"))
        return Event(vessels=[v for v in vessels if v], location=loc, cargo=raw.get("cargo"),
                     **common)
    if etype == "AISGap":
        vessel = ref(raw.get("vessel"), ("Vessel",))
        # where the ship went dark
        loc = ref(raw.get("location"), (raw.get("location_type") or "Place", "Port", "Place"))
        return Event(vessel=vessel, location=loc, **common) if vessel else None
    target = ref(raw.get("target"), ("Vessel", "Organization", "Person"))
    # where a ship was detained
    loc = ref(raw.get("location"), (raw.get("location_type") or "Port", "Port", "Place"))
    return Event(target=target, location=loc, **common) if target else None


# the trade's words for a flow, after the goods that flow: "diesel exports", "crude shipments"
_FLOW_WORD = re.compile(r"(?:^|\s+)(?:exports|imports|shipments|sales|deliveries|purchases|flows)$")


def _clean_cargo(value: str | None) -> str | None:
    """The goods of a cargo told as a flow of them: "Russia's diesel exports" carried diesel (and
    "exports" alone tells no goods)."""
    return _FLOW_WORD.sub("", value) or None if value else value


def _clean_date(value: str | None) -> str | None:
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = parse_iso(a), parse_iso(b)
        if ia and ib:
            lo, hi = min(ia.start, ib.start), max(ia.end, ib.end)
            return format_interval(lo, hi)
    iv = parse_iso(value)
    return iv.iso() if iv else None


def _unique(items: list[str], exclude: str) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item != exclude and item not in out:
            out.append(item)
    return out
