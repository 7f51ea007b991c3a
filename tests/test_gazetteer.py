from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from shipgraph.extract.gazetteer import default_gazetteer

from .conftest import ROOT, SHARED, calls, facts_of, names


@pytest.mark.parametrize("name, kind, key", [
    ("Najin", "Port", "kprjn"), ("Rajin", "Port", "kprjn"), ("Dunai", "Port", "dunai"),
    ("Hodeidah", "Port", "yehod"), ("Tartous", "Port", "sytts"), ("Vostochny", "Port", "ruvyp"),
    ("DPRK", "State", "PRK"), ("North Korean", "State", "PRK"), ("UAE", "State", "ARE"),
    ("Soviet Union", "State", "SUN"), ("Moscow", "State", "RUS"), ("Iranian", "State", "IRN"),
    ("Poti", "Port", "gepti"), ("Taean", "Port", "taean"), ("Sheskharis", "Port", "runvs"),
    ("Basra", "Port", "iqbsr"), ("Krasnovodsk", "Port", "tmkrw"), ("Baku", "Port", "azbak"),
    ("Baku", "State", "AZE"), ("Tanjung Priok", "Port", "idjkt"), ("China", "State", "CHN"),
    ("English Channel", "Place", "english-channel"), ("Gulf of Aden", "Place", "gulf-of-aden"),
    ("Skaw", "Place", "skaw"), ("Dubayy", "Port", "aedxb"), ("Antwerpen", "Port", "beanr"),
    ("Simon's Town", "Port", "zasmn"), ("Simonstown", "Port", "zasmn"),
    ("Astara", "Port", "astara"), ("Port Kuryk", "Port", "kuryk"), ("Unggi", "Port", "sonbong"),
    ("Hurd's Bank", "Place", "hurd-bank"), ("Khasan", "Place", "khasan"),
    ("Batroun", "Port", "wpi-45027"), ("Selaata", "Port", "wpi-45027"),
    ("Sandakan", "Port", "mysdk"), ("Pelabuhan Sandakan", "Port", "mysdk"), ("Tawau", "Port", "mytwu"),
    ("Bosaso", "Port", "sobsa"), ("Boosaaso", "Port", "sobsa"), ("Brest", "Port", "frbes"),
    ("Cherbourg", "Port", "frcer"), ("Rade De Brest", "Port", "frbes"),
    ("Safaga", "Port", "egsga"), ("Safaja", "Port", "egsga"),
    ("Aspropyrgos", "Port", "aspropyrgos"), ("Skaramanga", "Port", "skaramanga"),
])
def test_curated_names(name: str, kind: str, key: str) -> None:
    entries = default_gazetteer().lookup(name)
    assert any(e.kind == kind and e.key == key for e in entries)


def test_ambiguous_words_are_not_ports() -> None:
    assert not [e for e in default_gazetteer().lookup("Western") if e.kind == "Port"]


def test_ports_named_by_a_common_word_need_the_text_to_make_them_ports() -> None:
    f = facts_of("Coal from the mine and Copper Mountain ore were loaded onto the freighter "
                 "Grey Finch at Chittagong. Delta officials were not told.")
    assert names(f, "Port") == {"Chittagong"}
    f = facts_of("The freighter Grey Finch called at the port of Coal in March.")
    assert names(f, "Port") == {"Coal"}
    # (one a ship left or reached)
    g = facts_of("The tanker Grey Finch left Bar, Montenegro, on May 3.")
    assert names(g, "Port") == {"Bar"}
    assert names(facts_of("The crew met at a bar, the tanker Grey Finch's master said."), "Port") == set()


@pytest.mark.skipif(not (SHARED / "data" / "wpi" / "WPI.csv").exists(), reason="no WPI.csv")
def test_build_script_reproduces_bundled_table(tmp_path: Path) -> None:
    out, waters = tmp_path / "ports.json", tmp_path / "waters.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_ports.py"),
                    str(SHARED / "data" / "wpi" / "WPI.csv"), "-o", str(out), "--waters",
                    str(waters)], check=True, capture_output=True)
    bundled = ROOT / "src" / "shipgraph" / "data" / "ports.json"
    assert out.read_bytes() == bundled.read_bytes()
    assert waters.read_bytes() == (bundled.parent / "waters.tsv").read_bytes()
    assert "English Channel" in waters.read_text().splitlines()
    ports = {p["id"]: p for p in json.loads(out.read_text())}
    assert ports["kprjn"]["country"] == "PRK" and ports["kprjn"]["lat"] is not None


