from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shipgraph.extract.dates import Interval, find_times, format_interval, parse_iso

from .conftest import facts_of

REF = dt.date(2024, 3, 22)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("loaded between 3 and 5 March at the berth", "2024-03-03/2024-03-05"),
    ("loaded between March 3rd and 5th at the berth", "2024-03-03/2024-03-05"),
    ("a fortnight ago the ship", "2024-03-05/2024-03-11"),
    ("on 14 March it sailed", "2024-03-14"),
    ("supplied fuel throughout 2023", "2023"),
    ("sailed the route in the 2010s", "2010/2019"),
    ("throughout May the ship", "2023-05"),
    # counted back from the report's date
    ("three days ago the ship", "2024-03-19"),
    ("Two weeks ago, the tanker", "2024-03-05/2024-03-11"),
    ("six months ago it sailed", "2023-09"),
    ("two years ago", "2022"),
    ("on 18 January 2019", "2019-01-18"),
    ("in December 2018", "2018-12"),
    ("in late January", "2024-01-21/2024-01-31"),
    ("in mid-August", "2023-08-11/2023-08-20"),
    ("called last week", "2024-03-11/2024-03-17"),
    ("left on 17.10.2023", "2023-10-17"),
    ("left on 10/17/2023", "2023-10-17"),
    ("shipped since late 2022", "2022-09-01/2024-03-22"),
    # parts of a named year or month, and the days just past
    ("late last year", "2023-09/2023-12"),
    # days of the year's feasts, the last before the report
    ("on Christmas Day the cable broke", "2023-12-25"),
    ("on Christmas Eve the cable broke", "2023-12-24"),
    ("on New Year's Eve the tanker left", "2023-12-31"),
    ("on New Year's Day the tanker left", "2024-01-01"),
    ("at the end of last month", "2024-02-21/2024-02-29"),
    ("in the past week", "2024-03-15/2024-03-22"),
    ("over the past three months", "2023-12-23/2024-03-22"),
    ("in the summer of last year", "2023-06/2023-08"),
    ("on 2024/03/02", "2024-03-02"),
    ("in mid-2023 the tanker", "2023-05/2023-08"),
    ("by the end of 2021", "2021-09/2021-12"),
    # up to the report's day, not the days of the week still to come
    ("earlier this week the ship", "2024-03-18/2024-03-22"),
    ("arrived on Monday", "2024-03-18"),
    ("since February", "2024-02-01/2024-03-22"),
    ("In 2023 the ship", "2023"),
    ("Between the spring and autumn of 2023", "2023-03/2023-11"),
    ("earlier this month", "2024-03-01/2024-03-22"),
    ("in November", "2023-11"),
    ("Nov 3, 2022", "2022-11-03"),
    # spans of months: both ends, the year from either, across a new year
    ("between March and May 2023 it sailed", "2023-03/2023-05"),
    ("from January to February", "2024-01/2024-02"),
    ("in the November-January period", "2023-11/2024-01"),
    ("between October 2022 and March 2023", "2022-10/2023-03"),
    ("from late January to early March", "2024-01-21/2024-03-10"),
    # spans of years
    ("Between 2021 and 2023, the ships", "2021/2023"),
    ("from 2019 to 2022 it traded", "2019/2022"),
    ("in 2022-23 the tanker", "2022/2023"),
    ("during 2020–2021", "2020/2021"),
    # a week from a day, and hours just past
    ("in the week of March 4", "2024-03-04/2024-03-10"),
    ("the week beginning 4 March 2024", "2024-03-04/2024-03-10"),
    ("in the week to 10 March", "2024-03-04/2024-03-10"),
    ("the seven days ending March 10", "2024-03-04/2024-03-10"),
    ("in the past 48 hours", "2024-03-20/2024-03-22"),
    # parts of a year or month joined by hyphens, and two thirds of a month
    ("in late-2023 the tanker", "2023-09/2023-12"),
    ("in mid-to-late February", "2024-02-11/2024-02-29"),
    ("in early to mid February", "2024-02-01/2024-02-20"),
    # a season with its year
    ("in winter 2022", "2022-12/2023-02"),
    ("in the winter of 2022-23", "2022-12/2023-02"),
    ("in summer 2021", "2021-06/2021-08"),
])
def test_expressions(text: str, expected: str) -> None:
    found = find_times(text, REF)
    assert [t.interval.iso() for t in found] == [expected]


def test_earlier_in_the_week_told_on_a_monday_is_the_days_before() -> None:
    monday = dt.date(2024, 3, 18)
    (t,) = find_times("Earlier in the week the frigate was hit.", monday)
    assert format_interval(t.interval.start, t.interval.end) == "2024-03-11/2024-03-18"


def test_relative_to_anchor() -> None:
    found = find_times("Three days later the ship docked", REF, anchor=dt.date(2024, 1, 14))
    assert found[0].interval.iso() == "2024-01-17"
    # with no date set before it, "later" is after something unknown: no date, not one after
    # the report's own
    assert find_times("Days later the ship docked", REF) == []
    day = dt.date(2024, 1, 14)
    assert find_times("It left the following day", REF, anchor=day)[0].interval.iso() == \
        "2024-01-15"
    assert find_times("that same day it left", REF, anchor=day)[0].interval.iso() == "2024-01-14"
    assert find_times("It left the next day", REF) == []
    assert find_times("Two weeks later the ship docked", REF) == []
    assert find_times("Two days earlier the ship docked", REF)[0].interval.end < REF


