"""Events from sentences: port calls, transfers, ship-to-ship transfers, AIS gaps,
detentions and designations. Denied, planned and hypothetical statements are skipped."""

from __future__ import annotations

import re
from typing import Any

from .base import Analysis, Mention, Sentence
from .confidence import confidence_of

_CALL = re.compile(
    r"\b(?P<verb>call(?:ed|s|ing)?|arriv\w*|dock\w*|berth\w*|moor\w*|alongside|anchor\w*|"
    r"load\w*|discharg\w*|unload\w*|offload\w*|deliver\w*|sail\w* from|sail\w*|depart\w*|left|"
    r"leav\w*|reach\w*|visit\w*|seen|imaged|photographed|spotted|observed|recorded|remain\w*|"
    r"laid up|dry ?dock\w*|repair\w*|return\w* to|stopp\w*|put in|in port|was at|were at|"
    r"lay at|idl\w*|waiting|wait\w*|shifted|reappeared|continued upriver|pulled into|entered|"
    r"collected|picked up|took on|bunkered|transport\w*|trips?|runs?|call)\b", re.I)
_ACTIVITY = [
    ("loading", re.compile(r"\b(load\w*|collected|picked up|took on)\b", re.I)),
    ("discharging", re.compile(r"\b(discharg\w*|unload\w*|offload\w*|deliver\w*)\b", re.I)),
    ("departure", re.compile(r"\b(sail\w* from|depart\w*|left|leav\w*)\b", re.I)),
    ("berthed", re.compile(r"\b(berth\w*|dock\w*|moor\w*|alongside|arriv\w*|anchor\w*)\b", re.I)),
]
_NEGATION = re.compile(
    r"\b(not|never|no|nor|neither|denied|denies|deny|didn't|hasn't|wasn't|without|contrary|"
    r"instead|rather than|refused|declined|failed to|false)\b|n't\b", re.I)
_MODAL = re.compile(
    r"\b(expected|expects?|could|would|might|(?-i:may)|will|plan\w*|schedul\w*|intend\w*|bound for|"
    r"heading|headed|due to|en route|destined|tried|attempt\w*|turned (?:\w+ )?(?:away|back)|"
    r"before berthing|if|unless|should|aims? to|set to|is to|was to|about to|prepar\w* to|"
    r"wants? to|hop\w* to|claims?|alleg\w*|accus\w*|reportedly planning)\b", re.I)
_PREP_BEFORE_PORT = re.compile(r"\b(at|in|into|to|from|off|of|for|near|reached|left|visited|"
                               r"entered|departed|between|and|over)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,4}$", re.I)