@pytest.mark.parametrize("name, port", [("Dubai", "Dubai"), ("Antwerp", "Antwerp"),
                                        ("Piraeus", "Piraeus"), ("Odessa", "Odesa"),
                                        ("Genoa", "Genoa"), ("Genova", "Genoa"),
                                        ("Saigon", "Ho Chi Minh City"),
                                        ("Ho Chi Minh City", "Ho Chi Minh City"), ("Tangier", "Tangier"),
                                        ("Alexandroupolis", "Alexandroupolis"), ("Chabahar", "Chabahar"),
                                        ("Shenzhen", "Shenzhen"), ("Hamad Port", "Hamad Port"),
                                        ("Mytilene", "Mytilene"), ("Mitilini", "Mytilene"),
                                        ("Heraklion", "Heraklion"), ("Iraklion", "Heraklion"),
                                        ("Pylos", "Pylos"), ("Pilos", "Pylos"), ("Souda Bay", "Souda"),
                                        ("Syros", "Syros"), ("Elefsina", "Elefsina"),
                                        ("Eleusis", "Elefsina"), ("Igoumenitsa", "Igoumenitsa"),
                                        ("Agioi Theodoroi", "Agioi Theodoroi"),
                                        ("El Aaiun", "Laayoune"), ("Laayoune", "Laayoune"),
                                        ("Dakhla", "Dakhla"), ("Villa Cisneros", "Dakhla"),
                                        ("Ningde", "Ningde"), ("Sanduao", "Ningde"),
                                        ("Mozambique Island", "Mocambique"),
                                        ("Massawa", "Massawa"), ("Mitsiwa", "Massawa"),
                                        ("Cai Mep", "Vung Tau")])
def test_ports_go_by_the_names_english_reporting_uses(name: str, port: str) -> None:
    assert {e.name for e in default_gazetteer().lookup(name) if e.kind == "Port"} == {port}


@pytest.mark.parametrize("name, port", [("Callao", "Callao"), ("Puerto Del Callao", "Callao"),
                                        ("Palermo", "Palermo"), ("Leixoes", "Leixoes"),
                                        ("Praia", "Praia"), ("Ravenna", "Ravenna")])
def test_ports_the_index_lists_after_its_own_word_for_port(name: str, port: str) -> None:
    assert {e.name for e in default_gazetteer().lookup(name) if e.kind == "Port"} == {port}


def test_a_port_listed_after_its_word_for_port_keeps_a_name_another_port_has() -> None:
    # "Puerto Del Rosario" (Fuerteventura) is not Rosario (Argentina)
    spec = importlib.util.spec_from_file_location("build_ports", ROOT / "scripts" / "build_ports.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    ports = {"a": {"names": ["Puerto Del Rosario"], "name": "Puerto Del Rosario"},
             "b": {"names": ["Rosario"], "name": "Rosario"},
             "c": {"names": ["Puerto Del Callao"], "name": "Puerto Del Callao"}}
    script._short_names(ports)
    assert [p["name"] for p in ports.values()] == ["Puerto Del Rosario", "Rosario", "Callao"]
    assert ports["c"]["names"] == ["Callao", "Puerto Del Callao"]


def test_states_go_by_their_usual_english_names() -> None:
    gaz = default_gazetteer()
    for surface, name in (("Dutch", "Netherlands"), ("Holland", "Netherlands"),
                          ("Burma", "Myanmar"), ("UAE", "United Arab Emirates"),
                          ("Trinidad", "Trinidad and Tobago")):
        (entry,) = [e for e in gaz.lookup(surface) if e.kind == "State"]
        assert entry.name == name


