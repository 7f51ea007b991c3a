"""Serialisations of the whole graph: RDF (TriG, N-Quads, Turtle, JSON-LD), GraphML and GEXF
for graph tools, GeoJSON for maps, CSV of events for spreadsheets.

Every format keeps each claim's date, confidence and source (document, offsets, sentence), and
every one is byte-identical for the same graph."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .rdf import PREFIXES
from .store import Store

RDF_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
PROJECTION_CACHE = "projection.cache"
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "geojson", "csv")
CSV_COLUMNS = ("event", "type", "date", "begin", "end", "confidence", "summary", "vessel",
               "participants", "port", "origin", "destination", "location", "target",
               "authority", "cargo", "activity", "document", "title", "start", "stop", "quote")


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


def _projection(store: Store, cache: Path | None = None) -> nx.MultiGraph:
    from .network import project

    g = project(store, cache)
    for _, attrs in g.nodes(data=True):
        for key in ("lat", "lon"):
            if key in attrs:
                attrs[key] = float(attrs[key])
    return g


def graphml_bytes(store: Store, cache: Path | None = None) -> bytes:
    """GraphML with generated key ids (d0, d1...): node and edge attributes may share a name,
    and GraphML key ids must be unique in the document."""
    buf = io.BytesIO()
    nx.write_graphml(_projection(store, cache), buf)
    return buf.getvalue()


def gexf_bytes(store: Store, cache: Path | None = None) -> bytes:
    """GEXF 1.2 for Gephi. An edge's kind is named "relation" (GEXF's own edge attribute
    "type" means directed or not) and evidence offsets offset_start and offset_end (the writer
    reads "start" and "end" as a dynamic graph's time spells). The modification date is left
    out so that the bytes depend on the graph only."""
    g = _projection(store, cache)
    for _, _, attrs in g.edges(data=True):
        attrs["relation"] = attrs.pop("type", "")
        attrs["offset_start"] = attrs.pop("start", -1)
        attrs["offset_end"] = attrs.pop("end", -1)
    buf = io.BytesIO()
    nx.write_gexf(g, buf)
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1)


def geojson_bytes(store: Store) -> bytes:
    """Ports as points (with their number of calls) and voyages as lines: each Transfer whose
    origin and destination are both ports with known coordinates."""
    from .network import entities_in, events_in

    ports = {e["iri"]: e for e in entities_in(store)
             if e["type"] == "Port" and e.get("lat") is not None and e.get("lon") is not None}
    labels = {e["iri"]: e["label"] for e in entities_in(store)}
    calls: dict[str, int] = {}
    voyages: list[dict[str, Any]] = []
    for ev in events_in(store):
        roles = {k: sorted(v) for k, v in ev["roles"].items()}
        for port in roles.get("port", []):
            if ev["type"] == "PortCall":
                calls[port] = calls.get(port, 0) + 1
        if ev["type"] != "Transfer":
            continue
        for origin in roles.get("origin", []):
            for dest in roles.get("destination", []):
                if origin in ports and dest in ports and origin != dest:
                    voyages.append(_voyage(ev, roles, origin, dest, ports, labels))
    features = []
    for iri in sorted(ports):
        p = ports[iri]
        features.append({"type": "Feature", "id": iri,
                         "geometry": {"type": "Point", "coordinates": _lonlat(p)},
                         "properties": {"kind": "port", "label": p["label"],
                                        "unlocode": p.get("unlocode"), "country": p.get("country"),
                                        "port_calls": calls.get(iri, 0)}})
    features.extend(voyages)
    return (json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                       indent=1, sort_keys=True) + "\n").encode("utf-8")


def _lonlat(p: dict[str, Any]) -> list[float]:
    return [round(float(p["lon"]), 6), round(float(p["lat"]), 6)]


def _voyage(ev: dict[str, Any], roles: dict[str, list[str]], origin: str, dest: str,
            ports: dict[str, dict[str, Any]], labels: dict[str, str]) -> dict[str, Any]:
    start, end, quote = ev["evidence"] or (None, None, None)
    vessels = roles.get("vessel", [])
    return {"type": "Feature", "id": f"{ev['iri']}#{origin}>{dest}",
            "geometry": {"type": "LineString",
                         "coordinates": [_lonlat(ports[origin]), _lonlat(ports[dest])]},
            "properties": {"kind": "voyage", "event": ev["iri"],
                           "vessel": "; ".join(labels.get(v, v) for v in vessels) or None,
                           "origin": labels.get(origin), "destination": labels.get(dest),
                           "date": ev["date"], "confidence": ev["confidence"], "cargo": ev["cargo"],
                           "document": ev["document"], "title": ev["title"], "start": start,
                           "end": end, "quote": quote}}


def csv_bytes(store: Store) -> bytes:
    """One row per event: who, where, when, how sure, and the sentence it comes from."""
    from .extract.dates import parse_iso
    from .network import describe, entities_in, events_in

    labels = {e["iri"]: e["label"] for e in entities_in(store)}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for ev in events_in(store):
        period = parse_iso(ev["date"] or "")
        start, end, quote = ev["evidence"] or ("", "", "")

        def names(role: str, ev: dict[str, Any] = ev) -> str:
            return "; ".join(labels.get(x, x) for x in sorted(ev["roles"].get(role, ())))

        writer.writerow([ev["iri"], ev["type"], ev["date"] or "",
                         period.start.isoformat() if period else "",
                         period.end.isoformat() if period else "", ev["confidence"] or "",
                         describe(ev, labels), names("vessel"), names("participant"),
                         names("port"), names("origin"), names("destination"), names("location"),
                         names("target"), names("authority"), ev["cargo"] or "",
                         ev.get("activity") or "", ev["document"], ev["title"] or "", start, end,
                         quote])
    return buf.getvalue().encode("utf-8")


def export_bytes(store: Store, fmt: str, cache: Path | None = None) -> bytes:
    """The graph in a format of FORMATS; cache is the projection cache for graphml and gexf."""
    if fmt == "graphml":
        return graphml_bytes(store, cache)
    if fmt == "gexf":
        return gexf_bytes(store, cache)
    writers = {"geojson": geojson_bytes, "csv": csv_bytes}
    if fmt in writers:
        return writers[fmt](store)
    return rdf_bytes(store, fmt)


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: a reader (or a killed build) never sees half of it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_trig(store: Store, path: Path) -> None:
    write_atomic(path, rdf_bytes(store, "trig"))


def write_graphml(store: Store, path: Path) -> None:
    write_atomic(path, graphml_bytes(store, path.with_name(PROJECTION_CACHE)))
