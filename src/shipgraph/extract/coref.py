"""Later mentions of vessels: "the ship", "the tanker", "she", "both vessels", "the pair".

A singular description refers to the most salient compatible vessel: of the vessels named in
the latest sentence that names any, the first (the subject, as a rule), narrowed by the type word
("the tanker") and a flag adjective ("the Russian freighter") where the text gives them."""

from __future__ import annotations

import re

from .base import Analysis, Mention, Sentence
from .dates import NUM_WORDS
from .eventbase import OBJECT_BEFORE
from .prefilter import rx
from .text import LIST_NUMBER, SAME_LOOK, SEEN_TIME, SEPARATE_STORY
from .vessels import described_flag, lead_attributes

_KIND = (r"(?:ship|vessel|tanker|supertanker|freighter|carrier|bulker|VLCC|ULCC|Suezmax|Aframax|"
         r"cargo ship|boat|ferry|collier|coaster|trawler|dhow|barge|reefer|icebreaker|frigate|corvette|"
         r"destroyer|boxship|containership|tug|Panamax|Supramax|Handysize|Capesize|Ultramax|dredger|"
         r"seiner|longliner|jigger|drillship|warship)")
# "the 2008-built product tanker": what describes a ship without naming it
_DESC = (r"(?:(?:\d{4}-built|[\d,]+-(?:tonne|ton|dwt|metre|meter|foot)|(?:\d+|[a-z]+)-year-old|product|"
         r"crude|oil|chemical|"
         r"gas|LPG|LNG|small|smaller|large|larger|ageing|aging|old|older|elderly|Soviet-era|"
         r"general|bulk|cargo|container|refrigerated|rail|passenger|vehicle|car|ro-ro|"
         # ("the research ship", "the survey vessel", "the landing ship")
         r"research|survey|fishing|patrol|landing|spy|intelligence|naval|rescue|training|cable-laying|"
         r"supply)\s+){0,2}")
# "The British-registered, Lebanese-operated vessel", "the Iran-linked, sanctions-hit tanker":
# further modifiers of the compound kind after the first
_MORE_MODS = r"(?:,?\s+(?:and\s+)?(?:[A-Z][\w]*|[a-z]+)-[a-z]+(?=[\s,])){0,2}"
_SINGULAR = rx(r"(?:\b[Tt]he\s+(?:(?P<mod>[A-Z][\w-]*|same|latter|former|laden|sanctioned|"
               r"[a-z]+-(?:hit|linked|owned|operated|managed|controlled|backed|sanctioned|listed))"
               + _MORE_MODS + r"\s+)?|"
               # a headline's or a post's "Same ship was photographed at ...", with no article
               r"(?:^|(?<=[.!?:]\s)|(?<=[/\n]\s))Same\s+)(?P<desc>" + _DESC + r")(?P<kind>" + _KIND + r")\b"
               r"(?!\s+[\"“‘'«]?[A-Z\d])"
               r"(?!['’]s\s+(?:crew|owner))"
               # ("the ship manager of SARAK", "the vessel owner": a noun the kind qualifies)
               r"(?!\s+(?:managers?|management|owners?|ownership|operators?|agents?|brokers?|"
               r"registry|registries|registers?|charterers?|insurers?|tracking|trackers?|crews?|"
               r"captains?|masters?|industry|traffic|movements?|names?|types?|classes|sizes?)\b)")
# what a ship does, in the present of a timeline or a headline
_PRESENT_DEEDS = (r"arrives|docks|berths|moors|anchors|calls|loads|unloads|offloads|discharges|"
                  r"delivers|leaves|departs|sails|reaches|returns|enters|meets|transfers|receives|"
                  r"heads|switches|goes|takes|lifts|carries|crosses|transits|disappears|reappears|"
                  r"stops|waits")
# ("She last arrived on June 20 from Novorossiysk")
_VERB_AFTER = (r"\s+(?:(?:(?:most|almost|very)\s+)?[a-z]+ly\s+|probably\s+|apparently\s+|last\s+|first\s+)?"
               r"(?:was|had|has|is|later|then|also|never|did|again|still|remained|remains|"
               # the present of a timeline or a headline: "It arrives at Iskenderun"
               + _PRESENT_DEEDS + r"|"
               # verbs whose past does not end in -ed
               r"made|took|left|went|came|ran|brought|lay|spent|sent|sold|met|began|"
               # ("It appears to have sailed to Rajin": what it did, hedged)
               r"(?:appears|appeared|seems|seemed)(?=\s+to\s+have\s)|"
               r"\w+ed)\b")
# what "Both" does as the subject of a clause: "Both were sanctioned", "Both arrived"
_PLURAL_VERB_AFTER = (r"\s+(?:(?:[a-z]+ly|all|also|later|then|now|still|again|reportedly)\s+)?"
                      r"(?:were|are|have|had|did|do|remain|remained|arrive|dock|berth|moor|anchor|"
                      r"call|load|unload|offload|discharge|deliver|leave|depart|sail|reach|return|"
                      r"enter|carry|meet|made|took|left|went|came|ran|brought|lay|spent|sent|sold|"
                      r"met|began|\w+ed)\b")
# a ship told by its part in a transfer: "the receiving tanker", "the mother ship"
_ROLE = rx(r"\b[Tt]he\s+(?P<role>receiving|recipient|receiver|taking|discharging|delivering|donor|"
           r"mother|supplying|giving|sending|offloading|lightering)\s+(?P<kind>ship|vessel|tanker|carrier|"
           r"bulker|freighter|VLCC|Aframax|Suezmax)\b")
_GIVER_ROLES = {"discharging", "delivering", "donor", "mother", "supplying", "giving", "sending",
                "offloading", "lightering"}
# what stands between two ships a cargo passed between: "loaded from", "transferred diesel to"
_PASSED = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:(?P<taken>loaded|took\s+on|received|lifted)|"
                     r"transferred|pumped|offloaded|discharged|lightered|passed|delivered)\b[^.;()]{0,80}?"
                     r"\b(?(taken)from|(?:to|into|onto))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?")
# "AIS went dark off Skagen on 29 Sept.": a thread's sentence on the signal of the ship just told
_BARE_GAP = rx(r"\s*(?:The\s+)?AIS(?:\s+(?:signal|transponder|tracker|transmissions?))?\s+"
               r"(?:went\s+(?:dark|silent)|was\s+(?:switched|turned)\s+off|(?:was\s+)?(?:switched|turned)\s+off|"
               r"stopped\s+transmitting|disappeared|vanished|fell\s+silent|dropped\s+out)\b")
# a sentence opening on another voyage of the ship told before: "An earlier voyage, in June,"
_EARLIER_VOYAGE = re.compile(r"\s*(?:On\s+)?(?:An|A|The)\s+(?:earlier|previous|prior|first|second|third|"
                             r"last|later|next|subsequent)\s+(?:voyage|trip|journey|run|crossing|passage)\b")
_POSSESSIVE_OPENS = rx(r"\s*[\"“'‘*_-]*(?:Its|Her)\s")
# A pronoun stands for a vessel where it opens a clause (or follows a time expression or a
# verb of seeing) and a verb follows it.
_PRONOUN = rx(
    r"(?:^|[.;:]\s+|,\s+(?:and\s+|where\s+|then\s+|but\s+)?|\b(?:and|where|when|then|after|"
    r"before|until|as|while|because|since|that|but)\s+|\b(?:shows?|showed|shown|reveal(?:s|ed)?|"
    r"captured?|saw|see|spotted|photographed|placed|put|tracked)\s+|"
    # "Port agents confirmed it berthed at Sikka"
    r"\b(?:confirmed|confirms?|said|says|say|indicated|indicates?|reported|reports?|believed?|"
    r"believes|estimated?|estimates|assessed|assesses?|thinks?|thought|noted|notes?|added|"
    r"suggested|suggests?|concluded|concludes?)\s+|"
    # a list item's bullet: "- It discharged at Sikka on 20 May."
    r"^[ \t]*[-*•–]\s+|"
    # "There it stayed for four days", "Then she sailed north"
    r"^(?:There|Then|Later|Afterwards|Thereafter|Next|Eventually|Finally|Soon|Meanwhile|Here|"
    r"Subsequently)\s*,?\s+|"
    # "Four days later it unloaded", "On Feb. 12 it docked": a time, read as one whether or not
    # the report's date lets it be resolved
    r"^(?:(?:[\w-]+\s+){1,3}(?:later|earlier|afterwards?)|(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|"
    r"(?:[Oo]n\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?)\s*,?\s+|"
    # "Over the next two weeks it pumped the fuel into three smaller tankers"
    r"^(?:Over|During|Within|In|For)\s+the\s+(?:next|following|past|previous|same)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|hours?|nights?)\s*,?\s+|"
    # "Before reaching South Africa it had called at Maputo"
    r"^(?:Before|After|While|Since|Upon|On)\s+[a-z]+ing\s+(?:[\w'’-]+\s+){0,5}?|"
    # "On its latest rotation it left Shanghai", "During the return leg, it called at Mersin"
    r"^(?:On|During|In|For|Over|Throughout)\s+(?:its|her|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:voyage|rotation|trip|journey|run|passage|leg|crossing|way\s+(?:back|home|out))\s*,?\s+|"
    # "On each occasion it had loaded crude at Kharg Island", "On both visits, she ..."
    # ("Each time it arrived from Rajin", "Every time, she ...")
    r"^(?:Each|Every)\s+(?:time|occasion)\s*,?\s+|"
    r"^(?:On|At|During)\s+(?:each|every|both|all|the\s+(?:first|second|third|last|latest|final))\s+"
    r"(?:of\s+(?:these|those|the)\s+|such\s+|(?:two|three|four|five)\s+)?(?:occasions?|visits?|calls?|"
    r"trips?|voyages?|times|stops?)\s*,?\s+|"
    # "Between the calls it delivered a cargo to Rizhao", "After the transfer, it sailed north":
    # a deed of a ship told before, opening the sentence
    r"^(?:Between|After|Before|During|Following|Since|Despite)\s+(?:the|those|these|its|her|this|that|both)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:calls?|visits?|voyages?|trips?|stops?|deliver(?:y|ies)|transfers?|"
    r"meetings?|rendezvous|stays?|loadings?|inspections?|detentions?|seizures?|operations?)\s*,?\s+|"
    # "Under its new name it loaded at Primorsk"
    r"^(?:Under|With|Now\s+under)\s+(?:its|her|the)\s+(?:new|former|old|current|present|latest)\s+"
    r"(?:name|flag|owners?|identity|managers?)\s+|"
    # "Off Tanjung Pelepas it transferred ...", "At Rajin, it loaded ...": a place put first
    r"^(?:Off|Near|Outside|At|In|From|Once\s+(?:in|at|off)|Back\s+(?:in|at))\s+(?:the\s+)?"
    r"(?:(?:coast|waters|port|harbou?r|anchorage|island)\s+(?:of|off|near)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}\s*,?\s+)"
    r"(?P<kind>[Ss]he|[Ii]t)\b(?=" + _VERB_AFTER + ")")
