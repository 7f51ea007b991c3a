"""Files to Documents: the seed report layout, plain text, Markdown and HTML."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from warnings import catch_warnings, simplefilter

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning
from bs4.exceptions import ParserRejectedMarkup

from .errors import ReadError
from .extract.worktext import EMPHASISED_NAME, NAME_WORDS
from .model import Document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 200 * 1024 * 1024  # reference data files
# One report: the longest real ones (a UN panel's annual report) are a few MB of text.
REPORT_MAX_BYTES = 32 * 1024 * 1024

# ` date 2023-10-17 RUSI`: the first line of the seed layout.
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})-(\d{1,2})\s*(.*?)\s*$")
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "pre", "header", "footer", "dd", "dt", "caption")


def document_id(path: Path) -> str:
    """A stable id from the file name: lower case, ASCII letters, digits and hyphens."""
    stem = path.name
    for suffix in SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug:
        slug = "doc-" + hashlib.sha256(path.name.encode()).hexdigest()[:12]
    return slug


# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return clean(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: invalid UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise ReadError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > max(8, len(text[:8192]) // 50):
        raise ReadError(f"{name}: looks like a binary file, not text")
    return clean(text)


# Characters no XML document may hold (C0 controls but tab and line ends, and the
# non-characters), and C1 controls: each becomes a space, so that every offset into the text
# still points at the same character and every export (GraphML, TriG, JSON) stays valid.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


# What a page may hide inside a word and a reader does not see: soft hyphens, zero-width spaces
# and joiners, as characters or entities ("Tar&shy;tus"). A page's text is made from its
# markup, so they are dropped before it is parsed (a plain text keeps every character).
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]|&(?:shy|ZeroWidthSpace|zwnj|zwj|NoBreak);|"
                        r"&#(?:173|x0*ad|8203|x0*200b|8204|x0*200c|8205|x0*200d|8288|x0*2060);", re.I)


# Spaces of other widths, the no-break space of web pages ("Sparta&nbsp;IV", "8&nbsp;May") first:
# a space to the extractors, whose patterns space words with an ordinary one.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def clean(text: str) -> str:
    """The text with characters unsafe in XML replaced by spaces, one for one, and spaces of
    other kinds (no-break, thin, ideographic) made ordinary ones."""
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text))


# Markdown's inline markup, blanked so that "**Andromeda Star**" reads as a name while the
# text keeps its length.
# Closing emphasis, with the punctuation mark that follows it.
_MD_CLOSING = re.compile(r"(?<=[^\s*_])(\*\*?|__?)(?![\w*])[,.;:!?)]?")
# the bar between a table's cells: a tab, so that a row keeps its cells apart
_MD_CELL = re.compile(r"\|")
_MD_MARKUP = [
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"),  # an image: nothing to read
    re.compile(r"(?<!\\)(?:\[(?=[^\]\n]*\]\()|\]\([^)\n]*\))"),  # a link: its text stays
    re.compile(r"(?<![\w*])(\*\*?|__?)(?=[^\s*_])(?=[^\n]*?[^\s*_]\1(?![\w*]))"),  # opening
    _MD_CLOSING,
    re.compile(r"`+"),
    re.compile(r"\[\^[^\]\s]{1,20}\]"),  # a footnote's mark: "[^1]"
    re.compile(r"^ {0,3}(?:#{1,6}|>+)(?=\s)", re.M),  # heading and quote marks
    re.compile(r"^ {0,3}\|?(?: *:?-{3,}:? *\|?)+ *$", re.M),  # a table's rule
    _MD_CELL,  # table cells
]


def unmark(text: str) -> str:
    """Markdown with its inline markup (emphasis, links, code, headings, tables) replaced by
    spaces, one for one (a table's bars by tabs, which keep its cells apart); a punctuation mark
    right after closing emphasis moves up to the word ("**Flora**," reads "Flora,"), so names
    keep their offsets and the text its length."""
    for pattern in _MD_MARKUP:
        text = pattern.sub(_lift if pattern is _MD_CLOSING else "\t" if pattern is _MD_CELL else _blank,
                           text)
    return text


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _lift(m: re.Match[str]) -> str:
    marks = m.group().rstrip(",.;:!?)")
    return m.group()[len(marks):] + " " * len(marks)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Publication dates outside these years are taken for mistakes, not for history.
FIRST_YEAR = 1900


def _valid_date(y: str, m: str, d: str, name: str, warnings: list[str]) -> str | None:
    """The ISO date, or None with a warning when the date is impossible or implausible for a
    report (the document is then read as undated rather than refused)."""
    try:
        date = dt.date(int(y), int(m), int(d))
    except ValueError:
        warnings.append(f"{name}: the date {y}-{m}-{d} is impossible; read as undated")
        return None
    if not FIRST_YEAR <= date.year <= dt.date.today().year + 1:
        warnings.append(f"{name}: the date {date.isoformat()} is implausible for a report; "
                        "read as undated")
        return None
    return date.isoformat()


# What opens a line that goes on no wrapped paragraph: a list item, a table row, a heading.
OWN_LINE = re.compile(r"\s*(?:[-*•–—+>]\s|\d{1,3}[.)]\s|[A-Za-z][.)]\s|\||#|\t)")


def unwrap(text: str, start: int = 0) -> str:
    """Hard-wrapped paragraphs (plain-text mail, copies of PDF pages, Markdown wrapped at a
    fixed width) read as one line each: a line break inside such a paragraph becomes a space,
    one for one, so every offset holds. The width is that of the longest lines followed by
    another; a break is a wrap where the next line's first word would not have fitted on the
    line before (a greedy wrapper breaks only there) and the next line is no list item, table
    row or heading. Text whose breaks are mostly not of that kind, or whose lines mostly end a
    sentence, is left as it is."""
    body = text[start:]
    lines = body.split("\n")
    pairs = [(a.rstrip(), b) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    if not pairs:
        return text
    lengths = sorted(len(a) for a, _ in pairs)
    width = lengths[len(lengths) - 1 - len(lengths) // 20]  # (the longest but a few)
    if not (40 if len(pairs) >= 5 else 60) <= width <= 140:
        return text  # (a few short lines tell no width)

    def wraps(line: str, after: str) -> bool:
        word = after.split()[0] if after.split() else ""
        # (a line that ends no sentence may break a little short of the width: a wrapper that
        # balances its lines, or one by hand, "the tanker Yuri\nGagarin (IMO ...)")
        # (not before a record's name in capitals: "... product tanker\nKITE FINCH (IMO ...)")
        slack = 0 if line.endswith((".", "!", "?", ":", ";", ".\"", ".”")) or word.isupper() else 12
        # (nor a row of cells set apart by slashes: "Zeya / 10.03 / 12.03 / wheat / Jeddah")
        return len(line) + 1 + len(word) > width - slack and not OWN_LINE.match(after) and \
            "|" not in line and "\t" not in line and line.count(" / ") < 2

    # (lines that each end a sentence are a text of one sentence a line, not a wrapped one)
    if sum(wraps(a, b) for a, b in pairs) < 0.6 * len(pairs) or \
            sum(a.endswith((".", "!", "?", ".\"", ".”")) for a, _ in pairs) > 0.4 * len(pairs):
        return text
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 < len(lines):
            after = lines[i + 1]
            out.append(" " if line.strip() and after.strip() and wraps(line.rstrip(), after) else "\n")
    return text[:start] + "".join(out)


# a line of prose, not a headline: eight words or more, ending as a sentence ends
_PROSE_LINE = re.compile(r"(?:\S+\s+){7,}\S*[a-z0-9%)\]][\"”’')]?[.!?][\"”’')]?\s*$")


def parse_text(text: str, doc_id: str, name: str) -> Document:
    """The seed layout (date line, title line, body), or plain text whose first line is the title."""
    text = _normalise_newlines(text)
    if not text.strip():
        raise ReadError(f"{name}: the file is empty")
    lines = text.split("\n")
    date = source = None
    offset = 0
    warnings: list[str] = []
    m = _DATE_LINE.match(lines[0])
    if m:
        date = _valid_date(m[1], m[2], m[3], name, warnings)
        source = m[4] or None
        offset = len(lines[0]) + 1
        lines = lines[1:]
    title: str | None = None
    updated: str | None = None  # a date of revision: the date only where no other is given
    # The head: the title and the lines around it that describe the report, not report facts
    # ("Title: ...", "Published 12 May 2024", "By ...", "Source: ...", a front-matter fence).
    metadata = 0
    while lines and metadata <= _HEAD_LINES:
        # (a head line set in emphasis, as Markdown pasted into a text file has it: "*3 May 2025*")
        line = lines[0].strip().strip("*_").strip()
        field = _HEAD_FIELD.match(line) if line else None
        # (a front matter's value in quotes: title: "Tartus arrivals")
        value = _unquoted(field["value"].strip()) if field else ""
        when = _head_date(value if field and field["key"].lower() in _DATE_KEYS
                          else line, name, warnings) if line else None
        if when is None and line and field is None and title is not None:
            when = _dateline(line, name, warnings)
        if not line or _FENCE.match(line):
            pass
        elif title is not None and line.lstrip("#").strip() == title.strip():
            pass  # the title again, as the page's heading after its front matter
        elif field and field["key"].lower() in ("title", "headline") and title is None:
            title = value
        elif field and not field["colon"] and when is None:
            if title is None:  # "Updated March figures ...": words, not a field
                title = line
            else:
                break
        elif when is not None or field and field["key"].lower() in _DATE_KEYS:
            if field is not None and field["key"].lower() in ("updated", "modified"):
                updated = updated or when
            else:
                date = date or when
                after = _HEAD_DATES[0].match(line if field is None else value)
                source = source or (after["source"] if after else None)
            metadata += 1
        elif field and field["key"].lower() in ("source", "publisher", "outlet"):
            source = source or value
            metadata += 1
        elif field or _BYLINE.match(line):
            metadata += 1
        elif title is None:
            title = line.lstrip("#").strip()
            if _PROSE_LINE.match(title):
                break  # a report that opens with its first sentence: shown as its title, and read
        else:
            break
        offset += len(lines[0]) + 1
        lines = lines[1:]
    body_start = min(offset, len(text))
    text = unwrap(text, body_start)
    date = date or updated or _wire_date(text, body_start, name, warnings)
    return Document(id=doc_id, title=title or "", date=date, source=source,
                    text=text, body_start=body_start, warnings=warnings)


# A wire story's dateline, opening its body: "NAKHODKA, March 3 (Wire) -", "SEOUL, March 3,
# 2025 (Agency) -" (the extractors read its day as the day the story was filed)
WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'’/-]{1,40},\s+(?:(?P<mon1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})|"
    r"(?P<d2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8}))\b(?:\.?,?\s+(?P<y>\d{4})\b)?[^\n]{0,40}?[-–—]\s")


def _wire_date(text: str, start: int, name: str, warnings: list[str]) -> str | None:
    """The date a wire story's dateline gives at the head of its body, where it gives a year
    (one without a year says nothing of the year it was filed in)."""
    m = WIRE_DATELINE.match(text, start)
    if m is None or not m["y"]:
        return None
    month = _MONTH_NAMES.get((m["mon1"] or m["mon2"]).lower())
    return _valid_date(m["y"], str(month), m["d1"] or m["d2"], name, warnings) if month else None


# Lines of a report's head: "Key: value" fields, a byline, a front-matter fence.
_HEAD_LINES = 8
_DATE_KEYS = ("date", "published", "updated", "modified", "posted", "dated")
_HEAD_FIELD = re.compile(
    r"^(?:last\s+)?(?P<key>title|headline|date|dated|published|updated|modified|posted|source|publisher|"
    r"outlet|author|authors|by|byline|tags|category|categories|lang|language|url|link)"
    r"(?:(?P<colon>\s*:\s*)|(?<=date|ated|shed|ated|sted|fied)\s+(?:on\s+)?)(?P<value>\S.*)$",
    re.I)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]*){0,8}\s*$|"
                     # "By an energy correspondent", "By our Moscow bureau", "By staff reporter"
                     r"^By\s+(?:an?|our|the|its|staff|a\s+staff)\s[^.!?:;]{0,60}$")
_FENCE = re.compile(r"^(?:-{3,}|\+{3,})$")
# a value in one pair of quotes, with none of its kind inside ("Port log: Tartus", not
# "Nord Star" and the "Lady R")
_QUOTED = re.compile(r'^"([^"]*)"$|^\'([^\']*)\'$|^“([^“”]*)”$|^‘([^‘’]*)’$')


def _unquoted(value: str) -> str:
    """A front matter's value without the quotes that enclose the whole of it."""
    m = _QUOTED.match(value)
    inner = next(g for g in m.groups() if g is not None) if m else value
    return inner if inner.strip() else value  # (empty quotes: the value as given)
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES["sept"] = 9
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
# "2024-11-05 Open Harbour Project": the publisher after a date, as the seed layout has it
_SOURCE_AFTER = r"(?P<source>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w&'’.-]*)){0,7})"
# A date alone, as a head gives it: 2024-05-12 (with a time or not), 12 May 2024, May 12, 2024,
# with a weekday before it or not.
_HEAD_DATES = [
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T ][\d:.+\-Z ]*)?"
               r"(?:\s*(?:UTC|GMT|[A-Z]{3,4}))?(?:\s+[-|–—]?\s*(?:by\s+)?" + _SOURCE_AFTER + r")?$"),
    re.compile(r"^(?:[A-Z][a-z]+,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH +
               r",?\s+(?P<y>\d{4})(?:[,\s]+.{0,60})?$"),
    re.compile(r"^(?:[A-Z][a-z]+,?\s+)?" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
               r"(?P<y>\d{4})(?:[,\s]+.{0,60})?$"),
]


