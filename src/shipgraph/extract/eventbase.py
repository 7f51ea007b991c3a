"""What the event rules share: clauses, negation and modality, dates, subjects, recording."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..model import CONFIDENCE_LEVELS
from .base import Analysis, Mention, Sentence
from .confidence import confidence_of, suspected_deed, suspected_spans
from .dates import (
    MONTHS,
    NUM_WORDS,
    TWICE,
    YEAR,
    Interval,
    TimeMention,
    format_interval,
    parse_iso,
    reversed_shift,
    same_preposition,
    unshifted,
)
from .prefilter import rx
from .text import CARGO_WORDS, FOLLOWED_AFTER, IN_CLAUSE

NEGATION = rx(
    # (not "not only", "not the first time": told as so, and more)
    r"\b(not(?!\s+(?:only|just|merely|(?:for\s+)?the\s+first\s+time)\b)|never|no(?!\.?\s?\d)|none|nothing|"
    r"nor|neither|denied|denies|deny|didn't|hasn't|wasn't|without|"
    # "rejected claims that the X had called at Nampo": a denial in other words
    r"(?:rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|contested)\s+"
    # ("dismissed Western media reports that")
    r"(?:the\s+|as\s+\w+\s+)?(?:(?:media|press|news|earlier|previous|recent|Western|western|foreign|"
    r"Ukrainian|American|US|British|unfounded|unsubstantiated)\s+){0,3}"
    r"(?:reports?|claims?|allegations?|accusations?|suggestions?|assertions?)\s+(?:that|of)|"
    # (not "Contrary to earlier reports, the X did call at Tartus": the reports are what is denied)
    r"contrary(?!\s+to\s+[^,;]{1,60},)|"
    # (not "using false AIS positions to disguise visits": a false signal, the deed stands)
    # (not "One refiner, which declined to be named, said": who speaks, not what is told)
    r"instead of|rather than|(?:refused|declined)(?!\s+to\s+(?:be\s+(?:named|identified)|comment)\b)|"
    r"failed to|false(?!\s+(?:AIS|positions?|flags?|papers|"
    r"documents|identit(?:y|ies)|names?|signals?|data|manifests?|declarations?|destinations?)\b)|"
    r"falsely|wrongly|erroneously|"
    r"mistakenly|incorrectly|"
    # "was prevented from docking at Sikka", "aborted its voyage to Sikka": kept from it
    # (not "has been unable to leave Novorossiysk": kept in it, so there)
    r"(?:prevented|barred|blocked|stopped|kept|banned|prohibited)\s+from|unable\s+to(?!\s+leave\b)|"
    # "has yet to unload at Sikka": not done
    r"(?:has|have|had|is|are|was|were)\s+yet\s+to|"
    r"(?:aborted|abandoned|cancell?ed|called\s+off)\s+(?:its|her|their|the|a)\s+(?:planned\s+)?"
    r"(?:voyage|trip|journey|passage|call|visit|delivery|port\s+call)|"
    # "imagery shows the landing ships X and Y missing from their berths at Tartus": not there
    r"(?:missing|absent|vanished)\s+from)\b|n't\b", re.I)
# what is told of a ship leaving for a port: "sailed for", "left for", "set off for"
_SAIL_FOR = r"(?:sail(?:ed|s|ing)?|left|depart(?:ed|s|ing)?|set\s+(?:sail|off|out))\s+for\s+"
# how laden a ship on its way is: "sailing empty to Ust-Luga", "in ballast"
_HOW_LADEN = r"(?:(?:empty|light|laden|unladen|in\s+ballast|(?:fully\s+)?(?:loaded|laden))\s+)?"
MODAL = rx(
    # "may have carried", "could have loaded": a hedge on what happened (see confidence), not
    # a hypothesis
    r"\b(expected|expects?|could(?!\s+have\s+\w+ed\b)|would|might(?!\s+have\s+\w+ed\b)|"
    r"(?-i:may)(?!\s+have\s+\w+ed\b)|will|plan(?:s|ned|ning)?|schedul\w*|intend\w*|bound for|"
    # (not "headed east and transferred ...": a way taken, not a destination meant)
    # (nor "headed into Tartus": it went in)
    r"(?:heading|headed)(?!\s+(?:north|south|east|west)(?:wards?|bound)?\b|\s+into\b)|due to|"
    r"en route(?!\s+from\b)|"
    # "is now sailing to Sikka", "was steaming towards Tartus": on the way, not there
    r"(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+|then\s+)?(?:sailing|steaming|travell?ing|"
    r"transiting|continuing|proceeding|making\s+(?:its|her|their)\s+way)\s+(?:on\s+)?(?:to|towards?|for)\b|"
    r"destined|tried|attempt\w*|turned (?:\w+ )?(?:away|back)|"
    # "is due at Rotterdam next week", "was being taken to Bandar-e Jask": not there yet
    r"(?:is|are|was|were)\s+(?:now\s+|also\s+)?due\s+(?:at|in|to|into|off)|"
    # (not "drifted before being towed to Sassnitz": it was)
    r"(?<!before\s)(?<!after\s)being\s+(?:taken|towed|escorted|brought|steered)\s+(?:back\s+)?(?:in)?to|"
    r"before berthing|if|unless|should|aims? to|set to|is to|was to|about to|prepar\w* to|"
    r"wants? to|wanted to|hop\w* to|s(?:ought|eeks?|eeking)\s+to|trying\s+to|tries\s+to|"
    # "charged with running a scheme to sell Iranian oil to buyers in China": what was meant
    r"(?:scheme|plot|bid|effort|conspiracy)s?\s+to(?=\s+[a-z])|conspir(?:ed|ing|e)\s+to|"
    # "ordered it to anchor off Tallinn": told to, not done
    r"(?:ordered|told|instructed|directed|asked|requested)\s+(?:it|her|them|the\s+(?:[\w-]+\s+)?(?:ship|"
    r"vessel|tanker|crew|captain|master)(?:\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z0-9])[\w'’-]*){0,3})?)\s+to\s+"
    r"(?!the\b|(?-i:[A-Z]))|"
    # the trade's words for a voyage arranged, not made: "has been fixed to load corn at Santos"
    r"(?:slated|poised|booked|fixed|lined\s+up|earmarked|chartered|hired|contracted)\s+to|"
    # ("was placed on subjects to lift crude at Santos": a charter still to be confirmed)
    r"(?:placed|put|held|fixed|booked)\s+on\s+(?:subjects|subs)\b|"
    # "was supposed to unload at Vadinar", "was meant to call at Sikka": a plan not carried out
    r"(?:supposed|meant|going)\s+to|"
    # "was loading fuel oil at Puerto Cabello for a voyage to Havana": the voyage it is for
    r"for\s+(?:a|an|the|its|her|their)\s+(?:[\w-]+\s+)?(?:voyage|trip|journey|run|passage)\s+to\b|"
    # (not "a VLCC that claims the flag of Guyana": a flag it flies, falsely or not)
    r"claims?(?!\s+that\b)(?!\s+(?:the|a|an|its)\s+(?:[\w-]+\s+)?(?:flag|registry|registration|nationality)\b)"
    r"|accus\w*|reportedly planning|asked|urged|called on|"
    # ("demanding that Turkey detain the ship")
    r"demand(?:s|ed|ing)?(?=\s+that\b)|"
    r"calls on|requested|recommend\w*|"
    # "was ordered to switch off the transponder": an order, not what was done (not "ordered to
    # the port of Bandar Abbas": taken there)
    r"(?:ordered|told|instructed|directed|pressed|pressured)\s+to(?=\s+(?!(?:the|a|an|its|her|their|port|"
    r"anchor|shore)\b)(?-i:[a-z]))|"
    # "was allowed to continue its voyage to India": where it may go on to
    # (not "was allowed to discharge at Paradip on 25 February": let in, and it did)
    # (nor "was allowed to leave Tripoli on Monday": let go from where it was, and it left)
    # (but "cleared to leave Piraeus" is leave given, not taken)
    r"(?:allowed|permitted)\s+to(?!\s+(?:discharge|unload|offload|dock|berth)\b)"
    r"(?!\s+(?:leave|depart)\s+(?:the\s+(?:port\s+of\s+)?)?(?-i:[A-Z]))|"
    r"(?:free|cleared)\s+to(?!\s+(?:discharge|unload|offload|dock|berth)\b)|continu\w*\s+(?:on\s+)?(?:its|her|their)\s+"
    r"(?:voyage|journey|passage|trip|way)\s+(?:to|toward|towards)\b|"
    # "later sailed for the Indian port of Vadinar": where it went, not that it got there
    + _SAIL_FOR + r"(?:the\s+)?"
    r"(?=(?-i:[A-Z])|port\b|harbou?r\b)|"
    # "Their destination, as on earlier runs, is likely Tartus": where it means to go
    r"destinations?(?:,[^,;]{0,60},)?\s+(?:is|was|are|were|remains|listed|declared|given)|"
    # "seized ... while sailing from Kuwait to Houston": a voyage broken off before its end
    # ("was sailing to Lome when it was seized")
    # ("was seen sailing to Nampo")
    # ("had been sailing from Korfez to Pipavav" when it was seized)
    r"(?:while|as|when|was|were|had\s+been)\s+(?:it\s+was\s+|she\s+was\s+)?(?:(?:last\s+)?(?:seen|tracked|spotted|"
    r"observed|photographed|imaged|detected)\s+)?(?:sailing|travell?ing|steaming|"
    r"transiting)\s+" + _HOW_LADEN + r"(?:from\s+[^,;.]{1,60}?\s+)?(?:to|towards?)\b|"
    # "was on its way from Port Klang to Yantian"
    r"\b(?:on|en)\s+(?:its|her|their|the)\s+way\s+(?:from\s+[^,;.]{1,60}?\s+)?(?:to|towards?)\b|"
    # ("was on passage from Kandla to Suez", "on a voyage from Basra to Durban", "en route from
    # Jask to Port Sudan": where it was going, not where it came)
    r"\b(?:on\s+(?:(?:its|her|their|the|a)\s+(?:[\w-]+\s+)?(?:voyage|journey|transit)|passage)|"
    r"en\s+route)\s+from\s+[^,;.]{1,60}?\s+(?:to|towards?)\b|"
    # "The X, sailing from Ust-Luga to Mumbai, was held at Tallinn"
    # (not a round trip told as made: "made a run, sailing from Novorossiysk to Tartus and
    # returning with vehicles")
    # (or hedged: ", probably sailing to Havana")
    r"(?<=,\s)(?:(?:apparently|probably|possibly|presumably|likely|perhaps|reportedly)\s+)?"
    r"(?:sailing|travell?ing|steaming|transiting)\s+" + _HOW_LADEN +
    r"(?:from\s+[^,;.]{1,60}?\s+)?(?:to|towards?)\b|"
    # "Had the X docked at Tartus, it would have been seized": a condition not met
    r"(?-i:Had)\s+(?:the|it|she|they)\s|"
    # "Her next port of call is Dakar", "its next stop": where it is to go
    # (not "sailed on to its next port of call, Djibouti, where it berthed")
    r"next\s+(?:port(?:\s+of\s+call)?|port\s+call|call|stop|stopover|destination)\s+(?:is|will|would|"
    r"could|may|might|was\s+(?:to|due|expected|scheduled|planned))|"
    # a charter fixed for a voyage not yet made: "was fixed to load at Primorsk for Sikka"
    # ("was fixed by a trader to load ...", "was booked for a voyage from Ceyhan")
    r"(?:fixed|chartered|booked|contracted|nominated)\s+(?:by\s+(?:[\w'’&.-]+\s+){1,4}?)?"
    r"(?:to\s+(?:load|lift|carry|discharge|deliver|take|ship)|for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:voyage|trip|cargo|lifting|loading|run|liftings))|"
    # "it is likely to unload next week" looks ahead; "is likely to have unloaded" does not
    r"(?:is|are|was|were)\s+(?:also\s+|still\s+)?(?:un)?likely\s+to(?!\s+(?:have|be)\b))\b",
    re.I)
# A ship taken to a port by others ("was escorted to Lagos", "towed back to", "took the tanker
# to"): no voyage of its own ended there.
FORCED_TO = rx(r"\b(?:(?:taken|towed|escorted|diverted|forced|ordered|redirected|steered|seized|brought|"
               r"detained|held)(?:\s+(?:it|her|them|the\s+(?:\w+\s+)?(?:ship|vessel|tanker)))?|"
               # ("boarded the ship and escorted it to the port of Piraeus")
               r"took\s+(?:it|her|them|the\s+(?:\w+\s+)?(?:ship|vessel|tanker))|"
               # ("police boarded the vessel and moved it to an anchorage near Porvoo")
               r"(?:moved|shifted|sailed)\s+(?:it|her|them|the\s+(?:\w+\s+)?(?:ship|vessel|tanker))|"
               # ("a car carrier they seized and took to the port of Hodeidah")
               r"(?:seized|captured|hijacked|boarded|commandeered)\s+and\s+(?:then\s+)?took)\s+"
               r"(?:(?:back|away|under\s+guard)\s+)?(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# how many ships a text counts without naming them: "nine tankers", "dozens of vessels"
# a count's hedge before it: "at least 14", "more than six"
ROUGHLY = r"(?:(?:at\s+least|more\s+than|about|nearly|almost|over|some)\s+)?"
COUNT_WORDS = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|several|many|"
               r"multiple|numerous|\d+)")
# "discharged wheat loaded in Sevastopol at Samsun", "arrived ... with diesel loaded at Taman": a
# cargo told by where it was loaded, a participle that is no deed of the clause (up to the port
# it names)
CARGO_THEN_LOADED = (CARGO_WORDS + r"\s+(?:it\s+had\s+|that\s+had\s+been\s+|which\s+had\s+been\s+|)"
                     r"(?:loaded|taken\s+on|bought|purchased|lifted|shipped)\s+(?:at|in|from)\s+(?:the\s+)?"
                     r"(?:port\s+of\s+)?$")
CARGO_LOADED_AT = rx(r"\b" + CARGO_THEN_LOADED, re.I)
ARRIVING = rx(IN_CLAUSE + r"{0,40}?,\s+(?:arriving|reaching|docking|berthing|"
              # "departed for Mersin, where it took on a cargo of steel"
              r"where\s+(?:it|she|they|the\s+(?:ship|vessel|tanker))\s+(?:\w+ly\s+|later\s+|then\s+)?"
              # ("where it is believed to have discharged its cargo": hedged, see confidence)
              r"(?:(?:is|was|are|were)\s+(?:believed|thought|understood|assessed|suspected|said|reported|"
              r"likely)\s+to\s+have\s+|(?:may|might|could|must)\s+have\s+|appears\s+to\s+have\s+)?"
              r"(?:took\s+on|taken\s+on|loaded|unloaded|offloaded|discharged|docked|berthed|delivered|collected|"
              r"picked\s+up|called|anchored|moored|arrived|"
              # "headed to Sohar, where it stopped for three days"
              r"stopped|stayed|remained|waited|spent|lay|sat|idled)|"
              # "sailed toward Houston, where the cargo was offloaded in August": its load was
              r"where\s+(?:(?:its|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?" + CARGO_WORDS +
              r"\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?(?:offloaded|unloaded|"
              # ("bound for Constanta, where the cargo was later moved onto a larger vessel")
              r"discharged|delivered|landed|(?:moved|transferred|trans-?shipped|reloaded)\s+(?:on)?to)|"
              # "headed to Baniyas, where imagery from 11 May shows a tanker of its size"
              r"where\s+(?:(?:satellite|commercial|aerial)\s+)?(?:imagery|images|photos|"
              r"photographs|pictures|AIS\s+data|tracking\s+data|port\s+(?:records|data))\b"
              r"[^.;,]{0,30}?\s(?:shows?|showed|shown|placed?|puts?|captured|recorded|confirm(?:s|ed)?))\b",
              re.I)
# Where a clause begins: after ; or :, or a contrastive or temporal conjunction.
_PAST = r"(?:[a-z]+ed|went|left|came|made|took|ran|sent|brought|lay|spent|sold|met|began)\b"
CLAUSE_START = rx(r"[;:]|,\s+(?:but|while|whereas|although|though)\b|\bbut\b|\bwhile\b|"
                  # "was refused entry at Sikka and then sailed to Fujairah", "which was due at
                  # Sikka, instead anchored off Fujairah": a deed of its own, told in the past
                  r"(?:\band|,)\s+(?:then|later|subsequently|eventually|instead|afterwards)\s+(?=" +
                  _PAST + ")|"
                  # "Officials did not detain it, and the ship left Tripoli on June 8": a clause with a
                  # subject of its own, told in the past
                  r",\s+and\s+(?=(?:the\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|freighter|bulker)"
                  r"(?:\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z0-9])[\w'’-]*){0,2})?|"
                  r"it|she|(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z0-9])[\w'’-]*){0,2})\s+"
                  r"(?:then\s+|later\s+|finally\s+)?" + _PAST + ")")
# "refused entry to its sister ship, the Ursa Minor, which then pulled into Haldia": a relative
# clause that tells a deed of its own in the past
# ("No sign yet of the Aframax Nadia which left Primorsk on Sep 20": a name's own clause)
_WHICH_DEED = rx(r"(?:,\s+|(?<=[\w\"”’])\s+)which\s+(?:(?:then|later|subsequently|eventually|instead|"
                 r"afterwards)\s+)?(?=" + _PAST + ")")
# Finer clause edges, for choosing which time expression an event takes.
# (or a passive of its own after "and": "sailed from Jask on 18 June and was seized off Mocha on 28
# June")
_CLAUSE_EDGE = rx(r";|,\s+(?:and|but|when|where|while|whereas|although|though|after|"
                          r"before|then)\b|\b(?:when|where)\b|"
                          # ("seized the X in the port of Izmail after it was found to have carried
                          # stolen grain last year": a clause with a subject of its own)
                          r"\s(?:after|because)(?=\s+(?:it|she|they)\s+(?:was|were|had)\s+(?:\w+ly\s+)?"
                          r"(?:(?:found|shown|discovered|revealed|proved|reported|said|alleged|"
                          r"suspected|believed)\s+to\s+have|accused\s+of\s+having)\b)|"
                          r"\s+and\s+(?:then\s+|later\s+)?(?:was|were)(?=\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)|"
                          # ("left Vostochny on June 27 and its AIS signal stopped two days later": a
                          # subject of its own, the ship's part)
                          r"\s+and\s+(?=(?:its|her|their)\s+(?:[\w-]+\s+){1,2}?(?:\w+ed|went|fell|was|were)\b)|"
                          # ("arrived on January 18, followed two days later by the X": the deed of
                          # the ship after "by")
                          + FOLLOWED_AFTER + r"\b(?=[^.;,]{0,30}?\bby\b)")
# a name set off by commas beside another: ", the Kum Un San 3,", ", Syria,"
_BESIDE_NAME = r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3},(?=\s)"
# (or what the ship had aboard: ", carrying 30,000 tonnes of gasoil loaded at Fujairah,")
_RELATIVE_HEAD = (r",\s+(?:which|who|that|"
                  # ("the X, a coal carrier that had loaded at Vostochny,")
                  r"an?\s+(?:[\w-]+\s+){0,3}?(?:tanker|vessel|ship|carrier|freighter|bulker)\s+(?:that|which)\s|"
                  # ("Sevastopol, a port Russia has occupied since 2014,": a clause with a subject
                  # of its own, set beside a place)
                  r"an?\s+(?:[\w-]+\s+){0,2}?(?:port|city|town|harbou?r|terminal|region|peninsula|"
                  r"territory|island|province)\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z][\w'’-]*\s+"
                  r"(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|s)\b|"
                  r"(?:an?\s+(?:[\w-]+\s+){0,3}?)?(?:(?:first|once|previously|"
                  r"later)\s+)?(?:[a-z]+(?:ed|en|wn)|built|sold|bought|held|made|sent|caught|laid|kept|"
                  # ("renamed Kaiser in 2021", "reflagged to Cameroon in May")
                  r"run)(?:\s+(?:to\s+|as\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3})?"
                  r"\s+(?:by|in|on|at|for|from|under|over|after|during)\b|"
                  r"(?:carrying|laden with|loaded with|with a cargo of|hauling|sailing|travell?ing|"
                  r"steaming|transiting|(?:on|en)\s+(?:its|her|their|the)\s+way|en\s+route)\s)"
                  # (not the comma of a number: "30,000 tonnes", nor those around a name set
                  # beside another: "with a vessel, the Kum Un San 3, in May", "at Tartus, Syria,")
                  r"(?:[^,;]|,(?=\d{3}\b)|" + _BESIDE_NAME + r")*")
# ("which had taken on 3,000 tonnes ...,"; its closing comma may open the next: ", owned by X
# Ltd, which was sanctioned in 2022,")
RELATIVE = rx(_RELATIVE_HEAD + r"(?=,(?!\d{3}\b))(?!" + _BESIDE_NAME + ")")
# one that closes the sentence: "met the Y, designated by the US in 2018."
_WENT_ON = re.compile(r"\b(?:went\s+on\s+to|later|subsequently|afterwards)\b")
RELATIVE_TO_END = rx(_RELATIVE_HEAD + r"$")
_PRESENT = rx(r"\b(?:remains(?! (?:unclear|uncertain|unknown|unconfirmed|to be)\b)|"
              r"is (?:still |now |currently )?(?:moored|anchored|berthed|docked|"
                      r"alongside|at|in|laid up|idle|waiting|idling|loitering|drifting|lying|"
                      # ("is laden with Iranian crude and idling off Tanjung Pelepas")
                      r"laden\s+with\s+[^,;.]{1,40}?\s+and\s+(?:idling|waiting|anchored|loitering|drifting|"
                      r"lying|moored)|"
                      # "is currently loading at Primorsk": under way as the report is written
                      r"loading|unloading|discharging|offloading)|"
                      r"are (?:still |now |currently )?(?:moored|anchored|at|"
                      r"in|waiting)|"
                      # (not a standing one told in an aside: "The X, which is designated by the UN,")
                      r"(?:is|are) (?:being |now |hereby |(?<!which is )(?<!which are )(?<!that is )"
                      r"(?<!that are ))(?:designated|sanctioned|blacklisted|listed)|"
                      # ("The following vessels are identified as property in which blocked persons
                      # have an interest:")
                      r"(?:is|are) (?:being |now |hereby )?identified as (?:blocked )?property\b|"
                      r"(?:is|are) (?:also |now |today |hereby )?(?:designating|sanctioning|blacklisting)|"
                      r"(?:was|were) (?:still|now|currently) (?:moored|anchored|berthed|docked|alongside|"
                      r"at|in|held|detained)|lies|sits|still in port|at (?:the )?time of writing)\b", re.I)


# how a ship still there came: "..., where it arrived", "after being seized"
_CAME_THERE = rx(r",\s+where\s+(?:it|she|they|the\s+\w+)\s+(?:(?:had|has|was|were)\s+(?:been\s+)?)?"
                 r"(?:arrived|docked|berthed|anchored|moored|taken|brought|towed|escorted|sailed)\b|"
                 r",\s+where\s+(?:[\w-]+\s+){0,3}?(?:took|brought|towed|escorted|steered|diverted)\s+(?:it|her)\b|"
                 r"\b(?:after|since)\s+(?:being|it\s+was|it\s+had\s+been)\s+(?:seized|detained|taken|towed|"
                 r"brought|escorted|impounded)\b")


def clause_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding `pos` begins (after the last ;, : or contrastive conjunction)."""
    start = s
    # (looking past `pos`: what opens a clause may be known by the words after it, "..., and the
    # Laodicea left")
    for m in CLAUSE_START.finditer(text, s, min(len(text), pos + 80)):
        if m.end() > pos:
            break
        start = m.end()
    return start


