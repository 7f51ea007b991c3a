"""Confidence from the text's own hedging, on the analysts' scale (see model.CONFIDENCE_LEVELS)."""

from __future__ import annotations

import re

from .prefilter import Gated, rx
from .text import CARGO_WORDS, SAME_LOOK

# Strongest, most specific cues first: "highly likely" before "likely".
_CUES: list[tuple[str, Gated]] = [
    ("remote", rx(r"\b(remote (?:chance|possibility)|almost certainly not)\b", re.I)),
    ("highly unlikely", rx(r"\b(highly|very|extremely) unlikely\b", re.I)),
    ("almost certain", rx(r"\b(almost certain(ly)?|virtually certain(ly)?|near[- ]certain"
                                  r"(ly)?|with high confidence|we are confident)\b", re.I)),
    ("highly likely", rx(r"\b(highly (likely|probable)|very (likely|probabl[ey])|"
                                 r"high likelihood)\b", re.I)),
    ("unlikely", rx(r"\b(unlikely|improbable|doubtful|low likelihood)\b", re.I)),
    # ("The Government strongly suspects that the vessels were engaged in ...": more than a
    # suspicion)
    ("likely", rx(r"\bstrongly\s+suspect(?:s|ed)?\b", re.I)),
    ("realistic possibility", rx(
        r"\b(realistic possibility|may have|might have|could have|possibly|possible|"
        r"with low confidence|on suspicion|suspects?|suspecting|suspected of|unverified|unconfirmed|"
        # "allegedly delivered": a charge reported, not a fact the author vouches for
        # ("..., US officials said, an allegation Pyongyang denies": a charge, disputed)
        r"allegedly|alleged(?:ly)? to|an\s+allegation|"
        # "Intelligence claims that the X delivered grain": one side's charge
        # ("Social media posts claimed last week that ...")
        r"(?:claims?|claimed|alleges?|alleged)\s+(?:(?:last|this|on|in|earlier|late|early)\s+(?:[\w-]+\s+)?)?that|"
        # ("Prosecutors allege the X later delivered the oil": "that" left out)
        r"(?:allege|alleges|alleged)\s+(?=(?:the|it|its|they|she)\s)|"
        # "... and discharged them at Baniyas in May, prosecutors allege."
        r"(?<=,\s)(?:[\w'’-]+\s+){1,4}(?:allege|alleges|alleged|claim|claims|claimed)(?=\s*[.;]|\s*$)|"
        r"(?:cannot|can ?not|can't|could not|couldn't)\s+(?:be\s+)?rule[ds]?\s+out|"
        r"(?:cannot|can't|could not|couldn't)\s+be\s+excluded|not be ruled out|"
        r"(?:is|remains|was|it's)\s+(?:still\s+)?(?:unclear|not clear)\s+(?:whether|if)|"
        # "a vessel consistent with the Angara", "this could not be confirmed"
        # (not "a cargo consistent with coal": what it carried, not whether it was there)
        r"consistent with (?:the\s+)?(?=(?-i:[A-Z]))|"
        # "a tanker resembling the Chon Ma San was seen at Nampo": which ship it was is a guess
        r"(?:vessel|ship|tanker|freighter|carrier|boat)\s+(?:closely\s+|strongly\s+)?(?:resembling|"
        r"that\s+resembl(?:es|ed)|similar\s+to|looking\s+like|that\s+looked\s+like)\s+(?:the\s+)?"
        r"(?=(?-i:[A-Z]))|"
        # "a vessel matching its dimensions": a ship known by its look
        # ("a tanker matching the Aegean Pearl's length and colouring")
        r"(?:matching|resembling|that match(?:es|ed)|consistent with|similar to)\s+(?:its|her|the\s+"
        r"(?-i:[A-Z])[\w'’.-]*(?:\s(?-i:[A-Z0-9])[\w'’.-]*){0,3}['’]s)\s+"
        r"(?:[\w-]+\s+)?(?:dimensions|profile|size|silhouette|description|appearance|length|features|"
        r"shape)|"
        # ("a vessel of the same length and colour moored at Rajin": a ship known by its look)
        r"(?:vessel|ship|tanker|freighter|carrier|boat|bulker)\s+" + SAME_LOOK + r"|"
        r"consistent with (?:a|an)\s+(?:[\w-]+\s+)?(?:vessel|"
        r"ship|tanker|freighter|carrier)|(?:could|can)\s*not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*|"
        # ("The Group was unable to confirm that ...")
        r"unable\s+to\s+(?:independently\s+)?(?:confirm|verif)\w*|"
        r"not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|"
        r"identification\s+(?:is\s+)?(?:impossible|uncertain|tentative))\b", re.I)),
    ("likely", rx(r"\b(likely|probabl[ey]|in all likelihood|moderate confidence|we assess|assessed to|"
                          r"assesses|assessed that|"
                          r"is assessed|are assessed|believed to|thought to|appear(?:s|ed)? to|"
                          # "It is understood to have loaded gasoline at Bandar Abbas"
                          r"(?:is|are|was|were)\s+understood\s+to|"
                          # "It is believed that the tanker loaded at Jask"
                          r"(?:is|are|was|were)\s+(?:widely\s+|generally\s+)?(?:believed|thought)\s+that|"
                          r"apparently|seemingly|ostensibly|suggests?|seems? to|presumably|suspected|"
                          # ("There are indications the X called at Tartus": signs, not the deed seen)
                          # (not "there are signs of damage", nor "there is no sign that")
                          r"there\s+(?:are|were|is|was)\s+(?:(?!(?:no|not|little|few|scant)\b)\w+\s+)?"
                          r"(?:indications?|signs?)\s+"
                          r"(?:that|(?=(?:the|a|an|it|its|they|she)\s))|"
                          r"(?:we|analysts?|officials?|experts?|investigators?|they|sources?)\s+"
                          r"(?:believe|think))\b", re.I)),
]


