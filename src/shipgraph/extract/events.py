"""Events from sentences: port calls, transfers, ship-to-ship transfers, AIS gaps,
detentions, designations and attacks on ships. Denied, planned and hypothetical statements are skipped.

The rules live in portcalls, transfers and incidents; this component runs them in order:
sentence rules first, then the rules that join sentences (voyages, discharges, origins)."""

from __future__ import annotations

import re

from .base import Analysis
from .eventbase import told_again
from .incidents import (
    assessed_transfers,
    attacks,
    incidents,
    merge_attacks,
    merge_detentions,
    merge_gaps,
    merge_sanctions,
    ship_to_ship,
    transfer_time,
)
from .portcalls import (
    add_port_anaphors,
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
    discharge_transfers,
    drop_coarse,
    laden_departures,
    laden_left,
    onward_legs,
    origin_statements,
    sailed_to_state,
    state_transfers,
    sts_cargo,
    sts_onward,
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
            add_port_anaphors(analysis, sent)
            port_calls(analysis, sent, sections[sent.span.start])
            vessel_transfers(analysis, sent)
            state_transfers(analysis, sent)
            ship_to_ship(analysis, sent)
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
        list_calls(analysis)
        laden_departures(analysis)
        spoofed_calls(analysis)
        merge_stays(analysis)
        earlier_each(analysis)
        voyage_tables(analysis)
        implied_deliveries(analysis)
        delivered_at_call(analysis)
        counted_deliveries(analysis)
        voyages(analysis)
        discharge_transfers(analysis)
        onward_legs(analysis)
        unfinished_voyages(analysis)
        same_trips(analysis)
        bound_after_loading(analysis)
        departed_with(analysis)
        sailed_to_state(analysis)
        laden_left(analysis)
        for sent in analysis.sentences:
            origin_statements(analysis, sent)
        carriers_named(analysis)
        drop_coarse(analysis)
        merge_departures(analysis)
        merge_retold_calls(analysis)
        merge_detentions(analysis)
        merge_gaps(analysis)
        merge_sanctions(analysis)
        merge_attacks(analysis)
        assessed_transfers(analysis)
        sts_cargo(analysis)
        sts_onward(analysis)
        _no_ship_as_cargo(analysis)


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

