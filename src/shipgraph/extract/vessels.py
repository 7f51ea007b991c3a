"""Vessels found from the text: type words, flags, IMO and MMSI numbers, former names.

There is no vessel gazetteer: a name is a vessel where the text makes it one, and every
later use of that name in the document is a mention of the same vessel."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain
from typing import Any

from .agents import given_names, known_org
from .base import Analysis, Mention, Sentence
from .dates import MONTHS
from .eventbase import CARGO_WORDS, COUNT_WORDS, ROUGHLY, joined_before
from .gazetteer import tsv_rows
from .prefilter import candidates, rx
from .text import FEW_WORDS, FOLLOWED_AFTER, IN_CLAUSE, LIST_NUMBER, cells, closes_line, normalize, opens_line

_TYPE = (
    r"(?:(?i:(?:very large |ultra large )?crude (?:oil )?carriers?)|(?:crude |oil |product |products |"
    r"chemical |LPG |LNG |gas |fuel |bunker |bunkering |shuttle |coastal )*tankers?|supertankers?|"
    r"(?:LPG|LNG|gas|ore|coal|car|vehicle|livestock|cement|wood ?chip|grain|timber|log|asphalt|bitumen|"
    r"products?|ammonia|methanol|heavy[- ]lift|multi-?purpose|Arc ?7|[Ii]ce-class|aircraft|helicopter|"
    # ("the ice-breaking carrier X", "reloaded onto the conventional carrier Y": LNG carriers)
    r"[Ii]ce-?breaking|[Cc]onventional|[Aa]rctic) "
    r"carriers?|"
    r"bulk carriers?|bulkers?|(?:general |dry )?cargo (?:ships?|vessels?)|container (?:ships?|vessels?)|"
    r"containerships?|box ?ships?|(?:river-sea |small )?freighters?|[Rr]o-?[Rr]o(?: ships?| vessels?)?|"
    r"roll-on[/ -]roll-off (?:ships?|vessels?)|reefers?|VLCCs?|ULCCs?|(?-i:VLGC|PCTC)s?|"
    r"(?-i:LR[1-3]|MR[12]?)(?: (?:product )?tankers?)?|(?i:suezmax|aframax|panamax|"
    r"handysize|handymax|supramax|cape-?size|kamsarmax|ultramax|newcastlemax|VLOC|valemax)(?:es|s)?"
    r"(?: tankers?| bulkers?| carriers?)?|"
    r"dredgers?|trawlers?|(?:squid )?jiggers?|longliners?|(?:purse )?seiners?|tug(?:boat)?s?|landing ships?|"
    r"colliers?|drillships?|oilers?|superyachts?|"
    r"coasters?|feeder (?:ships?|vessels?)|dhows?|"
    r"heavy-lift (?:ships?|vessels?)|icebreakers?|frigates?|corvettes?|warships?|submarines?|cutters?|"
    r"destroyers?|(?:guided-missile |missile )?cruisers?|battleships?|minesweepers?|flagship|"
    r"patrol (?:ships?|boats?)|ferry|ferries|cruise ships?|ro-?pax(?: ferry)?|"
    r"(?:fishing|research|survey|cable(?:-laying)?|(?:offshore )?supply|spy|intelligence|motor|river-sea) "
    r"(?:ships?|vessels?|boats?)|"
    r"(?:floating )?storage(?: and offloading)? (?:units?|vessels?|tankers?)|(?-i:FSU|FSO|FPSO)s?|"
    r"vessels?|ships?|boats?|yachts?|barges?|sister ship|(?:M/V|MV|M/T|MT|SS|m/v|m/t)\b|"
    # navies' prefixes: "HMS Tyne", "USS Carney"
    r"(?-i:HMS|USS|USNS|HMAS|HMCS|HMNZS|RFS|TCG|ROKS)\b)"
)
# a word before a type word: "2004-built", "3,700-tonne", "Soviet-era"
# (also "U.S.-owned", "U.K.-registered": initials with their points)
_WORD = r"(?:\d{1,3}(?:,\d{3})+[\w\-]*|(?:[A-Z]\.){2,}-[\w\-]+|[\w\-/]+)"
# (an initial is a word of a name: "Dwight D. Eisenhower")
# (a number that counts a unit is no part of a name: "the Kite Hollow 30 nautical miles south of")
_TOK = (r"(?:[A-Z][\w'’.\-]*[\w]|[A-Z]\.(?=\s[A-Z][a-z])|[A-Z]|\d+(?:-\d+)?(?!\d|[,.]\d|\s+(?:nautical|"
        r"miles?|km|kilometres?|kilometers?|NM|nm|nmi|tonnes|tons|barrels|metres|meters|feet|days|hours|"
        r"containers)\b)|[IVX]+)")
# "Spirit of Tokyo", "Queen of the Seas": one word, "of" and a capitalised word may open a name
# (a state after "of" is cut off again: see _cut_of).
# ("Christophe de Margerie", "Vasco da Gama": a person's name with its particle; "Shahr e Kord",
# "Bahr al Salam": the Persian and Arabic ones)
NAME = (r"(?<!\w)(?P<name>[\"“‘'«„]?[A-Z][\w'’.\-]*(?:\sof\s(?:the\s)?[A-Z][\w'’\-]*|"
        r"\s(?:de|da|di|del|della|van|von|der|du|dos|das|le|la|e|al|el|ol)\s[A-Z][\w'’\-]*)?"
        r"(?:\s(?!(?:No|NO)\.\s?\d)" +
        _TOK + r"){0,4}(?:\s(?:No|NO)\.\s?\d+)?[\"”’'»“]?)")  # "Kum Un San No. 3", "KUM UN SAN NO. 3"
# a list of ships told inline, each with its day in brackets: "Kozmino loadings: Vetch Star (2
# Oct), Willow Star (5 Oct)", "included the Vetch Star (2 Oct) and the Willow Star (5 Oct)"
_DAY_IN_BRACKETS = (r"\((?:\d{1,2}(?:[-–]\d{1,2})?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                    r"(?:[-–]\d{1,2})?)\)")
DAYED_ITEM = rx(r"(?:(?<=:\s)|(?<=,\s)|(?<=\band\s)|(?<=;\s)|(?<=\bincluded\s)|(?<=\binclude\s)|"
                r"(?<=\bwere\s))(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})\s*"
                + _DAY_IN_BRACKETS)
# a ship set apart by a cleft: "It was the Lynx Bay that delivered the wheat to Latakia"
_CLEFT_SHIP = rx(r"\b[Ii]t\s+was\s+the\s+" + NAME + r"\s+(?:that|which)\s+(?:\w+ly\s+)?(?:delivered|loaded|"
                 r"discharged|unloaded|offloaded|carried|brought|shipped|docked|berthed|arrived|called\s+at|"
                 r"sailed|transported)\b")
# what stands between an identifier that opens a sentence and the ship it is of
_IDENT_THEN_SHIP = re.compile(r"\s*[,:;–—-]\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=[A-Z])")
# a sentence that opens on a name, told of by "she" doing what ships do in the next
_THE_NAME_OPENS = re.compile(r"\s*[Tt]he\s+" + NAME + r"\s+(?:is|was|has|had)\b")
_SHE_DID = rx(r"\b[Ss]he\s+(?:\w+\s+){0,2}?(?:loaded|discharged|unloaded|offloaded|docked|berthed|sailed|"
              r"arrived|called\s+at|departed|took\s+on|delivered)\b")
_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")  # (another name, "the tanker X", first)
# a name given as what the ship told of is called now: "The Jaguar, as it is now called, was
# sanctioned" (after "a rusting tanker has sat at anchor off Kent"), "as the ship is now known"
_AS_NOW_CALLED = rx(r"\s*[Tt]he\s+" + NAME + r",\s+as\s+(?P<who>it|she|the\s+(?:[\w-]+\s+)?"
                    r"(?:ship|vessel|tanker|freighter|carrier|bulker|VLCC))\s+(?:is|was)\s+(?:now\s+|then\s+|currently\s+)?"
                    r"(?:called|named|known)\b")
_UNNAMED_SHIP_TOLD = rx(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|freighter|carrier|bulker|"
                        r"VLCC|Aframax|Suezmax)\b")
# Words that start a capitalised stretch without being part of a ship's name.
_NOT_NAME = {
    "the", "a", "an", "and", "but", "in", "on", "at", "to", "of", "for", "from", "it", "its",
    "her", "she", "he", "they", "their", "this", "that", "these", "those", "when", "while",
    "since", "after", "before", "satellite", "imagery", "tracking", "however", "both", "each",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "between",
    "analysts", "officials", "we", "our", "there", "here", "as", "by", "with", "under",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "if", "not", "no", "then", "later", "earlier", "according", "ais",
    "imo", "mmsi", "is", "was", "were", "has", "had", "said", "says", "laden", "meanwhile",
    "separately", "also", "another", "other", "some", "several", "most", "many",
    # ("Instead of Piraeus, the tanker X went to Aliaga")
    "instead", "unlike", "like", "despite", "besides", "except", "rather", "beyond", "unless",
    "although", "though", "because", "whereas", "during", "until", "without", "within", "near",
    # ("Renamed Vera K, the ship loaded ...": a new name, told first)
    "renamed", "reflagged", "re-flagged", "rebranded",
    # ("Off Johor, the VLCC X passed the oil to ...": where, before the ship)
    "off", "outside", "inside", "across", "along", "beside",
    "mr", "mrs", "dr",  # (a person: "Mr Sparta transited ...")
    # ("Elsewhere, the 2007-built Suezmax Marlin Ray changed hands")
    "elsewhere", "additionally", "similarly", "nevertheless", "overall", "still", "yet", "so",
    "furthermore", "moreover", "likewise", "thus", "hence", "again", "now", "today", "recently",
}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
# What a ship lies beside in a port, named: "alongside Berth 4", "next to Quay 12"
_FACILITY = {"berth", "berths", "pier", "quay", "jetty", "wharf", "terminal", "dock", "mooring",
             "buoy", "anchorage", "platform", "dolphin", "breakwater", "mole", "bay"}
# a place named by what it is: "the Port of Tartus", "the Gulf of Oman"
_PLACE_OF = re.compile(r"(?:Port|Harbou?r|Gulf|Sea|Strait|Straits|Bay|Bight|Sound|Island|Islands|"
                       r"Republic|Kingdom|State|Ministry|Government|Office|Bank)\s+of\b")
# the name of a registry before "-flagged": up to three words, or one of the registries whose
# names join two ("Antigua and Barbuda"; not "the Sun Wave and the Palau-flagged Ocean Dream")
_FLAG_NAME = (r"(?=[A-Z])(?:(?:Antigua and Barbuda|S[aã]o Tom[eé] and Pr[ií]ncipe|(?:St\.?|Saint) Kitts and "
              r"Nevis|(?:St\.?|Saint) Vincent and the Grenadines|Trinidad and Tobago|Bosnia and "
              r"Herzegovina|Turks and Caicos(?: Islands)?|Wallis and Futuna)(?=[- ](?:flagged|registered))|"
              r"(?:[A-Z]\.){2,}(?=-(?:flagged|registered))|(?:[A-Z][\w'’]*\s){0,2}[A-Z][\w'’]*)")
_FLAG = r"(?:" + _FLAG_NAME + r")[- ](?:flagged|registered)"
_FLAG_LEAD = re.compile(_FLAG + r"\s")
# more compound words after a flag: "the Sierra Leone-flagged, Dubai-managed tanker"
_OTHER_MODS = (r"(?:,?\s+(?:and\s+)?(?:[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?|\d{4})-(?:owned|operated|managed|"
               r"controlled|linked|based|built|chartered|insured))*")
_FLAG_WORD = re.compile(r"[- ](?:flagged|registered)$")  # "Panama-flagged": Panama
# "Two Russian-flagged cargo ships ...": the flag of the vessels named next.
_GROUP_FLAG = rx(
    r"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|[Aa] pair of)\s+(?P<flag>(?:[A-Z][\w'’]*\s){0,2}?"
    r"[A-Z][\w'’]*)-(?:flagged|registered)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ships|vessels|tankers|freighters|carriers|bulkers)\b")
# a group counted with its flag ("at least 14 North Korean-flagged vessels"), and one of it named
# after ("One of them, the X", "One of these ships was the X")
_COUNTED_FLAG = rx(r"\b" + ROUGHLY + r"(?i:" + COUNT_WORDS + r")\s+"
                   r"(?P<flag>(?:[A-Z][\w'’]*\s){0,2}?[A-Z][\w'’]*)-(?:flagged|registered)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:ships|vessels|tankers|freighters|carriers|bulkers)\b")
_ONE_OF_THEM = rx(r"\b(?:[Oo]ne|[Aa]nother)\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:ships|vessels|"
                  r"tankers|freighters|carriers))\s*(?:,\s*|\s+(?:was|is)\s+)(?:the\s+)?")
_GROUP_SIZE = {"two": 2, "three": 3, "four": 4, "both": 2, "a pair of": 2}
# a registry's name after "registered in": "Panama", "the Republic of the Congo", "Côte d'Ivoire",
# "the U.S."
_REGISTRY = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*(?: (?:of (?:the )?)?(?:d['’])?[A-Z][\w'’-]*)*)"
_FLAG_AFTER = [
    # ("uses a false flag of Guyana", "falsely flying the flag of Guyana": the flag it flies)
    rx(r"\b(?:uses?|using|used|claims?|claiming|claimed)\s+(?:a\s+)?(?:false|fake|fraudulent|forged)\s+"
       r"flag\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:(?: and)? [A-Z][\w'’-]*)*)"),
    # ("now sails under a false Guyanese flag", "flies a fake flag of Guyana": the flag it flies)
    rx(r"\b(?:flying|fl(?:ies|ew|y|own))\s+(?:the|a|an) (?:(?:false|fake|fraudulent|forged|bogus) )?"
       r"(?:flag of (?:the )?"
       r"(?P<a>(?:[A-Z]\.){2,}|[A-Z][\w'’-]*(?:(?: and| of(?: the)?)? (?:d['’])?[A-Z][\w'’-]*)*)|"
       r"(?P<b>[A-Z][\w'’ -]*?) flag)(?=[\s,.;)]|$)"),
    rx(r"\b(?:sails?|sailing|is|was|operates?|operating)? ?under (?:the |a )?"
       r"(?:(?:false|fake|fraudulent|forged|bogus) )?(?:(?P<a>[A-Z][\w'’ -]*?) "
               r"flag\b|flag of (?:the )?(?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))"),
    rx(r"\b(?<!previously )(?<!formerly )registered (?:in|to) (?:the )?(?P<a>" + _REGISTRY +
       r")(?!\s+until)"),
    # (not "whose flag Gabon withdrew": a registry the ship has lost)
    # ("FLAG: Cameroon", a register's field in capitals)
    rx(r"\b(?<!whose )(?<!-)(?:[Ff]lag(?:ged)?|FLAG):?\s+(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
       r"(?!\s+(?:had\s+|has\s+)?(?:withdrew|withdrawn|revoked|removed|cancell?ed|canceled|struck|"
       r"de-?registered|stripped|pulled|suspended|dropped))"),
    # "has flown the flags of Panama, Cameroon and, since December, Eswatini": a registry's
    # history, the last the flag it flies
    rx(r"\b(?:has\s+|had\s+)?(?:flown|flew|sailed\s+under|traded\s+under)\s+the\s+flags\s+of\s+"
       r"(?:(?:the\s+)?" + _REGISTRY + r",?\s+(?:(?:since|from|in)\s+[\w ]{1,20},\s+)?)+and,?\s+"
       r"(?:(?:(?:since|from|in)\s+[\w ]{1,20}|now|most\s+recently|lately|currently),?\s+)?"
       r"(?:the\s+)?(?P<a>" + _REGISTRY + r")"),
    # "..., is now Russian-flagged"
    rx(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)[- ]"
       r"(?:flagged|registered)\b"),
    rx(r"\b(?<!previously )(?<!formerly )(?<!once )(?:re-?)?flagged\s+(?:in|to)\s+(?:the\s+)?"
       r"(?P<a>" + _REGISTRY + r")"),
    # "reflagged from Liberia to Gabon in March and then to the Cook Islands in August": the
    # last registry it moved to (b, else the first: a)
    rx(r"\bre-?(?:flagged|registered)\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*\s+to\s+"
       r"(?:the\s+)?(?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?:(?:\s+(?:in|on|during|by)\s+[\w ]{1,20}?)?,?"
       r"\s+(?:and\s+)?(?:then|later|subsequently|again)\s+to\s+(?:the\s+)?"
       r"(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))?"),
    # "switched its flag from Liberia to Gabon", "changed flags from X to Y", "reflagged to Y"
    # ("switching flags from Liberia to Panama, then to Cameroon and most recently to Sierra
    # Leone": the last it moved to, a, else the first, b)
    rx(r"\b(?:switch|chang|swapp|mov)(?:ed|es|ing)\s+(?:its\s+|her\s+)?flags?\s+(?:from\s+(?:the\s+)?"
       r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*\s+)?to\s+(?:the\s+|that of\s+)?"
       r"(?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?:,?\s+(?:and\s+)?(?:then|later|subsequently|again|finally|"
       r"(?:most\s+)?recently|lately)\s+to\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))*"),
    # "changed its name to Blue Spirit and its flag to Togo"
    rx(r"\bchang(?:ed|es|ing)\s+(?:its|her)\s+name\s+to\s+[^,;.]{1,40}?\s+and\s+(?:its|her)\s+flag\s+to\s+"
       r"(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"),
    # "moved from the Gabonese registry to that of Sierra Leone", "to the Palau registry"
    # ("switched from the Maltese to the Comoros flag")
    rx(r"\b(?:mov|switch|transferr|chang|shift|reflagg)(?:ed|es|ing)\s+(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
       r"(?:regist(?:ry|er)\s+|flag\s+)?)?to\s+(?:(?:that|the\s+(?:registry|register|flag))\s+of\s+"
       r"(?:the\s+)?"
       # ("switched to the Sao Tome and Principe flag": a name that joins words)
       r"(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)|the\s+(?P<b>[A-Z][\w'’-]*(?:(?: and| of(?: the)?)? "
       r"[A-Z][\w'’-]*){0,3})\s+(?:registry|register|flag))"),
    # "swapped its Panamanian flag for a Gambian one"
    rx(r"\b(?:swapp|exchang|trad|replac)(?:ed|es|ing)\s+(?:its|her)\s+(?:[A-Z][\w'’-]*\s+)+flag\s+"
       r"(?:for|with)\s+(?:an?\s+|the\s+)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+(?:one|flag)\b|"
       # ("swapped its Gabon flag for that of Cameroon")
       r"\b(?:swapp|exchang|trad|replac)(?:ed|es|ing)\s+(?:its|her)\s+(?:[A-Z][\w'’-]*\s+)+flag\s+"
       r"(?:for|with)\s+(?:that|the\s+(?:flag|one))\s+of\s+(?:the\s+)?"
       r"(?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"),
    # in brackets after the name, among its identifiers: "(IMO 9377731, Palau flag)",
    # "(Palau-flagged, IMO 9377731)"
    rx(r"\((?:[^()]*?[,;]\s*)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?:[- ]flag(?:ged)?|"
       r"-registered)\b(?=[^()]*\))"),
    # "whose flag state is Barbados", "flag state: Palau"
    rx(r"\bflag\s+state\s*(?:is\s+|was\s+|:\s*)(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"),
    rx(r"\bre-?flagged\s+(?:as\s+)?(?:a\s+)?(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+(?:ship|vessel|"
       r"tanker|freighter)"),
    rx(r"\((?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) flag\)"),
    # "The tanker Kira, Panama flag, called at Rajin" ("KIWALA (IMO ...) - Djibouti flag, built 2004")
    rx(r"(?:,|\s[-–—])\s+(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+flag(?=\s*[,;.)]|\s*$)"),
    rx(r"\b(?i:tanker|carrier|vessel|ship|freighter|bulker)\s+(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)"
       r"\s+flag\b(?=\s*[;,.]|$)"),
    rx(r"\((?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*),\s*(?:IMO|MMSI)(?:\b|(?=\d))"),
    # ... or after them: "(IMO 9160994, Russia)", "(IMO 9160994, Panama, built 2004)"
    # (the state's name alone: not "Malta Star", a former name)
    rx(r"\((?:(?:IMO|MMSI)(?:\s*(?i:no\.?|number|#))?\s*:?\s*\d{7,9}[,;]\s*){1,2}"
       r"(?P<exact>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?=\s*[,;)])"),
    # a list entry: "NAME (IMO ...), bulk carrier, Hong Kong-flagged."
    rx(r",\s*(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)-(?:flagged|registered)(?=\s*(?:[;,.)]|$))"),
]
_FLAG_CHANGE = re.compile(r"(?i)re-?flagged|re-?registered|switch|chang|swapp|exchang|trad|replac|mov|"
                          r"transferr|shift")
_FLAG_SWITCHED = re.compile(r"(?i)(?:switch|chang|swapp)(?:ed|es|ing)\s+(?:its\s+|her\s+)?flags\b")
_NOT_A_SHIP_REGISTERED = re.compile(
    r"\b(?:company|companies|firm|owner|manager|operator|entity|business|llc|ltd|inc|corp|"
    r"corporation|shipowner|agent|individual|person|bank|trader|subsidiary|co\.?)\s*,?\s*"
    r"(?:(?:which|that|who)\s+)?(?:is\s+|was\s+|are\s+|were\s+)?(?:also\s+)?$")
# "IMO 9321483", "IMO: ...", "IMO no. ...", "IMO#...", "(IMO9321483)"
# ("IMO 9174397", "IMO No. 9174397", "IMO number: 9174397", "its IMO number is 9174397")
# ("carries the same IMO number, 9312042")
_IMO = rx(r"\bIMO(?:\s*(?i:no\.?|number|#))?(?:\s*:|\s+(?:is|was)|(?<=number),)?\s*(\d{7})\b")
# ("its MMSI is now 667001234")
_MMSI = rx(r"\bMMSI(?:\s*(?i:no\.?|number|#))?(?:\s*:|\s+(?:is|was)(?:\s+now)?)?\s*(\d{9})\b")
_BARE_IMO = re.compile(r"\s*\((\d{7})(?=\)|[,;]\s)")
_CALL_SIGN = rx(r"\bcall sign:?\s+([A-Z0-9]{4,7})\b")
# a name a ship was given or known by: "was renamed "Lark Vela"", "was known as Wren Altair"
_RENAMED_AS = rx(r"\b(?:was|were|been|is)\s+(?:later\s+|since\s+|subsequently\s+|then\s+|briefly\s+)?"
                 r"(?:renamed|known\s+as|named|called)\s+(?:as\s+)?[\"“]?(?P<name>[A-Z][\w'’.-]*"
                 r"(?:\s(?:[A-Z][\w'’.-]*|\d+|[IVX]+)){0,3})")
# a ship told by its kind alone ("The tanker, which ...", "A Panama-flagged tanker"), and a firm
_KIND_TOLD = rx(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:tanker|vessel|ship|freighter|carrier|bulker|"
                r"VLCC|Aframax|Suezmax|trawler|ferry)\b")
_FIRM_TOLD = rx(r"\b(?:company|firm|owner|operator|manager|bank|group|business)\b", re.I)
# the prefixes navies give their ships' names
_NAVY_PREFIX = re.compile(r"\b(HMS|USS|USNS|HMAS|HMCS|HMNZS|RFS|TCG|ROKS)\s+$")
_FRONTED_SUBJECT = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?")


def _last_named(names: dict[str, str], text: str, end: int, since: int) -> str | None:
    """The key of the known name used last in text[since:end] (within a few hundred characters
    of `end`), read word by word; None where none is."""
    lo = max(since, end - 400)
    words = [(w.start(), w.end()) for w in re.finditer(r"[\w'’.-]+", text[lo:end])]
    for i in range(len(words) - 1, -1, -1):
        for n in range(min(5, len(words) - i), 0, -1):
            key = names.get(normalize(text[lo + words[i][0]:lo + words[i + n - 1][1]]))
            if key is not None:
                return key
    return None


def _ship_after_comma(analysis: Analysis, s: int, chunk: str, comma: int) -> str | None:
    """The ship named right after the comma at `comma` (a few words of its kind or flag may
    stand before the name): "Formerly known as Helios Star, the tanker Zircon Bay", "A cargo
    ship flying the flag of Comoros, the Amur Star"."""
    named = [v for v in analysis.between(s + comma, s + comma + 60, "Vessel")
             if _FRONTED_SUBJECT.fullmatch(chunk, comma, v.start - s)]
    return named[0].key if named else None
_THEN_AS = rx(r"\s+(?:and|or)\s+(?:later|then|subsequently|afterwards)\s+(?:(?:as|named|known\s+as|"
              r"called)\s+)?(?:the\s+)?" + NAME)
# "formerly known as Pushpa and Kiwala,", "(formerly Pushpa, Kiwala)": more names it had, listed
# ("previously named Grace, and before that Ocean Hope")
# (a profile's field: "Previous names: Amber Lark (2021), Nordic Sun (2019)", each with its year)
_MORE_FORMER = rx(r"(?:\s*\((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\))?"
                  r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:before\s+that\s+(?:as\s+)?)?(?:the\s+)?" +
                  NAME +
                  r"(?=\s*[,;.)]|\s*\((?:19|20)\d{2}|\s*$|\s+(?:and|or)\s+(?:the\s+)?[A-Z])")
_FORMER = rx(
    # ("had previously been known as", "originally named")
    r"\b(?i:formerly(?:(?: been)? (?:known as|named|called))?|(?:previously|originally)(?: been)? "
    r"(?:known as|named|called)|"
    r"(?:previous|former|earlier|past|old)\s+names?\s*:|"
    r"renamed from|ex-|and before that as|before that as|still sailing as|then sailing as|"
    # "The tanker broadcasting as X is the former Y"
    r"(?<=\s)(?:is|was)\s+the\s+former|"
    # "The vessel, then named Suez Rajan, was seized in 2023": its name at the time told
    r"(?<=,\s)then\s+(?:named|called|known\s+as)|"
    # "... from the same vessel in 2023, when it was named Suez Rajan": its name then
    r"(?:when|while)\s+(?:it|she)\s+was\s+(?:still\s+)?(?:named|called|known\s+as|sailing\s+as)|"
    # "which changed its name from Oceanic"
    r"(?:changed|switched)\s+(?:its|her)\s+name\s+from|"
    r"while sailing as|under (?:the|its|her) (?:former|previous|old) name,?|"
    # "The tanker now called X ... was until last year the Ocean Falcon": its name till then
    r"(?:was|were)\s+(?i:until|till)\s+(?:last\s+(?:year|month)|recently|earlier\s+this\s+year|"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})(?:\s+(?:known\s+as|named|called))?(?=\s+(?:the\s+)?[A-Z])|"
    # "was known until this year as Bright Harbour"
    r"(?:was|were|had\s+been)\s+(?:known|named|called)\s+(?i:until|till)\s+[\w ]{1,25}?\s+as|"
    # "In 2023, under the name Suez Rajan, the vessel ...": a name it had at a time gone by
    r"(?:in|until|before|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2},\s+"
    r"under\s+the\s+name|"
    # "In 2022 it carried Venezuelan crude to Malaysia under the name Ocean Wren": a deed done
    # before, under a name it had then (not "has sailed under the name X since 2023")
    r"(?<!has\s)(?<!have\s)\b(?:carried|delivered|transported|shipped|loaded|discharged|sailed|traded|"
    r"called|docked|visited)\s+(?:[\w,'’-]+\s+){0,8}?under\s+the\s+name(?![^.;]*\bsince\b)|"
    # "which was built as the Pacific Jewel", "launched in 2008 as the Kiara"
    r"(?:built|launched|delivered)\s+(?:in\s+\d{4}\s+)?as|"
    # "was previously sanctioned under the name Kiara", "originally traded as the Kiara"
    r"(?:previously|formerly|earlier|once|originally)\s+(?:[a-z]+\s+){0,2}?under\s+the\s+name|"
    r"(?:previously|formerly|earlier|once|originally)\s+(?:(?:was|been|be)\s+)?(?:sail|trad|operat|"
    r"regist|list|sanction|designat)\w*\s+as)\s*(?:the\s+)?" + NAME)
# "which sailed as the Kiara until 2022": a name it had until then
_AS_UNTIL = rx(r"\b(?:(?i:sailed|traded|operated|went)\s+(?i:as|under\s+the\s+name|by\s+the\s+name)|"
               # "was known as Pacific Star until March"
               r"(?:was|had\s+been)\s+(?:known\s+as|named|called))\s+"
               r"(?:the\s+)?" + NAME + r"(?=,?\s+(?:until|till|before\s+(?:being|it was|its|her)\b))")
# "which until last year sailed as the Ocean Pearl", "until March was named the Kiara"
_UNTIL_AS = rx(r"\b(?i:until|till)\s+(?:[\w,]+\s+){1,3}?(?i:sailed|traded|operated|went|"
               r"was\s+(?:named|called|known))\s+(?i:(?:as|under\s+the\s+name|by\s+the\s+name)\s+)?"
               r"(?:the\s+)?" + NAME)
_RENAMED = rx(r"\b(?i:renamed|re-named|rebranded|now (?:sail(?:s|ing)|trad(?:es|ing)|operat(?:es|ing)) as|"
              # ("Since 2022 it has sailed as the Marigold Reef": the name it has gone by since)
              r"(?:has|have)\s+(?:since\s+|also\s+)?(?:sailed|traded|operated)(?=\s+as\s+(?:the\s+)?"
              r"(?-i:[A-Z]))|(?:has|have)\s+(?:since\s+|also\s+)?(?:sailed|traded|operated)\s+under\s+the\s+"
              r"(?:new\s+)?name|now "
              r"(?:named|called)|(?:sail(?:s|ing)|trad(?:es|ing)|operat(?:es|ing)) under the (?:new )?name|"
              # "which now uses the name X": the name it goes by now
              r"(?:now\s+)?(?:uses|using|goes by|going by) the (?:new )?name|"
              # "changed its name to Blue Spirit"
              r"chang(?:ed|es|ing) (?:its|her) name|"
              # "the Suezmax Marlin Ray, now the Ray,"
              r"(?<=,\s)now(?=\s+the\s+(?-i:[A-Z])))"
              # ("a new owner, which renamed it the Lark Vela": the ship its object)
              r"(?:\s+(?P<obj>it|her|the\s+(?:ship|vessel|tanker|carrier|freighter|bulker))(?=\s+(?:the\s+)?"
              r"(?-i:[A-Z])))?(?: as| to)?\s+"
              # ("was renamed the M/T Glory Star")
              r"(?:the\s+)?(?:(?:M/T|MT|M/V|MV)\s+)?" + NAME)
# who holds a ship, named before it: "The owner of the tanker X"
_HOLDER_OF = rx(r"\b(?:owners?|operators?|managers?|charterers?|compan(?:y|ies)|firms?)\s+of\s+(?:the\s+)?"
                r"(?:[\w-]+\s+){0,2}$", re.I)
# "was renamed in 2023 from Sea Breeze": the name it had before
_RENAMED_FROM = rx(r"\b(?i:renamed|re-named|rebranded)\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+|last\s+\w+\s+)?"
                   r"from\s+(?:the\s+)?" + NAME)
_NOW_AS = rx(r",?\s+(?:and|but)\s+(?:is\s+)?now\s+(?:(?:sailing|trading|operating|named|called|known|sails|"
             r"trades|operates)\s+as|named|called)\s+"
             r"(?:the\s+)?(?:(?:M/T|MV|M/V|MT)\s+)?" + NAME)
# "The tanker formerly known as Wren Star, sanctioned in February, has been renamed Lark Sun":
# the name it has now, told by the verb after the former one
# ("... now sails as Zafira Swan under the flag of Cameroon": the name it goes by now)
_NAMED_NOW = (r"\b(?:(?:has|have|had|was|were)\s+(?:\w+ly\s+|since\s+|now\s+|also\s+)?(?:been\s+)?renamed\s+"
              r"(?:as\s+)?|now\s+(?:sails|trades|operates|goes)\s+(?:by\s+the\s+name\s+|as\s+))")
_RENAMED_SINCE = rx(r"[^.;:()]{0,120}?" + _NAMED_NOW + r"(?:the\s+)?(?:(?:M/T|MV|M/V|MT)\s+)?" + NAME)
# "the former Ocean Glory, now the Harmony"
_FORMER_NOW = rx(r"\b[Tt]he\s+former\s+" + NAME.replace("(?P<name>", "(?P<old>") +
                 r",\s+now\s+(?:called\s+|named\s+|known\s+as\s+|sailing\s+as\s+)?(?:the\s+)?" + NAME)
# "has sailed under four names: A, B, C and D", "operated under the names A and B"
# ("has had at least five names, including ...": those of them it had before)
_SAILED_UNDER = rx(r"\b(?:(?:sailed|traded|operated|gone|been\s+known|carried|used)\s+(?:under|by)|"
                   r"(?:has|have|had)\s+(?:had|borne|used))\s+"
                   r"(?:(?:at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|several|multiple|"
                   r"many|\d)\s+(?:different\s+|other\s+)?names|the\s+names)\s*[:,-]?\s+"
                   r"(?:(?:including|among\s+them|such\s+as)\s+)?")
# one name of such a list, up to the list's end: ", since last month," may stand between two
_LIST_NAME = rx(r"(?:,?\s*(?:and\s+)?(?:,\s*[a-z][\w ]{0,30},\s*)?)(?:the\s+)?(?P<name>"
                r"[\"“]?[A-Z][\w'’.\-]*(?:\s(?:[A-Z0-9][\w'’.\-]*)){0,4}[\"”]?)")
_NOW_NAMED = re.compile(r"(?i:now\s+(?:named|called|(?:sailing|sails|trading|trades|operating|operates)"
                        r"\s+as))\s")
# a word for the ship as the subject of "renamed": "the ship was renamed", "it was later renamed"
# ("The ship was delivered to its new owners last week and has since been renamed Sea King I")
# ("Two years later the ship was renamed Kite Lumen": a time that opens the sentence)
# ("Under its new owners the vessel was renamed Lily Star": a phrase that opens the sentence)
_RENAMED_SUBJECT = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+|then\s+)?|"
                              r"^(?:In|By|On|Since|Under|After|Following|Upon|With|Within)\s+"
                              r"[\w ]{1,24}?,?\s+|"
                              r"^(?:(?:[\w-]+\s+){1,3}(?:later|afterwards)|Later|Then|Afterwards|Subsequently)\s+)(?:it|she|the\s+(?:ship|"
                              r"vessel|tanker|carrier|freighter))(?:,\s*|\s+(?:[^.;]*?\band\s+)?"
                              r"(?:(?:was|had\s+been|has\s+been|is|has|had)\s+)?(?:\w+ly\s+|later\s+|then\s+|"
                              # ("The vessel, renamed Nova Wren, was reflagged")
                              r"since\s+)?(?:been\s+)?)$", re.I)
# a name as the subject of "renamed": "The Wren Star was renamed", "for the Wren Star to be renamed"
# ("The Wren Star, now renamed Lark Sun, was not charged": set beside it)
_NAMED_SUBJECT = re.compile(r"(?:\b[Tt]he\s+)?(?P<n>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4}),?\s+"
                            r"(?:(?:was|were|had\s+been|has\s+been|to\s+be|is\s+being|is|has)\s+)?"
                            r"(?:\w+ly\s+|later\s+|then\s+|since\s+|now\s+)?(?:been\s+)?$")
