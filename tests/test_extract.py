"""Extractors on sentences written for these tests, positives and negatives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shipgraph.extract.confidence import confidence_of
from shipgraph.extract.pipeline import extract
from shipgraph.extract.vessels import imo_valid, mmsi_flag, mmsi_valid
from shipgraph.readers import read_document

from .conftest import calls, facts_of, names


def vessel(facts, name):  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.type == "Vessel" and e.name == name)


def test_imo_check_digit() -> None:
    assert imo_valid("9074729") and imo_valid("9179842")
    assert not imo_valid("9074720") and not imo_valid("123456")


@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_imo_validator_agrees_with_definition(n: str) -> None:
    total = sum(int(d) * w for d, w in zip(n[:6], [7, 6, 5, 4, 3, 2], strict=True))
    assert imo_valid(n) == (total % 10 == int(n[6]))


def test_mmsi() -> None:
    assert mmsi_valid("273112233") and not mmsi_valid("12345678") and not mmsi_valid("073112233")


def test_vessel_cues_and_attributes() -> None:
    f = facts_of("The Panama-flagged tanker Blue Heron (IMO 9074729) left Rotterdam. "
                 "A second ship, the Kestrel, flying the flag of Togo, was idle. "
                 "The ro-ro MARLIN 2 (MMSI 273112233), formerly known as SEA OTTER, sailed on.")
    heron = vessel(f, "Blue Heron")
    assert heron.imo == "9074729" and heron.flag == "PAN" and heron.vessel_type == "tanker"
    assert vessel(f, "Kestrel").flag == "TGO"
    marlin = vessel(f, "MARLIN 2")
    assert marlin.mmsi == "273112233" and "SEA OTTER" in marlin.former_names


def test_invalid_imo_is_not_kept() -> None:
    f = facts_of("The tanker Blue Heron (IMO 9074720) called at Odesa on 3 March.")
    assert vessel(f, "Blue Heron").imo is None


def test_former_flag_is_not_the_flag() -> None:
    f = facts_of("The bulk carrier Grey Gull, previously registered in Liberia, "
                 "now sails under the Maltese flag.")
    assert vessel(f, "Grey Gull").flag == "MLT"


def test_names_are_vessels_only_where_text_says_so() -> None:
    f = facts_of("Maria Petrova, a broker, said the freighter Hope Dawn docked at Tartus. "
                 "Hope remains a popular word.")
    assert names(f, "Vessel") == {"Hope Dawn"}


def test_organisation_named_like_a_ship_is_not_a_ship() -> None:
    f = facts_of("The tanker Silver Wave loaded at Primorsk. Its owner, Silver Wave Shipping "
                 "Ltd, did not comment.")
    sw = vessel(f, "Silver Wave")
    assert all(m.text != "Silver Wave Shipping Ltd" for m in sw.mentions)
    assert "Silver Wave Shipping Ltd" in names(f, "Organization")


def test_states_ports_places() -> None:
    f = facts_of("Moscow denied that the Liberian-flagged tanker Arctic Fox called at "
                 "Tartous, in Syria, after crossing the Black Sea. North Korean officials declined.")
    assert {"Russia", "Liberia", "Syria", "North Korea"} <= names(f, "State")
    port = next(e for e in f.entities if e.type == "Port")
    assert port.name == "Tartus" and port.country == "SYR" and port.unlocode == "SYTTS"
    assert "Black Sea" in names(f, "Place")


def test_port_call_positive_and_anaphora() -> None:
    f = facts_of("The bulk carrier Iron Gate loaded coal at Nampo on 2 March. The ship then "
                 "discharged at Cam Pha on 9 March.")
    assert calls(f) == {("Iron Gate", "Nampo"), ("Iron Gate", "Cam Pha")}
    transfer = next(e for e in f.events if e.type == "Transfer")
    by_id = {e.id: e.name for e in f.entities}
    assert (by_id[transfer.origin], by_id[transfer.destination]) == ("Nampo", "Cam Pha")
    dates = {e.date for e in f.events if e.type == "PortCall"}
    assert dates == {"2024-03-02", "2024-03-09"}


@pytest.mark.parametrize("sentence", [
    "The tanker Red Kite did not call at Kalamata.",
    "The tanker Red Kite is expected to arrive at Ceuta next week.",
    "The tanker Red Kite could be used to load at Primorsk.",
    "Officials denied that the tanker Red Kite had docked at Beirut.",
    "The tanker Red Kite was turned away from Alexandria before berthing.",
    "If the tanker Red Kite returns to Odesa, it will load grain.",
])
def test_denied_planned_hypothetical_are_not_events(sentence: str) -> None:
    assert calls(facts_of(sentence)) == set()


def test_ship_to_ship_transfer() -> None:
    f = facts_of("On 5 March the tanker Gold Finch transferred its cargo to the tanker Sea Wren "
                 "in the Gulf of Oman. Both ships had switched off their transponders.")
    sts = [e for e in f.events if e.type == "ShipToShipTransfer"]
    assert len(sts) == 1 and sts[0].date == "2024-03-05"
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[v] for v in sts[0].vessels or []} == {"Gold Finch", "Sea Wren"}
    assert by_id[sts[0].location or ""] == "Gulf of Oman"
    gaps = {by_id[e.vessel or ""] for e in f.events if e.type == "AISGap"}
    assert gaps == {"Gold Finch", "Sea Wren"}


def test_one_vessel_alongside_a_pier_is_no_sts() -> None:
    f = facts_of("The freighter Lark was moored alongside the pier at Rajin on 4 May.")
    assert not [e for e in f.events if e.type == "ShipToShipTransfer"]
    assert calls(f) == {("Lark", "Rajin")}


def test_transfer_from_to() -> None:
    f = facts_of("The general cargo ship Amber Sky delivered drone parts from Bandar Abbas to "
                 "Hodeidah in January.", date="2024-02-09")
    t = next(e for e in f.events if e.type == "Transfer")
    by_id = {e.id: e.name for e in f.entities}
    assert (by_id[t.vessel or ""], by_id[t.origin or ""], by_id[t.destination or ""]) == \
        ("Amber Sky", "Bandar Abbas", "Hodeidah")
    assert t.cargo == "drone parts" and t.date == "2024-01"


@pytest.mark.parametrize("text, level", [
    ("The ship almost certainly called there.", "almost certain"),
    ("It is highly likely that the ship called.", "highly likely"),
    ("We assess with moderate confidence that it called.", "likely"),
    ("The ship may have called.", "realistic possibility"),
    ("It is unlikely that the ship called.", "unlikely"),
    ("The ship called at the port.", "reported"),
    ("Imagery shows a ship consistent with the Vega at the pier.", "realistic possibility"),
    ("Imagery shows the Vega at the pier, with a cargo consistent with coal.", "reported"),
    ("The ship loaded there, though this could not be confirmed.", "realistic possibility"),
    ("The claim has not been independently verified.", "realistic possibility"),
    ("There are indications the ship called at the port.", "likely"),
    ("There were strong signs that the ship had called.", "likely"),
    ("The ship called at the port, and there are signs of damage.", "reported"),
    ("The ship called at the port, but there is no sign that it loaded.", "reported"),
    ("The ship seemingly called at the port.", "likely"),
    ("The ship ostensibly called at the port.", "likely"),
    # (the aside hedges the load, not the call)
    ("The ship, ostensibly in ballast, called at the port.", "reported"),
])
def test_confidence(text: str, level: str) -> None:
    assert confidence_of(text) == level


def test_evidence_offsets_point_into_text() -> None:
    f = facts_of("The tanker Blue Heron berthed at Odesa on 3 March.")
    for e in f.events:
        for ev in e.evidence:
            assert f.document.text[ev.start:ev.end] == ev.text
    for ent in f.entities:
        for m in ent.mentions:
            assert f.document.text[m.start:m.end] == m.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_extractor_never_crashes(body: str) -> None:
    facts_of(body)


def test_a_list_of_vessels_after_a_dash_or_colon() -> None:
    f = facts_of("The tankers - Ash Wren, Birch Wren and Cedar Wren - all called at Sohar in "
                 "April. Two freighters: Dune Lark and Fen Lark.")
    assert names(f, "Vessel") == {"Ash Wren", "Birch Wren", "Cedar Wren", "Dune Lark", "Fen Lark"}
    assert calls(f) == {("Ash Wren", "Sohar"), ("Birch Wren", "Sohar"), ("Cedar Wren", "Sohar")}
    # a dash after a type word does not make any following capital a ship
    g = facts_of("The tankers - Russian and Greek - were idle.")
    assert names(g, "Vessel") == set()


def test_a_former_name_belongs_to_the_name_it_is_set_beside() -> None:
    f = facts_of("The tanker Dune Lark was detained in May. The Fen Lark, formerly known as Gulf "
                 "Heron, berthed at Sohar on 2 June.")
    assert names(f, "Vessel") == {"Dune Lark", "Fen Lark"}
    assert vessel(f, "Fen Lark").former_names == ["Gulf Heron"]
    assert vessel(f, "Dune Lark").former_names == []
    assert calls(f) == {("Fen Lark", "Sohar")}
    # a renamed company is not a ship
    g = facts_of("Sable Holdings, formerly known as Gulf Heron Trading, opened an office.")
    assert names(g, "Vessel") == set()


@pytest.mark.parametrize("sentence", [
    "The Gabon-flagged Fen Lark (IMO 9174397) was previously sanctioned under the name Gulf Heron.",
    "The tanker Fen Lark, which sailed as the Gulf Heron until 2022, loaded at Kharg Island.",
    "The tanker Fen Lark traded under the name Gulf Heron before being sold in 2021.",
    "The tanker Fen Lark was originally registered as the Gulf Heron.",
])
def test_a_name_a_ship_went_by_before_is_a_former_name(sentence: str) -> None:
    f = facts_of(sentence)
    assert names(f, "Vessel") == {"Fen Lark"}
    assert vessel(f, "Fen Lark").former_names == ["Gulf Heron"]


@pytest.mark.parametrize("sentence", [
    "The tanker Fen Lark, previously named Gulf Heron and then Sand Owl, loaded at Primorsk.",
    "Formerly known as Gulf Heron and later as Sand Owl, the tanker Fen Lark loaded at Primorsk.",
])
def test_the_names_a_ship_had_one_after_another_and_a_former_name_told_first(
        sentence: str) -> None:
    f = facts_of(sentence)
    assert names(f, "Vessel") == {"Fen Lark"}
    assert vessel(f, "Fen Lark").former_names == ["Gulf Heron", "Sand Owl"]
    assert calls(f) == {("Fen Lark", "Primorsk")}


@pytest.mark.parametrize("sentence", [
    "The tanker Fen Lark, previously named Gulf Heron and Sand Owl, loaded at Primorsk.",
    "The tanker Fen Lark (formerly Gulf Heron, Sand Owl) loaded at Primorsk.",
    "The tanker Fen Lark, previously named Gulf Heron, and before that Sand Owl, loaded at Primorsk.",
])
def test_former_names_told_as_a_list(sentence: str) -> None:
    f = facts_of(sentence)
    assert names(f, "Vessel") == {"Fen Lark"}
    assert vessel(f, "Fen Lark").former_names == ["Gulf Heron", "Sand Owl"]


@pytest.mark.parametrize("sentence", [
    "The tanker Fen Lark, formerly Gulf Heron, Estonia said, was detained in April.",
    "The tanker Fen Lark, formerly Gulf Heron and Estonia detained it in April.",
    "The tanker Fen Lark (formerly Gulf Heron, IMO 9332810) was detained in April.",
    "The tanker Fen Lark, formerly Gulf Heron, and the Sea Owl were detained in April.",
])
def test_what_follows_a_former_name_is_no_more_of_them(sentence: str) -> None:
    assert vessel(facts_of(sentence), "Fen Lark").former_names == ["Gulf Heron"]


@pytest.mark.parametrize("sentence", [
    "The tanker Fen Lark was previously registered as Iranian-flagged.",
    "The tanker Fen Lark sailed as the Gulf Heron's escort to Sohar.",
    "The tanker Fen Lark traded under the name of its owner until 2022.",
])
def test_no_former_name_where_none_is_given(sentence: str) -> None:
    assert vessel(facts_of(sentence), "Fen Lark").former_names == []


def test_a_dateline_city_is_not_its_government() -> None:
    f = facts_of("MOSCOW, June 18 (Test Wire) - The tanker Dune Lark loaded crude at Kozmino.\n"
                 "Moscow denied that the tanker Dune Lark carried arms.")
    russia = next(e for e in f.entities if e.type == "State" and e.iso == "RUS")
    assert [m.text for m in russia.mentions] == ["Moscow"]
    f = facts_of("CARACAS — The tanker Dune Lark loaded crude at Jose.")
    assert names(f, "State") == set()
    # a dash written as two hyphens
    f = facts_of("SEOUL, Oct. 17 (Test Wire) -- The tanker Dune Lark loaded coal at Nampo.")
    assert names(f, "State") == set()


def test_more_ways_reporting_names_a_ship() -> None:
    # what a ship lies alongside, in a sentence about ships; a named place is not a ship
    f = facts_of("Images dated 3 April show two unidentified tankers alongside the Sun Heron. "
                 "The tanker Moon Heron lay alongside the Dunai pier.")
    assert names(f, "Vessel") == {"Sun Heron", "Moon Heron"}
    # a definite name before a ship's verb, with an auxiliary
    g = facts_of("Investigators said the Star Heron had ferried trucks from Tartus to "
                 "Novorossiysk in December. The Commission has reached a view.")
    assert names(g, "Vessel") == {"Star Heron"}
    assert calls(g) == {("Star Heron", "Tartus"), ("Star Heron", "Novorossiysk")}


def test_a_second_cue_adds_what_the_first_did_not_say() -> None:
    f = facts_of("A Maltese-flagged bulk carrier, the Sea Heron (IMO 9496367), was turned away "
                 "from Constanta.")
    v = vessel(f, "Sea Heron")
    assert (v.imo, v.flag, v.vessel_type) == ("9496367", "MLT", "bulk carrier")


def test_pairs_named_together_and_cargo_swaps() -> None:
    f = facts_of("On Monday Dune Lark and Fen Lark, both Gabon-flagged tankers, met off Kalamata "
                 "to swap cargoes. On 25 March Dune Lark discharged at Sikka, India.")
    assert names(f, "Vessel") == {"Dune Lark", "Fen Lark"}
    assert {vessel(f, n).flag for n in ("Dune Lark", "Fen Lark")} == {"GAB"}
    sts = [e for e in f.events if e.type == "ShipToShipTransfer"]
    assert len(sts) == 1 and sts[0].date == "2024-03-18"
    transfer = next(e for e in f.events if e.type == "Transfer")
    assert transfer.cargo is None  # "at Sikka" is where, not what
    # two states named together are not ships
    g = facts_of("Russia and Iran, both sanctioned states, swapped cargoes of grain and oil.")
    assert names(g, "Vessel") == set()


def test_the_flag_a_ship_flies_and_not_its_owners_registry() -> None:
    f = facts_of("The ship's owner, Ocean Link Ltd, is registered in the Marshall Islands, while "
                 "the tanker Amber Gale itself flies the flag of Panama. The tanker Amber Wren "
                 "flew the Togolese flag until May.")
    assert vessel(f, "Amber Gale").flag == "PAN"
    assert vessel(f, "Amber Wren").flag is None  # a flag flown until May is a former one
    # a false flag is the one it flies
    for text in ("The tanker Amber Gale, which uses a false flag of Guyana, docked at Jask.",
                 "The tanker Amber Gale, falsely flying the flag of Guyana, docked at Jask.",
                 "The tanker Amber Gale, previously flagged in Panama, now sails under a false Guyanese "
                 "flag.",
                 "The tanker Amber Gale flies a fake flag of Guyana."):
        assert vessel(facts_of(text), "Amber Gale").flag == "GUY", text


@pytest.mark.parametrize(("sentence", "level"), [
    ("Analysts believe the freighter made three trips.", "likely"),
    ("We think the tanker loaded at Primorsk.", "likely"),
    ("It remains unclear whether the ship unloaded at Tartus.", "realistic possibility"),
    ("It is still not clear if the ship docked.", "realistic possibility"),
    ("The ship docked at Tartus on 2 May.", "reported"),
    ("Few believe the story.", "reported"),  # a belief nobody in particular holds is no hedge
    ("We cannot rule out that the ship docked at Tartus.", "realistic possibility"),
    ("A call at Tartus could not be ruled out.", "realistic possibility"),
    ("Unverified posts show the ship at Tartus.", "realistic possibility"),
    ("Officials ruled out sabotage; the ship docked at Tartus.", "reported"),
    ("It is understood to have loaded gasoline at Bandar Abbas.", "likely"),
    ("The crew understood the order and docked at Tartus.", "reported"),
])
def test_more_hedges(sentence: str, level: str) -> None:
    assert confidence_of(sentence) == level


def test_a_possessive_is_not_part_of_the_name_and_unclear_is_not_present() -> None:
    f = facts_of("The bulker Sun Crane docked at Nakhodka, in Russia's Far East, on 3 March. It "
                 "remains unclear whether the cargo ship Moon Crane unloaded at Tartus.")
    russia = next(e for e in f.entities if e.type == "State")
    assert [m.text for m in russia.mentions] == ["Russia"] and russia.aliases == []
    crane = {e.id: e.name for e in f.entities}
    moon = next(e for e in f.events if e.type == "PortCall" and crane[e.vessel or ""] == "Moon Crane")
    # "remains unclear" is no present state: not the report's date, the paragraph's time
    assert moon.date == "2024-03-03" and moon.confidence == "realistic possibility"


def test_an_institution_named_after_a_capital_is_not_its_government() -> None:
    f = facts_of("The fleet has grown to 600 vessels, according to the Kyiv School of Economics. "
                 "Kyiv said it would respond.")
    assert "Kyiv School of Economics" in names(f, "Organization")
    ukraine = next(e for e in f.entities if e.type == "State")
    assert [m.start for m in ukraine.mentions] == [f.document.text.rindex("Kyiv said")]



def test_tanker_size_classes_and_a_flag_set_after_the_imo_number() -> None:
    f = facts_of("The Liberia-registered suezmax Coral Wind and the Togo-flagged Aframax Pella "
                 "met near Ceuta. The authorities boarded Grey Finch (IMO 9321483), a "
                 "Comoros-flagged product tanker, on 3 May.")
    assert names(f, "Vessel") == {"Coral Wind", "Pella", "Grey Finch"}
    assert vessel(f, "Coral Wind").flag == "LBR" and vessel(f, "Pella").flag == "TGO"
    grey = vessel(f, "Grey Finch")
    assert (grey.imo, grey.flag, grey.vessel_type) == ("9321483", "COM", "product tanker")


def test_a_renamed_ship_keeps_one_node_under_its_new_name() -> None:
    f = facts_of("The reefer Polar Dawn, detained in 2021, was later renamed Blue Meridian and now "
                 "sails under the Palau flag.")
    ship = vessel(f, "Blue Meridian")
    assert ship.former_names == ["Polar Dawn"] and ship.flag == "PLW"
    assert names(f, "Vessel") == {"Blue Meridian"}
    # a place renamed is not a ship
    g = facts_of("The tanker Polar Dawn called at Mariupol, which Russian officials renamed "
                 "Marioupol.")
    assert names(g, "Vessel") == {"Polar Dawn"}


def test_a_port_named_by_its_state_adjective() -> None:
    f = facts_of("The freighter Ivory Gull called at Tartus on 2 May. Two days later the ship was "
                 "filmed unloading trucks at the Syrian port.")
    # (one stay: called, then seen unloading there two days later)
    assert [(e.activity, e.date) for e in f.events if e.type == "PortCall"] == [
        ("discharging", "2023-05-02/2023-05-04")]


def test_a_state_is_named_as_reporting_names_it() -> None:
    f = facts_of("Chinese buyers took the cargo, and Beijing denied any breach.")
    assert names(f, "State") == {"China"}


def test_an_organisation_named_after_what_it_is_and_a_city_used_as_an_address() -> None:
    f = facts_of("The analytics firm Seaview and the research group Open Water Watch said the "
                 "tanker Alba, owned by a Dubai-based trader registered in Moscow, loaded at "
                 "Primorsk. Egypt's Suez Canal Authority said the company Monday denied it.")
    assert names(f, "Organization") >= {"Seaview", "Open Water Watch", "Suez Canal Authority"}
    assert "Monday" not in names(f, "Organization")
    assert names(f, "Place") == {"Dubai", "Moscow"} and names(f, "State") == {"Egypt"}
    g = facts_of("Moscow denied that the tanker Alba loaded at Primorsk.")
    assert names(g, "State") == {"Russia"} and not names(g, "Place")


def test_an_mmsi_gives_the_flag_only_where_the_text_states_none() -> None:
    f = facts_of("The tanker Sun Kite (MMSI 636019825) discharged at Rizhao. The tanker Moon "
                 "Kite, which broadcasts MMSI 636019826, sails under the Gabonese flag.")
    assert vessel(f, "Sun Kite").flag == "LBR"  # 636: Liberia
    assert vessel(f, "Moon Kite").flag == "GAB"
    assert mmsi_flag("445539000") == "PRK" and mmsi_flag("999999999") is None


def test_a_ship_described_first_and_named_after_keeps_its_flag() -> None:
    f = facts_of("A Togo-flagged bulk carrier loaded coal at Nampo in May.\n"
                 "The bulk carrier, named Rich Harvest, later called at Lianyungang.")
    ship = vessel(f, "Rich Harvest")
    assert (ship.flag, ship.vessel_type) == ("TGO", "bulk carrier")
    # two ships so described: which one is named is not known
    g = facts_of("A Togo-flagged bulk carrier and a Panama-flagged bulk carrier met off Nampo. "
                 "The bulk carrier, named Rich Harvest, later called at Lianyungang.")
    assert vessel(g, "Rich Harvest").flag is None


@pytest.mark.parametrize(("text", "name", "aliases"), [
    ("The vessel, now named Sea Pearl, was previously known as Ocean Dream and flew the flag of "
     "Liberia.", "Sea Pearl", ["Ocean Dream"]),
    ("The tanker, since renamed Kira K, left Primorsk.", "Kira K", []),
])
def test_a_name_given_after_a_type_word_and_when(text: str, name: str, aliases: list[str]) -> None:
    f = facts_of(text)
    assert [(e.name, e.aliases) for e in f.entities if e.type == "Vessel"] == [(name, aliases)]


def test_ships_named_as_examples_of_a_group() -> None:
    f = facts_of("Vessels including the Sea Dragon and Ocean Glory visited Nampo. Several "
                 "tankers, such as Pearl Bay, Green Lark and the Oriole, loaded at Kozmino. Ships "
                 "including those flagged in Panama called at Nampo.")
    assert names(f, "Vessel") == {"Sea Dragon", "Ocean Glory", "Pearl Bay", "Green Lark", "Oriole"}
    assert len(calls(f)) == 5
    # the group may be described before its examples; people are not ships
    f = facts_of("Tankers in the shadow fleet, including the Birch, the Alder and the Rowan, "
                 "called at Taman. Officials in the region, including the Governor and the "
                 "Mayor, met.")
    assert names(f, "Vessel") == {"Birch", "Alder", "Rowan"}


def test_an_acronym_names_the_words_it_spells_and_later_uses_are_the_same_body() -> None:
    f = facts_of("The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) "
                 "acted on Friday. OFAC said more would follow. Gulf Ship Management FZE.")
    orgs = {e.name: e for e in f.entities if e.type == "Organization"}
    assert set(orgs) == {"Department of the Treasury", "Office of Foreign Assets Control",
                         "Gulf Ship Management FZE"}
    assert "OFAC" in orgs["Office of Foreign Assets Control"].aliases
    assert not names(f, "Port")  # Friday is a day, not a port
    # a free zone's suffix after the company's form is part of its name
    f = facts_of("The ship's operator, Caravella LLC FZ, based in the United Arab Emirates, "
                 "declined to comment.")
    assert names(f, "Organization") == {"Caravella LLC FZ"}


def test_listed_ships_with_their_numbers_and_ships_added_to_sanctions_lists() -> None:
    f = facts_of("The tankers Alba (IMO 9308443), Bora (IMO 9321483) and the Cielo loaded at "
                 "Primorsk. The EU added the tanker Alba to its sanctions list on 12 May. "
                 "Officials added the tanker Bora to a list of ships to watch.")
    assert len(calls(f)) == 3
    by_id = {e.id: e.name for e in f.entities}
    assert [(by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction"] == \
        [("Alba", "2023-05-12")]


def test_persons_named_beside_their_role() -> None:
    f = facts_of("Mira Castell, a senior analyst at Sea Watch, said the tanker Alba left Nampo. "
                 "The ship's captain, Oleg Sorin, denied it. North Korean leader Kim Jong Un "
                 "inspected the port.")
    assert names(f, "Person") == {"Mira Castell", "Oleg Sorin", "Kim Jong Un"}
    # a ship or a body set before what it is stays what it is
    g = facts_of("The Ocean Star, a tanker, left Nampo. Sea Watch, the research group, said so.")
    assert not names(g, "Person")
    # a name with an age set after it; not a place, a ship or a day with a number after it
    f = facts_of("According to the indictment, Nikos Papadakis, 54, and Omar Haddad, 47, chartered "
                 "the tanker Lydia in 2021.")
    assert names(f, "Person") == {"Nikos Papadakis", "Omar Haddad"}
    g = facts_of("Exports from Tartus, 45, rose. The Sea Star, 30, sailed. On Monday, 23, it left.")
    assert not names(g, "Person")


def test_persons_after_a_lower_case_role_or_a_possessive_one() -> None:
    f = facts_of("Danish foreign minister Lars Lokke Rasmussen said the tanker Alba was a risk. "
                 "Sea Watch co-founder Mira Castell agreed. Its campaigner, Jonas Helm Lund, said "
                 "more. Oleg Sorin, Norway's fisheries minister, declined to comment.")
    assert names(f, "Person") == {"Lars Lokke Rasmussen", "Mira Castell", "Jonas Helm Lund",
                                  "Oleg Sorin"}
    # a firm set after a role word is no person
    g = facts_of("The tanker's director Blue Horizon Shipping declined to comment. The envoy of "
                 "Panama said so.")
    assert not names(g, "Person") and "Blue Horizon Shipping" in names(g, "Organization")


def test_persons_by_the_body_they_are_of_and_a_shipowner_who_is_one() -> None:
    f = facts_of("Mira Castell, co-founder of Kpler, said the tanker Alba was dark. Jonas Helm Lund "
                 "of Lloyd's List said the move was expected. Greek shipowner Evangelos Pistiolis "
                 "owns the firm, and oil trader Niels Troost was sanctioned.")
    assert names(f, "Person") == {"Mira Castell", "Jonas Helm Lund", "Evangelos Pistiolis",
                                  "Niels Troost"}
    assert names(f, "Organization") == {"Kpler", "Lloyd's List"}
    # firms described so stay firms, and a name of no body found is no speaker's
    g = facts_of("Greek shipowner Dynacom and the trader Coral Energy bought it, and shipowner "
                 "Capital Maritime did too. Grey Wren of Panama said nothing. The vessel is managed "
                 "by Dubai-based Gatik Ship Management.")
    assert not names(g, "Person")
    assert names(g, "Organization") == {"Dynacom", "Coral Energy", "Capital Maritime",
                                        "Gatik Ship Management"}


def test_a_person_named_like_a_state_a_feast_and_the_turkish_straits_are_no_states() -> None:
    f = facts_of("Jordan Smith, a broker, said demand was weak over Chinese New Year. The tanker "
                 "Grey Wren sailed through the Turkish Straits.")
    assert names(f, "Person") == {"Jordan Smith"}
    assert names(f, "State") == set() and "Turkish Straits" in names(f, "Place")


def test_banks_are_bodies_and_sandbanks_are_not() -> None:
    f = facts_of("The Bank of China froze the accounts, and the Central Bank of Iran was sanctioned. "
                 "The World Bank said so. The tankers Grey Wren and Dusk Heron met near Dogger Bank.")
    assert names(f, "Organization") == {"Bank of China", "Central Bank", "World Bank"}
    assert names(f, "State") == {"Iran"}


def test_a_body_that_owns_or_runs_a_ship_named_in_one_word() -> None:
    f = facts_of("The ship, which is owned by Transmorflot, sailed. The tanker is operated by Gatik. "
                 "Another is owned by Russia, and a third is managed by Alexander.")
    assert names(f, "Organization") == {"Transmorflot", "Gatik"}
    assert "Alexander" not in names(f, "Organization")


def test_security_services_commands_and_abbreviated_military_titles() -> None:
    f = facts_of("Ukraine's SBU security service said it had struck the tanker. The Pentagon said "
                 "a destroyer downed drones, and Brig. Gen. Yahya Saree claimed the attack. Admiral "
                 "Brad Cooper, head of Central Command, said more.")
    assert names(f, "Organization") == {"SBU", "Pentagon", "Central Command"}
    assert names(f, "Person") == {"Yahya Saree", "Brad Cooper"}
    # a known body's name opening a ship's is the ship's
    g = facts_of("The tanker Pentagon Star called at Rajin.")
    assert names(g, "Vessel") == {"Pentagon Star"} and not names(g, "Organization")


def test_organisations_by_their_head_word_or_known_name() -> None:
    f = facts_of("Analysts at S&P Global Commodity Insights and the Baltic Exchange agreed, and "
                 "Greenpeace said the tanker Alba should be inspected.")
    assert {"S&P Global Commodity Insights", "Baltic Exchange", "Greenpeace"} <= \
        names(f, "Organization")


def test_a_sea_s_one_word_name_as_an_adjective_is_no_sea() -> None:
    f = facts_of("Copenhagen consulted its Baltic neighbours. The court fined Caspian Pearl. "
                 "The tanker Alba sailed into the Baltic.")
    assert names(f, "Place") == {"Baltic Sea"}
    assert [m.text for e in f.entities if e.name == "Baltic Sea"
            for m in e.mentions] == ["Baltic"]


@pytest.mark.parametrize("short", ["(hereafter Kum Un San)",
                                   "(hereinafter referred to as \u201cKum Un San\u201d)"])
def test_the_short_name_a_report_gives_a_ship_is_the_ship_s(short: str) -> None:
    f = facts_of(f"The tanker Kum Un San No. 3 {short} docked at Nampo on 2 April. The Kum Un San "
                 "left Nampo on 5 April.")
    assert names(f, "Vessel") == {"Kum Un San No. 3"}
    (vessel,) = [e for e in f.entities if e.type == "Vessel"]
    assert "Kum Un San" in vessel.aliases
    assert calls(f) == {("Kum Un San No. 3", "Nampo")}
    # a definite name with its short name before its deed
    f = facts_of("The Kum Un San No. 3 (hereafter Kum Un San) docked at Nampo on 2 April.")
    assert calls(f) == {("Kum Un San No. 3", "Nampo")}


@pytest.mark.parametrize("item", ["* ", "- ", "2) ", "3. "])
def test_a_list_item_s_ship_told_by_an_apposition(item: str) -> None:
    f = facts_of("Key movements:\n\n" + item + "SEA HORIZON, a Suezmax under UK sanctions, completed "
                 "loading at Novorossiysk on 27 November.\n")
    assert names(f, "Vessel") == {"SEA HORIZON"}
    assert calls(f) == {("SEA HORIZON", "Novorossiysk")}


def test_a_list_of_ships_with_identifiers_in_brackets_after_its_items() -> None:
    f = facts_of("The tankers include the Kite Hollow (IMO 9236432), the Grey Wren (IMO 9389760) "
                 "and the Dusk Heron, all of which called at Primorsk in 2023.")
    assert calls(f) == {("Kite Hollow", "Primorsk"), ("Grey Wren", "Primorsk"),
                        ("Dusk Heron", "Primorsk")}
    assert {e.name: e.imo for e in f.entities if e.type == "Vessel"} == {
        "Kite Hollow": "9236432", "Grey Wren": "9389760", "Dusk Heron": None}


@pytest.mark.parametrize("text", [
    "The tanker Ocean Voyager was renamed in 2023 from Sea Breeze.",
    "The vessel, now named Ocean Voyager, was renamed in 2023 from Sea Breeze.",
    "The tanker Ocean Voyager was renamed from the Sea Breeze last year.",
])
def test_the_name_a_ship_was_renamed_from_is_a_former_one(text: str) -> None:
    (ship,) = [e for e in facts_of(text).entities if e.type == "Vessel"]
    assert (ship.name, ship.aliases) == ("Ocean Voyager", ["Sea Breeze"])


def test_a_state_s_name_in_a_firm_s_a_currency_s_or_an_american_state_s() -> None:
    f = facts_of("Turkish Airlines and Qatar Airways flew the crew home. The owner was paid in US$.")
    assert names(f, "State") == set()
    assert {"Turkish Airlines", "Qatar Airways"} <= names(f, "Organization")
    assert names(facts_of("The tanker left Savannah, Georgia, for Rotterdam."), "State") == set()
    assert names(facts_of("The tanker left Poti, Georgia, for Rotterdam."), "State") == {"Georgia"}


def test_a_ship_s_name_opening_a_river_s_is_no_mention_of_the_ship() -> None:
    f = facts_of("The cargo ships Angara and Maria sailed to Dunai. Officials said the Angara River "
                 "was frozen.")
    (angara,) = [e for e in f.entities if e.name == "Angara"]
    assert [m.text for m in angara.mentions] == ["Angara"]
    assert "Angara River" in names(f, "Place")


def test_a_state_s_name_opening_a_river_s_or_a_city_s_names_no_state() -> None:
    f = facts_of("Aid reached the Niger Delta, the Congo River basin and New Guinea. The tanker "
                 "Alba sailed up the Jordan River. Jordan and Papua New Guinea protested.")
    assert names(f, "State") == {"Jordan", "Papua New Guinea"}
    assert {"Niger Delta", "Congo River", "Jordan River"} <= names(f, "Place")
    # a port named as its city
    f = facts_of("The freighter Alba docked at Djibouti City on 3 May.")
    assert names(f, "Port") == {"Djibouti"} and names(f, "State") == set()


def test_long_organisation_names_and_the_state_they_are_about() -> None:
    f = facts_of("The Centre for Research on Energy and Clean Air and the Panel of Experts on the "
                 "DPRK both cited the Ministry of Foreign Affairs and Trade.")
    assert names(f, "Organization") == {"Centre for Research on Energy and Clean Air",
                                        "Panel of Experts", "Ministry of Foreign Affairs and Trade"}
    assert names(f, "State") == {"North Korea"}
    # the city a firm sits in is no part of its name; a body of a city's keeps it
    f = facts_of("The tanker's manager, Wrenfield Shipmanagement of Dubai, and Larkspur Shipping "
                 "of Hong Kong did not reply. The Council of Europe and the Institute of Rotterdam "
                 "declined to comment.")
    assert names(f, "Organization") == {"Wrenfield Shipmanagement", "Larkspur Shipping",
                                        "Council of Europe", "Institute of Rotterdam"}
    assert {"Dubai", "Hong Kong"} <= names(f, "Place")
    # a body named by two words joined ("the Maritime and Port Authority of Singapore"); the state
    # after it stays a state
    f = facts_of("The Maritime and Port Authority of Singapore said Finland and Port Authority staff met.")
    assert names(f, "Organization") == {"Maritime and Port Authority", "Port Authority"}
    assert names(f, "State") == {"Singapore", "Finland"}


def test_a_name_doing_what_only_ships_do_and_names_holding_of() -> None:
    f = facts_of("The Coral Wren, which had switched off its transponder near Kerch, resurfaced "
                 "at Latakia.\nHarbour Finch went dark in the Gulf of Oman.")
    assert {"Coral Wren", "Harbour Finch"} <= names(f, "Vessel")
    assert ("Coral Wren", "Latakia") in calls(f)
    # a capital or an institution doing something else is no ship
    f = facts_of("Moscow reappeared at the talks.\nThe Kremlin remained defiant.")
    assert names(f, "Vessel") == set()
    f = facts_of("The ferry Spirit of Tallinn called at Gdansk. The cruise ship Queen of the "
                 "Lakes docked at Piraeus.\nThe tanker Morning Lark of Panama reached Tartus.")
    assert {"Spirit of Tallinn", "Queen of the Lakes", "Morning Lark"} <= names(f, "Vessel")
    assert "Tallinn" not in names(f, "Port")
    assert {("Spirit of Tallinn", "Gdansk"), ("Morning Lark", "Tartus")} <= calls(f)


def test_a_ship_named_as_what_cargo_was_loaded_onto() -> None:
    f = facts_of("Crates were loaded onto the Amber Fjord at Rajin.\nThe shells were then loaded "
                 "onto Russian trucks.")
    assert names(f, "Vessel") == {"Amber Fjord"}
    assert calls(f) == {("Amber Fjord", "Rajin")}


def test_a_flag_told_after_the_name() -> None:
    f = facts_of("The cargo ship Zafer, flagged in Turkey, loaded wheat.\nThe tanker Ruta, "
                 "formerly flagged in Panama, is now Cameroon-flagged.\nThe tanker Olm, once "
                 "flagged to Malta, docked.")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Zafer": "TUR", "Ruta": "CMR", "Olm": None}


def test_ships_named_by_what_they_have_and_a_pair_described_after_their_names() -> None:
    f = facts_of("The Kestrel's sister ship, the Merlin, called at Novorossiysk.\nThe Sun "
                 "Lark's captain was arrested.\nOrion Sky and Vela Star, two Panama-flagged "
                 "tankers, loaded at Ust-Luga.\nThe Kremlin's cargo policy changed. The "
                 "Treasury's flag was raised.")
    assert names(f, "Vessel") == {"Kestrel", "Merlin", "Sun Lark", "Orion Sky", "Vela Star"}
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags["Orion Sky"] == flags["Vela Star"] == "PAN"


@pytest.mark.parametrize("text", [
    "Two vessels, named as Kite Hollow and Dusk Heron, docked at Tartus.",
    "The vessels were identified as the Kite Hollow and the Dusk Heron.",
    "Ship-tracking data identified the ships as Kite Hollow and Dusk Heron.",
])
def test_ships_named_or_identified_as_a_list(text: str) -> None:
    assert names(facts_of(text), "Vessel") == {"Kite Hollow", "Dusk Heron"}


def test_a_list_told_as_a_group_after_a_sentence_that_counted_ships() -> None:
    f = facts_of("Four Russian-flagged cargo ships made trips between Rajin and Vostochny. The Lady "
                 "Maria, Maia-1, Angara and Maria all carried containers.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Lady Maria": "RUS", "Maia-1": "RUS", "Angara": "RUS", "Maria": "RUS"}
    # no ships counted before: no ships
    g = facts_of("Four officials met in Tartus. Mara Lind, Jonas Holm and Ari Vale all agreed.")
    assert names(g, "Vessel") == set()


def test_persons_identified_as_a_list_are_no_ships() -> None:
    assert names(facts_of("Police identified the suspects as Mara Lind and Jonas Holm."), "Vessel") == set()


def test_a_ship_told_of_as_another_s_sister_in_an_apposition() -> None:
    f = facts_of("The tanker Kestrel loaded at Primorsk. Its sister, the Merlin, is due there next "
                 "week. The Merlin last discharged at Vadinar in December. Her sister, Mara Lind, "
                 "said nothing.")
    assert names(f, "Vessel") == {"Kestrel", "Merlin"}
    assert calls(f) == {("Kestrel", "Primorsk"), ("Merlin", "Vadinar")}


def test_a_ship_named_by_what_it_is_and_a_capital_where_something_happens() -> None:
    f = facts_of("A spokeswoman said the Varna Rose was a civilian ship. The Ruta is a "
                 "Cameroon-flagged crude tanker.")
    assert names(f, "Vessel") == {"Varna Rose", "Ruta"}
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"}["Ruta"] == "CMR"
    f = facts_of("The ship – the Lady Iris – docked at Simon's Town in December.")
    assert calls(f) == {("Lady Iris", "Simon's Town")}
    f = facts_of("Talks in Moscow ended without a deal. Tehran denied sending drones.")
    assert names(f, "State") == {"Iran"}
    assert "Moscow" in names(f, "Place")


def test_a_type_word_keeps_its_acronym() -> None:
    f = facts_of("The LNG carrier Pioneer Sun loaded at Sabetta. The VLCC Ruta docked at Jask.")
    types = {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"}
    assert types == {"Pioneer Sun": "LNG carrier", "Ruta": "VLCC"}


def test_an_apposition_with_a_tonnage_and_a_flag_of_a_state_sailed_under() -> None:
    f = facts_of("The Bright Tern, a 4,200-tonne general cargo vessel, was photographed at "
                 "Vostochny. The vessel, which sails under the flag of Sierra Leone, left on 3 May.")
    tern = next(e for e in f.entities if e.name == "Bright Tern")
    assert tern.type == "Vessel" and tern.flag == "SLE"
    assert tern.vessel_type == "general cargo vessel"


def test_a_company_name_keeps_an_abbreviation_but_not_the_full_stop() -> None:
    f = facts_of("The tanker worked for the Caspian Oil Trading Company. Its manager was "
                 "Delta Freight Co. until 2021, and its owner Orbis Shipping Lines.")
    assert names(f, "Organization") >= {"Caspian Oil Trading Company", "Delta Freight Co.",
                                       "Orbis Shipping Lines"}


def test_ships_known_by_the_year_built_a_flag_flown_or_a_warship_class() -> None:
    f = facts_of("The 1999-built Nordlys, which flies the Cameroonian flag, loaded fuel oil at "
                 "Primorsk.\nThe Kasatka, flying the flag of Gabon, left Taman.\n"
                 "The Ivan Khurs corvette was hit at the naval base in Sevastopol.\n"
                 "The Baltic Fleet frigate Neustrashimy sailed.\n"
                 "Three tankers, including the Greek-owned Aegean Myrtle, waited outside.")
    vessels = {e.name: e for e in f.entities if e.type == "Vessel"}
    assert set(vessels) == {"Nordlys", "Kasatka", "Ivan Khurs", "Neustrashimy", "Aegean Myrtle"}
    assert vessels["Nordlys"].flag == "CMR" and vessels["Kasatka"].flag == "GAB"
    assert vessels["Ivan Khurs"].vessel_type == "corvette"
    assert calls(f) == {("Nordlys", "Primorsk"), ("Kasatka", "Taman"),
                        ("Ivan Khurs", "Sevastopol")}
    # struck a deal in a port is no call; a Chinese-built port is no ship
    f = facts_of("The tanker Kasatka, whose owner struck a deal in Dubai, sailed on.\n"
                 "The Chinese-built port of Gwadar stands idle.")
    assert calls(f) == set() and names(f, "Vessel") == {"Kasatka"}


def test_a_state_or_capital_that_is_also_a_port() -> None:
    f = facts_of("The tanker Sea Marten docked in Singapore on 3 May.\nSingapore's maritime "
                 "authority said it would look into the case.")
    assert calls(f) == {("Sea Marten", "Singapore")}
    assert "Singapore" in names(f, "State")
    # a port city named as a place where people are stays the port, as the gold files count it
    f = facts_of("Officials in Havana declined to comment.")
    assert names(f, "Port") == {"Havana"}
    f = facts_of("The tanker Sea Marten was seen in Havana in June.")
    assert calls(f) == {("Sea Marten", "Havana")}


def test_a_sanctions_list_entry_names_a_ship_by_its_bracketed_imo_number() -> None:
    f = facts_of("SILVER GULL (9190573) Crude Oil Tanker Panama flag; Vessel Registration "
                 "Identification IMO 9190573 (vessel) [IRAN-EO13846].\n"
                 "ALPHA DELTA (1234560) Holdings Ltd; registered 2019.")
    vessels = {e.name: e for e in f.entities if e.type == "Vessel"}
    assert set(vessels) == {"SILVER GULL"}  # 1234560 fails the IMO check digit
    assert vessels["SILVER GULL"].imo == "9190573" and vessels["SILVER GULL"].flag == "PAN"


def test_a_name_in_capitals_doing_what_ships_do() -> None:
    f = facts_of("Port records were checked. KESTREL DAWN docked at Tartus on 3 May.\n"
                 "NATO left the area. OPEC had met in Vienna.")
    assert names(f, "Vessel") == {"KESTREL DAWN"}
    assert calls(f) == {("KESTREL DAWN", "Tartus")}


def test_a_name_in_capitals_after_a_bullet_or_a_time_with_its_registry_s_code() -> None:
    f = facts_of("Movements:\n- 13 May: KESTREL DAWN (RUS) arrived at Tartus from Novorossiysk.\n"
                 "- SAND OWL departed Tartus on 15 May.\nOn 16 May FEN LARK docked at Latakia.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "KESTREL DAWN": "RUS", "SAND OWL": None, "FEN LARK": None}
    assert {("KESTREL DAWN", "Tartus"), ("SAND OWL", "Tartus"), ("FEN LARK", "Latakia")} <= calls(f)
    # what is no ship, in capitals after a time; a bracketed word that is no registry's code
    f = facts_of("On 13 May NATO left the area. The tanker Kira (IMO) loaded at Sikka.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Kira": None}


def test_a_flag_changed_to_another_is_the_new_one() -> None:
    f = facts_of("The tanker Owl Point switched its flag from Liberia to Gabon in May.\n"
                 "The tanker Fen Lark was reflagged to Cameroon last year.\n"
                 "The tanker Jay Reef was re-flagged as a Russian ship in 2023.")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Owl Point": "GAB", "Fen Lark": "CMR", "Jay Reef": "RUS"}
    # from one registry to another, and then to a third: the last
    f = facts_of("The tanker Owl Point was reflagged from Liberia to Gabon in March and then to "
                 "the Cook Islands in August.\nThe Liberian-flagged tanker Fen Lark was "
                 "re-registered from Liberia to Gabon.\nThe tanker Jay Reef was reflagged from "
                 "Panama to Togo.")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Owl Point": "COK", "Fen Lark": "GAB", "Jay Reef": "TGO"}


def test_a_name_a_cargo_was_brought_to_a_port_by_is_a_ship() -> None:
    f = facts_of("The wheat was delivered to Tartus by the Kazan in May. The coal was unloaded at "
                 "Longkou by the Grey Wren on 3 March.")
    assert names(f, "Vessel") == {"Kazan", "Grey Wren"}
    assert calls(f) == {("Kazan", "Tartus"), ("Grey Wren", "Longkou")}
    # who ships it, or a name before the noun it qualifies, is no ship
    f = facts_of("The arms were shipped to Tartus by the Russian Navy in May. Fuel was delivered "
                 "to Syria by the Assad government. The shells were delivered to Dunai by the "
                 "Wagner Group.")
    assert names(f, "Vessel") == set()


def test_a_seat_of_government_doing_what_ships_do_is_no_ship() -> None:
    f = facts_of("The Pentagon sailed a destroyer into the area. The White House arrived at a "
                 "decision. The tanker Kremlin docked at Sikka.")
    assert names(f, "Vessel") == {"Kremlin"}


def test_a_name_that_is_detained_or_hijacked_is_a_ship() -> None:
    f = facts_of("Estonia briefly detained the Kivalo in April.\nGunmen hijacked the Polar "
                 "Sunrise off Somalia.\nPolice detained the Navalny supporters in Moscow.")
    assert names(f, "Vessel") == {"Kivalo", "Polar Sunrise"}
    assert len([e for e in f.events if e.type == "Detention"]) == 2


def test_a_name_numbered_with_no_and_a_former_name_after_the() -> None:
    f = facts_of("The tanker Kum Un San No. 3 loaded fuel at Nampo.\nThe tanker New Konk, "
                 "formerly the Sun Rise, loaded at Ningbo.\nThe tanker Kum Un San made no call "
                 "at Songnim.")
    assert calls(f) == {("Kum Un San No. 3", "Nampo"), ("New Konk", "Ningbo")}
    assert next(e for e in f.entities if e.name == "New Konk").aliases == ["Sun Rise"]


def test_a_korean_name_opening_with_an_is_not_an_article() -> None:
    f = facts_of("The DPRK-flagged tanker An Hae 7 (IMO 7303803) delivered fuel to Nampo.\n"
                 "An Ocean Crest tanker was seen off Sinpo.")
    assert names(f, "Vessel") == {"An Hae 7"}
    assert "An Ocean" not in names(f, "Place")


def test_a_tanker_class_named_by_its_size_band_and_the_other_side_of_a_transfer() -> None:
    f = facts_of("The LR2 Wren Point carried jet fuel from Sikka to Rotterdam. An MR2 product "
                 "tanker, the Amber Gull, loaded at Sikka.")
    types = {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"}
    assert types == {"Wren Point": "LR2", "Amber Gull": "MR2 product tanker"}
    # "Mr" is a title, not a class
    assert names(facts_of("Mr Karlov said the tanker Gale docked at Tema."), "Vessel") == {"Gale"}
    f = facts_of("The tanker Kite Song unloaded fuel oil at Zhoushan after a ship-to-ship transfer "
                 "with the Baltic Heron off Malaysia. Later the tanker Ravel came alongside the "
                 "Sea Vane off Lome.")
    assert {"Baltic Heron", "Sea Vane"} <= names(f, "Vessel")
    f = facts_of("The tanker Kite Song held an STS transfer with the Gulf of Guinea coastguard "
                 "watching.")
    assert names(f, "Vessel") == {"Kite Song"}


def test_a_news_leads_flag_and_type_go_to_the_ship_named_next() -> None:
    f = facts_of("A Belize-flagged bulk carrier was struck by a missile on Sunday.\n"
                 "The vessel, the Hollin Bay, had loaded fertiliser at Jubail.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.flag, ship.vessel_type) == ("Hollin Bay", "BLZ", "bulk carrier")
    assert "Belize" in names(f, "State")  # the flag keeps its own mention
    assert calls(f) == {("Hollin Bay", "Jubail")}
    # a name given its own flag keeps it
    f = facts_of("A Belize-flagged tanker was struck on Sunday.\nThe Panama-flagged Hollin Bay "
                 "had loaded at Jubail.")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == ["PAN"]
    # a lead about a service, an operator or a route speaks of no ship
    for lead in ("A new ferry service began on Friday.", "A tanker operator in Dubai said so."):
        f = facts_of(lead + "\nThe first crossing was made by the ferry Hollin Bay, which docked at "
                     "Baku.")
        (ship,) = [e for e in f.entities if e.type == "Vessel"]
        assert [m.text for m in ship.mentions] == ["Hollin Bay"], lead


def test_a_person_whose_first_name_is_a_state() -> None:
    f = facts_of("Jordan Keel said the tanker Vega docked at Aqaba. Dubai Ports said nothing.")
    assert names(f, "Person") == {"Jordan Keel"} and "Jordan" not in names(f, "State")
    assert "Dubai Ports" not in names(f, "Person")
    assert names(facts_of("North Korea said the ship was a fishing boat."), "State") == \
        {"North Korea"}


def test_a_table_with_bars_gives_ships_their_numbers_flags_and_calls() -> None:
    f = facts_of("Tankers we added to our list:\n\n"
                 "| Vessel | IMO | Flag | Last port call |\n| --- | --- | --- | --- |\n"
                 "| Grey Fen | 9304825 | Panama | Novorossiysk, 28 October |\n"
                 "| Cape Tern | 9187620 | Cameroon | Ust-Luga, 2 November |\n")
    ships = {e.name: (e.imo, e.flag) for e in f.entities if e.type == "Vessel"}
    # a number whose check digit fails is no IMO number
    assert ships == {"Grey Fen": ("9304825", "PAN"), "Cape Tern": (None, "CMR")}
    assert calls(f) == {("Grey Fen", "Novorossiysk"), ("Cape Tern", "Ust-Luga")}
    assert "IMO" not in names(f, "Organization")  # a column's head, not the organisation


def test_ships_in_asides_that_give_a_flag_or_do_the_deed() -> None:
    f = facts_of("The largest of them, the Ryong Do 7, loaded at Songnim in April. The Vilma, "
                 "also Cuban-flagged, made two trips from Puerto La Cruz to Matanzas.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Ryong Do 7": None,
                                                                         "Vilma": "CUB"}
    assert ("Ryong Do 7", "Songnim") in calls(f) and ("Vilma", "Matanzas") in calls(f)
    # an organisation in an aside is not a ship
    f = facts_of("Its rival, the Ocean Trade Group, shipped grain from Odesa.")
    assert names(f, "Vessel") == set()


def test_people_named_after_a_role_word_or_with_a_role_of_their_state() -> None:
    f = facts_of("Analyst Hamilton Reyes said sanctions work. Victoria Lund, a former US official, "
                 "said the tanker Vega docked at Tartus.")
    assert names(f, "Person") == {"Hamilton Reyes", "Victoria Lund"}
    assert names(f, "Port") == {"Tartus"}  # Hamilton and Victoria are ports too


def test_the_data_firms_reporting_cites_are_organisations() -> None:
    f = facts_of("Tanker Trackers co-founder Samir Madani said so. Data from Kpler showed the "
                 "tanker Vega at Sikka.")
    assert {"Tanker Trackers", "Kpler"} <= names(f, "Organization")
    assert names(f, "Vessel") == {"Vega"} and calls(f) == {("Vega", "Sikka")}


def test_flags_with_a_hyphen_swapped_for_another_or_named_as_the_flag_state() -> None:
    cases = {"The tanker Vega is flagged to Guinea-Bissau.": "GNB",
             "The tanker Vega sails under the Timor-Leste flag.": "TLS",
             "The tanker Vega swapped its Panamanian flag for a Gambian one in May.": "GMB",
             "The tanker Vega, whose flag state is Barbados, called at Tartus.": "BRB"}
    for sentence, flag in cases.items():
        assert [e.flag for e in facts_of(sentence).entities if e.type == "Vessel"] == [flag]


@pytest.mark.parametrize("written", ["(IMO9321483)", "(IMO#9321483)", ", IMO no. 9321483,",
                                     "(IMO No.9321483)", "(IMO: 9321483)"])
def test_imo_numbers_however_they_are_written(written: str) -> None:
    f = facts_of(f"The tanker VEGA STAR {written} called at Tartus.")
    assert [(e.name, e.imo) for e in f.entities if e.type == "Vessel"] == [("VEGA STAR", "9321483")]
    assert "IMO" not in names(f, "Organization")


def test_names_in_guillemets_dry_cargo_ships_and_a_lower_case_prefix() -> None:
    f = facts_of("The dry cargo ship «Matros Pozynich» arrived to the port of Latakia on 11 July. "
                 "The bulk carrier m/v Zafar loaded grain in Berdyansk.")
    assert names(f, "Vessel") == {"Matros Pozynich", "Zafar"}
    assert calls(f) == {("Matros Pozynich", "Latakia"), ("Zafar", "Berdyansk")}


def test_a_submarine_named_after_a_port_is_a_ship_there() -> None:
    f = facts_of("The submarine Rostov-on-Don was also hit. The destroyer Admiral Levchenko sailed.")
    assert names(f, "Vessel") == {"Rostov-on-Don", "Admiral Levchenko"}
    assert names(f, "Port") == set()


def test_a_class_name_or_an_identification_introduces_a_ship() -> None:
    f = facts_of("The Kilo-class Volkhov surfaced off Tartus, followed by the Steregushchiy-class "
                 "Boikiy.")
    assert names(f, "Vessel") == {"Volkhov", "Boikiy"}
    f = facts_of("A general cargo ship later identified from photographs as the Sea Lotus 3 "
                 "unloaded at Nampo.")
    assert calls(f) == {("Sea Lotus 3", "Nampo")}
    # what a ship is identified as is not always a name
    f = facts_of("The ship was identified as Iranian by two analysts.")
    assert names(f, "Vessel") == set()


def test_a_list_entry_gives_the_flag_and_a_firm_registered_after_it_does_not() -> None:
    f = facts_of("(3) NORTH WIND (IMO 9361689). Bulk carrier. Flag: Belize. Carried coal from "
                 "Nampo.\n(4) Blue Fjord Trading LLC. Company registered in the United Arab "
                 "Emirates that operates the NORTH WIND.")
    assert vessel(f, "NORTH WIND").flag == "BLZ"


def test_a_count_is_no_part_of_an_organisation_name() -> None:
    f = facts_of("Three Russian Navy corvettes left Baltiysk on Monday.")
    assert names(f, "Organization") == {"Russian Navy"}


@pytest.mark.parametrize(("text", "country"), [
    # a state named elsewhere in the report does not make a far smaller port of the name its
    ("The tanker Ocean Glory discharged diesel at Lagos in February after a ship-to-ship "
     "transfer off Greece.", "NGA"),
    ("The tanker Ocean Glory met the Sea Lark off Greece. It later called at Alexandria.", "EGY"),
    # a state named beside the port does
    ("The tanker Ocean Glory called at Lagos, Greece, in May.", "GRC"),
    ("The tanker Ocean Glory called at the Greek port of Lagos in May.", "GRC"),
    # ports of like size: the one in the state the report names
    ("Lebanese officials said the tanker Ocean Glory left Tripoli on 3 May.", "LBN"),
    ("Libyan officials said the tanker Ocean Glory left Tripoli on 3 May.", "LBY"),
])
def test_which_of_several_ports_of_one_name(text: str, country: str) -> None:
    f = facts_of(text)
    assert [e.country for e in f.entities if e.type == "Port"] == [country]


def test_a_port_named_as_part_of_another_is_that_port() -> None:
    f = facts_of("The VLCC Corvina discharged at Lanshan, part of Rizhao port, on 3 March.")
    ports = [e for e in f.entities if e.type == "Port"]
    assert [(p.name, p.aliases) for p in ports] == [("Rizhao", ["Lanshan"])]
    assert calls(f) == {("Corvina", "Rizhao")}
    # two ports of a voyage stay two
    f = facts_of("The VLCC Corvina sailed from Rizhao to Qingdao.")
    assert names(f, "Port") == {"Rizhao", "Qingdao"}


def test_a_ship_back_at_a_port_and_a_pronoun_before_a_verb_in_the_present() -> None:
    f = facts_of("The coaster Dorado left Kherson. It reaches Izmir two days later. A week on, "
                 "the Dorado is back at Kherson.")
    assert calls(f) == {("Dorado", "Kherson"), ("Dorado", "Izmir")}


def test_a_type_word_after_an_age_is_no_name_and_a_ship_now_called_is_one() -> None:
    f = facts_of("The Ostrava, a 2003-built Suezmax now flying the flag of Palau, left Ust-Luga.")
    assert names(f, "Vessel") == {"Ostrava"}
    assert vessel(f, "Ostrava").flag == "PLW"
    f = facts_of("The 2001-built VLCC now called Perdita, formerly the Blue Heron, moved from the "
                 "Liberian registry to that of Comoros in June.")
    assert vessel(f, "Perdita").flag == "COM"
    assert "Blue Heron" in vessel(f, "Perdita").aliases
    assert f.events == []  # a change of registry moves no cargo


def test_a_city_where_a_firm_sits_and_a_capital_whose_port_is_named() -> None:
    f = facts_of("Its manager, a firm in Singapore, declined to comment.")
    assert names(f, "Port") == set()
    # the city someone watches from
    f = facts_of("The cargo ship Sparta II docked at Tartus, according to photographs taken by a "
                 "researcher in Istanbul who tracks naval traffic.")
    assert names(f, "Port") == {"Tartus"} and "Istanbul" in names(f, "Place")
    assert calls(f) == {("Sparta II", "Tartus")}
    f = facts_of("The tanker Ostrava unloaded diesel at Havana's port on Monday.")
    assert calls(f) == {("Ostrava", "Havana")}
    f = facts_of("The bulker Ostrava sailed on to its next port of call, Djibouti, where it "
                 "berthed on Monday.")
    assert calls(f) == {("Ostrava", "Djibouti")}


def test_a_pronoun_after_a_verb_of_saying_or_before_an_adverb() -> None:
    f = facts_of("The tanker Ostrava left the Suez Canal on 2 May. Agents said it docked at "
                 "Sikka on 9 May.")
    assert calls(f) == {("Ostrava", "Sikka")}
    f = facts_of("The bulker Ostrava left Nampo on 2 May. We assess that it probably unloaded "
                 "at Lianyungang a week later.")
    assert calls(f) == {("Ostrava", "Nampo"), ("Ostrava", "Lianyungang")}


def test_there_is_the_port_its_own_sentence_named() -> None:
    f = facts_of("The freighter Ostrava docked at Aden on 2 May.\n"
                 "Last month the tanker Lyra was hit while moored at Hodeidah after unloading "
                 "petrol there.")
    assert calls(f) == {("Ostrava", "Aden"), ("Lyra", "Hodeidah")}


def test_a_dhow_named_and_a_former_name_told_before_the_name_now() -> None:
    f = facts_of("Sailors boarded a dhow named Nasr Allah that had left Jask a week earlier.")
    assert names(f, "Vessel") == {"Nasr Allah"}
    f = facts_of("A sanctioned tanker reached Cuba. The ship, previously known as the Marisol "
                 "and now sailing as MV Pacific Dawn under the Palau flag, discharged at Matanzas.")
    assert vessel(f, "Pacific Dawn").aliases == ["Marisol"]
    assert vessel(f, "Pacific Dawn").flag == "PLW"


def test_the_flag_a_news_lead_gives_after_its_noun() -> None:
    f = facts_of("A bulk carrier flagged in Togo docked at Bar on Monday. The vessel, named "
                 "Adria Sun, carried fertiliser.")
    assert vessel(f, "Adria Sun").flag == "TGO"


def test_a_name_doing_what_ships_do_after_an_aside_or_denied() -> None:
    f = facts_of("The Orsa Minor, which had not been seen on the route since March, reappeared in "
                 "July. It docked at Tartus on 21 July.")
    assert names(f, "Vessel") == {"Orsa Minor"}
    assert calls(f) == {("Orsa Minor", "Tartus")}
    f = facts_of("The Orsa Minor had never docked at Tartus before.")
    assert names(f, "Vessel") == {"Orsa Minor"} and calls(f) == set()
    # a body of people doing no ship's deed stays no ship
    f = facts_of("The Security Council, which had not met since March, reconvened in July.")
    assert names(f, "Vessel") == set()


def test_names_told_by_what_the_ships_did_in_quotes_in_pairs_or_at_a_berth() -> None:
    f = facts_of("The 4,100-ton 'Kang Son 3' berthed at Nakhodka on 2 March.")
    assert calls(f) == {("Kang Son 3", "Nakhodka")}
    f = facts_of("Sentinel images cover Vostochny. The Irbis Star was at the coal berth on 7 June.")
    assert calls(f) == {("Irbis Star", "Vostochny")}
    f = facts_of("In May the Kola Dawn and the Sea Lynx discharged crude at Yantai and Dalian "
                 "respectively.")
    assert calls(f) == {("Kola Dawn", "Yantai"), ("Sea Lynx", "Dalian")}
    assert transfers_of(f) == {("Kola Dawn", "Yantai"), ("Sea Lynx", "Dalian")}
    # the other clause of the sentence keeps its own ships and ports
    f = facts_of("The tankers Irbis Star and Kola Dawn loaded at Kozmino, while the Sea Lynx and "
                 "the Amur Bay discharged at Yantai and Dalian respectively.")
    assert calls(f) == {("Irbis Star", "Kozmino"), ("Kola Dawn", "Kozmino"),
                        ("Sea Lynx", "Yantai"), ("Amur Bay", "Dalian")}


def test_a_plural_type_before_names_and_a_list_entry_flag_with_no_article() -> None:
    f = facts_of("Two more cargoes, aboard the Suezmaxes Irbis Star and Kola Dawn, arrived.")
    assert names(f, "Vessel") == {"Irbis Star", "Kola Dawn"}
    f = facts_of("KOLA DAWN (IMO 9338010), Panama-flagged Ro-Ro, passed the Bosphorus on 2 May.")
    assert vessel(f, "KOLA DAWN").flag == "PAN"


def transfers_of(facts):  # type: ignore[no-untyped-def]
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id[e.vessel], by_id.get(e.destination or "")) for e in facts.events
            if e.type == "Transfer"}


def test_a_ship_named_after_a_port_leaves_the_port_its_name() -> None:
    f = facts_of("The ferry Aktau sailed from Kazakhstan's Aktau port and docked at Baku.")
    assert names(f, "Port") == {"Aktau", "Baku"}
    assert calls(f) == {("Aktau", "Aktau"), ("Aktau", "Baku")}
    # named again as the ship, it is the ship
    f = facts_of("The ferry Aktau docked at Baku. The Aktau left a day later.")
    assert names(f, "Port") == {"Baku"}
    # named as where a ship went, it is the port, and "the ferry" is the ship just spoken of
    f = facts_of("The ferry Aktau made ten crossings to Baku in May.\nHer sister, the Turkmen "
                 "Star, left Baku on 2 June. The ferry reached Aktau a day later.")
    assert names(f, "Port") == {"Aktau", "Baku"}
    assert calls(f) == {("Aktau", "Baku"), ("Turkmen Star", "Baku"), ("Turkmen Star", "Aktau")}


def test_a_port_city_where_people_meet_is_the_city() -> None:
    f = facts_of("Naval chiefs met in Mombasa on Monday to discuss piracy.")
    assert names(f, "Port") == set() and names(f, "Place") == {"Mombasa"}
    f = facts_of("The tanker Vega met the tanker Lyra in Mombasa harbour.")
    assert names(f, "Port") == {"Mombasa"}


def test_ships_named_after_a_plural_type_and_a_comma_or_before_a_shared_aside() -> None:
    f = facts_of("Two corvettes, the Admiral Makarov and the Admiral Essen, left Tartus on 3 May.")
    assert calls(f) == {("Admiral Makarov", "Tartus"), ("Admiral Essen", "Tartus")}
    assert vessel(f, "Admiral Essen").vessel_type == "corvette"
    f = facts_of("The Kola Dawn and the Irbis Star, both owned by one Dubai firm, were moored at "
                 "Tartus on 2 May.")
    assert calls(f) == {("Kola Dawn", "Tartus"), ("Irbis Star", "Tartus")}
    # a comma after a plural type word with no name after it
    f = facts_of("Two tankers, the ministry said, were seized.")
    assert names(f, "Vessel") == set()


def test_a_flag_changed_later_in_the_text_is_the_flag_now() -> None:
    f = facts_of("The Panama-flagged tanker Kola Dawn loaded at Jose. It has since been reflagged "
                 "to Gabon.")
    assert vessel(f, "Kola Dawn").flag == "GAB"


def test_a_register_entry_a_ship_list_after_a_relative_clause_and_an_aside_before_a_deed() -> None:
    f = facts_of("Vessel name: SEA LARK; IMO: 9331646; Flag: Gabon; Reason: carried Russian crude.")
    assert vessel(f, "SEA LARK").imo == "9331646" and vessel(f, "SEA LARK").flag == "GAB"
    f = facts_of("The two ships that escorted it, the Kola Dawn and the Fesco Magadan, unloaded "
                 "at Tartus.")
    assert calls(f) == {("Kola Dawn", "Tartus"), ("Fesco Magadan", "Tartus")}
    assert names(f, "Port") == {"Tartus"}
    f = facts_of("The Irbis Star, for example, was imaged at Sevastopol on 3 May.")
    assert calls(f) == {("Irbis Star", "Sevastopol")}


def test_a_fleet_is_an_organisation() -> None:
    f = facts_of('The dry cargo ship "Kapitan Orlov" of the company "Azov Grain Fleet" loaded at '
                 "Berdyansk.")
    assert names(f, "Organization") >= {"Azov Grain Fleet"}
    assert names(f, "Port") == {"Berdyansk"}


def test_an_apposition_or_a_name_that_takes_on_cargo_is_a_ship() -> None:
    f = facts_of("Cargoes went through Malaysia. One of the tankers, the Thalia, took on Merey crude "
                 "at Tanjung Pelepas.")
    assert calls(f) == {("Thalia", "Tanjung Pelepas")}
    f = facts_of("The Thalia took delivery of Merey crude at Tanjung Pelepas.")
    assert calls(f) == {("Thalia", "Tanjung Pelepas")}


def test_islands_and_regions_are_places_and_a_firm_is_not_the_islands() -> None:
    f = facts_of("Coastguards boarded the tanker Grey Finch off Crete, and the Wren Hollow went "
                 "dark near the Windward Islands, Windward said.")
    assert {"Crete", "Windward Islands"} <= names(f, "Place")
    assert names(f, "Organization") == {"Windward"}


def test_a_continent_s_adjective_is_no_state_s() -> None:
    f = facts_of("Venezuela has turned to South American suppliers. American officials and Latin "
                 "American traders disagreed.")
    assert names(f, "State") == {"Venezuela", "United States"}
    assert {"South America", "Latin America"} <= names(f, "Place")


def test_a_flag_flown_by_a_ship_described_before_its_name() -> None:
    f = facts_of("A cargo ship flying the flag of Comoros, the Amur Star, offloaded containers at "
                 "Port Sudan.")
    assert vessel(f, "Amur Star").flag == "COM"
    # people flying a flag name no ship's
    f = facts_of("Protesters flying the flag of Comoros, the Amur Star's crew said, left. The "
                 "tanker Amur Star docked at Aden.")
    assert vessel(f, "Amur Star").flag is None


def test_a_region_named_after_its_port_is_a_place_and_the_port_stays_a_port() -> None:
    f = facts_of("The wheat came from farms in the Kherson region. Drones struck the Odesa "
                 "Oblast overnight. The bulk carrier Grey Finch left Odesa on 3 March.")
    assert {"Kherson region", "Odesa Oblast"} <= names(f, "Place")
    assert names(f, "Port") == {"Odesa"} and calls(f) == {("Grey Finch", "Odesa")}
    assert "Hodeidah governorate" in names(facts_of("Fighting spread across Hodeidah governorate."),
                                           "Place")
    f = facts_of("The cargo ship Lauga loaded at Baltiysk, in the Kaliningrad exclave.")
    assert names(f, "Port") == {"Baltiysk"} and calls(f) == {("Lauga", "Baltiysk")}


def test_ships_named_after_what_links_them_and_a_flag_inside_a_list() -> None:
    f = facts_of("Two further ships linked to the same manager, the Grey Finch and the Wren "
                 "Hollow, sat at anchor off Kalamata.")
    assert names(f, "Vessel") == {"Grey Finch", "Wren Hollow"}
    # ... but not after what links people
    f = facts_of("Two officials linked to the same manager, the Grey Finch and the Wren Hollow, "
                 "resigned.")
    assert names(f, "Vessel") == set()
    f = facts_of("Among the vessels, the Panama-flagged Grey Finch (IMO 9212905) loaded crude.")
    assert (vessel(f, "Grey Finch").flag, vessel(f, "Grey Finch").imo) == ("PAN", "9212905")


def test_a_number_set_off_by_commas_and_a_former_name_in_brackets_cue_a_ship() -> None:
    f = facts_of("The Grey Finch, IMO 9256054, docked at Tartus.")
    assert vessel(f, "Grey Finch").imo == "9256054"
    f = facts_of("Wren Hollow (ex-Pale Heron) discharged at Sikka.")
    assert vessel(f, "Wren Hollow").aliases == ["Pale Heron"]
    # a number that fails its check digit cues nothing, nor does a standard's year
    f = facts_of("The Grey Finch, IMO 9256055, docked at Tartus. The rules, IMO 2020 standards, "
                 "apply.")
    assert names(f, "Vessel") == set()


def test_officials_in_a_capital_are_its_government_and_talks_there_are_in_the_city() -> None:
    assert names(facts_of("Officials in Tehran said the cargo was seized."), "State") == {"Iran"}
    f = facts_of("Talks in Tehran ended without a deal.")
    assert names(f, "State") == set() and names(f, "Place") == {"Tehran"}
    # the officials of a capital's port are no government
    f = facts_of("Port officials in Beirut confirmed the ship had docked.")
    assert names(f, "State") == set()
    # a capital reached over land or by air is the city; one that acts is still its government
    f = facts_of("The howitzers were unloaded at Conakry and trucked to Bamako. Spare parts were "
                 "flown on to Minsk.")
    assert names(f, "State") == set() and names(f, "Place") >= {"Bamako", "Minsk"}
    assert names(facts_of("Bamako denied receiving the howitzers."), "State") == {"Mali"}


def test_a_name_in_quotes_is_a_ship_beside_a_ships_description_or_doing_its_deeds() -> None:
    f = facts_of('Another ferry on the route, the "Grey Finch", has not left Ust-Luga since April.')
    assert names(f, "Vessel") == {"Grey Finch"}
    f = facts_of("Spotters saw the 'Wren Hollow' docked at Tartus.")
    assert calls(f) == {("Wren Hollow", "Tartus")}
    # a name given to an operation, or a so-called fleet, is no ship
    f = facts_of("The ship's crew called the operation the 'Big Lift', officials said. Ships of "
                 "the so-called 'Dark Armada' sailed.")
    assert names(f, "Vessel") == set()


def test_who_says_so_between_commas_is_no_ship() -> None:
    for text in ("Two tankers, the Treasury said, were seized.",
                 "Tankers registered in Panama, the Kremlin said, carry most of the oil.",
                 "Ships owned by Greek firms, the Financial Times reported, carried crude."):
        assert names(facts_of(text), "Vessel") == set(), text
    f = facts_of("Among the vessels, the Treasury said, were the Grey Finch and the Wren Hollow.")
    assert names(f, "Vessel") == {"Grey Finch", "Wren Hollow"}


def test_a_bare_carrier_counted_among_ships_is_a_ship() -> None:
    f = facts_of("The cargo reached the tanker Grey Finch from another carrier, the Dusk Owl, in "
                 "a ship-to-ship operation. A second carrier, the Amber Gull, waited off Beihai.")
    assert names(f, "Vessel") == {"Grey Finch", "Dusk Owl", "Amber Gull"}
    # a carrier that speaks or flies is no ship
    assert names(facts_of("Another carrier, the Red Kite, said flights had resumed."), "Vessel") \
        == set()


def test_ship_names_in_markdown_emphasis_read_as_a_list(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(
        "# Runs\n\nThe Panama-flagged tankers *Dune Lark*, *Fen Lark* and *Gulf Heron* loaded at "
        "Primorsk in May. The *Fen Lark* then docked at Sikka.\n", encoding="utf-8")
    f = extract(read_document(tmp_path / "r.md"))
    assert names(f, "Vessel") == {"Dune Lark", "Fen Lark", "Gulf Heron"}
    assert {e.flag for e in f.entities if e.type == "Vessel"} == {"PAN"}
    assert ("Fen Lark", "Sikka") in calls(f)


def test_a_name_in_emphasis_after_the_article_and_sentences_ending_in_a_note_s_mark(
        tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(
        "---\ntitle: Runs\ndate: 2024-02-14\n---\n\nThe cargo ship Dune Lark made five round "
        "trips between Rajin and Dunai in August.[^1] Imagery from 3 December shows the ship at "
        "Rajin.[2] The *Fen Lark* (IMO "
        "9179581) was photographed at Dunai unloading containers on 12 November.\n\n"
        "[^1]: Tracking data.\n", encoding="utf-8")
    f = extract(read_document(tmp_path / "r.md"))
    assert names(f, "Vessel") == {"Dune Lark", "Fen Lark"}
    assert vessel(f, "Fen Lark").imo == "9179581" and vessel(f, "Dune Lark").imo is None
    by_id = {e.id: e.name for e in f.entities}
    # the note's mark ends the sentence: December is not the time of the round trips
    assert {(by_id[e.vessel or ""], e.date) for e in f.events if e.type == "Transfer"} == {
        ("Dune Lark", "2023-08"), ("Fen Lark", "2023-11-12")}
    assert [(e.activity, e.date) for e in f.events if e.type == "PortCall" and
            by_id[e.vessel or ""] == "Fen Lark"] == [("discharging", "2023-11-12")]


def test_a_port_named_like_a_city_is_a_port_where_a_ship_continues_to_it() -> None:
    f = facts_of("The freighter Grey Finch made a stop at Piraeus before continuing to Alexandria.")
    assert names(f, "Port") == {"Piraeus", "Alexandria"}
    assert calls(f) == {("Grey Finch", "Piraeus")}  # going on there is no call yet
    assert names(facts_of("Negotiators continued their talks in Alexandria."), "Port") == set()
    # (or where a ship left another port for it)
    f = facts_of("The bulk carrier Grey Finch left Novorossiysk for Alexandria with wheat.")
    assert names(f, "Port") == {"Novorossiysk", "Alexandria"}
    assert [(e.cargo, e.type) for e in f.events if e.type == "Transfer"] == [("wheat", "Transfer")]


def test_one_more_of_the_ships_just_spoken_of_named_in_an_aside() -> None:
    f = facts_of("Several tankers have used false identities this year. Another, the Coral Finch, "
                 "broadcast a scrapped ship's name while loading at Amuay on 12 June.")
    assert names(f, "Vessel") == {"Coral Finch"} and calls(f) == {("Coral Finch", "Amuay")}
    # with no ships before it, or where the aside is who speaks, it is no ship
    g = facts_of("Several ministers have objected. Another, the Coral Finch, broadcast a statement.")
    assert names(g, "Vessel") == set()
    h = facts_of("Several tankers have been seized. Another, the Treasury, said more would follow.")
    assert names(h, "Vessel") == set()


def test_the_name_a_ship_sails_under_now_is_its_name() -> None:
    for text in ("The tanker Sable Reed, which now sails under the name Nordic Lily, docked at Sohar.",
                 "The tanker Sable Reed, which uses the name Nordic Lily, docked at Sohar."):
        f = facts_of(text)
        assert [(e.name, e.aliases) for e in f.entities if e.type == "Vessel"] == \
            [("Nordic Lily", ["Sable Reed"])]
        assert calls(f) == {("Nordic Lily", "Sohar")}
    # a name it sailed under before is a former name
    f = facts_of("The tanker Sable Reed, formerly known as Nordic Lily, docked at Sohar.")
    assert vessel(f, "Sable Reed").aliases == ["Nordic Lily"]


def test_a_flag_told_as_the_ships_flag_state() -> None:
    f = facts_of("The Panel wrote to the flag State of the tanker Yu Jin, Sierra Leone, which did "
                 "not reply. The tanker Kum Hae (IMO 9256858; flag State: Togo) docked at Nampo.")
    assert vessel(f, "Yu Jin").flag == "SLE" and vessel(f, "Kum Hae").flag == "TGO"
    # a registry the ship has left is no flag
    g = facts_of("The Panel wrote to the flag State of the tanker Yu Jin, Sierra Leone, which "
                 "replied that the vessel had been removed from its registry.")
    assert vessel(g, "Yu Jin").flag is None


@pytest.mark.parametrize("sentence, flag", [
    ("The tanker Kite Hollow flies the flag of the Cook Islands.", "COK"),
    ("The tanker Kite Hollow flies the flag of Saint Kitts and Nevis.", "KNA"),
    ("The tanker Kite Hollow, which is registered to the Comoros, loaded at Primorsk.", "COM"),
    ("The tanker Kite Hollow is registered to Oceanic Lines Ltd of Dubai.", None),
])
def test_a_flag_of_several_words_or_a_registry_told_with_to(sentence: str, flag: str | None) -> None:
    assert vessel(facts_of(sentence), "Kite Hollow").flag == flag


def test_a_ships_possessive_before_a_capitalised_word_and_its_number_told_as_a_clause() -> None:
    f = facts_of("The tanker Kite Hollow's AIS remained off until it reached Sohar.")
    assert names(f, "Vessel") == {"Kite Hollow"}
    f = facts_of("The tanker Kite Hollow's IMO number is 9174397.")
    assert vessel(f, "Kite Hollow").imo == "9174397" and names(f, "Organization") == set()
    # the organisation by its acronym, speaking
    f = facts_of("The IMO said the tanker Kite Hollow was not on its register.")
    assert names(f, "Organization") == {"IMO"}


def test_a_name_sailed_under_until_a_time_told_first_is_a_former_name() -> None:
    f = facts_of("The Gabon-flagged VLCC Kite Hollow, which until last year sailed as the Sea Lark, "
                 "loaded crude at Jose. The tanker Pale Heron, which until March 2023 was named "
                 "Grey Wren, called at Lome.")
    assert vessel(f, "Kite Hollow").aliases == ["Sea Lark"]
    assert vessel(f, "Pale Heron").aliases == ["Grey Wren"]
    g = facts_of("The tanker Kite Hollow sailed until May with a crew of 20 and called at Lome.")
    assert names(g, "Vessel") == {"Kite Hollow"} and not vessel(g, "Kite Hollow").aliases


def test_roll_on_roll_off_written_with_a_space() -> None:
    f = facts_of("The roll-on roll-off vessel Pale Heron was seen at Tartus.")
    assert vessel(f, "Pale Heron").vessel_type == "roll-on roll-off vessel"


def test_carriers_counted_then_named_are_ships() -> None:
    f = facts_of("Two other carriers, the Asya Dawn and the Polar Wren, have idled off Murmansk "
                 "since the autumn. The United States sanctioned both ships in 2024.")
    assert names(f, "Vessel") == {"Asya Dawn", "Polar Wren"}
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.target or ""], e.date) for e in f.events if e.type == "Sanction"} == \
        {("Asya Dawn", "2024"), ("Polar Wren", "2024")}
    # a carrier alone may be a shipping line
    assert names(facts_of("The carrier Kestrel Lines raised its rates."), "Vessel") == set()


def test_the_names_a_ship_sailed_under_are_former_names() -> None:
    f = facts_of("Over two years, the crude tanker now called Grey Wren has sailed under four "
                 "names: Pacific Dawn, Ocean Rose, Blue Sky 1 and, since last month, Grey Wren.")
    assert names(f, "Vessel") == {"Grey Wren"}
    assert vessel(f, "Grey Wren").former_names == ["Pacific Dawn", "Ocean Rose", "Blue Sky 1"]
    assert names(f, "Place") == set()  # "Pacific" is part of a name here
    g = facts_of("The tanker Kite Hollow has operated under the names Sea Lark and Grey Wren.")
    assert vessel(g, "Kite Hollow").former_names == ["Sea Lark", "Grey Wren"]
    h = facts_of("The tanker Kite Hollow sailed under the Panamanian flag.")
    assert not vessel(h, "Kite Hollow").former_names


def test_a_ship_told_by_the_name_it_had_and_the_one_it_has() -> None:
    f = facts_of("One of them, the former Ocean Glory, now the Harmony, loaded at Novorossiysk.")
    assert names(f, "Vessel") == {"Harmony"}
    assert vessel(f, "Harmony").former_names == ["Ocean Glory"]
    assert names(facts_of("The former Soviet Union, now Russia, sells oil."), "Vessel") == set()


def test_navies_prefixes_name_ships() -> None:
    f = facts_of("HMS Tyne shadowed the two vessels. The destroyer USS Carney shot down drones.")
    assert names(f, "Vessel") == {"Tyne", "Carney"}
    assert vessel(f, "Tyne").vessel_type is None
    # the name with its prefix, as navies and reporting write it, is an alias
    assert (vessel(f, "Tyne").aliases, vessel(f, "Carney").aliases) == (["HMS Tyne"], ["USS Carney"])
    assert vessel(facts_of("The MV Grey Wren docked at Aden."), "Grey Wren").aliases == []


def test_ships_named_after_a_passive_and_after_like() -> None:
    f = facts_of("In 2023, only a handful of tankers were detained, among them the Pale Heron, held "
                 "at Port Said in August. Most ships, like the Kite Hollow, changed flags.")
    assert names(f, "Vessel") == {"Pale Heron", "Kite Hollow"}


def test_a_name_in_capitals_holding_an_acronym() -> None:
    f = facts_of('The vessel M/V "KUM UN SAN 3" (IMO: 8016548, call sign HMZF) was seen at Nampo.')
    v = vessel(f, "KUM UN SAN 3")
    assert (v.imo, v.call_sign) == ("8016548", "HMZF")
    assert names(f, "Organization") == set()
    g = facts_of("The UN Security Council panel named the tanker Sea Lark.")
    assert names(g, "Organization") == {"UN Security Council"}


def test_a_name_a_flag_is_told_of_is_a_ship_and_takes_that_flag() -> None:
    f = facts_of("The cargo ship Dusk Heron was seen in the Bosphorus. The navy said Grey Wren, "
                 "flagged in Sierra Leone, had called at Sevastopol.")
    assert vessel(f, "Grey Wren").flag == "SLE"
    assert vessel(f, "Dusk Heron").flag is None  # the flag is not the ship's named before it
    # a firm registered somewhere is neither a ship nor gives the ship its flag
    g = facts_of("The tanker Dusk Heron docked at Tartus. Its owner, Heron Holdings, registered in "
                 "Malta, did not comment.")
    assert vessel(g, "Dusk Heron").flag is None
    assert {e.name for e in g.entities if e.type == "Vessel"} == {"Dusk Heron"}
    # and a flag told of the ship named before, by a pronoun or "the vessel", is its flag
    h = facts_of("The tanker Dusk Heron docked at Tartus. Records show the vessel is registered in "
                 "Iran.")
    assert vessel(h, "Dusk Heron").flag == "IRN"


@pytest.mark.parametrize("description", ["grain carrier", "Very Large Crude Carrier",
                                         "timber carrier", "multipurpose carrier"])
def test_more_type_words(description: str) -> None:
    f = facts_of(f"Port agents said the {description} Grey Wren docked at Tartus on 2 March.")
    assert vessel(f, "Grey Wren").vessel_type == description.lower()
    # "carrier" alone is a firm's word too ("the carrier Kestrel Lines")
    g = facts_of("Port agents said the carrier Kestrel Lines moved its office to Tartus.")
    assert not [e for e in g.entities if e.type == "Vessel"]


def test_a_port_s_name_ending_a_ship_s_name_and_ships_attacked_at_sea() -> None:
    f = facts_of("The Maersk Hangzhou was attacked in December near the Bab el-Mandeb strait.")
    assert names(f, "Vessel") == {"Maersk Hangzhou"} and not names(f, "Port")
    g = facts_of("The flagship Moskva sank in April 2022 after being hit by two missiles.")
    assert vessel(g, "Moskva").vessel_type == "flagship"
    # works ashore struck by missiles are no ships, and a port after an adjective stays a port
    h = facts_of("The Crimean Bridge was struck by missiles in July. The tanker Grey Wren docked "
                 "at the Syrian Tartus.")
    assert names(h, "Vessel") == {"Grey Wren"} and names(h, "Port") == {"Tartus"}


def test_a_former_name_with_a_cue_of_its_own_is_the_same_ship() -> None:
    f = facts_of("Among them is the Aframax Grey Wren, formerly the Dusk Heron, which has shuttled "
                 "Russian crude from Primorsk to Sikka.")
    assert names(f, "Vessel") == {"Grey Wren"}
    ship = vessel(f, "Grey Wren")
    assert ship.former_names == ["Dusk Heron"] and ship.vessel_type == "aframax"
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.vessel] for e in f.events if e.vessel} == {"Grey Wren"}


def test_a_type_word_used_as_a_verb_names_no_ship() -> None:
    f = facts_of("The Voskhod was used to ship Arctic LNG 2 gas this summer.")
    assert names(f, "Vessel") == set()
    g = facts_of("Its cargo was moved to MV Grey Wren at Rajin.")
    assert names(g, "Vessel") == {"Grey Wren"}


def test_a_lead_after_a_dateline_without_an_agency_is_the_ship_named_next() -> None:
    f = facts_of("LONDON, Sept 10 - A tanker carrying gas has been drifting in the Barents Sea for "
                 "two weeks.\nThe Grey Wren, a Russian-flagged vessel, loaded the cargo at Murmansk.")
    assert [(e.name, e.vessel_type, e.flag) for e in f.entities if e.type == "Vessel"] == [
        ("Grey Wren", "tanker", "RUS")]


def test_a_name_inside_a_longer_capitalised_name_is_not_the_ship_of_the_shorter() -> None:
    f = facts_of("The cargo ship Maria loaded containers at Rajin on 27 October. Lady Maria, a "
                 "trawler of the same owner, stayed in port. On Monday Maria left Rajin. Meanwhile "
                 "Maria's crew rested. Reportedly Maria sailed north.")
    maria = next(e for e in f.entities if e.name == "Maria")
    texts = {f_text for f_text in (m.text for m in maria.mentions)}
    assert texts == {"Maria"} and len(maria.mentions) == 4


def test_a_port_city_s_name_before_an_address_or_an_office_is_the_city() -> None:
    f = facts_of("A reporter who visited the Dubai address found an empty office. The tanker Grey "
                 "Wren called at Dubai on Monday.")
    assert {(e.type, e.name) for e in f.entities if e.name == "Dubai"} == {("Place", "Dubai"),
                                                                          ("Port", "Dubai")}
    assert calls(f) == {("Grey Wren", "Dubai")}


def test_a_motor_tanker_s_prefix_gives_its_type() -> None:
    f = facts_of("M/T GREY WREN (IMO 9389760) loaded diesel at Primorsk. MV DUSK HERON loaded at Riga.")
    assert {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"} == {
        "GREY WREN": "tanker", "DUSK HERON": None}
    # an apposition after the prefixed name gives its flag; a transfer to a prefixed name
    f = facts_of("M/T GREY WREN (IMO 9389760), a Panama-flagged crude oil tanker, loaded crude at "
                 "Kharg Island and later transferred it to the M/T DUSK HERON off Malaysia.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "GREY WREN": "PAN", "DUSK HERON": None}
    assert [sorted(x.name for x in f.entities if x.id in (e.vessels or []))
            for e in f.events if e.type == "ShipToShipTransfer"] == [["DUSK HERON", "GREY WREN"]]


def test_a_capitalised_type_word_after_a_bullet_cues_the_name() -> None:
    f = facts_of("Movements this week:\n- Tanker Grey Wren loaded at Primorsk on June 4.\n"
                 "* Freighter Dusk Heron left Riga.")
    assert names(f, "Vessel") == {"Grey Wren", "Dusk Heron"}
    assert ("Grey Wren", "Primorsk") in calls(f)


def test_a_ship_with_a_sister_ship_is_a_ship() -> None:
    f = facts_of("The Ivan Belov and its sister ship, the Pyotr Orlov, both called at Sevastopol "
                 "in March. The Anna Sokol, a sister ship of the Olga Sokol, docked at Izmir.")
    assert names(f, "Vessel") == {"Ivan Belov", "Pyotr Orlov", "Anna Sokol", "Olga Sokol"}
    assert calls(f) == {("Ivan Belov", "Sevastopol"), ("Pyotr Orlov", "Sevastopol"),
                        ("Anna Sokol", "Izmir")}
    g = facts_of("Ivan Belov and his sister met the minister in Moscow.")
    assert names(g, "Vessel") == set()


def test_a_name_a_ship_was_known_by_until_a_time_is_a_former_name() -> None:
    f = facts_of("The tanker now called Grey Wren was known as Pacific Star until March. The "
                 "tanker Dusk Heron was named Coral Bay until 2021.")
    assert {e.name: e.former_names for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": ["Pacific Star"], "Dusk Heron": ["Coral Bay"]}
    assert names(f, "Place") == set()


def test_a_type_word_then_named_after_a_comma_cues_the_name_and_keeps_the_flag() -> None:
    f = facts_of("The 2006-built Gabon-flagged tanker, named Grey Wren, had left Novorossiysk. "
                 "A tanker, called a menace by officials, ran aground.")
    assert [(e.name, e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"] == [
        ("Grey Wren", "GAB", "tanker")]


def test_ships_a_group_of_callers_included_in_the_same_sentence() -> None:
    f = facts_of("Several tankers called at Sikka in May, including the Grey Wren and the Dusk "
                 "Heron. Four warships docked at Tobruk in October, including the landing ships "
                 "Ivan Gren and Pyotr Morgunov. Ships sailed to ports in Europe, including the "
                 "Netherlands.")
    assert calls(f) == {("Grey Wren", "Sikka"), ("Dusk Heron", "Sikka"), ("Ivan Gren", "Tobruk"),
                        ("Pyotr Morgunov", "Tobruk")}
    assert {e.date for e in f.events if e.type == "PortCall"} == {"2023-05", "2023-10"}
    g = facts_of("Several tankers were sanctioned in May, including the Grey Wren.")
    assert calls(g) == set()


def test_a_ship_told_as_the_last_of_a_group_of_ships_is_a_ship() -> None:
    f = facts_of("The Clavel, the last of five Iranian tankers sent to Venezuela, entered its waters. "
                 "The Fortune, the first of the ships, unloaded at El Palito. Smith, the last of "
                 "the envoys, left.")
    assert names(f, "Vessel") == {"Clavel", "Fortune"}


def test_a_flag_the_registry_withdrew_is_not_the_ship_s_flag() -> None:
    f = facts_of("The tanker Grey Wren, whose flag Gabon withdrew in October, sails on. The tanker "
                 "Dusk Heron (flag: Gabon) docked.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": None, "Dusk Heron": "GAB"}


def test_who_manages_or_flags_a_ship_does_not_choose_between_ports_of_one_name() -> None:
    f = facts_of("Greek-managed tankers carried Russian diesel. Another Greek tanker, the Grey Wren, "
                 "delivered diesel to Lagos on 20 January.")
    assert [(e.name, e.country) for e in f.entities if e.type == "Port"] == [("Lagos", "NGA")]
    g = facts_of("The Greek coast guard said the tanker Grey Wren called at Lagos, Greece, on 20 "
                 "January.")
    assert [(e.name, e.country) for e in g.entities if e.type == "Port"] == [("Lagos", "GRC")]


def test_a_flag_told_in_an_aside_after_the_type_and_name() -> None:
    f = facts_of("Police boarded the oil tanker Eagle S, a Cook Islands-registered vessel, on Thursday.")
    assert vessel(f, "Eagle S").flag == "COK"
    g = facts_of("Officials said the tanker Heron, a vessel owned by a Dubai firm, left Jask.")
    assert vessel(g, "Heron").flag is None


def test_a_ships_size_before_its_name_makes_it_a_ship() -> None:
    f = facts_of("The 169-metre Grey Tern, which flies the Russian flag, was seen at Sevastopol. "
                 "The 300,000-tonne Ocean Lark docked at Sikka.")
    assert names(f, "Vessel") == {"Grey Tern", "Ocean Lark"}
    assert vessel(f, "Grey Tern").flag == "RUS"
    g = facts_of("The 555-metre Lakhta Center stands over the port of St Petersburg.")
    assert names(g, "Vessel") == set()


def test_a_dateline_of_two_cities_names_no_port() -> None:
    f = facts_of("SANAA/LONDON, Feb 27 (Wire) - The cargo ship Rubymar was struck in the Gulf of Aden.")
    assert names(f, "Port") == set() and names(f, "State") == set()
    g = facts_of("The Lark sailed from Odesa/Chornomorsk on March 3, officials said.")
    assert names(g, "Port") == {"Odesa", "Chornomorsk"}


def test_another_after_a_sentence_about_a_named_ship_is_a_ship() -> None:
    f = facts_of("The tanker Sea Wolf docked at Qingdao. Another, the Ocean Falcon, diverted to "
                 "Port Said.")
    assert names(f, "Vessel") == {"Sea Wolf", "Ocean Falcon"}
    g = facts_of("Officials spoke to reporters. Another, the Kremlin, said nothing.")
    assert names(g, "Vessel") == set()


def test_a_name_a_ship_had_in_a_year_gone_by_is_a_former_name() -> None:
    f = facts_of("Iran seized the tanker St Nikolas on Thursday. In 2023, under the name Suez "
                 "Rajan, the vessel was at the centre of a US seizure.")
    assert vessel(f, "St Nikolas").former_names == ["Suez Rajan"]
    assert names(f, "Port") == set()


def test_a_name_set_before_its_type_word() -> None:
    f = facts_of("Coastguards boarded the Kestrel Nine tanker after it left Porvoo on 25 "
                 "December. The Togo-flagged Orvanta oil tanker drifted off Rügen for days.")
    assert {"Kestrel Nine", "Orvanta"} <= names(f, "Vessel")
    assert vessel(f, "Orvanta").flag == "TGO" and vessel(f, "Orvanta").vessel_type == "oil tanker"
    assert calls(f) == {("Kestrel Nine", "Porvoo")}
    # the type word opening a name of its own: the word before it is the operator's
    f = facts_of("The Sovcomflot tanker Pale Heron called at Primorsk.")
    assert names(f, "Vessel") == {"Pale Heron"}


@pytest.mark.parametrize("text", [
    "The Iran-bound tanker called at Jask on 3 March.",      # a trait, not a name
    "The Aframax tanker called at Jask on 3 March.",         # a class
    "The Baltic Sea tanker sank on 3 March.",                 # a place
    "The Russian tanker docked at Tartus on 3 March.",        # a state
    "The NITC tanker called at Jask on 3 March.",            # an acronym
    "The Corvane tanker called at Jask. Corvane's fleet has grown since.",  # a fleet's owner
    "The Corvane tanker called at Jask, one of several ships chartered by Corvane.",
    "The Corvane tanker called at Jask; a Corvane tanker had called there before.",
    "Shares in the Corvane container ship operator fell on 3 March.",  # what the name runs
])
def test_what_is_set_before_a_type_word_without_being_a_ship_name(text: str) -> None:
    assert names(facts_of(text), "Vessel") == set()


@pytest.mark.parametrize("text", [
    "Iran seized a tanker suspected of smuggling fuel, the Talara, off Jask on 13 November.",
    "Iran seized a tanker carrying Iraqi fuel oil, the Talara, on 13 November.",
    "Guards boarded a freighter bound for Tartus, the Talara, on 13 November.",
])
def test_a_ship_named_after_what_it_did_or_was(text: str) -> None:
    f = facts_of(text)
    assert names(f, "Vessel") == {"Talara"} and "Talara" not in names(f, "Port")


@pytest.mark.parametrize("text", [
    "The tanker heading to Tartus, the Syrian port, arrived on 3 May.",
    "A tanker approaching the strait, the Pentagon said, turned back.",
    "Crews loading grain at Odesa, the Ukrainian port, worked through the night.",
])
def test_what_follows_a_ship_doing_something_is_not_always_its_name(text: str) -> None:
    assert names(facts_of(text), "Vessel") == set()


@pytest.mark.parametrize(("text", "ship"), [
    ("The Arc7 carrier North Vega loaded at Utrenneye on Feb. 3.", "North Vega"),
    ("The ice-class carrier North Vega loaded at Utrenneye on Feb. 3.", "North Vega"),
    ("The aircraft carrier Admiral Kuznetsov left Murmansk on Feb. 3.", "Admiral Kuznetsov"),
    ("The carrier Maersk raised its rates on Feb. 3.", None),  # a shipping line
])
def test_carriers_that_are_ships_by_their_kind(text: str, ship: str | None) -> None:
    assert names(facts_of(text), "Vessel") == ({ship} if ship else set())


def test_an_ice_class_keeps_its_case_in_the_type() -> None:
    f = facts_of("The Arc7 carrier North Vega loaded at Utrenneye on Feb. 3.")
    assert [e.vessel_type for e in f.entities if e.type == "Vessel"] == ["Arc7 carrier"]


@pytest.mark.parametrize(("text", "flag"), [
    ("A second tanker, the Asya Energy (IMO 9377731, Palau flag), took on LNG.", "PLW"),
    ("The tanker Asya Energy (Palau-flagged, IMO 9377731) took on LNG.", "PLW"),
    ("The tanker Asya Energy (previously Panama-flagged) took on LNG.", None),
])
def test_a_flag_among_the_identifiers_in_brackets(text: str, flag: str | None) -> None:
    f = facts_of(text)
    assert [e.flag for e in f.entities if e.type == "Vessel"] == [flag]


@pytest.mark.parametrize(("text", "flags"), [
    ("The container ships NewNew Polar Bear and Xin Xin Tian 2 sailed to Shanghai. Both vessels "
     "fly the Chinese flag.", ["CHN", "CHN"]),
    ("The tankers Sun Wave and Ocean Dream met off Malaysia. The two ships are registered in "
     "Panama.", ["PAN", "PAN"]),
    ("The tanker Sun Wave met the tanker Ocean Dream off Malaysia. Both are Panama-flagged.",
     ["PAN", "PAN"]),
    # two ships of three: which two, the text does not say
    ("The tanker Sun Wave met the tankers Ocean Dream and Sea Star. Both are Panama-flagged.",
     [None, None, None]),
])
def test_a_flag_told_of_both_ships_is_each_ones(text: str, flags: list[str | None]) -> None:
    assert [e.flag for e in facts_of(text).entities if e.type == "Vessel"] == flags


@pytest.mark.parametrize(("text", "flags"), [
    ("The St Vincent and the Grenadines-flagged tanker Sun Wave left Sikka.", ["VCT"]),
    ("The Antigua and Barbuda-flagged cargo ship Sun Wave left Sikka.", ["ATG"]),
    ("The Sao Tome and Principe-flagged tanker Sun Wave left Sikka.", ["STP"]),
    # "and the" joins two ships, not a registry's name
    ("A second transfer, between the tanker Sun Wave and the Palau-flagged Ocean Dream, took "
     "place.", [None, "PLW"]),
])
def test_registries_whose_names_join_two_words_with_and(text: str, flags: list[str | None]) -> None:
    assert [e.flag for e in facts_of(text).entities if e.type == "Vessel"] == flags


@pytest.mark.parametrize(("text", "flags"), [
    ("The tankers Sun Wave and Sea Star, both Panama-flagged, left Sikka.", ["PAN", "PAN"]),
    # "both" after the two ships a clause names, not a list
    ("The tanker Sun Wave met the Sea Star, both Panama-flagged, off Ceuta in June.",
     ["PAN", "PAN"]),
    ("The tanker Sun Wave met the Sea Star and the Ocean Dream, both Panama-flagged, off Ceuta.",
     [None, "PAN", "PAN"]),
    ("The tanker Sun Wave was chartered by Kestrel Ltd and Osprey Corp, both Panama-registered.",
     [None]),
])
def test_a_flag_told_of_a_list_after_it_is_each_ships(text: str, flags: list[str | None]) -> None:
    assert [e.flag for e in facts_of(text).entities if e.type == "Vessel"] == flags


@pytest.mark.parametrize(("text", "flags"), [
    # two flags told together before two ships: one each, in turn
    ("The Liberia- and Panama-flagged tankers Sun Wave and Sea Star left Sikka.", ["LBR", "PAN"]),
    ("Two Maltese- and Liberian-flagged tankers, the Sun Wave and the Sea Star, left Sikka.",
     ["MLT", "LBR"]),
    # which is which, the text does not say: no flag rather than a wrong one
    ("The Liberia- or Panama-flagged tankers Sun Wave and Sea Star left Sikka.", [None, None]),
    ("The Malta- and Panama-flagged tankers Sun Wave, Sea Star and Ocean Dream left Sikka.",
     [None, None, None]),
])
def test_two_flags_told_together_are_the_ships_in_turn(text: str, flags: list[str | None]) -> None:
    assert [e.flag for e in facts_of(text).entities if e.type == "Vessel"] == flags


@pytest.mark.parametrize(("text", "london"), [
    ("Washington and London imposed sanctions on the tanker Sun Wave.", "State"),
    ("London summoned the Russian ambassador.", "State"),
    ("The tanker Sun Wave docked in London on 3 March.", "Port"),
])
def test_a_capital_that_is_also_a_port_acting_as_a_government(text: str, london: str) -> None:
    f = facts_of(text)
    assert [e.type for e in f.entities if e.name in ("London", "United Kingdom")] == [london]


@pytest.mark.parametrize(("text", "vtype"), [
    ("The fishing vessel Dae Yang No. 7 docked at Busan.", "fishing vessel"),
    ("The Russian research vessel Yantar was seen off Ireland.", "research vessel"),
    ("The cable-laying ship Sea Wren left Leith.", "cable-laying ship"),
])
def test_ships_of_other_trades_have_their_type(text: str, vtype: str) -> None:
    assert [e.vessel_type for e in facts_of(text).entities if e.type == "Vessel"] == [vtype]


def test_people_in_a_capital_that_is_a_port_are_not_its_government() -> None:
    f = facts_of("Officials in Havana declined to comment.")
    assert names(f, "Port") == {"Havana"} and names(f, "State") == set()
    g = facts_of("Havana declined to comment.")
    assert names(g, "State") == {"Cuba"}


@pytest.mark.parametrize("text, name, flag", [
    ("The Sierra Leone-flagged, Dubai-managed tanker CASTOR called at Rajin.", "CASTOR", "SLE"),
    ("The Sierra Leone-flagged and Dubai-managed tanker CASTOR called at Rajin.", "CASTOR", "SLE"),
    ("The Panama-flagged, 2004-built Aframax Zircone called at Rajin.", "Zircone", "PAN"),
    ("A Panama-flagged, Greek-owned bulker, the Star Lily, called at Rajin.", "Star Lily", "PAN"),
    ("A Cameroon-flagged, Dubai-managed crude tanker docked at Baniyas. The tanker, named Silver "
     "Dune, left on 3 May.", "Silver Dune", "CMR"),
    # the owner's state is no flag
    ("The Greek-owned, Dubai-managed tanker CASTOR called at Rajin.", "CASTOR", None),
])
def test_a_flag_told_among_other_compound_words(text: str, name: str, flag: str | None) -> None:
    (vessel,) = [e for e in facts_of(text).entities if e.type == "Vessel"]
    assert (vessel.name, vessel.flag) == (name, flag)


def test_a_name_that_reaches_a_port_or_has_cargo_unloaded_from_it_is_a_ship() -> None:
    f = facts_of("The Ursa Major, escorted by two warships, reached Tartus on 5 May.")
    assert names(f, "Vessel") == {"Ursa Major"} and calls(f) == {("Ursa Major", "Tartus")}
    f = facts_of("Containers were unloaded from the Angara at Dunai on 12 October.")
    assert names(f, "Vessel") == {"Angara"} and calls(f) == {("Angara", "Dunai")}
    # who takes a ship, or where a cargo was taken from, is none
    for text in ("The ship was taken by the Revolutionary Guards in May 2022.",
                 "The cargo was unloaded from the Port of Tartus by truck.",
                 "The Kremlin reached Damascus by telephone."):
        assert names(facts_of(text), "Vessel") == set(), text


@pytest.mark.parametrize("text, flag", [
    ("The tanker Kira (Panama) called at Rajin.", "PAN"),
    ("The tanker Kira (Hong Kong) called at Rajin.", "HKG"),
    ("The Kira, which flies a Cameroonian flag, called at Rajin.", "CMR"),
    ("The tanker Kira, Panama flag, called at Rajin.", "PAN"),
    # a state in brackets after a port, or an identifier in brackets, is no flag
    ("The tanker Kira called at Nampo (North Korea) in May.", None),
    ("The tanker Kira (IMO 9236353) called at Rajin.", None),
])
def test_a_flag_in_brackets_or_set_off_after_the_name(text: str, flag: str | None) -> None:
    (vessel,) = [e for e in facts_of(text).entities if e.type == "Vessel"]
    assert vessel.flag == flag


def test_a_publication_named_after_a_type_word_is_no_ship() -> None:
    f = facts_of("A tanker The Times identified as the Kira docked at Nampo.")
    assert names(f, "Vessel") == {"Kira"}


def test_flags_and_owners_told_with_initials_and_a_ship_s_names_in_turn() -> None:
    f = facts_of("The U.S.-flagged tanker Ocean Eagle called at Aden. On Monday, the Gibraltar "
                 "Eagle, another U.S.-owned vessel, was struck by a missile off Aden. The Sea "
                 "Wren, a U.K.-registered tanker, was not hit.")
    flags = {e.name: e.flag for e in f.entities if e.type == "Vessel"}
    assert flags == {"Ocean Eagle": "USA", "Gibraltar Eagle": None, "Sea Wren": "GBR"}
    f = facts_of("The tanker Ceres I has had five names. Built in 2003 as the Hellas Pride, it "
                 "became the Sea Breeze in 2021, the Nova in 2022 and the Ceres I last year.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, sorted(ship.aliases)) == ("Ceres I", ["Hellas Pride", "Nova", "Sea Breeze"])
    # what a ship became with no time or list told is no name of it
    f = facts_of("The tanker Lumo became the Kremlin's main supplier.")
    assert [e.aliases for e in f.entities if e.type == "Vessel"] == [[]]


def test_a_flag_the_ship_would_have_flown_is_none() -> None:
    f = facts_of("Consider the tanker Andromeda Star. Had it been flagged in Panama, as it once "
                 "was, regulators might have acted. Instead it sails under the flag of Cameroon.")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == ["CMR"]
    f = facts_of("If the tanker Lumo were flagged in Panama, regulators could act.")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == [None]
    f = facts_of("The tanker Lumo had been flagged in Panama since 2019.")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == ["PAN"]


def test_a_ship_named_with_an_initial() -> None:
    f = facts_of("The aircraft carrier USS Dwight D. Eisenhower remains in the Red Sea.")
    assert names(f, "Vessel") == {"Dwight D. Eisenhower"}


def test_a_prefix_after_the_type_word_and_an_acronym_that_owns_a_ship() -> None:
    f = facts_of("The small tanker M/V SEA GULL II (IMO 8912730) collected fuel off Zuwara. The "
                 "fuel was pumped into the Maltese-flagged bunkering tanker Amber Light.")
    vessels = {e.name: (e.imo, e.flag, e.vessel_type) for e in f.entities if e.type == "Vessel"}
    assert vessels == {"SEA GULL II": ("8912730", None, "tanker"),
                       "Amber Light": (None, "MLT", "bunkering tanker")}
    f = facts_of("The cargo ship Shahr-e-Kord berthed at Port Sudan. The vessel is owned by IRISL, "
                 "which has been under US sanctions since 2008.")
    assert names(f, "Organization") == {"IRISL"}
    by_id = {e.id: e.name for e in f.entities}
    assert [by_id[e.target or ""] for e in f.events if e.type == "Sanction"] == ["IRISL"]
    # a state's short name is no body
    assert names(facts_of("The tanker Kira is managed by UAE firms."), "Organization") == set()


def test_paragraphs_apart_by_blank_lines_hold_a_sentence_a_line() -> None:
    from shipgraph.extract.gazetteer import default_gazetteer
    from shipgraph.extract.pipeline import prepare
    from shipgraph.model import Document

    text = ("Title\n\nThe tanker Kira loaded at Primorsk on 3 May.\nIt sailed on 4 May.\n"
            "It reached Sikka.\n\nThe tanker Lumo called at Tartus.\nIt left soon after.\n\n"
            "Ships seen:\n- Vega at Rajin\n- Sirius at Nampo\n")
    doc = Document(id="p", title="Title", date="2024-03-22", text=text, body_start=7)
    paragraphs = [s.paragraph for s in prepare(doc, default_gazetteer()).sentences]
    assert paragraphs[:5] == [0, 0, 0, 1, 1]
    assert len(set(paragraphs[5:])) == len(paragraphs[5:])  # list items stand on their own lines
    # a line to a paragraph, with no blank line between paragraphs (one after the head parts
    # none): each line its own
    doc = Document(id="q", title="Title", date="2024-03-22", body_start=7,
                   text="Title\n\nThe tanker Kira loaded.\nThe tanker Lumo called.\n")
    assert [s.paragraph for s in prepare(doc, default_gazetteer()).sentences] == [0, 1]


def test_a_page_heading_that_repeats_the_title_is_no_part_of_the_body(tmp_path: Path) -> None:
    from shipgraph.extract.pipeline import extract

    path = tmp_path / "note.md"
    path.write_text("---\ntitle: A renamed freighter, Hodeidah calls and Tehran's deliveries\n"
                    "date: 2024-02-01\n---\n\n# A renamed freighter, Hodeidah calls and Tehran's "
                    "deliveries\n\nThe cargo ship Rosa Linde berthed at Hodeidah on 17 January.\n",
                    encoding="utf-8")
    f = extract(read_document(path))
    assert {e.name for e in f.entities if e.type == "Vessel"} == {"Rosa Linde"}


def test_runs_of_spaces_inside_prose_read_as_one_and_offsets_stay_the_document_s() -> None:
    from shipgraph.extract.worktext import working_text
    from shipgraph.model import Document

    text = ("Title\nThe Russian  cargo ship  Sparta  IV (IMO  9743033) berthed in  Tartus on 8 "
            "November, where  military trucks were seen on the quay.\n")
    doc = Document(id="s", title="Title", date="2024-03-22", text=text, body_start=6)
    f = extract(doc)
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.imo) == ("Sparta IV", "9743033")
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2023-11-08"]
    for ev in [m for e in f.entities for m in e.mentions] + [x for e in f.events for x in e.evidence]:
        assert text[ev.start:ev.end] == ev.text
    assert "Sparta  IV" in ship.mentions[0].text and f.document.text == text
    # a table set out in columns keeps its gaps
    table = "Title\nVessel      Port     Date\nAngara      Rajin    8 May 2024\n"
    assert working_text(Document(id="t", title="Title", text=table, body_start=6))[1] is None


def test_an_aside_set_off_by_dashes_reads_as_one_set_off_by_commas() -> None:
    f = facts_of("The Andreas P — a Malta-registered bulker — sailed from Chornomorsk on Monday.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.flag, ship.vessel_type) == ("Andreas P", "MLT", "bulker")
    assert calls(f) == {("Andreas P", "Chornomorsk")}
    # the quote is the document's, dashes and all
    assert "—" in f.events[0].evidence[0].text
    g = facts_of("The ship – the Lady Iris – docked at Simon's Town in December.")
    assert calls(g) == {("Lady Iris", "Simon's Town")}
    # a dash that opens no aside (a dateline's, a range's) stays a dash
    h = facts_of("NEW DELHI, June 11 (Wire) — The tanker Kira docked at Sikka on 9–10 June.")
    assert calls(h) == {("Kira", "Sikka")}


def test_names_in_quotes_read_as_names() -> None:
    f = facts_of("The Russian-flagged cargo ships “Angara” and “Maria” carried containers from Rajin "
                 "to Dunai in October.")
    assert calls(f) == {("Angara", "Rajin"), ("Angara", "Dunai"), ("Maria", "Rajin"), ("Maria", "Dunai")}
    assert {e.flag for e in f.entities if e.type == "Vessel"} == {"RUS"}
    # a quoted sentence is no name
    g = facts_of('"The Angara is a cargo ship," an official said. The cargo ship "Sparta IV" docked '
                 "at Tartus.")
    assert calls(g) == {("Sparta IV", "Tartus")}
    assert all(m.text == g.document.text[m.start:m.end] for e in g.entities for m in e.mentions)


def test_a_name_a_ship_changed_from_is_its_former_name() -> None:
    f = facts_of("The VLCC Hyperion, which changed its name from Oceanic in 2023, docked at Sikka.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.former_names) == ("Hyperion", ["Oceanic"])
    # a firm's old name is no ship's
    g = facts_of("The firm changed its name from Oceanic Ltd in 2020.")
    assert names(g, "Vessel") == set()


def test_a_word_broken_at_a_wrapped_line_s_end_reads_whole() -> None:
    f = facts_of("The Cook Islands- registered tanker Eagle S left Novoros- siysk on 3 May.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert ship.flag == "COK" and calls(f) == {("Eagle S", "Novorossiysk")}
    assert [m.text for e in f.entities if e.type == "Port" for m in e.mentions] == ["Novoros- siysk"]
    # "Liberia- and Panama-flagged": a hyphen that waits for its word
    g = facts_of("The Liberia- and Panama-flagged tankers Kira and Lumo left.")
    assert {e.name: e.flag for e in g.entities if e.type == "Vessel"} == {"Kira": "LBR", "Lumo": "PAN"}
    # broken at a line's end in lines too few to be unwrapped, as a page's copy gives them
    h = facts_of("The tanker Kira loaded crude at Novoros-\nsiysk on 3 February and discharged it "
                 "at Sik-\nka on 20 February.")
    assert calls(h) == {("Kira", "Novorossiysk"), ("Kira", "Sikka")}
    assert [m.text for e in h.entities if e.type == "Port" for m in e.mentions] == \
        ["Novoros-\nsiysk", "Sik-\nka"]


def test_an_entity_of_a_page_s_markup_left_in_plain_text_reads_as_its_character() -> None:
    f = facts_of("The cargo ship Sparta&nbsp;IV berthed at Tartus on 8&nbsp;November.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert ship.name == "Sparta IV" and ship.mentions[0].text == "Sparta&nbsp;IV"
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2023-11-08"]
    # "Kira&#8217;s owner ... was sanctioned": the owner, not the ship (as with "Kira's")
    g = facts_of("The tanker Kira&#8217;s owner was sanctioned in May.")
    assert [e for e in g.events if e.type == "Sanction"] == []
    # what is no entity stays as it is
    assert facts_of("AT&T; R&D &foo; and Q&A.").events == []


def test_a_body_named_by_its_head_word_alone() -> None:
    f = facts_of("The Panel of Experts wrote to Panama. The Panel investigated the tanker Alba.")
    panel = [e for e in f.entities if e.type == "Organization"]
    assert [e.name for e in panel] == ["Panel of Experts"] and "Panel" in panel[0].aliases
    assert len(panel[0].mentions) == 2
    # with no such body named, "The Panel" or "The Commission" names none
    g = facts_of("The Panel investigated the tanker Alba. The Commission said it left Nampo.")
    assert not names(g, "Organization")


def test_names_in_single_quotes() -> None:
    f = facts_of("The vessels 'Angara' and 'Maria' docked at Dunai. The ships' crews stayed aboard.")
    assert names(f, "Vessel") == {"Angara", "Maria"}
    assert len([e for e in f.events if e.type == "PortCall"]) == 2
    # a phrase in single quotes is no name
    g = facts_of("Russia's 'shadow fleet' grew, and the 'dark fleet' tankers sailed from Primorsk.")
    assert not names(g, "Vessel")


def test_a_body_set_after_who_runs_a_ship() -> None:
    f = facts_of("A spokesperson for the tanker's Athens-based manager, Dynacom, said the Alba "
                 "left Novorossiysk. Its operator, Sovcomflot, declined to comment.")
    assert {"Dynacom", "Sovcomflot"} <= names(f, "Organization")
    # two words there may be a person's name; a state is a state
    g = facts_of("The tanker's owner, Oleg Petrov, declined to comment. Its registered owner, "
                 "Panama, said nothing.")
    assert names(g, "Person") == {"Oleg Petrov"} and not names(g, "Organization")


def test_ships_named_by_lifting_a_cargo_or_after_a_whose_aside() -> None:
    f = facts_of("Kpler data show the Sun Arrows lifted LNG at Sabetta in May. Tracking data showed "
                 "that the Andromeda Star, whose owner is unknown, left Primorsk on 3 May.")
    assert names(f, "Vessel") == {"Sun Arrows", "Andromeda Star"}
    # lifting a ban or sanctions is no ship's deed
    g = facts_of("The Kremlin lifted its ban on fuel exports. The Biden White House lifted "
                 "sanctions on Venezuelan oil.")
    assert not names(g, "Vessel")
    h = facts_of("The tanker Kestrel Bay called at Yeosu, while the Sea Wolf, whose captain "
                 "was ill, stayed at Busan.")
    assert "Sea Wolf" in names(h, "Vessel")


def test_a_former_name_of_the_ship_the_sentence_opens_with() -> None:
    f = facts_of("The tanker Nadia and the tanker Ruby Star met. We judge it likely that the Nadia "
                 "delivered its cargo to Yantai. The Ruby Star is probably the vessel formerly known "
                 "as Aqua Star.")
    by_name = {e.name: e for e in f.entities if e.type == "Vessel"}
    assert by_name["Ruby Star"].aliases == ["Aqua Star"] and not by_name["Nadia"].aliases


def test_persons_with_a_middle_initial_after_a_title() -> None:
    f = facts_of('"We will act," said Under Secretary Brian E. Nelson. Secretary of State Antony J. '
                 "Blinken agreed, and Minister of Defence Sergei Shoigu visited Pyongyang.")
    assert names(f, "Person") == {"Brian E. Nelson", "Antony J. Blinken", "Sergei Shoigu"}
    assert not names(f, "Port")  # (Nelson is a port in New Zealand; here a surname)


def test_ships_a_group_of_ships_included() -> None:
    f = facts_of("The sanctioned tankers included Kira, Lumo and Sea Wolf. The two ships seized were "
                 "the Ocean Jade and the Nordic Hope.")
    assert names(f, "Vessel") == {"Kira", "Lumo", "Sea Wolf", "Ocean Jade", "Nordic Hope"}
    g = facts_of("The tankers were Panama-flagged. The ships included Russian vessels.")
    assert not names(g, "Vessel")


def test_bodies_that_analysed_or_provided_the_sources() -> None:
    f = facts_of("Satellite images reviewed by TankerWatch show the tanker Arman at Baniyas. Image: "
                 "Maxar Technologies. The data were compiled by CSIS.")
    assert names(f, "Organization") == {"TankerWatch", "Maxar Technologies", "CSIS"}
    g = facts_of("The data were compiled by John Smith and reviewed by Tartus officials.")
    assert not names(g, "Organization")


def test_a_ship_s_description_after_its_former_name() -> None:
    for told in ("3. DORA (IMO 9077654), formerly known as SEA PEARL, a Cameroon-flagged tanker.",
                 "The DORA, formerly known as SEA PEARL, a Cameroon-flagged tanker, left Dongying."):
        f = facts_of(told)
        (ship,) = [e for e in f.entities if e.type == "Vessel"]
        assert (ship.name, ship.flag, ship.vessel_type, ship.aliases) == \
            ("DORA", "CMR", "tanker", ["SEA PEARL"]), told


def test_newspapers_are_organisations() -> None:
    f = facts_of("The tanker Nova docked at Jask, the Financial Times reported, and the Washington "
                 "Post agreed.")
    assert {"Financial Times", "Washington Post"} <= names(f, "Organization")
    assert not names(facts_of("The Times Square ferry left."), "Organization")


def test_a_person_named_by_a_given_name_who_speaks() -> None:
    f = facts_of("Maria Zakharova said Moscow would respond. Lars Lokke Rasmussen told reporters "
                 "the tanker Alba had left.")
    assert names(f, "Person") == {"Maria Zakharova", "Lars Lokke Rasmussen"}
    # a ship does not speak, nor is the subject of what was said its speaker
    g = facts_of("The Maria Star said nothing. Officials in Odesa said Sea Breeze Star denied it. "
                 "Victoria Nuland visited Kyiv.")
    assert not names(g, "Person")


def test_persons_designated_or_named_by_kin_and_trade() -> None:
    f = facts_of("OFAC today designated Mohammad Hossein Shamkhani, the son of a senior official. "
                 "Treasury also sanctioned Sa'id al-Jamal, a Houthi financier. The network is run by "
                 "Hossein Shamkhani, an Iranian businessman.")
    assert names(f, "Person") == {"Mohammad Hossein Shamkhani", "Sa'id al-Jamal", "Hossein Shamkhani"}
    # a ship's sister is a ship; a firm set after "by" stays a firm
    g = facts_of("The Anna Sokol, a sister ship of the Olga Sokol, docked at Izmir. The cargo was "
                 "bought by Sea Star Shipping, a Dubai firm.")
    assert not names(g, "Person") and "Anna Sokol" in names(g, "Vessel")


def test_armed_forces_and_state_energy_firms_are_organisations() -> None:
    f = facts_of("A Japan Maritime Self-Defense Force destroyer saw the tanker Wan Heng 11. The "
                 "Islamic Revolutionary Guard Corps seized the tanker Niovi. Mexico's Pemex sent fuel.")
    assert names(f, "Organization") == {"Japan Maritime Self-Defense Force",
                                        "Islamic Revolutionary Guard Corps", "Pemex"}
    g = facts_of("The tanker Sea Force docked at Tartus.")
    assert names(g, "Vessel") == {"Sea Force"} and not names(g, "Organization")


def test_a_body_named_in_full_and_by_its_short_form_is_one() -> None:
    f = facts_of("The UN said the tanker Kira left Nampo. The United Nations asked for an inquiry.")
    orgs = [e for e in f.entities if e.type == "Organization"]
    assert [(e.name, e.aliases, len(e.mentions)) for e in orgs] == [("United Nations", ["UN"], 2)]


def test_people_who_met_in_a_port_city_and_firms_there_name_the_city() -> None:
    f = facts_of("Erdogan met Russian President Vladimir Putin in Sochi. Shipping insurers in London "
                 "raised premiums for the tanker Kira.")
    assert {e.name: e.type for e in f.entities if e.name in ("Sochi", "London")} == \
        {"Sochi": "Place", "London": "Place"}
    g = facts_of("The tanker Kira met the tanker Lumo in Kalamata.")
    assert names(g, "Port") == {"Kalamata"}


def test_a_definite_name_doing_a_ships_deed_after_a_relative_clause() -> None:
    f = facts_of("The Pavel Korchagin, which is under British sanctions, was photographed at the "
                 "grain terminal in Sevastopol on May 12.")
    assert calls(f) == {("Pavel Korchagin", "Sevastopol")}
    # (what a body is seen as is no ship's deed, with or without the clause)
    for text in ("The Chronicle, which was founded in 1821, was seen as a voice of reform.",
                 "The Chronicle was seen as a voice of reform at Tartus."):
        assert names(facts_of(text), "Vessel") == set()


def test_a_figure_caption_shows_a_named_ship_at_a_port() -> None:
    f = facts_of("Figure 2: The Volga Tern at Rajin, 5 November 2023 (satellite image).\n"
                 "Image 3: Satellite image of the Ursa Minor moored in Tartus on 6 November 2023.")
    assert calls(f) == {("Volga Tern", "Rajin"), ("Ursa Minor", "Tartus")}
    # (a caption of a strait or a seat of government shows no ship)
    f = facts_of("Figure 4: The Bosphorus at Istanbul.\nFigure 5: The Kremlin in Moscow.")
    assert names(f, "Vessel") == set()


def test_a_ship_that_appears_to_have_done_something_did_it_likely() -> None:
    f = facts_of("The Volga Tern appears to have loaded containers at Rajin in May.")
    assert [(e.type, e.confidence) for e in f.events] == [("PortCall", "likely")]
    f = facts_of("The cargo ship Volga Tern was busy. It appears to have sailed to Rajin in May.")
    assert calls(f) == {("Volga Tern", "Rajin")}
    f = facts_of("The cargo ship Volga Tern was busy. It appears that the port of Rajin was shut.")
    assert calls(f) == set()


def test_a_states_long_name_after_a_ships_cue_is_no_ship() -> None:
    f = facts_of("The Panel investigated ship-to-ship transfers of refined petroleum products to "
                 "the Democratic People's Republic of Korea.")
    assert names(f, "Vessel") == set()
    f = facts_of("The Panel investigated ship-to-ship transfers of refined petroleum products to "
                 "the Chon Ma San in Korea Bay.")
    assert names(f, "Vessel") == {"Chon Ma San"}


def test_what_is_done_only_to_ships_told_in_the_passive() -> None:
    f = facts_of("The Kiwala, which claimed to be registered in Djibouti, was boarded near "
                 "Naissaar island on Friday.")
    assert names(f, "Vessel") == {"Kiwala"}
    f = facts_of("The Kiwala was detained near Naissaar island on Friday.")
    assert [e.type for e in f.events] == ["Detention"]
    # (a cleric detained is no ship)
    assert names(facts_of("The Reverend was detained by police in Tallinn."), "Vessel") == set()


def test_a_name_in_emphasis_opening_a_list_item_doing_what_ships_do(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(
        "---\ntitle: Key findings\ndate: 2024-10-10\n---\n\n"
        "- **Nova Crest** came from Kharg Island and discharged at Baniyas on 14 September.\n"
        "- **Lotus Bay** transferred her cargo to **Jasmine Star** off Egypt on 2 September.\n"
        "- **Rosneft Trading** said it had no comment.\n", encoding="utf-8")
    f = extract(read_document(tmp_path / "r.md"))
    assert names(f, "Vessel") == {"Nova Crest", "Lotus Bay", "Jasmine Star"}
    assert ("Nova Crest", "Baniyas") in calls(f)
    assert [e for e in f.events if e.type == "ShipToShipTransfer"]
    # in a text file the marks are read as quotes are, to the same end
    (tmp_path / "r.txt").write_text(
        "Key findings\n\n- **Nova Crest** came from Kharg Island and discharged at Baniyas.\n",
        encoding="utf-8")
    assert names(extract(read_document(tmp_path / "r.txt")), "Vessel") == {"Nova Crest"}


def test_an_html_name_in_bold_opening_a_list_item_doing_what_ships_do(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><head><title>Key findings</title><meta name=\"date\" content=\"2024-10-10\"></head>"
        "<body><h1>Key findings</h1><ul><li><b>Nova Crest</b> came from Kharg Island and "
        "discharged at Baniyas on 14 September.</li><li><b>Rosneft Trading</b> said it had no "
        "comment.</li></ul></body></html>", encoding="utf-8")
    f = extract(read_document(tmp_path / "p.html"))
    assert names(f, "Vessel") == {"Nova Crest"} and ("Nova Crest", "Baniyas") in calls(f)


@pytest.mark.parametrize("name", ["Nova 1", "Marlin 2", "Junior 5", "Decan 3", "Octavia 1", "Mayflower 2"])
def test_a_name_that_opens_like_a_month_and_ends_in_a_number_is_a_ship(name: str) -> None:
    f = facts_of(f"The tanker {name} docked at Piraeus.")
    assert names(f, "Vessel") == {name}


def test_a_day_after_a_ship_is_no_name() -> None:
    f = facts_of("The tanker Kira transferred its cargo to the Saam FSU, Aug 24.")
    assert names(f, "Vessel") == {"Kira", "Saam FSU"}


def test_the_index_of_events_by_sentence_follows_drops_and_appends() -> None:
    from shipgraph.extract.base import Analysis
    from shipgraph.extract.gazetteer import default_gazetteer
    from shipgraph.model import Document

    analysis = Analysis(Document(id="d", title="t", text="A. B. C."), default_gazetteer())
    first = {"type": "PortCall", "evidence": [(0, 2)]}
    second = {"type": "PortCall", "evidence": [(3, 5)]}
    analysis.events += [first, second]
    assert analysis.events_at(3) == [second]
    # one dropped and one appended: the list is as long as before, its index must not be stale
    third = {"type": "PortCall", "evidence": [(6, 8)]}
    analysis.events[:] = [first, third]
    assert analysis.events_at(3) == [] and analysis.events_at(6) == [third]


@pytest.mark.parametrize("text, firm", [
    ("The measures also target Litasco Middle East DMCC, a Dubai-based trader.", "Litasco Middle East DMCC"),
    ("The tanker is managed by SEA STAR SHIPPING CO LTD of Hong Kong.", "SEA STAR SHIPPING CO LTD"),
    ("Its manager is Black Sea Logistics BV, the registry shows.", "Black Sea Logistics BV"),
    ("The ship is owned by Ocean Glory Pte Ltd, a Singapore firm.", "Ocean Glory Pte Ltd"),
])
def test_firms_by_the_forms_of_company_law_abroad_and_in_capitals(text: str, firm: str) -> None:
    assert names(facts_of(text), "Organization") == {firm}


@pytest.mark.parametrize("told", ["passed southbound through the Bosphorus on October 3",
                                  "went through the Strait of Hormuz",
                                  "passed through the Suez Canal in May"])
def test_a_name_passing_a_strait_or_a_canal_is_a_ship(told: str) -> None:
    f = facts_of(f"The Kite Hollow IV {told} and was seen at Tartus on October 8.")
    assert names(f, "Vessel") == {"Kite Hollow IV"}
    assert calls(f) == {("Kite Hollow IV", "Tartus")}


@pytest.mark.parametrize("who", ["Mr Kite", "Mr. Kite", "Dr Kite"])
def test_a_person_passing_a_strait_is_no_ship(who: str) -> None:
    f = facts_of(f"{who} passed through the Bosphorus on March 3 and transited the Dardanelles.")
    assert names(f, "Vessel") == set()


@pytest.mark.parametrize("told", ["Satellite images show the Kite Hollow at Tartus on May 3.",
                                  "Imagery from May 3 shows KITE HOLLOW moored at Tartus.",
                                  "Photos taken on May 3 showed the Kite Hollow in the port of Tartus.",
                                  "The images, taken between December and early February, show the "
                                  "Kite Hollow loading containers at Rajin."])
def test_a_name_pictured_at_a_port_is_a_ship(told: str) -> None:
    f = facts_of(told)
    assert names(f, "Vessel") in ({"Kite Hollow"}, {"KITE HOLLOW"})
    assert len(calls(f)) == 1


@pytest.mark.parametrize("told", ["Images show President Putin in Moscow.",
                                  "Photos show the Kremlin at night.",
                                  "Photos show Sergei Lavrov at Tartus.",
                                  "The photos, taken in May, show Sergei Lavrov at Tartus."])
def test_people_and_buildings_pictured_are_no_ships(told: str) -> None:
    assert names(facts_of(told), "Vessel") == set()


def test_a_ship_told_by_the_name_it_used() -> None:
    # (the registry it claims is the flag it flies, false or not)
    f = facts_of("The vessel, which used the name Kite Hollow and claimed to be registered in the Comoros, "
                 "had been anchored off Bata for a week.", date="2024-10-02")
    assert [(e.name, e.flag) for e in f.entities if e.type == "Vessel"] == [("Kite Hollow", "COM")]
    assert names(facts_of("The company, which used the name Kite Hollow, went bust."), "Vessel") == set()
    f = facts_of("The tanker Kite Hollow is registered in the Comoros.")
    assert [e.flag for e in f.entities if e.type == "Vessel"] == ["COM"]
    # (or a name it calls itself by)
    for told in ("A ship calling itself Kite Hollow gave a false IMO number.",
                 "A vessel identifying itself as Kite Hollow docked at Jask."):
        assert names(facts_of(told), "Vessel") == {"Kite Hollow"}, told
    assert names(facts_of("The group calling itself Kite Front claimed the attack."), "Vessel") == set()


def test_two_names_that_met_and_passed_cargo_are_ships() -> None:
    for told in ("On 5 May the Kite Sun met the Lark Sun about 30 miles off Ceuta, where they transferred "
                 "fuel oil.", "The Kite Sun came alongside the Lark Sun off Lome and pumped diesel across."):
        assert names(facts_of(told), "Vessel") == {"Kite Sun", "Lark Sun"}, told
    # (people who met and exchanged something else are no ships)
    assert names(facts_of("President Lark met Chancellor Kite in Rome, where they exchanged gifts."),
                 "Vessel") == set()


def test_the_other_ships_of_a_count_named_in_dashes() -> None:
    f = facts_of("The first of five Iranian tankers carrying gasoline to Venezuela, the Grey Wren, docked at "
                 "El Palito on Monday. The other four - the Dusk Heron, the Kite Hollow, the Pale Finch and "
                 "the Stone Owl - are expected to arrive over the coming week.", date="2020-05-26")
    assert names(f, "Vessel") == {"Grey Wren", "Dusk Heron", "Kite Hollow", "Pale Finch", "Stone Owl"}
    assert calls(f) == {("Grey Wren", "El Palito")}
    # (a count of no ships names none)
    f = facts_of("Five options were on the table. The other four - the Grey Plan, the Blue Plan and the "
                 "Red Plan - were dropped.")
    assert names(f, "Vessel") == set()


def test_a_table_s_type_column_gives_each_ship_its_kind() -> None:
    f = facts_of("Loadings at Primorsk in the week to June 9:\n\n"
                 "| Vessel | Type | Flag | Port | Loaded |\n|---|---|---|---|---|\n"
                 "| Grey Wren | Aframax | Gabon | Primorsk | 3 June |\n"
                 "| Dusk Heron | Suezmax | Panama | Primorsk | 7 June |\n"
                 "| Kite Hollow | unknown | Panama | Primorsk | 8 June |\n", date="2024-06-10")
    assert {e.name: (e.vessel_type, e.flag) for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": ("aframax", "GAB"), "Dusk Heron": ("suezmax", "PAN"), "Kite Hollow": (None, "PAN")}


def test_a_ship_renamed_told_by_a_word_for_it_after_an_opening_clause() -> None:
    f = facts_of("The tanker Grey Wren (IMO 9321483) loaded at Jask in 2022. After it was designated in "
                 "April 2023, the ship was renamed Dusk Heron. The Dusk Heron called at Kozmino in May.")
    assert {e.name: e.former_names for e in f.entities if e.type == "Vessel"} == {"Dusk Heron": ["Grey Wren"]}
    # (not where two ships were named just before: which one is not told)
    g = facts_of("The tanker Grey Wren met the tanker Kite Hollow off Malta. Later the ship was renamed "
                 "Dusk Heron.")
    assert names(g, "Vessel") >= {"Grey Wren", "Kite Hollow"}
    assert all(not e.former_names for e in g.entities if e.type == "Vessel")
    # (a phrase that opens the sentence with no comma: "Under its new owners the vessel was ...")
    h = facts_of("The aframax Grey Wren has been sold. Under its new owners the vessel was renamed Dusk "
                 "Heron and reflagged to Gabon.")
    assert {e.name: (e.former_names, e.flag) for e in h.entities if e.type == "Vessel"} == {
        "Dusk Heron": (["Grey Wren"], "GAB")}


def test_the_name_told_as_the_ship_s_own_now_stays_its_name() -> None:
    f = facts_of("The tanker now called Grey Wren (IMO 9321483) has sailed under three names. As the Kite "
                 "Hollow, it carried fuel oil to Fujairah in 2021. In 2022 the ship was renamed Dusk Heron.")
    assert {e.name: e.former_names for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": ["Kite Hollow", "Dusk Heron"]}


def test_the_flag_of_a_list_all_sailing_under_it_and_the_flag_flown_now() -> None:
    f = facts_of("The tankers Grey Wren, Dusk Heron and Kite Hollow, all sailing under the flag of Palau, "
                 "left Jask in May.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {
        "Grey Wren": "PLW", "Dusk Heron": "PLW", "Kite Hollow": "PLW"}
    g = facts_of("The Gabon-flagged tanker Grey Wren loaded at Jask. It now flies the flag of Palau.")
    assert vessel(g, "Grey Wren").flag == "PLW"
    # (a flag told as flown before the one told first stays the first)
    h = facts_of("The Gabon-flagged tanker Grey Wren loaded at Jask. It flew the flag of Palau in 2019.")
    assert vessel(h, "Grey Wren").flag == "GAB"


def test_a_name_that_made_a_run_between_ports_is_a_ship() -> None:
    f = facts_of("The cargo ship Angara was observed at Rajin on 10 September. The Maria made a similar run "
                 "earlier in the month: it departed Rajin on 2 September and reached Dunai three days later.",
                 date="2023-09-24")
    assert calls(f) == {("Angara", "Rajin"), ("Maria", "Rajin"), ("Maria", "Dunai")}
    # (people make trips too)
    g = facts_of("The cargo ship Angara was observed at Rajin. The Minister made a similar trip to Moscow.")
    assert names(g, "Vessel") == {"Angara"}


def test_a_pronoun_after_a_name_not_known_as_a_ship_is_not_the_ship_before() -> None:
    f = facts_of("The cargo ship Angara was observed at Rajin on 10 September. The Aurora made the journey "
                 "too: it departed Rajin on 2 September.", date="2023-09-24")
    assert calls(f) == {("Angara", "Rajin")}
    assert [e.activity for e in f.events] == [None]
    # (a ship told by its name, opening the sentence, is still the one the pronoun stands for)
    g = facts_of("The cargo ship Angara was observed at Rajin. The Angara made the same voyage: it left "
                 "Rajin on 2 September.", date="2023-09-24")
    assert "departure" in {e.activity for e in g.events}


def test_a_bare_imo_number_in_brackets_after_the_name() -> None:
    f = facts_of("The Aframax Grey Wren (9417218) loaded Urals at Novorossiysk.")
    assert vessel(f, "Grey Wren").imo == "9417218"
    # (not a number whose check digit fails)
    g = facts_of("The Aframax Grey Wren (9417219) loaded Urals at Novorossiysk.")
    assert vessel(g, "Grey Wren").imo is None


@pytest.mark.parametrize("name", ["Shahr e Kord", "Bahr al Salam"])
def test_a_ship_s_name_with_a_persian_or_arabic_particle(name: str) -> None:
    f = facts_of(f"The cargo ship {name} docked at Port Sudan on 3 May.")
    assert names(f, "Vessel") == {name}


def test_a_name_ending_in_a_letter_closes_its_sentence() -> None:
    f = facts_of("Police boarded the oil tanker Eagle Q. The vessel was escorted to Porvoo.")
    assert names(f, "Vessel") == {"Eagle Q"}
    assert calls(f) == {("Eagle Q", "Porvoo")}
    # (an initial before a name does not close it)
    g = facts_of("The tanker Grey Wren is owned by J. Smith Shipping of Piraeus.")
    assert names(g, "Vessel") == {"Grey Wren"}


def test_an_opening_adverb_is_no_ship_s_name() -> None:
    f = facts_of("Elsewhere, the 2007-built Suezmax Grey Wren changed hands for $32m.")
    assert names(f, "Vessel") == {"Grey Wren"}


def test_a_ship_renamed_told_as_now_the_other_or_since_renamed() -> None:
    f = facts_of("The Suezmax Grey Wren, now the Wren, changed hands for $32m.")
    assert {e.name: e.former_names for e in f.entities if e.type == "Vessel"} == {"Wren": ["Grey Wren"]}
    g = facts_of("The Aframax Dusk Heron was sold last month. The ship was delivered to its new owners in "
                 "Fujairah last week and has since been renamed Heron I.", date="2024-11-05")
    assert {e.name: e.former_names for e in g.entities if e.type == "Vessel"} == {"Heron I": ["Dusk Heron"]}
    # (the ship itself handed over is no cargo delivered)
    assert [(e.type, e.activity) for e in g.events] == [("PortCall", None)]
    # (a description after "now the" is no name)
    h = facts_of("The Suezmax Grey Wren, now the largest tanker in the fleet, loaded at Jask.")
    assert names(h, "Vessel") == {"Grey Wren"}


def test_a_ship_identified_in_an_aside_after_its_kind() -> None:
    f = facts_of("Images show a cargo ship, identified by its markings as the Grey Wren, moored at Tartus.")
    assert calls(f) == {("Grey Wren", "Tartus")}


def test_a_name_told_under_repair_at_a_shipyard_is_a_ship() -> None:
    f = facts_of("The Angara, which carried the first shipments, has been under repair at a shipyard in "
                 "Zhoushan since February.", date="2024-08-08")
    assert calls(f) == {("Angara", "Zhoushan")}
    g = facts_of("The Minister was in Zhoushan since February.", date="2024-08-08")
    assert names(g, "Vessel") == set()


def test_flags_of_ships_told_together_with_which() -> None:
    for told in ("both of which fly the flag of Sierra Leone", "which both sail under the Sierra Leone flag",
                 "both of them registered in Sierra Leone"):
        f = facts_of(f"The tankers Grey Wren (IMO 9218234) and Dusk Heron, {told}, met off Fujairah.")
        assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == \
            {"Grey Wren": "SLE", "Dusk Heron": "SLE"}, told


def test_a_name_with_its_registry_in_brackets_doing_what_ships_do() -> None:
    f = facts_of("Tanker movements\n- Zircon Bay (Panama) arrived at Vadinar on 8 July.\n"
                 "- Dusk Heron (Cook Islands) departed Primorsk on 10 July.", date="2024-07-15")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == \
        {"Zircon Bay": "PAN", "Dusk Heron": "COK"}
    assert calls(f) == {("Zircon Bay", "Vadinar"), ("Dusk Heron", "Primorsk")}
    # (a capital in brackets is no registry; a person's party is no flag)
    g = facts_of("Ivan Petrov (Moscow) arrived at Vadinar on 8 July. Ivan Petrov (Russia) said the ship "
                 "left.", date="2024-07-15")
    assert names(g, "Vessel") == set()


def test_a_state_told_before_a_ship_s_kind_is_its_flag_where_none_is_stated() -> None:
    f = facts_of("The DPRK tanker \"Grey Wren\" met the North Korean cargo ship Dusk Heron off Nampo.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == \
        {"Grey Wren": "PRK", "Dusk Heron": "PRK"}
    # (a flag stated wins; an owner or a yard is no flag; a kind alone gives none)
    g = facts_of("The Iranian tanker Grey Wren, flagged in Panama, docked at Baniyas. The Greek-owned tanker "
                 "Dusk Heron and a Chinese-built tanker, the Kite Hollow, docked there too.")
    assert {e.name: e.flag for e in g.entities if e.type == "Vessel"} == \
        {"Grey Wren": "PAN", "Dusk Heron": None, "Kite Hollow": None}


def test_a_ship_s_home_port_is_a_port_and_a_firm_s_city_a_place() -> None:
    for told in ("The patrol ship Grey Wren was based in Sevastopol.",
                 "The patrol ship Grey Wren, based in Sevastopol, sank.",
                 "A Sevastopol-based frigate, the Grey Wren, fired missiles."):
        assert names(facts_of(told), "Port") == {"Sevastopol"}, told
    for told in ("A company based in Sevastopol owns the tanker Grey Wren.",
                 "A Sevastopol-based company owns the tanker Grey Wren."):
        f = facts_of(told)
        assert names(f, "Port") == set() and names(f, "Place") == {"Sevastopol"}, told


def test_a_navy_s_prefix_gives_its_ship_the_navy_s_flag() -> None:
    f = facts_of("The destroyer USS Grey Wren fired on a drone. HMS Dusk Heron and INS Kite Hollow were "
                 "nearby.")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == \
        {"Grey Wren": "USA", "Dusk Heron": "GBR", "INS Kite Hollow": None}
    # (a prefix two navies share gives none, nor one a merchant ship's name opens with)
    g = facts_of("The tanker RSS Grey Wren docked at Jurong.")
    assert [e.flag for e in g.entities if e.type == "Vessel"] == [None]


def test_a_second_ship_told_with_its_own_kind_after_and_the() -> None:
    f = facts_of("On 19 November the Suezmax Kite Hollow and the Aframax Sea Wren were observed lashed "
                 "together off Kythira. The Sea Wren later called at Mersin.")
    assert {e.name: e.vessel_type for e in f.entities if e.type == "Vessel"} == \
        {"Kite Hollow": "suezmax", "Sea Wren": "aframax"}
    assert "Aframax Sea" not in names(f, "Place")  # a ship's kind opens no sea's name
    assert names(facts_of("The ship crossed the Arabian Sea."), "Place") == {"Arabian Sea"}
    # ("the tanker X and the Kremlin": "the" after "and" opens a noun that is no ship)
    assert names(facts_of("The tanker Pale Heron and the Kremlin were named in the report."),
                 "Vessel") == {"Pale Heron"}


def test_a_name_damaged_by_an_explosion_is_a_ship() -> None:
    f = facts_of("The Grey Wren was damaged by an explosion at Savona on 15 February.")
    assert names(f, "Vessel") == {"Grey Wren"}
    assert names(facts_of("The Grey Wren suffered a blast off Libya in April."), "Vessel") == {"Grey Wren"}
    # (a paper that reported one, or a palace hit by a drone, is none)
    for told in ("The Guardian reported an explosion near Odesa.", "The Kremlin was hit by a drone."):
        assert names(facts_of(told), "Vessel") == set(), told


def test_a_port_city_before_a_word_for_a_firm_or_its_people_is_the_city() -> None:
    for told in ("Three tankers linked to the same Dubai manager loaded at Primorsk.",
                 "The Fujairah owner of the tanker Grey Wren declined to comment."):
        f = facts_of(told)
        assert "Dubai" not in names(f, "Port") and "Fujairah" not in names(f, "Port"), told
    assert names(facts_of("The tanker Grey Wren called at Dubai on Monday."), "Port") == {"Dubai"}


def test_a_name_before_a_type_word_in_an_aside_on_a_ship_is_its_operator() -> None:
    f = facts_of("Southbound on Wednesday was the Grey Wren, the Kestrelline freighter that runs between "
                 "Novorossiysk and Tartus.")
    assert names(f, "Vessel") == {"Grey Wren"}
    assert vessel(f, "Grey Wren").vessel_type == "freighter"
    # (a place before the comma opens no aside on a ship)
    g = facts_of("In Tartus, the Dusk Heron freighter unloaded trucks.")
    assert names(g, "Vessel") == {"Dusk Heron"}


def test_flags_and_kinds_told_in_asides_and_list_entries() -> None:
    f = facts_of("In the same month the tanker Grey Wren, also Russian-flagged, delivered fuel to Rajin.")
    assert vessel(f, "Grey Wren").flag == "RUS"
    g = facts_of("The following vessels were designated today:\n"
                 "GREY WREN (IMO 9308376), Gabon flag, crude oil tanker\n"
                 "DUSK HERON (IMO 9256078), product tanker, Cameroon flag\n")
    assert (vessel(g, "GREY WREN").flag, vessel(g, "GREY WREN").vessel_type) == ("GAB", "crude oil tanker")
    assert (vessel(g, "DUSK HERON").flag, vessel(g, "DUSK HERON").vessel_type) == ("CMR", "product tanker")


def test_a_name_in_apposition_to_a_states_own_ship() -> None:
    f = facts_of("Admiral Kuznetsov, Russia's only aircraft carrier, returned to Murmansk.")
    assert vessel(f, "Admiral Kuznetsov").vessel_type == "aircraft carrier"
    assert calls(f) == {("Admiral Kuznetsov", "Murmansk")}
    # (a state's minister or firm told so is no ship)
    assert names(facts_of("Ivan Petrov, Russia's deputy transport minister, visited Murmansk."),
                 "Vessel") == set()
    assert names(facts_of("Sovcomflot, Russia's largest shipping company, said its tankers were safe."),
                 "Vessel") == set()


def test_ships_listed_after_a_colon_where_the_port_they_were_at_is_told() -> None:
    f = facts_of("Imagery from 28 March shows two tankers moored side by side at Nampo's oil terminal: the "
                 "DPRK-flagged Grey Wren and the Dusk Heron.")
    assert names(f, "Vessel") == {"Grey Wren", "Dusk Heron"}
    assert calls(f) == {("Grey Wren", "Nampo"), ("Dusk Heron", "Nampo")}
    # (a list of ports is no list of ships)
    assert names(facts_of("Tankers called at three ports: Tartus, Baniyas and Latakia."), "Vessel") == set()
    assert names(facts_of("The tankers called at one terminal: Kozmino."), "Vessel") == set()


@pytest.mark.parametrize(("text", "flag"), [
    ("The tanker Grey Wren (IMO 9160994, Panama) loaded at Primorsk.", "PAN"),
    ("Grey Wren (IMO 9160994, Russia, built 2001) loaded at Primorsk.", "RUS"),
    ("Grey Wren (IMO: 9160994; MMSI 273456780, Hong Kong) loaded at Primorsk.", "HKG"),
    # (a name that opens on a state's is no flag, nor a firm's home told after its name)
    ("The tanker Grey Wren (IMO 9160994, Malta Star) loaded at Primorsk.", None),
    ("The tanker Grey Wren (IMO 9160994, owner: Sovcomflot, Russia) loaded at Primorsk.", None),
])
def test_a_flag_told_after_the_imo_number_in_brackets(text: str, flag: str | None) -> None:
    assert vessel(facts_of(text), "Grey Wren").flag == flag


def test_a_thread_entry_that_opens_on_a_ship_set_off_by_a_dash() -> None:
    f = facts_of("1/ Busy month at Tartus.\n\n2/ GREY WREN (IMO 9160994, Russia) southbound through the "
                 "Bosphorus Dec 3. Arrived Tartus Dec 8. Left empty Dec 10.\n\n3/ DUSK HERON - northbound "
                 "Dec 5 after a short stop at Tartus.", date="2024-12-20")
    assert names(f, "Vessel") == {"GREY WREN", "DUSK HERON"}
    assert vessel(f, "GREY WREN").flag == "RUS"
    assert calls(f) == {("GREY WREN", "Tartus"), ("DUSK HERON", "Tartus")}
    arrived = [e.date for e in f.events if e.type == "PortCall" and e.activity == "berthed"]
    assert arrived == ["2024-12-08"]
    # (a word set off that no time or port follows, or a name of one word not in capitals)
    assert names(facts_of("1. UPDATE - departed from the usual pattern.\n2. Kestrel - sailed from "
                          "Tartus."), "Vessel") == set()


def test_a_name_after_an_adjective_that_sizes_or_marks_a_ship() -> None:
    f = facts_of("The smaller Grey Wren shuttled fuel oil from the Cardon refinery to Havana in September.",
                 date="2024-10-03")
    assert names(f, "Vessel") == {"Grey Wren"}
    assert calls(f) == {("Grey Wren", "Punta Cardon"), ("Grey Wren", "Havana")}
    assert names(facts_of("The sanctioned Dusk Heron docked at Tartus in May."), "Vessel") == {"Dusk Heron"}


def test_ships_named_in_turn_after_they_were_counted() -> None:
    f = facts_of("Three cargo ships have docked at Port Sudan since December. The first, the Belize-flagged "
                 "Sparrow Hawk, arrived on Dec. 9. The second, Kestrel Bay, docked on Jan. 17. The third, "
                 "flagged in Russia and named Lark Song, left Port Sudan on Feb. 28.", date="2025-03-12")
    assert names(f, "Vessel") == {"Sparrow Hawk", "Kestrel Bay", "Lark Song"}
    assert (vessel(f, "Kestrel Bay").flag, vessel(f, "Lark Song").flag) == (None, "RUS")
    assert calls(f) == {(v, "Port Sudan") for v in ("Sparrow Hawk", "Kestrel Bay", "Lark Song")}
    # (people counted before are no ships)
    assert names(facts_of("Two men were arrested. The first, John Smith, was released."), "Vessel") == set()


def test_a_second_ship_of_a_plural_kind_after_an_aside_on_the_first() -> None:
    f = facts_of("The EU listed the tankers Grey Mallard, which carried Russian crude to India last year, "
                 "and Dusk Mallard.")
    assert names(f, "Vessel") == {"Grey Mallard", "Dusk Mallard"}
    # (a singular kind names one ship)
    g = facts_of("The tanker Grey Mallard, which carried crude, and Kite Hollow were named.")
    assert names(g, "Vessel") == {"Grey Mallard"}


def test_a_name_hit_off_a_coast_is_a_ship_and_the_one_told_of_next() -> None:
    f = facts_of("The Suezmax Grey Wren was damaged by a blast off Savona on Feb. 15. It had loaded at "
                 "Novorossiysk in January.\n\nThe Dusk Heron was hit near the Algerian coast in early "
                 "February. The ship had visited Ust-Luga in December.", date="2025-02-20")
    assert names(f, "Vessel") == {"Grey Wren", "Dusk Heron"}
    assert ("Dusk Heron", "Ust-Luga") in calls(f) and ("Grey Wren", "Ust-Luga") not in calls(f)
    assert names(facts_of("The Grand Hotel was hit near the coast by a storm."), "Vessel") == set()


def test_a_profile_that_opens_on_the_ship_s_name_alone() -> None:
    f = facts_of("DUSK ORIOLE\nIMO: 9338266\nFlag: Comoros (since March 2024; previously Liberia)\n\n"
                 "Recent activity:\n- 12 May 2024: Loaded at Primorsk\n- 2 June 2024: STS with WHITE "
                 "ORIOLE off Kalamata\n- 20 June 2024: Arrived at Port Said\n", date="2024-06-30")
    assert (vessel(f, "DUSK ORIOLE").imo, vessel(f, "DUSK ORIOLE").flag) == ("9338266", "COM")
    by_id = {e.id: e.name for e in f.entities}
    assert [frozenset(by_id[v] for v in e.vessels or []) for e in f.events
            if e.type == "ShipToShipTransfer"] == [frozenset({"DUSK ORIOLE", "WHITE ORIOLE"})]
    assert calls(f) == {("DUSK ORIOLE", "Primorsk"), ("DUSK ORIOLE", "Port Said")}
    # (a heading in capitals with no IMO line after it names no ship)
    assert names(facts_of("RECENT ACTIVITY\nThe port was busy.\n"), "Vessel") == set()


def test_an_imo_number_after_a_comma_and_an_mmsi_that_is_now() -> None:
    f = facts_of("The vessel, now called Sola Wren and flagged in Eswatini, carries the same IMO number, "
                 "9312042, and its MMSI is now 667001234.", date="2024-05-20")
    ship = vessel(f, "Sola Wren")
    assert (ship.imo, ship.mmsi, ship.flag) == ("9312042", "667001234", "SWZ")
    # (a number that fails its check is none)
    g = facts_of("The vessel, now called Sola Wren, carries the same IMO number, 9312043.")
    assert vessel(g, "Sola Wren").imo is None


def test_the_other_two_of_the_ships_counted_are_named_in_turn() -> None:
    f = facts_of("Between them, the three tankers made 14 calls at Tuapse and Taman in March. The other two, "
                 "the Don Wren and the Kama Wren, spent most of the month shuttling between Taman and "
                 "Aliaga.", date="2024-04-10")
    assert {"Don Wren", "Kama Wren"} <= names(f, "Vessel")
    # (not people counted)
    g = facts_of("Four men were arrested. The other two, John Smith and Ivan Petrov, were released.")
    assert names(g, "Vessel") == set()


def test_a_switch_from_one_flag_to_another_named_by_their_adjective_and_name() -> None:
    f = facts_of("The Nord Wren, which switched from the Maltese to the Comoros flag last year, loaded at "
                 "Primorsk.")
    assert vessel(f, "Nord Wren").flag == "COM"
    # (a move between ports is no flag)
    g = facts_of("The tanker Nord Wren moved from Tartus to the Novorossiysk naval base.")
    assert vessel(g, "Nord Wren").flag is None


@pytest.mark.parametrize("told", [
    "The crude carrier now called Nova Wren, flagged in Sierra Leone since March, was known until this year "
    "as Bright Wren and sailed under the Liberian flag.",
    "The crude carrier Nova Wren, flagged in Sierra Leone since March, previously sailed under the Liberian "
    "flag.",
])
def test_a_flag_flown_before_is_not_the_flag(told: str) -> None:
    f = facts_of(told, date="2024-08-02")
    assert vessel(f, "Nova Wren").flag == "SLE"
    # (a flag flown now is)
    g = facts_of("The crude carrier Nova Wren was known as Bright Wren until 2021 and now sails under the "
                 "Liberian flag.", date="2024-08-02")
    assert vessel(g, "Nova Wren").flag == "LBR"


def test_a_name_known_until_a_time_is_a_former_name() -> None:
    f = facts_of("The crude carrier Nova Wren, which was known until 2022 as Bright Wren, loaded at Jose.",
                 date="2024-08-02")
    assert vessel(f, "Nova Wren").former_names == ["Bright Wren"]


def test_a_name_found_to_have_done_what_ships_do() -> None:
    f = facts_of("The Panel also identified the Saebyol as having entered the port of Songnim on 21 November "
                 "2022. The vessel's AIS transponder had been switched off since it departed Dalian on 15 "
                 "November.", date="2023-03-15")
    assert names(f, "Vessel") == {"Saebyol"}
    assert calls(f) == {("Saebyol", "Songnim"), ("Saebyol", "Dalian")}
    # (a person found to have done something else is no ship)
    g = facts_of("The Panel identified the Kim Chol as having organised the shipments.", date="2023-03-15")
    assert names(g, "Vessel") == set()


def test_a_flag_named_by_a_state_s_short_name_that_is_its_port_s() -> None:
    f = facts_of("The Gabon-flagged Kari Wren and the Sao Tome-flagged Milos Wren were anchored off Johor.",
                 date="2024-07-26")
    assert vessel(f, "Milos Wren").flag == "STP"
    assert calls(facts_of("The tanker Milos Wren docked at Sao Tome in May.")) == {("Milos Wren", "Sao Tome")}


def test_names_joined_that_each_made_trips_between_ports_are_ships() -> None:
    f = facts_of("Since August the Lady Wren and the Angara have each made several trips between Rajin and "
                 "Dunai.", date="2024-01-10")
    assert names(f, "Vessel") == {"Lady Wren", "Angara"}
    assert names(facts_of("The Kremlin made several trips to Beijing."), "Vessel") == set()


def test_a_list_entry_s_flag_and_kind_after_a_colon() -> None:
    f = facts_of("- ANDROMEDA WREN (IMO 9402720): Gabon-flagged crude oil tanker; loaded at Primorsk in May "
                 "2024.\n- CELINE WREN (IMO 9310020): Cook Islands-flagged tanker; carried Russian crude "
                 "from Novorossiysk to Dortyol in October 2024.", date="2024-12-17")
    assert (vessel(f, "ANDROMEDA WREN").flag, vessel(f, "ANDROMEDA WREN").vessel_type) == ("GAB",
                                                                                         "crude oil tanker")
    assert vessel(f, "CELINE WREN").flag == "COK"


def test_a_new_name_told_first_before_a_word_for_the_ship() -> None:
    f = facts_of("The Aframax Minerva Wren was sold in March. Renamed Vera Wren and reflagged to Gabon, the "
                 "ship loaded Urals crude at Novorossiysk on April 9.", date="2024-04-15")
    assert names(f, "Vessel") == {"Vera Wren"}
    assert vessel(f, "Vera Wren").former_names == ["Minerva Wren"] and vessel(f, "Vera Wren").flag == "GAB"
    assert calls(f) == {("Vera Wren", "Novorossiysk")}


def test_a_name_others_tried_to_board_is_a_ship() -> None:
    f = facts_of("Estonia's navy tried to board the Jaguar Wren in May, but the tanker sailed on to "
                 "Primorsk.", date="2025-06-01")
    assert names(f, "Vessel") == {"Jaguar Wren"} and calls(f) == {("Jaguar Wren", "Primorsk")}
    assert names(facts_of("Officials tried to halt the Nord Stream in May.", date="2025-06-01"),
                 "Vessel") == set()


def test_a_state_the_title_names_tells_which_port_of_a_name_the_text_means() -> None:
    body = "The cargo ship Lattakia Wren docked at Tripoli on May 20 with barley."
    f = facts_of(body, date="2024-06-03", title="Lebanese court orders release of Syrian ship")
    assert {e.country for e in f.entities if e.type == "Port" and e.name == "Tripoli"} == {"LBN"}
    assert not [e for e in f.entities if e.type == "State" and e.name == "Lebanon"]  # no mention
    g = facts_of(body, date="2024-06-03", title="Court orders release of Syrian ship")
    assert {e.country for e in g.entities if e.type == "Port" and e.name == "Tripoli"} == {"LBY"}


def test_a_ship_told_again_by_the_last_words_of_its_name_is_that_ship() -> None:
    f = facts_of("The tanker Ocean Wren arrived at Matanzas on Monday.\n\nThe Wren had loaded the fuel at "
                 "Jose in late December.", date="2026-01-14")
    assert [e.name for e in f.entities if e.type == "Vessel"] == ["Ocean Wren"]
    assert ("Ocean Wren", "Jose") in calls(f)
    # (not where two ships end so, nor where the name has its own cue)
    g = facts_of("The tankers Ocean Wren and Sea Wren arrived at Matanzas on Monday. The Wren had loaded "
                 "at Jose in December. The tanker Lady Finch called at Havana. The tanker Finch loaded at "
                 "Jose.", date="2026-01-14")
    assert {e.name for e in g.entities if e.type == "Vessel"} >= {"Wren", "Finch", "Lady Finch"}


def test_then_named_gives_the_name_a_ship_had_at_the_time_told() -> None:
    f = facts_of("Iran's navy seized the tanker St Nikolas Wren on Thursday. The vessel, then named Suez "
                 "Wren, was seized by US authorities in 2023.", date="2024-01-12")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert ship.name == "St Nikolas Wren" and ship.former_names == ["Suez Wren"]
    assert not [e for e in f.entities if e.name == "Suez"]
    g = facts_of("The tanker Dusk Wren loaded at Basra, and then named its price.", date="2024-01-12")
    assert [e.former_names for e in g.entities if e.type == "Vessel"] == [[]]


def test_a_ship_the_title_names_by_part_of_its_name_is_the_ship_the_text_names() -> None:
    body = ("Dutch customs officers on Monday detained the general cargo ship Hope Wren at the port of "
            "Rotterdam. The vessel had arrived from St Petersburg on October 25.")
    f = facts_of(body, date="2024-10-30", title="Vessel named Hope detained in Rotterdam")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert ship.name == "Hope Wren" and "Hope" in ship.aliases
    # (not where the text names two ships so)
    g = facts_of(body + " The tanker Hope Star was also inspected.", date="2024-10-30",
                 title="Vessel named Hope detained in Rotterdam")
    assert {e.name for e in g.entities if e.type == "Vessel"} == {"Hope", "Hope Wren", "Hope Star"}


def test_a_ship_by_which_trips_were_made_in_the_passive() -> None:
    for told, ship in (("Similar runs were made by the Maia Wren in January.", "Maia Wren"),
                       ("Two voyages were also carried out by the Sparta Wren.", "Sparta Wren")):
        assert names(facts_of(told), "Vessel") == {ship}, told
    # what made them is a ship only where the text does not make it something else
    for told in ("Similar runs were made by the Russian navy in January.",
                 "Deliveries were made by the Ministry of Defence."):
        assert names(facts_of(told), "Vessel") == set(), told


def test_a_former_name_told_of_the_ship_named_last_even_when_named_again_since() -> None:
    f = facts_of("Satellite images show the cargo ships Sun Wren and Hae Lark moored at Chongjin. The "
                 "Sun Wren had turned off its transponder after leaving Vladivostok. It is unclear what "
                 "the Hae Lark was carrying. The ship was previously named Kang Lark.")
    assert vessel(f, "Hae Lark").former_names == ["Kang Lark"]
    assert vessel(f, "Sun Wren").former_names == []
    # with no name used again since, the ship named last before
    g = facts_of("Satellite images show the cargo ships Sun Wren and Hae Lark moored at Chongjin. The "
                 "Sun Wren had turned off its transponder. The ship was previously named Kang Lark.")
    assert vessel(g, "Sun Wren").former_names == ["Kang Lark"]


def test_a_bare_imo_number_in_brackets_then_an_apposition_with_flag_and_type() -> None:
    f = facts_of("OFAC designated SEA WREN (9329667), a Panama-flagged crude oil tanker.")
    ship = vessel(f, "SEA WREN")
    assert (ship.imo, ship.flag, ship.vessel_type) == ("9329667", "PAN", "crude oil tanker")
    # a number that fails the check digit is no IMO number, and names no ship by itself
    g = facts_of("Exports rose to SEA WREN (9329668), a Panama-flagged crude oil tanker.")
    assert all(e.imo is None for e in g.entities if e.type == "Vessel")


def test_a_ship_fixed_to_load_in_the_trade_s_words_is_a_ship_with_no_call_yet() -> None:
    f = facts_of("The Advantage Wren was fixed to load 100,000 tonnes at Primorsk on Feb 10 for "
                 "discharge in India, brokers said.")
    assert names(f, "Vessel") == {"Advantage Wren"}
    assert calls(f) == set()
    g = facts_of("The Vitol group was booked to carry the crude.")
    assert names(g, "Vessel") == set()


@pytest.mark.parametrize("kind", ["squid jigger", "longliner", "purse seiner", "trawler"])
def test_fishing_vessels_named_by_their_kind(kind: str) -> None:
    f = facts_of(f"The coast guard seized the Chinese-flagged {kind} Hai Wren 8 on Sunday.")
    ship = vessel(f, "Hai Wren 8")
    assert (ship.vessel_type, ship.flag) == (kind, "CHN")


def test_an_oil_grade_named_for_a_port_is_no_port_named() -> None:
    f = facts_of("The tanker Kite Wren loaded about 730,000 barrels of Varandey crude at Murmansk on "
                 "Oct. 3. The Kite Lark took on a cargo of Basrah Medium in March.", date="2024-11-14")
    assert names(f, "Port") == {"Murmansk"}
    assert calls(f) == {("Kite Wren", "Murmansk")}
    # the port itself, named before its terminal or its trade
    g = facts_of("The tanker Kite Wren loaded at the Kozmino crude terminal. Primorsk crude exports rose.")
    assert names(g, "Port") == {"Kozmino", "Primorsk"}
    assert calls(g) == {("Kite Wren", "Kozmino")}


def test_a_ship_told_first_of_ships_counted_by_an_ordinal_is_a_ship() -> None:
    f = facts_of("It is the second such vessel detained in German waters since November. The first, the "
                 "Eventa Wren, was released after its owners paid a fine.", date="2025-01-13")
    assert names(f, "Vessel") == {"Eventa Wren"}
    g = facts_of("It was the second time the minister visited Kiel. The first, the Baltic Forum, was held "
                 "in May.")
    assert names(g, "Vessel") == set()


def test_a_ship_told_by_its_type_with_the_name_it_had_and_the_one_it_has() -> None:
    f = facts_of("The 2004-built Aframax, formerly known as Perla Wren and now called Stella Lark, last "
                 "transmitted its position on 3 May.")
    ship = vessel(f, "Stella Lark")
    assert (ship.former_names, ship.vessel_type) == (["Perla Wren"], "aframax")
    assert names(f, "Vessel") == {"Stella Lark"}
    g = facts_of("The tanker, formerly Perla Wren and now named Stella Lark, went dark on 3 May.")
    assert vessel(g, "Stella Lark").former_names == ["Perla Wren"]
    # the name it had is the only one told: it names the ship
    h = facts_of("The 2004-built Aframax, formerly known as Perla Wren, went dark on 3 May.")
    assert names(h, "Vessel") == {"Perla Wren"}
    assert vessel(h, "Perla Wren").former_names == []
    # (not where "the vessel" is a ship named before)
    k = facts_of("The tanker St Wren was boarded on Thursday. The vessel, formerly named Suez Lark, "
                 "was seized in 2023.")
    assert names(k, "Vessel") == {"St Wren"}
    assert vessel(k, "St Wren").former_names == ["Suez Lark"]


def test_a_firm_named_as_the_subject_of_a_loading_is_no_ship() -> None:
    f = facts_of("The Caspian Pipeline Consortium loads at Novorossiysk. The tanker Caspian Wren loaded at "
                 "Novorossiysk.")
    assert names(f, "Vessel") == {"Caspian Wren"}


def test_a_name_that_took_a_load_from_a_ship_at_sea_is_a_ship() -> None:
    f = facts_of("The Chon Wren received refined petroleum from the Panama-flagged Sea Lark in a "
                 "ship-to-ship transfer off Shanghai on 3 May 2023, and delivered it to Nampo on 7 May.",
                 date="2024-03-01")
    assert names(f, "Vessel") == {"Chon Wren", "Sea Lark"}
    assert calls(f) == {("Chon Wren", "Nampo")}
    g = facts_of("The Islamic Revolutionary Guard Corps transferred oil to the tanker Sea Lark in a "
                 "ship-to-ship operation. The Wren Trading Company received oil from the tanker Sea Lark "
                 "in a ship-to-ship transfer.")
    assert names(g, "Vessel") == {"Sea Lark"}


def test_two_ports_of_one_name_each_told_with_its_state() -> None:
    f = facts_of("The tanker Sea Wren docked at the Libyan port of Tripoli. The tanker Sea Lark docked at "
                 "Tripoli, Lebanon.")
    ports = {e.id: e.country for e in f.entities if e.type == "Port"}
    ships = {e.id: e.name for e in f.entities if e.type == "Vessel"}
    assert {(ships[e.vessel or ""], ports[e.port or ""]) for e in f.events if e.type == "PortCall"} == {
        ("Sea Wren", "LBY"), ("Sea Lark", "LBN")}


def test_a_profile_s_type_field_is_the_ship_s_type() -> None:
    f = facts_of("The coast guard boarded the following vessel on 2 March:\n\nName: KIRA WREN\nIMO: 9256602\n"
                 "Flag: Comoros\nType: Crude oil tanker\nLast port: Ust-Luga\n")
    ship = vessel(f, "KIRA WREN")
    assert (ship.imo, ship.flag, ship.vessel_type) == ("9256602", "COM", "crude oil tanker")
    g = facts_of("The coast guard boarded the following vessel on 2 March:\n\nName: KIRA WREN\nIMO: 9256602\n"
                 "Type: unknown\n")
    assert vessel(g, "KIRA WREN").vessel_type is None


@pytest.mark.parametrize(("kind", "label"), [("2,500-TEU boxship", "boxship"), ("VLGC", "VLGC"),
                                             ("PCTC", "PCTC"), ("tugboat", "tugboat"),
                                             ("Newcastlemax", "newcastlemax")])
def test_more_kinds_of_ship_name_ships(kind: str, label: str) -> None:
    f = facts_of(f"The {kind} Hong Wren unloaded at Port Sudan.")
    assert vessel(f, "Hong Wren").vessel_type == label
    assert calls(f) == {("Hong Wren", "Port Sudan")}


def test_a_boxship_told_again_by_its_kind() -> None:
    f = facts_of("The 2,500-TEU boxship Hong Wren left Jeddah on 3 May. The boxship docked at Port Sudan two "
                 "days later.", date="2024-06-01")
    assert calls(f) == {("Hong Wren", "Jeddah"), ("Hong Wren", "Port Sudan")}


def test_a_port_told_after_its_state_s_name() -> None:
    f = facts_of("The cargo ship Sun Wren returned to China's Longkou port on Monday. It later sailed "
                 "to Russia's Gornyak port.")
    assert names(f, "Port") == {"Longkou", "Gornyak"}
    assert {e.name: e.country for e in f.entities if e.type == "Port"} == {"Longkou": "CHN",
                                                                          "Gornyak": "RUS"}


def test_a_profile_lists_the_names_a_ship_had() -> None:
    f = facts_of("Profile: the tanker Sky Lark\nName: Sky Lark\nIMO: 9233791\nPrevious names: Amber Wren "
                 "(2021), Nordic Wren (2019)\n\nThe Sky Lark loaded at Kozmino in July.")
    assert vessel(f, "Sky Lark").former_names == ["Amber Wren", "Nordic Wren"]
    assert names(f, "Vessel") == {"Sky Lark"}


def test_the_name_a_ship_had_when_a_deed_was_done() -> None:
    f = facts_of("The tanker St Wren was seized in retaliation for the confiscation of oil from the same "
                 "vessel in 2023, when it was named Suez Wren.")
    assert vessel(f, "St Wren").former_names == ["Suez Wren"]
    assert names(f, "Port") == set()


def test_registries_named_with_of_the_an_apostrophe_or_points() -> None:
    for told, flag in (("registered in Côte d'Ivoire", "CIV"),
                       ("registered in the Republic of the Congo", "COG"), ("registered in the U.S.", "USA"),
                       ("flying the flag of the Democratic Republic of the Congo,", "COD"),
                       ("registered in Panama and managed from Greece", "PAN")):
        f = facts_of(f"The tanker Grey Wren is {told} and called at Lome.")
        assert vessel(f, "Grey Wren").flag == flag, told


def test_a_name_that_brought_a_load_to_a_port_s_works_is_a_ship() -> None:
    f = facts_of("Earlier, in February, the Paya Wren brought catalysts to the Amuay refinery.",
                 date="2024-06-28")
    assert names(f, "Vessel") == {"Paya Wren"}
    assert calls(f) == {("Paya Wren", "Amuay")}
    for told in ("The Guardian brought the story to Washington.",
                 "The Foreign Office delivered a note to the port of Dover."):
        assert names(facts_of(told), "Vessel") == set(), told


def test_a_log_line_naming_a_ship_then_its_operator_s_kind_and_a_flag_before_a_name() -> None:
    f = facts_of("14 Feb: Sparta Wren, the Oboronlogistika cargo ship, passed northbound after a call at "
                 "Tartus.\n16 Feb: Syrian-flagged Lao Wren transited southbound.", date="2024-02-19")
    assert {e.name: e.flag for e in f.entities if e.type == "Vessel"} == {"Sparta Wren": None,
                                                                          "Lao Wren": "SYR"}
    assert calls(f) == {("Sparta Wren", "Tartus")}
    # (an operator told by its kind is no ship)
    assert names(facts_of("Investigators met Sovcomflot, the tanker company, in Moscow."), "Vessel") == set()


def test_a_name_that_dragged_its_anchor_is_a_ship() -> None:
    assert names(facts_of("The Eagle Wren dragged its anchor across the seabed."), "Vessel") == {"Eagle Wren"}
    assert names(facts_of("The Kremlin dragged its feet."), "Vessel") == set()


def test_a_ship_told_by_its_role_is_the_ship_of_that_role() -> None:
    f = facts_of("The Chinese research vessel Xiang Wren 10 spent two weeks surveying. The research ship "
                 "left Sanya on 20 September.", date="2024-10-10")
    assert calls(f) == {("Xiang Wren 10", "Sanya")}
    # (not a frigate or a tanker named before)
    g = facts_of("The frigate Kora Wren and the tanker Kora Lark left Tartus. The research ship later docked "
                 "at Sanya.", date="2024-10-10")
    assert calls(g) == {("Kora Wren", "Tartus"), ("Kora Lark", "Tartus")}


def test_a_body_that_says_after_ships_counted_is_no_ship() -> None:
    f = facts_of("Two tankers collided in the Singapore Strait early on Friday, the Maritime and Port "
                 "Authority of Singapore said.")
    assert names(f, "Vessel") == set()
    g = facts_of("Two tankers loaded at Kozmino on Friday, the Grey Wren and the Dusk Wren.")
    assert names(g, "Vessel") == {"Grey Wren", "Dusk Wren"}


def test_a_flag_switched_to_a_registry_whose_name_joins_words() -> None:
    f = facts_of("The Gambia-registered tanker Wren Banjul switched to the Sao Tome and Principe flag in "
                 "April.", date="2025-06-20")
    assert [(e.name, e.flag) for e in f.entities if e.type == "Vessel"] == [("Wren Banjul", "STP")]
    g = facts_of("The Gambia-registered tanker Wren Banjul sailed to the Sao Tome and Principe coast in "
                 "April.", date="2025-06-20")
    assert [(e.name, e.flag) for e in g.entities if e.type == "Vessel"] == [("Wren Banjul", "GMB")]


def test_persons_with_particles_and_a_role_for_a_body_before_the_name() -> None:
    f = facts_of("A spokesperson for the Public Prosecution Service, Anna de Vries, said an inquiry had "
                 "opened. Prosecutor Jan van der Berg said the tanker Wren Maas was detained.")
    assert {"Anna de Vries", "Jan van der Berg"} <= names(f, "Person")
    assert "Public Prosecution Service" in names(f, "Organization")
    # (a ship's name set after its kind is no person)
    g = facts_of("The owner of the tanker, Wren Maas, said nothing.")
    assert names(g, "Person") == set()


def test_a_project_or_a_coalition_is_an_organisation_not_an_ocean() -> None:
    f = facts_of("An investigation by the Outlaw Ocean Project found North Korean crew aboard, and the "
                 "Shadow Fleet Coalition said more ships were involved.")
    assert {"Outlaw Ocean Project", "Shadow Fleet Coalition"} <= names(f, "Organization")
    assert names(f, "Place") == set()


def test_a_name_after_an_aside_on_the_ship_s_kind_with_its_number() -> None:
    f = facts_of("The tanker, which bears IMO number 9187954 and sails as Wren Gabon, was reflagged from "
                 "Panama to Gabon in March.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.imo, ship.flag) == ("Wren Gabon", "9187954", "GAB")
    g = facts_of("The ship, registered in Sierra Leone since last year, is now named Wren Gabon.")
    assert names(g, "Vessel") == {"Wren Gabon"}
    # (a number told of the ship named before, where this sentence names none)
    h = facts_of("The tanker Lark Libreville loaded at Lome. The tanker, which bears IMO number 9187954, "
                 "then sailed to Sikka.")
    assert [e.imo for e in h.entities if e.type == "Vessel"] == ["9187954"]
    # (named in a statement: no name)
    k = facts_of("The tanker, seized in May, was named in a Treasury statement.")
    assert names(k, "Vessel") == set()


def test_a_name_sitting_low_in_the_water_is_a_ship_s() -> None:
    f = facts_of("Satellite images show the Wren Tabriz sitting low in the water at Kharg Island.")
    assert names(f, "Vessel") == {"Wren Tabriz"}
    assert calls(f) == {("Wren Tabriz", "Kharg Island")}
    g = facts_of("Satellite images show the Crimean Bridge sitting low over the water.")
    assert names(g, "Vessel") == set()


def test_a_name_with_what_body_it_is_set_after_it_is_an_organisation() -> None:
    f = facts_of("\"They keep sailing,\" said Claire Jungman, chief of staff at United Against Nuclear Iran, "
                 "an advocacy group that tracks tankers. Analysts at Ocean Sentinel, a maritime intelligence "
                 "firm, agreed.")
    assert {"United Against Nuclear Iran", "Ocean Sentinel"} <= names(f, "Organization")
    assert "Iran" not in names(f, "State")
    # (not a word that opens a clause, nor a person told by trade, nor a ship told by its kind)
    g = facts_of("However, a firm in Dubai denied it. John Smith, a broker in London, said so. The tanker "
                 "Lark Orion, a ship owned by a firm in Dubai, left.")
    assert names(g, "Organization") == set()
    assert names(g, "Vessel") == {"Lark Orion"}


def test_the_names_of_a_ship_told_by_its_kind_alone_name_it() -> None:
    f = facts_of("The tanker, which broadcasts MMSI 572469210, has used three names since 2021. It was "
                 "known as \"Wren Altair\" until March, when it was renamed \"Lark Vela\" and reflagged "
                 "from Panama to Tuvalu.", date="2024-10-30")
    ship = vessel(f, "Lark Vela")
    assert ship.flag == "TUV" and "Wren Altair" in ship.aliases
    assert names(f, "Vessel") == {"Lark Vela"}
    g = facts_of("The tanker was renamed Lark Vela in March.", date="2024-10-30")
    assert names(g, "Vessel") == {"Lark Vela"}
    # (not a firm renamed)
    h = facts_of("The company was renamed Vela Holdings in March.", date="2024-10-30")
    assert names(h, "Vessel") == set()


def test_a_name_that_may_have_done_what_ships_do_is_a_ship() -> None:
    f = facts_of("Officials said the Wren Sirocco may have unloaded at Latakia in May.", date="2024-06-20")
    assert names(f, "Vessel") == {"Wren Sirocco"}
    assert [(e.type, e.confidence) for e in f.events if e.type == "PortCall"] == [
        ("PortCall", "realistic possibility")]
    g = facts_of("Officials said the Minister may have left Beirut in May.", date="2024-06-20")
    assert names(g, "Vessel") == set()


def test_a_name_after_who_owns_it_that_does_what_ships_do_is_a_ship() -> None:
    f = facts_of("Greek-owned Wren Roach arrived at Constanta on 3 June.", date="2024-06-20")
    assert names(f, "Vessel") == {"Wren Roach"}
    assert calls(f) == {("Wren Roach", "Constanta")}
    g = facts_of("Greek-owned Aegean Shipping said it had sold the ship.", date="2024-06-20")
    assert names(g, "Vessel") == set()


def test_a_name_that_suffers_a_ship_s_mishap_is_a_ship() -> None:
    f = facts_of("Many of them sail without proper insurance; in January the Kite Sakhalin drifted for "
                 "hours off Denmark after an engine failure. The Danish Maritime Authority later inspected "
                 "the vessel at Skagen.", date="2024-04-17")
    assert names(f, "Vessel") == {"Kite Sakhalin"}
    assert "Sakhalin" not in names(f, "Place")
    assert calls(f) == {("Kite Sakhalin", "Skagen")}
    g = facts_of("The Lark Vaal ran aground near Kerch on Sunday.", date="2024-04-17")
    assert names(g, "Vessel") == {"Lark Vaal"}


def test_a_body_named_after_what_it_is_and_a_ship_renamed_as_an_object() -> None:
    f = facts_of("The complaint names a Hong Kong company, Silverline Energy Trading, as the buyer.")
    assert names(f, "Organization") == {"Silverline Energy Trading"}
    g = facts_of("It was bought by a trading company, Dubai, last year.")
    assert names(g, "Organization") == set()
    h = facts_of("The tanker Wren Altair was sold in May to a new owner, which renamed it the Lark Vela.")
    assert names(h, "Vessel") == {"Lark Vela"} and vessel(h, "Lark Vela").former_names == ["Wren Altair"]
    k = facts_of("The tanker Wren Altair was sold in May. Its new owner renamed the ship Lark Vela.")
    assert names(k, "Vessel") == {"Lark Vela"}
    # (two ships told before: which one took the name is not known)
    m = facts_of("The tanker Wren Altair and the tanker Kite Orb were sold in May. The buyer renamed the "
                 "ship Lark Vela.")
    assert {"Wren Altair", "Kite Orb"} <= names(m, "Vessel")


def test_a_name_a_ship_has_sailed_under_since_is_its_name_now() -> None:
    f = facts_of("The tanker Wren Altair was built in 2006. Since 2022 it has sailed as the Lark Vela.")
    assert names(f, "Vessel") == {"Lark Vela"} and vessel(f, "Lark Vela").former_names == ["Wren Altair"]
    # (a role it has sailed in is no name)
    g = facts_of("The tanker Wren Altair has sailed as a shuttle between Rajin and Vostochny.")
    assert names(g, "Vessel") == {"Wren Altair"}


def test_a_team_named_in_capitals_is_a_body() -> None:
    f = facts_of("An analysis of photographs by the Conflict Intelligence Team found the ship at Tartus.")
    assert names(f, "Organization") == {"Conflict Intelligence Team"}
    g = facts_of("The team said the ship had left Tartus.")
    assert names(g, "Organization") == set()


def test_a_ship_tracking_data_show_doing_a_deed_is_a_ship() -> None:
    f = facts_of("Ship-tracking data show the Lark Orion docking at Dunai on 3 May.")
    assert names(f, "Vessel") == {"Lark Orion"} and calls(f) == {("Lark Orion", "Dunai")}
    g = facts_of("Images show the Lark Orion leaving Tartus on 3 May.")
    assert calls(g) == {("Lark Orion", "Tartus")}
    # (what the data show that no ship does is none)
    h = facts_of("Tracking data show the Black Sea Fleet exercise ended on 3 May.")
    assert names(h, "Vessel") == set()


def test_a_month_s_abbreviation_after_its_day_ends_a_sentence() -> None:
    from shipgraph.extract.text import sentences

    text = ("It loaded at Primorsk on 24 Sept. It left on Sept. 26. The ship arrived on 3 Oct. "
            "Officials said so.")
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "It loaded at Primorsk on 24 Sept.", "It left on Sept. 26.", "The ship arrived on 3 Oct.",
        "Officials said so."]
    # (a day after the month keeps it in the sentence: "on Sept. 26 and 27 Sept. 2024")
    assert len(sentences("It left on 24 Sept. 2024 for Tartus.")) == 1


def test_who_owns_a_ship_told_after_its_flag_and_who_struck_it_are_no_ships(tmp_path: Path) -> None:
    f = facts_of("Rebels struck the M/V Verbena Lark, a Palau-flagged, Ukrainian-owned bulk carrier, in the "
                 "Gulf of Aden on Thursday.", date="2024-06-14")
    assert names(f, "Vessel") == {"Verbena Lark"}
    assert (vessel(f, "Verbena Lark").flag, vessel(f, "Verbena Lark").vessel_type) == ("PLW", "bulk carrier")
    g = facts_of("Rebels struck the Verbena Lark, a Palau-flagged Ukrainian-owned bulk carrier, on Thursday.")
    assert names(g, "Vessel") == {"Verbena Lark"}
    # (a ship that struck a mine is still a ship)
    h = facts_of("The Verbena Lark struck a mine off Odesa on Thursday.")
    assert names(h, "Vessel") == {"Verbena Lark"}
    path = tmp_path / "title.txt"
    path.write_text("Title: Houthis hit two ships in the Gulf of Aden\nDate: 2024-06-14\n\n"
                    "The ships were hit on Thursday.\n", encoding="utf-8")
    assert names(extract(read_document(path)), "Vessel") == set()


def test_a_name_after_a_fronted_phrase_whose_it_then_loads_is_a_ship() -> None:
    f = facts_of("In the Danish straits, the Amber Wake passed Skagen on January 16 without a pilot. It had "
                 "loaded at Ust-Luga around January 10, port agents said.", date="2025-01-17")
    assert vessel(f, "Amber Wake") is not None
    # (the phrase's own "the" names no ship: "the Danish straits")
    g = facts_of("In the Danish straits, the weather turned. It had loaded at Ust-Luga.", date="2025-01-17")
    assert [e.name for e in g.entities if e.type == "Vessel"] == []


def test_ships_named_after_their_kind_and_a_phrase_on_them() -> None:
    f = facts_of("Two other tankers in the same position, the Wren Ardent and the Lark Embers, have turned "
                 "around.", date="2025-02-14")
    assert vessel(f, "Wren Ardent") is not None and vessel(f, "Lark Embers") is not None
    # (not a phrase set after a word that names no ship)
    g = facts_of("A storm hit the coast in the night, the Foreign Ministry said.", date="2025-02-14")
    assert [e.name for e in g.entities if e.type == "Vessel"] == []


def test_the_name_a_ship_gives_itself() -> None:
    f = facts_of("A tanker with no valid flag has loitered in the Moray Firth for weeks. The vessel, which "
                 "identifies itself as the Nova Tern, left Murmansk in January.", date="2025-03-03")
    assert vessel(f, "Nova Tern") is not None
    # (not what a person calls himself)
    g = facts_of("The man, who calls himself the Captain, left the port.", date="2025-03-03")
    assert [e.name for e in g.entities if e.type == "Vessel"] == []


def test_who_owns_a_ship_is_no_name_of_it() -> None:
    f = facts_of("Among the ships was the Turkish-owned bulk carrier Lale Wren, which left Mariupol on May "
                 "22.", date="2023-06-27")
    assert [e.name for e in f.entities if e.type == "Vessel"] == ["Lale Wren"]


def test_a_ship_renamed_in_a_clause_after_and() -> None:
    f = facts_of("In July 2019, authorities in Gibraltar seized the tanker Grace Fen. The ship was released "
                 "in August, and it was renamed Adrian Fen.", date="2024-07-04")
    ship = vessel(f, "Adrian Fen")
    assert ship.former_names == ["Grace Fen"]


def test_a_name_in_capitals_with_its_number() -> None:
    f = facts_of("The Panamanian-flagged tanker KUM UN SAL NO. 3 called at Nampo on May 3.",
                 date="2024-06-01")
    assert vessel(f, "KUM UN SAL NO. 3") is not None


def test_a_firm_that_runs_a_ship_named_with_a_word_of_the_trade() -> None:
    for text in ("The tanker is managed by Athens-based Meridian Tankers.",
                 "Its owner, Meridian Tankers, declined to comment.",
                 "Greek owner Meridian Tankers said it complied with the price cap."):
        assert "Meridian Tankers" in names(facts_of(text), "Organization"), text
    # (a state's word and the trade's: whose they are, not a name)
    assert names(facts_of("The ship is owned by Greek Tankers and others."), "Organization") == set()


def test_a_ship_an_image_showed_is_named_by_its_look() -> None:
    f = facts_of("Imagery from May 3 shows a tanker at Nampo. Its hull markings match those of the "
                 "Chon Ma San.")
    assert "Chon Ma San" in names(f, "Vessel")
    assert names(facts_of("Its colours match those of the Chelsea football club."), "Vessel") == set()


def test_a_name_in_guillemets_after_its_kind_and_flag() -> None:
    f = facts_of("The dry cargo vessel under the flag of Sierra Leone «Sea Kestrel» (IMO 9101780) "
                 "entered the port of Kavkaz on 2 July.", date="2024-07-10")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.flag, ship.vessel_type) == ("Sea Kestrel", "SLE", "dry cargo vessel")


def test_a_port_city_named_for_a_firm_there_is_a_place() -> None:
    f = facts_of("The Council also listed the Mumbai-registered Avantika Shipping, which manages "
                 "several of the vessels. The tanker Sea Kestrel is managed from Dubai.")
    assert names(f, "Port") == set()
    assert {"Mumbai", "Dubai"} <= names(f, "Place")
    g = facts_of("The tanker Eagle Kestrel, managed by Dubai-based Silverline Ship Management, then "
                 "sailed east.")
    assert names(g, "Port") == set() and "Dubai" in names(g, "Place")
    # (a ship's home port stays a port)
    h = facts_of("A Sevastopol-based frigate, the Admiral Kestrel, left port.")
    assert names(h, "Port") == {"Sevastopol"}


def test_a_name_a_ship_had_until_a_time() -> None:
    f = facts_of("The tanker now called Nika Kestrel, which flies the Panamanian flag, was until last "
                 "year the Ocean Kestrel, registered in Liberia.")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.aliases, ship.flag) == ("Nika Kestrel", ["Ocean Kestrel"], "PAN")
    # (not a name of something else it was: "was until 2019 the largest tanker")
    g = facts_of("The tanker Nika Kestrel was until 2019 the largest tanker in the fleet.")
    assert [e.aliases for e in g.entities if e.type == "Vessel"] in ([None], [[]])


def test_a_name_that_puts_in_bunkers_or_stops_at_a_port_is_a_ship() -> None:
    for text in ("The Kite Aurora put in at Piraeus for repairs on May 3.",
                 "The Kite Aurora bunkered at Gibraltar on May 3 before heading east.",
                 "The Kite Aurora made a brief stop at Ceuta on May 3."):
        assert names(facts_of(text, date="2024-05-20"), "Vessel") == {"Kite Aurora"}, text
    # (not those who travel on state business or relief)
    for text in ("The Prime Minister arrived at Ceuta on May 3.",
                 "The Foreign Minister left Ceuta on May 3.",
                 "The Red Cross made a brief stop at Ceuta on May 3.",
                 "The Secretary-General arrived in Odesa on May 3.", "The Emir left Doha on May 3."):
        assert names(facts_of(text, date="2024-05-20"), "Vessel") == set(), text


def test_names_a_ship_had_in_turn_each_until_a_time() -> None:
    f = facts_of("The tanker now sailing as Nova Kestrel (IMO 9249788) has changed its name three times "
                 "since 2022: it was Ocean Kestrel until March 2022, then Blue Kestrel until January 2023, "
                 "and then Sapphire Kestrel. Under the name Blue Kestrel it carried Venezuelan fuel oil to "
                 "Syria's Baniyas in 2022.", date="2024-01-25")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.former_names) == (
        "Nova Kestrel", ["Ocean Kestrel", "Blue Kestrel", "Sapphire Kestrel"])
    assert [(e.vessel, e.type) for e in f.events if e.type == "Transfer"] == [(ship.id, "Transfer")]
    # (a place it was at until a time is no name)
    g = facts_of("The tanker Nova Kestrel was anchored off Malta for a week; it was at Tartus until March.")
    assert [e.former_names for e in g.entities if e.type == "Vessel"] in ([None], [[]])


def test_ships_named_after_a_count_of_vessels_involved() -> None:
    f = facts_of("Lloyd's List Intelligence has identified at least four vessels involved, including the "
                 "Lady Kestrel and the Angara Kestrel.")
    assert names(f, "Vessel") == {"Lady Kestrel", "Angara Kestrel"}
    # (not other things named after ships counted)
    g = facts_of("At least four vessels involved were owned by firms including the Kestrel Group and "
                 "Angara Holdings.")
    assert names(g, "Vessel") == set()


def test_persons_with_a_short_given_name_or_a_role_opening_the_sentence() -> None:
    f = facts_of("Li Wei, chief executive of Ocean Link Shipping, declined to comment. Shipowner Ahmed "
                 "Al-Mansoori denied wrongdoing.")
    assert names(f, "Person") == {"Li Wei", "Ahmed Al-Mansoori"}
    assert "Ocean Link Shipping" in names(f, "Organization")
    # (a word of two letters opening a sentence is no given name; a firm after "Broker" is a firm)
    g = facts_of("In Tartus, officials said the tanker Grey Kestrel had left. Broker Clarksons said rates "
                 "fell.")
    assert names(g, "Person") == set() and "Clarksons" in names(g, "Organization")


def test_a_flag_told_after_the_kind_of_a_ship_named_next() -> None:
    f = facts_of("Analysts found a very large crude carrier that has changed registries twice and now sails "
                 "under the flag of Eswatini. The vessel, currently named Amber Wren, was known as Sea Wren.")
    assert vessel(f, "Amber Wren").flag == "SWZ"
    # (not a flag it flew before)
    g = facts_of("Analysts found a tanker that once sailed under the flag of Panama. The vessel, named Amber "
                 "Wren, called at Lome.")
    assert vessel(g, "Amber Wren").flag is None


def test_two_of_the_ships_that_did_a_deed_named_in_apposition() -> None:
    f = facts_of("Two of the tankers that loaded in May, the Coral Wren and the Dusk Wren, were sanctioned "
                 "on June 3.", date="2024-07-01")
    assert names(f, "Vessel") == {"Coral Wren", "Dusk Wren"}
    # (not two of the ports or the people that did a deed)
    g = facts_of("Two of the ports that handled the trade, the Nakhodka and the Vanino, were named. Two of "
                 "the analysts that wrote it, the Brown and the Green, disagreed.")
    assert names(g, "Vessel") == set()


def test_a_body_known_by_name_doing_what_ships_do_is_no_ship() -> None:
    f = facts_of("It was the second attack on a merchant ship in two days. On Wednesday, the Houthis "
                 "attacked the Tutor Wren, a Greek-owned coal carrier, off the Red Sea port of Hodeidah.",
                 title="Houthis hit ship in Gulf of Aden", date="2024-06-14")
    assert names(f, "Vessel") == {"Tutor Wren"}


def test_list_items_opening_on_a_name_before_a_deed_only_ships_do() -> None:
    f = facts_of("Our weekly roundup of deceptive shipping practices.\n"
                 "• Pale Wren: conducted a ship-to-ship transfer with the Viola Wren off Lomé on June 21.\n"
                 "• Ruby Wren: spoofed its position near Kharg Island for five days.",
                 date="2025-06-27")
    assert {"Pale Wren", "Ruby Wren", "Viola Wren"} <= names(f, "Vessel")
    assert [sorted(e.vessels or []) for e in f.events if e.type == "ShipToShipTransfer"] == [
        sorted(e.id for e in f.entities if e.name in ("Pale Wren", "Viola Wren"))]
    # (not a line opening on a person's name)
    g = facts_of("Who said what:\n• Maria Lopez: conducted a survey of shipowners in May.")
    assert names(g, "Vessel") == set()


def test_a_ship_that_now_trades_as_another_name() -> None:
    f = facts_of("Another, the 2004-built Ionian Wren, was sold by Stavros Holdings for about $29m and now "
                 "trades as Wren One under the Cook Islands flag.", date="2024-04-18")
    ship = vessel(f, "Wren One")
    assert (ship.flag, "Ionian Wren" in ship.aliases) == ("COK", True)


def test_a_ship_under_a_false_name_told_as_what_it_really_was() -> None:
    f = facts_of("One vessel, broadcasting the name Sea Wren 3, was photographed at Longkou port in April. "
                 "Its hull markings showed that it was in fact the Ka Wren, a North Korean ship under UN "
                 "sanctions. A second ship, which called itself Dong Wren, unloaded coal at Lianyungang on "
                 "May 3.", date="2024-05-22")
    assert names(f, "Vessel") == {"Ka Wren", "Dong Wren"}
    assert "Sea Wren 3" in vessel(f, "Ka Wren").aliases
    assert calls(f) == {("Ka Wren", "Longkou"), ("Dong Wren", "Lianyungang")}
    # (two ships told apart are not one)
    g = facts_of("The tanker Sea Wren called at Longkou in April. The tanker Ka Wren, in fact the larger "
                 "of the two, stayed at Nampo.", date="2024-05-22")
    assert names(g, "Vessel") == {"Sea Wren", "Ka Wren"}


def test_a_second_pair_of_ships_named() -> None:
    f = facts_of("Transfers of Russian oil resumed after winds had forced vessels to shelter. The tanker "
                 "Pelops Wren began receiving crude from the Mani Wren on Sunday. A second pair, the "
                 "Gytheio Wren and the Elafonisos Wren, was waiting nearby.", date="2024-02-27")
    assert {"Gytheio Wren", "Elafonisos Wren"} <= names(f, "Vessel")
    assert "Gytheio" not in names(f, "Port")


def test_a_city_a_person_is_from_is_no_port() -> None:
    f = facts_of("A businessman from Vladivostok who owns the tanker Baltic Wren declined to comment.")
    assert "Vladivostok" not in names(f, "Port") and "Vladivostok" in names(f, "Place")
    g = facts_of("The tanker Baltic Wren sailed from Vladivostok in May.")
    assert "Vladivostok" in names(g, "Port")


def test_names_a_ship_had_told_by_a_deed_under_it() -> None:
    f = facts_of("The tanker Kira Wren is a 2003-built Aframax. In 2022 it carried Venezuelan crude to "
                 "Malaysia under the name Ocean Wren.", date="2025-01-15")
    assert names(f, "Vessel") == {"Kira Wren"} and "Ocean Wren" in vessel(f, "Kira Wren").aliases
    # (a name it has sailed under since a time is the name it has now)
    g = facts_of("The tanker Kira Wren has sailed under the name Ocean Wren since 2023.", date="2025-01-15")
    assert names(g, "Vessel") == {"Ocean Wren"} and "Kira Wren" in vessel(g, "Ocean Wren").aliases


def test_a_flag_flown_now_after_one_told_as_former_in_an_aside() -> None:
    f = facts_of("The tanker Kite Wren, formerly Panama-flagged, now flies the flag of Sierra Leone.")
    assert vessel(f, "Kite Wren").flag == "SLE"
    # (a firm's seat told in an aside is no ship's flag)
    g = facts_of("Kestrel Ltd, registered in Malta, owns the tanker Kite Wren.")
    assert vessel(g, "Kite Wren").flag is None


def test_a_flag_swapped_for_that_of_another_state_is_the_new_one() -> None:
    f = facts_of("The Aframax Dun Osprey has swapped its Gabon flag for that of Cameroon.")
    assert vessel(f, "Dun Osprey").flag == "CMR"
    g = facts_of("The Aframax Dun Osprey swapped its Gabon flag for the flag of the Cook Islands in May.")
    assert vessel(g, "Dun Osprey").flag == "COK"


def test_a_name_ending_in_bay_that_visited_a_port_is_a_ship() -> None:
    f = facts_of("It was the fourth time this year that the Lumen Bay had visited the Greek port of "
                 "Kalamata.", date="2023-12-04")
    assert "Lumen Bay" in names(f, "Vessel") and "Lumen Bay" not in names(f, "Place")
    assert ("Lumen Bay", "Kalamata") in calls(f)
    # (an official who visited a port is none)
    g = facts_of("The Minister visited the port of Odesa on Monday.")
    assert names(g, "Vessel") == set()


def test_the_flag_a_title_tells_of_the_one_ship_the_opening_names() -> None:
    body = ("For most of 2024, the tanker Lumen Osprey appeared to be idling off Cyprus. In reality, it "
            "was making runs to Baniyas.")
    f = facts_of(body, title="How a Cameroon-flagged tanker hid its trips to Syria")
    assert vessel(f, "Lumen Osprey").flag == "CMR"
    # (not where the opening names two ships, nor a ship of another kind)
    g = facts_of(body.replace("the tanker Lumen Osprey", "the tankers Lumen Osprey and Dun Osprey"),
                 title="How a Cameroon-flagged tanker hid its trips to Syria")
    assert vessel(g, "Lumen Osprey").flag is None
    h = facts_of(body, title="How a Cameroon-flagged bulk carrier hid its trips to Syria")
    assert vessel(h, "Lumen Osprey").flag is None


def test_a_name_told_of_by_she_doing_what_ships_do_is_a_ship() -> None:
    f = facts_of("The Sea Osprey is 21 years old, older than most tankers still trading. Last month she "
                 "loaded 100,000 tonnes of Urals at Primorsk.", date="2024-02-27")
    assert "Sea Osprey" in names(f, "Vessel") and ("Sea Osprey", "Primorsk") in calls(f)
    # (not a person told of by "she" doing something else, nor a name before another)
    g = facts_of("The Duchess Osprey was 81 years old. Last month she opened a school in Primorsk.")
    assert names(g, "Vessel") == set()
    h = facts_of("The Duchess Osprey is a well-known broker. The tanker Dun Osprey she chartered loaded "
                 "crude at Primorsk.")
    assert "Duchess Osprey" not in names(h, "Vessel")


def test_a_name_that_made_trips_with_cargo_is_a_ship() -> None:
    f = facts_of("The Dawn Osprey, built in 2003, has made similar trips, most recently delivering Russian "
                 "fuel oil to Fujairah in January.", date="2024-02-27")
    assert "Dawn Osprey" in names(f, "Vessel")
    assert names(facts_of("The Manager made trips abroad."), "Vessel") == set()


def test_an_identifier_that_opens_a_sentence_is_the_ship_s_named_after_it() -> None:
    f = facts_of("The tanker Sea Osprey called at Tartus. MMSI 273345670, the tanker Dun Osprey, called at "
                 "Tartus on 3 May.")
    assert vessel(f, "Dun Osprey").mmsi == "273345670" and vessel(f, "Sea Osprey").mmsi is None
    g = facts_of("IMO 9247869 - the tanker Dun Osprey - loaded at Primorsk.")
    assert vessel(g, "Dun Osprey").imo == "9247869"


def test_a_ship_set_apart_by_a_cleft() -> None:
    f = facts_of("It was the Lynx Osprey that delivered the wheat to Latakia on 3 May.")
    assert "Lynx Osprey" in names(f, "Vessel") and calls(f) == {("Lynx Osprey", "Latakia")}
    g = facts_of("It was the Prime Minister that delivered the speech in Latakia on 3 May.")
    assert names(g, "Vessel") == set()


def test_a_list_line_told_in_the_present_opens_on_a_ship() -> None:
    f = facts_of("- Lynx Osprey leaves Sevastopol with grain on 2 May.\n- Mink Osprey loads wheat at Kavkaz "
                 "on 4 May.", date="2024-06-15")
    assert names(f, "Vessel") == {"Lynx Osprey", "Mink Osprey"}
    assert calls(f) == {("Lynx Osprey", "Sevastopol"), ("Mink Osprey", "Kavkaz")}
    # (not a person's line)
    assert names(facts_of("- Sergei Ivanov leaves Moscow on 3 May."), "Vessel") == set()


def test_the_names_a_ship_has_had_including_some_are_former_names() -> None:
    f = facts_of("The tanker Kite Hollow has had several names, including Sea Lark, Dusk Heron and Mira.")
    assert vessel(f, "Kite Hollow").former_names == ["Sea Lark", "Dusk Heron", "Mira"]
    g = facts_of("The tanker Kite Hollow has sailed under at least four names, among them Sea Lark.")
    assert vessel(g, "Kite Hollow").former_names == ["Sea Lark"]
    # (not the owners it has had)
    h = facts_of("The tanker Kite Hollow has had many owners, including Sea Lark Ltd.")
    assert not vessel(h, "Kite Hollow").former_names


def test_flags_switched_in_turn_leave_the_last() -> None:
    f = facts_of("The tanker Kite Hollow has switched flags from Liberia to Panama, then to Cameroon "
                 "and most recently to Sierra Leone.")
    assert vessel(f, "Kite Hollow").flag == "SLE"
    g = facts_of("The tanker Kite Hollow changed its flag from Panama to Gabon in 2022.")
    assert vessel(g, "Kite Hollow").flag == "GAB"
    # (told after the names it sailed as, the ship's: not those of a firm told by name)
    h = facts_of("The Suezmax now called Kite Hollow was built in 2004. Since 2019 she has sailed as "
                 "Sea Lark and Mira, switching flags from Liberia to Togo.")
    assert vessel(h, "Kite Hollow").flag == "TGO"
    k = facts_of("The tanker Kite Hollow is owned by Lark Ltd, registered in Malta.")
    assert vessel(k, "Kite Hollow").flag is None


def test_a_name_told_as_what_the_unnamed_ship_before_is_now_called() -> None:
    f = facts_of("For three weeks a rusting tanker has sat at anchor off the Kent coast. The Jaguar, as it "
                 "is now called, was sanctioned by Britain in June.", date="2024-07-19")
    assert names(f, "Vessel") == {"Jaguar"}
    g = facts_of("The Jaguar, as the ship is now known, was sanctioned by Britain in June.",
                 date="2024-07-19")
    assert names(g, "Vessel") == {"Jaguar"}
    # (not after a sentence on no ship: a firm, a car may be called so)
    h = facts_of("The firm was founded in 1990. The Jaguar, as it is now called, was sanctioned by Britain "
                 "in June.", date="2024-07-19")
    assert names(h, "Vessel") == set()


def test_a_list_after_a_colon_that_counts_the_ships_told_just_before() -> None:
    f = facts_of("Russia has relied on a handful of roll-on/roll-off vessels to move equipment. Our research "
                 "identifies three: the Lauga Wren, the Baltic Wren and the Sea Wren.")
    assert names(f, "Vessel") == {"Lauga Wren", "Baltic Wren", "Sea Wren"}
    g = facts_of("Russia has relied on a handful of vessels. We identified three of them: the Lauga Wren, "
                 "the Baltic Wren and the Sea Wren.")
    assert names(g, "Vessel") == {"Lauga Wren", "Baltic Wren", "Sea Wren"}
    # (not where no ships were told of, nor a list of ports)
    h = facts_of("The firm has many clients. We identified three: the Lauga Wren, the Baltic Wren and the "
                 "Sea Wren.")
    assert names(h, "Vessel") == set()
    k = facts_of("Russia has relied on a handful of vessels to move equipment to ports. We identified three: "
                 "Ust-Luga, Baltiysk and Kaliningrad.")
    assert names(k, "Vessel") == set()


def test_a_call_sign_in_brackets_after_a_name_cues_a_ship_and_is_no_name() -> None:
    f = facts_of("The 'Sea Wren' (call sign 9LY2345, MMSI 667001234) left Tartus on May 3.")
    assert names(f, "Vessel") == {"Sea Wren"}
    assert (vessel(f, "Sea Wren").call_sign, vessel(f, "Sea Wren").mmsi) == ("9LY2345", "667001234")
    g = facts_of("Sea Wren (call sign 9LY2345) left Tartus on May 3.")
    assert names(g, "Vessel") == {"Sea Wren"}


def test_a_flag_s_last_word_is_no_name_nor_an_aside_on_the_flag_a_break() -> None:
    f = facts_of("A vessel under the flag of Sierra Leone, the Sea Wren, left Tartus on May 3.")
    assert names(f, "Vessel") == {"Sea Wren"}
    g = facts_of("The vessel flying the flag of Panama, named Sea Wren, left Tartus on May 3.")
    assert names(g, "Vessel") == {"Sea Wren"} and vessel(g, "Sea Wren").flag == "PAN"
    # (a name in quotes right after the flag, as translated reporting sets it)
    h = facts_of("The dry cargo vessel under the flag of Sierra Leone «Sea Lion» left Tartus on May 3.")
    assert names(h, "Vessel") == {"Sea Lion"} and vessel(h, "Sea Lion").flag == "SLE"


def test_a_body_named_by_two_fields_of_government_joined() -> None:
    f = facts_of("The ship was handed over to the Asset Recovery and Management Agency on Monday.")
    assert names(f, "Organization") >= {"Asset Recovery and Management Agency"}
    g = facts_of("Iran's Ports and Maritime Organization said the tanker Kite Dawn docked at Bandar Abbas.")
    assert "Ports and Maritime Organization" in names(g, "Organization")
    # (not two bodies named side by side)
    h = facts_of("Reuters and Kpler Analytics said the tanker Kite Dawn docked at Kotka.")
    assert {"Reuters", "Kpler Analytics"} <= names(h, "Organization")
    assert not any(" and " in n for n in names(h, "Organization"))


def test_a_body_and_the_short_form_of_its_name_in_its_own_language_are_one() -> None:
    f = facts_of("The Security Service of Ukraine said on Monday that the SBU had seized the cargo ship "
                 "Golden Kite.")
    assert names(f, "Organization") == {"Security Service of Ukraine"}
    g = facts_of("The National Iranian Oil Company loaded the tanker Blue Kite at Kharg Island. NIOC did "
                 "not comment.")
    assert names(g, "Organization") == {"National Iranian Oil Company"}


def test_a_body_named_before_what_it_is_and_who_controls_it() -> None:
    f = facts_of("The vessel Sparta Orlan belongs to Oboronlogistika, a company controlled by Russia's "
                 "defence ministry.")
    assert "Oboronlogistika" in names(f, "Organization")
    g = facts_of("The tanker Blue Orlan is managed by Gatik, a firm sanctioned by the US in 2023.")
    assert "Gatik" in names(g, "Organization")
    # (what is set after a ship's owner is the owner, not the ship)
    h = facts_of("The complaint alleges that the owner of the Ocean Orlan, a company registered in Hong "
                 "Kong, paid for the fuel.")
    assert names(h, "Organization") == set()


def test_a_name_before_a_word_for_a_site_is_no_ship() -> None:
    f = facts_of("Since August 2024, at least four LNG carriers have lifted cargoes from the Arctic LNG 2 "
                 "project. Our analysis identifies two of them: the Pioneer Tern and the Asya Tern.",
                 date="2024-10-30")
    assert names(f, "Vessel") == {"Pioneer Tern", "Asya Tern"}
    # (a ship a cargo was lifted from is one)
    g = facts_of("The tanker Grey Tern lifted crude from the Pale Tern off Malaysia.")
    assert names(g, "Vessel") == {"Grey Tern", "Pale Tern"}


def test_a_firm_named_with_maritime_or_marine_last() -> None:
    f = facts_of("Its Athens-based owner, Aegean Trust Maritime, sold the tanker Kyklades Tern in April.")
    assert "Aegean Trust Maritime" in names(f, "Organization")
    g = facts_of("The tanker Blue Tern is managed by Union Marine.")
    assert "Union Marine" in names(g, "Organization")
    # (officials of a state's sea trade are no firm)
    h = facts_of("Greek Maritime officials said the tanker Blue Tern docked at Piraeus.")
    assert names(h, "Organization") == set()


def test_the_body_a_report_is_by_keeps_its_whole_name_in_the_text(tmp_path: Path) -> None:
    report = tmp_path / "statement.txt"
    report.write_text(" date 2024-05-30 Defence Intelligence of Ukraine\nStatement\nThe Defence Intelligence "
                      "of Ukraine said the cargo ship Matros Pike carried arms.\n", encoding="utf-8")
    f = extract(read_document(report))
    assert names(f, "Organization") == {"Defence Intelligence of Ukraine"}
    # (a body named with a state, in a report by another: the state stands apart)
    g = facts_of("The Central Bank of Iran said the tanker Matros Pike carried arms.")
    assert "Iran" in names(g, "State")


def test_the_body_a_report_is_by_named_without_its_state_in_the_text(tmp_path: Path) -> None:
    report = tmp_path / "release.txt"
    report.write_text(" date 2025-01-10 U.S. Department of the Treasury\nTreasury sanctions tankers\nToday, "
                      "the Department of the Treasury designated the tanker ARCTIC PIKE (IMO 9256171).\n",
                      encoding="utf-8")
    f = extract(read_document(report))
    assert names(f, "Organization") == {"U.S. Department of the Treasury"}
    # (two bodies of two states with one name stay two)
    g = facts_of("The Russian Ministry of Defence and the Ukrainian Ministry of Defence said the tanker "
                 "Arctic Pike was hit.")
    assert len([e for e in g.entities if e.type == "Organization"]) != 1


def test_a_ship_formerly_known_as_one_name_that_now_sails_as_another() -> None:
    f = facts_of("The bulk carrier formerly known as Zafar Tern, sanctioned by the US in 2023 for carrying "
                 "grain from occupied Crimea, now sails as Zafira Tern under the flag of Cameroon.",
                 date="2024-11-21")
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.flag, ship.former_names) == ("Zafira Tern", "CMR", ["Zafar Tern"])
