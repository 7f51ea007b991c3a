"""The networkx projection: entities as nodes, events as edges with their sources; paths."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from . import revcache
from .errors import EntityLookupError
from .extract.dates import parse_iso
from .model import CONFIDENCE_LEVELS
from .rdf import RDF, RDFS, SCHEMA, SG, SKOS, value_of
from .store import Store

_ROLES = ("sg:vessel, sg:port, sg:origin, sg:destination, sg:participant, sg:location, "
          "sg:target, sg:authority")
_EVENT_Q = """
SELECT ?ev ?type ?role ?who ?date ?conf ?cargo ?activity ?doc ?title ?quote ?start ?end %s WHERE {
  GRAPH ?doc {
    %s
    ?ev prov:wasDerivedFrom ?doc ; a ?type ; ?role ?who .
    FILTER(?role IN (%s))
    OPTIONAL { ?ev sg:date ?date } OPTIONAL { ?ev sg:confidence ?conf }
    OPTIONAL { ?ev sg:cargo ?cargo } OPTIONAL { ?ev sg:activity ?activity }
    OPTIONAL { ?doc dcterms:title ?title }
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
                props.setdefault(value_of(q.subject), {}).setdefault(name, set()).add(value_of(q.object))
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
        # (a name written as a name over one in capitals: "Lady Mariam", not "LADY MARIAM")
        current.sort(key=lambda x: (x.isupper(), x))
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


def entity_type_counts(store: Store) -> dict[str, int]:
    """How many entities of each type the graph holds (those with a label, as entities_in)."""
    out: dict[str, int] = {}
    for iri, name in sorted(_ENTITY_TYPES.items()):
        q = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{iri}> ; rdfs:label [] }}"
        n = int(next(iter(store.query(q)))["n"].value)  # type: ignore[arg-type]
        if n:
            out[name] = n
    return out


def event_type_counts(store: Store) -> dict[str, int]:
    q = "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e prov:wasDerivedFrom ?d ; a ?t } GROUP BY ?t"
    return {_local(r["t"]) or "": int(r["n"].value) for r in store.query(q)}  # type: ignore[union-attr]


def events_in(store: Store, entity: str | None = None, graph: str | None = None
              ) -> list[dict[str, Any]]:
    """Events with their roles and first evidence, sorted by IRI; with entity, only the
    events it takes part in; with graph, only those of one document (IRIs are bound as terms,
    not written into the query)."""
    bindings = {"doc": ox.NamedNode(graph)} if graph else {}
    if entity is None:
        rows = store.query(_EVENT_Q % ("", "", _ROLES), bindings)
    else:
        bindings["entity"] = ox.NamedNode(entity)
        rows = store.query(_EVENT_Q % ("?entity", f"?ev ?r0 ?entity . FILTER(?r0 IN ({_ROLES}))",
                                       _ROLES), bindings)
    out: dict[str, dict[str, Any]] = {}
    for row in rows:  # type: ignore[union-attr]
        iri = row["ev"].value
        ev = out.setdefault(iri, {"iri": iri, "type": _local(row["type"]), "roles": {},
                                  "date": None, "confidence": None, "cargo": None,
                                  "activity": None, "document": row["doc"].value, "title": None,
                                  "evidence": None})
        ev["roles"].setdefault(_local(row["role"]), set()).add(row["who"].value)
        for key, var in (("date", "date"), ("confidence", "conf"), ("cargo", "cargo"),
                         ("title", "title"), ("activity", "activity")):
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


Edge = tuple[str, str, str, dict[str, Any]]


def project(store: Store, cache: Path | None = None) -> nx.MultiGraph:
    """Entities as nodes, events (and flags and owners) as edges carrying date, confidence and
    source. With a cache file, edges are kept per document and only the documents whose
    revision changed since the cache was written are read again."""
    g = nx.MultiGraph()
    for e in sorted(entities_in(store), key=lambda e: e["iri"]):
        attrs = {k: v for k, v in e.items() if k not in ("iri", "aliases") and v is not None}
        attrs["aliases"] = "; ".join(e["aliases"])
        g.add_node(e["iri"], **attrs)
    # Edges go in in one canonical order, whatever order the store answered in, so the
    # projection (and the GraphML and GEXF written from it) is the same byte for byte.
    every = [edge for edges in _edges_by_document(store, cache).values() for edge in edges]
    every.sort(key=lambda e: (e[2], e[0], e[1], sorted((k, str(v)) for k, v in e[3].items())))
    for a, b, key, data in every:
        if a in g and b in g:
            g.add_edge(a, b, key=key, **data)
    return g


def _edges_by_document(store: Store, cache: Path | None) -> dict[str, list[Edge]]:
    return revcache.by_revision(store.document_revisions(),
                                lambda doc: _document_edges(store, doc), list, cache)