@pytest.mark.parametrize("text", ["it may have been", "about 700,000 barrels", "between 2023 and 2021",
                                  "carried over 2023 tonnes", "through 2,023 ports",
                                  "a 1990s-built tanker", "some 2010s ships",
                                  "Resolutions 2371 and 2375 of the Council",
                                  "on 01/02/2024 (either way)", "the March report"
                                  " may be late" * 0 + "no time here"])
def test_negatives(text: str) -> None:
    assert find_times(text, REF) == []


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_format_and_parse_round_trip(a: dt.date, b: dt.date) -> None:
    lo, hi = min(a, b), max(a, b)
    iv = parse_iso(format_interval(lo, hi))
    assert iv is not None and (iv.start, iv.end) == (lo, hi)


@given(st.text(max_size=80))
def test_never_crashes(text: str) -> None:
    for t in find_times(text, REF):
        assert t.interval.start <= t.interval.end


@pytest.mark.parametrize("phrase, iso", [
    ("in Q3 2024", "2024-07/2024-09"),
    ("during the third quarter of 2023", "2023-07/2023-09"),
    # with no year: the latest such quarter begun by the report's date
    ("in the first quarter the ship", "2024-01/2024-03"),
    ("in the fourth quarter the ship", "2023-10/2023-12"),
    ("in the first half of 2024", "2024-01/2024-06"),
    ("H2 2023", "2023-07/2023-12"),
    ("in the first week of October", "2023-10-01/2023-10-07"),
    ("the last week of February 2024", "2024-02-23/2024-02-29"),
    ("over the weekend", "2024-03-16/2024-03-17"),
    # a week told by the weekday it ended on (the report's day is a Friday)
    ("in the week to Sunday", "2024-03-11/2024-03-17"),
    ("in the week ending Friday", "2024-03-16/2024-03-22"),
    # the latest span of weekdays
    ("from Monday to Wednesday", "2024-03-18/2024-03-20"),
    ("between Thursday and Tuesday", "2024-03-14/2024-03-19"),
    # the trade's short forms, and a quarter with no year
    ("in 1Q24", "2024-01/2024-03"),
    ("in Q3'23", "2023-07/2023-09"),
    ("in Q4", "2023-10/2023-12"),
    ("during Q1", "2024-01/2024-03"),
])
def test_quarters_halves_weeks_of_a_month_and_weekends(phrase: str, iso: str) -> None:
    found = find_times(f"The tanker loaded {phrase}.", dt.date(2024, 3, 22))
    assert [t.interval.iso() for t in found] == [iso]


@pytest.mark.parametrize("text, expected", [
    ("in January and February", ["2024-01/2024-02"]),
    ("in late January or early February", ["2024-01-21/2024-02-10"]),
    # (a thing done twice: each time its own)
    ("on 3 May and again on 9 May", ["2023-05-03", "2023-05-09"]),
    # a year told once is both parts'
    ("in May and June 2022", ["2022-05/2022-06"]),
    # not a time counted from the report's, nor parts in the wrong order or far apart
    ("in February and last week", ["2024-02", "2024-03-11/2024-03-17"]),
    ("in April and March", ["2023-04", "2024-03"]),
    ("in May 2021 and June 2023", ["2021-05", "2023-06"]),
    # days of a list: from the first to the last
    ("on 2, 9 and 17 October", ["2023-10-02/2023-10-17"]),
    ("on October 5, 12, and 20", ["2023-10-05/2023-10-20"]),
    ("on October 5, 2022 and in May", ["2022-10-05", "2023-05"]),
    # a day or month with no year after one with its year: of that year, or the next
    ("loaded in March 2021 and discharged at Baniyas in May", ["2021-03", "2021-05"]),
    ("loaded on 2 December 2022 and discharged on 5 January", ["2022-12-02", "2023-01-05"]),
    ("arrived on 3 March 2023; it had left Novorossiysk on 25 February",
     ["2023-03-03", "2023-02-25"]),
    # not after the report, nor far before the time told
    ("loaded in January 2024 and discharged in May", ["2024-01", "2023-05"]),
    ("sanctioned in December 2022 and seen at Tartus in July", ["2022-12", "2023-07"]),
])
def test_a_time_told_in_two_parts_is_their_span(text: str, expected: list[str]) -> None:
    assert [t.interval.iso() for t in find_times(text, REF)] == expected


def test_days_later_after_a_month_are_a_span_as_wide_as_it() -> None:
    august = Interval(dt.date(2023, 8, 1), dt.date(2023, 8, 31))
    (t,) = find_times("it docked four days later", REF, anchor=august)
    assert t.interval.iso() == "2023-08-05/2023-09-04"


