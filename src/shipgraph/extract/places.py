"""States, ports and places named in the text, found with the bundled gazetteer."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from .base import Analysis, Mention
from .gazetteer import Entry
from .prefilter import rx
from .text import normalize, opens_line, word_starts, words

# A capital that is also a port stands for its government before such words.
_GOVERNMENT_VERB = rx(
    r"^\s*(?:has|have|had|is|was|will|would|does|did|says?|said|denie[sd]|deny|accuse[sd]|"
    r"called|asked|rel(?:y|ies|ied)|rejected|insists?|claims?|wants?|announced|warned|"
    r"recognises|recognizes|condemned|confirmed|threatened|responded|imposed|sanctioned|designated|"
    r"protested|summoned|urged|demanded|welcomed|agreed|signed|expelled|blamed|pledged|vowed|"
    r"promised|dismissed|declined|refused|ordered|banned|approved|retaliated|'s|’s)\b")
# ("its next port of call, Djibouti")
# "the Maersk Hangzhou": a capitalised word between "the" and a port's name makes one name
_NAME_BEFORE = rx(r"\b[Tt]he\s+(?!(?:Port|Harbou?r|Gulf|Bay|Strait|Sea|Island|Isle|Cape|North|South|"
                  r"East|West|Northern|Southern|Eastern|Western|Central|New|Old|Greater|Upper|Lower|Saint|St)\b)"
                  r"(?P<word>[A-Z][\w'’.-]+)\s+$")
# a person's title before a name that is also a port's: "Admiral Nelson", "Lord Churchill"
_TITLE_BEFORE = rx(r"(?<![Tt]he )\b(?:Lord|Sir|Lady|Admiral|General|Marshal|Colonel|Captain|Mr\.?|Mrs\.?|"
                   r"Ms\.?|Dr\.?|President|Minister|Senator|Governor|King|Queen|Prince|Princess)\s+$")
# ("towed it to an anchorage off Skagen": the port's roads)
_PORT_BEFORE = rx(r"(?:port|harbou?r|terminal|anchorage)s?\s+(?:of|at)\s+(?:the\s+)?$|"
                  r"\banchorages?\s+(?:off|outside|near)\s+$|"
                  r"\bports?\s+of\s+call,?\s+$", re.I)
# "Port observers in Tartus recorded ...": the port's people, there (not "observers in Istanbul")
_PORT_PEOPLE_IN = rx(r"\b(?:port|harbou?r)\s+(?:observers?|officials?|agents?|authorit(?:y|ies)|workers?|"
                     r"sources?|watchers?|spotters?|staff|pilots?|operators?|masters?)\s+(?:in|at)\s+$", re.I)
# ("Havana's port")
_PORT_AFTER = rx(r"^\s*(?:port|harbou?r|terminal|anchorage|roads)\b|"
                 # (not "Mozambique's port of Maputo": the port is another's)
                 r"^['’]s\s+(?:port|harbou?r|terminal|anchorage)\b(?!\s+(?:of\b|city\b|(?-i:[A-Z])))", re.I)
# what stands before and after a name alone in a table's cell (bars, tabs, spaced slashes)
_CELL_BEFORE = re.compile(r"(?:\||\t| /)[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*(?:\||\t|/ |\n|$)")
# "arrived at Alexandria": a ship going to a place makes an ambiguous name a port.
_SHIP_GOES = rx(r"\b(?:arriv(?:ed|ing)|dock(?:ed|ing)|berth(?:ed|ing)|call(?:ed|ing)|sail(?:ed|ing)|"
               r"anchor(?:ed|ing)|moor(?:ed|ing)|bunker(?:ed|ing)|re-?fuell?(?:ed|ing)|port\s+calls?|stopover|"
               # ("stopped at Singapore to take on bunkers")
               r"stopp(?:ed|ing)|put(?:ting)?\s+in)\s+"
               r"(?:at|in|to|into|off|from)\s+$|"
               # ("inspected the vessel at Skagen": a ship inspected in port)
               r"\b(?:inspected|searched|boarded|detained)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|"
               r"tanker|carrier|freighter)\s+(?:at|in)\s+$|"
               # ("was inspected and cleared in Djibouti": a ship inspected in port)
               r"\b(?:was|were|been)\s+(?:inspected|searched|examined)(?:\s+and\s+(?:cleared|released|"
               r"approved))?\s+(?:at|in)\s+$|"
               # ("sat off Singapore for months", "lingered outside Tartus")
               # (not "idling off Curaçao", where ships wait at sea off an island's coast)
               r"\b(?:sat|lay|lingered|loitered|waited)\s+(?:off|outside)\s+$|"
               # "discharged Ukrainian wheat at Alexandria": a cargo told between
               # ("before discharging in Singapore")
               r"\b(?:unload(?:ed|ing)|discharg(?:ed|ing)|offload(?:ed|ing)|load(?:ed|ing)|"
               r"deliver(?:ed|ing))\s+(?:[\w,'’-]+\s+){0,5}?(?:at|in|to|into|from)\s+$|"
               # ("completed discharge at Alexandria": a trade note's noun)
               r"\b(?:completed|finished|began|started|commenced)\s+(?:discharge|loading|unloading)\s+"
               r"(?:at|in)\s+$", re.I)
# "called at Jeddah, Port Sudan and Djibouti": the last of a list of ports a ship went to
_LISTED_GOES = rx(r"\b(?:arrived|docked|berthed|called|anchored|moored|unloaded|discharged|loaded|"
                  r"visited|port\s+calls?|stops?)\s+(?:at|in|to|into)\s+(?:the\s+ports?\s+of\s+)?"
                  r"(?:(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s+){1,5}[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},?|"
                  # (of two, too, with no comma: "called at Massawa and Djibouti")
                  r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})"
                  r"\s+(?:and|or)\s+$")
# "took on about 2,000 tonnes of gasoil at Singapore": a load taken on at a state's name that is
# also its port, told at more length than `_SHIP_GOES` looks back
_TOOK_ON_AT = rx(r"\b(?:took|taking|takes)\s+on\s+(?:[\w,.'’-]+\s+){1,7}?(?:at|in)\s+$")
# "The tanker Adrian Darya 1 left Gibraltar", "it departed Singapore": a ship leaving a state's
# name that is also its port (not "the minister left Singapore")
_SHIP_LEFT = rx(r"(?:\b(?:[Ii]t|[Ss]he)|\b(?i:tanker|vessel|ship|carrier|freighter|bulker|ferry|VLCC)"
                r"(?:\s+[A-Z0-9][\w'’-]*){0,4})\s+(?:(?:then|later|finally|eventually|had|has)\s+)?"
                r"(?:left|departed(?:\s+from)?)\s+$")
# "brought wheat from Novorossiysk to Alexandria": a voyage's end, further from its verb
_REACHED = rx(r"\b(?:reach(?:ed|es|ing)|enter(?:ed|s|ing)|made\s+port\s+(?:at|in))\s+$")
_VOYAGE_TO = rx(r"\b(?:carri(?:ed|es)|carrying|shipp(?:ed|ing)|brought|bringing|deliver(?:ed|ing|s)|"
                # (and the bare verb of a voyage told as caused or ordered: "caused the X to
                # return to Singapore")
                r"transport(?:ed|ing|s)?|sail(?:ed|ing|s)?|head(?:ed|ing|s)?|bound|en route|"
                r"return(?:ed|ing|s)?|continu(?:e|ed|ing|es)|proceed(?:ed|ing|s)?|"
                # ("was later escorted to Gibraltar for inspection": taken there)
                r"escort(?:ed|ing)|tow(?:ed|ing)|divert(?:ed|ing)|"
                # ("left Novorossiysk for Alexandria with wheat")
                r"left|leaving|depart(?:ed|ing|s)|"
                r"from\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\b[^.;:]{0,60}?"
                r"\s(?:to|for)\s+$")
# ("Dubai-based Silverline Ship Management": not "a Sevastopol-based frigate", see _SHIP_BASED)
_FIRM_OF_CITY = rx(r"[-–](?:headquartered|incorporated|listed|"
                   r"(?:registered|based)(?=\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|"
                   r"firms?|managers?|owners?|operators?|entit(?:y|ies)|business(?:es)?|traders?|brokers?|"
                   r"subsidiar(?:y|ies)|shell|fronts?)\b|"
                   # ("the Mumbai-registered Avantika Shipping": a firm's name, after it)
                   r"\s+(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+(?-i:Shipping|Shipmanagement|"
                   r"Ship\s+Management|Trading|Holdings|Logistics|Navigation|Maritime|Marine|Tankers|Ltd|LLC|"
                   r"Limited|Inc|Corp|Company|Group|FZE|DMCC)\b))")
# a ship's home port: "The vessel was based in Sevastopol", "a Sevastopol-based frigate"
_SHIP_BASED = rx(r"\b(?:vessel|ship|tanker|frigate|corvette|destroyer|submarine|fleet|flotilla|boat|ferry|"
                 r"warship|cruiser|it|she|ships|vessels|warships|boats)\s+(?:(?:was|is|were|are|had\s+been|"
                 r"has\s+been|have\s+been)\s+)?(?:\w+ly\s+)?based\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_NAME_BASED = re.compile(r",?\s+(?:(?:was|is|were|are|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?based\s+"
                         r"(?:in|at)\s+(?:the\s+)?")
_BASED_SHIP = re.compile(r"[-–]based\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|tanker|frigate|corvette|destroyer|"
                         r"submarine|fleet|flotilla|boat|ferry|warship|cruiser|tug|patrol)s?\b", re.I)
CITY_BEFORE = rx(r"\bmanaged\s+from\s+$|(?:based|headquartered|incorporated|registered|court|office|"
                          r"located|offices?|headquarters|capital)\s+(?:in|of)\s+(?:the\s+)?$|"
                  # "a company in Dubai", "an intermediary in Singapore"
                  r"\b(?:company|companies|firm|firms|trader|traders|manager|owner|operator|bank|"
                  r"businessman|businessmen|businesswoman|entrepreneur|tycoon|oligarch|intermediary|middleman|"
                  r"broker|shell company|subsidiary|"
                  # "an open-source researcher in Istanbul who tracks naval traffic": who watches
                  # from the city
                  r"researchers?|analysts?|observers?|watchers?|enthusiasts?|spotters?|"
                  r"photographers?|journalists?|reporters?|correspondents?|diplomats?|"
                  r"bloggers?|residents?|"
                  # "shipping insurers in London", "bankers in Dubai"
                  # ("A businessman from Vladivostok who owns the vessel")
                  r"insurers|underwriters|bankers|lawyers|executives|investors|financiers|regulators)\s+"
                  r"(?:in|from)\s+$|"
                  # "Blue Horizon Shipmanagement of Athens": where a company sits
                  r"\b(?:ship\s?management|shipping|maritime|marine|navigation|lines|tankers|trading|"
                  r"ltd\.?|inc\.?|llc|co\.|corp\.?|group|company|firm)\s+of\s+$",
                  re.I)
# what names an accord or a body after a capital's name: "Paris MoU", "Tokyo Memorandum"
_ACCORD_AFTER = re.compile(r"\s+(?:MoU|MOU|(?i:memorandum|agreements?|accords?|convention|protocol|"
                           r"declaration)|Club|Process|Format|Group)\b")
_ORG_AFTER = rx(r"\s+(?:Research|Shipping|Shipmanagement|Ship\s+Management|Maritime|Energy|Capital|"
                r"Partners|Securities|Bank|Group|Holdings|Institute|University|Logistics|Trading|"
                r"Petroleum|Tankers|Navigation|Ltd|Inc|LLC|Corp|Corporation|Associates|Consulting|"
                r"Analytics|Insurance)\b")
# (people meet "in" a place; ships meet another ship: "met the Lyra in Victoria")
_GATHERING_IN = rx(r"\b(?:met|meet|meets)\s+(?:(?:on|last|this|early|late)\s+\w+\s+)?in\s+$|"
                   # "met Russian President Vladimir Putin in Sochi": people met there
                   r"\b(?:met|meet|meets|hosted|hosts|received)\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,4})in\s+$|"
                   r"\b(?:meeting|talks|summit|conference|forum|rally|protest|ceremony|negotiations|"
                   r"elections?|court|trial|hearing)\s+(?:[\w,'’-]+\s+){0,3}?in\s+$")
# "talks in Moscow", "a rally outside Tehran": a capital where something happens is the city
_IN_CITY = rx(r"\b(?:in|at|near|outside|around)\s+$")
# "trucked to Bamako", "flown on to Minsk": a capital reached by land or air is the city
_OVERLAND_TO = rx(r"\b(?:by\s+(?:road|rail|truck|lorry|train|air|plane|land)|overland|trucked|driven|"
                  r"flown|railed|airlifted)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:the\s+)?$|"
                  # "Victoria Nuland visited Kyiv", "a trip to Pyongyang": people go to the city
                  r"\b(?:visit(?:ed|s|ing)?|toured|(?:trip|visit|journey|flight)\s+to|fl(?:ew|ies|ying)\s+"
                  r"(?:in)?to|travel(?:l?ed|l?ing|s)?\s+to)\s+$", re.I)
# "officials in Tehran said": those who govern from the capital are its government
_RULERS_IN = rx(r"\b(?<!port )(?<!harbour )(?<!harbor )(?<!customs )(?<!local )(?<!city )"
                r"(?:officials?|authorities|government|leaders?|leadership|regime|diplomats?|"
                r"ministers?|policymakers|policy-makers|decision-makers|rulers)\s+in\s+$", re.I)
_PLACE_PATTERN = rx(
    r"\b(?:(?:Gulf|Sea|Strait|Straits|Bay|Port Limits|Canal|Sound|Bight)\s+of\s+(?:the\s+)?"
    # (not a ship's kind before its name: "the Aframax Sea Jewel")
    r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?|(?!(?:The|An?|In|On|At|By|From|To|Aframax|Suezmax|Panamax|"
    r"Handymax|Supramax|Ultramax|Kamsarmax|Capesize|Handysize|VLCC|ULCC|Tanker|Vessel|Ship|Freighter|"
    r"Bulker|MV|MT)\s)"
    r"[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2}\s"
    r"(?:Sea|Gulf|Strait|Straits|Bay|Channel|Ocean|Peninsula|peninsula|Island|Islands|delta|Delta|"
    r"River|Basin|Valley|City|"
    r"province|Province|region|Region|Oblast|oblast|Krai|state|governorate|Governorate|prefecture|"
    r"Prefecture|exclave|enclave))\b")
# a port's name before the word for a region named after it: "the Kherson region", "Hodeidah
# governorate" are the region (a Place, found by `_PLACE_PATTERN`), not the port
# "the Kaliningrad port of Baltiysk": a port named after the place it is in
_PORT_OF_AFTER = re.compile(r"\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:port|harbou?r)\s+of\s+(?-i:[A-Z])")
_REGION_AFTER = rx(r"\s+(?:province|Province|region|Region|Oblast|oblast|Krai|governorate|Governorate|"
                   r"prefecture|Prefecture|exclave|enclave)\b")
# What follows the city of a dateline: a date and/or an agency in brackets, then a dash.
_DATELINE = rx(r",?\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*"
               r"(?:\([^()\n]{1,40}\))?|\([^()\n]{1,40}\))\s*(?:[-–—]|--)\s")  # ("(Yonhap) --")
_BARE_DATELINE = rx(r"[ \t]*[-–—]\s")  # (not a list's bullet on the next line)
# the cities of a dateline before the last ("SANAA/LONDON, Feb 27 -")
_DATELINE_HEAD = re.compile(r"[ \t]*(?:[A-Z][A-Z .'’-]{1,30}/\s?)+")
_DATELINE_MORE = re.compile(r"(?:/\s?[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2})+")
# ("the Lanshan terminal, part of Rizhao port": the facility's word before the comma)
_PART_OF = rx(r"(?:\s+(?:oil\s+|container\s+|grain\s+|coal\s+|crude\s+)?(?:terminal|berth|pier|quay|port))?"
              r",?\s+(?:(?:which\s+is\s+)?(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:part|section|terminal|"
              r"berth|harbou?r|district|area|zone|pier|quay)\s+(?:of|in|at|within)|(?:oil\s+|container\s+|"
              r"grain\s+|coal\s+|crude\s+)?(?:terminal|berth|pier|quay)\s+(?:in|at|of))\s+(?:the\s+)?"
              r"(?:(?:port|harbou?r)\s+(?:of|at)\s+)?")
# a terminal's word after its name: "Lanshan terminal", "Sheskharis oil terminal"
_TERMINAL_AFTER = re.compile(r"\s+(?:(?:oil|container|grain|coal|crude|LNG|fuel)\s+)?"
                             r"(?:terminal|berth|pier|quay|jetty|wharf)s?\b", re.I)
# after a sea's one-word name, what makes it an adjective of peoples or part of another name
_NOT_THE_WATERS = rx(r"\s+(?:states|countries|nations|republics|neighbou?rs|governments|allies|members|"
                     r"partners|leaders|peoples?|(?-i:[A-Z])[\w'’-]*)\b", re.I)
# "the island", "the island nation": a state that is an island, told of before (not "the island
# of Kish", nor "the islands")
_THE_ISLAND = rx(r"\b[Tt]he\s+island(?:\s+(?:nation|state|country|republic))?\b(?!\s+of\b|['’]s\s+"
                 r"(?:north|south|east|west)|s\b)")
# a sea area told again by the word that ends its name: "moored alongside the Y in the gulf"
# (after "the Laconian Gulf"; not "the Gulf", which names one of its own)
_THE_FEATURE = rx(r"\b(?-i:the)\s+(?P<word>(?-i:gulf|bay|strait|straits|sea|channel|sound|lagoon|estuary|"
                  r"roads|roadstead))\b(?!\s+of\b|-)")
# states that are one island or an island group
_ISLAND_STATES = frozenset({"CUB", "TWN", "LKA", "CYP", "MLT", "JAM", "ISL", "IRL", "MDG", "MUS",
                            "BHR", "SGP", "TTO", "BHS", "BRB", "FJI", "SYC", "MDV", "COM", "CPV",
                            "STP", "PLW", "VUT", "TUV", "NRU", "KIR", "MHL", "DMA", "GRD", "LCA",
                            "VCT", "KNA", "ATG", "TON", "WSM", "NZL", "JPN", "PHL", "IDN", "BRN"})
_PORT_COMMA = re.compile(r"\b(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s+$")
# an oil's grade, named for the port it is loaded at: "barrels of Varandey crude", "loaded Basrah
# Medium" (not "the Kozmino crude terminal", nor "Primorsk oil loadings": the port)
# ("2 mln bbl of Iraqi Basrah Medium": a state's adjective may stand between)
_GRADE_BEFORE = re.compile(r"\b(?:of|loaded|loading|loads|lifted|lifting|carrying|carried|carries|"
                           r"with|took\s+on|taking\s+on|bought|buying|buys|sold|selling)\s+"
                           r"(?:(?-i:[A-Z])[a-z]+(?:i|an|ian|ese|ish)\s+)?$")
_GRADE_AFTER = re.compile(r"\s+(?:(?:Medium|Heavy|Light|Blend|Sweet|Sour)\b|crude\b|blend\b|grade\b)"
                          r"(?!\s+(?:oil\s+)?(?:terminal|port|pier|jetty|berth|refinery|facility|loading"
                          r"|export|storage|field))")
# a state's name that opens the name of a feature or a city: "the Congo River", "Mexico City"
_FEATURE_AFTER = re.compile(r"\s+(?:River|Delta|Basin|Valley|Mountains|Desert|Lake|Plateau|Highlands|City|"
                            r"New\s+Year)\b")  # ("Chinese New Year": a feast)
# a port's name that opens a river's: "the Paraná River", "the Parana river" (not "the Parana
# River port", a port told so)
_RIVER_AFTER = re.compile(r"\s+(?:River|river|Delta|delta|Estuary|estuary)\b"
                          r"(?!\s+(?:port|terminal|harbou?r)\b)")
_TOWN_PATTERN = rx(r"\b(?:town|city|village|island|region|province) of\s+"
                           r"(?P<name>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?)")


# A port named as one that the gazetteer lacks: "the port of X", "the Korean ports of X and Y",
# "the X port" (a word of its name before "port" only after "at", "the" and the like); a particle
# ("de", "al") only inside a name, never at its end ("the port of Konarak days earlier").
_PORT_NAME = r"[A-Z][\w'’.-]*[\w'’](?:[ ](?:(?:de|del|da|do|di|al|el|la|le)[ ])?[A-Z][\w'’.-]*[\w'’]){0,2}"
_UNLISTED_PORT = rx(
    r"\b(?P<port>(?:[Pp]ort|[Ss]eaport|[Hh]arbou?r)s?(?:\s+(?:city|town))?\s+of|port\s+city\s+of)\s+"
    r"(?!(?:the|a|an|call|entry|registry|origin|destination|departure|discharge|loading)\b)"
    r"(?P<name>" + _PORT_NAME + r")(?:(?:,\s+(?P<name2>" + _PORT_NAME + r"))?,?\s+and\s+"
    r"(?P<name3>" + _PORT_NAME + r"))?|"
    # "unloaded at Dangjin": where a ship docked or unloaded (a vessel told before in the sentence)
    r"\b(?P<deed>called|docked|berthed|moored|unloaded|discharged|offloaded|arrived)\s+(?:at|in)\s+"
    r"(?P<after_deed>[A-Z][\w'’-]*[\w'’](?:[ ][A-Z][\w'’-]*[\w'’])?)"
    r"(?=\s*(?:[,.;]|\s(?:on|in|last|this|and|before|after|where|from|with|for|to|early|late|"
    r"between)\b))|"
    r"\b(?:at|in|into|from|to|near|off|via|the)\s+(?P<late>" + _PORT_NAME + r")\s+"
    r"(?P<lateport>(?:sea)?port)\b(?!\s+(?:of|calls?|authorit|operator|official|state|city))")
# "the Crimean port": a people's or region's adjective, not a port's name
_PEOPLES_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i)")
_NOT_PORT_WORDS = frozenset({
    "The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Which", "Each", "Every",
    "Sea", "Gulf", "Bay", "Strait", "Ocean", "Island", "Islands", "River", "Canal", "Channel",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Main", "New", "Old", "Home", "Naval", "Navy", "Military", "Commercial", "Free", "Deep", "Dry",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Black", "Red", "Baltic", "Arctic", "Caspian", "Mediterranean",
    "Pacific", "Atlantic", "Indian", "Far", "Middle", "Kremlin", "Houthi", "Houthis", "Hamas",
    "Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Antarctica", "Pier", "Berth",
    "Quay", "Terminal", "Anchorage", "Dock", "Jetty", "Wharf", "Gate", "Zone", "Area", "Point",
    "Hezbollah", "Wagner", "Taliban", "UN", "US", "EU", "NATO", "AIS", "IMO", "MMSI", "Port"})


def _ship_did(analysis: Analysis, pos: int) -> bool:
    """Whether the deed at `pos` is a ship's: a vessel named before it in its sentence, or a
    sentence that opens on a ship ("It", "The tanker")."""
    sent = analysis.sentence_at(pos)
    if sent is None:
        return False
    if any(v.end <= pos for v in analysis.between(sent.span.start, pos, "Vessel")):
        return True
    return _SHIP_OPENS.match(analysis.text, sent.span.start, pos) is not None


_SHIP_OPENS = re.compile(r"\s*(?:It|She|The\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|freighter|carrier|"
                         r"bulker|ferry))\b")
_STATE_AFTER = re.compile(r",\s+(?P<state>[A-Z][\w'’ -]{1,30}?)\b")

_CITY_NOUN = re.compile(r"\s+(?:address|addresses|office|offices|headquarters|firm|firms|company|companies|"
                        r"court|courts|police|prosecutors?|ruler|emirate|hotel|apartment|bank|banks|"
                        # ("the same Dubai manager", "a Hong Kong shell company")
                        r"airport|managers?|owners?|operators?|traders?|brokers?|shell|shipowners?|"
                        r"businessman|businessmen|investors?)\b")
_HEADING_OF_SHIPS = re.compile(r"\s*[:–—]\s+(?!(?:No|None|Nothing)\b)[^\n]{0,80}?\b(?i:ship|vessel|tanker|"
                               r"carrier|freighter|"
                               r"bulker|ferry|docked|berthed|discharged|unloaded|loaded|called|arrived|"
                               r"moored|anchored)")


class PlaceExtractor:
    """Gazetteer names (longest match) and pattern-found places not in the gazetteer."""

    name = "places"

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.text
        found: list[tuple[int, int, list[Entry]]] = []
        for sent in analysis.sentences:
            toks = sent.words
            starts: list[int] = []
            for i, n, entries in _gazetteer_hits(analysis, toks):
                starts = starts or word_starts(text, sent.span.start, toks)
                start, end = starts[i], starts[i + n - 1] + len(toks[i + n - 1])
                if text[end - 2:end] in ("'s", "’s"):
                    end -= 2  # "Russia's Far East": the name without its possessive
                if not analysis.taken(start, end):
                    found.append((start, end, entries))
        # (not "Greek-managed tankers", "a Gabon-flagged ship": who runs a ship or flags it says
        # nothing of which of two ports of one name it went to)
        mentioned = {e.country for start, end, entries in found for e in entries
                     if e.kind == "State" and len(entries) == 1
                     and not _OF_SHIPS_ONLY.match(text, end)} | _title_states(analysis)
        # the ports the report names that are of one place only: where a port of a name several
        # ports share is likely to be ("Douala ... Pointe-Noire": the Congo's, not Quebec's)
        # (a capital that is also its state's name for its government is of one place: "Lome")
        anchors = tuple((e.lat, e.lon) for _start, _end, entries in found
                        if len([x for x in entries if x.kind == "Port"]) == 1 and
                        len({x.country for x in entries}) == 1
                        for e in entries if e.kind == "Port" and e.lat is not None and e.lon is not None)
        # where each state is named: "Lagos, Greece", "the Greek port of Lagos"
        states = sorted((start, end, e.country) for start, end, entries in found for e in entries
                        if e.kind == "State" and len(entries) == 1)
        state_starts = [a for a, _b, _c in states]
        for start, end, entries in found:
            # (in the same sentence: not "sailed for Lagos. Greek authorities said ...")
            near = {c for a, b, c in states[bisect_left(state_starts, start - _BESIDE):
                                            bisect_right(state_starts, end + _BESIDE)]
                    if b <= end + _BESIDE and not _SENTENCE_GAP.search(text, min(b, end), max(a, start))}
            # "The Nova delivered naphtha from Ust-Luga to Singapore": a ship's voyage's end
            # (asked only of a name that is both a state's and a port's)
            # ("The X ... || It later reached Djibouti for repairs": a ship's, told by a pronoun)
            voyage = len({e.kind for e in entries}) > 1 and (
                _VOYAGE_TO.search(text, max(0, start - 90), start) is not None and
                bool(analysis.between(max(0, start - 200), start, "Vessel")) or
                _REACHED.search(text, max(0, start - 30), start) is not None and
                bool(analysis.between(max(0, start - 600), start, "Vessel")))
            entry = self._choose(text, start, end, entries, mentioned, near, voyage, anchors)
            if entry is None:
                continue
            more = _DATELINE_MORE.match(text, end)  # "SANAA/LONDON, Feb 27 -": both
            after = more.end() if more else end
            if (_DATELINE.match(text, after) or text[start:end].isupper() and _BARE_DATELINE.match(
                    text, after)) and (opens_line(text, start) or _DATELINE_HEAD.fullmatch(
                    text, text.rfind("\n", 0, start) + 1, start)):
                continue  # "JAKARTA, July 10 (Wire) -", "CARACAS —": where it was filed
            mtype = entry.kind
            # "a company registered in Moscow", "a Dubai-based trader": the city, not the port
            # nor the government
            if (mtype == "Port" or entry.form == "capital") and (
                    CITY_BEFORE.search(text[max(0, start - 40):start])
                    and not _PORT_PEOPLE_IN.search(text, max(0, start - 40), start)
                    and not (mtype == "Port" and (_SHIP_BASED.search(text, max(0, start - 80), start) or any(
                        _NAME_BASED.fullmatch(text, v.end, start)
                        for v in analysis.between(max(0, start - 80), start, "Vessel"))))
                    or text.startswith(("-based", "–based"), end) and not (
                        mtype == "Port" and _BASED_SHIP.match(text, end))
                    # "Dubai-registered managers", "a Limassol-headquartered firm"
                    or _FIRM_OF_CITY.match(text, end)
                    # "visited the Dubai address", "the Dubai office": the city
                    or mtype == "Port" and _CITY_NOUN.match(text, end)):
                mtype = "Place"
            elif mtype == "Port" and _GATHERING_IN.search(text, max(0, start - 60), start) and \
                    not _PORT_AFTER.match(text[end:end + 30]):
                mtype = "Place"  # "security chiefs met in Victoria": the city, not its port
            elif mtype == "Port" and _REGION_AFTER.match(text, end):
                continue  # "farms in the Kherson region": the region (see `_patterns`)
            elif mtype == "Port" and _PORT_OF_AFTER.match(text, end):
                mtype = "Place"  # "the Kaliningrad port of Baltiysk": the region the port is in
            elif mtype == "Port" and _TITLE_BEFORE.search(text, max(0, start - 12), start):
                continue  # "Admiral Nelson": a person
            elif mtype == "Port" and _RIVER_AFTER.match(text, end):
                continue  # "ran aground in the Paraná River": the river, not the port of its name
            elif mtype in ("Place", "Port") and text.endswith("New ", 0, start):
                continue  # "Bayonne, New Jersey", "New Britain": a name of its own, not the island
            elif mtype == "Place" and " " not in text[start:end] and _NOT_THE_WATERS.match(text, end):
                continue  # "its Baltic neighbours", "the Pacific Fleet": no sea named
            elif mtype == "State" and (_FEATURE_AFTER.match(text, end) or
                                       text.endswith("New ", 0, start)):
                continue  # "the Niger Delta", "Mexico City", "New Guinea": no state named
            elif mtype == "State" and text.startswith("$", end):
                continue  # "US$ 40 million": a currency
            elif mtype == "State" and text[start:end] == "Georgia" and (
                    before_port := _PORT_COMMA.search(text, max(0, start - 40), start)) and any(
                    e.kind == "Port" and e.country == "USA"
                    for e in analysis.gazetteer.lookup(before_port["name"])):
                continue  # "Savannah, Georgia": the American state
            elif mtype == "Port" and _GRADE_AFTER.match(text, end) and \
                    _GRADE_BEFORE.search(text, max(0, start - 20), start):
                continue  # "730,000 barrels of Varandey crude at Murmansk": a grade, not a call
            elif mtype == "Port" and _ORG_AFTER.match(text, end):
                continue  # "Clarkson Research", "Singapore Shipping Ltd": a firm's name
            elif mtype == "Port" and (lead := _NAME_BEFORE.search(text, max(0, start - 40), start)) \
                    and not analysis.gazetteer.lookup(lead["word"]):
                continue  # "The Maersk Hangzhou was attacked": the last word of a ship's name
            elif entry.form == "capital" and (_IN_CITY.search(text[max(0, start - 10):start]) and
                                              not _RULERS_IN.search(text[max(0, start - 40):start])
                                              or _OVERLAND_TO.search(text, max(0, start - 60), start)):
                # ("driven by road to Bamako": the city, reached over land)
                # "talks in Moscow" (a port city stays its port: "shipbrokers in Istanbul")
                mtype = "Place"
            if entry.form == "capital" and _ACCORD_AFTER.match(text, end):
                continue  # "the Paris MoU database", "the Minsk agreements": an accord's name
            m = analysis.add(Mention(start, end, text[start:end], mtype,
                                     entry.key if mtype != "Place" or entry.kind == "Place"
                                     else "city-" + normalize(entry.name if entry.kind == "Port"
                                                              else text[start:end]).replace(" ", "-"),
                                     form=entry.form))
            m.attrs["entry"] = entry
        self._unlisted_ports(analysis)
        self._patterns(analysis)
        self._parts_of_ports(analysis)
        self._the_island(analysis)
        self._the_feature(analysis)

    @staticmethod
    def _the_feature(analysis: Analysis) -> None:
        """"moored alongside the Y in the gulf": the one place named shortly before whose name
        holds that word (the Laconian Gulf)."""
        text = analysis.text
        for m in _THE_FEATURE.finditer(text):
            if analysis.taken(m.start(), m.end()):
                continue
            word = m["word"].lower()
            named = [x for x in analysis.between(max(0, m.start() - 600), m.start(), "Place")
                     if x.end <= m.start() and x.form != "anaphor"
                     and word in x.text.lower().split()]  # ("the Gulf of Oman" is a gulf too)
            if len({x.key for x in named}) == 1:  # (one such place told of: no doubt which)
                analysis.add(Mention(m.start(), m.end(), m.group(), "Place", named[-1].key,
                                     form="anaphor"))

    @staticmethod
    def _the_island(analysis: Analysis) -> None:
        """"Mexico also shipped crude to the island": the island state named just before."""
        text = analysis.text
        for m in _THE_ISLAND.finditer(text):
            if analysis.taken(m.start(), m.end()):
                continue
            named = [x for x in analysis.between(max(0, m.start() - 400), m.start(), "State")
                     if x.form in ("name", "capital") and x.end <= m.start()
                     and x.key in _ISLAND_STATES]
            if len({x.key for x in named}) == 1:  # (one island state told of: no doubt which)
                analysis.add(Mention(m.start(), m.end(), m.group(), "State", named[-1].key,
                                     form="anaphor"))

    @staticmethod
    def _parts_of_ports(analysis: Analysis) -> None:
        """"Lanshan, part of Rizhao port", "the Dongjiakou terminal in Qingdao": a port named as
        part of another is that port (its name stays as an alias)."""
        ports = analysis.between(0, len(analysis.text) + 1, "Port")
        text = analysis.text
        for first, second in zip(ports, ports[1:], strict=False):
            if first.key != second.key and "entry" in second.attrs and \
                    _PART_OF.fullmatch(text, first.end, second.start):
                first.key, first.attrs["entry"] = second.key, second.attrs["entry"]
            elif first.key != second.key and "entry" in first.attrs and \
                    re.fullmatch(r"['’]s\s+", text[first.end:second.start]) and \
                    _TERMINAL_AFTER.match(text, second.end):
                # "Rizhao's Lanshan terminal": a terminal of the port told as its owner (but
                # "Basra's Khor al-Zubair port" is a port of its own)
                second.key, second.attrs["entry"] = first.key, first.attrs["entry"]

    @staticmethod
    def _choose(text: str, start: int, end: int, entries: list[Entry],
                mentioned: set[str | None], near: AbstractSet[str | None] = frozenset(),
                voyage: bool = False, anchors: tuple[tuple[float, float], ...] = ()) -> Entry | None:
        before = text[max(0, start - 30):start]
        wide = text[max(0, start - 90):start]
        after = text[end:end + 30]
        # ("a port official in Alexandria said": who works a port tells of it)
        port_context = bool(_PORT_BEFORE.search(before) or _PORT_AFTER.match(after) or
                            _PORT_PEOPLE_IN.search(text, max(0, start - 40), start)) or (
            # a port's heading over its news: "ALEXANDRIA: The bulk carrier Nordic Hope discharged"
            (start == 0 or text[start - 1] == "\n") and _HEADING_OF_SHIPS.match(text, end) is not None) or (
            # a table's cell that holds the name alone: "| Kapitan Orlov | 07.03 | Alexandria |"
            _CELL_BEFORE.search(before) is not None and _CELL_AFTER.match(after) is not None)
        ports = [e for e in entries if e.kind == "Port" and (
            e.form != "ambiguous" or port_context or e.country in mentioned
            and re.search(r"\b(?:at|in|from|to|into|off|near|via|through)\s+$", before)
            or _SHIP_GOES.search(before) or _VOYAGE_TO.search(wide)
            # ("The tanker X left Bar, Montenegro": a port named by a common word a ship left)
            or e.form == "ambiguous" and _SHIP_LEFT.search(before))]
        if len(ports) > 1:
            # ("Freeport": the ports of that name before one that has it as another name, unless
            # that one is two sizes larger)
            said = normalize(text[start:end])
            own_name = [p for p in ports if normalize(p.name) == said]
            if own_name and max(p.size for p in own_name) >= max(p.size for p in ports) - 1:
                ports = own_name
        states = [e for e in entries if e.kind in ("State", "Place")]
        if ports and states:
            capital = [e for e in states if e.form == "capital"]
            if capital and not port_context:
                # (the capital's own port, unless the text names the state of another port of
                # that name and not the capital's: "detained in Lebanon, left Tripoli")
                own = [p for p in ports if p.country == capital[0].key]
                named = [p for p in ports if p.country != capital[0].key and p.country in mentioned]
                if named and capital[0].key not in mentioned:
                    return _best_port(named, mentioned, near, anchors)
                # ("docked at Tripoli, Lebanon", where Libya is told of too: the state beside it)
                beside = [p for p in named if p.country in near]
                if beside and capital[0].key not in near:
                    return _best_port(beside, mentioned, near, anchors)
                port = _best_port(own or ports, mentioned, near, anchors)
                # A capital names its government before a verb, or when its port is minor.
                # (not where people in the city are the subject: "Officials in Havana declined")
                governs = _GOVERNMENT_VERB.match(after) and not _IN_CITY.search(before)
                if governs or port.size < 2 or port.country != capital[0].key:
                    return capital[0]
                return port
            # "docked in Singapore": a state's name that is also its port, where a ship goes
            if not capital and not port_context and (not (
                    _SHIP_GOES.search(before) or _LISTED_GOES.search(wide) or voyage or
                    _SHIP_LEFT.search(wide) or _TOOK_ON_AT.search(wide)) or re.match(
                    r"['’]s\s", after)):  # "called at Mozambique's port of Maputo"
                names = [e for e in states if e.form == "name"]
                return names[0] if names else states[0]
            return _best_port(ports, mentioned, near, anchors)
        if ports:
            return _best_port(ports, mentioned, near, anchors)
        names = [e for e in states if e.form == "name"]
        return names[0] if names else (states[0] if states else None)

    @staticmethod
    def _unlisted_ports(analysis: Analysis) -> None:
        """"the port of Pyeongtaek-Dangjin", "at Zhanjiang port": a port the gazetteer lacks, named
        as a port, is one (its state from "the Korean port of" or "X, South Korea"); its name
        then stands for it wherever else the report uses it."""
        text = analysis.text
        found: dict[str, Entry] = {}
        for m in _UNLISTED_PORT.finditer(text):
            for g in ("name", "name2", "name3", "late", "after_deed"):
                if m[g] is None:
                    continue
                if g == "after_deed" and not _ship_did(analysis, m.start()):
                    continue
                start, end = m.start(g), m.end(g)
                name = m[g]
                if text[end - 2:end] in ("'s", "’s"):
                    end, name = end - 2, name[:-2]
                owner = re.match(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+", name)
                if owner is not None and owner.end() < len(name):
                    # "China's Longkou port": the port, its state before it
                    start, name = start + owner.end(), name[owner.end():]
                if name.split()[0] in _NOT_PORT_WORDS or name.split()[-1] in _NOT_PORT_WORDS or \
                        g == "late" and _PEOPLES_WORD.fullmatch(name) or _HELD_BY.search(name) or \
                        analysis.taken(start, end) or analysis.gazetteer.lookup(name):
                    continue
                entry = found.get(normalize(name))
                if entry is None:
                    country = None
                    at = m.start("port") if m["port"] else m.start("late") if m["late"] else m.start(g)
                    adjective = [x for x in analysis.between(max(0, at - 40), at, "State")
                                 if not text[x.end:at].strip()] or \
                        [x for x in analysis.between(m.start(g), start, "State")
                         if re.fullmatch(r"['’]s\s+", text[x.end:start])]
                    after = _STATE_AFTER.match(text, end)
                    if adjective:
                        country = adjective[-1].key
                    elif after:
                        told = [x for x in analysis.between(after.start("state"), after.end(), "State")
                                if x.start == after.start("state")]
                        country = told[0].key if told else None
                    entry = found[normalize(name)] = Entry(
                        "Port", "port-" + normalize(name).replace(" ", "-"), name, country=country)
                    analysis.unlisted_ports[entry.key] = entry
                mention = analysis.add(Mention(start, end, text[start:end], "Port", entry.key))
                mention.attrs["entry"] = entry
        for entry in found.values():  # the name again, with no cue
            for m in re.finditer(r"\b" + re.escape(entry.name) + r"\b(?![-–])", text):
                if not analysis.taken(m.start(), m.end()):
                    mention = analysis.add(Mention(m.start(), m.end(), m.group(), "Port", entry.key))
                    mention.attrs["entry"] = entry

    @staticmethod
    def _patterns(analysis: Analysis) -> None:
        text = analysis.text
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            for m in _PLACE_PATTERN.finditer(text, s, e):
                if not analysis.taken(m.start(), m.end()) and not m.group().startswith("The "):
                    analysis.add(Mention(m.start(), m.end(), m.group(), "Place",
                                         normalize(m.group()).replace(" ", "-")))
            for m in _TOWN_PATTERN.finditer(text, s, e):
                if not analysis.taken(m.start("name"), m.end("name")):
                    analysis.add(Mention(m.start("name"), m.end("name"), m["name"], "Place",
                                         normalize(m["name"]).replace(" ", "-")))


# who holds a place, no name of it: "Houthi-held port", "the Russian-occupied port"
_HELD_BY = re.compile(r"-(?:held|controlled|run|occupied|owned|operated|based|backed|linked|built|"
                      r"managed|bound|flagged|registered)$")
_OF_SHIPS_ONLY = re.compile(r"[- ](?:managed|owned|operated|controlled|linked|based|flagged|"
                            r"registered|crewed|built)\b|"
                            # "Another Greek tanker", "Greek shipowners"
                            r"\s+(?:[a-z][\w-]*\s+)?(?:tankers?|ships?|vessels?|freighters?|carriers?|"
                            r"bulkers?|owners?|shipowners?|compan(?:y|ies)|firms?|managers?|"
                            r"operators?|crews?|sailors|seafarers)\b")


_BESIDE = 30  # how far from a port's name a state named with it stands ("Lagos, Greece")
_SENTENCE_GAP = re.compile(r"[.!?;]\s|\n")


def _title_states(analysis: Analysis) -> set[str | None]:
    """The states a document's title names where its text does not ("Lebanese court orders
    release of Syrian ship" over "A court in Tripoli ..."): which of two ports of one name the
    text means (they are no mentions of the text)."""
    title = analysis.doc.title
    if not title:
        return set()
    return {entries[0].country for _i, _n, entries in _gazetteer_hits(analysis, words(title))
            if len(entries) == 1 and entries[0].kind == "State"}


def _gazetteer_hits(analysis: Analysis, toks: list[str]) -> Iterator[tuple[int, int, list[Entry]]]:
    """The gazetteer's names in a run of tokens, longest first, left to right: where each
    begins, how many tokens it takes, and its entries."""
    i = 0
    while i < len(toks):
        hit = analysis.gazetteer.match(toks, i)
        if hit is None:
            i += 1
            continue
        n, entries = hit
        yield i, n, entries
        i += n


def _best_port(ports: list[Entry], mentioned: set[str | None],
               near: AbstractSet[str | None] = frozenset(),
               anchors: tuple[tuple[float, float], ...] = ()) -> Entry:
    """Of several ports of one name: the one in a state named beside it; else the one in a state
    the document names, unless a port of the name elsewhere is two sizes larger ("Lagos", with
    an STS transfer "off Greece" in the report, is still Nigeria's and not Porto Lagos); else the
    largest; of ports as large, the one nearest the other ports the report names (`anchors`)."""
    def rank(p: Entry) -> tuple[int, float, str]:
        return -p.size, _nearest(p, anchors), p.key
    beside = [p for p in ports if p.country in near]
    if beside:
        return sorted(beside, key=rank)[0]
    largest = max(p.size for p in ports)
    named = [p for p in ports if p.country in mentioned and p.size >= largest - 1]
    return sorted(named or ports, key=rank)[0]


def _nearest(port: Entry, anchors: tuple[tuple[float, float], ...]) -> float:
    """How far (in degrees, roughly) a port lies from the nearest of the `anchors`; 0 with none
    (or no place of its own), which leaves the order as it was."""
    if not anchors or port.lat is None or port.lon is None:
        return 0.0
    return min(math.hypot(port.lat - lat,
                          min(abs(port.lon - lon), 360 - abs(port.lon - lon)) * math.cos(math.radians(lat)))
               for lat, lon in anchors)
