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


def _laid_out(src: Path, dest: Path, layout: str) -> None:
    """The corpus as other outlets lay text out: "wrapped", each paragraph wrapped at 70 columns
    as plain-text mail or a copied PDF gives it; "sentence_lines", a sentence a line; "markdown",
    front matter, the title as a heading and the ships' names in bold; "spaced", some gaps
    between words two spaces wide, as justified text copied from a page has them; "quoted",
    every ship's name in curly quotes; "single_quoted", in straight single quotes; "emphasised",
    in Markdown's asterisks in a text file; paragraphs
    apart by a blank line in each (the head, lists and tables as they are)."""
    for f in sorted(src.iterdir()):
        if f.suffix != ".txt":
            shutil.copy(f, dest / f.name)
            continue
        lines = f.read_text(encoding="utf-8").split("\n")
        head, rest = lines[:2], [line for line in lines[2:] if line.strip()]
        body = []
        for line in rest:
            if re.match(r"\s*(?:[-*•|#]|\d+[.)])", line) or "\t" in line or "|" in line:
                body.append(line)
            elif layout == "wrapped":
                body.append(textwrap.fill(line, 70, break_on_hyphens=False))
            elif layout == "sentence_lines":
                body.append(re.sub(r"(?<=[a-z][.!?])\s+(?=[A-Z])", "\n", line))
            elif layout == "spaced":  # every fourth gap between words two spaces wide
                words = line.split(" ")
                body.append("".join(w + ("  " if k % 4 == 3 else " ") for k, w in enumerate(words[:-1]))
                            + words[-1])
            else:
                body.append(line)
        gold = json.loads(f.with_name(f.stem + ".gold.json").read_text(encoding="utf-8"))
        ships = sorted({e["name"] for e in gold["entities"] if e["type"] == "Vessel"}, key=len,
                       reverse=True)
        text = "\n\n".join(body)
        if layout == "quoted":  # every ship's name in curly quotes
            for name in ships:
                text = re.sub(r"(?<![\w“])" + re.escape(name) + r"(?![\w”])", f"“{name}”", text)
        if layout == "single_quoted":  # in straight single quotes, as some outlets set them
            for name in ships:
                text = re.sub(r"(?<![\w'])" + re.escape(name) + r"(?![\w'])", f"'{name}'", text)
        if layout == "emphasised":  # in Markdown's italics, left so in a text file
            for name in ships:
                text = re.sub(r"(?<![\w*])" + re.escape(name) + r"(?![\w*])", f"*{name}*", text)
        if layout != "markdown":
            (dest / f.name).write_text("\n".join(head) + "\n\n" + text + "\n", encoding="utf-8")
            continue
        date, _, source = head[0].split(None, 1)[1].partition(" ")
        for name in ships:
            text = re.sub(r"(?<![\w*])" + re.escape(name) + r"(?![\w*])", f"**{name}**", text, count=1)
        (dest / (f.stem + ".md")).write_text(
            f"---\ntitle: {head[1]}\ndate: {date}\nsource: {source}\n---\n\n# {head[1]}\n\n{text}\n",
            encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="no dev corpus")
@pytest.mark.parametrize("layout", ["wrapped", "sentence_lines", "markdown", "spaced", "quoted",
                                    "single_quoted", "emphasised"])
def test_the_dev_corpus_laid_out_otherwise_scores_as_well(tmp_path: Path, layout: str) -> None:
    _laid_out(SHARED / "corpus" / "dev", tmp_path, layout)
    written = [f for f in tmp_path.iterdir() if f.suffix in (".txt", ".md") and f.name != "README.md"]
    assert len(written) == len(list((SHARED / "corpus" / "dev").glob("*.txt")))
    cmd = f"{sys.executable} -m shipgraph.cli extract --format json"
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(tmp_path),
                          "--cmd", cmd, "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["entities"]["f1"] >= FLOORS["entities"]
    assert scores["events"]["f1"] >= FLOORS["events"]
    assert scores["date_accuracy"] >= FLOORS["dates"]
    assert scores["attribute_accuracy"] >= FLOORS["attributes"]
