"""The shipgraph command line: parse options, call the library, format the output."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox

from .build import CURATION_FILE, RDF_DUMPS, extract_or_error, import_datasets
from .build import build as build_graph
from .build import restore as restore_dumps
from .errors import ReadError, ShipgraphError, StoreError
from .export import FORMATS, PROJECTION_CACHE, export_bytes, write_atomic
from .extract.dates import parse_iso
from .extract.gazetteer import default_gazetteer
from .model import CONFIDENCE_LEVELS
from .network import (
    PathFilter,
    entities_in,
    entity_lookup,
    find_entity,
    project,
    shortest_paths,
)
from .network import timeline as entity_timeline
from .queries import bind, named_queries, parse_params, render
from .queries import get as get_query
from .rdf import facts_to_quads
from .readers import find_documents, read_document
from .remote import RemoteStore, RemoteTriples
from .resolve import Curation
from .store import Store

DEFAULT_GRAPH = Path("graph")


class Group(click.Group):
    """Turns ShipgraphError into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ShipgraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except BrokenPipeError:
            # the reader went away (`shipgraph query ... | head`): stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            # a disk that fills up, a directory that cannot be written: one line, no traceback
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)


@click.group(cls=Group)
@click.version_option(package_name="shipgraph")
def main() -> None:
    """shipgraph: maritime event knowledge graphs from reporting."""


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta[f"shipgraph.{param.name}"] = value
    return value


def _store_option(f: Any) -> Any:
    f = click.option("--store-data", "store_data", metavar="URL", envvar="SHIPGRAPH_STORE_DATA",
                     expose_value=False, callback=_remember,
                     help="Graph Store Protocol URL of that server (default: BASE/store).")(f)
    f = click.option("--store-update", "store_update", metavar="URL",
                     envvar="SHIPGRAPH_STORE_UPDATE", expose_value=False, callback=_remember,
                     help="SPARQL Update URL of that server (default: BASE/update).")(f)
    f = click.option("--store", "store_url", metavar="URL", envvar="SHIPGRAPH_STORE",
                     expose_value=False, callback=_remember,
                     help="Keep the graph on a SPARQL 1.1 server (its query URL) instead of "
                          "in the workspace's store directory.")(f)
    return click.option("--graph", "graph_dir", type=click.Path(path_type=Path),
                        default=DEFAULT_GRAPH, show_default=True,
                        help="Workspace directory holding the store and the exports.")(f)


def _remote_url() -> str | None:
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("shipgraph.store_url") if ctx else None


def _open(graph_dir: Path, read_only: bool = True) -> Store:
    url = _remote_url()
    if url:
        meta = click.get_current_context().meta
        return RemoteStore.connect(url, meta.get("shipgraph.store_update"),
                                   meta.get("shipgraph.store_data"))
    return Store.open(graph_dir / "store", read_only=read_only)


def _cache(graph_dir: Path, kind: str = "projection") -> Path:
    """A cache file (the networkx projection, or the entity records resolution reads): one
    per store, so a remote graph does not reuse a local one's."""
    url = _remote_url()
    if not url:
        return graph_dir / (PROJECTION_CACHE if kind == "projection" else f"{kind}.cache")
    graph_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return graph_dir / f"{kind}-{digest}.cache"


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@_store_option
@click.option("--keep/--prune", default=False,
              help="Keep graphs of documents no longer among the inputs (default: drop them).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract documents in this many processes (the graph is the same).")
@click.option("--files/--no-files", default=True, show_default=True,
              help="Write graph.trig and graph.graphml (the whole graph: skip it for large "
                   "graphs and use `shipgraph export` when needed).")