def _document_edges(store: Store, doc: str | None) -> dict[str, list[Edge]]:
    """The edges each document's claims give (one document, or all when doc is None)."""
    out: dict[str, list[Edge]] = {}
    for ev in events_in(store, graph=doc):
        start, end, quote = ev["evidence"] or (None, None, None)
        data = {"event": ev["iri"], "type": ev["type"], "date": ev["date"] or "",
                "confidence": ev["confidence"] or "", "cargo": ev["cargo"] or "",
                "document": ev["document"], "title": ev["title"] or "", "quote": quote or "",
                "start": start if start is not None else -1, "end": end if end is not None else -1}
        for a, b in _pairs(ev):
            if a != b:
                out.setdefault(ev["document"], []).append((a, b, f"{ev['iri']}|{a}|{b}", data))
    for v, kind, other, data in _attribute_claims(store, doc):
        out.setdefault(data["document"], []).append(
            (v, other, f"{kind}|{v}|{data['document']}",
             {"type": kind, "event": "", "date": "", "confidence": "reported", "cargo": "", **data}))
    return out


_ATTRIBUTE_Q = """
SELECT ?v ?p ?o ?doc ?title ?text ?start ?end WHERE {
  GRAPH ?doc {
    ?v ?p ?o . FILTER(?p IN (sg:flag, sg:owner))
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc sg:text ?text }
    OPTIONAL { ?v sg:mention ?m . ?m sg:start ?start ; sg:end ?end }
  }
}"""


def _attribute_claims(store: Store, graph: str | None = None
                      ) -> list[tuple[str, str, str, dict[str, Any]]]:
    """Flag and owner links, each with the document that states it and the sentence around
    the vessel's mention there (the one speaking of a flag or registry where there is one)."""
    found: dict[tuple[str, str, str, str], list[tuple[int, int]]] = {}
    texts: dict[str, tuple[str, str]] = {}
    bindings = {"doc": ox.NamedNode(graph)} if graph else None
    for row in store.query(_ATTRIBUTE_Q, bindings):  # type: ignore[union-attr]
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


def entity_lookup(store: Store) -> Callable[[str, str | None], str]:
    """A function from a name (label, alias, IMO, MMSI, UN/LOCODE or IRI) and an optional
    type to the entity's IRI, raising EntityLookupError when none or several match."""
    g = nx.Graph()
    for e in entities_in(store):
        g.add_node(e["iri"], **{k: v for k, v in e.items() if k not in ("iri", "aliases")},
                   aliases="; ".join(e["aliases"]))

    def lookup(name: str, type_: str | None = None) -> str:
        try:
            return find_entity(g, name, type_)
        except EntityLookupError:
            if type_ not in (None, "State"):
                raise
            # A state no report names but the graph refers to (the country of a port, a flag).
            state = _state_in_gazetteer(store, name)
            if state is None:
                raise
            return state

    return lookup


def _state_in_gazetteer(store: Store, name: str) -> str | None:
    from .extract.gazetteer import default_gazetteer
    from .rdf import ID

    gazetteer = default_gazetteer()
    entries = gazetteer.lookup(name)
    if not entries and name.upper() in gazetteer.states:
        entries = [gazetteer.states[name.upper()]]
    for entry in entries:
        if entry.kind == "State":
            iri = ox.NamedNode(str(ID[f"state/{entry.key}"]))
            if next(iter(store.inner.quads_for_pattern(None, None, iri, None)), None) is not None:
                return iri.value
    return None


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
                wanted.upper() in (attrs.get("imo"), attrs.get("mmsi"), attrs.get("unlocode"),
                                   attrs.get("iso")):
            hits.append(node)
    if len(hits) == 1:
        return hits[0]
    if hits:
        listed = ", ".join(f"{g.nodes[h].get('label')} ({g.nodes[h].get('type')}, {h})"
                           for h in sorted(hits))
        raise EntityLookupError(f"{name!r} is ambiguous: {listed}")
    near = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.6)
    hint = "; nearest: " + ", ".join(sorted({names[n] for n in near})) if near else ""
    raise EntityLookupError(f"no {type_ or 'entity'} named {name!r}{hint}")