# An aside that hedges what a ship is or who holds it, not what the sentence tells it did: "The
# Behshad, long suspected of serving as a spy base, left the Red Sea", "the Vega, believed to
# be owned by a Dubai firm, docked". (An aside that hedges which ship it was, "a tanker,
# believed to be the Vega, docked", hedges the event and stays.)
_ROLE_ASIDE = rx(r",\s+(?:whose\s+(?:[\w'’-]+\s+){1,3}?(?:is|was|are|were|has\s+been|had\s+been)\s+"
                 r"(?:\w+ly\s+)?(?:suspected|accused|believed|thought|alleged)\s+of\s+[^,;()]*?"
                 # ("The X, whose anchor is suspected of cutting two cables, had loaded ...")
                 r"(?:,|(?=[.;]?[\s\"”’']*$)))|"
                 r",\s+(?:(?:long|widely|once|also|previously|itself|now|reportedly)\s+)?(?:suspected|"
                 r"accused|believed|thought|alleged|said|reported)\s+(?:of\s+(?:[a-z]+ly\s+)?[a-z]+ing\b|"
                 r"to\s+(?:be\s+|have\s+)?(?:been\s+)?(?:owned|controlled|operated|managed|linked|tied|"
                 r"belong|work|serve|serving|used|have\s+ties|have\s+links|part\s+of))[^,;()]*?"
                 # (or ending the sentence: "seized the tanker X, suspected of damaging a cable.")
                 r"(?:,|(?=[.;]?[\s\"”’']*$))", re.I)