def test_curated_ports_reporting_names_and_a_city_state_port() -> None:
    gaz = default_gazetteer()
    for surface, name in (("Novorossiisk", "Novorossiysk"), ("La Habana", "Havana"),
                          ("Muuga", "Muuga"), ("Shidao", "Shidao"), ("Port of Singapore",
                                                                     "Singapore"),
                          ("Nikolaev", "Mykolaiv"), ("Sebastopol", "Sevastopol"),
                          ("Banias", "Baniyas"), ("Songjin", "Kimchaek"), ("Songrim", "Songnim"),
                          ("Berdiansk", "Berdyansk"), ("Eupatoria", "Yevpatoria"),
                          ("Skadovsk", "Skadovsk"), ("JNPT", "Nhava Sheva"), ("Aqaba", "Aqaba"),
                          ("Thilawa", "Thilawa"), ("Portovaya", "Portovaya"),
                          ("Nikolaevsk-on-Amur", "Nikolayevsk-on-Amur"), ("Teesside", "Teesport"),
                          ("Khalifa Port", "Khalifa Port"), ("Bandar Lengeh", "Bandar Lengeh"),
                          ("Giurgiulesti", "Giurgiulesti")):
        assert [e.name for e in gaz.lookup(surface) if e.kind == "Port"] == [name]


def test_an_abbreviated_state_keeps_its_last_full_stop() -> None:
    f = facts_of("A tanker under U.S. sanctions called at Beirut.\nThe D.P.R.K. denied it.")
    aliases = {e.name: e.aliases for e in f.entities if e.type == "State"}
    assert "U.S." in aliases["United States"] and "D.P.R.K." in aliases["North Korea"]


def test_every_sovereign_state_is_a_state_and_reporting_spellings_of_gulf_ports() -> None:
    gaz = default_gazetteer()
    # landlocked states too: ships fly Eswatini's flag, and statements come from Kampala
    for surface, name in (("Eswatini", "Eswatini"), ("Swaziland", "Eswatini"), ("Malawi", "Malawi"),
                          ("Slovak", "Slovakia"), ("Kampala", "Uganda")):
        assert [e.name for e in gaz.lookup(surface) if e.kind == "State"][:1] == [name]
    assert not [e for e in gaz.lookup("Bermuda") if e.kind == "State"]  # a territory stays one
    for surface, name in (("Jubail", "Jubail"), ("Al Jubayl", "Jubail"), ("Mocha", "Mokha"),
                          ("Inchon", "Incheon"), ("Fos", "Fos-sur-Mer"), ("Alyat", "Baku"),
                          ("Taichung", "Taichung"), ("Kilpilahti", "Porvoo")):
        assert [e.name for e in gaz.lookup(surface) if e.kind == "Port"] == [name]


def test_ports_by_the_names_reporting_uses_not_the_indexs() -> None:
    gaz = default_gazetteer()
    for surface, name in (("Vysotsk", "Vysotsk"), ("Gavan Vysotsk", "Vysotsk"), ("Karasu", "Karasu")):
        assert [e.name for e in gaz.lookup(surface) if e.kind == "Port"] == [name]


@pytest.mark.parametrize("capital", ["Athens", "Rome", "Taipei"])
def test_a_capital_is_no_other_name_of_a_port_near_it(capital: str) -> None:
    # the index lists them under Piraeus, Fiumicino and Tan-Shui; reporting means the city
    assert not [e for e in default_gazetteer().lookup(capital) if e.kind == "Port"]
    assert [e for e in default_gazetteer().lookup(capital) if e.kind == "State"]


def test_the_city_a_company_sits_in_is_a_place() -> None:
    f = facts_of("The ship's manager, Kestrel Shipmanagement of Athens, declined to comment. "
                 "The owner, Cedar Lines of Beirut, said the tanker Sea Lark had left Beirut.")
    assert names(f, "Place") >= {"Athens", "Beirut"}
    assert "Greece" not in names(f, "State")
    assert names(f, "Port") == {"Beirut"}  # where the ship left is still the port
    g = facts_of("Athens protested to Ankara over the tanker Sea Lark.")
    assert names(g, "State") == {"Greece", "Turkey"}


def test_ports_reporting_names_in_the_red_sea_and_off_singapore() -> None:
    f = facts_of("The tanker Sea Lark docked at Suakin and was later taken to Batam.")
    assert calls(f) == {("Sea Lark", "Suakin"), ("Sea Lark", "Batam")}
    assert [e for e in default_gazetteer().lookup("Sawakin") if e.kind == "Port"]


def test_a_port_named_like_a_capital_elsewhere_goes_by_the_state_the_text_names() -> None:
    by_id = lambda f: {e.id: e for e in f.entities}  # noqa: E731
    f = facts_of("The bulk carrier Kite Hollow, detained in Lebanon, left Tripoli on 8 March.")
    (call,) = [e for e in f.events if e.type == "PortCall"]
    assert by_id(f)[call.port or ""].country == "LBN"
    for text in ("The tanker Kite Hollow docked at Tripoli.",
                 "The tanker Kite Hollow docked at Tripoli, Libya."):
        g = facts_of(text)
        (call,) = [e for e in g.events if e.type == "PortCall"]
        assert by_id(g)[call.port or ""].country == "LBY", text
    assert names(facts_of("Tripoli said the tanker Kite Hollow was seized."), "State") == {"Libya"}


