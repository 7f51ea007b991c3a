"""The embedded, persistent store (Oxigraph): open, replace a document's graph, query."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import revcache
from .errors import QueryError, StoreError
from .model import Entity, Facts
from .rdf import (
    DCTERMS,
    ID,
    PREFIXES,
    RDF,
    RDFS,
    SG,
    SKOS,
    document_iri,
    facts_to_quads,
    quads_to_facts,
    sorted_quads,
    value_of,
)
from .resolve import Record

_DOC_PREFIX = str(ID["doc/"])
_RECORD_PROPS = {str(p): name for p, name in (
    (SG.localId, "local"), (RDF.type, "type"), (RDFS.label, "name"), (SKOS.altLabel, "aliases"),
    (SG.pastName, "former_names"), (SG.imoNumber, "imo"), (SG.mmsi, "mmsi"), (SG.flag, "flag"),
    (SG.vesselType, "vessel_type"), (SG.unlocode, "unlocode"), (SG.isoCode, "iso"))}


@dataclass
class Store:
    """A wrapper over pyoxigraph.Store that speaks in documents and Facts."""

    path: Path | None
    inner: ox.Store = field(repr=False)

    @classmethod
    def open(cls, path: Path | None, read_only: bool = False) -> Store:
        """Open (and create) a store directory; None gives an in-memory store."""
        if path is None:
            return cls(None, ox.Store())
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{path}: no graph here yet; run `shipgraph build` first")
                return cls(path, _open_read_only(path))
            path.mkdir(parents=True, exist_ok=True)
            return cls(path, ox.Store(str(path)))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError(f"{path}: the store is in use by another shipgraph process; "
                                 "wait for it to finish") from exc
            raise StoreError(f"{path}: cannot open the store ({message.splitlines()[0]})") from exc

    def document_hashes(self) -> dict[str, str]:
        """Document id -> sha256 of the file its graph was built from."""
        out: dict[str, str] = {}
        for q in self.inner.quads_for_pattern(None, ox.NamedNode(str(SG.sha256)), None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name:
                doc_id = value_of(q.graph_name).rsplit("/", 1)[-1]
                out[doc_id] = value_of(q.object)
        return out

    def replace_documents(self, batch: list[Facts]) -> int:
        """Swap in several documents' graphs: their old graphs are removed, then all new quads
        are added in one transaction, so each document is wholly in the store or absent."""
        if not batch:
            return 0
        quads = [q for facts in batch for q in facts_to_quads(facts)]
        try:
            for facts in batch:
                self.inner.remove_graph(ox.NamedNode(document_iri(facts.document.id)))
            self.inner.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        return len(quads)

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> int:
        """Swap in whole named graphs (a restored dump) in one transaction."""
        try:
            for graph in graphs:
                self.inner.remove_graph(ox.NamedNode(graph))
            self.inner.extend([q for quads in graphs.values() for q in quads])
        except OSError as exc:
            raise StoreError(f"cannot write to the store: {exc}") from exc
        return sum(len(q) for q in graphs.values())

    def drop_document(self, doc_iri: str) -> None:
        self.inner.update(f"DROP SILENT GRAPH <{doc_iri}>")

    def documents(self) -> list[str]:
        """IRIs of the document graphs (not the resolution graph)."""
        return sorted(g.value for g in self.inner.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(_DOC_PREFIX))

    def document_revisions(self) -> dict[str, str]:
        """Document graph IRI -> a hash of the graph's content, which changes whenever the
        graph is written with other content (a new text, or entities resolved elsewhere)."""
        return {value_of(q.graph_name): value_of(q.object)
                for q in self.inner.quads_for_pattern(None, ox.NamedNode(str(SG.revision)), None,
                                                      None)
                if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name}

    def datasets(self) -> set[str]:
        """Ids of documents imported from reference data rather than built from reports."""
        return {value_of(q.subject).rsplit("/", 1)[-1]
                for q in self.inner.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                      ox.NamedNode(str(SG.Dataset)), None)
                if q.subject == q.graph_name}

    def records(self, cache: Path | None = None) -> dict[tuple[str, str], tuple[Record, str]]:
        """Every entity as each stored document states it, with the IRI it has now.

        With a cache file, each document's records are kept with the revision of the graph
        they were read from, and only graphs whose revision changed are read again, so a
        build that changes a few documents reads a few graphs, not the whole store."""
        per_graph = revcache.by_revision(self.document_revisions(), self._records_of, dict,
                                         cache, memo=True)
        return {k: v for records in per_graph.values() for k, v in records.items()}

    def _records_of(self, graph: str | None) -> dict[str, dict[tuple[str, str], tuple[Record, str]]]:
        """Records by graph: of one document graph, or of all (None)."""
        props: dict[tuple[str, str], dict[str, list[str]]] = {}
        patterns = ([(None, ox.NamedNode(pred), None, None) for pred in _RECORD_PROPS]
                    if graph is None else [(None, None, None, ox.NamedNode(graph))])
        for pattern in patterns:
            for q in self.inner.quads_for_pattern(*pattern):
                g = q.graph_name
                name = _RECORD_PROPS.get(q.predicate.value)
                if name and isinstance(g, ox.NamedNode) and g.value.startswith(_DOC_PREFIX):
                    props.setdefault((g.value, value_of(q.subject)), {}).setdefault(name, []).append(
                        value_of(q.object))
        out: dict[str, dict[tuple[str, str], tuple[Record, str]]] = {}
        for (graph, iri), p in props.items():
            kinds = [t.rsplit("#", 1)[-1] for t in p.get("type", [])]
            etype = next((k for k in kinds if k in ("Vessel", "Port", "State", "Place", "Person",
                                                    "Organization")), None)
            if etype is None or not p.get("name"):
                continue
            doc_id = graph[len(_DOC_PREFIX):]
            one: dict[str, Any] = {k: (sorted(p[k])[0] if p.get(k) else None)
                                   for k in ("imo", "mmsi", "vessel_type", "unlocode", "iso")}
            flag = sorted(p["flag"])[0].rsplit("/", 1)[-1] if p.get("flag") else None
            for local in p.get("local", []):
                lid = local.split("#")[-1]
                entity = Entity(id=lid, type=etype, name=sorted(p["name"])[0],  # type: ignore[arg-type]
                                aliases=sorted(p.get("aliases", [])),
                                former_names=sorted(p.get("former_names", [])), flag=flag, **one)
                out.setdefault(graph, {})[(doc_id, lid)] = (Record.of(doc_id, entity), iri)
        return out

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        """Swap the content of one named graph."""
        self.replace_graphs({graph: quads})

    def facts(self, doc_iri: str) -> Facts:
        quads = self.inner.quads_for_pattern(None, None, None, ox.NamedNode(doc_iri))
        return quads_to_facts(quads, doc_iri)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of every document graph, in canonical order."""
        return sorted_quads(q for q in self.inner if isinstance(q.graph_name, ox.NamedNode))

    def __len__(self) -> int:
        return len(self.inner)

    def query(self, sparql: str,
              bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
              ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run SPARQL over the union of all document graphs."""
        try:
            return self.inner.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                    substitutions={ox.Variable(k): v
                                                   for k, v in (bindings or {}).items()})
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from exc
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from exc

    def flush(self) -> None:
        if self.path is not None:
            self.inner.flush()


def _open_read_only(path: Path, attempts: int = 20) -> ox.Store:
    """A read-only view of a store directory. While another process writes the store, its
    files can change under the opening reader (RocksDB reports a missing table file as
    corruption, and a log file rolled over as missing): the open is tried again for a few
    seconds before giving up with a message."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (RuntimeError, OSError) as exc:
            if isinstance(exc, OSError) and not (isinstance(exc, FileNotFoundError) or
                                                 "No such file" in str(exc)):
                raise  # (a directory it may not read is no race: told as it is)
            if attempt == attempts - 1:
                raise StoreError(f"{path}: the store could not be read while another process "
                                 f"writes it; try again when it finishes "
                                 f"({str(exc).splitlines()[0][:200]})") from exc
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def document_count(store: Store) -> int:
    result = store.query(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{SG.Document}> }}")
    assert isinstance(result, ox.QuerySolutions)
    return int(next(iter(result))["n"].value)


def title_of(store: Store, doc_iri: str) -> str:
    for q in store.inner.quads_for_pattern(ox.NamedNode(doc_iri), ox.NamedNode(str(DCTERMS.title)),
                                           None, ox.NamedNode(doc_iri)):
        return value_of(q.object)
    return ""