def _best_edge(edges: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    def rank(d: dict[str, Any]) -> tuple[float, str, str]:
        return (-CONFIDENCE_LEVELS.get(d.get("confidence", ""), 0.0), d.get("date", ""),
                d.get("event", ""))
    return sorted(edges.values(), key=rank)[0]


def timeline(store: Store, entity: str, where: PathFilter | None = None) -> list[dict[str, Any]]:
    """The entity's events in time order (undated last), each described in words with the
    labels of who and where, and filtered by event type, date window and confidence."""
    where = where or PathFilter()
    labels = {e["iri"]: e["label"] for e in entities_in(store)}
    out = []
    for ev in events_in(store, entity):
        if not where.allows_edge(ev):
            continue
        period = parse_iso(ev["date"] or "")
        out.append({**ev, "roles": {k: sorted(v) for k, v in ev["roles"].items()},
                    "summary": describe(ev, labels),
                    "sort": (period is None, period.start if period else dt.date.min,
                             period.end if period else dt.date.min, ev["iri"])})
    out.sort(key=lambda e: e["sort"])
    for e in out:
        del e["sort"]
    return out


def describe(ev: dict[str, Any], labels: dict[str, str]) -> str:
    """An event in a few words: "Maria at Dunai (discharging)", "Iran to Russia: drones"."""
    def names(*roles: str) -> str:
        found = [labels.get(w, w.rsplit("/", 1)[-1]) for r in roles for w in sorted(ev["roles"].get(r, ()))]
        return " and ".join(found)

    kind = ev["type"]
    if kind == "PortCall":
        text = f"{names('vessel')} at {names('port')}"
        return text + (f" ({ev['activity']})" if ev.get("activity") else "")
    if kind == "Transfer":
        parts = [names("vessel")] if ev["roles"].get("vessel") else []
        parts.append(f"from {names('origin') or '?'} to {names('destination') or '?'}")
        return " ".join(parts) + (f": {ev['cargo']}" if ev.get("cargo") else "")
    if kind == "ShipToShipTransfer":
        where_ = names("location")
        return names("participant", "vessel") + (f" at {where_}" if where_ else "")
    actors = names("vessel", "target", "participant")
    extra = names("authority", "port", "location")
    return actors + (f" ({extra})" if extra else "")


@dataclass(frozen=True)
class PathFilter:
    """Which hops a path may use: entity types of the nodes it passes through (the two ends
    are always allowed), event types of its edges ("flag" and "owner" name those links), a date
    window that an edge's date must overlap (undated event edges are then left out), and the
    least confidence on the analysts' scale."""

    entity_types: frozenset[str] = frozenset()
    event_types: frozenset[str] = frozenset()
    start: dt.date | None = None
    end: dt.date | None = None
    min_confidence: str | None = None

    def allows_node(self, attrs: dict[str, Any]) -> bool:
        return not self.entity_types or attrs.get("type") in self.entity_types

    def allows_edge(self, d: dict[str, Any]) -> bool:
        if self.event_types and d.get("type") not in self.event_types:
            return False
        if self.min_confidence is not None and CONFIDENCE_LEVELS.get(d.get("confidence", ""), 0.0) \
                < CONFIDENCE_LEVELS[self.min_confidence]:
            return False
        if (self.start or self.end) and d.get("type") not in ("flag", "owner"):
            period = parse_iso(d.get("date") or "")
            if period is None:
                return False
            if self.start and period.end < self.start or self.end and period.start > self.end:
                return False
        return True


# The simple graph a filter leaves of a projection, kept per projection (while it lives) and
# filter: building it walks every edge, which is most of a lookup's time on a large graph.
_VIEWS: weakref.WeakKeyDictionary[nx.MultiGraph, dict[Any, Any]] = weakref.WeakKeyDictionary()


def _simple_view(g: nx.MultiGraph, where: PathFilter, ends: frozenset[str]
                 ) -> tuple[nx.Graph, dict[tuple[str, str], dict[Any, dict[str, Any]]]]:
    key = (where, ends, g.number_of_nodes(), g.number_of_edges())
    views = _VIEWS.setdefault(g, {})
    if key not in views:
        simple = nx.Graph()
        simple.add_nodes_from(n for n, attrs in g.nodes(data=True)
                              if n in ends or where.allows_node(attrs))
        allowed: dict[tuple[str, str], dict[Any, dict[str, Any]]] = {}
        for a, b, k, d in g.edges(keys=True, data=True):
            if a in simple and b in simple and where.allows_edge(d):
                allowed.setdefault((a, b) if a <= b else (b, a), {})[k] = d
                simple.add_edge(a, b)
        views.clear()  # one view at a time: a large graph's view is large
        views[key] = (simple, allowed)
    return views[key]


def shortest_paths(g: nx.MultiGraph, source: str, target: str, k: int = 1,
                   max_hops: int | None = None, where: PathFilter | None = None
                   ) -> list[list[tuple[str, str, dict[str, Any]]]]:
    """Up to k shortest simple paths, each a list of hops (from, to, the edge explaining it,
    the best-supported of those the filter allows)."""
    where = where or PathFilter()
    if source == target:
        return []
    ends = frozenset((source, target))
    if all(where.allows_node(g.nodes[n]) for n in ends if n in g):
        ends = frozenset()  # the filter admits both ends: the view is the same for any pair
    simple, allowed = _simple_view(g, where, ends)
    try:
        paths = list(islice(nx.shortest_simple_paths(simple, source, target), k))
    except nx.NetworkXNoPath:
        return []
    out = []
    for path in paths:
        if max_hops is not None and len(path) - 1 > max_hops:
            break
        out.append([(a, b, _best_edge(allowed[(a, b) if a <= b else (b, a)]))
                    for a, b in zip(path, path[1:], strict=False)])
    return out
