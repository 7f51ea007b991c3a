"""The text the extractors read: the document's, with what only gets in the way of reading it
set aside (runs of spaces inside prose, dashes that set off an aside, quotes around a name, a
word broken at a wrapped line's end, an entity of a page's markup left in plain text), and a
map from each of its characters back to the document, so that every quote and offset of the
facts found is the document's own."""

from __future__ import annotations

import html
import re
from bisect import bisect_left

from ..model import Document, Evidence, Facts

# runs of spaces inside a line of prose, between its words
_WIDE_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_NARROW_GAP = re.compile(r"(?<=\S) (?=\S)")


# a dash set off by spaces that opens an aside on what it follows ("the Andreas P — a
# Malta-registered bulker — sailed"), or closes one opened so
_DASH_ASIDE = re.compile(r"(?<=[\w)’'\"”]) [—–] (?=(?:a|an|the|which|who|whose|once|formerly|now|"
                         r"one|both|each|its|her|their|itself|also|previously|then|later)\b)")
_DASH_CLOSE = re.compile(r"(?<=[\w)’'\"”]) [—–] (?=[a-z])")


# a name in quotes: "the vessels “Angara” and “Maria”" (capitalised words, a number or a
# numeral among them; not a quoted sentence)
NAME_WORDS = r"(?=[A-Z])(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)(?:[ ](?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,4}"
_QUOTED_NAME = re.compile(r"(?<![\w\"“”«»‘’'])(?:\"" + NAME_WORDS + r"\"|“" + NAME_WORDS + r"”|«\s?" +
                          NAME_WORDS + r"\s?»|"
                          # single quotes: "the 'Matros Pozynich' at Sevastopol", "‘Sparta IV’"
                          r"'" + NAME_WORDS + r"'|‘" + NAME_WORDS + r"’)(?![\w\"“”«»])")


# a name set in emphasis in a text file ("The *Kestrel* called", "the **Grey Wren**", "_Maria_")
EMPHASISED_NAME = re.compile(r"(?<![\w*_])(?P<mark>\*\*?|__?)" + NAME_WORDS + r"(?P=mark)(?![\w*_])")


# an image's caption, a line that tells what it shows with no verb: "Image 1: The X (left)
# alongside the Y (right) at 05:12 UTC on 14 March", "Figure 3: The X at anchor off Ceuta": read
# as "The X was alongside the Y", without the marks of where each ship stands in the picture
_CAPTION = re.compile(r"(?m)^[ \t]*(?:Image|Figure|Fig\.|Photo|Photograph|Picture|Satellite\s+image|"
                      r"Imagery)\s*\d{0,3}[a-z]?\s*[:.–-]\s+(?:[Tt]he\s+)?(?:(?:MV|M/V|MT|M/T)\s+)?"
                      r"[A-Z][\w'’.-]*(?:[ ][A-Z0-9][\w'’.-]*){0,4}(?P<side>\s\([a-z]+(?:\s[a-z]+)?\))?"
                      # (not "The X at Rajin, 5 November", a caption read as it is)
                      r"(?P<gap>[ ])(?=alongside\b|at\s+anchor\b|at\s+berth\b|off\s|back\s+at\b|"
                      r"moored\b|docked\b|berthed\b|anchored\b|loading\b|unloading\b|discharging\b)")
_SIDE = re.compile(r" \((?:left|right|top|bottom|centre|center|foreground|background|upper|lower|middle)"
                   r"(?: (?:left|right))?\)")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# (at a line's end left as it is, too: a page's lines too few to tell their width)
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-[ \n](?=[a-z])(?!(?:and|or|to|nor|as|but)\b)")
_COMPOUND_PART = re.compile(r"(?:flagged|owned|based|registered|built|linked|controlled|operated|managed|"
                            r"class|type|era|origin|made|bound|style|sized|laden|related|backed|led|run|"
                            r"listed|sanctioned|hit|year|month|day|week|ton|tonne|metre|meter|long|old)\b")


