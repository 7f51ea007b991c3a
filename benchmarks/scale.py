"""Scale benchmarks: build throughput, incremental rebuild, named query and path latency,
GraphML export and peak memory, with rdflib's in-memory store beside Oxigraph where it finishes.

    python benchmarks/scale.py [--docs 1000] [--triples 1000000] [--work benchmarks/work]

Generates what it needs with benchmarks/generate.py (same seed, same data), runs each step and
appends the figures to benchmarks/results.md. Builds run as `shipgraph build` subprocesses,
so their peak memory is the process's own."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results.md"
SHIPGRAPH = [sys.executable, "-m", "shipgraph.cli"]


def run_build(corpus: Path, ws: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one `shipgraph build --no-files`."""
    cmd = [*SHIPGRAPH, "build", str(corpus), "--graph", str(ws), "--no-files", "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"build failed: {proc.stderr.read().decode() if proc.stderr else status}")
    return seconds, usage.ru_maxrss


def latencies(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def query_params(store):  # type: ignore[no-untyped-def]
    """Parameters that give each named query real work: the busiest vessel, ports, state."""
    def one(q: str) -> str:
        return next(iter(store.query(q)))[0].value  # type: ignore[no-any-return]

    vessel = one("SELECT ?v (COUNT(?e) AS ?n) WHERE { ?e a sg:PortCall ; sg:vessel ?v } "
                 "GROUP BY ?v ORDER BY DESC(?n) LIMIT 1")
    # two ports the busiest vessel called at, so that both-ports has answers
    ports = [row[0].value for row in store.query(
        f"SELECT DISTINCT ?p WHERE {{ ?e sg:vessel <{vessel}> ; a sg:PortCall ; sg:port ?p }} "
        "ORDER BY ?p LIMIT 2")]
    port_a, port_b = ports[0], ports[-1]
    state = one("SELECT ?s (COUNT(?p) AS ?n) WHERE { ?p sg:country ?s } GROUP BY ?s "
                "ORDER BY DESC(?n) LIMIT 1")
    partner = one("SELECT ?v (COUNT(?e) AS ?n) WHERE { ?e a sg:ShipToShipTransfer ; "
                  "sg:participant ?v } GROUP BY ?v ORDER BY DESC(?n) LIMIT 1")
    return {"port-calls": {"vessel": vessel}, "both-ports": {"port_a": port_a, "port_b": port_b},
            "state-vessels": {"state": state}, "sts-partners": {"vessel": partner},
            "events-between": {"start": "2022-03-01", "end": "2022-03-31"},
            "sources": {"entity": partner}}


def bench_queries(store_dir: Path, runs: int, label: str, rdflib_limit: int,
                  lines: list[str]) -> list[str]:
    import pyoxigraph as ox

    from shipgraph.network import entity_lookup, project, shortest_paths
    from shipgraph.queries import bind, named_queries, render
    from shipgraph.store import Store

    store = Store.open(store_dir, read_only=True)
    n = len(store)
    params = query_params(store)
    look = entity_lookup(store)

    def lookup(value: str, type_: str | None) -> str:
        return value if value.startswith("http") else look(value, type_)

    rdf_graph = None
    if n <= rdflib_limit:
        rdf_graph, load_s = _rdflib_load(store)
        lines.append(f"| {label} | rdflib in-memory load of {n:,} quads | {load_s:.1f} s | |")
    for name, query in named_queries().items():
        text = render(query, bind(query, params[name], lookup))
        med, p95 = latencies(lambda: list(store.query(text)), runs)  # noqa: B023
        ratio = ""
        if rdf_graph is not None:
            r_med, _ = latencies(lambda: list(rdf_graph.query(  # noqa: B023
                text, initNs=_ns())), 1)  # noqa: B023
            ratio = f"rdflib {r_med * 1000:.0f} ms, one run ({r_med / med:.0f}x)"
        lines.append(f"| {label} | query {name} (median / p95 of {runs}) | "
                     f"{med * 1000:.1f} / {p95 * 1000:.1f} ms | {ratio} |")
    started = time.perf_counter()
    g = project(store)
    lines.append(f"| {label} | projection to networkx ({g.number_of_nodes():,} nodes, "
                 f"{g.number_of_edges():,} edges) | {time.perf_counter() - started:.1f} s | |")
    vessels = sorted(n for n, d in g.nodes(data=True) if d.get("type") == "Vessel")
    pairs = [(vessels[i], vessels[-1 - i]) for i in range(min(10, len(vessels) // 2))]
    med, p95 = latencies(lambda: [shortest_paths(g, a, b, k=3) for a, b in pairs], 3)
    lines.append(f"| {label} | path lookup, k=3 (median / p95 per pair) | "
                 f"{med / len(pairs) * 1000:.1f} / {p95 / len(pairs) * 1000:.1f} ms | |")
    from shipgraph.export import graphml_bytes

    started = time.perf_counter()
    size = len(graphml_bytes(store))
    lines.append(f"| {label} | GraphML export ({size / 1e6:.0f} MB) | "
                 f"{time.perf_counter() - started:.1f} s | |")
    del ox
    return lines


def _ns() -> dict[str, str]:
    from shipgraph.rdf import PREFIXES

    return PREFIXES


def _rdflib_load(store):  # type: ignore[no-untyped-def]
    import rdflib

    from shipgraph.export import rdf_bytes

    started = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=rdf_bytes(store, "nquads"), format="nquads")
    return ds, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--triples", type=int, nargs="*", default=[1_000_000])
    ap.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "work")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rdflib-limit", type=int, default=1_100_000,
                    help="Compare with rdflib's in-memory store up to this many quads.")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2],
                    help="Build with each of these --jobs values (the last is rebuilt).")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    header = (f"\n### {dt.date.today().isoformat()} scale ({platform.python_version()}, "
              f"{os.cpu_count()} cores)\n\n| size | step | result | beside |\n|---|---|---|---|\n")
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(header)
    lines = _Lines()
    if not args.skip_build:
        corpus = args.work / f"corpus-{args.docs}"
        if not corpus.exists():
            generate.write_corpus(corpus, args.docs)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        for jobs in args.jobs:
            ws = args.work / f"build-{args.docs}-j{jobs}"
            shutil.rmtree(ws, ignore_errors=True)
            secs, rss = run_build(corpus, ws, jobs)
            lines.append(f"| {args.docs} docs | build --jobs {jobs} ({size / 1e6:.1f} MB) | "
                         f"{args.docs / secs:.0f} docs/s, {size / 1e6 / secs:.2f} MB/s "
                         f"({secs:.0f} s) | peak {rss / 1024:.0f} MiB |")
        # incremental: change 1% of the reports and build again
        changed = sorted(corpus.iterdir())[:: 100]
        for p in changed:
            p.write_text(p.read_text(encoding="utf-8") + "Analysts noted one more call.\n",
                         encoding="utf-8")
        last = args.jobs[-1]
        secs, rss = run_build(corpus, args.work / f"build-{args.docs}-j{last}", last)
        lines.append(f"| {args.docs} docs | incremental rebuild, {len(changed)} changed | "
                     f"{secs:.1f} s | peak {rss / 1024:.0f} MiB |")
    for triples in args.triples:
        label = f"{triples / 1e6:g}M triples"
        store_dir = args.work / f"graph-{triples}"
        if not store_dir.exists():
            started = time.perf_counter()
            docs, n = generate.write_graph(store_dir, triples)
            lines.append(f"| {label} | generate and bulk-load {n:,} quads ({docs:,} documents) | "
                         f"{time.perf_counter() - started:.0f} s | |")
        bench_queries(store_dir, args.runs, label, args.rdflib_limit, lines)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        lines.append(f"| {label} | peak memory of this process so far | {rss / 1024:.0f} MiB | |")


class _Lines(list):  # type: ignore[type-arg]
    """Result lines, each printed and appended to the results file as soon as it is known."""

    def append(self, line: str) -> None:
        super().append(line)
        print(line, flush=True)
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    def extend(self, lines) -> None:  # type: ignore[no-untyped-def]
        for line in lines:
            self.append(line)


if __name__ == "__main__":
    main()
