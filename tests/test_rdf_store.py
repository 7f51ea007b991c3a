from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from shipgraph.build import build
from shipgraph.rdf import document_iri, facts_to_quads, quads_to_facts
from shipgraph.store import Store

from .conftest import SEEDS, facts_of


def test_facts_rdf_facts_round_trip() -> None:
    f = facts_of("The Panama-flagged tanker Blue Heron (IMO 9074729) loaded crude at Primorsk on "
                 "3 March and discharged at Sikka, India, on 20 March. It is likely that the "
                 "tanker Kite received fuel from the Blue Heron in the Gulf of Oman on 25 March.")
    back = quads_to_facts(facts_to_quads(f), document_iri(f.document.id))
    assert back.document == f.document
    strip = [e.model_copy(update={"iri": None}) for e in back.entities]
    assert strip == f.entities
    assert back.events == f.events


def _copy_seeds(tmp: Path) -> Path:
    src = tmp / "reports"
    shutil.copytree(SEEDS, src)
    (src / "second.txt").write_text(" date 2024-01-05 Test Wire\nA title\nThe tanker Grey Owl "
                                    "called at Odesa on 2 January.\n")
    return src


def test_incremental_rebuild(tmp_path: Path) -> None:
    src = _copy_seeds(tmp_path)
    store = Store.open(tmp_path / "store")
    first = build([src], store)
    assert len(first.added) == 2 and not first.errors
    again = build([src], store)
    assert len(again.unchanged) == 2 and not again.added and not again.replaced
    (src / "second.txt").write_text(" date 2024-01-05 Test Wire\nA title\nThe tanker Grey Owl "
                                    "called at Nampo on 2 January.\n")
    changed = build([src], store)
    assert changed.replaced == ["second"] and len(changed.unchanged) == 1
    labels = {r["l"].value for r in store.query("SELECT ?l WHERE { ?p a sg:Port ; rdfs:label ?l }")}
    assert "Nampo" in labels and "Odesa" not in labels
    (src / "second.txt").unlink()
    dropped = build([src], store)
    assert dropped.dropped == ["second"]
    assert document_iri("second") not in store.documents()


def test_failed_file_loses_nothing(tmp_path: Path) -> None:
    src = _copy_seeds(tmp_path)
    store = Store.open(tmp_path / "store")
    build([src], store)
    before = sorted(str(q) for q in store.quads())
    (src / "second.txt").write_bytes(b"\x00\x01binary now\x00")
    report = build([src], store)
    assert len(report.errors) == 1 and "second.txt" in report.errors[0]
    assert sorted(str(q) for q in store.quads()) == before


def test_store_persists_and_reopens(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store")
    build([SEEDS], store)
    n = len(store)
    del store
    again = Store.open(tmp_path / "store", read_only=True)
    assert len(again) == n and n > 0
    assert isinstance(again.query("ASK { ?v a sg:Vessel }"), ox.QueryBoolean)


def test_an_attack_goes_into_the_graph_and_back() -> None:
    f = facts_of("Houthi forces attacked the Liberian-flagged tanker Grey Wren with a missile in the "
                 "Gulf of Aden on 26 January.")
    quads = facts_to_quads(f)
    types = {q.object.value.rsplit("#", 1)[-1] for q in quads
             if q.predicate.value.endswith("22-rdf-syntax-ns#type")}
    assert "Attack" in types
    back = quads_to_facts(quads, document_iri(f.document.id))
    assert back.events == f.events
    assert [e.type for e in back.events] == ["Attack"]


def test_a_reader_tries_again_while_a_writer_rolls_its_files(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    import types

    from shipgraph import store as store_module
    from shipgraph.errors import StoreError
    real = store_module.ox
    tries: list[str] = []

    def read_only(path: str) -> object:
        tries.append(path)
        if len(tries) < 3:  # the writer rolled its log over while the reader opened it
            raise OSError("IO error: No such file or directory: 000011.log")
        return real.Store()

    monkeypatch.setattr(store_module, "ox", types.SimpleNamespace(Store=types.SimpleNamespace(
        read_only=read_only)))
    store_module._open_read_only(tmp_path, attempts=5)
    assert len(tries) == 3

    # a directory it may not read is no race: said at once, as it is
    def refused(path: str) -> object:
        raise PermissionError("Permission denied")

    monkeypatch.setattr(store_module, "ox", types.SimpleNamespace(Store=types.SimpleNamespace(
        read_only=refused)))
    with pytest.raises(PermissionError):
        store_module._open_read_only(tmp_path, attempts=5)
    # and a race that lasts is one line naming the other process
    tries.clear()

    def missing(path: str) -> object:
        tries.append(path)
        raise FileNotFoundError("No such file or directory")

    monkeypatch.setattr(store_module, "ox", types.SimpleNamespace(Store=types.SimpleNamespace(
        read_only=missing)))
    monkeypatch.setattr(store_module.time, "sleep", lambda seconds: None)
    with pytest.raises(StoreError, match="another process"):
        store_module._open_read_only(tmp_path, attempts=3)
    assert len(tries) == 3