def test_parts_of_a_day_and_a_weekend_given_its_days() -> None:
    sunday = dt.date(2023, 12, 11)  # a Monday: the Sunday before is the 10th
    assert [t.interval.iso() for t in find_times("In the early hours of Sunday it left", sunday)] \
        == ["2023-12-10"]
    assert [t.interval.iso() for t in find_times("over the weekend of 5-6 October", sunday)] == \
        ["2023-10-05/2023-10-06"]


@pytest.mark.parametrize("text, ref, expected", [
    # "last summer" told in a summer is the summer before; told after it, that summer
    ("last summer", dt.date(2024, 6, 20), "2023-06/2023-08"),
    ("last summer", dt.date(2024, 10, 5), "2024-06/2024-08"),
    ("at the end of May", dt.date(2024, 6, 20), "2024-05-21/2024-05-31"),
    ("on Tuesday, June 4", dt.date(2024, 6, 20), "2024-06-04"),
    ("this past weekend", dt.date(2024, 6, 20), "2024-06-15/2024-06-16"),
    # "this past Tuesday": the last one (told on a Thursday, the Thursday a week before)
    ("this past Tuesday", dt.date(2024, 6, 20), "2024-06-18"),
    ("this past Thursday", dt.date(2024, 6, 20), "2024-06-13"),
    ("over the past fortnight", dt.date(2024, 6, 20), "2024-06-06/2024-06-20"),
])
def test_seasons_month_ends_weekdays_with_dates_and_fortnights(text: str, ref: dt.date,
                                                               expected: str) -> None:
    assert [t.interval.iso() for t in find_times(text, ref)] == [expected]
    assert find_times("They may load at the port.", ref) == []  # the verb


def test_a_part_of_the_year_the_report_is_in() -> None:
    ref = dt.date(2024, 8, 14)
    assert [t.interval.iso() for t in find_times("in the first half of the year", ref)] == \
        ["2024-01/2024-06"]
    assert [t.interval.iso() for t in find_times("the second quarter of last year", ref)] == \
        ["2023-04/2023-06"]
    # the start of the year: its first months; since then: up to the report
    assert [t.interval.iso() for t in find_times("at the start of the year", ref)] == \
        ["2024-01/2024-04"]
    assert [t.interval.iso() for t in find_times("since the start of the year", ref)] == \
        ["2024-01-01/2024-08-14"]
    assert find_times("half of the cargo", ref) == []
    assert find_times("the first half of the cargo", ref) == []


@pytest.mark.parametrize("text, anchor, expected", [
    ("Within a fortnight it had loaded", dt.date(2024, 3, 3), "2024-03-03/2024-03-17"),
    ("within three days the ship", dt.date(2024, 3, 3), "2024-03-03/2024-03-06"),
    ("Within days, it sailed", dt.date(2024, 3, 3), "2024-03-03/2024-03-13"),
])
def test_within_a_time_of_the_time_told_before(text: str, anchor: dt.date, expected: str) -> None:
    assert [t.interval.iso() for t in find_times(text, REF, anchor=anchor)] == [expected]
    assert find_times(text, REF) == []  # within a time of nothing told: no time


@pytest.mark.parametrize("text, expected", [
    ("between August 2023 and the spring of 2024", "2023-08/2024-05"),
    ("from the summer of 2022 to January 2023", "2022-06/2023-01"),
])
def test_a_range_whose_ends_are_told_in_different_forms(text: str, expected: str) -> None:
    assert [t.interval.iso() for t in find_times(text, REF)] == [expected]


def test_a_day_of_the_month_alone_counts_in_the_month_the_text_is_in() -> None:
    day = Interval(dt.date(2024, 2, 3), dt.date(2024, 2, 3))
    assert [t.interval.iso() for t in find_times("It docked on the 14th.", REF, anchor=day)] == \
        ["2024-02-14"]
    # a day before the one last told is in the month after; a month gives its own days
    assert find_times("It docked on the 2nd.", REF, anchor=day)[0].interval.iso() == "2024-03-02"
    (_, t) = find_times("It left in June and docked on the 9th.", REF)
    assert t.interval.iso() == "2023-06-09"
    # with nothing before it, the report's month, or the one before where the day is to come
    assert find_times("It docked on the 14th.", REF)[0].interval.iso() == "2024-03-14"
    assert find_times("It docked on the 25th.", REF)[0].interval.iso() == "2024-02-25"
    # a day with its month, and ordinals that are no days, are not read this way
    assert [t.interval.iso() for t in find_times("on the 14th of May", REF)] == ["2023-05-14"]
    assert find_times("the 5th Fleet and the 3rd floor, from the 2nd century", REF) == []


def test_since_a_part_of_a_relative_period_resolves() -> None:
    # (these once recursed without end: the part after "since" was not read without it)
    ref = dt.date(2024, 3, 22)
    for text in ("since early last week", "since last fortnight", "since the end of last month"):
        found = find_times(text, ref)
        assert len(found) == 1 and found[0].interval.end == ref, text


