"""Organisations and persons: suffixes, acronyms and titles; no statistical model."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain

from .base import Analysis, Mention
from .dates import WHEN_WORD
from .gazetteer import data_text
from .prefilter import rx
from .text import normalize

_CAP = r"[A-Z][\w&'’\-]*"
# "the Nigerian Navy on Sunday": a time after a name is no part of it
_WHEN = WHEN_WORD
_ORG_SUFFIX = rx(
    r"\b(?:" + _CAP + r"\s+){0,5}?(?:" + _CAP + r"\s+)(?:Ltd|LLC|Inc|FZE|FZCO|FZC|FZ|DMCC|Co\.? Ltd|Co|Corp|"
    r"Corporation|Company|GmbH|S\.A\.|SA|AG|PLC|LLP|Limited|JSC|PJSC|OOO|Pte\.? Ltd|SARL|BV|B\.V\.|NV|"
    r"Sdn\.? Bhd|Bhd|A/S|Srl|S\.r\.l\.|"
    # (register and sanctions lists in capitals: "SEA STAR SHIPPING CO LTD")
    r"LTD|LIMITED|INC|CORP|CORPORATION|COMPANY|CO\.? LTD)\b"
    # a free zone's suffix after the form: "Caravella LLC FZ", "Sea Star Ltd FZE"
    r"(?:\s+(?:FZ|FZE|FZCO|FZC|FZ-LLC|DMCC))?\b"
    # the full stop of an abbreviation, not one that ends the sentence after "Company"
    r"(?:(?:(?<=Ltd)|(?<=Inc)|(?<=Corp)|(?<=Co))\.)?")
_ORG_HEAD = rx(
    # ("Two Russian Navy landing ships": a count opens no name)
    r"\b(?:the\s+)?(?P<name>(?!(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|Some|Several|Many|"
    r"All|Most|Other|Our|Their|Its|This|That|These|Those|Each|Every|Any|No)\s)"
    # ("the Maritime and Port Authority of Singapore"; not "Finland and Port Authority officials")
    # ("the Asset Recovery and Management Agency", "the Ports and Maritime Organization": a
    # field of government joined to the next, not a name: "Reuters and Kpler Analytics")
    r"(?:(?:(?:" + _CAP + r"\s+){0,2}(?:Recovery|Rescue|Safety|Security|Gas|Commerce|Industry|Industries|"
    r"Commonwealth|Development|Finance|Justice|Interior|Defen[cs]e|Environment|Infrastructure|"
    r"Communications|Oceans|Mines|Minerals|Agriculture|Food|Immigration|Revenue|Excise|Investment|"
    r"Planning|Research|Enforcement|Ports|Navigation|Economy|Trade|Maritime|Marine|Transport|Customs|"
    r"Fisheries|Energy|Shipping))\s+and\s+(?=[A-Z]))?"
    r"(?:" + _CAP + r"\s+){0,4}(?:Ministry|Directorate|Agency|Authority|"
    r"Institute|Council|Committee|Panel|Navy|Coast Guard|Customs|Office|Bureau|Service|"
    r"Department|Commission|Union|Group|Organisation|Organization|Administration|Court|Command|"
    r"Review|Journal|News|Weekly|Monitor|Intelligence|Desk|Bulletin|Digest|Ledger|Log|Notes|"
    r"School|University|Foundation|Centre|Center|Society|Association|Forum|Fund|Network|"
    r"Initiative|Services|Shipping(?: Lines?)?|Lines|Holdings|Logistics|Navigation|Shipmanagement|"
    # ("the Outlaw Ocean Project", "the Arms Trade Observatory")
    r"Project|Programme|Campaign|Coalition|Alliance|Observatory|Trust|Team|"
    # ("Aegean Trust Maritime", "Union Marine": a firm's last word, after a word of its name)
    r"(?<=[A-Za-z]\s)(?:Maritime|Marine)(?!\s+(?-i:[A-Z])|\s+(?:officials?|authorities|sources|experts|"
    r"industry|sector|analysts|workers|security|traffic|law|data|insurance|trade|corps|forces|units?|"
    r"police|patrols?|border|environment|pollution|domain)\b)|"
    # "Dubai-based Gatik Ship Management"
    r"Ship\s+Management|Ship\s?[Mm]anagers|"
    # "S&P Global Commodity Insights", "the Baltic Exchange", "Lloyd's Register"
    r"Fleet|Insights|Analytics|Consulting|Consultancy|Advisory|Partners|Associates|Exchange|Register|"
    # "Maxar Technologies", "Planet Labs"
    r"Technologies|Technology|Labs|Systems|Solutions|Airlines|Airways|Railways|"
    # "the Financial Times", "the Washington Post": newspapers
    r"(?:Times|Post|Herald|Telegraph|Gazette|Tribune|Chronicle)\b(?!\s+(?-i:[A-Z]))|"
    # "the Japan Maritime Self-Defense Force", "the Revolutionary Guard Corps", "the Border Guard"
    r"(?:Self-Defen[cs]e|Air|Naval|Task|Defen[cs]e|Armed|Border|Security|Quds|Support|Police)\s+Forces?|"
    r"Guards?\s+Corps|Border\s+Guard)\b"
    r"(?:\s*\b(?:of|on|for)\s+(?:the\s+)?(?!" + _WHEN + r")(?:" + _CAP + r"\s*){1,4}(?:and\s+(?:" + _CAP +
    r"\s*){1,3})?){0,2})")
_SHIP_WORD_BEFORE = re.compile(r"\b(?:tanker|vessel|ship|carrier|freighter|bulker|VLCC|ULCC|Aframax|Suezmax|"
                               r"Panamax|Supramax|Handysize|MV|MT|M/V|M/T|ferry|trawler)\s+$", re.I)
# "the Bank of China", "the Central Bank of Iran", "Export-Import Bank": a bank (not a sandbank:
# "Dogger Bank", "Hurd's Bank", nor "the West Bank")
_BANK = rx(r"\b(?:(?:Central|National|State|Development|Export-Import|Commercial|Investment|World|"
           r"People['’]s|Reserve|Federal|Agricultural|Industrial)\s+)*Bank\s+of\s+(?:the\s+)?"
           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|"
           r"\b(?:Central|National|Development|Export-Import|Commercial|Investment|World)\s+Bank\b")
# "tracking firm SeaTrace", "the research group Open Sea Watch": a name set after what it is.
_ORG_DESCRIBED = rx(
    r"\b(?:firm|company|group|consultancy|think[- ]tank|NGO|watchdog|outlet|platform|provider|"
    r"brokerage|insurer|organi[sz]ation|non-?profit|startup|start-up|"
    # (who may be a person: "Greek shipowner Evangelos Pistiolis")
    r"(?P<either>[Bb]roker|[Ss]hipowner|operator|charterer|trader))\s+(?!(?:The|A|An|In|On|At|As|But|And|Its|Their|It|This|That|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Last|Earlier|Later)\b)"
    r"(?P<name>[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*){0,3})")
# "United Against Nuclear Iran, an advocacy group that tracks tankers", "at Ocean Sentinel, a
# maritime intelligence firm,": a name with what body it is set after it
# (found by what it is, then the name just before it: tried only where such a word stands)
_ORG_APPOSED = rx(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|consultancy|think[- ]tank|NGO|watchdog|"
    r"organi[sz]ation|non-?profit|charity|advocacy\s+group|campaign\s+group|research\s+group|"
    r"lobby\s+group|pressure\s+group|monitoring\s+group|institute|data\s+provider|analytics\s+provider)"
    # ("Oboronlogistika, a company controlled by the defence ministry")
    r"(?=\s*[,.;]|\s+(?:that|which|based|in|with|founded|run|owned|whose|of|for|controlled|managed|"
    r"linked|tied|registered|set\s+up|created|established|headquartered|sanctioned|designated|"
    r"affiliated|belonging)\b)")
# "names a Hong Kong company, Silverline Energy Trading, as the buyer": what body it is, then
# its name set off by commas
_ORG_NAMED_AFTER = rx(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|consultancy|think[- ]tank|NGO|"
    r"trading\s+house|trader|shipowner|ship\s?manager|operator|front\s+company|shell\s+company|"
    r"subsidiary|affiliate),\s+"
    r"(?!(?:The|A|An|In|On|At|As|But|And|Its|Their|It|This|That|Which|Who|According|Based|Registered)\b)"
    r"(?P<name>[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|for|and)){0,4}?)"
    r"(?=,|\s+(?:as|which|that|was|is|has|had|said|says|for|in|of)\b)")
# who holds or runs a thing named after: "the owner of the ", "the tanker "
_HOLDER_OF = re.compile(r"\b(?:(?:owners?|managers?|operators?|charterers?|insurers?|buyers?|sellers?|"
                        r"shipowners?)\s+of\s+(?:the\s+)?|(?:tanker|vessel|ship|carrier|freighter|bulker)\s+)$",
                        re.I)
_NAME_BEFORE_APPOSED = re.compile(
    r"(?<![\w'’-])(?!(?:However|Meanwhile|Instead|Separately|Still|Also|Yet|Today|Earlier|Later|Then|"
    r"Last|Next|Now|Here|There|Indeed|Moreover|Overall|Finally|Since|After|Before|In|On|At|By|The)\b)"
    r"(?P<name>[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|for|on|against|and)){0,5}?)$")
# "the ship's Athens-based manager, Dynacom, said": one word set after who runs a ship is a
# body (two or more may be a person's name: "its owner, Oleg Petrov,")
_ORG_ROLE = rx(r"\b(?:manager|owner|operator|charterer|insurer|shipowner|parent\s+company)s?,\s+"
               r"(?P<name>[A-Z][\w&'’-]+)(?=,|\s+(?:said|says|denied|declined|did|has|had|was|is)\b)")
# "owned by IRISL": an acronym that owns or runs a ship is a body
_ORG_BY = rx(r"\b(?:owned|operated|managed|chartered|controlled|run|insured)\s+by\s+(?:the\s+)?"
             # ("owned by Transmorflot": one word, no given name)
             # (not a word that qualifies the noun after it: "insured by Western clubs", "owned
             # by Greek interests")
             r"(?!(?:Western|Eastern|Northern|Southern)\b)"
             r"(?P<name>[A-Z]{3,8}|[A-Z][a-z]{4,}(?:[A-Z][a-z]+)*)\b(?![\s-]+[A-Z0-9])(?!['’]s\b)"
             r"(?!\s+(?:clubs?|firms?|compan(?:y|ies)|owners?|interests|insurers?|entities|shipowners?|"
             r"businesses|groups?|traders?|banks?|investors?|operators?|managers?|individuals|nationals|"
             r"people|hands|actors|businessmen|oligarchs|state|government)\b)|"
             # "satellite images reviewed by TankerWatch": who analysed the sources (one word
             # in two cases, or an acronym)
             r"\b(?:reviewed|analy[sz]ed|provided|compiled|obtained|gathered|collected|published|"
             r"released|processed)\s+by\s+(?:the\s+)?"
             r"(?P<name2>[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z]{3,8})\b(?![\s-]+[A-Z0-9])")
# "managed by Athens-based Meridian Tankers", "Greek owner Meridian Tankers", "its operator, Kite
# Carriers,": a firm's name of several words, ending in a word of the trade, that owns or runs a ship
_ORG_FIRM_CUED = rx(r"\b(?:(?:owned|operated|managed|chartered|controlled|run|insured)\s+by\s+(?:the\s+)?"
                    r"(?:[A-Z][\w-]*-based\s+)?|(?:owner|manager|operator|charterer|shipowner)s?,?\s+)"
                    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s+(?:Tankers|Carriers|Maritime|Marine|"
                    r"Trading|Shipping|Navigation|Holdings|Shipmanagement|Logistics))\b")
_POSSESSIVE = re.compile(r"['’]s$")
_BASED = re.compile(r"-(?:based|registered|owned|flagged|linked|controlled|headquartered|"
                    r"incorporated|operated|managed)$", re.I)
_ACRONYM_DEF = rx(r"(?P<long>" + _CAP + r"\s+(?:(?:of|for|and|on|the|de)\s+|" + _CAP + r"\s+){0,8})"
                  r"\((?P<short>[A-Z]{2,6})\)")
_KNOWN_ORGS = {"CIA", "EU", "UN", "NATO", "OPEC", "PDVSA", "IMO", "OFAC", "FBI", "Houthis",
               "Hezbollah", "Hamas", "Rosneft", "Sovcomflot", "Gazprom", "Lukoil", "Chevron",
               "Wagner",
               # the data and news firms reporting cites ("Tanker Trackers co-founder X said")
               "Kpler", "Vortexa", "Windward", "MarineTraffic", "TankerTrackers", "Tanker Trackers",
               "Lloyd's List", "LSEG", "Refinitiv", "Argus", "Platts", "Bloomberg", "Reuters",
               "Equasis", "Clarksons", "Maxar", "Planet Labs", "Ambrey", "UKMTO",
               # bodies, campaigners and energy firms that reporting names without a head word
               "Interpol", "Europol", "IAEA", "Greenpeace", "Global Witness", "Amnesty International",
               "Human Rights Watch", "Aramco", "Sinopec", "PetroChina", "CNPC", "NIOC", "NITC", "IRISL",
               "Novatek", "Transneft", "Trafigura", "Vitol", "Glencore", "Gunvor", "Litasco",
               "Pemex", "Petrobras", "Sonangol", "Sonatrach", "NNPC", "ADNOC", "Petronas", "Pertamina",
               "ONGC", "Surgutneftegas", "Reliance Industries", "Nayara Energy", "IRGC",
               # security services and commands reporting names by their short form
               "SBU", "FSB", "GUR", "HUR", "CENTCOM", "IDF", "Pentagon", "MI6", "Mossad",
               "United Nations", "European Union", "African Union", "Arab League", "ASEAN", "G7"}
# "IMO 9555010" is a ship's number, not the organisation.
# ("KUM UN SAN 3": a word of a name in capitals, not the United Nations)
_KNOWN_ORG_RE = rx(r"(?<![A-Z]{2} )\b(?:" + "|".join(sorted(map(re.escape, _KNOWN_ORGS))) + r")\b"
                           r"(?![\s:#]*(?i:no\.?\s*|number\s*)?(?:(?:is|was)\s+)?\d)"
                           r"(?!\s+(?i:number|no\.|numbers)\b)"
                           r"(?![ \t]*[|\t]| {2})"  # nor a column's

                           # nor a place named after it: "the Windward Islands"
                           r"(?!\s+(?:Islands?|Isles?|Sea|Strait|Passage|Bay|Coast|Peninsula|Channel|"
                           r"Gulf|River|Cape|Point)\b)")
# a person's name: two or three capitalised words, a middle initial allowed ("Brian E. Nelson")
# (a particle before a surname: "Sa'id al-Jamal", "Osama bin Laden")
# ("Jan van der Berg", "Anna de Vries": particles of two words)
# (a given name of two letters too: "Li Wei", not a word of two: "In Tartus")
_PERSON = (r"(?!(?:In|On|At|As|An|It|If|Is|Of|Or|To|By|Be|Do|Go|He|Me|My|No|So|Up|Us|We|Oh)\s)"
           r"[A-Z][a-z][\w'’\-]*(?:\s(?:[A-Z]\.\s)?(?:(?:al|el|bin|ibn|abu|van|von|de|der|den|da|di|du|le|la)"
           r"[-\s]){0,2}[A-Z][a-z][\w'’\-]*){1,2}")
_TITLE = rx(
    r"\b(?:Minister|Director|President|Secretary|Spokesman|Spokeswoman|spokesman|spokeswoman|"
    r"Admiral|Captain|Chairman|Chief|Ambassador|Senator|Governor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
    r"General|Colonel|Prime Minister|[Ll]eader|[Aa]nalyst|captain|[Rr]esearcher|[Pp]rofessor|"
    r"[Cc]ommander|[Ee]conomist|[Ee]ditor|[Ss]kipper|[Ii]nspector|[Pp]rosecutor|[Jj]udge|"
    r"Lieutenant|Major|Sergeant|[Oo]fficer|"
    # "Brig. Gen. Yahya Saree", "Rear Adm. X", "Sen. X"
    r"(?:Brig|Gen|Col|Lt|Maj|Adm|Capt|Cmdr|Cdr|Sgt|Sen|Rep|Gov|Amb)\.|"
    # "Danish foreign minister Lars Lokke Rasmussen", "TankerTrackers co-founder Samir Madani"
    r"minister|director|president|secretary|chairman|chairwoman|ambassador|governor|envoy|"
    r"spokesperson|CEO|[Ff]ounder|[Cc]o-founder|[Cc]ampaigner|[Aa]ctivist|[Dd]iplomat|"
    r"[Ll]awmaker|[Ll]egislator|[Cc]orrespondent|[Jj]ournalist|[Ii]nvestigator|[Aa]dvis[eo]r)\s+"
    # "Secretary of State Antony J. Blinken", "Minister of Defence Sergei Shoigu"
    r"(?:of\s+(?:the\s+)?"
    r"[A-Z][a-z]+\s+(?=[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z]))?"
    r"(?P<name>" + _PERSON + ")")
# (a role's words before it: "senior", "fisheries", "Pentagon")
_ROLE = (r"(?:(?:[a-z][\w-]*|(?-i:[A-Z][\w.'’-]*))\s+){0,2}(?:analyst|researcher|"
         r"spokes(?:person|man|woman)|captain|master|director|official|expert|professor|fellow|"
         r"minister|ambassador|envoy|head|CEO|founder|editor|correspondent|lawyer|investigator|"
         r"adviser|advisor|owner|manager|chairman|president|commander|admiral|economist|consultant|"
         r"campaigner|activist|diplomat|lawmaker|legislator|executive|co-founder|attorney|prosecutor|"
         r"officer|scholar|journalist|reporter|specialist|strategist|"
         # "the son of a senior official", "a Houthi financier", "an Iranian businessman"
         r"son|daughter|brother|sister|wife|husband|nephew|niece|cousin|father|mother|"
         r"associate|financier|businessman|businesswoman|tycoon|oligarch|magnate|smuggler|"
         r"facilitator|operative|broker|shipbroker|trader|shipowner|banker|engineer|seafarer|"
         r"sailor|crewman|crew member)")
# "Jane Roe, a senior analyst at ...": a person's name set before their role
_NAME_ROLE = rx(r"(?:^|(?<=[.;:]\s)|(?<=\bto\s)|(?<=\n)|"
                # "OFAC designated Mohammad Hossein Shamkhani, the son of ...", "run by X, a ..."
                r"(?<=designated\s)|(?<=sanctioned\s)|(?<=targeted\s)|(?<=indicted\s)|(?<=charged\s)|"
                r"(?<=arrested\s)|(?<=\bby\s))(?!(?:The|A|An)\s)(?P<name>" + _PERSON + r"),\s+"
                r"(?:(?:an?|the|its|their|his|her|"
                # "Lars Rasmussen, Denmark's foreign minister, ..."
                r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}['’]s)\s+" + _ROLE + r"\b|"
                # "Samir Madani, co-founder of TankerTrackers, said"
                + _ROLE + r"\s+(?:of|at)\s+(?:the\s+)?(?-i:[A-Z]))"
                # (not "a sister ship of the Olga Sokol", "the owner company")
                r"(?![\s-]+(?:ships?|vessels?|tankers?|carriers?|freighters?|compan(?:y|ies)|firms?)\b)")
# "The ship's captain, Oleg Petrov, ...": a role and the name set after it
# ("A spokesperson for the Public Prosecution Service, Anna de Vries, said": the body between)
_ROLE_NAME = rx(r"\b" + _ROLE + r"(?:\s+(?:for|of|at|with)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}"
                r"[A-Z][\w.&'’-]*)?,\s+(?P<name>" + _PERSON + "),")
_SAID = rx(r"\bsaid\s+"
           # ("said Under Secretary Brian E. Nelson": the title is no part of the name)
           r"(?:(?:Under|Deputy|Assistant|Vice|Acting|Former|Foreign|Defen[cs]e|Prime|Treasury|State)\s+)*"
           r"(?:(?:Secretary|Minister|Director|President|Spokesman|Spokeswoman|Spokesperson|Admiral|"
           r"General|Senator|Ambassador|Governor|Chairman|Chairwoman|Commissioner|Chief|Commander|"
           r"Captain|Colonel|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"
           r"(?P<name>" + _PERSON + r")\b"
           # (not "said Grey Wren, flagged in Sierra Leone, had called": a ship's flag told)
           r"(?!,\s+(?:which\s+is\s+|now\s+|currently\s+)?(?:flagged|flying\s+the|sailing\s+under)\b)"
           # (nor "said Sea Breeze Star denied it": the subject of what was said, not who said it)
           r"(?=\s*[,.;:)\]]|\s*$|\s+(?:of|from|at|in|with|who|on|last|this|told|added|to|during|"
           r"after|before|when|while|and|a|an|the)\b)")
# "Michelle Wiese Bockmann of Lloyd's List said": a name before the body a speaker is of (the
# body checked to be one found)
_NAME_OF_BODY = rx(r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s)|(?<=\bsaid\s)|(?<=\baccording\s\sto\s))"
                   r"(?!(?:The|A|An|In|On|At|By|For|From|But|And)\s)(?P<name>" + _PERSON + r")\s+"
                   r"(?:of|at|from)\s+(?:the\s+)?(?P<body>[A-Z])")
# "Nikos Papadakis, 54, and Omar Haddad, 47, chartered ...": a name with an age set after it
_NAME_AGE = rx(r"(?<![Tt]he\s)\b(?!(?:The|A|An|In|On|At|By|For|From)\s)"
               r"(?P<name>[A-Z][a-z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]*){1,2}),\s+"
               r"(?:aged\s+)?(?:1[89]|[2-9]\d),(?=\s)")
# "Maria Zakharova said", "Jordan Peele said", "Chad Ellis told reporters": a person whose first
# name is a given name of the curated list or a state's name
_NAME_SAID = rx(r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=,\s)|(?<=\bto\s))(?P<name>(?P<first>[A-Z][a-z]+)\s"
                r"(?:[A-Z][a-z]+\s|[A-Z]\.\s)?(?P<last>[A-Z][a-z][\w'’\-]+))\s+(?:said|says|told|added|wrote|"
                r"noted|explained|warned|argued|stressed|insisted|acknowledged|confirmed|denied|"
                r"declined|estimated)\b")
_A_PERSON = re.compile(_PERSON)
_NAMED_SHIP_BEFORE = re.compile(r"(?i:\b(?:tanker|vessel|ship|freighter|carrier|bulker|VLCC|Aframax|"
                                r"Suezmax|ferry|M/[VT]|MV|MT)\s+)$")
_WORD_OF_NAME_AFTER = re.compile(r"\s+[A-Z0-9][\w'’-]*")
# words of firms' names, not persons' ("shipowner Capital Tankers", "trader Coral Energy")
_FIRM_WORD = re.compile(r"\b(?:Capital|Global|International|Group|Energy|Oil|Gas|Petroleum|Maritime|"
                        r"Marine|Shipping|Tankers|Trading|Holdings|Navigation|Lines|Line|Logistics|"
                        r"Resources|Partners|Star|Sea|Ocean|Ship|Ships)\b")
# bodies reporting names in full or by their short form
_SHORT_OF = {"United Nations": "UN", "European Union": "EU", "African Union": "AU",
             "Office of Foreign Assets Control": "OFAC", "International Maritime Organization": "IMO",
             # bodies reporting names by a short form of their own name, or of it in their language
             "Security Service of Ukraine": "SBU", "Federal Security Service": "FSB",
             "Islamic Revolutionary Guard Corps": "IRGC", "National Iranian Oil Company": "NIOC",
             "National Iranian Tanker Company": "NITC", "Islamic Republic of Iran Shipping Lines": "IRISL",
             "North Atlantic Treaty Organization": "NATO", "International Atomic Energy Agency": "IAEA",
             "Central Intelligence Agency": "CIA", "Federal Bureau of Investigation": "FBI",
             "Abu Dhabi National Oil Company": "ADNOC", "Oil and Natural Gas Corporation": "ONGC",
             "Association of Southeast Asian Nations": "ASEAN", "Petróleos de Venezuela": "PDVSA"}
_NOT_SURNAME = {"Ports", "Port", "Maritime", "Marine", "Shipping", "Petroleum", "Oil", "Energy", "Gas",
                "Times", "Post", "News", "Customs", "Police", "Navy", "Army", "Group", "Holdings",
                "Trading", "Lines", "Line", "Tankers", "Airways", "Telegraph", "Herald", "Daily",
                "Government", "Ministry", "Embassy", "Railways", "Steel", "Mining", "Bank", "Airlines"}


@cache
def known_org(name: str) -> bool:
    """Whether a name is one of the bodies known by name alone ("Houthis", "OFAC")."""
    return name in _KNOWN_ORGS


def given_names() -> frozenset[str]:
    """The curated given names (data/given_names.txt)."""
    return frozenset(line.strip() for line in data_text("given_names.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


class AgentExtractor:
    """Organisations and persons; they claim their spans before vessel names spread."""

    name = "agents"

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.text
        if analysis.doc.source:
            self._org(analysis, analysis.doc.source, None)
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            for m in _ACRONYM_DEF.finditer(text, s, e):
                long = _spelled(m["long"].strip(), m["short"])
                if long:
                    self._org(analysis, long, m.start("long"), alias=m["short"])
            for m in _ORG_SUFFIX.finditer(text, s, e):
                self._org(analysis, m.group().strip(), m.start())
            for m in _BANK.finditer(text, s, e):
                self._org(analysis, _without_state_tail(analysis, m.group()), m.start())
            for m in _ORG_HEAD.finditer(text, s, e):
                if _SHIP_WORD_BEFORE.search(text, max(s, m.start("name") - 20), m.start("name")):
                    continue  # "the tanker Moscow University": a ship's name, after its kind
                # "the Panel of Experts on the DPRK": the state it is about stands apart
                name = _without_state_tail(analysis, m["name"].strip())
                # ("The Panel investigated": a sentence's article and the head word alone name
                # no body)
                if len(re.sub(r"^(?:The|A|An)\s+", "", name).split()) >= 2 or name in _KNOWN_ORGS:
                    self._org(analysis, name, m.start("name"))
                elif name.startswith(("The ", "the ")):
                    self._short_name(analysis, name, m.start("name"))
            for m in _ORG_DESCRIBED.finditer(text, s, e):
                if m["either"] and _A_PERSON.fullmatch(m["name"]) and not \
                        _FIRM_WORD.search(m["name"]) and m["name"].rsplit(None, 1)[-1] not in _NOT_SURNAME:
                    start, end = m.start("name"), m.end("name")
                    if not analysis.taken(start, end) and not analysis.gazetteer.lookup(m["name"]):
                        analysis.add(Mention(start, end, m["name"], "Person", normalize(m["name"])))
                    continue
                self._org(analysis, m["name"], m.start("name"))
            for m in _ORG_NAMED_AFTER.finditer(text, s, e):
                if not analysis.gazetteer.lookup(m["name"]) and \
                        m["name"].split()[-1] not in ("of", "for", "and"):
                    self._org(analysis, m["name"], m.start("name"))
            for m in _ORG_APPOSED.finditer(text, s, e):
                named = _NAME_BEFORE_APPOSED.search(text, max(s, m.start() - 80), m.start())
                if named is not None and _HOLDER_OF.search(text, max(s, named.start() - 40), named.start()):
                    continue  # "the owner of the Ocean Raven, a company registered in ...": the owner
                if named is not None:
                    self._org(analysis, named["name"], named.start("name"))
            for m in chain(_ORG_BY.finditer(text, s, e), _ORG_ROLE.finditer(text, s, e),
                           _ORG_FIRM_CUED.finditer(text, s, e)):
                group = "name" if m["name"] else "name2"
                if m[group] in given_names():
                    continue  # "owned by Alexander": a person's given name
                if len(m[group].split()) == 2 and any(
                        x.kind == "State" for x in analysis.gazetteer.lookup(m[group].split()[0])):
                    continue  # "owned by Greek Tankers": whose they are, and what
                self._org(analysis, m[group], m.start(group))
            for m in _KNOWN_ORG_RE.finditer(text, s, e):
                if _NAMED_SHIP_BEFORE.search(text, max(s, m.start() - 20), m.start()) and \
                        _WORD_OF_NAME_AFTER.match(text, m.end()):
                    continue  # "the tanker Pentagon Star": a word of a ship's name
                self._org(analysis, m.group(), m.start())
            for m in _NAME_SAID.finditer(text, s, e):
                start, end = m.start("name"), m.end("name")
                # "Maria Zakharova said", "Jordan Peele said": a given name (or a state's name)
                # and a surname; a ship does not speak
                given = m["first"] in given_names() or any(
                    x.form == "name" for x in analysis.gazetteer.lookup(m["first"]))
                if m["last"] not in _NOT_SURNAME and not analysis.taken(start, end) and given and not \
                        analysis.gazetteer.lookup(m["last"]) and not analysis.gazetteer.lookup(m["name"]):
                    analysis.add(Mention(start, end, m["name"], "Person", normalize(m["name"])))
            for m in _NAME_OF_BODY.finditer(text, s, e):
                start, end = m.start("name"), m.end("name")
                body = [x for x in analysis.between(m.start("body"), m.start("body") + 1, "Organization")
                        if x.start == m.start("body")]
                if body and m["name"].rsplit(None, 1)[-1] not in _NOT_SURNAME and \
                        not analysis.taken(start, end) and not analysis.gazetteer.lookup(m["name"]):
                    analysis.add(Mention(start, end, m["name"], "Person", normalize(m["name"])))
            for pat in (_TITLE, _SAID, _NAME_ROLE, _ROLE_NAME, _NAME_AGE):
                for m in pat.finditer(text, s, e):
                    start, end = m.start("name"), m.end("name")
                    if m["name"].rsplit(None, 1)[-1] in _NOT_SURNAME:
                        continue  # "ship manager Ocean Star Shipping": a firm
                    if not analysis.taken(start, end) and not analysis.gazetteer.lookup(m["name"]):
                        analysis.add(Mention(start, end, m["name"], "Person", normalize(m["name"])))

    @staticmethod
    def _short_name(analysis: Analysis, name: str, start: int) -> None:
        """"The Panel" after "the Panel of Experts" (or the report's source, "UN Panel of
        Experts"): the one body the document named with that head word."""
        head = name.split()[-1]
        bodies = {k for (t, k), a in analysis.attributes.items() if t == "Organization"
                  and any(re.search(r"\b" + re.escape(head) + r"\b", n) for n in a.get("names", ()))}
        if len(bodies) != 1:
            return
        key = bodies.pop()
        begin = start + len(name) - len(head)
        if analysis.taken(begin, begin + len(head)):
            return
        analysis.add(Mention(begin, begin + len(head), head, "Organization", key))
        aliases = analysis.attrs("Organization", key).setdefault("aliases", [])
        if head not in aliases:
            aliases.append(head)

    @staticmethod
    def _org(analysis: Analysis, name: str, start: int | None, alias: str | None = None) -> None:
        # "Stream Ship Management FZE.": the full stop ends the sentence, not the name
        if re.search(r"\b[A-Z]{2,}\.$", name):
            name = name[:-1]
        words = name.split()
        while words and words[0].lower() in ("the", "a", "an", "and", "by", "of"):
            words.pop(0)
        # "the Hong Kong-based Silverline Shipping Ltd": where it is based is no part of its name
        based = [i for i, w in enumerate(words[:-1]) if _BASED.search(w)]
        if based:
            words = words[based[-1] + 1:]
        # "Turkey's Hatay Governor Office": the state that owns it is not part of its name
        if len(words) > 2 and _POSSESSIVE.search(words[0]) and any(
                e.kind == "State" for e in analysis.gazetteer.lookup(words[0][:-2])):
            words.pop(0)
        # "the Department of the Treasury's Office": the owner is the organisation named
        owner = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)), None)
        if owner is not None and owner >= 2:
            words = words[:owner + 1]
        name = _POSSESSIVE.sub("", " ".join(words))
        if not name or analysis.gazetteer.lookup(name):
            return
        if start is not None:
            start = analysis.text.find(name, start)
            if start < 0 or analysis.taken(start, start + len(name)):
                return  # a stretch another name already holds
        # ("UN" and "United Nations" in one report: one body)
        key = normalize(_SHORT_OF.get(name, name))
        if name in _SHORT_OF.values() or name in _SHORT_OF:
            alias = alias or (_SHORT_OF.get(name) or next(k for k, v in _SHORT_OF.items() if v == name))
        # "OFAC" after "Office of Foreign Assets Control (OFAC)": the same organisation
        key = next((k for (t, k), a in analysis.attributes.items() if t == "Organization"
                    and k != key and name in a.get("aliases", ())), key)
        source = analysis.doc.source or ""
        if source != name and (lead := _STATE_LEAD.match(source)) is not None and \
                source[lead.end():] == name and any(e.kind == "State" for e in analysis.gazetteer.lookup(
                    lead["state"])):
            # ("Department of the Treasury" in a report by the U.S. Department of the Treasury:
            # the body the report is by)
            key = normalize(source)
            alias = alias or name
        attrs = analysis.attrs("Organization", key)
        names = attrs.setdefault("names", [name])
        if name in _SHORT_OF and names[0] == _SHORT_OF[name]:
            names.insert(0, name)  # the fullest name the report uses is the body's name
        if alias and alias not in attrs.setdefault("aliases", []):
            attrs["aliases"].append(alias)
        if start is None:
            return
        analysis.add(Mention(start, start + len(name), name, "Organization", key))


