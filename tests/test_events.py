"""Event rules on reports written for these tests: each phenomenon, with its negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.extract.pipeline import extract
from shipgraph.model import Facts
from shipgraph.readers import read_document

from .conftest import calls, facts_of, names


def transfers(facts: Facts) -> set[tuple[str | None, str | None, str | None]]:
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id.get(e.vessel or ""), by_id.get(e.origin or ""), by_id.get(e.destination or ""))
            for e in facts.events if e.type == "Transfer"}


def dated(facts: Facts, etype: str) -> dict[tuple[str, ...], str | None]:
    by_id = {e.id: e.name for e in facts.entities}
    out = {}
    for e in facts.events:
        if e.type == etype:
            key = tuple(by_id.get(x or "", "") for x in (e.vessel, e.port, e.origin, e.destination))
            out[tuple(k for k in key if k)] = e.date
    return out


def test_voyage_across_sentences_with_pronoun_and_relative_clause() -> None:
    f = facts_of("The bulk carrier Storm Petrel took on fertiliser at Ust-Luga on 3 March. "
                 "Nine days later she arrived at Alexandria, where she unloaded.")
    assert calls(f) == {("Storm Petrel", "Ust-Luga"), ("Storm Petrel", "Alexandria")}
    assert transfers(f) == {("Storm Petrel", "Ust-Luga", "Alexandria")}
    assert dated(f, "Transfer")[("Storm Petrel", "Ust-Luga", "Alexandria")] == \
        "2024-03-03/2024-03-12"


def test_cargo_adjective_gives_the_origin_and_a_delivery_is_a_call() -> None:
    f = facts_of("Turkish customs said the Gold Finch, a Comoros-flagged general cargo ship, "
                 "delivered Iranian steel to Mersin in February.")
    assert transfers(f) == {("Gold Finch", "Iran", "Mersin")}
    assert calls(f) == {("Gold Finch", "Mersin")}
    assert next(e for e in f.entities if e.name == "Gold Finch").flag == "COM"


def test_origin_stated_in_a_later_sentence() -> None:
    f = facts_of("Port agents said the tanker Red Kite discharged 80,000 tonnes of diesel at Lagos "
                 "last week. The fuel originated in Primorsk, according to the bill of lading.")
    assert transfers(f) == {("Red Kite", "Primorsk", "Lagos")}
    # a declared origin that the text calls false is not taken
    g = facts_of("The tanker Red Kite discharged diesel at Lagos on 2 March. The cargo was "
                 "declared as fuel of Indian origin.")
    assert transfers(g) == {("Red Kite", None, "Lagos")}


def test_denied_and_planned_calls_are_not_events() -> None:
    f = facts_of("The tanker Grey Plover did not call at Sohar. The tanker White Tern is expected "
                 "to load at Basrah next month. The Blue Tit never berthed at Aden.")
    assert calls(f) == set() and transfers(f) == set()
    # kept from it, or a voyage given up
    f = facts_of("The tanker Grey Plover was prevented from docking at Sohar. The tanker White Tern "
                 "aborted its voyage to Basrah. The Blue Tit was unable to berth at Aden.")
    assert calls(f) == set() and transfers(f) == set()
    # (a call told after another port's ban is made)
    f = facts_of("After officials barred it from Sohar, the tanker Grey Plover docked at Fujairah.")
    assert calls(f) == {("Grey Plover", "Fujairah")}


def test_a_call_refuted_later_in_the_sentence() -> None:
    f = facts_of("Online posts said the tanker Grey Plover had unloaded at Sohar in June, but "
                 "imagery of the port shows no sign of her.")
    assert calls(f) == set()
    g = facts_of("The tanker Grey Plover was seen at Sohar in June, but there is no sign that she "
                 "loaded anything there.")
    assert calls(g) == {("Grey Plover", "Sohar")}
    # what is not known of its cargo leaves its presence
    g = facts_of("The cargo ship Grey Plover was observed at anchor off Rajin on 5 February but its "
                 "cargo could not be identified.")
    assert calls(g) == {("Grey Plover", "Rajin")}
    assert calls(facts_of("The cargo ship Grey Plover was reported at Rajin but it was never "
                          "there.")) == set()


def test_what_was_unloaded_or_put_ashore_in_a_where_clause() -> None:
    f = facts_of("The cargo ship Grey Wren left Rajin on June 12. She then sailed back to Vostochny, "
                 "where the containers were loaded onto railcars.")
    assert transfers(f) == {("Grey Wren", "Rajin", "Vostochny")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["containers"]
    # (the arrival after leaving on June 12: within a voyage's length of it)
    assert dated(f, "PortCall") == {("Grey Wren", "Rajin"): "2023-06-12",
                                    ("Grey Wren", "Vostochny"): "2023-06-12/2023-08-11"}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"departure", "discharging"}
    g = facts_of("The cargo ship Grey Wren docked at Vostochny, where 3,000 tonnes of wheat were "
                 "discharged. In March the Iranian cargo ship Dusk Heron berthed at Port Sudan, "
                 "where crates were offloaded.")
    assert transfers(g) == {("Grey Wren", None, "Vostochny"), ("Dusk Heron", None, "Port Sudan")}
    assert sorted(e.cargo for e in g.events if e.type == "Transfer") == ["crates", "wheat"]


@pytest.mark.parametrize(("told", "cargo"), [
    ("its share", None), ("the rest of the oil", "oil"), ("part of the diesel", "diesel"),
    ("all of its cargo", None), ("half of the 700,000 barrels of crude", "crude"),
    ("most of its wheat", "wheat"),
])
def test_a_part_of_a_cargo_is_of_that_cargo(told: str, cargo: str | None) -> None:
    f = facts_of(f"The tanker Grey Wren delivered {told} to Qingdao on February 21.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [cargo]


def test_a_supply_to_each_state_of_a_list_and_a_way_that_is_no_cargo() -> None:
    f = facts_of("Russia exported wheat to Egypt, Turkey, and the United Arab Emirates in May.")
    assert transfers(f) == {(None, "Russia", "Egypt"), (None, "Russia", "Turkey"),
                            (None, "Russia", "United Arab Emirates")}
    assert {e.cargo for e in f.events} == {"wheat"}
    # a state named after the list, in a clause of its own, is none of it
    f = facts_of("Iran supplied drones to Russia and Belarus, while Sudan bought none.")
    assert transfers(f) == {(None, "Iran", "Russia"), (None, "Iran", "Belarus")}
    # what it went through is no cargo
    f = facts_of("Russia shipped through Sevastopol much of the grain to Syria.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_the_islamic_republic_is_iran() -> None:
    f = facts_of("The Islamic Republic has shipped drones to Russia.")
    assert names(f, "Vessel") == set() and transfers(f) == {(None, "Iran", "Russia")}
    assert names(facts_of("Islamic Republic of Mauritania officials met."), "State") == {"Mauritania"}


def test_state_to_state_supply() -> None:
    f = facts_of("Analysts say North Korea has supplied Russia with millions of artillery shells "
                 "since last year.")
    assert transfers(f) == {(None, "North Korea", "Russia")}
    event = next(e for e in f.events if e.type == "Transfer")
    assert event.cargo == "artillery shells"  # the quantity is not the cargo
    assert event.date == "2023-01-01/2024-03-22"
    assert transfers(facts_of("Beijing denied sending weapons to Moscow.")) == set()
    h = facts_of("While Iran answered Moscow's call, supplying the country with drones, others "
                 "held back.")
    assert transfers(h) == {(None, "Iran", "Russia")}


def test_a_supply_by_each_state_of_a_subject_s_list() -> None:
    f = facts_of("Tehran and Moscow have both expanded oil sales to China this year.")
    assert transfers(f) == {(None, "Iran", "China"), (None, "Russia", "China")}
    g = facts_of("Russia, Iran and Venezuela sold oil to China last year.")
    assert transfers(g) == {(None, "Russia", "China"), (None, "Iran", "China"), (None, "Venezuela", "China")}
    # not the states of who said so, nor states that denied it
    h = facts_of("Officials in Seoul and Tokyo said Russia sold oil to North Korea.")
    assert transfers(h) == {(None, "Russia", "North Korea")}
    assert transfers(facts_of("Beijing and Tehran denied sending weapons to Moscow.")) == set()


def test_exports_told_with_the_share_heading_to_a_state() -> None:
    for told in ("Venezuela's oil exports rose 20% in June, with most cargoes heading to China.",
                 "Venezuela's oil exports rose 20% in June, with most of them going to China."):
        assert transfers(facts_of(told)) == {(None, "Venezuela", "China")}, told
    for told in ("Venezuela's oil output rose 20% in June, with most workers heading to Spain.",
                 "Venezuela's oil exports could rise in June, with most cargoes heading to China."):
        assert transfers(facts_of(told)) == set(), told


@pytest.mark.parametrize(("text", "cargo"), [
    ("Iran has supplied the Houthis in Yemen with weapons and fuel for years.", "weapons and fuel"),
    ("Iran has supplied Yemen's Houthis with drones.", "drones"),
    ("Iran shipped missiles to the Houthis in Yemen.", "missiles"),
    ("Russia sold crude to independent refiners in India.", "crude"),
    ("Almost all of Iran's crude exports now go to refiners in Yemen.", "crude"),
])
def test_a_supply_to_those_in_a_state_is_to_the_state(text: str, cargo: str) -> None:
    f = facts_of(text)
    origin = "Russia" if text.startswith("Russia") else "Iran"
    assert transfers(f) == {(None, origin, "India" if "India" in text else "Yemen")}
    assert [e.cargo for e in f.events] == [cargo]


def test_no_supply_to_those_in_a_state_told_by_another_state_s_name() -> None:
    assert transfers(facts_of("Russia sent weapons to Russian forces in Ukraine.")) == set()
    assert transfers(facts_of("Iran has supplied the Houthis with drones.")) == set()


@pytest.mark.parametrize(("text", "origin", "cargo"), [
    ("Around 90% of Iran's oil goes to China.", "Iran", "oil"),
    ("Most Iranian crude went to China last year.", "Iran", "crude"),
    ("Russian diesel flowed to Turkey in May.", "Russia", "diesel"),
])
def test_a_state_s_cargo_that_went_to_another_state(text: str, origin: str, cargo: str) -> None:
    f = facts_of(text)
    assert {(e.origin and next(x.name for x in f.entities if x.id == e.origin), e.cargo)
            for e in f.events if e.type == "Transfer"} == {(origin, cargo)}


def test_no_supply_where_a_ship_of_a_state_went() -> None:
    assert transfers(facts_of("The Iranian tanker went to China.")) == set()


def test_exports_that_flow_to_a_state() -> None:
    f = facts_of("Russia's seaborne crude exports fell in May. Most of the oil went to India.")
    assert transfers(f) == {(None, "Russia", "India")}
    assert [e.cargo for e in f.events] == ["oil"]
    assert transfers(facts_of("Most of the oil went to India.")) == set()
    # where it went, opening the paragraph after the one on the exports
    f = facts_of("Russia's seaborne crude exports fell in May.\n\nMost of the crude went to India, "
                 "largely through traders.")
    assert transfers(f) == {(None, "Russia", "India")}
    # (a word for the loads names no cargo: the exports told before do)
    f = facts_of("Venezuela's oil exports rose in August.\n\nMost of the cargoes went to China.")
    assert [(e.type, e.cargo) for e in f.events] == [("Transfer", "oil")]
    f = facts_of("Venezuela's exports rose in August.\n\nMost of the cargoes went to China.")
    assert [(e.type, e.cargo) for e in f.events] == [("Transfer", None)]
    # not two paragraphs on
    f = facts_of("Russia's seaborne crude exports fell in May.\n\nTraders were wary.\n\nMost of "
                 "the crude went to India.")
    assert transfers(f) == set()


def test_port_log_lines() -> None:
    f = facts_of("NOVOROSSIYSK: bulk carrier AZURE GULL (Liberia, IMO 9074729) berthed 12 Mar, "
                 "loading grain; sailed 14 Mar for Haifa.\n"
                 "SOCHI: Tanker SAND LARK anchored outside. The Azure Gull remains at Batumi.")
    assert calls(f) == {("AZURE GULL", "Novorossiysk"), ("SAND LARK", "Sochi"),
                        ("AZURE GULL", "Batumi")}
    gull = next(e for e in f.entities if e.name == "AZURE GULL")
    assert gull.flag == "LBR" and gull.imo == "9074729"
    # a present state takes the report's date
    assert dated(f, "PortCall")[("AZURE GULL", "Batumi")] == "2024-03-22"


def test_fronted_port_and_port_anaphors() -> None:
    f = facts_of("In Tartus, the Russian-flagged freighter Cape Wren unloaded armoured vehicles "
                 "on 4 May. The tanker Linnet followed her to the same berth on 9 May.")
    assert calls(f) == {("Cape Wren", "Tartus"), ("Linnet", "Tartus")}
    assert dated(f, "PortCall")[("Linnet", "Tartus")] == "2023-05-09"


def test_imagery_over_a_port_shows_a_call() -> None:
    f = facts_of("Satellite photographs taken over Nampo show the tanker Sea Swallow loading at "
                 "the oil terminal.")
    assert calls(f) == {("Sea Swallow", "Nampo")}
    f = facts_of("Imagery shows the tanker Sea Swallow at the fuel pier in Nampo.\n"
                 "Satellite images show the tanker Grey Owl docked at the port of Songnim.")
    assert calls(f) == {("Sea Swallow", "Nampo"), ("Grey Owl", "Songnim")}
    f = facts_of("Imagery shows the tanker Sea Swallow heading toward Nampo.\n"
                 "Satellite images do not show the tanker Grey Owl at Songnim.\n"
                 "Imagery shows the tanker Pale Kite in the Yellow Sea near Nampo.")
    assert calls(f) == set()


def test_nominal_calls_and_deliveries_by_a_vessel() -> None:
    f = facts_of("The tanker Dunlin had a busy winter. Its last run, a call at Bandar Abbas in "
                 "January followed by a delivery to Jask on 3 February, ended the season.")
    assert calls(f) == {("Dunlin", "Bandar Abbas"), ("Dunlin", "Jask")}
    assert transfers(f) == {("Dunlin", "Bandar Abbas", "Jask")}
    g = facts_of("The quay at Jask has been busy since deliveries by the tankers Dunlin and Smew of "
                 "what appear to be Iranian drones.")
    assert transfers(g) == {("Dunlin", "Iran", "Jask"), ("Smew", "Iran", "Jask")}


def test_ship_to_ship_with_others_is_not_a_pair() -> None:
    f = facts_of("The tankers Ivory Gull and Brown Booby each conducted ship-to-ship transfers "
                 "with unidentified vessels off Oman.")
    assert not [e for e in f.events if e.type == "ShipToShipTransfer"]
    g = facts_of("The tanker Ivory Gull moored alongside the tanker Brown Booby off Oman in a "
                 "ship-to-ship transfer on 5 March.")
    assert [e for e in g.events if e.type == "ShipToShipTransfer"]


def test_a_sanctioned_ship_is_not_a_designation() -> None:
    f = facts_of("The sanctioned tanker Pearl Sky was seen at Fujairah on 2 June.")
    assert calls(f) == {("Pearl Sky", "Fujairah")}
    assert not [e for e in f.events if e.type == "Sanction"]
    g = facts_of("The tanker Pearl Sky was sanctioned by the European Union in May.")
    assert [e for e in g.events if e.type == "Sanction"]
    # active designations, and one only threatened
    for text in ("The Treasury sanctioned the tanker Pearl Sky in May.",
                 "The bloc imposed sanctions on the tanker Pearl Sky.",
                 "OFAC is also identifying the tanker Pearl Sky as property in which a trader "
                 "has an interest."):
        assert [e.type for e in facts_of(text).events] == ["Sanction"], text
    h = facts_of("Officials said they would sanction the tanker Pearl Sky.")
    assert not [e for e in h.events if e.type == "Sanction"]


def test_flag_adjective_picks_the_antecedent() -> None:
    f = facts_of("The Liberian-flagged tanker Jade Harbor and the Maltese-flagged tanker Coral "
                 "Reef met off Malta. The Liberian tanker later sailed to Ceuta.")
    assert calls(f) == {("Jade Harbor", "Ceuta")}


def test_the_time_of_an_event_comes_from_its_own_clause() -> None:
    f = facts_of("The pattern repeated between 2 and 3 March, when the tanker Wigeon loaded at "
                 "Primorsk, and on 9 March, when she discharged at Ceyhan.")
    d = dated(f, "PortCall")
    assert d[("Wigeon", "Primorsk")] == "2024-03-02/2024-03-03"
    assert d[("Wigeon", "Ceyhan")] == "2024-03-09"


def test_group_flags_and_postposed_flags() -> None:
    f = facts_of("Two Panama-flagged tankers kept up the run. The tanker Garganey sailed first; "
                 "the tanker Shoveler followed.\n"
                 "1. TEAL STAR (IMO 9074729), crude oil tanker, Gabon-flagged.\n"
                 "A Malta-registered bulker, the Avocet, was idle.")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Garganey": "PAN", "Shoveler": "PAN", "TEAL STAR": "GAB", "Avocet": "MLT"}


def test_a_renamed_place_is_not_a_vessel() -> None:
    f = facts_of("At the port formerly called Illichivsk, the bulk carrier Merlin loaded maize.")
    assert {e.name for e in f.entities if e.type == "Vessel"} == {"Merlin"}
    assert calls(f) == {("Merlin", "Chornomorsk")}


def test_partner_named_only_beside_a_known_vessel() -> None:
    facts = facts_of("The Panama-flagged tanker Pale Heron docked at Rajin on 14 March 2024. On 20 "
                     "March 2024 the Pale Heron and the Kestrel conducted a ship-to-ship transfer "
                     "in the Sea of Japan.")
    by_id = {e.id: e.name for e in facts.entities}
    sts = [e for e in facts.events if e.type == "ShipToShipTransfer"]
    assert len(sts) == 1 and {by_id[v] for v in sts[0].vessels or []} == {"Pale Heron", "Kestrel"}
    assert by_id[sts[0].location or ""] == "Sea of Japan" and sts[0].date == "2024-03-20"


def test_coordination_needs_ships_acting_together_and_no_title() -> None:
    facts = facts_of("The tanker Pale Heron and Captain Ivanov met at Rajin on 3 May. Later the "
                     "tanker Pale Heron and the Kremlin were named in the same paragraph.")
    assert {e.name for e in facts.entities if e.type == "Vessel"} == {"Pale Heron"}


def test_an_imo_number_is_not_the_organisation() -> None:
    facts = facts_of("The tanker Kestrel (IMO 9555010) called at Vostochny. The IMO has asked "
                     "flag states to act.")
    orgs = [e for e in facts.entities if e.type == "Organization"]
    assert [e.name for e in orgs] == ["IMO"]
    assert all(m.start > facts.document.text.index("The IMO") for m in orgs[0].mentions)


def test_a_type_word_after_a_flag_is_not_a_name() -> None:
    facts = facts_of("The Star Phoenix, a Panama-flagged LPG carrier, switched off its transponder "
                     "near Kushiro on 6 November 2022.")
    vessels = {e.name: e.flag for e in facts.entities if e.type == "Vessel"}
    assert vessels == {"Star Phoenix": "PAN"}


def test_a_load_with_its_own_destination_starts_no_second_voyage() -> None:
    facts = facts_of("On 11 May 2022 the tanker Grey Tern called at Duluth. The Grey Tern probably "
                     "carried fuel oil from Sinpo to Papenburg in January 2022.")
    assert transfers(facts) == {("Grey Tern", "Sinpo", "Papenburg")}


def sts_events(facts: Facts) -> list[tuple[frozenset[str], str | None, int]]:
    by_id = {e.id: e.name for e in facts.entities}
    return [(frozenset(by_id[v] for v in e.vessels or []), by_id.get(e.location or ""),
             len(e.evidence)) for e in facts.events if e.type == "ShipToShipTransfer"]


@pytest.mark.parametrize("text", [
    "The tanker Kite Hollow headed to waters off Malaysia, where its cargo was transferred to two "
    "smaller tankers, the Grey Wren and the Dusk Heron, in early February.",
    "The tanker Kite Hollow headed to waters off Malaysia, where its cargo was split between two "
    "smaller tankers, the Grey Wren and the Dusk Heron, in early February.",
    "The tanker Kite Hollow transferred its cargo to tankers Grey Wren and Dusk Heron in early "
    "February.",
])
def test_a_cargo_passed_to_ships_named_after_their_kind_is_a_transfer_to_each(text: str) -> None:
    f = facts_of(text)
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == [
        ["Dusk Heron", "Kite Hollow"], ["Grey Wren", "Kite Hollow"]]
    assert {e.date for e in f.events} == {"2024-02-01/2024-02-10"}


def test_a_plan_in_the_main_clause_is_not_the_where_clause_s() -> None:
    f = facts_of("The tanker Kite Hollow headed to waters off Malaysia, where it transferred its cargo "
                 "to the Grey Wren.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Kite Hollow", "Grey Wren"})]
    f = facts_of("The tanker Kite Hollow is heading to waters off Malaysia, where it will transfer its "
                 "cargo to the Grey Wren. The profits were split between two firms, the Dusk Heron "
                 "and the Kite.")
    assert sts_events(f) == []


def test_a_ship_named_before_lies_alongside_another_at_sea() -> None:
    f = facts_of("The Grey Wren lay alongside the Kite Hollow for 36 hours in the Gulf of Oman, with "
                 "hoses visible between them.")
    assert names(f, "Vessel") == {"Grey Wren", "Kite Hollow"}
    assert sts_events(f) == [(frozenset({"Grey Wren", "Kite Hollow"}), "Gulf of Oman", 1)]
    g = facts_of("The tanker Dusk Heron came alongside the Quay Seven at Rotterdam.")
    assert sts_events(g) == [] and "Quay Seven" not in names(g, "Vessel")


def test_a_cargo_received_from_a_ship_named_after_its_kind() -> None:
    f = facts_of("The tanker Grey Wren delivered oil products to Nampo in March after receiving them "
                 "from the tanker Kite Hollow near Taiwan.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Grey Wren", "Kite Hollow"})]
    f = facts_of("The tanker Grey Wren delivered oil products to Nampo after receiving them from the "
                 "port of Dalian.")
    assert sts_events(f) == [] and transfers(f) == {("Grey Wren", "Dalian", "Nampo")}


@pytest.mark.parametrize("text", [
    "The tankers Kite Hollow and Dusk Heron both transferred oil to the Grey Wren off Malaysia.",
    "Kite Hollow and Dusk Heron, both Aframaxes, lightered onto the Grey Wren off Malaysia.",
    "The VLCC Grey Wren received two cargoes of Urals from the Aframaxes Kite Hollow and Dusk Heron "
    "off Malaysia.",
])
def test_two_ships_that_each_passed_cargo_to_a_third(text: str) -> None:
    assert sorted(sorted(pair) for pair, _, _ in sts_events(facts_of(text))) == [
        ["Dusk Heron", "Grey Wren"], ["Grey Wren", "Kite Hollow"]]


def test_a_transfer_told_with_an_adjective_names_the_other_ship() -> None:
    f = facts_of("A second tanker, the Cameroon-flagged Grey Wren, is suspected of conducting a "
                 "similar transfer with the Kite Hollow near the Chinese port of Dalian in April.")
    assert sts_events(f) == [(frozenset({"Grey Wren", "Kite Hollow"}), "Dalian", 1)]
    assert [e.confidence for e in f.events] == ["realistic possibility"]
    f = facts_of("The freighter Grey Wren later undertook another transfer with the Bank of Kunlun.")
    assert names(f, "Vessel") == {"Grey Wren"} and sts_events(f) == []


def test_a_cargo_received_from_a_ship_named_with_its_flag_is_a_transfer_at_sea() -> None:
    f = facts_of("Analysts believe the tanker Grey Wren received its cargo from the Gabon-flagged "
                 "Kite Hollow during the gap, although the manager denied any such operation.")
    assert [(pair, e.confidence) for pair, e in zip(
        [p for p, _, _ in sts_events(f)], [e for e in f.events if e.type == "ShipToShipTransfer"],
        strict=True)] == [(frozenset({"Grey Wren", "Kite Hollow"}), "likely")]
    f = facts_of("The tanker Grey Wren received its cargo from Panama-flagged ships.")
    assert sts_events(f) == []


@pytest.mark.parametrize(("text", "where"), [
    ("The tankers Kite Hollow and Grey Wren met in the Gulf of Oman and transferred oil.",
     "Gulf of Oman"),
    ("The tankers Kite Hollow and Grey Wren were seen side by side in the Yellow Sea, apparently "
     "transferring fuel.", "Yellow Sea"),
])
def test_ships_that_met_and_moved_oil(text: str, where: str | None) -> None:
    assert sts_events(facts_of(text)) == [(frozenset({"Kite Hollow", "Grey Wren"}), where, 1)]


@pytest.mark.parametrize("text", [
    "The tankers Kite Hollow and Grey Wren sailed side by side without transferring oil.",
    "The tankers Kite Hollow and Grey Wren lay alongside each other without transferring any oil.",
    # side by side at a quay, loading from it; what is moved is no cargo
    "The tankers Kite Hollow and Grey Wren were moored side by side at Amirabad, loading crates.",
    "The tanker Kite Hollow met the tanker Grey Wren and transferred ownership documents.",
])
def test_ships_side_by_side_that_moved_nothing_between_them(text: str) -> None:
    assert sts_events(facts_of(text)) == []


@pytest.mark.parametrize(("text", "where"), [
    ('The Suezmax Delta Rose discharged at Qingdao on 8 October after an STS off Malaysia with '
     '"Sea Crown".', None),
    ("The Suezmax Delta Rose conducted an STS in the Gulf of Oman with the Sea Crown.", "Gulf of Oman"),
])
def test_a_transfer_whose_place_is_told_before_the_other_ship(text: str, where: str | None) -> None:
    assert sts_events(facts_of(text)) == [(frozenset({"Delta Rose", "Sea Crown"}), where, 1)]


def test_a_discharge_told_with_no_place_right_after_an_arrival_was_at_that_port() -> None:
    f = facts_of("On 3 May, the tanker Kite Hollow arrived at Tartus. It unloaded its cargo over the "
                 "following three days and left on 7 May.")
    assert [(e.activity, e.date) for e in f.events if e.type == "PortCall"] == \
        [("discharging", "2023-05-03/2023-05-07")]
    assert transfers(f) == {("Kite Hollow", None, "Tartus")}
    # not where it did not, nor in another paragraph
    for text in ("On 3 May, the tanker Kite Hollow arrived at Tartus. It did not unload its cargo.",
                 "On 3 May, the tanker Kite Hollow arrived at Tartus.\n\nIt unloaded its cargo."):
        assert transfers(facts_of(text)) == set(), text


def test_a_ship_kept_from_leaving_a_port_and_a_deed_of_a_ship_not_seen_since() -> None:
    f = facts_of("The authorities have barred the cargo ship Dong Feng from leaving the port of "
                 "Pohang since last month.")
    assert sorted((e.type, e.activity) for e in f.events) == [("Detention", None), ("PortCall", None)]
    f = facts_of("No sign yet of the Aframax Nadia which left Primorsk on 20 September with Urals.")
    assert calls(f) == {("Nadia", "Primorsk")}
    assert calls(facts_of("The cargo ship Dong Feng did not call at the port which the Kite had "
                          "left.")) == set()


def test_a_denial_inside_a_description_set_off_by_commas_is_its_own() -> None:
    f = facts_of("The LNG carrier Kite Hollow, the only Arc7 vessel not under Western sanctions, "
                 "called at Sabetta in May.")
    assert calls(f) == {("Kite Hollow", "Sabetta")}
    f = facts_of("The LNG carrier Kite Hollow, the only Arc7 vessel, did not call at Sabetta.")
    assert calls(f) == set()


def test_a_cargo_passed_on_to_other_ships_in_a_port() -> None:
    f = facts_of("Ice-class carriers delivered 14 cargoes from Sabetta to the Belgian port of "
                 "Zeebrugge, where the gas was transferred to conventional tankers such as the Pskov "
                 "and the La Mancha Knutsen. The Pskov then sailed to Dahej, arriving on 21 February.")
    assert {("Pskov", "Zeebrugge"), ("La Mancha Knutsen", "Zeebrugge")} <= calls(f)
    assert ("Pskov", "Zeebrugge", "Dahej") in transfers(f)
    f = facts_of("The tanker Kite Hollow sailed to Zeebrugge, where its cargo was loaded onto the "
                 "tanker Grey Wren.")
    assert {(e.activity) for e in f.events if e.type == "PortCall"} == {"discharging", "loading"}
    assert sts_events(f) == [(frozenset({"Kite Hollow", "Grey Wren"}), "Zeebrugge", 1)]
    # not where it was not
    f = facts_of("The tanker Kite Hollow sailed to Zeebrugge, where its cargo was not loaded onto the "
                 "tanker Grey Wren.")
    assert sts_events(f) == [] and ("Grey Wren", "Zeebrugge") not in calls(f)


def test_a_ship_that_loaded_at_a_storage_ship_moved_cargo_with_it() -> None:
    f = facts_of("The LNG carrier Kite Hollow loaded its cargo at the Grey floating storage unit near "
                 "Murmansk in June. The LNG carrier Dusk Heron took on a cargo at the Grey FSU in "
                 "mid-July.")
    assert names(f, "Vessel") == {"Kite Hollow", "Grey", "Dusk Heron"}  # one storage ship
    assert sorted((sorted(pair), where) for pair, where, _ in sts_events(f)) == [
        (["Dusk Heron", "Grey"], None), (["Grey", "Kite Hollow"], "Murmansk")]
    f = facts_of("The LNG carrier Kite Hollow has shuttled between Sabetta and the Grey FSU since "
                 "May.")
    assert sts_events(f) == [(frozenset({"Kite Hollow", "Grey FSU"}), None, 1)]
    assert calls(f) == {("Kite Hollow", "Sabetta")}
    # not where it did not, nor at a ship that stores nothing
    assert sts_events(facts_of("The LNG carrier Kite Hollow did not load at the Grey FSU.")) == []
    assert sts_events(facts_of("The LNG carrier Kite Hollow loaded its cargo at the tanker Grey "
                               "Wren's former berth.")) == []


def test_where_a_ship_to_ship_transfer_took_place() -> None:
    # at sea off a state: no port or place, and not the port a ship called at in the sentence
    f = facts_of("The tanker Marsh Tit discharged gasoil at Tartus on 9 May after a ship-to-ship "
                 "transfer off Cyprus with the tanker Coal Tit.")
    assert sts_events(f) == [(frozenset({"Marsh Tit", "Coal Tit"}), None, 1)]
    assert calls(f) == {("Marsh Tit", "Tartus")}
    # a place named as the point a distance is taken from is not where they met
    g = facts_of("On 4 May the tankers Marsh Tit and Coal Tit were seen lashed together about "
                 "40 km south of Nakhodka, in the Sea of Japan.")
    assert sts_events(g) == [(frozenset({"Marsh Tit", "Coal Tit"}), "Sea of Japan", 1)]
    h = facts_of("On 4 May the tanker Marsh Tit moored alongside the tanker Coal Tit off Nakhodka "
                 "in a ship-to-ship transfer.")
    assert sts_events(h) == [(frozenset({"Marsh Tit", "Coal Tit"}), "Nakhodka", 1)]


def test_a_ship_to_ship_transfer_of_a_cargo_with_a_ship_named_beside_its_kind() -> None:
    for text in ("The Hui Tong made an STS transfer of about 4,000 tonnes of coal to the Kum San 3 "
                 "in May.",
                 "The Hui Tong engaged in ship-to-ship transfers of coal with the Kum San 3 in May.",
                 # the time after the name set off by commas is still the relative clause's
                 "The designated firm, Wren Trading, operates the Hui Tong, which conducted a "
                 "ship-to-ship transfer of coal with a North Korean-flagged vessel, the Kum San 3, "
                 "in Chinese waters in May."):
        f = facts_of(text)
        assert [(e.type, frozenset(names_of(f, e.vessels)), e.date) for e in f.events
                if e.type != "Sanction"] == [
            ("ShipToShipTransfer", frozenset({"Hui Tong", "Kum San 3"}), "2023-05")], text
    # an aside's own time ends it where no name is set off: the call keeps its own
    f = facts_of("The Hui Tong, which loaded coal at Nampo, Kpler said, docked at Lianyungang on "
                 "3 May.")
    assert dated(f, "PortCall")[("Hui Tong", "Lianyungang")] == "2023-05-03"


def test_a_transfer_off_a_port_a_state_holds_is_at_that_port() -> None:
    f = facts_of("The VLCC Star Wren received its cargo from the tanker Huge in a transfer off "
                 "Malaysia's Tanjung Pelepas in June.")
    assert sts_events(f) == [(frozenset({"Star Wren", "Huge"}), "Tanjung Pelepas", 1)]
    f = facts_of("The VLCC Star Wren received its cargo from the tanker Huge in a transfer off "
                 "Malaysia's eastern coast in June.")
    assert sts_events(f) == [(frozenset({"Star Wren", "Huge"}), None, 1)]


def test_a_transfer_told_twice_is_one_event() -> None:
    f = facts_of("On 12 May the tanker Marsh Tit received fuel from the tanker Coal Tit in a "
                 "ship-to-ship transfer in the Gulf of Oman. Imagery from 13 May shows both "
                 "hulls lashed together, hoses rigged between them.")
    assert sts_events(f) == [(frozenset({"Marsh Tit", "Coal Tit"}), "Gulf of Oman", 2)]
    # a meeting of the same pair months later is another one
    g = facts_of("On 12 May the tanker Marsh Tit received fuel from the tanker Coal Tit in a "
                 "ship-to-ship transfer in the Gulf of Oman. On 20 September the tankers Marsh "
                 "Tit and Coal Tit were seen lashed together again.")
    assert len(sts_events(g)) == 2


def test_recommendations_and_prospects_are_not_events() -> None:
    f = facts_of("The monitors recommend closer scrutiny of vessels conducting ship-to-ship "
                 "transfers in the Gulf of Oman, and that the tankers Marsh Tit and Coal Tit be "
                 "designated.")
    assert not [e for e in f.events if e.type in ("ShipToShipTransfer", "Sanction")]
    # what the ship is likely to do is not done; what it likely did is, with that confidence
    g = facts_of("The freighter Wren probably sailed on to Vostochny, where it is likely to "
                 "unload the containers next week.")
    assert calls(g) == {("Wren", "Vostochny")}
    call = next(e for e in g.events if e.type == "PortCall")
    assert call.activity is None and call.confidence == "likely"
    assert call.date is None  # next week is after the report: not this call's time
    assert transfers(g) == set()
    h = facts_of("The freighter Wren is likely to have unloaded the containers at Vostochny "
                 "on 2 March.")
    assert calls(h) == {("Wren", "Vostochny")}


def test_a_ship_as_the_object_and_cargo_moved_between_ships() -> None:
    f = facts_of("Containers were loaded onto the cargo ship Rook at Rajin on 2 March. Later the "
                 "cargo was transferred at night from the Rook to the barge Jackdaw-7.")
    call = next(e for e in f.events if e.type == "PortCall")
    assert calls(f) == {("Rook", "Rajin")} and call.activity == "loading"
    assert sts_events(f) == [(frozenset({"Rook", "Jackdaw-7"}), None, 1)]
    # moved from a port to a port is a voyage, not a meeting of ships
    g = facts_of("The freighter Rook moved the containers from Rajin to Vostochny.")
    assert sts_events(g) == []
    # the ship named after the verb, but the port is where it sailed later, not where it loaded
    h = facts_of("Containers were loaded onto the cargo ship Rook, which later sailed to Rajin.")
    assert [(e.type, e.activity) for e in h.events] == [("PortCall", None)]


def test_people_charities_and_generic_ships_are_not_vessels_or_events() -> None:
    f = facts_of("Maria Zakharova, the ministry spokeswoman, denied it. The Hope Foundation "
                 "delivered aid to Gaza in May. Tankers carrying Russian oil continued to call at "
                 "Indian ports. Russian forces shelled Odesa port on Monday.")
    assert [e for e in f.entities if e.type == "Vessel"] == []
    assert f.events == []


def test_a_seizure_names_its_object_not_the_ship_of_a_later_clause() -> None:
    f = facts_of("JAKARTA, July 10 (Test Wire) - Officers seized the tanker Rook off Batam on "
                 "Tuesday after it was found alongside the tanker Jackdaw.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(e.type, by_id[e.target or ""]) for e in f.events if e.type == "Detention"] == \
        [("Detention", "Rook")]
    assert "Jakarta" not in {e.name for e in f.entities}  # the dateline's city
    g = facts_of("The tankers Rook and Jackdaw were seized by the navy on 2 May.")
    assert sorted(by_name(g, "Detention")) == ["Jackdaw", "Rook"]
    # a seized cargo is not a seized ship
    h = facts_of("The tanker Rook was in dispute after officers seized its Iranian cargo.")
    assert by_name(h, "Detention") == []
    # the ship with its cargo is the ship
    h = facts_of("The tanker Eventin drifted off Rugen. On 14 March customs confiscated the ship "
                 "and its cargo.")
    assert by_name(h, "Detention") == ["Eventin"]


def by_name(facts: Facts, etype: str) -> list[str]:
    by_id = {e.id: e.name for e in facts.entities}
    return [by_id[e.target or ""] for e in facts.events if e.type == etype]


def test_a_deed_at_a_port_that_opens_the_sentence_and_a_voyage_that_ended() -> None:
    f = facts_of("After unloading in Sevastopol, the cargo ship Rook returned to Novorossiysk on "
                 "20 March. Before docking at Tartus, the tanker Jackdaw waited offshore.")
    assert calls(f) == {("Rook", "Sevastopol"), ("Rook", "Novorossiysk"), ("Jackdaw", "Tartus")}
    by_port = {e.port: e.activity for e in f.events if e.type == "PortCall"}
    ids = {e.name: e.id for e in f.entities}
    assert by_port[ids["Sevastopol"]] == "discharging"
    # the clause is negated: no call
    g = facts_of("After failing to dock at Tartus, the tanker Jackdaw turned back.")
    assert calls(g) == set()
    # headed somewhere is not a call there, unless it arrived
    h = facts_of("The tanker Rook headed to Port Sudan. The tanker Jackdaw headed to Jeddah, "
                 "arriving on 12 March.")
    assert calls(h) == {("Jackdaw", "Jeddah")}
    assert dated(h, "PortCall")[("Jackdaw", "Jeddah")] == "2024-03-12"


@pytest.mark.parametrize(("text", "activity"), [
    ("Port records show the freighter Dune Lark berthed at Nakhodka from 3 to 9 April, loading coal.",
     "loading"),
    ("The freighter Dune Lark docked at Tartus on 3 May, unloading military vehicles.", "discharging"),
    # a participle with no cargo after it tells no more than the berthing
    ("The freighter Dune Lark docked at Tartus on 3 May, loading at night.", "berthed"),
])
def test_what_a_ship_did_at_the_port_it_berthed_at(text: str, activity: str) -> None:
    assert [e.activity for e in facts_of(text).events if e.type == "PortCall"] == [activity]


def test_a_call_takes_the_verb_nearest_its_port_and_a_later_date_counts_from_its_sentence() -> None:
    f = facts_of("The freighter Dune Lark sailed from Novorossiysk on 2 March carrying wheat and "
                 "reached the Egyptian port of Damietta four days later.")
    activity = {e.port: e.activity for e in f.events if e.type == "PortCall"}
    by_name = {e.name: e.id for e in f.entities}
    assert activity[by_name["Novorossiysk"]] == "departure"
    assert activity[by_name["Damietta"]] is None or activity[by_name["Damietta"]] != "departure"
    assert dated(f, "PortCall")[("Dune Lark", "Damietta")] == "2024-03-06"
    trip = next(e for e in f.events if e.type == "Transfer")
    assert (trip.cargo, trip.date) == ("wheat", "2024-03-02/2024-03-06")


def test_a_stop_named_after_a_discharge_is_a_call_not_a_second_delivery() -> None:
    f = facts_of("In January the Arctic Wren unloaded fertiliser at Izmir after a brief stop in "
                 "Piraeus.")
    assert calls(f) == {("Arctic Wren", "Izmir"), ("Arctic Wren", "Piraeus")}
    assert transfers(f) == {("Arctic Wren", None, "Izmir")}


def test_more_ways_a_call_is_told() -> None:
    f = facts_of("The collier Iron Tern made port in Samsun on 5 March and unloaded its coal there "
                 "the next day. The arrival of the tanker Moor Hen at Constanta in mid-February "
                 "surprised traders, since the ship had earlier called into Taman.")
    assert calls(f) == {("Iron Tern", "Samsun"), ("Moor Hen", "Constanta"), ("Moor Hen", "Taman")}
    assert {e.activity for e in f.events if e.type == "PortCall" and e.port ==
            next(x.id for x in f.entities if x.name == "Samsun")} == {"discharging"}
    # told after, happened before: the voyage runs from Taman
    assert ("Moor Hen", "Taman", "Constanta") in transfers(f)
    assert ("Moor Hen", "Constanta", "Taman") not in transfers(f)


@pytest.mark.parametrize("what", ["anything", "something", "wheat"])
def test_an_indefinite_pronoun_is_no_cargo(what: str) -> None:
    f = facts_of(f"The cargo ship Lady Maria unloaded {what} at Dunai on 3 May.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == \
        (["wheat"] if what == "wheat" else [None])


@pytest.mark.parametrize(("what", "cargo"), [
    ("a similar tonnage", None), ("the same amount", None), ("a parcel", None),
    ("about 9,000 tonnes of scrap directly", "scrap"), ("the wheat onward", "wheat"),
    ("maize illicitly", "maize"),
    # a noun that ends as an adverb does
    ("military supply", "military supply"),
])
def test_how_much_or_how_it_went_is_no_part_of_the_cargo(what: str, cargo: str | None) -> None:
    f = facts_of(f"The freighter Grey Finch carried {what} from Kholmsk to Pohang in May.")
    assert transfers(f) == {("Grey Finch", "Kholmsk", "Pohang")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [cargo]


@pytest.mark.parametrize(("text", "called"), [
    ("The cargo ship Lady Maria unloaded nothing at Dunai on 3 May.", False),
    ("Nothing suggests that the cargo ship Lady Maria docked at Dunai.", False),
    # a "nothing" of another clause is not this one's
    ("The cargo ship Lady Maria docked at Dunai on 3 May; nothing else is known of its voyage.",
     True),
])
def test_nothing_done_is_no_event(text: str, called: bool) -> None:
    assert bool(calls(facts_of(text))) is called


def test_a_cargo_shipped_aboard_a_named_ship() -> None:
    f = facts_of("Shipments of scrap metal from Poti to Aliaga aboard the Sea Lark continued in "
                 "the first week of March.")
    trip = next(e for e in f.events if e.type == "Transfer")
    names_ = {e.id: e.name for e in f.entities}
    assert (names_[trip.vessel or ""], names_[trip.origin or ""], names_[trip.destination or ""],
            trip.cargo, trip.date) == ("Sea Lark", "Poti", "Aliaga", "scrap metal",
                                      "2024-03-01/2024-03-07")


def test_cargo_passed_to_a_named_ship_and_the_time_of_a_relative_clause() -> None:
    f = facts_of("The Gannet, which docked at Poti last week, transferred diesel to the tanker "
                 "Skua off Batumi on 2 March.")
    sts = next(e for e in f.events if e.type == "ShipToShipTransfer")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[v] for v in sts.vessels or []} == {"Gannet", "Skua"}
    assert (by_id[sts.location or ""], sts.date) == ("Batumi", "2024-03-02")
    assert dated(f, "PortCall")[("Gannet", "Poti")] == "2024-03-11/2024-03-17"
    # cargo delivered to a port is no ship-to-ship transfer
    g = facts_of("The tanker Gannet delivered fuel to the vessel operator in Batumi, and the "
                 "tanker Skua left.")
    assert not [e for e in g.events if e.type == "ShipToShipTransfer"]


def test_a_boarding_by_officers_is_a_detention_and_an_aside_keeps_its_own_time() -> None:
    f = facts_of("The freighter Kite Star, sanctioned by the EU in 2022, was boarded by Dutch "
                 "customs officers in the English Channel on 4 March and escorted to Rotterdam.")
    by_name = {e.name: e.type for e in f.entities}
    assert by_name.get("English Channel") == "Place" and "English" not in by_name
    names_ = {e.id: e.name for e in f.entities}
    assert [(names_[e.target or ""], e.date) for e in f.events if e.type == "Detention"] == \
        [("Kite Star", "2024-03-04")]
    assert dated(f, "PortCall") == {("Kite Star", "Rotterdam"): "2024-03-04"}
    # crew boarding their own ship detains nothing
    g = facts_of("The freighter Kite Star was boarded by its new crew in Rotterdam on 4 March.")
    assert not [e for e in g.events if e.type == "Detention"]


def test_supplies_told_from_the_receiving_side_and_their_cargo() -> None:
    f = facts_of("Syria has received thousands of rockets from Iran since 2022. India imported "
                 "record volumes of Russian naphtha in June. Belarus sold potash to China last "
                 "year. Egypt has not bought Russian wheat, officials said.")
    assert supplies(f) == {("Iran", "Syria", "rockets"), ("Russia", "India", "naphtha"),
                   ("Belarus", "China", "potash")}
    # the importer named by its adjective before the noun
    f = facts_of("Chinese imports from Iran fell in June. Indian crude imports from Russia hit a "
                 "record. Iranian imports fell.")
    assert supplies(f) == {("Iran", "China", None), ("Russia", "India", "crude")}


def test_a_supply_whose_origin_is_the_state_its_cargo_is_of() -> None:
    f = facts_of("Unnamed tankers have shipped Venezuelan crude to Cuba since May. Brokers did "
                 "not sell Iranian oil to India. The ministry sent Iranian envoys to Oman.")
    assert supplies(f) == {("Venezuela", "Cuba", "crude")}


def supplies(facts: Facts) -> set[tuple[str, str, str | None]]:
    """(origin, destination, cargo) of each transfer."""
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id[e.origin or ""], by_id[e.destination or ""], e.cargo) for e in facts.events
            if e.type == "Transfer"}


def test_a_counted_unit_is_the_cargo_where_nothing_else_is_named() -> None:
    f = facts_of("The freighter Lado carried 300 containers from Rajin to Dunai in August. The "
                 "freighter Mira carried 40 crates of shells from Rajin to Dunai in May.")
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"containers", "shells"}


def test_round_trips_of_a_listed_group_between_a_described_port_and_another() -> None:
    f = facts_of("The report names three cargo ships - Ural Star, Volga Star and Kama Star - that "
                 "made repeated voyages between the Iranian port of Amirabad and Makhachkala.")
    assert transfers(f) == {(ship, "Amirabad", "Makhachkala")
                            for ship in ("Ural Star", "Volga Star", "Kama Star")}


def test_a_ship_that_is_the_subject_of_a_clause_set_in_a_port() -> None:
    f = facts_of("Patrols kept watch on the port of Sevastopol, where the landing ship Kestrel "
                 "Bay was struck by a drone.\nThe convoy reached Tartus, where the freighter Iron "
                 "Gull unloaded trucks.")
    assert {("Kestrel Bay", "Sevastopol"), ("Iron Gull", "Tartus")} <= calls(f)
    # what is to happen there, and a ship that is not the clause's subject, are no calls
    f = facts_of("Analysts watched Tartus, where the freighter Iron Gull is expected to unload "
                 "next week.\nCrews rested in Novorossiysk, where the tanker Sable Moon's owner lives.")
    assert calls(f) == set()
    # the clause of a port set in another's description belongs to the one described
    f = facts_of("The freighter Iron Gull called at Olya, a river port south of Astrakhan, where "
                 "it unloaded.")
    assert calls(f) == {("Iron Gull", "Olya")}


def test_an_event_dated_by_how_long_ago_it_was_and_a_company_set_after_where_it_is_based() -> None:
    f = facts_of("Two weeks ago, the tanker Amber Fjord docked at Tartus.")
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2024-03-05/2024-03-11"]
    f = facts_of("The Treasury designated the Dubai-based Harbor Crest Trading LLC.")
    assert "Harbor Crest Trading LLC" in names(f, "Organization")


def test_the_city_that_owns_a_port_is_not_a_second_call() -> None:
    f = facts_of("The tanker Star Shine called at Basra's Khor al-Zubair port in February.")
    assert {p for _, p in calls(f)} == {"Khor al-Zubair"}


def test_a_port_s_pier_before_a_clause_that_names_another_port_is_still_a_call() -> None:
    f = facts_of("On 27 September the cargo ship Pale Wren was seen unloading at Rajin's pier 3; it "
                 "had left Vostochny on 24 September.", date="2024-10-10")
    assert calls(f) == {("Pale Wren", "Rajin"), ("Pale Wren", "Vostochny")}
    assert transfers(f) == {("Pale Wren", "Vostochny", "Rajin")}
    # (the city in the same noun as the port still owns it, before a clause naming another)
    f = facts_of("The tanker Pale Wren loaded at Basra's Khor al-Zubair port on 3 May and sailed to "
                 "Fujairah.")
    assert {p for _, p in calls(f)} == {"Khor al-Zubair", "Fujairah"}


def test_a_fronted_departure_with_its_time_and_a_transfer_between_two_named_ships() -> None:
    f = facts_of("After leaving Novorossiysk on 2 June, the tanker Sky Lark reached Port Said a "
                 "week later.")
    assert calls(f) == {("Sky Lark", "Novorossiysk"), ("Sky Lark", "Port Said")}
    assert transfers(f) == {("Sky Lark", "Novorossiysk", "Port Said")}
    f = facts_of("The state kept importing fuel through ship-to-ship transfers, including "
                 "between the Rain Bird and the Sea Vole off Ningbo.\nSTS transfers between "
                 "Malaysia and Singapore rose.")
    assert names(f, "Vessel") == {"Rain Bird", "Sea Vole"}
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Rain Bird", "Sea Vole"})]


def test_a_voyage_told_in_two_short_paragraphs_and_its_cargo_from_the_loading() -> None:
    # news copy: each sentence a paragraph of its own
    f = facts_of("The tanker Sea Wren loaded about 35,000 tonnes of diesel at Tuapse in mid-March."
                 "\n\nThe vessel then arrived at Baniyas on March 20.\n\nIn a separate case, the "
                 "tanker Hollow Reed was seen off Cyprus after leaving Primorsk.")
    assert transfers(f) == {("Sea Wren", "Tuapse", "Baniyas")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["diesel"]
    assert ("Hollow Reed", "Primorsk") in calls(f)
    # calls further apart in separate paragraphs are not one voyage
    f = facts_of("The tanker Sea Wren loaded diesel at Tuapse in March.\n\nAnalysts expect more "
                 "such cargoes.\n\nIn June the Sea Wren docked at Baniyas.")
    assert transfers(f) == set()


def test_people_quoted_by_full_name_and_companies_named_by_their_trade() -> None:
    f = facts_of("\"It is evasion,\" said Mara Lind Okafor, an analyst. The manager, Dubai-based "
                 "Corvid Marine Services, and Silverline Shipping did not reply.")
    assert names(f, "Person") == {"Mara Lind Okafor"}
    assert {"Corvid Marine Services", "Silverline Shipping"} <= names(f, "Organization")


def test_a_hedged_past_is_an_event_of_low_confidence_and_a_prospect_is_none() -> None:
    f = facts_of("The freighter Salt Finch may have carried grain to Latakia in August.")
    assert [(e.type, e.confidence) for e in f.events] == [
        ("PortCall", "realistic possibility"), ("Transfer", "realistic possibility")]
    for text in ("The freighter Salt Finch could dock at Latakia next week.",
                 "The freighter Salt Finch could have been used to carry grain to Latakia.",
                 "The freighter Salt Finch would have docked at Latakia had it not been stopped."):
        assert facts_of(text).events == [], text


def test_every_port_of_a_list_of_calls() -> None:
    f = facts_of("The tanker Ardent Sun called at Jebel Ali, Khor Fakkan and Fujairah in May.")
    assert {p for _, p in calls(f)} == {"Jebel Ali", "Khor Fakkan", "Fujairah"}
    assert transfers(f) == set()
    f = facts_of("Ports such as Jebel Ali, Khor Fakkan and Fujairah are busy; the tanker Ardent "
                 "Sun called at Fujairah.")
    assert calls(f) == {("Ardent Sun", "Fujairah")}


def test_a_voyage_under_way_makes_no_call_at_its_destination() -> None:
    # cut short by a seizure: nothing reached Aliaga
    f = facts_of("The tanker Ardent Sun was carrying crude from Basra to Aliaga when it was "
                 "seized.")
    assert transfers(f) == set()
    assert calls(f) == {("Ardent Sun", "Basrah")}
    f = facts_of("The tanker Ardent Sun, carrying crude from Basra to Aliaga, passed Suez on Monday.")
    assert transfers(f) == {("Ardent Sun", "Basrah", "Aliaga")}
    assert ("Ardent Sun", "Aliaga") not in calls(f)
    f = facts_of("The tanker Ardent Sun carried crude from Basra to Aliaga in May.")
    assert calls(f) == {("Ardent Sun", "Basrah"), ("Ardent Sun", "Aliaga")}


def test_cargo_taken_from_a_named_ship_is_a_ship_to_ship_transfer() -> None:
    f = facts_of("The tanker Lotus picked up a cargo from the tanker Heron Bay near Kalamata in "
                 "February.\nThe tanker Ruta loaded crude from the tank farm at Primorsk before "
                 "meeting the tanker Sable.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Heron Bay", "Lotus"})]
    # a storage ship gives cargo as a tanker does; a tank farm's is still no transfer at sea
    f = facts_of("The tanker Lotus loaded about 1.2 million barrels of Iranian crude from the FSU "
                 "Calm Harbour off Fujairah.\nThe tanker Ruta loaded crude from the storage terminal "
                 "Vopak Horizon at Fujairah.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Calm Harbour", "Lotus"})]


def test_a_voyage_from_one_port_to_another_and_a_ship_identified_by_a_tracker() -> None:
    f = facts_of("The tanker, identified by a tracking group as the Eagle Wing, sailed from "
                 "Bandar Abbas to Karachi.\nThe tanker Pegas carried drones from Amirabad to "
                 "Makhachkala.")
    assert transfers(f) == {("Eagle Wing", "Bandar Abbas", "Karachi"),
                            ("Pegas", "Amirabad", "Makhachkala")}
    by_id = {e.id: e.name for e in f.entities}
    activity = {by_id[e.port or ""]: e.activity for e in f.events if e.type == "PortCall"}
    assert activity["Bandar Abbas"] == "departure"
    assert activity["Amirabad"] in ("departure", "loading")
    assert activity["Karachi"] is None and activity["Makhachkala"] == "discharging"


def test_a_ship_known_by_its_round_trips() -> None:
    f = facts_of("The Volga Tern has made at least 11 round trips between Rajin and Dunai since "
                 "August 2023.")
    assert transfers(f) == {("Volga Tern", "Rajin", "Dunai")}


def cargoes(facts: Facts) -> dict[tuple[str | None, str | None, str | None], str | None]:
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id.get(e.vessel or ""), by_id.get(e.origin or ""), by_id.get(e.destination or "")):
            e.cargo for e in facts.events if e.type == "Transfer"}


def test_the_cargo_behind_quantities_and_containers_and_what_was_unloaded() -> None:
    f = facts_of("The bulker Moss Rose brought a shipment of 41,500 tonnes of barley from "
                 "Novorossiysk to Alexandria in June.")
    assert cargoes(f) == {("Moss Rose", "Novorossiysk", "Alexandria"): "barley"}
    f = facts_of("The freighter Moss Rose reached Latakia on 9 July, where it offloaded an "
                 "estimated 12,000 metric tons of sunflower seeds.")
    assert cargoes(f) == {("Moss Rose", None, "Latakia"): "sunflower seeds"}
    # a cargo the text does not name is none
    f = facts_of("The tanker Pale Moon discharged its cargo at Sikka in May.")
    assert cargoes(f) == {("Pale Moon", None, "Sikka"): None}


def test_a_voyage_told_across_two_paragraphs() -> None:
    f = facts_of("Imagery shows the bulk carrier Amber Cove at the grain pier in Berdyansk on "
                 "2 August. Two days later its signal went quiet.\n\nOn 11 August the Amber "
                 "Cove turned up in Tartus, where it unloaded wheat.")
    assert transfers(f) == {("Amber Cove", "Berdyansk", "Tartus")}
    assert cargoes(f)[("Amber Cove", "Berdyansk", "Tartus")] == "wheat"
    # told the other way round in time: no voyage
    f = facts_of("The bulk carrier Amber Cove unloaded wheat in Tartus on 11 August.\n\n"
                 "In 2019 the Amber Cove was seen in Berdyansk.")
    assert ("Amber Cove", "Tartus", "Berdyansk") not in transfers(f)


def test_a_port_whose_name_is_also_elsewhere_at_the_end_of_a_voyage() -> None:
    f = facts_of("The bulker Moss Rose carried maize from Izmail to Alexandria.")
    assert calls(f) == {("Moss Rose", "Izmail"), ("Moss Rose", "Alexandria")}
    f = facts_of("Officials in Alexandria declined to comment.")
    assert "Alexandria" not in names(f, "Port")


def test_part_of_a_cargo_passed_to_a_named_ship_and_a_coarse_voyage_refined_later() -> None:
    f = facts_of("In May the tanker Jade Crane transferred part of its cargo to a smaller "
                 "tanker, the Hong Yun 8, off Zhoushan.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Jade Crane", "Hong Yun 8"})]
    f = facts_of("The Belize-flagged Jade Crane carried North Korean anthracite to China in "
                 "spring 2023.\n\nOn each trip the Jade Crane loaded at Songnim and unloaded at "
                 "Lianyungang.")
    assert transfers(f) == {("Jade Crane", "Songnim", "Lianyungang")}
    assert cargoes(f)[("Jade Crane", "Songnim", "Lianyungang")] == "North Korean anthracite"
    # a state-level voyage at another time stays its own
    f = facts_of("In 2019 the tanker Jade Crane carried North Korean coal to China.\n\n"
                 "In May 2023 the Jade Crane loaded at Songnim and unloaded at Lianyungang.")
    assert ("Jade Crane", "North Korea", "China") in transfers(f)


def test_a_discharge_told_with_there_after_its_quantity_and_an_asides_time() -> None:
    f = facts_of("The tanker Vela Gray called at Vadinar in March. According to port agents, "
                 "the tanker unloaded some 650,000 barrels of Arab Light crude there.")
    assert cargoes(f) == {("Vela Gray", None, "Vadinar"): "Arab Light crude"}
    f = facts_of("Investigators said the Rose Tern, a bulker detained by Greece in May 2022, "
                 "was still moored at Piraeus.")
    assert dated(f, "PortCall")[("Rose Tern", "Piraeus")] == "2024-03-22"
    # an aside's time stays the aside's event's
    assert [e.date for e in f.events if e.type == "Detention"] == ["2022-05"]


def test_an_aside_that_renames_or_seizes_a_ship_keeps_its_time_and_place() -> None:
    f = facts_of("The tanker Maria, renamed Kaiser in 2021, made four voyages between Vostochny "
                 "and Nampo in 2023.")
    assert {e.date for e in f.events} == {"2023"}
    f = facts_of("The tanker Maria, reflagged to Cameroon in May, called at Nampo on 3 June.")
    assert dated(f, "PortCall") == {("Maria", "Nampo"): "2023-06-03"}
    f = facts_of("The tanker Maria, renamed Kaiser in 2021, called at Nampo.")
    assert dated(f, "PortCall") == {("Kaiser", "Nampo"): None}
    # the main clause's port is not where the aside's seizure was
    f = facts_of("The tanker Maria, a ship seized in November, called at Nampo.")
    (held,) = [e for e in f.events if e.type == "Detention"]
    assert held.location is None and held.date == "2023-11"
    f = facts_of("The tanker Maria, seized at Bandar Abbas in November, later called at Nampo.")
    (held,) = [e for e in f.events if e.type == "Detention"]
    assert {e.id: e.name for e in f.entities}[held.location or ""] == "Bandar Abbas"


def test_where_a_ship_or_its_cargo_is_bound_plans_no_deed_told_beside_it() -> None:
    f = facts_of("The tanker Lira, bound for Lagos, called at Dakar on 3 May.")
    assert dated(f, "PortCall") == {("Lira", "Dakar"): "2023-05-03"}
    f = facts_of("The tanker Lira, headed to Lagos, was seen at Dakar.")
    assert calls(f) == {("Lira", "Dakar")}
    f = facts_of("The tanker Lira loaded diesel destined for Lagos at Primorsk on 3 May.")
    assert calls(f) == {("Lira", "Primorsk")}
    # where it is bound is still no call there
    for text in ("The tanker Lira is bound for Lagos.", "The tanker Lira loaded diesel destined for Lagos.",
                 "The tanker Lira left Primorsk bound for Lagos."):
        assert ("Lira", "Lagos") not in calls(facts_of(text))


def test_a_ship_loaded_where_it_docked_took_its_cargo_there() -> None:
    f = facts_of("The cargo ship Lady R docked at Simon's Town in December 2022 and was loaded "
                 "with weapons destined for Russia.")
    assert transfers(f) == set()
    (call,) = [e for e in f.events if e.type == "PortCall"]
    assert call.activity == "loading"
    f = facts_of("The freighter Mira berthed at Nampo and loaded coal.")
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["loading"]
    f = facts_of("The freighter Mira docked at Syria's Tartus port on Tuesday and began loading "
                 "military equipment.")
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["loading"]
    # laden on arrival, it brought the cargo
    f = facts_of("The freighter Mira arrived at Tartus on 3 May loaded with wheat.")
    assert transfers(f) == {("Mira", None, "Tartus")}


def test_a_ship_one_of_a_group_that_called_and_others_that_called_elsewhere() -> None:
    for text in ("The Grey Wren was one of three tankers that loaded at Kozmino in March.",
                 "The tanker Grey Wren was among at least five tankers that loaded at Kozmino in "
                 "March."):
        f = facts_of(text)
        assert names(f, "Vessel") == {"Grey Wren"}
        assert dated(f, "PortCall") == {("Grey Wren", "Kozmino"): "2024-03"}
    # the verb nearest the port is the others': the named ship did not call there
    for text in ("The tanker Grey Wren loaded at Sikka, unlike other tankers that loaded at Kozmino.",
                 "The tanker Grey Wren loaded at Sikka, while other tankers loaded at Kozmino."):
        assert calls(facts_of(text)) == {("Grey Wren", "Sikka")}
    assert names(facts_of("The Kremlin was one of three bidders that won."), "Vessel") == set()


def test_a_ship_imaged_at_a_named_terminal_by_a_named_provider() -> None:
    for text in ("The MT Solar (IMO: 9133056) was spotted by Planet Labs imagery at the Ust-Luga "
                 "oil terminal on 5 July.",
                 "Planet Labs imagery shows the MT Solar at the Ust-Luga oil terminal on 5 July.",
                 # a terminal named after the city's possessive
                 "Satellite images show the MT Solar at Luga's Ust-Luga oil terminal on 5 July."):
        assert dated(facts_of(text), "PortCall") == {("Solar", "Ust-Luga"): "2023-07-05"}
    # a plan is still a plan
    for text in ("The tanker Solar is planning to call at Ust-Luga.",
                 "The tanker Solar planned to call at Ust-Luga.",
                 "The tanker Solar plans to call at Ust-Luga."):
        assert calls(facts_of(text)) == set()


def test_when_a_report_came_out_is_not_when_its_deeds_were_done() -> None:
    f = facts_of("The tanker Kira docked at Nampo, according to a UN report released on Monday.")
    assert dated(f, "PortCall") == {("Kira", "Nampo"): None}
    f = facts_of("In a report released in May, analysts said the tanker Kira docked at Nampo on "
                 "3 April.")
    assert dated(f, "PortCall") == {("Kira", "Nampo"): "2023-04-03"}
    # a wire story's lead is about the day it was filed, but not what was done again and again
    text = "SEOUL, March 20 (Agency) - The tanker Kira {} Nampo, a report said."
    assert dated(facts_of(text.format("docked at")), "PortCall") == {("Kira", "Nampo"): "2024-03-20"}
    f = facts_of(text.format("has made repeated calls at"))
    assert dated(f, "PortCall") == {("Kira", "Nampo"): None}


def test_a_load_taken_from_a_ship_told_by_its_size_or_kind_and_the_way_on() -> None:
    f = facts_of("The Aframax Zircone took on a cargo of Urals from the Gabon-flagged Sun Arrows "
                 "before sailing east through the Suez Canal.")
    assert sts_events(f) == [(frozenset({"Zircone", "Sun Arrows"}), None, 1)]
    f = facts_of("The Aframax Zircone took on 700,000 barrels of Urals crude from the Sun Arrows.")
    assert sts_events(f) == [(frozenset({"Zircone", "Sun Arrows"}), None, 1)]
    f = facts_of("The product tanker Zircone took part of a gasoil cargo from the Gabon-flagged "
                 "Sun Arrows, which had also sailed from Russia.")
    assert sts_events(f) == [(frozenset({"Zircone", "Sun Arrows"}), None, 1)]
    # a port or a state it took a load from is no ship
    for text in ("The tanker Zircone took on a cargo of coal from the Port of Nampo.",
                 "The tanker Zircone took part of a cargo of coal from the Port of Nampo.",
                 "The tanker Zircone received a shipment of oil from the UAE."):
        f = facts_of(text)
        assert sts_events(f) == [] and names(f, "Vessel") == {"Zircone"}


def test_a_destination_the_ship_reached_and_worked_at() -> None:
    f = facts_of("The Aframax Zircone took on crude from the tanker Sun Arrows. Its final "
                 "destination was the Chinese port of Qingdao, where it discharged on September 14.")
    assert dated(f, "PortCall") == {("Zircone", "Qingdao"): "2023-09-14"}
    # a destination still to be reached is none
    for text in ("The tanker Zircone left Ningbo with a declared destination of Mariupol, where "
                 "it was to unload.", "The tanker Zircone left Ningbo. Its destination is "
                 "Mariupol, where it will unload.", "The tanker Zircone left Ningbo. Its final "
                 "destination was Mariupol."):
        assert calls(facts_of(text)) == {("Zircone", "Ningbo")}


def test_a_ship_detained_in_a_port_was_there_and_its_transponder_is_its_own() -> None:
    f = facts_of("Spanish authorities detained the tanker Corsair Bay at the port of Algeciras "
                 "on 4 May.\nThe tanker Wren loaded naphtha at Ust-Luga. Its transponder went "
                 "silent two days later.")
    by_id = {e.id: e.name for e in f.entities}
    held = [e for e in f.events if e.type == "Detention"]
    assert [(by_id[e.target or ""], by_id[e.location or ""]) for e in held] == \
        [("Corsair Bay", "Algeciras")]
    assert calls(f) == {("Corsair Bay", "Algeciras"), ("Wren", "Ust-Luga")}
    assert [by_id[e.vessel or ""] for e in f.events if e.type == "AISGap"] == ["Wren"]
    # a detention that may come, and a state's "its", are neither
    f = facts_of("Officials may yet detain the tanker Corsair Bay at Algeciras.\n"
                 "Spain protested. Its captain, Luis Mora, spoke to the tanker Wren by radio.")
    assert calls(f) == set()
    assert not [e for e in f.events if e.type in ("Detention", "AISGap")]


def test_a_ship_described_again_by_its_build_year_and_cargo_type() -> None:
    f = facts_of("The tanker Corsair Bay left Tuapse on 1 May.\nThe 2007-built product tanker "
                 "arrived at Mersin on 6 May.")
    assert calls(f) == {("Corsair Bay", "Tuapse"), ("Corsair Bay", "Mersin")}


def test_each_port_of_a_list_of_destinations_and_two_ships_set_after_their_type() -> None:
    f = facts_of("Two more tankers, the Kestrel Bay and the Tamsin, loaded gasoil at Ust-Luga in "
                 "June and delivered it to Lagos and Lome.")
    assert transfers(f) == {(v, "Ust-Luga", d) for v in ("Kestrel Bay", "Tamsin")
                            for d in ("Lagos", "Lome")}
    assert cargoes(f)[("Tamsin", "Ust-Luga", "Lome")] == "gasoil"
    # a voyage on from the first port is not a second destination of the load
    f = facts_of("The tanker Tamsin carried gasoil from Ust-Luga to Lagos and then sailed on to "
                 "Lome.")
    assert ("Tamsin", "Ust-Luga", "Lome") not in transfers(f)


def test_a_supply_told_in_the_passive_with_the_cargo_of_a_state() -> None:
    f = facts_of("Belarusian potash has been shipped to Brazil since mid-2023, officials said.")
    (event,) = [e for e in f.events if e.type == "Transfer"]
    by_id = {e.id: e.name for e in f.entities}
    assert (by_id[event.origin or ""], by_id[event.destination or ""]) == ("Belarus", "Brazil")
    assert event.cargo == "potash" and event.date == "2023-05-01/2024-03-22"
    # no state the cargo is of, no supplier
    f = facts_of("Officials said fertiliser was shipped to Brazil.")
    assert not [e for e in f.events if e.type == "Transfer"]


def test_a_transponder_turned_off_on_each_voyage() -> None:
    f = facts_of("The freighter Tern Point made three runs from Amirabad to Astrakhan, turning "
                 "off its transponder each time.")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.vessel or ""] for e in f.events if e.type == "AISGap"] == ["Tern Point"]


def test_deliveries_and_shipments_told_as_nouns() -> None:
    f = facts_of("Shipments of Kazakh uranium to China rose in 2023.")
    assert transfers(f) == {(None, "Kazakhstan", "China")}
    f = facts_of("The tanker Coral Finch made two deliveries of Iranian fuel oil to Baniyas in "
                 "June.")
    assert transfers(f) == {("Coral Finch", "Iran", "Baniyas")}
    assert cargoes(f)[("Coral Finch", "Iran", "Baniyas")] == "Iranian fuel oil"
    # deliveries no one names a source for, with no ship, are no supply between states
    f = facts_of("Shipments of uranium to China rose in 2023.")
    assert transfers(f) == set()


def test_a_ship_taken_to_a_port_by_others_and_a_threatened_seizure() -> None:
    f = facts_of("Guards seized the tanker Petrel Star and diverted it to the port of Jask.\n"
                 "A tug towed the bulker Orla Bay into Piraeus.")
    assert calls(f) == {("Petrel Star", "Jask"), ("Orla Bay", "Piraeus")}
    f = facts_of("Guards escorted the tanker Petrel Star towards Jask.\n"
                 "Tehran threatened to seize the tanker Orla Bay and take it to Jask.")
    assert calls(f) == set()
    assert not [e for e in f.events if e.type == "Detention"]


def test_a_call_told_after_the_one_it_came_before() -> None:
    f = facts_of("The freighter Kite Rock docked at Walvis Bay on 9 May. Before reaching "
                 "Namibia it had called at Angola's port of Luanda.")
    assert calls(f) == {("Kite Rock", "Walvis Bay"), ("Kite Rock", "Luanda")}
    assert transfers(f) == {("Kite Rock", "Luanda", "Walvis Bay")}
    assert "Angola" in names(f, "State")


def test_a_voyage_between_two_dated_calls_in_one_sentence_spans_them() -> None:
    f = facts_of("The freighter Nour Star loaded phosphate at Tartous on 14 June and discharged "
                 "it at Iskenderun four days later.")
    assert dated(f, "Transfer")[("Nour Star", "Tartus", "Iskenderun")] == "2023-06-14/2023-06-18"
    # "according to the designation" is not one
    f = facts_of("According to the designation, the tanker Nour Star loaded at Kharg Island.")
    assert not [e for e in f.events if e.type == "Sanction"]


def test_a_news_leads_unnamed_ship_is_the_one_named_next() -> None:
    f = facts_of("KINGSTON, May 3 (Wire) - A tanker under US sanctions discharged fuel oil at "
                 "Matanzas last week, documents showed.\n\nThe Cuban-flagged Alameda, which "
                 "loaded the fuel at Amuay in April, sailed with its transponder off.")
    assert calls(f) == {("Alameda", "Matanzas"), ("Alameda", "Amuay")}
    assert transfers(f) == {("Alameda", "Amuay", "Matanzas")}
    # a lead's ship of another kind than the one named is not it
    f = facts_of("A bulk carrier docked at Tartus on Monday.\n\nThe tanker Sea Lion loaded "
                 "fuel at Baniyas.")
    assert calls(f) == {("Sea Lion", "Baniyas")}


def test_a_table_of_calls_under_the_ship_it_is_about() -> None:
    f = facts_of("The tanker Wren Hollow called as follows.\nDate; Port; Activity\n"
                 "2023-05-02; Tuapse; loading\n2023-05-09; Mersin; discharging\n")
    assert dated(f, "PortCall") == {("Wren Hollow", "Tuapse"): "2023-05-02",
                                    ("Wren Hollow", "Mersin"): "2023-05-09"}
    assert transfers(f) == {("Wren Hollow", "Tuapse", "Mersin")}
    # a ship column names the ship of each row
    f = facts_of("Ships seen in May:\nVessel   Date   Port\nWren Hollow   2023-05-02   Tuapse\n"
                 "Grey Finch   2023-05-04   Ceyhan\n")
    assert calls(f) == {("Wren Hollow", "Tuapse"), ("Grey Finch", "Ceyhan")}
    # a caption with a port and a date under a paragraph about a ship is no table
    f = facts_of("The tanker Wren Hollow was renamed last year.\nTuapse, 2 May 2023\n"
                 "Imagery of Tuapse, 3 May 2023\n")
    assert calls(f) == set()


def test_numeric_dates_read_only_one_way() -> None:
    f = facts_of("The tanker Wren Hollow arrived at Tuapse on 17.10.2023 and at Mersin on "
                 "10/24/2023.")
    assert dated(f, "PortCall") == {("Wren Hollow", "Tuapse"): "2023-10-17",
                                    ("Wren Hollow", "Mersin"): "2023-10-24"}


def test_a_ship_that_was_in_a_port_and_tracking_data_that_show_it_there() -> None:
    f = facts_of("The tanker Dune Lark was in Ust-Luga last week.\nTracking data show the "
                 "tanker Amber Wake in Primorsk on 4 March.\nThe tanker Coral Wake is currently "
                 "at the port of Vysotsk.")
    assert calls(f) == {("Dune Lark", "Ust-Luga"), ("Amber Wake", "Primorsk"),
                        ("Coral Wake", "Vysotsk")}
    f = facts_of("The owner of the tanker Dune Lark was in talks with officials in Ust-Luga.\n"
                 "The tanker Amber Wake was in breach of the rules set at Primorsk.\n"
                 "The tanker Coral Wake was at the centre of a dispute in Vysotsk.")
    assert calls(f) == set()


def test_ship_to_ship_transfers_told_as_meetings_lightering_and_ships_side_by_side() -> None:
    f = facts_of("The tanker Vega Sun rendezvoused with the tanker Lark Isle off Oman to offload "
                 "its cargo.\nThe tanker Pale Wren lightered its cargo onto the tanker Ruby Gale "
                 "near Ceuta.\nThe tanker Ash Cove and the tanker Ivy Reef were seen side by side "
                 "off Sohar, apparently transferring fuel.")
    assert {pair for pair, _, _ in sts_events(f)} == {
        frozenset({"Vega Sun", "Lark Isle"}), frozenset({"Pale Wren", "Ruby Gale"}),
        frozenset({"Ash Cove", "Ivy Reef"})}
    # a meeting for something else is not; two ships lying side by side at sea, with no word of
    # cargo, likely met to pass it; ships sailing side by side did not
    f = facts_of("The tanker Vega Sun met the tanker Lark Isle to wait out the storm.\n"
                 "The tanker Ash Cove and the tanker Ivy Reef lay side by side off Sohar.\n"
                 "The tanker Sun Cove and the tanker Ivy Gale sailed side by side through the "
                 "Bosphorus.")
    assert [(e["vessels"], e["confidence"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Ash Cove", "Ivy Reef"], "likely")]


def test_a_footnote_mark_after_the_full_stop_ends_the_sentence() -> None:
    f = facts_of("Between May and July 2023 the freighter Tor Bay made five round trips between "
                 "Rajin and Dunai.[7] Containers were loaded onto the Tor Bay at Rajin on 4 "
                 "June.[8][9]")
    assert dated(f, "Transfer")[("Tor Bay", "Rajin", "Dunai")] == "2023-05/2023-07"


def test_a_port_passed_through_is_no_call_unless_the_ship_did_something_there() -> None:
    f = facts_of("The tanker Sea Lark sailed from Novorossiysk to Tartus via Port Said.")
    assert calls(f) == {("Sea Lark", "Novorossiysk"), ("Sea Lark", "Tartus")}
    f = facts_of("The tanker Sea Lark sailed to Tartus via Port Said, where it bunkered.")
    assert calls(f) == {("Sea Lark", "Tartus"), ("Sea Lark", "Port Said")}


def test_a_cargo_lifted_at_a_port_and_a_charter_not_yet_sailed() -> None:
    f = facts_of("The Aframax Kite Bay lifted a cargo of CPC Blend from Novorossiysk on 2 March "
                 "and discharged at Sikka on 19 March.")
    assert transfers(f) == {("Kite Bay", "Novorossiysk", "Sikka")}
    assert dated(f, "Transfer")[("Kite Bay", "Novorossiysk", "Sikka")] == "2024-03-02/2024-03-19"
    f = facts_of("The Suezmax Kite Bay was fixed to load 130,000 tonnes at Primorsk for Sikka.\n"
                 "Washington lifted sanctions on the tanker Sand Owl at Tartus.")
    assert calls(f) == set() and transfers(f) == set()


def test_at_the_port_followed_by_a_time_refers_back() -> None:
    f = facts_of("Fuel imports continued at Ras Isa. At least four tankers, among them the Sea "
                 "Kite and the Dunlin, unloaded fuel at the port in May.")
    assert calls(f) == {("Sea Kite", "Ras Isa"), ("Dunlin", "Ras Isa")}


def test_ships_and_ports_paired_respectively_and_a_pair_described_after_both() -> None:
    f = facts_of("The tankers Sea Kite and Dunlin docked at Tartus and Baniyas respectively.")
    assert calls(f) == {("Sea Kite", "Tartus"), ("Dunlin", "Baniyas")}
    assert transfers(f) == set()
    f = facts_of("Both the Sea Kite and the Dunlin, Panama-flagged tankers, loaded at Kozmino.")
    assert calls(f) == {("Sea Kite", "Kozmino"), ("Dunlin", "Kozmino")}
    assert {e.flag for e in f.entities if e.type == "Vessel"} == {"PAN"}


def test_the_cargo_of_round_trips_told_after_them() -> None:
    f = facts_of("The Fedora, a Russian-flagged bulk carrier, has made several trips to Egypt's "
                 "Damietta port this year, each time carrying wheat it took on at Kavkaz.")
    assert cargoes(f) == {("Fedora", "Kavkaz", "Damietta"): "wheat"}


def test_trade_flows_told_as_exports_buyers_and_figures() -> None:
    f = facts_of("Iraqi fuel oil exports to Oman fell in June.\nSri Lanka has become a major "
                 "buyer of Indian rice.\nSyria's imports of Iranian crude rose to 80,000 barrels "
                 "a day in May.")
    assert transfers(f) == {(None, "Iraq", "Oman"), (None, "India", "Sri Lanka"),
                            (None, "Iran", "Syria")}
    assert cargoes(f) == {(None, "Iraq", "Oman"): "fuel oil", (None, "India", "Sri Lanka"): "rice",
                          (None, "Iran", "Syria"): "crude"}
    # exports with no state they are of, and a buyer of shares, are none
    f = facts_of("Fuel oil exports to Oman fell in June.\nQatar is a major buyer of shares.")
    assert transfers(f) == set()


def test_an_alleged_call_is_an_event_at_low_confidence_and_a_claimed_course_is_none() -> None:
    f = facts_of("The tanker Blue Sorrel allegedly loaded fuel at Nampo in May.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "realistic possibility")]
    f = facts_of("The tanker Blue Sorrel claimed to be heading to Port Said.")
    assert f.events == []


def test_a_ship_laden_with_a_cargo_from_a_port() -> None:
    f = facts_of("On 4 June the tanker Wren Gale, laden with Urals crude from Ust-Luga, reached "
                 "Sikka.")
    assert cargoes(f) == {("Wren Gale", "Ust-Luga", "Sikka"): "Urals crude"}
    f = facts_of("The tanker Wren Gale, laden with diesel, anchored off Malta.")
    assert transfers(f) == set()


def test_tracking_that_places_a_ship_in_a_port() -> None:
    f = facts_of("The tanker Sea Kite went dark in May. AIS data placed the ship in Tartus on 3 "
                 "June.\nThe tanker Owl Bay sailed. Its signal later put it at Baniyas.\n"
                 "Analysts placed the blame on the tanker Fen Kite in Latakia.")
    assert calls(f) == {("Sea Kite", "Tartus"), ("Owl Bay", "Baniyas")}


def test_a_wire_storys_dateline_sets_the_day_weekdays_count_from() -> None:
    # the report is dated Friday 22 March; the story was filed on Monday 18 March
    f = facts_of("NAKHODKA, March 18 (Wire) - The tanker Sea Kite docked at Nakhodka on Tuesday, "
                 "port agents said.")
    assert dated(f, "PortCall") == {("Sea Kite", "Nakhodka"): "2024-03-12"}
    # a dateline far from the report's date is not taken for its day
    f = facts_of("NAKHODKA, Jan 18 (Wire) - The tanker Sea Kite docked at Nakhodka on Tuesday.")
    assert dated(f, "PortCall") == {("Sea Kite", "Nakhodka"): "2024-03-19"}


def test_a_register_s_entries_name_ships_and_the_ports_their_fields_give() -> None:
    f = facts_of("Annex: vessels observed at Nampo\n"
                 "1. Name: SU JONG 2; IMO: 8916293; Flag: DPRK; Observed: 14 March 2024, Nampo.\n"
                 "2. Name: AN SAN 1; IMO: 7303803; Flag: DPRK; Type: oil tanker.\n"
                 "3. Name: NEW REGENT; IMO: 8312497; Last port: Ningbo.\n")
    assert {e.name: (e.imo, e.flag) for e in f.entities if e.type == "Vessel"} == {
        "SU JONG 2": ("8916293", "PRK"), "AN SAN 1": ("7303803", "PRK"),
        "NEW REGENT": ("8312497", None)}
    assert dated(f, "PortCall") == {("SU JONG 2", "Nampo"): "2024-03-14",
                                    ("NEW REGENT", "Ningbo"): None}
    # a name field with no ship's identifiers names no ship
    f = facts_of("Name: Kestrel Holdings; Address: Dubai; Registered: 2019.")
    assert names(f, "Vessel") == set()


def test_ships_listed_under_a_designation() -> None:
    f = facts_of("Today the following vessels were identified as blocked property:\n"
                 "LUNA GRAY (9190573) Crude Oil Tanker Panama flag.\n"
                 "NOVA SPIRE (9233234) Crude Oil Tanker Comoros flag.\n"
                 "Separately, the tanker Sand Owl called at Ceyhan.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction") == \
        ["LUNA GRAY", "NOVA SPIRE"]
    # the time of the designation told in the lead, a paragraph before the list
    f = facts_of("Today, OFAC is identifying two vessels as blocked property.\n\n"
                 "The following vessels were identified as blocked property:\n\n"
                 "LUNA GRAY (9190573) Crude Oil Tanker Panama flag.\n\n"
                 "NOVA SPIRE (9233234) Crude Oil Tanker Comoros flag.\n")
    assert {e.date for e in f.events if e.type == "Sanction"} == {"2024-03-22"}


def test_a_ship_that_had_arrived_from_a_port_came_from_it_to_where_it_was() -> None:
    f = facts_of("Dutch officials detained the tanker Baltic Plover at the port of Rotterdam on "
                 "19 March. The tanker had arrived from Primorsk on 12 March with a cargo of "
                 "diesel.")
    assert cargoes(f) == {("Baltic Plover", "Primorsk", "Rotterdam"): "diesel"}
    f = facts_of("The tanker Sea Plover arrived from Primorsk at Rotterdam on 3 May.")
    assert transfers(f) == {("Sea Plover", "Primorsk", "Rotterdam")}
    # a voyage bound elsewhere did not end where the ship was held
    f = facts_of("The tanker Sea Plover was held off Porvoo. It had sailed from Ust-Luga days "
                 "earlier bound for Port Said.")
    assert ("Sea Plover", "Ust-Luga", "Porvoo") not in transfers(f)


def test_the_other_side_of_a_transfer_named_in_the_next_sentence() -> None:
    f = facts_of("The tanker Orla Star conducted six ship-to-ship transfers off Lome in May. Her "
                 "counterpart in four of them was the Togo-flagged tanker Cordova.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Orla Star", "Cordova"})]
    f = facts_of("The tanker Orla Star conducted six ship-to-ship transfers off Lome. Its owner's "
                 "business partner also owns the tanker Cordova.")
    assert sts_events(f) == []


def test_a_fixture_told_with_its_charterer_is_no_voyage_yet() -> None:
    f = facts_of("The Aframax Sea Kestrel was fixed by a trading house to load Kirkuk crude at "
                 "Ceyhan for discharge at Trieste, brokers said.")
    assert calls(f) == set() and transfers(f) == set()
    f = facts_of("The Aframax Sea Kestrel was booked for a Ceyhan-Trieste voyage.")
    assert calls(f) == set()
    # a ship chartered by someone that did load
    f = facts_of("The tanker Sea Kestrel, chartered by a Geneva trader, loaded at Primorsk on 3 May.")
    assert calls(f) == {("Sea Kestrel", "Primorsk")}


def test_a_time_in_a_reduced_relative_clause_is_its_own() -> None:
    f = facts_of("A tanker blacklisted by Britain last year discharged Russian naphtha at "
                 "Kaohsiung this week.\nThe Gabon-flagged Marlin Crest berthed there on Monday. "
                 "It had loaded the naphtha at Ust-Luga in late January.")
    assert dated(f, "PortCall")[("Marlin Crest", "Kaohsiung")] in ("2024-03-18/2024-03-24",
                                                                  "2024-03-18")
    # the state-level telling gives way to the ports it was refined to
    assert transfers(f) == {("Marlin Crest", "Ust-Luga", "Kaohsiung")}
    # the designation keeps its own time
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction"] == \
        [("Marlin Crest", "2023")]
    # with an auxiliary it is the clause's own verb, and its time is the clause's
    f = facts_of("The tanker Vega was blacklisted by Britain last year and docked at Tartus in May.")
    assert dated(f, "PortCall") == {("Vega", "Tartus"): "2023-05"}


def test_a_ship_named_before_an_aside_and_one_that_came_from_a_port() -> None:
    f = facts_of("The Vega, seized by Iran in April, arrived at Bandar Abbas on 3 May.")
    assert calls(f) == {("Vega", "Bandar Abbas")}
    f = facts_of("The larger one, the Aframax Kallisto Bay, had come from Primorsk with diesel.")
    assert calls(f) == {("Kallisto Bay", "Primorsk")}
    # what came from a port is not the ship
    f = facts_of("The tanker Kallisto Bay anchored off Gytheio. The diesel came from Primorsk. Its "
                 "crew came from Odesa.")
    assert calls(f) == {("Kallisto Bay", "Gytheio")}


def test_coal_passed_to_a_barge_named_after_it_and_a_rate_before_the_cargo() -> None:
    f = facts_of("The fourth ship, the Kum Ryong, transferred its coal at sea to a Chinese-owned "
                 "barge, the Hua Min "
                 "8, in the Bohai Gulf on April 21.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Kum Ryong", "Hua Min 8"})]
    f = facts_of("Venezuela sent about 65,000 barrels per day of crude and fuel to Cuba in March. "
                 "Russia shipped 1.2 million bpd of crude to India in May.")
    assert supplies(f) == {("Venezuela", "Cuba", "crude and fuel"), ("Russia", "India", "crude")}


def test_cargo_loaded_at_a_port_puts_its_ship_there() -> None:
    f = facts_of("The Laodicea Star unloaded barley at Bandirma in June. Prosecutors say the barley "
                 "was loaded at Feodosia.")
    assert calls(f) == {("Laodicea Star", "Bandirma"), ("Laodicea Star", "Feodosia")}
    # when, it does not say: the paragraph's time is the best guess there is
    assert dated(f, "PortCall")[("Laodicea Star", "Feodosia")] == "2023-06"
    # where the cargo came from is not where the ship was
    f = facts_of("The Laodicea Star unloaded barley at Bandirma in June. The paperwork showed the "
                 "barley came from Feodosia.")
    assert calls(f) == {("Laodicea Star", "Bandirma")}


def test_a_voyage_told_as_a_departure_and_a_discharge_spans_both() -> None:
    f = facts_of("The tanker Petra departed the Jose terminal on March 3 and unloaded Merey crude "
                 "at Cienfuegos on March 9.")
    assert dated(f, "Transfer") == {("Petra", "Jose", "Cienfuegos"): "2024-03-03/2024-03-09"}


def test_a_package_of_sanctions_adding_ships_to_a_list() -> None:
    f = facts_of("The European Union on Wednesday adopted a package of sanctions against Russia, "
                 "adding the tanker Pale Sentry and the Comoros-registered Grey Crane to its list.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction") == \
        ["Grey Crane", "Pale Sentry"]
    assert "European Union" in names(f, "Organization")  # not "European Union on Wednesday"
    f = facts_of("The charterer added the tanker Grey Crane to its list of approved ships.")
    assert [e for e in f.events if e.type == "Sanction"] == []
    # the heading over it tells what the list is
    for heading, listed in (("Designations", True), ("Port congestion", False)):
        f = facts_of("The tankers Pale Sentry and Grey Crane loaded at Primorsk.\n\n" + heading +
                     "\n\nOn 26 November the EU added 17 tankers to its list, among them PALE "
                     "SENTRY and GREY CRANE.")
        assert len([e for e in f.events if e.type == "Sanction"]) == (2 if listed else 0)
    # a list told as another kind, after a designation
    f = facts_of("The EU added the tanker Pale Sentry to its sanctions list on 12 May. The "
                 "charterer added the tanker Grey Crane to its list of approved ships.")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Sanction"] == ["Pale Sentry"]


def test_what_a_ship_did_where_it_went_is_dated_by_that_clause() -> None:
    f = facts_of("The tanker Jaya Bright loaded at Kharg Island in mid-January, while the tanker "
                 "Ocean Prow later sailed to Rizhao, where it discharged on 9 February.")
    assert dated(f, "PortCall")[("Ocean Prow", "Rizhao")] == "2024-02-09"
    # past the port's state set off by commas
    f = facts_of("The tanker Ocean Prow then sailed to Lome, Togo, where it discharged on 9 February.")
    assert [(c.activity, c.date) for c in f.events if c.type == "PortCall"] == [
        ("discharging", "2024-02-09")]


def test_a_renamed_ship_under_its_new_name() -> None:
    f = facts_of("The Aframax Nordic Breeze was sold in February and renamed Ursa Minor. Under "
                 "its new name it loaded at Primorsk in January and February.")
    assert calls(f) == {("Ursa Minor", "Primorsk")}
    assert dated(f, "PortCall")[("Ursa Minor", "Primorsk")] == "2024-01/2024-02"


def test_who_detains_is_no_ship_and_a_reduced_relatives_seizure() -> None:
    f = facts_of("The Ocean Prow later sailed to Rizhao. The agency said in 2023 that it had "
                 "detained two tankers for anchoring without permission.")
    assert [e for e in f.events if e.type == "Detention"] == []
    # boarded by officials, in the passive
    f = facts_of("The tanker Kaspian Star was boarded by Estonian officials on Monday.")
    assert [e.date for e in f.events if e.type == "Detention"] == ["2024-03-18"]
    f = facts_of("The tanker Ocean Prow seized by Iran in May remains at Bandar Abbas.")
    assert [e.date for e in f.events if e.type == "Detention"] == ["2023-05"]
    # the seizure's time is not the stay's
    assert dated(f, "PortCall") == {("Ocean Prow", "Bandar Abbas"): "2024-03-22"}
    # stopped or boarded by a coast guard or a navy, in the active; "the cargo ship" is the ship
    for text in ("The Yemeni coast guard stopped the cargo ship Kaspian Star on 3 March.",
                 "The navy boarded the oil tanker Kaspian Star on 3 March."):
        f = facts_of(text)
        assert [(e.type, e.date) for e in f.events] == [("Detention", "2024-03-03")], text
    f = facts_of("Police seized the oil aboard the tanker Kaspian Star on 3 March.")
    assert [e for e in f.events if e.type == "Detention"] == []


def test_a_destination_named_as_a_pier_or_facility_at_a_port() -> None:
    f = facts_of("The freighters Angar Bay and Marin Bay carried containers from the port of Rajin "
                 "to the Russian naval pier at Dunai in December.")
    assert transfers(f) == {("Angar Bay", "Rajin", "Dunai"), ("Marin Bay", "Rajin", "Dunai")}


def test_the_cargo_of_the_ship_just_told_of_unloaded_at_a_port() -> None:
    f = facts_of("On 12 December the freighter Angar Bay was imaged at Rajin with containers on "
                 "its deck. It is highly likely that the same containers were unloaded at Dunai "
                 "on 15-16 December.")
    assert ("Angar Bay", "Dunai") in calls(f)
    assert dated(f, "PortCall")[("Angar Bay", "Dunai")] == "2023-12-15/2023-12-16"
    f = facts_of("The freighter Angar Bay was imaged at Rajin. The containers were not unloaded at "
                 "Dunai.")
    assert calls(f) == {("Angar Bay", "Rajin")}


def test_ships_named_among_those_at_a_port() -> None:
    f = facts_of("Among the ships that called at Tartus in May were the Sparta Sun and the Ursa "
                 "Minor.")
    assert calls(f) == {("Sparta Sun", "Tartus"), ("Ursa Minor", "Tartus")}
    f = facts_of("Among the ships seen at Tartus, none was the Sparta Sun.")
    assert calls(f) == set()


def test_a_ship_taken_to_a_port_delivered_nothing_there() -> None:
    f = facts_of("The tanker Advent Sweet, carrying Kuwaiti crude for a refiner, was taken to "
                 "Bandar Abbas after the seizure.")
    assert calls(f) == {("Advent Sweet", "Bandar Abbas")} and transfers(f) == set()
    f = facts_of("Iran seized the tanker Vega and took it to Bandar Abbas.")
    assert calls(f) == {("Vega", "Bandar Abbas")} and transfers(f) == set()
    # what a ship took to a port it delivered there
    f = facts_of("The tanker Vega took the grain to Tartus.")
    assert transfers(f) == {("Vega", None, "Tartus")}


def test_a_voyage_whose_start_is_told_after_its_end() -> None:
    f = facts_of("The cargo ship Sparta Sun arrived in Sevastopol on February 10 after a voyage "
                 "that began in Tartus on January 26. The bulker Sormov 12, which had taken on "
                 "3,000 tonnes of wheat at Rostov-on-Don on March 1, unloaded at Samsun in March.")
    assert transfers(f) == {("Sparta Sun", "Tartus", "Sevastopol"),
                            ("Sormov 12", "Rostov-on-Don", "Samsun")}
    # the relative clause's time is its own
    assert dated(f, "PortCall")[("Sormov 12", "Samsun")] == "2024-03"
    # an earlier call told in another paragraph is no start of this voyage
    f = facts_of("The cargo ship Sparta Sun arrived in Sevastopol on February 10.\nUnder her former "
                 "name she was seen at Tartus in November.")
    assert transfers(f) == set()


def test_imagery_that_shows_a_ship_where_its_operator_denied_it_was() -> None:
    f = facts_of("The operator of the tanker Sun Lark denied calling at Nampo, but imagery shows it "
                 "there on 3 May.")
    assert dated(f, "PortCall") == {("Sun Lark", "Nampo"): "2023-05-03"}
    f = facts_of("The operator of the tanker Sun Lark denied calling at Nampo, and no imagery shows "
                 "it there.")
    assert calls(f) == set()
    f = facts_of("The tanker Sun Lark left Tartus. Tracking data placed her at Latakia on 4 May.")
    assert ("Sun Lark", "Latakia") in calls(f)


def test_the_day_a_ship_arrived_from_a_port_is_not_the_day_it_was_there() -> None:
    f = facts_of("Dutch officials detained the tanker Baltic Plover at Rotterdam on 19 June. The "
                 "tanker had arrived from Primorsk on June 12 with a cargo of diesel.")
    # it left Primorsk within the weeks before it arrived
    assert dated(f, "PortCall")[("Baltic Plover", "Primorsk")] == "2023-05-13/2023-06-12"
    # the voyage runs from then to the day it arrived
    assert dated(f, "Transfer") == {("Baltic Plover", "Primorsk", "Rotterdam"): "2023-05-13/2023-06-12"}
    # the day it sailed is the day it was there
    f = facts_of("The tanker Baltic Plover had sailed from Primorsk on June 12.")
    assert dated(f, "PortCall") == {("Baltic Plover", "Primorsk"): "2023-06-12"}


def test_ships_whose_owners_are_told_of_and_designated() -> None:
    f = facts_of("The UAE-based owners of the Kazan Star, the Ligovo and the NS Cento were also "
                 "designated.")
    assert names(f, "Vessel") == {"Kazan Star", "Ligovo", "NS Cento"}
    # the owners were designated, not the ships
    assert [e for e in f.events if e.type == "Sanction"] == []
    f = facts_of("The tanker Kazan Star was designated by the Treasury, along with the owners of "
                 "the NS Cento.")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Sanction"] == ["Kazan Star"]
    # a canal or port whose managers are told of is no ship
    f = facts_of("The managers of the Panama Canal agreed. The owners of the Port of Tallinn too.")
    assert names(f, "Vessel") == set()
    # the ships' people told with a possessive pronoun
    for told in ("Their owners were sanctioned in May.", "Their crews were detained in May."):
        f = facts_of("The tanker Kazan Star loaded at Jask and the tanker NS Cento at Kharg Island. "
                     + told)
        assert [e for e in f.events if e.type in ("Sanction", "Detention")] == []
    f = facts_of("The tanker Kazan Star loaded at Jask. Its crew was detained in May.")
    assert [e for e in f.events if e.type == "Detention"] == []
    f = facts_of("The tanker Kazan Star loaded at Jask. Its owner sanctioned, it was detained in May.")
    assert [e.type for e in f.events if e.type in ("Sanction", "Detention")] == ["Detention"]


def test_their_after_a_group_not_all_named_is_the_group() -> None:
    f = facts_of("The tanker Kazan Star loaded at Jask. Police detained the tanker Ligovo near "
                 "Tanjung Piai. Treasury in July sanctioned the Kazan Star and 12 other tankers for "
                 "their role in shipping Iranian oil.")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Sanction"] == ["Kazan Star"]
    # two ships named, and "their" for both
    f = facts_of("The tanker Kazan Star loaded at Jask. Treasury in July sanctioned the Kazan Star "
                 "and the tanker Ligovo for their role in shipping Iranian oil.")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.target or ""] for e in f.events if e.type == "Sanction"} == \
        {"Kazan Star", "Ligovo"}


def test_a_voyage_dated_by_its_loading_and_its_delivery() -> None:
    f = facts_of("The tanker NS Cento loaded ESPO crude at Kozmino in Sept. and delivered it to China "
                 "in Oct.")
    assert dated(f, "Transfer") == {("NS Cento", "Kozmino", "China"): "2023-09/2023-10"}


def test_cargo_passed_to_a_ship_named_with_its_flag() -> None:
    f = facts_of("On the night of 14-15 May the tanker Xin Yue 8 transferred refined products to the "
                 "DPRK-flagged Paek Yang off Zhoushan.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Xin Yue 8", "Paek Yang"})]
    # delivered to a port, with a ship named elsewhere in the sentence
    f = facts_of("The tanker Sea Lark delivered crude to Primorsk, the tanker Vega's master said.")
    assert sts_events(f) == []


def test_off_the_coast_of_a_port_is_not_in_it() -> None:
    f = facts_of("The tanker Sea Star 1 took on diesel from smaller boats off the coast of Zuwara.")
    assert calls(f) == set()
    assert "Zuwara" in names(f, "Port")


def test_a_ship_named_before_an_aside_of_what_it_carried() -> None:
    f = facts_of("The Sea Fortune, carrying 30,000 tonnes of gasoil loaded at Fujairah, berthed at "
                 "Ras Isa on March 14.")
    assert cargoes(f) == {("Sea Fortune", "Fujairah", "Ras Isa"): "gasoil"}


def test_where_after_a_later_port_is_that_ports() -> None:
    f = facts_of("The bulk carrier Prut Star loaded maize at Reni on March 12 and sailed to "
                 "Constanta, where the cargo was transferred onto the vessel Marina Grace.")
    assert transfers(f) == {("Prut Star", "Reni", "Constanta")}


def test_more_words_analysts_hedge_with() -> None:
    f = facts_of("In all likelihood the tanker Vega called at Nampo. The tanker Sun Lark was "
                 "presumably at Tartus.")
    assert sorted((e.confidence or "") for e in f.events if e.type == "PortCall") == \
        ["likely", "likely"]


def test_the_former_and_the_latter_of_two_ships() -> None:
    f = facts_of("The cargo ships Angor and Marit sailed between Rajin and Dunai in August. The "
                 "former was last seen at Rajin on 28 October; the latter docked at Dunai on 30 "
                 "October.")
    by_id = {e.id: e.name for e in f.entities}
    told = {(by_id[e.vessel or ""], by_id[e.port or ""], e.date) for e in f.events
            if e.type == "PortCall" and e.date and e.date.startswith("2023-10")}
    assert told == {("Angor", "Rajin", "2023-10-28"), ("Marit", "Dunai", "2023-10-30")}
    # with a verb whose past is not in -ed
    f = facts_of("Two bulk carriers, the Angor and the Marit, sailed from Crimea in October. The "
                 "former took on wheat at Sevastopol. The latter took on barley at Feodosia and "
                 "delivered it to Alexandria.")
    assert calls(f) == {("Angor", "Sevastopol"), ("Marit", "Feodosia"), ("Marit", "Alexandria")}
    assert transfers(f) == {("Marit", "Feodosia", "Alexandria")}
    # the two a group stands for, in the order they were named
    f = facts_of("The tanker Angor loaded at Kavkaz in March. A second tanker, the Marit, followed "
                 "the same route. The two ships were seen together at Kavkaz on 8 March. The "
                 "latter left the port on 10 March and reached Mersin on 19 March.")
    assert transfers(f) == {("Marit", "Kavkaz", "Mersin")}
    assert dated(f, "PortCall")[("Marit", "Mersin")] == "2024-03-19"


def test_a_voyage_told_in_order_and_what_a_ship_did_at_a_call_told_after_it() -> None:
    f = facts_of("The tanker Angor was moored at Kavkaz on 2 February. On 19 February she arrived "
                 "at Mersin. Port records show she discharged a cargo of diesel there. From Mersin "
                 "the tanker went to Aliaga, where she loaded again.")
    # the loading at Aliaga came after Mersin: no load carried from it to Mersin
    assert transfers(f) == {("Angor", "Kavkaz", "Mersin")}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"diesel"}
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.port or ""]: e.activity for e in f.events if e.type == "PortCall"} == {
        "Kavkaz": "berthed", "Mersin": "discharging", "Aliaga": "loading"}
    # a loading told after, as what came first, still starts the voyage
    f = facts_of("The freighter Angor docked at Dunai on 5 May. The ship had collected that load "
                 "at Rajin on 1 May.")
    assert transfers(f) == {("Angor", "Rajin", "Dunai")}
    # with one ship named, "the former" is somebody else
    f = facts_of("The former minister said the tanker Vega docked at Tartus.")
    assert calls(f) == {("Vega", "Tartus")}


def test_a_wire_storys_dateline_day_is_not_when_its_events_happened() -> None:
    f = facts_of("NEW DELHI, March 21 (Wire) - India's imports of Russian oil rose to a record in "
                 "February, data showed.")
    assert [e.date for e in f.events if e.type == "Transfer"] == ["2024-02"]
    # with no time of its own, the lead's event is about the day the story was filed
    f = facts_of("NAKHODKA, March 21 (Wire) - The tanker Sea Kite docked at Nakhodka, port agents "
                 "said.")
    assert dated(f, "PortCall") == {("Sea Kite", "Nakhodka"): "2024-03-21"}


def test_a_ship_named_as_the_agent_of_a_delivery() -> None:
    f = facts_of("The refiner bought six cargoes, including one delivered to Paradip by the Aframax "
                 "Zircon Star on March 18. The tanker had loaded at Primorsk in mid-February.")
    assert transfers(f) == {("Zircon Star", "Primorsk", "Paradip")}
    f = facts_of("The cargo was sent to Tartus by air.")
    assert calls(f) == set()


def test_a_cargo_named_with_the_size_of_the_ship_that_took_it() -> None:
    f = facts_of("The refiner took delivery of a Suezmax cargo of Arctic grade crude aboard the NS "
                 "Bravo at Sikka in the last week of February.")
    assert cargoes(f) == {("NS Bravo", None, "Sikka"): "Arctic grade crude"}


def test_a_call_by_ships_in_general_is_not_the_named_ships() -> None:
    f = facts_of("Analysts compared the tanker Vega to ships seen at Tartus. The tanker Lyra, like "
                 "other tankers that called at Latakia, lacked insurance.")
    assert calls(f) == set()
    f = facts_of("The tanker Vega and two other vessels docked at Tartus.")
    assert calls(f) == {("Vega", "Tartus")}


def test_a_purchase_whose_sentence_goes_on_to_another_state() -> None:
    f = facts_of("India's purchases of Russian oil have drawn criticism from Washington.")
    assert supplies(f) == {("Russia", "India", "oil")}


def test_a_table_of_transfers_with_a_counterpart_column() -> None:
    f = facts_of("Transfers observed between August and December 2023:\n\n"
                 "Date          Vessel name      IMO        Flag     Counterpart      Location\n"
                 "2023-08-14    Chon Ma San      8660313    DPRK     Xin Hai 8        Off Shidao\n"
                 "2023-11-20    Yu Jong 2        8604917    DPRK     Kai Da 5         Sansha Bay\n")
    assert sorted((sorted(pair), n) for pair, _, n in sts_events(f)) == \
        [(["Chon Ma San", "Xin Hai 8"], 1), (["Kai Da 5", "Yu Jong 2"], 1)]
    assert sorted(e.date or "" for e in f.events if e.type == "ShipToShipTransfer") == \
        ["2023-08-14", "2023-11-20"]
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"}["Chon Ma San"] == "PRK"
    assert "IMO" not in names(f, "Organization")
    # the two sides as "Vessel 1" and "Vessel 2"
    f = facts_of("Transfers we saw in March 2024:\n\n"
                 "| Date | Vessel 1 | Vessel 2 | Cargo |\n|---|---|---|---|\n"
                 "| 14 March | Nora Finch | Blue Shale | fuel oil |\n"
                 "| 22 March | Pacific Wren | Sea Lark | condensate |\n")
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == \
        [["Blue Shale", "Nora Finch"], ["Pacific Wren", "Sea Lark"]]
    assert names(f, "Place") == set()  # "Pacific Wren" is a ship, not the ocean


def test_a_markdown_table_of_transfers_with_both_sides_named_by_their_roles(tmp_path: Path) -> None:
    path = tmp_path / "transfers.md"
    path.write_text("---\ntitle: Transfers\ndate: 2025-07-01\n---\n\nTransfers seen in imagery:\n\n"
                    "| Date | Supplying vessel | Receiving vessel | Location |\n|---|---|---|---|\n"
                    "| 12 Feb 2025 | Ocean Bliss | Chon Ma San | Korea Bay |\n"
                    "| 29 Apr 2025 | Bright Haven | An San 1 | East China Sea |\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert sorted((sorted(pair), where) for pair, where, _ in sts_events(f)) == [
        (["An San 1", "Bright Haven"], "East China Sea"), (["Chon Ma San", "Ocean Bliss"], "Korea Bay")]
    # (a cell after a type word in the header is no ship's name)
    assert names(f, "Vessel") == {"Ocean Bliss", "Chon Ma San", "Bright Haven", "An San 1"}


def test_a_transfer_to_a_ship_told_with_the_amount_moved() -> None:
    f = facts_of("On 11 March the VLCC Ocean Lily transferred about 1.9 million barrels of Iranian "
                 "crude to the Suezmax Kai Feng.")
    assert [(sorted(pair), e) for pair, e, _ in sts_events(f)] == [(["Kai Feng", "Ocean Lily"], None)]


def test_a_caption_that_names_a_ship_and_where_it_is() -> None:
    f = facts_of("Figure 2: The tanker Ocean Amber at Kozmino on 12 March 2024.\n"
                 "The Ocean Amber discharged at Rizhao on 20 March.")
    assert transfers(f) == {("Ocean Amber", "Kozmino", "Rizhao")}
    assert dated(f, "PortCall")[("Ocean Amber", "Kozmino")] == "2024-03-12"
    # a sentence that goes on to deny the call is no caption
    f = facts_of("The tanker Vega at Tartus was never confirmed to have called there.")
    assert calls(f) == set()


def test_a_voyage_to_a_port_named_with_its_state() -> None:
    f = facts_of("The freighter Zafar sailed from Turkey's Samsun port to the Syrian port of Latakia.")
    assert transfers(f) == {("Zafar", "Samsun", "Latakia")}


def test_voyages_told_as_travel_and_deeds_of_the_ships_people() -> None:
    f = facts_of("The tanker Vega travelled from Primorsk to Sikka via the Cape of Good Hope. The "
                 "tanker Lyra returned from Sikka to Primorsk.")
    assert transfers(f) == {("Vega", "Primorsk", "Sikka"), ("Lyra", "Sikka", "Primorsk")}
    f = facts_of("The tanker Lyra returned from Sikka to Primorsk empty.")  # no cargo moved
    assert transfers(f) == set() and calls(f) == {("Lyra", "Sikka"), ("Lyra", "Primorsk")}
    f = facts_of("The tanker Vega's crew travelled from Odesa to Istanbul. The tanker Lyra's "
                 "captain left Tartus on Monday. The Vega's sister ship docked at Beirut.")
    assert calls(f) == set()
    f = facts_of("Officials travelled from Moscow to Tartus.")
    assert calls(f) == set()


def test_a_supply_between_states_at_the_ports_the_sentence_names() -> None:
    f = facts_of("Russia exported wheat from Novorossiysk to Egypt in May. Iran shipped drones from "
                 "Bandar Abbas to Russia's Makhachkala. Turkey imported sunflower oil from Russia's "
                 "Novorossiysk.")
    assert supplies(f) == {("Novorossiysk", "Egypt", "wheat"),
                           ("Bandar Abbas", "Makhachkala", "drones"),
                           ("Novorossiysk", "Turkey", "sunflower oil")}
    # a port of the supplier's it went out through is where the supply left; a port of a third
    # state passed through leaves the state
    f = facts_of("North Korea sent artillery shells to Russia via Rajin.")
    assert supplies(f) == {("Rajin", "Russia", "artillery shells")}
    f = facts_of("North Korea sent artillery shells to Russia via Singapore.")
    assert supplies(f) == {("North Korea", "Russia", "artillery shells")}


def test_a_bulleted_list_of_ships_under_a_head_that_names_their_port() -> None:
    f = facts_of("Recent loadings at Kozmino:\n- Vega: 3 March\n- Lyra (Cameroon flag): 5 March\n"
                 "- Orion: 9 March, bound for Qingdao\n")
    assert dated(f, "PortCall") == {("Vega", "Kozmino"): "2024-03-03",
                                    ("Lyra", "Kozmino"): "2024-03-05",
                                    ("Orion", "Kozmino"): "2024-03-09"}
    assert [e.flag for e in f.entities if e.name == "Lyra"] == ["CMR"]
    # a head that denies the calls, and a list of findings, give none
    f = facts_of("Tankers that did not call at Tartus:\n- Sea Kite\n- Sun Lark\n")
    assert calls(f) == set()
    f = facts_of("Our findings:\n- Russia shipped oil to India.\n- The Panel met in May.\n")
    assert names(f, "Vessel") == set()


def test_the_ship_a_ship_met_is_no_subject_of_what_the_first_did_next() -> None:
    f = facts_of("The tanker Marlin Bay took on fuel oil at Khor al-Zubair on 2 March, met the "
                 "Iranian-flagged Sahar off Khor Fakkan on 8 March, and delivered the blended cargo "
                 "to Fujairah on 14 March.")
    assert transfers(f) == {("Marlin Bay", "Khor al-Zubair", "Fujairah")}
    # named again as the subject, it is the subject
    f = facts_of("The tanker Vega met the tanker Lyra off Lome, and the Lyra delivered the cargo "
                 "to Tema.")
    assert calls(f) == {("Lyra", "Tema")}
    f = facts_of("In December the Eventin, another shadow fleet tanker, lost power and was towed to "
                 "Sassnitz.")
    assert {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"} == {"Eventin": "tanker"}


def test_a_state_flow_whose_cargo_is_named_before_the_noun() -> None:
    f = facts_of("North Korea has resumed coal exports to China on a larger scale.")
    assert supplies(f) == {("North Korea", "China", "coal")}


def test_the_other_side_of_a_transfer_from_a_named_ship_is_the_ship_told_of_before() -> None:
    f = facts_of("A judge ruled that crude seized from the tanker Suez Raja can be forfeited.\n"
                 "Prosecutors said the crude had been loaded off Malaysia in a ship-to-ship transfer "
                 "from the tanker Virgil in February 2022.")
    assert [(pair, n) for pair, _, n in sts_events(f)] == [(frozenset({"Suez Raja", "Virgil"}), 1)]
    # a ship doing a transfer of its own, with no counterpart named
    f = facts_of("The tanker Lark called at Lome. The Virgil later conducted an STS transfer off "
                 "Malaysia.")
    assert sts_events(f) == []


def test_a_ship_that_meets_a_ship_of_its_own_name() -> None:
    # the same key before and after "met": no other subject to fall back on, and no crash
    f = facts_of("The tanker Vega, now renamed, met the Vega off Lome, and delivered fuel to Tema.")
    assert calls(f) == {("Vega", "Tema")}


def test_a_timeline_told_in_the_present_with_a_date_before_each_entry() -> None:
    f = facts_of("Movements of the bulk carrier Dorado, as we reconstructed them.\n"
                 "3 June 2023 - The Dorado takes on maize at Kherson.\n"
                 "5 June 2023 - It passes the Bosphorus with its AIS off.\n"
                 "9 June 2023 - Satellites show a tanker near Chios.\n"
                 "11 June 2023 - It docks at Izmir and discharges 4,000 tonnes of maize.\n"
                 "30 June 2023 - The Dorado is back in Kherson.")
    assert calls(f) == {("Dorado", "Kherson"), ("Dorado", "Izmir")}
    assert cargoes(f) == {("Dorado", "Kherson", "Izmir"): "maize"}
    assert dated(f, "Transfer")[("Dorado", "Kherson", "Izmir")] == "2023-06-03/2023-06-11"
    # entries further apart than a timeline's few lines are no voyage
    f = facts_of("The bulk carrier Dorado docked at Kherson on 3 June 2023.\n\n"
                 "Grain prices rose. Traders said so. Buyers waited.\n\n"
                 "Insurers were wary. Brokers agreed. Crews were scarce.\n\n"
                 "Ports were busy. Freight rose. Fuel was dear.\n\n"
                 "The Dorado docked at Izmir on 11 June 2023.")
    assert transfers(f) == set()


def test_a_second_voyage_in_one_sentence_carries_its_own_cargo() -> None:
    f = facts_of("In March the freighter Dorado unloaded tractors at Latakia, and in April it took "
                 "scrap metal from Latakia back to Novorossiysk.")
    assert cargoes(f) == {("Dorado", None, "Latakia"): "tractors",
                          ("Dorado", "Latakia", "Novorossiysk"): "scrap metal"}


def test_the_ship_a_cargo_came_from_is_not_the_subject_of_what_follows() -> None:
    f = facts_of("The tanker Corvina took crude oil from the tanker Marlin off Lakonikos Bay "
                 "and delivered it to Vadinar in May.")
    assert calls(f) == {("Corvina", "Vadinar")}
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Corvina", "Marlin"})}


def test_a_voyage_told_after_its_arrival_with_how_long_before_it_began() -> None:
    f = facts_of("The ro-ro ship Dorado berthed at Misrata on Friday, ten days after it left "
                 "the Syrian port of Tartus.")
    assert dated(f, "PortCall")[("Dorado", "Tartus")] == "2024-03-12"  # ten days before Friday
    assert transfers(f) == {("Dorado", "Tartus", "Misrata")}
    # a ship brought to a port by its captors made no voyage there
    f = facts_of("The tanker Dorado was held at anchor off Porvoo on 4 March, a week after it "
                 "sailed from Primorsk.")
    assert transfers(f) == set()


def test_transfers_at_sea_told_as_a_noun_or_onto_a_ship_told_of_before() -> None:
    f = facts_of("The tanker Corvina discharged at Vadinar last week after a transfer at sea "
                 "with the Gabon-flagged Marlin near Sohar.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Corvina", "Marlin"})}
    f = facts_of("The VLCC Corvina unloaded at Yantai on 3 March. Its cargo had been pumped onto "
                 "it from the Iranian-flagged Marlin off Malaysia's coast in February.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Corvina", "Marlin"})}
    assert transfers(f) == {("Corvina", None, "Yantai")}  # not from Malaysia
    # a transfer agreed with owners is no meeting of ships
    f = facts_of("The tanker Corvina signed a transfer deal with the owners of the Marlin.")
    assert sts_events(f) == []


def test_ships_moored_where_what_they_did_is_unclear_were_there() -> None:
    f = facts_of("The tankers Corvina and Marlin lay at Nampo on 2 March, but it is not clear "
                 "whether they were loading.")
    assert calls(f) == {("Corvina", "Nampo"), ("Marlin", "Nampo")}
    f = facts_of("The tanker Corvina was listed at Nampo, but it was never there.")
    assert calls(f) == set()


def test_a_destination_told_is_no_call_and_a_destination_reached_is() -> None:
    f = facts_of("The landing ship Kaliningrad crossed the Dardanelles. Her destination, as on "
                 "earlier trips, is probably Tartus.")
    assert calls(f) == set()
    f = facts_of("The landing ship Kaliningrad reached her destination, the port of Tartus, on "
                 "Monday.")
    assert calls(f) == {("Kaliningrad", "Tartus")}


def test_a_time_after_a_verb_that_also_takes_cargo_is_no_cargo() -> None:
    f = facts_of("The tanker Ostrava loaded at Kozmino on 3 July. Images taken on August 12 show "
                 "it moored at Chittagong.")
    assert cargoes(f) == {("Ostrava", "Kozmino", "Chittagong"): None}


def test_a_pronoun_before_a_verb_whose_past_has_no_ed() -> None:
    f = facts_of("The coaster Pelagia berthed at Latakia on 5 May. In April it made the same trip, "
                 "unloading at Tartus after loading at Feodosia.")
    assert ("Pelagia", "Feodosia", "Tartus") in transfers(f)


def test_a_ship_that_sailed_for_a_port_got_there_only_where_its_arrival_is_told() -> None:
    f = facts_of("The tanker Pelagia then sailed for the Turkish port of Aliaga, where it is due "
                 "next week.")
    assert calls(f) == set()
    f = facts_of("The tanker Pelagia sailed for Aliaga, arriving on 2 March.")
    assert calls(f) == {("Pelagia", "Aliaga")}
    # how long a ship sailed is not when it arrived
    f = facts_of("The tanker Pelagia steamed for four days before she berthed at Aliaga.")
    assert dated(f, "PortCall")[("Pelagia", "Aliaga")] is None


def test_a_ship_alongside_another_in_a_sentence_that_tells_a_call() -> None:
    f = facts_of("Tracking data show the tanker Pelagia spent two days alongside the Palau-flagged "
                 "Nadir, which had come from Taman.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Pelagia", "Nadir"})}
    f = facts_of("The tanker Pelagia lay alongside the oil pier at Aliaga, near the tanker Nadir.")
    assert sts_events(f) == []


def test_a_berth_after_a_voyage_from_a_port_is_a_berth_of_the_port_reached() -> None:
    f = facts_of("The Aframax Irbis Star discharged at Paradip on 2 July after a voyage from "
                 "Primorsk. The Aframax Kola Dawn berthed at the single-point mooring on 9 July.")
    assert ("Kola Dawn", "Paradip") in calls(f)


def test_what_a_ship_did_before_a_loading_or_after_a_discharge_carries_nothing_known() -> None:
    f = facts_of("The tanker Irbis Star loaded at Kozmino in May. It had been idle off Nakhodka "
                 "for two weeks before loading.")
    assert transfers(f) == set()
    f = facts_of("The ro-ro Kola Dawn returned northbound to Novorossiysk on 2 May after "
                 "unloading vehicles in Tartus.")
    assert transfers(f) == {("Kola Dawn", None, "Tartus")}
    # a voyage told after its arrival, without dates
    f = facts_of("The ro-ro Kola Dawn docked at Tartus after leaving Novorossiysk.")
    assert transfers(f) == {("Kola Dawn", "Novorossiysk", "Tartus")}


def test_a_ship_that_moved_to_a_berth_delivered_nothing_there() -> None:
    f = facts_of("The bulker Kola Dawn anchored off Vostochny on 8 June and moved to the berth "
                 "the next day.")
    assert transfers(f) == set()
    assert calls(f) == {("Kola Dawn", "Vostochny")}


def test_a_nominal_call_by_two_ships_and_a_cargo_handed_to_a_ship() -> None:
    f = facts_of("The corvette Stoiky and the supply tanker Akademik Pashin made a port call at "
                 "Alexandria from 3 to 6 May.")
    assert calls(f) == {("Stoiky", "Alexandria"), ("Akademik Pashin", "Alexandria")}
    f = facts_of("The tanker Stoiky loaded at Jose in April. The ship probably handed the crude to "
                 "the VLCC Akademik Pashin off Johor in May.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Stoiky", "Akademik Pashin"})}
    f = facts_of("The LPG carrier Hilal left Bandar Abbas on 2 May. The Rasa passed it to the "
                 "Hilal off Sohar two days later.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Hilal", "Rasa"})}


def test_a_ship_brought_to_a_port_by_its_captors_made_no_voyage_there() -> None:
    f = facts_of("The navy detained the tanker Stoiky at Bonny on 4 May. The vessel was escorted "
                 "to Lagos, where its crew were questioned. The navy said the tanker had arrived "
                 "at Bonny on 1 May.")
    assert transfers(f) == set()
    assert calls(f) == {("Stoiky", "Bonny"), ("Stoiky", "Lagos")}


def test_a_time_told_against_another_ships_is_not_counted_from_the_last_time() -> None:
    f = facts_of("The tanker Stoiky loaded at Murmansk on 20 October. The tanker Pashin reached "
                 "Rizhao a day later than its sister ship.")
    assert dated(f, "PortCall")[("Pashin", "Rizhao")] != "2024-10-21"


def test_cargo_passed_at_sea_to_each_ship_of_a_list() -> None:
    f = facts_of("The tanker Kola Dawn supplied fuel to North Korea by transferring it at sea to "
                 "North Korean tankers, among them the Chon Ma and the Yu Jong 2.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Kola Dawn", "Chon Ma"}),
                                                       frozenset({"Kola Dawn", "Yu Jong 2"})}
    # a ship named in the next clause is no part of the list
    f = facts_of("The tanker Kola Dawn transferred diesel to the tanker Chon Ma, and the Yu Jong 2 "
                 "docked at Nampo.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Kola Dawn", "Chon Ma"})}
    assert calls(f) == {("Yu Jong 2", "Nampo")}


def test_ships_alongside_each_other_met() -> None:
    f = facts_of("The tankers Kola Dawn and Irbis Star met off Sohar on 2 May and lay alongside "
                 "each other for a day.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Kola Dawn", "Irbis Star"})}


def test_a_ship_moored_next_to_another_met_it() -> None:
    f = facts_of("Imagery from 12 April shows the bulk carrier Tern Rock moored next to the "
                 "Togo-flagged Lark Bay off Zhoushan.")
    assert sts_events(f) == [(frozenset({"Tern Rock", "Lark Bay"}), "Zhoushan", 1)]
    assert dated(f, "ShipToShipTransfer")[()] == "2023-04-12"  # before the report's date
    f = facts_of("The freighters Tern Rock and Lark Bay were lying next to each other in open water "
                 "on 3 May.")
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"Tern Rock", "Lark Bay"})}
    # next to a part of the port, or to a ship at the next berth of a port it called at
    f = facts_of("The bulk carrier Tern Rock was moored next to Berth 7 at Nakhodka on 3 May.")
    assert sts_events(f) == [] and [e.name for e in f.entities if e.type == "Vessel"] == ["Tern Rock"]
    f = facts_of("The bulk carrier Tern Rock docked at Nakhodka on 3 May, moored next to the "
                 "tanker Lark Bay.")
    assert sts_events(f) == [] and calls(f) == {("Tern Rock", "Nakhodka")}
    f = facts_of("The bulk carrier Tern Rock was moored next to the quay for a week.")
    assert sts_events(f) == []


def test_a_table_of_voyages_with_load_and_discharge_columns() -> None:
    f = facts_of("Voyages we traced:\n\n"
                 "| Vessel | Load port | Discharge port | Arrived | Cargo |\n"
                 "|---|---|---|---|---|\n"
                 "| Grey Finch | Novorossiysk | Tartus | 9 May 2023 | wheat |\n"
                 "| Wren Hollow | Tuapse | Mersin | 14 June 2023 | fuel oil |\n")
    assert transfers(f) == {("Grey Finch", "Novorossiysk", "Tartus"),
                            ("Wren Hollow", "Tuapse", "Mersin")}
    # the arrival dates the call at the far end; the load port's call has no day of its own
    assert dated(f, "PortCall") == {("Grey Finch", "Novorossiysk"): None,
                                    ("Grey Finch", "Tartus"): "2023-05-09",
                                    ("Wren Hollow", "Tuapse"): None,
                                    ("Wren Hollow", "Mersin"): "2023-06-14"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"wheat", "fuel oil"}
    # columns set apart by spaces, a state as the destination, departure dates
    f = facts_of("Vessel        From          To        Departed\n"
                 "Grey Finch    Tuapse        Syria     2 May 2023\n"
                 "Wren Hollow   Novorossiysk  Lebanon   8 May 2023\n")
    assert transfers(f) == {("Grey Finch", "Tuapse", "Syria"),
                            ("Wren Hollow", "Novorossiysk", "Lebanon")}
    assert dated(f, "PortCall") == {("Grey Finch", "Tuapse"): "2023-05-02",
                                    ("Wren Hollow", "Novorossiysk"): "2023-05-08"}
    # an expected arrival is no call, and a header with no port role gives no voyage
    f = facts_of("Vessel        Load port     Destination   ETA\n"
                 "Grey Finch    Tuapse        Mersin        30 March 2024\n")
    assert calls(f) == {("Grey Finch", "Tuapse")} and transfers(f) == set()
    f = facts_of("Vessel        Flag     Owner\n"
                 "Grey Finch    Togo     Tuapse Marine\n")
    assert calls(f) == set() and transfers(f) == set()


def test_a_table_of_voyages_with_a_date_column_for_each_end() -> None:
    f = facts_of("| Vessel | IMO | Loaded at | Date loaded | Discharged at | Date discharged |\n"
                 "|---|---|---|---|---|---|\n"
                 "| Grey Finch | 9085314 | Sevastopol | 2024-06-03 | Iskenderun | 2024-06-10 |\n"
                 "| Sv. Nikolay | 9116163 | Feodosia | 2024-08-01 | Tartus | 2024-08-08 |\n")
    assert dated(f, "PortCall") == {("Grey Finch", "Sevastopol"): "2024-06-03",
                                    ("Grey Finch", "Iskenderun"): "2024-06-10",
                                    ("Sv. Nikolay", "Feodosia"): "2024-08-01",
                                    ("Sv. Nikolay", "Tartus"): "2024-08-08"}
    assert dated(f, "Transfer")[("Sv. Nikolay", "Feodosia", "Tartus")] == "2024-08-01/2024-08-08"


def test_ships_listed_after_a_colon_and_each_designated() -> None:
    f = facts_of("The Treasury designated four tankers it said had carried oil above the cap: "
                 "the Grey Finch, the Wren Hollow, the Pale Heron, and the Kestrel Bay.")
    listed = {"Grey Finch", "Wren Hollow", "Pale Heron", "Kestrel Bay"}
    assert names(f, "Vessel") == listed
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.target or ""] for e in f.events if e.type == "Sanction"} == listed
    # a list after a colon whose head is ports, or a list of cargoes, names no ship
    f = facts_of("Tankers called at three ports: Tartus, Latakia and Baniyas.")
    assert names(f, "Vessel") == set()
    f = facts_of("The ships brought two cargoes: Kazakh Grain and Russian Steel.")
    assert names(f, "Vessel") == set()


def test_a_ship_seized_is_no_subject_of_the_next_clause() -> None:
    f = facts_of("Police seized the tanker Grey Finch, and the Wren Hollow docked at Tartus.")
    assert calls(f) == {("Wren Hollow", "Tartus")}
    # three definite names doing what ships do are all ships, and all docked
    f = facts_of("Last week the Grey Finch, the Wren Hollow and the Pale Heron docked at Tartus.")
    assert calls(f) == {("Grey Finch", "Tartus"), ("Wren Hollow", "Tartus"),
                        ("Pale Heron", "Tartus")}


def test_a_departure_told_before_the_clause_with_how_long_after() -> None:
    f = facts_of("Two days after leaving Berdyansk, the Grey Finch met the tanker Wren Hollow "
                 "in the Kerch Strait.")
    assert calls(f) == {("Grey Finch", "Berdyansk")}
    f = facts_of("Shortly after departing Tartus, the cargo ship Pale Heron switched off its "
                 "transponder.")
    assert calls(f) == {("Pale Heron", "Tartus")}
    f = facts_of("Having loaded wheat at Sevastopol, the Kestrel Bay headed south.")
    assert calls(f) == {("Kestrel Bay", "Sevastopol")}
    # a delegation meeting someone is no ship
    f = facts_of("Two days after arriving in Tartus, the Minister met the ship's captain.")
    assert calls(f) == set()


def test_a_port_that_received_what_a_named_ship_brought() -> None:
    f = facts_of("India's Vadinar refinery received at least four cargoes from the tanker "
                 "Grey Finch in October.")
    assert calls(f) == {("Grey Finch", "Vadinar")}
    assert transfers(f) == {("Grey Finch", None, "Vadinar")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]  # a count, not a cargo
    f = facts_of("The port of Tartus took delivery of wheat from the cargo ship Wren Hollow.")
    assert transfers(f) == {("Wren Hollow", None, "Tartus")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["wheat"]
    # where it came from, told between
    f = facts_of("Damietta received 30,000 tonnes of wheat from Kavkaz aboard the freighter Wren "
                 "Hollow.")
    assert transfers(f) == {("Wren Hollow", "Kavkaz", "Damietta")}
    assert calls(f) == {("Wren Hollow", "Kavkaz"), ("Wren Hollow", "Damietta")}
    # the port's own terminal as the subject, two ships aboard which it came, and no meeting
    f = facts_of("The French terminal at Montoir-de-Bretagne received six cargoes directly from "
                 "Sabetta aboard the Christophe de Margerie and the Nikolay Zubov.")
    assert transfers(f) == {("Christophe de Margerie", "Sabetta", "Montoir-de-Bretagne"),
                            ("Nikolay Zubov", "Sabetta", "Montoir-de-Bretagne")}
    assert [e for e in f.events if e.type == "ShipToShipTransfer"] == []
    # people in the port, a ship's owner, a denial and a prospect are not
    for text in ("Officials at Tartus received a letter from the tanker Grey Finch.",
                 "The port of Tartus received a letter from the tanker Grey Finch's owner.",
                 "Tartus did not receive any cargo from the tanker Grey Finch.",
                 "Sikka is expected to receive crude from the tanker Grey Finch."):
        assert calls(facts_of(text)) == set(), text


def test_hedges_about_what_a_ship_is_leave_what_it_did_reported() -> None:
    f = facts_of("The cargo ship Grey Finch, long suspected of serving as a spy base, left the "
                 "Red Sea and anchored off Djibouti.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "reported")]
    f = facts_of("The tanker Grey Finch, believed to be owned by a Dubai firm, docked at Tartus.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "reported")]
    # a hedge about which ship it was hedges the call, and names the ship
    f = facts_of("A tanker, believed to be the Wren Hollow, docked at Tartus.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "likely")]
    assert calls(f) == {("Wren Hollow", "Tartus")}
    f = facts_of("The tanker Grey Finch is suspected of having docked at Tartus.")
    assert [e.confidence for e in f.events] == ["realistic possibility"]


def test_lightering_to_a_named_ship_is_a_transfer_at_sea() -> None:
    f = facts_of("The Aframax Grey Finch was seen lightering crude to the Suezmax Wren Hollow "
                 "in the Laconian Gulf on 2 March.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Grey Finch", "Wren Hollow"]]


def test_a_ship_escorted_to_a_port_makes_no_voyage_there_and_an_assessment_is_likely() -> None:
    f = facts_of("The tanker Grey Finch left Ust-Luga on 24 December bound for Port Said. The "
                 "coastguard escorted the Grey Finch to an anchorage off Porvoo, where it was "
                 "detained.")
    assert calls(f) == {("Grey Finch", "Ust-Luga"), ("Grey Finch", "Porvoo")}
    assert transfers(f) <= {("Grey Finch", "Ust-Luga", None)}
    # (held where it lies: "detained the ship, and it remains anchored off Porvoo")
    f = facts_of("The tanker Grey Finch loaded petrol at Ust-Luga on 20 December. Finnish police "
                 "detained the ship on 28 December, and it remains anchored off Porvoo.")
    assert calls(f) == {("Grey Finch", "Ust-Luga"), ("Grey Finch", "Porvoo")}
    assert transfers(f) == set()
    # (the ship named by a pronoun between the verb and the port)
    f = facts_of("The tanker Grey Finch loaded crude at Kharg Island on July 2. Officers boarded the "
                 "ship off Crete on Monday and escorted it to the port of Piraeus, where it remains.")
    assert calls(f) == {("Grey Finch", "Kharg Island"), ("Grey Finch", "Piraeus")}
    assert transfers(f) == set()
    f = facts_of("The Panel assesses that the bulk carrier Wren Hollow delivered coal to Longkou.")
    assert [(e.type, e.confidence) for e in f.events if e.type == "PortCall"] == \
        [("PortCall", "likely")]


def test_a_caption_gives_the_port_no_column_names() -> None:
    f = facts_of("Crude tankers that discharged at Sikka in June:\n"
                 "Vessel        Arrived       Load port\n"
                 "Grey Finch    3 June 2023   Primorsk\n"
                 "Wren Hollow   14 June 2023  Novorossiysk\n")
    assert transfers(f) == {("Grey Finch", "Primorsk", "Sikka"),
                            ("Wren Hollow", "Novorossiysk", "Sikka")}
    assert dated(f, "PortCall")[("Grey Finch", "Sikka")] == "2023-06-03"
    # a caption that denies the port, or names no ships, gives it no role
    f = facts_of("Crude tankers that never discharged at Sikka:\n"
                 "Vessel        Arrived       Load port\n"
                 "Grey Finch    3 June 2023   Primorsk\n")
    assert transfers(f) == set()


def test_a_designation_of_the_firm_that_runs_a_ship_is_not_the_ships() -> None:
    f = facts_of("The cargo ship Grey Finch is operated by Wren Logistics Ltd, a firm that was "
                 "sanctioned by the United States in 2022.")
    assert [e for e in f.events if e.type == "Sanction"] == []
    f = facts_of("The cargo ship Grey Finch, which was sanctioned in 2022, is operated by Wren "
                 "Logistics Ltd.")
    assert [e.type for e in f.events] == ["Sanction"]
    # two asides in a row are both asides: the second's time is not the call's
    f = facts_of("The tanker Grey Finch, owned by Wren Logistics Ltd, which was sanctioned in "
                 "2022, docked at Tartus.")
    assert dated(f, "PortCall") == {("Grey Finch", "Tartus"): None}


def test_a_firm_designated_or_owning_a_ship_is_not_the_ships_designation() -> None:
    f = facts_of("The other designated company, Wren Trading, operates the tanker Grey Finch.")
    assert [e for e in f.events if e.type == "Sanction"] == []
    f = facts_of("The tanker Grey Finch loaded coal at Nampo. The vessel's registered owner, Wren "
                 "Shipping Ltd, is one of the companies designated.")
    assert [e for e in f.events if e.type == "Sanction"] == []
    # the ship itself, designated
    f = facts_of("The Grey Finch's owner was sanctioned by the UK, and the tanker Grey Finch "
                 "itself was designated by OFAC in May.")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2023-05")]


def test_a_ship_met_at_sea_is_a_ship_and_the_latter_after_then() -> None:
    f = facts_of("The tanker Grey Finch met the Wren Hollow off Malta. The latter then docked at "
                 "Tartus.")
    assert calls(f) == {("Wren Hollow", "Tartus")}
    # what an official met is no ship
    f = facts_of("The tanker Grey Finch was loaded. Officials met the Pale Heron team.")
    assert names(f, "Vessel") == {"Grey Finch"}


@pytest.mark.parametrize(("text", "pair", "confidence"), [
    # the ship a ship passed its cargo to is a ship, and both met, with no type word for either
    ("The Jin Hui transferred part of its oil to the Ocean Star off Malaysia in May.",
     ("Jin Hui", "Ocean Star"), "reported"),
    ("Tracking data suggest the Grey Finch probably transferred its cargo to another tanker, the "
     "Wren Hollow, in late June.", ("Grey Finch", "Wren Hollow"), "likely"),
    ("The tanker Grey Finch pumped the cargo onto the Wren Hollow.", ("Grey Finch", "Wren Hollow"),
     "reported"),
])
def test_a_ship_that_passed_its_cargo_to_another_met_it(text: str, pair: tuple[str, str],
                                                        confidence: str) -> None:
    f = facts_of(text)
    assert names(f, "Vessel") == set(pair)
    byid = {e.id: e.name for e in f.entities}
    assert [(tuple(byid[v] for v in e.vessels), e.confidence) for e in f.events
            if e.type == "ShipToShipTransfer"] == [(pair, confidence)]


@pytest.mark.parametrize(("text", "etype", "where"), [
    ("The Panama-flagged Grey Finch was seized by Iranian forces in the Strait of Hormuz on 12 "
     "April.", "Detention", "Strait of Hormuz"),
    ("The tanker Grey Finch has repeatedly switched off its AIS in the Gulf of Oman since January.",
     "AISGap", "Gulf of Oman"),
    # a sea told in a relative clause, or a bearing from a place, is not where it happened
    ("The tanker Grey Finch, which sailed from the Baltic Sea, was detained on 3 May.", "Detention",
     None),
    ("The tanker Grey Finch was detained 20 miles east of Malta.", "Detention", None),
])
def test_where_a_ship_was_held_or_went_dark(text: str, etype: str, where: str | None) -> None:
    f = facts_of(text)
    byid = {e.id: e.name for e in f.entities}
    assert [byid.get(e.location or "") for e in f.events if e.type == etype] == [where]


def test_what_a_firm_passed_a_cargo_to_is_no_ship() -> None:
    f = facts_of("Kestrel Shipping transferred the cargo to the Sea Lion on 4 May.")
    assert names(f, "Vessel") == set()


@pytest.mark.parametrize("text", [
    "The tanker Grey Finch unloaded fuel oil in Fujairah, after taking it on from the Wren Hollow "
    "off Greece.",
    "The tanker Grey Finch received its cargo from the Wren Hollow in the Laconian Gulf in May.",
])
def test_a_ship_a_ship_took_its_cargo_from_met_it(text: str) -> None:
    f = facts_of(text)
    assert names(f, "Vessel") == {"Grey Finch", "Wren Hollow"}
    byid = {e.id: e.name for e in f.entities}
    assert [sorted(byid[v] for v in e.vessels) for e in f.events
            if e.type == "ShipToShipTransfer"] == [["Grey Finch", "Wren Hollow"]]


def test_a_place_named_by_what_it_is_is_no_ship_a_cargo_came_from() -> None:
    f = facts_of("The tanker Grey Finch took it from the Port of Tartus.")
    assert names(f, "Vessel") == {"Grey Finch"}
    assert not [e for e in f.events if e.type == "ShipToShipTransfer"]


def test_timeline_entries_with_no_subject_are_the_ship_of_the_timeline() -> None:
    f = facts_of("The cargo ship Grey Finch made several trips.\n\n"
                 "* 12 April 2024 – loads containers at Novorossiysk\n"
                 "* 25 April 2024 – docks at Tartus\n")
    assert calls(f) == {("Grey Finch", "Novorossiysk"), ("Grey Finch", "Tartus")}
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == \
        [("containers", "2024-04-12/2024-04-25")]
    # two ships named before the list: the entries are told of neither
    f = facts_of("The cargo ships Grey Finch and Wren Hollow made several trips.\n\n"
                 "* 12 April 2024 – loads containers at Novorossiysk\n")
    assert calls(f) == set()


def test_trips_between_a_state_and_a_sea_give_no_transfer() -> None:
    f = facts_of("The cargo ship Grey Finch has made repeated trips between Russia and the "
                 "Mediterranean.")
    assert transfers(f) == set()
    f = facts_of("The cargo ship Grey Finch has made repeated trips between Novorossiysk and "
                 "Tartus.")
    assert transfers(f) == {("Grey Finch", "Novorossiysk", "Tartus")}


def test_voyages_from_a_states_ports_to_states_listed() -> None:
    f = facts_of("The tanker Grey Finch carried crude from Russian ports to India and China in "
                 "2023.")
    assert transfers(f) == {("Grey Finch", "Russia", "India"), ("Grey Finch", "Russia", "China")}
    # a time "between" two months is no pair of ends
    f = facts_of("The tanker Grey Finch made 14 voyages from Russian ports to India between "
                 "January and October 2023.")
    assert transfers(f) == {("Grey Finch", "Russia", "India")}


def test_cargo_moved_between_the_two_hulls_is_a_transfer_at_sea() -> None:
    f = facts_of("The bulk carrier Grey Finch was anchored next to the Togo-flagged Wren Hollow, "
                 "with cranes moving coal between the two hulls.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Grey Finch", "Wren Hollow"]]
    # two ships at one berth are no transfer
    f = facts_of("The bulk carrier Grey Finch was moored next to the Wren Hollow at Nampo.")
    assert sts_events(f) == []


def test_what_a_ship_is_used_for_is_no_voyage() -> None:
    f = facts_of("The ro-ro ship Grey Finch, which is used by the military to supply Baltiysk, "
                 "carried trucks to Kaliningrad.")
    assert transfers(f) == {("Grey Finch", None, "Kaliningrad")}
    f = facts_of("The tanker Grey Finch was used to carry coal from Nampo to Vanino.")
    assert transfers(f) == {("Grey Finch", "Nampo", "Vanino")}


def test_a_round_trip_told_after_the_arrival_home() -> None:
    f = facts_of("The ro-ro ship Grey Finch arrived in Baltiysk on 30 May after a round trip to "
                 "Ust-Luga.")
    assert transfers(f) == {("Grey Finch", "Ust-Luga", "Baltiysk")}


def test_a_ship_linked_to_a_shipment_and_a_cargo_taken_on_later() -> None:
    f = facts_of("A bulk carrier, the Grey Finch, has been linked to a shipment of artillery "
                 "ammunition from Murmansk to Latakia.")
    assert {(e.cargo) for e in f.events if e.type == "Transfer"} == {"artillery ammunition"}
    assert transfers(f) == {("Grey Finch", "Murmansk", "Latakia")}
    # the firm that owns it is not the ship
    f = facts_of("The owner of the tanker Grey Finch was linked to shipments of oil from Basra "
                 "to Ningbo.")
    assert transfers(f) == set()
    # what it took on at the next port was not aboard on the way to this one
    f = facts_of("The bulk carrier Grey Finch left Murmansk on 2 February. It reached Latakia on "
                 "21 February and departed five days later for Mersin, where it took on a cargo "
                 "of steel.")
    assert ("Grey Finch", "Mersin") in calls(f)
    by_id = {e.id: e.name for e in f.entities}
    assert [e.cargo for e in f.events if e.type == "Transfer" and
            by_id.get(e.destination or "") == "Latakia"] == [None]


def test_a_port_that_loaded_or_hosted_a_named_ship() -> None:
    f = facts_of("Iran's Kharg Island terminal loaded the tanker Grey Finch in May.")
    assert dated(f, "PortCall") == {("Grey Finch", "Kharg Island"): "2023-05"}
    f = facts_of("Port Sudan hosted the Russian frigate Wren Hollow last week.")
    assert calls(f) == {("Wren Hollow", "Port Sudan")}
    for text in ("Tartus never hosted the tanker Grey Finch.",
                 "Officials at Tartus welcomed the tanker Grey Finch's owner."):
        assert calls(facts_of(text)) == set(), text


def test_a_cargo_unloaded_or_aboard_where_the_ship_had_just_arrived() -> None:
    f = facts_of("The tanker Dusk Owl berthed at Ningbo's Daxie terminal on Friday and unloaded "
                 "about 90,000 tonnes of Venezuelan fuel oil.")
    assert transfers(f) == {("Dusk Owl", "Venezuela", "Ningbo")}
    g = facts_of("The freighter Amber Gull arrived in Tartus on 4 May carrying wheat. The tanker "
                 "Slate Heron docked at Sohar, then discharged gasoil.")
    assert transfers(g) == {("Amber Gull", None, "Tartus"), ("Slate Heron", None, "Sohar")}
    # a load, a voyage onwards, a place between, and a denial are none of these
    h = facts_of("The freighter Amber Gull arrived in Tartus on 4 May and loaded scrap. The "
                 "tanker Slate Heron docked at Sohar and sailed to Fujairah carrying gasoil. "
                 "The tanker Dusk Owl berthed at Ningbo but did not unload its cargo.")
    assert ("Amber Gull", None, "Tartus") not in transfers(h)
    assert ("Slate Heron", None, "Sohar") not in transfers(h)
    assert ("Dusk Owl", None, "Ningbo") not in transfers(h)
    # "with" a cargo: of a named kind or origin, not any company aboard
    i = facts_of("The tanker Dusk Owl arrived at Vadinar with Iraqi crude on 3 May. The freighter "
                 "Amber Gull docked at Tartus on 9 May with a cargo of barley.")
    assert transfers(i) == {("Dusk Owl", "Iraq", "Vadinar"), ("Amber Gull", None, "Tartus")}
    assert set(cargoes(i).values()) == {"Iraqi crude", "barley"}
    j = facts_of("The tanker Dusk Owl arrived at Vadinar with Indian officials aboard. The freighter "
                 "Amber Gull docked at Tartus with a tug alongside.")
    assert transfers(j) == set()


def test_what_officials_do_in_a_clause_of_their_own_is_not_the_ships() -> None:
    f = facts_of("The tanker Dusk Owl anchored off Ningbo, and Chinese officials sent a formal "
                 "protest to Tokyo.")
    assert ("Dusk Owl", "Tokyo") not in calls(f) and transfers(f) == set()
    # who says so, or a relative clause about the ship, opens no clause of its own
    h = facts_of("The tanker Dusk Owl, port officials said, docked at Ningbo. The tanker Slate "
                 "Heron, which US officials say is linked to Iran, docked at Zhoushan.")
    assert calls(h) == {("Dusk Owl", "Ningbo"), ("Slate Heron", "Zhoushan")}
    # the ship's own next deed is still its own
    g = facts_of("The tanker Dusk Owl docked at Ningbo and then carried fuel oil to Zhoushan.")
    assert transfers(g) == {("Dusk Owl", "Ningbo", "Zhoushan")}


def test_a_cargo_loaded_somewhere_and_then_shipped_aboard_a_named_ship() -> None:
    f = facts_of("Barley loaded at Berdyansk in July was later delivered to Izmir by the "
                 "freighter Grey Finch. The rice that was taken on at Haldia was shipped to "
                 "Mombasa aboard the bulker Wren Hollow.")
    assert transfers(f) == {("Grey Finch", "Berdyansk", "Izmir"),
                            ("Wren Hollow", "Haldia", "Mombasa")}
    assert cargoes(f)[("Grey Finch", "Berdyansk", "Izmir")] == "barley"
    # a port named in another clause, or where the cargo came from no load, gives no origin
    g = facts_of("Officials in Haldia were told that rice was shipped to Mombasa aboard the "
                 "bulker Wren Hollow.")
    assert transfers(g) == {("Wren Hollow", None, "Mombasa")}


def test_a_claim_not_confirmed_is_hedged_not_denied() -> None:
    f = facts_of("The freighter Grey Finch delivered drone parts to Hodeidah last week, a diplomat "
                 "said, though this could not be independently verified.")
    assert calls(f) == {("Grey Finch", "Hodeidah")}
    assert {e.confidence for e in f.events if e.type in ("PortCall", "Transfer")} == \
        {"realistic possibility"}
    # a denial after "though" still takes the call away
    g = facts_of("The freighter Grey Finch was reported at Hodeidah last week, though it was not "
                 "there.")
    assert calls(g) == set()


def test_a_ship_headed_to_a_port_where_imagery_then_shows_it() -> None:
    f = facts_of("The tanker Wren Hollow probably headed to Baniyas, where satellite images from "
                 "9 May show a tanker of its length at the buoy.")
    assert calls(f) == {("Wren Hollow", "Baniyas")}
    assert dated(f, "PortCall")[("Wren Hollow", "Baniyas")] == "2023-05-09"
    # what officials there said or expected is no sighting
    g = facts_of("The tanker Wren Hollow headed to Baniyas, where officials said they expected it.")
    assert calls(g) == set()


def test_a_ship_that_appeared_near_a_port_and_unloaded_there() -> None:
    f = facts_of("The bulker Wren Hollow left Nampo on 2 November. On 7 November it appeared near "
                 "Lianyungang, where it probably unloaded its cargo onto barges.")
    assert transfers(f) == {("Wren Hollow", "Nampo", "Lianyungang")}
    assert cargoes(f)[("Wren Hollow", "Nampo", "Lianyungang")] is None  # "its cargo": unsaid
    assert {e.confidence for e in f.events if e.type == "Transfer"} == {"likely"}
    g = facts_of("The bulker Wren Hollow appeared at Lianyungang on 7 November.")
    assert calls(g) == {("Wren Hollow", "Lianyungang")}
    # near a port with nothing done there, or what it appeared to do, is no call
    h = facts_of("The bulker Wren Hollow appeared near Lianyungang on 7 November. The bulker Grey "
                 "Finch appeared to be heading to Lianyungang.")
    assert calls(h) == set()


def test_a_time_after_the_report_does_not_date_what_is_done_or_under_way() -> None:
    # the report is dated 2024-03-22; "next week" is the berthing's, still to come
    f = facts_of("Two tankers, the Grey Finch and the Dusk Owl, are anchored off Paradip and are "
                 "expected to berth next week.")
    assert calls(f) == {("Grey Finch", "Paradip"), ("Dusk Owl", "Paradip")}
    assert set(dated(f, "PortCall").values()) <= {None, "2024-03-22"}
    # a time before the report in the same clause still dates it
    g = facts_of("The tanker Grey Finch anchored off Paradip on Monday and is expected to berth "
                 "next week.")
    assert dated(g, "PortCall")[("Grey Finch", "Paradip")] == "2024-03-18"


def test_a_ship_at_work_in_a_port_told_by_as_or_while() -> None:
    f = facts_of("Imagery shows crates on the quay at Rajin as the cargo ship Grey Finch loaded "
                 "on 7 September. Trucks waited at Dunai while the tanker Dusk Owl was being unloaded.")
    assert calls(f) == {("Grey Finch", "Rajin"), ("Dusk Owl", "Dunai")}
    # what a ship did elsewhere, or only came near, puts it in no port
    g = facts_of("Sirens sounded in Rajin as the cargo ship Grey Finch approached. Protests began "
                 "in Dunai when the cargo ship Dusk Owl sank off Vladivostok.")
    assert calls(g) == set()
    # a ship at work at a port of its own, told in the clause
    g = facts_of("The cargo ship Grey Finch docked at Nakhodka, while the tanker Dusk Owl loaded at "
                 "Bandar Abbas.")
    assert calls(g) == {("Grey Finch", "Nakhodka"), ("Dusk Owl", "Bandar Abbas")}


def test_a_ships_previous_call_told_as_a_noun() -> None:
    f = facts_of("The tanker Sable Reed loaded at Jose on 25 June 2023. Its previous port call was "
                 "at Bandar Abbas in March 2023.")
    assert calls(f) == {("Sable Reed", "Jose"), ("Sable Reed", "Bandar Abbas")}
    assert dated(f, "PortCall")[("Sable Reed", "Bandar Abbas")] == "2023-03"
    # a call for something else is no port call
    g = facts_of("The tanker Sable Reed loaded at Jose in June. The call for sanctions was in "
                 "Washington.")
    assert calls(g) == {("Sable Reed", "Jose")}


def test_arrived_there_after_heading_somewhere_is_where_it_was_going() -> None:
    f = facts_of("The freighter Volga Star loaded grain at Sevastopol on 2 October. It then sailed "
                 "to Novorossiysk, where it stayed for four days, before heading to Karasu. It "
                 "arrived there on 14 October.")
    assert ("Volga Star", "Karasu") in calls(f)
    assert dated(f, "PortCall")[("Volga Star", "Karasu")] == "2023-10-14"
    # with no voyage told towards a port, "there" is still where it last called
    g = facts_of("The freighter Volga Star docked at Sevastopol on 2 October, and Novorossiysk "
                 "officials complained. It loaded grain there.")
    assert calls(g) == {("Volga Star", "Sevastopol")}


def test_ships_lying_off_a_port_for_a_transfer_at_sea_made_no_call_there() -> None:
    f = facts_of("The tankers Grey Finch and Dusk Owl were seen side by side off Kalamata on 3 May, "
                 "a sign of an STS operation.")
    assert calls(f) == set() and len(sts_events(f)) == 1
    # off a port with no transfer at sea, or docked in it after one, is a call
    g = facts_of("The tanker Grey Finch was anchored off Kalamata on 3 May. The tanker Dusk Owl "
                 "docked at Sohar after an STS transfer with the tanker Sable Reed.")
    assert calls(g) == {("Grey Finch", "Kalamata"), ("Dusk Owl", "Sohar")}


def test_a_stop_on_the_way_between_loading_and_discharge_is_one_voyage() -> None:
    f = facts_of("The freighter Kite Hollow loaded barley at Berdyansk on 3 February. It then "
                 "sailed to Kerch, where it waited for a week, before heading to Derince. It "
                 "arrived there on 19 February and discharged the barley over three days.")
    assert transfers(f) == {("Kite Hollow", "Berdyansk", "Derince")}
    assert calls(f) == {("Kite Hollow", "Berdyansk"), ("Kite Hollow", "Kerch"),
                        ("Kite Hollow", "Derince")}
    # a stop where cargo is unloaded is a voyage's end; with no discharge told, each leg stays
    g = facts_of("The freighter Kite Hollow loaded barley at Berdyansk on 3 February. It then "
                 "unloaded part of it at Kerch, before heading to Derince. It arrived there on 19 "
                 "February and discharged the rest.")
    assert ("Kite Hollow", "Berdyansk", "Kerch") in transfers(g)
    h = facts_of("The freighter Kite Hollow loaded barley at Berdyansk on 3 February. It then "
                 "sailed to Kerch, where it waited for a week, before heading to Derince. It "
                 "arrived there on 19 February.")
    assert transfers(h) == {("Kite Hollow", "Berdyansk", "Kerch"),
                            ("Kite Hollow", "Kerch", "Derince")}


def test_calls_told_as_a_list_make_no_voyage() -> None:
    f = facts_of("The tanker Slate Heron called at Sikka in May. It also visited Paradip in June.")
    assert calls(f) == {("Slate Heron", "Sikka"), ("Slate Heron", "Paradip")}
    assert transfers(f) == set()
    g = facts_of("The tanker Slate Heron called at Sikka four times last year. It visited Paradip "
                 "in June.")
    assert transfers(g) == set()
    # one call after another is a voyage
    h = facts_of("The tanker Slate Heron called at Sikka in May. It then visited Paradip in June.")
    assert transfers(h) == {("Slate Heron", "Sikka", "Paradip")}


@pytest.mark.parametrize("sentence, cargo", [
    ("Russia supplied more than a million barrels of refined oil to North Korea in 2024.",
     "refined oil"),
    ("Russia shipped half a million tonnes of wheat to Syria last year.", "wheat"),
    ("Iran's exports of crude to China hit a record in March.", "crude"),
    ("The tanker Slate Heron carried diesel produced in India to Lagos.", "diesel"),
])
def test_the_cargo_is_what_is_carried_not_its_amount_or_what_is_said_of_it(
        sentence: str, cargo: str) -> None:
    assert list(cargoes(facts_of(sentence)).values()) == [cargo]


def test_there_is_not_another_ships_port_of_call() -> None:
    f = facts_of("The freighter Slate Heron had sailed from Bandar Abbas ten days earlier.\n"
                 "Larger cargoes have also reached Hodeidah. The bulk carrier Kite Hollow "
                 "unloaded containers there in February after a transit from Djibouti.")
    assert calls(f) == {("Slate Heron", "Bandar Abbas"), ("Kite Hollow", "Hodeidah")}
    assert transfers(f) == {("Kite Hollow", "Djibouti", "Hodeidah")}
    # the ship's own call before is still where "there" is
    g = facts_of("The freighter Slate Heron docked at Bandar Abbas on 2 May. Agents in Bushehr "
                 "confirmed this. The ship loaded cement there.")
    assert calls(g) == {("Slate Heron", "Bandar Abbas")}


def test_a_voyage_taken_up_again_paragraphs_later() -> None:
    f = facts_of("The bulk carrier Kite Hollow left Ust-Luga on 15 November 2023, loaded with "
                 "potash.\n\nNaval ships shadowed it for weeks.\n\nThe ship eventually continued "
                 "its voyage to Port Said, arriving there on 9 January.")
    assert transfers(f) == {("Kite Hollow", "Ust-Luga", "Port Said")}
    assert cargoes(f)[("Kite Hollow", "Ust-Luga", "Port Said")] == "potash"
    # two paragraphs on, a call with no such words starts no voyage from the last one
    g = facts_of("The bulk carrier Kite Hollow left Ust-Luga on 15 November 2023.\n\nNaval ships "
                 "shadowed it for weeks. Officials said little.\n\nIn other news, the Kite Hollow "
                 "docked at Port Said on 9 January.")
    assert ("Kite Hollow", "Ust-Luga", "Port Said") not in transfers(g)


def test_a_build_year_in_an_aside_dates_nothing_and_a_timeline_ship_goes_dark() -> None:
    f = facts_of("The Pegasus Bay, a Gambia-flagged Aframax built in 2004, was added to the EU "
                 "sanctions list in June 2023.")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2023-06")]
    f = facts_of("- 3 August 2023: The tanker Pegasus Bay loads fuel oil at Taman.\n"
                 "- 9 August: The tanker goes dark in the Black Sea.\n")
    assert [(e.type, e.date) for e in f.events if e.type == "AISGap"] == [("AISGap", "2023-08-09")]


def test_a_pronoun_opening_a_sentence_is_the_subject_before() -> None:
    f = facts_of("The LPG carrier Gas Lark completed a transfer with the tanker Sahand Bay off Khor "
                 "Fakkan on 10 February. It then sailed for Chittagong, where it discharged on 21 "
                 "February.")
    assert calls(f) == {("Gas Lark", "Chittagong")}
    # inside a sentence, "it" is still the ship named last
    g = facts_of("The tanker Sahand Bay met the Gas Lark, and satellite images show it docked at "
                 "Chittagong on 21 February.")
    assert calls(g) == {("Gas Lark", "Chittagong")}


def test_a_ship_moving_from_one_registry_to_another_makes_no_voyage() -> None:
    f = facts_of("The LPG carrier Gas Lark has changed flags twice, moving from the Panamanian "
                 "registry to Sierra Leone and then to the Comoros.")
    assert transfers(f) == set()
    g = facts_of("The tanker Gas Lark moved crude from Basra to Sohar under the Panama flag.")
    assert transfers(g) == {("Gas Lark", "Basrah", "Sohar")}


def test_a_cargo_offloaded_to_a_floating_storage_unit() -> None:
    f = facts_of("The LNG carrier Pioneer Lark's cargo was offloaded to the floating storage unit "
                 "Saam Bay near Murmansk on 20 August.")
    assert {e.name for e in f.entities if e.type == "Vessel"} == {"Pioneer Lark", "Saam Bay"}
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Pioneer Lark", "Saam Bay"]]
    g = facts_of("The tanker Kite Hollow discharged into the FSO Nabarima Star off Venezuela.")
    assert [sorted(pair) for pair, _, _ in sts_events(g)] == [["Kite Hollow", "Nabarima Star"]]


@pytest.mark.parametrize("text, call", [
    ("The tanker Kite Hollow, which was not under sanctions at the time, docked at Sikka.", "Sikka"),
    ("The tanker Kite Hollow, which was expected at Basra, docked at Sikka.", "Sikka"),
    ("The tanker Kite Hollow, which was due to arrive at Sikka on 5 May, instead anchored off "
     "Fujairah.", "Fujairah"),
    ("The tanker Kite Hollow was refused entry at Sikka and then sailed to Fujairah, where it "
     "discharged its cargo.", "Fujairah"),
    ("The tanker Kite Hollow was expected at Sikka but docked at Fujairah instead.", "Fujairah"),
    ("The tanker Kite Hollow was meant to call at Sikka but went to Fujairah.", "Fujairah"),
])
def test_a_denial_or_plan_in_a_clause_of_its_own_leaves_the_ships_deed(text: str, call: str) -> None:
    assert calls(facts_of(text)) == {("Kite Hollow", call)}


@pytest.mark.parametrize("text", [
    "The tanker Kite Hollow did not, as officials had claimed, dock at Sikka.",
    "The tanker Kite Hollow is expected to load at Sikka and then sail to Fujairah.",
    "The tanker Kite Hollow, which was refused entry, was expected to dock at Sikka.",
    "The tanker Kite Hollow was supposed to unload at Sikka.",
    "The tanker Kite Hollow was expected at Sikka but never docked there.",
])
def test_a_denial_or_plan_over_the_ships_own_deed_still_holds(text: str) -> None:
    assert calls(facts_of(text)) == set()


def test_a_state_just_before_the_port_it_sends_to_is_the_origin() -> None:
    f = facts_of("The tanker Kite Hollow carried crude oil from Kuwait to Houston in May.")
    assert transfers(f) == {("Kite Hollow", "Kuwait", "Houston")}
    # a state that owns the port named next is not an end of the voyage
    g = facts_of("The tanker Kite Hollow carried crude oil from Egypt's Damietta to Houston.")
    assert transfers(g) == {("Kite Hollow", "Damietta", "Houston")}


def test_a_time_told_with_another_verb_joined_by_and_is_that_verbs() -> None:
    f = facts_of("The tanker Kite Hollow loaded crude at Jose on 14 September 2023 and arrived in "
                 "Pascagoula, Mississippi, on 26 September.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Jose"): "2023-09-14",
                                    ("Kite Hollow", "Pascagoula"): "2023-09-26"}
    g = facts_of("On 14 September 2023 the tanker Kite Hollow loaded at Jose and arrived in "
                 "Pascagoula, Mississippi, a week later.")
    assert dated(g, "PortCall")[("Kite Hollow", "Jose")] == "2023-09-14"
    assert dated(g, "PortCall")[("Kite Hollow", "Pascagoula")] == "2023-09-18/2023-09-24"
    # a time after a later deed ("before returning ... on 4 February") is that deed's
    h = facts_of("The freighter Kite Hollow left the Red Sea in early January 2024 and anchored off "
                 "Djibouti before returning to Bandar Abbas on 4 February.")
    assert dated(h, "PortCall")[("Kite Hollow", "Djibouti")] == "2024-01-01/2024-01-10"


@pytest.mark.parametrize("text", [
    "The tanker Kite Hollow's AIS was off from 1 to 9 September.",
    "Tracking data show the tanker Kite Hollow, whose AIS signal stayed dark for a week.",
    # told by what the ship has not done since
    "The tanker Kite Hollow has not broadcast its position since leaving the Gulf of Oman.",
    "The tanker Kite Hollow stopped broadcasting its location on 3 May.",
    "The tanker Kite Hollow has been dark since 3 May.",
    "The tanker Kite Hollow's AIS was not broadcasting during any of these voyages.",
    "The tanker Kite Hollow sailed through the strait while not transmitting its position.",
])
def test_an_ais_told_as_off_is_a_gap(text: str) -> None:
    f = facts_of(text)
    assert [(e.type, {x.id: x.name for x in f.entities}[e.vessel or ""]) for e in f.events] == \
        [("AISGap", "Kite Hollow")]


@pytest.mark.parametrize("text", [
    "Officials denied that the tanker Kite Hollow had gone dark.",
    "The tanker Kite Hollow has not broadcast any signal suggesting a fault.",
    "The tanker Kite Hollow has not been dark since it left Sikka.",
    "It is not clear whether the tanker Kite Hollow's AIS was not transmitting.",
    "The tanker Kite Hollow's AIS was not switched off.",
])
def test_an_ais_denied_or_a_signal_of_something_else_is_no_gap(text: str) -> None:
    assert [e.type for e in facts_of(text).events if e.type == "AISGap"] == []


def test_ships_hose_connected_and_a_ship_that_conducted_a_transfer() -> None:
    f = facts_of("The tanker Kite Hollow and the Sea Lark were seen hose-connected off Lome.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Kite Hollow", "Sea Lark"]]
    assert calls(f) == set()
    g = facts_of("The Kite Hollow conducted an STS transfer with the tanker Sea Lark on 3 May.")
    assert names(g, "Vessel") == {"Kite Hollow", "Sea Lark"}
    assert [sorted(pair) for pair, _, _ in sts_events(g)] == [["Kite Hollow", "Sea Lark"]]
    # hose-to-hose; an STS with its noun left out, and the partner named only there
    for text in ("The tanker Kite Hollow and the tanker Sea Lark were seen hose-to-hose off Malta.",
                 "The tanker Kite Hollow conducted an STS with the Sea Lark on 3 May."):
        g = facts_of(text)
        assert [sorted(pair) for pair, _, _ in sts_events(g)] == [["Kite Hollow", "Sea Lark"]]
    assert names(facts_of("The tanker Kite Hollow sailed to the STS area with the Sea Lark crew "
                          "aboard."), "Vessel") == {"Kite Hollow"}


def test_what_had_been_done_before_takes_no_time_from_the_sentences_before() -> None:
    f = facts_of("On 17 May 2023, imagery showed the tanker Kite Hollow alongside the tanker Sea "
                 "Lark. The Sea Lark had earlier loaded diesel at Ningbo. The Kite Hollow docked at "
                 "Nampo.")
    d = dated(f, "PortCall")
    assert d[("Sea Lark", "Ningbo")] is None
    assert d[("Kite Hollow", "Nampo")] == "2023-05-17"  # the paragraph's time still carries
    g = facts_of("On 17 May 2023 the tanker Sea Lark was seen off Dalian. It previously loaded "
                 "diesel at Ningbo.")
    assert dated(g, "PortCall")[("Sea Lark", "Ningbo")] is None
    # a gap that had begun still held then
    h = facts_of("On 17 May 2023 the tanker Sea Lark met the tanker Kite Hollow in a ship-to-ship "
                 "transfer. The pair had switched off their transponders before meeting.")
    assert set(dated(h, "AISGap").values()) == {"2023-05-17"}


def test_a_place_then_its_state_as_where_a_cargo_went() -> None:
    f = facts_of("The tanker Kite Hollow loaded at Kharg Island last year and delivered crude to "
                 "independent refiners in Shandong, China.")
    assert transfers(f) == {("Kite Hollow", "Kharg Island", "China")}
    g = facts_of("The tanker Kite Hollow loaded at Kharg Island and unloaded at Qingdao, China.")
    assert transfers(g) == {("Kite Hollow", "Kharg Island", "Qingdao")}


def test_ships_named_among_those_a_designation_hit() -> None:
    f = facts_of("The Treasury on 14 March designated 14 tankers for carrying Iranian oil.\n"
                 "Among the vessels named were the Comoros-flagged Kite Hollow and the "
                 "Gambia-flagged Sea Lark.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted((by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction") == \
        [("Kite Hollow", "2024-03-14"), ("Sea Lark", "2024-03-14")]
    for text in ("A report on 14 March described the trade. Among the vessels named were the "
                 "tankers Kite Hollow and Sea Lark.",
                 "The EU could sanction four tankers. The ships named include the tanker Kite Hollow."):
        assert not [e for e in facts_of(text).events if e.type == "Sanction"], text


def test_the_time_of_another_ports_arrival_or_departure_is_not_where_it_came_from() -> None:
    f = facts_of("The cargo ship Pale Heron arrived from Novorossiysk and left on 17 March.")
    assert dated(f, "PortCall")[("Pale Heron", "Novorossiysk")] is None
    g = facts_of("The cargo ship Pale Heron sailed from Tartus and arrived at Tuapse on 17 March.")
    assert dated(g, "PortCall")[("Pale Heron", "Tartus")] is None
    assert dated(g, "PortCall")[("Pale Heron", "Tuapse")] == "2024-03-17"
    h = facts_of("The cargo ship Pale Heron docked at Tartus and left on 17 March.")
    assert dated(h, "PortCall")[("Pale Heron", "Tartus")] == "2024-03-17"  # the same call


def test_a_ships_last_port_is_a_call_before_the_one_in_hand() -> None:
    f = facts_of("The cargo ship Pale Heron is back at Vostochny. Her last port was Rason.")
    assert calls(f) == {("Pale Heron", "Vostochny"), ("Pale Heron", "Rajin")}
    assert transfers(f) == {("Pale Heron", "Rajin", "Vostochny")}
    g = facts_of("The cargo ship Pale Heron arrived at Vostochny. Her next port is Dunai.")
    assert calls(g) == {("Pale Heron", "Vostochny")}


@pytest.mark.parametrize("text", [
    "The tanker Grey Wren arrived at Sikka on 2 March and departed on 5 March.",
    "The tanker Grey Wren arrived at Sikka on 2 March and left for Fujairah on 5 March.",
    "The tanker Grey Wren loaded at Sikka on 2 March and sailed on 5 March.",
    "The tanker Grey Wren docked at Sikka on March 2nd and left on the 5th.",
])
def test_an_arrival_and_a_departure_told_together_are_one_stay(text: str) -> None:
    assert dated(facts_of(text), "PortCall")[("Grey Wren", "Sikka")] == "2024-03-02/2024-03-05"


def test_a_port_where_a_ship_waited_before_unloading_elsewhere_is_no_origin() -> None:
    f = facts_of("The tanker Grey Wren anchored off Baniyas for three days before unloading at "
                 "Tartus on 3 March.")
    assert transfers(f) == {("Grey Wren", None, "Tartus")}
    assert calls(f) == {("Grey Wren", "Baniyas"), ("Grey Wren", "Tartus")}
    f = facts_of("The tanker Grey Wren loaded at Baniyas before unloading at Tartus on 3 March.")
    assert transfers(f) == {("Grey Wren", "Baniyas", "Tartus")}


@pytest.mark.parametrize("text", [
    "The tanker Grey Wren, whose previous port of call was Tartus, docked at Sikka on 3 March.",
    "The tanker Grey Wren docked at Sikka on 3 March; its previous port of call was Tartus.",
])
def test_a_previous_port_of_call_came_in_the_weeks_before(text: str) -> None:
    f = facts_of(text)
    assert dated(f, "PortCall") == {("Grey Wren", "Sikka"): "2024-03-03",
                                    ("Grey Wren", "Tartus"): "2024-02-02/2024-03-03"}
    assert transfers(f) == {("Grey Wren", "Tartus", "Sikka")}


def test_a_departure_from_a_port_where_a_ship_did_not_arrive_is_no_stay() -> None:
    # (another port's arrival, and a departure before the arrival, give no span)
    f = facts_of("The tanker Grey Wren left Sikka on 2 March and arrived at Fujairah on 5 March.")
    assert dated(f, "PortCall") == {("Grey Wren", "Sikka"): "2024-03-02",
                                    ("Grey Wren", "Fujairah"): "2024-03-05"}


def test_a_stay_since_a_time_is_no_anchor_and_is_the_call_told_in_the_paragraph() -> None:
    f = facts_of("The container ship Pale Heron left Odesa on 16 August 2023. It had been stuck in "
                 "the port since February 2022. A day later, the bulker Kite Hollow departed "
                 "from Odesa.")
    assert dated(f, "PortCall") == {("Pale Heron", "Odesa"): "2023-08-16",
                                    ("Kite Hollow", "Odesa"): "2023-08-17"}
    assert len([e for e in f.events if e.type == "PortCall"]) == 2
    # two calls told in two paragraphs stay two
    g = facts_of("The tanker Pale Heron called at Odesa in 2022.\nThe Pale Heron called at Odesa "
                 "on 3 May 2022.")
    assert len([e for e in g.events if e.type == "PortCall"]) == 2


def test_round_trips_over_a_span_of_years() -> None:
    f = facts_of("Between 2022 and 2023, the cargo ships Pale Heron and Kite Hollow made a dozen "
                 "round trips between Novorossiysk and Tartus.")
    assert set(dated(f, "Transfer").values()) == {"2022/2023"}


def test_a_voyage_that_ended_at_a_port_and_a_ships_next_port() -> None:
    f = facts_of("The tanker Kite Hollow departed Primorsk on 3 March. Its previous voyage ended "
                 "at Vadinar on 9 February, where it discharged a similar cargo.")
    assert calls(f) == {("Kite Hollow", "Primorsk"), ("Kite Hollow", "Vadinar")}
    assert dated(f, "PortCall")[("Kite Hollow", "Vadinar")] == "2024-02-09"
    for text in ("The tanker Kite Hollow left Lome. Her next port of call is Dakar.",
                 "The tanker Kite Hollow's next stop will be Dakar."):
        assert ("Kite Hollow", "Dakar") not in calls(facts_of(text)), text


def test_ships_listed_as_seen_at_a_port() -> None:
    f = facts_of("Vessels observed at Feodosia this month include the bulk carriers Pale Heron, "
                 "Kite Hollow and Grey Wren.")
    assert calls(f) == {("Pale Heron", "Feodosia"), ("Kite Hollow", "Feodosia"),
                        ("Grey Wren", "Feodosia")}
    assert set(dated(f, "PortCall").values()) == {"2024-03"}
    for text in ("Vessels expected at Tartus include the cargo ship Pale Heron.",
                 "Ships bound for Tartus included the cargo ship Pale Heron."):
        assert calls(facts_of(text)) == set(), text


def test_a_call_after_a_voyage_from_a_port() -> None:
    f = facts_of("A North Korean cargo ship, the Pale Heron, docked at the Russian port of "
                 "Vostochny on Saturday after a voyage from Chongjin.")
    assert transfers(f) == {("Pale Heron", "Chongjin", "Vostochny")}
    d = dated(f, "PortCall")
    assert d[("Pale Heron", "Vostochny")] == "2024-03-16"
    assert d[("Pale Heron", "Chongjin")] == "2024-02-15/2024-03-16"  # left in the weeks before


def test_a_seizure_told_again_and_a_cargo_confiscated_are_no_new_detention() -> None:
    f = facts_of("The tanker Kite Hollow was seized on 11 January. Tehran said the seizure was "
                 "retaliation for the confiscation of the ship's cargo in 2023.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], e.date) for e in f.events if e.type == "Detention"] == \
        [("Kite Hollow", "2024-01-11")]
    g = facts_of("The seizure of the tanker Kite Hollow on 3 May angered Athens.")
    assert [e.date for e in g.events if e.type == "Detention"] == ["2023-05-03"]


@pytest.mark.parametrize("told, cargo", [
    ("at least three cargoes of refined products", "refined products"),
    ("several tonnes of diesel", "diesel"),
    ("two containers of shells", "shells"),
])
def test_the_cargo_behind_a_count_in_words(told: str, cargo: str) -> None:
    f = facts_of(f"The tanker Kite Hollow delivered {told} to Nampo.")
    assert cargoes(f) == {("Kite Hollow", None, "Nampo"): cargo}


def test_a_movements_log_line_names_the_ship_its_flag_and_where_it_is() -> None:
    f = facts_of("Daily movements\n- PALE HERON (Liberia): arrived Novorossiysk, loading wheat\n"
                 "- KITE HOLLOW (Togo): departed Kavkaz with barley\n")
    by = {e.name: e for e in f.entities if e.type == "Vessel"}
    assert {n: e.flag for n, e in by.items()} == {"PALE HERON": "LBR", "KITE HOLLOW": "TGO"}
    assert calls(f) == {("PALE HERON", "Novorossiysk"), ("KITE HOLLOW", "Kavkaz")}
    # a company and its country, or a line with no deed, names no ship
    g = facts_of("- ROSNEFT (Russia): shares fell\n- Sea Lark (Malta) and others\n")
    assert names(g, "Vessel") == set()


def test_a_voyage_broken_off_is_no_call_at_its_end() -> None:
    for text in ("The tanker Kite Hollow was seized in April 2023 while sailing from Basra to "
                 "Houston.",
                 "The tanker Kite Hollow was sailing to Houston when it was seized."):
        assert ("Kite Hollow", "Houston") not in calls(facts_of(text)), text
    assert ("Kite Hollow", "Basrah") in calls(facts_of(
        "The tanker Kite Hollow was seized in April 2023 while sailing from Basra to Houston."))
    # a cargo under way still makes its transfer
    g = facts_of("The tanker Kite Hollow lost power on 8 March while carrying Russian oil from "
                 "Ust-Luga to Port Said.")
    assert transfers(g) == {("Kite Hollow", "Ust-Luga", "Port Said")}


def test_a_span_told_with_since_dates_no_later_sentence() -> None:
    f = facts_of("The tanker Kite Hollow has idled off Lome since last month. It carried Iranian "
                 "crude to China.")
    assert dated(f, "Transfer") == {("Kite Hollow", "Iran", "China"): None}


def test_a_designation_told_in_the_present_is_of_the_reports_day() -> None:
    f = facts_of("In October 2023 the tanker Kite Hollow loaded at Kozmino. The tanker Sea Lark "
                 "is designated because of its owner's links to a procurement network.")
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2024-03-22"]


def test_a_name_that_carried_a_cargo_from_a_place_is_a_ship() -> None:
    f = facts_of("The cargo ship Pale Heron sailed from Amirabad to Makhachkala in late January, "
                 "while the Begey carried ammunition from Bandar Anzali to Astrakhan.")
    assert names(f, "Vessel") == {"Pale Heron", "Begey"}
    assert transfers(f) == {("Pale Heron", "Amirabad", "Makhachkala"),
                            ("Begey", "Bandar Anzali", "Astrakhan")}
    assert names(facts_of("The Houthis carried weapons from Yemen to Somalia."), "Vessel") == set()
    # how it went, between the cargo and the place
    f = facts_of("The Grey Finch delivered 5,000 tonnes of coal directly to Ningbo in February.")
    assert transfers(f) == {("Grey Finch", None, "Ningbo")}
    assert names(facts_of("The Houthis shipped weapons secretly to Somalia."), "Vessel") == set()


def test_a_pronoun_after_an_opening_phrase_about_the_voyage() -> None:
    f = facts_of("The container ship Pale Heron calls at Shanghai. On its latest rotation it left "
                 "Shanghai on 3 January, called at Busan on 5 January and arrived in St Petersburg "
                 "on 8 February.")
    assert dated(f, "PortCall") == {("Pale Heron", "Shanghai"): "2024-01-03",
                                    ("Pale Heron", "Busan"): "2024-01-05",
                                    ("Pale Heron", "St Petersburg"): "2024-02-08"}


def test_a_log_of_calls_set_out_as_a_table() -> None:
    f = facts_of("| Vessel | Flag | Port | Date | Activity |\n|---|---|---|---|---|\n"
                 "| Lady Wren | Russia | Rajin | 2023-10-12 | loading containers |\n"
                 "| Kite Hollow | Russia | Dunai | 2023-10-16 | unloading containers |\n"
                 "| Sea Lark | Russia | Vostochny | 2023-11-02 | expected |\n")
    assert dated(f, "PortCall") == {("Lady Wren", "Rajin"): "2023-10-12",
                                    ("Kite Hollow", "Dunai"): "2023-10-16"}


def test_the_time_of_a_clause_after_the_call_is_that_clauses() -> None:
    f = facts_of("In May 2023, the cargo vessel Pale Heron berthed at Nampo after departing "
                 "Dalian, China, on April 27.")
    d = dated(f, "PortCall")
    assert d[("Pale Heron", "Nampo")] == "2023-05"
    assert d[("Pale Heron", "Dalian")] == "2023-04-27"
    g = facts_of("The tanker Pale Heron docked at Nampo after leaving Dalian on 27 April.")
    assert dated(g, "PortCall")[("Pale Heron", "Nampo")] == "2023-04-27"  # no other time told


def test_a_cargo_under_way_was_loaded_before_the_time_told() -> None:
    f = facts_of("The crude tanker Kite Hollow, carrying Russian oil from Primorsk, collided with "
                 "another vessel on 29 February.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Primorsk"): "2024-01-30/2024-02-29"}
    g = facts_of("The tanker Kite Hollow, carrying oil loaded at Primorsk on 3 March, collided with "
                 "a ship on 9 March.")
    assert dated(g, "PortCall") == {("Kite Hollow", "Primorsk"): "2024-03-03"}
    h = facts_of("Researchers saw the freighter Kite Hollow moving containers from Rajin to Dunai "
                 "in late February.")
    assert dated(h, "PortCall")[("Kite Hollow", "Rajin")] == "2024-02-21/2024-02-29"
    # loaded with it, set before the main verb with no comma: the arrival's time is not the
    # loading's
    f = facts_of("The bulk carrier Kite Hollow loaded with wheat from the occupied port of "
                 "Sevastopol arrived at Latakia on 17 March.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Sevastopol"): "2024-02-16/2024-03-17",
                                    ("Kite Hollow", "Latakia"): "2024-03-17"}
    f = facts_of("The bulk carrier Kite Hollow loaded with wheat at Sevastopol on 3 March.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Sevastopol"): "2024-03-03"}


def test_a_year_opening_the_sentence_is_the_year_of_its_months() -> None:
    f = facts_of("Last year, the tanker Kite Hollow delivered gasoline to Cuba, arriving at Matanzas "
                 "in March.")
    assert dated(f, "PortCall")[("Kite Hollow", "Matanzas")] == "2023-03"
    g = facts_of("Sanctioned in 2022, the tanker Kite Hollow docked at Matanzas in March.")
    assert dated(g, "PortCall")[("Kite Hollow", "Matanzas")] == "2024-03"


def test_a_cargo_loaded_before_the_arrival_it_came_with() -> None:
    f = facts_of("The tanker Kite Hollow, flying the Cameroonian flag, arrived at Benghazi on 9 March "
                 "with about 30,000 tonnes of diesel loaded at Taman.")
    d = dated(f, "PortCall")
    assert d[("Kite Hollow", "Benghazi")] == "2024-03-09"  # the number's comma closes no aside
    assert d[("Kite Hollow", "Taman")] is None
    assert transfers(f) == {("Kite Hollow", "Taman", "Benghazi")}


def test_a_ship_suspected_of_having_called() -> None:
    f = facts_of("The Lady Wren is suspected of having loaded containers at Rajin in December.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.vessel or ""], e.confidence) for e in f.events if e.type == "PortCall"] == \
        [("Lady Wren", "realistic possibility")]
    assert names(facts_of("The Kremlin is believed to have sailed."), "Vessel") == set()


def test_people_arrested_are_no_detention_of_their_ship() -> None:
    f = facts_of("Indian police arrested Captain Ravi Menon, master of the tanker Sea Crest, on 30 "
                 "January. Police also detained the crew of the tanker Kite Hollow.")
    assert [e for e in f.events if e.type == "Detention"] == []
    g = facts_of("Police detained the tanker Sea Crest and arrested its master.")
    assert [e.type for e in g.events] == ["Detention"]


def test_an_ais_that_has_been_off_and_a_detention_told_as_before() -> None:
    f = facts_of("The tanker Kite Hollow discharged gasoline at Banias this week. The tanker's AIS "
                 "has been off since it passed through the Suez Canal on 29 February.")
    # (off since then: to the report's day)
    assert set(dated(f, "AISGap").values()) == {"2024-02-29/2024-03-22"}
    g = facts_of("The bulk carrier Kite Hollow, previously detained in Lebanon, left Tripoli for "
                 "Tartus on 8 March.")
    assert [e.date for e in g.events if e.type == "Detention"] == [None]
    assert dated(g, "PortCall") == {("Kite Hollow", "Tripoli"): "2024-03-08"}  # Lebanon's


def test_a_port_a_ship_loaded_for_is_no_call() -> None:
    f = facts_of("The tanker Kite Hollow loaded at Mina al-Ahmadi for Rotterdam.")
    assert calls(f) == {("Kite Hollow", "Mina Al Ahmadi")}
    # (a voyage under way there, as "left Taganrog with steel for Izmir" is)
    assert transfers(f) == {("Kite Hollow", "Mina Al Ahmadi", "Rotterdam")}


def test_the_main_clause_after_a_clause_of_days_after() -> None:
    f = facts_of("The cargo ship Pale Heron sailed from Novorossiysk on 6 March. Two days after she "
                 "left, the tanker Kite Hollow berthed at the Sheskharis oil terminal.")
    assert dated(f, "PortCall")[("Kite Hollow", "Novorossiysk")] == "2024-03-08"
    g = facts_of("The tanker Kite Hollow docked at Tuapse on Wednesday, two weeks after it left "
                 "Latakia.")
    assert dated(g, "PortCall")[("Kite Hollow", "Tuapse")] == "2024-03-20"


def test_ships_a_designation_included_and_calls_made_since_a_time() -> None:
    f = facts_of("The EU sanctions package adopted on 16 February adds 52 vessels to its list. They "
                 "include the tankers Kite Hollow, Pale Heron and Grey Wren.")
    assert set(dated(f, "Sanction").values()) == {"2024-02-16"}
    assert len([e for e in f.events if e.type == "Sanction"]) == 3
    assert not [e for e in facts_of("A report on 16 February lists tankers. They include the "
                                    "tankers Kite Hollow and Pale Heron.").events
                if e.type == "Sanction"]
    g = facts_of("The tanker Kite Hollow was reflagged from Panama in May 2023 and has since called "
                 "at Primorsk three times.")
    assert dated(g, "PortCall") == {("Kite Hollow", "Primorsk"): "2023-05-01/2024-03-22"}
    # (told in a clause of its own, after a semicolon)
    h = facts_of("The Aframax Kite Hollow was sold in March and renamed; it has since loaded twice at "
                 "Novorossiysk.", date="2023-08-14")
    assert dated(h, "PortCall") == {("Kite Hollow", "Novorossiysk"): "2023-03-01/2023-08-14"}
    k = facts_of("The Aframax Kite Hollow was sold in March and renamed; it loaded at Novorossiysk.",
                 date="2023-08-14")
    assert dated(k, "PortCall") == {("Kite Hollow", "Novorossiysk"): "2023-03"}


def test_two_loadings_make_no_voyage() -> None:
    f = facts_of("The VLCC Kite Hollow loaded at Ras Tanura on 4 March and again at Juaymah on 21 "
                 "March.")
    assert calls(f) == {("Kite Hollow", "Ras Tanura"), ("Kite Hollow", "Juaymah")}
    assert transfers(f) == set()


def test_a_timeline_in_the_present_and_one_visit_told_by_arrival_and_departure() -> None:
    f = facts_of("- 12 October 2023: The Kite Hollow leaves Baltiysk.\n"
                 "- 19 October 2023: It passes through the Strait of Gibraltar.\n"
                 "- 27 October 2023: The ship arrives at Tartus and begins unloading.\n"
                 "- 2 November 2023: It departs Tartus, heading for Novorossiysk.\n")
    assert names(f, "Vessel") == {"Kite Hollow"}
    assert dated(f, "PortCall") == {("Kite Hollow", "Baltiysk"): "2023-10-12",
                                    ("Kite Hollow", "Tartus"): "2023-10-27/2023-11-02"}
    assert dated(f, "Transfer") == {("Kite Hollow", "Baltiysk", "Tartus"): "2023-10-12/2023-10-27"}
    # a call elsewhere between: two visits
    g = facts_of("The tanker Kite Hollow arrived at Tartus on 1 May. It called at Beirut on 5 May. "
                 "It left Tartus on 9 May.")
    assert len([e for e in g.events if e.type == "PortCall"]) == 3


@pytest.mark.parametrize("text", [
    "Reports that the tanker Kite Hollow docked at Tartus are false, officials said.",
    "Claims that the tanker Kite Hollow unloaded at Tartus have been dismissed by the port.",
    "Had the tanker Kite Hollow docked at Tartus, it would have been seized.",
])
def test_refuted_reports_and_unmet_conditions_are_no_calls(text: str) -> None:
    assert calls(facts_of(text)) == set()


def test_a_report_confirmed_is_a_call() -> None:
    f = facts_of("Reports that the tanker Kite Hollow docked at Tartus were confirmed by officials.")
    assert calls(f) == {("Kite Hollow", "Tartus")}


def test_ships_that_met_where_they_transferred_oil() -> None:
    f = facts_of("The tanker Kite Hollow rendezvoused with the Sea Lark, a Panama-flagged tanker, in "
                 "the South China Sea, where they transferred oil.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Kite Hollow", "Sea Lark"]]
    g = facts_of("The tanker Kite Hollow met the tanker Sea Lark off Lome, where they held talks.")
    assert sts_events(g) == []


def test_arrivals_told_with_no_port_after_a_group_came_to_one() -> None:
    f = facts_of("Two cargo vessels docked in Port Sudan in September, according to flight data. The "
                 "cargo ship Pale Heron arrived on 9 September from Bandar Abbas and stayed for four "
                 "days; the second ship, the Kite Hollow, berthed on 21 September.")
    d = dated(f, "PortCall")
    assert d[("Pale Heron", "Port Sudan")] == "2023-09-09"
    assert d[("Kite Hollow", "Port Sudan")] == "2023-09-21"
    assert transfers(f) == {("Pale Heron", "Bandar Abbas", "Port Sudan")}
    (call,) = [e for e in f.events if e.type == "PortCall" and e.date == "2023-09-21"]
    assert len(call.evidence) == 2  # the sentence that names the port as well
    for text in ("Two tankers docked in Lome in May. The tanker Kite Hollow arrived at Tema on 3 May.",
                 "Two tankers were denied entry at Lome in May. The tanker Kite Hollow arrived on 3 May.",
                 "Two tankers docked in Lome in May. The tanker Kite Hollow never arrived."):
        assert ("Kite Hollow", "Lome") not in calls(facts_of(text)), text


@pytest.mark.parametrize(("text", "expected"), [
    ("The tanker Kite Hollow sailed from Nakhodka to Busan and then on to Shanghai.",
     {("Kite Hollow", "Nakhodka", "Busan"), ("Kite Hollow", "Busan", "Shanghai")}),
    ("The tanker Kite Hollow carried coal from Nakhodka to Busan, then to Shanghai and later on "
     "to Ningbo.", {("Kite Hollow", "Nakhodka", "Busan"), ("Kite Hollow", "Busan", "Shanghai"),
                    ("Kite Hollow", "Shanghai", "Ningbo")}),
    ("The tanker Kite Hollow sailed from Nakhodka to Busan before heading on to Shanghai.",
     {("Kite Hollow", "Nakhodka", "Busan"), ("Kite Hollow", "Busan", "Shanghai")}),
    # a list of ports is no order of calls; nor is a place named with the port
    ("The tanker Kite Hollow sailed from Nakhodka to Busan and Shanghai.",
     {("Kite Hollow", "Nakhodka", "Busan")}),
    ("The tanker Kite Hollow sailed from Nakhodka to Busan, where it stayed, and Shanghai later "
     "banned it.", {("Kite Hollow", "Nakhodka", "Busan")}),
])
def test_a_voyage_that_went_on_to_further_ports(text: str, expected: set[tuple[str, ...]]) -> None:
    assert transfers(facts_of(text)) == expected


@pytest.mark.parametrize("log", [
    "Movements of the Angara (IMO 9179842), 2024\n12 January - Rajin (loading)\n"
    "15 January - Dunai (unloading)\n",
    "The Angara's port calls in 2024:\n- 12 January: Rajin, loading\n- 15 January: Dunai, unloading\n",
])
def test_a_ship_s_log_under_a_heading_that_names_it(log: str) -> None:
    f = facts_of(log)
    assert names(f, "Vessel") == {"Angara"}  # (not "Movements of the Angara")
    assert dated(f, "PortCall") == {("Angara", "Rajin"): "2024-01-12", ("Angara", "Dunai"): "2024-01-15"}
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["loading", "discharging"]
    assert transfers(f) == {("Angara", "Rajin", "Dunai")}


def test_log_lines_under_a_heading_of_no_one_ship_are_no_calls() -> None:
    f = facts_of("Movements of the Angara and the Maria, 2024\n12 January - Rajin (loading)\n")
    assert calls(f) == set()
    f = facts_of("Key dates\n12 January - Rajin (loading)\n")
    assert calls(f) == set()


def test_a_ship_that_moved_to_a_port_went_there_with_no_cargo_told() -> None:
    f = facts_of("The tanker Grey Wren was at Tartus in May. The tanker later moved to Baniyas.")
    assert calls(f) == {("Grey Wren", "Tartus"), ("Grey Wren", "Baniyas")}
    assert [e.activity for e in f.events if e.type == "PortCall" and e.activity] == []
    f = facts_of("The tanker Grey Wren moved fuel to Baniyas.")
    assert transfers(f) == {("Grey Wren", None, "Baniyas")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["fuel"]


def test_a_ship_bound_for_one_port_from_another_left_the_other() -> None:
    for text in ("The cargo ship Ursa Major sank on 23 December. It had been bound for Vladivostok "
                 "from St Petersburg.",
                 "The cargo ship Ursa Major, bound for Vladivostok from St Petersburg, sank."):
        f = facts_of(text)
        assert calls(f) == {("Ursa Major", "St Petersburg")}, text
        assert [e.activity for e in f.events if e.type == "PortCall"] == ["departure"]
    assert calls(facts_of("The cargo ship Ursa Major was bound for Vladivostok.")) == set()


def test_a_run_made_there_and_back_with_a_cargo_on_the_way_back() -> None:
    f = facts_of("The cargo ship Sparta IV made a similar run in January, sailing from Novorossiysk "
                 "to Tartus and returning with vehicles and equipment.")
    assert transfers(f) == {("Sparta IV", "Novorossiysk", "Tartus"), ("Sparta IV", "Tartus", "Novorossiysk")}
    assert cargoes(f)[("Sparta IV", "Tartus", "Novorossiysk")] == "vehicles and equipment"
    # a ship still sailing when something else befell it did not get there
    f = facts_of("The tanker Kira, sailing from Ust-Luga to Mumbai, was held at Tallinn.")
    assert ("Kira", "Mumbai") not in calls(f)


def test_a_ship_that_arrived_and_sailed_again_laden_loaded_there() -> None:
    f = facts_of("The tanker Kite Hollow arrived at Ust-Luga on 24 November and sailed two days "
                 "later with a cargo of fuel oil.")
    assert transfers(f) == {("Kite Hollow", "Ust-Luga", None)}
    # (there from the arrival to the sailing two days later)
    assert [(e.activity, e.date) for e in f.events if e.type == "PortCall"] == \
        [("loading", "2023-11-24/2023-11-26")]
    # arriving laden, it brought the cargo there
    f = facts_of("The tanker Kite Hollow arrived at Ust-Luga on 24 November with a cargo of fuel oil.")
    assert transfers(f) == {("Kite Hollow", None, "Ust-Luga")}


def test_the_ships_named_after_a_counted_group_left_a_port_are_the_group() -> None:
    f = facts_of("Two bulk carriers left the occupied port of Berdyansk last week, a monitoring "
                 "group said. The Kite Hollow and the Pale Heron sailed through the Kerch Strait "
                 "and were next seen off the Turkish coast.")
    assert calls(f) == {("Kite Hollow", "Berdyansk"), ("Pale Heron", "Berdyansk")}
    assert set(dated(f, "PortCall").values()) == {"2024-03-11/2024-03-17"}
    assert all(len(e.evidence) == 2 for e in f.events if e.type == "PortCall")
    # not as many ships as were counted, or not the subject of the next sentence
    for text in ("Three tankers left Primorsk on Monday. The Kite Hollow and the Pale Heron "
                 "headed west.",
                 "Two tankers left Primorsk on Monday. Analysts said the Kite Hollow and the Pale "
                 "Heron were not among them.",
                 "Two tankers were barred from Primorsk on Monday. The Kite Hollow and the Pale "
                 "Heron headed west."):
        assert calls(facts_of(text)) == set(), text


def test_a_counted_group_s_members_told_one_by_one_by_their_loading_loaded_where_it_left() -> None:
    f = facts_of("Two supertankers carrying Venezuelan fuel oil departed Jose terminal this week. The "
                 "Gulf Wren, flying the flag of Cameroon, loaded 1.8 million barrels of Merey crude "
                 "between January 5 and January 9. The Amber Wren, a 2003-built VLCC, took on a "
                 "similar cargo a few days later.", date="2025-01-16")
    assert calls(f) == {("Gulf Wren", "Jose"), ("Amber Wren", "Jose")}
    assert dated(f, "PortCall")[("Gulf Wren", "Jose")] == "2025-01-05/2025-01-09"
    # a deed that is no loading, a place of its own, or a loading denied: no call there
    for told in ("Two supertankers departed Jose terminal this week. The Gulf Wren arrived at "
                 "Singapore on January 9.",
                 "Two supertankers departed Jose terminal this week. The Gulf Wren loaded crude at "
                 "Puerto la Cruz on January 9.",
                 "Two supertankers departed Jose terminal this week. The Gulf Wren, a VLCC, did not "
                 "load any crude."):
        assert ("Gulf Wren", "Jose") not in calls(facts_of(told, date="2025-01-16")), told


def test_more_before_a_cargo_is_no_part_of_it() -> None:
    f = facts_of("India bought more crude from Russia in July.")
    assert [(e.cargo) for e in f.events if e.type == "Transfer"] == ["crude"]
    # nor a quantity in words
    f = facts_of("Russia has supplied North Korea with more than one million barrels of refined "
                 "petroleum since March.")
    assert [(e.cargo) for e in f.events if e.type == "Transfer"] == ["refined petroleum"]


def test_a_ship_that_took_the_cargo_from_another() -> None:
    f = facts_of("The LNG carrier Kite Hollow transferred a cargo to the floating storage unit Grey "
                 "FSU near Murmansk on 24 February. A second carrier, the Pale Heron, took the cargo "
                 "from the Grey FSU a week later.")
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == [["Grey FSU", "Kite Hollow"],
                                                                   ["Grey FSU", "Pale Heron"]]
    g = facts_of("The tanker Pale Heron took on its cargo from Primorsk.")
    assert sts_events(g) == []


def test_a_cargo_seized_aboard_a_ship_and_a_call_told_as_later() -> None:
    f = facts_of("The Justice Department said it had seized about 980,000 barrels of Iranian crude "
                 "aboard the tanker Kite Hollow.")
    assert [e for e in f.events if e.type == "Detention"] == []
    g = facts_of("On 3 March, the Kite Hollow unloaded coal at Longkou after a voyage from Nampo. "
                 "The ship later returned to Nampo.")
    by_id = {e.id: e.name for e in g.entities}
    assert sorted((by_id[e.port or ""], e.date) for e in g.events if e.type == "PortCall") == [
        ("Longkou", "2024-03-03"), ("Nampo", "2024-02-02/2024-03-03"), ("Nampo", "2024-03-03/2024-03-22")]


def test_a_port_arrived_from_with_a_cargo_is_set_back_once() -> None:
    f = facts_of("The tanker Kite Hollow arrived at Vadinar on 3 March with Iraqi crude from Basra.")
    assert dated(f, "PortCall")[("Kite Hollow", "Basrah")] == "2024-02-02/2024-03-03"


def test_a_place_named_in_a_clause_of_a_verb_in_ing_is_not_where_the_ship_called() -> None:
    f = facts_of("Imagery shows the cargo ship Grey Wren arrived at Longkou on 3 March after "
                 "broadcasting false positions off Haeju.")
    assert calls(f) == {("Grey Wren", "Longkou")} and transfers(f) == set()
    # a call's own verb in the clause still puts the ship there
    g = facts_of("The cargo ship Grey Wren arrived at Longkou on 3 March after leaving Haeju.")
    assert calls(g) == {("Grey Wren", "Longkou"), ("Grey Wren", "Haeju")}


def test_a_ship_that_followed_another_came_to_its_port() -> None:
    f = facts_of("The tanker Dusk Heron unloaded fuel oil at Tartus on 7 March. The Pale Wren, a "
                 "Very Large Crude Carrier, followed on 12 March.")
    assert dated(f, "PortCall")[("Pale Wren", "Tartus")] == "2024-03-12"
    # one that followed another out of port, or after it left, came to no port
    g = facts_of("The tanker Dusk Heron left Tartus on 7 March. The tanker Pale Wren followed on "
                 "9 March.")
    assert calls(g) == {("Dusk Heron", "Tartus")}
    h = facts_of("The tanker Dusk Heron unloaded fuel oil at Tartus on 7 March. The tanker Pale "
                 "Wren followed the Dusk Heron out of the port.")
    assert calls(h) == {("Dusk Heron", "Tartus")}


def test_a_route_taken_is_no_cargo_and_went_on_to_is_a_call() -> None:
    f = facts_of("The freighter Grey Wren took the same route in February but went on to Tartus "
                 "instead.")
    assert transfers(f) == set()
    assert calls(f) == {("Grey Wren", "Tartus")}
    g = facts_of("The freighter Grey Wren took part in the exercise and went to great lengths to "
                 "hide.")
    assert transfers(g) == set() and calls(g) == set()


def test_a_ship_destroyed_in_a_strike_on_a_port_was_there() -> None:
    f = facts_of("Kyiv said the landing ship Kite Hollow was destroyed in a strike on the port of "
                 "Feodosia.")
    assert calls(f) == {("Kite Hollow", "Feodosia")}
    g = facts_of("The landing ship Kite Hollow was destroyed by a drone off the coast of Feodosia.")
    assert calls(g) == set()


def test_what_a_ship_did_where_it_went_has_that_clause_s_time() -> None:
    f = facts_of("On 12 February, the cargo ship Grey Wren loaded coal at Nampo and then sailed to "
                 "Longkou, China, where it discharged the cargo between 24 and 27 February.")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2024-02-12",
                                    ("Grey Wren", "Longkou"): "2024-02-24/2024-02-27"}
    assert dated(f, "Transfer")[("Grey Wren", "Nampo", "Longkou")] == "2024-02-12/2024-02-27"


def test_a_loading_with_no_port_gives_the_voyage_the_state_its_cargo_is_of() -> None:
    f = facts_of("The tanker Grey Wren loaded Iranian oil in the Persian Gulf in January and "
                 "delivered it to Dongying in February.")
    assert transfers(f) == {("Grey Wren", "Iran", "Dongying")}
    # a loading at a port keeps the port; a loading alone is no voyage
    g = facts_of("The tanker Grey Wren loaded Iranian oil at Kharg Island and delivered it to "
                 "Dongying.")
    assert transfers(g) == {("Grey Wren", "Kharg Island", "Dongying")}
    h = facts_of("The tanker Grey Wren loaded Iranian oil in January.")
    assert transfers(h) == set()


def test_an_arrival_with_a_quantity_of_a_cargo_delivered_it() -> None:
    f = facts_of("The bulk carrier Grey Wren arrived at Aden with 30,000 tonnes of wheat.")
    assert transfers(f) == {("Grey Wren", None, "Aden")}
    g = facts_of("The bulk carrier Grey Wren arrived at Aden with oil leaking from its hull.")
    assert transfers(g) == set()


def test_where_ships_met_is_not_the_port_one_sailed_for_afterwards() -> None:
    f = facts_of("The VLCC Grey Wren took on Iranian crude from the tanker Dusk Heron late last "
                 "month before sailing for Rizhao.")
    (pair, location, _), = sts_events(f)
    assert location is None
    g = facts_of("The VLCC Grey Wren took on Iranian crude from the tanker Dusk Heron off Lome.")
    (pair, location, _), = sts_events(g)
    assert location == "Lome"


def test_a_voyage_broken_off_reaches_neither_its_end_nor_where_the_ship_was_held() -> None:
    f = facts_of("The tanker Grey Wren, sailing from Ust-Luga to Mumbai, was held at Tallinn "
                 "until Friday. The tanker Dusk Heron was allowed to continue its voyage to India.")
    assert calls(f) == {("Grey Wren", "Ust-Luga"), ("Grey Wren", "Tallinn")}
    assert transfers(f) == set()
    # where it went on to dock, it arrived
    g = facts_of("The tanker Grey Wren, sailing from Ust-Luga, docked at Mumbai on 3 March.")
    assert transfers(g) == {("Grey Wren", "Ust-Luga", "Mumbai")}


def test_another_ship_s_later_clause_does_not_date_a_call() -> None:
    f = facts_of("The tanker Grey Wren was spotted at the Fujairah anchorage, and the Dusk Heron, "
                 "a Comoros-flagged tanker, anchored off Limassol on 26 February.")
    assert dated(f, "PortCall") == {("Grey Wren", "Fujairah"): None,
                                    ("Dusk Heron", "Limassol"): "2024-02-26"}


def test_a_port_name_shared_with_a_city_elsewhere_after_a_delivery_with_its_cargo() -> None:
    f = facts_of("The bulk carrier Grey Wren discharged Ukrainian wheat at Alexandria last week.")
    port = next(e for e in f.entities if e.type == "Port")
    assert (port.name, port.country) == ("Alexandria", "EGY")
    g = facts_of("Officials in Alexandria said the bulk carrier Grey Wren was inspected.")
    assert not [e for e in g.entities if e.type == "Port"]


def test_a_ship_that_reappeared_off_a_port_was_there() -> None:
    f = facts_of("The Liberian-flagged tanker Grey Wren went dark on 2 February near Fujairah, "
                 "reappearing four days later off Basra fully laden. The Grey Wren then sailed to "
                 "Paradip, where it berthed on 27 February.")
    assert dated(f, "PortCall")[("Grey Wren", "Basrah")] == "2024-02-06"
    assert transfers(f) == {("Grey Wren", "Basrah", "Paradip")}


def test_a_story_that_names_its_ship_by_what_it_does_later() -> None:
    f = facts_of("The story of the Kite Hollow begins in Tuapse. On 8 October the small tanker, "
                 "flagged in Russia, took on about 7,000 tonnes of diesel there. Nine days later "
                 "she entered the port of Tartus. The Kite Hollow returned to Tuapse on 2 "
                 "November and loaded again.")
    assert ("Kite Hollow", "Tuapse", "Tartus") in transfers(f)
    assert dated(f, "PortCall")[("Kite Hollow", "Tuapse")] is not None
    assert dated(f, "PortCall")[("Kite Hollow", "Tartus")] == "2023-10-17"
    # a definite name that returns somewhere with nothing of a ship about it stays no ship
    g = facts_of("The Kremlin returned to Moscow's old line on Tuesday.")
    assert not [e for e in g.entities if e.type == "Vessel"]


def test_a_state_named_last_in_a_list_of_ports_called_at_is_its_port() -> None:
    f = facts_of("The container ship Grey Wren called at Jeddah, Aqaba and Djibouti in January.")
    assert calls(f) == {("Grey Wren", "Jeddah"), ("Grey Wren", "Aqaba"), ("Grey Wren", "Djibouti")}
    # a state that opens its own clause after a list of one stays the state
    g = facts_of("The container ship Grey Wren called at Jeddah, and Djibouti protested.")
    assert calls(g) == {("Grey Wren", "Jeddah")}
    assert "Djibouti" in names(g, "State")


def test_a_cargo_offloaded_from_a_ship_and_loaded_onto_another_at_the_same_port() -> None:
    f = facts_of("On 12 May, some 20,000 tonnes of diesel were loaded onto the tanker Grey Wren "
                 "at Benghazi. The fuel had earlier been offloaded from the Russian tanker Dusk "
                 "Heron at the same port. The Grey Wren then sailed to Aliaga, arriving on 20 May.")
    assert ("Dusk Heron", "Benghazi") in calls(f)
    assert cargoes(f)[("Grey Wren", "Benghazi", "Aliaga")] == "diesel"


def test_a_transfer_told_in_an_after_being_clause_has_that_clause_s_time() -> None:
    f = facts_of("One cargo, carried by the VLCC Grey Wren, was discharged at Qingdao in February "
                 "after being transferred from the tanker Dusk Heron off Malaysia in January.")
    (pair, _, _), = sts_events(f)
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-01"]
    assert dated(f, "PortCall")[("Grey Wren", "Qingdao")] == "2024-02"


def test_named_ships_that_made_the_trips_just_told_of() -> None:
    f = facts_of("Cargo ships have ferried Iranian ammunition from Amirabad to Astrakhan since "
                 "autumn 2023. The cargo ships Grey Wren and Dusk Heron made most of the trips.")
    assert transfers(f) == {("Grey Wren", "Amirabad", "Astrakhan"),
                            ("Dusk Heron", "Amirabad", "Astrakhan")}
    assert cargoes(f)[("Grey Wren", "Amirabad", "Astrakhan")] == "Iranian ammunition"
    assert ("Dusk Heron", "Amirabad") in calls(f)
    g = facts_of("Cargo ships have ferried Iranian ammunition from Amirabad to Astrakhan since "
                 "autumn 2023. The cargo ships Grey Wren and Dusk Heron made none of the trips.")
    # the supply by ships not named stays (where named ships made the trips, it is theirs)
    assert transfers(g) == {(None, "Amirabad", "Astrakhan")}


def test_a_ship_that_headed_into_a_port_went_in() -> None:
    assert calls(facts_of("The tanker Grey Wren headed into Tartus on 3 May.")) == \
        {("Grey Wren", "Tartus")}
    assert calls(facts_of("The tanker Grey Wren is heading to Tartus.")) == set()


def test_what_a_ship_did_in_fact_is_told_flatly_whatever_it_made_appear() -> None:
    f = facts_of("In April the tanker Grey Wren spoofed its AIS signal to appear to be off the coast "
                 "of Malaysia, when in fact it was loading fuel at the port of Mersing.")
    assert [(e.type, e.confidence) for e in f.events if e.type == "PortCall"] == \
        [("PortCall", "reported")]
    f = facts_of("The tanker Grey Wren appears to have loaded fuel at Mersing.")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["likely"]


def test_the_island_is_the_island_state_told_of_before() -> None:
    f = facts_of("Venezuela sent three cargoes of fuel to Cuba in May. Mexico also shipped crude "
                 "to the island in June.")
    assert transfers(f) == {(None, "Venezuela", "Cuba"), (None, "Mexico", "Cuba")}
    f = facts_of("Iran sent fuel to Cuba. Russia also sent a cargo of diesel to the island aboard the "
                 "tanker Grey Wren, which docked at Matanzas on 25 July.")
    assert ("Grey Wren", "Russia", "Matanzas") in transfers(f)
    # not an island named as such, nor where no island state was told of, nor two of them
    for text in ("Iran shipped oil to Syria. The island of Kish hosts traders. Iran sent fuel to "
                 "the island.",
                 "Russia sent fuel to Cuba and to Sri Lanka. Iran sent oil to the island."):
        assert (None, "Iran", "Cuba") not in transfers(facts_of(text))
        assert not any(d == "Sri Lanka" and o == "Iran" for _v, o, d in transfers(facts_of(text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia exported wheat to Egypt through the port of Novorossiysk.",
     {(None, "Novorossiysk", "Egypt")}),
    ("Russia exported wheat to Egypt via Alexandria.", {(None, "Russia", "Alexandria")}),
    ("North Korea sent artillery shells to Russia via Rajin.", {(None, "Rajin", "Russia")}),
    # a state passed through is no port of either
    ("Iranian oil is typically shipped to China via Malaysia.", {(None, "Iran", "China")}),
])
def test_a_supply_through_a_port_of_either_state(text: str, expected: set[tuple[str | None, ...]]) -> None:
    assert transfers(facts_of(text)) == expected


@pytest.mark.parametrize(("text", "expected", "cargo"), [
    # the port told first is where the supply went, not the state after it
    ("Coal loaded in North Korea is being shipped to the Russian port of Kholmsk and re-exported "
     "to China and South Korea.",
     {(None, "North Korea", "Kholmsk"), (None, "Kholmsk", "China"), (None, "Kholmsk", "South Korea")},
     "coal"),
    ("North Korean coal is shipped to Kholmsk and re-exported to China.",
     {(None, "North Korea", "Kholmsk"), (None, "Kholmsk", "China")}, "coal"),
    # with nothing sent before, who re-exports is the origin
    ("India re-exported Russian diesel to France.", {(None, "India", "France")}, "Russian diesel"),
    # no supply between states to a port of the supplier's own
    ("Russia shipped grain to Novorossiysk.", set(), None),
])
def test_a_supply_sent_on_from_where_it_went_first(text: str, expected: set[tuple[str | None, ...]],
                                                   cargo: str | None) -> None:
    f = facts_of(text)
    assert transfers(f) == expected
    assert {e.cargo for e in f.events if e.type == "Transfer"} == ({cargo} if expected else set())


def test_a_bulleted_log_without_flags_names_ships_and_storage_units() -> None:
    f = facts_of("Cargoes this summer:\n"
                 "- Kite Hollow: loaded at Sabetta, Aug 2; transferred to Grey FSU, Aug 24\n"
                 "- Dusk Heron: took cargo from Grey FSU, Sept 1; spotted near Port Said, Oct 15\n")
    assert names(f, "Vessel") == {"Kite Hollow", "Grey FSU", "Dusk Heron"}  # no "Aug 24"
    assert sorted((sorted(pair), location) for pair, location, _ in sts_events(f)) == [
        (["Dusk Heron", "Grey FSU"], None), (["Grey FSU", "Kite Hollow"], None)]
    assert ("Kite Hollow", "Sabetta") in calls(f)


def test_a_relative_clause_s_deed_takes_no_time_the_main_clause_tells_after_it() -> None:
    f = facts_of("The rail ferry Grey Wren, which runs between Port Kavkaz and Sevastopol, was "
                 "damaged in a drone attack while moored at Kerch on Sunday.")
    assert dated(f, "PortCall") == {("Grey Wren", "Kavkaz"): None, ("Grey Wren", "Sevastopol"): None,
                                    ("Grey Wren", "Kerch"): "2024-03-17"}
    # a time that opens the sentence frames the relative clause too
    g = facts_of("In mid-February the bulk carrier Grey Wren, which had also departed Ust-Luga, "
                 "was shadowed by naval vessels.")
    assert dated(g, "PortCall") == {("Grey Wren", "Ust-Luga"): "2024-02-11/2024-02-20"}
    # a time inside the main clause is its own, also where the relative clause ends the sentence
    h = facts_of("OFAC today designated the tanker Grey Wren, which transported Iranian oil to "
                 "Dalian.")
    assert sorted((e.type, e.date or "") for e in h.events) == [
        ("PortCall", ""), ("Sanction", "2024-03-22"), ("Transfer", "")]
    h = facts_of("On 3 May the tanker Grey Wren, which transported Iranian oil to Dalian, was "
                 "designated.")
    assert [(e.type, e.date) for e in h.events if e.type == "Transfer"] == [("Transfer", "2023-05-03")]


def test_a_closing_clause_with_a_subject_of_its_own_keeps_its_time() -> None:
    f = facts_of("The freighter Grey Wren entered the port of Mariupol, which Russian forces seized "
                 "in May 2022.")
    assert dated(f, "PortCall") == {("Grey Wren", "Mariupol"): None}
    f = facts_of("HELSINKI, March 20 - Police detained the tanker Grey Wren, which they suspect of "
                 "cutting a cable on March 12.", date="2024-03-20")
    assert [(e.type, e.date) for e in f.events] == [("Detention", "2024-03-20")]
    # the ship's own deed told in the closing clause is the event's time
    f = facts_of("Cuba received diesel aboard the tanker Grey Wren, which docked at Matanzas on 25 "
                 "February.")
    assert dated(f, "PortCall") == {("Grey Wren", "Matanzas"): "2024-02-25"}


def test_an_attribution_set_between_commas_shows_no_ship() -> None:
    f = facts_of("The EU listed the tankers Grey Wren and Dusk Heron. The Dusk Heron discharged "
                 "diesel at Rotterdam in January, port data show, and the Grey Wren was at Piraeus "
                 "in March.")
    assert calls(f) == {("Dusk Heron", "Rotterdam"), ("Grey Wren", "Piraeus")}


def test_a_denial_in_an_aside_between_dashes_is_not_the_call_s() -> None:
    f = facts_of("The cargo ship Grey Wren — not to be confused with the vessel of the same name "
                 "that sank last year — arrived at Port Sudan on 14 March after a voyage from "
                 "Novorossiysk.")
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Port Sudan")}
    g = facts_of("The cargo ship Grey Wren did not — officials said — arrive at Port Sudan.")
    assert calls(g) == set()


def test_a_vessel_described_first_by_kind_and_a_voyage_told_after_a_loading() -> None:
    f = facts_of("Customs said on Friday it had seized a Togo-flagged cargo ship at the port of "
                 "Pohang.\nThe vessel, identified as the Grey Wren, had loaded about 3,000 tonnes "
                 "of anthracite at Nampo in late February before sailing to Pohang, officials said.")
    assert next(e for e in f.entities if e.name == "Grey Wren").flag == "TGO"
    assert dated(f, "PortCall")[("Grey Wren", "Nampo")] == "2024-02-21/2024-02-29"
    assert dated(f, "PortCall")[("Grey Wren", "Pohang")] == "2024-02-21/2024-03-22"


def test_a_clause_with_a_named_subject_of_its_own_is_not_the_first_ship_s() -> None:
    f = facts_of("Traders said the Aframax Grey Wren loaded at Primorsk on January 20, and the "
                 "Dusk Heron waited at Ust-Luga.")
    assert calls(f) == {("Grey Wren", "Primorsk")}
    g = facts_of("Traders said the Aframax Grey Wren loaded 100,000 tonnes at Primorsk on January "
                 "20, and the Dusk Heron took a cargo at Ust-Luga three days later.")
    assert dated(g, "PortCall") == {("Grey Wren", "Primorsk"): "2024-01-20",
                                    ("Dusk Heron", "Ust-Luga"): "2024-01-23"}
    assert transfers(g) == set()


def test_a_port_a_ship_was_taken_to_ends_no_voyage_of_its_own() -> None:
    f = facts_of("Iran's navy on Saturday seized the container ship Grey Wren near the Strait of "
                 "Hormuz and took it to Bandar Abbas. The ship was travelling from Dubai to Nhava "
                 "Sheva in India. The Grey Wren remained at Bandar Abbas a week later.")
    assert transfers(f) == set()
    assert ("Grey Wren", "Bandar Abbas") in calls(f) and ("Grey Wren", "Nhava Sheva") not in calls(f)
    # a voyage from the port it was taken to is its own
    g = facts_of("Iran seized the tanker Grey Wren and took it to Bandar Abbas. In May the Grey "
                 "Wren sailed from Bandar Abbas to Fujairah.")
    assert transfers(g) == {("Grey Wren", "Bandar Abbas", "Fujairah")}


def test_a_ship_told_as_it_that_was_taken_to_a_port() -> None:
    f = facts_of("The tanker Grey Wren was intercepted in the Gulf of Oman. It was taken to "
                 "Bandar-e Jask.")
    assert calls(f) == {("Grey Wren", "Jask")}
    # "it was expected to" is no ship
    g = facts_of("The tanker Grey Wren was intercepted in the Gulf of Oman. It was expected to "
                 "dock at Jask.")
    assert calls(g) == set()


def test_one_of_a_group_named_in_an_apposition_that_moved_alongside_another() -> None:
    f = facts_of("Three tankers were seen idling in Nakhodka Bay between 10 and 20 January. One of "
                 "them, the Grey Wren, later moved alongside the Dusk Heron for what appeared to be "
                 "a transfer of crude.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Dusk Heron", "Grey Wren"]]


def test_a_port_reached_before_sailing_on_lies_within_a_voyage_s_length_of_the_loading() -> None:
    f = facts_of("The cargo ship Grey Wren loaded grain at Berdyansk in 2022 before sailing to "
                 "Karasu.")
    assert dated(f, "PortCall")[("Grey Wren", "Karasu")] == "2022-01-01/2023-03-01"


def test_a_supply_from_a_state_named_after_the_noun_is_that_state_s() -> None:
    f = facts_of("The governments of the United States and Japan condemn the continued transfer of "
                 "arms from the DPRK to Russia.")
    assert transfers(f) == {(None, "North Korea", "Russia")}
    g = facts_of("The transfer of arms from the DPRK to Russia continues.")
    assert transfers(g) == {(None, "North Korea", "Russia")}


def test_part_of_its_cargo_moved_onto_another_tanker_is_a_ship_to_ship_transfer() -> None:
    f = facts_of("Greek authorities detained the tanker Grey Wren at Karystos on Tuesday. The ship "
                 "had anchored off Evia last month. Part of its cargo was later moved onto another "
                 "tanker, the Dusk Heron, and taken to the United States.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Dusk Heron", "Grey Wren"]]
    assert ("Grey Wren", "Karystos") in calls(f)
    # a ship that discharged its own cargo in port met no other
    g = facts_of("The tanker Grey Wren anchored off Evia. The tanker Dusk Heron discharged its cargo "
                 "at Tartus.")
    assert sts_events(g) == []


def test_a_denial_of_an_earlier_verb_joined_by_and_is_not_the_later_verb_s() -> None:
    f = facts_of("The tanker Grey Wren was denied entry to Dongjiakou last week and is now anchored "
                 "off Rizhao. A second vessel, the Dusk Heron, was docked at the adjacent berth.")
    assert calls(f) == {("Grey Wren", "Rizhao"), ("Dusk Heron", "Rizhao")}
    # a denial over a list, or over a verb with no tense of its own, still holds
    g = facts_of("The tanker Grey Wren did not call at Tartus and Latakia. The tanker Dusk Heron "
                 "did not load at Tartus and sail to Latakia.")
    assert calls(g) == set()


def test_a_description_with_several_modifiers_refers_back_and_gives_its_flag() -> None:
    f = facts_of("A Belize-flagged bulk carrier, the Grey Wren, was struck by a missile on Sunday. "
                 "The British-registered, Lebanese-operated vessel had loaded fertiliser at Jubail.")
    assert calls(f) == {("Grey Wren", "Jubail")}
    g = facts_of("Port officers detained the tanker Dusk Heron at Rotterdam on 4 March. The "
                 "Cameroon-flagged ship had arrived from Primorsk.")
    assert {e.name: e.flag for e in g.entities if e.type == "Vessel"} == {"Dusk Heron": "CMR"}
    # a flag the ship was given by its own cue stays
    h = facts_of("The Panama-flagged tanker Dusk Heron loaded at Primorsk. The Liberian-flagged "
                 "vessel then sailed on.")
    assert {e.name: e.flag for e in h.entities if e.type == "Vessel"} == {"Dusk Heron": "PAN"}


def test_a_name_carrying_a_cargo_for_a_place_is_a_ship() -> None:
    f = facts_of("Earlier the same day, the Greek-owned Grey Wren, carrying grain for Aden, "
                 "reported an explosion but continued to the Yemeni port, where it berthed on "
                 "Monday.")
    assert names(f, "Vessel") == {"Grey Wren"}
    assert dated(f, "PortCall") == {("Grey Wren", "Aden"): "2024-03-18"}
    g = facts_of("The Kremlin, carrying out its threats to the West, said nothing.")
    assert names(g, "Vessel") == set()


def test_a_port_a_ship_left_for_is_no_call() -> None:
    f = facts_of("The supertanker Grey Wren departed Jose on May 11 with crude for the Chinese port "
                 "of Qingdao.")
    assert calls(f) == {("Grey Wren", "Jose")}
    # (a ship seen near a port's name is still placed there, as before)
    g = facts_of("The tanker Grey Wren was seen near the Turkish port of Samsun on January 25.")
    assert calls(g) == {("Grey Wren", "Samsun")}


def test_a_call_made_again_at_a_later_time_is_a_second_call() -> None:
    f = facts_of("The tanker Grey Wren appeared at Nampo on Oct. 4 and again on Oct. 22.")
    assert sorted(e.date for e in f.events if e.type == "PortCall") == ["2023-10-04", "2023-10-22"]
    g = facts_of("The tanker Grey Wren switched off its AIS on 3 May and again on 9 May.")
    assert sorted(e.date for e in g.events if e.type == "AISGap") == ["2023-05-03", "2023-05-09"]
    # a time of something else done again is no second call
    h = facts_of("The tanker Grey Wren called at Nampo on 4 May and was again seen at sea on 9 May.")
    assert [e.date for e in h.events if e.type == "PortCall"] == ["2023-05-04"]


def test_a_cargo_carried_told_after_an_apposition_s_head() -> None:
    f = facts_of("The Grey Wren, a Russian-flagged cargo ship carrying North Korean munitions, docked "
                 "at Dunai.")
    assert calls(f) == {("Grey Wren", "Dunai")}
    assert transfers(f) == {("Grey Wren", "North Korea", "Dunai")}


def test_a_cargo_ends_before_the_ship_s_own_verb() -> None:
    f = facts_of("A tanker carrying Iranian crude arrived at Baniyas this week. The vessel, named "
                 "Grey Wren, had taken on its cargo at Kharg Island in late May.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Iranian crude"]


def test_a_voyage_back_or_in_ballast_carries_no_cargo() -> None:
    f = facts_of("The tanker Grey Wren delivered oil to Baniyas in April and returned empty to "
                 "Bandar Abbas.")
    assert transfers(f) == {("Grey Wren", None, "Baniyas")}
    assert calls(f) == {("Grey Wren", "Baniyas"), ("Grey Wren", "Bandar Abbas")}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"discharging", None}
    g = facts_of("The tanker Grey Wren entered Tartus on 3 May. It returned to Tuapse on 9 May.")
    assert transfers(g) == set() and len(calls(g)) == 2
    h = facts_of("The tanker Grey Wren sailed from Tartus to Tuapse in ballast in May.")
    assert transfers(h) == set() and calls(h) == {("Grey Wren", "Tartus"), ("Grey Wren", "Tuapse")}
    # a cargo told of the way back makes it a voyage of its own
    k = facts_of("The tanker Grey Wren entered Tartus on 3 May. It returned to Tuapse on 9 May with "
                 "a cargo of wheat.")
    assert transfers(k) == {("Grey Wren", "Tartus", "Tuapse")}
    # the way out of a ship that came back empty delivered something
    m = facts_of("The tanker Grey Wren sailed from Kozmino to Dalian and returned empty.")
    assert transfers(m) == {("Grey Wren", "Kozmino", "Dalian")}
    n = facts_of("The tanker Grey Wren sailed empty from Kozmino to Dalian and then returned.")
    assert transfers(n) == set()


def test_a_transfer_to_a_ship_described_before_its_name() -> None:
    f = facts_of("The VLCC Grey Wren arrived off Johor on August 8. It is believed to have "
                 "transferred about 2 million barrels to the Chinese-owned VLCC Dusk Heron on "
                 "August 11.")
    assert [sorted(pair) for pair, _, _ in sts_events(f)] == [["Dusk Heron", "Grey Wren"]]
    assert [e.confidence for e in f.events if e.type == "ShipToShipTransfer"] == ["likely"]
    # "It is believed that ...": no ship, a hedge
    g = facts_of("The VLCC Grey Wren was seen on August 8. It is believed that the tanker Dusk "
                 "Heron loaded at Jask.")
    assert calls(g) == {("Dusk Heron", "Jask")}
    assert [e.confidence for e in g.events if e.type == "PortCall"] == ["likely"]


def test_imagery_that_found_a_ship_at_a_port_and_imagery_that_shows_no_sign_of_it() -> None:
    f = facts_of("Our analysis of satellite images found the cargo ship Grey Wren at Rason on 2, "
                 "9 and 17 October.")
    assert dated(f, "PortCall") == {("Grey Wren", "Rajin"): "2023-10-02/2023-10-17"}
    g = facts_of("The cargo ship Grey Wren was seen in May. Satellite imagery shows no sign of the "
                 "Grey Wren at Rajin.")
    assert calls(g) == set()


def test_a_route_told_in_general_is_dated_by_the_visits_told_after_it() -> None:
    f = facts_of("For months the cargo ship Grey Wren has followed the same route. It loads "
                 "containers at Rason and unloads at Vostochny.\n\n"
                 "Imagery found the ship at Rason on 2 October.\n\n"
                 "It then appeared at Vostochny on 5 October.")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [
        ("containers", "2023-10-02/2023-10-05")]


def test_a_description_set_beside_a_name_is_that_ship_not_an_earlier_one() -> None:
    f = facts_of("The tanker, the Grey Wren, had been anchored off Pengerang for several days.\n\n"
                 "The container ship, the Dusk Heron, was on its way from Port Klang to Yantian. It "
                 "resumed its voyage the next morning and reached Yantian on Thursday.")
    assert calls(f) == {("Dusk Heron", "Port Klang"), ("Dusk Heron", "Yantian")}
    assert transfers(f) == {("Dusk Heron", "Port Klang", "Yantian")}


def test_a_ship_on_its_way_to_a_port_has_not_reached_it() -> None:
    f = facts_of("The container ship Dusk Heron was on its way from Port Klang to Yantian when it "
                 "was struck.")
    assert calls(f) == {("Dusk Heron", "Port Klang")}
    assert transfers(f) == set()
    # an aside on where it was going does not undo the call told after it
    g = facts_of("The tanker Dusk Heron, on its way to Rotterdam, called at Skagen for bunkers.")
    assert calls(g) == {("Dusk Heron", "Skagen")}


def test_a_ship_that_received_a_cargo_from_another_sailed_on_itself() -> None:
    f = facts_of("The Aframax Grey Wren received a cargo of Urals crude from the Dusk Heron on 14 "
                 "March before sailing to the Indian port of Vadinar, where it discharged on 9 "
                 "April.")
    assert calls(f) == {("Grey Wren", "Vadinar")}
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [("Urals crude", "2023-04-09")]


def test_a_ship_idling_off_a_port_after_an_aside_on_its_cargo() -> None:
    f = facts_of("The Grey Wren, carrying about 700,000 barrels of Sokol crude, has been idling off "
                 "Paradip since early March.")
    assert calls(f) == {("Grey Wren", "Paradip")}


def test_a_ship_towed_to_a_port_s_anchorage_ends_no_voyage_there() -> None:
    f = facts_of("The Panama-flagged tanker Grey Wren had left Ust-Luga on 12 March bound for Port "
                 "Said. It was towed to an anchorage off Sassnitz on the island of Ruegen, where it "
                 "remained on Wednesday.")
    assert transfers(f) == set()


def test_a_loading_told_in_a_when_clause_after_the_call() -> None:
    f = facts_of("The tanker Grey Wren had also called at Ust-Luga in September, when it loaded a "
                 "cargo later delivered to India.")
    assert transfers(f) == {("Grey Wren", "Ust-Luga", "India")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]
    g = facts_of("The tanker Grey Wren called at Ust-Luga, where it loaded diesel.")
    assert transfers(g) == set() and calls(g) == {("Grey Wren", "Ust-Luga")}


def test_voyages_each_ending_at_a_port() -> None:
    f = facts_of("A second vessel, the Grey Wren, made two similar voyages in February and March, "
                 "both ending at Longkou.")
    assert dated(f, "PortCall") == {("Grey Wren", "Longkou"): "2024-02/2024-03"}


def test_the_ships_identified_in_a_designation_listed_with_flags_and_numbers() -> None:
    f = facts_of("OFAC today identified five vessels as blocked property. The vessels identified "
                 "today are the Gabon-flagged Grey Wren (IMO 9315276), the Cameroon-flagged Dusk "
                 "Heron (IMO 9237319), the Gabon-flagged Kite Hollow (IMO 9256418), the "
                 "Panama-flagged Pale Finch and the Liberia-flagged Sea Lark.")
    assert {e.target for e in f.events if e.type == "Sanction"} == {
        e.id for e in f.entities if e.type == "Vessel"}
    assert len([e for e in f.events if e.type == "Sanction"]) == 5


def test_a_port_s_heading_over_its_news_resolves_an_ambiguous_name() -> None:
    f = facts_of("ALEXANDRIA: The bulk carrier Grey Wren discharged 45,000 tonnes of wheat on "
                 "March 22.\nKINGSTON: The container ship Dusk Heron arrived from Savannah on March "
                 "25.\nVICTORIA: No sanctioned vessels called this week.")
    ports = {e.name: e.country for e in f.entities if e.type == "Port"}
    assert ports == {"Alexandria": "EGY", "Kingston": "JAM", "Savannah": "USA"}
    assert calls(f) == {("Grey Wren", "Alexandria"), ("Dusk Heron", "Kingston"),
                        ("Dusk Heron", "Savannah")}


def test_an_order_to_do_something_is_not_the_deed() -> None:
    f = facts_of("The master was ordered to switch off the transponder of the tanker Grey Wren.")
    assert [e.type for e in f.events] == []
    g = facts_of("The tanker Grey Wren was ordered to unload at Tartus.")
    assert calls(g) == set()
    h = facts_of("The tanker Grey Wren unloaded at Tartus after it was ordered to the port.")
    assert calls(h) == {("Grey Wren", "Tartus")}


def attacks(facts: Facts) -> set[tuple[str, str | None, str | None]]:
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id[e.target or ""], by_id.get(e.location or ""), e.confidence) for e in facts.events
            if e.type == "Attack"}


@pytest.mark.parametrize("text, expected", [
    ("A Belize-flagged bulk carrier, the Grey Wren, was hit by two anti-ship missiles some 35 "
     "nautical miles south of Al Mukha on Sunday.", {("Grey Wren", None, "reported")}),
    ("Houthi forces attacked the Liberian-flagged tanker Grey Wren with a missile in the Gulf of "
     "Aden on January 26.", {("Grey Wren", "Gulf of Aden", "reported")}),
    ("A drone struck the tanker Grey Wren at Ust-Luga on Saturday.", {("Grey Wren", "Ust-Luga", "reported")}),
    ("The tanker Grey Wren hit a mine off Odesa in August.", {("Grey Wren", "Odesa", "reported")}),
    ("The tanker Grey Wren, a Liberian-flagged Aframax, came under attack in the Red Sea on Monday.",
     {("Grey Wren", "Red Sea", "reported")}),
    ("The rail ferry Grey Wren was damaged in a drone attack while moored at Kerch on Sunday.",
     {("Grey Wren", "Kerch", "reported")}),
    ("The tanker Dusk Heron rescued the crew of the Grey Wren, which was hit by a missile.",
     {("Grey Wren", None, "reported")}),
    ("The tankers Grey Wren and Dusk Heron were damaged by drones on Monday.",
     {("Grey Wren", None, "reported"), ("Dusk Heron", None, "reported")}),
    # a claim by one side is a possibility, not a fact
    ("Ukraine claimed an attack on the tanker Grey Wren.", {("Grey Wren", None, "realistic possibility")}),
    # an armed group's strike told with a plain verb
    ("On Sunday the Houthis struck the Greek-operated Grey Wren, which later sank.",
     {("Grey Wren", None, "reported")}),
    # ships listed after a count, that reported being hit at sea (no arms named)
    ("On Monday two tankers, the Grey Wren and the Dusk Heron, reported being hit in the Red Sea.",
     {("Grey Wren", "Red Sea", "reported"), ("Dusk Heron", "Red Sea", "reported")}),
    ("The bulk carrier Grey Wren was struck in the Gulf of Aden on Monday.",
     {("Grey Wren", "Gulf of Aden", "reported")}),
    # none: denied, feared, figurative, another thing struck, a ship that strikes
    ("The tanker Grey Wren was not hit.", set()),
    ("The tanker Grey Wren was hit in the Red Sea by a slump in freight rates.", set()),
    ("The master said the tanker Grey Wren had been hit in the stern.", set()),
    ("Insurers fear the tanker Grey Wren could be targeted by drones.", set()),
    ("The tanker Grey Wren was hit with new sanctions in May.", set()),
    ("The tanker Grey Wren docked at Tartus, where a warehouse was hit by a missile.", set()),
    ("The tanker Grey Wren struck the pier at Tartus.", set()),
    ("The navy targeted the tanker Grey Wren for inspection.", set()),
    ("US forces hit the tanker Grey Wren with sanctions.", set()),
    ("Market forces hit the tanker Grey Wren hard.", set()),
])
def test_attacks_on_ships(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert attacks(facts_of(text)) == expected


def test_a_list_of_calls_with_a_date_in_brackets_after_each_port() -> None:
    f = facts_of("The landing ship Grey Wren called at Novorossiysk (2 May), Sevastopol (5 May) and "
                 "Tartus (12 May).")
    assert dated(f, "PortCall") == {("Grey Wren", "Novorossiysk"): "2023-05-02",
                                    ("Grey Wren", "Sevastopol"): "2023-05-05",
                                    ("Grey Wren", "Tartus"): "2023-05-12"}


def test_a_call_told_over_a_month_and_then_on_a_day_in_the_next_paragraph_is_one() -> None:
    f = facts_of("Ships that called at Tartus in May included the Grey Wren and the Dusk Heron.\n\n"
                 "The Grey Wren's arrival in Tartus on May 9 was its third this year.")
    assert sorted((e.vessel, e.date) for e in f.events if e.type == "PortCall") == sorted(
        [(next(x.id for x in f.entities if x.name == "Grey Wren"), "2023-05-09"),
         (next(x.id for x in f.entities if x.name == "Dusk Heron"), "2023-05")])


def test_a_deed_fronted_with_after_and_no_time_of_its_own_came_before_the_sentence_s_time() -> None:
    f = facts_of("After unloading in Tartus, the Grey Wren headed back to Novorossiysk, arriving on "
                 "May 21.")
    assert dated(f, "PortCall") == {("Grey Wren", "Tartus"): "2023-04-21/2023-05-21",
                                    ("Grey Wren", "Novorossiysk"): "2023-05-21"}
    # with a time of its own, it keeps it
    g = facts_of("After leaving Tartus on May 2, the Grey Wren arrived in Novorossiysk on May 9.")
    assert dated(g, "PortCall")[("Grey Wren", "Tartus")] == "2023-05-02"


def test_an_aged_description_refers_back_and_a_count_of_names_is_no_habit() -> None:
    f = facts_of("The tanker Grey Wren left Primorsk in early June. The 16-year-old tanker, which was "
                 "built as the Pacific Jewel and has changed names four times since 2021, carried "
                 "about 100,000 tonnes of Urals crude to the Indian port of Sikka, where it arrived on "
                 "July 12.")
    assert transfers(f) == {("Grey Wren", "Primorsk", "Sikka")}
    wren = next(e for e in f.entities if e.type == "Vessel")
    assert wren.former_names == ["Pacific Jewel"]
    assert names(f, "Place") == set()


def test_a_delivery_takes_the_day_the_ship_was_seen_at_the_port() -> None:
    f = facts_of("The tanker Grey Wren subsequently delivered the cargo to the DPRK port of Nampho, "
                 "where it was imaged on 18 June 2023.")
    assert dated(f, "Transfer") == {("Grey Wren", "Nampo"): "2023-06-18"}


def test_a_second_thing_said_keeps_its_own_denial() -> None:
    f = facts_of("The tanker Grey Wren docked at Bandar Abbas. The ship's operator said it no longer "
                 "trades in the region and that its last port of call was Mumbai in December.")
    assert dated(f, "PortCall")[("Grey Wren", "Mumbai")] == "2023-12"
    g = facts_of("The tanker Grey Wren docked at Bandar Abbas. The operator denied that its last port "
                 "of call was Mumbai.")
    assert calls(g) == {("Grey Wren", "Bandar Abbas")}


def test_unloading_at_a_storage_ship_after_which_a_ship_arrived_somewhere() -> None:
    f = facts_of("The LNG carrier Christophe de Margerie arrived at Sabetta on July 6 after unloading "
                 "a cargo at the Saam FSU near Murmansk.")
    assert names(f, "Vessel") == {"Christophe de Margerie", "Saam FSU"}
    assert [(sorted(pair), date) for pair, date in
            (({v for v in e.vessels or []}, e.date) for e in f.events if e.type == "ShipToShipTransfer")] \
        == [(sorted(e.id for e in f.entities if e.type == "Vessel"), "2023-06-06/2023-07-06")]
    assert dated(f, "PortCall") == {("Christophe de Margerie", "Sabetta"): "2023-07-06"}


def test_the_ships_a_group_of_callers_included_called_there_then() -> None:
    f = facts_of("At least 18 tankers that have carried Russian crude called at Fujairah in October, "
                 "port data show.\n\nThey included the Aframaxes Grey Wren, Dusk Heron and Kite "
                 "Hollow, all of which had previously been sanctioned by the UK.")
    assert dated(f, "PortCall") == {("Grey Wren", "Fujairah"): "2023-10",
                                    ("Dusk Heron", "Fujairah"): "2023-10",
                                    ("Kite Hollow", "Fujairah"): "2023-10"}


def test_a_discharge_where_the_port_is_named_with_its_state_after_in() -> None:
    f = facts_of("The Aframax Grey Wren called at Fujairah in October. The Grey Wren spent nine days "
                 "at the port's anchorage before sailing to Jamnagar in India, where it unloaded on "
                 "October 28.")
    assert dated(f, "PortCall")[("Grey Wren", "Sikka")] == "2023-10-28"
    assert transfers(f) == {("Grey Wren", "Fujairah", "Sikka")}


def test_a_ship_named_in_an_aside_about_another_is_not_the_subject_after_it() -> None:
    f = facts_of("The tanker Grey Wren, which met the tanker Dusk Heron in April, docked at Izmir "
                 "on May 3.")
    assert calls(f) == {("Grey Wren", "Izmir")}
    g = facts_of("The tanker Grey Wren met the tanker Dusk Heron in April, and the Dusk Heron then "
                 "docked at Izmir on May 3.")
    assert calls(g) == {("Dusk Heron", "Izmir")}


def test_a_sentence_on_the_shipments_told_before_takes_their_time() -> None:
    f = facts_of("Oman shipped fuel oil to Cuba in November.\n\nMost of the cargoes were carried by "
                 "the tanker Grey Wren, which loaded at Sohar and discharged at Matanzas.\n\n"
                 "The tanker Dusk Heron discharged at Havana.", date="2023-12-05")
    dated = {(e.type, e.date) for e in f.events if e.vessel}
    assert ("PortCall", "2023-11") in dated
    by_id = {e.id: e.name for e in f.entities}
    assert [e.date for e in f.events if e.type == "PortCall" and by_id[e.port] == "Havana"] == [None]


def test_a_cargo_handed_on_to_another_ship_does_not_travel_to_the_next_port() -> None:
    f = facts_of("The tanker Grey Wren loaded fuel oil at Bandar Abbas on February 2 and delivered "
                 "it to a tanker off Malaysia ten days later. The Grey Wren then called at Fujairah "
                 "on April 14.", date="2024-08-22")
    assert not [e for e in f.events if e.type == "Transfer"]
    assert calls(f) == {("Grey Wren", "Bandar Abbas"), ("Grey Wren", "Fujairah")}
    g = facts_of("The tanker Grey Wren loaded fuel oil at Bandar Abbas on February 2 and transferred "
                 "part of it to a tanker off Malaysia. The Grey Wren then called at Fujairah on "
                 "April 14.", date="2024-08-22")
    by_id = {e.id: e.name for e in g.entities}
    assert [(by_id[e.origin], by_id[e.destination]) for e in g.events if e.type == "Transfer"] == [
        ("Bandar Abbas", "Fujairah")]


def test_a_ship_s_part_of_a_group_s_loading_at_a_port_is_a_call_there() -> None:
    f = facts_of("Two tankers loaded gas at the Russian port of Sabetta in August.\n\nThe Grey Wren "
                 "took on its cargo on August 3, while the Dusk Heron loaded on August 8. The Pale "
                 "Moon loaded at Murmansk on August 9.", date="2024-09-01")
    got = {(c[0], c[1]) for c in calls(f)}
    assert got == {("Grey Wren", "Sabetta"), ("Dusk Heron", "Sabetta"), ("Pale Moon", "Murmansk")}
    assert sorted(e.date for e in f.events if e.type == "PortCall") == [
        "2024-08-03", "2024-08-08", "2024-08-09"]
    g = facts_of("Two tankers were sanctioned at Sabetta in August.\n\nThe Grey Wren loaded on "
                 "August 3.", date="2024-09-01")
    assert calls(g) == set()


def test_a_seizure_told_twice_is_one_detention_and_a_ship_taken_along_with_it_is_another() -> None:
    f = facts_of("Iran released the tanker Grey Wren on Tuesday, nearly ten months after seizing it. "
                 "The ship was taken by the Revolutionary Guards in May 2022 along with a second "
                 "tanker, the Dusk Heron. The seizures followed the confiscation of Iranian oil from "
                 "the tanker Pale Moon.", date="2023-03-09")
    by_id = {e.id: e.name for e in f.entities}
    # (the Grey Wren's to its release, told first)
    assert sorted((by_id[e.target], e.date) for e in f.events if e.type == "Detention") == [
        ("Dusk Heron", "2022-05"), ("Grey Wren", "2022-05-01/2023-03-07")]
    # the ship's cargo confiscated is no detention of the ship; a port named with its Persian
    # prefix is the port
    f = facts_of("Iran's navy seized the tanker Grey Wren on Thursday, in retaliation for the "
                 "confiscation of the same ship's Iranian cargo last year. The ship was taken to "
                 "the Iranian port of Bandar-e Jask.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target], e.date) for e in f.events if e.type == "Detention"] == [
        ("Grey Wren", "2024-03-21")]
    assert names(f, "Port") == {"Jask"}
    g = facts_of("Police detained the tanker Grey Wren in May 2022. It was detained again in "
                 "June 2023.", date="2023-08-01")
    assert len([e for e in g.events if e.type == "Detention"]) == 2


def test_a_ship_arriving_with_no_port_in_a_clause_joined_to_another_s_call_came_there() -> None:
    f = facts_of("The Grey Wren unloaded at Sikka on Monday, while the Dusk Heron arrived on "
                 "Tuesday. The Pale Moon docked at Vadinar on Monday, while the Sea Kite is "
                 "expected to arrive on Friday.")
    assert calls(f) == {("Grey Wren", "Sikka"), ("Dusk Heron", "Sikka"), ("Pale Moon", "Vadinar")}
    assert {e.date for e in f.events if e.type == "PortCall"} == {"2024-03-18", "2024-03-19"}


def test_a_missile_that_struck_a_ship_described_at_length_attacked_it() -> None:
    f = facts_of("A Houthi anti-ship missile struck the Marshall Islands-flagged bulk carrier Grey "
                 "Wren on Monday about 95 nautical miles south-east of Aden.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target], e.date, e.location) for e in f.events if e.type == "Attack"] == [
        ("Grey Wren", "2024-03-18", None)]
    # an aside holding a number's comma before the passive
    f = facts_of("The bulk carrier Grey Wren, carrying about 21,000 tonnes of fertiliser, was hit "
                 "by an anti-ship missile on 18 February and sank on 2 March.")
    assert [(e.type, e.date) for e in f.events if e.type == "Attack"] == [("Attack", "2024-02-18")]
    # struck at sea, told by where: an attack; struck by what is no weapon, none
    f = facts_of("The tanker Grey Wren, carrying Russian naphtha, was hit off Aden on 26 January.")
    assert [(e.type, e.date) for e in f.events] == [("Attack", "2024-01-26")]
    for text in ("The tanker Grey Wren was hit with sanctions in May.",
                 "The tanker Grey Wren was hit hard by falling rates near Aden."):
        assert [e.type for e in facts_of(text).events if e.type == "Attack"] == []


def test_a_transfer_told_as_between_two_ships_is_one_ship_to_ship() -> None:
    f = facts_of("A second transfer, between the Grey Wren and the Dusk Heron, possibly took place "
                 "off Kalamata on 4 March.")
    by_id = {e.id: e.name for e in f.entities}
    assert [([by_id[v] for v in e.vessels], by_id[e.location], e.date, e.confidence)
            for e in f.events if e.type == "ShipToShipTransfer"] == [
        (["Grey Wren", "Dusk Heron"], "Kalamata", "2024-03-04", "realistic possibility")]
    g = facts_of("A transfer between Ivan Petrov and Anna Sokol took place in Dubai. The money "
                 "transfer between Oleg Ivanov and Pyotr Orlov off Dubai was traced.")
    assert names(g, "Vessel") == set() and not g.events


def test_a_suspicion_told_as_the_reason_for_a_seizure_does_not_hedge_the_seizure() -> None:
    f = facts_of("Police detained the tanker Grey Wren at Rotterdam on suspicion that it had carried "
                 "Russian oil.")
    assert {(e.type, e.confidence) for e in f.events} == {("Detention", "reported"),
                                                          ("PortCall", "reported")}
    g = facts_of("Police possibly detained the tanker Grey Wren at Rotterdam on suspicion of "
                 "smuggling.")
    assert {e.confidence for e in g.events} == {"realistic possibility"}


def test_a_pronoun_after_there_or_then_and_a_ship_known_by_its_look() -> None:
    f = facts_of("In March the tanker Grey Wren loaded diesel at Ust-Luga.\n\nOn 2 April it arrived at "
                 "Lome. There it stayed for four days before turning off its AIS.\n\nSatellite "
                 "imagery from 19 May shows a vessel matching its dimensions moored at Benghazi.",
                 date="2024-09-14")
    by_id = {e.id: e.name for e in f.entities}
    assert [e.date for e in f.events if e.type == "AISGap"] == ["2024-04-02"]
    assert [(by_id[e.vessel], e.date, e.confidence) for e in f.events
            if e.type == "PortCall" and by_id[e.port] == "Benghazi"] == [
        ("Grey Wren", "2024-05-19", "realistic possibility")]
    g = facts_of("The tanker Grey Wren loaded at Ust-Luga. Imagery shows a vessel with a red hull "
                 "moored at Benghazi.")
    assert calls(g) == {("Grey Wren", "Ust-Luga")}


def test_one_of_a_group_of_ships_at_a_port_identified_by_name_called_there() -> None:
    f = facts_of("Imagery shows two North Korean cargo ships docked at Vostochny this week. One of "
                 "them was identified as the Rye Song Gang 1, a vessel sanctioned by the UN.")
    assert calls(f) == {("Rye Song Gang 1", "Vostochny")}
    g = facts_of("Two tankers berthed at Vadinar in May. Neither of them was the Grey Wren. Two "
                 "ministers met in Delhi. One of them was the Foreign Secretary.")
    assert calls(g) == set() and names(g, "Vessel") == set()


def test_a_ship_listed_under_sanctions_since_a_time_is_designated_then() -> None:
    f = facts_of("The tanker Grey Wren, listed under UK sanctions since May, loitered off Primorsk. "
                 "The tanker Dusk Heron docked in Iran, which is under US sanctions.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target], e.date) for e in f.events if e.type == "Sanction"] == [
        ("Grey Wren", "2023-05")]


def test_a_table_titled_as_arrivals_at_a_port_gives_each_row_a_call_there() -> None:
    f = facts_of("Our monthly table follows.\n\nArrivals at Tartus, October 2023\n"
                 "Vessel | Flag | Arrived | From\nGrey Wren | Russia | 3 Oct | Novorossiysk\n"
                 "Dusk Heron | Russia | 12 Oct | Baltiysk\n\nDepartures from Tartus\n"
                 "Vessel | Sailed | To\nPale Moon | 5 Oct | Mersin\n", date="2023-11-15")
    assert calls(f) == {("Grey Wren", "Novorossiysk"), ("Grey Wren", "Tartus"),
                        ("Dusk Heron", "Baltiysk"), ("Dusk Heron", "Tartus"),
                        ("Pale Moon", "Tartus"), ("Pale Moon", "Mersin")}
    by_id = {e.id: e.name for e in f.entities}
    assert sorted((by_id[e.vessel], by_id[e.origin], by_id[e.destination]) for e in f.events
                  if e.type == "Transfer") == [("Dusk Heron", "Baltiysk", "Tartus"),
                                               ("Grey Wren", "Novorossiysk", "Tartus"),
                                               ("Pale Moon", "Tartus", "Mersin")]


def test_a_cargo_of_materials_or_machinery_told_after_with() -> None:
    f = facts_of("The bulk carrier Selin K arrived at Sevastopol from Samsun with construction "
                 "materials. Russia shipped cement to Syria.")
    assert sorted((e.cargo or "") for e in f.events if e.type == "Transfer") == [
        "cement", "construction materials"]
    # what a ship arrived with that is no cargo
    g = facts_of("The bulk carrier Selin K arrived at Sevastopol from Samsun with its AIS off.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == [None]
    # a ship that came into a port with a cargo delivered it there
    h = facts_of("The cargo ship Sparta IV arrived at Tartus with military equipment. The cargo ship "
                 "Ursa Major arrived at Tartus with its crew.")
    assert transfers(h) == {("Sparta IV", None, "Tartus")}
    assert [e.cargo for e in h.events if e.type == "Transfer"] == ["military equipment"]


def test_a_report_titled_as_a_port_s_log_puts_its_ships_deeds_there() -> None:
    body = ("Monday: The landing ship Yamal returned to Sevastopol after a week at sea. The cargo "
            "ferry Grey Wren berthed at the South Bay pier later in the day.\n\n"
            "Tuesday: The bulk carrier Selin K arrived from Samsun and moored at Berth 12.\n\n"
            "Thursday: The tanker Marshal Z anchored in the outer roads awaiting a berth.\n")
    f = facts_of(body, date="2025-04-07", title="Sevastopol port watch, week 14")
    assert dated(f, "PortCall") == {("Yamal", "Sevastopol"): "2025-04-07",
                                    ("Grey Wren", "Sevastopol"): "2025-04-07",
                                    ("Selin K", "Samsun"): "2025-03-02/2025-04-01",
                                    ("Selin K", "Sevastopol"): "2025-04-01",
                                    ("Marshal Z", "Sevastopol"): "2025-04-03"}
    assert transfers(f) == {("Selin K", "Samsun", "Sevastopol")}
    # a title that names a port but no log of it gives the port no deeds
    g = facts_of("The tanker Marshal Z anchored in the outer roads.", title="Why Sevastopol matters")
    assert calls(g) == set()
    # (a port's bulletin is its log too)
    g = facts_of("The tanker Petro Wren discharged gasoil at berth 112 on 6 June.",
                 date="2024-06-10", title="Port of Constanta weekly bulletin")
    assert dated(g, "PortCall") == {("Petro Wren", "Constanta"): "2024-06-06"}


def test_what_a_ship_s_deck_shows_at_a_port() -> None:
    f = facts_of("On 14 September 2023, imagery showed the cargo ship Maia-1 at Rajin with "
                 "containers on deck. Four days later it was photographed at Vostochny, its deck "
                 "empty.")
    assert {(e.activity) for e in f.events if e.type == "PortCall"} == {"loading", "discharging"}
    assert transfers(f) == {("Maia-1", "Rajin", "Vostochny")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["containers"]
    # a ship that left empty carried nothing
    g = facts_of("The cargo ship Maia-1 left Vostochny empty and called at Rajin.")
    assert transfers(g) == set()
    # cargo of another state aboard at a port was brought there, not loaded
    h = facts_of("The tanker Mira is anchored off Zhoushan with Iranian oil on board.")
    assert [e.activity for e in h.events if e.type == "PortCall"] == ["berthed"]


def test_ships_shown_together_at_a_port_and_tracked_on_as_a_group() -> None:
    f = facts_of("Satellite imagery shows the Kite Hollow and the Grey Wren, both bulk carriers, at "
                 "Nampo on 12 March. The bulk carriers were later tracked to Lianyungang in China, "
                 "where they unloaded coal.")
    assert transfers(f) == {("Kite Hollow", "Nampo", "Lianyungang"), ("Grey Wren", "Nampo", "Lianyungang")}
    assert dated(f, "PortCall")[("Grey Wren", "Nampo")] == "2024-03-12"
    g = facts_of("Satellite imagery shows the bulk carriers Kite Hollow and Grey Wren at Nampo. "
                 "Investigators tracked the cargo to Lianyungang.")
    assert calls(g) == {("Kite Hollow", "Nampo"), ("Grey Wren", "Nampo")}


def test_a_ship_whose_verb_is_left_out_did_what_the_one_before_did() -> None:
    f = facts_of("The tanker Kite Hollow loaded at Primorsk on 2 May, and the tanker Dusk Heron at "
                 "Ust-Luga on 5 May.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Primorsk"): "2023-05-02",
                                    ("Dusk Heron", "Ust-Luga"): "2023-05-05"}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"loading"}
    g = facts_of("The tankers Kite Hollow and Dusk Heron left Primorsk in May. The first later docked "
                 "at Sikka, the second at Mersin.")
    assert transfers(g) == {("Kite Hollow", "Primorsk", "Sikka"), ("Dusk Heron", "Primorsk", "Mersin")}
    # a ship set beside another's call with no port of its own did nothing told
    h = facts_of("The tanker Kite Hollow docked at Sikka, with the tanker Dusk Heron at anchor.")
    assert calls(h) == {("Kite Hollow", "Sikka")}


def test_a_timeline_of_dated_deeds_under_lines_that_name_its_ship() -> None:
    body = ("The Grey Wren (IMO 9203667), a Palau-flagged cargo vessel, made one round trip this "
            "spring. Our reconstruction:\n"
            "- March 2 — Loads military trucks at Novorossiysk.\n"
            "- March 9 — AIS goes dark west of Cyprus.\n"
            "- March 11 — Seen in satellite imagery at Tartus, unloading.\n"
            "- March 14 — Officials at Latakia deny any visit.\n"
            "- March 19 — Arrives at Novorossiysk.\n")
    f = facts_of(body, date="2025-05-20")
    assert calls(f) == {("Grey Wren", "Novorossiysk"), ("Grey Wren", "Tartus")}
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["military trucks"]
    assert dated(f, "PortCall")[("Grey Wren", "Tartus")] == "2025-03-11"
    # lines above that name two ships leave the items' deeds unowned
    g = facts_of("The Grey Wren and the Dusk Heron sailed together.\n"
                 "- March 2 — Loads trucks at Novorossiysk.\n", date="2025-05-20")
    assert calls(g) == set()


def test_a_table_of_arrivals_with_a_last_port_column_under_a_note() -> None:
    body = ("Our volunteers logged the following ships entering the Syrian port of Tartus last "
            "month. Several have previously been sanctioned.\n\n"
            "| Date | Vessel | Flag | Last port | Cargo |\n|---|---|---|---|---|\n"
            "| 3 March | Grey Wren | Russia | Novorossiysk | vehicles |\n"
            "| 19 March | Dusk Heron | Comoros | Sevastopol | wheat |\n")
    f = facts_of(body, date="2025-04-02")
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus"),
                            ("Dusk Heron", "Sevastopol", "Tartus")}
    # the row's date is the arrival's; when it left its last port, and why, is not told
    assert dated(f, "PortCall") == {("Grey Wren", "Novorossiysk"): None,
                                    ("Grey Wren", "Tartus"): "2025-03-03",
                                    ("Dusk Heron", "Sevastopol"): None,
                                    ("Dusk Heron", "Tartus"): "2025-03-19"}
    assert {e.activity for e in f.events if e.type == "PortCall" and e.date is None} == {None}
    # the document's title, with its month, gives the port where no line above does
    f = facts_of("| Date | Vessel | Last port |\n|---|---|---|\n| 3 March | Grey Wren | Novorossiysk |\n",
                 date="2025-04-02", title="Arrivals at Tartus, March 2025")
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus")}


def test_a_relative_clause_keeps_its_own_hedging_and_the_main_clause_its_own() -> None:
    f = facts_of("The tanker Grey Wren, which possibly switched off its AIS on 20 March, docked at "
                 "Tartus. The tanker Dusk Heron, which switched off its AIS on 21 March, is believed "
                 "to have docked at Baniyas.")
    by_id = {e.id: e.name for e in f.entities}
    got = {(e.type, by_id[e.vessel], e.confidence) for e in f.events}
    assert got == {("AISGap", "Grey Wren", "realistic possibility"),
                   ("PortCall", "Grey Wren", "reported"), ("AISGap", "Dusk Heron", "reported"),
                   ("PortCall", "Dusk Heron", "likely")}


def test_a_call_a_ship_sought_or_wanted_to_make_is_none() -> None:
    f = facts_of("The tanker Grey Wren sought to dock at Piraeus on 3 March. The tanker Dusk Heron "
                 "wanted to unload at Malta. The tanker Pale Moon, which was seeking to avoid "
                 "sanctions, docked at Sikka on 4 March.")
    assert calls(f) == {("Pale Moon", "Sikka")}


def test_where_a_delivery_came_from_told_a_few_paragraphs_on_in_news_copy() -> None:
    f = facts_of("KYIV, May 20 - Ukraine said the Russian-flagged freighter Grey Wren had delivered "
                 "grain taken from occupied territories to the port of Damietta last week.\n\n"
                 "\"This is theft,\" a spokesperson said.\n\nThe ship left the port of Kavkaz in "
                 "early May, tracking data show.", date="2025-05-21")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.origin], by_id[e.destination], e.cargo) for e in f.events
            if e.type == "Transfer"] == [("Kavkaz", "Damietta", "grain")]


def test_respectively_after_a_longer_list_of_ports_and_its_time_after_it() -> None:
    f = facts_of("The tankers Grey Wren and Dusk Heron loaded crude at Jose in August and discharged "
                 "it at Qingdao and Rizhao, respectively, in September.", date="2024-10-01")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted((by_id[e.vessel], by_id[e.port], e.date) for e in f.events
                  if e.type == "PortCall") == [
        ("Dusk Heron", "Jose", "2024-08"), ("Dusk Heron", "Rizhao", "2024-09"),
        ("Grey Wren", "Jose", "2024-08"), ("Grey Wren", "Qingdao", "2024-09")]
    assert sorted((by_id[e.vessel], by_id[e.destination], e.date) for e in f.events
                  if e.type == "Transfer") == [("Dusk Heron", "Rizhao", "2024-08/2024-09"),
                                               ("Grey Wren", "Qingdao", "2024-08/2024-09")]


def test_a_declared_destination_is_no_call_and_the_same_area_is_the_sea_told_before() -> None:
    f = facts_of("On 12 October 2020 the tanker Grey Wren received fuel from an unknown ship in the "
                 "Yellow Sea. Imagery shows the Grey Wren alongside the tanker Dusk Heron on 25 "
                 "October 2020 in the same area. The Dusk Heron had departed Ningbo on 18 October "
                 "2020 with a declared destination of Mariupol.", date="2021-03-04")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.location] for e in f.events if e.type == "ShipToShipTransfer"] == ["Yellow Sea"]
    assert calls(f) == {("Dusk Heron", "Ningbo")}


def test_the_first_and_the_second_of_ships_listed_before_arrive_where_they_were_told_to_be() -> None:
    f = facts_of("Two tankers, the Grey Wren and the Dusk Heron, have unloaded crude at Baniyas since "
                 "mid-August. The first arrived on August 18; the second berthed on August 25.",
                 date="2024-09-05")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted((by_id[e.vessel], by_id[e.port], e.date) for e in f.events
                  if e.type == "PortCall") == [("Dusk Heron", "Baniyas", "2024-08-25"),
                                               ("Grey Wren", "Baniyas", "2024-08-18")]
    g = facts_of("The tanker Grey Wren called at Qingdao in May. The Grey Wren had loaded its cargo "
                 "from another tanker near Malaysia in April. The first was held in June.")
    assert calls(g) == {("Grey Wren", "Qingdao")}


def test_a_transfer_joined_to_an_earlier_deed_takes_its_own_time_and_the_place_it_was_near() -> None:
    f = facts_of("The tanker Grey Wren left Jose on March 2 and transferred its cargo to the tanker "
                 "Dusk Heron near Tanjung Pelepas on April 9.", date="2024-05-30")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.location], e.date) for e in f.events if e.type == "ShipToShipTransfer"] == [
        ("Tanjung Pelepas", "2024-04-09")]
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2024-03-02"]


def test_a_ship_described_by_a_suspicion_is_not_a_hedged_deed() -> None:
    f = facts_of("Finnish police seized the tanker Eagle S, a vessel suspected of damaging a "
                 "power cable, on Thursday.")
    assert [e.confidence for e in f.events if e.type == "Detention"] == ["reported"]
    g = facts_of("Police detained the tanker Eagle S on Thursday, suspecting it of damaging a cable.")
    assert [e.confidence for e in g.events if e.type == "Detention"] == ["reported"]
    # the deed itself suspected stays hedged
    h = facts_of("The tanker Eagle S is suspected of having docked at Nampo in May.")
    assert [e.confidence for e in h.events if e.type == "PortCall"] == ["realistic possibility"]


def test_a_second_verb_joined_by_and_owns_the_places_after_it() -> None:
    f = facts_of("The New Endeavor had loaded the cargo at Utrenneye in August and stored it off "
                 "Murmansk for months.")
    assert calls(f) == {("New Endeavor", "Utrenneye")}
    g = facts_of("The tanker Heron loaded crude at Jask and then moored at Fujairah.")
    assert calls(g) == {("Heron", "Jask"), ("Heron", "Fujairah")}
    h = facts_of("The Finch loaded coal at Vanino and sailed for Nampo, arriving on March 3.")
    assert calls(h) == {("Finch", "Vanino"), ("Finch", "Nampo")}


def test_a_voyage_toward_a_port_where_the_ship_arrived_is_a_call() -> None:
    f = facts_of("The navy tried to stop the tanker Jaguar on May 13, but it continued toward "
                 "Primorsk, where it arrived the next day.")
    assert calls(f) == {("Jaguar", "Primorsk")}
    assert dated(f, "PortCall")[("Jaguar", "Primorsk")] == "2023-05-14"
    assert calls(facts_of("The tanker Jaguar continued toward Primorsk.")) == set()
    assert calls(facts_of("The tanker Jaguar headed toward Primorsk, where it was expected to "
                          "load.")) == set()


def test_a_ship_that_left_without_cargo_carried_none() -> None:
    f = facts_of("The tanker Jaguar left Sikka without cargo in April and arrived at Primorsk in May.")
    assert calls(f) == {("Jaguar", "Sikka"), ("Jaguar", "Primorsk")}
    assert transfers(f) == set()
    g = facts_of("The tanker Jaguar left Sikka in April. It arrived at Primorsk in May.")
    assert transfers(g) == {("Jaguar", "Sikka", "Primorsk")}


def test_a_ship_put_on_a_sanctions_list_is_designated() -> None:
    f = facts_of("The tanker Jaguar, which has been on the UK sanctions list since March, left Sikka.")
    assert [e.type for e in f.events if e.type == "Sanction"] == ["Sanction"]
    g = facts_of("The tanker Jaguar was placed on the EU's sanctions list in May.")
    assert [e.date for e in g.events if e.type == "Sanction"] == ["2023-05"]
    h = facts_of("The tanker Jaguar is not on any sanctions list.")
    assert [e for e in h.events if e.type == "Sanction"] == []


def test_a_log_line_naming_several_ships_under_a_plural_type() -> None:
    f = facts_of("Chornomorsk: Bulk carriers Blue Tide and Nika departed on Aug 10.\n"
                 "- Tankers Sea Kite, Dunlin and Heron loaded at Primorsk.")
    assert names(f, "Vessel") == {"Blue Tide", "Nika", "Sea Kite", "Dunlin", "Heron"}
    g = facts_of("Chornomorsk: Bulk carrier Blue Tide and two tugs departed on Aug 10.")
    assert names(g, "Vessel") == {"Blue Tide"}


def test_respectively_pairs_ships_with_the_states_they_went_to() -> None:
    f = facts_of("The Blue Tide and the Nika carried wheat from Odesa to Egypt and Turkey "
                 "respectively.")
    assert transfers(f) == {("Blue Tide", "Odesa", "Egypt"), ("Nika", "Odesa", "Turkey")}


def test_a_ship_that_left_a_port_carrying_cargo_to_a_place_began_its_voyage_there() -> None:
    f = facts_of("The Blue Tide departed Chornomorsk on Aug 10 carrying wheat to Spain.")
    assert transfers(f) == {("Blue Tide", "Chornomorsk", "Spain")}
    assert dated(f, "PortCall")[("Blue Tide", "Chornomorsk")] == "2023-08-10"
    # with no end told, a voyage under way to a place not known; only planned, no voyage
    assert transfers(facts_of("The Blue Tide left Odesa on Monday carrying corn.")) == {
        ("Blue Tide", "Odesa", None)}
    assert transfers(facts_of("The Blue Tide will depart Chornomorsk on Aug 10 carrying wheat, "
                              "bound for Spain.", date="2023-08-01")) == set()
    # (under way with its cargo, bound for a state: the voyage there, as "carrying wheat to Spain")
    assert transfers(facts_of("The Blue Tide departed Chornomorsk on Aug 10 carrying wheat, "
                              "bound for Spain.")) == {("Blue Tide", "Chornomorsk", "Spain")}


def test_ships_that_met_and_pumped_the_oil_across_made_a_transfer() -> None:
    f = facts_of("After each visit the tanker Hong Xing met the Panama-flagged Jin Sheng off the "
                 "coast of Malaysia and pumped its oil across.")
    assert [sorted(names_of(f, e.vessels)) for e in f.events if e.type == "ShipToShipTransfer"] == \
        [["Hong Xing", "Jin Sheng"]]
    g = facts_of("The tanker Hong Xing met the tanker Jin Sheng in Singapore and discussed the cargo.")
    assert [e for e in g.events if e.type == "ShipToShipTransfer"] == []
    h = facts_of("The tankers Hong Xing and Jin Sheng each conducted transfers with other tankers.")
    assert [e for e in h.events if e.type == "ShipToShipTransfer"] == []


def names_of(facts: Facts, ids: list[str] | None) -> list[str]:
    by_id = {e.id: e.name for e in facts.entities}
    return [by_id[i] for i in ids or []]


def test_ships_missing_from_their_berths_were_not_there() -> None:
    f = facts_of("Imagery shows the landing ships Alexander Shabalin and Ivan Khurs missing from "
                 "their usual berths at Tartus.")
    assert calls(f) == set()
    g = facts_of("The tanker Lark docked at Tartus with two crew missing.")
    assert calls(g) == {("Lark", "Tartus")}


def test_days_spent_at_a_port_are_a_call_and_the_voyage_on_starts_there() -> None:
    f = facts_of("The Togo-flagged Xin Yang 688 spent four days at Nampo before sailing to Ningbo, "
                 "where it discharged.")
    assert calls(f) == {("Xin Yang 688", "Nampo"), ("Xin Yang 688", "Ningbo")}
    assert transfers(f) == {("Xin Yang 688", "Nampo", "Ningbo")}
    assert [e.activity for e in f.events if e.type == "PortCall"] == [None, "discharging"]
    assert calls(facts_of("The tanker Lark stayed for a week in Tartus.")) == {("Lark", "Tartus")}
    # the port told with the word "port" and its state
    for text in ("The tanker Lark stayed for a week at the port of Tartus.",
                 "The Lark, a tanker, spent three weeks at the Syrian port of Tartus."):
        assert calls(facts_of(text)) == {("Lark", "Tartus")}, text
    assert calls(facts_of("The tanker Lark spent 2 million dollars in Dubai on repairs.")) == set()


def test_a_list_of_names_after_the_doing_what_ships_do() -> None:
    f = facts_of("The Iris, Voskhod and Buran each loaded at Utrenneye.")
    assert calls(f) == {("Iris", "Utrenneye"), ("Voskhod", "Utrenneye"), ("Buran", "Utrenneye")}
    g = facts_of("The United States and Russia both loaded sanctions.")
    assert names(g, "Vessel") == set()


def test_a_table_under_a_title_naming_the_port_of_arrival() -> None:
    body = ("| Vessel | Flag | Arrived | From | Cargo |\n|---|---|---|---|---|\n"
            "| Sparta IV | Russia | 2024-08-27 | Novorossiysk | vehicles |\n"
            "| Lira | Comoros | 2024-09-01 | Latakia | ballast |\n")
    f = facts_of(body, "2024-09-05", title="Weekly arrivals, Tartus")
    assert calls(f) == {("Sparta IV", "Novorossiysk"), ("Sparta IV", "Tartus"),
                        ("Lira", "Latakia"), ("Lira", "Tartus")}
    # a ship that came in ballast carried nothing
    assert transfers(f) == {("Sparta IV", "Novorossiysk", "Tartus")}
    # a title that is no caption gives no port
    g = facts_of(body, "2024-09-05", title="Why Tartus matters")
    assert ("Sparta IV", "Tartus") not in calls(g)


def test_a_voyage_cut_short_took_nothing_where_it_was_going() -> None:
    f = facts_of("The cargo ship Rubymar had been carrying fertiliser from Khor Fakkan to Varna "
                 "when it was hit.")
    assert calls(f) == {("Rubymar", "Khor Fakkan")} and transfers(f) == set()
    g = facts_of("The tanker St Nikolas, which was carrying Iraqi crude from Basra to Aliaga, was "
                 "diverted toward Jask.")
    assert transfers(g) == set()
    h = facts_of("The cargo ship Rubymar was carrying fertiliser from Khor Fakkan to Varna.")
    assert transfers(h) == {("Rubymar", "Khor Fakkan", "Varna")}
    # struck in the sentence before, in the same paragraph
    k = facts_of("The bulk carrier Tutor was hit by a drone boat off Hodeidah on June 12 and later "
                 "sank. It had been carrying coal from Ust-Luga to Paradip.")
    assert calls(k) == {("Tutor", "Ust-Luga")} and transfers(k) == set()
    m = facts_of("The bulk carrier Tutor was hit by a drone boat off Hodeidah on June 12.\n\n"
                 "The bulk carrier Tutor was carrying coal from Ust-Luga to Paradip.")
    assert transfers(m) == {("Tutor", "Ust-Luga", "Paradip")}


def kinds(facts: Facts, etype: str) -> list[dict[str, object]]:
    by_id = {e.id: e.name for e in facts.entities}
    return [{k: (by_id.get(v, v) if isinstance(v, str) else [by_id.get(x, x) for x in v]
                 if isinstance(v, list) and k == "vessels" else v)
             for k, v in e.model_dump().items() if v is not None and k in (
                 "vessels", "vessel", "port", "activity", "target", "date", "confidence",
                 "location")}
            for e in facts.events if e.type == etype]


_TWO = "The tankers Marlow Sky and Jade Current sailed east. "


def test_a_meeting_told_with_an_abbreviated_month_and_part_of_a_cargo() -> None:
    f = facts_of(_TWO + "Off Malaysia, the Marlow Sky appears to have met the Jade Current on "
                 "Nov. 12 and transferred part of its cargo, satellite images show.")
    assert kinds(f, "ShipToShipTransfer") == [{"vessels": ["Marlow Sky", "Jade Current"],
                                               "date": "2023-11-12", "confidence": "likely"}]
    # a stop that ends the sentence still ends the meeting's reach
    f = facts_of(_TWO + "The Marlow Sky met the Jade Current off Malaysia on Nov. 12. Both ships "
                 "later transferred their cargoes to tankers off Oman.")
    assert kinds(f, "ShipToShipTransfer") == []


def test_sailing_with_the_transponder_off_is_a_gap() -> None:
    f = facts_of("The tanker Marlow Sky sailed toward Malaysia with its transponder off on Oct. 10.")
    assert kinds(f, "AISGap") == [{"vessel": "Marlow Sky", "date": "2023-10-10",
                                   "confidence": "reported"}]
    assert kinds(facts_of("The tanker Marlow Sky sailed with its lights off."), "AISGap") == []


def test_a_departure_bound_for_elsewhere_is_no_voyage_to_the_next_port() -> None:
    head = "The tanker Kestrel Nine left Ust-Luga on March 2 carrying petrol bound for "
    f = facts_of(head + "Port Said. Coast guard officers boarded the ship on March 4 and steered "
                 "it to anchorage off Porvoo.")
    assert transfers(f) == set()
    assert [e["target"] for e in kinds(f, "Detention")] == ["Kestrel Nine"]
    # bound for a state the next port is in, or told nothing of where it was bound: a voyage
    f = facts_of(head + "Egypt. It docked at Damietta on March 14.")
    assert transfers(f) == {("Kestrel Nine", "Ust-Luga", "Damietta")}
    f = facts_of("The tanker Kestrel Nine left Ust-Luga on March 2. It docked at Damietta on "
                 "March 14.")
    assert transfers(f) == {("Kestrel Nine", "Ust-Luga", "Damietta")}


def test_a_detention_told_as_a_noun_and_a_hedge_in_a_closing_relative_clause() -> None:
    f = facts_of("Finnish authorities on Tuesday extended the detention of the tanker Kestrel "
                 "Nine, which investigators suspect dragged its anchor across a cable.")
    assert kinds(f, "Detention") == [{"target": "Kestrel Nine", "date": "2024-03-19",
                                      "confidence": "reported"}]
    f = facts_of("The crew of the tanker Kestrel Nine faced detention if they refused.")
    assert kinds(f, "Detention") == []
    # what the closing relative tells itself keeps the hedging it rests on
    f = facts_of("The cargo ship Port Olya-4 is alleged to have carried drone parts, which were "
                 "offloaded at Makhachkala on 12 November.")
    assert {e.confidence for e in f.events if e.type == "PortCall"} == {"realistic possibility"}


def test_arms_that_damaged_a_ship() -> None:
    f = facts_of("A Russian drone strike damaged the Liberian-flagged bulk carrier Nika Bay while "
                 "it was moored at Odesa on June 9.")
    assert kinds(f, "Attack") == [{"target": "Nika Bay", "date": "2023-06-09",
                                   "confidence": "reported", "location": "Odesa"}]
    assert kinds(facts_of("A storm damaged the bulk carrier Nika Bay at Odesa on June 9."),
                 "Attack") == []


def test_a_named_ship_of_a_group_that_loaded_at_a_port_took_on_its_share_there() -> None:
    f = facts_of("Two sanctioned tankers loaded Venezuelan crude at Jose last month. The Marlow "
                 "Sky, a VLCC flagged in Cameroon, took on about 1.9 million barrels between "
                 "Oct. 4 and Oct. 9.")
    assert dated(f, "PortCall") == {("Marlow Sky", "Jose"): "2023-10-04/2023-10-09"}
    # a ship whose own sentence names where it took the cargo on
    f = facts_of("Two sanctioned tankers loaded Venezuelan crude at Jose last month. The Marlow "
                 "Sky, a VLCC flagged in Cameroon, took on 900,000 barrels at Amuay on Oct. 4.")
    assert set(dated(f, "PortCall")) == {("Marlow Sky", "Amuay")}


def test_ships_named_out_of_a_group_did_what_the_group_did_where_it_did_it() -> None:
    f = facts_of("In May we identified five DPRK-flagged vessels loading coal at Nampo. Two of "
                 "them, the Sun Ri and the Ka Rim Chon, later sailed to waters off Ningbo, where "
                 "they are assessed to have transferred their cargoes to Chinese barges.")
    assert {"Sun Ri", "Ka Rim Chon"} <= names(f, "Vessel")
    loads = {(c["vessel"], c.get("activity"), c["confidence"]) for c in kinds(f, "PortCall")
             if c["port"] == "Nampo"}
    assert loads == {("Sun Ri", "loading", "reported"), ("Ka Rim Chon", "loading", "reported")}
    assert ("Sun Ri", "Nampo", "Ningbo") in transfers(f)
    assert kinds(f, "ShipToShipTransfer") == []  # to barges unnamed, not to each other
    # a group of people, named without "the", is not ships
    f = facts_of("Five analysts studied the tankers. Two of them, John Smith and Mary Jones, "
                 "wrote the report.")
    assert names(f, "Vessel") == set()


@pytest.mark.parametrize("text", [
    "The tanker Bright Cove, which had loaded diesel at Jebel Ali, waited off Salif for two "
    "weeks before turning back.",
    "The tanker Bright Cove loaded diesel at Jebel Ali on May 2. It waited off Salif on May 9. "
    "It did not enter the port.",
])
def test_a_ship_that_turned_back_from_a_port_delivered_nothing_there(text: str) -> None:
    assert transfers(facts_of(text)) == set()


def test_a_ship_that_got_in_after_waiting_delivered_its_cargo() -> None:
    f = facts_of("The tanker Bright Cove loaded diesel at Jebel Ali on May 2. It waited off Salif "
                 "on May 9. It entered the port on May 12.")
    assert transfers(f) == {("Bright Cove", "Jebel Ali", "Salif")}


def test_a_previous_port_of_call_takes_no_time_from_the_call_after_it() -> None:
    f = facts_of("The tanker Salwa Star docked at Ras Isa on March 3. Its previous port of call "
                 "was Sohar in Oman.")
    # (in the weeks before it, as "docked at Ras Isa on March 3; its previous port of call ...")
    assert dated(f, "PortCall") == {("Salwa Star", "Ras Isa"): "2024-03-03",
                                    ("Salwa Star", "Sohar"): "2024-02-02/2024-03-03"}
    assert transfers(f) == {("Salwa Star", "Sohar", "Ras Isa")}
    f = facts_of("The tanker Salwa Star docked at Ras Isa on March 3. Its last port of call was "
                 "Sohar, on Feb. 20.")
    assert dated(f, "PortCall")[("Salwa Star", "Sohar")] == "2024-02-20"


@pytest.mark.parametrize(("text", "called"), [
    ("The tanker Grey Wren was falsely reported to have called at Jask.", False),
    ("The tanker Grey Wren was wrongly said to have docked at Jask in May.", False),
    ("The tanker Grey Wren, seen in May, never called at Jask.", False),
    ("The tanker Grey Wren, not berthed at Jask, waited offshore.", False),
    # a denial in an aside of its own is not the call's
    ("The tanker Grey Wren, not seen since May, called at Jask on June 3.", True),
    ("The tanker Grey Wren, wrongly listed as Iranian, called at Jask on June 3.", True),
])
def test_a_call_told_as_false_and_a_denial_in_an_aside(text: str, called: bool) -> None:
    assert bool(calls(facts_of(text))) is called


def test_the_cargo_of_a_states_exports_named_after_its_possessive() -> None:
    f = facts_of("Venezuela's oil exports to China fell in March.")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [("oil", "2024-03")]


def test_a_full_load_of_cargo_is_what_was_carried_not_a_loading_where_it_went() -> None:
    f = facts_of("The tanker Grey Wren sailed from Sikka with a full load of diesel to Fujairah "
                 "on 2 March.")
    assert [(e.cargo) for e in f.events if e.type == "Transfer"] == ["diesel"]
    # (what it brought there it delivered there, as "carried containers to Dunai")
    assert {c.activity for c in f.events if c.type == "PortCall"} == {"departure", "discharging"}
    f = facts_of("The tanker Grey Wren took on a load of diesel at Sikka on 2 March.")
    assert [c.activity for c in f.events if c.type == "PortCall"] == ["loading"]


@pytest.mark.parametrize("load", ["similar loads", "two loads of shells", "loads", "its load"])
def test_loads_carried_to_a_port_are_a_delivery_there_not_a_loading(load: str) -> None:
    f = facts_of(f"A sister ship, the Grey Wren, carried {load} to Dunai in August.")
    assert [(c.activity, c.date) for c in f.events if c.type == "PortCall"] == [
        ("discharging", "2023-08")]
    assert [(e.cargo, e.destination is not None) for e in f.events if e.type == "Transfer"] == [
        ("shells" if "shells" in load else None, True)]
    # the verb stays the verb, after a subject of two ships too
    f = facts_of("The two loaded containers at Rajin in May. The Grey Wren loads at Rajin monthly.")
    assert [c.activity for c in f.events if c.type == "PortCall"] == ["loading"]


@pytest.mark.parametrize(("text", "called"), [
    ("The Panamax Grey Wren has been fixed to load corn at Santos in early April.", False),
    ("The Grey Wren tanker is slated to load at Sikka next week.", False),
    ("The tanker Grey Wren was chartered to carry diesel from Sikka to Lagos.", False),
    # a ship chartered by someone, which then loaded
    ("The tanker Grey Wren, chartered by Vitol, loaded at Sikka on March 3.", True),
])
def test_a_voyage_arranged_in_the_trades_words_is_not_made(text: str, called: bool) -> None:
    f = facts_of(text)
    assert bool(calls(f)) is called and (called or transfers(f) == set())


def test_the_same_day_after_a_month_told_in_between_is_the_day_told_last() -> None:
    f = facts_of("Drones hit the bulk carrier Tutor on 12 March. The Tutor had loaded coal at "
                 "Ust-Luga in February. In a separate attack the same day, the Palau-flagged "
                 "Verbena, carrying timber from Malaysia to Italy, was struck.")
    assert [e["date"] for e in kinds(f, "Transfer")] == ["2024-03-12"]
    f = facts_of("Police seized the tanker Eagle S on March 2. The tanker had left the port of "
                 "Ust-Luga earlier that day.")
    assert kinds(f, "PortCall")[0]["date"] == "2024-03-02"
    # after a month and no day before it: a day of that month, not its last
    f = facts_of("The tanker Eagle S loaded at Ust-Luga in February. The same day, the tanker "
                 "Grey Wren left Primorsk.")
    assert [c["date"] for c in kinds(f, "PortCall") if c["vessel"] == "Grey Wren"] == ["2024-02"]


def test_a_time_told_of_what_is_to_come_is_ahead_and_counts_nothing_after_it() -> None:
    f = facts_of("The tanker Arlan is expected to reach Sikka, India, in mid-September. A day "
                 "later the tanker NS Bravo took on 700,000 barrels from the tanker Kazan.",
                 date="2024-08-30")
    assert kinds(f, "ShipToShipTransfer") == [{"vessels": ["NS Bravo", "Kazan"],
                                               "confidence": "reported"}]
    # a time told as past stays in the past
    g = facts_of("The tanker Arlan reached Sikka in mid-September. A day later the tanker "
                 "NS Bravo took on 700,000 barrels from the tanker Kazan.", date="2024-08-30")
    assert kinds(g, "ShipToShipTransfer")[0]["date"] == "2023-09-12/2023-09-21"


@pytest.mark.parametrize(("text", "pair"), [
    ("The Liberian-flagged NS Bravo took on about 700,000 barrels from the Kazan (IMO 9256858).",
     ["NS Bravo", "Kazan"]),
    ("The tanker NS Bravo took on 1.5 million barrels from the tanker Kazan.", ["NS Bravo", "Kazan"]),
    # cargo taken on from a port is no meeting of the ships the sentence names
    ("The tankers Sky Star and Sea Moon took on coal from the port of Nampo in May.", None),
    ("The tanker Sky Star took on coal from Nampo and later met the tanker Sea Moon.", None),
    ("The tanker Sky Star took on coal from the Chinese port of Dalian, then sailed with the "
     "tanker Sea Moon.", None),
    # a ship named after its flag is still the ship
    ("A second transfer, between the tanker Sun Wave and the Palau-flagged Ocean Dream, took "
     "place.",
     ["Sun Wave", "Ocean Dream"]),
])
def test_cargo_taken_on_from_a_named_ship_and_not_from_a_port(text: str,
                                                             pair: list[str] | None) -> None:
    found = [e["vessels"] for e in kinds(facts_of(text), "ShipToShipTransfer")]
    assert found == ([pair] if pair else [])


def test_a_registry_is_not_where_ships_met() -> None:
    f = facts_of("The Hong Kong-registered Yuk Tung conducted a ship-to-ship transfer with the "
                 "tanker Sam Jong 2 in the Yellow Sea.")
    assert kinds(f, "ShipToShipTransfer")[0]["location"] == "Yellow Sea"
    g = facts_of("The Hong Kong-flagged tanker Yuk Tung met the tanker Sam Jong 2 and transferred "
                 "its cargo.")
    assert "location" not in kinds(g, "ShipToShipTransfer")[0]


@pytest.mark.parametrize(("text", "subject"), [
    ("The tanker NS Bravo met the tanker Kazan, then sailed to Sikka.", "NS Bravo"),
    ("The tanker NS Bravo took on 1.5 million barrels from the tanker Kazan, then sailed to "
     "Sikka.", "NS Bravo"),
    ("The tanker NS Bravo passed the tanker Kazan, which then sailed to Sikka.", "Kazan"),
])
def test_a_ship_met_is_an_object_and_then_the_subject_sails_on(text: str, subject: str) -> None:
    assert calls(facts_of(text)) == {(subject, "Sikka")}


@pytest.mark.parametrize(("text", "targets", "confidence"), [
    ("The Hong Kong-registered Yuk Tung, previously designated by the UN, is assessed to have "
     "met the tanker Sam Jong 2 in the Yellow Sea.", ["Yuk Tung"], "reported"),
    ("The tanker Yuk Tung met the tanker Sam Jong 2 (IMO 9256858), designated by the US in 2018.",
     ["Sam Jong 2"], "reported"),
    ("The tankers Yuk Tung and Sam Jong 2, both sanctioned by the UN in 2018, met in the Yellow "
     "Sea.", ["Yuk Tung", "Sam Jong 2"], "reported"),
    ("The US sanctioned the tanker Yuk Tung and the tanker Sam Jong 2, citing transfers.",
     ["Yuk Tung", "Sam Jong 2"], "reported"),
])
def test_a_designation_told_in_an_aside_is_of_the_ship_before_it(
        text: str, targets: list[str], confidence: str) -> None:
    found = kinds(facts_of(text), "Sanction")
    assert [e["target"] for e in found] == targets
    assert {e["confidence"] for e in found} == {confidence}


@pytest.mark.parametrize(("text", "cargo"), [
    ("About 1,500 tonnes of refined petroleum were delivered to Nampo by the North Korean tanker "
     "Chon Ma San in early March.", "refined petroleum"),
    ("In March, diesel was delivered to Nampo by the tanker Chon Ma San.", "diesel"),
    ("Wheat from Russia was shipped to Latakia aboard the cargo ship Mikhail Nenashev.", "wheat"),
    # a unit is no cargo; a ship, a pronoun or a relative is no cargo
    ("Some 27,000 tonnes were unloaded at Latakia by the bulk carrier Matros Pozynich.", None),
    ("The tanker Chon Ma San was unloaded at Nampo in March.", None),
    ("The tanker Chon Ma San, which had been loaded at Nampo, was unloaded at Dalian.", None),
    ("These were shipped to Latakia aboard the cargo ship Mikhail Nenashev.", None),
])
def test_the_cargo_that_is_the_subject_of_a_passive_voyage(text: str, cargo: str | None) -> None:
    f = facts_of(text)
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [cargo]


def test_a_time_told_where_the_ship_went_after_is_not_the_earlier_ports() -> None:
    f = facts_of("Despite the reflagging, the tanker Sea Owl I has kept loading at Primorsk and "
                 "unloading at Vadinar, India, where it last called on 30 May.")
    dates = {c["port"]: c.get("date") for c in kinds(f, "PortCall")}
    assert dates == {"Primorsk": None, "Vadinar": "2023-05-30"}


def test_ships_that_carried_some_of_the_cargoes_told_before_carried_them_then() -> None:
    f = facts_of("Venezuela shipped about 1.2 million barrels of fuel to Cuba in February, down "
                 "from January.\nThe tankers Vilma and Alicia carried most of the cargoes, loading "
                 "at Jose and discharging at Matanzas.")
    assert {c.get("date") for c in kinds(f, "PortCall")} == {"2024-02"}
    assert [e.date for e in f.events if e.type == "Transfer" and e.vessel is None] == ["2024-02"]


def test_a_ship_that_has_since_made_trips_made_them_after_the_time_told() -> None:
    f = facts_of("Between July and September 2023, the cargo ship Mekhanik Pogodin made four trips "
                 "between Berdyansk and Samsun. It has since made two more trips, to Derince.")
    assert [c.get("date") for c in kinds(f, "PortCall") if c["port"] == "Derince"] == \
        ["2023-07-01/2024-03-22"]


@pytest.mark.parametrize(("text", "called"), [
    ("In 2023 the cargo ship Maria traded between Vladivostok and Busan.",
     {("Maria", "Vladivostok"), ("Maria", "Busan")}),
    # what a ship usually does is no call told; goods traded are no voyage
    ("The cargo ship Maria usually trades between Vladivostok and Busan.", set()),
    ("Oil traded between Russia and India rose in 2023.", set()),
])
def test_a_ship_that_traded_between_two_ports(text: str, called: set[tuple[str, str]]) -> None:
    assert calls(facts_of(text)) == called


def test_a_present_state_in_another_part_of_the_sentence_does_not_date_the_event() -> None:
    f = facts_of("On 3 January the cargo ship Angara berthed at Vostochny port. It is unlikely "
                 "that the ship unloaded there; its usual destination, Dunai, lies 80 km to the "
                 "north-east.")
    assert {(c.get("date"), c["confidence"]) for c in kinds(f, "Transfer")} == \
        {("2024-01-03", "unlikely")}


@pytest.mark.parametrize(("text", "called"), [
    ("The tanker Sun Wave's last port call was Tartus, in February.", {("Sun Wave", "Tartus")}),
    ("The tanker Sun Wave sought refuge in Berbera after the attack on 3 March.",
     {("Sun Wave", "Berbera")}),
    ("The tanker Sun Wave took shelter at Berbera on 3 March.", {("Sun Wave", "Berbera")}),
    ("The crew of the tanker Sun Wave took refuge in the citadel.", set()),
])
def test_a_last_port_call_and_a_port_of_refuge(text: str, called: set[tuple[str, str]]) -> None:
    assert calls(facts_of(text)) == called


@pytest.mark.parametrize(("text", "origin"), [
    ("The tanker Sea Lion carried crude from Russian northern ports to India in May.", "Russia"),
    ("The tanker Sea Lion carried crude from Russian Far Eastern ports to India in May.", "Russia"),
    ("The tanker Sea Lion carried crude from Iranian Gulf ports to China in May.", "Iran"),
])
def test_a_states_ports_of_a_region_are_the_states(text: str, origin: str) -> None:
    assert [t[1] for t in transfers(facts_of(text))] == [origin]


def test_ports_listed_after_one_verb_are_calls_in_no_order() -> None:
    f = facts_of("Container ship Mira docked at Shenzhen and Ho Chi Minh City.")
    assert calls(f) == {("Mira", "Shenzhen"), ("Mira", "Ho Chi Minh City")}
    assert transfers(f) == set()
    # told in order, they are a voyage
    f = facts_of("Container ship Mira docked at Shenzhen and then at Ho Chi Minh City.")
    assert transfers(f) == {("Mira", "Shenzhen", "Ho Chi Minh City")}


def test_ships_named_as_members_of_a_group_did_what_the_group_did() -> None:
    f = facts_of("Since January, at least nine tankers have delivered Russian diesel to the Libyan "
                 "port of Benghazi, among them the Eco Wizard and the Sea Mistral.")
    assert transfers(f) == {("Eco Wizard", "Russia", "Benghazi"), ("Sea Mistral", "Russia", "Benghazi")}
    f = facts_of("At least four tankers called at Benghazi in May. They included the Eco Wizard, "
                 "the Sea Mistral and Kira.")
    assert dated(f, "PortCall") == {(v, "Benghazi"): "2023-05" for v in ("Eco Wizard", "Sea Mistral", "Kira")}
    # (the port told as "there", and a source's aside before the members)
    f = facts_of("Fuel imports into Hodeidah rose in July. At least seven tankers discharged there "
                 "during the month, according to UN inspection data, among them the Wren Sabah and the "
                 "Lark Sabah.", date="2024-08-29")
    assert dated(f, "PortCall") == {(v, "Hodeidah"): "2024-07" for v in ("Wren Sabah", "Lark Sabah")}
    # (and where the members had loaded, told after them)
    f = facts_of("At least seven tankers discharged at Hodeidah in July, among them the Wren Sabah and the "
                 "Lark Sabah, both of which loaded in Iraq.", date="2024-08-29")
    assert transfers(f) == {("Wren Sabah", "Iraq", "Hodeidah"), ("Lark Sabah", "Iraq", "Hodeidah")}
    f = facts_of("Officials from Hodeidah met in July. At least seven ministers spoke there, among them "
                 "the Wren Sabah and the Lark Sabah.", date="2024-08-29")
    assert calls(f) == set()
    # not people, nor ships told by kind
    for text in ("Three ministers met in Rome. They included the Foreign Minister and Sergei Lavrov.",
                 "Four tankers called at Benghazi in May. They included Russian and Greek ships."):
        assert names(facts_of(text), "Vessel") == set(), text


def test_a_fronted_departure_from_a_port_told_with_its_state() -> None:
    f = facts_of("After leaving the Russian port of Novorossiysk in early March, the Syrian-flagged "
                 "cargo ship Laodicea sailed through the Bosphorus and docked in the Lebanese port "
                 "of Tripoli on March 17.")
    assert transfers(f) == {("Laodicea", "Novorossiysk", "Tripoli")}
    assert dated(f, "PortCall")[("Laodicea", "Tripoli")] == "2024-03-17"


@pytest.mark.parametrize("text", [
    "Rather than call at Nampo, the tanker Kira docked at Dalian.",
    "Instead of sailing to Nampo, the tanker Kira docked at Dalian.",
    "The tanker Kira docked at Dalian rather than at Nampo.",
])
def test_what_a_ship_did_instead_is_a_call_and_what_it_did_not_none(text: str) -> None:
    assert calls(facts_of(text)) == {("Kira", "Dalian")}


@pytest.mark.parametrize("text, met", [
    ("The tanker Kira offloaded its cargo onto the Lumo in the Gulf of Oman.", True),
    ("The tanker Kira supplied the tanker Lumo with fuel.", True),
    ("The tanker Kira refuelled the tanker Lumo off Crete.", True),
    ("The tanker Kira supplied North Korea with oil.", False),
    ("The tanker Kira offloaded its cargo to the Port of Tartus.", False),
    ("Russia supplied the Houthis with missiles while the tanker Kira sailed to Hodeidah.", False),
])
def test_a_ship_that_fuelled_another_or_offloaded_onto_it_met_it(text: str, met: bool) -> None:
    f = facts_of(text)
    assert bool(sts_events(f)) is met
    assert names(f, "Vessel") == ({"Kira", "Lumo"} if met else {"Kira"})


@pytest.mark.parametrize("text, called", [
    ("The tanker Kira was detected at Nampo by satellite.", True),
    ("The tanker Kira was sighted at Nampo.", True),
    ("The company is located in Nampo and owns the tanker Kira.", False),
    ("The tanker Kira's owner, located in Dubai, denied it.", False),
])
def test_a_ship_detected_or_sighted_at_a_port_was_there(text: str, called: bool) -> None:
    assert bool(calls(facts_of(text))) is called


def test_a_load_carried_between_two_ports_went_from_the_first_to_the_second() -> None:
    f = facts_of("The cargo ship Kira ferried containers between Rajin and Dunai.")
    assert transfers(f) == {("Kira", "Rajin", "Dunai")}
    # a move between registries is a change of flag
    f = facts_of("The tanker Kira moved between the Panama and Cameroon registries.")
    assert transfers(f) == set()


def test_a_cargo_a_buyer_imported_or_a_state_exported_aboard_a_ship_at_a_port() -> None:
    f = facts_of("Kpler data show that India's Reliance imported Russian crude aboard the Aframax "
                 "Ligera at Sikka last month.")
    assert dated(f, "PortCall") == {("Ligera", "Sikka"): "2024-02"}
    assert transfers(f) == {("Ligera", "Russia", "Sikka")}
    assert cargoes(f)[("Ligera", "Russia", "Sikka")] == "Russian crude"
    f = facts_of("Venezuela exported fuel oil via the tanker Ligera at Jose in May.")
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["loading"]
    assert transfers(f) == set()


def test_the_place_of_a_transfer_told_in_a_clause_set_there() -> None:
    f = facts_of("The tanker Kira sailed to the Gulf of Oman, where it transferred its cargo to the "
                 "tanker Lumo.")
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), "Gulf of Oman", 1)]
    # off a state's coast: at sea, no place; not the sea of an earlier clause
    f = facts_of("The tanker Kira turned off its transponder on April 2 in the Atlantic and "
                 "reappeared off Malaysia's eastern coast on May 1, where it transferred its load "
                 "to the tanker Lumo.")
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), None, 1)]
    # the transponder was the first ship's, not the one it met after
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.vessel or ""] for e in f.events if e.type == "AISGap"] == ["Kira"]
    f = facts_of("The tanker Kira and the tanker Lumo turned off their transponders.")
    assert len([e for e in f.events if e.type == "AISGap"]) == 2


def test_a_list_of_findings_with_pronouns_after_bullets() -> None:
    f = facts_of("Key findings:\n"
                 "- The tanker Kira loaded at Primorsk on 3 May.\n"
                 "- It discharged at Sikka on 20 May.\n"
                 "- The Lumo received 100,000 tonnes from the Kira off Malta.\n"
                 "- Both ships later called at Port Said.\n")
    assert dated(f, "PortCall")[("Kira", "Sikka")] == "2023-05-20"
    assert transfers(f) == {("Kira", "Primorsk", "Sikka")}
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), None, 1)]
    assert {("Kira", "Port Said"), ("Lumo", "Port Said")} <= calls(f)
    # what a ministry or a palace received is no cargo of a ship
    for text in ("The Kremlin received a delegation from Pyongyang.",
                 "The ministry received a shipment of documents."):
        assert names(facts_of(text), "Vessel") == set()


def test_deliveries_and_shipments_of_a_states_cargo_told_as_nouns() -> None:
    f = facts_of("Russian grain deliveries to Egypt continued.")
    assert transfers(f) == {(None, "Russia", "Egypt")}
    assert cargoes(f)[(None, "Russia", "Egypt")] == "grain"
    f = facts_of("Iranian oil shipments to China rose in May.")
    assert transfers(f) == {(None, "Iran", "China")}
    # with no state the cargo is of, no supplier
    assert transfers(facts_of("Shipments to Syria resumed in May.")) == set()


def test_a_ship_that_headed_for_a_port_named_with_its_state_and_arrived() -> None:
    f = facts_of("The bulk carrier Zafer loaded grain at Berdyansk in late June. The ship then "
                 "headed for the Turkish port of Bandirma, where it arrived on 3 July.")
    assert dated(f, "PortCall")[("Zafer", "Bandirma")] == "2023-07-03"
    assert transfers(f) == {("Zafer", "Berdyansk", "Bandirma")}
    # where it was to arrive, it has not
    f = facts_of("The tanker Kira headed for the Turkish port of Bandirma, where it was to unload.")
    assert calls(f) == set()


@pytest.mark.parametrize("text, met", [
    ("The tanker Kira's cargo ended up aboard the tanker Lumo after a transfer near Singapore.", True),
    ("Cargo from the tanker Kira was moved onto the tanker Lumo.", True),
    ("The tanker Lumo, which took delivery of the tanker Kira's cargo in the Gulf of Oman, sailed "
     "to China.", True),
    # ships seen beside each other with no cargo told, and a cargo moved onto trucks, are none
    ("The two tankers, the Kira and the Lumo, were seen next to each other in the South China Sea.", False),
    ("Cargo from the tanker Kira was moved onto trucks at Tartus while the tanker Lumo waited.", False),
])
def test_more_ways_a_cargo_passes_between_two_ships(text: str, met: bool) -> None:
    assert bool(sts_events(facts_of(text))) is met


def test_a_cargo_loaded_at_a_port_aboard_a_ship_named_after_it() -> None:
    f = facts_of("Containers were loaded at Rajin aboard the Maria in October.")
    assert dated(f, "PortCall") == {("Maria", "Rajin"): "2023-10"}
    f = facts_of("Containers were unloaded at Dunai from the cargo ship Angara on 12 October.")
    assert transfers(f) == {("Angara", None, "Dunai")}
    # denied, or another ship's deed, is none
    assert calls(facts_of("Containers were not loaded at Rajin aboard the Maria.")) == set()
    f = facts_of("The tanker Kira loaded at Rajin before the tanker Maria arrived.")
    assert calls(f) == {("Kira", "Rajin")}


def test_both_occasions_is_no_pair_of_ships() -> None:
    f = facts_of("The Lark and the Wren have made trips between Rajin and Dunai. The Lark was seen "
                 "at Rajin on 7 September; on both occasions it arrived in Dunai within three days.")
    assert dated(f, "PortCall")[("Lark", "Dunai")] == "2023-09-07/2023-09-10"
    assert dated(f, "PortCall")[("Wren", "Dunai")] is None  # (only the round trips, undated)
    # "Both" that opens a clause and is followed by a verb is the two ships
    f = facts_of("The Lark and the Wren left Rajin on 3 May. Both arrived at Dunai on 6 May.")
    assert dated(f, "PortCall")[("Wren", "Dunai")] == "2023-05-06"
    f = facts_of("The Lark and the Wren left Rajin on 3 May. Both of them docked at Dunai on 6 May.")
    assert dated(f, "PortCall")[("Wren", "Dunai")] == "2023-05-06"


def test_ships_listed_past_an_aside_are_all_designated() -> None:
    f = facts_of("The vessels designated today include the Panama-flagged Zaidan (IMO 9105073), "
                 "which delivered gas to Ras Isa in March 2024, and the Cook Islands-flagged bulk "
                 "carrier Adeno, which carried fertilizer from Bandar Abbas to Hodeidah.")
    assert {e.target for e in f.events if e.type == "Sanction"} == \
        {e.id for e in f.entities if e.name in ("Zaidan", "Adeno")}
    # a ship named inside the aside is not one of the list
    f = facts_of("Treasury today designated the tanker Zaidan, which met the tanker Hong Ye, and "
                 "the tanker Adeno.")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.target or ""] for e in f.events if e.type == "Sanction"} == {"Zaidan", "Adeno"}
    f = facts_of("The tanker Zaidan, which was designated in May, met the tanker Adeno.")
    assert [by_id.get(e.target or "") for e in f.events if e.type == "Sanction"] in (
        [], ["Zaidan"])
    assert len([e for e in f.events if e.type == "Sanction"]) == 1


def test_a_meeting_after_a_transfer_to_an_unnamed_ship_is_that_transfer() -> None:
    f = facts_of("A tanker that loaded at Kharg Island in November transferred its cargo to "
                 "another tanker off the Malaysian coast weeks later. The VLCC, named Ocean Lily, "
                 "met the tanker Skyler east of Johor on 14 December.")
    assert sts_events(f) == [(frozenset({"Ocean Lily", "Skyler"}), None, 2)]
    f = facts_of("The tanker Ocean Lily transferred its cargo to another tanker off Malaysia. It "
                 "met the tanker Skyler near Johor on 14 December.")
    assert sts_events(f) == [(frozenset({"Ocean Lily", "Skyler"}), "Johor", 2)]
    # a meeting with no transfer told before, or a transfer told of another ship, is none
    assert sts_events(facts_of("The tanker Ocean Lily loaded at Kharg Island. It met the tanker "
                               "Skyler near Johor on 14 December.")) == []
    assert sts_events(facts_of("The tanker Ocean Lily transferred its cargo to another tanker off "
                               "Malaysia. The tanker Lumo met the tanker Skyler near Johor.")) == []


def test_the_time_of_what_a_ship_did_where_it_went_in_a_province() -> None:
    f = facts_of("The Skyler sailed to Dongjiakou in Shandong province, where it discharged oil "
                 "on 3 January.")
    assert dated(f, "PortCall") == {("Skyler", "Qingdao"): "2024-01-03"}
    f = facts_of("The tanker Skyler sailed to Sikka in western India's Gujarat state, where it "
                 "discharged oil on 3 January.")
    assert dated(f, "PortCall") == {("Skyler", "Sikka"): "2024-01-03"}


def cargo_set(facts: Facts) -> set[str | None]:
    return {e.cargo for e in facts.events if e.type == "Transfer"}


def test_which_load_is_no_cargo_and_what_a_ship_had_aboard_is() -> None:
    assert cargo_set(facts_of("In June the ship Halim carried a second load from Tartus to "
                            "Constanta.")) == {None}
    assert cargo_set(facts_of("In June the ship Halim carried its latest cargo of phosphate from "
                            "Tartus to Constanta.")) == {"phosphate"}
    assert cargo_set(facts_of("The tanker Alicia arrived at Matanzas on 12 July with 400,000 "
                            "barrels of Merey crude loaded at Jose.")) == {"Merey crude"}
    # the word for the loads after the goods names nothing more ("fuel cargoes": fuel); after
    # another word it is the cargo told ("black cargo", "Russian-loaded cargo")
    assert cargo_set(facts_of("Mexico has also sent fuel cargoes to Havana.")) == {"fuel"}
    assert cargo_set(facts_of("The tanker Halim delivered two diesel shipments to Benghazi.")) == {"diesel"}
    assert cargo_set(facts_of("The ship Halim carried a black cargo from Nampo to Longkou.")) == {
        "black cargo"}


def test_arrivals_at_a_port_listed_by_name() -> None:
    f = facts_of("Arrivals at Tartus this week included the Russian-flagged general cargo ship "
                 "Sparta IV, which came from Novorossiysk, and the landing ship Ivan Khurs.")
    assert calls(f) == {("Sparta IV", "Tartus"), ("Ivan Khurs", "Tartus"),
                        ("Sparta IV", "Novorossiysk")}
    # (this week's arrivals came by the report's day)
    assert dated(f, "PortCall")[("Ivan Khurs", "Tartus")] == "2024-03-18/2024-03-22"
    f = facts_of("Departures from Ust-Luga last week included the tankers Lumo and Kira.")
    assert calls(f) == {("Lumo", "Ust-Luga"), ("Kira", "Ust-Luga")}
    # expected arrivals are none; cargo that came from a port is no voyage of the ship from it
    assert calls(facts_of("Calls at Tartus were expected to include the Sparta IV.")) == set()
    assert calls(facts_of("The cargo ship Sparta IV came from Novorossiysk.")) == \
        {("Sparta IV", "Novorossiysk")}


def test_members_of_a_group_at_an_anchorage_off_a_port() -> None:
    f = facts_of("Between July and September, at least five North Korean vessels delivered coal "
                 "to the anchorage off Ningbo-Zhoushan. They included the Ka Rim Chon and the "
                 "Tae Yang.")
    assert calls(f) == {("Ka Rim Chon", "Zhoushan"), ("Tae Yang", "Zhoushan")}
    f = facts_of("At least ten tankers anchored off Fujairah in May. They included the Lumo and "
                 "the Kira.")
    assert dated(f, "PortCall") == {("Lumo", "Fujairah"): "2023-05", ("Kira", "Fujairah"): "2023-05"}


def test_a_state_supply_aboard_a_named_ship_is_that_ship_s_voyage() -> None:
    f = facts_of("Russia also sent a cargo of diesel to Cuba aboard the tanker Akademik Gubkin, "
                 "which docked at Matanzas on 25 July.")
    assert transfers(f) == {("Akademik Gubkin", "Russia", "Matanzas")}
    assert cargo_set(f) == {"diesel"}
    assert transfers(facts_of("Russia sent diesel to Cuba aboard the tanker Akademik Gubkin.")) == \
        {("Akademik Gubkin", "Russia", "Cuba")}
    f = facts_of("Iran shipped drones to Russia on the cargo ship Musa Jalil, which unloaded at "
                 "Astrakhan.")
    assert transfers(f) == {("Musa Jalil", "Iran", "Astrakhan")}
    # a ship in the sentence that carried none of it makes no supply of its own
    f = facts_of("Russia sent oil to Cuba, and the tanker Lumo later docked at Havana.")
    assert transfers(f) == set()


def test_who_supplies_is_not_a_state_named_in_an_aside() -> None:
    f = facts_of("Chevron, which operates joint ventures in Venezuela under a U.S. license, "
                 "shipped four cargoes to the United States.")
    assert transfers(f) == set()
    assert transfers(facts_of("Iran, which has long been an ally, shipped drones to Russia.")) == \
        {(None, "Iran", "Russia")}
    f = facts_of("Iran has used Caspian Sea shipping to send drones and ammunition to Russia.")
    assert cargo_set(f) == {"drones and ammunition"}


def test_both_as_a_subject_before_a_plural_verb_is_the_two_ships() -> None:
    f = facts_of("The tanker Lark called at Primorsk. The tanker Wren called at Ust-Luga. Both were "
                 "sanctioned by the UK in June.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted((by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction") == \
        [("Lark", "2023-06"), ("Wren", "2023-06")]


def test_a_cargo_seized_from_a_ship_is_no_detention_of_it() -> None:
    f = facts_of("A judge ordered the forfeiture of 2 million barrels of Iranian crude oil seized "
                 "from the tanker Suez Rajan.")
    assert [e for e in f.events if e.type == "Detention"] == []
    f = facts_of("Iranian forces seized the tanker Advantage Sweet from the Gulf of Oman.")
    assert [e.type for e in f.events] == ["Detention"]


def test_since_a_time_when_a_deed_was_done_dates_the_deed() -> None:
    f = facts_of("It is the first such seizure since 2019, when the tanker Wise Honest was "
                 "detained off Indonesia.")
    assert [(e.type, e.date) for e in f.events] == [("Detention", "2019")]
    # the main clause's "since" still runs to the report
    f = facts_of("Since March, when the tanker Lumo was designated, it has called at Nampo twice.")
    assert dated(f, "PortCall") == {("Lumo", "Nampo"): "2024-03-01/2024-03-22"}
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2024-03"]


def test_a_seizure_told_in_the_lead_and_again_is_one_with_the_ship_named_later() -> None:
    f = facts_of("SEOUL, Jan. 18 (Wire) -- Authorities have seized a Mongolian-flagged cargo ship "
                 "suspected of carrying coal, officials said Thursday. The 2,900-ton Deyi had "
                 "arrived at Pohang from Nakhodka on Jan. 14. It is the first such seizure since "
                 "2019, when the tanker Wise Honest was detained off Indonesia.")
    (deyi,) = [e for e in f.entities if e.name == "Deyi"]
    assert (deyi.flag, deyi.vessel_type) == ("MNG", "cargo ship")
    by_id = {e.id: e.name for e in f.entities}
    held = sorted((by_id[e.target or ""], e.date, len(e.evidence)) for e in f.events
                  if e.type == "Detention")
    assert held == [("Deyi", "2024-01-18", 2), ("Wise Honest", "2019", 1)]
    # a ship of another kind named later is another ship
    f = facts_of("Houthi forces attacked a Greek-owned tanker on Monday. The bulk carrier Deyi "
                 "was not damaged.")
    (deyi,) = [e for e in f.entities if e.name == "Deyi"]
    assert deyi.vessel_type == "bulk carrier"


def test_weeks_earlier_is_weeks_before_the_whole_time_told() -> None:
    f = facts_of("The tanker Suez Rajan loaded the oil from the tanker Virgo near Singapore in "
                 "February 2023. The Virgo had taken on the cargo at Kharg Island weeks earlier.")
    assert dated(f, "PortCall") == {("Virgo", "Kharg Island"): "2022-12-07/2023-02-14"}
    f = facts_of("The tanker Virgo arrived at Singapore on 20 February 2023. It had loaded at "
                 "Kharg Island days earlier.")
    assert dated(f, "PortCall")[("Virgo", "Kharg Island")] == "2023-02-10/2023-02-19"


def test_what_one_side_claims_that_a_ship_did_is_a_possibility() -> None:
    f = facts_of("Intelligence also claims that the Russian-flagged Matros Pozynich delivered grain "
                 "from Sevastopol to Syria's Latakia in April.")
    assert transfers(f) == {("Matros Pozynich", "Sevastopol", "Latakia")}
    assert {e.confidence for e in f.events} == {"realistic possibility"}
    # a course claimed, and a claim that denies, are none
    assert facts_of("The tanker Blue Sorrel claimed to be heading to Port Said.").events == []
    assert facts_of("Russia claims that the tanker Lumo did not call at Latakia.").events == []
    # a charge attributed at the sentence's end
    f = facts_of("The tanker Lydia loaded at Jose in March 2021 and discharged the oil at Baniyas "
                 "in May, prosecutors allege.")
    assert {e.confidence for e in f.events} == {"realistic possibility"}
    f = facts_of("The tanker Lydia discharged at Baniyas in May, a claim its owners deny.")
    assert {e.confidence for e in f.events} == {"reported"}


def test_a_way_taken_is_not_a_destination_meant() -> None:
    f = facts_of("The tanker Ceres I loaded crude at Jose. It then headed east and, on 9 January, "
                 "transferred part of the cargo to the Malaysia-flagged Ocean Pearl off Sao Tome.")
    assert sts_events(f) == [(frozenset({"Ceres I", "Ocean Pearl"}), "Sao Tome", 1)]
    assert calls(facts_of("The tanker Ceres I was heading east to Sikka.")) == set()


def test_the_cargo_passed_to_a_named_ship_is_the_load_of_the_ship_told_before() -> None:
    f = facts_of("The VLCC Thalia III loaded at Jose. Analysts believe the crude was transferred "
                 "to the tanker Huge, which then sailed for Rizhao.")
    assert sts_events(f) == [(frozenset({"Thalia III", "Huge"}), None, 1)]
    assert {e.confidence for e in f.events if e.type == "ShipToShipTransfer"} == {"likely"}
    # a cargo the named ship loaded itself passes from it
    f = facts_of("The VLCC Thalia III loaded at Jose. The tanker Huge later loaded crude that was "
                 "transferred to the tanker Kira.")
    assert sts_events(f) == [(frozenset({"Huge", "Kira"}), None, 1)]


def test_a_log_of_calls_dated_by_arrival_and_departure_columns() -> None:
    f = facts_of("| Vessel | IMO | Flag | Port | Arrived | Departed |\n"
                 "| --- | --- | --- | --- | --- | --- |\n"
                 "| Sparta IV | 9160994 | Russia | Tartus | 3 March | 7 March |\n"
                 "| Lady Maria | 9162112 | Russia | Rajin | 20 March | |\n")
    assert dated(f, "PortCall") == {("Sparta IV", "Tartus"): "2024-03-03/2024-03-07",
                                    ("Lady Maria", "Rajin"): "2024-03-20"}


def test_a_movements_bulletin_with_a_port_s_line_over_its_dated_entries() -> None:
    f = facts_of("Ship movements bulletin\n\nNovorossiysk\n"
                 "- 10 May: MV Kapitan Kudlay (RUS) departed for Tartus with general cargo.\n"
                 "- 11 May: Angara (RUS) arrived from Vostochny; berthed at the naval pier.\n\n"
                 "TARTUS\n- 12 May: Sparta IV (RUS) discharging military vehicles.\n"
                 "- 13 May: Tanker Arlan (Cameroon) at anchor awaiting berth.")
    # (it left Vostochny in the weeks before it arrived, as "arrived from" tells)
    assert dated(f, "PortCall") == {
        ("Kapitan Kudlay", "Novorossiysk"): "2023-05-10", ("Angara", "Vostochny"): "2023-04-11/2023-05-11",
        ("Angara", "Novorossiysk"): "2023-05-11", ("Sparta IV", "Tartus"): "2023-05-12",
        ("Arlan", "Tartus"): "2023-05-13"}
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Kapitan Kudlay": "RUS", "Angara": "RUS", "Sparta IV": "RUS", "Arlan": "CMR"}
    # a blank line ends the port's section; a port named in a sentence of prose heads nothing
    f = facts_of("Novorossiysk\n- 10 May: Angara (RUS) arrived from Vostochny.\n\n"
                 "- 12 May: Sparta IV (RUS) discharging wheat.")
    assert calls(f) == {("Angara", "Novorossiysk"), ("Angara", "Vostochny")}


def test_a_ship_whose_owner_was_sanctioned_and_ships_that_offload_onto_ships() -> None:
    f = facts_of("The tanker Kira, whose Dubai-based owner was sanctioned last year, called at "
                 "Sikka on March 5th.")
    assert [e.type for e in f.events] == ["PortCall"]
    f = facts_of("The tanker Kira, whose owner is based in Dubai, was sanctioned in May.")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2023-05")]
    f = facts_of("The Kira offloaded its oil onto the Lumo near Lome.")
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), "Lome", 1)]
    assert calls(facts_of("The tanker Kira sat at the Kozmino terminal for three days.")) == \
        {("Kira", "Kozmino")}


def test_supplies_between_states_told_in_more_ways() -> None:
    f = facts_of("Caracas sent two cargoes of fuel oil to Havana in July.")
    assert transfers(f) == {(None, "Venezuela", "Havana")}
    f = facts_of("Tehran exported 1.5 million barrels per day, mostly to China.")
    assert [(e.cargo, e.origin is not None) for e in f.events] == [(None, True)]
    f = facts_of("Russian oil flows to India slowed in the first half of 2024.")
    assert transfers(f) == {(None, "Russia", "India")}
    # ships deployed are no cargo, nor is money
    assert facts_of("Russia sent two frigates to Tartus.").events == []
    assert facts_of("Cash flows to Russia rose.").events == []


def test_unnamed_ships_carrying_a_state_s_cargo_and_a_ship_s_people_held() -> None:
    f = facts_of("According to Lloyd's List Intelligence, Sovcomflot tankers have carried Russian "
                 "crude to India.")
    assert transfers(f) == {(None, "Russia", "India")}
    assert facts_of("Russia carried out strikes on Ukraine.").events == []
    # the master or crew of a ship held is no detention of the ship
    f = facts_of("Captain Ivan Petrov, master of the tanker Lumo, was arrested in Fujairah.")
    assert [e for e in f.events if e.type == "Detention"] == []
    f = facts_of("Police detained the tanker Lumo and arrested the master of the Lumo.")
    assert [e.type for e in f.events] == ["Detention"]


def test_a_state_s_supply_and_the_named_ship_that_carried_it_next() -> None:
    f = facts_of("Iran shipped 2 million barrels of crude to Syria in May. The tanker Lumo "
                 "delivered the cargo to Baniyas on 20 May.")
    assert transfers(f) == {("Lumo", "Iran", "Baniyas")}
    assert cargo_set(f) == {"crude"}
    f = facts_of("Russia sent two cargoes of oil to Cuba in July. One of them, aboard the tanker "
                 "Kira, reached Matanzas on 12 July.")
    assert transfers(f) == {(None, "Russia", "Cuba"), ("Kira", "Russia", "Matanzas")}
    # another cargo delivered next is another voyage
    f = facts_of("Iran shipped crude to Syria in May. The tanker Lumo delivered wheat to Baniyas "
                 "on 20 May.")
    assert transfers(f) == {(None, "Iran", "Syria"), ("Lumo", None, "Baniyas")}


def test_members_of_a_group_told_one_after_another() -> None:
    f = facts_of("Three bulk carriers unloaded wheat at Iskenderun last month, port agents said.\n"
                 "The Syrian-flagged Souria arrived on 3 August from Sevastopol. The "
                 "Cameroonian-flagged Aris came from Kavkaz.", date="2023-09-14")
    assert dated(f, "PortCall")[("Aris", "Iskenderun")] == "2023-08"
    assert ("Aris", "Kavkaz", "Iskenderun") in transfers(f)
    # a sentence between that tells of another port breaks the group's thread
    f = facts_of("Three bulk carriers unloaded wheat at Iskenderun last month.\nThe bulk carrier "
                 "Souria loaded at Sevastopol in June. The bulk carrier Aris came from Kavkaz.",
                 date="2023-09-14")
    assert ("Aris", "Iskenderun") not in calls(f)


def test_a_cargo_told_by_a_gerund_after_the_arrival() -> None:
    for took in ("after loading 6,200 tonnes of wheat at", "after taking on wheat at"):
        f = facts_of(f"The ship Lark Vale arrived at Karasu on Thursday {took} Sevastopol.",
                     date="2023-11-18")
        assert transfers(f) == {("Lark Vale", "Sevastopol", "Karasu")} and cargo_set(f) == {"wheat"}
    # a loading word that is no verb names no cargo
    f = facts_of("Imagery shows the ship Lark Vale at the coal loading wharf of Nampo on 3 March. It "
                 "then sailed to Longkou.", date="2023-11-18")
    assert transfers(f) == {("Lark Vale", "Nampo", "Longkou")} and cargo_set(f) == {None}


def test_the_ship_met_at_sea_is_no_subject_of_the_voyage_after() -> None:
    for met in ("loaded diesel alongside the Lark Sun", "conducted an STS transfer with the Lark Sun"):
        f = facts_of(f"The tanker Dawn Wren {met} on 3 May and sailed to Nampo.", date="2024-06-01")
        assert calls(f) == {("Dawn Wren", "Nampo")}
    # (a cargo taken on off a port ends before the port)
    f = facts_of("The tanker Dawn Wren loaded an unknown cargo off Shidao on 3 May and sailed to Nampo.",
                 date="2024-06-01")
    assert transfers(f) == {("Dawn Wren", "Shidao", "Nampo")} and cargo_set(f) == {None}
    f = facts_of("The tanker Dawn Wren took on diesel off Shidao on 3 May and sailed to Nampo.",
                 date="2024-06-01")
    assert cargo_set(f) == {"diesel"}


def test_a_call_the_text_takes_back_is_none() -> None:
    f = facts_of("An earlier version of this article said the cargo ship Lark Star called at Rajin in "
                 "July. We regret the error.", date="2024-09-12")
    assert calls(f) == set()
    f = facts_of("Some reports said the cargo ship Lark Star called at Rajin in July. It did not; imagery "
                 "shows the ship at Vostochny throughout July.", date="2024-09-12")
    assert calls(f) == {("Lark Star", "Vostochny")}
    f = facts_of("The tanker Lark Star was wrongly reported to have called at Rajin in July.",
                 date="2024-09-12")
    assert calls(f) == set()
    # (a ship's own false signal is no claim taken back)
    f = facts_of("The tanker Lark Star wrongly reported its position while it loaded at Rajin in July.",
                 date="2024-09-12")
    assert calls(f) == {("Lark Star", "Rajin")}
    # (what it did not do there is no denial of the call)
    f = facts_of("The cargo ship Lark Star called at Rajin in July. It did not unload there.",
                 date="2024-09-12")
    assert calls(f) == {("Lark Star", "Rajin")}


def test_catch_transshipped_from_two_ships_to_a_third() -> None:
    for taker in ("the reefer Kite Frost", "the refrigerated cargo vessel Kite Frost"):
        f = facts_of(f"Two jiggers, the Yue Wren 8 and the Yue Wren 9, transshipped their catch to {taker} "
                     "off Argentina in March.", date="2024-04-30")
        assert sorted(e["vessels"] for e in kinds(f, "ShipToShipTransfer")) == [
            ["Yue Wren 8", "Kite Frost"], ["Yue Wren 9", "Kite Frost"]]
    # "both jiggers": the two ships of that kind, not the last two named
    f = facts_of("Two jiggers, the Yue Wren 8 and the Yue Wren 9, transshipped their catch to the reefer "
                 "Kite Frost in March. The Kite Frost then sailed to Montevideo. Both jiggers had "
                 "switched off their AIS before the transfers.", date="2024-04-30")
    assert sorted(e["vessel"] for e in kinds(f, "AISGap")) == ["Yue Wren 8", "Yue Wren 9"]
    f = facts_of("The Aframaxes Kite Sun and Lark Sun met the VLCC Grey Sun in May. The two Aframaxes had "
                 "switched off their AIS.", date="2024-06-01")
    assert sorted(e["vessel"] for e in kinds(f, "AISGap")) == ["Kite Sun", "Lark Sun"]
    # (ships that transshipped, with no taker named, did so with each other)
    f = facts_of("The jiggers Yue Wren 8 and Yue Wren 9 transshipped fish in March.", date="2024-04-30")
    assert [e["vessels"] for e in kinds(f, "ShipToShipTransfer")] == [["Yue Wren 8", "Yue Wren 9"]]


def test_a_transfer_at_sea_told_as_unconfirmed_is_a_possibility() -> None:
    for told in ("may have carried out a transfer in May, but we could not confirm it",
                 "carried out a transfer in May, but this could not be independently verified"):
        f = facts_of(f"The tankers Kite Sun and Lark Sun {told}.", date="2024-06-01")
        assert [(e["vessels"], e["confidence"]) for e in kinds(f, "ShipToShipTransfer")] == [
            (["Kite Sun", "Lark Sun"], "realistic possibility")], told
    f = facts_of("The tankers Kite Sun and Lark Sun did not carry out a transfer in May.", date="2024-06-01")
    assert kinds(f, "ShipToShipTransfer") == []


def test_ships_that_met_off_a_port_where_they_passed_cargo_made_no_call() -> None:
    for off in ("about 30 miles off", "off"):
        f = facts_of(f"On 5 May the tanker Kite Sun met the tanker Lark Sun {off} Ceuta, where they "
                     "transferred fuel oil.", date="2024-06-01")
        assert calls(f) == set()
        assert [e["vessels"] for e in kinds(f, "ShipToShipTransfer")] == [["Kite Sun", "Lark Sun"]]
    f = facts_of("On 5 May the tanker Kite Sun sailed to Ceuta, where it unloaded fuel oil.",
                 date="2024-06-01")
    assert calls(f) == {("Kite Sun", "Ceuta")}


def test_the_other_ship_of_the_deal_a_ship_was_seized_for_is_not_seized() -> None:
    f = facts_of("Indonesian authorities seized the tanker Kite Sun off Batam on 7 July for an illegal "
                 "transfer of oil with the Cameroon-flagged Lark Sun.", date="2024-08-01")
    assert [e["target"] for e in kinds(f, "Detention")] == ["Kite Sun"]
    f = facts_of("Indonesian authorities seized the tankers Kite Sun and Lark Sun off Batam on 7 July.",
                 date="2024-08-01")
    assert sorted(e["target"] for e in kinds(f, "Detention")) == ["Kite Sun", "Lark Sun"]


def test_a_voyage_from_a_state_told_in_an_aside_ends_when_the_ship_arrived() -> None:
    f = facts_of("The tanker Wren Sabah, which loaded in Iraq, discharged at Hodeidah in July.",
                 date="2024-08-29")
    assert dated(f, "Transfer") == {("Wren Sabah", "Iraq", "Hodeidah"): "2024-07"}
    f = facts_of("The tanker Wren Sabah, which loaded in Iraq, discharged at Hodeidah.", date="2024-08-29")
    assert dated(f, "Transfer") == {("Wren Sabah", "Iraq", "Hodeidah"): None}


def test_a_watch_kept_on_a_port_and_its_numbered_arrivals() -> None:
    text = ("Our monitoring of the Libyan port of Benghazi in May found three Russian-linked ships."
            "\n\n1. Wren Harbour (Togo flag) arrived on 3 May and left on 9 May. Images taken on 5 "
            "May show lorries on the quay beside her.\n"
            "2. Lark Meadow, a general cargo ship, arrived on 21 May.")
    f = facts_of(text, date="2025-06-10")
    assert dated(f, "PortCall") == {("Wren Harbour", "Benghazi"): "2025-05-03/2025-05-09",
                                    ("Lark Meadow", "Benghazi"): "2025-05-21"}
    # a watch that found no ships there, or a paragraph between on other things, tells no call
    f = facts_of(text.replace("found three Russian-linked ships", "began after a lull"),
                 date="2025-06-10")
    assert calls(f) == set()
    f = facts_of("Our monitoring of the Libyan port of Benghazi in May found three Russian-linked "
                 "ships.\n\nThe navy said it tracked other ships elsewhere.\n\nThe cargo ship "
                 "Lark Meadow arrived on 21 May.", date="2025-06-10")
    assert calls(f) == set()


def test_a_storage_unit_spelled_out_and_a_cargo_discharged_where_it_lay() -> None:
    f = facts_of("The LNG carriers Asya Energy and Everest Energy loaded at Utrenneye. The Asya "
                 "Energy sailed to the Koryak floating storage unit off Kamchatka, where she "
                 "discharged part of her cargo in mid-April. The US Treasury designated both "
                 "carriers in February.")
    # (off a named region: there, as "off Hurd's Bank"; off a state would be at sea, none)
    assert sts_events(f) == [(frozenset({"Asya Energy", "Koryak"}), "Kamchatka", 1)]
    by_id = {e.id: e.name for e in f.entities}
    assert sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction") == \
        ["Asya Energy", "Everest Energy"]
    # where it went is a port: a call there, no meeting
    f = facts_of("The tanker Lumo sailed to Sikka, where she discharged.")
    assert sts_events(f) == [] and calls(f) == {("Lumo", "Sikka")}


def test_a_state_s_cargo_that_reached_another_and_the_ports_it_went_through() -> None:
    # (through the port of the state they came from: they left from it)
    f = facts_of("Weapons from North Korea have reached Russia via the port of Rajin.")
    assert transfers(f) == {(None, "Rajin", "Russia")}
    assert cargo_set(f) == {"weapons"}
    f = facts_of("Iran shipped drones to the Caspian port of Astrakhan.")
    assert transfers(f) == {(None, "Iran", "Astrakhan")}
    # people are no cargo; what has not reached is none
    assert facts_of("Tourists from China reached Russia.").events == []
    assert facts_of("Weapons from North Korea have not reached Russia.").events == []


def test_a_state_s_cargo_named_by_its_adjective_that_reached_another() -> None:
    f = facts_of("North Korean coal continued to reach China in 2023.")
    assert transfers(f) == {(None, "North Korea", "China")} and cargo_set(f) == {"coal"}
    assert dated(f, "Transfer") == {("North Korea", "China"): "2023"}
    f = facts_of("Officials said Iranian-made drones and missiles had reached Russia.")
    assert transfers(f) == {(None, "Iran", "Russia")} and cargo_set(f) == {"drones and missiles"}
    # people are no cargo; what has not reached, none
    assert facts_of("Russian officials reached China on Monday.").events == []
    assert facts_of("North Korean shells have not reached Russia.").events == []


def test_a_port_that_received_a_ship() -> None:
    f = facts_of("Tartus received the cargo ship Sparta IV on 3 May.")
    assert dated(f, "PortCall") == {("Sparta IV", "Tartus"): "2023-05-03"}
    assert calls(facts_of("Tartus's port also welcomed the Russian cargo ship Sparta IV.")) == \
        {("Sparta IV", "Tartus")}
    assert calls(facts_of("Tartus did not receive the cargo ship Sparta IV.")) == set()
    assert calls(facts_of("Tartus is expected to receive the cargo ship Sparta IV.")) == set()


def test_more_ship_to_ship_wordings() -> None:
    f = facts_of("The VLCC Kira was seen lightering the Aframax Lumo near Singapore.")
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), None, 1)]
    f = facts_of("Satellite images show the tankers Kira and Lumo moored alongside each other off "
                 "Ceuta.")
    assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), "Ceuta", 1)] and calls(f) == set()
    f = facts_of("The tanker Kira transferred cargo to the tankers Lumo and Vega in May.")
    assert sorted(sorted(p) for p, _, _ in sts_events(f)) == [["Kira", "Lumo"], ["Kira", "Vega"]]
    f = facts_of("The tanker Kira transferred about 1.9 million barrels to two smaller tankers, "
                 "the Eos and the Salina, before returning to the Gulf.")
    assert sorted(sorted(p) for p, _, _ in sts_events(f)) == [["Eos", "Kira"], ["Kira", "Salina"]]
    # to tankers unnamed: none
    assert sts_events(facts_of("Both ships transferred their cargoes to tankers off Oman.")) == []


def test_a_state_s_cargo_aboard_told_in_an_aside_goes_where_the_ship_arrived() -> None:
    f = facts_of("The bulk carrier Lark, carrying wheat from Russia, docked at Alexandria on 5 May.")
    assert transfers(f) == {("Lark", "Russia", "Alexandria")}
    f = facts_of("The bulk carrier Lark, carrying Russian wheat, docked at Alexandria on 5 May.")
    assert transfers(f) == {("Lark", "Russia", "Alexandria")}
    assert dated(f, "PortCall") == {("Lark", "Alexandria"): "2023-05-05"}
    # a ship taken somewhere, or seized on the way, delivered nothing
    assert transfers(facts_of("The bulk carrier Lark, carrying Russian wheat, was seized off "
                              "Alexandria.")) == set()
    assert transfers(facts_of("The tanker Advent Sweet, carrying Kuwaiti crude for a refiner, "
                              "was taken to Bandar Abbas after the seizure.")) == set()


def test_a_ship_s_cargo_of_a_state_s_goods_discharged() -> None:
    f = facts_of("The bulk carrier Lark's cargo of Russian wheat was discharged at Alexandria.")
    assert transfers(f) == {("Lark", "Russia", "Alexandria")}
    assert cargo_set(f) == {"Russian wheat"}
    f = facts_of("The bulk carrier Lark's cargo of wheat was discharged at Alexandria.")
    assert transfers(f) == {("Lark", None, "Alexandria")} and cargo_set(f) == {"wheat"}


def test_a_quantity_alone_names_no_cargo() -> None:
    assert cargo_set(facts_of("The tanker Kira discharged 700,000 barrels at Sikka.")) == {None}
    assert cargo_set(facts_of("The tanker Kira discharged 700,000 barrels of crude at Sikka.")) == \
        {"crude"}


def test_designations_by_a_package_or_a_list_and_ships_left_out() -> None:
    def targets(text: str) -> list[str]:
        f = facts_of(text)
        by_id = {e.id: e.name for e in f.entities}
        return sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction")
    assert targets("The EU's 14th sanctions package lists 27 vessels, including the tankers Kira "
                   "and Lumo.") == ["Kira", "Lumo"]
    assert targets("The tanker Kira was added to the SDN list in May.") == ["Kira"]
    assert targets("The EU sanctions package targets banks, not the tanker Kira.") == []
    assert targets("Treasury designated the tankers Lumo and Vega but not the Kira.") == ["Lumo", "Vega"]


def test_a_ship_held_by_police_and_a_signal_that_disappeared() -> None:
    f = facts_of("Finnish police have been holding the tanker Kira since 26 December.")
    assert [(e.type, e.date) for e in f.events] == [("Detention", "2023-12-26/2024-03-22")]
    f = facts_of("The tanker Kira's AIS signal disappeared near Hormuz on 3 May.")
    assert [(e.type, e.date) for e in f.events] == [("AISGap", "2023-05-03")]
    assert facts_of("Customs officers held a press conference about the tanker Kira.").events == []
    f = facts_of("The border guard has taken control of the oil tanker Kira off Porvoo.")
    assert [e.type for e in f.events] == ["Detention"]
    # control of a place where a ship was is no seizure of the ship
    f = facts_of("Rebels took control of the port of Hodeidah, where the tanker Kira was moored.")
    assert [e.type for e in f.events] == ["PortCall"]


def _designated(text: str) -> list[str]:
    f = facts_of(text)
    by_id = {e.id: e.name for e in f.entities}
    return sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction")


def test_designations_of_firms_told_as_object_or_subject() -> None:
    assert _designated("The Treasury sanctioned Caspian Logistics LLC, the owner of the tanker "
                       "Olya.") == ["Caspian Logistics LLC"]
    assert _designated("The Office of Foreign Assets Control designated Hong Kong-based Trident "
                       "Marine Ltd and Gulf Star LLC.") == ["Gulf Star LLC", "Trident Marine Ltd"]
    assert _designated("The Treasury sanctioned the tanker Port Olya-4 in November 2023 and "
                       "designated its owner, Caspian Logistics LLC, in the same action.") == \
        ["Caspian Logistics LLC", "Port Olya-4"]
    # a passive, after an aside or in a relative clause
    assert _designated("Sovcomflot, Russia's largest shipping company, was sanctioned by the UK "
                       "in 2022.") == ["Sovcomflot"]
    assert _designated("The tanker is managed by Trident Marine Ltd, which was designated in "
                       "May.") == ["Trident Marine Ltd"]
    # who designates is none; what is denied is none; nor a firm told of in another clause
    assert _designated("OFAC designated the tanker Kira for carrying oil for Sahara Thunder.") == \
        ["Kira"]
    assert _designated("Sovcomflot was not sanctioned by the EU.") == []
    assert _designated("Gatik Ship Management, which has not been sanctioned, operates the "
                       "tanker Kira.") == []
    assert _designated("Windward said the tanker Kira was sanctioned.") == ["Kira"]


def test_two_ships_that_met_in_a_report_of_transfers() -> None:
    f = facts_of("The tanker Valor transferred diesel to the Sea Harmony off Gytheio on 28 May. "
                 "Two days later a second pair of tankers, the Cameroon-flagged Ocean Pearl and the "
                 "Nordic Star, met in the same area.")
    assert sorted((sorted(p), loc) for p, loc, _ in sts_events(f)) == [
        (["Nordic Star", "Ocean Pearl"], "Gytheio"), (["Sea Harmony", "Valor"], "Gytheio")]
    # (cargo passed "to the Sea Harmony": a ship, as the one who passed it is)
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2023-05-28",
                                                                             "2023-05-30"]
    # the flag of the first ship of "the X and the Y" is its own
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags["Ocean Pearl"] == "CMR" and flags["Nordic Star"] is None
    # a time told of the ships in an aside is not the meeting's
    f = facts_of("Ship-to-ship transfers went on. The tankers Yuk Tung and Sam Jong 2, both "
                 "sanctioned by the UN in 2018, met in the Yellow Sea.")
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == [None]
    # not with no transfer told before, not who met for the ships, not a meeting denied
    assert sts_events(facts_of("The tankers Ocean Pearl and Nordic Star met off Gytheio.")) == []
    for text in ("Officials of the tankers Ocean Pearl and Nordic Star met in Athens.",
                 "The tankers Ocean Pearl and Nordic Star did not meet off Gytheio."):
        assert sts_events(facts_of("Ship-to-ship transfers have resumed off Greece. " + text)) == []


def test_a_clause_set_against_another_has_its_own_hedging() -> None:
    f = facts_of("The tanker Salina unloaded at Qingdao in early December, while the tanker Eos is "
                 "thought to have gone to Yantai.")
    assert {(e.port and {x.id: x.name for x in f.entities}[e.port], e.confidence)
            for e in f.events if e.type == "PortCall"} == {("Qingdao", "reported"),
                                                           ("Yantai", "likely")}
    f = facts_of("The tanker Salina likely unloaded at Qingdao, whereas the tanker Eos called at "
                 "Yantai.")
    by_id = {x.id: x.name for x in f.entities}
    assert {(by_id[e.port or ""], e.confidence) for e in f.events if e.type == "PortCall"} == \
        {("Qingdao", "likely"), ("Yantai", "reported")}
    # a hedge that looks back ("but this could not be confirmed") still bears on what it follows
    f = facts_of("The tanker Salina unloaded at Qingdao, but this could not be confirmed.")
    assert {e.confidence for e in f.events} == {"realistic possibility"}
    # where a ship has gone is where it called; not where it may have gone
    assert calls(facts_of("The tanker Eos has gone to Yantai.")) == {("Eos", "Yantai")}
    assert calls(facts_of("The tanker Eos could have gone to Yantai.")) == set()


def test_cargo_a_ship_arrived_with_and_a_port_that_received_a_ship() -> None:
    f = facts_of("Ghana's Takoradi port received the tanker Andromeda Star, which arrived from "
                 "Primorsk on 29 September with 37,000 tonnes of diesel.")
    assert transfers(f) == {("Andromeda Star", "Primorsk", "Takoradi")} and cargo_set(f) == {"diesel"}
    f = facts_of("Takoradi received the tanker Andromeda Star, which arrived from Primorsk with diesel.")
    assert cargo_set(f) == {"diesel"}
    # people aboard are no cargo
    f = facts_of("The tanker Lark sailed from Tartus to Beirut with gas company officials aboard.")
    assert transfers(f) == {("Lark", "Tartus", "Beirut")} and cargo_set(f) == {None}


def test_a_cargo_s_acronym_is_no_ship() -> None:
    f = facts_of("The Iron Crown docked at Dartmouth on 12 March, where it discharged LPG. On 7 April "
                 "the Iron Crown and the LPG carrier Azure Harmony conducted a ship-to-ship transfer "
                 "off Jeddah.")
    assert names(f, "Vessel") == {"Iron Crown", "Azure Harmony"}
    assert [sorted(p) for p, _, _ in sts_events(f)] == [["Azure Harmony", "Iron Crown"]]


def test_ships_that_conducted_a_transfer() -> None:
    f = facts_of("The Panama-flagged Solana and the Eswatini-flagged Ruby Star likely conducted a "
                 "transfer on 2 December.")
    assert sts_events(f) == [(frozenset({"Solana", "Ruby Star"}), None, 1)]
    assert {e.confidence for e in f.events} == {"likely"}
    f = facts_of("The tanker Solana conducted a transfer with the Ruby Star off Malaysia.")
    assert sts_events(f) == [(frozenset({"Solana", "Ruby Star"}), None, 1)]
    # a transfer of ownership is none; a bank is no ship
    assert sts_events(facts_of("The owners of the tankers Solana and Ruby Star completed a "
                               "transfer of ownership.")) == []
    assert names(facts_of("The bank conducted a transfer with the Bank of England."), "Vessel") == set()


def test_a_laden_departure_then_a_stop_then_a_discharge_is_one_voyage() -> None:
    f = facts_of("The bulk carrier Dusk Wren left Berdiansk in late September with some 28,000 "
                 "tonnes of wheat. It reappeared off Samsun on 7 October. The Dusk Wren then "
                 "sailed through the Bosphorus and unloaded at Damietta between 19 and 23 October.",
                 date="2024-11-05")
    assert transfers(f) == {("Dusk Wren", "Berdyansk", "Damietta")}
    # a departure with no load told is no loading: each leg stays
    g = facts_of("The bulk carrier Dusk Wren left Berdiansk in late September. It reappeared off "
                 "Samsun on 7 October. The Dusk Wren then sailed through the Bosphorus and "
                 "unloaded at Damietta between 19 and 23 October.", date="2024-11-05")
    assert transfers(g) == {("Dusk Wren", "Berdyansk", "Samsun"), ("Dusk Wren", "Samsun", "Damietta")}


def test_a_voyage_under_way_told_with_its_load_is_a_transfer_and_no_call_at_its_end() -> None:
    f = facts_of("The ship, named Kite Wren, was sailing from Ust-Luga to Jeddah with a cargo of "
                 "fertiliser.")
    assert transfers(f) == {("Kite Wren", "Ust-Luga", "Jeddah")}
    assert calls(f) == {("Kite Wren", "Ust-Luga")}
    g = facts_of("The bulk carrier Kite Wren is heading to Jeddah with a cargo of fertiliser.")
    assert transfers(g) == {("Kite Wren", None, "Jeddah")} and calls(g) == set()
    # no load told, a plan, or a voyage cut short: no transfer
    for told in ("The bulk carrier Kite Wren was sailing from Ust-Luga to Jeddah.",
                 "The bulk carrier Kite Wren will sail from Ust-Luga to Jeddah with a cargo of fertiliser.",
                 "The bulk carrier Kite Wren, sailing from Ust-Luga to Mumbai with fertiliser, was held "
                 "at Tallinn.",
                 "On 12 June a merchant vessel reported being struck by a drone boat. The vessel, the "
                 "bulk carrier Kite Wren, suffered flooding.\n\nThe ship had been sailing from Malaysia "
                 "to Italy with a cargo of coal."):
        assert transfers(facts_of(told)) == set(), told


def test_a_cargo_unloaded_by_another_ship_later_in_the_sentence_is_not_this_one_s() -> None:
    f = facts_of("On July 3, the cargo ship Laodicea Wren discharged a similar amount at Tartous; and "
                 "on July 9, the Fidelio Wren unloaded corn at Latakia.", date="2023-07-19")
    cargo = {e.vessel: e.cargo for e in f.events if e.type == "Transfer"}
    ships = {e.id: e.name for e in f.entities}
    assert {ships[k]: v for k, v in cargo.items() if k} == {"Laodicea Wren": None, "Fidelio Wren": "corn"}
    # two ships told with one deed both unloaded it
    g = facts_of("The cargo ships Laodicea Wren and Fidelio Wren unloaded corn at Latakia.")
    assert {e.cargo for e in g.events if e.type == "Transfer"} == {"corn"}
    assert len([e for e in g.events if e.type == "Transfer"]) == 2
    # (nor one of several trips told together)
    h = facts_of("Between September 2022 and January 2023 the cargo ship Lark Star made five voyages from "
                 "Sevastopol to Latakia. In one case, imagery from 14 December 2022 shows the Lark Star "
                 "moored at the grain terminal in Sevastopol. It arrived in Latakia on 21 December.",
                 date="2023-03-01")
    assert sorted(e.date or "" for e in h.events if e.type == "Transfer") == [
        "2022-09/2023-01", "2022-12-14/2022-12-21"]


def test_a_stop_on_the_way_is_no_stop_where_the_cargo_discharged_is_another() -> None:
    # the grain loaded is the grain discharged: Novorossiysk was on the way
    f = facts_of("The bulk carrier Lark loaded wheat at Sevastopol on 3 May and sailed to "
                 "Novorossiysk, where it stayed four days. It discharged the wheat at Karasu on 20 May.")
    assert transfers(f) == {("Lark", "Sevastopol", "Karasu")}
    # LPG loaded, containers discharged: two voyages, each with its own cargo
    f = facts_of("On 12 April 2023, the tanker Azure Trader loaded LPG at Cordova before sailing to "
                 "Harnosand. The Azure Trader docked at Alghero on 2 May 2023, where it discharged "
                 "containers.")
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.origin or ""], by_id[e.destination or ""], e.cargo) for e in f.events
            if e.type == "Transfer"} == {("Cordova", "Harnosand", "LPG"),
                                          ("Harnosand", "Alghero", "containers")}


def test_a_ship_named_before_an_aside_on_its_standing() -> None:
    f = facts_of("The Lady R, under US sanctions, docked at Simon's Town naval base in December 2022.")
    assert dated(f, "PortCall") == {("Lady R", "Simon's Town"): "2022-12"}
    assert names(facts_of("The Kremlin, under pressure, called at the talks."), "Vessel") == set()
    assert calls(facts_of("The Kira, like the Lumo, called at Tartus in May.")) >= {("Kira", "Tartus")}
    # a title doing what ships do is a person's
    f = facts_of("The tanker Kira docked at Tartus. Two days after arriving in Tartus, the Minister "
                 "met the ship's captain.")
    assert names(f, "Vessel") == {"Kira"}


def test_a_list_of_ships_observed_at_a_port_each_with_its_day() -> None:
    f = facts_of("Ships observed at Rajin in May: Angara (8 May); Maria (12 May); Lady Maria "
                 "(20 May). All three are Russian-flagged cargo ships.")
    assert dated(f, "PortCall") == {("Angara", "Rajin"): "2023-05-08", ("Maria", "Rajin"): "2023-05-12",
                                    ("Lady Maria", "Rajin"): "2023-05-20"}


def test_names_in_quotes_joined_as_subjects_and_a_compound_of_the_kind_word() -> None:
    f = facts_of('The large landing ship "Alexander Shabalin" and the cargo vessel "Sparta IV" entered '
                 'the port of Tartus on February 17.')
    assert calls(f) == {("Alexander Shabalin", "Tartus"), ("Sparta IV", "Tartus")}
    # "the ship manager of X" is no mention of the ship: the designation is the manager's
    f = facts_of("Among the vessels designated today is the crude tanker SARAK (IMO 9223485). Hong "
                 "Kong-based Star Ocean Ship Management Ltd, the ship manager of SARAK, is also being "
                 "designated.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted(by_id[e.target or ""] for e in f.events if e.type == "Sanction") == \
        ["SARAK", "Star Ocean Ship Management Ltd"]


def test_what_only_a_ship_has_names_it() -> None:
    f = facts_of("The Kira's last port of call was Sikka, where it discharged on 2 May.")
    assert dated(f, "PortCall") == {("Kira", "Sikka"): "2023-05-02"}
    assert names(facts_of("The Kremlin's last voyage of diplomacy was to Beijing."), "Vessel") == set()


def test_a_supply_told_over_a_whole_year() -> None:
    f = facts_of("Moscow supplied Damascus with fuel throughout 2023.")
    assert dated(f, "Transfer") == {("Russia", "Syria"): "2023"} and cargo_set(f) == {"fuel"}


def test_a_supply_told_by_its_noun_from_one_state_to_another() -> None:
    f = facts_of("Arms deliveries from Iran to Russia have continued.")
    assert transfers(f) == {(None, "Iran", "Russia")} and cargo_set(f) == {"arms"}
    f = facts_of("Shipments of crude from Venezuela to Cuba fell in May.")
    assert dated(f, "Transfer") == {("Venezuela", "Cuba"): "2023-05"} and cargo_set(f) == {"crude"}
    # no cargo named, a denial, or talk of what may come: none
    for text in ("Deliveries from Iran to Russia have continued.",
                 "Arms deliveries from Iran to Russia have not continued.",
                 "Officials discussed arms deliveries from Iran to Russia that could begin next year."):
        assert facts_of(text).events == [], text


def test_a_voyage_told_across_a_paragraph_about_the_ship() -> None:
    f = facts_of("The Gabon-flagged tankers Ostrich and Pelican have become regulars at Russia's "
                 "Baltic terminals. The former loaded diesel at Primorsk on 2 August; the latter took "
                 "on fuel oil at Ust-Luga two days later.\n\n"
                 "Both tankers then sailed to the Mediterranean. On 20 August the two ships met off "
                 "Kalamata, where the Ostrich passed part of its cargo to the Pelican.\n\n"
                 "The Pelican later discharged at Mersin on 29 August.")
    assert ("Pelican", "Ust-Luga", "Mersin") in transfers(f)
    # the meeting off the port is no call there
    assert ("Ostrich", "Kalamata") not in calls(f)
    assert sts_events(f) == [(frozenset({"Ostrich", "Pelican"}), "Kalamata", 1)]
    # not where the paragraph between is not about the ship, nor months apart
    f = facts_of("The tanker Pelican loaded fuel oil at Ust-Luga on 4 August. Prices rose.\n\n"
                 "Demand fell. Freight rates eased.\n\nThe tanker Pelican discharged at Mersin on 29 "
                 "August. It left on 2 September.")
    assert ("Pelican", "Ust-Luga", "Mersin") not in transfers(f)
    f = facts_of("The tanker Pelican loaded fuel oil at Ust-Luga on 4 March. Prices rose.\n\n"
                 "The Pelican is old. It was built in Japan.\n\nThe tanker Pelican discharged at "
                 "Mersin on 29 August. It left on 2 September.")
    assert ("Pelican", "Ust-Luga", "Mersin") not in transfers(f)


def test_the_deed_of_a_when_clause_after_a_year_is_of_that_year() -> None:
    f = facts_of("Shipments fell sharply after 2019, when authorities in Gibraltar seized the Grace "
                 "1, an Iranian tanker bound for Syria.")
    assert [e.date for e in f.events if e.type == "Detention"] == ["2019"]
    f = facts_of("Trade resumed after March 2021, when the tanker Kira docked at Baniyas.")
    assert dated(f, "PortCall") == {("Kira", "Baniyas"): "2021-03"}
    # a clause past the "when" clause has its own time
    f = facts_of("After 2019, when sanctions tightened, the tanker Kira docked at Baniyas in May.")
    assert dated(f, "PortCall") == {("Kira", "Baniyas"): "2023-05"}


def test_a_lead_s_tanker_named_next_as_a_crude_carrier() -> None:
    f = facts_of("A tanker carrying about 1 million barrels of Iranian crude oil unloaded at Syria's "
                 "Baniyas port last week. The Lotus, a Panama-flagged very large crude carrier, "
                 "arrived at Baniyas on 24 March.")
    assert cargo_set(f) == {"Iranian crude oil"} and {v for v, *_ in transfers(f)} == {"Lotus"}
    # a lead's tanker is no bulk carrier named next
    f = facts_of("A tanker docked at Baniyas. The Lotus, a bulk carrier, arrived at Tartus.")
    assert calls(f) == {("Lotus", "Tartus")}


def test_a_lead_s_supertanker_is_the_ship_named_next() -> None:
    f = facts_of("A Panama-flagged supertanker loaded crude at Jose this week, a source said. The "
                 "Grey Wren (IMO 9236353) arrived at Jose on March 9.")
    wren = next(e for e in f.entities if e.name == "Grey Wren")
    assert (wren.flag, wren.vessel_type) == ("PAN", "supertanker")
    assert {v for v, _ in calls(f)} == {"Grey Wren"}


def test_a_charge_laid_on_a_ship_in_an_aside_and_a_city_s_firms() -> None:
    f = facts_of("Separately, the Aframax Koala — previously accused of a spoofed AIS position near "
                 "Primorsk — lifted Urals crude at Ust-Luga on April 28 and headed for India.")
    assert dated(f, "PortCall") == {("Koala", "Ust-Luga"): "2023-04-28"}
    assert calls(facts_of("The tanker Koala was accused of calling at Ust-Luga.")) == set()
    # "Dubai-registered managers" and "a Limassol-headquartered firm": the cities, no ports
    f = facts_of("Tankers controlled by Dubai-registered managers and a Limassol-headquartered "
                 "firm called at Sikka.")
    assert names(f, "Port") == {"Sikka"} and names(f, "Place") == {"Dubai", "Limassol"}
    # a ship's port of registry is still a port
    assert names(facts_of("The Piraeus-registered tanker Kira docked at Tartus."), "Port") == \
        {"Piraeus", "Tartus"}


def test_each_port_of_a_list_had_what_the_list_s_verb_tells() -> None:
    f = facts_of("The bulk carrier Lark loaded wheat at Mykolaiv, Izmail and Reni.")
    assert {(by, e.activity) for e in f.events if e.type == "PortCall"
            for by in [{x.id: x.name for x in f.entities}[e.port or ""]]} == \
        {("Mykolaiv", "loading"), ("Izmail", "loading"), ("Reni", "loading")}
    assert transfers(f) == set()  # three loadings, no voyage between them


def test_a_state_s_cargo_told_with_its_possessive_bought_by_another() -> None:
    f = facts_of("China buys most of Iran's oil exports.")
    assert transfers(f) == {(None, "Iran", "China")} and cargo_set(f) == {"oil"}
    f = facts_of("Turkey imported sunflower oil from Russia's Novorossiysk.")
    assert transfers(f) == {(None, "Novorossiysk", "Turkey")} and cargo_set(f) == {"sunflower oil"}
    assert facts_of("India pays for Russian oil in rupees.").events == []


def test_firms_listed_under_a_designation_s_head() -> None:
    f = facts_of("Companies designated today:\n- Astra Nova Shipping Ltd (Marshall Islands), "
                 "registered owner of the tanker CASSIOPEIA STAR.\n- Silver Dune Maritime Co Ltd "
                 "(Hong Kong), its manager.\nThe Treasury said more would follow.")
    assert sorted(by_name(f, "Sanction")) == ["Astra Nova Shipping Ltd", "Silver Dune Maritime Co Ltd"]
    # the authority that designates opens no item of the list
    g = facts_of("Designated today:\n- The Treasury Department said the list would grow.")
    assert by_name(g, "Sanction") == []


def test_a_ship_taken_to_an_anchorage_near_a_port_was_at_the_port() -> None:
    f = facts_of("Coast guard officers boarded the tanker Grey Wren and it was escorted to an "
                 "anchorage near Porvoo. The tanker Dusk Heron dropped anchor off Ceyhan.")
    assert calls(f) == {("Grey Wren", "Porvoo"), ("Dusk Heron", "Ceyhan")}
    # sailing near a port is no call there
    g = facts_of("The tanker Grey Wren sailed near Porvoo on its way out of the gulf.")
    assert calls(g) == set()
    # a terminal near a port is the port's
    h = facts_of("The tanker Grey Wren loaded at the CPC terminal near Novorossiysk.")
    assert calls(h) == {("Grey Wren", "Novorossiysk")}


def test_a_ship_anchored_near_a_port_and_one_far_off_it() -> None:
    f = facts_of("The tanker Grey Wren had anchored near Zhoushan, China, for several weeks in December.")
    assert dated(f, "PortCall") == {("Grey Wren", "Zhoushan"): "2023-12"}
    # a distance of ten miles or more puts a ship at sea, not in the port
    for far in ("was spotted 30 nautical miles off Hodeidah", "was anchored 40 miles from Zhoushan",
                "lay some 25 km outside Tartus", "drifted twenty miles off Tartus"):
        assert calls(facts_of(f"The tanker Dusk Heron {far} on May 2.")) == set(), far
    g = facts_of("The tanker Dusk Heron was anchored two miles off Fujairah on May 2.")
    assert dated(g, "PortCall") == {("Dusk Heron", "Fujairah"): "2023-05-02"}


def test_a_step_back_told_in_an_aside_leaves_the_next_deed_its_time() -> None:
    f = facts_of("Police boarded the tanker Grey Wren on Saturday. The ship, which had loaded petrol at "
                 "Ust-Luga, was escorted to an anchorage near Porvoo.")
    assert dated(f, "PortCall") == {("Grey Wren", "Ust-Luga"): None, ("Grey Wren", "Porvoo"): "2024-03-16"}


def test_two_ships_that_exchanged_a_named_cargo() -> None:
    f = facts_of("In August the freighter Grey Wren met the Russian freighter Volga-4 off "
                 "Makhachkala and the two vessels exchanged containers.")
    assert sts_events(f) == [(frozenset({"Grey Wren", "Volga-4"}), "Makhachkala", 1)]
    # fire, crews or greetings are no cargo
    g = facts_of("The freighter Grey Wren and the freighter Volga-4 exchanged fire with pirates, "
                 "then exchanged crews off Makhachkala.")
    assert sts_events(g) == []


def test_a_preposition_governs_the_place_right_after_it_only() -> None:
    # "to Ningbo carrying DPRK coal": Ningbo is where it went; the state is what the coal is of
    f = facts_of("The bulk carrier Hui Yuan made four voyages to Ningbo carrying DPRK coal.")
    assert transfers(f) == {("Hui Yuan", None, "Ningbo")} and calls(f) == {("Hui Yuan", "Ningbo")}
    g = facts_of("The bulk carrier Hui Yuan made four voyages to Ningbo with coal of DPRK origin.")
    assert transfers(g) == {("Hui Yuan", "North Korea", "Ningbo")}
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["coal of DPRK origin"]
    # what may stand between the preposition and a port it governs
    h = facts_of("The freighter Hui Yuan carried wheat from Russia's Novorossiysk to Hodeidah, Yemen.")
    assert transfers(h) == {("Hui Yuan", "Novorossiysk", "Hodeidah")}


def test_a_discharge_soon_after_an_arrival_ends_the_same_voyage() -> None:
    f = facts_of("The tanker Kestrel Bay loaded crude at Kozmino in early January and arrived at "
                 "Dongying on 30 January. It discharged at Dongying on 2 February.")
    assert transfers(f) == {("Kestrel Bay", "Kozmino", "Dongying")}
    # a discharge weeks later is a voyage of its own
    g = facts_of("The tanker Kestrel Bay loaded crude at Kozmino in early January and arrived at "
                 "Dongying on 10 January. It discharged at Dongying again on 2 March.")
    assert transfers(g) == {("Kestrel Bay", "Kozmino", "Dongying"), ("Kestrel Bay", None, "Dongying")}


def test_a_hedged_reading_of_a_deed_leaves_the_deed_reported() -> None:
    f = facts_of("The tanker Kestrel Bay called at Yeosu, in what appears to have been a repair "
                 "stop. The tanker Grey Wren docked at Tartus, probably to take on fuel.")
    assert {e.confidence for e in f.events if e.type == "PortCall"} == {"reported"}
    g = facts_of("The tanker Kestrel Bay probably called at Yeosu. A tanker, likely to be the Grey "
                 "Wren, docked at Tartus.")
    assert {e.confidence for e in g.events if e.type == "PortCall"} == {"likely"}


def test_a_voyage_that_ended_where_the_ship_stopped_or_stayed() -> None:
    f = facts_of("The tanker Kira Star called at Fujairah before heading to Sohar, where it stopped "
                 "for three days. The tanker Grey Wren headed to Paradip, where it stayed a week.")
    assert calls(f) == {("Kira Star", "Fujairah"), ("Kira Star", "Sohar"), ("Grey Wren", "Paradip")}
    # heading somewhere is no call there
    g = facts_of("The tanker Kira Star called at Fujairah before heading to Sohar.")
    assert calls(g) == {("Kira Star", "Fujairah")}


def test_a_relative_clause_tells_its_own_deed_after_a_refusal() -> None:
    f = facts_of("Officials refused entry to its sister ship, the Ursa Minor, which then pulled "
                 "into Haldia in India.")
    assert calls(f) == {("Ursa Minor", "Haldia")}
    g = facts_of("The tanker Ursa Minor was not allowed into Sikka, which received the Kira Star "
                 "instead.")
    assert ("Ursa Minor", "Sikka") not in calls(g)


def test_each_state_of_a_buyers_list_received_the_supply() -> None:
    f = facts_of("Turkey, India and China together bought most of Russia's crude exports in May.")
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.origin or ""], by_id[e.destination or ""]) for e in f.events
            if e.type == "Transfer"} == {("Russia", "Turkey"), ("Russia", "India"), ("Russia", "China")}
    # a state named before the list, in another phrase, bought nothing
    g = facts_of("Sanctions on Iran and India bought Russian oil in May.")
    assert {by_id_name(g, e.destination) for e in g.events if e.type == "Transfer"} == {"India"}


def by_id_name(f: Facts, key: str | None) -> str:
    return {e.id: e.name for e in f.entities}[key or ""]


def test_a_timeline_s_present_tense_meeting_and_transfer() -> None:
    f = facts_of("The tanker Kira Star is seen at anchor off Malta. It meets the tanker Golden Pearl "
                 "off Hurd's Bank and transfers part of its cargo.")
    assert sts_events(f) == [(frozenset({"Kira Star", "Golden Pearl"}), "Hurd Bank", 1)]
    # a meeting with no cargo passed is none
    g = facts_of("The tanker Kira Star meets the tanker Golden Pearl off Hurd Bank and sails on.")
    assert sts_events(g) == []


def test_where_ships_met_is_not_the_bearing_s_reference() -> None:
    f = facts_of("The small tanker Sea Gull carried fuel to the Hurd's Bank area east of Malta, "
                 "where it was pumped into the bunkering tanker Amber Light.")
    assert sts_events(f) == [(frozenset({"Sea Gull", "Amber Light"}), "Hurd Bank", 1)]


def test_a_cargo_that_came_aboard_a_ship_named_after_the_place() -> None:
    f = facts_of("A shipment of 40,000 tonnes of Russian wheat arrived at Latakia aboard the bulk "
                 "carrier Sea Hawk on 3 May. Wheat from Novorossiysk arrived at Tartus, Syria, on "
                 "the bulk carrier Sea Lark.")
    assert transfers(f) == {("Sea Hawk", "Russia", "Latakia"), ("Sea Lark", "Novorossiysk", "Tartus")}
    assert calls(f) == {("Sea Hawk", "Latakia"), ("Sea Lark", "Novorossiysk"), ("Sea Lark", "Tartus")}
    j = facts_of("The coal was shipped from the North Korean port of Nampo to Nakhodka aboard "
                 "another vessel, the Jin Hae.")
    assert transfers(j) == {("Jin Hae", "Nampo", "Nakhodka")}
    assert calls(j) == {("Jin Hae", "Nampo"), ("Jin Hae", "Nakhodka")}
    g = facts_of("Russian wheat reached Syria on the bulk carrier Sea Hawk in May.")
    assert transfers(g) == {("Sea Hawk", "Russia", "Syria")} and calls(g) == set()
    # denied, or the ship no carrier of it
    h = facts_of("Officials said no wheat arrived at Latakia aboard the bulk carrier Sea Hawk. "
                 "Wheat arrived at Tartus after the bulk carrier Sea Lark left.")
    assert transfers(h) == set()


def test_a_ship_s_voyage_ends_at_the_port_of_a_city_state() -> None:
    f = facts_of("The Nova delivered 90,000 tonnes of naphtha from Ust-Luga to Singapore via the Cape "
                 "of Good Hope.")
    assert transfers(f) == {("Nova", "Ust-Luga", "Singapore")}
    assert [e.type for e in f.entities if e.name == "Singapore"] == ["Port"]
    g = facts_of("Singapore condemned the attack on the tanker Nova.")
    assert [e.type for e in g.entities if e.name == "Singapore"] == ["State"]


def test_who_shipped_is_the_subject_after_who_says_so() -> None:
    f = facts_of("South Korea said North Korea had shipped about 20,000 containers to Russia.")
    assert {(by_id_name(f, e.origin), by_id_name(f, e.destination)) for e in f.events
            if e.type == "Transfer"} == {("North Korea", "Russia")}
    # a stolen cargo is of the state it was taken from
    g = facts_of("Officials said Russia had shipped stolen Ukrainian grain to Syria.")
    assert {(by_id_name(g, e.origin), by_id_name(g, e.destination)) for e in g.events
            if e.type == "Transfer"} == {("Ukraine", "Syria")}


def test_the_first_ship_to_leave_a_port() -> None:
    f = facts_of("For months Berdyansk lay idle. The first ship to leave was the Greif, a general "
                 "cargo vessel. The cargo ship Lyra was the first vessel to dock at Tartus in May.")
    assert calls(f) == {("Greif", "Berdyansk"), ("Lyra", "Tartus")}
    # with two ports told before, which one it left is not said
    g = facts_of("Berdyansk and Mariupol lay idle. The first ship to leave was the Greif.")
    assert calls(g) == set()


def test_a_supply_to_a_state_ends_at_the_port_the_ship_discharged_at() -> None:
    f = facts_of("The Iranian-flagged Fortune discharged gasoline at El Palito on 25 May, one of "
                 "five Iranian tankers that brought fuel to Venezuela this year.")
    assert {t[0] for t in transfers(f)} == {"Fortune"}
    assert {t[2] for t in transfers(f)} == {"El Palito"}


def test_transfers_told_as_an_sts_operation_passive_lightering_or_a_hose() -> None:
    head = "The tanker Kira and the tanker Lumo are sanctioned. "
    for told in ("The Kira and the Lumo conducted an STS operation in the Laconian Gulf.",
                 "The Kira was lightered by the Lumo in the Laconian Gulf.",
                 "Imagery shows a hose connecting the Kira and the Lumo in the Laconian Gulf."):
        f = facts_of(head + told)
        assert sts_events(f) == [(frozenset({"Kira", "Lumo"}), "Laconian Gulf", 1)], told
    # a ship lightered at a port met no named ship
    assert sts_events(facts_of(head + "The Kira was lightered in Ust-Luga.")) == []


def test_a_supply_s_cargo_is_no_time() -> None:
    f = facts_of("Iran has supplied Syria with an estimated 2 million barrels a month since 2019.")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [
        (None, "2019-01-01/2024-03-22")]


def test_one_voyage_told_by_its_cargo_s_state_and_by_its_ports_is_one_transfer() -> None:
    f = facts_of("Authorities have detained a cargo ship, the Lucky Star, at the port of Pohang on "
                 "suspicion that it carried North Korean coal to South Korea, officials said on "
                 "Tuesday. The vessel is believed to have loaded the coal at Nakhodka in Russia. The "
                 "Lucky Star arrived at Pohang on 12 March.")
    assert transfers(f) == {("Lucky Star", "Nakhodka", "Pohang")}
    # a state told as where the voyage began stays a voyage of its own
    g = facts_of("The tanker Kite Hollow carried crude oil from Kuwait to Houston in May. The "
                 "tanker Kite Hollow carried crude oil from Egypt's Damietta to Houston in May.")
    assert transfers(g) == {("Kite Hollow", "Kuwait", "Houston"), ("Kite Hollow", "Damietta", "Houston")}


def test_one_voyage_told_twice_days_apart_is_one_transfer() -> None:
    f = facts_of("The tanker Nova carried crude from Kozmino to Dongying on 2 March. On 9 March the "
                 "tanker Nova brought crude from Kozmino to Dongying again, port agents said.")
    assert [(e.date, len(e.evidence)) for e in f.events if e.type == "Transfer"] == [
        ("2024-03-02/2024-03-09", 2)]
    # weeks apart, or told only by the year: two voyages
    g = facts_of("The tanker Nova carried crude from Kozmino to Dongying on 2 March. On 29 March the "
                 "tanker Nova brought crude from Kozmino to Dongying again.")
    assert len([e for e in g.events if e.type == "Transfer"]) == 2


def test_another_ship_named_after_one_of_its_type_and_what_each_suffered() -> None:
    f = facts_of("The Houthis have attacked shipping, sinking one vessel, the Rubymar, and seizing "
                 "another, the Galaxy Leader, which remains held at Hodeidah.")
    assert {"Rubymar", "Galaxy Leader"} <= names(f, "Vessel")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Detention"] == ["Galaxy Leader"]
    assert calls(f) == {("Galaxy Leader", "Hodeidah")}
    # the subject of a passive stays the one seized; "another" of no ship is none
    g = facts_of("The tanker Kira was boarded, and seized by the navy. Iran backs one group, the "
                 "Houthis, and another, the Hezbollah.")
    assert [e.type for e in g.events] == ["Detention"] and names(g, "Vessel") == {"Kira"}


def test_a_ship_gone_to_a_storage_ship_where_it_discharged() -> None:
    f = facts_of("The LNG carrier Pioneer took on LNG at Utrenneye on the Gyda peninsula on 4 August "
                 "before sailing to the Saam FSU, a floating storage unit near Murmansk, where it "
                 "discharged on 19 August.")
    assert sts_events(f) == [(frozenset({"Pioneer", "Saam FSU"}), "Murmansk", 1)]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2023-08-19"]
    assert "Gyda peninsula" in names(f, "Place")
    # sailing to a port where it discharged is a call there, no transfer between ships
    g = facts_of("The tanker Kira sailed to the Syrian port of Tartus, where it discharged diesel.")
    assert sts_events(g) == [] and calls(g) == {("Kira", "Tartus")}


def test_a_ship_that_loaded_its_cargo_from_another() -> None:
    f = facts_of("The tanker Aegean Myth loaded the fuel from another vessel, the Libyan-flagged Al "
                 "Bayda, south of Crete.")
    assert sts_events(f) == [(frozenset({"Aegean Myth", "Al Bayda"}), None, 1)]
    # from a port or its terminal: a call there
    g = facts_of("The tanker Kira loaded diesel from the port of Tartus. The tanker Lumo loaded "
                 "crude from the Sidi Kerir terminal.")
    assert sts_events(g) == [] and calls(g) == {("Kira", "Tartus"), ("Lumo", "Sidi Kerir")}


def test_a_ship_that_arrived_with_a_graded_cargo_after_a_dated_arrival() -> None:
    f = facts_of("The Cuban-flagged tanker Alicia arrived at Matanzas on Nov. 3 with some 400,000 "
                 "barrels of Venezuelan Merey crude.")
    assert transfers(f) == {("Alicia", "Venezuela", "Matanzas")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Venezuelan Merey crude"]
    g = facts_of("Venezuela shipped an average of 56,000 barrels per day of crude and fuel to Cuba.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["crude and fuel"]


def test_according_to_a_state_s_ministry_names_no_destination() -> None:
    f = facts_of("The Aroyat, loaded with 17,600 tonnes of wheat bound for Egypt, sailed along the "
                 "Romanian coast, according to Ukraine's infrastructure ministry.")
    assert transfers(f) == set()
    g = facts_of("The tanker Kira carried crude to Sikka, according to Kpler.")
    assert transfers(g) == {("Kira", None, "Sikka")}


def test_a_cargo_that_flowed_from_one_state_to_another_or_came_days_later_aboard() -> None:
    f = facts_of("Arms flowed from Iran to the Houthis in Yemen.")
    assert {(by_id_name(f, e.origin), by_id_name(f, e.destination), e.cargo) for e in f.events
            if e.type == "Transfer"} == {("Iran", "Yemen", "arms")}
    assert not [e for e in facts_of("No arms flowed from Iran to Yemen. Officials flowed from Iran "
                                    "to Yemen.").events if e.type == "Transfer"]
    g = facts_of("Containers from Rajin reached Dunai two days later aboard the Angara.")
    assert transfers(g) == {("Angara", "Rajin", "Dunai")}


def test_a_cargo_smuggled_between_states() -> None:
    f = facts_of("The network smuggled fuel from Libya to Malta aboard the tanker Sea Gull. Iran "
                 "smuggled weapons to Yemen.")
    assert transfers(f) == {("Sea Gull", "Libya", "Malta"), (None, "Iran", "Yemen")}


def test_a_loading_under_way_as_the_report_is_written_is_of_its_day() -> None:
    f = facts_of("The tanker Kira is currently loading at Primorsk.")
    assert dated(f, "PortCall") == {("Kira", "Primorsk"): "2024-03-22"}
    g = facts_of("The tanker Kira is expected to load at Primorsk next week.")
    assert dated(g, "PortCall") == {}


def test_trips_to_a_port_each_time_returning_to_another() -> None:
    f = facts_of("The tanker Lira made eight trips to Sikka last year, each time returning to "
                 "Primorsk.")
    assert transfers(f) == {("Lira", "Primorsk", "Sikka")}
    # from the port the trips went to, where the cargo is of its state
    f = facts_of("The cargo ship Volga Tern has made eleven trips to Rajin since August, each "
                 "time returning to Dunai with North Korean munitions.")
    assert transfers(f) == {("Volga Tern", "Rajin", "Dunai")}


def test_a_port_told_again_by_its_state_and_kind() -> None:
    f = facts_of("The tanker Lira left Taman in March and reappeared at Baniyas. It moored at the "
                 "Syrian refinery port on June 29.")
    assert dated(f, "PortCall")[("Lira", "Baniyas")] == "2023-06-29"
    # (a name not known as a state's leaves the port unknown: not the port named last)
    f = facts_of("The tanker Lira loaded grain at Sevastopol and discharged it at Latakia. Its "
                 "transponder went silent as it left the Crimean port.")
    assert ("Lira", "Latakia", "departure") not in {
        (e.vessel and {x.id: x.name for x in f.entities}[e.vessel],
         {x.id: x.name for x in f.entities}.get(e.port or ""), e.activity)
        for e in f.events if e.type == "PortCall"}


def test_a_cargo_aboard_bound_for_a_port_is_a_voyage_under_way_there() -> None:
    f = facts_of("The bulk carrier Pale Heron left Taganrog with steel for Izmir on 9 October.")
    assert cargoes(f) == {("Pale Heron", "Taganrog", "Izmir"): "steel"}
    assert calls(f) == {("Pale Heron", "Taganrog")}  # (not yet at Izmir)
    f = facts_of("The tanker Grey Finch sailed from Ust-Luga with a cargo of petrol bound for "
                 "Port Said.")
    assert cargoes(f) == {("Grey Finch", "Ust-Luga", "Port Said"): "petrol"}
    # (the place told before the cargo: "from A for B ... with")
    f = facts_of("The bulk carrier Pale Heron sailed from Constanta for Alexandria on 8 June with "
                 "45,000 tonnes of wheat.")
    assert cargoes(f) == {("Pale Heron", "Constanta", "Alexandria"): "wheat"}
    # (a voyage ended by the ship's seizure told after it took nothing there)
    f = facts_of("The tanker Grey Finch left Ust-Luga on 24 December with a cargo of petrol bound "
                 "for Port Said. Finnish police seized the Grey Finch on 26 December.")
    assert transfers(f) == set()
    # where it arrived with the cargo is where it went, whatever the cargo was for; with no
    # cargo told, where a ship is bound is no voyage
    f = facts_of("The freighter Pale Heron arrived at Tartus with wheat for Syria.")
    assert transfers(f) == {("Pale Heron", None, "Tartus")}
    assert transfers(facts_of("The tanker Grey Finch left Primorsk bound for Lagos.")) <= {
        ("Grey Finch", "Primorsk", None)}


def test_what_a_ship_continued_to_carry_goes_nowhere_by_that_to() -> None:
    f = facts_of("The bulk carrier Pale Heron continued to transport DPRK-origin coal.")
    assert transfers(f) == set()
    f = facts_of("The bulk carrier Pale Heron carried DPRK-origin coal to Lianyungang.")
    assert transfers(f) == {("Pale Heron", "North Korea", "Lianyungang")}


def test_an_attack_on_a_leads_ship_named_in_the_next_sentence() -> None:
    f = facts_of("Houthi fighters struck a Greek-owned, Liberian-flagged bulk carrier with a sea "
                 "drone on Wednesday. The Pale Heron was taking on water, the agency said.")
    assert [(e.type, {x.id: x.name for x in f.entities}[e.target or ""]) for e in f.events] == [
        ("Attack", "Pale Heron")]
    # (what only ships do: a name taking on water is a ship's; a lead that is no ship is none)
    f = facts_of("Officials hit a Greek-owned, Liberian-registered firm with fines on Wednesday. "
                 "The Pale Heron was taking on water.")
    assert [e.type for e in f.events] == []


def test_a_cargo_said_to_have_been_transferred_from_a_ship_came_from_it_to_the_ship_told_of() -> None:
    f = facts_of("The tanker Hong Wei berthed at Dongying on April 5. The crude oil came from Iran "
                 "and had been transferred at sea from the tanker Ocean Realm near Pulau Tioman in "
                 "March.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Hong Wei", "Ocean Realm"})]
    # (from a port is no transfer at sea)
    f = facts_of("The tanker Hong Wei berthed at Dongying. The cargo was transferred from the port "
                 "of Singapore.")
    assert sts_events(f) == []


def test_a_cargo_taken_on_from_a_named_ship_names_it_a_ship() -> None:
    f = facts_of("Last month the tanker Pelagos Dawn did take on Russian crude from the Nordic "
                 "Tern in the gulf.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Pelagos Dawn", "Nordic Tern"})]
    f = facts_of("The tanker Pelagos Dawn took on crude from the Kozmino Bay terminal.")
    assert sts_events(f) == [] and calls(f) == {("Pelagos Dawn", "Kozmino")}


def test_a_ship_that_berthed_and_began_unloading_discharged_there() -> None:
    f = facts_of("On April 5 the oil tanker Hong Wei berthed at Dongying Port and began unloading "
                 "about 1 million barrels of crude oil.")
    assert cargoes(f) == {("Hong Wei", None, "Dongying"): "crude oil"}


def test_two_calls_months_apart_in_a_register_are_no_voyage() -> None:
    body = ("Date\tVessel\tPort\n2025-01-14\tMarlin Gale\tFujairah\n2025-02-03\tSilver Tern\tSohar\n"
            "2025-03-21\tMarlin Gale\tKhor Fakkan\n")
    assert transfers(facts_of(body)) == set()


def test_a_leads_counted_ships_are_those_named_together_next() -> None:
    f = facts_of("KYIV, Sept 25 (Wire) - Two bulk carriers left the Ukrainian port of Chornomorsk "
                 "on Saturday, the ministry said.\n\nThe Palau-flagged Pale Heron and the "
                 "Liberia-flagged Grey Wren loaded about 20,000 tonnes of wheat between them.")
    assert calls(f) == {("Pale Heron", "Chornomorsk"), ("Grey Wren", "Chornomorsk")}
    # (as many as were counted, or none)
    f = facts_of("Two tankers loaded at Primorsk on Monday. The Grey Finch then sailed west.")
    assert calls(f) == set()
    f = facts_of("Three tankers loaded at Primorsk on Monday. The Grey Finch and the Wren Hollow "
                 "then sailed west.")
    assert calls(f) == set()


def test_a_port_named_first_and_a_place_that_tells_where_it_lies() -> None:
    f = facts_of("The tanker Shun Wave discharged at the Thilawa terminal near Yangon on October 12.")
    assert calls(f) == {("Shun Wave", "Thilawa")}
    # (a terminal with no name of its own near a port is that port's)
    f = facts_of("The tanker Shun Wave loaded at the CPC terminal near Novorossiysk.")
    assert calls(f) == {("Shun Wave", "Novorossiysk")}
    # who holds a port is no port's name
    f = facts_of("Fuel deliveries to the Houthi-held port continue. The tanker Shun Wave docked "
                 "at the Houthi-controlled port of Ras Isa.")
    assert names(f, "Port") == {"Ras Isa"}


def test_a_consignment_that_left_a_port_aboard_a_ship_and_was_unloaded() -> None:
    f = facts_of("The largest consignment, about 300 containers, left the Iranian port of Amirabad "
                 "aboard the cargo ship Port Olya-5 in February and was unloaded at Makhachkala.")
    assert transfers(f) == {("Port Olya-5", "Amirabad", "Makhachkala")}
    f = facts_of("The Musa Jalil and the Begey made similar runs from Bandar Anzali to Astrakhan in "
                 "March.")
    assert transfers(f) == {("Musa Jalil", "Bandar Anzali", "Astrakhan"),
                            ("Begey", "Bandar Anzali", "Astrakhan")}
    assert names(facts_of("The Manager made trips abroad."), "Vessel") == set()


def test_one_of_the_ships_told_at_a_port_named_with_no_port_of_its_own() -> None:
    head = ("Eastern Libya has received Russian fuel at Benghazi since January, with five tankers "
            "unloading diesel at the city's port. ")
    f = facts_of(head + "One of them, the Ocean Lark, arrived on Jan. 19 from Novorossiysk.")
    assert ("Ocean Lark", "Novorossiysk", "Benghazi") in transfers(f)
    # (one with a port of its own, or after a sentence of two ports, is not placed so)
    f = facts_of(head + "One of them, the Ocean Lark, arrived at Misrata on Jan. 19.")
    assert calls(f) == {("Ocean Lark", "Misrata")}
    f = facts_of("Tankers unloaded diesel at Benghazi and Misrata. One of them, the Ocean Lark, "
                 "arrived on Jan. 19.")
    assert calls(f) == set()


def test_where_a_ship_went_dark_is_not_where_the_one_who_says_so_works() -> None:
    f = facts_of("The tanker Musa Jalil switched off its transponder in the middle of the sea, said "
                 "Farid Mammadov, an analyst in Baku.")
    assert [e.get("location") for e in kinds(f, "AISGap")] == [None]
    f = facts_of("The tanker Musa Jalil switched off its transponder off Crete, analysts said.")
    assert [e.get("location") for e in kinds(f, "AISGap")] == ["Crete"]


def test_a_call_told_with_a_hedge_after_was_and_a_state_before_port() -> None:
    f = facts_of("The Sam Jong 5 was highly likely at Nampo's western oil pier on 21 September.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "highly likely")]
    f = facts_of("We judge it unlikely that the tanker Sam Jong 5 called at Nampo in June. There is "
                 "a realistic possibility that it was in the Chinese port of Longkou in July.")
    assert calls(f) == {("Sam Jong 5", "Nampo"), ("Sam Jong 5", "Longkou")}
    assert transfers(f) == set()  # (no voyage from a call judged unlikely)
    # (a hotel at the pier is no ship)
    assert names(facts_of("The Grand Hotel was at the pier."), "Vessel") == set()


def test_a_call_for_repairs_ends_no_voyage_and_returning_to_a_port_arrives_there() -> None:
    f = facts_of("The cargo ship Kaskad loaded at Dunai in May. In June it docked at Nakhodka for "
                 "repairs.", date="2024-12-12")
    assert transfers(f) == set()
    f = facts_of("The cargo ship Kaskad loaded at Dunai in May. In June imagery shows it in dry "
                 "dock at Nakhodka.", date="2024-12-12")
    assert transfers(f) == set()
    f = facts_of("The cargo ship Kaskad called at Rajin in March, returning to Dunai within ten "
                 "days.", date="2024-12-12")
    assert [e.activity for e in f.events if e.type == "PortCall"] == [None, "berthed"]


def test_where_imagery_shows_the_ship_gives_its_calls_time() -> None:
    f = facts_of("The cargo ship Kaskad is old. In January the ship sailed from Vladivostok to "
                 "Rajin, where satellite imagery shows it moored at the container pier on 14 "
                 "January.", date="2024-12-12")
    assert dated(f, "PortCall")[("Kaskad", "Rajin")] == "2024-01-14"


def test_authorities_that_held_a_ship_detained_it() -> None:
    f = facts_of("It was the first such seizure since 2021, when authorities held the bulk carrier "
                 "Sky Rover at Busan.")
    assert [(e["target"], e.get("location"), e["date"]) for e in kinds(f, "Detention")] == [
        ("Sky Rover", "Busan", "2021")]
    for text in ("Officials held a meeting with the owners of the tanker Sky Rover.",
                 "The tanker Sky Rover held a cargo of oil."):
        assert kinds(facts_of(text), "Detention") == []


def test_both_cargoes_came_from_a_port_gives_each_voyage_its_origin() -> None:
    body = ("The tanker Sea Rover discharged diesel at Aliaga on Feb. 14, and the tanker Ocean "
            "Wren unloaded at Dortyol a week later. {} came from Tuapse.")
    assert transfers(facts_of(body.format("Both cargoes"))) == {
        ("Sea Rover", "Tuapse", "Aliaga"), ("Ocean Wren", "Tuapse", "Dortyol")}
    assert transfers(facts_of(body.format("The cargo"))) == {
        ("Sea Rover", None, "Aliaga"), ("Ocean Wren", "Tuapse", "Dortyol")}


def test_a_buyer_that_took_a_cargo_at_a_port_from_a_ship() -> None:
    f = facts_of("Nayara Energy took crude at Vadinar from the tanker Jaguar Bay, which had sailed "
                 "from Ust-Luga.")
    assert cargoes(f) == {("Jaguar Bay", "Ust-Luga", "Vadinar"): "crude"}
    f = facts_of("Officials at Vadinar received reporters from the tanker Jaguar Bay.")
    assert transfers(f) == set()


def test_a_counted_group_of_vlccs_at_a_port_among_them_a_named_one() -> None:
    f = facts_of("Three VLCCs discharged at Dongjiakou in Qingdao in late December, among them the "
                 "Huge Wave.", date="2025-01-20")
    assert calls(f) == {("Huge Wave", "Qingdao")}


def test_a_transfers_table_names_no_ship_unknown_and_makes_no_call_off_a_port() -> None:
    body = ("Vessel name | IMO | Date | Location | Counterpart\n"
            "Yu Phyong 8 | 8605026 | 2023-06-12 | Korea Bay | Unica Star\n"
            "Sam Ma 7 | 8106496 | 2023-07-03 | off Ningbo | Unknown\n")
    f = facts_of(body)
    assert names(f, "Vessel") == {"Yu Phyong 8", "Unica Star", "Sam Ma 7"}
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Yu Phyong 8", "Unica Star"})]
    assert calls(f) == set()


def test_a_ship_named_in_an_aside_on_whom_owns_another_is_not_the_subject() -> None:
    f = facts_of("The tanker Freedom Bay, owned by the same Dubai company as the tanker Hope Star, "
                 "loaded fuel oil at Fujairah on 2 September.")
    assert calls(f) == {("Freedom Bay", "Fujairah")}
    # (an aside that tells who the ship is still names it)
    f = facts_of("The tanker, identified by a tracking group as the Eagle Wing, sailed from Bandar "
                 "Abbas to Karachi.")
    assert transfers(f) == {("Eagle Wing", "Bandar Abbas", "Karachi")}


def test_what_a_ship_named_in_a_where_clause_did_is_its_own() -> None:
    f = facts_of("The tankers Freedom Bay and Hope Star sailed to Port Sudan, where the Freedom Bay "
                 "unloaded on 19 September.")
    activity = {(e.vessel and {x.id: x.name for x in f.entities}[e.vessel]): e.activity
                for e in f.events if e.type == "PortCall"}
    assert activity == {"Freedom Bay": "discharging", "Hope Star": None}


def test_a_ship_seized_while_carrying_a_cargo_and_one_due_or_being_taken_somewhere() -> None:
    f = facts_of("Iran's navy seized a Marshall Islands-flagged tanker carrying Iraqi oil to Turkey "
                 "on Thursday. The St Nikola had loaded crude at Basra.")
    assert transfers(f) == set() and [e["target"] for e in kinds(f, "Detention")] == ["St Nikola"]
    f = facts_of("The feeder ship Elbe Trader, which left St Petersburg on Monday, is due at "
                 "Rotterdam next week.")
    assert calls(f) == {("Elbe Trader", "St Petersburg")}
    f = facts_of("The tanker St Nikola was being taken to the Iranian port of Bandar-e Jask.")
    assert calls(f) == set()
    f = facts_of("The tanker St Nikola was taken to the Iranian port of Bandar-e Jask.")
    assert calls(f) == {("St Nikola", "Jask")}


def test_a_ship_named_in_a_clause_of_time_before_the_verb_is_not_its_subject() -> None:
    f = facts_of("The tanker Sea Lion 5 took on diesel at Novorossiysk and, after a ship-to-ship "
                 "transfer with the tanker Marlin Bay off the coast of Oman, arrived at Ras Isa on "
                 "May 2.")
    assert calls(f) == {("Sea Lion 5", "Novorossiysk"), ("Sea Lion 5", "Ras Isa")}


def test_cargo_received_from_a_named_ship_names_it_a_ship() -> None:
    f = facts_of("A third tanker, the Hua Fu, received cargo from the Sun Shine 9 in April near "
                 "Dalian.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Hua Fu", "Sun Shine 9"})]
    f = facts_of("The refinery received crude from the Ministry of Energy.")
    assert names(f, "Vessel") == set()


def test_a_pronoun_after_a_semicolon_is_the_first_clauses_subject() -> None:
    f = facts_of("The tanker Hua Wen received cargo from the tanker Sun Glory 9 in April; it then "
                 "sailed to Nampo.")
    assert calls(f) == {("Hua Wen", "Nampo")}
    f = facts_of("The tanker Hua Wen received cargo from the tanker Sun Glory 9 in April; it then "
                 "went dark for eleven days.")
    assert [e["vessel"] for e in kinds(f, "AISGap")] == ["Hua Wen"]


def test_a_counted_group_in_a_port_listed_after_a_colon() -> None:
    f = facts_of("Three ships were in Tartus on Sunday: the Sparta VI, the Ursa Minor and the "
                 "Baltic Leader.")
    assert calls(f) == {("Sparta VI", "Tartus"), ("Ursa Minor", "Tartus"), ("Baltic Leader", "Tartus")}
    f = facts_of("Two officials were in Tartus on Sunday: the minister and his deputy.")
    assert calls(f) == set() and names(f, "Vessel") == set()


def test_what_lies_on_the_quay_beside_a_ship_is_no_cargo_it_brought() -> None:
    f = facts_of("Imagery shows the ferry General Skobel moored at Port Kavkaz, with military "
                 "vehicles visible on the quay.")
    assert transfers(f) == set() and calls(f) == {("General Skobel", "Kavkaz")}
    f = facts_of("The ferry General Skobel arrived at Port Kavkaz with military vehicles.")
    assert cargoes(f) == {("General Skobel", None, "Kavkaz"): "military vehicles"}


def test_a_cargo_transferred_or_loaded_from_a_named_ship() -> None:
    f = facts_of("The tanker Amber Finch transferred oil from the Coral Wren in the Gulf of Oman in "
                 "December.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Amber Finch", "Coral Wren"})]
    f = facts_of("The tanker Amber Finch loaded 700,000 barrels of crude from the Coral Wren off "
                 "Johor.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Amber Finch", "Coral Wren"})]
    # (a region on a route is no ship, nor a terminal or a firm)
    f = facts_of("Trucks transferred coal from the Donbass to Mariupol.")
    assert names(f, "Vessel") == set() and names(f, "Place") == {"Donbas"}
    f = facts_of("The tanker Amber Finch loaded crude from the Kozmino terminal on 3 May.")
    assert sts_events(f) == [] and calls(f) == {("Amber Finch", "Kozmino")}
    f = facts_of("Moscow transferred weapons from the Wagner Group to Syria in 2023.")
    assert names(f, "Vessel") == set()


def test_a_time_after_a_cargo_is_not_part_of_it() -> None:
    f = facts_of("The bulk carrier Laurel Isle loaded at Sevastopol on 2 August. It arrived at "
                 "Latakia on 11 August and began discharging grain the next day.")
    assert cargoes(f) == {("Laurel Isle", "Sevastopol", "Latakia"): "grain"}
    f = facts_of("The bulk carrier Laurel Isle loaded at Sevastopol on 2 August. It arrived at "
                 "Latakia on 11 August and unloaded wheat two days later.")
    assert cargoes(f) == {("Laurel Isle", "Sevastopol", "Latakia"): "wheat"}


def test_a_hedged_reason_for_what_a_ship_did_not_do_leaves_its_deed_reported() -> None:
    f = facts_of("The bulk carrier Finch Bay was seen loading at Sevastopol in July but did not "
                 "sail, possibly because of engine trouble.")
    assert {e.confidence for e in f.events if e.type == "PortCall"} == {"reported"}
    f = facts_of("The bulk carrier Finch Bay possibly loaded at Sevastopol in July.")
    assert {e.confidence for e in f.events if e.type == "PortCall"} == {"realistic possibility"}


def test_ships_listed_after_a_designation_told_before() -> None:
    f = facts_of("The ministry today added five vessels to its list of designated ships. They are "
                 "the crude oil tankers Aster Bay and Dune Wind, and the product tankers Mirela "
                 "and Zefir.")
    assert {e["target"] for e in kinds(f, "Sanction")} == {"Aster Bay", "Dune Wind", "Mirela", "Zefir"}
    f = facts_of("The ministry designated two firms on Monday. They are the largest operators of "
                 "the tankers Aster Bay and Dune Wind.")
    assert kinds(f, "Sanction") == []


def test_a_ship_escorted_or_brought_into_a_port_called_there() -> None:
    f = facts_of("Sailors boarded the cargo ship Sarab Star on Sunday. The ship was escorted into "
                 "Colombo on Monday, where it remains.")
    assert calls(f) == {("Sarab Star", "Colombo")}
    f = facts_of("The tanker Kestrel Bay was brought into Piraeus for inspection on 4 May.")
    assert calls(f) == {("Kestrel Bay", "Piraeus")} and transfers(f) == set()
    f = facts_of("The tanker Kestrel Bay brought oil to Piraeus on 4 May.")
    assert cargoes(f) == {("Kestrel Bay", None, "Piraeus"): "oil"}


def test_a_ship_that_left_for_a_port_with_cargo_is_on_its_way_there() -> None:
    f = facts_of("The general cargo ship Lagoa departed for Latakia with wheat on 3 March.")
    assert cargoes(f) == {("Lagoa", None, "Latakia"): "wheat"}
    f = facts_of("The general cargo ship Lagoa sailed for Latakia with a crew of 12.")
    assert transfers(f) == set()
    # a port log: the port the ship left is where the voyage began
    f = facts_of("Kavkaz\n- 3 Oct: general cargo ship Lagoa departed for Latakia with wheat.\n"
                 "- 4 Oct: the ro-ro ferry Slavia arrived empty.", date="2024-10-07")
    assert cargoes(f) == {("Lagoa", "Kavkaz", "Latakia"): "wheat"}


def test_a_table_of_where_ships_went_next_from_the_port_its_caption_names() -> None:
    f = facts_of("The table lists tankers that loaded crude at Primorsk last month and where each "
                 "went next.\n\n"
                 "| Tanker | Flag | Loaded | Next port | Arrived |\n"
                 "|---|---|---|---|---|\n"
                 "| Sable Crest | Gabon | 3 Oct | Sikka | 21 Oct |\n"
                 "| Vela Pride | Cameroon | 11 Oct | Vadinar | — |\n", date="2024-11-02")
    assert dated(f, "PortCall") == {("Sable Crest", "Primorsk"): "2024-10-03",
                                    ("Sable Crest", "Sikka"): "2024-10-21",
                                    ("Vela Pride", "Primorsk"): "2024-10-11"}
    # (no arrival in its column: still on its way, no voyage's end yet)
    assert transfers(f) == {("Sable Crest", "Primorsk", "Sikka")}


def test_a_ship_observed_at_work_is_a_ship_and_one_seen_sailing_to_a_port_is_not_there() -> None:
    f = facts_of("In July, the Yu Song 7 was observed discharging at the Taean oil terminal, near "
                 "Nampho.")
    assert calls(f) == {("Yu Song 7", "Taean")}
    f = facts_of("The Committee was tracked by reporters in Geneva.")
    assert names(f, "Vessel") == set()
    f = facts_of("The tanker Yu Song 7 was seen sailing to Nampo.")
    assert calls(f) == set()


def test_a_ship_seized_and_taken_to_a_port_was_held_there_at_the_time_of_its_own_clause() -> None:
    f = facts_of("The Houthis have attacked more than 30 ships since November, including the "
                 "Galaxy Star, a car carrier they seized and took to the port of Hodeidah on "
                 "Nov. 19.", date="2024-01-16")
    assert calls(f) == {("Galaxy Star", "Hodeidah")} and transfers(f) == set()
    assert [e["date"] for e in kinds(f, "Detention")] == ["2023-11-19"]


def test_a_definite_name_sanctioned_is_a_ship_but_a_body_is_not() -> None:
    f = facts_of("The United States sanctioned the Mikhail Petrenko in 2023.")
    assert names(f, "Vessel") == {"Mikhail Petrenko"}
    assert [e["target"] for e in kinds(f, "Sanction")] == ["Mikhail Petrenko"]
    f = facts_of("Washington sanctioned the Wagner Group in 2023.")
    assert names(f, "Vessel") == set()


def test_a_voyage_given_up_took_its_cargo_nowhere() -> None:
    f = facts_of("The bulk carrier Mikhail Kutov, which left Novorossiysk on Nov. 29 with about 25,000 "
                 "tonnes of wheat for Latakia, reversed course south of Cyprus on Dec. 8.",
                 date="2024-12-10")
    assert transfers(f) == set() and calls(f) == {("Mikhail Kutov", "Novorossiysk")}
    f = facts_of("The bulk carrier Mikhail Kutov left Novorossiysk on Nov. 29 with wheat for Latakia.",
                 date="2024-12-10")
    assert transfers(f) == {("Mikhail Kutov", "Novorossiysk", "Latakia")}


def test_a_cargo_smuggled_by_no_one_named_is_no_ships_voyage() -> None:
    f = facts_of("Officers inspected the tanker Kapitan Rudov as part of an investigation into "
                 "fuel smuggled from Libya.")
    assert transfers(f) == set()
    f = facts_of("The tanker Kapitan Rudov carried fuel smuggled from Libya to Piraeus.")
    assert transfers(f) == {("Kapitan Rudov", "Libya", "Piraeus")}


def test_one_of_several_transfers_named_with_its_own_time() -> None:
    f = facts_of("Last year the tanker Kapitan Rudov was involved in at least three ship-to-ship "
                 "transfers off the Libyan coast, including one with the tanker Elise N in May 2023.")
    assert [e["date"] for e in kinds(f, "ShipToShipTransfer")] == ["2023-05"]


def test_a_ship_inspected_or_photographed_at_a_port_was_there() -> None:
    f = facts_of("Officers inspected the tanker Kapitan Rudov at the port of Piraeus on Monday.")
    assert calls(f) == {("Kapitan Rudov", "Piraeus")} and kinds(f, "Detention") == []
    f = facts_of("Satellites photographed the tanker Kapitan Rudov at Piraeus on Monday.")
    assert calls(f) == {("Kapitan Rudov", "Piraeus")}
    f = facts_of("Officials did not inspect the tanker Kapitan Rudov at Piraeus.")
    assert calls(f) == set()
    f = facts_of("Officials inspected the tanker Kapitan Rudov at sea off Piraeus.")
    assert calls(f) == set()


def test_officers_who_board_a_ship_detain_it_but_its_own_do_not() -> None:
    f = facts_of("Estonian officers boarded the tanker Kapitan Rudov near Tallinn on 4 March.")
    assert [e["target"] for e in kinds(f, "Detention")] == ["Kapitan Rudov"]
    f = facts_of("Its officers boarded the tanker Kapitan Rudov near Tallinn on 4 March.")
    assert kinds(f, "Detention") == []


def test_ais_switched_off_with_the_word_between() -> None:
    f = facts_of("The tanker Nordic Gate switched AIS off near the Laconian Gulf on 5 June.")
    assert [(e["vessel"], e["location"]) for e in kinds(f, "AISGap")] == [("Nordic Gate", "Laconian Gulf")]
    f = facts_of("The tanker Nordic Gate turned its transponder off on 5 June.")
    assert [e["vessel"] for e in kinds(f, "AISGap")] == ["Nordic Gate"]
    f = facts_of("The tanker Nordic Gate turned its engines off on 5 June.")
    assert kinds(f, "AISGap") == []


def test_a_capitalised_name_that_did_not_call_is_still_a_ship() -> None:
    f = facts_of("Ship-tracking notes:\n\n- The tanker NORDIC GATE unloaded at Sines on 3 June.\n"
                 "- KRASNOYARSK did not call at Vostochny as expected; it is still at anchor off "
                 "Nakhodka.\n", date="2024-06-09")
    assert names(f, "Vessel") == {"NORDIC GATE", "KRASNOYARSK"}
    assert calls(f) == {("NORDIC GATE", "Sines"), ("KRASNOYARSK", "Nakhodka")}


def test_a_timeline_entry_with_a_pronoun_after_its_port() -> None:
    f = facts_of("Timeline of the cargo ship Sparta VI:\n11.03.2024 — Arrives in Tartus.\n"
                 "16.03.2024 — Departs Tartus; draught suggests it is empty.\n"
                 "25.03.2024 — Returns to Novorossiysk.\n", date="2024-04-30")
    assert dated(f, "PortCall") == {("Sparta VI", "Tartus"): "2024-03-11/2024-03-16",
                                    ("Sparta VI", "Novorossiysk"): "2024-03-25"}


def test_the_following_week_or_month_counts_from_the_time_told_before() -> None:
    f = facts_of("On 18 September the ferry Yeysk left Port Kavkaz. The following week the cargo "
                 "ship Conro Trader was seen at Sevastopol.", date="2023-09-29")
    # (the week's days up to the report's: a call told as made was made by then)
    assert dated(f, "PortCall")[("Conro Trader", "Sevastopol")] == "2023-09-25/2023-09-29"
    f = facts_of("In May the ferry Yeysk left Port Kavkaz. The next month the cargo ship Conro "
                 "Trader was seen at Sevastopol.", date="2023-09-29")
    assert dated(f, "PortCall")[("Conro Trader", "Sevastopol")] == "2023-06"
    # (with no "the", the week after the report's day: not yet)
    f = facts_of("The cargo ship Conro Trader is expected at Sevastopol next week.")
    assert calls(f) == set()


def test_a_counted_cargo_aboard_a_ship_that_left() -> None:
    f = facts_of("On 4 September the ferry Slavia left Port Kavkaz with some 40 military lorries "
                 "aboard. It reached Kerch the same day and unloaded there.")
    assert cargoes(f) == {("Slavia", "Kavkaz", "Kerch"): "military lorries"}


def test_a_ship_matching_a_named_ships_looks_is_hedged() -> None:
    f = facts_of("The owner of the tanker Aegean Pearl denies it went to Venezuela. Satellite "
                 "images show a tanker matching the Aegean Pearl's length and colouring moored at "
                 "Jose on 18 May.")
    assert {e.confidence for e in f.events if e.type == "PortCall"} == {"realistic possibility"}


def test_a_buyer_that_took_a_cargo_from_a_ship_is_no_transfer_at_sea() -> None:
    f = facts_of("Reliance Industries received two cargoes at Sikka, delivered by the Aframax "
                 "tankers Zenith Crest and Orion Gale, while Indian Oil Corp took one at Paradip "
                 "from the Suezmax Ice Crown.")
    assert sts_events(f) == []
    assert calls(f) == {("Zenith Crest", "Sikka"), ("Orion Gale", "Sikka"), ("Ice Crown", "Paradip")}
    # ("took one": how many, not what)
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {None}
    # both sides named after the verb: a transfer between them
    f = facts_of("Rosneft loaded crude from the tanker Ice Crown onto the tanker Zenith Crest off "
                 "Oman.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Ice Crown", "Zenith Crest"})]


def test_all_three_ships_named_before() -> None:
    f = facts_of("The tankers Zenith Crest, Orion Gale and Ice Crown sailed to India. All three "
                 "tankers loaded at Murmansk in January after the crude was brought from the "
                 "Varandey terminal by the shuttle tanker Kirill Lavrov.")
    assert calls(f) == {("Zenith Crest", "Murmansk"), ("Orion Gale", "Murmansk"),
                        ("Ice Crown", "Murmansk"), ("Kirill Lavrov", "Varandey")}
    f = facts_of("The tankers Zenith Crest and Orion Gale sailed to India. All three tankers loaded "
                 "at Murmansk in January.")
    assert calls(f) == set()


def test_a_call_where_only_a_false_signal_put_the_ship_is_none() -> None:
    f = facts_of("AIS data placed the tanker Lotus Wind at Port Said in June, but the signal was "
                 "spoofed.")
    assert calls(f) == set()
    f = facts_of("The vessel's AIS showed the tanker Lotus Wind off Port Said in June, but it was "
                 "transmitting a false position: imagery shows it moored at Baniyas on 20 June.")
    assert calls(f) == {("Lotus Wind", "Baniyas")}
    f = facts_of("AIS data placed the tanker Lotus Wind at Port Said in June.")
    assert calls(f) == {("Lotus Wind", "Port Said")}


def test_a_cargo_aboard_told_in_an_aside_or_before_the_passive_verb() -> None:
    f = facts_of("The tanker Blue Plover, loaded with Russian diesel, docked at Lagos on 3 May.")
    assert cargoes(f) == {("Blue Plover", "Russia", "Lagos"): "Russian diesel"}
    f = facts_of("Crude from Basra was carried to Aliaga by the tanker Blue Plover in April.")
    assert transfers(f) == {("Blue Plover", "Basrah", "Aliaga")}
    f = facts_of("Officials from Basra were flown to Aliaga by the tanker Blue Plover.")
    assert transfers(f) == set()
    f = facts_of("The Blue Plover's cargo of 90,000 tonnes of naphtha was delivered to Mumbai on 3 May.")
    assert cargoes(f) == {("Blue Plover", None, "Mumbai"): "naphtha"}


def test_a_cargo_loaded_for_a_port_is_on_its_way_there_until_it_arrives() -> None:
    f = facts_of("In March, the tanker Blue Plover lifted a cargo of naphtha in Ust-Luga bound for "
                 "Singapore.")
    assert cargoes(f) == {("Blue Plover", "Ust-Luga", "Singapore"): "naphtha"}
    assert dated(f, "PortCall") == {("Blue Plover", "Ust-Luga"): "2024-03"}
    f = facts_of("The tanker Blue Plover loaded at Primorsk for three days.")
    assert transfers(f) == set()
    f = facts_of("The tanker Blue Plover took on a cargo at Novorossiysk on 29 April, bound for "
                 "Paradip. The ship arrived there on 28 May.")
    assert dated(f, "Transfer") == {("Blue Plover", "Novorossiysk", "Paradip"): "2023-04-29/2023-05-28"}
    f = facts_of("The tanker Blue Plover left Novorossiysk on 29 April with crude for Paradip. The "
                 "ship arrived there on 28 May.")
    assert calls(f) == {("Blue Plover", "Novorossiysk"), ("Blue Plover", "Paradip")}
    # an attack told first ended the voyage it was bound on
    f = facts_of("On 12 June the bulk carrier Blue Plover was hit by a drone boat off Hodeidah.\n\n"
                 "The Blue Plover had loaded coal at Ust-Luga and was bound for Port Said.")
    assert transfers(f) == set()


def test_verbs_in_a_series_after_a_ship_named_as_an_object() -> None:
    f = facts_of("The prosecutor said the tanker Galini Sky loaded Venezuelan crude at Jose in March "
                 "2022, transferred it to another tanker, the Sea Emerald, off Malaysia's Tanjung "
                 "Pelepas in May, and returned to Jose in July to load again.")
    # (the ship it passed the cargo to did not return; it made a second call, in July)
    assert sorted((e["vessel"], e["date"]) for e in kinds(f, "PortCall")) == [
        ("Galini Sky", "2022-03"), ("Galini Sky", "2022-07")]
    assert [e["date"] for e in kinds(f, "ShipToShipTransfer")] == ["2022-05"]


def test_a_count_over_a_span_does_not_date_the_deed() -> None:
    f = facts_of("Wednesday 9 April: The Iranian-flagged cargo ship Shahid Bagheri unloaded "
                 "containers at Astrakhan, the third such delivery this year.", date="2025-04-14")
    assert dated(f, "PortCall") == {("Shahid Bagheri", "Astrakhan"): "2025-04-09"}
    f = facts_of("The cargo ship Shahid Bagheri made its third delivery this year to Astrakhan.",
                 date="2025-04-14")
    assert dated(f, "PortCall") == {("Shahid Bagheri", "Astrakhan"): "2025"}


def test_a_name_said_to_be_no_large_ship_is_still_a_ship() -> None:
    f = facts_of("The Angora is not a large ship. Since August it has made 11 round trips between "
                 "Rajin and Dunai.")
    assert names(f, "Vessel") == {"Angora"}
    f = facts_of("The Hope is not a ship but a charity.")
    assert names(f, "Vessel") == set()


def test_containers_stacked_on_deck_are_a_cargo_aboard() -> None:
    f = facts_of("The container ship Angora called at Rajin on 28 December. It was back at Dunai by "
                 "2 January, with containers stacked on deck.", date="2024-01-15")
    assert cargoes(f) == {("Angora", "Rajin", "Dunai"): "containers"}
    f = facts_of("The container ship Angora called at Rajin on 28 December. It was back at Dunai by "
                 "2 January.", date="2024-01-15")
    assert transfers(f) == set()


def test_each_port_listed_after_from_is_one_a_ship_left() -> None:
    f = facts_of("The dry cargo ships Nadr and Pishro arrived from Amirabad and Anzali respectively.")
    assert {(e["vessel"], e["port"], e["activity"]) for e in kinds(f, "PortCall")} == {
        ("Nadr", "Amirabad", "departure"), ("Pishro", "Bandar Anzali", "departure")}
    f = facts_of("The dry cargo ship Nadr called at Amirabad and Anzali.")
    assert {e.get("activity") for e in kinds(f, "PortCall")} == {None}


def test_a_question_tells_no_event() -> None:
    f = facts_of("Did the tanker Sea Wren call at Nampo? Records suggest it did not.")
    assert calls(f) == set()
    f = facts_of("The tanker Sea Wren called at Nampo. Why did it go there?")
    assert calls(f) == {("Sea Wren", "Nampo")}


def test_a_clause_opened_by_instead_of_names_no_ship() -> None:
    f = facts_of("Instead of Piraeus, the tanker Sea Wren went to Aliaga.")
    assert names(f, "Vessel") == {"Sea Wren"} and calls(f) == {("Sea Wren", "Aliaga")}
    f = facts_of("Unlike Piraeus, the tanker Sea Wren went to Aliaga.")
    assert names(f, "Vessel") == {"Sea Wren"}


def test_a_ship_that_sank_after_being_hit_was_attacked() -> None:
    f = facts_of("The cruiser Moskvich sank in April 2022 after being hit by two Neptune missiles.")
    assert [e["target"] for e in kinds(f, "Attack")] == ["Moskvich"]
    f = facts_of("The cruiser Moskvich sank in a storm after being towed for days.")
    assert kinds(f, "Attack") == []


def test_a_deed_after_a_clause_of_what_was_done_first_comes_after_its_time() -> None:
    f = facts_of("After loading at Tartus on 2 August, the bulk carrier Aleppo Crest sailed to "
                 "Izmail.", date="2024-09-09")
    assert dated(f, "PortCall") == {("Aleppo Crest", "Tartus"): "2024-08-02",
                                    ("Aleppo Crest", "Izmail"): "2024-08-02/2024-09-09"}
    f = facts_of("After loading at Tartus on 2 August, the bulk carrier Aleppo Crest arrived at "
                 "Izmail on 9 August.", date="2024-09-09")
    assert dated(f, "PortCall")[("Aleppo Crest", "Izmail")] == "2024-08-09"


def test_a_leaving_told_after_a_denial_of_what_came_since() -> None:
    f = facts_of("The tanker Sea Wren has not called at a port since leaving Kozmino on 3 May.")
    assert dated(f, "PortCall") == {("Sea Wren", "Kozmino"): "2023-05-03"}
    f = facts_of("The tanker Sea Wren would have docked at Lome after leaving Kozmino.")
    assert calls(f) == set()
    f = facts_of("The tanker Sea Wren did not call at Kozmino.")
    assert calls(f) == set()


def test_more_ways_to_tell_a_transfer_at_sea() -> None:
    f = facts_of("Imagery shows the tankers Sea Wren and Kite Hollow side by side off Kalamata on 3 May.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Sea Wren", "Kite Hollow"})]
    f = facts_of("The tankers Sea Wren and Kite Hollow were berthed side by side at Piraeus on 3 May.")
    assert sts_events(f) == []
    f = facts_of("The tanker Sea Wren rendezvoused with the tanker Kite Hollow near Singapore, where "
                 "oil was transferred.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Sea Wren", "Kite Hollow"})]
    f = facts_of("The tanker Sea Wren met the tanker Kite Hollow near Singapore, where oil was not "
                 "transferred.")
    assert sts_events(f) == []
    f = facts_of("The tanker Sea Wren topped up its cargo from the tanker Kite Hollow off Malta.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Sea Wren", "Kite Hollow"})]


def test_a_ship_also_identified_after_a_designation_told_before() -> None:
    f = facts_of("Today OFAC is identifying 13 vessels as blocked property. Among the vessels "
                 "identified today is the Panama-flagged tanker OCEAN KITE. The tanker ANGEL IV met "
                 "the OCEAN KITE in November. Also identified is the Cameroon-flagged CH BRILLIANT.")
    assert {e["target"] for e in kinds(f, "Sanction")} == {"OCEAN KITE", "CH BRILLIANT"}
    f = facts_of("The tanker OCEAN KITE called at Fujairah. Also identified is the Cameroon-flagged "
                 "CH BRILLIANT.")
    assert kinds(f, "Sanction") == []


def test_a_profile_whose_name_line_is_followed_by_a_valid_imo_line() -> None:
    f = facts_of("Vessel profile\n\nName: ZHONG HAI 8\nFormer names: KAMOME\nIMO: 9142631\n"
                 "Flag: Sierra Leone\n\nRecent movements:\n12 March 2024 - departed Nampo\n"
                 "15 March 2024 - arrived Longkou, discharged coal\n", date="2024-05-01")
    assert [(e.name, e.imo, e.flag) for e in f.entities if e.type == "Vessel"] == [
        ("ZHONG HAI 8", "9142631", "SLE")]
    assert cargoes(f) == {("ZHONG HAI 8", "Nampo", "Longkou"): "coal"}
    # (a number that does not check names no ship)
    f = facts_of("Contact\n\nName: JOHN SMITH\nIMO: 9142632\n")
    assert names(f, "Vessel") == set()


def test_an_advisory_of_a_merchant_vessel_hit_and_named_later() -> None:
    f = facts_of("INCIDENT: On 11 July 2024 at 0840 UTC, a merchant vessel reported being hit by a "
                 "projectile approximately 57NM southwest of Hodeidah. The vessel has since been "
                 "identified as the bulk carrier MARINA SUN.\n\nPREVIOUS: On 9 July 2024 the tanker "
                 "CHIOS LYNX was struck by an uncrewed surface vessel 97NM northwest of Hodeidah.",
                 date="2024-07-12")
    assert {(e["target"], e["date"]) for e in kinds(f, "Attack")} == {
        ("MARINA SUN", "2024-07-11"), ("CHIOS LYNX", "2024-07-09")}


def test_an_indictments_overt_acts() -> None:
    f = facts_of("a. On or about March 3, 2023, DEMETRIOU caused the tanker M/T Aegean Gale to load "
                 "approximately 750,000 barrels of Iranian crude oil from the tanker Nour 5 in the "
                 "Gulf of Oman.\n\nb. On or about March 29, 2023, the M/T Aegean Gale discharged "
                 "that crude oil at Qingdao, China.\n\nc. In or about May 2023, DEMETRIOU caused the "
                 "M/T Aegean Gale to be renamed the M/T Gale Star and reflagged to Cameroon.",
                 date="2025-06-02")
    # one ship, under its new name, with the old one kept
    assert [(e.name, e.aliases, e.flag) for e in f.entities if e.type == "Vessel" and e.name != "Nour 5"] == [
        ("Gale Star", ["Aegean Gale"], "CMR")]
    assert [(pair, place) for pair, place, _ in sts_events(f)] == [
        (frozenset({"Gale Star", "Nour 5"}), "Gulf of Oman")]
    assert cargoes(f) == {("Gale Star", None, "Qingdao"): "crude oil"}
    f = facts_of("The tanker Aegean Gale is expected to load crude from the tanker Nour 5 next week.")
    assert sts_events(f) == []


def test_the_span_of_a_series_of_seizures_does_not_date_this_one() -> None:
    f = facts_of("Iran's navy seized a Marshall Islands-flagged oil tanker, the Advantage Sun, in the "
                 "Gulf of Oman on Thursday, the U.S. Navy said, the latest in a series of seizures "
                 "of commercial vessels in Gulf waters since 2019.", date="2023-04-28")
    assert [e["date"] for e in kinds(f, "Detention")] == ["2023-04-27"]


def test_what_a_port_received_in_a_clause_about_it_is_no_cargo_of_the_ship() -> None:
    f = facts_of("In early March the freighter Maia-2 left Rajin. In mid-March it was photographed at "
                 "Dunai, the former submarine base that received the first known North Korean "
                 "consignments in 2023.", date="2024-04-01")
    assert cargoes(f) == {("Maia-2", "Rajin", "Dunai"): None}


def test_a_deed_told_n_months_after_another_takes_the_time_the_count_starts_from() -> None:
    f = facts_of("BERLIN, March 15 — German authorities have confiscated the oil tanker Eventide, two "
                 "months after the vessel drifted without power off Ruegen.", date="2025-03-15")
    assert [e["date"] for e in kinds(f, "Detention")] == ["2025-03-12/2025-03-18"]
    f = facts_of("On 3 March the tanker Kira docked at Izmir, two weeks after it left Latakia.")
    assert dated(f, "PortCall") == {("Kira", "Izmir"): "2024-03-03",
                                    ("Kira", "Latakia"): "2024-02-15/2024-02-21"}


def test_a_ship_that_has_been_held_in_a_port_is_detained_there() -> None:
    f = facts_of("The tanker Arman 115 has been held in Batam since July.")
    assert [(e["target"], e["location"]) for e in kinds(f, "Detention")] == [("Arman 115", "Batam")]
    f = facts_of("The tanker Arman 115 has been held at anchor off Batam since July.")
    assert kinds(f, "Detention") == []
    f = facts_of("Talks have been held in Batam since July about the tanker Arman 115.")
    assert kinds(f, "Detention") == []


def test_a_firm_that_shipped_a_cargo_aboard_a_named_ship() -> None:
    f = facts_of("Chevron shipped three cargoes to the US Gulf Coast, including one aboard the "
                 "Aframax Kestrel Bay to Pascagoula.")
    assert transfers(f) == {("Kestrel Bay", None, "Pascagoula")}
    f = facts_of("Chevron shipped a cargo to Pascagoula, and the Aframax Kestrel Bay docked at Houston.")
    assert transfers(f) == set() and calls(f) == {("Kestrel Bay", "Houston")}


def test_a_court_hearing_told_of_a_transfer_off_a_state_from_boats_at_sea() -> None:
    f = facts_of("VALLETTA, Nov 5 — A Maltese court heard on Tuesday that the tanker Basbosa Sun took "
                 "on smuggled Libyan diesel from fishing boats off Zuwara and offloaded it onto the "
                 "tanker Amazigh G about 12 nautical miles east of Malta in March 2023.",
                 date="2024-11-05")
    # (no call at Zuwara: the diesel came from boats at sea; nor is the place of the meeting
    # Zuwara, nor is "Amazigh G 12" a name)
    assert calls(f) == set()
    assert [(e["vessels"], e.get("location"), e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Basbosa Sun", "Amazigh G"], None, "2023-03")]
    f = facts_of("Customs said on Friday that the tanker Sea Wren docked at Piraeus on 3 March.")
    assert dated(f, "PortCall") == {("Sea Wren", "Piraeus"): "2024-03-03"}


def test_a_number_that_counts_a_unit_ends_a_ships_name() -> None:
    f = facts_of("The tanker Sea Wren transferred oil to the tanker Kite Hollow 30 nautical miles "
                 "south of Malta.")
    assert names(f, "Vessel") == {"Sea Wren", "Kite Hollow"}
    f = facts_of("The tanker Sun Shine 9, which docked at Piraeus, loaded 30,000 tonnes of oil.")
    assert names(f, "Vessel") == {"Sun Shine 9"}


def test_a_named_ship_transferring_where_two_ships_went_to_a_storage_ship() -> None:
    f = facts_of("The Asya Power and the Pioneer Star each loaded at the Utrenneye terminal in early "
                 "August. Both then sailed to the Saam floating storage unit in Murmansk, where the "
                 "Pioneer Star transferred its cargo on August 22.", date="2024-09-30")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Pioneer Star", "Saam"})]
    assert [e["date"] for e in kinds(f, "ShipToShipTransfer")] == ["2024-08-22"]


def test_one_of_a_group_named_in_an_aside_did_what_the_group_did() -> None:
    f = facts_of("At least six vessels were seen loading coal at Nampo in May. One of them, the Sin "
                 "Phyong 5, later appeared in Ningbo-Zhoushan waters.", date="2024-08-30")
    assert calls(f) == {("Sin Phyong 5", "Nampo"), ("Sin Phyong 5", "Zhoushan")}
    assert transfers(f) == {("Sin Phyong 5", "Nampo", "Zhoushan")}
    # its own arrival, with a time of its own, keeps that time
    f = facts_of("Five tankers unloaded diesel at Benghazi in January. One of them, the Ocean Lotus, "
                 "arrived on Jan. 19 from Novorossiysk.")
    assert dated(f, "PortCall")[("Ocean Lotus", "Benghazi")] == "2024-01-19"
    # (not one of a group of people)
    f = facts_of("Three officials visited Nampo in May. One of them, the Ryong Gang, said it had "
                 "no comment.")
    assert names(f, "Vessel") == set()


def test_a_ship_that_appeared_off_a_port_or_in_its_waters() -> None:
    for text in ("The Sin Phyong 5 later appeared off Zhoushan.",
                 "The Sin Phyong 5 later appeared in Ningbo-Zhoushan waters."):
        assert calls(facts_of(text)) == {("Sin Phyong 5", "Zhoushan")}
    # (people appear in cities, and off the coast in boats)
    assert names(facts_of("The minister appeared in Moscow on Monday."), "Vessel") == set()
    assert names(facts_of("The President appeared off the coast in a boat."), "Vessel") == set()


def test_two_ships_each_with_transfers_of_their_own_did_not_meet_each_other() -> None:
    for text in ("The VLCCs Aurora and Nora discharged at Qingdao after STS transfers in the Riau "
                 "Archipelago.",
                 "The VLCCs Aurora and Nora both conducted STS transfers off Malaysia.",
                 "Both the Aurora and the Nora conducted STS transfers off Malaysia in May."):
        assert sts_events(facts_of(text)) == [], text
    # one transfer of the two, or transfers with each other, is their meeting
    for text in ("The VLCCs Aurora and Nora conducted an STS transfer in the Riau Archipelago.",
                 "The VLCCs Aurora and Nora conducted STS transfers with each other off Malaysia.",
                 "Both the Aurora and the Nora conducted an STS transfer off Malaysia in May."):
        assert [pair for pair, _, _ in sts_events(facts_of(text))] == [
            frozenset({"Aurora", "Nora"})], text
    f = facts_of("The VLCC Aurora conducted an STS transfer with the Nora in the Riau Archipelago.")
    assert [where for _, where, _ in sts_events(f)] == ["Riau Islands"]


def test_a_ship_refuelled_at_sea_by_a_named_ship_and_refuelling_in_port() -> None:
    f = facts_of("The Lian Xing refuelled from the bunker tanker Ocean Star off the Galapagos in "
                 "early January.")
    assert sts_events(f) == [(frozenset({"Lian Xing", "Ocean Star"}), "Galápagos Islands", 1)]
    f = facts_of("The trawler Lian Xing was refuelled at sea by the tanker Ocean Star in May.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Lian Xing", "Ocean Star"})]
    # in port, a call; from a barge with no name, or an aircraft's tanker, nothing at sea
    f = facts_of("The tanker Ocean Star refuelled at Fujairah before sailing to Sohar. The tanker "
                 "Kira bunkered at Gibraltar on 3 May.")
    assert {("Ocean Star", "Fujairah"), ("Kira", "Gibraltar")} <= calls(f)
    assert sts_events(f) == []
    assert sts_events(facts_of("The tanker Lian Xing refuelled from a bunker barge off Fujairah.")) == []
    assert names(facts_of("The Falcon refuelled from a tanker aircraft over the Baltic."), "Vessel") == set()


def test_a_reefer_told_again_by_its_type() -> None:
    f = facts_of("A Chinese-flagged reefer, the Lian Xing, took on fish near Peru last month. The "
                 "reefer then headed to Callao, where it arrived on January 29.")
    assert calls(f) == {("Lian Xing", "Callao")}
    # a warship's type word stands for no ship of another type
    f = facts_of("A Dutch frigate shadowed the tanker Sea Owl near Texel. The frigate later left "
                 "for Den Helder.")
    assert calls(f) == set()
    f = facts_of("The frigate Admiral Essen escorted the tanker Sea Owl. The frigate later returned "
                 "to Sevastopol.")
    assert calls(f) == {("Admiral Essen", "Sevastopol")}


def test_a_seizure_with_what_the_ship_is_suspected_of_set_after_it() -> None:
    f = facts_of("Finnish police on December 26 seized the oil tanker Eagle S, suspected of damaging "
                 "the Estlink 2 power cable.", date="2025-01-03")
    assert [(e["target"], e["confidence"]) for e in kinds(f, "Detention")] == [("Eagle S", "reported")]
    f = facts_of("The tanker Eagle S docked at Porvoo, suspected of carrying stolen grain.")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["reported"]
    # a deed itself suspected stays hedged
    f = facts_of("The tanker Eagle S is suspected of having docked at Porvoo.")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["realistic possibility"]


def test_an_arrival_column_of_dates_under_a_caption_that_names_the_port(tmp_path: Path) -> None:
    path = tmp_path / "vadinar.html"
    path.write_text(
        "<html><head><title>Tanker arrivals</title><meta name=\"date\" content=\"2024-07-15\"></head>"
        "<body><h1>Russian crude arrivals at Vadinar, June 2024</h1>\n"
        "<table><tr><th>Vessel</th><th>Load port</th><th>Arrival</th><th>Cargo (bbl)</th></tr>\n"
        "<tr><td>Grey Finch</td><td>Primorsk</td><td>3 June</td><td>730,000</td></tr>\n"
        "<tr><td>Wren Hollow</td><td>Novorossiysk</td><td>11 June</td><td>1,000,000</td></tr>\n"
        "</table></body></html>\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert transfers(f) == {("Grey Finch", "Primorsk", "Vadinar"),
                            ("Wren Hollow", "Novorossiysk", "Vadinar")}
    assert dated(f, "PortCall")[("Wren Hollow", "Vadinar")] == "2024-06-11"
    # a caption that tells the cargo and the refinery before the port
    f = facts_of("The following tankers discharged Russian crude at the Nayara refinery at Vadinar "
                 "in June.\n"
                 "Vessel        Load port     Arrival\n"
                 "Grey Finch    Primorsk      3 June 2023\n")
    assert transfers(f) == {("Grey Finch", "Primorsk", "Vadinar")}
    # an arrival column that names the ports is read as before
    f = facts_of("Vessel        Load port     Arrival\n"
                 "Grey Finch    Primorsk      Sikka\n")
    assert transfers(f) == {("Grey Finch", "Primorsk", "Sikka")}


def test_a_ship_last_detected_off_a_port() -> None:
    f = facts_of("The cargo ship Tae Yang was last detected off Rajin in late January.")
    assert dated(f, "PortCall") == {("Tae Yang", "Rajin"): "2024-01-21/2024-01-31"}
    # (off a coast, no port)
    assert calls(facts_of("The cargo ship Tae Yang was identified off the coast in January.")) == set()


def test_the_first_ships_to_load_and_the_days_each_loaded_told_after() -> None:
    f = facts_of("The Asya Energy and the Pioneer were the first vessels to load at the Utrenneye "
                 "terminal. The Asya Energy loaded its cargo on August 3. The Pioneer followed on "
                 "August 8.", date="2024-09-30")
    assert dated(f, "PortCall") == {("Asya Energy", "Utrenneye"): "2024-08-03",
                                    ("Pioneer", "Utrenneye"): "2024-08-08"}
    # (a government or a newspaper that was the first to do something is no ship)
    for text in ("The Kremlin was the first government to recognise it.",
                 "The Guardian was the first newspaper to report it."):
        assert names(facts_of(text), "Vessel") == set()
    # a deed of another kind, or a port of its own, dates nothing told before
    f = facts_of("The tanker Kira discharged at Sikka. The tanker Kira loaded on 3 May.")
    assert dated(f, "PortCall")[("Kira", "Sikka")] is None


def test_a_ship_struck_in_a_port_lay_there() -> None:
    f = facts_of("Drones struck the Olenegorsky Gornyak, a Russian landing ship, at the naval base "
                 "in Novorossiysk on Friday.")
    assert dated(f, "PortCall") == {("Olenegorsky Gornyak", "Novorossiysk"): "2024-03-22"}
    # off or near a port, at sea
    for text in ("A drone hit the tanker SIG off Novorossiysk.",
                 "The tanker SIG was struck by a missile near Novorossiysk."):
        f = facts_of(text)
        assert calls(f) == set() and [e["location"] for e in kinds(f, "Attack")] == ["Novorossiysk"]


def test_a_ship_under_sanctions_and_a_state_under_them() -> None:
    f = facts_of("The tanker SIG, which is under US sanctions for supplying jet fuel, was holed in "
                 "its engine room.")
    assert [e["target"] for e in kinds(f, "Sanction")] == ["SIG"]
    f = facts_of("The tanker SIG, under EU sanctions since 2023, docked at Taman.")
    assert [e["target"] for e in kinds(f, "Sanction")] == ["SIG"]
    # the aside's time is not the call's
    assert dated(f, "PortCall") == {("SIG", "Taman"): None}
    for text in ("The tanker Dusk Heron docked in Iran, which is under US sanctions.",
                 "The tanker Dusk Heron was under sanctions review."):
        assert kinds(facts_of(text), "Sanction") == [], text


def test_a_state_told_in_a_relative_clause_does_not_date_a_deed_told_before() -> None:
    f = facts_of("The vessel Lady R, which is sanctioned by the United States, had sailed from "
                 "Novorossiysk before the visit, tracking data show.", date="2023-05-12")
    assert dated(f, "PortCall") == {("Lady R", "Novorossiysk"): None}
    f = facts_of("The tanker Kira is moored at Tartus.")
    assert dated(f, "PortCall") == {("Kira", "Tartus"): "2024-03-22"}


def test_a_timeline_of_a_ship_its_title_names() -> None:
    body = ("- 2 March 2024: Sea Breeze departs Nakhodka with about 12,000 tonnes of coal.\n"
            "- 9 March: arrives off Yosu; AIS signal lost.\n"
            "- 12-15 March: STS transfer with the DPRK-flagged Chon Ma San in the Korea Bay.\n"
            "- 20 March: returns to Nakhodka.\n"
            "- 4 May: calls at Nampo, according to a port source.\n")
    f = facts_of(body, title="Timeline: the voyages of the Sea Breeze", date="2024-11-30")
    # (the entries after the transfer are still the Sea Breeze's: the Chon Ma San was named only
    # as the other side of it)
    assert calls(f) == {("Sea Breeze", "Nakhodka"), ("Sea Breeze", "Yeosu"), ("Sea Breeze", "Nampo")}
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Sea Breeze", "Chon Ma San"})]
    # a title's terse list names no ship where the gazetteer knows the name
    f = facts_of("The freighter Rosa Linde berthed at Hodeidah on 17 January.",
                 title="Assessment: a renamed freighter, Hodeidah calls and Tehran's deliveries")
    assert names(f, "Vessel") == {"Rosa Linde"}
    # nor does the title alone make its ship's calls: only the body tells events
    f = facts_of("Port data were released on Monday.", title="The tanker Sea Breeze docked at Nampo")
    assert calls(f) == set()


def test_a_finding_noted_by_a_panel_is_not_a_denial() -> None:
    f = facts_of("The Panel notes that the Kum Un San 3 was observed alongside the tanker Unica in "
                 "the East China Sea on 18 September 2023.")
    assert sts_events(f) == [(frozenset({"Kum Un San 3", "Unica"}), "East China Sea", 1)]
    assert sts_events(facts_of("The Kum Un San 3 was not observed alongside the tanker Unica.")) == []


def test_ships_that_came_one_after_another_to_a_port_told_before() -> None:
    f = facts_of("Three container ships operated by NewNew Shipping have made regular calls at "
                 "Arkhangelsk since July. The NewNew Polar Bear was the first to arrive, docking on "
                 "July 28 with containers from Shanghai. The Flying Fish 1 followed in August, and the "
                 "Xin Xin Tian 2 in September.", date="2025-02-10")
    assert {k: v for k, v in dated(f, "PortCall").items() if k[1] == "Arkhangelsk"} == {
        ("NewNew Polar Bear", "Arkhangelsk"): "2024-07-28", ("Flying Fish 1", "Arkhangelsk"): "2024-08",
        ("Xin Xin Tian 2", "Arkhangelsk"): "2024-09"}
    # (people who were the first to arrive, or followed, are no ships)
    for text in ("Talks were held at Tartus. The minister was the first to arrive.",
                 "The minister arrived first. The Guardian followed in August."):
        assert names(facts_of(text), "Vessel") == set(), text


def test_a_voyage_under_way_when_the_lead_told_the_ship_seized() -> None:
    f = facts_of("Iran's navy seized the tanker St Nikolas off the coast of Oman on Thursday.\n\n"
                 "The tanker, which was carrying about 145,000 tonnes of Iraqi crude from Basra to "
                 "Aliaga in Turkey, was taken to the Iranian port of Bandar-e Jask.")
    assert transfers(f) == set()
    assert ("St Nikolas", "Jask") in calls(f)
    # a voyage told as done, after a seizure years before, stands
    f = facts_of("Iran seized the tanker St Nikolas in 2019. In 2023 it carried Iraqi crude from "
                 "Basra to Aliaga.")
    assert transfers(f) == {("St Nikolas", "Basrah", "Aliaga")}


def test_a_state_named_in_the_next_sentence_does_not_place_a_port() -> None:
    f = facts_of("The tanker Pertamina Pride sailed for Lagos.\n\nGreek authorities said the transfers "
                 "complied with the rules.")
    assert {e.country for e in f.entities if e.name == "Lagos"} == {"NGA"}
    for text in ("The tanker Kira sailed for Lagos, Greece.",
                 "The tanker Kira sailed for the Greek port of Lagos."):
        assert {e.country for e in facts_of(text).entities if e.name == "Lagos"} == {"GRC"}, text


def test_ships_told_by_the_port_they_left_or_came_to() -> None:
    f = facts_of("Vessels leaving Chornomorsk included the bulk carriers Fortune Bay and Siri Honor, "
                 "both bound for Egypt.")
    assert {(e["vessel"], e["port"], e["activity"]) for e in kinds(f, "PortCall")} == {
        ("Fortune Bay", "Chornomorsk", "departure"), ("Siri Honor", "Chornomorsk", "departure")}
    f = facts_of("Ships arriving at Tartus last week included the Sparta IV, the Ursa Major and the "
                 "Lauga.")
    assert calls(f) == {("Sparta IV", "Tartus"), ("Ursa Major", "Tartus"), ("Lauga", "Tartus")}
    # (people leaving a port are no ships; ships that could be among them called nowhere yet)
    f = facts_of("Officials leaving Chornomorsk included the minister and the mayor.")
    assert names(f, "Vessel") == set() and calls(f) == set()
    assert calls(facts_of("Vessels leaving Chornomorsk could include the tankers Kira and Lumo.")) == set()


def test_cargo_picked_up_from_a_storage_ship() -> None:
    f = facts_of("The La Perouse arrived at Beihai on August 31 after picking up LNG from the Saam "
                 "floating storage unit near Murmansk.", date="2025-09-01")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"La Perouse", "Saam"})]
    # from a terminal: a call, no meeting at sea
    f = facts_of("The tanker Kira picked up crude from the Primorsk terminal.")
    assert calls(f) == {("Kira", "Primorsk")} and sts_events(f) == []


def test_the_ships_involved_in_a_groups_trips_and_the_firms_sanctioned_that_own_them() -> None:
    f = facts_of("Since August 2023, Russian-flagged cargo ships have made at least 64 round trips "
                 "between the North Korean port of Rajin and Russian ports.\n\nThe vessels involved "
                 "include the Angara, Maria, Maia-1 and Lady Maria, all owned by companies sanctioned "
                 "by the United States.", date="2024-10-20")
    assert calls(f) == {("Angara", "Rajin"), ("Maria", "Rajin"), ("Maia-1", "Rajin"),
                        ("Lady Maria", "Rajin")}
    # the owners were designated, not the ships
    assert kinds(f, "Sanction") == []
    f = facts_of("The cargo ship Angara, owned by a firm that was sanctioned in 2023, docked at Rajin.")
    assert kinds(f, "Sanction") == []
    f = facts_of("The cargo ship Angara, which was sanctioned in 2023, docked at Rajin.")
    assert [e["target"] for e in kinds(f, "Sanction")] == ["Angara"]


def test_a_seized_ship_then_taken_to_a_port_told_by_a_pronoun() -> None:
    f = facts_of("The car carrier Galaxy Leader was seized on November 19. It was then taken to "
                 "Hodeidah and later moved to Salif.")
    assert calls(f) == {("Galaxy Leader", "Hodeidah"), ("Galaxy Leader", "Salif")}
    # ("It was then unclear ...": no ship)
    f = facts_of("The car carrier Galaxy Leader was seized on November 19. It was then unclear where "
                 "the crew were held.")
    assert calls(f) == set()


def test_ships_joined_by_as_well_as() -> None:
    f = facts_of("Satellite images taken on December 13 show that the Russian frigates Admiral "
                 "Grigorovich and Admiral Golovko, as well as the submarine Novorossiysk, have left "
                 "the naval base at Tartus.", date="2024-12-16")
    assert calls(f) == {("Admiral Grigorovich", "Tartus"), ("Admiral Golovko", "Tartus"),
                        ("Novorossiysk", "Tartus")}


def test_a_table_whose_port_columns_are_named_by_the_deed_and_its_dates_beside_them() -> None:
    f = facts_of("| Vessel | Flag | Loaded | Load date | Discharged | Discharge date |\n"
                 "|---|---|---|---|---|---|\n"
                 "| Cheng Hai | Panama | Kharg Island | 2024-09-12 | Qingdao | 2024-10-28 |\n"
                 "| Golden Crown | Comoros | Kharg Island | 2024-09-25 | — | — |\n", date="2024-11-04")
    assert transfers(f) == {("Cheng Hai", "Kharg Island", "Qingdao")}
    assert dated(f, "PortCall") == {("Cheng Hai", "Kharg Island"): "2024-09-12",
                                    ("Cheng Hai", "Qingdao"): "2024-10-28",
                                    ("Golden Crown", "Kharg Island"): "2024-09-25"}
    # a "Loaded" column of days under a caption that names the port they loaded at
    f = facts_of("Tankers that loaded crude at Primorsk last month:\n"
                 "| Tanker | Loaded | Next port | Arrived |\n|---|---|---|---|\n"
                 "| Sierra Blue | 3 Oct | Sikka | 9 Nov |\n", date="2024-11-20")
    assert transfers(f) == {("Sierra Blue", "Primorsk", "Sikka")}


def test_what_a_court_heard_told_with_how_and_a_ship_named_after_its_kind() -> None:
    f = facts_of("A Maltese court heard on Wednesday how the tanker Sea Master 1 took on about 600 "
                 "tonnes of smuggled Libyan diesel from a smaller vessel, the Amani, off the coast of "
                 "Zuwara in February 2022 before sailing to Malta.", date="2024-04-11")
    assert [(sorted(e["vessels"]), e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Amani", "Sea Master 1"], "2022-02")]
    assert {e.date for e in f.events if e.type == "Transfer"} == {"2022-02"}


def test_a_cargo_that_had_been_taken_on_from_a_smaller_vessel_named_after() -> None:
    f = facts_of("Investigators believe the tanker Petra Wren had taken on the diesel from a smaller "
                 "vessel, the Nour Wren, off the Libyan coast on Thursday night.", date="2024-05-08")
    assert [(sorted(e["vessels"]), e["confidence"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Nour Wren", "Petra Wren"], "likely")]
    # (taken on from a port: no transfer at sea)
    g = facts_of("The tanker Petra Wren had taken on the diesel from a terminal, the Zawiya "
                 "refinery jetty, on Thursday.", date="2024-05-08")
    assert kinds(g, "ShipToShipTransfer") == []


def test_a_load_carried_to_a_state_just_after_a_departure_began_at_the_port_left() -> None:
    f = facts_of("The bulk carrier Aroyat Wren left Chornomorsk on Monday. It is carrying 17,600 "
                 "tonnes of wheat to Egypt.", date="2023-10-03")
    assert transfers(f) == {("Aroyat Wren", "Chornomorsk", "Egypt")}
    # not what it does as a habit, nor a port of the state it goes to
    g = facts_of("The bulk carrier Aroyat Wren left Chornomorsk on Monday. It regularly carries "
                 "wheat to Egypt.", date="2023-10-03")
    assert transfers(g) == {("Aroyat Wren", None, "Egypt")}
    h = facts_of("The bulk carrier Aroyat Wren left Damietta on Monday. It is carrying wheat to "
                 "Egypt.", date="2023-10-03")
    assert ("Aroyat Wren", "Damietta", "Egypt") not in transfers(h)


def test_a_cargo_told_before_a_relative_clause_that_ships_it_is_the_noun_not_the_main_verb() -> None:
    f = facts_of("Investigators traced at least 250 crates of artillery rounds that were shipped across "
                 "the Caspian Sea from Amirabad to Astrakhan aboard the cargo ship Port Wren in August 2023.")
    assert [(e.cargo or "").endswith("artillery rounds") for e in f.events if e.type == "Transfer"] == [True]
    g = facts_of("About 1,500 tonnes of diesel were delivered to Nampo by the tanker Port Wren.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["diesel"]


def test_an_arrival_after_sailing_from_a_port_is_a_voyage_from_it() -> None:
    f = facts_of("The containership Mar Wren-5 berthed at Sevastopol on 21 January after sailing from "
                 "Novorossiysk.", date="2024-01-25")
    assert transfers(f) == {("Mar Wren-5", "Novorossiysk", "Sevastopol")}
    # (a ship held where it was taken made no voyage of its own there)
    g = facts_of("The tanker Mar Wren was held off Porvoo on 21 January after sailing from Ust-Luga.",
                 date="2024-01-25")
    assert ("Mar Wren", "Ust-Luga", "Porvoo") not in transfers(g)


def test_a_ship_found_at_one_port_and_then_at_another_in_one_sentence() -> None:
    for told in ("We located the cargo ship Maia Lark at Rajin on 26 October and at Vostochny on 2 "
                 "November.",
                 "The cargo ship Maia Lark left Nakhodka on 21 October; we located it at Rajin on 26 "
                 "October and at Vostochny on 2 November."):
        f = facts_of(told, date="2023-12-01")
        assert {("Maia Lark", "Rajin"), ("Maia Lark", "Vostochny")} <= calls(f), told
        assert ("Maia Lark", "Rajin", "Vostochny") in transfers(f), told
    # places told with no days in order make no voyage; a ship towed is not found
    g = facts_of("Images over Vostochny and Rajin show the cargo ship Maia Lark.", date="2023-12-01")
    assert transfers(g) == set()
    h = facts_of("Police towed the cargo ship Maia Lark to Rajin on 26 October and then in Vostochny on "
                 "2 November.", date="2023-12-01")
    assert ("Maia Lark", "Vostochny") not in calls(h)


def test_each_port_of_a_list_of_discharges_is_a_voyage_s_end_with_its_preposition_again() -> None:
    for told in ("The cargo ship Angara Wren loaded at Rajin and unloaded at Dunai or at Vostochny.",
                 "The cargo ship Angara Wren loaded at Rajin and unloaded at Dunai and in Vostochny.",
                 "The cargo ship Angara Wren loaded at Rajin and unloaded at Dunai and Vostochny."):
        assert transfers(facts_of(told)) == {("Angara Wren", "Rajin", "Dunai"),
                                             ("Angara Wren", "Rajin", "Vostochny")}, told


def test_a_cargo_on_its_deck_at_a_port_puts_the_ship_told_of_there() -> None:
    f = facts_of("The container ship Angara Wren is the workhorse of the route. On 7 October 2023, "
                 "imagery shows 94 containers on its deck at Rajin. Two days later the vessel was "
                 "docked at Dunai.")
    assert calls(f) == {("Angara Wren", "Rajin"), ("Angara Wren", "Dunai")}
    assert transfers(f) == {("Angara Wren", "Rajin", "Dunai")}
    # (on the quay, not on its deck: no call by it)
    g = facts_of("The container ship Angara Wren is the workhorse of the route. On 7 October 2023, "
                 "imagery shows 94 containers on the quay at Rajin.")
    assert calls(g) == set()


def test_a_voyage_told_with_its_length_dates_the_departure_that_long_before_the_arrival() -> None:
    for told, left in (("after a 38-day voyage from Ust-Luga", "2023-12-26"),
                       ("after a five-week voyage from Ust-Luga", "2023-12-29"),
                       ("after a voyage of 12 days from Ust-Luga", "2024-01-21"),
                       ("after a voyage from Ust-Luga", "2024-01-03/2024-02-02")):
        f = facts_of(f"The tanker Nova Lark arrived at Sikka on Feb 2 {told}.", date="2024-02-06")
        assert dated(f, "PortCall")[("Nova Lark", "Ust-Luga")] == left, told
        assert dated(f, "Transfer")[("Nova Lark", "Ust-Luga", "Sikka")] == \
            f"{left.split('/')[0]}/2024-02-02", told


def test_a_refinery_s_berth_is_the_port_told_before() -> None:
    f = facts_of("Drones struck the port of Tuapse overnight. The tanker Volgoneft Wren had been "
                 "loading fuel oil at the refinery's berth.")
    assert calls(f) == {("Volgoneft Wren", "Tuapse")}
    g = facts_of("Drones struck the port of Tuapse overnight. The tanker Volgoneft Wren had been "
                 "loading fuel oil at the refinery's berth in Novorossiysk.")
    assert calls(g) == {("Volgoneft Wren", "Novorossiysk")}


def test_a_seizure_after_a_finding_about_the_past_and_a_voyage_told_after_to_a_state() -> None:
    f = facts_of("Ukraine's security service said it had seized the cargo ship Bora Wren in the port of "
                 "Izmail after it was found to have carried stolen grain from occupied Crimea last "
                 "year. The ship had sailed from Sevastopol to Turkey in August 2022.", date="2023-11-30")
    # (the finding's time is not the seizure's)
    assert dated(f, "PortCall")[("Bora Wren", "Izmail")] is None
    assert [e.date for e in f.events if e.type == "Detention"] == [None]
    # (the voyage told after went to Turkey, not to the port it was seized in)
    assert transfers(f) == {("Bora Wren", "Sevastopol", "Turkey")}
    # a time of the clause of the deed itself still dates it
    g = facts_of("The authorities detained the tanker Bora Wren at Izmail in July after it was caught "
                 "transferring crude to another ship.", date="2023-11-30")
    assert [e.date for e in g.events if e.type == "Detention"] == ["2023-07"]
    h = facts_of("The cargo ship Bora Wren never sailed from Sevastopol to Turkey.")
    assert transfers(h) == set()


def test_an_arrival_from_a_port_with_another_ship_s_clause_after_keeps_its_voyage_length() -> None:
    f = facts_of("The tanker Nova Lark arrived at Sikka on Feb 2 after a 38-day voyage from Ust-Luga, "
                 "and the Marlin Wren discharged Urals at Paradip on Feb 4.", date="2024-02-06")
    assert dated(f, "PortCall")[("Nova Lark", "Ust-Luga")] == "2023-12-26"
    assert ("Nova Lark", "Ust-Luga", "Sikka") in transfers(f)
    lark = next(e.id for e in f.entities if e.name == "Nova Lark")
    assert [e.cargo for e in f.events if e.type == "Transfer" and e.vessel == lark] == [None]


def test_a_seizure_counted_among_the_year_s_keeps_the_day_it_was_told_on() -> None:
    f = facts_of("The coast guard on Sunday seized the squid jigger Hai Wren 8 and escorted it to "
                 "Puerto Madryn. It was the second Chinese vessel detained this year.", date="2024-03-12")
    assert [e.date for e in f.events if e.type == "Detention"] == ["2024-03-10"]


def test_ships_told_as_bound_for_a_state_after_their_loadings_are_under_way_there() -> None:
    f = facts_of("The Aframaxes Zeus Wren and Hera Lark loaded at Primorsk and Ust-Luga respectively "
                 "on September 16 and 17. Both are bound for India.", date="2024-09-20")
    assert transfers(f) == {("Zeus Wren", "Primorsk", "India"), ("Hera Lark", "Ust-Luga", "India")}
    # (not to the state of the port it loaded at, nor a plan)
    g = facts_of("The Aframax Zeus Wren loaded at Sikka on September 16. The tanker is bound for India.",
                 date="2024-09-20")
    assert transfers(g) == set()
    h = facts_of("The Aframax Zeus Wren loaded at Primorsk on September 16. It may be bound for India.",
                 date="2024-09-20")
    assert transfers(h) == set()


def test_a_laden_departure_with_no_end_told_is_a_voyage_under_way_from_the_port_left() -> None:
    f = facts_of("The VLCC Gladiator Wren departed the Jose terminal on June 3 with 2 million barrels of "
                 "Merey crude. It is expected to transfer the oil to other vessels off Malaysia.",
                 date="2024-07-15")
    assert transfers(f) == {("Gladiator Wren", "Jose", None)}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Merey crude"]
    # an end told makes it that voyage; no load, or a ship seized after: none from here
    g = facts_of("The VLCC Gladiator Wren departed Jose on June 3 with 2 million barrels of crude and "
                 "arrived at Dongying on July 20.", date="2024-07-25")
    assert transfers(g) == {("Gladiator Wren", "Jose", "Dongying")}
    for told in ("The VLCC Gladiator Wren departed Jose on June 3 with its crew.",
                 "The VLCC Gladiator Wren departed Jose on June 3 with 2 million barrels of crude. "
                 "The navy seized the tanker on June 9."):
        assert transfers(facts_of(told, date="2024-07-15")) == set(), told


def test_the_port_of_a_city_named_as_a_place_just_before() -> None:
    f = facts_of("A court in Tripoli ordered the release on Friday of the cargo ship Lattakia Wren, which "
                 "had been held at the port since May 20. The ship had arrived from the Crimean port of "
                 "Feodosia with about 7,000 tonnes of barley.", date="2024-06-03",
                 title="Lebanese court orders release of Syrian ship")
    assert ("Lattakia Wren", "Tripoli") in calls(f)
    assert ("Lattakia Wren", "Feodosia", "Tripoli") in transfers(f)
    port = next(e for e in f.entities if e.type == "Port" and e.name == "Tripoli")
    assert port.country == "LBN"
    # (a city with no port of that name: none)
    g = facts_of("Officials in Vienna said the tanker Sea Wren remained at the port.")
    assert calls(g) == set()


def test_a_log_s_clauses_after_semicolons_are_the_ship_s_calls_and_voyages() -> None:
    f = facts_of("The cargo ship Krasnaya Wren arrived at Vostochny on 2 Aug from Rajin; departed "
                 "Vostochny on 6 Aug for Rajin; arrived at Rajin on 9 Aug.", date="2024-08-21")
    assert transfers(f) == {("Krasnaya Wren", "Rajin", "Vostochny"), ("Krasnaya Wren", "Vostochny", "Rajin")}
    assert dated(f, "Transfer")[("Krasnaya Wren", "Vostochny", "Rajin")] == "2024-08-06/2024-08-09"
    # a profile's field of movements, under the one ship the lines before name
    g = facts_of("Name: KRASNAYA WREN\nIMO: 9387425\nFlag: Russia\n\nRecent movements: arrived "
                 "Vostochny 2 Aug from Rajin; departed Vostochny 6 Aug for Rajin; arrived Rajin 9 Aug.",
                 date="2024-08-21")
    assert transfers(g) == {("KRASNAYA WREN", "Rajin", "Vostochny"), ("KRASNAYA WREN", "Vostochny", "Rajin")}
    # (a sentence of two ships: whose the clause is is not told)
    h = facts_of("The cargo ships Krasnaya Wren and Sever Lark arrived at Vostochny on 2 Aug; departed "
                 "Vostochny on 6 Aug for Rajin.", date="2024-08-21")
    assert ("Krasnaya Wren", "Vostochny", "Rajin") not in transfers(h)


def test_arrivals_told_as_a_noun_and_the_ships_they_include() -> None:
    f = facts_of("Port records list 14 arrivals of foreign-flagged ships at Latakia in the first "
                 "quarter. They include the Tanzanian-flagged Lina S, which arrived on January 9 with "
                 "Ukrainian wheat loaded at Sevastopol, and the Togo-flagged Aris.", date="2024-04-05")
    assert dated(f, "PortCall")[("Lina S", "Latakia")] == "2024-01-09"
    assert dated(f, "PortCall")[("Aris", "Latakia")] == "2024-01/2024-03"
    assert transfers(f) == {("Lina S", "Sevastopol", "Latakia")}


def test_a_stop_on_the_way_is_no_end_of_a_voyage() -> None:
    f = facts_of("The tanker Sun Ray loaded methanol at Bandar Imam Khomeini on April 3 and reached "
                 "Port Klang on April 22, after a stop at Ras Tanura.")
    assert transfers(f) == {("Sun Ray", "Bandar Imam Khomeini", "Port Klang")}
    assert ("Sun Ray", "Ras Tanura") in calls(f)
    f = facts_of("In January the Arctic Wren unloaded fertiliser at Izmir after a brief stop in Piraeus.")
    assert transfers(f) == {("Arctic Wren", None, "Izmir")}


def test_a_cargo_passed_off_a_port_to_a_ship_named_after_it() -> None:
    f = facts_of("One cargo, carried by the VLCC Thalia III, left Jose on May 20 and was transferred "
                 "off Malacca to the Fortune Star, which delivered it to Qingdao on July 14.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Thalia III", "Fortune Star"})]
    assert ("Fortune Star", "Qingdao") in calls(f) and ("Thalia III", "Qingdao") not in calls(f)
    f = facts_of("The VLCC Thalia III transferred its cargo off Malacca to the Fortune Star.")
    assert names(f, "Vessel") == {"Thalia III", "Fortune Star"}
    # (a terminal named after "to the" is no ship)
    assert names(facts_of("The grain was moved to the Odessa Express terminal."), "Vessel") == set()


def test_a_voyage_cut_short_by_a_tow_to_another_port() -> None:
    f = facts_of("The tanker Eventin, carrying about 99,000 tonnes of Russian oil from Ust-Luga to Port "
                 "Said, lost power in the Baltic Sea on January 10 and drifted before being towed to "
                 "Sassnitz.", date="2025-03-20")
    assert transfers(f) == set()
    assert {("Eventin", "Ust-Luga"), ("Eventin", "Sassnitz")} <= calls(f)
    f = facts_of("The tanker Eventin carried Russian oil from Ust-Luga to Port Said in May.")
    assert transfers(f) == {("Eventin", "Ust-Luga", "Port Said")}


def test_a_list_items_ship_named_in_emphasis_with_its_kind_and_sentences_with_no_subject(
        tmp_path: Path) -> None:
    path = tmp_path / "ferries.md"
    path.write_text("---\ntitle: Fleet watch\ndate: 2024-09-02\n---\n\n## Vessels\n\n"
                    "- **Slavyanin** — rail ferry, Russian flag. Made 18 crossings; photographed at "
                    "Kerch on 14 August with tanks on deck.\n"
                    "- **Avangard** — rail ferry, Russian flag. Damaged by a drone at Port Kavkaz on "
                    "22 August.\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert {(e.name, e.flag) for e in f.entities if e.type == "Vessel"} == {
        ("Slavyanin", "RUS"), ("Avangard", "RUS")}
    assert dated(f, "PortCall") == {("Slavyanin", "Kerch"): "2024-08-14",
                                    ("Avangard", "Kavkaz"): "2024-08-22"}
    # (the empty mention that stands for the ship is no evidence of its name)
    assert all(m.text for e in f.entities for m in e.mentions)
    # an item that opens with no ship's kind names none
    path.write_text("---\ntitle: Notes\ndate: 2024-09-02\n---\n\n- **Summary** — rising costs. "
                    "Made at Kerch.\n", encoding="utf-8")
    assert names(extract(read_document(path), default_gazetteer()), "Vessel") == set()


def test_false_signals_deny_no_deed_and_a_port_of_another_state_is_no_destination() -> None:
    f = facts_of("The tanker Huihai Pacific delivered Iranian crude to China in May, using false AIS "
                 "signals.")
    assert transfers(f) == {("Huihai Pacific", "Iran", "China")}
    f = facts_of("The tanker Huihai Pacific delivered Iranian crude to China in May, hiding its visits "
                 "to Kharg Island.")
    assert transfers(f) == {("Huihai Pacific", "Iran", "China")}
    f = facts_of("The tanker Huihai Pacific delivered Iranian crude to China, unloading it at Qingdao.")
    assert transfers(f) == {("Huihai Pacific", "Iran", "Qingdao")}
    # a deed told as false stays denied
    assert transfers(facts_of("The tanker Huihai Pacific falsely reported delivering crude to "
                              "China.")) == set()


def test_a_relative_clause_after_a_list_tells_of_its_last_ship_where_that_one_has_words_of_its_own(
        ) -> None:
    f = facts_of("Among the ships loading at Izmail last week were the Moldovan-flagged river-sea "
                 "vessel Captain Smirnov and the Comoros-flagged Sea Rover, which took 3,000 tonnes of "
                 "maize to Constanta.", date="2024-06-11")
    assert transfers(f) == {("Sea Rover", "Izmail", "Constanta")}
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Captain Smirnov": "MDA", "Sea Rover": "COM"}
    # both, where the names stand bare or the clause tells each its own port
    f = facts_of("The pattern matches deliveries involving the Angara and the Maria, which shuttled "
                 "between Rajin and Dunai in 2023.")
    assert transfers(f) == {("Angara", "Rajin", "Dunai"), ("Maria", "Rajin", "Dunai")}


def test_a_familiar_sight_at_a_port_and_a_pronoun_that_last_arrived() -> None:
    f = facts_of("The Hope, a general cargo ship flagged in Togo, has become a familiar sight at Port "
                 "Sudan since March, unloading sacks of flour. She last arrived on June 20 from "
                 "Novorossiysk.", date="2024-07-01")
    assert {(e["port"], e.get("activity")) for e in kinds(f, "PortCall")} == {
        ("Port Sudan", "discharging"), ("Novorossiysk", "departure")}
    assert transfers(f) == {("Hope", "Novorossiysk", "Port Sudan")}


def test_a_ship_that_received_a_cargo_at_a_port_loaded_there() -> None:
    f = facts_of("We assess it is highly likely that the DPRK-flagged tanker Sam Jong 2 received "
                 "refined petroleum from a Russian tanker at Vostochny in April. The vessel almost "
                 "certainly delivered that cargo to Nampo in early May.", date="2024-07-15")
    assert {(e["port"], e.get("activity"), e["confidence"]) for e in kinds(f, "PortCall")} == {
        ("Vostochny", "loading", "highly likely"), ("Nampo", "discharging", "almost certain")}
    assert transfers(f) == {("Sam Jong 2", "Vostochny", "Nampo")}
    # (not a warning received there; a port that received a cargo is where the ship unloaded)
    assert calls(facts_of("The tanker Sam Jong 2 received a warning at Vostochny.")) == set()


def test_a_port_report_that_counts_the_ships_it_handled_and_the_ships_named_after() -> None:
    f = facts_of("Samsun port handled 14 vessels last week. The Russian-flagged general cargo ship "
                 "Volgo-Don 5077 unloaded 4,500 tonnes of wheat from Rostov-on-Don. The Palau-flagged "
                 "Merve loaded hazelnuts for Novorossiysk and left on Thursday.", date="2024-03-25")
    assert {(e["vessel"], e["port"], e.get("activity")) for e in kinds(f, "PortCall")} >= {
        ("Volgo-Don 5077", "Samsun", "discharging"), ("Merve", "Samsun", "loading")}
    assert transfers(f) == {("Volgo-Don 5077", "Rostov-on-Don", "Samsun")}


def test_ships_among_those_targeted() -> None:
    f = facts_of("The Treasury Department on Wednesday imposed sanctions on a network of vessels. Among "
                 "those targeted were the Panama-flagged Saba and the Comoros-flagged Great Honor.",
                 date="2024-10-16")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["Great Honor", "Saba"]
    # (those named in a report, with no designation told)
    f = facts_of("The report names several ships. Among those named were the tanker Saba and the "
                 "tanker Great Honor.")
    assert kinds(f, "Sanction") == []


def test_ships_that_accounted_for_a_ports_arrivals_and_a_shipyard_stay_after_a_voyage() -> None:
    f = facts_of("Our count of Russian-linked arrivals at Tartus in 2023 is 48. The ro-ro vessels "
                 "Sparta IV and Ursa Major accounted for 22 of them.", date="2024-01-20")
    assert calls(f) == {("Sparta IV", "Tartus"), ("Ursa Major", "Tartus")}
    # a ship docked at a shipyard after a voyage told after: a repair, no cargo delivered
    f = facts_of("The cargo ship Angara has been docked at a shipyard in Zhoushan since February. The "
                 "vessel left the Russian port of Vostochny in January.", date="2024-06-03")
    assert transfers(f) == set()
    assert calls(f) == {("Angara", "Zhoushan"), ("Angara", "Vostochny")}


def test_a_ship_ordered_to_a_port_or_still_expected_there_did_not_call() -> None:
    f = facts_of("Estonian navy personnel boarded the tanker Jaguar and ordered it to anchor off "
                 "Tallinn for an inspection. The tanker refused and sailed into Russian waters.")
    assert calls(f) == set()
    assert calls(facts_of("Navy personnel ordered the tanker Jaguar to anchor off Tallinn.")) == set()
    # taken there by order, it called
    f = facts_of("The navy ordered the tanker Jaguar to Tallinn, where it docked on Friday.")
    assert calls(f) == {("Jaguar", "Tallinn")}
    f = facts_of("The LNG carrier North Air later sailed south toward Beihai, where it is expected to "
                 "arrive in mid-November.")
    assert calls(f) == set()
    f = facts_of("The tanker Kira docked at Beihai, where it is expected to unload next week.")
    assert calls(f) == {("Kira", "Beihai")}


def test_two_ships_moored_beside_each_other_in_a_bay() -> None:
    f = facts_of("Imagery shows the LNG carrier North Air moored beside the floating storage unit "
                 "Koryak in the Bechevinskaya Bay of Kamchatka.")
    assert sts_events(f) == [(frozenset({"North Air", "Koryak"}), "Bechevinskaya Bay", 1)]
    # beside a quay in a port: a call, no meeting
    f = facts_of("The tanker Kira was moored beside a quay in Piraeus.")
    assert sts_events(f) == [] and calls(f) == {("Kira", "Piraeus")}


def test_a_buyer_that_took_a_cargo_from_a_ship_at_a_port() -> None:
    f = facts_of("India's Reliance took a cargo of Russian crude from the tanker Ahtra at Sikka on "
                 "Wednesday.")
    assert {(e["vessel"], e["port"], e.get("activity")) for e in kinds(f, "PortCall")} == {
        ("Ahtra", "Sikka", "discharging")}
    # a ship that took on cargo from another: a transfer between them, no call for the giver
    f = facts_of("The tanker Lumo took on diesel from the tanker Ahtra in Kalamata.")
    assert calls(f) == set() and [pair for pair, _, _ in sts_events(f)] == [frozenset({"Lumo", "Ahtra"})]


def test_a_registers_records_with_fields_on_lines_of_their_own() -> None:
    f = facts_of("Vessels of interest\n\nVESSEL: LAGUNA (IMO 9334806)\nFLAG: Cameroon\nLAST PORT: Tartus "
                 "(Syria), 20 April 2024\nNOTES: AIS dark for 12 days.\n\nVESSEL: FAIRWAY (IMO 9328584)\n"
                 "FLAG: Gabon\nLAST PORT: Kozmino, 2 April 2024\n", date="2024-05-01")
    assert {(e.name, e.flag) for e in f.entities if e.type == "Vessel"} == {
        ("LAGUNA", "CMR"), ("FAIRWAY", "GAB")}
    assert dated(f, "PortCall") == {("LAGUNA", "Tartus"): "2024-04-20", ("FAIRWAY", "Kozmino"): "2024-04-02"}
    # a field line in a paragraph of its own, after a blank line, is no ship's
    f = facts_of("The tanker Kira docked at Sikka.\n\nLast port: Tartus, 20 April 2024\n")
    assert calls(f) == {("Kira", "Sikka")}


def test_a_detention_after_a_ship_was_suspected_of_a_deed_is_not_hedged_by_the_suspicion() -> None:
    f = facts_of("Finnish authorities detained the bulk carrier Yi Peng 3 in November after it was "
                 "suspected of cutting two data cables in the Baltic Sea.", date="2025-01-02")
    assert [(e["target"], e["confidence"]) for e in kinds(f, "Detention")] == [("Yi Peng 3", "reported")]
    # a deed it is suspected of having done stays hedged
    f = facts_of("Police detained the tanker Kira after it was suspected of having docked at Nampo.")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["realistic possibility"]


def test_a_ship_that_met_another_and_took_on_cargo_in_the_same_sentence() -> None:
    f = facts_of("The Panama-flagged VLCC Ocean Gold met the Iranian tanker Dune at least three times "
                 "in 2024 off Johor, each time taking on about two million barrels of crude.",
                 date="2025-02-20")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Ocean Gold", "Dune"})]
    assert [e["date"] for e in kinds(f, "ShipToShipTransfer")] == ["2024"]
    # cargo loaded at a port after the meeting is the port's, and a denied meeting none
    for text in ("The VLCC Ocean Gold met the Iranian tanker Dune off Johor, then loaded crude at "
                 "Primorsk.", "The VLCC Ocean Gold did not meet the tanker Dune."):
        assert sts_events(facts_of(text)) == [], text


def test_ships_waiting_off_a_port_and_a_member_that_finally_loaded() -> None:
    f = facts_of("At least a dozen tankers were waiting off Venezuela's Jose terminal last week. Among "
                 "them were the VLCCs Kelly and Yuri, which arrived in late April. The Kelly finally "
                 "loaded on May 10.", date="2024-05-14")
    assert dated(f, "PortCall") == {("Kelly", "Jose"): "2024-05-10",
                                    ("Yuri", "Jose"): "2024-04-21/2024-04-30"}
    # a member with a port of its own after its cargo did not call at the group's port, and a
    # ship one of them met later is no member
    f = facts_of("Three tankers have delivered crude to Syria's Baniyas refinery since November. The "
                 "largest of the three, the VLCC Arman 114, loaded roughly two million barrels at Kharg "
                 "Island in late October.", date="2024-12-20")
    assert calls(f) == {("Arman 114", "Kharg Island")}
    f = facts_of("Three tankers were seen idling in Nakhodka Bay between 10 and 20 January. One of "
                 "them, the Grey Wren, later moved alongside the Dusk Heron.")
    assert calls(f) == {("Grey Wren", "Nakhodka")}


def test_a_transfer_told_first_with_no_ship_named_gives_its_time_and_place() -> None:
    lead = ("Two tankers carried out a ship-to-ship transfer of fuel oil in the Laconian Gulf on "
            "June 9, tracking data show.\n\n")
    then = "The Aframax Grey Owl pulled alongside the tanker Dune Lark and stayed for 30 hours."
    f = facts_of(lead + then, date="2025-06-14")
    assert sts_events(f) == [(frozenset({"Grey Owl", "Dune Lark"}), "Laconian Gulf", 2)]
    assert [e.get("date") for e in kinds(f, "ShipToShipTransfer")] == ["2025-06-09"]
    # not from a transfer only planned, nor from one whose ships the lead names, nor from far back
    for before in ("Officials feared a ship-to-ship transfer could take place in the Laconian Gulf "
                   "on June 9.\n\n",
                   "The tankers Red Kite and Sea Wren held a ship-to-ship transfer in the Laconian "
                   "Gulf on June 9.\n\n",
                   lead + "Greece objected.\n\nAthens said so.\n\nTraders agreed.\n\n"):
        f = facts_of(before + then, date="2025-06-14")
        found = [e for e in kinds(f, "ShipToShipTransfer")
                 if set(e["vessels"]) == {"Grey Owl", "Dune Lark"}]
        assert [(e.get("location"), e.get("date")) for e in found] == [(None, None)], before


def test_ships_a_designation_told_before_includes_are_designated_once() -> None:
    f = facts_of("The Treasury on Monday imposed sanctions on more than 30 people, firms and vessels "
                 "tied to Iranian oil.\n\nThe vessels designated include the Panama-flagged tanker "
                 "Grey Wren and the Comoros-flagged Dusk Heron.", date="2025-02-26")
    assert sorted((e["target"], e.get("date")) for e in kinds(f, "Sanction")) == [
        ("Dusk Heron", "2025-02-24"), ("Grey Wren", "2025-02-24")]


def test_a_deed_told_as_later_than_the_sentence_s_time_and_a_time_opening_the_next_verb() -> None:
    f = facts_of("Images from March 2 show the tanker Grey Wren alongside the tanker Dusk Heron, "
                 "which later sailed to Qingdao.", date="2024-03-22")
    assert dated(f, "PortCall") == {("Dusk Heron", "Qingdao"): "2024-03-02/2024-03-22"}
    f = facts_of("On 3 March the tanker Grey Wren loaded at Nampo and two days later sailed to Longkou.",
                 date="2024-03-22")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2024-03-03",
                                    ("Grey Wren", "Longkou"): "2024-03-05"}
    # (a count of days after "later" is a time of its own)
    f = facts_of("On 3 March the tanker Grey Wren loaded at Nampo. It sailed to Longkou two days later.",
                 date="2024-03-22")
    assert dated(f, "PortCall")[("Grey Wren", "Longkou")] == "2024-03-05"


def test_an_attack_told_twice_is_one_attack_and_two_attacks_days_apart_are_two() -> None:
    f = facts_of("Houthi forces attacked and sank the bulk carrier Grey Wren in the Red Sea this week. "
                 "The ship came under fire from drones on Monday night.", date="2025-07-10")
    assert [(e["target"], e.get("location"), e.get("date")) for e in kinds(f, "Attack")] == [
        ("Grey Wren", "Red Sea", "2025-07-07")]
    assert len(f.events[0].evidence) == 2
    f = facts_of("The bulk carrier Grey Wren was hit by a missile on May 3. The ship was hit by a "
                 "drone again on May 19.", date="2025-07-10")
    assert [e.get("date") for e in kinds(f, "Attack")] == ["2025-05-03", "2025-05-19"]


def test_a_ship_a_relative_clause_tells_was_seized_is_seized_at_that_time_alone() -> None:
    f = facts_of("Iran has detained several foreign ships in recent years, including the tanker Grey "
                 "Wren, which was seized in April 2023 while sailing to Houston.", date="2025-01-22")
    assert [(e["target"], e.get("date")) for e in kinds(f, "Detention")] == [("Grey Wren", "2023-04")]
    # a cargo confiscated is no seizure of the ship (the ship's, to its release)
    f = facts_of("The tanker Grey Wren was seized on January 15. The ship was released five days "
                 "later, after its cargo was confiscated.", date="2025-01-22")
    assert [(e["target"], e.get("date")) for e in kinds(f, "Detention")] == [
        ("Grey Wren", "2025-01-15/2025-01-20")]
    f = facts_of("Police said the tanker Grey Wren and its cargo were seized.")
    assert [e["target"] for e in kinds(f, "Detention")] == ["Grey Wren"]


def test_a_table_of_stays_at_a_captioned_port_and_a_voyage_told_after_it() -> None:
    f = facts_of("Three tankers have loaded at Ust-Luga since March, agency reports show.\n\n"
                 "| Vessel | Flag | Arrived | Departed | Cargo |\n|---|---|---|---|---|\n"
                 "| Grey Wren | Gabon | 2 March | 5 March | fuel oil |\n"
                 "| Dusk Heron | Gabon | 9 March | 12 March | naphtha |\n"
                 "| Kite Hollow | Cameroon | 18 March | 20 March | diesel |\n\n"
                 "The Grey Wren sailed for the Mediterranean. The Dusk Heron headed for India; it "
                 "discharged at Sikka on April 8.", date="2025-04-11")
    assert dated(f, "PortCall") == {
        ("Grey Wren", "Ust-Luga"): "2025-03-02/2025-03-05",
        ("Dusk Heron", "Ust-Luga"): "2025-03-09/2025-03-12",
        ("Kite Hollow", "Ust-Luga"): "2025-03-18/2025-03-20", ("Dusk Heron", "Sikka"): "2025-04-08"}
    assert cargoes(f) == {("Dusk Heron", "Ust-Luga", "Sikka"): "naphtha"}
    (voyage,) = [e for e in f.events if e.type == "Transfer"]
    assert len(voyage.evidence) == 2  # the row it loaded in, and the sentence of its discharge


def test_a_voyage_told_to_states_ends_at_the_port_each_ship_was_later_told_at() -> None:
    f = facts_of("The bulk carriers Grey Wren and Dusk Heron loaded grain at Sevastopol in May and "
                 "delivered it to Turkey and Syria. The Dusk Heron unloaded in Latakia on May 27, while "
                 "the Grey Wren went to Iskenderun.", date="2023-06-02")
    assert cargoes(f) == {("Grey Wren", "Sevastopol", "Iskenderun"): "grain",
                          ("Dusk Heron", "Sevastopol", "Latakia"): "grain"}
    f = facts_of("The bulk carrier Dusk Heron loaded grain at Sevastopol in May and delivered it to "
                 "Syria. The Dusk Heron unloaded in Latakia on May 27.", date="2023-06-02")
    assert cargoes(f) == {("Dusk Heron", "Sevastopol", "Latakia"): "grain"}
    # a port of another state keeps the voyage told to a state
    f = facts_of("The bulk carrier Dusk Heron loaded grain at Sevastopol in May and delivered it to "
                 "Syria. The Dusk Heron later called at Mersin.", date="2023-06-02")
    assert ("Dusk Heron", "Sevastopol", "Syria") in cargoes(f)


def test_a_ship_still_sailing_to_a_port_is_not_there_and_one_waiting_is_there_now() -> None:
    f = facts_of("The Aframax Grey Wren completed loading at Primorsk on May 12 and is now sailing to "
                 "India's Sikka.", date="2025-05-19")
    assert dated(f, "PortCall") == {("Grey Wren", "Primorsk"): "2025-05-12"}
    f = facts_of("The tanker Grey Wren was steaming towards Tartus when it was seized.")
    assert calls(f) == set()
    f = facts_of("The Dusk Heron loaded at Kozmino on May 6. The tanker Grey Wren is waiting to berth at "
                 "Kozmino.", date="2025-05-19")
    assert dated(f, "PortCall")[("Grey Wren", "Kozmino")] == "2025-05-19"


def test_trips_between_the_two_ports_named_last() -> None:
    f = facts_of("The cargo ship Grey Wren left Rajin on February 14 and arrived at Dunai on February "
                 "17. The Grey Wren and the Dusk Heron have made ten round trips between the two ports "
                 "since August 2023.", date="2024-02-27")
    assert transfers(f) == {("Grey Wren", "Rajin", "Dunai"), ("Dusk Heron", "Rajin", "Dunai")}
    # the voyage told with its days stays one of its own
    assert sorted(e.date or "" for e in f.events if e.type == "Transfer") == [
        "2023-08-01/2024-02-27", "2023-08-01/2024-02-27", "2024-02-14/2024-02-17"]
    # with only one port named before, no trips are read
    f = facts_of("The cargo ship Grey Wren left Rajin on February 14. The Grey Wren has made ten round "
                 "trips between the two ports.", date="2024-02-27")
    assert transfers(f) == set()


def test_a_call_told_with_no_time_and_again_with_one_is_one_call() -> None:
    f = facts_of("The tankers Grey Wren and Dusk Heron loaded crude at Jose in September.\n\nBoth "
                 "vessels later discharged at Dongying. The Grey Wren arrived there on October 20; the "
                 "Dusk Heron followed six days later.", date="2024-11-02")
    assert sorted((e.activity, e.date) for e in f.events if e.type == "PortCall" and
                  e.port == next(x.id for x in f.entities if x.name == "Dongying")) == [
        ("discharging", "2024-10-20"), ("discharging", "2024-10-26")]
    # (not a call told as another)
    f = facts_of("The tanker Grey Wren called at Tartus on 3 May.\n\nThe Grey Wren called at Tartus "
                 "again.", date="2024-11-02")
    assert len([e for e in f.events if e.type == "PortCall"]) == 2


def test_ships_lying_off_a_port_cargo_unloaded_with_the_ship_told_after_and_departures_with_no_port() -> None:
    f = facts_of("The tanker Grey Wren then sat off Singapore for months.", date="2023-09-08")
    assert calls(f) == {("Grey Wren", "Singapore")}
    for lying in ("floating", "loitering"):
        f = facts_of(f"The tanker Grey Wren has been {lying} off Zhoushan since October.", date="2024-12-01")
        assert dated(f, "PortCall") == {("Grey Wren", "Zhoushan"): "2024-10-01/2024-12-01"}
    assert calls(facts_of("The tanker Grey Wren found debris floating off Zhoushan.")) == set()
    f = facts_of("Prosecutors seized Iranian oil that had been loaded onto the Grey Wren, a Liberian-flagged "
                 "tanker.\n\nThe cargo was unloaded at the port of Galveston in August 2023 after the "
                 "tanker's operator pleaded guilty.", date="2023-09-08")
    assert dated(f, "PortCall") == {("Grey Wren", "Galveston"): "2023-08"}
    # a departure with no port ends the call told before it
    f = facts_of("Drones attacked the oil terminal at Novorossiysk on June 4. The tanker Grey Wren, which "
                 "was loading at the terminal at the time, was not hit.\n\nThe Grey Wren finished "
                 "loading over the weekend and left on June 10.", date="2024-07-02")
    assert dated(f, "PortCall") == {("Grey Wren", "Novorossiysk"): "2024-06-04/2024-06-10"}
    f = facts_of("The tanker Grey Wren arrived at Novorossiysk on June 4. The tanker Dusk Heron arrived at "
                 "Tuapse on June 5. The Grey Wren left on June 10.", date="2024-07-02")
    assert dated(f, "PortCall")[("Grey Wren", "Novorossiysk")] == "2024-06-04"


def test_a_group_waiting_at_the_anchorage_and_a_voyage_to_a_port_after_its_state_s_name() -> None:
    f = facts_of("The tanker Grey Wren left Novorossiysk on June 10. In the first week of June, three "
                 "other tankers had been waiting at the anchorage, including the Dusk Heron and the Kite "
                 "Hollow.\n\nThe Dusk Heron loaded in mid-June and sailed for Turkey's Aliaga, where it "
                 "arrived on June 25.", date="2024-07-02")
    assert {("Dusk Heron", "Novorossiysk"), ("Kite Hollow", "Novorossiysk"),
            ("Dusk Heron", "Aliaga")} <= calls(f)
    assert transfers(f) == {("Dusk Heron", "Novorossiysk", "Aliaga")}


def test_a_numbered_list_of_ships_a_designation_told_before_lists() -> None:
    f = facts_of("The European Union on Tuesday added 189 vessels to its list of ships banned from EU "
                 "ports. Among the newly listed tankers are:\n\n1. GREY WREN (IMO 9301196), flag: "
                 "Cameroon\n2. DUSK HERON (IMO 9232462), flag: Gabon\n", date="2025-05-20")
    assert sorted((e["target"], e.get("date")) for e in kinds(f, "Sanction")) == [
        ("DUSK HERON", "2025-05-20"), ("GREY WREN", "2025-05-20")]
    # with no designation told before, a list of ships is no list of sanctions
    f = facts_of("Port agents counted the ships. Among the newly listed tankers are:\n\n1. GREY WREN "
                 "(IMO 9301196), flag: Cameroon\n", date="2025-05-20")
    assert kinds(f, "Sanction") == []


def test_a_group_named_in_dashes_and_each_member_s_own_day_gapped_or_after_an_aside() -> None:
    f = facts_of("Three Iranian tankers have delivered crude to Syria's Baniyas port since mid-March.\n\n"
                 "The tankers - the Grey Wren, the Dusk Heron and the Kite Hollow - together carried "
                 "about 3 million barrels. The Grey Wren, the largest of the three, discharged its "
                 "cargo on March 18, while the Dusk Heron arrived on March 29 and the Kite Hollow on "
                 "April 5.", date="2024-04-10")
    assert dated(f, "PortCall") == {("Grey Wren", "Baniyas"): "2024-03-18",
                                    ("Dusk Heron", "Baniyas"): "2024-03-29",
                                    ("Kite Hollow", "Baniyas"): "2024-04-05"}
    # ships named in an aside that is no list of the group are not its members
    f = facts_of("Three Iranian tankers have delivered crude to Syria's Baniyas port since mid-March.\n\n"
                 "The tankers met a fourth, the Grey Wren, off Cyprus.", date="2024-04-10")
    assert calls(f) == set()


def test_a_group_at_a_port_told_with_its_region_and_its_members_joined_before_their_deed() -> None:
    f = facts_of("Two Russian navy landing ships unloaded military vehicles at the eastern Libyan port of "
                 "Tobruk last week.\n\nThe Grey Wren and the Dusk Heron, both vessels of the Northern "
                 "Fleet, arrived on April 8 after sailing from the Syrian port of Tartus.\n\nIt was the "
                 "fourth such delivery to Tobruk since February.", date="2024-04-16")
    assert {k: v for k, v in dated(f, "PortCall").items() if "Tobruk" in k} == {
        ("Grey Wren", "Tobruk"): "2024-04-08", ("Dusk Heron", "Tobruk"): "2024-04-08"}
    assert {e.activity for e in f.events if e.type == "PortCall" and e.date == "2024-04-08"} == {
        "discharging"}
    assert transfers(f) == {("Grey Wren", "Tartus", "Tobruk"), ("Dusk Heron", "Tartus", "Tobruk")}


def test_cargo_passed_to_ships_of_a_list_each_told_with_its_kind() -> None:
    f = facts_of("The tanker Grey Wren transferred marine gasoil to the bulk carrier Dusk Heron and the "
                 "container ship Kite Hollow.")
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == [
        ["Dusk Heron", "Grey Wren"], ["Grey Wren", "Kite Hollow"]]
    f = facts_of("The tanker Grey Wren transferred gasoil to the bulk carrier Dusk Heron and the tanker "
                 "Kite Hollow took on diesel at Piraeus.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Grey Wren", "Dusk Heron"})]


def test_two_counted_cargoes_loaded_together_are_both_the_cargo() -> None:
    f = facts_of("The ship Grey Wren loaded about 5,000 tonnes of barley and 5,000 tonnes of flour at "
                 "Feodosia in mid-July. It arrived in Tripoli on July 27.", date="2022-08-02")
    assert cargoes(f) == {("Grey Wren", "Feodosia", "Tripoli"): "barley and flour"}


def test_cargo_passed_by_a_ship_told_by_its_kind_to_a_ship_named_after() -> None:
    f = facts_of("The Panama-flagged tanker Grey Wren loaded crude at Kharg Island in February. After "
                 "leaving Iranian waters the tanker sailed to waters off eastern Malaysia, where it "
                 "transferred its cargo to the Dusk Heron on March 6, the firm said.")
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Grey Wren", "Dusk Heron"})]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-03-06"]
    # a work ashore is no ship, however the ship is told
    for told in ("The tanker pumped its oil into the Druzhba pipeline.",
                 "The tanker Grey Wren pumped its oil to the Druzhba pipeline."):
        f = facts_of("The tanker Grey Wren loaded crude at Kharg Island in February. " + told)
        assert names(f, "Vessel") == {"Grey Wren"} and sts_events(f) == []


def test_a_ship_leaving_a_state_named_as_its_port_and_the_destination_it_signalled() -> None:
    f = facts_of("The tanker Grey Wren left Singapore on August 18 and first signalled Kalamata in "
                 "Greece as its destination.")
    assert dated(f, "PortCall") == {("Grey Wren", "Singapore"): "2023-08-18"}
    f = facts_of("Renamed Grey Wren, it left Gibraltar on August 18.")
    assert names(f, "Port") == {"Gibraltar"}
    # (a person leaving is no ship: the state stays a state)
    f = facts_of("The minister left Singapore on August 18.")
    assert names(f, "Port") == set() and names(f, "State") == {"Singapore"}


def test_a_member_of_a_group_that_came_to_a_port_told_after_among_them() -> None:
    for told in ("the Grey Wren (IMO 9282417) began loading Urals crude on June 17",
                 "the 2004-built Grey Wren, flagged in Gabon, began loading Urals crude on June 17 and "
                 "is expected to sail on June 22"):
        f = facts_of("Several Aframaxes arrived at Primorsk this week after maintenance at the terminal. "
                     "Among them, " + told + ".", date="2024-06-21")
        assert dated(f, "PortCall") == {("Grey Wren", "Primorsk"): "2024-06-17"}
    # (nor the members of a group told of people)
    f = facts_of("Several officials arrived at Primorsk this week. Among them, the Grey Wren began "
                 "loading on June 17.", date="2024-06-21")
    assert calls(f) == set()


@pytest.mark.parametrize(("told", "days"), [
    ("called at Latakia twice last year, in May and in September", ("2023-05", "2023-09")),
    ("called at Latakia twice last year, in May and September", ("2023-05", "2023-09")),
    ("docked at Latakia twice, on March 3 and April 9", ("2024-03-03", "2024-04-09")),
    ("docked at Latakia on March 3 and on April 9, port records show", ("2024-03-03", "2024-04-09")),
    ("docked at Latakia in March and in April", ("2024-03", "2024-04")),
])
def test_a_call_told_at_two_times_each_its_own(told: str, days: tuple[str, str]) -> None:
    f = facts_of(f"The tanker Grey Wren {told}.", date="2024-06-01")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == list(days)


@pytest.mark.parametrize(("told", "dates"), [
    # one stay over two days, or a span
    ("The tanker Grey Wren loaded at Latakia on May 3 and 4.",
     {("Grey Wren", "Latakia"): "2024-05-03/2024-05-04"}),
    ("The tanker Grey Wren docked at Latakia in March and April.",
     {("Grey Wren", "Latakia"): "2024-03/2024-04"}),
    # (the second time is another deed's)
    ("The tanker Grey Wren left Tartus on May 3 and on May 9 arrived at Novorossiysk.",
     {("Grey Wren", "Tartus"): "2024-05-03", ("Grey Wren", "Novorossiysk"): "2024-05-09"}),
])
def test_a_call_told_over_two_days_or_beside_another_deed_stays_one(
        told: str, dates: dict[tuple[str, ...], str]) -> None:
    f = facts_of(told, date="2024-06-01")
    assert dated(f, "PortCall") == dates


@pytest.mark.parametrize("stay", ["The ship remained at anchor near Porvoo on Friday.",
                                  "It was still at anchor off Porvoo on Friday."])
def test_a_stay_told_on_is_one_call(stay: str) -> None:
    f = facts_of("Police boarded the tanker Grey Wren on Thursday and escorted it to an anchorage off "
                 "Porvoo. The tanker had loaded petrol at Ust-Luga. " + stay, date="2024-12-27")
    assert dated(f, "PortCall") == {("Grey Wren", "Porvoo"): "2024-12-26/2024-12-27",
                                    ("Grey Wren", "Ust-Luga"): None}
    # (a call told as another is its own)
    f = facts_of("The tanker Grey Wren arrived at Porvoo in May. It called at Porvoo again in June and "
                 "remained there a week.", date="2024-12-27")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == ["2024-05", "2024-06"]


def test_delivery_taken_at_a_port_from_a_ship_that_had_loaded_elsewhere() -> None:
    f = facts_of("WEDNESDAY - Indian refiner Reliance took delivery of a cargo of Russian crude at Sikka "
                 "from the Suezmax Kite Hollow, which had loaded at Novorossiysk in early March.",
                 date="2025-04-04")
    assert transfers(f) == {("Kite Hollow", "Novorossiysk", "Sikka")}
    assert cargoes(f) == {("Kite Hollow", "Novorossiysk", "Sikka"): "Russian crude"}
    # the time of the clause of what it had done before is that deed's, not the delivery's
    assert dated(f, "PortCall") == {("Kite Hollow", "Novorossiysk"): "2025-03-01/2025-03-10",
                                    ("Kite Hollow", "Sikka"): "2025-04-02"}


def test_a_port_log_of_lines_opening_with_days_in_figures() -> None:
    f = facts_of("Port observers in Tartus recorded the following movements in March:\n\n"
                 "12.03.2024 - Ro-ro ship Kite Hollow (Russia) arrived from Novorossiysk.\n"
                 "15.03.2024 - Kite Hollow departed for the Bosphorus.\n"
                 "19.03.2024 - Bulk carrier Grey Wren (Russia) berthed, unloading wheat.\n"
                 "22.03.2024 - Grey Wren left for Sevastopol.\n", date="2024-04-02")
    assert names(f, "Port") >= {"Tartus"} and "Tartus" not in names(f, "Place")
    ships = {e.name: (e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"}
    assert ships == {"Kite Hollow": ("RUS", "ro-ro ship"), "Grey Wren": ("RUS", "bulk carrier")}
    # the arrival and the departure are one call, past the port it came from
    assert {k: v for k, v in dated(f, "PortCall").items() if "Tartus" in k} == {
        ("Kite Hollow", "Tartus"): "2024-03-12/2024-03-15", ("Grey Wren", "Tartus"): "2024-03-19/2024-03-22"}
    # (people who watch from a city are in the city)
    assert names(facts_of("Observers in Tartus said the ship had left."), "Place") == {"Tartus"}


def test_a_motor_ship() -> None:
    f = facts_of('The motor ship "Grey Wren" arrived at the port of Berdyansk on June 24.', date="2023-06-30")
    assert [(e.name, e.vessel_type) for e in f.entities if e.type == "Vessel"] == [
        ("Grey Wren", "motor ship")]


def test_an_attack_told_in_an_aside_and_a_boarding_that_found_nothing() -> None:
    f = facts_of("The UK-registered bulk carrier Kite Hollow, hit by a Houthi missile on 18 February, "
                 "sank in the southern Red Sea on 2 March.", date="2024-04-01")
    assert [(e["target"], e["date"]) for e in kinds(f, "Attack")] == [("Kite Hollow", "2024-02-18")]
    # (an aside that tells of no arms is no attack)
    f = facts_of("The tanker Kite Hollow, hit by falling prices, stayed at Tartus.")
    assert kinds(f, "Attack") == []
    for told in ("Greek coast guard officers boarded the tanker Grey Wren off Crete and found no "
                 "irregularities.",
                 "The tanker Grey Wren was boarded by the navy and later allowed to continue its voyage."):
        assert kinds(facts_of(told), "Detention") == []
    # a boarding that held the ship, or a seizure, is a detention whatever was found
    for told in ("Greek coast guard officers boarded the tanker Grey Wren off Crete and seized it.",
                 "Greek police seized the tanker Grey Wren and found no crew aboard."):
        assert [e["target"] for e in kinds(facts_of(told), "Detention")] == ["Grey Wren"]


def test_a_profile_entry_set_apart_and_its_sentences_with_no_subject() -> None:
    f = facts_of("**GREY WREN** (IMO 9332810) - Djibouti flag, built 2004. Detained by Estonia in April "
                 "2024 and released days later. Loaded at Ust-Luga in March 2025 and discharged at Sikka "
                 "in April.\n\n**DUSK HERON** (IMO 9293002) - Gabon flag. Had loaded at Primorsk on 10 May.",
                 date="2025-05-12")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"GREY WREN": "DJI",
                                                                          "DUSK HERON": "GAB"}
    assert dated(f, "PortCall") == {("GREY WREN", "Ust-Luga"): "2025-03", ("GREY WREN", "Sikka"): "2025-04",
                                    ("DUSK HERON", "Primorsk"): "2025-05-10"}
    assert [e["target"] for e in kinds(f, "Detention")] == ["GREY WREN"]
    # (a line that only opens with a ship's name in prose is no entry)
    f = facts_of("The tanker Grey Wren docked at Tartus on 3 May. Loaded at Primorsk, the cargo was sold "
                 "twice.", date="2025-05-12")
    assert calls(f) == {("Grey Wren", "Tartus")}


def test_a_voyage_between_states_told_with_no_time_and_then_between_their_ports() -> None:
    f = facts_of("SEOUL, Jan. 20 -- South Korean authorities have seized a Mongolian-flagged cargo ship "
                 "suspected of transporting North Korean coal to Russia, officials said Monday.\n\n"
                 "The vessel, named Grey Wren, was held at Yeosu on Friday. Investigators believe the ship "
                 "loaded coal at Chongjin in October and unloaded it at Vladivostok weeks later.",
                 date="2025-01-20")
    assert transfers(f) == {("Grey Wren", "Chongjin", "Vladivostok")}


def test_the_next_day_after_a_state_named_for_a_cargo_and_more_farm_goods() -> None:
    f = facts_of("The Turkish-owned Grey Wren sailed from Pivdennyi with wheat for Egypt on February 20, "
                 "and the Panamax Dusk Heron left Odesa with soybeans for China the next day.",
                 date="2024-02-23")
    assert dated(f, "PortCall") == {("Grey Wren", "Pivdennyi"): "2024-02-20",
                                    ("Dusk Heron", "Odesa"): "2024-02-21"}
    assert cargoes(f) == {("Grey Wren", "Pivdennyi", "Egypt"): "wheat",
                          ("Dusk Heron", "Odesa", "China"): "soybeans"}
    # (how long it sailed for is no time it sailed at)
    f = facts_of("The Grey Wren left Odesa on February 20 and sailed for three days.", date="2024-02-23")
    assert dated(f, "PortCall") == {("Grey Wren", "Odesa"): "2024-02-20"}


def test_a_ship_listed_by_the_un_since_a_year_and_a_load_taken_on_at_a_city_state() -> None:
    f = facts_of("Prosecutors said the Grey Wren took on about 2,000 tonnes of gasoil at Singapore in "
                 "March 2019 and later transferred it to the DPRK-flagged tanker Dusk Heron in waters off "
                 "Taiwan. The Dusk Heron has been listed by the UN since 2018.", date="2023-06-15")
    assert dated(f, "PortCall") == {("Grey Wren", "Singapore"): "2019-03"}
    assert [(e["target"], e["date"]) for e in kinds(f, "Sanction")] == [("Dusk Heron", "2018")]
    # (a listing by no sanctioning body is none)
    assert kinds(facts_of("The tanker Dusk Heron was listed by Lloyd's as a total loss."), "Sanction") == []


def test_a_ship_seen_again_within_days_at_a_port_and_gone_by_a_day_is_one_stay() -> None:
    f = facts_of("Imagery shows that the cargo vessel Grey Wren returned to Rajin on February 20.\n\n"
                 "Imagery captured on February 21 shows the ship moored at the port's northern pier. By "
                 "February 24 the vessel had departed, and two days later it was identified at Dunai.",
                 date="2024-02-28")
    assert dated(f, "PortCall") == {("Grey Wren", "Rajin"): "2024-02-20/2024-02-24",
                                    ("Grey Wren", "Dunai"): "2024-02-26"}
    # (a call told as another is its own, however close)
    f = facts_of("The freighter Grey Wren called at Tartus on 2 May. It called at Tartus again on 4 May.",
                 date="2024-06-01")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == ["2024-05-02", "2024-05-04"]


def test_a_ship_told_by_its_kind_is_the_one_known_to_be_of_that_kind() -> None:
    f = facts_of("HMS Tyne shadowed the corvette Stoikiy and the cargo ship Grey Wren as they passed the "
                 "Strait of Dover on June 17. The cargo ship had left Baltiysk on June 12.",
                 date="2025-06-20")
    assert calls(f) == {("Grey Wren", "Baltiysk")}


def test_a_deed_told_in_the_pluperfect_after_a_semicolon_is_not_of_the_time_before() -> None:
    f = facts_of("On May 30 the Syrian-flagged cargo ship Grey Wren transited southbound; it had loaded "
                 "at Sevastopol, local observers said.", date="2024-06-02")
    assert dated(f, "PortCall") == {("Grey Wren", "Sevastopol"): None}
    # (a clause after a semicolon told in the past keeps the sentence's time)
    f = facts_of("On May 30 the cargo ship Grey Wren left Tartus; it arrived at Sevastopol on June 1.",
                 date="2024-06-02")
    assert dated(f, "PortCall") == {("Grey Wren", "Tartus"): "2024-05-30",
                                    ("Grey Wren", "Sevastopol"): "2024-06-01"}


def test_a_cargo_told_by_where_it_was_loaded_after_the_verb_that_unloaded_it() -> None:
    f = facts_of("The bulk carrier Grey Wren discharged wheat loaded in Sevastopol at the Turkish port of "
                 "Samsun on October 14.", date="2023-11-02")
    assert cargoes(f) == {("Grey Wren", "Sevastopol", "Samsun"): "wheat"}
    # (when it was loaded is not told)
    assert dated(f, "PortCall") == {("Grey Wren", "Sevastopol"): None, ("Grey Wren", "Samsun"): "2023-10-14"}
    assert {(k[1], e) for k, e in activities(f).items()} == {("Sevastopol", "loading"),
                                                             ("Samsun", "discharging")}
    # (the port a cargo told so was loaded in is no call of its own kind where the ship came)
    f = facts_of("The tanker Grey Wren arrived on April 17 with diesel loaded in the Iranian port of "
                 "Bandar Abbas.", date="2025-04-20")
    assert {(k[1], e) for k, e in activities(f).items()} == {("Bandar Abbas", "loading")}


def activities(facts: Facts) -> dict[tuple[str, str], str | None]:
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id[e.vessel or ""], by_id[e.port or ""]): e.activity
            for e in facts.events if e.type == "PortCall"}


@pytest.mark.parametrize("told", ["The tug Grey Wren picked up crew from the tanker Dusk Heron off Malta.",
                                  "The tug Grey Wren took 20 sailors from the tanker Dusk Heron off Malta."])
def test_people_taken_off_a_ship_are_no_cargo_passed(told: str) -> None:
    assert sts_events(facts_of(told)) == []
    # (a cargo is)
    f = facts_of(told.replace("crew", "a cargo").replace("20 sailors", "a cargo"))
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Grey Wren", "Dusk Heron"})]


def test_coast_guard_forces_that_intercepted_a_tanker_named_after_detained_it() -> None:
    f = facts_of("Omani coast guard forces intercepted a small tanker carrying smuggled diesel in the Gulf "
                 "of Oman on Sunday and took it to the port of Sohar, police said. The vessel, identified "
                 "as the Grey Wren, had loaded the fuel from an Iranian boat.", date="2024-09-03")
    assert [(e["target"], e["date"]) for e in kinds(f, "Detention")] == [("Grey Wren", "2024-09-01")]
    assert kinds(facts_of("Market forces stopped the tanker Grey Wren from sailing."), "Detention") == []


def test_ships_counted_then_told_first_and_second_and_both_and_one_arriving_earlier() -> None:
    f = facts_of("For most of 2024, two ageing tankers kept Syria's refineries running. The first, the "
                 "Grey Wren, is a 1998-built Aframax. The second, the Dusk Heron, is smaller and older.\n\n"
                 "Both vessels loaded Iranian crude at Kharg Island in late August. The Grey Wren sailed "
                 "around Africa and reached Baniyas on October 19; the Dusk Heron took the shorter route "
                 "through the canal and arrived two weeks earlier.", date="2024-12-03")
    assert transfers(f) == {("Grey Wren", "Kharg Island", "Baniyas"),
                            ("Dusk Heron", "Kharg Island", "Baniyas")}
    assert dated(f, "PortCall")[("Dusk Heron", "Baniyas")] == "2024-10-02/2024-10-08"
    # (a first and a second of no ships counted are no ships)
    f = facts_of("Two options were discussed. The first, the Grey Plan, was rejected.")
    assert names(f, "Vessel") == set()


def test_ships_newly_listed_inline_past_an_aside_and_the_list_that_also_includes() -> None:
    f = facts_of("BRUSSELS, Dec 16 - The European Union on Monday added 52 vessels to its list of ships "
                 "barred from EU ports.\n\nAmong the newly listed ships are the tankers Grey Wren, which "
                 "was involved in a collision off Denmark in March, and the Dusk Heron, suspected of "
                 "damaging an undersea cable. The list also includes the Kite Hollow, a tanker that "
                 "Denmark inspected in 2023.", date="2024-12-16")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["Dusk Heron", "Grey Wren", "Kite Hollow"]
    # (a list of no designation names none)
    f = facts_of("The shipping line published its schedule. The list also includes the tanker Grey Wren.")
    assert kinds(f, "Sanction") == []


@pytest.mark.parametrize("told", [
    "The Grey Wren received about 700,000 barrels from the Dusk Heron off Johor.",
    "The tanker Grey Wren took on 1.2 million barrels from the Dusk Heron."])
def test_a_load_told_by_its_size_taken_from_a_ship(told: str) -> None:
    assert [pair for pair, _, _ in sts_events(facts_of(told))] == [frozenset({"Grey Wren", "Dusk Heron"})]


@pytest.mark.parametrize(("told", "span"), [
    ("The Grey Wren's AIS signal disappeared near Fujairah on May 5 and reappeared on May 19.",
     "2024-05-05/2024-05-19"),
    ("The tanker Grey Wren switched off its transponder on May 5 before resurfacing off Malaysia on "
     "June 2.", "2024-05-05/2024-06-02"),
    ("The tanker Grey Wren's AIS went dark in the Atlantic on May 11 and did not resume until May 30, "
     "when it reappeared near Tanjung Pelepas.", "2024-05-11/2024-05-30"),
    # (no return told: the day it went dark)
    ("The tanker Grey Wren switched off its transponder on May 5.", "2024-05-05"),
])
def test_an_ais_gap_runs_to_the_time_the_signal_came_back(told: str, span: str) -> None:
    assert [e["date"] for e in kinds(facts_of(told, date="2024-06-10"), "AISGap")] == [span]


def test_a_designation_of_a_facility_set_beside_a_ship_and_ships_on_a_sanctions_list() -> None:
    f = facts_of("In February the ship Grey Wren loaded grain at Sevastopol's Avlita terminal, a facility "
                 "sanctioned by the EU, and two weeks later unloaded at Bandirma.", date="2024-09-20")
    assert kinds(f, "Sanction") == []
    f = facts_of("Satellite images show the Grey Wren, a DPRK-flagged tanker that is on the UN sanctions "
                 "list, moored at Vostochny.", date="2024-04-11")
    assert [e["target"] for e in kinds(f, "Sanction")] == ["Grey Wren"]
    assert kinds(facts_of("The tanker Grey Wren is on the list of ships to watch."), "Sanction") == []
    # "both ships" are the ships that sailed, not the storage unit one loaded at
    f = facts_of("The Arc7 carrier Grey Wren unloaded the cargo at Beihai on August 28. The tanker had "
                 "loaded at the Saam floating storage unit near Murmansk in late June.\n\nA second vessel, "
                 "the Dusk Heron, is due to arrive at Beihai in mid-September. Both ships are on the US "
                 "sanctions list.", date="2024-09-01")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["Dusk Heron", "Grey Wren"]


def test_a_stop_told_before_a_deed_with_a_time_came_in_the_weeks_before_it() -> None:
    f = facts_of("The tanker Grey Wren loaded diesel at Ust-Luga on April 20. It stopped at Ceuta to take "
                 "on bunkers before discharging at Lome on May 12.", date="2024-06-10")
    assert dated(f, "PortCall") == {("Grey Wren", "Ust-Luga"): "2024-04-20",
                                    ("Grey Wren", "Ceuta"): "2024-04-12/2024-05-12",
                                    ("Grey Wren", "Lome"): "2024-05-12"}
    # a wait as long as told, before a deed at the same port: there that long
    for waited, since in (("at the anchorage off Ust-Luga for a week", "2024-03-05"),
                          ("off Ust-Luga for three days", "2024-03-09")):
        f = facts_of(f"The tanker Kite Wren waited {waited} before berthing on March 12.", date="2024-03-18")
        assert dated(f, "PortCall") == {("Kite Wren", "Ust-Luga"): f"{since}/2024-03-12"}


def test_a_load_taken_there_or_at_a_port_and_a_name_that_took_it() -> None:
    f = facts_of("The dry cargo ships Grey Wren and Kite Hollow loaded wheat at Mariupol in May, while the "
                 "Dusk Heron took barley there in late June.", date="2023-07-14")
    assert {(k[0], k[1]): v for k, v in activities(f).items()} == {
        ("Grey Wren", "Mariupol"): "loading", ("Kite Hollow", "Mariupol"): "loading",
        ("Dusk Heron", "Mariupol"): "loading"}
    assert transfers(f) == set()  # (loaded there: no voyage to it)
    f = facts_of("The ship Dusk Heron took barley at Mariupol in late June.", date="2023-07-14")
    assert dated(f, "PortCall") == {("Dusk Heron", "Mariupol"): "2023-06-21/2023-06-30"}
    # (nor where the cargo was taken from, on its way to another port)
    f = facts_of("The Aframax Grey Wren took Russian diesel from Primorsk to Antwerp in January.",
                 date="2023-03-01")
    assert activities(f)[("Grey Wren", "Antwerp")] != "loading"


def test_a_lead_after_a_city_dateline_a_quay_of_the_port_and_the_same_quay_later() -> None:
    f = facts_of("PORT SUDAN - A cargo ship that sailed from the Iranian port of Bandar Abbas docked in Port "
                 "Sudan last week, unloading containers.\n\nThe vessel, the Togo-flagged Grey Wren, berthed "
                 "at the southern quay on March 9 and left on March 12. Tracking data show the ship had "
                 "stopped at Jeddah on its way north.\n\nIn January, the Iranian-owned Dusk Heron unloaded "
                 "crates at the same quay.", date="2025-03-18")
    assert transfers(f) == {("Grey Wren", "Bandar Abbas", "Port Sudan"), ("Dusk Heron", None, "Port Sudan")}
    assert calls(f) == {("Grey Wren", "Bandar Abbas"), ("Grey Wren", "Port Sudan"), ("Grey Wren", "Jeddah"),
                        ("Dusk Heron", "Port Sudan")}


def test_the_month_after_a_relative_clause_with_its_own_time_and_an_arrival_from_elsewhere() -> None:
    f = facts_of("Shipments from Kozmino averaged 900,000 barrels a day in July. The tanker Grey Wren, "
                 "which was sanctioned by the US in February, loaded at Kozmino twice during the month.",
                 date="2024-08-05")
    assert dated(f, "PortCall") == {("Grey Wren", "Kozmino"): "2024-07"}
    assert [e["date"] for e in kinds(f, "Sanction")] == ["2024-02"]
    # (a span counted on from a relative clause's time is counted from it)
    f = facts_of("The suezmax Grey Wren, which loaded at Jask on October 8, was seen off Fujairah a week "
                 "later.", date="2024-11-07")
    assert dated(f, "PortCall")[("Grey Wren", "Fujairah")] == "2024-10-12/2024-10-18"
    # a ship that arrived from a port of its own, in a clause joined to another's call
    f = facts_of("The tanker Grey Wren had earlier loaded at Kharg Island, while the Dusk Heron arrived "
                 "empty from Fujairah.", date="2023-11-20")
    assert ("Dusk Heron", "Kharg Island") not in calls(f)


def test_a_lead_ship_whose_master_reported_an_attack_and_a_ship_held_off_a_port() -> None:
    f = facts_of("UKMTO has received a report of an incident 66NM southwest of Aden, Yemen.\n\nThe master of "
                 "a merchant vessel reported being hit by a projectile on the starboard side.\n\nUpdate: the "
                 "vessel has been identified as the Liberian-flagged bulk carrier Grey Wren.",
                 date="2024-06-13")
    assert [e["target"] for e in kinds(f, "Attack")] == ["Grey Wren"]
    f = facts_of("Finnish police on Tuesday released the oil tanker Grey Wren, which had been held off the "
                 "port of Porvoo since Dec. 26.", date="2025-03-04")
    assert [(e["target"], e["date"]) for e in kinds(f, "Detention")] == [
        ("Grey Wren", "2024-12-26/2025-03-04")]


def test_the_vessels_a_designation_includes_told_in_the_next_sentence() -> None:
    f = facts_of("The UK has today sanctioned 20 further oil tankers that form part of Russia's shadow fleet."
                 "\n\nThe vessels include the GREY WREN (IMO 9402536) and the DUSK HERON (IMO 9318149).",
                 date="2025-05-20")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["DUSK HERON", "GREY WREN"]
    # (ships a sentence before told of doing no designation)
    f = facts_of("Several ships called at Tartus this year. The vessels include the tanker Grey Wren.")
    assert kinds(f, "Sanction") == []


@pytest.mark.parametrize("told", ["The EU proposed adding the tanker Grey Wren to its blacklist.",
                                  "The EU's draft sanctions package lists the tanker Grey Wren."])
def test_a_designation_only_proposed_is_none(told: str) -> None:
    assert kinds(facts_of(told), "Sanction") == []
    # (one made is one)
    made = told.replace("proposed adding", "added").replace("draft ", "")
    assert len(kinds(facts_of(made), "Sanction")) == 1


def test_a_gap_told_as_no_position_and_ships_that_met_twice() -> None:
    f = facts_of("Between January 5 and January 19 the tanker Grey Wren broadcast no position at all.",
                 date="2024-03-30")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-01-05/2024-01-19"]
    f = facts_of("The tanker Grey Wren has repeatedly disabled its automatic identification system.")
    assert len(kinds(f, "AISGap")) == 1
    f = facts_of("In February the tanker Grey Wren met the Liberia-flagged Dusk Heron twice near Khor "
                 "Fakkan, on the 3rd and on the 17th, in what analysts believe were ship-to-ship "
                 "transfers.", date="2024-03-30")
    assert sorted(e["date"] for e in kinds(f, "ShipToShipTransfer")) == ["2024-02-03", "2024-02-17"]


def test_a_seizure_placed_in_a_part_of_a_sea() -> None:
    f = facts_of("Yemen's Houthi movement seized the Bahamas-flagged car carrier Grey Wren in the southern "
                 "Red Sea on Sunday and took it to the port of Hodeidah.", date="2023-11-20")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.location or ""] for e in f.events if e.type == "Detention"] == ["Red Sea"]


@pytest.mark.parametrize("told", [
    "was towed to an anchorage off Sassnitz in January and has remained there since",
    "arrived at Sassnitz in January; it remains there"])
def test_a_stay_told_to_last_since_runs_to_the_report_s_day(told: str) -> None:
    f = facts_of(f"The tanker Grey Wren {told}.", date="2025-03-11")
    assert dated(f, "PortCall") == {("Grey Wren", "Sassnitz"): "2025-01-01/2025-03-11"}
    # (a time of its own after "since" is its own)
    f = facts_of("The tanker Grey Wren arrived at Sassnitz in January and has been there since February 3.",
                 date="2025-03-11")
    assert dated(f, "PortCall") == {("Grey Wren", "Sassnitz"): "2025-01"}


def test_a_hedged_verb_joined_after_a_denial_or_a_plain_deed() -> None:
    f = facts_of("A second ship, the Grey Wren, was not seen at Rajin in November but probably "
                 "remained in the Russian port of Vostochny for repairs.")
    assert {(e.type, e.confidence) for e in f.events} == {("PortCall", "likely")}
    assert calls(f) == {("Grey Wren", "Vostochny")}
    # a hedged verb that tells no call after a denied one is none
    assert calls(facts_of("The tanker Grey Wren did not call at Rajin and likely avoided "
                          "Vostochny.")) == set()
    # the hedge of the later verb is not the earlier one's; the voyage's end is hedged
    g = facts_of("The tanker Grey Wren loaded at Rajin and probably unloaded at Vostochny.")
    assert {(e.type, e.confidence) for e in g.events} == {
        ("PortCall", "reported"), ("PortCall", "likely"), ("Transfer", "likely")}
    h = facts_of("The tanker Grey Wren likely loaded at Rajin and unloaded at Vostochny.")
    assert {e.confidence for e in h.events} == {"likely"}
    # (a modal past joined after: "and may have unloaded")
    k = facts_of("The tanker Grey Wren loaded at Rajin and may have unloaded at Vostochny.")
    assert {(e.type, e.confidence) for e in k.events} == {
        ("PortCall", "reported"), ("PortCall", "realistic possibility"),
        ("Transfer", "realistic possibility")}


def test_a_cargo_loaded_onto_trains_ashore_was_unloaded_from_the_ship() -> None:
    f = facts_of("On 17 November the freighter Grey Wren berthed at Vostochny, where the containers "
                 "were unloaded and loaded onto a train.")
    assert [(e.type, e.activity) for e in f.events if e.type == "PortCall"] == [("PortCall", "discharging")]
    g = facts_of("The freighter Grey Wren loaded containers at Rajin.")
    assert [e.activity for e in g.events if e.type == "PortCall"] == ["loading"]


def test_a_standing_under_sanctions_is_not_dated_by_the_ship_s_deed() -> None:
    for text in ("The cargo ship Grey Wren, under US sanctions, docked at Tartus in December.",
                 "The VLCC Grey Wren, listed under US sanctions, spent most of March anchored off Jask.",
                 "The tanker Grey Wren is under US sanctions and docked at Tartus in March."):
        assert [(e.type, e.date) for e in facts_of(text).events if e.type == "Sanction"] == [
            ("Sanction", None)], text
    # a time of its own dates it
    f = facts_of("The tanker Grey Wren, under EU sanctions since May 2023, docked at Tartus in March.")
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2023-05"]
    g = facts_of("The tanker Grey Wren was listed under US sanctions on March 3.")
    assert [e.date for e in g.events if e.type == "Sanction"] == ["2024-03-03"]


def test_a_previous_port_of_call_told_in_the_next_sentence() -> None:
    f = facts_of("The LPG carrier Grey Wren discharged at Banias on March 18. Its previous port of "
                 "call was Dortyol.")
    assert dated(f, "PortCall") == {("Grey Wren", "Baniyas"): "2024-03-18",
                                    ("Grey Wren", "Dortyol"): "2024-02-17/2024-03-18"}
    assert transfers(f) == {("Grey Wren", "Dortyol", "Baniyas")}
    # not across a paragraph
    g = facts_of("The LPG carrier Grey Wren discharged at Banias on March 18.\n\nIts previous port "
                 "of call was Dortyol.")
    assert dated(g, "PortCall")[("Grey Wren", "Dortyol")] is None


def test_a_deed_where_a_port_s_anchorage_is_named_after_it_has_its_own_time() -> None:
    f = facts_of("The bulk carrier Grey Wren loaded coal at Nampo on 3 September 2023. The vessel then "
                 "sailed to the Ningbo-Zhoushan anchorage, where it discharged on 15 September 2023 "
                 "into barges.")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2023-09-03",
                                    ("Grey Wren", "Zhoushan"): "2023-09-15"}


def test_a_voyage_from_the_port_a_ship_arrived_from_runs_to_its_arrival() -> None:
    f = facts_of("The Suezmax Grey Wren arrived at Paradip from Kozmino on April 22.")
    assert dated(f, "Transfer") == {("Grey Wren", "Kozmino", "Paradip"): "2023-03-23/2023-04-22"}


def test_a_deed_told_in_the_perfect_before_when_it_was_said() -> None:
    f = facts_of("Authorities have seized the cargo ship Grey Wren, the foreign ministry said on "
                 "Monday.")
    assert [(e.type, e.date) for e in f.events] == [("Detention", "2024-02-17/2024-03-18")]
    # a deed with a time of its own keeps it; one told in the past is of the day it was said
    g = facts_of("The tanker Grey Wren docked at Tartus on Friday, officials said on Monday.")
    assert dated(g, "PortCall") == {("Grey Wren", "Tartus"): "2024-03-22"}


@pytest.mark.parametrize(("text", "held"), [
    ("The Panama-flagged Grey Wren was held at Yeosu in 2019.", True),
    ("It was the first such case since 2019, when the tanker Grey Wren was held at Yeosu.", True),
    ("The tanker Grey Wren was held at anchor off Yeosu in 2019.", False),
    ("The tanker Grey Wren was held in port by storms in 2019.", False),
    ("Talks were held at Yeosu in 2019 on the tanker Grey Wren.", False),
])
def test_a_ship_held_at_a_port(text: str, held: bool) -> None:
    assert any(e.type == "Detention" for e in facts_of(text).events) is held


def test_a_transfer_between_two_unnamed_tankers_told_first_gives_its_place() -> None:
    f = facts_of("Officials are looking into a transfer between two tankers in the Laconian Gulf on "
                 "November 12. The tanker Grey Wren pumped about 700,000 barrels into the tanker Dusk "
                 "Heron, tracking data show.")
    assert [(e.type, e.location is not None, e.date) for e in f.events] == [
        ("ShipToShipTransfer", True, "2023-11-12")]
    assert {e.name for e in f.entities if e.id == f.events[0].location} == {"Laconian Gulf"}


def test_a_river_sea_vessel_and_boxes_taken_off_at_a_port() -> None:
    f = facts_of("The river-sea vessel Grey Wren loaded containers at Amirabad on June 3 and arrived "
                 "at Makhachkala on June 7, where the boxes were taken off under guard.")
    assert next(e.vessel_type for e in f.entities if e.name == "Grey Wren") == "river-sea vessel"
    assert {(e.activity, e.date) for e in f.events if e.type == "PortCall"} == {
        ("loading", "2023-06-03"), ("discharging", "2023-06-07")}
    # a ship taken off a list unloaded nothing
    g = facts_of("The tanker Grey Wren, which docked at Tartus in May, was taken off the sanctions list.")
    assert [e.activity for e in g.events if e.type == "PortCall"] == ["berthed"]


def test_a_ship_that_changed_its_name_and_flag() -> None:
    f = facts_of("In January the tanker Grey Wren changed its name to Blue Wren and its flag to Togo.")
    wren = next(e for e in f.entities if e.type == "Vessel")
    assert (wren.name, wren.flag, wren.former_names) == ("Blue Wren", "TGO", ["Grey Wren"])
    # the owner's new name is no ship's
    g = facts_of("The owner of the tanker Grey Wren changed its name to Blue Holdings in May.")
    assert [e.name for e in g.entities if e.type == "Vessel"] == ["Grey Wren"]


def test_a_discharge_over_the_days_after_an_arrival_told_by_a_count_of_days() -> None:
    f = facts_of("The tanker Grey Wren left Mersin on December 27 and anchored off Tobruk two days "
                 "later, discharging over the following week.")
    assert {(e.activity, e.date) for e in f.events if e.type == "PortCall"} == {
        ("departure", "2023-12-27"), ("discharging", "2023-12-29")}
    # the time is no cargo
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_a_timeline_whose_entries_open_on_a_capitalised_verb() -> None:
    f = facts_of("- 2 February: The bulk carrier Grey Wren loads 32,000 tonnes of wheat at Chornomorsk.\n"
                 "- 5 February: Passes through the Bosphorus southbound.\n"
                 "- 9 February: Arrives at Alexandria, Egypt, and begins discharging.\n"
                 "- 20 February: Returns to Chornomorsk.", date="2025-03-18")
    assert {(e.port and next(x.name for x in f.entities if x.id == e.port), e.date)
            for e in f.events if e.type == "PortCall"} == {
        ("Chornomorsk", "2025-02-02"), ("Alexandria", "2025-02-09"), ("Chornomorsk", "2025-02-20")}
    assert transfers(f) == {("Grey Wren", "Chornomorsk", "Alexandria")}


def test_a_table_under_a_port_log_title_gives_each_ship_its_stay() -> None:
    f = facts_of("| Vessel | Flag | Arrived | Departed | Cargo |\n|---|---|---|---|---|\n"
                 "| Grey Wren | Russia | 3 Sep | 6 Sep | vehicles |\n"
                 "| Dusk Heron | Comoros | 11 Sep | 19 Sep | wheat |\n\n"
                 "Notes: the Dusk Heron came from Novorossiysk.",
                 date="2024-09-30", title="Tartus port log, September 2024")
    assert dated(f, "PortCall")[("Grey Wren", "Tartus")] == "2024-09-03/2024-09-06"
    assert ("Dusk Heron", "Novorossiysk") in calls(f)
    # the ship came to the log's port from the one named, it did not leave the log's
    assert all(e.activity != "departure" for e in f.events if e.type == "PortCall"
               and next(x.name for x in f.entities if x.id == e.port) == "Tartus")


def test_a_ship_that_passed_its_cargo_to_two_tankers_named_after() -> None:
    f = facts_of("The Grey Wren lightered its cargo onto two smaller tankers, the Dusk Heron and the "
                 "Kite Hollow, near Sohar.")
    by_id = {e.id: e.name for e in f.entities}
    assert sorted(sorted(by_id[v] for v in e.vessels) for e in f.events
                  if e.type == "ShipToShipTransfer") == [["Dusk Heron", "Grey Wren"],
                                                         ["Grey Wren", "Kite Hollow"]]


@pytest.mark.parametrize(("text", "date"), [
    ("The Grey Wren's AIS signal was last recorded on 3 March near Malta.", "2024-03-03/2024-03-22"),
    ("The tanker Grey Wren last transmitted its position on 3 March.", "2024-03-03/2024-03-22"),
    ("The tanker Grey Wren has not transmitted a position since 3 March.", "2024-03-03/2024-03-22"),
    ("The tanker Grey Wren last reported its position on 3 March and reappeared on 9 March.",
     "2024-03-03/2024-03-09"),
])
def test_a_signal_last_received_on_a_day(text: str, date: str) -> None:
    assert [(e.type, e.date) for e in facts_of(text).events] == [("AISGap", date)]


def test_a_ship_last_seen_at_a_port_had_no_gap() -> None:
    f = facts_of("The tanker Grey Wren was last seen at Tartus on 3 March.")
    assert [e.type for e in f.events] == ["PortCall"]


def test_a_ship_that_delivered_after_receiving_the_oil_from_another() -> None:
    f = facts_of("The VLCC Grey Wren delivered 2 million barrels to Dongjiakou on Sept. 18 after "
                 "receiving the oil from the Dusk Heron near Tanjung Pelepas earlier in the month.")
    by_id = {e.id: e.name for e in f.entities}
    assert [(sorted(by_id[v] for v in e.vessels), by_id.get(e.location or ""))
            for e in f.events if e.type == "ShipToShipTransfer"] == [
        (["Dusk Heron", "Grey Wren"], "Tanjung Pelepas")]
    # a port receiving fuel from a ship met no ship
    g = facts_of("The port of Tartus began receiving fuel from the tanker Grey Wren.")
    assert [e.type for e in g.events if e.type == "ShipToShipTransfer"] == []


def test_a_clause_after_a_semicolon_has_its_own_hedging() -> None:
    f = facts_of("It is unlikely that a second ship, the Grey Wren, was involved; it remained in "
                 "Jeddah throughout the period.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "reported")]
    g = facts_of("The tanker Grey Wren docked at Jeddah; it probably unloaded fuel there.")
    # (the docking is told flatly; the unloading there, hedged)
    assert {(e.type, e.confidence) for e in g.events} == {("PortCall", "reported"),
                                                          ("Transfer", "likely")}


def test_a_delivery_with_no_origin_told_twice_is_one_transfer() -> None:
    f = facts_of("The cargo ship Grey Wren delivered equipment to Port Sudan in mid-June. The vessel "
                 "was observed unloading at the port on 15 June.")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [
        ("equipment", "2023-06-11/2023-06-20")]
    # two deliveries months apart stay two
    g = facts_of("The cargo ship Grey Wren delivered equipment to Port Sudan in June. The vessel "
                 "unloaded more equipment at Port Sudan on 15 September.")
    assert len([e for e in g.events if e.type == "Transfer"]) == 2


def test_an_arrival_told_after_the_call_it_began_is_one_stay() -> None:
    f = facts_of("Naval drones hit the tanker Grey Wren at the port of Taman late on Tuesday. The Grey "
                 "Wren had arrived at Taman three days earlier to load diesel.", date="2025-01-15")
    assert dated(f, "PortCall") == {("Grey Wren", "Taman"): "2025-01-11/2025-01-14"}
    # a call weeks before is another
    g = facts_of("Naval drones hit the tanker Grey Wren at the port of Taman late on Tuesday. The Grey "
                 "Wren had arrived at Taman on 2 December.", date="2025-01-15")
    assert len([e for e in g.events if e.type == "PortCall"]) == 2


@pytest.mark.parametrize("part", ["the South Port", "the south port", "the old harbour"])
def test_a_part_of_the_port_told_before_by_a_direction(part: str) -> None:
    f = facts_of("The cargo ship Grey Wren arrived at Port Sudan on 12 June. The vessel was observed "
                 f"unloading at {part} on 15 June.")
    assert dated(f, "PortCall") == {("Grey Wren", "Port Sudan"): "2023-06-12/2023-06-15"}


def test_two_calls_told_with_their_count_are_two_and_the_span_between_them() -> None:
    f = facts_of("The tanker Grey Wren made two calls at Kozmino, on 4 March and 30 April. Between the "
                 "calls it delivered a cargo to Yeosu.", date="2024-06-01")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall" and e.activity is None) == [
        "2024-03-04", "2024-04-30"]
    assert dated(f, "Transfer") == {("Grey Wren", "Kozmino", "Yeosu"): "2024-03-04/2024-04-29"}
    assert [e.date for e in f.events if e.type == "PortCall" and e.activity == "discharging"] == [
        "2024-03-05/2024-04-29"]
    # (with no count, "on 4 March and 30 April" may still be one stay told over its span)
    g = facts_of("The tanker Grey Wren made two visits to Kozmino, in March and in May.", date="2024-06-01")
    assert sorted(e.date or "" for e in g.events) == ["2024-03", "2024-05"]


def test_a_ship_still_where_it_was_taken_is_there_from_then_to_the_report() -> None:
    f = facts_of("The bulk carrier Grey Wren remains anchored off Hodeidah, where gunmen took it after "
                 "seizing it in the Red Sea on 2 February.")
    assert dated(f, "PortCall") == {("Grey Wren", "Hodeidah"): "2024-02-02/2024-03-22"}
    assert [(e.type, e.date) for e in f.events if e.type == "Detention"] == [("Detention", "2024-02-02")]
    g = facts_of("The bulk carrier Grey Wren is still at Hodeidah, where it arrived on 2 February.")
    assert dated(g, "PortCall") == {("Grey Wren", "Hodeidah"): "2024-02-02/2024-03-22"}
    # (a stay with a time of its own is that time)
    h = facts_of("The bulk carrier Grey Wren is anchored off Hodeidah on 2 February.")
    assert dated(h, "PortCall") == {("Grey Wren", "Hodeidah"): "2024-02-02"}


def test_taken_on_a_day_is_no_loading() -> None:
    f = facts_of("The bulk carrier Grey Wren remains anchored off Hodeidah, where it was taken on "
                 "2 February.")
    assert [e.activity for e in f.events if e.type == "PortCall"] == [None]
    g = facts_of("The bulk carrier Grey Wren took on 3,000 tonnes of grain at Hodeidah.")
    assert [e.activity for e in g.events if e.type == "PortCall"] == ["loading"]


def test_a_ship_resembling_a_named_one_is_a_guess() -> None:
    f = facts_of("A freighter resembling the Grey Wren was photographed at Nampo in May.")
    assert [e.confidence for e in f.events] == ["realistic possibility"]
    g = facts_of("The freighter Grey Wren, resembling a warship, was photographed at Nampo in May.")
    assert [e.confidence for e in g.events] == ["reported"]


def test_a_designated_ship_told_among_them() -> None:
    f = facts_of("The Treasury on Tuesday designated six tankers that carried Iranian oil. Among them is "
                 "the Palau-flagged Grey Wren.", date="2024-05-08")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2024-05-07")]
    f = facts_of("OFAC today identified 16 vessels as blocked property. Among the vessels are the VLCC "
                 "Kite Ember and the tanker Grey Wren.", date="2024-10-11")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2024-10-11")] * 2
    # (ships seen, not designated)
    f = facts_of("Images show 16 vessels off Fujairah. Among the vessels are the VLCC Kite Ember and "
                 "the tanker Grey Wren.", date="2024-10-11")
    assert [e.type for e in f.events if e.type == "Sanction"] == []
    # ("added to its list of vessels barred from its ports": a ship, listed)
    f = facts_of("The EU has added the Kite Ember and the Grey Wren to its list of vessels barred from "
                 "its ports.", date="2024-10-11")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["Grey Wren", "Kite Ember"]
    f = facts_of("The port added the Kite Ember to its list of vessels expected next week.")
    assert kinds(f, "Sanction") == []
    # (the company that runs a ship is not the ship)
    g = facts_of("The tanker Grey Wren loaded at Jask. The Dubai-based company that manages the Grey Wren "
                 "was also sanctioned.")
    assert [e.type for e in g.events if e.type == "Sanction"] == []


def test_a_cargo_brought_from_a_port_to_a_berth() -> None:
    f = facts_of("On 9 May the tanker Grey Wren berthed at Tobruk with a cargo of gasoil from Tuapse.",
                 date="2024-05-20")
    assert dated(f, "Transfer") == {("Grey Wren", "Tuapse", "Tobruk"): "2024-04-09/2024-05-09"}
    assert dated(f, "PortCall")[("Grey Wren", "Tuapse")] == "2024-04-09/2024-05-09"


def test_a_supply_bought_by_authorities_through_a_port() -> None:
    f = facts_of("Local authorities imported Turkish flour through the port of Misrata in May.")
    assert transfers(f) == {(None, "Turkey", "Misrata")}
    # (not a denial, nor a buyer that names no supplier)
    assert transfers(facts_of("Local authorities did not import Turkish flour through Misrata.")) == set()
    assert transfers(facts_of("Local authorities imported flour through the port of Misrata.")) == set()


@pytest.mark.parametrize(("count", "day"), [("eleven", "2024-10-15"), ("twenty", "2024-10-24"),
                                            ("11", "2024-10-15")])
def test_days_later_counted_in_words_past_ten(count: str, day: str) -> None:
    f = facts_of(f"The tanker Grey Wren loaded at Novorossiysk on October 4 and delivered it to Aliaga "
                 f"{count} days later.", date="2024-11-12")
    assert dated(f, "PortCall")[("Grey Wren", "Aliaga")] == day


def test_a_delivery_joined_to_a_loading_came_after_it() -> None:
    f = facts_of("The cargo ship Grey Wren loaded wheat at Sevastopol on 20 January and delivered it to "
                 "Bandirma.", date="2024-03-05")
    assert dated(f, "PortCall") == {("Grey Wren", "Sevastopol"): "2024-01-20",
                                    ("Grey Wren", "Bandirma"): "2024-01-20/2024-03-05"}
    # (one with a time of its own keeps it)
    g = facts_of("The cargo ship Grey Wren loaded wheat at Sevastopol on 20 January and delivered it to "
                 "Bandirma on 26 January.", date="2024-03-05")
    assert dated(g, "PortCall")[("Grey Wren", "Bandirma")] == "2024-01-26"


def test_a_hedge_on_what_the_load_was_leaves_the_unloading_reported() -> None:
    f = facts_of("The cargo ship Grey Wren docked at Port Sudan on 3 May and unloaded crates that satellite "
                 "imagery suggests were drones.")
    assert {e.confidence for e in f.events} == {"reported"}
    g = facts_of("The cargo ship Grey Wren unloaded boxes at Port Sudan that were probably shells.")
    assert {e.confidence for e in g.events} == {"reported"}
    # (the unloading itself hedged stays hedged)
    h = facts_of("The cargo ship Grey Wren probably unloaded crates at Port Sudan.")
    assert {e.confidence for e in h.events} == {"likely"}


def test_a_boarding_by_police_told_with_its_day_before_the_verb() -> None:
    f = facts_of("Coast guard officers on 26 December boarded the oil tanker Grey Wren.", date="2025-01-09")
    assert [(e.type, e.date) for e in f.events] == [("Detention", "2024-12-26")]
    g = facts_of("Coast guard officers on Dec. 26 boarded the oil tanker Grey Wren and found nothing "
                 "irregular.", date="2025-01-09")
    assert [e.type for e in g.events] == []


def test_a_ship_escorted_where_it_remains_is_there_from_the_time_told_before() -> None:
    f = facts_of("Police on 26 December boarded the tanker Grey Wren, which had left Ust-Luga on 24 "
                 "December.\nThe vessel was escorted to an anchorage near Porvoo, where it remains.",
                 date="2025-01-09")
    assert dated(f, "PortCall")[("Grey Wren", "Porvoo")] == "2024-12-26/2025-01-09"
    # (a ship told as there now, with no deed that brought it, is there on the report's day)
    g = facts_of("Police boarded the tanker Grey Wren on 26 December.\nThe vessel remains at Porvoo.",
                 date="2025-01-09")
    assert dated(g, "PortCall")[("Grey Wren", "Porvoo")] == "2025-01-09"


def test_what_a_ship_did_at_each_of_its_calls_told_after_the_count() -> None:
    f = facts_of("The bulk carrier Grey Wren called at Sevastopol twice in March, loading wheat each time.",
                 date="2024-04-18")
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["loading"]


def test_a_line_of_prose_after_a_marked_list_of_designated_ships_ends_it() -> None:
    f = facts_of("The Treasury today sanctioned three tankers.\nThe following vessels are identified as "
                 "blocked property:\n- GREY WREN (IMO 9341067), Liberia-flagged tanker\n- DUSK HERON (IMO "
                 "9610808), Gabon-flagged tanker\nKite Shipping, the firm that manages them, was designated "
                 "in December 2023.", date="2024-02-23")
    assert sorted((e.date or "") for e in f.events if e.type == "Sanction") == [
        "2023-12", "2024-02-23", "2024-02-23"]


def test_ships_escorted_in_a_convoy_from_one_port_to_another() -> None:
    f = facts_of("A convoy led by the frigate Grey Heron escorted the cargo ships Dusk Wren and Kite Hollow "
                 "from Baltiysk to Tartus in May, arriving on 21 May.", date="2024-05-28")
    assert transfers(f) == {("Dusk Wren", "Baltiysk", "Tartus"), ("Kite Hollow", "Baltiysk", "Tartus")}
    assert dated(f, "PortCall")[("Dusk Wren", "Tartus")] == "2024-05-21"
    # (a ship taken by captors to a port is no voyage of its own)
    g = facts_of("Iranian forces seized the tanker Dusk Wren and escorted it to Bandar Abbas.")
    assert transfers(g) == set()


def test_the_arrival_s_own_time_after_the_voyage_s() -> None:
    f = facts_of("The cargo ship Dusk Wren sailed from Baltiysk to Tartus in May, arriving on 21 May.",
                 date="2024-05-28")
    assert dated(f, "PortCall") == {("Dusk Wren", "Baltiysk"): "2024-05",
                                    ("Dusk Wren", "Tartus"): "2024-05-21"}


def test_the_warship_whose_sailors_boarded_another_is_not_detained() -> None:
    f = facts_of("On July 24, sailors from the destroyer USS Grey Wren boarded a dhow in the Arabian Sea and "
                 "seized more than 200 packages of missile parts. The dhow, which had left Jask two days "
                 "earlier, was later sunk.", date="2024-07-30")
    assert f.events == []


def test_a_state_told_as_holding_now_after_a_dated_deed() -> None:
    f = facts_of("The tanker Grey Wren left Jose on 10 March and is now anchored off Qingdao.",
                 date="2025-04-02")
    assert dated(f, "PortCall") == {("Grey Wren", "Jose"): "2025-03-10",
                                    ("Grey Wren", "Qingdao"): "2025-04-02"}
    # (an arrival with its own time keeps it)
    g = facts_of("The tanker Grey Wren arrived at Qingdao on 10 March and is now anchored there.",
                 date="2025-04-02")
    assert dated(g, "PortCall") == {("Grey Wren", "Qingdao"): "2025-03-10"}


def test_the_terminal_is_the_port_named_with_that_word() -> None:
    f = facts_of("The carrier Grey Wren loaded at the Utrenneye terminal in early August. It later "
                 "passed the cargo to the storage tanker Dusk Heron near Murmansk. Another carrier, the "
                 "Kite Hollow, loaded a second cargo at the terminal on 20 August.", date="2024-09-03")
    assert ("Kite Hollow", "Utrenneye") in calls(f)
    assert ("Kite Hollow", "Murmansk") not in calls(f)


def test_an_apposition_on_the_port_before_what_the_ship_did_there() -> None:
    f = facts_of("The tanker Grey Wren docked in Misrata, a port in western Libya, on June 2 and took on "
                 "diesel. It then sailed to Valletta, the Maltese capital, where it discharged part of the "
                 "cargo on June 6.", date="2024-06-25")
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"loading", "discharging"}
    assert dated(f, "PortCall")[("Grey Wren", "Valletta")] == "2024-06-06"


def test_a_port_named_as_its_city_s_is_the_one_reached() -> None:
    f = facts_of("The Suezmax Grey Wren offloaded at Yantai's Longkou port on 3 October.")
    assert calls(f) == {("Grey Wren", "Longkou")}
    assert transfers(f) == {("Grey Wren", None, "Longkou")}


def test_a_listing_under_a_sanctions_package_keeps_its_time() -> None:
    f = facts_of("The European Union on 24 June 2024 listed 27 vessels, including the tanker Grey Wren, "
                 "under its 14th sanctions package.", date="2024-07-02")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2024-06-24")]
    # (a standing told without its start stays undated)
    g = facts_of("The tanker Grey Wren, under US sanctions, docked at Rotterdam on 2 March.",
                 date="2024-07-02")
    assert [(e.type, e.date) for e in g.events if e.type == "Sanction"] == [("Sanction", None)]


def test_a_ship_placed_under_sanctions() -> None:
    f = facts_of("The tanker Grey Wren was placed under US sanctions in 2022.", date="2024-07-02")
    assert [(e.type, e.date) for e in f.events] == [("Sanction", "2022")]
    assert facts_of("Officials placed the tanker Grey Wren under review.").events == []


def test_a_delivery_told_after_the_loading_it_followed() -> None:
    f = facts_of("The tanker Grey Wren delivered 40,000 tonnes to Santos after loading at Primorsk in "
                 "December.", date="2024-02-15")
    assert dated(f, "PortCall") == {("Grey Wren", "Santos"): "2023-12-01/2024-02-15",
                                    ("Grey Wren", "Primorsk"): "2023-12"}
    # (a delivery with its own time keeps it)
    g = facts_of("The tanker Grey Wren delivered 40,000 tonnes to Santos on 20 January after loading at "
                 "Primorsk in December.", date="2024-02-15")
    assert dated(g, "PortCall")[("Grey Wren", "Santos")] == "2024-01-20"


def test_a_ship_that_went_instead_to_a_port() -> None:
    f = facts_of("The ro-ro ships Grey Wren and Dusk Heron left Baltiysk on May 3. The Dusk Heron went "
                 "instead to Tobruk, where it unloaded trucks on May 18.", date="2024-05-27")
    assert ("Dusk Heron", "Tobruk") in calls(f)
    assert ("Dusk Heron", "Baltiysk", "Tobruk") in transfers(f)
    g = facts_of("The ro-ro ship Grey Wren went straight to Tartus on May 9.", date="2024-05-27")
    assert calls(g) == {("Grey Wren", "Tartus")}
    # (a ship that went to lengths is no call)
    h = facts_of("The crew of the tanker Grey Wren went to great lengths to hide it.")
    assert calls(h) == set()


def test_respectively_after_ports_told_with_their_states() -> None:
    f = facts_of("The bulk carriers Grey Wren and Dusk Heron loaded grain at Berdyansk last month and "
                 "delivered it to Turkey's Izmir and Syria's Latakia, respectively.", date="2024-03-05")
    assert calls(f) == {("Grey Wren", "Berdyansk"), ("Dusk Heron", "Berdyansk"),
                        ("Grey Wren", "Izmir"), ("Dusk Heron", "Latakia")}
    assert transfers(f) == {("Grey Wren", "Berdyansk", "Izmir"), ("Dusk Heron", "Berdyansk", "Latakia")}
    g = facts_of("The tankers Grey Wren and Dusk Heron discharged at Izmir and the Syrian port of "
                 "Baniyas respectively.")
    assert calls(g) == {("Grey Wren", "Izmir"), ("Dusk Heron", "Baniyas")}
    # (no "respectively": each ship at each port, as before)
    h = facts_of("The tankers Grey Wren and Dusk Heron discharged at Izmir and the Syrian port of Baniyas.")
    assert len(calls(h)) == 4


def test_the_time_of_a_transfer_told_in_the_next_sentence() -> None:
    f = facts_of("The tanker Grey Wren received fuel oil from the tanker Dusk Heron in the Laconian Gulf, "
                 "officials said. The transfer took place over two days, on 5 and 6 August.",
                 date="2024-08-09")
    assert [(e.type, e.date) for e in f.events] == [("ShipToShipTransfer", "2024-08-05/2024-08-06")]
    assert len(f.events[0].evidence) == 2
    g = facts_of("The tanker Grey Wren received fuel oil from the tanker Dusk Heron off Crete. "
                 "The operation was carried out in late July.", date="2024-08-09")
    assert [e.date for e in g.events] == ["2024-07-21/2024-07-31"]
    # (not a transfer told two sentences back, nor an operation of another kind)
    h = facts_of("The tanker Grey Wren received fuel oil from the tanker Dusk Heron off Crete. "
                 "Greek officials were alerted. The operation took place in late July.", date="2024-08-09")
    assert [e.date for e in h.events] == [None]
    k = facts_of("The tanker Grey Wren docked at Piraeus. The operation took place in late July.",
                 date="2024-08-09")
    assert [(e.type, e.date) for e in k.events] == [("PortCall", None)]


def test_a_call_told_as_a_step_back_is_no_voyage_from_the_call_before() -> None:
    for step in ("Earlier, the tanker discharged", "Before going dark, the tanker discharged",
                 "It had discharged"):
        f = facts_of(f"The tanker Grey Wren reappeared off Lome on April 17. {step} a cargo of diesel at "
                     "Lagos.", date="2024-04-22")
        assert transfers(f) == {("Grey Wren", None, "Lagos")}, step
        assert dated(f, "PortCall")[("Grey Wren", "Lagos")] is None, step
    # (told as what came next, it is the voyage)
    g = facts_of("The tanker Grey Wren loaded diesel at Lome on April 17. It then discharged the cargo at "
                 "Lagos.", date="2024-04-22")
    assert transfers(g) == {("Grey Wren", "Lome", "Lagos")}
    # (a loading told as a step back is where the voyage began)
    h = facts_of("The tanker Grey Wren discharged at Lagos on April 17. Earlier, it loaded diesel at Lome.",
                 date="2024-04-22")
    assert transfers(h) == {("Grey Wren", "Lome", "Lagos")}


def test_a_port_a_signal_gave_in_place_of_the_real_one() -> None:
    f = facts_of("The bulk carrier Grey Wren left Sevastopol in late January. Its AIS signal showed it "
                 "departing from Kerch rather than Sevastopol.", date="2025-03-11")
    assert calls(f) == {("Grey Wren", "Sevastopol")}
    # (a ship that went to one port rather than another went there)
    g = facts_of("The bulk carrier Grey Wren sailed to Kerch rather than Sevastopol in January.",
                 date="2025-03-11")
    assert ("Grey Wren", "Kerch") in calls(g)


def test_a_ship_the_next_sentence_says_was_turned_away() -> None:
    for after in ("Turkish authorities said the ship was turned away.", "It was refused entry.",
                  "The vessel did not enter the port."):
        f = facts_of(f"The bulk carrier Grey Wren sailed from Mariupol to Izmir in October. {after}",
                     date="2024-01-15")
        assert calls(f) == {("Grey Wren", "Mariupol")}, after
        assert transfers(f) == set(), after
    # (turned away from another port: the call told stands; so does a discharge)
    g = facts_of("The bulk carrier Grey Wren unloaded grain at Izmir in October. It was later turned away "
                 "from Mersin.", date="2024-01-15")
    assert calls(g) == {("Grey Wren", "Izmir")}
    h = facts_of("The bulk carrier Grey Wren sailed from Mariupol to Izmir in October. Officials said "
                 "the cargo was stolen.", date="2024-01-15")
    assert transfers(h) == {("Grey Wren", "Mariupol", "Izmir")}


def test_a_route_a_ship_normally_plies_is_no_voyage_to_where_it_was_seen() -> None:
    f = facts_of("The rail ferry Grey Wren, which normally plies between Port Kavkaz and Kerch, was "
                 "photographed unloading armoured vehicles at Sevastopol on 25 August.", date="2024-09-03")
    assert transfers(f) == {("Grey Wren", None, "Sevastopol")}
    # (a voyage told as such stands)
    g = facts_of("The rail ferry Grey Wren left Kerch on 24 August and was photographed unloading "
                 "armoured vehicles at Sevastopol on 25 August.", date="2024-09-03")
    assert transfers(g) == {("Grey Wren", "Kerch", "Sevastopol")}


def test_a_ship_sailing_empty_to_a_port_is_not_there() -> None:
    for how in ("while sailing empty to Ust-Luga", "while sailing in ballast to Ust-Luga"):
        f = facts_of(f"The tanker Grey Wren was detained in the Gulf of Finland on 11 April {how}.")
        assert calls(f) == set(), how
        assert [e.type for e in f.events] == ["Detention"], how
    # (a ship that returned empty got there)
    g = facts_of("The tanker Grey Wren returned empty to Ust-Luga on 11 April.")
    assert calls(g) == {("Grey Wren", "Ust-Luga")}


def test_a_meeting_with_the_cargo_passing_told_in_the_next_sentence() -> None:
    for after in ("Over two nights the crude moved from one hull to the other.",
                  "They transferred the cargo overnight.",
                  "Oil was pumped across during the night."):
        f = facts_of(f"The tanker Grey Wren met a smaller tanker, the Dusk Heron, off Togo on 3 May. {after}")
        sts = [e for e in f.events if e.type == "ShipToShipTransfer"]
        assert [(e.date, len(e.evidence)) for e in sts] == [("2023-05-03", 2)], after
    # (a meeting alone, one denied after, or people meeting after, is no transfer)
    for after in ("", "No oil was transferred between the two ships.",
                  "Officials met in Lome to discuss the cargo."):
        f = facts_of(f"The tanker Grey Wren met the tanker Dusk Heron off Togo on 3 May. {after}")
        assert [e.type for e in f.events if e.type == "ShipToShipTransfer"] == [], after


def test_a_ship_allowed_to_discharge_did() -> None:
    f = facts_of("The tanker Grey Wren was allowed to discharge at Paradip on 25 February.")
    assert dated(f, "PortCall") == {("Grey Wren", "Paradip"): "2024-02-25"}
    for told in ("will be allowed to discharge at Paradip next week",
                 "was not allowed to discharge at Paradip",
                 "was allowed to continue its voyage to Paradip", "could be allowed to dock at Paradip"):
        assert calls(facts_of(f"The tanker Grey Wren {told}.")) == set(), told


def test_a_time_clause_after_loaded_is_no_cargo() -> None:
    f = facts_of("The tanker Grey Wren discharged at Paradip on 25 February after its cargo was found to "
                 "have been loaded before the sanctions took effect.")
    assert [(e.type, e.cargo) for e in f.events if e.type == "Transfer"] == [("Transfer", None)]
    g = facts_of("The tanker Grey Wren discharged at Paradip on 25 February after it loaded diesel at Sikka.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["diesel"]


def test_a_ship_that_did_so_at_another_port() -> None:
    f = facts_of("The vessel Grey Wren unloaded coal at Longkou in August 2022, and the Dusk Heron 19 did "
                 "so at Lianyungang a month later.")
    assert calls(f) == {("Grey Wren", "Longkou"), ("Dusk Heron 19", "Lianyungang")}
    assert transfers(f) == {("Grey Wren", None, "Longkou"), ("Dusk Heron 19", None, "Lianyungang")}
    assert dated(f, "PortCall")[("Dusk Heron 19", "Lianyungang")] == "2022-08-31/2022-09-30"
    g = facts_of("The tanker Grey Wren loaded at Primorsk on 3 May, while the Dusk Heron did the same at "
                 "Ust-Luga.")
    assert calls(g) == {("Grey Wren", "Primorsk"), ("Dusk Heron", "Ust-Luga")}
    # (not done: no ship, no call)
    h = facts_of("The tanker Grey Wren loaded at Primorsk on 3 May, and the Dusk Heron did not do so at "
                 "Ust-Luga.")
    assert calls(h) == {("Grey Wren", "Primorsk")}


def test_goods_seized_by_a_warship_are_no_detention_of_it() -> None:
    for goods in ("a cache of missile parts", "Iranian-made missile parts", "weapons bound for Yemen"):
        f = facts_of(f"The destroyer USS Grey Wren intercepted a dhow on 17 July and seized {goods}.")
        assert [e.type for e in f.events] == [], goods
    g = facts_of("Iranian forces seized the arms ship Grey Wren on 17 July.")
    assert [e.type for e in g.events] == ["Detention"]


def test_ships_listed_after_a_colon_each_on_its_own_day() -> None:
    f = facts_of("Three bulkers loaded coal at Murmansk in April: the Grey Wren on 4 April, the Dusk "
                 "Heron on 12 April and the Kite Hollow on 21 April.", date="2025-05-19")
    assert dated(f, "PortCall") == {("Grey Wren", "Murmansk"): "2025-04-04",
                                    ("Dusk Heron", "Murmansk"): "2025-04-12",
                                    ("Kite Hollow", "Murmansk"): "2025-04-21"}
    # (a list without days keeps the time told before it)
    g = facts_of("Three bulkers loaded coal at Murmansk in April: the Grey Wren, the Dusk Heron and the "
                 "Kite Hollow.", date="2025-05-19")
    assert set(dated(g, "PortCall").values()) == {"2025-04"}


def test_ships_listed_each_with_its_port_after_a_clause() -> None:
    f = facts_of("The bulkers Grey Wren, Dusk Heron and Kite Hollow loaded coal at Murmansk in April. "
                 "All three discharged at Indian ports in May, the Grey Wren at Paradip, the Dusk Heron at "
                 "Krishnapatnam and the Kite Hollow at Mundra.", date="2025-06-19")
    assert {k: v for k, v in dated(f, "PortCall").items() if k[1] != "Murmansk"} == {
        ("Grey Wren", "Paradip"): "2025-05", ("Dusk Heron", "Krishnapatnam"): "2025-05",
        ("Kite Hollow", "Mundra"): "2025-05"}
    assert ("Dusk Heron", "Murmansk", "Krishnapatnam") in transfers(f)
    # (not where the clause before is denied)
    g = facts_of("The bulkers Grey Wren and Dusk Heron loaded coal at Murmansk in April. Neither ship "
                 "discharged in India in May, the Grey Wren at Paradip and the Dusk Heron at Mundra being "
                 "refused.", date="2025-06-19")
    assert calls(g) == {("Grey Wren", "Murmansk"), ("Dusk Heron", "Murmansk")}


def test_a_table_of_transfers_by_donor_and_receiving_vessel() -> None:
    f = facts_of("| Date | Donor vessel | Receiving vessel | Location |\n"
                 "|------|--------------|------------------|----------|\n"
                 "| 17 Mar | Grey Wren (Gabon) | Dusk Heron (IMO 9305623) | off Lome |\n"
                 "| 19 Mar | Kite Hollow | Pale Finch | Gulf of Laconia |\n", date="2025-03-24")
    by_id = {e.id: e for e in f.entities}
    assert sorted(tuple(sorted(by_id[v].name for v in e.vessels)) for e in f.events
                  if e.type == "ShipToShipTransfer") == \
        [("Dusk Heron", "Grey Wren"), ("Kite Hollow", "Pale Finch")]
    assert {e.name: (e.flag, e.imo) for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": ("GAB", None), "Dusk Heron": (None, "9305623"), "Kite Hollow": (None, None),
        "Pale Finch": (None, None)}


def test_a_table_of_movements_under_a_title_that_names_the_port() -> None:
    body = ("Date        Vessel            Flag      Activity\n"
            "02 Sep      GREY WREN         Russia    arrived\n"
            "09 Sep      DUSK HERON        Syria     arrived\n")
    f = facts_of(body, date="2024-09-18", title="Vessel movements at Tartus, September")
    assert dated(f, "PortCall") == {("GREY WREN", "Tartus"): "2024-09-02",
                                    ("DUSK HERON", "Tartus"): "2024-09-09"}
    # (a title of another kind names no port for the rows)
    g = facts_of(body, date="2024-09-18", title="Vessel owners in Tartus, September")
    assert calls(g) == set()


def test_a_timeline_of_a_ship_the_title_names_by_its_run() -> None:
    body = ("15 March: Grey Wren leaves Novorossiysk.\n19 March: Transits the Bosphorus southbound.\n"
            "23 March: Arrives Tartus; unloading observed.\n")
    f = facts_of(body, date="2023-04-20", title="The Grey Wren's spring run")
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]
    # (a title that names no ship's run names no ship)
    g = facts_of(body, date="2023-04-20", title="Grey Wren and the spring")
    assert names(g, "Vessel") == set()


def test_a_ship_s_crew_detained_is_no_detention_of_the_ship() -> None:
    for told in ("The Grey Wren's crew were detained at Izmir.",
                 "Officers of the tanker Grey Wren were arrested in Tallinn."):
        f = facts_of(told)
        assert names(f, "Vessel") == {"Grey Wren"}, told
        assert [e.type for e in f.events if e.type == "Detention"] == [], told
    g = facts_of("The tanker Grey Wren's captain was arrested and the ship was detained at Izmir.")
    assert [e.type for e in g.events if e.type == "Detention"] == ["Detention"]


def test_a_ship_described_then_named_in_an_apposition_carried_the_cargo() -> None:
    f = facts_of("A ship carrying grain from occupied Berdyansk, the Grey Wren, docked at Alexandria on "
                 "Monday.", date="2024-05-02")
    assert transfers(f) == {("Grey Wren", "Berdyansk", "Alexandria")}
    # (an apposition that names no ship names none)
    g = facts_of("A ship carrying grain from Berdyansk, the first this year, docked at Alexandria on "
                 "Monday.", date="2024-05-02")
    assert names(g, "Vessel") == set() and transfers(g) == set()


def test_gas_told_of_before_passed_to_another_ship() -> None:
    f = facts_of("The tanker Grey Wren loaded LNG at Sabetta. The LNG was later transferred to the tanker "
                 "Dusk Heron.")
    by_id = {e.id: e.name for e in f.entities}
    assert [sorted(by_id[v] for v in e.vessels) for e in f.events if e.type == "ShipToShipTransfer"] == \
        [["Dusk Heron", "Grey Wren"]]


def test_a_ship_moored_beside_another_in_a_port_is_there_too() -> None:
    f = facts_of("Images from 11 August show the cargo ship Grey Wren moored at Nakhodka, next to the "
                 "Russian tanker Dusk Heron.", date="2024-08-14")
    assert dated(f, "PortCall") == {("Grey Wren", "Nakhodka"): "2024-08-11",
                                    ("Dusk Heron", "Nakhodka"): "2024-08-11"}
    # (beside a warehouse, or at sea: no call)
    assert calls(facts_of("The cargo ship Grey Wren moored at Nakhodka next to a warehouse.")) == \
        {("Grey Wren", "Nakhodka")}
    assert calls(facts_of("The tanker Grey Wren lay off Crete next to the tanker Dusk Heron.")) == set()


def test_a_ship_rebels_say_they_targeted_was_attacked() -> None:
    f = facts_of("Houthi rebels said on Monday they had targeted the bulk carrier Grey Wren in the Red Sea.")
    assert [e.type for e in f.events] == ["Attack"]
    for told in ("The US Treasury targeted the tanker Grey Wren with sanctions.",
                 "US forces targeted the tanker Grey Wren for inspection.",
                 "The Houthis said they had targeted the container ship Grey Wren in the Arabian Sea, but "
                 "the operator denied the ship had been attacked."):
        assert facts_of(told).events == [], told
    # (a denial of another thing leaves the attack)
    g = facts_of("A missile hit the tanker Grey Wren in the Red Sea on Monday; the Houthis denied any role.")
    assert [e.type for e in g.events] == ["Attack"]


def test_a_count_of_containers_before_a_source_is_the_cargo() -> None:
    f = facts_of("The cargo ship Kite Hollow left Rajin on 4 May with about 300 containers, satellite "
                 "pictures show. It docked at Vostochny two days later.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["containers"]
    g = facts_of("The cargo ship Kite Hollow left Rajin on 4 May with 120 crates, officials said, and "
                 "docked at Vostochny two days later.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["crates"]


def test_a_voyage_that_took_the_ship_from_one_port_to_another() -> None:
    f = facts_of("The bulk carrier Pale Finch loaded barley at Berdyansk in April. Her second voyage, in "
                 "June, took her from Kavkaz to Latakia.")
    assert transfers(f) == {("Pale Finch", "Kavkaz", "Latakia")}
    assert dated(f, "Transfer")[("Pale Finch", "Kavkaz", "Latakia")] == "2023-06"
    g = facts_of("The bulk carrier Pale Finch loaded barley at Berdyansk in April. In June a voyage took "
                 "the ship from Kavkaz to Latakia.")
    assert transfers(g) == {("Pale Finch", "Kavkaz", "Latakia")}
    # (the voyage's "took" is no cargo)
    h = facts_of("The tanker Grey Wren's last voyage took it from Primorsk to Sikka in May.")
    assert [e.cargo for e in h.events if e.type == "Transfer"] == [None]
    # (a ship taking part in something went nowhere)
    assert facts_of("The tanker Grey Wren took part in a drill off Sikka from Monday.").events == []


def test_voyages_told_as_before_the_call_in_hand_are_no_voyage_from_it() -> None:
    f = facts_of("The tanker Dusk Heron docked at Sikka on 3 March. Its previous voyage ended at Vadinar.")
    assert calls(f) == {("Dusk Heron", "Sikka"), ("Dusk Heron", "Vadinar")}
    assert transfers(f) == set()
    assert dated(f, "PortCall")[("Dusk Heron", "Vadinar")] is None
    g = facts_of("The tanker Dusk Heron was detained on Friday. Its previous voyages took it from Primorsk "
                 "to Vadinar.")
    assert transfers(g) == {("Dusk Heron", "Primorsk", "Vadinar")}
    assert dated(g, "Transfer")[("Dusk Heron", "Primorsk", "Vadinar")] is None
    # (a voyage told as coming before stays one: "It had departed from Ust-Luga")
    h = facts_of("The tanker Dusk Heron docked at Porvoo on 26 December. It had departed from Ust-Luga "
                 "two days earlier.")
    assert transfers(h) == {("Dusk Heron", "Ust-Luga", "Porvoo")}


def test_a_port_logs_lines_with_days_registry_codes_and_short_deeds() -> None:
    f = facts_of("Apr 2 - Grey Wren (RUS) arr. from Novorossiysk, berth 4.\n"
                 "Apr 3 - Kite Hollow (PAN) dep. for Mersin.\n"
                 "Apr 6 - Grey Wren dep., destination not declared.\n",
                 title="Daily port log: Tartous", date="2024-04-10")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Grey Wren": "RUS",
                                                                         "Kite Hollow": "PAN"}
    assert calls(f) == {("Grey Wren", "Tartus"), ("Grey Wren", "Novorossiysk"), ("Kite Hollow", "Tartus")}
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus")}
    activity = {(e.vessel, e.port): e.activity for e in f.events if e.type == "PortCall"}
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[v], by_id[p]): a for (v, p), a in activity.items()} == {
        ("Grey Wren", "Novorossiysk"): "departure", ("Grey Wren", "Tartus"): "berthed",
        ("Kite Hollow", "Tartus"): "departure"}
    # (a code that is no state's, or a name with no deed after it, names no ship)
    g = facts_of("Apr 2 - Grey Wren (XYZ) arr. from Novorossiysk.\nApr 3 - Kite Hollow (PAN), general "
                 "cargo.\n", title="Daily port log: Tartous", date="2024-04-10")
    assert names(g, "Vessel") == set()


def test_a_ship_that_arrived_from_a_port_and_was_only_due_to_sail_on() -> None:
    f = facts_of("The coast guard detained the tanker Dusk Heron at Pylos on Saturday. The tanker had "
                 "arrived from Tobruk and was due to sail on to Trieste.")
    assert transfers(f) == {("Dusk Heron", "Tobruk", "Pylos")}
    assert ("Dusk Heron", "Trieste") not in calls(f)
    # (a ship that sailed from a port bound for another: not where it was told of before)
    g = facts_of("The coast guard detained the tanker Dusk Heron at Pylos on Saturday. The tanker had "
                 "sailed from Tobruk bound for Trieste.")
    assert ("Dusk Heron", "Tobruk", "Pylos") not in transfers(g)


def test_a_transfer_involving_two_ships() -> None:
    for told in ("A second transfer involving the Liberia-flagged Kite Hollow and the DPRK tanker Pale "
                 "Finch took place in Sansha Bay on 9 November.",
                 "A second transfer involving the Kite Hollow and the tanker Pale Finch took place in "
                 "Sansha Bay on 9 November.",
                 "The tankers Kite Hollow and Pale Finch were involved in a transfer in Sansha Bay on "
                 "9 November."):
        f = facts_of(told)
        assert sts_events(f) == [(frozenset({"Kite Hollow", "Pale Finch"}), "Sansha Bay", 1)], told
        assert dated(f, "ShipToShipTransfer") == {(): "2023-11-09"}, told
    for told in ("The tankers Kite Hollow and Pale Finch were involved in a collision in Sansha Bay.",
                 "The transfer involving Ivan Petrov and Anna Sokol was made in Dubai."):
        assert sts_events(facts_of(told)) == [], told


def test_the_cargo_a_ship_took_on_at_sea_is_unloaded_from_that_ship() -> None:
    f = facts_of("The tanker Grey Wren took on crude in a ship-to-ship transfer with the Iranian tanker "
                 "Dusk Heron off Oman. The cargo was later offloaded at Galveston.")
    assert calls(f) == {("Grey Wren", "Galveston")}
    g = facts_of("The tanker Grey Wren took on diesel from the tanker Dusk Heron off Malta. The diesel was "
                 "later unloaded at Lome.")
    assert calls(g) == {("Grey Wren", "Lome")}
    # (the ship a cargo was passed to holds it)
    h = facts_of("The tanker Grey Wren transferred its oil in an STS with the tanker Dusk Heron off Malta. "
                 "The cargo was later unloaded at Lome.")
    assert calls(h) == {("Dusk Heron", "Lome")}


def test_a_clause_joined_with_its_own_ship_keeps_its_own_hedging() -> None:
    f = facts_of("The tanker Grey Wren carried crude from Primorsk to Vadinar in May, and the tanker Dusk "
                 "Heron is believed to have moved diesel from Tuapse to Mersin.")
    by_id = {e.id: e.name for e in f.entities}
    level = {by_id[e.vessel]: e.confidence for e in f.events if e.type == "Transfer"}
    assert level == {"Grey Wren": "reported", "Dusk Heron": "likely"}
    # (a hedge before the join bears on its own clause only; one that opens the sentence on both
    # when no ship opens the second)
    g = facts_of("The tanker Grey Wren probably loaded at Primorsk, and the Dusk Heron docked at Sikka.")
    by_id = {e.id: e.name for e in g.entities}
    assert {by_id[e.vessel]: e.confidence for e in g.events} == {"Grey Wren": "likely",
                                                                 "Dusk Heron": "reported"}
    h = facts_of("The tanker Grey Wren probably loaded at Primorsk and then docked at Sikka.")
    assert {e.confidence for e in h.events} == {"likely"}


def test_a_transfer_off_a_port_told_with_its_state_is_no_call_there() -> None:
    f = facts_of("One cargo, aboard the VLCC Grey Wren, was discharged at Rizhao on March 28 after a "
                 "ship-to-ship transfer off Malaysia's Tanjung Pelepas.")
    assert calls(f) == {("Grey Wren", "Rizhao")}
    assert transfers(f) == {("Grey Wren", None, "Rizhao")}
    # (a ship at the state's port itself was there)
    g = facts_of("The VLCC Grey Wren discharged at Malaysia's Tanjung Pelepas on March 28.")
    assert calls(g) == {("Grey Wren", "Tanjung Pelepas")}


def test_a_ship_alongside_a_ports_berth_called_there() -> None:
    f = facts_of("Another tanker, the Kite Hollow, was photographed alongside the Kavkaz oil berth on "
                 "11 January.")
    assert dated(f, "PortCall") == {("Kite Hollow", "Kavkaz"): "2024-01-11"}
    # (alongside another ship off the port: a transfer at sea, no call)
    g = facts_of("The tanker Kite Hollow was photographed alongside the tanker Grey Wren off Kavkaz on "
                 "11 January.")
    assert calls(g) == set() and len(sts_events(g)) == 1


def test_ships_told_again_together_keep_the_order_they_were_named_in() -> None:
    f = facts_of("The frigate Dusk Heron escorted two sanctioned tankers, the Kite Hollow and the Pale "
                 "Finch, through the English Channel. The tankers had loaded at Ust-Luga and Primorsk "
                 "respectively.")
    assert calls(f) == {("Kite Hollow", "Ust-Luga"), ("Pale Finch", "Primorsk")}


def test_ships_named_as_the_carriers_of_a_supply_told_before() -> None:
    f = facts_of("Iran delivered about 2 million barrels of crude to Syria's Baniyas refinery in "
                 "October. The deliveries were made by three tankers: the Grey Wren, the Dusk Heron 2 "
                 "and the Pale Finch.", date="2024-11-20")
    assert transfers(f) == {(ship, "Iran", "Baniyas") for ship in ("Grey Wren", "Dusk Heron 2", "Pale Finch")}
    assert dated(f, "PortCall") == {(ship, "Baniyas"): "2024-10"
                                    for ship in ("Grey Wren", "Dusk Heron 2", "Pale Finch")}
    g = facts_of("Russia shipped diesel to Cuba in May. The cargoes were carried by the tanker Grey Wren.")
    assert transfers(g) == {("Grey Wren", "Russia", "Cuba")}
    # (denied, or with no supply told before: the supply stays without a ship)
    h = facts_of("Russia shipped diesel to Cuba in May. The cargoes were not carried by the tanker Grey "
                 "Wren.")
    assert transfers(h) == {(None, "Russia", "Cuba")}
    assert transfers(facts_of("The cargoes were carried by the tanker Grey Wren.")) == set()


def test_a_voyage_a_ship_had_been_making_when_it_was_seized_did_not_end() -> None:
    f = facts_of("Rebels seized the car carrier Grey Wren on Friday. The vessel had been sailing from "
                 "Korfez to Pipavav.")
    assert calls(f) == {("Grey Wren", "Korfez")} and transfers(f) == set()
    # (a voyage it had made stays one)
    g = facts_of("The car carrier Grey Wren docked at Pipavav on Friday. It had sailed from Korfez.")
    assert transfers(g) == {("Grey Wren", "Korfez", "Pipavav")}


def test_a_load_taken_in_a_transfer_from_a_named_ship() -> None:
    f = facts_of("The tanker Grey Wren loaded 2 million barrels of Iranian crude oil in a transfer from "
                 "the tanker Dusk Heron near Fujairah in July 2022.")
    assert sts_events(f) == [(frozenset({"Grey Wren", "Dusk Heron"}), "Fujairah", 1)]
    # (from a port or a state: no ship)
    for told in ("The tanker Grey Wren loaded crude in a transfer from Primorsk.",
                 "The tanker Grey Wren received a transfer from Iran in May."):
        assert sts_events(facts_of(told)) == [], told


def test_a_markdown_log_of_a_ports_arrivals_with_names_set_apart_by_dashes(tmp_path: Path) -> None:
    (tmp_path / "log.md").write_text(
        '---\ntitle: "Tartus arrivals, August 2024"\ndate: 2024-09-01\n---\n'
        "# Tartus arrivals, August 2024\n\n"
        "* **Grey Wren** — arrived 3 August from Novorossiysk.\n"
        "* **Dusk Heron** (tanker) — anchored off Tartus 20–22 August.\n")
    f = extract(read_document(tmp_path / "log.md"), default_gazetteer())
    assert calls(f) == {("Grey Wren", "Tartus"), ("Grey Wren", "Novorossiysk"), ("Dusk Heron", "Tartus")}
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus")}
    # (a hyphen inside a name sets nothing apart: no ship "Ust")
    g = facts_of("- Ust-Luga arrived on the list of ports last year.")
    assert names(g, "Vessel") == set()


def test_goods_shipped_between_two_ports_with_no_ship_or_state_told() -> None:
    f = facts_of("Iranian drone parts are believed to have been shipped from Bandar Anzali to Makhachkala "
                 "in the first half of 2023.")
    assert transfers(f) == {(None, "Bandar Anzali", "Makhachkala")}
    assert [(e.cargo, e.date, e.confidence) for e in f.events] == [("drone parts", "2023-01/2023-06",
                                                                   "likely")]
    g = facts_of("Spare parts were shipped from Astrakhan to Makhachkala in 2023.")
    assert transfers(g) == {(None, "Astrakhan", "Makhachkala")}
    # (denied, or a ship's voyage: no supply without a ship)
    assert facts_of("Drone parts were not shipped from Bandar Anzali to Makhachkala.").events == []
    h = facts_of("Drone parts were shipped from Bandar Anzali to Makhachkala aboard the cargo ship Grey "
                 "Wren.")
    assert transfers(h) == {("Grey Wren", "Bandar Anzali", "Makhachkala")}


def test_how_long_a_ship_worked_is_no_cargo() -> None:
    f = facts_of("The cargo ship Grey Wren docked at Simon's Town, where it was loaded and unloaded over "
                 "three nights.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] in ([], [None])
    g = facts_of("The cargo ship Grey Wren unloaded 300 containers over two days at Dunai.")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["containers"]


def test_a_claimed_call_the_next_sentence_finds_no_sign_of() -> None:
    f = facts_of("Social media posts claimed last week that the tanker Grey Wren had delivered crude to "
                 "Baniyas. Our review of satellite imagery found no sign of the ship at Baniyas.")
    assert f.events == []
    g = facts_of("Posts said the tanker Grey Wren docked at Tartus. Imagery showed no evidence that it "
                 "called at Tartus.")
    assert g.events == []
    # (no sign of something else, or of the ship at another port: the call stands)
    for told in ("The tanker Grey Wren docked at Baniyas on Monday. Imagery showed no sign of damage at "
                 "Baniyas.",
                 "The tanker Grey Wren docked at Baniyas on Monday. Imagery found no sign of the ship at "
                 "Tartus."):
        assert ("Grey Wren", "Baniyas") in calls(facts_of(told)), told
    # (a claim is hedged, however soon its "that" comes)
    h = facts_of("Social media posts claimed last week that the tanker Grey Wren had delivered crude to "
                 "Baniyas.")
    assert {e.confidence for e in h.events} == {"realistic possibility"}


def test_a_port_that_names_a_waterway_sailed_through_is_no_call() -> None:
    f = facts_of("The bulk carrier Nordic Bell loaded corn at Izmail on 12 September and sailed through "
                 "the Sulina channel to Constanta.")
    assert calls(f) == {("Nordic Bell", "Izmail"), ("Nordic Bell", "Constanta")}


def test_a_stop_before_continuing_is_no_voyage_of_its_own() -> None:
    f = facts_of("On its third voyage the cargo ship Grey Wren loaded machine tools at Dalian, stopped at "
                 "Busan for two days before continuing to Vladivostok, where it arrived on 21 May.")
    assert ("Grey Wren", "Busan") in calls(f)
    assert ("Grey Wren", "Busan", "Vladivostok") not in transfers(f)
    assert ("Grey Wren", "Dalian", "Vladivostok") in transfers(f)


def test_a_load_told_of_before_loaded_onto_another_ship_at_sea() -> None:
    f = facts_of("The tanker Dusk Heron loaded LNG at Sabetta in June. The LNG was later loaded onto the "
                 "tanker Grey Wren off Murmansk.")
    assert sts_events(f) == [(frozenset({"Dusk Heron", "Grey Wren"}), "Murmansk", 1)]
    # (in a port, or goods no ship was told to hold: a loading there, no transfer at sea)
    for told in ("The cargo ship Dusk Heron brought crude to Rajin. The crude was then loaded onto the "
                 "tanker Grey Wren at Rajin.",
                 "The cargo ship Dusk Heron docked at Rajin. Containers were loaded onto the cargo ship "
                 "Grey Wren."):
        assert sts_events(facts_of(told)) == [], told


def test_a_ship_named_as_bringing_one_of_the_cargoes_a_port_received() -> None:
    f = facts_of("Turkey's STAR refinery received three cargoes at Aliaga in May, including one aboard the "
                 "Suezmax Grey Wren.")
    assert dated(f, "PortCall") == {("Grey Wren", "Aliaga"): "2023-05"}
    g = facts_of("Indian refiners imported six cargoes at Sikka last month, among them one on the tanker "
                 "Grey Wren.")
    assert calls(g) == {("Grey Wren", "Sikka")}
    # (one from a state: no ship; one the refinery did not receive: no call)
    assert facts_of("The refinery received three cargoes at Aliaga in May, including one from Iraq.").events \
        == []
    assert calls(facts_of("The refinery did not receive any cargoes at Aliaga in May, including one aboard "
                          "the tanker Grey Wren.")) == set()


def test_a_table_under_a_title_of_a_ports_call_records() -> None:
    f = facts_of("| Date | Vessel | Flag | Activity |\n|---|---|---|---|\n"
                 "| 2024-08-03 | Grey Wren | DPRK | unloading |\n"
                 "| 2024-08-19 | Dusk Heron | DPRK | at berth |\n"
                 "Each of the two tankers had been seen in Chinese waters before its arrival.\n",
                 title="Port call records, Nampo oil terminal", date="2024-09-25")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2024-08-03",
                                    ("Dusk Heron", "Nampo"): "2024-08-19"}
    assert len([e for e in f.events if e.type == "PortCall"]) == 2  # (none from "in Chinese waters")


def test_a_reason_suspected_does_not_hedge_the_detention() -> None:
    f = facts_of("Indonesian authorities have detained the tanker Grey Wren off Batam for suspected illegal "
                 "transfer of oil, the coast guard said on Monday.")
    assert [(e.type, e.confidence) for e in f.events] == [("Detention", "reported")]
    g = facts_of("Indonesian authorities have probably detained the tanker Grey Wren off Batam.")
    assert [(e.type, e.confidence) for e in g.events] == [("Detention", "likely")]


def test_a_ship_that_came_empty_from_a_port_carried_nothing_from_it() -> None:
    f = facts_of("The tanker Grey Wren arrived empty from Port Said on 30 April. After a transfer with the "
                 "tanker Dusk Heron off Kythira, the Grey Wren sailed to Aliaga, where it discharged on 9 "
                 "May.")
    assert ("Grey Wren", "Port Said", "Aliaga") not in transfers(f)
    assert ("Grey Wren", "Aliaga") in calls(f)
    g = facts_of("The tanker Grey Wren left Port Said on 30 April and sailed to Aliaga, where it discharged "
                 "on 9 May.")
    assert ("Grey Wren", "Port Said", "Aliaga") in transfers(g)


def test_two_more_ships_named_after_a_group_and_a_move_to_a_ports_anchorage() -> None:
    f = facts_of("Last week 14 tankers were anchored off Fujairah. Two others, the Grey Wren and the Dusk "
                 "Heron, moved to the Khor Fakkan anchorage.")
    assert calls(f) == {("Grey Wren", "Khor Fakkan"), ("Dusk Heron", "Khor Fakkan")}
    assert calls(facts_of("The tanker Grey Wren moved to the Port of Baniyas.")) == {("Grey Wren", "Baniyas")}
    # (people, or two who speak, name no ships; a sea moved to is no port)
    assert names(facts_of("Several officials spoke. Two others, the Minister and the Deputy, said nothing."),
                 "Vessel") == set()
    assert calls(facts_of("The tanker Grey Wren later moved to the Red Sea.")) == set()


def test_ships_among_those_that_worked_there_at_the_port_told_before() -> None:
    f = facts_of("Reliance took delivery of eight Urals cargoes at Sikka in May. Among the tankers that "
                 "discharged there was the Aframax Grey Wren, which had loaded at Novorossiysk on 12 April.")
    assert calls(f) == {("Grey Wren", "Sikka"), ("Grey Wren", "Novorossiysk")}
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Sikka")}
    # (a port's name with no word of place before it is no place of the deed)
    g = facts_of("Among the tankers that discharged Sikka crude was the Aframax Grey Wren.")
    assert calls(g) == set()


def test_two_ships_each_loading_in_transfers_at_sea_are_not_each_others_partner() -> None:
    f = facts_of("The tankers Grey Wren and Dusk Heron loaded Iranian crude in ship-to-ship transfers off "
                 "Malaysia in February.")
    assert sts_events(f) == []
    g = facts_of("The tankers Grey Wren and Dusk Heron conducted ship-to-ship transfers off Malaysia in "
                 "February.")
    assert [s[0] for s in sts_events(g)] == [frozenset({"Grey Wren", "Dusk Heron"})]
    h = facts_of("The tankers Grey Wren and Dusk Heron loaded crude in ship-to-ship transfers with each "
                 "other off Malaysia in February.")
    assert [s[0] for s in sts_events(h)] == [frozenset({"Grey Wren", "Dusk Heron"})]


def test_the_giver_at_sea_is_not_who_discharged_after() -> None:
    f = facts_of("The tanker Grey Wren took on crude from the Dusk Heron off Johor in February, before "
                 "discharging at Dongying.")
    assert calls(f) == {("Grey Wren", "Dongying")}
    assert transfers(f) == {("Grey Wren", None, "Dongying")}


def test_a_cargo_taken_to_a_port_was_delivered_there() -> None:
    f = facts_of("A second vessel, the bulk carrier Grey Wren, took a similar cargo to Rotterdam in October.")
    assert [(e.type, e.activity) for e in f.events if e.type == "PortCall"] == [("PortCall", "discharging")]
    g = facts_of("The bulk carrier Grey Wren took a cargo of potash at Riga to Rotterdam in October.")
    assert {(e.activity) for e in g.events if e.type == "PortCall"} == {"loading", "discharging"}
    assert transfers(g) == {("Grey Wren", "Riga", "Rotterdam")}
    h = facts_of("The bulk carrier Grey Wren took a cargo at Riga in October.")
    assert [e.activity for e in h.events if e.type == "PortCall"] == ["loading"]


def test_timeline_entries_with_no_subject_and_no_verb() -> None:
    f = facts_of("The general cargo ship Grey Wren left Nampo on 4 March.\n"
                 "- 9 March: at Longkou.\n"
                 "- 12 March: still at Longkou, unloading.\n"
                 "- 15 April: loading coal at Nampo's western pier.\n"
                 "- 22 April: Back in Nampo.\n", date="2024-06-01")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2024-04-22",
                                    ("Grey Wren", "Longkou"): "2024-03-09/2024-03-12"}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"departure", "discharging", "loading",
                                                                      None}
    # (an entry that opens on a clause of its own is not the ship's)
    g = facts_of("The general cargo ship Grey Wren left Nampo on 4 March.\n"
                 "- 9 March: In Longkou, officials said the cargo was coal.\n", date="2024-06-01")
    assert calls(g) == {("Grey Wren", "Nampo")}


def test_the_two_ships_told_to_have_met_again() -> None:
    told = ("Imagery from 2 July shows the bulk carrier Grey Wren alongside the Chinese vessel Dusk Heron "
            "off Zhoushan, likely transferring coal. ")
    for again in ("It was not the first time: in May the two ships met in the same area.",
                  "The two ships had also met off Zhoushan in May."):
        f = facts_of(told + again, date="2024-07-15")
        assert sorted(e.date or "" for e in f.events if e.type == "ShipToShipTransfer") == \
            ["2024-05", "2024-07-02"], again
        assert all(s[0] == frozenset({"Grey Wren", "Dusk Heron"}) for s in sts_events(f))
    # (two ships that did not meet, or people who met)
    assert len(sts_events(facts_of(told + "In May the two ships did not meet.", date="2024-07-15"))) == 1
    assert len(sts_events(facts_of(told + "In May the two crews met in Ningbo.", date="2024-07-15"))) == 1


def test_a_stop_after_loading_at_sea_is_not_where_the_cargo_came_from() -> None:
    f = facts_of("On March 3, 2023, the tanker Grey Wren loaded crude oil from the tanker Dusk Heron in a "
                 "ship-to-ship transfer in the Gulf of Oman. On March 21, 2023, the Grey Wren arrived at "
                 "Sohar, where it remained for three days. On April 9, 2023, the vessel discharged its cargo "
                 "at Huizhou.", date="2024-05-10")
    assert transfers(f) == {("Grey Wren", None, "Huizhou")}
    # (one that loaded at a port after the meeting carried that port's cargo)
    g = facts_of("On March 3, 2023, the tanker Grey Wren met the tanker Dusk Heron in a ship-to-ship "
                 "transfer in the Gulf of Oman. On March 21, 2023, the Grey Wren loaded crude at Sohar. On "
                 "April 9, 2023, the vessel discharged its cargo at Huizhou.", date="2024-05-10")
    assert ("Grey Wren", "Sohar", "Huizhou") in transfers(g)


def test_a_ship_that_last_transmitted_on_a_day_has_been_silent_since() -> None:
    f = facts_of("The Aframax Grey Wren last transmitted on 2 January while west of Crete.",
                 date="2024-02-14")
    assert [(e.type, e.date) for e in f.events] == [("AISGap", "2024-01-02/2024-02-14")]
    # (what a ship last carried is no silence)
    assert facts_of("The Aframax Grey Wren last transmitted its cargo manifest to the agent.",
                    date="2024-02-14").events == []


def test_a_deed_told_as_not_the_first_or_not_only_stands() -> None:
    f = facts_of("It was not the first time the tanker Grey Wren docked at Tartus in March.")
    assert calls(f) == {("Grey Wren", "Tartus")}
    g = facts_of("The tanker Grey Wren not only docked at Tartus in March but also unloaded fuel there.")
    assert calls(g) == {("Grey Wren", "Tartus")}
    assert calls(facts_of("The tanker Grey Wren did not dock at Tartus in March.")) == set()


def test_a_monitors_numbered_entries_name_ships_by_their_flag_in_brackets() -> None:
    f = facts_of("Key movements this week:\n"
                 "1. Grey Wren (Gabon) – arrived Sikka 3 Sep, discharging Urals; loaded Primorsk 8 Aug.\n"
                 "2. Dusk Heron (Cameroon) – STS with Kite Hollow off Kalamata 5 Sep.\n"
                 "3. Pale Finch (Panama) – AIS dark since 1 Sep.\n"
                 "4. Amber Tide (Comoros) – detained by the Estonian navy, 6 Sep.\n", date="2024-09-09")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": "GAB", "Dusk Heron": "CMR", "Kite Hollow": None, "Pale Finch": "PAN",
        "Amber Tide": "COM"}
    assert dated(f, "PortCall") == {("Grey Wren", "Sikka"): "2024-09-03",
                                    ("Grey Wren", "Primorsk"): "2024-08-08"}
    by_id = {e.id: e.name for e in f.entities}
    assert {(e.type, by_id.get(e.vessel or e.target or "")) for e in f.events if e.type != "PortCall"} >= {
        ("Transfer", "Grey Wren"), ("AISGap", "Pale Finch"), ("Detention", "Amber Tide")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Urals"]
    assert [s[0] for s in sts_events(f)] == [frozenset({"Dusk Heron", "Kite Hollow"})]
    # (a firm with its country in brackets, with no ship's deed after it, is no ship)
    g = facts_of("Buyers this week:\n1. Rosfrakht (Russia) – bought two older tankers.\n")
    assert names(g, "Vessel") == set()


def test_a_logs_deed_with_the_port_right_after_it() -> None:
    f = facts_of("The tanker Grey Wren loaded Basra Heavy in May and discharged Sikka on 3 June.")
    assert calls(f) == {("Grey Wren", "Sikka")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Basra Heavy"]
    # (a port's name before the cargo it names is no call there)
    assert calls(facts_of("The tanker Grey Wren loaded Primorsk crude in May.")) == set()


def test_a_ship_continuing_to_its_next_port_is_not_there_yet() -> None:
    f = facts_of("The bulk carrier Grey Wren loaded phosphate at Aqaba last week. The ship was continuing "
                 "to its next port of call, Jeddah.")
    assert calls(f) == {("Grey Wren", "Aqaba")}
    assert transfers(f) == set()
    g = facts_of("The bulk carrier Grey Wren loaded phosphate at Aqaba last week and sailed on to its next "
                 "port of call, Jeddah, where it discharged.")
    assert ("Grey Wren", "Aqaba", "Jeddah") in transfers(g)


def test_in_the_same_period_is_the_time_told_before() -> None:
    f = facts_of("In late October 2023 the cargo vessel Grey Wren made trips between Rajin and Vostochny. "
                 "Imagery from 26 October shows it at Rajin.\n"
                 "We assess the containers held shells.\n"
                 "In the same period the tanker Dusk Heron delivered refined products to Rajin.",
                 date="2024-01-19")
    assert dated(f, "PortCall")[("Dusk Heron", "Rajin")] == "2023-10-21/2023-10-31"
    # (not the time of an earlier voyage told in an aside)
    g = facts_of("On 19 March the tanker Grey Wren discharged coal at Cam Pha. Its previous voyage, in "
                 "January 2023, also ended there.\nThe tanker Dusk Heron was moored at Nampo during the same "
                 "period.", date="2023-09-12")
    assert dated(g, "PortCall")[("Dusk Heron", "Nampo")] == "2023-03-19"


def test_missiles_fired_at_a_ship_are_an_attack() -> None:
    f = facts_of("The Houthis said on Tuesday they had fired missiles at the Liberian-flagged bulk carrier "
                 "Grey Wren in the Gulf of Aden.", date="2024-03-12")
    assert [(e.type, e.date) for e in f.events] == [("Attack", "2024-03-12")]
    assert facts_of("The Houthis said they had fired missiles at Israel.", date="2024-03-12").events == []


def test_each_of_the_calls_told_came_from_where_it_loaded_each_time() -> None:
    f = facts_of("The tanker Grey Wren called at Baniyas four times between June and October 2023. On each "
                 "occasion it had loaded crude at Kharg Island, Iran's main export terminal. The last cargo, "
                 "of about 700,000 barrels, was discharged at Baniyas on 28 October.", date="2023-12-01")
    assert transfers(f) == {("Grey Wren", "Kharg Island", "Baniyas")}
    assert ("Grey Wren", "Kharg Island") in calls(f)
    assert "2023-10-28" in {e.date for e in f.events if e.type == "PortCall" and e.activity == "discharging"}
    # (calls told in no order with another port's call after them are still no voyage)
    g = facts_of("The tanker Grey Wren called at Baniyas four times in 2023. It also visited Kharg Island.",
                 date="2023-12-01")
    assert transfers(g) == set()


def test_a_call_told_as_made_ends_by_the_reports_day() -> None:
    f = facts_of("A frigate escorted the tanker Grey Wren into Piraeus on Monday. The tanker, carrying "
                 "gasoline from Sines, had been due to discharge in Piraeus later this week.",
                 date="2024-02-20")
    sines = [e.date for e in f.events if e.type == "PortCall" and e.activity == "loading"]
    assert sines == ["2024-01-20/2024-02-20"]
    # (a month told as such is kept whole)
    g = facts_of("The tanker Grey Wren loaded at Sines this month.", date="2024-02-20")
    assert [e.date for e in g.events] == ["2024-02"]


def test_a_buyers_cargoes_one_of_them_aboard_a_ship() -> None:
    f = facts_of("Reliance took at least six cargoes at its Jamnagar complex, including one on the Aframax "
                 "Grey Wren.")
    assert calls(f) == {("Grey Wren", "Sikka")}
    g = facts_of("Indian Oil Corp received two cargoes at Paradip, one of them aboard the Suezmax Dusk "
                 "Heron.")
    assert calls(g) == {("Dusk Heron", "Paradip")}
    # (a ship the buyer took is no cargo it received)
    assert calls(facts_of("Reliance took the Aframax Grey Wren on charter at Sikka.")) == set()


def test_who_tells_of_a_cargo_is_no_part_of_it() -> None:
    f = facts_of("On 12 March the ferry Grey Wren left Kavkaz carrying military vehicles according to "
                 "videos posted online, and unloaded them at Kerch.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["military vehicles"]


def test_a_ship_named_by_the_days_it_spent_at_a_port() -> None:
    f = facts_of("At least five cargo ships called at Port Sudan this year. They included the Grey Wren, "
                 "which arrived on 12 February, and the Dusk Heron, which spent nine days at the port in "
                 "April.", date="2024-07-22")
    assert calls(f) == {("Grey Wren", "Port Sudan"), ("Dusk Heron", "Port Sudan")}
    # (who spent days in a city and is named with no "the" is no ship)
    assert names(facts_of("Investigators spent nine days at Port Sudan in April."), "Vessel") == set()


def test_a_meeting_dated_by_the_passing_told_after_it() -> None:
    f = facts_of("The LNG carrier Grey Wren met the floating storage unit Dusk Heron FSU near Murmansk, "
                 "where it transferred its cargo on 12 August.", date="2024-08-14")
    assert [(e.type, e.date) for e in f.events] == [("ShipToShipTransfer", "2024-08-12")]
    # (a time before the meeting is its own)
    g = facts_of("On 10 August the LNG carrier Grey Wren met the floating storage unit Dusk Heron FSU near "
                 "Murmansk, where it transferred its cargo over two days.", date="2024-08-14")
    assert [(e.type, e.date) for e in g.events] == [("ShipToShipTransfer", "2024-08-10")]


def test_contrary_to_reports_a_deed_told_after_the_comma_stands() -> None:
    f = facts_of("Contrary to earlier reports, the tanker Grey Wren did call at Tartus in May.")
    assert calls(f) == {("Grey Wren", "Tartus")}
    g = facts_of("Contrary to claims that the tanker Grey Wren docked at Tartus in May, port data show no "
                 "such call.")
    assert calls(g) == set()


def test_a_ships_own_cargo_told_as_loaded_at_a_port() -> None:
    f = facts_of("Turkish authorities refused entry to the bulk carrier Grey Wren at Samsun after Ukraine "
                 "said its cargo of wheat had been loaded in occupied Sevastopol.")
    assert calls(f) == {("Grey Wren", "Sevastopol")}
    g = facts_of("The bulk carrier Grey Wren docked at Samsun. Its cargo of wheat had been loaded in "
                 "occupied Sevastopol.")
    assert ("Grey Wren", "Sevastopol") in calls(g)
    # (a loading denied)
    h = facts_of("The bulk carrier Grey Wren docked at Samsun, but its cargo had not been loaded in "
                 "Sevastopol.")
    assert calls(h) == {("Grey Wren", "Samsun")}


def test_ships_named_as_among_a_group_seen_at_a_port() -> None:
    f = facts_of("Our review of April imagery found vessels at Rajin's pier 1 on at least nine days. "
                 "Identified ships include the Grey Wren (4, 9 and 22 April) and the Dusk Heron (15 April), "
                 "both Russian-flagged cargo ships.", date="2024-05-15")
    assert dated(f, "PortCall") == {("Grey Wren", "Rajin"): "2024-04-04/2024-04-22",
                                    ("Dusk Heron", "Rajin"): "2024-04-15"}
    # (a port told after, in a clause of its own, is another call; a sentence before of no ships
    # at a port names none)
    g = facts_of("Our review found vessels at Rajin's pier 1 on nine days. Identified ships include the "
                 "Grey Wren, which was later seen at Vostochny.", date="2024-05-15")
    assert calls(g) == {("Grey Wren", "Rajin"), ("Grey Wren", "Vostochny")}
    h = facts_of("Officials visited Rajin in April. Identified ships include the Grey Wren (4 April).",
                 date="2024-05-15")
    assert calls(h) == set()


def test_a_ship_that_came_alongside_the_one_told_before() -> None:
    f = facts_of("The Aframax Grey Wren has been at anchor in the Laconian Gulf since 12 January, receiving "
                 "three cargoes of fuel oil from smaller tankers.\nOn 20 January the Dusk Heron came "
                 "alongside and transferred about 90,000 barrels.", date="2024-02-09")
    # (both sentences its evidence: the one before tells where the ship lay)
    assert sts_events(f) == [(frozenset({"Grey Wren", "Dusk Heron"}), "Laconian Gulf", 2)]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-01-20"]
    # (alongside a quay, or after a sentence that tells no cargo passing)
    g = facts_of("The tanker Grey Wren sailed to Piraeus. On 20 January the tanker Dusk Heron came "
                 "alongside the quay.")
    assert sts_events(g) == []
    h = facts_of("The tanker Grey Wren sailed south. On 20 January the tanker Dusk Heron came alongside.")
    assert sts_events(h) == []


def test_a_ship_that_set_out_from_a_port_and_was_seized_at_sea_later() -> None:
    f = facts_of("The dhow Grey Wren set out from Jask on 18 June and was seized off Mocha on 28 June.",
                 date="2024-07-08")
    assert dated(f, "PortCall") == {("Grey Wren", "Jask"): "2024-06-18"}
    assert [(e.type, e.date) for e in f.events if e.type == "Detention"] == [("Detention", "2024-06-28")]
    # (a port where it went on to call is still a call)
    g = facts_of("The dhow Grey Wren sailed from Jask on 18 June and later arrived at Mocha.",
                 date="2024-07-08")
    assert calls(g) == {("Grey Wren", "Jask"), ("Grey Wren", "Mokha")}


def test_each_port_of_a_list_keeps_the_time_told_right_after_it() -> None:
    f = facts_of("The tanker Grey Wren called at Shenzhen on 3 May and at Ho Chi Minh City on 9 May.",
                 date="2024-07-08")
    assert dated(f, "PortCall") == {("Grey Wren", "Shenzhen"): "2024-05-03",
                                    ("Grey Wren", "Ho Chi Minh City"): "2024-05-09"}


def test_a_table_of_arrivals_with_the_port_each_came_from() -> None:
    f = facts_of("Our count of arrivals at the Syrian port of Tartus in October:\n"
                 "| Date | Vessel | Flag | From |\n|---|---|---|---|\n"
                 "| 3 Oct | Grey Wren | Russia | Novorossiysk |\n"
                 "| 17 Oct | Dusk Heron | Russia | Ust-Luga |\n", date="2024-11-02")
    assert transfers(f) == {("Grey Wren", "Novorossiysk", "Tartus"), ("Dusk Heron", "Ust-Luga", "Tartus")}
    assert dated(f, "PortCall")[("Grey Wren", "Tartus")] == "2024-10-03"
    assert all(e.date is None for e in f.events if e.type == "PortCall" and e.activity is None)


def test_a_ship_lashed_to_another_one_named_after() -> None:
    f = facts_of("Imagery from 5 April shows the tanker Grey Wren lashed to a second tanker, which we "
                 "identify as the Dusk Heron from its hull markings.", date="2024-04-16")
    assert [s[0] for s in sts_events(f)] == [frozenset({"Grey Wren", "Dusk Heron"})]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-04-05"]
    assert sts_events(facts_of("Imagery shows the tanker Grey Wren lashed to the quay at Kalamata.")) == []


def test_a_ship_that_made_the_same_trip_as_another() -> None:
    f = facts_of("The bulk carrier Kestrel Moon carried grain from Sevastopol to Latakia in July. A second "
                 "vessel, the Grey Wren, which is registered in Russia, made the same trip in August. Its "
                 "arrival in Latakia on Aug. 21 was confirmed by a port agent.", date="2024-09-18")
    assert transfers(f) == {("Kestrel Moon", "Sevastopol", "Latakia"), ("Grey Wren", "Sevastopol", "Latakia")}
    assert dated(f, "PortCall")[("Grey Wren", "Latakia")] == "2024-08-21"
    assert dated(f, "Transfer")[("Grey Wren", "Sevastopol", "Latakia")] == "2024-08"
    # (denied, or planned: no voyage)
    for told in ("did not make the same trip", "is expected to make the same voyage next month"):
        g = facts_of("The bulk carrier Kestrel Moon carried grain from Sevastopol to Latakia in July. The "
                     f"bulk carrier Grey Wren {told}.", date="2024-09-18")
        assert transfers(g) == {("Kestrel Moon", "Sevastopol", "Latakia")}


@pytest.mark.parametrize("text", [
    "The tanker Eagle Finch had previously called at Primorsk in November, and at Fujairah in the "
    "United Arab Emirates before that.",
    "The tanker Eagle Finch called at Primorsk in November and, before that, at Fujairah.",
])
def test_a_port_told_as_called_at_before_the_one_with_a_time(text: str) -> None:
    f = facts_of(text, date="2025-01-15")
    assert dated(f, "PortCall") == {("Eagle Finch", "Primorsk"): "2024-11", ("Eagle Finch", "Fujairah"): None}
    assert ("Eagle Finch", "Primorsk", "Fujairah") not in transfers(f)


def test_a_call_told_after_before_that() -> None:
    f = facts_of("The tanker Eagle Finch called at Primorsk in November. Before that it had been at "
                 "Fujairah.", date="2025-01-15")
    assert transfers(f) == {("Eagle Finch", "Fujairah", "Primorsk")}
    # ("earlier this month" is a time, not a call before)
    g = facts_of("The tanker Eagle Finch loaded at Jose in late August and delivered fuel oil to the "
                 "Cuban port of Matanzas earlier this month.", date="2024-09-12")
    assert dated(g, "PortCall")[("Eagle Finch", "Matanzas")] is not None


def test_ships_listed_after_a_colon_as_the_ones_designated() -> None:
    f = facts_of("The Treasury on Thursday identified six vessels as blocked property. The vessels "
                 "identified are: KARINA (IMO 9212917), a Panama-flagged crude oil tanker; SEA WREN (IMO "
                 "9288710), flagged in Cameroon; and GOLDEN QUILL (IMO 9236432).", date="2024-07-25")
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction"} == {
        ("KARINA", "2024-07-25"), ("SEA WREN", "2024-07-25"), ("GOLDEN QUILL", "2024-07-25")}
    # (with no designation told before: a list of ships found, not designated)
    g = facts_of("The vessels identified are: KARINA (IMO 9212917), a Panama-flagged crude oil tanker, and "
                 "SEA WREN (IMO 9288710).")
    assert [e for e in g.events if e.type == "Sanction"] == []


def test_a_state_of_departure_that_the_ship_left_from_one_port_of() -> None:
    f = facts_of("Mexico's Pemex also shipped at least two cargoes to Cuba this year, aboard the tanker "
                 "Grey Wren, which departed from Coatzacoalcos in May and June.", date="2024-10-03")
    assert transfers(f) == {("Grey Wren", "Coatzacoalcos", "Cuba")}
    # (a call in another state leaves the state as told)
    g = facts_of("The tanker Grey Wren carried Mexican fuel to Cuba after a call at Houston in May.",
                 date="2024-10-03")
    assert transfers(g) == {("Grey Wren", "Mexico", "Cuba")}


def test_a_delivery_with_no_port_after_the_cargoes_a_port_took() -> None:
    f = facts_of("Jet fuel continues to reach Myanmar, with at least three shipments unloaded at the Thilawa "
                 "port near Yangon since November.\n\nThe tanker Halcyon Tern delivered about 20,000 tonnes "
                 "of aviation fuel on Nov. 14.", date="2024-02-20")
    assert dated(f, "PortCall") == {("Halcyon Tern", "Thilawa"): "2023-11-14"}
    assert transfers(f) == {("Halcyon Tern", None, "Thilawa")}
    # (planned or denied; or a sentence that names a ship at the port, or a second port)
    for told in ("At least three shipments were unloaded at Thilawa. The tanker Halcyon Tern is expected "
                 "to deliver another next week.",
                 "At least three shipments were unloaded at Thilawa. The tanker Halcyon Tern did not "
                 "deliver any.",
                 "At least three shipments were unloaded at Thilawa and at Chittagong. The tanker Halcyon "
                 "Tern delivered one."):
        assert calls(facts_of(told, date="2024-02-20")) == set()


def test_an_ais_gap_is_where_it_went_dark_not_where_it_came_back() -> None:
    f = facts_of("After switching off its transponder in the Black Sea, the cargo ship Grey Wren reappeared "
                 "five days later in the Bosphorus.")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id.get(e.location or "") for e in f.events if e.type == "AISGap"] == ["Black Sea"]
    g = facts_of("After going dark, the cargo ship Grey Wren reappeared five days later in the Bosphorus.")
    assert [e.location for e in g.events if e.type == "AISGap"] == [None]


def test_a_ship_told_as_currently_at_a_port_is_there_on_the_report_day() -> None:
    f = facts_of("A court has ordered the arrest of the oil tanker Aurora Bell, currently anchored off "
                 "Singapore. The vessel carried Venezuelan crude to China twice in 2023. On the second "
                 "voyage, it unloaded at Qingdao in November.", date="2024-06-21")
    assert dated(f, "PortCall")[("Aurora Bell", "Singapore")] == "2024-06-21"
    assert ("Aurora Bell", "Singapore", "Qingdao") not in transfers(f)


def test_designated_ships_joined_by_as_well_as_a_kind_in_capitals() -> None:
    f = facts_of("The EU on Monday added 52 vessels to its list of ships banned from its ports. Among the "
                 "newly listed vessels are the tankers Grey Mallard, which carried Russian crude to India "
                 "last year, and Dusk Mallard, as well as the LNG carrier North Finch.", date="2024-12-16")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.target or ""] for e in f.events if e.type == "Sanction"} == {
        "Grey Mallard", "Dusk Mallard", "North Finch"}


def test_an_attack_on_a_ship_with_a_slashed_prefix_and_an_aside() -> None:
    f = facts_of("Houthi rebels said on Thursday they had attacked the Liberian-flagged, Greek-operated bulk "
                 "carrier M/V Verbena Rose in the Gulf of Aden.", date="2024-06-13")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], by_id[e.location or ""]) for e in f.events if e.type == "Attack"] == [
        ("Verbena Rose", "Gulf of Aden")]
    g = facts_of("On Wednesday, the Houthis hit the M/V Tutor Finch, a coal carrier that had loaded at "
                 "Vostochny, with a remotely piloted boat in the Red Sea.", date="2024-06-13")
    by_id = {e.id: e.name for e in g.entities}
    assert [(by_id[e.location or ""], e.date) for e in g.events if e.type == "Attack"] == [
        ("Red Sea", "2024-06-12")]
    # (the loading told in the aside was before, at no time told)
    assert dated(g, "PortCall") == {("Tutor Finch", "Vostochny"): None}
    # (hit with what is no weapon)
    h = facts_of("Traders hit the M/V Tutor Finch, a coal carrier, with a fine.")
    assert [e for e in h.events if e.type == "Attack"] == []


def test_shares_of_a_state_s_exports_told_by_where_they_went() -> None:
    f = facts_of("Venezuela's oil exports rose 15% in November to about 950,000 barrels per day. China "
                 "remained the largest destination, taking 590,000 bpd, mostly through intermediaries. "
                 "Chevron shipped 240,000 bpd to the United States. Cuba received 35,000 bpd, down from "
                 "48,000 bpd in October.", date="2024-12-03")
    assert transfers(f) == {(None, "Venezuela", "China"), (None, "Venezuela", "United States"),
                            (None, "Venezuela", "Cuba")}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"oil"}
    # (with no exports told in the paragraph, no supply)
    for told in ("Chevron shipped 240,000 bpd to the United States.", "Cuba received 35,000 bpd.",
                 "China remained the largest destination for tourists."):
        assert transfers(facts_of(told, date="2024-12-03")) == set()


def test_a_ship_that_arrived_from_a_port_told_with_two_adjectives() -> None:
    f = facts_of("The tanker Nova Tern arrived from the Russian Baltic port of Ust-Luga.", date="2024-07-02")
    assert [e.activity for e in f.events if e.type == "PortCall"] == ["departure"]


def test_a_lead_s_ship_under_sanctions() -> None:
    f = facts_of("A tanker under U.S. sanctions for carrying Russian oil has been anchored off Lome since "
                 "mid-June.\n\nThe Nova Tern, a Gabon-flagged Aframax, arrived from Ust-Luga.",
                 date="2024-07-02")
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Sanction"] == ["Nova Tern"]
    g = facts_of("The ship under repair, the Nova Tern, docked at Lome.", date="2024-07-02")
    assert [e for e in g.events if e.type == "Sanction"] == []


def test_a_ship_that_loaded_and_then_met_another_at_sea() -> None:
    f = facts_of("The tanker Quiet Gull loaded diesel at a jetty near Zuwara on Oct. 3 and was tracked the "
                 "next day meeting the bunkering tanker Harbour Gull about 12 miles off Malta.",
                 date="2024-11-20")
    assert [s[0] for s in sts_events(f)] == [frozenset({"Quiet Gull", "Harbour Gull"})]
    assert [(e.date, e.confidence) for e in f.events if e.type == "ShipToShipTransfer"] == [
        ("2024-10-04", "likely")]
    # (a meeting in port, a meeting with no cargo loaded, a meeting of people: no transfer)
    for told in ("The tanker Quiet Gull loaded diesel at Zuwara on Oct. 3 and met the tanker Harbour Gull at "
                 "Valletta.",
                 "The tanker Quiet Gull met the tanker Harbour Gull off Malta.",
                 "Officials held a meeting with the tanker Harbour Gull's owners off Malta."):
        g = facts_of(told, date="2024-11-20")
        assert sts_events(g) == []
        assert [e for e in g.events if e.type == "Detention"] == []


def test_a_lead_s_ship_is_not_one_named_as_a_second() -> None:
    f = facts_of("A Russian passenger ferry has started sailing between Vladivostok and the North Korean "
                 "port of Wonsan.\n\nIt made its first round trip in late June, leaving Vladivostok on "
                 "June 25.\n\n"
                 "A second ferry, the Grey Wren, docked in Vladivostok in July.", date="2024-08-30")
    assert dated(f, "PortCall") == {("Grey Wren", "Vladivostok"): "2024-07"}


def test_ships_no_longer_at_a_port() -> None:
    f = facts_of("The frigate Admiral Grigorovich and the corvette Merkury were no longer at Tartus on "
                 "Dec. 10, having left in the preceding days.", date="2024-12-14")
    assert dated(f, "PortCall") == {("Admiral Grigorovich", "Tartus"): None, ("Merkury", "Tartus"): None}
    assert {e.activity for e in f.events} == {"departure"}
    assert calls(facts_of("The frigate Admiral Grigorovich is no longer in service at Tartus.")) == set()


def test_a_designation_told_as_a_participle_has_no_time_of_the_deed() -> None:
    f = facts_of("An LPG tanker blacklisted by Washington for shipping Iranian gas discharged a cargo at "
                 "Lagos late last month. The Sea Holly, which was designated by the US Treasury in December "
                 "2023, arrived at Lagos on April 26.", date="2024-05-14")
    assert [(e.date, len(e.evidence)) for e in f.events if e.type == "Sanction"] == [("2023-12", 2)]
    g = facts_of("The tanker Sea Holly, blacklisted by Washington, discharged at Lagos late last month.",
                 date="2024-05-14")
    assert [e.date for e in g.events if e.type == "Sanction"] == [None]
    # (a time of its own in the aside is the designation's)
    h = facts_of("The tanker Sea Holly, sanctioned by the EU in May, discharged at Lagos late last month.",
                 date="2024-09-14")
    assert [e.date for e in h.events if e.type == "Sanction"] == ["2024-05"]


def test_the_ship_that_received_a_cargo_passed_to_another_vessel() -> None:
    f = facts_of("The coast guard said it had seized an Iranian-flagged tanker, the Arman 114, for "
                 "transferring oil to another vessel in the North Natuna Sea. The Cameroon-flagged tanker S "
                 "Tinos, which had received the oil, fled the scene.", date="2023-07-14")
    assert sts_events(f) == [(frozenset({"Arman 114", "S Tinos"}), "Natuna Sea", 2)]
    g = facts_of("The tanker Arman 114 transferred oil to another vessel in the North Natuna Sea. The tanker "
                 "S Tinos did not receive the oil.")
    assert sts_events(g) == []


def test_the_other_vessel_named_is_the_partner_whatever_it_was_allowed_to_do_after() -> None:
    lead = ("The coast guard detained the Iranian-flagged tanker Arman Wren last July near the Natuna "
            "Islands while it was transferring oil to another ship. ")
    f = facts_of(lead + "The other vessel, the Cameroon-flagged S Tinamou, was allowed to leave in "
                 "September.", date="2024-04-22")
    assert [s[0] for s in sts_events(f)] == [frozenset({"Arman Wren", "S Tinamou"})]
    g = facts_of(lead + "The other vessel, the Cameroon-flagged S Tinamou, was not involved.",
                 date="2024-04-22")
    assert sts_events(g) == []


def test_ships_counted_taking_cargoes_from_one_ship_then_listed_each_met_it() -> None:
    lead = "The VLCC Huge Wren has been used as floating storage off Malaysia. "
    pairs = {frozenset({"Huge Wren", "Fortune Lark"}), frozenset({"Huge Wren", "Dune Wren"}),
             frozenset({"Huge Wren", "Tiger Lark"})}
    f = facts_of(lead + "In November, three tankers took cargoes from it: the Fortune Lark, the Dune "
                 "Wren and the Tiger Lark.", date="2024-12-03")
    assert {s[0] for s in sts_events(f)} == pairs
    assert names(f, "Vessel") == {"Huge Wren", "Fortune Lark", "Dune Wren", "Tiger Lark"}
    g = facts_of("In November, three tankers took cargoes from the VLCC Huge Wren, including the "
                 "Fortune Lark and the Dune Wren.", date="2024-12-03")
    assert {s[0] for s in sts_events(g)} == {frozenset({"Huge Wren", "Fortune Lark"}),
                                            frozenset({"Huge Wren", "Dune Wren"})}
    # from a port, or a plan: none
    for told in ("In November, three tankers took cargoes from the port of Nakhodka: the Fortune Lark, "
                 "the Dune Wren and the Tiger Lark.",
                 lead + "Next month, three tankers will take cargoes from it: the Fortune Lark, the "
                 "Dune Wren and the Tiger Lark."):
        assert sts_events(facts_of(told, date="2024-12-03")) == [], told


def test_a_transfer_is_between_the_ships_of_its_own_clause() -> None:
    f = facts_of("The Asya Energy loaded at the Utrenneye terminal on Aug. 4, and the Pioneer did so on Aug. "
                 "30. Both then headed east, and in late September the Pioneer transferred its cargo to the "
                 "Koryak storage unit off Kamchatka.", date="2024-10-21")
    assert [s[0] for s in sts_events(f)] == [frozenset({"Pioneer", "Koryak"})]
    # ("did so": the same call, at the time told after it, or at none)
    assert dated(f, "PortCall") == {("Asya Energy", "Utrenneye"): "2024-08-04",
                                    ("Pioneer", "Utrenneye"): "2024-08-30"}
    g = facts_of("The tanker Asya Energy loaded at Utrenneye on Aug. 4, and the Pioneer did so too.",
                 date="2024-10-21")
    assert dated(g, "PortCall")[("Pioneer", "Utrenneye")] is None


def test_a_lead_s_merchant_ship_is_not_a_warship_named_after() -> None:
    f = facts_of("On Jan. 11, US Navy SEALs boarded a dhow off the coast of Somalia and seized missile "
                 "components.\n\nIn a separate case on Jan. 28, the USS Carney intercepted the dhow Al "
                 "Raheeb in the Arabian Sea.", date="2024-02-02")
    carney = next(e for e in f.entities if e.name == "Carney")
    assert carney.vessel_type is None
    by_id = {e.id: e.name for e in f.entities}
    assert "Carney" not in {by_id.get(e.target or "") for e in f.events if e.type == "Detention"}


def test_a_ship_stopped_by_a_warship_and_told_of_after_it() -> None:
    f = facts_of("In a separate case on Jan. 28, the USS Carney intercepted the dhow Al Raheeb, which was "
                 "carrying drone engines, in the Arabian Sea. The vessel had sailed from Jask.",
                 date="2024-02-02")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], by_id.get(e.location or ""), e.date) for e in f.events
            if e.type == "Detention"] == [("Al Raheeb", "Arabian Sea", "2024-01-28")]
    assert calls(f) == {("Al Raheeb", "Jask")}
    # (escorted is no detention; denied neither)
    for told in ("The USS Carney escorted the tanker Grey Wren through the strait.",
                 "The USS Carney did not intercept the dhow Grey Wren."):
        assert [e for e in facts_of(told).events if e.type == "Detention"] == []


def test_ships_that_arrived_after_another_at_a_port_told_before() -> None:
    f = facts_of("The largest of the three, the Daisy Hill, left Kharg Island on Jan. 20 and reached Baniyas "
                 "on Feb. 14. The second and third vessels, the Ivy Hill and the Fern Hill, arrived later in "
                 "the month.", date="2023-03-20")
    assert dated(f, "PortCall") == {("Daisy Hill", "Kharg Island"): "2023-01-20",
                                    ("Daisy Hill", "Baniyas"): "2023-02-14",
                                    ("Ivy Hill", "Baniyas"): "2023-02", ("Fern Hill", "Baniyas"): "2023-02"}
    # (after a departure, or with a port of their own, or denied: not there)
    for told in ("The tanker Daisy Hill left Baniyas on Feb. 14. The tanker Ivy Hill arrived later.",
                 "The tanker Daisy Hill reached Baniyas on Feb. 14. The tanker Ivy Hill did not arrive."):
        assert ("Ivy Hill", "Baniyas") not in calls(facts_of(told, date="2023-03-20"))


def test_a_firm_s_seat_is_not_where_two_ships_met() -> None:
    f = facts_of("The supertanker Amber Finch, which is owned by a company in Hong Kong, took on about "
                 "2 million barrels from the tanker Dune Kestrel in waters east of Johor on Aug. 11.",
                 date="2024-09-05")
    assert sts_events(f) == [(frozenset({"Amber Finch", "Dune Kestrel"}), None, 1)]
    # (a place told as where they met still is)
    g = facts_of("The supertanker Amber Finch took on about 2 million barrels from the tanker Dune Kestrel "
                 "off Tanjung Pelepas on Aug. 11.", date="2024-09-05")
    assert sts_events(g) == [(frozenset({"Amber Finch", "Dune Kestrel"}), "Tanjung Pelepas", 1)]


def test_a_load_received_from_a_ship_named_with_no_kind() -> None:
    f = facts_of("The VLCC Amber Finch took 2 million barrels from the Dune Kestrel off Johor on Aug. 11. "
                 "A week later a second VLCC, the Silver Owl, received a similar load from the Moth Star "
                 "in the same area.", date="2024-09-05")
    assert "Moth Star" in names(f, "Vessel")
    assert (frozenset({"Silver Owl", "Moth Star"}), "Johor", 1) in sts_events(f)
    # (a load from a terminal is no ship's)
    g = facts_of("The VLCC Silver Owl received a similar load from the Kozmino terminal on Aug. 18.")
    assert names(g, "Vessel") == {"Silver Owl"}


def test_a_hedged_telling_adds_no_deed_to_a_call_and_any_cargo_is_none() -> None:
    f = facts_of("Two other ships, the Pine Ridge 3 and the Elm Ridge, were seen anchored near Longkou in "
                 "late May. It is unclear whether they discharged any cargo there.", date="2024-06-20")
    acts = {(e.activity, e.confidence) for e in f.events if e.type == "PortCall"}
    assert acts == {("berthed", "reported")}
    assert {e.cargo for e in f.events if e.type == "Transfer"} <= {None}
    # (told flatly, the discharge is the call's, and "some coal" is coal)
    g = facts_of("The Pine Ridge 3 was seen anchored near Longkou in late May. It discharged some coal "
                 "there.", date="2024-06-20")
    assert {e.activity for e in g.events if e.type == "PortCall"} == {"discharging"}
    assert {e.cargo for e in g.events if e.type == "Transfer"} == {"coal"}


def test_a_standing_under_sanctions_is_not_dated_by_the_deed_after_it() -> None:
    f = facts_of("A Russian-flagged bulk carrier under U.S. sanctions unloaded wheat at Latakia last month. "
                 "The ship, the Lark Meadow, left Sevastopol on Oct. 4.\n\nThe U.S. Treasury designated the "
                 "vessel in 2022.", date="2023-11-02")
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2022"]
    # (its own time, or the measures', still dates it)
    for told, when in (("The Lark Meadow, under US sanctions since 2022, docked at Latakia last month.",
                        "2022"),
                       ("The Lark Meadow, under EU sanctions imposed in May, docked at Latakia in October.",
                        "2023-05")):
        assert [e.date for e in facts_of(told, date="2023-11-02").events if e.type == "Sanction"] == [when]


def test_a_voyage_under_way_with_its_load_bound_for_a_port() -> None:
    for told in ("The tanker Grey Otter sailed from Primorsk on Feb. 3 with Urals crude bound for Sikka.",
                 "The tanker Grey Otter left Primorsk with Urals crude on Feb. 3, bound for Sikka.",
                 "The tanker Grey Otter sailed from Primorsk on Feb. 3 for Sikka with 100,000 t of Urals "
                 "crude."):
        f = facts_of(told, date="2024-02-10")
        assert dated(f, "Transfer") == {("Grey Otter", "Primorsk", "Sikka"): "2024-02-03"}, told
        assert {e.cargo for e in f.events if e.type == "Transfer"} == {"Urals crude"}
    # (a participle of carrying tells the voyage, and no call yet at its end)
    g = facts_of("The tanker Grey Otter left Primorsk on Feb. 3, carrying Urals crude to Sikka.",
                 date="2024-02-10")
    assert calls(g) == {("Grey Otter", "Primorsk")}
    assert transfers(g) == {("Grey Otter", "Primorsk", "Sikka")}
    # (only planned: nothing)
    h = facts_of("The tanker Grey Otter will leave Primorsk on Feb. 3 with Urals crude bound for Sikka.",
                 date="2024-01-10")
    assert transfers(h) == set()


def test_the_lines_of_a_port_s_departures_with_their_loads() -> None:
    f = facts_of("Port agents listed these departures from Primorsk in the week to Feb. 9:\n\n"
                 "- Fen Harrier (Liberia), 100,000 t Urals crude, sailed Feb. 3 for Sikka\n"
                 "- Moss Harrier (Gabon), sailed Feb. 5 for Mersin with diesel\n"
                 "- Reed Harrier (Russia), 97,000 t Urals, sailed Feb. 8, destination not declared\n"
                 "- Sedge Harrier (Panama), 90,000 t fuel oil, will sail Feb. 12 for Fujairah\n",
                 date="2025-02-10")
    assert dated(f, "Transfer") == {("Fen Harrier", "Primorsk", "Sikka"): "2025-02-03",
                                    ("Moss Harrier", "Primorsk", "Mersin"): "2025-02-05"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"Urals crude", "diesel"}
    assert calls(f) == {("Fen Harrier", "Primorsk"), ("Moss Harrier", "Primorsk"),
                        ("Reed Harrier", "Primorsk")}


def test_a_reason_suspected_after_a_boarding_does_not_hedge_it() -> None:
    f = facts_of("The tanker Noble Wren was boarded by Finnish police on Dec. 26 after its anchor was "
                 "suspected of cutting an undersea cable.", date="2025-01-10")
    assert [(e.date, e.confidence) for e in f.events if e.type == "Detention"] == [("2024-12-26", "reported")]
    # (a hedge of the boarding itself still holds)
    g = facts_of("The tanker Noble Wren was probably boarded by Finnish police on Dec. 26 after its anchor "
                 "was suspected of cutting an undersea cable.", date="2025-01-10")
    assert [e.confidence for e in g.events if e.type == "Detention"] != ["reported"]


def test_a_meeting_judged_after_as_a_transfer_takes_that_judgement() -> None:
    f = facts_of("On 13 March the Aframax Kite Fen lay alongside the Suezmax Moss Fen for about 20 hours. "
                 "We assess that a transfer of crude almost certainly took place.", date="2025-04-22")
    assert [(e.confidence, len(e.evidence)) for e in f.events if e.type == "ShipToShipTransfer"] == \
        [("almost certain", 2)]
    g = facts_of("A patrol aircraft spotted the tanker Kite Fen lying next to the tanker Moss Fen on Feb. "
                 "13. The ministry said a ship-to-ship transfer may have taken place.", date="2022-02-18")
    assert [e.confidence for e in g.events if e.type == "ShipToShipTransfer"] == ["realistic possibility"]
    # (not a judgement of another ship's, nor one denied)
    for after in ("The tanker Reed Fen probably made a transfer that took place later.",
                  "We found no sign that a transfer took place."):
        h = facts_of("On 13 March the Aframax Kite Fen lay alongside the Suezmax Moss Fen for about 20 "
                     "hours. " + after, date="2025-04-22")
        assert [len(e.evidence) for e in h.events if e.type == "ShipToShipTransfer"] == [1], after


def test_a_log_of_transfers_between_ships_named_in_capitals_with_their_flags() -> None:
    f = facts_of("Ship-to-ship operations recorded in July:\n\n"
                 "- KESTREL ONE (Panama) transferred about 700,000 barrels of diesel to HERON TWO (Liberia) "
                 "on July 4\n"
                 "- PLOVER SIX (Cameroon) loaded from EGRET NINE (Gabon) on July 19; the receiving tanker "
                 "later discharged at Aliaga\n"
                 "- CURLEW BAY (Malta) waited in the gulf for nine days\n", date="2024-08-15")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"KESTREL ONE": "PAN", "HERON TWO": "LBR", "PLOVER SIX": "CMR", "EGRET NINE": "GAB",
                     "CURLEW BAY": "MLT"}
    assert {pair for pair, _, _ in sts_events(f)} == {frozenset({"KESTREL ONE", "HERON TWO"}),
                                                      frozenset({"PLOVER SIX", "EGRET NINE"})}
    # (the receiving tanker is the one that loaded, after that day)
    assert dated(f, "PortCall") == {("PLOVER SIX", "Aliaga"): "2024-07-19/2024-08-15"}
    # (a port in capitals after "loaded from" is no ship)
    g = facts_of("- PLOVER SIX (Cameroon) loaded diesel from NAMPO on July 19", date="2024-08-15")
    assert sts_events(g) == [] and calls(g) == {("PLOVER SIX", "Nampo")}


def test_a_ship_told_by_its_part_in_the_transfer_just_told() -> None:
    f = facts_of("The tanker Plover Six transferred diesel to the tanker Egret Nine on July 19. The "
                 "receiving tanker later discharged at Aliaga.", date="2024-08-15")
    assert calls(f) == {("Egret Nine", "Aliaga")}
    g = facts_of("The tanker Plover Six transferred diesel to the tanker Egret Nine on July 19. The "
                 "discharging tanker later returned to Aliaga.", date="2024-08-15")
    assert calls(g) == {("Plover Six", "Aliaga")}


def test_a_source_that_declined_to_be_named_denies_nothing() -> None:
    f = facts_of("One refiner, which declined to be named, said it had cancelled a cargo aboard the tanker "
                 "Vikram Dawn after the U.S. Treasury blacklisted the vessel on Jan. 10.", date="2025-01-24")
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2025-01-10"]
    # (a ship that declined to enter did not enter)
    g = facts_of("The tanker Vikram Dawn declined to enter Sikka on Jan. 10.", date="2025-01-24")
    assert calls(g) == set()


def test_a_voyage_takes_the_load_its_ship_was_seen_unloading_at_its_end() -> None:
    f = facts_of("The Lady Wren, a Russian-flagged container ship, was moored at the northern pier of Rajin "
                 "on February 20. By February 23 it had left, and two days later it was seen at Vostochny, "
                 "near Nakhodka, unloading containers.", date="2024-02-27")
    assert dated(f, "Transfer") == {("Lady Wren", "Rajin", "Vostochny"): "2024-02-20/2024-02-25"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"containers"}
    assert {e.activity for e in f.events if e.type == "PortCall" and e.date == "2024-02-25"} == \
        {"discharging"}


def test_a_pier_told_before_as_that_pier() -> None:
    f = facts_of("Imagery shows containers stacked at the northern pier of Rajin. The container ship Lady "
                 "Wren was moored at that pier on February 20.", date="2024-02-27")
    assert dated(f, "PortCall") == {("Lady Wren", "Rajin"): "2024-02-20"}


def test_loaded_twice_names_no_cargo() -> None:
    f = facts_of("The tanker Sola Wren loaded twice at Kozmino in March and sailed to Rizhao.",
                 date="2024-05-20")
    assert transfers(f) == {("Sola Wren", "Kozmino", "Rizhao")}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {None}


def test_a_scheme_to_sell_oil_is_no_delivery() -> None:
    for told in ("Prosecutors charged two men on Wednesday with running a scheme to sell Iranian oil to "
                 "buyers in China.",
                 "The two men conspired to ship Iranian oil to China."):
        assert transfers(facts_of(told, date="2023-09-14")) == set(), told
    # (the sale itself told is one)
    assert transfers(facts_of("Iran sold oil to buyers in China in 2021.", date="2023-09-14")) == \
        {(None, "Iran", "China")}


def test_a_demand_that_a_state_detain_a_ship_is_no_detention() -> None:
    f = facts_of("A Russian-flagged bulk carrier that loaded grain in occupied Berdyansk has docked at the "
                 "Turkish port of Samsun, Ukraine's embassy said on Wednesday, demanding that Turkey detain "
                 "the ship. The embassy named the ship as the Lark Finch. Images show it at Berdyansk on "
                 "June 18, and it reached Samsun on July 3.", date="2023-07-06")
    assert [e for e in f.events if e.type == "Detention"] == []
    # (the docking told as said on Wednesday is the one of July 3, and the grain is its voyage's)
    assert dated(f, "PortCall") == {("Lark Finch", "Samsun"): "2023-07-03",
                                    ("Lark Finch", "Berdyansk"): "2023-06-18"}
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == \
        [("grain", "2023-06-18/2023-07-03")]


def test_ships_joined_before_a_load_taken_from_one_storage_ship() -> None:
    f = facts_of("The Asya Wren and the Voskhod Wren took on cargoes from the Saam floating storage unit "
                 "near Murmansk in late August.", date="2024-09-02")
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == [["Asya Wren", "Saam"],
                                                                    ["Saam", "Voskhod Wren"]]
    # (one taker from one giver: one transfer between them)
    g = facts_of("The tanker Asya Wren took on LNG from the Voskhod Wren.")
    assert [pair for pair, _, _ in sts_events(g)] == [frozenset({"Asya Wren", "Voskhod Wren"})]


def test_a_storage_unit_named_before_its_kind() -> None:
    f = facts_of("Earlier in the summer the tanker Pioneer Wren delivered a cargo to the Koryak storage unit "
                 "off Kamchatka.", date="2024-09-02")
    assert {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"}["Koryak"] == "storage unit"
    assert sts_events(f) == [(frozenset({"Pioneer Wren", "Koryak"}), "Kamchatka", 1)]


def test_a_port_log_s_lines_tell_what_was_done_there_and_what_never_entered() -> None:
    f = facts_of("Vessels observed at Latakia this week:\n\n"
                 "- Mirage Finch (Cameroon), bulk carrier: arrived 5 Aug from Kavkaz, discharging wheat\n"
                 "- Sun Finch (Togo), general cargo: berthed 7 Aug, cargo unknown\n"
                 "- Omega Finch (Russia), tanker: anchored off port 8-10 Aug, did not enter\n",
                 title="Port log: Latakia, week 32", date="2024-08-12")
    acts = {(by, port): act for by, port, act in (
        ({e.id: e.name for e in f.entities}[e.vessel or ""], {e.id: e.name for e in f.entities}[e.port or ""],
         e.activity) for e in f.events if e.type == "PortCall")}
    assert acts == {("Mirage Finch", "Kavkaz"): "departure", ("Mirage Finch", "Latakia"): "discharging",
                    ("Sun Finch", "Latakia"): "berthed"}
    assert [(e.cargo) for e in f.events if e.type == "Transfer"] == ["wheat"]
    # (under a list's head that tells the port, likewise)
    g = facts_of("Recent arrivals at Kozmino:\n\n- Dusk Finch: arrived 3 May\n"
                 "- Reed Finch: anchored off the port 4 May, was not allowed to enter\n", date="2024-05-20")
    assert calls(g) == {("Dusk Finch", "Kozmino")}


def test_a_list_s_line_under_a_port_s_head_tells_what_was_done_there() -> None:
    f = facts_of("Recent arrivals at Kozmino:\n\n- Dusk Finch: arrived 3 May, loading crude\n"
                 "- Reed Finch: arrived 4 May\n", date="2024-05-20")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.vessel or ""]: e.activity for e in f.events if e.type == "PortCall"} == {
        "Dusk Finch": "loading", "Reed Finch": "berthed"}


def test_a_captain_arrested_is_no_detention_of_the_ship() -> None:
    f = facts_of("Maltese police arrested the Amber Finch's captain when the ship returned to Valletta on 10 "
                 "October.", date="2024-11-20")
    assert [e for e in f.events if e.type == "Detention"] == []
    assert calls(f) == {("Amber Finch", "Valletta")}
    g = facts_of("Maltese police seized the Amber Finch on 10 October.", date="2024-11-20")
    assert [e.date for e in g.events if e.type == "Detention"] == ["2024-10-10"]


def test_the_rail_ferry_told_again_after_its_name() -> None:
    f = facts_of("The Kerch Strait ferry Slavyanin Finch has resumed crossings between Port Kavkaz and "
                 "Kerch. The rail ferry, which was damaged in a drone attack in March, made its first "
                 "crossing on Tuesday.", date="2023-05-25")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], e.date) for e in f.events if e.type == "Attack"] == \
        [("Slavyanin Finch", "2023-03")]


def test_two_calls_on_the_days_of_the_month_told() -> None:
    f = facts_of("The tanker Lotus Finch called at Baniyas twice in October, on the 3rd and the 17th.",
                 date="2024-11-05")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == ["2024-10-03", "2024-10-17"]


def test_the_other_vessel_named_after_a_transfer_to_another_vessel() -> None:
    f = facts_of("The coast guard said on Wednesday it had seized an Iranian-flagged tanker suspected of "
                 "transferring oil illegally to another vessel in the North Natuna Sea.\n\nThe tanker, the "
                 "Arman Finch, was caught on July 7. The other vessel, the Cameroon-flagged S Finch, fled "
                 "the scene.", date="2023-07-12")
    assert [(pair, e) for pair, _, e in sts_events(f)] == [(frozenset({"Arman Finch", "S Finch"}), 2)]
    assert [e.confidence for e in f.events if e.type == "ShipToShipTransfer"] == ["realistic possibility"]
    # (with no transfer to another vessel told before, no transfer)
    g = facts_of("The coast guard seized the tanker Arman Finch on July 7. The other vessel, the S Finch, "
                 "fled the scene.", date="2023-07-12")
    assert sts_events(g) == []


def test_mozambique_is_the_state_where_a_ship_sailed() -> None:
    f = facts_of("The ship left Simon's Town after three days and sailed to Mozambique. The cargo ship Lady "
                 "Finch had docked at Simon's Town in December.", date="2023-05-12")
    assert ("Mozambique", "State") in {(e.name, e.type) for e in f.entities}
    assert "Port" not in {e.type for e in f.entities if e.name in ("Mozambique", "Mocambique")}


def test_a_stay_from_a_day_told_with_its_year_to_the_day_it_left() -> None:
    f = facts_of("The bulk carrier Kestrel Finch arrived at Vostochny on October 3rd, 2024 and left on the "
                 "9th.", date="2024-10-20")
    assert dated(f, "PortCall") == {("Kestrel Finch", "Vostochny"): "2024-10-03/2024-10-09"}


def test_a_second_ship_and_its_time_after_a_call_with_the_verb_left_out() -> None:
    f = facts_of("The State Department designated two gas carriers, the Pioneer Wren and the Asya Wren. The "
                 "Pioneer Wren loaded at the Utrenneye terminal on Aug. 1 and the Asya Wren on Aug. 4.",
                 date="2024-08-24")
    assert dated(f, "PortCall") == {("Pioneer Wren", "Utrenneye"): "2024-08-01",
                                    ("Asya Wren", "Utrenneye"): "2024-08-04"}
    # (a place after the second ship is its own clause's: no call at the first port)
    g = facts_of("The State Department designated two gas carriers, the Pioneer Wren and the Asya Wren. The "
                 "Pioneer Wren loaded at Utrenneye on Aug. 1 and the Asya Wren on Aug. 4 was seen off "
                 "Murmansk.", date="2024-08-24")
    assert ("Asya Wren", "Utrenneye") not in calls(g)


def test_a_cargo_told_as_the_subject_of_a_perfect_is_not_its_auxiliary() -> None:
    f = facts_of("The cargo of Iranian crude aboard the tanker Sun Wren, seized by U.S. authorities in "
                 "April, has been offloaded at a terminal in Houston.", date="2023-09-10")
    assert {e.cargo for e in f.events if e.type == "Transfer"} <= {None, "Iranian crude"}


def test_an_attack_is_where_the_deed_it_followed_on_was_done() -> None:
    f = facts_of("The Greek-flagged tanker Sounion Wren was set ablaze on Wednesday after Houthi forces "
                 "boarded it in the Red Sea and detonated explosives on its deck.", date="2024-08-22")
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id.get(e.location or ""), e.date) for e in f.events if e.type == "Attack"] == \
        [("Red Sea", "2024-08-21")]
    # (not a place told of another deed: "after its crew left it in the Red Sea")
    g = facts_of("The tanker Sounion Wren was set ablaze on Wednesday after its crew left it in the Red Sea.",
                 date="2024-08-22")
    assert [e.location for e in g.events if e.type == "Attack"] == [None]


def test_the_ships_listed_after_a_transfer_where_a_ship_went() -> None:
    f = facts_of("In June, the supertanker Cape Finch loaded crude at Jose and sailed to the Malaysian "
                 "coast, where it transferred the cargo to two smaller tankers, the Grey Finch and the Blue "
                 "Finch, between July 2 and July 5.", date="2024-07-15")
    assert sorted(sorted(pair) for pair, _, _ in sts_events(f)) == [["Blue Finch", "Cape Finch"],
                                                                    ["Cape Finch", "Grey Finch"]]
    # (a ship after "and" with a verb of its own is no taker)
    g = facts_of("The supertanker Cape Finch sailed to the Malaysian coast, where it transferred the cargo "
                 "to the tanker Grey Finch and the Blue Finch sailed away.", date="2024-07-15")
    assert [pair for pair, _, _ in sts_events(g)] == [frozenset({"Cape Finch", "Grey Finch"})]


def test_a_gap_told_by_a_position_the_ship_did_not_send() -> None:
    f = facts_of("The tanker Grey Finch has not transmitted an AIS signal since March 3.", date="2024-06-01")
    assert [e.date for e in f.events if e.type == "AISGap"] == ["2024-03-03/2024-06-01"]
    g = facts_of("The tanker Grey Finch did not broadcast its position during the voyage in May.",
                 date="2024-06-01")
    assert [e.date for e in g.events if e.type == "AISGap"] == ["2024-05"]
    # (what else it did not show is no gap)
    h = facts_of("The tanker Grey Finch did not show any sign of damage in May.", date="2024-06-01")
    assert [e for e in h.events if e.type == "AISGap"] == []


def test_a_gap_ends_where_the_ship_reappeared_off_a_port_and_its_state() -> None:
    f = facts_of("The tanker Grey Finch went dark on May 2 and reappeared off Lome, Togo, on May 9.",
                 date="2024-06-01")
    assert [e.date for e in f.events if e.type == "AISGap"] == ["2024-05-02/2024-05-09"]


def test_a_gap_told_again_with_no_time_is_the_one_told_with_its_time() -> None:
    f = facts_of("The aframax Marigold Finch, which had not transmitted an AIS position since mid-February, "
                 "reappeared off Lome, Togo, on April 17.\nBefore going dark, the tanker discharged a cargo "
                 "of diesel at Lagos.", date="2024-04-22")
    assert [(e.date, len(e.evidence)) for e in f.events if e.type == "AISGap"] == \
        [("2024-02-11/2024-04-17", 2)]


@pytest.mark.parametrize("went, goal", [
    ("and sailed for Malaysia", "Malaysia"),
    ("and then headed to Singapore on June 3", "Singapore"),
    ("before sailing for Malaysia", "Malaysia"),
    ("and sailed to Malaysia", "Malaysia"),
])
def test_a_loading_then_a_voyage_on_is_a_voyage_with_the_load(went: str, goal: str) -> None:
    f = facts_of(f"The VLCC Heron Dawn loaded Merey crude at Jose {went}.", date="2024-07-15")
    assert transfers(f) == {("Heron Dawn", "Jose", goal)}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Merey crude"]
    # (a ship that will sail has not: the loading alone; nor another ship's voyage)
    g = facts_of("The VLCC Heron Dawn loaded Merey crude at Jose and will sail for Malaysia.",
                 date="2024-07-15")
    assert transfers(g) == set() and calls(g) == {("Heron Dawn", "Jose")}
    h = facts_of("The VLCC Heron Dawn loaded Merey crude at Jose, and the tanker Pale Dawn sailed for "
                 "Malaysia.", date="2024-07-15")
    assert transfers(h) == set()


def test_a_transfer_to_another_ship_off_a_port_is_no_call_and_hedges_only_itself() -> None:
    f = facts_of("The VLCC Heron Dawn loaded Merey crude at Jose and sailed for Malaysia, where the cargo "
                 "is likely to be transferred to another ship off Melaka.", date="2024-07-15")
    assert calls(f) == {("Heron Dawn", "Jose")}
    assert transfers(f) == {("Heron Dawn", "Jose", "Malaysia")}
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["reported"]
    # (a clause on the port told is of the call there: its hedge is the call's)
    g = facts_of("The VLCC Heron Dawn sailed to Singapore, where it probably unloaded its crude.",
                 date="2024-07-15")
    assert [e.confidence for e in g.events if e.type == "PortCall"] == ["likely"]
    # (a call off a port, where nothing was passed to another ship, stays a call)
    h = facts_of("The VLCC Heron Dawn anchored off Melaka on July 2.", date="2024-07-15")
    assert calls(h) == {("Heron Dawn", "Melaka")}


def test_a_cargo_put_aboard_a_ship_at_a_port() -> None:
    # "it" moved onto a ship is the cargo, not the ship told before
    f = facts_of("The parts left Shenzhen aboard the container ship Sand Lark in August. One shipment was "
                 "transshipped through Jebel Ali, where it was moved onto the feeder vessel Kish Lark.",
                 date="2024-10-01")
    assert [e for e in f.events if e.type == "ShipToShipTransfer"] == []
    assert ("Kish Lark", "Jebel Ali") in calls(f) and ("Sand Lark", "Jebel Ali") not in calls(f)
    g = facts_of("At Jebel Ali the containers were loaded onto the feeder vessel Kish Lark, which carried "
                 "them to Bandar Abbas.", date="2024-10-01")
    assert transfers(g) == {("Kish Lark", "Jebel Ali", "Bandar Abbas")}
    # (the ship that brought it gave it: "where part of the cargo was loaded onto" another)
    h = facts_of("The tanker Pale Lark docked at Jebel Ali, where part of the cargo was loaded onto the "
                 "feeder vessel Kish Lark.", date="2024-10-01")
    assert {(c.activity, c.vessel) for c in h.events if c.type == "PortCall"} == {
        ("discharging", next(e.id for e in h.entities if e.name == "Pale Lark")),
        ("loading", next(e.id for e in h.entities if e.name == "Kish Lark"))}
    # (not what will be put aboard, nor a port the sentence does not open on)
    for told in ("At Jebel Ali the containers will be loaded onto the feeder vessel Kish Lark.",
                 "The tanker Pale Lark left Jebel Ali, and the containers were loaded onto the feeder "
                 "vessel Kish Lark."):
        assert ("Kish Lark", "Jebel Ali") not in calls(facts_of(told, date="2024-10-01"))


def test_a_transfer_at_sea_is_where_its_own_clause_says_not_a_river_told_of_a_port() -> None:
    f = facts_of("In December the tanker Chon Lark offloaded fuel at Songnim, a smaller port on the Taedong "
                 "River, after receiving it from the tanker Golden Lark in the East China Sea on "
                 "December 3.", date="2025-02-14")
    assert [(pair, where) for pair, where, _ in sts_events(f)] == [
        (frozenset({"Chon Lark", "Golden Lark"}), "East China Sea")]
    # (with no sea told after, the place told before stays)
    g = facts_of("In the Taedong River estuary the tanker Chon Lark received fuel from the tanker Golden "
                 "Lark on December 3.", date="2025-02-14")
    assert [where for _, where, _ in sts_events(g)] == ["Taedong River"]


def test_a_port_the_ship_was_moved_to_by_those_who_boarded_it_ends_no_voyage() -> None:
    f = facts_of("Police boarded the tanker Eagle Wren on December 26 and moved it to an anchorage near "
                 "Porvoo.\nBefore the incident, the Eagle Wren had loaded petrol at Ust-Luga and was "
                 "heading to Port Said.", date="2025-01-15")
    assert ("Eagle Wren", "Ust-Luga", "Porvoo") not in transfers(f)
    assert ("Eagle Wren", "Ust-Luga") in calls(f)
    # (a tanker that moved on by itself did go there)
    g = facts_of("The tanker Eagle Wren loaded petrol at Ust-Luga on December 20. On December 26 it "
                 "moved to an anchorage near Porvoo and discharged.", date="2025-01-15")
    assert ("Eagle Wren", "Ust-Luga", "Porvoo") in transfers(g)


def test_the_same_voyage_but_to_another_port_instead() -> None:
    f = facts_of("The bulk carrier Sveta Wren left Berdyansk on May 14 and docked in Izmir nine days later, "
                 "where it discharged wheat. Her sister ship, the bulk carrier Sveta Lark, made the same "
                 "voyage a week later but unloaded at Mersin instead.", date="2024-06-05")
    assert transfers(f) == {("Sveta Wren", "Berdyansk", "Izmir"), ("Sveta Lark", "Berdyansk", "Mersin")}
    assert ("Sveta Lark", "Berdyansk") in calls(f) and ("Sveta Lark", "Izmir") not in calls(f)
    # (a port after the voyage that is not where it went instead makes nothing of it)
    g = facts_of("The bulk carrier Sveta Wren left Berdyansk on May 14 and docked in Izmir nine days later, "
                 "where it discharged wheat. Her sister ship, the bulk carrier Sveta Lark, made the same "
                 "voyage a week later, according to officials in Mersin.", date="2024-06-05")
    assert not any(v == "Sveta Lark" for v, _, _ in transfers(g))


def test_a_carrier_told_in_an_aside_on_a_cargo_and_gas_taken_on_from_a_storage_ship() -> None:
    f = facts_of("The LNG carrier Voskhod Wren discharged at Beihai on Friday. It had taken on the gas from "
                 "the Saam floating storage unit near Murmansk in July. A first cargo, carried by the Arctic "
                 "Wren, was unloaded at Beihai on August 28.", date="2025-09-01")
    assert calls(f) == {("Voskhod Wren", "Beihai"), ("Arctic Wren", "Beihai")}
    assert dated(f, "PortCall")[("Arctic Wren", "Beihai")] == "2025-08-28"
    assert [pair for pair, _, _ in sts_events(f)] == [frozenset({"Voskhod Wren", "Saam"})]
    # (a cargo carried by what is no ship's name: nothing)
    g = facts_of("A first cargo, carried by the Kremlin, was a political gift.", date="2025-09-01")
    assert names(g, "Vessel") == set()


def test_a_loading_told_after_with_its_own_voyage_is_not_where_an_earlier_told_call_came_from() -> None:
    f = facts_of("The cargo ship Coral Wren arrived at Midland on 15 August 2022 and left two days later. "
                 "On May 8, 2022, the Coral Wren loaded sunflower oil at Lampedusa before sailing to "
                 "Porto Belo.", date="2022-09-01")
    assert ("Coral Wren", "Lampedusa", "Midland") not in transfers(f)
    assert ("Coral Wren", "Lampedusa", "Porto Belo") in transfers(f)
    # (a loading told after with no voyage of its own is where the cargo came from)
    g = facts_of("The cargo ship Coral Wren arrived at Midland on 15 August 2022 and unloaded. It had loaded "
                 "sunflower oil at Lampedusa on May 8.", date="2022-09-01")
    assert ("Coral Wren", "Lampedusa", "Midland") in transfers(g)


def test_a_doubt_on_a_further_deed_is_that_deed_s_own() -> None:
    f = facts_of("The tanker Maia Wren was seen at Vostochny on 12 December, but it is not clear whether it "
                 "carried containers from Rajin.", date="2024-01-10")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "reported")]
    g = facts_of("The tanker Maia Wren was seen at Vostochny on 12 December, but it is unclear whether it "
                 "unloaded there.", date="2024-01-10")
    assert [(e.activity, e.confidence) for e in g.events if e.type == "PortCall"] == [(None, "reported")]
    # (a doubt on the call itself stays)
    h = facts_of("It is not clear whether the tanker Maia Wren called at Vostochny.", date="2024-01-10")
    assert [e.confidence for e in h.events if e.type == "PortCall"] != ["reported"]


def test_ships_counted_at_a_port_then_named_in_turn_each_did_there_what_all_did() -> None:
    f = facts_of("Two Aframax tankers loaded ESPO crude at the Kozmino terminal near Nakhodka on the night "
                 "of 17-18 March. The first, NS Wren, sailed the following morning and discharged at "
                 "Qingdao on March 23. The second, Ocean Wren, waited at anchor for three days before "
                 "leaving for Rizhao, where she unloaded in late March.", date="2024-04-08")
    assert {("NS Wren", "Kozmino"), ("Ocean Wren", "Kozmino")} <= calls(f)
    assert {("NS Wren", "Kozmino", "Qingdao"), ("Ocean Wren", "Kozmino", "Rizhao")} <= transfers(f)
    assert dated(f, "PortCall")[("NS Wren", "Kozmino")] == "2024-03-17/2024-03-18"
    # (not where the counted ships were only planned to load)
    g = facts_of("Two Aframax tankers are expected to load ESPO crude at Kozmino next week. The first, NS "
                 "Wren, sailed from Qingdao on Monday.", date="2024-04-08")
    assert ("NS Wren", "Kozmino") not in calls(g)


def test_the_same_port_is_where_a_ship_told_before_came_not_where_it_left() -> None:
    f = facts_of("The cargo ship Sparta Wren docked at Port Sudan in late September, unloading military "
                 "vehicles. The ship had left Tartus on September 12.\nThree weeks later a second ship, the "
                 "Ural Wren, delivered further equipment to the same port.", date="2024-11-05")
    assert ("Ural Wren", "Port Sudan") in calls(f) and ("Ural Wren", "Tartus") not in calls(f)
    # (one that left the same port left the port left)
    g = facts_of("The tanker Pale Wren left Tartus on 3 May. The tanker Grey Wren left the same port a week "
                 "later.", date="2024-06-01")
    assert calls(g) == {("Pale Wren", "Tartus"), ("Grey Wren", "Tartus")}


def test_a_ship_s_deed_with_no_place_after_a_sentence_on_what_goes_on_at_one_port() -> None:
    f = facts_of("Loadings at Chornomorsk resumed over the weekend. The bulk carrier Aya Wren was among the "
                 "first to leave, sailing on Saturday with 55,000 tonnes of corn bound for Alexandria.\n"
                 "The Maltese-flagged Eneida Wren, which had been waiting in the roads, berthed on Sunday "
                 "and began loading wheat.", date="2024-08-19")
    assert calls(f) == {("Aya Wren", "Chornomorsk"), ("Eneida Wren", "Chornomorsk")}
    assert transfers(f) == {("Aya Wren", "Chornomorsk", "Alexandria")}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"departure", "loading"}
    # (not after a sentence on people in a city, nor a ship with a port of its own)
    for told in ("Officials in Odesa spoke on Saturday. The bulk carrier Aya Wren berthed on Sunday.",
                 "Loadings at Chornomorsk resumed on Saturday. The bulk carrier Aya Wren berthed at Izmail "
                 "on Sunday.",
                 "Loadings at Chornomorsk resumed on Saturday. The tanker Pale Wren unloaded at Izmail. The "
                 "bulk carrier Aya Wren berthed on Sunday."):
        assert ("Aya Wren", "Chornomorsk") not in calls(facts_of(told, date="2024-08-19"))
    # a loading finished, and a ship told in apposition, in either order
    for sister in ("Its sister ship, the Dusk Wren,", "The Dusk Wren, its sister ship,"):
        f = facts_of("Loadings at Ust-Luga in early March were down. The Aframax Grey Wren finished "
                     f"loading on March 4 and left the next day for the Suez Canal. {sister} berthed on "
                     "March 8 and loaded fuel oil.", date="2024-03-18")
        assert dated(f, "PortCall") == {("Grey Wren", "Ust-Luga"): "2024-03-04",
                                        ("Dusk Wren", "Ust-Luga"): "2024-03-08"}
        assert {e.activity for e in f.events if e.type == "PortCall"} == {"loading"}


def test_a_ship_named_as_another_s_sister() -> None:
    for told in ("The Dusk Wren, its sister ship, berthed on March 8.",
                 "The Dusk Wren, sister ship of the Grey Wren, berthed on March 8.",
                 "The Dusk Wren and its sister ship, the Grey Wren, left."):
        assert names(facts_of(told), "Vessel") >= {"Dusk Wren"}
    assert names(facts_of("The Dusk Wren, sister ship of the Grey Wren, left."), "Vessel") == {
        "Dusk Wren", "Grey Wren"}
    assert names(facts_of("Lark Town, its sister city, said no."), "Vessel") == set()


def test_kuwait_is_the_state_and_its_city_port_is_shuwaikh() -> None:
    f = facts_of("The tanker Pale Wren had been sailing from Kuwait to Houston when it was seized.",
                 date="2023-04-28")
    assert names(f, "State") >= {"Kuwait"} and "Kuwait" not in names(f, "Port")
    g = facts_of("The tanker Pale Wren docked at Shuwaikh port on May 2.")
    assert calls(g) == {("Pale Wren", "Shuwaikh")}


def test_a_log_titled_by_movements_at_the_port_of_a_port() -> None:
    f = facts_of("1 April: Bulk carrier Matros Wren (Russia) arrives from Kavkaz.\n2 April: Matros Wren "
                 "begins loading grain at berth 14.\n5 April: Ro-ro ship Slav Wren (Russia) arrives; unloads "
                 "vehicles.", date="2024-04-08", title="Vessel movements, Port of Sevastopol, 1-7 April")
    assert {("Matros Wren", "Sevastopol"), ("Slav Wren", "Sevastopol")} <= calls(f)


def test_a_loading_then_a_voyage_under_way_told_in_the_present() -> None:
    f = facts_of("The Gabon-flagged tanker Pacific Wren completed loading at Ust-Luga on November 9 and is "
                 "heading to India via the Cape of Good Hope.", date="2024-11-14")
    assert transfers(f) == {("Pacific Wren", "Ust-Luga", "India")}
    g = facts_of("The Gabon-flagged tanker Pacific Wren completed loading at Ust-Luga on November 9 and is "
                 "expected to sail to India.", date="2024-11-14")
    assert transfers(g) == set()


def test_a_place_told_of_a_port_a_step_back_went_to_is_part_of_the_step_back() -> None:
    f = facts_of("The cargo ship Lady Wren left Simon's Town on 9 December.\nBefore South Africa, the ship "
                 "had called at Istanbul and, earlier, at Novorossiysk, where it loaded cargo in late "
                 "October. After leaving Simon's Town, it sailed to Maputo in Mozambique.",
                 date="2023-09-04")
    assert dated(f, "PortCall").get(("Lady Wren", "Maputo")) != "2022-10-21/2022-10-31"


def test_a_voyage_told_in_an_aside_is_not_the_main_clause_s_voyage() -> None:
    f = facts_of("The tanker Arabella Wren, which brought a cargo of Russian diesel to Beirut last summer, "
                 "returned to Lebanon this month with 30,000 tonnes of gasoil loaded at Taman. The ship "
                 "docked at the Zahrani terminal south of Sidon on February 14.", date="2024-02-26")
    assert ("Arabella Wren", "Taman", "Beirut") not in transfers(f)
    assert {("Arabella Wren", "Russia", "Beirut"), ("Arabella Wren", "Taman", "Zahrani")} <= transfers(f)
    assert ("Arabella Wren", "Zahrani") in calls(f)


def test_neither_ship_is_each_of_the_two() -> None:
    f = facts_of("The cargo ships Sparta Wren and Ursa Wren reached Tartus in March. Neither ship has "
                 "broadcast its position since leaving Baltiysk.", date="2023-04-01")
    assert {("Sparta Wren", "Baltiysk"), ("Ursa Wren", "Baltiysk")} <= calls(f)
    g = facts_of("The tankers Pale Wren and Grey Wren docked at Tartus on May 3. Neither ship called at "
                 "Baniyas.", date="2023-06-01")
    assert calls(g) == {("Pale Wren", "Tartus"), ("Grey Wren", "Tartus")}


def test_all_of_a_number_of_ships_told_before_is_each_of_them() -> None:
    f = facts_of("In September four bulk carriers delivered Russian wheat to Benghazi: the Ivan Wren, the "
                 "Nadia Wren, the Orel Wren and the Tobol Wren. All four had sailed from Novorossiysk.",
                 date="2024-10-28")
    assert {v for v, p in calls(f) if p == "Novorossiysk"} == {"Ivan Wren", "Nadia Wren", "Orel Wren",
                                                                "Tobol Wren"}
    # (not where the sentence then tells each its own port)
    g = facts_of("Three bulkers loaded coal at Murmansk in April: the Anna Wren on 4 April, the Cosmo Wren "
                 "on 12 April and the Nordic Wren on 21 April. All three discharged at Indian ports in May, "
                 "the Anna Wren at Paradip, the Cosmo Wren at Krishnapatnam and the Nordic Wren at Mundra.",
                 date="2025-05-19")
    assert {v for v, p in calls(g) if p == "Paradip"} == {"Anna Wren"}


def test_a_source_s_seat_and_a_time_s_state_are_no_ends_of_a_voyage() -> None:
    f = facts_of("The cargo ship Lao Wren loaded the cargo at Feodosia in Crimea, according to the Ukrainian "
                 "embassy in Beirut.", date="2022-07-29")
    assert calls(f) == {("Lao Wren", "Feodosia")}
    g = facts_of("Kyiv says the cargo ship Lao Wren is carrying barley and flour stolen from Ukrainian "
                 "warehouses after Russia's invasion.", date="2022-07-29")
    assert transfers(g) == set()
    # (a port told after the attribution is closed still is one)
    h = facts_of("The cargo ship Lao Wren loaded at Feodosia, according to port data, and sailed to "
                 "Tripoli.", date="2022-07-29")
    assert ("Lao Wren", "Tripoli") in calls(h)


def test_a_place_opening_the_sentence_and_ships_of_a_plural_kind_taking_a_cargo() -> None:
    f = facts_of("Off Johor, the VLCC Stellar Wren passed the oil to the Aframaxes Ocean Wren and Sea Wren "
                 "on August 14-16.", date="2024-10-02")
    assert names(f, "Vessel") == {"Stellar Wren", "Ocean Wren", "Sea Wren"}
    assert sorted((sorted(pair), where) for pair, where, _ in sts_events(f)) == [
        (["Ocean Wren", "Stellar Wren"], "Johor"), (["Sea Wren", "Stellar Wren"], "Johor")]


def test_a_blast_a_ship_suffered_at_a_port_puts_it_there() -> None:
    f = facts_of("The tanker Sea Jewel Wren suffered two explosions at the Italian port of Savona on "
                 "February 15. On January 27, the tanker Sea Charm Wren reported a blast at Ceyhan in "
                 "Turkey while loading.", date="2025-02-20")
    assert calls(f) == {("Sea Jewel Wren", "Savona"), ("Sea Charm Wren", "Ceyhan")}
    assert len([e for e in f.events if e.type == "Attack"]) == 2
    # (not a failure of its own engine)
    g = facts_of("The tanker Sea Jewel Wren suffered engine failure at Savona on February 15.",
                 date="2025-02-20")
    assert [e for e in g.events if e.type == "Attack"] == []


def test_a_call_days_before_the_deed_the_sentence_dates() -> None:
    f = facts_of("The tanker Grace Wren was damaged by an explosion off Libya on February 1, days after it "
                 "had called at Ust-Luga.", date="2025-02-20")
    assert dated(f, "PortCall") == {("Grace Wren", "Ust-Luga"): "2025-01-02/2025-02-01"}


def test_a_terminal_told_as_part_of_a_port_and_a_last_call_told_with_words_between() -> None:
    f = facts_of("By Sunday the VLCC Huge Wren had been allowed to dock at the Lanshan terminal, part of "
                 "Rizhao port, where it unloaded about 2 million barrels of Iranian crude.",
                 date="2025-01-20")
    assert calls(f) == {("Huge Wren", "Rizhao")}
    assert {(v, d) for v, _, d in transfers(f)} == {("Huge Wren", "Rizhao")}
    g = facts_of("The Aframax Vera Wren loaded Urals crude at Novorossiysk on April 9. Its last call under "
                 "Greek management was at Agioi Theodoroi on March 20.", date="2024-04-15")
    assert dated(g, "PortCall")[("Vera Wren", "Agioi Theodoroi")] == "2024-03-20"
    h = facts_of("The Aframax Vera Wren loaded Urals crude at Novorossiysk on April 9. Its previous call was "
                 "Piraeus.", date="2024-04-15")
    assert ("Vera Wren", "Piraeus") in calls(h)


def test_the_ships_are_all_those_the_sentence_before_names_and_a_speaking_state_is_no_end() -> None:
    f = facts_of("Since September, munitions have been shipped from North Korea to Russia, South Korea's "
                 "defence minister said. The shipments have been carried by Russian-flagged cargo ships, "
                 "among them the Angara, the Lady Wren and the Maia Wren. The ships load at Rajin and "
                 "unload at Dunai.", date="2024-02-28")
    assert {v for v, p in calls(f) if p == "Rajin"} == {"Angara", "Lady Wren", "Maia Wren"}
    assert not any(d == "South Korea" for _, _, d in transfers(f))
    # (not a warship that escorted them)
    g = facts_of("The frigate Admiral Wren escorted the cargo ships Ursa Wren and Sparta Wren from "
                 "Baltiysk to Tartus in May. The ships had loaded at Baltiysk in late April.",
                 date="2024-05-28")
    assert ("Admiral Wren", "Baltiysk") not in calls(g)


def test_a_crew_change_supplies_or_scrapping_at_a_port_is_a_call_there() -> None:
    f = facts_of("The tanker Pale Wren changed crew at Port Said on May 3. The tanker Grey Wren was scrapped "
                 "at Alang in May.", date="2024-06-01")
    assert calls(f) == {("Pale Wren", "Port Said"), ("Grey Wren", "Alang")}
    g = facts_of("The owners changed crew agencies in Piraeus, the tanker Pale Wren's manager said.",
                 date="2024-06-01")
    assert calls(g) == set()


def test_counted_voyages_end_no_voyage_told_before() -> None:
    f = facts_of("The cargo ship Laodicea Wren left Tripoli, Lebanon, on May 25. It has made at least "
                 "four voyages from Berdyansk since 2022, images show.", date="2024-05-27")
    assert ("Laodicea Wren", "Tripoli", "Berdyansk") not in transfers(f)
    # (two calls told with their days are no count of trips)
    g = facts_of("The tanker Sea Wren made two calls at Ust-Luga, on 10 July and 22 September. Between "
                 "the calls it delivered a cargo to Rizhao.", date="2024-10-01")
    assert ("Sea Wren", "Ust-Luga", "Rizhao") in transfers(g)


def test_a_stay_runs_to_a_deed_counted_from_the_arrival() -> None:
    f = facts_of("The tanker Laodicea Wren arrived in Tripoli on May 19 and began discharging barley the "
                 "following day. The tanker Dune Wren arrived at Mersin on May 3 and left two days later.",
                 date="2024-05-27")
    assert dated(f, "PortCall")[("Laodicea Wren", "Tripoli")] == "2024-05-19/2024-05-20"
    assert dated(f, "PortCall")[("Dune Wren", "Mersin")] == "2024-05-03/2024-05-05"
    g = facts_of("The tanker Laodicea Wren arrived in Tripoli on May 19 and began discharging the same "
                 "day.", date="2024-05-27")
    assert dated(g, "PortCall")[("Laodicea Wren", "Tripoli")] == "2024-05-19"


def test_a_week_s_unloading_and_the_stay_told_after_are_one_call_and_one_voyage() -> None:
    f = facts_of("A Syrian-flagged cargo ship that Ukraine says carried stolen grain from the occupied "
                 "port of Berdyansk unloaded at Tripoli, Lebanon, last week, according to satellite "
                 "images.\n\nThe Laodicea Wren arrived in Tripoli on May 19 and began discharging barley "
                 "the following day.", date="2024-05-27", title="Grain ship unloads in Lebanon")
    tripoli = [e for e in f.events if e.type == "PortCall" and e.date and "2024-05-19" in e.date]
    assert len(tripoli) == 1 and len([e for e in f.events if e.type == "PortCall"]) == 2
    assert len([e for e in f.events if e.type == "Transfer"]) == 1
    # the loading came before the unloading the sentence dates
    assert dated(f, "PortCall")[("Laodicea Wren", "Berdyansk")].endswith("/2024-05-26")
    assert dated(f, "PortCall")[("Laodicea Wren", "Berdyansk")] != "2024-05-20/2024-05-26"


def test_where_an_aside_says_a_ship_loaded_it_loaded_before_the_unloading_told_after() -> None:
    f = facts_of("The tanker Laodicea Wren that carried crude from Primorsk unloaded at Sikka on May 3.",
                 date="2024-05-27")
    assert dated(f, "PortCall")[("Laodicea Wren", "Primorsk")] == "2024-04-03/2024-05-03"
    # (not where the loading has its own time)
    g = facts_of("The pattern repeated between 2 and 3 February, when the cargo ship Maia Wren loaded at "
                 "Rajin, and on 6 February, when it discharged at Vostochny.", date="2024-03-01")
    assert dated(g, "PortCall")[("Maia Wren", "Rajin")] == "2024-02-02/2024-02-03"


def test_transmissions_that_ceased_and_resumed_are_a_gap() -> None:
    f = facts_of("The tanker Ri Wren loaded coal at Nampo on 20 May 2023. The vessel's AIS transmissions "
                 "ceased on 22 May and resumed on 12 June near Taean. The Sun Wren's transponder fell "
                 "silent on 3 June.", date="2023-10-03")
    assert dated(f, "AISGap") == {("Ri Wren",): "2023-05-22/2023-06-12", ("Sun Wren",): "2023-06-03"}
    g = facts_of("The tanker Ri Wren loaded coal at Nampo on 20 May 2023. Signals from the coast stopped "
                 "on 22 May.", date="2023-10-03")
    assert dated(g, "AISGap") == {}


def test_under_way_when_a_mishap_befell_it_and_a_stop_for_inspection() -> None:
    f = facts_of("The Aframax Eventide Wren ran aground in the Great Belt on Tuesday while sailing from "
                 "Primorsk towards the Mediterranean with a full cargo of Russian crude. The tanker was "
                 "refloated on Wednesday and anchored off Skagen for inspection.", date="2025-01-09")
    assert dated(f, "PortCall")[("Eventide Wren", "Primorsk")] == "2024-12-08/2025-01-07"
    assert ("Eventide Wren", "Skagen") in calls(f)
    assert ("Eventide Wren", "Primorsk", "Skagen") not in transfers(f)
    # seen under way on its way from a port: it left in the weeks before
    for way in ("on its way from the Russian port of", "on her way from"):
        f = facts_of(f"The tanker Kite Cove was seen in the Suez Canal on January 7 {way} Tuapse to "
                     "India.", date="2025-01-09")
        assert dated(f, "PortCall") == {("Kite Cove", "Tuapse"): "2024-12-08/2025-01-07"}
    # (a voyage whose call is a delivery stands)
    g = facts_of("The tanker Eventide Wren left Primorsk on January 2. It discharged at Skagen on "
                 "January 8.", date="2025-01-09")
    assert ("Eventide Wren", "Primorsk", "Skagen") in transfers(g)


def test_prose_after_an_html_table_tells_where_a_row_s_ship_came_from(tmp_path: Path) -> None:
    path = tmp_path / "week14.html"
    path.write_text(
        "<html><head><title>Port calls of interest</title><meta name=\"date\" content=\"2024-04-08\">"
        "</head><body><h1>Port calls of interest, week 14</h1>\n"
        "<table><tr><th>Vessel</th><th>IMO</th><th>Flag</th><th>Port</th><th>Arrived</th></tr>\n"
        "<tr><td>Silver Wren</td><td>9321172</td><td>Cameroon</td><td>Tartus</td><td>1 April</td></tr>\n"
        "<tr><td>Amber Wren</td><td>9254616</td><td>Palau</td><td>Iskenderun</td><td>3 April</td></tr>\n"
        "<tr><td>Grey Wren</td><td>9172040</td><td>Comoros</td><td>Port Said</td><td>5 April</td></tr>\n"
        "</table><p>The Silver Wren had loaded its wheat at Sevastopol, according to satellite images."
        "</p></body></html>\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert transfers(f) == {("Silver Wren", "Sevastopol", "Tartus")}


def test_a_ship_that_went_on_to_load_carried_nothing_known_there_and_a_voyage_ends_on_arrival() -> None:
    f = facts_of("The bulk carrier Grey Wren left Murmansk on 2 February. It reached Latakia on 21 February "
                 "and departed five days later for Mersin, where it took on a cargo of steel.",
                 date="2024-03-22")
    assert transfers(f) == {("Grey Wren", "Murmansk", "Latakia")}
    assert dated(f, "Transfer")[("Grey Wren", "Murmansk", "Latakia")] == "2024-02-02/2024-02-21"
    assert dated(f, "PortCall")[("Grey Wren", "Latakia")] == "2024-02-21/2024-02-26"
    g = facts_of("The bulk carrier Grey Wren reached Latakia on 21 February and departed on 26 February "
                 "for Mersin, where it took on a cargo of steel.", date="2024-03-22")
    assert ("Grey Wren", "Mersin", "Latakia") not in transfers(g)


def test_an_entry_s_line_that_opens_on_its_ais_being_off_is_the_entry_ship_s_gap() -> None:
    f = facts_of("3. ZEPHYR WREN (IMO 9297357), Cook Islands flag. Departed Ust-Luga on 17 February with "
                 "fuel oil. AIS off since 19 February near the Danish straits.", date="2025-02-21")
    assert dated(f, "AISGap") == {("ZEPHYR WREN",): "2025-02-19/2025-02-21"}
    g = facts_of("The tanker Zephyr Wren departed Ust-Luga on 17 February with fuel oil.\n"
                 "AIS off since 19 February for many ships in the Danish straits.", date="2025-02-21")
    assert dated(g, "AISGap") == {}


def test_a_deed_after_a_semicolon_is_done_at_the_port_and_a_return_to_unload_is_a_delivery() -> None:
    f = facts_of("On 19 August the cargo ship Ivan Wren arrived at Novorossiysk; it loaded wheat. On "
                 "19 August the cargo ship Sun Wren arrived at Kavkaz; the Dusk Wren loaded coal.",
                 date="2024-12-01")
    name = {e.id: e.name for e in f.entities}
    acts = {(name[e.vessel or ""], name[e.port or ""]): e.activity for e in f.events if e.type == "PortCall"}
    assert acts[("Ivan Wren", "Novorossiysk")] == "loading"
    assert acts[("Sun Wren", "Kavkaz")] == "berthed"
    g = facts_of("Timeline of the Ivan Wren's voyages\n"
                 "2024-08-02: Ivan Wren arrives at Tartus.\n"
                 "2024-08-09: Departs Tartus, heading north.\n"
                 "2024-08-19: Arrives at Novorossiysk; loads military vehicles.\n"
                 "2024-08-27: Returns to Tartus and unloads.\n", date="2024-12-01")
    name = {e.id: e.name for e in g.entities}
    legs = {(name.get(e.origin or ""), name.get(e.destination or "")): e.cargo
            for e in g.events if e.type == "Transfer"}
    # (what it loaded at Novorossiysk was not aboard on the way there)
    assert legs == {("Tartus", "Novorossiysk"): None, ("Novorossiysk", "Tartus"): "military vehicles"}


def test_a_loading_then_headed_or_en_route_to_a_port_is_a_voyage_under_way() -> None:
    f = facts_of("The Suezmax Delta Wren loaded 140,000 tonnes of CPC blend at Novorossiysk on March 3 and "
                 "is now headed for Trieste, where it is due to arrive on March 18. The tanker Sea Wren "
                 "loaded at Novorossiysk on 2 March and is en route to Tartus.", date="2024-03-15")
    assert transfers(f) == {("Delta Wren", "Novorossiysk", "Trieste"), ("Sea Wren", "Novorossiysk", "Tartus")}
    f = facts_of("The bulker Sable Wren loaded grain at Berdyansk on 9 August and was heading for the "
                 "Turkish port of Bandirma.", date="2024-08-20")
    assert transfers(f) == {("Sable Wren", "Berdyansk", "Bandirma")}
    g = facts_of("The Suezmax Delta Wren loaded crude at Novorossiysk on March 3 and was bound for Trieste "
                 "when it was seized off Crete.", date="2024-03-15")
    assert transfers(g) == set()


def test_a_call_claimed_where_a_look_put_the_ship_elsewhere_instead_is_none() -> None:
    f = facts_of("Another Greek-owned tanker, the Thalassa Wren, was reported by Ukrainian intelligence to "
                 "have taken on Russian diesel at Taman, but satellite imagery reviewed by this "
                 "publication shows it anchored off Kavkaz on that date instead.", date="2024-03-15")
    assert calls(f) == {("Thalassa Wren", "Kavkaz")} and transfers(f) == set()
    g = facts_of("The tanker Thalassa Wren loaded diesel at Taman, but imagery shows it anchored off "
                 "Kavkaz as well.", date="2024-03-15")
    assert ("Thalassa Wren", "Taman") in calls(g)


def test_what_a_hedged_look_shows_a_ship_doing_is_hedged_as_the_look_is() -> None:
    f = facts_of("Satellite images taken on July 21 appear to show a North Korean-flagged cargo ship, the "
                 "Kang Wren, moored at a berth in the port of Longkou, in China's Shandong province.",
                 date="2024-07-30")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["likely"]
    # (an aside on the ship keeps its own telling: the main clause's hedge is not its)
    g = facts_of("The cargo ship Kang Wren, moored at Longkou since May, is believed to have loaded coal "
                 "at Nampo.", date="2024-07-30")
    moored = {e.confidence for e in g.events if e.type == "PortCall" and e.activity != "loading"}
    assert moored == {"reported"}


def test_a_ship_now_bound_for_a_port_just_after_its_loading_is_under_way_from_it() -> None:
    f = facts_of("The bulk carrier Resilient Wren, which loaded corn at Chornomorsk in late October, has "
                 "been waiting for inspection off Istanbul for six days. The vessel is bound for "
                 "Alexandria in Egypt.", date="2023-11-02")
    assert transfers(f) == {("Resilient Wren", "Chornomorsk", "Alexandria")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["corn"]
    # (not a guess, nor after a discharge told since)
    g = facts_of("The bulk carrier Resilient Wren loaded corn at Chornomorsk in late October. It could "
                 "be bound for Alexandria.", date="2023-11-02")
    assert transfers(g) == set()
    h = facts_of("The bulk carrier Resilient Wren loaded corn at Chornomorsk in late October. It "
                 "discharged at Izmir. It is now bound for Alexandria.", date="2023-11-02")
    assert transfers(h) == {("Resilient Wren", "Chornomorsk", "Izmir")}


def test_a_lead_s_ship_after_a_time_told_with_no_comma_is_the_one_named_next() -> None:
    f = facts_of("On 12 June a merchant vessel reported being struck by an unmanned surface vessel "
                 "approximately 66 nautical miles southwest of Hodeidah. The vessel, the Liberian-flagged "
                 "bulk carrier Tutor Wren, suffered flooding in the engine room.", date="2024-06-13")
    assert [(e.type, {x.id: x.name for x in f.entities}[e.target or ""]) for e in f.events] == [
        ("Attack", "Tutor Wren")]
    # (a time that runs on into a clause is no lead's)
    g = facts_of("In a statement an official said a tanker was seen off Hodeidah. The bulk carrier Tutor "
                 "Wren docked at Jeddah.", date="2024-06-13")
    assert calls(g) == {("Tutor Wren", "Jeddah")}


def test_a_time_after_a_port_s_own_terminal_is_the_port_s() -> None:
    f = facts_of("The Palau-flagged bulk carrier Eva Wren arrived at Damietta on February 16 after loading "
                 "at Sevastopol's grain terminal on January 30.", date="2024-02-19")
    assert dated(f, "PortCall") == {("Eva Wren", "Damietta"): "2024-02-16",
                                    ("Eva Wren", "Sevastopol"): "2024-01-30"}


def test_ships_named_after_a_deed_at_a_port_set_beside_an_aside_on_the_port() -> None:
    f = facts_of("Among the tankers that discharged at Sikka, the port that serves the refinery, were the "
                 "Nova Wren and the Liberian-flagged Pacific Wren.", date="2024-08-06")
    assert calls(f) == {("Nova Wren", "Sikka"), ("Pacific Wren", "Sikka")}
    g = facts_of("Among the tankers that discharged at Sikka, after the crude that Reliance bought arrived, "
                 "were the Nova Wren and the Pacific Wren.", date="2024-08-06")
    assert calls(g) == set()


def test_a_sighting_stays_flat_where_only_a_further_deed_could_not_be_confirmed() -> None:
    f = facts_of("The cargo ship Maria Wren was identified at Rajin on 15 November, although we could not "
                 "confirm where it discharged.", date="2024-05-20")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["reported"]
    g = facts_of("The cargo ship Maria Wren was identified at Rajin on 15 November, although we could not "
                 "confirm the identification.", date="2024-05-20")
    assert [e.confidence for e in g.events if e.type == "PortCall"] == ["realistic possibility"]


def test_a_ship_that_anchored_before_heading_on_ended_no_voyage_there() -> None:
    f = facts_of("The Comoros-flagged tanker Selene Wren, which had sailed from Novorossiysk with a cargo "
                 "of diesel, was ordered to leave Greek waters. The tanker later anchored off Kalamata "
                 "before heading south.", date="2025-07-02")
    assert ("Selene Wren", "Kalamata") in calls(f)
    # (its load under way from Novorossiysk, to a place not known)
    assert transfers(f) == {("Selene Wren", "Novorossiysk", None)}
    # (a ship that anchored and then unloaded there delivered its load)
    g = facts_of("The Comoros-flagged tanker Selene Wren, which had sailed from Novorossiysk with a cargo "
                 "of diesel, was ordered to leave Greek waters. The tanker later anchored off Kalamata "
                 "and discharged its diesel.", date="2025-07-02")
    assert ("Selene Wren", "Novorossiysk", "Kalamata") in transfers(g)


def test_the_former_passing_cargo_to_the_latter_is_their_transfer_where_they_met() -> None:
    f = facts_of("The Aframax Mira Wren and the Suezmax Tala Wren met in the Laconian Gulf in the first "
                 "week of September. Over two days the former pumped about 700,000 barrels of Urals crude "
                 "into the latter, according to satellite imagery.", date="2024-09-30")
    assert [(pair, place) for pair, place, _ in sts_events(f)] == [
        (frozenset({"Mira Wren", "Tala Wren"}), "Laconian Gulf")]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-09-01/2024-09-07"]
    # (not a ship's people)
    g = facts_of("The Aframax Mira Wren and the Suezmax Tala Wren called at Piraeus. The former delivered "
                 "diesel to the latter's owners in Athens. The Mira Wren also delivered fuel to the Tala "
                 "Wren's agents.", date="2024-09-30")
    assert sts_events(g) == []


def test_a_ship_now_discharging_is_there_on_the_report_s_day() -> None:
    f = facts_of("The Syrian-flagged bulk carrier Souria Wren loaded about 25,000 tonnes of wheat in "
                 "Sevastopol in late May and is now discharging at Latakia, according to satellite "
                 "images.", date="2023-06-12")
    assert dated(f, "PortCall")[("Souria Wren", "Latakia")] == "2023-06-12"
    assert dated(f, "PortCall")[("Souria Wren", "Sevastopol")] == "2023-05-21/2023-05-31"


def test_a_call_of_previous_trips_ends_no_voyage_of_this_one_and_a_ship_is_no_cargo() -> None:
    f = facts_of("The bulk carrier Souria Wren loaded wheat in Sevastopol in late May. It is at least the "
                 "fifth voyage of the Souria Wren from Crimea to Syria this year. On previous trips, the "
                 "ship unloaded at Tartus.", date="2023-06-12")
    assert ("Souria Wren", "Sevastopol", "Tartus") not in transfers(f)
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {None}
    g = facts_of("The bulk carrier Souria Wren loaded wheat in Sevastopol in late May. It then unloaded "
                 "at Tartus.", date="2023-06-12")
    assert ("Souria Wren", "Sevastopol", "Tartus") in transfers(g)


def test_one_cargo_of_a_supply_carried_by_a_named_ship_to_a_port_of_that_state() -> None:
    f = facts_of("Mexico has sent at least two cargoes of crude to Cuba this year. The tanker Bice Wren "
                 "loaded about 400,000 barrels at Coatzacoalcos in August and delivered them to Havana. A "
                 "second cargo was carried by the tanker Jose Wren, which arrived at Matanzas on October 2.",
                 date="2023-10-20")
    assert {("Bice Wren", "Coatzacoalcos", "Havana"), ("Jose Wren", "Mexico", "Matanzas")} <= transfers(f)
    g = facts_of("Iran has shipped drones to Russia across the Caspian. The shipments were carried by the "
                 "Kasra Wren, which docked at Astrakhan in May.", date="2023-10-20")
    assert transfers(g) == {("Kasra Wren", "Iran", "Astrakhan")}


def test_a_discharge_months_after_a_voyage_to_the_same_port_is_a_delivery_of_its_own() -> None:
    f = facts_of("In mid-2023 the Iranian-flagged general cargo ship Kasra Wren sailed from Bandar Anzali to "
                 "Makhachkala on at least three occasions. On or about 5 January 2024 it was observed again "
                 "at Makhachkala, unloading crates.", date="2024-02-02")
    cargo = {(e.origin is not None, e.cargo) for e in f.events if e.type == "Transfer"}
    assert cargo == {(True, None), (False, "crates")}
    g = facts_of("The cargo ship Kasra Wren left Bandar Anzali on 2 January. On 5 January it was observed at "
                 "Makhachkala, unloading crates.", date="2024-02-02")
    assert [(e.cargo) for e in g.events if e.type == "Transfer"] == ["crates"]


def test_a_flag_a_ship_claims_does_not_make_its_deeds_a_claim() -> None:
    f = facts_of("In early March, the Kestrel Wren, a 20-year-old VLCC that claims the flag of Guyana, "
                 "anchored off Kharg Island and took on about two million barrels of crude.",
                 date="2025-06-30")
    assert calls(f) == {("Kestrel Wren", "Kharg Island")}
    g = facts_of("Ukraine claims the tanker Kestrel Wren loaded at Sevastopol on 3 March.", date="2025-06-30")
    assert calls(g) == set()


def test_a_log_line_s_loading_then_sailing_after_a_semicolon_is_a_voyage_under_way() -> None:
    f = facts_of("Key movements this week:\n"
                 "• Zafer Wren (Turkey) – loaded 28,000 t wheat at Novorossiysk, 30 Sep; "
                 "sailed for Samsun.\n",
                 date="2024-10-07")
    assert transfers(f) == {("Zafer Wren", "Novorossiysk", "Samsun")}
    g = facts_of("The tanker Zafer Wren loaded wheat at Novorossiysk on 30 September; the tanker Sun Wren "
                 "sailed for Samsun.", date="2024-10-07")
    assert transfers(g) == set()


def test_a_cargo_a_ship_had_been_seized_for_carrying_went_nowhere() -> None:
    f = facts_of("The tanker Adrian Wren had been seized by British Royal Marines off Gibraltar in July 2019 "
                 "on suspicion of carrying oil to Syria in breach of EU sanctions.", date="2021-03-09")
    assert transfers(f) == set() and [e.type for e in f.events] == ["Detention"]


def test_a_ship_held_at_a_port_of_the_state_it_was_bound_for_got_there() -> None:
    f = facts_of("The bulk carrier Wise Wren left the North Korean port of Nampo in March 2018 with a cargo "
                 "of coal bound for Indonesia. It was later held at Balikpapan by Indonesian authorities.",
                 date="2019-05-14")
    assert transfers(f) == {("Wise Wren", "Nampo", "Balikpapan")}
    # (not one held where it was not going)
    g = facts_of("The tanker Eagle Wren left Ust-Luga on Dec. 24 carrying petrol bound for Port Said. "
                 "Police later detained the ship, and it remains anchored off Porvoo.", date="2025-01-09")
    assert ("Eagle Wren", "Ust-Luga", "Porvoo") not in transfers(g)


def test_where_a_voyage_began_is_its_origin_not_a_delivery() -> None:
    f = facts_of("The Arctic Wren discharged gas at China's Beihai terminal on Thursday, ending a voyage "
                 "that began in Murmansk in late June.", date="2025-08-29")
    assert transfers(f) == {("Arctic Wren", "Murmansk", "Beihai")}
    name = {e.id: e.name for e in f.entities}
    assert {name[e.port or ""]: e.activity for e in f.events if e.type == "PortCall"} == {
        "Beihai": "discharging", "Murmansk": "departure"}


def test_a_stay_told_with_its_port_s_base_and_a_year_before_the_leaving() -> None:
    f = facts_of("The Russian cargo ship Lady Wren docked at the Simon's Town naval base near Cape Town on "
                 "the night of December 6, 2022, and left on December 9.", date="2023-05-20")
    assert dated(f, "PortCall") == {("Lady Wren", "Simon's Town"): "2022-12-06/2022-12-09"}
    g = facts_of("The Russian cargo ship Lady Wren docked at Simon's Town on December 6, 2022, and the "
                 "frigate Admiral Wren left on December 9.", date="2023-05-20")
    assert dated(g, "PortCall")[("Lady Wren", "Simon's Town")] == "2022-12-06"


def test_a_loading_then_sailing_for_a_state_s_waters_is_a_voyage_to_that_state() -> None:
    f = facts_of("The tanker Nord Wren completed loading at Primorsk on January 8 and sailed for Indian "
                 "waters.", date="2024-04-03")
    assert transfers(f) == {("Nord Wren", "Primorsk", "India")}
    g = facts_of("The tanker Nord Wren loaded at Primorsk and later anchored in Indian waters.",
                 date="2024-04-03")
    assert transfers(g) == set()


def test_a_ship_told_first_that_appears_in_images_of_a_port() -> None:
    f = facts_of("A second ship, the cargo vessel Angara Wren, appears in imagery of Rajin taken on 11 "
                 "January. The freighter Maia Lark is visible in satellite images of Nampo from 3 January.",
                 date="2024-01-18")
    assert dated(f, "PortCall") == {("Angara Wren", "Rajin"): "2024-01-11",
                                    ("Maia Lark", "Nampo"): "2024-01-03"}
    g = facts_of("The cargo vessel Angara Wren does not appear in imagery of Rajin. The freighter Maia Lark "
                 "was not visible in satellite images of Nampo.", date="2024-01-18")
    assert calls(g) == set()


def test_ships_told_after_a_designation_are_designated_at_its_time() -> None:
    f = facts_of("The US Treasury on Thursday designated three companies and four tankers. Among the "
                 "vessels designated is the Panama-flagged Nour Wren, which loaded crude at Kharg Island "
                 "in February. The two other tankers, Gala Wren and Gala Lark, were identified as blocked "
                 "property.", date="2024-05-02")
    assert sorted((e["target"], e["date"]) for e in kinds(f, "Sanction")) == [
        ("Gala Lark", "2024-05-02"), ("Gala Wren", "2024-05-02"), ("Nour Wren", "2024-05-02")]
    assert dated(f, "PortCall") == {("Nour Wren", "Kharg Island"): "2024-02"}


def test_a_ship_that_cleared_a_port_left_it() -> None:
    f = facts_of("The Handysize Blue Wren cleared Chornomorsk on Tuesday for Bandirma with 28,000 tonnes "
                 "of wheat.", date="2023-11-10")
    assert dated(f, "PortCall") == {("Blue Wren", "Chornomorsk"): "2023-11-07"}
    assert transfers(f) == {("Blue Wren", "Chornomorsk", "Bandirma")}
    g = facts_of("The tanker Lark Wren cleared customs at Ceyhan. The tanker Sea Lark was cleared to "
                 "leave Piraeus. The Handysize Blue Wren cleared the Bosphorus on Tuesday.")
    assert {(c[0], c[1]) for c in calls(g)} <= {("Lark Wren", "Ceyhan")}


def test_a_cargo_told_as_that_cargo_names_no_cargo() -> None:
    f = facts_of("The US seized the Iranian oil aboard the tanker Suez Lark last year. That cargo was "
                 "discharged at Houston in August 2023.")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_a_gap_told_after_a_loading_and_a_later_time_is_of_that_time() -> None:
    f = facts_of("The LNG carrier Asya Lark loaded at Utrenneye on Aug. 20 and switched off its "
                 "transponder near the Kola Peninsula two days later.", date="2024-09-02")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-08-22"]
    assert dated(f, "PortCall") == {("Asya Lark", "Utrenneye"): "2024-08-20"}
    g = facts_of("The LNG carrier Asya Lark switched off its transponder on Aug. 20 and loaded at "
                 "Utrenneye two days later.", date="2024-09-02")
    assert [e["date"] for e in kinds(g, "AISGap")] == ["2024-08-20"]


def test_a_voyage_cut_short_when_captors_boarded_the_ship_is_no_transfer() -> None:
    for told in ("when armed men boarded it off Sohar", "when a missile struck the ship"):
        f = facts_of(f"The tanker St Wren was carrying about 145,000 tonnes of Iraqi crude from Basrah to "
                     f"Aliaga {told}.")
        assert transfers(f) == set(), told
        assert calls(f) == {("St Wren", "Basrah")}
    g = facts_of("The tanker St Wren carried crude from Basrah to Aliaga in May, before inspectors boarded "
                 "it at Aliaga.")
    assert transfers(g) == {("St Wren", "Basrah", "Aliaga")}


def test_a_gap_runs_to_where_the_next_sentence_sees_the_ship_again() -> None:
    for first in ("last transmitted its position on 3 May east of Fujairah",
                  "switched off its transponder on 3 May east of Fujairah"):
        f = facts_of(f"The tanker Stella Wren {first}. It reappeared on 19 June off Singapore.",
                     date="2024-08-21")
        assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-05-03/2024-06-19"], first
    g = facts_of("The tanker Stella Wren switched off its transponder on 3 May and turned it back on on "
                 "19 June.", date="2024-08-21")
    assert [e["date"] for e in kinds(g, "AISGap")] == ["2024-05-03/2024-06-19"]
    # (not another ship seen again, nor one told of in the next paragraph)
    h = facts_of("The tanker Stella Wren last transmitted its position on 3 May. The tanker Sea Lark "
                 "reappeared on 19 June off Singapore.", date="2024-08-21")
    assert [e["date"] for e in kinds(h, "AISGap") if e["vessel"] == "Stella Wren"] == [
        "2024-05-03/2024-08-21"]


def test_ships_listed_among_those_that_left_a_port_left_it() -> None:
    f = facts_of("Among the ships that left Odesa last week were the Panama-flagged Nika Wren, with "
                 "33,000 tonnes of corn for Spain, and the Maltese-flagged Oda Lark, carrying wheat to "
                 "Egypt.", date="2023-12-04")
    assert dated(f, "PortCall") == {("Nika Wren", "Odesa"): "2023-11-27/2023-12-03",
                                    ("Oda Lark", "Odesa"): "2023-11-27/2023-12-03"}
    assert transfers(f) == {("Nika Wren", "Odesa", "Spain"), ("Oda Lark", "Odesa", "Egypt")}
    g = facts_of("Among the ships that were due to leave Odesa last week were the Panama-flagged Nika "
                 "Wren and the Maltese-flagged Oda Lark.", date="2023-12-04")
    assert calls(g) == set()


def test_a_transfer_at_sea_lies_where_the_pair_was_told_to_lie_just_before() -> None:
    f = facts_of("Officers inspected two tankers anchored in the Laconian Gulf on Wednesday. The "
                 "Cameroon-flagged Kyra Wren had been moored alongside the Liberia-flagged Teo Lark since 9 "
                 "June, transferring fuel oil.", date="2023-06-15")
    assert [e["location"] for e in kinds(f, "ShipToShipTransfer")] == ["Laconian Gulf"]
    # (not a place told of other ships, nor one told of no pair)
    g = facts_of("Officers inspected the tanker Sea Wren in the Laconian Gulf on Wednesday. The "
                 "Cameroon-flagged Kyra Wren had been moored alongside the Liberia-flagged Teo Lark since 9 "
                 "June, transferring fuel oil.", date="2023-06-15")
    assert [e.get("location") for e in kinds(g, "ShipToShipTransfer")] == [None]


def test_a_ship_traced_to_a_port_was_there() -> None:
    f = facts_of("The think tank traced the tanker Yu Wren 5 to the port of Longkou in Shandong province in "
                 "September 2022. Analysts tracked the tanker Sea Lark to Nampo in January 2023.",
                 date="2023-03-15")
    assert dated(f, "PortCall") == {("Yu Wren 5", "Longkou"): "2022-09", ("Sea Lark", "Nampo"): "2023-01"}
    g = facts_of("Analysts traced the tanker Yu Wren 5 to a company in Hong Kong. They could not trace the "
                 "tanker Sea Lark to Nampo.", date="2023-03-15")
    assert calls(g) == set()


def test_two_days_told_respectively_are_each_ship_s_own() -> None:
    for told in ("on September 16 and 17 respectively", "on 16 and 17 September, respectively"):
        f = facts_of(f"The Aframaxes Nord Wren and Nord Lark loaded at Primorsk {told}.", date="2024-10-01")
        assert dated(f, "PortCall") == {("Nord Wren", "Primorsk"): "2024-09-16",
                                        ("Nord Lark", "Primorsk"): "2024-09-17"}, told
    g = facts_of("The Aframaxes Nord Wren and Nord Lark loaded at Primorsk and Ust-Luga respectively "
                 "between 16 and 17 September.", date="2024-10-01")
    assert set(dated(g, "PortCall").values()) == {"2024-09-16/2024-09-17"}
    h = facts_of("The Aframaxes Nord Wren and Nord Lark loaded at Primorsk and Ust-Luga respectively on "
                 "September 16 and 17.", date="2024-10-01")
    assert dated(h, "PortCall") == {("Nord Wren", "Primorsk"): "2024-09-16",
                                    ("Nord Lark", "Ust-Luga"): "2024-09-17"}


def test_a_gap_told_as_lasting_since_a_departure_runs_to_the_report() -> None:
    for told in ("Its transponder has been switched off since it left Vladivostok on 21 October.",
                 "It has been dark since leaving Vladivostok on 21 October."):
        f = facts_of(f"The cargo ship Lark Wren has not been seen since. {told}", date="2024-11-05")
        assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-10-21/2024-11-05"], told
    g = facts_of("The cargo ship Lark Wren switched off its transponder after it left Vladivostok on 21 "
                 "October.", date="2024-11-05")
    assert [e["date"] for e in kinds(g, "AISGap")] == ["2024-10-21"]


def test_a_ship_that_also_called_after_loading_elsewhere_made_that_voyage() -> None:
    f = facts_of("The Ro-Ro ship Sparta Wren also called at Tartus in January after loading in "
                 "Novorossiysk.", date="2024-01-30")
    assert transfers(f) == {("Sparta Wren", "Novorossiysk", "Tartus")}
    # (a call told as "also" made, in a sentence of its own, keeps no order with the one before)
    g = facts_of("The tanker Sea Wren called at Vadinar three times in 2023. It also visited Sikka.")
    assert transfers(g) == set()


def test_a_state_s_exports_most_of_them_bound_for_another_state() -> None:
    by_id = lambda f: {e.id: e.name for e in f.entities}  # noqa: E731
    for told in ("most of it bound for independent refiners in China's Shandong province",
                 "most of it bound for China"):
        f = facts_of(f"Iranian crude exports averaged 1.5 million barrels per day in February, {told}.",
                     date="2024-03-12")
        got = [(by_id(f)[e.origin or ""], by_id(f)[e.destination or ""], e.cargo, e.date)
               for e in f.events if e.type == "Transfer"]
        assert got == [("Iran", "China", "crude", "2024-02")], told
    g = facts_of("Iranian crude exports could reach 2 million barrels per day, most of it bound for China.",
                 date="2024-03-12")
    assert [e for e in g.events if e.type == "Transfer"] == []


def test_a_call_to_top_up_on_the_way_is_a_stop_with_its_own_day() -> None:
    f = facts_of("The Panama-flagged Lark Harvest sailed from Azov on 3 July, called at Port Kavkaz to top "
                 "up its cargo on 6 July and then went dark in the Mediterranean. It reappeared off "
                 "Singapore on 12 September and anchored off Xiamen on 19 September.", date="2024-09-23")
    assert dated(f, "PortCall") == {("Lark Harvest", "Azov"): "2024-07-03",
                                    ("Lark Harvest", "Kavkaz"): "2024-07-06",
                                    ("Lark Harvest", "Xiamen"): "2024-09-19"}
    assert transfers(f) == {("Lark Harvest", "Azov", "Xiamen")}
    # (a call of its own, where nothing tells it was on the way)
    g = facts_of("The Panama-flagged Lark Harvest sailed from Azov on 3 July, called at Port Kavkaz on 6 "
                 "July and unloaded there.", date="2024-09-23")
    assert transfers(g) == {("Lark Harvest", "Azov", "Kavkaz")}


def test_a_ship_also_listed_after_a_designation_is_designated() -> None:
    f = facts_of("The US designated the tanker SEA WREN on Tuesday. The tanker Hai Lark 168 was also listed.")
    assert sorted((e["target"], e["date"]) for e in kinds(f, "Sanction")) == [
        ("Hai Lark 168", "2024-03-19"), ("SEA WREN", "2024-03-19")]
    g = facts_of("The tanker SEA WREN called at Nampo on Tuesday. The tanker Hai Lark 168 was also listed "
                 "in the port's records.")
    assert kinds(g, "Sanction") == []


def test_ships_named_after_a_word_for_the_group_that_left_left_with_it() -> None:
    f = facts_of("Two bulk carriers left Sevastopol on 5 April under escort by a patrol ship. The vessels, "
                 "the Kasim Wren and the Kasim Lark, were heading for Samsun and Latakia respectively. The "
                 "Kasim Wren arrived in Samsun on 8 April.", date="2024-04-10")
    assert dated(f, "PortCall") == {("Kasim Wren", "Sevastopol"): "2024-04-05",
                                    ("Kasim Lark", "Sevastopol"): "2024-04-05",
                                    ("Kasim Wren", "Samsun"): "2024-04-08"}
    # (not ships the sentence names that the count does not fit)
    g = facts_of("Two bulk carriers left Sevastopol on 5 April. The vessels, the Kasim Wren, the Kasim Lark "
                 "and the Kasim Star, were seen in March.", date="2024-04-10")
    assert calls(g) == set()


def test_a_gap_since_the_ship_passed_a_strait_runs_to_the_report() -> None:
    f = facts_of("The bulk carrier Kasim Lark's AIS has been switched off since it passed the Bosphorus on "
                 "7 April.", date="2024-04-10")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-04-07/2024-04-10"]


def test_a_ship_we_spotted_at_a_port_told_with_the_and_its_kind_was_there() -> None:
    f = facts_of("We first spotted the Gabon-flagged Volga Wren (IMO 9233765) at the Primorsk oil terminal "
                 "on 28 August. Inspectors boarded the tanker Volga Lark in the Syrian port of Tartus on 3 "
                 "September.", date="2024-10-17")
    assert dated(f, "PortCall") == {("Volga Wren", "Primorsk"): "2024-08-28",
                                    ("Volga Lark", "Tartus"): "2024-09-03"}
    g = facts_of("We never spotted the Gabon-flagged Volga Wren at the Primorsk oil terminal.")
    assert calls(g) == set()


def test_a_signal_the_trackers_lost_and_that_came_back_on_the_next_sentence() -> None:
    f = facts_of("The tanker Volga Wren transited the Suez Canal on 20 September. We then lost its signal "
                 "near the Bab el-Mandeb. On 9 October its AIS came back on near Sohar.", date="2024-10-17")
    assert [(e["vessel"], e["date"]) for e in kinds(f, "AISGap")] == [("Volga Wren", "2024-09-20/2024-10-09")]
    # (not a signal told as not back)
    g = facts_of("The tanker Volga Wren switched off its AIS near Gogland on August 27. It had not "
                 "reappeared by Friday.", date="2025-09-05")
    assert [e["date"] for e in kinds(g, "AISGap")] == ["2025-08-27"]


def test_a_state_whose_officials_speak_is_no_end_of_a_supply() -> None:
    by_id = lambda f: {e.id: e.name for e in f.entities}  # noqa: E731
    for said in ("US officials said", "US intelligence officials told reporters"):
        f = facts_of(f"Iran has delivered hundreds of Shahed drones to Russia, {said}.", date="2024-07-01")
        assert [(by_id(f)[e.origin or ""], by_id(f)[e.destination or ""]) for e in f.events
                if e.type == "Transfer"] == [("Iran", "Russia")], said
    g = facts_of("Iran sold oil to the US government in 1978.", date="2024-07-01")
    assert [by_id(g)[e.destination or ""] for e in g.events if e.type == "Transfer"] == ["United States"]


def test_a_cargo_told_as_a_flow_of_goods_is_the_goods() -> None:
    f = facts_of("Turkey bought 40% of Russia's diesel exports in March.", date="2024-07-01")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["diesel"]


def test_a_ship_detained_in_a_port_told_with_its_river_or_state_was_held_there() -> None:
    f = facts_of("Ukrainian authorities on Tuesday detained the bulk carrier Usko Wren in the Danube port of "
                 "Izmail.", date="2024-09-12")
    assert [e["location"] for e in kinds(f, "Detention")] == ["Izmail"]
    assert dated(f, "PortCall") == {("Usko Wren", "Izmail"): "2024-09-10"}


def test_a_ship_that_took_catch_from_a_list_of_ships_then_delivered_it() -> None:
    f = facts_of("The reefer Wren Frost received catch from the squid jiggers Lu Wren 1 and Lu Wren 2 off "
                 "Peru in March, then delivered it to Qingdao in April.", date="2024-05-01")
    assert calls(f) == {("Wren Frost", "Qingdao")}
    assert {v for e in sts_events(f) for v in e[0]} == {"Wren Frost", "Lu Wren 1", "Lu Wren 2"}
    assert len(sts_events(f)) == 2
    assert {e.vessel_type for e in f.entities if e.name.startswith("Lu Wren")} == {"squid jigger"}


def test_an_unknown_cargo_names_no_cargo() -> None:
    f = facts_of("The Russian cargo ship Lady Wren docked at Simon's Town in December 2022 and loaded "
                 "unknown cargo at night, before sailing to Maputo.", date="2023-05-01")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_a_loading_on_an_abbreviated_day_then_a_voyage_under_way() -> None:
    f = facts_of("The Suezmax Kora Wren loaded at Novorossiysk on Aug. 2 and is sailing to Paradip via the "
                 "Suez Canal.", date="2024-08-15")
    assert transfers(f) == {("Kora Wren", "Novorossiysk", "Paradip")}
    assert calls(f) == {("Kora Wren", "Novorossiysk")}


def test_one_of_the_cargoes_a_port_received_delivered_by_a_ship() -> None:
    f = facts_of("Reliance received three cargoes of Russian crude at Sikka in July, including one delivered "
                 "by the tanker Kora Star on July 22.", date="2024-08-15")
    assert dated(f, "PortCall") == {("Kora Star", "Sikka"): "2024-07-22"}
    g = facts_of("Reliance received three cargoes of Russian crude at Sikka in July, including one that was "
                 "not delivered by the tanker Kora Star.", date="2024-08-15")
    assert calls(g) == set()


def test_a_call_told_first_keeps_its_day_before_the_leaving_told_after() -> None:
    for told in ("On August 3 the tanker Kora Wren docked at Sikka and on September 4 it left for Primorsk.",
                 "On Aug. 3 the tanker Kora Wren docked at Sikka and on Sept. 4 it left."):
        f = facts_of(told, date="2024-09-15")
        assert dated(f, "PortCall") == {("Kora Wren", "Sikka"): "2024-08-03"}, told
    g = facts_of("The tanker Kora Wren docked at Sikka and on September 4 it left.", date="2024-09-15")
    assert dated(g, "PortCall") == {("Kora Wren", "Sikka"): "2024-09-04"}


def test_ships_added_to_a_list_under_a_package_or_a_port_ban_are_designated() -> None:
    f = facts_of("The EU's 14th package added 27 vessels to the list of ships subject to a port access ban, "
                 "including the Ice Wren and the Ice Lark.", date="2024-06-21")
    assert sorted(e["target"] for e in kinds(f, "Sanction")) == ["Ice Lark", "Ice Wren"]
    g = facts_of("The port added the tankers Ice Wren and Ice Lark to the list of ships awaiting berths.")
    assert kinds(g, "Sanction") == []


def test_a_laden_departure_told_with_where_the_ship_was_bound_before_it() -> None:
    f = facts_of("The India-bound tanker Kora Wren left Primorsk on 3 May with Urals crude. The tanker Kora "
                 "Lark, bound for Sikka with Urals crude, left Ust-Luga on 4 May.", date="2024-05-20")
    assert transfers(f) == {("Kora Wren", "Primorsk", "India"), ("Kora Lark", "Ust-Luga", "Sikka")}
    # (not with no load told, nor a voyage cut short)
    g = facts_of("The tanker Kora Lark, bound for Sikka, left Ust-Luga on 4 May. The tanker Kora Wren, bound "
                 "for Sikka with Urals crude, left Primorsk on 3 May but was detained at Gibraltar.",
                 date="2024-05-20")
    assert transfers(g) == set()


def test_a_load_passed_on_by_the_ship_that_took_it_is_a_second_transfer() -> None:
    f = facts_of("The tanker Kora Wren transferred its cargo to the tanker Kora Lark, which then passed it "
                 "to the tanker Kora Star off Malaysia.")
    assert sorted(sorted(e[0]) for e in sts_events(f)) == [["Kora Lark", "Kora Star"],
                                                           ["Kora Lark", "Kora Wren"]]
    g = facts_of("The tanker Kora Wren transferred its cargo to the tanker Kora Lark, which then sailed to "
                 "the port of Qingdao.")
    assert [sorted(e[0]) for e in sts_events(g)] == [["Kora Lark", "Kora Wren"]]


def test_a_voyage_told_with_its_end_before_its_start() -> None:
    for verb in ("returned", "sailed"):
        f = facts_of(f"The cargo ship Sparta Wren {verb} to Novorossiysk from Tartus carrying military "
                     f"equipment.", date="2024-05-20")
        assert transfers(f) == {("Sparta Wren", "Tartus", "Novorossiysk")}, verb
    # (a way back with no load told carries nothing told)
    g = facts_of("The cargo ship Sparta Wren returned to Novorossiysk from Tartus on 3 May.",
                 date="2024-05-20")
    assert transfers(g) == set()
    assert calls(g) == {("Sparta Wren", "Novorossiysk"), ("Sparta Wren", "Tartus")}


def test_a_release_designating_ships_told_by_their_kind_beside_their_names() -> None:
    f = facts_of("OFAC is designating Heron Wren, a Panama-flagged vessel, and Stork Lark, a Cook "
                 "Islands-flagged vessel, both of which transported Iranian crude oil to East Asia in 2023. "
                 "Also designated today are Egret Wren and Ibis Lark, tankers managed by Gulf Wren "
                 "Shipping LLC.", date="2024-02-23")
    assert {(e["target"], e.get("date")) for e in kinds(f, "Sanction")} == {
        ("Heron Wren", "2024-02-23"), ("Stork Lark", "2024-02-23"), ("Egret Wren", "2024-02-23"),
        ("Ibis Lark", "2024-02-23")}
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Heron Wren": "PAN", "Stork Lark": "COK", "Egret Wren": None, "Ibis Lark": None}
    # (what the ship did, told after in a clause of its own, is not when it was designated)
    g = facts_of("OFAC is designating the tanker Heron Wren, which carried Iranian oil in 2023.",
                 date="2024-02-23")
    assert [e.get("date") for e in kinds(g, "Sanction")] == ["2024-02-23"]
    # (a person told by a trade is no ship)
    h = facts_of("Investigators spoke to Ivan Wren, a tanker captain, in Odesa.")
    assert names(h, "Vessel") == set()


def test_a_ship_that_often_carried_a_load_before_its_dated_call_made_a_voyage() -> None:
    f = facts_of("A Russian-flagged bulk carrier that has repeatedly carried grain from Crimea docked in "
                 "Latakia on Sept. 12. The Mikhail Lark loaded wheat at Sevastopol in late August.",
                 date="2023-09-15")
    assert transfers(f) == {("Mikhail Lark", "Sevastopol", "Latakia")}
    # (not calls told as made again and again)
    g = facts_of("The bulk carrier Mikhail Lark has repeatedly docked in Latakia. It loaded wheat at "
                 "Sevastopol in late August.", date="2023-09-15")
    assert transfers(g) == set()


def test_a_departure_told_with_where_the_ship_was_bound_then_its_load() -> None:
    f = facts_of("The VLCC Carmen Lark departed the Jose terminal on Jan. 3 bound for China with 2 million "
                 "barrels of Merey crude. The VLCC Carmen Wren left Jose on Jan. 4 bound for Qingdao, "
                 "carrying Merey crude.", date="2025-01-20")
    assert transfers(f) == {("Carmen Lark", "Jose", "China"), ("Carmen Wren", "Jose", "Qingdao")}
    # (not one only planned, nor one cut short)
    g = facts_of("The VLCC Carmen Lark was to leave Jose on Jan. 3 bound for China with Merey crude. The "
                 "VLCC Carmen Wren left Jose on Jan. 4 bound for Qingdao with Merey crude but was seized "
                 "by the US Navy.", date="2025-01-20")
    assert transfers(g) == set()


def test_imagery_of_a_port_showing_cargo_beside_a_ship_puts_the_ship_there() -> None:
    f = facts_of("Satellite imagery of Rajin from 28 October shows about 300 containers on the quay beside "
                 "the Russian-flagged cargo ship Lady Lark.", date="2023-11-02")
    assert dated(f, "PortCall") == {("Lady Lark", "Rajin"): "2023-10-28"}
    # (not a ship the text ties to what is shown in another way)
    g = facts_of("Satellite imagery of Rajin from 28 October shows about 300 containers stacked on the main "
                 "quay, and analysts linked them to the cargo ship Lady Lark.", date="2023-11-02")
    assert dated(g, "PortCall") == {}


def test_a_second_ship_told_by_its_kind_joins_the_first() -> None:
    f = facts_of("Since August, the cargo ship Lady Lark and a sister ship, the Maria Wren, have made at "
                 "least ten round trips between Rajin and Dunai.", date="2023-11-02")
    assert transfers(f) == {("Lady Lark", "Rajin", "Dunai"), ("Maria Wren", "Rajin", "Dunai")}
    g = facts_of("The tanker Lady Lark and another tanker, the Maria Wren, left Primorsk on 3 May.")
    assert calls(g) == {("Lady Lark", "Primorsk"), ("Maria Wren", "Primorsk")}


def test_a_ship_that_stopped_transmitting_off_a_port_made_no_call_there() -> None:
    f = facts_of("The tanker Zeyna Wren stopped transmitting its position off Fujairah on 28 June.\n\nIts "
                 "last reported position before it went dark was about 20 nautical miles east of the "
                 "port.\n\nThe ship's AIS signal returned on 9 July, when it was off Basra.",
                 date="2023-07-12")
    assert calls(f) == set()
    # (one gap, told again "before it went dark", to where the signal came back two sentences on)
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2023-06-28/2023-07-09"]
    g = facts_of("The tanker Zeyna Wren stopped at Fujairah on 28 June.", date="2023-07-12")
    assert calls(g) == {("Zeyna Wren", "Fujairah")}
    # (not a signal back told of another ship in between)
    h = facts_of("The tanker Zeyna Wren went dark on 28 June.\n\nThe tanker Sea Lark met it on 2 July."
                 "\n\nIts AIS signal returned on 9 July.", date="2023-07-12")
    assert [e["date"] for e in kinds(h, "AISGap")] == ["2023-06-28"]


def test_a_ship_that_stopped_at_a_city_state_called_at_its_port() -> None:
    f = facts_of("The bulk carrier Sinop Wren loaded wheat at Vostochny on 2 January, stopped at Singapore "
                 "to take on bunkers on 12 January, and then discharged at Karachi on 26 January.")
    assert calls(f) == {("Sinop Wren", "Vostochny"), ("Sinop Wren", "Singapore"), ("Sinop Wren", "Karachi")}
    assert transfers(f) == {("Sinop Wren", "Vostochny", "Karachi")}


def test_a_voyage_takes_the_load_told_with_where_it_came_from() -> None:
    f = facts_of("The cargo ship Port Lark docked at Bandar Anzali on 14 April. It carried ammunition from "
                 "Makhachkala, where it had been photographed on 8 April with military vehicles on the "
                 "quay.", date="2023-04-19")
    assert transfers(f) == {("Port Lark", "Makhachkala", "Bandar Anzali")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["ammunition"]


def test_a_deed_told_after_and_with_a_subject_of_its_own_takes_its_own_time() -> None:
    f = facts_of("The tanker Kang Lark left Vostochny on June 27 and its AIS signal stopped two days later "
                 "in the Sea of Japan.", date="2024-07-02")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-06-29"]
    assert dated(f, "PortCall") == {("Kang Lark", "Vostochny"): "2024-06-27"}


def test_what_a_ship_is_suspected_of_is_hedged_and_has_only_its_own_time() -> None:
    f = facts_of("A tanker suspected of supplying refined petroleum to North Korea was seen in Vostochny on "
                 "June 24. The vessel, the Kang Lark, is Mongolia-flagged.", date="2024-07-02")
    assert [(e.confidence, e.date) for e in f.events if e.type == "Transfer"] == [
        ("realistic possibility", None)]
    assert dated(f, "PortCall") == {("Kang Lark", "Vostochny"): "2024-06-24"}
    # (nor is the time of what it is suspected of the seizure's)
    g = facts_of("Police seized the tanker Kang Lark, suspected of carrying Iranian oil to Qingdao in May.",
                 date="2024-07-02")
    assert [e.get("date") for e in kinds(g, "Detention")] == [None]
    assert [(e.confidence, e.date) for e in g.events if e.type == "Transfer"] == [
        ("realistic possibility", "2024-05")]


def test_a_log_titled_with_its_port_s_movements() -> None:
    f = facts_of("- 19.03.2024: tanker Oka Wren (Russia) departed for Aliaga with fuel oil\n"
                 "- 21.03.2024: bulk carrier Grain Lark (Panama) departed for Damietta with 60,000 t wheat\n",
                 title="Novorossiysk port movements, week 12", date="2024-03-21")
    assert dated(f, "PortCall") == {("Oka Wren", "Novorossiysk"): "2024-03-19",
                                    ("Grain Lark", "Novorossiysk"): "2024-03-21"}
    assert transfers(f) == {("Oka Wren", "Novorossiysk", "Aliaga"),
                            ("Grain Lark", "Novorossiysk", "Damietta")}
    assert sorted(e.cargo or "" for e in f.events if e.type == "Transfer") == ["fuel oil", "wheat"]


def test_the_pier_told_again_is_at_the_port_it_was_told_of() -> None:
    f = facts_of("The cargo ships typically loaded containers at Rajin's pier 3 and sailed to Dunai or "
                 "Vostochny. On 3 November the cargo ship Maria Lark was imaged alongside the pier.",
                 date="2023-11-20")
    assert dated(f, "PortCall") == {("Maria Lark", "Rajin"): "2023-11-03"}
    g = facts_of("The cargo ships typically loaded containers at Rajin and sailed to Dunai's pier 3. On 3 "
                 "November the cargo ship Maria Lark was imaged alongside the pier.", date="2023-11-20")
    assert dated(g, "PortCall") == {("Maria Lark", "Dunai"): "2023-11-03"}


def test_a_load_cut_short_by_a_seizure_goes_nowhere_the_ship_sails_after() -> None:
    f = facts_of("The tanker St Wren, which Iran seized in January, has been released. The ship had been "
                 "carrying Iraqi crude from Basra to Turkey when it was boarded. The tanker is now sailing "
                 "to the UAE port of Fujairah.", date="2024-08-14")
    assert transfers(f) == set()
    g = facts_of("The tanker St Wren loaded Iraqi crude at Basra in July. The tanker is now sailing to the "
                 "UAE port of Fujairah.", date="2024-08-14")
    assert transfers(g) == {("St Wren", "Basrah", "Fujairah")}


def test_a_ship_told_with_its_load_in_an_aside_brought_it_to_the_port_it_reached() -> None:
    f = facts_of("The tanker Heng Lark, carrying about 15,000 tonnes of gasoline, berthed at Ras Isa on "
                 "January 26.", date="2024-01-29")
    assert transfers(f) == {("Heng Lark", None, "Ras Isa")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["gasoline"]
    g = facts_of("The tanker Heng Lark, carrying gasoline, was turned away from Ras Isa on January 26.",
                 date="2024-01-29")
    assert transfers(g) == set()


def test_a_ban_from_a_bloc_s_ports_is_a_designation() -> None:
    f = facts_of("Separately, the EU added the Liberian-flagged Volga Wren to its list of vessels banned "
                 "from its ports.", date="2023-12-11")
    assert [e["target"] for e in kinds(f, "Sanction")] == ["Volga Wren"]
    g = facts_of("The port added the tanker Volga Wren to its list of vessels awaiting berths.")
    assert kinds(g, "Sanction") == []


def test_a_load_told_taken_then_loaded_at_a_port_began_the_voyage_there() -> None:
    f = facts_of("The ship Nenashev Lark unloaded about 6,000 tonnes of grain at Derince on November 24. "
                 "Ukraine says the grain was taken from farms in the occupied Zaporizhzhia region and "
                 "loaded at Berdyansk on November 10.", date="2022-11-30")
    assert transfers(f) == {("Nenashev Lark", "Berdyansk", "Derince")}


def test_a_buyer_received_a_load_at_a_port_on_a_ship() -> None:
    f = facts_of("Indian Oil received a cargo of Sokol crude at Paradip on the tanker Pacific Lark, which "
                 "had sailed from De Kastri.", date="2024-05-16")
    assert transfers(f) == {("Pacific Lark", "De Kastri", "Paradip")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Sokol crude"]
    g = facts_of("Indian Oil did not receive a cargo at Paradip on the tanker Pacific Lark.")
    assert transfers(g) == set() and calls(g) == set()


def test_a_stop_before_heading_on_is_on_the_way() -> None:
    f = facts_of("In September, the bulk carrier Mira Lark loaded about 30,000 tonnes of phosphate rock at "
                 "Tartus. It then sailed to Lebanon, where it stopped for three days at Tripoli, before "
                 "heading to the Spanish port of Cartagena. It discharged the phosphate at Cartagena on "
                 "9 October.", date="2024-10-21")
    assert transfers(f) == {("Mira Lark", "Tartus", "Cartagena")}
    assert calls(f) == {("Mira Lark", "Tartus"), ("Mira Lark", "Tripoli"), ("Mira Lark", "Cartagena")}


def test_a_stay_told_next_that_the_ship_s_departure_ended_is_one_call() -> None:
    f = facts_of("The container ship Joseph Wren left Odesa on Wednesday, August 16.\n\nThe ship, which had "
                 "been stuck in the port since February 2022, carried 2,000 containers. It reached Istanbul "
                 "on Friday.", date="2023-08-28")
    assert dated(f, "PortCall") == {("Joseph Wren", "Odesa"): "2023-08-16",
                                    ("Joseph Wren", "Istanbul"): "2023-08-25"}
    assert dated(f, "Transfer") == {("Joseph Wren", "Odesa", "Istanbul"): "2023-08-16/2023-08-25"}


def test_a_delivery_told_with_no_place_after_the_ship_s_call_was_made_there() -> None:
    f = facts_of("Satellite imagery shows the tanker Yu Son Lark at the Nampo oil terminal on 4 and 19 "
                 "September 2023. The Panel assesses that it delivered refined petroleum on both occasions.",
                 date="2024-03-07")
    assert [(e.cargo, e.date, e.confidence) for e in f.events if e.type == "Transfer"] == [
        ("refined petroleum", "2023-09-04/2023-09-19", "likely")]
    assert transfers(f) == {("Yu Son Lark", None, "Nampo")}
    # (not after its departure, nor a delivery denied)
    for told in ("The tanker Yu Son Lark left Nampo on 4 September. It delivered refined petroleum.",
                 "The tanker Yu Son Lark called at Nampo on 4 September. It did not deliver any fuel."):
        assert transfers(facts_of(told, date="2024-03-07")) == set(), told


def test_a_transfer_at_sea_to_a_ship_named_by_its_size_class() -> None:
    f = facts_of("The Panamax bulker Ore Lark transferred 70,000 tonnes of Russian coal to the cape-size "
                 "Iron Wren off Kandla on 20 July.", date="2024-07-25")
    assert [sorted(e[0]) for e in sts_events(f)] == [["Iron Wren", "Ore Lark"]]


def test_imagery_of_one_name_alongside_another_shows_two_ships_at_sea() -> None:
    f = facts_of("Imagery from 3 May shows the Chon Ma Wren alongside the Yuk Lark in the East China Sea.")
    assert [sorted(e[0]) for e in sts_events(f)] == [["Chon Ma Wren", "Yuk Lark"]]
    g = facts_of("Imagery from 3 May shows the Chon Ma Wren alongside Berth 4 at Nampo.")
    assert names(g, "Vessel") == {"Chon Ma Wren"} and sts_events(g) == []


def test_what_a_ship_has_yet_to_do_is_not_done() -> None:
    assert facts_of("The tanker Grey Wren has yet to unload at Sikka.").events == []
    f = facts_of("The tanker Grey Wren arrived off Sikka on 12 April after loading at Primorsk in early "
                 "March. It has yet to discharge.", date="2024-04-18")
    assert transfers(f) == {("Grey Wren", "Primorsk", "Sikka")}


def test_supplies_told_as_exports_of_goods_and_goods_that_went_to_buyers_in_a_state() -> None:
    def supplies(told: str) -> list[tuple[str | None, str | None, str | None]]:
        f = facts_of(told, date="2024-06-20")
        by_id = {e.id: e.name for e in f.entities}
        return [(by_id.get(e.origin or ""), by_id.get(e.destination or ""), e.cargo) for e in f.events
                if e.type == "Transfer"]
    assert supplies("Russian exports of diesel to Brazil doubled in 2023.") == [
        ("Russia", "Brazil", "diesel")]
    assert supplies("Most of the Iranian crude went to refiners in China.") == [("Iran", "China", "crude")]
    # (a charge laid, and denied, hedges the supply)
    f = facts_of("North Korea transferred artillery shells to Russia, US officials said, an allegation "
                 "Pyongyang denies.")
    assert [e.confidence for e in f.events if e.type == "Transfer"] == ["realistic possibility"]


def test_an_arrival_days_after_leaving_a_port_on_a_day() -> None:
    f = facts_of("The tanker Grey Wren arrived at Nampo three days after leaving Longkou on 3 May.",
                 date="2024-06-20")
    assert dated(f, "PortCall") == {("Grey Wren", "Nampo"): "2024-05-06",
                                    ("Grey Wren", "Longkou"): "2024-05-03"}


def test_a_ship_that_then_sailed_for_a_state_after_loading_is_on_its_way_there() -> None:
    f = facts_of("Last week the tanker Grey Wren loaded at Primorsk. It then sailed for India.",
                 date="2024-06-20")
    assert transfers(f) == {("Grey Wren", "Primorsk", "India")}
    g = facts_of("The tanker Grey Wren unloaded at Primorsk. It then sailed for India.", date="2024-06-20")
    assert ("Grey Wren", "Primorsk", "India") not in transfers(g)


def test_a_gap_ends_where_the_ship_next_appeared() -> None:
    f = facts_of("After departing Berdiansk on 8 September, the cargo ship Aris Lark switched off its AIS in "
                 "the Sea of Azov and next appeared in the Kerch Strait on 10 September.", date="2024-11-13")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-09-08/2024-09-10"]


def test_laden_ships_heading_for_ports_respectively() -> None:
    f = facts_of("The bulk carriers Kora Wren and Kora Lark left Sevastopol on 3 May with grain, heading for "
                 "Samsun and Latakia respectively.", date="2024-06-20")
    assert transfers(f) == {("Kora Wren", "Sevastopol", "Samsun"), ("Kora Lark", "Sevastopol", "Latakia")}
    # (with no load told, no voyage with one)
    g = facts_of("The bulk carriers Kora Wren and Kora Lark left Sevastopol on 3 May, heading for Samsun "
                 "and Latakia respectively.", date="2024-06-20")
    assert transfers(g) == set()


def test_a_load_told_at_a_port_of_a_state_named_before_it() -> None:
    f = facts_of("Two Iranian tankers, the Forest Lark and the Clavel Wren, arrived at Venezuela's El Palito "
                 "refinery last week with gasoline.", date="2023-06-05")
    assert transfers(f) == {("Forest Lark", None, "El Palito"), ("Clavel Wren", None, "El Palito")}


def test_a_ship_that_had_sunk_another_attacked_it() -> None:
    f = facts_of("Ukraine's navy said it had sunk a Russian patrol ship, the Sergei Lark, off Crimea on "
                 "Saturday.", date="2023-06-05")
    assert [(e["target"], e["date"]) for e in kinds(f, "Attack")] == [("Sergei Lark", "2023-06-03")]
    assert kinds(facts_of("Ukraine denied sinking the patrol ship Sergei Lark."), "Attack") == []


def test_a_buyer_tied_to_a_state_is_no_supply_to_the_state() -> None:
    f = facts_of("Iraq's state oil marketer SOMO sold about 500,000 tonnes of fuel oil to a trader linked to "
                 "Iran last quarter.", date="2024-10-30")
    assert transfers(f) == set()
    assert transfers(facts_of("Iraq sold fuel oil to Iran last quarter.", date="2024-10-30")) == {
        (None, "Iraq", "Iran")}


def test_a_load_put_at_a_port_onto_ships_listed_after_it() -> None:
    f = facts_of("The fuel was loaded at Khor al-Zubair onto small tankers including the Rima Lark and the "
                 "Zohal Wren.", date="2024-10-30")
    assert calls(f) == {("Rima Lark", "Khor al-Zubair"), ("Zohal Wren", "Khor al-Zubair")}


def test_a_voyage_turned_back_delivers_nothing_where_the_ship_ends_up() -> None:
    f = facts_of("The tanker Fenna Lark, carrying diesel loaded at Primorsk on 15 February, turned back "
                 "towards the Gulf of Finland on Tuesday. It is now anchored off Kaliningrad.",
                 date="2025-02-27")
    assert transfers(f) == set()
    g = facts_of("The tanker Fenna Lark, carrying diesel loaded at Primorsk on 15 February, reached "
                 "Kaliningrad on Tuesday and discharged it there.", date="2025-02-27")
    assert transfers(g) == {("Fenna Lark", "Primorsk", "Kaliningrad")}


def test_a_seizure_told_then_told_again_with_its_own_day_and_port() -> None:
    f = facts_of("South Korea has seized the cargo ship Dae Lark, officials said Friday. The vessel was "
                 "seized at the southern port of Pohang on Thursday.", date="2024-04-05")
    assert [(e["target"], e.get("date")) for e in kinds(f, "Detention")] == [("Dae Lark", "2024-04-04")]
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id.get(e.location or "") for e in f.events if e.type == "Detention"] == ["Pohang"]


def test_a_habit_told_in_the_present_takes_no_time_told_before() -> None:
    f = facts_of("The bridge was damaged on 8 October. The ferry Slava Lark sails daily between Port Kavkaz "
                 "and Kerch.", date="2023-10-20")
    assert set(dated(f, "PortCall").values()) == {None}
    g = facts_of("The bridge was damaged on 8 October. The ferry Slava Lark sailed to Kerch.",
                 date="2023-10-20")
    assert dated(g, "PortCall") == {("Slava Lark", "Kerch"): "2023-10-08"}


def test_a_deed_seen_done_at_a_numbered_berth_of_the_port_told_before() -> None:
    f = facts_of("A worker at the port of Tuapse told us he saw the tanker Volna Lark take on fuel oil at "
                 "berth 5 on the night of 2 March. Tracking data show the Volna Lark reached Port Said on "
                 "8 March.", date="2024-03-14")
    assert dated(f, "PortCall") == {("Volna Lark", "Tuapse"): "2024-03-02",
                                    ("Volna Lark", "Port Said"): "2024-03-08"}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["fuel oil"]
    # (not a deed only expected)
    assert facts_of("He expects the tanker Volna Lark to load at Tuapse.").events == []


def test_a_transfer_at_sea_told_as_a_habit() -> None:
    f = facts_of("The shuttle tanker Kola Lark collects crude from the floating storage unit Umba Wren "
                 "anchored in Kola Bay.", date="2024-08-20")
    assert [sorted(e[0]) for e in sts_events(f)] == [["Kola Lark", "Umba Wren"]]


@pytest.mark.parametrize("verb", ["slipped into", "made its way to", "got to"])
def test_more_words_for_reaching_a_port(verb: str) -> None:
    f = facts_of(f"The tanker Grey Lark {verb} Tartus on 3 May.", date="2024-06-20")
    assert dated(f, "PortCall") == {("Grey Lark", "Tartus"): "2024-05-03"}


@pytest.mark.parametrize("verb", ["slipped out of", "sailed out of", "pulled out of"])
def test_more_words_for_leaving_a_port(verb: str) -> None:
    f = facts_of(f"The tanker Grey Lark {verb} Primorsk late last month.", date="2025-03-03")
    assert dated(f, "PortCall") == {("Grey Lark", "Primorsk"): "2025-02-21/2025-02-28"}
    assert activities(f) == {("Grey Lark", "Primorsk"): "departure"}


@pytest.mark.parametrize("told", ["ran fuel from Jose to Havana", "supplied Havana with fuel from Jose",
                                  "conveyed fuel from Jose to Havana"])
def test_more_words_for_a_ship_carrying_a_load(told: str) -> None:
    f = facts_of(f"In May the cargo ship Grey Lark {told}.", date="2024-06-20")
    assert transfers(f) == {("Grey Lark", "Jose", "Havana")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["fuel"]


@pytest.mark.parametrize("told", [
    "On 3 May the Kora Wren offloaded its cargo into the Kora Lark off Malaysia.",
    "The tanker Kora Wren topped up the tanker Kora Lark off Malaysia on 3 May.",
    "The tanker Kora Wren linked up with the tanker Kora Lark off Malaysia on 3 May to transfer fuel.",
])
def test_more_words_for_a_transfer_at_sea(told: str) -> None:
    f = facts_of(told, date="2024-06-20")
    assert [sorted(e[0]) for e in sts_events(f)] == [["Kora Lark", "Kora Wren"]]


def test_a_ship_that_linked_up_with_no_ship_made_no_transfer() -> None:
    assert sts_events(facts_of("The tanker Kora Wren linked up with a convoy off Malaysia on 3 May.")) == []


def test_ships_blacklisted_in_a_list_and_one_placed_on_a_sanctions_list() -> None:
    f = facts_of("The Treasury blacklisted the Kora Wren and the Kora Lark in February.", date="2024-06-20")
    assert sorted((e["target"], e["date"]) for e in kinds(f, "Sanction")) == [
        ("Kora Lark", "2024-02"), ("Kora Wren", "2024-02")]
    g = facts_of("Canada placed the tanker Kora Wren on its sanctions list on 3 May.", date="2024-06-20")
    assert [(e["target"], e["date"]) for e in kinds(g, "Sanction")] == [("Kora Wren", "2024-05-03")]
    h = facts_of("Canada placed the tanker Kora Wren under inspection on 3 May.", date="2024-06-20")
    assert kinds(h, "Sanction") == []


def test_exports_told_with_their_largest_buyers() -> None:
    f = facts_of("Russia exported 4.8 million tonnes of wheat in July, with Turkey and Egypt the largest "
                 "buyers, according to analysts.", date="2023-08-15")
    assert transfers(f) == {(None, "Russia", "Turkey"), (None, "Russia", "Egypt")}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"wheat"}
    g = facts_of("Russia's wheat exports rose in July, with prices the highest since May.", date="2023-08-15")
    assert transfers(g) == set()


def test_a_warship_s_cruise_carries_no_load_and_a_stay_told_in_the_pluperfect_came_first() -> None:
    f = facts_of("The Russian frigate Admiral Wren entered Havana harbour on Saturday for a five-day visit. "
                 "The frigate had been in Venezuela's La Guaira port earlier in June.", date="2024-07-01")
    assert transfers(f) == set()
    assert calls(f) == {("Admiral Wren", "Havana"), ("Admiral Wren", "La Guaira")}
    g = facts_of("The landing ship Yamal Wren left Novorossiysk on 3 May and arrived at Tartus on 9 May.",
                 date="2024-07-01")
    assert transfers(g) == {("Yamal Wren", "Novorossiysk", "Tartus")}


def test_a_gap_told_by_its_end_and_its_length() -> None:
    f = facts_of("Data show the VLCC Pascal Lark reappeared off the coast of Oman on 22 April after 40 days "
                 "without transmitting.", date="2024-04-26")
    assert [e["date"] for e in kinds(f, "AISGap")] == ["2024-03-13/2024-04-22"]
    g = facts_of("Data show the VLCC Pascal Lark has not reappeared since it went dark on 13 March.",
                 date="2024-04-26")
    assert all(e["date"] != "2024-03-13/2024-04-22" for e in kinds(g, "AISGap"))


def test_a_group_s_loading_days_earlier_is_before_each_ship_s_own_call() -> None:
    f = facts_of("Among them was the Orient Lark, which arrived at Rajin on 14 July, and the tanker Paek "
                 "Wren, seen at Rajin on 2 August. Both ships had loaded at Vostochny days earlier.",
                 date="2024-09-12")
    assert transfers(f) == {("Orient Lark", "Vostochny", "Rajin"), ("Paek Wren", "Vostochny", "Rajin")}


def test_a_ship_that_transited_a_strait_from_a_port_left_it() -> None:
    f = facts_of("16 Feb: Syrian-flagged Lao Lark transited southbound, laden, from Novorossiysk.",
                 date="2024-02-19")
    assert dated(f, "PortCall") == {("Lao Lark", "Novorossiysk"): "2024-02-09/2024-02-16"}
    g = facts_of("The tanker Lao Lark transited the Bosphorus on 3 May, likely bound for Tartus.",
                 date="2024-05-20")
    assert calls(g) == set()


def test_a_ship_seen_at_a_port_that_later_sailed_to_another_made_a_voyage() -> None:
    f = facts_of("The tanker Grey Wren, photographed at Nampo on 3 May, later sailed to Dalian.",
                 date="2024-06-20")
    assert transfers(f) == {("Grey Wren", "Nampo", "Dalian")}
    g = facts_of("Imagery over Dunai and Rajin shows the tanker Grey Wren.", date="2024-06-20")
    assert transfers(g) == set()


def test_a_ship_that_waited_for_weeks_off_a_port_was_there() -> None:
    f = facts_of("Earlier this year, the tanker Iris Lark had been waiting for weeks off Port Said.",
                 date="2024-11-21")
    assert calls(f) == {("Iris Lark", "Port Said")}
    assert calls(facts_of("The tanker Iris Lark sailed for the port of Qingdao.")) == set()


def test_a_ship_named_in_capitals_that_begin_with_a_common_word() -> None:
    f = facts_of("The Panel traced the DPRK-flagged bulk carrier SO WREN (IMO 8405270), which loaded coal "
                 "at Nampho on 11 August 2023.", date="2024-04-02")
    assert calls(f) == {("SO WREN", "Nampo")}
    g = facts_of("So Wren Lark said the ship loaded coal at Nampho.", date="2024-04-02")
    assert names(g, "Vessel") == set()


def test_a_destination_a_ship_signals_is_no_call() -> None:
    f = facts_of("The Gabon-flagged Kestrel Lark completed loading at Primorsk on March 8 and is "
                 "signalling Port Said as its destination, the data show.", date="2025-03-14")
    assert dated(f, "PortCall") == {("Kestrel Lark", "Primorsk"): "2025-03-08"}
    g = facts_of("The tanker Kestrel Lark loaded at Primorsk on March 8 and was unloading at Port Said "
                 "on March 20.", date="2025-03-24")
    assert calls(g) == {("Kestrel Lark", "Primorsk"), ("Kestrel Lark", "Port Said")}
    assert [e.cargo for e in g.events if e.type == "Transfer"] == [None]


def test_a_ship_among_those_added_to_a_sanctions_list() -> None:
    f = facts_of("The tanker Kestrel Lark was among 74 tankers added to the EU's sanctions list in December.",
                 date="2025-03-14")
    assert [(e["target"], e["date"]) for e in kinds(f, "Sanction")] == [("Kestrel Lark", "2024-12")]
    g = facts_of("The tanker Kestrel Lark was among the ships added to the port's waiting list in December.",
                 date="2025-03-14")
    assert kinds(g, "Sanction") == []


def test_a_port_told_again_by_the_sea_it_lies_on() -> None:
    f = facts_of("The tanker Kestrel Lark called at Novorossiysk. It completed loading at the Black Sea port "
                 "on March 8.", date="2025-03-14")
    assert dated(f, "PortCall") == {("Kestrel Lark", "Novorossiysk"): "2025-03-08"}
    g = facts_of("The tanker Kestrel Lark called at Primorsk. It completed loading at the Baltic port on "
                 "March 8.", date="2025-03-14")
    assert dated(g, "PortCall") == {("Kestrel Lark", "Primorsk"): "2025-03-08"}
    h = facts_of("The tanker Kestrel Lark called at Novorossiysk. It completed loading at the Syrian port on "
                 "March 8.", date="2025-03-14")
    assert dated(h, "PortCall") == {("Kestrel Lark", "Novorossiysk"): None}


def test_waters_off_a_port_are_at_sea_and_a_state_s_vessel_is_no_state() -> None:
    f = facts_of("The bulk carrier Wren Star loaded coal at Nampo on 11 August. The vessel subsequently "
                 "sailed to waters off Ningbo, where it transferred the coal to the Togo-flagged Lark Dawn.",
                 date="2023-09-01")
    assert calls(f) == {("Wren Star", "Nampo")}
    assert [e["location"] for e in kinds(f, "ShipToShipTransfer")] == ["Ningbo"]
    g = facts_of("The Panel assesses that the tanker Wren Star likely delivered at least 8,000 barrels to "
                 "the DPRK vessel.", date="2023-09-01")
    assert transfers(g) == set()
    h = facts_of("The tanker Wren Star shipped diesel to the DPRK on 3 May.", date="2023-09-01")
    assert transfers(h) == {("Wren Star", None, "North Korea")}


@pytest.mark.parametrize(("told", "cargo"), [
    ("The tanker Wren Star transferred about 700,000 barrels of Iranian crude to the VLCC Lark Dawn off "
     "Johor on 3 May.", "Iranian crude"),
    ("On 3 May the tanker Wren Star received diesel from the tanker Lark Dawn in the Gulf of Tonkin.",
     "diesel"),
    ("The tanker Wren Star conducted a ship-to-ship transfer of refined petroleum products with the tanker "
     "Lark Dawn in the Taiwan Strait on 3 May.", "refined petroleum products"),
    ("On 3 May imagery shows the freighters Wren Star and Lark Dawn lashed together off Bandar Anzali, with "
     "crates likely being moved from the Wren Star to the Lark Dawn.", "crates"),
    ("The tanker Wren Star loaded fuel oil at Ust-Luga on 2 April. On 20 April it transferred its cargo "
     "to the tanker Lark Dawn in the Gulf of Oman.", "fuel oil"),
    ("The tanker Wren Star conducted a ship-to-ship transfer with the tanker Lark Dawn in the Gulf of Oman "
     "on 20 April.", None),
    ("On 20 April the tanker Wren Star took on cargo from the tanker Lark Dawn in the Gulf of Oman.", None),
])
def test_what_passed_between_two_ships_at_sea(told: str, cargo: str | None) -> None:
    f = facts_of(told, date="2024-06-01")
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == [cargo]


def test_a_load_destined_for_a_port_is_a_voyage_under_way_there() -> None:
    f = facts_of("The supertanker Amber Wren departed Bullenbaai on Feb. 9 with fuel oil destined for "
                 "Rotterdam.", date="2024-02-20")
    assert transfers(f) == {("Amber Wren", "Bullenbaai", "Rotterdam")}
    assert calls(f) == {("Amber Wren", "Bullenbaai")}
    g = facts_of("The supertanker Amber Wren will depart Bullenbaai on Feb. 29 with fuel oil destined for "
                 "Rotterdam.", date="2024-02-20")
    assert transfers(g) == set() and calls(g) == set()


def test_transfers_with_ships_unnamed_name_no_partner() -> None:
    f = facts_of("The vessels include the Panama-flagged ORCHID WREN (IMO 9174579), which loaded Iranian "
                 "crude oil at Kharg Island in October 2024, and the Comoros-flagged LARK GLORY (IMO "
                 "9226152), which has conducted multiple ship-to-ship transfers with Iranian tankers off "
                 "Malaysia.",
                 date="2024-12-19")
    assert kinds(f, "ShipToShipTransfer") == []
    g = facts_of("The tanker Wren Star conducted an STS transfer with the tanker Lark Dawn off Malaysia on "
                 "3 May.")
    assert [e["vessels"] for e in kinds(g, "ShipToShipTransfer")] == [["Wren Star", "Lark Dawn"]]


def test_a_ship_told_by_a_word_for_it_renamed_in_an_aside() -> None:
    f = facts_of("The Aframax Sierra Wren has been sold for about $21m. The vessel, renamed Nova Wren, was "
                 "reflagged to Gabon on 1 October.", date="2024-10-08")
    assert names(f, "Vessel") == {"Nova Wren"}
    g = facts_of("The Aframax Sierra Wren and the tanker Lark Kite have been sold. The vessel, renamed Nova "
                 "Wren, was reflagged to Gabon on 1 October.", date="2024-10-08")
    assert names(g, "Vessel") == {"Sierra Wren", "Lark Kite", "Nova Wren"}


def test_a_log_s_lines_on_transfers_at_sea_and_silence() -> None:
    f = facts_of("- Lark Meridian: STS with Grey Osprey off Lome 5 Oct (naphtha).\n"
                 "- Dune Sparrow: no AIS since 28 Sep, last seen off Sohar.", date="2024-10-11")
    assert [(e["vessels"], e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Lark Meridian", "Grey Osprey"], "2024-10-05")]
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["naphtha"]
    assert [(e["vessel"], e["date"]) for e in kinds(f, "AISGap")] == [
        ("Dune Sparrow", "2024-09-28/2024-10-11")]
    g = facts_of("- Lark Meridian: STS with Grey Osprey off Lome 5 Oct (Liberia).", date="2024-10-11")
    assert [e.cargo for e in g.events if e.type == "ShipToShipTransfer"] == [None]
    # (told in prose, in either order of its words; not where it has been broadcasting)
    for told in ("has not been transmitting", "has been not transmitting"):
        g = facts_of(f"The tanker Sam Wren was seen at Nampo in May. The vessel's AIS {told} since 2019.",
                     date="2024-03-07")
        assert [(e["vessel"], e["date"]) for e in kinds(g, "AISGap")] == [
            ("Sam Wren", "2019-01-01/2024-03-07")]
    g = facts_of("The tanker Sam Wren, last seen at Tartus on 2 June, has not transmitted since.",
                 date="2024-07-01")
    assert [e["vessel"] for e in kinds(g, "AISGap")] == ["Sam Wren"]
    g = facts_of("The tanker Sam Wren was seen at Nampo in May. The vessel's AIS has been transmitting "
                 "since 2019.", date="2024-03-07")
    assert kinds(g, "AISGap") == []


def test_a_cargo_loaded_onto_a_ship_at_a_port_told_with_its_adjectives() -> None:
    f = facts_of("Smugglers loaded diesel onto the tanker Kite Marlin at the western Libyan port of "
                 "Zuwara in late July. The ship later delivered the fuel to Malta.", date="2024-08-20")
    assert calls(f) == {("Kite Marlin", "Zuwara")}
    assert transfers(f) == {("Kite Marlin", "Zuwara", "Malta")}
    g = facts_of("Smugglers loaded diesel onto trucks beside the tanker Kite Marlin at Zuwara in late "
                 "July.", date="2024-08-20")
    assert calls(g) == set()


def test_a_cargo_shipped_in_a_month_from_a_port() -> None:
    f = facts_of("The supertanker Kite Horizon discharged about 2 million barrels at Dongjiakou on "
                 "Dec. 21. The cargo had been shipped in November from Kharg Island and declared as "
                 "Malaysian crude.", date="2025-01-14")
    assert transfers(f) == {("Kite Horizon", "Kharg Island", "Qingdao")}


def test_ships_strongly_suspected_of_a_transfer_at_sea() -> None:
    f = facts_of("A destroyer observed the North Korean-flagged tanker CHON WREN and the tanker LARK "
                 "SEVEN lying alongside each other in the East China Sea on 12 March 2024. The "
                 "Government strongly suspects that the vessels were engaged in ship-to-ship "
                 "transfers prohibited by UN resolutions.", date="2024-03-28")
    assert [(e["vessels"], e["confidence"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["CHON WREN", "LARK SEVEN"], "likely")]
    f = facts_of("An aircraft spotted the tanker Kum Wren alongside the tanker Lark Sun in the East "
                 "China Sea on January 18. The ministry said it strongly suspected the two vessels were "
                 "conducting a ship-to-ship transfer.", date="2024-01-22")
    assert [(e["vessels"], e["confidence"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Kum Wren", "Lark Sun"], "likely")]


def test_arrivals_at_a_port_listed_each_with_its_own_day() -> None:
    f = facts_of("Arrivals this week at the Syrian port of Tartus included the landing ship Wren Ivanov, "
                 "which docked on Monday, and the cargo vessel Sparta Lark, which arrived on Wednesday "
                 "from Novorossiysk.", date="2024-11-29")
    assert {k: v for k, v in dated(f, "PortCall").items() if k[1] == "Tartus"} == {
        ("Wren Ivanov", "Tartus"): "2024-11-25", ("Sparta Lark", "Tartus"): "2024-11-27"}


def test_a_call_told_in_a_lead_and_again_with_its_day_is_one() -> None:
    f = facts_of("A tanker sanctioned by the United States has called at Vadinar, India's second-largest "
                 "oil port, according to LSEG data.\n\nThe Gabon-registered Sierra Kite berthed at Vadinar "
                 "on July 6 and discharged crude, the data showed.", date="2024-07-09")
    assert [e["date"] for e in kinds(f, "PortCall")] == ["2024-07-06"]
    g = facts_of("The tanker Sierra Kite has called at Vadinar, officials said. The tanker Lark Kite "
                 "berthed at Vadinar on July 6.", date="2024-07-09")
    assert [(e["vessel"], e.get("date")) for e in kinds(g, "PortCall")] == [
        ("Sierra Kite", None), ("Lark Kite", "2024-07-06")]


def test_a_load_taken_on_at_sea_after_leaving_a_port_empty_is_not_from_that_port() -> None:
    f = facts_of("The Suezmax Ember Wren arrived empty from Port Said and took on crude from the Aframax "
                 "Rowan Lark off Malta. The cargo was then carried by the Ember Wren to Sikka, where it "
                 "arrived on 10 May.", date="2024-05-17")
    assert transfers(f) == {("Ember Wren", None, "Sikka")}
    assert dated(f, "PortCall") == {("Ember Wren", "Port Said"): None, ("Ember Wren", "Sikka"): "2024-05-10"}
    g = facts_of("The Suezmax Ember Wren loaded crude at Primorsk and met the Aframax Rowan Lark off Malta "
                 "to transfer some of it. The rest was carried by the Ember Wren to Sikka, where it arrived "
                 "on 10 May.", date="2024-05-17")
    assert ("Ember Wren", "Primorsk", "Sikka") in transfers(g)


def test_a_ship_that_returned_there_called_again() -> None:
    f = facts_of("The bulk carrier Tong Wren had left Nampo on April 6, its AIS switched off, and returned "
                 "there on April 18.", date="2023-06-20")
    assert sorted(e["date"] for e in kinds(f, "PortCall")) == ["2023-04-06", "2023-04-18"]
    g = facts_of("The bulk carrier Tong Wren called at Nampo on April 6 and loaded coal there.",
                 date="2023-06-20")
    assert [e["date"] for e in kinds(g, "PortCall")] == ["2023-04-06"]
    h = facts_of("On April 11 the Tong Wren was photographed in Longkou harbor with a crane unloading coal. "
                 "The ship had left Nampo on April 6 and returned there on April 18.", date="2023-06-20")
    assert transfers(h) == {("Tong Wren", "Nampo", "Longkou")}


def test_which_of_the_cargoes_is_no_cargo() -> None:
    f = facts_of("The tanker Ocean Wren carried two cargoes from Jose to Matanzas, unloading the second on "
                 "March 28.", date="2024-04-25")
    assert transfers(f) == {("Ocean Wren", "Jose", "Matanzas")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_a_loading_at_the_port_a_sentence_opens_on() -> None:
    f = facts_of("At Izmail, the Turkish-flagged Kite Wren finished loading sunflower oil on 14 October and "
                 "sailed for Istanbul the same day.", date="2023-10-16")
    assert transfers(f) == {("Kite Wren", "Izmail", "Istanbul")}
    g = facts_of("At Izmail, the Turkish-flagged Kite Wren was inspected on 14 October.", date="2023-10-16")
    assert transfers(g) == set()


def test_a_list_of_ships_each_with_its_registry_and_the_arrival_that_began_their_stay() -> None:
    f = facts_of("Ships loading at Chornomorsk this week: Wren Trader (Liberia), 33,000 t wheat for Spain; "
                 "Lark Ocean (Panama), 45,000 t corn for China. Both vessels arrived on 12 October.",
                 date="2023-10-16")
    assert names(f, "Vessel") == {"Wren Trader", "Lark Ocean"}
    assert dated(f, "PortCall") == {("Wren Trader", "Chornomorsk"): "2023-10-12/2023-10-16",
                                    ("Lark Ocean", "Chornomorsk"): "2023-10-12/2023-10-16"}
    g = facts_of("Firms named: Wren Trading (Liberia), a broker; Lark Ocean (Panama), an owner.",
                 date="2023-10-16")
    assert names(g, "Vessel") == set()


def test_a_ship_present_at_a_port_and_a_cargo_it_had_taken_on_elsewhere() -> None:
    f = facts_of("The tanker Wren Star was present at Tartus in the early hours of Monday.",
                 date="2024-06-14")
    assert dated(f, "PortCall") == {("Wren Star", "Tartus"): "2024-06-10"}
    g = facts_of("Russian officials were present at Tartus when the tanker Wren Star was inspected.",
                 date="2024-06-14")
    assert calls(g) == set()
    h = facts_of("The bulk carrier Wren Star offloaded wheat it had taken on at Sevastopol at the "
                 "Syrian port of Latakia on 3 May.", date="2024-06-14")
    assert transfers(h) == {("Wren Star", "Sevastopol", "Latakia")}


def test_a_ship_subject_to_sanctions_is_designated() -> None:
    f = facts_of("The tanker Wren Star has been subject to US sanctions since 2022.", date="2024-06-14")
    assert [(e["target"], e["date"]) for e in kinds(f, "Sanction")] == [("Wren Star", "2022")]
    g = facts_of("The tanker Wren Star may become subject to sanctions review next year.", date="2024-06-14")
    assert kinds(g, "Sanction") == []


def test_one_of_two_ships_seen_at_a_port_left_it() -> None:
    f = facts_of("The Russian tanker Wren Star and the Panamanian tanker Lark Dawn were seen at Tartus on "
                 "3 May. The Russian vessel left on 5 May.", date="2024-06-14")
    assert dated(f, "PortCall") == {("Wren Star", "Tartus"): "2024-05-03/2024-05-05",
                                    ("Lark Dawn", "Tartus"): "2024-05-03"}
    g = facts_of("The cargo ship Lady Wren arrived at Dunai on 3 May. The cargo ship Maria Lark arrived at "
                 "Rajin on 4 May. The Lady Wren left on 7 May.", date="2024-06-14")
    assert dated(g, "PortCall") == {("Lady Wren", "Dunai"): "2024-05-03",
                                    ("Maria Lark", "Rajin"): "2024-05-04"}


def test_a_table_s_arrival_days_before_a_discharge_told_in_the_text_is_one_call() -> None:
    f = facts_of("The Iranian-flagged tanker Wren Forest discharged about 2 million barrels of condensate at "
                 "Jose on 12 August.\n\nVessel\tFlag\tArrived\tPort\nWren Forest\tIran\t10 Aug\tJose\n"
                 "Lark Fortune\tIran\t14 Aug\tAmuay\n", date="2024-08-30")
    assert dated(f, "PortCall") == {("Wren Forest", "Jose"): "2024-08-10/2024-08-12",
                                    ("Lark Fortune", "Amuay"): "2024-08-14"}


def test_a_firm_told_with_its_city_or_the_ship_it_owns_is_who_was_designated() -> None:
    f = facts_of("The tanker Helios Wren loaded at Primorsk. Its registered owner, Helios Maritime Ltd of "
                 "Dubai, was designated by the UK in October.", date="2025-02-10")
    assert [(e["target"], e["date"]) for e in kinds(f, "Sanction")] == [("Helios Maritime Ltd", "2024-10")]
    g = facts_of("Helios Maritime Ltd of Dubai, which owns the tanker Helios Wren, was designated by the "
                 "UK in October.", date="2025-02-10")
    assert [e["target"] for e in kinds(g, "Sanction")] == ["Helios Maritime Ltd"]
    h = facts_of("The tanker Helios Wren, which carried Iranian oil, was designated by the UK in October.",
                 date="2025-02-10")
    assert [e["target"] for e in kinds(h, "Sanction")] == ["Helios Wren"]


@pytest.mark.parametrize(("told", "when"), [
    ("The bulk carrier Kum Wren docked at Longkou on at least three occasions in 2023: in March, in June "
     "and in October.", ["2023-03", "2023-06", "2023-10"]),
    ("The bulk carrier Kum Wren docked at Longkou at least three times in 2023, in March, June and October.",
     ["2023-03", "2023-06", "2023-10"]),
    ("The tanker Kum Wren called at Longkou three times, on 3 May, 9 June and 20 July.",
     ["2024-05-03", "2024-06-09", "2024-07-20"]),
    ("The tanker Kum Wren made three trips to Longkou in May and June.", ["2024-05/2024-06"]),
])
def test_calls_counted_and_listed_each_at_its_time(told: str, when: list[str]) -> None:
    f = facts_of(told, date="2024-08-07")
    assert sorted(e["date"] for e in kinds(f, "PortCall")) == when


def test_a_port_told_as_where_another_lies_is_no_call() -> None:
    f = facts_of("The cargo ship Sparta Wren left Tartus on 2 January and reached Baltiysk, Russia's Baltic "
                 "fleet base in Kaliningrad, on 18 January.", date="2025-01-20")
    assert calls(f) == {("Sparta Wren", "Tartus"), ("Sparta Wren", "Baltiysk")}


@pytest.mark.parametrize(("told", "found"), [
    ("We could not confirm that the tanker Wren Star called at Sikka in May.",
     [("Wren Star", "Sikka", "realistic possibility")]),
    ("The Group was unable to confirm that the tanker Wren Star unloaded at Sikka.",
     [("Wren Star", "Sikka", "realistic possibility")]),
    ("It was not possible to verify whether the tanker Wren Star unloaded at Sikka.",
     [("Wren Star", "Sikka", "realistic possibility")]),
    ("There is no evidence that the tanker Wren Star called at Sikka.", []),
    ("We could not confirm reports, and the tanker Wren Star did not call at Sikka.", []),
])
def test_a_call_not_confirmed_is_a_possibility_not_a_denial(told: str,
                                                            found: list[tuple[str, str, str]]) -> None:
    f = facts_of(told, date="2024-06-14")
    assert [(e["vessel"], e["port"], e["confidence"]) for e in kinds(f, "PortCall")] == found


def test_dark_activity_is_a_gap_in_transmissions() -> None:
    f = facts_of("The tanker Wren Star had a 12-day dark period in the Gulf of Oman in November.",
                 date="2024-12-14")
    assert [(e["vessel"], e["date"]) for e in kinds(f, "AISGap")] == [("Wren Star", "2024-11")]
    g = facts_of("The tanker Wren Star engaged in dark activity near Ceuta on 3 December.", date="2024-12-14")
    assert [e["date"] for e in kinds(g, "AISGap")] == ["2024-12-03"]
    h = facts_of("It was a dark period for the tanker Wren Star's owners, who lost a court case in November.",
                 date="2024-12-14")
    assert kinds(h, "AISGap") == []


def test_a_load_or_discharge_with_no_port_then_a_departure_ends_the_call_before() -> None:
    f = facts_of("The cargo ship Lady Wren docked at Tartus on 3 May. It then loaded military "
                 "vehicles and left on 9 May.", date="2024-06-14")
    assert [(e["date"], e["activity"]) for e in kinds(f, "PortCall")] == [
        ("2024-05-03/2024-05-09", "loading")]
    g = facts_of("The cargo ship Lady Wren docked at Tartus on 3 May. It unloaded containers and "
                 "left two days later.", date="2024-06-14")
    assert [e["date"] for e in kinds(g, "PortCall")] == ["2024-05-03/2024-05-05"]


def test_deliveries_counted_with_their_days_were_made_at_the_port_supplied() -> None:
    f = facts_of("The tanker Wren Star has been supplying fuel to Nampo. It made two deliveries, on "
                 "2 October and 30 October.", date="2024-12-14")
    assert sorted(e["date"] for e in kinds(f, "PortCall")) == ["2024-10-02", "2024-10-30"]
    g = facts_of("The tanker Wren Star has been supplying fuel to Nampo and Chongjin. It made two "
                 "deliveries, on 2 October and 30 October.", date="2024-12-14")
    assert kinds(g, "PortCall") == []


def test_a_ship_that_left_a_storage_ship_laden_took_cargo_from_it() -> None:
    f = facts_of("The LNG carrier Asya Wren left the Saam Lark FSU near Murmansk on 3 September with a "
                 "cargo of LNG.", date="2024-12-14")
    assert [(e["vessels"], e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Asya Wren", "Saam Lark FSU"], "2024-09-03")]
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["LNG"]
    g = facts_of("The LNG carrier Asya Wren left the Saam Lark FSU near Murmansk on 3 September.",
                 date="2024-12-14")
    assert kinds(g, "ShipToShipTransfer") == []


def test_a_cargo_carried_by_barge_was_not_carried_by_the_ship_loaded_after() -> None:
    f = facts_of("The bulk carrier Finch Souria docked at Latakia on 24 October. The ministry said it had "
                 "been taken from farms and shipped from Berdyansk to Sevastopol by barge before being "
                 "loaded onto the Finch Souria.", date="2023-12-01")
    assert transfers(f) == set() and calls(f) == {("Finch Souria", "Latakia")}
    g = facts_of("The bulk carrier Finch Souria carried grain from Berdyansk to Sevastopol on 3 May.",
                 date="2023-12-01")
    assert transfers(g) == {("Finch Souria", "Berdyansk", "Sevastopol")}


def test_a_move_told_with_then_after_a_dated_call_came_after_it() -> None:
    f = facts_of("The vessel WREN STAR (IMO 9259434) loaded coal at Nampo on 3 March 2023. It then "
                 "unloaded at Ningbo.", date="2024-06-14")
    assert dated(f, "PortCall") == {("WREN STAR", "Nampo"): "2023-03-03",
                                    ("WREN STAR", "Ningbo"): "2023-03-03/2023-05-02"}
    g = facts_of("The vessel WREN STAR (IMO 9259434) called at Nampo on 3 March 2023. It was also seen "
                 "at Ningbo.", date="2024-06-14")
    assert dated(g, "PortCall")[("WREN STAR", "Ningbo")] == "2023-03-03"


def test_a_name_that_collected_a_load_is_a_ship() -> None:
    f = facts_of("From there, the Asya Wren collected the fuel on 3 September.", date="2024-09-14")
    assert names(f, "Vessel") == {"Asya Wren"}
    g = facts_of("From there, the Asya Wren collected the award on 3 September.", date="2024-09-14")
    assert names(g, "Vessel") == set()


def test_a_cargo_loaded_then_passed_on_from_another_ship_was_not_loaded_by_this_one() -> None:
    f = facts_of("A court ordered the forfeiture of crude seized from the tanker Lark Suez in 2023. "
                 "Prosecutors said the oil had been loaded at Kharg Island in 2022 and transferred from "
                 "another tanker off Malaysia before the Lark Suez sailed for China.", date="2024-10-18")
    assert calls(f) == set()
    g = facts_of("A court ordered the forfeiture of crude seized from the tanker Lark Suez in 2023. "
                 "Prosecutors said the oil had been loaded at Kharg Island in 2022.", date="2024-10-18")
    assert calls(g) == {("Lark Suez", "Kharg Island")}


def test_a_ship_named_like_a_body_after_its_kind_is_a_ship() -> None:
    f = facts_of("The tanker Moscow University was seen at Kozmino.", date="2024-06-14")
    assert names(f, "Vessel") == {"Moscow University"} and names(f, "Organization") == set()
    g = facts_of("Moscow University said the tanker Wren Star was seen at Kozmino.", date="2024-06-14")
    assert names(g, "Organization") == {"Moscow University"}


def test_ships_told_in_general_then_a_clause_on_one_are_no_list_of_them() -> None:
    f = facts_of("Ships calling at Sevastopol are banned, but the tanker Wren Star called at Sevastopol in "
                 "May.", date="2024-06-14")
    assert dated(f, "PortCall") == {("Wren Star", "Sevastopol"): "2024-05"}
    g = facts_of("Ships calling at Sevastopol in May were the tanker Wren Star and the bulk carrier Lark "
                 "Dawn.", date="2024-06-14")
    assert calls(g) == {("Wren Star", "Sevastopol"), ("Lark Dawn", "Sevastopol")}


def test_a_load_taken_from_there_after_a_discharge_into_a_storage_ship() -> None:
    f = facts_of("The LNG carrier Pioneer Wren discharged into the floating storage unit Saam Lark near "
                 "Murmansk on Aug. 24. From there, the Asya Wren collected the fuel on 3 September.",
                 date="2024-09-14")
    assert sorted((tuple(e["vessels"]), e["date"]) for e in kinds(f, "ShipToShipTransfer")) == [
        (("Pioneer Wren", "Saam Lark"), "2024-08-24"), (("Saam Lark", "Asya Wren"), "2024-09-03")]
    g = facts_of("The tanker Lark Pioneer called at Murmansk on Aug. 24. From there, the Asya Wren "
                 "collected the fuel on 3 September.", date="2024-09-14")
    assert kinds(g, "ShipToShipTransfer") == []


def test_one_of_the_tankers_a_cargo_was_pumped_into_took_it_at_sea() -> None:
    f = facts_of("The Aframax Wren Star loaded at Primorsk on 3 May and sailed to the Laconian Gulf, where "
                 "the cargo was pumped into larger tankers. One of them, the Suezmax Lark Dawn, later "
                 "discharged at Sikka.", date="2024-09-14")
    assert [(e["vessels"], e.get("location")) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Wren Star", "Lark Dawn"], "Laconian Gulf")]
    g = facts_of("The Aframax Wren Star loaded at Primorsk on 3 May. One of them, the Suezmax Lark Dawn, "
                 "later discharged at Sikka.", date="2024-09-14")
    assert kinds(g, "ShipToShipTransfer") == []


def test_ships_told_by_what_they_did_then_included_each_with_its_own_clause() -> None:
    f = facts_of("Tankers loading at Kozmino in January included the Wren Harmony and the Kite Orbit.",
                 date="2025-02-11")
    assert calls(f) == {("Wren Harmony", "Kozmino"), ("Kite Orbit", "Kozmino")}
    g = facts_of("Tankers loading in January included the Wren Harmony, which discharged at Qingdao on "
                 "January 19, and the Kite Orbit, which delivered to Rizhao a week later.",
                 date="2025-02-11")
    assert calls(g) == {("Wren Harmony", "Qingdao"), ("Kite Orbit", "Rizhao")}
    h = facts_of("The Kite Orbit delivered to Rizhao on January 20.", date="2025-02-11")
    assert dated(h, "PortCall") == {("Kite Orbit", "Rizhao"): "2025-01-20"}
    # (people included in a delegation are no ships)
    k = facts_of("Officials visiting Rizhao in January included the Deputy Minister.", date="2025-02-11")
    assert names(k, "Vessel") == set()


def test_what_states_send_that_is_no_cargo_is_no_supply() -> None:
    for body in ("North Korea sent troops to Russia last year.",
                 "Moscow sent a letter to Washington on Monday.",
                 "Beijing sent a delegation to Pyongyang in April.",
                 "China provided Russia with diplomatic cover at the Security Council."):
        assert kinds(facts_of(body, date="2025-02-11"), "Transfer") == [], body
    f = facts_of("North Korea sent artillery shells to Russia last year.", date="2025-02-11")
    assert transfers(f) == {(None, "North Korea", "Russia")}
    assert [e.cargo for e in f.events] == ["artillery shells"]


def test_a_lead_s_unnamed_ship_is_not_one_named_in_a_separate_incident() -> None:
    body = ("UKMTO received a report of an incident west of Hodeidah on 7 July. The master of a merchant "
            "vessel reported being attacked by small craft.\n\n{}the bulk carrier Lark Meridian was "
            "struck by two missiles on 6 July.")
    f = facts_of(body.format("Separately, "), date="2025-07-08")
    assert [(e["target"], e["date"]) for e in kinds(f, "Attack")] == [("Lark Meridian", "2025-07-06")]
    g = facts_of(body.format("On that day ").replace("on 6 July", "on 7 July"), date="2025-07-08")
    assert [e["target"] for e in kinds(g, "Attack")] == ["Lark Meridian"]


def test_ships_that_followed_one_to_a_port_each_at_its_time() -> None:
    f = facts_of("The tanker Wren Star docked at Baniyas on December 2. It was followed by the Lark Sun on "
                 "December 19 and the Kite Moon on January 6.", date="2025-02-03")
    assert dated(f, "PortCall") == {("Wren Star", "Baniyas"): "2024-12-02",
                                    ("Lark Sun", "Baniyas"): "2024-12-19",
                                    ("Kite Moon", "Baniyas"): "2025-01-06"}
    g = facts_of("The talks were held at Baniyas in December. It was followed by the Victory Day parade "
                 "on May 9.", date="2025-02-03")
    assert names(g, "Vessel") == set()


def test_a_voyage_completed_at_a_port_is_a_call_there() -> None:
    f = facts_of("The tanker Wren Glory completed its last voyage at the Indian port of Sikka on April 9, "
                 "discharging about 700,000 barrels.", date="2025-04-22")
    assert dated(f, "PortCall") == {("Wren Glory", "Sikka"): "2025-04-09"}
    g = facts_of("The tanker Wren Glory completed its maiden voyage in 2019 and was sold to a firm in "
                 "Sikka.", date="2025-04-22")
    assert calls(g) == set()


def test_trips_to_a_port_each_time_loading_there_leave_from_it() -> None:
    f = facts_of("The tanker Grey Heron made three trips to Jose since March, each time loading heavy "
                 "crude.", date="2025-08-15")
    assert transfers(f) == {("Grey Heron", "Jose", None)}
    g = facts_of("The tanker Grey Heron made three trips to Damietta since March, each time carrying "
                 "wheat.", date="2025-08-15")
    assert transfers(g) == {("Grey Heron", None, "Damietta")}


def test_a_ship_that_loaded_at_a_port_then_met_another_at_sea_passed_it_on() -> None:
    f = facts_of("The tanker Grey Heron loaded at Jose on June 4 and met the VLCC Dusk Kite off Tanjung "
                 "Pelepas on July 20.", date="2025-08-15")
    assert [(e["vessels"], e["location"], e["date"], e["confidence"])
            for e in kinds(f, "ShipToShipTransfer")] == [
        (["Grey Heron", "Dusk Kite"], "Tanjung Pelepas", "2025-07-20", "likely")]
    g = facts_of("The tanker Grey Heron loaded at Jose on June 4 and met the VLCC Dusk Kite at the "
                 "anchorage of Tanjung Pelepas on July 20.", date="2025-08-15")
    assert kinds(g, "ShipToShipTransfer") == []


def test_the_listed_vessels_of_a_listing_told_before_are_designated() -> None:
    f = facts_of("The Council today adopted a further package. The package adds 189 vessels to the list "
                 "of ships subject to a port access ban. The listed vessels include WREN VOYAGER (IMO "
                 "9345128) and KITE HARBOUR (IMO 9502130).", date="2025-05-20")
    assert [(e["target"], e["date"]) for e in kinds(f, "Sanction")] == [
        ("WREN VOYAGER", "2025-05-20"), ("KITE HARBOUR", "2025-05-20")]
    g = facts_of("The report studied port traffic. The listed vessels include WREN VOYAGER (IMO 9345128) "
                 "and KITE HARBOUR (IMO 9502130).", date="2025-05-20")
    assert kinds(g, "Sanction") == []


def test_a_season_s_word_in_a_ship_s_name_is_no_time() -> None:
    f = facts_of("The VLCC Kite Spring conducted a ship-to-ship transfer with the tanker Lark Dawn off "
                 "Lome on 28 October.", date="2025-11-03")
    assert [e["date"] for e in kinds(f, "ShipToShipTransfer")] == ["2025-10-28"]
    g = facts_of("The tanker Summer Wind docked at Tartus, the data show.", date="2025-06-01")
    assert dated(g, "PortCall") == {("Summer Wind", "Tartus"): None}
    # (a season told as one still is: "in the spring", "Spring 2024", opening a sentence)
    h = facts_of("The tanker Kite Spring loaded at Primorsk in the spring. The tanker Wren Star loaded at "
                 "Kozmino, Spring 2024.", date="2025-06-01")
    assert dated(h, "PortCall") == {("Kite Spring", "Primorsk"): "2025-03/2025-05",
                                    ("Wren Star", "Kozmino"): "2024-03/2024-05"}


def test_a_cargo_loaded_then_shipped_to_a_port_reached_it_after_that_time() -> None:
    f = facts_of("Grain was loaded onto the bulk carrier Wren Field at Sevastopol in early June and shipped "
                 "to the Syrian port of Latakia. The ship arrived in Latakia on 19 June.", date="2025-06-30")
    assert dated(f, "Transfer") == {("Wren Field", "Sevastopol", "Latakia"): "2025-06-01/2025-06-19"}


def test_a_month_s_word_that_ends_a_ship_s_name_is_the_name_s() -> None:
    f = facts_of("The tanker Grace May loaded at Primorsk. The tanker Lady August docked at Tartus.",
                 date="2025-06-11")
    assert dated(f, "PortCall") == {("Grace May", "Primorsk"): None, ("Lady August", "Tartus"): None}
    # (a day told right after a name is no part of it)
    g = facts_of("The tanker Kira May 4 docked at Tartus.", date="2025-06-11")
    assert names(g, "Vessel") == {"Kira"}
    h = facts_of("The tanker Grace loaded at Primorsk in May.", date="2025-06-11")
    assert dated(h, "PortCall") == {("Grace", "Primorsk"): "2025-05"}


def test_ships_told_by_the_port_they_were_at_then_named() -> None:
    f = facts_of("Ships at Tartus in May included the Wren Star and the Lark Sun.", date="2025-06-11")
    assert dated(f, "PortCall") == {("Wren Star", "Tartus"): "2025-05", ("Lark Sun", "Tartus"): "2025-05"}
    g = facts_of("Ships seen at Tartus were the Wren Star and the Lark Sun, but the tanker Kite Sun was at "
                 "Latakia.", date="2025-06-11")
    assert calls(g) == {("Wren Star", "Tartus"), ("Lark Sun", "Tartus"), ("Kite Sun", "Latakia")}


def test_catch_received_at_sea_from_jiggers_named_then_or_after() -> None:
    f = facts_of("Investigators documented the reefer Lark Polar receiving frozen squid from the jiggers "
                 "Wren Hai 8 and Wren Hai 12 off Argentina in September.", date="2024-11-02")
    assert sorted(tuple(e["vessels"]) for e in kinds(f, "ShipToShipTransfer")) == [
        ("Lark Polar", "Wren Hai 12"), ("Lark Polar", "Wren Hai 8")]
    for after in ("Among the fishing vessels were", "They included"):
        g = facts_of("The reefer Lark Polar received frozen squid from at least six jiggers off Argentina "
                     f"in September. {after} the Wren Hai 8 and the Wren Hai 12.", date="2024-11-02")
        assert sorted((tuple(e["vessels"]), e["date"]) for e in kinds(g, "ShipToShipTransfer")) == [
            (("Lark Polar", "Wren Hai 12"), "2024-09"), (("Lark Polar", "Wren Hai 8"), "2024-09")], after
    # (ships named after a group that passed nothing at sea)
    h = facts_of("The reefer Lark Polar sailed with six jiggers off Argentina in September. They included "
                 "the Wren Hai 8 and the Wren Hai 12.", date="2024-11-02")
    assert kinds(h, "ShipToShipTransfer") == []


def test_a_cargo_s_origin_told_as_a_port_described_or_in_the_next_paragraph() -> None:
    f = facts_of("The LPG carrier Kite Gas discharged at Chattogram in mid-February.\n\nThe cargo originated "
                 "at the Russian Baltic port of Ust-Luga, according to the data.", date="2025-03-05")
    assert transfers(f) == {("Kite Gas", "Ust-Luga", "Chittagong")}  # (its name in the index)
    # (an origin shown by forged papers is none)
    g = facts_of("The tanker Nova Kite delivered the oil to Dalian in 2022.\n\nThe defendants falsified "
                 "documents to show that the oil came from Iraq.", date="2025-03-05")
    assert transfers(g) == {("Nova Kite", None, "Dalian")}


def test_a_ship_told_by_its_signal_s_name_and_the_name_it_had() -> None:
    f = facts_of("The tanker broadcasting as WREN LIGHT (MMSI 273456780) is the former LARK LIGHT, IMO "
                 "9022881.", date="2025-05-12")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.imo, ship.aliases) == ("WREN LIGHT", "9022881", ["LARK LIGHT"])
    g = facts_of("The Lark Light was the former flagship of the company.", date="2025-05-12")
    assert names(g, "Vessel") == set()


def test_two_calls_listed_then_both_cargoes_delivered() -> None:
    f = facts_of("The tanker Wren Light made two calls at Kozmino, on March 2 and April 19, and delivered "
                 "both cargoes to Yantai.", date="2025-05-12")
    assert sorted(e["date"] for e in kinds(f, "PortCall") if e["port"] == "Kozmino") == [
        "2025-03-02", "2025-04-19"]
    assert [(e["port"], e["date"]) for e in kinds(f, "PortCall") if e["port"] == "Yantai"] == [
        ("Yantai", "2025-04-19/2025-05-12")]
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]


def test_a_gap_in_a_timeline_of_one_ship_dated_in_iso_form() -> None:
    f = facts_of("2024-05-03: The tanker Jin Hai Lark arrives at Nakhodka.\n2024-05-06: Departs Nakhodka.\n"
                 "2024-05-11: AIS signal lost in the Sea of Japan.", date="2024-07-01")
    assert [(e["vessel"], e["location"], e["date"]) for e in kinds(f, "AISGap")] == [
        ("Jin Hai Lark", "Sea of Japan", "2024-05-11")]
    # (a timeline of two ships: whose gap it is, the text does not say)
    g = facts_of("2024-05-03: The tanker Jin Hai Lark arrives at Nakhodka.\n2024-05-04: The tanker Lark "
                 "Sun arrives at Nakhodka.\n2024-05-11: AIS signal lost in the Sea of Japan.",
                 date="2024-07-01")
    assert kinds(g, "AISGap") == []


def test_respectively_pairs_each_list_of_ports_with_the_ships() -> None:
    f = facts_of("The bulk carriers Sea Lark and Sea Wren loaded wheat at Taganrog and Port Kavkaz in early "
                 "September and discharged at Bandirma and Samsun respectively.", date="2024-09-30")
    assert transfers(f) == {("Sea Lark", "Taganrog", "Bandirma"), ("Sea Wren", "Kavkaz", "Samsun")}
    assert calls(f) == {("Sea Lark", "Taganrog"), ("Sea Wren", "Kavkaz"), ("Sea Lark", "Bandirma"),
                        ("Sea Wren", "Samsun")}


def test_ships_linked_to_a_trade_made_no_voyage_of_it() -> None:
    f = facts_of("The cargo ship Pyong Wren has been linked by UN investigators to illicit coal exports to "
                 "China.", date="2025-03-03")
    assert transfers(f) == set()
    g = facts_of("The cargo ship Pyong Wren, owned by a firm tied to the army, shipped coal to China in "
                 "May.", date="2025-03-03")
    assert transfers(g) == {("Pyong Wren", None, "China")}


def test_a_cargo_unloaded_then_its_carrier_named() -> None:
    f = facts_of("A cargo of anthracite unloaded at the Chinese port of Lanshan in October originated in "
                 "North Korea. The coal was carried by the Togo-flagged Lark Grace, which loaded it at "
                 "Chongjin in late September.", date="2024-12-12")
    assert dated(f, "PortCall") == {("Lark Grace", "Lanshan"): "2024-10",
                                    ("Lark Grace", "Chongjin"): "2024-09-21/2024-09-30"}
    assert transfers(f) == {("Lark Grace", "Chongjin", "Lanshan")}
    # (a cargo unloaded by a ship named with it is that ship's)
    g = facts_of("The tanker Kite Sun unloaded a cargo at Lanshan in October. The coal was carried by the "
                 "Lark Grace.", date="2024-12-12")
    assert calls(g) == {("Kite Sun", "Lanshan")}


def test_a_scene_at_one_port_of_two_told_before_a_ship_s_deed() -> None:
    f = facts_of("Loadings of fuel oil at Vysotsk rose in June as several tankers diverted from Ust Luga, "
                 "where a drone attack disrupted operations. The tanker Lark Sun loaded 100,000 tonnes on "
                 "June 9.", date="2025-07-14")
    assert dated(f, "PortCall") == {("Lark Sun", "Vysotsk"): "2025-06-09"}


def test_a_ship_seen_doing_what_ships_do_is_named() -> None:
    f = facts_of("Workers saw the Lark Sun unloading crates at night at the port of Tartus.",
                 date="2025-02-17")
    assert calls(f) == {("Lark Sun", "Tartus")}
    g = facts_of("Workers watched the Lark Sun dock at Tartus.", date="2025-02-17")
    assert calls(g) == {("Lark Sun", "Tartus")}
    h = facts_of("Residents saw the Kremlin loading its propaganda onto state television.", date="2025-02-17")
    assert names(h, "Vessel") == set()


def test_one_of_a_counted_group_named_with_a_load_told_by_its_size() -> None:
    f = facts_of("At least 14 tankers loaded Venezuelan oil in March. Among them was the Kite Alba, which "
                 "took 1.9 million barrels of Merey crude at the Jose terminal on March 12 and headed east.",
                 date="2025-04-03")
    assert dated(f, "PortCall") == {("Kite Alba", "Jose"): "2025-03-12"}
    g = facts_of("Several officials attended the talks. Among them was the Deputy Minister.",
                 date="2025-04-03")
    assert names(g, "Vessel") == set()


def test_power_seized_and_a_warship_s_boarders_take_no_ship() -> None:
    f = facts_of("The tanker Lark Jade docked at Thilawa. It is the eighth delivery since the junta seized "
                 "power in 2021.", date="2025-01-27")
    assert kinds(f, "Detention") == []
    g = facts_of("Sailors from the destroyer USS Lark Bay boarded a stateless dhow in the Arabian Sea on "
                 "Feb. 10 and seized more than 200 packages of weapons components.", date="2024-02-15")
    assert kinds(g, "Detention") == []
    h = facts_of("Sailors from the destroyer USS Lark Bay boarded the dhow Kite Star in the Arabian Sea on "
                 "Feb. 10.", date="2024-02-15")
    assert [e["target"] for e in kinds(h, "Detention")] == ["Kite Star"]


def test_a_cargo_that_arrived_at_a_port_near_a_city_aboard_a_ship() -> None:
    f = facts_of("A shipment of aviation fuel arrived at the Thilawa port near Yangon on 4 January aboard "
                 "the tanker Lark Jade, which had loaded it at a terminal in Singapore in late December.",
                 date="2025-01-27")
    assert dated(f, "Transfer") == {("Lark Jade", "Singapore", "Thilawa"): "2024-12-21/2025-01-04"}


def test_goods_moved_between_ports_with_no_ship_then_the_crossing_s_ship() -> None:
    f = facts_of("Iranian-made drones have been moved across the Caspian Sea from Amirabad to Makhachkala, "
                 "analysts say.", date="2024-05-15")
    assert transfers(f) == {(None, "Amirabad", "Makhachkala")}
    g = facts_of("Iranian-made drones have been moved across the Caspian Sea from Amirabad to Makhachkala, "
                 "analysts say. In one case, the cargo ship Port Lark made the crossing in three days in "
                 "March before unloading at Makhachkala.", date="2024-05-15")
    assert transfers(g) == {("Port Lark", "Amirabad", "Makhachkala")}
    h = facts_of("The meeting was moved from Moscow to Tehran.", date="2024-05-15")
    assert transfers(h) == set()


def test_one_of_a_group_of_dredgers_named_in_an_aside() -> None:
    f = facts_of("The coast guard expelled 12 Chinese sand dredgers from waters off the Matsu islands in "
                 "April. One of them, the Lark Sand 3, was detained on April 22 and towed to the port of "
                 "Nangan.", date="2025-04-30")
    assert [(e["target"], e["date"]) for e in kinds(f, "Detention")] == [("Lark Sand 3", "2025-04-22")]
    g = facts_of("The coast guard met 12 fishermen's leaders in April. One of them, the Lark Sand Group, "
                 "was fined on April 22.", date="2025-04-30")
    assert names(g, "Vessel") == set()


def test_the_region_a_port_is_named_after_is_a_place() -> None:
    f = facts_of("The cargo ship Baltic Wren was seen unloading vehicles at the Kaliningrad port of Baltiysk "
                 "between 3 and 7 June.", date="2024-06-18")
    assert calls(f) == {("Baltic Wren", "Baltiysk")}
    assert "Kaliningrad" in names(f, "Place") and "Kaliningrad" not in names(f, "Port")
    g = facts_of("The cargo ship Baltic Wren docked at Kaliningrad on 3 June.", date="2024-06-18")
    assert calls(g) == {("Baltic Wren", "Kaliningrad")}


def test_a_stop_for_bunkers_is_no_cargo_s_origin() -> None:
    for body in ("The tanker Kite Marlin took on bunkers at Ceuta on April 28 before heading to Djibouti, "
                 "where it discharged diesel on May 4.",
                 "The tanker Kite Marlin bunkered at Ceuta and then discharged diesel at Djibouti on May 4.",
                 "The tanker Kite Marlin stopped at Ceuta to take on bunkers before discharging diesel at "
                 "Djibouti on May 4."):
        f = facts_of(body, date="2025-05-06")
        assert ("Kite Marlin", "Ceuta") in calls(f), body
        assert transfers(f) == {("Kite Marlin", None, "Djibouti")}, body
        assert [e.cargo for e in f.events if e.type == "Transfer"] == ["diesel"], body
    g = facts_of("The tanker Kite Marlin took on diesel at Ceuta on April 28 and discharged it at Djibouti "
                 "on May 4.", date="2025-05-06")
    assert transfers(g) == {("Kite Marlin", "Ceuta", "Djibouti")}


def test_two_ships_hull_to_hull_at_sea_likely_passed_cargo() -> None:
    f = facts_of("Aerial photographs taken on August 30 show the tankers Kite Delta and Wren Laconia hull to "
                 "hull in the Laconian Gulf, with fenders deployed between them.", date="2025-09-03")
    assert [(e["vessels"], e["location"], e["date"], e["confidence"])
            for e in kinds(f, "ShipToShipTransfer")] == [
        (["Kite Delta", "Wren Laconia"], "Laconian Gulf", "2025-08-30", "likely")]
    g = facts_of("The tankers Kite Delta and Wren Laconia sailed hull to hull through the Bosphorus on "
                 "August 30.", date="2025-09-03")
    assert kinds(g, "ShipToShipTransfer") == []


def test_ships_in_a_gapped_list_each_did_what_the_first_did() -> None:
    f = facts_of("The Wren Vale unloaded at Paradip on September 24, the Lark Isle at Vadinar two days "
                 "later, and the Kite Fjord at Sikka on September 28.", date="2025-10-02")
    assert {"Wren Vale", "Lark Isle", "Kite Fjord"} <= names(f, "Vessel")
    assert dated(f, "PortCall") == {("Wren Vale", "Paradip"): "2025-09-24",
                                    ("Lark Isle", "Vadinar"): "2025-09-26",
                                    ("Kite Fjord", "Sikka"): "2025-09-28"}
    g = facts_of("The tanker Wren Sun loaded at Kozmino in March, the Lark Moon in April and the Kite Star "
                 "in June.", date="2025-10-02")
    assert dated(g, "PortCall") == {("Wren Sun", "Kozmino"): "2025-03", ("Lark Moon", "Kozmino"): "2025-04",
                                    ("Kite Star", "Kozmino"): "2025-06"}
    # (who tells it, and where, is no ship and no call)
    h = facts_of("The tanker Wren Sun docked at Sikka on May 3, the Indian Express in Mumbai reported.",
                 date="2025-10-02")
    assert calls(h) == {("Wren Sun", "Sikka")} and names(h, "Vessel") == {"Wren Sun"}
    k = facts_of("The tanker Wren Sun arrived in Tartus in May, the Ministry in Damascus said.",
                 date="2025-10-02")
    assert names(k, "Vessel") == {"Wren Sun"}


def test_a_cargo_loaded_at_a_port_on_a_voyage_still_under_way() -> None:
    for body in ("A second tanker, the Lark Neva, is sailing towards Cuba with a cargo loaded at Ust-Luga on "
                 "May 3.",
                 "The tanker Lark Neva is now steaming to Cuba carrying crude loaded at Ust-Luga on May 3."):
        f = facts_of(body, date="2025-06-01")
        assert dated(f, "PortCall") == {("Lark Neva", "Ust-Luga"): "2025-05-03"}, body
    for body in ("The tanker Lark Neva may carry crude loaded at Ust-Luga.",
                 "The tanker Lark Neva did not sail to Cuba with crude loaded at Ust-Luga."):
        assert calls(facts_of(body, date="2025-06-01")) == set(), body


def test_a_ship_told_by_its_former_name_then_renamed() -> None:
    f = facts_of("The tanker formerly known as Wren Star, sanctioned by the United States in February, has "
                 "been renamed Lark Sun and reflagged to Gabon. It loaded crude at Novorossiysk on May 3.",
                 date="2024-06-01")
    ships = [e for e in f.entities if e.type == "Vessel"]
    assert [(e.name, e.aliases, e.flag) for e in ships] == [("Lark Sun", ["Wren Star"], "GAB")]
    assert calls(f) == {("Lark Sun", "Novorossiysk")}
    # (a port renamed is no ship)
    g = facts_of("The port formerly known as Illichivsk has been renamed Chornomorsk.", date="2024-06-01")
    assert names(g, "Vessel") == set()


def test_a_cargo_sourced_from_a_terminal_in_a_port() -> None:
    f = facts_of("Tracking data show the tanker Kite Amber discharged jet fuel at the port of Thilawa on "
                 "May 2.\n\nEach cargo was sourced from a storage terminal in Singapore, the data show.",
                 date="2025-05-21")
    assert transfers(f) == {("Kite Amber", "Singapore", "Thilawa")}
    g = facts_of("Tracking data show the tanker Kite Amber discharged jet fuel at the port of Thilawa on "
                 "May 2. Its captain lives in a village in Singapore.", date="2025-05-21")
    assert transfers(g) == {("Kite Amber", None, "Thilawa")}


def test_claims_rejected_or_reports_disputed_are_denials() -> None:
    for body in ("Officials rejected claims that the tanker Kite Sol had called at Nampo in May.",
                 "The owner disputed reports that the tanker Kite Sol called at Nampo in May.",
                 "The ministry dismissed as baseless allegations that the tanker Kite Sol called at Nampo."):
        assert calls(facts_of(body, date="2024-06-01")) == set(), body
    f = facts_of("The panel rejected the ship's paperwork and found that the tanker Kite Sol called at Nampo "
                 "in May.", date="2024-06-01")
    assert calls(f) == {("Kite Sol", "Nampo")}


def test_a_ship_pulled_alongside_one_told_lying_at_sea_just_before() -> None:
    f = facts_of("On a morning in May, the tanker Lark Meridian lay off Kalamata with its transponder "
                 "silent.\n\nA second tanker, the Wren Coral, pulled alongside. Over the next two days, "
                 "about 700,000 barrels of Iranian crude were pumped from one ship to the other.",
                 date="2025-06-30")
    assert [(e["vessels"], e["location"], e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Lark Meridian", "Wren Coral"], "Kalamata", "2025-05")]
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["Iranian crude"]
    g = facts_of("The tanker Kite Sol lay off Kalamata on May 3. The Wren Moon pulled alongside.",
                 date="2025-06-30")
    assert [e["vessels"] for e in kinds(g, "ShipToShipTransfer")] == [["Kite Sol", "Wren Moon"]]
    # (those who work at sea are no ship)
    h = facts_of("The tanker Kite Sol docked at Piraeus on May 3. The Harbour Master came alongside in a "
                 "launch.", date="2025-06-30")
    assert names(h, "Vessel") == {"Kite Sol"}


def test_cargo_pumped_from_one_ship_to_the_other() -> None:
    f = facts_of("The tankers Kite Sol and Wren Moon met off Kalamata on May 3. About 700,000 barrels of "
                 "Iranian crude were pumped from one ship to the other.", date="2025-06-30")
    assert [(e["vessels"], e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        (["Kite Sol", "Wren Moon"], "2025-05-03")]
    g = facts_of("The tankers Kite Sol and Wren Moon met off Kalamata on May 3. Crew members were moved "
                 "from one ship to the other by launch.", date="2025-06-30")
    assert kinds(g, "ShipToShipTransfer") == []


def test_a_rate_after_a_cargo_is_no_part_of_it() -> None:
    for rate in ("per month", "a month", "each month"):
        f = facts_of(f"Russia exported 2 million tonnes of wheat {rate} to Egypt in 2023.", date="2024-06-01")
        assert [e.cargo for e in f.events if e.type == "Transfer"] == ["wheat"], rate
    g = facts_of("Russia exported 2 million tonnes of wheat to Egypt in 2023.", date="2024-06-01")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["wheat"]


def test_ships_that_sailed_from_a_port_in_a_gapped_list() -> None:
    f = facts_of("The tanker Kite Vista left Jose on December 9, the Lark Summit on December 20 and the Wren "
                 "Crest a week later.", date="2024-02-05")
    assert dated(f, "PortCall") == {("Kite Vista", "Jose"): "2023-12-09",
                                    ("Lark Summit", "Jose"): "2023-12-20",
                                    ("Wren Crest", "Jose"): "2023-12-24/2023-12-30"}
    g = facts_of("The tanker Kite Vista left Jose on December 9 and the Navy in Caracas said nothing.",
                 date="2024-02-05")
    assert names(g, "Vessel") == {"Kite Vista"}


def test_both_discharged_via_transfers_at_sea_each_its_own() -> None:
    f = facts_of("The VLCC Kite Vista sailed from Jose on December 9 and the Lark Summit on December 20. "
                 "Both discharged via ship-to-ship transfers off Tanjung Pelepas in January.",
                 date="2024-02-05")
    assert kinds(f, "ShipToShipTransfer") == []
    g = facts_of("The VLCC Kite Vista sailed from Jose on December 9 and the Lark Summit on December 20. "
                 "Both met off Tanjung Pelepas in January for a ship-to-ship transfer with each other.",
                 date="2024-02-05")
    assert [e["vessels"] for e in kinds(g, "ShipToShipTransfer")] == [["Kite Vista", "Lark Summit"]]


def test_a_port_named_in_apposition_after_a_port_word() -> None:
    f = facts_of("The tanker Wren Harbor last called at a UK port, Milford Haven, in October 2024.",
                 date="2025-03-12")
    assert dated(f, "PortCall") == {("Wren Harbor", "Milford Haven"): "2024-10"}
    g = facts_of("The tanker Wren Harbor was denied entry to a UK port, Milford Haven, in October 2024.",
                 date="2025-03-12")
    assert calls(g) == set()


def test_a_lead_s_nation_is_the_flag_of_the_ship_named_after() -> None:
    f = facts_of("SEOUL, Oct. 15 -- A North Korean cargo vessel suspected of carrying weapons was spotted at "
                 "a Russian port in early October. The ship, named Kite Bong, was seen docked at Rajin on "
                 "Sept. 30.", date="2023-10-15")
    assert [(e.name, e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"] == [
        ("Kite Bong", "PRK", "cargo vessel")]
    g = facts_of("A Greek-owned tanker was hit off Hodeidah. The ship, named Kite Tutor, was taking on "
                 "water.", date="2024-06-14")
    assert [(e.name, e.flag) for e in g.entities if e.type == "Vessel"] == [("Kite Tutor", None)]


def test_one_of_a_group_at_a_port_identified_by_name() -> None:
    f = facts_of("Satellite imagery shows two Iranian tankers moored at the Baniyas oil terminal on "
                 "September 6. One of them has been identified as the Lark Sahel.", date="2024-09-10")
    assert dated(f, "PortCall") == {("Lark Sahel", "Baniyas"): "2024-09-06"}
    g = facts_of("Satellite imagery shows two Iranian tankers moored at the Baniyas oil terminal on "
                 "September 6. One of them has been sanctioned by the United States.", date="2024-09-10")
    assert names(g, "Vessel") == set()


def test_a_storage_unit_and_a_hedged_transfer_s_cargo() -> None:
    f = facts_of("The tanker Kite Frost was anchored near Murmansk in November, where Iranian crude "
                 "appears to have been transferred to the storage unit Lark Saam.", date="2024-12-01")
    assert [(e.name, e.vessel_type) for e in f.entities if e.type == "Vessel"] == [
        ("Kite Frost", "tanker"), ("Lark Saam", "storage unit")]
    assert [(e.cargo, e.confidence) for e in f.events if e.type == "ShipToShipTransfer"] == [
        ("Iranian crude", "likely")]
    g = facts_of("The tankers Kite Sol and Wren Moon met off Kalamata on May 3. Coal was transferred between "
                 "the two ships.", date="2024-06-01")
    assert [e.cargo for e in g.events if e.type == "ShipToShipTransfer"] == ["coal"]


def test_a_ship_s_kind_and_flag_in_brackets_after_its_name() -> None:
    f = facts_of("- Wren Halo (Aframax, Gabon): loaded Ust-Luga 14 Jun; now off Port Said.\n"
                 "- Kite Arc (VLCC, Panama): STS with Wren Halo off Port Said planned for 5 Jul.",
                 date="2025-07-02")
    assert {(e.name, e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"} == {
        ("Wren Halo", "GAB", "aframax"), ("Kite Arc", "PAN", "VLCC")}
    assert kinds(f, "ShipToShipTransfer") == []  # (planned, told after it)
    g = facts_of("The Wren Halo (tanker, Sovcomflot) loaded at Primorsk on May 3.", date="2025-07-02")
    assert [(e.name, e.flag, e.vessel_type) for e in g.entities if e.type == "Vessel"] == [
        ("Wren Halo", None, "tanker")]
    h = facts_of("The tanker Kite Arc transferred diesel to the Wren Halo off Port Said despite the "
                 "scheduled inspection.", date="2025-07-02")
    assert [e["vessels"] for e in kinds(h, "ShipToShipTransfer")] == [["Kite Arc", "Wren Halo"]]


def test_a_transfer_at_sea_where_a_ship_sailed_to_a_sea() -> None:
    f = facts_of("In March 2019 the DPRK-flagged Kite Sangwon loaded coal at Nampho and sailed to the Gulf "
                 "of Tonkin, where it transferred the coal to the Vietnam-flagged Lark Haiphong in a "
                 "ship-to-ship operation on 24 March.", date="2019-05-10")
    assert [(e["location"], e["date"]) for e in kinds(f, "ShipToShipTransfer")] == [
        ("Gulf of Tonkin", "2019-03-24")]


def test_each_ship_s_load_is_its_own_clause_s() -> None:
    f = facts_of("This week the bulk carrier Kite Danube loaded corn at Pivdennyi, while the Wren Bug took "
                 "wheat at Odesa. The Wren Bug arrived in Istanbul on Tuesday.", date="2023-12-20")
    assert {(e.vessel, e.cargo) for e in f.events if e.type == "Transfer"} >= {
        (next(x.id for x in f.entities if x.name == "Wren Bug"), "wheat")}
    assert transfers(f) >= {("Wren Bug", "Odesa", "Istanbul")}


def test_a_seizure_under_a_previous_name_is_another_episode() -> None:
    f = facts_of("Iran's navy said it had seized the tanker Kite Oman on a court order. The same ship, under "
                 "a previous name, was confiscated by the United States in 2023.", date="2024-01-12")
    assert sorted(str(e.get("date")) for e in kinds(f, "Detention")) == ["2023", "None"]
    g = facts_of("The Revolutionary Guards released the tanker Kite Oman ten months after seizing it. The "
                 "ship was taken by the Guards in May 2022.", date="2023-03-12")
    assert [e["date"] for e in kinds(g, "Detention")] == ["2022-05"]


def test_a_second_meeting_alongside_another_ship_at_its_own_time() -> None:
    f = facts_of("The Russian tanker Lark Nakhodka delivered refined petroleum to North Korean tankers in "
                 "May. Imagery from April 9 shows it alongside the DPRK-flagged Kite Chong, and on May 2 "
                 "alongside the Wren Sun Bong.", date="2024-05-14")
    assert sorted((e["vessels"][1], e["date"]) for e in kinds(f, "ShipToShipTransfer")) == [
        ("Kite Chong", "2024-04-09"), ("Wren Sun Bong", "2024-05-02")]
    g = facts_of("Imagery from April 9 shows the tanker Lark Nakhodka alongside the Kite Chong, and on May 2 "
                 "it was seen alongside a pier at Nakhodka.", date="2024-05-14")
    assert [e["vessels"] for e in kinds(g, "ShipToShipTransfer")] == [["Lark Nakhodka", "Kite Chong"]]


def test_a_cargo_split_between_two_ships_named_after_it_went_from_the_ship_before() -> None:
    f = facts_of("The supertanker Wren Lotus loaded crude at Jose in May. Off Tanjung Pelepas the cargo was "
                 "split between two smaller tankers, the Lark Joy and the Kite Star, on July 24.",
                 date="2024-08-20")
    assert sorted(tuple(e["vessels"]) for e in kinds(f, "ShipToShipTransfer")) == [
        ("Wren Lotus", "Kite Star"), ("Wren Lotus", "Lark Joy")]
    # (two ships of the clause before the cue pass it between them, as before)
    g = facts_of("The tankers Lark Joy and Kite Star met off Johor, where the cargo was split between "
                 "the two ships.", date="2024-08-20")
    assert [sorted(e["vessels"]) for e in kinds(g, "ShipToShipTransfer")] in ([], [["Kite Star", "Lark Joy"]])


def test_a_pronoun_after_a_place_put_first_is_the_ship_told_before() -> None:
    f = facts_of("The supertanker Wren Lotus loaded crude at Jose in May. Off Tanjung Pelepas it transferred "
                 "its cargo to two smaller tankers, the Lark Joy and the Kite Star, on July 24.",
                 date="2024-08-20")
    assert sorted(tuple(e["vessels"]) for e in kinds(f, "ShipToShipTransfer")) == [
        ("Wren Lotus", "Kite Star"), ("Wren Lotus", "Lark Joy")]
    g = facts_of("The tanker Wren Lotus left Jose in May. At Rajin, it unloaded the fuel on June 3.",
                 date="2024-08-20")
    assert calls(g) >= {("Wren Lotus", "Rajin")}


def test_a_ship_that_made_a_share_of_the_trips_told_before_made_that_voyage() -> None:
    f = facts_of("Between August and December, Russian cargo ships made at least 20 round trips between "
                 "Rajin and Russian ports. Most of the cargo was landed at night.\n\nThe Wren Taiga made at "
                 "least eleven of those voyages.", date="2024-02-27")
    assert "Wren Taiga" in names(f, "Vessel")
    assert transfers(f) == {("Wren Taiga", "Rajin", "Russia")}
    assert calls(f) == {("Wren Taiga", "Rajin")}
    # (none of them: no voyage)
    g = facts_of("Russian cargo ships made 20 round trips between Rajin and Dunai last year. The Wren Taiga "
                 "made none of those voyages.", date="2024-02-27")
    assert transfers(g) == set()
    # (nor a ship's share of trips told before another ship was named)
    h = facts_of("Russian cargo ships made 20 round trips between Rajin and Dunai last year. The tanker "
                 "Lark Amur refuelled them at Rajin. The Wren Taiga made eleven of those voyages.",
                 date="2024-02-27")
    assert ("Wren Taiga", "Rajin", "Dunai") not in transfers(h)


def test_a_belief_joined_after_a_deed_hedges_only_its_own_clause() -> None:
    f = facts_of("The freighter Wren Bay was loaded in Sevastopol in late June and is believed to be heading "
                 "for Syria.", date="2024-07-10")
    assert [(e["port"], e["confidence"]) for e in kinds(f, "PortCall")] == [("Sevastopol", "reported")]
    # (a belief told first hedges both)
    g = facts_of("The freighter Wren Bay is believed to have loaded grain in Sevastopol in late June and to "
                 "be heading for Syria.", date="2024-07-10")
    assert [(e["port"], e["confidence"]) for e in kinds(g, "PortCall")] == [("Sevastopol", "likely")]


def test_a_ship_said_to_be_now_at_a_place_is_there_on_the_report_s_day() -> None:
    f = facts_of("The tanker Wren Crest discharged at Rizhao in November. Traders said the tanker was now "
                 "anchored off Zhoushan.", date="2025-01-08")
    assert dated(f, "PortCall")[("Wren Crest", "Zhoushan")] == "2025-01-08"
    # (a time told with it still holds)
    g = facts_of("The tanker Wren Crest discharged at Rizhao in November. In December traders said the "
                 "tanker was now anchored off Zhoushan.", date="2025-01-08")
    assert dated(g, "PortCall")[("Wren Crest", "Zhoushan")] == "2024-12"


def test_what_a_ship_took_from_another_at_sea_is_the_cargo_of_the_transfer() -> None:
    f = facts_of("The tanker Kite Ember loaded Urals at Novorossiysk on May 20. The tanker Wren Ash took "
                 "diesel from the Kite Ember in the Laconian Gulf on May 26.", date="2024-06-01")
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["diesel"]
    # (a ship taking part in one tells no cargo: the load the giver took on)
    g = facts_of("The tanker Kite Ember loaded Urals at Novorossiysk on May 20. The tanker Wren Ash took "
                 "part in a transfer from the Kite Ember in the Laconian Gulf on May 26.", date="2024-06-01")
    assert [e.cargo for e in g.events if e.type == "ShipToShipTransfer"] == ["Urals"]


def test_a_ship_that_took_a_cargo_at_sea_carried_it_where_it_sailed_next() -> None:
    f = facts_of("The tanker Wren Ash received crude from the tanker Kite Ember off Malaysia on May 3. It "
                 "then sailed to the Chinese port of Dongying, arriving on May 20.", date="2024-06-01")
    assert transfers(f) == {("Wren Ash", None, "Dongying")}
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [
        ("crude", "2024-05-03/2024-05-20")]
    # (not the ship that gave it: its next port is no delivery of that cargo)
    g = facts_of("The tanker Kite Ember transferred crude to the tanker Wren Ash off Malaysia on May 3. The "
                 "Kite Ember then sailed to Jose, arriving on May 20.", date="2024-06-01")
    assert transfers(g) == set()
    # (nor a port it is only expected at)
    h = facts_of("The tanker Wren Ash received crude from the tanker Kite Ember off Malaysia on May 3. It "
                 "is expected to sail to Dongying.", date="2024-06-01")
    assert transfers(h) == set()


def test_a_log_of_calls_dated_by_arrival_and_departure_noun_columns() -> None:
    f = facts_of("| Vessel | Flag | Port | Arrival | Departure | Cargo |\n|---|---|---|---|---|---|\n"
                 "| Kite Anthracite | Sierra Leone | Nampo | 2024-01-04 | 2024-01-09 | coal |\n"
                 "| Kite Anthracite | Sierra Leone | Ningbo | 2024-01-16 | 2024-01-21 | coal |\n",
                 date="2024-04-10")
    assert dated(f, "PortCall") == {("Kite Anthracite", "Nampo"): "2024-01-04/2024-01-09",
                                    ("Kite Anthracite", "Ningbo"): "2024-01-16/2024-01-21"}
    assert transfers(f) == {("Kite Anthracite", "Nampo", "Ningbo")}
    # (with no port column, departure and arrival columns hold the voyage's two ports)
    g = facts_of("| Vessel | Departure | Arrival |\n|---|---|---|\n| Kite Anthracite | Nampo | Ningbo |\n",
                 date="2024-04-10")
    assert transfers(g) == {("Kite Anthracite", "Nampo", "Ningbo")}


def test_a_list_after_a_colon_names_the_ships_past_an_attribution() -> None:
    f = facts_of("Three ships have been loading grain in Sevastopol every few weeks, according to satellite "
                 "images reviewed by the newspaper: the Wren Alder, the Lark Birch and the Kite Cedar.",
                 date="2023-05-12")
    assert names(f, "Vessel") == {"Wren Alder", "Lark Birch", "Kite Cedar"}
    assert calls(f) == {(n, "Sevastopol") for n in ("Wren Alder", "Lark Birch", "Kite Cedar")}
    # (a list of goods or firms after it names no ships)
    g = facts_of("Three ships have been loading cargo in Sevastopol, according to records seen by the "
                 "newspaper, for the firms that own the grain: the Wren Alder, the Lark Birch and the Kite "
                 "Cedar.", date="2023-05-12")
    assert names(g, "Vessel") == set()


def test_a_further_cargo_to_another_port_with_its_verb_left_out() -> None:
    f = facts_of("The bulk carrier Wren Alder took a cargo of wheat to Latakia in May and a second to Beirut "
                 "in June.", date="2024-07-01")
    assert dated(f, "Transfer") == {("Wren Alder", "Latakia"): "2024-05", ("Wren Alder", "Beirut"): "2024-06"}
    # (another ship is no further cargo of this one)
    g = facts_of("The bulk carrier Wren Alder took wheat to Latakia in May and another ship to Beirut in "
                 "June.", date="2024-07-01")
    assert transfers(g) == {("Wren Alder", None, "Latakia")}


def test_what_others_did_to_a_ship_at_a_port_is_not_what_it_did_there() -> None:
    f = facts_of("The bulk carrier Wren Alder delivered a cargo to Latakia in May and another to Beirut in "
                 "June, where Lebanese authorities briefly held it.", date="2024-07-01")
    assert transfers(f) == {("Wren Alder", None, "Latakia"), ("Wren Alder", None, "Beirut")}
    g = facts_of("The bulk carrier Wren Alder sailed to Beirut in June, where it unloaded wheat.",
                 date="2024-07-01")
    assert transfers(g) == {("Wren Alder", None, "Beirut")}


def test_a_post_s_same_ship_with_no_article_is_the_ship_told_before() -> None:
    f = facts_of("1/ Russian landing ship Lark Kaliningrad spotted southbound in the Bosporus this morning.\n"
                 "2/ Same ship was photographed at Novorossiysk on 14 April.\n"
                 "3/ Previous run: departed Tartus 2 April, arrived Novorossiysk 8 April.\n",
                 date="2025-04-18")
    assert calls(f) == {("Lark Kaliningrad", "Novorossiysk"), ("Lark Kaliningrad", "Tartus")}
    assert dated(f, "PortCall")[("Lark Kaliningrad", "Tartus")] == "2025-04-02"
    assert transfers(f) == {("Lark Kaliningrad", "Tartus", "Novorossiysk")}
    # ("same" inside a sentence, with no article, is no ship told again)
    g = facts_of("The landing ship Lark Kaliningrad left Tartus on 2 April. Officials said same ship "
                 "types were seen at Novorossiysk.", date="2025-04-18")
    assert calls(g) == {("Lark Kaliningrad", "Tartus")}


def test_a_load_a_ship_took_to_a_port_is_a_voyage_there() -> None:
    f = facts_of("The tanker Kite Baltica loaded diesel twice at Ust-Luga and took it to Lome.",
                 date="2024-06-01")
    assert transfers(f) == {("Kite Baltica", "Ust-Luga", "Lome")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["diesel"]  # (not "diesel twice")
    # (a ship captors took somewhere delivered nothing there)
    g = facts_of("Guards seized the tanker Kite Baltica, which had loaded crude at Basra, and took it to "
                 "Bandar Abbas.", date="2024-06-01")
    assert transfers(g) == set()


def test_a_crew_member_of_a_ship_names_it() -> None:
    f = facts_of("Two crew members of the Wren Halo said the tanker had loaded at Primorsk.",
                 date="2024-06-01")
    assert names(f, "Vessel") == {"Wren Halo"}
    assert calls(f) == {("Wren Halo", "Primorsk")}
    g = facts_of("Tracking data confirm the Kite Baltica's visits to Lome in April.", date="2024-06-01")
    assert names(g, "Vessel") == {"Kite Baltica"}
    # (a fleet's sailors are no ship's crew)
    h = facts_of("Crew members of the Black Sea Fleet said the ships were ready.", date="2024-06-01")
    assert names(h, "Vessel") == set()


def test_where_a_boarded_ship_s_cargo_was_loaded_is_not_where_it_was_held() -> None:
    f = facts_of("Finnish police on Thursday boarded the tanker Wren Eagle, carrying petrol loaded at "
                 "Ust-Luga and bound for Port Said.", date="2024-12-28")
    assert [e.get("location") for e in kinds(f, "Detention")] == [None]
    g = facts_of("Police detained the tanker Wren Eagle at the port of Porvoo on Thursday.",
                 date="2024-12-28")
    assert [e.get("location") for e in kinds(g, "Detention")] == ["Porvoo"]


def test_a_cargo_loaded_at_a_port_told_of_a_ship_under_way_was_loaded_before_then() -> None:
    f = facts_of("Finnish police on Thursday boarded the tanker Wren Eagle. The vessel, carrying petrol "
                 "loaded at Ust-Luga and bound for Port Said, was escorted to an anchorage near Porvoo.",
                 date="2024-12-28")
    assert dated(f, "PortCall")[("Wren Eagle", "Ust-Luga")] == "2024-11-26/2024-12-26"


def test_one_of_a_group_counted_with_its_flag_flies_it() -> None:
    f = facts_of("At least 14 North Korean-flagged vessels unloaded coal near Ningbo this year. One of them, "
                 "the Wren Pyongwha, made four such trips.", date="2025-06-30")
    assert [(e.name, e.flag) for e in f.entities if e.type == "Vessel"] == [("Wren Pyongwha", "PRK")]
    # (two groups of two flags: which one is not told)
    g = facts_of("At least 14 North Korean-flagged vessels and 5 Panama-flagged tankers were seen near "
                 "Ningbo. One of them, the Wren Pyongwha, made four such trips.", date="2025-06-30")
    assert [(e.name, e.flag) for e in g.entities if e.type == "Vessel"] == [("Wren Pyongwha", None)]


def test_a_ship_leaving_a_port_it_unloaded_at_carries_nothing_known_onward() -> None:
    f = facts_of("The cargo ship Kite Nile docked at Port Sudan on October 9 and unloaded crates. The Kite "
                 "Nile left Port Sudan on October 13 and is now anchored off Jeddah.", date="2024-10-21")
    assert transfers(f) == {("Kite Nile", None, "Port Sudan")}
    # (a load told with the departure still goes on)
    g = facts_of("The tanker Kite Nile unloaded diesel at Lome on May 3. It left Lome on May 6 after loading "
                 "cocoa and sailed to Lagos.", date="2024-06-01")
    assert transfers(g) == {("Kite Nile", None, "Lome"), ("Kite Nile", "Lome", "Lagos")}


def test_the_city_a_port_lies_in_is_no_call_of_its_own() -> None:
    f = facts_of("The cargo ship Kite Nile had called at Khalifa Port in Abu Dhabi in late September.",
                 date="2024-10-21")
    assert calls(f) == {("Kite Nile", "Khalifa Port")}
    # (two ports each of its own call)
    g = facts_of("The cargo ship Kite Nile called at Rotterdam in May and at Antwerp in June.",
                 date="2024-10-21")
    assert calls(g) == {("Kite Nile", "Rotterdam"), ("Kite Nile", "Antwerp")}


def test_a_ship_that_made_such_crossings_as_ships_of_its_kind_sail() -> None:
    f = facts_of("Russian cargo ships have carried drones across the Caspian Sea since 2022. The vessels "
                 "sail from Amirabad on Iran's northern coast to Astrakhan in Russia.\n\nThe Kite Jalil, a "
                 "general cargo ship, made at least six such crossings.", date="2023-08-02")
    assert transfers(f) == {("Kite Jalil", "Amirabad", "Astrakhan")}
    g = facts_of("The vessels sail from Amirabad to Astrakhan. The Kite Jalil made no such crossings.",
                 date="2023-08-02")
    assert transfers(g) == set()


def test_records_that_show_a_ship_leaving_and_docking_tell_its_calls() -> None:
    f = facts_of("The cargo ship Kite Jalil is one of them. Records show it leaving Amirabad on 3 May and "
                 "docking at Astrakhan five days later.", date="2023-08-02")
    assert dated(f, "PortCall") == {("Kite Jalil", "Amirabad"): "2023-05-03",
                                    ("Kite Jalil", "Astrakhan"): "2023-05-08"}


def test_a_second_voyage_with_its_own_cargo_and_end_is_its_own() -> None:
    f = facts_of("The crude tanker now called Kite Horizon has changed its name twice. As Lark Dawn it "
                 "carried Venezuelan crude to Malaysia in 2022; as Wren Dusk it moved Iranian oil to Syria "
                 "in 2023.",
                 date="2024-02-20")
    assert transfers(f) == {("Kite Horizon", "Venezuela", "Malaysia"), ("Kite Horizon", "Iran", "Syria")}
    ship = next(e for e in f.entities if e.name == "Kite Horizon")
    assert sorted(ship.aliases) == ["Lark Dawn", "Wren Dusk"]
    # (a load and its delivery, told once each, are one voyage)
    g = facts_of("The tanker Kite Horizon loaded Venezuelan crude at Jose and delivered it to Malaysia.",
                 date="2024-02-20")
    assert transfers(g) == {("Kite Horizon", "Jose", "Malaysia")}


def test_a_list_line_s_arrival_and_departure_days_date_the_call() -> None:
    f = facts_of("The following vessels called at the Port of Limassol during the week ending January 12:\n"
                 "- Kite Cyprus (Malta), container ship, arrived Jan 6, departed Jan 8.\n"
                 "- Lark Troodos (Liberia), bulk carrier, arrived Jan 9, still in port.\n", date="2025-01-15")
    assert dated(f, "PortCall") == {("Kite Cyprus", "Limassol"): "2025-01-06/2025-01-08",
                                    ("Lark Troodos", "Limassol"): "2025-01-09"}


def test_the_following_year_is_the_year_after_the_time_told_before() -> None:
    f = facts_of("The tanker Kite Horizon carried crude to Malaysia in 2022 and moved oil to Syria the "
                 "following year.", date="2024-02-20")
    assert dated(f, "Transfer") == {("Kite Horizon", "Malaysia"): "2022", ("Kite Horizon", "Syria"): "2023"}
    # (the following month, as before)
    g = facts_of("The tanker Kite Horizon called at Jose in May 2022 and at Havana the following month.",
                 date="2024-02-20")
    assert dated(g, "PortCall")[("Kite Horizon", "Havana")] == "2022-06"


def test_a_ship_authorities_held_is_detained() -> None:
    f = facts_of("The bulk carrier Wren Alder sailed to Beirut in June, where Lebanese authorities briefly "
                 "held it.", date="2024-07-01")
    assert [e["date"] for e in kinds(f, "Detention")] == ["2024-06"]
    g = facts_of("The bulk carrier Wren Alder was briefly held by Lebanese authorities at Beirut in June.",
                 date="2024-07-01")
    assert [e.get("location") for e in kinds(g, "Detention")] == ["Beirut"]
    assert len(kinds(facts_of("The bulk carrier Wren Alder was held by police at Beirut in June.",
                              date="2024-07-01"), "Detention")) == 1
    # (held up, held back: delayed, not detained; nor its captain held)
    h = facts_of("The bulk carrier Wren Alder docked at Beirut in June, where authorities held it up for a "
                 "day. Police held its captain for questioning.", date="2024-07-01")
    assert kinds(h, "Detention") == []


def test_a_ship_told_by_its_kind_then_which_one_it_was() -> None:
    for text in ("The receiving vessel on the second occasion was the Wren Savanna, according to the data.",
                 "The tanker involved was the Wren Savanna.",
                 "The ship that collected the fuel was the Wren Savanna."):
        assert names(facts_of(text), "Vessel") == {"Wren Savanna"}, text
    # (a state's or a body's name, a possessive, a common noun: no ship)
    for text in ("The vessel was the United States' largest.", "The tanker was the Kremlin's favourite.",
                 "The vessel was the subject of sanctions.",
                 "The Houthis said they had targeted the ship because it was American-owned."):
        assert names(facts_of(text), "Vessel") == set(), text


def test_two_ships_told_both_flagged_with_no_kind() -> None:
    f = facts_of("The Lark Baikal and the Kite Lena, both Russian-flagged, carried most of the shells.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Lark Baikal": "RUS",
                                                                          "Kite Lena": "RUS"}
    # (firms registered in a state are no ships)
    g = facts_of("Lark Holdings and Kite Trading, both Russian-registered, signed the charter.")
    assert names(g, "Vessel") == set()


def test_a_ship_loading_after_a_sentence_on_loadings_at_a_port_while_heading_on() -> None:
    f = facts_of("Loadings at Kozmino rose to 14 cargoes last week. Among them, the Aframax Wren Pacific "
                 "took on ESPO crude on January 27 and is now heading to Rizhao. The Suezmax Kite Amur, "
                 "which loaded on January 29, has signalled Dongjiakou.", date="2025-02-03")
    assert dated(f, "PortCall") == {("Wren Pacific", "Kozmino"): "2025-01-27",
                                    ("Kite Amur", "Kozmino"): "2025-01-29"}
    assert {e.activity for e in f.events if e.type == "PortCall"} == {"loading"}
    # (a relative clause that is no deed of the ship's; a port of its own: no call at the scene's)
    g = facts_of("Loadings at Kozmino rose last week. The Suezmax Kite Amur, which the Treasury "
                 "sanctioned, has signalled Dongjiakou. The Aframax Wren Pacific took on crude at "
                 "Primorsk on January 27.", date="2025-02-03")
    assert calls(g) == {("Wren Pacific", "Primorsk")}


def test_a_ship_named_before_an_aside_on_its_idling_is_a_ship() -> None:
    f = facts_of("Meanwhile the Lark Okhotsk, idle off Nakhodka since December, finally berthed at "
                 "Kozmino on February 1.", date="2025-02-03")
    assert dated(f, "PortCall")[("Lark Okhotsk", "Kozmino")] == "2025-02-01"


def test_a_former_name_told_with_been_or_originally_and_beside_a_name_ending_in_harbour() -> None:
    def former(text: str) -> dict[str, list[str]]:
        return {e.name: e.former_names for e in facts_of(text).entities if e.type == "Vessel"}
    assert former("A Member State told the Panel that the tanker Wren Harbour had previously been known "
                  "as Kite Star.") == {"Wren Harbour": ["Kite Star"]}
    assert former("The tanker Lark Vale was originally named Kite Bay.") == {"Lark Vale": ["Kite Bay"]}
    assert former("The tanker Lark Harbour, formerly known as Kite Star, loaded at Nampo.") == \
        {"Lark Harbour": ["Kite Star"]}
    # (a port renamed is no ship's name)
    assert former("The port, formerly known as Illichivsk, handled grain.") == {}


def test_a_record_of_inspections_gives_calls_and_detentions() -> None:
    f = facts_of("Vessel: Lark Tide\nIMO: 9187631\nFlag: Cameroon\n"
                 "Last inspection: Novorossiysk, 12 October 2024 (detained, 9 deficiencies)\n"
                 "Previous inspection: Aliaga, 3 June 2024 (no detention)\n"
                 "Previous port: Tartus, 1 June 2024\n", date="2024-12-10")
    assert dated(f, "PortCall") == {("Lark Tide", "Novorossiysk"): "2024-10-12",
                                    ("Lark Tide", "Aliaga"): "2024-06-03",
                                    ("Lark Tide", "Tartus"): "2024-06-01"}
    by_id = {x.id: x.name for x in f.entities}
    assert [(by_id[e.target or ""], by_id[e.location or ""], e.date) for e in f.events
            if e.type == "Detention"] == [("Lark Tide", "Novorossiysk", "2024-10-12")]
    # (a port it is bound for is no call)
    g = facts_of("Vessel: Lark Tide\nNext port: Aliaga\n", date="2024-12-10")
    assert calls(g) == set()


def test_each_ship_of_a_group_that_left_a_port_takes_the_day_its_own_clause_tells() -> None:
    f = facts_of("Two bulk carriers have sailed from Tartus in the past month. The Lark Phoenix left on "
                 "October 20 for Beirut, and the Kite Olive departed on November 2.", date="2022-11-14")
    assert dated(f, "PortCall") == {("Lark Phoenix", "Tartus"): "2022-10-20",
                                    ("Kite Olive", "Tartus"): "2022-11-02"}
    # (no day of its own: the group's time)
    g = facts_of("Two bulk carriers have sailed from Tartus in the past month. The Lark Phoenix and the "
                 "Kite Olive left with phosphate.", date="2022-11-14")
    assert set(dated(g, "PortCall").values()) == {"2022-10-15/2022-11-14"}


def test_a_ship_loaded_with_a_cargo_told_in_an_aside_sails_with_it() -> None:
    f = facts_of("The bulk carrier Lark Phoenix, loaded with phosphate, left Tartus on October 20 for "
                 "Beirut.", date="2022-11-14")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [("phosphate", "2022-10-20")]
    assert transfers(f) == {("Lark Phoenix", "Tartus", "Beirut")}
    g = facts_of("The bulk carrier Lark Phoenix left Tartus for Beirut on October 20 with phosphate.",
                 date="2022-11-14")
    assert transfers(g) == {("Lark Phoenix", "Tartus", "Beirut")}
    # (loaded at a port told in the aside: the voyage from there)
    h = facts_of("The bulk carrier Lark Phoenix, loaded with wheat at Novorossiysk, arrived at Tartus on "
                 "October 20.", date="2022-11-14")
    assert transfers(h) == {("Lark Phoenix", "Novorossiysk", "Tartus")}


def test_a_call_at_one_of_two_places_told_with_or_is_only_possible() -> None:
    f = facts_of("The tanker Kite Ganges discharged at Sikka or Vadinar in May.")
    assert {(e.type, e.confidence) for e in f.events} == {("PortCall", "realistic possibility"),
                                                         ("Transfer", "realistic possibility")}
    assert len(calls(f)) == 2
    # (a place told on its own, and one told as an alternative in another sentence: as reported)
    g = facts_of("The tanker Kite Ganges loaded at Primorsk and sailed to Sikka in May. Tankers of "
                 "the route go to Sikka or Vadinar.")
    assert {e.confidence for e in g.events} == {"reported"}
    h = facts_of("The tanker Kite Ganges unloaded at Sikka in May, and the Lark Indus unloaded at Sikka "
                 "or Vadinar in June.")
    assert {(next(x.name for x in h.entities if x.id == e.vessel), e.confidence) for e in h.events
            if e.type == "PortCall"} == {("Kite Ganges", "reported"), ("Lark Indus", "realistic possibility")}


def test_a_word_that_qualifies_the_noun_after_it_owns_no_ship() -> None:
    f = facts_of("Most are not insured by Western clubs. Others are owned by Greek interests. The tanker "
                 "Kite Sun is owned by Transmorflot.")
    assert names(f, "Organization") == {"Transmorflot"}


def test_a_place_told_as_an_alternative_and_again_on_its_own_stays_as_told() -> None:
    f = facts_of("The tanker Kite Ganges usually discharges at Sikka or Vadinar. In July the tanker "
                 "unloaded at Vadinar on July 28.", date="2024-09-01")
    assert {e.confidence for e in f.events if e.type == "PortCall" and e.date == "2024-07-28"} == \
        {"reported"}


def test_a_ship_held_on_suspicion_of_a_transfer_at_sea() -> None:
    f = facts_of("South Korean authorities have detained the tanker Wren Lighthouse at the port of Yeosu, "
                 "suspecting that it transferred 600 tonnes of refined oil to the North Korean vessel "
                 "Kite Sambong at sea in October.", date="2019-12-28")
    by_id = {e.id: e.name for e in f.entities}
    # (the ship held; not the one it is suspected of meeting, nor at the time of the suspicion)
    assert [(by_id[e.target or ""], e.date) for e in f.events if e.type == "Detention"] == \
        [("Wren Lighthouse", None)]
    assert [(e.date, e.confidence, e.location) for e in f.events if e.type == "ShipToShipTransfer"] == \
        [("2019-10", "realistic possibility", None)]
    g = facts_of("Police detained the tanker Wren Lighthouse at Yeosu in December on suspicion that it "
                 "had passed oil to the Kite Sambong in October.", date="2019-12-28")
    assert [e.date for e in g.events if e.type == "Detention"] == ["2019-12"]
    # (at sea off a port: there)
    h = facts_of("The tanker Wren Lighthouse transferred oil to the Kite Sambong at sea off Yeosu in "
                 "October.", date="2019-12-28")
    assert [by_id_h for e in h.events if e.type == "ShipToShipTransfer"
            for by_id_h in [next(x.name for x in h.entities if x.id == e.location)]] == ["Yeosu"]


def test_a_load_told_as_what_it_was_taken_for() -> None:
    f = facts_of("The tanker Lark Sevastopol departed Novorossiysk on March 29 with what is likely to be "
                 "diesel, tracking data indicate. It arrived at Baniyas on April 12.", date="2024-04-30")
    assert {(e.type, e.cargo, e.confidence) for e in f.events} == {
        ("PortCall", None, "reported"), ("Transfer", "diesel", "likely")}
    g = facts_of("The cargo ship Lark Sparta left Tartus on March 2 carrying what appeared to be military "
                 "vehicles and arrived at Novorossiysk on March 9.", date="2024-04-30")
    assert [(e.cargo, e.confidence) for e in g.events if e.type == "Transfer"] == \
        [("military vehicles", "likely")]
    # (a load told as it is: as reported)
    h = facts_of("The cargo ship Lark Sparta left Tartus on March 2 carrying military vehicles and "
                 "arrived at Novorossiysk on March 9.", date="2024-04-30")
    assert {e.confidence for e in h.events} == {"reported"}


def test_a_ship_that_left_laden_and_is_heading_to_a_place_is_under_way_there() -> None:
    f = facts_of("The bulk carrier Wren Odesa left Chornomorsk on February 20 with 33,000 tonnes of corn "
                 "and is heading to Tunisia.", date="2023-03-02")
    assert transfers(f) == {("Wren Odesa", "Chornomorsk", "Tunisia")}
    assert calls(f) == {("Wren Odesa", "Chornomorsk")}
    # (a plan is no voyage's end)
    g = facts_of("The bulk carrier Wren Odesa left Chornomorsk on February 20 with corn and is expected "
                 "to head to Tunisia.", date="2023-03-02")
    assert transfers(g) == {("Wren Odesa", "Chornomorsk", None)}


def test_an_image_caption_with_no_verb_tells_what_it_shows() -> None:
    body = ("Image 1: The Lark Azure (left) alongside the Wren Ocean (right) at 05:12 UTC on 14 March 2024, "
            "about 30 nautical miles east of Malta.\n"
            "Image 2: The Wren Ocean at anchor off Ceuta on 17 March 2024.\n")
    f = facts_of(body, date="2024-03-20")
    assert sts_events(f) == [(frozenset({"Lark Azure", "Wren Ocean"}), None, 1)]
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2024-03-14"]
    assert dated(f, "PortCall") == {("Wren Ocean", "Ceuta"): "2024-03-17"}
    # (the quotes are the document's own, marks and all)
    assert next(e for e in f.events if e.type == "ShipToShipTransfer").evidence[0].text.startswith(
        "Image 1: The Lark Azure (left) alongside")
    # (a caption of a port, or of ships not named: nothing read in)
    g = facts_of("Image 3: The port of Ceuta at dawn.\nImage 4: Russian warships off Tartus in 2023.\n")
    assert g.events == [] and names(g, "Vessel") == set()


def test_a_name_whose_it_does_what_ships_do_in_the_next_sentence_is_a_ship() -> None:
    f = facts_of("For months the Wren Harmony played cat and mouse with the authorities. It took on "
                 "Iranian condensate off Kharg Island in early January.", date="2025-03-14")
    assert names(f, "Vessel") == {"Wren Harmony"}
    assert calls(f) == {("Wren Harmony", "Kharg Island")}
    # (who publishes, or a name told with another's deed in between: no ship)
    for text in ("In May the Guardian published the files. It called at Tartus, the files say.",
                 "The Kite Forum met in Geneva. The tanker Lark Bay then docked at Tartus. It loaded "
                 "wheat."):
        assert "Guardian" not in names(facts_of(text), "Vessel") and \
            "Kite Forum" not in names(facts_of(text), "Vessel"), text


def test_a_deed_a_ship_went_on_to_do_has_its_own_time() -> None:
    f = facts_of("The tanker Wren Harmony re-emerged near Singapore in February. There it pumped the "
                 "condensate into the Kite Pearl, a larger tanker that went on to unload in Dalian on "
                 "March 2.", date="2025-03-14")
    assert [e.date for e in f.events if e.type == "ShipToShipTransfer"] == ["2025-02"]
    assert dated(f, "PortCall")[("Kite Pearl", "Dalian")] == "2025-03-02"


def test_a_load_read_in_the_voyages_second_sentence_hedges_it() -> None:
    f = facts_of("Satellite pictures from April 12 show the oil products tanker Lark Sevastopol moored at "
                 "the oil terminal in Baniyas. The ship departed Novorossiysk on March 29 with what is "
                 "likely to be diesel, tracking data indicate.", date="2024-04-30")
    assert [(e.cargo, e.confidence) for e in f.events if e.type == "Transfer"] == [("diesel", "likely")]


def test_a_load_taken_at_sea_and_passed_on_to_a_third_ship() -> None:
    f = facts_of("The Kite Aegean received about 700,000 barrels from the Lark Baltika on January 21, and "
                 "two days later transferred them to the Wren Hellas.", date="2024-02-01")
    assert sorted((sorted(v for v in pair), d) for pair, d in
                  ((names_of(f, e.vessels), e.date) for e in f.events if e.type == "ShipToShipTransfer")) == [
        (["Kite Aegean", "Lark Baltika"], "2024-01-21"), (["Kite Aegean", "Wren Hellas"], "2024-01-23")]
    # (passed on ashore, or by another ship: no second meeting of the first)
    g = facts_of("The Kite Aegean received about 700,000 barrels from the Lark Baltika on January 21, and "
                 "the Wren Hellas later took on diesel at Kalamata.", date="2024-02-01")
    assert len([e for e in g.events if e.type == "ShipToShipTransfer"]) == 1


def test_two_days_weeks_apart_joined_by_and_are_two_occasions() -> None:
    f = facts_of("The tanker Lark Irrawaddy delivered two of them, arriving at Thilawa on 12 February and "
                 "30 April.", date="2024-08-20")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == ["2024-02-12", "2024-04-30"]
    # (days close together, a span between two days, months: one span)
    for text, span in (("The tanker Lark Irrawaddy berthed at Thilawa on 30 June and 2 July.",
                        "2024-06-30/2024-07-02"),
                       ("The tanker Lark Irrawaddy was at Thilawa between 12 February and 30 April.",
                        "2024-02-12/2024-04-30"),
                       ("The tanker Lark Irrawaddy called at Thilawa in May and June.", "2024-05/2024-06")):
        assert [e.date for e in facts_of(text, date="2024-08-20").events if e.type == "PortCall"] == \
            [span], text


def test_a_gap_begun_after_a_deed_told_before_runs_from_its_time() -> None:
    f = facts_of("The vessel Wren Taedong loaded coal at Taean on 2 October 2019. It then turned off its "
                 "AIS transmitter and reappeared on 9 October off Lianyungang.", date="2020-03-30")
    assert [e.date for e in f.events if e.type == "AISGap"] == ["2019-10-02/2019-10-09"]
    # (in another paragraph: only the time the gap's own sentence tells)
    g = facts_of("The vessel Wren Taedong loaded coal at Taean on 2 October 2019.\n\nIt then turned off "
                 "its AIS transmitter and reappeared on 9 October off Lianyungang.", date="2020-03-30")
    assert [e.date for e in g.events if e.type == "AISGap"] == ["2019-10-09"]


def test_a_gap_not_told_as_after_the_deed_before_keeps_its_own_time() -> None:
    f = facts_of("The vessel Wren Taedong was sanctioned in 2018. It turned off its AIS transmitter and "
                 "reappeared on 9 October 2019 off Lianyungang.", date="2020-03-30")
    assert [e.date for e in f.events if e.type == "AISGap"] == ["2019-10-09"]


def test_one_of_a_group_that_went_from_a_port_to_another_made_that_voyage() -> None:
    f = facts_of("Russian warships escorted three cargo ships from Sevastopol to Novorossiysk last week, "
                 "the navy spokesman said. One of them, the Lark Kerch, had loaded military equipment in "
                 "Sevastopol on June 24.", date="2024-07-02")
    assert dated(f, "PortCall") == {("Lark Kerch", "Sevastopol"): "2024-06-24",
                                    ("Lark Kerch", "Novorossiysk"): "2024-06-24/2024-06-30"}
    assert transfers(f) == {("Lark Kerch", "Sevastopol", "Novorossiysk")}
    # (a group's plan is no voyage of its members)
    g = facts_of("Two tankers were expected to sail from Kharg Island to Baniyas in May. One of them, the "
                 "Lark Oryx, is owned by a firm in Dubai.", date="2024-07-02")
    assert calls(g) == set()
    # (nor the one end of two the group went to)
    h = facts_of("Drones reached Russia aboard four cargo ships that sailed from Amirabad to Astrakhan and "
                 "Makhachkala last year. One of them, the Lark Olya, is owned by a firm in Baku.",
                 date="2024-07-02")
    assert calls(h) == set()


def test_a_voyage_from_the_place_the_sentence_opens_on() -> None:
    f = facts_of("Drone parts reach Russia through the Caspian port of Bandar Anzali. From there, the cargo "
                 "ship Lark Caspian carried them to Makhachkala in May.", date="2024-06-12")
    assert transfers(f) == {("Lark Caspian", "Bandar Anzali", "Makhachkala")}
    g = facts_of("From Bandar Anzali, the cargo ship Lark Caspian took ammunition to Makhachkala in May.",
                 date="2024-06-12")
    assert transfers(g) == {("Lark Caspian", "Bandar Anzali", "Makhachkala")}
    # (a time or a source the sentence opens on is no place)
    h = facts_of("From May, the cargo ship Lark Caspian took ammunition to Makhachkala.", date="2024-06-12")
    assert transfers(h) == {("Lark Caspian", None, "Makhachkala")}


def test_calls_during_a_trip_told_after_its_end() -> None:
    f = facts_of("The Lark Ural, a cargo ship, returned to Baltiysk on November 15 after a two-month "
                 "voyage. During the trip it called at Tartus, where it unloaded vehicles, and at Tobruk, "
                 "where it took on unidentified cargo.", date="2024-11-20")
    assert dated(f, "PortCall") == {("Lark Ural", "Baltiysk"): "2024-11-15",
                                    ("Lark Ural", "Tartus"): "2024-09-16/2024-11-15",
                                    ("Lark Ural", "Tobruk"): "2024-09-16/2024-11-15"}
    # (no voyage from the trip's end told first, nor from the stop after the unloading back to it)
    assert transfers(f) == {("Lark Ural", None, "Tartus")}
    # (the trip's length not told: no time)
    g = facts_of("The cargo ship Lark Ural returned to Baltiysk on November 15. During the trip it called "
                 "at Tartus.", date="2024-11-20")
    assert dated(g, "PortCall")[("Lark Ural", "Tartus")] is None


def test_a_deed_done_before_in_a_relative_clause_is_not_of_the_present_state() -> None:
    f = facts_of("The Finnish coast guard boarded the oil tanker Wren Eagle in the Gulf of Finland on 25 "
                 "December. The vessel, which had left the Russian port of Ust-Luga with petrol, was "
                 "escorted to Kilpilahti, where it remains.", date="2024-12-27")
    assert dated(f, "PortCall")[("Wren Eagle", "Ust-Luga")] is None
    assert dated(f, "PortCall")[("Wren Eagle", "Porvoo")] == "2024-12-25/2024-12-27"


def test_where_a_ship_was_last_is_before_the_time_in_hand() -> None:
    f = facts_of("The Russian landing ship Lark Yamal passed through the Bosphorus southbound on March 6. It "
                 "was last in Novorossiysk, where it had spent two weeks loading military equipment.",
                 date="2024-03-08")
    assert dated(f, "PortCall") == {("Lark Yamal", "Novorossiysk"): None}
    # (its own time told: that time)
    g = facts_of("The tanker Lark Yamal was last seen at Novorossiysk on March 2.", date="2024-03-08")
    assert dated(g, "PortCall") == {("Lark Yamal", "Novorossiysk"): "2024-03-02"}


def test_a_list_of_ships_observed_at_a_port() -> None:
    f = facts_of("Vessels observed at Primorsk in September:\n- Kite Neva (Gabon), 3-5 Sept\n"
                 "- Lark Ladoga (Cook Islands), 11-14 Sept\n", date="2024-10-02")
    assert dated(f, "PortCall") == {("Kite Neva", "Primorsk"): "2024-09-03/2024-09-05",
                                    ("Lark Ladoga", "Primorsk"): "2024-09-11/2024-09-14"}
    # (a list of ships expected there is none)
    g = facts_of("Vessels expected at Primorsk in October:\n- Kite Neva (Gabon), 3-5 Oct\n"
                 "- Lark Ladoga (Cook Islands), 11-14 Oct\n", date="2024-09-20")
    assert calls(g) == set()


def test_a_list_of_ships_set_out_in_columns_under_its_head() -> None:
    for sep in ("-", "|"):
        f = facts_of(f"Vessels observed at Primorsk in September (name {sep} flag {sep} dates):\n"
                     f"Kite Neva {sep} Gabon {sep} 3-5 Sept\n"
                     f"Lark Ladoga {sep} Cook Islands {sep} 11-14 Sept\n", date="2024-10-02")
        assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Kite Neva": "GAB",
                                                                              "Lark Ladoga": "COK"}
        assert dated(f, "PortCall") == {("Kite Neva", "Primorsk"): "2024-09-03/2024-09-05",
                                        ("Lark Ladoga", "Primorsk"): "2024-09-11/2024-09-14"}
    # (lines under a head that is not about ships: no ships)
    g = facts_of("Key points:\nRussia - exports - up 5 per cent\nMorning Star - index - down\n")
    assert names(g, "Vessel") == set()


def test_a_catch_landed_at_one_port_and_a_further_one_at_another() -> None:
    f = facts_of("The Kite Barents landed 400 tonnes at Tromso on March 12 and a further 350 tonnes at "
                 "Kirkenes on March 20.", date="2024-04-02")
    assert names(f, "Vessel") == {"Kite Barents"}
    assert dated(f, "PortCall") == {("Kite Barents", "Tromso"): "2024-03-12",
                                    ("Kite Barents", "Kirkenes"): "2024-03-20"}
    # (a name that "landed" with nothing put ashore told: no ship; a port only bound for: no call)
    assert names(facts_of("The Kite Barents landed at Tromso in March."), "Vessel") == set()
    g = facts_of("The tanker Kite Barents unloaded 40,000 tonnes of diesel at Tobruk on March 12 and "
                 "was to take a further 30,000 tonnes to Benghazi.", date="2024-04-02")
    assert calls(g) == {("Kite Barents", "Tobruk")}


def test_a_load_taken_from_it_the_ship_told_before() -> None:
    f = facts_of("The storage tanker Kite Johor has been anchored off Tanjung Pelepas since August. On "
                 "October 30 the Aframax Lark Dongfeng loaded around 700,000 barrels from it and headed "
                 "to Qingdao.", date="2024-11-11")
    assert sts_events(f) == [(frozenset({"Kite Johor", "Lark Dongfeng"}), "Tanjung Pelepas", 1)]
    # (two ships told before: which one is not known; a load passed to it: not taken from it)
    g = facts_of("The tankers Kite Johor and Wren Malacca lay off Tanjung Pelepas. On October 30 the "
                 "Aframax Lark Dongfeng loaded around 700,000 barrels from it.", date="2024-11-11")
    assert sts_events(g) == []


def test_the_call_a_ship_headed_to_after_loading_is_no_loading() -> None:
    f = facts_of("On October 30 the Aframax Lark Dongfeng loaded 700,000 barrels from the tanker Kite "
                 "Johor and headed to Qingdao, where it arrived on November 9.", date="2024-11-11")
    assert [(e.activity, e.date) for e in f.events if e.type == "PortCall"] == [("berthed", "2024-11-09")]


def test_a_ship_named_again_that_met_another_in_a_report_of_transfers() -> None:
    f = facts_of("Two tankers were seen exchanging cargo in the Laconian Gulf this week. On Tuesday the "
                 "Lark Sparti pulled up alongside the Kite Mani. On Thursday the Kite Mani met the Wren "
                 "Taygetos.", date="2023-09-01")
    assert sorted(sorted(p) for p, _, _ in sts_events(f)) == [["Kite Mani", "Lark Sparti"],
                                                             ["Kite Mani", "Wren Taygetos"]]
    # (ships that met with no transfer told before: a meeting, no transfer)
    g = facts_of("The tanker Kite Mani docked at Piraeus. On Thursday the Kite Mani met the Wren "
                 "Taygetos.", date="2023-09-01")
    assert sts_events(g) == []


def test_fuel_taken_from_a_larger_vessel_the_night_before() -> None:
    f = facts_of("Coast guard vessels intercepted the tanker Wren Zuwara off Zuwara on 2 May. The tanker had "
                 "taken the fuel from a larger vessel, the Lark Malta, the night before.", date="2022-05-05")
    assert [(sorted(names_of(f, e.vessels)), e.date) for e in f.events
            if e.type == "ShipToShipTransfer"] == [(["Lark Malta", "Wren Zuwara"], "2022-05-01")]
    # ("the day before the storm": no time counted back)
    g = facts_of("The tanker Wren Zuwara docked at Zuwara on 2 May, the day before the storm.",
                 date="2022-05-05")
    assert dated(g, "PortCall") == {("Wren Zuwara", "Zuwara"): "2022-05-02"}


def test_a_ship_that_disappeared_from_tracking_has_a_gap() -> None:
    for text in ("The tanker Wren Rason vanished from tracking systems on 3 April.",
                 "The tanker Wren Rason disappeared from AIS on 3 April.",
                 "The tanker Wren Rason dropped off AIS on 3 April."):
        assert [e.date for e in facts_of(text, date="2021-06-01").events if e.type == "AISGap"] == \
            ["2021-04-03"], text
    # (denied; or gone from view, not from tracking: no gap)
    for text in ("The tanker Wren Rason did not vanish from tracking systems on 3 April.",
                 "The tanker Wren Rason disappeared from view behind the pier on 3 April."):
        assert [e for e in facts_of(text, date="2021-06-01").events if e.type == "AISGap"] == [], text


def test_a_last_port_field_after_a_sentence_on_one_ship() -> None:
    f = facts_of("Spotted today: MV Kite Star (IMO 9123453) heading north through the Bosphorus, Russian "
                 "flag. Last port of call according to AIS: Tartus.", date="2024-05-11")
    assert dated(f, "PortCall") == {("Kite Star", "Tartus"): None}
    # (two ships told before: whose is not told)
    g = facts_of("The tankers Kite Star and Lark Sea were seen in the Bosphorus. Last port of call: Tartus.",
                 date="2024-05-11")
    assert calls(g) == set()


def test_a_designation_with_no_time_of_its_own_takes_none_from_the_deed_after_it() -> None:
    f = facts_of("OFAC also designated the Lark Polar, which called at Kozmino in October 2024.",
                 date="2025-01-10")
    assert [(e.type, e.date) for e in f.events if e.type == "Sanction"] == [("Sanction", None)]
    assert dated(f, "PortCall") == {("Lark Polar", "Kozmino"): "2024-10"}
    # (the time of a designation told just before)
    g = facts_of("Today OFAC designated 40 tankers. Among them is the Kite Tundra. OFAC also designated "
                 "the Lark Polar, which called at Kozmino in October 2024.", date="2025-01-10")
    assert {e.date for e in g.events if e.type == "Sanction"} == {"2025-01-10"}


def test_their_after_ships_of_a_kind_in_general_is_no_ship_told_before() -> None:
    lead = "The tanker Wren Falcon and the tanker Lark Sierra loaded crude at Jose on May 3. "
    for text in ("Tankers sailing to Cuba usually turn off their transponders.",
                 "Russian-flagged tankers often switch off their AIS near Cuba.",
                 "Many tankers in this trade turn off their transponders."):
        assert sorted(e.type for e in facts_of(lead + text).events) == ["PortCall", "PortCall"], text
    for text in ("The tankers then switched off their AIS.", "Both ships turned off their AIS.",
                 "Then the ships turned off their AIS."):
        assert [e.type for e in facts_of(lead + text).events].count("AISGap") == 2, text


def test_a_list_line_with_the_route_as_a_field_is_a_call_and_a_voyage() -> None:
    f = facts_of("Departures from Odesa region ports: 47 vessels carrying 1.6 million tonnes.\n\n"
                 "- Lark Meridian (Liberia), 65,000 t corn, Pivdennyi to Egypt, sailed 3 September.\n"
                 "- Kite Harvest (Panama), 30,000 t wheat, Chornomorsk to Turkey, sailed 4 September.\n"
                 "- Wren Oriole (Malta), 55,000 t soybean meal, Odesa to Izmir, will sail 12 September.\n",
                 date="2024-09-09")
    by = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert by == {"Lark Meridian": "LBR", "Kite Harvest": "PAN", "Wren Oriole": "MLT"}
    assert dated(f, "PortCall") == {("Lark Meridian", "Pivdennyi"): "2024-09-03",
                                    ("Kite Harvest", "Chornomorsk"): "2024-09-04"}
    assert dated(f, "Transfer") == {("Lark Meridian", "Pivdennyi", "Egypt"): "2024-09-03",
                                    ("Kite Harvest", "Chornomorsk", "Turkey"): "2024-09-04"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"corn", "wheat"}
    # a firm and its country with no load or sailing is no ship; a line with no sailing no voyage
    g = facts_of("Firms:\n\n- Rosneft (Russia), shares fell, Moscow to London\n"
                 "- Lark Meridian (Liberia), 65,000 t corn, Pivdennyi to Egypt\n", date="2024-09-09")
    assert names(g, "Vessel") == {"Lark Meridian"} and g.events == []


def test_a_ship_on_passage_to_a_port_has_not_reached_it() -> None:
    for how in ("was on passage from Kandla to Suez", "was on a voyage from Kandla to Suez",
                "was en route from Kandla to Suez", "was on its way from Kandla to Suez"):
        f = facts_of(f"The bulk carrier Kite Plover {how} when it was struck by a missile.")
        assert calls(f) == {("Kite Plover", "Kandla")}, how
        assert transfers(f) == set(), how
    # a voyage told as made reached its end
    g = facts_of("The bulk carrier Kite Plover made a voyage from Kandla to Suez in May.")
    assert calls(g) == {("Kite Plover", "Kandla"), ("Kite Plover", "Suez")}


def test_a_ship_that_seizes_another_at_a_time_is_not_held() -> None:
    f = facts_of("The patrol ship Kite Warden on Sunday seized a foreign fishing vessel inside the reserve. "
                 "The vessel, the Lark Harvest 12, had 300 tonnes of squid aboard.", date="2024-10-08")
    assert [(e.target, e.date) for e in f.events if e.type == "Detention"] == [
        (next(x.id for x in f.entities if x.name == "Lark Harvest 12"), "2024-10-06")]
    # (not a ship named after that is not told to be it)
    h = facts_of("The patrol ship Kite Warden on Sunday seized a foreign fishing vessel inside the reserve. "
                 "The tanker Lark Harvest 12 docked at Mersin on Monday.", date="2024-10-08")
    assert [e.type for e in h.events] == ["PortCall"]
    # (a ship seized at a time told after its name is held)
    g = facts_of("The tanker Kite Warden was on Sunday seized by the navy.", date="2024-10-08")
    assert [e.type for e in g.events] == ["Detention"]


def test_a_numbered_line_opening_on_a_name_and_a_comma_before_its_moves_names_a_ship() -> None:
    f = facts_of("Notable voyages in the quarter:\n1. Kite Aster, loaded Tuapse 4 July, discharged Mailiao "
                 "9 August.\n2. Lark Yarrow, loaded Ust-Luga 2 September, still at sea.\n", date="2024-10-15")
    assert names(f, "Vessel") == {"Kite Aster", "Lark Yarrow"}
    assert dated(f, "PortCall") == {("Kite Aster", "Tuapse"): "2024-07-04",
                                    ("Kite Aster", "Mailiao"): "2024-08-09",
                                    ("Lark Yarrow", "Ust-Luga"): "2024-09-02"}
    assert transfers(f) == {("Kite Aster", "Tuapse", "Mailiao")}
    # (a person's name so set is no ship)
    g = facts_of("Delegates:\n- Sergei Ivanov, arrived in Murmansk on 3 May.\n", date="2024-06-01")
    assert names(g, "Vessel") == set() and g.events == []


def test_a_ship_others_moved_into_a_port_told_by_a_pronoun_called_there() -> None:
    for how in ("Tugs towed it into the port of Dakar", "Police escorted her to Dakar"):
        f = facts_of(f"The cargo ship Kite Drifter was found adrift at sea. {how} on Saturday.",
                     date="2024-03-04")
        assert dated(f, "PortCall") == {("Kite Drifter", "Dakar"): "2024-03-02"}, how
    # (an order to go is not a call)
    g = facts_of("The cargo ship Kite Drifter was found adrift at sea. The navy ordered it to leave Dakar.")
    assert calls(g) == set()
    # ("took it to" a port: the load)
    h = facts_of("The tanker Kite Drifter collected fuel off Zuwara and took it to Lampedusa.")
    ship = next(e for e in h.entities if e.name == "Kite Drifter")
    assert [m.text for m in ship.mentions] == ["Kite Drifter"]


def test_a_held_ship_s_cargo_moved_and_its_departure_two_paragraphs_on() -> None:
    f = facts_of("Authorities on Monday released the tanker Kite Lotus, which had been held at Karystos "
                 "since April 19.\n\nPart of the cargo, some 100,000 tonnes of crude oil, had been "
                 "transferred to the tanker Wren Dahlia at the request of prosecutors.\n\n"
                 "The Kite Lotus sailed from Karystos on Tuesday morning.", date="2024-05-28")
    assert sts_events(f) == [(frozenset({"Kite Lotus", "Wren Dahlia"}), None, 1)]
    assert len([e for e in f.events if e.type == "PortCall"]) == 1
    # (a departure a year after is another call)
    g = facts_of("The tanker Kite Lotus has been held at Karystos since April 19.\n\nIts owner is in "
                 "Athens.\n\nThe Kite Lotus sailed from Karystos on 3 May 2023.", date="2024-05-28")
    assert len([e for e in g.events if e.type == "PortCall"]) == 2


def test_a_stay_since_a_day_in_an_aside_ends_when_the_ship_left() -> None:
    f = facts_of("The cargo ship Kite Baobab, which had been anchored off Douala since October 28, finally "
                 "left on December 6, heading north.", date="2024-12-09")
    assert dated(f, "PortCall") == {("Kite Baobab", "Douala"): "2024-10-28/2024-12-06"}
    # (a leaving only expected leaves the stay to the report's day)
    g = facts_of("The cargo ship Kite Baobab, which has been anchored off Douala since October 28, is "
                 "expected to leave on December 16.", date="2024-12-09")
    assert dated(g, "PortCall") == {("Kite Baobab", "Douala"): "2024-10-28/2024-12-09"}


def test_stops_told_before_reaching_a_port_came_before_it() -> None:
    f = facts_of("The cargo ship Kite Baobab, which had been anchored off Douala since October 28, left on "
                 "December 6. Before reaching Douala, the ship had stopped at Lome.", date="2024-12-09")
    assert transfers(f) == {("Kite Baobab", "Lome", "Douala")}


def test_a_voyage_that_began_at_a_port_is_a_departure_from_it() -> None:
    f = facts_of("The cargo ship Kite Baobab unloaded vehicles at Douala in November. Its voyage began in "
                 "the Russian Baltic port of Ust-Luga in late September.", date="2024-12-09")
    assert dated(f, "PortCall") == {("Kite Baobab", "Douala"): "2024-11",
                                    ("Kite Baobab", "Ust-Luga"): "2024-09-21/2024-09-30"}
    assert transfers(f) == {("Kite Baobab", "Ust-Luga", "Douala")}


def test_a_watcher_s_week_at_a_port_places_each_ship_told_after_it_there() -> None:
    f = facts_of("This week at Tartus: three Russian-linked vessels.\n\nThe Lark Volga (general cargo) was "
                 "alongside from Monday to Thursday. The tanker Kite Okhotsk arrived on Wednesday and is "
                 "still at berth. The Wren Sokol, a landing ship, came in on Saturday morning and left the "
                 "same evening.", date="2023-06-26")
    assert dated(f, "PortCall") == {("Lark Volga", "Tartus"): "2023-06-19/2023-06-22",
                                    ("Kite Okhotsk", "Tartus"): "2023-06-21/2023-06-26",
                                    ("Wren Sokol", "Tartus"): "2023-06-24"}
    kinds_of = {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"}
    assert kinds_of["Lark Volga"] == "general cargo"
    # (a week's news with no port, or a ship told with a port of its own, is no call there)
    g = facts_of("This week at Tartus: three Russian-linked vessels.\n\nThe tanker Kite Okhotsk arrived "
                 "at Mersin on Wednesday.", date="2023-06-26")
    assert calls(g) == {("Kite Okhotsk", "Mersin")}


def test_a_deed_told_where_a_ship_went_to_a_port_s_area_dates_the_call_there() -> None:
    f = facts_of("The bulk carrier Lark Ryong loaded coal at Nampo on 2 February 2020. The vessel then "
                 "sailed to the Ningbo-Zhoushan area, where it transferred its cargo to barges between 10 "
                 "and 14 February.", date="2020-04-30")
    assert dated(f, "PortCall") == {("Lark Ryong", "Nampo"): "2020-02-02",
                                    ("Lark Ryong", "Zhoushan"): "2020-02-10/2020-02-14"}


def test_a_ship_shown_back_at_a_port_called_there() -> None:
    for how in ("show the same vessel back at Sevastopol", "show it back at Sevastopol"):
        f = facts_of(f"The tanker Lark Souria arrived in Latakia on 6 June. Satellite images {how} on "
                     "21 June.", date="2022-07-01")
        assert dated(f, "PortCall") == {("Lark Souria", "Latakia"): "2022-06-06",
                                        ("Lark Souria", "Sevastopol"): "2022-06-21"}, how


def test_a_profile_s_type_field_with_the_year_built_gives_the_kind() -> None:
    for field in ("Type: Crude oil tanker, 1999", "Type: Crude oil tanker (built 1999)",
                  "Type: Crude oil tanker, 105,000 dwt"):
        f = facts_of(f"Name: Kite Lantern\nIMO: 9187629\nFlag: Comoros\n{field}\n")
        assert [(e.name, e.vessel_type) for e in f.entities if e.type == "Vessel"] == [
            ("Kite Lantern", "crude oil tanker")], field


def test_one_ship_named_of_a_group_that_left_a_port_left_it() -> None:
    f = facts_of("On the night of February 9 three ships left Tartus together with their transponders off. "
                 "One was the Lark Ivory, a Russian cargo ship. The other two were never identified.",
                 date="2023-03-03")
    assert dated(f, "PortCall") == {("Lark Ivory", "Tartus"): "2023-02-09"}
    # (a ship named after a group, not as one of it)
    g = facts_of("Three ships left Tartus on February 9. The cargo ship Lark Ivory was in Mersin then.",
                 date="2023-03-03")
    assert ("Lark Ivory", "Tartus") not in calls(g)


def test_a_ship_met_at_sea_after_a_pronoun_s_loading_is_a_likely_transfer() -> None:
    f = facts_of("In our sample, the tanker Wren Saffron is typical. It lifted Iranian condensate at "
                 "Assaluyeh in March 2024, sailed east, and met the Kite Opal in the Strait of Malacca in "
                 "April.", date="2024-09-30")
    assert names(f, "Vessel") == {"Wren Saffron", "Kite Opal"}
    assert [(e.confidence, e.date) for e in f.events if e.type == "ShipToShipTransfer"] == [
        ("likely", "2024-04")]
    for where in ("east of Singapore", "in the South China Sea"):
        g = facts_of(f"The tanker Wren Saffron lifted condensate at Assaluyeh in March 2024 and met the "
                     f"tanker Kite Opal {where} in April.", date="2024-09-30")
        assert [e.type for e in g.events].count("ShipToShipTransfer") == 1, where
    # (met in a port: no transfer at sea)
    h = facts_of("The tanker Wren Saffron lifted condensate at Assaluyeh in March 2024 and met the tanker "
                 "Kite Opal in Dongying in April.", date="2024-09-30")
    assert "ShipToShipTransfer" not in [e.type for e in h.events]


def test_a_ship_searched_in_a_port_was_there() -> None:
    f = facts_of("Customs officers at the port of Vlissingen found 1,200 kilograms of cocaine hidden in a "
                 "shipment of bananas aboard the reefer Kite Plantain on Monday.", date="2023-11-21")
    assert dated(f, "PortCall") == {("Kite Plantain", "Vlissingen"): "2023-11-20"}
    assert "Detention" not in [e.type for e in f.events]


def test_a_shipping_column_s_notes_with_days_and_no_year() -> None:
    f = facts_of("Shipping notes\n\n- Kite Basalt: in ballast from Izmir, arrived Novorossiysk 12/04, "
                 "loading grain.\n- Wren Tuff: completed discharge at Alexandria 15/04; next port "
                 "Novorossiysk.\n"
                 "- Lark Pumice: anchored off Kavkaz since 10/04, waiting for cargo.\n", date="2024-04-18")
    assert dated(f, "PortCall") == {("Kite Basalt", "Novorossiysk"): "2024-04-12",
                                    ("Wren Tuff", "Alexandria"): "2024-04-15",
                                    ("Lark Pumice", "Kavkaz"): "2024-04-10/2024-04-18"}


def test_the_first_ship_to_bring_a_load_to_a_port_is_the_one_named_next() -> None:
    f = facts_of("The first ship to bring Ukrainian grain to Rostock since the war began docked on "
                 "Wednesday. The Wren Nadiya, flying the Maltese flag, unloaded 12,000 tonnes of wheat "
                 "it had collected at Izmail.", date="2022-07-28")
    assert dated(f, "PortCall") == {("Wren Nadiya", "Rostock"): "2022-07-27",
                                    ("Wren Nadiya", "Izmail"): None}
    assert transfers(f) == {("Wren Nadiya", "Izmail", "Rostock")}
    # (a first ship told as another, or a ship named later that is not told as it)
    g = facts_of("The first ship to reach Rostock this year was a ferry. The tanker Wren Nadiya unloaded "
                 "wheat at Gdansk on Monday.", date="2022-07-28")
    assert calls(g) == {("Wren Nadiya", "Gdansk")}


def test_a_laden_departure_goes_to_the_port_the_ship_was_told_to_reach() -> None:
    f = facts_of("A Russian-flagged ship that loaded grain in occupied Mariupol has docked in the Turkish "
                 "port of Iskenderun, Ukrainian officials said on Monday. The vessel, the Kite Azov, left "
                 "Mariupol on June 1 with about 7,000 tonnes of wheat.", date="2022-06-14")
    assert dated(f, "Transfer") == {("Kite Azov", "Mariupol", "Iskenderun"): "2022-06-01/2022-06-13"}
    # (not a port reached before it left)
    g = facts_of("The tanker Kite Azov docked at Iskenderun on May 3. It left Mariupol on June 1 with "
                 "about 7,000 tonnes of wheat.", date="2022-06-14")
    assert dated(g, "Transfer") == {("Kite Azov", "Mariupol"): "2022-06-01"}


def test_a_ship_held_after_it_loaded_and_in_port_only_after_delivered_nothing_there() -> None:
    f = facts_of("Finnish police boarded the tanker Kite Ember on December 26. The vessel, which had loaded "
                 "petrol at Ust-Luga, had been dragging its anchor.\n\nThe Kite Ember is now anchored near "
                 "Porvoo.", date="2025-01-04")
    assert transfers(f) == set()
    assert calls(f) == {("Kite Ember", "Ust-Luga"), ("Kite Ember", "Porvoo")}
    # (let go, it sailed on and delivered)
    g = facts_of("Police detained the tanker Kite Ember at Kotka on December 26. It was released on "
                 "December 28. The vessel, which had loaded petrol at Ust-Luga, discharged at Porvoo on "
                 "January 2.", date="2025-01-04")
    assert ("Kite Ember", "Ust-Luga", "Porvoo") in transfers(g)


def test_a_ship_and_her_sister_named_are_both_ships() -> None:
    f = facts_of("The Lark Tigris and her sister the Lark Euphrates have shuttled between Novorossiysk and "
                 "Tartus all summer.", date="2022-10-10")
    assert names(f, "Vessel") == {"Lark Tigris", "Lark Euphrates"}
    assert transfers(f) == {("Lark Tigris", "Novorossiysk", "Tartus"),
                            ("Lark Euphrates", "Novorossiysk", "Tartus")}
    # (a person and her sister are no ships)
    g = facts_of("Olga Petrova and her sister Anna Petrova have lived in Tartus since 2019.")
    assert names(g, "Vessel") == set()


def test_the_dredger_told_again_by_its_kind_is_the_one_named() -> None:
    f = facts_of("Taiwan's coast guard detained the Chinese sand dredger Lark Sand 6 on Friday. The dredger "
                 "was escorted to Kaohsiung port.", date="2024-03-30")
    assert dated(f, "PortCall") == {("Lark Sand 6", "Kaohsiung"): "2024-03-29"}


def test_one_of_a_group_that_loaded_at_a_port_departed_from_it_on_its_own_day() -> None:
    f = facts_of("Two supertankers loaded at Venezuela's Jose terminal last month. The Kite Orinoco departed "
                 "on July 9 with 1.9 million barrels of Merey heavy crude.", date="2024-08-20")
    assert dated(f, "PortCall") == {("Kite Orinoco", "Jose"): "2024-07-09"}
    # (one that left a port of its own did not leave the group's)
    g = facts_of("Two supertankers loaded at Venezuela's Jose terminal last month. The Kite Orinoco departed "
                 "Amuay on July 9.", date="2024-08-20")
    assert ("Kite Orinoco", "Jose") not in calls(g)


def test_a_port_line_up_gives_each_ship_its_stay_and_the_voyage_of_one_that_sailed() -> None:
    body = ("Ship | Cargo | Tonnes | Arrived | Destination\n"
            "Lark Heron | maize | 45,000 | 11 Mar | Tunisia\n"
            "Kite Sable | wheat | 30,000 | 14 Mar | Lebanon\n\n"
            "The Lark Heron sailed on March 18; the other one remains at its berth.\n")
    f = facts_of(body, date="2024-03-22", title="Port line-up: Tuapse, week 12")
    assert dated(f, "PortCall") == {("Lark Heron", "Tuapse"): "2024-03-11/2024-03-18",
                                    ("Kite Sable", "Tuapse"): "2024-03-14"}
    # the one that sailed carried its load on; the one at berth has not sailed yet
    assert transfers(f) == {("Lark Heron", "Tuapse", "Tunisia")}
    # (a table under no port's title gives no call)
    g = facts_of(body, date="2024-03-22", title="Grain markets this week")
    assert ("Kite Sable", "Tuapse") not in calls(g)


def test_the_other_two_are_the_ships_not_named_in_the_clause_before() -> None:
    body = ("Ship | Arrived | Destination\nWren Alder | 2 Mar | Egypt\n"
            "Wren Birch | 4 Mar | Libya\nWren Cedar | 6 Mar | Syria\n\n"
            "The Wren Alder sailed on March 9; the other two remain at their berths.\n")
    f = facts_of(body, date="2024-03-12", title="Tuapse line-up")
    assert dated(f, "PortCall") == {("Wren Alder", "Tuapse"): "2024-03-02/2024-03-09",
                                    ("Wren Birch", "Tuapse"): "2024-03-04/2024-03-12",
                                    ("Wren Cedar", "Tuapse"): "2024-03-06/2024-03-12"}
    assert transfers(f) == {("Wren Alder", "Tuapse", "Egypt")}


def test_a_live_report_s_entry_stamped_with_its_hour_is_on_the_report_s_day() -> None:
    f = facts_of("09:40 GMT - The tanker Kite Halcyon dropped anchor off Khor Fakkan.\n\n"
                 "11:05 GMT - The tanker Lark Ember berthed at Fujairah.\n", date="2024-04-15")
    assert dated(f, "PortCall") == {("Kite Halcyon", "Khor Fakkan"): "2024-04-15",
                                    ("Lark Ember", "Fujairah"): "2024-04-15"}
    # (the day the entry tells is the call's)
    g = facts_of("09:40 GMT - The tanker Kite Halcyon berthed at Fujairah on Sunday.\n", date="2024-04-15")
    assert dated(g, "PortCall") == {("Kite Halcyon", "Fujairah"): "2024-04-14"}
    # (an hour inside a sentence is no entry's stamp)
    h = facts_of("The tanker Kite Halcyon berthed at Fujairah, agents said at 09:40 GMT - a day late.\n",
                 date="2024-04-15")
    assert dated(h, "PortCall") == {("Kite Halcyon", "Fujairah"): None}


def test_a_gap_told_by_the_first_signal_since_a_day_and_a_call_during_it() -> None:
    f = facts_of("The tanker Lark Tundra transmitted a position in the Gulf of Oman for the first time "
                 "since April 2. Analysts believe she loaded fuel oil at Bandar Abbas during the gap.",
                 date="2024-04-15")
    assert dated(f, "AISGap") == {("Lark Tundra",): "2024-04-02/2024-04-15"}
    assert dated(f, "PortCall") == {("Lark Tundra", "Bandar Abbas"): "2024-04-02/2024-04-15"}
    g = facts_of("The tanker Lark Tundra reappeared off Fujairah on April 12 for the first time since "
                 "March 30.", date="2024-04-15")
    assert dated(g, "AISGap") == {("Lark Tundra",): "2024-03-30/2024-04-12"}
    # (a call that is the first since a day is no gap in the signal)
    h = facts_of("The tanker Lark Tundra called at Fujairah on April 12 for the first time since 2019.",
                 date="2024-04-15")
    assert dated(h, "AISGap") == {}
    # (with no gap told, "during the gap" dates nothing)
    k = facts_of("Analysts believe the tanker Lark Tundra loaded fuel oil at Bandar Abbas during the gap.",
                 date="2024-04-15")
    assert dated(k, "PortCall") == {("Lark Tundra", "Bandar Abbas"): None}


def test_a_sea_set_before_a_ship_s_kind_and_name_is_no_ship() -> None:
    f = facts_of("In the Pacific, the tanker Lark Opaline loaded crude at Busan.")
    assert names(f, "Vessel") == {"Lark Opaline"}
    # (a name with its kind in an aside is still a ship)
    g = facts_of("The Kite Lumen, a Cameroon-flagged tanker, loaded crude at Busan.")
    assert names(g, "Vessel") == {"Kite Lumen"}


def test_a_ship_known_by_a_cargo_it_took_from_a_port_of_a_state() -> None:
    f = facts_of("In 2019, the Lark Stellar delivered fuel oil from the Iranian port of Bandar Abbas to "
                 "Baniyas.", date="2023-11-20")
    assert transfers(f) == {("Lark Stellar", "Bandar Abbas", "Baniyas")}
    # (a body that delivered aid from a port is no ship)
    g = facts_of("In 2019, the Red Crescent delivered food from the Iranian port of Bandar Abbas to Baniyas.",
                 date="2023-11-20")
    assert names(g, "Vessel") == set()


def test_a_ship_renamed_after_a_time_that_opens_the_sentence() -> None:
    f = facts_of("The tanker Lark Stellar delivered fuel to Baniyas in 2019. Two years later the ship was "
                 "renamed Kite Lumen. Its most recent known call was at Qingdao in September.",
                 date="2023-11-20")
    ship = next(e for e in f.entities if e.type == "Vessel")
    assert (ship.name, ship.former_names) == ("Kite Lumen", ["Lark Stellar"])
    assert dated(f, "PortCall")[("Kite Lumen", "Qingdao")] == "2023-09"


def test_a_charter_on_subjects_is_no_voyage_yet() -> None:
    f = facts_of("The Suezmax Lark Opaline was placed on subjects to lift crude at Santos for Rotterdam.")
    assert calls(f) == set() and transfers(f) == set()
    g = facts_of("The Suezmax Lark Opaline lifted crude at Santos for Rotterdam on 2 March.")
    assert calls(g) == {("Lark Opaline", "Santos")}


def test_a_state_s_name_a_ship_reached_is_its_port() -> None:
    f = facts_of("The bulk carrier Wren Tide was sailing from Chornomorsk to China with corn when it was "
                 "struck. It later reached Djibouti for repairs.")
    assert ("Wren Tide", "Djibouti") in calls(f)
    # (a state whose talks reached a point is no port)
    g = facts_of("Talks between Djibouti and Somalia reached Djibouti's parliament on Monday.")
    assert names(g, "Port") == set()


def test_a_ship_named_before_and_renamed_as_the_subject_of_its_own_sentence() -> None:
    f = facts_of("The bulk carrier Wren Asterion loaded coal at Nampo. The defendants later arranged for "
                 "the Wren Asterion to be renamed Lark Dawn and reflagged to Togo. The ship, now sailing as "
                 "the Lark Dawn (IMO 9106390), remains in Chinese waters.")
    ship = next(e for e in f.entities if e.type == "Vessel")
    assert (ship.name, ship.former_names, ship.imo) == ("Lark Dawn", ["Wren Asterion"], "9106390")
    assert names(f, "Vessel") == {"Lark Dawn"}
    # (a name that is no ship told before renames none)
    g = facts_of("The bulk carrier Wren Asterion loaded coal at Nampo. The Kremlin was renamed Lark Dawn.")
    assert {e.name: e.former_names for e in g.entities if e.type == "Vessel"} == {"Wren Asterion": []}


def test_imagery_that_places_her_alongside_a_name_names_the_other_ship() -> None:
    f = facts_of("The crude tanker WREN MAGNOLIA loaded crude at Jose in early July. Satellite imagery "
                 "places her alongside the KITE PERIDOT east of Tanjung Pelepas on 2 August.",
                 date="2024-10-28")
    assert names(f, "Vessel") == {"WREN MAGNOLIA", "KITE PERIDOT"}
    assert sts_events(f) == [(frozenset({"WREN MAGNOLIA", "KITE PERIDOT"}), None, 1)]
    # (beside a name with no ship told before it, in no sentence on ships: no ship)
    g = facts_of("The minister was seen in Jakarta. Photographs place him alongside the Governor at a "
                 "dinner.", date="2024-10-28")
    assert names(g, "Vessel") == set()
    # ("places it at the centre of" a story: no ship's place)
    h = facts_of("The tanker Wren Magnolia loaded at Jose. The deal places it at the centre of the "
                 "dispute.", date="2024-10-28")
    ship = next(e for e in h.entities if e.type == "Vessel")
    assert [m.text for m in ship.mentions] == ["Wren Magnolia"]


def test_a_ship_told_by_its_kind_and_then_by_the_name_it_has_now() -> None:
    f = facts_of("A product tanker that changed its name three times this year, now the WREN QUARTZ, "
                 "discharged diesel at Lome on 19 September.", date="2024-10-28")
    assert dated(f, "PortCall") == {("WREN QUARTZ", "Lome"): "2024-09-19"}
    # (a ship's part now is no name)
    g = facts_of("The tanker, now the flagship of the fleet, discharged diesel at Lome.", date="2024-10-28")
    assert names(g, "Vessel") == set()


def test_a_ship_that_followed_the_same_route_but_unloaded_elsewhere() -> None:
    f = facts_of("In August the bulker Lark Polaris loaded coal at Murmansk and discharged it at Fangcheng "
                 "five weeks later. A second vessel, the Wren Tundra, followed the same route but unloaded "
                 "at Zhanjiang instead.", date="2024-09-05")
    assert ("Wren Tundra", "Murmansk", "Zhanjiang") in transfers(f)
    # a voyage told as made ends by the report's day
    assert dated(f, "Transfer")[("Lark Polaris", "Murmansk", "Fangchenggang")] == "2024-08-01/2024-09-05"


def held(facts: Facts) -> dict[str | None, str | None]:
    by_id = {e.id: e.name for e in facts.entities}
    return {by_id.get(e.target or ""): e.date for e in facts.events if e.type == "Detention"}


def test_a_detention_runs_to_the_release_or_the_report() -> None:
    f = facts_of("Authorities detained the general cargo ship Wren Falcon at Antwerp on 3 March. She was "
                 "released on 11 March after repairs.", date="2024-04-04")
    assert held(f) == {"Wren Falcon": "2024-03-03/2024-03-11"}
    assert dated(f, "PortCall") == {("Wren Falcon", "Antwerp"): "2024-03-03/2024-03-11"}
    g = facts_of("The bulk carrier Lark Cinder, detained at Gdansk on 19 March, remains under detention.",
                 date="2024-04-04")
    assert held(g) == {"Lark Cinder": "2024-03-19/2024-04-04"}
    # (another ship's release ends nothing; nor a release told before the detention)
    h = facts_of("Authorities detained the tanker Wren Falcon at Antwerp on 3 March. The tanker Lark Cinder "
                 "was released on 11 March.", date="2024-04-04")
    assert held(h) == {"Wren Falcon": "2024-03-03"}
    k = facts_of("The bulk carrier Lark Cinder, which was released on 2 March, was detained at Gdansk on "
                 "19 March.", date="2024-04-04")
    assert held(k) == {"Lark Cinder": "2024-03-19"}


def test_a_loading_told_after_the_sentence_s_deed_came_before_it() -> None:
    f = facts_of("The tanker Lark Ural passed Istanbul on February 9, heavily laden, after loading at "
                 "Novorossiysk.", date="2024-03-02")
    assert dated(f, "PortCall") == {("Lark Ural", "Novorossiysk"): "2024-01-10/2024-02-09"}
    # (its own time told after it is its own)
    g = facts_of("The tanker Lark Ural arrived at Tartus after loading at Novorossiysk on February 2.",
                 date="2024-03-02")
    assert dated(g, "PortCall")[("Lark Ural", "Novorossiysk")] == "2024-02-02"


def test_a_ship_inspected_at_a_port_was_there() -> None:
    f = facts_of("The tanker Kite Basalt was inspected at Rotterdam on 5 March but not detained.",
                 date="2024-04-04")
    assert dated(f, "PortCall") == {("Kite Basalt", "Rotterdam"): "2024-03-05"}
    assert held(f) == {}
    # (inspected at no port: no call)
    g = facts_of("The tanker Kite Basalt was inspected in March.", date="2024-04-04")
    assert calls(g) == set()


def test_an_aside_on_the_receiving_ship_neither_places_nor_dates_the_transfer() -> None:
    f = facts_of("The Kite Orinoco left Jose on April 19. Off Johor it handed its crude to the Wren Saga, an "
                 "older tanker that has shuttled between Malaysian waters and Dongying since January.",
                 date="2024-06-18")
    assert sts_events(f) == [(frozenset({"Kite Orinoco", "Wren Saga"}), "Johor", 1)]
    assert kinds(f, "ShipToShipTransfer")[0]["date"] == "2024-04-19"
    g = facts_of("The Kite Orinoco left Jose on April 19. It handed its crude to the tanker Wren Saga off "
                 "Dongying.", date="2024-06-18")
    assert sts_events(g) == [(frozenset({"Kite Orinoco", "Wren Saga"}), "Dongying", 1)]


def test_a_shipping_note_s_abbreviations_without_a_point() -> None:
    f = facts_of("Ro-ro Kite Ember (Russia) sld Ust-Luga 19 Nov for Baltiysk; expected 21 Nov.\n\n"
                 "Bulker Lark Slate (Cameroon) arr Poti 18 Nov.\n", date="2024-11-22")
    assert dated(f, "PortCall") == {("Kite Ember", "Ust-Luga"): "2024-11-19",
                                    ("Lark Slate", "Poti"): "2024-11-18"}
    assert kinds(f, "PortCall")[0]["activity"] == "departure"
    # (no call where it is expected; nor "arr" in lower case inside a word)
    assert ("Kite Ember", "Baltiysk") not in calls(f)


def test_a_ship_seized_at_a_port_on_suspicion_was_there_when_seized() -> None:
    f = facts_of("The coast guard said on Friday it had seized the Panama-flagged tanker Lark Seoul at the "
                 "port of Yeosu on suspicion of transferring diesel to a North Korean vessel in the East "
                 "China Sea in October. The tanker allegedly met the North Korean ship Kite Chon Ma at "
                 "night.", date="2023-12-29")
    assert dated(f, "PortCall") == {("Lark Seoul", "Yeosu"): "2023-12-29"}
    # the meeting named after a transfer to a ship with no name is that transfer, where it was
    assert sts_events(f) == [(frozenset({"Lark Seoul", "Kite Chon Ma"}), "East China Sea", 2)]
    # (a meeting with no transfer told before it is none)
    g = facts_of("The tanker Lark Seoul met the North Korean ship Kite Chon Ma at night.", date="2023-12-29")
    assert sts_events(g) == []
    # (a loading there months before is another call)
    h = facts_of("The coast guard said it had seized the tanker Lark Seoul at the port of Yeosu on Friday. "
                 "The tanker had loaded diesel at Yeosu in late September, officials said.",
                 date="2023-12-29")
    assert sorted(str(e["date"]) for e in kinds(h, "PortCall")) == ["2023-09-21/2023-09-30", "2023-12-29"]


def test_a_trip_before_the_one_told_is_no_leg_of_it() -> None:
    f = facts_of("The cargo ship Lark Vyborg left Novorossiysk on 3 March with military trucks and is back "
                 "in Tartus. On the last one she unloaded at Latakia instead.", date="2024-03-15")
    assert transfers(f) == {("Lark Vyborg", "Novorossiysk", "Tartus"), ("Lark Vyborg", None, "Latakia")}
    # (a call told next in the same trip is one)
    g = facts_of("The cargo ship Lark Vyborg left Novorossiysk on 3 March with military trucks. On 9 March "
                 "she unloaded at Latakia.", date="2024-03-15")
    assert ("Lark Vyborg", "Novorossiysk", "Latakia") in transfers(g)


def test_a_port_s_state_after_a_destination_is_no_origin() -> None:
    f = facts_of("The Capesize Lark Amur loaded 170,000 tonnes of coal at Vostochny for Krishnapatnam in "
                 "India.", date="2024-02-14")
    assert transfers(f) == {("Lark Amur", "Vostochny", "Krishnapatnam")}
    g = facts_of("The Capesize Lark Amur loaded 170,000 tonnes for Krishnapatnam in India.",
                 date="2024-02-14")
    assert ("Lark Amur", "India", "Krishnapatnam") not in transfers(g)


def test_a_table_titled_as_arrivals_at_a_named_part_of_a_port() -> None:
    body = ("Date | Vessel | From | Cargo\n01.04.2024 | Lark Sakhalin | Rajin | containers\n"
            "03.04.2024 | Wren Primorye | Busan | vehicles\n")
    f = facts_of(body, date="2024-04-09", title="Arrivals at Vladivostok commercial port")
    assert transfers(f) == {("Lark Sakhalin", "Rajin", "Vladivostok"),
                            ("Wren Primorye", "Busan", "Vladivostok")}
    assert dated(f, "PortCall")[("Lark Sakhalin", "Vladivostok")] == "2024-04-01"
    # (a title that names no port gives the rows none)
    g = facts_of(body, date="2024-04-09", title="Arrivals at commercial ports")
    assert ("Lark Sakhalin", "Vladivostok") not in calls(g)


def test_a_name_that_cleared_an_inspection_off_a_port_is_a_ship() -> None:
    f = facts_of("The Wren Lyre cleared inspection off Istanbul on 11 May after loading at Odesa.",
                 date="2023-05-15")
    assert dated(f, "PortCall") == {("Wren Lyre", "Odesa"): "2023-04-11/2023-05-11"}
    g = facts_of("Mr Wren Lyre cleared security at Istanbul airport on 11 May.", date="2023-05-15")
    assert names(g, "Vessel") == set()


def test_a_seizure_told_after_the_release_runs_to_it() -> None:
    f = facts_of("Somali pirates have released the bulk carrier Kite Dhow and its crew, the ship's owners "
                 "said on Sunday. The vessel was hijacked on 12 March while sailing to Dubai.",
                 date="2024-05-20")
    assert held(f) == {"Kite Dhow": "2024-03-12/2024-05-19"}
    # (another ship's release ends nothing)
    g = facts_of("Somali pirates have released the bulk carrier Lark Dhow, its owners said on Sunday. The "
                 "bulk carrier Kite Dhow was hijacked on 12 March.", date="2024-05-20")
    assert held(g)["Kite Dhow"] == "2024-03-12"


def test_ships_a_call_followed_called_at_the_same_port_before_it() -> None:
    f = facts_of("The tanker Kite Forest docked at El Palito on Monday, following the Wren Fortune and the "
                 "Lark Petunia, which arrived last week.", date="2020-06-02")
    assert dated(f, "PortCall") == {("Kite Forest", "El Palito"): "2020-06-01",
                                    ("Wren Fortune", "El Palito"): "2020-05-25/2020-05-31",
                                    ("Lark Petunia", "El Palito"): "2020-05-25/2020-05-31"}
    # (a ship told after its kind, that left after it, is no such ship)
    g = facts_of("The tanker Kite Forest docked at El Palito on Monday, after the tanker Wren Fortune left "
                 "for Iran.", date="2020-06-02")
    assert calls(g) == {("Kite Forest", "El Palito")}


def test_one_of_a_counted_group_of_tankers_carrying_a_load_to_a_state_that_docked_there() -> None:
    f = facts_of("The Kite Forest, one of five Iranian tankers carrying gasoline to Venezuela, docked at El "
                 "Palito on Monday.", date="2020-06-02")
    assert names(f, "Vessel") == {"Kite Forest"}
    assert transfers(f) == {("Kite Forest", None, "El Palito")}
    # (one of a group of people is no ship)
    g = facts_of("The Ivanov, one of the oligarchs, flew to Dubai.", date="2020-06-02")
    assert names(g, "Vessel") == set()


def test_list_lines_with_a_flag_told_as_one_and_a_former_name() -> None:
    f = facts_of("- Wren Sonbong (DPRK flag): dark since 28 Oct; last seen near Sinpo.\n"
                 "- Kite Rason (Sierra Leone flag, formerly Kite Minerva): loaded coal at Taean, 30 Oct; now "
                 "in Chinese waters.\n", date="2022-11-07")
    ships = {e.name: (e.flag, e.former_names) for e in f.entities if e.type == "Vessel"}
    assert ships == {"Wren Sonbong": ("PRK", []), "Kite Rason": ("SLE", ["Kite Minerva"])}
    assert dated(f, "PortCall") == {("Kite Rason", "Taean"): "2022-10-30"}
    assert dated(f, "AISGap") == {("Wren Sonbong",): "2022-10-28/2022-11-07"}
    # (the name before is the line's own ship's, not the one the line before named)
    g = facts_of("- Wren Sonbong (DPRK flag): dark since 28 Oct.\n"
                 "- Kite Rason (Sierra Leone flag; formerly Kite Minerva): loaded coal at Taean, 30 Oct.\n",
                 date="2022-11-07")
    assert {e.name: e.former_names for e in g.entities if e.type == "Vessel"} == {
        "Wren Sonbong": [], "Kite Rason": ["Kite Minerva"]}


def test_warships_that_arrived_in_a_clause_of_their_own_are_not_the_tanker() -> None:
    f = facts_of("A Russian oil tanker, the Kite Havana, anchored in the Bay of Matanzas on Thursday, a day "
                 "after Russian warships arrived in Havana.", date="2024-06-14")
    assert calls(f) == {("Kite Havana", "Matanzas")}
    g = facts_of("The oil tanker Kite Havana arrived in Havana on Wednesday with Russian warships.",
                 date="2024-06-14")
    assert calls(g) == {("Kite Havana", "Havana")}


def test_a_load_landed_at_a_port_that_came_aboard_a_ship() -> None:
    f = facts_of("A cargo of armoured vehicles unloaded at Port Sudan in late September arrived aboard the "
                 "Russian freighter Lark Nile, which had left Novorossiysk on September 6.",
                 date="2024-10-10")
    assert dated(f, "PortCall")[("Lark Nile", "Port Sudan")] == "2024-09-21/2024-09-30"
    assert transfers(f) == {("Lark Nile", "Novorossiysk", "Port Sudan")}
    # (a load that left a port aboard a ship gives it no call where others unloaded)
    g = facts_of("Trucks unloaded at Port Sudan in late September were seen beside the freighter Lark Nile.",
                 date="2024-10-10")
    assert ("Lark Nile", "Port Sudan") not in calls(g)


def test_a_ferry_that_crossed_from_one_port_to_another_with_a_load() -> None:
    f = facts_of("Monday: ferry Wren Kerch crossed from Port Kavkaz to Kerch with fuel trucks.",
                 date="2023-10-16")
    assert transfers(f) == {("Wren Kerch", "Kavkaz", "Kerch")}
    g = facts_of("The tanker Wren Kerch crossed the Atlantic in May.", date="2023-10-16")
    assert calls(g) == set()


def test_a_name_that_spent_a_month_anchored_off_a_state_is_a_ship() -> None:
    f = facts_of("On paper, the Wren Mirage spent June anchored off Oman. In reality, satellite images show "
                 "it moored at Kharg Island from June 9 to June 12.", date="2024-09-26")
    assert dated(f, "PortCall") == {("Wren Mirage", "Kharg Island"): "2024-06-09/2024-06-12"}
    g = facts_of("The minister spent June in Oman.", date="2024-09-26")
    assert names(g, "Vessel") == set()


def test_a_release_told_in_the_sentence_before_the_seizure() -> None:
    f = facts_of("Iran has released the Marshall Islands-flagged tanker Kite Advantage, seized in the Gulf "
                 "of Oman last April, its manager said.", date="2024-02-27")
    assert held(f) == {"Kite Advantage": "2023-04-01/2024-02-27"}
    g = facts_of("The tanker Kite Advantage was seized in the Gulf of Oman last April.", date="2024-02-27")
    assert held(g) == {"Kite Advantage": "2023-04"}


def test_trips_to_the_anchorage_off_a_port_end_at_that_port() -> None:
    f = facts_of("Between January and March, the DPRK-flagged Lark Paektu made four trips from Nampo to the "
                 "anchorage off Ningbo, where it transferred coal to barges.", date="2020-04-30")
    assert transfers(f) == {("Lark Paektu", "Nampo", "Ningbo")}
    # ("the anchorage" with no port after it is the port told before)
    g = facts_of("The tanker Lark Paektu arrived at Nampo on 2 March and moved to the anchorage on 4 March.",
                 date="2020-04-30")
    assert calls(g) == {("Lark Paektu", "Nampo")}


def test_a_carrier_named_by_the_passive_before_the_place() -> None:
    f = facts_of("The corn was carried by the Kite Volga to Spain.", date="2024-11-04")
    assert transfers(f) == {("Kite Volga", None, "Spain")}
    g = facts_of("The corn was carried by the Assad government to Spain.", date="2024-11-04")
    assert names(g, "Vessel") == set()


def test_a_hijacked_ship_that_remains_anchored_is_held_to_the_report() -> None:
    f = facts_of("The car carrier Wren Galaxy, hijacked by Houthi fighters in the Red Sea last November, "
                 "remains anchored off Hodeidah with its crew still aboard.", date="2024-06-20")
    assert held(f) == {"Wren Galaxy": "2023-11-01/2024-06-20"}
    g = facts_of("The car carrier Wren Galaxy, hijacked by Houthi fighters in the Red Sea last November, was "
                 "freed on 2 March and remains anchored off Djibouti.", date="2024-06-20")
    assert held(g) == {"Wren Galaxy": "2023-11-01/2024-03-02"}


def test_a_grade_named_after_a_port_and_a_trade_paper_s_millions() -> None:
    f = facts_of("* VLCC Wren Pearl discharged 2 mln bbl of Iraqi Basrah Medium at Ningbo on Tuesday.\n",
                 date="2024-03-07")
    assert calls(f) == {("Wren Pearl", "Ningbo")}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["Iraqi Basrah Medium"]
    # (a port after "of" that is no grade's name is still the port)
    g = facts_of("The VLCC Wren Pearl sailed out of Basrah on Tuesday.", date="2024-03-07")
    assert calls(g) == {("Wren Pearl", "Basrah")}


def test_a_ship_idle_off_a_port_for_a_third_week_and_sanctioned_in_an_aside() -> None:
    f = facts_of("The Suezmax Lark Amber, sanctioned last month, sat idle off Fujairah for a third week.",
                 date="2024-03-07")
    assert dated(f, "PortCall") == {("Lark Amber", "Fujairah"): "2024-02-15/2024-03-07"}
    assert [e.date for e in f.events if e.type == "Sanction"] == ["2024-02"]
    # (its own day told: that day)
    g = facts_of("The tanker Lark Amber was anchored off Fujairah on 2 March.", date="2024-03-07")
    assert dated(g, "PortCall") == {("Lark Amber", "Fujairah"): "2024-03-02"}


def test_a_ship_allowed_to_leave_a_port_left_it() -> None:
    f = facts_of("The ship Kite Laodicea was allowed to leave Tripoli on Monday.", date="2022-05-18")
    assert dated(f, "PortCall") == {("Kite Laodicea", "Tripoli"): "2022-05-16"}
    g = facts_of("The ship Kite Laodicea will be allowed to leave Tripoli once repaired.", date="2022-05-18")
    assert calls(g) == set()


def test_a_ship_turned_away_that_is_now_waiting_off_another_port() -> None:
    f = facts_of("The VLCC Lark Jiangsu was denied entry at Rizhao last week and is now waiting off Qingdao, "
                 "according to shipping agents.", date="2024-10-21")
    assert dated(f, "PortCall") == {("Lark Jiangsu", "Qingdao"): "2024-10-21"}
    g = facts_of("The VLCC Lark Jiangsu will not call at Rizhao and is now expected at Qingdao.",
                 date="2024-10-21")
    assert calls(g) == set()


def test_a_counted_group_that_left_a_port_named_in_full_after() -> None:
    f = facts_of("Three bulk carriers left Sevastopol between June 20 and June 23. We identified them as the "
                 "Kite Inkerman, the Lark Balaklava and the Wren Yalta. The Kite Inkerman discharged at "
                 "Latakia on July 1.", date="2023-07-05")
    assert {k: v for k, v in dated(f, "PortCall").items() if k[1] == "Sevastopol"} == {
        ("Kite Inkerman", "Sevastopol"): "2023-06-20/2023-06-23",
        ("Lark Balaklava", "Sevastopol"): "2023-06-20/2023-06-23",
        ("Wren Yalta", "Sevastopol"): "2023-06-20/2023-06-23"}
    assert ("Kite Inkerman", "Sevastopol", "Latakia") in transfers(f)
    # (more ships named than were counted: not the group)
    g = facts_of("Two bulk carriers left Sevastopol on June 20. We identified them as the Kite Inkerman, the "
                 "Lark Balaklava and the Wren Yalta.", date="2023-07-05")
    assert calls(g) == set()


def test_a_port_s_log_line_of_items_each_with_its_ship_flag_and_time() -> None:
    f = facts_of("Baniyas: tanker Lark Qadmus (Iran) arrived 21 Feb, discharging crude; tanker Wren Arwad "
                 "(Iran) anchored off since 18 Feb.\nTartus: Kite Sparta (Russia) departed 23 Feb for "
                 "Novorossiysk.\n", date="2024-02-26")
    assert dated(f, "PortCall") == {("Lark Qadmus", "Baniyas"): "2024-02-21",
                                    ("Wren Arwad", "Baniyas"): "2024-02-18/2024-02-26",
                                    ("Kite Sparta", "Tartus"): "2024-02-23"}
    assert next(e for e in f.entities if e.name == "Kite Sparta").flag == "RUS"
    # (a heading that is no port's names no ship)
    g = facts_of("Moscow: Ivan Petrov (Russia) arrived 21 Feb for talks.\n", date="2024-02-26")
    assert names(g, "Vessel") == set()


def test_where_a_ship_was_listed_as_sailing_is_no_plan_of_its_deed() -> None:
    f = facts_of("A tanker listed as sailing to Malaysia was photographed at Venezuela's Jose terminal on "
                 "August 30. The vessel, identified as the Kite Caribe by its deck markings, had been "
                 "broadcasting a position off Brazil.", date="2024-09-03")
    assert dated(f, "PortCall") == {("Kite Caribe", "Jose"): "2024-08-30"}
    g = facts_of("The tanker Kite Caribe is listed as sailing to Malaysia.", date="2024-09-03")
    assert calls(g) == set()


def test_of_two_ports_of_one_name_the_one_near_the_ports_the_report_names() -> None:
    f = facts_of("The cargo ship Lark Ural docked at Douala on 28 February and is expected to leave for "
                 "Pointe-Noire next week.", date="2024-03-02")
    assert {e.name: e.country for e in f.entities if e.type == "Port"}["Pointe Noire"] == "COG"
    g = facts_of("The bulk carrier Lark Ural loaded iron ore at Sept-Iles and sailed on to Pointe-Noire.",
                 date="2024-03-02")
    assert {e.name: e.country for e in g.entities if e.type == "Port"}["Pointe Noire"] == "CAN"


def test_a_ship_unable_to_leave_a_port_is_there() -> None:
    f = facts_of("The ferry Lark Kavkaz has been unable to leave Novorossiysk since January 5 because of a "
                 "storm. It will sail for Kerch once the wind drops.", date="2024-01-09")
    assert dated(f, "PortCall") == {("Lark Kavkaz", "Novorossiysk"): "2024-01-05/2024-01-09"}
    # (unable to enter it, or to leave for another: no call)
    g = facts_of("The ferry Lark Kavkaz was unable to enter Novorossiysk. The ferry Kite Kavkaz was unable "
                 "to leave for Kerch.", date="2024-01-09")
    assert calls(g) == set()


def test_a_port_the_gazetteer_lacks_ends_at_its_last_capitalised_word() -> None:
    f = facts_of("The dhow Wren Kestrel had sailed from the port of Velmora days earlier. The coaster "
                 "Lark Tide left the port of Punta del Mero on May 2.", date="2024-06-01")
    assert calls(f) == {("Wren Kestrel", "Velmora"), ("Lark Tide", "Punta del Mero")}


@pytest.mark.parametrize("text", [
    "The tanker Kite Fallow then sailed into the Yellow Sea, where on June 3, 2022 it transferred "
    "diesel to the tanker Wren Pyol.",
    "The tanker Kite Fallow sailed into the Yellow Sea, where in early June the tanker transferred "
    "diesel to the tanker Wren Pyol.",
])
def test_a_transfer_told_after_where_and_a_time_is_in_the_sea_before_it(text: str) -> None:
    f = facts_of(text, date="2022-07-01")
    assert sts_events(f) == [(frozenset({"Kite Fallow", "Wren Pyol"}), "Yellow Sea", 1)]


@pytest.mark.parametrize("aside", ["loaded with wheat at Odesa",
                                   "loaded with 62,000 tonnes of wheat at Odesa"])
def test_a_ship_laden_before_a_state_that_began_at_a_time_loaded_before_it(aside: str) -> None:
    f = facts_of(f"The bulker Lark Sonnet, {aside}, has been waiting off Istanbul since May 14.",
                 date="2023-05-30")
    assert dated(f, "PortCall") == {("Lark Sonnet", "Odesa"): "2023-04-14/2023-05-14",
                                    ("Lark Sonnet", "Istanbul"): "2023-05-14/2023-05-30"}
    # (a load with no place in the aside: the port the main clause tells it left)
    g = facts_of("The bulker Lark Sonnet, loaded with 62,000 tonnes of wheat, left Odesa on May 14.",
                 date="2023-05-30")
    assert dated(g, "PortCall") == {("Lark Sonnet", "Odesa"): "2023-05-14"}


def test_deeds_told_as_like_one_told_before_take_no_day_of_it() -> None:
    f = facts_of("The bulker Lark Oka unloaded wheat at Iskenderun on August 27. The bulkers Kite Dvina "
                 "and Kite Sura made similar trips from Berdyansk to Latakia.", date="2023-09-04")
    assert dated(f, "Transfer")[("Kite Dvina", "Berdyansk", "Latakia")] is None
    assert dated(f, "PortCall")[("Kite Sura", "Latakia")] is None
    # (a wider time told before still holds them; a deed not told as like it takes the day)
    g = facts_of("In August the bulker Lark Oka carried wheat from Sevastopol to Iskenderun. The bulker "
                 "Kite Dvina made similar trips from Berdyansk to Latakia.", date="2023-09-04")
    assert dated(g, "Transfer")[("Kite Dvina", "Berdyansk", "Latakia")] == "2023-08"
    h = facts_of("The bulker Lark Oka unloaded wheat at Iskenderun on August 27. The bulker Kite Dvina "
                 "unloaded barley at Latakia.", date="2023-09-04")
    assert dated(h, "PortCall")[("Kite Dvina", "Latakia")] == "2023-08-27"


def test_a_port_a_voyage_came_by_after_its_state_s_name_ends_no_voyage() -> None:
    f = facts_of("The cargo ship Kite Amberly arrived at Ravenna from Novorossiysk via Turkey's Marmara "
                 "Ereglisi on February 17, carrying goods subject to EU sanctions.", date="2025-03-03")
    assert calls(f) == {("Kite Amberly", "Ravenna"), ("Kite Amberly", "Novorossiysk")}
    assert dated(f, "Transfer") == {("Kite Amberly", "Novorossiysk", "Ravenna"): "2025-01-18/2025-02-17"}
    g = facts_of("The freighter Kite Amberly carried steel products subject to the ban from Novorossiysk "
                 "to Ravenna in February.", date="2025-03-03")
    assert {e.cargo for e in g.events if e.type == "Transfer"} == {"steel products"}


def test_a_ship_that_followed_another_into_a_port_in_the_same_sentence() -> None:
    f = facts_of("On January 18 the Togo-flagged Kite Ryvok arrived at Vladivostok, followed two days "
                 "later by the Wren Chonvel.", date="2023-02-21")
    assert dated(f, "PortCall") == {("Kite Ryvok", "Vladivostok"): "2023-01-18",
                                    ("Wren Chonvel", "Vladivostok"): "2023-01-20"}
    g = facts_of("The tanker Kite Ryvok docked at Nakhodka on January 18, followed by the tanker Wren "
                 "Chonvel.", date="2023-02-21")
    assert calls(g) == {("Kite Ryvok", "Nakhodka"), ("Wren Chonvel", "Nakhodka")}
    # (not a ship that followed one leaving, nor what followed that was no ship)
    h = facts_of("The tanker Kite Ryvok left Nakhodka on January 18, followed by the tanker Wren Chonvel. "
                 "The tanker Lark Ryvok docked at Nakhodka on January 19, followed by a storm.",
                 date="2023-02-21")
    assert calls(h) == {("Kite Ryvok", "Nakhodka"), ("Lark Ryvok", "Nakhodka")}


def test_an_aside_on_how_long_a_ship_had_waited_runs_to_the_main_clause_s_time() -> None:
    f = facts_of("The Suezmax Lark Thyme, which had been waiting at Ust-Luga for nine days, finally "
                 "loaded on April 5.", date="2024-04-08")
    assert dated(f, "PortCall") == {("Lark Thyme", "Ust-Luga"): "2024-03-27/2024-04-05"}
    g = facts_of("The Suezmax Lark Thyme, which had been anchored off Ust-Luga for two weeks, berthed on "
                 "April 5.", date="2024-04-08")
    assert dated(g, "PortCall") == {("Lark Thyme", "Ust-Luga"): "2024-03-22/2024-04-05"}
    # (an aside with no span of waiting: a deed done before, at no time told)
    h = facts_of("The Suezmax Lark Thyme, which had loaded at Ust-Luga, finally sailed on April 5.",
                 date="2024-04-08")
    assert dated(h, "PortCall") == {("Lark Thyme", "Ust-Luga"): None}


def test_what_a_ship_has_since_done_runs_from_the_time_told_paragraphs_before() -> None:
    f = facts_of("A missile struck the tanker Wren Tessel in the Red Sea on Wednesday.\n\nNo one was "
                 "hurt. The vessel has since anchored off Djibouti for repairs.", date="2024-06-14")
    assert dated(f, "PortCall") == {("Wren Tessel", "Djibouti"): "2024-06-12/2024-06-14"}
    # (not a deed with no "since")
    g = facts_of("A missile struck the tanker Wren Tessel in the Red Sea on Wednesday.\n\nNo one was "
                 "hurt. The vessel is owned by a firm in Dubai and had anchored off Djibouti.",
                 date="2024-06-14")
    assert dated(g, "PortCall") == {("Wren Tessel", "Djibouti"): None}


def test_a_sea_before_whose_the_next_words_are_is_no_ship() -> None:
    f = facts_of("Iran has released the tanker Kite Sweetwater after its navy seized the ship in the Gulf "
                 "of Oman, the vessel's manager said.", date="2024-03-15")
    assert names(f, "Vessel") == {"Kite Sweetwater"}
    assert {e["location"] for e in kinds(f, "Detention")} != {None}
    # (a name with its kind set after it still names a ship)
    g = facts_of("Iran seized the Kite Sweetwater, a Marshall Islands-flagged tanker, in the Gulf of Oman.",
                 date="2024-03-15")
    assert names(g, "Vessel") == {"Kite Sweetwater"}


@pytest.mark.parametrize("text", [
    "Officials said 4,500 tonnes of coal unloaded at Pohang in October by the Panama-registered Wren "
    "Dalby originated in North Korea.",
    "Coal unloaded at Pohang in October by the freighter Wren Dalby was seized.",
])
def test_a_cargo_told_by_the_ship_that_unloaded_it(text: str) -> None:
    f = facts_of(text, date="2023-12-05")
    assert dated(f, "PortCall") == {("Wren Dalby", "Pohang"): "2023-10"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"coal"}
    assert held(f) == {}  # (the coal was seized, not the ship)


def test_a_ship_seized_after_an_aside_on_its_cargo_is_held() -> None:
    f = facts_of("The freighter Wren Dalby, which unloaded coal at Pohang in October, was seized.",
                 date="2023-12-05")
    assert list(held(f)) == ["Wren Dalby"]


@pytest.mark.parametrize("text", [
    "The cargo ship Lark Ural passed through the Strait of Dover on January 6, escorted by the frigate "
    "Kite Boyar, after leaving Baltiysk on December 30.",
    "The cargo ship Lark Ural, escorted by the frigate Kite Boyar, left Baltiysk on December 30.",
])
def test_a_ship_named_in_an_aside_on_its_escort_is_not_the_subject(text: str) -> None:
    f = facts_of(text, date="2025-01-08")
    assert dated(f, "PortCall") == {("Lark Ural", "Baltiysk"): "2024-12-30"}


@pytest.mark.parametrize("text", [
    "Tracking data show the VLCC Kite Persel took the oil on board from another VLCC, the Wren Hormel, "
    "east of Malaysia in August.",
    "The VLCC Kite Persel took the crude aboard from the Wren Hormel in August.",
])
def test_a_cargo_taken_on_board_from_another_ship(text: str) -> None:
    f = facts_of(text, date="2024-10-02")
    assert sts_events(f) == [(frozenset({"Kite Persel", "Wren Hormel"}), None, 1)]
    assert kinds(f, "ShipToShipTransfer")[0]["date"] == "2024-08"


def test_the_crew_taken_aboard_from_a_ship_is_no_transfer() -> None:
    f = facts_of("The VLCC Kite Persel took the crew aboard from the Wren Hormel in August.",
                 date="2024-10-02")
    assert sts_events(f) == [] and names(f, "Vessel") == {"Kite Persel"}


def test_a_cargo_told_by_the_ship_it_came_aboard_runs_from_the_ship_s_leaving() -> None:
    f = facts_of("A cargo of armoured vehicles unloaded at Port Sudan in late September arrived aboard "
                 "the freighter Lark Nilo, which had left Novorossiysk on September 6.", date="2024-10-10")
    assert dated(f, "Transfer") == {("Lark Nilo", "Novorossiysk", "Port Sudan"): "2024-09-06/2024-09-30"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"armoured vehicles"}
    # (a cargo word before a noun is no cargo told by a ship: "the second Russian crude delivery")
    g = facts_of("It is the second Russian crude delivery to Cuba this year; the first, aboard the "
                 "tanker Lark Caribo, arrived in January.", date="2025-03-10")
    assert {e.cargo for e in g.events if e.type == "Transfer"} <= {None}


def test_since_dates_the_deed_told_with_it_not_a_load_in_an_aside_before() -> None:
    f = facts_of("Turkey turned the tanker Wren Sabel away from Dortyol on Monday.\n\nThe vessel, "
                 "carrying diesel loaded at Primorsk, has since anchored off Port Said.", date="2025-01-15")
    assert dated(f, "PortCall")[("Wren Sabel", "Primorsk")] is None
    assert dated(f, "PortCall")[("Wren Sabel", "Port Said")] == "2025-01-13/2025-01-15"
    # (from the latest time told before, not a call told as earlier still)
    g = facts_of("A missile struck the tanker Wren Tessel on Wednesday. It had called at Fujairah on "
                 "May 30.\n\nNo one was hurt. The vessel has since anchored off Djibouti.", date="2024-06-14")
    assert dated(g, "PortCall")[("Wren Tessel", "Djibouti")] == "2024-06-12/2024-06-14"


def test_a_name_that_passed_its_cargo_to_a_craft_at_sea_is_a_ship() -> None:
    f = facts_of("The Panel also noted that the Lark Hwangbo transferred coal to a Chinese barge off "
                 "Ningbo on 8 October 2023.", date="2024-03-08")
    assert names(f, "Vessel") == {"Lark Hwangbo"}
    g = facts_of("Officials said the Wren Kestrel Group transferred coal to a barge operator in Ningbo.",
                 date="2024-03-08")
    assert names(g, "Vessel") == set()


def test_a_standing_designation_told_in_an_aside_takes_no_time_of_the_report() -> None:
    f = facts_of("The vessel Lark Kumo, which is designated by the UN Security Council, left Nampo in "
                 "mid-May.", date="2023-06-15")
    assert [e.get("date") for e in kinds(f, "Sanction")] == [None]
    g = facts_of("The vessel Lark Kumo is being designated by the Treasury.", date="2023-06-15")
    assert [e["date"] for e in kinds(g, "Sanction")] == ["2023-06-15"]


def test_a_hedge_on_a_counted_cargo_leaves_the_call_as_told() -> None:
    f = facts_of("On August 3 the tanker Kite Llano was photographed berthed at Jose, loading what analysts "
                 "believe was around 1.8 million barrels of Merey crude.", date="2024-11-20")
    assert [e["confidence"] for e in kinds(f, "PortCall")] == ["reported"]
    g = facts_of("Analysts believe the tanker Kite Llano loaded around 1.8 million barrels of crude at Jose "
                 "on August 3.", date="2024-11-20")
    assert [e["confidence"] for e in kinds(g, "PortCall")] == ["likely"]


def test_a_ship_escorted_to_a_territory_s_port_and_a_voyage_under_way_empty() -> None:
    f = facts_of("The tanker Wren Atlan was escorted to Gibraltar for inspection.", date="2024-09-25")
    assert calls(f) == {("Wren Atlan", "Gibraltar")}
    g = facts_of("The crude tanker Wren Atlan ran aground on Tuesday while sailing empty from Ceuta.",
                 date="2024-09-25")
    assert dated(g, "PortCall") == {("Wren Atlan", "Ceuta"): "2024-08-25/2024-09-24"}


def test_a_name_hit_off_a_place_or_damaged_by_an_explosion_is_a_ship() -> None:
    f = facts_of("The Wren Seagem was hit off Savona on February 15, ten days after loading at Ust-Luga. "
                 "The Kite Koalo was damaged by an explosion at Ust-Luga on February 9.", date="2025-03-05")
    assert names(f, "Vessel") == {"Wren Seagem", "Kite Koalo"}
    assert dated(f, "PortCall")[("Wren Seagem", "Ust-Luga")] == "2025-02-05"
    g = facts_of("The Wren Seagem Terminal was damaged by the storm. The Prime Minister was hit off guard.",
                 date="2025-03-05")
    assert names(g, "Vessel") == set()


def test_a_member_of_a_group_that_unloaded_at_a_port_brought_what_it_came_with() -> None:
    f = facts_of("At least five tankers discharged Iranian fuel at Ras Isa. The Kite Maryem arrived on "
                 "September 4 with about 45,000 tonnes of gasoline.", date="2024-10-30")
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"gasoline"}
    g = facts_of("At least five tankers discharged Iranian fuel at Ras Isa. The Kite Maryem arrived on "
                 "September 4 with a crew of 20.", date="2024-10-30")
    assert {e.cargo for e in g.events if e.type == "Transfer"} == {None}


def test_ships_a_notice_identifies_as_blocked_property_are_designated_on_its_day() -> None:
    f = facts_of("The following vessels are identified as property in which blocked persons have an "
                 "interest:\n\n1. LARK OSPRAY (IMO 9308326), a crude oil tanker flagged in Gabon.\n"
                 "2. KITE VOLNO (IMO 9252333), a Cameroon-flagged product tanker.", date="2025-02-24")
    assert sorted(e.get("date") for e in kinds(f, "Sanction")) == ["2025-02-24", "2025-02-24"]


def test_a_ship_alongside_the_one_told_before_by_a_pronoun_met_it() -> None:
    f = facts_of("The tanker Lark Aegis has been anchored in the Laconian Gulf since January 30, waiting to "
                 "transfer its cargo. Satellite images taken on February 20 show a second tanker, the Kite "
                 "Ionia, alongside it.", date="2024-02-28")
    assert sts_events(f) == [(frozenset({"Lark Aegis", "Kite Ionia"}), "Laconian Gulf", 2)]
    # (not a ship with a tug alongside it)
    g = facts_of("The tanker Lark Aegis left Primorsk on January 5. On February 20 the tanker Kite Ionia "
                 "was moored at Piraeus with a tug alongside it.", date="2024-02-28")
    assert sts_events(g) == []


def test_a_ship_a_prosecutor_ordered_detained_is_held() -> None:
    f = facts_of("Turkish prosecutors ordered the bulk carrier Lark Zhibo detained at the port of Karasu on "
                 "June 14. The ship was released two days later.", date="2024-06-19")
    assert held(f) == {"Lark Zhibo": "2024-06-14/2024-06-16"}
    g = facts_of("The warship Kite Zhibo detained two fishing boats on June 14.", date="2024-06-19")
    assert held(g) == {}


def test_it_after_each_time_is_the_ship_told_before() -> None:
    f = facts_of("The bulk carrier Kite Amor called at Nakhodka on November 21. Each time it arrived from "
                 "Rajin.", date="2024-12-02")
    assert calls(f) == {("Kite Amor", "Nakhodka"), ("Kite Amor", "Rajin")}


def test_a_stay_told_from_arrival_to_departure_holds_a_load_told_before() -> None:
    f = facts_of("A tanker loaded a cargo of crude at Primorsk over the weekend.\n\nThe tanker Wren Marta "
                 "berthed at Primorsk on Saturday and left on Monday with about 100,000 tonnes of oil.",
                 date="2025-03-18")
    assert dated(f, "PortCall") == {("Wren Marta", "Primorsk"): "2025-03-15/2025-03-17"}
    # (a stay told as lasting, with a time within it: the narrower time)
    g = facts_of("The tanker Wren Marta has been at Primorsk since March 1.\n\nThe tanker Wren Marta "
                 "loaded crude at Primorsk on March 9.", date="2025-03-18")
    assert dated(g, "PortCall") == {("Wren Marta", "Primorsk"): "2025-03-09"}


def test_a_call_told_on_three_days_weeks_apart_is_three_calls() -> None:
    f = facts_of("The cargo ship Kite Vesna was photographed at Sevastopol on March 2, April 9 and May 16.",
                 date="2023-06-20")
    assert sorted(e.date or "" for e in f.events if e.type == "PortCall") == [
        "2023-03-02", "2023-04-09", "2023-05-16"]
    # (days in a row are one stay)
    g = facts_of("The cargo ship Kite Vesna was at Sevastopol on 3, 4 and 5 May.", date="2023-06-20")
    assert [e.date for e in g.events if e.type == "PortCall"] == ["2023-05-03/2023-05-05"]


def test_a_cutter_is_a_ship() -> None:
    f = facts_of("On January 28, a boarding team from the US Coast Guard cutter Lark Sutphin Jr. "
                 "intercepted a dhow in the Arabian Sea and seized 200 packages of missile parts.",
                 date="2024-02-15")
    assert {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"} == {"Lark Sutphin Jr": "cutter"}
    assert kinds(f, "Detention") == []  # (the ship the team came from holds nothing)
    g = facts_of("The fishing boat was caught by a cutter near the Wren Keys.", date="2024-02-15")
    assert names(g, "Vessel") == set()


def test_the_last_of_a_ship_s_flags_listed_is_the_one_it_flies() -> None:
    f = facts_of("The tanker Kite Ruby (IMO 9236731) has flown the flags of Panama, Cameroon and, since "
                 "December, Eswatini. Its MMSI is 667001234.", date="2025-01-09")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == ["SWZ"]
    g = facts_of("The tanker Kite Ruby flew the flags of the Marshall Islands, Panama and, most recently, "
                 "Sierra Leone.", date="2025-01-09")
    assert [e.flag for e in g.entities if e.type == "Vessel"] == ["SLE"]
    h = facts_of("The tanker Kite Ruby was once registered in Panama.", date="2025-01-09")
    assert [e.flag for e in h.entities if e.type == "Vessel"] == [None]


def test_a_load_passed_on_at_sea_goes_with_the_other_ship() -> None:
    f = facts_of("The tanker Lark Grace loaded fuel oil at Jose in August 2024 and discharged it in a "
                 "ship-to-ship operation off Malaysia in late September. Analysts say the receiving ship, "
                 "the Wren Sea, then delivered the cargo to Dongying. In December the Lark Grace anchored "
                 "off Johor.", date="2025-01-09")
    assert transfers(f) == {("Wren Sea", None, "Dongying")}
    assert {e.cargo for e in f.events if e.type in ("Transfer", "ShipToShipTransfer")} == {"fuel oil"}
    assert sts_events(f) == [(frozenset({"Lark Grace", "Wren Sea"}), None, 2)]
    # (a part passed on: the rest still carried on)
    g = facts_of("The tanker Lark Grace loaded fuel oil at Jose in August, transferred part of it to the "
                 "Wren Sea off Malaysia in September and discharged the rest at Qingdao in October.",
                 date="2025-01-09")
    assert ("Lark Grace", "Jose", "Qingdao") in transfers(g)


def test_a_ship_that_transferred_a_cargo_to_another_is_a_ship() -> None:
    f = facts_of("The Lark Grace transferred fuel oil to the Wren Sea off Malaysia in September. The Wren "
                 "Sea then delivered it to Dongying.", date="2025-01-09")
    assert names(f, "Vessel") == {"Lark Grace", "Wren Sea"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"fuel oil"}
    g = facts_of("The Wren Ministry transferred funds to the Central Bank.", date="2025-01-09")
    assert names(g, "Vessel") == set()


def test_ships_owned_by_someone_such_as_two_named_are_ships() -> None:
    f = facts_of("The route is run by cargo ships owned by the defence ministry, such as the Kite IV and "
                 "the Wren Major.")
    assert names(f, "Vessel") == {"Kite IV", "Wren Major"}
    g = facts_of("Ports used by the navy, such as Tartus and Novorossiysk, were busy.")
    assert names(g, "Vessel") == set()


def test_a_ship_barred_from_leaving_a_port_is_held_there_and_is_the_lead_s_ship() -> None:
    f = facts_of("Authorities have barred a Mongolia-flagged bulk carrier from leaving Busan, the ministry "
                 "said on Monday.\n\nThe Kite Bay arrived in Busan on April 14 from Vladivostok.",
                 date="2024-04-22")
    assert [(e.name, e.flag) for e in f.entities if e.type == "Vessel"] == [("Kite Bay", "MNG")]
    assert [e.get("location") for e in kinds(f, "Detention")] == ["Busan"]
    g = facts_of("Authorities have barred the bulk carrier Kite Bay from entering Busan.")
    assert kinds(g, "Detention") == []


def test_a_name_after_an_aside_on_when_it_was_built_is_a_ship() -> None:
    f = facts_of("A bulk carrier heading to Kavkaz with a load of fertiliser ran aground on Sunday.\n\nThe "
                 "Volgo-Kite 199, built in 1978, had left Rostov-on-Don on Friday. It continued to Kavkaz, "
                 "where it berthed on Monday.", date="2024-11-18")
    assert names(f, "Vessel") == {"Volgo-Kite 199"}
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"fertiliser"}
    g = facts_of("The Kite Bridge, built in 2018, carried traffic to Kerch.", date="2024-11-18")
    assert names(g, "Vessel") == set()


def test_a_doubt_after_but_with_no_comma_is_of_its_own_clause() -> None:
    f = facts_of("The bulk carrier Wren Star has also been seen at Sevastopol but we could not confirm "
                 "where it went afterwards.", date="2023-06-20")
    assert [e["confidence"] for e in kinds(f, "PortCall")] == ["reported"]
    g = facts_of("The bulk carrier Wren Star may have been seen at Sevastopol.", date="2023-06-20")
    assert [e["confidence"] for e in kinds(g, "PortCall")] != ["reported"]


def test_a_name_that_completed_loading_is_a_ship() -> None:
    f = facts_of("Among them, the Lark Volna completed loading at Ust-Luga on February 5.", date="2025-02-11")
    assert dated(f, "PortCall") == {("Lark Volna", "Ust-Luga"): "2025-02-05"}
    g = facts_of("The Wren Terminal completed loading ahead of schedule.", date="2025-02-11")
    assert names(g, "Vessel") == set()


def test_a_hedge_on_who_bought_is_not_one_on_the_voyage() -> None:
    f = facts_of("The tanker Wren Pacific sailed from Primorsk on February 7 with an Indian refiner as the "
                 "likely buyer, brokers said.", date="2025-02-11")
    assert [e["confidence"] for e in kinds(f, "PortCall")] == ["reported"]
    g = facts_of("The tanker Wren Pacific conducted a possible transfer with the Kite Ocean on February 7.",
                 date="2025-02-11")
    assert [e.confidence for e in g.events] == ["realistic possibility"]


def test_a_ship_held_off_a_port_with_a_load_from_elsewhere_did_not_deliver_it_there() -> None:
    f = facts_of("Finnish authorities on Monday lifted the detention of the oil tanker Kite Eagle, which "
                 "had been held off Porvoo since December 26 on suspicion of damaging a cable. The "
                 "vessel, carrying petrol loaded at Ust-Luga, will be allowed to leave once repairs are "
                 "done.", date="2025-03-04")
    assert transfers(f) == set()
    assert [(e.get("location"), e.get("date")) for e in kinds(f, "Detention")] == [
        ("Porvoo", "2024-12-26/2025-03-03")]
    # ("seized off Fujairah": where it was held, no call there)
    g = facts_of("Iranian forces seized the tanker Kite Ocean off Fujairah on May 3.")
    assert [e.get("location") for e in kinds(g, "Detention")] == ["Fujairah"] and calls(g) == set()


def test_a_berth_told_with_a_is_of_the_port_told_before() -> None:
    f = facts_of("The cargo ship Wren Ryusong called at Longkou. On December 9 it was seen at a coal berth.",
                 date="2022-12-15")
    assert dated(f, "PortCall") == {("Wren Ryusong", "Longkou"): "2022-12-09"}
    g = facts_of("The cargo ship Wren Ryusong called at Longkou. On December 9 it was seen at a Chinese "
                 "port.", date="2022-12-15")
    assert dated(g, "PortCall") == {("Wren Ryusong", "Longkou"): None}
    h = facts_of("The cargo ship Wren Ryusong loaded coal at Songnim. On March 12 it was seen discharging "
                 "coal at a wharf on Zhoushan's Liuheng island.", date="2022-12-15")
    assert ("Wren Ryusong", "Songnim") not in {k for k, v in dated(h, "PortCall").items() if v}


def test_a_voyage_s_length_told_after_the_port_it_came_from() -> None:
    f = facts_of("The cargo ship Lark Sparta arrived at Tartus from Baltiysk on January 12 after a 17-day "
                 "voyage.", date="2025-02-01")
    assert dated(f, "PortCall")[("Lark Sparta", "Baltiysk")] == "2024-12-26"
    g = facts_of("The cargo ship Lark Sparta arrived at Tartus from Baltiysk on January 12, and left after "
                 "a two-day stay.", date="2025-02-01")
    assert dated(g, "PortCall")[("Lark Sparta", "Baltiysk")] == "2024-12-13/2025-01-12"


def test_an_earlier_voyage_is_the_ship_s_told_before() -> None:
    f = facts_of("The cargo ship Kite Marmara arrived at Samsun on August 11. Officials declined to "
                 "comment. An earlier voyage, in June, ended at the Turkish port of Bandirma.",
                 date="2023-09-04")
    assert dated(f, "PortCall") == {("Kite Marmara", "Samsun"): "2023-08-11",
                                    ("Kite Marmara", "Bandirma"): "2023-06"}
    g = facts_of("The cargo ships Kite Marmara and Lark Azov arrived at Samsun on August 11. An earlier "
                 "voyage ended at Bandirma.", date="2023-09-04")
    assert {p for _, p in calls(g)} == {"Samsun"}


def test_a_seizure_counted_in_months_and_told_by_its_day_is_one_held_to_the_release() -> None:
    f = facts_of("DUBAI, Dec 20 - Iran has freed the tanker Kite Sovereign, eight months after seizing the "
                 "vessel in the Gulf of Oman, its manager said on Friday.\n\nIranian forces boarded the ship "
                 "on April 13 "
                 "and took it to Bandar Abbas.", date="2024-12-20")
    assert [e.get("date") for e in kinds(f, "Detention")] == ["2024-04-13/2024-12-20"]
    # (two seizures months apart stay two)
    g = facts_of("Iranian forces boarded the tanker Kite Sovereign on April 13. Iranian forces boarded the "
                 "tanker Kite Sovereign again on August 2.", date="2024-12-20")
    assert len(kinds(g, "Detention")) == 2


def test_a_port_watch_line_with_the_ship_s_kind_after_its_registry() -> None:
    f = facts_of("Latakia\n- Lark Hama (Syria), bulk, at anchor since 21 May awaiting berth.\n"
                 "- Wren Oron (Togo), bulk carrier, at anchor since 22 May.", date="2025-05-26")
    assert {e.name: (e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"} == {
        "Lark Hama": ("SYR", "bulk carrier"), "Wren Oron": ("TGO", "bulk carrier")}
    assert dated(f, "PortCall")[("Lark Hama", "Latakia")] == "2025-05-21/2025-05-26"
    g = facts_of("Latakia\n- Grain (Syria), bulk, at record levels since May.", date="2025-05-26")
    assert names(g, "Vessel") == set()


def test_a_voyage_from_a_departure_in_a_relative_clause_runs_to_the_arrival() -> None:
    f = facts_of("A cargo ship that sailed from Bandar Abbas in March unloaded military equipment at Port "
                 "Sudan in early April. The ship was identified as the Kite Sahel.", date="2024-05-10")
    assert dated(f, "Transfer") == {("Kite Sahel", "Bandar Abbas", "Port Sudan"): "2024-03-01/2024-04-10"}


def test_a_cargo_bound_for_a_state_is_the_cargo_not_the_state() -> None:
    f = facts_of("The container ship Lark Jordan discharged its Israel-bound boxes at Limassol on March 3.",
                 date="2024-03-05")
    assert {e.cargo for e in f.events if e.type == "Transfer"} == {"Israel-bound boxes"}
    g = facts_of("The bulk carrier Lark Jordan loaded wheat bound for Spain at Odesa on March 3.",
                 date="2024-03-05")
    assert {e.cargo for e in g.events if e.type == "Transfer"} <= {"wheat"}


def test_a_load_taken_from_another_ship_counted_in_tonnes() -> None:
    f = facts_of("On April 20 the tanker Kite Thera took some 90,000 tonnes of fuel oil from the Wren "
                 "Sparta in rough seas.", date="2025-06-12")
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["fuel oil"]


def test_a_ship_of_the_same_length_and_colour_is_the_ship_told_of_with_doubt() -> None:
    f = facts_of("On 3 January the bulk carrier Wren Tumen loaded coal at Vanino. It left the port two days "
                 "later. Satellite images from 11 January show a vessel of the same length and colour "
                 "moored at Rajin.", date="2024-02-20")
    assert [(e["port"], e["confidence"]) for e in kinds(f, "PortCall") if e["port"] == "Rajin"] == [
        ("Rajin", "realistic possibility")]
    assert {(e.cargo, e.confidence) for e in f.events if e.type == "Transfer"} == {
        ("coal", "realistic possibility")}
    g = facts_of("On 3 January the bulk carrier Wren Tumen loaded coal at Vanino. Satellite images from 11 "
                 "January show a vessel of a different colour moored at Rajin.", date="2024-02-20")
    assert ("Wren Tumen", "Rajin") not in calls(g)


def test_a_cargo_brought_from_a_port_on_a_day_was_loaded_before_it() -> None:
    f = facts_of("The bulk carrier Lark Santos delivered urea from St Petersburg to Rio Grande on "
                 "January 24.",
                 date="2025-01-30")
    assert dated(f, "PortCall") == {("Lark Santos", "St Petersburg"): "2024-12-25/2025-01-24",
                                    ("Lark Santos", "Rio Grande"): "2025-01-24"}
    g = facts_of("The bulk carrier Lark Santos carried urea from St Petersburg to Rio Grande in January.",
                 date="2025-01-30")
    assert dated(g, "PortCall")[("Lark Santos", "St Petersburg")] == "2025-01"


def test_a_lead_s_has_seized_takes_the_day_the_story_gives_the_seizure() -> None:
    f = facts_of("The coast guard has seized a Sierra Leone-flagged tanker, officials said on Thursday. The "
                 "tanker Lark Yeosu was held at the southern port of Yeosu on January 21.", date="2024-01-25")
    assert [(e.get("location"), e.get("date")) for e in kinds(f, "Detention")] == [("Yeosu", "2024-01-21")]
    # (a stay held told to the report keeps its span)
    g = facts_of("The tanker Lark Yeosu has been held at Yeosu since January 21. Police seized the tanker "
                 "Lark Yeosu at Yeosu on January 21.", date="2024-01-25")
    assert [e.get("date") for e in kinds(g, "Detention")] == ["2024-01-21/2024-01-25"]


def test_a_cargo_handed_to_another_ship_and_one_caused_to_be_transferred() -> None:
    f = facts_of("Investigators believe the tanker Lark Yeosu handed about 4,000 tonnes of diesel to the "
                 "tanker Wren Kum Song off Taiwan in November.", date="2024-01-25")
    assert [e.cargo for e in f.events if e.type == "ShipToShipTransfer"] == ["diesel"]
    g = facts_of("The tanker Wren Horizon sailed to waters off Singapore, where the defendants caused the "
                 "oil to be transferred to the tanker Kite Meridian in May 2023.", date="2025-02-14")
    assert [e.cargo for e in g.events if e.type == "ShipToShipTransfer"] == ["oil"]


def test_a_request_to_detain_a_ship_is_no_detention() -> None:
    f = facts_of("Ukraine's embassy said the cargo ship Wren Laodicea carried stolen grain, asking Lebanese "
                 "authorities to detain the vessel.", date="2023-07-28")
    assert kinds(f, "Detention") == []
    g = facts_of("Lebanese authorities detained the cargo ship Wren Laodicea at Tripoli on July 21.",
                 date="2023-07-28")
    assert len(kinds(g, "Detention")) == 1


def test_what_prosecutors_allege_with_no_that_is_hedged() -> None:
    f = facts_of("Prosecutors allege the tanker Kite Meridian later delivered the oil to Qingdao.",
                 date="2025-02-14")
    assert {e.confidence for e in f.events} == {"realistic possibility"}
    g = facts_of("The tanker Kite Meridian delivered the oil to Qingdao, the alleged buyer said.",
                 date="2025-02-14")
    assert {e.confidence for e in g.events} == {"reported"}


def test_a_caption_of_ships_loading_at_a_port_is_the_table_s_origin() -> None:
    f = facts_of("Tankers loading at Kozmino in March:\n\n| Vessel | Flag | Loaded | Destination |\n"
                 "|---|---|---|---|\n| Kite Amur | Panama | 3 Mar | Qingdao |\n", date="2025-04-03")
    assert dated(f, "PortCall")[("Kite Amur", "Kozmino")] == "2025-03-03"
    assert ("Kite Amur", "Kozmino", "Qingdao") in transfers(f)


def test_ships_listed_under_among_them_after_a_designation_are_designated() -> None:
    f = facts_of("Today the Treasury is designating 15 vessels that have carried Iranian oil. Among them:\n\n"
                 "KITE ZAGROS (IMO 9283899), a Panama-flagged tanker.\n\nLARK BUSHEHR (IMO 9208124), a "
                 "Comoros-flagged tanker.", date="2024-12-19")
    assert sorted((e["target"], e.get("date")) for e in kinds(f, "Sanction")) == [
        ("KITE ZAGROS", "2024-12-19"), ("LARK BUSHEHR", "2024-12-19")]
    g = facts_of("Several tankers called at Tartus in May. Among them:\n\nKITE ZAGROS (IMO 9283899), a "
                 "Panama-flagged tanker.", date="2024-12-19")
    assert kinds(g, "Sanction") == []


def test_a_voyage_told_whole_and_again_by_its_calls_is_one() -> None:
    f = facts_of("A bulk carrier that loaded wheat at Sevastopol last month unloaded in Alexandria last "
                 "week.\n\nThe Lark Nile left Sevastopol on September 19. It arrived in Alexandria on "
                 "September 28 and began discharging on October 2.", date="2023-10-09")
    assert [(e.cargo, e.date) for e in f.events if e.type == "Transfer"] == [
        ("wheat", "2023-09-19/2023-10-02")]
    # (one told at a time apart from the other's stays its own)
    g = facts_of("A bulk carrier loaded wheat at Sevastopol and unloaded it in Alexandria on August 20.\n\n"
                 "The Lark Nile left Sevastopol on September 19. It arrived in Alexandria on September 28.",
                 date="2023-10-09")
    assert len([e for e in g.events if e.type == "Transfer"]) == 2


def test_a_name_joined_to_a_ship_s_with_an_aside_of_the_same_build() -> None:
    f = facts_of("The Kite Sahara loaded at Kharg Island. The most frequent visitors were the Kite Sahara, "
                 "which made six trips, and the Lark Persia, which made five.", date="2025-01-15")
    assert names(f, "Vessel") == {"Kite Sahara", "Lark Persia"}
    g = facts_of("The Kite Sahara loaded at Kharg Island. The minister praised the Kite Sahara, which made "
                 "six trips, and the Oil Ministry, which paid for them.", date="2025-01-15")
    assert names(g, "Vessel") == {"Kite Sahara"}


def test_a_capital_that_is_also_a_port_helps_tell_ports_of_one_name_apart() -> None:
    f = facts_of("Tankers gather off Lome, Togo, to swap cargoes.\n\nThe tanker Kite Benin arrived from "
                 "Primorsk on June 4. The tanker Wren Accra later sailed to Lagos, where it discharged on "
                 "June 25.", date="2024-08-01")
    assert {e.name: e.country for e in f.entities if e.type == "Port"}["Lagos"] == "NGA"
    # (with no such port, Nigeria's Lagos still: the curated layer rates Portugal's small)
    g = facts_of("The tanker Kite Benin arrived from Primorsk on June 4. The tanker Wren Accra later "
                 "sailed to Lagos, where it discharged on June 25.", date="2024-08-01")
    assert {e.name: e.country for e in g.entities if e.type == "Port"}["Lagos"] == "NGA"
    # (ports of one name and one size: the one nearest the other ports named)
    for before, state in (("Mumbai", "IND"), ("Osaka", "JPN")):
        h = facts_of(f"The tanker Kite Benin arrived from {before} on June 4. The tanker Wren Accra later "
                     "sailed to Kochi, where it discharged on June 25.", date="2024-08-01")
        assert {e.name: e.country for e in h.entities if e.type == "Port"}["Kochi"] == state


def test_a_suspicion_on_a_ship_s_part_in_a_whose_aside_does_not_hedge_its_deed() -> None:
    f = facts_of("The bulk carrier Wren Peng, whose anchor is suspected of cutting two cables, had loaded "
                 "fertiliser at Ust-Luga.", date="2024-11-22")
    assert [e.confidence for e in f.events if e.type == "PortCall"] == ["reported"]
    g = facts_of("The bulk carrier Wren Peng, whose anchor is suspected of cutting two cables, may have "
                 "loaded fertiliser at Ust-Luga.", date="2024-11-22")
    assert [e.confidence for e in g.events if e.type == "PortCall"] == ["realistic possibility"]


def test_it_after_an_opening_time_passed_its_load_to_the_ships_named() -> None:
    f = facts_of("The tanker Kite Benin arrived off Lome on June 4 carrying diesel. On June 5 it pumped the "
                 "fuel into the Wren Accra.", date="2024-08-01")
    assert sts_events(f) == [(frozenset({"Kite Benin", "Wren Accra"}), None, 1)]
    g = facts_of("The tanker Kite Benin arrived off Lome on June 4 carrying diesel. Over the next two weeks "
                 "it pumped the fuel into three smaller tankers, including the Wren Accra and the Lark "
                 "Volta.",
                 date="2024-08-01")
    assert sorted(sorted(p) for p, _, _ in sts_events(g)) == [["Kite Benin", "Lark Volta"],
                                                            ["Kite Benin", "Wren Accra"]]
    h = facts_of("The tanker Kite Benin arrived off Lome on June 4. On June 5 the agency pumped the fuel "
                 "into the Wren Reservoir.", date="2024-08-01")
    assert sts_events(h) == []


def test_a_shipping_arm_or_company_named_after_the_verb_is_no_cargo() -> None:
    f = facts_of("The cargo ship Lark Ural, run by the ministry's shipping arm Kestrelflot, made four round "
                 "trips between Novorossiysk and Tartus in January and February.", date="2025-03-14")
    assert [e.cargo for e in f.events if e.type == "Transfer"] == [None]
    assert dated(f, "Transfer")[("Lark Ural", "Novorossiysk", "Tartus")] == "2025-01/2025-02"
    g = facts_of("The cargo ship Lark Ural was shipping ammunition from Novorossiysk to Tartus in "
                 "January.", date="2025-03-14")
    assert [e.cargo for e in g.events if e.type == "Transfer"] == ["ammunition"]


def test_a_ship_a_lead_tried_to_inspect_is_the_one_named_next() -> None:
    f = facts_of("A naval mission said it had tried to inspect a Tanzanian-flagged cargo ship suspected "
                 "of carrying weapons to Libya.\n\nThe ship, the Wren Cirrus, had left Haydarpasa on "
                 "7 June.", date="2020-06-12")
    ship = next(e for e in f.entities if e.name == "Wren Cirrus")
    assert (ship.flag, ship.vessel_type) == ("TZA", "cargo ship")
    g = facts_of("A naval mission said it had tried to inspect a Tanzanian-flagged cargo ship suspected "
                 "of carrying weapons to Libya.\n\nA second ship, the Wren Cirrus, had left Haydarpasa "
                 "on 7 June.", date="2020-06-12")
    ship = next(e for e in g.entities if e.name == "Wren Cirrus")
    assert ship.flag is None


def test_a_meeting_where_the_cargo_is_believed_to_have_passed_is_a_hedged_transfer() -> None:
    f = facts_of("The tanker Kite Sound met the tanker Wren Crest off the Moroccan coast on 29 December, "
                 "where the fuel is believed to have been transferred.", date="2025-01-17")
    assert sts_events(f) == [(frozenset({"Kite Sound", "Wren Crest"}), None, 1)]
    assert [e.confidence for e in f.events if e.type == "ShipToShipTransfer"] == ["likely"]
    g = facts_of("The tanker Kite Sound met the tanker Wren Crest off Ceuta on 29 December, where the "
                 "diesel was transferred.", date="2025-01-17")
    assert [e.confidence for e in g.events if e.type == "ShipToShipTransfer"] == ["reported"]
    h = facts_of("The tanker Kite Sound met the tanker Wren Crest off Ceuta on 29 December, where the "
                 "fuel was later sold.", date="2025-01-17")
    assert sts_events(h) == []


def test_a_cargo_loaded_at_a_port_at_a_time_onto_a_ship_named_after() -> None:
    f = facts_of("The diesel had been loaded at Primorsk in early December onto a different tanker, the "
                 "Kite Sound, tracking data indicate.", date="2025-01-17")
    assert dated(f, "PortCall") == {("Kite Sound", "Primorsk"): "2024-12-01/2024-12-10"}
    g = facts_of("Containers were loaded at Rajin on 3 May aboard the Kite Sound.", date="2025-01-17")
    assert dated(g, "PortCall") == {("Kite Sound", "Rajin"): "2024-05-03"}
    h = facts_of("Coal was loaded at Nampo in March onto trucks, while the cargo ship Kite Sound waited "
                 "offshore.", date="2025-01-17")
    assert calls(h) == set()


def test_the_time_of_a_cargo_s_loading_told_after_an_arrival_is_not_the_arrival_s() -> None:
    f = facts_of("On 12 November the cargo ship Wren Kaspiy docked at Amirabad with barley loaded in "
                 "Makhachkala a week earlier.", date="2023-11-30")
    assert dated(f, "PortCall")[("Wren Kaspiy", "Amirabad")] == "2023-11-12"
    assert dated(f, "PortCall")[("Wren Kaspiy", "Makhachkala")] == "2023-11-02/2023-11-08"
    assert dated(f, "Transfer")[("Wren Kaspiy", "Makhachkala", "Amirabad")] == "2023-11-02/2023-11-12"


def test_a_ship_turned_away_from_a_port_and_anchored_off_it_made_no_call() -> None:
    f = facts_of("The Comoros-flagged tanker Wren Tern was turned away from Sikka and is anchored off the "
                 "port.", date="2025-04-04")
    assert calls(f) == set()
    g = facts_of("The tanker Wren Tern was turned away from Sikka and docked at Vadinar.", date="2025-04-04")
    assert calls(g) == {("Wren Tern", "Vadinar")}
    h = facts_of("The tanker Wren Tern was turned away from Sikka in May but docked there in June.",
                 date="2025-08-04")
    assert calls(h) == {("Wren Tern", "Sikka")}


def test_a_cargo_s_loading_said_before_a_second_thing_said_of_the_ship() -> None:
    f = facts_of("The bulk carrier Kite Meridian docked at Alexandria on Sunday. Prosecutors said the "
                 "wheat had been loaded at Sevastopol in July and that the ship had spent weeks drifting.",
                 date="2024-09-18")
    assert transfers(f) == {("Kite Meridian", "Sevastopol", "Alexandria")}
    assert dated(f, "PortCall")[("Kite Meridian", "Sevastopol")] == "2024-07"


def test_a_hedge_on_where_a_cargo_came_from_does_not_hedge_the_arrival() -> None:
    f = facts_of("Police detained the tanker Lark Sirte after it arrived in Marsaxlokk on Monday carrying "
                 "fuel oil that investigators believe was smuggled out of Libya.", date="2023-08-03")
    assert {e.type: e.confidence for e in f.events} == {"PortCall": "reported", "Transfer": "reported",
                                                        "Detention": "reported"}
    assert [e.cargo for e in f.events if e.type == "Transfer"] == ["fuel oil"]
    g = facts_of("Investigators believe the tanker Lark Sirte arrived in Marsaxlokk on Monday with fuel.",
                 date="2023-08-03")
    assert [e.confidence for e in g.events if e.type == "PortCall"] == ["likely"]
    h = facts_of("The tanker Lark Sirte arrived in Marsaxlokk on Monday carrying fuel oil shipped from "
                 "Zuwara.", date="2023-08-03")
    assert [e.cargo for e in h.events if e.type == "Transfer"] == ["fuel oil"]


def test_lng_carriers_told_by_what_they_are_built_for() -> None:
    f = facts_of("The Arc7 carrier Kite Margerie delivered a cargo to Zeebrugge on 4 February, where the gas "
                 "was reloaded onto the conventional carrier Wren Atlas for the onward trip. A week later "
                 "the Lark Vilkitsky, another ice-breaking carrier, discharged at Montoir-de-Bretagne.",
                 date="2024-03-27")
    assert names(f, "Vessel") == {"Kite Margerie", "Wren Atlas", "Lark Vilkitsky"}
    assert calls(f) == {("Kite Margerie", "Zeebrugge"), ("Wren Atlas", "Zeebrugge"),
                        ("Lark Vilkitsky", "Montoir-de-Bretagne")}
    g = facts_of("The airline said a conventional carrier Wren Atlas flew the route.", date="2024-03-27")
    assert calls(g) == set()


def test_a_port_log_s_lines_in_the_present() -> None:
    body = ("16 September - Russian cargo ship Wren Svir arrives from Novorossiysk, moors at the naval "
            "pier.\n21 September - Wren Svir departs, heading north.\n24 September - Tanker Kite Perm "
            "anchors outside the port.\n29 September - Kite Perm berths at the oil terminal and leaves "
            "the next day.")
    f = facts_of(body, date="2024-10-03", title="Port diary: Tartus")
    assert dated(f, "Transfer") == {("Wren Svir", "Novorossiysk", "Tartus"): "2024-08-17/2024-09-16"}
    assert next(e for e in f.entities if e.name == "Kite Perm").vessel_type == "tanker"
    assert sorted(d or "" for k, d in dated_all(f) if k == ("Kite Perm", "Tartus")) == ["2024-09-24",
                                                                                       "2024-09-29"]
    g = facts_of("The tanker Kite Perm arrived from Novorossiysk on 16 September and moored at the naval "
                 "pier.", date="2024-10-03")
    assert calls(g) == {("Kite Perm", "Novorossiysk")}


def dated_all(facts: Facts) -> list[tuple[tuple[str, ...], str | None]]:
    by_id = {e.id: e.name for e in facts.entities}
    return [(tuple(by_id.get(x or "", "") for x in (e.vessel, e.port) if x), e.date)
            for e in facts.events if e.type == "PortCall"]


def test_an_indictment_s_span_told_in_or_about_its_months() -> None:
    f = facts_of("Between in or about March 2021 and in or about June 2021, the tanker Lark Orinoco loaded "
                 "crude oil at Jose.", date="2023-04-25")
    assert dated(f, "PortCall") == {("Lark Orinoco", "Jose"): "2021-03/2021-06"}
    g = facts_of("In or about March 2021, the tanker Lark Orinoco loaded crude oil at Jose.",
                 date="2023-04-25")
    assert dated(g, "PortCall") == {("Lark Orinoco", "Jose"): "2021-03"}


def test_weeks_after_a_departure_told_before_count_on_from_its_time() -> None:
    f = facts_of("The tanker Kite Sable left Primorsk on 3 May. It arrived at Sikka three weeks after it "
                 "left.", date="2024-06-01")
    assert dated(f, "PortCall")[("Kite Sable", "Sikka")] == "2024-05-21/2024-05-27"
    g = facts_of("The tanker Kite Sable left Primorsk on 3 May. It arrived at Sikka three weeks after "
                 "leaving Primorsk.", date="2024-06-01")
    assert sorted(d or "" for k, d in dated_all(g)) == ["2024-05-03", "2024-05-21/2024-05-27"]
    h = facts_of("The tanker Kite Sable docked at Sikka on Wednesday, two weeks after it left Primorsk.",
                 date="2024-06-01")
    assert dated(h, "PortCall") == {("Kite Sable", "Sikka"): "2024-05-29",
                                    ("Kite Sable", "Primorsk"): "2024-05-12/2024-05-18"}


def test_a_sister_ship_named_without_a_comma() -> None:
    f = facts_of("The tanker Kite Volga went dark off the Dutch coast. Our guess: it is heading for an STS "
                 "off Greece, as its sister ship the Kite Don did in May.", date="2025-06-09")
    assert names(f, "Vessel") == {"Kite Volga", "Kite Don"}
    g = facts_of("The tanker Kite Volga went dark. Her sister Anna Petrova said nothing.", date="2025-06-09")
    assert names(g, "Vessel") == {"Kite Volga"}


def test_a_ship_fixed_for_a_cargo_in_the_trade_press() -> None:
    f = facts_of("The Wren Aurora was fixed ex-Primorsk 18-20 November to West Coast India at a lump sum, "
                 "brokers said.", date="2024-11-15")
    assert names(f, "Vessel") == {"Wren Aurora"}
    g = facts_of("The Wren Aurora was fixed in the end by the city council.", date="2024-11-15")
    assert names(g, "Vessel") == set()


def test_ships_told_by_the_port_they_delivered_to_with_their_numbers() -> None:
    f = facts_of("Vessels identified delivering refined petroleum products to Nampo in 2023 included the "
                 "Wren Un San (IMO 8712362), the Kite Chon Ma (IMO 8848276) and the Lark Paek Yang (IMO "
                 "9030591).", date="2024-03-15")
    assert calls(f) == {("Wren Un San", "Nampo"), ("Kite Chon Ma", "Nampo"), ("Lark Paek Yang", "Nampo")}
    assert transfers(f) == {("Wren Un San", None, "Nampo"), ("Kite Chon Ma", None, "Nampo"),
                            ("Lark Paek Yang", None, "Nampo")}
    assert set(dated(f, "PortCall").values()) == {"2023"}


def test_a_log_of_transfers_told_by_arrows_between_ships() -> None:
    f = facts_of("Transfers we recorded off Lome in March:\n\n- 3 March: Kite Ashanti -> Wren Volta, about "
                 "700,000 barrels of fuel oil\n- 11 March: Lark Benin -> Wren Volta, gasoil\n- 20 March: "
                 "Kite Mono -> Wren Volta (planned)", date="2025-04-02")
    assert names(f, "Vessel") == {"Kite Ashanti", "Wren Volta", "Lark Benin", "Kite Mono"}
    assert sorted((sorted(p), where) for p, where, _ in sts_events(f)) == [
        (["Kite Ashanti", "Wren Volta"], "Lome"), (["Lark Benin", "Wren Volta"], "Lome")]
    assert sorted(e.date or "" for e in f.events if e.type == "ShipToShipTransfer") == ["2025-03-03",
                                                                                     "2025-03-11"]
    g = facts_of("Routes we recorded in March:\n\n- Kite Ashanti -> Wren Volta -> Lark Benin",
                 date="2025-04-02")
    assert sts_events(g) == []


def test_a_table_under_a_count_of_deliveries_to_a_state_s_port() -> None:
    body = ("Our count of crude deliveries to Syria's Baniyas terminal in the first quarter:\n\n"
            "| Vessel | Flag | Arrived | Origin |\n| Kite Zagros | Iran | 6 January | Kharg Island |\n"
            "| Wren Alborz | Panama | 2 February | Bandar Abbas |")
    f = facts_of(body, date="2025-04-10")
    assert transfers(f) == {("Kite Zagros", "Kharg Island", "Baniyas"),
                            ("Wren Alborz", "Bandar Abbas", "Baniyas")}
    assert dated(f, "PortCall")[("Wren Alborz", "Baniyas")] == "2025-02-02"


def test_a_call_whose_stay_is_told_in_a_where_up_to_a_day() -> None:
    f = facts_of("The freighter Lark Anhui sailed south and, on 12 July, docked at Rason in North Korea, "
                 "where it remained until 16 July.", date="2024-09-05")
    assert dated(f, "PortCall") == {("Lark Anhui", "Rajin"): "2024-07-12/2024-07-16"}
    g = facts_of("The freighter Lark Anhui sailed to Rizhao, where it discharged on 9 February.",
                 date="2024-09-05")
    assert dated(g, "PortCall") == {("Lark Anhui", "Rizhao"): "2024-02-09"}


def test_a_way_of_unloading_is_no_cargo_and_a_load_told_as_sources_described_it() -> None:
    f = facts_of("The freighter Kite Tabriz left Bandar Anzali on 3 April carrying what two people familiar "
                 "with the shipment described as anti-tank missiles in unmarked crates. It reached Olya on "
                 "6 April and unloaded under guard.", date="2024-06-01")
    assert cargoes(f) == {("Kite Tabriz", "Bandar Anzali", "Olya"): "anti-tank missiles"}
    g = facts_of("The freighter Kite Tabriz reached Olya on 6 April and unloaded without delay.",
                 date="2024-06-01")
    assert set(cargoes(g).values()) == {None}
    h = facts_of("The freighter Kite Tabriz reached Olya on 6 April and unloaded crates under guard.",
                 date="2024-06-01")
    assert set(cargoes(h).values()) == {"crates"}


def test_a_ship_told_before_a_clause_with_a_doer_of_its_own_is_not_what_the_doer_listed() -> None:
    f = facts_of("The tankers Wren Adria and Lark Ionian met off Pylos. Neither ship is under sanctions, "
                 "although the US Treasury designated the Lark Ionian's manager in May.", date="2024-09-01")
    assert kinds(f, "Sanction") == []
    g = facts_of("The tankers Wren Adria and Lark Ionian met off Pylos. Neither ship is under sanctions, "
                 "although the US Treasury designated the Lark Ionian in May.", date="2024-09-01")
    assert [k["target"] for k in kinds(g, "Sanction")] == ["Lark Ionian"]
    h = facts_of("The tanker Wren Adria was detained at Pylos, and the US Treasury designated it in May.",
                 date="2024-09-01")
    assert [k["target"] for k in kinds(h, "Sanction")] == ["Wren Adria"]


def test_the_master_of_a_ship_told_by_its_kind_is_held_not_the_ship() -> None:
    f = facts_of("The tanker Wren Adria anchored off Pylos on Monday. The ship's master, a Latvian "
                 "national, was arrested.", date="2024-09-04")
    assert held(f) == {}
    g = facts_of("The tanker Wren Adria anchored off Pylos on Monday. The ship was detained.",
                 date="2024-09-04")
    assert list(held(g)) == ["Wren Adria"]


@pytest.mark.parametrize("text", [
    "The tanker Kite Saimaa docked at Primorsk on 3 February and loaded Urals crude bound for Vadinar.",
    "The tanker Kite Saimaa called at Primorsk on 3 February to load Urals crude bound for Vadinar.",
    "The tanker Kite Saimaa arrived at Primorsk on 3 February, loading Urals crude destined for Vadinar.",
])
def test_a_load_bound_elsewhere_at_the_port_the_ship_had_just_reached(text: str) -> None:
    f = facts_of(text, date="2025-02-18")
    assert cargoes(f) == {("Kite Saimaa", "Primorsk", "Vadinar"): "Urals crude"}
    assert dated(f, "Transfer")[("Kite Saimaa", "Primorsk", "Vadinar")] == "2025-02-03"


def test_no_voyage_from_a_port_reached_where_the_load_goes_nowhere_told() -> None:
    f = facts_of("The tanker Kite Saimaa docked at Primorsk on 3 February and loaded Urals crude.",
                 date="2025-02-18")
    assert transfers(f) == set()
    g = facts_of("The tanker Kite Saimaa docked at Primorsk on 3 February and sailed to Sikka to load "
                 "crude bound for Vadinar.", date="2025-02-18")
    assert ("Kite Saimaa", "Primorsk", "Vadinar") not in transfers(g)


@pytest.mark.parametrize("title", ["Port of Latakia: vessel movements, first quarter",
                                   "Port of Latakia - arrivals", "Port of Latakia shipping movements"])
def test_a_log_titled_by_the_port_of_a_name(title: str) -> None:
    body = ("January\n- 4 Jan: MV Wren Ebla arrives from Sevastopol with wheat; discharges at berth 3.\n"
            "- 19 Jan: Landing ship Kite Orsk moors at the naval pier.")
    f = facts_of(body, date="2024-04-05", title=title)
    assert calls(f) >= {("Wren Ebla", "Latakia"), ("Kite Orsk", "Latakia")}
    assert transfers(f) == {("Wren Ebla", "Sevastopol", "Latakia")}


def test_a_title_on_a_port_of_a_name_that_is_no_log() -> None:
    f = facts_of("- 4 Jan: MV Wren Ebla arrives from Sevastopol with wheat.", date="2024-04-05",
                 title="Port of Latakia: a history")
    assert ("Wren Ebla", "Latakia") not in calls(f)


@pytest.mark.parametrize("verb", ["had obtained", "acquired", "sourced"])
def test_a_load_obtained_from_a_named_ship_is_a_transfer_at_sea(verb: str) -> None:
    f = facts_of(f"The tanker Wren Hwanghae {verb} the oil from the Lark Ningbo near Zhoushan on "
                 "2 October 2023.", date="2024-03-12")
    assert names(f, "Vessel") == {"Wren Hwanghae", "Lark Ningbo"}
    assert sts_events(f) == [(frozenset({"Wren Hwanghae", "Lark Ningbo"}), "Zhoushan", 1)]


def test_no_transfer_at_sea_from_who_owns_a_ship_or_a_field_of_a_name() -> None:
    f = facts_of("The tanker Wren Hwanghae acquired the crude from the owners of the Lark Ningbo.",
                 date="2024-03-12")
    assert sts_events(f) == []
    g = facts_of("The refinery sourced its crude from the Lark Ningbo field.", date="2024-03-12")
    assert names(g, "Vessel") == set()


def test_calls_on_days_listed_before_a_load_told_elsewhere_each_time() -> None:
    f = facts_of("The cargo ship Kite Sura arrived at Amirabad on 12 May, 3 June and 28 July; each time "
                 "it had loaded at Astrakhan some five days before.", date="2024-09-30")
    amirabad = sorted(d or "" for (pair, d) in dated_all(f) if pair == ("Kite Sura", "Amirabad"))
    assert amirabad == ["2024-05-12", "2024-06-03", "2024-07-28"]
    assert ("Kite Sura", "Astrakhan") in calls(f)


def test_a_time_told_by_a_designation_told_before_is_no_second_designation() -> None:
    f = facts_of("The UK on Wednesday sanctioned the tanker Lark Coromandel. The Lark Coromandel discharged "
                 "crude at Sikka on 10 January, a week before the designation.", date="2025-01-17")
    assert [k["date"] for k in kinds(f, "Sanction")] == ["2025-01-15"]
    g = facts_of("The tanker Lark Coromandel discharged crude at Sikka on 10 January, a week before its "
                 "designation by the UK.", date="2025-01-17")
    assert [k["target"] for k in kinds(g, "Sanction")] == ["Lark Coromandel"]


def test_it_as_an_attack_told_again_is_no_ship() -> None:
    f = facts_of("A cargo ship, the Wren Iolkos, was damaged by a drone on Wednesday at Odesa. It was the "
                 "fourth attack on a civilian vessel in a week, after strikes hit ships at Chornomorsk and "
                 "Pivdennyi.", date="2024-10-10")
    assert calls(f) == {("Wren Iolkos", "Odesa")}
    assert transfers(f) == set()
    g = facts_of("The tanker Wren Iolkos left Odesa on Monday. It was the second time it had called at "
                 "Chornomorsk.", date="2024-10-10")
    assert ("Wren Iolkos", "Chornomorsk") in calls(g)


def test_boarders_operating_from_a_warship_do_not_hold_the_warship() -> None:
    f = facts_of("On 28 January, US Navy sailors operating from the USS Kite Ridge boarded a dhow in the "
                 "Arabian Sea and seized missile components.", date="2024-02-15")
    assert held(f) == {}
    g = facts_of("On 28 January, sailors operating from the destroyer Kite Ridge boarded the tanker Lark "
                 "Dhofar and detained it.", date="2024-02-15")
    assert list(held(g)) == ["Lark Dhofar"]


def test_a_ship_visible_at_a_pier_named_before_called_there() -> None:
    f = facts_of("Imagery from 9 March shows the cargo ship Kite Hoeryong moored at Pier 3 in Rason. It has "
                 "made five round trips between Rason and Vostochny since September. A second ship, the "
                 "Lark Unggi, was visible at the same pier on 23 March but not on 30 March.",
                 date="2024-04-02")
    assert dated(f, "PortCall")[("Lark Unggi", "Rajin")] == "2024-03-23"
    g = facts_of("The cargo ship Lark Unggi was not visible at Rason on 23 March.", date="2024-04-02")
    assert calls(g) == set()


@pytest.mark.parametrize("line", [
    "berthed on 24 February and began discharging bagged cement. The ship came from Port Qasim.",
    "arrived from Port Qasim on 24 February and began discharging bagged cement.",
    "arrived from Port Qasim on 24 February and discharged bagged cement.",
])
def test_a_port_section_s_berthing_and_the_discharge_after_it(line: str) -> None:
    f = facts_of(f"Port Sudan: The general cargo ship Kite Suakin {line}\nDjibouti: No movements.",
                 date="2025-03-03")
    assert cargoes(f) == {("Kite Suakin", "Port Qasim", "Port Sudan"): "bagged cement"}


def test_a_port_section_s_berthing_with_no_discharge_carries_nothing_told() -> None:
    f = facts_of("Port Sudan: The general cargo ship Kite Suakin arrived from Port Qasim on 24 February and "
                 "began repairs.\nDjibouti: No movements.", date="2025-03-03")
    assert cargoes(f) == {("Kite Suakin", "Port Qasim", "Port Sudan"): None}


@pytest.mark.parametrize("cue", ["now renamed", "since renamed"])
def test_a_ship_named_again_with_its_new_name_set_beside_it(cue: str) -> None:
    f = facts_of(f"The tanker Wren Ganaveh loaded crude at Kharg Island in March. The Wren Ganaveh, {cue} "
                 "Kite Zenith, was not charged.", date="2025-05-30")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert ship.name == "Kite Zenith" and "Wren Ganaveh" in ship.aliases
    assert calls(f) == {("Kite Zenith", "Kharg Island")}


def test_a_ship_named_in_a_long_aside_is_not_the_subject_after_it() -> None:
    f = facts_of("The tanker Wren Taimyr, which loaded at the Lark Kola floating storage unit near Murmansk "
                 "in late June, unloaded at Beihai on Thursday.", date="2025-08-30")
    assert ("Wren Taimyr", "Beihai") in calls(f)
    assert ("Lark Kola", "Beihai") not in calls(f)
    g = facts_of("The tanker Wren Taimyr met the Lark Kola near Murmansk in late June, and the Lark Kola "
                 "unloaded at Beihai on Thursday.", date="2025-08-30")
    assert ("Lark Kola", "Beihai") in calls(g)


def test_a_load_told_at_a_port_named_with_its_state_is_from_the_port() -> None:
    f = facts_of("The tanker Wren Pegu discharged jet fuel at Thilawa on 12 February. The fuel had been "
                 "loaded at Singapore's Jurong Island a week earlier, the group said.", date="2024-04-11")
    assert transfers(f) == {("Wren Pegu", "Jurong Island", "Thilawa")}
    assert ("Wren Pegu", "Jurong Island") in calls(f)


def test_a_strait_of_a_port_s_name_is_no_call_at_the_port() -> None:
    f = facts_of("The cargo ship Lark Azovstal left Berdyansk on 2 August. The ship sailed through the Kerch "
                 "Strait and on to Istanbul's Bosphorus.", date="2023-08-14")
    assert calls(f) == {("Lark Azovstal", "Berdyansk")}
    assert transfers(f) == set()
    g = facts_of("The cargo ship Lark Azovstal sailed on to Istanbul's Haydarpasa port and unloaded grain.",
                 date="2023-08-14")
    assert ("Lark Azovstal", "Istanbul") in calls(g) or ("Lark Azovstal", "Haydarpasa") in calls(g)


def test_a_table_of_arrivals_with_a_cargo_column_tells_what_each_ship_brought() -> None:
    table = ("| Vessel | Flag | Arrived | Port | Cargo |\n| --- | --- | --- | --- | --- |\n"
             "| Wren Carabobo | Iran | 4 Sep | Jose | condensate |\n"
             "| Lark Falcon | Panama | 11 Sep | Amuay | ballast |")
    f = facts_of(table, date="2024-10-03", title="Tanker arrivals at Venezuelan ports, September")
    assert cargoes(f) == {("Wren Carabobo", None, "Jose"): "condensate"}
    assert dated(f, "Transfer")[("Wren Carabobo", "Jose")] == "2024-09-04"
    g = facts_of(table, date="2024-10-03", title="Tanker loadings at Venezuelan ports, September")
    assert cargoes(g) == {}


def test_a_name_taken_up_by_a_ship_s_kind_and_make_in_the_next_sentence() -> None:
    f = facts_of("For three weeks in November, the Lark Orinoco vanished. The 2003-built tanker, which sails "
                 "under the flag of Gambia, switched off its transponder on 4 November after leaving Jose.",
                 date="2024-12-02")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.vessel_type, ship.flag) == ("Lark Orinoco", "tanker", "GMB")
    assert [k["vessel"] for k in kinds(f, "AISGap")] == ["Lark Orinoco"]
    # (no make told, or an organisation as the subject: no ship)
    g = facts_of("The Lark Orinoco vanished. The tanker was seen at Jose.", date="2024-12-02")
    assert names(g, "Vessel") == set()
    h = facts_of("For weeks the European Commission said nothing. The Panama-flagged tanker was later "
                 "seen at Jose.", date="2024-12-02")
    assert names(h, "Vessel") == set()


@pytest.mark.parametrize("text", [
    "The tanker Lark Anapa loaded crude at Novorossiysk last week for discharge at Sikka.",
    "The tanker Lark Anapa loaded crude at Novorossiysk last week for delivery to Sikka.",
])
def test_a_load_for_discharge_elsewhere_is_bound_there_not_a_call(text: str) -> None:
    f = facts_of(text, date="2025-03-14")
    assert calls(f) == {("Lark Anapa", "Novorossiysk")}
    assert transfers(f) == {("Lark Anapa", "Novorossiysk", "Sikka")}


def test_a_voyage_for_discharge_that_arrived_calls_there() -> None:
    f = facts_of("The tanker Lark Anapa sailed from Novorossiysk for discharge in Sikka, where it arrived on "
                 "3 March.", date="2025-03-14")
    assert dated(f, "PortCall")[("Lark Anapa", "Sikka")] == "2025-03-03"


def test_a_time_told_after_an_attack_is_the_attack_s_not_the_call_s() -> None:
    f = facts_of("Imagery collected on 22 September shows the landing ship Kite Orel in dry dock at the "
                 "Sevastopol shipyard after Ukrainian missile strikes on 13 September.", date="2023-09-25")
    assert dated(f, "PortCall") == {("Kite Orel", "Sevastopol"): "2023-09-22"}
    g = facts_of("The landing ship Kite Orel docked at Sevastopol after Ukrainian missile strikes on "
                 "13 September.", date="2023-09-25")
    assert dated(g, "PortCall") == {("Kite Orel", "Sevastopol"): "2023-09-13"}


def test_a_lead_s_two_ships_told_apart_by_their_flags() -> None:
    lead = ("Indonesia's coast guard said on Tuesday it had detained an Iranian-flagged tanker and a "
            "Cameroon-flagged tanker off North Natuna. ")
    f = facts_of(lead + "The Iranian tanker, the Wren Ahvaz, was transferring oil to the Kite Sambas when "
                 "patrol boats approached.", date="2023-07-12")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Wren Ahvaz": "IRN", "Kite Sambas": "CMR"}
    assert sorted(held(f)) == ["Kite Sambas", "Wren Ahvaz"]
    # (named the other way round, each still by its flag)
    g = facts_of(lead + "The tanker Kite Sambas was taking oil from the Iranian tanker Wren Ahvaz when "
                 "patrol boats approached.", date="2023-07-12")
    assert {e.name: e.flag for e in g.entities if e.type == "Vessel"} == flags
    # (a flag that neither description gives: other ships)
    h = facts_of(lead + "Separately, the Panama-flagged Lark Tarakan and the Kite Sambas met off Batam.",
                 date="2023-07-12")
    assert held(h) == {}


def test_a_ship_a_cargo_was_being_passed_to_is_a_ship() -> None:
    f = facts_of("The tanker Wren Ahvaz was transferring oil to the Kite Sambas when patrol boats "
                 "approached.", date="2023-07-12")
    assert names(f, "Vessel") == {"Wren Ahvaz", "Kite Sambas"}
    g = facts_of("The tanker Wren Ahvaz was transferring oil to the Kite Sambas terminal.", date="2023-07-12")
    assert "Kite Sambas" not in names(g, "Vessel") or sts_events(g) == []


def test_a_meeting_seen_and_then_judged_a_transfer_takes_the_judgement_s_hedge() -> None:
    f = facts_of("The tankers Wren Kaesong and Lark Yellowsea lay alongside each other in the East China Sea "
                 "on 21 June. Hoses were connected between the two vessels. Japan judges that the two "
                 "vessels were highly likely engaged in ship-to-ship transfers.", date="2024-06-28")
    assert [k["confidence"] for k in kinds(f, "ShipToShipTransfer")] == ["highly likely"]
    g = facts_of("The tanker Wren Kaesong transferred oil to the Lark Yellowsea in the East China Sea on "
                 "21 June. Japan judges that the two vessels were likely engaged in ship-to-ship transfers.",
                 date="2024-06-28")
    assert [k["confidence"] for k in kinds(g, "ShipToShipTransfer")] == ["reported"]


def test_a_hedged_clause_on_what_became_of_the_cargo_does_not_hedge_the_call() -> None:
    f = facts_of("The tanker Wren Dongfang discharged at Dongying on 19 May, and the oil was likely sold to "
                 "a refiner.", date="2024-06-01")
    assert [k["confidence"] for k in kinds(f, "PortCall")] == ["reported"]
    g = facts_of("The tanker Wren Dongfang likely discharged at Dongying on 19 May, and the oil was sold to "
                 "a refiner.", date="2024-06-01")
    assert [k["confidence"] for k in kinds(g, "PortCall")] == ["likely"]


def test_ships_each_told_arriving_on_its_own_day_with_the_verb_left_out() -> None:
    f = facts_of("At least three cargo ships have docked at Tobruk since March. The Kite Jalu arrived on "
                 "2 April, the Lark Sirte on 19 May and the Wren Ajdabiya on 4 July.", date="2024-08-08")
    assert names(f, "Vessel") == {"Kite Jalu", "Lark Sirte", "Wren Ajdabiya"}
    days = {pair[0]: d for pair, d in dated_all(f) if d and len(d) == 10}
    assert days == {"Kite Jalu": "2024-04-02", "Lark Sirte": "2024-05-19", "Wren Ajdabiya": "2024-07-04"}
    # (the group's call, told again of each where it came from, is the one told)
    h = facts_of("At least three cargo ships have docked at Tobruk since March. The Kite Jalu arrived on "
                 "2 April, the Lark Sirte on 19 May and the Wren Ajdabiya on 4 July. All three had sailed "
                 "from Tartus.", date="2024-08-08")
    assert sorted(d or "" for pair, d in dated_all(h) if pair[1] == "Tobruk") == [
        "2024-04-02", "2024-05-19", "2024-07-04"]
    # (a list of people on days is no list of ships)
    g = facts_of("The minister arrived on 2 April, the General Secretary on 19 May and the Deputy on 4 July.",
                 date="2024-08-08")
    assert names(g, "Vessel") == set()


def test_some_of_the_ships_told_are_not_each_of_them() -> None:
    f = facts_of("The Kite Jalu, the Lark Sirte and the Wren Ajdabiya docked at Tobruk in April. All three "
                 "had sailed from Tartus, and two of them had earlier called at Novorossiysk.",
                 date="2024-08-08")
    assert {port for (_ship, port) in calls(f)} == {"Tobruk", "Tartus"}


def test_an_arrival_with_no_port_after_a_departure_is_where_the_ship_was_bound() -> None:
    f = facts_of("The tanker Wren Okhotsk left Kozmino for Vadinar on 7 March. Indian officials said they "
                 "were unaware of the ship's sanctions status when it arrived on 2 April.", date="2025-04-15")
    assert dated(f, "PortCall") == {("Wren Okhotsk", "Kozmino"): "2025-03-07",
                                    ("Wren Okhotsk", "Vadinar"): "2025-04-02"}
    g = facts_of("The tanker Wren Okhotsk left Kozmino on 7 March. Officials said it arrived on 2 April.",
                 date="2025-04-15")
    assert calls(g) == {("Wren Okhotsk", "Kozmino")}


def test_a_ship_that_returned_north_to_a_port_called_there() -> None:
    f = facts_of("Empty, the tanker Wren Okhotsk returned north to Kozmino, arriving on 3 March.",
                 date="2025-04-15")
    assert dated(f, "PortCall") == {("Wren Okhotsk", "Kozmino"): "2025-03-03"}


def test_a_counted_group_seized_and_named_soon_after_by_an_apposition() -> None:
    f = facts_of("Iran on Friday seized two Greek tankers in the Gulf. The Revolutionary Guards said the two "
                 "Greek tankers, the Kite Argolis and the Kite Arcadia, had committed violations.",
                 date="2022-05-27")
    assert held(f) == {"Kite Argolis": "2022-05-27", "Kite Arcadia": "2022-05-27"}
    # (another ship named after it, or a group of another count: not the ships seized)
    g = facts_of("Iran on Friday seized two Greek tankers in the Gulf. Separately, the tanker Kite Argolis "
                 "docked at Fujairah.", date="2022-05-27")
    assert held(g) == {}
    h = facts_of("Iran on Friday seized two Greek tankers in the Gulf. The three tankers, the Kite Argolis, "
                 "the Kite Arcadia and the Kite Elis, had met off Oman.", date="2022-05-27")
    assert held(h) == {}


def test_a_ship_named_after_who_chartered_it() -> None:
    f = facts_of("The Russian-flagged tanker Wren Pegasus was held off Evia. Part of its cargo was "
                 "transferred to another vessel chartered by the United States, the Lark Glacier.",
                 date="2022-05-27")
    assert sts_events(f) == [(frozenset({"Wren Pegasus", "Lark Glacier"}), "Evia", 1)]


def test_carriers_named_by_an_apposition_are_ships() -> None:
    f = facts_of("Three bulk carriers arrived at Tartus on Sunday. The carriers, the Lark Volgodonsk, the "
                 "Lark Salsk and the Lark Kotelnikovo, unloaded wheat over the following days.",
                 date="2024-09-02")
    assert names(f, "Vessel") == {"Lark Volgodonsk", "Lark Salsk", "Lark Kotelnikovo"}
    assert {port for _ship, port in calls(f)} == {"Tartus"}
    g = facts_of("The carriers, the Wall Street Journal said, raised rates.", date="2024-09-02")
    assert names(g, "Vessel") == set()


def test_a_lead_s_ship_named_right_after_with_an_aside() -> None:
    f = facts_of("KYIV, Aug 16 (Wire) - A Hong Kong-flagged container ship left the Ukrainian port of Odesa "
                 "on Wednesday. The Kite Josephine, which had been stuck in Odesa since February 2022, was "
                 "heading for the Bosphorus.", date="2023-08-17")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.flag, ship.vessel_type) == ("Kite Josephine", "HKG", "container ship")
    assert ("Kite Josephine", "Odesa") in calls(f)
    # (no ship's lead before it, or a body's name: no ship)
    g = facts_of("A senior official visited Odesa on Monday. The Black Sea Fleet, which had been stationed "
                 "in Sevastopol, moved east.", date="2023-08-17")
    assert names(g, "Vessel") == set()
    h = facts_of("A tanker was seen off Malta on Monday. The European Commission, which had been tracking "
                 "it, said nothing.", date="2023-08-17")
    assert names(h, "Vessel") == set()


def test_a_designation_told_in_the_perfect_in_an_aside_has_no_time_of_the_sentence() -> None:
    f = facts_of("Five tankers left Primorsk over the weekend, among them the Wren Ladoga and the Kite "
                 "Onega, both of which have been sanctioned by the European Union.", date="2025-05-20")
    assert sorted((k["target"], k.get("date")) for k in kinds(f, "Sanction")) == [
        ("Kite Onega", None), ("Wren Ladoga", None)]
    g = facts_of("The tanker Wren Ladoga, which has been sanctioned by the EU since May 2024, left "
                 "Primorsk over the weekend.", date="2025-05-20")
    assert [k["date"] for k in kinds(g, "Sanction")] == ["2024-05"]
    h = facts_of("The EU on Monday said the tanker Wren Ladoga has been sanctioned.", date="2025-05-20")
    assert [k["date"] for k in kinds(h, "Sanction")] == ["2025-05-19"]


def test_an_arrival_having_sailed_from_a_port_is_a_voyage_from_it() -> None:
    f = facts_of("The cargo ship Kite Derna arrived at Tobruk on 2 April, having sailed from Tartus.",
                 date="2024-08-08")
    assert transfers(f) == {("Kite Derna", "Tartus", "Tobruk")}
    assert dated(f, "PortCall")[("Kite Derna", "Tartus")] != "2024-04-02"
    # (a port it passed is no port it came from)
    g = facts_of("The cargo ship Kite Derna arrived at Tobruk on 2 April, having sailed past Tartus.",
                 date="2024-08-08")
    assert calls(g) == {("Kite Derna", "Tobruk")}


def test_where_a_cargo_told_before_went_fills_its_voyage_s_end() -> None:
    f = facts_of("The cargo ship Lark Prymorsk left Berdyansk on 2 August with grain. According to "
                 "prosecutors, the grain was delivered to a buyer in Lebanon.", date="2023-08-14")
    assert cargoes(f) == {("Lark Prymorsk", "Berdyansk", "Lebanon"): "grain"}
    # (denied; or two voyages told, whose cargo it was the text does not say)
    g = facts_of("The cargo ship Lark Prymorsk left Berdyansk on 2 August with grain. Officials denied the "
                 "grain was sold to Lebanon.", date="2023-08-14")
    assert transfers(g) == {("Lark Prymorsk", "Berdyansk", None)}
    h = facts_of("The cargo ship Lark Prymorsk left Berdyansk on 2 August with grain, and the tanker Kite "
                 "Yeysk left Kerch with fuel. The grain was sold to buyers in Lebanon.", date="2023-08-14")
    assert {d for _v, _o, d in transfers(h)} == {None}


def test_how_much_each_ship_carried_is_no_part_of_the_cargo() -> None:
    f = facts_of("The tanker Kite Volgoneft had been carrying about 4,000 tonnes of fuel oil each to Kavkaz.",
                 date="2024-12-20")
    assert set(cargoes(f).values()) == {"fuel oil"}


def test_ships_listed_in_a_table_under_a_designation_s_lead() -> None:
    body = ("The following vessels have been added to the list of ships subject to a port access ban:\n\n"
            "| Vessel | IMO | Flag |\n| --- | --- | --- |\n| WREN KOLVA | 9256054 | Gabon |\n"
            "| LARK USA | 9281322 | Comoros |\n\nThe listed ships carry Russian oil.")
    f = facts_of(body, date="2025-02-24")
    assert sorted(k["target"] for k in kinds(f, "Sanction")) == ["LARK USA", "WREN KOLVA"]
    g = facts_of(body.replace("have been added to", "were considered for"), date="2025-02-24")
    assert kinds(g, "Sanction") == []


def test_a_place_s_aside_with_a_subject_of_its_own_keeps_its_time() -> None:
    f = facts_of("The bulk carrier Kite Matros loaded grain in Sevastopol, a port Russia has occupied since "
                 "2014, and sailed to Latakia.", date="2023-11-20")
    assert dated(f, "PortCall")[("Kite Matros", "Sevastopol")] is None
    # (a time of the main clause after it is the call's)
    g = facts_of("The bulk carrier Kite Matros loaded grain in Sevastopol, a port Russia has occupied since "
                 "2014, on 3 May.", date="2023-11-20")
    assert dated(g, "PortCall")[("Kite Matros", "Sevastopol")] == "2023-05-03"


def test_a_port_seized_in_an_aside_holds_no_ship() -> None:
    f = facts_of("The bulk carrier Kite Matros loaded grain in Berdyansk, a port seized by Russia in 2022, "
                 "and sailed to Latakia.", date="2023-11-20")
    assert held(f) == {}
    g = facts_of("The bulk carrier Kite Matros, a ship seized by Ukraine in 2022, sailed to Latakia.",
                 date="2023-11-20")
    assert held(g) == {"Kite Matros": "2022"}


def test_a_second_ship_that_followed_made_the_same_call() -> None:
    f = facts_of("The cargo ship Wren Kashan docked in Astrakhan on 11 February; the Wren Saveh followed on "
                 "14 February.", date="2024-04-22")
    assert dated_all(f) == [(("Wren Kashan", "Astrakhan"), "2024-02-11"),
                            (("Wren Saveh", "Astrakhan"), "2024-02-14")]
    g = facts_of("The cargo ship Wren Kashan docked in Astrakhan on 11 February, and the Wren Saveh followed "
                 "two days later.", date="2024-04-22")
    assert dated(g, "PortCall")[("Wren Saveh", "Astrakhan")] == "2024-02-13"
    # (not one that followed a ship: "followed it")
    h = facts_of("The cargo ship Wren Kashan left Astrakhan on 11 February, and the Wren Saveh followed it "
                 "on 14 February.", date="2024-04-22")
    assert calls(h) == {("Wren Kashan", "Astrakhan")}


def test_a_call_told_in_a_month_then_on_a_day_within_it_is_one_call() -> None:
    f = facts_of("The cargo ships Wren Kashan and Lark Saveh sailed from Amirabad to Astrakhan in February.\n"
                 "Their arrival coincided with a surge in drone deliveries.\n"
                 "The Wren Kashan docked in Astrakhan on 11 February.", date="2024-04-22")
    assert sorted(d for (v, p), d in dated_all(f) if p == "Astrakhan") == ["2024-02", "2024-02-11"]
    h = facts_of("The cargo ships Wren Kashan and Lark Saveh sailed from Amirabad to Astrakhan in February.\n"
                 "Their arrival coincided with a surge in drone deliveries.\n"
                 "The Lark Saveh docked in Astrakhan on 11 February.", date="2024-04-22")
    assert sorted(dated_all(h)) == [(("Lark Saveh", "Amirabad"), "2024-02"),
                                    (("Lark Saveh", "Astrakhan"), "2024-02-11"),
                                    (("Wren Kashan", "Amirabad"), "2024-02"),
                                    (("Wren Kashan", "Astrakhan"), "2024-02")]
    # (a day outside the month told is another call)
    g = facts_of("The cargo ships Wren Kashan and Lark Saveh sailed from Amirabad to Astrakhan in February.\n"
                 "Their arrival coincided with a surge in drone deliveries.\n"
                 "The Wren Kashan docked in Astrakhan again on 11 March.", date="2024-04-22")
    assert sorted(d for (v, p), d in dated_all(g) if v == "Wren Kashan" and p == "Astrakhan") == [
        "2024-02", "2024-03-11"]


def test_a_denial_of_an_earlier_verb_does_not_deny_the_gap_joined_after_it() -> None:
    f = facts_of("The supertanker Kite Lavanda sailed without a destination listed and turned off its "
                 "transponder after passing Trinidad.", date="2024-05-30")
    assert [k["vessel"] for k in kinds(f, "AISGap")] == ["Kite Lavanda"]
    g = facts_of("The supertanker Kite Lavanda sailed on and never turned off its transponder.",
                 date="2024-05-30")
    assert kinds(g, "AISGap") == []


def test_a_ship_also_identified_after_a_listing_is_designated() -> None:
    f = facts_of("OFAC today sanctioned six companies and identified 17 vessels as blocked property. "
                 "OFAC also identified the Comoros-flagged Wren Halcyon, which met the tanker Kite Aurora "
                 "off Singapore in April.", date="2024-10-11")
    assert [k["target"] for k in kinds(f, "Sanction")] == ["Wren Halcyon"]
    # (not after a seizure: "Investigators also identified the tanker X")
    g = facts_of("Police seized the tanker Kite Aurora on Monday. Investigators also identified the tanker "
                 "Wren Halcyon.", date="2024-10-11")
    assert kinds(g, "Sanction") == []


def test_a_ship_inspected_and_cleared_in_a_port_was_there() -> None:
    f = facts_of("The bulk carrier Wren Ibb was inspected and cleared in Djibouti on 3 January before "
                 "sailing for Hodeidah.", date="2025-01-18")
    assert dated(f, "PortCall") == {("Wren Ibb", "Djibouti"): "2025-01-03"}
    assert names(f, "State") == set()
    g = facts_of("The bulk carrier Wren Ibb was inspected and found to be carrying weapons, officials in "
                 "Djibouti said.", date="2025-01-18")
    assert calls(g) == set()


def test_a_transfer_told_by_its_bearing_from_a_state_s_region_is_there() -> None:
    f = facts_of("The tanker Heron Dawn took on 2 million barrels from the tanker Sable Crest east of "
                 "Malaysia's Johor state in January.", date="2025-02-14")
    assert [k.get("location") for k in kinds(f, "ShipToShipTransfer")] == ["Johor"]
    g = facts_of("The tanker Heron Dawn took on 2 million barrels from the tanker Sable Crest east of "
                 "Malaysia in January.", date="2025-02-14")
    assert [k.get("location") for k in kinds(g, "ShipToShipTransfer")] == [None]


def test_a_wire_story_s_next_paragraph_takes_the_time_of_the_ship_s_deed_before() -> None:
    body = ("VALLETTA, Sept 12 (Wire) - Maltese authorities on Monday detained the tanker Lark Zuwara after "
            "it took on diesel off the Libyan coast, a police spokesman said.\n"
            "The Lark Zuwara was escorted to Marsaxlokk for inspection.\n")
    f = facts_of(body, date="2023-09-12")
    assert dated(f, "PortCall") == {("Lark Zuwara", "Marsaxlokk"): "2023-09-11"}
    # (not of another ship's deed; nor a deed told as done before)
    g = facts_of(body.replace("The Lark Zuwara was escorted", "The tanker Kite Gozo was escorted"),
                 date="2023-09-12")
    assert dated(g, "PortCall") == {("Kite Gozo", "Marsaxlokk"): None}
    h = facts_of(body.replace("was escorted to", "had earlier called at"), date="2023-09-12")
    assert dated(h, "PortCall") == {("Lark Zuwara", "Marsaxlokk"): None}
    # (nor a group's: "The ships went dark", of times of their own)
    i = facts_of("The tanker Lark Zuwara sailed from Tripoli to Marsaxlokk in February.\nThe tanker Kite "
                 "Gozo sailed from Misrata to Valletta in March.\nThe ships went dark for most of each "
                 "voyage.", date="2023-09-12")
    assert {k.get("date") for k in kinds(i, "AISGap")} == {None}


def test_a_deed_under_way_when_another_happened_takes_that_time() -> None:
    f = facts_of("The tanker Wren Arvand was transferring oil to the tanker Kite Borneo when patrol boats "
                 "approached on Friday.", date="2023-07-12")
    assert [k.get("date") for k in kinds(f, "ShipToShipTransfer")] == ["2023-07-07"]
    g = facts_of("The tanker Wren Arvand was seized when it docked at Batam on Friday.", date="2023-07-12")
    assert held(g) == {"Wren Arvand": "2023-07-07"}
    # (told first of two unnamed ships, then with the time)
    h = facts_of("The coast guard said on Tuesday it had detained an Iranian-flagged tanker and a "
                 "Cameroon-flagged tanker for conducting an illegal ship-to-ship transfer of crude oil. The "
                 "Iranian tanker, the Wren Arvand, was transferring oil to the Kite Borneo when patrol boats "
                 "approached on Friday.", date="2023-07-12")
    assert [k.get("date") for k in kinds(h, "ShipToShipTransfer")] == ["2023-07-07"]


def test_ships_banned_from_a_bloc_s_ports_are_designated() -> None:
    f = facts_of("The European Union on Monday banned 52 more vessels from its ports as part of its 15th "
                 "sanctions package. The ships include the Lark Orion, the Wren Vega and the Kite Lyra, all "
                 "of them tankers.", date="2024-12-16")
    assert sorted(k["target"] for k in kinds(f, "Sanction")) == ["Kite Lyra", "Lark Orion", "Wren Vega"]
    g = facts_of("The UK has banned the tanker Lark Orion from entering British ports.", date="2024-12-16")
    assert [k["target"] for k in kinds(g, "Sanction")] == ["Lark Orion"]
    # (not ships that are only listed, with no ban told before them)
    h = facts_of("Three tankers arrived at Sikka on Monday. The ships include the Lark Orion and the Wren "
                 "Vega.", date="2024-12-16")
    assert kinds(h, "Sanction") == []


def test_a_release_counted_weeks_after_the_detention_ends_it() -> None:
    body = ("Egyptian authorities released the tanker Wren Nile on Tuesday, six weeks after it was detained "
            "at the port of Alexandria.\nThe ship, carrying fuel oil loaded at Tuapse, had been held since "
            "20 February.\nIt left Alexandria on Wednesday bound for Benghazi.")
    f = facts_of(body, date="2024-04-03")
    assert held(f) == {"Wren Nile": "2024-02-17/2024-04-02"}
    # (one stay, from the detention to the departure; the load taken on before it, at no time told)
    assert dated(f, "PortCall") == {("Wren Nile", "Alexandria"): "2024-02-17/2024-04-03",
                                    ("Wren Nile", "Tuapse"): None}


def test_a_casualty_digest_s_entry_names_the_ship_by_its_registry_and_kind_in_brackets() -> None:
    f = facts_of("KITE MERIDIAN (Panama, tanker, 2004 built): Sailed Fujairah Jul 12 for Karachi. Arrived "
                 "Karachi Jul 16.\nWREN SOLSTICE (Togo, general cargo): Detained Constanta Jul 17 following "
                 "PSC inspection.", date="2024-07-19")
    by_name = {e.name: e for e in f.entities if e.type == "Vessel"}
    assert (by_name["KITE MERIDIAN"].flag, by_name["KITE MERIDIAN"].vessel_type) == ("PAN", "tanker")
    assert by_name["WREN SOLSTICE"].flag == "TGO"
    assert dated(f, "PortCall") == {("KITE MERIDIAN", "Fujairah"): "2024-07-12",
                                    ("KITE MERIDIAN", "Karachi"): "2024-07-16"}
    assert held(f) == {"WREN SOLSTICE": "2024-07-17"}
    # (a firm or a port with a kind of ship in brackets is no ship)
    g = facts_of("Reliance Industries (India, tanker charterer) booked two ships. Sikka (India, tanker "
                 "terminal) was busy.", date="2024-07-19")
    assert names(g, "Vessel") == set()


def test_a_voyage_made_by_a_named_ship_names_it_and_where_it_ended() -> None:
    f = facts_of("Rosatom plans to send a container ship to Shanghai in the summer. A similar voyage by the "
                 "Wren Yamal Spirit last year ended at Ningbo on 14 September.", date="2024-02-01")
    assert names(f, "Vessel") == {"Wren Yamal Spirit"}
    assert dated(f, "PortCall") == {("Wren Yamal Spirit", "Ningbo"): "2023-09-14"}
    # (not who travels or sends: a minister, a navy, a group)
    g = facts_of("A trip by the Prime Minister to Beijing in May followed. Arms deliveries by the Wagner "
                 "Group in March went to Libya. A journey by the Russian Navy to Cuba in June was watched.",
                 date="2024-02-01")
    assert names(g, "Vessel") == set()


def test_a_monitor_s_count_of_a_port_s_traffic_places_the_arrivals_told_after_it() -> None:
    body = ("Between 1 and 20 January, we recorded 11 vessel movements at Sevastopol.\nKey observations\n"
            "The landing ship Wren Yamal was moored at the South Bay pier from 3 to 9 January.\n"
            "The tanker Kite Iman arrived on 12 January and left on 14 January.")
    f = facts_of(body, date="2024-01-22")
    assert dated(f, "PortCall") == {("Wren Yamal", "Sevastopol"): "2024-01-03/2024-01-09",
                                    ("Kite Iman", "Sevastopol"): "2024-01-12/2024-01-14"}
    # (not a port told of otherwise: "we discussed the movements at Sevastopol")
    g = facts_of(body.replace("we recorded 11 vessel movements at", "analysts discussed security in"),
                 date="2024-01-22")
    assert calls(g) == set()


def test_a_ship_held_told_by_a_pronoun_after_the_verb() -> None:
    f = facts_of("One of them, the trawler Kite Hawa, put in at Bosaso on 2 April to land its catch. "
                 "Authorities in Bosaso impounded it two days later.", date="2024-04-11")
    assert dated(f, "PortCall") == {("Kite Hawa", "Bosaso"): "2024-04-02"}
    assert held(f) == {"Kite Hawa": "2024-04-04"}
    # (not what was hers: "detained her crew")
    g = facts_of("The trawler Kite Hawa put in at Bosaso on 2 April. Police detained her crew two days "
                 "later.", date="2024-04-11")
    assert held(g) == {}


def test_a_ship_tied_up_at_a_port_called_there_and_calls_years_apart_are_no_voyage() -> None:
    f = facts_of("The Lark Caracas, an ageing Suezmax, tied up at Venezuela's Jose terminal on 28 July. The "
                 "tanker reportedly made port in Bayonne, New Jersey, in 2019 before switching to the "
                 "Venezuela trade. It appears to have offloaded its last cargo at Dalian in May.",
                 date="2024-08-05")
    assert dated(f, "PortCall") == {("Lark Caracas", "Jose"): "2024-07-28",
                                    ("Lark Caracas", "Bayonne"): "2019",
                                    ("Lark Caracas", "Dalian"): "2024-05"}
    assert transfers(f) == {("Lark Caracas", None, "Dalian")}
    assert "Jersey" not in names(f, "Place")
    # (calls months apart still make one: "loaded at Jose in January ... unloaded at Dalian in May")
    g = facts_of("The tanker Lark Caracas loaded at Jose in January. It unloaded at Dalian in May.",
                 date="2024-08-05")
    assert transfers(g) == {("Lark Caracas", "Jose", "Dalian")}


def test_two_ships_seen_side_by_side_then_judged_to_have_passed_cargo_take_the_judgement() -> None:
    f = facts_of("Two tankers, the Kite Lome and the Lark Abidjan, were photographed side by side off Lome "
                 "on 18 November. We assess it is highly likely the Kite Lome transferred diesel to the Lark "
                 "Abidjan.", date="2024-11-28")
    assert [k["confidence"] for k in kinds(f, "ShipToShipTransfer")] == ["highly likely"]
    # (seen again, with no word of what passed: still a likely transfer)
    g = facts_of("Two tankers, the Kite Lome and the Lark Abidjan, were photographed side by side off Lome "
                 "on 18 November. Imagery from the next day shows the Kite Lome still beside the Lark "
                 "Abidjan.", date="2024-11-28")
    assert [k["confidence"] for k in kinds(g, "ShipToShipTransfer")] == ["likely"]


def test_what_a_ship_was_doing_in_a_relative_clause_is_of_the_main_clause_s_time() -> None:
    f = facts_of("Russian drones struck grain facilities in Izmail overnight, damaging the bulk carrier Wren "
                 "Danube, which was loading at the port, regional authorities said on Tuesday.",
                 date="2024-09-03")
    assert dated(f, "PortCall") == {("Wren Danube", "Izmail"): "2024-09-02/2024-09-03"}
    # (not a deed of its own: "which had loaded at the port")
    g = facts_of("Russian drones struck grain facilities in Izmail overnight, damaging the bulk carrier Wren "
                 "Danube, which had loaded at the port, regional authorities said on Tuesday.",
                 date="2024-09-03")
    assert dated(g, "PortCall") == {("Wren Danube", "Izmail"): None}


def test_a_stay_told_with_a_month_s_abbreviation_runs_to_the_departure() -> None:
    f = facts_of("The tanker Wren Ash arrived at Sikka on Sept. 5 and sailed the following day.",
                 date="2024-09-16")
    assert dated(f, "PortCall") == {("Wren Ash", "Sikka"): "2024-09-05/2024-09-06"}
    g = facts_of("The tanker Wren Ash arrived at Sikka on Sept. 5 and another tanker sailed the following "
                 "day.", date="2024-09-16")
    assert dated(g, "PortCall") == {("Wren Ash", "Sikka"): "2024-09-05"}


def test_a_stop_with_the_load_still_aboard_is_on_the_way() -> None:
    body = ("The container ship Lark Tumen was observed at Rajin's container pier on 2 March. The vessel "
            "then proceeded to Vostochny, where it was imaged on 7 March with its containers still aboard, "
            "before moving on to Dunai on 9 March.")
    f = facts_of(body, date="2024-04-30")
    assert dated(f, "PortCall") == {("Lark Tumen", "Rajin"): "2024-03-02",
                                    ("Lark Tumen", "Vostochny"): "2024-03-07",
                                    ("Lark Tumen", "Dunai"): "2024-03-09"}
    assert transfers(f) == {("Lark Tumen", "Rajin", "Dunai")}
    # (unloaded there: two voyages)
    g = facts_of(body.replace("with its containers still aboard", "unloading its containers"),
                 date="2024-04-30")
    assert transfers(g) == {("Lark Tumen", "Rajin", "Vostochny"), ("Lark Tumen", "Vostochny", "Dunai")}


def test_a_deed_told_as_so_long_before_a_state_now_is_that_long_before_the_report() -> None:
    f = facts_of("A year after Yemen's Houthis seized the car carrier Galaxy Leader, traffic through the "
                 "strait remains low.", date="2024-11-19")
    assert held(f) == {"Galaxy Leader": "2023-11"}
    # (not where the main clause tells a deed at a time of its own)
    g = facts_of("Two months after Iran seized the tanker Lark Advantage, it was released.",
                 date="2024-11-19")
    assert held(g) != {"Lark Advantage": "2024-09"}


def test_a_sister_ship_and_the_former_of_a_pair_are_the_ships_told_so() -> None:
    f = facts_of("The Wren Osprey and its sister ship, the Wren Kestrel, were built in the same yard "
                 "in 2006. In May the Wren Osprey loaded diesel at Tuapse and sailed to Mersin, where it "
                 "discharged on 24 May. Its sister took a different route: the tanker loaded at "
                 "Novorossiysk on 18 May and delivered its cargo to Lagos on 19 June. Both ships are "
                 "managed by a company in the United Arab Emirates. The former was detained briefly by "
                 "Turkish authorities in June, while the latter has not been stopped.", date="2024-07-08")
    assert transfers(f) == {("Wren Osprey", "Tuapse", "Mersin"), ("Wren Kestrel", "Novorossiysk", "Lagos")}
    assert held(f) == {"Wren Osprey": "2024-06"}


def test_where_the_load_was_taken_on_told_in_an_aside_is_before_the_main_deed() -> None:
    f = facts_of("The tanker Wren Pike, loaded in Basra, reached Karachi on 3 May.", date="2024-06-20")
    assert dated(f, "PortCall") == {("Wren Pike", "Basrah"): None, ("Wren Pike", "Karachi"): "2024-05-03"}
    # (its own time, where the aside tells one)
    g = facts_of("The tanker Wren Pike, loaded in Basra on 20 April, reached Karachi on 3 May.",
                 date="2024-06-20")
    assert dated(g, "PortCall")[("Wren Pike", "Basrah")] == "2024-04-20"


def test_a_load_moved_from_one_named_ship_to_another_names_both_and_their_transfer() -> None:
    f = facts_of("Oil was transferred from the Wren Roach to the Kite Perch in international waters in "
                 "April.", date="2024-06-20")
    assert names(f, "Vessel") == {"Wren Roach", "Kite Perch"}
    assert [k["vessels"] for k in kinds(f, "ShipToShipTransfer")] == [["Wren Roach", "Kite Perch"]]
    g = facts_of("Funds were moved from the Bank of Kunlun to the Central Bank of Iran in April.",
                 date="2024-06-20")
    assert names(g, "Vessel") == set()


def test_a_place_supplied_with_a_state_s_load_takes_it_from_that_state() -> None:
    f = facts_of("The tanker Wren Roach has supplied Syria with Iranian oil since 2019.", date="2024-06-20")
    assert cargoes(f) == {("Wren Roach", "Iran", "Syria"): "Iranian oil"}
    g = facts_of("The tanker Wren Roach has supplied Syria with fuel oil since 2019.", date="2024-06-20")
    assert transfers(g) == {("Wren Roach", None, "Syria")}


def test_a_ship_listed_in_a_sanctions_package_and_one_escorted_to_a_roadstead_s_port() -> None:
    f = facts_of("The EU listed the tanker Wren Roach in its 14th package in June.", date="2024-06-20")
    assert [k["target"] for k in kinds(f, "Sanction")] == ["Wren Roach"]
    g = facts_of("The report listed the tanker Wren Roach in its annex.", date="2024-06-20")
    assert kinds(g, "Sanction") == []
    # (the index's "Rade De Brest" is Brest)
    h = facts_of("French naval forces intercepted the tanker Wren Roach off Brittany on Tuesday and "
                 "escorted it to Brest.", date="2024-06-20")
    assert dated(h, "PortCall") == {("Wren Roach", "Brest"): "2024-06-18"}


def test_a_load_shipped_aboard_a_ship_and_a_ship_seen_being_loaded() -> None:
    f = facts_of("The munitions were shipped aboard the cargo ship Wren Maria from Najin to Vostochny in "
                 "October.", date="2024-06-20")
    assert cargoes(f) == {("Wren Maria", "Rajin", "Vostochny"): "munitions"}
    g = facts_of("Imagery shows the Kite Tynda being loaded with containers at Rajin on 1 November.",
                 date="2024-06-20")
    assert dated(g, "PortCall") == {("Kite Tynda", "Rajin"): "2023-11-01"}


def test_a_designation_s_entries_run_together_by_semicolons_each_designate_a_ship(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("Title: Treasury notice\nDate: 2024-12-19\n\nThe following vessels are identified as "
                    "property in which blocked persons have an interest:\n\nWREN ARCADIA (IMO 9314234), a "
                    "Gabon-flagged crude oil tanker;\nLARK BOREAS (IMO 9289245), a Cameroon-flagged crude "
                    "oil tanker;\nKITE CALLISTO, a Comoros-flagged product tanker.\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert sorted(k["target"] for k in kinds(f, "Sanction")) == [
        "KITE CALLISTO", "LARK BOREAS", "WREN ARCADIA"]
    # (a ship told after a semicolon in prose is no entry: "...; the LARK BOREAS was not listed")
    path.write_text("Title: Treasury notice\nDate: 2024-12-19\n\nThe following vessels are identified as "
                    "property in which blocked persons have an interest:\n\nWREN ARCADIA (IMO 9314234), a "
                    "Gabon-flagged crude oil tanker, which met the tanker LARK BOREAS at sea.\n",
                    encoding="utf-8")
    g = extract(read_document(path), default_gazetteer())
    assert [k["target"] for k in kinds(g, "Sanction")] == ["WREN ARCADIA"]


def test_a_heading_confirmed_by_what_was_unloaded_there_and_a_load_taken_from_a_port() -> None:
    f = facts_of("The tanker Wren Ember left Malaysia in May. The Wren Ember then sailed toward Houston, "
                 "where the cargo was offloaded in August.", date="2024-09-08")
    assert dated(f, "PortCall") == {("Wren Ember", "Houston"): "2024-08"}
    # (a heading with no deed done there is no call; nor one that might be done)
    g = facts_of("The tanker Wren Ember left Malaysia in May. It sailed towards Houston, where the oil "
                 "could be offloaded.", date="2024-09-08")
    assert calls(g) == set()
    h = facts_of("The oil was loaded from Kharg Island onto the tanker Lark Dawn in March.",
                 date="2024-09-08")
    assert dated(h, "PortCall") == {("Lark Dawn", "Kharg Island"): "2024-03"}


def test_a_load_taken_from_a_typed_ship_onto_another_names_both_and_their_transfer() -> None:
    f = facts_of("The cargo was loaded from the tanker Wren Altair onto the Lark Vela off Lome.",
                 date="2024-09-08")
    assert names(f, "Vessel") == {"Wren Altair", "Lark Vela"}
    assert sts_events(f) == [(frozenset({"Wren Altair", "Lark Vela"}), "Lome", 1)]
    g = facts_of("Goods were moved from the warehouse in Dubai to the Jebel Ali Free Zone in May.",
                 date="2024-09-08")
    assert names(g, "Vessel") == set()


def test_a_sea_area_told_again_by_its_last_word_locates_a_transfer() -> None:
    f = facts_of("The tanker Kite Petrel lay at anchor in the Laconian Gulf on Sunday. Tracking data show "
                 "the Kite Petrel moored alongside the tanker Wren Finch in the gulf on June 29.",
                 date="2024-07-02")
    assert sts_events(f) == [(frozenset({"Kite Petrel", "Wren Finch"}), "Laconian Gulf", 1)]
    # (two gulfs told before: which one is not known; "the Gulf" names one of its own)
    g = facts_of("The tanker Kite Petrel crossed the Gulf of Oman after leaving the Laconian Gulf. It "
                 "moored alongside the tanker Wren Finch in the gulf on June 29.", date="2024-07-02")
    assert [where for _v, where, _n in sts_events(g)] == [None]
    h = facts_of("The tanker Kite Petrel lay in the Laconian Gulf on Sunday. It moored alongside the "
                 "tanker Wren Finch in the Gulf on June 29.", date="2024-07-02")
    assert [where for _v, where, _n in sts_events(h)] != ["Laconian Gulf"]


def test_a_doubt_on_a_delivery_hedges_the_transfer_not_the_calls_told_flatly() -> None:
    f = facts_of("The tankers Yu Lark and Xin Wren were seen loading at Nampo on Feb. 10 and later "
                 "appeared off Ningbo, the group said, though it could not confirm they delivered coal "
                 "there.", date="2025-03-18")
    assert {k["port"]: k["confidence"] for k in kinds(f, "PortCall")} == {
        "Nampo": "reported", "Ningbo": "reported"}
    assert {e.confidence for e in f.events if e.type == "Transfer"} == {"realistic possibility"}
    g = facts_of("The tankers Yu Lark and Xin Wren were seen loading at Nampo on Feb. 10 and later "
                 "appeared off Ningbo, the group said.", date="2025-03-18")
    assert {e.confidence for e in g.events if e.type == "Transfer"} == {"reported"}


def test_a_port_set_before_its_clauses_with_a_time_each_ship_s_own_and_a_group() -> None:
    f = facts_of("At Ust-Luga, the tanker Wren Tern lifted a cargo of naphtha on June 4, and the tanker "
                 "Kite Warbler loaded fuel oil two days later.", date="2024-06-10")
    assert dated(f, "PortCall") == {("Wren Tern", "Ust-Luga"): "2024-06-04",
                                    ("Kite Warbler", "Ust-Luga"): "2024-06-06"}
    g = facts_of("At Ust-Luga on June 4, the tanker Wren Tern lifted naphtha.", date="2024-06-10")
    assert dated(g, "PortCall") == {("Wren Tern", "Ust-Luga"): "2024-06-04"}
    h = facts_of("At Primorsk, four Aframaxes loaded Urals last week. Among them was the Gabon-flagged "
                 "Pale Sandpiper.", date="2024-06-10")
    assert dated(h, "PortCall") == {("Pale Sandpiper", "Primorsk"): "2024-06-03/2024-06-09"}
    # (a ship told after the group, not as one of it, is not taken for a member)
    k = facts_of("At Primorsk, four Aframaxes loaded Urals last week. The Gabon-flagged Pale Sandpiper "
                 "was insured in 2022.", date="2024-06-10")
    assert calls(k) == set()


def test_an_agent_s_line_up_under_a_port_s_title_gives_each_ship_s_stay(tmp_path: Path) -> None:
    path = tmp_path / "lineup.txt"
    path.write_text("Title: Agency report: Novorossiysk grain line-up\nDate: 2024-09-16\n\n"
                    "Vessel movements (local time):\n"
                    "Wren Harrier - arr. 09/09, berthed KSK 11/09, sailed 14/09 for Alexandria.\n"
                    "Lark Kestrel - arr. 12/09, waiting at roads.\n"
                    "Kite Pilot - sailed 10/09 for Mersin with 27,000 t barley.\n", encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert dated(f, "PortCall") == {("Wren Harrier", "Novorossiysk"): "2024-09-09/2024-09-14",
                                    ("Lark Kestrel", "Novorossiysk"): "2024-09-12",
                                    ("Kite Pilot", "Novorossiysk"): "2024-09-10"}
    # (in prose, "arr." does not end a sentence nor name a ship; a name opening a line with no
    # deed after its dash is none)
    path.write_text("Title: Notes\nDate: 2024-09-16\n\nWren Harrier - the ship's history\n"
                    "It was built in Japan.\n", encoding="utf-8")
    g = extract(read_document(path), default_gazetteer())
    assert names(g, "Vessel") == set()


def test_a_look_that_shows_a_ship_at_two_ports_and_one_by_its_dimensions() -> None:
    f = facts_of("Satellite imagery shows the cargo ship Fen Orach at Rajin on Oct. 8 and at Dunai on "
                 "Oct. 11.", date="2024-11-05")
    assert dated(f, "PortCall") == {("Fen Orach", "Rajin"): "2024-10-08",
                                    ("Fen Orach", "Dunai"): "2024-10-11"}
    # (another ship told at the second port is its own, not the first's)
    g = facts_of("Satellite imagery shows the cargo ship Fen Orach at Rajin on Oct. 8 and the tanker Wren "
                 "Sedge at Dunai on Oct. 11.", date="2024-11-05")
    assert ("Fen Orach", "Dunai") not in calls(g)
    h = facts_of("The cargo vessel Lady Fen left Rajin on Sept. 15. On Sept. 20, imagery captured a ship "
                 "consistent with the Lady Fen's dimensions at the Dunai naval pier.", date="2024-10-30")
    dunai = [(k["date"], k["confidence"]) for k in kinds(h, "PortCall") if k["port"] == "Dunai"]
    assert dunai == [("2024-09-20", "realistic possibility")]


def test_a_ship_searched_in_a_port_told_after_it() -> None:
    f = facts_of("Customs officers seized drone parts aboard the Antigua and Barbuda-flagged general cargo "
                 "ship Maren Dove in the port of Rotterdam on Tuesday, prosecutors said.", date="2024-05-16")
    assert dated(f, "PortCall") == {("Maren Dove", "Rotterdam"): "2024-05-14"}
    g = facts_of("Officers seized drone parts aboard the cargo ship Maren Dove, bound for Rotterdam.",
                 date="2024-05-16")
    assert calls(g) == set()


def test_a_load_read_as_what_it_appeared_to_be_leaves_the_arrival_flat() -> None:
    f = facts_of("On 30 September the landing ship Kite Filch arrived in Tartus carrying what appeared to "
                 "be BTR-82A armored personnel carriers.", date="2015-10-06")
    assert [k["confidence"] for k in kinds(f, "PortCall")] == ["reported"]
    # (what the arrival itself appeared to be stays hedged)
    g = facts_of("On 30 September the landing ship Kite Filch appeared to arrive in Tartus.",
                 date="2015-10-06")
    assert [k["confidence"] for k in kinds(g, "PortCall")] != ["reported"]


def test_a_voyage_told_with_no_time_and_again_with_one_is_one_transfer(tmp_path: Path) -> None:
    path = tmp_path / "grain.html"
    page = ("<html><head><title>Grain ships</title><meta name='date' content='2024-04-02'></head><body>"
            "<p>At least six cargo ships loaded grain at Sevastopol. The table lists the calls we could "
            "confirm.</p><table><tr><th>Vessel</th><th>Flag</th><th>Next port</th></tr>"
            "<tr><td>Lark Volga</td><td>Russia</td><td>Izmir</td></tr></table>"
            "<p>The Lark Volga unloaded in Izmir on 19 January{}, port records show.</p></body></html>")
    path.write_text(page.format(""), encoding="utf-8")
    f = extract(read_document(path), default_gazetteer())
    assert [(e.date, len(e.evidence)) for e in f.events if e.type == "Transfer"] == [("2024-01-19", 2)]
    # (a ship that makes the run again and again: each telling its own)
    path.write_text(page.format(", one of the many runs it has made again and again"), encoding="utf-8")
    g = extract(read_document(path), default_gazetteer())
    assert sorted(str(e.date) for e in g.events if e.type == "Transfer") == ["2024-01-19", "None"]


def test_waters_passed_told_by_the_port_they_lie_at_are_no_call_there() -> None:
    f = facts_of("FILE PHOTO: The Russian cargo ship Lark Sun sails in the Bosphorus in Istanbul, Turkey, "
                 "May 3, 2023.", date="2024-06-01")
    assert calls(f) == set()
    g = facts_of("The Russian cargo ship Lark Sun sailed through the Bosphorus on May 3 and docked in "
                 "Istanbul on May 4.", date="2024-06-01")
    assert dated(g, "PortCall") == {("Lark Sun", "Istanbul"): "2024-05-04"}


def test_a_lead_s_call_dated_by_the_arrival_and_departure_told_after_and_a_load_said_before() -> None:
    f = facts_of("A Syrian-flagged ship carrying grain has docked in the Lebanese port of Tripoli, the "
                 "embassy said on Thursday. The Lark Dicea arrived on June 1 with about 10,000 tonnes of "
                 "barley, the embassy said, adding that the cargo had been loaded at Feodosia. Officials "
                 "said they had not found evidence that the grain was stolen, and the ship left Tripoli on "
                 "June 8.", date="2022-06-10")
    assert dated(f, "PortCall") == {("Lark Dicea", "Tripoli"): "2022-06-01/2022-06-08",
                                    ("Lark Dicea", "Feodosia"): None}
    # (a clause joined by "and" with no subject of its own stays under the denial)
    g = facts_of("The tanker Lark Dicea did not call at Tripoli, and never left Feodosia.", date="2022-06-10")
    assert calls(g) == set()


def test_a_ship_told_beside_another_then_a_transfer_read_into_it() -> None:
    f = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. It reappeared on 6 Oct in the "
                 "Laconian Gulf, riding high, next to the KITE ROVER (Panama). Looks like an STS.",
                 date="2024-10-08")
    assert names(f, "Vessel") == {"LUNA WREN", "KITE ROVER"} and vessel_flag(f, "KITE ROVER") == "PAN"
    sts = [(k["vessels"], k["location"], k["date"], k["confidence"]) for k in kinds(f, "ShipToShipTransfer")]
    assert sts == [(["LUNA WREN", "KITE ROVER"], "Laconian Gulf", "2024-10-06", "likely")]
    # (a ship passed is none beside; a transfer denied is none; nor is a pier's name a ship)
    g = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. It passed the KITE ROVER off "
                 "Lome on 6 Oct. Looks like an STS.", date="2024-10-08")
    assert kinds(g, "ShipToShipTransfer") == []
    h = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. It reappeared on 6 Oct next to "
                 "the KITE ROVER. It was not an STS, the owner said.", date="2024-10-08")
    assert kinds(h, "ShipToShipTransfer") == []
    k = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. It was moored at Izmail next "
                 "to the Danube Grain Terminal.", date="2024-10-08")
    assert names(k, "Vessel") == {"LUNA WREN"}


def vessel_flag(facts: Facts, name: str) -> str | None:
    return next(e.flag for e in facts.entities if e.type == "Vessel" and e.name == name)


def test_a_jigger_told_again_by_its_kind_passes_its_catch_to_a_reefer() -> None:
    f = facts_of("The Chinese squid jigger Fu Yuan Yu 7880 was chased out of Argentina's waters on Feb. 27. "
                 "The jigger later transferred its catch to the reefer Lucky Frost in international waters.",
                 date="2024-03-02")
    assert [k["vessels"] for k in kinds(f, "ShipToShipTransfer")] == [["Fu Yuan Yu 7880", "Lucky Frost"]]
    # (a jigger not told before is not the reefer that was)
    g = facts_of("The reefer Lucky Frost left Montevideo on Feb. 20. The jigger later transferred its catch "
                 "to it.", date="2024-03-02")
    assert kinds(g, "ShipToShipTransfer") == []


def test_a_thread_s_bare_signal_gone_dark_is_the_ship_told_just_before() -> None:
    f = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. AIS went dark off Skagen on "
                 "29 Sept.", date="2024-10-08")
    assert [(k["vessel"], k["date"]) for k in kinds(f, "AISGap")] == [("LUNA WREN", "2024-09-29")]
    # (two ships told before: whose signal is not known; data shown are no gap)
    g = facts_of("The tankers LUNA WREN and KITE ROVER loaded diesel at Primorsk on 24 Sept. AIS went dark "
                 "off Skagen on 29 Sept.", date="2024-10-08")
    assert kinds(g, "AISGap") == []
    h = facts_of("The tanker LUNA WREN loaded diesel at Primorsk on 24 Sept. AIS data show it off Skagen on "
                 "29 Sept.", date="2024-10-08")
    assert kinds(h, "AISGap") == []


def test_a_ship_back_with_no_port_told_is_back_where_it_called_last() -> None:
    f = facts_of("The tanker Crest Mariah first appeared at Nampo on Sept. 3, 2024. It returned twice more, "
                 "on Oct. 19 and Dec. 2.", date="2025-01-15")
    assert sorted(str(k["date"]) for k in kinds(f, "PortCall") if k["port"] == "Nampo") == \
        ["2024-09-03", "2024-10-19", "2024-12-02"]
    # (a port told with the return is that port's; a ship told leaving is not taken back there)
    g = facts_of("The tanker Crest Mariah arrived at Nampo on Sept. 3, 2024. It returned to Rajin on Oct. "
                 "19.", date="2025-01-15")
    assert dated(g, "PortCall") == {("Crest Mariah", "Nampo"): "2024-09-03",
                                    ("Crest Mariah", "Rajin"): "2024-10-19"}
    h = facts_of("The tanker Crest Mariah left Nampo on Sept. 3, 2024. It returned on Oct. 19.",
                 date="2025-01-15")
    assert len(kinds(h, "PortCall")) == 1
    # (fuel taken from ships near a port is taken at sea, no call there)
    k = facts_of("The tanker Crest Mariah loaded fuel from larger tankers near the Chinese port of Zhoushan "
                 "in May.", date="2025-01-15")
    assert calls(k) == set()


def test_a_transfer_in_an_after_phrase_takes_its_own_time() -> None:
    f = facts_of("The tanker Sable Orchid discharged at Qingdao on May 21 after an STS transfer off Malaysia "
                 "with the tanker Arya Gull earlier in the month.", date="2024-05-27")
    assert [k["date"] for k in kinds(f, "ShipToShipTransfer")] == ["2024-05-01/2024-05-27"]
    assert dated(f, "PortCall") == {("Sable Orchid", "Qingdao"): "2024-05-21"}


def test_a_step_back_told_in_the_pluperfect_does_not_move_the_story_s_time() -> None:
    f = facts_of("Two landing ships, the Ivan Wren and the Alexander Lark, unloaded equipment at Tobruk on "
                 "April 8 and 9. The ships had sailed from Tartus on April 3. A third ship, the cargo vessel "
                 "Sparta Fen, arrived at Tobruk a week later.", date="2024-04-20")
    assert dated(f, "PortCall")[("Sparta Fen", "Tobruk")] == "2024-04-15/2024-04-16"
    # (a time told flatly after the first does move it)
    g = facts_of("Two landing ships, the Ivan Wren and the Alexander Lark, unloaded equipment at Tobruk on "
                 "April 8 and 9. They sailed from Tobruk on April 12. A third ship, the cargo vessel Sparta "
                 "Fen, arrived at Tobruk a week later.", date="2024-04-20")
    assert dated(g, "PortCall")[("Sparta Fen", "Tobruk")] != "2024-04-15/2024-04-16"


def test_a_ship_back_at_the_port_its_voyage_set_out_from_and_a_load_moved_on_where_it_was_bound() -> None:
    f = facts_of("The tanker Sun Wren sailed from Chongjin to Vostochny on July 2 and returned on July 11.",
                 date="2024-07-30")
    assert sorted((k["port"], k["date"]) for k in kinds(f, "PortCall")) == [
        ("Chongjin", "2024-07-02"), ("Chongjin", "2024-07-11"), ("Vostochny", "2024-07-02")]
    assert transfers(f) == {("Sun Wren", "Chongjin", "Vostochny")}  # (the way back carried nothing told)
    g = facts_of("The bulker Crest Vireo took on wheat at Izmail bound for Constanta, where the cargo was "
                 "later moved onto a larger vessel.", date="2023-08-25")
    assert calls(g) == {("Crest Vireo", "Izmail"), ("Crest Vireo", "Constanta")}
    h = facts_of("The bulker Crest Vireo took on wheat at Izmail bound for Constanta, where the cargo is to "
                 "be moved onto a larger vessel.", date="2023-08-25")
    assert calls(h) == {("Crest Vireo", "Izmail")}


def test_a_call_on_a_day_still_to_come_is_no_call_nor_its_voyage() -> None:
    f = facts_of("The tanker Kite Harbour loaded at Primorsk on Nov. 14 and discharged at Sikka on Dec. 1 "
                 "according to its AIS plan.", date="2024-11-29")
    assert calls(f) == {("Kite Harbour", "Primorsk")} and transfers(f) == set()
    # (a day told with its year is taken as written; a day gone is a call)
    g = facts_of("The tanker Kite Harbour loaded at Primorsk on Nov. 14 and discharged at Sikka on Nov. 27.",
                 date="2024-11-29")
    assert calls(g) == {("Kite Harbour", "Primorsk"), ("Kite Harbour", "Sikka")}
    h = facts_of("The tanker Kite Harbour discharged at Sikka on 1 December 2024.", date="2024-11-29")
    assert calls(h) == {("Kite Harbour", "Sikka")}


def test_a_where_clause_after_the_state_or_region_the_port_lies_in() -> None:
    f = facts_of("The Council judged that the coal was later delivered to Cam Pha, Viet Nam, where the bulk "
                 "carrier Tian Star 9 called between 1 and 4 March 2024.", date="2024-05-02")
    assert dated(f, "PortCall") == {("Tian Star 9", "Cam Pha"): "2024-03-01/2024-03-04"}
    g = facts_of("The coal went to Cam Pha in northern Vietnam, where the bulk carrier Tian Star 9 docked on "
                 "4 March 2024.", date="2024-05-02")
    assert calls(g) == {("Tian Star 9", "Cam Pha")}
    # (a name after the comma that is no state or region the port lies in opens no such clause)
    h = facts_of("The coal went to Cam Pha, Hoang Minh, where the bulk carrier Tian Star 9 docked on "
                 "4 March 2024.", date="2024-05-02")
    assert calls(h) == set()


def test_the_ship_s_last_visit_before_the_story_is_no_leg_of_its_voyage() -> None:
    f = facts_of("The cargo ship Lyre Falcon entered Sevastopol on Sunday, monitors said. It had earlier "
                 "been loaded with grain at Berdiansk. The ship last visited Latakia in June, according to "
                 "their records.", date="2023-08-21")
    assert ("Lyre Falcon", "Berdyansk", "Latakia") not in transfers(f)
    assert ("Lyre Falcon", "Latakia") in calls(f)
    # (a last call told after the voyage's start, and after it in time, ends it)
    g = facts_of("The cargo ship Lyre Falcon left Rajin on 5 May. It last called at Dunai on 9 May, before "
                 "it went dark.", date="2023-06-01")
    assert transfers(g) == {("Lyre Falcon", "Rajin", "Dunai")}


def test_a_ship_that_arrived_from_one_port_and_left_for_another() -> None:
    f = facts_of("The tanker Kestrel Fen arrived at Ceuta from Primorsk on January 11 and departed two days "
                 "later towards Port Said.", date="2025-01-17")
    assert dated(f, "PortCall") == {("Kestrel Fen", "Ceuta"): "2025-01-11/2025-01-13",
                                    ("Kestrel Fen", "Primorsk"): "2024-12-12/2025-01-11"}
    assert transfers(f) == {("Kestrel Fen", "Primorsk", "Ceuta")}
    # (not where it only sailed on from: "had sailed from X bound for Y")
    g = facts_of("The tanker Kestrel Fen had sailed from Primorsk bound for Port Said.", date="2025-01-17")
    assert calls(g) == {("Kestrel Fen", "Primorsk")}


def test_ships_side_by_side_off_a_port_set_before_the_clause_met_at_sea() -> None:
    f = facts_of("Off Kalamata, the tankers Sound Heron and Cedar Pike were moored side by side on January "
                 "14 and 15.", date="2025-01-17")
    assert calls(f) == set()
    assert sts_events(f) == [(frozenset({"Sound Heron", "Cedar Pike"}), "Kalamata", 1)]
    # (bare names lying side by side are ships)
    g = facts_of("Off Kalamata, the Sound Heron and the Cedar Pike lay side by side on January 14.",
                 date="2025-01-17")
    assert sts_events(g) == [(frozenset({"Sound Heron", "Cedar Pike"}), "Kalamata", 1)]
    # (a port set before the clause where ships only lie is a call)
    h = facts_of("At Kalamata, the tankers Sound Heron and Cedar Pike were moored on January 14.",
                 date="2025-01-17")
    assert calls(h) == {("Sound Heron", "Kalamata"), ("Cedar Pike", "Kalamata")}


def test_a_firm_designated_beside_the_ship_it_manages() -> None:
    f = facts_of("OFAC is also designating Blue Tern Shipping LLC, a United Arab Emirates-based company that "
                 "manages the tanker Marlin Sky.", date="2024-10-03")
    assert [k["target"] for k in kinds(f, "Sanction")] == ["Blue Tern Shipping LLC"]
    g = facts_of("OFAC designated the tanker Marlin Sky, which is managed by Blue Tern Shipping LLC.",
                 date="2024-10-03")
    assert [k["target"] for k in kinds(g, "Sanction")] == ["Marlin Sky"]