# what is put aboard a ship is no ship: "it was moved onto the feeder vessel X"
_PUT_ABOARD = rx(r"\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:then\s+|later\s+|[a-z]+ly\s+)?"
                 r"(?:moved|loaded|transferred|trans-?shipped|put|placed|lifted|shifted|reloaded|craned|"
                 r"switched)\s+(?:back\s+)?(?:onto|aboard|on\s+board|on\s+to|into\s+the\s+holds?\s+of)\b")
# "imagery shows it there", "tracking data placed her at Tartus": the object of a verb of seeing
# ("Satellite imagery places her alongside the X": not "and places it at the centre of")
_PRONOUN_SEEN = rx(r"\b(?:shows?|showed|shown|reveal(?:s|ed)?|captured?|saw|see|spotted|"
                   r"photographed|placed|put|tracked|(?P<places>places))\s+(?P<kind>it|her)\b"
                   r"(?(places)(?=\s+(?:alongside|moored|docked|berthed|anchored)\b))"
                   # ("shows it the next day alongside the tanker X": a time between)
                   r"(?=" + SEEN_TIME + r"\s+(?:back\s+)?(?:there|at|in|"
                   r"alongside|moored|docked|berthed|anchored|loading|unloading|off|near|"
                   # ("Records show it leaving Amirabad on 3 May and docking at Astrakhan")
                   r"leaving|departing|arriving|docking|berthing|sailing|calling|discharging|"
                   r"offloading)\b)")
# "its sister ship", "her sister vessel": a ship told of by its likeness to another
_ITS_SISTER = rx(r"\b(?:[Ii]ts|[Hh]er)\s+sister(?:\s+(?:ship|vessel|tanker|carrier))?\b")
_SISTER_NAMED_AFTER = re.compile(r",?\s+(?:the\s+)?[A-Z\"“]")
_SISTER_WORD = re.compile(r"\bsister(?:s|\s+(?:ships?|vessels?|tankers?|carriers?))\b")
_SISTER_BEFORE = re.compile(r"\bsister(?:\s+(?:ship|vessel|tanker|carrier))?,?\s+(?:the\s+)?$")
# a ship others moved: "Tugs towed it into the port of Dakar", "Police escorted her to Porvoo"
# (not "took it to Lampedusa", "brought it to": a load)
_PRONOUN_MOVED = rx(r"\b(?:towed|escorted|steered|guided|diverted|shepherded|ordered|forced)\s+"
                    r"(?P<kind>it|her)\s+(?:back\s+)?(?:in)?to\b")
# a ship held or struck: "Authorities in Bosaso impounded it two days later", "Police boarded
# her on Monday" (not a load or a crew: "seized it from the ship", "detained her crew")
_PRONOUN_HELD = rx(r"\b(?:detained|seized|impounded|boarded|captured|hijacked|commandeered|released|freed|"
                   r"attacked|struck|targeted)\s+(?P<kind>it|her)\b(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|off|near|"
                   r"after|when|while|as|last|this|earlier|later|shortly|soon|again|and|but|until|"
                   r"(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|hours?)\s+later)\b)")
# a sentence opening on a name and its verb: "The Aurora made ...", "The Sea Lion had left ..."
_UNKNOWN_SUBJECT = re.compile(r"[\"“'‘*_]*The\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3})\s+"
                              r"(?:[a-z]+ly\s+)?(?:made|was|were|had|has|did|went|came|left|took|[a-z]+ed)\b")
# After a time expression ("On 28 April it reappeared"), or "she" anywhere before a verb.
_PRONOUN_BARE = rx(r"\b(?P<kind>[Ss]he|[Ii]t)\b(?=" + _VERB_AFTER + ")")
# between a time expression and a pronoun: "On 3 May it ...", "11 June 2023 - It docks ..."
_AFTER_TIME = re.compile(r"[\s,]*(?:[-–—:]\s*)?")
# a ship's deed that opens a clause with no subject of its own (see `_semicolon_clauses`)
_LOG_DEED = (r"(?P<verb>(?:departed|arrived|left|sailed|loaded|unloaded|offloaded|discharged|docked|"
             r"berthed|anchored|called|moored|returned|reached|entered|transited)\b)")
# a clause after a semicolon that opens on a ship's deed: "; departed Vostochny on 6 August"
_AFTER_SEMICOLON = re.compile(r";[ \t]*(?:then[ \t]+|later[ \t]+)?" + _LOG_DEED)
# a profile's field of a ship's movements, opening on its deed: "Recent movements: arrived ..."
_MOVEMENTS_FIELD = re.compile(r"[ \t]*(?:\d{1,2}\s*[/.)][ \t]*)?"
                              r"(?:(?:Recent|Latest|Last(?:\s+known)?|Past|Previous|Earlier|Prior)\s+)?"
                              r"(?:movements|port\s+calls|voyages?|activity|track|history|"
                              # ("Previous run: departed Tartus 2 April, arrived Novorossiysk 8 April")
                              r"runs?|trips?|rotations?|legs?|journeys?)\s*:[ \t]*" + _LOG_DEED, re.I)
# A timeline entry with no subject: a line's bullet and date, a dash, a verb ("* 12 April 2024 –
# loads containers at Novorossiysk")
# a list item's mark, and what blanked emphasis leaves before its first word
_ITEM_OPENS = re.compile(r"[ \t]*(?:[-*•+–]|" + LIST_NUMBER + r")[ \t]+[ *_]*")
# a sentence of a list item that opens on its verb: "Made 18 crossings; photographed at Kerch"
_SUBJECTLESS = re.compile(r"(?P<verb>(?:Made|Took|Left|Sailed|Arrived|Docked|Berthed|Moored|Anchored|Called|"
                          r"Loaded|Unloaded|Offloaded|Discharged|Delivered|Departed|Reached|Returned|"
                          r"Entered|Transited|Photographed|Seen|Spotted|Observed|Imaged|Damaged|Struck|Hit|"
                          r"Attacked|Seized|Detained|Repaired|Switched|Went|Carried|Shipped|Transported|"
                          r"Escorted|Boarded|Released|Renamed|Re-?flagged|Sanctioned|Designated|Listed|"
                          # ("Had loaded at Primorsk on 10 May")
                          r"Had\s+(?:(?:earlier|previously|already|first)\s+)?(?:been\s+)?[a-z]+(?:ed|en)|"
                          # ("AIS off since 19 February near the Danish straits")
                          r"(?:AIS|Transponder)(?:\s+(?:transponder|signal))?\s+(?:off|dark|switched\s+off))"
                          r")\b")
