"""Bad input, faults and round trips: each gives a correct result or one clear line, and what
was already stored stays."""

from __future__ import annotations

import csv
import errno
import gc
import hashlib
import io
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.compare import isomorphic

from shipgraph.build import build
from shipgraph.cli import main
from shipgraph.errors import StoreError
from shipgraph.rdf import SG
from shipgraph.store import Store

GOOD = ("date 2024-03-10 Monitor\nTanker moves\nThe Russian-flagged tanker Kestrel "
        "(IMO 9555010) called at Vostochny on 2 February 2024.\n")


def imo_of(six: str) -> str:
    """Six digits and their IMO check digit."""
    return six + str(sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True)) % 10)


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_clean_failure(result: Result, *needles: str) -> None:
    """Exit 1, every problem on one `error:` line naming it, and no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for needle in needles:
        assert any(line.startswith("error: ") and needle in line
                   for line in result.output.splitlines()), (needle, result.output)


def doc_graph(ws: Path, doc_id: str) -> set[str]:
    store = Store.open(ws / "store", read_only=True)
    g = ox.NamedNode(f"https://w3id.org/shipgraph/id/doc/{doc_id}")
    return {str(q) for q in store.inner.quads_for_pattern(None, None, None, g)}


@pytest.fixture
def ws(tmp_path: Path) -> tuple[Path, Path]:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "good.txt").write_text(GOOD, encoding="utf-8")
    graph = tmp_path / "graph"
    assert cli("build", str(reports), "--graph", str(graph)).exit_code == 0
    return reports, graph


# --- bad input ------------------------------------------------------------------------------

REFUSED = {
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "empty.txt": (b"", "empty"),
    "blank.md": (b"  \n\t\n", "empty"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_files_are_one_line_and_keep_the_store(ws: tuple[Path, Path],
                                                          name: str) -> None:
    reports, graph = ws
    before = doc_graph(graph, "good")
    data, message = REFUSED[name]
    (reports / name).write_bytes(data)
    result = cli("build", str(reports), "--graph", str(graph))
    assert_clean_failure(result, message)
    del result  # its traceback holds the in-process store open (a real process has exited)
    gc.collect()
    assert doc_graph(graph, "good") == before


def test_a_report_the_extractor_fails_on_costs_no_other_report(ws: tuple[Path, Path],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import shipgraph.build as build_module

    real = build_module.extract

    def failing(doc: Any, gazetteer: Any) -> Any:
        if "Nampo" in doc.text:
            raise ValueError("no rule for this")
        return real(doc, gazetteer)

    monkeypatch.setattr(build_module, "extract", failing)
    reports, graph = ws
    before = doc_graph(graph, "good")
    (reports / "good.txt").write_text(GOOD + "It later called at Nampo on 3 March 2024.\n", encoding="utf-8")
    (reports / "other.txt").write_text(GOOD.replace("Kestrel", "Osprey"), encoding="utf-8")
    result = cli("build", str(reports), "--graph", str(graph))
    assert_clean_failure(result, "good.txt: extraction failed (ValueError: no rule for this)")
    del result
    gc.collect()
    assert doc_graph(graph, "good") == before  # the graph it had
    assert any("Osprey" in q for q in doc_graph(graph, "other"))
    out = cli("extract", str(reports / "good.txt"), str(reports / "other.txt"))
    assert_clean_failure(out, "good.txt: extraction failed")
    assert [json.loads(line)["document"]["id"] for line in out.output.splitlines()
            if line.startswith("{")] == ["other"]


def test_a_100_mb_text_file_is_refused_at_once(ws: tuple[Path, Path]) -> None:
    reports, graph = ws
    line = b"The tanker Kestrel called at Rajin on 2 May 2024. " * 20 + b"\n"
    with (reports / "huge.txt").open("wb") as fh:
        for _ in range(100 * 2**20 // len(line) + 1):
            fh.write(line)
    started = time.perf_counter()
    result = cli("build", str(reports), "--graph", str(graph))
    assert_clean_failure(result, "too large for one report (100 MiB")
    assert time.perf_counter() - started < 60  # refused by its size, not read
    assert doc_graph(graph, "good")


def labels(graph: Path) -> set[str]:
    out = cli("query", "SELECT DISTINCT ?n WHERE { ?e rdfs:label ?n }", "--format", "json",
              "--graph", str(graph))
    assert out.exit_code == 0, out.output
    return {row["n"] for row in json.loads(out.output)}


READABLE = {
    # invalid UTF-8 is read as Windows-1252 (its likeliest origin), not refused
    "bad-utf8.txt": b"Port news\nThe tanker Grey Owl called at Nampo on 3 May 2024. "
                    b"Caf\xe9 \xff\xfe\xc3\x28 notes.\n",
    "latin1.txt": "Port news\nThe bulk carrier Piñata Sur docked at Tartus on 4 May 2024.\n"
                  .encode("latin-1"),
    "utf16.txt": "Port news\nThe cargo ship Lark Song called at Latakia on 5 May 2024.\n"
                 .encode("utf-16"),
    "page.html": b"<html><head><title>Port &amp; harbour news</title>"
                 b"<script>var ship = 'Phantom Script'; document.write('<p>');</script>"
                 b"<style>p { color: red }</style></head><body><div><p>The tanker "
                 b"&#x4E;ight Owl called at Rajin on 6 May 2024.<p>Unclosed <b>bold <i>and "
                 b"</div></span> stray &bogus; text</body>",
}
FOUND = {"bad-utf8.txt": "Grey Owl", "latin1.txt": "Piñata Sur", "utf16.txt": "Lark Song",
         "page.html": "Night Owl"}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_other_encodings_and_messy_html_give_the_right_facts(ws: tuple[Path, Path],
                                                             name: str) -> None:
    reports, graph = ws
    (reports / name).write_bytes(READABLE[name])
    result = cli("build", str(reports), "--graph", str(graph))
    assert result.exit_code == 0, result.output
    names = labels(graph)
    assert FOUND[name] in names and "Kestrel" in names
    assert not any("Phantom" in n for n in names)
    trig = (graph / "graph.trig").read_text(encoding="utf-8")
    assert "Phantom Script" not in trig and "color: red" not in trig


def test_external_entities_are_never_resolved(ws: tuple[Path, Path], tmp_path: Path) -> None:
    reports, graph = ws
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    hits: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                hits.append(conn.recv(200))
                conn.close()
            except OSError:
                pass

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    doctype = (f'<!DOCTYPE r [<!ENTITY leak SYSTEM "file://{secret}">'
               f'<!ENTITY call SYSTEM "http://127.0.0.1:{port}/x">]>')
    body = "The tanker Dusk Heron called at Rajin on 7 May 2024. &leak; &call;"
    (reports / "xxe.html").write_text(f"{doctype}<html><body><p>{body}</p></body></html>",
                                      encoding="utf-8")
    xml = tmp_path / "feed.xml"
    xml.write_text(f'<?xml version="1.0"?>{doctype}<r>{body}</r>', encoding="utf-8")
    try:
        result = cli("build", str(reports), str(xml), "--graph", str(graph))
        assert result.exit_code == 0, result.output
    finally:
        stop.set()
        watcher.join(timeout=5)
        listener.close()
    assert hits == []
    trig = (graph / "graph.trig").read_text(encoding="utf-8")
    assert "TOP-SECRET-TOKEN" not in trig
    assert "Dusk Heron" in labels(graph)


def test_lying_dates_and_bad_check_digits(ws: tuple[Path, Path]) -> None:
    reports, graph = ws
    (reports / "lie.txt").write_text(" date 1066-10-14 Chronicle\nOld news\nThe tanker Hastings "
                                     "Star (IMO 9555011) called at Nampo in June.\n",
                                     encoding="utf-8")
    (reports / "month.txt").write_text(" date 2024-13-02 Wire\nNews\nThe tanker Teal Gull "
                                       "called at Nampo on 3 March 2024.\n", encoding="utf-8")
    result = cli("build", str(reports), "--graph", str(graph))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2 and "implausible" in warnings[0] + warnings[1]
    show = json.loads(cli("show", "Hastings Star", "--format", "json", "--graph",
                          str(graph)).output)
    assert "imo" not in show  # 9555011 fails its check digit
    assert all(not ev["date"].startswith("1066") for ev in show["events"])
    assert "Teal Gull" in labels(graph)


HOSTILE = ['Sea "Star" <One> & Co', "Bell\x07Tower", "\u200fNajm \u0627\u0644\u0628\u062d\u0631",
           "Back\\slash ]]> --> \u202eevil", "Tab\tand\u0085next"]


def test_hostile_names_survive_into_every_export(ws: tuple[Path, Path], tmp_path: Path) -> None:
    reports, graph = ws
    table = tmp_path / "fleet.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "imo", "flag"])
        for i, name in enumerate(HOSTILE):
            writer.writerow([name, imo_of(f"93{i:04d}"), "PA"])
    result = cli("import", str(table), "--graph", str(graph))
    assert result.exit_code == 0, result.output
    expected = {" ".join(n.replace("\x07", " ").replace("\x85", " ").split()) for n in HOSTILE}

    def squash(values: Any) -> set[str]:
        return {" ".join(str(v).split()) for v in values}

    # RDF syntaxes, read back by rdflib
    for fmt, parse in (("trig", "trig"), ("nquads", "nquads"), ("turtle", "turtle"),
                       ("jsonld", "json-ld")):
        out = cli("export", "--format", fmt, "--graph", str(graph))
        assert out.exit_code == 0, out.output
        ds = rdflib.Dataset()
        ds.parse(data=out.output, format=parse)
        assert expected <= squash(o for _, p, o, *_ in ds.quads() if p == rdflib.RDFS.label)
    # GraphML and GEXF, read back by networkx
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / f"g.{fmt}"
        assert cli("export", "--format", fmt, "-o", str(target), "--graph",
                   str(graph)).exit_code == 0
        g = read(target)
        assert expected <= squash(d.get("label") for _, d in g.nodes(data=True))
    # JSON and CSV
    out = cli("entities", "--format", "json", "--graph", str(graph))
    assert expected <= squash(e["label"] for e in json.loads(out.output))
    out = cli("export", "--format", "csv", "--graph", str(graph))
    assert out.exit_code == 0 and list(csv.reader(io.StringIO(out.output)))


def test_ten_thousand_vessels_in_one_report(tmp_path: Path) -> None:
    lines = ["date 2024-05-01 Monitor", "A crowded port", ""]
    for i in range(10_000):
        lines.append(f"The tanker Fleet Unit {i} (IMO {imo_of(f'{100000 + 7 * i:06d}')}) "
                     f"called at Rajin on "
                     f"{1 + i % 28} May 2024.")
    (tmp_path / "fleet.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store.open(tmp_path / "graph" / "store")
    report = build([tmp_path / "fleet.txt"], store, None)
    assert report.errors == []
    assert report.entities["Vessel"] == 10_000 and report.events["PortCall"] == 10_000


# --- faults ---------------------------------------------------------------------------------

def corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    ports = ["Rajin", "Vostochny", "Nampo", "Tartus", "Latakia", "Dunai"]
    for i in range(n):
        a, b = ports[i % 6], ports[(i + 2) % 6]
        (folder / f"r{i:03d}.txt").write_text(
            f"date 2024-0{1 + i % 9}-1{i % 10} Monitor\nReport {i}\nThe tanker Unit {i} "
            f"(IMO {imo_of(f'{200000 + 13 * i:06d}')}) called at {a} on 2 March 2024. "
            f"On 9 March 2024 the Unit {i} "
            f"carried fuel oil from {a} to {b}. The tanker Unit {(i + 1) % n} was seen at {b}.\n",
            encoding="utf-8")


def graph_is_whole(quads: list[ox.Quad]) -> bool:
    """A document graph is whole when its stored revision is the hash of the rest of it."""
    revision = [q for q in quads if q.predicate.value == str(SG.revision)]
    rest = sorted(str(q) for q in quads if q.predicate.value != str(SG.revision))
    digest = hashlib.sha256("\n".join(rest).encode("utf-8")).hexdigest()[:32]
    return len(revision) == 1 and revision[0].object.value == digest


def check_store(path: Path) -> int:
    store = Store.open(path, read_only=False)
    documents = store.documents()
    for doc in documents:
        quads = list(store.inner.quads_for_pattern(None, None, None, ox.NamedNode(doc)))
        assert graph_is_whole(quads), doc
    del store
    return len(documents)


def test_builds_killed_at_random_points_lose_nothing(tmp_path: Path) -> None:
    reports, ws = tmp_path / "reports", tmp_path / "graph"
    corpus(reports, 30)
    reference = tmp_path / "reference"
    assert cli("build", str(reports), "--graph", str(reference)).exit_code == 0
    rng = random.Random(7)
    seen = set()
    for round_ in range(8):
        if round_ == 4:  # later rounds also change reports, so graphs are replaced, not added
            for p in sorted(reports.iterdir())[::5]:
                p.write_text(p.read_text(encoding="utf-8").replace("fuel oil", "coal"),
                             encoding="utf-8")
            assert cli("build", str(reports), "--graph", str(reference)).exit_code == 0
        proc = subprocess.Popen([sys.executable, "-m", "shipgraph.cli", "build", str(reports),
                                 "--graph", str(ws)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 5.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if (ws / "store").exists():
            seen.add(check_store(ws / "store"))
        for name in ("graph.trig", "graph.graphml"):
            if (ws / name).exists():  # written whole or not at all
                text = (ws / name).read_text(encoding="utf-8")
                assert text.rstrip().endswith(("}", "</graphml>")) or text == "", name
    result = cli("build", str(reports), "--graph", str(ws))
    assert result.exit_code == 0, result.output
    assert (ws / "graph.trig").read_bytes() == (reference / "graph.trig").read_bytes()
    assert len(seen) >= 1


def test_a_second_build_stops_with_a_clear_message(ws: tuple[Path, Path]) -> None:
    reports, graph = ws
    holder = Store.open(graph / "store")  # another build holds the store
    before = doc_graph_quads(holder)
    proc = subprocess.run([sys.executable, "-m", "shipgraph.cli", "build", str(reports),
                           "--graph", str(graph)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"error: {graph / 'store'}: the store is in use by another shipgraph process; wait for "
        "it to finish"]
    assert doc_graph_quads(holder) == before
    del holder
    assert cli("build", str(reports), "--graph", str(graph)).exit_code == 0


def doc_graph_quads(store: Store) -> set[str]:
    return {str(q) for q in store.inner}


def test_two_builds_at_once_leave_a_sound_store(tmp_path: Path) -> None:
    reports, ws = tmp_path / "reports", tmp_path / "graph"
    corpus(reports, 12)
    cmd = [sys.executable, "-m", "shipgraph.cli", "build", str(reports), "--graph", str(ws)]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    out, err = first.communicate(timeout=300)
    codes = sorted([first.returncode, second.returncode])
    assert codes[0] == 0, (err, second.stderr)
    if codes[1] != 0:
        loser = err if first.returncode else second.stderr
        assert "in use by another shipgraph process" in loser and "Traceback" not in loser
    assert check_store(ws / "store") == 12
    again = cli("build", str(reports), "--graph", str(ws))
    assert again.exit_code == 0 and "12 unchanged" in again.output


def test_reading_while_a_build_writes_gives_answers_or_one_line(tmp_path: Path) -> None:
    reports, ws = tmp_path / "reports", tmp_path / "graph"
    corpus(reports, 80)
    assert cli("build", str(reports / "r000.txt"), "--graph", str(ws)).exit_code == 0
    proc = subprocess.Popen([sys.executable, "-m", "shipgraph.cli", "build", str(reports),
                             "--graph", str(ws)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    attempts = answers = 0
    while proc.poll() is None:
        attempts += 1
        result = cli("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                     "--graph", str(ws))
        if result.exit_code == 0:
            answers += 1
        else:
            assert_clean_failure(result, "another process")
    assert proc.returncode == 0, "the build failed while being read"
    # how many reads fall inside the build depends on the machine's speed; at least one must
    # have been tried, and the graph answers once the build is done
    assert attempts > 0
    final = cli("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                "--graph", str(ws))
    assert final.exit_code == 0, final.output


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="file permissions do not bind the superuser")
def test_a_read_only_graph_directory_is_a_clear_error(ws: tuple[Path, Path]) -> None:
    reports, graph = ws
    (reports / "more.txt").write_text(GOOD.replace("Kestrel", "Merlin"), encoding="utf-8")
    modes = {p: p.stat().st_mode for p in [graph, *graph.rglob("*")]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        result = cli("build", str(reports), "--graph", str(graph))
        assert_clean_failure(result)
        assert "error: " in result.output
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


class FullDisk:
    """A pyoxigraph store whose writes fail as on a full disk; reads pass through."""

    def __init__(self, inner: ox.Store) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        if name in ("extend", "bulk_extend", "add", "update", "remove_graph", "load",
                    "bulk_load"):
            def fail(*_: Any, **__: Any) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")
            return fail
        return getattr(self._inner, name)

    def __iter__(self) -> Any:
        return iter(self._inner)


def test_a_full_disk_is_a_clear_error_and_the_store_keeps_its_graphs(
        ws: tuple[Path, Path]) -> None:
    reports, graph = ws
    (reports / "more.txt").write_text(GOOD.replace("Kestrel", "Merlin"), encoding="utf-8")
    store = Store.open(graph / "store")
    before = doc_graph_quads(store)
    store.inner = FullDisk(store.inner)  # type: ignore[assignment]
    with pytest.raises(StoreError, match="No space left on device"):
        build([reports], store, graph)
    store.inner = store.inner._inner  # type: ignore[attr-defined]
    assert doc_graph_quads(store) == before


def test_graph_files_that_cannot_be_written_leave_the_old_ones(
        ws: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    reports, graph = ws
    old = (graph / "graph.trig").read_bytes()
    (reports / "more.txt").write_text(GOOD.replace("Kestrel", "Merlin"), encoding="utf-8")

    def no_space(*_: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(graph / "graph.trig"))

    monkeypatch.setattr("shipgraph.export.os.fsync", no_space)
    result = cli("build", str(reports), "--graph", str(graph))
    assert_clean_failure(result, "No space left on device")
    assert (graph / "graph.trig").read_bytes() == old
    assert not list(graph.glob(".*.tmp"))
    monkeypatch.undo()
    del result  # its traceback holds the in-process store open (a real process has exited)
    gc.collect()
    again = cli("build", str(reports), "--graph", str(graph))
    assert again.exit_code == 0, again.output
    assert "Merlin" in labels(graph)


# --- round trip -----------------------------------------------------------------------------

def test_trig_export_restored_into_an_empty_store_is_isomorphic(ws: tuple[Path, Path],
                                                                tmp_path: Path) -> None:
    reports, graph = ws
    corpus(reports, 5)
    assert cli("build", str(reports), "--graph", str(graph)).exit_code == 0
    dump = tmp_path / "dump.trig"
    assert cli("export", "--format", "trig", "-o", str(dump), "--graph", str(graph)).exit_code == 0
    restored = tmp_path / "restored"
    result = cli("import", str(dump), "--graph", str(restored))
    assert result.exit_code == 0, result.output
    again = tmp_path / "again.trig"
    assert cli("export", "--format", "trig", "-o", str(again), "--graph",
               str(restored)).exit_code == 0
    a, b = rdflib.Dataset(), rdflib.Dataset()
    a.parse(dump, format="trig")
    b.parse(again, format="trig")
    names_a = sorted(str(g.identifier) for g in a.graphs())
    assert names_a == sorted(str(g.identifier) for g in b.graphs())
    for name in names_a:
        assert isomorphic(a.graph(rdflib.URIRef(name)), b.graph(rdflib.URIRef(name))), name
    assert again.read_bytes() == dump.read_bytes()
    # and the restored graph answers like the original
    assert labels(restored) == labels(graph)


def test_a_broken_dump_changes_nothing(ws: tuple[Path, Path], tmp_path: Path) -> None:
    _, graph = ws
    before = doc_graph(graph, "good")
    dump = tmp_path / "broken.trig"
    dump.write_text("<http://x/g> { <http://x/a> <http://x/b> \"unterminated }\n",
                    encoding="utf-8")
    assert_clean_failure(cli("import", str(dump), "--graph", str(graph)), "not valid")
    assert doc_graph(graph, "good") == before
