"""Events from sentences: port calls, transfers, ship-to-ship transfers, AIS gaps,
detentions, designations and attacks on ships. Denied, planned and hypothetical statements are skipped.

The rules live in portcalls, transfers and incidents; this component runs them in order:
sentence rules first, then the rules that join sentences (voyages, discharges, origins)."""

from __future__ import annotations

import re

from .base import Analysis
from .confidence import CARGO_READING, confidence_of
from .eventbase import told_again, weaker
from .incidents import (
    assessed_transfers,
    attacks,
    blocked_property,
    during_gaps,
    from_the_ship_before,
    gaps_during_voyages,
    held_until,
    incidents,
    merge_attacks,
    merge_detentions,
    merge_gaps,
    merge_sanctions,
    passed_on_at_sea,
    ship_to_ship,
    transfer_time,
)
from .portcalls import (
    add_port_anaphors,
    calls_to_come,
    counted_again,
    departure_after_arrival,
    did_so,
    earlier_each,
    gapped_calls,
    implied_deliveries,
    list_calls,
    listed_days,
    merge_departures,
    merge_retold_calls,
    merge_stays,
    moored_beside,
    paired_items,
    port_calls,
    refused_calls,
    refuted_calls,
    respectively,
    same_trips,
    section_ports,
    similar_trips,
    spoofed_calls,
)
from .tables import voyage_tables
from .text import normalize
from .transfers import (
    bound_after_loading,
    carriers_named,
    counted_deliveries,
    delivered_at_call,
    departed_with,
    destination_statements,
    discharge_transfers,
    drop_coarse,
    laden_departures,
    laden_left,
    loaded_in_state,
    loading_at_call_told,
    onward_legs,
    origin_statements,
    route_lines,
    sailed_to_state,
    state_transfers,
    sts_cargo,
    sts_onward,
    taken_after_detention,
    unfinished_voyages,
    vessel_transfers,
    voyages,
)

_QUESTION = re.compile(r"\?[\"”’')]*\s*$")


class EventExtractor:
    """Sentence-level event rules over the mentions the earlier extractors found."""

    name = "events"

    def __call__(self, analysis: Analysis) -> None:
        sections = section_ports(analysis)
        for sent in analysis.sentences:
            add_port_anaphors(analysis, sent, sections[sent.span.start])
            port_calls(analysis, sent, sections[sent.span.start])
            vessel_transfers(analysis, sent)
            state_transfers(analysis, sent)
            ship_to_ship(analysis, sent)
            passed_on_at_sea(analysis, sent)
            from_the_ship_before(analysis, sent)
            transfer_time(analysis, sent)
            incidents(analysis, sent)
            attacks(analysis, sent)
            respectively(analysis, sent)
            did_so(analysis, sent)
            gapped_calls(analysis, sent)
            listed_days(analysis, sent)
            paired_items(analysis, sent)
            moored_beside(analysis, sent)
            told_again(analysis, sent)
        # "Did the tanker X call at Nampo?": a question tells no event
        asked = {sent.span.start for sent in analysis.sentences
                 if _QUESTION.search(analysis.text[sent.span.start:sent.span.end])}
        if asked:
            analysis.events[:] = [e for e in analysis.events if e["evidence"][0][0] not in asked]
        refused_calls(analysis)
        refuted_calls(analysis)
        counted_again(analysis)
        list_calls(analysis)
        laden_departures(analysis)
        route_lines(analysis)
        loading_at_call_told(analysis)
        spoofed_calls(analysis)
        merge_stays(analysis)
        departure_after_arrival(analysis)
        earlier_each(analysis)
        voyage_tables(analysis)
        implied_deliveries(analysis)
        delivered_at_call(analysis)
        counted_deliveries(analysis)
        voyages(analysis)
        gaps_during_voyages(analysis)
        discharge_transfers(analysis)
        onward_legs(analysis)
        loaded_in_state(analysis)
        unfinished_voyages(analysis)
        taken_after_detention(analysis)
        same_trips(analysis)
        similar_trips(analysis)
        bound_after_loading(analysis)
        departed_with(analysis)
        sailed_to_state(analysis)
        laden_left(analysis)
        for sent in analysis.sentences:
            origin_statements(analysis, sent)
            destination_statements(analysis, sent)
        carriers_named(analysis)
        drop_coarse(analysis)
        merge_departures(analysis)
        merge_retold_calls(analysis)
        merge_detentions(analysis)
        held_until(analysis)
        merge_gaps(analysis)
        during_gaps(analysis)
        blocked_property(analysis)
        merge_sanctions(analysis)
        merge_attacks(analysis)
        assessed_transfers(analysis)
        sts_cargo(analysis)
        sts_onward(analysis)
        _no_ship_as_cargo(analysis)
        _either_place(analysis)
        _hedged_cargo(analysis)
        calls_to_come(analysis)


