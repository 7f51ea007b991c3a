"""Transfers: cargo moved from an origin to a destination, by a named vessel or state to state.

Per sentence, each transport, loading or discharging verb contributes legs: "from P" is an
origin, "to P" a destination, "loaded at P" an origin, "discharged at P" a destination, "trips
between A and B" both. A vessel's legs in one sentence make one Transfer. Across sentences: a
loading call and a later call of the same vessel in one paragraph make a voyage; a discharge with
no known origin is a Transfer from an unknown origin; statements of where a cargo came from
("the wheat came from Feodosia", "coal of DPRK origin") fill in the origin."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from typing import Any

from .base import Analysis, Mention, Sentence
from .confidence import CARGO_READING, confidence_of
from .dates import WHEN_WORD
from .eventbase import (
    CARGO_LOADED_AT,
    CARGO_WORDS,
    DURING_TRIP,
    FORCED_TO,
    JOINED,
    MODAL,
    NEGATION,
    RELATIVE,
    REPEATED,
    ROUGHLY,
    VOYAGE_DAYS,
    blocked,
    cite,
    clause_start,
    confidence_at,
    coordinated,
    date_near,
    delivery_doubted,
    ends_before,
    gap_days,
    inside,
    lies_before,
    others_deed,
    overlaps,
    record,
    span_dates,
    span_days,
    subjects,
    told_before,
    union_dates,
    unique_keys,
    weaker,
    weeks_before,
    widen,
)
from .portcalls import (
    BOUND_FOR,
    EXPECTED_AFTER,
    NEW_SUBJECT,
    PLANNED_LINE,
    PORT_OF,
    REPEATED_TRIPS,
    add_call,
    owns_port,
    presence_denied,
)
from .prefilter import Gated, rx
from .text import HANDED_OVER, IN_CLAUSE, LOAD_STEM, opens_line
from .vessels import BULLET

# more goods a ship is told to carry "with": "left Odesa with soybeans for China"
_READ_AS = re.compile(r"^\s*" + CARGO_READING.pattern, re.I)
_FARM_GOODS = (r"soy\w*|rapeseed|sunflower\s+(?:oil|meal|seeds?)|sugar|rice|flour|urea|potash|sulph?ur|scrap|"
               r"phosphates?|ore|clinker|timber")
# (a number's comma or point is inside it: "loaded with 62,000 tonnes of wheat at Odesa,")
_ABOARD_NO_PLACE = r"(?:(?!\b(?:at|in|from)\s+(?-i:[A-Z]))(?:[^,;.()]|(?<=\d)[,.](?=\d))){1,60},(?!\d)"
_VERB = rx(
    # (an aside on what it has aboard, with no place: "The X, loaded with phosphate, left Tartus")
    r"\b(?:(?P<load>(?!loaded\s+with\s" + _ABOARD_NO_PLACE + r")" + LOAD_STEM + r"(?:ed|ing|s)?|"
    r"(?:took|takes|taken|taking) on|"
    r"collect(?:ed|s)|pick(?:ed|s) up|"
    r"lift(?:ed|ing|s)?(?!\s+(?:off|onto|out|sanctions)\b))|"
    # (not the ship itself handed over: "was delivered to its new owners in Fujairah")
    r"(?P<discharge>discharg\w*|unload\w*|offload\w*|deliver\w*" + HANDED_OVER + r"|landed)|"
    r"(?P<trips>(?:round )?trips|runs|crossings|shuttl\w*|voyages?|trad(?:ed|ing)(?=\s+between\b))|"
    r"(?P<move>carr(?:y|ied|ies|ying)|laden with|(?<=,\s)loaded\s+with(?=\s" + _ABOARD_NO_PLACE + r")|"
    # "arrived at Vadinar with Russian crude", "docked with a cargo of wheat"
    # (not a loading told in the passive: "docked at Tartus and was loaded with wheat")
    r"(?<=\s)(?<!was\sloaded\s)(?<!were\sloaded\s)(?<!been\sloaded\s)(?<!being\sloaded\s)"
    # (not what lay beside it ashore: "moored at Kavkaz, with military vehicles visible on the quay")
    r"(?<!is\sloaded\s)(?<!are\sloaded\s)with(?![^.;,]{0,50}?\b(?:on|along|beside)\s+the\s+(?:quay|"
    r"quayside|pier|dock|docks|jetty|wharf|berth|shore)\b)(?=\s+(?:" + CARGO_READING.pattern + r")?"
    r"(?:(?:a|its|her|their)\s+(?:full\s+)?"
    r"(?:cargo|load|shipment)\s+of\s|"
    # ("with some 400,000 barrels of Venezuelan Merey crude": a state's and a grade's names)
    r"(?:(?:(?-i:[A-Z])\w+\s+){1,2}|(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?[\d,.]+\s+(?:million\s+)?"
    r"(?:tonnes|tons|barrels|(?-i:t|kt|mt))\s+(?:of\s+)?(?:(?-i:[A-Z])\w+\s+){0,2}|"
    # ("departed for Aliaga with fuel oil")
    r"(?=(?:fuel\s+oil|crude\s+oil|gas\s+oil|grain|wheat|barley|maize|corn|coal|diesel|gasoil|fertili[sz]er|"
    r"ammunition|munitions|weapons|arms|steel|crude|gasoline|naphtha|LNG|LPG|" + _FARM_GOODS + r")\b)|"
    # ("left Ras Tanura with jet fuel")
    r"(?:military|construction|building|jet|aviation|heating)\s+|(?=kerosene\b))"
    r"(?:crude|oil|grain|wheat|barley|maize|corn|coal|fuel|diesel|gasoil|kerosene|"
    r"gasoline|naphtha|LNG|LPG|fertili[sz]er|steel|iron|ammunition|munitions|weapons|arms|" +
    _FARM_GOODS + r"|"
    # ("arrived at Tartus with military equipment")
    r"equipment|vehicles|trucks|materials|cement)\b))|"
    # (not the trade named by a noun after it: "the ministry's shipping arm Oboronlogistika")
    r"shipped|shipping(?!\s+(?:arm|compan(?:y|ies)|firms?|lines?|units?|subsidiar(?:y|ies)|division|"
    r"agenc(?:y|ies)|operators?|regist(?:er|ry)|industry|data|sources?|lanes?|routes?|documents?|"
    r"records?|giant|group|business|interests|ministry|executives?|analysts?|insurance|rates|traffic|"
    r"channels?|managers?|services?|sector|market|magnate|tycoon|conglomerate)\b)|shipments?|transport\w*|"
    r"mov(?:ed|ing)|"
    # ("ferry X crossed from Port Kavkaz to Kerch with fuel trucks")
    r"cross(?:ed|es|ing)(?=\s+(?:the\s+(?:strait|channel|sea)\s+)?(?:from|between)\b)|"
    r"brought|took|ferr(?:y|ied|ies|ying)|haul(?:ed|ing|s)?|smuggl\w*|export\w*|suppl(?:y|ied|ies|ying)|"
    # ("conveyed arms from Tartus", "ran fuel from Jose to Havana")
    r"convey(?:ed|s|ing)?|ran(?=\s+(?:[\w-]+\s+){0,2}?(?:fuel|oil|crude|diesel|gasoline|arms|weapons|grain|"
    r"wheat|coal|cargo(?:es)?|containers|supplies)\b)|"
    r"sen[dt]s?|sending))\b", re.I)
# "resumed its voyage", "was on a voyage", "set off on the long voyage": one voyage going on
_VOYAGE_GOING_ON = rx(r"\b(?:resum(?:ed|es|ing)|continu(?:ed|es|ing)|beg[au]n|start(?:ed|s|ing)|"
                      r"(?:set|setting|sets)\s+(?:off|out)\s+on|(?:sail\w*|proceed\w*|embark\w*|"
                      r"was|is|were|are|be|been|while|when)\s+on|"
                      # ("proceeded with its voyage to Sikka")
                      r"(?:proceed\w*|pressed\s+on|went\s+on|carried\s+on|got\s+on)\s+with)\s+"
                      r"(?:its|her|their|the|a|an)\s+"
                      r"(?:[\w-]+\s+){0,2}?$(?<!\bmaiden\s)", re.I)
_WHICH_ASIDE = re.compile(r",\s+(?:which|that)\b")
_SHIP_THAT_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|carrier|bulker)\s+that\s+[^,;.]*$")
_MAIN_VERB_AFTER = re.compile(r"\s(?:left|arrived|docked|sailed|departed|called|entered|berthed|moored|"
                              r"anchored|was|is|has|had\s+been|remains)\s")
_NOMINAL = rx(r"(?i)deliveries|delivery|shipments?|transfers?")
# what a place was supplied with: " with fuel from Jose"
_SUPPLIED_WITH = re.compile(r"\s+with\s+(?P<what>(?:[^,;.]|,(?=\d{3}\b)){2,60}?)"
                            r"(?=\s+(?:from|on|in|at|aboard)\b|[,;.]|$)")
_SHIP_MOVED = re.compile(r"\s+(?:on\s+|back\s+|away\s+|again\s+)?(?:to|into|from|towards?|off|out|"
                         r"north|south|east|west|along|closer|nearer)\b", re.I)
# What a verb of carrying takes that is no cargo: a way, a share, a time, pictures
_NOT_CARGO_OBJECT = rx(r"\s+(?:(?:the|a|an|its|her|their|this|that|another)\s+)?(?:(?:same|usual|long|longer|"
                       r"short|shorter|similar|direct|other|new|familiar|well-worn|northern|southern|"
                       r"eastern|western)\s+)*(?:route|path|course|way|trip|journey|voyage|passage|"
                       r"detour|part|place|time|days?|weeks?|months?|hours?|photos?|pictures?|images?|"
                       r"steps?|measures|action|note|control|charge|command|turns?|position|look|"
                       r"over|out|off|up|aim|shelter|refuge|cover)\b", re.I)
_MADE = rx(r"\b(?:made|makes|making|carried out|conducted|completed|linked to|tied to|involved in|"
           r"connected to|associated with)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_CARGO = rx(
    # quantities, counts and containers of the cargo, in any order ("a shipment of 40,000
    # tonnes of wheat", "an estimated 27,000 tonnes of wheat")
    # ("took delivery of a Suezmax cargo of Arctic grade crude")
    r"^\s*(?:of\s+)?(?:(?:about|around|some|roughly|approximately|nearly|almost|over|more than|at least|"
    r"up to|close to|just over|just under|half|an estimated|a reported|a further|another|"
    # ("an average of 56,000 barrels per day of crude")
    r"an average of|a daily average of|on average|a total of|a|an|the|"
    r"its|her|their|hundreds of|thousands of|dozens of|millions of|tens of thousands of|"
    r"hundreds of thousands of|more|less|extra|additional|much|some more)\s+|"
    # (each space one way only: a space the number's part, the unit's or the end's could take
    # made numbers in a row cost 2^n tries)
    # ("2 mln bbl of Basrah Medium": a trade paper's millions)
    r"(?:(?=[.,]?\d)[\d.,]+(?![\d.,])(?:\s*(?:million|billion|mln|mn|bln|bn|m)(?=\s))?|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous|"
    r"many)\s+|"
    r"(?:million|billion|thousand)\s+)"
    # ("1.9mn bl of Merey": a trade paper's barrels)
    r"(?:\s*(?:(?:metric\s+)?(?:tonnes|tons)|barrels|bbl|bls?|containers?|crates|boxes|units|cubic (?:metres|"
    # ("100,000 t of Urals crude", "30,000 mt wheat": a trade paper's tonnes)
    r"meters)|bags|sacks|pallets|drums|TEUs?|bpd|b/d|(?-i:t|kt|mt))(?!\w))?"
    r"(?:\s+(?:per|a|each)\s+(?:day|week|month|year))?\s*(?:of\s+)?|(?:full\s+|partial\s+|"
    # ("its latest cargo of phosphate", "a second shipment of wheat")
    r"(?:first|second|third|fourth|fifth|latest|last|final|next|fresh|new|previous)\s+)?"
    r"(?:(?-i:[A-Z][a-z]+|VLCC)\s+)?(?:cargo(?:es)?|loads?|shipments?|consignments?|shiploads?)\s+"
    r"of\s+)*"
    # ("loaded an unknown cargo off Shidao")
    # (a stop word that ends a compound is no stop: "its Israel-bound boxes")
    r"(?P<cargo>[a-zA-Z][\w\s,'’-]{2,80}?)\s*(?=(?<!-)\b(?:from|at|to|in|for|on|into|onto|off|near|alongside|"
    r"between|by|since|"
    r"during|throughout|last|this|until|after|before|via|through|across|while|under|over|there|here|"
    # "wheat it took on at Kavkaz", "oil that it loaded": a clause about the cargo; "oil rose",
    # "coal worth $400 million": what is said of it
    r"it|that|which|she|they|worth|valued|rose|fell|jumped|climbed|dropped|surged|slumped|"
    # ("containers stacked on deck")
    r"stacked|piled|lashed|stowed|visible|"
    r"increased|decreased|declined|doubled|tripled|averaged|totall?ed|hit|topped|exceeded|"
    r"bound|destined|aboard|onboard|have|has|had|was|were|is|are|will|would|"
    # "A tanker carrying Iranian crude arrived at Baniyas": the ship's own verb after it
    r"arrived|arrives|docked|docks|berthed|berths|reached|reaches|sailed|sails|departed|"
    r"entered|enters|called|anchored|moored|headed|returned|went|unloaded|offloaded|discharged|delivered|"
    # "a cargo later delivered to India": what became of it
    r"later|subsequently|eventually|afterwards|"
    # "carrying military vehicles according to videos posted online": who tells of it
    r"according(?=\s+to\b)|"
    # "began discharging grain the next day", "unloaded wheat two days later": when, not what
    r"the\s+(?:next|following|same|previous)\s+(?:day|week|morning|afternoon|evening|night)|"
    r"(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|hours?)\s+"
    r"(?:later|earlier|afterwards)|yesterday|today|overnight|"
    # "oil refined in India", not "refined oil"
    r"(?:loaded|bought|sold|purchased|produced|refined)(?=\s+(?:at|in|by|from|on|to|for|under|"
    r"through|via|aboard|onto|there)\b))\b|$|"
    r"[,.;])")
_ORIGIN_STATEMENT = rx(
    r"\b(?:came|comes|originated|originating|was loaded|were loaded|had been loaded|"
    r"was sourced|were sourced|was shipped|were shipped|had been (?:shipped|sourced))\s+(?:\w+\s+)?"
    # ("The cargo had been shipped in November from Kharg Island")
    r"(?:(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?[A-Z][a-z]+\.?(?:\s+\d{1,4})?\s+)?"
    # ("originated at the Russian Baltic port of Ust-Luga")
    # ("was sourced from a storage terminal in Singapore": a place of the port's it names)
    r"(?:from|in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:port|harbou?r|terminal)\s+of\s+|"
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:terminal|refinery|depot|facility|tank\s+farm)\s+(?:in|at|near)\s+|"
    # ("had been loaded at Singapore's Jurong Island": a port named with its state)
    r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s\s+)?$",
    re.I)
# ("falsified documents to show that the oil came from Iraq": a false origin)
_NOT_TRUE = rx(r"\b(?:declared as|described as|labell?ed as|disguised as|passed off as|"
                       r"falsely|claimed|purported|falsified|forged|fake|fraudulent|"
                       r"(?:to|that)\s+(?:make\s+it\s+)?(?:look|appear|seem)|pretend\w*)\b", re.I)
_SUPPLY = rx(r"\b(?:suppl(?:y|ied|ies|ying)|sen[dt]s?|sending|shipped|shipping|"
                     # "Sovcomflot tankers have carried Russian crude to India" (not "carried out")
                     r"(?:carried|carrying|carries|transported|transporting|ferried|ferrying|"
                     r"hauled|hauling)(?!\s+out\b)|"
                     r"export(?:s|ed|ing)?|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|sold|sells?|"
                     r"selling|transferr(?:ed|ing)|gave|gives?|giving|smuggl(?:ed|es|ing)|"
                     # ("drones have been moved across the Caspian from Amirabad to Makhachkala")
                     r"(?<=been\s)moved|(?<=were\s)moved|(?<=was\s)moved|"
                     # "shipments of Iranian oil to Syria"
                     r"(?:shipments?|deliver(?:y|ies)|supplies|transfers?)(?=\s+of\b)|"
                     # "Russian oil exports to India", "Russian grain deliveries to Egypt"
                     r"(?:exports|deliveries|shipments|flows|sales)(?=\s+to\b))\b", re.I)
# those supplied, named by who they are, and the state they are in: "the Houthis in Yemen",
# "Hezbollah in Lebanon", "refiners in China"
_GROUP = (r"(?:(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}|(?:[a-z]+\s+)?(?:refiners|buyers|customers|traders|"
          r"importers|rebels|militias|militants|fighters|allies|proxies|clients)\s+)(?:in|of)\s+(?:the\s+)?")
# the nouns of _SUPPLY that name a supply ("Russian oil exports to India")
_SUPPLY_NOUNS = frozenset({"exports", "shipments", "deliveries", "flows", "sales"})
_NOUN_THEN_VERB = re.compile(r"\s+(?:(?:now|also|still|mostly|largely|mainly|then)\s+|[a-z]+ly\s+)*"
                             r"(?:go|goes|went|gone|flow|flows|flowed|head|heads|headed|are|were|is|was|"
                             r"have|has|had|continue[sd]?|end(?:ed|s)?)\b")
_THOSE_IN = re.compile(r"\s+(?:the\s+)?" + _GROUP)
_TO_THOSE_IN_STATE = re.compile(r"\bto\s+(?:the\s+)?" + _GROUP + "$")
_FLOW = rx(r"\b(?:went|goes|go|flowed|flows|headed|was (?:shipped|sent|exported|sold)|"
                   r"were (?:shipped|sent|exported|sold))\s+(?:\w+\s+){0,2}?to\s+"
           # ("went to refiners in China")
           r"(?:(?:[a-z]+\s+)?(?:refiners|refineries|buyers|customers|traders|importers)\s+in\s+)?$|"
           # ("Venezuela's oil exports rose in June, with most cargoes heading to China")
           # (or after a comma: "exports averaged 1.5 million bpd, most of it bound for refiners in
           # China", "..., most of it to China")
           r"(?:\bwith\s+|,\s+)(?:most|much|many|some|all|half|the\s+bulk|the\s+majority)\s+(?:of\s+(?:them|it)|"
           r"(?:of\s+the\s+)?(?:cargoes|cargos|shipments|exports|barrels|volumes|deliveries|loadings|crude|"
           r"oil))\s+(?:(?:heading|going|flowing|bound|destined|sent|shipped)\s+(?:\w+\s+){0,2}?)?(?:to|for)\s+"
           r"(?:(?:[a-z]+\s+)?(?:refiners|buyers|customers|traders|importers)\s+in\s+)?$",
           re.I)
_EXPORTER = rx(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?exports\b|\s+export(?:s|ed)\b")
# the verb right after an exporter: "Russia exported 4.8 million tonnes of wheat"
_EXPORTED = re.compile(r"\s+export(?:s|ed)\b")


# "The Musa Jalil and the Port Olya-4 made most of the trips": the voyages just told of
_TRIPS = r"(?:trips|voyages|runs|deliveries|shipments|crossings|journeys)"
_MADE_THE_TRIPS = rx(r"\s+(?:(?:had|have|has)\s+)?(?:(?:each|both|also)\s+)?(?:made|ran|handled|"
                     r"carried\s+out|undertook|completed)\s+(?:" + ROUGHLY +
                     r"(?!(?:none|no|neither|any)\b)[\w-]+\s+of\s+)?"
                     # ("The Angara made at least eleven of those voyages"; "... most of the rest")
                     r"(?:(?:the|these|those|such)\s+(?:[\w-]+\s+)?" + _TRIPS +
                     r"\b|the\s+(?:rest|remainder)\b|"
                     # ("made at least six such crossings")
                     + ROUGHLY + r"(?!(?:no|none)\b)[\w-]+\s+such\s+" + _TRIPS + r"\b)")

# trips told with where they ran: "round trips between", "The vessels sail from"
_TRIPS_TOLD = rx(r"\b(?:round\s+)?(?:trips|voyages|runs|deliveries|shipments|crossings|journeys)\s+"
                 r"(?:from|between|to)\b|"
                 # ("The vessels sail from Amirabad ... to Astrakhan": what ships of a kind do)
                 r"\b(?:vessels|ships|tankers|freighters|carriers)\s+(?:\w+ly\s+)?(?:sail|run|shuttle|ply|travel)"
                 r"\s+(?:[\w-]+\s+){0,2}?(?:from|between)\b")
# the two ends of trips "between" them, the second after "and": "round trips between Rajin and "
_BETWEEN_ENDS = re.compile(r"\b(?:trips|voyages|runs|deliveries|shipments|crossings|journeys)\s+between\s+"
                           r"[^.;]{1,80}\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


_SHIP_ASIDE = re.compile(r",\s+(?:a|an|the)\s+[^,;.()]{1,50},(?=\s)")


def _trip_ends(analysis: Analysis, before: Sentence) -> dict[str, Mention]:
    """Where the trips told in `before` went from and to ("from Amirabad to Astrakhan")."""
    text = analysis.text
    ends: dict[str, Mention] = {}
    # ("made 25 round trips between Rajin and Russian ports": a state's ports are an end too)
    for p in analysis.in_sentence(before):
        if p.type not in ("Port", "State") or p.form == "anaphor" or \
                p.type == "State" and p.form == "adjective" and not _ITS_PORTS.match(text, p.end):
            continue
        word = _prep_before(text[max(before.span.start, p.start - 60):p.start])
        if word in ("from", "between"):
            ends.setdefault("origin", p)
        elif word in ("to", "into") or word == "and" and "origin" in ends and _BETWEEN_ENDS.search(
                text, before.span.start, p.start):
            ends.setdefault("destination", p)
    return ends


def _trips_told_before(analysis: Analysis, sent: Sentence,
                       index: int) -> tuple[Sentence, dict[str, Mention]] | None:
    """The sentence just before that told of the voyages a named ship "made most of", with their
    two ends; or one up to three sentences back (the paragraph before too) that names them as
    trips, with no ship named since ("Russian ships made 25 round trips between Rajin and Russian
    ports. Most of the cargo went to Dunai. || The Angara made eleven of those voyages")."""
    text = analysis.text
    for back in range(1, 4):
        if index - back < 0:
            return None
        before = analysis.sentences[index - back]
        if sent.paragraph - before.paragraph > 1 or analysis.in_sentence(before, "Vessel"):
            return None
        if not (back == 1 and before.paragraph == sent.paragraph and
                _VERB.search(text, before.span.start, before.span.end) or
                _TRIPS_TOLD.search(text, before.span.start, before.span.end)):
            continue
        ends = _trip_ends(analysis, before)
        if len(ends) == 2:
            return before, ends
    return None


def _named_for_trips(analysis: Analysis, sent: Sentence) -> None:
    """"Russian cargo ships have ferried Iranian ammunition from Amirabad to Astrakhan. The
    Musa Jalil and the Port Olya-4 made most of the trips": each named ship made that voyage."""
    text = analysis.text
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    if not named:
        return
    last = max(named, key=lambda v: v.end)
    # (past an aside on the ship: "The Musa Jalil, a general cargo ship, made six such crossings")
    aside = _SHIP_ASIDE.match(text, last.end)
    made = _MADE_THE_TRIPS.match(text, aside.end() if aside else last.end)
    index = analysis.index_of(sent)
    if made is None or index == 0 or blocked(text, sent.span.start, named[0].start, made.end()):
        return
    told = _trips_told_before(analysis, sent, index)
    if told is None:
        return
    before, ends = told
    verb = _VERB.search(text, before.span.start, ends["origin"].start)
    cargo = cargo_phrase(text[verb.end():clause_end(text, verb.end(), before.span.end)]) if verb else None
    date = date_near(analysis, before, ends["origin"].start)  # the voyages' time, told with them
    for v in coordinated(analysis, named):
        event = record(analysis, sent, "Transfer", v.start, vessel=v.key, origin=ends["origin"].key,
                       destination=ends["destination"].key, cargo=cargo, origin_type=ends["origin"].type,
                       destination_type=ends["destination"].type, date=date)
        cite(event, before)
        for port, activity in ((ends["origin"], "loading"), (ends["destination"], "discharging")):
            if port.type != "Port":
                continue
            call = add_call(analysis, sent, v, port, activity)
            call["date"] = call.get("date") or date
            cite(call, before)


def vessel_transfers(analysis: Analysis, sent: Sentence) -> None:
    text = analysis.text
    _named_for_trips(analysis, sent)
    s, e = sent.span.start, sent.span.end
    vessels = analysis.in_sentence(sent, "Vessel")
    if not vessels:
        return
    # ("from Russian ports": the state whose ports they were)
    # (or "sailed for Indian waters": the state whose waters it went to)
    places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State")
              and (m.form != "adjective" or _ITS_PORTS.match(text, m.end) or _ITS_WATERS.match(text, m.end)
                   and _GONE_FOR.search(text, max(s, m.start - 30), m.start))]
    # ("offloaded at Yantai's Longkou port": the city that owns a port is not where it went)
    places = [m for m in places if not (m.type == "Port" and owns_port(text, m, places))]
    _port_receipts(analysis, sent, vessels)
    _cargo_aboard(analysis, sent, vessels)
    _cargo_left_aboard(analysis, sent, vessels)
    _received_aboard(analysis, sent, vessels)
    _laden_arrival(analysis, sent, vessels, places)
    _followed_with_load(analysis, sent, vessels)
    legs: dict[str, dict[str, Any]] = {}
    done: list[dict[str, Any]] = []  # legs closed by a later voyage of the same ship
    asides = [(m.start(), m.end()) for m in RELATIVE.finditer(text, s, e)]
    # (not a cargo told by where it was loaded, after the verb that unloaded it: "discharged wheat
    # loaded in Sevastopol at Samsun")
    # (nor a word of a firm's name: "managed by Orchid Shipping FZE")
    firms = [(m.start, m.end) for m in analysis.in_sentence(sent, "Organization")]
    verbs = [v for i, v in enumerate(_VERB.finditer(text, s, e))
             if not (v.group("load") and _CARGO_TOLD_LOADED.match(text, v.start()) and
                     _DISCHARGED_CARGO.search(text, max(s, v.start() - 60), v.start())) and
             not any(a <= v.start() < b for a, b in firms)]
    for i, verb in enumerate(verbs):
        kind = next(k for k in ("load", "discharge", "trips", "move") if verb.group(k))
        if kind == "move" and _TOOK_CARGO_THERE.match(text, verb.start()):
            kind = "load"  # "the Tavriya took barley there": loaded it there
        if kind == "load" and _OWN_SUPPLIES.match(text, verb.end()):
            continue  # "took on bunkers at Ceuta": the ship's own fuel or stores, no cargo
        if _PAID_SUPPLIES.search(text, max(s, verb.start() - 60), verb.start()):
            continue  # "said it was owed $1.2m for fuel delivered in Singapore": the ship's own fuel
        stop = min([clause_end(text, verb.end(), e)] +
                   [v.start() for v in verbs[i + 1:] if v.group("load") or v.group("discharge")])
        # (", which is carrying crude from Primorsk, is believed to be bound for India": the
        # relative clause's voyage ends with it)
        closed = min([b for a, b in asides if a < verb.start() < b and _WHICH_ASIDE.match(text, a)],
                     default=None)
        if closed is None and _SHIP_THAT_BEFORE.search(text, max(s, verb.start() - 80), verb.start()):
            # ("A cargo ship that prosecutors say carried grain from Crimea left Monfalcone": the
            # relative clause ends where the ship's own verb comes)
            main = _MAIN_VERB_AFTER.search(text, verb.end(), stop)
            closed = main.start() if main is not None else None
        stop = stop if closed is None else min(stop, closed)
        if _aside_carrying(text, s, verb.start()):
            # (", loaded with Russian diesel, docked at Lagos": the aside ends at its comma)
            comma = _ASIDE_END.search(text, verb.end(), stop)
            stop = comma.start() if comma else stop
        if _USED_TO.search(text, max(s, verb.start() - 100), verb.start()):
            continue  # "which is used by the military to supply the exclave": what it is for
        if verb.group().lower() in _TRADE_NOUNS and _LINKED_TO.search(text, max(s, verb.start() - 100),
                                                                       verb.start()):
            continue  # "has been linked by UN investigators to illicit coal exports to China": a tie
            # to a trade, no voyage told (not "linked to a shipment of ammunition from A to B")
        if kind == "move" and _NOT_CARGO_OBJECT.match(text, verb.end()):
            continue  # "took the same route", "took part in", "carried out": no cargo moved
        if kind == "move" and verb.group().lower() in ("moved", "moving") and \
                _SHIP_MOVED.match(text, verb.end()):
            continue  # "The tanker later moved to Baniyas": the ship went, no cargo told
        # (not a ship named before another subject: "The X delivered fuel oil to Havana, and the
        # Y took crude to Cienfuegos", where the Y is known by no other cue)
        # (nor one before another doer's relative clause the verb is in: "is linked to a network
        # that was sanctioned for shipping Iranian oil to Syria")
        agents = [a for a in _agents(analysis, vessels, verb, kind, e)
                  if not (a.end <= verb.start() and (NEW_SUBJECT.search(text, a.end, verb.end()) or
                                                     others_deed(text, a.end, verb.start())))]
        if not agents:
            continue
        origin, dest = _roles(analysis, sent, places, verb, kind, stop)
        if closed is not None and dest is not None and dest.start >= closed:
            dest = None  # (where the main clause says it is bound is not the aside's)
        if dest is not None and dest.start > verb.end() and EXPECTED_AFTER.match(text, dest.end, e):
            dest = None  # ("discharged at Qingdao 2 July (expected)": not yet)
        if origin is not None and origin.type == "Port" and (
                _SUPPLIES_STOP_BEFORE.search(text, max(s, origin.start - 60), origin.start) or
                _SUPPLIES_STOP_AFTER.match(text, origin.end, e)):
            origin = None  # "bunkered at Ceuta and then discharged at Lome": a stop, no cargo's origin
        if kind in ("move", "trips") and _BY_OTHER_MEANS.search(text, verb.end(), stop):
            continue  # "shipped from Berdyansk to Sevastopol by barge": not the ship named
        if origin is None and dest is None and kind == "load":
            # "called at Ust-Luga in September, when it loaded a cargo": the port told before
            port = next((p for p in reversed(places) if p.end <= verb.start() and p.type == "Port"),
                        None)
            if port is not None and _WHEN_IT_LOADED.fullmatch(text, port.end, verb.start()):
                origin = port
        if origin is None and dest is None and kind == "load" and \
                not any(legs.get(a.key, {}).get("destination") for a in agents):
            # "loaded Iranian oil in the Persian Gulf and delivered it to Dongying": the state
            # the cargo is of is where the voyage began (not "unloaded condensate at Jose and
            # loaded Venezuelan fuel oil for the return voyage": a voyage after it)
            origin = cargo_origin(analysis, sent, verb.end(), stop)
        if origin is None and dest is None and kind == "move" and _aside_carrying(
                text, s, verb.start()) and any(
                _arrived_after(analysis, sent, a.key, verb.start()) for a in agents):
            # "The X, carrying Russian wheat, docked at Alexandria": the state the cargo is of
            origin = cargo_origin(analysis, sent, verb.end(), stop)
        if origin is None and dest is None:
            continue
        if kind == "trips" and origin is None and \
                _VOYAGE_GOING_ON.search(text, max(s, verb.start() - 40), verb.start()):
            continue  # "It resumed its voyage to Murmansk": where it is going, and no more
        one = origin or dest
        if kind == "trips" and (origin is None or dest is None) and one is not None and \
                _BETWEEN.search(text, max(verb.end(), one.start - 14), one.start):
            continue  # "trips between Russia and the Mediterranean": one end is no port or state
        first = min(a.start for a in agents)
        last = max(p.end for p in (origin, dest) if p is not None)
        going = _CARGO_BOUND.search(text, max(s, dest.start - 40), dest.start) \
            if kind == "load" and dest is not None and dest.start > verb.end() else None
        went = _sailed_on(text, verb.end(), dest) \
            if (kind == "load" or _LADEN.fullmatch(verb.group())) and dest is not None and \
            dest.start > verb.end() and going is None else None
        if (onward := going or went) is not None:
            # ("lifted a cargo of naphtha in Ust-Luga bound for Singapore": where the load was
            # going is no plan of the loading; nor "loaded crude at Jose and sailed for Malaysia")
            last = max([onward.start()] + [p.end for p in (origin,) if p is not None])
        heading = dest is not None and dest.end <= verb.start() and _LADEN.fullmatch(verb.group()) \
            is not None and _heading_to(text, s, dest)
        if blocked(text, s, min(first, verb.start()), max(last, verb.end()), laden_underway=heading) or \
                presence_denied(text, last, e):
            continue
        cargo = cargo_phrase(text[verb.end():stop]) if not _CARRIER_NEXT.match(text, verb.end()) else None
        supplied = _SUPPLIED_WITH.match(text, dest.end, stop) if dest is not None and \
            verb.group().lower().startswith("suppl") and dest.start > verb.end() and \
            re.fullmatch(r"\s+(?:the\s+)?", text[verb.end():dest.start]) else None
        if supplied is not None:
            cargo = cargo_phrase(supplied["what"])  # "supplied Havana with fuel from Jose"
        elif any(p is not None and p.start >= verb.end() and not text[verb.end():p.start].strip()
                 for p in (origin, dest)):
            cargo = None  # a log's "discharged Sikka 3 Sep": the port right after the verb
        if kind == "move" and verb.group().lower().startswith(("mov", "shift")) and \
                _REGISTRY_WORD.search(text, verb.end(), min(e, last + 20)):
            # "moving from the Panamanian registry to Sierra Leone", "moved between the Panama
            # and Cameroon registries": a change of flag
            continue
        if kind == "move" and cargo is None and dest is not None and dest.form == "anaphor" and \
                verb.group().lower().startswith(("mov", "shift")):
            continue  # "anchored in the bay and moved to the berth the next day": the ship moved
        if cargo is None:
            cargo = _cargo_subject(analysis, s, verb)
        held = _SHIPS_CARGO_OF.search(text, max(s, verb.start() - 90), verb.start()) \
            if kind == "discharge" else None
        if held is not None and any(a.end == held.start() for a in agents):
            # "The Lark's cargo of Russian wheat was discharged at Alexandria": what it held,
            # and the state that is of
            cargo = cargo or cargo_phrase(held["what"])
            origin = origin or cargo_origin(analysis, sent, held.start("what"), held.end("what"))
        if origin is None and kind == "discharge" and dest is not None:
            # "The consignment left Amirabad aboard the X in February and was unloaded at
            # Makhachkala": where what was unloaded had left from
            left = [p for p in places if p.end <= verb.start() and p.type == "Port" and p.form != "anaphor"]
            if left and _LEFT.search(text, max(s, left[-1].start - 60), left[-1].start) and \
                    _LEFT_THEN.fullmatch(text, left[-1].end, verb.start()):
                origin = left[-1]
        if origin is None:
            origin, subject = _loaded_before(analysis, s, places, verb)
            cargo = cargo or subject
        if origin is None and supplied is not None:
            # "has supplied Syria with Iranian oil": the state the load is of, told after
            origin = cargo_origin(analysis, sent, supplied.start("what"), supplied.end("what"))
        if origin is None:
            origin = cargo_origin(
                analysis, sent, verb.end(), dest.start if dest and dest.start > verb.end() else stop)
        for v in agents:
            leg = legs.get(v.key)
            if leg is not None and dest is not None and leg["destination"] is not None and \
                    dest.key != leg["destination"].key and origin is not None and \
                    origin.key == leg["destination"].key:
                # "unloaded vehicles at Tartus, and in May carried equipment from Tartus back to
                # Novorossiysk": a second voyage, with its own cargo
                done.append(legs.pop(v.key))
            elif leg is not None and leg["destination"] is not None and dest is not None and \
                    dest.key != leg["destination"].key and cargo is not None and \
                    leg["cargo"] is not None and cargo != leg["cargo"]:
                # "carried Venezuelan crude to Malaysia in 2022; as Wren Dusk it moved Iranian
                # oil to Syria the following year": another voyage, with its own cargo and end
                # (a load delivered, told again, is the same: "delivered the grain to Latakia")
                done.append(legs.pop(v.key))
            elif leg is not None and leg["destination"] is not None and \
                    _in_aside(asides, leg["pos"]) != _in_aside(asides, verb.start()):
                # "The X, which brought Russian diesel to Beirut last summer, returned with gasoil
                # loaded at Taman": the aside's voyage is another
                done.append(legs.pop(v.key))
            leg = legs.setdefault(v.key, {"vessel": v, "origin": None, "destination": None,
                                          "cargo": None, "pos": verb.start(), "kinds": set()})
            leg["kinds"].add(kind)
            # "was carrying crude from Basra to Aliaga": a voyage under way has not ended
            # (nor one "with steel for Izmir")
            if kind == "move" and (verb.group().lower().endswith("ing") or
                                   dest is not None and (_bound(text, s, dest) or
                                                         _heading_to(text, s, dest))) or \
                    kind == "load" and dest is not None and (_bound(text, s, dest) or went is not None) or \
                    kind == "trips" and _VOYAGE_GOING_ON.search(text, max(s, verb.start() - 40),
                                                                verb.start()):
                # ("resumed its voyage to Murmansk": going there, not yet there)
                leg["underway"] = True
            if kind == "load" and not _WITH.match(text, verb.end()):
                leg["loaded_here"] = True  # (its loading told with its own time)
            if _LADEN.fullmatch(verb.group()) or kind == "load" and _WITH.match(text, verb.end()):
                # "arrived at Benghazi with diesel loaded at Taman", "A bulk carrier loaded with
                # wheat from Sevastopol arrived at Latakia on Sunday"
                leg["laden"] = True
            leg["origin"] = leg["origin"] or origin
            leg["destination"] = dest or leg["destination"]
            leg["cargo"] = leg["cargo"] or cargo
    for leg in [*done, *legs.values()]:
        origin, dest = leg["origin"], leg["destination"]
        if origin is not None and dest is not None and origin.key == dest.key:
            dest = None
        # (", loaded with Russian diesel," likewise)
        if dest is None and ("move" in leg["kinds"] or "load" in leg["kinds"] and leg.get("laden")) and \
                _aside_carrying(text, s, leg["pos"]):
            # "The X, carrying wheat from Russia, docked at Alexandria": the aside's cargo went
            # where the main clause's arrival is
            dest = _arrived_after(analysis, sent, leg["vessel"].key, leg["pos"])
            leg["arrived"] = dest is not None  # (its call there told as the main clause tells it)
            if dest is None and (going := _MAIN_HEADING.match(text, leg["pos"], e)) is not None:
                # "The X, carrying jet fuel from Ras Tanura, was headed for Trieste": the voyage
                # under way to where the main clause says it was going
                dest = next((p for p in places if p.start == going.end() and p.form == "name"), None)
                leg["underway"] = leg.get("underway") or dest is not None
        if dest is None and leg["kinds"] <= {"load"}:
            continue  # a loading alone is a port call, not yet a transfer
        if leg["cargo"] is None:  # "made trips to Damietta, each time carrying wheat"
            # (of the ship's own part of the sentence: not "the X discharged a similar amount at
            # Tartous; and on July 9, the Y unloaded corn at Latakia")
            leg["cargo"] = _carried(analysis, _part_of(analysis, (s, e), leg["vessel"].key,
                                                       leg["vessel"].start, leg["pos"]))
        # "sailed from Tartus to Tuapse in ballast": calls, and no cargo moved
        empty = leg["cargo"] is None and _no_cargo(text, leg["pos"], clause_end(text, leg["pos"] + 1, e))
        # "was carrying crude from Basra to Aliaga when it was seized", "..., was diverted to
        # Jask": a voyage cut short took nothing to where it was going
        cut_short = bool(leg.get("underway")) and dest is not None and (
            _CUT_SHORT.search(text, s, e) is not None and
            not _carried_on(analysis, analysis.index_of(sent)) or
            _struck_before(analysis, sent, leg["vessel"].key))
        empty = empty or cut_short
        # "delivered it to Mersin and Dortyol": each port of the list is a destination
        further = _another_to(analysis, sent, dest)
        for end in [dest, *_joined_ports(analysis, sent, dest), *further]:
            for p, activity in ((origin, "loading"), (end, "discharging")):
                if p is not None and p.type == "Port" and not (p is end and (
                        leg.get("underway") or leg.get("arrived"))):
                    call = add_call(analysis, sent, leg["vessel"], p, activity)
                    if p is origin and (leg.get("underway") or leg.get("laden")) and \
                            (not leg.get("loaded_here") or CARGO_LOADED_AT.search(
                                text, max(s, p.start - 60), p.start)) and \
                            not _ARRIVED_AT.search(text, max(s, p.start - 60), p.start):
                        # (not where it arrived and then left laden: it loaded while there)
                        _loaded_before_told(analysis, sent, leg["pos"], call)
                    elif p is origin and end is not None and end.start > p.end and \
                            (then := _UNLOADED_THEN.search(text, p.end, end.start)) is not None and \
                            all(t.start >= then.end() and not _COUNTED_ON.search(t.text) for t in sent.times):
                        # "A ship that carried stolen grain from Berdyansk unloaded at Tripoli
                        # last week": the time told of the unloading (the only one the sentence
                        # tells) is after the loading
                        _loaded_before_told(analysis, sent, leg["pos"], call, _UNLOADED_THEN)
                    elif p is origin and end is not None and end.start > p.end and \
                            leg["kinds"] & {"discharge", "move"} \
                            and sent.times and all(t.start >= end.end and not t.since and
                                                   (t.interval.end - t.interval.start).days < 7 and
                                                   not _COUNTED_ON.search(t.text) for t in sent.times):
                        # "discharged urea from St Petersburg at Rio Grande on January 24": the
                        # day the load was brought, the ship there in the weeks before it
                        if call.get("date") and not call.get("loaded_before") and \
                                not call.get("arrived_from") and _BROUGHT_THEN.match(text, leg["pos"]):
                            call["date"], call["loaded_before"] = weeks_before(call["date"]), True
                    if p is origin and cut_short:
                        call["cut_short"] = True  # its voyage ended nowhere
            if empty:
                continue
            event = record(analysis, sent, "Transfer", leg["pos"], vessel=leg["vessel"].key,
                           origin=origin.key if origin else None,
                           destination=end.key if end else None, cargo=leg["cargo"],
                           origin_type=origin.type if origin else None,
                           destination_type=end.type if end else None)
            if end is not None and end.start > leg["pos"]:
                # "loaded at Rajin and probably unloaded at Vostochny": the voyage's end is hedged
                event["confidence"] = weaker(event["confidence"], confidence_at(analysis, sent, end.start))
            if end is not None and end in further:
                # ("and a second to Beirut in June": that cargo's own time)
                event["date"] = next((c["date"] for c in analysis.events_at(s) if c["type"] == "PortCall" and
                                      c["vessel"] == leg["vessel"].key and c["port"] == end.key), None)
            if event.get("date") is None and end is not None:
                # "The X, which loaded in Iraq, discharged at Hodeidah in July": a voyage told with
                # no time of its own ended when the ship reached its end
                event["date"] = next((c["date"] for c in analysis.events_at(s) if c["type"] == "PortCall" and
                                      c["vessel"] == leg["vessel"].key and c["port"] == end.key and
                                      c.get("date")), None)
            if end is not None and leg.get("underway") and _bound(text, s, end):
                event["bound"] = True  # (see `unfinished_voyages`)
            if origin is None and leg.get("laden"):
                # "Kavkaz || - 3 Oct: Lauga departed for Latakia with wheat": the port a log
                # tells the ship left, laden, is where the voyage began
                gone = [c for c in analysis.events_at(s) if c["type"] == "PortCall" and
                        c["vessel"] == leg["vessel"].key and c.get("activity") == "departure" and
                        (end is None or c["port"] != end.key)]
                if len({c["port"] for c in gone}) == 1:
                    event["origin"], event["origin_type"] = gone[0]["port"], "Port"
            _span_calls(analysis, sent, event, origin, end)


