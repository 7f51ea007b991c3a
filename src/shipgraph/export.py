"""Serialisations of the whole graph: TriG, N-Quads, Turtle, JSON-LD, GraphML."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .rdf import PREFIXES
from .store import Store

RDF_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = (*RDF_FORMATS, "graphml")


def rdf_bytes(store: Store, fmt: str) -> bytes:
    """The store in an RDF syntax; quads sorted so the bytes are the same run to run."""
    quads = list(store.quads())
    if fmt == "turtle":
        # Turtle has no graphs: the union of all documents' triples, each once.
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=PREFIXES)  # type: ignore[return-value]
    prefixes = PREFIXES if fmt in ("trig", "jsonld") else None
    return ox.serialize(quads, format=RDF_FORMATS[fmt], prefixes=prefixes)  # type: ignore[return-value]


def graphml_bytes(store: Store) -> bytes:
    from .network import project

    g = project(store)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, named_key_ids=True)
    return buf.getvalue()


def export_bytes(store: Store, fmt: str) -> bytes:
    return graphml_bytes(store) if fmt == "graphml" else rdf_bytes(store, fmt)


def write_trig(store: Store, path: Path) -> None:
    path.write_bytes(rdf_bytes(store, "trig"))


def write_graphml(store: Store, path: Path) -> None:
    path.write_bytes(graphml_bytes(store))