# an entry that opens on a ship's name set apart, with no list mark: "**KIWALA** (IMO 9332810) -
# Djibouti flag, built 2004."
_NAME_ENTRY_AFTER = re.compile(r"[ *_]*(?:\([^()\n]{1,60}\))?[ *_]*(?:[-–—:,]|\n)")
_SET_APART = re.compile(r"[ \t]*")  # (a line with no mark, whose name is then set apart)
_ENTRY_HEAD = re.compile(r"[ \t]*(?:[-*•+]\s+|(?:" + LIST_NUMBER + r")\s+)?(?:\*\*|__)?")
# ("- 9 February: Arrives at Alexandria": the verb may open the entry in capitals)
_BARE_ENTRY = re.compile(r"(?:\*\*|__)?\s*(?P<dash>[–—:-])\s*(?=(?i:(?:" + _PRESENT_DEEDS +
                         r"|transits|arrived|docked|berthed|moored|"
                         r"anchored|called|loaded|unloaded|offloaded|discharged|delivered|left|"
                         r"departed|sailed|reached|returned|entered|transited|switches|switched|"
                         r"goes|went|is|was|passes|passed|"
                         # ("- 15 April: loading coal at Nampo", "- 22 March: back at Nampo")
                         r"loading|unloading|discharging|offloading|arriving|departing|sailing|docking|"
                         r"berthing|anchoring|seen|spotted|observed|photographed|imaged|"
                         # ("- 2 June 2024: STS with WHITE ORIOLE off Kalamata")
                         r"(?-i:STS)|ship-to-ship)\b|"
                         # (not "- 9 March: In Tartus, officials said": a clause of its own)
                         r"(?-i:(?:[Bb]ack|[Ss]till)\s+(?:at|in|off)|at|in|off)\s+(?:anchor\b|berth\b|"
                         r"(?-i:[A-Z]))))")
_WARSHIP_KIND = re.compile(r"warship|frigate|corvette|destroyer|cruiser|submarine|carrier|landing|patrol|"
                           r"navy|naval", re.I)
# a ship named as one more than the one told before: "A second ferry, the X", "Another tanker, Y,"
_ANOTHER_BEFORE = re.compile(r"\b(?:[Aa]\s+(?:second|third|fourth|further|different)|[Aa]nother|"
                             r"[Aa]\s+new)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:ferry|tanker|vessel|ship|carrier|freighter|bulker|"
                             r"boat)\s*,?\s+(?:the\s+|named\s+|called\s+)?$")
# "Its transponder was switched off": a possessive before what only a ship has
# (or after what trackers did with it: "We then lost its signal near the Bab el-Mandeb")
_POSSESSIVE = rx(r"(?:^|[.;:]\s+|,\s+(?:and\s+)?|\b(?:and|but|while|when|after|lost|tracked|followed|"
                 r"monitored)\s+)"
                 r"(?P<kind>[Ii]ts|[Hh]er)(?=\s+(?:AIS|transponder|tracking (?:signal|device)|signal|"
                 r"hull|crew|captain|master|cargo(?:es)?|cargo holds?|registered owner|flag|IMO|MMSI|"
                 # "Its previous voyage ended at Vadinar", "her last port call"
                 r"(?:(?:previous|last|latest|next|most recent|return|maiden|first|second|third|fourth|fifth|"
                 r"final|outbound|homeward)\s+)?(?:voyages?|port calls?|"
                 # ("Its arrival in Latakia on 21 August was confirmed")
                 r"port of call|journeys?|trips?|sailing|berth|anchorage|port|arrival|departure|visit|"
                 r"stopover))\b)")
# "The former was last seen at Rajin; the latter docked at Dunai": of the two ships named last
# ("The first arrived on August 18; the second berthed a week later": of the ships listed)
# ("The latter, which had come from Primorsk, pumped ...": after an aside on it)
_FORMER_LATTER = rx(r"\b[Tt]he\s+(?P<kind>former|latter|first|second|third)\b"
                    r"(?=(?:,\s+(?:which|who)\s+[^,;.()]{1,80},)?,?\s+(?:(?:[a-z]+ly|then|"
                    r"later|also|again|soon|next|still|now)\s+)?(?:was|were|had|has|is|"
                    r"remained|remains|[a-z]+ed|made|took|left|went|came|ran|brought|lay|spent|sent|"
                    r"sold|met|began|" + _PRESENT_DEEDS + r")\b|"
                    # a verb left out after the first clause's: "The first docked at Sikka, the
                    # second at Mersin" (checked to follow a comma or semicolon)
                    r"(?P<gap>\s+(?:at|in|to|into|off)\s+(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z])))")
# ... or the object of a deed: "the former pumped crude into the latter"
_FORMER_LATTER_OBJECT = rx(r"\b(?:to|into|onto|from|with|alongside|beside)\s+"
                           r"(?P<np>[Tt]he\s+(?P<kind>former|latter))\b")
_GAPPED_BEFORE = re.compile(r"(?:[,;]|\band)\s+$")
# "imagery shows a vessel matching its dimensions moored at Benghazi": the ship told of, by look
_MATCHING = rx(r"\b[Aa]n?\s+(?:[\w-]+\s+)?(?P<kind>" + _KIND + r")\s+(?:(?:matching|that\s+match(?:es|ed)|"
               r"consistent\s+with|resembling|similar\s+to|fitting)\s+(?:its|her)\s+(?:[\w-]+\s+)?"
               r"(?:dimensions|profile|size|silhouette|description|appearance|length|features|shape)\b|"
               # ("a vessel of the same length and colour", "a ship with the same dimensions")
               + SAME_LOOK + r"(?:\s+(?:and|or)\s+(?:colou?r|colou?ring|length|size|markings|shape|"
               r"profile))?\b)")
_EXPLETIVE = rx(r"(?i)\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains)"
               # (not "It was taken to Bandar-e Jask": the ship, brought somewhere)
               # ("It was then taken to Hodeidah")
               r"(?!\s+(?:(?:then|later|also|subsequently|soon|eventually|finally|\w+ly)\s+)?"
               r"(?:taken|towed|escorted|brought|diverted|moved|sent|shifted|steered|redirected|"
               r"forced|ordered|tugged|sailed|returned)\s+(?:back\s+|away\s+)?(?:in)?to\b)"
               # (nor "It is believed to have transferred", "It appears to have sailed": the ship)
               r"(?!\s+(?:\w+\s+){0,2}?to\s+(?:have|be)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b)"
               r"(?:\s+(?:\w+\s+){0,2}?(?:that|to|whether|if|unclear|clear|likely|possible)\b|"
               # ("It was the fourth attack on a civilian vessel in a week": the attack, told of
               # others; not "It is the first such seizure since 2019", the ship's seizure again)
               r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|incidents?|raids?|explosions?|"
               r"collisions?)\s+(?:on|against|in|of)\b)")
# the kinds a group of ships is told by ("both jiggers", "the two Aframaxes")
_KINDS = (r"(?:ships|vessels|tankers|freighters|carriers|hulls|bulkers|boats|VLCCs|jiggers|trawlers|"
          r"Aframaxes|Suezmaxes|barges|reefers|dhows|frigates|warships|destroyers|corvettes)")
_PLURAL = rx(r"\b(?:[Bb]oth " + _KINDS + r"|"
             # ("Neither ship has broadcast its position since leaving Baltiysk": each of the two)
             r"[Nn]either (?:ship|vessel|tanker|freighter|carrier|bulker|boat)|"
                     r"[Tt]he (?:two|pair"
                     r" of)\s+(?:\w+\s+){0,2}?" + _KINDS + r"|"
                     r"[Tt]he pair|[Tt]he ships|[Tt]he vessels|[Tt]hey|[Tt]heir|"
                     # "The X sailed on May 3; the other two remain at berth": all but the one named
                     r"[Tt]he (?:other|remaining) (?:two|three|four|five)(?:\s+(?:\w+\s+)?" + _KINDS + r")?|"
                     # "pumped from one ship to the other": each of the two
                     r"(?<=from\s)one\s+(?:ship|vessel|tanker|hull|carrier)\s+(?:to|into|onto)\s+the\s+other|"
                     # "All three tankers loaded at Murmansk": the three named last
                     r"(?:[Aa]ll|[Tt]he)\s+(?:three|four|five)\s+(?:\w+\s+)?(?:ships|vessels|tankers|freighters|"
                     r"carriers|bulkers)|"
                     # "The bulk carriers were later tracked to Lianyungang" (a sentence's subject)
                     r"(?-i:The)\s+(?:[a-z]+\s+)?(?:tankers|freighters|bulkers|"
                     r"(?:bulk\s+|cargo\s+|LNG\s+|LPG\s+)?carriers|cargo\s+ships)(?=\s+(?:were|had|have|then|"
                     r"later|also|both|all|[a-z]+ed)\b)|"
                     # "Both arrived at Dunai", "both of them": not "on both occasions"
                     # ("Both of them unloaded": the words of the pair, up to the verb)
                     r"[Bb]oth\s+of\s+them(?=" + _PLURAL_VERB_AFTER + r")|"
                     r"[Bb]oth(?=" + _PLURAL_VERB_AFTER + r"|\s+of\s+them\b)|"
                     # "Each unloaded military trucks", "each of them": every one of the ships
                     r"(?<![\w,] )[Ee]ach(?:\s+of\s+them)?(?=\s+(?:(?:[a-z]+ly|also|later|then)\s+)?"
                     r"(?:was|had|did|took|left|went|came|made|brought|carried|spent|sent|sold|met|began|"
                     r"ran|lay|[a-z]+ed)\b)|"
                     r"(?<![\w,] )[Ee]ach(?=\s+of\s+them\b)|"
                     # "All four had sailed from Primorsk": the four named last
                     r"[Aa]ll\s+(?:three|four|five)(?=" + _PLURAL_VERB_AFTER + r"))\b")
# "the X and 12 other tankers", "several ships": a group of ships, not all of them named
# (not one told before: "All three ships switched off their transponders")
_GROUP_BEFORE = rx(r"(?<![Tt]he\s)(?<![Aa]ll\s)(?<![Tt]hese\s)(?<![Tt]hose\s)(?<![Bb]oth\s)"
                   r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|"
                   r"several|many|other|more|some|numerous|multiple)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:ships|vessels|tankers|freighters|carriers|bulkers|boats)\b")