# A ship described by what it is suspected of doing, not as doing it: "seized a tanker suspected
# of smuggling fuel", "boarded the Eagle S, a vessel suspected of dragging its anchor",
# "detained the ship, suspecting it of ...". (Not "suspected of having called at Nampo", a deed
# the sentence may tell.)
_SUSPECTED_SHIP = rx(r"\b(?:vessel|ship|tanker|carrier|freighter|boat)s?\s+(?:(?:long|widely|also)\s+)?"
                     r"suspected\s+of\s+(?!having\b|being\b)(?:[a-z]+ly\s+)?[a-z]+ing\b|"
                     r"\bsuspecting\s+(?:it|her|them)\s+of\s+(?!having\b)[a-z]+ing\b|"
                     # "boarded the X at the request of Latvian authorities, who suspect the vessel
                     # of damaging a cable": what others hold against it
                     r"\bsuspect(?:s|ed)?\s+(?:it|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:vessel|ship|tanker|"
                     r"carrier|freighter|boat)s?)\s+of\s+(?!having\b)(?:[a-z]+ly\s+)?[a-z]+ing\b|"
                     # "detained the X, suspecting that it transferred oil to the Y in October",
                     # "on suspicion that it had ...": why it was held
                     # ("seized the X at Yeosu on suspicion of transferring diesel ... in October")
                     r"\bon\s+(?:the\s+)?suspicion\s+of\s+(?!having\b|being\b)(?:[a-z]+ly\s+)?[a-z]+ing\b|"
                     r"\b(?:suspecting|on\s+(?:the\s+)?suspicion)\s+that\s+(?:it|she|they|the\s+(?:\w+\s+){0,2}?"
                     r"\w+)\s+(?:had\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|t)\b|"
                     # "detained the X after it was suspected of cutting two cables": why
                     r"\b(?:after|because|as|since)\s+(?:it|she|they|the\s+\w+)\s+(?:was|were|had\s+been)\s+"
                     r"suspected\s+of\s+(?!having\b|being\b)(?:[a-z]+ly\s+)?[a-z]+ing\b", re.I)


# What a deed is taken to have been, or what it was for, set after it: "called at Yeosu, in what
# appears to have been a repair stop", "docked at Tartus, probably to take on fuel": the deed
# stands; the reading of it is hedged.
_READING_ASIDE = rx(r",\s+in\s+what\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|appears?|appeared|seems?|"
                    r"seemed|looked|looks)\b[^,;.]*|"
                    # ("did not sail, possibly because of engine trouble": why, hedged)
                    r",\s+(?:probably|possibly|likely|apparently|presumably)\s+(?:for|to|as|because|"
                    r"due\s+to|owing\s+to)\s+"
                    r"(?!(?:have|be|been)\b)[^,;.]*|"
                    # ("left Tartus bound for Sevastopol, apparently empty": the load, hedged)
                    r",\s+(?:probably|possibly|likely|apparently|presumably|seemingly|ostensibly)\s+(?:empty|unladen|laden|"
                    r"fully\s+laden|fully\s+loaded|light|in\s+ballast|without\s+(?:cargo|a\s+load))\b[^,;.]*|"
                    # ("unloaded crates that satellite imagery suggests were drones", "boxes that
                    # were probably shells": what the load was, hedged)
                    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:suggests?|suggested|indicates?|indicated|"
                    r"shows?|showed)\s+(?:were|are)\b[^,;.]*|"
                    # ("unloaded containers that we assess are likely to contain ammunition")
                    r"\b(?:that|which)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:assess|assessed|believe|believed|judge|judged|"
                    r"think|thought|say|said)\s+)?(?:are|is|were|was)\s+(?:(?:most|highly|very)\s+)?(?:likely|"
                    r"probably|possibly|almost\s+certainly|believed|thought)\s+to\s+(?:contain|hold|include|"
                    r"have\s+(?:contained|held))\b[^,;.]*|"
                    # ("carrying fuel oil that investigators believe was smuggled out of Libya": where
                    # the load came from, hedged)
                    r"\b" + CARGO_WORDS + r"\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?:believes?|believed|"
                    r"suspects?|suspected|thinks?|thought|says?|said|alleges?|alleged|claims?|claimed)\s+"
                    r"(?:was|were|had\s+been|came|originated)\b[^,;.]*|"
                    r"\b(?:that|which)\s+(?:were|are)\s+(?:probably|likely|possibly|(?:believed|thought)\s+to\s+be)\s+"
                    r"(?!(?:at|in|on|off|near|from|to|bound|heading|sailing|carrying|loaded|unloaded|delivered|"
                    r"shipped|taken|sent|transferred)\b)[^,;.]*", re.I)


# What a cargo was taken to be: "with what is likely to be diesel", "carrying what appeared to be
# military vehicles": the load's reading is hedged, not the voyage or the calls (the transfer
# that carries it takes the hedge: see events._hedged_cargo)
# (who read it: "what analysts", "what two people familiar with the shipment")
_READER = (r"(?:(?:analysts|officials|experts|investigators|they|we|sources)\s+|"
           r"(?:(?:one|two|three|four|several|some|many)\s+)?(?:people|persons|sources|officials|"
           r"diplomats|witnesses|residents|dockworkers|workers|insiders|crew\s+members)"
           r"\s+(?:(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|at|in)\s+"
           r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?)?")
