"""Named queries, timelines and filtered paths on a graph of reports written for these tests,
whose answers are known: Kestrel called at Vostochny (2 Feb 2024) and carried fuel oil to
Rajin (9 Feb); Pale Heron docked at Rajin (14 Mar) and met Kestrel at sea (20 Mar); Orca Dawn
probably called at Rajin (April); Maria called at Vostochny (3 Jan 2023)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from shipgraph.build import build
from shipgraph.cli import main
from shipgraph.errors import EntityLookupError, QueryError
from shipgraph.network import PathFilter, entity_lookup, project, shortest_paths, timeline
from shipgraph.queries import bind, get, named_queries, parse_params, render
from shipgraph.store import Store

REPORTS = {
    "r1.txt": "date 2024-03-10 Monitor\nTanker moves in the Far East\nThe Russian-flagged tanker "
              "Kestrel (IMO 9555010) called at Vostochny on 2 February 2024. On 9 February 2024 "
              "the Kestrel carried fuel oil from Vostochny to Rajin.\n",
    "r2.txt": "date 2024-04-02 Monitor\nA meeting at sea\nThe Panama-flagged tanker Pale Heron "
              "(IMO 9444558) docked at Rajin on 14 March 2024. On 20 March 2024 the Pale Heron and "
              "the Kestrel conducted a ship-to-ship transfer in the Sea of Japan.\n",
    "r3.txt": "date 2024-05-01 Monitor\nBulk and cargo\nThe bulk carrier Orca Dawn probably "
              "called at Rajin in April 2024. The Russian cargo ship Maria called at Vostochny "
              "on 3 January 2023.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("questions")
    (root / "reports").mkdir()
    for name, text in REPORTS.items():
        (root / "reports" / name).write_text(text, encoding="utf-8")
    build([root / "reports"], Store.open(root / "graph" / "store"), root / "graph")
    return root


@pytest.fixture(scope="module")
def store(ws: Path) -> Store:
    return Store.open(ws / "graph" / "store", read_only=True)


def run_named(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    query = get(name)
    result = store.query(render(query, bind(query, params, entity_lookup(store))))
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: (row[n].value if row[n] is not None else "") for n in names}
            for row in result]  # type: ignore[union-attr]


def test_every_shipped_query_is_documented_and_parameterised() -> None:
    queries = named_queries()
    assert set(queries) == {"port-calls", "both-ports", "state-vessels", "sts-partners",
                            "events-between", "sources"}
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for q in queries.values():
        assert q.description and q.params, q.name
        assert f"--name {q.name}" in readme, q.name


def test_parameters_are_placeholders_written_as_terms() -> None:
    for q in named_queries().values():
        used = set(re.findall(r"\$(\w+)", q.text))
        assert used == {p.name for p in q.params}, q.name
    q = get("events-between")
    hostile = ox.Literal('2024" ) } } DROP ALL ; SELECT * { ("')
    text = render(q, {"start": hostile, "end": hostile})
    assert text.count("DROP ALL") == 2 and '\\"' in text  # inside escaped literals only
    with pytest.raises(QueryError, match=r"\$end"):
        render(q, {"start": hostile})


def test_port_calls_in_time_order(store: Store) -> None:
    rows = run_named(store, "port-calls", vessel="Kestrel")
    assert [(r["date"], r["port"]) for r in rows] == [
        ("2024-02-02", "Vostochny"), ("2024-02-09", "Rajin"), ("2024-02-09", "Vostochny")]
    assert all(r["quote"] and r["document"].endswith(("/r1",)) for r in rows)


def test_vessels_at_both_ports(store: Store) -> None:
    rows = run_named(store, "both-ports", port_a="Vostochny", port_b="Rajin")
    assert [r["name"] for r in rows] == ["Kestrel"]
    assert [r["name"] for r in run_named(store, "both-ports", port_a="Rajin", port_b="Rajin")] == [
        "Kestrel", "Orca Dawn", "Pale Heron"]


def test_vessels_linked_to_a_state(store: Store) -> None:
    rows = run_named(store, "state-vessels", state="Russia")
    links = {(r["name"], r["link"]) for r in rows}
    assert {("Kestrel", "flag"), ("Kestrel", "port call"), ("Maria", "port call")} <= links
    assert not any(name in ("Pale Heron", "Orca Dawn") for name, _ in links)
    assert ("Orca Dawn", "port call") in {(r["name"], r["link"]) for r in run_named(
        store, "state-vessels", state="North Korea")}
    assert {(r["name"], r["link"]) for r in run_named(store, "state-vessels", state="PAN")} == {
        ("Pale Heron", "flag")}


def test_ship_to_ship_partners(store: Store) -> None:
    rows = run_named(store, "sts-partners", vessel="9555010")
    assert [(r["name"], r["date"], r["location"]) for r in rows] == [
        ("Pale Heron", "2024-03-20", "Sea of Japan")]
    assert [r["name"] for r in run_named(store, "sts-partners", vessel="Pale Heron")] == ["Kestrel"]
    assert run_named(store, "sts-partners", vessel="Orca Dawn") == []


def test_events_in_a_date_window(store: Store) -> None:
    rows = run_named(store, "events-between", start="2024-03", end="2024-04")
    assert [(r["type"], r["date"]) for r in rows] == [
        ("PortCall", "2024-03-14"), ("ShipToShipTransfer", "2024-03-20"), ("PortCall", "2024-04")]
    assert run_named(store, "events-between", start="2022", end="2022") == []


def test_sources_behind_an_entity(store: Store) -> None:
    rows = run_named(store, "sources", entity="Pale Heron")
    kinds = {r["kind"] for r in rows}
    assert {"PortCall", "ShipToShipTransfer", "mention"} <= kinds
    text = REPORTS["r2.txt"].split("\n", 1)[1]
    for r in rows:
        assert r["document"].endswith("/r2") and r["title"] == "A meeting at sea"
        assert r["quote"] in text


@pytest.mark.parametrize("params, message", [
    ({"vessel": "Rajin"}, "no Vessel named 'Rajin'"),
    ({}, "needs --param vessel"),
    ({"vessel": "Kestrel", "port": "x"}, "no parameter port"),
])
def test_bad_parameters_are_clear(store: Store, params: dict[str, str], message: str) -> None:
    with pytest.raises((QueryError, EntityLookupError), match=message):
        bind(get("port-calls"), params, entity_lookup(store))


def test_injection_in_a_parameter_stays_a_value(store: Store) -> None:
    # A name that would close the query text if it were pasted in is only a failed lookup;
    # a text parameter is bound as one literal.
    hostile = 'Kestrel> } UNION { ?s ?p ?o } #'
    with pytest.raises(EntityLookupError):
        bind(get("port-calls"), {"vessel": hostile}, entity_lookup(store))
    with pytest.raises(QueryError, match="not a date"):
        bind(get("events-between"), {"start": '2024" } #', "end": "2024"}, entity_lookup(store))
    assert parse_params(["a=b=c"]) == {"a": "b=c"}
    with pytest.raises(QueryError):
        parse_params(["novalue"])


def test_query_cli_by_name(ws: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--name", "both-ports", "--param",
                                       "port_a=Vostochny", "--param", "port_b=Rajin", "--format",
                                       "csv", "--graph", str(ws / "graph")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["name"] for r in rows] == ["Kestrel"] and "port_a" not in rows[0]
    result = CliRunner().invoke(main, ["query", "--list", "--graph", str(ws / "graph")])
    assert "sts-partners" in result.output
    result = CliRunner().invoke(main, ["query", "--name", "nope", "--graph", str(ws / "graph")])
    assert result.exit_code == 1 and "no named query 'nope'" in result.output


def test_timeline_in_time_order_with_filters(store: Store) -> None:
    kestrel = entity_lookup(store)("Kestrel", None)
    events = timeline(store, kestrel)
    assert [(e["date"], e["type"]) for e in events] == [
        ("2024-02-02", "PortCall"), ("2024-02-09", "PortCall"), ("2024-02-09", "PortCall"),
        ("2024-02-09", "Transfer"), ("2024-03-20", "ShipToShipTransfer")]
    assert events[3]["summary"] == "Kestrel from Vostochny to Rajin: fuel oil"
    only_sts = timeline(store, kestrel, PathFilter(event_types=frozenset({"ShipToShipTransfer"})))
    assert [e["summary"] for e in only_sts] == ["Pale Heron and Kestrel at Sea of Japan"]
    march = timeline(store, kestrel, PathFilter(start=_d("2024-03-01"), end=_d("2024-03-31")))
    assert [e["type"] for e in march] == ["ShipToShipTransfer"]


def test_timeline_cli(ws: Path) -> None:
    result = CliRunner().invoke(main, ["timeline", "Vostochny", "--format", "json", "--graph",
                                       str(ws / "graph")])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    assert [e["date"] for e in events] == ["2023-01-03", "2024-02-02", "2024-02-09", "2024-02-09"]
    assert all(e["evidence"][2] for e in events)


def _d(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_paths_and_each_filter(store: Store) -> None:
    g = project(store)
    look = entity_lookup(store)
    maria, heron, orca = look("Maria", None), look("Pale Heron", None), look("Orca Dawn", None)
    # Maria and Pale Heron: via Vostochny, Kestrel and Rajin or the transfer at sea, or flags
    all_paths = shortest_paths(g, maria, heron, k=5)
    assert all_paths and all(p[0][0] == maria and p[-1][1] == heron for p in all_paths)
    assert [len(p) for p in all_paths] == sorted(len(p) for p in all_paths)
    for p in all_paths:
        for _, _, d in p:
            assert d["type"] in ("PortCall", "Transfer", "ShipToShipTransfer", "flag")
            assert d["document"] and (d["quote"] or d["type"] == "flag")
    # only through ports and vessels, only port calls: Maria - Vostochny - Kestrel - Rajin - Heron
    ports_only = shortest_paths(g, maria, heron, k=1, where=PathFilter(
        entity_types=frozenset({"Port", "Vessel"}), event_types=frozenset({"PortCall"})))
    assert [g.nodes[b]["label"] for _, b, _ in ports_only[0]] == [
        "Vostochny", "Kestrel", "Rajin", "Pale Heron"]
    # a window that leaves out 2023 cuts Maria off
    assert shortest_paths(g, maria, heron, where=PathFilter(
        event_types=frozenset({"PortCall", "Transfer", "ShipToShipTransfer"}),
        start=_d("2024-01-01"))) == []
    # Orca Dawn's only link is a "likely" call: a floor of "highly likely" cuts it off
    assert shortest_paths(g, orca, heron, k=1)
    assert shortest_paths(g, orca, heron, where=PathFilter(min_confidence="highly likely")) == []


def test_path_cli_filters(ws: Path) -> None:
    args = ["path", "Maria", "Pale Heron", "--via", "Port", "--via", "Vessel", "--event-type",
            "PortCall", "--graph", str(ws / "graph")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Maria -> Vostochny: PortCall  date=2023-01-03" in result.output
    result = CliRunner().invoke(main, [*args, "--from", "2024"])
    assert result.exit_code == 1 and "with these filters" in result.output
    result = CliRunner().invoke(main, [*args, "--from", "2024-13"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_path_views_are_reused_and_follow_the_filter(store: Store) -> None:
    import copy

    from shipgraph import network

    g = project(store)
    look = entity_lookup(store)
    a, b = look("Pale Heron", "Vessel"), look("Vostochny", "Port")
    only_sts = PathFilter(event_types=frozenset({"ShipToShipTransfer", "PortCall"}))
    vessels_only = PathFilter(entity_types=frozenset({"Vessel"}))
    answers = {}
    for where in (None, only_sts, vessels_only, None, only_sts):
        fresh = shortest_paths(copy.deepcopy(g), a, b, k=3, where=where)
        assert shortest_paths(g, a, b, k=3, where=where) == fresh
        answers.setdefault(where, fresh)
    assert answers[None] and answers[None] != answers[vessels_only]
    assert len(network._VIEWS[g]) == 1  # one view kept at a time