# a sentence on ships of a kind, none in particular: "Tankers bound for Cuba often ...", "Many
# Iranian tankers ..." (not "The tankers", "These ships", "Both vessels")
_GENERIC_SUBJECT = re.compile(r"\s*(?:(?:Such|Many|Most|Some|Other)\s+)?(?!(?:The|These|Those|Both|All|Its|"
                              r"Their|Her|His|Our)\b)(?:[A-Z][\w-]*\s+(?:(?!(?:the|these|those|both|all|its|their|her|"
                              r"two|three|four)\b)[a-z][\w-]*\s+)?)?"
                              r"(?i:tankers|ships|vessels|freighters|carriers|bulkers|boats)\b")
# "A tanker under U.S. sanctions discharged ...": a lead's ship, named later
_LEAD_NP = (r"(?P<np>(?:A|An)\s+(?:[\w.,-]+\s+){0,3}?(?P<kind>" + _KIND +
            r"))\b(?!\s+(?:and|or)\b)(?!s)"
            # "A new ferry service", "a tanker operator": no ship
            r"(?!\s+(?:services?|routes?|links?|lines?|operators?|compan(?:y|ies)|terminals?|"
            r"crossings?|owners?|fleets?|industry|market|sector|traffic|port|rates?|crews?)\b)")
_LEAD = rx(_LEAD_NP)
# a part of a group told before, its ships not named: "Two of the three", "Some of them"
_PARTITIVE = rx(r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ome|[Ss]everal|[Mm]ost|[Mm]any|[Hh]alf|"
                r"[Nn]one|[Aa]t\s+least\s+(?:one|two|three|four))\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?"
                r"(?:two|three|four|five|six|ships|vessels|tankers|freighters|carriers))\b")
# a ship a title describes: "How a Cameroon-flagged tanker hid its trips to Syria"
_TITLE_SHIP = rx(r"\b" + _LEAD_NP.replace("(?:A|An)", "(?:[Aa]|[Aa]n)"))
# a ship told not to be the one named: "Its length does not match the X", "is not the X"
# (not "not only the X")
_NOT_THE_ONE = rx(r"\b(?:not|n['’]t|never)\s+(?:(?:[\w-]+\s+){0,2}?(?:match(?:es)?|consistent\s+with|"
                  r"correspond\s+to|resemble|be|the\s+same\s+as)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?|"
                  r"the\s+)$")
# "The first ship to bring Ukrainian grain to Rostock since the war began docked on Wednesday":
# a lead told by what it was first to do
# (doing what ships do: not "The first ship to reach Rostock this year was a ferry")
_LEAD_FIRST = rx(r"(?P<np>The\s+(?:first|second|third|last|latest)\s+(?:[\w-]+\s+){0,2}?(?P<kind>" + _KIND +
                 r"))\s+(?:to|since|of\s+its\s+kind)\b[^.;]{0,100}?\b(?:docked|arrived|berthed|moored|unloaded|"
                 r"discharged|called|reached|entered|sailed|left|departed|loaded)\b")
# "Authorities have seized a Mongolian-flagged cargo ship ...": a lead's ship as the object of
# what was done to it
# ("have barred a Mongolia-flagged bulk carrier from leaving Busan")
_LEAD_OBJECT = rx(r"\b(?:seized|detained|impounded|attacked|struck|hit|boarded|intercepted|stopped|"
                  r"barred|banned|blocked|arrested|refused|turned\s+away|expelled|fined|"
                  r"captured|hijacked|targeted|inspected|sanctioned|designated|tracked|spotted|"
                  # ("tried to inspect a Tanzanian-flagged cargo ship"; "shadowed a tanker")
                  r"searched|hailed|shadowed|escorted|photographed|sighted|"
                  r"to\s+(?:seize|detain|impound|board|intercept|stop|inspect|search|capture|hail)|"
                  # "The master of a merchant vessel reported being hit by a projectile"
                  # ("The Master of a vessel reported ...": the title in capitals, as advisories
                  # write it)
                  r"(?:[Mm]aster|[Cc]aptain|crew|owner|operator|manager)\s+of)\s+"
                  + _LEAD_NP.replace("(?:A|An)", "(?:a|an)"))
# ("Egyptian authorities detained one of its vessels at Port Said": a firm's ship, named after)
_LEAD_ONE_OF_ITS = rx(r"\b(?:seized|detained|impounded|attacked|struck|hit|boarded|arrested)\s+"
                      r"(?P<np>one\s+of\s+(?:its|their)\s+(?P<kind>ships|vessels|tankers|freighters|carriers|bulkers))\b")
# what was done to a ship a lead tells of, as its object
_DONE_TO = r"seized|detained|impounded|attacked|struck|hit|boarded|intercepted|captured|hijacked"
# "seized two Greek tankers": a counted group done to, named later
_GROUP_OBJECT = rx(r"\b(?:" + _DONE_TO + r"|sanctioned|designated)\s+"
                   r"(?P<np>(?P<n>two|three|four|five)\s+(?:[\w-]+\s+){0,2}?(?P<kind>tankers|ships|vessels|"
                   r"freighters|carriers|bulkers|cargo\s+ships))\b", re.I)
# "the two Greek tankers, the ": the group named, by apposition
# ("the tankers, the Comoros-registered X and the Gabon-registered Y": the count left to the names)
_NAMED_GROUP = rx(r"\b(?:the|both|these|those)\s+(?:(?:two|three|four|five)\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:tankers|ships|vessels|freighters|carriers|bulkers),\s+(?:the\s+)?"
                  r"(?:(?-i:[A-Z])[\w'’.]*(?:\s(?-i:[A-Z])[\w'’.]*)?-(?:flagged|registered)\s+)?$", re.I)
# the words before a ship's name that open a sentence: "The Gabon-registered ", "The tanker "
_OPENING_WORDS = re.compile(r"\s*(?:[Tt]he|[Bb]oth\s+the)\s+(?:[\w-]+\s+){0,2}?")
_LIST_GAP = re.compile(r"(?:,|,?\s+and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?")
_VERB_AFTER_LIST = re.compile(r"\s+(?:were|are|had|have|both|then|later|was)\b|\s+[a-z]+ed\b")


def _opens_with_list(analysis: Analysis, sent: Sentence, named: list[Mention]) -> bool:
    """Whether the sentence opens with its named ships, one after another ("The Gabon-registered
    X and the Panama-registered Y were found ..."), as the subject of the verb after them."""
    text = analysis.text
    if not _OPENING_WORDS.fullmatch(text, sent.span.start, named[0].start):
        return False
    for a, b in zip(named, named[1:], strict=False):
        if not _LIST_GAP.fullmatch(text, a.end, b.start):
            return False
    return _VERB_AFTER_LIST.match(text, named[-1].end) is not None


# "had detained an Iranian-flagged tanker and a Cameroon-flagged tanker": two ships of a lead, each
# by its flag
_LEAD_PAIR = rx(r"\b(?:" + _DONE_TO + r"|stopped|spotted|tracked|photographed|inspected)\s+"
                r"(?P<np1>(?:a|an)\s+[A-Z][\w-]*-flagged\s+(?:[\w-]+\s+)?(?P<kind1>" + _KIND + r"))\s+"
                r"and\s+(?P<np2>(?:a|an|another)\s+[A-Z][\w-]*-flagged\s+(?:[\w-]+\s+)?(?P<kind2>" + _KIND +
                r"))\b")
# ("SHANGHAI, Sept 3 (Wire) - A tanker ...", "LONDON, Sept 10 - A tanker ...")
# ("PORT SUDAN - A cargo ship ...": a dateline of the city alone, in capitals)
_LEAD_AFTER_DATELINE = rx(r"(?:\)|\b\d{1,2}|(?<![^\n])[ \t]*(?-i:[A-Z][A-Z'’.]+(?:\s[A-Z][A-Z'’.]+){0,3}))"
                          r"\s+(?:[-–—]|--)\s+" + _LEAD_NP)
# ("INCIDENT: On 11 July 2024 at 0840 UTC, a merchant vessel reported being hit ...")
# ("On 12 June a merchant vessel reported being struck": the comma may go unwritten)
_LEAD_AFTER_TIME = rx(r"(?:[A-Z]{3,}:\s+)?(?:On|In|Early on|Late on|At)\s+[^,;.]{3,50}?,?\s+" +
                      _LEAD_NP.replace("(?:A|An)", "(?:a|an)"))
# the ship done to, named as such: "The vessel, the Y,", "The trawler, named Y,", "was identified
# as the Y"
_BACK_TO_IT = rx(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:" + _KIND +
                 r")\s*,\s+(?:(?:the|named|called)\s+)?$|"
                 r"\b(?:identified|named)\s+as\s+(?:the\s+)?$")
# what a ship is for, told before its kind: "the research ship" is none of another role
_ROLE_WORDS = frozenset({"research", "survey", "fishing", "patrol", "landing", "spy", "intelligence",
                         "naval", "rescue", "training", "cable-laying", "supply"})