_REPORT_THAT = rx(r"\b(?:reports?|claims?|allegations?|suggestions?|accounts?|rumou?rs?)\s+that\b", re.I)
_REFUTED = rx(IN_CLAUSE + r"{0,120}?\s(?:are|were|is|was|have\s+been|has\s+been)\s+(?:(?:completely|entirely|"
              r"totally|simply|patently|all)\s+)?(?:false|untrue|inaccurate|baseless|unfounded|fabricat\w+|"
              r"fake|incorrect|wrong|denied|dismissed|rejected)\b", re.I)


# a claim the text takes back: "An earlier version of this article said the X called at Rajin",
# "the ship was wrongly reported to have docked" (not a ship's own false signal: "falsely
# reported its position while it loaded at Sikka")
_RETRACTED = rx(r"\b(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:article|story|report|"
                r"piece|post|note)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|"
                r"reported|wrote)\b(?!\s+(?:its|her|their)\s)", re.I)
_AND_THAT = rx(r",?\s+and\s+that\b")
_SAID = rx(r"\b(?:said|says|say|told|added|noted|stated|confirmed|explained)\b")


def blocked_as_said(text: str, s: int, start: int, end: int) -> bool:
    """`blocked`, where a second thing said has its own denial or none: "The operator said it no
    longer trades there and that its last port of call was Mumbai" (not "recommend ... and that
    the tankers be designated", nor "denied that ... and that ...": the verb governs both)."""
    ands = list(_AND_THAT.finditer(text, s, end))
    said = _SAID.search(text, s, end)
    if ands and said and said.end() <= ands[-1].start() and not blocked(text, s, s, said.end()):
        return blocked(text, ands[-1].end(), ands[-1].end(), end)
    return blocked(text, s, start, end)


_CHARGE_ASIDE = rx(r",\s+(?:(?:previously|long|once|repeatedly|also|widely|already)\s+)?"
                   r"(?:accused|suspected)\s+of\s+[^,;]{1,80},")
_FROM_AT_END = re.compile(r"\bbound\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s+"
                          r"from\s+(?:the\s+)?"
                          r"(?:port\s+of\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}$")
_SAILED_FOR_LADEN = re.compile(r"\b" + _SAIL_FOR + r"(?:the\s+(?:port\s+of\s+)?)?[A-Z][\w'’.-]*"
                               r"(?:\s[A-Z][\w'’.-]*){0,2}"
                               r"(?:\s+(?:on|in|late\s+on|early\s+on)\s+[\w .]{1,20}?)?"
                               r"\s+(?:with|carrying|laden\s+with)\s")
# "was sailing from Ust-Luga to Jeddah with a cargo of fertiliser": a voyage under way, laden
_UNDERWAY_LADEN = re.compile(r"\b(?:sailing|steaming|travell?ing|transiting|heading|headed|en\s+route)\s+" +
                             _HOW_LADEN + r"(?:from\s+[^,;.]{1,60}?\s+)?(?:to|towards?|for)\s+"
                             r"(?:the\s+(?:port\s+of\s+)?)?[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2}"
                             r"(?:,\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?,?)?"
                             r"(?:\s+(?:on|in|late\s+on|early\s+on)\s+[\w .]{1,20}?)?"
                             r"\s+(?:with|carrying|laden\s+with)\s")
_UNDERWAY_WORD = re.compile(r"\b(?:sail|head|steam|travel|transit|en route|on (?:its|her|their|the) way)")
_LADEN_BOUND = re.compile(r"\b(?:sailed|left|departed|set\s+sail|sailing|leaving|departing)\b[^;]{0,80}?\b"
                          # ("... with fuel oil destined for Rotterdam")
                          r"(?:(?:with|carrying|laden\s+with)\s[^;]{1,60}?\b(?:bound|destined)\s+for\s|"
                          # ("departed Jose on Jan. 3 bound for China with Merey crude")
                          r"bound\s+for\s[^;]{1,40}?\b(?:with|carrying|laden\s+with)\s)")
_RETURNED_AFTER = re.compile(r"\s+and\s+(?:then\s+|later\s+)?return(?:ing|ed)\b")
_DESCRIBED_ASIDE = re.compile(r"(?<=[\w)]),\s+(?:the|an?)\s+(?:only|first|last|sole|one|other|largest|"
                              r"oldest|newest|biggest|smallest)\s[^,;()]{1,80},")
_DENIED_ASIDE = rx(r",\s+(?:not|never|wrongly|falsely|mistakenly|incorrectly|erroneously)\s+"
                   r"(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,;]{0,60},")


_LOAD_MAY_BE = re.compile(r"\b(?:bags|sacks|boxes|crates|containers|cases|drums|barrels|packages|pallets|"
                          r"cargo|cargoes|goods|items|objects|loads?)\s+(?:that|which)\s+(?:may|might|could|"
                          # ("containers that we assess are likely to contain ammunition")
                          r"(?:(?:[\w'’-]+\s+){0,3}?(?:assess|assessed|believe|believed|judge|judged|think|"
                          r"thought)\s+)?(?:are|is|were|was)\s+(?:(?:most|highly|very)\s+)?(?:likely|probably|"
                          r"possibly)\s+to)\s+"
                          r"(?:contain|hold|be|include|have\s+(?:contained|held|been))\b[^,;.]*")
_UNCONFIRMED_THAT = rx(r"\b(?:could|can|did|were|was)\s*(?:not|n't)\s+(?:be\s+)?(?:independently\s+)?"
                      r"(?:confirm|verify|establish|determine)\s+(?:that|whether|if)\b|"
                      r"\b(?:(?:was|is|were|are)\s+not\s+(?:yet\s+)?possible|(?:was|is|were|are)\s+unable)\s+to\s+"
                      r"(?:independently\s+)?(?:confirm|verify|establish|determine)\s+(?:that|whether|if)\b",
                      re.I)