def test_a_time_of_what_is_to_come() -> None:
    late_august = dt.date(2024, 8, 30)
    (t,) = find_times("The ship is expected to arrive at Sikka, India, in mid-September.",
                      late_august)
    assert t.ahead and t.interval.iso() == "2024-09-11/2024-09-20"
    (u,) = find_times("The ship arrived at Sikka in mid-September.", late_august)
    assert not u.ahead and u.interval.iso() == "2023-09-11/2023-09-20"
    # a year told is taken as written
    (v,) = find_times("It will sail in June 2024.", late_august)
    assert v.ahead and v.interval.iso() == "2024-06"


def test_the_same_day_after_a_wider_time_is_the_last_day_told() -> None:
    may = Interval(dt.date(2024, 5, 1), dt.date(2024, 5, 31))
    day = dt.date(2024, 6, 12)
    assert find_times("the same day", REF, anchor=may, day=day)[0].interval.iso() == "2024-06-12"
    assert find_times("the next day", REF, anchor=may, day=day)[0].interval.iso() == "2024-06-13"
    assert find_times("later that day", REF, anchor=may)[0].interval.iso() == "2024-05"


@pytest.mark.parametrize("text", [
    "Russia shipped 40,000 tonnes in May, up from 25,000 tonnes in April.",
    "Exports rose in May compared with April.",
    "The tanker carried more crude in May than in April.",
    "Exports rose in May, down from April.",
])
def test_a_time_compared_with_is_not_told(text: str) -> None:
    assert [t.text for t in find_times(text, REF)] == ["in May"]
    # a time after "against" is told: "sanctions against the tanker X in May"
    assert [t.text for t in find_times("The US imposed sanctions against Russia in May.", REF)] \
        == ["in May"]


def test_a_report_with_no_date_reads_the_same_on_any_day() -> None:
    from .conftest import facts_of
    body = ("The cargo ship Oka docked at Rajin on 12 February 2024. On March 3 it unloaded at "
            "Vostochny. Last week it returned to Rajin.")
    f = facts_of(body, date=None)
    by_id = {e.id: e.name for e in f.entities}
    got = [(by_id[e.port or ""], e.date) for e in f.events if e.type == "PortCall"]
    # the year the report gives sets the year of "March 3"; "last week" counts from a day of
    # writing the report does not give
    assert got[:2] == [("Rajin", "2024-02-12"), ("Vostochny", "2024-03-03")]
    assert all(date in ("2024-02-12", "2024-03-03", None) for _port, date in got)
    # with no year told at all, a day with no year is no date
    f = facts_of("The cargo ship Oka docked at Rajin on Feb. 12. Four days later it unloaded at "
                 "Vostochny.", date=None)
    assert [e.date for e in f.events if e.type == "PortCall"] == [None, None]
    assert len([e for e in f.events if e.type == "PortCall"]) == 2
    assert find_times("It docked on Monday, last week and in May.", None) == []
    (t,) = find_times("It docked on 3 May 2023.", None)
    assert t.interval.iso() == "2023-05-03"


def test_a_day_with_no_year_after_a_day_told_with_one_is_of_that_year() -> None:
    from .conftest import facts_of
    body = ("34. On 14 April 2023 the tanker An San 1 met the Unica off Nampo.\n\n"
            "35. The Unica had left Taichung on 9 April. The An San 1 arrived at Nampo on 19 April "
            "and discharged its cargo.")
    f = facts_of(body, date="2024-06-10")
    by_id = {e.id: e.name for e in f.entities}
    got = {(by_id[e.vessel or ""], by_id[e.port or ""]): e.date for e in f.events if e.type == "PortCall"}
    assert got[("Unica", "Taichung")] == "2023-04-09"
    assert got[("An San 1", "Nampo")] == "2023-04-19"
    # not a month or more away from it, nor after a year told alone or a month of a year
    for told in ("On 14 April 2023", "In 2023", "In April 2023"):
        f = facts_of(told + " the tanker An San 1 met the Unica off Nampo.\n\nThe An San 1 "
                     "arrived at Nampo on 19 May.", date="2024-06-10")
        dates = [e.date for e in f.events if e.type == "PortCall"]
        assert dates == ["2024-05-19"], told
    # nor where the report's own year puts it near that day
    f = facts_of("On 2 January 2024 the tanker An San 1 met the Unica off Nampo. The An San 1 "
                 "arrived at Nampo on 29 December.", date="2024-06-10")
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2023-12-29"]


def test_since_a_day_runs_to_the_report() -> None:
    ref = dt.date(2024, 3, 22)
    for text in ("since 3 June", "since June 3, 2023", "Since 2023-06-03", "since the 3rd of June"):
        (t,) = find_times(text, ref)
        assert (t.interval.iso(), t.since) == ("2023-06-03/2024-03-22", True), text
    (t,) = find_times("It left on 3 June and has been idle since.", ref)
    assert (t.interval.iso(), t.since) == ("2023-06-03", False)