def working_text(doc: Document) -> tuple[Document, list[int] | None, list[tuple[int, int]]]:
    """The text the extractors read, and where each of its characters stands in the document
    (None where it is the document's own): runs of spaces inside a line of prose made one ("the
    tanker Sparta  IV  berthed", as justified text copied from a page gives it; a line whose
    wide gaps are more than a few of its gaps is a row of a table set out in columns, and stays
    as it is), and an aside set off by dashes set off by commas ("the Andreas P — a Malta-
    registered bulker — sailed" reads "the Andreas P, a Malta-registered bulker, sailed"); names
    in quotes or emphasis read without them; and a word broken at a wrapped line's end read whole."""
    text = doc.text
    drop: list[int] = []  # characters left out
    quoted: list[tuple[int, int]] = []  # names set in quotes, without them
    comma: list[int] = []  # dashes read as commas
    if "  " in text or " \t" in text or "\t " in text:
        for line in re.finditer(r"[^\n]+", text):
            wide = list(_WIDE_GAP.finditer(text, line.start(), line.end()))
            if not wide or "|" in line.group() or "\t" in line.group() or \
                    len(_NARROW_GAP.findall(line.group())) < 2 * len(wide):
                continue
            for gap in wide:
                drop.extend(range(gap.start() + 1, gap.end()))
    if "—" in text or "–" in text:
        for opening in _DASH_ASIDE.finditer(text):
            line_end = text.find("\n", opening.end())
            close = _DASH_CLOSE.search(text, opening.end(), line_end if line_end >= 0 else len(text))
            for dash in (opening, close) if close and close.start() - opening.end() <= 100 else (opening,):
                drop.append(dash.start())  # (the space before the dash)
                comma.append(dash.start() + 1)
    if "- " in text or "-\n" in text:
        # a word broken at a wrapped line's end ("Novoros- siysk", "Cook Islands- registered"):
        # one word again, with its hyphen where the second part is a word of its own
        for broken in _BROKEN_WORD.finditer(text):
            drop.append(broken.start() + 1)
            if not _COMPOUND_PART.match(text, broken.end()):
                drop.append(broken.start())
    if any(q in text for q in "\"“«‘'"):
        for name in _QUOTED_NAME.finditer(text):
            drop.extend((name.start(), name.end() - 1))
            quoted.append((name.start() + 1, name.end() - 1))
    if "*" in text or "_" in text:
        for name in EMPHASISED_NAME.finditer(text):
            size = len(name["mark"])
            drop.extend((*range(name.start(), name.start() + size), *range(name.end() - size, name.end())))
            quoted.append((name.start() + size, name.end() - size))
    swap: dict[int, str] = {i: "," for i in comma}  # characters read as another
    if "Image" in text or "Fig" in text or "Photo" in text or "Picture" in text or "Satellite" in text:
        for caption in _CAPTION.finditer(text):
            swap[caption.start("gap")] = " was "
            line_end = text.find("\n", caption.start())
            for side in _SIDE.finditer(text, caption.start(), line_end if line_end >= 0 else len(text)):
                drop.extend(range(side.start(), side.end()))
    if "&" in text:
        # an entity of a page's markup left in plain text ("Sparta&nbsp;IV", "Kira&#8217;s"):
        # the character it stands for
        for entity in _ENTITY.finditer(text):
            char = html.unescape(entity.group())
            if len(char) == 1 and char != entity.group():
                swap[entity.start()] = " " if char.isspace() else char
                drop.extend(range(entity.start() + 1, entity.end()))
    # (names set in emphasis in Markdown, whose marks the reader blanked)
    quoted.extend(doc.emphasis)
    if not drop and not swap:
        return doc, None, sorted(quoted)
    marks = sorted({*((i, "") for i in drop if i not in swap), *swap.items()})
    pieces: list[str] = []
    where: list[int] = []
    pos = 0
    for i, mark in marks:
        if i < pos:
            continue
        pieces.append(text[pos:i])
        where.extend(range(pos, i))
        if mark:
            pieces.append(mark)
            where.extend([i] * len(mark))  # (words read in: each at the character they stand for)
        pos = i + 1
    pieces.append(text[pos:])
    where.extend(range(pos, len(text)))
    work = "".join(pieces)
    body = bisect_left(where, doc.body_start)
    # (where the names set in quotes stand in the text read: a quote is a cue to a ship's name,
    # 'the ferry on the route, the "Grey Finch",')
    names = [(a, b) for a, b in ((bisect_left(where, x), bisect_left(where, y)) for x, y in quoted)
             if a < b]
    return doc.model_copy(update={"text": work, "body_start": body}), where, names


def restored(facts: Facts, doc: Document, where: list[int]) -> Facts:
    """Facts read from the working text, their offsets and quotes put back on the document."""
    text = doc.text

    def back(e: Evidence) -> Evidence:
        start = where[e.start] if e.start < len(where) else len(text)
        end = where[e.end - 1] + 1 if 0 < e.end <= len(where) else start
        return Evidence(start=start, end=end, text=text[start:end])

    entities = [e.model_copy(update={"mentions": [back(m) for m in e.mentions]}) for e in facts.entities]
    events = [e.model_copy(update={"evidence": [back(x) for x in e.evidence]}) for e in facts.events]
    return Facts(document=doc, entities=entities, events=events)
