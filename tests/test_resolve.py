"""Identities across documents: IMO first, then name with flag and type; curation on top."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from shipgraph.build import build
from shipgraph.network import entities_in
from shipgraph.resolve import Curation, CurationError, Record, resolve
from shipgraph.store import Store

from .conftest import SHARED, write_reports


def rec(doc: str, name: str, **kw: object) -> Record:
    return Record(doc=doc, local=str(kw.pop("local", "e1")), type="Vessel", name=name,
                  **kw)  # type: ignore[arg-type]


def test_imo_joins_different_names() -> None:
    res = resolve([rec("a", "Silver Gull", imo="9311220"), rec("b", "SILVER GULL II", imo="9311220")])
    assert res.iri[("a", "e1")] == res.iri[("b", "e1")]
    assert res.iri[("a", "e1")].endswith("vessel/imo-9311220")
    assert res.reason[("b", "e1")] == "same IMO number 9311220"


def test_same_name_different_flags_stay_apart() -> None:
    res = resolve([rec("a", "Maria", flag="RUS"), rec("b", "Maria", flag="PAN")])
    assert res.iri[("a", "e1")] != res.iri[("b", "e1")]
    assert "flags differ" in res.reason[("a", "e1")] + res.reason[("b", "e1")]


def test_same_name_different_imo_stay_apart() -> None:
    res = resolve([rec("a", "Maria", imo="9231743"), rec("b", "Maria", imo="9444558")])
    assert res.iri[("a", "e1")] != res.iri[("b", "e1")]


def test_bare_name_joins_the_only_ship_it_can_be() -> None:
    res = resolve([rec("a", "Maria", flag="RUS", vessel_type="cargo ship"), rec("b", "Maria")])
    assert res.iri[("a", "e1")] == res.iri[("b", "e1")]
    assert res.reason[("b", "e1")].startswith("same name 'maria'")


def test_bare_name_between_two_ships_is_kept_apart() -> None:
    res = resolve([rec("a", "Maria", flag="RUS"), rec("b", "Maria", flag="PAN"), rec("c", "Maria")])
    assert len({res.iri[(d, "e1")] for d in "abc"}) == 3
    assert "cannot tell apart" in res.reason[("c", "e1")]


def test_types_keep_namesakes_apart() -> None:
    res = resolve([rec("a", "Hope", vessel_type="tanker"), rec("b", "Hope", vessel_type="bulk carrier")])
    assert res.iri[("a", "e1")] != res.iri[("b", "e1")]


def test_renamed_ship_is_one_vessel() -> None:
    res = resolve([rec("a", "Silver Gull", imo="9311220", former_names=("Ocean Wren",)),
                   rec("b", "Ocean Wren")])
    assert res.iri[("b", "e1")] == res.iri[("a", "e1")]


def test_order_of_records_does_not_decide() -> None:
    records = [rec("a", "Maria", flag="RUS"), rec("b", "Maria", flag="PAN"), rec("c", "Maria"),
               rec("d", "Maria", flag="RUS", vessel_type="cargo ship"), rec("e", "Kestrel"),
               rec("f", "Kestrel", imo="9555010")]
    first = resolve(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        again = resolve(shuffled)
        assert again.iri == first.iri and again.reason == first.reason


REPORTS = {
    "a.txt": "date 2024-02-01 Monitor\nShips at Vostochny\nThe Russian-flagged cargo ship Maria "
             "(IMO 9231743) called at Vostochny on 3 January 2024. Separately, the Panama-flagged "
             "tanker Maria anchored off Fujairah on 9 January 2024.\n",
    "b.txt": "date 2024-03-01 Monitor\nRajin traffic\nThe Maria, a Russian-flagged cargo ship, "
             "arrived at Rajin on 5 February 2024.\n",
    "c.txt": "date 2024-03-02 Monitor\nGulf tankers\nThe Panama-flagged tanker Maria loaded fuel "
             "oil at Bandar Abbas on 12 February 2024.\n",
    "d.txt": "date 2024-04-01 Monitor\nA new name\nThe tanker Silver Gull (IMO 9311220), formerly "
             "known as Ocean Wren, docked at Tartus on 20 March 2024.\n",
    "e.txt": "date 2024-04-02 Monitor\nOlder calls\nThe tanker Ocean Wren called at Baniyas in "
             "May 2022.\n",
}


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    return write_reports(tmp_path / "reports", REPORTS)


def vessels(store: Store) -> dict[str, dict]:  # type: ignore[type-arg]
    return {e["iri"].rsplit("/", 1)[-1]: e for e in entities_in(store) if e["type"] == "Vessel"}


def test_build_resolves_across_reports(reports: Path, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "graph" / "store")
    build([reports], store, tmp_path / "graph")
    found = vessels(store)
    assert set(found) == {"imo-9231743", "maria", "imo-9311220"}
    assert found["maria"]["flag"] == "PAN"
    assert found["imo-9231743"]["flag"] == "RUS"
    assert "Ocean Wren" in found["imo-9311220"]["aliases"]
    rows = store.query("SELECT ?doc ?reason WHERE { GRAPH ?g { ?r sg:entity "
                       "<https://w3id.org/shipgraph/id/vessel/imo-9231743> ; sg:document ?doc ; "
                       "sg:reason ?reason } } ORDER BY ?doc")
    reasons = [(r["doc"].value.rsplit("/", 1)[-1], r["reason"].value) for r in rows]  # type: ignore[union-attr]
    assert reasons == [("a", "first record of this vessel"),
                       ("b", "same name 'maria' and flag RUS and type cargo")]


def test_a_ship_named_in_capitals_in_one_report_is_labelled_as_a_name(tmp_path: Path) -> None:
    reports = write_reports(tmp_path / "reports", {
        "a.txt": "date 2024-05-20 Monitor\nMovements\nMovements:\n- 13 May: LADY WREN (IMO "
                 "9231743) arrived at Tartus.\n",
        "b.txt": "date 2024-05-21 Monitor\nTartus\nThe cargo ship Lady Wren (IMO 9231743) left "
                 "Tartus on 16 May.\n"})
    store = Store.open(tmp_path / "graph" / "store")
    build([reports], store, tmp_path / "graph")
    found = vessels(store)
    assert (found["imo-9231743"]["label"], found["imo-9231743"]["aliases"]) == (
        "Lady Wren", ["LADY WREN"])


def test_new_report_moves_stored_records(reports: Path, tmp_path: Path) -> None:
    # Without its IMO number, report b's Maria is a name-only node until report a arrives.
    (reports / "a.txt").unlink()
    store = Store.open(tmp_path / "graph" / "store")
    build([reports], store, tmp_path / "graph")
    assert "imo-9231743" not in vessels(store)
    (reports / "a.txt").write_text(REPORTS["a.txt"], encoding="utf-8")
    report = build([reports], store, tmp_path / "graph")
    assert report.added == ["a"] and "b" in report.reresolved
    assert set(vessels(store)) == {"imo-9231743", "maria", "imo-9311220"}


CURATION = """
[[merge]]
entities = ["vessel/maria", "Silver Gull"]
reason = "registry extract shows one hull"