_DECLARED_GOING = re.compile(r"\b(?:listed|declared|signall?(?:ed|ing))\s+(?:as\s+)?(?:sailing|heading|"
                             r"headed|bound|destined|going)\s+(?:to|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                             r"(?:\s[A-Z][\w'’-]*)?")


def blocked(text: str, s: int, start: int, end: int, laden_underway: bool = False) -> bool:
    """Whether the clause from its start to `end` is denied, planned or hypothetical (with
    `laden_underway`, a voyage told as under way with its load is no plan: "was sailing from
    Ust-Luga to Jeddah with fertiliser")."""
    begin = clause_start(text, s, start)
    clause = text[begin:end]
    if "," in clause:
        # ", which was not under sanctions at the time,": a relative clause closed before the
        # event's words has its own denial or plan, not theirs
        clause = RELATIVE.sub(" ", clause)
        # "The X, not seen since May, called at Jask": a denial in an aside set off by commas
        clause = _DENIED_ASIDE.sub(" ", clause)
        # "The X, the only Arc7 vessel not under sanctions, has shuttled ...": a description
        clause = _DESCRIBED_ASIDE.sub(" ", clause)
        # "The Koala, previously accused of spoofing its position, lifted crude at Ust-Luga":
        # a charge laid on the ship before, in an aside, is no hedge on its deed
        clause = _CHARGE_ASIDE.sub(" ", clause)
    if "listed" in clause or "declared" in clause or "signall" in clause:
        # "A tanker listed as sailing to Malaysia was photographed at Jose": where its papers or
        # signal said it went is no plan of the deed told
        clause = _DECLARED_GOING.sub(" ", clause)
    if "ather than" in clause or "nstead of" in clause:
        # "Rather than call at Nampo, the X docked at Dalian": what it did not do is told first
        clause = _INSTEAD_FIRST.sub(" ", clause)
    if "bound" in clause or "destined" in clause or "route" in clause or "head" in clause:
        # "The X, bound for Lagos, called at Dakar", "loaded diesel destined for Lagos at
        # Primorsk": where the ship or its cargo is going is no plan of a deed told elsewhere
        # (one that ends the clause is the deed's own: "loaded diesel destined for Lagos")
        clause = _GOING_ASIDE.sub(" ", clause)
        clause = _CARGO_GOING.sub(" ", clause)
    if "—" in clause or "–" in clause or " -- " in clause:
        # "the Ursa Major — not to be confused with the ship of that name that sank — arrived"
        clause = _DASH_ASIDE.sub(" ", clause)
    # "was denied entry to Dongjiakou and is now anchored off Qingdao": a denial or plan of an
    # earlier verb joined by "and" is not the later verb's
    joined = list(JOINED_VERB.finditer(clause)) or list(_WHICH_DEED.finditer(clause))
    if joined:
        clause = clause[joined[-1].start():]
    # "headed to waters off Malaysia, where its cargo was transferred to ...": what was done
    # there is told in a clause of its own
    where = clause.rfind(", where ")
    if where >= 0:
        clause = clause[where:]
    if "not" in clause or "n't" in clause or "unable" in clause:
        # "We could not confirm that the X called at Sikka": a claim unverified, not denied (its
        # hedge is the confidence's)
        clause = _UNCONFIRMED_THAT.sub(" ", clause)
    if NEGATION.search(clause) or _RETRACTED.search(text, s, end):
        return True
    if _REPORT_THAT.search(text, s, start) and _REFUTED.match(text, end):
        return True  # "Reports that the X docked at Tartus are false, officials said"
    if any(word in clause for word in ("may", "might", "could", "likely", "probably", "possibly")):
        # "unloaded bags that may contain fertilizer at Nampo": what the load may be is no
        # doubt on the deed
        clause = _LOAD_MAY_BE.sub(" ", clause)
    modal = [m.group().lower() for m in MODAL.finditer(clause)]
    if modal and all(w == "bound for" for w in modal) and _FROM_AT_END.search(clause):
        # "It had been bound for Vladivostok from St Petersburg": where it came from, it left
        modal = []
    if modal and _SAILED_FOR_LADEN.search(text, begin, min(len(text), end + 60)):
        # "departed for Latakia with wheat": a voyage under way with its cargo, as "departed with
        # wheat for Latakia" is (see transfers)
        modal = [w for w in modal if not w.startswith(("sail", "left", "depart", "set"))]
    if modal and laden_underway and _UNDERWAY_LADEN.search(text, begin, min(len(text), end + 60)):
        # (a voyage under way told with its load is a transfer's, see transfers; not a call at
        # its end)
        modal = [w for w in modal if not _UNDERWAY_WORD.search(w)]
    if modal and all(w in ("bound for", "destined") for w in modal) and _LADEN_BOUND.search(clause):
        # "sailed from Primorsk on Feb. 3 with Urals crude bound for Sikka": a voyage under way
        # with its cargo, as "sailed ... with crude for Sikka" is
        modal = []
    if modal and _RETURNED_AFTER.match(text, end):
        # "made a run, sailing from Novorossiysk to Tartus and returning with vehicles": a
        # voyage made, there and back
        modal = [w for w in modal if not w.startswith(("sailing", "travel", "steaming", "transiting"))]
    # "headed to Port Sudan, arriving on 12 May": the voyage ended there
    # (or "bound for Constanta, where the cargo was later moved onto a larger vessel")
    return bool(modal) and not (all(w.startswith(("head", "sail", "left", "depart", "set", "continu",
                                                  "bound"))
                                    for w in modal) and ARRIVING.match(text, end))


# what may stand before a time that opens a sentence: "In mid-November", "On 3 May"
_OPENS = re.compile(r"\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Ss]ince|[Ff]rom|[Bb]etween|[Aa]t|[Ee]arly|"
                    r"[Ll]ate)\s+)?(?:the\s+)?")


# a relative clause of another doer that runs on to a deed: "is linked to a network that US
# authorities sanctioned in 2023 for shipping Iranian oil to Syria" (the network's, not the ship's)
OTHERS_CLAUSE = rx(r"\b(?:networks?|compan(?:y|ies)|firms?|groups?|schemes?|operations?|entity|entities|"
                   r"individuals?|businessm[ae]n|smugglers?|traders?|owners?|operators?|suppliers?|brokers?|"
                   r"militias?|regimes?|cartels?|rings?)\s+(?:that|which|who|whose)\b[^,;:.]*$", re.I)


def others_deed(text: str, ship_end: int, cue: int) -> bool:
    """Whether the deed at `cue` is told in another doer's relative clause after the ship."""
    return OTHERS_CLAUSE.search(text, ship_end, cue) is not None


ORDINAL_BEFORE = rx(r",\s+(?:the|its|her|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:so\s+far\s+)?$", re.I)
# ("the latest in a series of seizures of commercial vessels in Gulf waters since 2019")
_FIRST_SINCE = rx(r"\b(?:first|only|largest|biggest|latest|most|series|string|spate|wave)\b"
                  r"[^.;,]{0,80}$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_WHEN_YEAR = re.compile(r"\b(?:after|before|until|till|around|circa|by)\s+(?:(?P<mon>[A-Z][a-z]+\.?)\s+)?"
                        r"(?P<y>(?:19|20)\d{2}),?\s+when\b")
_CLAUSE_STOP = re.compile(r"[;:,]|\.\s")


def _apposed_only(analysis: Analysis, start: int, end: int) -> bool:
    """Whether text[start:end] runs on in one clause, its only commas a pair around a ship's
    name in apposition ("seized a tanker, the MT X, in the Natuna Sea on July 7")."""
    text = analysis.text
    if ";" in text[start:end]:
        return False
    cuts = [i for i in range(start, end) if text[i] == ","]
    return len(cuts) % 2 == 0 and all(
        b - a <= 60 and any(a < m.start and m.end <= b for m in analysis.between(a, b, "Vessel"))
        for a, b in zip(cuts[::2], cuts[1::2], strict=True))


def date_near(analysis: Analysis, sent: Sentence, pos: int, state: bool = False) -> str | None:
    """The time of an event at `pos`: a time expression in its own clause, else the nearest
    one before it in the sentence, else after it; else the document date for a present state
    ("remains at"); else the latest time in the paragraph so far. A `state` (a gap in the AIS,
    a detention) that "had" begun may still hold then."""
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    # "Shipments fell after 2019, when authorities in Gibraltar seized the Grace 1": the deed
    # of the clause after "when" is of that year (or month)
    for m in _WHEN_YEAR.finditer(text, s, pos):
        if not _CLAUSE_STOP.search(text, m.end(), pos):
            month = MONTHS.get(m["mon"].lower().rstrip(".")) if m["mon"] else None
            return f"{m['y']}-{month:02d}" if month else m["y"]
    since = _SPAN_AFTER_OPENING.match(text, s, pos)
    if since is not None and analysis.doc_date is not None and "," not in text[since.end():pos] and \
            _NOW_MAIN.match(text, text.find(",", pos, e) + 1 or e):
        # "A year after Yemen's Houthis seized the car carrier Galaxy Leader, traffic ... remains
        # less than half": the deed that long before the report's day
        return _counted_back(analysis.doc_date, since["n"], since["unit"])
    for t in sent.times:
        # "the first seizure since 2019, when the X was detained": the deed of the clause after
        # "when" is of 2019, not of the years since
        when = _WHEN_AFTER.match(text, t.end) if t.since and t.end <= pos else None
        if when is not None and pos >= when.end() and not _CLAUSE_STOP.search(text, when.end(), pos):
            told = t.text[len("since"):].strip()
            first = t.interval.start
            if re.fullmatch(r"(?:19|20)\d{2}", told):
                return str(first.year)
            if re.fullmatch(r"[A-Z][a-z]+\.?(?:\s+(?:19|20)\d{2})?", told):
                return f"{first.year:04d}-{first.month:02d}"
            if re.fullmatch(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}"
                            r"(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d{2})?", told):
                return first.isoformat()
    if sent.times:
        lo, hi, where = s, e, e
        for m in _CLAUSE_EDGE.finditer(text, s, e):
            if m.start() < pos:
                lo = m.end()
            elif m.group().endswith("where") and m.start() - pos < 40 and \
                    _UP_TO_WHERE.fullmatch(text, pos, m.start()):
                # "sailed to Rizhao, where it discharged on 9 February": what it did there (not
                # what it is to do: "where it is to unload next week")
                if _DEED_THERE.match(text, m.end()):
                    where = min(where, m.start())
                continue
            elif m.start() >= pos:
                hi = min(hi, m.start())
                break
        # ", which docked at Poti last week,": a relative clause's time is its own
        relatives = [(m.start(), m.end()) for m in RELATIVE.finditer(text, s, e)]
        # (one that closes the sentence: "designated the X, which transported Iranian oil.")
        last = RELATIVE_TO_END.search(text, relatives[-1][1] if relatives else s, e)
        for a, b in relatives + ([(last.start(), last.end())] if last else []):
            waited = _WAITED_ASIDE.fullmatch(text, pos, b) if a <= pos < b and _STAYED_AT.search(
                text, max(a, pos - 40), pos) else None
            main_after = [t for t in sent.times if t.start >= b]
            if waited is not None and main_after and not any(a <= t.start < b for t in sent.times):
                # "The X, which had been waiting at Ust-Luga for nine days, finally loaded on
                # April 5": there that long, up to the time the main clause tells
                count = int(waited["n"]) if waited["n"].isdigit() else NUM_WORDS.get(waited["n"].lower(), 1)
                days = count * (7 if waited["unit"].lower().startswith("week") else 1)
                return format_interval(main_after[0].interval.start - dt.timedelta(days=days),
                                       main_after[0].interval.start)
            if a <= pos < b and _ANTERIOR.search(text, a, b) and \
                    not any(a <= t.start < b for t in sent.times):
                return None  # "The Aya, previously detained in Lebanon, left ... on 8 November"
            if a <= pos < b and _LOADED_ASIDE.match(text, a) and \
                    not any(a <= t.start < b for t in sent.times) and any(t.start >= b for t in sent.times):
                return None  # "The X, loaded in Basra, reached Karachi on 3 May": loaded before
            if a <= pos < b and _WHICH.match(text, a) and not any(a <= t.start < b for t in sent.times):
                # "The ferry X, which runs between Port Kavkaz and Sevastopol, was damaged at
                # Kerch on Sunday": the relative clause's deed is not of the time the main
                # clause tells after it (a time that opens the sentence frames both: "In
                # mid-November the Yi Peng 3, which had departed Ust-Luga, was shadowed")
                # ("OFAC today designated the X, which transported Iranian oil": a time inside
                # the main clause is its own)
                framing = [t for t in sent.times if t.end <= a and _OPENS.fullmatch(text, s, t.start)]
                main_times = [t for t in sent.times if t.end <= a]
                if main_times and analysis.doc_date is not None and _LATER_ONLY.search(text, a, pos) and \
                        main_times[-1].interval.start <= analysis.doc_date:
                    # "Images from March 2 show the X beside the Y, which later sailed to
                    # Qingdao": after the main clause's time (within a voyage's length)
                    return _voyage_after(analysis.doc_date, main_times[-1].interval)
                if main_times and _WHICH_WAS_DOING.match(text, a):
                    # "drones struck Izmail overnight, damaging the X, which was loading at the
                    # port": what it was doing then, at the main clause's time
                    return main_times[-1].interval.iso()
                return framing[-1].interval.iso() if framing else _untimed(analysis, sent, pos, state)
        aside = [(a, b) for a, b in relatives if not a <= pos < b]
        if last is not None and pos < last.start() and (
                _WHICH_OWN_SUBJECT.match(text, last.start()) or
                # "took delivery ... at Sikka from the Suezmax Tia, which had loaded at Novorossiysk
                # in early March.": a deed done before, at its own time
                _WHICH_HAD.match(text, last.start()) or
                _WHICH_LOADED.match(text, last.start()) or
                # ("handed its crude to the Y, an older tanker that has shuttled between Malaysian
                # waters and Dongying since January.": what that ship has done over a span)
                _KIND_THAT_HAS.match(text, last.start()) or
                # ("pumped the condensate into the X, a larger tanker that went on to unload in
                # Dalian on March 2.": a deed after, at its own time)
                _WENT_ON.search(text, last.start(), last.end())):
            # "entered the port of Mariupol, which Russia occupied in 2022.": the time of a closing
            # clause with a subject of its own is that clause's deed's (not "the Kira, which
            # docked at Matanzas on 25 July.": the ship's own deed)
            aside.append((last.start(), last.end()))
        aside += _reduced_asides(analysis, sent, pos)
        # "according to a report published on Monday": when the report came out, not the deed
        aside += [(t.start, t.end) for t in sent.times
                  if _PUBLISHED.search(text, max(s, t.start - 90), t.start)
                  # "Customs said on Friday it had seized ...": when it was said, not the deed
                  # told in the past before that
                  or _SAID_ON.search(text, max(s, t.start - 30), t.start) and t.end <= pos
                  and _HAD_DONE.search(text, t.end, pos)
                  # "A court heard on Tuesday that the tanker X took on diesel ... in March 2023":
                  # when it was told, where the sentence gives the deed a time of its own
                  or _HEARD_ON.search(text, max(s, t.start - 30), t.start) and t.end <= pos
                  and _THAT_NEXT.match(text, t.end)
                  and any(u.start > t.end and u is not t for u in sent.times)]
        # "seized the tanker X, suspected of carrying Iranian oil to Qingdao in May": the time of
        # what it is suspected of
        aside += [span for span in suspected_spans(text, s, e) if not span[0] <= pos < span[1]]
        # "the first such seizure since 2019": how long none was, not when this one was
        aside += [(t.start, t.end) for t in sent.times
                  if t.since and _FIRST_SINCE.search(text, max(s, t.start - 60), t.start)]
        # "unloaded containers at Astrakhan on 9 April, the third such delivery this year": the
        # span a count runs over, where the deed has a time of its own
        counted = [(t.start, t.end) for t in sent.times
                   if ORDINAL_BEFORE.search(text, max(s, t.start - 50), t.start)]
        if counted and len(counted) < len(sent.times):
            aside += counted
        # "Authorities have seized the X, the ministry said on Monday.": when it was said, after
        # a deed told in the perfect before it, which came in the weeks up to then
        said_after = next((t for t in sent.times if t.start > pos and
                           _said_after(text, s, e, t, min(t.start, pos + 20))), None)
        if said_after is not None:
            aside.append((said_after.start, said_after.end))
        # (and where the deed's own verb is at `pos`, "said on Thursday it had seized the X at
        # Yeosu on Dec. 26", where the deed has a time of its own told after it in its clause)
        aside += [(t.start, t.end) for t in sent.times if _SAID_ON.search(text, max(s, t.start - 30), t.start)
                  and t.end <= pos and (had := _HAD_DONE.search(text, t.end, min(e, pos + 30))) is not None
                  and had.start() < pos and any(u.start > pos and
                                                _apposed_only(analysis, min(pos, had.end()), u.start)
                                                and not any(a <= u.start < b for a, b in aside)
                                                for u in sent.times)]
        times = [t for t in sent.times if not any(a <= t.start < b for a, b in aside)]
        reason = next((m for m in _PUNISHED_FOR.finditer(text, s, min(e, pos + 40))
                       if m.start("why") <= pos < m.end("why") + 120 and
                       not _CLAUSE_STOP.search(text, m.end("why"), pos)), None)
        if reason is not None:
            # "The Treasury on Monday sanctioned the X for carrying Iranian oil to Ras Isa": the
            # time is the designation's; the deed it was for keeps only a time of its own
            times = [t for t in times if t.start >= reason.start("why")]
            if not times:
                return None
        if said_after is not None and not times:
            return weeks_before(said_after.interval.iso())
        # "arrived from Novorossiysk and left on 17 December", "sailed from Tartus and arrived on
        # 17 December": the time of another port's arrival or departure is not the one it came from
        if _FROM_BEFORE.search(text, max(s, pos - 30), pos):
            times = [t for t in times if t.start < pos or not _AND_MOVED.search(text, pos, t.start)]
        # "arrived at Benghazi on 9 March with diesel loaded at Taman": the cargo was loaded
        # before the time the sentence gives the arrival; only a time told after it is its own
        if CARGO_LOADED_AT.search(text, max(s, pos - 40), pos):
            # (not the span of a state told after: "carrying fuel oil loaded at Tuapse, had been
            # held since 20 February")
            # (nor the time of the main verb told after: "A tanker carrying oil loaded at
            # Novorossiysk was turned away from Ceyhan this week")
            times = [t for t in times if t.start >= pos and not t.since and
                     not _MAIN_VERB_AFTER.search(text, pos, t.start)]
            if not times:
                return None
        # "On 12 November the X docked at Amirabad with barley loaded in Makhachkala a week
        # earlier": the time told of the loading, after the cargo's port, is not the arrival's
        loaded = next((found for m in analysis.between(pos + 1, e, "Port")
                       if (found := CARGO_LOADED_AT.search(text, max(pos, m.start - 40), m.start))), None)
        if loaded is not None and any(t.start < loaded.start() for t in times):
            times = [t for t in times if t.start < loaded.start()]
        # "In May 2023 the X berthed at Nampo after departing Dalian on April 27": the time of a
        # clause opened by "after ...ing" after the event is that clause's, where the sentence
        # gave one before
        if any(lo <= t.start and t.end <= pos for t in times):
            # (a time of the event's own clause: not "left Novorossiysk on 19 August, then went
            # dark after passing the Bosphorus on 22 August")
            # (or by "after" and what happened then: "in dry dock at Sevastopol after missile
            # strikes on 13 September", imaged on a day told before)
            times = [t for t in times if t.start < pos or not (_AFTER_ING.search(text, pos, t.start) or
                                                               _AFTER_HAPPENING.search(text, pos, t.start))]
        elif times and analysis.doc_date is not None and \
                (done := _AFTER_DOING.search(text, pos, times[0].start) or (
                    # (not a state told with how long it lasted: "went dark for 12 days after
                    # leaving Primorsk on May 3" began then)
                    _AFTER_ARRIVING.search(text, pos, times[0].start) if state and not _LASTED.search(
                        text, pos, times[0].start) else None)) is not None and \
                not _CLAUSE_STOP.search(text, pos, done.start()) and \
                times[0].interval.start <= analysis.doc_date:
            # "delivered 40,000 tonnes to Santos after loading at Primorsk in December": the
            # deed came after the time of what was done first, within a voyage's length
            return _voyage_after(analysis.doc_date, times[0].interval)
        doc_date = analysis.doc_date
        if doc_date is not None:
            # what is told as done or under way cannot lie after the report: "are anchored off
            # Paradip and are expected to berth next week" (next week is the berthing's)
            # ("two weeks after it left Latakia" counts back from the sentence's time instead;
            # a date that gives its year is taken as written)
            times = [t for t in times if t.interval.start <= doc_date or reversed_shift(t)
                     or YEAR.search(t.text)]
        if not times:
            # "X, a car carrier seized in November, was still anchored off P": the aside's
            # time is not the event's
            return _untimed(analysis, sent, pos, state)
        present = _PRESENT.search(text, lo, min(e, pos + 40))
        if doc_date is not None and present is not None and all(t.start > pos for t in times) and \
                present.end() <= times[0].start and \
                _CAME_THERE.search(text, max(present.end(), pos), times[0].start):
            # "remains anchored off Salif, where it was taken on November 19": from then to the
            # report's day
            return format_interval(min(t.interval.start for t in times), doc_date)
        if any(t.since for t in times) and any(not t.since and t.start >= pos for t in times):
            # "have attacked 30 ships since November, including the X, a car carrier they seized
            # and took to Hodeidah on Nov. 19": the span of what the main clause tells is not
            # the time of a deed told after it
            times = [t for t in times if not (t.since and t.end <= pos and "," in text[t.end:pos])]
        opening = _AFTER_OPENING.match(text, s, pos)
        if opening is not None and analysis.doc_date is not None and not any(
                t.start >= opening.end() for t in times):
            done_first = [t for t in times if t.start < opening.end()]
            if done_first and done_first[-1].interval.start <= analysis.doc_date:
                # "After loading at Tartus on 2 August, it sailed to Izmail": after that time,
                # within a voyage's length and by the report's day
                return _voyage_after(analysis.doc_date, done_first[-1].interval)
        adding = list(_ADDING_THAT.finditer(text, s, pos))
        if adding and all(t.end <= adding[-1].start() for t in times) and \
                _ANTERIOR.search(text, adding[-1].end(), pos):
            # "arrived on June 1 ..., the embassy said, adding that the cargo had been loaded at
            # Feodosia": what was done before, told in a further thing said
            return None
        inside = [t for t in times if lo <= t.start < hi]
        now = _NOW_STATE.search(text, max(lo, pos - 40), pos + 1)
        if now is not None and analysis.doc_date is not None and \
                all(t.end <= now.start() for t in inside) and \
                _AND_NOW.search(text, max(s, now.start() - 12), now.start()):
            # "reappeared in the Strait of Malacca three weeks later and is now anchored off
            # Qingdao": a state told as holding now, after the deeds the sentence dated
            return analysis.doc_date.isoformat()
        # "was discharged at Dongjiakou in April after being transferred ... off Malaysia in
        # March": an event told inside a clause opened by "after ...ing" has that clause's time
        opener = _ING_OPENS.search(text, max(lo, pos - 60), min(hi, pos + 12))
        if opener is not None and opener.start() < pos and "," not in text[opener.end():pos]:
            own = [t for t in inside if pos <= t.start and "," not in text[pos:t.start]
                   and not _OTHER_DEED.search(text, pos, t.start)]
            if own:
                return own[0].interval.iso()
        arrival = next((t for t in inside if t.start > pos and
                        _ARRIVING_AFTER.fullmatch(text, pos, t.start)), None)
        if arrival is not None:
            # "sailed from Baltiysk to Tartus in May, arriving on 21 May": the arrival's own time
            return arrival.interval.iso()
        there = [t for t in inside if t.start >= where]
        own_before = [t for t in inside if t.end <= where]
        if there and own_before and _STAYED_UNTIL.fullmatch(text, where, there[0].start):
            # "on 12 July, docked at Rason, where it remained until 16 July": from the day it
            # came to the day the stay ran to
            return format_interval(own_before[-1].interval.start, there[0].interval.end)
        if there:
            # ("loaded coal at Nampo on 12 June and sailed to Longkou, China, where it discharged
            # the cargo between 24 and 27 June": the deed there has its own time)
            return there[0].interval.iso()
        if inside:
            # ("loaded at Jose on 14 September and arrived in Pascagoula, Mississippi, on 26
            # September": a time before another verb joined by "and" is that verb's)
            # (and "On 14 September it loaded at Jose and arrived ... a week later": the time
            # after the next verb is that verb's)
            # ("at Sevastopol's grain terminal on January 30": the place's own words are no
            # distance from its time)
            own_place = _PLACE_OWN_PART.match(text, pos)
            skip = own_place.end() - pos if own_place is not None else 0
            best = min(inside, key=lambda t: t.start - pos - (skip if t.start >= pos + skip else 0) + (
                           1000 if (_AND_DEED.search(text, pos, t.start) or _AND_TIME_DEED.search(
                               text, pos, t.start) and _THEN_DEED.match(text, t.end)) and any(
                               u.end <= pos for u in inside) else 0) if t.start >= pos
                       else (pos - t.end) * 1.5 + (
                           # (the deed's own verb may open at `pos`: "on Aug. 20 and switched off
                           # its transponder ... two days later")
                           1000 if _and_deed_before(text, t.end, pos, e) and any(
                               u.start >= pos and not _OTHER_DEED.search(text, pos, u.start)
                               for u in inside) else 0))
            if best.start >= pos and (wait := _WAITED_BEFORE.search(text, pos, best.start)) and \
                    not any(u.end <= pos for u in inside):
                # "waited at the anchorage off Ust-Luga for a week before berthing on March 12":
                # there that long, up to the time told
                count = int(wait["n"]) if wait["n"].isdigit() else NUM_WORDS.get(wait["n"].lower(), 1)
                days = count * (7 if wait["unit"].lower().startswith("week") else 1)
                return weeks_before(best.interval.iso(), days)
            if best.start >= pos and _BEFORE_ING.search(text, pos, best.start) and \
                    not any(u.end <= pos for u in inside):
                # "stopped at Ceuta to take on bunkers before discharging at Lome on May 12": the
                # stop came in the weeks before the time told of the deed after it
                return weeks_before(best.interval.iso())
            if best.start >= pos and (counted_from := unshifted(best)) is not None:
                # "have confiscated the X, two months after the vessel drifted off Ruegen": the
                # deed's time is the one that count starts from (one told before it in the
                # sentence: "On 3 March the X docked at Izmir, two weeks after it left Latakia")
                counted_told = [t for t in inside if t.end <= pos]
                if not counted_told and _time_told_just_before(analysis, sent, counted_from):
                    # "The X left Primorsk on 3 May. It arrived at Sikka three weeks after it
                    # left": counted on from the time told before, the deed after "after"'s
                    return best.interval.iso()
                return counted_told[-1].interval.iso() if counted_told else counted_from.iso()
            after = _AFTER_ING_ONLY.search(text, best.end, min(e, pos + 30))
            if best.end <= pos and after is not None and after.start() <= pos and \
                    not _OTHER_DEED_AFTER.search(text, best.end, after.start()):
                # "arrived at Sabetta on July 6 after unloading a cargo at the Saam FSU": the
                # deed after "after" came in the weeks before that time (hours before it, where
                # "shortly after": "struck a mine on Wednesday shortly after leaving Chornomorsk")
                if _SOON.search(text, max(best.end, after.start() - 20), after.start()):
                    return best.interval.iso()
                return weeks_before(best.interval.iso())
            if best.end <= pos and analysis.doc_date is not None and \
                    _BEFORE_ING.search(text, best.end, pos) and best.interval.start <= analysis.doc_date:
                # "had loaded coal at Nampo in late May before sailing to Pohang": the voyage's
                # end came after that time, by the report's day and within a voyage's length
                return _voyage_after(analysis.doc_date, best.interval)
            if best.end <= pos and analysis.doc_date is not None and \
                    _SINCE_THEN.search(text, best.end, pos) and best.interval.start <= analysis.doc_date:
                # "was reflagged in May 2023 and has since called at Primorsk three times": from
                # then to the report's day
                return format_interval(best.interval.start, analysis.doc_date)
            # (at the voyage's own verb, or at a port after it in its clause)
            if best.end <= pos and (voyage := _carried_on_after(analysis, best, pos, e)) is not None:
                # "loaded wheat at Sevastopol in late January and delivered it to Bandirma": the
                # voyage there ended after that time, within a voyage's length
                return voyage
            then_on = _LATER_ONLY.search(text, best.end, pos) if best.end <= pos else None
            if then_on is not None and analysis.doc_date is not None and \
                    best.interval.start <= analysis.doc_date and \
                    not any(t.start <= then_on.start() < t.end for t in sent.times):
                # "Images from August 2 show the X alongside the Y, which later sailed to
                # Qingdao": after that time, within a voyage's length and by the report's day
                return _voyage_after(analysis.doc_date, best.interval)
            if best.end <= pos and not _CLAUSE_CLOSED.search(text, best.end, pos):
                # "docked on Wednesday, two weeks after it left Latakia": what the clause after
                # "after" tells came that long before the time the sentence gave (not the main
                # clause after it: "Two days after she left, the tanker X berthed at P")
                mirrored = reversed_shift(best)
                start_told = unshifted(best)
                if mirrored is not None and start_told is not None and \
                        not any(t.end <= best.start for t in inside) and \
                        _time_told_just_before(analysis, sent, start_told):
                    # ("It arrived at Sikka three weeks after leaving Primorsk", after "left
                    # Primorsk on 3 May": the time told before, counted from)
                    return start_told.iso()
                if mirrored is not None:
                    return mirrored.iso()
            return best.interval.iso()
        if lo > s and _ANTERIOR.search(text, lo, pos) and _SEMICOLON_BEFORE.search(text, s, lo):
            # "the Laodicea transited southbound on May 30; it had loaded at Sevastopol": done
            # before that time, at none the text gives
            return None
        before = [t for t in times if t.end <= pos]
        if before and lo > s and analysis.doc_date is not None and _LATER_ONLY.search(text, lo, pos) and \
                before[-1].interval.start <= analysis.doc_date:
            # "loaded from the Y on July 19; the receiving tanker later discharged at Aliaga": a
            # clause with no time of its own, told as after the one before: after that time,
            # within a voyage's length and by the report's day
            return _voyage_after(analysis.doc_date, before[-1].interval)
        if before and lo > s and analysis.doc_date is not None and _SINCE_THEN.search(text, lo, pos) and \
                before[-1].interval.start <= analysis.doc_date:
            # "was sold in March and renamed; it has since loaded twice at Novorossiysk": from
            # then to the report's day
            return format_interval(before[-1].interval.start, analysis.doc_date)
        if before and (voyage := _carried_on_after(analysis, before[-1], pos, e)) is not None:
            # "made two calls at Kozmino, on March 2 and April 19, and delivered both cargoes to
            # Yantai": the voyage there ended after that time, within a voyage's length
            return voyage
        if before and lo > s and ";" in text[s:lo] and (item_ships := {
                v.key for v in analysis.between(lo, pos, "Vessel") if v.form == "name"}) and \
                any(v.key not in item_ships for v in analysis.between(s, lo, "Vessel")):
            # "...; and the tanker Z remained at anchor off Port Said for a tenth day": an item of a
            # list of other ships' deeds, after a semicolon, has no time of the items before it
            # (but the one that opens the whole: "Last week's movements: ...")
            framing = [t for t in before if _OPENS.fullmatch(text, s, t.start)]
            return framing[-1].interval.iso() if framing else None
        if before:
            return before[-1].interval.iso()
        # A later clause's time (none after the report: "sailed to V, where it is to unload
        # next week"), else the paragraph's time so far.
        # (not a clause of another ship's: "was spotted at Fujairah, and the Flora anchored off
        # Limassol on Nov. 26")
        # (nor what it did where it went after: "kept loading at Primorsk and unloading at
        # Vadinar, where it last called on 30 May")
        edges = list(_CLAUSE_EDGE.finditer(text, pos, e))
        if edges and edges[0].group().strip(", ").lower() == "when":
            # "was transferring oil to the Y when patrol boats approached on Friday", "was seized
            # when it docked at Batam on Friday": the deed of the clause "when" opens is the
            # moment of the one before it
            until = edges[1].start() if len(edges) > 1 else e
            during = [t for t in times if edges[0].end() <= t.start < until]
            if during:
                return during[0].interval.iso()
        there_edge = next((m.start() for m in edges
                           if m.group().endswith("where") and _DEED_THERE.match(text, m.end())), e)
        later = [t for t in times if not analysis.between(pos, t.start, "Vessel")
                 and t.start < there_edge]
        if later:
            return later[0].interval.iso()
        earlier = _paragraph_times(analysis, sent)
        return earlier[-1].interval.iso() if earlier else None
    return _untimed(analysis, sent, pos, state)


# a sentence opening on how long after a deed it tells of now: "A year after Yemen's Houthis
# seized the X, traffic remains ...", "Six months after the seizure of the X, ..."
_SPAN_AFTER_OPENING = rx(r"\W*(?:[Mm]ore\s+than\s+|[Aa]lmost\s+|[Nn]early\s+|[Aa]bout\s+|[Ss]ome\s+)?"
                         r"(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|"
                         r"[Tt]en|[Ee]leven|[Tt]welve|\d{1,2})\s+(?P<unit>years?|months?|weeks?)\s+after\s+")
# a main clause told of now: "traffic remains", "the crew is still aboard", "it has not sailed"
_NOW_MAIN = rx(r"[^.;,]{0,80}?\b(?:remains?|is|are|has|have|continues?|stays?|sits?|lies?)\b")


def _counted_back(day: dt.date, n: str, unit: str) -> str:
    """The time `n` `unit`s before `day`: the month for years and months, a week about the day
    for weeks."""
    count = int(n) if n.isdigit() else 1 if n.lower() in ("a", "an") else NUM_WORDS.get(n.lower(), 1)
    if unit.startswith("week"):
        mid = day - dt.timedelta(days=7 * count)
        return format_interval(mid - dt.timedelta(days=3), mid + dt.timedelta(days=3))
    months = day.year * 12 + day.month - 1 - (12 * count if unit.startswith("year") else count)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# a ship's move told as after the time told before: "It then sailed to Ningbo"
_THEN_MOVED = rx(r"\b(?:then|next)\s+(?:\w+ly\s+)?(?:sailed|went|headed|proceeded|"
                 r"steamed|moved|travell?ed|continued|arrived|docked|berthed|called|delivered|discharged|"
                 r"unloaded|returned)\b[^.;]*$", re.I)


# A port's name up to ", where" (a state or region may follow it: "Ningbo-Zhoushan, China, where")
# ("the Ningbo-Zhoushan anchorage, where": a port's anchorage or terminal told after its name)
# what a port is, set after its name: ", a port in western Libya", ", the Maltese capital"
PORT_APPOSED = (r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:port|city|capital|town|harbou?r|hub|terminal)\b"
                r"(?:\s+(?:in|on|of)\s+(?:[\w'’-]+\s+){0,2}?[A-Z][\w'’-]*)?")
_UP_TO_WHERE = rx(r"(?:[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|of|al|el|de))*(?:\s+(?:(?:oil|coal|grain|"
                  r"container|crude|LNG)\s+)?(?:port|harbou?r|terminal|anchorage|roads|roadstead|area|waters))?|"
                  # "continued to the Yemeni port, where it berthed on Monday"
                  r"the\s+(?:[\w-]+\s+){0,2}?(?:port|harbou?r|terminal|berth|anchorage))"
                  # ("Ningbo-Zhoushan, China, where", "Jamnagar in India, where", "Dongjiakou in
                  # Shandong province, where", "Sikka in western India's Gujarat state, where")
                  r"(?:(?:,\s*|\s+in\s+(?:(?:north|south|east|west)[\w-]*\s+)?)[A-Z][\w'’-]*"
                  r"(?:\s[A-Z][\w'’-]*){0,2}(?:['’]s\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?"
                  r"(?:\s+(?:province|region|state|county|prefecture|oblast|governorate|emirate))?)?"
                  # ("Valletta, the Maltese capital, where", "Misrata, a port in western Libya, where")
                  r"(?:" + PORT_APPOSED + r")?"
                  # ("reappeared off Makhachkala on 8 August, where it berthed on 9 August")
                  r"(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?")
# What the ship did where it went: "where it discharged", "where the tanker berthed"
_DEED_THERE = rx(r"\s+(?:it|she|they|the\s+(?:\w+\s+)?(?:ship|vessel|tanker|carrier|freighter|bulker)s?)\s+"
                 r"(?:\w+ly\s+|later\s+|then\s+|last\s+|first\s+|also\s+)?(?:[a-z]+ed|took|made|lay|spent|sold|met|began)\b|"
                 # ("where satellite imagery shows it moored at the container pier on 14 January")
                 r"\s+(?:(?:satellite|commercial|aerial)\s+)?(?:imagery|images?|photos?|photographs?|pictures|"
                 r"footage)\s+(?:shows?|showed|reveals?|revealed|captured|places?|placed)\s+(?:it|her|them|"
                 r"the\s+(?:\w+\s+)?(?:ship|vessel|tanker|carrier|freighter|bulker)s?)\b")
# ("anchored off Djibouti before returning to Bandar Abbas on 4 February": the time is the
# return's)
_OTHER_DEED = rx(r"\b(?:before|after|until|then|while|when|where|and)\b")
# "loaded at Nampo on 3 March and two days later sailed to Longkou": a time that opens the
# next verb's clause
_AND_TIME_DEED = re.compile(r"\band\s+(?:then\s+)?(?:on\s+|in\s+)?$")
# (its subject told again: "and on September 4 it left")
_THEN_DEED = re.compile(r",?\s+(?:(?:it|she|they)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|left|made|took|went|came|"
                        r"sent|ran)\b")
# a state told as holding now, in a clause joined to deeds told before: "and is now anchored"
_NOW_STATE = rx(r"\b(?:is|are)\s+(?:now|currently|still)\s+(?:[a-z]+ly\s+)?(?:anchored|moored|berthed|docked|"
                r"alongside|at|in|off|lying|waiting|idle|held|detained|"
                # ("loaded wheat in Sevastopol in late May and is now discharging at Latakia")
                r"discharging|unloading|offloading|loading)\b|\b(?:now|still)\s+(?:lies|sits|remains)\b|"
                # (told in reported speech: "had loaded ... earlier this month and was now anchored
                # off Bandirma, the sources said")
                r"\b(?:was|were)\s+now\s+(?:[a-z]+ly\s+)?(?:anchored|moored|berthed|docked|alongside|at|in|off|"
                r"lying|waiting|idle|held|detained)\b")
_AND_NOW = re.compile(r"(?:,?\s+and|;|,\s+but)\s*$")
# a port, the voyage's time, then its arrival's: "Tartus in May, arriving on 21 May"
_ARRIVING_AFTER = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                            # (a time of the port's own, not one past another verb: "left Primorsk
                            # on May 3 and sailed to Sikka, arriving on May 30")
                            r"(?:\s+(?:in|on|by|during|over)\s+(?:(?!\band\b|\bthen\b)[\w .-]){1,25}?)?,?\s+"
                            r"(?:[a-z]+ly\s+)?"
                            r"arriving\s+(?:there\s+)?(?:on|in|by)\s+")