def _hedged_cargo(analysis: Analysis) -> None:
    """"departed Novorossiysk with what is likely to be diesel": a transfer of a load told only as
    what it was taken for, in any sentence the transfer is told in, is as sure as that reading
    (the calls stand as told)."""
    text = analysis.text
    for event in analysis.events:
        if event["type"] not in ("Transfer", "ShipToShipTransfer"):
            continue
        # ("deliveries ... of what are likely to be North Korean munitions": whence they came,
        # read from the load, is as sure)
        cargo = (event.get("cargo") or "").lower()
        for a, b in event["evidence"]:
            # (the load it carries, where it is named; else any load read so in its sentences)
            told = next((m for m in CARGO_READING.finditer(text, a, b)
                         if cargo in text[m.end():m.end() + 60].lower()), None)
            if told is not None:
                event["confidence"] = weaker(event["confidence"],
                                             confidence_of(told.group(), own=True))
                break


# between two places of which the text tells one only: "at Sikka or Vadinar", "to Sikka, or to
# Vadinar"
_OR_AFTER = re.compile(r"\s*,?\s+or\s")
_OR_BEFORE = re.compile(r"\bor\s+(?:(?:at|in|to|into|from|off)\s+)?(?:the\s+(?:port\s+of\s+)?)?$")
_OR_JOIN = re.compile(r"\s*,?\s+or\s+(?:(?:at|in|to|into|from|off)\s+)?(?:the\s+(?:port\s+of\s+)?)?")


def _either_place(analysis: Analysis) -> None:
    """"discharges at Sikka or Vadinar": a call or voyage at one of two places told as
    alternatives is only possibly at either (unless the sentence names that place on its own
    too)."""
    text = analysis.text
    for sent in analysis.sentences:
        places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State")
                  and m.form != "anaphor"]
        paired: set[int] = set()
        for p, q in zip(places, places[1:], strict=False):
            if p.key != q.key and _OR_JOIN.fullmatch(text, p.end, q.start):
                paired.update((id(p), id(q)))
        if not paired:
            continue
        for event in analysis.events_at(sent.span.start):
            if event["evidence"][0][0] != sent.span.start:
                continue
            for k in ("port", "origin", "destination"):
                # (the mention of the place nearest the event's cue: "unloaded at Sikka in May,
                # and the Y unloaded at Sikka or Vadinar in June")
                told = min((m for m in places if m.key == event.get(k)), default=None,
                           key=lambda m: abs(m.start - event["position"]))
                if told is None or id(told) not in paired:
                    continue
                # (told again on its own in another sentence: "In July it unloaded at Vadinar")
                again = any(m.key == told.key and m.form != "anaphor" and not _OR_AFTER.match(text, m.end)
                            and not _OR_BEFORE.search(text, max(a, m.start - 30), m.start)
                            for a, b in event["evidence"][1:] for m in analysis.between(a, b))
                if not again:
                    event["confidence"] = weaker(event["confidence"], "realistic possibility")


def _no_ship_as_cargo(analysis: Analysis) -> None:
    """A cargo read as the name of a ship the text tells of ("the fifth voyage of the Souria
    from Crimea to Syria") is no cargo."""
    ships = {normalize(name) for (etype, _key), attrs in analysis.attributes.items() if etype == "Vessel"
             for name in attrs.get("names", [])}
    for event in analysis.events:
        cargo = event.get("cargo")
        if event["type"] in ("Transfer", "ShipToShipTransfer") and cargo and \
                normalize(_ARTICLE.sub("", cargo)) in ships:
            event["cargo"] = None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)