def laden_departures(analysis: Analysis) -> None:
    """A departure told with the load aboard set off by commas and the port sailed for, as the
    lines of a port's list of departures give them ("Departures from Primorsk:" "- NS Bravo
    (Liberia), 100,000 t Urals crude, sailed Feb. 3 for Sikka"): the voyage from the port left,
    under way with that load; a voyage told with no port it began from begins there."""
    text = analysis.text
    for call in [e for e in analysis.events if e["type"] == "PortCall" and e.get("activity") == "departure"]:
        sent = analysis.sentence_at(call["evidence"][0][0])
        if sent is None:
            continue
        s, e = sent.span.start, sent.span.end
        told = [x for x in analysis.events_at(s)
                if x["type"] == "Transfer" and x.get("vessel") == call["vessel"]]
        if told:
            gone = {x["port"] for x in analysis.events_at(s) if x["type"] == "PortCall" and
                    x["vessel"] == call["vessel"] and x.get("activity") == "departure"}
            for x in told:
                if x.get("origin") is None and len(gone) == 1 and x.get("destination") != call["port"]:
                    # ("- NS Bravo (Liberia), sailed Feb. 3 for Sikka with Urals crude")
                    x["origin"], x["origin_type"] = call["port"], "Port"
                    came = next((c.get("date") for c in analysis.events_at(s) if c["type"] == "PortCall"
                                 and c["vessel"] == call["vessel"] and c["port"] == x.get("destination")),
                                None)
                    if call.get("date") and x.get("date") and lies_before(call["date"], x["date"]):
                        # ("unloaded at Port Sudan in late September ... which had left
                        # Novorossiysk on September 6": from the leaving)
                        x["date"] = span_dates(call["date"], x["date"])
                    elif call.get("date") and x.get("date") == call["date"] and came and \
                            lies_before(call["date"], came) and came != call["date"]:
                        # ("A cargo ship that sailed from Bandar Abbas in March unloaded
                        # equipment at Port Sudan in early April": to the arrival's time)
                        x["date"] = span_dates(call["date"], came)
            continue
        ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.key == call["vessel"]), None)
        load = _LOAD_APPOSED.search(text, ship.end, e) if ship is not None else None
        if ship is None or load is None:
            continue
        dest = next((p for p in analysis.in_sentence(sent) if p.type in ("Port", "State") and
                     p.start > load.end() and p.form == "name" and p.key != call["port"] and
                     _SAILED_FOR_AFTER.fullmatch(text, load.end(), p.start)), None)
        cargo = cargo_phrase(load["what"])
        if dest is None or cargo is None or blocked(text, s, ship.start, dest.end):
            continue
        event = record(analysis, sent, "Transfer", load.start("what"), vessel=call["vessel"],
                       origin=call["port"], origin_type="Port", destination=dest.key,
                       destination_type=dest.type, cargo=cargo)
        event["date"], event["bound"] = call.get("date") or event.get("date"), True


# the load a line tells between commas: ", 100,000 t Urals crude,"
_LOAD_APPOSED = rx(r",\s+(?P<what>(?:about\s+|some\s+|around\s+|over\s+)?\d[\d.,]*\s*(?:(?-i:t|kt|mt)|tonnes|"
                   r"tons|barrels|bbl|cbm|cubic\s+met(?:re|er)s)\s+(?:of\s+)?[A-Za-z][\w\s'’-]{1,40}?),\s+",
                   re.I)
# between the load and the port sailed for: " sailed Feb. 3 for "
_SAILED_FOR_AFTER = rx(r"(?:then\s+|later\s+)?(?:sailed|left|departed)\b[^,;]{0,30}?\s+(?:for|to)\s+"
                       r"(?:the\s+(?:port\s+of\s+)?)?", re.I)


# "It was loading wheat bound for Egypt", "The ship had been loading grain": what the ship was
# doing at the time told, with no port named in its clause
_WAS_LOADING = rx(r"\b(?:was|were|had\s+been|is|are|has\s+been)\s+(?:still\s+|busy\s+)?loading\s+"
                  r"(?P<what>(?!at\b|in\b|there\b|up\b)[^,;.]{1,60}?)"
                  r"(?=\s+(?:bound\s+for|destined\s+for|for|to\s+be\s+shipped\s+to)\b|\s*[,;.]|\s*$)")
_BOUND_DEST = rx(r"\s+(?:bound\s+for|destined\s+for|for|to\s+be\s+shipped\s+to)\s+(?:the\s+)?$")


def loading_at_call_told(analysis: Analysis) -> None:
    """"A missile struck the X while it was moored at Pivdennyi on Monday. || The ship had been
    loading wheat bound for Egypt": what it was loading at the port of its call told just before
    (a load, from there, to where it was bound), where the sentence names no port of its own."""
    text = analysis.text
    for index, sent in enumerate(analysis.sentences[1:], start=1):
        s, e = sent.span.start, sent.span.end
        load = _WAS_LOADING.search(text, s, e)
        if load is None or blocked(text, s, load.start(), load.end()):
            continue
        ships = [v for v in analysis.in_sentence(sent, "Vessel") if v.end <= load.start()]
        places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "Place")]
        prev = analysis.sentences[index - 1]
        if len({v.key for v in ships}) != 1 or any(m.start < load.end() for m in places) or \
                sent.paragraph - prev.paragraph > 1:
            continue
        call = next((x for x in analysis.events_at(prev.span.start) if x["type"] == "PortCall" and
                     x["vessel"] == ships[0].key and x.get("activity") in (None, "berthed")), None)
        cargo = cargo_phrase(load["what"])
        if call is None or cargo is None:
            continue
        call["activity"] = "loading"
        cite(call, sent)
        dest = next((m for m in analysis.in_sentence(sent) if m.type in ("Port", "State") and m.form == "name"
                     and m.start >= load.end() and m.key != call["port"] and
                     _BOUND_DEST.fullmatch(text, load.end(), m.start)), None)
        if any(x["type"] == "Transfer" and x.get("vessel") == call["vessel"] and
               x.get("origin") == call["port"] for x in analysis.events):
            continue
        event = record(analysis, sent, "Transfer", load.start("what"), vessel=call["vessel"],
                       origin=call["port"], origin_type="Port", destination=dest.key if dest else None,
                       destination_type=dest.type if dest else None, cargo=cargo)
        event["date"] = call.get("date")
        if dest is not None:
            event["bound"] = True


def route_lines(analysis: Analysis) -> None:
    """A list's line that gives a ship's route as a field of its own, the port it left, "to" and
    where it was bound, with its sailing ("- Lark Meridian (Liberia), 65,000 t corn, Pivdennyi
    to Egypt, sailed 3 September"): the call at the port left and the voyage from there with the
    line's load, under way (no call where it was bound)."""
    text = analysis.text
    for sent in analysis.sentences:
        s, e = sent.span.start, sent.span.end
        if not opens_line(text, s) or not BULLET.match(text, s, e):
            continue
        ships = analysis.in_sentence(sent, "Vessel")
        if not ships or ships[0].form != "name" or ships[0].start - s > 6:
            continue
        sailed = _LINE_SAILED.search(text, ships[0].end, e)
        if sailed is None or PLANNED_LINE.search(text, s, e) or NEGATION.search(text, s, e):
            continue  # ("- X (Panama), 30,000 t wheat, Odesa to Turkey, will sail 4 September")
        places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State") and m.form == "name"]
        route = next(((p, q) for p, q in zip(places, places[1:], strict=False)
                      if p.type == "Port" and p.key != q.key and _FIELD_OPENS.search(text, s, p.start)
                      and _ROUTE_TO.fullmatch(text, p.end, q.start) and _FIELD_CLOSES.match(text, q.end, e)),
                     None)
        if route is None or any(x["type"] == "Transfer" and x.get("vessel") == ships[0].key
                                for x in analysis.events_at(s)):
            continue
        port, bound = route
        add_call(analysis, sent, ships[0], port, sailed.group())
        load = _LOAD_APPOSED.search(text, ships[0].end, e)
        event = record(analysis, sent, "Transfer", port.start, vessel=ships[0].key, origin=port.key,
                       origin_type="Port", destination=bound.key, destination_type=bound.type,
                       cargo=cargo_phrase(load["what"]) if load is not None else None)
        event["bound"] = True


_LINE_SAILED = re.compile(r"\b(?:sailed|departed|left|loaded)\b")
_FIELD_OPENS = re.compile(r",\s+$")
_ROUTE_TO = re.compile(r"\s+(?:to|->|→|–)\s+")
_FIELD_CLOSES = re.compile(r"\s*(?:,|\.?\s*$)")


def _reached_after(analysis: Analysis, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the later-told call's sentence opens on reaching the port of the call told first
    ("Before reaching Douala, the ship had stopped at Lome"): it came before."""
    sent = analysis.sentence_at(second["evidence"][0][0])
    told = _BEFORE_REACHING.match(analysis.text, sent.span.start, sent.span.end) if sent is not None else None
    return told is not None and any(m.key == first["port"] and m.start == told.end()
                                    for m in analysis.between(told.end(), told.end() + 1, "Port"))


_BEFORE_REACHING = re.compile(r"\s*(?:Before|Prior\s+to)\s+(?:reaching|arriving\s+(?:at|in)|entering|"
                              r"docking\s+(?:at|in)|calling\s+(?:at|in)|berthing\s+(?:at|in))\s+"
                              r"(?:the\s+(?:port\s+of\s+)?)?")


def loaded_in_state(analysis: Analysis) -> None:
    """"A tanker carrying Russian naphtha to Singapore ... || The X loaded the cargo at Ust-Luga
    in mid-February": a voyage told from a state begins at the port of that state the ship
    loaded at, told in the paragraph or the next (ports over states: one voyage, one Transfer)."""
    paragraph = {s.span.start: s.paragraph for s in analysis.sentences}
    for ev in analysis.events:
        if ev["type"] != "Transfer" or ev.get("origin_type") != "State" or not ev.get("vessel") or \
                span_days(ev.get("date")) > 45 or REPEATED.search(analysis.text, *ev["evidence"][0]):
            continue  # (one voyage: not "carried 11 Russian cargoes since January, mostly to Sikka")
        at = paragraph.get(ev["evidence"][0][0])
        loads = [c for c in analysis.events if c["type"] == "PortCall" and c["vessel"] == ev["vessel"]
                 and c.get("activity") == "loading" and at is not None
                 and 0 <= paragraph.get(c["evidence"][0][0], -9) - at <= 1
                 and getattr(analysis.port(c["port"]), "country", None) == ev["origin"]
                 and c["port"] != ev.get("destination")
                 and (not ev.get("date") or not c.get("date") or ends_before(c["date"], ev["date"]))]
        if len({c["port"] for c in loads}) != 1 or any(
                x is not ev and x["type"] == "Transfer" and x.get("vessel") == ev["vessel"] and
                x.get("origin") == loads[0]["port"] for x in analysis.events):
            continue
        call = loads[0]
        ev["origin"], ev["origin_type"] = call["port"], "Port"
        if call.get("date") and ev.get("date"):
            ev["date"] = span_dates(call["date"], ev["date"])
        ev["evidence"] += [x for x in call["evidence"] if x not in ev["evidence"]]


def unfinished_voyages(analysis: Analysis) -> None:
    """"left Ust-Luga carrying petrol bound for Port Said. Officers boarded the ship on March 4
    and steered it to Porvoo": a voyage to where a cargo was bound, ended by the ship's
    detention or an attack on it told after, in the same paragraph, took nothing there."""
    ended = [e for e in analysis.events if e["type"] in ("Detention", "Attack") and e.get("target")]
    for event in [e for e in analysis.events if e["type"] == "Transfer" and e.get("bound")]:
        told = analysis.sentence_at(event["evidence"][0][0])
        if told is not None and any(
                e["target"] == event["vessel"] and e["evidence"][0][0] >= event["evidence"][0][0]
                and (here := analysis.sentence_at(e["evidence"][0][0])) is not None
                and here.paragraph == told.paragraph for e in ended):
            analysis.events.remove(event)
        elif any(e["target"] == event["vessel"] and e["evidence"][0][0] < event["evidence"][0][0]
                 and e.get("date") and (not event.get("date") or not ends_before(e["date"], event["date"]))
                 for e in ended):
            # "The Tutor was hit by a drone boat on 12 June ... || The Tutor had loaded coal at
            # Ust-Luga and was bound for Port Said": the attack told first ended that voyage
            analysis.events.remove(event)


def taken_after_detention(analysis: Analysis) -> None:
    """"Finnish police boarded the tanker X on December 26 ... The vessel, which had loaded petrol
    at Ust-Luga, ... || The X is now anchored near Porvoo": a ship held after it loaded, at a port
    only after it was held (and not told to be let go), was taken there; it delivered nothing."""
    if _RELEASED.search(analysis.text):
        return
    held = [e for e in analysis.events if e["type"] == "Detention" and e.get("target") and e.get("date")]
    for event in [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")
                  and e.get("destination_type") == "Port"]:
        when = next((e.get("date") for e in analysis.events if e["type"] == "PortCall" and
                     e["vessel"] == event["vessel"] and e["port"] == event["destination"]), None)
        came = next((e.get("date") for e in analysis.events if e["type"] == "PortCall" and
                     e["vessel"] == event["vessel"] and e["port"] == event.get("origin")), None)
        # (held before the day it is told at the port, not there: "detained the X at the port of
        # Rotterdam on 19 March. The tanker had arrived from Primorsk")
        if when and any(e["target"] == event["vessel"] and e.get("location") != event["destination"] and
                        lies_before(e["date"], when) and not overlaps(e["date"], when) and
                        (came is None or lies_before(came, e["date"])) for e in held):
            analysis.events.remove(event)


_RELEASED = rx(r"\b(?:released|freed|let\s+go|allowed\s+to\s+(?:leave|sail|continue|proceed|go)|"
             r"(?:resumed|continued)\s+(?:its|her)\s+(?:voyage|journey))\b", re.I)


# "The vessel is bound for Alexandria in Egypt": where a ship is now going, told on its own
_BOUND_NOW = rx(r"\s+(?:(?:is|are)\s+(?:now\s+|currently\s+|reportedly\s+|said\s+to\s+be\s+)?(?:bound|"
                r"headed|heading|sailing|steaming|en\s+route)|"
                # ("It then sailed for India", after its loading)
                r"(?:then|later|subsequently|next)\s+(?:sailed|left|departed|headed|set\s+sail)"
                # ("while the Y sailed directly to China")
                r"(?:\s+(?:directly|straight|on))?|"
                r"(?:sailed|headed|steamed)\s+(?:directly|straight))\s+"
                r"(?:for|to|towards?)\s+"
                # ("is now sailing to the UAE port of Fujairah")
                r"(?:the\s+(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?)?$", re.I)


# a delivery told with no place: "The Panel assesses that it delivered refined petroleum on both
# occasions." (to the sentence's end)
_DELIVERED_BARE = rx(r"\s+(?:(?:had|has|also|then)\s+)?(?:\w+ly\s+)?"
                     r"(?:delivered|unloaded|discharged|offloaded)\s+"
                     r"(?P<what>(?:[^.;:,]|,(?=\d{3}\b)){2,60}?)(?:\s+(?:on\s+(?:both|each|all|those|these|"
                     r"the\s+two)\s+(?:occasions|visits|calls)|there|then|too|as\s+well))?\s*[.;]?\s*$", re.I)


def delivered_at_call(analysis: Analysis) -> None:
    """"Satellite imagery shows the tanker X at the Nampo oil terminal on 4 and 19 September. ||
    The Panel assesses that it delivered refined petroleum on both occasions": a delivery told
    with no place, by a ship whose call (not its departure) the sentence before told, was made
    at that call's port, at its time, as hedged as the delivery's own sentence."""
    text = analysis.text
    for index, sent in enumerate(analysis.sentences[1:], 1):
        s, e = sent.span.start, sent.span.end
        if any(m.type in ("Port", "State", "Place") for m in analysis.in_sentence(sent)):
            continue
        before = analysis.sentences[index - 1]
        if sent.paragraph - before.paragraph > 1:
            continue
        for v in analysis.in_sentence(sent, "Vessel"):
            bare = _DELIVERED_BARE.match(text, v.end, e)
            cargo = cargo_phrase(bare["what"]) if bare is not None else None
            if bare is None or cargo is None or blocked(text, s, v.start, bare.end()):
                continue
            calls = [c for c in analysis.events_at(before.span.start) if c["type"] == "PortCall" and
                     c["vessel"] == v.key and c.get("activity") != "departure"]
            if len({c["port"] for c in calls}) != 1 or any(
                    x["type"] == "Transfer" and x.get("vessel") == v.key and
                    x.get("destination") == calls[0]["port"] for x in analysis.events):
                continue
            call = calls[0]
            if call.get("activity") in (None, "berthed"):
                call["activity"] = "discharging"
            event = record(analysis, sent, "Transfer", v.end, vessel=v.key, origin=None,
                           destination=call["port"], destination_type="Port", origin_type=None, cargo=cargo,
                           date=call.get("date"))
            cite(event, before)


# deliveries counted, with their times and no place: "It made two deliveries, on 2 October and
# 30 October"
_DELIVERIES_COUNTED = rx(r"\s+(?:(?:has|had|then|also|later)\s+)*(?:made|carried\s+out|completed)\s+"
                         r"(?:at\s+least\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:(?:more|further|"
                         r"separate|such)\s+)?(?:deliveries|shipments|runs)\b", re.I)


def counted_deliveries(analysis: Analysis) -> None:
    """"The tanker X has been supplying fuel to Nampo. || It made two deliveries, on 2 October and
    30 October": deliveries counted with their times and no place, by a ship the sentence before
    told supplying one port, were made there, one call at each time (the supply told before
    spans them)."""
    text = analysis.text
    for index, sent in enumerate(analysis.sentences[1:], 1):
        s, e = sent.span.start, sent.span.end
        if len(sent.times) < 2 or any(m.type in ("Port", "State", "Place")
                                      for m in analysis.in_sentence(sent)):
            continue
        before = analysis.sentences[index - 1]
        if sent.paragraph - before.paragraph > 1:
            continue
        for v in analysis.in_sentence(sent, "Vessel"):
            counted = _DELIVERIES_COUNTED.match(text, v.end, e)
            if counted is None or blocked(text, s, v.start, counted.end()):
                continue
            supplied = [x for x in analysis.events_at(before.span.start) if x["type"] == "Transfer" and
                        x.get("vessel") == v.key and x.get("destination_type") == "Port"]
            ports = [m for m in analysis.in_sentence(before, "Port")
                     if supplied and m.key == supplied[-1]["destination"]]
            if len({x["destination"] for x in supplied}) != 1 or not ports:
                continue
            times = [t for t in sent.times if t.start >= counted.end()]
            for t in times:
                call = add_call(analysis, sent, v, ports[0], "discharged")
                if call.get("date") and call["date"] != t.interval.iso():
                    call = {**call, "evidence": list(call["evidence"]), "position": t.start}
                    analysis.events.append(call)
                call["date"] = t.interval.iso()
                cite(call, before)
            if times and supplied[-1].get("date") is None:
                supplied[-1]["date"] = span_dates(times[0].interval.iso(), times[-1].interval.iso())
                cite(supplied[-1], sent)
            break


def bound_after_loading(analysis: Analysis) -> None:
    """"The Resilient, which loaded corn at Chornomorsk in late October, has been waiting off
    Istanbul. || The vessel is bound for Alexandria": a ship told as now bound for a port, in a
    sentence of its own just after its loading was told (with no discharge told between), is
    under way from that loading with its load."""
    text = analysis.text
    for index, sent in enumerate(analysis.sentences):
        # (or a state: "Both are bound for India", after the loadings of the two)
        for port in analysis.in_sentence(sent, "Port") + [
                m for m in analysis.in_sentence(sent, "State") if m.form == "name"]:
            if port.form == "anaphor":
                continue
            for ship in [v for v in analysis.in_sentence(sent, "Vessel") if v.end <= port.start and
                         _BOUND_NOW.fullmatch(text, v.end, port.start)]:
                if not MODAL.search(text, sent.span.start, ship.start):
                    _bound_after(analysis, index, sent, ship, port)


def _bound_after(analysis: Analysis, index: int, sent: Sentence, ship: Mention, port: Mention) -> None:
    """`bound_after_loading` for one ship told as bound for a port (or a state)."""
    begin = analysis.sentences[max(0, index - 2)].span.start
    told = [c for c in analysis.events if c["type"] == "PortCall" and c["vessel"] == ship.key
            and begin <= c["evidence"][0][0] < sent.span.start]
    if not told or told[-1].get("activity") != "loading" or told[-1]["port"] == port.key:
        return
    load = told[-1]
    entry = analysis.port(load["port"])
    if port.type == "State" and (entry is None or entry.country == port.key):
        return  # (a state's own port: no voyage to it told)
    if _CUT_SHORT.search(analysis.text, *load["evidence"][0]) or any(
            e["type"] in ("Detention", "Attack") and e.get("target") == ship.key and
            load["evidence"][0][0] <= e["evidence"][0][0] < sent.span.start for e in analysis.events):
        return  # ("was carrying crude from Basra to Turkey when it was boarded ... It is now
        # sailing to Fujairah": the voyage with that load was cut short)
    if any(e["type"] == "Transfer" and e.get("vessel") == ship.key and e.get("origin") == load["port"]
           and e.get("destination") not in (None, port.key) for e in analysis.events):
        return  # (that load went elsewhere)
    known = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel") == ship.key
             and e.get("destination") == port.key and e.get("origin") in (None, load["port"])]
    cargo = load.get("loaded_cargo") or _carried(analysis, load["evidence"][0])
    if known:
        for e in known:
            e["origin"], e["origin_type"] = load["port"], "Port"
            e["cargo"] = e.get("cargo") or cargo
        return
    event = record(analysis, sent, "Transfer", port.start, vessel=ship.key, origin=load["port"],
                   origin_type="Port", destination=port.key, destination_type=port.type, cargo=cargo)
    event["date"], event["bound"] = load.get("date"), True
    event["evidence"] += [x for x in load["evidence"][:1] if x not in event["evidence"]]


def departed_with(analysis: Analysis) -> None:
    """"The X left Chornomorsk on Monday. || It is carrying 17,600 tonnes of wheat to Egypt": a
    voyage told with its load to a state, with no port it began from, in a sentence just after
    the ship's departure from (or loading at) a port of another state, with no call of the ship
    told between, began there."""
    text = analysis.text
    pending = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")
               and e.get("origin") is None and e.get("destination_type") == "State" and e.get("cargo")]
    calls_of = _calls_by_vessel(analysis) if pending else {}
    for event in pending:
        sent = analysis.sentence_at(event["evidence"][0][0])
        if sent is None or _HABITUAL.search(text, sent.span.start, sent.span.end):
            continue
        index = analysis.index_of(sent)
        prior = [p for p in analysis.sentences[max(0, index - 2):index] if sent.paragraph - p.paragraph <= 1]
        if not prior:
            continue
        told = [c for c in calls_of.get(event["vessel"], [])
                if prior[0].span.start <= c["evidence"][0][0] < sent.span.start]
        if not told or told[-1].get("activity") not in ("departure", "loading"):
            continue
        left = told[-1]
        entry = analysis.port(left["port"])
        before = left.get("date") == event.get("date") or ends_before(left.get("date"), event.get("date"))
        if entry is None or entry.country == event["destination"] or not before:
            continue
        event["origin"], event["origin_type"] = left["port"], "Port"
        event["evidence"] += [x for x in left["evidence"][:1] if x not in event["evidence"]]


def sailed_to_state(analysis: Analysis) -> None:
    """"The ship had sailed from Sevastopol to Turkey in August 2022": a voyage told with both
    its ends, the second a state (a port's is a call there, and the voyage comes of the two
    calls), where no voyage from that port is told otherwise."""
    text = analysis.text
    left = _voyages_from(analysis)
    for call in [e for e in analysis.events if e["type"] == "PortCall" and e.get("activity") == "departure"]:
        sent = analysis.sentence_at(call["evidence"][0][0])
        if sent is None or (call["vessel"], call["port"]) in left:
            continue
        state = next((m for m in analysis.in_sentence(sent, "State") if m.start > call["position"]
                      and m.form == "name" and (told := _SAILED_FROM_TO.search(
                          text, max(sent.span.start, m.start - 80), m.start)) is not None
                      and told.start() < call["position"]), None)
        entry = analysis.port(call["port"])
        if state is None or entry is None or entry.country == state.key or \
                blocked(text, sent.span.start, call["position"], state.end) or \
                _CUT_SHORT.search(text, sent.span.start, sent.span.end):
            continue
        event = record(analysis, sent, "Transfer", call["position"], vessel=call["vessel"],
                       origin=call["port"], origin_type="Port", destination=state.key,
                       destination_type="State", cargo=_carried(analysis, call["evidence"][0]))
        event["date"] = call.get("date")
        left.add((call["vessel"], call["port"]))


def laden_left(analysis: Analysis) -> None:
    """"The VLCC X departed the Jose terminal on June 3 with 2 million barrels of Merey crude": a
    voyage under way with its load, from the port left, where the text tells no end of it (nor
    any voyage from there)."""
    text = analysis.text
    left = _voyages_from(analysis)
    # (a voyage ended by the ship's detention or an attack on it: see `unfinished_voyages`)
    ended = {e.get("target") for e in analysis.events if e["type"] in ("Detention", "Attack")}
    for call in [e for e in analysis.events if e["type"] == "PortCall" and e.get("activity") == "departure"
                 and not e.get("cut_short") and not e.get("forced")]:
        if (call["vessel"], call["port"]) in left or call["vessel"] in ended:
            continue
        sent = analysis.sentence_at(call["evidence"][0][0])
        if sent is None:
            continue
        end = clause_end(text, call["position"] + 1, sent.span.end)
        laden = _LEFT_LADEN.match(text, call["position"], end)
        if laden is None:
            _bound_aside_left(analysis, sent, call, left)
            continue
        cargo = cargo_phrase(text[laden.end():clause_end(text, laden.end(), sent.span.end)])
        if cargo is None or blocked(text, sent.span.start, call["position"], laden.end()) or \
                _CUT_SHORT.search(text, sent.span.start, sent.span.end) or \
                _HABITUAL.search(text, sent.span.start, sent.span.end):
            continue
        # ("The India-bound tanker X left Primorsk ... with Urals crude": where it was bound, told
        # before the ship)
        bound = _bound_before(analysis, sent, call["vessel"])
        if bound is None:
            bound = _bound_respectively(analysis, sent, call)
        if laden["bound"]:
            bound = next((m for m in analysis.in_sentence(sent) if m.type in ("Port", "State") and
                          m.start == laden.start("bound") and m.form == "name"), None)
        if bound is not None and bound.key == call["port"]:
            bound = None
        reached = _reached_after_leaving(analysis, sent, call) if bound is None else None
        event = record(analysis, sent, "Transfer", call["position"], vessel=call["vessel"],
                       origin=call["port"], origin_type="Port",
                       destination=bound.key if bound else reached["port"] if reached else None,
                       destination_type=bound.type if bound else "Port" if reached else None, cargo=cargo)
        if reached is not None:
            # "A ship that loaded grain in Mariupol has docked in Iskenderun ... || The vessel, the
            # X, left Mariupol on June 1 with about 7,000 tonnes of wheat": the port it reached
            event["date"] = span_dates(call.get("date"), reached.get("date")) \
                if call.get("date") and reached.get("date") else call.get("date")
            cite(event, analysis.sentence_at(reached["evidence"][0][0]) or sent)
            continue
        event["date"] = call.get("date")
        left.add((call["vessel"], call["port"]))


def _reached_after_leaving(analysis: Analysis, sent: Sentence, call: dict[str, Any]) -> dict[str, Any] | None:
    """The one other port the ship is told to have reached, in this paragraph or the one before,
    at a time not before it left (`call`, a departure with its load)."""
    found = [e for e in analysis.events if e["type"] == "PortCall" and e["vessel"] == call["vessel"]
             and e["port"] != call["port"] and e.get("activity") not in ("departure", "loading")
             and not e.get("told_after") and e.get("date") and call.get("date")
             and ends_before(call["date"], e["date"])
             and (told := analysis.sentence_at(e["evidence"][0][0])) is not None
             and 0 <= sent.paragraph - told.paragraph <= 1]
    if len({e["port"] for e in found}) != 1 or any(
            e["type"] == "Transfer" and e.get("vessel") == call["vessel"] and
            e.get("destination") == found[0]["port"] for e in analysis.events):
        return None  # (none where a voyage there is told from elsewhere)
    return found[0]


# "..., heading for Samsun and Latakia respectively": where each ship of a list was bound
_HEADING_RESPECTIVELY = rx(r",?\s+(?:heading|headed|bound|sailing|destined)\s+(?:for|to)\s+"
                           r"(?P<places>[^;.]{3,80}?),?\s+respectively\b", re.I)


def _bound_respectively(analysis: Analysis, sent: Sentence, call: dict[str, Any]) -> Mention | None:
    """Where a ship of a list was bound, told for each in turn ("The X and the Y left Sevastopol
    with grain, heading for Samsun and Latakia respectively"); None where not so told."""
    text = analysis.text
    told = _HEADING_RESPECTIVELY.search(text, sent.span.start, sent.span.end)
    if told is None:
        return None
    ships = coordinated(analysis, [v for v in analysis.in_sentence(sent, "Vessel") if v.end <= told.start()])
    places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State") and m.form == "name"
              and told.start("places") <= m.start < told.end("places")]
    keys = [v.key for v in ships]
    if len(places) != len(keys) or call["vessel"] not in keys:
        return None
    return places[keys.index(call["vessel"])]


# an aside after a ship's name on where it was bound, laden: ", bound for Sikka with Urals crude,"
_BOUND_ASIDE = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:(?:which|that)\s+was\s+)?(?:bound|headed|heading|"
                          r"destined)\s+(?:for|to)\s+(?:the\s+(?:port\s+of\s+)?)?$")
_ASIDE_LOAD = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:with|carrying|laden\s+with)\s+"
                         r"(?P<cargo>[^,;()]{2,60}),\s")


def _bound_aside_left(analysis: Analysis, sent: Sentence, call: dict[str, Any],
                      left: set[tuple[str, str]]) -> None:
    """"The tanker X, bound for Sikka with Urals crude, left Primorsk on 3 May": a voyage under
    way from the port left to where the aside says it was bound, with its load."""
    text = analysis.text
    ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.key == call["vessel"]
                 and v.end <= call["position"]), None)
    if ship is None:
        return
    dest = next((m for m in analysis.between(ship.end, call["position"])
                 if m.type in ("Port", "State") and m.form != "adjective"
                 and _BOUND_ASIDE.fullmatch(text, ship.end, m.start)), None)
    load = _ASIDE_LOAD.match(text, dest.end, call["position"]) if dest is not None else None
    cargo = cargo_phrase(load["cargo"]) if load is not None else None
    if dest is None or cargo is None or dest.key == call["port"] or \
            blocked(text, sent.span.start, load.end() if load else ship.end, call["position"]) or \
            _CUT_SHORT.search(text, sent.span.start, sent.span.end):
        return
    event = record(analysis, sent, "Transfer", call["position"], vessel=call["vessel"],
                   origin=call["port"], origin_type="Port", destination=dest.key, destination_type=dest.type,
                   cargo=cargo)
    event["date"] = call.get("date")
    left.add((call["vessel"], call["port"]))


# "the India-bound tanker", "a Latakia-bound bulk carrier": the place named, then "-bound"
_BOUND_ADJECTIVE = re.compile(r"-bound\s+(?:[\w-]+\s+){0,3}?$")


def _bound_before(analysis: Analysis, sent: Sentence, vessel: str) -> Mention | None:
    """The port or state a ship is told bound for by an adjective before its name in the
    sentence ("The India-bound tanker X"), if any."""
    text = analysis.text
    ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.key == vessel), None)
    if ship is None:
        return None
    return next((m for m in analysis.between(max(sent.span.start, ship.start - 60), ship.start)
                 if m.type in ("Port", "State") and m.form != "adjective"
                 and _BOUND_ADJECTIVE.fullmatch(text, m.end, ship.start)), None)


def _voyages_from(analysis: Analysis) -> set[tuple[str, str]]:
    """The (vessel, port) of every voyage told from a port."""
    return {(e["vessel"], e["origin"]) for e in analysis.events
            if e["type"] == "Transfer" and e.get("vessel") and e.get("origin")}


def _calls_by_vessel(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Each vessel's port calls, in the order they were recorded."""
    calls: dict[str, list[dict[str, Any]]] = {}
    for e in analysis.events:
        if e["type"] == "PortCall":
            calls.setdefault(e["vessel"], []).append(e)
    return calls


# a departure's port, then its load: "Jose terminal on June 3 with 2 million barrels of"
_LEFT_LADEN = re.compile(r"[\w'’.-]*(?:\s+(?:terminal|port|harbou?r|anchorage))?(?:\s+(?:on|in|at|late\s+on|"
                         r"early\s+on)\s+[\w ,.]{1,24}?)?"
                         # ("departed Jose on Jan. 3 bound for China with 2 million barrels")
                         r"(?:,?\s+(?:bound|headed|heading|destined)\s+(?:for|to)\s+(?:the\s+(?:port\s+of\s+)?)?"
                         r"(?P<bound>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
                         r",?\s+(?:with|carrying|laden\s+with)\s+"
                         r"(?=(?:a\s+cargo\s+of\s+|about\s+|some\s+|nearly\s+|around\s+|roughly\s+|over\s+)?"
                         r"(?:[\d,.]+\s+(?:million\s+)?(?:barrels|tonnes|tons|cubic)|a\s+(?:full\s+)?cargo|"
                         r"(?:[A-Z][\w-]*\s+){0,2}" + CARGO_WORDS + r"\b))")


_ASIDE_CARRYING = re.compile(r",\s*$")
_CARGO_BOUND = re.compile(r"\b(?:bound|destined)\s+for\s+" + PORT_OF + "$")
_ASIDE_END = re.compile(r",\s")  # (not the comma of "30,000")
# "The Angara, a Russian-flagged cargo ship carrying ...": the aside's head, then its cargo
_APPOSED_CARRYING = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,4}?(?:ship|vessel|tanker|carrier|freighter|"
                               r"bulker|VLCC|Aframax|Suezmax)\s+$", re.I)