[[rename]]
entity = "9231743"
name = "MARIA (RUS)"

[[alias]]
entity = "Rajin"
aliases = ["Rason harbour"]
"""


def test_curation_applies_and_survives_rebuilds(reports: Path, tmp_path: Path) -> None:
    ws = tmp_path / "graph"
    ws.mkdir()
    (ws / "curation.toml").write_text(CURATION, encoding="utf-8")
    store = Store.open(ws / "store")
    for _ in range(2):  # the second build changes no document and must keep the curation
        build([reports], store, ws)
        found = vessels(store)
        assert set(found) == {"imo-9231743", "imo-9311220"}
        assert found["imo-9231743"]["label"] == "MARIA (RUS)"
        ports = {e["label"]: e for e in entities_in(store) if e["type"] == "Port"}
        assert "Rason harbour" in ports["Rajin"]["aliases"]
    trig = (ws / "graph.trig").read_text(encoding="utf-8")
    assert "registry extract shows one hull" in trig


def test_curation_split(reports: Path, tmp_path: Path) -> None:
    ws = tmp_path / "graph"
    ws.mkdir()
    (ws / "curation.toml").write_text('[[split]]\nentity = "9311220"\ndocuments = ["e"]\n'
                                      'name = "Ocean Wren (old hull)"\n', encoding="utf-8")
    store = Store.open(ws / "store")
    build([reports], store, ws)
    found = vessels(store)
    assert found["ocean-wren-old-hull"]["label"] == "Ocean Wren (old hull)"
    assert "imo-9311220" in found


@pytest.mark.parametrize("text, message", [
    ('[[merge]]\nentities = ["Nonesuch", "Maria"]\n', "no entity named 'Nonesuch'"),
    ('[[merge]]\nentities = ["Maria", "Vostochny"]\n', "ambiguous"),
    ('[[merge]]\nentities = ["vessel/maria", "Vostochny"]\n', "different types"),
    ('[[rename]]\nentity = "Maria"\n', "rename #1 lacks name"),
    ("[[merge]\n", "cannot read the curation file"),
    ('[[frobnicate]]\nx = 1\n', "unknown section"),
])
def test_curation_errors_are_clear_and_write_nothing(reports: Path, tmp_path: Path, text: str,
                                                     message: str) -> None:
    ws = tmp_path / "graph"
    ws.mkdir()
    store = Store.open(ws / "store")
    build([reports], store, ws)
    before = sorted(str(q) for q in store.inner)
    (ws / "curation.toml").write_text(text, encoding="utf-8")
    (reports / "f.txt").write_text("date 2024-05-01 Monitor\nMore\nThe tanker Kestrel called at "
                                   "Ceyhan on 2 May 2024.\n", encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        build([reports], store, ws)
    assert sorted(str(q) for q in store.inner) == before


def test_curation_load_missing_file(tmp_path: Path) -> None:
    assert Curation.load(tmp_path / "curation.toml") is None


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").exists(), reason="dev corpus not present")
def test_dev_corpus_vessels_named_in_several_reports(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([SHARED / "corpus" / "dev"], store, None)
    rows = store.query("SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?r sg:entity ?e ; "
                       "sg:document ?d } } GROUP BY ?e HAVING (COUNT(DISTINCT ?d) > 1)")
    shared = {r["e"].value.rsplit("/", 1)[-1]: int(r["n"].value) for r in rows}  # type: ignore[union-attr]
    assert shared.get("angara", 0) >= 2
    assert shared.get("imo-9139799", 0) >= 2  # MAIA-1, by its IMO number
    labels = [e["label"] for e in entities_in(store) if e["type"] == "Vessel"]
    assert len(labels) == len({label.casefold() for label in labels})
