from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from shipgraph.cli import main

from ..conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("ws")
    shutil.copytree(SEEDS, ws / "seeds")
    result = CliRunner().invoke(main, ["build", str(ws / "seeds"), "--graph", str(ws / "graph")])
    assert result.exit_code == 0, result.output
    return ws


def run(ws: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--graph", str(ws / "graph")])
    return result.exit_code, result.output


def test_build_summary_and_files(workspace: Path) -> None:
    assert (workspace / "graph" / "graph.trig").stat().st_size > 0
    g = nx.read_graphml(workspace / "graph" / "graph.graphml")
    assert any(d.get("label") == "Angara" for _, d in g.nodes(data=True))


def test_build_reproduces_committed_graph(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "seeds"),
                                       "--graph", str(tmp_path / "graph")])
    assert result.exit_code == 0, result.output
    for name in ("graph.trig", "graph.graphml"):
        assert (tmp_path / "graph" / name).read_bytes() == (ROOT / "graph" / name).read_bytes()


def test_build_reports_bad_file_and_exits_nonzero(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "broken.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "seeds"),
                                       "--graph", str(tmp_path / "graph")])
    assert result.exit_code == 1
    assert "broken.txt: the file is empty" in result.output
    assert "documents: 1 (1 added" in result.output


def test_extract_json_matches_format(tmp_path: Path) -> None:
    seed = next(SEEDS.glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", str(seed), str(seed)])
    lines = result.output.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    facts = json.loads(lines[0])
    assert facts["format"] == "shipgraph-facts/1" and facts["document"]["date"] == "2023-10-17"
    assert {"Angara", "Maria"} <= {e["name"] for e in facts["entities"] if e["type"] == "Vessel"}


def test_extract_turtle(tmp_path: Path) -> None:
    seed = next(SEEDS.glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", "--format", "turtle", str(seed)])
    assert result.exit_code == 0 and "sg:Vessel" in result.output


def test_query_formats_and_errors(workspace: Path) -> None:
    code, out = run(workspace, "query", "SELECT ?l WHERE { ?v a sg:Vessel ; rdfs:label ?l } "
                    "ORDER BY ?l", "--format", "csv")
    assert code == 0 and out.splitlines() == ["l", "Angara", "Maria"]
    code, out = run(workspace, "query", "SELECT ?l WHERE { ?v a sg:Vessel ; rdfs:label ?l }",
                    "--format", "json")
    assert code == 0 and {r["l"] for r in json.loads(out)} == {"Angara", "Maria"}
    code, out = run(workspace, "query", "SELECT WHERE {")
    assert code == 1 and "SPARQL syntax error" in out and "Traceback" not in out


def test_entities_and_show(workspace: Path) -> None:
    code, out = run(workspace, "entities", "--type", "Vessel")
    assert code == 0 and "Angara" in out and "Dunai" not in out
    code, out = run(workspace, "show", "angara")
    assert code == 0 and "flag: RUS" in out and "[000-2b6b4484801a8107 " in out


def test_path_and_lookup_errors(workspace: Path) -> None:
    code, out = run(workspace, "path", "Angara", "Maria", "--format", "json")
    assert code == 0 and json.loads(out)[0]
    code, out = run(workspace, "path", "Angara", "Angarra")
    assert code == 1 and "no entity named 'Angarra'" in out and "Angara" in out


def test_export_formats(workspace: Path, tmp_path: Path) -> None:
    for fmt in ("trig", "nquads", "turtle", "jsonld", "graphml"):
        target = tmp_path / f"out.{fmt}"
        code, out = run(workspace, "export", "--format", fmt, "-o", str(target))
        assert code == 0 and target.stat().st_size > 0, out
    nx.read_graphml(tmp_path / "out.graphml")