_SUBJECT_AFTER = re.compile(r"(?:\s+and\s+[^,;.]{1,60})?,\s+(?:it|she|the\s+(?:ship|vessel|tanker|carrier|"
                            r"freighter|bulker))\b", re.I)
# What may lie between a ship and "renamed" in one clause: not another full stop or semicolon.
_SAME_CLAUSE = re.compile(IN_CLAUSE + r"{0,200}")
# "it became the Sea Breeze in 2021, the Nova in 2022 and the Ceres I last year"
_BECAME_NAME = r"the\s+(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z0-9][\w'’.\-]*)){0,3})"
_NAME_YEAR = re.compile(r"\s+(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}|(?:last|this)\s+year)\b")
_BECAME = rx(r"\b(?:became|was\s+renamed|renamed)\s+" + _BECAME_NAME)
_BECAME_MORE = re.compile(r"(?:\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d{2}|\s+(?:last|this)\s+year)?"
                          r"(?:,\s+(?:and\s+|then\s+)?|,?\s+(?:and|then)\s+)" + _BECAME_NAME)
# "it was Ocean Breeze until March 2022, then Blue Whale until January 2023, and then Sapphire":
# the names a ship had in turn, each until a time
_UNTIL_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z0-9][\w'’.\-]*)){0,3})"
_NAME_UNTIL = rx(r"\b(?:it|she)\s+(?:was|sailed\s+as|traded\s+as)\s+(?:named\s+|called\s+|known\s+as\s+)?"
                 + _UNTIL_NAME + r"\s+until\s+")
_NAME_UNTIL_MORE = re.compile(r"(?:[^,;.()]{1,30}?)?,?\s+(?:and\s+)?then\s+(?:as\s+)?" + _UNTIL_NAME +
                              r"(?=\s+until\b|\s*[,;.)]|\s*$)")
_AS_NAME = rx(r"(?:^|[.;]\s+)[Aa]s (?:the )?" + NAME + r",? (?:it|she|the ship|the vessel)\b")
# "The Ocean Star, " just before "formerly known as": the name a former name is set beside.
_APPOSITION = rx(r"(?:\b[Tt]he\s+|^|[.;]\s+)(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z0-9][\w'’.\-]*))"
                 r"{0,4}),\s*$")
_ABOARD_NAME = rx(r"\b(?:aboard|on board|onboard|(?:loaded|put|placed|stowed|lifted)\s+(?:onto|on to)"
                  r")\s+(?:the\s+)?" + NAME +
                  # ("aboard the Christophe de Margerie and the Nikolay Zubov")
                  r"(?:\s+and\s+the\s+" + NAME.replace("(?P<name>", "(?P<name2>") + r")?")
# "The Mikhail Nenashev and its sister ship, the Matros Koshka": a ship that has a sister ship
# ("The Dusk Lantern, its sister ship, berthed", "The Dusk Lantern, sister ship of the Grey Lantern,")
_SISTER_OF = rx(r"(?:\b[Tt]he\s+|^)" + NAME +
                r"(?:\s+(?:and|or)\s+(?:its|her)\s+|,\s+(?:(?:its|her|the|a)\s+)?)"
                r"(?:\w+\s+)?sister[\s-](?:ships?|vessels?|tankers?|carriers?|freighters?)\b|"
                # ("The Lark Tigris and her sister the Lark Euphrates")
                r"(?:\b[Tt]he\s+|^)" + NAME.replace("<name>", "<name4>") +
                r"\s+and\s+(?:its|her)\s+sister,?\s+(?:the\s+)?(?-i:[A-Z])|"
                # ("a sister ship of the Mikhail Nenashev")
                r"\bsister[\s-](?:ships?|vessels?|tankers?|carriers?|freighters?)\s+(?:of|to)\s+"
                r"(?:the\s+)?" + NAME.replace("<name>", "<name2>") + "|"
                # ("Its sister, the Coral Dune, is due at Primorsk")
                # ("as its sister ship the Kite Don did in May")
                r"\b(?:[Ii]ts|[Hh]er|[Tt]heir)\s+sister(?:[\s-](?:ship|vessel|tanker|carrier|freighter))?,?\s+"
                r"(?:the\s+)?" + NAME.replace("<name>", "<name3>")
                + r"(?=,|\s+(?:have|has|had|were|was|are|is|[a-z]+ed|did|does|met|made|went|left|took|"
                r"came|lay|sat|ran|sank|(?:also|then|later)\s+[a-z]+)\b)")
_SISTER_OF_AFTER = rx(r"\s+(?:of|to)\s+(?:the\s+)?" + NAME)
# ("The Laurel Gate and the Birch Gate, sister ships owned by ...": the first of the two too)
_SISTERS_FIRST = rx(r"(?:\b[Tt]he\s+|^)" + NAME + r"\s+and\s+$")
# "the Kite Sun met the Lark Sun about 30 miles off Ceuta, where they transferred fuel oil": two
# names that met and passed a cargo between them are ships
_MET_AND_PASSED = rx(r"\b(?:[Tt]he\s+)?" + NAME + r"\s+(?:\w+ly\s+)?(?:met|came\s+alongside|"
                     r"moored\s+alongside|rendezvoused\s+with)\s+(?:the\s+)?" +
                     NAME.replace("<name>", "<name2>") +
                     r"[^.;]{0,80}?(?:,\s+where|\s+and)\s+(?:they\s+|the\s+two\s+)?(?:\w+ly\s+)?"
                     r"(?:transferred|pumped|exchanged|swapped|moved|passed)\s+(?:[\w,-]+\s+){0,3}?"
                     r"(?:cargo|oil|crude|fuel|diesel|gasoil|coal|LNG|LPG|condensate|grain|wheat|catch|"
                     r"fish|petroleum|products|naphtha)\b")
# a log line of a transfer between two ships, giver first: "- 3 March: Kite Ashanti -> Wren Volta,
# about 700,000 barrels" (under a line or lead that tells of transfers: see ARROW_LOG)
ARROW_PAIR = rx(r"(?:^|(?<=[:\n])\s*|(?<=[-*•]\s))" + NAME + r"\s*(?:->|→|=>|⇒)\s*" +
                NAME.replace("<name>", "<name2>") + r"(?=\s*[,;.(]|\s*$|\s+(?:off|near|in|at|on)\s)", re.M)
ARROW_LOG = rx(r"\b(?:transfers?|ship-to-ship|STS|transshipments?|lightering)\b", re.I)
_ARROWS = ("->", "→", "=>", "⇒")


def has_arrow(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds an arrow (a cheap test before `ARROW_PAIR`, whose arrows
    outside ASCII keep it from the literal gate)."""
    return any(text.find(a, start, len(text) if end is None else end) >= 0 for a in _ARROWS)
# A figure's caption that shows a named thing at a port: "Figure 2: The Angara at Rajin, 5
# November 2023", "Image 4: Satellite image of the Sparta IV moored in Tartus" (the place after
# it is checked to be a port)
_CAPTIONED = rx(r"^[ \t]*(?:Figure|Fig\.|Image|Photo|Photograph|Picture|Plate|Exhibit)\s*\d{0,3}[a-z]?"
                r"\s*[.:–—-]\s+(?:(?:(?:[Ss]atellite|[Aa]erial|[Cc]ommercial)\s+)?(?:image(?:ry)?|photo(?:graph)?|"
                r"view|picture)\s+(?:\w+\s+){0,2}?of\s+)?[Tt]he\s+" + NAME + r"(?:\s+\([^()]{1,40}\))?,?\s+"
                r"(?:(?:docked|moored|berthed|anchored|loading|unloading|discharging|alongside)\s+)?"
                r"(?:at|in|off|near)\s+(?:the\s+(?:port\s+of\s+)?)?(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")
# "The navy said Zafer, flagged in Sierra Leone, had called ...": a name a flag is told of
_FLAGGED_NAME = rx(r"(?:^|[,;:]\s+|\b(?:said|that|and|the|The)\s+)"
                   r"(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,3}),\s+"
                   r"(?:which\s+is\s+|now\s+|currently\s+)?(?:flagged\s+(?:in|to|by)|"
                   r"flying\s+the\s+(?:flag\s+of|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+flag)|"
                   r"sailing\s+under\s+(?:the\s+)?(?:flag\s+of|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+flag))\b")
# a name with its registry in brackets, doing what ships do at ports: "Zircon Bay (Panama) arrived
# at Vadinar", "- Serena (Gabon) departed Primorsk on 10 July"
# ("Mar 10 - Sparta IV (RUS) arr. from Novorossiysk": a port log's line, its day first, the
# registry's code, the deed cut short)
_NAME_FLAG_CALL = rx(r"^\s*(?:(?:[-*•–]|" + LIST_NUMBER + r")\s+)?"
                     r"(?:(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:[A-Z][a-z]{2,8}\.?\s+"
                     r"\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)\s*[-–—:|]\s*)?(?:[Tt]he\s+)?"
                     r"(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,3})\s+"
                     r"\((?P<flag>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\)\s*(?:[-–—:]\s*)?(?:\w+ly\s+)?"
                     r"(?:(?:arrived|departed|docked|berthed|anchored|moored|loaded|discharged|unloaded|called|"
                     r"sailed|left|reached|entered|"
                     # ("Sept 2 — Sea Swallow (Panama) arrives Tartus": a log told in the present)
                     r"arrives|departs|docks|berths|anchors|moors|loads|discharges|unloads|calls|sails|"
                     r"leaves|reaches|enters|"
                     # ("2. Pale Sparrow (Cameroon) – STS with Dusk Finch", "– AIS dark since 1 Sep",
                     # "– detained by the navy")
                     r"loading|discharging|unloading|STS|ship-to-ship|AIS|transponder|detained|seized|"
                     r"boarded|attacked|struck|sanctioned|designated)\b|(?:arr|dep|dept|sld)\.(?=[\s,;]|$))")
# a name whose crew, hull or voyage is told: "The Sparta IV's spring run", "the Lira's crew" (with
# "the": not a firm's or a person's)
_POSSESSED_SHIP = rx(r"\b[Tt]he\s+(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z][\w.\-]*|\d+|[IVX]+)){0,3})['’]s\s+"
                     r"(?:[a-z][\w-]*\s+){0,2}?(?:crew|captain|master|skipper|hull|decks?|transponder|"
                     r"AIS|voyages?|runs?|trips?|port\s+calls?|cargo\s+holds?|holds|bridge|engines?|draught|"
                     r"IMO\s+number|sister\s+ships?)\b")
# a name that did what a ship named before it did: "The vessel Hua Fu unloaded coal at Longkou,
# and the Xin Yuan 19 did so at Lianyungang"
DID_SO = rx(r"(?:,?\s+(?:and|while|whereas)|;)\s+(?:the\s+)?"
            r"(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,3})\s+(?:\w+ly\s+)?"
            r"(?:did\s+(?:so|the\s+same|likewise)|followed\s+suit|"
            # ("docked in Astrakhan on 11 February; the Y followed on 14 February")
            r"followed(?=\s+(?:on|in)\s+[A-Z0-9]|\s+(?:a|an|one|two|three|four|five|six|\d+)\s+"
            r"(?:days?|weeks?|hours?)\s+later\b|\s+(?:the\s+)?(?:next|following)\s+(?:day|week|morning)\b))\b")
# the prefixes navies give their ships' names, and whose navy each is (prefixes two navies share,
# such as INS, are left out)
NAVY_PREFIXES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL",
                 "FGS": "DEU", "RFS": "RUS", "TCG": "TUR", "ROKS": "KOR", "HNLMS": "NLD", "HDMS": "DNK",
                 "ESPS": "ESP", "PNS": "PAK", "KRI": "IDN", "BRP": "PHL", "NRP": "PRT", "ORP": "POL",
                 "RSS": "SGP"}
_NAVIES = "|".join(sorted(NAVY_PREFIXES, key=len, reverse=True))
_NAVY_OPENS = re.compile(r"(?P<navy>" + _NAVIES + r")\s+[A-Z]")
_MERCHANT = re.compile(r"(?i)tanker|carrier|bulker|container|cargo|ferry|freighter|trawler|VLCC")
_NAVY_BEFORE = re.compile(r"\b(?P<navy>" + _NAVIES + r")\s+$")
# a state told right before a ship's kind and name: "the DPRK tanker Yu Son" (not "the Greek-owned
# tanker", "a Chinese-built tanker": an owner or yard)
_NATION_KIND = rx(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?P<nation>(?:DPRK|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+"
                  r"(?:(?:[a-z][\w-]*|[A-Z]{2,}\d?)\s+){0,2}?" + _TYPE + r",?\s+(?:the\s+)?[\"“‘']?$")
# The name a flag or registry told after it is of: "Zafer, flagged in Sierra Leone,"
# (not a flag told before: "The X, formerly Panama-flagged, now flies the flag of Y")
_TOLD_OF = re.compile(r"(?P<name>(?!(?:IMO|MMSI)\b)(?![A-Z][\w'’.]*-(?:flagged|registered)\b)[A-Z][\w'’.\-]*"
                      r"(?:\s(?:[A-Z][\w'’.\-]*|\d{1,4}|[IVX]+)){0,3})[,(]\s*"
                      r"(?:which\s+is\s+|now\s+|currently\s+)?$")
# ("The vessel flying the flag of Panama, named Sea Breeze, left ...": past its flag)
_NAMED_AFTER = rx(r"\b[Tt]he\s+(?P<type4>" + _TYPE + r")(?:\s+(?:flying|under|sailing\s+under|"
                  r"registered\s+in)\s+[^,;.]{1,50}?(?=,))?,?\s+(?:(?:which is\s+|was\s+)?"
                  r"(?:(?:currently|now)\s+)?(?:named|called|dubbed)|"
                  r"identified\s+(?:by\s+(?:[\w.'’-]+\s+){1,4}?)?as)\s+(?:the\s+)?" +
                  NAME)
# "a Cameroon-flagged crude tanker" with no name after it
# "Its hull markings showed that it was in fact the Ka Kite": which ship it really was
_REALLY_THE = rx(r"\b(?:it|she|the\s+(?:ship|vessel|tanker|freighter|carrier|bulker))\s+(?:was|is)\s+"
              r"(?:in\s+fact|actually|really|in\s+reality|in\s+truth)\s+(?:the\s+)?" + NAME)
_DESCRIBED = rx(r"\b[Aa]n?\s+(?P<flag>" + _FLAG_NAME + r")[- ](?:flagged|registered)" + _OTHER_MODS +
                r"\s+(?:[\w-]+\s+){0,2}?(?P<type>" + _TYPE + r")\b(?!,?\s+(?:the\s+)?[A-Z])")
# "a very large crude carrier that ... now sails under the flag of Eswatini": the flag it flies
# now, told after the kind (not one it flew before: "that once sailed under the flag of")
_DESCRIBED_FLYING = rx(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?P<type>" + _TYPE + r")\s+(?:that|which)\s+"
                       r"(?:[^.;()]{0,80}?\b(?:and|but)\s+)?(?:now\s+|currently\s+)?"
                       r"(?:sails|flies|is\s+(?:sailing|flying))\s+(?:under\s+)?the\s+flag\s+of\s+"
                       r"(?P<flag>" + _FLAG_NAME + r")")
_ALONGSIDE = rx(r"(?:\balongside|\b(?:moored|lying|anchored|berthed|tied\s+up)\s+(?:right\s+|directly\s+)?"
                r"next\s+to)\s+(?:the\s+)?" + NAME)
# ("It reappeared on 6 Oct in the Laconian Gulf, riding high, next to the KITE ROVER"): a ship told
# just before lies beside another
_NEXT_TO = rx(r"\b(?:right\s+|directly\s+)?(?:next\s+to|beside)\s+(?:the\s+)?" + NAME)
_BUILT_LAST = re.compile(r"\b(?:Terminal|Pier|Berth|Quay|Wharf|Jetty|Dock|Docks|Bridge|Palace|Tower|Building|"
                         r"Port|Harbou?r|Base|Yard|Shipyard|Station|Plant|Refinery|Island|Lighthouse|Fort)\W*$")
_PRONOUN_NEXT = re.compile(r"(?:^|[.;]\s+)(?:[Ii]t|[Ss]he|[Tt]hey)\s")
_PRONOUN_ALONGSIDE = re.compile(r"\b(?:[Hh]er|[Ss]he|[Ii]t|[Tt]hey|[Tt]hem)(?:\s+(?:was|were|is|are|had|has|"
                                r"been|[a-z]+ly|then|later))*(?:\s+(?:[a-z]+ed|lay|sat|came|drew|pulled))?\s+"
                                r"(?:up\s+)?(?:lying\s+|moored\s+|"
                                r"anchored\s+)?$")
# "Another ferry on the route, the "Marshal Rokossovsky", has not left": a name in quotes after
# "the", in a sentence about ships (not "the so-called 'shadow fleet'")
_QUOTED = rx(r"(?<!so-called )\bthe\s+(?P<name>[\"“‘'][A-Z][\w'’.\-]*(?:\s[A-Z0-9][\w'’.\-]*){0,4}[\"”’'])"
             r"(?=\s*[,;.)]|\s+(?:was|is|has|had|and|which|that|[a-z]+ed)\b)")
_THE_BEFORE = re.compile(r"(?<!so-called )\bthe\s+$")
_QUOTED_AFTER = re.compile(r"\s*[,;.)]|\s+(?:was|is|has|had|and|which|that|[a-z]+ed)\b")
_WHOLE = re.compile(r"(?P<name>.+)", re.S)
_KIND_BEFORE = re.compile(r"\b(?:ferry|ferries|ships?|vessels?|tankers?|freighters?|carriers?|bulkers?|"
                          r"boats?)\b[^.;,]{0,40},\s*$", re.I)
_DEED_AFTER = re.compile(r",?\s+(?:(?:has|have|had|was|is)\s+(?:not\s+|never\s+|also\s+)?(?:been\s+)?)?"
                         r"(?:left|sailed|docked|berthed|arrived|called|loaded|unloaded|discharged|"
                         r"departed|anchored|moored|entered|returned|transited)\b")
_PASSED_TO_BEFORE = re.compile(r"\b(?:(?:transferred|pumped|passed|offloaded|discharged|lightered|"
                               r"delivered)\s+(?:[\w'’-]+\s+){0,4}?(?:to|onto|into)|(?:took|received|loaded)\s+"
                               r"(?:[\w'’-]+\s+){0,4}?from|met|alongside|rendezvoused\s+with)\s+$")
# a profile's field lines: "Name: ZHONG XING 8" ... "IMO: 9142631"
_NAME_FIELD = re.compile(r"\s*(?:[-*•]\s+)?(?i:(?:vessel|ship)(?:['’]s)?\s+)?(?i:name)\s*:\s*"
                         r"(?P<name>[A-Z0-9][\w'’.\-]*(?:[ ][A-Za-z0-9][\w'’.\-]*){0,4})\s*")
_NAME_LINE = re.compile(r"\s*(?P<name>[A-Z][A-Z0-9'’.\-]*(?:[ ][A-Z0-9][A-Z0-9'’.\-]*){0,4})\s*")
_TYPE_FIELD = re.compile(r"\s*(?:[-*•]\s+)?(?i:(?:vessel|ship)\s+)?(?i:type)\s*:\s*"
                         r"(?P<type>(?i:(?:[\w-]+\s+){0,2}?(?:" + _TYPE + r")))\s*"
                         # (its year or size after it: "Crude oil tanker, 1999", "Tanker (built 1999)")
                         r"(?:,\s*(?:built\s+)?(?:19|20)\d{2}|,\s*[\d,.]+\s*(?i:dwt|gt|teu)|"
                         r"\((?:[^()\n]{0,30})\))?\s*[.;]?\s*")
_IMO_FIELD = re.compile(r"\s*(?:[-*•]\s+)?(?i:IMO)(?:\s+(?i:number|no\.?))?\s*:?\s*(?P<imo>\d{7})\b")
# a ship's kind set after a name that opens a list item: "— rail ferry, Russian flag"
_ITEM_TYPE = re.compile(r"\s*(?:[—–:]|-(?=\s)|,)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _TYPE + r"\b",
                        re.I)
# a list item's mark, up to its text ("3/": a thread's)
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*•–+]|" + LIST_NUMBER + r")[ \t]+")
# what a ship does, after its name opens a list item: "came from Kharg Island and discharged"
_ITEM_DEED = re.compile(r"\s+(?:\([^()]{1,40}\)\s+)?(?:(?:has|had|was)\s+(?:been\s+)?)?"
                        r"(?:docked|berthed|moored|anchored|loaded|unloaded|discharged|offloaded|sailed|departed|called\s+at|"
                        r"came\s+from(?=\s+[A-Z])|transferred\s+(?:its|her)\s+cargo|waited\s+off|lay\s+off|"
                        r"took\s+on)\b")
# "The tanker Grey Finch met the Wren Hollow off Malta": what a ship met at sea
# a sentence opening on a ship's pronoun and its deed: "It lifted ...", "She then met ..."
# (after a time that opens it: "On June 5 it pumped the fuel into the X")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:On|In|By|Over|During|Later|Then)\s+[\w .,-]{1,30}?,?\s+"
                              r"(?=it\s|she\s))?"
                              r"(?:[Ii]t|[Ss]he)\s+(?:(?:\w+ly|then|later|also)\s+)?(?:[a-z]+ed|took|met|made|"
                              r"sailed|left|went|lay)\b")
_MET_SHIP = rx(r"\b(?:met|met\s+up\s+with|rendezvoused\s+with)\s+the\s+" + NAME)
# a cargo a ship passes on: "it", "part of its oil", "the cargo"
_CARGO_PASSED = (r"(?:(?:part|some|most|all|half|much|the\s+rest)\s+of\s+)?(?:it|them|(?:its|her|their|the)"
                 r"\s+(?:[\w-]+\s+)?(?:cargo(?:es)?|oil|crude|load|fuel|diesel|coal|LNG|LPG))")
# "... transferred its cargo to the Sea Lion": what a ship passed its cargo to
# ("transferred diesel to the Sea Harmony", "pumped about 700,000 barrels of crude onto the X")
# where a cargo was passed, told between the verb and the ship: "off Malacca"
_AT_PLACE = r"(?:off|near|in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
# (or under way: "was transferring oil to the X when patrol boats approached")
_CARGO_TO_SHIP = rx(r"\b(?:transferred|pumped|handed|passed|lightered|shifted|offloaded|unloaded|discharged|"
                    r"moved|transshipped|(?<=\bwas\s)(?:transferring|pumping|lightering|offloading)|"
                    r"(?<=\bwere\s)(?:transferring|pumping|lightering|offloading))\s+(?:" + _CARGO_PASSED +
                    r"|(?:(?:about|some|nearly|around|roughly|over|almost)\s+)?(?:[\d,.]+\s+(?:million\s+)?(?:barrels|tonnes|tons)\s+of\s+)?"
                    r"(?:[\w-]+\s+)?" + CARGO_WORDS + r")"
                    # ("transferred its cargo off Malacca to the Fortune Star")
                    r"(?:\s+" + _AT_PLACE + r")?\s+(?:over\s+)?(?:to|onto|into)\s+the\s+" + NAME)
# "(the cargo) was transferred off Malacca to the Fortune Star, which delivered it": the ship a
# cargo went to, in the passive
_PASSED_TO_SHIP = rx(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:transferred|pumped|lightered|shifted|"
                     r"transshipped|moved)\s+(?:at\s+sea\s+)?(?:" + _AT_PLACE + r"\s+)?(?:on)?to\s+the\s+" +
                     NAME)
# "lightered onto the Grey Wren": the cargo left out
_LIGHTERED_ONTO = rx(r"\b(?:lightered|transshipped)\s+onto\s+the\s+" + NAME)
# "were unloaded from the Angara at Dunai", "loaded at Rajin aboard the Maria": the ship a cargo
# went by, told in the passive
_CARRIED_BY = rx(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:(?:unloaded|offloaded|discharged)\s+from|"
                 r"(?:loaded|carried|shipped|brought|transported|ferried)\s+(?:(?:at|in|from)\s+"
                 r"(?:the\s+(?:port\s+of\s+)?)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+)?(?:aboard|onto|"
                 r"on\s+board))\s+the\s+" + NAME)
# "... after taking it on from the Kazan": what a ship took its cargo from
# (or a load told by its size or kind: "took on 700,000 barrels of Urals crude from the X")
_CARGO_FROM_SHIP = rx(r"\b(?:took|takes|taken|taking|received|receiving)\s+(?:on\s+)?(?:" + _CARGO_PASSED +
                      r"|(?:(?:a|an|some|about|around|nearly|roughly|over|more\s+than)\s+)?"
                      r"(?:[\d,.]+\s+(?:million\s+)?(?:barrels|tonnes|tons|cubic\s+metres)|cargo|load|"
                      r"shipment|parcel)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)"
                      r"\s+(?:on\s+)?from\s+the\s+" + NAME)
_SHIP_CONTEXT = rx(r"\b(?:tankers?|vessels?|ships?|freighters?|carriers?|bulkers?|ferry|ferries|IMO|MMSI|"
                   r"(?i:(?:after|neo)?(?:aframax|suezmax|panamax|vlcc|ulcc|handysize|handymax|supramax|"
                   r"ultramax|kamsarmax|capesize)e?s?)|"
                   r"flag\w*|berth\w*|dock\w*|moor\w*|anchor\w*|sail\w*|called at|load\w*|"
                   r"unload\w*|offload\w*|discharg\w*|transfer\w*|cargo(?:es)?)\b")
# a load told as carried by ships named: "two Aframax cargoes at Paradip, carried by the Frost
# Delta and the Frost Echo" (not "carried by the Russian navy")
_CARGO_CARRIED_BY = rx(r"\b(?i:cargo(?:es)?|shipments?|consignments?|loads?|" + CARGO_WORDS + r")\b"
                       r"[^.;:]{0,60}?\b(?:carried|shipped|transported|delivered|brought|ferried|hauled|"
                       r"lifted)\s+by\s+the\s+" + NAME +
                       r"(?:\s+and\s+the\s+" + NAME.replace("<name>", "<name2>") + r")?(?=[\s,.;:]|$)")
# a load moved from one ship to another, one of them known: "moved from the smaller Azov Pearl to
# the Nile Heron", "was pumped from the Y into the X"
_SHIP_TO_SHIP = rx(r"\b(?:moved|transferred|pumped|shifted|transshipped|trans-shipped|lightered|passed|"
                   r"discharged|offloaded)\s+from\s+the\s+(?:(?-i:[a-z]+)\s+)?" + NAME +
                   r"\s+(?:to|into|onto)\s+the\s+(?:(?-i:[a-z]+)\s+)?" + NAME.replace("<name>", "<name2>") +
                   r"(?=[\s,.;:]|$)")
_PLACE_WORD_FIRST = re.compile(r"(?:Port|Harbou?r|Terminal|Bay|Gulf|Strait|Sea|Cape|Island|Lake|River)\b")
# a ship told by its kind: "the tanker", "the Panama-flagged vessel"
# "the tankers Andromeda Star, which was involved in a collision off Denmark, and the Eagle S": a
# list that goes on past an aside on its first ship
_LIST_PAST_ASIDE = rx(r"\b(?:tankers|vessels|ships|carriers|freighters|bulkers)\s+"
                      r"(?P<first>[A-Z][\w'’.\-]*(?:\s[A-Z0-9][\w'’.\-]*){0,4}),\s+(?:which|that|who)\s+"
                      r"[^;()]{1,140}?,\s+and\s+the\s+" + NAME + r"(?=\s*[,;.)]|\s+(?:which|that|is|was)\b)")
# "the Kite Sahara, which made six trips, and the Lark Persia, which made five": a name joined
# to a ship's, each with an aside of the same build
_PARALLEL_ASIDES = rx(r"\b[Tt]he\s+(?P<first>[A-Z][\w'’.\-]*(?:\s[A-Z0-9][\w'’.\-]*){0,4}),\s+"
                      r"(?:which|that)\s+"
                      r"[^;()]{1,80}?,\s+and\s+the\s+" + NAME + r",\s+(?:which|that)\b")
# "Satellite images show the Ocean Voyager at Tartus", "Imagery from May 3 shows OCEAN VOYAGER
# moored at Tartus": a name pictured where ships lie
# ("The images, taken between December and early February, show the Lady Wren loading")
# ("Ship-tracking data show the Lark Orion docking at Dunai": what a ship's signals show it did)
_IMAGED = rx(r"\b(?i:images?|imagery|photos?|photographs?|pictures?|footage|"
             r"(?:ship-?|vessel-?)?tracking\s+data|AIS\s+data)\b(?:,?\s+(?:from|of|taken|dated|"
             r"captured|published)\s+[^.;]{0,50}?,?)?\s+(?:shows?|showed|captured|depicts?|depicted)\s+"
             r"(?P<the>the\s+)?" + NAME)
_IMAGED_MOORED = re.compile(r"\s+(?:moored|docked|berthed|anchored|alongside|loading|unloading|"
                            r"discharging|docking|berthing|mooring|arriving|leaving|departing)\b")
_IMAGED_AT = re.compile(r"\s+(?:at|in|off)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?"
                        r"(?P<port>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
_KIND_SUBJECT = re.compile(r"\b(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _TYPE + r"\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PREFIXES = rx(r"^(?:M/V|MV|M/T|MT|SS|MS|M/S)\s+", re.I)


def _known_before(names: dict[str, str], text: str) -> str | None:
    """The key of the ship named last in `text` by a name already known (None if none)."""
    found: tuple[int, str] | None = None
    folded = normalize(text)
    for name, key in names.items():
        at = folded.rfind(name)
        while at >= 0 and not ((at == 0 or not folded[at - 1].isalnum()) and (
                at + len(name) == len(folded) or not folded[at + len(name)].isalnum())):
            at = folded.rfind(name, 0, at)
        if at >= 0 and (found is None or at > found[0]):
            found = (at, key)
    return found[1] if found else None


def imo_valid(number: str) -> bool:
    """IMO ship numbers: seven digits, the last a check digit (weights 7..2, sum mod 10)."""
    if not re.fullmatch(r"\d{7}", number or ""):
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])


def mmsi_valid(number: str) -> bool:
    """A ship station MMSI: nine digits whose first three are a maritime identification digit."""
    return bool(re.fullmatch(r"[2-7]\d{8}", number or ""))


@cache
def _mids() -> dict[str, str]:
    return {row[0]: row[1] for row in tsv_rows("mmsi_mid.tsv")}


def mmsi_flag(number: str) -> str | None:
    """The flag (ISO alpha-3) an MMSI was assigned for, from its maritime identification digits."""
    return _mids().get(number[:3]) if mmsi_valid(number) else None


def clean_name(raw: str) -> str:
    name = raw.strip().strip("\"“”‘’'«»„").strip()
    # "An San 1" is a name: the article "an" comes before a vowel
    name = re.sub(r"^(?:The|A|An(?=\s+[AEIOUaeiou]))\s+", "", name)
    name = re.sub(r"^(?i:" + _TYPE + r")\s+(?=[A-Z0-9])", "", name)
    name = _PREFIXES.sub("", name)
    name = re.sub(r"^[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?-(?:owned|operated|managed|controlled|linked|"
                  r"built|based|flagged|registered)\s+", "", name)  # "the Greek-owned Delta Harmony"
    name = re.sub(r"['’]s$", "", name)
    return name.rstrip(".,")


_KOREAN_AN = re.compile(r"(?:An|AN) [B-DF-HJ-NP-TV-Z]")  # "An San", "AN SAN 1": not the article


# where a name that is also a port's is the port: "Aktau port", "at Aktau", "Kazakhstan's Aktau"
_AS_PORT_AFTER = re.compile(r"\s+(?:port|harbou?r|terminal)\b", re.I)
_AS_PORT_BEFORE = re.compile(r"(?:\b(?:port|harbou?r)\s+of|\b(?:at|in|to|from|into|between|off|near|for|"
                             r"towards?|via|reach(?:ed|es|ing)|left|leav(?:es|ing)|enter(?:ed|s|ing)|"
                             r"visit(?:ed|s|ing)|depart(?:ed|s|ing))|"
                             r"\b[A-Z][a-z]+['’]s)\s+$")
# a ship told by its type alone, just before an aside on it: "The 2004-built Aframax, "
_TYPE_APPOSED = rx(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'’.-]+\s+){0,3}?(?P<type>(?i:" + _TYPE + r")),\s+$")
# (after the words that tell of it: "2004-built Aframax", "Sovcomflot-owned tanker")
_TYPE_ONLY = re.compile(r"(?:[\w'’.-]+-(?i:built|flagged|registered|owned|managed|operated|controlled|"
                        r"class)\s+)*(?i:" + _TYPE + r")")
_CARGO_ONLY = re.compile(r"LPG|LNG|CNG|NGL|LPGs|LNGs")


# (the months' names and short forms only: "Nova 1" is a ship)
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a day (or a month's year) told right after a name, with no word between: "the Kira May 4"
_DAY_AFTER_NAME = re.compile(r"\s+" + _MONTH_WORD + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4})$")
_DATE_NAME = re.compile(_MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+" + _MONTH_WORD +
                        r"(?:\s+\d{4})?")


# Seats of government and institutions that do what ships do only as agents ("The Pentagon
# sailed a destroyer into the area"): a ship by its deeds alone is none of them
_INSTITUTIONS = frozenset({"pentagon", "kremlin", "white house", "treasury", "state department",
                           "congress", "senate", "parliament", "duma", "foreign office",
                           "home office", "admiralty", "elysee", "quai d'orsay", "knesset"})
# Last words of the names of bodies that move cargo by others' ships ("delivered to Tartus by
# the Russian Navy", "shipped by the Wagner Group")
_AGENCY_LAST = frozenset({"navy", "army", "group", "ministry", "company", "forces", "guard",
                          "guards", "corps", "government", "authority", "authorities", "agency",
                          "fleet", "military", "administration", "corporation", "regime",
                          # ("The Caspian Pipeline Consortium loads at Novorossiysk": a firm's works)
                          "consortium", "alliance", "coalition", "association", "institute",
                          "partnership", "venture", "holding", "holdings"})
# Last words of those who work at sea or in ports: "The Harbour Master came alongside in a launch"
_CREW_LAST = frozenset({"master", "harbourmaster", "harbormaster", "pilot", "pilots", "officer", "officers",
                        "inspector", "inspectors", "commander", "crew", "team", "police", "customs",
                        # (and those who travel on state business or relief: "The Prime Minister
                        # arrived at Ceuta", "The Red Cross made a brief stop at Ceuta")
                        "minister", "president", "secretary", "ambassador", "envoy", "governor",
                        "mayor", "chancellor", "premier", "delegation", "spokesman", "spokeswoman",
                        "spokesperson", "cross", "crescent", "secretary-general", "emir", "sultan",
                        "pope", "sheikh"})
# words of the names of bodies: "conducted a transfer with the Bank of England" met no ship
_BODY_WORD = re.compile(r"\b(?:Bank|Ministry|Department|Office|Council|Court|University|Agency|"
                        r"Authority|Commission|Treasury|Government)\b")
# Last words of the names of works ashore, which suffer what ships suffer
_BUILT_ASHORE = {"bridge", "dam", "plant", "refinery", "terminal", "port", "base", "airport",
                 "airfield", "station", "depot", "tower", "building", "headquarters", "factory",
                 "pipeline", "facility", "complex", "yard", "shipyard", "harbour", "harbor",
                 "pier", "berth", "quay", "jetty", "warehouse", "embassy", "ministry", "palace",
                 "hotel", "museum", "hospital", "school", "university", "stadium", "cathedral", "church",
                 "mosque", "theatre", "theater", "mall", "market", "restaurant"}


# Words of _NOT_NAME that begin ships' names written in capitals ("the bulk carrier SO HAE",
# "ONE APUS"): a name all in capitals, of more than one word, keeps them
_CAPS_FIRST = frozenset({"so", "as", "one", "still", "yet", "again", "like", "beyond", "across"})


_PORT_OF_NAME = re.compile(r"(?:Port|Harbou?r)\s+of\s+")


def _name_ok(name: str, analysis: Analysis) -> bool:
    words = name.split()
    if not words or words[0].lower().rstrip(".") in _NOT_NAME and not _KOREAN_AN.match(name) \
            and not (words[0].lower() in _CAPS_FIRST and len(words) > 1 and name.isupper()) \
            or len(name) < 2:
        return False
    # (nor a word that tells who owns or runs it: "the Turkish-owned bulk carrier X")
    if normalize(name) in ("imo", "mmsi", "ais") or re.search(
            r"-(flagged|registered|owned|operated|managed|controlled|based|built|linked)$", name):
        return False
    if _TYPE_ONLY.fullmatch(name) or _CARGO_ONLY.fullmatch(name):
        # "a 2004-built Aframax now flying the flag of Barbados": a type, no name; "the Iron
        # Crown and the LPG carrier X": a cargo
        return False
    if _DATE_NAME.fullmatch(name):
        return False  # "transferred to Saam FSU, Aug 24": a day, no name
    if (port_of := _PORT_OF_NAME.match(name)) is not None and any(
            e.kind == "Port" for e in analysis.gazetteer.lookup(name[port_of.end():])):
        return False  # "moved from the Port of Azov to the X": the port, told whole
    # Ships are often named after ports and places, but a state's name or adjective is not a
    # ship's ("the tankers - Russian and Greek - ...").
    return not any(e.kind == "State" and e.form in ("name", "adjective")
                   for e in analysis.gazetteer.lookup(name))


def _runs_into_place(analysis: Analysis, start: int, name: str) -> bool:
    """Whether the words from a name's start, running on past it, name a place or state the
    gazetteer knows ("Democratic People's Republic" of Korea)."""
    words = analysis.text[start:start + 120].split(None, 8)[:8]
    n = len(name.split())
    return any(analysis.gazetteer.lookup(" ".join(words[:k]).rstrip(",.;:"))
               for k in range(n + 1, len(words) + 1))


def _names_one_ship(name: str, analysis: Analysis) -> bool:
    """Whether a name set before a type word ("the Eventin tanker") is the ship's own: not a
    place's or a state's ("the Baltic Sea tanker"), a trait ("the Iran-bound tanker"), an
    acronym ("the NITC tanker"), nor a name the text gives more than one ship ("Cosco's fleet",
    "a Cosco tanker", "ships chartered by Cosco")."""
    if analysis.gazetteer.lookup(name) or re.search(r"-[a-z]", name) or \
            re.fullmatch(r"[A-Z]{2,6}", name):
        return False
    told = re.escape(name)
    return not re.search(r"\b" + told + _FLEET_OF + "|" + _OWNED_BY + told + r"\b|" +
                         _ONE_OF_MANY + told + r"\s+(?i:" + _TYPE + r")", analysis.text)


# words that head a phrase about a ship ("Movements of the Angara", "Owners of the Kira")
_HEAD_OF_SHIP = frozenset({"movements", "timeline", "history", "voyages", "calls", "track",
                           "itinerary", "log", "owners", "owner", "operators", "crew", "master",
                           "captain", "cargo", "seizure", "detention", "sinking", "loss", "fate",
                           "route", "routes", "positions", "position", "arrival", "departure",
                           "sale", "renaming", "case"})


def _cut_of(name: str, analysis: Analysis) -> str:
    """"Angara of Russia" is the Angara: a state or a common word after "of" ends the name."""
    head, sep, tail = name.partition(" of ")
    if not sep:
        return name
    if head.lower() in _HEAD_OF_SHIP:
        return tail.removeprefix("the ")  # "Movements of the Angara": the Angara
    tail = tail.removeprefix("the ")
    first = tail.split()[0].lower() if tail.split() else ""
    if first in _NOT_NAME or any(e.kind == "State" and e.form in ("name", "adjective")
                                 for w in (tail, first) for e in analysis.gazetteer.lookup(w)):
        return head
    return name


def _trim_name(name: str) -> str:
    """Drop trailing capitalised words that begin a new phrase ("Yuk Tung In"); a number word
    in capitals mid-sentence ends a name rather than opening a phrase ("Lark Nine")."""
    name = _DAY_AFTER_NAME.sub("", name)  # "the tanker Kira May 4": a day after the name
    words = name.split()
    popped = False
    # (a month's word that ends a name is the name's: "the tanker Grace May", "the Lady August")
    while len(words) > 1 and words[-1].lower() in _NOT_NAME and words[-1] != "No." and \
            words[-1].lower() not in _NUMBER_WORDS and words[-1].lower() not in MONTHS:
        words.pop()
        popped = True
    if popped and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]  # "Kite Hollow's AIS": the name before its possessive
    return " ".join(words)


SHIP_COLUMN = re.compile(r"(?i:vessel|ship|tanker|vessel name|ship name|name of (?:the )?"
                          r"(?:vessel|ship)|"
                          # a table of transfers: "Vessel 1", "Ship A", "Mother vessel"
                          r"(?:vessel|ship|tanker)\s*(?:1|one|a|\(1\))|first (?:vessel|ship|tanker)|"
                          r"(?:discharging|delivering|mother|from|donor|source|giving|sending|offloading|"
                          r"lightering) (?:vessel|ship|tanker))")
# A list's head that says its items are ships ("Tankers seen at Tartus include:", "Recent
# loadings at Kozmino:"), and the name that opens an item ("- Vega: 3 May", "2. Lyra (...)")
LIST_OF_SHIPS = rx(r"\b(?:ships|vessels|tankers|freighters|carriers|bulkers|loadings|arrivals|"
                    r"departures|calls|callers|visitors)\b", re.I)
_BULLET_NAME = re.compile(r"\s*(?:(?:[-*•–]|" + LIST_NUMBER + r")\s+)?"
                          r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})(?=\s*[:(,;–—|-]|\s*$)")
_FLAG_FIELD = re.compile(r"\s+[-–—|]\s+(?P<state>[A-Z][\w'’.-]*(?:\s(?:and\s)?[A-Z][\w'’.-]*){0,3})"
                         r"\s+[-–—|]\s")
# "The second, Kestrel Bay, docked", "The third, flagged in Russia and named Lark Song, left"
# a counted ship told in turn: "The second, ..."
_ORDINAL = r"[Tt]he\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|other)\s*,\s+"
# what follows a ship named in turn, set off by a comma: its verb ("docked", "was", "spent")
_NAMED_THEN_DEED = (r"\s*,\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+ed|was|were|had|has|is|made|took|came|went|lay|left|"
              r"sailed|spent)\b)")
_ORDINAL_NAMED = rx(r"\b" + _ORDINAL +
                    r"(?:[^,;()]{0,60}?\b(?:named|called)\s+)?(?:the\s+)?" + NAME + _NAMED_THEN_DEED)
# "The other two, the Don Light and the Kama Light, spent ...": two of the ships counted
_ORDINAL_PAIR = rx(r"\b[Tt]he\s+(?:other|remaining|last|first)\s+(?:two|pair)\s*,\s+(?:the\s+)?" + NAME +
                   r"\s+and\s+(?:the\s+)?" + NAME.replace("(?P<name>", "(?P<name2>") + _NAMED_THEN_DEED)
# "... relied on a handful of ro-ro vessels. Our research identifies three: the X, the Y and the
# Z": a list after a colon that counts the ships told of just before
_COUNTED_COLON = rx(r"\b(?:identif(?:y|ies|ied)|name[sd]?|found|count(?:s|ed)?|list(?:s|ed)?|are|were|"
                    r"include[sd]?)\s+(?:at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
                    r"(?:\s+of\s+them)?\s*:\s+")
_COLON_ITEM = re.compile(r"(?:the\s+)?" + NAME +
                         r"(?P<sep>\s*,\s+(?:and\s+)?|\s+and\s+|\s*(?=[.;]|$))")
_SHIPS_TOLD = re.compile(r"\b(?:ships|vessels|tankers|carriers|freighters|bulkers|dhows)\b", re.I)
_COUNTED_OFF = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:first|second)\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|"
                          r"carrier|freighter|bulker)\s*,\s+(?:the\s+)?[A-Z]")
_ORDINAL_OPENS = re.compile(r"\s*" + _ORDINAL)
_KIND_OPENS_ASIDE = re.compile(r"\s*(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|freighter|"
                               r"carrier|bulker|VLCC|Aframax|Suezmax),\s+(?:which|that)\s")
_COUNTED_SHIPS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|both)\s+"
                            r"(?:[\w-]+\s+){0,4}?(?:ships|vessels|tankers|carriers|freighters|bulkers|"
                            # ("It is the second such vessel detained ... The first, the X, was ..."
                            r"dhows)\b|\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+"
                            r"(?:such\s+)?(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|freighter)\b",
                            re.I)
_AND_AFTER_ASIDE = re.compile(r"\s*,\s+(?:which|that|who)\s+[^,;()]{1,80},\s+and\s+(?:the\s+)?"
                              r"(?P<second>" + _TOK + r"(?:\s" + _TOK + r"){0,3})(?=\s*(?:[,.;)]|$))")
# where a place known by name is told as where something happened
_PLACE_BEFORE = re.compile(r"\b(?:in|off|near|at|from|to|into|through|across|outside|inside|via)\s+"
                           r"(?:the\s+)?$")
# ... and one whose name is set off before how it moved
_ITEM_MOVES = re.compile(r"\s*(?:[-*•–]|" + LIST_NUMBER + r")\s+(?:\*\*|__)?"
                         r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})(?:\*\*|__)?"
                         r"(?:\s*(?P<mark>[:–—,-])|(?=\s+(?:arrived|departed|sailed|docked|berthed|loaded|"
                         r"unloaded|discharged|called|left|arrives|departs|sails|docks|berths|loads|unloads|"
                         r"discharges|calls|leaves)\s))\s+"
                         # ("- Sumac Star, previously named Sumac, discharged ...": its former name first)
                         r"(?:(?<=,\s)(?:previously|formerly)\s+(?:named|known\s+as|called)\s+[^,;:]{1,40},\s+)?"
                         r"(?=(?:north|south|east|west)bound\b|(?:arrived|departed|sailed|docked|berthed|"
                         r"moored|anchored|loaded|loading|unloaded|unloading|discharged|discharging|"
                         r"transited|called|left|"
                         # (a timeline told in the present: "- Lynx Crest leaves Sevastopol with grain")
                         r"arrives|departs|sails|docks|berths|moors|anchors|loads|unloads|discharges|calls|"
                         r"leaves)\s+(?:at|in|from|for|to|through|the|off|[A-Z])|"
                         # ("- Teasel Star discharged fuel oil at Mersin": its load, then the port)
                         r"(?:loaded|unloaded|discharged|delivered|loads|unloads|discharges|delivers)\s+"
                         r"(?:[\w,.-]+\s+){1,4}?(?:at|in|to|from)\s+[A-Z]|"
                         # ("- Kite Basalt: in ballast from Izmir, arrived ...", "- Wren Tuff: completed
                         # discharge at Alexandria")
                         r"(?:in\s+ballast|laden)\s+(?:from|to|for)\s|"
                         r"completed\s+(?:discharge|discharging|loading|unloading)\s+(?:at|in)\s|"
                         # ("- Lark Meridian: STS with Grey Osprey off Lome", "- Dune Sparrow: no AIS
                         # since 28 Sep", "AIS dark since", "detained at")
                         r"(?:STS|ship-to-ship(?:\s+transfer)?)\s+(?:with|from|to)\s|no\s+AIS\b|"
                         r"AIS\s+(?:dark|off|gap|silent)\b|went\s+dark\b|(?:detained|seized)\s+(?:at|in|off|by)\s|"
                         # ("- Pale Lark: conducted a ship-to-ship transfer with ...", "- Ruby Wren:
                         # spoofed its position near Kharg Island")
                         r"(?P<own>(?:conducted|carried\s+out|performed|completed)\s+(?:an?\s+|two\s+|three\s+)?"
                         r"(?:STS|ship-to-ship)\b|(?:spoofed|spoofing|falsified|faked|manipulated)\s+(?:its|her)\s+"
                         r"(?:position|location|AIS|signal)\b|(?:switched|turned)\s+off\s+(?:its|her)\s+"
                         r"(?:AIS|transponder)\b|transferred\s+(?:its\s+)?(?:cargo|crude|oil|fuel)\b))")
# a list's line that opens on a name with a registry in brackets, then its load or its sailing
# ("- Lark Meridian (Liberia), 65,000 t corn, Pivdennyi to Egypt, sailed 3 September"), under
# any head (not "- Rosneft (Russia), shares fell")
_ITEM_FLAGGED = re.compile(r"\s*(?:[-*•–]|" + LIST_NUMBER + r")\s+"
                           r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})\s*"
                           r"\((?P<state>[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,3})\)\s*,\s+"
                           r"(?=(?:about\s+|some\s+|around\s+)?\d[\d.,]*\s*"
                           r"(?:t|kt|mt|tonnes|tons|barrels|bbl|cbm)\b"
                           r"|[^\n]*?\b(?:sailed|departed|left|arrived|loaded|discharged|unloaded)\b)")
# ("- Kite Rason (Sierra Leone flag, formerly Kite Minerva): loaded coal at Taean"): a flag told
# as one in the brackets after the name, and its name before
_ITEM_FLAG_WORD = re.compile(r"\s*(?:[-*•–]|" + LIST_NUMBER + r")\s+"
                             r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})\s*"
                             r"\((?P<state>[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,3}?)[- ](?:flag|flagged)"
                             r"(?:[,;]\s*(?:formerly|ex-?|previously)\s+"
                             r"(?P<old>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})|[,;][^()\n]*)?\)")
# ("Tartus: Kite Sparta (Russia) departed 23 Feb for Novorossiysk"): a port's line in a log, a
# name with its flag in brackets and a deed
_SECTION_FLAGGED = re.compile(r"\s*(?P<head>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?):\s+"
                              r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4})\s*"
                              r"\((?P<state>[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,3})\)\s*,?\s+"
                              r"(?=(?:arrived|departed|sailed|left|loaded|discharged|unloaded|anchored|berthed|"
                              r"docked|moored)\b)")
# what a table's cell says where it names no ship: "Unknown", "Unidentified", "N/A"
_NO_SHIP_CELL = re.compile(r"(?i:unknown|unidentified|not\s+identified|n/?a|none|nil|tbc|tbd|various|"
                           r"several|multiple|unnamed)(?:\s+(?:vessel|ship|tanker)s?)?")
_OTHER_SHIP_COLUMN = re.compile(r"(?i:counterpart(?: vessel)?|(?:receiving|recipient|receiver|second|other|"
                                r"partner|transferring|supplying|daughter|to|offtaking|lightered) "
                                r"(?:vessel|ship|tanker)|"
                                r"(?:vessel|ship|tanker)\s*(?:2|two|b|\(2\)))")
_CELL_BRACKETS = re.compile(r"(?P<name>\s*[^()]*?\S)\s*\((?P<inside>[^()]{2,30})\)\s*")
_CELL_GAP = re.compile(r"[ \t]{2,}|\t|\|")
_IMO_COLUMN = re.compile(r"(?i:imo(?: (?:no\.?|number))?)")
_FLAG_COLUMN = re.compile(r"(?i:flag(?: state)?|registry|flag registry)")
_TYPE_COLUMN = re.compile(r"(?i:(?:vessel |ship )?type|kind|class|vessel class)")
_TYPE_CELL = re.compile(r"(?i:" + _TYPE + r")")
# who says so between commas: ", the Treasury said, were seized"
# what a name before it names is no ship: "the Arctic LNG 2 project", "the Sakhalin-1 field"
_SITE_AFTER = re.compile(r"\s+(?:project|(?:oil|gas)?field|(?:oil\s+|gas\s+)?field|plant|refinery|facility|"
                         r"pipeline|complex|deposit|mine|depot|site|platform|installation|basin)s?\b")
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|tells|reported|reports|announced|"
                     r"stated|added|noted|wrote|claimed|claims|confirmed|denied|alleged|estimated|"
                     r"believes|warned|argued)\s*,")  # ("the X reported an explosion": it may)
_TYPE_AFTER = rx(r"\s+(?:carriers?|tankers?|ships?|vessels?|freighters?|bulkers?)\b")
# the rest of a body's name, then its saying: " Authority of Singapore said"
_BODY_SAID = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*)*"
                        r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?"
                        r",?\s+(?:has\s+|had\s+)?(?:said|says|told|reported|announced|stated|added|confirmed)\b")
# Sentences about ships acting together, and two names joined by "and" in them.
_JOINT = rx(r"ship-to-ship|\bSTS\b|alongside|lashed|rendezvous|\bmet\b|sailed together|"
                    r"in tandem|\bboth (?:ships|vessels|tankers)\b", re.I)
_TITLES = {"Captain", "Capt", "Admiral", "Minister", "President", "Mr", "Ms", "Mrs", "Dr", "General",
           "Colonel", "Ambassador", "Senator", "Governor", "Chairman", "Director", "Officials",
           "Authorities", "Prime", "Reverend", "Rev", "Bishop", "Archbishop", "Pope", "Patriarch",
           "Imam", "Rabbi"}
_NAME_CORE = r"[A-Z][\w'’.\-]*(?:\s" + _TOK + r"){0,3}"
_STS_WORD = rx(r"\b(?:ship-to-ship|STS)\b")
# a ship named first that took a load from another, or gave one to it: "The X received oil from "
_STS_PARTY = rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:received|took\s+on|loaded|obtained|acquired|sourced|"
                r"collected|transferred|"
                r"pumped|offloaded|discharged|lightered)\b[^.;]{0,80}?\b(?:from|to|into|onto)\s+(?:the\s+)?")
_STS_BETWEEN = rx(r"(?:\b(?:ship-to-ship|STS)\b" + IN_CLAUSE +
                  r"{0,80}?\b|(?<!money )(?<!cash )(?<!fund )(?<!wire )"
                  r"(?<!bank )(?<!payment )\btransfers?,?\s+)(?:between|involving)\s+(?:the\s+)?(?P<a>" +
                  _NAME_CORE +
                  # ("between the Sun Rise and the tanker Yu Phyong 5": the second told with its kind)
                  r")\s+and\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:tanker|vessel|ship|freighter|carrier|"
                  r"bulker|VLCC|aframax|suezmax)\s+)?(?P<b>" + _NAME_CORE + r")")
# words of the sea or of a ship's cargo
_AT_SEA = rx(r"\b(?:at\s+sea|off|offshore|waters|gulf|sea|strait|coast|cargo|crude|oil|fuel|diesel|"
             r"barrels|tonnes|LNG|LPG|coal|hulls?|ships?|vessels?|tankers?)\b", re.I)
_COORD = rx(r"(?P<a>" + _NAME_CORE + r")\s+and\s+(?:the\s+)?(?P<b>" + _NAME_CORE + r")")

# A capitalised word that does not begin a name ("On Monday Zircon and Flora, both ...").
_NOT_NAME_WORD = r"(?:" + "|".join(sorted(w.capitalize() for w in _NOT_NAME)) + r")\b"
# a name opens a text, follows a comma or colon, or follows a word in lower case (the word taken:
# not the last word of a name before, "Orion" of "Orion Sky")
_AFTER_LOWER_WORD = r"(?:^|(?<=[,;:]\s)|(?<![\w'’.-])(?-i:[a-z][\w'’-]*)\s+)"
# what may follow a ship's kind that ends an aside telling it ("..., a Panama-flagged vessel,"
# or "..., tankers managed by"): not "a tanker captain"
_KIND_ENDS = (r"(?=\s*[,.;:)]|\s*$|\s+(?:that|which|owned|managed|operated|registered|flagged|"
              r"carrying|laden|bound|built|with|under|sailing|linked|involved|used)\b)")
# "(IMO 9308443)" after a name in a list, or its day ("the Anna Maria on 4 April, the Cosmos on 12
# April and ...")
_LIST_DAY = r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b"
_ASIDE = r"(?:\s*\([^()]{1,40}\)|" + _LIST_DAY + r")?"
# "... and the Togo-flagged Aframax Pella": a ship with its own cue is no list item
_NOT_FLAGGED = r"(?!" + _FLAG_NAME + r"[- ](?:flagged|registered))"
# A port and, at most, a time after it ("at Vadinar two days later"), in a gapped list of ships
# (GAP_LATER: a time told only as some days after the item before)
GAP_LATER = (r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+later|"
              r"the\s+(?:next|following)\s+(?:day|week|month)")
_GAP_PLACE = (r"(?:the\s+(?:port|terminal)\s+of\s+)?(?:\d{1,2}\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
              r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
              r"(?:\s+(?:(?:on|in|during|by|around)\s+(?![\w ]*\b(?:said|says|reported|reports|told|wrote)\b)"
              r"[\w ]{1,25}?|" + GAP_LATER + r"|later))?")
_GAP_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
_GAPPED_DAY_ITEM = re.compile(r"(?:,\s+|,?\s+and\s+)the\s+(?P<n>" + _TOK + r"(?:\s" + _TOK + r"){0,3}?)"
                              r"\s+on\s+" + _GAP_DAY)
# a news lead's ship, unnamed: "KYIV, Aug 16 (Reuters) - A Hong Kong-flagged container ship left"
_LEAD_KIND = rx(r"(?:[^.\n]{0,80}?\s[-–—]\s+)?(?:A|An)\s+(?:[\w,.'’-]+\s+){0,3}?(?i:" + _TYPE + r")\b")
# a name opening a sentence, with an aside on it: "The X, which had been stuck in Odesa ...,"
_NAME_WITH_ASIDE = re.compile(r"\s*The\s+(?P<name>[A-Z][\w'’-]*(?:\s[A-Z0-9][\w'’-]*){0,3}),\s+"
                              r"(?:which|that)\s")
_GAPPED_DAYS = rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:arrived|docked|berthed|called|moored|anchored|sailed|left|"
                  r"departed)\s+(?:there\s+)?on\s+" + _GAP_DAY + r"(?P<rest>(?:(?:,\s+|,?\s+and\s+)the\s+" +
                  _TOK + r"(?:\s" + _TOK + r"){0,3}\s+on\s+" + _GAP_DAY + r")+)")
_GAP_NEXT = (r"(?=\s+(?:(?:at|in|on)\s+" + _GAP_PLACE + r"|" + GAP_LATER + r")\s*(?:[,.;)]|$|\s+and\s))")
# a ship of a gapped list after the first: ", the Y", ", and the Z"
_GAP_ITEM = re.compile(r"(?:,\s+|,?\s+and\s+)the\s+(?P<n>" + _TOK + r"(?:\s" + _TOK + r"){0,3})")
# More names after the first, in a list: ", the X, the Y and the Z"
# ("the X (IMO 9236432), the Y and the Z": an identifier in brackets after an item)
_LIST_MORE = (r"(?P<more>" + _ASIDE + r"(?:,\s(?:the\s)?" + _TOK + r"(?:\s" + _TOK + r"){0,3}" + _ASIDE +
              r")*,?\s(?:and|or)\s(?:the\s)?" + _TOK + r"(?:\s" + _TOK + r"){0,3})?")
# "They included the Eco Wizard and the Sea Mistral", after a sentence that counted ships
# "... four Russian-flagged cargo ships ... The Lady Maria, Maia-1, Angara and Maria all carried
# containers": a list that opens the sentence, told as a group
_LIST_AS_GROUP = rx(r"\s*(?:The\s+)?" + NAME + _LIST_MORE + r"(?=,?\s+(?:all|both|each|together)\b)")
# ("Among them was the Kite Alba, which took ...": one of them)
# the ships of a group named after it: "We identified them as", "They were identified as"
NAMED_AS = (r"(?:We|Analysts|Investigators|Researchers|Officials)\s+(?:\w+ly\s+)?(?:identified|named)\s+"
            r"(?:them|the\s+(?:\w+\s+)?(?:ships|vessels|tankers|freighters|carriers|bulkers))\s+as|"
            r"(?:They|These|Those)\s+(?:were|have\s+been)\s+(?:\w+ly\s+)?(?:identified|named)\s+as")
_GROUP_NAMED = rx(r"\s*(?:(?:They|These|Those|Among\s+(?:them|those|these))\s+(?:\w+ly\s+)?(?:included|"
                  r"include|were|are)|Among\s+(?:them|those|these)\s+(?:was|is)|Among\s+(?:them|those|these),|"
                  # ("We identified them as the X, the Y and the Z", "They were identified as")
                  + NAMED_AS + r"|"
                  # "The other four - the Forest, the Petunia, the Faxon and the Clavel - are ..."
                  r"The\s+(?:other\s+|remaining\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)"
                  r"(?:\s+(?:ships|vessels|tankers|freighters|carriers))?\s*[-–—(:])\s+(?:the\s+)?" + NAME +
                  _LIST_MORE)
# Ships told by a port they left or came to, opening a sentence: "Vessels leaving Chornomorsk",
# "Ships arriving at Tartus" (the verb in the group `verb`)
SHIPS_BY_PORT = (r"(?:(?:The|Other|Some|Several|Many)\s+)?(?:[\w-]+\s+)?(?:[Vv]essels|[Ss]hips|[Tt]ankers|"
                 r"[Ff]reighters|[Bb]ulk\s+carriers|[Cc]arriers)\s+(?:(?:identified|seen|observed|recorded)\s+)?"
                 r"(?:that\s+)?(?P<verb>leaving|left|departing|"
                 r"departed|sailing\s+from|sailed\s+from|loading\s+at|loaded\s+at|arriving\s+(?:at|in)|"
                 r"calling\s+at|docked\s+(?:at|in)|unloading\s+at|unloaded\s+at|discharging\s+at|discharged\s+at|"
                 # ("Vessels identified delivering refined petroleum products to Nampo in 2023 included")
                 r"(?:delivering|delivered)\s+(?:[\w-]+\s+){0,4}?to)\s+")
_SHIPS_AT_PORT_WERE = rx(r"\s*" + SHIPS_BY_PORT + r"(?:the\s+port\s+of\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?"
                         r"(?:\s+(?:(?:last|this)\s+(?:week|month)|(?:in|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}))?"
                         r"\s+(?:included|include|were|are)\s+(?:the\s+)?"
                         r"(?:(?:[\w-]+\s+){0,2}?(?:bulk\s+carriers|tankers|vessels|ships|freighters|"
                         r"carriers)\s+)?" + NAME + _LIST_MORE)
_SHIPS_COUNTED = rx(r"\b(?i:" + COUNT_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?i:vessels|ships|"
                    r"warships|tankers|freighters|carriers|bulkers|aframaxes|suezmaxes|vlccs|jiggers|"
                    r"trawlers|longliners|seiners|reefers|barges|dhows)\b")
# The cues that rest on what a name does or has, with no type word: weaker than the others
# (a capital doing these is its government).
# a place named next: "Tartus", "the port of Tartus", "the Iranian port of Bandar Abbas"
_PLACE_NEXT = (r"(?=\s+(?-i:[A-Z])|\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:port|harbou?r|terminal)\s+of\s+"
               r"(?-i:[A-Z]))")
# "Oil was transferred from the ...": a load passed from one ship, told in the passive
_MOVED_FROM = (r"\b(?i:" + CARGO_WORDS + r")\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
               r"(?:[a-z]+ly\s+)?(?:transferred|moved|pumped|transshipped|shifted|lightered|loaded|offloaded|"
               r"discharged)\s+from\s+the\s+")
_DEEDS = [
    # "The vessel, which identifies itself as the Nova Reed", "broadcasting the name Nova Reed",
    # "sailing under the name Nova Reed": the name a ship gives itself
    rx(r"\b(?:(?:identifies|identified|identifying|calls|called|calling|presents|presented|presenting)\s+"
       r"(?:itself|herself)\s+as|(?:transmits|transmitted|transmitting|broadcasts|broadcast|broadcasting|"
       r"gives|gave|giving)\s+(?:the|its|her)\s+name|(?:sails|sailed|sailing|operates|operated|operating)\s+"
       r"under\s+the\s+name(?:\s+of)?)\s+(?:the\s+)?" + NAME +
       r"(?=\s*[,.;)]|\s+(?:and|but|which|since|in|on|to|from|off|near|at)\b)"),
    # a charter reported in the trade press: "The X was fixed ex-Primorsk 18-20 November"
    rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:reportedly\s+)?"
       r"fixed\s+"
       r"(?=ex-(?-i:[A-Z])|to\s+(?:load|lift|carry)\b|by\s+(?-i:[A-Z])|for\s+(?:a|one|the)\s+"
       r"(?:voyage|cargo|trip|run)\b)"),
    # "The Angara's port calls in 2024:", "the Kira's AIS transponder": what only a ship has
    rx(r"\b[Tt]he\s+" + NAME + r"['’]s\s+(?:last\s+|recent\s+|previous\s+)?(?:port\s+calls?|movements|"
       r"voyages?|itinerary|AIS|transponder|IMO\s+number|MMSI|hull|draught|draft|anchor|cargo\s+holds?|"
       # ("the Kite Baltica's visits to Lome")
       r"ship-to-ship|STS|(?:visits?|calls?|trips?)(?=\s+(?:to|at)\s+(?-i:[A-Z])))\b"),
    # "The receiving vessel on the second occasion was the Wren Savanna", "The tanker involved was
    # the X": a ship told by its kind, then which one it was
    rx(r"\b[Tt]he\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?i:" + _TYPE + r")(?!['’])"
       # (not another clause's subject: "targeted the ship because it was American-owned")
       r"(?:\s+(?!(?:it|she|he|they|we|because|as|since|when|while|if|after|before)\b)(?-i:[a-z])[\w-]*)"
       r"{0,7}?\s+"
       r"(?:was|is|turned\s+out\s+to\s+be|proved\s+to\s+be)\s+(?:the\s+)?" + NAME +
       r"(?=\s*[,.;)]|\s+(?:and|which|according|who|that)\b)"),
    # "A similar voyage by the Wren Yamal Spirit last year ended at Ningbo", "deliveries by the X
    # in March": what only a ship makes, made by the one named
    # (not who travels, nor who sends: "a trip by the Prime Minister", "deliveries by the Russian
    # Navy")
    rx(r"\b(?i:voyages?|trips?|journeys?|passages?|crossings?|deliver(?:y|ies)|shipments?|port\s+calls?)"
       r"\s+(?:(?:made|undertaken|completed)\s+)?by\s+the\s+(?!(?:" + "|".join(sorted(_TITLES)) +
       r"|Foreign|Defen[cs]e|Russian|Iranian|Chinese|American|British|US|UN|EU)\b)" + NAME +
       r"(?=\s*[,.;)]|\s+(?:in|on|last|this|from|to|at|between|and|was|were|ended|took|began|carried)\b)"),
    # "Oil was transferred from the Wren Roach to the Kite Perch": a load passed between two ships
    # (the giver, then the taker)
    rx(_MOVED_FROM + NAME + r"(?=\s+(?:to|onto|into)\s+the\s+(?-i:[A-Z]))"),
    # ("The cargo was loaded from the tanker Wren Altair onto the Lark Vela": the giver's type)
    rx(_MOVED_FROM + r"(?:(?:[\w-]+\s+)?(?:tanker|ship|vessel|carrier|freighter|bulker|barge)\s+)?"
       r"(?-i:[A-Z])[^.;,()]{1,40}?\s+(?:to|onto|into)\s+the\s+" + NAME +
       r"(?=\s*[,.;]|\s+(?:in|off|near|at|on|during)\b)"),
    # "a former crew member of the Kite Baltica": who sails in a ship
    rx(r"\b(?:crew\s+members?|crewm[ae]n|seafarers?|deckhands?)\s+(?:of|on|aboard)\s+the\s+" + NAME +
       r"(?=\s*[,.;)]|\s+(?:said|says|told|who|which|and|when|in|at|for|from|during)\b)"),
    # "The wheat was delivered to Tartus by the Kazan": a cargo brought to or from a port by a
    # definite name (not one who ships it: see _AGENCY_LAST)
    rx(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?(?:delivered|shipped|"
       r"carried|transported|brought|ferried|taken|moved|unloaded|offloaded|discharged|loaded)\s+"
       r"(?:to|from|into|at|in)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?"
       r"(?:by|aboard|on\s+board)\s+the\s+" + NAME +
       # (not "by the Assad government": a name before the noun it qualifies)
       r"(?=\s*(?:[,.;)]|\s(?:in|on|at|last|this|earlier|during|from|to|and|between|after|before|"
       r"which|that)\b|$))"),
    # "72,000 tonnes of corn, was carried by the Kite Danube to Spain": the carrier, then the place
    rx(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?(?:delivered|shipped|"
       r"carried|transported|brought|ferried|taken|moved)\s+(?:by|aboard|on\s+board)\s+the\s+" + NAME +
       r"(?=\s+(?:to|from|into)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?[A-Z])"),
    # "The Panel identified the Saebyol as having entered the port of Songnim": a name found to
    # have done what ships do
    rx(r"\b(?:identified|named|listed|described|cited|found|designated)\s+the\s+" + NAME +
       r"\s+as\s+(?:having\s+)?(?:\w+ly\s+)?(?:entered|called|docked|berthed|moored|anchored|loaded|"
       r"unloaded|discharged|offloaded|delivered|sailed|departed|left|visited|carried|transported|"
       r"shipped|conducted|engaged|participated|received|transferred)\b"),
    # "A first cargo, carried by the Arctic Mulan, was unloaded at Beihai": a cargo's carrier told
    # in an aside
    rx(r"\b(?:cargo(?:es)?|shipments?|consignments?|loads?|deliver(?:y|ies)),\s+(?:(?:which\s+was|later|"
       r"then)\s+)?(?:carried|shipped|transported|brought|delivered|ferried|taken)\s+(?:by|aboard|"
       r"on\s+board)\s+the\s+" + NAME + r"\s*,"),
    # The Angara remains at ...: a definite name doing what ships do (after an aside: "The
    # Vega, seized by Iran in April, arrived at ...")
    # ("the Lucky Star and the Pan Ocean discharged", "The 2,300-ton 'Ri Song Gye' docked",
    # "The Anatoly Koshkin was at the coal berth")
    # ("The smaller Vilma Rosa shuttled fuel oil", "the sanctioned Grey Wren docked")
    rx(r"\b[Tt]he\s+(?:[\d,]+-(?:ton|tonne|dwt)\s+|(?:smaller|larger|bigger|older|newer|ageing|aging|"
       r"elderly|ill-fated|sanctioned|rusting|rust-streaked|notorious|veteran)\s+)?" + NAME +
       # (", and the" only after a list: it may open a clause of its own)
       # ("The Iris, Voskhod and Buran each loaded": a list after "The" needs no more of them)
       r"(?P<more>(?:(?:,\s+(?:the\s+)?" + _TOK + r"(?:\s" + _TOK + r"){0,3})+,?)?\s+and\s+(?:the\s+)?" +
       _TOK + r"(?:\s" + _TOK + r"){0,3})?"
       # ("The Kum Un San No. 3 (hereafter Kum Un San) entered Nampo": the short name it is given)
       r"(?:\s*\((?:hereafter|hereinafter|henceforth)\s[^()]{1,50}\))?"
       # ("The X, built in 1978, had left Rostov-on-Don": a participle of its own form)
       r"(?:,\s+(?:which|that)|,\s+(?:(?:[a-z]+ly|both|each|all|also|now)\s+)?(?:[a-z]+(?:ed|en|ing)|built|"
       r"sold|bought|held|kept|caught|seen|known|hit)\s+"
       r"(?:[^,;()]|,(?=\d{3}\b)){1,60},|,\s+(?:for example|for instance|however|meanwhile|too|also|"
       r"in turn|though|then|by contrast|in particular),|"
       # ("The Lady R, under US sanctions, docked", "The X, once owned by Y, sailed")
       # ("The X, idle off Nakhodka since December, berthed")
       r",\s+(?:under|once|still|formerly|previously|already|like|unlike|idle|empty|stuck)\s+[^,;()]{1,60},|"
       # ("The Andromeda Star, whose owner is unknown, left Primorsk")
       # ("The Mikhail Nenashev, which is under US sanctions, was photographed at ...")
       r",\s+(?:whose|which|that)\s+[^,;()]{1,60},)?"
       # ("The Paek Wren almost certainly unloaded fuel at Nampo")
       r"\s+(?:(?:almost\s+certainly|most\s+likely|very\s+likely|highly\s+likely|in\s+all\s+likelihood|"
       r"[a-z]+ly|later|then|also|again|first|soon|eventually|each|both|all)\s+)?"
       # ("The Ursa Major, which had not been seen on the route": a ship's deed, denied)
       r"(?:(?:had|has|have|was|were|is|are)\s+(?:(?:not|never)\s+)?(?:been\s+)?"
       # ("The An San 1 was highly likely at Nampo's western oil pier")
       r"(?:(?:(?:highly|very|most)\s+)?likely\s+|probably\s+|possibly\s+|almost\s+certainly\s+)?)?"
       # "The Lady Maria is suspected of having loaded containers at Rajin"
       r"(?:(?:suspected|believed|thought|alleged|said|reported|understood|known)\s+(?:of\s+having|"
       r"to\s+have)\s+|(?:appears|appeared|seems|seemed)\s+to\s+have\s+|"
       # ("The Wren Sirocco may have unloaded at Latakia")
       r"(?:may|might|could|must)\s+(?:well\s+|also\s+)?have\s+)?"
       r"(?:(?:remains?|remained|stayed|stays)\s+(?:[a-z]+ly\s+)?(?:at|in|off|near|alongside|moored|berthed|"
       r"docked|anchored|idle|there|laid)\b|"
       # "The Kiwala was boarded near Naissaar": what is done only to ships, in the passive
       r"(?<=was\s|ere\s|een\s)(?:boarded|detained|impounded|intercepted|hijacked|towed|scuttled|"
       r"refloated)\b|"
       # ("the Kwang Rong was seized at Yeosu": seized at or off a place, as only a ship is)
       r"(?<=was\s|ere\s|een\s)seized\s+(?:(?:at|off|near)\s+(?:the\s+port\s+of\s+)?|"
       r"in\s+(?:the\s+)?(?:port|harbou?r)\s+of\s+)(?=(?-i:[A-Z]))"
       # (not "seized at Heathrow airport": a thing taken ashore)
       r"(?![\w'’-]+\s+(?:[\w'’-]+\s+)?(?i:airport|station|border|crossing|checkpoint|office|home|house)\b)|"
       # "The Seajewel was damaged by an explosion at Savona", "the X suffered a blast near Libya"
       # (not "reported": "The Guardian reported an explosion")
       # ("The Seajewel Star was hit near the Algerian coast": off a coast, at sea)
       r"(?<=was\s|een\s)(?:damaged|hit|struck)\s+(?:near|off)\s+(?:the\s+)?(?:[\w-]+\s+)?coast\b|"
       r"(?<=was\s|een\s)(?:damaged|hit|holed|rocked|disabled)\s+by\s+(?:an?\s+|two\s+|several\s+)?"
       r"(?:(?:underwater|external|limpet|onboard|large|powerful)\s+)?(?:explosions?|blasts?|mines?)\b|"
       r"suffered\s+(?:an?\s+|two\s+|several\s+)?(?:(?:underwater|external|onboard|large|"
       r"powerful)\s+)?(?:explosions?|blasts?)\b|"
       # "The Grey Wren was one of three tankers that loaded at Kozmino": one of a group of ships
       r"(?<=was\s)(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:tankers|ships|vessels|"
       # ("was among 45 tankers targeted by the EU's 15th package")
       r"freighters|carriers|bulkers)\s+(?:that|which|targeted|designated|sanctioned|listed|seized|detained)\b|"
       # "The Asya Energy and the Pioneer were the first vessels to load at Utrenneye"
       r"(?<=was\s|ere\s)the\s+(?:first|last|only|second|third|largest|latest)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:tankers?|ships?|vessels?|freighters?|carriers?|bulkers?)\s+(?:to|that|which)\b|"
       # ("The NewNew Polar Bear was the first to arrive, docking on July 28")
       r"(?<=was\s)the\s+(?:first|last|second|third|next)\s+to\s+(?:arrive|dock|berth|moor|anchor|load|"
       r"unload|discharge|call|sail|leave|depart|enter)\b|"
       r"sailed|berthed|docked|arrived|called at|called\s+there\b|loaded|discharged|"
       r"unloaded|offloaded|departed|left|ferried|shuttled|moored|anchored|loitered|idled|"
       # ("The Kite Aurora put in at Piraeus", "bunkered at Gibraltar", "made a brief stop at Ceuta")
       r"put\s+in(?:to|\s+at)|called\s+in\s+at|bunkered\s+(?:at|in|off)|re-?fuell?ed\s+(?:at|in)|"
       r"made\s+(?:a\s+)?(?:brief\s+|short\s+)?(?:stop|stopover|port\s+call)\s+(?:at|in)|"
       # ("The Dawn Lark has made similar trips, most recently delivering fuel oil": trips with
       # cargo told; not "The Manager made trips abroad")
       r"made\s+(?:[\w-]+\s+){0,2}?(?:voyages|trips|runs)\b(?=[^.;]{0,80}?\b(?:carrying|delivering|"
       r"loading|unloading|discharging|laden|cargo(?:es)?|crude|oil|fuel|grain|coal)\b)|"
       # ("the Lumen Bay had visited the Greek port of Kalamata", "was heading toward the Indian
       # port of Nhava Sheva")
       r"(?:visited|(?:heading|headed|sailing|steaming)\s+(?:to|toward|towards|for))\s+(?:the\s+)?"
       r"(?:[\w-]+\s+)?(?:port|harbou?r)\s+of\s+(?=(?-i:[A-Z]))|"
       # ("Imagery shows the X being loaded with containers at Rajin"): a ship's deed, seen done
       r"being\s+(?:loaded|unloaded|discharged|offloaded|towed|refuell?ed|bunkered)\b|"
       # ("the X drifted for hours off Denmark", "ran aground", "lost propulsion"): a ship's mishap
       r"drifted|(?:ran|went)\s+aground|capsized|collided\s+with|caught\s+fire|"
       r"lost\s+(?:power|propulsion|steering)|"
       # ("the Lark Volna completed loading at Ust-Luga")
       r"(?:completed|finished|began|started|resumed)\s+(?:loading|discharging|unloading|offloading)\b|"
       # ("The Eagle S dragged its anchor across the seabed")
       r"dragged\s+(?:its|her)\s+anchors?|"
       # ("The X transferred fuel oil to the Y off Malaysia": a load passed to another ship)
       r"(?:transferred|pumped|lightered|transshipped)\s+(?:[\w,.-]+\s+){0,5}?" + CARGO_WORDS +
       r"\s+(?:(?:off|near|in|at)\s+[^.;]{1,40}?\s+)?(?:to|onto|into)\s+(?:the|another)\s|"
       # ("the Paya Lark brought catalysts to the Amuay refinery": a load brought to a port's works)
       r"(?:delivered|brought)\s+(?:[\w,.'’-]+\s+){1,5}?(?:to|into)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+"
       r"(?-i:[A-Z])|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:refinery|terminal|port|harbou?r|"
       r"naval\s+base)\b)|"
       # ("and the Sandino Kite took crude to Cienfuegos": a load taken to a place)
       r"(?:took|carried|brought|shipped|hauled|ferried)\s+(?:[\w,.-]+\s+){0,4}?" + CARGO_WORDS +
       r"\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+(?=(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z]))|"
       # ("the Lady Maria and the Angara have each made several trips between Rajin and Dunai")
       r"(?:(?:each|both|all|also)\s+)?(?:made|completed|undertook)\s+(?:(?:at\s+least|more\s+than|about|"
       r"some|over)\s+)?(?:[\w-]+\s+){0,2}?(?:trips|voyages|runs|deliveries|port\s+calls|crossings)\s+"
       r"(?:between|to|from|into)\b|"
       # ("On 20 January the Kite Pipit came alongside and transferred ...", "pulled up alongside")
       r"came\s+alongside|(?:pulled|drew)\s+(?:up\s+)?alongside|"
       # ("the Sound Rover and the Cedar Lynx lay side by side off Kalamata")
       r"(?:lay|lie|lies|lying|sat)\s+(?:[a-z]+ly\s+)?(?:side[- ]by[- ]side|hull[- ]to[- ]hull|"
       r"alongside\s+(?:each\s+other|one\s+another)|at\s+anchor)\b|"
       # ("the Wren Mirage spent June anchored off Oman")
       r"spent\s+(?:(?:the\s+|most\s+of\s+|much\s+of\s+)?[\w-]+\s+){1,3}?(?:anchored|moored|berthed|idling|drifting|"
       r"loitering|at\s+anchor)\s+(?:off|at|in|near|outside)\b|"
       # (the trade's words for a ship hired for a cargo: "The Advantage Wren was fixed to load
       # 100,000 tonnes at Primorsk")
       r"(?<=was\s|een\s|ere\s)(?:fixed|chartered|booked|provisionally\s+fixed)\s+(?:to|for)\s+"
       r"(?:load|lift|carry|discharge|ship)\b|"
       # (not "The Guardian was seen as a voice of reform")
       r"(?:seen|spotted|imaged|photographed)(?!\s+(?:as|to|by\s+(?:many|some|critics|analysts))\b)|"
       # ("the Yu Phyong 5 was observed discharging at Nampho")
       r"(?<=was\s|ere\s|een\s)(?:observed|pictured|filmed|tracked|detected)(?=\s+(?:loading|unloading|"
       r"discharging|offloading|berthed|docked|moored|anchored|alongside|sailing|transiting|leaving|"
       r"entering|arriving|departing)\b)|"
       r"laid up|took on|took delivery of|"
       # ("The X landed 400 tonnes at Tromso": a catch or cargo put ashore)
       r"landed\s+(?:(?:about|some|around|nearly|over)\s+)?(?:[\d,.]+\s+(?:tonnes|tons|t)\b|"
       r"(?:its|her|the)\s+(?:catch|cargo))|"
       # ("From there, the Asya Wren collected the fuel", "picked up the cargo"): a load taken up
       r"(?:collected|picked\s+up)\s+(?:the|its|her|a)\s+(?:[\w-]+\s+)?(?:cargo|load|fuel|oil|crude|LNG|"
       r"LPG|gas|diesel|shipment|consignment|containers)\b|"
       # "which spent nine days at the port in April", "stayed two weeks off Tobruk"
       r"(?:spent|stayed|waited)\s+(?:(?:about|some|nearly|around|over|almost|a|an|another|\d+|one|two|"
       r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+){1,2}(?:days?|weeks?|"
       r"nights?)\s+(?:at|in|off|alongside|anchored|moored|berthed)\b|"
       # "has been idling off Paradip"
       r"(?:idling|loitering|drifting|lying|anchored)\s+(?:off|at|in|near|outside)\b|"
       # "The Lumo received 100,000 tonnes from the Kira"
       r"received\s+(?:(?:about|some|nearly|around|over)\s+)?(?:[\d,.]+\s+(?:million\s+)?(?:tonnes|tons|"
       r"barrels)|(?:a|its|her|the)\s+(?:[\w-]+\s+)?(?:cargo|load|shipment))\b|"
       # "the Sun Arrows lifted LNG at Sabetta"
       # (not "the Kremlin lifted its ban on fuel exports")
       r"lifted\s+(?!(?:(?:the|its|their|a)\s+)?(?:sanctions|curbs|restrictions|bans?|embargo|"
       r"(?:price\s+)?caps?|limits|controls|quotas?|duties|tariffs)\b)(?:[\w,.-]+\s+){0,4}?" +
       CARGO_WORDS + r"|"
       # "the Lakshmi took a cargo at Ust-Luga"
       r"took\s+(?:a|the|its|her|another)\s+(?:[\w-]+\s+)?cargo\b|"
       # "The Wren Lyre cleared inspection off Istanbul": what a merchant ship goes through
       r"(?:cleared|passed|underwent)\s+(?:(?:an?|its|her|the)\s+)?(?:joint\s+)?inspection\s+(?:off|at|in|near)\b|"
       # "The Arina returned to Tuapse", "entered the port of Tartus"
       # ("The Kite Orbit delivered to Rizhao": a delivery with no cargo told)
       r"(?:returned\s+to|delivered\s+to|reached|entered\s+the\s+(?:port|harbou?r)\s+of)" + _PLACE_NEXT + "|"
       # a timeline's present: "The Sparta IV leaves Baltiysk", "... arrives at Tartus"
       r"(?:arrives|docks|berths|moors|anchors|loads|unloads|offloads|discharges|leaves|departs|"
       r"sails|reaches|enters|calls)(?=\s+(?:(?:at|in|from|for|to|into|off)\s+)?(?:the\s+(?:port\s+of\s+)?)?"
       r"(?-i:[A-Z]))|"
       # "the Begey carried ammunition from Bandar Anzali": a cargo taken from or to a place
       # ("delivered coal directly to Ningbo")
       r"(?:carried|shipped|transported|ferried|hauled|delivered|brought)\s+(?:[\w,-]+\s+){0,4}?" +
       CARGO_WORDS +
       r"(?:\s+[a-z]+ly)?\s+(?:from|to)" + _PLACE_NEXT + "|"
       # "The Kite Hollow conducted an STS transfer with ..."
       r"(?:conducted|carried out|completed|performed|undertook|made|engaged in|took part in)\s+"
       r"(?:an?\s+|two\s+|three\s+|several\s+|multiple\s+|at\s+least\s+\w+\s+)?"
       r"(?:STS|ship-to-ship)|"
       # "the Sormovskiy 121 met the tanker ...", "the Kazan headed south"
       r"met\s+(?:up\s+with\s+|with\s+)?(?:the|another|a|an)\s+(?:[\w-]+\s+){0,3}?(?:tanker|vessel|"
       r"ship|freighter|carrier|bulker)s?|headed\s+(?:(?:north|south|east|west)\w*|back|home|out|"
       r"for|to|towards?)|"
       # "The Arman passed it to the Gas Orion": what ships do to ships
       r"(?:handed|passed|transferred|pumped|lightered|shifted)\s+" + _CARGO_PASSED +
       # ("lightered its cargo onto two smaller tankers, the X and the Y")
       r"\s+(?:over\s+)?(?:to|onto|into)\s+(?:the|another|a\s+second|(?:two|three|four|several)\s+"
       r"(?:[\w-]+\s+)?(?:tankers|ships|vessels|barges))|"
       # "The Lian Xing refuelled from the bunker tanker Ocean Star"
       r"re-?fuell?ed\s+(?:at\s+sea\s+)?from\s+(?:the|a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:tanker|vessel|"
       r"ship|barge)(?!\s+(?:aircraft|plane|jet))|"
       r"(?:at|alongside)\s+(?:the|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:berth|pier|quay|"
       r"jetty|wharf|anchorage|mooring)s?|"
       # "The Musa Jalil and the Begey made similar runs from Bandar Anzali to Astrakhan"
       r"made\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?(?:round\s+)?(?:trips|voyages|runs|crossings)"
       r"(?=\s+(?:from|to|between|across)\s)|"
       # "The Grey Wren lay alongside the Dusk Heron": one hull beside another
       r"(?:lay|lies|lying|sat|remained|stayed|was|were|moored|berthed|came|pulled|went)\s+"
       r"(?:[a-z]+ly\s+)?alongside\s+the\s+(?=(?-i:[A-Z])))\b"),
    # "the Greek-owned Sea Champion, carrying grain for Aden, ...": a cargo it has aboard, for
    # or from a place
    # "while the Omskiy-130 took barley there": a cargo taken on where ships load
    rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:(?:also|then|later)\s+)?(?:took|takes|taking|lifted)\s+(?:on\s+)?"
       r"(?:[\w,-]+\s+){0,3}?" + CARGO_WORDS + r"\s+(?:at|in|from|there|aboard)\b"),
    rx(r"\b[Tt]he\s+" + NAME + r",?\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:carrying|laden\s+with|"
       r"loaded\s+with|hauling|transporting)\s+(?:[\w,-]+\s+){0,4}?" + CARGO_WORDS +
       r"\s+(?:from|to|for|bound\s+for)\s+(?:the\s+)?(?-i:[A-Z])"),
    # "The Kestrel's sister ship", "the Sun Ray's captain": what only ships have
    rx(r"\b[Tt]he\s+" + NAME + r"['’]s\s+(?:captain|crew|master|registered owner|owners?|"
       r"operators?|(?:ship )?managers?|sister (?:ship|vessel)|AIS|transponder|hull|IMO|MMSI|"
       r"cargo holds?|deck|bridge|engine room|charterer|"
       # "The Kira's last port of call was Sikka"
       r"(?:last|previous|next|final)\s+(?:port(?:\s+of\s+call)?|voyage|cargo)|draught|"
       r"cargo\s+of)\b"),
    # "the owners of the Kazan, the Ligovsky Prospect and the NS Century": what only ships have
    # ("Timeline: the voyages of the Sea Breeze")
    rx(r"\b(?:registered\s+)?(?:owners?|operators?|managers?|charterers?|crews?|captains?|masters?|"
       r"(?i:voyages?|port\s+calls|itinerary|sea\s+trials))"
       r"\s+of\s+the\s+" + NAME + _LIST_MORE),
    # "The Ocean Jade, which had switched off its transponder, ...": what only ships do
    rx(r"(?:\b[Tt]he\s+|^)" + NAME + r"(?:,\s+(?:which|that)|,\s+(?:which|that)\s+[^,;()]{1,80},)?"
       r"\s+(?:(?:[a-z]+ly|later|then|also|again|since)\s+)?"
       r"(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?)?"
       r"(?:(?:switched|turned|shut)\s+off\s+(?:its|her)\s+(?:AIS|transponder|tracking)|"
       r"disabled\s+(?:its|her)\s+(?:AIS|transponder|tracking)|went\s+dark|gone\s+dark|"
       r"reappeared|resurfaced|re-emerged|ran\s+aground|"
       # "later appeared off Zhoushan", "appeared in Ningbo-Zhoushan waters"
       r"appeared\s+(?:off\s+(?:the\s+)?(?=(?-i:[A-Z]))|in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:territorial\s+)?waters)|"
       r"run\s+aground|dropped\s+anchor|"
       # "The Angara has been under repair at a shipyard in Zhoushan"
       r"under\s+repair|in\s+(?:a\s+)?dry[\s-]?dock|dry-?docked|undergoing\s+repairs?|being\s+repaired|"
       r"weighed\s+anchor|collided\s+with|capsized|sank|transited|steamed|"
       r"t(?:aking|ook|akes)\s+on\s+water|"
       # ("sitting low in the water at Kharg Island": laden; "riding high": empty)
       r"(?:sitting|sat|riding|rode|lying|lay)\s+(?:low|high|deep)\s+in\s+the\s+water|"
       # "The Sparta IV passed southbound through the Bosphorus": a strait or canal passed
       r"(?:passed|sailed|went|moved)\s+(?:(?:north|south|east|west)bound\s+)?through\s+the\s+"
       r"(?:Bosp[ho]+rus|Dardanelles|Turkish\s+Straits|(?:Suez|Panama|Kiel)\s+Canal|"
       r"(?:[A-Z][\w'’-]*\s+)?Straits?\b)|"
       # "The Maersk Hangzhou was attacked in December near the Bab el-Mandeb strait"
       # ("The Wren Seajewel was hit off Savona", "damaged by an explosion")
       # (not who struck a ship: "Rebels struck the M/V Verbena Lark in the Gulf of Aden")
       r"(?:attacked|struck|hit|targeted|damaged)(?!\s+(?:the\s+(?:M/[VT]|MV|MT)\s|the\s+(?:[\w-]+\s+){0,3}?"
       r"(?:ship|vessel|tanker|carrier|freighter|bulker|ferry)s?\b|two\s|three\s|several\s|another\s|"
       r"(?:M/[VT]|MV|MT)\s|(?-i:[A-Z])))(?=" + IN_CLAUSE +
       r"{0,80}\b(?:missiles?|drones?|torpedo\w*|mines?|rockets?|explosions?|blasts?|[Ss]trait|nautical\s+miles|off\s+the\s+coast|Red\s+Sea|"
       r"Gulf\s+of|Bab\s+el-Mandeb)\b|\s+off\s+(?-i:[A-Z]))|"
       r"made\s+(?:at\s+least\s+)?"
       # (not "The Manager made trips abroad")
       r"(?:[\w-]+\s+){0,2}?(?:round\s+trips|port\s+calls|(?:trips|voyages)(?=\s+(?:from|to|between|"
       r"across)\s)|"
       # "The Angara made at least eleven of those voyages": a share of the voyages told before
       r"(?:[\w-]+\s+){1,3}?of\s+(?:those|these|the|such)\s+(?:[\w-]+\s+)?(?:round\s+trips|voyages|"
       r"crossings|runs|deliveries|port\s+calls)\b)|"
       # "The Maria made a similar run earlier in the month: it departed Rajin" (not "made a trip
       # to Moscow", which people make too)
       r"made\s+(?:a|an|another|the\s+same|its|her)\s+(?:[\w-]+\s+){0,2}?(?:run|voyage|crossing|passage)"
       r"(?=" + IN_CLAUSE + r"{0,100}?\b(?:from|to|between|departed|left|reached|arrived\s+(?:at|in)|"
       r"called\s+at|docked\s+(?:at|in))\s+(?:the\s+)?(?:port\s+of\s+)?(?-i:[A-Z])))\b"),
    # "SPARTA IV sailed from Tartus": a name in capitals opening a clause, doing what ships do
    # (after a list's bullet or a time: "- 13 May: LADY M (RUS) arrived", "On 13 May LADY M
    # arrived"; its flag's code in brackets)
    rx(r"(?:(?:^|\n)(?:[ \t]*[-*•–][ \t]+)?|[.;:]\s+)(?:(?:On|In|By|Late on|Early on)\s+\d{1,2}\s+[A-Z][a-z]+"
       r"(?:\s+\d{4})?,?\s+)?(?P<name>[A-Z][A-Z0-9'’.\-]+(?:\s[A-Z0-9][A-Z0-9'’.\-]*){0,3})"
       r"(?:\s+\([A-Z][A-Za-z ]{1,20}\))?\s+"
       # ("- KRASNOGORSK did not call at Vostochny as expected")
       r"(?:(?:(?:had|has|was|were|is)\s+(?:not\s+)?(?:been\s+)?|never\s+)?(?:sailed|docked|berthed|arrived|"
       r"called at|loaded|discharged|unloaded|departed|left|moored|anchored|transited|"
       # ("- ZEUS I (Panama) transferred about 700,000 barrels ...", "- SAFFRON BAY (Malta) waited")
       r"transferred|lightered|offloaded|pumped|received|took\s+on|waited|loitered|idled|drifted)|"
       r"(?:did\s+not|didn['’]t)\s+(?:call\s+at|sail|dock|berth|arrive|load|unload|discharge|depart|"
       r"leave))\b"),
    # "transferred diesel to OCEAN HELIX (Liberia)", "loaded from ARCTIC MIST (Gabon)": a name in
    # capitals with its flag in brackets, the other ship of a transfer
    rx(r"\b(?:transferred|pumped|lightered|offloaded|discharged|passed|loaded|received|took\s+on|met|"
       r"alongside)\b[^.;:]{0,80}?\b(?:to|into|onto|from|with|alongside)\s+"
       r"(?P<name>[A-Z][A-Z0-9'’.\-]+(?:\s[A-Z0-9][A-Z0-9'’.\-]*){0,3})\s+"
       r"\((?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\)"),
    # "the Lark Hwanggumsan transferred coal to a Chinese barge off Ningbo": a ship that passed its
    # cargo to a craft at sea
    rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:transferred|pumped|passed|offloaded|"
       r"transshipped|trans-shipped)\s+(?:[\w,.'’-]+\s+){0,5}?" + CARGO_WORDS +
       r"\s+(?:to|into|onto)\s+(?:a|an|another|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:vessel|ship|tanker|barge|freighter|carrier|bulker|boat)s?\b"
       r"(?![ -](?:operators?|owners?|compan(?:y|ies)|firms?|agents?|brokers?)\b)"),
    # "took on Russian crude from the Nordic Breeze": the ship a cargo was taken on from (not
    # "from the Kozmino terminal")
    # ("A third tanker received cargo from the Sun Shine 9")
    # ("transferred oil from the Mira", "loaded 700,000 barrels of fuel from the Mira")
    rx(r"\b(?:(?:took|take|takes|taking|taken)\s+on|(?:took|take|takes|taking|taken)(?=\s+[^.;]{1,60}?\s+"
       r"(?:on\s+board|aboard|onboard)\s+from\b)|received|receiving|obtained|acquired|sourced|collected|"
       r"picked\s+up|"
       r"transferred|pumped|loaded|lifted|siphoned)\s+"
       # ("received about 700,000 barrels from the Sea Rose": a load told by its size)
       r"(?:[\w,.'’-]+\s+){0,5}?(?:" + CARGO_WORDS + r"|(?<=\d\s)(?:barrels|tonnes|tons)|"
       # ("received a similar load from the Starla")
       r"(?<=\d\smillion\s)barrels|loads?|shipments?|parcels?|consignments?)"
       # ("took the oil on board from the X")
       r"(?:\s+(?:on\s+board|aboard|onboard))?"
       r"\s+from\s+the\s+(?!" + _PLACE_OF.pattern + r")" + NAME +
       r"(?![\w'’-])(?!(?:\s+[A-Z][\w'’-]*)*\s+(?i:terminal|refinery|port|harbou?r|plant|depot|field|"
       r"platform|pipeline|jetty|pier|berth|facility|complex|group|company|corporation|ministry|army|"
       r"navy|forces|government|bank|fund|agency|authority|institute|mine|warehouse|region|province|"
       r"republic|oblast)\b)"
       # (not a route: "transferred coal from the Donbass to Mariupol")
       r"(?!\s+(?:to|into)\s+(?:the\s+)?[A-Z])"),
    # "Estonia briefly detained the Kiwala": what is done only to ships, to a definite name
    # ("Estonia's navy tried to board the Jaguar in May")
    rx(r"\b(?:detained|seized|boarded|impounded|intercepted|hijacked|towed|refloated|"
       r"escorted|inspected|blacklisted|designated|sanctioned|renamed|(?:tried|attempted|sought)\s+to\s+"
       r"(?:board|detain|seize|inspect|intercept))\s+the\s+" + NAME +
       # ("blacklisted the Kora Wren and the Kora Lark in February": each of a list)
       r"(?P<more>\s+and\s+the\s+" + _TOK + r"(?:\s" + _TOK + r"){0,3})?"
       r"(?=\s*(?:[,.;)]|\s(?:in|at|off|near|on|after|and|while|as|for|last|this|earlier)\b|$))"),
    # "Workers saw the Lark Sun unloading crates at night": a deed of a ship's seen done
    rx(r"\b(?:saw|seen|watched|observed|noticed|spotted|filmed|photographed|pictured)\s+the\s+" + NAME +
       r"\s+(?:(?:unloading|loading|discharging|offloading|docking|berthing|mooring|taking\s+on)\b|"
       r"(?:unload|load|discharge|offload|dock|berth|moor|take\s+on)\s)"),
    # "It was followed by the Lark Sun on December 19 and the Kite Moon on January 6": ships that
    # came after a ship, each at its time
    rx(r"\b(?:It|She|[Tt]he\s+(?:[\w-]+\s+)?(?:tanker|ship|vessel|freighter|carrier|bulker|VLCC|Aframax|"
       r"Suezmax))\s+was\s+(?:soon\s+|then\s+|later\s+|closely\s+|shortly\s+)?followed\s+by\s+the\s+" +
       NAME + r"(?=\s+(?:on\s+(?:\d|[A-Z][a-z]+\.?\s+\d)|in\s+(?:early\s+|mid-|late\s+)?[A-Z][a-z]+|"
       r"(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?)\s+later\b))" + _LIST_MORE),
    # "The X arrived at Vladivostok on January 18, followed two days later by the Wren Chongjin": a
    # ship that came after another, in the same sentence
    rx(r"\b(?:arrived|docked|berthed|called|moored|anchored)\s+(?:at|in|off)\s+[^.;]{1,80}?" +
       FOLLOWED_AFTER + r"\s+(?:(?:a|one|two|three|four|five|six|several|"
       r"\d+)\s+(?:days?|weeks?|hours?)\s+later\s+|(?:soon|shortly)\s+after(?:wards)?\s+)?by\s+the\s+" +
       NAME + r"(?=\s*(?:[,.;)]|\s(?:on|in|and|a|one|two|three|four|five|six|several)\b|$))"),
    # "The Wren Vale unloaded at Paradip on September 24, the Lark Isle at Vadinar two days later,
    # and the Kite Fjord at Sikka": ships each doing at a port what the first did, its verb left out
    # ("The X sailed from Jose on December 9 and the Y on December 20")
    rx(r"\b(?:(?:(?:un|off)?loaded|discharged|docked|berthed|arrived|called|moored|anchored)\s+(?:at|in)|"
       r"(?:sailed|departed|set\s+sail)\s+from|left|departed)\s+" +
       _GAP_PLACE + r"(?:,\s+|,?\s+and\s+)the\s+" + NAME + _GAP_NEXT +
       r"(?P<gaps>(?:\s+(?:(?:at|in|on)\s+" + _GAP_PLACE + r"|" + GAP_LATER + r")"
       r"(?:,\s+|,?\s+and\s+)the\s+" + _TOK + r"(?:\s" + _TOK +
       r"){0,3}" + _GAP_NEXT + r")*)"),
    # "The Wren Moon pulled alongside": what only a ship does, to another
    rx(r"\b[Tt]he\s+" + NAME + r"\s+(?:(?:later|then|soon|quickly|briefly)\s+)?(?:pulled|came|moved|drew|"
       r"manoeuvred|maneuvered|tied\s+up|moored|berthed)\s+alongside\b"),
    # "Similar runs were made by the Maia Wren in January": trips told in the passive, by a ship
    rx(r"\b(?:runs|voyages|trips|crossings|port\s+calls|calls|deliveries|shipments|transfers|"
       r"visits)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)(?:also\s+|later\s+)?"
       r"(?:made|carried\s+out|completed|undertaken|conducted|performed)\s+by\s+the\s+" + NAME +
       r"(?=\s*(?:[,.;)]|\s(?:in|at|to|from|between|on|after|and|while|as|during|last|this|earlier)\b|$))"),
    # "The largest of them, the Ryong Gang 7, loaded at Songnim": an apposition doing it
    rx(r",\s+the\s+" + NAME + r",\s+(?:(?:[a-z]+ly|later|then|also|soon)\s+)?"
       r"(?:(?:had|has|was|were|is)\s+(?:been\s+)?)?"
       r"(?:sailed|berthed|docked|arrived|called at|loaded|discharged|unloaded|departed|left|moored|"
       r"anchored|transited|transferred|delivered|carried|shipped|made|imaged|took on|"
       r"took delivery of|received|(?:moved|came|went|pulled)\s+alongside)\b"),
    # "a ship-to-ship transfer with the Baltic Ray": the other ship
    # ("an STS transfer of coal with the Kum Un San 3", "of some 40,000 tonnes of diesel to the X")
    # ("conducted an STS with the Dusk Owl": the noun left out)
    # ("conducted a transfer with the Ruby Star")
    # ("after an STS off Malaysia with "Sea Crown"": where, told before the other ship)
    rx(r"\b(?:(?:ship-to-ship|STS)(?:\s+(?:transfers?|operations?|trans-?shipments?|exchanges?))?|"
       # ("is suspected of conducting a similar transfer with the Sam Jong 1")
       r"(?:conduct(?:ed|ing)|carr(?:ied|ying)\s+out|complet(?:ed|ing)|perform(?:ed|ing)|undert(?:ook|aking))"
       r"\s+(?:an?|another)\s+(?:(?:similar|second|third|further|separate|suspected|possible|"
       r"likely|illicit|illegal|covert|clandestine)\s+)?(?:cargo\s+|oil\s+)?transfer)\s+"
       r"(?:of\s+(?:[\w,.-]+\s+){1,6}?)?(?:(?:off|near|in)\s+(?:the\s+)?"
       r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,3})?"
       # (a name in quotes, which the working text reads without them: "with "Sea Crown"")
       # (or in capitals: "STS with WHITE ORIOLE off Kalamata")
       r"(?:with|from|to|involving)\s+(?:the\s+|(?=[\"“]|[A-Z][a-z]+\s[A-Z]|[A-Z]{2,}(?:\s[A-Z0-9]{2,})+\b))"
       r"(?!(?:Gulf|Bay|Sea|Strait|Coast|Port|Isle|Island)s?\s+of\b)" + NAME),
]
_BY_DEEDS = frozenset(_DEEDS)
# the one who obtained or saw what a clause rests on, named right before the deed's verb
_WITNESS_BY = re.compile(r"\b(?:obtained|reviewed|seen|analy[sz]ed|provided|published|compiled|gathered|"
                         r"collected|released|shared|examined|studied|commissioned|cited|quoted|reported|"
                         r"shown|taken|captured|acquired|viewed|verified|confirmed)\s+by\s+(?:the\s+)?$")
# "The two vessels that accompanied it, the Laodicea and the Fesco Magadan, ...": the pattern
# opens at "that" (a pattern opening with the type words is tried at every position of the
# text), and the type word before it is checked on its own
# (also what it did or was: "a tanker carrying Iraqi fuel, the Talara,", "a tanker suspected
# of smuggling fuel, the Talara,", "a freighter bound for Tartus, the Lira,")
# ("two other tankers in the same position, the X and the Y": a phrase on them)
_SHIPS_THAT = rx(r"\b(?:that|which|(?:[a-z]+ed|owned|run|held)\s+(?:to|by|with|in|at|from|under|of)|"
                 r"(?:in|at|off|near|from|with|under|of)(?=\s)|"
                 r"(?-i:[a-z]{3,}ing)|bound\s+for|laden\s+with)\s+"
                 r"[^,;.()]{1,60},\s+the\s+" + NAME + _LIST_MORE)
_TYPE_BEFORE = re.compile(r"\b(?P<type2>(?i:" + _TYPE + r"))\s*$")
# (or with its size: "a cargo ship of about 100 m, likely the Lady Maria,")
_TYPE_SIZED_BEFORE = re.compile(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:\s+(?:of\s+)?"
                                r"(?:about|some|around|roughly|nearly|over|almost)?\s*\d[\d,.]*\s*(?:m|metres|meters|feet|ft|dwt|tonnes|tons)"
                                r"(?:\s+long)?)?\s*$")
# a former name told in an aside: "formerly known as SEA PEARL"
_FORMER_ASIDE = r"(?:formerly|previously|once|earlier)\s+(?:known\s+as|named|called)\s+[^,;()]{1,40}"
_ANOTHER = rx(r"\b(?:another|a\s+second|a\s+third|the\s+other),\s+the\s+" + NAME +
              r"(?=\s*[,;.)]|\s+(?:and|which|that)\b)")
_ORDINAL_MEMBER = rx(r"\s*[Tt]he\s+(?:first|second|third|fourth|fifth|other|latter|former|smaller|larger|"
                     r"older|newer)\s*,\s+the\s+" + NAME + r"(?=\s*[,;.)]|\s+(?:and|which|that|is|was)\b)")
# (the type told before it in the clause: "one vessel, the Rubymar, and ...")
_TYPE_TOLD_BEFORE = re.compile(r"\b(?P<type2>(?i:" + _TYPE + r"))\b[^.;:()]{0,80}$")
# "designated three vessels it said had carried Russian oil: the Kazan, the Vega Star and the
# Ocean Lily": a list after a colon whose head, before it, is ships (told with what they did,
# but no other kind of thing: "Tankers called at three ports: Tartus, ...")
_LISTED = rx(r":\s+(?:the\s+)?" + NAME + _LIST_MORE)
def _ships_before_colon(goods: str) -> re.Pattern[str]:
    """The type word of the ships a list after a colon names, and what was said of them (not
    where a list of other things is told: ports, states, firms, or `goods`)."""
    return re.compile(
        r"\b(?P<type2>(?i:" + _TYPE + r"))(?:\s+(?:(?:that|which|it|they|he|she|we|officials|"
        # (a port the ships were at, in the singular, lists no ports: "two tankers moored at Nampo's
        # oil terminal: the X and the Y")
        # ("identified five tankers as blocked property: the X, ...")
        r"authorities|were|was|are|is|have|had|took|made|met|left|sent|brought|as|in|under|at|"
        r"of|on|to|with|from|for|by)\b|[a-z]+ed\b)"
        r"(?![^.;:!?]*\b(?i:ports|harbou?rs|terminals|"
        r"(?:a|one|which|what)\s+(?:port|harbou?r|terminal)|countries|states|"
        r"destinations|places|cities|locations|firms|companies|owners|individuals|people|entities|"
        r"persons|banks|" + goods + r"routes)\b)[^.;:!?]{0,80})?"
        # ("Three ships have been loading grain in Sevastopol, according to satellite images
        # reviewed by the newspaper: the X, the Y and the Z")
        r"(?:,\s+according\s+to\s+[^.;:!?]{1,80})?\s*$")


_SHIPS_BEFORE_COLON = _ships_before_colon(r"goods|cargoes|")
# (a list of definite names: "three tankers took cargoes from it: the X, the Y and the Z" names
# ships, not the goods)
_SHIPS_BEFORE_COLON_THE = _ships_before_colon("")
_COLON_THE = re.compile(r":\s+the\s+(?-i:[A-Z])")
_NEXT_ITEM = rx(r";\s+" + NAME + r"\s*\((?P<flag5>(?:[A-Z][\w'’.-]*\s?){1,4})\)\s*,")
# (what the item before it was: a ship's name, its registry in brackets, after a colon on ships)
_ITEM_BEFORE = re.compile(r"\b(?P<type2>(?i:ships|vessels|tankers|carriers|bulkers|freighters))\b"
                          r"[^.:;]{0,60}:\s+[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,3}\s*\((?:[A-Z][\w'’.-]*\s?){1,4}\)"
                          r"[^;]*(?:;[^;]*)*$")
# "a tanker, believed to be the Vega, docked": a ship told by its type, then which one it was
# thought to be (opening at the hedge; the type word before it is checked on its own)
# ("a second tanker, which we identify as the Dusk Bunting from its hull markings")
_BELIEVED = rx(r",?\s+(?:(?:believed|thought|understood|assessed|reported|suspected|said)\s+to\s+be|"
               r"(?:most\s+|very\s+|highly\s+)?(?:likely|probably|possibly)|almost\s+certainly|"
               r"(?:which|that)\s+(?:we|analysts|investigators|researchers)\s+(?:(?:have|had)\s+)?"
               r"(?:identif(?:y|ied)|recogni[sz]ed?)\s+as)\s+"
               r"the\s+" + NAME + r"(?=\s*[,;.)]|\s+(?:and|which|that|from|by)\b)")
# words that open a sentence before a name without being part of it ("Meanwhile Maria sailed")
_ADVERBS = frozenset({"meanwhile", "later", "then", "yesterday", "today", "tonight", "instead",
                      "separately", "also", "finally", "earlier", "subsequently", "eventually",
                      "afterwards", "afterward", "now", "currently", "previously", "recently",
                      "first", "next", "last", "thereafter", "still", "soon", "again", "once",
                      "overnight", "elsewhere", "nevertheless", "however", "thus", "so", "yet"})
# a capitalised word right before a name, in the same line
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][a-z]+) $")
# "were used to ship Arctic LNG 2 gas", "can ferry troops": a type word that is a verb here
_NOT_VERB = (r"(?!(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bwould\s))"
             r"(?i:ships?|ferry|ferries|barges?|tugs?)\s)")
# the patterns above that open after their type word, with the check for it and how far back
_HEADED = {_SHIPS_THAT: (_TYPE_BEFORE, 40), _LISTED: (_SHIPS_BEFORE_COLON, 200),
           _BELIEVED: (_TYPE_SIZED_BEFORE, 60), _ANOTHER: (_TYPE_TOLD_BEFORE, 100),
           _NEXT_ITEM: (_ITEM_BEFORE, 400)}
# "the Eagle S tanker", "the Panama-flagged Eventin oil tanker": a name set before its type
# word (not where the type opens a name of its own: "the Sovcomflot tanker NS Champion")
_BEFORE_TYPE = rx(
    r"\b[Tt]he\s+(?:(?P<flag>" + _FLAG_NAME + r")[- ](?:flagged|registered)\s+)?"
    + NAME + r"\s+(?P<type2>(?:(?:crude|oil|product|chemical|LNG|LPG|gas|fuel)\s+)?tanker|"
    r"supertanker|bulk\s+carrier|(?:general\s+)?cargo\s+ship|container\s+ship|containership|"
    r"freighter|vessel|ship|(?:LNG|LPG|gas|car|vehicle|ore|coal)\s+carrier|bulker)\b"
    r"(?![ \t]+(?:[A-Z\"“‘']|\d))"
    # (nor where the type is part of what the name runs: "the Maersk container ship operator")
    r"(?!-|\s+(?:operators?|owners?|compan(?:y|ies)|firms?|giants?|lines?|groups?|industry|sector|"
    r"markets?|rates?|brokers?|insurers?|charterers?|managers?|makers?|builders?|yards?|fleets?|"
    r"business(?:es)?|units?|subsidiar(?:y|ies)|arms?|divisions?|traffic|routes?|services?|"
    r"index|pool|brands?|segment|orders?|deals?)\b)")
# a ship's name and a comma before "the" and a name set before a type word: the words after the
# comma describe that ship ("the Sparta IV, the Oboronlogistika freighter that runs ...")
_APPOSED_BEFORE_TYPE = re.compile(r"(?:(?:\b[Tt]he|\b(?i:tanker|vessel|ship|freighter|carrier|bulker))\s+|"
                                  # ("14 Feb: Sparta Lark, the Oboronlogistika cargo ship": a log's line)
                                  r"(?:^|[:;(\n])\s*)"
                                  r"(?P<prev>[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3})\s*,\s+"
                                  r"[Tt]he\s+$")
# what a name set before a type word is when more than one ship is its: "the Cosco tanker ...
# Cosco's fleet", "an Unipec tanker", "ships chartered by Unipec"
_FLEET_OF = (r"(?:['’]s\s+(?:fleet|ships|tankers|vessels)\b|\s+(?:fleet|tankers|ships|vessels|carriers|"
             r"bulkers)\b|-(?:owned|operated|managed|chartered|linked|controlled)\b)")
_OWNED_BY = r"\b(?:owned|operated|managed|chartered|controlled|run)\s+by\s+(?:the\s+)?"
_ONE_OF_MANY = (r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther)\s+")
# a storage ship's kind after its name: "the Saam FSU"
STORAGE_SUFFIX = re.compile(r"\s+(?:FSU|FSO|FPSO)$")
# a ship's name that opens a river's, a valley's or a sea's: "the Angara River"
_FEATURE_NAMED = re.compile(r"\s+(?:River|Valley|Basin|Delta|Lake|Mountains?|Strait|Sea|Bay|Gulf|Island|"
                            r"Peninsula)\b")
# "(hereafter Kum Un San)", "(hereinafter referred to as “Kum Un San”)": a short name given
_HEREAFTER = re.compile(r"\s*\((?:hereafter|hereinafter|henceforth)(?:\s+(?:referred\s+to\s+as|called))?"
                        r"\s*:?\s*"
                        r"(?:the\s+)?[\"“'‘]?(?P<short>[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,3}?)[\"”'’]?\)")
# a list item's bullet or number before the sentence it holds
_ITEM_HEAD = re.compile(_ITEM_MARK.pattern + r"(?=\S)")
# one of the ships told, named: "two ships were moored there; ... we identified one as the"
ONE_NAMED_AS = (r"\b(?:identified|recogni[sz]ed)\s+(?:one|the\s+(?:first|second|other|larger|smaller|bigger))"
                r"(?:\s+of\s+(?:them|these|those|the\s+(?:ships|vessels|tankers|carriers)))?\s+as\s+(?:the\s+)?")
# what a ship's look does when it is another's: "match those of", "is consistent with"
LOOK_MATCHES = (r"(?:match(?:es|ed)?|resembles?|resembled|(?:is|are|was|were)\s+consistent\s+with|"
                r"correspond(?:s|ed)?\s+(?:to|with))")
_CUED = [
    _BEFORE_TYPE,
    # the tanker CALYPSO SKY / Russian-flagged Angara and Maria / MV Maia-1
    # ("the Moldovan-flagged river-sea vessel Captain Smirnov": a word on its kind before it)
    rx(r"\b(?:(?P<flag>" + _FLAG_NAME + r")[- ](?:flagged|registered)" + _OTHER_MODS +
               r"\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?P<type1>" + _TYPE + r")\s+)?|\b" + _NOT_VERB +
               # ("The three carriers, the X, the Y and the Z,": the plural word alone, set before
               # the names of its ships)
               r"(?P<type2>" + _TYPE + r"|(?:(?<=[Tt]he\s)|(?<=two\s)|(?<=three\s)|(?<=four\s)|(?<=five\s))"
               r"carriers(?=,\s+the\s+[A-Z])"
               r")(?:\s+|(?:\s*[–—:]\s*|"
               # ("Two frigates, the Admiral Grigorovich and the Admiral Golovko, ...")
               r"\s+-\s+)(?:the\s+)?|(?<=s),\s+the\s+))"
               # (not a title that opens a clause of its own: "a tanker The Times identified as")
               # ("the small tanker M/V SEA GULL II": the prefix after the type word)
               # (nor who owns it, told after its flag: "a Palau-flagged Ukrainian-owned carrier")
               r"(?:(?:M/[VTS]|M\.[VT]\.|MV|MT)\s+)?(?!The\s)(?![A-Z][\w'’.]*-(?:owned|operated|managed|"
               r"controlled|linked|based|built|chartered|insured|flagged|registered)\b)" + NAME +
               r"(?P<more>" + _ASIDE + r"(?:,\s(?:the\s)?" + _TOK + r"(?:\s" + _TOK + r"){0,3}" +
               _ASIDE + r")*,?\s(?:and|or)\s(?:the\s)?" + _NOT_FLAGGED + _TOK + r"(?:\s" + _TOK +
               r"){0,3})?"),
    # "Greek-owned Wren Roach arrived at Constanta": who owns or runs it, then a name that does
    # what ships do (not "Greek-owned Aegean Shipping said")
    # (opening on the participle, after a word and a hyphen: tried only where one stands)
    rx(r"(?<=[A-Za-z]-)(?<=[A-Z][a-z]-|[A-Z]{2}-|[a-z]{2}-)(?:owned|managed|operated|controlled)\s+"
       r"(?!(?i:company|firm|group|fleet|shipping|lines?|tankers|vessels|ships)\b)" + NAME +
       r"(?=\s+(?:arrived|docked|berthed|called\s+at|loaded|unloaded|discharged|sailed|departed|left|"
       r"anchored|moored|was\s+(?:seized|detained|boarded|hit|struck|attacked))\b)"),
    # a log line's or list item's "16 September - Tanker Kite Perm berths ...": the kind, in
    # capitals, opening the entry after its dash or colon
    rx(r"(?<=[-–—:]\s)(?:(?P<flag>" + _FLAG_NAME + r")[- ](?:flagged|registered)\s+|(?:[A-Z][a-z]+\s+)?)"
       r"(?P<type2>(?=[A-Z])(?i:" + _TYPE + r"))\s+(?!(?i:name|type|flag|owner|operator|manager|class)\b)"
       r"(?:(?:M/[VTS]|MV|MT)\s+)?(?!The\s)" + NAME),
    _SHIPS_THAT,
    _LISTED,
    # "Ships observed at Rajin in May: Angara (8 May); Maria (12 May); Lady Maria (20 May)"
    rx(r"\b(?P<plural>(?i:ships|vessels|tankers|freighters|carriers|bulkers|arrivals|departures|"
       r"callers))\s+(?:(?i:observed|seen|spotted|recorded|identified|imaged|photographed|calling|"
       r"docked|berthed|moored|anchored|loading|unloading|discharging)\s+)?(?i:at|in|from)\s+"
       r"[^:;.\n]{1,60}:[ \t]*" + NAME +
       r"(?P<more>(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?" + _TOK +
       r"(?:[ \t]" + _TOK + r"){0,3}(?:[ \t]*\([^()\n]{1,30}\))?)+)?"),
    _BELIEVED,
    # "Ships that called at Tartus in May included the Sparta IV and the Ursa Major"
    rx(r"\b(?P<plural>(?i:ships|vessels|tankers|freighters|carriers|bulkers))\s+(?:that|which)\s+[^.;()]{1,80}?\s+"
       r"(?:included|include|were|are)\s+the\s+" + NAME + _LIST_MORE),
    # "The sanctioned tankers included Kira, Lumo and Sea Wolf", "The two ships were the Kira
    # and the Lumo"
    rx(r"\b(?P<plural>(?i:ships|vessels|tankers|freighters|carriers|bulkers))(?:\s+[a-z][\w-]*){0,4}?\s+"
       r"(?:(?:included|include|includes|comprised|comprise|comprises)\s+(?:the\s+)?|(?:were|are)\s+the\s+)"
       + NAME + _LIST_MORE),
    # "Tankers loading at Kozmino in January included the Wren Harmony": ships told by what they
    # did, a clause of any words before "included"
    # ("Ships at Tartus in May included the X": told by where they were)
    rx(r"\b(?P<plural>(?i:ships|vessels|tankers|freighters|carriers|bulkers))\s+(?:[a-z]+(?:ing|ed)|seen|"
       r"taken|bound|at|in|off|near|from)\s+[^.;()]{1,80}?\s+(?:(?:included|include)\s+(?:the\s+)?|(?:were|are)\s+the\s+)"
       + NAME + _LIST_MORE),
    # "The EU has added the Kite Sun to its list of vessels barred from its ports"
    rx(r"\b(?:added|put|placed|included)\s+(?:the\s+)?" + NAME + _LIST_MORE +
       r"\s+(?:to|on|in)\s+(?:its|their|the)\s+list\s+of\s+(?:[\w-]+\s+){0,2}?(?P<plural>vessels|ships|tankers)\b"),
    # a register's entry: "Vessel name: NOVA ESTRELA; IMO: ..."
    rx(r"\b(?i:vessel|ship|tanker)(?:['’]s)?\s+name\s*:\s*" + NAME),
    # ... or "Name: SU JONG 2; IMO: 8916293; Flag: DPRK": a name with a ship's identifiers
    rx(r"\b(?i:name)\s*:\s*" + NAME + r"(?=\s*[;,|]\s*(?i:IMO|MMSI|flag|call\s*sign)\b)"),
    # "The 2005-built Suezmax now called Cordelia"
    # ("The Gabon-flagged tanker, named Kira K, had departed")
    rx(r"(?:\b(?P<flag>" + _FLAG_NAME + r")[- ](?:flagged|registered)\s+)?"
       r"\b(?P<type2>(?i:" + _TYPE + r"))(?:\s+|,\s+(?=(?:(?:now|currently|since|later)\s+)?"
       # ("A second ship, which called itself Dong Lark, unloaded ...")
       r"(?:named|called|renamed)\s|(?:(?:which|that)\s+(?:called|identified)|calling|identifying)\s+itself\s))"
       r"(?:(?:now|currently|since|later|then)\s+)?(?:called|named|"
       # ("A ship calling itself Lark Bright gave a false IMO number")
       r"renamed|known as|sailing as|trading as|calling\s+itself|identifying\s+itself\s+as|"
       # ("The tanker broadcasting as WREN LIGHT": the name its signal gives)
       r"broadcasting\s+as|transmitting\s+as|"
       r"(?:which|that)\s+(?:called|identified)\s+itself(?:\s+as)?)\s+(?:the\s+)?" + NAME),
    # "another vessel chartered by the United States, the Lark Ice": its name, after who runs it
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))\s+(?:chartered|owned|operated|managed|controlled|leased|hired)\s+"
       r"by\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}?[A-Z][\w.&'’-]*,\s+the\s+" + NAME),
    # "The ship, registered in Sierra Leone since last year, is now named X", "The tanker, which
    # bears IMO number 9187954 and sails as X,": its name, after an aside on the kind
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:,\s+[^,;.()]{1,80}?,\s+(?:(?:is|was|has\s+been)\s+)?|"
       r",\s+(?:which|that)\s+[^;.()]{1,80}?\s+and\s+)(?:now\s+|currently\s+)?(?:named|called|renamed|"
       r"sails\s+as|sailing\s+as|trades\s+as|trading\s+as)\s+(?:the\s+)?" + NAME),
    # "A product tanker that changed its name three times this year, now the WREN QUARTZ,": the
    # name it has now, after an aside on the kind
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:\s+(?:that|which)\s+[^.;()]{1,80}?)?,\s+now\s+(?:called\s+|"
       r"named\s+|known\s+as\s+|sailing\s+as\s+)?(?:the\s+)?" + NAME + r"(?=\s*,)"),
    # "The tanker formerly known as Wren Star has been renamed Lark Sun": its name now
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:,\s+|\s+)(?:formerly|previously|once)\s+"
       r"(?:known\s+as|named|called)\s+[^.;:()]{1,120}?" + _NAMED_NOW +
       r"(?:the\s+)?(?:(?:M/T|MV|M/V|MT)\s+)?" + NAME),
    # ("The Aframax, formerly known as Perla Wren and now called Stella Lark,": its name now)
    rx(r"\b(?P<type2>(?i:" + _TYPE + r")),\s+(?:formerly|previously|once)\s+"
       r"(?:(?:known\s+as|named|called)\s+)?[^,;()]{1,40}?\s+and\s+(?:is\s+)?(?:now|currently)\s+(?:called|named|known\s+as|sailing\s+as|"
       r"trading\s+as)\s+(?:the\s+)?" + NAME),
    # "a bulk carrier identified from its hull markings as the Sin Phyong 5"
    # ("The vessels were identified as the Kite Hollow and the Dusk Heron")
    # ("a Russian cargo ship, identified by its markings as the Sparta IV,")
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:,\s+|\s+)(?:(?:later|since|since been|been|was|were|"
       r"subsequently|first|positively)\s+)*(?:identified|named|confirmed)\s+(?:[\w'’-]+\s+){0,5}?"
       r"as\s+(?:the\s+)?" + NAME + _LIST_MORE),
    # "two ships were moored there; ... we identified one as the Mikhail Falcon": one of the ships
    # told, named
    rx(ONE_NAMED_AS + NAME),
    # "identified the ships as Kite Hollow and Dusk Heron", "Two vessels, named as X and Y,"
    rx(r"\b(?:identified|named)\s+(?:the|both|these|those|two|three|four)\s+(?:[\w-]+\s+)?"
       r"(?P<type2>(?i:" + _TYPE + r"))\s+as\s+(?:the\s+)?" + NAME + _LIST_MORE),
    rx(r"\b(?P<type2>(?i:" + _TYPE + r")),\s+(?:named|identified|listed)\s+as\s+(?:the\s+)?" + NAME +
       _LIST_MORE),
    # "the dry cargo vessel under the flag of Cameroon «Sea Lion»": its kind, its flag, then its
    # name (as translated reporting sets it out)
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))\s+(?:under|flying)\s+the\s+flag\s+of\s+"
       r"(?P<flag3>(?-i:[A-Z])[\w'’]*(?:\s(?-i:[A-Z])[\w'’]*){0,2}?)\s+(?:the\s+)?" + NAME),
    # a ship an image showed, named by its look: "The vessel appears to be the Sun Hwa 7", "Its
    # hull markings match those of the Sun Hwa 7"
    rx(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<type2>(?i:" + _TYPE + r"))\s+(?:\w+ly\s+)?(?:appears\s+to\s+be|"
       r"appeared\s+to\s+be|matches|matched|(?:is|was)\s+consistent\s+with|resembles|resembled)\s+the\s+"
       + NAME),
    # ("Its length and profile match the X")
    rx(r"\b(?:Its|Her)\s+(?:[\w-]+,?\s+){0,6}?(?:hull|markings|superstructure|funnel|dimensions|"
       r"silhouette|length|profile|size)\s+(?:[\w-]+,?\s+){0,4}?" + LOOK_MATCHES + r"\s+"
       r"(?:(?:those|that)\s+of\s+)?the\s+" + NAME),
    # "the Ropucha-class Yamal": a class of warship or merchant design before the name
    rx(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'’]*\s+)?[A-Z][\w]*-class\s+(?!(?i:" + _TYPE + r")\b)" + NAME),
    # "vessels including the Sea Dragon and Ocean Glory"
    # ("cargo ships owned by the defence ministry, such as the X and the Y")
    rx(r"\b(?P<type2>(?i:" + _TYPE + r"))(?:\s+(?:in|of|from|linked to|tied to|serving|owned by|"
       r"operated by|managed by|controlled by|chartered by|belonging to|used by)\s+"
       r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
       # ("at least four vessels involved, including the X")
       r"(?:\s+(?:involved|concerned|implicated|identified|named|used|tracked))?"
       # ("only a handful of tankers were detained, among them the Sabiti")
       r"(?:\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en))?,?\s+"
       r"(?:including|such as|among them|notably|like)\s+"
       r"(?:the\s+)?" + NAME + _LIST_MORE),
    # "Several tankers called at Sikka in May, including the Grey Wren and the Dusk Heron"
    rx(r"\b(?P<plural>(?i:ships|vessels|tankers|freighters|carriers|bulkers|warships|VLCCs|Aframaxes|"
       r"Suezmaxes))\s+"
       # ("tankers have delivered Russian diesel to the port of Benghazi, among them the X")
       r"(?:[a-z]+\s+){1,2}(?:(?:[\w-]+\s+){1,3}?(?:at|in|to|from|off|near)\s+)?[^.;,]{1,60},\s+"
       # ("..., according to UN inspection data, among them the X")
       r"(?:according\s+to\s+[^.;,]{1,60},\s+)?(?:including|among\s+them)\s+"
       r"the\s+" + NAME + _LIST_MORE),
    # "Among the ships that called at Tartus were the Sparta IV and the Ursa Major"
    rx(r"\bAmong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<type2>ships|vessels|tankers|freighters|"
       r"carriers|bulkers)\b" + IN_CLAUSE + r"{0,80}?\b(?:was|were)\s+(?:the\s+)?" + NAME + _LIST_MORE),
    # "Two other carriers, the Asya Energy and the Everest Energy,": carriers counted are ships
    # (not "the carrier Maersk", a shipping line)
    rx(r"\b(?i:two|three|four|five|six|several|other|both)\s+(?:other\s+|more\s+)?(?P<plural>(?i:carriers)),\s+"
       r"the\s+" + NAME + _LIST_MORE),
    # a port watch's line: "- Lark Hama (Syria), bulk, at anchor since 21 May": the name, its
    # registry and its kind, then what it did
    rx(r"(?:^|\n)[ \t]*[-*•]\s+" + NAME + r"\s*\((?P<flag5>(?:[A-Z][\w'’.-]*\s?){1,4})\)\s*,\s*"
       r"(?P<type4>(?i:" + _TYPE + r"|general\s+cargo|dry\s+cargo|multi-?purpose|bulk|container|"
       r"chemical|product|crude))\s*,\s*"
       r"(?=(?i:arrived|arriving|departed|sailed|left|at anchor|anchored|berthed|docked|loading|loaded|"
       r"discharging|discharged|unloading|unloaded|moored|waiting|awaiting|in port|at berth|shifted)\b)"),
    # a movements log line: "- CAPE RIVER (Liberia): arrived Novorossiysk, loading wheat"
    rx(r"(?:^|\n)[ \t]*(?:[-*•]\s+)?" + NAME + r"\s*\((?P<flag5>(?:[A-Z][\w'’.-]*\s?){1,4})\)\s*[:–—-]\s*"
       r"(?=(?i:arrived|arriving|departed|sailed|left|at anchor|anchored|berthed|docked|loading|loaded|"
       r"discharging|discharged|unloading|unloaded|moored|waiting|awaiting|in port|at berth|shifted)\b)"),
    # a dated log line: "- 11 May: Angara (RUS) arrived from Vostochny", "- 12/05: Sparta IV
    # (Russia) discharging": the name before its registry in brackets and what it did
    rx(r"(?:^|\n)[ \t]*[-*•–][ \t]+(?:\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?(?:\s+[A-Z][a-z]+\.?)?"
       r"(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*[:–—-]\s+"
       r"(?:(?:MV|M/V|MT|M/T)\s+)?" + NAME +
       r"\s+\((?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\)\s*[:,–—-]?\s*"
       r"(?=(?i:arrived|arriving|departed|sailed|left|at anchor|anchored|berthed|docked|loading|loaded|"
       r"discharging|discharged|unloading|unloaded|moored|waiting|awaiting|in port|at berth|shifted|"
       r"called)\b)"),
    # "Ships loading at Chornomorsk this week: Wren Trader (Liberia), 33,000 t wheat for Spain;
    # Lark Ocean (Panama), 45,000 t corn for China": the items after the first, each with its
    # registry (see _ITEM_BEFORE)
    _NEXT_ITEM,
    # "Saam FSU", "Koryak FSO": a name that ends in the kind of storage ship it is
    rx(r"\b(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s(?-i:FSU|FSO|FPSO))\b"),
    # "the Koryak floating storage unit" (or "storage unit"): the same, its kind spelled out
    rx(r"\b[Tt]he\s+(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s+(?P<type2>(?:floating\s+)?storage"
       r"(?:\s+and\s+offloading)?\s+(?:unit|vessel|tanker))\b"),
    # a bulleted log line with no flag: "- Asya Energy: loaded at Utrenneye, Aug 2; ..."
    # ("* **Sparta IV** — arrived 3 August", "- Lauga (tanker) — anchored off Tartus")
    rx(r"(?:^|\n)[ \t]*[-*•]\s+" + NAME + r"\s*(?:\([^()\n]{1,30}\)\s*)?(?::|\s[–—-])\s*"
       r"(?=(?i:arrived|departed|sailed|left|anchored|berthed|docked|loaded|discharged|unloaded|"
       r"moored|transferred|took\s+(?:on\s+)?(?:the\s+)?cargo|took\s+on|spotted|seen|called)\b)"),
    # an agent's line-up line, with no bullet: "Reed Harrier - arr. 09/09, sailed 14/09 for
    # Alexandria" (the name opens the line; a spaced dash, then what it did, perhaps cut short)
    # (the deed's day in figures right after it: not "UPDATE - departed from the usual pattern")
    rx(r"(?:^|\n)[ \t]*" + NAME + r"(?:\s*\([^()\n]{1,30}\))?(?:\s+[–—-]\s+|\s*:\s+)"
       r"(?=(?i:arr\.|arrd?\b|dep\.|sld\.?|arrived|departed|sailed|berthed|anchored|loaded|discharged)"
       r"\s*(?:on\s+)?\d{1,2}[/.]\d{1,2}\b)"),
    # "Wren Halo (Aframax, Gabon)", "the Lark Spire (tanker)": a name with its kind in brackets
    # (not a list's tag: "Identification IMO 9190573 (vessel)")
    rx(r"(?:\b[Tt]he\s+|(?<![\w'’.-])(?=[A-Z\"“]))" + NAME + r"\s*\(\s*(?!(?i:vessel|ship|boat)\s*\))"
       # ("KITE MERIDIAN (Panama, tanker, 2004 built):" in a casualty digest: its registry first)
       r"(?:(?P<flag5>(?:[A-Z][\w'’.-]*\s?){1,3}),\s*)?"
       # ("The Lark Volga (general cargo)": a trade's kind with no word for ship)
       r"(?P<type4>(?i:" + _TYPE + r"|general\s+cargo|dry\s+cargo|multi-?purpose|bulk))"
       r"\s*(?:[,;/][^()\n]{0,30})?\)"),
    # a port log line: "NAKHODKA: Tanker HOPE STAR ..."
    # (also after a bullet: "- Tanker NS Champion loaded at ...")
    # (after a day in figures: "19.03.2024 - Bulk carrier Matros Pozynich (Russia) berthed")
    rx(r"(?:^[ \t]*(?:[-*•–—]\s+)?(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[-–—:]\s+)?|:\s+)"
       r"(?P<type5>(?:General cargo ship|Cargo ship|Bulk carrier|Bulker|"
               r"(?:Crude |Product |Chemical |Oil )?[Tt]anker|Container ship|Freighter|"
               r"Ro-?ro|Reefer|LPG carrier|LNG carrier|VLCC|Dredger|Tug|Trawler))(?P<plural>s)?\s+" + NAME +
       # ("Chornomorsk: Bulk carriers Blue Tide and Nika departed")
       r"(?P<more>(?(plural)" + _ASIDE + r"(?:,\s(?:the\s)?" + _TOK + r"(?:\s" + _TOK + r"){0,3}" +
       _ASIDE + r")*,?\s(?:and|or)\s(?:the\s)?" + _NOT_FLAGGED + _TOK + r"(?:\s" + _TOK +
       r"){0,3}|(?!)))?"),
    # CASSIOPEIA STAR (IMO 9260392 / Hope Star (Sierra Leone flag)
    # ... and what follows: "Chon Ma San (IMO 8660313), a DPRK-flagged tanker"
    # ("- ANDROMEDA STAR (IMO 9402720): Gabon-flagged crude oil tanker; ...": a list's entry)
    # ("The 'Sea Breeze' (call sign 9LY2345, MMSI 667001234)": a call sign, first or alone)
    rx(NAME + r"\s*\((?:[A-Z][\w ]*,\s*|(?i:call\s*sign):?\s+[A-Z0-9]{4,7}[,;]\s*)?"
       r"(?:IMO|MMSI|(?i:call\s*sign)(?=:?\s+[A-Z0-9]{4,7}\b))(?:\b|(?=\d))(?:[^()]{0,40}\)[,:]\s+"
       # ("DORA (IMO ...), formerly known as SEA PEARL, a Cameroon-flagged tanker")
       r"(?:" + _FORMER_ASIDE + r",\s+)?"
       # ("GREY SPARROW (IMO 9308376), Gabon flag, crude oil tanker")
       r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+flag,\s+)?"
       r"(?:(?:a|an)\s+)?"
       r"(?:(?P<flag3>" + _FLAG + r")\s+)?(?:" + _WORD + r"\s+){0,3}?(?P<type3>" + _TYPE + r")\b)?"),
    rx(NAME + r"\s*\([A-Z][\w ]* flag\)"),
    # "The Grey Finch, IMO 9256054, docked", "Grey Finch (ex-Wren Hollow)": a number set off by
    # commas, a former name in brackets
    rx(NAME + r",\s+(?:IMO(?:\s*(?i:no\.?|number|#))?\s*:?\s*(?P<imo7>\d{7})|"
       r"MMSI(?:\s*(?i:no\.?|number|#))?\s*:?\s*\d{9})\b"),
    rx(NAME + r"\s*\((?:ex-|ex\s|formerly\s|previously\s|former name:?\s)"),
    # a sanctions list entry: "GOLDEN WAVE (9190573) Crude Oil Tanker Panama flag;"
    # ("OFAC designated SEA WREN (9329667), a Panama-flagged tanker": the apposition after it)
    rx(NAME + r"\s*\((?P<imo7>\d{7})\)(?:[,:]\s+(?:(?:a|an)\s+)?(?:(?P<flag3>" + _FLAG + r")\s+)?"
       r"(?:" + _WORD + r"\s+){0,3}?(?P<type3>" + _TYPE + r")\b)?"),
    # the Eagle S, an oil tanker ("the Eventin, another shadow fleet tanker,")
    # ("The Clavel, the last of five Iranian tankers sent to Venezuela,")
    # ("the oil tanker Eagle S, a Cook Islands-registered vessel": the flag told after)
    # ("M/T STAR FORTUNE (IMO ...), a Panama-flagged crude oil tanker,")
    rx(r"(?:\b[Tt]he\s+|^|\b(?:tanker|vessel|ship|carrier|freighter|bulker)\s+|"
       r"\b(?:M/[VTS]|M\.[VT]\.|MV|MT)\s+)" + NAME +
       r"(?:\s*\([^()]{1,40}\))?"
       # ("DORA (IMO ...), formerly known as SEA PEARL, a Cameroon-flagged tanker")
       r"(?:,\s+" + _FORMER_ASIDE + r")?"
       # ("Admiral Kuznetsov, Russia's only aircraft carrier,")
       # ("The Kite Forest, one of five Iranian tankers carrying gasoline to Venezuela,")
       r",\s+(?:a|an|the|both|another|also an?|one\s+of|"
       r"(?-i:[A-Z][\w-]*)['’]s(?=\s+(?:only|sole|largest|biggest|"
       r"newest|oldest|last|first|flagship|main|[a-z]+(?:-flagged|-owned)|[a-z]+\s+[a-z]+)\b))\s+"
       r"(?:(?:first|second|third|fourth|fifth|last|latest|final|largest|biggest|newest|oldest|"
       r"smallest)\s+of\s+(?:the\s+|its\s+|their\s+)?)?"
       # ("the X, a Palau-flagged, Ukrainian-owned bulk carrier": who owns it, after its flag)
       r"(?:(?P<flag3>" + _FLAG +
               r")" + _OTHER_MODS + r"\s+)?(?:" + _WORD + r"\s+){0,3}?(?P<type3>" + _TYPE + r")\b"
       # (not the kind of a ship named right after it: "In the Pacific, the tanker X loaded"; nor
       # whose the next words are: "in the Gulf of Oman, the vessel's manager said")
       r"(?![ \t]+[\"“‘']?(?-i:[A-Z]))(?!['’]s?\b)"),
    # a name with no article after a verb or a word of the clause, told a ship by what follows:
    # "OFAC is designating Heron Wren, a Panama-flagged vessel, and ..." (the kind ends the
    # aside, so that "Ivan Wren, a tanker captain," is a person still)
    rx(_AFTER_LOWER_WORD + NAME + r",\s+(?:a|an|also an?|the)\s+(?:(?P<flag3>" + _FLAG + r")" + _OTHER_MODS +
       r"\s+)?"
       r"(?:" + _WORD + r"\s+){0,3}?(?P<type3>" + _TYPE + r")" + _KIND_ENDS),
    # "Also designated today are Egret Sea and Ibis Star, tankers managed by ...": the same for
    # names listed, told ships by a plural kind
    rx(_AFTER_LOWER_WORD + r"(?!" + _NOT_NAME_WORD + r")(?P<name>" + _NAME_CORE + r")(?P<more>(?:,\s+" +
       _NAME_CORE + r")*,?\s+and\s+" + _NAME_CORE + r"),\s+(?:(?P<flag3>" + _FLAG + r")\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?P<type3>" + _TYPE + r")" + _KIND_ENDS),
    # "The Vilma, also Cuban-flagged, made two trips": a flag told in an aside
    # ("the tanker Grey Finch, also Russian-flagged,")
    rx(r"(?:\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?|^)" + NAME + r",\s+(?:also\s+|now\s+|likewise\s+)?"
       r"(?P<flag3>" + _FLAG + r")\s*[,;)]"),
    # "the Angara was a civilian ship", "The Ruta is a Cameroon-flagged tanker"
    # ("The Angara is not a large ship": still a ship, of another size)
    rx(r"(?:\b[Tt]he\s+|^)" + NAME + r"\s+(?:is|was)\s+(?:a|an|not\s+(?:a|an)(?=\s+(?!" + _TYPE +
       r")[a-z]+\s))\s+(?:(?P<flag3>" + _FLAG + r")\s+)?(?:" + _WORD + r"\s+){0,3}?(?P<type3>" + _TYPE +
       r")\b"),
    # Zircon and Flora, both Gabon-flagged tankers ("Zircon and Flora, both Gabon-flagged,")
    # (or "Both the Sea Kite and the Dunlin, Panama-flagged tankers")
    rx(r"\b(?!" + _NOT_NAME_WORD + r")(?P<name>" + _NAME_CORE + r")(?P<more>\s+and\s+(?:the\s+)?" +
       _NAME_CORE + r")(?:,\s+(?:(?:both|two|the two|a pair of)\s+"
       r"(?:(?P<flag3>" + _FLAG + r")\s+)?|(?P<flag5>" + _FLAG + r")\s+)(?:[\w-]+\s+){0,2}?"
       r"(?P<type3>" + _TYPE + r")\b|,\s+both\s+(?P<flag6>" + _FLAG_NAME + r"[- ]flagged)(?=\s*[,;.)]))"),
    # A second freighter, the Laodicea
    rx(r"\b(?:(?P<flag4>" + _FLAG + r")" + _OTHER_MODS + r"\s+(?:[\w-]+\s+){0,2}?)?\b(?P<type4>" + _TYPE +
               r"),\s+(?:the\s+)?(?:(?:M/V|MV|M/T|MT)\s+)?" + NAME +
       # "Two further tankers, the Zeal and the Tia,"
       r"(?P<more>,?\s(?:and|or)\s(?:the\s)?" + _NOT_FLAGGED + _TOK + r"(?:\s" + _TOK + r"){0,3})?"),
    # "from another carrier, the Voskhod,": a bare "carrier" is a ship where it is counted
    # among ships like this (not "the carrier said", which may be a firm)
    rx(r"\b(?i:another|a\s+(?:second|third|fourth|further|fellow|sister)|the\s+(?:other|second|"
       r"third))\s+(?P<type4>carrier),\s+(?:the\s+)?" + NAME + r"(?=\s*[,;.)]|\s+(?:and|which|that)\b)"
       r"(?!,\s+(?:said|says|told|announced|added|stated|confirmed|reported)\b)"),
    # "sinking one vessel, the Rubymar, and seizing another, the Galaxy Leader": the one left
    # unnamed is of the type told just before
    _ANOTHER,
    # "The vessel, which used the name Flora", "a tanker sailing under the name Flora"
    rx(r"\b(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<type4>(?i:" + _TYPE + r"))\b[^.;]{0,40}?\b"
       r"(?:used|uses|using|sailed\s+under|sails\s+under|sailing\s+under|went\s+by|goes\s+by|going\s+by|"
       r"operated\s+under|operating\s+under|traded\s+under|trading\s+under|bore|bears|bearing)\s+"
       r"the\s+name\s+(?:of\s+)?" + NAME),
    # "The tanker, named Silver Dune, ...": a ship described first and named after
    _NAMED_AFTER,
    # ("Officials identified it as the Kite Wren", "Tracking data identified the vessel as the X")
    rx(r"\b(?:identified|named)\s+(?:it|her|the\s+(?:ship|vessel|tanker|freighter|carrier|bulker|boat))\s+"
       r"as\s+(?:the\s+)?" + NAME),
    # "the 2006-built Eventin", "a Soviet-built tanker, the Kapitan X": a year built is a ship's
    # ("the 169-metre Mikhail Nenashev", "the 300,000-tonne Ocean Lark": a ship's size)
    rx(r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:\d{4}|[A-Z][a-z]+)-built|\d{2,3}(?:\.\d)?-?(?:metre|meter|m|foot|ft)"
       r"(?:-long)?|\d{1,3}(?:,\d{3})+[- ](?:tonne|ton|dwt|deadweight[- ]tonne))\s+"
       r"(?:(?:[\w-]+\s+){0,2}?(?P<type1>" +
       _TYPE + r"),?\s+(?:the\s+)?)?" + NAME),
    # "The Eventin, which flies the Panamanian flag, ...": a flag told after the name
    rx(r"(?:\b[Tt]he\s+|^)" + NAME + r",\s+(?:(?:which|that)\s+(?:now\s+|currently\s+)?"
       r"(?:flies|flew|sails under|sailed under|is sailing under|operates under|"
       r"(?:is|was) (?:registered|flagged) in)|(?:now\s+)?(?:flying|sailing under)\s+the)\b"),
    # "the Olenegorsky Gornyak landing ship": a warship's name before its class
    # (not a fleet's or a navy's name before a ship named after its class)
    rx(r"\b[Tt]he\s+(?P<name>(?![\w\s'’-]*\b(?:Fleet|Navy|Guard|Forces|Command|Flotilla)\b)"
       r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,3})\s+(?P<type2>landing ship|"
       r"(?:guided-missile |missile |patrol )?(?:cruiser|frigate|corvette|destroyer|submarine|"
       r"minesweeper)|icebreaker)s?\b(?!\s+[A-Z])"),
    # "transferred crude to the Lark Two, and the Wren Three to the Kite Four": a second pair of a
    # transfer, its verb left out
    rx(r"\b(?:transferred|pumped|passed|handed\s+over|offloaded|moved)\s+[^.;]{1,60}?\bto\s+the\s+"
       r"[A-Z][^,;.()]{1,40}?,?\s+and\s+the\s+" + NAME + r"\s+to\s+the\s+(?P<more>[A-Z][\w'’.\-]*"
       r"(?:\s(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,3})(?=[\s,.;])"),
    *_DEEDS,
    # 1. CASSIOPEIA STAR (list items) handled by the IMO pattern
]


# What may stand between the words of a name where it is used again ("Sea-Heron", "St. Nikolay").
_NAME_GAP = re.compile(r"[\s\-'’.]*")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


# One more of the ships the text has just spoken of, named in an aside that opens a sentence
# ("One of them, the Sin Phyong 5, later appeared ...")
_ANOTHER_ONE = rx(r"(?:Another|A second|A third|A fourth|The other|One)(?:\s+(?:one|such\s+\w+)|\s+of\s+"
                  r"(?:them|these|those|the\s+(?:\w+\s+)?(?:ships|vessels|tankers|freighters|carriers)))?,\s+"
                  r"(?:the\s+)?" + NAME + r",\s+(?!(?:said|says|told|added|noted)\b)[a-z]|"
                  # "Two cargo ships docked at Vostochny. One of them was the Rye Song Gang 1"
                  r"(?:One|Another|The\s+other)\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?"
                  r"(?:was|is|(?:has|had)\s+been(?=\s+\w+\s+as\b|\s+\w+\s+\w+\s+as\b))\s+"
                  r"(?:(?:later\s+|positively\s+|since\s+)?(?:identified|named|confirmed)\s+as\s+)?"
                  r"the\s+" + NAME.replace("<name>", "<name2>") + r"(?=\s*[,.;]|\s+(?:and|which|a)\b)")
# "Two others, the Rainbow and the Ocean Glory, moved to ...": two more of the ships told of
# ("A second pair, the Gytheio Wren and the Elafonisos Lark, was waiting nearby")
_OTHERS_PAIR = rx(r"(?:(?:Two|Both|The\s+other\s+two)\s+(?:others?|more)?|"
                  r"(?:A|The)\s+(?:second|third|further|other|next)\s+pair|Another\s+pair),?\s*(?:of\s+(?:them|these|those)\s*)?"
                  r",\s+"
                  r"the\s+" + NAME + r",?\s+and\s+the\s+" + NAME.replace("<name>", "<name2>") +
                  r",\s+(?!(?:said|says|told|added|noted)\b)[a-z]")
_FOLLOWED_SHIP = rx(r"The\s+" + NAME + r"\s+(?:then\s+|soon\s+|later\s+|also\s+)?followed\b"
                    r"(?=\s+(?:on|in|a\s+(?:day|week|month)|(?:\w+\s+){1,2}later|soon|shortly|suit)\b|\s*[,.;])"
                    r"(?:[^,.;]{0,40},?\s+and\s+the\s+" + NAME.replace("<name>", "<name2>") +
                    r"\s+(?:in|on)\s+(?=[A-Z\d]))?")
# ("12 Chinese sand dredgers ... One of them, the Lark Sand 3, was detained")
_SHIPS_BEFORE = rx(r"\b(?:tankers|vessels|ships|freighters|carriers|bulkers|ferries|dredgers|trawlers|"
                   r"jiggers|longliners|seiners|reefers|tugs|barges|dhows)\b")
# "... five DPRK-flagged vessels loading coal at Nampo. Two of them, the Sun Ri and the Ka Rim
# Chon, sailed ...": the ships of a group told just before, named
_SOME_OF_THEM = rx(r"(?:^|(?<=[.;:]\s))(?:Two|Three|Four|Five|Six|Both|Some|Several|Many|All|Most)\s+"
                   r"of\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:ships|vessels|tankers|freighters|"
                   # ("Two of the tankers that loaded in January, the X and the Y, were ...")
                   r"carriers|bulkers)(?:\s+(?:that|which)\s+[a-z][^,;.()]{0,60})?),\s+(?P<list>the\s+[A-Z][^,;.()]*(?:,\s+(?:and\s+)?"
                   r"(?:the\s+)?[A-Z][^,;.()]*)*),")
_LIST_ITEM_NAME = re.compile(r"(?:^|(?<=,\s)|(?<=\sand\s))(?:the\s+)?" + NAME +
                             r"(?=\s*(?:,|$|\s+and\s))")


# "the flag State of the tanker X, Sierra Leone,", "X (flag State: Togo)"
_FLAG_STATE_OF = rx(r"\bflag\s+[Ss]tate\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")
_STATE_AFTER = re.compile(r",\s+(?P<flag>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*[,;.)]")
_FLAG_IN_BRACKETS = re.compile(r"\s*\((?:[^()]{0,40}[;,]\s*)?flag(?:\s+[Ss]tate)?\s*:\s*"
                               r"(?P<flag>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*[;,)]")
# "Wren Halo (Aframax, Gabon)": a ship's kind and flag in brackets after its name
_KIND_FLAG_IN_BRACKETS = re.compile(r"\s*\(\s*(?P<kind>(?i:" + _TYPE + r"))\s*,\s*(?:flag(?:ged)?\s*:?\s*)?"
                                    r"(?P<flag>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*[;,)]")
_LEFT_REGISTRY = rx(r"\b(?:de-?registered|de-?flagged|removed\s+from\s+(?:its|the)\s+(?:registry|register)|"
                    r"struck\s+off|delisted)\b", re.I)


def _merge_into(analysis: Analysis, names: dict[str, str], own: str, key: str) -> None:
    """The vessel `own`, found by a cue of its own, is the vessel `key` under another name."""
    attrs = analysis.attrs("Vessel", key)
    for m in analysis.mentions:
        if m.type == "Vessel" and m.key == own:
            m.key = key
    for k, v in analysis.attributes.pop(("Vessel", own), {}).items():
        if k not in ("names", "former_names"):
            attrs.setdefault(k, v)
    for n, k in list(names.items()):
        if k == own:
            names[n] = key


def _add_former(analysis: Analysis, names: dict[str, str], key: str, former: str, start: int) -> None:
    """A former name of the vessel `key`, told at `start`: kept with it and marked in the text."""
    attrs = analysis.attrs("Vessel", key)
    attrs.setdefault("former_names", [])
    if former not in attrs["former_names"]:
        attrs["former_names"].append(former)
    own = normalize(former)
    if names.get(own) == own and own != key:
        # "the Aframax Kai, formerly the Bering, which has shuttled ...": the former name, taken
        # for a ship of its own by a cue of its own, is this ship
        _merge_into(analysis, names, own, key)
    names.setdefault(own, key)
    if not analysis.taken(start, start + len(former)):
        analysis.add(Mention(start, start + len(former), former, "Vessel", key))


class VesselExtractor:
    """Named vessels and their identifiers; runs before the gazetteer claims names."""

    name = "vessels"

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.text
        names: dict[str, str] = {}  # normalised name -> key of the vessel
        doc = analysis.doc
        at = text.rfind(doc.title, 0, doc.body_start) if doc.title else -1
        if at >= 0:  # "Timeline: the voyages of the Sea Breeze": a ship the title names by a cue
            self._register_cued(analysis, names, at, doc.title, title=True)
            for owned in _POSSESSED_SHIP.finditer(doc.title):  # "The Sparta IV's spring run"
                self._register_bare(analysis, names, at, owned, "name")
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            chunk = text[s:e]
            self._register_cued(analysis, names, s, chunk)
            self._flag_word_item(analysis, names, sent)
            self._hereafter(analysis, names, s, chunk)
            self._renamed_nameless(analysis, names, sent, chunk)
            self._former_now(analysis, names, s, chunk)
            self._former_names(analysis, names, s, chunk)
            self._names_sailed_under(analysis, names, s, chunk)
            self._renamed(analysis, names, s, chunk)
            self._became(analysis, names, s, chunk)
            self._alongside(analysis, names, s, chunk)
            self._name_field(analysis, names, sent, chunk)
            self._subject_of_its_deed(analysis, names, sent, chunk)
            self._subject_told_by_its_kind(analysis, names, sent, chunk)
            self._gapped_days(analysis, names, s, chunk)
            self._named_after_lead(analysis, names, sent, chunk)
            for pair in _STS_BETWEEN.finditer(chunk):  # "transfers between the X and the Y"
                if not re.match(r"(?i)ship-to-ship|STS", pair.group()) and not _AT_SEA.search(chunk):
                    continue  # "a transfer between Ivan Petrov and Anna Sokol in Dubai": no ships
                self._register_bare(analysis, names, s, pair, "a")
                self._register_bare(analysis, names, s, pair, "b")
            if _STS_WORD.search(chunk):
                # "The Chon Wren received refined petroleum from the Panama-flagged Sea Lark in a
                # ship-to-ship transfer": what took from a ship, or gave to one, at sea is a ship
                for pair in _STS_PARTY.finditer(chunk):
                    at = s + pair.end()
                    if any(FEW_WORDS.fullmatch(text, at, v.start)
                           for v in analysis.between(at, at + 50, "Vessel")):
                        self._register_bare(analysis, names, s, pair, "name")
            for nth in _ORDINAL_NAMED.finditer(chunk):
                # "Three cargo ships have docked at Port Sudan. ... The second, Kestrel Bay, docked
                # on 17 January": one of the ships counted just before
                # (further back where the ships are counted off in turn: "At least three tankers
                # ... || A second tanker, the Y, delivered ... || The third, the Z, ...")
                reach = 1200 if _COUNTED_OFF.search(text, max(0, s - 300), s) else 400
                if "-flagged" not in nth["name"] and "-registered" not in nth["name"] and \
                        _COUNTED_SHIPS.search(text, max(0, s - reach), s + nth.start()):
                    self._register_bare(analysis, names, s, nth, "name")
            for pair in _ORDINAL_PAIR.finditer(chunk):
                if _COUNTED_SHIPS.search(text, max(0, s - 400), s + pair.start()):
                    self._register_bare(analysis, names, s, pair, "name")
                    self._register_bare(analysis, names, s, pair, "name2")
            for board in _ABOARD_NAME.finditer(chunk):  # "coal shipped aboard the Sea Falcon"
                self._register_bare(analysis, names, s, board, "name")
                if board["name2"]:
                    self._register_bare(analysis, names, s, board, "name2")
            for shown in _CAPTIONED.finditer(chunk):
                if any(entry.kind == "Port" for entry in analysis.gazetteer.lookup(shown["place"])):
                    self._register_bare(analysis, names, s, shown, "name")
            for pair in ARROW_PAIR.finditer(chunk) if has_arrow(chunk) else ():
                # (under a lead on transfers, in the lines before: "Transfers we recorded off Lome")
                if ARROW_LOG.search(analysis.text, max(0, s - 600), s + pair.start()):
                    self._register_bare(analysis, names, s, pair, "name")
                    self._register_bare(analysis, names, s, pair, "name2")
            for met in _MET_AND_PASSED.finditer(chunk):  # two names that met and passed cargo
                self._register_bare(analysis, names, s, met, "name")
                self._register_bare(analysis, names, s, met, "name2")
            for sister in _SISTER_OF.finditer(chunk):
                group = next(g for g in ("name", "name2", "name3", "name4") if sister[g])
                opened = chunk[max(0, sister.start(group) - 4):sister.start(group)].lower()
                if group in ("name3", "name4") and sister[group].split()[0] in given_names() and \
                        not opened.endswith("the "):
                    continue  # ("Olga Petrova and her sister Anna Petrova": people)
                self._register_bare(analysis, names, s, sister, group)
                if sister["name"] and (of := _SISTER_OF_AFTER.match(chunk, sister.end())):
                    self._register_bare(analysis, names, s, of, "name")  # (and the one it is a sister of)
                if sister["name"] and sister.group().endswith("s") and \
                        (first := _SISTERS_FIRST.search(chunk[:sister.start()])) is not None:
                    self._register_bare(analysis, names, s, first, "name")
            for flagged in _FLAGGED_NAME.finditer(chunk):
                self._register_bare(analysis, names, s, flagged, "name")
            for owned in _POSSESSED_SHIP.finditer(chunk):  # "the Lira's crew"
                self._register_bare(analysis, names, s, owned, "name")
            for cleft in _CLEFT_SHIP.finditer(chunk):  # "It was the Lynx Bay that delivered the wheat"
                self._register_bare(analysis, names, s, cleft, "name")
            for did in DID_SO.finditer(chunk):
                if any(v.form == "name" for v in analysis.between(s, s + did.start(), "Vessel")):
                    self._register_bare(analysis, names, s, did, "name")
            called = _NAME_FLAG_CALL.match(chunk)
            if called and (any(x.kind in ("State", "Place") and x.form == "name" and x.country
                               for x in analysis.gazetteer.lookup(called["flag"]))
                           or re.fullmatch(r"[A-Z]{3}", called["flag"])
                           and called["flag"] in analysis.gazetteer.states):
                self._register_bare(analysis, names, s, called, "name")
            for some in _SOME_OF_THEM.finditer(chunk):
                if _SHIPS_BEFORE.search(text, max(0, s - 300), s + some.start("list")):
                    listed = some["list"]
                    for item in _LIST_ITEM_NAME.finditer(listed):
                        self._register_bare(analysis, names, s + some.start("list"), item, "name")
            others = _OTHERS_PAIR.match(chunk)
            if others and _SHIPS_BEFORE.search(text, max(0, s - 300), s):
                # "Two others, the Rainbow and the Ocean Glory, moved to Khor Fakkan"
                self._register_bare(analysis, names, s, others, "name")
                self._register_bare(analysis, names, s, others, "name2")
            one = _ANOTHER_ONE.match(chunk)
            # ("One of them was the X": "them" are the ships of the sentence just before)
            index = analysis.index_of(sent)
            reach = 300 if one is None or one["name"] or index == 0 else \
                s - analysis.sentences[index - 1].span.start
            if one and (_SHIPS_BEFORE.search(text, max(0, s - reach), s) or index and analysis.between(
                    analysis.sentences[index - 1].span.start, s, "Vessel")):
                # (or after a sentence about a named ship: "Among them, the Aframax Sea Wolf
                # ... Another, the Ocean Falcon, diverted ...")
                # "Several tankers have used false names. Another, the Coral Finch, ..."
                self._register_bare(analysis, names, s, one, "name" if one["name"] else "name2")
            dayed = list(DAYED_ITEM.finditer(chunk)) if "(" in chunk else []
            if len(dayed) > 1 and LIST_OF_SHIPS.search(chunk, 0, dayed[0].start()):
                for item in dayed:  # ("Kozmino loadings: Vetch Star (2 Oct), Willow Star (5 Oct)")
                    self._register_bare(analysis, names, s, item, "name")
            opener = _THE_NAME_OPENS.match(chunk)
            if opener is not None and index + 1 < len(analysis.sentences):
                after = analysis.sentences[index + 1]
                she = _SHE_DID.search(text, after.span.start, after.span.end)
                if after.paragraph == sent.paragraph and she is not None and \
                        not _THE_NAME.search(text, after.span.start, she.start()):
                    # "The Sea Lark is 21 years old. Last month she loaded 100,000 tonnes of
                    # Urals at Primorsk": the name the sentence before opened on, which "she"
                    # tells of doing what ships do
                    self._register_bare(analysis, names, s, opener, "name")
            for counted in _COUNTED_COLON.finditer(chunk):
                if not _SHIPS_TOLD.search(text, max(0, s - 400), s + counted.start()):
                    continue
                at, listed = counted.end(), []
                while (entry := _COLON_ITEM.match(chunk, at)) is not None:
                    listed.append(entry)
                    at = entry.end()
                    if not entry["sep"].strip():
                        break  # (the list ends: "the Z.")
                if len(listed) > 1 and not listed[-1]["sep"].strip():
                    for entry in listed:
                        self._register_bare(analysis, names, s, entry, "name")
            called = _AS_NOW_CALLED.match(chunk)
            if called is not None and (not called["who"].lower().startswith(("it", "she")) or index and (
                    _UNNAMED_SHIP_TOLD.search(text, analysis.sentences[index - 1].span.start, s) and
                    not analysis.between(analysis.sentences[index - 1].span.start, s, "Vessel"))):
                # ("as it is now called": after a sentence on a ship it names not)
                self._register_bare(analysis, names, s, called, "name")
            follow = _FOLLOWED_SHIP.match(chunk)
            if follow and (_SHIPS_BEFORE.search(text, max(0, s - 300), s) or index and analysis.between(
                    analysis.sentences[index - 1].span.start, s, "Vessel")):
                # "The NewNew Polar Bear was the first to arrive ... The Flying Fish 1 followed in
                # August, and the Xin Xin Tian 2 in September": ships that came after ships
                self._register_bare(analysis, names, s, follow, "name")
                if follow["name2"]:
                    self._register_bare(analysis, names, s, follow, "name2")
        if at >= 0:
            self._title_short_names(analysis, names, at, at + len(doc.title))
        self._columns(analysis, names)
        self._bullets(analysis, names)
        self._coordinated(analysis, names)
        self._described_before_named(analysis, names)
        self._in_fact(analysis, names)
        self._propagate(analysis, names)
        for sent in analysis.sentences:
            self._identifiers(analysis, sent.span.start, text[sent.span.start:sent.span.end])
            self._flag_of_list(analysis, sent.span.start, text[sent.span.start:sent.span.end])
        self._group_flags(analysis)
        self._flag_states(analysis)
        told_flag = {key for (etype, key), attrs in analysis.attributes.items()
                     if etype == "Vessel" and (attrs.get("flag") or attrs.get("mmsi"))}
        self._nationality_flags(analysis, told_flag)
        for (etype, _key), attrs in analysis.attributes.items():
            # a flag the text does not state is read from the MMSI's first three digits
            if etype == "Vessel" and attrs.get("mmsi") and not attrs.get("flag"):
                flag = mmsi_flag(attrs["mmsi"])
                if flag:
                    attrs["flag"] = flag

    @staticmethod
    def _title_short_names(analysis: Analysis, names: dict[str, str], start: int, end: int) -> None:
        """A ship the title names by the first or last words of the name the text gives one ship
        ("Vessel named Hope detained in Rotterdam" over "the general cargo ship Hope Wren"), and
        that the text does not name so itself, is that ship."""
        body = analysis.between(end, len(analysis.text) + 1, "Vessel")
        for key in {m.key for m in analysis.between(start, end, "Vessel")}:
            if any(m.key == key for m in body):
                continue
            longer = {k for told, k in names.items() if k != key and (
                told.startswith(key + " ") or told.endswith(" " + key))}
            if len(longer) != 1:
                continue
            target = longer.pop()
            for m in analysis.between(start, end, "Vessel"):
                if m.key == key:
                    m.key = target
            for told, k in list(names.items()):
                if k == key:
                    names[told] = target
            short = analysis.attributes.pop(("Vessel", key), {})
            attrs = analysis.attrs("Vessel", target)
            for name in short.get("names", []):
                if name not in attrs.setdefault("names", []):
                    attrs["names"].append(name)
            for field_, value in short.items():
                if field_ != "names":
                    attrs.setdefault(field_, value)

    @staticmethod
    def _nationality_flags(analysis: Analysis, told: set[str]) -> None:
        """"The DPRK tanker Yu Son", "the Iranian tanker Sahand": a state's name or adjective
        right before the ship's kind and name is its flag, where the text states none."""
        text = analysis.text
        for v in analysis.mentions:
            if v.type != "Vessel" or v.form != "name" or v.key in told:
                continue
            navy = _NAVY_OPENS.match(v.text) or _NAVY_BEFORE.search(text, max(0, v.start - 8), v.start)
            kind = analysis.attrs("Vessel", v.key).get("vessel_type") or ""
            if navy is not None and not _MERCHANT.search(kind):  # "USS Mason": the navy's state
                analysis.attrs("Vessel", v.key).setdefault("flag", NAVY_PREFIXES[navy["navy"]])
                told.add(v.key)
                continue
            m = _NATION_KIND.search(text, max(0, v.start - 60), v.start)
            if m is None:
                continue
            code = _nation_code(analysis, m["nation"])
            if code:
                analysis.attrs("Vessel", v.key).setdefault("flag", code)
                told.add(v.key)

    @staticmethod
    def _flag_states(analysis: Analysis) -> None:
        """A flag told as the ship's flag State: "the flag State of the tanker X, Sierra Leone,"
        or "X (flag State: Togo)"; not where the sentence says the ship left that registry."""
        text = analysis.text
        for v in analysis.mentions:
            if v.type != "Vessel":
                continue
            told = None
            if _FLAG_STATE_OF.search(text, max(0, v.start - 60), v.start):
                told = _STATE_AFTER.match(text, v.end)
            told = told or _FLAG_IN_BRACKETS.match(text, v.end)
            kind = _KIND_FLAG_IN_BRACKETS.match(text, v.end) if told is None else None
            if kind is not None and _flag_code(analysis, kind["flag"]):
                told = kind
                attrs = analysis.attrs("Vessel", v.key)
                if not attrs.get("vessel_type"):
                    attrs["vessel_type"] = type_label(kind["kind"])
            if told is None:
                continue
            sent = analysis.sentence_at(v.start)
            if sent is not None and _LEFT_REGISTRY.search(text, sent.span.start, sent.span.end):
                continue  # "... which replied that the vessel had been removed from its registry"
            code = _flag_code(analysis, told["flag"])
            if code:
                analysis.attrs("Vessel", v.key).setdefault("flag", code)

    def _columns(self, analysis: Analysis, names: dict[str, str]) -> None:
        """A table whose header has a ship column ("Vessel   Date   Port"): the names in that
        column of the rows below it, while the rows have as many cells as the header."""
        text = analysis.text
        column: int | None = None
        imo_col: int | None = None
        flag_col: int | None = None
        type_col: int | None = None
        other: int | None = None
        width = 0
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            row = cells(text, s, e) if opens_line(text, s) and closes_line(text, e) else []
            if len(row) < 2:
                column = None
                continue
            heads = [i for i, (_, c) in enumerate(row) if SHIP_COLUMN.fullmatch(c)]
            sides = [i for i, (_, c) in enumerate(row) if _OTHER_SHIP_COLUMN.fullmatch(c)]
            if not heads and len(sides) >= 2:
                # "| Supplying vessel | Receiving vessel |": both sides named by their roles
                heads, sides = sides[:1], sides[1:]
            if heads:
                column, width = heads[0], len(row)
                # the other side's column in a table of transfers ("Counterpart")
                other = next((i for i in sides if i != heads[0]), None)
                # and the columns that give the ship's number and flag
                imo_col = next((i for i, (_, c) in enumerate(row) if _IMO_COLUMN.fullmatch(c)), None)
                flag_col = next((i for i, (_, c) in enumerate(row) if _FLAG_COLUMN.fullmatch(c)),
                                None)
                type_col = next((i for i, (_, c) in enumerate(row) if _TYPE_COLUMN.fullmatch(c)),
                                None)
                continue
            if column is None or len(row) != width:
                column = None
                continue
            partner = self._cell_name(analysis, names, row[other]) if other is not None else None
            name = self._cell_name(analysis, names, row[column])
            if name:
                if partner and names[normalize(partner)] != names[normalize(name)]:
                    analysis.pair_rows[s] = (names[normalize(name)], names[normalize(partner)])
                attrs = analysis.attrs("Vessel", names[normalize(name)])
                number = re.sub(r"^IMO\s*", "", row[imo_col][1]) if imo_col is not None else ""
                if re.fullmatch(r"\d{7}", number) and imo_valid(number):
                    attrs.setdefault("imo", number)
                code = _flag_code(analysis, row[flag_col][1]) if flag_col is not None else None
                if code:
                    attrs.setdefault("flag", code)
                # ("| Azure Sky | Aframax | Gabon |": the kind its column gives)
                kind = type_label(row[type_col][1]) if type_col is not None and _TYPE_CELL.fullmatch(
                    row[type_col][1].strip()) else None
                if kind:
                    attrs.setdefault("vessel_type", kind)

    def _bullets(self, analysis: Analysis, names: dict[str, str]) -> None:
        """"Recent loadings at Kozmino:" and the ships that open the bulleted lines below it
        ("- Vega: 3 May"); and a list item that opens on a name set off by a dash before how it
        moved ("3/ URSA MAJOR - northbound Dec 5", "- Pale Finch: loaded at Nampo"), under any head."""
        text = analysis.text
        for sent in analysis.sentences:
            if not opens_line(text, sent.span.start):
                continue
            m = _ITEM_MOVES.match(text, sent.span.start, sent.span.end)
            name = _trim_name(clean_name(m["name"])) if m else ""
            # (a name of one word in capitals, or of more, and a time or port told: not "Update -
            # departed from ...")
            # (or a deed only a ship does: "spoofed its position")
            if m and name and (" " in name or name.isupper()) and (sent.times or analysis.between(
                    m.end(), sent.span.end, "Port") or m["own"]) and _name_ok(name, analysis) and \
                    not analysis.gazetteer.lookup(name) and name.split()[0].rstrip(".") not in _TITLES \
                    and not (m["mark"] in (",", None) and name.split()[0] in given_names()):
                # ("1. Kite Aster, loaded Tuapse 4 July": not "- Sergei Ivanov, arrived in Moscow")
                self._register(analysis, names, name, m.start("name"), None, None)
                continue
            m = _ITEM_FLAGGED.match(text, sent.span.start, sent.span.end)
            name = _trim_name(clean_name(m["name"])) if m else ""
            code = _flag_code(analysis, m["state"]) if m else None
            if m and name and code and (" " in name or name.isupper()) and _name_ok(name, analysis) and \
                    not analysis.gazetteer.lookup(name) and name.split()[0].rstrip(".") not in _TITLES:
                self._register(analysis, names, name, m.start("name"), None, None)
                analysis.attrs("Vessel", names[normalize(name)]).setdefault("flag", code)
        for head, item in bulleted_items(analysis):
            if not LIST_OF_SHIPS.search(text, head.span.start, head.span.end):
                continue
            m = _BULLET_NAME.match(text, item.span.start, item.span.end)
            name = _trim_name(clean_name(m["name"])) if m else ""
            if m and name and _name_ok(name, analysis) and not analysis.gazetteer.lookup(name):
                self._register(analysis, names, name, m.start("name"), None, None)
                # ("Kite Neva - Gabon - 3-5 Sept": the column after the name gives its flag)
                field = _FLAG_FIELD.match(text, m.end("name"), item.span.end)
                if field is not None:
                    code = _flag_code(analysis, field["state"])
                    if code:
                        analysis.attrs("Vessel", names[normalize(name)]).setdefault("flag", code)

    def _flag_word_item(self, analysis: Analysis, names: dict[str, str], sent: Sentence) -> None:
        """"- Kite Rason (Sierra Leone flag, formerly Kite Minerva): loaded coal at Taean": a list
        line opening on a name with its flag told as one in brackets is a ship (with the name it
        had before, where the brackets tell it); so is a port's log line, "Tartus: Kite Sparta
        (Russia) departed 23 Feb", that names a ship with its flag and a deed."""
        text = analysis.text
        m = _ITEM_FLAG_WORD.match(text, sent.span.start, sent.span.end)
        if m is None:
            section = _SECTION_FLAGGED.match(text, sent.span.start, sent.span.end)
            if section is not None and any(e.kind == "Port"
                                           for e in analysis.gazetteer.lookup(section["head"])):
                m = section
        name = _trim_name(clean_name(m["name"])) if m else ""
        code = _flag_code(analysis, m["state"]) if m else None
        if m is None or not name or not code or not _name_ok(name, analysis) or \
                analysis.gazetteer.lookup(name) or name.split()[0].rstrip(".") in _TITLES:
            return
        self._register(analysis, names, name, m.start("name"), None, None)
        key = names.get(normalize(name))
        if key is None:
            return
        analysis.attrs("Vessel", key).setdefault("flag", code)
        told_old = m.groupdict().get("old")
        old = _trim_name(clean_name(told_old)) if told_old else ""
        if old and _name_ok(old, analysis) and normalize(old) not in names:
            _add_former(analysis, names, key, old, m.start("old"))

    def _cell_name(self, analysis: Analysis, names: dict[str, str],
                   cell: tuple[int, str]) -> str | None:
        """The ship a table's cell names, registered; None if it names none."""
        start, text = cell
        told = _CELL_BRACKETS.fullmatch(text)
        if told is not None:
            # "Artemis (Gabon)", "Artemis (IMO 9305623)": the name, with its flag or number
            text = told["name"]
        name = _trim_name(clean_name(text))
        # a ship may be named after a place or a port ("Sakhalin Island"): in a ship's column it
        # is the ship, not after a state ("Russia" in a row of totals)
        if not (_name_ok(name, analysis) and name[:1].isupper() and
                not any(e.kind == "State" for e in analysis.gazetteer.lookup(name))) or \
                _NO_SHIP_CELL.fullmatch(name):
            return None
        self._register(analysis, names, name, start + text.find(name.split()[0]), None, None)
        if told is not None:
            attrs = analysis.attrs("Vessel", names[normalize(name)])
            inside = told["inside"].strip()
            number = re.sub(r"^IMO[\s:.]*", "", inside)
            if re.fullmatch(r"\d{7}", number) and imo_valid(number):
                attrs.setdefault("imo", number)
            elif (code := _flag_code(analysis, inside)) is not None:
                attrs.setdefault("flag", code)
        return name

    def _coordinated(self, analysis: Analysis, names: dict[str, str]) -> None:
        """"the Pale Heron and the Kestrel conducted a ship-to-ship transfer": in a sentence
        about ships acting together, a name joined by "and" to a known vessel is a vessel."""
        if not names:
            return
        text = analysis.text
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            if not _JOINT.search(text, s, e):
                continue
            for m in _COORD.finditer(text, s, e):
                a, b = _trim_name(clean_name(m["a"])), _trim_name(clean_name(m["b"]))
                known_a, known_b = normalize(a) in names, normalize(b) in names
                if known_a == known_b:
                    continue
                new, group = (b, "b") if known_a else (a, "a")
                if _name_ok(new, analysis) and new.split()[0].rstrip(".") not in _TITLES:
                    start = m.start(group) + m[group].find(new.split()[0])
                    self._register(analysis, names, new, start, None, None)

    @staticmethod
    def _described_before_named(analysis: Analysis, names: dict[str, str]) -> None:
        """"A Cameroon-flagged crude tanker ... The tanker, named Silver Dune": the flag the
        unnamed ship was introduced with, in the paragraph so far, is the named one's."""
        text = analysis.text
        for sent in analysis.sentences:
            for m in _NAMED_AFTER.finditer(text, sent.span.start, sent.span.end):
                key = names.get(normalize(_trim_name(clean_name(m["name"]))))
                if key is None or analysis.attrs("Vessel", key).get("flag"):
                    continue
                # the paragraph so far and the one before it (a news story's lead)
                start = min(x.span.start for x in analysis.sentences
                            if sent.paragraph - 1 <= x.paragraph <= sent.paragraph)
                head = m["type4"].lower().rstrip("s").split()[-1]
                # ("a Togo-flagged cargo ship ... The vessel, identified as the DE YI": "vessel"
                # and "ship" name any kind)
                intro = [d for pat in (_DESCRIBED, _DESCRIBED_FLYING)
                         for d in pat.finditer(text, start, m.start())
                         if d["type"].lower().rstrip("s").split()[-1] == head
                         or head in ("vessel", "ship")]
                if len(intro) == 1:  # one such ship described: it is this one
                    code = _flag_code(analysis, intro[0]["flag"])
                    if code:
                        analysis.attrs("Vessel", key)["flag"] = code

    @staticmethod
    def _in_fact(analysis: Analysis, names: dict[str, str]) -> None:
        """"One vessel, broadcasting the name Sea Wren 3, was photographed at Longkou. Its hull
        markings showed that it was in fact the Ka Kite": the one ship named just before is the
        ship named as what it really was (the name it used, another of its names)."""
        text = analysis.text
        for index, sent in enumerate(analysis.sentences):
            m = _REALLY_THE.search(text, sent.span.start, sent.span.end)
            if m is None or index == 0:
                continue
            true = names.get(normalize(_trim_name(clean_name(m["name"]))))
            prev = analysis.sentences[index - 1]
            told = {v.key for v in analysis.in_sentence(prev, "Vessel") if v.form == "name"}
            if true is None or len(told) != 1 or prev.paragraph < sent.paragraph - 1 or \
                    any(v.key != true for v in analysis.between(sent.span.start, m.start(), "Vessel")
                        if v.form == "name"):
                continue
            used = told.pop()
            if used != true:
                _merge_into(analysis, names, used, true)

    @staticmethod
    def _group_flags(analysis: Analysis) -> None:
        """"Two Russian-flagged cargo ships ... The SPARTA IV ... URSA MAJOR": the vessels named
        next in the paragraph fly the flag the group was introduced with."""
        for sent in analysis.sentences:
            for m in _GROUP_FLAG.finditer(analysis.text, sent.span.start, sent.span.end):
                code = _flag_code(analysis, m["flag"])
                if not code:
                    continue
                limit = max(s.span.end for s in analysis.sentences if s.paragraph == sent.paragraph)
                keys: list[str] = []
                for v in sorted(analysis.mentions, key=lambda v: v.start):
                    if v.type == "Vessel" and m.end() <= v.start < limit and v.form == "name" \
                            and v.key not in keys:
                        keys.append(v.key)
                for key in keys[:_GROUP_SIZE[m["n"].lower()]]:
                    analysis.attrs("Vessel", key).setdefault("flag", code)
        # "at least 14 North Korean-flagged vessels unloaded coal ... || One of them, the X, made
        # four such trips": a member of a counted group flies its flag
        text = analysis.text
        for index, sent in enumerate(analysis.sentences):
            for m in _ONE_OF_THEM.finditer(text, sent.span.start, sent.span.end):
                ship = next((v for v in analysis.between(m.end(), m.end() + 1, "Vessel")
                             if v.form == "name" and v.start == m.end()), None)
                if ship is None:
                    continue
                back = [x for x in analysis.sentences[max(0, index - 2):index + 1]
                        if sent.paragraph - x.paragraph <= 1]
                codes = {_flag_code(analysis, g["flag"]) for x in back
                         for g in _COUNTED_FLAG.finditer(text, x.span.start, min(x.span.end, m.start()))}
                if len(codes) == 1 and (code := codes.pop()):
                    analysis.attrs("Vessel", ship.key).setdefault("flag", code)

    def _cued_spaced(self, chunk: str) -> list[dict[str, Any]]:
        """`_cued` on the sentence with runs of spaces read as one: Markdown's emphasis is
        blanked in place ("vessels *Angara*, *Maria*" reads "vessels  Angara,  Maria"), which
        the cue patterns, written for single spaces between words, would not see as a list."""
        if "  " not in chunk:
            return self._cued(chunk)
        where = [i for i, c in enumerate(chunk) if c != " " or i == 0 or chunk[i - 1] != " "]
        squeezed = "".join(chunk[i] for i in where)
        found = []
        for m in self._cued(squeezed):
            lead = _ARTICLE.match(m["name_text"])
            if lead and lead.end() < len(m["name_text"]):
                # ("The  Angara  (IMO ...)", from "The *Angara*": the article is no part of it)
                m = {**m, "offset": m["offset"] + lead.end(), "name_text": m["name_text"][lead.end():],
                     "name": re.sub(r"^(?:[Tt]he)\s+", "", m["name"])}
            start = where[m["offset"]]
            end = where[m["offset"] + len(m["name_text"]) - 1] + 1
            if "  " in chunk[start:end]:
                continue  # a name broken by markup inside it: its words are not one name here
            found.append({**m, "offset": start, "name_text": chunk[start:end]})
        return found

    def _register_cued(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str,
                       title: bool = False) -> None:
        """The names a type word, a flag, an identifier or a ship's deed cues in `chunk` (at `s`;
        a `title`'s, in its terse grammar, only where no gazetteer knows the name: "a renamed
        freighter, Hodeidah calls" names no ship)."""
        text = analysis.text
        for m in self._cued_spaced(chunk):
            name = _cut_of(_trim_name(clean_name(m["name"])), analysis)
            if title and (analysis.gazetteer.lookup(name) or known_org(name)):
                continue  # ("Houthis hit two ships", a title: the body known by name)
            if m["weak"] and known_org(name):
                continue  # ("the Houthis attacked the X": a body known by name does what ships do)
            if not _name_ok(name, analysis) or m["weak"] and (any(
                    e.kind == "State" or " " in name for e in analysis.gazetteer.lookup(name))
                    or name.split()[-1].lower() in _BUILT_ASHORE | _AGENCY_LAST | _CREW_LAST
                    or normalize(name) in _INSTITUTIONS or _BODY_WORD.search(name)
                    or name in _TITLES):
                # "Moscow reappeared": a capital is a ship only where a type says so; nor is
                # "the Panama Canal" whose managers are told of, nor "The Crimean Bridge"
                # struck by missiles
                continue
            if m.get("before_type") and not _names_one_ship(name, analysis):
                continue
            start = s + m["offset"] + m["name_text"].find(name.split()[0])
            if analysis.quoted and text.startswith(name, start):
                # ("the vessel under the flag of Cameroon «Sea Lion»": the name is what the quotes
                # set apart, not the word before them)
                inner = next(((a, b) for a, b in analysis.quoted if start < a and b <= start + len(name)
                              and not text[start:a].strip().endswith(("-", "’", "'"))), None)
                if inner is not None:
                    told = text[start:inner[0]].strip()
                    if m.get("flag") and told and \
                            text[max(s, start - len(m["flag"]) - 1):start].rstrip().endswith(m["flag"]):
                        # ("under the flag of Sierra Leone «Sea Lion»": the flag's words run to the quote)
                        m = {**m, "flag": f'{m["flag"]} {told}'}
                    start, name = inner[0], text[inner[0]:inner[1]]
            if m.get("flag") and any(e.kind == "State" for e in analysis.gazetteer.lookup(
                    f'{m["flag"]} {name.split()[0]}')):
                continue  # "under the flag of Sierra Leone, the X": the flag's last word, no name
            if m.get("before_type") and (prev := _APPOSED_BEFORE_TYPE.search(
                    text, max(s, start - 80), start)) and not analysis.gazetteer.lookup(prev["prev"]):
                continue  # "the Sparta IV, the Oboronlogistika freighter": its operator's name
            if analysis.gazetteer.lookup(name) and _PLACE_BEFORE.search(
                    text, max(s, start - 30), start):
                continue  # "switched off its transponder in the Black Sea, the cargo ship X ..."

            if m["weak"] and _runs_into_place(analysis, start, name):
                continue  # "transfers ... to the Democratic People's Republic of Korea"
            if m["weak"] and _WITNESS_BY.search(text, max(0, start - 40), start):
                continue  # "according to imagery obtained by the Panel loaded coal at Nampo": who
                # obtained it, not a ship
            self._register(analysis, names, name, start, m.get("type"), m.get("flag"))
            navy = _NAVY_PREFIX.search(text, max(s, start - 8), start)
            if navy and normalize(name) in names:
                # "USS Carney": the navy's prefix is part of the name it gives (an alias)
                prefixed = analysis.attrs("Vessel", names[normalize(name)]).setdefault(
                    "prefixed", [])
                if f"{navy[1]} {name}" not in prefixed:
                    prefixed.append(f"{navy[1]} {name}")

    def _cued(self, chunk: str) -> list[dict[str, Any]]:
        """Names introduced by a type word, a flag, an identifier or an apposition."""
        bullet = _ITEM_HEAD.match(chunk)
        if bullet is not None and bullet.end() < len(chunk):
            # "* SEA HORIZON, a Suezmax ..., loaded at ...": a list item reads as a sentence too
            found = self._cued_item(chunk)
            seen = {(m["offset"], m["name"]) for m in found}
            return found + [m for m in ({**m, "offset": m["offset"] + bullet.end()}
                                        for m in self._cued_item(chunk[bullet.end():]))
                            if (m["offset"], m["name"]) not in seen]
        return self._cued_item(chunk)

    def _cued_item(self, chunk: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        rescan: list[int] = []  # where a list the cue took in opens a noun of its own
        for pat in candidates(_CUED, chunk):
            for m in pat.finditer(chunk):
                if pat is not _BEFORE_TYPE and _TYPE_AFTER.match(chunk, m.end("name")):
                    continue  # "a Panama-flagged LPG carrier": LPG is the type, not a name
                if _SPEAKS.match(chunk, m.end("name")):
                    continue  # "Two tankers, the Treasury said, were seized": who says is no ship
                if _SITE_AFTER.match(chunk, m.end("name")):
                    continue  # "lifted cargoes from the Arctic LNG 2 project": a place of work
                if pat is _SHIPS_THAT and _BODY_SAID.match(chunk, m.end()):
                    continue  # "Two tankers collided ..., the Maritime and Port Authority of
                    # Singapore said": who says is no ship
                gd = m.groupdict()
                told = next((k for k in ("type1", "type2", "type3", "type4", "type5") if gd.get(k)), None)
                if told and m.end(told) <= m.start("name") and _CELL_GAP.search(
                        chunk, m.end(told), m.start("name")):
                    continue  # "| Receiving vessel | Location |": a table's next cell, no name
                if pat in _HEADED:
                    check, reach = _HEADED[pat]
                    head = check.search(chunk, max(0, m.start() - reach), m.start())
                    if head is None and pat is _LISTED and _COLON_THE.match(chunk, m.start()):
                        head = _SHIPS_BEFORE_COLON_THE.search(chunk, max(0, m.start() - reach), m.start())
                    if head is None:
                        continue
                    gd["type2"] = head["type2"]
                if gd.get("imo7") and not imo_valid(gd["imo7"]):
                    continue  # a bare number in brackets is an IMO number only if it checks
                vtype = next((gd[k] for k in ("type1", "type2", "type3", "type4", "type5") if gd.get(k)),
                             None)
                if vtype and vtype.lower() in ("m/t", "mt"):
                    vtype = "tanker"  # a motor tanker
                elif vtype and vtype.lower() in ("m/v", "mv", "ss", "hms", "uss", "usns",
                                                 "hmas", "hmcs", "hmnzs", "rfs", "tcg", "roks"):
                    vtype = None
                flag = next((gd[k] for k in ("flag", "flag3", "flag4", "flag5", "flag6") if gd.get(k)), None)
                lead = _FLAG_LEAD.match(gd["name"])
                own_flag = bool(lead and not flag)
                if lead and not flag:  # "the vessels, the Panama-flagged CH Billion": its flag
                    flag = lead.group().rstrip()
                if flag:
                    flag = _FLAG_WORD.sub("", flag)
                # "the Liberia- and Panama-flagged tankers X and Y": a flag for each ship in turn
                told = next((k for k in ("flag", "flag3", "flag4", "flag5", "flag6") if gd.get(k)), None)
                hanging = _HANGING_FLAG.search(chunk, max(0, m.start(told) - 60),
                                               m.start(told)) if told else None
                first = len(found)
                found.append({"name": gd["name"], "name_text": chunk[m.start("name"):m.end("name")],
                              "offset": m.start("name"), "type": vtype, "flag": flag,
                              "weak": pat in _BY_DEEDS, "before_type": pat is _BEFORE_TYPE})
                more = gd.get("more")
                if more and pat not in _BY_DEEDS and re.search(r"\b(?:and|or)\s+the\s", more) and \
                        not ((vtype or "").lower().endswith("s") or gd.get("plural") or gd.get("flag6")):
                    more = None  # "the tanker Pale Heron and the Kremlin": "the" opens its own noun
                    rescan.append(m.start("more"))  # (which may be a ship's own cue: "and the Aframax X")
                if more:
                    base = m.start("more")
                    more = re.sub(r"\([^()]*\)|" + _LIST_DAY, lambda p: " " * len(p.group()), more)
                    for part in re.finditer(_TOK + r"(?:\s" + _TOK + r"){0,3}", more):
                        word = part.group()
                        if word.lower() in ("and", "or") or word.split()[0].rstrip(".") in _TITLES and \
                                gd["name"].split()[0].rstrip(".") not in _TITLES \
                                or re.search(r"-(?:flagged|registered)\b", word):
                            continue  # "and the Togo-flagged Aframax Pella": its own cue's
                        # ("the Cameroon-flagged Ocean Pearl and the Nordic Star": the first's flag)
                        theirs = None if own_flag and re.search(r"\bthe\s+$", more[:part.start()]) \
                            else flag
                        found.append({"name": word, "name_text": word, "weak": False,
                                      "offset": base + part.start(), "type": vtype, "flag": theirs})
                for gap in _GAP_ITEM.finditer(gd.get("gaps") or ""):
                    found.append({"name": gap["n"], "name_text": gap["n"], "weak": True,
                                  "offset": m.start("gaps") + gap.start("n"), "type": None, "flag": None})
                if not gd.get("more") and ((vtype or "").lower().endswith("s") or gd.get("plural")) and \
                        (rel := _AND_AFTER_ASIDE.match(chunk, m.end("name"))) is not None:
                    # "the tankers Grey Mallard, which carried Russian crude to India, and Dusk
                    # Mallard": the second of the ships the plural names, after an aside
                    found.append({"name": rel["second"], "name_text": rel["second"], "weak": False,
                                  "offset": rel.start("second"), "type": vtype, "flag": flag})
                if hanging:
                    named = found[first:]
                    # (not "Liberia- or Panama-flagged", nor two flags for three ships)
                    respective = hanging["join"] == "and" and len(named) == 2
                    for k, entry in enumerate(named):
                        entry["flag"] = (hanging["first"], flag)[k] if respective else None
        seen = {(m["offset"], m["name"]) for m in found}
        for at in rescan:
            for item in self._cued_item(chunk[at:]):
                if (item["offset"] + at, item["name"]) not in seen:
                    found.append({**item, "offset": item["offset"] + at})
        return found

    def _register_bare(self, analysis: Analysis, names: dict[str, str], offset: int,
                       m: re.Match[str], group: str) -> None:
        """A name cued by where it stands, with no type word: not a place, state or title."""
        name = _trim_name(clean_name(m[group]))
        if _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) and \
                name.split()[0].rstrip(".") not in _TITLES:
            start = offset + m.start(group) + m[group].find(name.split()[0])
            self._register(analysis, names, name, start, None, None)

    def _register(self, analysis: Analysis, names: dict[str, str], name: str, start: int,
                  vtype: str | None, flag: str | None) -> None:
        # "the Saam FSU" and "the Saam floating storage unit" are one storage ship
        base = STORAGE_SUFFIX.sub("", name)
        if base == name and vtype is None and flag is None and normalize(name) not in names:
            # "The tanker Ocean Marisol arrived ... The Marisol had loaded the fuel at Jose": a
            # ship told again by the last words of its name (of one ship only), with no cue of
            # its own, soon after it was named in full in a sentence before (not a Maria a page
            # after a Lady Maria, nor one listed with her: "The Lady Maria, Angara and Maria")
            tail = " " + normalize(name)
            longer = {key for told, key in names.items() if told.endswith(tail)}
            sent = analysis.sentence_at(start)
            begun = sent.span.start if sent is not None else start
            if len(longer) == 1 and any(
                    m.key in longer for m in analysis.between(max(0, start - 400), begun, "Vessel")) and \
                    not any(m.key in longer for m in analysis.between(begun, start + 200, "Vessel")):
                names[normalize(name)] = longer.pop()
        key = names.setdefault(normalize(base), normalize(base)) if base != name and base else \
            names.setdefault(normalize(name), normalize(name))
        names.setdefault(normalize(name), key)
        if analysis.taken(start, start + len(name)):
            # Found before by another cue ("a Maltese-flagged bulk carrier, the Star Helena (IMO
            # ...)"): this cue may still give its type and flag.
            if not any(m.type == "Vessel" and m.key == key and m.start == start
                       for m in analysis.between(start, start + 1)):
                return
        else:
            analysis.add(Mention(start, start + len(name),
                                 analysis.text[start:start + len(name)], "Vessel", key))
        attrs = analysis.attrs("Vessel", key)
        attrs.setdefault("names", [])
        if name not in attrs["names"]:
            attrs["names"].append(name)
        label = type_label(vtype)
        if label and not attrs.get("vessel_type"):
            attrs["vessel_type"] = label
        if flag:
            code = _flag_code(analysis, flag)
            if code:
                attrs.setdefault("flag", code)

    @staticmethod
    def _hereafter(analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"the Kum Un San No. 3 (hereafter Kum Un San)": the short name a report gives a ship
        is the ship's."""
        if "(here" not in chunk and "(hence" not in chunk:
            return
        for v in analysis.between(s, s + len(chunk), "Vessel"):
            short = _HEREAFTER.match(analysis.text, v.end)
            if short is None or v.form != "name":
                continue
            name = short["short"]
            names.setdefault(normalize(name), v.key)
            attrs = analysis.attrs("Vessel", v.key)
            if name not in attrs.setdefault("names", []):
                attrs["names"].append(name)
            start = short.start("short")
            if not analysis.taken(start, start + len(name)):
                analysis.add(Mention(start, start + len(name), name, "Vessel", v.key))

    def _former_names(self, analysis: Analysis, names: dict[str, str], s: int,
                      chunk: str) -> None:
        for pat in (_FORMER, _AS_NAME, _AS_UNTIL, _UNTIL_AS, _RENAMED_FROM):
            for m in pat.finditer(chunk):
                former = _trim_name(clean_name(m["name"]))
                if not former or former.split()[0].lower() in _NOT_NAME or \
                        not _name_ok(former, analysis):
                    continue  # "previously registered as Iranian-flagged": no name
                if re.search(r"(?:\b(?i:the)\s+(?i:port|harbou?r)|\b(?:port|harbou?r|city|town|terminal|"
                             r"country|state|region|island))\s*,?\s*$", chunk[:m.start()]):
                    continue  # "the port formerly called Illichivsk" renames a place, not a ship
                    # (not "the tanker Lark Harbour, formerly known as ...")
                head = self._apposition_head(analysis, names, s, chunk, m.start())
                item = _ITEM_MOVES.match(chunk) if head is None else None
                if item is not None and item["mark"] == "," and \
                        not chunk[item.end("name"):m.start()].strip(" *_,"):
                    # "- Sumac Star, previously named Sumac, discharged diesel at Samsun": the
                    # ship the list's line opens on (see `_bullets`)
                    name = _trim_name(clean_name(item["name"]))
                    if name and _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) and \
                            name.split()[0] not in given_names():
                        self._register(analysis, names, name, s + item.start("name"), None, None)
                        head = names.get(normalize(name))
                if head is None:
                    # "previously known as the Delfina and now sailing as M/T Orion Glory": the
                    # name it goes by now, told after
                    now = _NOW_AS.match(chunk, m.end()) or _RENAMED_SINCE.match(chunk, m.end())
                    head = names.get(normalize(_trim_name(clean_name(now["name"])))) if now else None
                if head is None and not chunk[:m.start()].strip():
                    # "Formerly known as Helios Star, the tanker Zircon Bay ...": the subject
                    # after the opening phrase
                    comma = chunk.find(",", m.end())
                    head = _ship_after_comma(analysis, s, chunk, comma) if comma > 0 else None
                if head is None:
                    # "The Ruby Star is probably the vessel formerly known as Aqua Star": a ship
                    # known by name, told before the cue in the sentence
                    head = _known_before(names, chunk[:m.start()])
                before = analysis.before(s + m.start(), "Vessel")
                # (a name used again since, not yet found as a mention: "It is unclear what the
                # Hae Lark was carrying. The ship was previously named Kang Lark")
                again = _last_named(names, analysis.text, s + m.start(), before[-1].end if before else 0)
                if not before and head is None and again is None and pat is not _RENAMED_FROM and \
                        (typed := _TYPE_APPOSED.search(chunk, 0, m.start())) is not None:
                    # "The 2004-built Aframax, formerly known as Perla Wren, went dark", no ship
                    # named before: the one name told is the one it had, and it names the ship
                    start = s + m.start("name") + m.group("name").find(former.split()[0])
                    if not analysis.taken(start, start + len(former)):
                        self._register(analysis, names, former, start, typed["type"], None)
                    continue
                if not before and head is None and again is None:
                    continue
                # A name already known as a vessel's past name stays with that vessel.
                known = names.get(normalize(former))
                key = known if known and known != normalize(former) else \
                    head or again or before[-1].key
                if normalize(former) != key:
                    _add_former(analysis, names, key, former,
                                s + m.start("name") + m.group("name").find(former.split()[0]))
                    # "formerly known as Helios Star and later as Cobalt": the next name it had
                    more = _MORE_FORMER.match(chunk, m.end()) if pat is _FORMER else None
                    while more is not None:
                        listed = _trim_name(clean_name(more["name"]))
                        if not listed or not _name_ok(listed, analysis) or normalize(listed) == key or \
                                listed.split()[0].lower() in _NOT_NAME:
                            break
                        _add_former(analysis, names, key, listed,
                                    s + more.start("name") + more.group("name").find(listed.split()[0]))
                        more = _MORE_FORMER.match(chunk, more.end())
                    then = _THEN_AS.match(chunk, m.end()) if pat is _FORMER else None
                    later = _trim_name(clean_name(then["name"])) if then else ""
                    if then and later and _name_ok(later, analysis) and normalize(later) != key:
                        _add_former(analysis, names, key, later,
                                    s + then.start("name") + then.group("name").find(later.split()[0]))

    def _former_now(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"One of them, the former Ocean Glory, now the Harmony, loaded ...": a ship told by the
        name it had and the one it has."""
        for m in _FORMER_NOW.finditer(chunk):
            old = _trim_name(clean_name(m["old"]))
            self._register_bare(analysis, names, s, m, "name")
            key = names.get(normalize(_trim_name(clean_name(m["name"]))))
            if key is None or not _name_ok(old, analysis) or normalize(old) == key:
                continue
            _add_former(analysis, names, key, old, s + m.start("old") + m.group("old").find(old.split()[0]))

    def _names_sailed_under(self, analysis: Analysis, names: dict[str, str], s: int,
                            chunk: str) -> None:
        """"The tanker now called Nova Star has sailed under four names: Pacific Dawn, Ocean
        Rose, Blue Sky 1 and, since last month, Nova Star": the names of the list that are not
        the ship's own now are former ones."""
        for m in _SAILED_UNDER.finditer(chunk):
            before = analysis.before(s + m.start(), "Vessel")
            if not before or not _SAME_CLAUSE.fullmatch(chunk[before[-1].end - s:m.start()]):
                continue
            key = before[-1].key
            attrs = analysis.attrs("Vessel", key)
            own = {normalize(n) for n in attrs.get("names", [])} | {key}
            pos = m.end()
            while (part := _LIST_NAME.match(chunk, pos)) is not None:
                pos = part.end()
                name = _trim_name(clean_name(part["name"]))
                if not name or not _name_ok(name, analysis) or normalize(name) in own:
                    continue
                _add_former(analysis, names, key, name, s + part.start("name"))

    def _became(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"Built as the Hellas Pride, it became the Sea Breeze in 2021, the Nova in 2022 and
        the Ceres I last year": the names of the ship told just before, in turn."""
        # ("it was Ocean Breeze until March 2022, then Blue Whale until January 2023, and then
        # Sapphire": each until a time)
        for m, following in [(x, _BECAME_MORE) for x in _BECAME.finditer(chunk)] + \
                [(x, _NAME_UNTIL_MORE) for x in _NAME_UNTIL.finditer(chunk)]:
            before = [v for v in analysis.before(s + m.start(), "Vessel")
                      if s + m.start() - v.end < 400]
            if not before:
                continue
            key = before[-1].key
            told = [(m.start("name"), m["name"])]
            at = m.end()
            while (more := following.match(chunk, at)) is not None:
                told.append((more.start("name"), more["name"]))
                at = more.end()
            if len(told) == 1 and following is _BECAME_MORE and not _NAME_YEAR.match(chunk, m.end()):
                continue  # "became the Kremlin ...": a name with no time or list is no renaming
            for offset, raw in told:
                name = _trim_name(clean_name(raw))
                if not name or not _name_ok(name, analysis) or analysis.gazetteer.lookup(name):
                    continue
                if normalize(name) != key:
                    _add_former(analysis, names, key, name, s + offset + raw.find(name.split()[0]))

    def _renamed(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"X ... has been renamed Y": Y is the ship's name now, X a former one."""
        for m in _RENAMED.finditer(chunk):
            new = _trim_name(clean_name(m["name"]))
            if not _name_ok(new, analysis) or analysis.gazetteer.lookup(new):
                continue
            before = analysis.before(s + m.start(), "Vessel")
            gap = before[-1].end - s if before else -1  # where the text between ship and cue begins
            same_clause = gap >= 0 and _SAME_CLAUSE.fullmatch(chunk[gap:m.start()]) is not None
            if _NOW_NAMED.match(m.group()) and not same_clause:
                # "The tanker now called Blue Horizon (IMO ...)": the name it has now, whatever
                # names the text tells it took before (not "The Delfina, now called Orion Glory,")
                start = s + m.start("name") + m.group("name").find(new.split()[0])
                own = [v for v in analysis.between(start, start + 1, "Vessel") if v.start == start]
                if own:
                    attrs = analysis.attrs("Vessel", own[0].key)
                    attrs["current_name"] = attrs["told_now"] = new
                    continue
            if not before:
                continue
            known = None if same_clause else _NAMED_SUBJECT.search(chunk, 0, m.start())
            key_told = names.get(normalize(known["n"])) if known is not None else None
            if key_told is not None and known is not None:
                # "The Wren Asterion was renamed Lark Dawn", "arranged for the X to be renamed
                # Y": a ship named before, named again as the subject (before its names are
                # spread to every use)
                gap = known.end()
            elif not same_clause:
                # "After it was sanctioned in April 2023, the ship was renamed Falcon": the one
                # ship named in the sentences just before, told of by a word for it (or after:
                # "Renamed Vera K and reflagged to Gabon, the ship loaded ...")
                # ("Its new owner renamed the ship Lark Vela": the ship the object)
                subject = m["obj"] or _RENAMED_SUBJECT.search(chunk, 0, m.start()) or (
                    _SUBJECT_AFTER.match(chunk, m.end()) if not chunk[:m.start()].strip(" \"“*_") else None)
                if subject is None or gap >= 0 or -gap > 600 or \
                        len({v.key for v in before if s - v.end <= 600}) > 1:
                    continue
                gap = m.start()  # (the subject is a word for the ship: no place in between renamed)
            if any(e.kind in ("Port", "Place") or e.kind == "State" and e.form == "name"
                   for w in re.findall(r"[A-Z][\w'’-]+", chunk[gap:m.start()])
                   for e in analysis.gazetteer.lookup(w)):
                continue  # "called at Mariupol, which officials renamed ...": the place was
            if _HOLDER_OF.search(analysis.text, max(0, before[-1].start - 60), before[-1].start):
                continue  # "The owner of the tanker X changed its name to Y": the owner's
            key = key_told or before[-1].key
            attrs = analysis.attrs("Vessel", key)
            attrs.setdefault("former_names", [])
            now = attrs.get("told_now")
            for old in attrs.get("names", []) if now is None else [new]:
                # (a name told as the one it has now stays so: the one it took before is former)
                if normalize(old) != normalize(now or new) and old not in attrs["former_names"]:
                    attrs["former_names"].append(old)
            attrs.setdefault("names", []).append(new)
            attrs["current_name"] = now or new
            told = names.get(normalize(new))
            if told is not None and told != key:
                # ("was renamed the M/T Glory Star": the new name, found by its own cue first)
                _merge_into(analysis, names, told, key)
            names.setdefault(normalize(new), key)
            start = s + m.start("name") + m.group("name").find(new.split()[0])
            if not analysis.taken(start, start + len(new)):
                analysis.add(Mention(start, start + len(new), new, "Vessel", key))

    def _name_field(self, analysis: Analysis, names: dict[str, str], sent: Sentence, chunk: str) -> None:
        """A profile's lines, "Name: ZHONG XING 8", then within a few lines "IMO: 9142631" (a
        number that checks): the name is a ship's."""
        m = _NAME_FIELD.fullmatch(chunk)
        reach = 5
        if m is None and opens_line(analysis.text, sent.span.start) and \
                closes_line(analysis.text, sent.span.end):
            # a profile that opens on the name alone, in capitals, with "IMO: 9338266" on the
            # next line
            m, reach = _NAME_LINE.fullmatch(chunk), 2
        if m is None:
            return
        index = analysis.index_of(sent)
        if not any((imo := _IMO_FIELD.match(analysis.text, x.span.start, x.span.end)) is not None and
                   imo_valid(imo["imo"]) for x in analysis.sentences[index + 1:index + reach]):
            return
        name = _trim_name(clean_name(m["name"]))
        start = sent.span.start + m.start("name")
        if _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) and \
                not analysis.taken(start, start + len(name)):
            self._register(analysis, names, name, start, None, None)

    def _alongside(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"two tankers alongside the Chon Myong 1" ("moored next to"): what a ship lies beside,
        named and not a place, in a sentence about ships, is a ship; so is what a cargo was
        unloaded from or loaded aboard, what the ships of a counted group were, and what a ship
        named before it met."""
        for m in _IMAGED.finditer(chunk):
            # "Satellite images show the Ocean Voyager at Tartus on May 3": a name pictured at a
            # port the gazetteer knows, or moored (first: "images show the X alongside the
            # Y" then finds the Y beside a ship)
            at = _IMAGED_AT.match(chunk, m.end())
            if not m["the"] and m["name"].split()[0] in given_names():
                continue  # "Photos show Sergei Lavrov at Tartus": a person
            if _IMAGED_MOORED.match(chunk, m.end()) or at is not None and any(
                    e.kind == "Port" for e in analysis.gazetteer.lookup(at["port"])):
                self._ship_if_about_ships(analysis, names, s, chunk + " vessel", m)
        for m in chain(_ALONGSIDE.finditer(chunk), _NEXT_TO.finditer(chunk)):
            before = analysis.before(s + m.start(), "Vessel")
            if m.re is _NEXT_TO._re:
                # ("next to the Kremlin": beside a ship only where one is told; not "next to the
                # Danube Grain Terminal", a part of the port)
                if before and (before[-1].start >= s or s - before[-1].end < 600 and
                               _PRONOUN_NEXT.search(chunk, 0, m.start())) and \
                        not _BUILT_LAST.search(m["name"]):
                    self._ship_if_about_ships(analysis, names, s, chunk + " vessel", m)
                continue
            if before and before[-1].start >= s and not _SHIP_CONTEXT.search(chunk):
                # "The Grey Wren lay alongside the Dusk Heron": a ship named before it lies beside
                # it (the words between say what the first did)
                self._ship_if_about_ships(analysis, names, s, chunk + " vessel", m)
                continue
            if before and s - before[-1].end < 600 and _PRONOUN_ALONGSIDE.search(chunk, 0, m.start()):
                # "Satellite imagery places her alongside the KITE PERIDOT": a ship told before,
                # by a pronoun, lies beside it
                self._ship_if_about_ships(analysis, names, s, chunk + " vessel", m)
                continue
            self._ship_if_about_ships(analysis, names, s, chunk, m)
        for m in _QUOTED.finditer(chunk):
            # set beside a ship's description, or doing what ships do
            if _KIND_BEFORE.search(chunk, max(0, m.start() - 60), m.start()) or \
                    _DEED_AFTER.match(chunk, m.end()):
                self._ship_if_about_ships(analysis, names, s, chunk, m)
        for a, b in analysis.quoted:  # (names whose quotes the text read has left out)
            if s <= a and b <= s + len(chunk):
                the = _THE_BEFORE.search(chunk, max(0, a - s - 12), a - s)
                whole = _WHOLE.match(chunk, a - s, b - s)
                if the is not None and whole is not None and _QUOTED_AFTER.match(chunk, b - s) and (
                        _KIND_BEFORE.search(chunk, max(0, the.start() - 60), the.start()) or
                        _DEED_AFTER.match(chunk, b - s)):
                    self._ship_if_about_ships(analysis, names, s, chunk, whole)
                elif whole is not None and _ITEM_MARK.fullmatch(chunk, 0, a - s) is not None and (
                        _ITEM_DEED.match(chunk, b - s) or _ITEM_TYPE.match(chunk, b - s)):
                    # ("- **Slavyanin** — rail ferry, Russian flag.": or its kind, set after it)
                    # "- **Nova Ray** came from Kharg Island and discharged at Baniyas": a name set
                    # apart opening a list item, doing what only ships do
                    self._ship_if_about_ships(analysis, names, s, chunk + " vessel", whole)
                elif whole is not None and _PASSED_TO_BEFORE.search(chunk, max(0, a - s - 60), a - s) and \
                        any(v.end <= a for v in analysis.between(s, a, "Vessel")):
                    # "**Lotus** transferred her cargo to **Jasmine** off Egypt": the ship set apart
                    # that a ship named before it passed its cargo to, or met
                    self._ship_if_about_ships(analysis, names, s, chunk + " vessel", whole)
        for m in _CARRIED_BY.finditer(chunk):
            self._ship_if_about_ships(analysis, names, s, chunk, m)
        for m in chain(_LIST_PAST_ASIDE.finditer(chunk), _PARALLEL_ASIDES.finditer(chunk)):
            # "the tankers Andromeda Star, which was involved in a collision off Denmark, and the
            # Eagle S": the list goes on past an aside on its first ship
            if normalize(_trim_name(clean_name(m["first"]))) in names:
                self._ship_if_about_ships(analysis, names, s, chunk + " vessel", m)
        self._group_members(analysis, names, s, chunk)
        self._ordinal_member(analysis, names, s, chunk)
        for m in _CARGO_CARRIED_BY.finditer(chunk):
            if not _PLACE_WORD_FIRST.match(m["name"]):
                self._ship_if_about_ships(analysis, names, s, chunk, m)
            if m["name2"] and not _PLACE_WORD_FIRST.match(m["name2"]):
                self._register_bare(analysis, names, s, m, "name2")
        for m in _SHIP_TO_SHIP.finditer(chunk):
            # (the other of the two, where one is a ship known already)
            for one, other in (("name", "name2"), ("name2", "name")):
                if normalize(_trim_name(clean_name(m[one]))) in names and \
                        not _PLACE_WORD_FIRST.match(m[other]):
                    self._register_bare(analysis, names, s, m, other)
        for m in chain(_MET_SHIP.finditer(chunk), _CARGO_TO_SHIP.finditer(chunk),
                       _LIGHTERED_ONTO.finditer(chunk), _CARGO_FROM_SHIP.finditer(chunk),
                       _PASSED_TO_SHIP.finditer(chunk)):
            before = analysis.before(s + m.start(), "Vessel")
            ashore = _NEXT_WORD.match(chunk, m.end())
            if ashore is not None and ashore[1].lower() in _BUILT_ASHORE:
                continue  # "pumped its oil into the Druzhba pipeline": a work ashore
            # ("It lifted condensate at Assaluyeh ... and met the Kite Opal": a pronoun opening the
            # sentence after one that named a ship)
            told = before and _PRONOUN_SUBJECT.match(chunk) is not None and s - before[-1].end < 300
            if before and (before[-1].start >= s or _KIND_SUBJECT.search(chunk, 0, m.start()) or
                           _known_before(names, chunk[:m.start()]) is not None or told):
                # a ship named before it in the sentence, or told by its kind after a ship named
                # before ("The tanker sailed on to Malaysia, where it transferred its cargo to
                # the Ocean Pearl"), or by a name known already, used again ("On Thursday the X
                # met the Y": a sentence about ships, that ship being one)
                known = before[-1].start < s and (_known_before(names, chunk[:m.start()]) is not None or told)
                self._ship_if_about_ships(analysis, names, s, chunk + (" vessel" if known else ""), m)

    def _group_members(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"At least four tankers delivered diesel to Benghazi. They included the Eco Wizard and
        the Sea Mistral": the members of the ships the sentence before counted are ships."""
        group = _GROUP_NAMED.match(chunk)
        by_port = None
        if group is None:
            # "Ships arriving at Tartus were the Sparta IV and the Ursa Major": ships told by a
            # port they came to or left, in this sentence
            group = by_port = _SHIPS_AT_PORT_WERE.match(chunk)
        if group is None:
            group = _LIST_AS_GROUP.match(chunk)
            if group is None or not group["more"]:
                return  # (a list of names, two at least)
        end = len(analysis.text[:s].rstrip())
        prior = analysis.sentence_at(end - 1) if end > 0 else None
        if by_port is None and (
                prior is None or not _SHIPS_COUNTED.search(analysis.text, prior.span.start, prior.span.end)):
            return
        parts = [(group.start("name"), group["name"])]
        if group["more"]:
            parts += [(group.start("more") + part.start(), part.group()) for part in
                      re.finditer(_TOK + r"(?:\s" + _TOK + r"){0,3}", group["more"])]
        for at, word in parts:
            name = _trim_name(clean_name(word))
            if word.lower() in ("and", "or", "the") or not name or not _name_ok(name, analysis) \
                    or analysis.gazetteer.lookup(name):
                continue
            start = s + at + word.find(name.split()[0])
            if not analysis.taken(start, start + len(name)):
                self._register(analysis, names, name, start, None, None)

    def _subject_of_its_deed(self, analysis: Analysis, names: dict[str, str], sent: Sentence,
                             chunk: str) -> None:
        """"For months the Wren Harmony played cat and mouse with the authorities. It took on
        Iranian condensate off Kharg Island": a name the sentence before opens on as its subject,
        whose "it" then does what only ships do, is a ship's."""
        if not _IT_DEED.match(chunk):
            return
        index = analysis.index_of(sent)
        if not index:
            return
        before = analysis.sentences[index - 1]
        if before.paragraph != sent.paragraph or analysis.in_sentence(before, "Vessel"):
            return
        told = analysis.text[before.span.start:before.span.end]
        head = _SUBJECT_NAMED.match(told)
        if head is not None:
            self._ship_if_about_ships(analysis, names, before.span.start, told + " vessel", head)

    def _subject_told_by_its_kind(self, analysis: Analysis, names: dict[str, str], sent: Sentence,
                                  chunk: str) -> None:
        """"For three weeks in November, the Lark Ardent vanished. The 2003-built tanker, which
        sails under the flag of Gambia, ...": a name the sentence before opens on as its subject,
        taken up by a ship's kind with what is told of its make, is that ship's."""
        kind = _KIND_OPENS.match(chunk)
        if kind is None:
            return
        index = analysis.index_of(sent)
        if not index:
            return
        before = analysis.sentences[index - 1]
        if before.paragraph != sent.paragraph and index > 1 and \
                analysis.in_sentence(analysis.sentences[index - 2], "Vessel"):
            return
        if analysis.in_sentence(before, "Vessel") or analysis.in_sentence(sent, "Vessel"):
            return  # (the kind may be a ship's named there)
        told = analysis.text[before.span.start:before.span.end]
        head = _SUBJECT_NAMED.match(told)
        if head is None:
            return
        name = _trim_name(clean_name(head["name"]))
        if normalize(name) in names or not _name_ok(name, analysis) or analysis.gazetteer.lookup(name):
            return
        start = before.span.start + head.start("name") + head["name"].find(name.split()[0])
        if not analysis.taken(start, start + len(name)):
            self._register(analysis, names, name, start, kind["kind"], None)

    def _renamed_nameless(self, analysis: Analysis, names: dict[str, str], sent: Sentence,
                          chunk: str) -> None:
        """"The tanker, which broadcasts MMSI 572469210, has used three names. || It was known as
        "Wren Altair" until March, when it was renamed "Lark Vela"": the first name a ship told of
        by its kind alone (in the sentence, or the one before with no ship named) was known by (the
        names after it are its new ones, see `_renamed`)."""
        m = _RENAMED_AS.search(chunk)
        if m is None or analysis.in_sentence(sent, "Vessel"):
            return
        index = analysis.index_of(sent)
        before = analysis.sentences[index - 1] if index else None
        told = _KIND_TOLD.search(chunk, 0, m.start()) or before is not None and \
            not analysis.in_sentence(before, "Vessel") and \
            _KIND_TOLD.search(analysis.text, before.span.start, before.span.end)
        if not told or _FIRM_TOLD.search(chunk, 0, m.start()):
            return
        name = _trim_name(clean_name(m["name"]))
        start = sent.span.start + m.start("name") + m["name"].find(name.split()[0])
        if name and _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) and \
                not analysis.taken(start, start + len(name)):
            self._register(analysis, names, name, start, None, None)

    def _named_after_lead(self, analysis: Analysis, names: dict[str, str], sent: Sentence,
                          chunk: str) -> None:
        """"A Hong Kong-flagged container ship left Odesa on Wednesday ... || The X, which had been
        stuck in Odesa since February 2022, was heading for the Bosphorus": a news lead's ship,
        named as the subject of the sentence right after it, where no ship was named before."""
        m = _NAME_WITH_ASIDE.match(chunk)
        index = analysis.index_of(sent)
        if m is None or not index:
            return
        before = analysis.sentences[index - 1]
        if sent.paragraph - before.paragraph > 1 or analysis.between(0, sent.span.start, "Vessel") or \
                not _LEAD_KIND.match(analysis.text, before.span.start, before.span.end):
            return
        name = _trim_name(clean_name(m["name"]))
        start = sent.span.start + m.start("name") + m["name"].find(name.split()[0])
        if normalize(name) not in names and _name_ok(name, analysis) and \
                not analysis.gazetteer.lookup(name) and not analysis.taken(start, start + len(name)):
            self._register(analysis, names, name, start, None, None)

    def _gapped_days(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"The X arrived on 2 April, the Y on 19 May and the Z on 4 July": where X is a ship,
        the others are ships that did the same, each on its own day (the verb left out)."""
        for m in _GAPPED_DAYS.finditer(chunk):
            if normalize(_trim_name(clean_name(m["name"]))) not in names:
                continue
            for item in _GAPPED_DAY_ITEM.finditer(m["rest"]):
                name = _trim_name(clean_name(item["n"]))
                start = s + m.start("rest") + item.start("n")
                if _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) and \
                        not analysis.taken(start, start + len(name)):
                    self._register(analysis, names, name, start, None, None)

    def _ordinal_member(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str) -> None:
        """"two ageing tankers kept Syria's refineries running. The first, the Lotus, is ... The
        second, the Arman 114, is smaller": a member of the ships a sentence before counted."""
        m = _ORDINAL_MEMBER.match(chunk)
        if m is None:
            return
        sent = analysis.sentence_at(s)
        index = analysis.index_of(sent) if sent is not None else 0
        if not any(_SHIPS_COUNTED.search(analysis.text, x.span.start, x.span.end)
                   for x in analysis.sentences[max(0, index - 2):index]):
            return
        name = _trim_name(clean_name(m["name"]))
        if not name or not _name_ok(name, analysis) or analysis.gazetteer.lookup(name):
            return
        start = s + m.start("name") + m["name"].find(name.split()[0])
        if not analysis.taken(start, start + len(name)):
            self._register(analysis, names, name, start, None, None)

    def _apposition_head(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str,
                         cue: int) -> str | None:
        """"The Ocean Star, formerly known as Gulf Pearl, berthed ...": the name the former
        name is set beside is the vessel's (made one if the sentence is about ships)."""
        head = _APPOSITION.search(chunk, 0, cue)
        return self._ship_if_about_ships(analysis, names, s, chunk, head) if head else None

    def _ship_if_about_ships(self, analysis: Analysis, names: dict[str, str], s: int, chunk: str,
                             m: re.Match[str]) -> str | None:
        """The key of the vessel named by m["name"]: a known one, or one made where the name is
        no state, port or place and the sentence speaks of ships; None otherwise."""
        name = _trim_name(clean_name(m["name"]))
        key = names.get(normalize(name))
        if key is None and name.split()[0].lower() in _FACILITY:
            return None  # "moored alongside Berth 4", "next to Pier 9": a part of the port
        if key is None and _PLACE_OF.match(name):
            return None  # "took it from the Port of Tartus": a place, named by what it is
        if key is None and _name_ok(name, analysis) and not analysis.gazetteer.lookup(name) \
                and _SHIP_CONTEXT.search(chunk):
            start = s + m.start("name") + m["name"].find(name.split()[0])
            if not analysis.taken(start, start + len(name)):
                self._register(analysis, names, name, start, None, None)
                key = names.get(normalize(name))
        return key

    def _propagate(self, analysis: Analysis, names: dict[str, str]) -> None:
        """Every later or earlier use of a vessel's name is a mention of it."""
        if not names:
            return
        alternatives = sorted(names, key=len, reverse=True)
        text = analysis.text
        folded = text.casefold()
        # A name is tried only where the text's words are its words (or its words run
        # together): one pass over the text, a dictionary lookup per word, and a regular
        # expression (for the separators) only where the words agree.
        index: dict[str, dict[int, dict[tuple[str, ...], list[int]]]] = {}
        unindexed: list[int] = []
        for rank, norm_name in enumerate(alternatives):
            toks = tuple(re.findall(r"\w+", norm_name))
            if not toks:
                unindexed.append(rank)
                continue
            for key in {toks, ("".join(toks),)}:
                index.setdefault(key[0], {}).setdefault(len(key), {}).setdefault(key, []).append(
                    rank)
        compiled: dict[int, re.Pattern[str]] = {}

        def pattern(rank: int) -> re.Pattern[str]:
            if rank not in compiled:
                words = alternatives[rank].split()
                compiled[rank] = re.compile(r"(?<![\w-])" + _NAME_GAP.pattern.join(
                    re.escape(w) for w in words) + r"(?![\w-])")
            return compiled[rank]

        def match_at(rank: int, start: int) -> int | None:
            """Where the name matched at `start` ends (as `pattern` would match there), walked
            word by word: a pattern compiled per name costs more than the walk when names are
            many."""
            words = alternatives[rank].split()
            if any(_NAME_GAP.match(w).end() for w in words[1:]):  # type: ignore[union-attr]
                # a word that opens with what may stand between words: the engine backtracks
                m = pattern(rank).match(folded, start)
                return m.end() if m else None
            if start and _WORD_OR_HYPHEN.match(folded, start - 1):
                return None
            pos = start
            for k, word in enumerate(words):
                if k:
                    pos = _NAME_GAP.match(folded, pos).end()  # type: ignore[union-attr]
                if not folded.startswith(word, pos):
                    return None
                pos += len(word)
            return None if _WORD_OR_HYPHEN.match(folded, pos) else pos

        tokens = list(re.finditer(r"\w+", folded))
        words = [t.group(0) for t in tokens]
        found: list[tuple[int, int, int]] = []
        for i, tok in enumerate(tokens):
            for n, keys in index.get(words[i], {}).items():
                for rank in keys.get(tuple(words[i:i + n]), ()):
                    end = match_at(rank, tok.start())
                    if end is not None:
                        found.append((rank, tok.start(), end))
        for rank in unindexed:
            found.extend((rank, m.start(), m.end()) for m in pattern(rank).finditer(folded))
        for rank, start, end in sorted(found):
            norm_name = alternatives[rank]
            raw = text[start:end]
            if not raw[:1].isupper() and not raw[:1].isdigit():
                continue
            if analysis.taken(start, end):
                continue
            lead = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if lead and lead["w"].lower() not in _NOT_NAME and lead["w"] not in _TITLES and \
                    lead["w"].lower() not in _ADVERBS and not lead["w"].endswith("ly") and \
                    not analysis.gazetteer.lookup(lead["w"]):
                continue  # "Lady Maria" after the Maria: a longer name, another ship's
            # Do not swallow an organisation named after its ship ("Sea Heron Maritime Inc").
            tail = text[end:end + 30]
            if re.match(r"\s+(?:[A-Z][\w&]*\s+){0,3}(?:Ltd|LLC|Inc|FZE|Co|Corp|Shipping|"
                        r"Maritime|Trading|Group|Management|Holdings|Petroleum|Navigation)\b",
                        tail):
                continue
            if _FEATURE_NAMED.match(text, end):
                continue  # "the Angara River": the river the ship is named after
            if (_AS_PORT_AFTER.match(text, end) or _AS_PORT_BEFORE.search(
                    text, max(0, start - 40), start)) and any(
                    e.kind == "Port" for e in analysis.gazetteer.lookup(raw)):
                continue  # the ferry Aktau and "Kazakhstan's Aktau port": the port of its name
            analysis.add(Mention(start, end, raw, "Vessel", names[norm_name]))

    @staticmethod
    def _flag_of_list(analysis: Analysis, s: int, chunk: str) -> None:
        for m in _STATE_IN_BRACKETS.finditer(chunk):
            # "the tanker Kira (Panama)", "Kira (Panama), Lumo (Comoros)": a registry in
            # brackets right after a ship's name is its flag
            at = s + m.start()
            named = [v for v in analysis.between(at - analysis.longest - 2, at, "Vessel")
                     if v.form == "name" and v.end <= at and not analysis.text[v.end:at].strip()]
            code = _flag_code(analysis, m["a"]) if named else None
            if named and code is None and re.fullmatch(r"[A-Z]{3}", m["a"]) and \
                    m["a"] in analysis.gazetteer.states:
                code = m["a"]  # a movements list's code of the registry: "LADY M (RUS)"
            if code:
                analysis.attrs("Vessel", named[-1].key).setdefault("flag", code)
        for m in _BOTH_FLAGGED.finditer(chunk):
            before = [v for v in analysis.between(s, s + m.start(), "Vessel") if v.form == "name"]
            if not before or before[-1].end < s + m.start() - 20:
                continue
            group = joined_before(analysis, before)
            code = _flag_code(analysis, next(x for x in m.group("a", "b", "c", "d", "e", "f") if x))
            keys = [v.key for v in group]
            if len(keys) == 1 and "both" in m.group().lower().split()[1:3]:
                # "The X met the Y, both Panama-flagged,": the two ships the clause names
                keys = list(dict.fromkeys(v.key for v in before))
                keys = keys if len(keys) == 2 else []
            if code and len(keys) > 1:
                for key in keys:
                    analysis.attrs("Vessel", key).setdefault("flag", code)

    def _identifiers(self, analysis: Analysis, s: int, chunk: str) -> None:
        def owner(pos: int) -> str | None:
            # "The third, flagged in Russia and named Lark Song, left ...": the one named next
            # ("The tanker, which bears IMO number 9187954 and sails as Wren Gabon,": the one
            # the sentence names next, where it names none before)
            if _ORDINAL_OPENS.fullmatch(chunk, 0, pos - s) or _KIND_OPENS_ASIDE.match(chunk) and \
                    not analysis.between(s, pos, "Vessel"):
                named = next((v.key for v in analysis.between(pos, s + len(chunk), "Vessel")
                              if v.form == "name"), None)
                if named is not None or _ORDINAL_OPENS.fullmatch(chunk, 0, pos - s):
                    return named
            before = [v for v in analysis.between(s - 400, pos, "Vessel") if v.end <= pos]
            if before:
                return max(before, key=lambda v: v.end).key
            return None

        for v in analysis.between(s, s + len(chunk), "Vessel"):
            # "The Aframax Aegean Spirit (9417218)": a number of seven digits in brackets right
            # after the name, whose check digit holds, is its IMO number
            bare = _BARE_IMO.match(analysis.text, v.end) if v.form == "name" else None
            if bare is not None and imo_valid(bare.group(1)):
                analysis.attrs("Vessel", v.key).setdefault("imo", bare.group(1))
        field = _TYPE_FIELD.fullmatch(chunk)
        if field is not None and (key := owner(s + field.start("type"))) is not None:
            # a profile's "Type: Crude oil tanker", under the ship its lines name
            label = type_label(field["type"])
            if label:
                analysis.attrs("Vessel", key).setdefault("vessel_type", label)
        for pat, attr, check in ((_IMO, "imo", imo_valid), (_MMSI, "mmsi", mmsi_valid),
                                 (_CALL_SIGN, "call_sign", lambda x: True)):
            for m in pat.finditer(chunk):
                if not check(m.group(1)):
                    continue
                key = owner(s + m.start())
                opens = not chunk[:m.start()].strip(" \t-*•")
                then = _IDENT_THEN_SHIP.match(chunk, m.end()) if opens else None
                if then is not None:
                    # "MMSI 273345670, the tanker Lynx Bay, called at Tartus": the ship the line
                    # opening on the number names right after it
                    at = s + then.end()
                    key = next((v.key for v in analysis.between(at, at + 1, "Vessel")
                                if v.start == at and v.form == "name"), key)
                if key:
                    analysis.attrs("Vessel", key).setdefault(attr, m.group(1))
        for pat in _FLAG_AFTER:
            for m in pat.finditer(chunk):
                prefix = chunk[max(0, m.start() - 30):m.start()].lower()
                if re.search(r"(previously|formerly|until|was once|used to be)\s*$", prefix) or \
                        _FORMER_SAILING.search(chunk, max(0, m.start() - 90), m.start()):
                    continue  # ("previously sailed under the Liberian flag": the flag it flew)
                if re.search(r"\b(?:had\s+(?:it|she|the\s+[\w\s'’-]{1,40}?)\s+been|if\s+(?:it|she|the\s+"
                             r"[\w\s'’-]{1,40}?)\s+(?:were|was|had\s+been)|(?:would|could|might)\s+have\s+been)\s+$",
                             chunk[max(0, m.start() - 60):m.start()], re.I) or \
                        _AS_IT_WAS.match(chunk, m.end()):
                    continue  # "Had it been flagged in Panama, as it once was": no flag it flies
                if _NOT_A_SHIP_REGISTERED.search(prefix):
                    continue  # "Company registered in the United Arab Emirates": a firm's seat
                if re.match(r"\s+until\b", chunk[m.end():]):
                    continue
                country = m.groupdict().get("a") or m.groupdict().get("b")
                code = _flag_code(analysis, country or "")
                if m.groupdict().get("exact"):
                    code = next((e.country for e in analysis.gazetteer.lookup(m["exact"])
                                 if e.kind in ("State", "Place") and e.country and len(e.key) == 3),
                                None)
                key = owner(s + m.start())
                if key is None and _TYPE_AT_END.search(chunk, 0, m.start() - 1):
                    # "A cargo ship flying the flag of Comoros, the Amur Star,": the ship set
                    # beside the phrase after it
                    key = _ship_after_comma(analysis, s, chunk, m.end())
                told_of = _TOLD_OF.search(chunk, max(0, m.start() - 60), m.start())
                if key and told_of and not analysis.gazetteer.lookup(told_of["name"]) and \
                        not analysis.between(s + told_of.start("name"), s + told_of.end("name"), "Vessel") \
                        and not _FLAG_SWITCHED.match(m.group()):
                    # "Kestrel Ltd, registered in Malta": the flag of what is named (not "...,
                    # previously registered in Liberia, now sails under the Maltese flag"; nor a
                    # ship's deed: "has sailed as Ocean Luck and Mira, switching flags from
                    # Liberia to Panama", the flags of the ship the names are of)
                    continue
                both = _BOTH_SHIPS.search(chunk, max(0, m.start() - 60), m.start())
                if code and both and not analysis.between(s + both.start(), s + m.start(), "Vessel"):
                    # "Both vessels fly the Chinese flag": the two ships told just before
                    for other in _ships_told_before(analysis, s, _GROUP_SIZE[both["n"].lower().split()[-1]]):
                        analysis.attrs("Vessel", other).setdefault("flag", code)
                    continue
                if code and key:
                    if _FLAG_CHANGE.match(m.group()) or \
                            _NOW_FLIES.search(chunk, max(0, m.start() - 25), m.start()):
                        # (or "It now flies the flag of Sierra Leone", after the flag it flew before)
                        # "has since been reflagged to Sierra Leone": the flag it flies now
                        analysis.attrs("Vessel", key)["flag"] = code
                    else:
                        analysis.attrs("Vessel", key).setdefault("flag", code)


_ARTICLE = re.compile(r"[Tt]he\s+")
# a flag the ship flew before: "previously sailed under", "was known until this year as Bright
# Harbour and sailed under"
_FORMER_SAILING = rx(r"\b(?:previously|formerly|once|originally|earlier)\s+(?:sailed|flew|traded|"
                     r"operated)\s*$|\b(?:was|were)\s+(?:known|named|called)\s+(?:until\s+[\w ]{1,20}?\s+)?"
                     r"as\s+[^,;.]{1,40}?\s+and\s+(?:sailed|flew|traded|operated)\s*$", re.I)
_NOW_FLIES = re.compile(r"\b(?:now|currently|today)\s+(?:\w+ly\s+)?$")
_AS_IT_WAS = re.compile(r",?\s+as\s+(?:it|she)\s+(?:once|previously|formerly)\s+was\b")
_STATE_IN_BRACKETS = rx(r"\s*\((?P<a>[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,3})\)")
# the first of two flags told together: "Liberia- and Panama-flagged"
_HANGING_FLAG = rx(r"(?<![\w-])(?P<first>" + _FLAG_NAME + r")-\s+(?P<join>and|or)\s+$")
# "The tankers X and Y, both Panama-flagged,": the flag of each ship of the list before
# (and "The VLCCs X, Y and Z, all sailing under the flag of Panama,", "both flying the Maltese flag")
# ("both of which fly the flag of Sierra Leone", "which both sail under the Panama flag")
_BOTH_FLAGGED = rx(r",\s+(?:(?:both|all|each)\s+(?:of\s+(?:them|which)\s+)?|which\s+(?:both|all|each)\s+)"
                   r"(?:(?P<a>" + _FLAG_NAME + r")[- ](?:flagged|registered)\b|"
                   r"(?:sail(?:ing|s|ed)?|operat(?:ing|es?|ed)|trad(?:ing|es?|ed))\s+under\s+the\s+"
                   r"(?:flag\s+of\s+(?:the\s+)?(?P<b>" + _FLAG_NAME + r")|(?P<f>" + _FLAG_NAME + r")\s+flag)|"
                   r"(?:flying|fly|flies|flew)\s+the\s+(?:flag\s+of\s+(?:the\s+)?(?P<c>" +
                   _FLAG_NAME + r")|(?P<d>" + _FLAG_NAME + r")\s+flag)|(?:(?:are|were)\s+)?registered\s+in\s+"
                   r"(?:the\s+)?(?P<e>" + _FLAG_NAME + r"))")
# a subject that is the ships told before: "Both vessels", "The two tankers", "All three"
_BOTH_SHIPS = rx(r"(?:^|[.;]\s+|\b[Tt]he\s+|\b[Tt]hese\s+)(?P<n>[Bb]oth|two|three|[Aa]ll\s+three)"
                 r"(?:\s+(?:ships|vessels|tankers|carriers|freighters|bulkers))?\s+"
                 r"(?:(?:are|were|is|now|also|still|currently)\s+)*(?:\w+\s+){0,2}?$")


# a sentence that opens on "it" doing what only ships do ("It took on Iranian condensate off
# Kharg Island"), and the name the sentence before opens on as its subject ("For months the X
# played cat and mouse with the authorities.")
_IT_DEED = re.compile(r"(?:It|She)\s+(?:then\s+|later\s+|first\s+|also\s+|had\s+|has\s+)?(?:took\s+on|"
                      r"loaded|docked|berthed|sailed\s+(?:from|to|for|into)|anchored|moored|unloaded|"
                      r"discharged|offloaded|called\s+at|(?:switched|turned)\s+off\s+its\s+(?:AIS|"
                      r"transponder)|transferred\s+(?:its|her|the)\s+(?:cargo|oil|crude|load))\b")
# a sentence that opens on a ship's kind with what is told of its make: "The 2003-built tanker,",
# "The Panama-flagged vessel had", "The ageing Aframax was"
_KIND_OPENS = re.compile(r"The\s+(?:(?:\d{4}-built|[\w-]+-(?:flagged|registered|owned|built)|ageing|aging|"
                         r"\d+-year-old|[\d,]+-(?:tonne|ton|dwt))\s+)+(?P<kind>tanker|ship|vessel|freighter|"
                         r"bulk\s+carrier|cargo\s+ship|carrier|bulker|VLCC|Aframax|Suezmax)\b"
                         r"(?=,|\s+(?:had|has|was|is|then|later|switched|turned|left|sailed|loaded|docked)\b)")
_SUBJECT_NAMED = re.compile(r"(?:(?:For|In|On|By|Over|During|Since|After|Before|Last|Earlier|Then|Later|"
                            # (a phrase set off by its comma first: "In the Danish straits, the X")
                            r"Throughout)\b(?:[^,.;]{0,40},|[^,.;]{0,40}?,?)\s+)?[Tt]he\s+(?P<name>[A-Z][\w'’-]*"
                            r"(?:\s[A-Z0-9][\w'’-]*){0,3})\s+(?!(?:of|and|or|in|at|on|for|to|with|from|"
                            r"is|are|said|says|published|reported|wrote|writes|found|revealed|denied|"
                            r"announced|told|obtained|analy[sz]ed|reviewed|quoted|cited)\b)[a-z]+\b")


def _ships_told_before(analysis: Analysis, s: int, n: int) -> list[str]:
    """The ships named in the sentence before the one at `s` (and in this one before the cue),
    where there are exactly `n` of them."""
    here = analysis.sentence_at(s)
    if here is None:
        return []
    index = analysis.index_of(here)
    start = analysis.sentences[index - 1].span.start if index else s
    keys: list[str] = []
    for v in analysis.between(start, s, "Vessel"):
        if v.form == "name" and v.key not in keys:
            keys.append(v.key)
    return keys if len(keys) == n else []


def bulleted_items(analysis: Analysis) -> list[tuple[Sentence, Sentence]]:
    """(head, item): each line of a bulleted list under the line ending in a colon that opens
    it."""
    text, found = analysis.text, []
    head: Sentence | None = None
    for sent in analysis.sentences:
        s, e = sent.span.start, sent.span.end
        if head is not None and opens_line(text, s) and closes_line(text, e) and (
                BULLET.match(text, s, e) or _COLUMNS_LINE.fullmatch(text, s, e)):
            # (or a line of columns set apart by dashes: "Kite Neva - Gabon - 3-5 Sept")
            found.append((head, sent))
            continue
        head = sent if text[s:e].rstrip().endswith(":") and closes_line(text, e) else None
    return found


BULLET = re.compile(r"\s*(?:[-*•–]|" + LIST_NUMBER + r")\s+\S")
# a line of a list set out in columns: a name, then two or more fields set apart by dashes or bars
_COLUMNS_LINE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s[A-Z0-9][\w'’.-]*){0,4}"
                           r"(?:\s+[-–—|]\s+[^\n–—|]*?[^\s\n–—|]){2,}\s*")


def type_label(vtype: str | None) -> str | None:
    """A type word as an attribute: lower case but for acronyms ("LNG carrier"), singular; None
    for words that say no more than that it is a ship."""
    if not vtype or vtype.lower() in ("ship", "ships", "vessel", "vessels", "boat", "sister ship"):
        return None
    # (and ice classes: "Arc7 carrier")
    low = " ".join(w if w.isupper() and len(w) > 1 or w[:-1].isupper() and len(w) > 2 and w[-1] == "s"
                   or w[:1].isupper() and any(c.isdigit() for c in w) else w.lower()
                   for w in vtype.split())
    if low in _TRADE_KINDS:
        return _TRADE_KINDS[low]  # ("Lark Hama (Syria), bulk, at anchor": a port log's short kind)
    if re.search(r"maxes$", low, re.I):
        return low[:-2]  # "Aframaxes"
    if low.lower().endswith("ferries"):
        return low[:-3] + "y"
    return low[:-1] if re.search(r"(?:ship|tanker|carrier|freighter|vessel|bulker|frigate|corvette|"
                                 r"destroyer|submarine|warship|dredger|trawler|tug|barge|dhow|coaster|"
                                 r"collier|icebreaker|reefer|VLCC|ULCC|yacht|boat|cruiser|battleship|"
                                 r"minesweeper|jigger|longliner|seiner|carrier|VLGC|PCTC|oiler|superyacht|cutter)s$",
                            low, re.I) else low


# a trade's kind told with no word for ship, as port logs write it
# ("general cargo" stays as written, as a trade's name for the kind)
_TRADE_KINDS = {"bulk": "bulk carrier", "container": "container ship", "chemical": "chemical tanker",
                "product": "product tanker", "crude": "crude tanker"}


def lead_attributes(analysis: Analysis, key: str, phrase: str, after: str = "") -> None:
    """What a description of a ship named later tells of it ("A Belize-flagged bulk carrier",
    "A tanker flagged in Sierra Leone"): its flag and type, where the name gave none."""
    attrs = analysis.attrs("Vessel", key)
    code = described_flag(analysis, phrase, after)
    if code:
        attrs.setdefault("flag", code)
    kind = _TYPE_AT_END.search(phrase)
    label = type_label(kind.group()) if kind else None
    if label and not attrs.get("vessel_type"):
        attrs["vessel_type"] = label


def described_flag(analysis: Analysis, phrase: str, after: str = "") -> str | None:
    """The flag a description of a ship tells ("A Belize-flagged bulk carrier", "A tanker flagged
    in Sierra Leone", "A North Korean cargo vessel"), as a code; None where it tells none."""
    flag = re.search(r"\b" + _FLAG + r"\b", phrase)
    code = _flag_code(analysis, _FLAG_WORD.sub("", flag.group())) if flag else None
    post = _LEAD_FLAG_AFTER.match(after)
    if code is None and post:
        code = _flag_code(analysis, post["a"] or post["b"] or post["c"])
    nation = _LEAD_NATION.search(phrase) if code is None else None
    if nation is not None:
        # "A North Korean cargo vessel ... || The ship, named X": a state right before the kind, as
        # "the DPRK tanker Yu Son" (see `_nationality_flags`)
        code = _nation_code(analysis, nation["nation"])
    return code


_LEAD_FLAG_AFTER = re.compile(
    r"\s+(?:(?:that\s+is|which\s+is)\s+)?(?:flagged|registered)\s+in\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)|\s+(?:flying|under)\s+the\s+(?:flag\s+of\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)|(?P<c>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+flag)")
_TYPE_AT_END = re.compile(r"\b(?i:" + _TYPE + r")$")
_LEAD_NATION = rx(r"(?:^|\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+)(?P<nation>DPRK|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
                  r"(?:(?:[a-z][\w-]*|[A-Z]{2,}\d?)\s+){0,2}?(?i:" + _TYPE + r")$")


def _nation_code(analysis: Analysis, word: str) -> str | None:
    """The ISO alpha-3 code of a state told by its name or adjective ("DPRK", "Iranian")."""
    return next((e.country for e in analysis.gazetteer.lookup(word)
                 if e.kind == "State" and e.form in ("name", "adjective") and e.country), None)


def _flag_code(analysis: Analysis, phrase: str) -> str | None:
    """A registry's ISO alpha-3 code from a country name or adjective ("Liberian")."""
    words = phrase.replace("the ", "").split()
    if "and" in words:
        # "Antigua and Barbuda" is one registry; "Malta and Panama" two, which ship's not told
        bare = re.sub(r"^[Tt]he\s+", "", phrase.strip())  # ("The Antigua and Barbuda-flagged X")
        for name in (bare, " ".join(w for w in words if w != "The")):
            for entry in analysis.gazetteer.lookup(name):
                if entry.kind in ("State", "Place") and entry.country and len(entry.key) == 3:
                    return entry.country
        return None
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            for entry in analysis.gazetteer.lookup(" ".join(words[i:i + n])):
                if entry.kind in ("State", "Place") and entry.country and len(entry.key) == 3:
                    return entry.country
    # "the Sao Tome-flagged Milos": a state's short name that is also its capital port's
    told = normalize(" ".join(words))
    for entry in analysis.gazetteer.lookup(told):
        state = analysis.gazetteer.states.get(entry.country or "") if entry.kind == "Port" else None
        if state is not None and normalize(state.name).startswith(told + " "):
            return state.key
    return None