def build(inputs: Sequence[Path], graph_dir: Path, keep: bool, jobs: int, files: bool) -> None:
    """Read reports (default: seeds/) into the graph and write graph.trig and graph.graphml."""
    paths = list(inputs) or [Path("seeds")]
    missing = [p for p in paths if not p.exists()]
    store = _open(graph_dir, read_only=False)
    report = build_graph([p for p in paths if p.exists()], store, graph_dir if files else None,
                         prune=not keep, jobs=jobs, records_cache=_cache(graph_dir, "records"),
                         curation=None if files else Curation.load(graph_dir / CURATION_FILE))
    for p in missing:
        report.errors.append(f"{p}: no such file or directory")
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"documents: {report.documents} ({len(report.added)} added, "
               f"{len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
               f"{len(report.dropped)} dropped, {len(report.errors)} failed)")
    click.echo("entities:  " + _counts(report.entities))
    click.echo("events:    " + _counts(report.events))
    click.echo(f"triples:   {report.triples}")
    if files:
        click.echo(f"written:   {graph_dir / 'graph.trig'}, {graph_dir / 'graph.graphml'}")
    click.echo(f"time:      {report.seconds:.2f} s")
    if report.errors:
        sys.exit(1)


@main.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["auto", "csv", "ftm", "trig", "nquads"]),
              default="auto", show_default=True,
              help="csv: a vessel table; ftm: FollowTheMoney JSON lines; trig, nquads: a dump "
                   "from `shipgraph export`; auto: by the file's suffix (.csv/.tsv, "
                   ".trig, .nq; else ftm).")
@_store_option
def import_(files: Sequence[Path], fmt: str, graph_dir: Path) -> None:
    """Load reference vessel data (CSV, FollowTheMoney) into the graph, each fact traced to
    the line it came from; imported vessels join reported ones by IMO number first. A TriG or
    N-Quads dump restores the graphs it holds."""
    store = _open(graph_dir, read_only=False)
    dumps = [f for f in files if fmt in ("trig", "nquads")
             or (fmt == "auto" and f.suffix.lower() in RDF_DUMPS)]
    if dumps:
        if len(dumps) != len(files):
            raise click.UsageError("import dumps (TriG, N-Quads) apart from reference data")
        restored = restore_dumps(list(files), store, graph_dir, None if fmt == "auto" else fmt)
        for err in restored.errors:
            click.echo(f"error: {err}", err=True)
        click.echo(f"graphs:    {len(restored.added)} restored")
        click.echo(f"triples:   {restored.triples}")
        if restored.errors:
            sys.exit(1)
        return
    report, results = import_datasets(list(files), store, graph_dir, fmt,
                                      _cache(graph_dir, "records"))
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    problems = 0
    for imported in results:
        doc = imported.facts.document
        for problem in imported.problems:
            click.echo(f"warning: {doc.path}: {problem}", err=True)
        problems += len(imported.problems)
        state = "unchanged" if doc.id in report.unchanged else "imported"
        click.echo(f"{doc.path}: {state} as {doc.id}: {imported.vessels} vessels, "
                   f"{imported.owners} owners, {len(imported.problems)} problems")
    click.echo("entities:  " + _counts(report.entities))
    click.echo(f"triples:   {report.triples}")
    if report.errors:
        sys.exit(1)


def _counts(counter: Any) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "none"


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "turtle", "trig"]), default="json",
              show_default=True)
@click.option("--text/--no-text", default=False, help="Include each document's text in JSON.")
def extract(files: Sequence[Path], fmt: str, text: bool) -> None:
    """Print the facts of each document: one JSON object per line, or RDF."""
    gazetteer = default_gazetteer()
    failed = False
    for path in find_documents(files):
        try:
            doc = read_document(path)
        except ReadError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        for warning in doc.warnings:
            click.echo(f"warning: {warning}", err=True)
        facts = extract_or_error(doc, gazetteer)
        if isinstance(facts, str):
            click.echo(f"error: {path}: extraction failed ({facts})", err=True)
            failed = True
            continue
        if fmt == "json":
            click.echo(json.dumps(facts.to_json_dict(include_text=text), ensure_ascii=False))
        else:
            quads = facts_to_quads(facts)
            if fmt == "turtle":
                data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE,
                                    prefixes=_prefixes())
            else:
                data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes())
            click.echo((data or b"").decode("utf-8"), nl=False)
    if failed:
        sys.exit(1)


