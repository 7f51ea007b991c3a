"""Extraction throughput on one core: MB of text per second through the whole pipeline.

    python benchmarks/extract_speed.py [FILES OR DIRS ...] [--rounds N]

With no paths it reads the seed reports and, when present beside the project, the dev corpus.
Prints the figure per component and in total, and appends a line to benchmarks/results.md."""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import time
from pathlib import Path

from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.extract.pipeline import _FACTORIES, DEFAULT_COMPONENTS, assemble, prepare
from shipgraph.extract.worktext import restored, working_text
from shipgraph.readers import find_documents, read_document

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    paths = args.paths or [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev"]
    files = find_documents([p for p in paths if p.exists()])
    docs = [read_document(f) for f in files]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    gazetteer = default_gazetteer()
    for d in docs:  # warm caches and compiled patterns once, as a long build would
        assemble(_run(prepare(working_text(d)[0], gazetteer)))
    spent = dict.fromkeys(["prepare", *DEFAULT_COMPONENTS, "assemble"], 0.0)
    rounds: list[float] = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for d in docs:
            t = time.perf_counter()
            work, where, quoted = working_text(d)
            analysis = prepare(work, gazetteer)
            analysis.quoted = quoted
            spent["prepare"] += time.perf_counter() - t
            for name in DEFAULT_COMPONENTS:
                t = time.perf_counter()
                _FACTORIES[name]()(analysis)
                spent[name] += time.perf_counter() - t
            t = time.perf_counter()
            facts = assemble(analysis)
            if where is not None:
                restored(facts, d, where)
            spent["assemble"] += time.perf_counter() - t
        rounds.append(time.perf_counter() - start)
    total = sum(spent.values())
    print(f"{len(docs)} documents, {size / 1000:.1f} kB, {args.rounds} rounds")
    for name, secs in spent.items():
        print(f"  {name:<10} {secs / args.rounds * 1000:8.1f} ms per round  ({secs / total:5.1%})")
    # The median round: this machine's speed drifts from one moment to the next.
    rate = size / 1e6 / statistics.median(rounds)
    spread = f"{size / 1e6 / max(rounds):.3f}-{size / 1e6 / min(rounds):.3f}"
    print(f"throughput: {rate:.3f} MB/s on one core (median round; rounds {spread} MB/s)")
    line = (f"| {dt.date.today().isoformat()} | extract | {len(docs)} docs, {size / 1000:.1f} kB x "
            f"{args.rounds} | {rate:.3f} MB/s median round ({spread}) | "
            f"{platform.python_version()} |\n")
    with (ROOT / "benchmarks" / "results.md").open("a", encoding="utf-8") as fh:
        fh.write(line)


def _run(analysis):  # type: ignore[no-untyped-def]
    for name in DEFAULT_COMPONENTS:
        _FACTORIES[name]()(analysis)
    return analysis


if __name__ == "__main__":
    main()
