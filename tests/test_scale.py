"""Parallel builds give the same graph; the projection cache re-reads only what changed."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import shipgraph.network as network
from shipgraph.build import build
from shipgraph.store import Store

from .test_questions import REPORTS


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(3):  # six reports: enough for the worker pool to be used
        for name, text in REPORTS.items():
            (folder / f"{n}-{name}").write_text(text.replace("Monitor", f"Monitor {n}"),
                                                 encoding="utf-8")
    return folder


def spy_on(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[str | None]:
    """Record the graph each call of owner.name reads (its last argument), then call it."""
    read: list[str | None] = []
    real = getattr(owner, name)

    def spy(*args):  # type: ignore[no-untyped-def]
        read.append(args[-1])
        return real(*args)

    monkeypatch.setattr(owner, name, spy)
    return read


def test_parallel_build_is_byte_identical(reports: Path, tmp_path: Path) -> None:
    outputs = []
    for jobs in (1, 2):
        ws = tmp_path / f"jobs{jobs}"
        build([reports], Store.open(ws / "store"), ws, jobs=jobs)
        outputs.append(((ws / "graph.trig").read_bytes(), (ws / "graph.graphml").read_bytes()))
    assert outputs[0] == outputs[1]


def edges(g: nx.MultiGraph) -> list[tuple[str, str, str]]:
    return sorted((min(a, b), max(a, b), k) for a, b, k in g.edges(keys=True))


def test_projection_cache_refreshes_only_changed_documents(reports: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws = tmp_path / "ws"
    store = Store.open(ws / "store")
    build([reports], store, None)
    cache = ws / "projection.cache"
    read = spy_on(monkeypatch, network, "_document_edges")
    first = network.project(store, cache)
    assert cache.exists() and edges(first) == edges(network.project(store))
    read.clear()
    again = network.project(store, cache)
    assert read == [] and edges(again) == edges(first)
    # change one report: only its graph is read again, and the result is a fresh projection's
    (reports / "0-r3.txt").write_text(REPORTS["r3.txt"].replace("Rajin in April", "Vostochny in "
                                                                "April"), encoding="utf-8")
    build([reports], store, None)
    read.clear()
    refreshed = network.project(store, cache)
    assert read == ["https://w3id.org/shipgraph/id/doc/0-r3"]
    assert edges(refreshed) == edges(network.project(store))
    # a dropped report leaves the cache too
    (reports / "1-r1.txt").unlink()
    build([reports], store, None)
    assert edges(network.project(store, cache)) == edges(network.project(store))


def test_a_damaged_cache_is_rebuilt(reports: Path, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([reports], store, None)
    cache = tmp_path / "projection.cache"
    cache.write_bytes(b"not a pickle")
    assert edges(network.project(store, cache)) == edges(network.project(store))


def test_records_cache_reads_only_changed_documents(reports: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ws = tmp_path / "ws"
    store = Store.open(ws / "store")
    cache = ws / "records.cache"
    build([reports], store, None, records_cache=cache)
    assert store.records(cache) == store.records()
    read = spy_on(monkeypatch, Store, "_records_of")
    store.records(cache)
    assert read == []
    # one report changes: the build reads that graph's records once, after writing it, and
    # nothing else; the graph is what a build without the cache gives
    (reports / "0-r3.txt").write_text(REPORTS["r3.txt"].replace("Orca Dawn", "Orca Dusk"),
                                      encoding="utf-8")
    build([reports], store, None, records_cache=cache)
    assert read == ["https://w3id.org/shipgraph/id/doc/0-r3"]
    read.clear()
    cached = store.records(cache)
    assert read == []
    assert cached == store.records()
    fresh = Store.open(tmp_path / "fresh")
    build([reports], fresh, None)
    assert sorted(map(str, fresh.inner)) == sorted(map(str, store.inner))
    # a damaged cache is read as no cache
    cache.write_bytes(b"not a pickle")
    assert store.records(cache) == store.records()


@pytest.mark.parametrize("chunk", [1, 2])
def test_a_build_in_chunks_gives_the_same_graph(tmp_path: Path, chunk: int) -> None:
    from shipgraph.export import rdf_bytes

    from .conftest import write_reports
    from .test_resolve import REPORTS as RESOLVE_REPORTS

    # reports whose later ones move entities of earlier ones (an IMO number given later...)
    moved = {"aa.txt": "date 2024-01-05 Wire\nA call\nThe tanker Silver Finch called at Nampo "
                       "on 2 January 2024.\n",
             "ab.txt": "date 2024-02-05 Wire\nThe same ship\nThe Panama-flagged tanker Silver "
                       "Finch (IMO 9074729) called at Rajin on 1 February 2024.\n"}
    folder = write_reports(tmp_path / "reports", {**RESOLVE_REPORTS, **REPORTS, **moved})
    whole, parts = Store.open(tmp_path / "whole"), Store.open(tmp_path / "parts")
    build([folder], whole, None)
    report = build([folder], parts, None, chunk=chunk, records_cache=tmp_path / "records.cache")
    assert "aa" in report.reresolved  # written by one chunk, moved by the next
    assert rdf_bytes(parts, "trig") == rdf_bytes(whole, "trig")
    assert report.entities == build([folder], Store.open(tmp_path / "again"), None).entities