def _prefixes() -> dict[str, str]:
    from .rdf import PREFIXES

    return PREFIXES


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file_", type=click.Path(exists=True, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", "name", help="Run a named query shipped with shipgraph (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A named query's parameter; entities by name, alias, IMO or IRI.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default=None,
              help="Output format (default: table on a terminal, csv otherwise).")
@_store_option
def query(sparql: str | None, file_: Path | None, name: str | None, params: tuple[str, ...],
          list_: bool, fmt: str | None, graph_dir: Path) -> None:
    """Run SPARQL over the graph (prefixes sg:, rdfs:, prov:... are predeclared), or a named
    query with --name and --param."""
    if list_:
        for q in named_queries().values():
            args = " ".join(f"--param {p.name}=<{p.kind}{' ' + p.type if p.type else ''}>"
                            for p in q.params)
            click.echo(f"{q.name}: {q.description}\n    shipgraph query --name {q.name} {args}")
        return
    if sum(x is not None for x in (sparql, file_, name)) != 1:
        raise click.UsageError("give one of: a query, -f FILE, --name NAME (or --list)")
    if params and not name:
        raise click.UsageError("--param goes with --name")
    store = _open(graph_dir)
    if name:
        named = get_query(name)
        sparql = render(named, bind(named, parse_params(list(params)), entity_lookup(store)))
    elif file_:
        sparql = file_.read_text(encoding="utf-8")
    assert sparql is not None
    result = store.query(sparql)
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    if isinstance(result, ox.QueryBoolean):
        click.echo(json.dumps({"boolean": bool(result)}) if fmt == "json" else str(bool(result)))
        return
    if isinstance(result, ox.QueryTriples | RemoteTriples):
        data = ox.serialize(list(result), format=ox.RdfFormat.TURTLE, prefixes=_prefixes())
        click.echo((data or b"").decode("utf-8"), nl=False)
        return
    names = [v.value for v in result.variables]
    rows = [[_term(sol[n]) for n in names] for sol in result]
    _print_rows(names, rows, fmt)


def _term(term: Any) -> str:
    if term is None:
        return ""
    return str(term.value)


