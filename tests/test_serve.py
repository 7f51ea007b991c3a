"""`shipgraph serve`: the SPARQL 1.1 Protocol over the store, read-only unless asked."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from shipgraph.build import build
from shipgraph.cli import oxigraph_executable
from shipgraph.store import Store

from .conftest import SEEDS, start_server


def start(ws: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    return start_server(lambda port: [sys.executable, "-m", "shipgraph.cli", "serve", "--graph", str(ws),
                                      "--port", str(port), *extra],
                        "/query?query=" + urllib.parse.quote("ASK {}"))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("serve") / "graph"
    store = Store.open(ws / "store")
    build([SEEDS], store, None)
    del store  # close it: the server opens the directory
    return ws


@pytest.fixture
def server(workspace: Path) -> Iterator[str]:
    proc, base = start(workspace, "--timeout", "2")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def select(base: str, query: str) -> dict:  # type: ignore[type-arg]
    req = urllib.request.Request(base + "/query?query=" + urllib.parse.quote(query),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())  # type: ignore[no-any-return]


def test_queries_over_http_see_all_documents(server: str) -> None:
    data = select(server, "PREFIX sg: <https://w3id.org/shipgraph/ontology#> "
                          "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                          "SELECT DISTINCT ?name WHERE { ?e a sg:PortCall ; sg:vessel/rdfs:label ?name } "
                          "ORDER BY ?name")
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["Angara", "Maria"]


def test_update_is_refused_when_read_only(server: str) -> None:
    req = urllib.request.Request(server + "/update", data=b"update=" + urllib.parse.quote_plus(
        "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }").encode(), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code >= 400
    assert select(server, "ASK { <http://x/a> ?p ?o }")["boolean"] is False


def test_a_runaway_query_is_stopped_and_others_still_answered(server: str) -> None:
    # Some 430 triples to the fourth power: it would run for hours. The server stops it after
    # the 2 s timeout: an error status, or (once the answer has begun) a cut-off body. Were it
    # not stopped, the client's own 30 s timeout would raise another error and fail the test.
    with pytest.raises((urllib.error.HTTPError, json.JSONDecodeError)):
        select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    assert select(server, "ASK { ?s ?p ?o }")["boolean"] is True


def test_update_allowed_when_asked(tmp_path: Path) -> None:
    ws = tmp_path / "graph"
    store = Store.open(ws / "store")
    build([SEEDS], store, None)
    del store
    proc, base = start(ws, "--allow-update")
    try:
        req = urllib.request.Request(base + "/update", data=(
            "update=" + urllib.parse.quote_plus("INSERT DATA { GRAPH <http://x/g> { <http://x/a> "
                                                "<http://x/b> <http://x/c> } }")).encode(),
            method="POST", headers={"Content-Type": "application/x-www-form-urlencoded"})
        urllib.request.urlopen(req, timeout=10)
        assert select(base, "ASK { <http://x/a> ?p ?o }")["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_server_is_installed() -> None:
    assert Path(oxigraph_executable()).exists()


def fetch(base: str, query: str, accept: str) -> tuple[dict[str, str], bytes]:
    req = urllib.request.Request(base + "/query?query=" + urllib.parse.quote(query),
                                 headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return dict(resp.headers.items()), resp.read()


@pytest.fixture
def small_limit(workspace: Path) -> Iterator[str]:
    proc, base = start(workspace, "--timeout", "3", "--limit", "7")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_a_long_answer_is_cut_at_the_limit_with_a_notice(small_limit: str) -> None:
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    headers, body = fetch(small_limit, everything, "application/sparql-results+json")
    data = json.loads(body)
    assert len(data["results"]["bindings"]) == 7
    assert headers["Shipgraph-Truncated"] == "7"
    assert data["head"]["link"] == ["urn:shipgraph:truncated:7"]
    # the client's format is kept: CSV is a header and 7 rows, XML has 7 results
    headers, body = fetch(small_limit, everything, "text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    assert len(body.decode().strip().splitlines()) == 8
    _, body = fetch(small_limit, everything, "application/sparql-results+xml")
    assert body.count(b"<result>") == 7
    # graphs are cut too
    headers, body = fetch(small_limit, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                          "application/n-triples")
    assert len(body.decode().strip().splitlines()) == 7 and headers["Shipgraph-Truncated"] == "7"
    # a short answer is whole and unmarked; ASK passes through
    headers, body = fetch(small_limit, "SELECT ?v WHERE { ?v a "
                          "<https://w3id.org/shipgraph/ontology#Vessel> }",
                          "application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 2
    assert "Shipgraph-Truncated" not in headers and "link" not in json.loads(body)["head"]
    _, body = fetch(small_limit, "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True


def test_other_clients_are_answered_while_a_query_runs(small_limit: str) -> None:
    import threading

    outcome: list[str] = []

    def runaway() -> None:
        try:
            fetch(small_limit, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                               ". ?j ?k ?l }", "application/sparql-results+json")
            outcome.append("answered")
        except (urllib.error.HTTPError, json.JSONDecodeError):
            outcome.append("stopped")

    worker = threading.Thread(target=runaway)
    worker.start()
    time.sleep(0.3)
    started = time.perf_counter()
    _, body = fetch(small_limit, "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True
    assert worker.is_alive() or time.perf_counter() - started < 2
    worker.join(timeout=30)
    assert outcome == ["stopped"]


def _processes_using(path: Path) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if str(path).encode() in args and any(a.endswith(b"oxigraph") for a in args[:1]):
            found.append(cmdline.parent.name)
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_stopping_the_server_stops_the_oxigraph_server(tmp_path: Path) -> None:
    ws = tmp_path / "graph"
    store = Store.open(ws / "store")
    build([SEEDS], store, None)
    del store
    proc, _ = start(ws)
    assert _processes_using(ws / "store")
    proc.terminate()
    proc.wait(timeout=10)
    for _ in range(50):
        if not _processes_using(ws / "store"):
            return
        time.sleep(0.1)
    raise AssertionError("the Oxigraph server outlived `shipgraph serve`")
