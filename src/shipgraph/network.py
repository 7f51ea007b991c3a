"""The networkx projection: entities as nodes, events as edges with their sources; paths."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .errors import EntityLookupError
from .model import CONFIDENCE_LEVELS
from .rdf import RDF, RDFS, SCHEMA, SG, SKOS
from .store import Store

_EVENT_Q = """
SELECT ?ev ?type ?role ?who ?date ?conf ?cargo ?doc ?title ?quote ?start ?end WHERE {
  GRAPH ?doc {
    ?ev prov:wasDerivedFrom ?doc ; a ?type ; ?role ?who .
    FILTER(?role IN (sg:vessel, sg:port, sg:origin, sg:destination, sg:participant, sg:location,
                     sg:target, sg:authority))
    OPTIONAL { ?ev sg:date ?date } OPTIONAL { ?ev sg:confidence ?conf }
    OPTIONAL { ?ev sg:cargo ?cargo } OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?ev sg:evidence ?x . ?x sg:quote ?quote ; sg:start ?start ; sg:end ?end }
  }
}"""
_ATTRS = ("imo", "mmsi", "flag", "vtype", "country", "unlocode", "iso", "lat", "lon", "owner")


def _local(term: ox.NamedNode | ox.Literal | None) -> str | None:
    if term is None:
        return None
    value = term.value
    return value.rsplit("#", 1)[-1] if "#" in value else value


_ENTITY_PROPS = {str(p): name for p, name in (
    (RDF.type, "type"), (RDFS.label, "labels"), (SKOS.altLabel, "aliases"), (SG.pastName, "past"),
    (SKOS.prefLabel, "pref"), (SG.imoNumber, "imo"), (SG.mmsi, "mmsi"), (SG.flag, "flag"),
    (SG.vesselType, "vtype"), (SG.country, "country"), (SG.unlocode, "unlocode"),
    (SG.isoCode, "iso"), (SCHEMA.latitude, "lat"), (SCHEMA.longitude, "lon"), (SG.owner, "owner"))}
_ENTITY_TYPES = {str(SG[t]): t for t in ("Vessel", "Port", "State", "Place", "Person",
                                          "Organization")}


def entities_in(store: Store) -> list[dict[str, Any]]:
    """Every entity with its type, label, aliases and attributes, sorted by IRI.

    Read straight from the store's indexes: a SPARQL join of the optional attributes
    multiplies rows by labels, aliases and documents."""
    props: dict[str, dict[str, set[str]]] = {}
    for pred, name in _ENTITY_PROPS.items():
        for q in store.inner.quads_for_pattern(None, ox.NamedNode(pred), None, None):
            if isinstance(q.subject, ox.NamedNode):
                props.setdefault(q.subject.value, {}).setdefault(name, set()).add(q.object.value)
    out: list[dict[str, Any]] = []
    for iri in sorted(props):
        p = props[iri]
        etype = next((_ENTITY_TYPES[t] for t in sorted(p.get("type", ())) if t in _ENTITY_TYPES),
                     None)
        if etype is None or not p.get("labels"):
            continue
        labels = sorted(p["labels"])
        # A ship's current name over the names it sailed under before.
        current = [x for x in labels if x not in p.get("past", ())] or labels
        label = sorted(p["pref"])[0] if p.get("pref") else current[0]
        e: dict[str, Any] = {"iri": iri, "type": etype, "label": label,
                             "aliases": sorted((p.get("aliases", set()) | p.get("past", set())
                                                 | set(labels)) - {label})}
        for attr in _ATTRS:
            if p.get(attr):
                value = sorted(p[attr])[0]
                e[attr] = value.rsplit("/", 1)[-1] if attr in ("flag", "country") else value
        out.append(e)
    return out


def event_type_counts(store: Store) -> dict[str, int]:
    q = "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e prov:wasDerivedFrom ?d ; a ?t } GROUP BY ?t"
    return {_local(r["t"]) or "": int(r["n"].value) for r in store.query(q)}  # type: ignore[union-attr]


def events_in(store: Store) -> list[dict[str, Any]]:
    """Events with their roles and first evidence, sorted by IRI."""
    out: dict[str, dict[str, Any]] = {}
    for row in store.query(_EVENT_Q):  # type: ignore[union-attr]
        iri = row["ev"].value
        ev = out.setdefault(iri, {"iri": iri, "type": _local(row["type"]), "roles": {},
                                  "date": None, "confidence": None, "cargo": None,
                                  "document": row["doc"].value, "title": None, "evidence": None})
        ev["roles"].setdefault(_local(row["role"]), set()).add(row["who"].value)
        for key, var in (("date", "date"), ("confidence", "conf"), ("cargo", "cargo"),
                         ("title", "title")):
            if row[var] is not None and ev[key] is None:
                ev[key] = row[var].value
        if row["quote"] is not None:
            evidence = (int(row["start"].value), int(row["end"].value), row["quote"].value)
            if ev["evidence"] is None or evidence < ev["evidence"]:
                ev["evidence"] = evidence
    return [out[k] for k in sorted(out)]


def _pairs(ev: dict[str, Any]) -> Iterator[tuple[str, str]]:
    roles = {k: sorted(v) for k, v in ev["roles"].items()}
    vessels = roles.get("vessel", []) + roles.get("participant", [])
    places = roles.get("port", []) + roles.get("location", [])
    ends = roles.get("origin", []) + roles.get("destination", [])
    if ev["type"] == "ShipToShipTransfer":
        for i, a in enumerate(vessels):
            for b in vessels[i + 1:]:
                yield a, b
            for p in places:
                yield a, p
        return
    actors = vessels or roles.get("target", [])
    for a in actors:
        for p in places + ends + roles.get("authority", []):
            yield a, p
    if not actors and len(ends) == 2:
        yield ends[0], ends[1]


def project(store: Store) -> nx.MultiGraph:
    """Entities as nodes, events (and flags) as edges carrying date, confidence and source."""
    g = nx.MultiGraph()
    for e in entities_in(store):
        attrs = {k: v for k, v in e.items() if k not in ("iri", "aliases") and v is not None}
        attrs["aliases"] = "; ".join(e["aliases"])
        g.add_node(e["iri"], **attrs)
    for ev in events_in(store):
        start, end, quote = ev["evidence"] or (None, None, None)
        data = {"event": ev["iri"], "type": ev["type"], "date": ev["date"] or "",
                "confidence": ev["confidence"] or "", "cargo": ev["cargo"] or "",
                "document": ev["document"], "title": ev["title"] or "", "quote": quote or "",
                "start": start if start is not None else -1, "end": end if end is not None else -1}
        for a, b in _pairs(ev):
            if a != b and a in g and b in g:
                g.add_edge(a, b, key=f"{ev['iri']}|{a}|{b}", **data)
    for v, kind, other, data in _attribute_claims(store):
        if v in g and other in g:
            g.add_edge(v, other, key=f"{kind}|{v}|{data['document']}", type=kind, event="",
                       date="", confidence="reported", cargo="", **data)
    return g


_ATTRIBUTE_Q = """
SELECT ?v ?p ?o ?doc ?title ?text ?start ?end WHERE {
  GRAPH ?doc {
    ?v ?p ?o . FILTER(?p IN (sg:flag, sg:owner))
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc sg:text ?text }
    OPTIONAL { ?v sg:mention ?m . ?m sg:start ?start ; sg:end ?end }
  }
}"""


def _attribute_claims(store: Store) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Flag and owner links, each with the document that states it and the sentence around
    the vessel's mention there (the one speaking of a flag or registry where there is one)."""
    found: dict[tuple[str, str, str, str], list[tuple[int, int]]] = {}
    texts: dict[str, tuple[str, str]] = {}
    for row in store.query(_ATTRIBUTE_Q):  # type: ignore[union-attr]
        key = (row["v"].value, _local(row["p"]) or "", row["o"].value, row["doc"].value)
        spans = found.setdefault(key, [])
        if row["start"] is not None:
            spans.append((int(row["start"].value), int(row["end"].value)))
        texts[row["doc"].value] = (row["title"].value if row["title"] else "",
                                   row["text"].value if row["text"] else "")
    out = []
    for (v, kind, other, doc), spans in sorted(found.items()):
        title, text = texts[doc]
        best = ("", -1, -1)
        for start, end in sorted(spans):
            quote, s, e = _sentence_around(text, start, end)
            if not best[0]:
                best = (quote, s, e)
            if kind == "flag" and re.search(r"flag|regist", quote, re.I):
                best = (quote, s, e)
                break
        out.append((v, kind, other, {"document": doc, "title": title, "quote": best[0],
                                     "start": best[1], "end": best[2]}))
    return out


