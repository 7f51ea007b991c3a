"""Ship-to-ship transfers, AIS gaps, detentions and sanctions designations."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import pairwise
from typing import Any

from .base import Analysis, Mention, Sentence
from .confidence import confidence_of, suspected_spans
from .dates import NUM_WORDS, days_of, parse_iso
from .eventbase import (
    CARGO_LOADED_AT,
    CARGO_WORDS,
    COUNT_WORDS,
    JOINED,
    JOINED_VERB,
    NEGATION,
    RELATIVE,
    RELATIVE_TO_END,
    blocked,
    cite,
    clause_start,
    coordinated,
    date_near,
    ends_before,
    gap_days,
    inside,
    joined_before,
    lies_before,
    others_deed,
    overlaps,
    record,
    said_day,
    shifted_back,
    span_dates,
    unique_keys,
    weaker,
    widen,
)
from .places import CITY_BEFORE
from .portcalls import add_call, timeline_ship
from .prefilter import rx
from .text import FEW_WORDS, IN_CLAUSE, LIST_NUMBER, SEPARATE_STORY, opens_line
from .vessels import ARROW_LOG, ARROW_PAIR, STORAGE_SUFFIX, has_arrow

# the size classes of bulk carriers and tankers, by which reporting names a ship ("the capesize X")
_SIZE_KINDS = r"panamax|cape-?size|supramax|handysize|handymax|kamsarmax|ultramax|newcastlemax|VLOC"
# ("lashed to a second tanker, which we identify as the X": to a ship, not a quay)
_STS = rx(r"ship-to-ship|\bSTS\b|lashed together|"
          r"lashed\s+to(?=\s+(?:the|a|an|another|a\s+second)\s+(?:[\w-]+\s+)?"
          r"(?:tanker|vessel|ship|freighter|carrier|bulker|VLCC|Suezmax|Aframax))|"
          # ("hull to hull in the Laconian Gulf": as side by side)
          r"alongside|\bside[- ]by[- ]side\b|\bhull[- ]to[- ]hull\b|"
                  r"\b(?:moored|lying|anchored|berthed|tied\s+up)\s+(?:right\s+|directly\s+)?(?:next\s+to|beside)\b|"
                  # "Cargo from the tanker Kira was moved onto the tanker Lumo"
                  r"\bfrom\s+the\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z0-9])[\w'’-]*){0,3}\s+"
                  r"(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:moved|pumped|transferred|"
                  r"shifted|trans-?shipped|loaded|discharged|offloaded)\s+(?:on)?to\s+(?:the|another|a)\b|"
                  # "took delivery of the tanker Kira's cargo", "ended up aboard the tanker Lumo"
                  r"\btook\s+delivery\s+of\s+the\s+(?:[\w-]+\s+){0,3}?[\w'’-]+['’]s\s+(?:[\w-]+\s+)?"
                  r"(?:cargo|load|oil|crude|fuel)\b|"
                  r"\b(?:cargo|load|oil|crude|fuel)\s+ended\s+up\s+(?:aboard|on\s+board|in)\s+the\b|"
                  r"transferred (?:(?:part|some|most|all|half|much|"
                  r"the rest) of )?(?:its|her|the|their) (?:\w+ )?cargo(?:es)? to|hoses|hose-connected|"
                  r"hose-to-hose|"
                  # "The X and the Y likely conducted a transfer on 2 December"
                  r"\b(?:conducted|carried\s+out|completed|performed|undertook|engaged\s+in)\s+"
                  r"(?:an?\s+|two\s+|three\s+|several\s+|another\s+|a\s+second\s+)?"
                  r"(?:(?:cargo|oil|fuel|crude)\s+)?(?:transfers?|trans-?shipments?)\b(?!\s+of\s+(?:funds|money|"
                  r"ownership|title|payments?)\b)|"
                  r"being (?:moved|pumped|transferred) from|"
                  # "The crude had been transferred at sea from the tanker X": the cargo's giver
                  r"(?<=was\s|ere\s|een\s)(?:transferred|moved|pumped|shifted|trans-?shipped)\s+"
                  r"(?:at\s+sea\s+|offshore\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])|"
                  # "on suspicion of transferring diesel to a North Korean vessel": to a ship not named
                  r"\btransferr(?:ed|ing)\s+(?:[\w,.-]+\s+){0,4}?" + CARGO_WORDS +
                  r"\s+(?:at\s+sea\s+)?(?:on)?to\s+(?:an?|another)\s+(?:[\w-]+\s+){0,3}?"
                  r"(?:vessel|ship|tanker|boat|freighter|carrier)\b|"
                  # "Part of its cargo was later moved onto another tanker, the Ice Energy"
                  r"(?:moved|pumped|transferred|shifted|lightered|offloaded|discharged|unloaded)\s+"
                  r"(?:on)?to\s+(?:another|a\s+second|a\s+smaller|a\s+larger)\s+(?:[\w-]+\s+)?"
                  r"(?:tanker|vessel|ship|carrier)|"
                  # (not "transshipped their catch to the reefer X": a cargo passed to a ship, below)
                  r"trans-?shipp\w*(?![^.;]{0,60}?\b(?:to|into|onto)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:tanker|vessel|ship|carrier|freighter|bulker|reefer|barge)s?\b)|"
                  r"received .{0,80} from|working cargo|"
                  # ("had obtained the oil from the X near Zhoushan": from a ship, named or by
                  # its kind, not from "the owners of" one)
                  r"\b(?:obtain(?:ed|ing|s)?|acquir(?:ed|ing|es)|sourc(?:ed|ing))\s+"
                  r"(?:[\w,.-]+\s+){0,6}?" + CARGO_WORDS + r"\s+from\s+the\s+(?:(?:[\w-]+\s+)?"
                  r"(?:tanker|vessel|ship|freighter|carrier|VLCC|Aframax|Suezmax)\s+)?(?-i:[A-Z])|"
                  # ("after receiving the oil from the Cathay Phoenix")
                  r"\breceiving\s+(?:[\w,.-]+\s+){0,6}?" + CARGO_WORDS + r"\s+from\s+the\s+"
                  r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?-i:[A-Z])|"
                  # "took on 600 tonnes of diesel from a smaller vessel, the Amani,"
                  # ("had taken on the diesel from a smaller vessel, the X")
                  # ("had taken the fuel from a larger vessel, the X")
                  # ("took the oil on board from another VLCC, the X")
                  r"\b(?:took|taking|takes|take|taken)\s+(?:on\s+)?(?:[\w,.-]+\s+){0,6}?" + CARGO_WORDS +
                  r"(?:\s+(?:on\s+board|aboard|onboard))?"
                  r"\s+from\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|tanker|boat|barge|VLCC|"
                  r"Aframax|Suezmax|carrier|freighter),\s+the\s+"
                  r"(?=[A-Z])|"
                  # ("took about 2 million barrels from two smaller tankers, the X and the Y")
                  r"\b(?:took|taking|takes|take|taken)\s+(?:on\s+)?(?:[\w,.-]+\s+){0,6}?(?:" + CARGO_WORDS +
                  r"|barrels|tonnes|tons)\s+from\s+(?:two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:vessels|ships|tankers|barges|VLCCs|"
                  r"Aframaxes|Suezmaxes|carriers|freighters),\s+the\s+(?=[A-Z])|"
                  # "after picking up LNG from the Saam floating storage unit"
                  r"\bpick(?:ed|ing)\s+up\s+(?:[\w,.-]+\s+){0,4}?" + CARGO_WORDS + r"\s+from\s+(?=the\s)|"
                  # "refuelled from the bunker tanker Ocean Star": fuel passed at sea
                  r"\b(?:re-?fuell?ed|bunkered|took\s+bunkers)\s+(?:at\s+sea\s+)?(?:from|by)\s+(?=the\s)|"
                  # "the two vessels exchanged containers"
                  r"(?:swap|exchang)\w*\s+(?:\w+\s+){0,2}?(?:cargo(?:es|s)?|oil|crude|fuel|diesel|coal|"
                  r"containers|crates|munitions|ammunition|shells|weapons|arms|goods|grain)\b|"
                  # "was seen lightering the Aframax Lumo"
                  r"\blighter(?:ing|ed|s)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z])|"
                  # "loaded the fuel from another vessel, the Libyan-flagged Al Bayda"
                  r"\bloaded\s+(?:(?:the|its|her|their|a)\s+)?(?:[\w-]+\s+){0,3}?from\s+(?:(?:another|a\s+second|"
                  r"a)\s+(?:[\w-]+\s+)?(?:vessel|ship|tanker|carrier|freighter)s?,\s+)?the\s+"
                  r"(?:[\w-]+\s+){0,3}?(?-i:[A-Z])|"
                  # a log's "LUNA FORTUNE (Cameroon) loaded from ARCTIC MIST (Gabon)": a name in
                  # capitals right after (ending on its first letter, so that it must be a ship's)
                  r"\bloaded\s+(?:[\w-]+\s+){0,3}?from\s+(?-i:[A-Z](?=[A-Z0-9'’.\-]+\b))|"
                  # "sailing to the Saam FSU, a floating storage unit near Murmansk, where it
                  # discharged": a ship gone to another, where it unloaded (ends at the name)
                  r"\b(?:sail\w*|head\w*|proceed\w*|went|go(?:es|ing)?|moved|steam\w*)\s+(?:on\s+)?to\s+"
                  r"the\s+(?:[\w-]+\s+){0,2}?(?=(?-i:[A-Z])[^.;]{0,120}?\bwhere\s+(?:it|she|they)\s+"
                  r"(?:\w+ly\s+)?(?:discharged|offloaded|unloaded|transferred|pumped|delivered)\b)(?-i:[A-Z])|"
                  # "The Kira was lightered by the Lumo", "a hose connecting the Kira and the Lumo"
                  r"\b(?:was|were|being|been)\s+lightered\s+by\b|\bhose\s+(?:connecting|linking|between)\b|"
                  r"\b(?:met|meet(?:s|ing)?|rendezvous\w*|came alongside|(?:linked|teamed|joined)\s+up)\b" +
                  IN_CLAUSE + r"{0,80}?\bto\s+"
                  r"(?:swap|exchange|transfer|move|pass|offload|unload|discharge|lighter|receive|"
                  r"take on)\b|"
                  # "rendezvoused with the X ... in the South China Sea, where they transferred oil"
                  # "took the cargo from the Saam FSU", "took on LNG from the X"
                  # ("took part of a gasoil cargo from the Gabon-flagged Seagull")
                  # ("transferred oil from the Mira", "loaded 700,000 barrels from the X")
                  r"\b(?:(?:took|takes|taken|taking|(?<=did\s)take)\s+(?:on\s+)?|(?:transferred|pumped|loaded|"
                  # ("topped up its cargo from the tanker X")
                  r"lifted|siphoned|topped\s+up|topping\s+up|(?<=\sto\s)(?:load|lift|receive))\s+)"
                  r"(?:(?:part|some|most|all|half|much|the\s+rest)"
                  r"\s+of\s+)?(?:(?:the|its|a|an|that|this)\s+)?"
                  r"(?:[\w-]+(?:[.,]\d+)*\s+){0,3}?"
                  r"(?:cargo(?:es)?|load|shipment|crude|oil|LNG|LPG|fuel|diesel|gasoline|coal|barrels|"
                  r"gas|condensate|naphtha|gasoil|petrol|"
                  # ("took on a cargo of Urals from the Gabon-flagged Sun Arrows")
                  r"tonnes|tons)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+(?:on\s+board|aboard|onboard))?"
                  r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z])|"
                  # "supplied the tanker Lumo with fuel", "refuelled the X off Crete"
                  r"\b(?:supplied|refuell?ed|refueling|refuelling|bunkered|topped\s+up)\s+(?:the\s+)?"
                  r"(?:[\w-]+\s+){0,3}?"
                  r"(?-i:[A-Z])|"
                  # "after taking it on from the Kazan", "received them from the X"
                  # ("after receiving them from the tanker Sun Rise")
                  r"\b(?:took|takes|taken|taking|received|receiving)\s+(?:it|them)\s+(?:on\s+)?from\s+"
                  r"the\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?-i:[A-Z])|"
                  # "met the Jin Sheng off Malaysia and pumped its oil across"
                  # (a timeline's present: "It meets the tanker X ... and transfers part of its cargo")
                  r"\b(?:met|meets|rendezvous\w*|came alongside|comes alongside|"
                  r"(?:linked|teamed|joined)\s+up)\b" + IN_CLAUSE +
                  r"{0,120}?\band\s+(?:then\s+)?(?:\w+ly\s+)?"
                  r"(?:transferred|pumped|passed|moved|offloaded|discharged|handed|shifted|transfers|pumps|"
                  r"passes|moves|offloads|discharges|hands|shifts)\s+(?:over\s+)?"
                  # ("met in the Gulf of Oman and transferred oil")
                  r"(?:(?:part|some|most|all|half|much|the\s+rest)\s+of\s+)?(?:(?:its|her|their|the)\s+)?"
                  r"(?:[\w-]+\s+)?(?:cargo(?:es)?|oil|crude|load|fuel|diesel|coal|gas|"
                  r"LNG|LPG|condensate)\b|"

                  # ("rendezvoused with the X near Singapore, where oil was transferred")
                  r"\b(?:met|rendezvous\w*|came alongside)\b" + IN_CLAUSE +
                  r"{0,120}?\bwhere\s+(?:the\s+|its\s+|part\s+of\s+the\s+)?(?:[\w-]+\s+)?"
                  r"(?:oil|crude|cargo|fuel|diesel|gasoil|coal|LNG|LPG|grain|wheat)\s+"
                  # ("where the fuel is believed to have been transferred", "where the oil was
                  # apparently moved")
                  r"(?:(?:was|were)\s+(?:\w+ly\s+)?|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:believed|thought|"
                  r"suspected|understood|said|alleged|reported|assessed)\s+to\s+have\s+been\s+|"
                  r"(?:appears?|seems?|appeared|seemed)\s+to\s+have\s+been\s+|"
                  r"(?:may|might|could|must)\s+have\s+been\s+)"
                  r"(?:transferred|moved|pumped|swapped|exchanged|passed)\b|"
                  r"\b(?:met|rendezvous\w*|came alongside)\b" + IN_CLAUSE +
                  r"{0,120}?\bwhere\s+(?:they|the\s+(?:two|pair)"
                  r"(?:\s+\w+)?)\s+(?:\w+ly\s+)?(?:transferred|swapped|exchanged|moved|pumped|passed)\b|"
                  # "with cranes moving coal between the two hulls"
                  r"\b(?:mov|transferr|pass|shift|pump|lift)(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?between\s+"
                  r"(?:the\s+)?(?:two|both)\s+(?:hulls|ships|vessels|tankers|carriers|bulkers)\b|"
                  # "seen side by side ..., apparently transferring oil"
                  r"side[- ]by[- ]side\b" + IN_CLAUSE + r"{0,80}?\btransferr?\w*|"
                  # "after a transfer at sea with the Ever Gain", "a transfer with the tanker X"
                  r"\btransfers?\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:(?:at|on\s+the\s+high)\s+seas?\s+|"
                  # ("loaded crude in a transfer from the tanker Talara")
                  r"offshore\s+|mid-?(?:sea|ocean)\s+)?(?:with|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                  # ("after a transfer of fuel from another tanker, the Carp River,")
                  r"(?:(?:tanker|vessel|ship|freighter|carrier|bulker|VLCC|Aframax|Suezmax),\s+the\s+)?"
                  r"(?-i:[A-Z])|\btransfers?\s+(?:at|on\s+the\s+high)\s+seas?\b|"
                  # "A second transfer, between the Sun Wave and the Ocean Dream, took place"
                  # ("A second transfer involving the Sun Rise and the Yu Phyong 5")
                  r"\btransfers?(?:\s+of(?:\s+[\w-]+){1,3}?)?,?\s+(?:between|involving)\s+(?:the\s+)?"
                  r"(?:[\w-]+\s+){0,3}?(?-i:[A-Z])" + IN_CLAUSE +
                  r"{0,80}?\band\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                  r"(?-i:[A-Z])|"
                  # "The X and the Y were involved in a transfer in Sansha Bay"
                  r"\b(?:were|have\s+been|had\s+been)\s+involved\s+in\s+(?:an?\s+|the\s+|two\s+|three\s+|"
                  r"several\s+|another\s+|a\s+second\s+)?(?:(?:illicit|illegal|suspected|covert|"
                  r"ship-to-ship|STS|cargo|oil|fuel|at-sea)\s+){0,2}(?:transfers?|trans-?shipments?)\b|"
                  # "its cargo was moved onto it from the Dena"
                  r"\b(?:transferred|moved|pumped|shifted|passed|trans-?shipped)\s+(?:onto|into|aboard|to)\s+"
                  r"(?:it|her)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z])|"
                  r"\b(?:transferred|moved|pumped|shifted|trans-?shipped)\b" + IN_CLAUSE + r"{0,40}?\bfrom\s+"
                  r"(?:the\s+)?[A-Z]" + IN_CLAUSE + r"{0,60}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z]|"
                  # "transferred diesel to the tanker Nika": cargo passed to a ship
                  # ("by transferring it at sea to North Korean tankers, among them the X and the Y")
                  r"\b(?:transferr(?:ed|ing)|pump(?:ed|ing)|pass(?:ed|ing)|hand(?:ed|ing)|offloaded|"
                  r"discharged|unloaded|delivered|trans-?shipped|lighter(?:ed|ing))\s+(?:[\w,.'’-]+\s+){0,8}?"
                  r"(?:to|into|onto)\s+(?:the\s+|an?\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:tanker|vessel|ship|carrier|freighter|bulker|VLCC|barge|reefer|"
                  r"storage unit|FSO|FSU|FPSO|"
                  r"aframax|suezmax|" + _SIZE_KINDS +
                  r")s?(?:\s+|,\s+the\s+|,\s+(?:among them|including|such as)\s+the\s+)"
                  r"(?-i:[A-Z])|"
                  # "picked up a cargo from the tanker SCF Baikal": the same told by the receiver
                  # (not people: "picked up crew from the tanker X")
                  r"\b(?:picked up|took(?: on)?|loaded|collected|took delivery of|"
                  # (or as a habit: "collects crude from the floating storage unit X")
                  r"picks up|takes on|collects|loads)\s+(?!(?:(?:its|her|the|"
                  r"some|several|all|\d+|[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten|"
                  r"eleven|twelve)\s+)?(?:crew|crewmen|sailors|seafarers|passengers|survivors|migrants|"
                  r"people|men|personnel|staff|pilots?|captain|master|injured|wounded)\b)"
                  r"(?:[\w,.'’-]+\s+){0,8}?"
                  r"from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:tanker|vessel|ship|carrier|"
                  r"freighter|bulker|VLCC|barge|aframax|suezmax|" + _SIZE_KINDS +
                  r"|FSU|FSO|FPSO|storage\s+(?:unit|tanker|"
                  r"vessel))\s+(?-i:[A-Z])", re.I)
# "transferred cargo to the tankers Lumo and Vega": to each ship named after a plural
# "to the tankers X and Y", "to two smaller tankers, the X and the Y"
_TO_SHIPS_NAMED = re.compile(r"\b(?:tankers|vessels|ships|carriers|freighters|bulkers|barges|VLCCs|"
                             r"(?i:Aframaxes|Suezmaxes|Panamaxes))"
                             r"(?:\s+|\s*,\s+(?:the\s+)?)[A-Z]$")
# between two ships of a list, each told with its kind: " and the container ship "
# ("into the VLCC Y and the rest into the Suezmax Z": the rest of the load to another)
_KIND_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+(?:rest|remainder|balance)\s+(?:in|on)?to\s+)?"
                          r"(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?(?:tanker|carrier|"
                          r"ship|vessel|freighter|bulker|barge|VLCC|Aframax|Suezmax)\s+")
_OWN_VERB = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|took|left|made|went|came|sank|ran|was|were|had|has|is|"
                       r"are)\b")
_WHERE_PASSED = rx(r"\bwhere\s+(?:it|she|they)\s+(?:\w+ly\s+)?(?:transferred|discharged|offloaded|pumped|"
                   r"unloaded|passed)\b[^.;]{0,80}$")
_LISTED_CUE = re.compile(r"\b(?:among them|including|such as)\b", re.I)
# between "alongside" and the ship it lay beside: "the Cameroon-flagged tanker "
_NEXT_SHIP = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?")
_IN_PORT = re.compile(r"\b(?:at|in|inside)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$")
_EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b")
# cargo passed to a ship named right after (checked against the ships found)
# (a timeline's present too: "- 18 Feb: Transfers cargo to the tanker Lark Bay")
_TO_SHIP = rx(r"\b(?:(?:transfer(?:red|ring|s)|pump(?:ed|ing|s)|pass(?:ed|es)|hand(?:ed|s)|"
              r"offload(?:ed|ing|s)|"
              r"discharg(?:ed|ing|es)|unload(?:ed|ing|s)|deliver(?:ed|ing|s)|trans-?shipp(?:ed|ing)|"
              # ("after unloading a cargo at the Saam FSU": at a ship is into it)
              r"lightered)\s+(?:[\w,.'’-]+\s+){0,8}?(?:to|into|onto|at|alongside)|"
              # ("The LNG was later loaded onto the tanker X": the load told of, put aboard another;
              # see `_loaded_in_port`)
              r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=then\s)|(?<=later\s)|(?<=subsequently\s))"
              r"(?:re-?)?loaded\s+(?:onto|into|aboard)|"
              # ("its cargo was split between two smaller tankers, the X and the Y")
              r"(?:split|divided|shared)\s+between)\s+(?:the\s+)?"
              r"(?:(?:two|three|four|several|(?-i:[a-z]+er))\s+){0,2}(?:(?:oil\s+|crude\s+|product\s+)?"
              r"(?:tankers|vessels|ships|carriers|freighters|bulkers|barges),\s+(?:the\s+)?)?"
              r"(?:(?:(?-i:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})[- ](?:flagged|registered|owned|operated|"
              r"managed|controlled|linked)|\d{4}-built),?\s+){0,2}"
              # "to the Chinese-owned VLCC Hong Yun"
              # ("to the Aframaxes Ocean Lily and Sea Breeze": each of them)
              r"(?:(?:oil\s+|crude\s+|product\s+)?(?:VLCC|ULCC|Suezmax|Aframax|" + _SIZE_KINDS +
              r"|tanker|vessel|ship|"
              r"freighter|carrier|bulker)(?:e?s)?\s+)?"
              # ("to the M/T OCEAN LILY")
              r"(?:(?-i:M/[VTS]|M\.[VT]\.|MV|MT)\s+)?", re.I)
# "X and Y each conducted transfers with other tankers": not with each other.
# (not "after each visit", "each time": how often)
_OTHER_PARTNERS = rx(r"\beach\b(?!\s+(?:other|time|visit|voyage|trip|occasion|call|run|month|week|"
                     r"year|loading)s?\b)|\bwith\s+(?:an?\s+)?(?:other|another|unidentified|unknown|"
                             r"unnamed|a third|third)\b|"
                     # "Both ships transferred their cargoes to tankers off Oman": to ships unnamed
                     # ("has conducted multiple transfers with Iranian tankers off Malaysia")
                     r"\b(?:to|onto|into|with)\s+(?:(?:other|several|various|smaller|larger|different|"
                     r"more)\s+)?(?:[\w-]+\s+)?(?:tankers|vessels|ships|carriers|bulkers|freighters|"
                     # (not "to the tankers Lumo and Vega": ships named)
                     r"barges|lighters|boats)\b(?!,?\s+(?:the\s+)?(?-i:[A-Z]))",
                     re.I)
# what the subject of its clause does to its own tracking ("it then went dark"): the subject's
_ACTIVE_AIS = re.compile(r"(?i)(?:switch|turn|shut|disabled|deactivated|stopped|went\s+dark|goes\s+dark|"
                         r"going\s+dark|gone\s+dark)")
_AIS = rx(r"\b(?:switch(?:ed|es|ing)?|turn(?:ed|s|ing)?|shut(?:s|ting)?)\s+"
          # ("switched AIS off", "turned its transponder off")
          r"(?:(?:its|her|their|the)\s+)?(?:(?:AIS|transponders?)(?:\s+(?:transponders?|signals?))?\s+)?off\b|"
          r"went dark|goes dark|"
          # ("sailed south and disappeared from AIS", "vanished from tracking systems", "dropped off AIS")
          r"(?:disappeared|vanished|dropped\s+(?:off|out\s+of))\s+(?:from\s+)?(?:the\s+)?(?:AIS|"
          r"(?:ship-)?tracking\s+(?:systems?|data|services|sites|screens)|radar\s+screens?)\b|"
          # ("engaged in dark activity near Ceuta", "had a 12-day dark period")
          r"(?:engag(?:ed|es|ing)\s+in|conduct(?:ed|s|ing)|carr(?:ied|ies|ying)\s+out|had|has)\s+"
          r"(?:an?\s+)?(?:[\w-]+\s+)?(?:period\s+of\s+)?dark\s+(?:activit(?:y|ies)|periods?)\b|"
                  r"going dark|gone dark|(?:transponders?|AIS(?: transponders?| signals?)?) "
                  r"(?:went|was|were|had been|has been|have been|remained|stayed) (?:silent|off|dark)|"
                  r"AIS gap|"
                  # a list line's "(DPRK flag): dark since 28 Oct"
                  r"(?:(?<=:\s)|(?<=;\s))dark(?=\s+(?:since|from)\s+\d)|"
                  # a log's "AIS dark since 1 Sep", "AIS off 2-5 May"
                  r"(?<![Nn]o\s)(?<![Nn]ot\s)AIS\s+(?:dark|off)(?=\s+(?:since|from|between|for|on|\d)\b)|"
                  # (a log's clause: "leaves Sevastopol with grain, AIS off.")
                  r"(?:(?<=,\s)|(?<=;\s))AIS\s+(?:dark|off)(?=\s*(?:[.;]|$))|"
                  # "its AIS signal disappeared near Hormuz", "the transponder signal vanished"
                  # ("its AIS transmissions ceased on 22 May", "the transponder fell silent")
                  r"(?:transponders?|AIS|signals?)\s+(?:(?:signals?|transmissions?|broadcasts?)\s+)?"
                  r"(?:disappeared|vanished|dropped\s+off|went\s+silent|fell\s+silent|was\s+lost|were\s+lost|"
                  # (a log's line: "2024-05-11: AIS signal lost in the Sea of Japan")
                  r"cut\s+out|ceased|stopped|lost(?=\s+(?:in|off|near|at|on|while|after|south|north|east|west)\b))|"
                  r"stopped (?:transmitting|broadcasting)|"
                  # ("We then lost its signal near the Bab el-Mandeb": the trackers lost it)
                  r"lost\s+(?:its|her|the\s+(?:ship|vessel|tanker)['’]s)\s+(?:AIS\s+)?(?:signal|transponder\s+signal)|"
                  # "has not broadcast its position since leaving the Gulf of Oman": a gap told by
                  # what the ship has not done (see _SILENT)
                  # ("did not broadcast its position during the voyage", "has not transmitted an AIS
                  # signal since March 3")
                  r"(?:has|have|had|did)\s+not\s+(?:broadcast|transmit(?:ted)?|report(?:ed)?|show(?:n)?)\s+"
                  r"(?:its|her|their|a|an|any)\s+(?:position|location|AIS)\b|"
                  # ("Neither ship transmitted its position during the operation": each of the two)
                  r"(?:(?<=[Nn]either ship )|(?<=[Nn]either vessel )|(?<=[Nn]either tanker ))"
                  r"(?:(?:has|had)\s+)?(?:broadcast|transmitted|reported|showed|shown)\s+"
                  r"(?:its|her|a|an|any)\s+(?:position|location|AIS)\b|"
                  # ("had its transponder off during the transfer")
                  r"(?:had|with)\s+(?:its|her|their)\s+(?:AIS|transponders?)(?:\s+(?:transponders?|signals?))?\s+"
                  r"(?:(?:switched|turned)\s+)?off\b|"
                  # ("last seen at Tartus on 2 June, has not transmitted since")
                  r"(?:has|have|had)\s+not\s+(?:transmitted|broadcast)(?=\s+(?:since|for\s+(?:\w+\s+)?(?:days|weeks|"
                  r"months))\b)|"
                  # "last transmitted its position on 3 May", "its AIS signal was last recorded on
                  # 3 May": silent since
                  # ("The vessel last transmitted on 2 January while west of Crete")
                  r"(?P<last>last\s+(?:transmitted|broadcast|reported|sent)\s+(?:(?:its|her|their|a)\s+"
                  r"(?:position|location|AIS\s+signal|signal)|(?=(?:on|in|at|near|off|while)\s))|"
                  r"(?:AIS|transponder)(?:\s+(?:signal|position|data))?\s+(?:was|were)\s+last\s+(?:recorded|received|seen|detected|logged|"
                  r"picked\s+up))\b|"
                  r"(?:has|have|had)\s+(?:been|gone)\s+dark\b|"
                  # a gap told by its end: "transmitted a position ... for the first time since
                  # April 2", "reappeared on AIS for the first time since March"
                  r"(?P<first>(?:transmitted|broadcast|reported|sent|showed)\s+(?:(?:its|her|a|an)\s+)?"
                  r"(?:AIS\s+)?(?:position|location|signal)|reappeared|resurfaced|re-emerged|"
                  r"(?:turned|switched)\s+(?:(?:its|her)\s+)?(?:AIS|transponder)\s+(?:back\s+)?on)"
                  r"(?=[^.;]{0,60}?\bfor\s+the\s+first\s+time\s+since\b)|"
                  # "The vessel's AIS was not broadcasting during these voyages", "loaded there
                  # while not transmitting its position"
                  # ("the vessel's AIS has not been transmitting since 2019")
                  r"(?:transponders?|AIS)(?:\s+(?:signals?|transponders?))?\s+(?:(?:was|were|had\s+been|"
                  r"has\s+been|have\s+been)\s+not|(?:has|have|had)\s+not\s+been)\s+(?:broadcasting|transmitting)|"
                  r"\b(?:while|when)\s+not\s+(?:broadcasting|transmitting)\s+(?:its|her|their|any)\s+"
                  r"(?:position|location|AIS|signals?)\b|"
                  r"(?:disabled|deactivated) (?:its|their) (?:AIS|transponder|automatic\s+identification\s+"
                  r"system)|(?:AIS|transponders?) switched off|"
                  # "the ship broadcast no position at all"
                  r"(?:broadcast|transmitted|sent|gave)\s+no\s+(?:position|location|signal|AIS)\w*|"
                  # "has had no AIS signal since 28 Sep", a log's "no AIS since 28 Sep"
                  r"(?:(?:has|have|had)\s+(?:had|shown)\s+)?\bno\s+AIS(?:\s+(?:signals?|data|transmissions?|"
                  r"positions?|contact))?\s+(?=since\b|for\s+(?:\w+\s+)?(?:days|weeks|months)\b)|"
                  # "sailed toward Malaysia with its transponder off"
                  r"\bwith\s+(?:its|their|her)\s+(?:AIS(?:\s+transponders?)?|transponders?|tracking\s+"
                  r"(?:systems?|signals?|devices?))\s+(?:(?:switched|turned|shut)\s+)?(?:off|disabled)\b",
                  re.I)
# ("broadcast no position")
_NEITHER_SENT = re.compile(r"\b[Nn]either\s+(?:ship|vessel|tanker)\s+(?:(?:has|had)\s+)?$")
_SENT_POSITION = re.compile(r"(?:(?:has|had)\s+)?(?:broadcast|transmitted|reported|showed|shown)\s")
_SILENT = re.compile(r"(?:has|have|had|did|was|were|been|while|when)\s+not\b|\bno\b")
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_OFF = rx(r"\b(?:off|near)\s+(?:the\s+)?(?:(?:coast|shores?)\s+of\s+(?:the\s+)?)?$", re.I)
# A transfer between the same two ships within this many sentences and days is the same one.
_RETOLD, _RETOLD_DAYS = 3, 7
# "30 nautical miles south-east of P": P is where the distance is taken from.
_BEARING = rx(r"\b(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ward)?\s+of\s+"
              r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# between a place and the one a bearing from it is told from: " area east of "
_BEARING_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:area|waters|anchorage|zone|region)\s+)?"
                          r"(?:(?:about|some|roughly)\s+)?"
                          r"(?:[\d.,]+\s*(?:nm|km|kilometres|kilometers|miles|nautical\s+miles)\s+)?"
                          r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?\s+of\s+(?:the\s+)?",
                          re.I)
_GONE_TO = re.compile(r"(?:sail|head|proceed|went|go|moved|steam)", re.I)
_WHERE_IT = rx(r"\bwhere\s+(?:it|she|they)\b")
_DETAIN = rx(r"\b(detain\w*|detention(?=\s+of\s)|seiz\w*|impound\w*|arrest\w*|confiscat\w*|"
             r"hijack\w*|commandeer\w*|"
             # "have barred the bulk carrier X from leaving Busan": held where it lay
             r"(?:barred|banned|prevented|blocked)(?=\s+(?:the|a|an|two|three|both)\s+[^.;]{0,80}?\bfrom\s+"
             r"(?:leaving|sailing|departing)\b)|"
             # "have taken control of the oil tanker X"
             # (of a ship: not "took control of the port, where the tanker X was moored")
             r"(?:took|taken|taking|take|takes)\s+control\s+of(?=\s+(?:the|a|an|two|three|four|both)\s+"
             r"(?:[\w-]+\s+){0,3}?(?:tankers?|vessels?|ships?|freighters?|carriers?|bulkers?|boats?|"
             r"dhows?|trawlers?)\b)|"
             r"(?:was|were|been)\s+"
             r"(?:boarded|intercepted|stopped|taken|captured)\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?"
             r"(?:[\w-]+\s+){0,3}?"
             r"(?:customs|coast ?guard|navy|naval|police|authorities|officers|officials|forces|"
             r"troops|marines|commandos|guards|IRGC|militants|rebels|pirates|Houthis)|"
             # "the Yemeni coast guard stopped the cargo ship X"
             # ("Iranian forces boarded the ship on April 13")
             r"(?:(?:coast ?guard|navy|naval forces|(?<![Mm]arket\s)forces|police|authorities|customs|"
             r"marines|commandos|"
             # ("Pirates boarded the tanker X off Owendo": taken, not inspected)
             r"troops|[Pp]irates|gunmen|hijackers|armed\s+men|Houthis?|militants|rebels)"
             # ("Coast guard officers boarded the ship")
             r"(?:\s+(?:officers|officials|personnel|teams?|units?|sailors|agents|(?:special\s+)?forces))?|"
             # ("Estonian officers boarded the tanker X")
             r"(?<![Ii]ts\s)(?<![Hh]er\s)(?<![Tt]heir\s)(?<!ship's\s)(?<!ship’s\s)(?:officers|"
             r"soldiers|special\s+forces|SEALs|Seals|boarding\s+teams?|boarding\s+parties))"
             # ("police on 26 December boarded", "on Dec. 26", "last week")
             r"\s+(?:(?:on\s+\w+|on\s+\d{1,2}\s+[A-Z][a-z]+\.?|on\s+[A-Z][a-z]+\.?\s+\d{1,2}|[a-z]+ly|"
             r"last\s+\w+)\s+)?(?:boarded|intercepted|stopped|"
             # "Finnish police have been holding the tanker X since 26 December"
             # ("Indonesian authorities are holding the cargo ship X at Balikpapan")
             # (not "are holding a press conference about the X")
             r"(?:(?:have|has|had)\s+been\s+|(?:are|is|were|was)\s+)?holding(?!\s+(?:an?|the|its|their)\s+"
             r"(?:[\w-]+\s+)?(?:press|news|meetings?|talks|conferences?|briefings?|hearings?|votes?|drills?|"
             r"exercises?|ceremon(?:y|ies)|inquir(?:y|ies)|investigations?)\b)|(?:have|has|had)\s+held)|"
             # ("has been held in Batam since July": detained there, not at anchor)
             # ("which had been held off the port of Porvoo since Dec. 26")
             r"(?<=has\s|ave\s|had\s)been\s+held\s+(?=(?:in|at|by|off)\s+(?!anchor\b))|"
             # ("The vessel had been held since earlier this month over unpaid wages")
             r"(?<=has\s|ave\s|had\s)been\s+held\s+(?=(?:there\s+)?since\b)|"
             # ("since 2019, when the X was held at Yeosu"; not "was held at anchor", "in reserve",
             # "was held in port by storms")
             r"(?<=\swas\s|were\s)held\s+(?=(?:in|at)\s+(?!anchor\b|reserve\b|readiness\b|place\b|"
             r"position\b|bay\b|check\b|(?:the\s+)?port\s+by\s+(?:bad\s+)?(?:weather|storms?|ice|fog)\b)"
             # ("was held at the southern port of Yeosu")
             r"(?:the\s+(?:(?:[\w-]+\s+){0,2}?(?:port|harbou?r)\s+of\s+)?)?(?-i:[A-Z]))|"
             # ("where Lebanese authorities briefly held it", "was briefly held by police")
             r"(?:(?<=authorities\s)|(?<=officials\s)|(?<=police\s)|(?<=customs\s))(?:\w+ly\s+)?held"
             r"(?=\s+(?:it|her)\b(?!\s+(?:up|back)\b))|"
             r"(?<=\swas\s|were\s)(?:\w+ly\s+)?held\s+(?=by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:authorities|"
             r"police|customs|coast\s?guard|navy|officials)\b)|"
             # ("when authorities held the bulk carrier Sky Ace at Busan": held a ship)
             # (not "held a meeting with the tanker X's owners")
             r"held(?=\s+(?:the|a|an)\s+(?:(?!(?:with|for|on|about|of|between|aboard)\b)[\w-]+\s+){0,3}?"
             r"(?:tankers?|vessels?|ships?|freighters?|"
             r"carriers?|bulkers?|boats?)\b))\b", re.I)
# a boarding or a stop, no more: what boarders did when they found nothing
_BOARDED_ONLY = re.compile(r"\b(?:boarded|intercepted|stopped)\b", re.I)
_LET_GO = rx(r"\b(?:found\s+(?:no|nothing)\b|allowed\s+(?:it|her|the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|"
             r"freighter|carrier))\s+to\s+(?:continue|proceed|leave|sail|go)\b|let\s+(?:it|her|the\s+"
             r"(?:[\w-]+\s+)?(?:ship|vessel|tanker))\s+(?:go|continue|proceed|sail)\b|"
             r"(?:(?:was|were|and)\s+)(?:later\s+|then\s+|soon\s+)?allowed\s+to\s+(?:continue|proceed|leave|sail))",
             re.I)
# A designation as a deed ("was sanctioned", "designated six vessels"), not "a sanctioned ship".
_SANCTION = rx(r"\b((?<!according to the )(?<!under the )(?<!in the )designat(?:ed|es|ing|ion)|"
                       r"blacklist\w*|blocked property|"
                       r"(?:was|were|been|is|are|being|has|have|had)\s+(?:\w+\s+)?sanctioned|"
                       r"sanctioned\s+(?:by|in|for|over|on|under)\b|"
                       # ("The Suezmax X, sanctioned last month, sat idle")
                       r"(?<=,\s)sanctioned(?=\s+(?:last|this|earlier)\s+(?:week|month|year)\b)|"
                       # "Treasury sanctioned the tanker X", "is sanctioning four vessels"
                       r"sanction(?:ed|s|ing)\s+(?:the|both|all|these|those|two|three|four|five|six|seven|eight|nine|ten|"
                       r"\d+|a|an|several)\b|"
                       r"impos(?:ed|es|ing)\s+sanctions\s+on|"
                       # "listed under UK sanctions since May", "has been under EU sanctions since"
                       r"listed\s+under\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?sanctions\b|"
                       # (the UK's word: "have been specified under the Russia sanctions regulations")
                       r"(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?specified\s+(?:under|pursuant\s+to)\s+"
                       r"(?:the\s+)?(?:[\w.()-]+\s+){0,4}?(?:sanctions|regulations)\b|"
                       # ("The UK has today specified four vessels under the Russia sanctions regime")
                       r"(?<=has\s|ave\s|day\s)(?:\w+ly\s+)?specified(?=\s+[^.;]{1,160}?\bunder\s+(?:the\s+)?"
                       r"(?:[\w.()-]+\s+){0,4}?sanctions\b)|"
                       # "The Saebyol has been listed by the UN since 2018"
                       r"(?:was|were|been|is|are)\s+(?:\w+ly\s+)?listed\s+by\s+(?:the\s+)?(?-i:UN|U\.?S\.?|EU|UK|"
                       r"OFAC|United\s+Nations|European\s+Union|Security\s+Council|Treasury|"
                       r"(?:US|U\.S\.|UN)\s+(?:Treasury|Security\s+Council))\b|"
                       r"(?:has|have|had)\s+been\s+under\s+(?:[\w.-]+\s+){0,2}?sanctions\s+since\b|"
                       # ("has been subject to US sanctions since 2022")
                       r"(?:is|are|was|were|been|became|become|remains?|remained)\s+(?:already\s+|also\s+|now\s+)?"
                       r"subject\s+to\s+"
                       r"(?:[\w.-]+\s+){0,2}?sanctions\b(?!\s+(?:review|relief|pressure|regimes?)\b)|"
                       # "was placed under US sanctions in 2022", "brought under EU sanctions"
                       r"(?:placed|put|brought)\s+under\s+(?:[\w.-]+\s+){0,2}?sanctions\b"
                       r"(?!\s+(?:review|relief|pressure|regimes?)\b)|"
                       # "The SIG, which is under US sanctions", "The X, under EU sanctions since 2023,"
                       # ("A tanker under U.S. sanctions has been anchored off Lome")
                       # ("A second tanker, the Y, remains under sanctions")
                       r"(?:(?:is|are|was|were|remains?|remained)\s+(?:already\s+|also\s+|now\s+|still\s+)?|"
                       r"(?<=,\s)|"
                       r"(?<=tanker\s)|(?<=vessel\s)|(?<=ship\s)|(?<=carrier\s)|(?<=freighter\s))under\s+"
                       r"(?:[\w.-]+\s+){0,2}?sanctions\b(?!\s+(?:review|relief|pressure|regimes?)\b)|"
                       # "The Council today listed 52 additional vessels that are part of the shadow
                       # fleet, which will be subject to a port access ban": a count of ships listed,
                       # in a sentence that tells of sanctions
                       r"listed\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
                       r"several)\s+(?:more\s+|additional\s+|new\s+|further\s+|other\s+)?(?:[\w-]+\s+)?"
                       r"(?:vessels|ships|tankers|carriers)\b(?=[^.;]{0,160}?\b(?:sanction|port\s+access\s+ban|"
                       r"banned|barred|asset\s+freeze|shadow\s+fleet))|"
                       # "The EU listed the tanker X in its 14th package": a package of sanctions
                       r"listed(?=\s+[^.;]{1,80}?\s+in\s+(?:its|their|the)\s+(?:[\w.’'-]+\s+){0,2}?"
                       r"(?:sanctions?\s+)?package\b)|"
                       # ("decided today to list the vessel X under the Russia sanctions regime")
                       r"\blist(?=\s+(?:(?!under\b)[^.;,]){1,80}?\s+under\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?"
                       r"sanctions\b)|"
                       # ("was among 45 tankers targeted by the EU's 15th package")
                       r"targeted\s+(?:by|in)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?(?:sanctions?\s+)?package\b|"
                       # "The EU banned 52 more vessels from its ports", "banned the tanker X from
                       # entering British ports"
                       r"(?:ban(?:ned|s|ning)|bar(?:red|s|ring))(?=\s+[^.;]{1,80}?\s+from\s+(?:entering\s+|using\s+|"
                       r"calling\s+at\s+)?"
                       r"(?:its|their|the|all|any)?\s*(?:[\w.’'-]+\s+){0,2}?ports\b)|"
                       # "Canada placed the tanker X on its sanctions list on 3 May"
                       r"(?:placed|put|added|included)(?=\s+[^.;]{1,80}?\s+(?:on|to|in)\s+(?:its|their|the)\s+"
                       r"(?:[\w.’'-]+\s+){0,2}?(?:sanctions?|SDN)\s+(?:list|blacklist|register)\b|"
                       # ("added the X to its list of vessels barred from its ports")
                       r"\s+[^.;]{1,80}?\s+(?:on|to|in)\s+(?:its|their|the)\s+list\s+of\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:vessels|ships|tankers)\s+(?:(?:that\s+are|which\s+are)\s+)?(?:barred|banned|"
                       r"prohibited)\b)|"
                       # "has been on the UK sanctions list since March", "was put on the EU's list"
                       # ("was among 74 tankers added to the EU's sanctions list in December")
                       r"(?:(?:has|have|had)\s+been|(?:was|were)\s+(?:put|placed|added)|(?:was|were|is|are)\s+"
                       r"(?:one\s+of|among)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:vessels|ships|tankers|carriers|"
                       r"freighters)\s+(?:that\s+(?:were|have\s+been)\s+)?(?:put|placed|added|included)|(?:is|are)(?:\s+also|"
                       r"\s+already|\s+still)?)\s+(?:on|to)\s+"
                       r"(?:the\s+)?(?:[\w.’'-]+\s+){0,2}?(?:sanctions?|SDN|Specially\s+Designated\s+Nationals|"
                       r"consolidated)\s+(?:lists?|blacklists?|registers?)\b|"
                       # "the EU's 14th sanctions package lists 27 vessels, including the X"
                       r"\bsanctions\s+(?:package|round|list)\s+(?:also\s+)?(?:lists?|listed|includes?|included|"
                       r"names?|named|targets?|targeted)\b|"
                       r"identif(?:y|ies|ied|ying)\b" + IN_CLAUSE + r"{0,80}?\bas\s+(?:blocked\s+)?property|"
                       # "added the tanker X to their sanctions lists"
                       # ("adding the tanker X ... to its list", in a package of sanctions)
                       r"\badd(?:ed|ing|s)\b" + IN_CLAUSE + r"{0,160}?\bto\s+(?:its|their|the|a|his|her)\s+"
                       r"(?:\w+\s+){0,2}?(?:sanctions?\s+(?:lists?|registers?)|blacklists?|own\s+lists?|"
                       r"(?P<list>lists?)\b))", re.I)
# "Among the vessels named were the X and the Y", "The ships listed include the X": the ships of
# a designation told in a sentence just before
_AMONG_NAMED = rx(r"\b(?:among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:vessels|ships|tankers|carriers|"
                  r"freighters)\s+(?:named|listed|targeted|cited|identified|included|hit|designated|sanctioned|"
                  r"blacklisted)|"
                  # "The listed vessels include X, Y and Z", after a listing
                  r"the\s+(?:newly\s+|recently\s+)?(?:listed|designated|sanctioned|blacklisted)\s+(?:vessels|"
                  r"ships|tankers|carriers|freighters)\s+(?:include|included|are|were)\b|"
                  # "Among the newly listed ships are the tankers X and Y"
                  r"among\s+(?:the\s+)?(?:newly\s+|recently\s+|latest\s+)?(?:listed|designated|sanctioned|"
                  r"blacklisted|targeted|named)\s+(?:vessels|ships|tankers|carriers|freighters)\s+"
                  r"(?:are|were|is|was)\b|"
                  # "OFAC also identified the Wren Halcyon", after a listing: as blocked property
                  r"\b(?:also|further|additionally)\s+(?:identified|identifies|identifying)(?=\s+(?:the|a|an|"
                  r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s)|"
                  # "The ships include the X, the Y and the Z", after a listing
                  r"\b(?:the|these|those)\s+(?:vessels|ships|tankers)\s+(?:include|included)\b|"
                  # "The list also includes the Ocean Dolphin", after a listing ("The ban includes the
                  # tankers X and Y", after a ban from ports)
                  r"(?:the|its|this|that)\s+(?:list|ban|designations?|listing)\s+(?:also\s+)?(?:includes|"
                  r"included|names|named|covers|covered)(?=\s+the\b)|"
                  # "Among those targeted were the Panama-flagged Saba and ..."
                  r"among\s+(?:those|them)\s+(?:named|listed|targeted|designated|sanctioned|identified|"
                  r"blacklisted)\s+(?:today\s+)?(?:were|was|are|is)\b|"
                  r"(?:vessels|ships|tankers|carriers|freighters)\s+(?:named|listed|targeted|cited|hit|"
                  r"identified|designated|sanctioned|blocked)\s+"
                  r"(?:\w+\s+){0,3}?(?:include|included|are|were)|"
                  # ("The tanker X was also listed", after a designation told just before)
                  r"(?:was|were)\s+also\s+(?:listed|named|targeted|included|identified|added)\b|"
                  # "Also identified is the Cameroon-flagged CH BILLION", after the list's lead
                  r"(?:also|further|additionally)\s+(?:identified|designated|sanctioned|named|listed|"
                  r"targeted)\s+(?:today\s+)?(?:is|are|was|were)|"
                  # "adds 52 vessels to its list ... They include the tankers X, Y and Z"
                  # ("... to its list of designated ships. They are the tankers X and Y")
                  r"(?:they|these|those)\s+(?:include|included|are|were)(?=\s+the\b)|"
                  # "designated eight tankers ... Among them is the Panama-flagged Lila"
                  r"(?:among|one\s+of)\s+(?:them|those|these)\s+(?:is|are|was|were)(?=\s+the\b)|"
                  # ("identified 16 vessels as blocked property. Among the vessels are the VLCC X")
                  r"among\s+(?:the|these|those)\s+(?:vessels|ships|tankers)\s+(?:is|are|was|were)(?=\s+the\b)|"
                  # "The vessels include the ANDROMEDA STAR (IMO ...), ...", after the listing
                  r"the\s+(?:vessels|ships|tankers)\s+(?:include|included)(?=\s+the\b))\b", re.I)
# between two ships of a list: "(IMO 9315276), the Cameroon-flagged ", "(IMO ...) and the tanker "
# (a list whose items are set apart by semicolons: "the tanker X (IMO ...); the tanker Y; and the Z")
# ("NOVA KITE (IMO 9179842), a Gabon-flagged crude oil tanker; SEA KITE ...": each item told with
# an aside on it)
_LIST_ITEM = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s+an?\s+[^;()]{1,60}?(?=\s*;))?"
                        r"\s*(?:,|;|and|[,;]\s*and)\s+(?:the\s+)?"
                        r"(?:[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?[- ](?:flagged|registered)\s+)?"
                        # ("..., and the product tankers Mira, Zenon and Kestrel")
                        r"(?:(?:(?:crude\s+(?:oil\s+)?|oil\s+|product\s+|chemical\s+|gas\s+|LPG\s+|LNG\s+)?"
                        r"(?:tanker|vessel|ship|cargo ship|bulk carrier|freighter|VLCC|Aframax|"
                        r"Suezmax|carrier)s?)\s+)?")
# who runs, insures or sails a ship: told of, a designation or an arrest is theirs, not the ship's
_SHIPS_PEOPLE = r"owners?|operators?|managers?|charterers?|insurers?|crew|master|captain"
_OWNERS_OF = rx(r"\b(?:" + _SHIPS_PEOPLE + r"|masters|captains|crews|(?:chief\s+)?engineers?|sailors|"
                r"seafarers|officers|crew\s+members)\s+of\s+(?:the\s+)?", re.I)
# what who runs a ship does to it, and the words up to the ship's name
_RUNS = (r"\s+(?:\w+ly\s+)?(?:owns?|owned|manages?|managed|operates?|operated|runs?|ran|insures?|insured|"
         r"charters?|chartered|controls?|controlled)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")
# "the company that manages the Lila": who runs the ship told before it
_RUNS_SHIP = rx(r"\b(?:compan(?:y|ies)|firms?|entit(?:y|ies)|owners?|operators?|managers?|business(?:es)?|"
                r"individuals?|persons?|man|woman|people)\s+(?:that|which|who)" + _RUNS, re.I)
# ", which owns the tanker ": a firm or a person told before it runs the ship
_HOLDER_WHICH = rx(r",\s+(?:which|who|that)" + _RUNS, re.I)
# "The vessel's registered owner, X Ltd, is one of the companies designated": its owner's
_OWNER_AFTER = rx(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + _SHIPS_PEOPLE + r")\b", re.I)
_THEIR_PEOPLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + _SHIPS_PEOPLE + r"|masters|captains|crews|sailors|"
                           r"seafarers|engineers?|officers)\b", re.I)
# ("The Lira's crew were detained": the people, not the ship)
_NAMED_PEOPLE = re.compile(r"['’]s" + _THEIR_PEOPLE.pattern, re.I)
# "The other designated company, X, operates the Y": a word for who was designated, not a ship
_DESIGNATED_WHO = rx(r"\s+(?:[\w-]+\s+)?(?:compan(?:y|ies)|firms?|entit(?:y|ies)|individuals?|persons?|"
                     r"people|owners?|managers?|operators?|networks?|business(?:es)?|traders?|brokers?|"
                     r"officials?|banks?|groups?)\b", re.I)
_NAMES_ONLY = re.compile(r"[\w\s,'’.-]*")
# people sent from a ship, told before its name: "sailors from the destroyer ", "a team aboard the "
_SHIP_AGENT = rx(r"\b(?:sailors|marines|personnel|crews?|teams?|forces|troops|commandos|helicopters?|boats?|"
                 r"officers|guards|parties|party|SEALs|Seals)\s+(?:from|aboard|of|on|based\s+on)\s+(?:the\s+)?"
                 r"(?:[\w-]+\s+){0,3}?$")
# (or a time: "The patrol ship X on Sunday seized a fishing vessel")
_AGENT_GAP = re.compile(r"\s+(?:(?:had|has|have|later|then|also|briefly|reportedly|yesterday|today|"
                        r"(?:early\s+|late\s+)?on\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)|"
                        r"last\s+(?:week|month|night)|this\s+(?:week|month))\s+)*")
_BY = re.compile(r"\s+by\b")
# a verb that tells a cargo passed from one ship to another
_PASSED_VERB = rx(r"\b(?:transferr(?:ed|ing)|pump(?:ed|ing)|lighter(?:ed|ing)|offload(?:ed|ing)|"
                  r"discharg(?:ed|ing)|receiv(?:ed|ing)|took\s+on|trans-?shipp(?:ed|ing))\b", re.I)
# a designation told in the perfect ("have been sanctioned"), in a relative aside ("which")
_PERFECT_LISTED = rx(r"\b(?:has|have)\s+(?:\w+\s+)?been\s+(?:sanctioned|designated|blacklisted|listed)\b",
                     re.I)
_RELATIVE_BEFORE = rx(r"\b(?:which|that|who)\s+(?:\w+\s+)?$", re.I)


_COMMA_OR_SEMICOLON = re.compile(r"[,;]")


def _aside_close(text: str, pos: int, end: int) -> int:
    """Where the aside going on at `pos` closes: its comma or semicolon, or `end`."""
    close = _COMMA_OR_SEMICOLON.search(text, pos, end)
    return close.start() if close else end
# a time told by a designation named again: "a week before the designation"
_TIMED_BY_DESIGNATION = rx(r"\b(?:before|after|since|until|following|prior\s+to|ahead\s+of)\s+"
                           r"(?:the|its|their)\s+(?:[\w-]+\s+)?designations?$", re.I)
# a clause of its own, with a named doer, between a ship and the deed: "Neither ship is under
# sanctions, although the US Treasury designated ..." (the ship is not what the doer acted on)
_OWN_DOER_CLAUSE = rx(r"[,;]\s+(?:although|though|even\s+though|while|whereas|but|yet|and)\s+"
                      r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*" + _AGENT_GAP.pattern + r"$")
# (but the ship told before may be the object, by a pronoun: "..., and the US designated it")
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|her|them|both|the\s+(?:ship|vessel|tanker|freighter|carrier)s?)\b")
# an order that a ship be held, the ship between: "ordered the bulk carrier "
_ORDERED_HELD = re.compile(r"\b(?:ordered|orders|ordering|had|got|wanted)\s+(?:the\s+|a\s+)?"
                           r"(?:[\w-]+\s+){0,3}?$")
_PASSIVE_CUE = re.compile(r"(?:was|were|been)\b", re.I)
# what lies between a ship, the object of one verb, and the next verb of a list of deeds
# (not "The tanker Kira was boarded, and seized": the subject of a passive)
_AND_NEXT_DEED = re.compile(r"(?:(?!\b(?:was|were|is|are|been|being)\b)[^.;])*,\s+and\s+"
                            r"(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?")
# (or a package of them, or a ban on port access: "the EU's 14th package added 27 vessels to the
# list of ships subject to a port access ban")
_SANCTIONS_TOLD = rx(r"\bsanction|\bblacklist|\bdesignat|\b(?:\d+(?:st|nd|rd|th)|latest|new)\s+package\b|"
                     r"\bport\s+access\s+ban\b|\b(?:banned|barred)\s+from\s+(?:its|their|EU|European|UK|British)\s+ports\b",
                     re.I)


_LIST_OF = re.compile(r"\s+(?:of|for)\b")


def _sanctions_before(analysis: Analysis, sent: Sentence) -> bool:
    """Whether the sentence just before, in its paragraph or as the heading over it
    ("Designations"), tells of sanctions."""
    index = analysis.index_of(sent)
    if index == 0:
        return False
    before = analysis.sentences[index - 1]
    return before.paragraph >= sent.paragraph - 1 and _SANCTIONS_TOLD.search(
        analysis.text, before.span.start, before.span.end) is not None
# ("seized about 980,000 barrels of Iranian crude aboard", "the confiscation of the ship's cargo")
_CARGO_SEIZED = rx(r"\s+(?:(?:about|some|nearly|around|roughly|more\s+than|over|almost)\s+)?[\d][\d,.]*\s*"
                   r"(?:million\s+)?(?:barrels|tonnes|tons|containers|cubic\s+metres)\b|"
                   # ("the confiscation of Iranian oil from the Lana": the load)
                   # ("the confiscation of the same ship's Iranian cargo")
                   # (not "confiscated the ship and its cargo": the ship, with its load)
                   r"\s+(?:of\s+)?(?:(?:its|her|their|the)\s+|(?=[A-Z][a-z]+\s))(?:(?!and\b|or\b)[\w'’-]+\s+){0,3}?"
                   r"(?:cargo(?:es)?|oil|crude|"
                   r"shipments?|load|diesel|fuel|grain|wheat|coal|petroleum)\b"
                   # ("seized the cargo ship X", "the oil tanker X", "the oil products tanker X": the
                   # ship; not "the crude from the tanker X")
                   r"(?!(?:\s+(?!(?:from|of|on|off|aboard|in|at|and|or)\b)[\w-]+){0,2}\s+"
                   r"(?:ship|vessel|tanker|carrier|freighter|barge)s?\b)"
                   # ("seized a cache of missile parts", "seized weapons bound for Yemen": goods)
                   r"|\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:cache|consignment|haul|stash|shipment)\s+of\b"
                   r"|\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|munitions|ammunition|missiles?|drones?|rifles|"
                   r"narcotics|drugs|cocaine|heroin|hashish|contraband|components|parts)\b"
                   r"(?!\s+(?:ship|vessel|tanker|carrier|freighter|barge|dhow)s?\b)", re.I)
_PEOPLE_TAKEN = rx(r"\s+(?:(?:the|its|her|two|three|several|\d+)\s+)?(?:Captain|Capt\.|captain|master|"
                   r"skipper|crew(?:\s+members?)?|sailors|seafarers|officers?|chief\s+(?:engineer|officer)|"
                   r"men|people|suspects?|nationals|[A-Z][a-z]+\s+[A-Z][a-z]+,)\b")
_COUNTED_SEIZURE = rx(r"\b(?:is|was|marks?|marked|marking)\s+(?:the|its|their)\s+(?:first|second|third|"
                      r"fourth|fifth|latest|last|only|\w+th)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_SINCE_NEXT = re.compile(r"(?:there\s+)?since\b")
# a seizure ended, told before its noun: "after a court lifted its arrest"
_LIFTED_BEFORE = rx(r"\b(?:lifted|ended|overturned|revoked|annulled|cancell?ed|released\s+\w+\s+from)\s+"
                    r"(?:its|her|the)\s+$", re.I)
_TOLD_SEIZURE = rx(r"\b(?:the|this|that|its|her)\s+$", re.I)
_NOUN_CUE = re.compile(r"(?i)seizures?|detentions?|arrests?|confiscations?|impoundments?|hijackings?")
_OF_NEXT = re.compile(r"\s+of\b")
# a port a ship lies off, not in: "held off Porvoo"
_OFF_PORT = re.compile(r"\boff\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$")
# (or "in the Danube port of Izmail", "at the Russian port of Azov")
# ("at the southern port of Pohang", "the Danube port of Izmail")
# (or kept from leaving it: "barred the X from leaving Busan")
_HELD_AT = rx(r"\b(?:at|in|into|off|from\s+(?:leaving|departing)|from\s+sailing\s+from)\s+(?:the\s+)?"
              r"(?:(?:[\w'’-]+\s+){0,2}(?:port|harbou?r)\s+of\s+)?$", re.I)
# "seized the X when the vessel entered the port of Izmail": where it was as it was held
_HELD_AS_IT_CAME = rx(r"\b(?:when|as)\s+(?:it|she|the\s+(?:vessel|ship|tanker|freighter|carrier))\s+"
                      r"(?:entered|reached|arrived\s+(?:at|in)|docked\s+(?:at|in)|called\s+at|"
                      r"put\s+in\s+at)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}(?:port|harbou?r)\s+of\s+)?$",
                      re.I)
# "a firm whose only other ship, the Y, was detained": the ship the relative clause is about
_WHOSE_SHIP = rx(r"\bwhose\s+(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|boat|sister)s?,?\s+"
                 r"(?:the\s+)?$")
# what joins a second time of a deed told again: " and again in Denmark in ", ", and in "
_AGAIN_TIME = re.compile(r"\s*,?\s+and\s+(?:again\s+|later\s+|then\s+|once\s+more\s+)?(?:(?:in|at|off|by)\s+"
                         r"[^,;.()]{1,40}?\s+)?(?:in|on)?\s*")
_TIMES_COUNTED = re.compile(r"\s+(?:twice|three\s+times|several\s+times|more\s+than\s+once)\b")
_IN_WHOSE_ASIDE = rx(r",\s+whose\s[^,;()]*$")
_THEN_CUE = rx(r"[,\s]*(?:(?:was|were|is|are|has|had|have|been|being|also|later|then|reportedly)\s+)*")
_WHOSE_OWNER = rx(r"\s*,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:" + _SHIPS_PEOPLE + r"|parent)\b", re.I)


# a gap told by its end and its length: "reappeared off Oman on 22 April after 40 days without
# transmitting", "switched its AIS back on after three weeks dark"
_BACK_AFTER_DAYS = rx(r"\b(?:reappeared|resurfaced|re-emerged|resumed\s+transmitting|(?:switched|turned)\s+"
                      r"(?:its\s+|her\s+)?(?:AIS|transponder)\s+back\s+on|(?:turned|switched)\s+on\s+(?:its|her)\s+"
                      r"(?:AIS|transponder))\b(?P<mid>[^.;]{0,80}?)\b(?:after|following)\s+(?P<n>\d{1,3}|[a-z]+)\s+"
                      r"(?P<unit>days?|weeks?)\s+(?:without\s+(?:transmitting|broadcasting|a\s+signal|an?\s+AIS\s+signal|"
                      r"signal)|(?:of\s+)?(?:silence|darkness)|dark|offline)\b", re.I)


# a deed told as done after the one told before: "It then turned off its AIS"
_THEN_AFTER = re.compile(r"\b(?:then|subsequently|afterwards|next|after\s+that|soon\s+after|"
                         r"shortly\s+after(?:wards)?)\b", re.I)


_GONE_FROM = re.compile(r"(?:disappeared|vanished|dropped)\b")


def _time_told_before(analysis: Analysis, sent: Sentence) -> str | None:
    """The last time the sentence before told, in the same paragraph."""
    index = analysis.index_of(sent)
    before = analysis.sentences[index - 1] if index else None
    if before is None or before.paragraph != sent.paragraph or not before.times:
        return None
    return before.times[-1].interval.iso()


def _gap_told_by_its_end(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The VLCC X reappeared off Oman on 22 April after 40 days without transmitting": a gap in
    its signal, from that many days before the time it came back to that time."""
    text, s = analysis.text, sent.span.start
    for m in _BACK_AFTER_DAYS.finditer(text, s, sent.span.end):
        ship = next((v for v in reversed(vessels) if v.end <= m.start()), None)
        count = int(m["n"]) if m["n"].isdigit() else NUM_WORDS.get(m["n"].lower(), 0)
        days = count * (7 if m["unit"].lower().startswith("week") else 1)
        back = next((t for t in sent.times if m.start() <= t.start < m.start("n")), None)
        if ship is None or not days or back is None or blocked(text, s, ship.start, m.start("n")) or \
                any(e["type"] == "AISGap" and e.get("vessel") == ship.key for e in analysis.events_at(s)):
            continue
        end = back.interval.iso()
        event = record(analysis, sent, "AISGap", m.start(), vessel=ship.key, date=end)
        event["date"] = span_dates(shifted_back(end, days), end)