def test_a_states_adjective_is_no_port_name_and_locodes_are_whole() -> None:
    f = facts_of("The tanker Kite Hollow sailed to Rotterdam. The Dutch port handled the cargo.")
    assert names(f, "Port") == {"Rotterdam"}
    ports = json.loads((ROOT / "src" / "shipgraph" / "data" / "ports.json").read_text())
    assert all(p["unlocode"] is None or len(p["unlocode"]) == 5 for p in ports)


def test_a_port_named_in_a_firms_name() -> None:
    f = facts_of('"The market is tight," said Anna Berg, an analyst at Clarkson Research.')
    assert names(f, "Port") == set()
    g = facts_of("The tanker Sea Lark, managed by Singapore Shipping Ltd, docked in Clarkson.")
    assert calls(g) == {("Sea Lark", "Clarkson")}


def test_the_arctic_lng_terminal_reporting_names_is_a_port() -> None:
    from shipgraph.extract.gazetteer import default_gazetteer
    found = default_gazetteer().lookup("Utrenneye")
    assert [(e.kind, e.country) for e in found] == [("Port", "RUS")]


def test_ports_renamed_in_reporting_keep_their_new_names() -> None:
    from shipgraph.extract.gazetteer import default_gazetteer
    g = default_gazetteer()
    assert [e.unlocode for e in g.lookup("Chattogram") if e.kind == "Port"] == ["BDCGP"]
    assert [e.unlocode for e in g.lookup("Antwerp-Bruges") if e.kind == "Port"] == ["BEANR"]


def test_ports_the_index_spells_otherwise_are_found_by_the_names_reporting_uses() -> None:
    from shipgraph.extract.gazetteer import default_gazetteer
    g = default_gazetteer()
    expected = {"Zhangjiagang": "CNZJG", "Mahshahr": "IRMRX", "Sfax": "TNSFA", "Bilbao": "ESBIO",
                "Ennore": "INENR", "Avlita": "UASVP", "Yumurtalik": "TRCEY"}
    for name, code in expected.items():
        assert [e.unlocode for e in g.lookup(name) if e.kind == "Port"] == [code], name
    assert [(e.kind, e.country) for e in g.lookup("Kyaukphyu")] == [("Port", "MMR")]


def test_a_table_row_at_a_port_the_index_misspells_is_a_call() -> None:
    f = facts_of("The general cargo ship Lark Nine (IMO 9395044) discharged at Zhangjiagang on "
                 "March 3 after loading at Bandar Mahshahr.")
    assert calls(f) == {("Lark Nine", "Zhangjiagang"), ("Lark Nine", "Bandar Mahshahr")}


def test_gibraltar_and_tripoli_are_ports_by_their_own_names() -> None:
    f = facts_of("The tanker Kira passed through the Strait of Gibraltar and docked at Gibraltar on "
                 "3 May. It later called at Tripoli, Libya.")
    assert calls(f) == {("Kira", "Gibraltar"), ("Kira", "Tripoli")}
    ports = {e.name: e for e in f.entities if e.type == "Port"}
    assert (ports["Gibraltar"].country, ports["Gibraltar"].unlocode) == ("GIB", "GIGIB")
    assert ports["Tripoli"].country == "LBY" and "Strait of Gibraltar" in names(f, "Place")


def test_a_capital_people_visit_is_the_city_and_one_that_acts_its_government() -> None:
    f = facts_of("The envoy visited Kyiv on Monday. Kim Jong Un's trip to Moscow drew attention.")
    assert names(f, "State") == set() and {"Kyiv", "Moscow"} <= names(f, "Place")
    f = facts_of("Moscow denied the report.")
    assert names(f, "State") == {"Russia"}


@pytest.mark.parametrize("word, iso", [("Equatorial Guinean", "GNQ"), ("Sao Tomean", "STP"),
                                       ("Vanuatuan", "VUT"), ("Azeri", "AZE")])
