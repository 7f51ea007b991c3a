from __future__ import annotations

import datetime as dt
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.extract.pipeline import extract
from shipgraph.model import Document, Facts
from shipgraph.serve import free_port

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


def start_server(command: Callable[[int], list[str]], probe: str) -> tuple[subprocess.Popen[bytes], str]:
    """A server started on a free port, once it answers `probe` (a path and query), and its base
    URL. A port found free may be taken before the server binds it: the server stops, and another
    port is tried."""
    for _attempt in range(3):
        port = free_port()
        proc = subprocess.Popen(command(port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + probe, timeout=2)
                return proc, base
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    break  # the server stopped: its port was taken
                time.sleep(0.1)
        proc.kill()
        message = proc.stderr.read().decode() if proc.stderr else ""
        if proc.wait(timeout=10) < 0:
            raise AssertionError(message or "the server did not start")  # it ran and never answered
    raise AssertionError("no free port could be bound")