def _head_date(value: str, name: str, warnings: list[str]) -> str | None:
    """The ISO date of a head line that is only a date (and perhaps a time), else None."""
    numeric = _NUMERIC_HEAD_DATE.match(value.strip())
    if numeric:
        # "14/02/2025", "14.02.2025": the day first with dots, or where only one order can be a
        # date ("02/14/2025"); "03/04/2025" could be either, and is no date
        a, b = int(numeric["a"]), int(numeric["b"])
        if numeric["sep"] == "." or a > 12 >= b:
            return _valid_date(numeric["y"], str(b), str(a), name, warnings)
        if b > 12 >= a:
            return _valid_date(numeric["y"], str(a), str(b), name, warnings)
        return None
    for pattern in _HEAD_DATES:
        m = pattern.match(value.strip())
        if not m:
            continue
        month = m["m"] if "m" in m.groupdict() else _MONTH_NAMES.get(m["mon"].lower())
        if month is None:
            return None
        if "mon" in m.groupdict() and re.search(r"[.!?]\s+\w", m.group()):
            return None  # a sentence that opens with a date, not a date line
        return _valid_date(m["y"], str(month), m["d"], name, warnings)
    return None


_NUMERIC_HEAD_DATE = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"
                                r"(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp][Mm]|UTC|GMT|[A-Z]{3,4}))?)?$")