def test_rarer_adjectives_of_flag_states(word: str, iso: str) -> None:
    f = facts_of(f"The {word}-flagged tanker Kira called at Rajin.")
    (vessel,) = [e for e in f.entities if e.type == "Vessel"]
    assert vessel.flag == iso


@pytest.mark.parametrize("name, port, country", [
    ("Huangdao", "Qingdao", "CHN"), ("Jinzhou", "Jinzhou", "CHN"), ("Weifang", "Weifang", "CHN"),
    ("Fangchenggang", "Fangchenggang", "CHN"), ("Sungai Udang", "Sungai Udang", "MYS"),
    ("Linggi", "Linggi", "MYS"), ("Tanjung Bruas", "Tanjung Bruas", "MYS"),
    ("Zueitina", "Zueitina", "LBY"), ("Ruwais", "Ruwais", "ARE"), ("Das Island", "Das Island", "ARE"),
    ("Varandey", "Varandey", "RUS"), ("Anadyr", "Anadyr", "RUS"), ("Kilia", "Kiliya", "UKR"),
    ("Ochakiv", "Ochakiv", "UKR"), ("Jableh", "Jableh", "SYR"),
    ("Bandar-e Jask", "Jask", "IRN"), ("Mangalore", "New Mangalore", "IND"),
    ("Kampong Saom", "Sihanoukville", "KHM"), ("Mersing", "Mersing", "MYS"),
    ("Djibouti City", "Djibouti", "DJI"), ("Montoir", "Montoir-de-Bretagne", "FRA"),
    ("Hamhung", "Hungnam", "PRK"), ("Beilun", "Ningbo", "CHN"), ("Neka", "Neka", "IRN"),
    ("Shantou", "Shantou", "CHN"), ("Primorsko-Akhtarsk", "Primorsko-Akhtarsk", "RUS"),
    ("Sungai Linggi", "Linggi", "MYS"),
])
def test_ports_the_index_lacks_or_names_otherwise(name: str, port: str, country: str) -> None:
    found = [e for e in default_gazetteer().lookup(name) if e.kind == "Port"]
    assert [(e.name, e.country) for e in found] == [(port, country)]


def test_ports_known_by_their_english_names_and_no_dictator_for_a_port() -> None:
    for name, unlocode in (("Ravenna", "ITRAN"), ("Rijeka", "HRRJK"), ("Mogadishu", "SOMGQ"),
                           ("Gytheio", "GRGYT")):
        f = facts_of(f"The freighter Lark called at {name} in May.")
        (p,) = [e for e in f.entities if e.type == "Port"]
        assert (p.name, p.unlocode) == (name, unlocode)
    f = facts_of("Not since Stalin has Moscow relied so heavily on Pyongyang.")
    assert names(f, "Port") == set()


def test_a_port_s_name_after_a_person_s_title_is_the_person() -> None:
    f = facts_of("Admiral Nelson would have approved. Lord Churchill wrote about it.")
    assert names(f, "Port") == set()
    f = facts_of("The frigate Admiral Makarov called at Tartus. The tanker Lumo called at Nelson.")
    assert calls(f) == {("Admiral Makarov", "Tartus"), ("Lumo", "Nelson")}


def test_ports_the_index_names_with_a_word_for_port_and_one_it_lacks() -> None:
    f = facts_of("The car carrier Galaxy Leader sailed from Korfez in Turkey to Pipavav in India. "
                 "The tanker Lumo called at Aksaz.")
    ports = {e.name: (e.country, e.unlocode) for e in f.entities if e.type == "Port"}
    assert ports == {"Korfez": ("TUR", "TRKFZ"), "Pipavav": ("IND", "INPAV"),
                     "Aksaz": ("TUR", ports["Aksaz"][1])}


