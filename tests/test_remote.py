"""`--store URL`: the graph kept on a SPARQL 1.1 server (here the Oxigraph server from PyPI,
started on loopback by the test) gives the same graph, answers and exports as the embedded
store."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from shipgraph.cli import main, oxigraph_executable
from shipgraph.errors import StoreError
from shipgraph.remote import Endpoint, RemoteStore, bind_values
from shipgraph.serve import free_port

from .conftest import start_server, write_reports
from .test_questions import REPORTS


def start_oxigraph(location: Path, union: bool = True) -> tuple[subprocess.Popen[bytes], str]:
    union_flag = ["--union-default-graph"] if union else []
    return start_server(lambda port: [oxigraph_executable(), "serve", "--location", str(location),
                                      "--bind", f"127.0.0.1:{port}", *union_flag],
                        "/query?query=ASK%7B%7D")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    proc, base = start_oxigraph(tmp_path / "server-db")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    return write_reports(tmp_path / "reports", REPORTS)


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_remote_graph_equals_the_local_one(server: str, reports: Path, tmp_path: Path) -> None:
    local, remote = ["--graph", str(tmp_path / "local")], ["--graph", str(tmp_path / "ws"),
                                                           "--store", server]
    cli("build", str(reports), *local)
    out = cli("build", str(reports), *remote)
    assert "3 added" in out
    # the same graph, byte for byte, and the same answers
    for fmt in ("trig", "graphml", "csv"):
        assert cli("export", "--format", fmt, *remote) == cli("export", "--format", fmt, *local)
    for args in (["-n", "port-calls", "-p", "vessel=Kestrel"],
                 ["-n", "sts-partners", "-p", "vessel=9555010"],
                 ["-n", "both-ports", "-p", "port_a=Vostochny", "-p", "port_b=Rajin"],
                 ["-n", "state-vessels", "-p", "state=Russia"],
                 ["-n", "events-between", "-p", "start=2024-02-01", "-p", "end=2024-03-15"],
                 ["-n", "sources", "-p", "entity=Pale Heron"],
                 ["SELECT ?n WHERE { ?v a sg:Vessel ; rdfs:label ?n } ORDER BY ?n"],
                 ["ASK { ?v sg:imoNumber \"9444558\" }"]):
        assert cli("query", *args, "--format", "json", *remote) == \
            cli("query", *args, "--format", "json", *local), args
    assert cli("path", "Pale Heron", "Vostochny", *remote) == \
        cli("path", "Pale Heron", "Vostochny", *local)
    assert cli("timeline", "Kestrel", *remote) == cli("timeline", "Kestrel", *local)
    events = cli("query", "-n", "events-between", "-p", "start=2024-02-01", "-p",
                 "end=2024-03-15", "--format", "csv", *remote)
    assert "2024-02-09" in events and "2024-04" not in events


def test_remote_rebuild_replaces_and_drops_documents(server: str, reports: Path,
                                                     tmp_path: Path) -> None:
    remote = ["--graph", str(tmp_path / "ws"), "--store", server, "--no-files"]
    cli("build", str(reports), *remote)
    (reports / "r3.txt").write_text(REPORTS["r3.txt"].replace("Orca Dawn", "Orca Dusk"),
                                    encoding="utf-8")
    (reports / "r2.txt").unlink()
    out = cli("build", str(reports), *remote)
    assert "1 replaced" in out and "1 unchanged" in out and "1 dropped" in out
    names = cli("query", "SELECT DISTINCT ?n WHERE { ?v a sg:Vessel ; rdfs:label ?n } ORDER BY ?n",
                "--format", "csv", "--store", server)
    assert names.splitlines() == ["n", "Kestrel", "Maria", "Orca Dusk"]
    store = RemoteStore.connect(server)
    assert len(store.documents()) == 2
    # every document graph carries its revision, as in the embedded store
    assert set(store.document_revisions()) == set(store.documents())


def test_values_cannot_change_the_query() -> None:
    hostile = ox.Literal('x" } } ; DROP ALL ; SELECT * { "')
    text = bind_values("SELECT ?a WHERE { ?s ?p ?a . FILTER(?a = ?v) }",
                       {ox.Variable("v"): hostile})
    # the value is one escaped literal inside the VALUES block
    assert text.count("DROP ALL") == 1 and '\\"' in text
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), hostile))
    rows = list(store.query(text))
    assert [r["a"] for r in rows] == [hostile]
    assert len(store) == 1


def test_values_bind_inside_subqueries() -> None:
    text = bind_values("SELECT ?x WHERE { { SELECT ?x WHERE { ?s ?p ?x FILTER(?x > ?min) } } }",
                       {ox.Variable("min"): ox.Literal("1", datatype=ox.NamedNode(
                           "http://www.w3.org/2001/XMLSchema#integer"))})
    assert text.count("VALUES (?min)") == 2
    store = ox.Store()
    for i in range(3):
        store.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal(i)))
    assert [r["x"].value for r in store.query(text)] == ["2"]


def test_a_server_without_union_default_graph_is_refused(tmp_path: Path, reports: Path) -> None:
    proc, base = start_oxigraph(tmp_path / "db", union=True)
    try:
        cli("build", str(reports), "--store", base, "--no-files", "--graph", str(tmp_path / "w"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    proc, base = start_oxigraph(tmp_path / "db", union=False)
    try:
        result = CliRunner().invoke(main, ["query", "ASK { ?s ?p ?o }", "--store", base])
        assert result.exit_code == 1
        assert "--union-default-graph" in result.output
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_unreachable_or_malformed_urls_are_one_line_errors() -> None:
    port = free_port()
    result = CliRunner().invoke(main, ["query", "ASK {}", "--store", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot reach the SPARQL endpoint")
    assert "Traceback" not in result.output
    with pytest.raises(StoreError):
        Endpoint.of("ftp://example.org/sparql")


def test_endpoint_urls_follow_the_server_layout() -> None:
    e = Endpoint.of("http://h:7878")
    assert (e.query, e.update, e.data) == ("http://h:7878/query", "http://h:7878/update",
                                           "http://h:7878/store")
    e = Endpoint.of("http://h:3030/ds/sparql", data="http://h:3030/ds/data")
    assert (e.query, e.update, e.data) == ("http://h:3030/ds/sparql", "http://h:3030/ds/update",
                                           "http://h:3030/ds/data")


def test_the_server_binary_is_on_path_for_ci() -> None:
    assert shutil.which(oxigraph_executable()) or Path(oxigraph_executable()).exists()
