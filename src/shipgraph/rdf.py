"""The vocabulary and the mapping between Facts and RDF quads (one named graph per document)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .extract.dates import parse_iso
from .model import CONFIDENCE_LEVELS, Document, Entity, Event, Evidence, Facts

if TYPE_CHECKING:
    from .resolve import Record, Resolution

SG = Namespace("https://w3id.org/shipgraph/ontology#")
ID = Namespace("https://w3id.org/shipgraph/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cubiss.nl/sem/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
TIME = Namespace("http://www.w3.org/2006/time#")

# The graph holding why records were resolved to entities, and the analysts' curated labels.
RESOLUTION_GRAPH = str(ID["graph/resolution"])

PREFIXES = {
    "sg": str(SG), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
    "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS), "schema": str(SCHEMA),
    "sem": str(SEM),
}
_ENTITY_PATH = {"Vessel": "vessel", "Port": "port", "State": "state", "Place": "place",
                "Person": "person", "Organization": "org"}
_ROLE_PROPS = ("vessel", "port", "origin", "destination", "location", "target", "authority")


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph


def value_of(term: Term) -> str:
    """The IRI, blank node id or lexical form of a term ("" for the default graph; a quoted
    triple, which shipgraph never writes, as its N-Triples text)."""
    if isinstance(term, ox.DefaultGraph):
        return ""
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


def N(term: object) -> ox.NamedNode:
    """The pyoxigraph node of a vocabulary term (cached: the same few terms recur)."""
    return _node(str(term))


@lru_cache(maxsize=4096)
def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def entity_iri(entity: Entity) -> str:
    """A stable IRI, the same in every document: IMO, port id, ISO code, or the name."""
    kind = _ENTITY_PATH[entity.type]
    if entity.type == "Vessel":
        return str(ID[f"vessel/imo-{entity.imo}" if entity.imo else f"vessel/{slug(entity.name)}"])
    if entity.type == "State" and entity.iso:
        return str(ID[f"state/{entity.iso}"])
    if entity.type == "Port" and entity.unlocode:
        return str(ID[f"port/{entity.unlocode.lower()}"])
    return str(ID[f"{kind}/{slug(entity.name)}"])


def document_iri(doc_id: str) -> str:
    return str(ID[f"doc/{doc_id}"])


def _lit(value: object) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=N(XSD.boolean))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=N(XSD.integer))
    if isinstance(value, float):
        return ox.Literal(str(Decimal(str(value))), datatype=N(XSD.decimal))
    return ox.Literal(_clean_text(str(value)))


def _clean_text(value: str) -> str:
    """Text that every RDF syntax can carry: no control characters but tab and newline."""
    return "".join(c for c in value if c in "\t\n" or unicodedata.category(c) != "Cc")


def facts_to_quads(facts: Facts) -> list[ox.Quad]:
    """All the triples of one document, in its own named graph, with provenance."""
    doc = facts.document
    g = ox.NamedNode(document_iri(doc.id))
    out: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Quad(s, N(p), o, g))

    add(g, RDF.type, N(SG.Document))
    add(g, RDF.type, N(PROV.Entity))
    if doc.kind == "dataset":
        add(g, RDF.type, N(SG.Dataset))
    add(g, SG.documentId, _lit(doc.id))
    if doc.title:
        add(g, DCTERMS.title, _lit(doc.title))
    if doc.date:
        add(g, DCTERMS.date, ox.Literal(doc.date, datatype=N(XSD.date)))
    if doc.source:
        add(g, DCTERMS.publisher, _lit(doc.source))
    add(g, SG.sha256, _lit(doc.sha256))
    add(g, SG.text, _lit(doc.text))
    add(g, SG.bodyStart, _lit(doc.body_start))
    iris: dict[str, ox.NamedNode] = {}
    for e in facts.entities:
        iris[e.id] = ox.NamedNode(e.iri or entity_iri(e))
    for e in facts.entities:
        s = iris[e.id]
        add(s, RDF.type, N(SG[e.type]))
        add(s, RDFS.label, _lit(e.name))
        add(s, SG.localId, _lit(f"{doc.id}#{e.id}"))
        add(s, SG.mentionedIn, g)
        for alias in e.aliases:
            add(s, SKOS.altLabel, _lit(alias))
        for former in e.former_names:
            add(s, SG.pastName, _lit(former))
        for attr, prop in (("imo", SG.imoNumber), ("mmsi", SG.mmsi), ("vessel_type", SG.vesselType),
                           ("call_sign", SG.callSign), ("unlocode", SG.unlocode),
                           ("iso", SG.isoCode)):
            value = getattr(e, attr)
            if value:
                add(s, prop, _lit(value))
        for attr, prop in (("flag", SG.flag), ("country", SG.country)):
            value = getattr(e, attr)
            if value:
                add(s, prop, ox.NamedNode(str(ID[f"state/{value}"])))
        if e.owner and e.owner in iris:
            add(s, SG.owner, iris[e.owner])
        if e.latitude is not None and e.longitude is not None:
            add(s, SCHEMA.latitude, _lit(float(e.latitude)))
            add(s, SCHEMA.longitude, _lit(float(e.longitude)))
        for i, m in enumerate(e.mentions):
            mention = ox.NamedNode(f"{g.value}/mention/{e.id}-{i + 1}")
            add(s, SG.mention, mention)
            _add_evidence(add, mention, g, m)
    for n, ev in enumerate(facts.events, start=1):
        s = ox.NamedNode(f"{g.value}/event/{n}")
        add(s, RDF.type, N(SG[ev.type]))
        add(s, SG.localId, _lit(ev.id or f"{doc.id}-ev{n}"))
        add(s, PROV.wasDerivedFrom, g)
        for role in _ROLE_PROPS:
            ref = getattr(ev, role)
            if ref and ref in iris:
                add(s, SG[role], iris[ref])
        for ref in ev.vessels or []:
            if ref in iris:
                add(s, SG.participant, iris[ref])
        if ev.cargo:
            add(s, SG.cargo, _lit(ev.cargo))
        if ev.activity:
            add(s, SG.activity, _lit(ev.activity))
        if ev.date:
            add(s, SG.date, _lit(ev.date))
            iv = parse_iso(ev.date)
            if iv:
                add(s, SEM.hasBeginTimeStamp, ox.Literal(iv.start.isoformat(), datatype=N(XSD.date)))
                add(s, SEM.hasEndTimeStamp, ox.Literal(iv.end.isoformat(), datatype=N(XSD.date)))
        if ev.confidence:
            add(s, SG.confidence, _lit(ev.confidence))
            if ev.confidence in CONFIDENCE_LEVELS:
                add(s, SG.confidenceValue, _lit(CONFIDENCE_LEVELS[ev.confidence]))
        for k, evidence in enumerate(ev.evidence, start=1):
            node = ox.NamedNode(f"{s.value}/evidence/{k}")
            add(s, SG.evidence, node)
            _add_evidence(add, node, g, evidence)
    # A hash of everything above: caches of derived views (the networkx projection) compare it.
    digest = hashlib.sha256("\n".join(sorted(str(q) for q in out)).encode("utf-8")).hexdigest()
    add(g, SG.revision, _lit(digest[:32]))
    return out


def _add_evidence(add: Callable[[ox.NamedNode, object, ox.NamedNode | ox.Literal], None],
                  node: ox.NamedNode, g: ox.NamedNode, ev: Evidence) -> None:
    add(node, RDF.type, N(SG.Evidence))
    add(node, SG.document, g)
    add(node, SG.start, _lit(ev.start))
    add(node, SG.end, _lit(ev.end))
    if ev.text:
        add(node, SG.quote, _lit(ev.text))


def _index(quads: Iterable[ox.Quad]) -> dict[str, dict[str, list[ox.NamedNode | ox.Literal]]]:
    props: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = {}
    for q in quads:
        if isinstance(q.object, ox.NamedNode | ox.Literal):
            props.setdefault(value_of(q.subject), {}).setdefault(q.predicate.value, []).append(
                q.object)
    return props


def _one(props: dict[str, list[ox.NamedNode | ox.Literal]], prop: object) -> str | None:
    values = props.get(str(prop))
    return values[0].value if values else None


def _all(props: dict[str, list[ox.NamedNode | ox.Literal]], prop: object) -> list[str]:
    return [v.value for v in props.get(str(prop), [])]


def quads_to_facts(quads: Iterable[ox.Quad], doc_iri: str) -> Facts:
    """The Facts one document's named graph holds: the inverse of facts_to_quads."""
    index = _index(q for q in quads if value_of(q.graph_name) == doc_iri)
    d = index.get(doc_iri, {})
    doc = Document(id=_one(d, SG.documentId) or doc_iri.rsplit("/", 1)[-1],
                   title=_one(d, DCTERMS.title) or "", date=_one(d, DCTERMS.date),
                   source=_one(d, DCTERMS.publisher), text=_one(d, SG.text) or "",
                   sha256=_one(d, SG.sha256) or "", body_start=int(_one(d, SG.bodyStart) or 0),
                   kind="dataset" if str(SG.Dataset) in _all(d, RDF.type) else "report")
    local: dict[str, str] = {}
    entities: list[tuple[int, Entity]] = []
    for iri, p in index.items():
        kinds = [t.rsplit("#", 1)[-1] for t in _all(p, RDF.type)]
        etype = next((k for k in kinds if k in _ENTITY_PATH), None)
        if etype is None:
            continue
        lid = (_one(p, SG.localId) or "").split("#")[-1]
        local[iri] = lid

        def state(prop: object, p: dict = p) -> str | None:
            value = _one(p, prop)
            return value.rsplit("/", 1)[-1] if value else None

        lat, lon = _one(p, SCHEMA.latitude), _one(p, SCHEMA.longitude)
        mentions = sorted((_evidence(index.get(m, {})) for m in _all(p, SG.mention)),
                          key=lambda e: (e.start, e.end))
        entities.append((int(lid[1:]) if lid[1:].isdigit() else 0, Entity(
            id=lid, type=etype, name=_one(p, RDFS.label) or "", iri=iri,  # type: ignore[arg-type]
            aliases=_all(p, SKOS.altLabel), former_names=_all(p, SG.pastName),
            imo=_one(p, SG.imoNumber), mmsi=_one(p, SG.mmsi), vessel_type=_one(p, SG.vesselType),
            call_sign=_one(p, SG.callSign), unlocode=_one(p, SG.unlocode), iso=_one(p, SG.isoCode),
            flag=state(SG.flag), country=state(SG.country), owner=_one(p, SG.owner),
            latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
            mentions=mentions)))
    events: list[tuple[int, Event]] = []
    for iri, p in index.items():
        m = re.fullmatch(re.escape(doc_iri) + r"/event/(\d+)", iri)
        if not m:
            continue
        etype = _one(p, RDF.type) or ""
        keys: dict[str, object] = {r: local.get(_one(p, SG[r]) or "") or None for r in _ROLE_PROPS}
        participants = [local[v] for v in _all(p, SG.participant) if v in local]
        evidence = sorted((_evidence(index.get(e, {})) for e in _all(p, SG.evidence)),
                          key=lambda e: (e.start, e.end))
        events.append((int(m[1]), Event(
            id=_one(p, SG.localId) or "", type=etype.rsplit("#", 1)[-1],
            vessels=participants or None, cargo=_one(p, SG.cargo), activity=_one(p, SG.activity),
            date=_one(p, SG.date), confidence=_one(p, SG.confidence), evidence=evidence,
            **keys)))  # type: ignore[arg-type]
    for _, e in entities:
        if e.owner:
            e.owner = local.get(e.owner)
    return Facts(document=doc, entities=[e for _, e in sorted(entities, key=lambda x: x[0])],
                 events=[e for _, e in sorted(events, key=lambda x: x[0])])


