from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.extract.pipeline import extract
from shipgraph.model import Document, Facts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def facts_of(body: str, date: str = "2024-03-22", doc_id: str = "t",
             title: str = "Test report") -> Facts:
    """Facts of a small report written for a test: a title line, then the body."""
    text = title + "\n" + body
    doc = Document(id=doc_id, title=title, date=date, text=text, body_start=len(title) + 1)
    return extract(doc, default_gazetteer())


def names(facts: Facts, type_: str) -> set[str]:
    return {e.name for e in facts.entities if e.type == type_}


def calls(facts: Facts) -> set[tuple[str, str]]:
    by_id = {e.id: e.name for e in facts.entities}
    return {(by_id[e.vessel], by_id[e.port]) for e in facts.events
            if e.type == "PortCall" and e.vessel and e.port}


def write_reports(folder: Path, reports: dict[str, str]) -> Path:
    """Reports written for a test, as files in a new folder."""
    folder.mkdir(parents=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def ref_date() -> dt.date:
    return dt.date(2024, 3, 22)