# A date set off in a short head line by a byline, a place or a kind of text: "Press release,
# 20 February 2025", "By a staff analyst — 3 June 2024", "WASHINGTON | Feb. 20, 2025 | 10:42";
# a few words after it at most (a time, a note of revision), not a clause.
_SEP = r"\s*[,|·:–—-]\s*"
_DATELINE = re.compile(
    r"^(?P<pre>[^.!?\d]{1,60}?)" + _SEP +
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon1>[A-Za-z]{3,9})\.?,?|"
    r"(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})"
    r"(?P<post>(?:" + _SEP + r"|\s+(?=\d))[^!?\s]*(?:\s+[^!?\s]+){0,4})?$")


def _dateline(line: str, name: str, warnings: list[str]) -> str | None:
    """The ISO date of a head line that sets a date off from a few words (see `_DATELINE`);
    None for a sentence ("On its way, 3 June 2024, the ship called at Aden.")."""
    if len(line) > 110 or line.endswith((".", "!", "?")):
        return None
    m = _DATELINE.match(line)
    if not m:
        return None
    month = _MONTH_NAMES.get((m["mon1"] or m["mon2"]).lower())
    if month is None:
        return None
    return _valid_date(m["y"], str(month), m["d1"] or m["d2"], name, warnings)


# Parts of a page that are not its story: menus, sidebars, "related" lists, footers, forms.
_PAGE_FURNITURE = ["nav", "aside", "footer", "form", "header"]
_FURNITURE_NAME = re.compile(
    r"(?:^|[-_ ])(?:related|sidebar|comments?|share|sharing|social|newsletter|promo|advert\w*|"
    r"ads?|cookies?|subscribe|subscription|recommended|most-read|popular|breadcrumbs?|"
    r"byline|nav|menu|footer)(?:$|[-_ ])", re.I)