def _aside_carrying(text: str, s: int, pos: int) -> bool:
    """Whether the verb at `pos` ("carrying") opens an aside on the ship: ", carrying", or
    after an apposition's head, ", a Russian-flagged cargo ship carrying"."""
    return _ASIDE_CARRYING.search(text, max(s, pos - 3), pos) is not None or \
        _APPOSED_CARRYING.search(text, max(s, pos - 60), pos) is not None


_SHIPS_CARGO_OF = rx(r"['’]s\s+(?:[\w-]+\s+)?(?:cargo|load|shipment|consignment)\s+of\s+"
                     r"(?P<what>(?:[^,;()]|,(?=\d{3}\b)){2,60}?)\s+(?:was|were|had\s+been|has\s+been)\s+"
                     r"(?:[a-z]+ly\s+)?$")


# the main clause after an aside on the load, telling where the ship was going: ", was headed for "
_MAIN_HEADING = rx(r"[^;:()]{0,100}?,\s+(?:is|was|are|were)\s+(?:now\s+|then\s+|still\s+)?(?:heading|headed|"
                   r"sailing|steaming|en\s+route|making\s+(?:its|her)\s+way)\s+(?:to|for|towards?)\s+"
                   r"(?:the\s+(?:port\s+of\s+)?)?")


def _arrived_after(analysis: Analysis, sent: Sentence, vessel: str, pos: int) -> Mention | None:
    """The port the ship called at after `pos` in the sentence, arriving or discharging there."""
    calls = [ev for ev in analysis.events_at(sent.span.start) if ev["type"] == "PortCall" and
             ev["vessel"] == vessel and ev["position"] > pos and not ev.get("forced") and
             ev.get("activity") not in ("departure", "loading")]
    if not calls:
        return None
    first = min(calls, key=lambda ev: ev["position"])
    return next((p for p in analysis.in_sentence(sent, "Port")
                 if p.key == first["port"] and p.start >= pos), None)


_WHEN_CLAUSE = re.compile(r"\b(?:when|as|until)\s+(?:it|she|the\s+(?:ship|vessel|tanker|freighter|"
                          r"carrier))\s+(?:was|were|came|ran|struck|hit)\b")


def _loaded_before_told(analysis: Analysis, sent: Sentence, verb_at: int,
                        call: dict[str, Any], arrival: Gated | None = None) -> None:
    """"carrying Russian oil from Primorsk, collided ... on March 29": the ship loaded in the
    weeks before the time the sentence tells (a time inside the phrase of the voyage is its own:
    "moving containers from Rajin in late October")."""
    # (not twice, nor where the call was already set back as one the ship "arrived from")
    # (nor a departure, dated when the ship left: "departed Chornomorsk on Aug 10 carrying")
    if not call.get("date") or call.get("loaded_before") or call.get("arrived_from") or \
            call.get("activity") == "departure" or any(
            verb_at <= t.start and "," not in analysis.text[verb_at:t.start] and
            not (arrival or _ARRIVAL_VERB).search(analysis.text, verb_at, t.start) and
            # ("had been carrying steel from Jubail to Trieste when it was attacked on August 11")
            not _WHEN_CLAUSE.search(analysis.text, verb_at, t.start) for t in sent.times):
        return
    since = next((t for t in sent.times if t.since and t.start >= verb_at and
                  call["date"].split("/")[0] == t.interval.start.isoformat()), None)
    # (before a state that began at a time, not during it: "loaded with wheat at Odesa, has been
    # waiting off Istanbul since May 14" loaded in the weeks before May 14)
    told = since.interval.start.isoformat() if since is not None else call["date"]
    call["date"], call["loaded_before"] = weeks_before(told), True


# "Vadinar refinery received four cargoes from the tanker NS Champion", "the port of Tartus took
# delivery of wheat from the Kazan": a port, as the subject, took in what a named ship brought
def _port_head(places: str) -> str:
    """A port's name as a subject, up to its verb: "India's Vadinar refinery has"."""
    return (r"(?:['’]s)?(?:\s+(?:oil\s+|crude\s+|grain\s+|container\s+|coal\s+)?(?:" + places +
            r"))?\s+(?:has\s+|had\s+|also\s+)?")


_PORT_TOOK = rx(_port_head(r"refinery|terminal|port|harbou?r|facility|plant|complex|berths?") +
                r"(?:received|t(?:ook|aken)\s+(?:in|delivery\s+of)|imported|handled|accepted|welcomed)\b"
                r"(?P<what>[^.;:]{0,80}?)\b(?:from|by|off|aboard|on\s+board)\s+(?:the\s+|an?\s+)?"
                r"(?:[\w'’-]+\s+){0,3}?$", re.I)


# "Nayara Energy took crude at Vadinar from the tanker Jaguar": what a buyer took in at a port,
# from a ship named after it
_TOOK_AT = rx(r"\b(?:took|received|bought|imported|purchased)\s+(?P<what>(?:[\w,.'’-]+\s+){1,8}?)(?:at|in)\s+"
              r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_FROM_SHIP_AFTER = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+)?(?:refinery|terminal|port))?\s+(?:from|aboard|"
                              r"on\s+board)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?", re.I)
_PORT_SERVED = rx(_port_head(r"refinery|terminal|port|harbou?r|facility|berths?|jetty|pier") +
                  r"(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>loaded|hosted|berthed|served|unloaded|"
                  r"discharged|handled|welcomed|received|saw\s+the\s+arrival\s+of)\s+"
                  r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
_OBJECT_PORT = re.compile(r"\b(?:at|in|to|from|near|off|for|into|via|by|with|outside|of)\s+"
                          r"(?:the\s+)?$", re.I)
_PORT_OF = re.compile(r"\b(?:the\s+)?(?:port|harbou?r)\s+of\s+$", re.I)
_FACILITY_AT = re.compile(r"\b(?:terminal|refinery|facility|plant|berths?|jetty)\s+(?:at|in)\s+$", re.I)


# "A shipment of 40,000 tonnes of Russian wheat arrived at Latakia aboard the bulk carrier X":
# a cargo that came to a place, and the ship it came on, named after it
_CARGO_CAME = rx(r"\b(?P<cargo>" + CARGO_WORDS + r"|shipments?|consignments?|deliver(?:y|ies))\b"
                 r"(?:[^.;:]|\.(?=\d)){0,90}?\b(?P<verb>arrived|reached|landed|came|"
                 r"(?:was|were|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:delivered|unloaded|"
                 r"offloaded|discharged|landed|brought|shipped|carried|sent|taken))\s+"
                 # ("shipped from the North Korean port of Nampo to Nakhodka")
                 r"(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)?"
                 r"\s+(?=to\s))?"
                 # ("reached China's Ningbo-Zhoushan anchorage")
                 r"(?:(?:at|in|to|into)\s+)?(?:the\s+|(?-i:[A-Z])[\w'’-]*['’]s\s+)?"
                 r"(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$",
                 re.I)
# what a buyer received at a place, told before it: "received a cargo of Sokol crude at "
_RECEIVED_AT = rx(r"\b(?:received|imported|took\s+delivery\s+of)\s+(?P<what>(?:[^.;:,]|,(?=\d{3}\b)){2,80}?)"
                  r"\s+(?:at|in|into)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$",
                  re.I)
# ("arrived at the Thilawa port near Yangon on 4 January aboard the tanker X": the port's own
# words, and the city it is near)
_ON_SHIP = rx(r"(?:\s+(?:(?:oil|grain|coal|container)\s+)?(?:port|harbou?r|terminal|anchorage|roads))?"
              r"(?:\s+(?:near|outside)\s+(?-i:[A-Z])[\w'’-]*)?"
              r"(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)?,?)?(?:\s+(?:on|in|during|by|last|this|"
              r"early|late|mid)\b[^,;.()]{1,24}?|"
              # ("reached Dunai two days later aboard the Angara")
              r"\s+(?:[\w-]+\s+){1,2}(?:later|earlier|afterwards))?,?\s+(?:aboard|on\s+board|onboard|on|in)\s+(?:the\s+)?"
              # ("aboard another vessel, the Jin Hae")
              r"(?:[\w-]+\s+){0,3}?(?:(?:vessel|ship|tanker|freighter|carrier|bulker),\s+the\s+)?$", re.I)


# "Syria received a shipment of 1 million barrels of Iranian crude in March aboard the tanker X": a
# state (or port) that received a load the ship named after it brought
# ("At Vadinar, the Nayara refinery took in two Urals cargoes, on the tankers X and Y": the port
# the sentence opens on, and its plant)
_STATE_RECEIVED = rx(r"(?P<plant>,\s+(?:the\s+|its\s+)?(?:[\w'’&-]+\s+){0,3}?(?:refinery|terminal|facility|"
                     r"plant|complex))?"
                     r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?"
                     r"(?:received|imported|took\s+delivery\s+of|took\s+in)\s+"
                     r"(?P<what>(?:[^.;:,]|,(?=\d{3}\b)){2,100}?),?\s+(?:aboard|on\s+board|onboard|on|"
                     r"(?:carried|delivered|brought)\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def _received_aboard(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Syria received ... Iranian crude in March aboard the tanker X": the ship brought the load
    to the state (or port) that received it, from where the load is said to be of."""
    text, s = analysis.text, sent.span.start
    done: set[str] = set()
    for v in vessels:
        if v.form != "name" or v.key in done:
            continue
        found = next(((m, told) for m in reversed(analysis.between(s, v.start))
                      if m.type in ("State", "Port") and m.form in ("name", "capital") and
                      (told := _STATE_RECEIVED.match(text, m.end, v.start)) is not None and
                      (not told["plant"] or _FRONTED_AT.fullmatch(text, s, m.start))), None)
        if found is None or blocked(text, s, found[0].start, v.end):
            continue
        taker, told = found
        what = told["what"]
        cargo = cargo_phrase(what)
        if not cargo or not _CARGO_WORD.search(what.lower()):
            continue  # (not "received the delegation aboard the X")
        origin = cargo_origin(analysis, sent, told.start("what"), told.end("what"))
        if origin is not None and origin.key == taker.key:
            origin = None
        # ("on the tankers X and Y": each ship of the list)
        for ship in coordinated(analysis, [w for w in vessels if w.start >= v.start]):
            done.add(ship.key)
            if taker.type == "Port":
                add_call(analysis, sent, ship, taker, "discharging")
            record(analysis, sent, "Transfer", taker.start, vessel=ship.key,
                   origin=origin.key if origin else None, destination=taker.key, cargo=cargo,
                   origin_type=origin.type if origin else None, destination_type=taker.type)


# "The drones left Amirabad aboard the freighter X": a load that set out from a port on a ship
_CARGO_LEFT = rx(r"\b(?P<cargo>" + CARGO_WORDS + r"|shipments?|consignments?)\b(?:[^.;:,]|\.(?=\d)){0,60}?\b"
                 r"(?P<verb>left|departed(?:\s+from)?|sailed\s+from|set\s+off\s+from|(?:was|were)\s+"
                 r"(?:shipped|sent|loaded)\s+(?:out\s+)?(?:from|at))\s+(?:the\s+)?"
                 r"(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$", re.I)
# the sentence before, on that load brought to a port with no ship named: "A shipment of 300
# drones was unloaded at the Russian port of Makhachkala in January"
_CARGO_BROUGHT_TO = rx(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:unloaded|offloaded|discharged|"
                       r"delivered|landed)\s+(?:at|in|to)\s+(?:the\s+)?"
                       r"(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$", re.I)


def _cargo_left_aboard(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The drones left Amirabad in northern Iran aboard the freighter X": the ship loaded them
    there; where the sentence just before says that load was unloaded, with no ship of its own,
    the ship brought it there."""
    text, s = analysis.text, sent.span.start
    ports = [m for m in analysis.in_sentence(sent, "Port") if m.form == "name"]
    for v in vessels:
        if v.form != "name":
            continue
        port = next((p for p in reversed(ports) if p.end < v.start and v.start - p.end <= 90
                     and _ON_SHIP.fullmatch(text, p.end, v.start)), None)
        left = _CARGO_LEFT.search(text, clause_start(text, s, port.start), port.start) \
            if port is not None else None
        if port is None or left is None or blocked(text, s, left.start(), v.end) or any(
                e["type"] == "Transfer" and e.get("vessel") == v.key for e in analysis.events_at(s)):
            continue
        cargo = cargo_phrase(text[left.start():left.start("verb")])
        if cargo and left.start() == s and cargo.split()[0][1:].islower():
            cargo = cargo[0].lower() + cargo[1:]
        add_call(analysis, sent, v, port, "loading")
        dest = None
        index = analysis.index_of(sent)
        before = analysis.sentences[index - 1] if index > 0 else None
        # (news copy gives each sentence a paragraph of its own)
        if before is not None and sent.paragraph - before.paragraph <= 1 and \
                not analysis.in_sentence(before, "Vessel") and \
                re.search(r"\b" + re.escape(left["cargo"].lower().rstrip("s")),
                          text[before.span.start:before.span.end].lower()):
            dest = next((p for p in analysis.in_sentence(before, "Port") if p.form == "name" and
                         p.key != port.key and _CARGO_BROUGHT_TO.search(
                             text, max(before.span.start, p.start - 80), p.start)), None)
        if dest is not None and before is not None:
            call = add_call(analysis, before, v, dest, "discharging")
            cite(call, sent)
        event = record(analysis, sent, "Transfer", port.start, vessel=v.key, origin=port.key,
                       destination=dest.key if dest else None, cargo=cargo, origin_type="Port",
                       destination_type="Port" if dest else None)
        if dest is not None and before is not None:
            cite(event, before)
            when = date_near(analysis, before, dest.end)
            event["date"] = span_dates(event["date"], when) if event.get("date") and when and \
                ends_before(event["date"], when) else when or event.get("date")


def _cargo_aboard(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"A shipment of Russian wheat arrived at Latakia aboard the bulk carrier Sea Hawk",
    "Russian wheat reached Syria on the Sea Hawk": the ship named after the place brought the
    cargo there (a call where the place is a port), from where the cargo is said to be of."""
    text, s = analysis.text, sent.span.start
    places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State")
              and m.form in ("name", "capital")]
    for v in vessels:
        if v.form != "name":
            continue
        # (the place the cargo came to: "arrived at Latakia, Syria, on the X" is Latakia)
        came = place = None
        received = False
        for p in reversed(places):
            if p.end < v.start and v.start - p.end <= 90 and _ON_SHIP.fullmatch(text, p.end, v.start):
                came = _CARGO_CAME.search(text, clause_start(text, s, p.start), p.start)
                if came is None or came.end() != p.start:
                    # "Indian Oil received a cargo of Sokol crude at Paradip on the tanker X": the
                    # receiver's, at the port, from the ship named after it
                    came = _RECEIVED_AT.search(text, clause_start(text, s, p.start), p.start)
                    received = came is not None
                if came is not None and came.end() == p.start:
                    place = p
                    break
        if came is None or place is None or blocked(text, s, came.start(), v.end):
            continue
        if received:
            if place.type == "Port":
                add_call(analysis, sent, v, place, "discharging")
            record(analysis, sent, "Transfer", place.start, vessel=v.key, origin=None,
                   destination=place.key, cargo=cargo_phrase(came["what"]), origin_type=None,
                   destination_type=place.type)
            continue
        begin = clause_start(text, s, place.start)
        origin = next((p for p in places if came.start() < p.start < place.start and re.search(
            r"\bfrom\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$",
            text[max(s, p.start - 40):p.start])), None) or \
            cargo_origin(analysis, sent, begin, came.start("verb"))
        if origin is not None and origin.key == place.key:
            origin = None
        if origin is not None and origin.type == "Port":
            add_call(analysis, sent, v, origin, "loading")  # (a voyage from a port: a call there)
        if place.type == "Port":
            add_call(analysis, sent, v, place, "discharging")
        cargo = cargo_phrase(text[came.start():came.start("verb")])
        if cargo and came.start() == s and cargo.split()[0][1:].islower():
            cargo = cargo[0].lower() + cargo[1:]  # ("Wheat" opening the sentence)
        record(analysis, sent, "Transfer", place.start, vessel=v.key,
               origin=origin.key if origin else None, destination=place.key, cargo=cargo,
               origin_type=origin.type if origin else None, destination_type=place.type)


# "The tanker X, carrying about 15,000 tonnes of gasoline, berthed at Ras Isa": the load set off
# after the ship's name, then its arrival at a port
_LADEN_ASIDE = rx(r"\s*,\s+(?:carrying|laden\s+with|loaded\s+with|with\s+(?:a|its)\s+cargo\s+of)\s+"
                  r"(?P<cargo>(?:[^,;()]|,(?=\d{3}\b)){2,60}?),\s+(?:(?:had|has)\s+)?(?:\w+ly\s+)?"
                  r"(?:arrived|docked|berthed|moored|reached|entered|discharged|unloaded|offloaded|called)\b"
                  r"(?:[^,;.]|,(?=\d{3}\b)){0,40}?\b(?:at|in|into|reached|entered)\s+(?:the\s+)?"
                  r"(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$", re.I)


def _laden_arrival(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   places: list[Mention]) -> None:
    """A ship told with its load in an aside, then arriving at a port: the load was brought
    there."""
    text, s = analysis.text, sent.span.start
    for v in vessels:
        port = next((p for p in places if p.type == "Port" and p.form != "anaphor" and
                     p.start > v.end and p.start - v.end < 160), None)
        laden = _LADEN_ASIDE.fullmatch(text, v.end, port.start) if port is not None else None
        if port is None or laden is None or blocked(text, s, v.start, port.end):
            continue
        cargo = cargo_phrase(laden["cargo"])
        if cargo is None or any(e["type"] == "Transfer" and e.get("vessel") == v.key and
                                e.get("destination") == port.key for e in analysis.events_at(s)):
            continue
        record(analysis, sent, "Transfer", port.start, vessel=v.key, origin=None, destination=port.key,
               cargo=cargo, origin_type=None, destination_type="Port")


# "The Y followed on December 11 with 1 million barrels of crude": came next, with its load
_FOLLOWED_LOAD = rx(r"(?:\s*\([^()]*\))?(?:,[^,.;]{1,60},)?\s+(?:(?:also|then|soon|later|shortly)\s+)?"
                    r"followed\b[^,;.]{0,40}?\bwith\s+", re.I)


def _followed_with_load(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """A ship that followed another to a port with its load (its call there told by the port of
    the sentence before): the load was brought there."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for v in vessels:
        m = _FOLLOWED_LOAD.match(text, v.end, e)
        call = next((ev for ev in analysis.events_at(s) if ev["type"] == "PortCall" and ev["vessel"] == v.key
                     and ev.get("activity") in (None, "berthed", "arrived")), None) if m else None
        if m is None or call is None or blocked(text, s, v.start, m.end()) or any(
                ev["type"] == "Transfer" and ev.get("vessel") == v.key for ev in analysis.events_at(s)):
            continue
        cargo = cargo_phrase(text[m.end():clause_end(text, m.end(), e)])
        if cargo is not None:
            record(analysis, sent, "Transfer", m.end(), vessel=v.key, origin=None, destination=call["port"],
                   cargo=cargo, origin_type=None, destination_type="Port", date=call.get("date"))


def _port_receipts(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """A port that received what a named ship brought: the ship called there and delivered
    it, from wherever it came (the text does not say here)."""
    text, s = analysis.text, sent.span.start
    for port in analysis.in_sentence(sent, "Port"):
        if port.form != "anaphor":
            _taken_at(analysis, sent, port, vessels)
        if port.form == "anaphor" or _OBJECT_PORT.search(
                _PORT_OF.sub("", text[max(s, port.start - 50):port.start])) and \
                not _FACILITY_AT.search(text, max(s, port.start - 30), port.start):
            continue  # "officials at Tartus received ...": the port is no subject
            # (but "the French terminal at Montoir received": the port's own terminal)
        for v in vessels:
            if not port.end < v.start <= port.end + 160:
                continue
            served = _PORT_SERVED.match(text, port.end, v.start)
            if served is not None and served.end() == v.start and not blocked(
                    text, s, port.start, v.end) and not text.startswith(("'s", "’s"), v.end):
                # "Iran's Kharg Island terminal loaded the tanker X": the ship was there
                add_call(analysis, sent, v, port, served["verb"])
                break
            m = _PORT_TOOK.match(text, port.end, v.start)
            if m is None or m.end() != v.start or blocked(text, s, port.start, v.end) or \
                    text.startswith(("'s", "’s"), v.end):
                continue  # "... from the Kazan's owner"
            # ("Damietta received wheat from Kavkaz aboard the X": the port it came from)
            origin = next((p for p in analysis.in_sentence(sent, "Port")
                           if port.end < p.start < v.start and p.form != "anaphor" and p.key != port.key
                           and _FROM_PORT.search(text, max(s, p.start - 30), p.start)), None)
            # ("aboard the X and the Y": each ship of the list)
            for ship in coordinated(analysis, [w for w in vessels if w.start >= v.start]):
                add_call(analysis, sent, ship, port, "discharging")
                if origin is not None:
                    add_call(analysis, sent, ship, origin, "loading")
                record(analysis, sent, "Transfer", port.start, vessel=ship.key,
                       origin=origin.key if origin else None, destination=port.key,
                       cargo=cargo_phrase(m["what"]), origin_type="Port" if origin else None,
                       destination_type="Port")
            break


def _taken_at(analysis: Analysis, sent: Sentence, port: Mention, vessels: list[Mention]) -> None:
    """"Nayara took crude at Vadinar from the tanker Jaguar": the ship delivered it there."""
    text, s = analysis.text, sent.span.start
    took_at = _TOOK_AT.search(text, max(s, port.start - 80), port.start)
    if took_at is None:
        return
    for v in vessels:
        if port.end < v.start <= port.end + 80 and _FROM_SHIP_AFTER.fullmatch(text, port.end, v.start) \
                and not text.startswith(("'s", "’s"), v.end) and not blocked(text, s, took_at.start(), v.end):
            add_call(analysis, sent, v, port, "discharging")
            record(analysis, sent, "Transfer", port.start, vessel=v.key, origin=None,
                   destination=port.key, cargo=cargo_phrase(took_at["what"]), origin_type=None,
                   destination_type="Port")
            return


def _span_calls(analysis: Analysis, sent: Sentence, event: dict[str, Any],
                origin: Mention | None = None, dest: Mention | None = None) -> None:
    """"loaded at Kharg Island in July and discharged it at Dongying in August": the voyage
    runs from the loading's time to the discharge's."""
    when = {e["port"]: e.get("date") for e in analysis.events_at(sent.span.start)
            if e["type"] == "PortCall" and e["vessel"] == event["vessel"]}
    a, b = when.get(event.get("origin")), when.get(event.get("destination"))
    if not (a and b) and origin is not None and dest is not None and sent.times:
        # "loaded ESPO crude at Kozmino in September and delivered it to China in October"
        a, b = date_near(analysis, sent, origin.start), date_near(analysis, sent, dest.start)
    if a and b and a != b and ends_before(a, b) and not ends_before(b, a.split("/")[0]):
        event["date"] = span_dates(a, b)
    elif a and b and a != b and "/" in b and b.split("/")[0] == a.split("/")[0] and \
            lies_before(a, b.split("/")[1]):
        # "loaded at Ust-Luga on 2 May and discharged at Paradip": the discharge told as after
        # the loading, from its day; the voyage as long
        event["date"] = b
    elif event.get("date") is None and b and not event.get("origin"):
        # "delivered the cargo to Nampho, where it was imaged on 18 June": the delivery's day
        event["date"] = b


_AND_PORT = re.compile(r"(?:,\s*|\s+)(?:and|or|as well as)\s+(?:(?:to|at|in)\s+)?(?:the\s+port\s+of\s+)?|"
                       r",\s*")


def _joined_ports(analysis: Analysis, sent: Sentence, port: Mention | None) -> list[Mention]:
    """The ports listed with "and" after a port: "to Mersin and Dortyol", "to A, B and C"
    (or states after a state: "to India and China")."""
    if port is None or port.type not in ("Port", "State"):
        return []
    found: list[Mention] = []
    last = port
    for p in analysis.in_sentence(sent, port.type):
        if p.start < last.end or p.form in ("anaphor", "adjective"):
            continue
        gap = _AND_PORT.fullmatch(analysis.text, last.end, p.start)
        if not gap:
            break
        found.append(p)
        last = p
        if re.search(r"\b(?:and|or|well)\b", gap.group()):
            break
    # a bare comma list must end with "and": "to Mersin, Dortyol" alone is no list
    if found and not re.search(r"\b(?:and|or|well)\b", analysis.text[port.end:found[-1].start]):
        return []
    return [p for p in found if p.key != port.key]


# a further cargo to another port, the verb left out: "took wheat to Latakia in May and a second
# to Beirut in June", "... and another cargo to Beirut"
_ANOTHER_TO = rx(r"(?:\s+(?:in|on|at|during|by|early|late|mid)\s+[^,;.]{1,25}?)?,?\s+and\s+"
                 r"(?:then\s+|later\s+)?(?:another|a\s+(?:second|third|fourth|further|later)|one\s+more)(?:\s+(?:cargo|load|"
                 r"shipment|consignment|delivery))?\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:port|harbou?r)\s+"
                 r"of\s+)?$")


def _another_to(analysis: Analysis, sent: Sentence, port: Mention | None) -> list[Mention]:
    """The ports of further cargoes told after a voyage's end, with its verb left out: "to
    Latakia in May and another to Beirut in June" (Beirut)."""
    if port is None or port.type != "Port":
        return []
    found: list[Mention] = []
    last = port
    for p in analysis.in_sentence(sent, "Port"):
        if p.start < last.end or p.form != "name":
            continue
        if not _ANOTHER_TO.fullmatch(analysis.text, last.end, p.start):
            break
        found.append(p)
        last = p
    return [p for p in found if p.key != port.key]


# what leads from one port of a voyage on to the next: "and then on to", ", later to"
_ON_TO_NEXT = re.compile(r"(?:,\s*|\s+)(?:and\s+|before\s+(?:sailing|heading|continuing|going)\s+)?"
                         r"(?:(?:then|later|subsequently|afterwards?)\s+(?:(?:sailed|continued|went|proceeded|"
                         r"headed)\s+)?(?:on\s+)?|on\s+)(?:to|for)\s+(?:the\s+(?:port\s+of\s+)?)?", re.I)


def onward_legs(analysis: Analysis) -> None:
    """"sailed from Nakhodka to Busan and then on to Shanghai": a voyage's leg from the port it
    reached to each port it went on to, told right after it; and "... to Tartus and returning
    with vehicles": the way back, with what it carried."""
    for event in [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")
                  and e.get("destination_type") == "Port"]:
        sent = analysis.sentence_at(event["evidence"][0][0])
        if sent is None:
            continue
        last = next((p for p in analysis.in_sentence(sent, "Port")
                     if p.key == event["destination"] and p.form != "anaphor"), None)
        if last is not None and event.get("origin_type") == "Port" and \
                (back := _RETURNED_WITH.match(analysis.text, last.end, sent.span.end)) is not None and \
                not any(e["type"] == "Transfer" and e.get("vessel") == event["vessel"] and
                        (e.get("origin"), e.get("destination")) == (last.key, event["origin"])
                        for e in analysis.events):
            # "sailing from Novorossiysk to Tartus and returning with vehicles": the way back
            record(analysis, sent, "Transfer", back.start(), vessel=event["vessel"], origin=last.key,
                   destination=event["origin"], cargo=cargo_phrase(back["what"]), origin_type="Port",
                   destination_type="Port")
        while last is not None and (onward := _onward_port(analysis, sent, last)) is not None:
            if not any(e["type"] == "Transfer" and e.get("vessel") == event["vessel"] and
                       (e.get("origin"), e.get("destination")) == (last.key, onward.key)
                       for e in analysis.events):
                record(analysis, sent, "Transfer", onward.start, vessel=event["vessel"],
                       origin=last.key, destination=onward.key, cargo=None, origin_type="Port",
                       destination_type="Port")
            last = onward


_RETURNED_WITH = re.compile(r"(?:\s+(?:on|in)\s+[^,;.]{1,25}?)?,?\s+(?:and\s+|before\s+)(?:then\s+|later\s+)?"
                            r"return(?:ing|ed)\s+(?:(?:home|back)\s+)?(?:with|carrying|laden\s+with)\s+"
                            r"(?P<what>[^,;.]{2,60})")


def _onward_port(analysis: Analysis, sent: Sentence, port: Mention) -> Mention | None:
    """The port a voyage went on to after this one, told right after it."""
    after = [p for p in analysis.in_sentence(sent, "Port") if p.start >= port.end and p.form != "anaphor"]
    if not after or after[0].key == port.key or \
            not _ON_TO_NEXT.fullmatch(analysis.text, port.end, after[0].start):
        return None
    return after[0]


# (not the point of a short form: "on Aug. 2 and sailed for Paradip", "the Kum Un San No. 3")
_CLAUSE_END = rx(r";|,\s+(?:and|but|while|where|when|which|who)\b|"
                 r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)"
                 r"(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bNo)(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\bCo)\.\s")


def clause_end(text: str, pos: int, end: int) -> int:
    m = _CLAUSE_END.search(text, pos, end)
    return m.start() if m else end


def _agents(analysis: Analysis, vessels: list[Mention], verb: re.Match[str], kind: str,
            end: int) -> list[Mention]:
    """Who moved the cargo: the subject before the verb, or the vessels after "by"."""
    text = analysis.text
    after_by = [v for v in vessels if v.start > verb.end() and re.search(
        r"\b(?:by|aboard|on board|onboard)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
        text[max(verb.end(), v.start - 50):v.start])]
    if kind == "trips" and after_by:
        return unique_keys(after_by)
    if _NOMINAL.fullmatch(verb.group()) and _MADE.search(text, max(0, verb.start() - 60),
                                                       verb.start()):
        # "the X made deliveries of oil to" (not "the owner of the X was linked to shipments")
        return [v for v in subjects(analysis, vessels, verb.start())
                if not _OWNER_OF.search(text, max(0, v.start - 40), v.start)]
    if _NOMINAL.fullmatch(verb.group()) or re.match(r"\s+by\b", text[verb.end():end]):
        return coordinated(analysis, [v for v in vessels if v.start >= after_by[0].start]) \
            if after_by else []
    if kind == "move" and verb.group().lower().endswith("ed") and _CARGO_JUST_BEFORE.search(
            text, max(0, verb.start() - 30), verb.start()):
        # "an investigation into fuel smuggled from Libya": what was done to the cargo, by
        # whom the clause does not say (not the subject of the verb it hangs on)
        return coordinated(analysis, [v for v in vessels if v.start >= after_by[0].start]) \
            if after_by else []
    if after_by and after_by[0].start < end and (_PASSIVE_BEFORE.search(
            text, max(0, verb.start() - 20), verb.start()) or kind in ("load", "discharge") and
            _CARGO_JUST_BEFORE.search(text, max(0, verb.start() - 30), verb.start())):
        # ("4,500 tonnes of coal unloaded at Pohang in October by the X originated in North
        # Korea": the cargo's unloading, told in a phrase on it, by the ship after "by")
        # "wheat was shipped to Latakia aboard the cargo ship X": the ship after the verb
        return coordinated(analysis, [v for v in vessels if v.start >= after_by[0].start])
    if kind == "trips":
        # "Her third voyage, in October, took her from Kavkaz": the ship the voyage took
        taken = next((v for v in vessels if v.start > verb.end() and _VOYAGE_TOOK_SHIP.fullmatch(
            text, verb.end(), v.start)), None)
        if taken is not None:
            return [taken]
    found = subjects(analysis, vessels, verb.start())
    sent = analysis.sentence_at(verb.start())
    if not found and kind == "move" and sent is not None and _UNNAMED_LEAD.fullmatch(
            text, sent.span.start, verb.start()):
        # "A ship carrying grain from occupied Berdyansk, the Tsarev, docked at Alexandria": the
        # ship named in the apposition after the description
        named = next((v for v in vessels if v.start > verb.end() and v.form == "name"), None)
        if named is not None and _NAMED_APPOSED.fullmatch(text, verb.end(), named.start) and \
                _APPOSED_END.match(text, named.end):
            return [named]
    if not found and after_by and kind == "move" and after_by[0].start < end and _ABOARD_BEFORE.search(
            text, max(0, after_by[0].start - 50), after_by[0].start):
        # "Chevron shipped a cargo aboard the Aframax X to Pascagoula": the ship it went in
        return coordinated(analysis, [v for v in vessels if v.start >= after_by[0].start])
    return found


_VOYAGE_TOOK_SHIP = re.compile(r"[^.;:]{0,40}?\b(?:took|takes|taking)\s+")
_UNNAMED_LEAD = re.compile(r"\s*(?:A|An|One|Another)\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|freighter|"
                           r"carrier|bulker|ferry|boat)\s+")
_NAMED_APPOSED = re.compile(r"[^.;]{0,80},\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?")
_APPOSED_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,")
_ABOARD_BEFORE = re.compile(r"\b(?:aboard|on\s+board|onboard)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_TOOK_CARGO_THERE = re.compile(r"(?i:took|takes|taking)\s+(?:[\w,-]+\s+){0,2}?" + CARGO_WORDS + r"\s+there\b")
_CARGO_TOLD_LOADED = re.compile(r"(?:loaded|taken\s+on|shipped|lifted)\s+(?:in|at|from)\s", re.I)
_DISCHARGED_CARGO = re.compile(r"\b(?:discharg|unload|offload|deliver|land)\w*\s+(?:[\w,.-]+\s+){0,5}?" +
                               CARGO_WORDS + r"\s+(?:that\s+had\s+been\s+|which\s+had\s+been\s+|"
                               # ("offloaded wheat it had taken on at Sevastopol at Latakia")
                               r"(?:that\s+|which\s+)?(?:it|she|they)\s+had\s+)?$", re.I)
_CARGO_JUST_BEFORE = re.compile(r"\b" + CARGO_WORDS + r"\s+$", re.I)
_ITS_WATERS = re.compile(r"\s+(?:territorial\s+)?waters\b")
_GONE_FOR = re.compile(r"\b(?:sailed|headed|heading|steamed|steaming|sailing|bound|left|departed)\s+"
                       r"(?:for|to|towards?)\s+$")
# ("between Russian and Chinese ports": the first state's ports too)
_ITS_PORTS = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*(?=\s+(?:ports|terminals|harbou?rs)\b))?"
                        r"\s+(?:(?:oil|grain|Baltic|Black Sea|Pacific|Arctic|Far East(?:ern)?|"
                        r"(?:north|south|east|west)(?:ern)?|Mediterranean|Caspian|Gulf)\s+)?"
                        r"(?:ports|terminals|harbou?rs)\b", re.I)
# a ship's purpose, not a voyage ("was used to carry coal to Russia" tells one)
_USED_TO = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:being\s+)?used\s+(?:by\s+[^,.;]{1,60}?\s+)?"
                      r"to\s+$")
_OWNER_OF = re.compile(r"\b(?:owners?|operators?|managers?|charterers?|insurers?)\s+of\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,2}$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
# "Wheat loaded at Sevastopol was shipped to Latakia": where the cargo, the subject of a passive
# voyage, was taken on
# ("Crude from Basra was carried to Aliaga")
_LOADED_AT = rx(r"\b(?:(?:loaded|taken\s+on|picked\s+up|collected|shipped|exported)\s+(?:at|in|from)|"
                r"(?:(?<=rude)|(?<=\b[Oo]il)|(?<=fuel)|(?<=coal)|(?<=grain)|(?<=wheat)|(?<=diesel)|(?<=goods)|"
                r"(?<=cargo)|(?<=cargoes))\s+from)\s+"
                r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:port|"
                r"harbou?r|terminal)\s+(?:of|at|in)\s+)?$", re.I)
_THEN_PASSIVE = rx(r"(?:['’]s\s+[\w'’ -]{0,30}?)?(?:\s+(?:port|harbou?r|terminal))?"
                   r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?)?\s+"
                   r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
                   r"(?:[a-z]+ly\s+|later\s+|then\s+|also\s+)?")


# between a port and a loading told in a clause of its own: " in September, when it "
_WHEN_IT_LOADED = rx(r"(?:\s+(?:in|on|at|during)\s+[\w ,]{1,30}?)?,?\s+(?:when|where)\s+(?:it|she|the\s+"
                     r"(?:ship|vessel|tanker))\s+(?:\w+ly\s+|then\s+|also\s+)?")


def _loaded_before(analysis: Analysis, s: int, places: list[Mention],
                   verb: re.Match[str]) -> tuple[Mention | None, str | None]:
    """The port or state where the cargo that is the subject of a passive voyage was loaded,
    and that cargo where the sentence opens with it ("Wheat loaded at ...")."""
    text = analysis.text
    before = [p for p in places if p.end <= verb.start() and p.form != "anaphor"]
    if not before:
        return None, None
    p = before[-1]
    loaded = _LOADED_AT.search(text, max(s, p.start - 60), p.start)
    if loaded is None or not _THEN_PASSIVE.fullmatch(text, p.end, verb.start()):
        return None, None
    head = _CARGO_SUBJECT.fullmatch(text, s, loaded.start())
    # (not the ship: "The tanker X loaded at Primorsk and was unloading at Port Said")
    cargo = head["cargo"] if head and not analysis.between(s, loaded.start(), "Vessel") else None
    if cargo and cargo[1:].islower():  # "Wheat", opening the sentence: wheat
        cargo = cargo.lower()
    return p, cargo


_CARGO_SUBJECT = rx(r"\s*(?:(?i:the|some|most|all)\s+(?:of\s+the\s+)?)?(?P<cargo>(?:[\w'’-]+\s+){0,3}?"
                    r"[\w'’-]+)\s+(?:that\s+|which\s+)?(?:(?:was|were|had\s+been)\s+)?")