# a voyage joined to a deed told at a time: "... and delivered it to Bandirma", "and sailed on to X"
# (or told by participles: "lifting its cargo at Ust-Luga on 2 May and delivering it to Paradip")
_AND_CARRIED_TO = rx(r"\band\s+(?:then\s+)?(?:delivered|carried|shipped|took|brought|transported|ferried|"
                     r"delivering|carrying|shipping|taking|bringing|transporting|ferrying)\s+"
                     r"(?:it|them|the\s+(?:cargo|load|shipment|consignment)|(?:both|all|the)\s+(?:(?:two|three)\s+)?"
                     r"(?:cargoes|loads|shipments|consignments))\s+(?:on\s+)?to\b|"
                     r"\band\s+(?:then\s+)?(?:sailed|headed|proceeded|steamed|continued|"
                     r"sailing|heading|proceeding|steaming|continuing)\s+(?:on\s+)?to\b|"
                     # ("loaded at Ust-Luga on 2 May and discharged at Paradip": the unloading after)
                     r"\band\s+(?:then\s+|later\s+)?(?:discharged|unloaded|offloaded|discharging|unloading|"
                     r"offloading)\s+(?:(?:it|them|the\s+(?:cargo|load|shipment|consignment))\s+)?(?:at|in)\b|"
                     # ("had loaded at Guayaquil on January 5 and called at Rotterdam": a call after)
                     r"\band\s+(?:then\s+|later\s+)?(?:called|stopped|docked|berthed|arrived|put\s+in|calling|"
                     r"stopping|docking|arriving)\s+(?:at|in)\b|"
                     # ("was loaded onto the X at Sevastopol in early June and shipped to Latakia")
                     r"\band\s+(?:then\s+|later\s+)?(?:shipped|sent|transported)\s+to\b")
