"""Tables of voyages: a header that names the ship's column and the ports' roles.

    | Vessel | Load port | Discharge port | Departed | Arrived | Cargo |
    | Kestrel | Novorossiysk | Tartus | 2 May 2024 | 9 May 2024 | wheat |

Each row below such a header is a voyage: a call at the port it loaded in (dated by a
departure or loading column), a call at the port it discharged in (dated by an arrival or
discharge column) and a Transfer between them with the row's cargo. A "Date" column dates
both. An "ETA" column tells an arrival still to come: the row gives no call at its
destination and no Transfer yet. Rows are read while they have as many cells as the header.
A caption in the few lines above the header, else the document's title, may give the port of
a role no column has ("Tankers that discharged at Sikka last month:", "Arrivals at Tartus,
March 2025"). A "Last port" column is where the ships came from: a call there, undated.
A header with a ship column and a port column but no roles
("| Vessel | Port | Date | Activity |") is a log of calls: each row a call at its port, doing
what its activity column says (not what is expected there or denied)."""

from __future__ import annotations

import re
from typing import Any

from .base import Analysis, Mention, Sentence
from .eventbase import blocked, ends_before, record, span_dates
from .portcalls import add_call, title_port
from .text import cells, closes_line, opens_line
from .vessels import LIST_OF_SHIPS, SHIP_COLUMN

# ("| Loaded | Load date | Discharged | Discharge date |": a port column named by its deed)
_ORIGIN = re.compile(r"(?i:(?:load(?:ing)?|lading|departure|origin|sailed from|loaded(?: at)?|"
                     r"departed from|from)(?: port| terminal)?|port of (?:loading|lading|departure|"
                     r"origin)|origin(?:al)? port|"
                     # "| Last port |": where the ships came from to the port of the table
                     r"(?P<last>(?:last|previous|prior) port(?: of call)?|(?:arrived|came|coming) from))")
_FROM_ONLY = re.compile(r"(?i:from|coming\s+from|arriving\s+from)")
_DEST = re.compile(r"(?i:(?:discharg(?:e|ing)|unload(?:ing)?|offload(?:ing)?|destination|arrival|"
                   r"discharged(?: at)?|unloaded(?: at)?|delivered to|to)(?: port| terminal)?|"
                   # ("| Loaded | Next port | Arrived |": where the ship went from the table's port)
                   r"next\s+(?:port(?:\s+of\s+call)?|call|destination)|onward\s+port|"
                   r"port of (?:discharge|destination|arrival|unloading))")
_WHEN_GONE = re.compile(r"(?i:departed|departure(?: date)?|sailed|loaded|load(?:ing)? date|"
                        r"date (?:of )?(?:departure|loading)|date (?:loaded|departed|sailed|left)|"
                        r"(?:loaded|departed|sailed|left) on|left)")
_WHEN_COME = re.compile(r"(?i:arrived|arrival(?: date)?|discharged|unloaded|discharge date|"
                        r"unload(?:ing)? date|"
                        r"date (?:of )?(?:arrival|discharge)|date (?:discharged|unloaded|arrived|delivered)|"
                        r"(?:discharged|unloaded|arrived|delivered) on)")