def _cargo_subject(analysis: Analysis, s: int, verb: re.Match[str]) -> str | None:
    """The cargo that is the subject of a passive verb: "About 1,500 tonnes of refined
    petroleum were delivered to Nampo by the tanker X" (not a ship or a port: "The X was
    unloaded at Nampo")."""
    text = analysis.text
    aux = _PASSIVE_BEFORE.search(text, max(s, verb.start() - 20), verb.start())
    # (a participle: not a noun, "the second Russian crude delivery", "a passenger and cargo ferry")
    reduced = _CARGO_PHRASE_BEFORE.search(text, max(s, verb.start() - 80), verb.start()) \
        if aux is None and verb.group().lower().endswith("ed") else None
    if reduced is not None:
        # "4,500 tonnes of coal unloaded at Pohang by the X": the cargo the phrase is on
        told = reduced.group().strip()
        if not text[s:reduced.start()].strip() and told.split()[0][1:].islower():
            told = told[0].lower() + told[1:]  # ("Coal unloaded at Pohang ...", opening it)
        cargo = cargo_phrase(" " + told)
        return None if cargo is None or cargo.lower() in _UNITS else cargo
    if aux is None or verb.group().lower().endswith("ing"):
        # ("The tanker X ... was unloading at Port Said": the ship's deed under way, no passive)
        return None
    begin = max([clause_start(text, s, aux.start())] +
                [c.end() for c in _CLAUSE_COMMA.finditer(text, s, aux.start())])
    begin += len(text[begin:aux.start()]) - len(text[begin:aux.start()].lstrip())
    mentions = analysis.between(begin, aux.start())
    if any(m.type == "Vessel" for m in mentions) or _NO_CARGO_SUBJECT.match(text, begin):
        return None  # "The tanker X was unloaded", ", which had been loaded": a ship
    # ("Wheat from Russia was shipped": what it is, up to where it came from)
    end = next((m.start for m in mentions if m.form != "adjective"), aux.start())
    if end == begin or not text[begin:end].strip():
        return None
    subject = text[begin:end]
    rel = _RELATIVE_END.search(subject)
    if rel is not None:
        # "Investigators traced at least 250 crates of artillery rounds that were shipped ...":
        # the noun the relative clause is of, after the main clause's verb
        subject = subject[:rel.start()]
        verb_end = [v.end() for v in _MAIN_VERB.finditer(subject)]
        if verb_end:
            subject, begin = subject[verb_end[-1]:], begin + verb_end[-1]
    if subject[:1].isupper() and subject.split()[0][1:].islower() and \
            not any(m.start == begin for m in mentions):
        subject = subject[0].lower() + subject[1:]  # "About 1,500 tonnes", "Wheat" opening it
    cargo = cargo_phrase(subject)
    return None if cargo is None or cargo.lower() in _UNITS else cargo


_RELATIVE_END = re.compile(r"\s+(?:that|which)\s*$")
# a cargo, counted or not, right before a participle on it: "4,500 tonnes of coal (unloaded)"
_CARGO_PHRASE_BEFORE = re.compile(r"(?:\b[\d.,]+\s+(?:million\s+)?(?:metric\s+)?(?:tonnes|tons|barrels)"
                                  r"\s+of\s+)?"
                                  # (not the participle before it: "a tanker carrying Iranian oil
                                  # unloaded at Qingdao" unloaded the oil)
                                  r"\b(?:(?![a-z]+ing\b)[a-z][\w-]*\s+){0,2}?" + CARGO_WORDS + r"\s+$", re.I)
_MAIN_VERB = re.compile(r"\b(?:[a-z]+ed|found|saw|seen|sent|sold|bought|made|took|got|put|shows?)\s+", re.I)
_NO_CARGO_SUBJECT = re.compile(r"(?:which|that|who|it|they|she|he|this|these|those|both|each|"
                               r"all\s+of\s+them)\b", re.I)
_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "another", "some", "several",
                          "none", "both", "each", "most", "many", "few", "more", "others"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "latter", "former",
                       "rest", "remainder", "next", "final", "previous"})
_UNITS = frozenset({"tonnes", "tons", "barrels", "bbl", "bl", "bls", "cubic metres", "cubic meters", "units"})


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+|later\s+|then\s+|also\s+)?$")


# a load the ship took on before it "took it to" a port, with no captor told in the sentence
_LOADED_IT_BEFORE = rx(r"\b(?:loaded|took\s+on|lifted|picked\s+up|collected)\s+(?:[\w,.'’-]+\s+){1,6}?"
                       r"(?:at|in|from)\b")
_TAKEN_BY_FORCE_WORD = rx(r"\b(?:seiz\w+|captur\w+|board(?:ed|ing)|detain\w+|intercept\w+|hijack\w+|"
                          r"arrest\w+|impound\w+|commandeer\w+|escort\w+|tow(?:ed|ing))\b")


_IN_STATE = re.compile(r"\s+in\s+(?:the\s+)?|\s*,\s*")


_OWN_PORTS_ONLY = re.compile(r"\s+(?:sea\s+|river\s+)?ports\b")


def _roles(analysis: Analysis, sent: Sentence, places: list[Mention], verb: re.Match[str],
           kind: str, stop: int) -> tuple[Mention | None, Mention | None]:
    text, s = analysis.text, sent.span.start
    origin = dest = None
    between = False
    for p in places:
        if not verb.end() <= p.start < stop or p.end > stop + 40:
            continue
        # (from the verb on: "continued to transport DPRK-origin coal" goes to no place)
        word = _prep_before(text[max(s, p.start - 60, verb.end() if kind == "move" else s):p.start])
        prev = max((q.end for q in places if p.start - 60 <= q.start and q.end <= p.start), default=-1)
        if word is not None and prev >= 0 and _prep_before(text[prev:p.start]) is None and \
                not _PLACE_JOIN.fullmatch(text, prev, p.start):
            word = None  # "voyages to Ningbo carrying DPRK coal": "to" is Ningbo's
        if word is None and kind == "move" and verb.group().lower().startswith("suppl") and \
                re.fullmatch(r"\s+(?:the\s+)?", text[verb.end():p.start]):
            word = "to"  # "supplied Havana with fuel from Jose": the place supplied
        if word is None and p.form == "anaphor" and p.text == "there" and kind in ("discharge", "move"):
            word = "to"  # "unloaded containers there", "carried the wheat there"
        elif word is None and p.form == "anaphor" and p.text == "there" and kind == "load":
            word = "at"  # "took barley there": loaded there
        if p.attrs.get("pair") == 2:
            word = "and"  # "between the two ports": the second of the two
        if word is None or _is_possessor(text, p, places):
            continue
        if p.type == "State" and any(
                q.type == "Port" and q.end <= p.start and _IN_STATE.fullmatch(text, q.end, p.start) and
                getattr(analysis.port(q.key), "country", None) == p.key for q in places):
            continue  # "loaded coal for Krishnapatnam in India": the state the port is in
        if p.type == "State" and _STATES_CRAFT.match(text, p.end):
            continue  # "delivered 8,000 barrels to the DPRK vessel": a ship, at sea
        if _REGISTRY_BEFORE.search(text, max(s, p.start - 80), p.start) or \
                _REGISTRY_AFTER.match(text, p.end):
            continue  # "moved from the Gabonese registry to that of Sierra Leone": a flag
        if kind == "discharge" and CARGO_LOADED_AT.search(text, max(s, p.start - 60), p.start):
            origin = origin or p  # "discharged wheat loaded in Sevastopol at Samsun": whence it came
            continue
        if word == "from" or word == "between" and kind in ("trips", "move") or \
                word in ("at", "in") and kind == "load":
            # ("ferried containers between Rajin and Dunai": from the first to the second, as
            # a ship's trips between two ports are read)
            between = between or word == "between" and origin is None
            origin = origin or p
        elif word in ("to", "into") and kind != "load" or word in ("at", "in") and \
                kind == "discharge" or word == "and" and origin is not None and (
                    kind == "trips" or kind == "move" and between):
            if FORCED_TO.search(text, max(s, p.start - 60), p.start) and not (
                    # ("loaded diesel at Ust-Luga and took it to Lome": "it" is the load)
                    kind == "move" and _LOADED_IT_BEFORE.search(text, s, verb.start()) and
                    not _TAKEN_BY_FORCE_WORD.search(text, s, sent.span.end)):
                continue  # "carrying crude, was taken to Bandar Abbas": no delivery there
            if p.type == "Port" and dest is not None and dest.type == "State":
                entry = analysis.port(p.key)
                if entry is not None and entry.country and entry.country != dest.key:
                    continue  # "delivered crude to China, hiding its visits to Kharg Island"
            dest = _prefer_port(dest, p)
    if between and dest is None and origin is not None and origin.type == "State" and \
            _OWN_PORTS_ONLY.match(text, origin.end):
        return None, None  # "carried goods between Russian ports": both ends within one state
    if dest is None and kind == "discharge" and _NOMINAL.fullmatch(verb.group()):
        # "the port facility at Dunai ... recent deliveries by X": the port the sentence is about
        at = [p for p in places if p.type == "Port" and p.end <= verb.start() and re.search(
            r"\b(?:at|to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", text[max(s, p.start - 30):p.start])]
        dest = at[-1] if len({p.key for p in at}) == 1 else None
    if dest is None and (kind == "discharge" or _LADEN.fullmatch(verb.group())):
        dest = _arrival_port(text, s, places, verb)
        if dest is None and origin is None and _LADEN.fullmatch(verb.group()):
            before = [p for p in places if p.end <= verb.start()]
            if before and before[-1].type == "Port" and before[-1].form != "anaphor" and \
                    _ARRIVED_AT.search(text, max(s, before[-1].start - 60), before[-1].start) and \
                    _SAILED_AGAIN.search(text, before[-1].end, verb.start()) and \
                    _THEN_LADEN.fullmatch(text, before[-1].end, verb.start()):
                origin = before[-1]
    if dest is None and _LADEN.fullmatch(verb.group()):
        # "left Taganrog with steel for Izmir", "sailed from Ust-Luga with a cargo of petrol
        # bound for Port Said": where the cargo was going (a voyage under way, see `_bound`)
        # ("left Chornomorsk with corn and is heading to Tunisia": under way there)
        dest = next((p for p in places if verb.end() <= p.start < stop + 40 and p.form != "anaphor"
                     and not _is_possessor(text, p, places) and (
                         _bound(text, s, p) or _under_way_to(text, verb.end(), p))), None) or next(
            # ("sailed for Alexandria on 8 June with 45,000 tonnes of wheat": told before it)
            (p for p in places if p.end <= verb.start() and p.form != "anaphor" and _bound(text, s, p)
             and _BOUND_THEN_LADEN.fullmatch(text, p.end, verb.start())), None)
        heading = None if dest is not None else next(
            # ("was sailing from Ust-Luga to Jeddah with a cargo of fertiliser": where it was
            # headed, from where it had left)
            ((p, m) for p in places if p.end <= verb.start() and p.form != "anaphor"
             and _BOUND_THEN_LADEN.fullmatch(text, p.end, verb.start())
             and (m := _BOUND_TO.search(text, max(s, p.start - 80), p.start)) is not None), None)
        if heading is not None:
            dest, told = heading
            # (or the state it had left: "sailing from Thailand to Egypt with fertiliser")
            origin = next((q for q in places if told.start() <= q.start < dest.start
                           and q.type in ("Port", "State") and q.form != "anaphor"
                           and _FROM_BEFORE.search(text, max(s, q.start - 20), q.start)), None)
    if origin is None and kind in ("move", "trips") and dest is not None:
        # "From there, the X carries them to Makhachkala", "From Bandar Anzali, the X took them to
        # Makhachkala": whence, the place the sentence opens on
        origin = next((p for p in places if p.end <= verb.start() and p.key != dest.key and
                       _FRONTED_FROM.fullmatch(text, s, p.start) and text.startswith(",", p.end)), None)
    if origin is None and kind == "load":
        # "At Izmail, the X finished loading sunflower oil and sailed for Istanbul": the port
        # the sentence opens on
        origin = next((p for p in places if p.type == "Port" and p.end <= verb.start() and
                       _FRONTED_AT.fullmatch(text, s, p.start) and text.startswith(",", p.end)), None)
    if origin is None and kind == "load" and not _LADEN.fullmatch(verb.group()):
        # "docked at Primorsk on 3 February and loaded crude bound for Vadinar", "called at
        # Ust-Luga to load diesel for Lagos": the port the ship had just reached
        origin = _arrival_port(text, s, places, verb, to_load=True)
    if dest is None and kind == "load" and origin is not None:
        # "lifted a cargo of naphtha in Ust-Luga bound for Singapore": where the cargo loaded
        # was bound (a voyage under way, see `_bound`), from the port it was loaded in
        # ("loaded crude at Jose and sailed for Malaysia": a voyage under way with it)
        dest = next((p for p in places if verb.end() <= p.start < stop + 40 and p.form != "anaphor"
                     and p is not origin and not _is_possessor(text, p, places) and (
                         _bound(text, s, p) or _sailed_on(text, verb.end(), p))), None)
    if origin is None and dest is not None and _LADEN.fullmatch(verb.group()):
        origin = _departure_port(text, s, places, verb)
        bound = BOUND_FOR.search(text, max(s, dest.start - 40), dest.start) \
            if origin is None and dest.end <= verb.start() else None
        if bound is not None:
            # ("sailed from Constanta for Alexandria on 8 June with wheat": left right before)
            origin = next((p for p in places if p.end <= bound.start() and p.type == "Port" and
                           p.form != "anaphor" and _LEFT.search(text, max(s, p.start - 60), p.start)
                           and not text[p.end:bound.start()].strip()), None)
    if dest is None and origin is not None and kind == "trips" and \
            _AFTER_TRIP.search(text, max(s, verb.start() - 30), verb.start()):
        # "docked at Vostochny on Saturday after a voyage from Chongjin": where the voyage ended
        reached = [p for p in places if p.end <= verb.start() and p.type == "Port" and
                   p.form != "anaphor" and _ARRIVED_AT.search(text, max(s, p.start - 60), p.start)]
        dest = reached[-1] if reached else None
    if dest is not None and origin is None and kind == "trips":
        # "made trips to Sikka, each time returning to Primorsk": trips from the port the ship
        # came back to; from the other where the cargo is of its state ("trips to Rajin, each
        # time returning to Dunai with North Korean munitions")
        home = next((p for p in places if p.start > dest.end and p.form != "anaphor" and
                     _TRIP_BACK.fullmatch(text, dest.end, p.start)), None)
        if home is not None:
            state = cargo_origin(analysis, sent, s, sent.span.end)
            port = analysis.port(dest.key) if dest.type == "Port" else None
            far = dest.key if dest.type == "State" else port.country if port else None
            origin, dest = (dest, home) if state is not None and state.key == far else (home, dest)
        elif _EACH_TIME_LOADING.match(text, dest.end, min(sent.span.end, dest.end + 60)):
            # "made three trips to Jose since March, each time loading heavy crude": where it
            # went to load, the cargo's origin
            origin, dest = dest, None
    return origin, dest


# a stop for the ship's own fuel or stores, told before the port or after it
_STORES = r"(?:fresh\s+)?(?:bunkers|bunker\s+fuel|provisions|stores|supplies|water)"
_SUPPLIES_STOP_BEFORE = rx(r"\b(?:bunkered|re-?fuell?ed|(?:took|taking)\s+on\s+" + _STORES +
                           r")\b[^,;.]{0,25}$", re.I)
_SUPPLIES_STOP_AFTER = re.compile(r"[^,;.]{0,40}?\bto\s+(?:take\s+on\s+" + _STORES + r"|re-?fuel|bunker)\b")
# what a ship takes on for itself: fuel for its engines, stores, water
# what was paid or owed for supplies to the ship, told before the verb that brought them
_PAID_SUPPLIES = rx(r"\b(?:for|owed|paid|pay|unpaid|bill|invoices?)\b[^.;]{0,30}?\b(?:fuel|bunkers?|"
                    r"supplies|provisions|stores|spares|spare\s+parts|lubricants)\s+$")
_OWN_SUPPLIES = re.compile(r"\s+(?:(?:more|some)\s+)?(?:" + _STORES + r"|spare\s+parts)\b", re.I)
_TRADE_NOUNS = frozenset({"exports", "imports", "shipments", "deliveries", "trade", "trafficking",
                          "smuggling"})
# a ship tied to a trade, told before the trade's noun
_LINKED_TO = rx(r"\b(?:linked|tied|connected|implicated)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:to|in|with)\s+"
                r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_EACH_TIME_LOADING = re.compile(r"[^,;.]{0,30},?\s+(?:each|every)\s+time\s+(?:loading|taking\s+on|"
                                r"picking\s+up|lifting|collecting)\b")


_DOUBTED = {"remote", "highly unlikely", "unlikely"}
# a call for repairs: no voyage's cargo ends there
# ("was refloated ... and anchored off Skagen for inspection": a stop after an accident)
_REPAIRED = rx(r"\b(?:in\s+(?:a\s+)?dry ?dock|dry-?docked|for\s+(?:repairs?|maintenance|a\s+refit|"
               r"(?:an?\s+)?(?:inspections?|damage\s+assessment|checks))|"
               r"under\s+repair|at\s+(?:a|the)\s+(?:ship)?(?:yard|repair\s+yard))\b", re.I)
# between the port trips went to and the one the ship came back to from it
_TRIP_BACK = re.compile(r"(?:\s+[^,;.()]{0,50}?)?,?\s+(?:(?:and|before)\s+)?(?:(?:each|every)\s+time\s+)?"
                        r"return(?:ing|ed|s)\s+(?:home\s+|back\s+)?to\s+(?:the\s+(?:port\s+of\s+)?)?")
# between where a ship sailed for and the cargo it had aboard: " on 8 June "
_BOUND_THEN_LADEN = re.compile(r"(?:\s+(?:on|in|at|late\s+on|early\s+on)\s+[\w .]{1,20}?)?\s+")


def _in_aside(asides: list[tuple[int, int]], pos: int) -> int:
    """The index of the relative clause set off by commas that holds `pos` (-1: none)."""
    return next((k for k, (a, b) in enumerate(asides) if a <= pos < b), -1)


def _sailed_on(text: str, start: int, p: Mention) -> re.Match[str] | None:
    """The words telling that a ship sailed on for `p` after what it did from `start` ("and
    sailed for", see `_SAILED_ON`), where nothing but a port stands between."""
    went = _SAILED_ON.search(text, max(start, p.start - 60), p.start)
    if went is None or _CLAUSE_END.search(text, start, went.start()):
        return None
    if p.type == "Port" and went["prep"].lower() == "to" and \
            not re.search(r"head|^(?:is|was|has|had)\s", went["verb"].lower()):
        return None  # "and sailed to Novorossiysk": a call there, paired with the loading after
    return went


def _under_way_to(text: str, start: int, p: Mention) -> bool:
    """Whether the ship is told to be on its way to `p` after what it did from `start` ("and is
    heading to Tunisia", "and is now bound for Trieste"; not "and sailed to", a call)."""
    went = _sailed_on(text, start, p)
    return went is not None and re.match(r"(?:is|was|has|had)\s", went["verb"], re.I) is not None


def _heading_to(text: str, s: int, p: Mention) -> bool:
    """Whether a place is told as where a ship was sailing ("was sailing from A to B")."""
    return _BOUND_TO.search(text, max(s, p.start - 80), p.start) is not None


# a place's "from": "from ", "from the port of "
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)


def _bound(text: str, s: int, p: Mention) -> bool:
    """Whether a place is told as where a cargo aboard was bound ("with steel for Izmir",
    "bound for Port Said")."""
    return BOUND_FOR.search(text, max(s, p.start - 40), p.start) is not None


# a way of carrying a cargo that is no named ship's: "by barge", "by rail", "on trucks"
_BY_OTHER_MEANS = rx(r"\b(?:by|on|via)\s+(?:a\s+|small\s+)?(?:barges?|trucks?|lorr(?:y|ies)|rail|road|"
                     r"trains?|pipelines?|river\s+boats?|small\s+boats?|fishing\s+boats?|air|planes?|aircraft)\b"
                     r"(?!\s+(?-i:[A-Z]))", re.I)
_FRONTED_FROM = re.compile(r"\s*From\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?")
_FRONTED_AT = re.compile(r"\s*(?:At|In)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?")
_AFTER_TRIP = rx(r"\bafter\s+(?:a|an|its|her|the)\s+(?:[\w-]+\s+){0,2}?$")
# between a loading and where the ship then went with it: " and sailed for ", ", then headed to ",
# " before sailing for " (done: not "and will sail for", "and is due to leave for")
# (a log's "loaded 28,000 t wheat at Novorossiysk, 30 Sep; sailed for Samsun")
_SAILED_ON = rx(r"(?:,?\s+and|,\s+then|\s+before|;)\s+(?:then\s+|later\s+|\w+ly\s+)?(?P<verb>sailed|left|"
                r"departed|set\s+sail|headed|steamed|sailing|leaving|departing|heading|steaming|"
                # ("completed loading at Ust-Luga on November 9 and is heading to India")
                r"(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|currently\s+)?(?:heading|sailing|steaming|"
                # ("... and is now headed for Trieste", "and is bound for")
                r"headed|bound|en\s+route))\s+"
                # ("and was heading for the Turkish port of Bandirma")
                r"(?:(?:on|in)\s+[\w .]{1,20}?\s+)?(?P<prep>for|to|towards?)\s+"
                r"(?:the\s+(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?)?$", re.I)


# "berthed at Qingdao on Tuesday and unloaded crude", "arrived in Tartus carrying wheat": the
# port the ship had just reached is where the cargo went
_ARRIVED_AT = rx(r"\b(?:arriv(?:ed|es|ing)|berth(?:ed|s|ing)|dock(?:ed|s|ing)|moor(?:ed|s|ing)|"
                 r"reach(?:ed|es|ing)|put\s+in|pulled\s+into|call(?:ed|s|ing)|tied\s+up)\s+"
                 r"(?:at|in|into|to)?\s*(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:port|harbou?r|"
                 r"terminal)\s+(?:of|at|in)\s+)?$", re.I)
_LADEN = rx(r"(?i)carrying|laden with|loaded\s+with|with")
_WITH = re.compile(r"\s+with\b")
# the main clause's verb of arrival, after the phrase that tells what the ship had aboard
_COUNTED_ON = re.compile(r"\b(?:later|after|afterwards)\b", re.I)  # "a week later": from the loading
# an arrival or a discharge, the main verb after an aside on where the ship loaded
_ARRIVAL_WORDS = r"arrived|docked|berthed|reached|entered|called|moored|pulled\s+into"
_UNLOADED_THEN = rx(r"\b(?:" + _ARRIVAL_WORDS + r"|unloaded|discharged|offloaded|"
                    r"delivered\s+(?:it|them|the\s+cargo))\b", re.I)
# (a load "carried" or "brought" from A to B on a day may tell the voyage by that day)
_BROUGHT_THEN = rx(r"\b(?:unloaded|discharged|offloaded|delivered)\b", re.I)
_ARRIVAL_VERB = rx(r"\b(?:" + _ARRIVAL_WORDS + r"|anchored)\b", re.I)
# (a month's abbreviation before its day is no sentence's end: "arrived at Matanzas on Nov. 3 with")
# ("berthed at Dongying Port and began unloading crude")
_THEN_DEED = rx(r"(?:['’]s)?(?:[^.;:()]|\.(?=\s\d)){0,70}?(?:\s+and|,)\s+(?:then\s+|later\s+|\w+ly\s+)?"
                r"(?:(?:began|begun|started|commenced|proceeded)\s+(?:to\s+)?)?")
_THEN_LADEN = rx(r"(?:['’]s)?(?:[^.;:(),]|\.(?=\s\d)){0,50}?(?:,\s*|\s+)")


# ("called at Ust-Luga on Monday to load diesel"): the loading the call was for
_THEN_TO = rx(r"(?:['’]s)?(?:[^.;:()]|\.(?=\s\d)){0,70}?\s+(?:in\s+order\s+)?to\s+")


def _arrival_port(text: str, s: int, places: list[Mention], verb: re.Match[str],
                  to_load: bool = False) -> Mention | None:
    """The port a ship reached in the clause right before a discharge ("and unloaded"), a
    cargo it had aboard ("carrying") or, with `to_load`, a loading ("and loaded", "to load"):
    None where another place stands between."""
    before = [p for p in places if p.end <= verb.start()]
    if not before or before[-1].type != "Port" or before[-1].form == "anaphor":
        return None
    port = first = before[-1]
    for p in reversed(before[:-1]):  # "at Qingdao's Dongjiakou terminal": one port, named twice
        if p.key != port.key or first.start - p.end > 40:
            break
        first = p
    owner = next((p for p in places if p.type == "State" and p.end <= first.start and
                  re.fullmatch(r"['’]s\s+", text[p.end:first.start])), None)
    if owner is not None:
        first = owner  # ("arrived at Venezuela's El Palito refinery ... with gasoline")
    head = port
    if owner is None:
        # ("called at Latakia and Beirut in May, delivering ...": the first port of a list, the
        # others taken with it)
        for p in reversed([p for p in before if p.end <= first.start]):
            if p.type != "Port" or p.form == "anaphor" or not _LIST_JOIN.fullmatch(text, p.end, first.start):
                break
            first = head = p
    if not _ARRIVED_AT.search(text, max(s, first.start - 60), first.start):
        return None
    gap = _THEN_LADEN if _LADEN.fullmatch(verb.group()) else _THEN_DEED
    if not (gap.fullmatch(text, port.end, verb.start()) or
            to_load and _THEN_TO.fullmatch(text, port.end, verb.start())) or \
            _SAILED_AGAIN.search(text, port.end, verb.start()):
        return None
    return head


_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


# "arrived at Ust-Luga on 24 November and sailed two days later (with a cargo of fuel oil)": the
# ship left again, with what it took on there
_SAILED_AGAIN = re.compile(r"\b(?:and|then|before)\s+(?:then\s+|later\s+|\w+ly\s+)?(?:sailed|left|departed|"
                           r"headed|set\s+sail|sailing|leaving|departing)\b")


# "departed Chornomorsk on Aug 10 carrying wheat to Spain": the port the ship had just left
# from a port left to the unloading told after it: " aboard the X in February and was "
_LEFT_THEN = rx(r"(?:[^.;:()]|\.(?=\s\d)){0,90}?\s+and\s+(?:(?:was|were|then|later|eventually|\w+ly)\s+)*")
_LEFT = rx(r"\b(?:depart(?:ed|s|ing)|left|leaves|leaving|sail(?:ed|s|ing)\s+from|"
           r"set\s+sail\s+from|cast\s+off\s+from)\s+(?:from\s+)?(?:the\s+)?"
           r"(?:(?:[\w'’-]+\s+){0,2}(?:port|harbou?r|terminal)\s+(?:of|at|in)\s+)?$", re.I)


def _departure_port(text: str, s: int, places: list[Mention], verb: re.Match[str]) -> Mention | None:
    """The port a ship left in the clause right before the cargo it had aboard ("left Odesa
    on Monday carrying corn"): None where another place stands between."""
    before = [p for p in places if p.end <= verb.start()]
    if not before or before[-1].type != "Port" or before[-1].form == "anaphor":
        return None
    port = before[-1]
    if not _LEFT.search(text, max(s, port.start - 60), port.start):
        return None
    return port if _THEN_LADEN.fullmatch(text, port.end, verb.start()) else None


# what may stand between two places one preposition governs: "to Russia's Novorossiysk", "to
# Hodeidah, Yemen", "to Qingdao's Dongjiakou terminal"
_PLACE_JOIN = re.compile(r"(?:['’]s)?[\s,]*(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:port|harbou?r|terminal|"
                         r"facility|base|berth|anchorage)s?\s+(?:of|at|in)\s+)?", re.I)


# a "to" that names no end of a voyage
_NOT_A_GOAL = re.compile(r"\b(?:according|thanks|due|owing|prior|contrary|compared|similar|close|next|"
                         r"relative|addition|regard|respect|reference|related|linked|tied|"
                         r"belonging)\s+$", re.I)


def _prep_before(window: str) -> str | None:
    """The preposition that governs a place name ("to the Yemeni port of Hodeidah": to)."""
    # ("to the naval facility at Dunai": to)
    # ("to the anchorage off Ningbo": to the waters of the port)
    window = re.sub(r"(?:\b(?!(?:to|from|at|in|into|between|and)\b)[\w'’-]+\s+){0,3}(?:port|"
                    r"harbou?r|terminal|facility|pier|base|berth|quay|jetty|anchorage|dock|roads|roadstead|"
                    # ("to the Turkish refinery at Aliaga": to)
                    r"refiner(?:y|ie)|plant|complex|depot|shipyard)s?\s+"
                    r"(?:of|at|in|(?<=anchorage\s)off|(?<=roads\s)off|(?<=roadstead\s)off)\s+$", "", window,
                    flags=re.I)
    # ("to refiners in Shandong, China": the state a place named first lies in)
    window = re.sub(r"(\b(?:in|at|to|from)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+$", r"\1",
                    window)
    # ("from the Dena off Malaysia's coast": off, which names no end of a voyage)
    # (not past a word of time: "stolen from Ukrainian warehouses after Russia's invasion")
    m = re.search(r"(?is).*\b(from|to|into|at|in|between|and|off|near|outside|via|through|across)\s+"
                  r"(?:the\s+)?(?:(?!(?:after|before|since|during|until|following|amid|despite)\b)"
                  r"[\w'’-]+\s+){0,4}$", window)
    word = m.group(1).lower() if m else None
    if word == "to" and m is not None and _NOT_A_GOAL.search(window, 0, m.start(1)):
        return None  # "according to Ukraine's infrastructure ministry": no place gone to
    return None if word in ("off", "near", "outside", "via", "through", "across") else word


def _is_possessor(text: str, p: Mention, places: list[Mention]) -> bool:
    """"Egypt's Damietta", "Cam Pha port in Quang Ninh": a state naming where a port is."""
    if p.type != "State":
        return False
    return any(q.type == "Port" and 0 <= q.start - p.end <= 4 and
               re.fullmatch(r"(?:['’]s)?[\s,]*", text[p.end:q.start]) for q in places) or bool(
        re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:port|harbou?r|terminal)", text[p.end:p.end + 40]))


def _prefer_port(current: Mention | None, new: Mention) -> Mention:
    if current is None or current.type == "State" and new.type == "Port":
        return new
    return current


_COUNTED = re.compile(r"\s*(?:about|around|some|roughly|nearly|over|more than|at least)?\s*"
                      r"[\d.,]+\s+(?P<unit>containers|crates|boxes|wagons|vehicles|trucks)\b")
# "wheat and reached Damietta": where a cargo phrase gives way to the ship's next deed.
_NEXT_VERB = re.compile(
    r"\s+(?:and|then|before|after)\s+(?:then\s+|later\s+|\w+ly\s+)?(?:arriv|reach|sail|head|"
    r"dock|berth|return|left\b|leav|unload|discharg|deliver|enter|continu|proceed|went\b|made\b|"
    r"turn|switch|call|anchor|moor|depart|steam|stopp|transit|cross)\w*.*$|"
    r"\s+(?:and|then)\s+(?:\w+ly\s+)?\w+(?:ed|ing)$|"
    # ("A bulk carrier ... with a load of fertiliser ran aground": the verb of the ship carrying it)
    r"\s+(?:ran|sank|capsized|caught|broke|exploded|was|were|has|had|have)\b.*$|"
    # "grain taken from occupied territories": a participle that tells where it came from
    r"\s+(?:taken|stolen|seized|looted|bought|purchased|sourced|originating|produced|grown|"
    r"harvested|mined|extracted|exported|smuggled|removed|shipped)\s+(?:from|in|at|out\s+of)\b.*$",
    re.I | re.S)


_ORIGIN_PARTICIPLE = re.compile(r"\s+(?:taken|stolen|seized|looted|bought|purchased|sourced|"
                                r"originating|produced|grown|harvested|mined|extracted|exported|"
                                r"smuggled|removed|shipped)$", re.I)
# what a rule says of a cargo, its words cut off before "to" or "by": "goods subject (to EU
# sanctions)", "items covered (by the ban)"
_UNDER_RULE = re.compile(r"\s+(?:subject|liable|covered|banned|restricted|prohibited|controlled|listed|"
                         r"targeted|sanctioned)$", re.I)
# (and "the following week", "the next few days": a span of time after a deed)
_TIME_WORD = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + WHEN_WORD + r"|(?i:(?:following|next|previous|"
                        r"coming|same|whole|entire|past|first|last)\s+(?:(?:few|two|three|several)\s+)?"
                        r"(?:days?|weeks?|months?|hours?|nights?|fortnight)\b)")
_UNSAID = frozenset({"cargo", "cargoes", "load", "loads", "shipment", "shipments", "consignment",
                     "consignments", "freight", "goods",
                     # ("a similar tonnage", "the same amount"): how much, not what
                     "tonnage", "tonnages", "amount", "amounts", "quantity", "quantities",
                     "volume", "volumes", "parcel", "parcels", "batch", "batches",
                     # ("delivered its share to Qingdao"): a part of a cargo told before
                     "share", "shares", "portion", "portions", "part", "half", "remainder", "rest"})
_PART_OF_CARGO = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?:part|rest|remainder|half|bulk|balance|share|"
                            r"portion|most|some|all|much)\s+of\s+(?:(?:the|its|her|their|that|this)\s+)?"
                            r"(?=[a-z\d])")
# "coal directly to Ningbo", "the oil onward": a word that tells how or where it went, after
# the cargo (not a noun that ends the same way: "military supply")
_AFTER_CARGO = re.compile(r"\s+(?:(?!(?:supp|assemb|fami|ita|anoma|monopo|ra|a|re)ly\b)[a-z]+ly|"
                          r"again|back|abroad|overseas|onwards?|together|too|as\s+well|"
                          # ("is unloading diesel now": when, not what)
                          r"now|today|tonight|yesterday|currently|still|here|"
                          # ("loaded diesel twice at Ust-Luga": how often, not what)
                          r"once|twice|thrice|(?:two|three|four|five|several|many)\s+times|"
                          # ("4,000 tonnes of fuel oil each": how much each ship had, not what)
                          r"each|apiece|"
                          # ("Iranian oil a day", "wheat per month": a rate, not what was moved)
                          r"(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter)|"
                          # ("refined petroleum well above the UN cap": how much, against a limit)
                          r"(?:(?:well|far|just|slightly)\s+)?(?:above|below|beyond|over|under|in\s+excess\s+of)"
                          r"\s+(?:the|a|its|an)\s+[^,;]*?(?:cap|limit|ceiling|quota|threshold))$")


# "took delivery of a cargo of crude": the cargo after the taking
_DELIVERY_OF = re.compile(r"^\s*(?:delivery|receipt)\s+of\s+")
_OPENING_COUNT = re.compile(r"^(\s*)(A|An|Some|About|Around|Nearly|Almost|Over|Roughly|Approximately|"
                            r"Hundreds|Thousands|Dozens|Millions)(?=\s)")
# "at least four cargoes", "two shipments", "similar loads": how many or how alike, not what
_COUNTED_UNSAID = re.compile(r"(?:(?:at least|at most|some|about|around|more than|fewer than|over|"
                             r"several|many|a few|a number of|dozens of|numerous|multiple|similar|"
                             r"such|further|other|additional|more|new|regular|another|"
                             # "a second load", "its latest cargo": which, not what
                             r"first|second|third|fourth|fifth|final|last|latest|fresh|next|"
                             r"previous|earlier|later|same|"
                             # ("delivered both cargoes to Yantai", "all the shipments")
                             r"both|all|all\s+the|each|"
                             r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                             r"\s+)+(?:" + "|".join(sorted(_UNSAID)) + r")", re.I)


# ("stopped at Ceuta to take on bunkers"): what the ship took for itself, no cargo
_OWN_STORES = frozenset({"bunkers", "bunker fuel", "provisions", "stores", "fresh water", "water"})
_AND_COUNTED = re.compile(r"\s+(?P<join>and|or)\s+[\d.,]+$")


def cargo_phrase(after_verb: str) -> str | None:
    # ("A consignment of 300 tonnes of copper was shipped", "Some 6,700 containers of munitions":
    # the words of a count or article that open a sentence, read as inside one)
    after_verb = _OPENING_COUNT.sub(lambda m: m[1] + m[2].lower(), after_verb, count=1)
    # "what appeared to be military vehicles": the load it was taken for
    after_verb = _READ_AS.sub("", after_verb, count=1)
    # "part of the diesel", "the rest of its oil": the cargo is the diesel, the oil
    after_verb = _PART_OF_CARGO.sub(" ", _DELIVERY_OF.sub(" ", after_verb, count=1), count=1)
    m = _CARGO.match(after_verb)
    # "grain and arrived (in ...)": the phrase stops where the next verb begins
    cargo = _NEXT_VERB.sub("", re.sub(r"^of\s+", "", m["cargo"].strip(" ,"))) if m else ""
    cargo = re.sub(r"\s+(?:and|or|but)$", "", cargo)  # "wheat and" before a verb cut off
    counted = _AND_COUNTED.search(cargo)
    if counted is not None and m is not None:
        # "5,000 tonnes of barley and 5,000 tonnes of flour": each counted cargo
        at = after_verb.find(cargo, m.start("cargo")) + counted.start()
        second = cargo_phrase(after_verb[at:].split(counted["join"], 1)[-1])
        cargo = cargo[:counted.start()] + (f" {counted['join']} {second}" if second else "")
    cargo = _ORIGIN_PARTICIPLE.sub("", cargo)  # "grain taken (from occupied territories)"
    cargo = _UNDER_RULE.sub("", cargo)  # "goods subject (to EU sanctions)"
    cargo = _AFTER_CARGO.sub("", cargo)
    # ("sent fuel cargoes to Havana": the fuel; the word for the loads names nothing more)
    bare = _LOADS_WORD.sub("", cargo)
    if bare != cargo and _ENDS_IN_GOODS.search(bare):
        cargo = bare
    # ("discharged that crude oil at Qingdao": the crude oil told of before)
    # (or opening the sentence: "That cargo was discharged at Houston")
    cargo = re.sub(r"^(?:[Tt]hat|[Tt]hose|[Tt]hese|[Tt]he\s+same)\s+(?=[a-z])", "", cargo)
    # ("whether it discharged any cargo there": no cargo named)
    cargo = re.sub(r"^(?:[Aa]ny|[Ss]ome)\s+(?=[a-z])", "", cargo)
    if not cargo or cargo.split()[0].lower() in ("the", "from", "to", "it", "them", "its", "her",
                                                  "their", "out", "up", "on", "by", "what",
                                                  "between", "linked", "were", "was", "at", "in",
                                                  # ("The cargo ... has been offloaded")
                                                  "has", "have", "had", "been", "being", "is", "are",
                                                  "into", "onto", "off", "near", "via", "there",
                                                  "through", "across", "past", "around",
                                                  "alongside", "with", "and", "or", "but",
                                                  # ("unloaded under guard")
                                                  "under", "without", "within", "inside", "upon",
                                                  "amid", "despite", "beside", "overnight",
                                                  # ("is unloading now": when, not what)
                                                  "now", "today", "tonight", "here", "currently",
                                                  "still", "yesterday",
                                                  "quickly", "secretly", "immediately",
                                                  "as", "for", "when", "while", "after",
                                                  "before", "once", "because", "if",
                                                  # ("unloading observed", "loading underway")
                                                  "observed", "seen", "spotted", "noted",
                                                  "reported", "confirmed", "visible", "underway",
                                                  # ("unloaded anything at Dunai")
                                                  "anything", "something", "nothing",
                                                  "everything",
                                                  # ("exported 1.5 million barrels a day, mostly
                                                  # to China")
                                                  "mostly", "mainly", "largely", "primarily",
                                                  "chiefly", "partly", "almost", "nearly",
                                                  # ("2 million barrels a month since 2019")
                                                  "since", "during", "until", "throughout",
                                                  "over", "per", "each", "every", "last",
                                                  "this", "next", "earlier", "later",
                                                  # ("sailed back to Vostochny")
                                                  "back", "away", "home", "onward", "onwards",
                                                  # ("the voyage took it from Primorsk")
                                                  "took", "takes", "brought", "ended", "began",
                                                  "again", "empty", "directly", "straight",
                                                  # ("loaded twice at Kozmino")
                                                  "twice", "once", "thrice"):
        # "carried 300 containers from ...": the unit counted is the cargo
        unit = _COUNTED.match(after_verb)
        return unit["unit"] if unit else None
    # ("loaded unknown cargo at night", "an unidentified cargo"): what it was, the text does not say
    cargo = re.sub(r"^(?:unknown|unidentified|unspecified|undisclosed|unnamed|mysterious)\s+(?=(?:cargo|"
                   r"cargoes|load|loads|shipment|shipments|goods|freight|consignments?)$)", "", cargo)
    if cargo.lower() in _UNSAID or cargo.lower() in _OWN_STORES or _COUNTED_UNSAID.fullmatch(cargo) or \
            cargo.lower() in _UNITS or \
            cargo.lower() in _COUNT_WORDS or cargo.lower() in _ORDINALS:
        # ("took one at Paradip"): how many, not what; ("unloading the second"): which one
        return None  # "discharged its cargo", "700,000 barrels": what it was, the text does not say
    if _TIME_WORD.match(cargo):
        return None  # "photos taken on August 12 show": a time, not what was taken on
    if _CRAFT_ALONE.fullmatch(cargo):
        return None  # "with a loaded barge alongside": a craft beside it, not a load
    if _SIZE_LOADS.fullmatch(cargo):
        return None  # "received two Aframax cargoes": loads of a ship's size, of what it is not told
    if _SPAN_UNIT.fullmatch(cargo):
        # "unloaded over three nights": how long ("300 containers over two days": the unit counted)
        unit = _COUNTED.match(after_verb)
        return unit["unit"] if unit else None
    return cargo