# a state's name or word before a body's: "U.S. ", "Ukrainian ", "the Russian "
_STATE_LEAD = re.compile(r"(?:[Tt]he\s+)?(?P<state>U\.S\.|U\.K\.|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?=[A-Z])")


def _without_state_tail(analysis: Analysis, name: str) -> str:
    """A body's name without the state it is about or of, where two words or more come before
    it ("the Panel of Experts on the DPRK", "the Central Bank of Iran"; not "the Bank of China")."""
    tail = re.search(r"\s+(?:of|on|for)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*)$", name)
    bare = re.sub(r"^(?:The|the)\s+", "", name)
    if bare in _SHORT_OF or bare == analysis.doc.source:
        # ("the Security Service of Ukraine": a name known whole, with its short form; or the
        # body the report is by, named whole at its head)
        return name
    if tail and " " in name[:tail.start()].strip() and any(
            x.kind == "State" or x.kind in ("Port", "Place") and
            _FIRM_BEFORE_SEAT.search(name, 0, tail.start())
            for x in analysis.gazetteer.lookup(tail[1])):
        # (nor the city a firm sits in: "Starling Shipmanagement of Dubai")
        return name[:tail.start()]
    return name


# the last word of a firm's name, after which "of" tells where it sits
_FIRM_BEFORE_SEAT = re.compile(r"\b(?:Shipmanagement|Shipping|Services|Holdings|Logistics|Navigation|Lines|"
                               r"Management|Managers|Maritime|Marine|Trading|Tankers)$")


def _spelled(long: str, short: str) -> str | None:
    """The words before an acronym that it abbreviates: the shortest tail of them whose
    capitalised words' initials spell it ("the Treasury's Office of Foreign Assets Control
    (OFAC)": Office of Foreign Assets Control), else all of them if the initials at least
    begin it, else None."""
    words = long.split()
    for i in range(len(words) - 1, -1, -1):
        if not words[i][:1].isupper():
            continue
        initials = "".join(w[0] for w in words[i:] if w[:1].isupper())
        if initials.upper() == short.upper():
            return " ".join(words[i:])
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return long if short.upper().startswith(initials[:1].upper()) and len(words) <= 6 else None
