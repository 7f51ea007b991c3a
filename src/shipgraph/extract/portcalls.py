"""Port calls: a named vessel at a named port, however the text puts it.

Rules, each over one sentence: a call verb between a vessel and a port ("X berthed at P");
a port-log section header ("VOSTOCHNY: X arrived 29 Apr"); a nominal call ("a call at P",
"a delivery to P"); imagery of a port that shows a vessel; and later references to a port
("at the port", "the same berth", "there"), which become Port anaphors first."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .base import Analysis, Mention, Sentence
from .confidence import confidence_of
from .dates import NUM_WORDS, YEAR, TimeMention, days_of, format_interval, parse_iso
from .eventbase import (
    ARRIVING,
    CARGO_LOADED_AT,
    CARGO_THEN_LOADED,
    CARGO_WORDS,
    COUNT_WORDS,
    FLAG_BEFORE,
    FORCED_TO,
    JOINED,
    MODAL,
    OBJECT_BEFORE,
    PORT_APPOSED,
    RULERS_CLAUSE,
    blocked,
    blocked_as_said,
    cite,
    clause_start,
    confidence_at,
    coordinated,
    date_near,
    ends_before,
    gap_days,
    inside,
    joined_before,
    lies_before,
    overlaps,
    record,
    shifted_back,
    span_dates,
    span_days,
    stronger,
    subjects,
    unique_keys,
    voyage_days,
    weaker,
    weeks_before,
)
from .prefilter import rx
from .text import (
    FEW_WORDS,
    FOLLOWED_AFTER,
    HANDED_OVER,
    IN_CLAUSE,
    LOAD_VERB,
    SEEN_TIME,
    cells,
    closes_line,
    opens_line,
)
from .vessels import (
    DAYED_ITEM,
    DID_SO,
    GAP_LATER,
    LOOK_MATCHES,
    NAMED_AS,
    ONE_NAMED_AS,
    SHIPS_BY_PORT,
    bulleted_items,
)

# a ship that received a cargo: "received refined petroleum" (not "received a warning")
_RECEIVED_CARGO = r"receiv(?:ed|es|ing)(?=\s+(?:[\w,.-]+\s+){0,6}?" + CARGO_WORDS + r"\b)"
# what a ship "took" on at a port, told by its goods: "took barley there", "took wheat at Mariupol"
# ("took 1.9 million barrels of Merey crude at the Jose terminal")
_GOODS_TAKEN = (r"\s+(?:[\w,.-]+\s+){0,5}?(?:wheat|barley|grain|maize|corn|coal|crude|oil|diesel|fuel|gasoil|"
                r"naphtha)")
# a trade paper's word for leaving a port: "cleared Chornomorsk on Tuesday for Bandirma" (not
# "cleared customs", nor "was cleared to sail")
_CLEARED = r"(?<!was\s)(?<!been\s)(?<!were\s)cleared(?=\s+(?:the\s+port\s+of\s+)?(?-i:[A-Z])|\s*$)"
# "the Chinese port of", "the Iranian oil terminal of": a port told by its kind before its name
# (or by a part of it: "was at the pier in Rajin", "at a berth of Vostochny")
_PORT_NAMED_OF = (r"(?:the\s+(?:(?-i:[A-Z])[\w-]*\s+)?"
                  r"(?:(?:oil|crude|grain|coal|container|fuel|export|naval)\s+)?"
                  r"(?:port|harbou?r|terminal|anchorage)\s+of|"
                  r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:pier|berth|quay|jetty|terminal|wharf|dock)s?\s+(?:in|at|of))")
CALL = rx(
    r"\b(?P<verb>(?<!port\sof\s)(?<!ports\sof\s)call(?:ed|s|ing)?|arriv\w*|dock\w*|berth\w*|moor\w*|alongside|anchor\w*|"
    + LOAD_VERB + r"|lift(?:ed|ing|s)?(?!\s+(?:off|onto|out|sanctions|the ban)\b)|"
    r"discharg\w*|unload\w*|offload\w*|deliver\w*|sail\w* from|sail\w*|depart\w*|left|"
    r"set\s+(?:out|off)\s+from|put\s+(?:out|to\s+sea)\s+from|" + _CLEARED + r"|"
    # ("changed crew at Port Said", "took on supplies at Ceuta", "was scrapped at Alang")
    r"chang(?:ed|ing)\s+(?:its\s+|her\s+)?crews?|crew\s+change|(?:took|taking)\s+on\s+(?:fresh\s+)?"
    r"(?:supplies|stores|provisions|water)|resuppl(?:ied|ying)|scrapped|broken\s+up|beached|"
    # a port log's "arr." and "dep." (and "sld." for sailed)
    # ("sld Ust-Luga 19 Nov", with no point, before the port)
    r"(?-i:arr|dep|dept|sld)(?=\.(?:[\s,;]|$)|[ \t]+(?-i:[A-Z])|[ \t]+$)|"
    r"(?:came|come|comes|coming) from|leav\w*|reach\w*|visit\w*|seen|imaged|photographed|spotted|"
    # ("slipped into Tartus", "made its way to Tartus", "got to Tartus")
    r"(?:slipped|sneaked|snuck|crept)\s+into|made\s+(?:its|her)\s+way\s+(?:in)?to|got\s+(?:in)?to|"
    r"(?:slipped|sneaked|snuck|crept|sailed|steamed|pulled|edged)\s+out\s+of|"
    # "was later tracked to Lianyungang": tracking placed it there
    r"(?:tracked|traced)\s+(?:back\s+)?(?:to|at|in)(?=\s+(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z])|\s*$)|"
    # "had been bound for Vladivostok from St Petersburg": where it had left
    r"bound\s+for\s+[^,;.]{1,40}?\s+from(?=\s+(?:the\s+)?(?:port\s+of\s+)?(?-i:[A-Z])|\s*$)|"
    # a voyage told with its ends: "travelled from A to B", "plied the route between A and B"
    r"travell?(?:ed|ing|s)|journey\w*|steam(?:ed|ing|s)|pl(?:ied|ies|ying)|return\w* from|"
    r"trad(?:ed|ing)\s+between|(?:sought|seeking|took|taking)\s+(?:refuge|shelter)|"
    # "took barley there", "took wheat at Mariupol": a load taken on at a port
    r"(?:took|takes|taking)" + _GOODS_TAKEN + r"(?=\s+(?:at|in|there)\b|\s*$)|"
    r"(?:crossing|passage|voyage|route|run)\s+(?:from|between)|"
    r"cross(?:ed|es)(?=\s+(?:the\s+(?:strait|channel|sea)\s+)?(?:from|between)\b)|"
    # ("Its voyage began in the Russian Baltic port of Ust-Luga")
    r"(?:voyage|trip|passage|crossing)\s+(?:(?:had|has)\s+)?(?:began|begun|started|originated|commenced)\s+"
    r"(?:in|at)|"
    # "was on its way from Port Klang to Yantian"
    r"(?:on|en)\s+(?:its|her|their|the)\s+way\s+from|en\s+route\s+from|"
    # "its previous voyage ended at Vadinar"
    # ("An earlier voyage, in June, ended at the Turkish port of Bandirma", "Its voyage in June
    # ended at")
    r"(?:voyage|trip|journey|run|passage)(?:,\s+[^,;.]{1,30},|\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s+"
    r"(?:ended|ends|finished|terminated)\s+(?:at|in)|"
    # "completed its last voyage at Sikka"
    r"(?:completed|ended|finished|concluded)\s+(?:its|her|the|a)\s+(?:[\w-]+\s+)?(?:voyage|trip|journey|"
    r"run|passage)\s+(?:at|in)|"
    # "made two similar voyages in February and March, both ending at Longkou"
    # ("made at least three voyages to Syria this year, the last of which ended at Baniyas")
    r"(?:voyages|trips|journeys|runs)\b" + IN_CLAUSE +
    r"{0,40}?,\s+(?:(?:both|each|all|every\s+one)\s+(?:ended|ending|finished|finishing|terminating)|"
    r"(?:the\s+(?:last|latest|most\s+recent|first|second)|one)\s+of\s+(?:which|them)\s+(?:ended|finished|"
    r"terminated))\s+(?:at|in)|"
    r"observed|recorded|remain\w*|sighted|"
    # "sat off Singapore for months", "lingered outside Tartus": lying there
    # ("has been floating off Zhoushan since October", "was loitering off Fujairah": the ship's
    # own state, not "found debris floating off Zhoushan")
    r"(?:sat|lay|lingered|loitered|idled|idling|waited|floated|"
    r"(?:(?<=\bbeen\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s))(?:floating|loitering))"
    r"(?=\s+(?:off|outside|at|in|near)\s+(?:the\s+"
    r"(?:port|harbou?r|anchorage)\s+of\s+)?(?:(?-i:[A-Z])|$))|"
    # "has become a familiar sight at the port", "a regular caller at Tartus"
    r"(?:familiar|regular|frequent|common)\s+(?:sight|visitor|caller)|"
    # "was detected at Nampo by satellite", "was located in Nampo"
    # ("was last detected off Rajin")
    r"(?:detected|located|identified|tracked)(?=\s+(?:at|in|off)\s)|"
    r"laid up|dry ?dock\w*|repair\w*|"
    r"return\w*(?:\s+(?:north|south|east|west)(?:bound|wards?)?|\s+home|\s+back|"
    # "returned empty to Bandar Abbas"
    r"\s+(?:empty|light|unladen|(?:fully\s+)?laden|in\s+ballast))? to|"
    # ("was present at Tartus on Monday")
    r"(?<=\bwas\s)present(?=\s+(?:at|in)\s)|(?<=\bwere\s)present(?=\s+(?:at|in)\s)|"
    # ("was visible at the same pier on 23 March", "is pictured at Tartus")
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s))(?:visible|pictured)"
    r"(?=\s+(?:at|in|alongside)\s)|"
    # ("left Nampo on April 6 and returned there on April 18")
    r"return\w*(?=\s+there\b|\s*$)|"
    # (not a signal or a deed that ceased: "stopped transmitting its position off Fujairah")
    r"stopp\w*(?!\s+(?:transmitting|broadcasting|sending|signalling|signaling|responding|reporting|"
    r"emitting|working|operating|paying|trading|sharing))|put in|in port|reappearing|resurfacing|"
    r"lay at|(?:sat|sits|sitting) at|idl\w*|waiting|wait\w*|shifted|"
    # "spent four days at Nampo", "stayed for a week in Tartus"
    r"(?:sp(?:ent|ends?|ending)|stay(?:ed|s|ing)(?:\s+for)?)\s+(?:(?:about|some|nearly|around|roughly|"
    r"over|more\s+than|at\s+least|almost|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+|several|a\s+few|a\s+couple\s+of|the\s+next|the\s+following|the\s+night)\s+)*(?:(?:days?|weeks?|"
    # ("spent a month at the Iranian oil terminal of Kharg Island")
    r"months?|hours?|nights?)\s+)?(?:at|in|alongside)(?=\s+(?:" + _PORT_NAMED_OF + r"(?:\s+|$))?"
    r"(?:(?-i:[A-Z])|$)|\s*$)|"
    r"reappeared|resurfaced|re-emerged|continued upriver|"
    r"appear(?:ed|s)(?!\s+(?:to|as|in\s+(?:the\s+)?(?:data|records|images|imagery|list|database))\b)|"
    r"showed up|turned up|"
    r"pulled into|head(?:ed|ing|s) into|entered|"
    # "The tanker later moved to Baniyas"
    # ("moved to the Khor Fakkan anchorage")
    # ("moved to nearby Longkou to take on bunkers")
    r"mov(?:ed|es|ing)\s+(?:on\s+|back\s+)?(?:to|into)(?:\s+(?:nearby|neighbou?ring))?"
    r"(?=\s+(?:the\s+(?:(?:port|harbou?r)\s+of\s+)?)?"
    r"(?:(?-i:[A-Z])|$)|\s*$)|"
    # ("received refined petroleum from a Russian tanker at Vostochny")
    + _RECEIVED_CARGO + r"|"
    r"collect(?:ed|s)|pick(?:ed|s) up|(?:took|takes|taken|taking) on|bunker(?:ed|ing|s)|"
    r"re-?fuell?(?:ed|ing|s)|transport\w*|trips?|runs?|"
    r"(?:took|takes|taking)\s+(?:a|its|her|another)\s+(?:[\w-]+\s+)?cargo|"
    r"(?<!port\sof\s)(?<!ports\sof\s)call|trapped|stranded|"
    r"stuck|held|followed|made port|called into|put into|tied\s+up|"
    # ("has been unable to leave Novorossiysk since January 5": kept there)
    r"(?:unable|not\s+able)\s+to\s+leave(?=\s+(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z])|\s*$)|"
    # ("was inspected at Rotterdam but not detained": it was there)
    # ("was inspected and cleared in Djibouti")
    r"(?<=was\s|ere\s|een\s)(?:inspected|searched|examined)(?:\s+and\s+(?:cleared|released|approved))?"
    r"(?=\s+(?:at|in)\s)|"
    # ("was escorted into Colombo", "was brought into Piraeus for inspection")
    r"(?:escorted|towed|diverted)\s+(?:in)?to|(?<=was\s|ere\s|een\s)brought\s+(?:in)?to|"
    # ("a car carrier they seized and took to the port of Hodeidah")
    r"(?:seized|captured|hijacked|boarded|commandeered)\s+and\s+(?:then\s+)?took\s+to|"
    # "went on to Tartus", "went into Sevastopol"
    # ("is thought to have gone to Yantai")
    # ("went instead to Tobruk", "went straight to Tartus")
    r"(?:went|gone)\s+(?:(?:on|instead|then|later|back|directly|straight|next)\s+)?(?:in)?to"
    r"(?=\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?(?:(?-i:[A-Z])|$))|"
    r"taken to|"
    # "was in Ust-Luga last week", "is currently at Fujairah": a place named right after
    # ("was highly likely at Nampo", "was in the Chinese port of Longkou")
    r"(?:was|were|is|are|has been|had been)\s+(?:(?:still|currently|now|already|then|last|back|"
    r"[a-z]+ly|(?:highly|very|most)\s+likely|likely|almost\s+certainly)\s+)?"
    r"(?:in|at)(?=\s+(?:" + _PORT_NAMED_OF + r"\s+)?(?:(?-i:[A-Z])|$)|\s*$)|"
    # "was damaged at the naval base in Novorossiysk": struck where it lay
    r"(?:damaged|destroyed|struck|hit|attacked|sunk|sank|targeted|bombed)(?!\s+(?:an?\s+|the\s+)?(?:deal|"
    r"agreement|record|snag|bottom|low|high)\b)(?=\s+(?:[\w-]+\s+){0,4}?"
    # (not the attack it was hit in: "was hit in a drone attack off Aden"; but "in a strike on the
    # port of Feodosia")
    r"(?:at|in|inside)\s(?!(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|assault|explosion|blast|"
    r"salvo|barrage|incident)s?\b(?!\s+(?:on|at|in|inside)\s))))\b", re.I)
# (not a ship that waits to do it: "is waiting to unload off Rizhao")
_WAITS_TO = r"(?<!waiting to )(?<!waited to )(?<!waits to )(?<!wait to )(?<!queuing to )(?<!queueing to )"
ACTIVITY = [
    # (not the noun: "sailed ... with a full load of diesel to Fujairah")
    # (a ship that "received refined petroleum at Vostochny" loaded there; not where "Syrian
    # officials received the cargo")
    # (not a time: "where it was taken on November 19")
    ("loading", rx(_WAITS_TO + r"\b(" + LOAD_VERB +
                   r"|collect(?:ed|s)|pick(?:ed|s) up|(?:took|takes|taken|taking) on"
                   r"(?!\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|"
                   r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
                   r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
                   # (not the ship's own fuel or stores: "took on bunkers at Ceuta")
                   r"(?!\s+(?:fresh\s+)?(?:bunkers|bunker\s+fuel|provisions|stores|supplies|water)\b)|"
                   r"(?<!officials )(?<!authorities )(?<!customs )(?<!refinery )(?<!refineries )(?<!buyers )"
                   r"(?<!buyer )(?<!port )(?<!terminal )(?<!importers )" + _RECEIVED_CARGO + r"|"
                   # (not "took a similar cargo to Rotterdam": where it went with it)
                   r"(?:took|takes|taking)\s+(?:a|its|her|another)\s+(?:[\w-]+\s+)?cargo"
                   r"(?![^.;]*\s(?:to|into)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?$)|"
                   # ("took barley there in late June")
                   r"(?:took|takes|taking)" + _GOODS_TAKEN + r"(?=\s+(?:at|in|there)\b|\s*$)|"
                   r"lift(?:ed|ing|s)?(?!\s+(?:off|onto|out)\b))\b", re.I)),
    # ("where the boxes were taken off under guard")
    # (not the ship itself handed over: "was delivered to its new owners in Fujairah")
    ("discharging", rx(_WAITS_TO +
                       r"\b(discharg\w*|unload\w*|offload\w*|deliver\w*" + HANDED_OVER + r"|lifted (?:off|"
                               r"onto|out)|(?<=was\s|ere\s)taken\s+(?:off|ashore)(?!\s+(?:the\s+)?(?:list|"
                               r"sanctions|register|blacklist)))\b", re.I)),
    # ("had set out from Jask", "put to sea from Bandar Abbas")
    # ("slipped out of Primorsk late last month")
    ("departure", rx(r"\b(sail\w* from|set\s+(?:out|off)\s+from|put\s+(?:out|to\s+sea)\s+from|depart\w*|left|"
                     r"(?:slipped|sneaked|snuck|crept|sailed|steamed|pulled|edged)\s+out\s+of|"
                     + _CLEARED + r"|"
                     r"leav\w*|(?-i:dep|dept|sld)(?=\.(?:[\s,;]|$)|\s*$)|"
                     # ("The X sailed on August 8" in a port's log: it left the log's port)
                     r"sail(?:ed|s)(?=\s*$)|"
                     r"(?:came|come|comes|coming) from|"
                     r"(?:travell?(?:ed|ing|s)|journey\w*|steam(?:ed|ing|s)|return\w*|crossing|passage|"
                     r"voyage|run) from|(?:on|en)\s+(?:its|her|their|the)\s+way\s+from|en\s+route\s+from|"
                     r"cross(?:ed|es)\s+(?:the\s+(?:strait|channel|sea)\s+)?from|"
                     # ("Its voyage began in the Russian Baltic port of Ust-Luga")
                     r"(?:voyage|journey|trip|passage|crossing)\s+(?:(?:had|has)\s+)?(?:began|begun|started|"
                     r"originated|commenced)\s+(?:in|at))\b",
                     re.I)),
    ("berthed", rx(r"\b(berth\w*|dock\w*|moor\w*|tied\s+up|alongside|arriv\w*|"
                   r"(?-i:arr)(?=\.(?:[\s,;]|$)|\s*$)|"
                   r"anchor\w*|reach\w*|"
                   # ("each time returning to Dunai": an arrival there)
                   r"pulled into|put in|return(?:ed|ing|s)?\s+(?:home\s+|back\s+)?to)\b", re.I)),
]
_PREP_BEFORE_PORT = rx(r"\b(at|in|into|to|from|off|of|for|towards?|near|alongside|reached|left|visited|"
                               r"entered|departed|between|and|over|leaving|reaching|visiting|"
                               r"entering|departing|reaches|leaves|visits|enters|departs)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,4}$|"
                               # ("cleared Chornomorsk on Tuesday": see _CLEARED)
                               r"\b" + _CLEARED + r"\s+(?:the\s+port\s+of\s+)?$|"
                               # a log's "arrived Novorossiysk" ("sailed Ust-Luga 19 Nov", "sld Ust-Luga")
                               r"\barriv(?:ed|es|ing)\s+$|\b(?-i:arr|dep|dept|sld)\.?\s+$|"
                               r"\bsailed\s+$|"
                               # ("loaded Primorsk 8 Aug": see _LOG_DEED)
                               r"\b(?:loaded|discharged|unloaded)\s+$|"
                               # "reached its final destination, Tartus"; "to its next port of
                               # call, Djibouti"
                               r"\b(?:reached|arrived at)\s+(?:its|her|their)\s+(?:final\s+)?destination,\s+"
                               r"(?:the\s+(?:port|harbou?r)\s+of\s+)?$|\bports?\s+of\s+call,?\s+$|"
                               # ("called at a UK port, Milford Haven,": the port named after)
                               r"\b(?:at|in|into|to|from)\s+(?:a|an|one|another)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:port|harbou?r|terminal)\s*,\s+$", re.I)
# a predicate of its own after a port: "... and was seized off", "..., then drifted towards"
_OWN_PREDICATE = rx(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b|"
                    r"\band\s+(?:then\s+|later\s+)?[a-z]+ed\b")
# a log's deed with its port and no word between: "loaded Primorsk 8 Aug", "discharged Sikka;"
_LOG_DEED = re.compile(r"\b(?:loaded|discharged|unloaded)\s+$", re.I)
_LOG_DEED_AFTER = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:on\s+)?\d{1,2}\b|\s+(?:on|in)\s+(?-i:[A-Z])")
# ("via Turkey's Marmara Ereglisi": a port set after its state's name)
_VIA = rx(r"\b(?:via|by way of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:(?:port|harbou?r)\s+of\s+)?$|"
          # ("sailed through the Sulina channel to Constanta": the waterway named for a port)
          r"\b(?:through|via|along)\s+the\s+$", re.I)
# (not a time a ship spent: "waiting for weeks off Port Said")
_NOT_A_CALL_PREP = rx(r"\b(for(?!\s+(?:(?:about|some|nearly|over|almost|several|many|a\s+few|a|an|one|two|"
                      r"three|four|five|six|\d+)\s+)?(?:hours?|days?|weeks?|months?)\b)|towards?|near|south|north|"
                      r"east|west|of the city|"
                              r"outside|beyond|past|coast|coastline|shores?|waters)\s+(?:of\s+|off\s+)?"
                              r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|"
                              # "for the Chinese port of Qingdao": where it was going
                              r"\b(?:for|towards?)\s+the\s+(?:[\w'’-]+\s+)?(?:port|harbou?r)\s+of\s+$", re.I)
# A later clause that denies the vessel was there at all (not merely what it did there).
_PRESENCE_DENIED = rx(r"\b(?:but|although|though|however)\b"
                      # (not what is said of its cargo: "but its cargo could not be identified")
                      r"(?!,?\s+(?:its|her|their|the)\s+(?:[\w-]+\s+)?(?:cargo(?:es)?|loads?|contents|"
                      r"destination|origin|owners?|operators?|crew|identity|purpose)\b)"
                      r"[^;]*?(?:\b(?:no (?:sign|"
                              # ("but it is not clear whether they were loading": what it did
                              # there is in doubt, not that it was there)
                              # ("though this could not be confirmed": unverified, a hedge)
                              r"evidence|record)|not(?!\s+(?:be\s+|been\s+)?(?:independently\s+|"
                              r"immediately\s+)?(?:confirmed|verified|corroborated|substantiated)\b)"
                              r"(?!\s+(?:(?:immediately|entirely|yet)\s+)?"
                              r"(?:clear|known|certain|sure|obvious|confirmed)\s+(?:whether|if|what|"
                              r"how|why|who)\b)|never)\b[^;]{0,40}?\b(?:was|were|been|be|"
                              r"call\w*|visit\w*|arriv\w*|enter\w*|dock\w*|berth\w*)\b|"
                              r"\bno (?:sign|trace) of (?:her|it|them|the \w+)\b|"
                              r"\bdenied\b|\bfalse\b|\buntrue\b)", re.I)
_CARGO_ORIGIN = rx(r"\b(?:came|comes|originated|originating|sourced)\s+(?:\w+\s+)?"
                          r"(?:from|in)\s+(?:the\s+)?$", re.I)
# ("docked at Vostochny on Saturday after a voyage from Chongjin")
# "from the Russian Baltic port of": what stands between "from" and a port it names
# (not "barred ... from leaving the port of": a deed kept from)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?!(?:to|and|or|at|in|[a-z]+ing)\b)[\w'’-]+\s+){0,4}$")
_VOYAGE_BEGAN = re.compile(r"\b(?:voyage|journey|trip|passage|crossing)\s+(?:that|which)\s+(?:had\s+)?"
                           r"(?:began|begun|started|originated)\s+(?:in|at|from)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,4}$")
_ARRIVED_FROM = re.compile(r"\barr\.\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$|"
                           # ("returned to Novorossiysk from Tartus": the end told first)
                           r"\b(?:returned|sailed|travell?ed|steamed|came\s+back|headed\s+back)\s+(?:back\s+)?"
                           r"to\s+[^,;]{1,40}?\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|"
                           r"\b(?:arriv(?:ed|ing|es)|had\s+(?:sailed|come|departed|travell?ed|"
                           r"steamed)|(?:docked|berthed|moored|anchored|unloaded|discharged|offloaded)\b[^;]*"
                           r"\bafter\s+(?:a|an|its|her)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:voyage|trip|journey|passage|crossing))\b[^,;]*\bfrom\s+"
                           r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|"
                           # "arrived at Tobruk on 2 April, having sailed from Tartus": where it came from
                           r"\b(?:arriv(?:ed|ing|es)|docked|berthed|moored|reached)\b[^;.]*?,\s+having\s+"
                           r"(?:\w+ly\s+)?(?:sailed\s+from|come\s+from|departed(?:\s+from)?|left|"
                           r"travell?ed\s+from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|"
                           # "berthed at Tobruk with a cargo of jet fuel from Taman"
                           r"\b(?:arriv\w+|docked|berthed|moored|anchored|called|came\s+in)\b[^,;]*\bwith\s+"
                           r"(?:[\w.,-]+\s+){0,6}?from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
# the ship's own voyage: "The X came from Novorossiysk", "the X, which had come from Y", "The
# Aris (Cameroon) sailed from Kavkaz"
_SHIP_CAME = rx(r"(?:\s*\([^()]*\))?(?:,\s+(?:which|that)\s+|,?\s+)(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?"
                r"(?:came|come|comes|sailed|arrived)\s+(?:(?:straight|directly|back|in)\s+)?from\s+"
                r"(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?")
_ARRIVED = re.compile(r"\barriv|\barr\.(?=\s)|\bafter\s+(?:a|an|its|her)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:voyage|trip|journey|"
                      r"passage|crossing)\b|\b(?:docked|berthed|moored|anchored|called|came\s+in)\b[^,;]*\bwith\s+"
                      r"(?:[\w.,-]+\s+){0,6}?from\s", re.I)
# whose deed the verb after a ship's name tells: its people's or its sister's ("the Vega's crew")
_PEOPLE_OF = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:crew|captain|master|owners?|operators?|managers?|"
                        r"charterers?|sailors|seafarers|officers?|engineers?|agents?|insurers?|"
                        r"lawyers?|executives?|director|sister\s+(?:ship|vessel|tanker))\b")
# the ship's own fuel or stores brought to it at a port: "for fuel delivered in"
_SUPPLIES_BROUGHT = rx(r"\b(?:fuel|bunkers?|supplies|provisions|stores|spares|lubricants)\s+(?:it\s+|was\s+|"
                       r"were\s+)?(?:delivered|supplied|provided|sold)\s+(?:to\s+(?:it|her)\s+)?(?:at|in)\s+"
                       r"(?:the\s+(?:port\s+of\s+)?)?$")
# "The X, whose owner is in Dubai, ...": the aside is about what the ship has, not the ship
_WHOSE_ASIDE = re.compile(r"\s*,\s+whose\s[^,;()]*")
# ships joined to the named one ("and two other vessels docked"), or a group it is one of
# ("was among at least five tankers that loaded at Kozmino", "is one of three ships that")
_WITH_OTHERS = re.compile(r"\s+(?:and|as well as|with)\s+(?:[\w-]+\s+){0,3}|"
                          r",?\s+(?:(?:was|is|were|are)\s+)?(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,4}")
# a verb whose subject is ships in general, not the named one: "other tankers that called at"
# ("a day after Russian warships arrived in Havana")
_OTHER_SHIPS = re.compile(r"\b(?:(?:war)?ships|vessels|tankers|boats|freighters|carriers|bulkers|frigates|"
                          r"destroyers|corvettes|submarines)\s+"
                          r"(?:(?:that|which)\s+(?:were|had|have)?\s*(?:been\s+)?)?(?:[a-z]+ly\s+)?$")
# ("to the Syrian port of Latakia")
_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:port|harbou?r)\s+of\s+)?$",
                        re.I)
# (", " and "and", after a date in brackets: "Novorossiysk (2 May), Sevastopol (5 May) and Tartus")
# (a port's own words after its name may close it: "Vladivostok Commercial Sea Port", "Novorossiysk's
# Sheskharis terminal"; and the next may open on "the": "the Fujairah anchorage")
_LIST_GAP = re.compile(r"(?:['’]s\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:oil\s+|grain\s+|container\s+)?"
                       r"(?:terminal|port|harbou?r|berth|anchorage|pier)|\s+(?:[A-Z][a-z]+\s+){0,3}(?:[Pp]ort|[Hh]arbou?r|"
                       r"[Tt]erminal|[Aa]nchorage))?"
                       r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
                       # (the city that owns the next: "Novorossiysk's Sheskharis terminal")
                       r"(?:[A-Z][\w'’-]*['’]s\s+)?")
# a port's name as its owner: "Yantai's Longkou port", "Basra's Khor al-Zubair port"
POSSESSOR = re.compile(r"['’]s?\s")


def owns_port(text: str, place: Mention, others: list[Mention]) -> bool:
    """Whether a place is told as owning a port named next, in the same noun ("Basra's Khor
    al-Zubair port"; not a port told after the clause ends: "unloading at Rajin's pier; it had
    left Vostochny")."""
    return POSSESSOR.match(text, place.end) is not None and any(
        q.type == "Port" and q.start > place.end and q.start - place.end < 30 and
        not _NOUN_ENDS.search(text, place.end, q.start) for q in others)


_IN_CITY_AFTER = re.compile(r",?\s+(?:in|at)\s+(?:the\s+(?:city|emirate|port\s+city)\s+of\s+)?")


def _holds_port(analysis: Analysis, place: Mention, others: list[Mention]) -> bool:
    """Whether a port is named as the city a port named just before lies in ("at Khalifa Port
    in Abu Dhabi"), both of one state."""
    city = analysis.port(place.key)
    return place.form == "name" and city is not None and any(
        q.end < place.start and q.key != place.key and q.form == "name" and
        _IN_CITY_AFTER.fullmatch(analysis.text, q.end, place.start) is not None and
        (port := analysis.port(q.key)) is not None and port.country == city.country for q in others)


# what ends the noun a possessive opens: a clause's punctuation or a word that joins a clause
_NOUN_ENDS = re.compile(r"[;,.:()]|\b(?:and|or|but|then|before|after|to|from|for|via|it|its|she|her|"
                        r"had|has|have|was|were|is|left|sailed|headed|bound|when|while|where|which|that)\b")
# (after the state or region the port lies in: ", Viet Nam, where", " in northern Vietnam, where")
_WHERE = rx(r"(?:\s*\([^()]{1,40}\))?(?P<within>(?:,|\s+in)\s+"
            r"(?:(?:north|south)?(?:-?(?:east|west))?(?:ern)?\s+)?[A-Z][\w'’. -]{1,30}?)?,?\s+where\s+")
# "containers stacked on the quay at Rajin as the Angara loaded": a ship at work in the port
_DURING = rx(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:as|while|when)\s+")
_AT_BERTH = rx(r",?\s+(?:[a-z]+ly\s+)?(?:was\s+|were\s+|is\s+|are\s+)?(?:being\s+)?(?:load(?:ed|ing)|"
               r"unload(?:ed|ing)|discharg(?:ed|ing)|offload(?:ed|ing)|dock(?:ed|ing)|berth(?:ed|ing)|"
               r"moor(?:ed|ing)|anchored|lay|sat|waited|took\s+on|taking\s+on)\b")
# between "where" and the ship: an article, a flag, a type ("where the Russian landing ship")
_WHERE_SUBJECT = re.compile(r"(?:(?:the|a|an|its|her|their)\s+)?(?:[\w'’-]+\s+){0,4}?")
# the ship's own verb: "was struck", "had unloaded", "docked", "is moored"
_CLAUSE_VERB = rx(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:[a-z]+ly\s+)?(?:(?:was|were|had|has|have|is|are|"
                  r"remained|remains)\b(?:\s+(?:been\s+)?[a-z]+)?|[a-z]+ed\b)")
# A clause with a named subject of its own: ", and the Lakshmi took"
# ("..., but the tanker Kite Sun was at Latakia": its kind before the name)
NEW_SUBJECT = rx(r"[,;]\s+(?:and|while|but|whereas)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
                  r"(?-i:[A-Z])[\w'’-]*"
                  r"(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,3}\s+(?:[a-z]+ed|took|left|was|were|made|went|came|sent|ran)\b|"
                  # ("All three had sailed from Tartus, and two of them had called at P": some of
                  # the ships, which ones the text does not say)
                  r"[,;]?\s+(?:and|while|but|whereas)\s+(?:one|two|three|four|five|some|several|most|"
                  r"many|a\s+few|none)\s+of\s+(?:them|these|those|the\s+\w+)\b|"
                  # "loaded at Murmansk after the crude was brought from Varandey": a clause of the
                  # cargo's own, whose places are where the cargo went
                  r"\b(?:after|before|once|when|until)\s+(?:the|its|her|their)\s+(?:[a-z]+\s+)?"
                  r"(?:crude|oil|cargo|cargoes|fuel|coal|grain|wheat|goods|load|shipment|consignment)\s+"
                  r"(?:was|were|had\s+been|has\s+been)\b")
# A second verb joined to the first: the places after it are its own ("loaded at A and stored
# it off B")
_AND_VERB = rx(r"\band\s+(?:(?:then|later|subsequently|eventually|first|also|finally|again|soon|"
               r"briefly|initially|once\s+again|probably|likely|possibly|apparently|reportedly|"
               r"allegedly)\s+)?"
               r"(?P<verb>[a-z]{3,}ed|kept|held|lay|sat|spent|"
               # ("loaded at Primorsk and is signalling Port Said as its destination")
               r"(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?[a-z]{3,}ing)\b")
_CLAUSE_BREAK = rx(r";|\bbut\b|\bwhile\b|,\s+which\b|\bwhereas\b")
# a voyage under way, told by a participle after a comma: ", carrying Urals crude to"
_CARRYING_TO = rx(r",\s+(?:\w+ly\s+)?(?:carrying|transporting|hauling|ferrying)\s+[^,;.]{1,60}?\s+"
                  r"(?:to|for|towards?)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$")
# A clause of a verb in -ing hung on a time word ("after transmitting", "while waiting"): the
# places after it are its own, unless it is a call's verb ("after leaving Nampo").
_GERUND_CLAUSE = rx(r"\b(?:after|before|while|when|since|without|by|upon|on)\s+(?:\w+ly\s+)?"
                    r"(?P<verb>[a-z]{3,}ing)\b")
_PORT_ANAPHOR = rx(
    # ("was moored at that pier on February 20": the pier told before)
    # ("visited the same pier in March")
    r"\b(?:at|in|to|into|from|off|near|left|reached|entered|leaving|alongside|visited|visiting|visits)\s+(?P<np>"
    # ("took on fuel oil at berth 5": a numbered berth of the port told before)
    r"(?:berth|pier|quay|jetty|Berth|Pier|Quay|Jetty)\s+(?:No\.?\s*)?\d{1,3}[A-Za-z]?(?![\w-])|"
    # ("was photographed at a coal berth on December 9": a berth of the port told before)
    r"an?\s+(?:(?:coal|oil|grain|container|cargo|bulk|ore|fuel|crude|northern|southern|eastern|western|"
    r"main|outer|inner)\s+){0,2}(?:berth|pier|quay|jetty|wharf)"
    # (not one of a place named after it: "at a wharf on Zhoushan's Liuheng island")
    r"(?!\s+(?:on|in|at|of|near|off|outside)\s+(?:the\s+)?(?:\w+\s+)?(?!(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)[A-Z])|"
    # ("It remains at its berth": the ship's berth in the port told before)
    r"(?:its|her)\s+(?:usual\s+|regular\s+|loading\s+)?(?:berth|mooring|anchorage)|(?:the|that)\s+"
    # ("unloading at the South Port": a part of the port told before, named as the port names it)
    r"(?:(?:North|South|East|West|Old|New)\s+(?:Port|Harbou?r|Terminal|Quay|Pier)|"
    # ("at the refinery's berth")
    r"(?:same\s+)?(?:(?P<mod>[A-Z][\w-]*|city['’]s|port['’]s|harbou?r['’]s|refinery['’]s|terminal['’]s|"
    r"commercial|main|container|oil|grain|coal|crude|"
    r"fuel|cargo|bulk|ore|LNG|LPG|naval|military|outer|inner|single-point|adjacent|neighbou?ring|"
    r"nearby|next|refinery|river|sea|deep-?water|ferry|export|petroleum|industrial|gas|"
    r"northern|southern|eastern|western|central|north|south|east|west|old|new)\s+){0,2}"
    r"(?:port|harbou?r|berth|terminal|quay|pier|anchorage|jetty|mooring|buoy)))\b"
    # ("at the terminal at the time": no other port named after it)
    # (nor "the anchorage off Ningbo": the port named after it)
    r"(?!\s+(?:of|near|formerly|also|now|previously|called)\b|\s+at\s+(?!(?:the|that)\s+time\b))(?!\s+[A-Z])"
    r"(?!\s+(?:off|outside)\s+(?:the\s+(?:port\s+of\s+)?)?[A-Z])"
    # "at the port in May" (a time), not "the port in Syria"
    r"(?!\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    # ("at the terminal in the period", "in the same week": a time too)
    r"November|December|early|late|mid|spring|summer|autumn|winter|\d|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:period|weeks?|months?|days?|year|morning|afternoon|evening|night)\b))\S)")
# the ship whose berth it is, told just before: "It remains (at its berth)"
_ITS_OWN = re.compile(r"(?:\b(?:[Ii]t|[Ss]he)|\b(?:[Tt]he\s+)?(?:ship|vessel|tanker|freighter|carrier|"
                      r"bulker)|[A-Z][\w'’-]*)\s+(?:\w+ly\s+)?(?:still\s+)?(?:remains?|remained|stays?|stayed|is|was|"
                      r"lay|lies|sat|sits|returned|went\s+back|moored|anchored|berthed|docked)\s*$")
# a numbered berth, and what stands before a port it may be of: "at the port of Tuapse"
_NUMBERED = re.compile(r"(?i:berth|pier|quay|jetty)\s")
_AT_A_PORT = re.compile(r"\b(?:at|in|of|near|off|into|reached|entered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                        re.I)
# a deed seen done, told in its plain form after the ship: "saw the tanker X take on fuel at"
_PERCEIVED = rx(r"\b(?:saw|see|seen|watched|watch|observed|noticed|spotted|filmed|photographed)\s+"
                r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_BASE_DEED = re.compile(r"\s+(?P<verb>take\s+on|load|unload|discharge|dock|berth|arrive|leave|depart|moor|"
                        r"enter|call)\b")
_PAST_DEED = {"take": "took on", "load": "loaded", "unload": "unloaded", "discharge": "discharged",
              "dock": "docked", "berth": "berthed", "arrive": "arrived", "leave": "left",
              "depart": "departed", "moor": "moored", "enter": "entered", "call": "called"}
# What is done aboard a ship named next, and the port named right after it.
_ABOARD = rx(r"\b(?:loaded|unloaded|offloaded|discharged|lifted|put|placed|stowed|taken)\s+(?:(?:onto|aboard|"
             r"on board|on to|into|off|from)|"
             # ("Smugglers loaded diesel onto the tanker X at Zuwara": the object told first)
             r"(?<=loaded\s)(?:(?!(?:at|in|from|the\s+ship|the\s+vessel)\b)[\w,.'’-]+\s+){1,5}?(?:onto|aboard|"
             r"on board|on to))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
             # ("PDVSA loaded the VLCC X at Jose": the ship the object, told right after)
             r"\b(?:loaded|unloaded|offloaded|discharged)\s+the\s+(?:[\w-]+\s+){0,3}$", re.I)
# where a ship or a cargo aboard was bound, up to the port: "for the port of", "towards"
# "the Indian port of", "the port of": what may stand before a port's name
# ("for Turkey's Aliaga": the port after its state's name)
PORT_OF = (r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+|"
           r"(?-i:[A-Z])[\w-]*(?:\s(?-i:[A-Z])[\w-]*)?['’]s\s+)?")
# "for discharge at", "for delivery to": the port a load is bound for
_FOR_DISCHARGE_AT = r"for\s+(?:discharge|discharging|delivery|unloading|offloading)\s+(?:at|in|to|into)"
# ("loaded at Novorossiysk for discharge at Jamnagar", "for delivery to Sikka": where it was going)
BOUND_FOR = rx(r"\b(?:for|towards?|" + _FOR_DISCHARGE_AT + r")\s+" + PORT_OF + "$")
_TRADED_ABOARD = rx(r"\b(?P<verb>imported|exported|received|sent|landed)\s+(?:[\w,.'’-]+\s+){0,6}?"
                    r"(?:aboard|on\s+board|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_AT_PORT = rx(r"\s+(?:at|in)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?", re.I)
# ("PDVSA loaded the tanker X with 1.8 million barrels of crude at the Jose terminal": the load
# told between the ship and the port)
_WITH_LOAD_AT = rx(r"\s+(?:with\s+(?:(?!(?:at|in|and|or|before|after|while|from|to)\b)[\w,.'’-]+\s+){1,8}?)?"
                   r"(?:at|in)\s+(?:the\s+(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?)?", re.I)
_AT_OR_TO_PORT = rx(r"\s+(?:at|in|to|into)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?", re.I)
_THERE = rx(r"(?:\b(?:call\w*|load\w*|discharg\w*|unload\w*|offload\w*|deliver\w*|seen|spotted|"
            r"(?:took|takes|taken|taking)\s+on|collect(?:ed|s|ing)|pick(?:ed|s|ing)\s+up|bunker\w*|"
            # ("took barley there")
            r"(?:took|takes|taking)(?=" + _GOODS_TAKEN + r"\s+there\b)|"
            r"photographed|stopp\w*|berth\w*|dock\w*|shows?\s+(?:it|her|the\s+\w+)|showed\s+(?:it|her|"
            r"the\s+\w+)|captur\w*|"
                    r"moor\w*|anchor\w*|arriv\w*|remain\w*|stay\w*|return\w*)\s+(?:[\w,.'’-]+\s+){0,8}?"
                    # ("From there, the X carries them to Makhachkala": whence, the port told before)
                    r"|(?:^|(?<=[.;:]\s)|(?<=\n))from\s+)"
                    r"(?P<np>there)\b", re.I)
# ("its most recent known call was at Dongjiakou")
_NOMINAL_CALL = rx(r"\b(?:a|the|its|her|their|one|another|final|last|first)\s+"
                           r"(?:\w+\s+){0,3}?(?P<noun>call|stop|visit|port call|delivery|"
                           # ("its previous port call was at Bandar Abbas")
                           # ("its last call under Greek management was at", "its previous call was")
                           r"stopover)(?:\s+(?:[\w-]+\s+){0,4}?(?:was|were|came)(?:\s+made)?(?:\s+(?:at|to|in))?|"
                           r"\s+(?:at|to|in))\s+(?:the\s+(?:port\s+of\s+)?)?$|"
                           # "Her last port was Rason", "its previous port of call had been Nampo"
                           r"\b(?:last|previous|prior|final|latest|most\s+recent)\s+(?:recorded\s+|reported\s+|"
                           r"known\s+)?(?P<port>port)(?:\s+of\s+call|\s+call)?\s+(?:was|had\s+been)\s+"
                           r"(?:(?:at|in)\s+)?(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_NOMINAL_OF = rx(r"\b(?P<noun>arrival|visit|call|stop|stopover|presence|appearance|berthing|"
                 r"docking)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
# "since the ship had earlier called into Taman": a call told after what followed it.
_TOLD_AFTER = rx(r"\bhad\s+(?:earlier|previously|already|first|before)\b|"
                 # ("The frigate had been in La Guaira earlier in June")
                 r"\bhad\s+been\s+(?:in|at)\b|\b(?:earlier|previously)"
                 r"\s+(?:had\s+)?(?:call|dock|berth|load|visit|stopp)\w*|"
                 # "returned to Novorossiysk after unloading in Tartus"
                 r"\bafter\s+(?:first\s+)?(?:unload|load|discharg|offload|leav|call|visit|stopp|depart)\w*ing\s+"
                 r"(?:[^,;.]{0,40}?\s)?(?:(?:at|in|from|off)\s+)?(?:the\s+)?(?:port\s+of\s+)?$|"
                 # "arrived in Baltiysk after a round trip to Ust-Luga"
                 r"\bafter\s+(?:a|an|its|her|the)\s+(?:(?:round|return|short|brief|\w+-day)\s+)?"
                 r"(?:trip|voyage|run|visit|call|stop|stopover)\s+(?:to|at|in)\s+(?:the\s+)?"
                 r"(?:port\s+of\s+)?$|"
                 # "The navy said the tanker had arrived at Bonny on 3 August": a past perfect
                 # after the story's own past
                 r"\bhad\s+(?:[a-z]+ly\s+)?(?:arrived|docked|berthed|called|anchored|moored)\s+"
                 r"(?:(?:at|in|into)\s+)?(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$|"
                 # "had been idle off Nakhodka for three weeks before loading"
                 r"\bhad\s+been\s+(?:[a-z]+ly\s+)?(?:idle|idling|waiting|anchored|lying|moored|laid up|"
                 r"loitering|drifting)\b", re.I)
# a deed at a port told as done before the sentence's own: ", after loading at "
_AFTER_DOING = re.compile(r"\bafter\s+(?:first\s+)?(?:load|unload|discharg|offload|tak|call|stopp|"
                          r"bunker)\w*ing\s+(?:[^,;.]{0,40}?\s)?(?:at|in|from|off)\s+(?:the\s+)?(?:port\s+of\s+)?$")
_AND_NOW = rx(r"\band\s+(?=(?:is|are)\s+(?:now|currently)\s+[a-z]+(?:ing|ed)\b)")
# "Before reaching South Africa, it had called at Maputo": a sentence that goes back in time
_GOES_BACK = re.compile(r"(?:Before|Prior to)\s+[a-z]+ing\b[^;.]*\bhad\s+(?:[a-z]+ly\s+)?"
                        r"(?:been|[a-z]+ed)\b")
# "Before that, it had been at Fujairah": a call told after the one made later
_BEFORE_THAT_OPENS = re.compile(r"(?:Before\s+(?:that|then)|Prior\s+to\s+that|Earlier|Previously),?\s+"
                                r"[^;.]*?\bhad\b")
# "... and at Fujairah (UAE) before that"
_BEFORE_THAT_AFTER = re.compile(r"(?:\s*\([^()]*\))?"
                                r"(?:,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})?"
                                r",?\s+(?:before\s+(?:that|then)|earlier|previously|prior\s+to\s+that)"
                                r"(?=\s*(?:[,.;)]|$))")  # (not "earlier this month")
_BEFORE_THAT_AT = re.compile(r"\b(?:before\s+(?:that|then)|earlier|previously|prior\s+to\s+that),?\s+"
                             r"(?:at|in)\s+(?:the\s+(?:port\s+of\s+)?)?$")
_FRONTED = rx(r"(?:At|In|Off|Inside)\s+(?:the\s+)?(?:(?:port|harbou?r|terminal)\s+(?:of|"
                      r"(?:formerly |also |now )?(?:called|known as|named))\s+)?"
                      r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?:\s+\([^)]*\))?"
                      # ("At Ust-Luga on June 4, the X loaded naphtha": with the time it was there)
                      r"(?:\s+(?:on|in|during|over|between|last|this|earlier|late|early)\b[^,;.()]{1,30})?,")
# "After unloading in Sevastopol," / "Before docking at Tartus,": a deed at a port that opens
# the sentence, done by the subject of the clause that follows.
_MOTION_TO = rx(r"\b(?:head(?:ed|ing)|sail(?:ed|ing)|steam(?:ed|ing)|proceed(?:ed|ing)|went|"
                r"continu(?:ed|ing)(?:\s+(?:on|its\s+(?:voyage|journey|way)))?|"
                r"travell?ed|returned)\s+(?:on\s+|back\s+)?(?:to|for|towards?)\s+(?:the\s+)?"
                # ("headed for the Turkish port of Bandirma")
                r"(?:(?:[\w'’-]+\s+)?(?:port|harbou?r)\s+of\s+)?$", re.I)
_FRONTED_DEED = rx(r"(?:(?:[A-Z]\w*\s+(?:\w+\s+)?(?:days?|weeks?|hours?|months?)|Shortly|Soon|Just|"
                   # "Two days after leaving Berdyansk,", "Shortly after departing Tartus,"
                   r"Only|Hours|Days|Weeks|Months|Moments)\s+(?:after|before)|After|Before|While|Since|"
                   r"Once|Having)\s+(?:been\s+)?(?:(?:(?:un|off)?load\w*|"
                   r"discharg\w*|call(?:ing|ed)|dock\w*|berth\w*|moor\w*|anchor\w*|leaving|left)"
                   r"\s+(?:[\w-]+\s+){0,3}?(?:at|in|from)|leaving|left|departing|visiting|"
                   # ("After leaving the Russian port of Novorossiysk in early March,")
                   r"visited|reaching|reached|entering|entered)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?"
                   r"(?:port\s+of\s+)?)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}(?:\s+\([^)]*\))?"
                   # "After leaving Novorossiysk on 2 June,": a time before the comma
                   r"(?:\s+(?:on|in|at|by|early|late|in early|in late|in mid-?)\s+[\w -]{1,20})?,")
_AFTER_DEED = re.compile(r"(?:[\w ]*\s)?(?:[Aa]fter|Having|Once)\b")
_IMAGERY = rx(r"\b(?:images?|imagery|photos?|photographs?|pictures|footage|(?:tracking|AIS|"
              r"satellite|port|positional|shipping|ship-tracking|vessel-tracking)\s+(?:data|records|"
              r"signals?)|data\s+(?:from|compiled\s+by)\s+[A-Z]\w*|(?-i:[A-Z]\w*)\s+data)\b", re.I)
# between a ship an image shows and the port it is in: "docked at the oil pier in", "at"
# ("shows the same vessel back at Sevastopol": there again)
# ("a ship consistent with the X's dimensions at the Dunai naval pier": the ship's look, then where)
_LOOKS = (r"(?:dimensions|size|length|profile|silhouette|shape|appearance|markings|features|hull|"
          r"colou?rs?|colou?ring|funnel|livery)")
# what a list's line sets after a deed and its time to say it is not yet done: " 2 July (expected)"
EXPECTED_AFTER = re.compile(r"[^,;.()\n]{0,25}\((?:expected|planned|scheduled|estimated|due|ETA|forecast|"
                             r"provisional)\)", re.I)
# "is the first grain ship seen at ", "was the only tanker to call at ": a call told again, ranked
_FIRST_SEEN = rx(r"\b(?:is|was)\s+(?:the|its)\s+(?:first|only|last|second|third|largest|biggest)\s+"
                 r"(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|bulker)\s+(?:to\s+be\s+|ever\s+)?"
                 r"(?:seen|spotted|observed|recorded|to\s+(?:call|dock|arrive|visit|enter|berth|load|unload))\b"
                 r"[^,;.]{0,30}$", re.I)
# "carrying damaged equipment back to ": a load under way to a port after a departure
_CARRYING_ON_TO = re.compile(r"\b(?:carrying|transporting|hauling|ferrying|taking)\s+[^,;.]{1,60}?\s+"
                             r"(?:back\s+|home\s+)?to\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?port\s+of\s+)?$")
# ("the X's size and colour at the Venezuelan port of": its look told by two of its features)
_SHOWN_AT = re.compile(r"(?:['’]s\s+" + _LOOKS + r"(?:,?\s+(?:and|or)\s+" + _LOOKS + r")?)?"
                       r"(?:\s*\([^()]*\))?"
                       # ("shows it on 7 February at Port Said": the time it was seen, between)
                       + SEEN_TIME + r",?\s+(?:(?:[a-z]+ing|docked|moored|berthed|anchored|"
                       r"tied up|back)\s+(?:[\w-]+\s+){0,2}?)?(?:at|in|alongside)\s+(?:the\s+(?:(?:[\w'’-]+"
                       # ("at the Ust-Luga oil terminal", "at Nakhodka's Kozmino terminal")
                       r"\s+){0,3}?(?:at|in|of)\s+)?)?(?:[A-Z][\w-]*['’]s\s+)?")
_SHOW = rx(r"\b(?:show|shows|showed|shown|reveal|reveals|revealed|depict\w*|"
           # "Our analysis of satellite images found the ship at Rason"
           r"found|find|finds|located|locate|locates|placed|places|put|puts|spotted|identified|"
           r"detected|captured|captures)\b", re.I)
# a ship the images of a port hold, told with the ship first: "the X appears in imagery of Rajin
# taken on 11 January", "It is visible in satellite images of Nampo" (not "does not appear")
_IN_IMAGES_OF = rx(r",?\s+(?:appears?|appeared|is|was|can\s+be|could\s+be)\s+(?:(?:clearly\s+)?(?:seen|"
                   r"visible|spotted|identified)\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:images?|imagery|"
                   r"photos?|photographs?|pictures|footage)\s+(?:(?:taken\s+)?(?:of|over|from)|showing)\s+"
                   r"(?:the\s+)?(?:(?:port|harbou?r)\s+(?:of\s+)?)?$")
# what an image shows beside a ship: "... containers on the quay beside the cargo ship X"
_SHOWN_BESIDE = rx(r"[^;:.]*\b(?:beside|next\s+to|alongside|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$")
# "imagery shows no sign of the Angara at Rajin": what the image does not show
_NOT_SHOWN = rx(r"\b(?:no|not|never|nothing|without)\b", re.I)


# What a list's head says its ships did at the port it names ("Recent loadings at Kozmino:")
# ("Vessels observed at Primorsk in September:", "Tankers photographed at Kozmino:")
_LIST_CALL = rx(r"\b(?:loadings?|loaded|loading|arrivals?|arrived|calls|called|callers|entered|seen|spotted|"
                r"observed|sighted|photographed|imaged|recorded|"
                r"docked|berthed|moored|anchored|departures|departed|visits|visited|visitors|"
                r"discharges|discharged|unloaded)\b", re.I)


def list_calls(analysis: Analysis) -> None:
    """Ships that open the lines of a bulleted list whose head tells of calls at one port
    ("Recent loadings at Kozmino:" "- Vega: 3 May"), each dated by its own line."""
    text = analysis.text
    for head, item in bulleted_items(analysis):
        index = analysis.index_of(head)
        if index and _AMONG_THEM.fullmatch(text, head.span.start, head.span.end) and \
                head.paragraph - analysis.sentences[index - 1].paragraph <= 1:
            # ("Ten tankers loaded ESPO crude at Kozmino in June. Among them:": the sentence that
            # tells what they did heads the list)
            head = analysis.sentences[index - 1]
        s, e = head.span.start, head.span.end
        ports = list(dict.fromkeys(p.key for p in analysis.in_sentence(head, "Port")
                                   if p.form != "anaphor"))
        cue = _LIST_CALL.search(text, s, e)
        if cue is None or blocked(text, s, s, e):
            continue
        first = analysis.in_sentence(item, "Vessel")
        if len(ports) == 1:
            port = next(p for p in analysis.in_sentence(head, "Port") if p.key == ports[0])
            lead = first[0].start - item.span.start <= 5 if first else False
        else:
            # "The following vessels entered the occupied ports of Crimea: || - the bulk carrier X
            # (flag: Cameroon) — Sevastopol, 14 October;": the port each line names after its ship
            # (one the head names, where it names any)
            own = [p for p in analysis.in_sentence(item, "Port") if p.form == "name" and first
                   and p.start > first[0].end and (not ports or p.key in ports)]
            if len({p.key for p in own}) != 1 or not _PORTS_HEAD.search(text, cue.end(), e):
                continue
            port = own[0]
            lead = bool(first) and _LINE_LEAD.fullmatch(text, item.span.start, first[0].start) is not None
        if PLANNED_LINE.search(text, item.span.start, item.span.end):
            continue  # "- Ostrov Russkiy, 97,000 t Urals, will sail Feb. 12": not yet
        if first and first[0].form == "name" and lead:
            if _KEPT_OUT.search(text, first[0].end, item.span.end):
                continue  # "- Omega Ray (Russia), tanker: anchored off port 8-10 Aug, did not enter"
            # (what the line says it did there: "- Mirage Star ...: arrived 5 Aug from Kavkaz,
            # discharging wheat")
            doing = _DOING_AFTER.search(text, first[0].end, item.span.end) \
                if activity_of(cue.group()) != "departure" else None
            call = add_call(analysis, item, first[0], port,
                            cue.group() + (doing.group() if doing else ""))
            # ("- Kite Cyprus (Malta), container ship, arrived Jan 6, departed Jan 8": its stay)
            came = next((t for m in _LINE_ARRIVED.finditer(text, first[0].end, item.span.end)
                         for t in item.times if m.end() <= t.start <= m.end() + 2), None)
            went = next((t for m in _LINE_LEFT.finditer(text, first[0].end, item.span.end)
                         for t in item.times if m.end() <= t.start <= m.end() + 2), None)
            # (a line that names where it came from or went keeps its call's day, which dates
            # that voyage)
            if came is not None and went is not None and not analysis.in_sentence(item, "Port") and \
                    ends_before(came.interval.iso(), went.interval.iso()) and \
                    call.get("date") in (None, came.interval.iso(), went.interval.iso()):
                call["came"] = came.interval.iso()
                call["date"] = span_dates(came.interval.iso(), went.interval.iso())


# a list's head that only points back: "Among them:", "They include:", "These were:"
_AMONG_THEM = re.compile(r"\s*(?:(?:Among|Of)\s+(?:them|these|those)(?:\s+were)?|(?:They|These|Those)\s+"
                         r"(?:include|included|were|are)|(?:Notable|Recent)\s+(?:examples|cases)|"
                         r"For\s+example|Examples)\s*:\s*")
# the ports a list's head tells its ships called at, each line naming its own: "entered the
# occupied ports of Crimea:", "called at Sevastopol and Feodosia:"
_PORTS_HEAD = rx(r"\b(?:ports|harbou?rs|terminals)\b|\b(?:at|in|into)\s+(?-i:[A-Z])", re.I)
# what may open a list's line before its ship: "- the bulk carrier "
_LINE_LEAD = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])?\s*(?:[Tt]he\s+)?(?:[a-z][\w/-]*\s+){0,3}")
# a log line's days of arrival and of departure: "arrived Jan 6, departed Jan 8"
_LINE_ARRIVED = re.compile(r"\b(?:arrived|arr\.|berthed|docked)(?:\s+on)?\s+")
_LINE_LEFT = re.compile(r"\b(?:departed|left|sailed|dep\.|sld\.)(?:\s+on)?\s+")


# a line or clause that tells the ship never got in: "did not enter", "was turned away" (the
# sentence after a voyage that tells so, with its subject, is transfers' _NOT_ENTERED; a ship that
# "did not unload" there still called)
_KEPT_OUT = rx(r"\b(?:did\s+not|didn['’]t|never|was\s+not|wasn['’]t)\s+(?:\w+ly\s+)?"
                  r"(?:enter|berth|dock|call|allowed\s+(?:in|to\s+enter))\b|\b(?:turned|sent)\s+away\b|"
                  r"\bdenied\s+(?:entry|a\s+berth)\b", re.I)
# a line of a list that tells what is only to come: "will sail Feb. 12"
PLANNED_LINE = rx(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to|due\s+to\s+"
                   r"(?:sail|leave|depart|arrive|load|call|berth|dock)|expected\s+to|scheduled\s+to|"
                   r"plans?\s+to|planned\s+to|intends?\s+to)\b", re.I)


# a report's title that makes the whole of it a log of one port: "Sevastopol port watch, week
# 14", "Port log: Tartus", "Arrivals at Tartus"
_PORT_WORDS = r"[A-Z][\w'’ .-]{1,30}?"
# (after a kind of report: "Agency report: Novorossiysk grain line-up")
_LOG_TITLE = re.compile(r"\W*(?:[A-Z][\w'’ ]{1,30}:\s+)?(?:(?!(?i:weekly|daily|monthly)\s)(?P<port>" +
                        _PORT_WORDS + r")\s+(?:port|harbou?r)\s+(?:watch|log|diary|"
                        # ("Novorossiysk port movements, week 12")
                        r"bulletin|movements|arrivals|departures|calls)|"
                        r"(?:(?i:weekly|daily|monthly)\s+)?(?i:port|harbou?r)\s+(?:watch|log|diary)\s*[:,–—-]\s*"
                        r"(?P<port2>" + _PORT_WORDS + r")|"
                        # ("Vessel movements at Tartus, September")
                        r"(?:(?i:vessel|ship|shipping|tanker|naval)\s+)?"
                        # ("Vessel movements, Port of Sevastopol, 1-7 April")
                        r"(?i:arrivals|movements|port\s+calls)(?:\s+(?:at|in)\s+|\s*[,:–—-]\s*(?i:(?:the\s+)?"
                        r"(?:port|harbou?r)\s+of\s+))(?P<port3>" + _PORT_WORDS + r")|"
                        # ("Port call records, Nampo oil terminal", "Calls at Tartus: March")
                        # ("Port line-up: Tuapse, week 32": the ships at the port or due there)
                        r"(?i:port\s+calls?|port\s+call\s+records|arrivals|departures|calls|port\s+log|"
                        r"(?:port\s+|vessel\s+|berth\s+)?line-?ups?)"
                        r"(?:\s+(?i:at|in)\s+|\s*[,:–—-]\s*)(?P<port6>" + _PORT_WORDS +
                        r")(?:\s+(?:(?i:oil|coal|grain|container|naval)\s+)?(?i:terminal|port|harbou?r|"
                        r"anchorage))?|"
                        # ("Tartus arrivals, August 2024")
                        r"(?!(?i:port|harbou?r)\s+of\s)(?P<port5>" + _PORT_WORDS + r")\s+"
                        # ("Novorossiysk grain line-up": what the ships there load)
                        r"(?:(?i:grain|oil|crude|coal|tanker|container|fuel|fertili[sz]er|bulk|cargo)\s+)?"
                        r"(?i:arrivals|departures|movements|port\s+calls|"
                        r"shipping\s+movements|(?:port\s+|vessel\s+|berth\s+)?line-?ups?)|"
                        # ("Port of Constanta weekly bulletin", "Port of Tartus: vessel movements")
                        r"(?i:port|harbou?r)\s+of\s+(?P<port4>" + _PORT_WORDS + r")(?:\s*[:–—-])?\s+"
                        r"(?:(?i:weekly|daily|monthly)\s+)?(?:(?i:vessel|ship|shipping)\s+)?"
                        r"(?i:bulletin|log|diary|watch|movements|arrivals|departures|port\s+calls))"
                        r"(?:[,:–—-]\s*[^\n]{0,40})?\W*")


def title_port(analysis: Analysis, pattern: re.Pattern[str],
               groups: tuple[str, ...] = ("port",)) -> tuple[re.Match[str], Mention] | None:
    """Where the document's title matches `pattern` and the first of its `groups` that matched
    names one port: the match and a mention of the port in the title (the one found there, or
    one added)."""
    doc, text = analysis.doc, analysis.text
    at = text.rfind(doc.title, 0, doc.body_start) if doc.title else -1
    m = pattern.fullmatch(doc.title) if at >= 0 else None
    group = next((g for g in groups if m[g]), None) if m is not None else None
    if m is None or group is None:
        return None
    entries = [x for x in analysis.gazetteer.lookup(m[group]) if x.kind == "Port"]
    if len(entries) != 1:
        return None
    start = at + m.start(group)
    known = next((p for p in analysis.between(start, start + 1, "Port") if p.start == start), None)
    if known is not None:
        return m, known
    mention = analysis.add(Mention(start, start + len(m[group]), m[group], "Port", entries[0].key,
                                   form=entries[0].form))
    mention.attrs["entry"] = entries[0]
    return m, mention


def section_ports(analysis: Analysis) -> dict[int, Mention | None]:
    """For each sentence (by start offset), the port of the port-log section it is in (in a
    report whose title makes it a port's log, that port where no section says otherwise)."""
    out: dict[int, Mention | None] = {}
    current: Mention | None = None
    paragraph, last = -1, 0
    text = analysis.text
    found = title_port(analysis, _LOG_TITLE, ("port", "port2", "port3", "port4", "port5", "port6"))
    titled = found[1] if found else None
    lead_end = -1
    for sent in analysis.sentences:
        # (a list's lines right under the port's line are its section; a blank line ends it, but
        # for one right after a lead that ends in a colon)
        if sent.paragraph != paragraph and (current is None or _BLANK_LINE.search(
                text, last, sent.span.start) and last != lead_end):
            current = None
        paragraph, last = sent.paragraph, sent.span.end
        header = _section_header(analysis, sent)
        if header is not None:
            current = header
        elif _LOG_LEAD.search(text, sent.span.start, sent.span.end) is not None and \
                closes_line(text, sent.span.end) and \
                _LINE_BELOW.match(text, _blank_after(text, sent.span.end)):
            # "Port observers in Tartus recorded the following movements in March:" over the
            # lines of the port's log
            ports = {p.key: p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"}
            if len(ports) == 1 and not analysis.in_sentence(sent, "Vessel"):
                current, lead_end = next(iter(ports.values())), sent.span.end
        elif (watched := _watched_port(analysis, sent)) is not None:
            # "Between 1 and 20 January, we recorded 11 vessel movements at Sevastopol. || The
            # tanker Kite Iman arrived on 12 January": a monitor's count of the port's traffic
            # over the lines that tell of it
            current = watched
        out[sent.span.start] = current or (titled if sent.span.start >= analysis.doc.body_start else None)
    return out


def _watched_port(analysis: Analysis, sent: Sentence) -> Mention | None:
    """The one port of a sentence that counts the ship traffic there a monitor saw, naming no
    ship: "we recorded 11 vessel movements at Sevastopol"."""
    ports = [p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"]
    if len({p.key for p in ports}) != 1 or analysis.in_sentence(sent, "Vessel"):
        return None
    told = _TRAFFIC_COUNTED.search(analysis.text, max(sent.span.start, ports[0].start - 80), ports[0].start)
    return ports[0] if told is not None else None


# a monitor's count of the traffic at a port: "we recorded 11 vessel movements at", "observed
# 23 port calls in"
_TRAFFIC_COUNTED = rx(r"\b(?:recorded|observed|counted|logged|tracked|noted|identified)\s+(?:\w+\s+){0,2}?"
                      r"(?:vessel\s+|ship\s+)?(?:movements|arrivals|departures|port\s+calls|calls|visits)\s+"
                      r"(?:at|in)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?$", re.I)


def _section_header(analysis: Analysis, sent: Sentence) -> Mention | None:
    """A line that opens with a port name and a colon or full stop ("Odesa." "RAJIN:")."""
    ports = [p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"]
    if not ports or ports[0].start - sent.span.start > 2:
        return None
    rest = analysis.text[ports[0].end:sent.span.end]
    short = len(analysis.sentence_text(sent)) < 40
    if re.match(r"^(?:\s*\([^)]*\))?(?:,\s*[\w .'’-]{1,30})?\s*:", rest) or short and re.match(
            r"^(?:\s*\([^)]*\))?(?:,\s*[\w .'’-]{1,30})?\s*[:.]", rest):
        return ports[0]
    if not rest.strip() and opens_line(analysis.text, sent.span.start) and \
            closes_line(analysis.text, sent.span.end) and _LINE_BELOW.match(analysis.text, sent.span.end):
        return ports[0]  # a line of its own that is the port's name, over the lines of its log
    return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a lead over a port's log: "... recorded the following movements in March:"
_BLANK_AFTER = re.compile(r"[ \t]*\n(?=[ \t]*\n)")


def _blank_after(text: str, pos: int) -> int:
    """Where a blank line right after `pos` ends its first line break (`pos` if none)."""
    m = _BLANK_AFTER.match(text, pos)
    return m.end() if m else pos
_LOG_LEAD = rx(r"\b(?:movements|arrivals|departures|port\s+calls|calls|ship\s+traffic|traffic)\b"
               r"[^:\n]{0,60}:\s*$|"
               # ("Our review of imagery of Rajin port in January found:": a watch kept on the port)
               r"\b(?:imagery|images|photographs|review|observations?|monitoring|watch|survey)\b[^:\n]{0,80}?"
               r"\b(?:found|finds|shows?|showed|recorded|records|revealed|reveals|observed|noted)"
               r"(?:\s+the\s+following)?:\s*$")
# the next line, a list's item ("- 10 May: ...") or a line that opens with a ship's type
_LINE_BELOW = re.compile(r"[ \t]*\n[ \t]*(?:[-*•–]\s|\d{1,2}[./]\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2})")
_ARRIVED_THERE = rx(r"\b(?:arriv(?:ed|es|ing)|reach(?:ed|es|ing)|dock(?:ed|s|ing)|berth(?:ed|s|ing)|"
                    r"got)\s+(?:\w+ly\s+)?$", re.I)
_HEADING_TO = rx(r"\b(?:head(?:ed|ing|s)|bound|sail(?:ed|ing|s)|set\s+(?:off|out|course)|steam(?:ed|ing)|"
                 r"en\s+route|mak(?:ing|es)|made)\s+(?:\w+\s+)?(?:to|for|towards?)\s+(?:the\s+)?"
                 r"(?:(?:port|harbou?r)\s+of\s+)?$|"
                 # ("left Novorossiysk with crude for Paradip")
                 r"\b(?:with|carrying)\s+(?:[\w,.'’-]+\s+){1,6}?for\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$",
                 re.I)


# "made ten round trips between the two ports": the two ports named last
_TWO_PORTS = rx(r"\bbetween\s+(?P<first>(?:the|these|those)\s+two)\s+(?P<second>ports|harbou?rs|terminals)\b",
                re.I)


def _the_two_ports(analysis: Analysis, sent: Sentence) -> None:
    """"between the two ports": the two ports named last before it (in the order named), as
    two mentions ("the two", "ports") the rules read as "between A and B"."""
    text = analysis.text
    for m in _TWO_PORTS.finditer(text, sent.span.start, sent.span.end):
        if analysis.between(m.start("first"), m.end("second")):
            continue
        named: list[Mention] = []
        for p in reversed(analysis.between(max(0, m.start() - 800), m.start(), "Port")):
            if p.form != "anaphor" and p.key not in {q.key for q in named}:
                named.insert(0, p)
            if len(named) == 2:
                break
        if len(named) == 2:
            for group, p, order in (("first", named[0], 1), ("second", named[1], 2)):
                analysis.add(Mention(m.start(group), m.end(group), m.group(group), "Port", p.key,
                                     "anaphor", {"entry": p.attrs["entry"], "pair": order}))


_ON_ITS_WAY = rx(r"(?:\s+(?:on|in)\s+[^,;.]{1,20}?)?\s+(?:on\s+(?:its|her|their|the)\s+way|en\s+route)\b|"
                 # ("called at Port Kavkaz to top up its cargo", "stopped at Ceuta to refuel")
                 r"\s+to\s+(?:top\s+up|refuel|bunker|take\s+on\s+(?:fuel|bunkers|supplies|provisions|"
                 r"(?:fresh\s+)?water|more\s+cargo))\b|"
                 # ("stopped at Busan for two days before continuing to Vladivostok")
                 r"(?:\s+(?:for|on|in)\s+[^,;.]{1,24}?)?,?\s+before\s+(?:continuing|resuming|proceeding|"
                 r"carrying\s+on|going\s+on|sailing\s+on|"
                 # ("anchored off Kalamata before heading south": on, to no port told)
                 r"(?:heading|sailing|steaming|turning|moving)\s+(?:on\s+)?(?:north|south|east|west)\w*"
                 r"(?:\s+again)?(?=\s*[.;,]))\b")


# the words of a part of a port named as the port names it ("the South Port"), not a state's
_PART_WORDS = frozenset({"North", "South", "East", "West", "Old", "New", "Port", "Harbour", "Harbor",
                         "Terminal", "Quay", "Pier"})


# an attribution the port is told in: ", according to the Ukrainian embassy in "
# (not a source told before the verb: "which according to ship-tracking data arrived from")
_ACCORDING_TO = re.compile(r"\baccording\s+to\b(?![^,;]*\b(?:arrived|docked|berthed|called|sailed|left|"
                           r"departed|loaded|unloaded|discharged)\b)[^,;]*$", re.I)
# "..., the Indian Express in Mumbai reported": the seat of who tells it
_SOURCE_SEAT = re.compile(r"(?:\s*,\s*[^,;.]{1,30}?,)?\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|"
                          r"told|wrote|writes|added|confirmed|announced|stated)\b")
_FROM_THE_SAME = re.compile(r"\b(?:left|leaving|departed|departing|sailed\s+from|from)\s+$", re.I)


# the parts of a port a report may name again: "the pier", "the quay"
_FACILITY_NOUNS = frozenset({"pier", "quay", "berth", "jetty", "wharf", "terminal", "dock", "quayside"})
# a port a ship is told to have come from, in its own sentence
_CAME_FROM = rx(r"\b(?:arriv(?:ed|es|ing)|came|comes|coming|returned|returns|returning|inbound)\s+"
                r"(?:(?:back|in|here|"
                r"there)\s+)?from\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$", re.I)


def add_port_anaphors(analysis: Analysis, sent: Sentence, section_port: Mention | None = None) -> None:
    """"at the port", "the same berth", "loaded there": mentions of the port named last, or for
    "the same" and "there", of the port of the latest call told before; "between the two
    ports", the two named last. In a port's log (`section_port`), "the oil terminal" with no
    port named before it in its line is that port's."""
    text = analysis.text
    _the_two_ports(analysis, sent)
    index = analysis.index_of(sent)
    near = analysis.sentences[index - 1].span.start if index else sent.span.start  # (the sentence before)
    for pat in (_PORT_ANAPHOR, _THERE):
        for m in pat.finditer(text, sent.span.start, sent.span.end):
            start, end = m.start("np"), m.end("np")
            if m.group("np").startswith(("its ", "her ")) and not _ITS_OWN.search(
                    text, max(sent.span.start, m.start() - 60), m.start()):
                continue  # (the berth of a ship told by name or pronoun, not "the other one")
            # "the Syrian port": the state's adjective inside it may stand as a mention too
            # (or a sea's, "the Baltic port", "the Black Sea port": on that sea)
            if any(x.end > start and x.form != "anaphor" and not (
                    (x.type == "State" and x.form == "adjective" or _sea(analysis, x.text)) and
                    start <= x.start < x.end <= end)
                   for x in analysis.between(start - analysis.longest, end)):
                continue
            prior = [p for p in analysis.between(start - 800 - analysis.longest, start, "Port")
                     if p.form != "anaphor" and p.end <= start and start - p.end < 800]
            city = not prior and m.group("np").lower() == "the port"
            if city:
                prior = _city_port(analysis, start)
            named = prior
            # ("imagery of Rajin (Najin) ...": the name the bracket gives again is told as the one
            # before it)
            last = prior[-2] if len(prior) > 1 and prior[-2].key == prior[-1].key and \
                text[prior[-2].end:prior[-1].start].strip() == "(" else prior[-1] if prior else None
            if last is not None and _NUMBERED.match(m.group("np")) and not _AT_A_PORT.search(
                    text, max(0, last.start - 40), last.start):
                continue  # "arrived from Samsun and moored at Berth 12": not a berth of the port left
            # ("the Syrian refinery port": of that state; not one of a name not known as a
            # state's, "the Crimean port")
            np = m.group("np")
            for x in analysis.between(start, end, "Place"):
                if _sea(analysis, x.text):
                    np = np[:x.start - start] + " " * len(x.text) + np[x.end - start:]
            told = [w for w in re.findall(r"\b[A-Z][\w-]*", np[4:]) if w not in _PART_WORDS]
            if told:
                states = {e.country for word in told for e in analysis.gazetteer.lookup(word)}
                prior = [p for p in prior if p.attrs["entry"].country in states]
            noun = m.group("np").split()[-1].lower()
            if prior and not re.search(r"\bsame\b|^there$", m.group("np")):
                # "after a voyage from Ust-Luga ... berthed at the single-point mooring": a berth
                # of the port the ships came to, not of the one they left
                left = {e["port"] for e in analysis.events if e["type"] == "PortCall"
                        and e.get("activity") == "departure" and 0 < start - e["evidence"][0][1] < 800}
                stayed = [p for p in prior if p.key not in left]
                if prior[-1].key in left and stayed:
                    prior = stayed
                if (noun in _FACILITY_NOUNS or prior[-1].start >= near) and _CAME_FROM.search(
                        text, max(near, prior[-1].start - 50), prior[-1].start):
                    # "arrives from Novorossiysk, moors at the naval pier": a pier of the port it
                    # came to (in a log of that port, the port of its title), not of the one it left
                    # ("was inbound from Colombo and berthed at the port's New Mooring terminal":
                    # the port it came to, told before)
                    prior = [p for p in prior if p.key != prior[-1].key]
                    if not prior:
                        continue
            if len(prior) > 1 and noun in _FACILITY_NOUNS and not re.search(r"\bsame\b", m.group("np")):
                # "loaded containers at Rajin's pier 3 and sailed to Dunai or Vostochny. ... imaged
                # alongside the pier": the port that pier was told of
                prior = _told_with_noun(text, prior, noun) or prior
            same_noun = [p for p in analysis.between(start - 1500 - analysis.longest, start, "Port")
                         if p.form == "anaphor" and p.end <= start and p.text.lower().split()[-1] == noun
                         and p.text.lower() != "there"] if re.search(r"\bsame\b", m.group("np")) else []
            # "moored at Pier 3 in Rason ... between Rason and Vostochny ... at the same pier": the
            # port that pier was told of
            same_facility = _told_with_noun(text, prior, noun) if not same_noun and \
                noun in _FACILITY_NOUNS and re.search(r"\bsame\b", m.group("np")) else []
            if same_noun:
                # "berthed at the southern quay ... In January, the Bahar unloaded crates at the
                # same quay": the port of that quay
                prior = [same_noun[-1]]
            elif same_facility:
                prior = same_facility
            elif re.search(r"\bsame\b|^there$", m.group("np")):
                calls = [e for e in analysis.events if e["type"] == "PortCall"
                         and 0 < start - e["evidence"][0][1] < 800]
                if re.search(r"\bsame\b", m.group("np")) and not _FROM_THE_SAME.search(
                        text, max(0, start - 40), start):
                    # "docked at Port Sudan ... The ship had left Tartus on 12 September. ... the
                    # Ural delivered equipment to the same port": where the ship came, not left
                    calls = [e for e in calls if e.get("activity") != "departure"] or calls
                ships = {v.key for v in analysis.in_sentence(sent, "Vessel")}
                if ships and not any(e["vessel"] in ships for e in calls) and m.group("np") == "there":
                    # "Larger shipments have also reached Hodeidah. The X unloaded containers
                    # there": another ship's call before is not where this one was
                    calls = []
                called = [p for p in prior if calls and p.key == calls[-1]["port"]]
                # "anchored at Hodeidah after discharging fuel there": the port its own
                # sentence named before it
                here = [p for p in prior if p.start >= sent.span.start]
                prior = here if here and m.group("np") == "there" else called or prior
                if m.group("np") == "there" and not here and \
                        _ARRIVED_THERE.search(text, max(0, start - 40), start):
                    # "... before heading to Karasu. It arrived there": where it was going
                    if named and _HEADING_TO.search(text, max(0, named[-1].start - 40),
                                                    named[-1].start):
                        prior = named[-1:]
            if section_port is not None and noun in _FACILITY_NOUNS and not same_noun and \
                    not any(p.start >= sent.span.start for p in prior):
                # "29 September - Tanker X berths at the oil terminal": in the log of Tartus
                prior = [section_port]
            elif noun in _FACILITY_NOUNS and not same_noun and m.group("np") != "there":
                # "loaded at the Utrenneye terminal ... transferred it near Murmansk ... loaded at
                # the terminal": the port named with that word, not the last port named
                worded = [p for p in prior if p.text.lower().endswith(noun) or
                          re.match(r"\s+" + noun + r"\b", text[p.end:p.end + 20], re.I)]
                prior = worded or prior
            if prior:
                # (the port of a city named as a place is told by this mention alone: it names
                # the port for the graph, as a name would, with no alias of its words)
                analysis.add(Mention(start, end, m.group("np"), "Port", prior[-1].key,
                                     "city" if city else "anaphor", {"entry": prior[-1].attrs["entry"]}))


def _told_with_noun(text: str, ports: list[Mention], noun: str) -> list[Mention]:
    """The ports told with a part of theirs of this word: "Rajin's pier 3", "Pier 3 in Rason"."""
    facility = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?" + noun + r"\b", re.I)
    before = re.compile(r"\b" + noun + r"(?:\s+\w+)?\s+(?:at|in|of)\s+(?:the\s+)?(?:port\s+of\s+)?$",
                        re.I)
    return [p for p in ports if facility.match(text, p.end) or
            before.search(text, max(0, p.start - 40), p.start)]


def _sea(analysis: Analysis, name: str) -> bool:
    """Whether a name is only a sea's or a water's, in no state ("Baltic", "Black Sea")."""
    found = analysis.gazetteer.lookup(name)
    return bool(found) and all(e.kind == "Place" and not e.country for e in found)


def _city_port(analysis: Analysis, start: int) -> list[Mention]:
    """"A court in Tripoli ordered the release of the X, which had been held at the port": the
    port of the city named just before (read as a place, in the state the text gives it), where
    no port was named; as a mention of that port."""
    for place in reversed(analysis.between(max(0, start - 400), start, "Place")):
        if place.end > start or place.form == "anaphor":
            continue
        country = getattr(place.attrs.get("entry"), "country", None)
        ports = [e for e in analysis.gazetteer.lookup(place.text) if e.kind == "Port"
                 and (country is None or e.country == country)]
        if len(ports) == 1:
            return [Mention(place.start, place.end, place.text, "Port", ports[0].key, "name",
                            {"entry": ports[0]})]
        return []
    return []


def port_calls(analysis: Analysis, sent: Sentence, section_port: Mention | None) -> None:
    vessels = analysis.in_sentence(sent, "Vessel")
    ports = [p for p in analysis.in_sentence(sent, "Port") if p is not section_port]
    _row_calls(analysis, sent, vessels, ports)
    # "Basra's Khor al-Zubair port": the city that owns a port is not where the ship was
    ports = [p for p in ports if not owns_port(analysis.text, p, ports)]
    # ("Khalifa Port in Abu Dhabi", "Jebel Ali in Dubai": the city a port named first lies in)
    ports = [p for p in ports if not _holds_port(analysis, p, ports)]
    # (a ship told of only after the entry's first port is the entry's own: "16.03.2024 —
    # Departs Tartus; draught suggests it is empty")
    if ports and not [v for v in vessels if v.start < ports[0].start or v.form == "name"] and (
            _log_entry(analysis, sent, ports) or _timeline_entry(analysis, sent, ports)):
        return
    # ("The cargo was unloaded at Galveston in August after the tanker's operator pleaded
    # guilty": a ship told only in a later clause is not the one the port's clause is of)
    later = bool(vessels and ports and all(v.start > ports[0].end for v in vessels) and
                 _LATER_CLAUSE.search(analysis.text, ports[0].end, vessels[0].start))
    if not vessels or later:
        # "Its last run, a call at P ...": the vessel the text was just speaking of
        focus = _told_before(analysis, sent)
        # (not a count of like deeds: "It was the fourth such delivery to Tobruk this year")
        if focus and ports and not _SUCH_DEED.search(analysis.text, sent.span.start, sent.span.end):
            _nominal_calls(analysis, sent, [max(focus, key=lambda m: m.end)], ports)
            _cargo_calls(analysis, sent, _cargo_holder(analysis, focus), ports)
        if ports and not later:
            _field_calls(analysis, sent, [], ports)  # a record's "LAST PORT: Tartus" line
            _matched_next(analysis, sent, ports)
            _geolocated(analysis, sent, ports)
        if not later:
            return
    _among_calls(analysis, sent, vessels, ports)
    _deck_before_ship(analysis, sent, vessels, ports)
    _caption_calls(analysis, sent, vessels, ports)
    _by_ship_calls(analysis, sent, vessels, ports)
    _verb_calls(analysis, sent, vessels, ports)
    _described_then_named(analysis, sent, vessels, ports)
    if not any(v.form == "name" for v in vessels):
        _matched_next(analysis, sent, ports)  # (the lead's unnamed ship, named after)
    if section_port is not None:
        _section_calls(analysis, sent, vessels, section_port)
    _group_calls(analysis, sent, vessels)
    _group_voyage(analysis, sent, vessels)
    _arrived_there_too(analysis, sent, vessels)
    _returned_bare(analysis, sent, vessels)
    _arrived_after_another(analysis, sent, vessels, ports)
    _gapped_calls(analysis, sent, vessels, ports)
    _worked_after_arrival(analysis, sent, vessels, ports)
    _left_after_call(analysis, sent, vessels, ports)
    _followed_calls(analysis, sent, vessels)
    _followed_in_sentence(analysis, sent, vessels)
    _following_others(analysis, sent, vessels)
    _scene_port_calls(analysis, sent, vessels, ports)
    _dated_after(analysis, sent, vessels, ports)
    _first_to_calls(analysis, sent, vessels, ports)
    _first_to_bring_calls(analysis, sent, vessels, ports)
    _fronted_calls(analysis, sent, vessels, ports)
    _nominal_calls(analysis, sent, vessels, ports)
    _no_longer_there(analysis, sent, vessels, ports)
    _imagery_calls(analysis, sent, vessels, ports)
    _matched_to_image(analysis, sent, vessels)
    _one_identified(analysis, sent, vessels, ports)
    _member_calls(analysis, sent, vessels, ports)
    _named_in_turn_calls(analysis, sent, vessels)
    _listed_after_colon(analysis, sent, vessels, ports)
    _where_calls(analysis, sent, vessels, ports)
    _aboard_after_calls(analysis, sent, vessels, ports)
    _transited_from(analysis, sent, vessels, ports)
    _put_aboard_there(analysis, sent, vessels, ports)
    _listed_calls(analysis, sent, vessels, ports)
    _object_calls(analysis, sent, vessels, ports)
    _escorted_calls(analysis, sent, vessels, ports)
    _one_aboard_calls(analysis, sent, vessels, ports)
    _found_aboard_calls(analysis, sent, vessels, ports)
    _came_aboard_calls(analysis, sent, vessels, ports)
    _field_calls(analysis, sent, vessels, ports)
    _its_cargo_calls(analysis, sent, vessels, ports)
    _carried_cargo_calls(analysis, sent, vessels)
    _included_calls(analysis, sent, vessels, ports)
    _dayed_list_calls(analysis, sent, vessels, ports)  # (each item's own day, over the list's)
    _stay_told_by_length(analysis, sent, ports)
    for port in ports:
        if _STILL_TO_COME.match(analysis.text, port.end, sent.span.end):
            # "sailed south toward Beihai, where it is expected to arrive in mid-November": not yet
            for ev in [e for e in analysis.events_at(sent.span.start) if e["type"] == "PortCall"
                       and e["port"] == port.key and e["position"] == port.start]:
                analysis.events.remove(ev)


# a time told right after a port, in its clause: " on Dec. 1"
_OWN_TIME_AFTER = re.compile(r"\s+(?:on|in|by|around|from)\s+(?:the\s+)?")


def calls_to_come(analysis: Analysis) -> None:
    """"discharged at Sikka on Dec. 1 according to its AIS plan", told on Nov. 29: a call whose
    own day, told right after its port with no year, is still to come is no call made, nor the
    voyage that ends there (a day told with its year is taken as written). Run last."""
    if analysis.doc_date is None:
        return
    text = analysis.text
    ahead: set[tuple[int, str]] = set()
    for sent in analysis.sentences:
        later = [t for t in sent.times if t.interval.start > analysis.doc_date and not t.relative_to_anchor
                 and not YEAR.search(t.text)]
        for port in analysis.in_sentence(sent, "Port") if later else ():
            if any(_OWN_TIME_AFTER.fullmatch(text, port.end, t.start) for t in later):
                ahead.add((sent.span.start, port.key))
    if ahead:
        analysis.events[:] = [
            e for e in analysis.events
            if not (e["type"] == "PortCall" and (e["evidence"][0][0], e["port"]) in ahead or
                    e["type"] == "Transfer" and any((span[0], e.get("destination")) in ahead
                                                    for span in e["evidence"]))]


def _its_cargo_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                     ports: list[Mention]) -> None:
    """"refused entry to the bulk carrier X at Samsun after Ukraine said its cargo of wheat had
    been loaded in occupied Sevastopol": the ship whose cargo it was, named before, was there."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        m = _CARGO_PASSIVE.search(text, max(s, port.start - 120), port.start)
        its = _ITS_BEFORE.search(text, max(s, m.start() - 25), m.start() + 1) if m is not None else None
        if m is None or its is None or port.form == "anaphor":
            continue
        owner = [v for v in vessels if v.end <= its.start()]
        # (what was done to the cargo is a clause of its own: "refused entry ... after Ukraine said
        # its cargo had been loaded in Sevastopol" denies the entry, not the loading)
        if owner and not blocked(text, its.start(), its.start(), port.end):
            add_call(analysis, sent, owner[-1], port, m["verb"])


# "The coal was carried by the Togo-flagged Lark Grace": the ship that brought a cargo told of
# just before
_CARGO_CARRIED_BY = rx(r"\s*(?:The|This|That|Its)\s+(?:[\w-]+\s+)?(?:cargo|cargoes|shipment|consignment|load|"
                       r"coal|oil|crude|fuel|diesel|grain|wheat|anthracite|ore|containers|munitions|"
                       r"weapons|goods)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:carried|brought|delivered|"
                       r"shipped|transported)\s+(?:there\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$")
# "A cargo of anthracite unloaded at the Chinese port of Lanshan in October": a cargo unloaded
# at a port, no ship told
_CARGO_UNLOADED_AT = rx(r"\b(?:cargo|cargoes|shipment|consignment|load)\b[^.;]{0,60}?\b(?:was\s+|were\s+|"
                        r"had\s+been\s+)?(?:unloaded|discharged|offloaded|landed|delivered)\s+(?:at|in|to)\s+"
                        r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:port|harbou?r)\s+of\s+)?$", re.I)


def _carried_cargo_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"A cargo of anthracite unloaded at the Chinese port of Lanshan in October ... || The coal
    was carried by the Togo-flagged Lark Grace": the ship named as its carrier called there to
    unload it (at the time the sentence before tells)."""
    text, s = analysis.text, sent.span.start
    ship = next((v for v in vessels if v.form == "name"), None)
    if ship is None or not _CARGO_CARRIED_BY.fullmatch(text, s, ship.start) or \
            blocked(text, s, s, ship.end):
        return
    index = analysis.index_of(sent)
    prev = analysis.sentences[index - 1] if index else None
    if prev is None or prev.paragraph != sent.paragraph or \
            any(v.form == "name" for v in analysis.in_sentence(prev, "Vessel")):
        return
    port = next((p for p in analysis.in_sentence(prev, "Port") if p.form != "anaphor" and
                 _CARGO_UNLOADED_AT.search(text, max(prev.span.start, p.start - 120), p.start)), None)
    if port is None or blocked(text, prev.span.start, prev.span.start, port.end):
        return
    call = add_call(analysis, prev, ship, port, "unloaded")
    call["date"] = call.get("date") or date_near(analysis, prev, port.end)
    cite(call, sent)


# "its cargo of wheat", "her load": a cargo told as the ship's own
_ITS_BEFORE = re.compile(r"\b(?:its|her)\s+(?:[\w-]+\s+){0,2}?(?:cargo|load|shipment|consignment)\b"
                         r"(?:\s+of\s+[\w\s-]{1,30}?)?\s*\S?$", re.I)


# "Turkey's STAR refinery received three cargoes at Aliaga in May, including one aboard the
# Suezmax X": the ship named as bringing one of the cargoes a port received was there
# ("Reliance took at least six cargoes at its Jamnagar complex, including one on the Aframax X")
_RECEIVED_CARGOES = rx(r"\b(?:received|imported|took(?:\s+(?:in|delivery\s+of))?|bought|unloaded|discharged|"
                       r"landed)\s+(?:[\w,.-]+\s+){0,6}?(?:cargoes|cargos|shipments|deliveries|consignments|"
                       r"parcels|loads)\s+(?:[^.;,]{0,40}?\s)?(?:at|in|into)\s+(?:the\s+|its\s+|their\s+)?"
                       r"(?:(?:port|harbou?r|terminal)\s+of\s+)?$", re.I)
_INCLUDING_ABOARD = rx(r"(?:\s+(?:complex|refinery|terminal|plant|port|facility))?"
                       r"(?:\s+(?:in|on|during|last|this)\s+[^,;.]{1,30}?)?,\s+(?:(?:including|among\s+them)\s+"
                       r"(?:one|two|three|a\s+cargo|a\s+shipment|the\s+(?:first|second|last|largest))|"
                       # ("one of them aboard the Suezmax X")
                       r"(?:one|two|three|the\s+(?:first|second|last|largest))\s+of\s+(?:them|these|those))\s+"
                       r"(?:aboard|on\s+board|onboard|carried\s+by|brought\s+by|on)\s+(?:the\s+)?"
                       r"(?:(?-i:[a-z][\w-]*)\s+|(?:VLCC|Suezmax|Aframax|Panamax|LR[12]|MR)\s+){0,3}", re.I)


# "Customs officers at the port of Vlissingen found 1,200 kilograms of cocaine ... aboard the
# reefer X": a search in port of what a ship held
_SEARCHED_AT = rx(r"\b(?:officers|officials|authorities|police|inspectors|customs|agents|guards)\s+"
                  r"(?:[\w-]+\s+)?(?:at|in)\s+(?:the\s+(?:[\w-]+\s+)?(?:port|harbou?r)\s+of\s+)?$")
_FOUND_ABOARD = rx(r"\s+(?:[\w-]+\s+){0,3}?(?:found|discovered|seized|uncovered|confiscated)\b[^.;]{1,120}?"
                   r"\b(?:aboard|on\s+board(?:\s+of)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


_FOUND_ABOARD_BEFORE = rx(r"\b(?:found|discovered|seized|uncovered|confiscated|impounded)\b[^.;]{1,120}?"
                          r"\b(?:aboard|on\s+board(?:\s+of)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,7}?$")
_IN_PORT_AFTER = re.compile(r"(?:\s*\([^()]*\))?,?\s+(?:in|at)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:port|harbou?r|terminal)\s+(?:of\s+)?)?")


def _found_aboard_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                        ports: list[Mention]) -> None:
    """"Customs officers at the port of Vlissingen found cocaine ... aboard the reefer X on
    Monday": the ship searched was in that port."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor" or not _SEARCHED_AT.search(text, max(s, port.start - 70), port.start):
            continue
        v = next((v for v in vessels if v.start > port.end and v.form == "name"), None)
        if v is not None and _FOUND_ABOARD.fullmatch(text, port.end, v.start) and \
                not blocked(text, s, s, v.end):
            add_call(analysis, sent, v, port, "searched")
    for v in vessels:
        # "seized drone parts aboard the cargo ship X in the port of Rotterdam on Tuesday": the
        # ship searched, then the port it lay in
        lay = next((p for p in ports if p.start > v.end), None)
        if lay is None or lay.form == "anaphor" or v.form != "name" or \
                not _IN_PORT_AFTER.fullmatch(text, v.end, lay.start):
            continue
        found = _FOUND_ABOARD_BEFORE.search(text, max(s, v.start - 160), v.start)
        if found is not None and not blocked(text, s, s, lay.end):
            add_call(analysis, sent, v, lay, "searched")


# "A cargo of armoured vehicles unloaded at Port Sudan in late September arrived aboard the
# freighter X": the load landed at the port, and the ship it came on
_LANDED_AT = rx(r"\b(?:unloaded|discharged|offloaded|landed|delivered)\s+(?:at|in)\s+"
                r"(?:the\s+(?:port\s+of\s+)?)?$")
_CAME_ABOARD = rx(r"[^.;]{0,60}?\b(?:arrived|came|was\s+(?:brought|shipped|carried|delivered)|"
                  r"were\s+(?:brought|shipped|carried|delivered))\s+(?:\w+ly\s+)?(?:aboard|on\s+board|onboard)\s+(?:of\s+)?"
                  r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


def _came_aboard_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                       ports: list[Mention]) -> None:
    """"A cargo of armoured vehicles unloaded at Port Sudan in late September arrived aboard the
    Russian freighter Lark Nile": the ship the load came on unloaded it at that port, then."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor" or not _LANDED_AT.search(text, max(s, port.start - 40), port.start):
            continue
        v = next((v for v in vessels if v.start > port.end and v.form == "name"), None)
        if v is None or any(x.start < port.start for x in vessels) or \
                not _CAME_ABOARD.fullmatch(text, port.end, v.start) or blocked(text, s, s, v.end):
            continue
        call = add_call(analysis, sent, v, port, "discharging")
        call["date"] = date_near(analysis, sent, port.end)


def _one_aboard_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                      ports: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor" or not _RECEIVED_CARGOES.search(text, max(s, port.start - 140), port.start):
            continue
        for v in vessels:
            if v.start > port.end and v.form == "name" and \
                    _INCLUDING_ABOARD.fullmatch(text, port.end, v.start) and \
                    not blocked(text, s, s, v.end):
                add_call(analysis, sent, v, port, "unloaded")


# a register's field that places the entry's ship: "Last port: Ningbo", "Observed: 14 April
# 2024, Nampo oil terminal", "Port of call: Tartus"
# ("Previous port: Aliaga", "Last inspection: Novorossiysk, 12 October 2024": a port state's
# inspection is in port)
_PORT_FIELD = rx(r"(?:^|(?<=\n)[ \t]*|[;|]\s*|\.\s+|(?<=\.\s))(?P<field>(?i:"
                 r"(?:last|previous|prior)\s+port(?:\s+of\s+call)?|"
                 r"(?:last|latest|previous|prior)\s+(?:PSC\s+|port\s+state\s+(?:control\s+)?)?inspection|"
                 r"ports?\s+of\s+call|observed|sighted|seen|location|position|port|loaded|loading\s+port|discharged|"
                 # ("Last port of call according to AIS: Tartus": the source told before the colon)
                 r"discharge\s+port|unloaded))(?:\s+(?:according\s+to|per|from|by)\s+[\w ]{1,20}?)?"
                 r"\s*:\s*(?:[^;:|]{0,40}?,\s*)?(?:the\s+)?"
                 r"(?:[\w'’-]+\s+){0,2}?$")


# an inspection's outcome told in its field: "(detained, 9 deficiencies)", "- detention"
# (not "no detention", "not detained")
_HELD_ON_INSPECTION = rx(r"[(,;:–-]\s*(?:ship\s+|vessel\s+)?(?:detained|detention)\b", re.I)


def _field_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                 ports: list[Mention]) -> None:
    """Entries of a register or annex: "Name: SU JONG 2; IMO: 8916293; Observed: 14 April 2024,
    Nampo": the entry's ship was at the port a field gives."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        field = _PORT_FIELD.search(text, max(s, port.start - 80), port.start)
        owner = [v for v in vessels if v.end <= (field.start() if field else -1)]
        if field is not None and not owner and (s == 0 or text[s - 1] == "\n"):
            # "VESSEL: LAGUNA (IMO 9334806) / FLAG: Cameroon / LAST PORT: Tartus": a field on a
            # line of its own, of the ship its record (the lines since a blank one) opens with
            block = text.rfind("\n\n", 0, s)
            owner = [v for v in analysis.between(max(block, s - 400), s, "Vessel")
                     if v.form == "name" and (v.start == 0 or text.rfind("\n", 0, v.start) >= block)][:1]
        elif field is not None and not owner and field.start() <= s + 1:
            # "Spotted today: MV X heading north through the Bosphorus. Last port of call: Tartus.":
            # a field opening its sentence, of the one ship the sentence before named
            index = analysis.index_of(sent)
            told = {v.key: v for v in analysis.in_sentence(analysis.sentences[index - 1], "Vessel")
                    if v.form == "name"} if index and \
                analysis.sentences[index - 1].paragraph == sent.paragraph else {}
            owner = list(told.values()) if len(told) == 1 else []
        if field is None or not owner or port.form == "anaphor":
            continue
        kind = field["field"].lower()
        deed = "loaded" if kind.startswith("load") else "discharged" if kind.startswith(
            ("discharg", "unload")) else "seen at"
        call = add_call(analysis, sent, owner[-1], port, deed)
        if re.match(r"(?:last|previous|prior)\s", kind) and \
                not any(t.start >= field.end() for t in sent.times):
            call["date"] = None  # "Last port of call: Tartus": before the time told, undated
        line_end = text.find("\n", port.end)
        if kind.endswith("inspection") and _HELD_ON_INSPECTION.search(
                text, port.end, line_end if line_end >= 0 else len(text)):
            # "Last inspection: Novorossiysk, 12 October 2024 (detained, 9 deficiencies)": the
            # port state held the ship there
            record(analysis, sent, "Detention", port.start, target=owner[-1].key, location=port.key,
                   date=call.get("date"))


# "the same containers were unloaded at Dunai": the cargo of the ship just told of
# ("The last cargo, of about 700,000 barrels, was discharged at Baniyas": an aside on it)
_CARGO_PASSIVE = rx(r"\b(?:" + CARGO_WORDS + r"|shipments?|load)(?:,\s+(?:[^,;.()]|,(?=\d{3}\b)){1,50}?,)?"
                    r"\s+(?:was|were|had been|"
                    r"have been)\s+"
                    # ("the grain was taken from farms in the occupied region and loaded at Berdyansk")
                    r"(?:(?:[a-z]+ed|taken|stolen|bought|grown|brought)\b[^,;.]{0,60}?\s+and\s+)?"
                    r"(?:(?:then|later|subsequently|probably|likely|also)\s+)?"
                    r"(?P<verb>unloaded|offloaded|discharged|loaded|delivered|landed)\s+(?:at|in|to)\s+"
                    # ("its cargo of wheat had been loaded in occupied Sevastopol")
                    r"(?:the\s+)?(?:(?:[A-Z][a-z]+-)?(?:occupied|annexed)\s+)?"
                    # ("had been loaded at Singapore's Jurong Island": a port named with its state)
                    r"(?:(?:port|harbou?r)\s+of\s+|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+)?$",
                    re.I)


# the other side of a transfer told last: "took on crude ... in a transfer with the tanker Y"
_DONOR_BEFORE = re.compile(r"\b(?P<prep>from|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_RECEIVING = re.compile(r"\b(?:took\s+on|taken\s+on|taking\s+on|received|receiving|loaded|loading|lifted|"
                        r"picked\s+up|took\s+delivery)\b", re.I)


def _cargo_holder(analysis: Analysis, focus: list[Mention]) -> Mention:
    """The ship told of last that holds the cargo: the last named, unless it is the ship the
    one before took its load from ("The X took on crude from the Y. The cargo was later
    offloaded at Galveston": the X's)."""
    last = max(focus, key=lambda m: m.end)
    donor = _DONOR_BEFORE.search(analysis.text, max(0, last.start - 60), last.start)
    others = [m for m in focus if m.key != last.key and m.end <= last.start]
    if donor is None or not others:
        return last
    taker = max(others, key=lambda m: m.end)
    if analysis.sentence_at(taker.start) is not analysis.sentence_at(last.start):
        return last
    if donor["prep"].lower() == "from" or _RECEIVING.search(analysis.text, taker.end, donor.start()):
        return taker
    return last


def _cargo_calls(analysis: Analysis, sent: Sentence, focus: Mention, ports: list[Mention]) -> None:
    """"It is highly likely that the same containers were unloaded at Dunai": where the ship
    the sentence before named, with its cargo, was."""
    text, s = analysis.text, sent.span.start
    for p in ports:
        m = _CARGO_PASSIVE.search(text, max(s, p.start - 120), p.start)
        if m and p.form != "anaphor" and not blocked(text, s, m.start(), p.end):
            if _FROM_ANOTHER_SHIP.search(text, p.end, sent.span.end):
                continue  # "the oil had been loaded at Kharg Island and transferred from another
                # tanker off Malaysia": loaded onto that other ship, not this one
            on = _MOVED_ON_TO.match(text, p.end, sent.span.end)
            if on is not None and any(
                    q.start == on.end() and ev["type"] == "PortCall" and ev["vessel"] == focus.key and
                    ev["port"] == q.key and ev.get("activity") in ("departure", "loading")
                    for q in ports for ev in analysis.events):
                continue  # "the coal was loaded at Nampo and moved to Nakhodka" (where the ship
                # came from): the load's way to the ship, not the ship's
            add_call(analysis, sent, focus, p, m["verb"])
            continue
        # "imagery shows 94 containers on its deck at Rajin": the ship, laden there
        deck = _ON_ITS_DECK.search(text, max(s, p.start - 40), p.start)
        if deck and p.form != "anaphor" and not blocked(text, s, deck.start(), p.end):
            add_call(analysis, sent, focus, p, "loaded")


def _told_before(analysis: Analysis, sent: Sentence) -> list[Mention]:
    """The ships (one at a time, not a group) told of in the 300 characters before a sentence."""
    s = sent.span.start
    return [m for m in analysis.between(s - 300 - analysis.longest, s, "Vessel")
            if m.end <= s and s - m.end < 300 and not m.attrs.get("plural")]


def _deck_before_ship(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                      ports: list[Mention]) -> None:
    """"Imagery from 12 November shows containers on its deck at Rajin; it arrived at Vostochny
    on 15 November": the ship told of before, laden at the port its deck is seen at, where the
    sentence names that ship only after (see `_cargo_calls`)."""
    text, s = analysis.text, sent.span.start
    for p in ports:
        deck = _ON_ITS_DECK.search(text, max(s, p.start - 40), p.start) if p.form != "anaphor" else None
        if deck is None or any(v.start < p.start for v in vessels):
            continue
        focus = _told_before(analysis, sent)
        if focus and not blocked(text, s, deck.start(), p.end):
            add_call(analysis, sent, max(focus, key=lambda m: m.end), p, "loaded")


_FROM_ANOTHER_SHIP = rx(r"\b(?:transferred|moved|pumped|passed|taken|trans-?shipped|lightered)\s+"
                       r"(?:(?:on)?to\s+(?:it|her|the\s+\w+)\s+)?from\s+(?:another|a\s+second|a\s+third|"
                       r"a\s+different|other|an?\s+unnamed|an?\s+unidentified|a\s+smaller|a\s+larger)\s+"
                       r"(?:[\w-]+\s+)?(?:ship|vessel|tanker|carrier)s?\b", re.I)
# " in North Korea and moved to ": where a load went on to after it was loaded
_MOVED_ON_TO = rx(r"(?:,?\s+(?:in|on|at)\s+[^,;.]{1,30}?)?,?\s+and\s+(?:then\s+|later\s+)?(?:was\s+|were\s+)?"
                  r"(?:moved|taken|transported|shipped|sent|carried|trucked|railed|brought|transferred)\s+"
                  r"(?:on\s+|overland\s+|by\s+(?:rail|road|truck|barge)\s+)?to\s+(?:the\s+)?"
                  r"(?:(?:[\w-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?")
_ON_ITS_DECK = re.compile(r"\b(?:on|aboard)\s+(?:its|her)\s+(?:(?:open|upper|main|cargo|weather)\s+)?"
                          r"(?:deck|decks|hold|holds)\s+(?:at|in)\s+"
                          r"(?:the\s+(?:port|harbou?r)\s+of\s+)?$")


# "Among the ships unloading at Samsun last month was the bulker X": ships named after the
# deed done at the port
# ("Vessels observed at Feodosia this month include the bulk carriers X, Y and Z")
_AMONG = rx(r"(?:Among\s+(?:the\s+)?|(?:The\s+)?)(?:[\w-]+\s+){0,2}?(?i:ships|vessels|tankers|freighters|"
            r"carriers|bulkers)\s+(?:that\s+(?:had\s+)?|which\s+(?:had\s+)?)?(?P<verb>unloading|loading|"
            r"discharging|calling|docked|moored|berthed|anchored|seen|called|unloaded|loaded|"
            r"discharged|visiting|visited|observed|spotted|photographed|imaged|recorded|identified|"
            # ("Vessels waiting at the Sulina anchorage included the X")
            r"waiting|lying|idling|queu(?:e)?ing)\s+"
            # ("Among the tankers that discharged there was the X": the port told before)
            r"(?P<prep>(?:at|in|off)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?)?$|"
            # ("Among the ships that left Odesa last week were the X and the Y")
            r"(?:Among\s+(?:the\s+)?|(?:The\s+)?)(?:[\w-]+\s+){0,2}?(?i:ships|vessels|tankers|freighters|"
            r"carriers|bulkers)\s+(?:that\s+(?:had\s+)?|which\s+(?:had\s+)?)?(?P<left>left|departed|leaving|"
            r"departing|sailed\s+from|cleared)\s+(?:from\s+)?(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$|"
            # ("Ships at Tartus in May included the X and the Y": where they were)
            r"(?:Among\s+(?:the\s+)?|(?:The\s+)?)(?:[\w-]+\s+){0,2}?(?i:ships|vessels|tankers|freighters|"
            r"carriers|bulkers)\s+(?P<at>at|in)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$|"
            # "Arrivals at Tartus this week included the X", "Departures from Ust-Luga were"
            r"(?:(?:Recent|Notable|Other|Further|New|Last\s+week['’]s|This\s+week['’]s)\s+)?"
            # ("Arrivals this week at the Syrian port of Tartus included ...")
            r"(?P<noun>Arrivals|Calls|Callers|Visitors|Departures|Sailings)\s+(?:(?:this|last)\s+(?:week|"
            r"month)\s+)?(?:at|in|to|from)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$")
_PORT_ASIDE = re.compile(r",\s+(?:the|a|an|its|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(?:port|harbou?r|"
                         r"terminal|hub)\b[^,;.]{0,60},\s+")
_SUBORDINATE = rx(r"\b(?:after|before|when|while|once|until|because|since|where|which|that|as)\b")
_NOUN_DEED = {"arrivals": "arrived at", "calls": "called at", "callers": "called at",
              "visitors": "visited", "departures": "left", "sailings": "left"}
# (or a colon: "Ships observed at Rajin in May: Angara (8 May); Maria (12 May)")
_WHICH_DID = re.compile(r",\s+(?:which|that|who)\s+[^,;()]{1,60}")
_CLAUSE_AFTER_WAS = re.compile(r"[,;]\s+(?:but|and|while|although|though|yet|whereas)\b|;")
_BUT_CLAUSE = re.compile(r",\s+(?:but|while|although|though|yet|whereas)\b")
_AMONG_WAS = rx(r"\b(?:was|were|are|includes?|included)\s+|:[ \t]*(?=\S)")


def _among_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                 ports: list[Mention]) -> None:
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not ports:
        return
    port = ports[0]
    m = _AMONG.match(text, s, port.start)
    if m is not None and m["verb"] and not m["prep"] and port.text.lower() != "there":
        m = None  # (a port named with no word before it is no place of the deed)
    was = _AMONG_WAS.search(text, port.end, e) if m else None
    if m is None or was is None or blocked(text, s, s, was.end()) or _SUBORDINATE.search(
            text, port.end, was.start()) and not _PORT_ASIDE.fullmatch(text, port.end, was.start()):
        # (an aside on the port is no other clause: "Among the tankers that discharged at Sikka,
        # the port that serves the refinery, were the X and the Y")
        return  # ("... loaded at Murmansk after the crude was brought by the X": another clause)
    deed = m["verb"] or m["left"] or m["at"] or _NOUN_DEED[m["noun"].lower()]
    first = next((v for v in vessels if v.start >= was.end()), None)
    if first is not None and _CLAUSE_AFTER_WAS.search(text, was.end(), first.start):
        return  # "Ships calling at Sevastopol are banned, but the X called there": no list of them
    for v in vessels:
        if v.start >= was.end():
            if v is not first and _BUT_CLAUSE.search(text, was.end(), v.start):
                break  # "..., but the tanker Z was at Latakia": the list has ended
            event = add_call(analysis, sent, v, port, deed)
            # "Angara (8 May); Maria (12 May)": the date in brackets after each ship is its call's
            own = bracketed_time(analysis, sent, v.end)
            if own is not None:
                event["date"] = own.interval.iso()
            elif (rel := _WHICH_DID.match(text, v.end, e)) is not None and CALL.search(rel.group()):
                # "... included the landing ship X, which docked on Monday, and ...": its own time
                told = [t for t in sent.times if rel.start() < t.start and t.end <= rel.end()]
                if told:
                    event["date"] = told[0].interval.iso()


# What may open a caption before the ship it shows: "Figure 3: The tanker"
_CAPTION_HEAD = re.compile(r"\s*(?:(?:Figure|Fig\.|Image|Photo|Picture|Plate)\s*\d*[.:]?\s*)?"
                           r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?")


def _caption_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   ports: list[Mention]) -> None:
    """A caption, a line that only names a ship and where it is ("The tanker Ocean Amber at
    Kozmino on 12 June 2024."), is a call."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not vessels or not opens_line(text, s) or not closes_line(text, e):
        return
    v = vessels[0]
    port = next((p for p in ports if p.start > v.end), None)
    if port is None or not _CAPTION_HEAD.fullmatch(text, s, v.start) or \
            not _SHOWN_AT.fullmatch(text, v.end, port.start) or CALL.search(text, port.end, e) or \
            blocked(text, s, s, port.end):
        return  # (nor a line that denies it or sets a condition: "Had the tanker X docked at P, ...")
    add_call(analysis, sent, v, port, text[v.end:port.start])


# "one delivered to Paradip by the Aframax Zircon Star": the ship named as the agent after
_BY_SHIP_VERB = rx(r"\b(?P<verb>delivered|unloaded|discharged|offloaded|loaded|lifted|carried|shipped|"
                   r"brought|transported|landed)\s+(?:[\w,'’-]+\s+){0,6}?(?:to|at|in|into|from)\s+"
                   r"(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$", re.I)
_BY_SHIP_AGENT = re.compile(r"(?:\s+on\s+[^,;.]{1,20}?)?\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")


def _by_ship_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   ports: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    # (and "Reliance received two cargoes at Sikka, delivered by the tankers X and Y": each ship
    # named as who brought what the port took in)
    for before, after, every in ((_BY_SHIP_VERB, _BY_SHIP_AGENT, False),
                                 (_RECEIVED_AT, _THEN_BROUGHT_BY, True)):
        for port in ports:
            cue = before.search(text, max(s, port.start - 80), port.start)
            if cue is None or port.form == "anaphor":
                continue
            agent = next((v for v in vessels if v.start > port.end and after.fullmatch(
                text, port.end, v.start)), None)
            if agent is None or blocked(text, s, cue.start(), agent.end):
                continue
            for v in coordinated(analysis, [w for w in vessels if w.start >= agent.start]) if every \
                    else [agent]:
                call = add_call(analysis, sent, v, port, cue.groupdict().get("verb") or "discharged")
                own = next((t for t in sent.times if 0 <= t.start - v.end <= 4), None)
                if every and own is not None:
                    call["date"] = own.interval.iso()  # ("including one delivered by the X on July 22")
    # ("Reliance took a cargo of Russian crude from the tanker Ahtra at Sikka": the buyer's
    # receipt from a ship in port, the ship's discharge there)
    for v in vessels:
        taken = _TAKEN_FROM_SHIP.search(text, max(s, v.start - 100), v.start)
        there = next((p for p in ports if p.form != "anaphor" and
                      _AT_PORT_AFTER.fullmatch(text, v.end, p.start)), None)
        if taken is None or there is None or blocked(text, s, taken.start(), there.end) or \
                any(w.end <= taken.start() for w in vessels):
            continue  # (a ship that took on cargo from another: a transfer at sea, told elsewhere)
        add_call(analysis, sent, v, there, "discharged")


_TAKEN_FROM_SHIP = rx(r"\b(?:received|receives|took|takes|bought|buys|imported|imports|purchased)\s+(?!on\b)"
                      r"(?:delivery\s+of\s+)?(?:[\w,.'’-]+\s+){0,6}?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                      re.I)
_AT_PORT_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+(?:(?:port|harbou?r)\s+of\s+)?)?")
_RECEIVED_AT = rx(r"\b(?:received|receives|took|takes|imported|imports|bought|buys)\s+"
                  r"(?:[\w,.'’-]+\s+){0,6}?(?:at|in|into)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$",
                  re.I)
# (or one of them: "received three cargoes at Sikka in July, including one delivered by the X")
_THEN_BROUGHT_BY = re.compile(r"(?:\s+(?:in|on|during|last|this|over)\s+[^,;.()]{1,25}?)?,?\s+"
                              r"(?:including\s+(?:one|two|three|a\s+cargo)\s+|(?:one|two)\s+of\s+(?:them|which)\s+"
                              r"(?:was|were)\s+)?(?:(?:all|both|each)\s+)?(?:delivered|brought|carried|shipped|"
                              r"transported)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")


_RESPECTIVELY = rx(r"\brespectively\b", re.I)
# ports of a list: "Izmir and Latakia", "Turkey's Izmir and Syria's Latakia", "Izmir and the
# Syrian port of Latakia"
_PORTS_JOINED = re.compile(r"(?:\s+in\s+[A-Z][\w-]*)?\s*(?:,|and|,\s*and)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+|(?:[A-Z][\w-]*\s+)?port\s+of\s+)?")




def _joined_ports(analysis: Analysis, ports: list[Mention]) -> bool:
    """Whether the ports are one list, each named once ("Taganrog and Port Kavkaz")."""
    return all(_PORTS_JOINED.fullmatch(analysis.text, a.end, b.start)
               for a, b in zip(ports, ports[1:], strict=False)) and len({p.key for p in ports}) == len(ports)


def respectively(analysis: Analysis, sent: Sentence) -> None:
    """"X and Y docked at A and B respectively": X at A, Y at B, and no call or delivery
    across (run after the sentence's other rules)."""
    resp = _RESPECTIVELY.search(analysis.text, sent.span.start, sent.span.end)
    if not resp:
        return
    vessels = analysis.in_sentence(sent, "Vessel")
    ports = analysis.in_sentence(sent, "Port")
    # the ships and ports of the clause that says "respectively" ("X, Y and Z loaded at A, while
    # V and W discharged at B and C respectively": V at B, W at C)
    start = clause_start(analysis.text, sent.span.start, resp.start())
    keys = list(dict.fromkeys(v.key for v in vessels if start <= v.start < resp.start()))
    listed = [p for p in ports if p.form != "anaphor" and start <= p.start < resp.start()]
    places = list(dict.fromkeys(p.key for p in listed))
    other: list[str] = []  # a list of as many ports before it, read in the same order
    if len(keys) >= 2 and len(places) > len(keys):
        # "loaded at Jose and discharged at Qingdao and Rizhao, respectively": the list right
        # before the word
        tail = listed[-len(keys):]
        if _joined_ports(analysis, tail):
            places = [p.key for p in tail]
            # ("loaded wheat at Taganrog and Port Kavkaz and discharged at Bandirma and Samsun
            # respectively": each list in turn)
            head = listed[:-len(keys)]
            if len(head) == len(keys) and _joined_ports(analysis, head) and \
                    not {p.key for p in head} & set(places):
                other = [p.key for p in head]
    if len(keys) >= 2 and len(places) != len(keys):
        # "departed carrying wheat to Spain and Tunisia respectively": states named as such
        last = max(v.end for v in vessels if v.key in keys)
        states = [m for m in analysis.in_sentence(sent, "State")
                  if last <= m.start < resp.start() and m.form == "name"]
        if len(states) == len(keys) and all(JOINED.fullmatch(analysis.text, a.end, b.start)
                                            for a, b in zip(states, states[1:], strict=False)):
            places = list(dict.fromkeys(m.key for m in states))
    if len(keys) < 2 or len(keys) != len(places):
        if len(keys) == 2:
            _respective_days(analysis, sent, resp, keys)
        return
    pairs = set(zip(keys, places, strict=True)) | set(zip(keys, other, strict=False))
    places = places + other
    after = next((t for t in sent.times if resp.end() <= t.start < resp.end() + 12), None)
    if after is not None:
        # "discharged it at Qingdao and Rizhao, respectively, in September": the list's time
        when = after.interval.iso()
        for e in analysis.events_at(sent.span.start):
            if e["type"] == "PortCall" and (e.get("vessel"), e.get("port")) in pairs:
                e["date"] = when
            elif e["type"] == "Transfer" and (e.get("vessel"), e.get("destination")) in pairs:
                begun = (e.get("date") or "").split("/")[0] or None
                e["date"] = span_dates(begun, when) if begun and ends_before(begun, when) else when
    drop = [e for e in analysis.events_at(sent.span.start) if e.get("vessel") in keys and any(
        e.get(role) in places and (e["vessel"], e[role]) not in pairs
        for role in (("port",) if e["type"] == "PortCall" else ("origin", "destination")
                     if e["type"] == "Transfer" else ()))]
    if drop:
        gone = {id(e) for e in drop}
        analysis.events[:] = [e for e in analysis.events if id(e) not in gone]
    if len(keys) == 2:
        _respective_days(analysis, sent, resp, keys)


# two days told as a list: "September 16 and 17", "16 and 17 September" (not a span: "between")
_TWO_DAYS = re.compile(r"(?:[Oo]n\s+)?(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+and\s+"
                       r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+\.?)?(?:,?\s+\d{4})?")


def _respective_days(analysis: Analysis, sent: Sentence, resp: re.Match[str], keys: list[str]) -> None:
    """"The X and the Y loaded at Primorsk on September 16 and 17 respectively": X on the 16th,
    Y on the 17th (not both over the two days)."""
    text = analysis.text
    # (the days before the word or right after it: "respectively on September 16 and 17")
    told = next((t for t in sent.times if _TWO_DAYS.fullmatch(t.text) and (
        t.end <= resp.start() and re.fullmatch(r"\s*,?\s*", text[t.end:resp.start()]) or
        t.start >= resp.end() and re.fullmatch(r"\s*,?\s*(?:on\s+)?", text[resp.end():t.start]))), None)
    if told is None or told.interval.start == told.interval.end:
        return  # (not "between 16 and 17 September": a span both share)
    both = told.interval.iso()
    for key, day in zip(keys, (told.interval.start, told.interval.end), strict=True):
        for e in analysis.events_at(sent.span.start):
            if e.get("date") == both and key in (e.get("vessel"), e.get("target")):
                e["date"] = day.isoformat()


def moored_beside(analysis: Analysis, sent: Sentence) -> None:
    """"Images show the X moored at Nakhodka, next to the Russian tanker Y": the ship beside it
    was at that port too (run after the sentence's other rules)."""
    text, s = analysis.text, sent.span.start
    for ev in list(analysis.events_at(s)):
        if ev["type"] != "PortCall" or ev.get("activity") not in (None, "berthed", "loading", "discharging"):
            continue
        port = next((p for p in analysis.in_sentence(sent, "Port") if p.key == ev["port"]
                     and p.start >= ev["position"]), None)
        if port is None:
            continue
        beside = next((v for v in analysis.in_sentence(sent, "Vessel") if v.start > port.end and
                       v.form == "name" and _BESIDE_SHIP.fullmatch(text, port.end, v.start)), None)
        if beside is None or beside.key == ev["vessel"] or any(
                e["type"] == "PortCall" and e["vessel"] == beside.key and e["port"] == ev["port"]
                for e in analysis.events_at(s)):
            continue
        analysis.events.append({**ev, "vessel": beside.key, "activity": "berthed",
                                "position": beside.start, "evidence": list(ev["evidence"])})


# ", next to the Russian tanker", "alongside the bulk carrier": a ship moored beside another
_BESIDE_SHIP = re.compile(r"(?:\s+(?:port|harbou?r))?(?:\s+on\s+[^,;.]{1,25}?)?,?\s+(?:next\s+to|beside|"
                          r"alongside)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){0,3}?(?:ship|vessel|"
                          r"tanker|carrier|freighter|bulker|ferry|barge|frigate|corvette|destroyer)\s+")


def listed_days(analysis: Analysis, sent: Sentence) -> None:
    """"Three bulkers loaded coal at Murmansk in April: the Anna Maria on 4 April, the Cosmos on
    12 April and the Nordic Star on 21 April": each ship of the list after the colon made the
    call told before it, on its own day (run after the sentence's other rules)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    colon = text.find(":", s, e)
    if colon < 0:
        return
    items = [v for v in analysis.in_sentence(sent, "Vessel") if v.start > colon and v.form == "name"]
    days = []
    for v in items:
        day = next((t for t in sent.times if _DAY_AFTER.fullmatch(text, v.end, t.start)), None)
        if day is None:
            return
        days.append(day)
    if len(items) < 2 or not _LIST_OPEN.fullmatch(text, colon, items[0].start) or any(
            not _ITEM_JOIN.fullmatch(text, d.end, v.start) for d, v in zip(days, items[1:], strict=False)):
        return
    keys = {v.key for v in items}
    told = [ev for ev in analysis.events_at(s) if ev["type"] == "PortCall" and ev["vessel"] in keys
            and ev["position"] < colon]
    if len({ev["port"] for ev in told}) != 1:
        return
    template = told[0]
    for v, day in zip(items, days, strict=True):
        mine = [ev for ev in told if ev["vessel"] == v.key]
        for ev in mine:
            ev["date"] = day.interval.iso()
        if not mine:
            analysis.events.append({**template, "vessel": v.key, "date": day.interval.iso(),
                                    "evidence": list(template["evidence"])})


def paired_items(analysis: Analysis, sent: Sentence) -> None:
    """"All three discharged at Indian ports in May, the Anna Maria at Paradip, the Cosmos at
    Krishnapatnam and the Nordic Star at Mundra": each ship of the list at its own port, doing
    what the clause before the list says."""
    text, s = analysis.text, sent.span.start
    ports = analysis.in_sentence(sent, "Port")
    pairs: list[tuple[Mention, Mention]] = []
    for v in analysis.in_sentence(sent, "Vessel"):
        if v.form != "name":
            continue
        port = next((p for p in ports if p.form == "name" and _AT_ITEM.fullmatch(text, v.end, p.start)), None)
        if port is None:
            continue
        if pairs and not _ITEM_JOIN.fullmatch(text, pairs[-1][1].end, v.start):
            if len(pairs) >= 2:
                break
            pairs = []
        pairs.append((v, port))
    if len(pairs) < 2 or len({v.key for v, _ in pairs}) != len(pairs):
        return
    first = pairs[0][0]
    lead = _LIST_LEAD.search(text, s, first.start)
    verb = CALL.search(text, s, lead.start()) if lead is not None else None
    if lead is None or verb is None or blocked(text, s, verb.start(), first.start):
        return
    activity = activity_of(text[verb.start():lead.start()])
    date = date_near(analysis, sent, verb.start())
    for v, port in pairs:
        if not any(ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == port.key
                   for ev in analysis.events_at(s)):
            record(analysis, sent, "PortCall", port.start, vessel=v.key, port=port.key,
                   activity=activity, date=date)


# ", the Anna Maria at Paradip": a list of ships, each with its port, after a clause
_LIST_LEAD = re.compile(r",\s+(?:the\s+)?$")
_AT_ITEM = re.compile(r"\s+(?:at|in|to)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?")


_DAY_AFTER = re.compile(r"\s+on\s+")
_LIST_OPEN = re.compile(r":\s+(?:the\s+)?")
_ITEM_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def did_so(analysis: Analysis, sent: Sentence) -> None:
    """"The vessel Hua Fu unloaded coal at Longkou, and the Xin Yuan 19 did so at Lianyungang":
    the ports told after the second ship are its own, not the first's (run after the
    sentence's other rules)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for m in DID_SO.finditer(text, s, e):
        ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.start == m.start("name")), None)
        if ship is None:
            continue
        end = next((x.start() for x in _DID_SO_END.finditer(text, m.end(), e)), e)
        ports = [p for p in analysis.between(m.end(), end, "Port") if p.form == "name"]
        after = {p.key for p in ports}
        before = {p.key for p in analysis.between(s, m.start(), "Port")}
        told = [ev for ev in analysis.events_at(s) if ev["position"] < m.start()]
        for ev in analysis.events_at(s):
            place = ev.get("port") if ev["type"] == "PortCall" else ev.get("destination") \
                if ev["type"] == "Transfer" else None
            if place in after and place not in before and ev.get("vessel") != ship.key:
                ev["vessel"] = ship.key
        if not ports and not blocked(text, s, m.start(), m.end()):
            # "The X loaded at Utrenneye on 4 August, and the Y did so on 30 August": at the
            # same port, at the time told after it
            _did_so_there(analysis, sent, ship, told, m.end(), end)
            continue
        if len(ports) != 1 or blocked(text, s, m.start(), m.end()):
            continue
        # what the ship before did at its port, this one did at the port told after it
        done = next((ev for ev in reversed(told) if ev["type"] == "PortCall"), None)
        if done is None or any(ev["type"] == "PortCall" and ev["vessel"] == ship.key
                               for ev in analysis.events_at(s)):
            continue
        port = ports[0]
        call = record(analysis, sent, "PortCall", port.start, vessel=ship.key, port=port.key,
                      activity=done.get("activity"))
        carried = next((ev for ev in told if ev["type"] == "Transfer" and ev.get("vessel") == done["vessel"]
                        and ev.get("destination") == done["port"]), None)
        if carried is not None and done.get("activity") == "discharging":
            record(analysis, sent, "Transfer", port.start, vessel=ship.key, origin=None,
                   destination=port.key, cargo=carried.get("cargo"), origin_type=None,
                   destination_type="Port", date=call["date"])


_DID_SO_END = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\b")


def gapped_calls(analysis: Analysis, sent: Sentence) -> None:
    """"The Pioneer Gale loaded at the Utrenneye terminal on Aug. 1 and the Asya Spirit on Aug.
    4": the second ship made the call the first did, at the time told after its name (a clause
    with no verb of its own, closed by that time)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    _further_at(analysis, sent, analysis.in_sentence(sent, "Port"))
    for m in _GAPPED.finditer(text, s, e):
        ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.start == m.start("name")
                     and v.form == "name"), None)
        when = next((t for t in sent.times if m.end() <= t.start <= m.end() + 3), None)
        if ship is None or when is None or not _GAP_CLOSED.match(text, when.end, e) or \
                blocked(text, s, m.start(), when.end):
            continue
        told = [ev for ev in analysis.events_at(s) if ev["position"] < m.start() and ev.get("date")]
        _did_so_there(analysis, sent, ship, told, m.end(), when.end)


# ", and the Asya Spirit on Aug. 4.": a second ship and a time, the verb left out
_GAPPED = rx(r",?\s+and\s+(?:the\s+)?(?P<name>[A-Z][\w'’.\-]*(?:\s(?:[A-Z][\w'’.\-]*|\d+|[IVX]+)){0,3})"
             r"\s+(?=(?:on|in)\s)")
_GAP_CLOSED = re.compile(r"\s*(?:[.;)]|,\s|$)")


def _did_so_there(analysis: Analysis, sent: Sentence, ship: Mention, told: list[dict[str, Any]],
                  start: int, end: int) -> None:
    """The call the ship before made in the sentence, made by this ship too, at the time told
    right after "did so" (at no time told where it tells none: not the first ship's)."""
    done = [ev for ev in told if ev["type"] == "PortCall"]
    when = next((t for t in sent.times if start <= t.start < end), None)
    if len(done) != 1 or any(ev["type"] == "PortCall" and ev["vessel"] == ship.key
                             for ev in analysis.events_at(sent.span.start)):
        return
    call = record(analysis, sent, "PortCall", start, vessel=ship.key, port=done[0]["port"],
                  activity=done[0].get("activity"))
    call["date"] = when.interval.iso() if when is not None else None


# "at least three shipments unloaded at the Thilawa port": cargoes a port took, no ship named
_PORT_TOOK = rx(r"\b(?:shipments|cargoes|deliveries|consignments)\b[^.;]{0,80}?\b(?:were\s+|have\s+been\s+|"
                r"had\s+been\s+)?(?:unloaded|delivered|discharged|offloaded|landed)\s+(?:at|in|to)\s+"
                r"(?:the\s+(?:port|harbou?r|terminal)\s+of\s+|the\s+)?$", re.I)
_PORT_RECEIVED = re.compile(r"(?:\s+(?:port|harbou?r|terminal))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
                            r"(?:received|taken\s+in|took\s+in)\s+(?:at\s+least\s+|some\s+|about\s+)?"
                            r"[\w,]+\s+(?:[\w-]+\s+)?(?:shipments|cargoes|deliveries|consignments)\b", re.I)
_PLACES_IT = re.compile(r"\s+(?:port\s+|harbou?r\s+|terminal\s+)?(?:near|outside|close\s+to|in)\s+")
# "The tanker X delivered about 20,000 tonnes of aviation fuel on 14 November": no port said
_DELIVERED_THERE = re.compile(r"(?:\s*,[^,;.]{1,80},)?\s+(?:[a-z]+ly\s+|also\s+|then\s+)?"
                              r"(?:delivered|unloaded|discharged|offloaded)\b")


def implied_deliveries(analysis: Analysis) -> None:
    """"At least three shipments were unloaded at Thilawa since November. The tanker X delivered
    about 20,000 tonnes on 14 November": a delivery told with no port, after a sentence (this
    paragraph's or the one before) that tells of the cargoes one port took with no ship, was
    made there (no port named in between)."""
    text = analysis.text
    port: Mention | None = None  # the port that took cargoes, told last
    seen, told = -1, None  # the paragraph and sentence where it was told
    for sent in analysis.sentences:
        s, e = sent.span.start, sent.span.end
        ports = [p for p in analysis.in_sentence(sent, "Port") if p.form == "name"]
        vessels = analysis.in_sentence(sent, "Vessel")
        if ports:
            took = [p for p in ports if _PORT_TOOK.search(text, max(s, p.start - 140), p.start)
                    or _PORT_RECEIVED.match(text, p.end, e)]
            # (another port only where it places this one: "the Thilawa port near Yangon")
            others = [p for p in ports if took and p.key != took[0].key and not _PLACES_IT.fullmatch(
                text, took[0].end, p.start)]
            port = took[0] if took and not others and not vessels and not blocked(text, s, s, e) else None
            seen, told = sent.paragraph, sent
            continue
        if port is None or told is None or sent.paragraph - seen > 1:
            continue
        for v in vessels:
            m = _DELIVERED_THERE.match(text, v.end, e)
            if m is None or blocked(text, s, v.start, m.end()) or any(
                    ev["type"] == "PortCall" and ev["vessel"] == v.key for ev in analysis.events_at(s)):
                continue
            call = record(analysis, sent, "PortCall", m.start(), vessel=v.key, port=port.key,
                          activity="discharging")
            cite(call, told)  # (and where the port is told)


# "was no longer at Tartus on 10 December": it had been there, and had left
_NO_LONGER_AT = re.compile(r"\s+(?:was|were|is|are)\s+no\s+longer\s+(?:(?:visible|seen|present|moored|"
                           r"berthed|docked|anchored|there)\s+)?(?:at|in)\s+"
                           r"(?:the\s+(?:port|harbou?r|base)\s+(?:of|at|in)\s+)?$")
# two ships joined, each with its kind: "the frigate X and the corvette Y"
_SHIPS_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")



def _no_longer_there(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                     ports: list[Mention]) -> None:
    """"The frigate X and the corvette Y were no longer at Tartus on 10 December": each had been
    there and left, at a time the sentence does not tell (before that day)."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        before = [v for v in vessels if v.end <= port.start]
        if not before or not _NO_LONGER_AT.fullmatch(text, before[-1].end, port.start):
            continue
        # ("the frigate X and the corvette Y were no longer at ...")
        for v in joined_before(analysis, before, _SHIPS_JOINED):
            if any(ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == port.key
                   for ev in analysis.events_at(s)):
                continue
            call = record(analysis, sent, "PortCall", port.start, vessel=v.key, port=port.key,
                          activity="departure")
            call["date"] = None


# "The Grey Wren made the same trip in August": the voyage another ship was told to make
# ("followed the same route but unloaded at Zhanjiang instead")
_SAME_TRIP = rx(r"\b(?:made|makes|make|making|took|take|takes|taking|completed|did|repeated|undertook|"
                r"has\s+made|had\s+made|followed|follows|sailed)\s+(?:the\s+|an\s+)?(?:same|identical)\s+"
                r"(?:(?:round|return|\w+-\w+)\s+)?(?:trip|voyage|journey|run|passage|route)\b", re.I)


_BUT_INSTEAD = rx(r"[^,;.]{0,40}?,?\s+but\s+(?:then\s+|\w+ly\s+)?(?:unloaded|discharged|offloaded|docked|"
                  r"called|arrived|berthed|ended\s+(?:it|its\s+voyage|up))\s+(?:at|in)\s+"
                  r"(?:the\s+(?:(?:\w+\s+)?port\s+of\s+)?)?", re.I)


# how long after (or before) the other ship's voyage: " a week later", " two days earlier"
_LATER_BY = re.compile(r"\s+(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                       r"(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)\b", re.I)


def _moved(value: str | None, days: int | None, otherwise: str | None) -> str | None:
    """The other ship's time `days` on (back, if negative), or the sentence's own."""
    return shifted_back(value, -days) if days and value else otherwise


# the ship's own voyage like the one told before: "It made a similar voyage in January, when it
# unloaded wheat at Latakia"
_SIMILAR_TRIP = rx(r"\b(?:made|makes|took|takes|completed|undertook|had\s+made|has\s+made)\s+(?:a|an|one)\s+"
                   r"(?:similar|like|comparable)\s+(?:(?:round|return|\w+-\w+)\s+)?(?:trip|voyage|journey|run)\b",
                   re.I)


def similar_trips(analysis: Analysis) -> None:
    """"The X left Feodosia at the weekend with grain ... It made a similar voyage in January,
    when it unloaded wheat at Latakia": the voyage ended at the port told, and set out from the
    port the ship left on the voyage told just before (in the paragraph or the one before)."""
    text = analysis.text
    for sent in analysis.sentences:
        m = _SIMILAR_TRIP.search(text, sent.span.start, sent.span.end)
        if m is None or blocked(text, sent.span.start, sent.span.start, m.end()):
            continue
        for ev in analysis.events_at(sent.span.start):
            if ev["type"] != "Transfer" or ev.get("origin") or not ev.get("destination") or \
                    ev.get("destination_type") != "Port":
                continue
            left = [c for c in analysis.events if c["type"] == "PortCall" and c["vessel"] == ev.get("vessel")
                    and c.get("activity") in ("departure", "loading") and c["port"] != ev["destination"]
                    and c["evidence"][0][1] <= sent.span.start
                    and sent.paragraph - _paragraph_of(analysis, c) <= 1]
            if len({c["port"] for c in left}) == 1:
                ev["origin"], ev["origin_type"] = left[-1]["port"], "Port"


def _paragraph_of(analysis: Analysis, event: dict[str, Any]) -> int:
    sent = analysis.sentence_at(event["evidence"][0][0])
    return sent.paragraph if sent is not None else -9


def same_trips(analysis: Analysis) -> None:
    """"The Kestrel Moon carried grain from Sevastopol to Latakia in July. A second vessel, the
    Grey Wren, made the same trip in August": the voyage of the other ship told last before it
    (in the paragraph or the two sentences before), made by this one at its own time: its
    calls at both ends (where not told already) and its cargo. Run after the voyages are
    paired from calls."""
    text = analysis.text
    for at, sent in enumerate(analysis.sentences):
        s = sent.span.start
        for m in _SAME_TRIP.finditer(text, s, sent.span.end):
            ships = [v for v in analysis.in_sentence(sent, "Vessel") if v.end <= m.start()]
            ends = analysis.between(m.end(), sent.span.end, "Port")
            # ("made the same voyage a week later but unloaded at Mersin instead": to that port)
            instead = ends[0] if ends and ends[0].form != "anaphor" and \
                _BUT_INSTEAD.fullmatch(text, m.end(), ends[0].start) else None
            if not ships or ends and instead is None or \
                    analysis.between(s, m.start(), "Port") or blocked(text, s, ships[-1].start, m.end()):
                continue
            ship = ships[-1].key
            earliest = next((x.span.start for x in reversed(analysis.sentences[:at])
                             if x.paragraph != sent.paragraph), 0)
            earliest = min(earliest, analysis.sentences[max(0, at - 2)].span.start)
            trips = [ev for ev in analysis.events if ev["type"] == "Transfer"
                     and earliest <= ev["position"] < s and ev.get("vessel") and ev["vessel"] != ship
                     and ev.get("origin_type") == "Port" and ev.get("destination_type") == "Port"
                     and ev.get("origin") and ev.get("destination")]
            own = [ev for ev in analysis.events if ev["type"] == "Transfer" and ev.get("vessel") == ship]
            if not trips:
                continue
            trip = max(trips, key=lambda ev: ev["position"])
            if instead is not None:
                # its own voyage to the port told, told without where it came from
                mine = [ev for ev in own if ev.get("destination") == instead.key and not ev.get("origin")
                        and ev["evidence"][0][0] == s]
                if instead.key in (trip["origin"], trip["destination"]) or len(mine) != len(own) or \
                        len(mine) > 1:
                    continue
                if not any(ev["type"] == "PortCall" and ev["vessel"] == ship and ev["port"] == trip["origin"]
                           for ev in analysis.events):
                    record(analysis, sent, "PortCall", m.start(), vessel=ship, port=trip["origin"],
                           activity="departure", date=mine[0]["date"] if mine else None)
                if mine:
                    mine[0]["origin"], mine[0]["origin_type"] = trip["origin"], "Port"
                    mine[0]["cargo"] = mine[0].get("cargo") or trip.get("cargo")
                else:
                    record(analysis, sent, "Transfer", instead.start, vessel=ship, origin=trip["origin"],
                           destination=instead.key, cargo=trip.get("cargo"), origin_type="Port",
                           destination_type="Port")
                continue
            if own:
                continue
            # its own time, where the sentence tells one (not the other ship's)
            date = date_near(analysis, sent, m.start()) if sent.times else None
            # ("made the same voyage a week later": each of the other's times, a week on)
            later = _LATER_BY.match(text, m.end(), sent.span.end)
            days = None
            if later is not None and trip.get("date"):
                days = days_of(later["n"], later["unit"]) * (1 if later["dir"].lower() == "later" else -1)

            told_at = {ev["port"]: ev.get("date") for ev in analysis.events if ev["type"] == "PortCall"
                       and ev["vessel"] == trip["vessel"] and ev["position"] < s}
            made = [(record(analysis, sent, "PortCall", m.start(), vessel=ship, port=port,
                            activity=activity, date=date), _moved(told_at.get(port), days, date))
                    for port, activity in ((trip["origin"], "departure"), (trip["destination"], None))
                    if not any(ev["type"] == "PortCall" and ev["vessel"] == ship and ev["port"] == port
                               for ev in analysis.events)]
            made.append((record(analysis, sent, "Transfer", m.start(), vessel=ship, origin=trip["origin"],
                                destination=trip["destination"], cargo=trip.get("cargo"),
                                origin_type="Port", destination_type="Port", date=date),
                         _moved(trip.get("date"), days, date)))
            for event, when in made:
                event["date"] = when


# "towed the tanker X to P", "seized the X and diverted it to the port of P": the ship moved
# to a port by others
# what others do to bring a ship somewhere (its crew may also have "sailed" it there)
_CAPTOR = r"diverted|escorted|towed|took|brought|forced|steered|redirected|taken"
# ("RUSI traced the X to the port of Longkou", "tracked it to Rajin": where the trail ended)
_MOVED = r"(?:" + _CAPTOR + r"|sailed|traced|tracked)"
_MOVED_SHIP = rx(r"\b" + _MOVED + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_MOVED_IT = rx(r"\b" + _MOVED + r"\s+(?:it|her)\s+(?:back\s+)?(?:to|into)\s+(?:the\s+(?:port|"
               r"harbou?r)\s+of\s+)?$", re.I)
_TO_PORT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:back\s+)?(?:to|into)\s+(?:the\s+(?:port|"
                      r"harbou?r)\s+of\s+)?", re.I)


# "AIS data placed the ship in Tartus", "its signal put it at Tartus"
_PLACED = r"(?:placed|put|puts|places|located|locates)"
# ("inspected the tanker X at the port of Piraeus", "photographed the X in Tartus": it was there)
# ("identified the tanker X at Baniyas on 3 May")
# ("carried out an inspection of the tanker X at the Skagen anchorage": the deed told as a noun)
_PLACED_SHIP = rx(r"\b(?:" + _PLACED + r"|inspected|searched|examined|boarded|photographed|imaged|"
                  r"filmed|spotted|sighted|observed|identified|detected|(?:inspection|search|boarding|"
                  r"examination)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                  re.I)
_PLACED_IT = rx(r"\b" + _PLACED + r"\s+(?:it|her)\s+(?:at|in)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?$",
                re.I)
# (an aside allowed; or the port told with "the": "at the Primorsk oil terminal", "in the Syrian
# port of Tartus")
# ("on five occasions at Baniyas", "in satellite images of the Baniyas terminal")
_IN_PORT = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+on\s+(?:at\s+least\s+)?\w+\s+(?:separate\s+)?occasions)?"
                      r"\s+(?:at|in|in\s+(?:(?:commercial|satellite|aerial|drone)\s+)?(?:images|imagery|photos|"
                      r"photographs|pictures|footage)\s+(?:taken\s+)?(?:of|at|over))\s+"
                      r"(?:the\s+(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:port|harbou?r)\s+of\s+)?)?", re.I)


def _object_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                  ports: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    # the ship placed at a port last, the port, and the words that placed it there
    placed: tuple[Mention, Mention, re.Match[str]] | None = None
    for port in ports:
        if port.form == "anaphor":
            continue
        before = [v for v in vessels if v.end <= port.start]
        if not before:
            continue
        placed_it = _PLACED_IT.search(text, max(s, port.start - 60), port.start)
        it = _MOVED_IT.search(text, max(s, port.start - 60), port.start) or placed_it
        v = before[-1]
        direct = _TO_PORT.fullmatch(text, v.end, port.start) and _MOVED_SHIP.search(
            text, max(s, v.start - 40), v.start) or _IN_PORT.fullmatch(
            text, v.end, port.start) and _PLACED_SHIP.search(text, max(s, v.start - 60), v.start)
        if not (it or direct) and placed is not None and placed[0] is v and \
                _AND_AT_TOO.fullmatch(text, placed[1].end, port.start):
            # "located the X at Rajin on 26 October and at Vostochny on 2 November": the place
            # told next, the verb left out
            direct = placed[2]
        how = placed_it if it is not None and it is placed_it else \
            direct if isinstance(direct, re.Match) and not _MOVED_SHIP.search(
                text, max(s, v.start - 40), v.start) else None
        placed = (v, port, how) if how is not None else None
        if (it or direct) and not blocked(text, s, v.start, port.end):
            # ("towed the tanker X to P": the verb tells how it came there)
            moved = it or _MOVED_SHIP.search(text, max(s, v.start - 40), v.start)
            add_call(analysis, sent, v, port, moved.group() + " to " if moved else "")


# between two places a ship was found at: " on 26 October and at ", ", then in "
_AND_AT_TOO = re.compile(r"(?:\s+(?:on|in|during|between)\s+[^,;.()]{1,30}?)?,?\s+(?:and|then)\s+"
                         r"(?:(?:later|again|then)\s+)?(?:at|in|off)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?")


# a convoy's voyage: "escorted the cargo ships X and Y from Baltiysk to Tartus"
_ESCORTED = rx(r"\b(?:escorted|escorting|escorts|accompanied|accompanying|convoyed|shepherded)\s+(?:the\s+)?"
               r"(?:[\w-]+\s+){0,3}?$", re.I)
_FROM_TO = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+from\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?")
_ON_TO = re.compile(r"\s+to\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?")


def _escorted_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                    ports: list[Mention]) -> None:
    """"A convoy led by the frigate Z escorted the cargo ships X and Y from Baltiysk to Tartus":
    each ship escorted left the first port and came to the second (not "escorted the X to
    Bandar Abbas", a ship taken where its captors chose: see _object_calls)."""
    text, s = analysis.text, sent.span.start
    for i, origin in enumerate(ports[:-1]):
        dest = ports[i + 1]
        before = [v for v in vessels if v.end <= origin.start]
        if origin.form == "anaphor" or dest.form == "anaphor" or not before or \
                not _FROM_TO.fullmatch(text, before[-1].end, origin.start) or \
                not _ON_TO.fullmatch(text, origin.end, dest.start):
            continue
        group = before[-1:]  # the ship told last before the route, and those listed with it
        for v in reversed(before[:-1]):
            if not JOINED.fullmatch(text, v.end, group[0].start):
                break
            group.insert(0, v)
        cue = _ESCORTED.search(text, max(s, group[0].start - 40), group[0].start)
        if cue is None or blocked(text, s, cue.start(), dest.end):
            continue
        for v in group:
            for port, phrase in ((origin, "departed from "), (dest, "sailed to ")):
                # (its own navy's escort: no captors, the voyage its own)
                event = add_call(analysis, sent, v, port, phrase)
                event["convoy"], event["forced"] = True, False


_ROW_WORDS = 16  # the most words a table row or a header line holds


def _short_line(analysis: Analysis, index: int) -> bool:
    """Whether sentence `index` is a whole line of a few words (a table row, a header)."""
    sent = analysis.sentences[index]
    return len(sent.words) <= _ROW_WORDS and opens_line(analysis.text, sent.span.start) and \
        closes_line(analysis.text, sent.span.end)


def _in_cells(analysis: Analysis, index: int) -> bool:
    """A short line set out in cells (see text.cells)."""
    sent = analysis.sentences[index]
    return _short_line(analysis, index) and len(cells(analysis.text, sent.span.start,
                                                      sent.span.end)) >= 2


def _is_row(analysis: Analysis, index: int) -> bool:
    sent = analysis.sentences[index]
    return _in_cells(analysis, index) and bool(sent.times) and any(
        p.form != "anaphor" for p in analysis.in_sentence(sent, "Port"))


# a table's column of where a ship went or came from, not where it was
_ROLE_HEAD = re.compile(r"(?i:destination|next\s+port(?:\s+of\s+call)?|(?:discharge|load(?:ing)?)\s+port|"
                        r"origin|(?:bound\s+)?for|to|from|last\s+port(?:\s+of\s+call)?|previous\s+port)")


def _under_role_head(analysis: Analysis, index: int, port: Mention) -> bool:
    """Whether the port stands in a column whose head, the first line of the table above it,
    tells where the ship went or came from."""
    text = analysis.text
    top = index
    while top > 0 and _in_cells(analysis, top - 1) and index - top < 40:
        top -= 1
    if top == index:
        return False
    head = analysis.sentences[top]
    sent = analysis.sentences[index]
    row = cells(text, sent.span.start, sent.span.end)
    heads = cells(text, head.span.start, head.span.end)
    if len(row) != len(heads):
        return False
    col = next((k for k, (at, cell) in enumerate(row) if at <= port.start < at + len(cell)), None)
    return col is not None and _ROLE_HEAD.fullmatch(heads[col][1].strip()) is not None


def _row_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
               ports: list[Mention]) -> None:
    """A table of calls, "2023-08-17; Rajin; Loading containers" row by row, under a sentence
    that names the one ship it is about (or with the ship in a column of its own)."""
    named = [p for p in ports if p.form != "anaphor"]
    if len(named) != 1:
        return
    index = analysis.index_of(sent)
    if not _is_row(analysis, index) or not (
            index > 0 and _is_row(analysis, index - 1) or
            index + 1 < len(analysis.sentences) and _is_row(analysis, index + 1)):
        return  # one short line with a date and a port (a caption) is no table
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if blocked(text, s, s, e):
        return
    if s in analysis.pair_rows or _OFF_PORT.search(text, max(s, named[0].start - 20), named[0].start):
        return  # a row of a table of transfers at sea ("off Ningbo"): where they met, no call
    if _under_role_head(analysis, index, named[0]):
        return  # "Zeya / 10.03 / 12.03 / - / wheat / Jeddah" under "... / DESTINATION": a voyage's
        # end, read with the table's voyages (see tables)
    keys = {v.key for v in vessels}
    subject = vessels[0] if len(keys) == 1 else None
    if not keys:
        # up through the table's rows and header (and a short title line or two, "Table 1")
        back, titles = index - 1, 0
        while back >= 0 and index - back <= 40 and _short_line(analysis, back) and \
                not analysis.in_sentence(analysis.sentences[back], "Vessel"):
            if not _in_cells(analysis, back):
                titles += 1
                if titles > 2 or analysis.sentences[back].times or analysis.in_sentence(
                        analysis.sentences[back], "Port"):
                    back = -1  # a caption of its own, not the table's title
                    break
            back -= 1
        if back >= 0 and index - back <= 40:
            above = analysis.in_sentence(analysis.sentences[back], "Vessel")
            if len({v.key for v in above}) == 1:
                subject = above[0]
    if subject is not None:
        add_call(analysis, sent, subject, named[0], text[s:e])


# "Containers were loaded at Rajin aboard the Maria": the port, then the ship the cargo went in
# ("The oil was loaded from Kharg Island onto the X": where the load was taken on)
_LOADED_AT = rx(r"\b(?:(?P<verb>loaded|unloaded|offloaded|discharged|landed)\s+(?:at|in)|"
                r"(?P<taken>loaded)\s+from)\s+(?:the\s+"
                r"(?:[\w'’-]+\s+)?(?:port|harbou?r)\s+of\s+)?$|"
                # ("The cargo had left Venezuela's Jose terminal in December aboard the X": the load
                # the sentence is of, gone from the port in the ship)
                r"\b(?:cargo|load|oil|crude|fuel|shipment|consignment|grain|wheat|coal|diesel)\s+(?:had\s+)?"
                r"(?P<left>left|departed)\s+(?:(?-i:[A-Z])[\w'’-]*['’]s\s+)?(?:the\s+(?:port\s+of\s+)?)?$",
                re.I)
# a time told right after a port, before what was done there: " in early December", " on 3 May"
_TIME_AFTER_PORT = (r"\s+(?:in|on|during|over)\s+(?:(?:early|mid|late)[- ])?(?:the\s+)?[\w-]+"
                    r"(?:\s+(?-i:[A-Z][a-z]+|\d{1,4})){0,2}")
_ABOARD_AFTER = rx(
    # (with the time between: "loaded at Primorsk in early December onto a different tanker, the X")
    # ("left Jose terminal in December aboard the X")
    r"(?:\s+(?:oil\s+)?(?:terminal|port|harbou?r))?(?:" + _TIME_AFTER_PORT + r")?"
    r"\s+(?:aboard|onto|on\s+board|from)\s+(?:(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|"
    r"carrier|freighter|bulker|barge),\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    # ("onto small tankers including the X and the Y")
    r"(?:(?:tankers|ships|vessels|barges|carriers|freighters|bulkers)(?:,\s+|\s+)"
    r"(?:(?:including|such\s+as|among\s+them)\s+)?(?:the\s+)?)?$", re.I)


_FROM_AFTER = re.compile(r"(?:" + _TIME_AFTER_PORT + r")?\s+from\b")


# "transited the Bosphorus southbound, laden, from Novorossiysk": the port its voyage began at
_TRANSITED_FROM = rx(r"\btransit(?:ed|ing|s)?\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?"
                     r"(?:port|harbou?r)\s+of\s+)?$", re.I)


def _transited_from(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                    ports: list[Mention]) -> None:
    """A ship told passing through a strait from a port left that port."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        told = _TRANSITED_FROM.search(text, max(s, port.start - 120), port.start)
        if told is None:
            continue
        ship = next((v for v in reversed(vessels) if v.end <= told.start()), None)
        if ship is None or port.form == "anaphor" or blocked(text, s, ship.start, port.end) or \
                analysis.between(ship.end, told.start(), "Vessel"):
            continue
        event = add_call(analysis, sent, ship, port, "departed")
        if len(event["evidence"]) == 1 and event.get("date"):
            event["date"] = weeks_before(event["date"], 7)  # (it left in the days before it passed)


def _aboard_after_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                        ports: list[Mention]) -> None:
    """"Containers were loaded at Rajin aboard the Maria": the ship named after the port was
    there, loading or unloading."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        verb = _LOADED_AT.search(text, max(s, port.start - 40), port.start)
        if verb is None:
            continue
        v = next((v for v in vessels if v.start > port.end), None)
        if v is None or v.start - port.end > 80 or not _ABOARD_AFTER.fullmatch(text, port.end, v.start):
            continue
        if verb["taken"] and _FROM_AFTER.match(text, port.end):
            continue  # ("loaded from Basra from the X": no ship it went onto)
        deed = verb["verb"] or verb["taken"] or verb["left"]
        if not blocked(text, s, verb.start(), v.end):
            add_call(analysis, sent, v, port, deed)
            last = v
            for w in vessels[vessels.index(v) + 1:]:  # (and the ships listed with it)
                if not JOINED.fullmatch(text, last.end, w.start):
                    break
                add_call(analysis, sent, w, port, deed)
                last = w


# between a port and a ship a cargo was put aboard there: ", where it was moved onto the feeder
# vessel ", "(At Jebel Ali) the containers were loaded onto the "
_PUT_ABOARD_THERE = rx(r"(?:" + _TIME_AFTER_PORT +
                       # (a time after the port: "delivered a cargo to Zeebrugge on 4 February, where")
                       r"(?=,\s+where\s))?(?P<where>,\s+where\s+|,?\s+)"
                       r"(?:it|they|(?:the|its|her|their|some|most|all|part|"
                       r"(?:\w+\s+)?of\s+the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|were)\s+(?:then\s+|later\s+|"
                       r"[a-z]+ly\s+)?(?P<verb>loaded|moved|transferred|trans-?shipped|put|placed|lifted|"
                       r"reloaded|craned|switched)\s+(?:back\s+)?(?:onto|aboard|on\s+board(?:\s+of)?|on\s+to)\s+"
                       r"(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.I)
_AT_FRONT = re.compile(r"(?:^|[.;:]\s+|\n)\s*(?:At|In)\s+(?:the\s+(?:port\s+of\s+)?)?$")


def _put_aboard_there(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                      ports: list[Mention]) -> None:
    """"transshipped through Jebel Ali, where it was moved onto the feeder vessel X" (or "At
    Jebel Ali the containers were loaded onto the X"): the ship a cargo was put aboard at a port
    was there, loading."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor":
            continue
        v = next((v for v in vessels if v.start > port.end and v.form == "name"), None)
        if v is None or v.start - port.end > 120:
            continue
        put = _PUT_ABOARD_THERE.fullmatch(text, port.end, v.start)
        if put is None or not put["where"].strip() and not _AT_FRONT.search(
                text, max(0, port.start - 30), port.start):
            continue
        if not blocked(text, s, put.start("verb"), v.end):
            add_call(analysis, sent, v, port, "loaded")


_DEED_OF = {"loading": "loaded", "discharging": "discharged", "departure": "left", "berthed": "berthed"}


def _listed_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                  ports: list[Mention]) -> None:
    """"called at Jebel Ali, Khor Fakkan and Fujairah": every port of a list the vessel called
    at, where the list's first or last holds the call."""
    text = analysis.text
    named = [p for p in ports if p.form != "anaphor"]
    runs: list[list[Mention]] = []
    for p in named:
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1].end, p.start):
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        if len(run) < 3:
            continue  # two ports joined by "and" are each matched on their own
        starts = {p.start for p in run}
        for e in list(analysis.events_at(sent.span.start)):
            if e["type"] != "PortCall" or e.get("position") not in starts:
                continue
            vessel = next((v for v in vessels if v.key == e["vessel"]), None)
            if vessel is None:
                continue
            for p in run:  # (each did what the list's call tells: "loaded wheat at A, B and C")
                add_call(analysis, sent, vessel, p, _DEED_OF.get(e.get("activity") or "", ""))


def _where_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                 ports: list[Mention]) -> None:
    """"the port of Sevastopol, where the landing ship Yamal was struck": the ship that is the
    subject of a clause set in the port was there."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for port in ports:
        if port.form == "anaphor" and port.text == "there":
            continue  # ("continued to the Yemeni port, where it berthed": the port named before)
        where = _WHERE.match(text, port.end, e)
        if where is not None and where.group("within") and not any(
                m.end <= where.end("within") for kind in ("State", "Place")
                for m in analysis.between(port.end, where.end("within"), kind)):
            where = None  # (", Viet Nam, where": only a state or region the port lies in)
        during = where is None
        if during:
            where = _DURING.match(text, port.end, e)
        if where is None:
            continue
        before = text[max(s, port.start - 60):port.start]
        # ("Its final destination was Qingdao, where it discharged": the voyage ended there,
        # whatever the plan told before the clause)
        declared = _DECLARED_FOR.search(before) is not None
        if not (_PREP_BEFORE_PORT.search(before) or _VIA.search(before) or declared) or \
                _NOT_A_CALL_PREP.search(before):
            continue  # "Olya, a port south of Astrakhan, where it unloaded": Olya's clause
        passed = _PASSED_ON.match(text, where.start() + where.group().find("where"), e) \
            if not during else None
        if passed is not None and not blocked(text, s, where.start(), passed.end()):
            # "..., where the gas was transferred to tankers such as the X and the Y": each
            # ship it went onto took it on in the port
            first = next((v for v in vessels if passed.end() <= v.start <= passed.end() + 6), None)
            giver = [v for v in vessels if v.end <= port.start]
            for taker in coordinated(analysis, [w for w in vessels if first and w.start >= first.start]):
                add_call(analysis, sent, taker, port, "loaded")
                pair = {giver[-1].key, taker.key} if giver else set()
                if len(pair) == 2 and not any(ev["type"] == "ShipToShipTransfer" and
                                              set(ev["vessels"]) == pair for ev in analysis.events_at(s)):
                    # ("The X sailed to Zeebrugge, where its cargo was loaded onto the Y")
                    record(analysis, sent, "ShipToShipTransfer", passed.start(),
                           vessels=[giver[-1].key, taker.key], location=port.key,
                           location_type="Port", cargo=None)
            continue
        v = next((v for v in vessels if where.end() <= v.start < where.end() + 60), None)
        if v is None or not _WHERE_SUBJECT.fullmatch(text, where.end(), v.start):
            continue
        if v.form == "anaphor" and any(
                ev["type"] == "PortCall" and ev["port"] == port.key and ev["vessel"] != v.key
                for ev in analysis.events_at(s)):
            continue  # "... from the Linda before sailing to Vadinar, where it discharged": the
            # pronoun is the ship whose call the sentence told, not the one named last
        verb = (_AT_BERTH if during else _CLAUSE_VERB).match(text, v.end, e)
        if verb and _DUE_THERE.match(verb.group()):
            continue  # "heading to Trieste, where it is due on May 21": not there yet
        if verb and during and _OWN_PLACE.match(text, verb.end(), e):
            continue  # "docked at Nakhodka, while the X loaded at Bandar Abbas": its own port
        if verb and _OFF_BEFORE.search(before) and _PASSED_TO_SHIP.match(text, v.end, e):
            continue  # "met off Kalamata, where the Ostrich passed part of its cargo to the
            # Pelican": at sea, off the port
        if verb and (far_off(before) or _OFF_BEFORE.search(before) and _EXCHANGED.match(text, v.end, e)):
            continue  # "met the Y about 30 miles off Ceuta, where they transferred fuel oil": at sea
        if verb and not blocked(text, where.start() if declared and not during else s,
                                where.start(), verb.end()):
            add_call(analysis, sent, v, port, verb.group())


_DUE_THERE = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:[a-z]+ly\s+)?(?:is|are|was|were)\s+due$")
_OFF_BEFORE = rx(r"\b(?:off|outside)\s+(?:the\s+)?(?:(?:coast|port|harbou?r)\s+of\s+)?$", re.I)
# the two ships' exchange of cargo: "(where they) transferred fuel oil", "pumped oil between them"
_EXCHANGED = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:transferred|pumped|exchanged|swapped|moved|passed)\b", re.I)
_OWN_PLACE = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?(?:at|in|into|off|near|from|to)\s+(?:the\s+)?"
                        r"(?-i:[A-Z])", re.I)
# what passes cargo to another ship: "passed part of its cargo to the Pelican"
_PASSED_TO_SHIP = rx(r",?\s+(?:[a-z]+ly\s+)?(?:passed|transferred|pumped|handed|lightered|shifted|offloaded|"
                     r"discharged|moved)\b[^,;.]{0,60}?\b(?:to|onto|into)\s+(?:the|another|a)\b", re.I)


# a port given as where the ship was to go
# ("continued to its next port of call, Suez": not "reached its destination, the port of Tartus")
_DECLARED_FOR = rx(r"\b(?:destination|next\s+port(?:\s+of\s+call)?(?:\s*,)?)\s*(?:of|:|was|is|as|listed\s+as|"
                   r"given\s+as|declared\s+as|set\s+(?:as|to|for))?\s+(?:the\s+(?:\w+\s+)?"
                   r"(?:port|harbou?r)\s+of\s+)?$", re.I)


_CARGO_LOADED_SPAN = re.compile(r"(?<=\s)(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?(?:loaded|taken\s+on|"
                                r"shipped|lifted)\s+(?:in|at|from)\s+(?:the\s+(?:port\s+of\s+)?)?"
                                r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?=\s+(?:at|in|into|to)\s)")


# "is sailing towards Cuba with a cargo loaded at Ust-Luga": the load was done there, whatever the
# voyage still under way
_CARGO_LOADED_HERE = re.compile(r"\b(?:" + CARGO_WORDS + r"|cargo(?:es)?|load|shipment)\s+"
                                r"(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?(?:loaded|taken\s+on|lifted)\s+(?:in|at)\s+"
                                r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|terminal)\s+of\s+)?$", re.I)
_MEANT = re.compile(r"\b(?:could|would|might|may|should|if|unless|plan\w*|intend\w*|tried|attempt\w*|"
                    r"not|never|n't|denied|den(?:y|ies))\b", re.I)


def _loaded_there(text: str, s: int, port: Mention) -> bool:
    """Whether a cargo is told as loaded at the port, done whatever the voyage it is on ("is
    sailing towards Cuba with a cargo loaded at Ust-Luga"; not "may carry crude loaded at")."""
    here = _CARGO_LOADED_HERE.search(text, max(s, port.start - 80), port.start)
    return here is not None and _MEANT.search(text, s, here.start()) is None and \
        not blocked(text, here.start(), here.start(), port.end)


_UNLOADED_CARGO_LOADED_IN = re.compile(r"\b(?:discharg|unload|offload|deliver)\w*\s+(?:[\w,.-]+\s+){0,5}?" +
                                       CARGO_THEN_LOADED, re.I)
_CARGO_ENDS = re.compile(r"\b" + CARGO_WORDS + r"\s+$", re.I)


def _without_cargo_loaded(between: str) -> str:
    """The words before a port less a cargo told by where it was loaded ("discharged wheat
    loaded in Sevastopol at Samsun": the call at Samsun is the discharge)."""
    for m in _CARGO_LOADED_SPAN.finditer(between):
        if _CARGO_ENDS.search(between, 0, m.start()):
            return between[:m.start()] + between[m.end():]
    return between


# a next leg only planned: "and was due to sail on to Trieste"
_ONWARD_PLAN = re.compile(r"\b(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:due|expected|scheduled|set|"
                          r"planning|going|about)\s+to\s+(?:sail|continue|head|proceed|go|leave|depart|"
                          r"move)\b")
_ONWARD_LEFT = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:departed|left|sailed|headed|continued|"
                          r"set\s+(?:off|sail))\b")
# what stands for the ship in a timeline's entry with no subject, and where such an entry puts it
_ENTRY_DASHES = frozenset(":–—-")
_ENTRY_AT = re.compile(r"\s*(?:(?:[Bb]ack|[Ss]till)\s+)?(?:at|in)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?")
# a voyage that "took" the ship from a port: the ship its object
_VOYAGE_TOOK = re.compile(r"\b(?:took|takes|taking)\s+$")
# "A similar voyage by the Wren Yamal Spirit last year ended at Ningbo": the voyage the ship made
_VOYAGE_BY = re.compile(r"\b(?:voyage|trip|journey|passage|run)\s+(?:(?:made|undertaken)\s+)?by\s+"
                        r"(?:the\s+)?$", re.I)
_VOYAGE_ENDED = re.compile(r"(?:\s+[^,;.()]{1,40}?)?\s+(?:ended|finished|terminated|concluded)\s+(?:at|in)\s+"
                           r"(?:the\s+(?:port\s+of\s+)?)?$")
_TAKEN_FROM = re.compile(r"\s+(?:back\s+|on\s+)?from\s")


_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")
_FOR_DISCHARGE = rx(r"\b" + _FOR_DISCHARGE_AT + r"\s+" + PORT_OF + "$", re.I)


# a ship passing through waters, and the port those waters are told to lie at
_SAILS_IN = rx(r"\b(?:sails?|sailing|sailed|transit(?:s|ed|ing)?|pass(?:es|ed|ing)|navigat(?:es|ed|ing)|"
               r"steam(?:s|ed|ing))\s+(?:through|in|along|across|up|down)\b", re.I)
_PLACE_IN = re.compile(r",?\s+(?:in|near|off|at)\s+(?:the\s+)?")


def _verb_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                ports: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    for port in ports:
        if _DECLARED_FOR.search(text, max(s, port.start - 50), port.start):
            continue  # "departed Ningbo with a declared destination of Mariupol": a plan
        owned = _POSSESSIVE.match(text, port.end)
        if owned is not None and any(m.start == owned.end() and m.type == "Place"
                                     for m in analysis.between(owned.end(), owned.end() + 1)):
            continue  # "sailed on to Istanbul's Bosphorus": the strait, not the port
        # (a bracket the port stands in, opened right after a ship: that ship's aside alone,
        # "the X (loaded at Primorsk) and the Y (loaded at Ust-Luga)")
        opened = text.rfind("(", s, port.start)
        aside_of = next((w for w in vessels if w.end <= opened and not text[w.end:opened].strip()), None) \
            if opened >= 0 and ")" not in text[opened:port.start] else None
        for v in subjects(analysis, vessels, port.start):
            if aside_of is not None and v.key != aside_of.key and v.end <= aside_of.start:
                continue
            between = text[v.end:port.start]
            if (base := _BASE_DEED.match(between)) is not None and \
                    _PERCEIVED.search(text, max(s, v.start - 60), v.start):
                # "saw the tanker X take on fuel oil at Tuapse": a deed seen done
                between = " " + _PAST_DEED[base["verb"].lower().split()[0]] + between[base.end("verb"):]
            aboard = _ABOARD.search(text, max(s, v.start - 60), v.start)
            trade = _TRADED_ABOARD.search(text, max(s, v.start - 90), v.start) if aboard is None else None
            told = aboard or trade
            if told is not None and (_AT_PORT.fullmatch(between) or aboard is not None and
                                     _WITH_LOAD_AT.fullmatch(between)):
                # "containers were loaded onto the Angara at Rajin": the ship is the object
                # ("Reliance imported Russian crude aboard the Aframax Ligera at Sikka": a cargo
                # landed there from it)
                deed = told.group() if aboard is not None else \
                    "loaded" if told["verb"].lower().startswith(("export", "sent")) else "unloaded"
                if not blocked(text, s, told.start(), port.end):
                    add_call(analysis, sent, v, port, deed)
                continue
            taken = _VOYAGE_TOOK.search(text, max(s, v.start - 12), v.start)
            if taken is not None and _TAKEN_FROM.match(between):
                # "her third voyage took her from Kavkaz to Latakia": the ship the voyage's object
                between = " travelled" + between
            if _VOYAGE_BY.search(text, max(s, v.start - 40), v.start) and _VOYAGE_ENDED.fullmatch(between):
                between = " arrived at "  # (at the time the sentence tells)
            if v.form == "anaphor" and v.text in _ENTRY_DASHES and _ENTRY_AT.fullmatch(between):
                # a timeline's entry with no verb: "- 22 March: back at Nampo" (the dash is the ship)
                between = " was" + between
            if len(between) > 220 or not CALL.search(between) and not (
                    _MOTION_TO.search(between) and ARRIVING.match(text, port.end)):
                continue  # no call, nor a voyage there that ended ("..., arriving on 12 May")
            if _OFF_PORT.search(text, max(s, port.start - 40), port.start) and (
                    _AT_SEA_WITH.search(text, s, sent.span.end) or _passed_to_ship(analysis, sent, v, port)):
                continue  # "seen side by side off Kalamata, a sign of an STS transfer": at sea
            if RULERS_CLAUSE.search(between) or _ITS_PEOPLE.match(text, port.end):
                # "docked at Qingdao, and officials delivered a protest to Tokyo"; "..., and
                # Novorossiysk port officials complained": the port's people
                continue
            if _PEOPLE_OF.match(between) or _WHOSE_ASIDE.fullmatch(between):
                continue  # "the Vega's crew travelled to Istanbul": people (or its sister), not it
            if _ACCORDING_TO.search(between):
                continue  # "..., according to the Ukrainian embassy in Beirut": a source's seat
            if _SOURCE_SEAT.match(text, port.end) and text.rfind(",", v.end, port.start) > 0:
                continue  # "docked at Sikka on May 3, the Indian Express in Mumbai reported"
            if NEW_SUBJECT.search(between):
                continue  # "..., and the Lakshmi took a cargo at Ust-Luga": another's deed
            if _others_deed(between):
                continue  # "compared the Vega to ships seen at Tartus": the others' deed
            before = text[max(s, port.start - 60):port.start]
            if _NOMINAL_CALL.search(before):
                continue  # "unloaded at A after a stop in B": the call at B is a noun's
            if _FOR_DISCHARGE.search(before):
                continue  # "loaded at Novorossiysk for discharge at Jamnagar": where it was bound
            # (or set off by a comma, further on: "reached Baltiysk, Russia's Baltic fleet base in
            # Kaliningrad")
            if any(p.end <= port.start and port.key != p.key and p.form != "anaphor" and (
                    port.start - p.end < 30 or port.start - p.end < 70 and text.startswith(",", p.end)) and
                   _LOCATED_NEAR.fullmatch(text, p.end, port.start) for p in ports):
                continue  # "at the Thilawa terminal near Yangon": the port named first is where
            if _SAILS_IN.search(between) and any(
                    m.type == "Place" and m.end <= port.start and _PLACE_IN.fullmatch(text, m.end, port.start)
                    for m in analysis.between(max(s, port.start - 60), port.start)):
                continue  # "sails in the Bosphorus in Istanbul": the port places the strait passed
            if _VIA.search(before):
                continue  # "sailed from A to B via Port Said": passed through, no call said
            if _CARRYING_TO.search(text, max(s, port.start - 100), port.start) and \
                    not ARRIVING.match(text, port.end):
                continue  # "left Primorsk on Feb. 3, carrying crude to Sikka": under way there
            if far_off(before):
                continue  # "was seen 30 nautical miles off Hodeidah": at sea, not in the port
            if port.text != "there" and \
                    (not _PREP_BEFORE_PORT.search(before) or _NOT_A_CALL_PREP.search(before) and not (
                        # "sailed for Vadinar, arriving on 8 February"
                        # ("headed for the Turkish port of Bandirma, where it arrived on 3 July")
                        BOUND_FOR.search(before) and ARRIVING.match(text, port.end)
                        # "appeared near Lianyungang, where it unloaded its cargo": it was there
                        or _NEAR.search(before) and _did_there(text, port.end)
                        or _ANCHORAGE_NEAR.search(before))) and \
                    not re.search(r"\b(at|in|to|from)\s+(?:the\s+)?(?:(?!(?:for|towards?|near)\s)[\w'’-]+\s+)"
                                  r"{0,3}$", before, re.I):
                continue
            if _LOG_DEED.search(before) and not _LOG_DEED_AFTER.match(text, port.end):
                continue  # "loaded Basra crude": the port names the cargo (not "loaded Primorsk 8 Aug")
            # "has not called at a port since leaving Kozmino on 3 May": the leaving is told as
            # done, whatever the clause it hangs on denies
            since = _SINCE_LEAVING.search(text, max(s, port.start - 40), port.start)
            if since is not None and any(not _UNDER_WAY_MODAL.match(m.group())
                                         for m in MODAL.finditer(text, s, since.start())):
                since = None  # ("would have docked at Lome after leaving Kozmino": all of it a plan;
                # not "was heading toward Nhava Sheva after leaving Khalifa port", under way)
            if _FROM_CRAFT_OFF.search(before):
                continue  # "took on diesel from fishing boats off Zuwara": at sea, no call there
            # ("was denied entry at Rizhao last week and is now waiting off Qingdao": the state told
            # as holding now is a clause of its own)
            now = _AND_NOW.search(text, v.end, port.start)
            if (blocked(text, now.end(), now.end(), port.end) if now is not None else
                    blocked(text, s, v.start, port.end)) and (
                    since is None or blocked(text, since.start(), since.start(), port.end)) and \
                    not _loaded_there(text, s, port) or \
                    _CARGO_ORIGIN.search(before) and \
                    not _SHIP_CAME.fullmatch(between):
                continue  # ("the oil came from Basra", not "the X, which came from Basra")
            last_verb = list(CALL.finditer(between))[-1:]
            own = [p for p in ports if p.key != port.key and last_verb and
                   v.end + last_verb[0].end() <= p.start and p.end <= port.start]
            if own and _OWN_PREDICATE.search(text, own[-1].end, port.start) and \
                    not CALL.search(text, own[-1].end, port.start):
                continue  # "sailed from Jask on 18 June and was seized off Mocha": the verb is Jask's
            edges = list(_CLAUSE_BREAK.finditer(between))
            if edges and not CALL.search(between[edges[-1].end():]):
                continue  # "she had docked but said the wheat came from P": another clause
            verbs = list(_AND_VERB.finditer(between))
            if verbs and not any(m.end() > verbs[-1].start("verb") for m in CALL.finditer(between)) and \
                    not _MOTION_TO.search(between, verbs[-1].start("verb")):
                continue  # "loaded at Utrenneye and stored it off Murmansk": the next verb's place
                # (not the verb of a call told in two: "was inspected and cleared in Djibouti")
            gerunds = list(_GERUND_CLAUSE.finditer(between))
            if gerunds and not CALL.search(between, gerunds[-1].start("verb")) and not (
                    # "called at Fujairah before heading to Sohar, where it stopped"
                    _MOTION_TO.search(between, gerunds[-1].start("verb")) and ARRIVING.match(text, port.end)):
                continue  # "arrived at Longkou after transmitting signals off Taean": its place
            after = text[port.end:sent.span.end]
            if (presence_denied(text, port.end, sent.span.end) or
                    # ("anchored off the port 4 May, was not allowed to enter")
                    _KEPT_OUT.search(text, port.end, sent.span.end)) and \
                    not any(p.start >= port.end and p.form != "anaphor" for p in ports):
                continue
            phrase = _without_cargo_loaded(between)
            if verbs and _MOTION_TO.search(between, verbs[-1].start("verb")) and \
                    not CALL.search(between, verbs[-1].start("verb")):
                # "loaded 700,000 barrels from the X and headed to Qingdao, where it arrived": what
                # it did there is told by the verb that took it there, not the loading before
                phrase = _without_cargo_loaded(between[verbs[-1].start("verb"):])
            rel = _relative_clause(after)
            if not (rel and activity_of(phrase) in ("loading", "discharging") and
                    activity_of(rel) not in ("loading", "discharging")):
                # (not what others did to it there, after a load it handled: "delivered another
                # to Beirut in June, where Lebanese authorities briefly held it")
                phrase += rel
            if _KEPT_FROM_LEAVING.search(text, max(s, v.start - 60), port.start):
                phrase = "held"  # "barred the ship from leaving the port": there, and not gone
            if _TO_BEFORE.search(before) and activity_of(phrase) == "departure":
                if _CARRYING_ON_TO.search(between):
                    continue  # "left Tartus carrying equipment back to Novorossiysk": going there
                phrase = ""  # "sailed from A to B": B is where it went, not where it left
            came = False
            # ("arrived from Amirabad and Anzali": each port of the list after "from")
            listed = [q for q in ports if q.end <= port.start and q.form != "anaphor"]
            from_list = bool(listed) and JOINED.fullmatch(text, listed[-1].end, port.start) is not None \
                and _FROM_BEFORE.search(text, max(s, listed[-1].start - 40), listed[-1].start) is not None
            if (from_list or _FROM_BEFORE.search(before) or _VOYAGE_BEGAN.search(before)) and \
                    not ACTIVITY[0][1].search(between):
                # ("discharged gas at Beihai, ending a voyage that began in Murmansk in late June":
                # where it set out)
                phrase = "departed"
                # "had arrived from Primorsk": the voyage ended where the ship was last told of
                # (not where another port follows: "had sailed from X bound for Y")
                # (but for a port the ship is only due to sail on to: "had arrived from Tobruk
                # and was due to sail on to Trieste")
                # (nor one of another ship's clause after: ", and the Y discharged at Paradip"; nor
                # one after a semicolon: "arrived at Vostochny from Rajin; it departed Vostochny")
                # (a pier it moored at after, told as a part of the port it came to, is no other
                # port: "arrives from Novorossiysk, moors at the naval pier")
                came = bool(_ARRIVED_FROM.search(between)) and not any(
                    p.start > port.end and p.form != "anaphor" and not (
                        _ARRIVED.search(between) and (_ONWARD_PLAN.search(text, port.end, p.start) or
                                                      # ("and left two days later for Port Said")
                                                      _ONWARD_LEFT.search(text, port.end, p.start))) and
                    # (nor a port it came by: "arrived from Novorossiysk via Marmara Ereglisi")
                    not _VIA_PORT.fullmatch(text, port.end, p.start) and
                    not any(w.key != v.key and port.end <= w.start < p.start for w in vessels) and
                    ";" not in text[port.end:p.start]
                    for p in ports)
            if _SUPPLIES_BROUGHT.search(text, max(s, port.start - 50), port.start):
                phrase = "supplied"  # "owed $1.2m for fuel delivered in Singapore": it took fuel on
            if EXPECTED_AFTER.match(text, port.end, sent.span.end):
                continue  # "discharged at Qingdao 2 July (expected)": not yet
            if _FIRST_SEEN.search(text, max(s, port.start - 80), port.start) and any(
                    ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == port.key
                    for ev in analysis.events):
                continue  # "It is the first grain ship seen at the port since ...": the call told
            event = add_call(analysis, sent, v, port, phrase)
            if _UNLOADED_CARGO_LOADED_IN.search(text, max(s, port.start - 100), port.start) and \
                    len(event["evidence"]) == 1:
                event["date"] = None  # "discharged wheat loaded in Sevastopol at Samsun on 14 October"
            elif phrase == "departed" and len(event["evidence"]) == 1 and event.get("date") and \
                    _UNDERWAY_FROM.search(text, max(s, port.start - 40), port.start) and not any(
                        port.end <= t.start and "," not in text[port.end:t.start] for t in sent.times):
                # "ran aground on Tuesday while sailing from Primorsk": it left in the weeks
                # before the time the sentence tells
                event["date"] = weeks_before(event["date"])
            if FORCED_TO.search(between):
                # ("was towed to an anchorage off Sassnitz on the island of Ruegen, where it
                # remained": the clause after the port does not undo the towing)
                event["forced"] = True
            if came:
                for ev in analysis.events_at(s):
                    if ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == port.key:
                        ev["arrived_from"] = True
                        if _ARRIVED.search(between):
                            # "had arrived from P on June 12": the arrival's day, not the
                            # call's, which was within the weeks before it (or as long before
                            # as the voyage took: "after a 38-day voyage from Ust-Luga")
                            days = voyage_days(text[max(s, port.start - 60):port.start])
                            length = _AFTER_VOYAGE.match(text, port.end, sent.span.end)
                            if days is None and length is not None:
                                # ("arrived at Tartus from Baltiysk on January 12 after a 17-day
                                # voyage": told after the port it came from)
                                days = voyage_days(length.group())
                            ev["arrival"], ev["date"] = ev["date"], shifted_back(ev["date"], days) \
                                if days else weeks_before(ev["date"])


# a voyage's length told after the port it came from: " on January 12 after a 17-day voyage"
_AFTER_VOYAGE = re.compile(r"[^.;,]{0,40}?\bafter\s+(?:a|an|its|her)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                           r"(?:voyage|journey|trip|passage|crossing|transit)\b")


# between a port and one a voyage from it came by: " via Turkey's "
_VIA_PORT = re.compile(r"\s+(?:and\s+)?via\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?"
                       r"(?:(?:port|harbou?r)\s+of\s+)?")


# a voyage told as under way when the sentence's deed befell the ship: "while sailing from"
# ("was seen in the Suez Canal on January 7 on its way from Tuapse")
# ("The X, which was sailing empty from Ceuta to Ust-Luga, struck the Y")
# ("The ship, operated by a Japanese company, was sailing from Korfez to Pipavav": under way
# when the deed told before befell it)
_UNDERWAY_FROM = rx(r"(?:(?:\b(?:while|when|as)\s+(?:(?:it|she)\s+was\s+)?|,\s+(?:which\s+was\s+)?|"
                    r"\b(?:was|were)\s+(?:then\s+|still\s+)?)"
                    r"(?:sailing|travell?ing|steaming|heading|headed|transiting|en\s+route)"
                    r"(?:\s+(?:empty|laden|light|in\s+ballast))?|\bon\s+(?:its|her|their)\s+(?:way|voyage|journey)|"
                    r"\ben\s+route)\s+from\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port\s+of\s+)?)?$", re.I)
# "30 nautical miles off Hodeidah", "anchored 40 miles from Zhoushan": a distance from a port
_DISTANCE_OFF = rx(r"\b(?P<n>\d+(?:[.,]\d+)?|[a-z]+)(?:-|\s*)(?:nautical\s+)?(?:miles?|km|"
                   r"kilomet(?:re|er)s?|NM|nm|nmi)\s+(?:off|from|outside|away\s+from|(?:north|south|east|west)\S*\s+of)\s+(?:the\s+)?"
                   r"(?:(?:coast|port|harbou?r)\s+of\s+)?$")
_FEW = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "few", "several",
        "couple"}


def far_off(before: str) -> bool:
    """Whether the words before a port put the ship a distance of ten miles or more off it, out at
    sea ("30 nautical miles off Hodeidah"; not "two miles off Fujairah", its anchorage)."""
    m = _DISTANCE_OFF.search(before)
    if m is None:
        return False
    n = m["n"].lower()
    return float(n.replace(",", "")) >= 10 if n[0].isdigit() else n not in _FEW


# ("taking on a cargo from another tanker off Sohar": one craft too)
_FROM_CRAFT_OFF = rx(r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:boats?|vessels?|ships?|tankers?|barges?|craft|dhows?|"
                     r"trawlers?|skiffs?|lighters?|carriers?)\s+(?:off|near|outside)\s+(?:the\s+(?:coast\s+of\s+)?)?"
                     # ("loaded fuel from larger tankers near the Chinese port of Zhoushan")
                     r"(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$",
                     re.I)
_UNDER_WAY_MODAL = re.compile(r"(?i)(?:was\s+|were\s+)?(?:heading|headed|sailing|steaming|en\s+route|"
                              r"bound\s+for)\b")
_SINCE_LEAVING = rx(r"\b(?:since|after)\s+(?:leaving|departing|sailing\s+from|it\s+left|she\s+left)\s+"
                    r"(?:the\s+(?:port\s+of\s+)?)?$")
_KEPT_FROM_LEAVING = re.compile(r"\b(?:barred|barring|prevented|preventing|stopped|banned|prohibited|blocked|"
                                r"forbidden|forbade)\s+(?:[\w\"“”'’-]+\s+){0,6}?from\s+(?:leaving|departing|"
                                r"sailing\s+from)\b")
_NEAR = rx(r"\b(?:near|outside|off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# between a port and a place that only tells where it lies: "Thilawa terminal near Yangon"
_LOCATED_NEAR = re.compile(r"(?:['’]s)?(?:\s+(?:oil\s+|container\s+|grain\s+|coal\s+)?(?:terminal|port|"
                           r"harbou?r|jetty|berth|anchorage))?,?\s+(?:near|outside|close\s+to|south\s+of|"
                           r"north\s+of|east\s+of|west\s+of)\s+(?:the\s+city\s+of\s+)?|"
                           # ("reached Baltiysk, Russia's Baltic fleet base in Kaliningrad")
                           r",\s+(?:the|an?|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:base|port|"
                           r"harbou?r|terminal|hub|facility|home\s+port)\s+(?:in|on|near)\s+(?:the\s+)?",
                           re.I)
# "escorted to an anchorage near Porvoo", "dropped anchor off Ceyhan": a port's anchorage is
# the port (not "sailed near Porvoo")
# ("anchored near Zhoushan for several weeks": it lay at the port's anchorage)
_ANCHORAGE_NEAR = rx(r"\b(?:anchorages?|roads|roadsteads?|anchor(?:ed|ing)?|"
                     # "loaded at the CPC terminal near Novorossiysk": a terminal of the port's
                     r"(?:at|to|from)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:terminals?|berths?|"
                     r"jett(?:y|ies)|piers?|buoys?))\s+(?:area\s+)?(?:near|outside|off)\s+"
                     r"(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$", re.I)


def _passed_to_ship(analysis: Analysis, sent: Sentence, v: Mention, port: Mention) -> bool:
    """Whether, after a port the ship lay off, the sentence tells it passed its cargo to another
    named ship ("sailed to waters off Ningbo, where it transferred the coal to the X"): at sea."""
    text = analysis.text
    return any(w.key != v.key and _PASSED_TO.search(text, max(port.end, w.start - 80), w.start)
               for w in analysis.between(port.end, sent.span.end, "Vessel"))


_PASSED_TO = rx(r"\b(?:transferr|pass|pump|hand|mov|shift|offload|discharg)(?:ed|ing)\s+[^.;]{0,60}?"
                r"\b(?:to|into|onto)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)


def _did_there(text: str, end: int) -> bool:
    """Whether the ship loaded, unloaded or berthed where the place just named is ("..., where
    it unloaded")."""
    return bool(_WHERE_NEXT.match(text, end)) and bool(ARRIVING.match(text, end))


# (", China, where", " in India, where")
_WHERE_NEXT = rx(r"(?:(?:,|\s+in)\s+[A-Z][\w'’ -]{1,30})?,\s+where\b")


# A transfer at sea told in the sentence: a port the ships lay "off" names where they met
_AT_SEA_WITH = rx(r"ship-to-ship|\bSTS\b|side[- ]by[- ]side|hull[- ]to[- ]hull|lashed together|"
                  r"hose-connected|"
                  r"alongside\s+(?:each\s+other|one\s+another)|"
                  r"lighter(?:ing|ed)\b|"
                  r"trans-?shipp\w*|"
                  # ("where the cargo was transferred to another ship off Melaka")
                  # ("offloaded about one million barrels of crude to two smaller tankers off Baniyas")
                  r"\b(?:transferr|mov|pass|pump|hand|offload|unload|discharg)(?:ed|ing)\s+(?:[\w,-]+\s+){0,6}?"
                  r"(?:to|onto|into|from)\s+"
                  r"(?:another|a\s+second|other|(?:a\s+)?smaller|(?:a\s+)?larger|two|three|several)\s+"
                  r"(?:[\w-]+\s+){0,2}?(?:ships?|vessels?|tankers?|carriers?)\b|"
                  # ("took on fuel from a Chinese tanker off Dalian")
                  r"\b(?:took\s+on|received|collected|loaded)\s+(?:[\w,-]+\s+){0,6}?from\s+(?:a|an|another)\s+"
                  r"(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|barge)\b", re.I)
# ("off Malaysia's Tanjung Pelepas": the port's state before it)
_OFF_PORT = rx(r"\b(?:off|near|outside)\s+(?:the\s+)?(?:coast\s+of\s+|port\s+of\s+|"
               r"(?-i:[A-Z])[\w-]*(?:\s(?-i:[A-Z])[\w-]*)?['’]s\s+)?$")
_ITS_PEOPLE = rx(r"\s+(?:port\s+|city\s+|customs\s+|harbou?r\s+|regional\s+)?(?:officials|authorities|"
                 r"police|governor|administration|mayor|residents|officers|workers|dockers|"
                 r"prosecutors|court)\b")


def _others_deed(between: str) -> bool:
    """Whether the call verb nearest the port has ships in general as its subject ("to ships
    seen at"), not ships joined to the named one ("and two other vessels docked") nor a group it
    is one of ("was among five tankers that loaded at")."""
    verbs = list(CALL.finditer(between))
    if not verbs:
        return False
    # (the verb nearest the port tells the call there: "loaded at Sikka, unlike other tankers
    # that loaded at Kozmino" is not the ship's call at Kozmino)
    other = _OTHER_SHIPS.search(between, 0, verbs[-1].start())
    return other is not None and not _WITH_OTHERS.fullmatch(between, 0, other.start())


def presence_denied(text: str, pos: int, end: int) -> bool:
    """Whether the rest of the clause after `pos` says the vessel was not there at all."""
    return bool(_PRESENCE_DENIED.search(text[pos:end].split(";")[0]))


# what takes a cargo on ashore: "loaded onto railcars", "put on trucks"
_ONTO_LAND = re.compile(r"\b(?:loaded|put|placed|transferred|moved|lifted)\s+(?:on|onto|into)\s+"
                        r"(?:(?:waiting|dozens\s+of|hundreds\s+of|\w+)\s+)?(?:rail\s?cars?|railcars?|"
                        r"(?:railway\s+|freight\s+)?(?:wagons?|trains?)|trucks?|lorry|lorries|"
                        r"vehicles)\b", re.I)


def _relative_clause(after: str) -> str:
    """", where she discharged the cargo": what the vessel did at the port (not what it is
    to do there: ", where it is likely to unload next week")."""
    # (right after the port: not "at Reni on 12 March and sailed to Constanta, where")
    # (nor past another voyage: "at Nampo before sailing to Ningbo, where it discharged")
    # (past the port's state: "sailed to Lome, Togo, where it discharged")
    # (or past an apposition on the port: "sailed to Valletta, the Maltese capital, where")
    m = re.match(r"(?:,\s+(?:[A-Z][\w'’ -]{1,30}|(?:a|an|the)\s+[\w'’ -]{1,40}?)(?=,\s+where\b))?"
                 r"(?:(?!\b(?:and|to|for|towards?|before|after|then)\b)[^,;.]){0,40},?\s+where\s+"
                 # ("where 3,000 tonnes of wheat were discharged": a number's comma)
                 r"(?:[^,;.]|[,.](?=\d))+", after)
    if m and re.search(r"\bwhere\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])[\w'’-]*\s+(?:\w+ly\s+)?"
                       r"(?:had\s+|has\s+|was\s+|then\s+|later\s+)?[a-z]+(?:ed|t)\b", m.group()):
        return ""  # "Both ships sailed to Port Sudan, where the Freedom unloaded": the one named's
    if m and (_PASSED_ON.search(m.group()) or _ONTO_LAND.search(m.group())):
        # "where its cargo was loaded onto the Y", "where the containers were loaded onto
        # railcars": it gave it up
        return " where it discharged"
    return " " + m.group() if m and not blocked(m.group(), 0, 0, len(m.group())) else ""


# ", where its cargo was loaded onto the tanker Y", "where the gas was transferred to
# conventional tankers such as the X and the Y": the cargo passed on to other ships in the port
_PASSED_ON = re.compile(r"\bwhere\s+(?:(?:part|some|most|all|half|much|the\s+rest)\s+of\s+)?"
                        r"(?:its|her|their|the)\s+(?:[\w-]+\s+)?(?:cargo(?:es)?|load|gas|oil|crude|"
                        r"LNG|coal|grain|fuel)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:transferred|loaded|pumped|"
                        r"trans-?shipped|moved|shifted|reloaded)\s+(?:on)?to\s+(?:(?:an?|the)\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:(?:such\s+as|including|like)\s+)?(?=the\s|[A-Z])")


# what a log's line says the ship did there, after its arrival: ", discharging wheat"
# (or "berthed on 24 February and began discharging cement": the deed the berthing was for)
_DOING_AFTER = rx(r"(?:,|\s+and)\s+(?:(?:began|started|commenced|then)\s+)?(?:loading|discharging|"
                  r"unloading|offloading)\b|\s+and\s+(?:then\s+)?(?:loaded|discharged|unloaded|offloaded)\b")
_PLACED_AT = re.compile(r"\s+(?:at|in|off|near|outside)\s+(?:the\s+)?")


_AT_PIER = re.compile(r",?\s+(?P<at>at)\s+(?:the|a|its|her)\s+(?:[\w-]+\s+)?"
                      r"(?:pier|berth|quay|jetty|terminal|wharf|dock|anchorage)s?\b")


def _section_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   port: Mention) -> None:
    text, s = analysis.text, sent.span.start
    for v in vessels:
        if any(e["type"] == "PortCall" and e["vessel"] == v.key and e["evidence"][0][0] == s
               and e.get("activity") != "departure" for e in analysis.events):
            continue  # the sentence puts it at another port (not one it came from: "KINGSTON:
            # The container ship Hope arrived from Savannah")
        after = text[v.end:sent.span.end]
        # an agent's line-up: "Reed Harrier - arr. 09/09, sailed 14/09": the word cut short
        short = _ABBREVIATED.match(after)
        found = CALL.search(after) if short is None else None
        pier = _AT_PIER.match(after) if short is None and found is None else None
        if short is not None:
            vs, ve = short.start("short"), short.end("short")
        elif found is not None:
            vs, ve = found.start(), found.end()
        elif pier is not None:
            # "- 4 January: a cargo ship ..., likely the X, at the main pier": a line that puts
            # the ship at a part of the log's port, with no verb
            vs, ve = pier.start("at"), pier.end()
        else:
            continue
        where = _PLACED_AT.match(after, ve)
        if where is not None and any(
                m.start == v.end + where.end() and m.key != port.key and m.type in ("State", "Port")
                for m in analysis.between(v.end + where.end(), v.end + where.end() + 1)):
            continue  # "had been seen in Chinese waters": somewhere other than the log's port
        if not blocked(text, s, v.start, v.end + ve):
            if _KEPT_OUT.search(after):
                continue  # "Omega Ray (Russia), tanker: anchored off port 8-10 Aug, did not enter"
            phrase = after[:vs] + _SPELLED[short["short"].lower()] if short is not None else after[:ve]
            doing = _DOING_AFTER.search(after, ve)
            if doing is not None:
                phrase += doing.group()  # ("arrived 5 Aug from Kavkaz, discharging wheat")
            if activity_of(phrase) == "departure" and phrase.rstrip().endswith("from") and any(
                    p.start >= v.end + vs and p.key != port.key
                    for p in analysis.in_sentence(sent, "Port")):
                phrase = "arrived"  # "the Lady Mary came from Novorossiysk": it came to the log's port
            call = add_call(analysis, sent, v, port, phrase)
            if short is not None and port.start < s:
                call["date"] = date_near(analysis, sent, v.end + vs)  # (the line's own day)
                left = _LINE_SAILED.match(text, v.end + ve, sent.span.end)
                gone = next((t for t in sent.times if left is not None and t.start == left.end()), None)
                if gone is not None and call.get("activity") != "departure" and call["date"] and \
                        ends_before(call["date"], gone.interval.iso()):
                    # ("arr. 09/09, berthed KSK 11/09, sailed 14/09 for Alexandria": the stay)
                    call["came"], call["date"] = call["date"], span_dates(call["date"], gone.interval.iso())
            if call.get("activity") != "departure":
                stay_until_left(analysis, sent, call, v.end + ve)  # ("arrived on 12 January
                # and left on 14 January")


# a line-up's deed cut short after the ship's name: "- arr. 09/09", ": sld. 14/09"
_ABBREVIATED = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[–—-]|:)\s*(?P<short>arr|arrd|dep|sld)"
                          r"(?:\.\s|\s)", re.I)
_SPELLED = {"arr": "arrived", "arrd": "arrived", "dep": "departed", "sld": "sailed"}
# the line's departure after: ", sailed 14/09"
_LINE_SAILED = re.compile(r"[^;\n]{0,60}?,\s+(?:sailed|sld\.?|dep\.?|departed|left)\s+(?=\d)", re.I)


# "Two cargo vessels ... docked in Port Sudan in September": ships told of as a group, and where
# ("Since August 2023, Russian-flagged cargo ships have made ...": no count after a comma)
# ("Russian-flagged bulk carriers loaded grain at Berdiansk": a plural that opens the sentence)
_GROUP_ARRIVED = rx(r"(?:\b(?i:" + COUNT_WORDS + r"|dozen|some|other|the)\s+|(?<=,\s)|(?<=\n)|(?<=[.!?]\s))"
                    r"(?:[\w-]+\s+){0,3}?"
                    r"(?:vessels|ships|warships|tankers|supertankers|freighters|carriers|bulkers|VLCCs|Aframaxes|"
                    r"Suezmaxes)\b" + IN_CLAUSE + r"{0,100}?\b(?P<verb>docked|were(?=\s+(?:in|at)\s)|"
                    r"arrived|berthed|called|moored|anchored|loaded|unloaded|discharged|offloaded|"
                    r"loading|unloading|discharging|offloading|"
                    # "a dozen tankers were waiting off Venezuela's Jose terminal"
                    r"waiting|waited|idling|idled|queuing|queued|"
                    # "Two bulk carriers were spotted at Longkou" (in the port, not off it)
                    r"(?:seen|spotted|observed|photographed|pictured|imaged)(?=\s+(?:at|in)\s)|"
                    # "tankers have delivered Russian diesel to the Libyan port of Benghazi"
                    r"delivered(?=\s+(?:[\w-]+\s+){0,4}?(?:to|into)\s)|"
                    # "have made at least 64 round trips between the North Korean port of Rajin and"
                    r"made\s+(?:[\w-]+\s+){0,4}?(?:trips|voyages|runs|calls))\s+"
                    # ("at the eastern Libyan port of Tobruk"; "loaded 200,000 tonnes of grain at
                    # occupied Berdiansk")
                    r"(?:(?:\d[\d,.]*|[\w-]+)\s+){0,7}?(?:(?:at|in|to|into|between)\s+"
                    r"(?:the\s+(?:[A-Z][\w-]*\s+){0,2}(?:port\s+of\s+)?|the\s+(?:[\w-]+\s+){1,3}?port\s+of\s+|"
                    r"(?:occupied|[A-Z][\w]*-(?:held|occupied|controlled))\s+|"
                    # "delivered coal to the anchorage off Ningbo-Zhoushan", "anchored off Fujairah"
                    r"the\s+(?:[\w-]+\s+)?(?:anchorage|roads|roadstead)\s+(?:off|of|at|near|outside)\s+|"
                    # ("off Venezuela's Jose terminal")
                    r"[A-Z][\w-]*['’]s\s+)?|"
                    # ("waited at anchor off the Jose terminal")
                    r"off\s+(?:[A-Z][\w-]*['’]s\s+|the\s+)?)$")
# "PDVSA loaded three VLCCs at the Jose terminal": a counted group loaded (or unloaded) there by
# others, the ships the object
_GROUP_LOADED = rx(r"\b(?P<verb>loaded|unloaded|offloaded|discharged)\s+(?:(?i:" + COUNT_WORDS + r")\s+)"
                   r"(?:[\w-]+\s+){0,2}?(?:vessels|ships|tankers|supertankers|freighters|carriers|bulkers|"
                   r"VLCCs|Aframaxes|Suezmaxes)\s+(?:at|in)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:port\s+of\s+)?|"
                   r"[A-Z][\w-]*['’]s\s+)?$")
# "Our tracking of the eastern Libyan port of Tobruk in June found three Russian-linked vessels":
# a watch kept on one port, that found a group of ships there
_PORT_WATCHED = rx(r"\b(?:tracking|monitoring|watch|surveillance|imagery|images|photographs|review|survey|"
                   r"observation|analysis)\s+of\s+(?:(?:the|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
                   r"(?:port|harbou?r|naval\s+base)\s+(?:of\s+)?)?$", re.I)
_WATCH_FOUND = rx(r"[^.;:]{0,40}?\b(?P<verb>found|finds|showed|shows|recorded|records|identified|spotted|"
                  r"revealed|reveals|counted|detected)\s+(?:(?:at\s+least|about|some|only)\s+)?"
                  r"(?:\d+|(?i:" + COUNT_WORDS + r"))\s+(?:[\w-]+\s+){0,3}?(?:vessels|ships|warships|tankers|"
                  r"freighters|carriers|bulkers)\b")
# "At least seven tankers discharged there": a counted group's deed at the port told before
_GROUP_THERE = rx(r"\b(?i:" + COUNT_WORDS + r"|\d+|dozen|several|many)\s+(?:[\w-]+\s+){0,3}?(?:vessels|ships|"
                  r"tankers|freighters|carriers|bulkers|VLCCs)\b[^.;,]{0,40}?\b(?P<verb>docked|arrived|berthed|"
                  r"called|moored|anchored|loaded|unloaded|discharged|offloaded)\s+$")
# "14 arrivals of foreign-flagged ships at Latakia": a group's calls told as a noun ("Our count
# of Russian-linked arrivals at Tartus in 2023 is 48")
_GROUP_NOMINAL = rx(r"\b(?P<verb>arrivals|calls|port\s+calls|visits)\s+(?:(?:by|of)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:vessels|ships|tankers|freighters|carriers|bulkers)\s+)?(?:at|in|to)\s+"
                    r"(?:the\s+(?:[A-Z][\w-]*\s+){0,2}(?:port\s+of\s+)?)?$")
_ACCOUNTED = re.compile(r"\s+(?:together\s+|between\s+them\s+)?accounted\s+for\s+(?:(?:about|some|nearly|"
                        r"almost|over|more\s+than)\s+)?(?:\w+\s+)?(?:of\s+(?:them|these|those|the\s+\w+)|"
                        r"(?:the\s+)?(?:most|half|all|a\s+third|a\s+quarter)\b)")
# "Samsun port handled 14 vessels last week": a port's count of the ships that called
_PORT_HANDLED = rx(r"\s+(?:(?:sea\s*)?port\s+)?(?:has\s+|had\s+)?(?P<verb>handled|received|saw|welcomed|"
                   r"hosted|served)\s+(?:(?:a\s+total\s+of|about|some|around|at\s+least|more\s+than|over|"
                   r"only)\s+)?(?:\d+|(?i:" + COUNT_WORDS + r"))\s+(?:[\w-]+\s+){0,2}?(?:vessels|ships|"
                   r"tankers|freighters|carriers|bulkers|calls|arrivals)\b")
# ("Among them was the X, which took on a cargo on Jan. 28": its own day)
_WHICH_ARRIVED = re.compile(r",\s+which\s+(?:arrived|docked|berthed|called|moored|loaded|unloaded|discharged|"
                            r"took\s+on|completed\s+(?:loading|unloading|discharging))\b")
_WHICH_THERE_SINCE = re.compile(r",\s+which\s+(?:had|has)\s+been\s+(?:there|at\s+anchor|anchored|waiting|"
                                r"idling|moored)\s+(?:there\s+)?(?=since\s)")
# "The X arrived on Sept. 9 from Bandar Abbas", "the Y berthed on Sept. 21": an arrival that names
# no port of its own
# ("The Kelly finally loaded on May 10")
# ("The Lotus, the largest of the three, discharged its cargo on March 18")
# ("The X and the Y, both vessels of the Northern Fleet, arrived on April 8")
_ARRIVED_BARE = rx(r"(?:\s*\([^()]*\))?(?:,\s+(?:an?|both|all|each|the\s+(?=(?:largest|biggest|smallest|"
                   r"oldest|newest|first|second|third|last|latest|only)\b)|(?=(?:flagged|registered)\s+in\s)|"
                   # ("The X, flying the flag of Cameroon, loaded ...")
                   r"(?=(?:flying|under)\s+the\s+(?:flag|\w+\s+flag)\b)|"
                   # ("The X, managed by Athens-based Y, took on about 100,000 tonnes")
                   r"(?=(?:managed|owned|operated|chartered|controlled|insured)\s+by\s))"
                   r"\s*[^,.;()]{1,80},)?,?\s+"
                   r"(?:(?:had|has|was|were)\s+)?"
                   r"(?:(?:finally|eventually|then|later|also|first)\s+)?"
                   r"(?:arrived|docked|berthed|moored|"
                   # "The Asya Energy took on its cargo on August 3": its part of the group's loading
                   # ("The X, a VLCC flagged in Cameroon, took on about 1.9 million barrels")
                   r"loaded|unloaded|discharged|offloaded|took\s+on\s+(?:its|her|the|a(?:\s+similar)?)\s+"
                   r"(?:cargo|load)|"
                   # ("Among them, the Nova began loading Urals crude on June 17")
                   r"(?:began|started|completed|finished)\s+(?:loading|unloading|discharging|offloading)|"
                   # ("The Kite Orinoco departed on July 9 with 1.9 million barrels": it left there)
                   r"(?:departed|left|sailed)(?=\s+on\s)|"
                   r"took\s+on\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?"
                   r"[\d,.]+\s+(?:million\s+)?(?:barrels|tonnes|tons|metric\s+tons|cubic))\b"
                   # (a port of its own, after the cargo: "loaded roughly two million barrels at Kharg";
                   # in its own clause: not "arrived on April 17 with diesel loaded in Bandar Abbas")
                   r"(?!\s+(?:(?!(?:with|after|from|loaded|carrying|before|and)\b)(?:\d+\.\d+|[\w,-]+)\s+){0,7}?"
                   r"(?:at|in|into|off|alongside|near)\s+(?-i:[A-Z]|the\b))")


# "At Primorsk, four Aframaxes loaded Urals": a counted group, after the port set before it
_FRONTED_GROUP = rx(r"\s*(?i:" + COUNT_WORDS + r"|several|some|other)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:vessels|ships|tankers|supertankers|freighters|carriers|bulkers|VLCCs|Aframaxes|"
                    r"Suezmaxes)\s+(?:(?:had|have|were)\s+)?(?P<verb>docked|arrived|berthed|called|moored|"
                    r"anchored|loaded|unloaded|discharged|offloaded|loading|unloading|discharging|"
                    r"took\s+on|lifted)\b")


# (or a list after a colon: "Three ships were in Tartus on Sunday: the X, the Y and the Z")
# ("Vessels leaving Chornomorsk included the bulk carriers X and Y")
# (past who tells of it: "..., according to UN inspection data, among them the X")
# (past who told it: ", according to port data", ", port agents said")
_INCLUDING = rx(r"[^,;.:]*(?:,\s+according\s+to\s+[^,;.:]{1,60}|"
                r",\s+(?:[\w'’-]+\s+){1,4}?(?:said|says|reported))?"
                r"(?:,\s+(?:including|among\s+them|among\s+which\s+(?:was|were))|:|"
                r"(?<=\w)\s+(?:included|include|were|are)(?=\s+the\s))\s+")
# "Vessels leaving Chornomorsk included ...": a group told by the port it left, opening the sentence
_GROUP_BY_PORT = rx(SHIPS_BY_PORT + r"(?:the\s+(?:port\s+of\s+)?)?$")
# a member of the group counted in turn: "The third, the X,", "The last of them, the X,"
_COUNTED_MEMBER = rx(r"\s*(?:The|A)\s+(?:first|second|third|fourth|fifth|last|other|remaining)"
                     r"(?:\s+(?:one|ship|vessel|tanker|carrier|freighter|of\s+them))?(?=,\s+the\s)")
_GROUP_MEMBERS = rx(r"\s*(?:" + _COUNTED_MEMBER.pattern + r"|"
                    # ("We identified them as the X, the Y and the Z", "They were identified as ...")
                    + NAMED_AS + r"|"
                    r"(?:They|These|Those|Among\s+them|Among\s+those)\s+(?:\w+ly\s+)?"
                    r"(?:included|include|were|are|was)|"
                    # "The vessels involved include the Angara, Maria and Maia-1"
                    r"The\s+(?:ships|vessels|tankers|freighters|carriers)\s+(?:involved|used|identified|"
                    r"named|in\s+question)\s+(?:\w+ly\s+)?(?:included|include|were|are)|"
                    # "The tankers - the Lotus, the Arman and the Sabiti - together carried ..."
                    r"The\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:ships|vessels|tankers|"
                    r"freighters|carriers)\s*[-–—(,]\s*(?=the\s)|"
                    # "Two of them, the Sun Ri and the Ka Rim Chon, ..."
                    # ("One of them, the Sin Phyong 5, later appeared off Zhoushan")
                    r"(?:One|Two|Three|Four|Five|Six|Both|Some|Several|Many|All|Most)\s+of\s+(?:them|these|"
                    r"those)(?=,\s+the\s)|"
                    # "One was the Lark Ivory, a Russian cargo ship"
                    r"(?:One|Another)\s+(?:was|is)(?=\s+the\s)|"
                    # "One of them was identified as the Rye Song Gang 1"
                    r"(?:One|Two|Both|Each|Some)\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?"
                    r"(?:ships|vessels|tankers|freighters|carriers|bulkers))\s+(?:\w+ly\s+)?(?:was|were|is|are|"
                    r"(?:has|have|had)\s+been(?=\s+(?:\w+\s+)?(?:identified|named|confirmed)\s+as\b))"
                    r"(?:\s+(?:later\s+|since\s+|positively\s+)?(?:identified|named|confirmed)\s+as)?)\b")


# a member's own state, right after its name: ", is currently anchored off Baniyas waiting to"
_MEMBER_WAITING = re.compile(r"\s*,?\s+(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?(?:anchored|waiting|"
                             r"idling|queuing|drifting|loitering)\b")
# a member's own deed, right after its name: ", delivered a similar volume in March"
_MEMBER_OWN_DEED = re.compile(r"\s*,?\s+(?:also\s+|then\s+|later\s+)?(?:delivered|unloaded|discharged|"
                              r"offloaded|loaded|arrived|docked|berthed|called)\b")


def _group_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Two cargo vessels ... docked in Port Sudan in September. The X arrived on Sept. 9 from
    Bandar Abbas ...; the second ship, the Y, berthed on Sept. 21": the named ships' arrivals,
    told with no port, are at the port the group came to in the sentence before."""
    text = analysis.text
    # ("discharged there during the month, among them the X": the port told before)
    here = {p.key: p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"} or \
        {p.key: p for p in analysis.in_sentence(sent, "Port") if p.text.lower().startswith("the ") or
         p.text.lower() == "there"}
    if len(here) == 1:
        # ("three tankers had been waiting at the anchorage, including the X": the port told of)
        (port,) = here.values()
        including = _INCLUDING.match(text, port.end, min(sent.span.end, port.end + 100))
        counted = (_GROUP_ARRIVED.search(text, max(sent.span.start, port.start - 160), port.start) or
                   _GROUP_LOADED.search(text, max(sent.span.start, port.start - 80), port.start) or
                   _GROUP_BY_PORT.match(text, sent.span.start, port.start) or
                   (_GROUP_THERE.search(text, max(sent.span.start, port.start - 160), port.start)
                    if port.text.lower() == "there" else None)) if including is not None else None
        # (nor "could include the tankers X and Y")
        if including is not None and counted is not None and \
                not blocked(text, sent.span.start, sent.span.start, including.end()):
            # "At least four Russian vessels docked at Tobruk in October, including the landing
            # ships Ivan Gren and Alexander Otrakovsky": each called there then (and did what
            # the group did: "nine tankers have delivered diesel to Benghazi, among them ...")
            for v in coordinated(analysis, [v for v in vessels if v.start >= including.end()]):
                add_call(analysis, sent, v, port, counted["verb"])["date"] = date_near(
                    analysis, sent, port.start)
    # (news copy gives each sentence its own paragraph: the next one still tells of the group)
    # ("Three bulk carriers unloaded wheat at Iskenderun. The Souria arrived on 3 August. The
    # Aris came from Kavkaz": past the members told before)
    before = _told_just_before(analysis, sent)
    members_told: list[Sentence] = []
    # (three on, for a member counted in turn: "The third, the Cyclades Star, went to Aliaga")
    reach = 3 if _COUNTED_MEMBER.match(text, sent.span.start) else 2
    while before is not None and len(members_told) < reach:
        if analysis.in_sentence(before, "Vessel"):
            members_told.append(before)
        elif not (members_told or opens_line(text, before.span.start) or
                  analysis.in_sentence(before, "Port")):
            # ("1. Heron Bay arrived on 4 June. Images taken on 6 June show trucks on the quay.
            # 2. Marten Star arrived on 17 June": more on the member told before, in its paragraph)
            members_told.append(before)
        else:
            break
        before = _told_just_before(analysis, before)
    if before is None or analysis.in_sentence(before, "Vessel"):
        return
    # ("Eleven tankers loaded at the terminal in the period": the port told of before that)
    ports = {p.key: p for p in _not_told_as_near(
        text, [p for p in analysis.in_sentence(before, "Port") if p.form != "anaphor"])} or \
        {p.key: p for p in analysis.in_sentence(before, "Port") if p.text.lower().startswith("the ")}
    if len(ports) != 1:
        return
    (port,) = ports.values()
    if any(not any(ev["type"] == "PortCall" and ev.get("port") == port.key
                   for ev in analysis.events_at(m.span.start)) and
           analysis.in_sentence(m, "Vessel") for m in members_told):  # (not an aside, above)
        return  # a sentence between that tells of other ships, or of no call there
    fronted = _FRONTED.match(text, before.span.start)
    group = _GROUP_ARRIVED.search(text, max(before.span.start, port.start - 160), port.start) or \
        _GROUP_NOMINAL.search(text, max(before.span.start, port.start - 160), port.start) or \
        (_FRONTED_GROUP.match(text, fronted.end(), before.span.end)
         if fronted is not None and port.end <= fronted.end() else None) or \
        _PORT_HANDLED.match(text, port.end, before.span.end) or (
            _PORT_WATCHED.search(text, max(before.span.start, port.start - 60), port.start)
            and _WATCH_FOUND.match(text, port.end, before.span.end))
    if group is None and not blocked(text, before.span.start, before.span.start, port.end):
        _group_left(analysis, sent, before, vessels, port)
    if group is None or blocked(text, before.span.start, before.span.start, port.end):
        return
    members = _GROUP_MEMBERS.match(text, sent.span.start)
    # "The ro-ro vessels Sparta IV and Ursa Major accounted for 22 of them": the group's members
    named = coordinated(analysis, [v for v in vessels if v.form == "name"])
    share = {v.key for v in named} if named and _ACCOUNTED.match(text, named[-1].end) else set()
    if members is not None:
        # (the ships named right after "One of them," or "They included": not a ship they met
        # later in the sentence, "moved alongside the Dusk Heron")
        share |= {v.key for v in vessels if v.start >= members.end() and
                  not OBJECT_BEFORE.search(text, max(0, v.start - 40), v.start)}
    last_verb: str | None = None  # the deed of the member told last, for one told after it
    for v in vessels:
        if v.key in share and not blocked(
                text, sent.span.start, sent.span.start, v.end) and not (
                members is not None and members.group().lstrip().startswith("One") and
                _ARRIVED_BARE.match(text, v.end)):
            # ("One of them, the X, arrived on Jan. 19": its own arrival, below)
            if _MEMBER_WAITING.match(text, v.end):
                continue  # "The third, the Z, is currently anchored off Baniyas waiting to discharge":
                # its own state, told by its own rules (not the group's deed, yet to come)
            # "At least 18 tankers ... called at Fujairah in October. They included the
            # Aframaxes Voyager, Zircon and Nordic Star": each called there then (and did what
            # the group did: "five vessels loading coal at Nampo. Two of them, the X and the Y,")
            call = add_call(analysis, sent, v, port, group["verb"])
            own = _WHICH_ARRIVED.match(text, v.end)
            if own is not None:
                told = next((t.start for t in sent.times if t.start >= own.end()), sent.span.end)
                if any(p.key != port.key and p.form != "anaphor" and own.end() <= p.start < told
                       for p in analysis.in_sentence(sent, "Port")):
                    own = None  # (not a deed at another port: "which loaded corn at Chornomorsk on Oct. 27")
            # ("They include the Lina S, which arrived on January 9 ...": its own day)
            # ("A second tanker, the X, delivered a similar volume in March": the day of its deed)
            deed = _MEMBER_OWN_DEED.match(text, v.end) if own is None else None
            call["date"] = (date_near(analysis, sent, own.end()) if own else None) or \
                (date_near(analysis, sent, deed.end()) if deed and any(
                    t.start >= deed.end() and not t.since for t in sent.times) else None) or \
                date_near(analysis, before, port.start)
            since = _WHICH_THERE_SINCE.match(text, v.end, sent.span.end) if own is None else None
            began = next((t for t in sent.times if since is not None and
                          since.end() <= t.start <= since.end() + len("since ")), None)
            if began is not None and call["date"] and began.interval.start.isoformat() <= call["date"][:10]:
                # ("and the Y, which had been there since February 20": there from that day)
                call["date"] = span_dates(began.interval.start.isoformat(), call["date"])
            call["confidence"] = confidence_of(analysis.sentence_text(before))
            cite(call, before)
            continue
        verb = _ARRIVED_BARE.match(text, v.end)
        if verb is None:
            # ("The X and the Y, both ..., arrived on April 8": the deed after the last of them)
            joined = [v]
            for w in vessels:
                if w.form == "name" and w.start > joined[-1].end and \
                        JOINED.fullmatch(text, joined[-1].end, w.start):
                    joined.append(w)
            if len(joined) > 1:
                verb = _ARRIVED_BARE.match(text, joined[-1].end)
        came = _SHIP_CAME.match(text, v.end) if verb is None else None
        if came is not None and text[came.end():came.end() + 1].isupper() and \
                not blocked(text, sent.span.start, v.start, came.end()):
            # "The Aris came from Kavkaz": one of the group, that did what it did there then
            if any(e["type"] == "PortCall" and e["vessel"] == v.key and e["port"] == port.key
                   for e in analysis.events):
                continue  # (its call there told already: "The X arrived on 2 April, ... All
                # three had sailed from Tartus")
            call = add_call(analysis, sent, v, port, group["verb"])
            call["date"] = date_near(analysis, before, port.start)
            cite(call, before)
            continue
        gapped = _GAPPED_TIME.match(text, v.end) if verb is None else None
        if gapped is not None and last_verb is not None and \
                _AND_THE.search(text, max(sent.span.start, v.start - 12), v.start) is not None:
            # "while the Arman arrived on March 29 and the Sabiti on April 5": the verb of the
            # member before, left out
            call = add_call(analysis, sent, v, port, last_verb)
            call["date"] = date_near(analysis, sent, gapped.end())
            cite(call, before)
            continue
        if verb is None or blocked(text, sent.span.start, v.start, verb.end()):
            continue
        call = add_call(analysis, sent, v, port, verb.group())
        call["date"] = date_near(analysis, sent, verb.end())  # the arrival's, in this sentence
        stay_until_left(analysis, sent, call, verb.end())  # ("arrived on 4 June and left on 11 June")
        # (and did what the group did there: "Two landing ships unloaded vehicles at Tobruk ...
        # The X and the Y arrived on April 8")
        call["activity"] = told_activity(call.get("activity"), activity_of(group.group()))
        cite(call, before)  # where the port is told
        last_verb = verb.group()


# a counted group of ships that went from one port to another: "Russian warships escorted three
# cargo ships from Sevastopol to Novorossiysk last week", "Two tankers carried Iranian crude from
# Kharg Island to Baniyas in May"
_GROUP_WENT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                         r"(?:[\w-]+\s+){0,3}?"
                         r"(?:ships|vessels|tankers|freighters|carriers|bulkers|VLCCs|Aframaxes|warships|"
                         r"frigates|corvettes|submarines)\b"
                         r"(?:[^.;:]{0,60}?)\s+from\s+(?:the\s+(?:port\s+of\s+)?)?$|"
                         # "Iranian cargo ships made at least 18 voyages from Amirabad to Makhachkala"
                         r"\b(?:ships|vessels|tankers|freighters|carriers|bulkers)\s+(?:have\s+|had\s+)?made\s+"
                         r"(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?(?:\d+|[a-z]+|dozens\s+of)\s+"
                         r"(?:[\w-]+\s+)?(?:voyages|trips|runs|crossings|journeys)\s+from\s+"
                         r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)
# a ship named as having made a share of the voyages told before: "the X, which made five of the
# trips", "the Y made most of them"
_SHARE_OF_TRIPS = rx(r",?\s+(?:(?:which|that)\s+)?(?:(?:has|had|have)\s+)?(?:made|carried\s+out|undertook|"
                     r"completed|accounted\s+for)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?"
                     r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|most|many|several|"
                     r"some|half|all|a\s+third|a\s+quarter)\s+of\s+(?:the|these|those|them)\b"
                     r"(?!\s+(?:[\w-]+\s+)?(?:calls|cargoes|loads|barrels|tonnes|tons|containers)\b)")
_MORE_ENDS = re.compile(r"\s*(?:,\s*|\s+)(?:and|or)\s+(?:the\s+)?|\s*,\s*")
_GROUP_WENT_TO = re.compile(r"\s+to\s+(?:the\s+(?:port\s+of\s+)?)?")
# the member named after: "One of them, the X,", "Among them was the X"
_ONE_OF_THEM = rx(r"\s*(?:(?:One|Two|Both)\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:ships|vessels|"
                  r"tankers|freighters|carriers)),\s+(?:the\s+)?|Among\s+them\s+(?:was|were|is|are)\s+(?:the\s+)?)")


def _group_voyage(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Russian warships escorted three cargo ships from Sevastopol to Novorossiysk last week.
    One of them, the X, had loaded military equipment in Sevastopol on June 24": the ship named as
    one of the group made the group's voyage, arriving where it went then (and leaving where it
    came from, unless its own sentence tells its call there)."""
    text = analysis.text
    member = _ONE_OF_THEM.match(text, sent.span.start)
    before = _told_just_before(analysis, sent)
    if before is None or analysis.in_sentence(before, "Vessel"):
        return
    if member is not None:
        named = [v for v in vessels if v.form == "name" and v.start >= member.end()
                 and FEW_WORDS.fullmatch(text, member.end(), v.start)]
    else:
        # ("The vessel most often used was the X, which made five of the trips")
        named = [v for v in vessels if v.form == "name" and _SHARE_OF_TRIPS.match(text, v.end, sent.span.end)]
    places = [p for p in analysis.in_sentence(before) if p.type in ("Port", "State") and p.form != "anaphor"]
    pair = next(((a, b) for a, b in zip(places, places[1:], strict=False) if a.type == "Port" and
                 b.type == "Port" and _GROUP_WENT.search(text, max(before.span.start, a.start - 160), a.start)
                 and _GROUP_WENT_TO.fullmatch(text, a.end, b.start)), None)
    if not named or pair is None or blocked(text, before.span.start, before.span.start, pair[1].end):
        return
    a, b = pair
    if any(p.start > b.end and _MORE_ENDS.fullmatch(text, b.end, p.start) for p in places):
        return  # "from Amirabad to Astrakhan and Makhachkala": which end was the member's is not told
    when = date_near(analysis, before, b.end)
    # ("Among them are the frigates X and Y": each of the members named)
    for v in coordinated(analysis, [w for w in vessels if w.form == "name" and w.start >= named[0].start]):
        if not any(ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == a.key
                   for ev in analysis.events_at(sent.span.start)):
            left = add_call(analysis, sent, v, a, "left")
            left["date"] = when
            cite(left, before)
        if any(ev["type"] == "PortCall" and ev["vessel"] == v.key and ev["port"] == b.key
               for ev in analysis.events_at(sent.span.start)):
            continue  # (its arrival told in its own sentence: "which arrived at Novorossiysk in late
            # September")
        came = add_call(analysis, sent, v, b, "arrived")
        came["date"] = when
        came["confidence"] = confidence_of(analysis.sentence_text(before))
        cite(came, before)


# (or a comma, in a list: "The X arrived on 2 April, the Y on 19 May and the Z on 4 July")
_AND_THE = re.compile(r"(?:\band|,)\s+(?:the\s+)?$")
_GAPPED_TIME = re.compile(r"\s+(?:on|in)\s+(?=[A-Z0-9])")
# "Two bulk carriers left the occupied port of Berdyansk": a counted group's departure
_GROUP_LEFT = re.compile(r"\b(?P<n>(?i:two|three|four|five|six)|[2-6])\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:vessels|ships|(?:super)?tankers|freighters|carriers|bulkers|VLCCs|Aframaxes|"
                         r"Suezmaxes)\b" + IN_CLAUSE +
                         r"{0,60}?\b(?P<verb>left|departed|sailed\s+from)\s+(?:(?:the|[A-Z][\w-]*['’]s)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+|the\s+)?$")
_LOADED_WORD = re.compile(r"\b(?:loaded|took\s+on|(?:began|started)\s+loading)\b")
# (after a flag: "The Palau-flagged Pale Heron and the Liberia-flagged Grey Wren loaded ...")
# (or after a word for the group: "The vessels, the X and the Y, were heading for ...")
_OPENS_WITH_SHIP = re.compile(r"[\s\"“'‘*_-]*(?:(?:[Tt]he|[Bb]oth)\s+(?:two\s+|three\s+)?(?:vessels|ships|"
                              r"tankers|carriers|bulkers|freighters)\s*,\s+)?(?:[Tt]he\s+)?" + FLAG_BEFORE)


# a member's own departure: "The X left on October 20", "the Y, the larger, departed on November 2"
_LEFT_OWN = re.compile(r"(?:,[^,.;()]{1,80},)?\s+(?:(?:had|has)\s+)?(?:(?:then|later|first|finally)\s+)?"
                       r"(?:left|departed|sailed)\b")


def _group_left(analysis: Analysis, sent: Sentence, before: Sentence, vessels: list[Mention],
                port: Mention) -> None:
    """"Two bulk carriers left the occupied port of Berdyansk last week. The X and the Y sailed
    through the Kerch Strait": the ships named, as many as were counted, opening the next
    sentence, are the group that left."""
    text = analysis.text
    group = _GROUP_LEFT.search(text, max(before.span.start, port.start - 160), port.start)
    named = [v for v in vessels if v.form == "name"]
    opening = _GROUP_MEMBERS.match(text, sent.span.start)
    of_group = [v for v in named if opening is not None and v.start >= opening.end()]
    of_group = coordinated(analysis, of_group) if of_group else []
    if group is not None and of_group and \
            len(unique_keys(of_group)) <= (NUM_WORDS.get(group["n"].lower()) or int(group["n"])) and \
            not blocked(text, sent.span.start, sent.span.start, of_group[0].end):
        # "Three ships left Tartus together on February 9. || One was the X, a Russian cargo
        # ship": the ships named as of the group left with it (some of them: all are named
        # below)
        for v in of_group:
            call = add_call(analysis, sent, v, port, group["verb"])
            call["date"] = date_near(analysis, before, port.start)
            cite(call, before)
        return
    if group is None or not named or \
            not _OPENS_WITH_SHIP.fullmatch(text, sent.span.start, named[0].start):
        return
    members = coordinated(analysis, named)
    count = NUM_WORDS.get(group["n"].lower()) or int(group["n"])
    if len(members) != count:
        # ("The Palau-flagged X, carrying 3,000 tonnes of wheat, and the Y, loaded with ...,
        # sailed": the ships the sentence names, asides between them)
        members = unique_keys(named)
    if len(members) > 1 and len(members) != count:
        return
    verb = group["verb"]
    if len(members) < count:
        # "Two supertankers departed Jose this week. The X, flying the flag of Cameroon, loaded
        # 1.8 million barrels between January 5 and 9. The Y took on a similar cargo": one of
        # them, told by its loading with no place of its own, loaded where they left
        deed = _ARRIVED_BARE.match(text, members[0].end)
        if deed is None or not _LOADED_WORD.search(deed.group()) or \
                blocked(text, sent.span.start, members[0].start, deed.end()):
            return
        call = add_call(analysis, sent, members[0], port, "loaded")
        call["date"] = date_near(analysis, sent, deed.end()) or date_near(analysis, before, port.start)
        cite(call, before)
        return
    starts = sorted(v.start for v in named)
    for v in members:
        call = add_call(analysis, sent, v, port, verb)
        call["date"] = date_near(analysis, before, port.start)
        own = _LEFT_OWN.match(text, v.end)
        if own is not None:
            # "The X left on October 20 for Beirut, and the Y departed on November 2": each its
            # own day, told in its own clause
            upto = next((x for x in starts if x > own.end()), sent.span.end)
            told = [t for t in sent.times if own.end() <= t.start < upto]
            if told:
                call["date"] = told[0].interval.iso()
        call["confidence"] = confidence_of(analysis.sentence_text(before))
        cite(call, before)


# "It unloaded its cargo over the following three days": what a ship did, told with no place
_WORKED_BARE = re.compile(r"\s+(?:(?:then|later|subsequently|\w+ly)\s+)?"
                          r"(?P<verb>unloaded|discharged|offloaded|"
                          r"loaded|took\s+on)\s+(?:its|her|the|a)\s+(?:[\w-]+\s+){0,3}?(?:cargo|load|oil|crude|"
                          r"coal|grain|wheat|fuel|diesel|containers)\b(?!\s+(?:at|in|into|onto|to|from|off)\s)")


def _worked_after_arrival(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                          ports: list[Mention]) -> None:
    """"On 3 May the X arrived at Tartus. It unloaded its cargo over the following three days":
    a loading or a discharge told with no place, right after the ship's arrival at a port, was
    at that port."""
    if any(p.form != "anaphor" for p in ports) or not vessels:
        return
    text = analysis.text
    index = analysis.index_of(sent)
    v = vessels[0]
    worked = _WORKED_BARE.match(text, v.end)
    if worked is None or index == 0 or blocked(text, sent.span.start, v.start, worked.end()):
        return
    before = analysis.sentences[index - 1]
    if before.paragraph != sent.paragraph:
        return
    arrived = [e for e in analysis.events_at(before.span.start) if e["type"] == "PortCall"
               and e["vessel"] == v.key and e.get("activity") in (None, "berthed")]
    if len({e["port"] for e in arrived}) != 1:
        return
    port = next((p for p in analysis.in_sentence(before, "Port") if p.key == arrived[0]["port"]), None)
    if port is None:
        return
    event = add_call(analysis, before, v, port, worked["verb"])
    cite(event, sent)
    # (the days it worked there, after its arrival: "over the following three days")
    told = date_near(analysis, sent, worked.start())
    if told and event.get("date") and ends_before(event["date"], told):
        event["date"] = span_dates(event["date"], told)


# "It left on June 10", "finished loading over the weekend and left on June 10": a departure
# with no port named
_LEFT_BARE = rx(r"\s+(?:(?:had|has)\s+)?(?:(?:then|later|finally|eventually|\w+ly)\s+)?"
                r"(?:(?P<worked>(?:finished|completed)\s+"
                r"(?:loading|unloading|discharging)|"
                # ("It then loaded military vehicles and left on 9 May")
                # ("unloaded about 3,000 tonnes of cement and left": a number's comma)
                r"loaded|unloaded|discharged|offloaded|took\s+on)\s+(?:(?:[^,;.]|[,.](?=\d)){0,40}?\s+)?"
                r"and\s+(?:then\s+)?)?"
                r"(?:left|departed|sailed(?:\s+away)?|set\s+sail)\b(?!\s+(?:for|to|towards?|from|with|"
                r"carrying|laden|loaded|empty|in\s+ballast|the\s+(?:port|harbou?r)|(?-i:[A-Z])|"
                # (a way taken, not a departure: "then sailed south", "sailed through the Red Sea")
                r"through|across|along|past|via|around|up|down|out|into|north\w*|south\w*|east\w*|"
                r"west\w*)\b)", re.I)


_NEXT_DEED = re.compile(r"(?:\s+on\s+[^,;.]{1,20})?(?:,\s+and\b|;)")
_LEFT_FOR = re.compile(r"(?:\s+on\s+[^,;.]{1,20}?)?\s+(?:for|to|towards?|bound\s+for)\s+"
                       r"(?:the\s+(?:port\s+of\s+)?)?")


def _left_after_call(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                     ports: list[Mention]) -> None:
    """"The X was loading at Novorossiysk on June 4. || The X finished loading over the weekend
    and left on June 10": a departure with no port, told after the ship's call at one, ends
    that call."""
    text, index = analysis.text, analysis.index_of(sent)
    for v in vessels:
        left = _LEFT_BARE.match(text, v.end)
        if left is None or blocked(text, sent.span.start, v.start, left.end()):
            continue
        bound = _LEFT_FOR.match(text, left.end())
        if ports and (ports[0].start < left.end() or not _NEXT_DEED.match(text, left.end())) and \
                not (bound is not None and ports[0].start == bound.end()):
            return  # (a port of its own; not "had departed, and two days later it was at Dunai";
            # but "left on February 7 for Alexandria", the port it went to)
        # (its own time, told right after it or opening the sentence: not "sailed on, reappearing
        # off Syria on 2 December")
        own = [t for t in sent.times if 0 <= t.start - left.end() <= 12 and
               "," not in text[left.end():t.start] or t.end <= v.start]
        told = own[0].interval.iso() if own else None
        for before in reversed(analysis.sentences[max(0, index - 3):index]):
            calls = [e for e in analysis.events_at(before.span.start) if e["type"] == "PortCall"
                     and e["vessel"] == v.key]
            # ("arrived in Benghazi from Tartus on February 3. || It left on February 7": not the
            # port it came from)
            calls = [e for e in calls if e.get("activity") != "departure"] or calls
            # ("The X and the Y were seen at Tartus on 3 May. || The Russian vessel left on 5
            # May": the one told, at the port they shared)
            if any(e["vessel"] != v.key and e["port"] not in {c["port"] for c in calls}
                   for e in analysis.events_at(before.span.start) if e["type"] == "PortCall") or \
                    len({e["port"] for e in calls}) > 1:
                break  # (another ship's call elsewhere, or two ports: which it left is not told)
            if not calls:
                continue
            call = calls[-1]
            if call.get("activity") == "departure" or not (told and call.get("date") and
                                                           ends_before(call["date"], told)):
                break
            call["date"] = span_dates(call["date"], told)
            if left["worked"]:
                call["activity"] = told_activity(call.get("activity"), "discharging" if "unload" in
                                                 left["worked"] or "disch" in left["worked"] else "loading")
            cite(call, sent)
            break


# a ship's log under a heading that names it: "Movements of the Angara (IMO ...), 2024" over
# lines "12 January - Rajin (loading)"
_LOG_HEADING = re.compile(r"^[ \t#*_]*(?:(?i:movements|port\s+calls|calls|voyages?|voyage\s+log|track|"
                          r"itinerary|"
                          r"timeline|history|log)\s+(?:of|for)\b|[^\n.!?]{1,60}['’]s\s+(?i:movements|port\s+calls|"
                          r"voyages|itinerary|timeline|track))[^\n.!?]{0,80}$", re.M)
_LOG_LINE = re.compile(r"^[ \t]*(?:[-*•+][ \t]+)?(?P<when>[^\n:|–—-]{3,30}?)[ \t]*[-–—:|][ \t]*"
                       r"(?:(?i:at|in|off)\s+)?(?P<port>[A-Z][^\n(:;,]{1,40}?)"
                       r"(?:[ \t]*[,(][ \t]*(?P<what>[^\n)]{1,40})\)?)?[ \t.]*$", re.M)


def _log_entry(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> bool:
    """A line of a ship's log ("12 January - Rajin (loading)") under a heading that names the
    one ship it is of: its call at the port, dated by the line, doing what the brackets say."""
    text = analysis.text
    line = _LOG_LINE.fullmatch(text, sent.span.start, sent.span.end)
    if line is None or not sent.times or not any(
            p.start == line.start("port") and p.form != "anaphor" for p in ports):
        return False
    index = analysis.index_of(sent)
    for back in reversed(analysis.sentences[max(0, index - 40):index]):
        if _LOG_LINE.fullmatch(text, back.span.start, back.span.end):
            continue  # (the lines of the log before this one)
        if not _LOG_HEADING.fullmatch(text, back.span.start, back.span.end):
            return False
        ships = {v.key: v for v in analysis.in_sentence(back, "Vessel") if v.form == "name"}
        if len(ships) != 1:
            return False
        (ship,) = ships.values()
        port = next(p for p in ports if p.start == line.start("port"))
        event = add_call(analysis, sent, ship, port, line["what"] or "")
        cite(event, back)
        return True
    return False


# a dated item of a timeline whose deed has no subject: "- March 2 — Loads trucks at Novorossiysk"
_TIMELINE_ITEM = re.compile(r"[ \t]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?"
                            r"(?P<when>\d{4}-\d\d-\d\d|[^\n:|–—-]{3,30}?)"
                            r"[ \t]*(?:[–—:|]|--?)[ \t]*(?P<deed>(?-i:[A-Z])[^\n]*)")
# an item's opening word that is a ship's deed in the present or a participle
_ITEM_DEED = rx(r"(?:Loads|Loaded|Unloads|Unloaded|Discharges|Discharged|Offloads|Offloaded|Arrives|"
                r"Arrived|Docks|Docked|Berths|Berthed|Calls|Called|Departs|Departed|Leaves|Left|Sails|"
                r"Sailed|Returns|Returned|Anchors|Anchored|Moors|Moored|Enters|Entered|Reaches|Reached|"
                r"Seen|Spotted|Photographed|Imaged|Observed|Visits|Visited|Takes|Took|Delivers|"
                r"Delivered|Back|Heads|Headed)\b")


_TIMELINE_LEAD = 3  # how many sentences above a timeline may name its ship


def timeline_ship(analysis: Analysis, sent: Sentence) -> Mention | None:
    """The one ship a dated item of a timeline ("2024-05-11: AIS signal lost ...") is of: named in
    the lines right above the list (its heading, the lines that lead into it), or, where none
    is, in its items before this one."""
    text = analysis.text
    item = _TIMELINE_ITEM.fullmatch(text, sent.span.start, sent.span.end)
    if item is None or not sent.times or \
            not any(t.start >= sent.span.start and t.end <= item.end("when") for t in sent.times):
        return None
    index = analysis.index_of(sent)
    first = index
    while first > 0 and index - first < 40 and _TIMELINE_ITEM.fullmatch(
            text, analysis.sentences[first - 1].span.start, analysis.sentences[first - 1].span.end):
        first -= 1  # (the items before this one)
    ships: dict[str, Mention] = {}
    for back in analysis.sentences[max(0, first - _TIMELINE_LEAD):first]:
        ships.update((v.key, v) for v in analysis.in_sentence(back, "Vessel") if v.form == "name")
    if not ships:
        for back in analysis.sentences[first:index]:
            ships.update((v.key, v) for v in analysis.in_sentence(back, "Vessel") if v.form == "name")
    return next(iter(ships.values())) if len(ships) == 1 else None


def _timeline_entry(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> bool:
    """A dated item of a timeline ("- March 2 — Loads trucks at Novorossiysk") whose deed has no
    subject, in a list under a heading or lines that name the one ship it is of: that ship's
    call at each port the deed names."""
    text = analysis.text
    item = _TIMELINE_ITEM.fullmatch(text, sent.span.start, sent.span.end)
    if item is None or not _ITEM_DEED.match(text, item.start("deed")):
        return False
    ship = timeline_ship(analysis, sent)
    if ship is None:
        return False
    deed = item.start("deed")
    for port in ports:
        if port.start < deed or port.form == "anaphor" or blocked(text, deed, deed, port.end):
            continue
        call = add_call(analysis, sent, ship, port, text[deed:port.end])
        named = analysis.sentence_at(ship.start)
        if named is not None:
            cite(call, named)
    return True


# a clause of another ship's, joined to the one before
# (the ship's kind before its name: "; the tanker Arman 114 arrived")
_NEXT_SHIP_CLAUSE = re.compile(r"(?:(?:,\s+|\s+)(?:while|whereas|and|but)\s+|;\s+)(?:the\s+)?"
                               r"(?:(?-i:[a-z])[\w-]*\s+){0,2}$")
# what a ship did on its way before it arrived, in its own clause: "took the shorter route
# through the canal and"
_WAY_THEN = re.compile(r"\s+(?:took|sailed|went|steamed|used|chose)\b[^,;.]{0,60}?\s+and(?=\s)")


# "docked at El Palito on Monday, following the X and the Y, which arrived last week": ships that
# came before to the same port
_FOLLOWING = re.compile(r",\s+(?:following|after|behind)\s+(?:the\s+)?$")
_FOLLOWING_MORE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_WHICH_CAME = rx(r",\s+(?:which|that)\s+(?:had\s+)?(?:\w+ly\s+)?(?:arrived|docked|berthed|called)\b"
                 r"(?!\s+(?:at|in)\s)")


def _following_others(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The Kite Forest docked at El Palito on Monday, following the Wren Fortune and the Lark
    Petunia, which arrived last week": the ships it followed called at the port before it (at the
    time the clause on them tells, where it tells one)."""
    text, s = analysis.text, sent.span.start
    names = [v for v in vessels if v.form == "name"]
    for i, v in enumerate(names):
        if not _FOLLOWING.search(text, max(s, v.start - 20), v.start):
            continue
        mine = [c for c in analysis.events_at(s) if c["type"] == "PortCall" and c["evidence"][0][0] == s
                and c["vessel"] != v.key and c.get("activity") in ("berthed", "discharging")
                and c["position"] < v.start]
        if len({c["port"] for c in mine}) != 1:
            return
        group = [v]
        for w in names[i + 1:]:
            if _FOLLOWING_MORE.fullmatch(text, group[-1].end, w.start):
                group.append(w)
        came = _WHICH_CAME.match(text, group[-1].end)
        when = next((t for t in sent.times if came is not None and came.end() <= t.start and
                     t.start - came.end() < 30), None)
        if blocked(text, s, mine[0]["position"], group[-1].end):
            return
        for w in group:
            if any(c["type"] == "PortCall" and c["vessel"] == w.key and c["port"] == mine[0]["port"]
                   for c in analysis.events_at(s)):
                continue
            call = record(analysis, sent, "PortCall", w.start, vessel=w.key, port=mine[0]["port"],
                          activity="berthed")
            call["date"] = when.interval.iso() if when is not None else None
            call["told_after"] = True
        return


def _arrived_after_another(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                           ports: list[Mention]) -> None:
    """"The first, the Daisy Hill, reached Baniyas on Feb. 14. The second and third vessels, the
    Ivy Hill and the Fern Hill, arrived later in the month": ships that arrived with no port told,
    right after a sentence of the paragraph where another ship arrived at one port, arrived there
    (at the time this sentence tells)."""
    text, s = analysis.text, sent.span.start
    index = analysis.index_of(sent)
    if ports or index == 0 or analysis.sentences[index - 1].paragraph != sent.paragraph:
        return
    prev = analysis.sentences[index - 1]
    keys = {v.key for v in vessels}
    arrived = {c["port"] for c in analysis.events_at(prev.span.start) if c["type"] == "PortCall"
               and c.get("activity") in ("berthed", "discharging") and c["vessel"] not in keys}
    names = [v for v in vessels if v.form == "name"]
    if len(arrived) != 1 or not names:
        return
    last = names[-1]
    verb = _ARRIVED_NO_PORT.match(text, last.end)
    if verb is None or _FROM_SOON_AFTER.match(text, verb.end()) or \
            blocked(text, s, names[0].start, verb.end()):
        return
    port = arrived.pop()
    for v in joined_before(analysis, names, _SHIPS_JOINED):  # ("the Ivy Hill and the Fern Hill arrived")
        if not any(ev["type"] == "PortCall" and ev["vessel"] == v.key for ev in analysis.events_at(s)):
            record(analysis, sent, "PortCall", verb.start(), vessel=v.key, port=port, activity="berthed")


_FROM_SOON_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?from\b")
_ARRIVED_NO_PORT = re.compile(r",?\s+(?:(?:also|later|then|eventually|finally)\s+)?"
                              r"(?:arrived|docked|berthed)\b"
                              r"(?!\s+(?:at|in|into|off)\s+(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z]))")


# "It returned twice more, on Oct. 19 and Dec. 2": back where it was told last, with no port said
_RETURNED_BARE = rx(r"\s+(?:later\s+|then\s+|soon\s+)?(?:returned|came\s+back|was\s+back)"
                    r"(?:\s+(?:twice|three\s+times|several\s+times|again|once)(?:\s+(?:more|again))?)?"
                    r"(?=\s*[,.;]|\s+(?:on|in|between|during|a\s+\w+\s+later|\w+\s+days\s+later)\b)")


def _returned_bare(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The X first appeared at Nampo on Sept. 3. It returned twice more, on Oct. 19 and Dec. 2":
    a ship back, with no port told in its sentence, is back at the port of its last call told
    just before (one call for each day told after, or one)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    ports = [p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"]
    if ports:
        _returned_whence(analysis, sent, vessels, ports)
        return
    if analysis.in_sentence(sent, "State"):
        return
    for v in vessels:
        back = _RETURNED_BARE.match(text, v.end, e)
        if back is None or blocked(text, s, v.start, back.end()) or any(
                ev["type"] == "PortCall" and ev["vessel"] == v.key for ev in analysis.events_at(s)):
            continue
        told = [ev for ev in analysis.events if ev["type"] == "PortCall" and ev["vessel"] == v.key
                and ev["evidence"][0][1] <= s and s - ev["evidence"][0][1] < 800]
        if not told or told[-1].get("activity") == "departure":
            continue
        days: list[TimeMention | None] = [t for t in sent.times if t.start >= back.end() and
                                          not t.relative_to_anchor] or [None]
        for day in days:
            call = record(analysis, sent, "PortCall", back.end(), vessel=v.key, port=told[-1]["port"],
                          activity=None)
            if day is not None:
                call["date"] = day.interval.iso()
            cite(call, analysis.sentence_at(told[-1]["evidence"][0][0]) or sent)


_AND_RETURNED = rx(r",?\s+and\s+(?:later\s+|then\s+|soon\s+)?(?:returned|came\s+back)"
                   r"(?=\s+(?:on|in)\s|\s*[,.;])")
_FROM_WORD = re.compile(r"\bfrom\s+(?:the\s+(?:port\s+of\s+)?)?$")


def _returned_whence(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                     ports: list[Mention]) -> None:
    """"sailed from Chongjin to Vostochny on July 2 and returned on July 11": back at the port
    the voyage told in the sentence set out from, on the day told after."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for back in _AND_RETURNED.finditer(text, s, e):
        came = [p for p in ports if p.end <= back.start() and
                _FROM_WORD.search(text, max(s, p.start - 30), p.start)]
        if len(came) != 1 or any(p.start >= back.end() for p in ports):
            continue
        ship = [v for v in vessels if v.end <= came[0].start]
        if not ship or blocked(text, s, ship[-1].start, back.end()):
            continue
        days = [t for t in sent.times if t.start >= back.end() and not t.relative_to_anchor]
        # (at the verb's end: a voyage back, which carries nothing told)
        call = record(analysis, sent, "PortCall", back.end(), vessel=ship[-1].key, port=came[0].key,
                      activity=None)
        call["date"] = days[0].interval.iso() if days else None


def _arrived_there_too(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The Fortune unloaded gasoline at El Palito on Monday, while the Forest arrived on
    Tuesday": a ship's arrival, told with no port in a clause joined to another ship's call at one
    port, is at that port."""
    text = analysis.text
    for v in vessels:
        way = _WAY_THEN.match(text, v.end)
        verb = _ARRIVED_BARE.match(text, way.end() if way else v.end)
        if verb is None or not _NEXT_SHIP_CLAUSE.search(text, max(sent.span.start, v.start - 30),
                                                        v.start):
            continue
        if any(p.start >= verb.end() and p.form != "anaphor" and
               not _CLAUSE_BREAK.search(text, verb.end(), p.start)
               for p in analysis.in_sentence(sent, "Port")):
            continue  # "while the Nova Grace arrived empty from Fujairah": a port of its own
        before = [c for c in analysis.events if c["type"] == "PortCall" and
                  c["evidence"][0] == (sent.span.start, sent.span.end) and
                  c["position"] < v.start and c["vessel"] != v.key]
        ports = {c["port"] for c in before}
        if len(ports) != 1 or blocked(text, sent.span.start, v.start, verb.end()):
            continue
        port = next((p for p in analysis.in_sentence(sent, "Port") if p.key in ports and
                     p.end <= v.start), None)
        if port is None:
            continue  # (a call at a port told in another sentence: its own rule placed it)
        call = add_call(analysis, sent, v, port, verb.group())
        call["date"] = date_near(analysis, sent, verb.end())
    _arrived_as_told_before(analysis, sent, vessels)
    _arrival_told_by_port_staff(analysis, sent, vessels)


# who works a port, telling of a ship there: "a port official in Alexandria said", "the harbour
# master at Limassol told reporters"
_PORT_STAFF_AT = rx(r"\b(?:port|harbou?r|terminal|customs|dock)\s+(?:officials?|authorit(?:y|ies)|agents?|"
                    r"workers?|masters?|employees?|sources?|staff)\s+(?:in|at)\s+"
                    r"(?:the\s+(?:port|harbou?r)\s+of\s+)?$", re.I)
_STAFF_TOLD_ARRIVED = re.compile(r"\s+(?:(?:had|has|was)\s+)?(?:finally\s+|just\s+)?(?:arrived|docked|"
                                 r"berthed|moored)\b(?!\s+(?:at|in|into|off|alongside|near)\b)")


def _arrival_told_by_port_staff(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"'The tanker X arrived this morning,' a port official in Alexandria said": an arrival with
    no port, told by who works at one, is at that port."""
    text = analysis.text
    ports = [p for p in analysis.in_sentence(sent, "Port") if p.form != "anaphor"]
    if len(ports) != 1 or _PORT_STAFF_AT.search(text, max(sent.span.start, ports[0].start - 60),
                                                 ports[0].start) is None:
        return
    for v in vessels:
        verb = _STAFF_TOLD_ARRIVED.match(text, v.end)
        if verb is None or v.end > ports[0].start or _MOORED_TO_SHIP.match(text, verb.end()) or \
                blocked(text, sent.span.start, v.start, verb.end()) or \
                any(e["type"] == "PortCall" and e["vessel"] == v.key
                    for e in analysis.events_at(sent.span.start)):
            continue
        call = add_call(analysis, sent, v, ports[0], verb.group())
        call["date"] = date_near(analysis, sent, verb.end())


# a clause whose verb is left out: ", and the Y at Mersin", "; the second at Mersin"
_GAP_BEFORE = re.compile(r"(?:[,;]|,?\s+and|,\s+(?:while|whereas))\s+"
                         r"(?:the\s+(?:(?-i:[a-z])[\w-]*\s+){0,3})?$")
# a time alone after a ship in a gapped list: "..., the Lark Moon in April and the Kite Star in June"
_GAP_TIME = re.compile(r"\s+(?P<time>(?:(?:in|on|during)\s+)?(?:(?:early|mid|late)[\s-]+)?"
                       r"(?-i:[A-Z][a-z]+)(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?!\.?\s+\d))|"
                       r"(?:on\s+)?\d{1,2}\s+(?-i:[A-Z][a-z]+)|"
                       r"(?P<rel>" + GAP_LATER + r"))"
                       r"(?=\s*(?:[,;)]|\.(?:\s|$)|$)|,?\s+and\s)", re.I)
_GAP_TO_PORT = re.compile(r"\s+(?:at|in|into|to|off)\s+(?:the\s+(?:port\s+of\s+)?)?$")


# a further load put ashore or taken at another port, the verb left out: "landed 400 tonnes at
# Tromso on March 12 and a further 350 tonnes at Kirkenes on March 20"
_FURTHER_AT = rx(r"(?:\s+(?:on|in|at|during|early|late|mid)\s+[^,;.]{1,25}?)?,?\s+and\s+(?:then\s+|later\s+)?"
                 r"(?:a\s+further|another|a\s+second|some|more)\s+(?:(?:about|some|around)\s+)?"
                 r"[\d,.]+\s+(?:tonnes|tons|t|barrels)\s+(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:at|in)\s+"
                 r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)


def _further_at(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> None:
    """"landed 400 tonnes at Tromso on March 12 and a further 350 tonnes at Kirkenes on March 20":
    the ship of the call before made a call at the second port too, doing the same, at its own
    time."""
    text = analysis.text
    for p in ports:
        if p.form != "name":
            continue
        told = [c for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall" and
                c["position"] < p.start and c["port"] != p.key]
        if not told:
            continue
        other = max(told, key=lambda c: c["position"])
        before = next((q for q in ports if q.key == other["port"] and q.end <= p.start), None)
        if before is None or not _FURTHER_AT.fullmatch(text, before.end, p.start) or any(
                c["vessel"] == other["vessel"] and c["port"] == p.key for c in told):
            continue
        ship = next((v for v in analysis.in_sentence(sent, "Vessel") if v.key == other["vessel"]), None)
        if ship is None or blocked(text, sent.span.start, ship.start, p.end):
            continue
        call = add_call(analysis, sent, ship, p, other.get("activity") or "")
        call["date"] = date_near(analysis, sent, p.end)


def _gapped_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                  ports: list[Mention]) -> None:
    """"The X docked at Sikka, and the Y at Mersin": a ship set with a port after another's call,
    its verb left out, did what the other did there."""
    text = analysis.text
    for v in vessels:
        port = next((p for p in ports if p.start > v.end and _GAP_TO_PORT.fullmatch(text, v.end, p.start)),
                    None)
        if not _GAP_BEFORE.search(text, max(sent.span.start, v.start - 40), v.start):
            continue
        told = [c for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall" and
                c["vessel"] != v.key and c["position"] < v.start]
        if port is None and told and (when := _GAP_TIME.match(text, v.end)) is not None and (
                when["rel"] or any(when.start("time") <= t.start < when.end() for t in sent.times)):
            # "loaded at Kozmino in March, the Lark Moon in April and the Kite Star in June": the
            # port of the call before, at a time of its own
            other = max(told, key=lambda c: c["position"])
            port = next((p for p in ports if p.key == other["port"] and p.end <= v.start), None)
            if port is None or v.start - other["position"] > 160 or any(
                    c["vessel"] == v.key and c["port"] == port.key
                    for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall") or \
                    blocked(text, sent.span.start, v.start, when.end()):
                continue
            call = add_call(analysis, sent, v, port, other.get("activity") or "")
            call["date"] = date_near(analysis, sent, when.start("time"))
            continue
        if port is None:
            continue
        if not told or any(c["vessel"] == v.key and c["port"] == port.key
                           for c in analysis.events_at(sent.span.start) if c["type"] == "PortCall"):
            continue
        other = max(told, key=lambda c: c["position"])
        # (the other's clause, right before: its verb and its port only)
        if not 0 < v.start - other["position"] < 80 or blocked(text, sent.span.start, v.start, port.end):
            continue
        call = add_call(analysis, sent, v, port, other.get("activity") or "")
        call["date"] = date_near(analysis, sent, port.start)


def _told_just_before(analysis: Analysis, sent: Sentence) -> Sentence | None:
    """The sentence before, where it is in the same paragraph or the one before it."""
    index = analysis.index_of(sent)
    if index == 0:
        return None
    before = analysis.sentences[index - 1]
    return before if 0 <= sent.paragraph - before.paragraph <= 1 else None


# ("carried by the X to Sikka, where it arrived on 10 May": there, the port the clause is of)
_WHERE_SHE = re.compile(r"\bwhere\s+$")
_ARRIVAL_WORD = re.compile(r"\b(?:arrived|docked|berthed|moored)\b")
# moored beside another ship, not in a port: "moored alongside an unidentified tanker"
_MOORED_TO_SHIP = rx(r"\s+(?:alongside|beside|next\s+to|with)\s+(?:an?\s+|the\s+|another\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:tanker|vessel|ship|freighter|carrier|bulker|barge)s?\b", re.I)


_HAD_DONE = rx(r"\bhad\s+(?:\w+ly\s+|earlier\s+|already\s+|first\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")


def _arrived_as_told_before(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Two tankers, the X and the Y, have unloaded crude at Baniyas since mid-August. The first
    arrived on August 18": a ship's arrival with no port, told right after the sentence that put
    it at one port, is its arrival there (on the day this sentence gives)."""
    before = _told_just_before(analysis, sent)
    if before is None:
        return
    text = analysis.text
    for v in vessels:
        verb = _ARRIVED_BARE.match(text, v.end)
        if verb is None or not _ARRIVAL_WORD.search(verb.group()) or \
                _MOORED_TO_SHIP.match(text, verb.end()) or \
                _WHERE_SHE.search(text, max(sent.span.start, v.start - 12), v.start) or \
                blocked(text, sent.span.start, v.start, verb.end()) or any(
                e["type"] == "PortCall" and e["vessel"] == v.key and not (
                    # (not a call told after, as done before: "arrived on June 1 ..., adding that
                    # the cargo had been loaded at Feodosia")
                    e["position"] > verb.end() and "," in text[verb.end():e["position"]] and
                    _HAD_DONE.search(text, verb.end(), e["position"]))
                for e in analysis.events_at(sent.span.start)):
            continue
        told = [e for e in analysis.events_at(before.span.start)
                if e["type"] == "PortCall" and e["vessel"] == v.key]
        there = {e["port"] for e in told}
        ports = [p for p in analysis.in_sentence(before, "Port") if p.key in there]
        if len(there) == 1 and all(e.get("activity") == "departure" for e in told):
            # "left Kozmino for Vadinar on 7 March. ... when it arrived on 2 April": where it
            # was bound, not the port it left
            there = {p.key for p in analysis.in_sentence(before, "Port") if p.form != "anaphor" and
                     p.key not in there and BOUND_FOR.search(text, max(before.span.start, p.start - 40),
                                                             p.start)}
            ports = [p for p in analysis.in_sentence(before, "Port") if p.key in there]
        if len(there) != 1 or not ports:
            continue
        call = add_call(analysis, sent, v, ports[0], verb.group())
        call["date"] = date_near(analysis, sent, verb.end())
        after = [t for t in sent.times if t.start >= verb.end() and not t.ahead]
        if len(after) > 1 and _AND_LEFT_ON.fullmatch(text, after[0].end, after[1].start) and \
                ends_before(after[0].interval.iso(), after[1].interval.iso()):
            # "The ship arrived on Aug. 14 and left on Aug. 18": there from the one day to the other
            call["date"] = span_dates(after[0].interval.iso(), after[1].interval.iso())
        cite(call, before)


_AND_LEFT_ON = re.compile(r",?\s+and\s+(?:then\s+)?(?:left|departed|sailed)(?:\s+again)?\s+(?:on\s+)?")


# a sentence about what goes on at one port, naming no ship: "Loadings at Chornomorsk resumed
# over the weekend", "Traffic in the port of Tartus picked up"
# ("This week at Tartus: three Russian-linked vessels.": a watcher's week at one port)
_SCENE = rx(r"\b(?i:loadings?|unloadings?|arrivals|departures|shipments|exports|traffic|activity|"
            r"operations|work|shipping|calls|port\s+calls|grain\s+exports)\s+(?:\w+\s+){0,3}?(?:at|in|from)\s+"
            r"(?:the\s+(?:port|harbou?r)\s+of\s+)?$|"
            r"\b(?:This|Last|Past)\s+(?:week|weekend|month|fortnight)\s+(?:at|in)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?$|"
            # ("said a dock worker at Port Sudan's Southern Port": who works the port, telling it)
            r"\b(?i:dock\s?workers?|dockers?|port\s+workers?|stevedores?|longshoremen|harbou?r\s+master|"
            r"port\s+officials?|port\s+agents?)\s+(?:at|in)\s+(?:the\s+(?:port|harbou?r)\s+of\s+)?$")
# a ship's deed there, with no place of its own: "berthed on Sunday and began loading wheat", "was
# among the first to leave, sailing on Saturday"
# ("The Dusk Lantern, its sister ship, berthed three days later and loaded fuel oil", "The
# Grey Lantern finished loading on March 4")
# ("Among them, the X took on ESPO crude", "The Y, which loaded on January 29, has signalled Rizhao")
_DEED_WITH_NO_PLACE = rx(r"(?:\s*\([^()]{1,40}\))?(?:"
                         # ("the X, a cargo vessel flagged in Comoros, which according to tracking
                         # data arrived from ...": an apposition, then the relative that tells it)
                         r"(?:,\s+(?:its|her|their|an?)\s+[^,;]{1,60})?,\s+(?:which|that)\s+"
                         r"(?:according\s+to\s+[^,;]{1,40}?\s+)?(?:had\s+)?(?=(?:berthed|docked|"
                         r"moored|arrived|loaded|took\s+on)\b)|(?:,\s+(?:which|that)\s+[^,;]{1,80},|"
                         r",\s+(?:its|her|their|an?)\s+[^,;]{1,60},|,(?=\s+(?:later|then|also|finally|berthed|"
                         r"docked|moored|arrived|loaded|finished|completed|began)\b))?\s+"
                         r"(?:(?:later|then|also|finally|eventually|first)\s+)?)(?P<verb>berthed|docked|moored|"
                         r"arrived|departed|left|took\s+on|came\s+in|was\s+alongside|"
                         r"(?:began|finished|completed)\s+(?:loading|unloading|discharging)|loaded|was\s+(?:among\s+)?the\s+(?:first|last|"
                         r"second|next)\s+(?:(?:ships?|vessels?)\s+)?to\s+(?:leave|depart|sail|arrive|dock|berth|"
                         r"load))\b(?!\s+(?:at|in|into|to|off|near|for)\s|"
                         # (not where it came from, but for an arrival: "arrived from Bandar Abbas
                         # on January 28" came to the scene; "from Monday to Thursday" is when)
                         r"(?<!arrived)\s+from\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d))")


_APPOSED_NAME = re.compile(r",\s+(?:the\s+)?")
_FROM_PORT_AFTER = re.compile(r"\s+from\s+(?:the\s+(?:port\s+of\s+)?)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_ARRIVED_FROM_BEFORE = rx(r"\b(?:arrived|docked|berthed|came\s+in)\s+from\s+(?:the\s+(?:port\s+of\s+)?)?$")
_HEADING_ON = rx(r"\b(?:(?:heading|headed|sailing|steaming)\s+(?:to|for|towards?)|signall?(?:ed|ing|s))\s+" +
                 PORT_OF + "$")


def _scene_port_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                      ports: list[Mention]) -> None:
    """"Loadings at Chornomorsk resumed over the weekend. ... The Eneida berthed on Sunday and
    began loading wheat": a ship's deed with no place, right after a sentence about what goes on
    at one port (and names no ship), was there."""
    text, s = analysis.text, sent.span.start
    # (where it was bound may be told: "sailing on Saturday with corn bound for Alexandria")
    # ("is now heading to Rizhao", "has signalled Dongjiakou")
    # (or where it came from, right after its arrival: "arrived from Bandar Abbas on January 28")
    if not vessels or any(not BOUND_FOR.search(text, max(s, p.start - 30), p.start) and
                          not _HEADING_ON.search(text, max(s, p.start - 30), p.start) and
                          not _ARRIVED_FROM_BEFORE.search(text, max(s, p.start - 30), p.start)
                          for p in ports):
        return
    before = _told_just_before(analysis, sent)
    betweens: list[Sentence] = []  # (past sentences on other ships of the scene: "The Aya was among
    # the first to leave ...")
    while before is not None and analysis.in_sentence(before, "Vessel") and len(betweens) < 3:
        betweens.append(before)
        before = _told_just_before(analysis, before)
        if before is not None and sent.paragraph - before.paragraph > 2:
            before = None
    if before is None or analysis.in_sentence(before, "Vessel"):
        return
    # (the one port the scene is told at: "Loadings of fuel oil at Vysotsk rose as tankers
    # diverted from Ust Luga")
    named = [p for p in analysis.in_sentence(before, "Port") if p.form != "anaphor" and
             _SCENE.search(text, max(before.span.start, p.start - 50), p.start)]
    if len({p.key for p in named}) != 1:
        return
    if any(not any(e["type"] == "PortCall" and e["port"] == named[0].key
                   for e in analysis.events_at(x.span.start)) for x in betweens):
        return  # a sentence between tells of another port, or of none
    v = vessels[0]
    if v.form != "name" and len(vessels) > 1 and _APPOSED_NAME.fullmatch(text, v.end, vessels[1].start):
        v = vessels[1]  # "Its sister ship, the Dusk Lantern, berthed": the name told in apposition
    deed = _DEED_WITH_NO_PLACE.match(text, v.end)
    if v.form != "name" or deed is None or blocked(text, s, v.start, deed.end()) or \
            blocked(text, before.span.start, before.span.start, named[0].end):
        return
    said = deed["verb"].lower()
    phrase = "left" if said.startswith("was") and re.search(r"(?:leave|depart|sail)$", said) else \
        "loaded" if said.endswith("load") or said.startswith("took") else \
        "arrived" if said.startswith("was") else said
    gone = phrase in ("left", "departed")
    # ("finished loading on March 4 and left the next day": it loaded there)
    worked = re.search(r"load|discharg|took", said) is not None
    # ("arrived from Bandar Abbas on January 28 and left on February 2": a stay to its leaving,
    # after where it came from)
    came_from = _FROM_PORT_AFTER.match(text, deed.end()) if phrase == "arrived" else None
    at = came_from.end() if came_from else deed.end()
    left = _THEN_LEFT.match(text, at, sent.span.end) if phrase == "arrived" else None
    call = add_call(analysis, sent, v, named[0],
                    phrase if gone or worked else phrase + text[deed.end():left.start() if left else
                                                                 sent.span.end])
    call["date"] = date_near(analysis, sent, deed.end())
    if left is not None:
        stay_until_left(analysis, sent, call, at)
    if call["date"] and analysis.doc_date is not None and not gone and \
            _STILL_THERE.search(text, deed.end(), sent.span.end) and \
            ends_before(call["date"], analysis.doc_date.isoformat()):
        call["date"] = span_dates(call["date"], analysis.doc_date.isoformat())  # ("and is still at berth")
    cite(call, before)


# "The Lotus, a VLCC, followed on May 12": came next to where the ship before it came
_FOLLOWED = rx(r"(?:\s*\([^()]*\))?(?:,[^,.;]{1,60},)?\s+(?:(?:also|then|soon|later|shortly)\s+)?"
               r"followed\b(?=\s*(?:[.;,]|$|on\b|in\b|a\s+(?:day|week|month)|(?:\w+\s+){1,2}(?:later|after)\b|"
               r"(?:soon|shortly|later|days|weeks)\b))")


_GAPPED_AFTER = re.compile(r"\s+(?:in|on)\s+(?=[A-Z\d])")
_FOLLOWED_BY = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+|soon\s+|then\s+|later\s+)?followed\s+by\s+"
                          r"(?:the\s+)?$")


def _followed_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The Arman 114 unloaded at Baniyas on May 7. The Lotus followed on May 12": a ship that
    followed another came to the one port the sentence before put that ship at."""
    index = analysis.index_of(sent)
    if index == 0:
        return
    before = analysis.sentences[index - 1]
    if before.paragraph != sent.paragraph:
        return
    calls = [ev for ev in analysis.events_at(before.span.start) if ev["type"] == "PortCall"
             and ev.get("activity") not in ("departure", "loading")]
    if len({ev["port"] for ev in calls}) != 1:
        return
    port = next((p for p in analysis.in_sentence(before, "Port")
                 if p.key == calls[0]["port"] and p.form != "anaphor"), None) or next(
        # ("Three ships called at Arkhangelsk. The X was the first to arrive ... The Y followed":
        # the port the call before was told at)
        (p for p in reversed(analysis.before(before.span.start, "Port"))
         if p.key == calls[0]["port"] and p.form != "anaphor"
         and before.span.start - p.start < 600), None)
    if port is None:
        return
    text = analysis.text
    followed = False
    for v in vessels:
        verb = _FOLLOWED.match(text, v.end)
        if verb is None and (followed or _FOLLOWED_BY.search(text, max(sent.span.start, v.start - 40),
                                                             v.start)):
            # "..., and the Xin Xin Tian 2 in September"; "It was followed by the Lark Sun on
            # December 19 and the Kite Moon on January 6"
            verb = _GAPPED_AFTER.match(text, v.end)
        if verb is None or v.key in {ev["vessel"] for ev in calls} or \
                blocked(text, sent.span.start, v.start, verb.end()):
            continue
        followed = True
        call = add_call(analysis, sent, v, port, "arrived")
        call["date"] = date_near(analysis, sent, verb.end())
        cite(call, before)


# ", followed two days later by the ": before a ship that came after the one a call was told of
_FOLLOWED_IN = rx(FOLLOWED_AFTER + r"\s+(?:[^,.;]{1,30}?\s+)?by\s+"
                  r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|freighter|carrier|bulker|VLCC|"
                  r"Aframax|Suezmax)\s+)?$")


def _followed_in_sentence(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The X arrived at Vladivostok on January 18, followed two days later by the Y": Y came to
    the port X's arrival was told at, at the time of its own part of the sentence."""
    text = analysis.text
    for v in vessels:
        cue = _FOLLOWED_IN.search(text, max(sent.span.start, v.start - 60), v.start)
        if cue is None:
            continue
        calls = [ev for ev in analysis.events_at(sent.span.start) if ev["type"] == "PortCall" and
                 ev["vessel"] != v.key and ev["position"] < cue.start() and
                 ev.get("activity") not in ("departure", "loading")]
        if len({ev["port"] for ev in calls}) != 1:
            continue
        port = next((p for p in analysis.in_sentence(sent, "Port")
                     if p.key == calls[0]["port"] and p.end <= cue.start()), None)
        if port is None or blocked(text, sent.span.start, cue.start(), v.end):
            continue
        call = add_call(analysis, sent, v, port, "arrived")
        call["date"] = date_near(analysis, sent, v.end)


_BARE_KIND = (("loading", re.compile(r"\b(?:loaded|took\s+on)\b")),
              ("discharging", re.compile(r"\b(?:unloaded|discharged|offloaded)\b")),
              ("berthed", re.compile(r"\b(?:arrived|docked|berthed|moored)\b")))


def _dated_after(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                 ports: list[Mention]) -> None:
    """"The Asya Energy and the Pioneer were the first vessels to load at Utrenneye. The Asya
    Energy loaded its cargo on August 3. The Pioneer followed on August 8": the day each did,
    with no port of its own, what a sentence just before told it did at a port."""
    if any(p.form != "anaphor" for p in ports):
        return
    index = analysis.index_of(sent)
    prior = [x for x in analysis.sentences[max(0, index - 2):index] if x.paragraph == sent.paragraph]
    if not prior:
        return
    text = analysis.text
    for v in vessels:
        if v.attrs.get("plural"):
            continue
        verb = _ARRIVED_BARE.match(text, v.end) or _FOLLOWED.match(text, v.end)
        if verb is None or blocked(text, sent.span.start, v.start, verb.end()):
            continue
        date = date_near(analysis, sent, verb.end())
        if date is None:
            continue
        kind = next((k for k, pat in _BARE_KIND if pat.search(verb.group())), None)
        undated = [ev for x in prior for ev in analysis.events_at(x.span.start)
                   if ev["type"] == "PortCall" and ev["vessel"] == v.key and ev.get("date") is None
                   and ev.get("activity") != "departure" and (kind is None or ev.get("activity") == kind)]
        if len({ev["port"] for ev in undated}) != 1:
            continue
        for ev in undated:
            ev["date"] = date
            cite(ev, sent)


# "The first ship to leave was the Greif", "The Greif was the first vessel to dock at the port"
# ("The NewNew Polar Bear was the first to arrive, docking on July 28": the noun left out)
_FIRST_TO = rx(r"\b(?:first|second|third|last|latest|next|only|sole)\s+(?:(?:[\w-]+\s+){0,2}?(?:ship|vessel|"
               r"tanker|freighter|carrier|bulker|boat)\s+)?to\s+(?P<verb>leave|depart(?:\s+from)?|"
               r"sail\s+(?:from|out\s+of)|exit|call(?:\s+(?:at|in))?|arrive(?:\s+(?:at|in))?|dock(?:\s+(?:at|in))?|"
               r"berth(?:\s+(?:at|in))?|enter|reach|visit|load(?:\s+(?:at|in))?)\b", re.I)
_FIRST_IS = re.compile(r"[^.;:()]{0,60}?\s(?:was|is|has\s+been|had\s+been|became)\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}?$")
_IS_FIRST = re.compile(r"(?:,[^,;()]{1,60},)?\s+(?:was|is|has\s+been|had\s+been|became)\s+(?:the|a)\s+$")


# "The first ship to bring Ukrainian grain to Rostock since the war began docked on Wednesday":
# the port the ship first brought a load to, then docked
_FIRST_TO_BRING = rx(r"\s+to\s+(?:bring|carry|deliver|ship|take)\s+[^.;]{1,60}?\s+to\s+"
                     r"(?:the\s+(?:port\s+of\s+)?)?$")
_THEN_DOCKED = rx(r"[^.;]{0,60}?\b(?P<verb>docked|arrived|berthed|moored)\b(?!\s+(?:at|in|into|off)\s)")


def _first_to_bring_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                          ports: list[Mention]) -> None:
    text, s = analysis.text, sent.span.start
    subject = vessels[0] if vessels and vessels[0].start - s <= 4 and \
        vessels[0].text.lower().startswith("the first") else None
    port = next((p for p in ports if subject is not None and p.start > subject.end and
                 _FIRST_TO_BRING.fullmatch(text, subject.end, p.start)), None)
    docked = _THEN_DOCKED.match(text, port.end, sent.span.end) if port is not None else None
    if subject is None or port is None or docked is None or blocked(text, s, s, docked.end()):
        return
    call = add_call(analysis, sent, subject, port, docked["verb"])
    call["date"] = date_near(analysis, sent, docked.end())


# a group told by a word for it before a call's verb: "Both ships were later seen at"
_GROUP_SEEN_AT = rx(r"\s*(?:Both|The\s+two|All\s+(?:three|four|five)|The)\s+(?:[\w-]+\s+)?(?:ships|vessels|"
                    r"tankers|freighters|carriers|bulkers)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+|later\s+|"
                    r"then\s+|also\s+)*(?:seen|spotted|photographed|imaged|observed|moored|docked|berthed|"
                    r"anchored)\s+(?:at|in|off)\s+(?:the\s+(?:port\s+of\s+)?)?")
# what stands between one ship of the list and its time: " on ", " (", ", on "
_ITEM_TIME = re.compile(r",?\s+(?:(?:on|in|from)\s+)?|\s*\(")


def _listed_after_colon(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                        ports: list[Mention]) -> None:
    """"Both ships were later seen at Dunai: the Lady Sable on 8 January and the Maria Quill on
    12 January": each ship of the list after the colon at the port, at its own time."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor" or not text.startswith(":", port.end) or \
                not _GROUP_SEEN_AT.fullmatch(text, s, port.start) or blocked(text, s, s, port.end):
            continue
        for v in [v for v in vessels if v.start > port.end and v.form == "name"]:
            own = next((t for t in sent.times if t.start > v.end and
                        _ITEM_TIME.fullmatch(text, v.end, t.start)), None)
            call = add_call(analysis, sent, v, port, text[s:port.start])
            if own is not None:
                call["date"] = own.interval.iso()


def _first_to_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                    ports: list[Mention]) -> None:
    """"The first ship to leave was the Greif" (after a paragraph on Berdyansk), "The Lyra was
    the first vessel to dock at Tartus": the ship was at the port, the one named with the verb
    or, with none, the one port the sentences just before were about."""
    text, s = analysis.text, sent.span.start
    for m in _FIRST_TO.finditer(text, s, sent.span.end):
        subject = next((v for v in vessels if v.end <= m.start() and _IS_FIRST.fullmatch(
            text, v.end, m.start())), None) or next(
            (v for v in vessels if v.start >= m.end() and _FIRST_IS.fullmatch(text, m.end(), v.start)),
            None)
        if subject is None or blocked(text, s, min(subject.start, m.start()), max(subject.end, m.end())):
            continue
        port = next((p for p in ports if m.end() <= p.start <= m.end() + 30 and re.fullmatch(
            r"\s+(?:the\s+)?(?:(?:port|harbou?r)\s+(?:of\s+)?)?", text[m.end():p.start], re.I)), None)
        told = None
        if port is None and not re.match(r"\s+(?:the\s+)?(?-i:[A-Z])", text[m.end():m.end() + 40]):
            # no port of its own: the one port the two sentences before named
            index = analysis.index_of(sent)
            prior = [x for x in analysis.sentences[max(0, index - 2):index]
                     if x.paragraph >= sent.paragraph - 1]
            named = [p for x in prior for p in analysis.in_sentence(x, "Port") if p.form != "anaphor"]
            if named and len({p.key for p in named}) == 1:
                port, told = named[-1], analysis.sentence_at(named[-1].start)
        if port is None:
            continue
        verb = m["verb"].lower()
        deed = "departed" if verb.startswith(("leave", "depart", "sail", "exit")) else \
            "loaded" if verb.startswith("load") else "arrived"
        call = add_call(analysis, sent, subject, port, deed)
        if told is not None:
            call["date"] = date_near(analysis, sent, m.end())
            cite(call, told)


def _fronted_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   ports: list[Mention]) -> None:
    """"At Chornomorsk, the SEA LARK loaded maize": a port set before the clause it governs;
    "After unloading in Sevastopol, the Sea Crest returned ...": what its subject did there."""
    text, s = analysis.text, sent.span.start
    deed = _FRONTED_DEED.match(text, s)
    if deed:
        port = next((p for p in ports if p.start < deed.end() and p.form != "anaphor"), None)
        subject = next((v for v in vessels if deed.end() <= v.start < deed.end() + 60), None)
        if port is not None and subject is not None and not blocked(text, s, s, deed.end()):
            call = add_call(analysis, sent, subject, port, deed.group())
            if _AFTER_DEED.match(deed.group()) and not any(t.start < deed.end() for t in sent.times) \
                    and call["evidence"][0][0] == s and len(call["evidence"]) == 1:
                # "After unloading in Tartus, the X headed back ..., arriving on May 21": done in
                # the weeks before the time the rest of the sentence tells
                call["date"] = weeks_before(call.get("date"))
        return
    m = _FRONTED.match(text, s)
    if not m:
        return
    port = next((p for p in ports if p.start < m.end() and p.form != "anaphor"), None)
    if port is None:
        return
    if text.startswith("Off", s) and _AT_SEA_WITH.search(text, m.end(), sent.span.end):
        return  # "Off Kalamata, the X and the Y were moored side by side": at sea, off the port
    for v in vessels:
        if v.start < m.end():
            continue
        verb = CALL.search(text, v.end, sent.span.end)
        if verb and not blocked(text, s, v.start, verb.end()) and \
                not re.search(r"[;.]", text[v.end:verb.start()]):
            call = add_call(analysis, sent, v, port, text[v.end:verb.end()])
            if len(call["evidence"]) == 1 and any(w.start < v.start and w.key != v.key for w in vessels
                                                  if w.start >= m.end()):
                # "At Ust-Luga, the X lifted naphtha on June 4, and the Y loaded fuel oil two days
                # later": each ship's clause at its own time
                call["date"] = date_near(analysis, sent, v.start)


def _weeks_before_last(analysis: Analysis, sent: Sentence, vessel: str, port: str) -> str | None:
    """The weeks before the ship's dated call told in the sentence just before, in the paragraph."""
    at = analysis.index_of(sent)
    if at == 0 or analysis.sentences[at - 1].paragraph != sent.paragraph:
        return None
    told = [e for e in analysis.events_at(analysis.sentences[at - 1].span.start)
            if e["type"] == "PortCall" and e["vessel"] == vessel and e.get("date") and e["port"] != port]
    return weeks_before(told[-1]["date"]) if told else None


_BEFORE_THAT = rx(r"\b(?:previous|prior|earlier|preceding)\b|\bbefore\s+that\b", re.I)


def _nominal_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   ports: list[Mention]) -> None:
    """"a call at Rajin ... followed by a delivery to Dunai": calls of the vessel in view."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        m = _NOMINAL_CALL.search(text, max(s, port.start - 60), port.start)
        if not m or blocked_as_said(text, s, s, port.end) or _SUCH.search(m.group()):
            continue  # ("It was the fourth such delivery to Tobruk": the one told before, counted)
        if _FOR_DISCHARGE.search(text, max(s, port.start - 60), port.start):
            continue  # ("loaded crude for delivery to Sikka": where it was bound)
        # "the frigate X and the tanker Y made a port call at P": each ship of the subject
        group = subjects(analysis, vessels, m.start())
        if len(group) < 2:
            group = [min(vessels, key=lambda v: abs(v.start - port.start))]
        for vessel in group:
            event = add_call(analysis, sent, vessel, port, m.group("noun") or "call")
            if _BEFORE_THAT.search(m.group()) or m.group("port"):
                event["told_after"] = True  # "its previous port call was at P": before the last
                if not sent.times:
                    # (not when the call told before it was made, but in the weeks before it:
                    # "... discharged at Banias on March 28. Its previous port of call was Dortyol.")
                    event["date"] = _weeks_before_last(analysis, sent, vessel.key, port.key)
    # "the arrival of the tanker Delta Rose at Constanta"
    for v in vessels:
        m = _NOMINAL_OF.search(text, max(s, v.start - 60), v.start)
        if not m:
            continue
        at = next((p for p in ports if p.start >= v.end and _AT_OR_TO_PORT.fullmatch(
            text, v.end, p.start)), None)
        if at is not None and not blocked(text, s, m.start(), at.end):
            add_call(analysis, sent, v, at, m.group("noun"))


_SUCH = re.compile(r"\b(?:such|similar)\b")
_SUCH_DEED = rx(r"\b(?:such|similar|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                r"\d+(?:st|nd|rd|th))(?:\s+such)?)\s+(?:delivery|deliveries|shipment|shipments|call|visit|"
                r"voyage|trip|arrival)\b", re.I)
# ("said the wheat had been loaded at Sevastopol in July and that the ship had spent weeks at sea":
# a second thing said, with its own subject)
_LATER_CLAUSE = rx(r"\b(?:after|before|when|while|because|until|and\s+that)\b")
# what an image shows on a ship's deck at a port: a cargo, or none
_DECK = rx(r"(?:\s+with\s+(?P<laden>(?:[\w-]+\s+){0,2}?" + CARGO_WORDS + r")\s+"
           r"(?:on\s+(?:its\s+|her\s+)?deck|aboard|on\s+board)|"
           r",\s+(?:its|her)\s+deck\s+(?:now\s+)?(?:empty|clear|bare)|"
           r"\s+with\s+(?:an\s+)?(?:empty|bare)\s+deck)\b")
# an apposition on the ships just named: ", both bulk carriers,"
_GROUP_APPOSED = re.compile(r",\s+(?:both|all|the\s+two|two|three)\s+[^,;.()]{1,40},")


# "One of them, the Ocean Lotus, arrived on Jan. 19 from Novorossiysk": one of the ships the
# sentence before told at a port, named, and what it did with no port of its own
_MEMBER = rx(r"(?:One|Another|A\s+(?:second|third|fourth)|The\s+(?:first|second|latest|last|largest))"
             r"(?:\s+of\s+(?:them|these|those|the\s+[\w-]+))?,\s+the\s+")
_MEMBER_DEED = rx(r"\b(?:arrived|docked|berthed|moored|discharged|unloaded|offloaded|delivered)\b"
                  r"(?!\s+(?:at|in|to|into)\b)", re.I)
# what the sentence before told the ships did at its port: "tankers unloading diesel at the
# city's port"
_GROUP_AT_PORT = rx(r"\b(?:unload\w*|discharg\w*|offload\w*|deliver\w*|arriv\w*|dock\w*|call\w*|"
                    r"receiv\w*|cargoes|deliveries|shipments)\b", re.I)


# "Identified ships include the X (4, 9 and 22 April) and the Y": the ships of a group the
# sentence before found at a port, named
_INCLUDED = rx(r"\s*(?:(?:(?:Identified|Named|Known|Observed|Recogni[sz]ed|Notable)\s+)?"
               r"(?:ships|vessels|tankers|freighters|carriers|bulkers)(?:\s+(?:identified|named|seen|observed))?|"
               r"They|These|Those)\s+"
               r"(?:include[sd]?|were)\s+(?:the\s+)?")
# a group of ships at a port in the sentence before: "found vessels at Rajin's pier 1"
_SHIPS_AT = rx(r"\b(?:ships|vessels|tankers|freighters|carriers|bulkers)\b[^.;]{0,40}?\b(?:at|in|off)\s+"
               r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)


def _included_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                    ports: list[Mention]) -> None:
    """"Our review found vessels at Rajin's pier 1 on nine days. Identified ships include the
    Amber Swift (4, 9 and 22 April) and the Pale Swift (15 April)": each was at that port, at
    the time in brackets after its name."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    m = _INCLUDED.match(text, s, e)
    if m is None or not vessels or vessels[0].start != m.end() or blocked(text, s, s, m.end()):
        return
    index = analysis.index_of(sent)
    before = analysis.sentences[index - 1] if index > 0 else None
    named = [p for p in analysis.in_sentence(before, "Port") if p.form != "anaphor"] if before else []
    if before is None or len({p.key for p in named}) != 1 or not _SHIPS_AT.search(
            text, max(before.span.start, named[0].start - 60), named[0].start):
        return
    listed = [vessels[0]]
    for v in vessels[1:]:
        if not _LISTED_NEXT.fullmatch(text, listed[-1].end, v.start):
            break
        listed.append(v)
    if any(p.start < listed[-1].end for p in ports):
        return  # a port of their own, told with them
    for v in unique_keys(listed):
        event = add_call(analysis, sent, v, named[0], "seen at")
        own = bracketed_time(analysis, sent, v.end)
        if own is not None:
            event["date"] = own.interval.iso()


# what stands between two names of a list, with the time in brackets after the first
_LISTED_NEXT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _member_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                  ports: list[Mention]) -> None:
    """"Five tankers unloaded diesel at Benghazi. One of them, the X, arrived on Jan. 19": one of
    a group told at one port, arriving with no port of its own, arrived there."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    m = _MEMBER.match(text, s, e)
    if m is None or not vessels or vessels[0].start != m.end():
        return
    deed = _MEMBER_DEED.search(text, vessels[0].end, e)
    if deed is None or any(p.type == "Port" and p.start > deed.end() and p.form == "anaphor"
                           for p in ports) or blocked(text, s, s, deed.end()):
        return
    if any(_PREP_BEFORE_PORT.search(text[max(s, p.start - 30):p.start]) and not re.search(
            r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", text[max(s, p.start - 30):p.start])
           for p in ports):
        return  # a port of its own told
    index = analysis.index_of(sent)
    if index == 0:
        return
    before = analysis.sentences[index - 1]
    named = [p for p in analysis.in_sentence(before, "Port") if p.form != "anaphor"]
    if len({p.key for p in named}) != 1 or \
            not _GROUP_AT_PORT.search(text, before.span.start, before.span.end):
        return
    add_call(analysis, sent, vessels[0], named[0], deed.group())


# "Two Aframax tankers loaded ESPO crude at the Kozmino terminal": ships counted, with what they
# did at one port
_COUNTED_DID = rx(r"\b(?i:" + COUNT_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?i:vessels|ships|tankers|freighters|"
                  r"carriers|bulkers|aframaxes|suezmaxes|vlccs)\s+(?:[a-z]+ly\s+|also\s+|both\s+|each\s+)?"
                  r"(?P<verb>loaded|took\s+on|lifted|collected|discharged|unloaded|offloaded|delivered|"
                  r"called\s+at|docked\s+at|berthed\s+at|arrived\s+at)\b")
# "The first, NS Commander, sailed ...", "The second, the Ocean AMZ, waited ...": one of them, named
_NAMED_IN_TURN = rx(r"[\s\"“'‘*_]*The\s+(?:first|second|third|fourth|other|last)(?:\s+(?:ship|vessel|tanker|"
                    r"one))?,\s+(?:the\s+)?")


def _not_told_as_near(text: str, ports: list[Mention]) -> list[Mention]:
    """The ports of a list but those told as where another is ("at the Kozmino terminal near
    Nakhodka": Nakhodka only places Kozmino; "at Rizhao's Lanshan port": Rizhao holds Lanshan)."""
    return [p for p in ports if not any(q.end <= p.start and p.start - q.end < 30 and
                                        _LOCATED_NEAR.fullmatch(text, q.end, p.start) or
                                        q.key != p.key and q.start > p.end and
                                        _HOLDS_NEXT.fullmatch(text, p.end, q.start) for q in ports)]


_HOLDS_NEXT = re.compile(r"['’]s\s+(?:(?:main|new|old|oil|crude|deep-?water|outer|inner)\s+)?")


# the deed a list's head tells its ships did at its port: "Kozmino loadings:", "Tankers that
# loaded at Kozmino this week:", "Arrivals at Tartus included"
_LIST_HEAD_DEED = rx(r"\b(?P<deed>load\w*|discharg\w*|unload\w*|arriv\w*|call(?:s|ed)|departures|departed|"
                     r"left|sailed)\b", re.I)


# how long a ship stayed, told after its arrival: "and stayed for a week", "remaining there for
# three days"
_STAYED_FOR = rx(r"\s*,?\s+(?:and\s+)?(?:stayed|remained|remaining|staying|lay|waited)\s+(?:there\s+)?for\s+"
                 r"(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|"
                 r"six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\b")


def _stay_told_by_length(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> None:
    """"The tanker X arrived at Fujairah on 3 May and stayed for a week": there from that day for
    that long (a call dated to one day only)."""
    text = analysis.text
    for t in sent.times:
        stayed = _STAYED_FOR.match(text, t.end)
        if stayed is None or t.since or t.interval.start != t.interval.end:
            continue
        calls = [e for e in analysis.events_at(sent.span.start) if e["type"] == "PortCall" and
                 e.get("date") == t.interval.iso() and e.get("activity") != "departure" and
                 any(p.key == e["port"] and p.end <= t.start for p in ports)]
        days = days_of(stayed["n"], stayed["unit"])
        for call in calls:
            call["date"] = format_interval(t.interval.start,
                                           t.interval.start + dt.timedelta(days=days - 1))


def _dayed_list_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                      ports: list[Mention]) -> None:
    """"Kozmino loadings: Vetch Star (2 Oct), Willow Star (5 Oct)": each ship of a list told
    inline with its day in brackets, after a head that names one port and what was done there,
    did that there on its day."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    items = list(DAYED_ITEM.finditer(text, s, e)) if "(" in text[s:e] else []
    if len(items) < 2:
        return
    head = [p for p in ports if p.end <= items[0].start() and p.form != "anaphor"]
    deed = _LIST_HEAD_DEED.search(text, s, items[0].start())
    if len({p.key for p in head}) != 1 or deed is None or blocked(text, s, s, items[0].start()):
        return
    for item in items:
        v = next((x for x in vessels if x.start == item.start("name") and x.form == "name"), None)
        day = next((t for t in sent.times if item.end("name") <= t.start < item.end()), None)
        if v is None:
            continue
        call = add_call(analysis, sent, v, head[0], deed["deed"])
        if day is not None:
            call["date"] = day.interval.iso()


def _named_in_turn_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Two Aframax tankers loaded ESPO crude at Kozmino on 17 March. The first, NS Commander,
    sailed the next morning ... The second, Ocean AMZ, waited ...": each ship named in turn after
    the ships counted at one port did there what they all did (as of their sentence's time)."""
    text, s = analysis.text, sent.span.start
    m = _NAMED_IN_TURN.match(text, s, sent.span.end)
    if m is None or not vessels or vessels[0].start != m.end() or vessels[0].form != "name":
        return
    index = analysis.index_of(sent)
    for back in range(index - 1, max(-1, index - 4), -1):
        before = analysis.sentences[back]
        if before.paragraph != sent.paragraph:
            return
        group = _COUNTED_DID.search(text, before.span.start, before.span.end)
        if group is None:
            if _NAMED_IN_TURN.match(text, before.span.start, before.span.end):
                continue  # ("The first, X, ..." told before this one)
            return
        named = _not_told_as_near(text, [p for p in analysis.in_sentence(before, "Port")
                                         if p.form != "anaphor" and p.start > group.end()])
        if len({p.key for p in named}) != 1 or analysis.in_sentence(before, "Vessel") or \
                blocked(text, before.span.start, group.start(), named[0].end):
            return
        port = named[0]
        if any(e["type"] == "PortCall" and e["vessel"] == vessels[0].key and e["port"] == port.key
               for e in analysis.events):
            return
        event = record(analysis, before, "PortCall", port.start, vessel=vessels[0].key, port=port.key,
                       activity=activity_of(group["verb"]))
        cite(event, sent)
        return


# a further place a look shows the ship at, told after the first: " on Oct. 8 and at "
_SHOWN_NEXT = re.compile(r"(?:\s+(?:on|in)\s+(?:[^,;.]|\.(?=\s?\d)){1,25}?)?,?\s+(?:and|then)\s+"
                         r"(?:later\s+|again\s+)?(?:at|in)\s+(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:port|harbou?r|pier|"
                         r"terminal)\s+(?:of|at|in)\s+)?")


def _imagery_calls(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                   ports: list[Mention]) -> None:
    """"Images taken over Dunai and the port of Rajin show the two vessels loading ..."."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not _IMAGERY.search(text, s, e):
        return
    for verb in _SHOW.finditer(text, s, e):
        if re.match(r"\s*[,.;:)]", text[verb.end():verb.end() + 3]):
            continue  # "..., port data show, and the X was at Piraeus": an attribution, no object
        # (or what is shown beside the ship: "shows about 300 containers on the quay beside the
        # Russian-flagged cargo ship X")
        seen = [v for v in vessels if (0 <= v.start - verb.end() < 60 or 0 <= v.start - verb.end() < 160
                                       and _SHOWN_BESIDE.match(text, verb.end(), v.start))
                and not _NOT_SHOWN.search(text, verb.end(), v.start)]
        # ("denied calling at Nampo, but imagery shows it there": the clause of the showing)
        if not seen or blocked(text, s, verb.start(), verb.end()):
            continue
        for k, v in enumerate(seen):  # "Imagery shows the Amber Cove at the grain pier in Berdyansk"
            # (after an apposition on the ships: "the X and the Y, both bulk carriers, at Nampo")
            apposed = _GROUP_APPOSED.match(text, v.end)
            end = apposed.end() if apposed else v.end
            port = next((p for p in ports if p.start > v.end and (_SHOWN_AT.fullmatch(
                text, end, p.start) or p.text == "there" and not text[v.end:p.start].strip())),
                        None)
            while port is not None:
                # (and the ships listed with it before: "shows the X and the Y at Nampo")
                for w in joined_before(analysis, seen[:k + 1]):
                    add_call(analysis, sent, w, port, text[v.end:port.start])
                # ("shows the X at Rajin on Oct. 8 and at Dunai on Oct. 11": each place in turn)
                port = next((p for p in ports if p.start > port.end and p.form != "anaphor" and
                             _SHOWN_NEXT.fullmatch(text, port.end, p.start)), None)
        for port in ports:
            if port.end <= verb.start() and re.search(
                    r"\b(?:over|of|at|in|above)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                    text[max(s, port.start - 50):port.start], re.I):
                for v in seen:
                    add_call(analysis, sent, v, port, text[v.end:v.end + 60])
    for v in vessels:
        port = next((p for p in ports if 0 < p.start - v.end < 80), None)
        if port is not None and _IN_IMAGES_OF.fullmatch(text, v.end, port.start) and \
                not blocked(text, s, v.end, port.start):
            add_call(analysis, sent, v, port, text[v.end:port.start])


# a ship an image showed, named in the next sentence by its look: "Its hull markings and
# superstructure match those of the", "The vessel is consistent with the", "We assess it to be the"
_MATCHED_AS = rx(r"(?:\b(?:Its|Her|The\s+(?:ship|vessel|tanker|freighter|carrier|bulker)['’]s)\s+"
                 r"(?:[\w-]+,?\s+){0,6}?(?:(?:closely|exactly|also)\s+)?" + LOOK_MATCHES + r"\s+"
                 r"(?:(?:those|that)\s+of\s+)?|"
                 r"\b(?:The|This|That)\s+(?:ship|vessel|tanker|freighter|carrier|bulker)\s+(?:\w+ly\s+)?"
                 r"(?:is|was|appears\s+to\s+be|appeared\s+to\s+be|matches|matched|is\s+consistent\s+with|"
                 r"was\s+consistent\s+with)\s+|"
                 r"\b(?:We|Analysts|Researchers|The\s+(?:Panel|report|authors))\s+(?:assess|assessed|believe|"
                 r"believed|identified|identify|judge|judged)\s+(?:(?:with\s+\w+\s+confidence\s+)?that\s+)?"
                 r"(?:it|the\s+(?:ship|vessel|tanker|freighter|carrier))\s+(?:to\s+be|as|is|was)\s+)"
                 r"the\s+$")
# the ship an image shows, not named: "shows a tanker roughly 90 metres long moored at"
_UNNAMED_SHOWN = rx(r"\b(?:an?|one)\s+(?:[\w,-]+\s+){0,4}?(?:ship|vessel|tanker|freighter|carrier|bulker)\b"
                    r"[^;.]{0,100}?\b(?:at|in|alongside|off)\s+(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:at|in|of)\s+)?"
                    r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)


# "two ships were moored there; ... we identified one as the": a ship of a group at a port, named
_ONE_IDENTIFIED = rx(ONE_NAMED_AS + "$")
_COUNTED_SHIPS_AT = rx(r"\b(?i:" + COUNT_WORDS + r"|several)\s+(?:[\w-]+\s+){0,2}?(?:ships|vessels|tankers|"
                       r"carriers|freighters|bulkers)\s+(?:were|was)\s+(?:moored|docked|berthed|anchored|"
                       r"alongside|seen|visible|present)\s+(?:at\s+|in\s+|alongside\s+)?(?:the\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}?$", re.I)


def _one_identified(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                    ports: list[Mention]) -> None:
    """"On September 14, two ships were moored there; based on their size and superstructure,
    we identified one as the X": the ship named, of the group at the port, was there then (an
    identification, so no surer than likely)."""
    text, s = analysis.text, sent.span.start
    for v in vessels:
        told = _ONE_IDENTIFIED.search(text, max(s, v.start - 60), v.start)
        if told is None or blocked(text, s, told.start(), v.end):
            continue
        at = [(p, group) for p in ports if p.end <= told.start() and
              (group := _COUNTED_SHIPS_AT.search(text, max(s, p.start - 80), p.start)) is not None]
        if len({p.key for p, _group in at}) != 1:
            continue
        port, group = at[0]
        event = add_call(analysis, sent, v, port, group.group())
        event["confidence"] = weaker(event["confidence"], "likely")


def _matched_to_image(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"Imagery captured on October 12 shows a tanker ... moored at the jetty of Nampo's West
    Sea terminal. Its hull markings match those of the Sun Hwa 7": the ship named by its look
    in the next sentence called at the port the image shows, when it was taken; an
    identification by look, so no surer than likely."""
    index = analysis.index_of(sent)
    if index == 0 or not vessels:
        return
    text, s = analysis.text, sent.span.start
    before = analysis.sentences[index - 1]
    if before.paragraph != sent.paragraph or analysis.in_sentence(before, "Vessel") or \
            not _IMAGERY.search(text, before.span.start, before.span.end):
        return
    shown = _SHOW.search(text, before.span.start, before.span.end)
    if shown is None or blocked(text, before.span.start, shown.start(), shown.end()):
        return
    ports = [p for p in analysis.in_sentence(before, "Port") if p.form == "name" and p.start > shown.end()
             and _UNNAMED_SHOWN.search(text, shown.end(), p.start)]
    if not ports:
        return
    port = ports[0]
    for v in vessels:
        told = _MATCHED_AS.search(text, max(s, v.start - 160), v.start)
        if told is None or blocked(text, s, told.start(), v.end):
            continue
        event = add_call(analysis, before, v, port, text[shown.end():port.start])
        event["confidence"] = weaker(weaker(event["confidence"], "likely"),
                                     confidence_at(analysis, sent, v.start))
        cite(event, sent)
        return


# a voyage on from the port to another, told right after it: " and sailed to ", " and arrived at "
_THEN_ARRIVED = rx(r"(?:\s+(?:oil\s+)?(?:terminal|port|harbou?r))?(?:,\s+|\s+)and\s+(?:then\s+|later\s+)?"
                   r"(?:sailed|headed|steamed|went|travell?ed|arrived|docked|berthed|reached)\s+"
                   r"(?:(?:on|back)\s+)?(?:(?:to|for|at|in|into)\s+)?(?:the\s+(?:[\w'’-]+\s+){0,2}?"
                   r"(?:port|harbou?r)\s+of\s+)?", re.I)
# a trip told as done before the sentence's deed, to the port (or to where the port was):
# "after a month-long trip to Syria, where it called at", "after a three-week voyage to"
_AFTER_TRIP_TO = rx(r"\bafter\s+(?:a|an|its|her)\s+(?:[\w-]+\s+)?(?:round\s+|return\s+)?(?:trip|voyage|run|"
                    r"journey|deployment|mission)\s+to\s+(?:[^,;.]{1,40}?,\s+where\s+(?:it|she)\s+(?:had\s+)?"
                    r"(?:\w+\s+){0,2}?(?:at|in|into)\s+)?(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_CAME_BACK = rx(r"\b(?:returned|came\s+back|arrived\s+back|was\s+back|is\s+back)\b", re.I)
_LONG_TRIP = re.compile(r"\b(?P<unit>week|month|fortnight)-long\b", re.I)


def _trip_days(told: str) -> int:
    """How long a trip told took, in days ("a month-long trip", "a 12-day voyage"); a month
    where not told."""
    long = _LONG_TRIP.search(told)
    if long is not None:
        return {"week": 7, "fortnight": 14}.get(long["unit"].lower(), 31)
    return voyage_days(told, months=True) or 31


def activity_of(phrase: str) -> str | None:
    """What a vessel did at a port, by the verb of the phrase nearest the port (the phrase's
    last): "left Sevastopol ... and arrived in Bandirma" arrived at Bandirma."""
    best: tuple[int, int] | None = None
    activity = None
    verbs = list(CALL.finditer(phrase))
    start = verbs[-1].start() if verbs else 0  # what follows the last call verb
    for rank, (name, pat) in enumerate(ACTIVITY):
        for m in pat.finditer(phrase, start):
            if name == "loading" and _ONTO_LAND.match(phrase, m.start()):
                continue  # "where the containers were unloaded and loaded onto a train": ashore
            # the latest verb; at one place, the kind listed first
            if best is None or (m.end(), -rank) > best:
                best, activity = (m.end(), -rank), name
    return activity


# "arrived at Iskenderun, Turkey, and discharged grain": what the ship did once there ("arrived
# there on 14 October and discharged")
# ", loading coal" after the port and its time
# (or "anchored off Banias for three days in late April before unloading")
# ("anchored off Tobruk two days later, discharging over the following week")
# ("called at Sevastopol twice in March, loading wheat each time")
_DOING_THERE = rx(r"(?:\s+(?:twice|again|once|repeatedly|(?:two|three|four|five|several|many)\s+times))?"
                  r"(?:\s+(?:on|in|by|for|from|between|around|since|during|throughout|late on|early on)\s+"
                  r"(?:[\w-]+\s+){0,4}?[\w-]+|\s+(?:a|an|one|two|three|four|five|six|seven|\d+|a\s+few|"
                  r"several)\s+(?:days?|weeks?|hours?)\s+(?:later|afterwards)){0,2}"
                  r"(?:,|\s+(?:before|while))\s+(?P<verb>loading|unloading|discharging|offloading)\b"
                  r"(?!\s+(?:at|in|from)\b)")
# ("photographed at Dunai unloading containers": right after the port, with no comma)
# (after an aside that places the port: "seen at Vostochny, near Nakhodka, unloading containers")
_DOING_RIGHT_THERE = rx(r"(?:,\s+(?:near|outside|off|close\s+to|(?:north|south|east|west)\s+of)\s+"
                        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,)?\s+"
                        r"(?P<verb>loading|unloading|discharging|offloading)\b(?!\s+(?:at|in|from)\b)")
_THEN_WORKED = rx(r"(?:\s+(?:port|harbou?r|terminal))?(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,|"
                  # ("docked in Misrata, a port in western Libya, on June 2 and took on diesel")
                  + PORT_APPOSED + r",)?"
                  r"(?:\s+(?:on|in|by|around|late on|early on)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
                  # ("arrived at Novorossiysk; it loaded military vehicles", a log's "Arrives at
                  # Novorossiysk; loads military vehicles")
                  r"(?:,?\s+and\s+(?:then\s+|later\s+)?|;\s+(?:(?:it|she)\s+(?:then\s+|later\s+)?)?)"
                  # ("docked at Tartus on Tuesday and began loading military equipment")
                  r"(?:(?:began|begun|begins|started|starts|commenced|finished|completed)\s+(?:to\s+)?"
                  r"(?=discharg|unload|offload|load))?"
                  # ("docked at Simon's Town and was loaded with weapons": loading there)
                  r"(?:(?P<unload>discharg|unload|offload)\w*|(?:was\s+|were\s+)?(?:load(?:ed|s|ing)?|"
                  r"took\s+on))\b"
                  # (not at a port of its own: "stopped at Busan and unloaded at Dangjin")
                  r"(?!(?:\s+[\w,'’-]+){0,5}?\s+(?:at|in)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?"
                  r"(?-i:[A-Z]))")


_FORCED_SHIP = rx(r"\b(?:" + _CAPTOR + r"|ordered)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_TO_WORD = re.compile(r"\b(?:in)?to\b")


_AGAIN_TO = rx(r"\b(?:returned|came\s+back|went\s+back|sailed\s+back|headed\s+back|was\s+back)\s+"
               # ("left Nampo on April 6 and returned there on April 18")
               r"(?:(?:to|at|in)\s+(?:the\s+(?:port\s+of\s+)?)?)?$")


_NOW_THERE = re.compile(r",\s+(?:currently|still|now)\s+(?:(?:being\s+)?held|detained|(?:lying\s+)?(?:at\s+)?"
                        r"anchor(?:ed)?|moored|berthed|docked|lying|laid\s+up)\s+(?:at|in|off|near|outside)\s+"
                        r"(?:the\s+(?:port\s+of\s+)?)?$")
_STILL_THERE = rx(r"(?:\band|;)\s+(?:it\s+|she\s+)?(?:has|have)\s+(?:remained|stayed|been)\s+there\s+"
                  r"(?:ever\s+)?since\b(?!\s+(?:the|then|\d|(?-i:[A-Z])))|;\s+(?:it|she)\s+(?:remains|is\s+still)\s+there\b|"
                  # ("arrived on Wednesday and is still at berth")
                  r"\band\s+(?:it\s+|she\s+)?(?:is\s+still|remains)\s+(?:there|at\s+(?:berth|anchor)|alongside|"
                  r"in\s+port)\b", re.I)


def bracketed_time(analysis: Analysis, sent: Sentence, end: int) -> TimeMention | None:
    """The time in brackets right after a name ending at `end`: "Maria (12 May)"."""
    return next((t for t in sent.times if end < t.start <= end + 3
                 and analysis.text[end:t.start].strip() == "("), None)


# a port listed after another with its own preposition, and a time told right after it
_LISTED_AFTER = re.compile(r"(?:,\s*|\s+)(?:and|then)\s+(?:(?:then|later)\s+)?(?:at|in|to)\s+"
                           r"(?:the\s+(?:port\s+of\s+)?)?$")
_TIME_RIGHT_AFTER = re.compile(r"(?:,\s*)?\s+(?:on|in|between|from|during|around)\s+")


# a ship told by what it did at a port, then named in apposition: "A second tanker that loaded at
# Jose at the same time, the Cameroon-flagged X, turned back"
_DESCRIBED_DEED = rx(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|"
                     r"freighter|carrier|bulker|VLCC|Aframax|Suezmax)\s+(?:that|which)\s+(?:had\s+)?(?:also\s+)?"
                     r"(?P<verb>loaded|unloaded|discharged|docked|berthed|called|arrived|moored|anchored)\s+"
                     r"(?:at|in)\s+(?:the\s+(?:port\s+of\s+)?)?$")
_NAMED_AFTER_PORT = rx(r"[^,;()]{0,40}?,\s+(?:the\s+)?" + FLAG_BEFORE +
                       r"(?:(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|freighter|carrier|bulker|VLCC|Aframax|Suezmax)\s+)?")


def _described_then_named(analysis: Analysis, sent: Sentence, vessels: list[Mention],
                          ports: list[Mention]) -> None:
    """"A second tanker that loaded at Jose at the same time, the X, turned back": the ship told
    by a deed at the port, named right after, did it there."""
    text, s = analysis.text, sent.span.start
    for port in ports:
        if port.form == "anaphor":
            continue
        told = _DESCRIBED_DEED.search(text, max(s, port.start - 100), port.start)
        if told is None:
            continue
        ship = next((v for v in vessels if v.form == "name" and v.start > port.end), None)
        if ship is None or not _NAMED_AFTER_PORT.fullmatch(text, port.end, ship.start) or \
                blocked(text, s, told.start(), port.end):
            continue
        call = add_call(analysis, sent, ship, port, told["verb"])
        call["date"] = date_near(analysis, sent, port.end)


# where the analysts placed what a video or image showed: "We geolocated the video to the naval
# facility at Tartus"
_GEOLOCATED = rx(r"\b(?:geolocated|geo-located|located)\s+(?:the|this|that|these|those)\s+"
                 r"(?:video|footage|clip|image|imagery|photo|photograph|picture|images|photos|photographs|pictures|videos|clips)\s+"
                 r"to\s+(?:[^.;]{0,40}?\b(?:at|in|of)\s+)?(?:the\s+(?:port\s+of\s+)?)?$")


def _geolocated(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> None:
    """"Footage posted on September 12 shows the landing ship X unloading armoured vehicles at a
    quay. || We geolocated the video to the naval facility at Tartus": the ship the footage showed
    was at that port then."""
    text = analysis.text
    index = analysis.index_of(sent)
    if index == 0:
        return
    prev = analysis.sentences[index - 1]
    shown = _SHOW.search(text, prev.span.start, prev.span.end)
    ships = {v.key: v for v in analysis.in_sentence(prev, "Vessel") if v.form == "name"}
    if shown is None or len(ships) != 1 or prev.paragraph < sent.paragraph - 1 or \
            blocked(text, prev.span.start, prev.span.start, prev.span.end):
        return
    (ship,) = ships.values()
    for port in ports:
        placed = _GEOLOCATED.search(text, max(sent.span.start, port.start - 90), port.start)
        if placed is None or blocked(text, sent.span.start, placed.start(), port.end):
            continue
        call = add_call(analysis, sent, ship, port, text[ship.end:min(prev.span.end, ship.end + 60)])
        call["date"] = date_near(analysis, prev, shown.start())
        cite(call, prev)
        return


# an unnamed ship an image shows at a port: "a cargo ship of about 110 m was moored at"
_UNNAMED_AT = rx(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|freighter|carrier|bulker)\b"
                 r"[^.;]{0,40}?\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:moored|berthed|docked|anchored|present|"
                 r"seen|visible|alongside)\s+(?:at|in|alongside)\s+(?:the\s+)?$")


def _matched_next(analysis: Analysis, sent: Sentence, ports: list[Mention]) -> None:
    """"On December 4 a cargo ship of about 110 m was moored at Pier 3. Its length and profile
    match the X": the ship the image showed there is likely the one named after."""
    text = analysis.text
    index = analysis.index_of(sent)
    after = analysis.sentences[index + 1] if index + 1 < len(analysis.sentences) else None
    if after is None:
        return
    # (the sentence after tells which ship it was: "Its length and profile match the X", not
    # "Its length does not match the X")
    ship = next((v for v in analysis.in_sentence(after, "Vessel") if v.form == "name" and
                 (told := _MATCHED_AS.search(text, max(after.span.start, v.start - 160), v.start)) and
                 not blocked(text, after.span.start, told.start(), v.end)), None)
    if ship is None:
        return
    for port in ports:
        seen = _UNNAMED_AT.search(text, max(sent.span.start, port.start - 120), port.start)
        if seen is None or blocked(text, sent.span.start, seen.start(), port.end):
            continue
        call = add_call(analysis, sent, ship, port, seen.group())
        call["confidence"] = weaker(call["confidence"], "likely")
        cite(call, after)
        return


def add_call(analysis: Analysis, sent: Sentence, vessel: Mention, port: Mention,
             phrase: str) -> dict[str, Any]:
    """The vessel's call at the port, told in `sent` (made, or found made before)."""
    activity = activity_of(phrase)
    if activity in (None, "berthed") and (deck := _DECK.match(analysis.text, port.end)) is not None:
        # what an image shows on its deck there: "at Rajin with containers on deck" (loading),
        # "at Vostochny, its deck empty" (unloaded)
        activity = "loading" if deck["laden"] else "discharging"
        entry = analysis.port(port.key) if deck["laden"] else None
        if entry is not None and entry.country and any(
                m.key != entry.country for m in analysis.between(port.end, deck.end(), "State")):
            # "anchored off Zhoushan with Iranian oil on board": brought from another state
            activity = activity_of(phrase)
    if activity in (None, "berthed") and (worked := _THEN_WORKED.match(analysis.text, port.end,
                                                                       sent.span.end)):
        activity = "discharging" if worked["unload"] else "loading"
    elif activity in (None, "berthed") and (
            doing := _DOING_THERE.match(analysis.text, port.end, sent.span.end)
            or _DOING_RIGHT_THERE.match(analysis.text, port.end, sent.span.end)):
        # "berthed at Nakhodka from 3 to 9 April, loading coal": what it did there
        activity = "loading" if doing["verb"].lower().startswith("load") else "discharging"
    # "was escorted to Lagos": brought there by others, not come to deliver
    forced = FORCED_TO.search(phrase.split(", where")[0]) is not None or (
        # "escorted the Eagle S to an anchorage off Porvoo": the ship the object of the verb
        sent.span.start < vessel.start and vessel.end < port.start and
        _TO_WORD.search(analysis.text, vessel.end, port.start) is not None and
        _FORCED_SHIP.search(analysis.text, max(sent.span.start, vessel.start - 40), vessel.start)
        is not None)
    for e in analysis.events_at(sent.span.start):
        if e["type"] == "PortCall" and e["vessel"] == vessel.key and e["port"] == port.key:
            if (port.form == "name" or port.text.lower() == "there") and e.get("date") and \
                    e["position"] < port.start and (
                    _AGAIN_TO.search(analysis.text, max(sent.span.start, port.start - 30), port.start) or
                    # ("... from Rajin; departed Vostochny on 6 Aug for Rajin; arrived at Rajin on
                    # 9 Aug": a log's clauses, each its own call)
                    ";" in analysis.text[e["position"]:port.start]):
                when = date_near(analysis, sent, port.start)
                if when and not overlaps(e["date"], when):
                    continue  # "loaded at Jose in March, ..., and returned to Jose in July": two calls
            # "made port in Samsun ... and offloaded its cargo there": what it did there (a
            # loading or a discharge told after its arrival: "arrived at Mersin. ... she
            # discharged a cargo of diesel there")
            if activity not in (None, "berthed") and \
                    weaker(e["confidence"], confidence_at(analysis, sent, port.start)) != e["confidence"]:
                activity = None  # "was seen at Vostochny, but it is unclear whether it unloaded there"
            e["activity"] = told_activity(e.get("activity"), activity)
            e["forced"] = e.get("forced") or forced
            return e
    # ("Baniyas: tanker X arrived 21 Feb; tanker Y anchored off since 18 Feb": a port heading a
    # line of items, each item's ship with its own time)
    at = vessel.start if port.end <= vessel.start and ";" in analysis.text[port.end:vessel.start] \
        else port.start
    event = record(analysis, sent, "PortCall", at, vessel=vessel.key, port=port.key,
                   activity=activity)
    # "called at Novorossiysk (2 May), Sevastopol (5 May) and Tartus": the date in brackets
    # right after the port is its call's
    own = bracketed_time(analysis, sent, port.end)
    if own is None and _LISTED_AFTER.search(analysis.text, max(sent.span.start, port.start - 20), port.start):
        # "called at Shenzhen on 3 May and at Ho Chi Minh City on 9 May": the time right after
        # a port listed after another's is its own
        own = next((t for t in sent.times if port.end < t.start and
                    _TIME_RIGHT_AFTER.fullmatch(analysis.text, port.end, t.start)), None)
    if own is not None:
        event["date"] = own.interval.iso()
    elif analysis.doc_date is not None and _NOW_THERE.search(
            analysis.text, max(sent.span.start, port.start - 40), port.start):
        # "the tanker X, currently anchored off Singapore, ...": there on the report's day
        event["date"] = analysis.doc_date.isoformat()
    elif analysis.doc_date is not None and not event.get("date") and \
            (weeks := _FOR_NTH_WEEK.match(analysis.text, port.end)) is not None and (
                not weeks["n3"] or _HAS_BEEN.search(analysis.text, max(sent.span.start, vessel.end),
                                                    port.start)):
        # "sat idle off Fujairah for a third week": there in the weeks up to the report
        # ("has been idling off Port Said for a week": in the perfect, up to the report too)
        nth = (weeks["nth"] or weeks["n2"] or weeks["n3"]).lower()
        unit = (weeks["unit"] or weeks["unit2"] or weeks["unit3"]).lower()
        count = _ORDINAL_COUNT.get(nth) or NUM_WORDS.get(nth) or (int(nth) if nth.isdigit() else 0)
        if count:
            days = count * (7 if unit.startswith("week") else 1)
            event["date"] = span_dates(shifted_back(analysis.doc_date.isoformat(), days),
                                       analysis.doc_date.isoformat())
    elif analysis.doc_date is not None and _REMAIN_NOW.match(analysis.text, vessel.end) and \
            sent.span.start <= vessel.start and not any(
                t.start >= clause_start(analysis.text, sent.span.start, vessel.start) for t in sent.times):
        # "The X sailed on August 8; the other two remain at their berths": a clause of its own
        # in the present, there on the report's day
        event["date"] = analysis.doc_date.isoformat()
    # "arrived at Nampo three days after leaving Longkou on 3 May": the time told is the
    # leaving's, and the arrival that many days on
    later = _DAYS_AFTER_LEAVING.match(analysis.text, port.end, sent.span.end) if own is None else None
    if later is not None and event.get("date") and any(
            t.start >= later.end() and t.interval.iso() == event["date"] and
            _LEFT_ON.fullmatch(analysis.text, later.end(), t.start) for t in sent.times):
        count = int(later["n"]) if later["n"].isdigit() else NUM_WORDS.get(later["n"].lower(), 0)
        days = count * (7 if later["unit"].lower().startswith("week") else 1)
        if days:
            event["date"] = shifted_back(event["date"], -days)
    if own is None and later is None and len(event["evidence"]) == 1 and event.get("date"):
        _between_deeds(analysis, sent, port, event)
    onward = _THEN_ARRIVED.match(analysis.text, port.end, sent.span.end) \
        if own is None and later is None and len(event["evidence"]) == 1 and event.get("date") else None
    reached = next((p for p in analysis.in_sentence(sent, "Port") if onward is not None and
                    p.form != "anaphor" and onward.end() <= p.start <= onward.end() + 40), None)
    if reached is not None and sent.times and all(t.start >= reached.end for t in sent.times):
        # "loaded gasoline at Aspropyrgos and sailed to Tobruk, arriving on April 9", "left A and
        # arrived at B on April 9": the time told is the arrival's; the call here was in the
        # weeks before it
        event["date"] = weeks_before(event["date"])
    if own is None and not sent.times and len(event["evidence"]) == 1 and event.get("date") and \
            (load := CARGO_LOADED_AT.search(analysis.text, max(sent.span.start, port.start - 40),
                                            port.start)) is not None and \
            _IS_CARRYING.search(analysis.text, max(sent.span.start, load.start() - 60), load.start()):
        # "refuelled off Ceuta on April 26 ... || The ship is carrying Russian diesel loaded at
        # Primorsk": loaded in the weeks before the time told before
        event["date"], event["told_after"] = weeks_before(event["date"]), True
    stayed = activity in ("berthed", "loading", "discharging") and stay_until_left(
        analysis, sent, event, port.end)
    if not stayed and event.get("date") and analysis.doc_date is not None and activity != "departure" and \
            _STILL_THERE.search(analysis.text, port.end, sent.span.end) and \
            ends_before(event["date"], analysis.doc_date.isoformat()):
        # "was towed to an anchorage off Sassnitz in January and has remained there since": the
        # stay runs to the report's day
        event["date"] = span_dates(event["date"], analysis.doc_date.isoformat())
    left = _LEFT_AFTER_ASIDE.match(analysis.text, port.end, sent.span.end) \
        if event.get("date") and activity != "departure" else None
    gone = next((t for t in sent.times if left is not None and left.end() - 3 <= t.start <= left.end()), None)
    since = parse_iso(event["date"].split("/")[0]) if gone is not None else None
    if left is not None and gone is not None and since is not None and since.start <= gone.interval.end and \
            any(t.since and port.end <= t.start < left.end() for t in sent.times):
        # "The X, which had been anchored off Douala since October 28, finally left on December
        # 6": the stay ends with the leaving the main clause tells
        event["date"] = format_interval(since.start, gone.interval.end)
    if own is None and _DAYS_AFTER_IT_HAD.search(analysis.text, max(sent.span.start, port.start - 60),
                                                 port.start):
        # "was damaged by an explosion on February 1, days after it had called at Ust-Luga": in
        # the weeks before the time the sentence tells
        event["date"], event["told_after"] = weeks_before(event.get("date")), True
    if _PREVIOUS_CALL.search(analysis.text, max(sent.span.start, port.start - 40), port.start) and \
            any(e["type"] == "PortCall" and e["vessel"] == vessel.key and e is not event
                for e in analysis.events_at(sent.span.start)):
        # "docked at Sikka on 3 March; its previous port of call was Tartus": in the weeks
        # before the time the sentence tells
        event["date"], event["told_after"] = weeks_before(event.get("date")), True
    trip = _AFTER_TRIP_TO.search(analysis.text, max(sent.span.start, port.start - 120), port.start) \
        if own is None and len(event["evidence"]) == 1 else None
    back = [t for t in sent.times if trip is not None and t.end <= trip.start()]
    if trip is not None and back and not any(trip.start() <= t.start < port.end for t in sent.times):
        # "returned to Baltiysk on Sunday after a month-long trip to Syria, where it called at
        # Tartus": in the weeks of the trip before the return (as long as the trip took)
        event["date"] = weeks_before(back[-1].interval.iso(), _trip_days(trip.group()))
        event["told_after"] = True
        # (a ship that came back after a trip to a port set out from where it came back to: the
        # voyage out is the one that went there; a round trip's leg home is the one told, as
        # "arrived in Baltiysk after a round trip to Ust-Luga")
        event["trip_out"] = bool(_CAME_BACK.search(analysis.text, sent.span.start, trip.start()) and
                                 not re.search(r"\b(?:round|return)\s", trip.group(), re.I))
    if _TOLD_AFTER.search(phrase) or _GOES_BACK.match(analysis.text, sent.span.start, port.start) or \
            _BEFORE_THAT_OPENS.match(analysis.text, sent.span.start, port.start):
        event["told_after"] = True
    done_before = _AFTER_DOING.search(analysis.text, max(sent.span.start, port.start - 60), port.start) \
        if own is None and event.get("date") else None
    if done_before is not None and not any(t.start > done_before.start() for t in sent.times) and \
            any(t.end <= done_before.start() and t.interval.iso() == event["date"] for t in sent.times) and \
            not any(
                e["type"] == "PortCall" and e["vessel"] == vessel.key and e is not event
                for e in analysis.events_at(sent.span.start)):
        # "passed Istanbul on February 9 after loading at Novorossiysk": in the weeks before the
        # time the sentence tells (where the sentence tells a call too, its voyage is dated from
        # both: see `voyages`)
        event["date"], event["told_after"] = weeks_before(event.get("date")), True
    if own is None and (_BEFORE_THAT_AFTER.match(analysis.text, port.end, sent.span.end) or
                        _BEFORE_THAT_AT.search(analysis.text, max(sent.span.start, port.start - 40),
                                               port.start)) and any(
            e["type"] == "PortCall" and e["vessel"] == vessel.key and e is not event
            for e in analysis.events_at(sent.span.start)):
        # "called at Primorsk in November, and at Fujairah before that": before the call told
        # with its time, at no time told
        event["date"], event["told_after"] = None, True
    if _AFTER_STOP.search(analysis.text, max(sent.span.start, port.start - 40), port.start) or \
            _ON_ITS_WAY.match(analysis.text, port.end) or \
            _STOPPED.search(phrase) and _BEFORE_HEADING.match(analysis.text, port.end) or \
            (aboard := _STILL_ABOARD.search(analysis.text, port.end, sent.span.end)) is not None and \
            _GOING_ON.search(analysis.text, aboard.end(), sent.span.end):
        # ("where it stopped for three days at Tripoli, before heading to Cartagena")
        # (or "had stopped at Jeddah on its way north": a stop on the way)
        # "reached Port Klang on April 22, after a stop at Ras Tanura": on the way, before
        # ("proceeded to Vostochny, where it was imaged with its containers still aboard, before
        # moving on to Dunai": nothing unloaded there)
        event["stop"] = True
    if forced:
        event["forced"] = True
    return event


# "... three days after leaving Longkou": how long after leaving another port a ship arrived
_DAYS_AFTER_LEAVING = rx(r"(?:\s+(?:on|in)\s+[^,;.]{1,20}?)?,?\s+(?P<n>a|an|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\s+"
                         r"(?:(?:it|she)\s+(?:had\s+)?)?(?:leaving|departing|sailing\s+from|left|departed|"
                         r"sailed\s+from)\s+", re.I)
# between the port left and the time it was left: "Longkou on "
_LEFT_ON = re.compile(r"(?:the\s+)?(?:port\s+of\s+)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},?\s+(?:on|in)\s+")
# a call told as shortly before the sentence's deed: ", days after it had called at "
_DAYS_AFTER_IT_HAD = rx(r"\b(?:(?:a\s+few|several|two|three|\d+)\s+)?(?:days|weeks|hours)\s+after\s+"
                        r"(?:it|she|the\s+(?:ship|vessel|tanker))\s+had\s+(?:\w+ly\s+)?(?:called|docked|berthed|"
                        r"loaded|left|departed|sailed|visited|stopped)\s+(?:at|in|from)\s+"
                        r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_STILL_TO_COME = rx(r",\s+where\s+(?:it|she|they|the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|carrier))\s+"
                    r"(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:expected|due|scheduled|set|likely)\s+to\s+"
                    r"(?:arrive|dock|berth|reach|call|moor|anchor)\b", re.I)
_STOPPED = rx(r"\b(?:stopp(?:ed|ing)|paused|put\s+in|refuell?(?:ed|ing)|bunker(?:ed|ing))\b", re.I)
# a load told as not yet landed, and the voyage going on after: "with its containers still aboard,
# before moving on to Dunai"
_STILL_ABOARD = rx(r"\b(?:still|yet)\s+(?:aboard|on\s+board|on\s+deck|in\s+(?:its|her|the)\s+holds?)\b|"
                   r"\bwithout\s+(?:unloading|discharging|offloading)\b", re.I)
_GOING_ON = rx(r"\b(?:before|then|and\s+then)\s+(?:moving|sailing|heading|continuing|proceeding|steaming|"
               r"moved|sailed|headed|continued|proceeded|steamed)\s+(?:on\s+)?(?:to|for|towards?)\b", re.I)
# a voyage going on after the port: ", before heading to Cartagena", " and then continued to"
_BEFORE_HEADING = rx(r"(?:[^.;]{0,40}?)?,?\s+(?:before|and\s+then|then)\s+(?:heading|sailing|continuing|"
                     r"proceeding|moving\s+on|going|steaming|headed|sailed|continued|proceeded)\s+(?:on\s+)?"
                     r"(?:to|for|towards?)\b", re.I)
_AFTER_STOP = rx(r"\bafter\s+(?:a|an|its|her)\s+(?:(?:brief|short|\w+-day)\s+)?(?:stop|stopover|call)\s+"
                 r"(?:at|in)\s+(?:the\s+(?:port\s+of\s+)?)?$", re.I)
_PREVIOUS_CALL = rx(r"\b(?:previous|last|prior|preceding)\s+port\s+of\s+call(?:\s+(?:was|had\s+been))?,?\s+"
                    r"(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?$", re.I)
# what follows a call's port and time where the ship left it again: "... and departed on"
# ("arrived on October 3rd, 2024 and left on the 9th": the comma of a date's year)
# (or a time counted from the arrival: "arrived in Tripoli on May 19 and began discharging
# barley the following day", "and left two days later")
# ("docked at Simon's Town on the night of December 6, 2022, and left on December 9")
_THEN_LEFT = rx(r"(?:\s+(?:naval\s+)?(?:base|port|harbou?r|terminal))?"
                r"(?:\s+(?:near|from)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?"
                # (a month's abbreviation's point: "on Sept. 5")
                r"\s+(?:on|in)\s+(?:[^,;.]|,(?=\s\d{4}\b)|\.(?=\s\d)){1,32}?"
                # (what it came with, told after the day: "on January 28 with 45,000 tonnes of ore")
                r"(?:\s+with\s+(?:[\w,.'’-]+\s+){0,6}?[\w'’-]+)?,?\s+and\s+(?:then\s+)?"
                r"(?:(?:departed|left|sailed)(?:\s+(?:again|"
                r"the\s+port))?(?:\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?|"
                r"(?:began|started|finished|completed)\s+(?:discharging|unloading|offloading|loading)"
                r"(?:\s+(?:its\s+|the\s+|a\s+)?(?!on\b|in\b|the\b)[a-z-]+(?:\s+(?!on\b|in\b|the\b)[a-z-]+)?)?)\s+"
                r"(?:(?:on|in)\s+|(?=(?:the\s+)?(?:following|next)\s+(?:day|morning|evening|week)\b|"
                r"(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+later\b))")


# "for a third week", "for the past two weeks": how long a ship has lain there, up to the report
_FOR_NTH_WEEK = re.compile(r"\s+for\s+(?:(?:a|the)\s+(?:(?P<nth>second|third|fourth|fifth|sixth)\s+"
                           r"(?:straight\s+|consecutive\s+)?(?P<unit>week|day)|(?:past|last)\s+(?P<n2>\w+)\s+"
                           r"(?P<unit2>weeks|days))|(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
                           r"(?P<n3>a|one|two|three|four|five|six|\d{1,2})\s+(?P<unit3>weeks?|days?))\b",
                           re.I)
# (a stay told in the perfect: "has been idling off Port Said for a week")
_HAS_BEEN = re.compile(r"\b(?:has|have)\s+been\b")
_ORDINAL_COUNT = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# a ship still where it was, told in the present: "the other two remain at their berths"
_REMAIN_NOW = re.compile(r"\s+(?:still\s+)?(?:remains?|stays?|(?:is|are)\s+still|"
                         r"still\s+(?:lies|lie|sits|sit))\b")
# from a stay's port, its time since, and the aside's close to the main clause's leaving: " since
# October 28, finally left on "
# ("..., which had been waiting at anchor off Tartus since 28 April, berthed on 4 May and left on
# 6 May": the berthing between)
_LEFT_AFTER_ASIDE = re.compile(r"[^,;.]{0,30}?\bsince\b[^,;.]{1,30},\s+"
                               r"(?:(?:berthed|docked|moored|entered\s+(?:the\s+)?port|unloaded|discharged|"
                               r"loaded)\b[^,;.]{0,30}?\s+and\s+)?"
                               r"(?:(?:finally|eventually|then|later)\s+)?(?:left|departed|sailed)(?:\s+(?:the\s+port|again|away))?\s+(?:on\s+|in\s+)?")


# a deed of a list, after the comma that opens it, and the next deed's: ", stopped at", ", and reached"
_LIST_DEED_BEFORE = re.compile(r",\s+(?:then\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|t)\s+(?:[a-z]+\s+){0,2}?$")
_LIST_DEED_AFTER = re.compile(r"[^,;.]{0,60}?,\s+(?:and\s+)?(?:then\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|t)\b")


def _between_deeds(analysis: Analysis, sent: Sentence, port: Mention, event: dict[str, Any]) -> None:
    """"left Ust-Luga on 3 March, stopped at Ceuta to refuel, and reached Mersin on 19 March": a
    deed of a list told with no time of its own, between two that have one, lies between them."""
    text = analysis.text
    before = [t for t in sent.times if t.end <= port.start and not t.since and not t.ahead]
    after = [t for t in sent.times if t.start >= port.end and not t.since and not t.ahead]
    if not before or not after or event["date"] != before[-1].interval.iso():
        return
    prev, nxt = before[-1], after[0]
    opened = _LIST_DEED_BEFORE.search(text, max(prev.end, port.start - 40), port.start)
    closed = _LIST_DEED_AFTER.match(text, port.end, nxt.start)
    if opened is None or closed is None or "," not in text[prev.end:opened.start() + 1] or \
            not prev.interval.end < nxt.interval.start:
        return
    event["date"] = format_interval(prev.interval.start, nxt.interval.end)


def stay_until_left(analysis: Analysis, sent: Sentence, event: dict[str, Any], at: int) -> bool:
    """"arrived at Sikka on 2 March and departed on 5 March" (told from `at`, right after the
    port or the verb of an arrival that names none): the call's stay, from the one day to the
    other. Whether the sentence told so."""
    left = _THEN_LEFT.match(analysis.text, at, sent.span.end)
    gone = next((t for t in sent.times if left and t.start <= left.end() < t.end), None)
    if gone is None or not event.get("date") or not ends_before(event["date"], gone.interval.iso()):
        return False
    event["came"], event["date"] = event["date"], span_dates(event["date"], gone.interval.iso())
    return True


def told_activity(first: str | None, then: str | None) -> str | None:
    """What a ship did at a call told twice: the first telling's, unless it only berthed and
    the other tells a loading or a discharge ("arrived at Mersin ... she discharged a cargo of
    diesel there")."""
    if not first or first == "berthed" and then in ("loading", "discharging"):
        return then or first
    return first


# "The vessel's AIS showed it at anchor off Port Said in June, but it was transmitting a false
# position": where its signal put the ship, told as false
_SIGNAL_SHOWED = rx(r"\b(?:AIS|transponder|signals?|tracking\s+data|positional\s+data|position\s+data)\b"
                    r"[^.;]{0,40}?\b(?:showed|shows|placed|places|put|puts|indicated|indicates|had\s+it|"
                    r"reported|located|locates)\b")
_SIGNAL_FALSE = rx(r"\b(?:false|fake|spoofed|falsified|bogus|manipulated|fabricated)\s+(?:AIS\s+)?"
                   r"(?:position|location|signals?|data|track)|\b(?:signals?|position|AIS|data|track)\s+"
                   r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:spoofed|falsified|fake|false|"
                   r"manipulated|fabricated)\b", re.I)


# "sailed from Mariupol to Izmir in October. || Turkish authorities said the ship was turned away":
# the next sentence says the ship never got into the port it went to
_REFUSED_NEXT = rx(r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|confirmed|added)\s+"
                   r"(?:that\s+)?|(?:However|But),?\s+)?(?:[Ii]t|[Ss]he|[Tt]he\s+(?:[\w-]+\s+)?(?:ship|vessel|"
                   r"tanker|freighter|carrier|bulker))\s+(?:(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:turned\s+(?:away|back)|"
                   r"refused\s+(?:entry|permission|access|a\s+berth)|denied\s+(?:entry|permission|access|"
                   r"a\s+berth)|not\s+(?:allowed|permitted)\s+to\s+(?:enter|dock|berth))|"
                   r"(?:did\s+not|didn['’]t|never|could\s+not)\s+(?:enter|dock|berth))\b")


# "was turned away from Sikka": a refusal, before the port it keeps the ship out of
_REFUSED_FROM = rx(r"\b(?:turned\s+(?:away|back)|refused\s+(?:entry|a\s+berth|permission\s+to\s+(?:enter|"
                   r"berth|dock))|denied\s+(?:entry|a\s+berth)|barred\s+from\s+entering)\s+(?:from|at|to|into|"
                   r"by)?\s*(?:the\s+(?:[\w'’-]+\s+)?(?:port|harbou?r)\s+of\s+)?$", re.I)


_GOT_IN_LATER = rx(r"\b(?:but|later|eventually|finally|until|before|after|then)\b", re.I)


def refused_calls(analysis: Analysis) -> None:
    """A call at the port a ship went to, where the next sentence says it was turned away or
    never got in: no call, nor a delivery there (the ship's own deeds there stand); nor one
    told after its refusal in the same sentence ("was turned away from Sikka and is anchored off
    the port")."""
    text = analysis.text
    for sent in analysis.sentences:
        refused = {p.key: p.start for p in analysis.in_sentence(sent, "Port")
                   if _REFUSED_FROM.search(text, max(sent.span.start, p.start - 60), p.start)}
        if refused:
            analysis.events[:] = [
                e for e in analysis.events
                if not (e["type"] == "PortCall" and e["evidence"][0][0] == sent.span.start and
                        e.get("port") in refused and e.get("position", -1) > refused[e["port"]] and
                        e.get("activity") not in ("loading", "discharging", "departure") and
                        # (not "turned away from Sikka in May but docked there in June")
                        not _GOT_IN_LATER.search(text, refused[e["port"]], e["position"]))]
    for index, sent in enumerate(analysis.sentences[:-1]):
        after = analysis.sentences[index + 1]
        if not _REFUSED_NEXT.match(text, after.span.start, after.span.end):
            continue
        ports = analysis.in_sentence(sent, "Port")
        told = [p.key for p in analysis.in_sentence(after, "Port")]
        if not ports or any(key != ports[-1].key for key in told):
            continue  # (the sentence after tells of another port: whose refusal is unclear)
        port = ports[-1].key
        gone = [e for e in analysis.events_at(sent.span.start) if e["type"] == "PortCall" and
                e["port"] == port and e.get("activity") not in ("loading", "discharging", "departure")]
        if len({e["vessel"] for e in gone}) != 1:
            continue
        ship = gone[0]["vessel"]
        drop = {id(e) for e in gone} | {id(e) for e in analysis.events_at(sent.span.start)
                                        if e["type"] == "Transfer" and e.get("vessel") == ship and
                                        e.get("destination") == port}
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


# "Our review of imagery found no sign of the ship at Baniyas": the call told just before did not
# happen
_REFUTED_NEXT = rx(r"\b(?:found|finds|find|shows?|showed|shown|revealed|reveals|gave|gives)\s+no\s+"
                   r"(?:sign|trace|evidence|record|indication)s?\s+(?:of\s+(?:the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|freighter|"
                   r"carrier|bulker)|it|her|them|the\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z0-9])[\w'’-]*){0,3})\s+|"
                   r"(?:that\s+)?(?:the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|freighter|carrier|bulker)|it|she)\s+"
                   r"(?:ever\s+)?(?:called|docked|berthed|was|went|arrived|unloaded|discharged)\s+)"
                   r"(?:at|in|near|off|to)\s+(?:the\s+(?:port\s+of\s+)?)?(?=(?-i:[A-Z]))", re.I)


# "It did not.", "The ship did not;": the deed told just before denied, the sentence's first words
_DENIED_NEXT = re.compile(r"\s*(?:(?:But|However|In\s+fact),?\s+)?(?:It|She|The\s+(?:[\w-]+\s+)?"
                          r"(?:ship|vessel|tanker|freighter|carrier|bulker))\s+(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|"
                          r"never\s+did)\s*(?:[.;:,—–]|\s-\s|$)")
# "was reported ... to have taken on diesel at Taman, but satellite imagery shows it anchored
# off Kavkaz on that date instead": a look that put the ship elsewhere
_SHOWN_INSTEAD = rx(r"\bbut\s+(?:[^.;]{0,80}?\s)?(?:shows?|showed|shown|placed|places|puts|put|"
                    r"indicates?|indicated|located|locates)\s+(?:it|her|the\s+(?:[\w-]+\s+)?(?:ship|vessel|"
                    r"tanker|freighter|carrier))\b[^.;]{0,80}?\binstead\b", re.I)


def refuted_calls(analysis: Analysis) -> None:
    """A call told as claimed, where the next sentence says a look found no sign of the ship at
    that port (or its own sentence goes on to say a look put it elsewhere instead): no call
    there, nor a delivery."""
    text = analysis.text
    for sent in analysis.sentences:
        shown = _SHOWN_INSTEAD.search(text, sent.span.start, sent.span.end)
        if shown is None:
            continue
        there = {p.key for p in analysis.between(shown.start(), shown.end(), "Port")}
        gone = [e for e in analysis.events_at(sent.span.start) if e["type"] == "PortCall" and
                e["position"] < shown.start() and e["port"] not in there]
        if not there or len({e["vessel"] for e in gone}) != 1:
            continue
        ports = {e["port"] for e in gone}
        drop = {id(e) for e in gone} | {id(e) for e in analysis.events_at(sent.span.start)
                                        if e["type"] == "Transfer" and e.get("vessel") == gone[0]["vessel"]
                                        and ports & {e.get("origin"), e.get("destination")}}
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]
    for index, sent in enumerate(analysis.sentences[:-1]):
        after = analysis.sentences[index + 1]
        found = _REFUTED_NEXT.search(text, after.span.start, after.span.end)
        port = next((p for p in analysis.in_sentence(after, "Port") if found is not None
                     and p.start == found.end()), None)
        if port is None:
            continue
        gone = [e for e in analysis.events_at(sent.span.start)
                if e["type"] == "PortCall" and e["port"] == port.key]
        ships = {e["vessel"] for e in gone}
        if len(ships) != 1:
            continue
        drop = {id(e) for e in gone} | {id(e) for e in analysis.events_at(sent.span.start)
                                        if e["type"] == "Transfer" and e.get("vessel") in ships and
                                        e.get("destination") == port.key}
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]
    for index, sent in enumerate(analysis.sentences[:-1]):
        # "... said the Vostok Star called at Rajin in July. It did not; imagery shows ...": the
        # next sentence denies the deed outright
        after = analysis.sentences[index + 1]
        if not _DENIED_NEXT.match(text, after.span.start, after.span.end):
            continue
        gone = [e for e in analysis.events_at(sent.span.start) if e["type"] == "PortCall"]
        ships = {e["vessel"] for e in gone}
        if len(ships) != 1:
            continue
        ports = {e["port"] for e in gone}
        drop = {id(e) for e in gone} | {id(e) for e in analysis.events_at(sent.span.start)
                                        if e["type"] == "Transfer" and e.get("vessel") in ships and
                                        ports & {e.get("origin"), e.get("destination")}}
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:at\s+|from\s+|in\s+)?(?:the\s+)?")


# the next sentence finds no ship where the signal put it
_NONE_THERE = rx(r"\s*(?:[A-Z][\w-]*\s+){0,3}?(?:imagery|images?|photos?|pictures)\s+"
                 r"(?:from\s+[^.;]{1,30}?\s+)?(?:shows?|showed|reveals?|revealed|found)\s+no\s+"
                 r"(?:ship|vessel|tanker|sign\s+of\s+(?:it|the\s+(?:ship|vessel|tanker)))s?\s+"
                 r"(?:(?:at|in)\s+(?:that|this|the\s+same|the\s+given|its\s+reported)\s+"
                 r"(?:position|location|spot|place|anchorage)|there)\b", re.I)


def spoofed_calls(analysis: Analysis) -> None:
    """Drop a call at a port where only a signal told as false put the ship."""
    text = analysis.text
    for ev in [e for e in analysis.events if e["type"] == "PortCall"]:
        s, e = ev["evidence"][0]
        shown = _SIGNAL_SHOWED.search(text, s, e)
        false = _SIGNAL_FALSE.search(text, shown.end(), e) if shown else None
        rather = _RATHER_THAN.search(text, shown.end(), e) if shown and not false else None
        if shown is not None and rather is not None and any(
                p.key != ev["port"] for p in analysis.between(rather.end(), e, "Port")) and any(
                p.key == ev["port"] and shown.end() <= p.start < rather.start()
                for p in analysis.between(s, e, "Port")):
            # "its AIS signal showed it departing from Kerch rather than Sevastopol": the port
            # the signal gave in place of the one the ship was at
            analysis.events.remove(ev)
            continue
        if shown is not None and false is None and len(ev["evidence"]) == 1 and \
                _NONE_THERE.match(text, e) and \
                all(p.key == ev["port"] for p in analysis.between(s, e, "Port")):
            # "The AIS signal of the X placed it at anchor off Lome. || Satellite imagery shows no
            # ship at that position": the place the signal gave, found empty
            analysis.events.remove(ev)
            continue
        if shown is None or false is None:
            continue
        if any(p.key == ev["port"] and shown.end() <= p.start < false.start()
               for p in analysis.between(s, e, "Port")) and not any(
                p.key == ev["port"] and p.start >= false.end() for p in analysis.between(s, e, "Port")):
            analysis.events.remove(ev)


# "Both ships had loaded at Vostochny days earlier": a group's deed told as before each one's own
_GROUP_OPENS = re.compile(r"\s*(?:Both|The\s+two|All\s+(?:three|four|five|of\s+them)|Each\s+of\s+them)\b")
_DAYS_EARLIER = rx(r"\b(?:(?:a\s+few|several|some|two|three|four|five|\d+)\s+)?(?:days|weeks)\s+"
                   r"(?:earlier|before)\b", re.I)


def earlier_each(analysis: Analysis) -> None:
    """"... the X, which arrived at Rajin on 14 July, and the Y, seen there on 2 August. || Both
    ships had loaded at Vostochny days earlier": each ship's deed came days before its own call
    told before, not before the last time the text gave."""
    text = analysis.text
    for index, sent in enumerate(analysis.sentences):
        if not index or not _GROUP_OPENS.match(text, sent.span.start) or \
                not _DAYS_EARLIER.search(text, sent.span.start, sent.span.end):
            continue
        for event in analysis.events_at(sent.span.start):
            if event["type"] != "PortCall" or event.get("activity") not in ("loading", "departure"):
                continue
            own = [c for c in analysis.events if c["type"] == "PortCall" and c["vessel"] == event["vessel"]
                   and c["evidence"][0][0] < sent.span.start and c.get("date") and c is not event]
            if own:
                event["date"] = shifted_back(weeks_before(own[-1]["date"], 13), 1)
                event["told_after"] = True


def departure_after_arrival(analysis: Analysis) -> None:
    """"left Monfalcone on Thursday after unloading. || The X, which arrived at Monfalcone on
    August 9, ...": a departure and an arrival at one port told apart (in the paragraph or the
    next), the arrival days before, with no other call of the ship between, are one stay."""
    calls = [ev for ev in analysis.events if ev["type"] == "PortCall" and ev.get("date")]
    paragraph = {s.span.start: s.paragraph for s in analysis.sentences}
    drop: set[int] = set()
    for left in calls:
        if left.get("activity") != "departure" or span_days(left["date"]) != 1:
            continue
        came = max((ev for ev in calls if ev is not left and id(ev) not in drop and
                     ev["vessel"] == left["vessel"] and ev["port"] == left["port"] and
                     ev.get("activity") in (None, "berthed") and
                     ev["evidence"][0] != left["evidence"][0] and
                     abs(paragraph.get(ev["evidence"][0][0], -9) -
                         paragraph.get(left["evidence"][0][0], 9)) <= 1 and
                     (gap := gap_days(ev["date"], left["date"])) is not None and 0 < gap <= 30 and
                     span_days(ev["date"]) == 1), key=lambda ev: ev["date"], default=None)
        # (the latest arrival before it; none where another call of the ship, there or elsewhere,
        # is told between: "moored at Rajin on 7 June ... on 17 June ... left two days later")
        if came is None or any(
                ev is not came and ev is not left and ev["vessel"] == left["vessel"] and
                not lies_before(ev["date"], came["date"]) and not lies_before(left["date"], ev["date"])
                for ev in calls):
            continue
        came["came"] = came.get("came") or came["date"]  # (a voyage there ended on arrival,
        came["left"] = left["date"]  # and one from there began on the day it left)
        came["date"] = span_dates(came["date"], left["date"])
        came["evidence"] += [x for x in left["evidence"] if x not in came["evidence"]]
        drop.add(id(left))
    if drop:
        analysis.events[:] = [ev for ev in analysis.events if id(ev) not in drop]


def merge_stays(analysis: Analysis) -> None:
    """"left Odesa on 16 August ... It had been stuck in the port since February 2022": one call
    told twice in a paragraph, once over a span and once at a time within it, is one call, kept
    at the narrower time with the evidence of both."""
    calls: dict[tuple[Any, ...], list[tuple[int, dict[str, Any]]]] = {}
    for ev in analysis.events:
        if ev["type"] == "PortCall" and ev.get("date"):
            sent = analysis.sentence_at(ev["evidence"][0][0])
            calls.setdefault((ev["vessel"], ev["port"]), []).append(
                (sent.paragraph if sent else -9, ev))
    drop: set[int] = set()
    for group in calls.values():
        for par, wide in group:
            if REPEATED_TRIPS.search(analysis.text, *wide["evidence"][0]):
                continue  # ("has made three round trips between A and B since May": many calls)
            # (in the paragraph or the next: news copy gives each sentence its own, "Ships that
            # called at Tartus in May included the X. The X's arrival in Tartus on May 9 ...")
            # (not a year's span: "called at Odesa in 2022. ... called at Odesa on 3 May 2022"
            # may be two calls)
            # (nor a stay told as lasting to the report, in the next paragraph or the one after
            # from the ship's departure within it: one stay, ended by the departure)
            to_report = analysis.doc_date is not None and wide["date"].endswith(analysis.doc_date.isoformat())
            narrow = next((ev for p, ev in group if ev is not wide and id(ev) not in drop and
                           (p == par or abs(p - par) == 1 and span_days(wide["date"]) <= 31 or
                            # (two paragraphs on: "had been held at Karystos since April 19 ... ||
                            # ... || The X sailed from Karystos on Tuesday")
                            0 < abs(p - par) <= 2 and to_report and ev.get("activity") == "departure")
                           and (inside(ev["date"], wide["date"]) or
                                # ("unloaded at Tripoli last week ... arrived in Tripoli on
                                # May 19 and began discharging the following day": a week's
                                # span and a stay at its edge, told as one)
                                span_days(wide["date"]) <= 10 and overlaps(ev["date"], wide["date"])
                                and span_days(ev["date"]) < span_days(wide["date"]) and
                                "departure" not in (ev.get("activity"), wide.get("activity")))), None)
            if narrow is not None and _TOLD_STAY.search(analysis.text, *wide["evidence"][0]):
                # ("loaded ... at Primorsk over the weekend || ... berthed at Primorsk on
                # Saturday and left on Monday": the stay told from its arrival to its departure
                # holds what the ship did in it)
                drop.add(id(narrow))
                wide["evidence"] = narrow["evidence"] + [e for e in wide["evidence"]
                                                         if e not in narrow["evidence"]]
                wide["activity"] = told_activity(wide.get("activity"), narrow.get("activity"))
            elif narrow is not None:
                drop.add(id(wide))
                narrow["evidence"] += [e for e in wide["evidence"] if e not in narrow["evidence"]]
                narrow["activity"] = told_activity(narrow.get("activity"), wide.get("activity"))
                # ("returned to Nampho last week ... || Imagery from Feb. 2 shows a tanker of the
                # same length at Nampho": the call told flatly, its day from the image)
                narrow["confidence"] = stronger(narrow["confidence"], wide["confidence"])
    # "The X was moored at Rajin on 17 June. || On 17 June, the X was moored at Rajin": one call
    # told twice, at the same time, in a paragraph or the next, is one
    for group in calls.values():
        for n, (par, first) in enumerate(group):
            if id(first) in drop or first.get("activity") == "departure":
                continue
            for p, again in group[n + 1:]:
                if id(again) in drop or again["date"] != first["date"] or abs(p - par) > 1 or \
                        again.get("activity") == "departure" or \
                        again.get("confidence") != first.get("confidence") or any(
                            REPEATED_TRIPS.search(analysis.text, *x["evidence"][0]) or
                            _ANOTHER_CALL.search(analysis.text, *x["evidence"][0]) for x in (first, again)):
                    continue
                drop.add(id(again))
                first["evidence"] += [e for e in again["evidence"] if e not in first["evidence"]]
                first["activity"] = told_activity(first.get("activity"), again.get("activity"))
    # "Both vessels later discharged at Dongying. The Nordic Ash arrived there on October 20":
    # a call told with no time and told again, near it, with one is that call
    for ev in analysis.events:
        if ev["type"] != "PortCall" or ev.get("date") or id(ev) in drop:
            continue
        sent = analysis.sentence_at(ev["evidence"][0][0])
        par = sent.paragraph if sent else -9
        timed = [other for p, other in calls.get((ev["vessel"], ev["port"]), [])
                 if id(other) not in drop and abs(p - par) <= 1]
        if len(timed) != 1 or any(_ANOTHER_CALL.search(analysis.text, *x["evidence"][0])
                                  for x in (ev, timed[0])) or \
                ev.get("held_on") and not overlaps(ev["held_on"], timed[0]["date"]) or \
                _HABITUAL_CALL.search(analysis.text, *ev["evidence"][0]) or \
                ev.get("confidence") != timed[0].get("confidence") or ev.get("activity") == "departure":
            # (nor what it does as a rule: "It loads containers at Rason"; nor a telling hedged
            # where the other is not; a departure ends the call: see `merge_departures`)
            continue
        drop.add(id(ev))
        timed[0]["evidence"] += [e for e in ev["evidence"] if e not in timed[0]["evidence"]]
        timed[0]["activity"] = told_activity(timed[0].get("activity"), ev.get("activity"))
    if drop:
        analysis.events[:] = [ev for ev in analysis.events if id(ev) not in drop]


# a ship told in its main verb as carrying a load: "The ship is carrying Russian diesel"
_IS_CARRYING = rx(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+|still\s+)?(?:carrying|laden\s+with|loaded\s+with)\b")
# a sentence telling a stay from its arrival to its departure: "berthed at Primorsk on Saturday
# and left on Monday"
_TOLD_STAY = rx(r"\b(?:arrived|docked|berthed|moored|anchored)\b[^.;]{1,80}?\b(?:and|before|then)\s+"
                r"(?:(?:then|later|finally)\s+)?(?:left|departed|sailed)\b")


# calls made again and again over a span: "has made three round trips between"
REPEATED_TRIPS = rx(r"\b(?:round\s+trips|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|"
                     r"multiple|numerous|\d+)\s+(?:[\w-]+\s+)?(?:trips|voyages|runs|rotations|visits|calls))\b",
                     re.I)
_HABITUAL_CALL = rx(r"\b(?:loads|unloads|discharges|offloads|delivers|calls|visits|docks|berths|sails|"
                    r"shuttles|plies|runs|carries|ships|returns|goes|travels|repeated|voyages|trips|"
                    r"shuttled|regular)\b", re.I)
# a call told as one more: "called at Tartus again", "a second visit", "returned to"
_ANOTHER_CALL = rx(r"\b(?:again|another|second|third|twice|returned|return|back\s+to|once\s+more|"
                   r"repeatedly|regularly|several|times)\b", re.I)


_STAYED = rx(r"\b(?:remained|remains|remain|stayed|(?:was|is|were|are)\s+still|still\s+(?:at|in|off|"
             r"lying|lay|anchored|moored|berthed|waiting|sat))\b")


def _stay_before(history: list[dict[str, Any]], port: Any, undated: bool) -> dict[str, Any] | None:
    """The ship's last call at `port` told before, past calls told after it that came before it
    ("12.03.2024 - Sparta IV arrived from Novorossiysk": the voyage's start) and, if `undated`,
    past calls told with no time; else the last call told (None if none)."""
    if not history:
        return None
    at = next((i for i in range(len(history) - 1, -1, -1) if history[i]["port"] == port), None)
    if at is None:
        return history[-1]
    same = history[at]
    for x in history[at + 1:]:
        if x.get("date") is None and not undated or \
                x.get("date") is not None and not lies_before(x["date"], same.get("date")):
            return history[-1]
    return same


_HAD_ARRIVED = rx(r"\bhad\s+(?:\w+ly\s+)?(?:arrived|docked|berthed|moored|come\s+in(?:to)?)\b")


def merge_departures(analysis: Analysis) -> None:
    """"27 October: The ship arrives at Tartus ... 2 November: It departs Tartus": the arrival
    and the departure of one visit, told apart with no other call of the ship between, are one
    call, from the one's time to the other's."""
    calls = sorted((e for e in analysis.events if e["type"] == "PortCall"),
                   key=lambda e: (e["evidence"][0][0], e["position"]))
    told: dict[Any, list[dict[str, Any]]] = {}
    drop: set[int] = set()
    for ev in calls:
        history = told.setdefault(ev["vessel"], [])
        # "arrived at Porvoo on Thursday. The ship remained at anchor there on Friday": the stay
        # told on, one call (past a call told between with no time, as what came before: "It had
        # loaded petrol at Ust-Luga")
        stayed = ev.get("activity") != "departure" and \
            _STAYED.search(analysis.text, *ev["evidence"][0]) is not None and \
            not _ANOTHER_CALL.search(analysis.text, *ev["evidence"][0])
        # (a departure, past calls told between with no time: "carrying fuel oil loaded at
        # Tuapse, had been held since 20 February. || It left Alexandria on Wednesday")
        before = _stay_before(history, ev["port"], stayed or ev.get("activity") == "departure")
        history.append(ev)
        if before is None or before["port"] != ev["port"] or \
                before.get("activity") == "departure" or ev["evidence"][0] == before["evidence"][0] or \
                REPEATED_TRIPS.search(analysis.text, *before["evidence"][0]):
            continue  # (nor one of many calls: "has made three round trips between A and B")
        a, b = before.get("date"), ev.get("date")
        if ev.get("activity") in (None, "berthed") and not stayed and \
                (back := gap_days(b, a)) is not None and 0 < back <= 3 and \
                _HAD_ARRIVED.search(analysis.text, *ev["evidence"][0]) and \
                ev.get("confidence") == before.get("confidence") and b and ends_before(b, a):
            # "hit the tanker Sig at the port of Taman late on Tuesday ... The Sig had arrived at
            # Taman three days earlier": the stay, from the arrival told after to the call before
            before["date"] = span_dates(b, a)
            before["evidence"] += [x for x in ev["evidence"] if x not in before["evidence"]]
            drop.add(id(ev))
            history.remove(ev)
            continue
        if ev.get("activity") != "departure" and not stayed and not (
                # "returned to Rajin on February 20. Imagery captured on February 21 shows the
                # ship moored at the port's northern pier": seen again within days, the same stay
                (gap := gap_days(a, b)) is not None and 0 < gap <= 3 and
                ev.get("confidence") == before.get("confidence") and
                not _ANOTHER_CALL.search(analysis.text, *ev["evidence"][0])):
            continue
        if a and b and ev.get("activity") == "departure" and inside(b, a) and \
                (ia := a.split("/")[0]) != (ib := b.split("/")[-1]) and ends_before(ia, ib):
            # "has docked in Tripoli" (lately, as the report has it) ... "the ship left Tripoli on
            # June 8": the stay ended then
            before["date"] = span_dates(ia, ib)
        elif not (a and b and ends_before(a, b)) or inside(b, a) or inside(a, b):
            continue
        else:
            before["date"] = span_dates(a, b)
        before["evidence"] += [x for x in ev["evidence"] if x not in before["evidence"]]
        if ev.get("activity") != "departure":
            # ("called at Tartus on 2 May. Two days later the ship was filmed unloading trucks
            # at the Syrian port": what it did there)
            before["activity"] = told_activity(before.get("activity"), ev.get("activity"))
        drop.add(id(ev))
        history.remove(ev)
        if history[-1] is not before:
            history.remove(before)
            history.append(before)
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


_RETELL_REACH = 600  # how far on a call told with no time may be told again with one


# "It is at least the fifth sanctioned tanker to discharge at the terminal this year": a deed
# told before, counted among others of its kind
_NTH_TO = rx(r"\b(?:is|was|became|has\s+been|had\s+been)\s+(?:at\s+least\s+|only\s+|now\s+)?the\s+"
             r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|latest|"
             r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|supertanker|freighter|carrier|"
             r"bulker|boat)s?\s+(?:this\s+(?:year|month|week)\s+|so\s+far\s+)?to\s+", re.I)


def counted_again(analysis: Analysis) -> None:
    """"A supertanker ... unloaded at the Dongjiakou terminal in Qingdao on May 6. || It is at
    least the fifth sanctioned tanker to discharge at the terminal this year": the call (and the
    voyage to it) counted among others is the one told before, not another."""
    drop: set[int] = set()
    events = analysis.events
    for i, ev in enumerate(events):
        if ev["type"] not in ("PortCall", "Transfer") or len(ev["evidence"]) != 1 or \
                not _NTH_TO.search(analysis.text, *ev["evidence"][0]):
            continue
        place = "port" if ev["type"] == "PortCall" else "destination"
        told = next((x for x in events[:i] if x["type"] == ev["type"] and id(x) not in drop and
                     x.get("vessel") == ev.get("vessel") and x.get(place) == ev.get(place) and
                     x["evidence"][0][1] <= ev["evidence"][0][0] and
                     (not ev.get("date") or not x.get("date") or inside(x["date"], ev["date"]))), None)
        if told is not None:
            told["evidence"] += [e for e in ev["evidence"] if e not in told["evidence"]]
            drop.add(id(ev))
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


def merge_retold_calls(analysis: Analysis) -> None:
    """"A tanker sanctioned by the United States has called at Vadinar, India's second-largest
    oil port. || The Gabon-registered X berthed at Vadinar on July 6": a call told first with no
    time (a story's lead) and told again just after with one, of the same ship at the same port,
    with no other call of the ship between, is that call."""
    calls = sorted((e for e in analysis.events if e["type"] == "PortCall"),
                   key=lambda e: (e["evidence"][0][0], e["position"]))
    drop: set[int] = set()
    # the ships each sentence tells at each port (a group told together)
    together: dict[tuple[Any, Any], set[Any]] = {}
    for ev in calls:
        together.setdefault((ev["port"], ev["evidence"][0]), set()).add(ev["vessel"])
    for i, ev in enumerate(calls):
        if id(ev) in drop:
            continue  # (an arrival already merged into the stay before it)
        if ev.get("date") and ev.get("activity") != "departure":
            _arrival_told_after(analysis, ev, calls[i + 1:], drop)
            if id(ev) not in drop and len(together[ev["port"], ev["evidence"][0]]) > 1:
                _told_closer_after(ev, calls[i + 1:], drop)
        if ev.get("date") or ev.get("told_after") or ev.get("activity") == "departure":
            continue
        start = ev["evidence"][0][0]
        for later in calls[i + 1:]:
            if later["vessel"] != ev["vessel"]:
                continue
            if later["evidence"][0][0] - ev["evidence"][0][1] > _RETELL_REACH or \
                    later["port"] != ev["port"] or later["evidence"][0][0] <= start:
                break  # (another call of the ship between: the order of its visits matters)
            if later.get("date") and later.get("confidence") == ev.get("confidence") and \
                    later.get("activity") != "departure" and \
                    not (ev.get("held_on") and not overlaps(ev["held_on"], later["date"])):
                later["evidence"] = ev["evidence"] + [x for x in later["evidence"] if x not in ev["evidence"]]
                later["activity"] = told_activity(later.get("activity"), ev.get("activity"))
                drop.add(id(ev))
            break
    if drop:
        analysis.events[:] = [e for e in analysis.events if id(e) not in drop]


# ("... before arriving off Baniyas on July 14")
_ARRIVED_PLAIN = rx(r"\b(?:arrived|docked|berthed|moored|came\s+in|(?<=before\s)(?:arriving|docking|berthing|"
                    r"mooring))\b")


def _told_closer_after(ev: dict[str, Any], later: list[dict[str, Any]], drop: set[int]) -> None:
    """"The X and the Y sailed from Amirabad to Astrakhan in February. ... The X docked in
    Astrakhan on 11 February": a call told of ships together at a coarse time (a month, a span;
    see `merge_retold_calls`) and told again soon after of one of them at a time within it, with
    no other call of the ship between, is one call, at the closer time. (Of one ship alone,
    "called at Odesa in 2022. || called at Odesa on 3 May 2022" may tell two.)"""
    told = parse_iso(ev["date"])
    for other in later:
        if other["vessel"] != ev["vessel"] or id(other) in drop:
            continue
        if other["port"] != ev["port"] or other["evidence"][0][0] - ev["evidence"][0][1] > _RETELL_REACH:
            return
        inner = parse_iso(other.get("date") or "")
        if told is not None and inner is not None and inner != told and \
                told.start <= inner.start and inner.end <= told.end and \
                other.get("activity") != "departure" and other.get("confidence") == ev.get("confidence"):
            other["evidence"] = ev["evidence"] + [x for x in other["evidence"] if x not in ev["evidence"]]
            other["activity"] = told_activity(other.get("activity"), ev.get("activity"))
            drop.add(id(ev))
        return


def _arrival_told_after(analysis: Analysis, ev: dict[str, Any], later: list[dict[str, Any]],
                        drop: set[int]) -> None:
    """"Ships loading at Chornomorsk this week: the X ... Both vessels arrived on 12 October": a
    stay told with its time, then the arrival that began it told just after (in the days
    before), is one call, from the arrival to the time of the stay."""
    for other in later:
        if other["vessel"] != ev["vessel"] or id(other) in drop:
            continue
        if other["port"] != ev["port"] and other.get("activity") == "departure" and \
                lies_before(other.get("date"), ev["date"]):
            continue  # (the voyage there told first: "sailed from Kharg Island in late June ...
            # before arriving off Baniyas on July 14")
        if other["port"] != ev["port"] or other["evidence"][0][0] - ev["evidence"][0][1] > _RETELL_REACH:
            return
        gap = gap_days(other.get("date"), ev["date"])
        if gap is not None and 0 < gap <= 7 and other.get("activity") in (None, "berthed") and \
                other.get("confidence") == ev.get("confidence") and \
                (_ARRIVED_PLAIN.search(analysis.text, *other["evidence"][0]) and
                 not _HAD_ARRIVED.search(analysis.text, *other["evidence"][0]) or
                 # (a table's row: "| Wren Forest | Iran | 10 Aug | Jose |", under "Arrived")
                 "\t" in analysis.text[slice(*other["evidence"][0])]):
            ev["date"] = span_dates(other["date"], ev["date"])
            ev["evidence"] += [x for x in other["evidence"] if x not in ev["evidence"]]
            drop.add(id(other))
        return