# a craft, however told, is no load: "loaded barge", "two tugs"
_CRAFT_ALONE = re.compile(r"(?:[\w-]+\s+){0,2}(?:barges?|tugs?|tugboats?|boats?|lighters?|launch(?:es)?|"
                          r"skiffs?|dinghies|dinghy)", re.I)
_SIZE_LOADS = re.compile(r"(?:(?:after|neo)?(?:aframax|suezmax|panamax|vlcc|ulcc|handysize|handymax|supramax|"
                         r"ultramax|kamsarmax|capesize|lr1|lr2|mr)|tanker|ship|vessel)\s+(?:cargo(?:es)?|loads?|"
                         r"shipments?|parcels?)", re.I)
_LOADS_WORD = re.compile(r"(?<=\w)\s+(?:cargo(?:es)?|shipments?|loads?|consignments?|parcels?)$")
_ENDS_IN_GOODS = re.compile(r"\b" + CARGO_WORDS + r"$", re.I)
_SPAN_UNIT = re.compile(r"(?i:nights?|days?|weeks?|months?|hours?|years?|times|occasions|shifts)")


# a state's name before the craft it is of: "the DPRK vessel", "a Panama-flagged tanker"
_STATES_CRAFT = re.compile(r"(?:[- ](?:flagged|registered|owned|operated))?\s+(?:[\w-]+\s+)?(?:ships?|"
                           r"vessels?|tankers?|freighters?|carriers?|bulkers?|boats?|trawlers?|barges?)\b",
                           re.I)
# (not "the Iranian cargo ship", "a Russian oil tanker": the craft is the state's, not a cargo)
_NO_CRAFT = r"(?!\s+(?:ships?|vessels?|carriers?|tankers?|freighters?|planes?|aircraft|flights?|trains?)\b)"


def cargo_origin(analysis: Analysis, sent: Sentence, start: int, end: int) -> Mention | None:
    """"North Korean munitions", "Iranian-origin petroleum": the state a cargo comes from."""
    text = analysis.text
    for m in analysis.in_sentence(sent, "State"):
        if start <= m.start < end and m.form == "adjective" and re.match(
                r"(?:[- ]origin)?\s+(?:[a-zA-Z][\w-]*\s+){0,2}?" + CARGO_WORDS + r"\b" + _NO_CRAFT,
                text[m.end:m.end + 60]):
            return m
        # "most of Iran's oil exports", "DPRK-origin coal"
        if start <= m.start < end and m.form == "name" and re.match(
                r"(?:['’]s|[- ]origin)\s+(?:[a-z][\w-]*\s+){0,2}?" + CARGO_WORDS + r"\b",
                text[m.end:m.end + 60]):
            return m
    return None


def origin_statements(analysis: Analysis, sent: Sentence) -> None:
    """"the paperwork showed the wheat came from Feodosia", "coal highly likely of DPRK
    origin": the origin of the latest transfer in the paragraph that has none."""
    text, s = analysis.text, sent.span.start
    mentions = analysis.in_sentence(sent)
    for p in mentions:
        if p.type not in ("Port", "State") or _is_possessor(text, p, mentions):
            continue  # ("loaded at Singapore's Jurong Island": the port, not the state it is in)
        before = text[max(s, p.start - 80):p.start]
        after = text[p.end:p.end + 12]
        stated = _ORIGIN_STATEMENT.search(before) or re.search(r"\bof\s+$", before) and \
            re.match(r"[- ]origin\b", after) or p.form == "adjective" and re.match(r"-origin\b", after)
        if not stated:
            continue
        clause = text[clause_start(text, s, p.start):p.end]
        if _NOT_TRUE.search(clause) or blocked(text, s, p.start, p.end):
            continue
        # (or the paragraph before, told from the next one's first sentence: "... discharged at
        # Chattogram in mid-February. || The cargo originated at Ust-Luga")
        index = analysis.index_of(sent)
        opens = index > 0 and analysis.sentences[index - 1].paragraph < sent.paragraph
        paragraph = {x.span.start for x in analysis.sentences if x.paragraph == sent.paragraph or
                     opens and x.paragraph == sent.paragraph - 1}
        open_ = [ev for ev in analysis.events if ev["type"] == "Transfer" and ev.get("vessel")
                 and ev.get("origin") is None and ev["evidence"][0][0] in paragraph
                 and ev["evidence"][0][0] <= s]
        if not open_:
            continue
        # ("Both cargoes came from Tuapse": each open one, of different ships, told just before)
        both = _BOTH_CARGOES.match(text, clause_start(text, s, p.start), p.start)
        chosen = open_[-1:]
        if both is not None:
            ships = list(dict.fromkeys(ev["vessel"] for ev in reversed(open_)))
            if len(ships) >= 2:
                chosen = [next(ev for ev in reversed(open_) if ev["vessel"] == k) for k in ships]
        for event in chosen:
            _end_told(analysis, sent, event, "origin", p)


def _end_told(analysis: Analysis, sent: Sentence, event: dict[str, Any], role: str, place: Mention) -> None:
    """An end of a voyage told before ("origin" or "destination"), told by `sent`: the place, the
    sentence as evidence, and the sentence's hedge."""
    event[role], event[role + "_type"] = place.key, place.type
    cite(event, sent)
    level = confidence_of(analysis.sentence_text(sent))
    if level != "reported":
        event["confidence"] = level


def destination_statements(analysis: Analysis, sent: Sentence) -> None:
    """"According to prosecutors, the grain was delivered to a buyer in Lebanon": where the cargo
    of the latest voyage in the paragraph (or the one before) with no end went, a state."""
    text, s = analysis.text, sent.span.start
    for p in analysis.in_sentence(sent, "State"):
        if p.form == "adjective" or not _CARGO_WENT_TO.search(text, max(s, p.start - 80), p.start):
            continue
        if blocked(text, s, s, p.end) or _NOT_TRUE.search(text, s, p.end):
            continue
        index = analysis.index_of(sent)
        # (news copy sets each sentence apart: a few paragraphs back)
        paragraph = {x.span.start for x in analysis.sentences
                     if sent.paragraph - 3 <= x.paragraph <= sent.paragraph}
        open_ = [ev for ev in analysis.events if ev["type"] == "Transfer" and ev.get("vessel") and
                 ev.get("origin") is not None and ev.get("destination") is None and
                 ev["evidence"][0][0] in paragraph and ev["evidence"][0][0] < s and
                 ev.get("origin_type") == "Port" and index > 0]
        if len({ev["vessel"] for ev in open_}) != 1:
            continue  # (one ship's voyage told before, with no end: whose else)
        _end_told(analysis, sent, open_[-1], "destination", p)


# "the grain was delivered to a buyer in ", "the oil was sold to ": what became of a cargo, and
# the state it went to
_CARGO_WENT_TO = rx(r"\b(?:the|its|her|their|that)\s+(?:[\w-]+\s+)?" + CARGO_WORDS +
                    r"\s+(?:was|were|had\s+been)\s+(?:later\s+|then\s+|eventually\s+|reportedly\s+)?"
                    r"(?:delivered|sold|shipped|taken|sent)\s+to\s+"
                    r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:buyers?|customers?|traders?|refiner(?:y|ies|s)?|"
                    r"importers?|compan(?:y|ies)|firms?)\s+in\s+)?(?:the\s+)?$", re.I)


# the cargoes of several ships told together: "Both cargoes", "All three shipments"
_BOTH_CARGOES = rx(r"\s*(?:[Bb]oth|[Aa]ll(?:\s+(?:two|three|four|five))?|[Tt]he\s+(?:two|three|four))\s+"
                   r"(?:of\s+the\s+)?(?:cargoes|shipments|consignments|loads|deliveries)\b")


def discharge_transfers(analysis: Analysis) -> None:
    """A vessel that discharged at a port delivered cargo there, from wherever it loaded."""
    for call in [ev for ev in analysis.events if ev["type"] == "PortCall"]:
        if call.get("activity") in (None, "berthed"):
            # "The X, one of five Iranian tankers carrying gasoline to Venezuela, docked at El
            # Palito on Monday": the voyage the sentence tells to the state ends at the port it
            # docked at there
            port = analysis.port(call["port"])
            for ev in analysis.events:
                if ev["type"] == "Transfer" and ev.get("vessel") == call["vessel"] and \
                        ev.get("destination_type") == "State" and port is not None and \
                        ev.get("destination") == port.country and ev["evidence"][0] == call["evidence"][0]:
                    ev["destination"], ev["destination_type"] = call["port"], "Port"
        if call.get("activity") != "discharging":
            continue
        port = analysis.port(call["port"])
        country = port.country if port else None
        # (not another voyage's: "sailed from Anzali to Makhachkala in mid-2023 ... In January
        # 2024 it was observed again at Makhachkala, unloading crates")
        told = [ev for ev in analysis.events if ev["type"] == "Transfer" and
                ev.get("vessel") == call["vessel"] and ev.get("destination") in (call["port"], country)
                and overlaps(widen(ev.get("date"), VOYAGE_DAYS), call.get("date"))]
        for ev in told:
            if ev.get("destination") == country and country is not None and \
                    overlaps(ev.get("date"), call.get("date")) and not any(
                        t is not ev and t["type"] == "Transfer" and t.get("vessel") == call["vessel"]
                        and t.get("destination") == call["port"] for t in analysis.events):
                # "discharged gasoline at El Palito ..., one of five tankers that brought fuel to
                # Venezuela": the voyage ended at the port (ports over states)
                ev["destination"], ev["destination_type"] = call["port"], "Port"
                where = analysis.sentence_at(call["evidence"][0][0])
                if where is not None:
                    cite(ev, where)
        for ev in told:
            if ev.get("cargo") is None and ev.get("destination") == call["port"]:
                # "left Rajin on Feb. 23. Two days later it was seen at Vostochny unloading
                # containers": what it unloaded there is what the voyage carried
                # (the verb's own object only: a passive's subject may be told of another)
                ev["cargo"] = _carried(analysis, _ship_part(analysis, call), _DISCHARGED, passives=False)
        if told:
            continue
        # "unloaded 4,500 tonnes of wheat from Rostov-on-Don": the voyage from there, told in the
        # same sentence with no end, ends here
        open_leg = next((ev for ev in analysis.events if ev["type"] == "Transfer" and
                         ev.get("vessel") == call["vessel"] and ev.get("destination") is None and
                         ev.get("origin") not in (None, call["port"], country) and
                         ev["evidence"][0] == call["evidence"][0]), None)
        if open_leg is not None:
            open_leg["destination"], open_leg["destination_type"] = call["port"], "Port"
            continue
        cargo = _carried(analysis, _ship_part(analysis, call), _DISCHARGED) or _carried_by(analysis, call)
        if cargo is None and not call.get("forced"):
            # ("At least five tankers discharged fuel at Ras Isa. The X arrived on September 4
            # with about 45,000 tonnes of gasoline": what it came with)
            cargo = _carried(analysis, _ship_part(analysis, call), passives=False)
        # ("imported Russian crude aboard the Ligera at Sikka": the state the cargo is of)
        sent = analysis.sentence_at(call["evidence"][0][0])
        of = cargo_origin(analysis, sent, sent.span.start, call["position"]) \
            if cargo and sent is not None else None
        if of is not None and of.key not in (call["port"], country) and not any(
                ev["type"] == "Transfer" and ev.get("vessel") == call["vessel"] and
                ev.get("origin") == of.key for ev in analysis.events):
            origin: tuple[str | None, str | None] = (of.key, "State")
        else:
            origin = (None, None)
        loaded = _loaded_where_told(analysis, sent, call) if sent is not None and origin[0] is None else None
        if loaded is not None and loaded.key not in (call["port"], country):
            origin = (loaded.key, loaded.type)
        analysis.events.append({
            "type": "Transfer", "vessel": call["vessel"], "origin": origin[0],
            "destination": call["port"], "origin_type": origin[1],
            # "sailed to Latakia, where it unloaded 27,000 tonnes of wheat"; "received a cargo of
            # Urals crude from the Linda ... before sailing to Vadinar, where it discharged"
            "cargo": cargo,
            "destination_type": "Port", "date": call.get("date"),
            "confidence": call.get("confidence"), "evidence": list(call["evidence"]),
            "position": call["position"]})


# "..., among them the X and the Y, both of which loaded in Iraq": where the ships named
# before had loaded
_WHICH_LOADED_IN = rx(r"(?:\s*\([^()]{1,40}\))?"
                      r"(?:(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,3})*"
                      r",\s+(?:(?:both|all|each)\s+of\s+)?which\s+(?:had\s+)?(?:loaded|took\s+on\s+(?:its|their)\s+"
                      r"(?:cargo|cargoes|load|loads))\s+(?:in|at)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port\s+of\s+)?)?$")


def _loaded_where_told(analysis: Analysis, sent: Sentence, call: dict[str, Any]) -> Mention | None:
    """The state or port a relative clause after the ship's name (or the list it ends) says it
    loaded in: "the X and the Y, both of which loaded in Iraq"."""
    text = analysis.text
    for v in analysis.in_sentence(sent, "Vessel"):
        if v.key != call["vessel"] or v.form != "name":
            continue
        for place in analysis.between(v.end, min(sent.span.end, v.end + 160)):
            if place.type in ("State", "Port") and place.form != "adjective" and \
                    _WHICH_LOADED_IN.fullmatch(text, v.end, place.start):
                return place
    return None


def _part_of(analysis: Analysis, span: tuple[int, int], vessel: str, named: int, pos: int
             ) -> tuple[int, int]:
    """The part of a sentence's span that is one ship's, named at `named` and doing its deed at
    `pos`: from the last other ship named before it to the first named after its deed ("the X
    discharged a similar amount at Tartous; and on July 9, the Y unloaded corn at Latakia")."""
    others = [v for v in analysis.between(span[0], span[1], "Vessel") if v.key != vessel]
    lo = max([span[0]] + [v.end for v in others if v.end <= named])
    if lo > span[0]:
        # ("the Y followed with 1 million barrels of crude, and the X unloaded at Sikka": the
        # other's clause ends where the next is joined on)
        lo = max([lo] + [m.end() for m in _JOINED_CLAUSE.finditer(analysis.text, lo, named)])
    return lo, min([span[1]] + [v.start for v in others if v.start >= pos])


_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s")


def _ship_part(analysis: Analysis, call: dict[str, Any]) -> tuple[int, int]:
    """`_part_of` the sentence a call is told in, for the call's ship."""
    span = call["evidence"][0]
    own = [v for v in analysis.between(span[0], call["position"], "Vessel") if v.key == call["vessel"]]
    return _part_of(analysis, span, call["vessel"], own[-1].start if own else span[0], call["position"])


def _carried_by(analysis: Analysis, call: dict[str, Any]) -> str | None:
    """The cargo the sentence says the ship of the call had aboard, told after the ship and
    before the port (not another ship's: "..., while the Y carried wheat")."""
    start, _ = call["evidence"][0]
    own = [v for v in analysis.between(start, call["position"], "Vessel") if v.key == call["vessel"]]
    if not own or any(v.key != call["vessel"] for v in analysis.between(start, own[0].start, "Vessel")):
        return None
    return _carried(analysis, (own[0].end, call["position"]))


# a port's name and what lists the next after it: "Shenzhen and ", "Tripoli, Libya, and at "
_LISTED_PORT = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}"
                          r"(?:,\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)?(?:,|,?\s+(?:and|or))\s+(?:(?:at|in)\s+)?(?:the\s+)?")
_CONTINUED = rx(r"\b(?:continu|resum)(?:ed|es|ing)\s+(?:its|her|the)\s+(?:\w+\s+)?"
                r"(?:voyage|journey|passage)\b")
# "It also visited Sikka": one more call of a list, not the next port of a voyage
_ALSO_CALLED = rx(r"\balso\s+(?:[a-z]+ly\s+)?(?:called|visited|stopped|docked|berthed|anchored|"
                  r"made|paid|went|sailed|loaded|unloaded|discharged|delivered|served|frequented|"
                  r"appeared|been)\b")
# "called at Vadinar three times in 2024": visits told together, with no one order
# (not "has changed names four times": what changed hands, not visits)
_HABITUAL = rx(r"\b(?<!names\s)(?<!flags\s)(?<!hands\s)(?<!owners\s)(?<!managers\s)(?<!registries\s)"
               r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
               r"numerous|\d+)\s+times|repeatedly|regularly|frequently|routinely|"
               # ("has made at least four voyages from Berdyansk since 2022": trips counted)
               r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|"
               r"numerous|dozens\s+of|\d+)\s+(?:(?:more|further|other|such|separate|similar|round|"
               r"return)\s+)?(?:voyages|trips|runs|deliveries|shipments)|"
               # ("The ferry X, which normally plies between Port Kavkaz and Kerch, ...")
               r"normally|usually|typically|habitually)\b")


def _told_cargo(analysis: Analysis, call: dict[str, Any]) -> str | None:
    """What a call's other tellings say was loaded ("A bulk carrier that loaded grain in
    Berdyansk has docked at Samsun ... || Images show it at Berdyansk on June 18": the grain)."""
    return next((c for span in call["evidence"][1:] if (c := _carried(analysis, span)) is not None), None)


def _own_part(analysis: Analysis, call: dict[str, Any]) -> tuple[int, int]:
    """The part of a call's sentence from the semicolon before it: "The former loaded diesel at
    Primorsk; the latter took on fuel oil at Ust-Luga" (the latter's load is fuel oil)."""
    start, end = call["evidence"][0]
    begin = max(start, analysis.text.rfind(";", start, call["position"]) + 1)
    # ("loaded corn at Pivdennyi, while the Wren Bug took wheat at Odesa": the clause of
    # another ship, its own subject)
    for m in _OTHER_SHIPS_CLAUSE.finditer(analysis.text, begin, call["position"]):
        if any(v.key == call["vessel"] for v in analysis.between(m.end(), call["position"], "Vessel")):
            begin = m.end()
    return begin, end


_OTHER_SHIPS_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and)\s+(?=the\s+[A-Z]|[A-Z])")


def _paragraphs_told(analysis: Analysis) -> set[tuple[str, int]]:
    """(vessel, paragraph) for each paragraph that mentions the vessel."""
    paragraph_at = {x.span.start: x.paragraph for x in analysis.sentences}
    starts = sorted(paragraph_at)
    told: set[tuple[str, int]] = set()
    for m in analysis.mentions:
        if m.type == "Vessel":
            i = bisect_right(starts, m.start) - 1
            if i >= 0:
                told.add((m.key, paragraph_at[starts[i]]))
    return told


# words for whatever a ship carries: "discharged the fuel", told back with "the", is the load
# told before ("loaded diesel at Taman ... discharged the fuel at Samsun")
_ANY_LOAD = frozenset({"cargo", "load", "fuel", "oil", "shipment", "consignment", "goods", "product",
                       "products", "freight"})


def _load_told_back(analysis: Analysis, call: dict[str, Any], left: str) -> bool:
    """Whether what a call unloaded is told by a word for any load, with a word that points
    back to one told before ("the fuel", "its cargo")."""
    a, b = call["evidence"][0]
    pointed = r"\b(?:the|its|her|their|this|that)\s+" + re.escape(left) + r"\b"
    return left.lower() in _ANY_LOAD and re.search(pointed, analysis.text[a:b], re.I) is not None


def _through_stops(analysis: Analysis, calls: list[dict[str, Any]], following: dict[int, int]) -> None:
    """"loaded grain at Sevastopol ... sailed to Novorossiysk, where it stayed four days ...
    discharged the grain at Karasu": a stop where nothing is loaded or unloaded between the
    loading and the discharge is on the way, and the voyage runs from the one to the other
    (not where the discharge is of another cargo than the loading: "loaded LPG at Cordova
    before sailing to Harnosand. ... discharged containers at Alghero")."""
    for i in sorted(following):
        j = following.get(i)
        k = following.get(j) if j is not None else None
        if j is None or k is None:
            continue
        load, stop, discharge = calls[i], calls[j], calls[k]
        # (a call told as a stop on the way, "stopped at Busan before continuing to Vladivostok",
        # is passed through whatever the ends did)
        # (a departure told with its load is a loading: "left Berdiansk with 28,000 tonnes of wheat")
        laden = load.get("activity") == "loading" or load.get("activity") == "departure" and \
            _carried(analysis, load["evidence"][0]) is not None
        if (not laden or stop.get("activity") not in (None, "berthed") or
                discharge.get("activity") != "discharging") and not (
                stop.get("stop") and load.get("activity") != "discharging"):
            continue
        if len({load["port"], stop["port"], discharge["port"]}) < 3 or any(
                c.get(flag) for c in (load, stop, discharge)
                for flag in ("told_after", "arrived_from", "forced")):
            continue
        if not (ends_before(load.get("date"), stop.get("date")) and
                ends_before(stop.get("date"), discharge.get("date"))) and not (
                # (a stop told as one, dated with the load's month: "loaded at Tartus in September.
                # It then sailed to Lebanon, where it stopped at Tripoli, before heading to ...")
                stop.get("stop") and load.get("date") and stop.get("date") and discharge.get("date") and
                not ends_before(stop["date"], load["date"]) and
                not ends_before(discharge["date"], stop["date"]) and
                ends_before(load["date"], discharge["date"])):
            continue
        taken = _carried(analysis, load["evidence"][0])
        left = _carried(analysis, discharge["evidence"][0], _DISCHARGED)
        # (by the words of the loads where no known kind of cargo names them: "phosphate rock",
        # "the phosphate")
        if taken and left and not (set(_CARGO_WORD.findall(taken.lower())) &
                                   set(_CARGO_WORD.findall(left.lower())) or
                                   not _CARGO_WORD.search(taken.lower()) and
                                   set(re.findall(r"[a-z]{4,}", taken.lower())) &
                                   set(re.findall(r"[a-z]{4,}", left.lower()))) and \
                not _load_told_back(analysis, discharge, left):
            continue
        following[i] = k
        del following[j]