def test_a_fortnight_later_and_overnight_before_a_date() -> None:
    ref, day = dt.date(2024, 3, 22), dt.date(2023, 5, 3)
    assert [t.interval.iso() for t in find_times("A fortnight later it docked.", ref, anchor=day)] == \
        [t.interval.iso() for t in find_times("Two weeks later it docked.", ref, anchor=day)]
    assert [t.interval.iso() for t in find_times("overnight on 3-4 May", ref)] == ["2023-05-03/2023-05-04"]
    assert [t.interval.iso() for t in find_times("It was hit overnight.", ref)] == ["2024-03-21/2024-03-22"]
    # the night of a day named after it is that day's
    for told in ("overnight on Tuesday", "overnight Tuesday", "overnight into Tuesday"):
        assert [t.interval.iso() for t in find_times(f"It was hit {told}.", ref)] == ["2024-03-19"]


def test_that_month_is_the_month_of_the_time_told_before() -> None:
    ref = dt.date(2024, 3, 22)
    found = find_times("It left on 3 May and returned later that month.", ref)
    assert [t.interval.iso() for t in found] == ["2023-05-03", "2023-05"]
    assert find_times("It returned later that month.", ref) == []
    (t,) = find_times("It returned in the same month.", ref, anchor=dt.date(2023, 5, 3))
    assert t.interval.iso() == "2023-05"
    # "during the month", "later in the month": the same (not "the month of May", "the month to")
    for text in ("It returned during the month.", "It left later in the month."):
        (t,) = find_times(text, ref, anchor=dt.date(2023, 5, 3))
        assert t.interval.iso() == "2023-05"
    assert [t.interval.iso() for t in find_times("In the month of May it docked.", ref)] == ["2023-05"]


def test_an_ambiguous_slashed_date_reads_as_the_document_writes_its_dates() -> None:
    def days(text: str) -> list[str]:
        return [t.interval.iso() for t in find_times(text, REF)]
    assert days("It loaded on 25/05/2023 and docked on 05/06/2023.") == ["2023-05-25", "2023-06-05"]
    assert days("It loaded on 5/25/2023 and docked on 06/05/2023.") == ["2023-05-25", "2023-06-05"]
    assert days("It loaded on May 25, 2023 and docked on 06/05/2023.")[-1] == "2023-06-05"
    assert days("It loaded on 25 May 2023 and docked on 05/06/2023.")[-1] == "2023-06-05"
    # nothing shows the order, or both do: no day
    assert days("It docked on 05/06/2023.") == []
    assert days("On 25/05/2023, 5/25/2023 and 05/06/2023.") == ["2023-05-25", "2023-05-25"]


def test_days_later_count_from_the_story_not_from_what_had_been_done_before_it() -> None:
    from .conftest import facts_of
    f = facts_of("On 2 November the tanker Grey Finch took on oil from the tanker Wren Hollow, "
                 "which had loaded at Primorsk in mid-October. Two days later the Grey Finch "
                 "pumped part of the oil into a third tanker, the Dusk Owl.")
    dates = {frozenset(by.name for by in f.entities if by.id in e.vessels): e.date
             for e in f.events if e.type == "ShipToShipTransfer"}
    assert dates == {frozenset({"Grey Finch", "Wren Hollow"}): "2023-11-02",
                     frozenset({"Grey Finch", "Dusk Owl"}): "2023-11-04"}
    # a sentence whose only time is in such a clause still sets it
    f = facts_of("The tanker Wren Hollow, which had loaded at Primorsk on 12 October, was seen "
                 "off Crete. Two days later it docked at Piraeus.")
    assert [e.date for e in f.events if e.type == "PortCall"] == ["2023-10-12", "2023-10-14"]


def test_a_digests_days_short_or_in_capitals_date_their_lines() -> None:
    from .conftest import facts_of
    f = facts_of("MON — The tanker Nobel Crest loaded at Primorsk.\n"
                 "Tue: The Nobel Crest transferred its cargo to the Aframax Marlin Gale off "
                 "Kalamata.\nWEDNESDAY — The bulk carrier Pale Heron left Taganrog.")
    assert [e.date for e in f.events if e.type in ("PortCall", "ShipToShipTransfer")] == [
        "2024-03-18", "2024-03-19", "2024-03-20"]
    # (a ship named Sun opening a line is no Sunday)
    assert find_times("Sun Rise docked at Rajin.", dt.date(2024, 3, 22)) == []


