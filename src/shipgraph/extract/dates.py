"""Time expressions to ISO 8601 intervals, resolved against the document's date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from .prefilter import Gated, candidates, rx

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY_BY_ABBR = {d[:3]: i for d, i in WEEKDAYS.items()}
# the days of a month a part of it names (0 as the first: the last seven days)
_MONTH_PARTS = {"first": (1, 7), "second": (8, 14), "third": (15, 21), "last": (0, 31), "final": (0, 31),
                "start": (1, 10), "beginning": (1, 10), "early": (1, 10), "middle": (11, 20),
                "mid": (11, 20), "end": (21, 31), "late": (21, 31)}
_M = r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|" \
     r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# A weekday's or a month's name, as a pattern (what opens a time expression).
WHEN_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
             r"April|May|June|July|August|September|October|November|December)\b")
NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
             "a few": 3, "several": 4, "a couple of": 2}
_PART = r"(?P<part>(?i:early[\s-]to[\s-]mid|mid[\s-]to[\s-]late|early|earlier|mid|middle|late|the end of|" \
        r"the start of|the beginning of|the first days of|the last days of|the first half of|" \
        r"the second half of))?[\s-]*"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}


@dataclass(frozen=True)
class Interval:
    start: dt.date
    end: dt.date

    def iso(self) -> str:
        return format_interval(self.start, self.end)


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    interval: Interval
    relative_to_anchor: bool = False
    # told of what is yet to come ("is expected to arrive in mid-September"): no time to count
    # later ones from
    ahead: bool = False

    @property
    def since(self) -> bool:
        """"since February 2022": the span a state lasted, up to the report, not a time told."""
        return self.text[:5].lower() == "since"


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def format_interval(a: dt.date, b: dt.date) -> str:
    """The shortest ISO 8601 form: a day, a month, a year, or START/END."""
    if a == b:
        return a.isoformat()
    if a.day == 1 and b == month_end(b.year, b.month):
        if a.month == 1 and b.month == 12 and a.year == b.year:
            return str(a.year)
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.year:04d}-{a.month:02d}"
        if a.month == 1 and b.month == 12:
            return f"{a.year:04d}/{b.year:04d}"
        return f"{a.year:04d}-{a.month:02d}/{b.year:04d}-{b.month:02d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def parse_iso(value: str) -> Interval | None:
    """ISO 8601 date at any precision, or START/END, as an inclusive Interval."""
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = parse_iso(a), parse_iso(b)
        return Interval(ia.start, ib.end) if ia and ib and ia.start <= ib.end else None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    try:
        y = int(m[1])
        if m[3]:
            d = dt.date(y, int(m[2]), int(m[3]))
            return Interval(d, d)
        if m[2]:
            return Interval(dt.date(y, int(m[2]), 1), month_end(y, int(m[2])))
        return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31))
    except ValueError:
        return None


def _part_of_month(y: int, m: int, part: str | None) -> Interval:
    last = calendar.monthrange(y, m)[1]
    part = re.sub(r"[\s-]+", " ", (part or "").lower())
    if part in ("early to mid", "mid to late"):  # "in mid-to-late February": two thirds of it
        lo, hi = (1, 20) if part == "early to mid" else (11, last)
    elif part in ("early", "the start of", "the beginning of", "the first half of"):
        lo, hi = 1, 10 if part != "the first half of" else 15
    elif part in ("the first days of",):
        lo, hi = 1, 7
    elif part in ("mid", "middle"):
        lo, hi = 11, 20
    elif part in ("late", "the end of", "the last days of", "the second half of"):
        lo, hi = (21 if part != "the second half of" else 16), last
    else:
        lo, hi = 1, last
    return Interval(dt.date(y, m, lo), dt.date(y, m, hi))


def _year_for(month: int, day: int, ref: dt.date) -> int:
    """The year of a day-and-month given without one: the latest not after the reference, or
    the reference's own where the day falls in the two days after it (a report dated the 9th
    that tells of the 10th was written on that day, or dated where it was still the 9th)."""
    if (month, day) <= (ref.month, ref.day):
        return ref.year
    soon = ref + dt.timedelta(days=2)
    return ref.year if soon.year == ref.year and (month, day) <= (soon.month, soon.day) else ref.year - 1


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# the zone an hour is told in
_ZONE = r"(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|PST|PDT|(?i:local\s+time|hrs))"
_PATTERNS: list[tuple[str, Gated]] = [
    # "on the 14th of last month": that day of the month told against the report's
    ("day_of_month_told", rx(r"\b(?:(?i:on|by|until|till|from|since|before|after)\s+)?the\s+(?P<d>\d{1,2})"
                             r"(?:st|nd|rd|th)\s+of\s+(?P<rel>(?i:last|this|next))\s+month\b")),
    ("iso", rx(r"\b(?P<y>\d{4})(?P<isep>[-/])(?P<m>\d{2})(?P=isep)(?P<d>\d{2})\b")),
    # 17.10.2023 (day first); 17/10/2023 or 10/17/2023 where only one reading is a date
    ("numeric", rx(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})\b"
                   r"(?![./]\d)")),
    # a shipping note's day with no year, after a word and closing its field: "arrived
    # Novorossiysk 12/04,", "since 10/04." (not "3/4 of", "24/7")
    # (an agent's line-up: "arr. 09/09, berthed KSK 11/09, sailed 14/09 for Alexandria")
    ("numeric_short", rx(r"(?:(?<=[A-Za-z]\s)|(?<=\b(?i:arr|dep|sld|etb|etc)\.\s))(?!24/7\b)(?P<a>\d{1,2})"
                         r"(?P<sep>/)(?P<b>\d{1,2})(?![/\d]|\.\d)"
                         r"(?=\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:for|from|to|with|at)\s+(?-i:[A-Z])|"
                         r"\s+(?:for|from|to|with|at|in)\s+(?:[\d,.]+\s*(?:t|mt|tonnes|tons)\b|ballast))")),
    # a table's cell that holds a day and a month alone, dotted: "Zeya / 10.03 / 12.03 /"
    ("numeric_short", rx(r"(?<=[|/\t] )(?P<a>\d{1,2})(?P<sep>\.)(?P<b>\d{1,2})(?=[ \t]*(?:[|\t]| /|\n|$))")),
    # "the week of March 4", "the week beginning 4 March": seven days from that day
    # ("in the week to 10 March", "the seven days ending 10 March": the week that ends then)
    ("week_from", rx(r"\b(?i:the\s+)?(?i:week|seven\s+days)\s+(?i:of|beginning|starting|commencing|from|"
                     r"(?P<to>to|ending|ended|through|until))\s+"
                     r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _M.format("m") + r"|" + _M.format("m2") +
                     r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?P<y>\d{4}))?\b")),
    # ("in the week to Sunday": the seven days that end on the last such day)
    ("week_to_weekday", rx(r"\b(?i:the\s+)?(?i:week|seven\s+days)\s+(?i:to|ending|ended|through|until)\s+"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("range_dm", rx(
        r"\b(?:between\s+)?(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+" + _M.format("m1") + r")?\s*"
        # ("on 2, 9 and 17 October": days of a list, from the first to the last)
        # ("on 14 or 15 June": one day of the two, not told which)
        r"(?:(?:,\s*\d{1,2}(?:st|nd|rd|th)?\b)+,?\s*and\s*|(?:and|or|to|-|–)\s*)"
        r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _M.format("m2") +
        r"(?:,?\s+(?P<y>\d{4}))?\b")),
    ("range_md", rx(
        r"\b(?:between\s+)?" + _M.format("m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*"
        r"(?:(?:,\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{4}))+,?\s*and\s*|(?:and|or|to|-|–)\s*)"
        r"(?:" + _M.format("m2") + r"\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")),
    ("dmy", rx(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M.format("m") +
                       r"(?:,?\s+(?P<y>\d{4}))?\b")),
    ("mdy", rx(r"\b" + _M.format("m") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
                       r"(?:,?\s+(?P<y>\d{4}))?(?!\s*(?:tonnes|tons|barrels|nautical|km|kilo))")),
    # the first week of October (2024)
    ("week_of", rx(r"\b(?i:the\s+)(?P<wk>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+"
                   r"(?i:of)\s+" + _M.format("m") + r"(?:,?\s+(?P<y>\d{4}))?\b")),
    # the first nine months of 2024 (of the year, of last year), the last three months of 2023
    ("months_of_year", rx(r"\b(?i:the\s+)(?P<edge>(?i:first|last|final))\s+(?P<n>(?i:two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven)|\d{1,2})\s+(?i:months)\s+(?i:of)\s+"
                          r"(?:(?P<y>(?:19|20)\d{2})|(?i:the|this)\s+(?P<this_year>year)|"
                          r"(?P<last_year>(?i:last)\s+year))\b")),
    # Q3 2024, the third quarter of 2023, the first half of 2024, H2 2023
    ("quarter", rx(r"\b(?:Q(?P<q>[1-4])\s*(?P<y>(?:19|20)\d{2})|(?i:the\s+)?(?P<qw>(?i:first|"
                   r"second|third|fourth|final|last))\s+(?P<unit>(?i:quarter|half))(?:\s+(?i:of)\s+"
                   r"(?:(?P<y2>(?:19|20)\d{2})|(?i:the|this)\s+(?P<this_year>year)|(?P<last_year>"
                   r"(?i:last)\s+year))|(?P<bare>(?!\s+(?i:of)\b)))|(?P<h>H[12])\s*(?P<y3>(?:19|20)\d{2})|"
                   # ("1Q24", "Q1'24"; "in Q4" with no year: the last one begun)
                   r"(?P<qn>[1-4])Q(?P<yy>\d{2})|Q(?P<qa>[1-4])['’](?P<yy2>\d{2})|"
                   r"(?:(?<=in\s)|(?<=during\s)|(?<=over\s)|(?<=throughout\s)|(?<=for\s)|(?<=since\s)|"
                   r"(?<=by\s))Q(?P<qb>[1-4])(?![\s'’]*\d))\b")),
    # between March and May 2024, from January to April, March-May 2024
    ("month_span", rx(
        # (an indictment's "between in or about March 2021 and in or about June 2021")
        r"\b(?:(?i:between|from)\s+(?:(?i:in\s+or\s+about|around|about|approximately)\s+)?"
        r"(?:(?P<p1>(?i:early|mid|late))[\s-]+)?" + _M.format("m1") +
        r"(?:\s+(?P<y1>\d{4}))?\s+(?i:and|to|until|till|through|thru)\s+"
        r"(?:(?i:in\s+or\s+about|around|about|approximately)\s+)?|" + _M.format("m1b") +
        r"(?:\s+(?P<y1b>\d{4}))?\s*[-–]\s*)(?:(?P<p2>(?i:early|mid|late))[\s-]+)?" +
        _M.format("m2") +
        r"(?:,?\s+(?P<y2>\d{4}))?\b")),
    ("month", rx(r"\b(?:(?i:in|since|during|by|until|from|of|throughout)\s+)?" + _PART +
                         _M.format("m") + r"(?:\s+(?:of\s+)?(?P<y>\d{4}))?\b"
                         r"(?P<this>\s+(?i:this|last|next) year)?")),
    ("month_range", rx(r"\bbetween\s+(?:the\s+)?(?P<s1>spring|summer|autumn|fall|winter)"
                               r"\s+and\s+(?:the\s+)?(?P<s2>spring|summer|autumn|fall|winter)"
                               r"\s+of\s+(?P<y>\d{4})\b", re.I)),
    ("season", rx(r"\b(?:(?:in|since|during|by|the)\s+)*(?:(?P<spart>early|late|mid)[\s-]+)?"
                          r"(?P<rel>this|last|next)?\s*(?P<s>spring|summer|autumn|fall|winter)"
                          # ("the winter of 2022", "summer 2022")
                          # ("the winter of 2022-23": the winter that begins in 2022)
                          r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?:[-–/](?:19|20)?\d{2})?\b|"
                          r"\s+of\s+(?P<ry>last|this|next)\s+year)?\b", re.I)),
    # between 2022 and 2023, from 2021 to 2023, in 2022-23
    # "at the turn of the year": the weeks either side of the new year ("of 2023/24", "of 2024":
    # the one that year began with, or the second told)
    ("year_turn", rx(r"\b(?:at|around|over|near|by)\s+the\s+turn\s+of\s+(?P<y1>(?:19|20)\d{2})"
                     r"(?:\s*[/–-]\s*(?P<y2>(?:19|20)?\d{2}))?\b", re.I)),
    ("this_year_turn", rx(r"\b(?:at|around|over|near|by)\s+the\s+turn\s+of\s+the\s+year\b", re.I)),
    ("year_span", rx(r"\b(?:(?i:between|from)\s+(?P<y1>(?:19|20)\d{2})\s+(?i:and|to|until|till|through)\s+"
                     r"(?P<y2>(?:19|20)\d{2})|(?i:in|during|over)\s+(?P<y1b>(?:19|20)\d{2})\s*[-–]\s*"
                     r"(?P<y2b>(?:19|20)?\d{2}))\b(?![-–/.]\d)")),
    # "in the 2010s", "since the 1990s": a decade
    # (not "a 1990s-built tanker": a trait of the ship)
    ("decade", rx(r"\b(?:(?:in|since|during|by|until|from|throughout)\s+)?the\s+"
                  r"(?P<y>(?:19|20)\d0)['’]?s\b(?![-‐])", re.I)),
    # in 2023, since late 2022, mid-2023, by the end of 2024
    ("year", rx(r"\b(?:(?:in|since|during|by|until|from|of|throughout|through|across)\s+"
                r"(?P<part>(?:early|late|the end of|"
                r"the start of|the beginning of|the middle of)[\s-]+|mid-?)?|(?P<part2>early|late|"
                r"the end of|the start of|the beginning of|the middle of)[\s-]+|(?P<part3>mid)-?)"
                r"(?P<y>(?:19|20)\d{2})\b(?![-–/]\d)", re.I)),
    # (not "over the weekend of 5-6 October": the days after it tell the time)
    # (not "the weekend of 4-5 May" nor "of May 4-5": the days told after it)
    ("weekend", rx(r"\b(?:over|at|on|during)\s+the\s+weekend\b(?!\s+of\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d))|"
                   r"\b(?:last|this|(?:this\s+)?past)\s+weekend\b", re.I)),
    ("relative", rx(
        r"\b(?P<since>since\s+)?(?:(?P<rpart>early|late|mid|the end of|the start of|the beginning of|"
        r"the middle of)[\s-]+(?=last|this|next))?(?<![Tt]he\s)(?P<rel>last|this|next|earlier this|"
        r"earlier in the|later this|the previous|the past)\s+"
        r"(?P<unit>week|month|year|weekend|fortnight)\b(?!\s+of\s+(?:the|that)\s+month\b)", re.I)),
    # "the week before last", "the month before last"
    ("before_last", rx(r"\b(?:the\s+)?(?P<unit>week|month|year)\s+before\s+last\b", re.I)),
    # "from Monday to Thursday", "between Tuesday and Friday": the days of the latest such span
    ("weekday_range", rx(r"\b(?i:from|between)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)\s+(?i:to|until|till|through|and)\s+(?P<wd2>Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)\b")),
    # ("this past Tuesday": the last one)
    ("weekday", rx(r"\b(?i:on|last|(?:this\s+)?past|this|overnight into|overnight(?:\s+on)?|since|by|"
                   r"(?:early|late)\s+(?:hours|morning|"
                   r"evening|night)\s+of|(?:morning|evening|night|afternoon)\s+of)\s+"
                           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                   # (not "on Tuesday, June 4": the date after it tells the day)
                   r"(?!,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]|,?\s+[A-Z][a-z]+\.?\s+\d)")),
    # a day opening a line of a log: "Monday: The ferry berthed ..."
    # ("MON — ...", "Tue: ...": a digest's days, short or in capitals)
    ("weekday", rx(r"(?m:^)[ \t]*(?:[-*•][ \t]+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                   r"Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Mon|Tues?|Wed|"
                   r"Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)\.?"
                   r"(?=[ \t]*[:–—]|[ \t]+-[ \t])")),
    # (not "most recently in September": the time after it tells when)
    # (nor "as recently as October 14": the time after it)
    ("recent", rx(r"\b(?:in\s+)?recent\s+(?P<unit>days|weeks|months|years)\b|\brecent(?:ly)?\b"
                  r"(?!,?\s+(?:in|on|at|during|last|this)\s+(?:[A-Z0-9]|the\s+(?:first|second|last|end|start))|"
                  r"\s+as\s+(?:(?-i:[A-Z])|\d|last\b|this\b))",
                  re.I)),
    ("today", rx(r"\b(?P<w>today|yesterday|on Christmas Day|Christmas (?:Day|Eve)|"
                         # (not "overnight on 3-4 May": the days after it tell the time)
                         r"New Year['’]s (?:Day|Eve)|this morning|tonight|"
                         # a live report's entry, stamped with its hour: "09:12 GMT - The tanker ..."
                         r"(?<![^\n])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?" + _ZONE + r")?|"
                         r"(?:[01]?\d|2[0-3])\.[0-5]\d\s?" + _ZONE + r")(?=[ \t]+[-–—][ \t]|[ \t]*[:|][ \t])|"
                         # (nor "overnight on Tuesday": the day after it does)
                         r"overnight(?!\s+(?:(?:on|of|into)\s+(?:the\s+)?\d|(?:on\s+|into\s+)?(?:Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)))\b", re.I)),
    # "docked on the 14th": a day of the month the text is in (after every form naming one, before the
    # times counted from it: "on the 14th, and three days later")
    # ("on the 3rd and the 17th": each a day of the month told)
    ("dayonly", rx(r"(?:\b(?i:on|by|until|till|from|since|before|after)\s+the\s+|"
                   r"(?<=(?:st|nd|rd|th)\sand\s)(?:the\s+)?)(?P<d>\d{1,2})"
                   r"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _M.format("m") + r"|\s+(?:century|"
                   r"anniversary|floor|time|day|week|fleet|brigade|army|round|berth|pier|parallel|"
                   r"edition|session|meeting|package|place|quarter|month|year|grade|generation|largest|"
                   r"biggest|stage|phase|tier|division|regiment|battalion)s?\b)")),
    # "later that month", "in the same month": the month of the time told before
    # ("during the month", "later in the month": of the month told before)
    # ("in the last week of the month", "late in the month", "at the end of the month": a part
    # of it)
    ("same_month", rx(r"\b(?:that|the\s+same)\s+month\b|\b(?:(?:in\s+|during\s+)?(?:the\s+)?"
                      r"(?P<week>first|second|third|last|final)\s+week\s+of|(?:at\s+)?the\s+"
                      r"(?P<edge>end|start|beginning|middle)\s+of|(?P<part>early|late|mid)\s+in|"
                      r"(?:earlier|later)\s+in|during|in|over|through(?:out)?)\s+the\s+"
                      r"month\b(?!\s+(?:of|to|before|after|ahead|since)\b)", re.I)),
    # "In the same period the tanker X delivered fuel": the time told before
    ("same_period", rx(r"\b(?:in|during|over|within)\s+(?:the\s+same|that)\s+(?:period|time\s*frame|"
                       r"window|span)\b", re.I)),
    ("later", rx(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                         r"a few|several|a couple of)\s+(?P<unit>days?|weeks?|months?|fortnights?)\s+"
                         # (not "a day later than its sister ship": a time told against another's)
                         # ("a week after that it discharged": after the time told before, as later)
                         r"(?P<dir>later|earlier|before|after(?:wards|\s+th(?:at|is)(?=\s*,|\s+(?:it|she|they|he|"
                         r"we|the|a|an|its|her|their)\b))?)\b(?!\s+than\b)|\b(?P<vague>days|weeks)"
                         # (not "in the days before the attack on May 20": before what it names)
                         r"\s+(?P<vdir>earlier|later|before(?!\s+(?:the|a|an|its|her|their|this|that|\d|"
                         r"(?-i:[A-Z]))))\b|\b(?P<next>(?:the\s+)?(?:following|next)"
                         r"\s+(?:day|morning)|the\s+day\s+after(?!\s+[a-z])|"
                         # ("the night before", "the previous day": the day before the one told)
                         r"the\s+(?:day|night|evening)\s+before(?!\s+[a-z])|"
                         r"the\s+previous\s+(?:day|night|evening)|(?:that|the)\s+same\s+"
                         r"day|(?:(?:earlier|later)\s+(?:on\s+)?|\bon\s+)that\s+day)\b|"
                         # "the following week", "the next month": the one after the time told before
                         r"\bthe\s+(?:following|next|subsequent)\s+(?P<nunit>week|month|year)\b", re.I)),
    # "within a fortnight", "within three days": from the time told before to that long after
    ("within", rx(r"\b(?i:within)\s+(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|"
                  r"ten|a few|several|a couple of)\s+(?P<unit>days?|weeks?|months?)|(?P<fortnight>a "
                  r"fortnight)|(?P<vague>days|weeks))\b")),
    # "two weeks ago", "a few days ago": counted back from the report's date
    # "over the past three months", "for the last two weeks": up to the report's day
    ("past_n", rx(r"\b(?:the\s+)?(?:past|last|previous)\s+(?P<n>\d+|two|three|four|five|six|seven|"
                  r"eight|nine|ten|eleven|twelve|several|a few)\s+(?P<unit>hours|days|weeks|months|years)\b",
                  re.I)),
    ("ago", rx(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
               r"twelve|a few|several|a couple of)\s+"
               r"(?P<unit>days?|weeks?|months?|years?|fortnights?)\s+ago\b",
               re.I)),
    ("start_of_year", rx(r"\b(?:(?P<since>since)\s+)?the\s+(?:start|beginning)\s+of\s+the\s+year\b")),
]


# the relative pattern with no "since": what follows "since" is resolved by it
_NO_SINCE = rx(r"(?P<since>)(?:(?P<rpart>early|late|mid|the end of|the start of|the beginning of|"
               r"the middle of)[\s-]+(?=last|this|next))?(?<![Tt]he\s)(?P<rel>last|this|next|earlier this|"
               r"earlier in the|later this|the previous|the past)\s+"
               r"(?P<unit>week|month|year|weekend|fortnight)\b", re.I)
_NEEDS_DIGIT = frozenset({"day_of_month_told", "iso", "numeric", "range_dm", "range_md", "dmy", "mdy",
                          "year_span", "year", "dayonly", "week_from", "year_turn"})
_DIGIT = rx(r"\d")


# a capitalised word right before, inside a sentence: a month's word after it is a name's
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b(?-i:[A-Z])[\w'’-]*\s+$")
_DIGIT_NEXT = re.compile(r"\s*[,/-]?\s*\d")
# a word (or a comma or bracket) right before: inside a sentence, not at its start
_MID_SENTENCE = re.compile(r"[\w,)]\s+$")


def find_times(text: str, doc_date: dt.date | None, start: int = 0, end: int | None = None,
               anchor: dt.date | Interval | None = None,
               day: dt.date | None = None, dated: bool = True,
               told: Interval | None = None) -> list[TimeMention]:
    """Time expressions in text[start:end], resolved against the document date.

    `anchor` is the last time the text has set ("two days later" counts from it; "four days
    later" after "in August" is a span of days as wide as August); `day` the last single day it
    set, which "the same day" and "the next day" mean where the last time is wider than a day.

    A document with no date of its own (`dated` false) has no day of writing: what counts from
    it ("last week", "on Monday", "two days ago") is left out, and `doc_date` is then only the
    latest day the text itself gives, which sets the year of "12 February"; with none, a time
    that does not give its year is left out too. The same text reads the same on any day.

    `told` is the last day the text gave with its year, just before: "On 14 April 2023 the two
    ships met ... The An San 1 arrived at Nampo on 19 April" is April 2023 in a report of 2024
    (a day or month with no year is of that year where the last before the report lies more
    than half a year from that day, and that year's within a month of it)."""
    end = len(text) if end is None else end
    if isinstance(anchor, dt.date):
        anchor = Interval(anchor, anchor)
    # Each pattern skips text without the words it needs (prefilter); those that need a
    # number are skipped here, a number being what the automaton cannot look for.
    has_digit = _DIGIT.search(text, start, end) is not None
    ref = doc_date or _NO_DAY
    dated = dated and doc_date is not None
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    yearless: set[int] = set()  # where a day or month with no year of its own begins
    for kind, pattern in candidates(_PATTERNS, text, start, end, itemgetter(1)):
        if kind in _NEEDS_DIGIT and not has_digit:
            continue
        if not dated and kind in _FROM_NOW:
            continue
        for m in pattern.finditer(text, start, end):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if not m.group().strip():
                continue
            if kind == "later" and _FOR_BEFORE.search(text, max(start, m.start() - 20), m.start()):
                continue  # "sailed for three days before docking": how long, not when
            if kind == "season" and not text[m.start():m.start("s")].strip() and m["s"][0].isupper() and \
                    not m["y"] and _MID_SENTENCE.search(text, max(start, m.start("s") - 30), m.start("s")):
                # "the tanker Kite Spring", "the Arab Spring", "the tanker Summer Wind": a name's
                # word, no season (a season is not written in capitals in a sentence)
                continue
            if kind == "month" and m.group().strip() == m["m"] and m["m"] == m["m"].rstrip(".") and \
                    _NAME_WORD_BEFORE.search(text, max(start, m.start("m") - 30), m.start("m")) and \
                    not _DIGIT_NEXT.match(text, m.end()):
                continue  # "the tanker Grace May", "the Lady August": a name's word, no month
            if _COMPARED.search(text, max(start, m.start() - 50), m.start()):
                continue  # "in April, down from 1.5 million in March": a time compared with
            if kind in ("range_dm", "range_md") and " and " in m.group() and \
                    not m.group().startswith("between") and TWICE.search(text, max(start, m.start() - 80),
                                                                         m.start()):
                continue  # "docked there twice, on March 3 and April 9": two days, each its own
            if kind in ("range_dm", "range_md") and " and " in m.group() and \
                    not m.group().startswith("between") and m["m1"] and m["m2"] and \
                    m["m1"][:3].lower() != m["m2"][:3].lower():
                continue  # "arrived on 12 February and 30 April": each day its own (see _joined)
            # "left on 28 April and arrived five days later": counted from the sentence's own
            # date before it, where it has one
            # (not one inside a relative clause closed before it: "The X, which was sanctioned in
            # February, loaded at Kozmino twice during the month")
            # (a span counted on from it, "a week later", is counted from it)
            own = [t for t in found if t.end <= m.start() and not t.relative_to_anchor and not (
                kind == "same_month" and _ASIDE_OPENS.search(text, max(start, t.start - 120), t.start)
                and "," in text[t.end:m.start()])]
            base = max(own, key=lambda t: t.end).interval if own and kind in (
                "later", "within", "dayonly", "same_month", "same_period") else anchor
            if not dated and (m.groupdict().get("this") or m.groupdict().get("rel") or
                              m.groupdict().get("ry") or doc_date is None and
                              kind not in ("later", "within", "same_month", "same_period") and
                              not YEAR.search(m.group())):
                continue  # ("last summer", "May this year"; "12 February" of no year told)
            iv = _resolve(kind, m, ref, base, day)
            if iv is None and kind == "numeric":
                iv = _in_document_order(m, _slash_order(text)) or (
                    _near_reading(m, ref) if dated else None)
            if iv is None:
                continue
            ahead = _AHEAD.search(text, max(start, m.start() - 100), m.start()) is not None
            if kind == "relative" and dated and not ahead and (m.groupdict().get("rel") or "").lower() == \
                    "this" and (m.groupdict().get("unit") or "").lower() == "week" and \
                    iv.start <= ref < iv.end and (ref - iv.start).days >= 2:
                # "docked this week": the part of the week up to the report's day (not "is due
                # this week", a time ahead; nor in a report of a week's first days, which may
                # tell of the week just gone)
                iv = Interval(iv.start, ref)
            if ahead and kind in _YEARLESS and iv.end < ref and not YEAR.search(m.group()):
                # "is expected to arrive in mid-September", told in late August: this year's
                moved = _safe_date(iv.start.year + 1, iv.start.month, iv.start.day), \
                    _safe_date(iv.end.year + 1, iv.end.month, iv.end.day)
                if moved[0] and moved[1]:
                    iv = Interval(moved[0], moved[1])
            elif told is not None and kind in _YEARLESS and not YEAR.search(m.group()) and \
                    not (m.groupdict().get("this") or m.groupdict().get("rel") or m.groupdict().get("ry")):
                iv = _in_told_year(iv, told, ref if dated else None)
            begin = m.start()
            if kind in _DAYS:
                since = _SINCE_DAY.search(text, max(start, begin - 12), begin)
                if since is not None and iv.start <= ref:
                    # "has been anchored off Nampo since 3 June": from that day to the report's
                    begin, iv = since.start(), Interval(iv.start, max(ref, iv.end))
            if kind in _YEARLESS and not YEAR.search(m.group()) and not ahead and not (
                    m.groupdict().get("this") or m.groupdict().get("rel") or m.groupdict().get("ry")):
                yearless.add(begin)
            found.append(TimeMention(begin, m.end(), text[begin:m.end()], iv,
                                     kind in ("later", "within", "same_month", "same_period"), ahead))
            taken.append((begin, m.end()))
    found.sort(key=lambda t: t.start)
    if yearless and len(found) > 1:
        found = _in_sentence_year(found, yearless, ref if dated else None)
    return _in_year_told(text, start, _counted_on(text, _joined(text, found)))


def _in_sentence_year(found: list[TimeMention], yearless: set[int], ref: dt.date | None
                      ) -> list[TimeMention]:
    """"loaded at Jose in March 2021 and discharged at Baniyas in May", "on 2 December 2022 ...
    on 5 January": a day or month with no year, after a day or month the sentence gave with
    its year, is of that year (where it falls after that time, or up to two months before it:
    "had left on 25 February"), else of the next where that puts it within half a year after
    it; and not after the report's date."""
    out: list[TimeMention] = []
    last: Interval | None = None
    for t in found:
        iv = t.interval
        if t.start in yearless and last is not None and iv.start.year == iv.end.year:
            best = None
            for year in (last.start.year, last.start.year + 1):
                moved = _safe_date(year, iv.start.month, iv.start.day), \
                    _safe_date(year, iv.end.month, iv.end.day)
                if moved[0] and moved[1] and (ref is None or moved[1] <= ref) and (
                        year == last.start.year or moved[0] - last.start <= _HALF_YEAR) and \
                        last.start - moved[0] <= _TWO_MONTHS:
                    best = Interval(moved[0], moved[1])
                    break
            if best is not None and best != iv:
                t = TimeMention(t.start, t.end, t.text, best, t.relative_to_anchor, t.ahead)
        elif YEAR.search(t.text) and not t.since and not t.ahead and not t.relative_to_anchor and \
                (iv.start.year, iv.start.month) == (iv.end.year, iv.end.month):
            last = iv
        out.append(t)
    return out


_HALF_YEAR = dt.timedelta(days=183)
_TWO_MONTHS = dt.timedelta(days=62)
_MONTH_NEAR = dt.timedelta(days=31)
_SEASON_ON = dt.timedelta(days=92)


def _in_told_year(iv: Interval, told: Interval, ref: dt.date | None) -> Interval:
    """A day or month with no year, read in the year of the time told last where that puts it
    near that time and the reading against the report's date does not (see find_times)."""
    if iv.start.year == told.start.year or abs(iv.start - told.start) <= _HALF_YEAR:
        return iv
    shift = told.start.year - iv.start.year
    start = _safe_date(iv.start.year + shift, iv.start.month, iv.start.day)
    end = _safe_date(iv.end.year + shift, iv.end.month, iv.end.day) or \
        (month_end(iv.end.year + shift, iv.end.month) if iv.end.month == 2 else None)
    # (near it: within a month either way, or a season on where the report's year would put it
    # more than half a year back: "seized on 4 July 2019. ... It was released on 15 August", told
    # in July 2024)
    season_on = start is not None and told.start < start <= told.end + _SEASON_ON and (
        ref is None or ref - iv.end > _HALF_YEAR)
    if start is None or end is None or abs(start - told.start) > _MONTH_NEAR and \
            abs(end - told.start) > _MONTH_NEAR and not season_on or \
            ref is not None and end > ref:
        return iv
    return Interval(start, end)


def _in_year_told(text: str, start: int, found: list[TimeMention]) -> list[TimeMention]:
    """"Last year, the X delivered gasoline to Cuba, arriving at Matanzas in March": a sentence
    that opens with a whole year sets the year of the months and days told after it without one."""
    if not found:
        return found
    if found[0].start - start > 4:
        # ("called at Damietta twice last year, in May and in September": the year of the times
        # the count is told in)
        counted = next((i for i, t in enumerate(found) if _COUNTED_IN.search(text, max(start, t.start - 30),
                                                                          t.start)), None)
        if counted is None:
            return found
        return found[:counted] + _in_year_told(text, found[counted].start, found[counted:])
    first = found[0].interval
    if not (first.start.year == first.end.year and (first.start.month, first.start.day) == (1, 1)
            and (first.end.month, first.end.day) == (12, 31)):
        return found
    year = first.start.year
    out = [found[0]]
    for t in found[1:]:
        iv = t.interval
        if iv.start.year == iv.end.year != year and not YEAR.search(t.text) and \
                not t.relative_to_anchor:
            moved = _safe_date(year, iv.start.month, iv.start.day), \
                _safe_date(year, iv.end.month, iv.end.day)
            if moved[0] and moved[1]:
                t = TimeMention(t.start, t.end, t.text, Interval(moved[0], moved[1]),
                                t.relative_to_anchor, t.ahead)
        out.append(t)
    return out


_ASIDE_OPENS = re.compile(r",\s+(?:which|that|who)\b[^,;.]*$")
_SAME = re.compile(r"same|that", re.I)
# a time told of what is to come, in the clause before it
_AHEAD = rx(r"\b(?:(?:is|are)\s+(?:now\s+)?(?:expected|scheduled|due|set|slated|planned|poised)\s+"
            r"to|will|(?:is|are)\s+due|plans?\s+to)\b[^.;]{0,80}$", re.I)
# forms that may tell a day or month with no year: resolved to the last before the report
_YEARLESS = frozenset({"week_from", "range_dm", "range_md", "dmy", "mdy", "week_of", "month_span",
                       "month", "month_range", "season"})
_COMPARED = rx(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\b(?:[^,;.()]|[,.](?=\d))"
               r"{0,40}$|"
               r",\s+(?:down|up)\s+$|"
               # (not a deadline: "loaded no later than May 20", by then)
               r"\b(?<!no\slater\s)(?<!not\slater\s)(?:than|versus|vs\.?)\s+(?:in\s+|on\s+|during\s+)?"
               r"(?:the\s+)?$", re.I)
_FOR_BEFORE = re.compile(r"\b[Ff]or\s+(?:[a-z]\w*\s+)?$")  # (not "for China the next day")
# (not "on 3 May and again on 9 May": two times, each its own)
_AND = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*(?:(?:in|on)\s+)?")
# a deed done twice, its two times told after it: "called at Damietta twice, in May and in June"
# (and "made two calls at Ust-Luga, on 10 July and 22 September": two calls, each at its time)
# (or more: "called at Vadinar three times, on 3 May, 9 June and 20 July")
_HOW_MANY = r"(?:(?:at\s+least|more\s+than|some)\s+)?(?:two|three|four|five|six|seven|eight|several|\d+)"
TWICE = re.compile(r"\b(?:twice|" + _HOW_MANY + r"\s+times|on\s+" + _HOW_MANY +
                   r"\s+(?:separate\s+)?occasions|" + _HOW_MANY +
                   r"\s+(?:separate\s+)?(?:port\s+)?(?:calls|visits|voyages|trips|deliveries|stops))\b"
                   r"[^.;:]{0,60}$")
# two deeds counted, for two times told after them: each its own (not "three trips in May and
# June": a span the three fall in)
_TWO_COUNTED = re.compile(r"\b(?:twice|two\s+times|on\s+two\s+(?:separate\s+)?occasions|"
                          r"two\s+(?:separate\s+)?(?:port\s+)?(?:calls|visits|voyages|trips|deliveries|stops))\b"
                          r"[^.;:]{0,60}$")
# ("three times, on 3 May, 9 June and 20 July": the last two of a list, after a count)
_LISTED_BEFORE = re.compile(r"\d\s*(?:[A-Z][a-z]+\.?)?\s*,\s*(?:on\s+|in\s+)?$|[a-z]\s*,\s*(?:on\s+|in\s+)?$")
YEAR = re.compile(r"\b\d{4}\b")  # a year told in a time expression
# ("on at least three occasions in 2023: in March, in June and in October")
_COUNTED_IN = re.compile(r"\b(?:twice|(?:(?:at\s+least|more\s+than|some)\s+)?(?:two|three|four|five|six|"
                         r"several|many)\s+times|on\s+(?:(?:at\s+least|more\s+than|some)\s+)?(?:two|three|four|"
                         r"five|six|several)\s+(?:separate\s+)?occasions)\s+(?:in\s+|during\s+)?$")
# forms that tell one day, and "since" before one: "since 3 June", "since June 3, 2023"
_DAYS = frozenset({"iso", "numeric", "numeric_short", "dmy", "mdy"})
_SINCE_DAY = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")
# what counts from the day of writing, which a document with no date does not give
_FROM_NOW = frozenset({"day_of_month_told", "weekend", "relative", "weekday", "weekday_range",
                       "numeric_short", "week_to_weekday", "recent",
                       "today", "past_n",
                       "ago", "start_of_year", "this_year_turn", "before_last"})
_NO_DAY = dt.date(2000, 1, 1)  # (never used to resolve a time kept: see find_times)
# the second part names its month or day itself ("and April", not "and last week")
_NAMED = re.compile(r"\s*(?:(?:in|on)\s+)?(?:(?:early|mid|late)[-\s]+)?(?:\d|(?:January|February|"
                    r"March|April|May|June|July|August|September|October|November|December)\b)")


_RANGE_OPEN = re.compile(r"\s*(?i:between|from)\b\s*$|\s*(?i:between|from)\b")
_RANGE_MID = re.compile(r"\s*(?:and|to|until|till|through)\s*")


# "over two days starting April 21", "for three days from 5 May": the days counted on from a day
_DAYS_FROM = re.compile(r"\b(?:over|for|across|during)\s+(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|"
                        r"seven|eight|nine|ten)\s+days\s+(?:starting|beginning|from)\s+(?:on\s+)?$", re.I)


def _counted_on(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """A day told as the first of a count of days ("over two days starting April 21"): the span
    of those days."""
    out = []
    for t in found:
        counted = _DAYS_FROM.search(text, max(0, t.start - 50), t.start)
        if counted is not None and t.interval.start == t.interval.end and not t.since:
            n = days_of(counted["n"], "day")
            t = TimeMention(counted.start(), t.end, text[counted.start():t.end],
                            Interval(t.interval.start, t.interval.start + dt.timedelta(days=n - 1)),
                            t.relative_to_anchor, t.ahead)
        out.append(t)
    return out


def _joined(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """"in March and April", "in late March or early April": one time told in two parts, the
    span from the first to the second."""
    out: list[TimeMention] = []
    for t in found:
        last = out[-1] if out else None
        if last is not None and YEAR.search(t.text) and not YEAR.search(last.text) and \
                _AND.fullmatch(text, last.end, t.start) and \
                last.interval.start.year == last.interval.end.year != t.interval.start.year:
            # "in May and June 2023": the year told once is both parts'
            year = t.interval.start.year
            try:
                last = out[-1] = TimeMention(last.start, last.end, last.text, Interval(
                    last.interval.start.replace(year=year), last.interval.end.replace(year=year)),
                    ahead=last.ahead)
            except ValueError:  # the 29th of February in a year without one
                pass
        if last is not None and not last.relative_to_anchor and not t.relative_to_anchor and \
                _RANGE_MID.fullmatch(text, last.end, t.start) and (
                    _RANGE_OPEN.search(text, max(0, last.start - 9), last.start) or
                    _RANGE_OPEN.match(last.text)) and last.interval.start < t.interval.start:
            # "between August 2023 and the spring of 2024": the span from one to the other
            out[-1] = TimeMention(last.start, t.end, text[last.start:t.end],
                                  Interval(last.interval.start, max(t.interval.end, last.interval.end)),
                                  ahead=last.ahead)
            continue
        if last is not None and not last.relative_to_anchor and not t.relative_to_anchor and \
                _AND.fullmatch(text, last.end, t.start) and _NAMED.match(t.text) and \
                last.interval.start < t.interval.start and last.interval.end < t.interval.end and \
                (t.interval.start - last.interval.end).days <= 92 and \
                not _TWO_COUNTED.search(text, max(0, last.start - 80), last.start) and \
                not (_LISTED_BEFORE.search(text, max(0, last.start - 30), last.start) and
                     TWICE.search(text, max(0, last.start - 80), last.start)) and \
                not same_preposition(text, last, t) and \
                not (last.interval.start == last.interval.end and t.interval.start == t.interval.end and
                     (t.interval.start - last.interval.end).days > 7):
            # (not "called there twice, in May and in June", nor "on March 3 and on April 9": two
            # times, each its own; nor two days weeks apart, "arrived on 12 February and 30 April":
            # two occasions)
            out[-1] = TimeMention(last.start, t.end, text[last.start:t.end],
                                  Interval(last.interval.start, t.interval.end), ahead=last.ahead)
            continue
        out.append(t)
    return out


_AND_PREP = re.compile(r"\s*(?:,\s*)?and\s+(on|in)\s+")


def same_preposition(text: str, first: TimeMention, second: TimeMention) -> bool:
    """"on March 3 and on April 9": the preposition told again before the second time."""
    told = _AND_PREP.fullmatch(text, first.end, second.start) or \
        _AND_PREP.fullmatch(text[:second.start + 3], first.end, second.start + 3)
    if told is None:
        return False
    prep = told[1].lower() + " "
    return first.text.lower().startswith(prep) or text[max(0, first.start - 3):first.start].lower() == prep


def _since(text: str, iv: Interval, ref: dt.date) -> Interval:
    """"since X" runs from X to the document date."""
    low = text.lower().lstrip()
    if low.startswith("since") and iv.start <= ref:
        return Interval(iv.start, max(ref, iv.start))
    return iv


def _day_of_month(d: int, ref: dt.date, span: Interval | None) -> Interval | None:
    """"on the 14th": that day of the month the text was last in (the month after, where a day
    already told is later than it), else of the report's month, or the month before where the
    day has not yet come."""
    if span is not None:
        if (span.start.year, span.start.month) != (span.end.year, span.end.month):
            return None  # a time wider than a month gives no month to count in
        y, mo = span.start.year, span.start.month
        if span.start == span.end and d < span.start.day:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    else:
        y, mo = ref.year, ref.month
        if d > ref.day:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
    day = _safe_date(y, mo, d)
    return Interval(day, day) if day else None


_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}\b")
_WRITTEN_DMY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+(?:19|20)\d{2}\b")
_WRITTEN_MDY = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December)\s+\d{1,2}(?:st|nd|rd|th)?,\s+(?:19|20)\d{2}\b")


@lru_cache(maxsize=8)
def _slash_order(text: str) -> str | None:
    """How a document writes its slashed dates, where it shows: "dm" where one reads only day
    first ("25/06/2023"), "md" where one reads only month first ("6/25/2023"), else as its dates
    in words run ("5 June 2023" against "June 5, 2023"); None where nothing or both show."""
    day_first = month_first = False
    for a, b in _SLASH_DATE.findall(text):
        day_first = day_first or int(a) > 12 >= int(b)
        month_first = month_first or int(b) > 12 >= int(a)
    if day_first != month_first:
        return "dm" if day_first else "md"
    if day_first:
        return None
    dmy, mdy = bool(_WRITTEN_DMY.search(text)), bool(_WRITTEN_MDY.search(text))
    return None if dmy == mdy else "dm" if dmy else "md"


def _in_document_order(m: re.Match[str], order: str | None) -> Interval | None:
    """An ambiguous slashed date ("05/06/2023") read as the document writes its dates."""
    if order is None or m["sep"] != "/":
        return None
    one, two, y = int(m["a"]), int(m["b"]), int(m["y"])
    day = _safe_date(y, two, one) if order == "dm" else _safe_date(y, one, two)
    return Interval(day, day) if day else None


def _near_reading(m: re.Match[str], ref: dt.date) -> Interval | None:
    """An ambiguous slashed date with its year, in a document that shows no order of its own
    ("01/04/2024" in a report of 8 April 2024): the reading within weeks before the report,
    where the other is months from it."""
    one, two, y = int(m["a"]), int(m["b"]), int(m["y"])
    readings = [d for d in (_safe_date(y, two, one), _safe_date(y, one, two)) if d is not None and d <= ref]
    readings.sort(key=lambda d: ref - d)
    if len(readings) == 2 and (ref - readings[0]).days <= 45 < (ref - readings[1]).days or \
            len(readings) == 1 and (ref - readings[0]).days <= 120:
        # (or the one reading not after the report, within months of it: "2/6/2025" in a report
        # of 20 February 2025 is February 6, not June 2)
        return Interval(readings[0], readings[0])
    return None


def _short_day(a: int, b: int, ref: dt.date, text: str) -> Interval | None:
    """A note's slashed day with no year ("12/04"): the day before the report, in the past
    year, read day first or month first as the document writes its days; where it shows
    neither, the reading within weeks of the report where the other is months away."""
    readings: dict[str, dt.date] = {}
    for order, (month, day) in (("dm", (b, a)), ("md", (a, b))):
        for year in (ref.year, ref.year - 1):
            when = _safe_date(year, month, day)
            if when is not None and when <= ref:
                readings[order] = when
                break
    written = _slash_order(text)
    if written is not None and written in readings:
        return Interval(readings[written], readings[written])
    near = sorted(readings.values(), key=lambda when: ref - when)
    if near and (ref - near[0]).days <= 120 and (
            len(set(near)) == 1 or (ref - near[0]).days <= 45 < (ref - near[1]).days):
        return Interval(near[0], near[0])
    return None


def _resolve(kind: str, m: re.Match[str], ref: dt.date, span: Interval | None,
             day: dt.date | None = None) -> Interval | None:
    anchor = span.end if span else None
    g = m.groupdict()
    if kind == "day_of_month_told":
        y, mo = ref.year, ref.month + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        day = _safe_date(y, mo, int(g["d"]))
        return Interval(day, day) if day else None
    if kind == "dayonly":
        return _day_of_month(int(g["d"]), ref, span)
    if kind == "same_period":
        return span
    if kind == "iso":
        iso_day = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return Interval(iso_day, iso_day) if iso_day else None
    if kind == "numeric_short" and g["sep"] == ".":
        # (dotted, day first: the last such day by the report)
        for year in (ref.year, ref.year - 1):
            day = _safe_date(year, int(g["b"]), int(g["a"]))
            if day is not None and day <= ref:
                return Interval(day, day)
        return None
    if kind == "numeric_short":
        return _short_day(int(g["a"]), int(g["b"]), ref, m.string)
    if kind == "numeric":
        one, two, y = int(g["a"]), int(g["b"]), int(g["y"])
        if g["sep"] == ".":
            readings = {_safe_date(y, two, one)}  # day.month.year, as dotted dates are written
        else:
            readings = {_safe_date(y, two, one), _safe_date(y, one, two)}
        readings.discard(None)
        if len(readings) != 1:
            return None  # 03/04/2024: the third of April or the fourth of March
        (only,) = readings
        return Interval(only, only) if only else None
    if kind in ("range_dm", "range_md"):
        m2 = MONTHS[g["m2"].lower().rstrip(".")] if g.get("m2") else None
        m1 = MONTHS[g["m1"].lower().rstrip(".")] if g.get("m1") else m2
        m2 = m2 or m1
        if m1 is None or m2 is None:
            return None
        d1, d2 = int(g["d1"]), int(g["d2"])
        y2 = int(g["y"]) if g.get("y") else _year_for(m2, d2, ref)
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        a, b = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
        return Interval(a, b) if a and b and a <= b else None
    if kind in ("dmy", "mdy"):
        mo, d = MONTHS[g["m"].lower().rstrip(".")], int(g["d"])
        y = int(g["y"]) if g.get("y") else _year_for(mo, d, ref)
        day = _safe_date(y, mo, d)
        if day is None:
            return None
        iv = Interval(day, day)
        prefix = m.string[max(0, m.start() - 20): m.start()].lower()
        if re.search(r"\b(around|about|circa|c\.)\s*$", prefix):
            iv = Interval(day - dt.timedelta(days=2), day + dt.timedelta(days=2))
        return iv
    if kind == "month_span":
        first = (g.get("m1") or g.get("m1b") or "").lower().rstrip(".")
        m1, m2 = MONTHS[first], MONTHS[g["m2"].lower().rstrip(".")]
        y1_text = g.get("y1") or g.get("y1b")
        if g.get("y2"):
            y2 = int(g["y2"])
        elif y1_text:
            y2 = int(y1_text) if m2 >= m1 else int(y1_text) + 1
        else:
            y2 = ref.year if m2 <= ref.month else ref.year - 1
        y1 = int(y1_text) if y1_text else (y2 if m1 <= m2 else y2 - 1)
        if (y1, m1) > (y2, m2):
            return None
        return Interval(_part_of_month(y1, m1, g.get("p1")).start,
                        _part_of_month(y2, m2, g.get("p2")).end)
    if kind == "month":
        word = g["m"].lower().rstrip(".")
        if word == "may" and not (g.get("y") or g.get("part") or re.match(
                r"\s*(in|since|during|by|until|from|of|throughout|early|mid|late)\b", m.group(), re.I)):
            return None  # the verb "may"
        mo = MONTHS[word]
        if g.get("y"):
            y = int(g["y"])
        elif g.get("this") and "last" in g["this"]:
            y = ref.year - 1
        elif g.get("this") and "next" in g["this"]:
            y = ref.year + 1
        elif g.get("this"):
            y = ref.year
        else:
            y = ref.year if mo <= ref.month else ref.year - 1
        part = g.get("part")
        if part and part.lower() == "earlier":
            part = None
        return _since(m.group(), _part_of_month(y, mo, part), ref)
    if kind == "month_range":
        y = int(g["y"])
        first = _SEASONS[g["s1"].lower()][0]
        last = _SEASONS[g["s2"].lower()][1]
        return Interval(dt.date(y, first, 1), month_end(y, last)) if first <= last else None
    if kind == "season":
        lo, hi = _SEASONS[g["s"].lower()]
        if g.get("y"):
            y = int(g["y"])
        elif g.get("ry"):  # "the summer of last year"
            y = ref.year + {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]
        else:
            y = ref.year if lo <= ref.month else ref.year - 1
            going = lo <= ref.month <= hi if lo <= hi else (ref.month >= lo or ref.month <= hi)
            rel = (g.get("rel") or "").lower()
            if rel == "last" and going:  # "last summer" told in July: the summer before
                y -= 1
            elif rel == "next":
                y += 1
        yb = y + 1 if hi < lo else y
        part = (g.get("spart") or "").lower()
        if part:
            # "in late spring": the season's last month ("early": its first, "mid": its middle)
            season = [(y, mo) for mo in (range(lo, 13) if hi < lo else ())] + \
                [(yb, mo) for mo in range(1 if hi < lo else lo, hi + 1)]
            y, lo = season[{"early": 0, "mid": len(season) // 2, "late": -1}[part]]
            return Interval(dt.date(y, lo, 1), month_end(y, lo))
        return _since(m.group(), Interval(dt.date(y, lo, 1), month_end(yb, hi)), ref)
    if kind == "week_from":
        mo = MONTHS[(g["m"] or g["m2"]).lower().rstrip(".")]
        dom = int(g["d"] or g["d2"])
        y = int(g["y"]) if g.get("y") else _year_for(mo, dom, ref)
        first = _safe_date(y, mo, dom)
        if first and g.get("to"):
            return Interval(first - dt.timedelta(days=6), first)
        return Interval(first, first + dt.timedelta(days=6)) if first else None
    if kind == "week_of":
        mo = MONTHS[g["m"].lower().rstrip(".")]
        y = int(g["y"]) if g.get("y") else _year_for(mo, 1, ref)
        last = month_end(y, mo).day
        n = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(g["wk"].lower())
        lo = 1 + 7 * n if n is not None else last - 6
        return Interval(dt.date(y, mo, lo), dt.date(y, mo, min(lo + 6, last)))
    if kind == "months_of_year":
        n = int(g["n"]) if g["n"].isdigit() else NUM_WORDS[g["n"].lower()]
        if not 1 <= n <= 11:
            return None
        y = int(g["y"]) if g.get("y") else ref.year - (1 if g.get("last_year") else 0)
        if g["edge"].lower() == "first":
            return Interval(dt.date(y, 1, 1), month_end(y, n))
        return Interval(dt.date(y, 13 - n, 1), month_end(y, 12))
    if kind == "quarter":
        if g.get("q"):
            y, first, months = int(g["y"]), 3 * int(g["q"]) - 2, 3
        elif g.get("qn") or g.get("qa"):
            y, first, months = 2000 + int(g["yy"] or g["yy2"]), 3 * int(g["qn"] or g["qa"]) - 2, 3
        elif g.get("qb"):
            y, first, months = ref.year, 3 * int(g["qb"]) - 2, 3
            if first > ref.month:
                y -= 1  # "in Q4", told in March: the last one that has begun
        elif g.get("h"):
            y, first, months = int(g["y3"]), 1 if g["h"] == "H1" else 7, 6
        else:
            months = 3 if g["unit"].lower() == "quarter" else 6
            order = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(g["qw"].lower(),
                                                                          12 // months - 1)
            if order >= 12 // months:
                return None  # "the third half of ..."
            # "the first half of the year": of the report's year ("of last year": the one before)
            y = int(g["y2"]) if g.get("y2") else ref.year - (1 if g.get("last_year") else 0)
            first = 1 + months * order
            if g.get("bare") is not None and first > ref.month:
                y -= 1  # "in the fourth quarter", told in March: the last one that has begun
        return Interval(dt.date(y, first, 1), month_end(y, first + months - 1))
    if kind in ("year_turn", "this_year_turn"):
        if kind == "this_year_turn":
            y = ref.year  # the latest new year by the report's day
        elif g["y2"]:
            y = int(g["y2"]) if len(g["y2"]) == 4 else int(g["y1"]) // 100 * 100 + int(g["y2"])
        else:
            y = int(g["y1"])
        return Interval(dt.date(y - 1, 12, 1), dt.date(y, 1, 31))
    if kind == "weekend":
        back = (ref.weekday() - 5) % 7  # days since the latest Saturday
        saturday = ref - dt.timedelta(days=back)
        return Interval(saturday, min(saturday + dt.timedelta(days=1), max(ref, saturday)))
    if kind == "year_span":
        y1 = int(g["y1"] or g["y1b"])
        end_year: str = g["y2"] or g["y2b"]
        y2 = int(end_year) if len(end_year) == 4 else y1 // 100 * 100 + int(end_year)
        return Interval(dt.date(y1, 1, 1), dt.date(y2, 12, 31)) if y1 < y2 else None
    if kind == "decade":
        y = int(g["y"])
        return _since(m.group().lower(), Interval(dt.date(y, 1, 1), dt.date(y + 9, 12, 31)), ref)
    if kind == "year":
        y = int(g["y"])
        text = m.group().lower()
        part = (g.get("part") or g.get("part2") or g.get("part3") or "").lower().strip(" -")
        iv = Interval(dt.date(y, 1, 1), dt.date(y, 12, 31))
        if part in ("early", "the start of", "the beginning of"):
            iv = Interval(dt.date(y, 1, 1), dt.date(y, 4, 30))
        elif part in ("late", "the end of"):
            iv = Interval(dt.date(y, 9, 1), dt.date(y, 12, 31))
        elif part in ("mid", "the middle of"):
            iv = Interval(dt.date(y, 5, 1), dt.date(y, 8, 31))
        return _since(text, iv, ref)
    if kind == "before_last":
        unit = g["unit"].lower()
        if unit == "week":
            monday = ref - dt.timedelta(days=ref.weekday() + 14)
            return Interval(monday, monday + dt.timedelta(days=6))
        if unit == "month":
            y, mo = (ref.year, ref.month - 2) if ref.month > 2 else (ref.year - 1, ref.month + 10)
            return Interval(dt.date(y, mo, 1), month_end(y, mo))
        return Interval(dt.date(ref.year - 2, 1, 1), dt.date(ref.year - 2, 12, 31))
    if kind == "relative" and g.get("since"):
        rest = _NO_SINCE.match(m.group()[len(g["since"]):])
        since = _resolve("relative", rest, ref, span) if rest else None
        return Interval(since.start, ref) if since and since.start <= ref else since
    if kind == "relative":
        rel, unit = g["rel"].lower().replace("earlier in the", "earlier this"), g["unit"].lower()
        if rel == "the previous" and span is not None and not g.get("rpart") and unit in ("week", "month",
                                                                                          "year"):
            # "returned on January 12 ... had spent the previous week off Ningbo": the one before
            # the time told last, not before the report
            first = span.start
            if unit == "week":
                return Interval(first - dt.timedelta(days=7), first - dt.timedelta(days=1))
            if unit == "month":
                y, mo = (first.year, first.month - 1) if first.month > 1 else (first.year - 1, 12)
                return Interval(dt.date(y, mo, 1), month_end(y, mo))
            return Interval(dt.date(first.year - 1, 1, 1), dt.date(first.year - 1, 12, 31))
        if unit == "fortnight" and rel == "next":
            return Interval(ref, ref + dt.timedelta(days=14))
        if unit == "fortnight" or rel == "the past" and unit != "weekend":
            # "in the past week": the last seven days up to the report's, not a calendar week
            days = {"week": 7, "month": 30, "year": 365, "fortnight": 14}[unit]
            return Interval(ref - dt.timedelta(days=days), ref)
        part = (g.get("rpart") or "").lower()
        if unit == "month" and part:  # "late last month"
            y, mo = ref.year, ref.month
            if rel == "last":
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            elif rel == "next":
                y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
            return _part_of_month(y, mo, {"the middle of": "mid"}.get(part, part))
        if unit == "year" and part:  # "late last year"
            y = ref.year - 1 if rel == "last" else ref.year + 1 if rel == "next" else ref.year
            lo, hi = (1, 4) if part in ("early", "the start of", "the beginning of") else \
                (5, 8) if part in ("mid", "the middle of") else (9, 12)
            return Interval(dt.date(y, lo, 1), month_end(y, hi))
        if unit in ("week", "weekend"):
            monday = ref - dt.timedelta(days=ref.weekday())
            if rel in ("last", "the previous", "the past"):
                monday -= dt.timedelta(days=7)
            elif rel == "next":
                monday += dt.timedelta(days=7)
            elif rel == "earlier this":
                # up to the report's day; early in a week, "earlier in the week" is the last days
                start = monday if ref.weekday() >= 2 else ref - dt.timedelta(days=7)
                return Interval(start, ref)
            return Interval(monday, monday + dt.timedelta(days=6))
        if unit == "month":
            y, mo = ref.year, ref.month
            if rel in ("last", "the previous", "the past"):
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            elif rel == "next":
                y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
            if rel == "earlier this":
                return Interval(dt.date(y, mo, 1), ref)
            return Interval(dt.date(y, mo, 1), month_end(y, mo))
        y = ref.year - 1 if rel in ("last", "the previous", "the past") else \
            ref.year + 1 if rel == "next" else ref.year
        if rel == "earlier this":
            return Interval(dt.date(y, 1, 1), ref)
        return Interval(dt.date(y, 1, 1), dt.date(y, 12, 31))
    if kind == "week_to_weekday":
        ends = ref - dt.timedelta(days=(ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
        return Interval(ends - dt.timedelta(days=6), ends)
    if kind == "weekday_range":
        ends = ref - dt.timedelta(days=(ref.weekday() - WEEKDAYS[g["wd2"].lower()]) % 7)
        days = (WEEKDAYS[g["wd2"].lower()] - WEEKDAYS[g["wd"].lower()]) % 7
        return Interval(ends - dt.timedelta(days=days), ends)
    if kind == "weekday":
        wd = _WEEKDAY_BY_ABBR[g["wd"][:3].lower()]
        back = (ref.weekday() - wd) % 7
        if back == 0 and m.group().lower().startswith(("last", "past", "this past")):
            back = 7
        day = ref - dt.timedelta(days=back)
        return Interval(day, day)
    if kind == "recent":
        unit = (g.get("unit") or "months").lower()
        days = {"days": 10, "weeks": 30, "months": 120, "years": 1095}[unit]
        return Interval(ref - dt.timedelta(days=days), ref)
    if kind == "today":
        w = g["w"].lower()
        if "christmas" in w:
            feast = 24 if w.endswith("eve") else 25
            when = dt.date(ref.year if ref.month == 12 and ref.day >= feast else ref.year - 1, 12, feast)
            return Interval(when, when)
        if "new year" in w and w.endswith("eve"):  # the last day of the year before, as a rule
            when = dt.date(ref.year if ref.month == 12 and ref.day == 31 else ref.year - 1, 12, 31)
            return Interval(when, when)
        if "new year" in w:
            when = dt.date(ref.year, 1, 1)
            return Interval(when, when)
        if w == "yesterday":
            when = ref - dt.timedelta(days=1)
            return Interval(when, when)
        return Interval(ref - dt.timedelta(days=1) if w == "overnight" else ref, ref)
    if kind == "same_month":
        if span is None and ref != _NO_DAY and not re.search(r"(?i)\b(?:that|same)\s+month", m.group()):
            # ("at the beginning of the month", with no time told before: the report's month; not
            # "that month", which points back to one told)
            span = Interval(ref, ref)
        if span is None or (span.start.year, span.start.month) != (span.end.year, span.end.month):
            return None  # no month told before, or a time wider than one
        opens = dt.date(span.start.year, span.start.month, 1)
        closes = month_end(span.start.year, span.start.month)
        part = (g.get("week") or g.get("edge") or g.get("part") or "").lower()
        lo, hi = _MONTH_PARTS.get(part, (1, 31))
        return Interval(opens.replace(day=lo) if lo > 0 else closes - dt.timedelta(days=6),
                        closes if hi >= closes.day else opens.replace(day=hi))
    if kind == "later" and g.get("nunit"):
        if span is None:
            return None
        # (the day told last: "had discharged on 12 May, returned the following week" counts
        # from 12 May, not from a day an earlier sentence told)
        base = span.end if span.start == span.end or day is None else day
        if g["nunit"].lower() == "week":
            monday = base + dt.timedelta(days=7 - base.weekday())
            return Interval(monday, monday + dt.timedelta(days=6))
        if g["nunit"].lower() == "year":  # "in 2022; ... the following year": 2023
            return Interval(dt.date(base.year + 1, 1, 1), dt.date(base.year + 1, 12, 31))
        first = (base.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return Interval(first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1))
    if kind == "later" and g.get("next"):
        if span is None:
            return None
        shift = dt.timedelta(days=0 if _SAME.search(g["next"]) else
                             -1 if re.search(r"before|previous", g["next"], re.I) else 1)
        if span.start == span.end or day is None:
            # (after "in May" with no day told before: a day of May, or after it)
            return Interval(span.start + shift, span.end + shift)
        # "hit on Wednesday ... had loaded in May ... the same day": the day told last
        return Interval(day + shift, day + shift)
    if kind == "later":
        later = (g.get("vdir") or g.get("dir") or "").lower() not in ("earlier", "before")
        if anchor is None and later:
            return None  # "days later" with no date before it: after what is not known
        base = anchor or ref
        if g.get("vague"):
            # "days earlier": a few days (1-10); "weeks earlier": two to eight weeks; counted
            # from the whole of the time told before ("in February ... weeks earlier")
            near, far = (1, 10) if g["vague"].lower() == "days" else (14, 56)
            first = span.start if span is not None else base
            if g["vdir"].lower() in ("earlier", "before"):
                return Interval(first - dt.timedelta(days=far), base - dt.timedelta(days=near))
            return Interval(first + dt.timedelta(days=near), base + dt.timedelta(days=far))
        unit = g["unit"].lower().rstrip("s")
        days = days_of(g["n"], unit)
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        shift = dt.timedelta(days=sign * days)
        if span is not None and span.start < span.end:  # after a month: as wide as the month
            return Interval(span.start + shift, span.end + shift)
        when = base + shift
        return Interval(when, when) if unit == "day" else Interval(when - dt.timedelta(days=3),
                                                                 when + dt.timedelta(days=3))
    if kind == "within":
        if span is None:
            return None  # within a time of what is not known
        if g.get("fortnight"):
            days = 14
        elif g.get("vague"):
            days = 10 if g["vague"].lower() == "days" else 42
        else:
            days = days_of(g["n"], g["unit"])
        return Interval(span.start, span.end + dt.timedelta(days=days))
    if kind == "past_n":
        word = g["n"].lower()
        n = int(word) if word.isdigit() else NUM_WORDS.get(word, 3)
        unit = g["unit"].lower().rstrip("s")
        # ("in the past 48 hours": the days they touch)
        days = -(-n // 24) if unit == "hour" else n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        return Interval(ref - dt.timedelta(days=days), ref)
    if kind == "ago":
        word = g["n"].lower()
        vague = word in ("a few", "several", "a couple of")
        n = int(word) if word.isdigit() else NUM_WORDS.get(word, 3 if vague else 1)
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            return Interval(dt.date(ref.year - n, 1, 1), dt.date(ref.year - n, 12, 31))
        if unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return Interval(dt.date(y, mo + 1, 1), month_end(y, mo + 1))
        when = ref - dt.timedelta(days=n * {"week": 7, "fortnight": 14}.get(unit, 1))
        spread = 3 if unit in ("week", "fortnight") or vague else 0
        return Interval(when - dt.timedelta(days=spread), min(ref, when + dt.timedelta(days=spread)))
    if kind == "start_of_year":
        # "since the start of the year": up to the report; "at the start of the year": its
        # first months, as "the start of 2023"
        if g.get("since"):
            return Interval(dt.date(ref.year, 1, 1), ref)
        return Interval(dt.date(ref.year, 1, 1), min(ref, dt.date(ref.year, 4, 30)))
    return None


_SHIFT_CLAUSE = re.compile(r"(?P<n>\w+(?: few| couple of)?)\s+(?P<unit>days?|weeks?|months?)\s+"
                           r"(?P<dir>after|before)", re.I)


def days_of(count: str, unit: str) -> int:
    """"two weeks", "a few days", "3 months": how many days, a month taken as 30."""
    n = int(count) if count.isdigit() else NUM_WORDS.get(count.lower(), 1)
    return n * {"day": 1, "week": 7, "fortnight": 14, "month": 30}[unit.lower().rstrip("s")]


def unshifted(t: TimeMention) -> Interval | None:
    """"(confiscated it,) two months after the vessel drifted": the time the expression counted
    from, which is the main clause's (the clause after "after" lies that long before it)."""
    m = _SHIFT_CLAUSE.fullmatch(t.text)
    if m is None:
        return None
    days = days_of(m["n"], m["unit"])
    shift = dt.timedelta(days=days if m["dir"].lower() == "after" else -days)
    return Interval(t.interval.start - shift, t.interval.end - shift)


def reversed_shift(t: TimeMention) -> Interval | None:
    """"two weeks after it left Latakia": the time of the clause that follows "after" (or
    "before"), the shift that resolved the expression taken the other way round."""
    m = _SHIFT_CLAUSE.fullmatch(t.text)
    if m is None:
        return None
    days = days_of(m["n"], m["unit"])
    shift = dt.timedelta(days=2 * days if m["dir"].lower() == "after" else -2 * days)
    return Interval(t.interval.start - shift, t.interval.end - shift)