_WHAT_READ = (r"\bwhat\s+" + _READER +
              r"(?:(?:is|was|are|were|appears?|appeared|seems?|seemed|looks?|looked|believed?|said|"
              r"assessed?)\s+"
              r"(?:(?:most\s+|very\s+|highly\s+)?(?:likely|probably|possibly|almost\s+certainly|"
              r"believed|thought|assessed|suspected|understood|described|said)\s+"
              r"(?:(?:to\s+(?:be|have\s+been)|as|like)\s+)?|"
              r"(?:to\s+(?:be|have\s+been)|as|like|were|was)\s+)|"
              r"(?:described|identified|called)\s+as\s+)")
CARGO_READING = rx(
    # (a load: not "what appears to have been its final run"; "around 1.8 million barrels of
    # Merey crude" counted before it)
    _WHAT_READ + r"(?=(?:[\w.,-]+\s+){0,6}?" + CARGO_WORDS + r"\b)|"
    # ("carrying what appeared to be BTR-82A armored personnel carriers": what it carried, whatever
    # the words for it)
    r"(?:(?<=\bcarrying\s)|(?<=\bcarried\s)|(?<=\bwith\s)|(?<=\btransporting\s)|(?<=\bhauling\s))" +
    _WHAT_READ, re.I)


# where a deed told as what a ship is suspected of ends: at the clause's own verb or a stop
_SUSPICION_END = re.compile(r"[,;:]|\.(?:\s|$)|\s(?:was|were|is|are|has|have|had|remains?|left|arrived|"
                            r"docked|called)\s")


def suspected_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] tells what a ship is suspected or accused of ("A tanker suspected of
    supplying refined petroleum to North Korea was seen at Vostochny": the supply is the
    suspicion's, not the sighting's)."""
    # (an aside set off by commas is whole; a participle after a ship's kind runs to the
    # clause's verb)
    spans = [(m.start(), m.end()) for m in _ROLE_ASIDE.finditer(text, start, end)]
    for m in _SUSPECTED_SHIP.finditer(text, start, end):
        stop = _SUSPICION_END.search(text, m.end(), end)
        spans.append((m.start(), stop.start() if stop is not None else end))
    return spans


def suspected_deed(text: str, start: int, end: int, pos: int) -> tuple[int, int] | None:
    """The words telling what a ship is suspected of, where `pos` lies in them."""
    return next((span for span in suspected_spans(text, start, end) if span[0] <= pos < span[1]), None)


# A hedge on who took part or where a ship was bound, not on what it did: "sailed from Primorsk
# with an Indian refiner as the likely buyer"
_ROLE_HEDGED = rx(r"\b(?:the|an?|its|her|their)\s+(?:most\s+)?(?:likely|probable|possible|presumed)\s+(?=(?:"
                  r"buyers?|purchasers?|sellers?|customers?|clients?|recipients?|end[- ]users?|owners?|"
                  r"operators?|managers?|charterers?|beneficiar(?:y|ies)|consignees?|importers?|"
                  r"destinations?)\b)", re.I)


def confidence_of(text: str, own: bool = False) -> str:
    """The estimative word a sentence's hedging supports; "reported" when it has none (with
    `own`, the text is what a ship is suspected of, and its hedge is the deed's own)."""
    text = _ROLE_HEDGED.sub("the ", _READING_ASIDE.sub(",", text))
    if not own:
        text = CARGO_READING.sub("", text)
        text = _ROLE_ASIDE.sub(",", text)
        text = _SUSPECTED_SHIP.sub(" ", text)
    # "It is likely, though we cannot confirm it, that the X called at Gdansk": a concession set
    # off by commas yields to the estimate the sentence states (alone, it hedges: "The X called
    # at Gdansk, though we cannot confirm it.")
    conceded = _CONCESSION.sub(",", text)
    if conceded != text and any(pattern.search(conceded) for _level, pattern in _CUES):
        text = conceded
    for level, pattern in _CUES:
        if pattern.search(text):
            return level
    return "reported"


_CONCESSION = re.compile(r",\s+(?:though|although|even\s+though|even\s+if)\s+[^,;.]{1,60},")