def test_a_port_the_gazetteer_lacks_named_as_a_port_is_one_wherever_the_report_names_it() -> None:
    f = facts_of("The tanker Grey Wren loaded at the Iranian port of Zorvanabad on May 2. Two weeks "
                 "later the Grey Wren was back at Zorvanabad. The bulker Kestrel unloaded at the port "
                 "of Tarvik-Nord, Norway, then called at Pellmoor port.")
    ports = {e.name: (e.country, e.unlocode) for e in f.entities if e.type == "Port"}
    assert ports == {"Zorvanabad": ("IRN", None), "Tarvik-Nord": ("NOR", None),
                     "Pellmoor": (None, None)}
    assert calls(f) == {("Grey Wren", "Zorvanabad"), ("Kestrel", "Tarvik-Nord"),
                        ("Kestrel", "Pellmoor")}
    assert [len(e.mentions) for e in f.entities if e.name == "Zorvanabad"] == [2]
    f = facts_of("The freighter Lark called at the ports of Quellby, Ostrava Nova and Marnholt.")
    assert names(f, "Port") == {"Quellby", "Ostrava Nova", "Marnholt"}
    # a state's supply from or to such a port is placed there
    f = facts_of("Iran shipped oil to the Syrian port of Zorvanabad. Russia exported wheat from the "
                 "port of Tarvik to Egypt.")
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.origin], by_id[e.destination]) for e in f.events if e.type == "Transfer"} == {
        ("Iran", "Zorvanabad"), ("Tarvik", "Egypt")}


def test_a_port_the_gazetteer_lacks_where_a_ship_docked_or_unloaded() -> None:
    f = facts_of("The bulker Grey Wren took on coal at Nakhodka, stopped at Busan, and unloaded at "
                 "Tarvik-Nord on 3 May. It later berthed at Pellmoor, Norway, and called at Quellby.")
    ports = {e.name: e.country for e in f.entities if e.type == "Port"}
    assert ports == {"Nakhodka": "RUS", "Busan": "KOR", "Tarvik-Nord": None, "Pellmoor": "NOR",
                     "Quellby": None}
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.port], e.activity) for e in f.events if e.type == "PortCall"} == {
        ("Nakhodka", "loading"), ("Busan", None), ("Tarvik-Nord", "discharging"),
        ("Pellmoor", "berthed"), ("Quellby", None)}
    # no port of a continent, a berth's number, or what no ship did
    f = facts_of("The tanker Grey Wren arrived in Europe in May and docked at Pier 4 on Monday. "
                 "Officials arrived at Marnholt on Tuesday.")
    assert names(f, "Port") == set()


def test_no_port_from_words_that_only_sit_beside_port() -> None:
    f = facts_of("Its next port of call was not given. The tanker Grey Wren left the Houthi port on "
                 "May 3 and later the Crimean port. The Kestrel called at the Sunday port. The port "
                 "of entry was Rajin. Ships left the port of the Kerch Strait.")
    assert names(f, "Port") == {"Rajin"}


def test_the_cpc_terminal_is_novorossiysk_and_its_blend_no_port() -> None:
    f = facts_of("The Suezmax Grey Wren discharged CPC Blend at Vadinar on January 9. It had loaded at "
                 "the CPC terminal in mid-December.", date="2025-01-15")
    by_id = {e.id: e.name for e in f.entities}
    assert {(by_id[e.vessel or ""], by_id[e.origin or ""], by_id[e.destination or ""])
            for e in f.events if e.type == "Transfer"} == {("Grey Wren", "Novorossiysk", "Vadinar")}
    assert names(facts_of("Prices of CPC Blend rose on Monday."), "Port") == set()


def test_pemex_s_pajaritos_terminal_is_coatzacoalcos() -> None:
    f = facts_of("Another Cuban tanker, the Grey Wren, made two trips from Pemex's Pajaritos terminal to "
                 "Havana in November.", date="2024-01-30")
    assert calls(f) == {("Grey Wren", "Coatzacoalcos"), ("Grey Wren", "Havana")}


def test_a_locode_of_another_country_is_set_aside_and_saints_go_by_either_spelling() -> None:
    import pycountry
    ports = json.loads((ROOT / "src" / "shipgraph" / "data" / "ports.json").read_text())
    # each code opens with the port's own country's letters (the index gives Florida's St
    # Petersburg Russia's RULED); the curated layer keeps the two whose territory's code differs
    wrong = [p["name"] for p in ports if p["unlocode"] and p["country"] and p["unlocode"][:2] !=
             pycountry.countries.get(alpha_3=p["country"]).alpha_2]
    assert sorted(wrong) == ["Gustavia", "Laayoune"]
    from shipgraph.extract.gazetteer import default_gazetteer
    g = default_gazetteer()
    assert sorted((e.country or "", e.unlocode or "") for e in g.lookup("St Petersburg")) == \
        [("RUS", "RULED"), ("USA", "")]
    for name in ("Saint-Nazaire", "Saint Nazaire", "St. Nazaire"):
        assert [e.country for e in g.lookup(name)] == ["FRA"], name
    f = facts_of("French commandos boarded the tanker Kite Hollow off Saint-Nazaire on 1 October.")
    assert names(f, "Port") == {"St Nazaire"}