_WHEN = re.compile(r"(?i:date|dates|period|when|month)")
_HEAD_WITH_PORT = re.compile(r"(?P<head>(?i:arrived|arrival|discharged|unloaded|departed|sailed|loaded|left))"
                             r"(?:\s+(?i:at|in|from))?\s+(?P<port>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_EXPECTED = re.compile(r"(?i:eta|expected(?: arrival)?|expected at|estimated arrival)")
_NO_CARGO_CELL = re.compile(r"(?i:(?:in\s+)?ballast|empty|none|nil|no\s+cargo|n/?a)")
_CARGO = re.compile(r"(?i:cargo(?: type)?|commodity|product|goods|cargo carried)")
# A log of calls: "| Vessel | Port | Date | Activity |", each row a call at its port
_PORT = re.compile(r"(?i:port(?: of call)?|port call|location|harbou?r|terminal|anchorage|seen at|"
                   r"observed at)")
_ACTIVITY = re.compile(r"(?i:activity|activities|event|status|operation|what)")
# A caption above the table that tells where all its ships went or came from: "Crude tankers
# that discharged at Sikka last month:"
# ("tankers that discharged Russian crude at the Nayara refinery at Vadinar")
_CAPTION_DEST = re.compile(r"(?i:\b(?:(?:discharged|unloaded|offloaded|arrived|called|docked|berthed|"
                           r"delivered|arriving|calling)\s+(?:(?:cargo(?:es)?|(?-i:[A-Z])[\w-]*\s+"
                           r"(?:crude|oil|fuel|diesel|coal|grain|wheat|LNG|LPG|gas|products))\s+)?(?:at|in|to)|"
                           r"enter(?:ed|ing)|reach(?:ed|ing))\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
                           r"(?:(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:refinery|terminal|berth|jetty|facility)\s+(?:at|in)\s+)?"
                           r"(?:(?:port|harbou?r)\s+of\s+)?)$")
# ("tankers that loaded crude at Primorsk last month")
# ("Tankers loading at Kozmino in March, by arrival date:")
_CAPTION_ORIGIN = re.compile(r"(?i:\b(?:loaded|loading|departed|departing|left|leaving|sailed)\s+"
                             r"(?:(?:cargo(?:es)?|crude(?:\s+oil)?|"
                             r"oil|fuel|diesel|coal|grain|wheat|LNG|LPG|gas|products)\s+)?"
                             r"(?:at|in|from)?\s*(?:the\s+port\s+of\s+)?)$")
# a caption that is a title of the ships' movements: "Arrivals at Tartus, October 2023"
# what a caption calls the ships' visits to a port, and their leavings of one
# (a port's "line-up": the ships at it or due there)
_ARRIVALS = r"(?:arrivals|calls|port\s+calls|visits|discharges|deliveries|line-?ups?)"
_DEPARTURES = r"(?:departures|sailings|loadings)"
# ("Russian crude arrivals at Vadinar, June 2024")
# ("Our count of arrivals at the Syrian port of Tartus in October:")
_TITLE_DEST = re.compile(r"(?i:^\W*(?:(?:our|the|a)\s+(?:count|list|tally|log|record|table)\s+of\s+)?"
                         r"(?:(?:(?-i:[A-Z])[\w-]*\s+)?(?:crude|oil|fuel|diesel|coal|grain|wheat|LNG|LPG|"
                         r"gas|products)\s+)?(?:(?:vessel|ship|tanker|port)\s+)?" + _ARRIVALS +
                         # ("Our count of crude deliveries to Syria's Baniyas terminal")
                         r"\s+(?:at|in|to)\s+(?:the\s+(?:(?-i:[A-Z])[\w-]*\s+)?port\s+of\s+|"
                         r"(?-i:[A-Z])[\w-]*['’]s\s+)?)$")
_TITLE_ORIGIN = re.compile(r"(?i:^\W*(?:(?:vessel|ship|tanker|port)\s+)?" + _DEPARTURES +
                           r"\s+(?:from|at|in)\s+(?:the\s+port\s+of\s+)?)$")


def voyage_tables(analysis: Analysis) -> None:
    """The voyages of every table whose header gives a ship column and a port role column."""
    text = analysis.text
    header: dict[str, Any] | None = None
    width = 0
    for i, sent in enumerate(analysis.sentences):
        s, e = sent.span.start, sent.span.end
        row = cells(text, s, e) if opens_line(text, s) and closes_line(text, e) else []
        if len(row) < 2:
            header = None
            continue
        heads = _header(row, analysis, i)
        if heads is not None:
            header, width = heads, len(row)
            continue
        if header is None or len(row) != width:
            header = None
            continue
        _voyage(analysis, sent, row, header)


# the time a title gives after its port: "Arrivals at Tartus, March 2025", "Port line-up:
# Tuapse, week 32"
_TITLE_WHEN = (r"(?:,?\s+(?:in\s+)?(?:(?:[A-Z][a-z]+\.?|Q[1-4])\s+)?(?:19|20)\d{2}\W*|"
               r",?\s+(?i:week)\s+\d{1,2}\W*)?")
# A document's title over a table that opens its body: "Weekly arrivals, Tartus", "Departures
# from Novorossiysk"
_TITLE_CAPTION = re.compile(
    r"(?i:\W*(?:(?:weekly|daily|monthly|latest|recent)\s+)?(?:(?:vessel|ship|tanker|port)\s+)?"
    r"(?:(?P<dest>" + _ARRIVALS + r")|(?P<origin>" + _DEPARTURES + r"))"
    r"(?:\s+(?:at|in|to|from)\s+(?:the\s+port\s+of\s+)?|\s*[,:–—]\s*|\s+-\s+))"
    r"(?P<port>[A-Z][\w'’ .-]*?)"
    # ("Arrivals at Vladivostok commercial port": the port's part named after it)
    r"(?:\s+(?i:(?:commercial|container|cargo|fishing|oil|grain|coal|naval|sea)\s+)?"
    r"(?i:sea)?(?i:port|harbou?r|terminal))?"
    r"\W*" + _TITLE_WHEN)


# ("Tartus port log, September 2024", "Port of Tartus: vessel movements"): the ships the log lists
# came to the port
_TITLE_LOG = re.compile(
    r"(?i:\W*(?:(?:the\s+)?port\s+of\s+)?(?P<port>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"(?:\s+port)?(?:\s*[,:–—]\s*|\s+-\s+|\s+)(?:(?:weekly|daily|monthly)\s+)?(?:port\s+|shipping\s+|"
    r"vessel\s+|ship\s+)?(?:log|register|movements|traffic|watch)\b\W*"
    # ("Rajin watch: January", "Tartus port log, September 2024")
    r"(?:(?:in\s+)?(?:(?:[A-Z][a-z]+\.?|Q[1-4])(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\W*)?)")


# ("Tuapse line-up", "Tartus arrivals, May 2024"): the port first
_TITLE_CAPTION_AFTER = re.compile(
    r"\W*(?:the\s+)?(?:port\s+of\s+)?(?P<port>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"(?:\s+port)?\s+(?i:(?:weekly|daily|monthly)\s+)?(?i:(?:vessel|ship|tanker|berth)\s+)?"
    r"(?i:(?P<dest>" + _ARRIVALS + r")|(?P<origin>" + _DEPARTURES + r"))\W*" + _TITLE_WHEN)


# ("Tanker traffic at Sikka, November"): the port after the log's word
_TITLE_LOG_AT = re.compile(
    r"(?i:\W*(?:(?:weekly|daily|monthly)\s+)?(?:(?:vessel|ship|tanker|port|shipping)\s+)?(?:log|register|"
    r"movements|traffic|calls)\s+(?:at|in)\s+(?:the\s+port\s+of\s+)?"
    r"(?P<port>(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z])[\w'’.-]*){0,2})"
    r"(?:,?\s+(?:in\s+)?(?:(?-i:[A-Z])[a-z]+\.?|Q[1-4])?(?:\s+(?:19|20)\d{2})?)?\W*)")


def _title_caption(analysis: Analysis) -> dict[str, Mention]:
    """The port the document's title says the ships of a table went to or came from (a mention
    of it in the title)."""
    found = title_port(analysis, _TITLE_CAPTION) or title_port(analysis, _TITLE_CAPTION_AFTER)
    if found is None:
        log = title_port(analysis, _TITLE_LOG) or title_port(analysis, _TITLE_LOG_AT)
        return {"log": log[1]} if log is not None else {}
    m, mention = found
    return {"destination" if m["dest"] else "origin": mention}


def _caption(analysis: Analysis, index: int) -> dict[str, Mention]:
    """The port a caption right above the header at `index` says the ships went to or came from."""
    if index == 0:
        return _title_caption(analysis)
    text = analysis.text
    # the lines right above it, nearest first (a note may stand between: "Several have been
    # sanctioned."), else the document's title
    for above in reversed(analysis.sentences[max(0, index - _CAPTION_REACH):index]):
        if len(cells(text, above.span.start, above.span.end)) > 1:
            break
        found = _caption_of(analysis, above)
        if found:
            return found
    return _title_caption(analysis)


_CAPTION_REACH = 3  # how many sentences above a table's header may tell its port


def _caption_of(analysis: Analysis, above: Sentence) -> dict[str, Mention]:
    """The port a sentence or heading says the ships of the table below went to or came from."""
    found: dict[str, Mention] = {}
    text = analysis.text
    ports = [p for p in analysis.in_sentence(above, "Port") if p.form != "anaphor"]
    if len(ports) == 1:
        head = text[above.span.start:ports[0].start]
        if _TITLE_DEST.search(head):
            return {"destination": ports[0]}
        if _TITLE_ORIGIN.search(head):
            return {"origin": ports[0]}
    if not LIST_OF_SHIPS.search(text, above.span.start, above.span.end):
        return found
    for port in ports:
        before = text[max(above.span.start, port.start - 90):port.start]
        if _CAPTION_DEST.search(before) and not blocked(text, above.span.start, port.start, port.end):
            found.setdefault("destination", port)
        elif _CAPTION_ORIGIN.search(before) and not blocked(text, above.span.start, port.start,
                                                            port.end):
            found.setdefault("origin", port)
    return found


def _header(row: list[tuple[int, str]], analysis: Analysis, index: int) -> dict[str, Any] | None:
    """The columns of the line at `index`, if it is a header: ship, origin, destination, their
    dates, cargo (and the ports a caption above it gives for a role no column has)."""
    # ("| Vessel | Loaded at | Arrived Baniyas |": a column of days that names its port)
    named_port: dict[int, Mention] = {}
    row = list(row)
    for i, (at, c) in enumerate(row):
        told = _HEAD_WITH_PORT.fullmatch(c.strip())
        lead = len(c) - len(c.lstrip())
        in_head = next((p for p in analysis.between(at + lead, at + len(c), "Port") if p.form != "anaphor"),
                       None) if told is not None else None
        if told is not None and in_head is not None and in_head.start == at + lead + told.start("port"):
            named_port[i] = in_head
            row[i] = (at, told["head"])

    def find(pattern: re.Pattern[str], besides: int | None = None) -> int | None:
        # (a column of its own first: "| Loaded | Load date |" has its dates in the second)
        found = [i for i, (_, c) in enumerate(row) if pattern.fullmatch(c.strip())]
        return next((i for i in found if i != besides), found[0] if found else None)
    ship = find(SHIP_COLUMN)
    if ship is None:
        return None
    origin, dest = find(_ORIGIN), find(_DEST)
    # (a last port of call: the ship came from there, when and doing what the row does not say)
    told = _ORIGIN.fullmatch(row[origin][1].strip()) if origin is not None else None
    came_from = told is not None and told["last"] is not None
    # ("| Vessel | Load port | Arrival |": an arrival column that may hold its dates, not ports)
    dated = dest is not None and _WHEN_COME.fullmatch(row[dest][1].strip()) is not None
    # ("| Loaded | Next port |" under "tankers that loaded crude at Primorsk": the days it loaded)
    dated_origin = origin is not None and _WHEN_GONE.fullmatch(row[origin][1].strip()) is not None
    if (origin is not None or dest is not None) and (origin is None or dated_origin) and \
            (dest is None or dated) and find(_PORT) is not None:
        # "| Vessel | Port | Arrival | Departure |": a log of calls, each row a stay at its
        # port from the one day to the other (the columns tell days, not ports)
        origin = dest = None
        dated = dated_origin = False
    caption = _caption(analysis, index) if origin is None or dest is None or dated or dated_origin else {}
    come = find(_WHEN_COME, dest)
    if come is not None and come in named_port and "destination" not in caption:
        caption = {**caption, "destination": named_port[come]}  # (the port its arrival column names)
    if origin is not None and dest is None and caption.get("destination") is not None and \
            _FROM_ONLY.fullmatch(row[origin][1].strip()):
        # "| Date | Vessel | From |" under "arrivals at Tartus": where each came from, and the
        # day it arrived
        came_from = True
    # "| Vessel | Arrived | Destination |" under "Arrivals at Tuapse": the ships came to the
    # caption's port and go on from it to the column's
    here = origin is None and dest is not None and not dated and caption.get("destination") is not None
    port = find(_PORT) if origin is None and dest is None else None
    if origin is None and dest is None and not caption and port is None:
        return None
    return {"ship": ship, "origin": origin, "destination": dest, "gone": find(_WHEN_GONE, origin),
            "come": find(_WHEN_COME, dest), "when": find(_WHEN), "expected": find(_EXPECTED),
            "cargo": find(_CARGO), "port": port, "activity": find(_ACTIVITY), "came_from": came_from,
            "origin_port": caption.get("destination") if here else
            caption.get("origin") if origin is None or dated_origin else None, "here": here,
            # (a log's port is where ships that came from their last port went: "| Ship |
            # Arrived | Last port |" under "Tanker traffic at Sikka")
            "destination_port": (caption.get("destination") or (caption.get("log") if came_from else None))
            if dest is None or dated else None,
            # (a port log's: each row is a stay there, from its arrival to its departure)
            "log_port": caption.get("log") if origin is None and (dest is None or dated) else None}


def _in_cell(analysis: Analysis, row: list[tuple[int, str]], col: int | None,
             kinds: tuple[str, ...]) -> Mention | None:
    if col is None:
        return None
    start, cell = row[col]
    return next((m for m in analysis.between(start, start + len(cell))
                 if m.type in kinds and m.form in ("name", "ambiguous")), None)


def _time(sent: Sentence, row: list[tuple[int, str]], col: int | None) -> str | None:
    if col is None:
        return None
    start, cell = row[col]
    return next((t.interval.iso() for t in sent.times
                 if start <= t.start and t.end <= start + len(cell)), None)


_NOT_YET_CELL = re.compile(r"(?i:[-–—]*|n/?a|tbc|tba|pending|en\s+route|under\s*way|at\s+sea|"
                           r"not\s+(?:yet\s+)?arrived)")
_AT_SEA_CELL = re.compile(r"\s*(?i:off|near|outside|east|west|north|south)\b")
_NOT_DONE = re.compile(r"(?i)\b(?:expected|planned|scheduled|due|eta|denied|not|no|cancell?ed|"
                       r"refused|turned away)\b")


def _voyage(analysis: Analysis, sent: Sentence, row: list[tuple[int, str]],
            header: dict[str, Any]) -> None:
    vessel = _in_cell(analysis, row, header["ship"], ("Vessel",))
    if vessel is None:
        return
    port = _in_cell(analysis, row, header["port"], ("Port",))
    if port is not None and (sent.span.start in analysis.pair_rows or _AT_SEA_CELL.match(
            row[header["port"]][1])):
        return  # a row of a table of transfers at sea ("off Ningbo"): where they met, no call
    if port is None and header["port"] is None:
        port = header["log_port"]
    if port is not None:  # a row of a log of calls: the call, doing what the row says
        deed = row[header["activity"]][1].strip() if header["activity"] is not None else ""
        if not _NOT_DONE.search(deed):
            # ("| Port | Arrived | Departed |": the stay from the one day to the other)
            came, left = _time(sent, row, header["come"]), _time(sent, row, header["gone"])
            add_call(analysis, sent, vessel, port, deed)["date"] = _time(
                sent, row, header["when"]) or span_dates(came, left) or came or left
            cargo = _cargo_cell(row, header)
            if came is not None and cargo is not None and _NO_CARGO_CELL.fullmatch(cargo) is None \
                    and not deed and header["gone"] is None and \
                    not _LOADINGS.search(analysis.doc.title or ""):
                # "| Vessel | Arrived | Port | Cargo |": the ship came with that cargo, from where
                # the table does not say (not a log of stays, "| Arrival | Departure | Cargo |":
                # what it loaded or unloaded there, it does not say)
                record(analysis, sent, "Transfer", vessel.start, vessel=vessel.key, origin=None,
                       destination=port.key, cargo=cargo, destination_type=port.type, date=came)
        return
    origin = _in_cell(analysis, row, header["origin"], ("Port", "State")) or header["origin_port"]
    dest = _in_cell(analysis, row, header["destination"], ("Port", "State")) or \
        header["destination_port"]
    if origin is None and dest is None:
        return
    if header["here"]:
        _onward(analysis, sent, row, header, vessel, origin, dest)
        return
    both = _time(sent, row, header["when"])
    gone = _time(sent, row, header["gone"]) or (None if header["came_from"] else both)
    come = _time(sent, row, header["come"]) or both
    expected = header["expected"] is not None and _time(sent, row, header["expected"]) is not None
    cargo = _cargo_cell(row, header)
    # the ship is still on its way: an arrival expected, or none in an arrival column ("—")
    ahead = come is None and (expected or header["come"] is not None and _NOT_YET_CELL.fullmatch(
        row[header["come"]][1].strip()) is not None)
    # a cargo cell of "ballast", "empty", "none": the ship came with nothing aboard
    empty = cargo is not None and _NO_CARGO_CELL.fullmatch(cargo) is not None
    if ahead and dest is not None:
        # (nor the call the row's port and date gave it: "| 11 Oct | Vadinar | — |")
        for call in [c for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall" and
                     c["vessel"] == vessel.key and c["port"] == dest.key]:
            analysis.events.remove(call)
    stay = gone
    if dest is None and header["come"] is not None and header["destination"] is None and \
            header["origin"] is None:
        # ("| Vessel | Arrived | Departed |" under "tankers that loaded at Ust-Luga": its stay
        # at the one port, from the one day to the other)
        stay = span_dates(_time(sent, row, header["come"]), gone) or gone
    stay_there = come
    if origin is None and header["destination"] is None and dest is not None and come and gone and \
            header["gone"] is not None and ends_before(come, gone):
        # ("| Vessel | Flag | Arrived | Departed |" under "Calls at Tartus in July:": its stay at
        # the caption's port, from the one day to the other)
        stay_there = span_dates(come, gone)
    for port, date, activity in ((origin, stay, "loading"), (dest, stay_there, "discharging")):
        if port is None or port.type != "Port" or port is dest and ahead:
            continue
        # the row's own column for this call, or none: a load port's call is not dated by
        # the day the ship arrived at the other end
        call = add_call(analysis, sent, vessel, port, "departure" if empty and port is origin else
                        "" if empty or port is origin and header["came_from"] else activity)
        call["date"] = date
        if port is origin and dest is None and cargo and not empty and not header["came_from"]:
            call["loaded_cargo"] = cargo  # (what a voyage from it told later carried)
    if origin is not None and dest is not None and origin.key != dest.key and not ahead and \
            not empty:
        record(analysis, sent, "Transfer", vessel.start, vessel=vessel.key, origin=origin.key,
               destination=dest.key, cargo=cargo, origin_type=origin.type,
               destination_type=dest.type, date=span_dates(gone, come) or gone or come)


def _onward(analysis: Analysis, sent: Sentence, row: list[tuple[int, str]], header: dict[str, Any],
            vessel: Mention, here: Mention, onward: Mention | None) -> None:
    """A row of a table of the ships that came to the caption's port `here`, with the port or
    state each goes on to: the stay there from the day it arrived (to the day it sailed, where a
    column tells it), and the voyage onward once it sailed."""
    came = _time(sent, row, header["come"])
    gone = _time(sent, row, header["gone"])
    if header["expected"] is not None and _time(sent, row, header["expected"]) is not None and \
            came is None:
        return  # due there, not yet come
    cargo = _cargo_cell(row, header)
    empty = cargo is not None and _NO_CARGO_CELL.fullmatch(cargo) is not None
    sailed = gone or next((e.get("date") for e in analysis.events if e["type"] == "PortCall" and
                           e["vessel"] == vessel.key and e["port"] == here.key and
                           e.get("activity") == "departure" and e.get("date")), None)
    call = add_call(analysis, sent, vessel, here, "" if empty or sailed is None else "loading")
    call["date"] = span_dates(came, gone) or _time(sent, row, header["when"])
    # (once it sailed, as the row's column or the text tells: "The X sailed on August 8")
    if onward is not None and sailed is not None and onward.key != here.key and not empty:
        record(analysis, sent, "Transfer", vessel.start, vessel=vessel.key, origin=here.key,
               destination=onward.key, cargo=cargo, origin_type=here.type,
               destination_type=onward.type, date=sailed)


# a title over loadings or exports: a cargo column tells what the ships took away
_LOADINGS = re.compile(r"\b(?:load\w*|export\w*|lift\w*|shipments?\s+from|departures?|outbound)\b", re.I)


def _cargo_cell(row: list[tuple[int, str]], header: dict[str, Any]) -> str | None:
    """What the row's cargo column says (None where it has none, or says nothing)."""
    if header["cargo"] is None:
        return None
    return row[header["cargo"]][1].strip().strip("-–—").strip() or None
