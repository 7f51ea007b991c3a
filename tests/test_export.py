"""Every export read back by the library its users would load it with."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import geojson
import igraph
import networkx as nx
import pytest
import rdflib

from shipgraph.build import build
from shipgraph.export import CSV_COLUMNS, export_bytes
from shipgraph.store import Store

from .conftest import SEEDS

REPORT = ("date 2024-03-10 Monitor\nTanker moves\nThe Russian-flagged tanker Kestrel (IMO 9555010) "
          "carried fuel oil from Vostochny to Rajin on 9 February 2024. On 20 March 2024 the tanker "
          "Pale Heron and the Kestrel conducted a ship-to-ship transfer in the Sea of Japan. A name "
          "with <angle> & \"quotes\" \u202eand a right-to-left mark: the tanker Kestrel called at "
          "Nakhodka on 1 April 2024.\n")
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    root = tmp_path_factory.mktemp("export")
    (root / "reports").mkdir()
    (root / "reports" / "kestrel.txt").write_text(REPORT, encoding="utf-8")
    for seed in SEEDS.iterdir():
        (root / "reports" / seed.name).write_bytes(seed.read_bytes())
    store = Store.open(root / "store")
    build([root / "reports"], store, None)
    return store


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld", "graphml", "gexf",
                                 "geojson", "csv"])
def test_exports_are_deterministic(store: Store, fmt: str) -> None:
    assert export_bytes(store, fmt) == export_bytes(store, fmt)


def test_graphml_keeps_the_schema_rules_and_loads_in_networkx_and_igraph(store: Store,
                                                                         tmp_path: Path) -> None:
    data = export_bytes(store, "graphml")
    root = ET.fromstring(data)
    assert root.tag == f"{GRAPHML}graphml"
    keys = {k.get("id"): k.get("for") for k in root.iter(f"{GRAPHML}key")}
    assert len(keys) == len(list(root.iter(f"{GRAPHML}key")))  # key ids are unique
    nodes = [n.get("id") for n in root.iter(f"{GRAPHML}node")]
    assert len(nodes) == len(set(nodes))
    for n in root.iter(f"{GRAPHML}node"):
        assert all(keys[d.get("key")] == "node" for d in n.iter(f"{GRAPHML}data"))
    for e in root.iter(f"{GRAPHML}edge"):
        assert e.get("source") in nodes and e.get("target") in nodes
        assert all(keys[d.get("key")] == "edge" for d in e.iter(f"{GRAPHML}data"))
    path = tmp_path / "g.graphml"
    path.write_bytes(data)
    g = nx.read_graphml(path)
    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == g.number_of_nodes() and ig.ecount() == g.number_of_edges()
    sts = [d for _, _, d in g.edges(data=True) if d["type"] == "ShipToShipTransfer"]
    assert sts and sts[0]["date"] == "2024-03-20" and "ship-to-ship" in sts[0]["quote"]
    assert any("<angle>" in d["quote"] and "\u202e" in d["quote"] for _, _, d in g.edges(data=True))


def test_gexf_loads_with_sources_and_no_time_spells(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    path.write_bytes(export_bytes(store, "gexf"))
    g = nx.read_gexf(path)
    root = ET.parse(path).getroot()
    graph = root.find("{http://www.gexf.net/1.2draft}graph")
    assert graph is not None and graph.get("mode") == "static"
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Kestrel", "Pale Heron", "Vostochny", "Rajin"} <= labels
    transfer = [d for _, _, d in g.edges(data=True) if d["relation"] == "Transfer"
                and d["date"] == "2024-02-09"]
    assert transfer and transfer[0]["offset_start"] >= 0 and "fuel oil" in transfer[0]["quote"]


def test_geojson_ports_and_voyages(store: Store) -> None:
    data = geojson.loads(export_bytes(store, "geojson").decode("utf-8"))
    assert data.is_valid, data.errors()
    ports = {f["properties"]["label"]: f for f in data["features"] if f["properties"]["kind"] == "port"}
    assert {"Vostochny", "Rajin", "Nakhodka", "Dunai"} <= set(ports)
    lon, lat = ports["Rajin"]["geometry"]["coordinates"]
    assert 130 < lon < 131 and 42 < lat < 43
    voyages = [f for f in data["features"] if f["properties"]["kind"] == "voyage"]
    assert len(voyages) == 1
    v = voyages[0]
    assert (v["properties"]["vessel"], v["properties"]["origin"], v["properties"]["destination"],
            v["properties"]["date"]) == ("Kestrel", "Vostochny", "Rajin", "2024-02-09")
    assert v["geometry"]["coordinates"][0] == ports["Vostochny"]["geometry"]["coordinates"]
    assert "fuel oil" in v["properties"]["quote"]


def test_csv_of_events(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_bytes(store, "csv").decode("utf-8"))))
    assert rows and list(rows[0]) == list(CSV_COLUMNS)
    sts = [r for r in rows if r["type"] == "ShipToShipTransfer"]
    assert len(sts) == 1 and set(sts[0]["participants"].split("; ")) == {"Kestrel", "Pale Heron"}
    assert sts[0]["location"] == "Sea of Japan" and sts[0]["begin"] == sts[0]["end"] == "2024-03-20"
    doc_text = REPORT
    for r in rows:
        if r["document"].endswith("/kestrel"):
            assert r["quote"] and r["quote"] in doc_text.replace("\n", " ") + doc_text


def test_jsonld_and_trig_read_back_by_rdflib(store: Store) -> None:
    n = len(list(store.quads()))
    for fmt, parser in (("jsonld", "json-ld"), ("trig", "trig"), ("nquads", "nquads")):
        ds = rdflib.Dataset()
        ds.parse(data=export_bytes(store, fmt).decode("utf-8"), format=parser)
        assert len(set(ds.quads())) == n, fmt
    turtle = rdflib.Graph().parse(data=export_bytes(store, "turtle").decode("utf-8"),
                                  format="turtle")
    assert 0 < len(turtle) <= n


def test_export_cli_formats(store: Store) -> None:
    text = export_bytes(store, "geojson").decode("utf-8")
    assert json.loads(text)["type"] == "FeatureCollection"
