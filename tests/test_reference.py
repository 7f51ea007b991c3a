"""Reference data: vessel CSV and FollowTheMoney JSON lines, each fact traced to its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from shipgraph.build import build, import_datasets
from shipgraph.cli import main
from shipgraph.errors import ReadError
from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.network import entities_in, find_entity, project
from shipgraph.reference import flag_code, import_file
from shipgraph.store import Store

from .conftest import SEEDS

CSV = (
    "name,imo,mmsi,flag,type,owner\n"
    "Maria,9231743,273214560,Russia,general cargo ship,Baltic Freight Lines LLC\n"
    "Kestrel,9555010,,PA,tanker,Gulf Bridge Shipping FZE\n"
    "Bad Number,9231744,,RUS,tanker,\n"
    "Orca Dawn,,,Narnia,bulk carrier,Gulf Bridge Shipping FZE\n"
    "\"Quoted, Name\",,,LBR,,\n"
)
FTM = [
    {"id": "v-1", "schema": "Vessel", "properties": {
        "name": ["Silver Gull"], "imoNumber": ["9311220"], "flag": ["km"],
        "type": ["Crude Oil Tanker"], "previousName": ["Ocean Wren"]}},
    {"id": "c-1", "schema": "Company", "properties": {"name": ["Wren Holdings Ltd"]}},
    {"id": "o-1", "schema": "Ownership", "properties": {"asset": ["v-1"], "owner": ["c-1"]}},
    {"id": "v-2", "schema": "Vessel", "properties": {
        "name": ["Pale Heron"], "imoNumber": ["IMO 9444558"], "mmsi": ["123"]}},
    {"id": "p-1", "schema": "Person", "properties": {"name": ["Ivan Petrov"]}},
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    csv_path = tmp_path / "fleet.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    ftm_path = tmp_path / "entities.ftm.json"
    lines = [json.dumps(x) for x in FTM]
    lines.insert(3, "{not json")
    ftm_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return csv_path, ftm_path


def test_csv_rows_become_vessels_traced_to_their_line(files: tuple[Path, Path]) -> None:
    imported = import_file(files[0], default_gazetteer())
    doc = imported.facts.document
    assert doc.kind == "dataset" and doc.id == "dataset-fleet-csv"
    by_name = {e.name: e for e in imported.facts.entities}
    by_id = {e.id: e for e in imported.facts.entities}
    maria = by_name["Maria"]
    assert (maria.imo, maria.mmsi, maria.flag, maria.vessel_type) == (
        "9231743", "273214560", "RUS", "general cargo ship")
    span = maria.mentions[0]
    assert doc.text[span.start:span.end] == span.text == CSV.splitlines()[1]
    assert by_name["Kestrel"].flag == "PAN"
    assert by_id[by_name["Kestrel"].owner or ""].name == "Gulf Bridge Shipping FZE"
    # one owner entity shared by the two ships it owns
    assert by_name["Orca Dawn"].owner == by_name["Kestrel"].owner
    assert "Bad Number" not in by_name and "Quoted, Name" in by_name
    assert any("line 4" in p and "check digit" in p for p in imported.problems)
    assert any("line 5" in p and "unknown flag 'Narnia'" in p for p in imported.problems)


def test_ftm_vessels_owners_and_past_names(files: tuple[Path, Path]) -> None:
    imported = import_file(files[1], default_gazetteer())
    by_name = {e.name: e for e in imported.facts.entities}
    by_id = {e.id: e for e in imported.facts.entities}
    gull = by_name["Silver Gull"]
    assert (gull.imo, gull.flag, gull.former_names) == ("9311220", "COM", ["Ocean Wren"])
    assert by_id[gull.owner or ""].name == "Wren Holdings Ltd"
    assert by_name["Pale Heron"].imo == "9444558" and by_name["Pale Heron"].mmsi is None
    assert "Ivan Petrov" not in by_name  # owns nothing here
    assert any("line 4" in p and "not JSON" in p for p in imported.problems)
    assert json.loads(gull.mentions[0].text)["id"] == "v-1"


@pytest.mark.parametrize("value, code", [("RU", "RUS"), ("ru", "RUS"), ("PRK", "PRK"),
                                         ("North Korea", "PRK"), ("Panama", "PAN"),
                                         ("Narnia", None), ("", None)])
def test_flag_codes(value: str, code: str | None) -> None:
    assert flag_code(value, default_gazetteer()) == code


def test_csv_without_name_column(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("imo,flag\n9231743,RUS\n", encoding="utf-8")
    with pytest.raises(ReadError, match="no 'name' column"):
        import_file(path, default_gazetteer())


def test_import_joins_reported_vessels_and_survives_build(files: tuple[Path, Path],
                                                          tmp_path: Path) -> None:
    ws = tmp_path / "graph"
    store = Store.open(ws / "store")
    build([SEEDS], store, ws)
    report, _ = import_datasets(list(files), store, ws)
    assert sorted(report.added) == ["dataset-entities-ftm-json", "dataset-fleet-csv"]
    g = project(store)
    maria = find_entity(g, "Maria")
    # the seed report's Russian-flagged Maria is the imported one with IMO 9231743
    assert maria.endswith("vessel/imo-9231743")
    docs = {d["document"].rsplit("/", 1)[-1] for _, _, d in g.edges(maria, data=True)}
    assert {"dataset-fleet-csv", "000-2b6b4484801a8107"} <= docs
    owner = [d for _, o, d in g.edges(maria, data=True) if d["type"] == "owner"]
    assert owner and owner[0]["quote"].startswith("Maria,9231743")
    # a later build of the reports keeps the imported datasets
    again = build([SEEDS], store, ws)
    assert again.dropped == []
    assert any(e["label"] == "Kestrel" for e in entities_in(store))


def test_import_cli(files: tuple[Path, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["import", *map(str, files), "--graph",
                                       str(tmp_path / "graph")])
    assert result.exit_code == 0, result.output
    assert "fleet.csv: imported as dataset-fleet-csv: 4 vessels, 2 owners, 2 problems" in \
        result.output
    assert "warning:" in result.output and "check digit" in result.output
    result = CliRunner().invoke(main, ["import", str(files[0]), "--graph", str(tmp_path / "graph")])
    assert "unchanged" in result.output
    result = CliRunner().invoke(main, ["import", str(tmp_path / "missing.csv"), "--graph",
                                       str(tmp_path / "graph")])
    assert result.exit_code == 1 and "missing.csv" in result.output
    assert "Traceback" not in result.output
