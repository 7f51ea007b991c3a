"""`build`: reports in, store and files out; unchanged documents are skipped."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ReadError, ShipgraphError, StoreError
from .export import write_atomic, write_graphml, write_trig
from .extract.gazetteer import Gazetteer, default_gazetteer
from .extract.pipeline import extract
from .model import Document, Facts

if TYPE_CHECKING:
    from .reference import Imported
from .rdf import RESOLUTION_GRAPH, document_iri, resolution_quads
from .readers import document_id, find_documents, read_document
from .resolve import Curation, Record, resolve
from .store import Store

CURATION_FILE = "curation.toml"
# Documents written per transaction: each is wholly in the store or not at all.
WRITE_BATCH = 200
# Reports extracted and resolved together: bounds a build's memory (about 140 KB of facts
# per report) whatever the size of the corpus.
BUILD_CHUNK = 2000


@dataclass
class BuildReport:
    """What a build did, for the summary the CLI prints."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    reresolved: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    triples: int = 0
    seconds: float = 0.0


def build(inputs: Iterable[Path], store: Store, out_dir: Path | None = None,
          prune: bool = True, curation: Curation | None = None, jobs: int = 1,
          records_cache: Path | None = None, chunk: int = BUILD_CHUNK) -> BuildReport:
    """Extract every readable report into the store, one named graph each, then resolve
    entities across all documents.

    A file that cannot be read is reported and skipped; the store keeps its earlier graph.
    With `prune`, graphs of reports no longer among the inputs are dropped (imported
    datasets stay). The curation file, if any, is read from out_dir unless given. With jobs
    above 1, documents are extracted in that many processes; the graph is the same. With a
    records cache file, the stored entity records of unchanged documents are not read again
    for resolution."""
    started = time.perf_counter()
    report = BuildReport()
    if curation is None and out_dir is not None:
        curation = Curation.load(out_dir / CURATION_FILE)
    known = store.document_hashes()
    seen: set[str] = set()
    todo: list[Document] = []
    for path in find_documents(inputs):
        doc_id = document_id(path)
        if doc_id in known and doc_id not in seen and _sha256(path) == known[doc_id]:
            seen.add(doc_id)  # the same bytes as stored: nothing to read
            report.unchanged.append(doc_id)
            continue
        try:
            doc = read_document(path)
        except ShipgraphError as exc:
            report.errors.append(str(exc))
            # A file that exists but cannot be read keeps whatever graph it had.
            seen.add(document_id(path))
            continue
        report.warnings.extend(doc.warnings)
        if doc.id in seen:
            report.errors.append(f"{path}: another input has the same document id {doc.id!r}")
            continue
        seen.add(doc.id)
        if known.get(doc.id) == doc.sha256:
            report.unchanged.append(doc.id)
            continue
        todo.append(doc)
        (report.replaced if doc.id in known else report.added).append(doc.id)
    if prune:
        report.dropped = sorted(set(known) - seen - store.datasets())
    # Reports are extracted and written a chunk at a time, so memory holds one chunk's facts,
    # not the whole corpus's; each chunk is resolved with everything stored before it, and
    # graphs an earlier chunk wrote are rewritten if a later one moves their entities.
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)] or [[]]
    for n, part in enumerate(chunks):
        pending = {}
        for doc, facts in zip(part, extract_all(part, jobs), strict=True):
            if isinstance(facts, str):
                # A report the extractor fails on keeps the graph it had; the others go on.
                report.errors.append(f"{doc.path}: extraction failed ({facts}); its graph is unchanged")
                for done in (report.added, report.replaced):
                    if doc.id in done:
                        done.remove(doc.id)
                continue
            pending[facts.document.id] = facts
        write_resolved(store, pending, curation, report, records_cache,
                       drop=report.dropped if n == 0 else [])
    _count(store, report)
    if out_dir is not None:
        write_files(store, out_dir)
    report.seconds = time.perf_counter() - started
    return report


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # read_document says what is wrong with it


