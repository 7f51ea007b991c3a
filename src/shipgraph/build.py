"""`build`: reports in, store and files out; unchanged documents are skipped."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ShipgraphError
from .export import write_graphml, write_trig
from .extract.gazetteer import default_gazetteer
from .extract.pipeline import extract
from .rdf import document_iri
from .readers import document_id, find_documents, read_document
from .store import Store


@dataclass
class BuildReport:
    """What a build did, for the summary the CLI prints."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    triples: int = 0
    seconds: float = 0.0


def build(inputs: Iterable[Path], store: Store, out_dir: Path | None = None,
          prune: bool = True) -> BuildReport:
    """Extract every readable report into the store, one named graph each.

    A file that cannot be read is reported and skipped; the store keeps its earlier graph.
    With `prune`, graphs of documents no longer among the inputs are dropped."""
    started = time.perf_counter()
    report = BuildReport()
    gazetteer = default_gazetteer()
    known = store.document_hashes()
    seen: set[str] = set()
    for path in find_documents(inputs):
        try:
            doc = read_document(path)
        except ShipgraphError as exc:
            report.errors.append(str(exc))
            # A file that exists but cannot be read keeps whatever graph it had.
            seen.add(document_id(path))
            continue
        if doc.id in seen:
            report.errors.append(f"{path}: another input has the same document id {doc.id!r}")
            continue
        seen.add(doc.id)
        if known.get(doc.id) == doc.sha256:
            report.unchanged.append(doc.id)
            continue
        facts = extract(doc, gazetteer)
        store.replace_document(facts)
        (report.replaced if doc.id in known else report.added).append(doc.id)
    if prune:
        for doc_id in sorted(set(known) - seen):
            store.drop_document(document_iri(doc_id))
            report.dropped.append(doc_id)
    store.flush()
    _count(store, report)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_trig(store, out_dir / "graph.trig")
        write_graphml(store, out_dir / "graph.graphml")
        ontology = Path(__file__).with_name("ontology.ttl").read_bytes()
        (out_dir / "ontology.ttl").write_bytes(ontology)
    report.seconds = time.perf_counter() - started
    return report


def _count(store: Store, report: BuildReport) -> None:
    from .network import entities_in, event_type_counts

    report.triples = len(store)
    report.documents = len(store.documents())
    report.events.update(event_type_counts(store))
    report.entities.update(e["type"] for e in entities_in(store))