def _print_rows(names: list[str], rows: list[list[str]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([dict(zip(names, r, strict=True)) for r in rows],
                              ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
        widths = [min(w, 60) for w in widths]
        click.echo("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip())
        click.echo("  ".join("-" * w for w in widths))
        for r in rows:
            cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                     for c, w in zip(r, widths, strict=True)]
            click.echo("  ".join(cells).rstrip())


@main.command()
@click.option("--type", "type_", type=click.Choice(["Vessel", "Port", "State", "Place", "Person",
                                                    "Organization"]))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@_store_option
def entities(type_: str | None, fmt: str, graph_dir: Path) -> None:
    """List the entities the graph knows."""
    rows = [e for e in entities_in(_open(graph_dir)) if not type_ or e["type"] == type_]
    names = ["type", "label", "aliases", "iri"]
    _print_rows(names, [[e["type"], e["label"], "; ".join(e["aliases"]), e["iri"]] for e in rows],
                fmt)


@main.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_store_option
def show(name: str, fmt: str, graph_dir: Path) -> None:
    """One entity's dossier: attributes, and every event with date, confidence and source."""
    store = _open(graph_dir)
    g = project(store, _cache(graph_dir))
    node = find_entity(g, name)
    attrs = dict(g.nodes[node])
    events = []
    for _, other, data in sorted(g.edges(node, data=True),
                                 key=lambda e: (e[2].get("date", ""), e[2].get("event", ""))):
        if data["type"] == "flag":
            continue
        events.append({**data, "with": g.nodes[other].get("label"), "with_iri": other})
    if fmt == "json":
        click.echo(json.dumps({"iri": node, **attrs, "events": events}, ensure_ascii=False,
                              indent=1))
        return
    click.echo(f"{attrs.get('label')} ({attrs.get('type')})  {node}")
    for key in ("aliases", "imo", "mmsi", "flag", "vtype", "country", "unlocode", "iso"):
        if attrs.get(key):
            click.echo(f"  {key}: {attrs[key]}")
    if attrs.get("owner") in g:
        click.echo(f"  owner: {g.nodes[attrs['owner']].get('label')}")
    click.echo(f"  events: {len(events)}")
    for ev in events:
        click.echo(f"  - {ev['type']} with {ev['with']}  date={ev['date'] or '?'}  "
                   f"confidence={ev['confidence'] or '?'}")
        click.echo(f"    \"{ev['quote']}\"")
        click.echo(f"    [{ev['document'].rsplit('/', 1)[-1]} {ev['start']}:{ev['end']}]")


_ENTITY_TYPES = ["Vessel", "Port", "State", "Place", "Person", "Organization"]
_EVENT_TYPES = ["PortCall", "Transfer", "ShipToShipTransfer", "AISGap", "Detention", "Seizure",
                "Sanction", "Attack", "flag", "owner"]


def _filter_options(f: Any) -> Any:
    for option in reversed([
        click.option("--event-type", "event_types", multiple=True, type=click.Choice(_EVENT_TYPES),
                     help="Only these kinds of link (repeat for several)."),
        click.option("--from", "date_from", metavar="DATE",
                     help="Only events overlapping this date or later (2023, 2023-06, 2023-06-19)."),
        click.option("--to", "date_to", metavar="DATE", help="Only events up to this date."),
        click.option("--min-confidence", type=click.Choice(list(CONFIDENCE_LEVELS)),
                     help="Only claims at least this sure (the analysts' scale; reported = 0.9)."),
    ]):
        f = option(f)
    return f


def _filter(event_types: Sequence[str], date_from: str | None, date_to: str | None,
            min_confidence: str | None, entity_types: Sequence[str] = ()) -> PathFilter:
    def day(value: str | None, end: bool) -> dt.date | None:
        if value is None:
            return None
        period = parse_iso(value.strip())
        if period is None:
            raise click.BadParameter(f"{value!r} is not a date; write 2023, 2023-06 or 2023-06-19")
        return period.end if end else period.start

    return PathFilter(frozenset(entity_types), frozenset(event_types), day(date_from, False),
                      day(date_to, True), min_confidence)


@main.command()
@click.argument("source")
@click.argument("target")
@click.option("-k", default=1, show_default=True, help="How many shortest paths.")
@click.option("--max-hops", type=int, default=None)
@click.option("--via", "entity_types", multiple=True, type=click.Choice(_ENTITY_TYPES),
              help="Only pass through entities of these types (repeat for several).")
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_store_option
def path(source: str, target: str, k: int, max_hops: int | None, entity_types: tuple[str, ...],
         event_types: tuple[str, ...], date_from: str | None, date_to: str | None,
         min_confidence: str | None, fmt: str, graph_dir: Path) -> None:
    """The k shortest connections between two entities, each hop with its source sentence."""
    where = _filter(event_types, date_from, date_to, min_confidence, entity_types)
    g = project(_open(graph_dir), _cache(graph_dir))
    a, b = find_entity(g, source), find_entity(g, target)
    paths = shortest_paths(g, a, b, k=k, max_hops=max_hops, where=where)
    if fmt == "json":
        click.echo(json.dumps([[{"from": x, "to": y, **d} for x, y, d in p] for p in paths],
                              ensure_ascii=False, indent=1))
        return
    if not paths:
        click.echo(f"no path between {g.nodes[a]['label']} and {g.nodes[b]['label']}"
                   + (f" within {max_hops} hops" if max_hops else "")
                   + (" with these filters" if where != PathFilter() else ""))
        sys.exit(1)
    for i, p in enumerate(paths, start=1):
        click.echo(f"path {i} ({len(p)} hops)")
        for x, y, d in p:
            click.echo(f"  {g.nodes[x]['label']} -> {g.nodes[y]['label']}: {d['type']}"
                       f"  date={d['date'] or '?'}  confidence={d['confidence'] or '?'}")
            if d["quote"]:
                click.echo(f"    \"{d['quote']}\"")
                click.echo(f"    [{d['document'].rsplit('/', 1)[-1]} {d['start']}:{d['end']}]")


@main.command()
@click.argument("entity")
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_store_option
def timeline(entity: str, event_types: tuple[str, ...], date_from: str | None,
             date_to: str | None, min_confidence: str | None, fmt: str, graph_dir: Path) -> None:
    """An entity's events in time order (undated last), each with its source sentence."""
    where = _filter(event_types, date_from, date_to, min_confidence)
    store = _open(graph_dir)
    iri = entity_lookup(store)(entity, None)
    events = entity_timeline(store, iri, where)
    if fmt == "json":
        click.echo(json.dumps([{**e, "evidence": list(e["evidence"]) if e["evidence"] else None}
                               for e in events], ensure_ascii=False, indent=1))
        return
    click.echo(f"{iri}: {len(events)} events")
    for e in events:
        click.echo(f"{e['date'] or 'undated':<23} {e['type']:<18} {e['summary']}  "
                   f"[{e['confidence'] or '?'}]")
        if e["evidence"]:
            start, end, quote = e["evidence"]
            click.echo(f"    \"{quote}\"")
            click.echo(f"    [{e['document'].rsplit('/', 1)[-1]} {start}:{end}]")


@main.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="trig",
              show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
@_store_option
def export(fmt: str, output: Path | None, graph_dir: Path) -> None:
    """Write the whole graph as TriG, N-Quads, Turtle, JSON-LD or GraphML."""
    data = export_bytes(_open(graph_dir), fmt, _cache(graph_dir))
    if output:
        write_atomic(output, data)
    else:
        click.echo(data.decode("utf-8"), nl=False)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--timeout", type=click.IntRange(1, 3600), default=30, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--limit", type=click.IntRange(1, 10_000_000), default=10_000, show_default=True,
              help="Most rows (or triples) in one answer; a longer one is cut, with a notice.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update and Graph Store writes (default: read-only).")
@_store_option
def serve(host: str, port: int, timeout: int, limit: int, allow_update: bool,
          graph_dir: Path) -> None:
    """Serve the graph as a SPARQL 1.1 Protocol endpoint (the Oxigraph server over the store).

    Queries see the union of all document graphs, as `shipgraph query` does. Read-only by
    default: updates are refused. An answer longer than --limit is cut and marked with the
    header Shipgraph-Truncated. Stop the server before running `shipgraph build`."""
    from .serve import serve as run_server

    if _remote_url():
        raise click.UsageError("serve serves the workspace's own store; a --store server "
                               "already answers SPARQL itself")
    store_dir = graph_dir / "store"
    if not store_dir.exists():
        raise StoreError(f"{store_dir}: no graph here yet; run `shipgraph build` first")
    click.echo(f"SPARQL endpoint: http://{host}:{port}/query"
               + (f" (update: http://{host}:{port}/update)" if allow_update else " (read-only)")
               + f"; queries stop after {timeout} s, answers after {limit:,} rows. "
               "Ctrl-C to stop.", err=True)
    try:
        run_server(oxigraph_executable(), str(store_dir), host, port, timeout, allow_update,
                   limit)
    except KeyboardInterrupt:
        return


def oxigraph_executable() -> str:
    """The `oxigraph` server installed with shipgraph (the PyPI package of that name)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the `oxigraph` server is not installed; pip install oxigraph")
    return found


__all__ = ["main"]

if __name__ == "__main__":
    main()