@pytest.mark.parametrize(("said", "iso"), [
    ("in the last week of the month", "2024-12-25/2024-12-31"),
    ("during the first week of the month", "2024-12-01/2024-12-07"),
    ("late in the month", "2024-12-21/2024-12-31"),
    ("at the end of the month", "2024-12-21/2024-12-31"),
    ("in the month", "2024-12"),
])
def test_a_part_of_the_month_told_before(said: str, iso: str) -> None:
    december = Interval(dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    (t,) = find_times(f"It docked {said}.", dt.date(2025, 1, 20), anchor=december)
    assert t.interval.iso() == iso
    # ("last week" alone is the week before the report's)
    (t,) = find_times("It docked last week.", dt.date(2025, 1, 20), anchor=december)
    assert t.interval.iso() == "2025-01-13/2025-01-19"


def test_most_recently_followed_by_a_time_is_that_time() -> None:
    f = facts_of("In 2024 the tanker Ocean Marlin called at Primorsk three times and discharged at "
                 "Lome twice, most recently in September.", date="2025-01-22")
    assert {e.date for e in f.events if e.type == "PortCall" and e.activity == "discharging"} == {"2024-09"}
    f = facts_of("The tanker Ocean Marlin recently docked at Lome.", date="2025-01-22")
    assert {e.date for e in f.events if e.type == "PortCall"} == {"2024-09-24/2025-01-22"}
    # "in recent years" reaches back years, not months
    (t,) = find_times("Iran has seized ships in recent years.", dt.date(2025, 1, 22))
    assert t.interval.iso() == "2022-01-23/2025-01-22"


def test_a_step_back_in_the_past_perfect_does_not_date_the_story_that_follows() -> None:
    f = facts_of("Police seized the tanker Eagle S on December 26.\n\nThe vessel had departed from "
                 "Ust-Luga on December 24 with petrol. It was escorted to an anchorage near Porvoo.",
                 date="2025-01-03")
    dates = {(e.activity, e.date) for e in f.events if e.type == "PortCall"}
    assert dates == {("departure", "2024-12-24"), ("berthed", None)}
    # the story told on from it ("then", "later") counts from that time
    f = facts_of("The tanker Kira had loaded at Primorsk on 3 May. It later sailed to Ceuta.")
    assert {e.date for e in f.events if e.type == "PortCall" and e.activity is None} == {
        "2023-05-03/2024-03-22"}
    f = facts_of("The tanker Kira loaded at Primorsk on 3 May. It docked at Ceuta.")
    assert {e.date for e in f.events if e.type == "PortCall"} == {"2023-05-03"}


def test_a_count_over_a_span_is_no_time_to_count_days_from() -> None:
    f = facts_of("The cargo ship Ha Yang 1 docked at Vostochny on July 28, its fourth visit this "
                 "year. It had departed Rajin two days earlier.", date="2024-08-05")
    assert {(e.activity, e.date) for e in f.events if e.type == "PortCall"} == {
        ("berthed", "2024-07-28"), ("departure", "2024-07-26")}


@pytest.mark.parametrize(("told", "day", "iso"), [
    ("It discharged wheat at Samsun on the 14th of last month.", dt.date(2023, 11, 2), "2023-10-14"),
    ("It left on the 3rd of this month.", dt.date(2023, 11, 12), "2023-11-03"),
    ("It left on the 3rd of last month.", dt.date(2023, 1, 12), "2022-12-03"),
])
def test_a_day_of_the_month_told_against_the_report(told: str, day: dt.date, iso: str) -> None:
    assert [t.interval.iso() for t in find_times(told, day)] == [iso]
    # (a report with no date of its own gives no month to count from)
    assert find_times(told, None) == []


def test_a_part_of_the_month_with_no_month_told_before_is_the_report_s() -> None:
    assert [t.interval.iso() for t in find_times("It docked at the beginning of the month.",
                                                 dt.date(2024, 6, 12))] == ["2024-06-01/2024-06-10"]
    # (one told before is the month meant)
    told = find_times("In May it docked. At the end of the month it left.", dt.date(2024, 6, 12))
    assert [t.interval.iso() for t in told] == ["2024-05", "2024-05-21/2024-05-31"]


@pytest.mark.parametrize(("told", "iso"), [("It docked in late spring.", "2024-05"),
                                           ("It docked in early winter.", "2023-12"),
                                           ("It docked in late winter.", "2024-02"),
                                           ("It docked in mid-summer 2023.", "2023-07"),
                                           ("It docked in the spring.", "2024-03/2024-05")])
def test_a_part_of_a_season(told: str, iso: str) -> None:
    assert [t.interval.iso() for t in find_times(told, dt.date(2024, 6, 12))] == [iso]


def test_this_week_told_of_a_deed_done_runs_to_the_report_s_day() -> None:
    day = dt.date(2024, 6, 12)  # a Wednesday
    assert [t.interval.iso() for t in find_times("It docked this week.", day)] == ["2024-06-10/2024-06-12"]
    # (a time ahead keeps the whole week; so does a report of the week's first days)
    assert [t.interval.iso() for t in find_times("It is expected to dock this week.", day)] == [
        "2024-06-10/2024-06-16"]
    assert [t.interval.iso() for t in find_times("It docked this week.", dt.date(2024, 6, 10))] == [
        "2024-06-10/2024-06-16"]


@pytest.mark.parametrize("told", ["on 14 or 15 June", "on June 14 or 15"])
def test_one_of_two_days_not_told_which_is_the_span_of_both(told: str) -> None:
    times = find_times(f"It docked {told}.", dt.date(2024, 3, 22))
    assert [t.interval.iso() for t in times] == ["2023-06-14/2023-06-15"]


@pytest.mark.parametrize("told, expected", [
    ("at the turn of the year", "2023-12/2024-01"),
    ("around the turn of 2022/23", "2022-12/2023-01"),
    ("at the turn of 2023", "2022-12/2023-01"),
])
def test_the_turn_of_the_year_is_the_weeks_either_side_of_it(told: str, expected: str) -> None:
    times = find_times(f"It docked {told}.", dt.date(2024, 6, 10))
    assert [t.interval.iso() for t in times] == [expected]
    # (with no day of writing, the year the text does not give is not known)
    assert [t.interval.iso() for t in find_times(f"It docked {told}.", None)] == \
        ([] if "the year" in told else [expected])


def test_a_quarter_s_code_with_no_year_is_read_only_as_a_time() -> None:
    # ("Q4 figures", "a Q2 report": no time told; "Q1 24" may be a count)
    for text in ("The Q4 figures showed twelve tankers.", "Its Q2 report is out.",
                 "Tankers in Q1 24 berths waited."):
        assert [t.interval.iso() for t in find_times(text, dt.date(2024, 3, 22))] == [], text


def test_a_day_just_after_the_reports_date_is_of_its_year() -> None:
    ref = dt.date(2024, 12, 9)  # (a report dated the 9th that tells of the 10th)
    told = {d: [t.interval.iso() for t in find_times(f"It docked on {d} December.", ref)]
            for d in (8, 10, 11, 12)}
    assert told == {8: ["2024-12-08"], 10: ["2024-12-10"], 11: ["2024-12-11"], 12: ["2023-12-12"]}


def test_the_following_week_counts_from_the_day_its_own_sentence_told() -> None:
    f = facts_of("Among the ships loading there was the Suezmax Dusk Heron, which sailed for Trieste on 28 "
                 "May.\nThe Aframax Grey Wren, which had discharged at Aliaga on 12 May, returned to "
                 "Novorossiysk the following week.", date="2024-06-03")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.port or ""]: e.date for e in f.events if e.type == "PortCall"}["Novorossiysk"] == \
        "2024-05-13/2024-05-19"
    # (with no day in its own sentence, the day told last)
    g = facts_of("The Aframax Grey Wren discharged at Aliaga on 12 May. In the following week it "
                 "returned to Novorossiysk.", date="2024-06-03")
    assert [e.date for e in g.events if e.type == "PortCall"][-1] == "2024-05-13/2024-05-19"