_LATER_ONLY = rx(r"\b(?:later|subsequently|afterwards|afterward|eventually)\b")
_SINCE_THEN = rx(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?since\b|\bsince\s+then\b|\bever\s+since\b")
_CLAUSE_CLOSED = rx(r",\s+(?:the|a|an|its|her|their|it|she|they|[A-Z])")
# An aside set between dashes
_PUBLISHED = rx(r"\b(?:reports?|study|studies|analysis|statement|investigation|article|paper|"
                r"document|filing|assessment|briefing|letter|data|findings|research|dossier|"
                r"indictment|complaint|notice)\s+(?:[\w'’-]+\s+){0,3}?(?:published|released|issued|"
                r"dated|filed|posted|presented|unveiled|unsealed|submitted|circulated|made\s+public|"
                r"sent|shared)\s+(?:(?:to|by|with)\s+(?:[\w'’-]+\s+){1,4}?)?(?:on|in|last|this|earlier)?\s*$",
                re.I)
_SAYING = r"said|says|told\s+(?:[\w'’-]+\s+){1,2}|announced|reported|confirmed|stated"
_SAID_ON = rx(r"\b(?:" + _SAYING + r")\s+(?:on\s+)?$")
# (also what a court heard, or a side alleged, "that ...")
_HEARD_ON = rx(r"\b(?:" + _SAYING + r"|heard|hears|alleged|claimed|testified)\s+(?:on\s+)?$")
_THAT_NEXT = re.compile(r"\s+(?:that|how)\b")  # ("heard on Wednesday how the tanker ...")
_CLOSING_SAID = re.compile(r"\s*[.!]?[\"”’']?\s*")
_HAD_DONE = rx(r"\b(?:had|has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b")
_INSTEAD_FIRST = rx(r"^\s*(?:[Rr]ather\s+than|[Ii]nstead\s+of)\b[^,;]{1,80},")
_GOING = r"(?:bound|destined|headed|heading|en\s+route|on\s+(?:its|her|their)\s+way)\s+(?:for|to)\s+"
_GOING_ASIDE = rx(r",\s+(?:(?:which|that)\s+(?:was|is|were|are)\s+)?" + _GOING + r"[^,;]{1,60},")
_CARGO_GOING = rx(r"(?<=[a-z])\s+(?:bound|destined)\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*"
                  r"(?:\s+[A-Z][\w'’.-]*){0,3}(?=[\s,]+\S)")
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]{1,150}?\s[—–]\s|\s--\s.{1,150}?\s--\s")
VOYAGE_DAYS = 60  # the longest a voyage told as following a time is taken to last
# a sentence opened by a clause of what was done first: "After loading at Tartus on 2 August, "
_AFTER_OPENING = re.compile(r"\s*(?:After|Having)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed)\b[^;.]*?,\s")
_BEFORE_ING = rx(r"\bbefore\s+(?:then\s+)?[a-z]+ing\b")
# a wait at the port as long as told, up to a deed there: "for a week before berthing on"
_WAITED_BEFORE = rx(r"\bfor\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+before\s+"
                    r"(?:finally\s+|eventually\s+)?(?:berthing|docking|mooring|entering\s+(?:the\s+)?port|"
                    r"unloading|discharging|offloading|loading)\b(?:\s+(?:there|at\s+(?:a|the)\s+(?:berth|"
                    r"terminal|quay)))?\s+(?:on|in|at)\s+$", re.I)