def resolution_quads(records: Iterable[Record], res: Resolution) -> list[ox.Quad]:
    """Why each vessel record (and each curated one) became the entity it is, with the
    analysts' labels and aliases: the content of the resolution graph."""
    g = ox.NamedNode(RESOLUTION_GRAPH)
    out: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Quad(s, N(p), o, g))

    for r in records:
        reason = res.reason.get(r.key, "")
        if r.type != "Vessel" and not reason.startswith("curation"):
            continue
        node = ox.NamedNode(str(ID[f"resolution/{r.doc}/{r.local}"]))
        add(node, RDF.type, N(SG.Resolution))
        add(node, SG.entity, ox.NamedNode(res.iri[r.key]))
        add(node, SG.document, ox.NamedNode(document_iri(r.doc)))
        add(node, SG.localId, _lit(f"{r.doc}#{r.local}"))
        add(node, RDFS.label, _lit(r.name))
        add(node, SG.reason, _lit(reason))
    for iri, label in sorted(res.labels.items()):
        add(ox.NamedNode(iri), SKOS.prefLabel, _lit(label))
    for iri, aliases in sorted(res.aliases.items()):
        for alias in aliases:
            add(ox.NamedNode(iri), SKOS.altLabel, _lit(alias))
    return list(sorted_quads(out))


def _evidence(p: dict[str, list[ox.NamedNode | ox.Literal]]) -> Evidence:
    return Evidence(start=int(_one(p, SG.start) or 0), end=int(_one(p, SG.end) or 0),
                    text=_one(p, SG.quote) or "")


def sorted_quads(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Quads in a canonical order, so that serialisations are byte-identical run to run."""
    # The N-Quads line orders subject, predicate, object; the graph goes first so that TriG
    # writes each graph once.
    return iter(sorted(quads, key=lambda q: (value_of(q.graph_name), str(q))))