_OTHER_STORIES = re.compile(r"(?i)(?:read|see)\s+(?:more|also)|related|more\s+(?:on|from|stories)|"
                            r"also\s+read|recommended|most\s+read|further\s+reading")


def _mostly_links(tag: Any) -> bool:
    """Whether most of an element's text is the text of links."""
    text = len(tag.get_text(" ", strip=True))
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return text > 0 and linked * 2 > text


def _story(soup: BeautifulSoup) -> Any:
    """The element holding a page's story: its one <article> (or <main>) if it has one, less
    menus, sidebars and lists of other stories, whose ships and ports are not this story's."""
    for tag in soup(_PAGE_FURNITURE):
        if not tag.decomposed and (not tag.find_parent("article") or tag.name == "aside" and (
                _OTHER_STORIES.match(tag.get_text(" ", strip=True)) or _mostly_links(tag))):
            # (an aside inside the story that lists other stories: "Read more", links)
            tag.decompose()
    for tag in [*soup.find_all(class_=_FURNITURE_NAME), *soup.find_all(id=_FURNITURE_NAME)]:
        if not tag.decomposed and tag.name not in ("article", "main", "body", "html"):
            tag.decompose()
    articles = soup.find_all("article")
    if len(articles) == 1:
        return articles[0]
    return soup.find("main") or soup