# an aside on how long a ship had lain where it was: ", which had been waiting at Ust-Luga for
# nine days,"
_STAYED_AT = rx(r"\b(?:waiting|anchored|moored|lying|idle|berthed|docked|stuck|queuing|queueing)\s+"
                r"(?:at|in|off|near|outside)\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)
_WAITED_ASIDE = rx(r"[A-Z][^,;]{0,40}?\s+for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                   r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                   r"(?P<unit>days?|weeks?)")
# "... and is now anchored", "... and sailed": a later verb joined by "and", told in the past
# ("was not seen at Rajin but probably remained at Vostochny": a hedge is no denial)
JOINED_VERB = rx(r"\b(?:and|but)\s+(?:(?:then|later|now|since|has|had|have|is|was|were|are|also|"
                 r"instead|eventually|finally|probably|likely|possibly|apparently|reportedly|allegedly|"
                 r"almost\s+certainly|most\s+likely|very\s+likely)\s+)*"
                 r"(?:[a-z]+ed|left|went|came|made|took|lay|sat|ran|sent)\b")
_WHICH = rx(r",\s+(?:which|that|who)\b")
# an aside telling where the ship's load was taken on: ", loaded in Basra,"
_LOADED_ASIDE = re.compile(r",\s+(?:fully\s+|partly\s+|already\s+)?(?:loaded|laden)\s+(?:at|in)\b")
# a relative clause telling what a ship was doing, or how it lay, at the main clause's time
_WHICH_WAS_DOING = re.compile(r",\s+(?:which|that)\s+(?:was|were)\s+(?:still\s+|then\s+)?(?:[a-z]+ing|moored|"
                              r"anchored|docked|berthed|alongside)\b")
# a relative clause with a subject of its own: ", which Russia occupied", ", which they suspect"
_WHICH_OWN_SUBJECT = re.compile(r",\s+(?:which|that|whom)\s+(?:(?:the\s+)?[A-Z][\w'’.-]*|they|it|he|she|we|"
                                r"you|the|its|their|his|her|our|officials|authorities)\b")
_WHICH_HAD = re.compile(r",\s+(?:which|that|who)\s+had\s+(?:(?:earlier|previously|already|first)\s+)?"
                        r"(?:been\s+)?[a-z]+(?:ed|en|ook|eft|ent)\b")
# ("took delivery ... at Sikka, including one aboard the X, which loaded at Novorossiysk on
# October 24": the loading before the delivery, at its own time)
_WHICH_LOADED = re.compile(r",\s+(?:which|that)\s+(?:\w+ly\s+)?(?:loaded|took\s+on|lifted|left|departed|"
                           r"sailed\s+from|set\s+sail\s+from)\b")
_KIND_THAT_HAS = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:tanker|vessel|ship|carrier|freighter|bulker)\s+"
                            r"(?:that|which)\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
_SOON = re.compile(r"\b(?:shortly|soon|just|immediately|moments|(?:a\s+few|several|two|three)\s+hours)\s+$")
_AFTER_ING_ONLY = rx(r"\bafter\s+(?:first\s+|briefly\s+)?[a-z]+ing\b")
# (a clause after the time that opens its own deed: "on July 6, and after unloading ...")
_OTHER_DEED_AFTER = rx(r"[;,]\s+(?:and|then|but)\b|\band\s+(?:then\s+)?[a-z]+ed\b")
_PLACE_OWN_PART = re.compile(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+(?:[\w-]+\s+){0,2}?(?:terminal|port|"
                             r"berth|quay|pier|jetty|harbou?r|anchorage|refinery|wharf|dock)\b")
_ING_OPENS = rx(r"\b(?:after|before|upon|while)\s+(?:first\s+|briefly\s+)?(?:being|having)\b|"
                # ("discharged at Qingdao on May 21 after an STS transfer ... earlier in the month":
                # the transfer's own time, in its phrase)
                r"\b(?:after|before|following)\s+(?:an?|the|its|her)\s+(?:[\w-]+\s+)?(?:STS|ship-to-ship)\b")
# (a loading only: "docked at Nampo after leaving Dalian on 27 April" keeps that day, as told)
_AFTER_DOING = rx(r"\bafter\s+(?:first\s+)?(?:loading|taking\s+on|lifting|collecting)\b")
_LASTED = rx(r"\bfor\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?(?:\d+|an?|one|two|three|four|five|six|"
             r"seven|eight|nine|ten|several)\s+(?:hours?|days?|weeks?|months?)\b", re.I)
# a state begun after the ship came or went: "was held at Gwangyang after arriving on Feb. 9"
# (a call there came on that day)
_AFTER_ARRIVING = rx(r"\bafter\s+(?:first\s+)?(?:arriving|docking|berthing|entering|anchoring|mooring|"
                     r"leaving|departing|sailing)\b")
_AFTER_ING = rx(r"\b(?:after|before|since|upon|on)\s+(?:first\s+|briefly\s+)?[a-z]+ing\b")
_AFTER_HAPPENING = rx(r"\b(?:after|following)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|"
                      r"raids?|explosions?|blasts?|storms?|collisions?|fires?|incidents?)\b")
_FROM_BEFORE = rx(r"\bfrom\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?$")
_AND_MOVED = rx(r"\b(?:and|before)\s+(?:then\s+|later\s+|finally\s+)?(?:left|departed|"
                r"sailed\s+(?:away|off|out|on|again)|set\s+sail|weighed\s+anchor|arrived|reached|docked|"
                r"berthed|called|moored|anchored)\b")


def _carried_on_after(analysis: Analysis, t: TimeMention, pos: int, end: int) -> str | None:
    """The span after time `t` in which a voyage told right after it ("... and delivered it to",
    "..., and delivered both cargoes to") ended, where the event at `pos` is that voyage's; None
    where it is not so told."""
    text, doc_date = analysis.text, analysis.doc_date
    carried_on = _AND_CARRIED_TO.search(text, t.end, min(end, pos + 40))
    if carried_on is None or carried_on.start() > pos or doc_date is None or t.interval.start > doc_date or \
            _CLAUSE_STOP.search(text[t.end:carried_on.start()].rstrip().rstrip(",")) or \
            pos > carried_on.end() and _CLAUSE_STOP.search(text, carried_on.end(), pos):
        return None
    return _voyage_after(doc_date, t.interval)


def _and_deed_before(text: str, start: int, pos: int, end: int) -> bool:
    """Whether "and" and a verb lie between `start` and `pos`, the verb perhaps the one at `pos`."""
    m = _AND_DEED.search(text, start, min(end, pos + 20)) or \
        _COMMA_DEED.match(text, start, min(end, pos + 20))
    return m is not None and m.start() < pos


# the next verb of a list of deeds, after a comma: "sailed from Azov on 3 July, called at Port
# Kavkaz to top up its cargo on 6 July" (its own time told after)
_COMMA_DEED = re.compile(r",\s+(?:then\s+)?(?:called|docked|berthed|arrived|anchored|moored|loaded|"
                         r"unloaded|discharged|stopped|reached|entered|visited)\s+(?:at|in|off|into)\b")
_AND_DEED = rx(r"\band\s+(?:then\s+|later\s+|\w+ly\s+)?(?:(?:was|were)\s+(?:then\s+|later\s+)?)?"
               r"(?:[a-z]+ed|left|made|took|went|came|sent|ran|met|sold|bought|brought|struck|hit|sank|"
               r"lay|held|spent|began|found|lost|"
               # (a log's present: "berths at the oil terminal and leaves the next day")
               r"leaves|departs|sails|arrives|docks|berths|moors|anchors|unloads|loads|discharges|heads|"
               r"returns|enters|calls|reaches)\b")
# "A tanker blacklisted by Britain last year discharged ...": a participle after a noun, its
# agent and its time, then the clause's own verb
_REDUCED = rx(r"\b(?P<before>[A-Za-z]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+"
              r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){1,4}")
_AUXILIARY = {"was", "were", "been", "is", "are", "be", "being", "has", "have", "had", "and", "or",
              "it", "they", "she", "he"}
_VERB_NEXT = rx(r",?\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+)?"
                r"[a-z]+(?:ed|s)\b")


def _reduced_asides(analysis: Analysis, sent: Sentence, pos: int) -> list[tuple[int, int]]:
    """Spans of reduced relative clauses with their own time, where `pos` is not in them."""
    text, found = analysis.text, []
    for m in _REDUCED.finditer(text, sent.span.start, sent.span.end):
        if m["before"].lower() in _AUXILIARY:
            continue
        t = next((t for t in sent.times if t.start == m.end()), None)
        if t is not None and _VERB_NEXT.match(text, t.end) and not m.start() <= pos < t.end:
            found.append((m.start(), t.end))
    # ("The tanker SIG, under EU sanctions since 2023, docked at Taman": the aside's own time)
    found.extend((m.start(), m.end()) for m in _STATE_ASIDE.finditer(text, sent.span.start, sent.span.end)
                 if not m.start() <= pos < m.end())
    return found


_SEMICOLON_BEFORE = re.compile(r";\s*$")
# ("The Suezmax X, sanctioned last month, sat idle off Fujairah": the aside's deed, at its time)
_STATE_ASIDE = rx(r",\s+(?:under|once|formerly|previously|still)\s+[^,;()]{1,60},|"
                  r",\s+(?:sanctioned|designated|blacklisted|listed|built|renamed|reflagged)\s+(?:by\s+[^,;()]{1,40}?\s+)?"
                  r"(?:in|on|last|this|earlier|since)\b[^,;()]{1,30},")


# "The ship later returned to Nampo": told as done after the time in hand
_LATER = rx(r"\b(?:later|subsequently|afterwards|afterward|eventually|since\s+then|"
            r"(?:has|have)\s+(?:\w+ly\s+)?since)\b")
# "The Yuk Tung had earlier loaded diesel at Ningbo": told as done before the time in hand
# a further thing a speaker said, set after what was said first
_ADDING_THAT = rx(r",\s+(?:adding|saying|noting|explaining|stating)\s+(?:that\s+)?")
_ANTERIOR = rx(r"\bhad\s+(?:(?:\w+ly|earlier|already|first|once|before)\s+)?(?:been\s+)?"
               r"(?:[a-z]+(?:ed|en|wn)|left|made|sent|brought|sold|bought|held|met|laid|kept|caught|"
               r"gone|come|put|run)\b|\b(?:earlier|previously|beforehand|prior to that)\b|"
               # "It was last in Novorossiysk": where it had been before the time in hand
               r"\b(?:was|were)\s+last\s+(?:seen\s+|reported\s+)?(?:in|at|off)\b|"
               # "Its previous voyages took it from Primorsk to Vadinar"
               r"\b(?:[Ii]ts|[Hh]er|[Tt]heir)\s+(?:previous|earlier|past|prior|former)\s+(?:voyages?|trips?|"
               r"journeys?|runs?|calls?|port\s+calls?|visits?|cargoes|deliveries)\b")


# a sentence that opens on a step back: "Earlier, ...", "Before going dark, ...", "Prior to that, ..."
STEP_BACK = rx(r"\s*(?:Earlier|Previously|Beforehand|(?:Before|Prior\s+to)\s+(?:that|then|this|"
               r"[a-z]+ing\b[^,.;]{0,50}))\s*,")


def told_before(analysis: Analysis, sent: Sentence, pos: int) -> bool:
    """Whether the clause holding `pos` tells a deed as done before the time in hand ("It had
    discharged at Lagos", "Earlier, the tanker discharged at Lagos")."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, s, pos)), default=s)
    hi = next((m.start() for m in _CLAUSE_EDGE.finditer(text, pos, e)), e)
    relatives = [(m.start(), m.end()) for m in RELATIVE.finditer(text, s, e)
                 if not m.start() <= pos < m.end()]
    if (opener := STEP_BACK.match(text, s, e)) is not None and opener.end() <= pos:
        return True
    return any(not any(a <= m.start() < b for a, b in relatives) for m in _ANTERIOR.finditer(text, lo, hi))


def _voyage_after(doc_date: dt.date, told: Interval) -> str:
    """From a time to a voyage's length after it, by the report's day: when a deed told as
    following it ("and later sailed to Qingdao", "before sailing to Pohang") was done."""
    return format_interval(told.start, min(doc_date, told.end + dt.timedelta(days=VOYAGE_DAYS)))


# a deed told in the past, then the state it left: "was escorted to Porvoo, where it remains"
_WHERE_IT_STAYS = rx(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:escorted|taken|towed|brought|moved|"
                     r"diverted|sent|steered)\b[^.;]*,\s+where\s+(?:it|she|they)\s+(?:still\s+)?"
                     r"(?:remains|remain|stays|is\s+still|are\s+still)\b")


# a ship's habit told in the present: "sails daily between", "regularly carries"
_HABIT_NOW = rx(r"\b(?:sails|runs|plies|operates|shuttles|carries|calls|travels|crosses|serves|links|"
                r"connects|ferries)\b[^.;]{0,40}?\b(?:daily|weekly|regularly|routinely|every\s+(?:day|week|"
                r"month))\b|\b(?:daily|weekly|regularly|routinely|usually|normally)\s+(?:sails|runs|plies|operates|"
                r"shuttles|carries|calls|travels|crosses|serves|ferries)\b", re.I)


# a stay told in a "where" after a call, up to its last day: ", where it remained until "
_STAYED_UNTIL = rx(r",\s+where\s+(?:it|she|they|the\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|freighter|"
                   r"carrier))\s+"
                   r"(?:\w+ly\s+)?(?:remained|stayed|lay|sat|waited|was\s+moored|was\s+anchored)\s+"
                   r"(?:there\s+)?(?:until|till|to)\s+", re.I)


def _time_told_just_before(analysis: Analysis, sent: Sentence, when: Interval) -> bool:
    """Whether one of the few sentences before `sent`, in its paragraph, told a time within
    `when`."""
    index = analysis.index_of(sent)
    for before in analysis.sentences[max(0, index - 3):index]:
        # (a count of weeks is told loosely: the time it was counted from lies within the span)
        if before.paragraph == sent.paragraph and any(
                when.start <= t.interval.start and t.interval.end <= when.end for t in before.times):
            return True
    return False


def _untimed(analysis: Analysis, sent: Sentence, pos: int, state: bool = False) -> str | None:
    """The time of an event whose sentence gives it none: the report's day for a present state,
    else the latest time in the paragraph so far, else, in a wire story's lead, its dateline's;
    none for what the clause tells as done before ("had earlier loaded")."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, s, pos)), default=s)
    hi = next((m.start() for m in _CLAUSE_EDGE.finditer(text, pos, e)), e)
    # (in the event's own part of the sentence: "It is unlikely that the ship unloaded there;
    # its usual destination, Dunai, lies 80 km to the north-east")
    # (not a state told in a relative clause the event is not in: "The vessel, which is
    # sanctioned by the United States, had sailed from Novorossiysk")
    relatives = [(m.start(), m.end()) for m in RELATIVE.finditer(text, s, e)
                 if not m.start() <= pos < m.end()]
    if any(m.start() <= pos < m.end() and _ANTERIOR.search(text, m.start(), m.end())
           for m in RELATIVE.finditer(text, s, e)):
        # "The vessel, which had left Ust-Luga with petrol, was escorted to Kilpilahti, where it
        # remains": a deed done before, not at the time the main clause tells
        return None
    if analysis.doc_date and any(not any(a <= m.start() < b for a, b in relatives)
                                 for m in _PRESENT.finditer(text, s, _semicolon_after(text, pos, e))):
        stays = _WHERE_IT_STAYS.search(text, s, e)
        stays = stays if stays is not None and stays.end() > pos else None
        index = analysis.index_of(sent)
        before = []
        # (the story's own time, not a step back told in the past perfect: "Police detained the
        # X on Thursday. || It had left Ust-Luga on December 24. It was escorted to Porvoo, where
        # it remains")
        for back in reversed(analysis.sentences[max(0, index - 2):index]) if stays is not None else ():
            timed = [t for t in back.times if not t.since and not t.ahead and
                     t.interval.start <= analysis.doc_date]
            before = [t for t in timed if not _flashback(analysis, t)]
            if before or not timed:
                break
        if before:
            # "Police boarded the X on 26 December. || It was escorted to an anchorage near
            # Porvoo, where it remains.": there from the time told just before to the report's
            # (the latest of them: "boarded on 26 December the X, which had left on 24 December")
            return format_interval(max(t.interval.start for t in before), analysis.doc_date)
        return analysis.doc_date.isoformat()
    if _HABIT_NOW.search(text, s, e):
        return None  # "The ferry X sails daily between Kavkaz and Kerch": a habit, of no one time
    # (not a step back told in an aside: "The ship, which had loaded petrol at Ust-Luga, was
    # escorted to Porvoo": the escort is the story's next deed)
    if not state and told_before(analysis, sent, pos):
        return None  # (or "Earlier, the tanker discharged at Lagos")
    earlier = _paragraph_times(analysis, sent) or _one_line_before(analysis, sent) or \
        _heading_time(analysis, sent)
    if earlier and not _LATER.search(text, lo, hi) and not re.search(r"\b(?:then|next)\b", text[lo:hi]):
        # "The vessel had departed from Ust-Luga on December 24 ... It was escorted to Porvoo":
        # the time of a step back told in the past perfect is not that of the story's next deed
        earlier = [t for t in earlier if not _flashback(analysis, t)]
        if not earlier:
            return None
    if earlier:
        # ("met off Greece on January 14, the fourth such meeting this winter": the time of the
        # meetings counted, not of the one told)
        earlier = [t for t in earlier if not _COUNT_ASIDE.search(text, max(0, t.start - 60), t.start)] \
            or earlier
    if not earlier and (_BACK_TO_SHIPMENTS.match(text, s) or _OF_THE_SHIPMENTS.search(text, s, e)):
        # "PDVSA shipped fuel oil to Cuba in November. || Most of the cargoes were carried by
        # ...": the shipments told in the paragraph before, at their time
        earlier = [t for x in analysis.sentences if x.paragraph == sent.paragraph - 1
                   for t in x.times if not t.since and not t.ahead]
    if not earlier and analysis.doc_date is not None and _SINCE_THEN.search(text, lo, pos):
        # "A missile struck the X on Wednesday. || ... The vessel has since anchored off
        # Djibouti": from the time told last before, in an earlier paragraph, to the report's day
        prior = [t for x in analysis.sentences if x.span.end <= s for t in x.times
                 if not t.since and not t.ahead and t.interval.start <= analysis.doc_date]
        if prior:
            # (the latest of them: not a call told as before the deed "since" counts from)
            return format_interval(max(t.interval.start for t in prior), analysis.doc_date)
    if earlier and DURING_TRIP.match(text, s):
        # "returned to Baltiysk on November 15 after a two-month voyage. || During the trip it
        # called at Tartus": within the voyage, the span its length counts back from its end
        # (none where its length is not told)
        told = analysis.sentence_at(earlier[-1].start)
        days = voyage_days(text[told.span.start:told.span.end], months=True) if told is not None else None
        end = earlier[-1].interval.iso()
        return span_dates(shifted_back(end, days), end) if days else None
    if earlier and earlier[-1].interval.start == earlier[-1].interval.end and \
            _LIKE_DEEDS.search(text, lo, hi):
        # "The X unloaded at Iskenderun on August 27. || The Y and the Z made similar trips":
        # deeds like the one told, on days of their own (a wider time told still holds them)
        return None
    if earlier:
        last = earlier[-1].interval
        told = analysis.sentence_at(earlier[-1].start)
        if told is not None and _said_after(text, told.span.start, told.span.end, earlier[-1],
                                            earlier[-1].start):
            # "Authorities have detained the X ..., officials said on Tuesday. The vessel is
            # believed to have loaded at Nakhodka": when it was said closes the weeks the story
            # tells of, before it
            return weeks_before(last.iso())
        if _LATER.search(text, lo, hi) and analysis.doc_date and last.start <= analysis.doc_date:
            # "The ship later returned to Nampo": after that time, before the report
            return format_interval(last.start, analysis.doc_date)
        if _THEN_MOVED.search(text, max(lo, pos - 60), pos) and analysis.doc_date and \
                last.start <= analysis.doc_date:
            # "called at Nampo on 3 March. || It then sailed to Ningbo": after that time, within
            # a voyage's length and by the report's day
            return _voyage_after(analysis.doc_date, last)
        return last.iso()
    # a wire story's lead: about the day it was filed (not what was done over and over: "has
    # made repeated voyages between Rajin and Vostochny")
    if sent.paragraph == 0 and not REPEATED.search(text, lo, hi):
        return analysis.filed
    return None


# a designation or charge and the deed it was for: "sanctioned the X and the Y for carrying"
_PUNISHED_FOR = rx(r"\b(?:sanctioned|designated|blacklisted|penali[sz]ed|fined|charged|indicted|accused|"
                   r"punished)\b[^.;]{0,160}?\bfor\s+(?:allegedly\s+|reportedly\s+|their\s+role\s+in\s+|"
                   r"its\s+role\s+in\s+)?(?P<why>[a-z]+ing)\b")


# an aside that counts the deed told among others, up to a time: ", the fourth such meeting ",
# ", its second visit "
_COUNT_ASIDE = rx(r",\s+(?:the|its|her|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                  r"ninth|tenth|\d+(?:st|nd|rd|th)|latest|only)\s+(?:such\s+)?(?:[\w-]+\s+){0,2}"
                  r"(?:(?:in|since|of|during)\s+)?$")


# deeds told as like others: "made similar trips", "followed the same route", "did the same"
_LIKE_DEEDS = rx(r"\b(?:similar|such|the\s+same|identical|comparable)\s+(?:[\w-]+\s+)?(?:trips?|voyages?|"
                 r"journeys?|runs?|routes?|deliveries|delivery|shipments?|calls?|visits?)\b|"
                 r"\b(?:did|does|do|done)\s+the\s+same\b|\bfollowed\s+suit\b", re.I)


# a sentence that opens on the trip told before: "During the trip", "On that voyage"
DURING_TRIP = re.compile(r"\s*(?:During|On|In\s+the\s+course\s+of)\s+(?:the|that|this|its|her)\s+"
                          r"(?:[\w-]+\s+)?(?:trip|voyage|journey|passage|transit|crossing)\b")


# what tells of deeds done over and over, not one: "made repeated voyages", "ten round trips"
REPEATED = rx(r"\b(?:repeated(?:ly)?|regular(?:ly)?|multiple|numerous|frequent(?:ly)?|routinely|"
              r"several|dozens|(?:voyages|trips|runs|shipments|deliveries|calls|visits)\b|"
              r"(?:two|three|four|five|six|seven|eight|nine|ten|many|\d+)\s+times)", re.I)


def _semicolon_after(text: str, pos: int, e: int) -> int:
    """Where the part of a sentence holding `pos` ends: at the next semicolon, else its end."""
    at = text.find(";", pos, e)
    return e if at < 0 else at


# a sentence that opens on the shipments told before it
_BACK_TO_SHIPMENTS = rx(r"\s*(?:(?:Most|Some|All|Many|Much|Part|None|Each|One|Two|Three|Several|Both|Half)"
                        r"\s+of\s+)?(?:the|these|those)\s+(?:[a-z]+\s+){0,2}?(?:cargoes|cargos|shipments|"
                        r"deliveries|consignments|barrels|tonnes|tons|containers|volumes?)\b")


# ... or tells of some of them after its subject: "The tankers X and Y carried most of the cargoes"
_OF_THE_SHIPMENTS = rx(r"\b(?:most|some|all|many|much|part|half|several|two|three|four|each|one)\s+"
                       r"of\s+(?:the|these|those)\s+(?:[a-z]+\s+){0,2}?(?:cargoes|cargos|shipments|"
                       r"deliveries|consignments)\b", re.I)


_PAST_PERFECT = rx(r"\bhad\s+(?:(?:\w+ly|earlier|already|first|once|before)\s+)?(?:been\s+)?"
                   r"(?:[a-z]+(?:ed|en|wn)|left|made|sent|brought|sold|bought|held|met|laid|kept|caught|"
                   r"gone|come|put|run)\b")


def _flashback(analysis: Analysis, t: TimeMention) -> bool:
    """Whether the time `t` is of a clause told in the past perfect ("had departed ... on 24
    December"), a step back from the story."""
    text = analysis.text
    holder = analysis.sentence_at(t.start)
    if holder is None:
        return False
    edges = list(_CLAUSE_EDGE.finditer(text, holder.span.start, t.start))
    lo = edges[-1].end() if edges else holder.span.start
    if edges and _WHERE_EDGE.match(edges[-1].group()):
        # "had called at Istanbul and, earlier, at Novorossiysk, where it loaded cargo in late
        # October": a clause on a place the step back told of is part of it
        lo = edges[-2].end() if len(edges) > 1 else holder.span.start
    back = _PAST_PERFECT.search(text, lo, t.start)
    # ("Police said on Tuesday they had seized the X on July 7": the perfect of what was said,
    # the story's own deed)
    return back is not None and _SAID_BEFORE_PERFECT.search(text, max(lo, back.start() - 60),
                                                            back.start()) is None


_SAID_BEFORE_PERFECT = rx(r"\b(?:" + _SAYING + r")(?:\s+(?:on\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?)?\s+(?:that\s+)?"
                          r"(?:it|they|he|she|police|authorities|officials)\s+$")
_WHERE_EDGE = re.compile(r",\s+(?:where|when)\b")


_SAID_THEN = re.compile(r",\s+(?:demanding|adding|citing|saying|calling|urging|asking|noting|warning|"
                        r"claiming|accusing|describing)\b")


def _said_after(text: str, s: int, e: int, t: TimeMention, deed_end: int) -> bool:
    """Whether a time closes its sentence as when it was said (", officials said on Tuesday."),
    after a deed told in the perfect before `deed_end` ("Authorities have seized ...")."""
    return bool(_SAID_ON.search(text, max(s, t.start - 30), t.start)) and \
        (_CLOSING_SAID.fullmatch(text, t.end, e) is not None or
         # (", the embassy said on Wednesday, demanding that ...": what went with the saying)
         _SAID_THEN.match(text, t.end, e) is not None) and \
        _HAD_DONE.search(text, s, deed_end) is not None


def _anterior_outside_asides(text: str, sent: Sentence) -> bool:
    """Whether the sentence tells a deed as done before, outside a relative clause ("The vessel,
    which had loaded gasoil at Primorsk, was detained": the detention is the story's own)."""
    asides = [(m.start(), m.end()) for m in RELATIVE.finditer(text, sent.span.start, sent.span.end)]
    return any(not any(a <= m.start() < b for a, b in asides)
               for m in _ANTERIOR.finditer(text, sent.span.start, sent.span.end))


def _one_line_before(analysis: Analysis, sent: Sentence) -> list[TimeMention]:
    """A wire story's paragraphs of a sentence each: "Maltese authorities on Monday detained
    the tanker X ... || The X was escorted to Marsaxlokk": the time of what the paragraph just
    before told a ship of this one did (or was done to), where that paragraph is one sentence
    and this one opens its own (not an item of a list, nor a deed told as done before)."""
    index = analysis.index_of(sent)
    if index < 1:
        return []
    before = analysis.sentences[index - 1]
    text = analysis.text
    if before.paragraph != sent.paragraph - 1 or index > 1 and \
            analysis.sentences[index - 2].paragraph == before.paragraph or \
            _LIST_ITEM_OPENS.match(text, before.span.start) or _LIST_ITEM_OPENS.match(text, sent.span.start) \
            or _anterior_outside_asides(text, sent) or \
            _TOLD_APART.search(text, sent.span.start, sent.span.end):
        return []
    mentions = analysis.in_sentence(sent, "Vessel")
    if any(m.attrs.get("plural") for m in mentions):
        return []  # ("The ships went dark for most of each voyage": a group, of times of their own)
    here = {m.key for m in mentions}
    done = {ev["date"] for ev in analysis.events_at(before.span.start) if ev.get("date") and
            here & {ev.get("vessel"), ev.get("target"), *(ev.get("vessels") or ())}}
    return [t for t in before.times if not t.since and not t.ahead and t.interval.iso() in done]


def _heading_time(analysis: Analysis, sent: Sentence) -> list[TimeMention]:
    """"Movements in the past 24 hours: || The X sailed from Chornomorsk ... || The Y left
    Pivdennyi ...": the one time of a line that ends in a colon, over the paragraphs after it
    that each tell of a ship (up to eight). Only a heading's: a short line, not a sentence that
    tells a deed of its own before its list ("Today the Treasury designated the following
    vessels:")."""
    index = analysis.index_of(sent)
    text = analysis.text
    for x in reversed(analysis.sentences[max(0, index - 12):index]):
        if x.paragraph < sent.paragraph - 8:
            return []
        line = text[x.span.start:x.span.end].rstrip()
        if x.paragraph < sent.paragraph and line.endswith(":"):
            if len(line.split()) > 10 or _FOLLOWING.search(line):
                return []
            times = [t for t in x.times if not t.since and not t.ahead]
            return times if len(times) == 1 else []
        if not analysis.in_sentence(x, "Vessel"):
            return []
    return []


_FOLLOWING = re.compile(r"\b(?:following|these|below|include[sd]?|including)\b", re.I)


# a deed told at another time: "called at Tartus again", "made a second trip", "returned to
# Tartus", "Before going dark, ..."
_TOLD_APART = rx(r"\b(?:again|once\s+more|another|second|third|return\w*|back|later|subsequently|"
                 r"afterwards|eventually|since|before|earlier|previously|prior|first|formerly)\b", re.I)
_LIST_ITEM_OPENS = re.compile(r"\s*(?:[-*•–|]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _paragraph_times(analysis: Analysis, sent: Sentence) -> list[TimeMention]:
    """The time expressions of the sentences of the paragraph before this one (not the spans
    of states told with "since", which belong to those states)."""
    return [t for x in analysis.sentences if x.paragraph == sent.paragraph
            and x.span.end <= sent.span.start for t in x.times if not t.since and not t.ahead]


def cite(event: dict[str, Any], sent: Sentence) -> None:
    """Add a sentence to an event's evidence (once): one that tells part of it."""
    span = (sent.span.start, sent.span.end)
    if span not in event["evidence"]:
        event["evidence"].append(span)


# the reason for a deed told as a suspicion: "seized the X at Pohang on suspicion that it had
# carried North Korean coal" (the seizure is not in doubt; what it was for is)
# ("laden with soybeans loaded at Rosario, ran aground in the Parana on 9 February")
_MAIN_VERB_AFTER = rx(r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b|"
                      r"\b(?:arrived|docked|berthed|reached|entered|sailed|departed|left|ran\s+aground|sank|"
                      r"collided|caught\s+fire|lost\s+power|broke\s+down|drifted)\b")
_SUSPICION_AFTER = rx(r"\b(?:on|under)\s+(?:the\s+)?suspicion\s+(?:that|of)\b|"
                      # ("was turned away from Ceyhan, after the buyer could not confirm the cargo's
                      # origin": why, told of others, not a doubt on the deed)
                      r",\s+(?:after|because|as|since)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:buyers?|"
                      r"sellers?|owners?|authorities|officials|insurers?|charterers?|refiners?|traders?|"
                      r"customs|terminal|port)\s+(?:could|did|would|was|were)\s*(?:not|n['’]t)\b|"
                      r"\b(?:because|as)\s+(?:it|she)\s+(?:was|is)\s+suspected\s+of\b|"
                      # ("was boarded on Dec. 26 after its anchor was suspected of cutting a cable")
                      r"\b(?:after|because|as|since)\s+(?:its|her|the)\s+(?:[a-z]+\s+){0,2}?"
                      r"(?:was|were|is|are|had\s+been)\s+(?:suspected|alleged|accused|believed|thought)\s+"
                      r"(?:of|to)\b|"
                      # ("detained ... for suspected illegal transfer of oil": why, not whether)
                      r"\b(?:for|over)\s+(?:the\s+|an?\s+)?(?:suspected|alleged|possible)\s+(?:[a-z]+\s+){0,2}?"
                      r"(?:transfers?|smuggling|trafficking|violations?|breach(?:es)?|involvement|links?|"
                      r"role|activit(?:y|ies)|sabotage|damage|espionage|sanctions\s+(?:evasion|violations?))\b",
                      re.I)


# a hedged aim or activity told after the deed, set off by a comma: ", apparently preparing to
# evacuate", ", probably to take on fuel"
_HEDGED_AIM = re.compile(r",\s+(?:apparently|probably|possibly|presumably|perhaps|seemingly|likely)\s+"
                         r"(?:(?:in\s+order\s+)?to\s+[a-z]+|[a-z]+ing)\b")


def _hedged_part(analysis: Analysis, sent: Sentence, pos: int, stay: bool = False) -> str:
    """The part of the sentence whose hedging bears on an event told at `pos` (not a clause of
    what was done at a place, after it: "loaded crude at Jose and sailed for Malaysia, where the
    cargo is likely to be moved to another ship"; nor, for a `stay` at a port, what it was there
    for)."""
    part = _hedged_whole(analysis, sent, pos)
    aim = _HEDGED_AIM.search(analysis.text, max(pos, sent.span.start), sent.span.end) if stay else None
    if aim is not None and part.endswith(tail := analysis.text[aim.start():sent.span.end]):
        # "moored at Tartus, apparently preparing to evacuate equipment": what it was there for
        # is hedged, not that it was there (but "alongside the Y, apparently transferring
        # cargo" hedges the transfer)
        part = part[:len(part) - len(tail)]
    where = analysis.text.find(", where ", max(pos, sent.span.start), sent.span.end)
    # (a clause on the place told at `pos` may tell what was done there: "sailed to Singapore,
    # where it probably unloaded", of the call there)
    at_port = next((m for m in analysis.between(pos, pos + 1) if m.type == "Port"), None)
    if where >= 0 and (any(m.type in ("Port", "State", "Place") and not (
            # (not the state of the port at `pos`: "off Ningbo, China, where it is believed to
            # have unloaded coal", of the call there)
            at_port is not None and m.type == "State" and
            re.fullmatch(r",\s*", analysis.text[at_port.end:m.start]) is not None)
            for m in analysis.between(pos + 1, where)) or
                       # ("sailed to Kavkaz, where the grain was likely transferred to a larger
                       # vessel": another's deed there, not the ship's at its call)
                       _OTHERS_WHERE.match(analysis.text, where) and any(
                           m.type in ("Port", "Place") for m in analysis.between(pos, where))):
        at = part.find(analysis.text[max(pos, sent.span.start):where + 8])
        if at >= 0:
            return part[:at + where - max(pos, sent.span.start)]
    return part


_OTHERS_WHERE = re.compile(r",\s+where\s+(?:the|its|her|some|most|part|much)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:cargo|cargoes|load|grain|oil|crude|fuel|wheat|coal|containers|goods|crew|"
                           r"shipment|consignment|weapons|munitions|vehicles)\b")
# a participle after a ship a look shows ("show the X, moored at Longkou"), and that look
_SHOWN_DOING = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+(?:ed|ing)\b")
_SHOW_VERB = rx(r"\b(?:show|shows|showed|shown|showing|depicts?|depicted|reveals?|revealed|captures?|"
                r"captured)\b", re.I)


def _hedged_whole(analysis: Analysis, sent: Sentence, pos: int) -> str:
    text = analysis.text
    reason = _SUSPICION_AFTER.search(text, max(pos, sent.span.start), sent.span.end)
    if reason is not None:
        return text[sent.span.start:reason.start()]
    # "spoofed its AIS to appear to be off Malaysia, when in fact it was loading at Mersing":
    # what it did in fact is told flatly, whatever was made to appear before
    fact = _IN_FACT.search(text, sent.span.start, max(pos, sent.span.start))
    if fact is not None:
        return text[fact.start():sent.span.end]
    # "The ship, which had switched off its AIS on 20 March, is believed to be carrying crude":
    # what a relative clause tells is told flatly, and its own hedging is its own ("The X, which
    # possibly went dark in May, docked at Tartus")
    asides = list(RELATIVE.finditer(text, sent.span.start, sent.span.end))
    for m in asides:  # ("The X, previously designated by the UN, is assessed to have met the Y")
        if m.start() <= pos < m.end():
            if _SHOWN_DOING.match(m.group()) and _SHOW_VERB.search(text, sent.span.start, m.start()):
                # "Images appear to show a cargo ship, the X, moored at Longkou": what the
                # images show, hedged as the showing is
                return text[sent.span.start:m.end()]
            return m.group()
    relatives = [m for m in asides if _WHICH_OPENS.match(m.group())]
    # (also one that closes the sentence, for what is told before it: "extended the detention
    # of the X, which investigators suspect dragged its anchor across a cable." What it tells
    # itself may rest on the hedging before it: "is alleged to have carried parts, which were
    # offloaded at Makhachkala")
    last = _WHICH_TO_END.search(text, relatives[-1].end() if relatives else sent.span.start,
                                sent.span.end)
    if last is not None and pos < last.start():
        relatives.append(last)
    for m in relatives:
        if m.start() <= pos < m.end():
            return m.group()
    if relatives:
        return "".join(text[a:b] for a, b in zip(
            [sent.span.start] + [m.end() for m in relatives],
            [m.start() for m in relatives] + [sent.span.end], strict=True))
    # "It is unlikely that the Y was involved; it remained in Jeddah": a clause after a semicolon
    # has its own hedging (and the one before it, its own)
    semi = text.rfind(";", sent.span.start, max(pos, sent.span.start))
    if semi >= 0:
        stop = text.find(";", pos, sent.span.end)
        return text[semi + 1:stop if stop >= 0 else sent.span.end]
    stop = text.find(";", max(pos, sent.span.start), sent.span.end)
    if stop >= 0:
        return text[sent.span.start:stop]
    # "loaded at Rajin and probably unloaded at Vostochny": the hedge of a later verb joined by
    # "and" is not the earlier verb's (one before both hedges both)
    joined = _HEDGED_JOIN.search(text, max(pos, sent.span.start), sent.span.end)
    if joined is not None:
        return text[sent.span.start:joined.start()]
    # "The Salina unloaded at Qingdao, while the Eos is thought to have gone to Yantai": a
    # clause set against another has its own hedging (as one that doubts a further deed: "was
    # seen at Vostochny, but it is not clear whether it carried containers")
    turn = _WHILE.search(text, sent.span.start, sent.span.end) or \
        _BUT_UNSURE.search(text, sent.span.start, sent.span.end)
    if turn is None:
        # "The X carried crude to Vadinar, and the Y is believed to have moved diesel to Mersin":
        # a clause joined with its own ship as subject has its own hedging
        turn = next((m for m in _AND_SHIP.finditer(text, sent.span.start, sent.span.end)
                     if any(v.start == m.end() and v.form == "name" and _SHIP_VERB.match(text, v.end)
                            for v in analysis.between(m.end(), m.end() + 1, "Vessel"))), None) or \
            _AND_HEDGED_SUBJECT.search(text, sent.span.start, sent.span.end) or \
            _BUT_CARGO_BELIEVED.search(text, sent.span.start, sent.span.end)
        # ("discharged at Dongying on 19 May, and the oil was likely sold to a refiner": what
        # became of the cargo after, hedged on its own)
    if turn is not None:
        return text[sent.span.start:turn.start()] if pos < turn.start() else text[turn.start():sent.span.end]
    return analysis.sentence_text(sent)


_AND_SHIP = rx(r",\s+(?:and|but)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?=(?-i:[A-Z]))")
_AND_HEDGED_SUBJECT = rx(r",\s+(?:and|but)\s+(?:the|its|her|their)\s+(?:[\w-]+\s+){0,2}?(?:was|were|is|are|"
                         r"has\s+been|had\s+been)\s+(?:(?:likely|probably|possibly|reportedly|apparently|"
                         r"allegedly|presumably)\s+|(?:believed|thought|suspected|said|assessed)\s+to\s+)")
# ("loaded its cargo at Nakhodka last month, but officials believe the coal originated in
# North Korea": a belief about where the load came from, not about the ship's deed)
_BUT_CARGO_BELIEVED = rx(r",\s+but\s+(?:[\w-]+\s+){1,3}?(?:believe|believes|believed|suspect|suspects|"
                         r"suspected|think|thinks|thought|assess|assesses|assessed)\s+(?:that\s+)?"
                         r"(?:the|its|her|this|that)\s+(?:[\w-]+\s+)?(?:coal|oil|crude|cargo|load|fuel|grain|"
                         r"wheat|goods|shipment|consignment|munitions|containers|weapons|arms)\b")
_SHIP_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:is|are|was|were|has|had|have|did|may|might|could|"
                        r"also|then|later|probably|likely|possibly|reportedly|apparently)\b|[a-z]+ed\b)")


_HEDGED_JOIN = rx(r"\b(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:(?:probably|likely|possibly|apparently|"
                  r"reportedly|allegedly|presumably|almost\s+certainly|most\s+likely|very\s+likely)\s+|"
                  # ("loaded at Rajin and may have unloaded at Vostochny")
                  r"(?:may|might|could)\s+(?:well\s+|also\s+|then\s+|later\s+)?have\s+)"
                  r"(?:[a-z]{3,}ed|went|left|made|took|lay|sat|came|sent)\b|"
                  # ("was loaded in Sevastopol and is believed to be heading for Syria")
                  r"\band\s+(?:now\s+)?(?:is|are|was|were)\s+(?:now\s+)?(?:believed|thought|suspected|"
                  r"understood|assumed|presumed|alleged|said|likely|expected)\s+to\s+(?:be|have)\b")
_WHILE = rx(r",\s+(?:while|whereas)\s+(?:the|its|her|their|it|she|they|[A-Z])")
# (the comma may go unwritten: "has been seen at the terminal but we could not confirm where")
_BUT_UNSURE = rx(r",?\s+(?:but|though|although)\s+(?:it\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?"
                 r"(?:clear|known|certain)|unclear|uncertain|unknown)\s+(?:whether|if)\b|"
                 # ("was identified at Rajin, although we could not confirm where it discharged")
                 # ("..., the group said, though it could not confirm they delivered coal there")
                 r"(?:we|I|it|they|investigators|analysts|researchers|officials|the\s+(?:Panel|Group|group|"
                 r"authors|report|researchers|analysts|monitor|company|firm|agency))\s+"
                 r"(?:could|can|were|was|have|has)\s*(?:not|n['’]t)\s+(?:been\s+)?(?:able\s+to\s+)?"
                 r"(?:independently\s+)?(?:confirm|verify|establish|determine|tell|say)\s+"
                 # (a clause with no "that": not "could not confirm the identification", the
                 # sighting's own doubt)
                 r"(?:where|whether|if|what|how|when|which|that|(?=(?:it|they|she)\s+(?:had\s+|was\s+|were\s+)?"
                 r"[a-z]+(?:ed|t)\b|(?:the|its|their)\s+(?:[\w-]+\s+){1,2}?(?:had\s+|was\s+|were\s+)?"
                 r"[a-z]+ed\b))\b)")
_IN_FACT = rx(r"\b(?:when|while|whereas|but)\s+(?:in\s+fact|in\s+reality|actually)\b|"
              r",\s+(?:in\s+fact|in\s+reality)\b|\bwhen\s+(?:it|she|they)\s+(?:was|were)\s+actually\b")


_WHICH_OPENS = re.compile(r",\s+which\b")
_WHICH_TO_END = rx(r",\s+which\b(?:[^,;]|,(?=\d{3}\b))*$")


def said_day(analysis: Analysis, sent: Sentence, pos: int) -> str | None:
    """The day a deed at `pos` was said to have been done before ("Houthis said on Tuesday they
    had targeted the X": Tuesday), or None."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for t in sent.times:
        had = _HAD_DONE.search(text, t.end, min(e, pos + 30)) if t.end <= pos and _SAID_ON.search(
            text, max(s, t.start - 30), t.start) else None
        if had is not None and had.start() < pos and not text[t.end:had.start()].count(","):
            return t.interval.iso()
    return None


def confidence_at(analysis: Analysis, sent: Sentence, pos: int) -> str:
    """The confidence the hedging of the sentence's part that holds `pos` supports."""
    return confidence_of(_hedged_part(analysis, sent, pos))


# a delivery the clause after doubts: "though it could not confirm they delivered coal there"
_DELIVERED = re.compile(r"\b(?:delivered|unloaded|offloaded|discharged|landed|sold|transferred|shipped)\b")


def delivery_doubted(analysis: Analysis, sent: Sentence, pos: int) -> str:
    """The hedge a clause after a transfer puts on its delivery ("were seen off Ningbo, though
    the group could not confirm they delivered coal there"), or "reported"."""
    text = analysis.text
    turn = _BUT_UNSURE.search(text, max(pos, sent.span.start), sent.span.end)
    if turn is None:
        return "reported"
    stop = text.find(";", turn.end(), sent.span.end)
    clause = text[turn.start():stop if stop >= 0 else sent.span.end]
    return confidence_of(clause) if _DELIVERED.search(clause) else "reported"


def weaker(first: str, second: str) -> str:
    """The weaker of two confidences on the analysts' scale."""
    return min(first, second, key=lambda level: CONFIDENCE_LEVELS.get(level, 1.0))


def stronger(first: str, second: str) -> str:
    """The surer of two confidences on the analysts' scale (the first where they are one)."""
    return max(first, second, key=lambda level: CONFIDENCE_LEVELS.get(level, 1.0))


def record(analysis: Analysis, sent: Sentence, etype: str, pos: int, **keys: Any) -> dict[str, Any]:
    """Add an event found in `sent`, with its date, confidence and the sentence as evidence."""
    suspected = suspected_deed(analysis.text, sent.span.start, sent.span.end, pos)
    if suspected is not None:
        # "A tanker suspected of supplying refined petroleum to North Korea was seen at
        # Vostochny on June 24": the deed suspected is hedged, and has only the time told in it
        a, b = suspected
        date = keys.pop("date", None) or next((t.interval.iso() for t in sent.times if a <= t.start < b),
                                              None)
        confidence = confidence_of(analysis.text[a:b], own=True)
        if confidence == "reported":
            confidence = "realistic possibility"
    else:
        date = keys.pop("date", None) or date_near(analysis, sent, pos,
                                                   state=etype in ("AISGap", "Detention"))
        confidence = confidence_of(_hedged_part(analysis, sent, pos, stay=etype == "PortCall"))
        if etype == "Transfer" and (doubted := delivery_doubted(analysis, sent, pos)) != "reported":
            # (a delivery told flatly leaves the hedge as it is: "almost certainly unloaded fuel")
            confidence = weaker(confidence, doubted)
    event = {
        "type": etype, **keys, "date": date,
        "confidence": confidence,
        "evidence": [(sent.span.start, sent.span.end)], "position": pos,
    }
    analysis.events.append(event)
    return event


_MET_OBJECT = rx(r"(?:\b(?:met|joined|approached|accompanied|escorted|towed|followed|shadowed|"
                 r"passed|came alongside|"
                 # ("loaded diesel alongside the Lark Sun ... and sailed to Nampo", "after a transfer
                 # with the Lark Sun")
                 r"alongside|beside|(?:transfers?|STS|rendezvous)\s+with)|"
                 # "received crude oil from the Kira Star ... and delivered it": the giver
                 r"\b(?:received|took|obtained|collected|picked up|loaded|bought|purchased)\b"
                 r"(?:[^,;.]|[.,](?=\d)){0,60}?\bfrom|"
                 # "loaded crude at Jose, transferred it to another tanker, the Sea Emerald, off
                 # Malaysia, and returned to Jose": the taker
                 r"\b(?:transferred|pumped|passed|handed|delivered|offloaded|discharged|lightered)\b"
                 r"(?:[^,;.]|[.,](?=\d)){0,60}?\b(?:to|into|onto)(?:\s+another\s+(?:[\w-]+\s+)?(?:tanker|vessel|"
                 r"ship|carrier),)?)"
                 r"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# an aside opened after a ship's name, and closed with a comma after another's
# ("The tanker Freedom, owned by the same company as the Hope, loaded ...")
_APPOSED_OPEN = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s+(?:a|an|which|that|whose|once|formerly|"
                           r"itself|one|like|another|also|(?:owned|operated|managed|chartered|controlled|run|"
                           r"built|bought|sold|leased|insured|crewed)\s+by|(?:linked|tied|related|"
                           r"connected|sold)\s+to)\b[^,;.()]*")
_APPOSED_CLOSE = re.compile(r"(?:\s*\([^()]*\))?[^,;.()]{0,80},\s")
# (or a verb in the perfect: ", and has remained anchored there since")
_AND_VERB = rx(r"(?:,?\s+and\s+(?:then\s+|later\s+)?|,\s+then\s+)(?:(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?"
               r"[a-z]+(?:ed|t)\b[^,;]*)?$|"
              # "received a cargo from the Linda on 14 March before sailing to Vadinar"
              r"\s(?:before|after)\s+(?:[a-z]+ing\b[^,;]*)?$")


# what stands before a ship that is the object of a deed, the other side of it: "transferred
# diesel to the tanker Lyra", "an STS transfer with the DPRK-flagged Chon Ma San"
OBJECT_BEFORE = re.compile(r"\b(?:to|from|with|onto|into|by|alongside|beside)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}$")


_VERB_OBJECT_BEFORE = re.compile(r"\b(?<!the )[a-z]{3,}(?:ed|ght)\s+(?:the|an?)\s+"
                                 r"(?:[\w'’-]+\s+){0,3}$")


# a clause of time set off by commas, up to the verb after it: ", after a transfer with the Y off
# Oman, "
# (or one on who went with it: ", escorted by the frigate Y,")
_TIME_ASIDE = rx(r",\s+(?:after|before|following|while|during|having|"
                 r"(?:escorted|accompanied|shadowed|trailed|guarded|towed)\s+by)\s[^,;.()]{1,100},\s*")


_WHICH_OF_LAST = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s+(?:which|that)\s+(?:(?P<verb>\w+)[^,;]*)?$")
_WORD = re.compile(r"\w+")
# the last of a list named with words of its own: "and the Comoros-flagged Sea Rover"
_OWN_WORDS = re.compile(r"(?:,|\band)\s+the\s+(?:[\w'’-]+\s+){1,4}$")
_RESPECTIVELY = re.compile(r"\brespectively\b")


def subjects(analysis: Analysis, vessels: list[Mention], pos: int) -> list[Mention]:
    """The vessel(s) nearest before pos, with any coordinated with them ("X and Y")."""
    before = [v for v in vessels if v.end <= pos]
    if not before:
        return []
    last = before[-1]
    # "X took on fuel, met the Sahar off Khor Fakkan, and delivered it": the ship met is an
    # object; the verbs after it are still X's
    # (the objects may be a list: "received catch from the squid jiggers X and Y off Peru, then
    # delivered it to Qingdao")
    head = len(before) - 1
    while head > 0 and JOINED.fullmatch(analysis.text, before[head - 1].end, before[head].start):
        head -= 1
    if len(before) > 1 and _MET_OBJECT.search(analysis.text, max(0, before[head].start - 100),
                                              before[head].start) \
            and _AND_VERB.search(analysis.text, last.end, pos):
        objects = {v.key for v in before[head:]}
        last = next((v for v in before if v.key not in objects), last)
    if len(before) > 1:
        # "X, a sister ship of the Y, docked", "X, which had met the Y in May, docked": a ship
        # named inside an aside about the one before it is not the subject after the aside
        prev = next((v for v in reversed(before) if v.key != last.key and v.end <= last.start),
                    None)
        if prev is not None and _APPOSED_OPEN.fullmatch(analysis.text, prev.end, last.start) and \
                _APPOSED_CLOSE.match(analysis.text, last.end, pos):
            last = prev
    if len(before) > 1:
        # "X took on diesel and, after a transfer with the tanker Y off Oman, arrived at Ras Isa":
        # a ship named in a clause set off before the verb is not its subject
        aside = next((m for m in _TIME_ASIDE.finditer(analysis.text, max(0, last.start - 120), pos)
                      if m.start() < last.start < m.end()), None)
        if aside is not None and not re.search(r"[,;.]", analysis.text[aside.end():pos]):
            last = next((v for v in reversed(before) if v.end <= aside.start()), last)
    if RULERS_DID.search(analysis.text, max(last.end, pos - 80), pos):
        return []  # "docked at Qingdao, and Chinese officials delivered a protest to Tokyo"
    group = [v for v in before if v.start == last.start]
    which = _WHICH_OF_LAST.match(analysis.text, last.end, pos)
    verb = (which["verb"] or (_WORD.match(analysis.text, pos) or which).group()) if which is not None else ""
    if which is not None and (verb in ("was", "is", "has") or _OWN_WORDS.search(
            analysis.text, max(0, last.start - 60), last.start)) and not _RESPECTIVELY.search(which.group()):
        # "the tanker Kira and the tanker Lumo, which took maize to Constanta": the last one's
        # (not "the Angara and the Maria, which shuttled between Rajin and Dunai": both's)
        return unique_keys(group)
    i = before.index(group[0]) - 1
    while i >= 0:
        gap = analysis.text[before[i].end:group[0].start]
        if "," in gap and (OBJECT_BEFORE.search(analysis.text, max(0, before[i].start - 40),
                                                before[i].start) or
                           _VERB_OBJECT_BEFORE.search(analysis.text, max(0, before[i].start - 40),
                                                      before[i].start)):
            # "transferred diesel to the tanker Lyra, and the Sirius docked", "police seized
            # the tanker Lyra, and the Sirius docked": an object
            break
        # (names in quotes: '"Alexander Shabalin" and the cargo vessel "Sparta IV"')
        # ("the frigates X and Y, as well as the submarine Z, have left")
        if re.fullmatch(r"[\"”’'»]?\s*(?:\([^()]*\)\s*)?(?:,|and|,\s*and|,?\s*as\s+well\s+as)\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,3}?[\"“‘'«]?", gap + " ") or re.fullmatch(
                            r"[\"”’'»]?\s*(?:\([^()]*\)\s*)?(?:,|and|,\s*and)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                            r"[\"“‘'«]", gap) or _KIND_JOINED.fullmatch(gap):
            group.insert(0, before[i])
            i -= 1
        else:
            break
    return unique_keys(group)


# A clause of its own whose subject governs or investigates: what it does is not the deed of the
# ship named before (dockers and crews handling the ship's cargo are not such).
_RULERS = (r"(?:,|\band|\bbut|\bwhile|\bwhereas|\bafter|\bbefore|\bwhen)\s+"
           r"(?!(?:which|who|whom|whose|that|as|according)\b)(?:the\s+|its\s+|their\s+)?"
           r"(?:[\w'’-]+\s+){0,2}(?:officials|authorities|government|ministry|ministers?|diplomats|"
           r"police|prosecutors|investigators|regulators|spokes(?:man|woman|person)|Treasury|embassy|"
           r"lawmakers)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?")
RULERS_DID = rx(_RULERS + r"$")
# ("The X, port officials said, docked": who says so opens no clause of its own)
RULERS_CLAUSE = rx(_RULERS + r"(?!(?:said|say|says|told|confirmed|reported|believe[sd]?|think|"
                   r"thought|added|noted|stated|claimed|alleged?)\b)\b")


def coordinated(analysis: Analysis, vessels: list[Mention]) -> list[Mention]:
    """The first vessel and those joined to it ("the Angara and Maria", "X, Y and Z")."""
    group = vessels[:1]
    for v in vessels[1:]:
        if not JOINED.fullmatch(analysis.text, group[-1].end, v.start):
            break
        group.append(v)
    return unique_keys(group)


# a flag told right before a ship's name: "the Liberia-flagged Grey Wren"
FLAG_BEFORE = r"(?:[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?-(?:flagged|registered)\s+)?"
# the second of two ships told by its kind: "the Lady Wren and a sister ship, the Maria Lark,"
_KIND_JOINER = (r"\s+and\s+(?:a|an|another|its|her)\s+(?:[a-z-]+\s+){0,2}?(?:ship|vessel|tanker|"
                r"carrier|freighter|bulker),\s+(?:the\s+)?")
# (a flag may stand before the next: "the Pale Heron and the Liberia-flagged Grey Wren")
# ("the frigates X and Y, as well as the submarine Z, have left Tartus")
# (a ship's number in brackets may stand after its name: "the X (IMO 8712362), the Y")
# (or its kind: "the Panamax X and the Supramax Y")
_KIND_BEFORE = (r"(?:(?:(?i:aframax|suezmax|panamax|supramax|ultramax|handysize|handymax|kamsarmax|capesize|"
                r"vlcc|ulcc)|(?:bulk\s+|cargo\s+|container\s+|LNG\s+|LPG\s+|oil\s+|chemical\s+|product\s+)?"
                r"(?:tanker|carrier|freighter|vessel|ship|bulker|reefer))\s+)?")
JOINED = re.compile(r"(?:\s*\((?:IMO|MMSI)[^()]{1,30}\))?\s*(?:,|and|,\s*and)\s+(?:the\s+)?" + FLAG_BEFORE +
                    _KIND_BEFORE +
                    # ("as well as the LNG carrier X": a kind in capitals)
                    r"|,?\s+as\s+well\s+as\s+(?:the\s+)?" + FLAG_BEFORE +
                    r"(?:(?:[a-z-]+|[A-Z]{2,4})\s+){0,2}"
                    r"|" + _KIND_JOINER + FLAG_BEFORE)
_KIND_JOINED = re.compile(_KIND_JOINER + r"(?:[\w-]+\s+){0,3}?")


def joined_before(analysis: Analysis, mentions: list[Mention],
                  joiner: re.Pattern[str] = JOINED) -> list[Mention]:
    """The last of these mentions with those joined to it before it: the list a phrase after
    it is told of ("the X and the Y, both designated in 2022,"); `joiner` is what may stand
    between two of them."""
    group = mentions[-1:]
    for m in reversed(mentions[:-1]):
        if not joiner.fullmatch(analysis.text, m.end, group[0].start):
            break
        group.insert(0, m)
    return group


def unique_keys(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


def span_dates(a: str | None, b: str | None) -> str | None:
    """The interval from the start of date a to the end of date b."""
    ia, ib = parse_iso(a.split("/")[0]) if a else None, parse_iso(b.split("/")[-1]) if b else None
    if ia and ib:
        lo, hi = min(ia.start, ib.start), max(ia.end, ib.end)
        return format_interval(lo, hi)
    return a or b


def union_dates(a: str, b: str) -> str:
    """The interval from the earlier start of two dates to the later end."""
    ia, ib = _bounds(a), _bounds(b)
    if ia is None or ib is None:
        return a if ib is None else b
    return format_interval(min(ia[0], ib[0]), max(ia[1], ib[1]))


def ends_before(a: str | None, b: str | None) -> bool:
    """Whether date a can come before date b (true when either is unknown)."""
    ia, ib = _bounds(a), _bounds(b)
    return ia is None or ib is None or ia[0] <= ib[1]


def lies_before(a: str | None, b: str | None) -> bool:
    """Whether date a ends no later than date b begins (false when either is unknown)."""
    ia, ib = _bounds(a), _bounds(b)
    return ia is not None and ib is not None and ia[1] <= ib[0]


def overlaps(a: str | None, b: str | None) -> bool:
    """Whether two dates can be the same time (true when either is unknown)."""
    ia, ib = _bounds(a), _bounds(b)
    return ia is None or ib is None or (ia[0] <= ib[1] and ib[0] <= ia[1])


def inside(a: str | None, b: str | None) -> bool:
    """Whether date a is known and lies wholly within date b, and is narrower than it."""
    ia, ib = _bounds(a), _bounds(b)
    return ia is not None and ib is not None and ib[0] <= ia[0] and ia[1] <= ib[1] and ia != ib


def widen(value: str | None, days: int) -> str | None:
    """An ISO date or interval made `days` longer at each end."""
    bounds = _bounds(value)
    if bounds is None:
        return value
    delta = dt.timedelta(days=days)
    return format_interval(bounds[0] - delta, bounds[1] + delta)


def weeks_before(value: str | None, days: int = 30) -> str | None:
    """The days up to the end of an ISO date or interval, from `days` before its start: when
    a ship left the port it "had arrived from" on that date."""
    bounds = _bounds(value)
    if bounds is None:
        return value
    return format_interval(bounds[0] - dt.timedelta(days=days), bounds[1])


def shifted_back(value: str | None, days: int) -> str | None:
    """An ISO date or interval moved `days` earlier: when a ship left, given the day it arrived
    and how long the voyage took."""
    bounds = _bounds(value)
    if bounds is None:
        return value
    return format_interval(bounds[0] - dt.timedelta(days=days), bounds[1] - dt.timedelta(days=days))


# how long a voyage took: "a 38-day voyage", "a five-week journey", "a voyage of 12 days"
_VOYAGE_LENGTH = re.compile(r"\b(?:(?P<n>\d{1,3}|[a-z]+)[- ](?P<unit>day|week|month)s?[- ](?:long\s+)?|"
                            r"(?=\w+\s+of\s+(?P<n2>\d{1,3}|[a-z]+)\s+(?P<unit2>day|week|month)s\b))"
                            r"(?:voyage|journey|trip|passage|crossing|transit)\b", re.I)


def voyage_days(text: str, months: bool = False) -> int | None:
    """The days a voyage told in `text` took ("after a 38-day voyage from Ust-Luga"), or None
    (and for a length told in months, "a two-month voyage", None unless `months`: too rough to
    date a day by)."""
    m = _VOYAGE_LENGTH.search(text)
    if m is None:
        return None
    n, unit = (m["n"], m["unit"]) if m["n"] else (m["n2"], m["unit2"])
    if unit.lower() == "month" and not months:
        return None
    count = int(n) if n.isdigit() else NUM_WORDS.get(n.lower())
    if not count or count > 120:
        return None
    return count * {"week": 7, "month": 30}.get(unit.lower(), 1)


def ended_by(value: str | None, day: dt.date) -> str | None:
    """An ISO date or interval that runs past `day`, cut to end on it (where it begins by
    then); else as it was."""
    bounds = _bounds(value)
    if bounds is None or not bounds[0] <= day < bounds[1]:
        return value
    return format_interval(bounds[0], day)


def span_days(value: str | None) -> int:
    """How many days an ISO date or interval covers (0 when unknown)."""
    bounds = _bounds(value)
    return (bounds[1] - bounds[0]).days + 1 if bounds else 0


def gap_days(first: str | None, then: str | None) -> int | None:
    """Days from the end of one ISO date or interval to the start of another (None when either
    is unknown)."""
    a, b = _bounds(first), _bounds(then)
    return (b[0] - a[1]).days if a and b else None


def _bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date or interval."""
    if not value:
        return None
    lo, hi = parse_iso(value.split("/")[0]), parse_iso(value.split("/")[-1])
    return (lo.start, hi.end) if lo and hi else None


# "appeared at the terminal on Oct. 4 and again on Oct. 22": done a second time, at its own time
_AGAIN = rx(r"(?:,\s+|\s+)(?:and|then|but)\s+(?:then\s+)?again\b\s*(?:,\s*)?")
_TIME_AFTER_AGAIN = re.compile(r"(?:(?:on|in|at|during|around|about)\s+)?")
_REPEATABLE = ("PortCall", "AISGap", "ShipToShipTransfer")
# two times joined, each its own: "in May and in September", "on March 3 and on April 9"
_TWO_TIMES = re.compile(r"\s*(?:,\s*)?and\s*(?:(?:on|in)\s+)?")
# (the clause ends with the second: not "left Tartus on May 3 and on May 9 arrived at P")
_TWO_TIMES_END = re.compile(r"\s*(?:[.;,)\n]|$|(?:with|carrying|respectively|each\s+time)\b)")
_TIME_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|,\s+which\b|\bwhere\b")


def told_again(analysis: Analysis, sent: Sentence) -> None:
    """A call, an AIS gap or a transfer at sea of the sentence done "again" at a time told after
    it, or told at two times ("twice, in May and in September"): a second event at that time,
    with the same evidence."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    for m in _AGAIN.finditer(text, s, e):
        when = next((t for t in sent.times if t.start >= m.end() and
                     _TIME_AFTER_AGAIN.fullmatch(text, m.end(), t.start)), None)
        if when is None:
            continue
        done = [ev for ev in analysis.events_at(s) if ev["type"] in _REPEATABLE
                and ev["position"] < m.start() and ev.get("date")]
        if not done or any(done[-1]["position"] < p.start < m.start()
                           for p in analysis.in_sentence(sent, "Port")):
            continue  # (another port between: "called at A and B, and again on ...": whose?)
        event, date = done[-1], when.interval.iso()
        same = {k: v for k, v in event.items() if k not in ("date", "position", "evidence")}
        if any(ev["date"] == date and all(ev.get(k) == v for k, v in same.items())
               for ev in analysis.events_at(s)):
            continue
        analysis.events.append({**event, "date": date, "position": m.start(),
                                "evidence": list(event["evidence"])})
    # "called at Damietta twice last year, in May and in September", "docked there on March 3
    # and on April 9": one call at each time
    times = sent.times
    _counted_list(analysis, sent)
    for first, second in zip(times, times[1:], strict=False):
        if not _TWO_TIMES.fullmatch(text, first.end, second.start) or \
                not _TWO_TIMES_END.match(text, second.end, e) or first.relative_to_anchor or \
                second.relative_to_anchor or not (
                    TWICE.search(text, max(s, first.start - 80), first.start) or
                    same_preposition(text, first, second) or
                    # ("arriving at Thilawa on 12 February and 30 April": two days weeks apart)
                    first.interval.start == first.interval.end and
                    second.interval.start == second.interval.end and
                    (second.interval.start - first.interval.end).days > 7):
            continue
        # (a transfer's cue may come after its times: "met the X twice, on the 3rd and on the
        # 17th, in what were ship-to-ship transfers")
        done = [ev for ev in analysis.events_at(s) if ev["type"] in _REPEATABLE
                and (ev["position"] < first.start or ev["type"] == "ShipToShipTransfer")]
        if not done or done[-1]["type"] != "ShipToShipTransfer" and any(
                done[-1]["position"] < p.start < first.start for p in analysis.in_sentence(sent, "Port")):
            continue
        event = done[-1]
        dates = (first.interval.iso(), second.interval.iso())
        if event.get("date") == dates[1] and event["type"] != "ShipToShipTransfer" or \
                _TIME_CLAUSE_BREAK.search(text, event["position"], first.start) or any(
                    ev is not event and ev["type"] == event["type"] and ev.get("date") in dates
                    for ev in analysis.events_at(s)):
            continue
        event["date"] = dates[0]
        analysis.events.append({**event, "date": dates[1], "position": second.start,
                                "evidence": list(event["evidence"])})


# times listed after a count of deeds: "docked at Longkou on at least three occasions in 2023: in
# March, in June and in October"
_COUNTED_BEFORE = rx(r"\b(?:(?:(?:at\s+least|more\s+than|some)\s+)?(?:three|four|five|six|seven|eight|nine|"
                     r"ten|several|\d+)\s+(?:times|(?:separate\s+)?occasions|(?:port\s+)?(?:calls|visits|voyages|"
                     r"trips|deliveries|stops)))\b[^.;]{0,60}$", re.I)
_ON_BEFORE = re.compile(r"\bon\s+$")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s*)?(?:(?:on|in)\s+)?|\s+and\s*(?:(?:on|in)\s+)?")


def _counted_list(analysis: Analysis, sent: Sentence) -> None:
    """A call (or gap, or transfer at sea) told with a count and three or more times listed after
    it: one event at each time."""
    text, s, e = analysis.text, sent.span.start, sent.span.end
    times = sent.times
    i = 0
    while i < len(times):
        run = [times[i]]
        while i + len(run) < len(times) and _LIST_SEP.fullmatch(text, run[-1].end, times[i + len(run)].start):
            run.append(times[i + len(run)])
        i += len(run)
        if len(run) > 3 and all(inside(t.interval.iso(), run[0].interval.iso()) for t in run[1:]):
            run = run[1:]  # ("three times in 2023, in March, June and October": the year frames them)
        if len(run) < 3 or "and" not in text[run[-2].end:run[-1].start] or \
                not _TWO_TIMES_END.match(text, run[-1].end, e) or \
                any(t.relative_to_anchor for t in run) or \
                not (_COUNTED_BEFORE.search(text, max(s, run[0].start - 100), run[0].start) or
                     # ("was photographed at the terminal on March 2, April 9 and May 16": days
                     # weeks apart, each a visit of its own)
                     _ON_BEFORE.search(text, max(s, run[0].start - 5), run[0].start) and
                     all(t.interval.start == t.interval.end for t in run) and
                     all((b.interval.start - a.interval.end).days > 7
                         for a, b in zip(run, run[1:], strict=False))):
            continue
        done = [ev for ev in analysis.events_at(s)
                if ev["type"] in _REPEATABLE and ev["position"] < run[0].start]
        if not done or _TIME_CLAUSE_BREAK.search(text, done[-1]["position"], run[0].start):
            continue
        event = done[-1]
        dates = [t.interval.iso() for t in run]
        # (one of the same ship and port told at one of the times already; not a call elsewhere
        # the times are near: "...; each time it had loaded at Astrakhan five days before")
        if any(ev is not event and ev["type"] == event["type"] and ev.get("date") in dates and
               all(ev.get(k) == event.get(k) for k in ("vessel", "port", "vessels"))
               for ev in analysis.events_at(s)):
            continue
        event["date"] = dates[0]
        for t, date in zip(run[1:], dates[1:], strict=True):
            analysis.events.append({**event, "date": date, "position": t.start,
                                    "evidence": list(event["evidence"])})
