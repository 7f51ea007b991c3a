from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shipgraph.errors import ReadError
from shipgraph.readers import document_id, read_document

from .conftest import SEEDS


def test_seed_layout(tmp_path: Path) -> None:
    doc = read_document(next(SEEDS.glob("*.txt")))
    assert doc.date == "2023-10-17" and doc.source == "RUSI"
    assert doc.title.startswith("The Orient Express")
    assert doc.text[doc.body_start:].startswith("Dozens of high-resolution images")


def test_plain_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A title\nThe tanker Nord Star called at Odesa.\n")
    (tmp_path / "b.md").write_text("# Heading here\n\nSome text.\n")
    assert read_document(tmp_path / "a.txt").title == "A title"
    assert read_document(tmp_path / "b.md").title == "Heading here"


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    page = ("<html><head><title>Port news</title><script>var x='Rajin';</script>"
            "<style>p{color:red}</style><meta property='article:published_time' "
            "content='2024-02-01T10:00:00Z'></head><body><p>The tanker &quot;Nord&quot; "
            "docked.</p><p>Second &amp; last<br>line</p></body></html>")
    (tmp_path / "p.html").write_text(page)
    doc = read_document(tmp_path / "p.html")
    assert doc.title == "Port news" and doc.date == "2024-02-01"
    assert "Rajin" not in doc.text and "color" not in doc.text
    assert 'The tanker "Nord" docked.' in doc.text and "Second & last" in doc.text


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"\x00\x01\x02binary\x00", "binary"), (b"   \n  ", "empty"),
])
def test_bad_files_raise_read_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as exc:
        read_document(path)
    assert str(path) in str(exc.value)


