"""Quality floors on the dev corpus, a little under what the extractor reaches."""

from __future__ import annotations

import json
import subprocess
import sys

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