_APPOSED = re.compile(r",\s+(?:the\s+)?")
_FLAGGED = re.compile(r"[- ](?:flagged|registered)\b")
_TYPED_KINDS = ("tanker", "freighter", "carrier", "bulker", "vlcc", "suezmax", "aframax", "ferry",
                "collier", "trawler", "dhow", "barge", "reefer", "icebreaker", "frigate", "corvette",
                "destroyer", "jigger")
# kinds a ship of no told type is not taken to be ("a Dutch frigate shadowed the tanker X. The
# frigate ...": not the tanker)
# ("sailors from the destroyer X boarded a dhow ... The dhow, which had left Jask": not the X)
_STRICT_KINDS = ("reefer", "icebreaker", "frigate", "corvette", "destroyer", "dhow", "trawler", "barge",
                 "jigger")
# kinds told by other words: a "very large crude carrier" or an Aframax is a tanker
_SAME_KIND = {"tanker": ("crude carrier", "crude oil carrier", "vlcc", "ulcc", "suezmax", "aframax",
                         "supertanker", "lr1", "lr2", "mr", "fso", "fsu", "floating storage"),
              "bulker": ("bulk carrier", "capesize", "panamax", "supramax", "handysize", "kamsarmax"),
              "freighter": ("cargo ship", "cargo vessel", "general cargo", "container ship")}


_ESCORT_KIND = re.compile(r"(?i)warship|frigate|corvette|destroyer|cruiser|submarine|patrol|naval|"
                          r"coast\s*guard|icebreaker|\btug")
_STORE_TYPE = re.compile(r"(?i)storage|\bFS[OU]\b|\bFPSO\b")


def _kind_agrees(kind: str, vtype: str) -> bool:
    """Whether a ship a lead calls by `kind` may be the one whose type is `vtype`."""
    return kind in vtype or any(word in vtype for word in _SAME_KIND.get(kind, ()))


# a ship told of, unnamed, in a sentence that names none: "damaging a tanker that was loading"
_UNNAMED_ONE = rx(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?P<head>tanker|ship|vessel|freighter|carrier|"
                  r"bulker|VLCC|Aframax|Suezmax)\b(?!\s+(?:of|owner|operator|company|firm|industry|traffic)\b)",
                  re.I)
# the next sentence naming it: "The tanker, identified by Ukrainian media as the X, caught fire"
_IDENTIFIED_AS = rx(r"\s*[\"“]?(?:The|That)\s+(?:[\w-]+\s+){0,2}?(?:tanker|ship|vessel|freighter|carrier|"
                    r"bulker|VLCC|Aframax|Suezmax),\s+(?:later\s+|since\s+|now\s+)?(?:identified|named|"
                    r"named\s+publicly)\s+(?:by\s+[^,;.]{1,60}?\s+)?as\s+(?:the\s+)?", re.I)