def _clause_comma(text: str, start: int, end: int) -> int:
    """Where the clause from `start` closes: its next comma, or the sentence's end."""
    at = text.find(",", start, end)
    return end if at < 0 else at


_NOT_THIS_ONE = rx(r"\b(?:not|nor|except|excluding|apart\s+from|other\s+than)\s+(?:(?:the|its|their)\s+)?"
                   r"(?:[\w-]+\s+){0,3}?$", re.I)
# (or "since" opening a clause with its own subject: "the first detention by Seoul since the Kwang
# Rong was seized at Yeosu", not "since it was seized")
_WHEN_BETWEEN = rx(r",\s+(?:when|where)\s+(?!\w+ing\b)|\bsince\s+the\s+(?-i:[A-Z])")
_FROM_SHIP_AFTER = rx(r"\s+(?:from|aboard|on\s+board|off)\s+(?:the\s+)?", re.I)
# the load as a passive cue's subject: "after its cargo was confiscated" (not "the tanker and
# its cargo were seized")
_PASSIVE_CARGO = rx(r"(?:(?<!and\s)\b(?:its|her|their|the)\s+|['’]s\s+)(?:[\w-]+\s+){0,2}?" + CARGO_WORDS +
                    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$", re.I)
# a cargo told by the ship that brought it, as the subject of a passive: "North Korean coal
# unloaded at Pohang in October by the X was "
_CARGO_BROUGHT_SEIZED = rx(r"\s*[^,;.]{0,40}?\b" + CARGO_WORDS +
                           r"\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?"
                           r"(?:un|off)?(?:loaded|shipped|carried|delivered|brought|transported|discharged)\b"
                           r"[^;]{0,120}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                           r"(?:[a-z]+ly\s+)?", re.I)
_CARGO_BEFORE_CUE = rx(r"\b(?:" + CARGO_WORDS + r"|barrels|tonnes|tons)\s+(?:(?:that|which)\s+"
                       r"(?:was|were|had\s+been)\s+)?(?:[a-z]+ly\s+)?$", re.I)
# ("detained the X, suspecting that it passed oil to the Y": why, the Y not held)
_NEXT_CLAUSE = rx(r";|\b(?:after|before|when|while|whereas|although|because|since|until|suspecting|"
                  r"on\s+(?:the\s+)?suspicion)\b|"
                  # (who tells it: ", said Farid Mammadov, an analyst in Baku")
                  r",\s+(?:and|but|which|who|said|says|according\s+to|"
                  r"(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*)*\s+said)\b", re.I)
_HYPOTHETICAL = rx(r"\b(could|would|might|(?-i:may)|if|will|expected|recommends?|"
                           # ("asking Lebanese authorities to detain the vessel": a request)
                           r"urged?|urging|asked|asking|requesting|calls? on|called on|calling on|"
                           r"consider\w*|should|"
                           # ("demanding that Turkey detain the ship": asked for, not done)
                           r"demand(?:s|ed|ing)?|"
                           # "threatened to seize", "tried to detain": no seizure yet
                           r"threaten\w*|plan(?:s|ned)?\s+to|intend\w*|vow\w*|tri(?:ed|es)\s+to|"
                           # "proposed adding the tanker X to its blacklist": not yet done
                           r"propos(?:ed|es|ing|als?)|draft|weigh(?:s|ed|ing)|"
                           r"attempt\w*\s+to|s(?:ought|eeks?)\s+to|wants?\s+to|"
                           # "was ordered to switch off the transponder": an order, not a deed
                           r"(?:ordered|told|instructed|directed|pressed|pressured)\s+to(?=\s+(?-i:[a-z])))\b",
                  re.I)


# "Her counterpart in four of these transfers was the tanker X": the other side of a transfer
# the sentence before told of
_PARTNER = rx(r"\b(?:(?:[Hh]er|[Ii]ts|[Tt]heir|[Tt]he)\s+(?:(?:usual|main|regular|STS|transfer)\s+)?"
              r"(?:counterpart|partner)|receiving (?:vessel|ship|tanker)|donor (?:vessel|ship|tanker)|"
              r"mother (?:ship|vessel)|other (?:vessel|ship|tanker) (?:in|involved))\b")


_STS_WORD = rx(r"\b(?:ship-to-ship|STS|trans-?shipments?)\b", re.I)
_SEEN_BESIDE = rx(r"\b(?:alongside|next\s+to|beside|side[- ]by[- ]side|hull[- ]to[- ]hull)\b", re.I)


def _judged_after_abreast(analysis: Analysis, sent: Sentence) -> None:
    """"It reappeared on 6 Oct in the Laconian Gulf, next to the KITE ROVER. || Looks like an
    STS.": two ships told side by side, then a transfer read into it in a sentence that names no
    ship, as sure as that reading (where and when, the sentence before's)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if analysis.in_sentence(sent, "Vessel") or not _STS_WORD.search(text, s, e) or blocked(text, s, s, e):
        return
    prev, told = _sentence_before(analysis, sent)
    beside = _SEEN_BESIDE.search(text, prev.span.start, prev.span.end) if prev is not None else None
    if prev is None or beside is None or len(told) != 2 or \
            blocked(text, prev.span.start, beside.start(), beside.end()):
        return
    ships = analysis.in_sentence(prev, "Vessel")
    if not (any(v.end <= beside.start() for v in ships) and any(v.start >= beside.end() for v in ships)):
        return  # (the two on either side of the word that sets them together)
    if any(ev["type"] == "ShipToShipTransfer" and set(ev["vessels"]) == set(told)
           for ev in analysis.events_at(prev.span.start)):
        return
    location = _sts_location(analysis, prev, beside.end())
    level = confidence_of(analysis.sentence_text(sent))
    event = record(analysis, sent, "ShipToShipTransfer", s, vessels=told, cargo=None,
                   date=date_near(analysis, prev, beside.start()),
                   location=location.key if location else None,
                   location_type=location.type if location else None)
    # ("Looks like an STS": a reading, at least as doubtful as "likely")
    event["confidence"] = level if level != "reported" else "likely"
    cite(event, prev)


_THERE_OPENS = re.compile(r"\s*(?:There|Once\s+there|While\s+there|At\s+that\s+(?:spot|point|position)),\s")


def _sentence_before(analysis: Analysis, sent: Sentence) -> tuple[Sentence | None, list[str]]:
    """The sentence before, if in this paragraph or the one before, and the ships it names."""
    index = analysis.index_of(sent)
    prev = analysis.sentences[index - 1] if index else None
    if prev is None or prev.paragraph < sent.paragraph - 1:
        return None, []
    return prev, list(dict.fromkeys(v.key for v in analysis.in_sentence(prev, "Vessel")))


def _partner(analysis: Analysis, sent: Sentence) -> None:
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not _PARTNER.search(text, s, e) or blocked(text, s, s, e):
        return
    prev, told = _sentence_before(analysis, sent)
    if prev is None or not _STS.search(text, prev.span.start, prev.span.end):
        return
    named = list(dict.fromkeys(v.key for v in analysis.in_sentence(sent, "Vessel")
                               if v.form == "name"))
    if len(told) != 1 or len(named) != 1 or told == named:
        return
    date = date_near(analysis, sent, s) or date_near(analysis, prev, prev.span.start)
    if _same_meeting(analysis, sent, {told[0], named[0]}, date) is None:
        event = record(analysis, sent, "ShipToShipTransfer", s, vessels=[told[0], named[0]], date=date,
                       location=None, location_type=None, cargo=None)
        cite(event, prev)  # (the sentence that told of the transfer)


# ", where she discharged part of her cargo": a deed done where the ship just named lay
_WHERE_WORKED = rx(r"(?:\s+(?:[a-z]+\s+){0,3}?(?:unit|vessel|tanker|FSU|FSO|FPSO))?"
                   r"(?:\s+(?:off|near|in|at)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})?,\s+where\s+"
                   r"(?:it|she|the\s+(?:\w+\s+)?(?:tanker|ship|vessel|carrier)|"
                   # ("..., where the Pioneer transferred its cargo": one of the ships that went there)
                   r"the\s+(?P<who>[A-Z][\w'’-]*(?:\s[A-Z0-9][\w'’-]*){0,3}))\s+(?:\w+ly\s+)?"
                   r"(?:discharged|offloaded|unloaded|transferred|pumped|lightered|loaded|took\s+on)\b")


def _where_at_ship(analysis: Analysis, sent: Sentence) -> None:
    """"She sailed to the Koryak floating storage unit off Kamchatka, where she discharged part
    of her cargo": the cargo passed to the ship she went to."""
    text, s = analysis.text, sent.span.start
    if text.find(", where", s, sent.span.end) < 0:
        return
    vessels = analysis.in_sentence(sent, "Vessel")
    for v in vessels:
        worked = _WHERE_WORKED.match(text, v.end)
        if v.form != "name" or worked is None or not _WENT_TO.search(text, max(s, v.start - 40), v.start):
            continue
        other = [w for w in vessels if w.end <= v.start and w.key != v.key]
        if worked["who"]:
            other = [w for w in vessels if worked.start("who") <= w.start < worked.end("who")
                     and w.key != v.key]
        if not other or blocked(text, s, other[-1].start, worked.end()):
            continue
        date = date_near(analysis, sent, worked.end())
        if _same_meeting(analysis, sent, {other[-1].key, v.key}, date) is None:
            record(analysis, sent, "ShipToShipTransfer", worked.start(), vessels=[other[-1].key, v.key],
                   date=date, location=None, location_type=None, cargo=None)


def _at_storage(analysis: Analysis, sent: Sentence) -> None:
    """"The X loaded its cargo at the Saam floating storage unit", "took on a cargo at the Saam
    FSU": a ship that loaded or unloaded at a storage ship moved cargo with it."""
    text, s = analysis.text, sent.span.start
    vessels = analysis.in_sentence(sent, "Vessel")
    for w in vessels:
        kind = str(analysis.attrs("Vessel", w.key).get("vessel_type") or "")
        if not ("storage" in kind.lower() or STORAGE_SUFFIX.search(w.text)):
            continue
        worked = _WORKED_AT.search(text, max(s, w.start - 80), w.start)
        if worked is None or worked["left"] and not _LADEN_NEXT.match(
                text, w.end, min(sent.span.end, w.end + 80)):
            continue  # (a storage ship left laden: "left the Saam FSU on 3 September with LNG")
        subject = [v for v in vessels if v.end <= worked.start() and v.key != w.key
                   and clause_start(text, s, worked.start()) <= v.start]
        if not subject or blocked(text, s, subject[-1].start, w.end):
            continue
        date = date_near(analysis, sent, worked.start())
        shuttle = "between" in worked.group()
        if shuttle:  # "shuttled between Sabetta and the Saam FSU": a call at the port as well
            for p in analysis.in_sentence(sent, "Port"):
                if worked.start() < p.start < w.start and p.form != "anaphor":
                    add_call(analysis, sent, subject[-1], p, "shuttled between")
        if _same_meeting(analysis, sent, {subject[-1].key, w.key}, date) is None:
            # ("... unit near Murmansk"; not the other end of a shuttle)
            where = None if shuttle else _sts_location(analysis, sent, w.end)
            record(analysis, sent, "ShipToShipTransfer", worked.start(),
                   vessels=[subject[-1].key, w.key], date=date,
                   location=where.key if where else None,
                   location_type=where.type if where else None, cargo=None)


# "... where the cargo was pumped into larger tankers. || One of them, the Suezmax Y, ...": one of
# the ships a named ship's cargo passed to, named after
# ("The first, the Lotus Wren, took about 600,000 barrels", "The second, the Y, received the rest")
_ONE_OF_THEM = rx(r"\s*(?:(?:One|Another)\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:tankers|ships|"
                  r"vessels|carriers))|The\s+(?:first|second|third|other|last)(?:\s+(?:one|tanker|ship|vessel))?)"
                  r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
_PASSED_TO_SHIPS = rx(r"\b(?:transferr|mov|pass|pump|hand|lighter|offload|discharg)(?:ed|ing)\s+"
                      r"(?:[\w,-]+\s+){0,6}?(?:to|onto|into)\s+(?:other|several|two|three|four|smaller|larger|waiting|"
                      r"different)\s+(?:[\w-]+\s+)?(?:tankers|ships|vessels|carriers)\b", re.I)


def _one_of_the_takers(analysis: Analysis, sent: Sentence) -> None:
    """"The X ... sailed to the Laconian Gulf, where the cargo was pumped into larger tankers. ||
    One of them, the Suezmax Y, later discharged at Sikka": Y took cargo from X at sea (where and
    when the sentence before tells the cargo passed)."""
    text, s = analysis.text, sent.span.start
    prev, told = _sentence_before(analysis, sent)
    vessels = analysis.in_sentence(sent, "Vessel")
    if prev is None or len(told) != 1 or not vessels or told[0] == vessels[0].key:
        return
    taker = vessels[0]
    passed = _PASSED_TO_SHIPS.search(text, prev.span.start, prev.span.end)
    first = next((v for v in analysis.in_sentence(prev, "Vessel") if v.form == "name"), None)
    if passed is None and first is not None and _ONE_OF_THEM.fullmatch(text, prev.span.start, first.start):
        # ("... to two smaller tankers off Baniyas. || The first, the X, took ... || The second, the
        # Y, received the rest": past the taker told before it)
        prev, told = _sentence_before(analysis, prev)
        if prev is None or len(told) != 1 or told[0] == taker.key:
            return
        passed = _PASSED_TO_SHIPS.search(text, prev.span.start, prev.span.end)
    if passed is None or not _ONE_OF_THEM.fullmatch(text, s, taker.start) or \
            blocked(text, prev.span.start, passed.start(), passed.end()):
        return
    # (where: the place named last before the passing, "sailed to the Laconian Gulf, where ...";
    # when: a time told with the passing, not the loading's before it)
    # (or told after it: "offloaded crude to two smaller tankers off Syria's Baniyas")
    where = next((m for m in reversed(analysis.in_sentence(prev)) if m.type in ("Place", "Port") and
                  m.end <= passed.start()), None) or _sts_location(analysis, prev, passed.end())
    own = [t for t in prev.times if t.start >= passed.start()]
    event = record(analysis, prev, "ShipToShipTransfer", passed.start(), vessels=[told[0], taker.key],
                   location=where.key if where else None, location_type=where.type if where else None,
                   cargo=None)
    event["date"] = own[0].interval.iso() if own else None
    cite(event, sent)


# "A second Aframax, the Coral Dune, handed over its cargo two days later": a ship that gave its
# load to no ship named, told as one more giver (not "... its cargo to the Y", nor "at Sikka")
_GAVE_ITS_LOAD = rx(r"\b(?:handed\s+over|transferred|passed(?:\s+on)?|discharged|offloaded|pumped|delivered|"
                    r"unloaded)\s+(?:its|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:cargo|load|crude|oil|fuel|shipment)\b"
                    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:to|into|onto|at|in|off|near)\s)", re.I)
_ANOTHER_GIVER = rx(r"\b(?:a\s+(?:second|third|fourth|further)|another)\b", re.I)
_LOAD_FROM_SHIP = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _second_giver(analysis: Analysis, sent: Sentence) -> None:
    """"The VLCC X received crude from the Aframax Y on August 26. || A second Aframax, the Z,
    handed over its cargo two days later": Z gave its load to the ship that took Y's (at the
    place told for that transfer)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    if len({v.key for v in named}) != 1:
        return
    giver = named[0]
    gave = _GAVE_ITS_LOAD.search(text, giver.end, e)
    if gave is None or not _ANOTHER_GIVER.search(text, s, giver.start) or \
            blocked(text, s, giver.start, gave.end()):
        return
    prev, _ = _sentence_before(analysis, sent)
    if prev is None:
        return
    told = [ev for ev in analysis.events_at(prev.span.start) if ev["type"] == "ShipToShipTransfer"]
    if len(told) != 1 or giver.key in told[0]["vessels"]:
        return
    # (the taker of that transfer: the other of the ship its cargo came "from")
    source = next((v for v in analysis.in_sentence(prev, "Vessel") if v.key in told[0]["vessels"] and
                   _LOAD_FROM_SHIP.search(text, max(prev.span.start, v.start - 40), v.start)), None)
    taker = next((k for k in told[0]["vessels"] if source is not None and k != source.key), None)
    if taker is None:
        return
    event = record(analysis, sent, "ShipToShipTransfer", gave.start(), vessels=[giver.key, taker],
                   location=told[0].get("location"), location_type=told[0].get("location_type"), cargo=None)
    cite(event, prev)


# "received frozen squid from at least six Chinese-flagged jiggers": a load taken at sea from
# ships not yet named
_FROM_UNNAMED_SHIPS = rx(r"\b(?:receiv|collect|load|obtain)(?:ed|ing)\s+(?:[\w,.-]+\s+){0,6}?from\s+"
                         r"(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|several\s+|other\s+|"
                         r"smaller\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+)+"
                         r"(?:[\w-]+\s+){0,2}?(?:tankers|ships|vessels|carriers|jiggers|trawlers|longliners|"
                         r"seiners|boats)\b", re.I)
# "Among the fishing vessels were the X and the Y", "They included the X": the ships of the group
# told just before, named
_GROUP_THEN_NAMED = rx(r"\s*(?:Among\s+(?:them|those|these|the\s+(?:[\w-]+\s+){0,2}?(?:tankers|ships|vessels|"
                       r"carriers|jiggers|trawlers|longliners|seiners|boats))\s*,?\s+(?:were|was|are|is)|"
                       r"(?:They|These|Those)\s+included)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


def _group_named_after(analysis: Analysis, sent: Sentence) -> None:
    """"The reefer X received frozen squid from at least six jiggers off Argentina in September.
    || Among the fishing vessels were the Y and the Z": X took cargo at sea from Y and from Z
    (where and when the sentence before tells)."""
    text, s = analysis.text, sent.span.start
    prev, told = _sentence_before(analysis, sent)
    vessels = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    if prev is None or len(told) != 1 or not vessels or told[0] == vessels[0].key or \
            not _GROUP_THEN_NAMED.fullmatch(text, s, vessels[0].start):
        return
    passed = _FROM_UNNAMED_SHIPS.search(text, prev.span.start, prev.span.end) or \
        _PASSED_TO_SHIPS.search(text, prev.span.start, prev.span.end)
    if passed is None or blocked(text, prev.span.start, passed.start(), passed.end()) or \
            blocked(text, s, s, vessels[0].end):
        return
    location = _sts_location(analysis, prev, passed.end())
    date = date_near(analysis, prev, passed.start())
    for v in coordinated(analysis, vessels):
        if v.key != told[0] and _same_meeting(analysis, prev, {told[0], v.key}, date) is None:
            event = record(analysis, prev, "ShipToShipTransfer", passed.start(), vessels=[told[0], v.key],
                           location=location.key if location else None,
                           location_type=location.type if location else None, cargo=None, date=date)
            cite(event, sent)


# two ships told of, unnamed, lying side by side: "two aging supertankers lay side by side east of
# Johor" (not "sailed side by side", ships on the move)
_UNNAMED_PAIR_ABREAST = rx(r"\b(?:[Tt]wo|[Aa]\s+pair\s+of)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:tankers|supertankers|ships|vessels|carriers|freighters|bulkers|VLCCs|Aframaxes|"
                           r"Suezmaxes)\b(?P<gap>[^.;:]{0,40}?)"
                           r"\b(?:side[\s-]+by[\s-]+side|hull[\s-]+to[\s-]+hull|"
                           r"alongside\s+(?:each\s+other|one\s+another))\b")
# the sentences after that name them: "They were the X and the Y", "One of them, the X, ...",
# "The other, the Y, ..."
_PAIR_WERE = rx(r"\s*(?:They|The\s+two(?:\s+[a-z]+)?|The\s+(?:ships|tankers|vessels))\s+were\s+(?:the\s+)?$")
_ONE_OF_PAIR = rx(r"\s*(?:One\s+of\s+them|One\s+was|The\s+first)\s*,?\s*(?:was\s+)?(?:the\s+)?"
                  r"(?:[\w-]+\s+){0,3}?$")
_OTHER_OF_PAIR = rx(r"\s*(?:The\s+other|The\s+second)\s*,?\s*(?:was\s+)?(?:the\s+)?"
                    r"(?:[\w-]+\s+){0,3}?$")
_PAIR_PASSED = rx(r"\b(?:took|taking|received|receiving)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
                  r"(?:oil|crude|cargo|load|fuel|diesel)\s+(?:aboard|on\s*board)\b|\b(?:transferr\w*|pumped|pumping)\b")


def _pair_named_after(analysis: Analysis, sent: Sentence) -> None:
    """"In late September two supertankers lay side by side east of Johor. || One of them, the
    X, had loaded crude at Kharg Island. || The other, the Y, took the oil aboard": the pair told
    of first, unnamed, as named in the sentences after, met at sea where and when the first told
    (likely so, as seen side by side, unless a transfer is told)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    cue = _UNNAMED_PAIR_ABREAST.search(text, s, e)
    if cue is None or any(v.form == "name" for v in analysis.in_sentence(sent, "Vessel")) or \
            _UNDER_WAY.search(cue["gap"]) or blocked(text, s, cue.start(), cue.end()):
        return
    index = analysis.index_of(sent)
    keys: list[str] = []
    told: list[Sentence] = []
    last = sent
    for after in analysis.sentences[index + 1:index + 4]:
        if after.paragraph - last.paragraph > 1:
            break  # (a wire story's paragraphs of a sentence each go on)
        last = after
        named = [v for v in analysis.in_sentence(after, "Vessel") if v.form == "name"]
        if not named:
            continue
        found = []
        if len(named) >= 2 and _PAIR_WERE.fullmatch(text, after.span.start, named[0].start) and \
                JOINED.fullmatch(text, named[0].end, named[1].start):
            found = [named[0].key, named[1].key]
        elif _ONE_OF_PAIR.fullmatch(text, after.span.start, named[0].start) and not keys or \
                _OTHER_OF_PAIR.fullmatch(text, after.span.start, named[0].start) and len(keys) == 1:
            found = [named[0].key]
        if not found:
            break  # (the sentences go on to other ships)
        keys += [k for k in found if k not in keys]
        told.append(after)
        if len(keys) >= 2:
            break
    if len(keys) != 2:
        return
    location = _sts_location(analysis, sent, cue.end())
    date = date_near(analysis, sent, cue.start())
    if _same_meeting(analysis, sent, set(keys), date) is not None:
        return
    event = record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=keys, cargo=None, date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None)
    for after in told:
        cite(event, after)
    if event.get("confidence") == "reported" and not any(
            _PAIR_PASSED.search(text, x.span.start, x.span.end) for x in [sent, *told]):
        event["confidence"], event["abreast"] = "likely", True


# "The two ships separated on March 7": the end of the meeting told just before
_PAIR_PARTED = rx(r"\b(?:[Tt]he\s+(?:two|pair\s+of)\s+(?:ships|tankers|vessels|hulls)|[Tt]hey|"
                  r"[Bb]oth(?:\s+ships)?)\s+"
                  r"(?:then\s+|finally\s+)?(?:separated|parted|unmoored|cast\s+off|moved\s+apart|split\s+up|"
                  r"disconnected)\b")


def _pair_parted(analysis: Analysis, sent: Sentence) -> None:
    """"When it reappeared on March 6, the X was lying alongside the Y. || The two ships separated
    on March 7": the transfer told just before ran from its day to the day they parted."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    parted = _PAIR_PARTED.search(text, s, e)
    if parted is None or blocked(text, s, parted.start(), parted.end()):
        return
    when = next((t for t in sent.times if t.start > parted.end() and not t.since and not t.ahead and
                 not re.search(r"[,;]", text[parted.end():t.start])), None)
    prev, _told = _sentence_before(analysis, sent)
    if when is None or prev is None:
        return
    met = [ev for ev in analysis.events_at(prev.span.start) if ev["type"] == "ShipToShipTransfer"]
    began = parse_iso(met[0]["date"]) if len(met) == 1 and met[0].get("date") else None
    if began is None or began.start != began.end or not began.start <= when.interval.start:
        return  # (the day it began, told as one day, up to the day they parted)
    met[0]["date"] = span_dates(met[0]["date"], when.interval.iso())
    cite(met[0], sent)


# "From there, the X collected the fuel": a load taken from the place told just before
_FROM_THERE_TOOK = rx(r"\s*From\s+(?:there|it|the\s+(?:storage\s+)?(?:unit|vessel|tanker|ship|FSU|FSO)),\s+"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
_TOOK_LOAD = re.compile(r"\s+(?:then\s+|later\s+)?(?:collected|loaded|took\s+on|picked\s+up|lifted|"
                        r"received)\b")


def _from_storage_there(analysis: Analysis, sent: Sentence) -> None:
    """"The X discharged into the floating storage unit Saam Lark near Murmansk on Aug. 24. || From
    there, the Asya Wren collected the fuel": a ship that took a load "from there", right after a
    transfer into a storage ship, took it from that storage ship at sea."""
    text, s = analysis.text, sent.span.start
    prev, _told = _sentence_before(analysis, sent)
    vessels = analysis.in_sentence(sent, "Vessel")
    if prev is None or len({v.key for v in vessels}) != 1:
        return
    v = vessels[0]
    if not _FROM_THERE_TOOK.fullmatch(text, s, v.start) or not _TOOK_LOAD.match(text, v.end) or \
            blocked(text, s, v.start, sent.span.end):
        return
    stored = [e for e in analysis.events_at(prev.span.start) if e["type"] == "ShipToShipTransfer"]
    storage = [k for e in stored for k in e["vessels"] if k != v.key and (
        "storage" in str(analysis.attrs("Vessel", k).get("vessel_type") or "").lower() or
        any(STORAGE_SUFFIX.search(m.text) for m in analysis.in_sentence(prev, "Vessel") if m.key == k))]
    if len(set(storage)) != 1:
        return
    told = stored[-1]
    record(analysis, sent, "ShipToShipTransfer", v.end, vessels=[storage[0], v.key],
           date=date_near(analysis, sent, v.end), location=told.get("location"),
           location_type=told.get("location_type"), cargo=None)


_WORKED_AT = re.compile(r"\b(?P<left>(?:left|departed|sailed\s+(?:away\s+)?from|pulled\s+away\s+from)\s+)"
                        r"the\s+(?:[\w-]+\s+){0,2}?$|"
                        r"\b(?:loaded|took\s+on|lifted|collected|picked\s+up|discharged|offloaded|"
                        r"unloaded)\s+"
                        r"(?:[\w,.'’-]+\s+){0,5}?(?:at|from|to|into|onto|alongside)\s+the\s+(?:[\w-]+\s+){0,2}?$|"
                        # "has shuttled between Sabetta and the Saam FSU": carrying cargo to it and back
                        r"\b(?:shuttled|shuttling|shuttles|plied|plies|ferried)\s+(?:[\w-]+\s+){0,2}?between\s+"
                        r"(?:[\w'’-]+\s+){1,3}?and\s+the\s+(?:[\w-]+\s+){0,2}?$")
_LADEN_NEXT = re.compile(r"[^;]*?\b(?:with\s+(?:a|its|her|the)?\s*(?:full\s+)?(?:cargo|load)|"
                         r"with\s+(?:about\s+|some\s+)?[\d,.]+|carrying|laden|loaded\s+with|with\s+(?:LNG|LPG|oil|crude|fuel|diesel))\b")
_WENT_TO = rx(r"\b(?:sailed|went|headed|proceeded|moved|steamed|returned)\s+(?:back\s+)?to\s+(?:the\s+)?"
              r"(?:[\w-]+\s+){0,3}?$")
# "The X met the Y": a meeting of two ships, with no word of cargo
# ("met a smaller tanker, the Mia Rose": the ship named after its kind)
_MET = rx(r"\b(?:met|meets|(?<!a\s)(?<!the\s)meeting|rendezvoused\s+with|came\s+alongside|"
          r"pulled\s+alongside)\s+"
          r"(?:up\s+with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:an?|another)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:tanker|ship|vessel|carrier|VLCC|freighter|bulker),\s+the\s+)?$")


# two ships told of as a pair, lying somewhere: "two tankers anchored in the Laconian Gulf"
_TWO_LYING = rx(r"\b(?:two|both|the\s+two|a\s+pair\s+of)\s+(?:[\w-]+\s+){0,2}?(?:tankers|ships|vessels|"
                r"carriers|freighters|bulkers)\s+(?:that\s+(?:were|had\s+been)\s+|(?:were|had\s+been)\s+)?"
                r"(?:anchored|moored|lying|idling|drifting|loitering|stationed)\b", re.I)
_MET_WORD = rx(r"\b(?:met|meets|meeting|rendezvoused|came\s+alongside|pulled\s+alongside)\b")


def _met_named(analysis: Analysis, sent: Sentence) -> tuple[Mention, list[Mention]] | None:
    """The named ship a sentence says was met ("met the Skyler"), not denied or planned, and the
    ships of its clause told before it (who met it); None where there is none."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not _MET_WORD.search(text, s, e):
        return None
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    met = next((v for v in named if _MET.search(text, max(s, v.start - 60), v.start)), None)
    if met is None or blocked(text, s, s, e):
        return None
    return met, [v for v in analysis.in_sentence(sent, "Vessel") if v.end <= met.start and v.key != met.key
                 and clause_start(text, s, met.start) <= v.start]


def _met_by_group(analysis: Analysis, sent: Sentence, limit: int) -> list[str]:
    """"The X and the Y met the Z off Ningbo": the keys of two ships or more joined as who met a
    named ship before `limit`, and, last, the key of the ship they met; empty where there are not."""
    found = _met_named(analysis, sent)
    if found is None or found[0].end > limit:
        return []
    met, subject = found
    named = [v for v in subject if v.form == "name"]
    if not named or named[-1] is not subject[-1]:
        return []
    group = [v.key for v in unique_keys(joined_before(analysis, named)) if v.key != met.key]
    return [*group, met.key] if len(group) >= 2 else []


def _meeting(analysis: Analysis, sent: Sentence) -> None:
    """"A tanker ... transferred its cargo to another tanker off Malaysia. The VLCC, named
    Ocean Lily, met the Skyler east of Johor on 14 December": a meeting of two named ships
    right after a transfer told with no name for one side is that transfer."""
    text = analysis.text
    found = _met_named(analysis, sent)
    if found is None:
        return
    met, before = found
    prev, told = _sentence_before(analysis, sent)
    if not before or prev is None or len(told) > 1 or any(
            ev["type"] == "ShipToShipTransfer" for ev in analysis.events_at(prev.span.start)):
        return
    cue = _STS.search(text, prev.span.start, prev.span.end)
    pair = [before[-1].key, met.key]
    if cue is None and told and told[0] in pair and not analysis.events_at(prev.span.start):
        # ("Ship-to-ship transfers of North Korean coal continue off China. The X has been
        # involved in several. It met the Y twice in May off Ningbo": the kind of meeting told
        # two sentences back, the sentence between telling only of the ship)
        two, named = _sentence_before(analysis, prev)
        if two is not None and two.paragraph == sent.paragraph and not named and \
                not analysis.events_at(two.span.start):
            prev, cue = two, _STS.search(text, two.span.start, two.span.end)
    if cue is None or blocked(text, prev.span.start, cue.start(), cue.end()):
        return
    if told and told[0] not in pair:
        return  # the transfer before was another ship's
    date = date_near(analysis, sent, met.start) or date_near(analysis, prev, cue.start())
    if _same_meeting(analysis, sent, set(pair), date) is not None:
        return
    # (or where the transfer told before was: "transferring diesel to a North Korean vessel in
    # the East China Sea. || The tanker allegedly met the North Korean ship X at night")
    location = _sts_location(analysis, sent, met.end) or _sts_location(analysis, prev, cue.end())
    event = record(analysis, sent, "ShipToShipTransfer", met.start, vessels=pair, date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    cite(event, prev)


# what passes cargo in the clause of a meeting: "each time taking on about two million barrels"
_CARGO_PASSED_AT = rx(r"\b(?:(?:took|taking|takes|take)\s+on|receiv(?:ed|ing)|transferr(?:ed|ing)|"
                      r"pump(?:ed|ing)|load(?:ed|ing)|offload(?:ed|ing)|discharg(?:ed|ing)|lighter(?:ed|ing))\s+"
                      r"(?:[\w,.'’-]+\s+){0,6}?" + CARGO_WORDS + r"\b", re.I)


# cargo passing between two ships met, told with no name: "the crude moved from one hull to the
# other", "oil was pumped between the two ships", "They transferred the cargo overnight"
_CARGO_CROSSED = rx(r"\bfrom\s+one\s+(?:hull|ship|vessel|tanker|deck)\s+to\s+the\s+other\b|"
                    r"\b(?:transferr|pump|mov|pass|shift|lift)(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?between\s+"
                    r"(?:the\s+|them\b)(?:two|pair|both)?|"
                    r"\b(?:oil|crude|cargo|fuel|diesel|coal|load|LNG|LPG|condensate|gasoil|petrol)\s+(?:was|were)\s+"
                    r"(?:\w+ly\s+)?(?:transferred|pumped|moved|passed|shifted|trans-?shipped)\s+(?:across|over|"
                    r"between)\b", re.I)
_THEY_PASSED = rx(r"\s*(?:They|The\s+(?:two|pair)(?:\s+\w+)?)\s+(?:then\s+)?(?:\w+ly\s+)?(?:transferred|"
                  r"swapped|exchanged|pumped)\b")


_AT_PORT_NEXT = re.compile(r"\s+(?:at|in|into|to)\s+(?:the\s+(?:(?:port|harbou?r)\s+of\s+)?)?")


def _met_with_cargo(analysis: Analysis, sent: Sentence) -> None:
    """"The VLCC Ocean Gold met the Iranian tanker Dune off Johor, each time taking on about two
    million barrels of crude": a ship that met another named one, with cargo passed in the same
    sentence, took it from that ship."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    found = _met_named(analysis, sent)
    if found is None:
        return
    met, subject = found
    passed = _CARGO_PASSED_AT.search(text, met.end, e)
    index = analysis.index_of(sent)
    after = analysis.sentences[index + 1] if passed is None and index + 1 < len(analysis.sentences) else None
    if after is not None and not NEGATION.search(text, s, e) and subject and \
            not any(v.form == "name" for v in analysis.in_sentence(after, "Vessel")) and \
            not analysis.in_sentence(after, "Port") and \
            (_CARGO_CROSSED.search(text, after.span.start, after.span.end) or
             _THEY_PASSED.match(text, after.span.start, after.span.end)) and \
            not blocked(text, after.span.start, after.span.start, after.span.end):
        # "... met a smaller tanker, the Mia Rose, off Togo. || Over two nights the crude moved
        # from one hull to the other": the cargo passing told in the sentence after
        pair = [subject[-1].key, met.key]
        date = date_near(analysis, sent, met.start)
        if _same_meeting(analysis, sent, set(pair), date) is None:
            location = _sts_location(analysis, sent, met.end)
            for key in _met_by_group(analysis, sent, e)[:-1] or pair[:1]:
                # ("two other ships, the X and the Y, met the Z off Ningbo": each of them)
                if key != pair[0] and _same_meeting(analysis, sent, {key, met.key}, date) is not None:
                    continue
                event = record(analysis, sent, "ShipToShipTransfer", met.start, vessels=[key, met.key],
                               date=date, location=location.key if location else None,
                               location_type=location.type if location else None, cargo=None)
                cite(event, after)
        return
    laden = None
    if passed is None and subject and not NEGATION.search(text, s, e):
        # "loaded diesel at a jetty near Zuwara on Oct. 3 and was tracked the next day meeting
        # the tanker Harbour Gull about 12 miles off Malta": a ship that met another at sea with
        # the cargo it had just loaded passed it on, it is likely
        laden = _LOADED_THEN.search(text, subject[-1].end, met.start)
        if laden is None or not _AT_SEA_AFTER.match(text, met.end, e):
            return
    if not subject or passed is None and laden is None or NEGATION.search(text, s, e) or passed is not None \
            and any(_AT_PORT_NEXT.fullmatch(text, passed.end(), p.start)
                    for p in analysis.between(passed.end(), min(e, passed.end() + 40), "Port")):
        return  # (not "met the X, then loaded crude at Primorsk": a port's cargo)
    pair = [subject[-1].key, met.key]
    date = date_near(analysis, sent, met.start)
    if passed is not None and not any(t.start < passed.start() for t in sent.times) and \
            any(t.start >= passed.start() for t in sent.times):
        # "met the Saam FSU near Murmansk, where it transferred its cargo on 12 August": the time
        # of the passing, told after it
        date = date_near(analysis, sent, passed.end())
    if _same_meeting(analysis, sent, set(pair), date) is not None:
        return
    location = _sts_location(analysis, sent, met.end)
    event = record(analysis, sent, "ShipToShipTransfer", met.start, vessels=pair, date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    if laden is not None and event["confidence"] == "reported":
        event["confidence"] = "likely"  # (the passing is not told, only the meeting)


# the cargo a ship took on before it met another: "loaded diesel at Zuwara ... and met"
# ("loaded at Jose on June 4 and met the VLCC X off Malaysia": a load at a port, its goods untold)
_LOADED_THEN = rx(r"\b(?:loaded|took\s+on|lifted)\s+(?:(?:[\w,.'’-]+\s+){0,6}?" + CARGO_WORDS +
                  r"\b|(?:at|in)\s+(?:the\s+(?:port|terminal)\s+of\s+)?(?-i:[A-Z]))", re.I)
# at sea, after the ship met: "about 12 miles off Malta", "off the coast of", "in international waters"
_AT_SEA_AFTER = re.compile(r"(?:\s*,)?\s+(?:[^,;.]{0,40}?\s)?(?:off|in\s+international\s+waters|"
                           r"on\s+the\s+high\s+"
                           r"seas|at\s+sea|outside\s+(?:\w+\s+)?territorial\s+waters|"
                           # ("in the Strait of Malacca", "in the South China Sea", "east of Singapore")
                           r"in\s+the\s+(?:Straits?|Gulf|Sea|Bay)\s+of|"
                           r"in\s+the\s+(?:[A-Z][\w-]*\s+){1,2}(?:Sea|Ocean|Strait|Straits|Gulf|Channel)|"
                           r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b")


_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while|then)\b|;")


# "X and Y met off Gytheio", "..., the X and the Y, met in the same area": the two ships as
# the subject of a meeting with no object
_PAIR_MET = rx(r"(?P<aside>(?:\s*\([^()]*\))?(?:\s*,[^,;()]{1,60}?)?)\s*,?\s+"
               r"(?:(?:had|have|has)\s+)?(?:then\s+|later\s+|also\s+|again\s+|\w+ly\s+)?"
               r"(?:met|rendezvoused|came\s+together|came\s+alongside\s+each\s+other)"
               r"(?!\s+(?:the|an?|with|up|their|its|his|her|officials?|representatives?)\b)", re.I)


_NOT_SUBJECT = rx(r"\b(?:of|from|for|with|by|to|aboard|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


_MET_THE = re.compile(r"\s+(?:then\s+|later\s+|again\s+)?(?:met|met\s+up\s+with|rendezvoused\s+with)\s+"
                      r"(?:the\s+)?")
# a report of transfers at sea told with no ship named: "two tankers were seen exchanging cargo"
_STS_TOLD = rx(r"\b(?:ship-to-ship|STS|exchang(?:ing|ed|e)\s+(?:cargo|oil|fuel)|"
               r"transferring\s+(?:cargo|oil))\b", re.I)


def _pair_met(analysis: Analysis, sent: Sentence) -> None:
    """"A second pair of tankers, the Ocean Pearl and the Nordic Star, met in the same area",
    told in a report of ship-to-ship transfers (a cue in one of the three sentences before):
    that meeting is one more transfer."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not _MET_WORD.search(text, s, e):
        return
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    pair = coordinated(analysis, named)
    if len(pair) != 2:
        pair = next((coordinated(analysis, named[i:]) for i in range(1, len(named))
                     if len(coordinated(analysis, named[i:])) == 2), [])
    if len(pair) != 2:
        # "In May the two ships met in the same area": a plural told of the two ships before
        told = [v for v in analysis.in_sentence(sent, "Vessel") if v.attrs.get("plural")]
        pair = unique_keys([v for v in told if v.start == told[0].start]) if told else []
        named_at = {v.key: v.start for v in reversed(analysis.before(s, "Vessel")) if v.form == "name"}
        pair.sort(key=lambda v: named_at.get(v.key, v.start))  # (in the order they were named)
    met = _PAIR_MET.match(text, pair[-1].end) if len(pair) == 2 else None
    index = analysis.index_of(sent)
    if met is None and not blocked(text, s, s, e):
        # "On Thursday the X met the Y", in a report of transfers at sea: one ship met the other
        for a, b in zip(named, named[1:], strict=False):
            joined = _MET_THE.fullmatch(text, a.end, b.start)
            if joined is None or a.key == b.key or not any(
                    _STS.search(text, x.span.start, x.span.end) or
                    _STS_TOLD.search(text, x.span.start, x.span.end)
                    for x in analysis.sentences[max(0, index - 3):index]):
                continue
            date = date_near(analysis, sent, joined.start())
            if _same_meeting(analysis, sent, {a.key, b.key}, date) is None:
                location = _sts_location(analysis, sent, b.end)
                record(analysis, sent, "ShipToShipTransfer", a.end + 1, vessels=[a.key, b.key], date=date,
                       location=location.key if location else None,
                       location_type=location.type if location else None, cargo=None)
            return
    if met is None or blocked(text, s, s, e) or _NOT_SUBJECT.search(text, max(s, pair[0].start - 40),
                                                                     pair[0].start):
        return  # ("Officials of the tankers X and Y met in Athens": not the ships)
    if not any(_STS.search(text, x.span.start, x.span.end) or _TO_SHIP.search(text, x.span.start, x.span.end)
               for x in analysis.sentences[max(0, index - 3):index]):
        return
    # (not the time of an aside on the ships: "X and Y, both sanctioned in 2018, met")
    outside = [t for t in sent.times if not met.start("aside") <= t.start < met.end("aside")]
    date = date_near(analysis, sent, met.end()) if outside or not sent.times else None
    keys = {v.key for v in pair}
    if _same_meeting(analysis, sent, keys, date) is not None:
        return
    location = _sts_location(analysis, sent, met.end())
    event = record(analysis, sent, "ShipToShipTransfer", met.start(), vessels=[v.key for v in pair],
                   date=date, location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    event["date"] = date  # (none, where the sentence's only time is the aside's)


_TAKEN_FROM = re.compile(r"(?i:picked|took|takes|taken|taking|take|loaded|collected|received|receiving)\b")


def _buyer_took(analysis: Analysis, sent: Sentence, pos: int) -> bool:
    """Whether the one who took a cargo at `pos` is a firm, person or state named in its clause,
    with no ship there: who bought it, not a ship that met another."""
    begin = clause_start(analysis.text, sent.span.start, pos)
    before = [m for m in analysis.between(begin, pos) if m.end <= pos]
    # ("Rosneft loaded crude from the tanker X onto the tanker Y": both sides named after it)
    after = {v.key for v in analysis.in_sentence(sent, "Vessel") if v.start >= pos}
    return len(after) < 2 and not any(m.type == "Vessel" for m in before) and any(
        m.type in ("Organization", "Person") or m.type == "State" and m.form == "name" for m in before)


_UNDER_WAY = rx(r"\b(?:sail(?:ed|ing|s)?|steam(?:ed|ing|s)?|transit(?:ed|ing|s)?|travell?(?:ed|ing|s)?|"
                r"moving|moved|passed|passing|headed|heading|cruis(?:ed|ing))\b", re.I)
# what tells cargo passing between two ships
_PASSING = rx(r"\b(?:transferr\w*|pump\w*|hoses?|lighter\w*|(?:off)?load\w*|discharg\w*|cargo|oil|crude|"
              r"fuel|diesel|LNG|LPG)\b", re.I)
_GAPPED_GIVER = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
_GAPPED_TO = re.compile(r"\s+(?:to|into|onto)\s+(?:the\s+)?")
_TRANSFER_TOLD = rx(r"\b(?:ship-to-ship|STS|transfers?|transferr(?:ed|ing))\b")
# (or a log line's "X -> Y (planned)": the word in brackets closing the line)
_PLANNED_AFTER = rx(r"[^,;.()]{0,80}?\(?\b(?:planned|scheduled|expected|proposed|due)(?:\s+(?:for|on|in|at|"
                    r"next|later|this|shortly|soon)\b|\s*(?:[.;]|\)\s*$|$))", re.I)
_LAY_OFF = rx(r"\b(?:lay|lying|sat|sitting|anchored|drifting|drifted|loitering|loitered|idling|idled|waited|"
              r"waiting)\s+(?:[\w,-]+\s+){0,6}?(?:off|near)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_ONE_WITH = rx(r"\b(?:including|among\s+them|notably|one\s+of\s+(?:them|which))\s+(?:one\s+)?with\s+"
              r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# a verb joined to one before it: "... on March 2 and (was) transferred ..."
# (or a comma in a series of verbs: "loaded crude at Jose in March, transferred it to ...")
_AND_BEFORE = rx(r"(?:\band|(?<=[a-z0-9]),)\s+(?:then\s+|later\s+|\w+ly\s+)?(?:(?:was|were)\s+)?$")


# "three tankers took cargoes from the X" / "from it": ships counted, taking from one ship
_TAKERS_FROM = rx(r"\b(?i:" + COUNT_WORDS + r"|other)\s+(?:[\w-]+\s+){0,2}?(?:tankers|vessels|ships|"
                  r"carriers)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:took|received|loaded|lifted|collected|"
                  r"picked\s+up)\s+"
                  r"(?:on\s+)?(?:[\w,.'’-]+\s+){0,4}?(?:cargo(?:es)?|oil|crude|fuel|diesel|barrels|parcels|loads|"
                  r"shipments|LNG)\s+from\s+(?:the\s+)?")
# what opens the list of the ships counted: ": the", ", including the", ", among them the"
_TAKERS_LISTED = re.compile(r"[^.;:]{0,60}?(?::|,\s+(?:including|among\s+them))\s+(?:the\s+)?")


def _takers_listed(analysis: Analysis, sent: Sentence) -> bool:
    """"In November, three tankers took cargoes from it: the A, the B and the C" (or ",
    including the A and the B"): a transfer at sea from the ship named (or told of) after
    "from" to each ship of the list. Whether one was recorded."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    cue = _TAKERS_FROM.search(text, s, e)
    if cue is None:
        return False
    ships = analysis.in_sentence(sent, "Vessel")
    giver = next((v for v in ships if v.start >= cue.end() and not text[cue.end():v.start].strip(" ,")
                  or cue.end() <= v.start < cue.end() + 30 and v.form != "anaphor"
                  and re.fullmatch(r"(?:[\w-]+\s+){0,3}?", text[cue.end():v.start])), None)
    end = giver.end if giver is not None else cue.end() + 2
    if giver is None and re.match(r"(?:it|her)\b", text[cue.end():cue.end() + 4]):
        # ("from it": the one ship told of just before)
        told = [v for v in analysis.between(max(0, s - 400), s, "Vessel") if not v.attrs.get("plural")]
        giver = told[-1] if told and len({v.key for v in told}) == 1 else None
    if giver is None:
        return False
    opens = _TAKERS_LISTED.match(text, end, e)
    members = coordinated(analysis, [v for v in ships if opens is not None and v.start >= opens.end()])
    if opens is None or not members or members[0].start != opens.end() or \
            blocked(text, s, cue.start(), cue.end()):
        return False
    date = date_near(analysis, sent, cue.start())
    location = _sts_location(analysis, sent, cue.end())
    for v in members:
        if v.key != giver.key and _same_meeting(analysis, sent, {giver.key, v.key}, date) is None:
            record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=[giver.key, v.key], date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    return True


def _arrow_transfer(analysis: Analysis, sent: Sentence) -> bool:
    """A log line's "- 3 March: Kite Ashanti -> Wren Volta, about 700,000 barrels" under a lead
    on transfers ("Transfers we recorded off Lome in March:"): a transfer from the first ship to
    the second, at the place the lead tells where the line tells none."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    found = False
    if not has_arrow(text, s, e):
        return False
    for pair in ARROW_PAIR.finditer(text, s, e):
        lead = next(reversed(list(ARROW_LOG.finditer(text, max(0, s - 600), pair.start()))), None)
        ships = [v for v in analysis.in_sentence(sent, "Vessel") if pair.start() <= v.start < pair.end()]
        keys = list(dict.fromkeys(v.key for v in ships))
        if lead is None or len(keys) != 2 or blocked(text, s, pair.start(), pair.end()) or \
                _PLANNED_AFTER.match(text, pair.end(), e):
            continue
        location = _sts_location(analysis, sent, pair.end())
        head = analysis.sentence_at(lead.start())
        if location is None and head is not None and head is not sent:
            location = _sts_location(analysis, head, lead.end())
        record(analysis, sent, "ShipToShipTransfer", pair.start(), vessels=keys, cargo=None,
               location=location.key if location else None,
               location_type=location.type if location else None)
        found = True
    return found


# a lead that tells of transfers at sea before the ships of each are named: "Tracking data point
# to two ship-to-ship transfers in waters off Malaysia's Johor state last week."
# ("In September we observed three transfers in the Gulf of Laconia.": transfers counted)
_STS_LEAD = rx(r"\b(?:ship-to-ship|STS)\s+(?:transfers?|operations?|trans-?shipments?|transactions?)\b|"
               r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+)?"
               r"(?:transfers|trans-?shipments)\b", re.I)


def ship_to_ship(analysis: Analysis, sent: Sentence) -> None:
    told = len(analysis.events)
    _ship_to_ship(analysis, sent)
    unplaced = [ev for ev in analysis.events[told:] if ev["type"] == "ShipToShipTransfer"
                and ev.get("location") is None]
    if unplaced:
        where = _place_of_lead(analysis, sent)
        for ev in unplaced:
            if where is not None:
                ev["location"], ev["location_type"] = where.key, where.type


def _place_of_lead(analysis: Analysis, sent: Sentence) -> Mention | None:
    """Where the transfers of a lead before that names no ship took place ("... two ship-to-ship
    transfers in waters off Malaysia's Johor state last week. The VLCC X received crude from the
    Aframax Y on August 26"): the lead's place, told off which or where they were (up to three
    sentences back, in this paragraph or the one before)."""
    text = analysis.text
    if SEPARATE_STORY.match(text, sent.span.start):
        return None  # ("Separately, the X received ...": another story's)
    index = analysis.index_of(sent)
    for back in range(index - 1, max(-1, index - 4), -1):
        lead = analysis.sentences[back]
        if lead.paragraph < sent.paragraph - 1:
            return None
        cue = _STS_LEAD.search(text, lead.span.start, lead.span.end)
        if cue is None or analysis.in_sentence(lead, "Vessel"):
            continue
        if _lead_blocked(analysis, lead, cue):
            return None
        return _sts_location(analysis, lead, cue.end())
    return None


def _ship_to_ship(analysis: Analysis, sent: Sentence) -> None:
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    if _takers_listed(analysis, sent) or _arrow_transfer(analysis, sent):
        return
    cue = next((m for m in _STS.finditer(text, s, e) if _names_ship(analysis, sent, m)), None)
    if not cue:  # "transferred refined products to the DPRK-flagged Paek Yang San"
        # (or "the latter", the second of two ships named just before: "the former pumped
        # crude into the latter")
        # (not a ship's people: "delivered diesel to the Tala Wren's owners")
        ships = [v for v in analysis.in_sentence(sent, "Vessel") if not text.startswith(("'s", "’s"), v.end)]
        starts = {v.start for v in ships if v.form == "name"} | {
            v.end - 6 for v in ships if v.text.lower() in ("the former", "the latter")}
        cue = next((m for m in _TO_SHIP.finditer(text, s, e) if m.end() in starts
                    and not _loaded_in_port(analysis, sent, m)), None)
    if not cue and s in analysis.pair_rows:  # a row of a table of transfers
        pair = analysis.pair_rows[s]
        location = _sts_location(analysis, sent, s)
        if not blocked(text, s, s, e):
            record(analysis, sent, "ShipToShipTransfer", s, vessels=list(pair), cargo=None,
                   location=location.key if location else None,
                   location_type=location.type if location else None)
        return
    if not cue:
        _partner(analysis, sent)
        _met_with_cargo(analysis, sent)
        _meeting(analysis, sent)
        _pair_met(analysis, sent)
        _receiver_told_after(analysis, sent)
        _other_vessel_named(analysis, sent)
        _where_at_ship(analysis, sent)
        _at_storage(analysis, sent)
        _from_storage_there(analysis, sent)
        _one_of_the_takers(analysis, sent)
        _second_giver(analysis, sent)
        _group_named_after(analysis, sent)
        _pair_named_after(analysis, sent)
        _pair_parted(analysis, sent)
        _judged_after_abreast(analysis, sent)
        return
    keys: list[str] = []
    for v in analysis.in_sentence(sent, "Vessel"):
        if v.key not in keys:
            keys.append(v.key)
    if not keys:
        _pair_named_after(analysis, sent)
        _judged_after_abreast(analysis, sent)
        return
    if len(keys) > 2:
        # "Both then headed east, and in late September the Pioneer transferred its cargo to the
        # Koryak storage unit": the two ships of the transfer's own clause
        joints = [m.end() for m in _CLAUSE_JOINT.finditer(text, s, cue.start())]
        c0 = joints[-1] if joints else clause_start(text, s, cue.start())
        mentions = analysis.between(c0, e, "Vessel")
        own = list(dict.fromkeys(v.key for v in mentions))
        # (a clause with a subject of its own: not "..., and there transferred its cargo to two
        # smaller tankers, the X and the Y", the subject's cargo)
        if len(own) == 2 and any(v.end <= cue.start() for v in mentions):
            keys = own
    # "The tankers X and Y both transferred oil to the Z": each of the ships joined before the cue
    # passed cargo to the one it ends on
    # ("The freighters X and Y met the tanker Z off Ningbo to transfer coal": each met the Z)
    givers = _givers_to(analysis, sent, cue) or _met_by_group(analysis, sent, cue.end())
    if givers:
        keys = [givers[0], givers[-1], *(k for k in keys if k not in givers)]
    if len(keys) > 1 and not givers and _ITS_CARGO.search(text, s, cue.start()) and not any(
            v.start < cue.start() for v in analysis.in_sentence(sent, "Vessel")):
        # "The cargo was split between two smaller tankers, the X and the Y": the ships named
        # are all takers; the giver is the ship told of before
        prior = [v for v in analysis.before(s, "Vessel") if v.key not in keys
                 and not v.attrs.get("plural") and s - v.end < 600]
        if prior:
            keys = [prior[-1].key, *keys]
    if len(keys) == 1 and _ITS_CARGO.search(text, s, cue.start()):
        # "Part of its cargo was later moved onto another tanker, the Ice Energy": "its" is the
        # ship told of before
        prior = [v for v in analysis.before(s, "Vessel") if v.key != keys[0]
                 and not v.attrs.get("plural") and s - v.end < 600]
        if prior:
            keys = [prior[-1].key, keys[0]]
    if len(keys) == 1:
        keys = _counterpart(analysis, sent, keys[0])
    if len(keys) == 1 and not any(v.start < cue.start() for v in analysis.in_sentence(sent, "Vessel")) and \
            (ship := timeline_ship(analysis, sent)) is not None and ship.key != keys[0]:
        # "- 18 Feb: Reappears; transfers cargo to the tanker Lark Bay": a timeline's entry with
        # no subject is of the timeline's ship
        keys = [ship.key, keys[0]]
    alongside_of: Sentence | None = None  # the sentence that told of the ship alongside which
    if len(keys) == 1 and cue.group().lower() == "alongside" and _NO_SHIP_AFTER.match(text, cue.end()):
        # "receiving three cargoes from smaller tankers. || On 20 January the Kite Pipit came
        # alongside and transferred about 90,000 barrels": alongside the ship told before
        prev, told_before = _sentence_before(analysis, sent)
        index = analysis.index_of(sent)
        after = analysis.sentences[index + 1] if index + 1 < len(analysis.sentences) else None
        # (or what passed told in the sentence after: "The Y pulled alongside. Crude was pumped
        # from one ship to the other"; or a ship lying at sea: "The X lay off Kalamata")
        if prev is not None and len(told_before) == 1 and told_before[0] != keys[0] and (
                _PASSING.search(text, prev.span.start, prev.span.end) or
                after is not None and after.paragraph == sent.paragraph and
                _PASSING.search(text, after.span.start, after.span.end) or
                _LAY_OFF.search(text, prev.span.start, prev.span.end)):
            keys, alongside_of = [told_before[0], keys[0]], prev
    if len(keys) < 2 or blocked(text, s, cue.start(), cue.end()):
        return  # denied, planned or hypothetical in the clause that tells of the transfer
    if _PLANNED_AFTER.match(text, cue.end(), e):
        return  # a log's "STS with Wren Halo off Port Said planned for 5 Jul": not yet done
    if _each_own(analysis, sent, cue):
        return  # "Aurora and Nora discharged at Qingdao after STS transfers": each its own
    if _TAKEN_FROM.match(cue.group()) and _buyer_took(analysis, sent, cue.start()):
        return  # "while Indian Oil Corp took one at Paradip from the Suezmax X": a buyer's receipt
    # ("..., but we could not confirm it": a claim unverified, whose hedge is the confidence's)
    if re.search(r"\b(?:did not|not|never|no evidence|without\s+(?:any\s+|\w+ing))\b",
                 _UNVERIFIED.sub(" ", text[s:e])) or _OTHER_PARTNERS.search(text, s, e):
        return
    beside = cue.group().lower()
    abreast = beside.replace("-", " ") in ("side by side", "hull to hull")
    if abreast:
        # ("imagery shows the X and the Y side by side off Kalamata"; not "sailed side by side
        # through the Bosphorus", ships on the move)
        if _UNDER_WAY.search(text, clause_start(text, s, cue.start()), cue.start()):
            return
        beside = "alongside"
    if beside == "alongside" or beside.endswith(("next to", "beside")):
        ship_next = _NEXT_SHIP.fullmatch(text, cue.end(), min(
            [v.start for v in analysis.in_sentence(sent, "Vessel") if v.start > cue.end()] or
            [cue.end()])) or _EACH_OTHER.match(text, cue.end())
        called = any(ev["type"] == "PortCall" and ev["evidence"][0][0] == s for ev in analysis.events)
        if beside == "alongside" and not ship_next and called:
            return  # alongside a pier where it called ("alongside the Grace", a ship, still counts)
        in_port = any(m.type == "Port" and _IN_PORT.search(text, max(s, m.start - 40), m.start)
                      for m in analysis.in_sentence(sent))
        # (unless a transfer is told of them: "The largest transfer took place on October 12 in
        # Lianyungang's outer anchorage, where the X moored beside the Y")
        if beside != "alongside" and (not ship_next or (called or in_port) and
                                      not _TRANSFER_TOLD.search(text, s, cue.start())):
            return  # moored next to a quay, or to a ship at the next berth in a port
    location = _sts_location(analysis, sent, cue.end())
    if location is None and alongside_of is not None:
        location = _sts_location(analysis, alongside_of, alongside_of.span.start)  # (where it lay)
    # (from the cue's end: "left Jose on March 2 and transferred its cargo to the X on April 9"
    # is dated by the time of the verb's own clause, the one after it)
    # ("sailing to the Saam FSU, ..., where it discharged on Aug. 19": the time of the "where")
    where = _WHERE_IT.search(text, cue.end(), e) if _GONE_TO.match(cue.group()) else None
    date = date_near(analysis, sent, where.end() if where else cue.end() if _AND_BEFORE.search(
        analysis.text, max(sent.span.start, cue.start() - 30), cue.start()) else cue.start())
    partner = next((v for v in analysis.in_sentence(sent, "Vessel") if v.key == keys[1] and
                    v.start > cue.end()), None)
    if partner is not None and _ONE_WITH.search(text, max(s, partner.start - 60), partner.start):
        # "was involved in three transfers last year, including one with the tanker X in May
        # 2023": the time told of that one
        date = date_near(analysis, sent, partner.start) or date
    lead = _told_unnamed(analysis, sent) if date is None or location is None else None
    if lead is not None:
        # the transfer told first with no ship named: its time and place
        lead_sent, lead_cue = lead
        date = date or date_near(analysis, lead_sent, lead_cue.start())
        location = location or _sts_location(analysis, lead_sent, lead_cue.end())
    if location is None or date is None:
        # "The X and the Y met in the Laconian Gulf in the first week of September. || The former
        # pumped crude into the latter": where and when the two met, told just before
        prev, told_before = _sentence_before(analysis, sent)
        met = _MET_WORD.search(text, prev.span.start, prev.span.end) if prev is not None else None
        if prev is not None and met is not None and set(keys[:2]) <= set(told_before):
            location = location or _sts_location(analysis, prev, met.end())
            date = date or date_near(analysis, prev, met.start())
        lying = _TWO_LYING.search(text, prev.span.start, prev.span.end) \
            if prev is not None and location is None and set(told_before) <= set(keys[:2]) else None
        if prev is not None and lying is not None:
            # "Officers inspected two tankers anchored in the Laconian Gulf. || The X had been
            # moored alongside the Y": where the two lay, told just before of the pair
            location = _sts_location(analysis, prev, lying.start())
    if location is None or date is None:
        # "The X sat low in the water east of Johor on a morning in May. || A second tanker, the
        # Y, pulled alongside": where and when the first ship lay, told just before of it alone
        prev, told_before = _sentence_before(analysis, sent)
        if prev is not None and told_before == keys[:1] and \
                not any(v.key == keys[0] for v in analysis.in_sentence(sent, "Vessel")):
            lay = next(v for v in analysis.in_sentence(prev, "Vessel") if v.key == keys[0])
            # (a port the ship lay off, though a call there: "lay off Kalamata")
            location = location or _sts_location(analysis, prev, lay.end) or next(
                (m for m in analysis.in_sentence(prev) if m.type in ("Port", "Place") and m.start > lay.end
                 and m.form != "adjective" and _OFF.search(text, max(lay.end, m.start - 40), m.start)), None)
            date = date or date_near(analysis, prev, lay.end)
    if (location is None or date is None) and _THERE_OPENS.match(text, s):
        # "Eleven days later it was anchored off Malta. || There, ... it pulled alongside the Y":
        # where and when the ship was, told just before
        prev, told_before = _sentence_before(analysis, sent)
        if prev is not None and keys[0] in told_before:
            location = location or _sts_location(analysis, prev, prev.span.start)
            date = date or date_near(analysis, prev, prev.span.end - 1)
    earlier = _same_meeting(analysis, sent, set(keys[:2]), date)
    if earlier is not None:  # the meeting told again ("Imagery shows the two hulls lashed...")
        if (sent.span.start, sent.span.end) not in earlier["evidence"]:
            if (earlier.get("confidence") == "reported" or earlier.get("abreast") and
                    _PASSED_VERB.search(text, s, e)) and not any(
                    _PASSED_VERB.search(text, a, b) for a, b in earlier["evidence"]):
                # (or two ships seen side by side, a likely transfer, then judged: "We assess it
                # is highly likely the X transferred diesel to the Y")
                # "... lying alongside each other. Hoses were connected. || Japan judges that the
                # two were highly likely engaged in ship-to-ship transfers": what was seen was
                # told as so; that cargo passed, as judged
                earlier["confidence"] = confidence_of(analysis.sentence_text(sent))
            earlier["evidence"].append((sent.span.start, sent.span.end))
        if earlier.get("location") is None and location is not None:
            earlier["location"], earlier["location_type"] = location.key, location.type
        if earlier.get("date") is None and date is not None:
            # "detained two tankers ... for an illegal ship-to-ship transfer. || The X was
            # transferring oil to the Y when patrol boats approached on Friday": its time
            earlier["date"] = date
        return
    event = record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=keys[:2], date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    if lead is not None:
        event["evidence"].append((lead[0].span.start, lead[0].span.end))
    if alongside_of is not None:
        cite(event, alongside_of)  # (the sentence that told of the ship lying there)
    told_where = text.find(" where ", cue.start(), cue.end())
    if told_where >= 0:
        # "met the Y off Morocco, where the fuel is believed to have been transferred": the
        # passing is told in the "where", with its own hedging
        event["confidence"] = weaker(event["confidence"], confidence_of(text[told_where:e]))
    if abreast and event.get("confidence") == "reported" and not _PASSING.search(text, s, e):
        # two ships lying side by side at sea, with no word of cargo passing: likely a transfer
        event["confidence"], event["abreast"] = "likely", True
    for giver in givers[1:-1]:
        record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=[giver, givers[-1]], date=date,
               location=location.key if location else None,
               location_type=location.type if location else None, cargo=None)
    # "transferring it to North Korean tankers, among them the Kum Un San 3 and the Sam Jong 2":
    # the giver met each ship of the list
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name"]
    # ("its cargo was split between two smaller tankers, the X and the Y": the ships named
    # after the cue)
    told = next((v.start for v in named if v.start >= cue.end() - 1), None)
    # (or further on, after the place gone to: "sailed to the Malaysian coast, where it transferred
    # the cargo to two smaller tankers, the X and the Y")
    listed = _LISTED_CUE.search(cue.group()) is not None or told is not None and (
        told - cue.end() < 50 or told - cue.end() < 200 and _WHERE_PASSED.search(text, cue.end(), told)) and \
        _TO_SHIPS_NAMED.search(text, cue.start(), told + 1) is not None
    # (or named after their kind told in the plural: "received catch from the squid jiggers X and Y")
    listed = listed or told is not None and told - cue.end() < 50 and \
        _PLURAL_KIND_BEFORE.search(text, max(cue.start(), told - 40), told) is not None
    first = next((i for i, v in enumerate(named) if v.key == keys[1]), None)
    joined = coordinated(analysis, named[first:]) if listed and first is not None else []
    if not joined and first is not None:
        # "transferred gasoil to the bulk carrier Blue Dawn and the container ship Sunny Bay":
        # ships joined each with its own kind
        joined = named[first:first + 1]
        for v in named[first + 1:]:
            if not _KIND_JOINED.fullmatch(text, joined[-1].end, v.start) or _OWN_VERB.match(text, v.end):
                break  # (not "and the tanker Y took on diesel at Piraeus": a clause of its own)
            joined.append(v)
    for other in [v.key for v in joined[1:]]:
        if other not in keys[:2] and _same_meeting(analysis, sent, {keys[0], other}, date) is None:
            record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=[keys[0], other],
                   date=date, location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    # "transferred its cargo to the tanker Y, which then passed it to the tanker Z": the taker
    # passed the load on in a transfer of its own
    taker = next((v for v in named if v.key == keys[1] and v.start >= cue.end() - 1), None)
    passed = _PASSED_ON.match(text, taker.end, e) if taker is not None else None
    onward = next((v for v in named if passed is not None and v.start >= passed.end() and
                   FEW_WORDS.fullmatch(text, passed.end(), v.start)), None)
    if passed is not None and onward is not None and onward.key not in keys[:2] and \
            not blocked(text, s, passed.start(), onward.end) and \
            _same_meeting(analysis, sent, {keys[1], onward.key}, date) is None:
        record(analysis, sent, "ShipToShipTransfer", passed.start(), vessels=[keys[1], onward.key],
               date=date, location=location.key if location else None,
               location_type=location.type if location else None, cargo=None)
    # "transferred crude to the Y, and the Z to the W": a second pair, its verb left out
    if taker is not None and _TRANSFER_TOLD.search(cue.group()):
        giver2 = next((v for v in named if v.start > taker.end and
                       _GAPPED_GIVER.fullmatch(text, taker.end, v.start)), None)
        taker2 = next((v for v in named if giver2 is not None and v.start > giver2.end and
                       _GAPPED_TO.fullmatch(text, giver2.end, v.start)), None)
        if giver2 is not None and taker2 is not None and giver2.key != taker2.key and \
                _same_meeting(analysis, sent, {giver2.key, taker2.key}, date) is None:
            second = record(analysis, sent, "ShipToShipTransfer", giver2.start,
                            vessels=[giver2.key, taker2.key], date=date,
                            location=location.key if location else None,
                            location_type=location.type if location else None, cargo=None)
            if event.get("date") is None:
                event["date"] = second.get("date")  # (the time told after both, "off Lome in May")
    # "shows it alongside the X on April 9, and on May 2 alongside the Y": a second meeting of
    # the first ship, at its own time
    if cue.group().lower() == "alongside" and taker is not None:
        for again in _AGAIN_ALONGSIDE.finditer(text, taker.end, e):
            later = next((v for v in named if again.end() <= v.start <= again.end() + 30 and
                          v.key not in keys[:2]), None)
            when = next((t for t in sent.times if again.start() <= t.start < again.end()), None)
            if later is None or when is None or \
                    _same_meeting(analysis, sent, {keys[0], later.key}, when.interval.iso()) is not None:
                continue
            record(analysis, sent, "ShipToShipTransfer", again.start(), vessels=[keys[0], later.key],
                   date=when.interval.iso(), location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)


_AGAIN_ALONGSIDE = rx(r",?\s+(?:and|then)\s+(?:again\s+)?(?:on|in)\s+[^,;.]{1,30}?,?\s+(?:again\s+)?"
                      r"alongside\s+(?:the\s+)?")


_PASSED_ON = rx(r"(?:\s*\([^()]*\))?,\s+which\s+(?:then\s+|later\s+|in\s+turn\s+)?(?:passed|transferred|"
                r"handed|pumped|moved|offloaded|discharged|lightered)\s+(?:it|them|the\s+(?:cargo|load|oil|"
                r"crude|fuel)|its\s+cargo|part\s+of\s+it)\s+(?:on\s+)?(?:to|into|onto)\s+(?:the\s+)?")


_PLURAL_KIND_BEFORE = rx(r"\b(?:tankers|ships|vessels|carriers|freighters|bulkers|jiggers|trawlers|"
                        r"longliners|seiners|barges|reefers|dhows|VLCCs|Aframaxes|Suezmaxes)\s+$")
# "after STS transfers", "both conducted STS transfers": transfers of each ship's own
_PLURAL_STS = rx(r"(?:\s+(?:cargo|oil|crude|fuel)\s+)?\s*(?:transfers|operations|trans-?shipments)\b")
_EACH_OWN = rx(r"\b(?:(?:after|following|before|via|through)\s+(?:\w+\s+){0,2}?$|(?:both|each|separately)\s+"
               r"(?:[a-z]+\s+){0,2}?$|(?:loaded|received|took\s+on|taken\s+on|picked\s+up|lifted|obtained)\s+"
               r"(?:[\w'’,-]+\s+){0,4}?(?:in|during)\s+(?:\w+\s+){0,2}?$)")
_WITH_EACH_OTHER = rx(r"\b(?:each\s+other|one\s+another|between\s+(?:them|the\s+two)|together)\b")


# "came alongside and transferred ...", "came alongside.": alongside no ship named after
# (or the ship told before, by a pronoun: "show a second tanker, the Y, alongside it")
_NO_SHIP_AFTER = re.compile(r"\s*(?:[,.;]|and\b|(?:on|in|at)\s+\d|$)|\s+(?:it|her)\b(?!['’])")


_BOTH_OF_THEM = re.compile(r"[Bb]oth(?:\s+(?:ships|vessels|tankers|carriers|freighters|of\s+them))?|[Tt]hey")


def _each_own(analysis: Analysis, sent: Sentence, cue: re.Match[str]) -> bool:
    """"The VLCCs Aurora and Nora discharged at Qingdao after STS transfers in the Riau
    Archipelago", "X and Y both conducted STS transfers": two ships told before a plural of
    transfers, each its own, with no word that they met each other."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    ships = [v for v in analysis.in_sentence(sent, "Vessel") if v.form != "anaphor"] or [
        # ("Both discharged via ship-to-ship transfers": the two told of before)
        # ("Both ships had recently discharged oil in ship-to-ship operations")
        v for v in analysis.in_sentence(sent, "Vessel") if _BOTH_OF_THEM.fullmatch(v.text)]
    if not ships or any(v.start > cue.start() for v in ships) or \
            not (_PLURAL_STS.match(text, cue.end()) or re.search(r"s\s*$", cue.group())):
        return False
    opening = text[max(s, ships[0].start - 30):ships[0].start]
    return bool(_EACH_OWN.search(text, max(ships[-1].end, cue.start() - 60), cue.start()) or
                re.search(r"\b[Bb]oth\s+(?:the\s+)?(?:[\w-]+\s+)?$", opening) or
                ships[0].text.lower().startswith("both")) \
        and not _WITH_EACH_OTHER.search(text, s, e)


# "the crude had been loaded ... in a ship-to-ship transfer from the tanker Virgo": the ship
# named is one side; the other is the ship the sentence before told of
_FROM_SHIP = rx(r"\b(?:transfers?|operations?|trans-?shipments?)\s+(?:with|from|to)\s+(?:the\s+|an?\s+)?"
                r"(?:[\w-]+\s+){0,2}?$", re.I)


def _givers_to(analysis: Analysis, sent: Sentence, cue: re.Match[str]) -> list[str]:
    """The keys of two ships or more joined before a cue ("The tankers X and Y both transferred
    oil to the Z", or took it on from the Z) and, last, the key of the ship the cue ends on;
    empty where there are not."""
    vessels = analysis.in_sentence(sent, "Vessel")
    taker = next((v for v in vessels if cue.end() - 1 <= v.start <= cue.end()), None)
    before = [v for v in vessels if v.end <= cue.start() and v.form == "name"]
    if taker is None or len(before) < 2 or not _GIVING_CUE.match(cue.group()):
        return []
    group = unique_keys(joined_before(analysis, before))
    if len(group) < 2 or not _BEFORE_CUE.fullmatch(analysis.text, group[-1].end, cue.start()):
        return []
    keys = [v.key for v in group if v.key != taker.key]
    return [*keys, taker.key] if len(keys) >= 2 else []


# what a giver's cue opens with, and what may stand between the givers and it: "both", "each"
# (or a taker's: "The Asya Energy and the Voskhod took on cargoes from the Saam FSU")
_GIVING_CUE = re.compile(r"(?i:transferr|pump|pass|hand|offload|discharg|unload|deliver|trans-?shipp|"
                         r"lighter|took|taking|received|receiving|loaded|lifted)")
_BEFORE_CUE = re.compile(r"(?:,\s+(?:both|all|the\s+two|two|three)\s+[^,;.()]{1,40},)?"
                         r",?\s+(?:(?:both|each|all|then|later|also|together)\s+)*(?:(?:have|had|has)\s+)?")


def _loaded_in_port(analysis: Analysis, sent: Sentence, cue: re.Match[str]) -> bool:
    """Whether a cue of a load put aboard a ship ("was loaded onto the X") tells of a loading in
    a port, or of a cargo no ship held before: no transfer at sea."""
    if not _LOADED_ONTO.search(cue.group()):
        return False
    text = analysis.text
    return any(_IN_THE_PORT.search(text, max(sent.span.start, p.start - 30), p.start)
               for p in analysis.in_sentence(sent, "Port")) or not _ITS_CARGO.search(
        text, sent.span.start, cue.start())


_LOADED_ONTO = re.compile(r"(?i)loaded\s+(?:onto|into|aboard)")
_IN_THE_PORT = re.compile(r"\b(?:at|in|inside|into)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$", re.I)


def _names_ship(analysis: Analysis, sent: Sentence, cue: re.Match[str]) -> bool:
    """Whether a cue that ends on the name of the other side ("took on crude from the X")
    names a ship there: "took on coal from the port of Nampo" names none."""
    if cue.group().lower().startswith("received") and cue.group().endswith("from"):
        # "received six cargoes from Sabetta aboard the X": what stands after "from" says
        # (a flag is no place: "received its cargo from the Gabon-flagged X")
        after = [m for m in analysis.in_sentence(sent) if m.start >= cue.end()
                 and m.form != "adjective" and m.type in ("Vessel", "Port", "Place", "State")
                 and not _AS_FLAG.match(analysis.text, m.end)]
        return not after or after[0].type == "Vessel"
    if not cue.group()[-1].isupper() or cue.group() == "STS":
        return True  # ("an STS operation in the Laconian Gulf": the acronym is the cue)
    after = [m for m in analysis.in_sentence(sent) if m.start >= cue.end() - 1
             and m.form != "adjective" and m.type in ("Vessel", "Port", "Place", "State")
             and not _AS_FLAG.match(analysis.text, m.end)]
    return not after or after[0].type == "Vessel"


def _counterpart(analysis: Analysis, sent: Sentence, key: str) -> list[str]:
    text, s = analysis.text, sent.span.start
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.key == key]
    if not named or not _FROM_SHIP.search(text, max(s, named[0].start - 60), named[0].start):
        return [key]
    _, told = _sentence_before(analysis, sent)
    return [told[0], key] if len(told) == 1 and told[0] != key else [key]


# "... received fuel oil from the Y. || The transfer took place on 5 and 6 August": the time of the
# transfer just told, told in a sentence of its own
_TRANSFER_WHEN = rx(r"\s*(?:The|This|That)\s+(?:(?:ship-to-ship|STS|second|first|latest|last|same)\s+)?"
                    r"(?:transfer|trans-?shipment|handover|operation|rendezvous|meeting)\s+(?:(?:itself|"
                    r"reportedly|apparently|probably|likely)\s+)?(?:took\s+place|happened|occurred|was\s+"
                    r"(?:carried\s+out|completed|conducted|made|done)|(?P<began>began|started|commenced))\b")
# what tells the end of a transfer told as begun: "began on Monday, and both vessels were ordered
# to stop pumping on Tuesday evening", "... and ended on Wednesday"
_TRANSFER_STOPPED = rx(r"\b(?:stop(?:ped)?|halt(?:ed)?|end(?:ed)?|finish(?:ed)?|complet(?:ed|e)|until|till)\b"
                       r"[^.;]{0,40}?$")


def transfer_time(analysis: Analysis, sent: Sentence) -> None:
    """The time of the transfer at sea told in the sentence before, given in a sentence whose
    subject is that transfer ("The transfer took place on 5 and 6 August")."""
    text, s = analysis.text, sent.span.start
    cue = _TRANSFER_WHEN.match(text, s, sent.span.end)
    index = analysis.index_of(sent)
    if cue is None or not index or any(v.form == "name" for v in analysis.in_sentence(sent, "Vessel")):
        return  # (a ship named here: its own transfer, for the rule of its sentence)
    when = next((t for t in sent.times if t.start >= cue.end() and not t.relative_to_anchor
                 and not t.ahead and _TIME_OF_CUE.fullmatch(text, cue.end(), t.start)), None)
    before = analysis.sentences[index - 1]
    told = [e for e in analysis.events_at(before.span.start) if e["type"] == "ShipToShipTransfer"]
    if when is None or len(told) != 1:
        return
    date: str | None = when.interval.iso()
    if cue["began"]:
        # "The transfer began on Monday, and both vessels were ordered to stop pumping on
        # Tuesday evening": from the one day to the other (or to the day told before, after it)
        end = next((t for t in sent.times if t.start > when.end and not t.ahead and
                    _TRANSFER_STOPPED.search(text, when.end, t.start)), None)
        ended = end.interval.iso() if end is not None else told[0].get("date")
        if ended and lies_before(date, ended):
            date = span_dates(date, ended)
    told[0]["date"] = date
    told[0]["evidence"].append((s, sent.span.end))


# what may stand between the verb and its time: "over two days, on", "in the Laconian Gulf in"
_TIME_OF_CUE = re.compile(r"[^.;]{0,40}?(?:\b(?:on|in|between|from|during|around|at|by)\s+)?|\s*")


# "Two tankers carried out a ship-to-ship transfer off Greece on June 9. || The X pulled
# alongside the Y ...": one transfer told first with no ship named, then with its ships
_ONE_TRANSFER = rx(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:ship-to-ship|STS)\s+(?:[a-z]+\s+)?"
                   r"(?:transfer|operation|trans-?shipment|transaction)\b(?!s)|"
                   # "a transfer between two tankers in the Laconian Gulf", "a transfer at sea"
                   r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:transfer|handover|trans-?shipment)\s+(?:of\s+"
                   r"(?:[\w-]+\s+){1,2}?)?(?:between\s+(?:two|the\s+two)\s+(?:tankers|ships|vessels|"
                   r"carriers|bulkers)|at\s+sea)\b", re.I)


# "... transferring oil to another vessel": a cargo passed at sea to a ship not named
_TO_ANOTHER = rx(r"\b(?:transferr|pump|offload|lighter|discharg|pass)(?:ed|ing)\s+(?:[\w,.'’-]+\s+){0,6}?"
                 r"(?:to|into|onto)\s+(?:another|a\s+second|an?\s+(?:unidentified|unnamed|other|smaller|"
                 r"larger))\s+(?:[\w-]+\s+)?(?:vessel|tanker|ship)\b", re.I)
# "The tanker Y, which had received the oil," / "The tanker Y received the oil"
_RECEIVED_IT = re.compile(r"(?:\s*,\s*(?:which|that)\s+|\s+)(?:had\s+|has\s+)?(?:received|took\s+on|"
                          r"taken\s+on|took\s+delivery\s+of)\s+(?:the|that|this)\s+" + CARGO_WORDS + r"\b",
                          re.I)


# a load taken at sea passed on in the same sentence: ", and two days later transferred them to
# the", " and then pumped the oil into the"
_PASSED_ON_AND = rx(r",?\s+and\s+(?:then\s+|later\s+|(?:[\w-]+\s+){1,3}later\s+|(?:on|in)\s+[\w ]{3,20}?\s+)?"
                r"(?:transferred|pumped|passed|shifted|lightered|moved|offloaded|discharged)\s+(?:them|it|"
                r"the\s+(?:oil|cargo|crude|barrels|fuel|load|diesel|condensate)|its\s+(?:cargo|load))\s+"
                r"(?:on\s*)?(?:to|into)\s+(?:the\s+|another\s+|a\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def passed_on_at_sea(analysis: Analysis, sent: Sentence) -> None:
    """"The X received about 700,000 barrels from the Y on January 21, and two days later
    transferred them to the Z": the load taken at sea passed on to a third ship is a second
    transfer at sea, of the first ship's and the third's, at its own time."""
    s = sent.span.start
    met = [ev for ev in analysis.events_at(s) if ev["type"] == "ShipToShipTransfer"
           and ev["evidence"][0][0] == s]
    if len(met) != 1:
        return
    ships = analysis.in_sentence(sent, "Vessel")
    if not ships or ships[0].key not in met[0]["vessels"]:
        return
    first = ships[0]
    text = analysis.text
    for z in ships:
        if z.form != "name" or z.key in met[0]["vessels"] or z.start <= met[0]["position"]:
            continue
        cue = _PASSED_ON_AND.search(text, max(s, z.start - 120), z.start)
        if cue is None or cue.start() <= met[0]["position"] or blocked(text, s, cue.start(), z.end):
            continue
        record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=[first.key, z.key],
               date=date_near(analysis, sent, cue.end()), location=met[0].get("location"),
               location_type=met[0].get("location_type"), cargo=met[0].get("cargo"))
        return


# a load taken "from it", the ship told before: "loaded around 700,000 barrels from it"
_FROM_IT = rx(r"\b(?:loaded|received|took(?:\s+on)?|collected|lifted|pumped|drew)\s+(?:[\w,.-]+\s+){0,5}?"
              r"from\s+(?:it|her)\b(?!\s+(?:to|into|onto)\b)")


def from_the_ship_before(analysis: Analysis, sent: Sentence) -> None:
    """"Storage tanker X has been anchored off Tanjung Pelepas since August. On October 30 the
    Aframax Y loaded around 700,000 barrels from it": a load the ship named took from the one ship
    the sentence before told of is a transfer at sea between the two."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    cue = _FROM_IT.search(text, s, e)
    if cue is None:
        return
    named = [v for v in analysis.in_sentence(sent, "Vessel") if v.form == "name" and v.end <= cue.start()]
    index = analysis.index_of(sent)
    before = analysis.sentences[index - 1] if index else None
    if not named or before is None or before.paragraph != sent.paragraph:
        return
    taker = named[-1]
    others = {v.key for v in analysis.in_sentence(before, "Vessel") if v.key != taker.key}
    if len(others) != 1 or blocked(text, s, taker.start, cue.end()):
        return
    giver = others.pop()
    if any(ev["type"] == "ShipToShipTransfer" and set(ev["vessels"]) == {giver, taker.key}
           for ev in analysis.events_at(s)):
        return
    where = _sts_location(analysis, sent, cue.end()) or _sts_location(analysis, before, before.span.start)
    record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=[giver, taker.key],
           date=date_near(analysis, sent, cue.start()), location=where.key if where else None,
           location_type=where.type if where else None, cargo=None)


def _receiver_told_after(analysis: Analysis, sent: Sentence) -> None:
    """"... seized the tanker X for transferring oil to another vessel in the North Natuna Sea.
    The tanker Y, which had received the oil, fled": a transfer at sea between X and Y, where
    and when the sentence before tells it."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    prior, _ = _sentence_before(analysis, sent)
    if prior is None:
        return
    cue = _TO_ANOTHER.search(text, prior.span.start, prior.span.end)
    givers = {v.key for v in analysis.in_sentence(prior, "Vessel") if v.form == "name"}
    if cue is None or len(givers) != 1 or prior.paragraph != sent.paragraph or \
            blocked(text, prior.span.start, cue.start(), cue.end()):
        return
    for v in analysis.in_sentence(sent, "Vessel"):
        if v.form != "name" or v.key in givers or not _RECEIVED_IT.match(text, v.end, e) or \
                blocked(text, s, v.start, e):
            continue
        _met_another(analysis, prior, cue, sent, [next(iter(givers)), v.key])
        return


def _met_another(analysis: Analysis, prior: Sentence, cue: re.Match[str], sent: Sentence,
                 pair: list[str]) -> None:
    """The transfer "to another vessel" that `prior` told at `cue`, between the pair, with `sent`
    (which named the other ship) as evidence too; as sure as the suspicion where one is told ("a
    tanker suspected of transferring oil to another vessel")."""
    text = analysis.text
    date = date_near(analysis, prior, cue.start())
    if _same_meeting(analysis, sent, set(pair), date) is not None:
        return
    location = _sts_location(analysis, prior, cue.end())
    event = record(analysis, prior, "ShipToShipTransfer", cue.start(), vessels=pair, date=date,
                   location=location.key if location else None,
                   location_type=location.type if location else None, cargo=None)
    suspected = _SUSPECTED_OF.search(text, max(prior.span.start, cue.start() - 30), cue.start())
    if suspected is not None:
        event["confidence"] = confidence_of(text[suspected.start():cue.end()])
    cite(event, sent)


def _other_vessel_named(analysis: Analysis, sent: Sentence) -> None:
    """"... seized an Iranian-flagged tanker suspected of transferring oil to another vessel in
    the North Natuna Sea. || The tanker, the Arman 114, was caught on July 7 ... The other
    vessel, the S Tinos, fled": a transfer at sea between the ship told first (the one tanker
    the lead and the sentences after it tell of) and the other, as the cue's sentence tells it."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    other = _OTHER_VESSEL.search(text, s, e)
    # (the first ship named in the apposition: "the Cameroon-flagged MT S Tinos")
    named = next((v for v in analysis.in_sentence(sent, "Vessel") if other is not None and
                  other.end() <= v.start < other.end() + 40 and v.form == "name" and
                  "," not in text[other.end():v.start]), None)
    # (what the other ship did after is its own: "The other vessel, the X, was allowed to leave
    # in September" still names it)
    if named is None or blocked(text, s, named.start, named.end) or \
            _NOT_INVOLVED.match(text, named.end, e):
        return
    index = analysis.index_of(sent)
    for prior in reversed(analysis.sentences[max(0, index - 3):index]):
        if sent.paragraph - prior.paragraph > 1:
            return
        cue = _TO_ANOTHER.search(text, prior.span.start, prior.span.end)
        if cue is None:
            continue
        told = analysis.between(prior.span.start, s, "Vessel")
        givers = {v.key for v in told if v.key != named.key}
        if len(givers) != 1 or blocked(text, prior.span.start, cue.start(), cue.end()):
            return
        _met_another(analysis, prior, cue, sent, [next(iter(givers)), named.key])
        return


# ", was not involved", ", played no part": the ship named is denied a part in the transfer
_NOT_INVOLVED = re.compile(r"[^.;]{0,40}?\b(?:(?:was|is|were|are)\s+not|never\s+was|had\s+no|has\s+no|"
                           r"played\s+no|took\s+no)\s+(?:\w+\s+)?(?:involved|part|role|connection)\b")
_SUSPECTED_OF = rx(r"\b(?:suspected|accused|alleged(?:ly)?)\s+(?:of\s+)?(?:\w+ly\s+)?$", re.I)
# "The other vessel, the Cameroon-flagged MT S Tinos,": the ship a transfer was made to
_OTHER_VESSEL = rx(r"\b[Tt]he\s+other\s+(?:vessel|ship|tanker)\s*,\s*(?:the\s+)?")


def _told_unnamed(analysis: Analysis, sent: Sentence) -> tuple[Sentence, re.Match[str]] | None:
    """The sentence a little before this one (in its paragraph or the two before it) that told
    of one transfer at sea with no ship named, and its cue; none where a transfer of named
    ships was told since, or where that one was denied or only planned."""
    text = analysis.text
    index = analysis.index_of(sent)
    for prior in reversed(analysis.sentences[max(0, index - 4):index]):
        if sent.paragraph - prior.paragraph > 2 or any(
                ev["type"] == "ShipToShipTransfer" for ev in analysis.events_at(prior.span.start)):
            return None
        told = _ONE_TRANSFER.search(text, prior.span.start, prior.span.end)
        if told is None:
            continue
        if any(v.form == "name" for v in analysis.in_sentence(prior, "Vessel")) or \
                _lead_blocked(analysis, prior, told):
            return None
        return prior, told
    return None


def _lead_blocked(analysis: Analysis, lead: Sentence, told: re.Match[str]) -> bool:
    """Whether a transfer a lead tells of, to the end of its clause, is denied or only planned
    ("a transfer could take place" is only feared)."""
    text = analysis.text
    stop = min((x for x in (text.find(",", told.end(), lead.span.end),
                            text.find(";", told.end(), lead.span.end)) if x >= 0),
               default=lead.span.end)
    return blocked(text, lead.span.start, told.start(), stop)


def _same_meeting(analysis: Analysis, sent: Sentence, pair: set[str],
                  date: str | None) -> dict[str, Any] | None:
    """A transfer between the same two ships told in the last few sentences, at a time that
    can be this one's (within a few days: "that afternoon ... by 30 April")."""
    index = bisect_left(analysis.sentences, sent.span.start, key=lambda x: x.span.start)
    for prior in reversed(analysis.sentences[max(0, index - _RETOLD):index]):
        for ev in analysis.events_at(prior.span.start):
            if ev["type"] == "ShipToShipTransfer" and set(ev["vessels"]) == pair and \
                    overlaps(widen(ev.get("date"), _RETOLD_DAYS), date):
                return ev
    return None


_AT_SEA = rx(r"\b(?:at\s+sea|on\s+the\s+high\s+seas|in\s+international\s+waters)\b"
             r"(?!\s+(?:off|near)\b)", re.I)


def _sts_location(analysis: Analysis, sent: Sentence, cue_end: int) -> Mention | None:
    """Where two ships met: the place "off" which the transfer happened ("a transfer off
    Cyprus": at sea off a state, so no Port or Place), else the first place of the sentence
    that is neither a port some ship of the sentence called at ("discharged at Latakia after a
    transfer ...") nor a point of reference ("30 km north of Bandar Anzali")."""
    text = analysis.text
    # (within the clause of the transfer: "took cargo from Saam FSU, Sept 1; spotted near Port
    # Said, Oct 15" met no ship at Port Said)
    stop = text.find(";", cue_end, sent.span.end)
    begin = text.rfind(";", sent.span.start, cue_end)
    # (not a registry: "the Hong Kong-registered Yuk Tung" met no ship at Hong Kong; nor where a
    # firm sits: "owned by a company in Hong Kong")
    named = [m for m in analysis.in_sentence(sent) if m.type in ("Place", "Port", "State")
             and m.form != "adjective" and (stop < 0 or m.start < stop) and m.start > begin
             and not _AS_FLAG.match(text, m.end)
             and not CITY_BEFORE.search(text, max(0, m.start - 40), m.start)]
    # (nor one inside an aside on a ship that holds no cue: "to the Y, an older tanker that has
    # shuttled between Malaysian waters and Dongying since January")
    asides = [(m.start(), m.end()) for m in RELATIVE.finditer(text, sent.span.start, sent.span.end)]
    closing = RELATIVE_TO_END.search(text, asides[-1][1] if asides else sent.span.start, sent.span.end)
    asides += [(closing.start(), closing.end())] if closing is not None else []
    named = [m for m in named if not any(a <= m.start < b and not a < cue_end <= b for a, b in asides)]
    after = [m for m in named if m.start >= cue_end]
    if after and after[0].type == "State" and _BEARING.search(text, max(cue_end, after[0].start - 60),
                                                               after[0].start):
        if len(after) > 1 and after[1].type == "Place" and \
                _POSSESSIVE_GAP.fullmatch(text, after[0].end, after[1].start):
            return after[1]  # "east of Malaysia's Johor state": off the region the state holds
        return None  # "12 nautical miles east of Malta": at sea, told by its bearing from a state
    if after and _OFF.search(text, max(cue_end, after[0].start - 40), after[0].start):
        if after[0].type == "State" and len(after) > 1 and after[1].type != "State" and \
                _POSSESSIVE_GAP.fullmatch(text, after[0].end, after[1].start):
            return after[1]  # "off Malaysia's Tanjung Pelepas": off the port the state holds
        return after[0] if after[0].type != "State" else None
    if after and after[0].type != "State" and after[0].form != "anaphor" and \
            _RIGHT_AT.fullmatch(text, cue_end, after[0].start):
        return after[0]  # "transshipped at Iskenderun, where ...": the place right after the verb
    if _AT_SEA.search(text, cue_end, stop if stop >= 0 else sent.span.end):
        # "was detained at Yeosu, suspected of passing oil to the Y at sea in October": at sea,
        # not where the ship was later held
        return None
    where = _WHERE_THEY.search(text, max(sent.span.start, cue_end - 160), cue_end)
    if where is not None and not [m for m in after if _OFF.search(
            text, max(cue_end, m.start - 40), m.start)]:
        # "reappeared off Malaysia's eastern coast on May 1, where it transferred its load to
        # the X": the place the clause before "where" ends on (off a state's coast: at sea)
        told = [m for m in analysis.in_sentence(sent) if m.type in ("Place", "Port", "State")
                and m.end <= where.start() and where.start() - m.end <= 40]
        if len(told) > 1 and told[-2].form != "anaphor" and \
                _BEARING_GAP.fullmatch(text, told[-2].end, told[-1].start):
            told.pop()  # "to the Hurd's Bank area east of Malta, where": Malta is a bearing
        if told:
            last = told[-1]
            return last if last.type != "State" and last.form != "adjective" else None
    called = {ev["port"] for ev in analysis.events_at(sent.span.start)
              if ev["type"] == "PortCall"}
    found = next((m for m in named if m.type != "State" and m.key not in called
                  and not _BEARING.search(text, max(sent.span.start, m.start - 60), m.start)
                  and not _ROUTE_END.search(text, max(sent.span.start, m.start - 60), m.start)),
                 None)
    if found is not None and found.end <= cue_end:
        # "offloaded fuel at Songnim, a port on the Taedong River, after receiving it from the X
        # in the East China Sea": the sea the transfer's own clause names, not one told before
        sea = next((m for m in after if m.type == "Place" and m.key not in called
                    and _IN_SEA.search(text, max(cue_end, m.start - 20), m.start)), None)
        found = sea or found
    if found is None and _SAME_AREA.search(text, sent.span.start, sent.span.end):
        # "... alongside the Vifine on 25 October in the same area": where the transfer told
        # last met, else the sea named last before
        met = [ev for ev in analysis.events if ev["type"] == "ShipToShipTransfer" and
               ev.get("location") and ev["evidence"][0][0] < sent.span.start]
        if met:
            key, kind = met[-1]["location"], met[-1].get("location_type")
            return next((m for m in reversed(analysis.before(sent.span.start)) if m.key == key and
                         (kind is None or m.type == kind)), None)
        found = next((m for m in reversed(analysis.before(sent.span.start, "Place"))
                      if sent.span.start - m.end < 600 and m.form != "adjective"), None)
    return found


_IN_SEA = re.compile(r"\b(?:in|off|near)\s+(?:the\s+)?$")
_RIGHT_AT = re.compile(r"\s+(?:at|in)\s+(?:the\s+(?:port\s+of\s+)?)?")
# the reason for a seizure or a designation, with the other ship it names: "for an illegal
# transfer of oil with the "
_FOR_DEALINGS_WITH = rx(r"\b(?:for|over|after)\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
                        r"(?:transfers?|trans-?shipments?|dealings|trade|trading|meetings?|rendezvous)\s+"
                        r"(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:with|to|from)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}$",
                        re.I)
_UNVERIFIED = re.compile(r"\b(?:could|can|did|has|have|had|was|were)\s*(?:not|n't)\s+(?:been\s+|be\s+)?"
                         r"(?:yet\s+)?(?:independently\s+)?(?:confirm|verif)\w*|\bnot\s+(?:yet\s+)?(?:been\s+)?"
                         r"(?:independently\s+)?(?:confirmed|verified)\b")
# ", where it transferred", ", where the two ships met and ...": a clause set in the place before it
# (a time may come before the subject: ", where on May 3, 2022 it transferred")
_WHERE_THEY = rx(r",\s+where\s+(?:(?:on|in|during|around|late|early|later|then|the\s+next|the\s+following)\b"
                 r"(?:\s+[\w,]+){0,4}?\s+)?(?:it|she|they|the\s+(?:two\s+)?\w+)\s+"
                 r"(?:[\w'’-]+\s+){0,16}?[\w'’-]*\s*$")
# (or a state before a ship's kind: "the DPRK tanker Yu Phyong 5")
_AS_FLAG = rx(r"[- ](?:flagged|registered)\b|\s+flag\b|\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:tanker|vessel|ship|"
              r"freighter|carrier|bulker|VLCC|aframax|suezmax)\b", re.I)
_SAME_AREA = rx(r"\b(?:in|at)\s+the\s+same\s+(?:area|waters|location|spot|place|position|"
                r"stretch\s+of\s+(?:sea|water))\b", re.I)


# "before sailing for Rizhao", "bound for Ravenna", "arrived from Kharg": an end of a voyage,
# not where the ships met
_ROUTE_END = rx(r"\b(?:for|to|towards?|from)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$|"
                # "before sailing east through the Suez Canal": the way on, not where they met
                r"\b(?:before|after|then)\s+(?:\w+ly\s+)?(?:sail\w*|head\w*|steam\w*|transit\w*|"
                r"pass\w*|continu\w*|return\w*|mov\w*|travel\w*)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:through|via|across|into|past|along|around)\s+(?:the\s+)?$", re.I)


_ITS_CARGO = rx(r"\b(?:[Ii]ts|[Hh]er)\s+(?:[\w-]+\s+)?cargo(?:es)?\b|"
                # "the crude was transferred to the Huge": the load of the ship told of
                # ("The crude oil had been transferred at sea from the tanker X")
                # ("the crude came from Iran and had been transferred ...")
                r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:cargo|crude|oil|fuel|load|diesel|coal|gasoil|condensate|"
                r"LNG|LPG|gas|naphtha|gasoline|petrol)"
                # ("Part of the cargo, some 100,000 tonnes of crude oil, had been transferred")
                r"(?:\s*,\s+[^;]{1,60}?,)?\s+"
                r"(?:[^,;.]{1,40}?\s+and\s+)?(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+|then\s+|later\s+)?$")
# a thing other than a ship, set in apposition right before a designation's cue
_THING_APPOSED = re.compile(r",\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?(?:facility|terminal|port|"
                            r"refinery|plant|company|firm|bank|entity|business|network|group|operator|manager|owner|"
                            r"shipyard|yard|individual|person|trader|broker|city|town|harbou?r)\s+(?:(?:that|which)\s+"
                            r"(?:was|is|has\s+been|had\s+been)\s+)?(?:also\s+)?$", re.I)
_RELATIVE_OPENS = re.compile(r"\b(?:that|which|who|whose)\b")


_WHICH_BEFORE_CUE = re.compile(r",\s+(?:which|that)\s+(?:[\w.-]+\s+){0,3}$")


def _relative_of_other(analysis: Analysis, v: Mention, cue: int) -> bool:
    """Whether a relative clause that holds the cue is told of something named after the ship
    (a state, a port, a firm) and not of the ship: "docked in Iran, which is under US sanctions"."""
    rel = _WHICH_BEFORE_CUE.search(analysis.text, v.end, cue)
    if rel is None:
        return False
    return any(m.type != "Vessel" and rel.start() - 2 <= m.end <= rel.start()
               for m in analysis.between(v.end, rel.start()))


# who holds a ship, told right before a cue of sanctions: "owned by companies sanctioned by"
# ("owned by a company based in Astrakhan that was sanctioned": where it sits, told between)
_HOLDERS_CUED = rx(r"\b(?:compan(?:y|ies)|firms?|entit(?:y|ies)|owners?|operators?|managers?|"
                   r"individuals?|business(?:es)?|networks?|people|persons?)"
                   r"(?:,?\s+(?:based|registered|headquartered|incorporated|located)\s+in\s+(?-i:[A-Z])[\w'’-]*"
                   r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},?)?\s+(?:(?:that|which|who)\s+"
                   r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?)?(?:\w+ly\s+)?$", re.I)


def _others_clause(analysis: Analysis, start: int, cue: int) -> bool:
    """Whether the cue at `cue` stands in a relative clause on an organisation or person named
    after the vessel that ends at `start`."""
    opens = [m.start() for m in _RELATIVE_OPENS.finditer(analysis.text, start, cue)]
    return bool(opens) and any(m.type in ("Organization", "Person")
                               for m in analysis.between(start, opens[-1]))


def _since_start(sent: Sentence, date: str) -> str | None:
    """The time a "since ..." of the sentence that spans `date` was told at ("since 2018": 2018,
    "since May 2023": 2023-05); None where no such time gave it."""
    t = next((t for t in sent.times if t.since and t.interval.iso() == date), None)
    if t is None:
        return None
    told, first = t.text.strip()[len("since"):].strip(), t.interval.start
    if re.fullmatch(r"(?:19|20)\d{2}", told):
        return str(first.year)
    if re.fullmatch(r"[A-Z][a-z]+\.?(?:\s+(?:19|20)\d{2})?", told):
        return f"{first.year:04d}-{first.month:02d}"
    return first.isoformat()


# what a junta or an army seizes that is no ship
_POWER_SEIZED = re.compile(r"\s+(?:power|control\s+of\s+(?:the\s+)?(?:country|government|state|city|capital|"
                           r"region|territory|town|province))\b")
# those who boarded, told by the ship they came from
_FROM_THE_SHIP = rx(r"\b(?:sailors|marines|crew|crews|teams?|forces|personnel|commandos|troops|boarding\s+"
                    r"(?:teams?|parties|party)|helicopters?|officers)\s+(?:(?:operating|deployed|embarked|based|"
                    r"launched|flying|dispatched|sent)\s+)?(?:from|of|aboard|on)\s+(?:the\s+)?"
                    r"(?:[\w-]+\s+){0,4}$", re.I)  # ("from the US Coast Guard cutter X")


def _timeline_gap(analysis: Analysis, sent: Sentence) -> None:
    """"2024-05-11: AIS signal lost in the Sea of Japan", an item of a timeline of one ship's: a gap
    in that ship's AIS."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    cue = _AIS.search(text, s, e)
    if cue is None or NEGATION.search(text, s, cue.end()) or _HYPOTHETICAL.search(text, s, e) or \
            blocked(text, s, s, cue.end()):
        return
    ship = timeline_ship(analysis, sent)
    if ship is None:
        return
    event = record(analysis, sent, "AISGap", cue.start(), vessel=ship.key)
    place = next((m for m in analysis.in_sentence(sent) if m.type in ("Place", "Port") and
                  m.start >= cue.start() and m.form != "adjective"), None)
    if place is not None:
        event["location"], event["location_type"] = place.key, place.type
    named = analysis.sentence_at(ship.start)
    if named is not None:
        cite(event, named)


# "was detained at Gdansk on 21 September and released on 25 September": the detention's end
_FREED_ON = rx(r"\s+(?:and|but)\s+(?:was\s+|were\s+)?(?:later\s+|then\s+|finally\s+)?(?:released|freed|"
               r"let\s+go|allowed\s+to\s+(?:leave|sail))\s+(?:on\s+|in\s+)?$")


def incidents(analysis: Analysis, sent: Sentence) -> None:
    """AIS gaps, detentions and designations of the vessels named near their cue (a detention
    told with its end held until then)."""
    told = len(analysis.events)
    _incidents(analysis, sent)
    text = analysis.text
    for ev in analysis.events[told:]:
        if ev["type"] != "Detention" or not ev.get("date") or "/" in ev["date"]:
            continue
        freed = next((t for t in sent.times if t.start > ev["position"] and not t.ahead and
                      _FREED_ON.search(text, max(ev["position"], t.start - 40), t.start) and
                      not ends_before(t.interval.iso(), ev["date"])), None)
        if freed is not None and not analysis.between(ev["position"], freed.start, "Vessel"):
            ev["date"] = span_dates(ev["date"], freed.interval.iso())


# what was escaped or thwarted: "escaped seizure", "evaded an attempted boarding", "foiled the
# arrest of"
_ESCAPED_CUE = rx(r"\b(?:escaped|escaping|escapes|avoided|avoiding|evaded|evading|dodged|eluded|eluding|"
                  r"resisted|thwarted|foiled|prevented|fled)\s+(?:an?\s+|the\s+|its\s+|her\s+)?"
                  r"(?:attempted\s+|planned\s+|threatened\s+)?$", re.I)


def _incidents(analysis: Analysis, sent: Sentence) -> None:
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    vessels = analysis.in_sentence(sent, "Vessel")
    _firm_designations(analysis, sent)
    if not vessels:
        _listed_designations(analysis, sent)
        _timeline_gap(analysis, sent)
        return
    _inline_listed(analysis, sent)
    _seized_by_warship(analysis, sent, vessels)
    _released_after_held(analysis, sent, vessels)
    _gap_told_by_its_end(analysis, sent, vessels)
    for pattern, etype in ((_AIS, "AISGap"), (_DETAIN, "Detention"), (_SANCTION, "Sanction"),
                           (_AMONG_NAMED, "Sanction")):
        for cue in pattern.finditer(text, s, e):
            clause = text[clause_start(text, s, cue.start()):cue.end()]
            if _SILENT.search(cue.group()) or _GONE_FROM.match(cue.group()):
                # (its own "not" tells the gap; "vanished from tracking systems" is no denial)
                clause = clause[:len(clause) - len(cue.group())]
            elif etype == "AISGap" and _SENT_POSITION.match(cue.group()) and (
                    neither := _NEITHER_SENT.search(clause, 0, len(clause) - len(cue.group()))) is not None:
                clause = clause[:neither.start()]  # ("Neither ship transmitted": the gap's own "not")
            # "sailed without a destination listed and turned off its transponder": a denial of
            # an earlier verb joined by "and" is not this one's
            joined = list(JOINED_VERB.finditer(clause))
            if joined:
                clause = clause[joined[-1].start():]
            if NEGATION.search(clause) or _HYPOTHETICAL.search(clause):
                continue
            when: dict[str, Any] = {}
            undated = False  # (a time found for the event that is not its own: none)
            if pattern is _AMONG_NAMED:
                told = _designation_before(analysis, sent)
                if told is False:
                    continue  # "among the ships named in the report": no designation told
                when = {"date": told}
            elif etype == "Sanction" and not sent.times and \
                    isinstance(told := _designation_before(analysis, sent), str):
                # "The US on Thursday designated four tankers. ... The two others, the X and the Y,
                # were identified as blocked property": the designation's time, not the time of a
                # deed told in between
                when = {"date": told}
            if etype == "Sanction" and not when and sent.times and \
                    _ACTIVE_DESIGNATION.match(cue.group()) and \
                    (rel := _WHAT_IT_DID.search(text, cue.end(), e)) is not None and \
                    all(t.start >= rel.end() for t in sent.times):
                # "OFAC is designating X, a Panama-flagged vessel, which transported Iranian oil in
                # 2023": the time of what the ship did, told after, is not the designation's (that
                # of one told just before, or none: "OFAC also designated the X, which called at
                # Kozmino in October 2024")
                told = _designation_before(analysis, sent)
                when = {"date": told if isinstance(told, str) else
                        date_near(analysis, replace(sent, times=[]), cue.start())}
                undated = when["date"] is None
            if etype == "Sanction" and not when and sent.times and \
                    cue.group().lower().startswith(("sanctioned", "designated", "blacklisted")) and \
                    _REDUCED_BEFORE.search(text, max(s, cue.start() - 24), cue.start()) and \
                    (main := _MAIN_DEED_AFTER.search(text, cue.end(), e)) is not None and \
                    all(t.start >= main.start() for t in sent.times):
                # "A supertanker sanctioned by the United States for carrying Iranian oil unloaded
                # at Qingdao on May 6": the time is the main clause's deed's, not the designation's
                when, undated = {"date": None}, True
            if etype == "Sanction" and not when and sent.times and \
                    _PLACED_BY_DESIGNATION.search(text, max(s, cue.start() - 40), cue.start()) and \
                    not any(cue.end() <= t.start and not _CLAUSE_STOP_AT.search(text, cue.end(), t.start)
                            for t in sent.times):
                # "In January, before it was sanctioned, the X carried fuel oil": a designation
                # told to place another deed in time, at a time of its own not told here
                when, undated = {"date": None}, True
            if etype == "Detention" and _BOARDED_ONLY.search(cue.group()) and \
                    _LET_GO.search(text, cue.end(), e):
                continue  # "boarded the tanker off Crete and found no irregularities": an inspection
            if etype == "Detention" and _CARGO_SEIZED.match(text, cue.end()):
                continue  # "authorities seized its Iranian cargo": the load, not the ship
            if etype == "Detention" and _POWER_SEIZED.match(text, cue.end()):
                continue  # "since the junta seized power in 2021": no ship taken
            if etype == "Detention" and _ESCAPED_CUE.search(text, max(s, cue.start() - 40), cue.start()):
                continue  # "escaped seizure by sailing away", "evaded an attempted boarding": not held
            if etype == "Detention" and _FROM_SHIP_AFTER.match(text, cue.end()) and \
                    _CARGO_BEFORE_CUE.search(text, max(s, cue.start() - 40), cue.start()):
                continue  # "crude oil seized from the tanker X": the load taken off the ship
            if etype == "Detention" and _PASSIVE_CARGO.search(text, max(s, cue.start() - 60), cue.start()):
                continue  # "was released after its cargo was confiscated": the load
            if etype == "Detention" and _CARGO_BROUGHT_SEIZED.fullmatch(
                    text, clause_start(text, s, cue.start()), cue.start()):
                continue  # "Coal unloaded at Pohang by the X was seized": the load, not the ship
            if etype == "Detention" and " " not in cue.group() and _PEOPLE_TAKEN.match(text, cue.end()):
                continue  # "police arrested Captain Ravi Menon, master of the tanker X": a person
            if etype == "Detention" and _TOLD_SEIZURE.search(text, max(s, cue.start() - 12), cue.start()) \
                    and _NOUN_CUE.fullmatch(cue.group()) and not _OF_NEXT.match(text, cue.end()) and (
                        any(x["type"] == "Detention" for x in analysis.events) or
                        not _LIFTED_BEFORE.search(text, max(s, cue.start() - 30), cue.start())):
                continue  # "Tehran said the seizure was retaliation": the one told already (not
                # "left Piraeus after a court lifted its arrest", told first so)
            if etype == "Detention" and cue.group().startswith("been held") and \
                    _SINCE_NEXT.match(text, cue.end()) and \
                    any(x["type"] == "Detention" for x in analysis.events):
                continue  # "detained at Alexandria ... had been held since 20 February": the one told
            if etype == "Detention" and _NOUN_CUE.fullmatch(cue.group()) and \
                    _COUNTED_SEIZURE.search(text, max(s, cue.start() - 40), cue.start()) and \
                    any(x["type"] == "Detention" for x in analysis.events):
                # "It is the first detention of a foreign vessel since the X was seized in 2019":
                # the one told, counted among others (the time told is the count's, not its own)
                when, undated = {"date": None}, True
            if etype == "Sanction" and any(v.end <= cue.start() and others_deed(text, v.end, cue.start())
                                           for v in vessels) and \
                    not any(v.start >= cue.end() for v in vessels):
                continue  # "is linked to a network that US authorities sanctioned in 2023": the network
            if etype == "Sanction" and cue.group().lower() == "designated" and \
                    _DESIGNATED_WHO.match(text, cue.end()):
                continue  # "the designated company operates the X": the company's designation
            if etype == "Sanction" and cue.groupdict().get("list") and \
                    not _SANCTIONS_TOLD.search(text, s, e) and \
                    (_LIST_OF.match(text, cue.end()) or not _sanctions_before(analysis, sent)):
                # ("a list of ships to watch", "its list of approved ships": told what list)
                continue  # "added the port to its list" is a list of sanctions only where told
            # "seized X after it was found alongside Y": Y is in another clause
            edge = _NEXT_CLAUSE.search(text, cue.end(), e)
            stop = edge.start() if edge else e
            # "the X, a tanker seized in November, called at Nampo": an aside's deed ends with it
            aside = _aside_at(text, s, e, cue.start())
            if aside is not None:
                stop = min(stop, aside.end())
            own = _aside_owners(analysis, vessels, aside)
            if etype == "AISGap" and own is None and _ACTIVE_AIS.match(cue.group()):
                # "It turned off its transponder ... and reappeared off Malaysia, where it
                # transferred its load to the tanker Nova Dawn": who turned it off is told before
                subject = [v for v in vessels if v.end <= cue.start() and
                           clause_start(text, s, cue.start()) <= v.start]
                if subject:
                    own = {v.key for v in subject}
            done: set[str] = set()
            last: Mention | None = None
            run = 0  # the ships of a list so far
            for v in vessels:
                # a long list goes on past the distance, and the third item of one past its
                # ", and": "designated three vessels ...: the X, the Y, and the Z"
                listed = last is not None and (JOINED.fullmatch(text, last.end, v.start) is not None
                                               or _LIST_ITEM.fullmatch(text, last.end, v.start) is not None)
                # "include the X (IMO ...), which delivered gas to Ras Isa, and the Y": the next
                # item after an aside on the one before
                past_aside = last is not None and not listed and _after_aside(text, last.end, v.start)
                run = run + 1 if listed or past_aside else 1
                if abs(v.start - cue.start()) >= 200 and not (listed or past_aside) or \
                        v.start >= stop and not (listed and (run >= 3 or last is not None and
                                                             ";" in text[last.end:v.start])
                                                 or past_aside) or v.key in done:
                    continue
                if own is not None and v.key not in own:
                    continue  # "the X, previously designated by the UN, met the Y": X's alone
                if etype == "Detention" and v.end <= cue.start() and \
                        _FROM_THE_SHIP.search(text, max(s, v.start - 60), v.start):
                    continue  # "Sailors from the destroyer X boarded a dhow": the ship they came from
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and \
                        not _PASSIVE_CUE.match(cue.group()) and \
                        _OWN_DOER_CLAUSE.search(text, v.end, cue.start()) and \
                        not _PRONOUN_OBJECT.match(text, cue.end()) and \
                        not analysis.between(v.end, cue.start(), "Vessel"):
                    continue  # "Neither ship is listed, although the US designated ...": the doer's clause
                if v.end <= cue.start() and _WHEN_BETWEEN.search(text, v.end, cue.start()) and not (
                        _IT_TAKEN.match(text, cue.end()) and
                        not analysis.between(v.end, cue.start(), "Vessel")):
                    # (but "The X remains off Salif, where Houthi forces took it after seizing it":
                    # the ship the clause goes back to)
                    continue  # "It is the first since 2019, when the Y was detained": Y's alone
                if etype in ("Detention", "Sanction") and v.start >= cue.end() and \
                        _own_relative_cue(text, v.end, e, pattern):
                    # "has detained several ships in recent years, including the X, which was
                    # seized in April 2023": the relative clause tells the X's own
                    continue
                if v.start >= cue.end() and etype == "Detention" and \
                        cue.group().strip().lower() == "held" and \
                        text[max(s, cue.start() - 5):cue.start()].lower().rstrip().endswith(("was", "were")):
                    continue  # "Talks were held at Yeosu on the tanker X": a passive's subject alone
                if etype in ("Detention", "Sanction") and v.start >= cue.end() and \
                        _FOR_DEALINGS_WITH.search(text, max(cue.end(), v.start - 100), v.start):
                    continue  # "seized the X ... for an illegal transfer of oil with the Y": X's alone
                if v.start >= cue.end() and _NOT_THIS_ONE.search(text, max(cue.end(), v.start - 40), v.start):
                    continue  # "targets banks, not the tanker Kira", "but not the Lumo": left out
                if etype == "Sanction" and v.end <= cue.start() and _others_clause(
                        analysis, v.end, cue.start()):
                    continue  # "operated by Oboronlogistika, a firm that was sanctioned": the firm
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and \
                        _THING_APPOSED.search(text, max(s, cue.start() - 70), cue.start()):
                    continue  # "loaded at the Avlita terminal, a facility sanctioned by the EU"
                    # ("loaded grain in Berdyansk, a port seized by Russia in 2022": the port)
                if etype == "Sanction" and v.end <= cue.start() and \
                        _relative_of_other(analysis, v, cue.start()):
                    continue  # "docked in Iran, which is under US sanctions": Iran's
                if etype == "Sanction" and v.end <= cue.start() and _HOLDERS_CUED.search(
                        text, max(v.end, cue.start() - 80), cue.start()):
                    continue  # "all owned by companies sanctioned by the United States": theirs
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and (
                        _RUNS_SHIP.search(text, max(s, v.start - 60), v.start) or
                        _HOLDER_WHICH.search(text, max(s, v.start - 40), v.start) and
                        any(m.end <= v.start and m.type in ("Organization", "Person")
                            for m in analysis.between(max(s, v.start - 120), v.start))):
                    continue  # "The company that manages the Lila was also sanctioned": the firm
                    # ("X Ltd, which owns the tanker Y, was designated": X Ltd)
                if etype in ("Sanction", "Detention") and v.start >= cue.end() and (
                        _RUNS_SHIP.search(text, max(cue.end(), v.start - 60), v.start) or
                        _HOLDER_WHICH.search(text, max(cue.end(), v.start - 40), v.start)) and \
                        any(m.type in ("Organization", "Person")
                            for m in analysis.between(cue.end(), v.start)):
                    continue  # "is designating X LLC, a company that manages the tanker Y": X LLC
                if etype in ("Sanction", "Detention") and any(
                        o.end() <= v.start and v.start - o.end() < 80 and not o.end() <= cue.start() < v.start
                        and _NAMES_ONLY.fullmatch(text, o.end(), v.start)
                        for o in _OWNERS_OF.finditer(text, s, v.start)):
                    continue  # "the owners of the Kazan ... were designated": not the ship
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and (
                        etype == "Sanction" and _OWNER_AFTER.match(text, v.end) or
                        v.form == "anaphor" and text[v.start:v.end].lower() in ("its", "her", "their")
                        and _THEIR_PEOPLE.match(text, v.end) or
                        v.form in ("name", "anaphor") and _NAMED_PEOPLE.match(text, v.end)):
                    continue  # "the vessel's registered owner ... is one of the companies designated"
                    # ("Their owners were sanctioned", "Its crew was detained", "The ship's master
                    # was arrested": not the ships)
                if etype in ("Sanction", "Detention") and v.start >= cue.end() and v.form == "name" and \
                        _NAMED_PEOPLE.match(text, v.end):
                    continue  # "Police arrested the Amber Reef's captain": the captain, not the ship
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and any(
                            w.key != v.key and _WHOSE_SHIP.search(text, v.end, w.start) and
                            _THEN_CUE.fullmatch(text, w.end, cue.start())
                            for w in analysis.between(v.end, cue.start(), "Vessel")):
                    continue  # "managed by a firm whose other ship, the Y, was detained": Y's alone
                if etype in ("Sanction", "Detention") and v.end <= cue.start() and \
                        (rel := _IN_WHOSE_ASIDE.search(text, max(s, v.start - 60), v.start)) is not None and \
                        "," in text[v.end:cue.start()] and \
                        any(w.key != v.key for w in analysis.between(s, rel.start(), "Vessel")):
                    continue  # "The X, whose sister ship Y called at Ceuta, was seized": X's alone
                whose = _WHOSE_OWNER.match(text, v.end) if etype == "Sanction" else None
                if whose is not None and cue.start() < _clause_comma(text, whose.end(), e):
                    continue  # "the Kira, whose Dubai-based owner was sanctioned last year,": the owner
                if etype == "Detention" and v.end <= cue.start() and not _PASSIVE_CUE.match(cue.group()) \
                        and _AND_NEXT_DEED.fullmatch(text, v.end, cue.start()):
                    continue  # "sinking one vessel, the Rubymar, and seizing another": the first's
                if etype == "Detention" and v.end <= cue.start() and _AGENT_GAP.fullmatch(
                        text, v.end, cue.start()) and not _BY.match(text, cue.end()) and \
                        not _PASSIVE_CUE.match(cue.group()) and \
                        not _ORDERED_HELD.search(text, max(s, v.start - 60), v.start):
                    continue  # "it had detained two tankers": who detains is no ship
                    # (but "prosecutors ordered the bulk carrier X detained": the ship held)
                if etype == "Detention" and v.end <= cue.start() and not _PASSIVE_CUE.match(cue.group()) \
                        and _SHIP_AGENT.search(text, max(s, v.start - 60), v.start):
                    continue  # "sailors from the destroyer USS Carney boarded a dhow": the boarders' ship
                done.add(v.key)
                last = v
                key = "vessel" if etype == "AISGap" else "target"
                if etype == "AISGap" and _GAP_RETOLD.search(text, max(s, cue.start() - 40), cue.start()):
                    gone = next((x for x in analysis.events if x["type"] == "AISGap" and
                                 x.get("vessel") == v.key), None)
                    if gone is not None:
                        # "Its last reported position before it went dark was ...": the gap told
                        # before, named again
                        gone["evidence"] += [x for x in [(s, e)] if x not in gone["evidence"]]
                        continue
                if etype == "Sanction" and _TIMED_BY_DESIGNATION.search(text, max(s, cue.start() - 40),
                                                                       cue.end()) and \
                        any(x["type"] == "Sanction" and x.get("target") == v.key for x in analysis.events):
                    continue  # "a week before the designation": the one told already
                told_here = next((x for x in analysis.events_at(s) if etype == "Sanction" and
                                  x["type"] == etype and x["target"] == v.key and
                                  (not x.get("date") or not when.get("date"))), None)
                if told_here is not None:
                    # "The vessels designated include the X": one designation, read by two cues
                    told_here["date"] = told_here.get("date") or when.get("date")
                    continue
                event = record(analysis, sent, etype, cue.start(), **{key: v.key}, **when)
                if undated:
                    event["date"] = None  # (none told: not the time of the deed after it)
                if etype == "Detention" and not undated and event.get("date"):
                    # "was detained in Estonia in April and again in Denmark in May": a second
                    # detention, at its own time
                    # ("had been detained twice before, in Estonia in April and in Denmark in May")
                    bound = e if _TIMES_COUNTED.match(text, cue.end()) else stop
                    later = [t for t in sent.times if cue.end() <= t.start < bound]
                    for t1, t2 in pairwise(later):
                        if _AGAIN_TIME.fullmatch(text, t1.end, t2.start) and \
                                t1.interval.iso() == event["date"] != t2.interval.iso():
                            record(analysis, sent, etype, t2.start, **{key: v.key}, date=t2.interval.iso(),
                                   again=True)
                if etype == "Sanction" and event.get("date") and _PERFECT_LISTED.search(cue.group()) and \
                        _RELATIVE_BEFORE.search(text, max(s, cue.start() - 40), cue.start()) and \
                        not any(cue.start() <= t.start < _aside_close(text, cue.end(), e)
                                for t in sent.times):
                    # "among them the X and the Y, both of which have been sanctioned by the EU":
                    # a standing told in an aside with no time of its own, not the sentence's
                    event["date"] = None
                if etype == "Sanction" and event.get("date"):
                    # "has been listed by the UN since 2018": designated in 2018 (the span is how
                    # long it has stayed listed)
                    event["date"] = _since_start(sent, event["date"]) or event["date"]
                    if _REDUCED_LISTED.search(text, max(s, cue.start() - 30), cue.start()) and \
                            _PARTICIPLE_LISTED.match(cue.group()):
                        # "An LPG tanker blacklisted by Washington for shipping Iranian gas
                        # discharged at Lagos late last month": when it was listed, the aside
                        # does not tell (the deed's time is not the listing's)
                        # (its own time follows it with no other deed between: "sanctioned by
                        # the EU in May")
                        close = _STANDING_END.search(text, cue.end(), e)
                        if not any(cue.start() <= t.start < (close.start() if close else e) and
                                   not _ANOTHER_DEED.search(text, cue.end(), t.start) for t in sent.times):
                            event["date"] = None
                    if _STANDING.match(cue.group()) and not _LISTED_UNDER.search(text, s, cue.start()):
                        # (not the act told before it: "The EU on 24 June listed 27 vessels,
                        # including the X, under its 14th sanctions package")
                        # "The Lady R, under US sanctions, docked at Simon's Town in December": a
                        # standing told without the time it began is not dated by the deed's
                        # ("A bulk carrier under U.S. sanctions unloaded wheat at Latakia last
                        # month": the deed's time, after another verb)
                        close = _STANDING_END.search(text, cue.end(), e)
                        if not any(cue.start() <= t.start < (close.start() if close else e) and
                                   not _ANOTHER_DEED.search(text, cue.end(), t.start) for t in sent.times):
                            event["date"] = None
                # "disappeared near Fujairah on May 5 and reappeared on May 19" (or "... It
                # reappeared on 19 June off Singapore"): the gap runs to the time it was seen again
                back, told_in = _seen_again(analysis, sent, cue.end(), v.key) if etype == "AISGap" \
                    else (None, sent)
                if etype == "AISGap" and cue.groupdict().get("first"):
                    # "transmitted a position on April 14 for the first time since April 2":
                    # silent from the one time to the other (or to the report)
                    since = next((t for t in sent.times if t.since and t.start > cue.end()), None)
                    seen = next((t for t in sent.times if not t.since and t.start >= cue.end() and
                                 (since is None or t.end <= since.start)), None)
                    til = seen.interval.iso() if seen is not None else \
                        analysis.doc_date.isoformat() if analysis.doc_date is not None else None
                    if since is not None and til is not None:
                        event["date"] = span_dates(since.interval.iso(), til)
                if etype == "AISGap" and event.get("date") and cue.groupdict().get("last") and \
                        analysis.doc_date is not None and \
                        ends_before(event["date"], analysis.doc_date.isoformat()) and back is None:
                    # "last transmitted its position on 3 May": silent from then to the report
                    event["date"] = span_dates(event["date"], analysis.doc_date.isoformat())
                lasted = _GAP_FOR.match(text, cue.end()) if etype == "AISGap" and back is None and \
                    event.get("date") and "/" not in event["date"] else None
                if lasted is not None:
                    # "went dark for 12 days after leaving Primorsk on May 3": from then, that long
                    days = days_of(lasted["n"], lasted["unit"])
                    event["date"] = span_dates(event["date"], shifted_back(event["date"], -days))
                if etype == "AISGap" and event.get("date") and back is None and \
                        analysis.doc_date is not None and \
                        ends_before(event["date"], analysis.doc_date.isoformat()) and \
                        _SINCE_DEED.search(text, cue.end(), min(e, cue.end() + 60)) and \
                        _PERFECT.search(text, max(s, cue.start() - 40), cue.end()):
                    # "Its transponder has been switched off since it left Vladivostok on 21
                    # October": silent from then to the report
                    event["date"] = span_dates(event["date"], analysis.doc_date.isoformat())
                if etype == "AISGap" and event.get("date"):
                    # (or after where it was seen: "next appeared in the Kerch Strait on 10 September")
                    again = next((t for t in told_in.times if back is not None and back.end() <= t.start
                                  and (t.start - back.end() <= 12 or
                                       _PLACE_THEN.fullmatch(text, back.end(), t.start))), None)
                    if again is None and back is not None and told_in is not sent:
                        # ("On 9 October its AIS came back on near Sohar": the time that opens it)
                        again = next((t for t in reversed(told_in.times) if t.end <= back.start()), None)
                    if again is not None and event["date"] != again.interval.iso() and \
                            ends_before(event["date"], again.interval.iso()):
                        event["date"] = span_dates(event["date"], again.interval.iso())
                    elif again is not None and event["date"] == again.interval.iso() and \
                            not any(t.start < cue.start() for t in sent.times) and \
                            _THEN_AFTER.search(text, s, cue.start()) and \
                            (told := _time_told_before(analysis, sent)) is not None and \
                            ends_before(told, again.interval.iso()):
                        # "loaded coal at Taean on 2 October. It then turned off its AIS and
                        # reappeared on 9 October": silent from the time told before to then
                        event["date"] = span_dates(told, again.interval.iso())
                if etype == "Detention":  # "detained the tanker X at the port of Rotterdam"
                    for port in analysis.in_sentence(sent, "Port"):
                        held_at = port.start < stop and _HELD_AT.search(
                            text, max(s, port.start - 40), port.start) or _HELD_AS_IT_CAME.search(
                            text, max(s, stop, port.start - 60), port.start)
                        if max(cue.end(), v.end) <= port.start and held_at and not CARGO_LOADED_AT.search(
                                text, max(s, port.start - 60), port.start):
                            # (not where its cargo was loaded: "boarded the X, carrying petrol
                            # loaded at Ust-Luga")
                            if event.get("location") is None:
                                event["location"], event["location_type"] = port.key, "Port"
                            if _OFF_PORT.search(text, max(s, port.start - 30), port.start):
                                continue  # ("held off Porvoo": where, with no call of its own)
                            call = add_call(analysis, sent, v, port, "held")
                            if call["evidence"][0][0] == s and event.get("date") and any(
                                    t.interval.iso() == call.get("date") and a <= t.start < b
                                    for t in sent.times for a, b in suspected_spans(text, s, e)):
                                # ("seized the X at the port of Yeosu on suspicion of transferring
                                # diesel ... in October": there when it was held, not when it did
                                # what it is suspected of)
                                call["date"] = event["date"]
                            elif call["evidence"][0][0] == s and event.get("date") and not call.get("date"):
                                # (a call with no time of its own is there when it was held: see
                                # `held_until`, after the calls told with times are merged)
                                call["held_on"] = event["date"]
                if etype in ("Detention", "AISGap") and event.get("location") is None:
                    # "seized ... in the Strait of Hormuz", "switched off its AIS in the Gulf of
                    # Oman": a sea or place named after the deed, in its clause
                    # ("After switching off its transponder in the Black Sea, the X reappeared
                    # in the Bosphorus": the deed's own place, before the ship)
                    place = _place_named(analysis, sent, cue.end(), v.start, ("Place",)) \
                        if v.start > cue.end() else None
                    place = place or _place_named(analysis, sent, max(cue.end(), v.end), stop, ("Place",))
                    if place is not None and etype == "AISGap" and _REAPPEARED.search(
                            text, max(cue.end(), v.end), place.start):
                        place = None  # "... and reappeared in the Bosphorus": where it was seen again
                    if place is not None:
                        event["location"], event["location_type"] = place.key, "Place"


_REAPPEARED = re.compile(r"\b(?:reappear|resurfac|re-emerg|resum|reactivat|came\s+back|switched\s+(?:it\s+)?"
                         r"back\s+on|turned\s+(?:it\s+)?back\s+on)", re.I)
# a listing told as a participle after the ship: "a tanker blacklisted by", "the X, sanctioned by"
# a designation told as done by whoever designates ("OFAC is designating", "designated")
_ACTIVE_DESIGNATION = re.compile(r"(?i:designat(?:ed|es|ing)|sanction(?:ed|s|ing)|blacklist(?:ed|s|ing))$")
# a relative clause on what the ships designated did: ", which transported", ", both of which"
_WHAT_IT_DID = rx(r",\s+(?:both\s+of\s+|each\s+of\s+|all\s+of\s+)?(?:which|that)\s+(?:had\s+|have\s+)?"
                  r"(?:[a-z]+ly\s+)?[a-z]+ed\b")
_REDUCED_LISTED = re.compile(r"(?:,|\b(?:tankers?|vessels?|ships?|carriers?|freighters?|bulkers?))\s+$")
# (not the measures' own: "under EU sanctions imposed in May")
_ANOTHER_DEED = re.compile(r"\b(?!(?:United|Red|Limited|Allied|Federated|imposed|announced|adopted|"
                           r"introduced|extended|renewed|expanded)\b)[a-z]+ed\b")
_PARTICIPLE_LISTED = re.compile(r"(?i:blacklisted|sanctioned|designated|listed)\b")
_STANDING = re.compile(r"(?:(?:is|are|was|were|remains?|remained)\s+(?:\w+\s+)?)?(?:listed\s+)?under\b", re.I)
_LISTED_UNDER = rx(r"\b(?:listed|designated|sanctioned|blacklisted|added|placed|put|included)\b", re.I)
_STANDING_END = re.compile(r"[,;]|\s(?:and|but)\s")
_PAREN = re.compile(r"\s*\([^()]{1,40}\)")
# a ship's kind set beside its name: ", a Cook Islands-flagged vessel"
_KIND_APPOSED = re.compile(r",\s+an?\s+[^,;()]{0,60}?\b(?:tanker|vessel|ship|carrier|freighter|bulker)(?=,)")
# the words of a ship seen again or its signal back ("reappeared", "switched it back on")
_SEEN_AGAIN = (r"reappear(?:ed|ing)|resurfac(?:ed|ing)|re-emerg(?:ed|ing)|"
               # ("and next appeared in the Kerch Strait on 10 September")
               r"next\s+(?:appeared|surfaced|showed\s+up)|"
               r"(?:was|were)\s+next\s+(?:seen|spotted|detected|sighted)|"
               r"appeared\s+again|"
               r"(?:came|coming)\s+back\s+on(?:line)?|(?:switched|turned)\s+(?:it|its\s+(?:AIS|transponder)|them)\s+back\s+on|"
               # ("The ship's AIS signal returned on 9 July")
               r"(?:AIS|transponder|signal|transmissions?)\s+(?:returned|(?:was|were)\s+restored)|"
               # (a log's "AIS back on")
               r"(?<=\s)AIS\s+back\s+on")
# a signal back: "and reappeared on May 19", "before resurfacing off Malaysia on June 2"
# ("its AIS transmissions ceased on 22 May and resumed on 12 June", "switched it back on on 19 June")
_BACK_ON = rx(r"\b(?:" + _SEEN_AGAIN + r"|resum(?:ed|ing)(?:\s+(?:transmitting|broadcasting|signalling))?)\b"
              # ("reappeared off Lome, Togo, on April 17": a place and its state before the time)
              r"(?:[^,;.]|,(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+(?:on|in)\s)){0,40}?,?(?=\s+(?:on|in)\s)|"
              # "went dark in the Atlantic on July 11 and did not resume until July 30"
              r"\b(?:did\s+not|didn['’]t)\s+(?:resume|reappear|return|come\s+back)\w*(?:\s+transmitting)?\s+"
              r"until(?=\s)")


# where a ship was seen again, before the time it was: " in the Kerch Strait on "
_PLACE_THEN = re.compile(r"\s+(?:in|off|near|at)\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}(?:,\s+[A-Z][\w'’-]*)?,?\s+(?:on|in)\s+")
# a gap named again in a clause of time: "before it went dark", "since the tanker switched off"
_GAP_RETOLD = rx(r"\b(?:before|after|since|when|until|as)\s+"
                 r"(?:it|she|the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker))\s+"
                 r"(?:had\s+|has\s+|first\s+)?$", re.I)
# the words of a signal back, with no time after them ("On 9 October its AIS came back on")
_BACK_WORD = rx(r"\b(?<!not\s)(?<!never\s)(?<!yet\s)(?:" + _SEEN_AGAIN +
                r"|resumed\s+(?:transmitting|broadcasting|signalling))\b")
# a state told as lasting since a deed: "since it left Vladivostok", "since leaving Nampo"
_SINCE_DEED = rx(r"\bsince\s+(?:(?:it|she|the\s+(?:\w+\s+)?(?:ship|vessel|tanker))\s+(?:left|departed|sailed|"
                 r"loaded|called|passed|transited|crossed|entered|was\s+(?:seen|spotted|photographed))|leaving|"
                 r"departing|sailing|loading|calling|passing|transiting|crossing|entering)\b", re.I)
_PERFECT = rx(r"\b(?:has|have)\s+(?:(?:been|had)\b|not\s+(?:been|transmitted|broadcast|sent|shown)\b)|"
              r"\b(?:has|have)\s+(?:\w+\s+){0,3}?(?:been|remained|stayed|gone)\b", re.I)


_ITS_SIGNAL = rx(r"\b(?:its|her)\s+(?:AIS|transponder|signal)\b", re.I)


def _seen_again(analysis: Analysis, sent: Sentence, after: int,
                key: str) -> tuple[re.Match[str] | None, Sentence]:
    """Where a ship whose signal stopped was told to be seen again: later in the sentence, or
    in the next one of the paragraph if it tells of that ship alone ("It reappeared on 19 June
    off Singapore"); and the sentence that tells it."""
    text = analysis.text
    back = _BACK_ON.search(text, after, sent.span.end)
    if back is not None:
        return back, sent
    index = analysis.index_of(sent)
    # (or the one after it, where the one between tells of that ship alone: "Its last reported
    # position was 20 miles east of the port. || The ship's AIS signal returned on 9 July"; news
    # copy gives each sentence a paragraph of its own)
    for step, nxt in enumerate(analysis.sentences[index + 1:index + 3], 1):
        named = analysis.in_sentence(nxt, "Vessel")
        # (one between that tells of it with another: "Imagery shows it alongside the Y")
        if nxt.paragraph - sent.paragraph > step or any(m.key != key for m in named) and (
                not any(m.key == key for m in named) or step == 2):
            return None, sent
        back = _BACK_ON.search(text, nxt.span.start, nxt.span.end) or \
            _BACK_WORD.search(text, nxt.span.start, nxt.span.end)
        if back is None:
            continue
        told = [m for m in analysis.between(nxt.span.start, back.start(), "Vessel")]
        if not told and not _ITS_SIGNAL.search(text, nxt.span.start, back.start()) or \
                told and told[-1].key != key or any(m.key != key for m in named):
            return None, sent  # (told of that ship alone: "On 9 October its AIS came back on")
        return back, nxt
    return None, sent


def _own_relative_cue(text: str, end: int, e: int, pattern: Any) -> bool:
    """Whether a relative clause right after a ship's name (ending at `end`) holds a cue of
    the pattern: ", which was seized in April 2023"."""
    paren = _PAREN.match(text, end, e)
    at = paren.end() if paren else end
    rel = RELATIVE.match(text, at, e) or RELATIVE_TO_END.match(text, at, e)
    return rel is not None and pattern.search(text, rel.start(), rel.end()) is not None


def _after_aside(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] is an aside on the name ending at `end` (a relative clause
    set off by commas) and then what joins the next item of a list."""
    paren = _PAREN.match(text, end, start)
    at = paren.end() if paren else end
    # (or the ship's kind set beside it: "designating Heron Wren, a Panama-flagged vessel, and")
    aside = RELATIVE.match(text, at, start) or _KIND_APPOSED.match(text, at, start)
    return aside is not None and _LIST_ITEM.fullmatch(text, aside.end(), start) is not None


def _aside_at(text: str, s: int, e: int, pos: int) -> re.Match[str] | None:
    """The aside (a relative clause set off by commas, or one that ends the sentence) that
    holds `pos`, if one does."""
    aside = next((m for m in RELATIVE.finditer(text, s, e) if m.start() <= pos < m.end()), None)
    if aside is None:
        aside = RELATIVE_TO_END.search(text, s, e)
    return aside if aside is not None and aside.start() <= pos < aside.end() else None


def _aside_owners(analysis: Analysis, vessels: list[Mention], aside: re.Match[str] | None
                  ) -> set[str] | None:
    """The ships an aside is told of ("the X and the Y, both designated in 2022,"), where it
    follows a ship's name; None where there is no aside or it follows none."""
    if aside is None:
        return None
    text = analysis.text
    before = [v for v in vessels if v.end <= aside.start()]
    if not before or not _BEFORE_ASIDE.fullmatch(text, before[-1].end, aside.start()):
        return None
    return {v.key for v in joined_before(analysis, before)}


# the ship a clause goes back to, taken: "seizing it", "detained her"
_IT_TAKEN = re.compile(r"\s+(?:it|her)\b(?!\s+(?:was|is|had|has)\b)")
_BEFORE_ASIDE = re.compile(r"\s*(?:\([^()]*\)\s*)?")


# a participle on the noun before it ("a supertanker sanctioned by ..."), not after an auxiliary
_REDUCED_BEFORE = re.compile(r"\b(?!(?:was|were|been|is|are|be|being|has|have|had|got|gets|get|and|or|"
                             r"not|also|newly|recently|already|previously)\b)[a-z][\w-]*\s+$")
# the main clause's deed after such a participle and its phrase
_MAIN_DEED_AFTER = re.compile(r"\s(?:[a-z]+ed|left|made|took|came|went|lay|sat|met|ran)\b(?!\s+by\b)")
# how long a ship stayed dark, right after the cue: " for 12 days", " for about two weeks"
_GAP_FOR = re.compile(r"(?:\s+(?:its|her|the)\s+(?:AIS\s+)?(?:transponder|AIS|signal|tracker|tracking\s+"
                      r"(?:device|system)))?\s+for\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?"
                      r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                      r"(?P<unit>days?|weeks?)\b", re.I)
# "The Treasury sanctioned Caspian Logistics LLC", "designated Trident Marine Ltd": a firm
# (or person) named right after the cue, as its object
_NAMED_OBJECT_CUE = rx(r"\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklist(?:ed|s|ing))\s+"
                       r"(?=[A-Z])(?!(?-i:The|A|An)\s)", re.I)
# what may stand between the cue and the firm: a description with no preposition or verb
# ("designated Hong Kong-based Trident Marine", "sanctioned the shipping company Sovcomflot")
_TO_OBJECT = rx(r"\s*(?:(?:its|their|the\s+(?:ship|vessel|tanker)['’]s)\s+(?:[\w-]+\s+)?(?:owners?|"
                r"operators?|managers?|charterers?|insurers?),\s+)?"
                r"(?:(?:the|a|an|its|two|three|four|five|six|\d+)\s+)?"
                r"(?:(?!(?:by|for|under|of|in|on|over|with|to|from|at|after|pursuant|according|and|"
                r"as|who|which|that)\b)[\w.’'-]+\s+){0,4}?", re.I)
# "Sovcomflot, Russia's largest shipping company, was sanctioned": the subject of a passive cue,
# with what may stand between them (an aside; the auxiliary, where the cue holds none)
# ("Its registered owner, Helios Maritime Ltd of Dubai, was designated": where it is, then the
# apposition's closing comma)
_TO_PASSIVE = rx(r"(?:\s*\([^()]*\))?"
                 r"(?:\s+(?:of|in|from)\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){0,2})?"
                 r"(?:\s*,[^,;()]{1,80},|(?<=[a-z])\s*,)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
                 r"(?:was|were|been|is|are)\s+(?:also\s+|later\s+|previously\s+|first\s+)?(?:being\s+)?",
                 re.I)
_ASIDE_GAP = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,[^,;()]{1,80},)?\s+")
# "X Ltd, which was designated in May": the firm a relative clause opens after
_WHICH = re.compile(r"(?:\s*\([^()]*\))?\s*,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
                    r"(?:(?:was|were|been|is|are)\s+(?:also\s+|later\s+|previously\s+|first\s+)?)?")
_AUXILIARY = re.compile(r"(?:was|were|been|is|are|being|has|have|had)\b", re.I)
# who designates, not who is designated
_AUTHORITY = rx(r"\b(?:Treasury|OFAC|Office|Department|Ministry|Council|Commission|Union|EU|UN|"
                r"United Nations|Government|Parliament|Congress|Senate|State|OFSI|Panel|Committee|"
                r"Bureau|Agency|Administration|Cabinet|Kremlin|White House|Security)\b")


def _firm_designations(analysis: Analysis, sent: Sentence) -> None:
    """Designations of firms and people: the object of a sanctioning verb ("the Treasury
    sanctioned X Ltd and Y LLC"), or the subject of a passive one ("X, a Dubai-based trader,
    was designated in May"). The authority that designates is none ("OFAC designated ...",
    "sanctioned by the EU")."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not _SANCTIONS_TOLD.search(text, s, e):
        return
    named = [m for m in analysis.between(s, e) if m.type in ("Organization", "Person")
             and m.form == "name" and not _AUTHORITY.search(m.text)]
    if not named:
        return
    done: set[str] = set()
    for cue in (*_NAMED_OBJECT_CUE.finditer(text, s, e), *_SANCTION.finditer(text, s, e)):
        clause = text[clause_start(text, s, cue.start()):cue.end()]
        if NEGATION.search(clause) or _HYPOTHETICAL.search(clause):
            continue
        gap = _ASIDE_GAP if _AUXILIARY.match(cue.group()) else _TO_PASSIVE
        targets = [m for m in named if m.end <= cue.start() and (
            gap.fullmatch(text, m.end, cue.start()) or _WHICH.fullmatch(text, m.end, cue.start()))][-1:]
        # (a cue in -ing is active whatever stands before it: "OFAC is also designating X LLC")
        if not targets and not _AUXILIARY.match(cue.group()) and (
                cue.group().rstrip().lower().endswith("ing") or
                not _TO_PASSIVE.search(text, max(s, cue.start() - 120), cue.start())):
            first = next((m for m in named if m.start >= cue.end()), None)
            if first is not None and _TO_OBJECT.fullmatch(text, cue.end(), first.start):
                targets.append(first)
                for m in named:  # "X Ltd, Y LLC and Z Co"
                    if m.start > targets[-1].end and JOINED.fullmatch(text, targets[-1].end, m.start):
                        targets.append(m)
        for m in targets:
            if m.key not in done:
                done.add(m.key)
                record(analysis, sent, "Sanction", cue.start(), target=m.key)


def _designation_before(analysis: Analysis, sent: Sentence) -> str | bool | None:
    """The time of a designation told in one of the three sentences before this one (None where
    it gives none), or False where neither tells of one."""
    index = analysis.index_of(sent)
    told: bool | None = False
    for x in reversed(analysis.sentences[max(0, index - 3):index]):
        cue = _SANCTION.search(analysis.text, x.span.start, x.span.end)
        # (what the listing is to bring, told after it, is no doubt on it: "listed 52 vessels,
        # which will be subject to a port access ban")
        if cue and not _HYPOTHETICAL.search(analysis.text, x.span.start, cue.end()):
            among = _AMONG_NAMED.search(analysis.text, x.span.start, x.span.end)
            if among is not None and among.start() <= cue.start() < among.end():
                told = None  # ("Among the vessels designated is the X": the one told before it)
                continue
            return date_near(analysis, x, cue.start())
    return told


# the ships a designation told just before lists, told as such: "Among the newly listed
# tankers are:"
_LISTED_LEAD = rx(r"\b(?:among\s+(?:the\s+)?|the\s+)(?:[\w-]+\s+){0,2}?(?:listed|designated|sanctioned|"
                  r"named|added|targeted)\s+(?:vessels|ships|tankers|carriers|freighters)\s+"
                  r"(?:are|were|include|included)\b|"
                  # ("The vessels identified are: KARINA (IMO ...), ...; and SEA WREN")
                  r"\bthe\s+(?:vessels|ships|tankers|carriers|freighters)\s+(?:\w+ly\s+)?(?:identified|listed|"
                  r"designated|sanctioned|named|targeted|added)(?:\s+today)?\s+(?:are|were|include|included)\b|"
                  # ("... is designating 15 vessels that have transported Iranian petroleum. Among
                  # them:": the ships the designation just told counted)
                  r"\b(?:among\s+(?:them|these|those)|(?:they|these|those)\s+include|including)\s*:|"
                  # ("The following ships are now subject to a UK port ban and may be detained:")
                  r"\bthe\s+following\s+(?:vessels|ships|tankers)\s+(?:are|were|have\s+been)\s+(?:now\s+|also\s+)?"
                  r"(?P<done>subject\s+to|designated|sanctioned|specified|listed|banned|barred)\b[^.:;]{0,80}?"
                  r"(?=\s*:)",
                  re.I)
_ITEM_OPENING = re.compile(r"\s*(?:[-*•|]|" + LIST_NUMBER + r")?\s*")
_ENTRY_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+)?$")
# a table's header or rule line, before its rows: "| Vessel | IMO | Flag |", "| --- | --- |"
_TABLE_HEAD = re.compile(r"\s*\|[^\n]*\|[ \t]*$")


def _listed_designations(analysis: Analysis, sent: Sentence) -> None:
    """"The following vessels were identified as blocked property:" and the ships that open
    the lines below it, each a designation told at the time of the sentence."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    if not text[s:e].rstrip().endswith(":"):
        return
    cue = _SANCTION.search(text, s, e)
    if cue is None and (lead := _LISTED_LEAD.search(text, s, e)) is not None and \
            _designation_before(analysis, sent) is not False:
        cue = lead  # "... added 189 vessels to its list. Among the newly listed tankers are:"
    # (a denial before the cue, or in its words: not "specified under the regulations and are
    # barred from UK ports:", the ban a part of the designation)
    if cue is None or NEGATION.search(text, s, cue.end()) or _HYPOTHETICAL.search(text, s, e):
        return
    index = analysis.index_of(sent)
    # ("Today, OFAC is ... identifying six vessels as blocked property. || The following vessels
    # were identified as blocked property:": the time of the designation told just before)
    told = _designation_before(analysis, sent) if not sent.times else None
    items: list[bool] = []  # whether each entry so far opened with a list's mark
    for later in analysis.sentences[index + 1:index + 60]:
        if not opens_line(text, later.span.start):
            continue  # a sentence inside an entry, not the start of one
        # (or a firm or person: "Companies designated today: || - Astra Nova Shipping Ltd ...")
        first = [m for m in analysis.in_sentence(later) if m.form == "name" and (
            m.type == "Vessel" or m.type in ("Organization", "Person") and not _AUTHORITY.search(m.text))]
        if not first and not items and _TABLE_HEAD.match(text, later.span.start, later.span.end):
            continue  # (a table's header and rule, before the rows that name the ships)
        if not first or not _ITEM_OPENING.fullmatch(text, later.span.start, first[0].start):
            break  # a line that opens with no ship ends the list (its mark and emphasis aside)
        marked = bool(text[later.span.start:first[0].start].strip())
        if items and marked != items[0]:
            break  # "- NS CAPTAIN (IMO ...) || Sovcomflot, ..., was designated in 2023": prose after
        items.append(marked)
        # (and the entries after it that a semicolon opens, where the lines were run together:
        # "WREN ARCADIA (IMO ...), a Gabon-flagged tanker; LARK BOREAS (IMO ...), ...")
        entries = [first[0]] + [
            m for m in first[1:] if m.type == "Vessel" and
            _ENTRY_AFTER_SEMICOLON.search(text, max(later.span.start, m.start - 8), m.start)]
        for entry in entries:
            event = record(analysis, sent, "Sanction", cue.start(), target=entry.key)
            if event.get("date") is None and isinstance(told, str):
                event["date"] = told
            cite(event, later)


# what a warship does to a ship it stops: "the USS Carney intercepted the dhow Al Raheeb"
_WARSHIP_SEIZES = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?(?:intercepted|seized|captured|detained|"
                             r"boarded|stopped)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?$")


def _seized_by_warship(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"On Jan. 28 the USS Carney intercepted the dhow Al Raheeb in the Arabian Sea": a ship
    named with its navy's prefix that stops another named ship detains it (where it sits)."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for navy, ship in zip(vessels, vessels[1:], strict=False):
        if navy.form != "name" or ship.form != "name" or ship.key == navy.key or \
                not analysis.attrs("Vessel", navy.key).get("prefixed") or \
                not _WARSHIP_SEIZES.fullmatch(text, navy.end, ship.start) or \
                blocked(text, s, navy.start, ship.end) or any(
                    ev["type"] == "Detention" and ev.get("target") == ship.key
                    for ev in analysis.events_at(s)):
            continue
        event = record(analysis, sent, "Detention", navy.end, target=ship.key)
        place = _place_named(analysis, sent, ship.end, e, ("Place",))
        if place is not None:
            event["location"], event["location_type"] = place.key, "Place"


# "was released on May 28 after a week in detention at Piraeus": how long it was held, and where
_RELEASED_AFTER = rx(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:released|freed|allowed\s+to\s+"
                     r"(?:leave|sail|depart))\b[^.;]{0,40}?\bafter\s+(?:(?:nearly|almost|about|more\s+than)\s+)?"
                     r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                     r"(?P<unit>days?|weeks?|months?)\s+(?:in\s+detention|under\s+(?:arrest|detention)|"
                     r"(?:of\s+)?(?:being\s+)?(?:held|detained|impounded))\s+(?:at|in)\s+"
                     r"(?:the\s+(?:port\s+of\s+)?)?$", re.I)


def _released_after_held(analysis: Analysis, sent: Sentence, vessels: list[Mention]) -> None:
    """"The tanker X was released on May 28 after a week in detention at Piraeus": a detention
    there, from that long before the release to the release, and the ship's call there."""
    text, s = analysis.text, sent.span.start
    for port in analysis.in_sentence(sent, "Port"):
        m = _RELEASED_AFTER.search(text, max(s, port.start - 140), port.start)
        ship = next((v for v in reversed(vessels) if m is not None and v.end <= m.start()), None)
        if m is None or ship is None or port.form == "anaphor" or blocked(text, s, ship.start, port.end) or \
                any(ev["type"] == "Detention" and ev.get("target") == ship.key
                    for ev in analysis.events_at(s)):
            continue
        freed = next((t for t in sent.times if m.start() <= t.start < m.start("n") and not t.ahead), None)
        days = days_of(m["n"], m["unit"])
        date = span_dates(shifted_back(freed.interval.iso(), days), freed.interval.iso()) \
            if freed is not None else None
        event = record(analysis, sent, "Detention", m.start(), target=ship.key, location=port.key,
                       location_type=port.type, date=date)
        call = add_call(analysis, sent, ship, port, "held")
        if date is not None:
            event["date"] = call["date"] = date


def _inline_listed(analysis: Analysis, sent: Sentence) -> None:
    """"... identified six vessels as blocked property. The vessels identified are: KARINA (IMO
    ...), a Panama-flagged tanker; SEA WREN ...; and GOLDEN QUILL": each ship named after the
    colon, a designation at the time of the one told before."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    lead = _LISTED_LEAD.search(text, s, e)
    colon = _COLON_AFTER.match(text, lead.end(), e) if lead is not None else None
    # (what the listing brings, told after it, is no doubt on it: "are now subject to a UK port
    # ban and may be detained:")
    upto = lead.end("done") if lead is not None and lead["done"] else e
    if lead is None or colon is None or NEGATION.search(text, s, e) or _HYPOTHETICAL.search(text, s, upto):
        return
    told = _designation_before(analysis, sent)
    if told is False:
        return
    for m in [v for v in analysis.between(colon.end(), e, "Vessel") if v.form == "name"]:
        if not any(x["type"] == "Sanction" and x.get("target") == m.key for x in analysis.events_at(s)):
            event = record(analysis, sent, "Sanction", lead.start(), target=m.key)
            if isinstance(told, str):
                event["date"] = told


_COLON_AFTER = re.compile(r"\s*:\s*")


# What strikes a ship: arms, or an attack told as such.
_WEAPON = (r"(?:(?:anti-ship\s+|ballistic\s+|cruise\s+)?missiles?|(?:sea\s+|naval\s+|aerial\s+|kamikaze\s+)?"
           r"drones?|UAVs?|USVs?|(?:unmanned|uncrewed|crewless|remotely[\s-]piloted|remote-controlled|"
           r"explosive-laden|explosives-laden)\s+(?:surface\s+|aerial\s+)?(?:vessels?|boats?)|(?:limpet\s+|sea\s+|"
           r"naval\s+)?mines?|torpedo(?:es)?|rockets?|projectiles?|shells?|artillery|explosives?|"
           r"explosions?|blasts?|bombs?|(?:air|missile|drone)\s*strikes?|gunfire|grenades?|munitions?|"
           # ("was hit at the same port in a separate attack on May 29")
           r"(?:(?<=\ba\s)|(?<=\ban\s))(?:(?:separate|second|further|new|later|similar)\s+)?"
           r"(?:attack|raid)(?!\s+of\b))")
# "was hit by two anti-ship missiles", "had been struck by a drone", "was attacked", "torpedoed"
# "in the Red Sea", "in the Gulf of Aden": a sea where a ship was struck (not "hit in the Red Sea by
# a downturn in rates")
_IN_SEA_NAMED = (r"\s+in\s+the\s+(?:[a-z]+ern\s+)?"
                 r"(?-i:(?:[A-Z]\w+\s+){1,2}(?:Sea|Gulf|Ocean|Strait|Bay|Channel)\b|"
                 r"(?:Gulf|Bay|Strait|Sea)\s+of\s+[A-Z]\w+)"
                 r"(?!\s+by\s+(?!(?:[\w-]+\s+){0,4}?(?:" + _WEAPON + r"|Houthis?|rebels|pirates)\b))")
_STRUCK = rx(r"\b(?:suffered|sustained|reported)\s+(?:an?\s+|two\s+|three\s+|several\s+|multiple\s+)?"
             # "suffered two explosions at the Italian port of Savona", "reported a blast at Ceyhan"
             r"(?:(?:underwater|external|onboard|large|powerful|apparent|separate)\s+)?(?:explosions?|blasts?)\b|"
             r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being|got)\s+(?:[a-z]+ly\s+|also\s+|"
             r"then\s+|later\s+|again\s+)?(?:(?:attacked|shelled|bombed|torpedoed|fired\s+(?:up)?on|"
             r"set\s+(?:ablaze|on\s+fire))\b|(?:hit|struck|targeted|damaged|holed|disabled|sunk|"
             r"rocked|ablaze)\b(?=" + IN_CLAUSE + r"{0,60}?\b" + _WEAPON + r"\b)|"
             # "was hit off Aden", "was struck 50 nautical miles off Hodeidah": struck at sea
             # ("was hit 97NM northwest of Hodeidah")
             r"(?:hit|struck)(?=\s+(?:(?:about|some|around|roughly|approximately)\s+)?(?:\d+\s*(?:(?:nautical\s+)?"
             r"(?:miles|km|kilometres|kilometers)|NM|nm|nmi)\s+)?(?:(?:north|south|east|west)[\w-]*\s+of|off|near)\s"
             # "reported being hit in the Red Sea", "was struck in the Gulf of Aden"
             # ("was hit while moored at Chornomorsk": struck in port, at rest or at work)
             r"|\s+while\s+(?:moored|docked|berthed|anchored|at\s+anchor|at\s+berth|loading|unloading|"
             r"discharging)\b"
             r"|" + _IN_SEA_NAMED + r"))"
             # "The Rubymar, hit by a Houthi missile on 18 February, sank": told in an aside
             r"|(?<=,\s)(?:hit|struck|attacked|damaged|targeted|torpedoed|holed)\s+by\s+(?=(?:[\w-]+\s+){0,4}?"
             r"(?:" + _WEAPON + r"|Houthis?|rebels|pirates|militants|gunmen)\b)"
             # ("the Palau-flagged Verbena, hit in the Gulf of Aden on 13 June;")
             r"|(?<=,\s)(?:hit|struck)(?=" + _IN_SEA_NAMED + r")"
             # "came under attack", "came under fire from a drone"
             r"|\bcame\s+under\s+(?:(?:missile|drone|rocket|heavy)\s+)?(?:attack|fire)\b"
             # "hit a mine", "struck a sea mine"
             r"|\b(?:hit|struck|detonated|triggered)\s+(?:an?\s+)?(?:sea\s+|naval\s+|drifting\s+)?mine\b",
             re.I)
# "Houthi forces attacked the tanker X", "a drone struck the X"
_STRIKES = rx(r"\b(?:attack(?:ed|s|ing)?|struck|strikes|striking|hit|hits|hitting|targeted|targets|"
              r"targeting|torpedoed|shelled|bombed|fired\s+(?:up)?on|damaged|damages|damaging|sank|"
              r"sinks|sunk|sinking|set\s+fire\s+to|"
              # "had fired missiles at the bulk carrier X", "launched two drones against the X"
              r"(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?" + _WEAPON + r"\s+(?:at|on|against|towards?))\s+"
              r"(?:the\s+|an?\s+)"
              # ("damaged the engine room of the Maltese-flagged tanker X": a part of the ship)
              r"(?:(?:[\w-]+\s+){0,2}?(?:engine\s+room|hull|bow|stern|bridge|superstructure|side|deck|"
              r"tanks?|holds?)\s+of\s+(?:the\s+|an?\s+))?"
              # ("struck a Greek-owned, Liberian-flagged bulk carrier": up to a lead's ship, told
              # after the state's adjective that opens its flag)
              # ("the bulk carrier M/V X": a prefix with a slash)
              r"(?:[\w/-]+,?\s+){0,5}?[\w]*$", re.I)
# "an attack on the X", "a drone strike against the tanker X"
_ATTACK_ON = rx(r"\b(?:an?|the|two|three|several|repeated|another)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
                r"strikes?|assaults?)\s+(?:on|against)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,5}?$", re.I)
# "Ukraine attacked the tanker Sig with sea drones": the arms after the ship
_WITH_ARMS = rx(r"(?:\s*\([^()]*\))?(?:,\s+an?\s+[^,;()]{1,80},)?\s+(?:with|using)\s+"
                r"(?:an?\s+|two\s+|three\s+|several\s+)?"
                r"(?:[\w-]+\s+){0,2}?" + _WEAPON + r"\b", re.I)
# (an aside may hold a number's comma: ", carrying about 21,000 tonnes of fertiliser,")
_SUBJECT_GAP = re.compile(r"(?:\s*\([^()]*\))?(?:,\s+(?:which|that)|"
                          r",\s+(?:[^,;()]|,(?=\d{3}\b)){1,100},)?,?\s*|"
                          # "The Moskva sank in April 2022 after being hit by two missiles"
                          r"\s+(?:sank|went\s+down|caught\s+fire|burned|burnt|exploded|capsized|ran\s+aground|"
                          r"was\s+(?:abandoned|evacuated|lost|crippled))\b[^,;.]{0,40}?,?\s+(?:after|when|as)\s+|"
                          # "a merchant vessel reported being hit by a projectile"
                          # ("two tankers, the X and the Y, reported being hit")
                          r",?\s+(?:reported|reports|said|says)\s+")
# "US forces hit the tanker X with sanctions": no arms
_WITH_PENALTY = re.compile(r"(?:\s*\([^()]*\))?\s+with\s+(?:new\s+|fresh\s+|further\s+|more\s+)?"
                           r"(?:sanctions|penalties|fines?|a\s+fine|tariffs|charges|bans?|a\s+ban|restrictions)\b")
_LYING = re.compile(r"(?:while|as|when)\s+(?:it\s+was\s+|she\s+was\s+)?(?:moored|docked|anchored|berthed|"
                    r"lying|at\s+anchor|loading|unloading|in\s+port)\b")
_CLAIMED = rx(r"\bclaim(?:ed|s|ing)?\b", re.I)
_ARMS = rx(r"\b" + _WEAPON + r"\b", re.I)
# ("the Houthis struck the X", "the navy sank the Y": not "targeted", which may be by an inspection)
_ATTACK_VERB = re.compile(r"(?i:attack|torpedo|shell|bomb|fired|struck|strikes|striking|hit|sank|sinks|sunk|"
                          r"sinking|"
                          r"damag|set\s+fire)")
_DENIED_AFTER = rx(r"\b(?:denied|denies|deny|disputed|disputes|rejected|rejects)\b[^.;]{0,60}?\b(?:attack\w*|"
                   r"hit|struck|strike|targeted|damaged)\b", re.I)
_HOSTILE = rx(r"\b(?:Houthis?|rebels|militants|pirates|gunmen|attackers|insurgents)\b", re.I)
# who or what strikes, before an active verb: arms, or those who wield them
_STRIKER = rx(r"\b(?:" + _WEAPON + r"|Houthis?|rebels|militants|(?<!market\s)forces|navy|military|"
              r"army|troops|pirates|gunmen|attackers|fighters|"
              r"(?!(?i:market)\s)(?-i:[A-Z]\w+)\s+(?:forces|navy|military))\b", re.I)


def _place_named(analysis: Analysis, sent: Sentence, start: int, stop: int,
                 types: tuple[str, ...]) -> Mention | None:
    """The first port or place between `start` and `stop` told as where something happened ("in
    the Strait of Hormuz", "off Crete"; not "20 miles east of Malta")."""
    text, s = analysis.text, sent.span.start
    return next((m for m in analysis.in_sentence(sent) if m.type in types
                 and start <= m.start < stop and m.form != "adjective"
                 and _PLACE_PREP.search(text, max(s, m.start - 30), m.start)
                 and not _BEARING.search(text, max(s, m.start - 60), m.start)), None)


_PLACE_PREP = re.compile(r"\b(?:in|off|near|at|outside|inside)\s+(?:the\s+)?"
                         # ("in the southern Red Sea")
                         r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?"
                         # ("at the Italian port of Savona")
                         r"(?:(?:[A-Z][\w'’-]*\s+)?(?:coast|port|harbou?r|waters)\s+of\s+)?$")


# the clause after an attack that tells the deed it followed on: "after Houthi forces boarded it"
_AFTER_DEED_ON_IT = rx(r"\s*,?\s*after\s+[^,;.]{0,40}?\b(?:boarded|attacked|hit|struck|stormed|targeted|"
                       r"fired\s+on|rammed)\s+(?:it|her|the\s+(?:ship|vessel|tanker))\b", re.I)


def attacks(analysis: Analysis, sent: Sentence) -> None:
    """A ship struck by arms ("was hit by two anti-ship missiles", "Houthi forces attacked the
    tanker X", "an attack on the X", "hit a mine"): an Attack on it, placed where the clause says
    it was (a port, or a sea or strait), not at a point a distance is taken from."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    vessels = analysis.in_sentence(sent, "Vessel")
    if not vessels:
        return
    targets: list[tuple[Mention, int]] = []
    for cue in _STRUCK.finditer(text, s, e):
        # the ship the passive is told of: the nearest before it, in the same clause
        # the ship the passive is told of: right before it, or before an aside or a relative
        # ("The X, which had loaded at Tartus, was struck"; "the crew of the Y, which was hit")
        # (not "docked at Tartus, where a warehouse was hit": the warehouse was)
        before = [v for v in vessels if v.end <= cue.start()]
        if not before or not _SUBJECT_GAP.fullmatch(text, before[-1].end, cue.start()):
            continue
        group = [before[-1]]
        for v in reversed(before[:-1]):  # "the X and the Y were hit"
            if not JOINED.fullmatch(text, v.end, group[0].start):
                break
            group.insert(0, v)
        targets.extend((v, cue.start()) for v in unique_keys(group))
    for v in vessels:
        on = _ATTACK_ON.search(text, max(s, v.start - 80), v.start)
        active = on or _STRIKES.search(text, max(s, v.start - 80), v.start)
        if active is None:
            continue
        lead = text[clause_start(text, s, active.start()):active.start()]
        # (people who "hit" or "targeted" a ship may do so with sanctions or an inspection: only
        # an attack, or arms, makes it one)
        armed = _ARMS.search(lead) or _WITH_ARMS.match(text, v.end) or \
            (_STRIKER.search(lead) and _ATTACK_VERB.match(active.group()) or
             # ("Houthi rebels said they had targeted the X": who only ever targets with arms)
             _HOSTILE.search(lead) and active.group().lower().startswith("target")) and \
            not _WITH_PENALTY.match(text, v.end)
        if on is not None or armed:
            targets.append((v, active.start()))
    done: set[str] = set()
    for v, at in sorted(targets, key=lambda t: t[1]):
        if v.key in done:
            continue
        clause = text[clause_start(text, s, min(at, v.start)):max(at, v.end) + 1]
        if _DENIED_AFTER.search(text, v.end, e):
            continue  # "..., but the operator denied the ship had been attacked": a claim denied
        if NEGATION.search(clause) or _HYPOTHETICAL.search(clause) or \
                blocked(text, s, min(at, v.start), max(at, v.end)):
            continue
        done.add(v.key)
        event = record(analysis, sent, "Attack", at, target=v.key)
        if event.get("date") is not None and event["date"] == said_day(analysis, sent, at):
            # "Houthis said on Tuesday they had targeted the X": done by then, the day it was said
            # (see `merge_attacks`, where the attack is told again with its own day)
            event["said_day"] = True
        if event.get("date") is None:
            told = _incident_time_before(analysis, sent, v.key)
            if told is not None:
                event["date"] = told
        if _CLAIMED.search(clause):
            # "Ukraine claimed an attack on the tanker Sig": told by one side, not yet shown
            event["confidence"], event["claimed"] = "realistic possibility", True
        edge = _NEXT_CLAUSE.search(text, max(at, v.end), e)
        if edge and _LYING.match(text, edge.start()):
            edge = _NEXT_CLAUSE.search(text, edge.end(), e)  # "while moored at Kerch": where it lay
        stop = edge.start() if edge else e
        # (not a port told in an aside on the ship: "hit the X, a coal carrier that had loaded at
        # Vostochny, with a drone boat in the Red Sea")
        aside = _SHIP_ASIDE.match(text, v.end, e) if v.end > at else None
        place = _place_named(analysis, sent, aside.end() if aside else max(at, v.end), stop,
                             ("Port", "Place"))
        after = _AFTER_DEED_ON_IT.match(text, stop, e) if place is None and edge is not None else None
        if after is not None:
            # "was set ablaze on Wednesday after Houthi forces boarded it in the Red Sea": where
            # the deed it followed on was done
            later = _NEXT_CLAUSE.search(text, after.end(), e)
            place = _place_named(analysis, sent, after.end(), later.start() if later else e, ("Place",))
        if place is not None:
            event["location"], event["location_type"] = place.key, place.type
            if place.type == "Port" and _IN_PORT_AT.search(text, max(s, place.start - 40), place.start):
                # "drones struck the X at the naval base in Novorossiysk": it lay in that port
                call = add_call(analysis, sent, v, place, "")
                call["date"] = call.get("date") or event.get("date")


_SHIP_ASIDE = re.compile(r",\s+an?\s+[^,;()]{1,80},")
# a designation that places another deed in time: "before it was sanctioned", "until the ship
# was blacklisted"
_PLACED_BY_DESIGNATION = rx(r"\b(?:before|after|since|until|till)\s+(?:it|she|the\s+(?:[\w-]+\s+)?"
                            r"(?:ship|vessel|tanker|freighter|carrier))\s+"
                            r"(?:(?:was|had\s+been|were)\s+(?:\w+ly\s+)?)?$", re.I)
_CLAUSE_STOP_AT = re.compile(r"[,;]")
# an incident told before the ship it befell: "UKMTO has received a report of an incident 57NM
# west of Hodeidah on 1 September"
_INCIDENT_TOLD = rx(r"\b(?:incident|attack|explosion|blast|strike)\b", re.I)


def _incident_time_before(analysis: Analysis, sent: Sentence, key: str) -> str | None:
    """The time of an attack told with none of its own: that of the incident a sentence just
    before (in this paragraph or the one before) reported, where that sentence tells of no
    other ship ("A report was received of an incident west of Hodeidah on 1 September. || The
    Master of a merchant vessel reported being struck by a projectile")."""
    index = analysis.index_of(sent)
    for back in reversed(analysis.sentences[max(0, index - 2):index]):
        if sent.paragraph - back.paragraph > 1 or any(
                v.key != key for v in analysis.in_sentence(back, "Vessel")):
            return None
        times = [t for t in back.times if not t.since and not t.ahead]
        if times and _INCIDENT_TOLD.search(analysis.text, back.span.start, back.span.end):
            return times[-1].interval.iso()
        if back.times:
            return None
    return None
_IN_PORT_AT = re.compile(r"\b(?:at|in|inside)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:port|harbou?r|base|"
                         r"berth|pier|quay|terminal)\s+(?:of|in|at)\s+)?$")


_SEIZURE_NOUN = rx(r"(?i:seizure|detention|capture|arrest|hijacking|impoundment)\b")
_RETOLD_SPAN = 1200  # how far after a seizure an undated telling of one is taken for it


# a gap told as lasting through a voyage: "was switched off for 10 days during the voyage"
_DURING_VOYAGE = rx(r"\b(?:during|throughout|for\s+(?:most|much|part)\s+of)\s+(?:the|its|her|that|this)\s+"
                    r"(?:voyage|trip|journey|passage|transit|crossing)\b", re.I)


def gaps_during_voyages(analysis: Analysis) -> None:
    """"... loaded coal at Nampo in July and discharged it at Ningbo in August. || The vessel's AIS
    was switched off for 10 days during the voyage": a gap whose sentence tells no time, told as
    during the voyage, lies within the time of that ship's voyage told just before (not after the
    last time told; run after the voyages are found)."""
    for gap in analysis.events:
        if gap["type"] != "AISGap" or not _DURING_VOYAGE.search(analysis.text, *gap["evidence"][0]):
            continue
        start = gap["evidence"][0][0]
        told = analysis.sentence_at(start)
        if told is None or told.times:
            continue  # (a gap with a time of its own keeps it)
        voyage = max((e for e in analysis.events if e["type"] == "Transfer" and
                      e.get("vessel") == gap["vessel"] and e.get("date") and e["evidence"][0][0] <= start and
                      start - e["evidence"][-1][1] <= _VOYAGE_REACH),
                     key=lambda e: e["evidence"][-1][0], default=None)
        if voyage is not None:
            gap["date"] = voyage["date"]


_VOYAGE_REACH = 400  # how far before a gap "during the voyage" the voyage may be told


def merge_attacks(analysis: Analysis) -> None:
    """One attack told twice ("attacked and sank the X this week ... The ship came under fire on
    Monday night") is one Attack: on one ship, told a little apart, at times that can be the
    same; it keeps the narrower time, and the place either gives."""
    kept: list[dict[str, Any]] = []
    for event in analysis.events:
        told = next((k for k in reversed(kept) if event["type"] == "Attack" and k["type"] == "Attack"
                     and k.get("target") == event["target"]
                     and 0 <= event["evidence"][0][0] - k["evidence"][-1][0] <= _RETOLD_SPAN
                     and (overlaps(k.get("date"), event.get("date")) or _said_after(k, event))), None)
        if told is None:
            kept.append(event)
            continue
        if told.get("date") is None or inside(event.get("date"), told["date"]) or _said_after(told, event):
            told["date"] = event.get("date")
            told.pop("said_day", None)
        for key in ("location", "location_type"):
            if told.get(key) is None and event.get(key) is not None:
                told[key] = event[key]
        told["evidence"] += [ev for ev in event["evidence"] if ev not in told["evidence"]]
    analysis.events[:] = kept


def _said_after(said: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether an attack dated by the day it was said to have been done ("said on Tuesday they
    had targeted the X") is one told with its own day in the week before ("was hit late on
    Sunday")."""
    gap = gap_days(event.get("date"), said.get("date"))
    return bool(said.get("said_day")) and gap is not None and 0 <= gap <= 7


def assessed_transfers(analysis: Analysis) -> None:
    """Two ships told to have met ("lay alongside the Sea Mermaid for 20 hours") where a sentence
    right after judges whether a transfer took place ("We assess that a transfer of crude almost
    certainly took place", "adding that a ship-to-ship transfer may have taken place"): the
    transfer at sea at the confidence that judgement gives, with it as evidence (not where that
    sentence names another ship, or tells a transfer of its own)."""
    text = analysis.text
    for event in [e for e in analysis.events if e["type"] == "ShipToShipTransfer"]:
        sent = analysis.sentence_at(event["evidence"][0][0])
        if sent is None:
            continue
        index = analysis.index_of(sent)
        for after in analysis.sentences[index + 1:index + 3]:
            if after.paragraph - sent.paragraph > 1 or any(
                    e["type"] == "ShipToShipTransfer" for e in analysis.events_at(after.span.start)) or any(
                    v.form == "name" and v.key not in event["vessels"]
                    for v in analysis.in_sentence(after, "Vessel")):
                break
            judged = _TRANSFER_JUDGED.search(text, after.span.start, after.span.end)
            if judged is None:
                continue
            if not NEGATION.search(text, after.span.start, judged.end()):
                # ("We found no sign that a transfer took place": no judgement of one made)
                event["confidence"] = confidence_of(text[after.span.start:after.span.end])
                cite(event, after)
            break


# a transfer judged to have happened, with no ship named in the clause
_TRANSFER_JUDGED = rx(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:transfer|trans-?shipment|handover)\b(?!s)"
                     r"[^.;]{0,80}?\b(?:took\s+place|ha(?:d|ve|s)\s+taken\s+place|occurred|happened|"
                     r"ha(?:d|ve|s)\s+occurred)\b|"
                     # "strongly suspects that the vessels were engaged in ship-to-ship transfers"
                     # ("strongly suspected the two vessels were conducting a ship-to-ship transfer")
                     r"\b(?:the|both|these|those)\s+(?:two\s+)?(?:vessels|ships|tankers)\s+(?:were|had\s+been)\s+"
                     r"(?:(?:engaged|involved)\s+in|conducting|carrying\s+out|performing|undertaking|"
                     r"(?:had\s+)?conducted)\s+(?:an?\s+)?(?:illicit\s+|illegal\s+|prohibited\s+|banned\s+)?"
                     r"(?:ship-to-ship|STS)\b", re.I)


def merge_gaps(analysis: Analysis) -> None:
    """An AIS gap told with no time near the same ship's gap told with one ("had not transmitted
    an AIS position since mid-February, reappeared on April 17. || Before going dark, ...") is
    that gap: its evidence is added there."""
    _merge_undated(analysis, "AISGap", "vessel", _RETOLD_SPAN)


# a deed told as done while the ship was silent: "loaded fuel oil at Bandar Abbas during the gap"
_DURING_GAP = rx(r"\b(?:during|in)\s+(?:the|that|this|its|her)\s+(?:(?:dark|silent|AIS)\s+)?(?:gap|"
                 r"blackout|dark\s+period|period\s+of\s+(?:silence|darkness))\b|"
                 r"\bwhile\s+(?:it\s+was\s+|she\s+was\s+)?(?:dark|silent|off\s+(?:the\s+)?(?:AIS|radar))\b",
                 re.I)


def during_gaps(analysis: Analysis) -> None:
    """"... transmitted a position for the first time since April 2. Analysts believe she loaded
    fuel oil at Bandar Abbas during the gap": a call or transfer of a ship told as done in its
    silence, with no time of its own, is dated by the gap told before it."""
    gaps = [e for e in analysis.events if e["type"] == "AISGap" and e.get("date") and e.get("vessel")]
    if not gaps:
        return
    text = analysis.text
    for event in analysis.events:
        ships = [event["vessel"]] if event.get("vessel") else list(event.get("vessels") or [])
        if event["type"] not in ("PortCall", "Transfer", "ShipToShipTransfer") or not ships:
            continue
        a, b = event["evidence"][0]
        sent = analysis.sentence_at(a)
        if sent is None or not _DURING_GAP.search(text, a, b) or any(not t.since for t in sent.times):
            continue
        gap = next((g for g in reversed(gaps) if g["vessel"] in ships and g["evidence"][0][0] < a
                    and a - g["evidence"][0][1] <= 600), None)
        if gap is not None:
            event["date"] = gap["date"]


# a designation's lead that tells how many ships it names as blocked property, told one by one
# after it: "is sanctioning six companies and identifying six vessels as blocked property"
_BLOCKED_LEAD = rx(r"\bidentif(?:y|ies|ying|ied)\s+(?P<n>\d+|[a-z]+)\s+(?:[\w-]+\s+)?(?:vessels|tankers|"
                   r"ships)\s+as\s+(?:blocked\s+)?property\b")


def blocked_property(analysis: Analysis) -> None:
    """"OFAC is ... identifying six vessels as blocked property. || ... the tanker X (IMO ...)
    ... || ... tanker Y (IMO ...)": the ships the release goes on to tell of by their IMO numbers,
    no more of them than it counts, are designated then."""
    text = analysis.text
    lead = next(((sent, m) for sent in analysis.sentences[:3]
                 if (m := _BLOCKED_LEAD.search(text, sent.span.start, sent.span.end)) is not None and
                 not blocked(text, sent.span.start, sent.span.start, m.end())), None)
    if lead is None:
        return
    sent, m = lead
    count = int(m["n"]) if m["n"].isdigit() else NUM_WORDS.get(m["n"].lower(), 0)
    first: dict[str, Mention] = {}
    for v in analysis.between(sent.span.end, len(text) + 1, "Vessel"):
        if v.form == "name" and analysis.attrs("Vessel", v.key).get("imo"):
            first.setdefault(v.key, v)
    if not first or len(first) > count:
        return
    date = date_near(analysis, sent, m.start())
    for key, v in first.items():
        if any(e["type"] == "Sanction" and e.get("target") == key for e in analysis.events):
            continue
        told = analysis.sentence_at(v.start)
        if told is None:
            continue
        event = record(analysis, told, "Sanction", v.start, target=key, date=date)
        cite(event, sent)


def merge_sanctions(analysis: Analysis) -> None:
    """A designation told with no time ("a tanker blacklisted by Washington") where the report
    also tells the same ship's designation with its time ("designated by the Treasury in
    December 2023") is that one: its evidence is added there."""
    _merge_undated(analysis, "Sanction", "target")


_EARLIER_EPISODE = rx(r"\b(?:under\s+(?:a|an|its|her)\s+(?:previous|former|earlier|old)\s+name|"
                      r"(?:previous|former|earlier)\s+(?:name|identity|owners?)|previously|once\s+before|"
                      r"in\s+the\s+past|years?\s+(?:earlier|before|ago))\b", re.I)


def _merge_undated(analysis: Analysis, etype: str, key: str, reach: int | None = None) -> None:
    """Events of a type told with no time merged into the first of that type told with one of
    the same ship (or target), within `reach` characters where it is given."""
    # (not one told as of an earlier time of the ship's: "The same ship, under a previous name,
    # was confiscated by the United States in 2023")
    dated = [e for e in analysis.events if e["type"] == etype and e.get("date") and e.get(key) and
             not _EARLIER_EPISODE.search(analysis.text, *e["evidence"][0])]
    kept = []
    for event in analysis.events:
        told = next((d for d in dated if event["type"] == etype and not event.get("date") and
                     d[key] == event.get(key) and (reach is None or abs(
                         d["evidence"][0][0] - event["evidence"][0][0]) <= reach)), None)
        if told is not None:
            told["evidence"] += [ev for ev in event["evidence"] if ev not in told["evidence"]]
            continue
        kept.append(event)
    analysis.events[:] = kept


# the end of a ship's detention: "She was released on 11 March", "was allowed to sail on Friday"
_SHIP_RELEASED = rx(r"\b(?:was|were|has\s+been|had\s+been|is|being)\s+(?:\w+ly\s+|later\s+|finally\s+)?"
                    r"(?:released|freed|let\s+go|allowed\s+to\s+(?:leave|sail|depart|go))\b", re.I)
# held still: "remains under detention", "is still detained at Gdansk"
# ("hijacked ... last November, remains anchored off Hodeidah with its crew still aboard")
_STILL_HELD = rx(r"\b(?:remains?|(?:is|are)\s+still|still)\s+(?:under\s+(?:detention|arrest)|in\s+detention|"
                 r"detained|held|impounded|under\s+arrest)\b|"
                 r"\bremains?\s+(?:anchored|moored)\s+(?:off|at|in|near)\b", re.I)
_HELD_REACH = 2  # how many sentences after a detention may tell its end
# "have released the bulk carrier X": the ship freed, named after the verb
_RELEASED_NAMED = rx(r"\b(?:released|freed)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))", re.I)


def _freed_first(analysis: Analysis, start: int, stop: int, key: str) -> int | None:
    """Where text[start:stop] tells the release of the ship `key`, named right after the verb
    ("have released the bulk carrier X"); None if it does not."""
    freed = _RELEASED_NAMED.search(analysis.text, start, stop)
    if freed is None or not any(v.key == key and 0 <= v.start - freed.end() < 60
                                for v in analysis.between(freed.end(), stop, "Vessel")):
        return None
    return freed.start()


# "lifted the detention of the tanker X", "ended the arrest of": a release, of the ship named after
_LIFTED = rx(r"\b(?:lifted|ended|revoked|cancell?ed)\s+(?:the|its|their)\s+(?:detention|arrest|seizure)\s+"
             r"(?:order\s+)?(?:of|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=(?-i:[A-Z]))", re.I)


def _lifted(analysis: Analysis, event: dict[str, Any]) -> None:
    """"Finnish authorities on Monday lifted the detention of the tanker X, which had been held
    off Porvoo since December 26": a stay held told to the report ends at the release told in
    its sentence, at the time told just before or after the verb."""
    text = analysis.text
    sent = analysis.sentence_at(event["evidence"][0][0])
    if sent is None:
        return
    cue = _LIFTED.search(text, sent.span.start, sent.span.end)
    if cue is None or not any(v.key == event["target"] and v.start == cue.end()
                              for v in analysis.between(cue.end(), cue.end() + 1, "Vessel")):
        return
    when = next((t for t in sent.times if t.end <= cue.start() and
                 not text[t.end:cue.start()].strip(" ,")), None)
    if when is None or when.ahead or when.relative_to_anchor:
        return
    end = when.interval.iso()
    start = event["date"].split("/")[0]
    if ends_before(start, end) and start != end:
        old = event["date"]
        event["date"] = span_dates(start, end)
        for call in analysis.events:
            if call["type"] == "PortCall" and call["vessel"] == event["target"] and call.get("date") == old:
                call["date"] = event["date"]


def _about_a_day(date: str) -> bool:
    """Whether a span of days is a day told about, as a count back gives ("six weeks after it
    was detained": within a week), not a span the ship was held for."""
    span = parse_iso(date)
    return span is not None and (span.end - span.start).days <= 7 and date.count("-") == 4


def held_until(analysis: Analysis) -> None:
    """"Authorities detained the X at Antwerp on 3 March ... She was released on 11 March": a
    detention told with its day and its end (a release, in the sentence or the two after, of the
    same ship, with a time of its own), or told as lasting ("remains under detention"), runs from
    the one to the other, or to the report; so does the ship's call where it was held."""
    text = analysis.text
    for call in analysis.events:
        if call["type"] == "PortCall" and call.get("held_on") and not call.get("date"):
            call["date"] = call["held_on"]  # ("seized the X at the port of Yeosu")
    for event in analysis.events:
        if event["type"] == "Detention" and event.get("target") and analysis.doc_date is not None and \
                "/" in (event.get("date") or "") and event["date"].endswith(analysis.doc_date.isoformat()):
            _lifted(analysis, event)
        if event["type"] != "Detention" or not event.get("date") or not event.get("target") or \
                "/" in event["date"] and not _about_a_day(event["date"]):
            continue  # (a day, or about one: "six weeks after it was detained" counted back)
        sent = analysis.sentence_at(event["evidence"][0][0])
        if sent is None:
            continue
        at = analysis.index_of(sent)
        end: str | None = None
        for later in analysis.sentences[at:at + 1 + _HELD_REACH]:
            if later.paragraph - sent.paragraph > 1:
                break
            start = event["position"] if later is sent else later.span.start
            ship = [v for v in analysis.between(later.span.start, later.span.end, "Vessel")
                    if v.key == event["target"]]
            other = [v for v in analysis.between(later.span.start, later.span.end, "Vessel")
                     if v.key != event["target"]]
            if other and later is not sent:
                break  # (another ship's story)
            freed = _SHIP_RELEASED.search(text, start, later.span.end)
            if ship and freed is not None and ship[0].start < freed.start():
                when = next((t for t in later.times if t.start >= freed.end() and not t.ahead), None)
                if when is not None:
                    end = when.interval.iso()
                break
            still = _STILL_HELD.search(text, start, later.span.end)
            if ship and still is not None and analysis.doc_date is not None:
                end = analysis.doc_date.isoformat()
                break
        prev = analysis.sentences[at - 1] if at else None
        told_first = _freed_first(analysis, sent.span.start, event["position"], event["target"])
        if end is None and told_first is not None:
            # "Iran has released the tanker X, seized in the Gulf of Oman last April"
            # (its own time, or the report's: "has released" tells a release just made)
            # (not a time counted from it: "eight months after seizing the vessel" is the seizure's)
            own = [t for t in sent.times if not t.relative_to_anchor]
            end = date_near(analysis, replace(sent, times=own), told_first)
            if end is None or not ends_before(event["date"], end):
                end = analysis.doc_date.isoformat() if analysis.doc_date is not None else None
        freed_at = _freed_first(analysis, prev.span.start, prev.span.end, event["target"]) \
            if end is None and prev is not None and prev.paragraph == sent.paragraph else None
        if end is None and prev is not None and freed_at is not None:
            # "Pirates have released the bulk carrier X, its owners said on Sunday. The vessel was
            # hijacked on 12 March": the release told first
            end = date_near(analysis, prev, freed_at)
        if end is None or not ends_before(event["date"], end):
            continue
        day = event["date"]
        event["date"] = span_dates(day, end)
        for call in analysis.events:
            if call["type"] == "PortCall" and call["vessel"] == event["target"] and \
                    call["port"] == event.get("location") and call.get("date") == day:
                call["date"] = event["date"]


# a seizure told as just done, with no time of its own: "has seized", "have detained"
_JUST_SEIZED = rx(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:seized|detained|impounded|arrested|boarded|intercepted|"
                  r"captured)\b", re.I)
# a time counted in months from another ("eight months after seizing the vessel"): a rough one
_MONTHS_COUNTED = rx(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months\s+"
                     r"(?:after|before)\b", re.I)


def merge_detentions(analysis: Analysis) -> None:
    """One seizure told twice ("released ... ten months after seizing it. The ship was taken by
    the Revolutionary Guards in May 2022") is one Detention: of one ship, at times that meet; it
    keeps the wider time, the one the text states outright rather than counts to."""
    kept: list[dict[str, Any]] = []
    for event in analysis.events:
        if event.get("again"):
            kept.append(event)  # ("detained in Estonia in April and again in Denmark in May")
            continue
        if event["type"] == "Detention" and (not event.get("date") or _SEIZURE_NOUN.match(
                analysis.text, event["position"])):
            # "It is the first such seizure": a seizure of the same ship told just before, at a
            # time that can be its own (within days)
            told = next((k for k in reversed(kept) if k["type"] == "Detention" and
                         k.get("target") == event["target"] and
                         0 <= event["evidence"][0][0] - k["evidence"][-1][0] <= _RETOLD_SPAN and
                         overlaps(widen(k.get("date"), _RETOLD_DAYS), event.get("date")) and
                         # (times that hold one another are weighed below: the wider is kept)
                         not (k.get("date") and event.get("date") and (
                             inside(k["date"], event["date"]) or inside(event["date"], k["date"])))),
                        None)
            if told is not None:
                told["evidence"] += [ev for ev in event["evidence"] if ev not in told["evidence"]]
                continue
        if event["type"] != "Detention" or not event.get("date"):
            kept.append(event)
            continue
        same = next((k for k in kept if k["type"] == "Detention" and k.get("target") == event["target"]
                     and k.get("date") and (inside(k["date"], event["date"]) or
                                            inside(event["date"], k["date"]))), None)
        near = next((k for k in reversed(kept) if k["type"] == "Detention" and
                     k.get("target") == event["target"] and k.get("date") and
                     0 <= event["evidence"][0][0] - k["evidence"][-1][0] <= _RETOLD_SPAN and
                     (gap := gap_days(k["date"], event["date"])) is not None and
                     (abs(gap) <= 2 or abs(gap) <= 15 and any(
                         _MONTHS_COUNTED.search(analysis.text, *x["evidence"][0]) for x in (k, event)))),
                    None) if same is None else None
        if near is not None:
            # "has seized a cargo ship ..., officials said Friday. || The vessel ... was seized at
            # Pohang on Thursday": one seizure, told by its own day rather than the day told of it
            if ends_before(event["date"], near["date"]):
                near["date"] = event["date"]
            for key in ("location", "location_type"):
                if near.get(key) is None and event.get(key) is not None:
                    near[key] = event[key]
            near["evidence"] += [ev for ev in event["evidence"] if ev not in near["evidence"]]
            continue
        if same is None:
            kept.append(event)
            continue
        if inside(same["date"], event["date"]) and \
                not _COUNTED_AMONG.search(analysis.text, *event["evidence"][0]):
            # (not the span a count runs over: "It was the second Chinese vessel detained this
            # year", after "seized ... on Sunday")
            same["date"] = event["date"]
        elif inside(event["date"], same["date"]) and "/" not in event["date"] and \
                analysis.doc_date is not None and same["date"].endswith(analysis.doc_date.isoformat()) and \
                _JUST_SEIZED.search(analysis.text, *same["evidence"][0]):
            # "has seized a tanker ..., officials said on Thursday. || The X was held at Yeosu on
            # January 21": the weeks a lead's "has seized" allows, told by the day after
            same["date"] = event["date"]
        for key in ("location", "location_type"):
            if same.get(key) is None and event.get(key) is not None:
                same[key] = event[key]
        same["evidence"] += [ev for ev in event["evidence"] if ev not in same["evidence"]]
    analysis.events[:] = kept
    # ("has seized the X, officials said. || The vessel was seized at Pohang on Thursday": the
    # seizure told with no time is the one told with it, just after)
    _merge_undated(analysis, "Detention", "target", _RETOLD_SPAN)


# "the second Chinese vessel detained this year", "the third such seizure since May": one of a
# count, told over the span it runs
_COUNTED_AMONG = rx(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
                    r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:vessels?|ships?|tankers?|boats?|seizures?|"
                    r"detentions?|cases?|incidents?)\b[^.;]{0,40}?\b(?:this\s+(?:year|month|week)|since|"
                    r"so\s+far|to\s+date|in\s+(?:the\s+)?(?:past|last)\b)")
