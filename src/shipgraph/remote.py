"""A graph kept on a SPARQL 1.1 server: queries through the Protocol, writes through SPARQL
Update and the Graph Store Protocol, so any conforming server (Oxigraph, Fuseki, GraphDB,
Virtuoso...) can hold a team's graph.

`RemoteStore` is a `Store` whose `inner` speaks HTTP instead of opening a directory: the few
methods of pyoxigraph's Store that shipgraph reads through (`quads_for_pattern`,
`named_graphs`, iteration, `len`) are answered with SELECT queries, and results are parsed by
pyoxigraph, so terms arrive exactly as they would from the embedded store."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .model import Facts
from .rdf import PREFIXES, document_iri, facts_to_quads, quads_to_facts
from .store import Store

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n|#[^\n]*\n|\s)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Endpoint:
    """The three URLs of a SPARQL server. Given only the query URL, the others follow the
    Oxigraph server's layout: `BASE/query`, `BASE/update`, `BASE/store`."""

    query: str
    update: str
    data: str
    timeout: float = 300.0

    @classmethod
    def of(cls, url: str, update: str | None = None, data: str | None = None) -> Endpoint:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{url}: not an http(s) URL of a SPARQL endpoint")
        base = re.sub(r"/(query|sparql)/?$", "", url.rstrip("/"))
        return cls(query=url if base != url.rstrip("/") else base + "/query",
                   update=update or base + "/update", data=data or base + "/store")

    def request(self, url: str, method: str = "GET", body: bytes | None = None,
                content_type: str | None = None, accept: str | None = None,
                ok_missing: bool = False) -> tuple[str, bytes]:
        """One HTTP exchange; returns the response's content type and body. A refusal or an
        unreachable server becomes a one-line StoreError or QueryError."""
        headers = {"User-Agent": "shipgraph"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            if ok_missing and exc.code == 404:
                return "", b""
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            message = f"{exc.code} {exc.reason}" + (f": {detail[0][:300]}" if detail else "")
            if exc.code in (400, 500) and url == self.query:
                raise QueryError(f"the SPARQL endpoint refused the query ({message})") from exc
            raise StoreError(f"{url}: {message}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL endpoint {url} ({reason})") from exc


def bind_values(sparql: str, substitutions: dict[ox.Variable, Any]) -> str:
    """Bind variables to RDF terms in query text with a VALUES block at the top of every WHERE
    group (the query's and its subqueries'), so filters inside those groups see the values.
    Terms are written by pyoxigraph in N-Triples syntax, so a value cannot change the query."""
    if not substitutions:
        return sparql
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    if _WHERE.search(sparql):
        return _WHERE.sub(lambda m: m.group(0) + block, sparql)
    return sparql.replace("{", "{" + block, 1)


class RemoteDataset:
    """The subset of pyoxigraph.Store's interface that shipgraph reads through, over HTTP."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    def select(self, sparql: str) -> ox.QuerySolutions:
        ctype, body = self.endpoint.request(
            self.endpoint.query, "POST", sparql.encode("utf-8"), "application/sparql-query",
            _RESULTS_JSON)
        result = _parse_results(ctype, body)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("the SPARQL endpoint did not answer with solutions")
        return result

    def quads_for_pattern(self, subject: Any, predicate: Any, object: Any,  # noqa: A002
                          graph_name: Any = None) -> Iterator[ox.Quad]:
        terms = [subject, predicate, object]
        s, p, o = (str(t) if t is not None else f"?{n}" for t, n in zip(terms, "spo", strict=True))
        g = str(graph_name) if isinstance(graph_name, ox.NamedNode) else "?g"
        for row in self.select(f"SELECT * WHERE {{ GRAPH {g} {{ {s} {p} {o} }} }}"):
            yield ox.Quad(subject or row["s"], predicate or row["p"], object or row["o"],
                          graph_name if isinstance(graph_name, ox.NamedNode) else row["g"])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(rows))["n"].value)


class RemoteTriples(list[ox.Triple]):
    """The triples a CONSTRUCT or DESCRIBE query returned from a remote endpoint."""


@dataclass
class RemoteStore(Store):
    """A Store whose graph lives on a SPARQL 1.1 server."""

    endpoint: Endpoint | None = None

    @classmethod
    def connect(cls, url: str, update: str | None = None, data: str | None = None
                ) -> RemoteStore:
        endpoint = Endpoint.of(url, update, data)
        inner = RemoteDataset(endpoint)
        store = cls(None, inner, endpoint=endpoint)  # type: ignore[arg-type]
        store._check_union()
        return store

    def _check_union(self) -> None:
        """shipgraph's queries read the union of the document graphs as the default graph;
        a server that keeps its default graph apart would answer them with nothing."""
        union = self._ask("ASK { ?s ?p ?o }")
        named = self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")
        if named and not union:
            raise StoreError(f"{self.endpoint.query if self.endpoint else ''}: the endpoint's "
                             "default graph is not the union of its named graphs (for the "
                             "Oxigraph server, start it with --union-default-graph)")

    def _ask(self, sparql: str) -> bool:
        assert self.endpoint is not None
        ctype, body = self.endpoint.request(self.endpoint.query, "POST", sparql.encode(),
                                            "application/sparql-query", _RESULTS_JSON)
        return bool(_parse_results(ctype, body))

    def _put(self, graph: str, triples: list[ox.Triple]) -> None:
        """Replace one named graph (Graph Store Protocol PUT: one graph, one request)."""
        assert self.endpoint is not None
        url = self.endpoint.data + "?" + urllib.parse.urlencode({"graph": graph})
        self.endpoint.request(url, "PUT", ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES),
                              _NTRIPLES)

    def update(self, sparql: str) -> None:
        assert self.endpoint is not None
        self.endpoint.request(self.endpoint.update, "POST", sparql.encode("utf-8"),
                              "application/sparql-update")

    def replace_documents(self, batch: list[Facts]) -> int:
        """Each document's graph is replaced by one PUT, so it is wholly old or wholly new."""
        count = 0
        for facts in batch:
            quads = facts_to_quads(facts)
            self._put(document_iri(facts.document.id), [q.triple for q in quads])
            count += len(quads)
        return count

    def replace_graphs(self, graphs: dict[str, list[ox.Quad]]) -> int:
        for graph, quads in graphs.items():
            self._put(graph, [q.triple for q in quads])
        return sum(len(q) for q in graphs.values())

    def drop_document(self, doc_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH <{doc_iri}>")

    def facts(self, doc_iri: str) -> Facts:
        assert self.endpoint is not None
        url = self.endpoint.data + "?" + urllib.parse.urlencode({"graph": doc_iri})
        _, body = self.endpoint.request(url, accept=_NTRIPLES, ok_missing=True)
        graph = ox.NamedNode(doc_iri)
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
                 for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return quads_to_facts(quads, doc_iri)

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None
              ) -> Any:
        assert self.endpoint is not None
        declared = {m.lower() for m in re.findall(r"PREFIX\s+(\w*):", sparql, re.IGNORECASE)}
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()
                           if p.lower() not in declared)
        text = prologue + bind_values(sparql, {ox.Variable(k): v
                                               for k, v in (bindings or {}).items()})
        form = _FORM.match(sparql)
        graph_form = bool(form and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE"))
        ctype, body = self.endpoint.request(
            self.endpoint.query, "POST", text.encode("utf-8"), "application/sparql-query",
            _NTRIPLES if graph_form else _RESULTS_JSON)
        if graph_form:
            return RemoteTriples(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        return _parse_results(ctype, body)


def _parse_results(ctype: str, body: bytes) -> ox.QuerySolutions | ox.QueryBoolean:
    fmt = ox.QueryResultsFormat.XML if "xml" in ctype else ox.QueryResultsFormat.JSON
    try:
        return ox.parse_query_results(body, format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"the SPARQL endpoint's answer could not be read ({exc})") from exc