@pytest.mark.parametrize("line, message", [
    (" date 2024-13-01 X", "impossible"), (" date 1066-10-14 X", "implausible"),
    (" date 2024-02-30 X", "impossible"), (" date 9999-01-01 X", "implausible"),
])
def test_a_lying_date_line_leaves_the_document_undated(tmp_path: Path, line: str,
                                                       message: str) -> None:
    path = tmp_path / "lie.txt"
    path.write_text(line + "\nTitle\nThe tanker Kestrel called at Rajin in June.\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.date is None and doc.title == "Title" and "Kestrel" in doc.text
    assert len(doc.warnings) == 1 and message in doc.warnings[0] and str(path) in doc.warnings[0]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_other_encodings(tmp_path: Path) -> None:
    (tmp_path / "l1.txt").write_bytes("Title\nCafé in Tartous\n".encode("latin-1"))
    (tmp_path / "u16.txt").write_bytes("Title\nNampo \u00e9\n".encode("utf-16"))
    assert "Café" in read_document(tmp_path / "l1.txt").text
    assert "Nampo é" in read_document(tmp_path / "u16.txt").text


def test_document_id_is_stable() -> None:
    assert document_id(Path("x/Lady R 2024.txt")) == "lady-r-2024"
    assert document_id(Path("Ünïcode.html")) == "unicode"


@given(st.text(min_size=1, max_size=300))
def test_any_text_reads_or_fails_cleanly(tmp_path_factory: pytest.TempPathFactory,
                                         body: str) -> None:
    path = tmp_path_factory.mktemp("h") / "doc.txt"
    path.write_text(body, encoding="utf-8")
    try:
        doc = read_document(path)
    except ReadError:
        return
    assert doc.text  # offsets refer to this text


def test_markdown_markup_is_blanked_and_names_keep_their_offsets(tmp_path: Path) -> None:
    raw = ("# Findings\n\n- The tanker **Dune Lark** loaded at [Primorsk](https://example.org/p_1)."
           "\n- **Fen Lark**, a bulker, and _Gulf Heron_ met; `code` stays out.\n"
           "| Vessel | Flag |\n|---|---|\n| Dune Lark | Gabon |\n")
    (tmp_path / "r.md").write_text(raw, encoding="utf-8")
    doc = read_document(tmp_path / "r.md")
    assert len(doc.text) == len(raw) and doc.title == "Findings"
    for name in ("Dune Lark", "Primorsk", "Gulf Heron"):
        assert doc.text.index(name) == raw.index(name)
    assert "*" not in doc.text and "](" not in doc.text and "|" not in doc.text
    assert "https" not in doc.text and "`" not in doc.text
    assert "Fen Lark,   a bulker" in doc.text  # the comma moves up to the name
    # where the names set in emphasis stand (the reader's note for the extractors)
    assert [doc.text[a:b] for a, b in doc.emphasis] == ["Dune Lark", "Fen Lark", "Gulf Heron"]
    assert "snake_case" in read_text_of(tmp_path, "x.md", "snake_case and 2*3*4 stay")
    # a footnote's mark is blanked, its text kept
    assert read_text_of(tmp_path, "n.md", "Dunai.[^1] Then\n\n[^1]: Data.") == \
        "Dunai.     Then\n\n    : Data."
    # plain text is not Markdown: its asterisks stay
    assert "**" in read_text_of(tmp_path, "x.txt", "Title\nthe **Dune Lark** sailed")


def read_text_of(tmp_path: Path, name: str, content: str) -> str:
    (tmp_path / name).write_text(content, encoding="utf-8")
    return read_document(tmp_path / name).text


def test_html_keeps_the_story_and_drops_the_page_furniture(tmp_path: Path) -> None:
    page = ("<html><head><title>Story</title></head><body>"
            "<nav><a href='/'>Home</a> Ports</nav><header><p>Site banner</p></header>"
            "<article><h1>Tanker held</h1><p>The tanker Dune Lark was held at Sohar.</p>"
            "<footer>Filed under shipping</footer></article>"
            "<aside><p>The tanker Fen Lark called at Aden.</p></aside>"
            "<div class='related-stories'><p>The tanker Gulf Heron left Jask.</p></div>"
            "<footer>Contact us</footer></body></html>")
    text = read_text_of(tmp_path, "p.html", page)
    assert "Dune Lark" in text and "Tanker held" in text and "Filed under" in text
    for other in ("Fen Lark", "Gulf Heron", "Contact us", "Site banner", "Home"):
        assert other not in text
    # a page without an <article> keeps its body, less the furniture
    text = read_text_of(tmp_path, "q.html", page.replace("article", "div"))
    assert "Dune Lark" in text and "Fen Lark" not in text and "Gulf Heron" not in text
    # inside the story, an aside that lists other stories goes; a pull quote stays
    page = ("<html><body><article><h1>Tanker held</h1><p>The tanker Dune Lark was held at Sohar.</p>"
            "<aside><h3>Read more</h3><p>Tanker Fen Lark struck off Aden</p></aside>"
            "<aside><a href='/a'>Gulf Heron leaves Jask</a></aside>"
            "<aside><p>\u201cThe ship was held for a week,\u201d an agent said.</p></aside>"
            "</article></body></html>")
    text = read_text_of(tmp_path, "r.html", page)
    assert "Fen Lark" not in text and "Gulf Heron" not in text and "held for a week" in text


@pytest.mark.parametrize("head, title, date, source", [
    ("Title: Coal runs to Nakhodka\nDate: 2025-03-14\nSource: Harbour Ledger\n\n",
     "Coal runs to Nakhodka", "2025-03-14", "Harbour Ledger"),
    ("Coal runs to Nakhodka\nPublished 14 March 2025\nBy Ana Petrova and Li Wen\n\n",
     "Coal runs to Nakhodka", "2025-03-14", None),
    ("---\ntitle: Coal runs to Nakhodka\ndate: 2025-03-14\n---\n",
     "Coal runs to Nakhodka", "2025-03-14", None),
    ("Coal runs to Nakhodka\nFriday, March 14, 2025\n", "Coal runs to Nakhodka", "2025-03-14",
     None),
    ("Coal runs to Nakhodka\nUpdated on 2025-03-20\nPublished: 2025-03-14\n",
     "Coal runs to Nakhodka", "2025-03-14", None),
    ("Coal runs to Nakhodka\n2025-03-14 Harbour Ledger\n\n", "Coal runs to Nakhodka",
     "2025-03-14", "Harbour Ledger"),
    ("Coal runs to Nakhodka\nPublished 2025-03-14 by Harbour Ledger\n\n", "Coal runs to Nakhodka",
     "2025-03-14", "Harbour Ledger"),
    # a wire story's date line: a time and a note of revision after the date
    ("Coal runs to Nakhodka\nBy Ana Petrova\nMarch 14, 2025 4:12 PM GMT+3 Updated 2 hours ago\n\n",
     "Coal runs to Nakhodka", "2025-03-14", None),
    # a date set off from a kind of text, a byline or a place in one head line
    ("Coal runs to Nakhodka\nStatement, 14 March 2025\n\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    ("Coal runs to Nakhodka\nBy our shipping desk \u2014 14 March 2025\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    ("Coal runs to Nakhodka\nVLADIVOSTOK | Mar. 14, 2025 | 09:30\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    # Markdown pasted into a text file: a heading and a date line set in emphasis
    ("# Coal runs to Nakhodka\n\n*Analysis, 14 March 2025*\n\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    ("Coal runs to Nakhodka\n_Published 14 March 2025_\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    # a byline that names no one
    ("Coal runs to Nakhodka\nBy an energy correspondent\n14 March 2025\n\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    ("Coal runs to Nakhodka\nBy our Moscow bureau\n14 March 2025\n\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
    # numeric dates: the day first with dots, or where only one order is a date
    ("Coal runs to Nakhodka\nPublished: 14/03/2025\n\n", "Coal runs to Nakhodka", "2025-03-14", None),
    ("Coal runs to Nakhodka\nPublished: 03/14/2025\n\n", "Coal runs to Nakhodka", "2025-03-14", None),
    ("Coal runs to Nakhodka\n14.03.2025\n\n", "Coal runs to Nakhodka", "2025-03-14", None),
    ("Coal runs to Nakhodka\nDate: 03/04/2025\n\n", "Coal runs to Nakhodka", None, None),
    ("Coal runs to Nakhodka\nLast updated 2025-03-14T09:12:00Z\n\n", "Coal runs to Nakhodka",
     "2025-03-14", None),
])
def test_the_head_of_a_plain_report_gives_title_date_and_source(
        tmp_path: Path, head: str, title: str, date: str, source: str | None) -> None:
    body = "The collier Iron Gull berthed at Nakhodka on 2 March."
    path = tmp_path / "report.txt"
    path.write_text(head + body, encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.date, doc.source) == (title, date, source)
    assert doc.text[doc.body_start:] == body


@pytest.mark.parametrize("second", [
    "By March, the collier Iron Gull had berthed at Nakhodka.",
    "Updated figures show the collier Iron Gull berthed at Nakhodka.",
    "14 March 2025 was the day the collier Iron Gull berthed at Nakhodka. It left soon after.",
    "2025-03-14 The collier Iron Gull berthed at Nakhodka.",
    "Late at night, 2 March 2025, the collier Iron Gull berthed at Nakhodka.",
    "Late at night, 2 March 2025, the collier Iron Gull berthed at Nakhodka",
])
def test_a_body_that_opens_like_a_head_field_stays_body(tmp_path: Path, second: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Coal runs to Nakhodka\n" + second, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Coal runs to Nakhodka" and doc.date is None
    assert doc.text[doc.body_start:] == second


@pytest.mark.parametrize("head, h1, title, source", [
    ('<title>Tanker held in Aden | Sea Desk</title>', "Tanker held in Aden",
     "Tanker held in Aden", None),
    ('<title>Tanker held in Aden - Sea Desk</title><meta property="og:site_name" '
     'content="Sea Desk">', "", "Tanker held in Aden", "Sea Desk"),
    ('<title>Sea Desk</title><meta property="og:title" content="Tanker held in Aden">',
     "", "Tanker held in Aden", None),
    ('<title>Aden: tanker held</title>', "Aden", "Aden: tanker held", None),
])
def test_a_page_title_without_the_site_name(tmp_path: Path, head: str, h1: str, title: str,
                                             source: str | None) -> None:
    path = tmp_path / "page.html"
    heading = f"<h1>{h1}</h1>" if h1 else ""
    path.write_text(f"<html><head>{head}</head><body>{heading}<p>The tanker Kite was held in "
                    "Aden.</p></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.source) == (title, source)


def test_a_page_whose_text_looks_like_a_file_name_reads_without_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "odd.html"
    path.write_text("reports/tanker.txt", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = read_document(path)
    assert doc.text.strip() == "reports/tanker.txt"


def test_a_page_table_reads_a_row_to_a_line(tmp_path: Path) -> None:
    page = tmp_path / "calls.html"
    page.write_text("<html><head><title>Calls</title></head><body><article><h1>Calls</h1>"
                    "<p>Calls of the tanker Wren Hollow.</p><table><tr><th>Date</th><th>Port</th>"
                    "</tr><tr><td>2023-05-02</td><td>Tuapse</td></tr></table></article></body>"
                    "</html>", encoding="utf-8")
    lines = read_document(page).text.splitlines()
    assert lines[-2:] == ["Date; Port", "2023-05-02; Tuapse"]


def test_an_html_list_item_keeps_its_mark(tmp_path: Path) -> None:
    page = tmp_path / "log.html"
    page.write_text("<html><body><p>Recent loadings at Kozmino:</p><ul><li>Vega: 3 May</li>"
                    "<li>Lyra: 5 May</li></ul></body></html>", encoding="utf-8")
    assert "\n- Vega: 3 May\n- Lyra: 5 May" in read_document(page).text


def test_a_wire_dateline_with_its_year_dates_an_undated_story(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_text(
        "Shells shipped north\nBUSAN, Feb. 3, 2025 (Agency) - The cargo ship Oka docked at Rajin.\n",
        encoding="utf-8")
    assert read_document(tmp_path / "w.txt").date == "2025-02-03"
    (tmp_path / "w.html").write_text(
        "<html><body><h1>Shells shipped north</h1><p>BUSAN, 3 February 2025 (Agency) — The cargo "
        "ship Oka docked at Rajin.</p></body></html>", encoding="utf-8")
    assert read_document(tmp_path / "w.html").date == "2025-02-03"
    # a dateline with no year, or a date inside a sentence, says nothing of the story's date
    for body in ("BUSAN, Feb. 3 (Agency) - The cargo ship Oka docked at Rajin.",
                 "The cargo ship Oka docked at Rajin on Feb. 3, 2025 - a first."):
        (tmp_path / "n.txt").write_text("Shells shipped north\n" + body + "\n", encoding="utf-8")
        assert read_document(tmp_path / "n.txt").date is None
    # a head's own date comes first
    (tmp_path / "h.txt").write_text("Shells shipped north\n2025-02-05\n\nBUSAN, Feb. 3, 2025 "
                                    "(Agency) - The cargo ship Oka docked at Rajin.\n", encoding="utf-8")
    assert read_document(tmp_path / "h.txt").date == "2025-02-05"


def test_a_page_s_invisible_breaks_inside_words_are_dropped(tmp_path: Path) -> None:
    page = ("<html><head><title>T</title></head><body><p>The tanker Lu&#8203;mo docked at "
            "Tar&shy;tus and Sik\u00adka in May.</p></body></html>")
    assert "The tanker Lumo docked at Tartus and Sikka in May." in read_text_of(tmp_path, "a.html", page)


def test_a_hard_wrapped_paragraph_reads_as_one_line_with_its_offsets_kept() -> None:
    from shipgraph.readers import unwrap

    text = ("The tanker Sparta IV sailed from Novorossiysk on 2 November and\n"
            "berthed in Tartus on 8 November, where military trucks were seen on\n"
            "the quay. Her sister ship Ursa Major followed a week later, and\n"
            "both returned to the Black Sea empty in the last days of the month.\n\n"
            "Turkey has not stopped them.\n")
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.split("\n\n")[0].count("\n") == 0 and "Sparta IV sailed" in out
    assert out.endswith("\n\nTurkey has not stopped them.\n")
    # a list, a table, one sentence a line and a few short lines are not wrapped prose
    for kept in ("Ships observed at Rajin in May, according to the satellite images we saw:\n"
                 "- Angara, a Russian-flagged cargo ship, on 8 May and again on 20 May\n"
                 "- Maria, a Russian-flagged cargo ship, on 12 May and again on 28 May\n",
                 "| Vessel | Port | Date of the call, as the port's own records give it |\n"
                 "| Angara | Rajin | 8 May 2024, in the morning, according to the records |\n"
                 "| Maria | Rajin | 12 May 2024, in the evening, according to the records |\n",
                 "The tanker Kira loaded crude oil at Primorsk on 3 May, the port said.\n"
                 "The tanker Lumo discharged diesel at Mersin on 9 May, data showed.\n"
                 "The tanker Vega called at Tartus on 12 May and left two days later.\n",
                 "Key findings\nThe Angara called at Rajin.\nThe Maria did not.\n"):
        assert unwrap(kept) == kept, kept


def test_a_name_broken_a_little_short_of_the_width_is_one_line() -> None:
    from shipgraph.readers import unwrap

    text = ("In the period under review the Cameroon-flagged tanker Yuri\n"
            "Gagarin (IMO 9281748) made four voyages from the Russian port of Primorsk\n"
            "to the Indian port of Vadinar, each time carrying about 100,000 tonnes of\n"
            "Urals crude, and on one of them it met the tanker Orient Pearl at sea.\n")
    assert "tanker Yuri Gagarin" in unwrap(text)
    # (not a record's name in capitals on the line after, nor after a line that ends a sentence)
    kept = ("The following vessels were designated today under Executive Order 14024:\n"
            "GREY SPARROW (IMO 9308376), Gabon flag, crude oil tanker\n"
            "KITE FINCH (IMO 9256078), Cameroon flag, product tanker\n"
            "The vessels transported Russian crude oil above the price cap last year.\n")
    assert "product tanker\nKITE" not in unwrap(kept).replace("tanker\nThe", "")
    assert "crude oil tanker\nKITE FINCH" in unwrap(kept)


def test_a_hard_wrapped_report_gives_the_events_of_the_same_report_unwrapped(tmp_path: Path) -> None:
    from shipgraph.extract.pipeline import extract

    body = ("The Russian cargo ship Angara loaded containers at Rajin on 8 May and\n"
            "delivered them to the Russian port of Dunai four days later, satellite\n"
            "images show. Her sister ship Maria made the same voyage a week later,\n"
            "arriving at Vostochny on 20 May after loading at Rajin on 16 May.\n")
    (tmp_path / "wrapped.txt").write_text("Title: Wrapped\nDate: 2024-06-01\n\n" + body,
                                          encoding="utf-8")
    (tmp_path / "one-line.txt").write_text("Title: One line\nDate: 2024-06-01\n\n" +
                                           body.replace("\n", " ").rstrip() + "\n", encoding="utf-8")

    def events(name: str) -> set[tuple[str | None, ...]]:
        f = extract(read_document(tmp_path / name))
        by_id = {e.id: e.name for e in f.entities}
        return {(e.type, by_id.get(e.vessel or ""), by_id.get(e.port or ""), by_id.get(e.origin or ""),
                 by_id.get(e.destination or ""), e.date) for e in f.events}

    assert events("wrapped.txt") == events("one-line.txt")
    assert ("Transfer", "Maria", None, "Rajin", "Vostochny", "2024-05-16/2024-05-20") in \
        events("wrapped.txt")


def test_no_break_and_thin_spaces_read_as_spaces(tmp_path: Path) -> None:
    from shipgraph.extract.pipeline import extract

    path = tmp_path / "nbsp.txt"
    path.write_text("Title: Spaces\nDate: 2024-06-01\n\nThe cargo ship Sparta\u00a0IV (IMO\u00a09743033) "
                    "berthed in Tartus on 8\u202fNovember.\n", encoding="utf-8")
    doc = read_document(path)
    assert "\u00a0" not in doc.text and "\u202f" not in doc.text
    assert len(doc.text) == len(path.read_text(encoding="utf-8"))
    f = extract(doc)
    (ship,) = [e for e in f.entities if e.type == "Vessel"]
    assert (ship.name, ship.imo) == ("Sparta IV", "9743033")
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2023-11-08"]


def test_a_report_that_opens_with_its_first_sentence_reads_it(tmp_path: Path) -> None:
    # no headline: the first line is prose, shown as the title and read as the body's start
    (tmp_path / "a.txt").write_text("The tanker Ocean Star docked at Tartus on 3 May 2023.\n"
                                    "It left two days later.\n")
    doc = read_document(tmp_path / "a.txt")
    assert doc.title == "The tanker Ocean Star docked at Tartus on 3 May 2023."
    assert doc.body_start == 0
    # a headline, even a long one, stays the head
    (tmp_path / "b.txt").write_text("Russian cargo ship Sparta IV docks at Tartus after a voyage "
                                    "from Novorossiysk\nThe ship arrived on Monday.\n")
    doc = read_document(tmp_path / "b.txt")
    assert doc.text[doc.body_start:].startswith("The ship arrived")


def test_html_names_in_emphasis_are_noted_where_they_stand(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<html><head><title>Findings</title></head><body><h1>Findings</h1><ul>"
        "<li><b>Nova Crest</b> came from Kharg Island.</li>"
        "<li>It met <strong> Lotus Bay </strong> off Egypt.</li></ul>"
        "<p>The <i>Kestrel</i> docked; <em>very</em> late.</p></body></html>", encoding="utf-8")
    doc = read_document(tmp_path / "p.html")
    assert "\x01" not in doc.text and "\x02" not in doc.text
    assert [doc.text[a:b] for a, b in doc.emphasis] == ["Nova Crest", "Lotus Bay", "Kestrel"]
    assert doc.text.splitlines()[1] == "- Nova Crest came from Kharg Island."


def test_a_front_matter_s_quoted_values_lose_their_quotes(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text('---\ntitle: "Port log: Tartus"\ndate: "2024-09-01"\n'
                                   'source: \'Harbour Watch\'\n---\n# Port log: Tartus\n\n'
                                   'The tanker Nord Star called at Odesa.\n')
    doc = read_document(tmp_path / "a.md")
    assert (doc.title, doc.date, doc.source) == ("Port log: Tartus", "2024-09-01", "Harbour Watch")
    assert doc.text[doc.body_start:].strip().startswith("The tanker Nord Star")
    # (quotes that open and close only part of the value stay)
    (tmp_path / "b.md").write_text('---\ntitle: "Nord Star" and the rest\n---\nText.\n')
    assert read_document(tmp_path / "b.md").title == '"Nord Star" and the rest'
    (tmp_path / "c.md").write_text('---\ntitle: "Nord Star" and the "Lady R"\n---\nText.\n')
    assert read_document(tmp_path / "c.md").title == '"Nord Star" and the "Lady R"'


def test_markup_the_html_parser_rejects_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_bytes(b"<![\x01")
    with pytest.raises(ReadError, match=r"bad\.html: the HTML cannot be parsed \(malformed markup\)$"):
        read_document(tmp_path / "bad.html")