def test_at_the_time_of_the_announcement_is_the_time_the_report_opens_on() -> None:
    f = facts_of("The UK government on Monday added 30 tankers to its sanctions list, including the Grey "
                 "Wren.\nThe tanker Dusk Heron last called at Vadinar in September. The tanker Grey Wren was "
                 "loading at Primorsk at the time of the announcement.", date="2024-11-13")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.port or ""]: e.date for e in f.events if e.type == "PortCall"} == {
        "Vadinar": "2024-09", "Primorsk": "2024-11-11"}
    # (with no time in the opening paragraph, the report's day)
    g = facts_of("Britain added 30 tankers to its list.\nThe tanker Grey Wren was loading at Primorsk at "
                 "the time of the announcement.", date="2024-11-13")
    assert [e.date for e in g.events if e.type == "PortCall"] == ["2024-11-13"]


@pytest.mark.parametrize(("told", "expected"), [
    ("in the first nine months of the year", "2024-01/2024-09"),
    ("in the first 9 months of 2023", "2023-01/2023-09"),
    ("over the last three months of last year", "2023-10/2023-12"),
    ("during the first two months of this year", "2024-01/2024-02"),
])
def test_the_first_or_last_months_of_a_year(told: str, expected: str) -> None:
    assert [t.interval.iso() for t in find_times(told, dt.date(2024, 10, 30))] == [expected]


def test_months_of_no_year_or_too_many_are_no_time() -> None:
    assert find_times("in the first nine months of operation", dt.date(2024, 10, 30)) == []
    # (the year alone, then)
    found = find_times("in the first 14 months of 2023", dt.date(2024, 10, 30))
    assert [t.interval.iso() for t in found] == ["2023"]


def test_a_day_with_no_year_after_a_few_days_told_with_theirs() -> None:
    f = facts_of("The bulk carrier Tae Wren loaded coal at Nampo between 2 and 5 March 2023. On 9 March, the "
                 "vessel was imaged at anchor near Ningde.", date="2024-04-15")
    by_id = {e.id: e.name for e in f.entities}
    assert {by_id[e.port or ""]: e.date for e in f.events if e.type == "PortCall"} == {
        "Nampo": "2023-03-02/2023-03-05", "Ningde": "2023-03-09"}
    # (a day that gives its own year keeps it)
    g = facts_of("The bulk carrier Tae Wren loaded coal at Nampo between 2 and 5 March 2023. On 9 March "
                 "2024, the vessel was imaged at anchor near Ningde.", date="2024-04-15")
    assert {e.date for e in g.events if e.type == "PortCall"} == {"2023-03-02/2023-03-05", "2024-03-09"}


@pytest.mark.parametrize(("told", "expected"), [
    ("called twice in October, on the 3rd and the 17th", ["2024-10", "2024-10-03", "2024-10-17"]),
    ("called twice in October, on the 3rd and 17th", ["2024-10", "2024-10-03", "2024-10-17"]),
    # (ordinals of other things are no days)
    ("ships of the 5th and 6th fleets", []),
    ("in the 3rd and 4th quarters", []),
])
def test_a_day_of_the_month_joined_to_another(told: str, expected: list[str]) -> None:
    assert [t.interval.iso() for t in find_times(told, dt.date(2024, 11, 5))] == expected