_CARGO_WORD = re.compile(r"\b" + CARGO_WORDS.lower() + r"\b")
# A voyage's end told as where the ship was going: "sailing from A to B", "bound for B"
_BOUND_TO = rx(r"\b(?:sailing|travell?ing|steaming|transiting|bound|headed|heading|en\s+route|destined)\s+"
               r"(?:from\s+[^,;.]{1,60}?\s+)?(?:to|for|towards?)\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)


# a second call told as come to after the first: "..., later sailed to", "and then went on to"
_THEN_WENT = rx(r"\b(?:later|then|subsequently|afterwards|next)\s+(?:sailed|went|headed|moved|proceeded|"
                r"continued|steamed|travell?ed)\s+(?:on\s+)?(?:to|for)\b", re.I)
# a warship's kind: its voyages carry no load unless one is told
_WARSHIP = re.compile(r"(?i)frigate|corvette|destroyer|cruiser|submarine|warship|patrol|minesweeper|"
                      r"icebreaker")
# a voyage given up on the way: "turned back towards the Gulf of Finland"
_TURNED_ROUND = rx(r"\bturn(?:ed|ing)\s+(?:back|around)\b", re.I)
# "waited off Salif for two weeks before turning back", "... without entering the port"
_TURNED_BACK = rx(r"\b(?:before|then|and|later)\s+(?:\w+ly\s+)?turn(?:ed|ing)\s+(?:back|around|away)\b|"
                  r"\bwithout\s+(?:ever\s+)?(?:entering|docking|berthing|unloading|discharging|"
                  r"calling)\b", re.I)
# "It did not enter the port.": the sentence after says the ship never got in
_NOT_ENTERED = rx(r"\s*(?:It|She|The\s+(?:\w+\s+)?(?:ship|vessel|tanker|freighter|carrier))\s+"
                  r"(?:did\s+not|didn['’]t|never|was\s+not\s+allowed\s+to|could\s+not)\s+"
                  r"(?:enter|dock|berth|unload|discharge|reach)\b", re.I)


def _turned_back(analysis: Analysis, call: dict[str, Any]) -> bool:
    """Whether a ship seen at or off a port turned back from it, or the next sentence says it
    never got in: no cargo was delivered there."""
    text = analysis.text
    s, e = call["evidence"][0]
    if _TURNED_BACK.search(text, call["position"], clause_end(text, call["position"] + 1, e)):
        return True
    sent = analysis.sentence_at(s)
    index = analysis.index_of(sent) if sent is not None else -1
    # "was denied permission to unload at Tripoli ... It had loaded the cargo at Feodosia. It is
    # now anchored off Tripoli": refused at the port told before, the load still aboard
    for before in analysis.sentences[max(0, index - 3):max(0, index)]:
        if sent is not None and sent.paragraph - before.paragraph <= 1 and any(
                m.key == call["port"] and
                _DENIED_THERE.search(text, max(before.span.start, m.start - 80), m.start)
                for m in analysis.in_sentence(before, "Port")):
            return True
    if 0 <= index < len(analysis.sentences) - 1:
        after = analysis.sentences[index + 1]
        return _NOT_ENTERED.match(text, after.span.start, after.span.end) is not None
    return False


_DENIED_THERE = rx(r"\b(?:denied|refused)\s+(?:permission|entry|access|a\s+berth|the\s+right)\s+"
                   r"(?:to\s+(?:unload|discharge|berth|dock|enter)\s+)?(?:at|in|into|to)\s+(?:the\s+port\s+of\s+)?$|"
                   r"\bturned\s+away\s+(?:from|at)\s+(?:the\s+port\s+of\s+)?$|"
                   r"\bnot\s+(?:allowed|permitted)\s+to\s+(?:unload|discharge|berth|dock|enter)\s+(?:at|in)\s+"
                   r"(?:the\s+port\s+of\s+)?$", re.I)


def _bound_there(analysis: Analysis, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the voyage from the first call was told as bound for the second call's port or
    its state."""
    port = analysis.port(second["port"])
    ends = {second["port"], port.country if port else None}
    return any(e["type"] == "Transfer" and e.get("vessel") == first["vessel"] and e.get("bound")
               and e.get("origin") == first["port"] and e.get("destination") in ends for e in analysis.events)


def _bound_elsewhere(analysis: Analysis, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the sentence of the later call says, before its port, that the ship was bound
    for a third port (not "unloaded part of it at Kerch, before heading to Derince": the next
    leg); or the departure's, after its port, that it left bound for a port or state the later
    call is not at ("left Ust-Luga on Dec. 24 carrying petrol bound for Port Said ... steered
    it to anchorage off Porvoo": no voyage to Porvoo)."""
    text = analysis.text
    s, e = second["evidence"][0]
    if any(p.key not in (first["port"], second["port"]) and p.form != "anaphor" and
           p.start < second["position"] and _BOUND_TO.search(text, max(s, p.start - 80), p.start)
           for p in analysis.between(s, e, "Port")):
        return True
    if second.get("activity") == "departure" and first.get("activity") != "departure" and \
            not first["evidence"][0][0] <= second["position"] < first["evidence"][0][1]:
        # "seized the X in the port of Izmail ... The ship had sailed from Sevastopol to Turkey in
        # August 2022": a departure told after, for another place than the call told first
        port = analysis.port(first["port"])
        country = port.country if port else None
        s, e = second["evidence"][0]
        if any(p.key not in (first["port"], second["port"], country) and p.form != "anaphor" and
               p.start > second["position"] and (
                   _BOUND_TO.search(text, max(second["position"], p.start - 80), p.start) or
                   _SAILED_FROM_TO.search(text, max(s, p.start - 80), p.start))
               for kind in ("Port", "State") for p in analysis.between(s, e, kind)):
            return True
    if first.get("activity") != "departure":
        return False
    s, e = first["evidence"][0]
    if s <= second["position"] < e:
        return False  # one sentence tells both ends
    port = analysis.port(second["port"])
    country = port.country if port else None
    return any(p.key not in (first["port"], second["port"], country) and p.form != "anaphor" and
               p.start > first["position"] and
               _BOUND_TO.search(text, max(first["position"], p.start - 80), p.start)
               for kind in ("Port", "State") for p in analysis.between(s, e, kind))


# "had sailed from Sevastopol to ": where a voyage told with both its ends went
_SAILED_FROM_TO = rx(r"\b(?:sailed|travell?ed|steamed|went|headed|voyaged)\s+from\s+[^,;.]{1,60}?\s+"
                     r"(?:to|for)\s+(?:the\s+(?:port\s+of\s+)?)?$", re.I)


# "returned to Tuapse", "sailed back to", "returned empty to": a ship going back where it came
# from; "in ballast", "empty": with no cargo
_RETURNED_TO = rx(r"\b(?:return(?:ed|ing|s)?|(?:came|sailed|went|headed|steamed|travell?ed)\s+back|"
                  # (not "returned from Sikka to Primorsk": a voyage told with both its ends)
                  r"back)\b(?:\s+(?!from\b)[\w-]+){0,3}?\s+(?:to|in|at|into)\s+(?:the\s+)?"
                  r"(?:(?:port|harbou?r)\s+of\s+)?$|"
                  # ("... and returned on July 11": a call told back with no port, at the verb's end)
                  r"\b(?:returned|came\s+back)$", re.I)
# what captors or attackers do to a ship: "seized the tanker", "hit the X"
_TAKEN_BY_FORCE = (r"(?:seized|detained|intercepted|captured|hijacked|boarded|attacked|struck|hit|sank|"
                   r"torpedoed|impounded)")
_CUT_SHORT = rx(r"\b(?:when|before|until|as|after)\s+(?:it|she|they|the\s+(?:\w+\s+)?(?:ship|vessel|tanker|"
                r"carrier|freighter))\s+(?:was|were)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|seized|"
                r"detained|intercepted|boarded|hijacked|stopped|captured|diverted|sunk|damaged|"
                r"targeted)\b|"
                # ("when armed men boarded it off Sohar", "when a missile struck the ship")
                r"\b(?:when|before|until|as)\s+(?:[\w'’-]+\s+){1,4}?" + _TAKEN_BY_FORCE +
                r"\s+(?:it|her|them|the\s+(?:\w+\s+)?(?:ship|vessel|tanker|carrier|freighter))\b|"
                r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|then\s+|later\s+)?(?:diverted|seized|hijacked|"
                r"intercepted|captured|detained|sunk|held|arrested|impounded)\b|"
                # "Iran's navy seized a tanker carrying Iraqi oil to Turkey": the ship the cargo
                # was on, taken
                r"\b" + _TAKEN_BY_FORCE + r"\s+(?:the\s+|an?\s+)?(?:[\w,.-]+\s+){0,5}?(?:tanker|vessel|ship|"
                r"carrier|freighter|"
                # ("seized the tanker Grace Star, which was carrying Iranian oil to Syria")
                r"bulker|VLCC|Aframax|Suezmax)s?(?:\s+(?-i:[A-Z])[\w'’-]*){0,3},?\s+"
                r"(?:that\s+was\s+|which\s+was\s+)?carrying\b|"
                # "left Novorossiysk with wheat for Latakia, reversed course south of Cyprus": it
                # gave up the voyage
                r"\b(?:reversed|reverses|reversing)\s+(?:its\s+|her\s+)?course\b|"
                r"\b(?:turned|turns|turning)\s+(?:back|around|round)\b|\bU-turn\b|"
                r"\b(?:abandoned|aborted)\s+(?:its|her|the)\s+(?:voyage|journey|passage|trip)\b|"
                # ("The tanker, carrying crude from Basra to Agioi Theodoroi, has been burning
                # since the attack": the voyage stopped where it was struck)
                r"\b(?:has|had|have)\s+been\s+(?:burning|on\s+fire|ablaze|adrift|abandoned)\b|"
                r"\bsince\s+the\s+(?:attack|strike|explosion|blast|seizure|hijacking)\b|"
                # "lost power in the Baltic ... before being towed to Sassnitz": taken elsewhere
                # (a breakdown alone does not end the voyage: it may go on)
                r"\b(?:being|was|were|had\s+to\s+be)\s+towed\s+(?:in)?to\b", re.I)


def _struck_before(analysis: Analysis, sent: Sentence, vessel: str) -> bool:
    """Whether the sentence before told the ship was struck, sunk or seized ("The Tutor was hit
    off Hodeidah and later sank. It had been carrying coal ... to India": it never got there)."""
    index = analysis.index_of(sent)
    if index == 0:
        return False
    # (or, for a voyage told as what had gone on before, in the paragraph before: "On 12 June a
    # merchant vessel reported being struck ... The vessel, the bulk carrier X, suffered
    # flooding. || The ship had been sailing from Malaysia to Italy with coal")
    text = analysis.text
    before = _HAD_BEEN.search(text, sent.span.start, sent.span.end) is not None
    for prior in analysis.sentences[max(0, index - 2):index]:
        if sent.paragraph - prior.paragraph > (1 if before else 0):
            continue
        if any(v.key == vessel for v in analysis.in_sentence(prior, "Vessel")) and \
                _STRUCK.search(text, prior.span.start, prior.span.end) is not None:
            return not _carried_on(analysis, index)
    # "Iran's navy seized the tanker St Nikolas off Oman on Thursday. || The tanker, which was
    # carrying Iraqi crude from Basra to Aliaga, ...": seized in the paragraph's lead before
    for prior in analysis.sentences[max(0, index - 2):index]:
        if sent.paragraph - prior.paragraph > 1:
            continue
        for v in analysis.in_sentence(prior, "Vessel"):
            if v.key == vessel and _STRUCK_ACTIVE.search(text, max(prior.span.start, v.start - 80), v.start):
                return True
    return False


def _carried_on(analysis: Analysis, index: int) -> bool:
    """Whether the ship told of in sentence `index` went on with its voyage, there or in the
    paragraph's next sentence ("was hit by a missile ... It was sailing from Thailand to Egypt
    with fertiliser. It continued its voyage": struck, not stopped)."""
    sent = analysis.sentences[index]
    return any(_CARRIED_ON.search(analysis.text, x.span.start, x.span.end) is not None
               for x in analysis.sentences[index:index + 2] if x.paragraph == sent.paragraph)


_CARRIED_ON = rx(r"\b(?:continued|resumed|carried\s+on\s+with|went\s+on\s+with)\s+(?:its|her|the)\s+"
                 r"(?:voyage|journey|passage|transit)\b|\bwas\s+able\s+to\s+continue\b")
_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:[a-z]+ing)\b")
_STRUCK = rx(r"\b(?:was|were|being)\s+(?:\w+ly\s+)?(?:hit|struck|attacked|sunk|seized|hijacked|captured|"
             r"detained|intercepted|boarded)\b|\b(?:sank|caught\s+fire|ran\s+aground)\b")
# ("had struck the Belize-flagged, UK-owned bulk carrier Rubymar")
_STRUCK_ACTIVE = re.compile(r"\b" + _TAKEN_BY_FORCE + r"\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,6}$")
_BACK_LEG = re.compile(r"\b(?:and|before|then)\s+(?:then\s+|later\s+)?(?:returned|returning|"
                       r"(?:sailed|came|headed|went)\s+back)\b")


def _no_cargo(text: str, start: int, end: int, pos: int | None = None) -> bool:
    """Whether a voyage told from `start` (its port at `pos`) went without cargo ("in ballast",
    "empty"), up to a way back told after the port: "sailed from Kozmino to Dalian and returned
    empty" delivered something there."""
    back = _BACK_LEG.search(text, start if pos is None else pos, end)
    return _NO_CARGO.search(text, start, back.start() if back else end) is not None


_EMPTY_FROM = rx(r"\b(?:in\s+ballast|empty|unladen|without\s+(?:a\s+|any\s+)?cargo)\s+(?:from|out\s+of)\s+"
                 r"(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$", re.I)
# (not "its deck empty": what it had unloaded there)
_NO_CARGO = rx(r"\b(?:in\s+ballast|(?<!deck\s)(?<!deck\snow\s)empty(?!\s+deck)|unladen|"
               r"without\s+(?:a\s+|any\s+)?cargo)\b", re.I)


def _return_leg(analysis: Analysis, call: dict[str, Any], span: tuple[int, int]) -> bool:
    """Whether the call ends a voyage back (or with no cargo) that carried no cargo the text
    tells of (not one to a discharge: "Arrives at Novorossiysk; loads vehicles. ... Returns to
    Tartus and unloads")."""
    text = analysis.text
    before = max(span[0], call["position"] - 60), call["position"]
    if _no_cargo(text, before[0], clause_end(text, call["position"], span[1]), call["position"]):
        return True
    return bool(_RETURNED_TO.search(text, *before)) and _carried(analysis, span) is None and \
        call.get("activity") != "discharging"


# (not "spent four days at Nampo before sailing to Ningbo": a voyage told from where it was)
# ("after sailing from the Russian port of Novorossiysk")
_AFTER_LEAVING = rx(r"\bafter\s+(?:sailing|departing|leaving|setting\s+sail)\s+(?:from\s+)?"
                    r"(?:the\s+(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?)?$", re.I)
_WAITED_BEFORE = rx(r"\bbefore\s+(?:unloading|discharging|offloading|docking|berthing|entering)\b",
                    re.I)
# a sentence that moves the story on: "From Mersin the tanker went to Aliaga", "It then ..."
_ONWARD = rx(r"\b(?:then|next|subsequently|afterwards|went\s+on|moved\s+on)\b", re.I)
_LEFT_FOR = rx(r"\b(?:departed|left|sailed|headed|set\s+sail|continued)\b[^.;]{0,40}?\b(?:for|to|towards?)\s+"
               r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_FROM_BEFORE_PORT = rx(r"\b(?:from|left|leaving|after\s+leaving|departed|departing)\s+"
                       r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)


def _went_on_from(analysis: Analysis, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the later call's sentence tells a move on from the earlier call's port ("From
    Mersin the tanker went to Aliaga, where she loaded"): the loading came after, not before."""
    start, pos = second["evidence"][0][0], second["position"]
    if _ONWARD.search(analysis.text, start, pos):
        return True
    if first["evidence"][0] == second["evidence"][0] and first["position"] < pos and \
            _LEFT_FOR.search(analysis.text, first["position"], pos):
        return True  # "reached Latakia ... and departed five days later for Mersin, where it loaded"
    return any(p.key == first["port"] and p.end <= pos and
               _FROM_BEFORE_PORT.search(analysis.text, max(start, p.start - 30), p.start)
               for p in analysis.between(start, pos, "Port"))


def _to_the_port(analysis: Analysis, loads: list[dict[str, Any]], origin: dict[str, Any],
                 dest: dict[str, Any]) -> None:
    """A voyage a sentence told from a port to a state (one, or one of a list the ships
    shared) ended at the port of that state the ship was later told at, within a voyage's
    length: it ends there, and the list's other states were not this ship's; a voyage told to
    that port, or another of that state in the same sentence, with no origin, is that one.
    Where the sentence told of several voyages ("made two round trips from Sabetta to Chinese
    terminals") each port of that state the ship unloaded in is the end of one of them."""
    entry = analysis.port(dest["port"])
    if entry is None or not entry.country or dest.get("activity") not in (None, "berthed", "discharging") \
            or any(e.get("destination_type") != "State" for e in loads):
        return
    ends = [e for e in loads if e["destination"] == entry.country
            and overlaps(widen(e.get("date"), VOYAGE_DAYS), dest.get("date"))]
    if not ends:
        return
    kept = ends[0]
    told = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel") == kept["vessel"]
            and e.get("origin") is None and e.get("destination_type") == "Port"
            and e["evidence"][0] == dest["evidence"][0]
            and getattr(analysis.port(e["destination"]), "country", None) == entry.country]
    if REPEATED.search(analysis.text, *kept["evidence"][0]):
        for e in told:
            e["origin"], e["origin_type"] = origin["port"], "Port"
            e["date"] = span_dates(origin.get("date"), e.get("date")) or e.get("date")
            e["cargo"] = e.get("cargo") or kept.get("cargo")
            e["evidence"] += [x for x in origin["evidence"][:1] if x not in e["evidence"]]
        return
    at_port = [e for e in told if e["destination"] == dest["port"]]
    for e in at_port:
        kept["cargo"] = kept.get("cargo") or e.get("cargo")
        kept["evidence"] += [x for x in e["evidence"] if x not in kept["evidence"]]
    analysis.events[:] = [e for e in analysis.events if not (e in loads and e is not kept or
                                                             any(e is x for x in at_port))]
    kept["destination"], kept["destination_type"] = dest["port"], "Port"
    kept["date"] = span_dates(origin.get("date"), dest.get("date")) or kept.get("date")
    kept["evidence"] += [x for x in dest["evidence"] if x not in kept["evidence"]]
    for e in told:
        if e["destination"] != dest["port"]:  # ("unloaded at Latakia and at Tartus")
            e["origin"], e["origin_type"] = origin["port"], "Port"
            e["cargo"] = e.get("cargo") or kept.get("cargo")
            e["evidence"] += [x for x in origin["evidence"][:1] if x not in e["evidence"]]


def _table_ends(analysis: Analysis) -> dict[int, tuple[int, int]]:
    """For each paragraph that is a row of a table (its cells set apart by tabs, bars or
    semicolons), the
    first and last paragraphs of the run of rows it stands in."""
    text = analysis.text
    rows = {s.paragraph for s in analysis.sentences if "\t" in text[s.span.start:s.span.end]
            or text[s.span.start:s.span.end].lstrip().startswith("|")
            and text.count("|", s.span.start, s.span.end) >= 2}
    # (an HTML table's rows, read as lines of cells set apart by semicolons: "Silver Ibis;
    # 9321172; Cameroon; Tartus; 1 April; wheat", where the lines next to it have as many)
    counted = Counter(s.paragraph for s in analysis.sentences)
    semis = {s.paragraph: n for s in analysis.sentences if counted[s.paragraph] == 1
             and (n := text.count("; ", s.span.start, s.span.end)) >= 2}
    rows |= {p for p, n in semis.items() if n in (semis.get(p - 1), semis.get(p + 1))}
    ends: dict[int, tuple[int, int]] = {}
    run: list[int] = []
    for p in [*sorted(rows), -2]:
        if run and p != run[-1] + 1:
            for q in run:
                ends[q] = (run[0], run[-1])
            run = []
        run.append(p)
    return ends


# a sentence told of each of the calls told before: "On each occasion it had loaded at ..."
_EACH_OCCASION = re.compile(r"\s*(?:On|At|During)\s+(?:each|every|all)\s+"
                            r"(?:of\s+(?:these|those|the)\s+|such\s+)?"
                            r"(?:occasions?|visits?|calls?|trips?|voyages?|times|stops?)\b")
# a relative clause opened on the ship before its deed: "A bulk carrier that has repeatedly
# carried grain from Crimea docked in Latakia on Sept. 12"
_HABIT_ASIDE = rx(r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:been\s+)?$")


def _habitual(analysis: Analysis, call: dict[str, Any]) -> bool:
    """Whether a call's sentence tells what the ship does again and again ("called at Vadinar
    three times"), not what a clause on the ship before the call tells of its habits while the
    call has a day of its own."""
    text = analysis.text
    s, e = call["evidence"][0]
    # (of the call's own part of the sentence: "The X made two voyages in the month; the Y sailed
    # from Amirabad on September 17")
    if s <= call["position"] <= e:
        s = max(s, text.rfind(";", s, call["position"]) + 1)
        semicolon = text.find(";", call["position"], e)
        e = semicolon if semicolon >= 0 else e
    for m in _HABITUAL.finditer(text, s, e):
        if m.end() <= call["position"] and span_days(call.get("date")) == 1 and \
                _HABIT_ASIDE.search(text, max(s, m.start() - 20), m.start()):
            continue
        return True
    return False


# the ship's last visit to a port, told as a time before the story's ("It last called at Tartus
# in May")
_LAST_VISIT = rx(r"\blast\s+(?:\w+ly\s+)?(?:visited|called|docked|berthed|stopped|was\s+(?:in|at))\b")
# a voyage before the one in hand: "Its previous voyage ended at Vadinar"
_OTHER_VOYAGE = rx(r"\b(?:previous|earlier|past|prior|former)\s+(?:voyages?|trips?|journeys?|runs?)\b", re.I)


def _stepped_back(analysis: Analysis, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the call told second is told as done before the first, where the two are not
    both dated (dates put them in order) ("It had discharged at Lagos", "Earlier, the tanker
    called at Lagos")."""
    if first.get("date") and second.get("date"):
        return False
    sent = analysis.sentence_at(second["evidence"][0][0])
    return sent is not None and second["evidence"][0][0] != first["evidence"][0][0] and \
        told_before(analysis, sent, second["position"])


# a deed told in the present perfect, done lately: "has loaded", "have just arrived"
_PERFECT_NOW = rx(r"\b(?:has|have)\s+(?:just\s+|now\s+|recently\s+|already\s+|finished\s+)?"
                  r"(?:loaded|loading|arrived|docked|berthed|called|moored|anchored|taken\s+on|lifted|"
                  r"discharged|unloaded|offloaded)\b")


def _done_just_now(analysis: Analysis, origin: dict[str, Any], dest: dict[str, Any]) -> bool:
    """Whether the call a voyage would start from is told with no time, in the present perfect,
    before the call it would end at, which came more than a week before the report: the
    undated call is the latest, after that one."""
    if origin.get("date") or not dest.get("date") or analysis.doc_date is None or \
            (origin["evidence"][0][0], origin["position"]) > (dest["evidence"][0][0], dest["position"]):
        return False
    gap = gap_days(dest["date"], analysis.doc_date.isoformat())
    start = max(origin["evidence"][0][0], origin["position"] - 80)
    return gap is not None and gap > 7 and \
        _PERFECT_NOW.search(analysis.text, start, origin["position"] + 12) is not None


def _laden_at_sea(analysis: Analysis, origin: dict[str, Any], dest: dict[str, Any]) -> bool:
    """Whether a ship that did nothing told at the port a voyage would run from (no loading)
    took part in a transfer at sea told before that call and not dated after it, or told
    between the call it left and the delivery, and delivered at the port after: what it
    discharged came from the other ship."""
    if origin.get("activity") not in (None, "berthed", "departure") or \
            dest.get("activity") != "discharging" or not ends_before(origin.get("date"), dest.get("date")):
        return False
    told, ship = origin["evidence"][0][0], origin["vessel"]
    if origin.get("activity") in (None, "departure") and any(
            e["type"] == "ShipToShipTransfer" and ship in e["vessels"] and
            (told, origin["position"]) < (e["evidence"][0][0], e["position"]) <
            (dest["evidence"][0][0], dest["position"]) for e in analysis.events):
        # "arrived empty from Port Said and took on crude from the Y off Malta. The cargo was
        # then carried to Sikka": loaded at sea on the way
        return True
    if origin.get("activity") == "departure":
        return False
    met = [e for e in analysis.events if e["type"] == "ShipToShipTransfer" and ship in e["vessels"] and
           e["evidence"][0][0] < told and e.get("date") and origin.get("date") and
           ends_before(e["date"], origin["date"]) and (gap_days(e["date"], origin["date"]) or 0) <= 60]
    # (not where it loaded or unloaded at a port in between: a cargo of its own since)
    return any(not any(c["type"] == "PortCall" and c.get("vessel") == ship and c is not origin and
                       c.get("activity") in ("loading", "discharging") and c.get("date") and
                       ends_before(e["date"], c["date"]) and ends_before(c["date"], origin["date"])
                       for c in analysis.events) for e in met)


# part of a load passed on at sea: the rest may still be carried on
_PART_OF = rx(r"\b(?:part|some|half|a\s+third|a\s+portion)\s+of\b|\bpartial(?:ly)?\b|"
              r"\btopp(?:ed|ing)\s+up\b", re.I)


def _gave_at_sea(analysis: Analysis, origin: dict[str, Any], dest: dict[str, Any]) -> bool:
    """Whether a ship that loaded at the port a voyage would run from took part in a transfer at
    sea told between that call and the next, not dated outside them, that told of no part of its
    load: it passed the load on there (a ship that loads at a port is the giver at sea)."""
    if origin.get("activity") != "loading" or dest.get("activity") == "loading":
        return False
    o, d, ship = origin["evidence"][0][0], dest["evidence"][0][0], origin["vessel"]
    return any(e["type"] == "ShipToShipTransfer" and ship in e["vessels"] and
               any(o <= x[0] <= d for x in e["evidence"]) and
               (o < d or origin["position"] < e["position"] < dest["position"]) and
               not (e.get("date") and origin.get("date") and ends_before(e["date"], origin["date"])) and
               not (e.get("date") and dest.get("date") and ends_before(dest["date"], e["date"])) and
               not any(_PART_OF.search(analysis.text, *x) for x in e["evidence"])
               for e in analysis.events)


# the load a ship took on passed on at sea, told right after its loading: "loaded diesel at
# Zawiya in April and sold it to buyers at sea", "and pumped the fuel into smaller boats offshore"
_LOAD_GONE_AT_SEA = rx(r"^[^.;]{0,80}?\band\s+(?:then\s+|later\s+)?(?:sold|transferred|passed|pumped|"
                       r"offloaded|"
                       r"unloaded|discharged|handed|shipped|moved)\s+(?:it|them|(?:the|its|her)\s+(?:[\w-]+\s+)?"
                       r"(?:cargo|load|fuel|oil|diesel|crude|gasoline|petrol|shipment))\b[^.;]{0,60}?"
                       r"(?:\b(?:at\s+sea|offshore|on\s+the\s+high\s+seas)\b|\b(?:to|into|onto)\s+(?:other|smaller|"
                       r"waiting|several|a\s+fleet\s+of)\s+(?:[\w-]+\s+)?(?:ships|vessels|boats|tankers|craft)\b)")


# a load told with a departure: "left Lome after loading cocoa", "sailed laden with", "carrying"
_LADEN_WORD = rx(r"\b(?:load(?:ed|ing)|took\s+on|taking\s+on|laden|carr(?:ying|ied)|with\s+(?:a|its|her)\s+"
                 r"(?:full\s+)?(?:cargo|load))\b")


def _emptied_there(analysis: Analysis, calls: list[dict[str, Any]], departure: dict[str, Any]) -> bool:
    """Whether the ship that left a port had unloaded there, told before its departure, with no
    loading told there (not among many trips: "has made three round trips between A and B")."""
    told = (departure["evidence"][0][0], departure["position"])
    same = [c for c in calls if c is not departure and c["vessel"] == departure["vessel"] and
            c["port"] == departure["port"] and not REPEATED_TRIPS.search(analysis.text, *c["evidence"][0])]
    return any(c.get("activity") == "discharging" and (c["evidence"][0][0], c["position"]) < told
               for c in same) and not any(c.get("activity") == "loading" for c in same)


# the next stop of a list of calls: ", and at Tobruk", "; then at Tobruk"
_AND_AT_NEXT = re.compile(r"(?:,\s*|\s+)(?:and|then|before)\s+(?:then\s+)?(?:at|in)\s+(?-i:[A-Z])", re.I)


# a sentence that tells of an earlier trip than the one told so far: "On the last one she
# unloaded at Latakia", "On her previous voyage, ..."
_EARLIER_TRIP = re.compile(r"\s*(?:On|During|In)\s+(?:the|her|its|their)\s+(?:(?:previous|prior|earlier)\s+"
                           r"(?:one|run|trip|voyage|visit|call|rotation|journey)|(?:last|first)\s+(?:one|run|"
                           r"trip))\b")


_YEARS_APART = 365  # days between two calls past which no voyage joins them
_SPAN_BEGUN_BEFORE = 30  # days before a call's time that a later-told span of calls must begin


def _calls_over_span_before(first: str | None, then: str | None) -> bool:
    """Whether the later-told call's time is a span that holds the first call's time, began
    well before it and runs on after it: calls told over months, not the one after the first
    (nor the way out of a round trip told after the return: "arrived in Baltiysk on 30 May after
    a round trip to Ust-Luga")."""
    if not first or not then or not inside(first, then) or \
            (gap_days(first, then.split("/")[-1]) or 0) <= 0:
        return False
    gap = gap_days(then.split("/")[0], first.split("/")[0])
    return gap is not None and gap > _SPAN_BEGUN_BEFORE
# the ship that carried, right after a passive verb: "The munitions were shipped aboard the X":
# what was shipped is the clause's subject
_CARRIER_NEXT = re.compile(r"\s+(?:aboard|on\s+board|onboard|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:[A-Z]|(?:ship|vessel|tanker|freighter|carrier)\b)")


def voyages(analysis: Analysis) -> None:
    """Two consecutive calls of one vessel at different ports in one paragraph (or in two
    paragraphs in a row) are a voyage from the first to the second; where the later-told call
    is the loading ("... the ship collected that load at Rajin"), the voyage runs from it."""
    calls = sorted((e for e in analysis.events if e["type"] == "PortCall"),
                   key=lambda e: (e["evidence"][0][0], e["position"]))
    paragraph_of = {s.span.start: s.paragraph for s in analysis.sentences}
    sentences_in = Counter(s.paragraph for s in analysis.sentences)
    # each call's next call of the same vessel in the same paragraph or the next one (news copy
    # gives each sentence its own paragraph; a voyage's story runs on into the next) or, in a
    # timeline of one-sentence entries, a few entries on where both calls are dated in order
    following: dict[int, int] = {}
    last: dict[Any, int] = {}
    told_in = _paragraphs_told(analysis) if calls else {}
    table_ends = _table_ends(analysis) if calls else {}
    for i, c in enumerate(calls):
        start = c["evidence"][0][0]
        if _EARLIER_TRIP.match(analysis.text, start):
            continue  # "On the last one she unloaded at Latakia instead": a trip before, on its own
        if c["vessel"] in last and c.get("date") and \
                not ends_before(calls[last[c["vessel"]]].get("date"), c["date"]):
            # "made two calls at Ust-Luga, on 10 July and 22 September. Between the calls it
            # delivered a cargo to Rizhao": of the calls told in one sentence, the last before it
            told_with = [j for j in range(last[c["vessel"]]) if calls[j]["vessel"] == c["vessel"]
                         and calls[j]["evidence"][0] == calls[last[c["vessel"]]]["evidence"][0]
                         and calls[j]["port"] == calls[last[c["vessel"]]]["port"]
                         and ends_before(calls[j].get("date"), c["date"])]
            if told_with:
                last[c["vessel"]] = told_with[-1]
        if c["vessel"] in last and DURING_TRIP.match(analysis.text, start) and \
                calls[last[c["vessel"]]]["evidence"][0][0] < start:
            # "returned to Baltiysk on November 15 after a two-month voyage. || During the trip it
            # called at Tartus": the call told first ended the trip told after; no voyage from it
            del last[c["vessel"]]
        if c["vessel"] in last:
            prior = calls[last[c["vessel"]]]
            p0, p1 = paragraph_of.get(prior["evidence"][0][0], 0), paragraph_of.get(start, 0)
            if p0 in table_ends and p1 not in table_ends:
                # a table's rows are paragraphs of their own: the prose after it is counted
                # from its last row (and prose before it to its first)
                p0 = table_ends[p0][1]
            elif p1 in table_ends and p0 not in table_ends:
                p1 = table_ends[p1][0]
            apart = gap_days(prior.get("date"), c.get("date"))
            if apart is not None and apart > _YEARS_APART:
                pass  # "made port in Bayonne in 2019 ... offloaded its last cargo at Dalian in
                # May": calls years apart are no one voyage
            elif 0 <= p1 - p0 <= 1 or p1 - p0 <= 3 and prior.get("date") and c.get("date") and \
                    ends_before(prior["date"], c["date"]) and \
                    all(sentences_in[p] == 1 for p in range(p0, p1 + 1)) and \
                    ((gap := gap_days(prior["date"], c["date"])) is None or gap <= 45) or \
                    0 <= p1 - p0 <= 3 and _CONTINUED.search(analysis.text, start, c["position"]) or \
                    0 <= p1 - p0 <= 3 and c.get("activity") == "departure" and \
                    prior.get("activity") != "departure" and prior.get("date") and c.get("date") and \
                    not ends_before(prior["date"], c["date"]) and \
                    all(sentences_in[p] == 1 for p in range(p0, p1 + 1)):
                # (or, in news copy, where it had come from, told a few paragraphs on: "... had
                # delivered grain to Damietta last week. ... The ship left Kavkaz in early May")
                # (or a voyage told as taken up again: "The ship eventually continued its voyage
                # to Port Said" two paragraphs on)
                following[last[c["vessel"]]] = i
            elif p1 - p0 == 2 and (c["vessel"], p0 + 1) in told_in and prior.get("date") and \
                    c.get("date") and ends_before(prior["date"], c["date"]) and \
                    (gap := gap_days(prior["date"], c["date"])) is not None and gap <= 45:
                # a story of the ship that runs on through the paragraph between: "... took on
                # fuel oil at Ust-Luga two days later. || Both tankers then sailed to the
                # Mediterranean ... || The Pelican later discharged at Mersin on 29 August."
                following[last[c["vessel"]]] = i
        last[c["vessel"]] = i
    _through_stops(analysis, calls, following)
    for i, first in enumerate(calls):
        later = [calls[following[i]]] if i in following else []
        if not later or later[0]["port"] == first["port"]:
            continue
        second = later[0]
        if first.get("forced") or second.get("forced") or first.get("cut_short") or \
                second.get("cut_short"):
            continue  # "was escorted to Lagos": taken there by captors, no voyage of its own
        if first.get("stop") or second.get("stop"):
            continue  # "reached Port Klang after a stop at Ras Tanura": a stop on the way
        if _calls_over_span_before(first.get("date"), second.get("date")):
            # "loaded Urals at Novorossiysk in early November ... has carried 11 cargoes since
            # January, mostly to Sikka": calls over a span begun long before, not this load's end
            continue
        if _turned_back(analysis, second):
            continue  # "waited off Salif for two weeks before turning back": nothing delivered
        if second.get("activity") != "discharging" and first.get("activity") == "loading" and \
                _TURNED_ROUND.search(analysis.text, first["evidence"][0][0], second["evidence"][0][0]):
            continue  # "carrying diesel loaded at Primorsk, turned back ... It is now anchored off
            # Kaliningrad": the voyage given up, the load not delivered
        if {first.get("confidence"), second.get("confidence")} & _DOUBTED:
            continue  # "We judge it unlikely that the X called at Nampo": no voyage from there
        if _REPAIRED.search(analysis.text, *second["evidence"][0]) and \
                second.get("activity") not in ("loading", "discharging"):
            continue  # "imagery shows it in dry dock at Nakhodka": a repair, no cargo delivered
        if second.get("activity") in (None, "berthed") and not second.get("convoy") and _CAPTIVE.search(
                analysis.text, second["evidence"][0][0], second["position"]) and \
                not _bound_there(analysis, first, second):
            continue  # "Police detained the ship, and it remains anchored off Porvoo": held there
            # (not where it was bound: "left Nampo with coal bound for Indonesia. It was later
            # held at Balikpapan": it got there)
        if _bound_elsewhere(analysis, first, second):
            continue  # "sailing from Ust-Luga to Mumbai, was held at Tallinn": not where it went
        if any(c.get("forced") and c["vessel"] == first["vessel"] and c["port"] == second["port"]
               for c in calls):
            # "seized the X and took it to Bandar Abbas ... The X remained at Bandar Abbas": a
            # port the ship was brought to ends no voyage of its own
            continue
        if _ALSO_CALLED.search(analysis.text, second["evidence"][0][0], second["position"]) and \
                second["evidence"][0] != first["evidence"][0] or any(
                _habitual(analysis, c) for c in (first, second)) and not (
                # "called at Baniyas four times ... On each occasion it had loaded crude at Kharg
                # Island": each of those calls came from there
                _EACH_OCCASION.match(analysis.text, second["evidence"][0][0]) and
                second.get("activity") == "loading" and first.get("activity") in (None, "berthed",
                                                                                   "discharging")):
            continue  # "called at Vadinar three times ... It also visited Sikka": calls, no order
            # (not both told in one sentence: "also called at Tartus after loading in Novorossiysk")
        a, b = first.get("activity"), second.get("activity")
        if first.get("left") and a in (None, "berthed"):
            a = "departure"  # (a stay told to the day it left: see `departure_after_arrival`)
        if second["evidence"][0] != first["evidence"][0] and _OTHER_VOYAGE.search(
                analysis.text, second["evidence"][0][0], second["position"]):
            continue  # "loaded wheat in Sevastopol in late May. ... On previous trips, the ship
            # unloaded at Tartus": another voyage's end, before this one
        if second["evidence"][0] != first["evidence"][0] and second.get("date") and \
                _LAST_VISIT.search(analysis.text, second["evidence"][0][0], second["position"]) and any(
                c["vessel"] == second["vessel"] and c.get("date") and
                c["evidence"][0][0] < second["evidence"][0][0] and ends_before(second["date"], c["date"])
                for c in calls):
            continue  # "entered Sevastopol on Sunday ... had been loaded at Berdiansk ... It last
            # visited Latakia in June": the ship's visit before this voyage, not where it went
        if (b == "discharging" or b in ("berthed", None) and _OTHER_VOYAGE.search(
                analysis.text, *second["evidence"][0])) and _stepped_back(analysis, first, second):
            # "reappeared off Lome on April 17. Earlier, it discharged at Lagos": a cargo
            # delivered before, not carried from the port told first ("docked at Sikka on 3
            # March. Its previous voyage ended at Vadinar": nor a voyage there)
            continue
        if second.get("arrived_from") and a != "departure":
            origin, dest = second, first  # "... detained at Rotterdam. It had arrived from Primorsk"
        elif second.get("trip_out") and first["evidence"][0] == second["evidence"][0]:
            origin, dest = first, second  # "returned to Baltiysk on Sunday after a trip to Tartus":
            # the voyage out, to the port of the trip (the way back carries nothing told)
        elif _reached_after(analysis, first, second):
            origin, dest = second, first  # "... off Douala ... || Before reaching Douala, the ship
            # had stopped at Lome"
        elif second.get("told_after") and not first.get("told_after") and (
                a == "loading" or b == "discharging"):
            # "loaded at Kozmino ... had been idle off Nakhodka before loading", "returned to
            # Novorossiysk after unloading in Tartus": no cargo known on the way between
            continue
        elif b == "loading" and first["evidence"][0] == second["evidence"][0] and \
                _went_on_from(analysis, first, second):
            continue  # "reached Latakia ... and departed for Mersin, where it took on steel": it
            # went there to load, with nothing known aboard
        elif b == "loading" and a == "discharging" and first["evidence"][0] == second["evidence"][0] and \
                _AND_AT_NEXT.search(analysis.text, first["position"], second["position"] + 1):
            continue  # "called at Tartus, where it unloaded vehicles, and at Tobruk, where it took
            # on cargo": one stop after the other, nothing known carried between
        elif (b == "loading" and a not in ("loading", "departure") or second.get("told_after") and
              not first.get("told_after") and a != "loading" and b != "discharging") and \
                not _went_on_from(analysis, first, second):
            origin, dest = second, first
        elif b == "departure" and a != "departure" and (first.get("date") and second.get("date")
                                                        and not ends_before(first["date"], second["date"])
                                                        or first["evidence"][0] == second["evidence"][0]
                                                        and _AFTER_LEAVING.search(
                                                            analysis.text, max(first["position"],
                                                                               second["position"] - 40),
                                                            second["position"])) and \
                not _CAPTIVE.search(analysis.text, *first["evidence"][0]):
            # ("berthed at Sevastopol on 21 January after sailing from Novorossiysk": the
            # departure's time, counted back from the arrival, ends on its day)
            # "docked at Benghazi, two weeks after it left Latakia" (not: "was held off Porvoo
            # ... it had sailed from Ust-Luga", a ship taken where it did not mean to go)
            origin, dest = second, first
        elif a == "discharging" or b == "departure" or a == b == "loading":
            continue  # ("loading at Ras Tanura ... and again at Juaymah": two loadings, no delivery)
        elif a is None and b is None and first["evidence"][0] == second["evidence"][0] and not (
                # ("seen at Rajin on 26 October and at Vostochny on 2 November": in the order of
                # their days)
                first.get("date") and second.get("date") and first["date"] != second["date"]
                and ends_before(first["date"], second["date"])) and not (
                # ("photographed at Nampo on 3 May, later sailed to Dalian": told in that order)
                first["position"] < second["position"] and
                _THEN_WENT.search(analysis.text, first["position"], second["position"])):
            continue  # "images over Dunai and Rajin": two places, no order between them
        elif a == b and first["evidence"][0] == second["evidence"][0] and _LISTED_PORT.fullmatch(
                analysis.text, first["position"], second["position"]):
            continue  # "docked at Shenzhen and Ho Chi Minh City": calls listed, in no order
        elif a in (None, "berthed") and first["evidence"][0] == second["evidence"][0] and \
                _WAITED_BEFORE.search(analysis.text, first["position"], second["position"]):
            continue  # "anchored off Baniyas for three days before unloading at Tartus": it waited
            # there, and took on nothing
        else:
            origin, dest = first, second
        if dest is first and dest.get("activity") in (None, "berthed") and not dest.get("convoy") and \
                origin.get("activity") == "loading" and not origin.get("arrived_from") and \
                _HELD_OFF.search(analysis.text, max(dest["evidence"][0][0], dest["position"] - 60),
                                 dest["position"]) and \
                not _bound_there(analysis, origin, dest):
            continue  # "had been held off Porvoo since December 26 ... carrying petrol loaded at
            # Ust-Luga": where it was held, told before the load it carried (see above; not "was
            # detained at Rotterdam. It had arrived from Primorsk", nor "detained at the port of
            # Karasu ... carrying grain taken from Mariupol": a voyage into the port)
        if origin.get("activity") == "departure" and _emptied_there(analysis, calls, origin) and \
                not _LADEN_WORD.search(analysis.text, *origin["evidence"][0]):
            continue  # "docked at Port Sudan and unloaded crates ... It left Port Sudan on October
            # 13 and is now anchored off Jeddah": it left the port it had unloaded at, with no load
        onward = following.get(following[i])
        if origin is second and onward is not None and calls[onward]["port"] != first["port"] and \
                calls[onward]["port"] != second["port"] and \
                calls[onward]["evidence"][0] == second["evidence"][0]:
            # (not one back where it left: "had left Nampo on April 6 ... and returned there")
            continue  # "loaded at Lampedusa before sailing to Porto Belo": its voyage, told with it
        if _done_just_now(analysis, origin, dest):
            continue  # "VLCC X has loaded at Kharg Island and is heading to China. Last month the
            # same ship delivered Iranian crude to Yantai": the loading is the latest, not the start
        if not ends_before(origin.get("date"), dest.get("came") or dest.get("date")):
            # "arrived in Sevastopol on 10 February after a voyage that began in Tartus on 26
            # January": the dates give the order the text does not
            if not (origin.get("date") and dest.get("date") and ends_before(dest["date"], origin["date"])
                    and origin["evidence"][0] == dest["evidence"][0]
                    and dest.get("activity") not in ("discharging", "departure")
                    and origin.get("activity") not in ("loading", "departure")):
                continue
            origin, dest = dest, origin
        if _SUPPLIES_STOP_BEFORE.search(analysis.text, max(origin["evidence"][0][0],
                                                           origin["position"] - 60), origin["position"]) or \
                _SUPPLIES_STOP_AFTER.match(analysis.text, origin["position"], origin["evidence"][0][1]):
            continue  # "took on bunkers at Ceuta", "stopped at Ceuta to refuel": no cargo's origin
        if inside(dest.get("date"), origin.get("date")) and span_days(origin.get("date")) > 60 and \
                origin.get("activity") in (None, "berthed") and origin["evidence"][0] != dest["evidence"][0] \
                and REPEATED.search(analysis.text, *origin["evidence"][0]):
            continue  # "made nine visits to Amirabad ..., each time returning to Olya or Astrakhan. ||
            # On 27 September it was imaged at Amirabad": returns told as a habit over a long span
            # are no start of a voyage to a day within it (a habit of loading may be: "made
            # regular runs between Novorossiysk and Syria ... Last week it unloaded at Tartus")
        if _gave_at_sea(analysis, origin, dest):
            continue  # "loaded fuel oil at Jose in August and discharged it in a ship-to-ship
            # operation off Malaysia in September. ... In December it anchored off Johor": the
            # load went to the other ship, not to the port told next
        if origin.get("activity") == "loading" and _LOAD_GONE_AT_SEA.search(
                analysis.text[origin["position"]:origin["evidence"][0][1]]):
            continue  # "loaded diesel at Zawiya in April and sold it to buyers at sea": no load
            # left for the port told next
        if _laden_at_sea(analysis, origin, dest):
            continue  # "took on crude from the Y in the Gulf of Oman ... arrived at Sohar ...
            # discharged at Huizhou": the cargo came aboard at sea, not at the port it stopped at
        loads = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel") == first["vessel"]
                 and e.get("origin") == origin["port"] and e.get("destination") not in (None, dest["port"])
                 and e["evidence"][0] == origin["evidence"][0]]
        if loads:
            # "carried coal from Sinpo to Papenburg": that load already has its voyage; one told
            # to a state ("delivered it to Turkey and Syria") ends at the port of that state it
            # unloaded in ("The X unloaded in Latakia")
            _to_the_port(analysis, loads, origin, dest)
            continue
        if dest.get("date") and any(
                e["type"] == "Transfer" and e.get("vessel") == first["vessel"] and
                e.get("origin") == origin["port"] and e.get("destination") not in (None, dest["port"]) and
                inside(dest["date"], e.get("date")) and
                not overlaps(dest["date"], e["date"].split("/")[-1]) for e in analysis.events):
            continue  # "had sailed from Berdyansk in early August [to Bandirma, Aug 22] ...
            # reappeared off Sinop four days later": a stop on that voyage's way, on a day within it
        # a voyage that "had arrived from" its origin ended on the day of arrival (and began in
        # the weeks before it, when the ship left: "arrived at Paradip from Kozmino on April 22")
        arrival = origin.get("arrival")
        if arrival and origin.get("date") and ends_before(origin["date"], arrival):
            span = span_dates(origin["date"], arrival)
        else:
            # (to the day it arrived, where its stay there is told to the day it left)
            span = arrival or span_dates(origin.get("left") or origin.get("date"),
                                         dest.get("came") or dest.get("date"))
        if dest.get("trip_out") and dest is second:
            span = dest.get("date")  # (the voyage out, within the trip: not the day it came back)
        origin_state = getattr(analysis.port(origin["port"]), "country", None)
        if any(e["type"] == "Transfer" and e.get("vessel") == first["vessel"] and
               e.get("destination") == dest["port"] and
               (e.get("origin") in (None, origin["port"]) or
                # ("its cargo of Iranian gas": the state of the port it loaded at)
                e.get("origin_type") == "State" and e.get("origin") == origin_state)
               and (overlaps(e.get("date"), span) or
                    # ("discharged its cargo at Tripoli last week ... arrived at Tripoli on November
                    # 24 and left on November 27": unloaded during the stay the voyage ended in)
                    e.get("origin") in (None, origin_state) and e.get("date") and dest.get("date") and
                    dest.get("activity") in ("discharging", "berthed", None) and
                    overlaps(e["date"], dest["date"])) and not (
                   # ("made ten round trips between the two ports": one of them is a voyage of
                   # its own)
                   e.get("origin") and span and REPEATED.search(analysis.text, *e["evidence"][0])
                   and e["evidence"][0] not in (origin["evidence"][0], dest["evidence"][0]))
               for e in analysis.events):
            _fill_origin(analysis, first["vessel"], origin, dest)
            for e in analysis.events:
                # "It loads containers at Rason ... and unloads at Vostochny. ... found the
                # ship at Rason on 2 October ... at Vostochny on 5 October": when it was
                if e["type"] == "Transfer" and e.get("vessel") == first["vessel"] and \
                        e.get("destination") == dest["port"] and e.get("origin") == origin["port"] \
                        and (e.get("date") is None or e.get("bound")) and span:
                    # (a voyage told as bound there, whose arrival is told after: it ended then)
                    e["date"] = span
                    e["evidence"] += [x for x in origin["evidence"] + dest["evidence"]
                                      if x not in e["evidence"]]
            continue
        if dest is first and dest.get("activity") in (None, "berthed") and \
                _REPAIRED.search(analysis.text, *dest["evidence"][0]):
            continue  # "has been docked at a shipyard in Zhoushan ... It left Vostochny": a repair
        if origin is first and _HANDED_ON.search(analysis.text, origin["position"], dest["position"]):
            continue  # "loaded fuel oil at Bandar Abbas and delivered it to a tanker off Malaysia
            # ... then called at Fujairah": the cargo went elsewhere before the later call
        # (in the destination's sentence, up to the next port it names: "reached Latakia ... and
        # left for Mersin, where it took on steel" took the steel on later)
        if _no_cargo(analysis.text, origin["position"], clause_end(
                analysis.text, origin["position"] + 1, origin["evidence"][0][1])) or \
                _EMPTY_FROM.search(analysis.text, max(origin["evidence"][0][0], origin["position"] - 40),
                                   origin["position"]):
            continue  # "had left Sikka in April without cargo", "arrived empty from Port Said"
        at_dest = _upto_next_port(analysis, dest)
        if dest is second and _return_leg(analysis, dest, at_dest):
            continue  # "entered Tartus ... It then returned empty to Tuapse": no cargo carried
        if second.get("arrived_from") and dest is first and dest["evidence"][0] == origin["evidence"][0] and \
                _return_leg(analysis, dest, (at_dest[0], clause_end(
                    analysis.text, origin["position"] + 1, origin["evidence"][0][1]))):
            continue  # (nor "returned to Novorossiysk from Tartus", the end told first, with no load)
        # (not a load its sentence took on at another port: "loaded LPG at Cordova before
        # sailing to Harnosand" carried no LPG from Harnosand)
        loaded_elsewhere = any(c is not origin and c["vessel"] == origin["vessel"] and
                               c.get("activity") == "loading" and c["port"] != origin["port"] and
                               c["evidence"][0] == origin["evidence"][0] for c in calls)
        # ("probably carried ammunition from Makhachkala, where it had been photographed with
        # military vehicles on the quay": the load the voyage from there was told with)
        open_load = next((x["cargo"] for x in analysis.events if x["type"] == "Transfer" and
                          x.get("vessel") == first["vessel"] and x.get("origin") == origin["port"] and
                          x.get("destination") is None and x.get("cargo") and
                          x["evidence"][0] == origin["evidence"][0]), None)
        cargo = open_load or \
            (None if loaded_elsewhere else _carried(analysis, _own_part(analysis, origin))) or \
            (None if dest.get("activity") == "loading" else _carried(analysis, at_dest)) or \
            _carried(analysis, at_dest, _DISCHARGED) or \
            (None if loaded_elsewhere else origin.get("loaded_cargo") or _told_cargo(analysis, origin))
        if cargo is None and origin.get("activity") == "departure":
            # "loaded coal at Vanino on 3 January ... It left the port two days later": what it
            # loaded there before it left
            loaded = [c for c in calls if c is not origin and c["vessel"] == origin["vessel"] and
                      c["port"] == origin["port"] and c.get("activity") == "loading" and
                      (c["evidence"][0][0], c["position"]) <
                      (origin["evidence"][0][0], origin["position"]) and
                      ends_before(c.get("date"), origin.get("date"))]
            at = {id(c): n for n, c in enumerate(calls)}  # (by identity: two calls may be alike)
            between = [c for c in calls[at[id(loaded[-1])] + 1:at[id(origin)]]
                       if c["vessel"] == origin["vessel"]] if loaded else []
            if loaded and all(c["port"] == origin["port"] for c in between):
                # (not a load at the port on an earlier visit, another port told between)
                cargo = _carried(analysis, _own_part(analysis, loaded[-1]))
        kind = str(analysis.attrs("Vessel", first["vessel"]).get("vessel_type") or "")
        if cargo is None and _WARSHIP.search(kind):
            continue  # "The frigate X entered Havana ... had been in La Guaira": a warship's cruise
        level = dest.get("confidence") if dest.get("confidence") != "reported" else origin.get("confidence")
        told = analysis.sentence_at(dest["position"])
        if told is not None and level:
            # ("appeared off Ningbo, though the group could not confirm they delivered coal there")
            level = weaker(level, delivery_doubted(analysis, told, dest["position"]))
        analysis.events.append({
            "type": "Transfer", "vessel": first["vessel"], "origin": origin["port"],
            "destination": dest["port"],
            "cargo": cargo,
            "origin_type": "Port", "destination_type": "Port",
            "date": span,
            "confidence": level,
            "evidence": first["evidence"] + [ev for ev in second["evidence"]
                                             if ev not in first["evidence"]],
            "position": second["position"],
        })
    _merge_filled(analysis)


def _merge_filled(analysis: Analysis) -> None:
    """"A bulk carrier that loaded wheat at Sevastopol last month unloaded in Alexandria last week.
    || The X left Sevastopol on September 19 ... arrived in Alexandria on September 28": a voyage
    whose origin the calls around it gave, the same as one the text told whole at a time that
    holds it, is that voyage, kept at the narrower time with the cargo and evidence of both."""
    drop: set[int] = set()
    for e in analysis.events:
        if e["type"] != "Transfer" or not e.get("filled") or id(e) in drop:
            continue
        told = next((x for x in analysis.events if x is not e and x["type"] == "Transfer" and
                     id(x) not in drop and not x.get("filled") and x.get("vessel") == e.get("vessel") and
                     x.get("origin") == e.get("origin") and x.get("destination") == e.get("destination") and
                     x.get("confidence") == e.get("confidence") and x.get("date") and e.get("date") and
                     (inside(e["date"], x["date"]) or inside(x["date"], e["date"])) and
                     (not x.get("cargo") or not e.get("cargo") or x["cargo"] == e["cargo"]) and
                     # (not trips told together: "made five voyages from Sevastopol to Latakia")
                     not REPEATED.search(analysis.text, *x["evidence"][0])), None)
        if told is None:
            continue
        if inside(e["date"], told["date"]):
            told["date"] = e["date"]
        told["cargo"] = told.get("cargo") or e.get("cargo")
        told["evidence"] += [x for x in e["evidence"] if x not in told["evidence"]]
        drop.add(id(e))
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


_REGISTRY_BEFORE = rx(r"\b(?:regist(?:ry|er)|flag)s?\b[^,;.]{0,40}?\b(?:to|into|from)\s+(?:that\s+of\s+|"
                      r"the\s+(?:registry|register|flag)\s+of\s+)(?:the\s+)?$")
_REGISTRY_WORD = rx(r"\b(?:regist(?:ry|ries|ers?)|flags?)\b")
_REGISTRY_AFTER = re.compile(r"\s+(?:ship\s+)?(?:registry|register|flag)\b|[- ](?:flagged|registered)\b")
# held at sea off a port, not in it: "had been held off Porvoo since December 26"
_HELD_OFF = rx(r"\b(?:held|detained|impounded|kept)\b[^.;]{0,30}?\boff\s+(?:the\s+)?"
               r"(?:(?:port|harbou?r)\s+of\s+)?$")
_CAPTIVE = rx(r"\b(?:held|detained|escorted|seized|towed|impounded|boarded|intercepted|diverted)\b")
_CARRYING = rx(r"\b(?:carrying|laden with|loaded with|with (?:a|its|her) (?:(?:full|partial|fresh|"
               r"new|large|small|first|second)\s+)?(?:cargo|load|shipment) of|hauling|transporting|"
               # "arrived from Primorsk with 37,000 tonnes of diesel"
               r"with\s+(?:(?:about|some|nearly|around|roughly|almost|over|more\s+than)\s+)?[\d][\d,.]*\s+"
               r"(?:million\s+)?(?:barrels|tonnes|tons|metric\s+tons|containers|cubic\s+metres)\s+of|"
               # "arrived from Primorsk with diesel", "with Russian wheat"
               # ("with construction materials", "with military equipment")
               # ("with some 40 military lorries aboard")
               # ("with what is likely to be diesel": the load it was taken for)
               r"with(?=\s+(?:" + CARGO_READING.pattern + r")?"
               r"(?:(?:about|some|nearly|around|roughly|almost|over|more\s+than)\s+)?(?:\d[\d,]*\s+)?"
               r"(?:(?-i:[A-Z])[\w-]*\s+|(?:construction|building|raw|military|spare|refined|"
               # ("with fuel oil", "with crude oil": a load of two words)
               r"frozen|dual-use)\s+)?(?:(?:fuel|crude|gas|heating|jet|vegetable|palm|sunflower)\s+)?" +
               CARGO_WORDS + r"\b(?:\s*[,.;)]|\s+(?:from|to|for|"
               # ("with containers stacked on deck")
               r"on|in|at|and|of|aboard|bound|loaded|which|that|destined|taken|bought|sold|worth|"
               r"(?:stacked|piled|lashed|stowed)\s+(?:high\s+)?(?:on|in)\s+(?:its\s+|her\s+|the\s+)?"
               r"(?:deck|holds?))\b|\s*$))|"
               # ("arrived at Karasu on Thursday after loading 6,200 tonnes of wheat at Sevastopol": a
               # verb's gerund, not "the coal loading wharf")
               # ("was observed loading containers at Rajin": a load seen taken on)
               r"(?:\b(?:after|before|while|when|since|upon|and|then|was|were|is|are|been|observed|seen|"
               r"spotted|photographed|imaged|pictured)\s+(?:loading|taking\s+on)|"
               r"loaded|loads|took on|takes on|taken on|take on|picked up|"
               r"picks up|collected|collects|received|receives|took delivery of|"
               # ("while the Wren Bug took wheat at Odesa": a load told by "took" and its goods)
               r"took(?=\s+(?:[\w,.-]+\s+){0,4}?" + CARGO_WORDS + r"\b))"
               r"(?!\s+(?:at|in|from|on|onto|into|there|up|off)\b))\s+", re.I)


_DISCHARGED = rx(r"\b(?:unload(?:ed|s|ing)|offload(?:ed|s|ing)|off-loaded|discharge[ds]|discharging|"
                 r"delivered|landed|"
                 r"imported)\s+", re.I)


# the whole cargo passed on to another ship or sold on the way
_HANDED_ON = rx(r"\b(?:delivered|transferred|offloaded|off-loaded|unloaded|discharged|pumped|handed|"
                r"passed|sold|transshipped)\s+(?:it|them|(?:all\s+of\s+)?(?:the|its|her)\s+(?:entire\s+|whole\s+)?"
                r"(?:cargo|load|shipment|consignment|fuel|oil|crude|diesel|gasoline|condensate|coal|grain|"
                r"wheat)(?:es|s)?)\s+(?:\w+\s+){0,3}?(?:to|into|onto)\s+(?:a|an|another|the|two|three|"
                r"several|other)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|carrier|barge|freighter|"
                r"buyer|trader)s?\b", re.I)


def _upto_next_port(analysis: Analysis, call: dict[str, Any]) -> tuple[int, int]:
    """A call's sentence up to the next port it names after the call's own."""
    start, end = call["evidence"][0]
    after = [p.start for p in analysis.between(call["position"] + 1, end, "Port")
             if p.key != call["port"]]
    return start, min(after, default=end)


_WHICH_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?$")
_SHIPS_AS_LOAD = re.compile(r"\b(?:vessels|ships|tankers|supertankers|freighters|carriers|bulkers|VLCCs|"
                            r"Aframaxes|Suezmaxes)$", re.I)


# what may follow a port's name in a log's "loaded Primorsk 8 Aug" (not "loaded Basra crude")
_NO_MORE_CARGO = re.compile(r"\s*$|\s+(?:\d|(?:on|in)\b)")


def _carried(analysis: Analysis, span: tuple[int, int], verbs: Gated = _CARRYING,
             passives: bool = True) -> str | None:
    """"left Sevastopol carrying grain": the cargo a sentence says the ship had aboard (or,
    with other verbs, unloaded); with `passives`, also the subject of "were loaded onto"."""
    text = analysis.text
    for m in verbs.finditer(text, *span):
        if _WHICH_BEFORE.search(text, max(span[0], m.start() - 12), m.start()) and any(
                x.type == "Port" for x in analysis.between(max(span[0], m.start() - 80), m.start())[-1:]):
            continue  # "Dunai, the former base that received the first consignments": the port's
        if not blocked(text, span[0], m.start(), m.end()):
            cargo = cargo_phrase(text[m.end():clause_end(text, m.end(), span[1])])
            if cargo and (analysis.between(m.end(), m.end() + len(cargo), "Vessel") or
                          _SHIPS_AS_LOAD.search(cargo)):
                continue  # "Takoradi received the tanker X": a ship, not what it carried
                # (nor "PDVSA loaded three VLCCs at Jose": ships loaded, not their load)
            if cargo and any(cargo.startswith(x.text) and _NO_MORE_CARGO.match(cargo, len(x.text))
                             for x in analysis.between(m.end(), m.end() + len(cargo) + 2, "Port")):
                continue  # a log's "discharged Sikka 3 Sep": the port, not what it unloaded
            if cargo:
                return cargo
    if passives and (verbs is _CARRYING or verbs is _DISCHARGED):
        # "some 20,000 tonnes of diesel were loaded onto the tanker X", "where the containers
        # were unloaded": the passive's subject
        passive = (_LOADED_ONTO if verbs is _CARRYING else _UNLOADED).search(text, *span)
        if passive and not blocked(text, span[0], passive.start(), passive.end()):
            lo = max([span[0]] + [c.end() for c in _CLAUSE_COMMA.finditer(text, span[0],
                                                                             passive.start())])
            # (", where the containers were loaded onto railcars": the containers)
            cargo = cargo_phrase(_CLAUSE_WORD.sub("", text[lo:passive.start()]))
            if cargo and lo == span[0] and cargo.split()[0][1:].islower():
                cargo = cargo[0].lower() + cargo[1:]  # "Containers were loaded": containers
            return cargo
    return None


_LOADED_ONTO = rx(r"\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:loaded|put|placed|"
                  r"stowed|pumped)\s+(?:onto|on\s+to|aboard|on\s+board|into)\b")
_UNLOADED = rx(r"\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:unloaded|"
               r"discharged|offloaded)\b")
_CLAUSE_COMMA = rx(r"[,;:](?!\d{3}\b)")
_CLAUSE_WORD = re.compile(r"^\s*(?:where|when|after|before|once|while|as|and|but|then)\s+")


def _fill_origin(analysis: Analysis, vessel: str, origin: dict[str, Any],
                 dest: dict[str, Any]) -> None:
    state = getattr(analysis.port(origin["port"]), "country", None)
    for e in analysis.events:
        # (or a state the port is in: "its cargo of Iranian gas", loaded at Bandar Abbas)
        if e["type"] == "Transfer" and e.get("vessel") == vessel and \
                e.get("destination") == dest["port"] and (
                    e.get("origin") is None or e.get("origin_type") == "State" and e.get("origin") == state):
            by_state = e.get("origin") is not None
            e["origin"], e["origin_type"], e["filled"] = origin["port"], "Port", True
            # from the loading's time to the discharge's, where the call there has one
            e["date"] = span_dates(origin.get("date"), dest.get("date") or e.get("date"))
            # the cargo told where it was loaded ("left Ust-Luga ..., loaded with fertilizer"),
            # also where the discharge told it back by a word for any load ("the fuel"), or by
            # its state ("Russian crude", loaded as Urals)
            told = e.get("cargo")
            if not told or by_state or _load_told_back(analysis, dest, told):
                e["cargo"] = _carried(analysis, origin["evidence"][0]) or origin.get("loaded_cargo") or told
            # (and the sentence that tells where it came from)
            e["evidence"] += [x for x in origin["evidence"][:1] if x not in e["evidence"]]


_PASSIVE = rx(r"\s(?:has been|have been|had been|was|were|are|is|are being|is being)\s+"
              r"(?:[a-z]+ly\s+)?$")


# the cargo a passive's subject names: "Coal loaded in North Korea (is being shipped)"
_SUBJECT_CARGO = re.compile(r"\s*(?:(?:the|much|most|some|all)\s+(?:of\s+the\s+)?)?"
                            r"(?P<cargo>(?:[a-z-]+\s+)?" + CARGO_WORDS + r")\b(?!\s+(?:and|or)\b)", re.I)
_A_CARGO_WORD = re.compile(CARGO_WORDS, re.I)
# "re-exported", "re-sold", "onward-shipped": sent on from where it had come to
_RESENT = re.compile(r"\b(?:re-?|onward-?)$", re.I)
_STOLEN = rx(r"\b(?:stole|stolen|steal(?:s|ing)?|looted|looting|plundered|pillaged|expropriated|"
             r"misappropriated)\b", re.I)
_SAYS = rx(r"\b(?:said|says|say|told\s+(?:[\w-]+\s+){0,2}?(?=[A-Z])|reported|reports|claimed|claims|"
           r"alleged|alleges|believes|estimated|estimates|added|noted|stated|warned|announced|"
           r"accused)\b")


_ITS_SPEAKER = rx(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:minister|ministry|government|president|officials?|"
                  r"spokes(?:man|woman|person)|navy|military|army|coast\s+guard|embassy|intelligence|agency|"
                  r"leader|authorities|prime\s+minister|joint\s+chiefs)(?![\w-])", re.I)


_SPEAKERS_SAID = rx(r"\s+(?:[\w-]+\s+){0,2}?(?:officials?|authorities|intelligence|diplomats?|sources|"
                    r"spokes(?:man|woman|person)|military|navy|government|analysts)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:said|say|says|told|believes?|believed|estimates?|estimated|reported|claimed|claims|warned|"
                    r"added|confirmed|assessed)\b", re.I)


def state_transfers(analysis: Analysis, sent: Sentence) -> None:
    """Supplies between states with no named ship: "Iran sends Russia shells", "supplying the
    country with drones", "Most of the oil went to China" (after "Venezuela's exports")."""
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    # (and "the island" for an island state named before: "shipped crude to the island")
    states = [m for m in analysis.in_sentence(sent, "State") if m.form in ("name", "capital") or
              m.form == "anaphor" and m.text.lower().startswith("the island")]
    # (not a state whose people speak: "shipped from North Korea to Russia, South Korea's defence
    # minister said")
    # (nor "..., US officials said")
    states = [m for m in states if not _ITS_SPEAKER.match(text, m.end) and
              not _SPEAKERS_SAID.match(text, m.end)]
    vessels = analysis.in_sentence(sent, "Vessel")
    verbs = list(_SUPPLY.finditer(text, s, e))
    for k, verb in enumerate(verbs):
        # (the verb's own objects end where the sentence's next supply verb begins: "shipped to
        # Kholmsk and re-exported to China")
        reach = verbs[k + 1].start() if k + 1 < len(verbs) else e
        carrier = None
        if vessels:
            # "Russia sent diesel to Cuba aboard the tanker X": a supply by a named ship
            stop = clause_end(text, verb.end(), e)
            carrier = next((v for v in vessels if verb.end() < v.start < stop and v.form == "name"
                            and _ABOARD_SHIP.search(text, max(verb.end(), v.start - 50), v.start)),
                           None)
            if carrier is None:
                break  # a ship's voyage: told by the rules for ships
        c0 = clause_start(text, s, verb.start())
        # (not "Chevron, which operates in Venezuela, shipped": the aside's state)
        asides = [(a.start(), a.end()) for a in RELATIVE.finditer(text, c0, verb.start())]
        that = [m for m in re.finditer(r"\b(?:that|which|who)\b", text[c0:verb.start()])
                if not any(a <= c0 + m.start() < b for a, b in asides)]
        if that:
            c0 += that[-1].end()  # "officials said that Iran sends": the subordinate subject
        said = [m for m in _SAYS.finditer(text, c0, verb.start())
                if not any(a <= m.start() < b for a, b in asides)]
        if said and any(said[-1].end() <= m.start and m.end <= verb.start() for m in states):
            c0 = said[-1].end()  # "South Korea said North Korea had shipped ...": who shipped
        # (not a state that tells what the subject is: "tankers under U.S. sanctions have
        # delivered Russian crude", "Greek-owned tankers shipped ...")
        supplier = next((m for m in states if c0 <= m.start and m.end <= verb.start() and
                         not any(a <= m.start < b for a, b in asides) and
                         not _STATE_OF_SUBJECT.match(text, m.end)), None)
        resent = _RESENT.search(text, max(s, verb.start() - 4), verb.start()) is not None
        if resent:
            # "shipped to Kholmsk and re-exported to China": from where it had been sent before
            sent_to = [m for m in analysis.in_sentence(sent, "Port") + states
                       if m.end <= verb.start() and m.form != "anaphor"
                       and _TO_PORT.search(text, max(s, m.start - 40), m.start)]
            if sent_to:  # (else who re-exports: "India re-exported Russian diesel to France")
                supplier = max(sent_to, key=lambda m: m.start)
        if supplier is not None and _STOLEN.search(text, s, e):
            # "Russia has stolen Ukrainian grain ..., much of it shipped to Syria": the grain is
            # of the state it was taken from
            robbed = cargo_origin(analysis, sent, s, e)
            if robbed is not None and robbed.key != supplier.key:
                supplier = robbed
        rest = text[verb.end():e]
        if _TO_SUPPLY.match(rest):
            continue  # "used Caspian shipping to send drones to Russia": the verb after tells it
        dest = None
        direct = re.match(r"\s+(?:the\s+)?(?P<w>[A-Z][\w'’ -]*?|country)\s+(?:with\b|[a-z])", rest)
        if direct and direct["w"] == "country":
            prior = [m for m in analysis.between(verb.start() - 400 - analysis.longest,
                                                 verb.start(), "State")
                     if m.form != "adjective" and m.end <= verb.start()
                     and (supplier is None or m.key != supplier.key)
                     and verb.start() - m.end < 400]
            dest = prior[-1] if prior else None
        elif direct:
            dest = next((m for m in states if m.start == verb.end() + direct.start("w")), None)
        # "supplied the Houthis in Yemen with drones": the state those supplied are in
        held_by = next((m for m in states if verb.end() < m.start < verb.end() + 60
                        and _THOSE_IN.fullmatch(text, verb.end(), m.start)
                        and not analysis.between(verb.end(), m.start, "State")), None) \
            if dest is None else None
        if held_by is not None:
            dest = held_by
        if dest is None:
            dest = next((m for m in states if verb.end() < m.start < min(verb.end() + 120, reach)
                         and (re.search(r"\bto\s+(?:the\s+)?$", text[m.start - 12:m.start]) and
                              # (not "sold fuel oil to a trader linked to Iran": who bought it)
                              not _TIED_TO.search(text, max(s, m.start - 30), m.start) or
                              # ("shipped weapons to the Houthis in Yemen")
                              (to := _TO_THOSE_IN_STATE.search(text, max(s, m.start - 60), m.start))
                              and not analysis.between(to.start(), m.start, "State"))), None)
        if not vessels and (dest is None or dest.start > verb.end() and not direct):
            # "Caracas sent two cargoes of fuel oil to Havana": to a port of another state
            # ("shipped to the Russian port of Kholmsk ... and re-exported to China": the port
            # told first)
            port = next((m for m in analysis.in_sentence(sent, "Port")
                         if verb.end() < m.start < min(verb.end() + 120, reach) and m.form != "anaphor"
                         and _TO_PORT.search(text, max(s, m.start - 40), m.start)
                         and analysis.port(m.key) is not None), None)
            if port is not None and (dest is None or port.start < dest.start):
                dest = port
        adjective = None
        cargo_end = dest.start if dest is not None else e
        source = next((m for m in states if dest is not None and verb.end() < m.start < dest.start and
                       re.search(r"\bfrom\s+(?:the\s+)?$", text[m.start - 12:m.start])), None)
        if source is not None:
            # "Japan condemns the transfer of arms from the DPRK to Russia": the state it comes
            # from, not the subject
            supplier, cargo_end = source, source.start
            rest = text[verb.end():source.start]
            direct = None
        if supplier is None and dest is not None and dest.type == "Port" and (passive := _PASSIVE.search(
                text, c0, verb.start())) is not None:
            # "Drone parts were shipped from Bandar Anzali to Makhachkala": between two ports
            port_from = next((p for p in analysis.in_sentence(sent, "Port")
                              if verb.end() < p.start < dest.start and p.form != "anaphor"
                              and _FROM_PORT.search(text, max(s, p.start - 40), p.start)), None)
            if port_from is not None and port_from.key != dest.key and \
                    cargo_origin(analysis, sent, c0, passive.start()) is None:
                supplier, rest = port_from, text[verb.end():port_from.start]
        if supplier is None and dest is not None and dest.start > verb.end():
            # "tankers shipped Iranian oil to China": the state the cargo is of
            supplier = adjective = cargo_origin(analysis, sent, verb.end(), dest.start)
            passive = _PASSIVE.search(text, c0, verb.start())
            if supplier is None and verb.group().lower() in _SUPPLY_NOUNS:
                supplier = adjective = cargo_origin(analysis, sent, c0, verb.start())
                cargo_end = verb.start()
            elif supplier is None and passive:
                # "Iranian drones have been shipped to Russia": the cargo is the subject
                supplier = adjective = cargo_origin(analysis, sent, c0, passive.start())
                cargo_end = passive.start()
        exported = None
        if supplier is None and dest is not None and dest.type == "State" and \
                _FLOW_AMOUNT.match(text, verb.end()):
            # "Venezuela's oil exports rose ... Chevron shipped 240,000 bpd to the United States":
            # a share of the exports the paragraph tells of
            supplier = exported = _exporter(analysis, sent)
        if supplier is None or dest is None or supplier.key == dest.key:
            continue
        if supplier.type == "State" and dest.type == "Port" and \
                (entry := analysis.port(dest.key)) is not None and entry.country == supplier.key:
            continue  # to a port of its own: no supply between states
        if blocked(text, s, c0, dest.end):
            continue
        after = text[dest.end:e]
        if exported is not None:
            cargo = _exported_cargo(text, exported)
        elif adjective is not None:  # "Iranian oil": the words after the adjective
            cargo = cargo_phrase(text[adjective.end:cargo_end])
        # "Iran sends Russia shells" (the state is the first object), not "sold coal to China"
        elif direct is not None and direct["w"] == "country":  # "supplying the country with X"
            cargo = cargo_phrase(re.sub(r"^\s*(?:the\s+)?country\s+with\b", "", rest))
        elif direct is not None and dest.start == verb.end() + direct.start("w") or held_by is not None:
            # ("supplied Yemen's Houthis with drones")
            cargo = cargo_phrase(re.sub(r"^(?:['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3})?\s*with\b", "", after))
        else:
            cargo = cargo_phrase(rest)
        if cargo is not None and verb.group().lower() in _SUPPLY_NOUNS and _NOUN_THEN_VERB.match(rest):
            cargo = None  # "Iran's crude exports now go to China": a verb, no cargo, after the noun
        if cargo is None and verb.group().lower() in _SUPPLY_NOUNS:
            # "resumed coal exports to China": the cargo named before the noun
            before = _CARGO_BEFORE.search(text, max(s, verb.start() - 40), verb.start())
            cargo = before["cargo"] if before else None
        if cargo is None and verb.group().lower() in _SUPPLY_NOUNS and \
                (of := _OF_CARGO.match(text, verb.end(), e)) is not None:
            cargo = cargo_phrase(of["what"])  # "Russian exports of diesel to Brazil"
        if cargo is None and (passive := _PASSIVE.search(text, c0, verb.start())) is not None:
            # "Coal loaded in North Korea is being shipped to ...": the cargo is the subject
            subject = _SUBJECT_CARGO.match(text, c0, passive.start())
            cargo = subject["cargo"] if subject else None
            if cargo is None:
                # ("Some 6,700 containers of munitions have been shipped ...": a counted load)
                counted = cargo_phrase(" " + text[c0:passive.start()])
                cargo = counted if counted and _A_CARGO_WORD.search(counted) else None
                if counted is not None and _NOT_GOODS.search(counted):
                    continue  # "The envoys have been sent from North Korea to Russia": people
            if cargo and _A_CARGO_WORD.fullmatch(cargo.split()[0]):
                cargo = cargo[0].lower() + cargo[1:]  # ("Coal", opening the sentence)
        if cargo is None and resent:
            # "shipped to Kholmsk and re-exported to China": the goods sent there before
            cargo = next((ev.get("cargo") for ev in reversed(analysis.events)
                          if ev["type"] == "Transfer" and ev["destination"] == supplier.key
                          and ev["evidence"][0][0] == s), None)
        if cargo is not None and _SHIPS_SENT.search(cargo):
            continue  # "Russia sent two frigates to Tartus": ships deployed, no cargo supplied
        if cargo is not None and _NOT_GOODS.search(cargo):
            continue  # "North Korea sent troops to Russia", "Moscow sent a letter to Washington"
        if verb.group().lower() == "moved" and (cargo is None or not _GOODS_WORD.search(cargo)):
            continue  # "The meeting was moved from Moscow to Tehran": no goods told
        if carrier is not None:
            _carried_supply(analysis, sent, verb.start(), carrier, supplier, dest, cargo)
            continue
        _state_transfer(analysis, sent, verb.start(), supplier, dest, cargo)
        # "shipped to Syria, Turkey and Lebanon": a supply to each state of the list
        last = dest
        for m in states:
            if m.start > last.end and JOINED.fullmatch(text, last.end, m.start):
                if m.key != supplier.key:
                    _state_transfer(analysis, sent, verb.start(), supplier, m, cargo)
                last = m
        # "Tehran and Moscow have both expanded oil sales to China": a supply by each state of
        # the subject's list
        last = supplier
        for m in states if supplier.start < verb.start() and adjective is None and exported is None and \
                source is None and not resent else ():
            if last.end <= m.start and m.end <= verb.start() and JOINED.fullmatch(text, last.end, m.start):
                if m.key != dest.key:
                    _state_transfer(analysis, sent, verb.start(), m, dest, cargo)
                last = m
    if vessels:
        return  # (what ships did is told by the rules for ships)
    _flows(analysis, sent, states)
    _receipts(analysis, sent, states)
    _reached(analysis, sent, states)


# a buyer told by the state it is tied to: "a trader linked to Iran"
_TIED_TO = re.compile(r"\b(?:linked|tied|close|connected|related|allied|loyal|friendly|belonging)\s+to\s+"
                      r"(?:the\s+)?$", re.I)
# the goods a supply's noun is of, told after it: "exports of diesel to Brazil"
_OF_CARGO = re.compile(r"\s+of\s+(?P<what>[^,;.]{2,60}?)\s+(?:to|from|for)\b")
# "Weapons from North Korea have reached Russia": a cargo from one state that came to another
_CARGO_FROM = rx(r"\b(?P<cargo>(?:[\w-]+\s+)?" + CARGO_WORDS + r")\s+from\s+(?:the\s+)?$", re.I)
_REACHED_VERB = (r"(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+|also\s+)?(?:reached|arrived\s+in|"
                 r"made\s+(?:its|their)\s+way\s+to|ended\s+up\s+in|found\s+(?:its|their)\s+way\s+to|"
                 # "North Korean coal continued to reach China"
                 r"(?:continued|continues|continue|began|begun|started)\s+to\s+(?:reach|arrive\s+in))\s+"
                 r"(?:the\s+)?$")
_REACHED = rx(r"\s+" + _REACHED_VERB, re.I)
# "Iranian drones have reached Russia": the cargo named after the state's adjective
_ITS_REACHED = rx(r"(?:-(?:made|built|produced|origin))?\s+(?P<cargo>(?:(?!and\b|or\b)[a-z-]+\s+){0,2}" +
                  CARGO_WORDS + r"(?:,?\s+(?:and|or)\s+(?:[a-z-]+\s+)?" + CARGO_WORDS + r")?)\s+" +
                  _REACHED_VERB, re.I)


# "Arms deliveries from Iran to Russia", "shipments of crude from Venezuela to Cuba": a supply
# told by its noun, from one state to another
_SUPPLY_NOUN_FROM = rx(r"\b(?:(?P<cargo>(?:(?![a-z]+ed\b)[\w-]+\s+)?" + CARGO_WORDS + r")\s+)?"
                       r"(?:deliveries|shipments|exports|supplies|transfers|sales|consignments)\s+"
                       r"(?:of\s+(?P<cargo2>(?:[\w-]+\s+)?" + CARGO_WORDS + r")\s+)?from\s+(?:the\s+)?$",
                       re.I)
_TO_STATE = re.compile(r"\s+to\s+(?:the\s+)?")


def _reached(analysis: Analysis, sent: Sentence, states: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    for a, b in zip(states, states[1:], strict=False):
        told = _SUPPLY_NOUN_FROM.search(text, max(s, a.start - 60), a.start)
        if told and a.key != b.key and _TO_STATE.fullmatch(text, a.end, b.start) and \
                (told["cargo"] or told["cargo2"]) and not blocked(
                    text, s, told.start(), clause_end(text, b.end, sent.span.end)):
            cargo = told["cargo"] or told["cargo2"]
            if cargo[:1].isupper() and cargo.split()[0][1:].islower() and told.start() == s:
                cargo = cargo[0].lower() + cargo[1:]  # ("Arms" opening the sentence)
            _state_transfer(analysis, sent, told.start(), a, b, cargo_phrase(cargo))
    for a in analysis.in_sentence(sent, "State"):
        if a.form != "adjective":
            continue
        dest = next((m for m in states if m.start > a.end), None)
        came = _ITS_REACHED.fullmatch(text, a.end, dest.start) if dest and dest.key != a.key else None
        if dest and came and not blocked(text, s, a.start, dest.end):
            _state_transfer(analysis, sent, a.start, a, dest, cargo_phrase(came["cargo"]))
    # "Weapons from Iran have reached Yemen"; "Arms flowed from Iran to the Houthis in Yemen": a
    # cargo that came from one state to the other
    for came_from, reach, gap in ((_CARGO_FROM, 60, _REACHED), (_CARGO_MOVED_FROM, 80, _TO_THOSE_IN)):
        for a, b in zip(states, states[1:], strict=False):
            held = came_from.search(text, max(s, a.start - reach), a.start)
            if held is None or a.key == b.key or not gap.fullmatch(text, a.end, b.start) or \
                    blocked(text, s, held.start(), b.end):
                continue
            cargo = held["cargo"]
            if cargo[:1].isupper() and cargo.split()[0][1:].islower() and held.start() == s:
                cargo = cargo[0].lower() + cargo[1:]  # ("Weapons" opening the sentence)
            _state_transfer(analysis, sent, held.start(), a, b, cargo_phrase(cargo))


_CARGO_MOVED_FROM = rx(r"\b(?P<cargo>(?:[\w-]+\s+)?" + CARGO_WORDS + r")\s+(?:(?:have|has|had)\s+)?"
                       r"(?:also\s+|continued\s+to\s+|[a-z]+ly\s+)?(?:flowed|flow|flows|flowing|moved|"
                       r"travell?ed|passed|poured|streamed|came|went)\s+from\s+(?:the\s+)?$", re.I)
# (to the state, or to a body in it: "to the Houthis in Yemen")
_TO_THOSE_IN = re.compile(r"\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:in|of)\s+)?")


_RECEIVE = rx(r"\b(?:receiv(?:ed|es|e|ing)|obtain(?:ed|s)?|acquir(?:ed|es)|bought|buys|purchas(?:ed|es)|"
              r"import(?:ed|s|ing)?|"
              # "Turkey has become a major buyer of Russian diesel"
              r"(?:buyer|buyers|importer|importers|purchaser|customer)\s+(?:of|for))\b", re.I)


# (not a count: "sent several fuel shipments": fuel)
_CARGO_BEFORE = rx(r"\b(?<!['’])(?P<cargo>(?:(?![a-z]+ed\b|its\b|their\b|the\b|several\b|many\b|some\b|"
                   r"numerous\b|multiple\b|few\b|more\b|two\b|three\b|four\b|five\b|six\b|seven\b|"
                   r"eight\b|nine\b|ten\b|dozens\b)[a-z]+\s+)?" + CARGO_WORDS +
                   r")\s+$")
_FINITE = rx(r"\b(?:have|has|had|was|were|is|are|will|would|did|does)\b")


# a state that tells what a ship is, not who sends: "under U.S. sanctions", "Greek-owned"
_STATE_OF_SUBJECT = re.compile(r"(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w.]*)?(?:\s+|-)(?:sanctions|sanctioned|"
                               r"flagged|owned|registered|based|linked|managed|controlled|operated|built|crewed)\b")


_OWN_CARGO = rx(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + CARGO_WORDS + r"\b")


_GOVERNED = rx(r"\b(?:on|of|for|against|with|to|from|by|in|between|at|over)\s+(?:the\s+)?$")


def _receipts(analysis: Analysis, sent: Sentence, states: list[Mention]) -> None:
    """"Russia has received drones from Iran", "India imported Russian crude": a supply told
    from the receiving side."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for verb in _RECEIVE.finditer(text, s, e):
        c0 = clause_start(text, s, verb.start())
        that = list(re.finditer(r"\b(?:that|which|who)\b", text[c0:verb.start()]))
        if that:
            c0 += that[-1].end()
        subject = [m for m in states if c0 <= m.start and m.end <= verb.start()]
        if not subject and verb.group().lower() in ("imports", "purchases"):
            # "Chinese imports from Iran fell": the adjective right before the noun is who imports
            subject = [m for m in analysis.in_sentence(sent, "State") if m.form == "adjective"
                       and re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}", text[m.end:verb.start()])]
        if not subject:
            _received_at_port(analysis, sent, verb, c0)
            continue
        dest = subject[-1]
        stop = clause_end(text, verb.end(), e)
        # "India's purchases of Russian oil have drawn criticism from Washington": what
        # follows the next verb is not where the oil came from
        finite = _FINITE.search(text, verb.end(), stop)
        stop = finite.start() if finite else stop
        source = next((m for m in states if verb.end() < m.start < stop and re.search(
            r"\bfrom\s+(?:the\s+)?$", text[max(s, m.start - 12):m.start])), None)
        if source is None:
            source = cargo_origin(analysis, sent, verb.end(), stop)
        exported = None
        if source is None and _FLOW_AMOUNT.match(text, verb.end()):
            # "Venezuela's oil exports rose in November ... Cuba received 35,000 bpd": of the
            # exports the paragraph tells of
            source = exported = _exporter(analysis, sent)
        if source is None or source.key == dest.key or blocked(text, s, c0, verb.end()):
            continue
        if any(ev["type"] == "Transfer" and ev["evidence"][0][0] == s and
               ev.get("origin") == source.key and ev.get("destination") == dest.key
               for ev in analysis.events):
            continue
        rest = text[verb.end():stop]
        cargo = cargo_phrase(rest)
        if cargo is None and dest.form == "adjective" and dest.end < verb.start():
            # "Indian crude imports from Russia": what is imported, named before the noun
            before = _CARGO_BEFORE.search(text, dest.end, verb.start())
            cargo = before["cargo"] if before else None
        if exported is not None:
            # (not the unit counted: "35,000 bpd")
            cargo = _exported_cargo(text, exported)
        elif source.form == "adjective":  # "record volumes of Russian crude": crude
            cargo = cargo_phrase(text[source.end:stop]) or cargo
        elif text.startswith(("'s", "’s"), source.end) and _OWN_CARGO.match(text, source.end + 2, stop):
            # "most of Iran's oil exports": oil
            owned = text[source.end + 2:stop].rstrip(" .,;")
            cargo = cargo_phrase(re.sub(r"\s+exports?$", "", owned)) or cargo
        # "India and China bought Russian crude": each state of the subject's list bought it
        buyers = [dest]
        for m in reversed(subject[:-1]):
            if not JOINED.fullmatch(text, m.end, buyers[0].start):
                break
            buyers.insert(0, m)
        if len(buyers) > 1 and _GOVERNED.search(text, max(c0, buyers[0].start - 20), buyers[0].start):
            buyers = [dest]  # "Sanctions on Iran and India bought ...": the list is no subject
        for buyer in buyers:
            if buyer.key != source.key:
                _state_transfer(analysis, sent, verb.start(), source, buyer, cargo)


# who buys for a place, where no state is named as the buyer: "Eastern authorities imported ..."
_IMPORTER = rx(r"\b(?:authorities|government|officials|ministry|importers|buyers|traders|refiners|"
               r"refineries|millers|companies|firms|utilit(?:y|ies))\s+(?:[a-z]+ly\s+|also\s+|have\s+|has\s+|"
               r"had\s+)*$", re.I)
# the port a supply came in by: "through the port of Derna", "via Benghazi", "into Tobruk"
_IN_BY_PORT = re.compile(r"\b(?:through|via|into|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?"
                         r"(?:port|harbou?r|terminal)\s+(?:of|at)\s+)?$", re.I)


def _received_at_port(analysis: Analysis, sent: Sentence, verb: re.Match[str], c0: int) -> None:
    """"Eastern authorities also imported Russian wheat through the port of Derna": a supply
    from the state the cargo is of, to the port it came in by, where no state is the buyer."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if verb.group().lower() not in ("imported", "received", "bought", "purchased", "obtained", "acquired") \
            or not _IMPORTER.search(text, c0, verb.start()):
        return
    stop = clause_end(text, verb.end(), e)
    port = next((p for p in analysis.in_sentence(sent, "Port") if verb.end() < p.start < stop and
                 p.form != "anaphor" and _IN_BY_PORT.search(text, max(s, p.start - 40), p.start)), None)
    source = cargo_origin(analysis, sent, verb.end(), port.start) if port is not None else None
    entry = analysis.port(port.key) if port is not None else None
    if source is None or port is None or entry is None or entry.country == source.key or \
            blocked(text, s, c0, verb.end()):
        return
    record(analysis, sent, "Transfer", verb.start(), vessel=None, origin=source.key, destination=port.key,
           cargo=cargo_phrase(text[source.end:stop]), origin_type="State", destination_type="Port")


# ("to the Cuban port of Matanzas"; not "via Rajin": a port passed through leaves the state)
_FROM_PORT = rx(r"\bfrom\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:port|harbou?r)\s+of\s+)?"
                r"(?:[\w'’-]+['’]s\s+)?$", re.I)
_TO_PORT = rx(r"\b(?:to|into)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:port|harbou?r)\s+of\s+)?"
              r"(?:[\w'’-]+['’]s\s+)?$", re.I)


def _state_transfer(analysis: Analysis, sent: Sentence, pos: int, origin: Mention, dest: Mention,
                    cargo: str | None) -> None:
    """A supply between states, at its ports where the sentence names them ("exported wheat from
    Novorossiysk to Egypt", "shipped drones to Russia's Makhachkala")."""
    text, s = analysis.text, sent.span.start
    for p in analysis.in_sentence(sent, "Port"):
        entry = analysis.port(p.key)
        if p.start < pos or p.form == "anaphor" or entry is None:
            continue
        before = text[max(s, p.start - 40):p.start]
        # ("exported wheat to Egypt through the port of Novorossiysk": the port it went out by)
        through = _THROUGH_PORT.search(before) is not None
        # (a port the gazetteer lacks, of no state told: the side it stands on, "from the port of X")
        unsure = entry.country is None and p.key in analysis.unlisted_ports
        if (entry.country == origin.key or unsure) and origin.type == "State" and (
                _FROM_PORT.search(before) or through and not unsure):
            origin = p
        elif (entry.country == dest.key or unsure) and dest.type == "State" and (
                _TO_PORT.search(before) or through and not unsure):
            dest = p
    record(analysis, sent, "Transfer", pos, vessel=None, origin=origin.key, destination=dest.key,
           cargo=cargo, origin_type=origin.type, destination_type=dest.type)


_THROUGH_PORT = re.compile(r"\b(?:through|via)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:port|harbou?r|terminal)\s+"
                           r"(?:of|at)\s+)?$", re.I)
_SHIPS_SENT = re.compile(r"(?i)\b(?:frigates?|warships?|destroyers?|corvettes?|submarines?|cruisers?|"
                         r"ships?|vessels?|tankers?|boats?|fleets?|flotillas?|squadrons?|"
                         r"landing\s+craft)$")
_GOODS_WORD = rx(r"\b" + CARGO_WORDS + r"\b", re.I)
# what states send one another that is no cargo: people, and words
_NOT_GOODS = re.compile(r"(?i)\b(?:troops|soldiers|servicemen|personnel|workers|labou?rers|diplomats?|"
                        r"envoys?|ambassadors?|delegations?|officials|advis[eo]rs|instructors|"
                        r"mercenaries|volunteers|experts|specialists|teams?|missions?|letters?|notes?|"
                        r"messages?|warnings?|protests?|assurances?|guarantees?|condolences|"
                        r"congratulations|greetings|invitations?|signals?|statements?|proposals?|"
                        r"requests?|demands?|ultimatums?|(?:diplomatic|political|moral)\s+(?:cover|support|"
                        r"backing)|intelligence|advice|apolog(?:y|ies))$")
_TO_SUPPLY = re.compile(r"\s+to\s+(?:[a-z]+ly\s+)?(?:send|supply|ship|deliver|move|carry|transport|"
                        r"export|provide|bring|smuggle|ferry)\b")
# what stands between a supply's words and the ship that carried it: "aboard the tanker "
_ABOARD_SHIP = rx(r"\b(?:aboard|on\s+board|onboard|on|in|by|via|using|with)\s+(?:the\s+)?"
                  r"(?:[\w-]+\s+){0,3}?$", re.I)


def _carried_supply(analysis: Analysis, sent: Sentence, pos: int, carrier: Mention,
                    origin: Mention, dest: Mention, cargo: str | None) -> None:
    """"Russia sent diesel to Cuba aboard the tanker X, which docked at Matanzas": the ship's
    voyage, to the port of the receiving state it called at where the sentence names one."""
    called = [p for p in analysis.in_sentence(sent, "Port") if p.start > carrier.end
              and p.form != "anaphor" and (entry := analysis.port(p.key)) is not None
              and entry.country == dest.key]
    state = dest
    if called:
        dest = called[0]
    told = [ev for ev in analysis.events_at(sent.span.start)
            if ev["type"] == "Transfer" and ev.get("vessel") == carrier.key]
    for ev in told:  # told as the ship's own voyage ("which unloaded at Astrakhan"): its ends
        if ev.get("origin") is None:
            ev["origin"], ev["origin_type"] = origin.key, origin.type
        if ev.get("destination") in (None, state.key) and dest is not state:
            # ("sent diesel to the island aboard the X, which docked at Matanzas": the port)
            ev["destination"], ev["destination_type"] = dest.key, dest.type
        ev["cargo"] = ev.get("cargo") or cargo
    if told:
        return
    record(analysis, sent, "Transfer", pos, vessel=carrier.key, origin=origin.key,
           destination=dest.key, cargo=cargo, origin_type=origin.type, destination_type=dest.type)


def _flows(analysis: Analysis, sent: Sentence, states: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    buyers = _BUYERS_NAMED.search(text, s, sent.span.end)
    if buyers is not None and not blocked(text, s, s, buyers.start()):
        # "Russia exported 4.8 million tonnes of wheat in July, with Turkey and Egypt the largest
        # buyers": a supply to each of the buyers named
        exporter = _exporter(analysis, sent)
        cargo = _exported_cargo(text, exporter) if exporter is not None else None
        verb = _EXPORTED.match(text, exporter.end) if exporter is not None else None
        if cargo is None and verb is not None and verb.end() < buyers.start():
            cargo = cargo_phrase(text[verb.end():buyers.start()])  # "Russia exported 4.8 Mt of wheat"
        for dest in states:
            if exporter is not None and dest.key != exporter.key and \
                    buyers.start("list") <= dest.start < buyers.end("list"):
                record(analysis, sent, "Transfer", dest.start, vessel=None, origin=exporter.key,
                       destination=dest.key, cargo=cargo, origin_type="State", destination_type="State")
    for dest in states:
        m = _FLOW.search(text, max(s, dest.start - 60), dest.start)
        if m is None and dest.form == "name" and (told := _DESTINATION_TOLD.match(text, dest.end)):
            # "China remained the largest destination, taking 590,000 bpd": where the exports the
            # paragraph tells of went
            m = told
        # (the exports' share "heading to China" is where they went, no plan)
        if not m or blocked(text, s, s, m.start() if m.group().lower().startswith(("with", ","))
                            else dest.end):
            continue
        exporter = _exporter(analysis, sent)
        cargo = None
        if exporter is not None:
            # (the exports told: "Venezuela's oil exports rose ... Most of the cargoes went to China")
            cargo = _exported_cargo(text, exporter)
        if exporter is None:
            # "Around 90% of Iran's oil goes to China", "Iranian crude went to China": the state
            # the cargo that went is of
            exporter = cargo_origin(analysis, sent, s, m.start())
            if exporter is not None:
                told = _STATES_CARGO.match(text, exporter.end, m.start())
                cargo = told["cargo"] if told else None  # (a flow's word is cleared at the end)
        if exporter is None or exporter.key == dest.key:
            continue
        share = _SHARE_OF.search(text, s, m.start())  # "Most of the crude went to China"
        if share is not None and share["cargo"].lower() not in _UNSAID:  # (not "Most of the cargoes")
            cargo = share["cargo"]
        record(analysis, sent, "Transfer", m.start(), vessel=None, origin=exporter.key,
               destination=dest.key, cargo=cargo,
               origin_type="State", destination_type="State")


# the buyers of a state's exports, named after them: ", with Turkey and Egypt the largest buyers"
_BUYERS_NAMED = rx(r",?\s+with\s+(?P<list>(?-i:[A-Z])[^,;.]{2,80}?)\s+(?:as\s+)?(?:the|its)\s+"
                   r"(?:(?:largest|biggest|main|top|leading|principal|chief|two|three)\s+)+"
                   r"(?:buyers?|importers?|destinations?|customers?|markets?|recipients?)\b", re.I)
_DESTINATION_TOLD = re.compile(r"\s+(?:remained|remains|was|is|became|has\s+become|stayed)\s+(?:the\s+)?"
                               r"(?:(?:largest|biggest|main|top|leading|second|second-largest|third|"
                               r"principal|single\s+largest)\s+)+(?:destination|buyer|market|importer|customer|"
                               r"recipient)\b", re.I)
# an amount received that is a flow: "received 35,000 bpd", "took 1.2 million tonnes"
_FLOW_AMOUNT = re.compile(r"\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|less\s+than|"
                          r"only|just)\s+)?[\d,.]+\s*(?:million\s+|m\s+)?(?:bpd|b/d|barrels|tonnes|tons|"
                          r"metric\s+tons|cubic\s+metres)\b", re.I)
# the cargo after the state it is of: "Iran's oil", "Iranian crude" (then the flow's verb)
_STATES_CARGO = re.compile(r"(?:['’]s)?(?:[- ]origin)?\s+(?P<cargo>(?:[a-z-]+\s+)?" + CARGO_WORDS + r")\b")
_SHARE_OF = re.compile(r"\b(?i:most|much|some|all|part|half|the\s+rest|the\s+bulk|the\s+majority)\s+of\s+"
                       r"(?:the|its|their|this|that|these|those)\s+(?P<cargo>(?:[a-z-]+\s+)?" + CARGO_WORDS +
                       r")\s+(?:[\w,-]+\s+){0,3}?$")


def _exported_cargo(text: str, exporter: Mention) -> str | None:
    """What the exports told after a state are of: "Venezuela's oil exports": oil."""
    told = _STATES_CARGO.match(text, exporter.end)
    return re.sub(r"(?:^|\s+)exports?$", "", told["cargo"]) or None if told else None


def _exporter(analysis: Analysis, sent: Sentence) -> Mention | None:
    """The state whose exports the paragraph is about ("Venezuela's crude exports rose"; a
    paragraph that opens with where they went may be about the one before's)."""
    index = analysis.index_of(sent)
    opens = index > 0 and analysis.sentences[index - 1].paragraph == sent.paragraph - 1
    for x in reversed([x for x in analysis.sentences if (x.paragraph == sent.paragraph or opens and
                                                        x.paragraph == sent.paragraph - 1)
                       and x.span.start <= sent.span.start]):
        for m in analysis.in_sentence(x, "State"):
            if m.form != "adjective" and _EXPORTER.match(analysis.text, m.end):
                return m
    return None


def drop_coarse(analysis: Analysis) -> None:
    """One voyage, one Transfer: drop a state-level one that a port-level one refines, told in
    the same sentence or at a time that may be the same ("carried North Korean coal to China
    in 2023 ... On each voyage it loaded at Nampo and unloaded at Longkou")."""
    transfers = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")]
    _state_end_by_port(analysis, transfers)
    _ends_told_after(analysis, transfers)
    transfers = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")]

    def covers(coarse: str | None, fine: str | None) -> bool:
        if coarse is None or coarse == fine:
            return True
        entry = analysis.port(fine)
        return entry is not None and entry.country == coarse

    drop = []
    for a in transfers:
        for b in transfers:
            if a is b or a["vessel"] != b["vessel"] or id(b) in drop:
                continue
            if (covers(a.get("origin"), b.get("origin")) or _same_load(analysis, a, b)) and \
                    covers(a.get("destination"), b.get("destination")) and \
                    (a.get("origin"), a.get("destination")) != (b.get("origin"), b.get("destination")) \
                    and (a["evidence"][0][0] == b["evidence"][0][0] or
                         overlaps(a.get("date"), b.get("date")) or _unloaded_on_arrival(a, b) or
                         _same_cargo_untimed(analysis, a, b)):
                drop.append(id(a))
                # what the coarse telling adds: the cargo, the time
                for key in ("cargo", "date"):
                    if b.get(key) is None and a.get(key) is not None:
                        b[key] = a[key]
    analysis.events[:] = [e for e in analysis.events if id(e) not in drop]
    _told_twice(analysis)
    _supply_by_ship(analysis, covers)
    # "Cargo ships have ferried ammunition from Amirabad to Astrakhan. The X and the Y made most
    # of the trips": the supply is the ships' voyages, told with that sentence, between the
    # same places (not "two cargoes of oil to Cuba. One of them, aboard the X, reached Matanzas")
    shipped = [e for e in analysis.events if e["type"] == "Transfer" and e.get("vessel")]
    analysis.events[:] = [
        e for e in analysis.events
        if not (e["type"] == "Transfer" and not e.get("vessel") and any(
            (e.get("origin"), e.get("destination")) == (b.get("origin"), b.get("destination"))
            and e["evidence"][0] in b["evidence"] for b in shipped))]


def _ends_told_after(analysis: Analysis, transfers: list[dict[str, Any]]) -> None:
    """"The X called at ports in Syria and Lebanon in May, delivering steel from China. || It
    discharged at Latakia on May 14 and at Beirut on May 17": a voyage told from where it began,
    to a state or to no place, and the unloadings told in the next sentence of the paragraph, at
    ports of that state (or at any), at a time it may be, are one voyage to each such port (not
    where either sentence tells of many voyages)."""
    drop = []
    for a in transfers:
        if not a.get("origin") or a.get("destination_type") not in (None, "State"):
            continue
        sent = analysis.sentence_at(a["evidence"][0][0])
        if sent is None:
            continue
        following = analysis.index_of(sent) + 1
        if following >= len(analysis.sentences):
            continue
        then = analysis.sentences[following]
        if then.paragraph != sent.paragraph or REPEATED.search(analysis.text, *a["evidence"][0]) or \
                REPEATED.search(analysis.text, then.span.start, then.span.end):
            continue  # ("the fifth voyage from Crimea to Syria this year. On previous trips, the
            # ship unloaded at Tartus": many voyages)
        ends = [b for b in transfers if b is not a and b["vessel"] == a["vessel"] and not b.get("origin")
                and b.get("destination_type") == "Port" and b["evidence"][0][0] == then.span.start
                and (entry := analysis.port(b["destination"])) is not None
                and (a.get("destination") is None or entry.country == a["destination"])
                and overlaps(a.get("date"), b.get("date")) and not _done_just_now(analysis, a, b)
                and (a.get("cargo") is None or b.get("cargo") in (None, a["cargo"]))]
        if not ends:
            continue
        for b in ends:
            b["origin"], b["origin_type"] = a["origin"], a.get("origin_type")
            b["cargo"] = b.get("cargo") or a.get("cargo")
            b["evidence"] = [*a["evidence"], *(x for x in b["evidence"] if x not in a["evidence"])]
        drop.append(id(a))
    analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


def _state_end_by_port(analysis: Analysis, transfers: list[dict[str, Any]]) -> None:
    """"Mexico shipped fuel to Cuba aboard the tanker X, which sailed from Coatzacoalcos in May":
    a voyage's state, where the same sentence tells of the ship leaving (or loading at) one port
    of that state, is that port; and its state of arrival, where it tells of it unloading at one
    port of that state."""
    for t in transfers:
        for end, activities in (("origin", ("departure", "loading")), ("destination", ("discharging",))):
            if t.get(end + "_type") != "State" or not t.get(end):
                continue
            ports = {c["port"] for c in analysis.events
                     if c["type"] == "PortCall" and c["vessel"] == t["vessel"]
                     and c["evidence"][0] == t["evidence"][0] and c.get("activity") in activities
                     and (entry := analysis.port(c["port"])) is not None and entry.country == t[end]
                     # (not a loading after the voyage: "which brought Russian diesel to Beirut
                     # last summer, returned this month with gasoil loaded at Taman")
                     and (ends_before(c.get("date"), t.get("date")) if end == "origin"
                          else ends_before(t.get("date"), c.get("date")))}
            if len(ports) == 1:
                t[end], t[end + "_type"] = ports.pop(), "Port"


def _width(date: str | None) -> int:
    """The days an ISO date or interval spans (a great many when unknown)."""
    days = gap_days(date, date)
    return 10**6 if days is None else -days


def _told_twice(analysis: Analysis) -> None:
    """One voyage told in two sentences a few days apart ("is believed to have loaded the coal
    at Nakhodka" (said on Tuesday) ... "arrived at Pohang on 3 May"): one Transfer, its time
    the span of both."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    drop: set[int] = set()
    for ev in analysis.events:
        # (also a delivery told twice with no origin: "delivered equipment to Port Sudan in
        # mid-June. The vessel was observed unloading at the port on 15 June")
        if ev["type"] != "Transfer" or not (ev.get("vessel") and ev.get("destination")):
            continue
        key = (ev["vessel"], ev.get("origin") or "", ev["destination"])
        first = seen.get(key)
        days = None if first is None else max(gap_days(first.get("date"), ev.get("date")) or 0,
                                              gap_days(ev.get("date"), first.get("date")) or 0)
        if first is None or days is None or (days > 14 or max(_width(first.get("date")),
                                                              _width(ev.get("date"))) > 20) and not (
                # (or one told in a sentence the other's tale takes in: "A ship that carried
                # grain from Berdyansk unloaded at Tripoli last week. || It arrived in Tripoli on
                # May 19 and began discharging barley the next day")
                key[1] and overlaps(first.get("date"), ev.get("date")) and
                first["evidence"][0] in ev["evidence"] and
                not REPEATED.search(analysis.text, *first["evidence"][0])):
            seen[key] = ev
            continue
        first["date"] = union_dates(first["date"], ev["date"])
        _absorb(first, ev)
        drop.add(id(ev))
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]
    _untimed_retold(analysis)


def _absorb(kept: dict[str, Any], told: dict[str, Any]) -> None:
    """A voyage told twice kept once: the cargo either telling gives, and both tellings' evidence."""
    kept["cargo"] = kept.get("cargo") or told.get("cargo")
    for span in told["evidence"]:
        if span not in kept["evidence"]:
            kept["evidence"].append(span)


def _untimed_retold(analysis: Analysis) -> None:
    """A voyage told with no time (a table's row: "Lark Volga | 12 January | Izmir") and told
    again with one ("The Lark Volga unloaded in Izmir on 19 January"): where those are the ship's
    only two voyages between the two ports, and neither tells of trips made again and again,
    one Transfer at the time told."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for ev in analysis.events:
        if ev["type"] == "Transfer" and ev.get("vessel") and ev.get("origin") and ev.get("destination"):
            groups.setdefault((ev["vessel"], ev["origin"], ev["destination"]), []).append(ev)
    drop: set[int] = set()
    for told in groups.values():
        if len(told) != 2 or sum(1 for ev in told if ev.get("date") is None) != 1:
            continue
        bare, timed = sorted(told, key=lambda ev: ev.get("date") is not None)
        if any(REPEATED.search(analysis.text, *span) for ev in told for span in ev["evidence"][:1]) or \
                bare.get("cargo") and timed.get("cargo") and bare["cargo"] != timed["cargo"]:
            continue
        _absorb(timed, bare)
        drop.add(id(bare))
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


def _same_load(analysis: Analysis, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether a voyage from a state, the one its cargo is said to be of, is a voyage from a port
    told with it: "carried North Korean coal to South Korea ... loaded the coal at Nakhodka":
    the state is the coal's, the port where the voyage began (not "from Kuwait": told so)."""
    if not (a.get("origin_type") == "State" and b.get("origin_type") == "Port" and a.get("cargo")
            and b.get("cargo")) or a["cargo"].split()[-1].lower() != b["cargo"].split()[-1].lower():
        return False
    start, end = a["evidence"][0]
    return any(m.form == "adjective" and m.key == a["origin"] and m.text in a["cargo"]
               for m in analysis.between(start, end, "State"))


def _same_cargo_untimed(analysis: Analysis, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A voyage between states told with no time of its own ("seized a ship suspected of
    transporting North Korean coal to Russia") and one between their ports told just after with
    the same cargo ("loaded coal at Chongjin and unloaded it at Vladivostok"): one voyage."""
    if not (a.get("cargo") and b.get("cargo")) or \
            a["cargo"].split()[-1].lower() != b["cargo"].split()[-1].lower():
        return False
    sent = analysis.sentence_at(a["evidence"][0][0])
    later = analysis.sentence_at(b["evidence"][0][0])
    return sent is not None and later is not None and not sent.times and \
        0 <= later.paragraph - sent.paragraph <= 1


def _unloaded_on_arrival(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A discharge with no origin at the port a voyage told before ended, within two weeks of
    its arrival ("arrived at Dongying on 30 April. It discharged there on 2 May"): that voyage's."""
    days = gap_days(b.get("date"), a.get("date"))
    return a.get("origin") is None and a.get("destination") == b.get("destination") and \
        a["evidence"][0][0] > b["evidence"][0][0] and days is not None and 0 <= days <= 14


# what a sentence after a state's supply says of its cargo: "The tanker X delivered the cargo",
# "One of them, aboard the tanker X, reached Matanzas"
_THE_CARGO = rx(r"\b(?:the|that|this)\s+(?:same\s+)?(?:cargo|shipment|consignment|delivery|load|oil|crude|"
                r"fuel|diesel|wheat|grain|coal|munitions|weapons)\b", re.I)
_ONE_OF_THEM = rx(r"\b(?:[Oo]ne|[Tt]he\s+(?:first|second|third|last|latest))\s+(?:of\s+(?:them|these|"
                  r"those|the\s+(?:cargoes|shipments|deliveries|consignments))|(?:cargo|shipment|delivery|"
                  r"consignment))\b"
                  r"(?=" + IN_CLAUSE + r"{0,60}?\b(?:aboard|on\s+board|on|by)\s+the\s)")
_MANY = rx(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+)\s+(?:[\w-]+\s+)?"
           r"(?:cargoes|shipments|deliveries|consignments|loads)\b|\b(?:cargoes|shipments|deliveries)\b",
           re.I)


def _supply_by_ship(analysis: Analysis, covers: Callable[[str | None, str | None], bool]) -> None:
    """A state's supply told, and in the sentence or two after it the named ship that carried
    it: "Iran shipped crude to Syria in May. The tanker Lumo delivered the cargo to Baniyas on
    20 May" is the Lumo's voyage from Iran (one Transfer, the state-level one dropped); "Russia
    sent two cargoes of oil to Cuba. One of them, aboard the tanker Kira, reached Matanzas" is
    the Kira's voyage, beside the other cargo's."""
    text = analysis.text
    drop: set[int] = set()
    for a in [e for e in analysis.events if e["type"] == "Transfer" and not e.get("vessel")]:
        sent = analysis.sentence_at(a["evidence"][0][0])
        if sent is None:
            continue
        index = analysis.index_of(sent)
        many = _MANY.search(text, sent.span.start, sent.span.end) is not None
        for later in analysis.sentences[index + 1:index + 3]:
            if later.paragraph > sent.paragraph + 1:
                break
            s, e = later.span.start, later.span.end
            told = [ev for ev in analysis.events_at(s) if ev.get("vessel") and
                    overlaps(widen(a.get("date"), 31), ev.get("date"))]
            ship = next((ev for ev in told if ev["type"] == "Transfer" and
                         covers(a.get("destination"), ev.get("destination")) and
                         ev.get("origin") is None), None)
            if ship is not None and _THE_CARGO.search(text, s, e):
                ship["origin"], ship["origin_type"] = a["origin"], a.get("origin_type")
                ship["cargo"] = ship.get("cargo") or a.get("cargo")
                cite(ship, sent)
                if not many:
                    drop.add(id(a))
                break
            call = next((ev for ev in told if ev["type"] == "PortCall" and
                         covers(a.get("destination"), ev.get("port"))), None)
            if call is not None and ship is None and _ONE_OF_THEM.search(text, s, e) and not any(
                    ev["type"] == "Transfer" and ev.get("vessel") == call["vessel"] for ev in told):
                event = record(analysis, later, "Transfer", call.get("position", s),
                               vessel=call["vessel"], origin=a["origin"], destination=call["port"],
                               cargo=a.get("cargo"), origin_type=a.get("origin_type"),
                               destination_type="Port", date=call.get("date"))
                cite(event, sent)
                break
    analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


# "The deliveries were made by three tankers: the Lotus, the Arman 114 and the Snow": the ships
# that carried the supply told just before with no ship
_CARRIED_BY = rx(r"[ \t]*(?:The|These|Those)\s+(?:[a-z]+\s+){0,2}?(?:deliveries|shipments|cargoes|"
                 r"consignments|oil|crude|fuel|diesel|grain|wheat|coal|supplies|barrels)\s+(?:was|were|had\s+been|have\s+been)\s+"
                 r"(?:(?:all|mostly|largely)\s+)?(?:made|carried|transported|shipped|delivered|moved|brought|"
                 r"ferried)\s+(?:by|aboard|on\s+board|in)\b")


# "A second cargo was carried by the tanker X": one of the cargoes a supply was told in
_ONE_CARRIED_BY = rx(r"[ \t]*(?:A|One|Another|The\s+(?:first|second|third|last|latest))\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:cargo|shipment|delivery|consignment)\s+(?:was|had\s+been)\s+"
                     r"(?:carried|transported|shipped|delivered|moved|brought|ferried)\s+(?:by|aboard|on\s+board|in)\b")


def carriers_named(analysis: Analysis) -> None:
    """The ships a sentence names as the carriers of a supply the sentence before told of with
    no ship: each made that voyage (and the supply is told once, by ship)."""
    text = analysis.text
    for i, sent in enumerate(analysis.sentences):
        told = _CARRIED_BY.match(text, sent.span.start, sent.span.end)
        one = _ONE_CARRIED_BY.match(text, sent.span.start, sent.span.end) if told is None else None
        told = told or one
        if told is None or i == 0 or blocked(text, sent.span.start, sent.span.start, sent.span.end):
            continue
        # (one of the cargoes, told a sentence further on: "Mexico has sent two cargoes of crude
        # to Cuba. The X loaded ... A second cargo was carried by the tanker Y")
        back = analysis.sentences[max(0, i - (2 if one else 1)):i]
        supplies = [e for prev in back for e in analysis.events_at(prev.span.start)
                    if e["type"] == "Transfer" and e.get("vessel") is None]
        ships = list(dict.fromkeys(v.key for v in analysis.in_sentence(sent, "Vessel")
                                   if v.start >= told.end() and v.form == "name"))
        if len(supplies) != 1 or not ships or (one and len(ships) != 1):
            continue
        supply = supplies[0]
        prev = analysis.sentence_at(supply["evidence"][0][0])
        if prev is None or prev.paragraph < sent.paragraph - 1:
            continue
        evidence = [*supply["evidence"], (sent.span.start, sent.span.end)]
        for key in ships:
            voyage = {**supply, "vessel": key, "evidence": list(evidence)}
            analysis.events.append(voyage)
            for role, acts in (("origin", ("loading", "departure")),
                               ("destination", (None, "berthed", "discharging"))):
                # ("..., which arrived at Matanzas on October 2": the port of the supply's state
                # the carrier's own sentence tells it came to)
                if voyage.get(f"{role}_type") != "State":
                    continue
                ends = {c["port"] for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall"
                        and c["vessel"] == key and c.get("activity") in acts
                        and (port := analysis.port(c["port"])) is not None
                        and port.country == voyage.get(role)}
                if len(ends) == 1:
                    voyage[role], voyage[f"{role}_type"] = ends.pop(), "Port"
            for role, activity in (("origin", "loading"), ("destination", "discharging")):
                if supply.get(role) and supply.get(f"{role}_type") == "Port":
                    analysis.events.append({
                        "type": "PortCall", "vessel": key, "port": supply[role], "activity": activity,
                        "date": supply.get("date"), "confidence": supply.get("confidence"),
                        "evidence": list(evidence), "position": supply["position"]})
        if one is None:
            analysis.events.remove(supply)  # (the supply told once, by its ships)


# what passed between two ships at sea, told with the transfer: "a ship-to-ship transfer of
# refined petroleum products", "transferred 700,000 barrels of Iranian crude to the X",
# "received diesel from the Y" (a verb of passing before one of taking on)
_STS_OF = rx(r"\b(?:ship-to-ship|ship\s+to\s+ship|STS|at-sea)\s+(?:transfers?|trans-?shipments?|"
             r"operations?|deliver(?:y|ies)|handovers?)\s+of\s+", re.I)
_STS_PASSED = rx(r"\b(?:transferr(?:ed|ing)|trans-?shipp(?:ed|ing)|pass(?:ed|ing)(?:\s+on)?|pump(?:ed|ing)|"
                 r"offload(?:ed|ing)|discharg(?:ed|ing)|lighter(?:ed|ing)|hand(?:ed|ing)\s+over|"
                 # ("handed about 4,000 tonnes of diesel to the X")
                 r"hand(?:ed|ing)(?=\s+(?:[\w,.-]+\s+){1,7}?to\s)|"
                 r"mov(?:ed|ing)|shift(?:ed|ing)|deliver(?:ed|ing)|suppl(?:ied|ying)|"
                 r"receiv(?:ed|ing)|t(?:ook|aking)\s+on|collect(?:ed|ing)|"
                 # ("took diesel from the X")
                 # ("took some 90,000 tonnes of fuel oil from the X")
                 r"t(?:ook|aking)(?=\s+(?:[\w,.-]+\s+){1,7}?from\s))\s+"
                 # (not a ship told by its part: "the receiving ship, the Y")
                 r"(?!(?:ships?|vessels?|tankers?|carriers?|freighters?|bulkers?|VLCCs?|Aframax|Suezmax|"
                 r"side|end|party)\b)", re.I)
_STS_LOADED = rx(r"\b(?:load(?:ed|ing)|carr(?:ied|ying)|lift(?:ed|ing)|"
                 # ("left the Saam FSU with a cargo of LNG")
                 r"with(?=\s+(?:a|its|her|the)\s+(?:full\s+)?(?:cargo|load)\s+of\b))\s+", re.I)
# a word for the cargo the giver had aboard: "its cargo", "the oil"
_ITS_LOAD = rx(r"\b(?:its|her|their|the)\s+(?:\w+\s+)?(?:cargo|cargoes|load|oil|crude|fuel|coal|grain|"
               r"shipment|consignment)\b", re.I)
# a cargo, the subject of a passive verb of passing: "crates likely being moved from"
_STS_PASSIVE = rx(r"\s(?:(?:was|were|is|are|been|being|to\s+be)\s+)+(?:\w+ly\s+)?(?:(?:being|been)\s+)?"
                  r"(?:moved|"
                  r"transferred|pumped|passed|handed\s+over|shifted|trans-?shipped|lightered|offloaded)\s+"
                  r"(?:from|between|to|into|onto)\b", re.I)
_HEDGE_TO_HAVE = re.compile(r"\s+(?:appears?|appeared|seems?|seemed|(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                            r"(?:believed|thought|said|reported|likely|understood|suspected|alleged))\s+to"
                            r"(?:\s+(?:have|be))?$")
# (and a causative verb's object: "the defendants caused the oil to be transferred")
_SUBJECT_OPENS = re.compile(r"[,;:]\s*(?:with\s+|where\s+|which\s+)?|\b(?:with|that|and|while|as|where)\s+|"
                            r"\b(?:caused|causing|arranged\s+for|ordered|allowed|had|got|wanted|needed)\s+")
_STS_CUT = re.compile(r"\s+(?:with|off|near|outside|alongside)\s")
_OPEN_ARTICLE = re.compile(r"^(?:the|this|that|these|those)\s+(?=[a-z])")


def sts_cargo(analysis: Analysis) -> None:
    """What two ships passed between them at sea: told in the sentence of the transfer, or, where
    it is "its cargo" or told not at all, the load the ships took on before (the latest voyage of
    either told earlier with its cargo)."""
    text = analysis.text
    people: list[dict[str, Any]] = []
    for event in analysis.events:
        if event["type"] != "ShipToShipTransfer" or event.get("cargo"):
            continue
        cargo = None
        for start, end in event["evidence"]:
            cargo = _sts_told(analysis, start, end)
            if cargo is not None:
                break
        if cargo is not None and _PEOPLE_MOVED.search(cargo):
            # "Crew members were moved from one ship to the other": people, no cargo; and no
            # transfer of cargo at all where nothing else tells of one
            if not any(_STS_NAMED.search(text, start, end) for start, end in event["evidence"]):
                people.append(event)
            continue
        first = event["evidence"][0][0]
        if cargo is None:
            cargo = next((e["cargo"] for e in reversed(analysis.events)
                          if e["type"] == "Transfer" and e.get("vessel") in event["vessels"] and
                          e.get("cargo") and e["evidence"][0][0] < first and
                          (e.get("destination") is None or _ITS_LOAD.search(text, *event["evidence"][0]))),
                         None) or next((c for e in reversed(analysis.events)
                                        if e["type"] == "PortCall" and e.get("activity") == "loading" and
                                        e["vessel"] in event["vessels"] and e["evidence"][0][0] < first and
                                        (c := _carried(analysis, _own_part(analysis, e))) is not None), None)
        event["cargo"] = cargo
    if people:
        analysis.events[:] = [e for e in analysis.events if all(e is not p for p in people)]


_PEOPLE_MOVED = re.compile(r"(?i)\b(?:crew(?:\s+members)?|crewmen|sailors|seafarers|seamen|passengers|"
                           r"migrants|refugees|people|persons|personnel|troops|soldiers|officers|"
                           r"inspectors|pilots?|guards|captain|master|injured|wounded|bodies)$")
_STS_NAMED = rx(r"\b(?:ship-to-ship|STS|trans-?shipments?|lightering)\b")


def _sts_told(analysis: Analysis, start: int, end: int) -> str | None:
    text = analysis.text
    for m in _STS_PASSIVE.finditer(text, start, end):
        # "with crates likely being moved from the X to the Y", "coal was transferred between"
        lead = [c.end() for c in _SUBJECT_OPENS.finditer(text, start, m.start())]
        begin = lead[-1] if lead else start
        # ("its cargo appears to have been transferred": the hedge is no part of the cargo)
        subject = _OPEN_ARTICLE.sub("", _HEDGE_TO_HAVE.sub("", text[begin:m.start()].strip()))
        if subject[:1].isupper() and subject.split()[0][1:].islower() and \
                not any(e.kind == "State" for e in analysis.gazetteer.lookup(subject.split()[0])):
            # "Coal was transferred": coal (not "Iranian crude", a state's word)
            subject = subject[0].lower() + subject[1:]
        cargo = cargo_phrase(subject) if subject else None
        if cargo is not None and not analysis.between(begin, m.start(), "Vessel") and \
                not blocked(text, start, m.start(), m.end()):
            return cargo
    for pat in (_STS_OF, _STS_PASSED, _STS_LOADED):
        for m in pat.finditer(text, start, end):
            stop = clause_end(text, m.end(), end)
            if blocked(text, start, m.start(), m.end()):
                continue
            # ("a transfer of diesel with the X": the ship it met ends what passed)
            after = _STS_CUT.split(_OPEN_ARTICLE.sub("", text[m.end():stop]), maxsplit=1)[0]
            cargo = cargo_phrase(after)
            if cargo is None or analysis.between(m.end(), m.end() + len(cargo) + 4, "Vessel") or \
                    analysis.between(m.end(), m.end() + len(cargo), "Port"):
                continue
            return cargo
    # a log's line: "- Lark Meridian: STS with Grey Osprey off Lome 5 Oct (naphtha)."
    told = _BRACKET_CARGO.search(text, start, end)
    return told["what"] if told is not None and _STS_WORD.search(text, start, end) else None


_BRACKET_CARGO = re.compile(r"\((?P<what>(?:[a-z][\w-]*\s+){0,2}" + CARGO_WORDS + r")\)")
_STS_WORD = rx(r"\b(?:STS|ship-to-ship)\b", re.I)


# the ship that took the cargo in a transfer at sea, told by its verb: "the Y received crude
# from", "transferred crude to the Y"
_TOOK_FROM_AFTER = re.compile(r"\s+(?:(?:\w+ly|then|later|also)\s+)?(?:received|took(?:\s+on)?|loaded|lifted|"
                              r"collected)\b[^.;]{0,80}?\bfrom\b")
_PASSED_TO_IT = rx(r"\b(?:transferred|pumped|passed|offloaded|discharged|delivered|moved|lightered)\b"
                   r"[^.;]{0,80}?\b(?:to|into|onto)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
# a voyage on to a port: "It then sailed to Dongying, arriving ...", "headed for Zhoushan"
_WENT_ON_TO = rx(r"\b(?:sailed|headed|steamed|proceeded|went|continued|travell?ed|made\s+its\s+way)\s+"
                 r"(?:on\s+|north\s+|south\s+|east\s+|west\s+)?(?:to|for|towards?)\b")


def _receiver(analysis: Analysis, event: dict[str, Any]) -> str | None:
    """The ship of a transfer at sea its sentence tells took the cargo (the subject of "received
    ... from", or the one "transferred ... to"), if one is told."""
    text = analysis.text
    start, end = event["evidence"][0]
    takers = {v.key for v in analysis.between(start, end, "Vessel") if v.key in event["vessels"] and (
        _TOOK_FROM_AFTER.match(text, v.end, end) or _PASSED_TO_IT.search(text, start, v.start) or
        # ("the receiving ship, the Hana Sea,")
        _TAKER_NAMED.search(text, max(start, v.start - 40), v.start))}
    return takers.pop() if len(takers) == 1 else None


_TAKER_NAMED = rx(r"\b(?:receiving|recipient|receiver)\s+(?:ship|vessel|tanker|carrier|VLCC)\s*,\s+"
                  r"(?:the\s+)?$")


# a cargo told by a pronoun: "then delivered it to Dongying"
_TOOK_IT_ON = rx(r"\b(?:delivered|discharged|unloaded|offloaded|carried|brought|took|shipped)\s+"
                 r"(?:it|them)\b")


def sts_onward(analysis: Analysis) -> None:
    """"The X received crude from the Y off Malaysia. It then sailed to Dongying, arriving on May
    20": the ship that took a cargo at sea carried it to the port it sailed on to next (in the
    same paragraph or the next), where no voyage of its own there is told."""
    text = analysis.text
    paragraph_of = {s.span.start: s.paragraph for s in analysis.sentences}
    for event in [e for e in analysis.events if e["type"] == "ShipToShipTransfer"]:
        if event.get("confidence") in _DOUBTED:
            continue
        ship = _receiver(analysis, event)
        if ship is None:
            continue
        told = (event["evidence"][0][0], event["position"])
        since = sorted((e for e in analysis.events
                        if e["type"] == "Transfer" and e.get("vessel") == ship
                        and (e["evidence"][0][0], e["position"]) > told),
                       key=lambda e: (e["evidence"][0][0], e["position"]))
        if since:
            # a voyage of its own told since; "then delivered the cargo to Dongying": what it
            # took at sea, where it tells no load of its own
            own = since[0]
            if not own.get("cargo") and own.get("origin") is None and \
                    event.get("cargo") and (_ITS_LOAD.search(text, *own["evidence"][0]) or
                                            _TOOK_IT_ON.search(text, *own["evidence"][0])) and \
                    0 <= paragraph_of.get(own["evidence"][0][0], 0) - \
                    paragraph_of.get(event["evidence"][0][0], 0) <= 1 and \
                    ends_before(event.get("date"), own.get("date")):
                own["cargo"] = event["cargo"]
                own["evidence"] += [ev for ev in event["evidence"] if ev not in own["evidence"]]
            continue
        later = sorted((e for e in analysis.events if e["type"] == "PortCall" and e["vessel"] == ship
                        and (e["evidence"][0][0], e["position"]) > told), key=lambda e: (e["evidence"][0][0],
                                                                                        e["position"]))
        if not later:
            continue
        call = later[0]
        start = call["evidence"][0][0]
        if call.get("activity") not in (None, "berthed") or call.get("forced") or \
                call.get("confidence") in _DOUBTED or \
                not 0 <= paragraph_of.get(start, 0) - paragraph_of.get(event["evidence"][0][0], 0) <= 1 or \
                not _WENT_ON_TO.search(text, max(start, call["position"] - 80), call["position"]) or \
                event.get("date") and call.get("date") and not ends_before(event["date"], call["date"]):
            continue
        analysis.events.append({
            "type": "Transfer", "vessel": ship, "origin": None, "destination": call["port"],
            "origin_type": None, "destination_type": "Port", "cargo": event.get("cargo"),
            "date": span_dates(event["date"], call.get("date")) if event.get("date") else call.get("date"),
            "confidence": call.get("confidence"), "position": call["position"],
            "evidence": [call["evidence"][0],
                         *(ev for ev in event["evidence"] if ev != call["evidence"][0])]})