def extract_all(docs: list[Document], jobs: int = 1) -> list[Facts | str]:
    """Facts of each document, in order, or what went wrong where the extractor failed on it; in
    `jobs` worker processes when there is work for them."""
    if jobs <= 1 or len(docs) < 2 * jobs:
        gazetteer = default_gazetteer()
        return [extract_or_error(doc, gazetteer) for doc in docs]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_extract_one, docs, chunksize=max(1, min(32, len(docs) // (4 * jobs)))))


def _extract_one(doc: Document) -> Facts | str:
    return extract_or_error(doc, default_gazetteer())


def extract_or_error(doc: Document, gazetteer: Gazetteer) -> Facts | str:
    """The document's facts, or, where the extractor fails on it, the error in one line (so that
    one report it cannot read costs no other's facts)."""
    try:
        return extract(doc, gazetteer)
    except Exception as exc:  # noqa: BLE001 - any failure is reported per document
        return f"{type(exc).__name__}: {exc}"


def import_datasets(paths: Iterable[Path], store: Store, out_dir: Path | None = None,
                    fmt: str = "auto", records_cache: Path | None = None
                    ) -> tuple[BuildReport, list[Imported]]:
    """Load reference data files as dataset documents and resolve them with the reports.

    A file whose bytes are already stored is skipped; problems with single rows are listed in
    each Imported, problems with whole files in the report's errors."""
    from .reference import import_file

    started = time.perf_counter()
    report = BuildReport()
    curation = Curation.load(out_dir / CURATION_FILE) if out_dir is not None else None
    gazetteer = default_gazetteer()
    known = store.document_hashes()
    pending: dict[str, Facts] = {}
    results: list[Imported] = []
    for path in paths:
        try:
            imported = import_file(path, gazetteer, fmt)
        except ShipgraphError as exc:
            report.errors.append(str(exc))
            continue
        results.append(imported)
        doc = imported.facts.document
        if known.get(doc.id) == doc.sha256:
            report.unchanged.append(doc.id)
            continue
        pending[doc.id] = imported.facts
        (report.replaced if doc.id in known else report.added).append(doc.id)
    write_resolved(store, pending, curation, report, records_cache)
    _count(store, report)
    if out_dir is not None:
        write_files(store, out_dir)
    report.seconds = time.perf_counter() - started
    return report, results


RDF_DUMPS = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}


def restore(paths: Iterable[Path], store: Store, out_dir: Path | None = None,
            fmt_name: str | None = None) -> BuildReport:
    """Load TriG or N-Quads dumps (`shipgraph export`) into the store: each named graph in a
    file replaces the graph of that name. A file that cannot be parsed changes nothing."""
    import pyoxigraph as ox

    started = time.perf_counter()
    report = BuildReport()
    for path in paths:
        name = fmt_name or RDF_DUMPS.get(path.suffix.lower(), "nquads")
        fmt = ox.RdfFormat.TRIG if name == "trig" else ox.RdfFormat.N_QUADS
        graphs: dict[str, list[ox.Quad]] = {}
        try:
            for q in ox.parse(path=str(path), format=fmt):
                if not isinstance(q.graph_name, ox.NamedNode):
                    raise ReadError(f"{path}: a triple outside any named graph; shipgraph keeps "
                                    "every claim in its document's graph")
                graphs.setdefault(q.graph_name.value, []).append(q)
        except (SyntaxError, ValueError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            report.errors.append(f"{path}: not valid {fmt.name} ({first})")
            continue
        except OSError as exc:
            report.errors.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        except ReadError as exc:
            report.errors.append(str(exc))
            continue
        store.replace_graphs(graphs)
        report.added.extend(sorted(graphs))
    store.flush()
    _count(store, report)
    if out_dir is not None:
        write_files(store, out_dir)
    report.seconds = time.perf_counter() - started
    return report


def write_resolved(store: Store, pending: dict[str, Facts], curation: Curation | None,
                   report: BuildReport, records_cache: Path | None = None,
                   drop: list[str] | None = None) -> None:
    """Resolve the new documents' entities together with the stored ones, write the new
    graphs, rewrite stored graphs whose entities now resolve elsewhere, and the resolution
    graph. Documents in `drop` (default: report.dropped) are dropped. Curation errors stop
    before anything is written."""
    drop = report.dropped if drop is None else drop
    gone = set(pending) | set(report.dropped)
    stored = {k: v for k, v in store.records(records_cache).items() if k[0] not in gone}
    records = [rec for rec, _ in stored.values()]
    for doc_id, facts in pending.items():
        records.extend(Record.of(doc_id, e) for e in facts.entities)
    res = resolve(records, curation)
    for doc_id in drop:
        store.drop_document(document_iri(doc_id))
    batch: list[Facts] = []
    for doc_id in sorted(pending):
        facts = pending[doc_id]
        for e in facts.entities:
            e.iri = res.iri[(doc_id, e.id)]
        batch.append(facts)
        if len(batch) >= WRITE_BATCH:
            store.replace_documents(batch)
            batch = []
    store.replace_documents(batch)
    stale = sorted({doc for (doc, local), (_, now) in stored.items() if res.iri[(doc, local)] != now})
    batch = []
    for doc_id in stale:
        facts = store.facts(document_iri(doc_id))
        for e in facts.entities:
            e.iri = res.iri.get((doc_id, e.id), e.iri)
        batch.append(facts)
        report.reresolved.append(doc_id)
        if len(batch) >= WRITE_BATCH:
            store.replace_documents(batch)
            batch = []
    store.replace_documents(batch)
    store.replace_graph(RESOLUTION_GRAPH, resolution_quads(records, res))
    # every entity of the graph is one resolved IRI: count them here rather than in the store
    report.entities = Counter(t for _, t in {(res.iri[r.key], r.type) for r in records})
    store.flush()
    if records_cache is not None and (pending or stale):
        store.records(records_cache)  # the graphs just written, so the next build reads none


def write_files(store: Store, out_dir: Path) -> None:
    """The workspace files: graph.trig, graph.graphml and the ontology, each written whole or
    not at all (a temporary file renamed into place)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_trig(store, out_dir / "graph.trig")
        write_graphml(store, out_dir / "graph.graphml")
        ontology = Path(__file__).with_name("ontology.ttl").read_bytes()
        write_atomic(out_dir / "ontology.ttl", ontology)
    except OSError as exc:
        where = exc.filename or out_dir
        raise StoreError(f"{where}: cannot write the graph files ({exc.strerror or exc}); "
                         "the store itself is complete") from exc


def _count(store: Store, report: BuildReport) -> None:
    from .network import entity_type_counts, event_type_counts

    report.triples = len(store)
    report.documents = len(store.documents())
    report.events.update(event_type_counts(store))
    if not report.entities:  # not known from resolution (a restored dump)
        report.entities.update(entity_type_counts(store))