@pytest.mark.parametrize(("told", "expected"), [
    ("docked the week before last", "2024-03-04/2024-03-10"),
    ("docked the month before last", "2024-01"),
    ("docked the year before last", "2022"),
])
def test_the_week_month_or_year_before_last(told: str, expected: str) -> None:
    assert [t.interval.iso() for t in find_times(told, dt.date(2024, 3, 22))] == [expected]
    # (a report with no day of writing has none)
    assert find_times(told, None) == []


def test_as_recently_as_a_day_is_that_day() -> None:
    import datetime as dt

    from shipgraph.extract.dates import find_times
    found = find_times("It loaded at Novorossiysk as recently as October 14.", dt.date(2024, 11, 5))
    assert [t.interval.iso() for t in found] == ["2024-10-14"]
    assert [t.interval.iso() for t in find_times("It loaded there recently.", dt.date(2024, 11, 5))] == [
        "2024-07-08/2024-11-05"]


@pytest.mark.parametrize(("text", "expected"), [
    # a note's day with no year, before the report (a Friday, 22 March 2024): the reading within
    # weeks of it, or the one the document's other days show
    ("arrived Novorossiysk 12/03, loading grain", ["2024-03-12"]),
    ("anchored off Kavkaz since 10/03.", ["2024-03-10/2024-03-22"]),
    ("sailed 03/14;", ["2024-03-14"]),
    ("arrived 25/06/2023, sailed 05/03.", ["2023-06-25", "2024-03-05"]),
    # (both readings months away, or no field closed after it, or no word before it: none)
    ("arrived Novorossiysk 10/11,", []),
    ("a 3/4 share of the fleet", []),
    ("crews work 24/7, the port said", []),
    ("Arrivals: 12/03", []),
])
def test_a_day_and_month_slashed_with_no_year(text: str, expected: list[str]) -> None:
    assert [t.interval.iso() for t in find_times(text, REF)] == expected


def test_a_line_up_s_short_days_after_its_abbreviations() -> None:
    text = "Wren Harrier - arr. 09/09, sailed 14/09 for Alexandria, and 3/4 of the cargo was wheat."
    found = [(t.text, t.interval.iso()) for t in find_times(text, dt.date(2024, 9, 16))]
    assert found == [("09/09", "2024-09-09"), ("14/09", "2024-09-14")]


def test_a_time_counted_from_a_day_of_the_month_told_before_it() -> None:
    found = find_times("We saw it at Rajin on the 14th, and three days later it was at Dunai.",
                       dt.date(2024, 3, 11))
    assert [(t.text, t.interval.iso()) for t in found] == [("on the 14th", "2024-02-14"),
                                                           ("three days later", "2024-02-17")]


def test_the_weekend_of_days_told_after_it_is_those_days() -> None:
    for text in ("on the weekend of May 4-5", "over the weekend of 4-5 May"):
        found = find_times(text, dt.date(2024, 6, 10))
        assert [t.interval.iso() for t in found] == ["2024-05-04/2024-05-05"], text
    assert [t.interval.iso() for t in find_times("over the weekend", dt.date(2024, 6, 10))] == [
        "2024-06-08/2024-06-09"]


def test_days_before_what_the_sentence_names_is_no_time_counted_from_the_last() -> None:
    found = find_times("It called at Tartus in the days before the attack on May 20.", dt.date(2024, 6, 10))
    assert [(t.text, t.interval.iso()) for t in found] == [("May 20", "2024-05-20")]
    # ("days before" on its own is still counted back)
    found = find_times("It had called at Tartus days before.", dt.date(2024, 6, 10))
    assert [t.text for t in found] == ["days before"]


@pytest.mark.parametrize("text, expected", [
    ("offloaded oil into the Y over two days starting April 21", "2024-04-21/2024-04-22"),
    ("unloaded for three days from 5 May", "2024-05-05/2024-05-07"),
    # (a month, not a day, begins no count of days)
    ("over two days starting in April", "2024-04"),
])
def test_a_day_told_as_the_first_of_a_count_of_days_is_their_span(text: str, expected: str) -> None:
    assert [t.interval.iso() for t in find_times(text, dt.date(2024, 5, 14))] == [expected]


def test_a_deadline_is_a_time_though_told_with_than() -> None:
    ref = dt.date(2024, 6, 20)
    assert [t.interval.iso() for t in find_times("loaded no later than May 20", ref)] == ["2024-05-20"]
    assert [t.interval.iso() for t in find_times("not later than 20 May", ref)] == ["2024-05-20"]
    # (a time compared with stays out)
    assert find_times("exports were higher than in May", ref) == []


def test_an_ambiguous_slashed_date_with_one_reading_after_the_report() -> None:
    # (March 4, as April 3 is after the report of March 22)
    assert [t.interval.iso() for t in find_times("on 03/04/2024", REF)] == ["2024-03-04"]
    # (the one reading before it more than months away: no day)
    assert find_times("on 08/01/2024", dt.date(2024, 7, 20)) == []