def parse_html(html: str, doc_id: str, name: str) -> Document:
    """Visible text of an HTML page: no scripts, styles or comments; blocks become lines."""
    with catch_warnings():  # the text of a file read, never a file name or URL
        simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            soup = BeautifulSoup(html, "html.parser")
        except ParserRejectedMarkup as exc:  # ("<![" and a control character: no markup to read)
            raise ReadError(f"{name}: the HTML cannot be parsed (malformed markup)") from exc
    warnings: list[str] = []
    for tag in soup(["script", "style", "noscript", "template", "head", "iframe", "svg"]):
        if tag.name == "head":
            continue
        tag.decompose()
    title = ""
    if soup.title and soup.title.string:
        title = " ".join(soup.title.string.split())
    date = site = None
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name") and meta.get("content") and not site:
            site = " ".join(str(meta["content"]).split()) or None
        if key == "og:title" and meta.get("content"):
            title = " ".join(str(meta["content"]).split()) or title
        if date is None and key in ("article:published_time", "date", "dc.date", "pubdate") and \
                meta.get("content"):
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(meta["content"]))
            if m:
                date = _valid_date(m[1], m[2], m[3], name, warnings)
    # "Tanker seized | Sea Desk": the page title without the site's name
    heading = soup.find("h1")
    head_text = " ".join(heading.get_text().split()) if heading else ""
    if head_text and title.startswith(head_text) and _TITLE_TAIL.fullmatch(title[len(head_text):]):
        title = head_text
    elif site and title.endswith(site) and _TITLE_TAIL.fullmatch(title[title.rfind(
            " ", 0, len(title) - len(site) - 1):]):
        title = re.sub(r"\s*[|·–—-]\s*$", "", title[:-len(site)])
    if date is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        if time_tag is not None:
            m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(time_tag["datetime"]))
            if m:
                date = _valid_date(m[1], m[2], m[3], name, warnings)
    if soup.head:
        soup.head.decompose()
    root = _story(soup)
    # a table row is one line, its cells set apart as clauses: "2023-08-17; Rajin; Loading"
    for row in root.find_all("tr"):
        for cell in row.find_all(["td", "th"])[1:]:
            cell.insert_before("; ")
    # a list's item keeps its mark, as plain text and Markdown write it: "- Vega: 3 May"
    for item in root.find_all("li"):
        item.insert(0, "- ")
    # a name set in bold or italics in a paragraph or list item ("<li><b>Nova Ray</b> came from
    # ..."): marked, to be noted where it stands once the text is laid out
    for tag in root.find_all(["b", "strong", "em", "i"]):
        if tag.find_parent(["p", "li", "td"]) is not None and _HTML_NAME.fullmatch(tag.get_text()):
            tag.insert(0, _OPEN_MARK)
            tag.append(_CLOSE_MARK)
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    raw = root.get_text()
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise ReadError(f"{name}: the page has no visible text")
    if not title:
        title = lines[0]
    body = "\n".join(lines)
    text, marked = _marked_names(title + "\n" + body if lines[0] != title else body)
    text = clean(text)
    title = title.replace(_OPEN_MARK, "").replace(_CLOSE_MARK, "")
    body_start = min(len(title) + 1, len(text))
    date = date or _wire_date(text, body_start, name, warnings)
    return Document(id=doc_id, title=clean(title), date=date, source=site, text=text,
                    body_start=body_start, warnings=warnings, emphasis=marked)