_NOT_A_CALL_PREP = re.compile(r"\b(for|towards?|near|south|north|east|west|of the city|"
                              r"outside|beyond|past)\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                              re.I)
_TRANSPORT = re.compile(r"\b(deliver\w*|carr(?:y|ied|ies|ying)|ship(?:ped|ping|s)?|transport\w*|"
                        r"mov(?:ed|ing)|brought|took|ferr\w*|smuggl\w*|export\w*|suppl\w*|"
                        r"sen[dt]s?|sending|trips?|runs|crossings|shuttle\w*|voyages?)\b", re.I)
_STS = re.compile(r"ship-to-ship|\bSTS\b|lashed together|alongside|transferred (?:its|her|the|"
                  r"their) (?:\w+ )?cargo to|hoses|being (?:moved|pumped|transferred) from|"
                  r"trans-?shipp\w*|received .{0,80} from|working cargo", re.I)
_AIS = re.compile(r"switched off|turned off|went dark|going dark|gone dark|transponders? "
                  r"(?:went|was|were|had been) (?:silent|off|dark)|AIS gap|stopped transmitting|"
                  r"disabled (?:its|their) (?:AIS|transponder)|(?:AIS|transponders?) switched off",
                  re.I)
_DETAIN = re.compile(r"\b(detain\w*|seiz\w*|impound\w*|arrest\w*)\b", re.I)
_SANCTION = re.compile(r"\b(designat\w*|sanctioned|blacklist\w*|blocked property)\b", re.I)
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b|\bbut\b|\bwhile\b")
_CONTRADICTION = re.compile(r"\b(but|although|though|however)\b.*\b(no sign|no evidence|not|never"
                            r"|denied|false)\b", re.I)
_CARGO = re.compile(r"^\s*(?:(?:about|around|some|roughly|approximately|nearly|over|more than|"
                    r"at least|a|an|the|its|her|their)\s+)*(?:[\d.,]+\s*(?:million\s+|m\s+)?"
                    r"(?:tonnes|tons|metric tons|barrels|bbl|containers?|crates|boxes|units)?"
                    r"\s*(?:of\s+)?)?(?P<cargo>[a-zA-Z][\w\s,'’-]{2,80}?)\s*(?=\bfrom\b|\bat\b|\bto\b|"
                    r"\bin\b|\bfor\b|\bon\b|\binto\b|\bbetween\b|$|[,.;])")


def _clause_prefix_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding `pos` begins (after the last ;, : or contrastive conjunction)."""
    start = s
    for m in _CLAUSE_START.finditer(text, s, pos):
        start = m.end()
    return start


class EventExtractor:
    """Sentence-level event rules over the mentions the earlier extractors found."""

    name = "events"

    def __call__(self, analysis: Analysis) -> None:
        section_port: Mention | None = None
        paragraph = -1
        for sent in analysis.sentences:
            if sent.paragraph != paragraph:
                paragraph, section_port = sent.paragraph, None
            header = self._section_header(analysis, sent)
            if header is not None:
                section_port = header
            self._port_calls(analysis, sent, section_port)
            self._transfers(analysis, sent)
            self._sts(analysis, sent)
            self._simple(analysis, sent)
        self._voyages(analysis)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _section_header(analysis: Analysis, sent: Sentence) -> Mention | None:
        """A line that opens with a port name and a colon or full stop ("Odesa." "RAJIN:")."""
        ports = analysis.in_sentence(sent, "Port")
        if not ports or ports[0].start - sent.span.start > 2:
            return None
        rest = analysis.text[ports[0].end:sent.span.end]
        if re.match(r"^(?:\s*\([^)]*\))?(?:,\s*[\w .'’-]{1,30})?\s*[:.]", rest) and len(
                analysis.text[sent.span.start:sent.span.end]) < 40 or re.match(
                r"^(?:\s*\([^)]*\))?(?:,\s*[\w .'’-]{1,30})?\s*:", rest):
            return ports[0]
        return None

    @staticmethod
    def _blocked(text: str, s: int, start: int, end: int) -> bool:
        clause = text[_clause_prefix_start(text, s, start):end]
        return bool(_NEGATION.search(clause) or _MODAL.search(clause))

    @staticmethod
    def _date_near(sent: Sentence, pos: int, analysis: Analysis) -> str | None:
        if sent.times:
            best = min(sent.times, key=lambda t: (0 if t.start <= pos + 40 else 1,
                                                 abs((t.start + t.end) // 2 - pos)))
            return best.interval.iso()
        earlier = [t for s in analysis.sentences if s.paragraph == sent.paragraph
                   and s.span.end <= sent.span.start for t in s.times]
        return earlier[-1].interval.iso() if earlier else None

    def _event(self, analysis: Analysis, sent: Sentence, etype: str, pos: int,
               **keys: Any) -> None:
        text = analysis.sentence_text(sent)
        analysis.events.append({
            "type": etype, **keys, "date": self._date_near(sent, pos, analysis),
            "confidence": confidence_of(text),
            "evidence": [(sent.span.start, sent.span.end)], "position": pos,
        })

    @staticmethod
    def _subjects(analysis: Analysis, vessels: list[Mention], pos: int) -> list[Mention]:
        """The vessel(s) nearest before pos, with any coordinated with them ("X and Y")."""
        before = [v for v in vessels if v.end <= pos]
        if not before:
            return []
        last = before[-1]
        group = [v for v in before if v.start == last.start]
        i = before.index(group[0]) - 1
        while i >= 0:
            gap = analysis.text[before[i].end:group[0].start]
            if re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", gap + " "):
                group.insert(0, before[i])
                i -= 1
            else:
                break
        seen: dict[str, Mention] = {}
        for v in group:
            seen.setdefault(v.key, v)
        return list(seen.values())

    # -- port calls ------------------------------------------------------------------------
    def _port_calls(self, analysis: Analysis, sent: Sentence, section_port: Mention | None) -> None:
        text = analysis.text
        s = sent.span.start
        vessels = analysis.in_sentence(sent, "Vessel")
        ports = [p for p in analysis.in_sentence(sent, "Port") if p is not section_port]
        if not vessels:
            return
        for port in ports:
            for v in self._subjects(analysis, vessels, port.start):
                between = text[v.end:port.start]
                verb = _CALL.search(between)
                if not verb or len(between) > 220:
                    continue
                before = text[max(s, port.start - 60):port.start]
                if not _PREP_BEFORE_PORT.search(before) or _NOT_A_CALL_PREP.search(before):
                    if not re.search(r"\b(at|in|to|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                                     before, re.I):
                        continue
                if self._blocked(text, s, v.start, port.end):
                    continue
                after = text[port.end:sent.span.end]
                if _CONTRADICTION.search(after) and not any(p.start >= port.end for p in ports):
                    continue
                self._add_call(analysis, sent, v, port, between)
        if section_port is not None:
            for v in vessels:
                if any(p.start > v.start for p in ports):
                    continue
                after = text[v.end:sent.span.end]
                verb = _CALL.search(after)
                if verb and not self._blocked(text, s, v.start, v.end + verb.end()):
                    self._add_call(analysis, sent, v, section_port, after[:verb.end()])
        for v in vessels:
            m = re.search(r"\b(?:at|in)\s+the\s+(?:same\s+)?(?:port|berth|terminal)\b|\bthere\b",
                          text[v.end:sent.span.end])
            if not m or any(p.start > v.end for p in ports):
                continue
            prior = [p for p in analysis.mentions if p.type == "Port" and p.end <= s
                     and s - p.end < 600]
            if prior and _CALL.search(text[v.end:v.end + m.start()]) and \
                    not self._blocked(text, s, v.start, v.end + m.end()):
                self._add_call(analysis, sent, v, prior[-1], text[v.end:v.end + m.start()])

    def _add_call(self, analysis: Analysis, sent: Sentence, vessel: Mention, port: Mention,
                  phrase: str) -> None:
        activity = next((name for name, pat in _ACTIVITY if pat.search(phrase)), None)
        for e in analysis.events:
            if e["type"] == "PortCall" and e["vessel"] == vessel.key and e["port"] == port.key \
                    and e["evidence"][0][0] == sent.span.start:
                return
        self._event(analysis, sent, "PortCall", port.start, vessel=vessel.key, port=port.key,
                    activity=activity)

    # -- transfers -------------------------------------------------------------------------
    def _transfers(self, analysis: Analysis, sent: Sentence) -> None:
        text = analysis.text
        s, e = sent.span.start, sent.span.end
        places = [m for m in analysis.in_sentence(sent) if m.type in ("Port", "State")]
        vessels = analysis.in_sentence(sent, "Vessel")
        for verb in _TRANSPORT.finditer(text, s, e):
            between_ok = bool(re.match(r"(?i)trips|runs|crossings|shuttle|voyages", verb.group()))
            origin = next((p for p in places if verb.end() < p.start < verb.end() + 120 and
                           re.search(r"\b(from" + ("|between" if between_ok else "") +
                                     r")\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
                                     text[max(s, p.start - 50):p.start], re.I)), None)
            dest = next((p for p in places if p.start > (origin.end if origin else verb.end())
                         and re.search(r"\b(to|and|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$",
                                       text[max(s, p.start - 50):p.start], re.I)), None)
            if origin is None and dest is None:
                continue
            if origin is None and not re.search(r"\bto\b", text[verb.end():dest.start] if dest
                                                else ""):
                continue
            subjects = self._subjects(analysis, vessels, verb.start())
            if not subjects and vessels and vessels[0].start > verb.end():
                subjects = [] if not re.search(r"\bby\b", text[verb.end():vessels[0].start]) \
                    else self._subjects(analysis, vessels, vessels[-1].end)
            end = (dest or origin).end if (dest or origin) else verb.end()
            first = subjects[0].start if subjects else verb.start()
            if self._blocked(text, s, first, end):
                continue
            cargo = self._cargo(text[verb.end():e])
            if not subjects:
                supplier = [m for m in analysis.in_sentence(sent, "State") if m.end <= verb.start()
                            and re.fullmatch(r"[^,;]{0,40}", text[m.end:verb.start()])]
                if not re.match(r"(?i)suppl|sen[dt]|ship|export|deliver|provid|transfer|sold",
                                verb.group()):
                    continue
                if origin is None and supplier:
                    origin = supplier[-1]
                if origin is None or dest is None or origin.type != "State" or \
                        dest.type != "State":
                    continue
                self._event(analysis, sent, "Transfer", verb.start(), vessel=None,
                            origin=origin.key, destination=dest.key, cargo=cargo,
                            origin_type=origin.type, destination_type=dest.type)
                continue
            for v in subjects:
                for p in (origin, dest):
                    if p is not None and p.type == "Port":
                        self._add_call(analysis, sent, v, p, text[verb.start():verb.end()])
                self._event(analysis, sent, "Transfer", verb.start(), vessel=v.key,
                            origin=origin.key if origin else None,
                            destination=dest.key if dest else None, cargo=cargo,
                            origin_type=origin.type if origin else None,
                            destination_type=dest.type if dest else None)

    @staticmethod
    def _cargo(after_verb: str) -> str | None:
        m = _CARGO.match(after_verb)
        if not m:
            return None
        cargo = m["cargo"].strip(" ,")
        if not cargo or cargo.split()[0].lower() in ("the", "from", "to", "it", "them", "its",
                                                      "her", "their", "out", "up", "on"):
            return None
        return cargo

    def _voyages(self, analysis: Analysis) -> None:
        """A loading call followed by a discharging or arrival call of the same vessel, in the
        same paragraph, is one voyage: a Transfer from the first port to the second."""
        calls = [e for e in analysis.events if e["type"] == "PortCall"]
        paragraph_of = {s.span.start: s.paragraph for s in analysis.sentences}
        for i, first in enumerate(calls):
            later = [c for c in calls[i + 1:] if c["vessel"] == first["vessel"]
                     and c["port"] != first["port"]
                     and paragraph_of.get(c["evidence"][0][0]) ==
                     paragraph_of.get(first["evidence"][0][0])]
            if not later:
                continue
            second = later[0]
            if first.get("activity") not in ("loading", "departure") and \
                    second.get("activity") != "discharging":
                continue
            if any(e["type"] == "Transfer" and e.get("vessel") == first["vessel"]
                   and e.get("destination") == second["port"] for e in analysis.events):
                continue
            analysis.events.append({
                "type": "Transfer", "vessel": first["vessel"], "origin": first["port"],
                "destination": second["port"], "cargo": None,
                "origin_type": "Port", "destination_type": "Port",
                "date": _span_dates(first.get("date"), second.get("date")),
                "confidence": second.get("confidence"),
                "evidence": first["evidence"] + [ev for ev in second["evidence"]
                                                 if ev not in first["evidence"]],
                "position": second["position"],
            })

    # -- ship-to-ship, AIS gaps, detentions, designations ---------------------------------------
    def _sts(self, analysis: Analysis, sent: Sentence) -> None:
        text = analysis.text
        s, e = sent.span.start, sent.span.end
        cue = _STS.search(text, s, e)
        if not cue:
            return
        keys: list[str] = []
        for v in analysis.in_sentence(sent, "Vessel"):
            if v.key not in keys:
                keys.append(v.key)
        if len(keys) < 2 or self._blocked(text, s, s, e) and not re.search(
                r"ship-to-ship|lashed", text[s:e], re.I):
            return
        if re.search(r"\b(did not|not|never|no evidence)\b", text[s:e]):
            return
        if cue.group().lower() == "alongside" and any(
                ev["type"] == "PortCall" and ev["evidence"][0][0] == s for ev in analysis.events):
            return
        places = analysis.in_sentence(sent, "Place") + analysis.in_sentence(sent, "Port")
        location = sorted(places, key=lambda p: p.start)[0].key if places else None
        loc_type = sorted(places, key=lambda p: p.start)[0].type if places else None
        self._event(analysis, sent, "ShipToShipTransfer", cue.start(), vessels=keys[:2],
                    location=location, location_type=loc_type,
                    cargo=None)

    def _simple(self, analysis: Analysis, sent: Sentence) -> None:
        text = analysis.text
        s, e = sent.span.start, sent.span.end
        vessels = analysis.in_sentence(sent, "Vessel")
        if not vessels:
            return
        for pattern, etype in ((_AIS, "AISGap"), (_DETAIN, "Detention"), (_SANCTION, "Sanction")):
            for cue in pattern.finditer(text, s, e):
                clause = text[_clause_prefix_start(text, s, cue.start()):cue.end()]
                if _NEGATION.search(clause) or re.search(r"\b(could|would|might|(?-i:may)|if|will|"
                                                         r"expected)\b", clause, re.I):
                    continue
                near = [v for v in vessels if abs(v.start - cue.start()) < 200]
                done: set[str] = set()
                for v in near:
                    if v.key in done:
                        continue
                    done.add(v.key)
                    key = "vessel" if etype == "AISGap" else "target"
                    self._event(analysis, sent, etype, cue.start(), **{key: v.key})


def _span_dates(a: str | None, b: str | None) -> str | None:
    if a and b:
        return a.split("/")[0] + "/" + b.split("/")[-1] if a != b else a
    return a or b
