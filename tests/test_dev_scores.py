"""Quality floors on the dev corpus, a little under what the extractor reaches."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import SHARED

FLOORS = {"entities": 0.97, "events": 0.93, "dates": 0.95, "attributes": 0.97}


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no dev corpus")
def test_dev_corpus_scores_do_not_regress() -> None:
    cmd = f"{sys.executable} -m shipgraph.cli extract --format json"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"),
                          str(SHARED / "corpus" / "dev"), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["entities"]["f1"] >= FLOORS["entities"]
    assert scores["events"]["f1"] >= FLOORS["events"]
    assert scores["date_accuracy"] >= FLOORS["dates"]
    assert scores["attribute_accuracy"] >= FLOORS["attributes"]


def _hard_wrapped(src: Path, dest: Path, width: int = 70) -> None:
    """The corpus as plain-text mail or a copied PDF gives it: each prose line wrapped at
    `width` columns, paragraphs apart by a blank line (the head, lists and tables as they are)."""
    for f in sorted(src.iterdir()):
        if f.suffix != ".txt":
            shutil.copy(f, dest / f.name)
            continue
        lines = f.read_text(encoding="utf-8").split("\n")
        head, rest = lines[:2], [line for line in lines[2:] if line.strip()]
        body = [line if re.match(r"\s*(?:[-*•|#]|\d+[.)])", line) or "\t" in line or "|" in line
                else textwrap.fill(line, width, break_on_hyphens=False) for line in rest]
        (dest / f.name).write_text("\n".join(head) + "\n\n" + "\n\n".join(body) + "\n",
                                   encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no dev corpus")
def test_the_dev_corpus_hard_wrapped_scores_as_well(tmp_path: Path) -> None:
    _hard_wrapped(SHARED / "corpus" / "dev", tmp_path)
    lines = {f.name: len(f.read_text(encoding="utf-8").split("\n"))
             for f in (SHARED / "corpus" / "dev").glob("*.txt")}
    assert sum(len((tmp_path / n).read_text(encoding="utf-8").split("\n")) for n in lines) > \
        2 * sum(lines.values())  # (the prose is wrapped)
    cmd = f"{sys.executable} -m shipgraph.cli extract --format json"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(tmp_path),
                          "--cmd", cmd, "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["entities"]["f1"] >= FLOORS["entities"]
    assert scores["events"]["f1"] >= FLOORS["events"]
    assert scores["date_accuracy"] >= FLOORS["dates"]