class VesselCoreference:
    """Links definite descriptions, pronouns and plurals to the vessels they refer to."""

    name = "coref"

    def __call__(self, analysis: Analysis) -> None:
        if not analysis.between(0, len(analysis.text) + 1, "Vessel"):
            return
        self._identified_after(analysis)
        self._lead_pair(analysis)
        self._lead_group(analysis)
        self._lead(analysis)
        self._former_latter(analysis)
        self._bare_entries(analysis)
        self._item_continued(analysis)
        self._semicolon_clauses(analysis)
        self._by_role(analysis)
        text = analysis.text
        for index, sent in enumerate(analysis.sentences):
            s, e = sent.span.start, sent.span.end
            self._earlier_voyage(analysis, index)
            chunk = text[s:e]
            time_ends = {t.end for t in sent.times}
            if index:
                # ("The two ships were seen at Kavkaz. The latter left ...": of the group just
                # resolved)
                self._former_latter(analysis, index)
            self._sister(analysis, sent)
            for pat in (_SINGULAR, _PRONOUN, _PRONOUN_BARE, _POSSESSIVE, _PRONOUN_SEEN, _PRONOUN_MOVED,
                        _PRONOUN_HELD, _MATCHING, _PLURAL):
                pronoun = pat is not _SINGULAR and pat is not _PLURAL and pat is not _MATCHING
                for m in pat.finditer(chunk):
                    start = s + (m.start("kind") if pronoun else m.start())
                    end = s + (m.end("kind") if pronoun else m.end())
                    if pat is _PRONOUN_BARE and m.group("kind").lower() != "she" and not any(
                            _AFTER_TIME.fullmatch(text, t, start) for t in time_ends if t <= start):
                        continue
                    if pat is _MATCHING:
                        end = s + m.end("kind")  # (its look, told after, is no part of it)
                    kind_start = s + m.start("kind") if pat in (_SINGULAR, _MATCHING) else start
                    if analysis.taken(kind_start, end) or any(
                            a.start == start and a.form == "anaphor"
                            for a in analysis.between(start, start + 1)):
                        continue
                    if pronoun and _EXPLETIVE.match(text, end):
                        continue
                    if pronoun and _PUT_ABOARD.match(text, end):
                        continue  # "where it was moved onto the feeder vessel X": a cargo
                    if pat is _SINGULAR and (apposed := _APPOSED.match(text, end)) and any(
                            v.start == apposed.end() and v.form == "name"
                            for v in analysis.between(apposed.end(), apposed.end() + 1, "Vessel")):
                        continue  # "The container ship, the Ever Bright, was ...": its name follows
                    before = [v for v in analysis.between(start - 1200 - analysis.longest,
                                                          start, "Vessel")
                              if v.end <= start and start - v.end < 1200
                              and not v.attrs.get("plural")]
                    if not before:
                        continue
                    if pat is _PLURAL:
                        part = _PARTITIVE.search(text, s, start) if m.group().lower() in (
                            "their", "they") else None
                        if part is not None and not analysis.between(part.end(), start, "Vessel"):
                            continue  # "Two of the three had switched off their transponders":
                            # a part of the group, which ships not told
                        self._plural(analysis, m.group(), start, end, before)
                        continue
                    groups = m.groupdict()
                    # (or stands after a possessive that opens it, with no ship between: "Its
                    # final destination was Qingdao, where it discharged")
                    groups["opens"] = "yes" if pronoun and (
                        not text[s:start].strip(" \t\"“'‘*_-") or _POSSESSIVE_OPENS.match(text, s)
                        and not analysis.between(s, start, "Vessel")) else None
                    # ("The X received cargo from the Y in April; it then went dark": a pronoun
                    # opening the clause after a semicolon is the first clause's subject)
                    groups["after_semicolon"] = "yes" if pronoun and re.search(
                        r";\s*$", text[s:start]) else None
                    pick = self._salient(analysis, sent, before, groups)
                    if pick is None:
                        continue
                    if pronoun and start - pick.end > 400:
                        continue
                    if pronoun and pick.end <= s and (subject := _UNKNOWN_SUBJECT.match(text, s)) and \
                            subject.end() <= start and not analysis.taken(subject.start("name"),
                                                                          subject.end("name")):
                        # "The Aurora made the journey too: it departed Rajin": the sentence's own
                        # subject, a name not known as a ship, not the ship told before
                        continue
                    analysis.add(Mention(start, end, text[start:end], "Vessel", pick.key,
                                         "anaphor"))
                    if pat is _SINGULAR and _FLAGGED.search(m.group()):
                        # "The Cameroon-flagged ship had arrived from Primorsk": its flag
                        lead_attributes(analysis, pick.key, m.group())

    @staticmethod
    def _sister(analysis: Analysis, sent: Sentence) -> None:
        """"The X and its sister ship, the Y, ... || Its sister took a different route": the ship
        told before as the sister, by its name set after the word."""
        text = analysis.text
        for m in _ITS_SISTER.finditer(text, sent.span.start, sent.span.end):
            if analysis.taken(m.start(), m.end()) or _SISTER_NAMED_AFTER.match(text, m.end()):
                continue  # (the name set after it is the ship: "its sister ship, the Y")
            told = [v for v in analysis.between(max(0, m.start() - 2000), m.start(), "Vessel")
                    if v.form == "name" and _SISTER_BEFORE.search(text, max(0, v.start - 30), v.start)]
            if len({v.key for v in told}) == 1:
                analysis.add(Mention(m.start(), m.end(), m.group(), "Vessel", told[0].key, "anaphor"))
                continue
            # ("The X and the Y, sister ships owned by ... || The Y reappeared off Benghazi. || Its
            # sister ship returned": the other of the two a sentence told as sisters, the ship "its"
            # stands for the one told last)
            last = analysis.before(m.start(), "Vessel")
            if not last:
                continue
            owner = last[-1].key
            others = set()
            for word in _SISTER_WORD.finditer(text, max(0, m.start() - 3000), m.start()):
                told_in = analysis.sentence_at(word.start())
                keys = {v.key for v in analysis.in_sentence(told_in, "Vessel") if v.form == "name"} \
                    if told_in is not None else set()
                if owner in keys and len(keys) == 2:
                    others |= keys - {owner}
            if len(others) == 1:
                analysis.add(Mention(m.start(), m.end(), m.group(), "Vessel", others.pop(), "anaphor"))

    @staticmethod
    def _earlier_voyage(analysis: Analysis, index: int) -> None:
        """"An earlier voyage, in June, ended at Bandirma" (or "AIS went dark off Skagen"): a
        sentence opening on another voyage of the ship (or on its signal), with none named in it,
        is told of the one ship the latest sentence before it that names ships names (a mention
        with no words, before the sentence's first)."""
        sent = analysis.sentences[index]
        if not index or not (_EARLIER_VOYAGE.match(analysis.text, sent.span.start) or
                             _BARE_GAP.match(analysis.text, sent.span.start)) or \
                analysis.in_sentence(sent, "Vessel"):
            return
        # (the latest sentence before that names a ship, within a few)
        prev = next((p for p in reversed(analysis.sentences[max(0, index - 3):index])
                     if analysis.in_sentence(p, "Vessel")), None)
        told = {v.key for v in analysis.in_sentence(prev, "Vessel")} if prev is not None else set()
        if prev is not None and len(told) == 1 and sent.paragraph - prev.paragraph <= 2:
            analysis.add(Mention(sent.span.start, sent.span.start, "", "Vessel", told.pop(), "anaphor"))

    @staticmethod
    def _bare_entries(analysis: Analysis) -> None:
        """A timeline's entries with no subject ("* 12 April 2024 - loads containers at
        Novorossiysk"): each is told of the one ship named last before the list (the dash
        stands for it), where no other ship is named in between."""
        text = analysis.text
        told: Mention | None = None  # the last entry told of the list's ship
        for sent in analysis.sentences:
            if not sent.times:
                continue
            first = sent.times[0]
            s = sent.span.start
            if not _ENTRY_HEAD.fullmatch(text, s, first.start):
                continue
            m = _BARE_ENTRY.match(text, first.end, sent.span.end)
            # (a ship named in the entry only as the other side of its deed: "STS with X")
            if m is None or any(not OBJECT_BEFORE.search(text, max(s, v.start - 40), v.start)
                                for v in analysis.between(s, sent.span.end, "Vessel")):
                continue
            before = [v for v in analysis.before(s, "Vessel") if not v.attrs.get("plural")]
            if not before or s - before[-1].end > 1500:
                continue
            keys = {v.key for v in before if v.end > before[-1].end - 1500}
            key = before[-1].key
            if len(keys) != 1:
                # ("12-15 March: STS transfer with the Chon Ma San. - 20 March: returns to
                # Nakhodka": a ship named since only as the other side of a deed is not the
                # list's)
                since = [v for v in before if told is not None and v.start > told.end]
                if told is None or s - told.end > 1500 or any(
                        v.key != told.key and not OBJECT_BEFORE.search(text, max(0, v.start - 40), v.start)
                        for v in since):
                    continue  # two ships named before the list: which one is not told
                key = told.key
            dash = m.start("dash")
            told = analysis.add(Mention(dash, m.end("dash"), text[dash:m.end("dash")], "Vessel",
                                        key, "anaphor"))

    @staticmethod
    def _semicolon_clauses(analysis: Analysis) -> None:
        """"The X arrived at Vostochny on 2 August from Rajin; departed Vostochny on 6 August for
        Rajin; arrived at Rajin on 9 August": a clause after a semicolon that opens on a ship's
        deed, in a sentence of one ship, is told of that ship (an empty mention before its verb
        stands for it)."""
        text = analysis.text
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            field = _MOVEMENTS_FIELD.match(text, s, e)
            if field is not None and not analysis.between(s, e, "Vessel"):
                # ("Name: KRASNAYA WREN ... || Recent movements: arrived Vostochny 2 Aug from
                # Rajin; ...": a profile's field, of the one ship the lines before name)
                told = analysis.between(max(0, s - 400), s, "Vessel")
                if told and len({v.key for v in told}) == 1:
                    at = field.start("verb")
                    analysis.add(Mention(at, at, "", "Vessel", told[-1].key, "anaphor"))
            if ";" not in text[s:e]:
                continue
            for m in _AFTER_SEMICOLON.finditer(text, s, e):
                before = analysis.between(s, m.start(), "Vessel")
                keys = {v.key for v in before}
                if len(keys) != 1 or any(v.attrs.get("plural") for v in before):
                    continue
                at = m.start("verb")
                analysis.add(Mention(at, at, "", "Vessel", before[-1].key, "anaphor"))

    @staticmethod
    def _item_continued(analysis: Analysis) -> None:
        """A list item that opens on a ship's name and goes on in sentences with no subject ("-
        **Slavyanin** — rail ferry, Russian flag. Made 18 crossings; photographed at Kerch on 14
        August"): each such sentence is told of that ship (an empty mention before its verb
        stands for it)."""
        text = analysis.text
        for sent in analysis.sentences:
            s = sent.span.start
            line = text.rfind("\n", 0, s) + 1
            if line == s or analysis.between(s, sent.span.end, "Vessel"):
                continue
            mark = _ITEM_OPENS.match(text, line, s) or _SET_APART.match(text, line, s)
            verb = _SUBJECTLESS.match(text, s, sent.span.end)
            if mark is None or verb is None:
                continue
            first = next((v for v in analysis.between(line, s, "Vessel") if v.form == "name"), None)
            if first is None or first.start != mark.end() or \
                    mark.re is _SET_APART and not _NAME_ENTRY_AFTER.match(text, first.end):
                continue
            analysis.add(Mention(s, s, "", "Vessel", first.key, "anaphor"))  # (before the verb)

    @staticmethod
    def _by_role(analysis: Analysis) -> None:
        """"X loaded from Y on July 19; the receiving tanker later discharged at Aliaga": a ship
        told by its part in a transfer named just before (in its sentence or the one before)
        is the ship that had that part: the taker of "loaded from", "took on ... from" or
        "received ... from", the giver of "transferred ... to"."""
        text = analysis.text
        for m in _ROLE.finditer(text):
            start, end = m.start(), m.end("kind")
            if analysis.taken(start, end):
                continue
            sent = analysis.sentence_at(start)
            if sent is None:
                continue
            index = analysis.index_of(sent)
            begin = analysis.sentences[index - 1].span.start if index else sent.span.start
            named = [v for v in analysis.between(begin, start, "Vessel") if v.form == "name"]
            passed = None
            for a, b in zip(named, named[1:], strict=False):
                told = _PASSED.fullmatch(text, a.end, b.start)
                if told is not None:
                    passed = (b, a) if told["taken"] else (a, b)  # (giver, taker)
            if passed is None:
                continue
            giver = m["role"].lower() in _GIVER_ROLES
            pick = passed[0] if giver else passed[1]
            analysis.add(Mention(start, end, text[start:end], "Vessel", pick.key, "anaphor"))

    @staticmethod
    def _lead_pair(analysis: Analysis) -> None:
        """A lead's two ships told apart by their flags ("had detained an Iranian-flagged tanker
        and a Cameroon-flagged tanker") are the first two the story names next, each the one
        whose flag it gives (or in the order named, where no flag tells them apart)."""
        text = analysis.text
        named = [v for v in analysis.between(0, len(text) + 1, "Vessel") if v.form == "name"]
        keys = list(dict.fromkeys(v.key for v in named))[:2]
        if len(keys) < 2:
            return
        second = next(v for v in named if v.key == keys[1])
        for sent in analysis.sentences:
            if sent.span.end > named[0].start:
                return
            m = _LEAD_PAIR.search(text, sent.span.start, sent.span.end)
            later = analysis.sentence_at(second.start)
            if m is None or later is None or later.paragraph - sent.paragraph > 2:
                continue
            told = [described_flag(analysis, text[m.start(f"np{i}"):m.end(f"kind{i}")]) for i in (1, 2)]
            flags = [analysis.attrs("Vessel", k).get("flag") for k in keys]
            if told[0] is None or told[1] is None or told[0] == told[1]:
                return
            if told[0] == flags[1] or told[1] == flags[0]:
                keys.reverse()
                flags.reverse()
            if any(f is not None and f != t for f, t in zip(flags, told, strict=True)):
                return  # (a flag named that neither description gives: other ships)
            for i, key in ((1, keys[0]), (2, keys[1])):
                start, end = m.start(f"np{i}"), m.end(f"kind{i}")
                if analysis.taken(m.start(f"kind{i}"), end):
                    continue
                lead_attributes(analysis, key, text[start:end])
                start = max([start, *(x.end for x in analysis.between(start, end) if x.form != "anaphor")])
                analysis.add(Mention(start, end, text[start:end], "Vessel", key, "anaphor"))
            return

    @staticmethod
    def _lead_group(analysis: Analysis) -> None:
        """"Iran on Friday seized two Greek tankers in the Gulf. || ... said the two Greek tankers,
        the X and the Y, had ...": a counted group done to, named in a sentence soon after by
        an apposition of as many ships, is those ships."""
        text = analysis.text
        sentences = analysis.sentences
        for i, sent in enumerate(sentences):
            m = _GROUP_OBJECT.search(text, sent.span.start, sent.span.end)
            if m is None or analysis.in_sentence(sent, "Vessel"):
                continue
            count = NUM_WORDS.get(m["n"].lower())
            for later in sentences[i + 1:i + 5]:
                if later.paragraph - sent.paragraph > 3:
                    break
                named = [v for v in analysis.in_sentence(later, "Vessel") if v.form == "name"]
                keys = list(dict.fromkeys(v.key for v in named))
                if not named or len(keys) != count or not (_NAMED_GROUP.search(
                        text, max(later.span.start, named[0].start - 60), named[0].start) or
                        later is sentences[i + 1] and _opens_with_list(analysis, later, named)):
                    continue  # (the group is named by its own apposition, a few sentences on, or
                    # by a list of as many opening the sentence right after)
                start, end = m.start("np"), m.end("np")
                if not analysis.taken(m.start("kind"), m.end("kind")):
                    for key in keys:
                        analysis.add(Mention(start, end, text[start:end], "Vessel", key, "anaphor",
                                             {"plural": True}))
                break

    @staticmethod
    def _title_description(analysis: Analysis, named: list[Mention], holder: Sentence) -> None:
        """"How a Cameroon-flagged tanker hid its trips to Syria || For most of 2024, the tanker
        Nerine Sky ...": the flag and kind a title tells of the one ship it describes, where the
        body's opening paragraph names one ship alone (of a kind that agrees)."""
        text = analysis.text
        title_end = analysis.sentences[0].span.start
        m = _TITLE_SHIP.search(text, 0, title_end)
        if m is None or holder.paragraph != analysis.sentences[0].paragraph or \
                any(v.start < title_end for v in named):
            return
        opening = {v.key for v in named if (x := analysis.sentence_at(v.start)) is not None and
                   x.paragraph == holder.paragraph}
        if len(opening) != 1:
            return
        (key,) = opening
        kind = m.group("kind").lower()
        vtype = str(analysis.attrs("Vessel", key).get("vessel_type") or "").lower()
        if vtype and kind in _TYPED_KINDS and not _kind_agrees(kind, vtype):
            return  # ("How a bulk carrier ... || the tanker X": another ship)
        lead_attributes(analysis, key, m.group("np"), text[m.end("kind"):min(m.end("kind") + 60, title_end)])

    @staticmethod
    def _title_lead(analysis: Analysis, ship: Mention) -> None:
        text = analysis.text
        vtype = str(analysis.attrs("Vessel", ship.key).get("vessel_type") or "").lower()
        for sent in analysis.sentences[:2]:
            m = _LEAD.match(text, sent.span.start, sent.span.end) or _LEAD_AFTER_DATELINE.search(
                text, sent.span.start, min(sent.span.end, sent.span.start + 80))
            if m is None:
                continue
            kind = m.group("kind").lower()
            start, end = m.start("np"), m.end("kind")
            if vtype and kind in _TYPED_KINDS and not _kind_agrees(kind, vtype) or analysis.taken(
                    m.start("kind"), end):
                return  # ("Tanker X ... || A bulk carrier ..."): another ship
            lead_attributes(analysis, ship.key, text[start:end], text[end:min(end + 60, sent.span.end)])
            start = max([start, *(x.end for x in analysis.between(start, end) if x.form != "anaphor")])
            analysis.add(Mention(start, end, text[start:end], "Vessel", ship.key, "anaphor"))
            return

    @staticmethod
    def _lead(analysis: Analysis) -> None:
        """A news lead's "A tanker under U.S. sanctions discharged ..." is the ship the story
        names next ("The Cuban-flagged Vilma, which ..."), where none was named before and it is
        named within the next two paragraphs; a type the name was given must agree."""
        named = [v for v in analysis.between(0, len(analysis.text) + 1, "Vessel")
                 if v.form == "name"]
        if not named:
            return
        first = named[0]
        text = analysis.text
        holder = analysis.sentence_at(first.start)
        if holder is None and analysis.sentences and first.end <= analysis.sentences[0].span.start and \
                len({v.key for v in named}) == 1:
            # "Tanker Wren Horizon discharges Iranian oil in China's Dongying || A tanker carrying
            # about 2 million barrels ... discharged its cargo at Dongying": the one ship a title
            # names, which the body tells of only by its kind, is the lead's
            VesselCoreference._title_lead(analysis, first)
            return
        if holder is not None and analysis.sentences:
            VesselCoreference._title_description(analysis, named, holder)
        if holder is None or _ANOTHER_BEFORE.search(text, max(0, first.start - 60), first.start):
            return  # ("A second ferry, the Mangyongbong-92, ...": not the one the lead told of)
        if SEPARATE_STORY.match(text, holder.span.start, first.start):
            return  # ("Separately, the bulk carrier X was struck ...": another incident)
        if _NOT_THE_ONE.search(text, holder.span.start, first.start):
            return  # ("Its length does not match the X": told not to be that ship)
        held = _LEAD_OBJECT.search(text, first.end, holder.span.end)
        if held is not None and holder.span.start <= first.start and \
                not analysis.taken(held.start("kind"), held.end("kind")):
            # "The patrol ship X on Sunday seized a foreign fishing vessel ... || The vessel, the Y,
            # had squid aboard": the ship the first one named did it to is the one named next
            later = next((v for v in named if v.start >= held.end()), None)
            told = analysis.sentence_at(later.start) if later is not None else None
            kind = held.group("kind").lower()
            if later is not None and told is not None and told.span.start >= holder.span.end and \
                    later.key != first.key and told.paragraph - holder.paragraph <= 1 and \
                    _BACK_TO_IT.search(text, max(told.span.start, later.start - 60), later.start) and \
                    not _ANOTHER_BEFORE.search(text, max(0, later.start - 60), later.start) and not (
                        kind in _TYPED_KINDS and not _kind_agrees(kind, str(
                            analysis.attrs("Vessel", later.key).get("vessel_type") or kind).lower())):
                start, end = held.start("np"), held.end("kind")
                lead_attributes(analysis, later.key, text[start:end],
                                text[end:min(end + 60, holder.span.end)])
                start = max([start, *(x.end for x in analysis.between(start, end) if x.form != "anaphor")])
                analysis.add(Mention(start, end, text[start:end], "Vessel", later.key, "anaphor"))
                return
        vtype = str(analysis.attrs("Vessel", first.key).get("vessel_type") or "").lower()
        navy = bool(analysis.attrs("Vessel", first.key).get("prefixed"))  # ("USS Carney": a warship)
        for sent in analysis.sentences:  # (the title is not among them: the body follows it)
            if sent.span.end > first.start:
                break
            if holder.paragraph - sent.paragraph > 2:
                continue
            first_to = _LEAD_FIRST.match(text, sent.span.start, sent.span.end)
            if first_to is not None and analysis.index_of(holder) != analysis.index_of(sent) + 1:
                first_to = None  # (named in the very next sentence)
            m = _LEAD.match(text, sent.span.start, sent.span.end) or first_to or _LEAD_AFTER_DATELINE.search(
                text, sent.span.start, min(sent.span.end, sent.span.start + 80)) or \
                _LEAD_AFTER_TIME.match(text, sent.span.start, sent.span.end) or \
                _LEAD_OBJECT.search(text, sent.span.start, sent.span.end) or \
                _LEAD_ONE_OF_ITS.search(text, sent.span.start, sent.span.end)
            if m is None:
                continue
            kind = m.group("kind").lower()
            if vtype and kind in _TYPED_KINDS and not _kind_agrees(kind, vtype):
                continue  # "A tanker ..." and "the bulk carrier X": two ships
            if navy and not _WARSHIP_KIND.search(kind):
                continue  # "SEALs boarded a dhow ... the USS Carney intercepted": not the warship
            start, end = m.start("np"), m.end("kind")
            if analysis.taken(m.start("kind"), end):
                continue
            lead_attributes(analysis, first.key, text[start:end], text[end:min(end + 60, sent.span.end)])
            # "A Belize-flagged bulk carrier": the state named in it keeps its own mention
            start = max([start, *(x.end for x in analysis.between(start, end) if x.form != "anaphor")])
            analysis.add(Mention(start, end, text[start:end], "Vessel", first.key, "anaphor"))

    @staticmethod
    def _former_latter(analysis: Analysis, only: int | None = None) -> None:
        """"the former" and "the latter": the first and the second ship of the latest sentence
        (this one or one before, within a few) that names two, or that refers to two as a group
        ("the two ships"); "the first", "the second" and "the third" likewise, of a sentence
        before. (`only`: the index of the one sentence to look in.)"""
        text = analysis.text
        indices = range(len(analysis.sentences)) if only is None else (only,)
        for index in indices:
            sent = analysis.sentences[index]
            found = [*_FORMER_LATTER.finditer(text, sent.span.start, sent.span.end),
                     *_FORMER_LATTER_OBJECT.finditer(text, sent.span.start, sent.span.end)]
            for m in sorted(found, key=lambda m: m.start()):
                a, b = (m.start("np"), m.end("np")) if "np" in m.re.groupindex else (m.start(), m.end())
                if analysis.taken(a, b) or any(v.start == a for v in analysis.between(a, b, "Vessel")):
                    continue
                if "gap" in m.re.groupindex and m["gap"] is not None and \
                        not _GAPPED_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue
                for prior in reversed(analysis.sentences[max(0, index - 3):index + 1]):
                    keys = list(dict.fromkeys(
                        v.key for v in analysis.in_sentence(prior, "Vessel")
                        if v.start < a and v.form == "name"))
                    group = list(dict.fromkeys(
                        v.key for v in analysis.in_sentence(prior, "Vessel")
                        if v.start < a and v.form == "anaphor" and v.attrs.get("plural")))
                    if len(keys) < 2 and len(group) == 2:
                        # "The two ships were seen at Kavkaz. The latter left ...": of the two
                        # the group stands for, in the order they were first named
                        named = {k: min((v.start for v in analysis.between(
                                             max(0, a - 3000), a, "Vessel")
                                         if v.key == k and v.form == "name"), default=a)
                                 for k in group}
                        keys = sorted(group, key=lambda k: named[k])
                    at = {"former": 0, "first": 0, "latter": 1, "second": 1, "third": 2}[m["kind"]]
                    if at < len(keys) and len(keys) >= 2 and (
                            m["kind"] in ("former", "latter") or prior is not sent):
                        # ("the first"/"the second" only of ships listed in a sentence before)
                        analysis.add(Mention(a, b, text[a:b], "Vessel", keys[at], "anaphor"))
                        break

    @staticmethod
    def _plural(analysis: Analysis, surface: str, start: int, end: int,
                before: list[Mention]) -> None:
        keys: list[str] = []
        # "both carriers", "the two tankers": of the ships of that kind, where two are known
        # ("both jiggers", "the two Aframaxes": the kind the last word names)
        head = surface.lower().split()[-1] if surface.split() else ""
        head = head[:-2] if head.endswith("xes") else head[:-1] if head.endswith("s") else ""
        kind = head if head and head not in ("ship", "vessel", "boat", "hull", "craft", "them") else None
        typed = [v for v in before if kind and kind in str(
            analysis.attrs("Vessel", v.key).get("vessel_type") or "").lower()]
        count = next((n for word, n in (("three", 3), ("four", 4), ("five", 5))
                      if word in surface.lower().split()), 2)
        sent = analysis.sentence_at(start)
        if count == 2 and not re.search(r"\b(?:both|two|pair|neither)\b", surface.lower()):
            # "..., among them the Angara, the Lady Maria and the Maia-1. The ships load at Rajin":
            # all the ships the sentence just before names
            index = analysis.index_of(sent) if sent is not None else 0
            if index:
                prior = analysis.sentences[index - 1]
                # (not a warship that escorted them: "the frigate X escorted the cargo ships Y and Z")
                named = {v.key for v in before if v.form == "name" and prior.span.start <= v.start
                         and not _ESCORT_KIND.search(str(analysis.attrs("Vessel", v.key).get("vessel_type")
                                                          or ""))}
                if 2 < len(named) <= 6 and sent is not None and prior.paragraph >= sent.paragraph - 1:
                    count = len(named)
        if len({v.key for v in typed}) >= count:
            before = typed
        if sent is not None and re.match(r"the (?:other|remaining)\s", surface.lower()):
            # (not the ship the sentence names before it: that one is the one set apart)
            apart = {v.key for v in analysis.between(sent.span.start, start, "Vessel")}
            before = [v for v in before if v.key not in apart]
        elif sent is not None and surface.lower() in ("they", "their"):
            # ("the other two remain at their berths": the group the clause has just told)
            group = [v for v in analysis.between(sent.span.start, start, "Vessel")
                     if v.form == "anaphor" and v.attrs.get("plural") and v.end < start]
            if group and not analysis.between(group[-1].end, start, "Vessel"):
                told = [v for v in group if v.start == group[-1].start]
                for v in told:
                    analysis.add(Mention(start, end, surface, "Vessel", v.key, "anaphor", {"plural": True}))
                return
        # (a storage unit a ship loaded at is where it loaded, not one of "both ships")
        moving = [v for v in before if not _STORE_TYPE.search(
            str(analysis.attrs("Vessel", v.key).get("vessel_type") or ""))]
        if len({v.key for v in moving}) >= count and not _STORE_TYPE.search(surface):
            before = moving
        for v in reversed(before):
            if v.key not in keys:
                keys.append(v.key)
            if len(keys) == count:
                break
        weak = surface.lower() in ("both", "they", "their")
        if len(keys) < count or (weak and start - before[-1].end > 300):
            return
        if sent is not None and len({v.key for v in analysis.between(end, sent.span.end, "Vessel")
                                     if v.form == "name" and v.key in keys}) >= 2:
            return  # "All three discharged in India, the X at Paradip and the Y at Mundra": each told
        if surface.lower() in ("they", "their"):
            if sent is not None and _GROUP_BEFORE.search(analysis.text, sent.span.start, start) and any(
                    v.key == key and v.start < sent.span.start for key in keys for v in before[-2:]):
                return  # "sanctioned the X and 12 other tankers for their role": the group's
            if sent is not None and _GENERIC_SUBJECT.match(analysis.text, sent.span.start) and \
                    not analysis.between(sent.span.start, start, "Vessel"):
                return  # "Tankers sailing to Cuba usually turn off their transponders": any such
        for key in reversed(keys):  # (in the order they were told: "... respectively")
            analysis.add(Mention(start, end, surface, "Vessel", key, "anaphor", {"plural": True}))

    @staticmethod
    def _identified_after(analysis: Analysis) -> None:
        """"Drones damaged a tanker that was loading at the berth. || The tanker, identified by
        Ukrainian media as the X, caught fire": the ship told of first, unnamed, is the one named
        after (where the first sentence names no ship and tells of one alone)."""
        text = analysis.text
        for index, sent in enumerate(analysis.sentences[:-1]):
            after = analysis.sentences[index + 1]
            told = _IDENTIFIED_AS.match(text, after.span.start)
            if told is None or after.paragraph - sent.paragraph > 1:
                continue
            # (its flag or kind may come first: "as the Sierra Leone-flagged X")
            named = next((v for v in analysis.between(told.end(), told.end() + 60, "Vessel")
                          if v.form == "name" and re.fullmatch(r"[\w'’ -]*", text[told.end():v.start])), None)
            unnamed = list(_UNNAMED_ONE.finditer(text, sent.span.start, sent.span.end))
            if named is None or len(unnamed) != 1 or analysis.in_sentence(sent, "Vessel"):
                continue
            m = unnamed[0]  # (its kind, after its article and words on it, as a description's)
            analysis.add(Mention(m.start("head"), m.end(), m["head"], "Vessel", named.key, "anaphor"))

    @staticmethod
    def _salient(analysis: Analysis, sent: Sentence, before: list[Mention],
                 groups: dict[str, str | None]) -> Mention | None:
        kind = (groups.get("kind") or "").lower()
        candidates = before
        if kind in _TYPED_KINDS:
            # (a ship of no known type may be of this one: "Her sister, the Marshal Rokossovsky,
            # left Ust-Luga ... The ferry reached Baltiysk")
            typed = [v for v in before if kind in str(
                analysis.attrs("Vessel", v.key).get("vessel_type") or kind).lower()]
            candidates = typed or ([] if kind in _STRICT_KINDS else before)
            if not candidates:
                return None
        elif kind not in ("she", "it", "its", "her") and (
                told := " ".join((groups.get("desc") or "").lower().split()[-1:] + [kind])) and \
                told not in ("ship", "vessel", "boat"):
            # "HMS Tyne shadowed the corvette Stoikiy and the cargo ship Sparta IV ... The cargo
            # ship had left Baltiysk": the ship of that kind, where one is known to be
            typed = [v for v in before if _kind_agrees(told, str(
                analysis.attrs("Vessel", v.key).get("vessel_type") or "").lower())]
            role = told.split()[0]
            if not typed and role in _ROLE_WORDS:
                # "The research ship left Sanya", after the research vessel X: a ship of that
                # role (or of no known type), not the frigate named before
                typed = [v for v in before if role in str(
                    analysis.attrs("Vessel", v.key).get("vessel_type") or role).lower()]
                if not typed:
                    return None
            candidates = typed or before
        mod = groups.get("mod")
        if mod and mod[0].isupper():
            flags = {e.country for e in analysis.gazetteer.lookup(mod) if e.kind == "State"}
            flagged = [v for v in candidates if analysis.attrs("Vessel", v.key).get("flag") in flags]
            candidates = flagged or candidates
        if kind in ("she", "it", "its", "her"):
            last = candidates[-1]
            if groups.get("after_semicolon"):
                first = [v for v in candidates if sent.span.start <= v.start]
                if first:
                    return first[0]
            if groups.get("opens") and last.start < sent.span.start:
                # "The X met the Y off Khor Fakkan. It then sailed for Chittagong": a pronoun
                # opening a sentence is the subject of the sentence before, its first ship
                holder = analysis.sentence_at(last.start)
                if holder is not None:
                    first = [v for v in candidates if holder.span.start <= v.start < holder.span.end]
                    return first[0]
            return last
        # The latest sentence that names a candidate; in it, the first one named.
        last = candidates[-1]
        holder = next((x for x in analysis.sentences
                       if x.span.start <= last.start < x.span.end), sent)
        in_holder = [v for v in candidates if holder.span.start <= v.start < holder.span.end
                     and v.form == "name"]
        if len(in_holder) > 1 and not _WARSHIP_KIND.search(kind):
            # "the USS Carney intercepted the dhow Al Raheeb ... The vessel had sailed from Jask":
            # not the warship, named with its navy's prefix
            merchant = [v for v in in_holder if not analysis.attrs("Vessel", v.key).get("prefixed")]
            in_holder = merchant or in_holder
        return in_holder[0] if in_holder else last
