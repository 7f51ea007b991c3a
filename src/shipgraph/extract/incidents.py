"""Ship-to-ship transfers, AIS gaps, detentions and sanctions designations."""

from __future__ import annotations

import re

from .base import Analysis, Sentence
from .eventbase import NEGATION, blocked, clause_start, record
from .prefilter import rx

_STS = rx(r"ship-to-ship|\bSTS\b|lashed together|alongside|transferred (?:its|her|the|"
                  r"their) (?:\w+ )?cargo to|hoses|being (?:moved|pumped|transferred) from|"
                  r"trans-?shipp\w*|received .{0,80} from|working cargo", re.I)
# "X and Y each conducted transfers with other tankers": not with each other.
_OTHER_PARTNERS = rx(r"\beach\b|\bwith\s+(?:an?\s+)?(?:other|another|unidentified|unknown|"
                             r"unnamed|a third|third)\b", re.I)
_AIS = rx(r"switched off|turned off|went dark|going dark|gone dark|transponders? "
                  r"(?:went|was|were|had been) (?:silent|off|dark)|AIS gap|stopped transmitting|"
                  r"disabled (?:its|their) (?:AIS|transponder)|(?:AIS|transponders?) switched off",
                  re.I)
_DETAIN = rx(r"\b(detain\w*|seiz\w*|impound\w*|arrest\w*)\b", re.I)
# A designation as a deed ("was sanctioned", "designated six vessels"), not "a sanctioned ship".
_SANCTION = rx(r"\b(designat(?:ed|es|ing|ion)|blacklist\w*|blocked property|"
                       r"(?:was|were|been|is|are|being|has|have|had)\s+(?:\w+\s+)?sanctioned|"
                       r"sanctioned\s+(?:by|in|for|over|on|under)\b)", re.I)
_HYPOTHETICAL = rx(r"\b(could|would|might|(?-i:may)|if|will|expected|recommends?|"
                           r"urged?|asked|calls? on|called on|consider\w*|should)\b", re.I)


def ship_to_ship(analysis: Analysis, sent: Sentence) -> None:
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    cue = _STS.search(text, s, e)
    if not cue:
        return
    keys: list[str] = []
    for v in analysis.in_sentence(sent, "Vessel"):
        if v.key not in keys:
            keys.append(v.key)
    if len(keys) < 2 or blocked(text, s, s, e) and not re.search(r"ship-to-ship|lashed", text[s:e],
                                                                  re.I):
        return
    if re.search(r"\b(did not|not|never|no evidence)\b", text[s:e]) or _OTHER_PARTNERS.search(
            text, s, e):
        return
    if cue.group().lower() == "alongside" and any(
            ev["type"] == "PortCall" and ev["evidence"][0][0] == s for ev in analysis.events):
        return
    places = sorted(analysis.in_sentence(sent, "Place") + analysis.in_sentence(sent, "Port"),
                    key=lambda p: p.start)
    record(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=keys[:2],
           location=places[0].key if places else None,
           location_type=places[0].type if places else None, cargo=None)


def incidents(analysis: Analysis, sent: Sentence) -> None:
    """AIS gaps, detentions and designations of the vessels named near their cue."""
    text = analysis.text
    s, e = sent.span.start, sent.span.end
    vessels = analysis.in_sentence(sent, "Vessel")
    if not vessels:
        return
    for pattern, etype in ((_AIS, "AISGap"), (_DETAIN, "Detention"), (_SANCTION, "Sanction")):
        for cue in pattern.finditer(text, s, e):
            clause = text[clause_start(text, s, cue.start()):cue.end()]
            if NEGATION.search(clause) or _HYPOTHETICAL.search(clause):
                continue
            done: set[str] = set()
            for v in vessels:
                if abs(v.start - cue.start()) >= 200 or v.key in done:
                    continue
                done.add(v.key)
                key = "vessel" if etype == "AISGap" else "target"
                record(analysis, sent, etype, cue.start(), **{key: v.key})