_OPEN_MARK, _CLOSE_MARK = "\x01", "\x02"
_MARKED = re.compile(_OPEN_MARK + r"\s*([^" + _OPEN_MARK + _CLOSE_MARK + r"\n]*?)\s*" + _CLOSE_MARK)
_HTML_NAME = re.compile(r"\s*" + NAME_WORDS + r"\s*")


def _marked_names(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without the marks set around names in emphasis, and where those names stand."""
    if _OPEN_MARK not in text:
        return text, []
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    size = pos = 0
    for m in _MARKED.finditer(text):
        pieces.append(text[pos:m.start()])
        size += m.start() - pos
        start = size + m.start(1) - m.start() - 1
        pieces.append(text[m.start() + 1:m.end() - 1])
        size += m.end() - m.start() - 2
        spans.append((start, start + len(m[1])))
        pos = m.end()
    pieces.append(text[pos:])
    out = "".join(pieces).replace(_OPEN_MARK, "").replace(_CLOSE_MARK, "")
    return out, [(a, b) for a, b in spans if out[a:b].strip()]


# What follows a story's headline in a page title: a separator and the site's name.
_TITLE_TAIL = re.compile(r"\s*[|·]\s*\S.*|\s+[–—-]\s+\S.*|")


def read_document(path: Path) -> Document:
    """Read one report; a file that cannot be read raises ReadError naming it."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ReadError(f"{name}: no such file") from exc
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror})") from exc
    if path.is_dir():
        raise ReadError(f"{name}: is a directory")
    if size > REPORT_MAX_BYTES:
        raise ReadError(f"{name}: too large for one report ({size // 2**20} MiB; the limit is "
                        f"{REPORT_MAX_BYTES // 2**20} MiB): split it into several files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror})") from exc
    if not data.strip():
        raise ReadError(f"{name}: the file is empty")
    text = decode(data, name)
    doc_id = document_id(path)
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(!doctype html|html)", text[:200], re.I):
        doc = parse_html(_INVISIBLE.sub("", text), doc_id, name)
    else:
        marked: list[tuple[int, int]] = []
        if path.suffix.lower() in (".md", ".markdown"):
            text = _normalise_newlines(text)
            # (the names set in emphasis, where unmarking leaves them: it keeps every offset)
            marked = [(m.start() + len(m["mark"]), m.end() - len(m["mark"]))
                      for m in EMPHASISED_NAME.finditer(text)]
            text = unmark(text)
        doc = parse_text(text, doc_id, name)
        if marked:
            doc = doc.model_copy(update={"emphasis": marked})
    return doc.model_copy(update={"path": name, "sha256": hashlib.sha256(data).hexdigest()})


def find_documents(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and report files under directories named, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and \
                        not child.name.startswith("."):
                    yield child
        else:
            yield path
