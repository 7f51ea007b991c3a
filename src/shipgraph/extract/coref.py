"""Later mentions of vessels: "the ship", "the tanker", "she", "both vessels", "the pair"."""

from __future__ import annotations

import re

from .base import Analysis, Mention

_KIND = r"(?:ship|vessel|tanker|freighter|carrier|bulker|VLCC|Suezmax|Aframax|cargo ship|boat)"
_SINGULAR = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w-]*|same|latter|former|laden|Russian|sanctioned)"
                       r"\s+)?(?P<kind>" + _KIND + r")\b(?!\s+[A-Z\d])(?!['’]s\s+(?:crew|owner))")
_PRONOUN = re.compile(r"(?:^|[.;:]\s+|,\s+(?:and\s+|where\s+|then\s+|but\s+)?|\band\s+|"
                      r"\bwhere\s+|\bwhen\s+|\bthen\s+|\d{4}\s+|\b(?:On|In|By|Later|Then)\s+"
                      r"(?:\d+\s+\w+|\w+)\s+)(?P<kind>[Ss]he|[Ii]t)\b(?=\s+(?:was|had|has|is|later|"
                      r"then|also|never|did|\w+ed|reappeared|sailed)\b)")
_PLURAL = re.compile(r"\b(?:[Bb]oth (?:ships|vessels|tankers|freighters|carriers)|[Tt]he (?:two|pair"
                     r" of)\s+(?:\w+\s+){0,2}?(?:ships|vessels|tankers|freighters|hulls|carriers)|"
                     r"[Tt]he pair|[Tt]he ships|[Tt]he vessels|[Bb]oth|[Tt]hey|[Tt]heir)\b")


class VesselCoreference:
    """Links definite descriptions, pronouns and plurals to the vessels they refer to."""

    name = "coref"

    def __call__(self, analysis: Analysis) -> None:
        named = sorted((m for m in analysis.mentions if m.type == "Vessel"), key=lambda m: m.start)
        if not named:
            return
        text = analysis.text
        for sent in analysis.sentences:
            s, e = sent.span.start, sent.span.end
            for pat, plural in ((_SINGULAR, False), (_PRONOUN, False), (_PLURAL, True)):
                for m in pat.finditer(text, s, e):
                    start = m.start("kind") if "kind" in m.groupdict() else m.start()
                    end = m.end("kind") if "kind" in m.groupdict() else m.end()
                    if pat is _SINGULAR:
                        start = m.start()
                    if analysis.taken(start, end):
                        continue
                    before = [v for v in named if v.end <= start and start - v.end < 1200]
                    if not before:
                        continue
                    if plural:
                        keys: list[str] = []
                        for v in reversed(before):
                            if v.key not in keys:
                                keys.append(v.key)
                            if len(keys) == 2:
                                break
                        weak = m.group().lower() in ("both", "they", "their")
                        if len(keys) < 2 or (weak and start - before[-1].end > 300):
                            continue
                        for key in keys:
                            analysis.add(Mention(start, end, m.group(), "Vessel", key, "anaphor",
                                                 {"plural": True}))
                        continue
                    kind = m.groupdict().get("kind", "").lower()
                    pick = before[-1]
                    if kind in ("tanker", "freighter", "carrier", "bulker", "vlcc"):
                        typed = [v for v in before if kind in str(
                            analysis.attrs("Vessel", v.key).get("vessel_type", "")).lower()]
                        if typed:
                            pick = typed[-1]
                    if kind in ("she", "it") and start - pick.end > 400:
                        continue
                    analysis.add(Mention(start, end, m.group(), "Vessel", pick.key, "anaphor"))