def test_a_capital_in_an_accord_s_name_is_no_government() -> None:
    for told in ("Inspectors listed the tanker Vela Wren in the Paris MoU database.",
                 "The Minsk agreements collapsed before the tanker Vela Wren sailed."):
        assert names(facts_of(told), "State") == set(), told
    assert names(facts_of("Moscow denied that the tanker Vela Wren docked at Tartus."), "State") == {"Russia"}


def test_a_port_of_the_name_said_before_one_that_only_has_it_as_another_name() -> None:
    # (Freeport in the Bahamas, not the Bermudan port whose other name it is)
    f = facts_of("The tanker Grey Lark called at Freeport on 3 May.")
    assert [(e.name, e.country) for e in f.entities if e.type == "Port"] == [("Freeport", "BHS")]
    # (ports known in English by other names than the index's)
    for told, port in (("Keelung", "Keelung"), ("Magadan", "Magadan"), ("Port Qasim", "Port Qasim"),
                       ("Muscat", "Port Sultan Qaboos"), ("Hamriyah", "Hamriyah")):
        g = facts_of(f"The tanker Grey Lark called at {told} on 3 May.")
        assert names(g, "Port") == {port}, told
    assert names(facts_of("Muscat said on Monday it would mediate."), "State") == {"Oman"}


def test_the_two_congos_and_more_states_that_no_longer_exist() -> None:
    f = facts_of("The tanker Grey Lark is registered in the Democratic Republic of Congo. The tanker Dusk "
                 "Lark is registered in the Republic of Congo.")
    assert sorted(e.iso for e in f.entities if e.type == "State") == ["COD", "COG"]
    g = facts_of("The Yugoslav-built freighter Grey Lark was sold by a Czechoslovak firm to an East German "
                 "line.")
    assert sorted(e.iso for e in g.entities if e.type == "State") == ["CSK", "DDR", "YUG"]


def test_marmara_ereglisi_a_fuel_hub_the_index_lacks() -> None:
    f = facts_of("The tanker Lark Fen discharged diesel at Marmaraereğlisi. The tanker Kite Fen loaded "
                 "at Marmara Ereglisi.")
    ports = {e.name: e.country for e in f.entities if e.type == "Port"}
    assert ports == {"Marmara Ereglisi": "TUR"}


def test_a_curated_size_puts_the_index_right_for_a_port_of_a_shared_name() -> None:
    # the index rates Portugal's Lagos as large as Nigeria's; the curated layer rates it small
    f = facts_of("The tanker Grey Finch moored off Ceuta, then sailed to Lagos, arriving on 16 April.")
    assert {e.country for e in f.entities if e.name == "Lagos"} == {"NGA"}
    g = facts_of("The yacht Grey Finch sailed from Faro to Lagos in Portugal.")
    assert {e.country for e in g.entities if e.name == "Lagos"} == {"PRT"}


def test_curated_volga_port_and_lagos_terminals() -> None:
    f = facts_of("The tanker Grey Finch carried fuel oil from Volgograd to Kavkaz.")
    assert {(e.name, e.country, e.unlocode) for e in f.entities if e.type == "Port"} >= {
        ("Volgograd", "RUS", "RUVOG")}
    g = facts_of("The tanker Grey Finch discharged diesel at Apapa on 3 May.")
    assert {(e.name, e.country) for e in g.entities if e.type == "Port"} == {("Lagos", "NGA")}


def test_a_state_s_name_is_no_other_port_s_name() -> None:
    g = default_gazetteer()
    for state in ("Canada", "Curacao", "Jordan", "Samoa", "Holland"):
        assert not [e for e in g.lookup(state) if e.kind == "Port"], state
    # (the port that is the state's own keeps its name)
    for city in ("Singapore", "Monaco", "Djibouti", "Gibraltar", "Hong Kong"):
        assert [e for e in g.lookup(city) if e.kind == "Port"], city
    f = facts_of("The tanker Kite Ross sailed from Canada to Jordan in May and anchored off Curacao in June.")
    assert calls(f) == set()


def test_the_north_natuna_sea_is_its_own_place() -> None:
    assert names(facts_of("The tanker Sea Finch anchored in the North Natuna Sea on May 3."), "Place") == {
        "North Natuna Sea"}