def _sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    if not text or start < 0:
        return "", -1, -1
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    s = left + 1 if left >= 0 else 0
    while s < start and text[s] in " .?!":
        s += 1
    stops = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! ")))
             if i >= 0]
    e = min(stops) + 1 if stops else len(text)
    if text[e - 1] == "\n":
        e -= 1
    return text[s:e], s, e


def find_entity(g: nx.MultiGraph, name: str, type_: str | None = None) -> str:
    """The node a name means: by label or alias, case-insensitively; else a clear error."""
    wanted = name.casefold().strip()
    hits = []
    names: dict[str, str] = {}
    for node, attrs in g.nodes(data=True):
        if type_ and attrs.get("type") != type_:
            continue
        labels = [attrs.get("label", "")] + [a for a in attrs.get("aliases", "").split("; ") if a]
        for label in labels:
            names.setdefault(label.casefold(), attrs.get("label", node))
        if wanted in (lab.casefold() for lab in labels) or wanted == node.casefold() or \
                wanted in (attrs.get("imo"), attrs.get("mmsi"), attrs.get("unlocode")):
            hits.append(node)
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = ", ".join(f"{g.nodes[h].get('label')} ({g.nodes[h].get('type')}, {h})"
                           for h in sorted(hits))
        raise EntityLookupError(f"{name!r} is ambiguous: {listed}")
    near = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    hint = "; nearest: " + ", ".join(sorted({names[n] for n in near})) if near else ""
    raise EntityLookupError(f"no entity named {name!r}{hint}")


def _best_edge(edges: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    def rank(d: dict[str, Any]) -> tuple[float, str, str]:
        return (-CONFIDENCE_LEVELS.get(d.get("confidence", ""), 0.0), d.get("date", ""),
                d.get("event", ""))
    return sorted(edges.values(), key=rank)[0]


def shortest_paths(g: nx.MultiGraph, source: str, target: str, k: int = 1,
                   max_hops: int | None = None) -> list[list[tuple[str, str, dict[str, Any]]]]:
    """Up to k shortest simple paths, each a list of hops (from, to, the edge explaining it)."""
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for a, b in g.edges():
        if not simple.has_edge(a, b):
            simple.add_edge(a, b)
    if source == target:
        return []
    try:
        paths = list(islice(nx.shortest_simple_paths(simple, source, target), k))
    except nx.NetworkXNoPath:
        return []
    out = []
    for path in paths:
        if max_hops is not None and len(path) - 1 > max_hops:
            break
        out.append([(a, b, _best_edge(g.get_edge_data(a, b))) for a, b in zip(path, path[1:], strict=False)])
    return out
