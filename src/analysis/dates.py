"""A temporal tagger for news, and the date each figure refers to.

``find_dates(text, published)`` finds date, time, duration and set expressions, gives each a TIMEX3
value resolved against the publication date, and the interval it covers with its precision.
Without a publication date relative expressions keep an underspecified value ("XXXX-WXX-1"),
and never borrow today's date. ``date_figures`` ties each figure to the date it refers to.
"""
from __future__ import annotations

import calendar
import functools
import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pandas as pd
from hijridate import Hijri

from . import lexicon
from .figures import BREAKDOWN_AFTER_COLON, OF_WHICH_AT_END, OPENING_WHOLE, PART_AFTER_THE_WHOLE, PART_OF_THE_SENTENCE_BEFORE, PART_OF_THEM, PART_OF_WHOLE_AT_END, PEAK_OF, RAISING_A_BARE_TOTAL, RAISING_A_TOTAL, TAKES_THE_TOTAL_TO, \
    THE_SAME_AS_A_RATE
from .ingest import parse_date
from .numbers import WORD_YEAR, grammar, word_year
from .text import (LIST_OR_TABLE_LINE, MONTH_NUMBERS, TITLE_ABBREVIATIONS, URLISH, WEEKDAY_NAMES, WEEKDAY_NUMBERS, fields_dict, plain_hyphens,
                   ends_like_a_plural, sentence_of, sentence_spans, without_abbreviation_stops)

MONTHS = MONTH_NUMBERS
WEEKDAYS = WEEKDAY_NUMBERS
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _hijri_day(year: int, month: int, day: int) -> date:
    """The Gregorian day in ``year`` of a day of the Islamic (Umm al-Qura) calendar; where the lunar year puts it in
    the Gregorian year twice, the first. Observance may differ by a day from country to country."""
    approx = round((year - 622) * 33 / 32)
    days = []
    for hijri_year in range(approx - 1, approx + 3):
        try:
            g = Hijri(hijri_year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue  # (outside the calendar's table, 1924–2077)
        if g.year == year:
            days.append(date(g.year, g.month, g.day))
    if not days:
        raise ValueError(f"no Hijri {month}/{day} in {year}")
    return min(days)


# The Islamic holidays, as the news spells them ("Eid al-Fitr", "Eid ul-Adha", "Eid el-Adha")
_EIDS = {f"Eid{sep}{article}{name}": (lambda y, m=month, d=day: _hijri_day(y, m, d))
         for name, (month, day) in {"Fitr": (10, 1), "Adha": (12, 10)}.items()
         for article in ("al-", "ul-", "el-", "al ") for sep in (" ", "-")}

# Holidays with a fixed or computable date, by their name as written (capitalised).
HOLIDAYS = {
    **_EIDS, "Ashura": lambda y: _hijri_day(y, 1, 10),
    "Christmas": lambda y: date(y, 12, 25), "Christmas Day": lambda y: date(y, 12, 25),
    "Christmas Eve": lambda y: date(y, 12, 24), "Boxing Day": lambda y: date(y, 12, 26),
    "Orthodox Christmas": lambda y: date(y, 1, 7), "New Year's Day": lambda y: date(y, 1, 1),
    "New Year's Eve": lambda y: date(y, 12, 31), "Valentine's Day": lambda y: date(y, 2, 14),
    "Halloween": lambda y: date(y, 10, 31), "Independence Day": lambda y: date(y, 7, 4),
    "Veterans Day": lambda y: date(y, 11, 11), "Armistice Day": lambda y: date(y, 11, 11),
    "Remembrance Day": lambda y: date(y, 11, 11), "Victory Day": lambda y: date(y, 5, 9),
    "Thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "Thanksgiving Day": lambda y: _nth_weekday(y, 11, 3, 4),
    "Memorial Day": lambda y: _nth_weekday(y, 5, 0, -1), "Labor Day": lambda y: _nth_weekday(y, 9, 0, 1),
    "Martin Luther King Day": lambda y: _nth_weekday(y, 1, 0, 3), "Presidents' Day": lambda y: _nth_weekday(y, 2, 0, 3),
    "Election Day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "Easter": _easter, "Easter Sunday": _easter, "Good Friday": lambda y: _easter(y) - timedelta(days=2),
    "Easter Monday": lambda y: _easter(y) + timedelta(days=1),
}
_A_DAY_NAMED_FOR_AN_EVENT = re.compile(r"\b(?:Black|Bloody|Super|Cyber|Giving)\s+$")
# days each nation keeps on its own date: after "its" or another nation's name they are no fixed day here
_NATIONAL_DAYS = frozenset({"Independence Day", "Victory Day", "Remembrance Day", "Armistice Day"})
_ANOTHER_NATIONS_DAY = re.compile(r"(?:\b(?:its|their|the\s+country['’]s|the\s+nation['’]s)|(?<!\bU\.S\.)(?<!\bUS)\b(?!US\b|America)"
                                  r"(?-i:[A-Z][a-z]+)['’]s)\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
_HOLIDAY = "(?P<holiday>" + "|".join(sorted((re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+") for h in HOLIDAYS), key=len, reverse=True)) + ")"
_HOLIDAY_KEY = {re.sub(r"['’]", "", h).lower(): h for h in HOLIDAYS}

# Centuries by ordinal word ("the twentieth century"): the number grammar's ordinals up to the 20th, and the 21st.
_ORDINAL_WORDS = {**{w: int(v) for w, v in grammar().ordinals.items() if v <= 20}, "twenty-first": 21}

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None, "few": None,
                "a few": None, "many": None, "some": None, "couple": 2, "a couple of": 2, "eighteen": 18,
                "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "nineteen": 19, "sixty": 60,
                "ninety": 90, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W2", "month": "M",
         "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}
PRECISIONS = ("day", "week", "month", "quarter", "season", "half", "year", "decade", "unknown")

# "Oct. 8 last year", "5 May this year": a day in the year before, this or after the publication's
_DAY_REL_YEAR = r"(?:\s*,?\s+(?P<dyrel>(?i:this|last|next))\s+year\b(?!['’]s))?"
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# a day in words after "the" ("on the first of May", "the twenty-third of March")
_DAY_WORDS = {**{w: int(v) for w, v in grammar().ordinals.items() if v <= 20}, "thirtieth": 30,
              **{f"{tens}-{w}": base + int(v) for tens, base in (("twenty", 20), ("thirty", 30))
                 for w, v in grammar().ordinals.items() if v <= 9 and base + v <= 31}}
_DAY_OR_WORD = r"(?:" + _DAY + r"|(?<=the\s)(?P<dayword>(?i:" + "|".join(sorted(_DAY_WORDS, key=len, reverse=True)) + r"))(?=\s+of\s))"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Between a weekday and its date: a comma, or spaces on one line ("until Friday" ending a headline is not
# the day of the dateline below it: "Friday\nSeptember 18, 2008"; a wrapped "Friday,\nSeptember 18" is).
_AFTER_WEEKDAY = r"(?:\s*,\s*|[ \t]+)"
# The full names, capitalised, from the one definition in text.py ("every Friday", "each July", "on Sundays").
_DAY_NAMES = "|".join(sorted(name.capitalize() for name in WEEKDAY_NAMES))
_DAY_AND_MONTH_NAMES = _DAY_NAMES + "|" + "|".join(
    max((name for name, number in MONTH_NUMBERS.items() if number == month), key=len).capitalize() for month in range(1, 13))
_NUM = r"(?P<num>\d+(?:\.5|\s+1/2|½)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|twenty-four|forty-eight|seventy-two|several|a\s+few|few|many|a\s+couple\s+of|couple\s+of)"
# a word between a count and its unit that leaves the length as it is: "six straight days", "five trading days"
_UNIT_ADJ = r"(?:(?:" + "|".join(lexicon.load("units")["duration_adjectives"]) + r")\s+)?"
_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_IRREGULAR_PAST = "(?:" + "|".join(lexicon.load("verbs")["irregular_past"]) + ")"
# Tense cues, read back from a date to the start of its sentence: the nearest one decides. A report
# verb after a future cue ("will meet, officials said Monday") and a scheduled event now past ("had
# been due to expire Friday") put the date back in the past.
# A present-tense verb of a timetable right before a date speaks of the coming one.
# "effective Feb. 1", "takes effect on Monday": a change announced before it applies.
_SCHEDULED_RIGHT_BEFORE = re.compile(r"(?<!\bto\s)\b(?:begins?|starts?|opens?|ends?|resumes?|meets?|arrives?|closes?|expires?|"
                                     r"takes?\s+place|kicks?\s+off|reopens?|convenes?|takes?\s+effect|comes?\s+into\s+(?:force|effect)|"
                                     r"goes\s+into\s+effect|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbecame\s)(?<!\bbecome\s)(?<!\bbeen\s)effective(?:\s+as\s+of)?)"
                                     r"\s+(?:again\s+|[a-z]+ly\s+)?(?:on\s+|from\s+)?$",
                                     re.IGNORECASE)
_TENSE_CUE = re.compile(
    r"\b(?P<hadbeen>had\s+(?:been\s+(?:scheduled|due|expected|set|planned|slated|supposed)"
    r"|(?:expected|planned|scheduled|anticipated|predicted|forecast|hoped|intended)))\b"  # ("Authorities had expected 100 million pilgrims on Wednesday")
    r"|\b(?P<neutral>(?:was|were)\s+(?:scheduled|due|expected|set|planned|slated|supposed))\b"
    r"|\b(?P<report>said|says|told|announced|reported|added|stated|confirmed|disclosed)\b"
    r"|\b(?P<future>will|'ll|shall|would|going\s+to|is\s+to|are\s+to|plans?\s+to|planning|planned|scheduled|slated"
    r"|expected|expects?\s+to|due\s+(?:on|at|for|in|by|to\s+(?:be|begin|start|arrive|meet|hold|end|expire|resume|open|close"
    r"|return|visit|vote|sign|take|come|go|leave|travel|deliver|announce|publish|release|report|present|rule|decide)"
    r"|(?:(?<=\bis\sdue\s)|(?<=\bare\sdue\s))to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|lack|heavy|poor|bad)\b)[a-z]+)"
    r"|set\s+(?:to|for)|(?:is|are)\s+(?:forecast|predicted|projected)|upcoming|as\s+soon\s+as|as\s+early\s+as|next(?!\s+to\b)|should|must|(?-i:may)"
    r"|(?:intends?|aims?|hopes?|wants?|promised|pledged|vowed|threaten(?:s|ed)?)\s+to"
    # "has called for three more days of protests starting Wednesday": what is called for lies ahead
    r"|(?:call(?:s|ed|ing)?|urg(?:es|ed|ing))\s+for\s+(?:(?!(?:following|after|since|before|over|against|by)\b)[\w'’-]+\s+){0,8}?"
    r"(?:starting|beginning|from|on)(?=\s+$)"
    r"|(?:postponed|delayed|adjourned|extended|deferred|put\s+off)\b(?:\s+[\w'’-]+){0,6}?\s+until)\b"
    # a past-tense verb, unless it is a participle after "be" ("will be buried on Friday", "the case is heard")
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bremain\s)(?<!\bremains\s)(?<!\bstay\s)(?<!\bstays\s)"
    r"\b(?:(?P<past>" + _IRREGULAR_PAST + r")|(?P<verb>(?-i:[a-z]+[a-df-z]ed)))\b",
    re.IGNORECASE,
)
# After the date only a modal or a past-tense verb tells the tense ("In January, the company brought in";
# "On Friday, the government planned to pay" is not about a coming Friday).
_TENSE_AFTER = re.compile(
    r"\b(?P<report>said|says|told|announced|reported)\b|\b(?P<past>" + _IRREGULAR_PAST + r")\b"
    r"|\b(?P<verb>(?-i:[a-z]+[a-df-z]ed))\b|\b(?P<future>will|'ll|shall|is\s+to|are\s+to|going\s+to|plans?\s+to|intends?\s+to|expects?\s+to"
    r"|(?:is|are)\s+(?:scheduled|due|set|expected)\s+to)\b",
    re.IGNORECASE,
)
# "has closed schools until Monday", "have been suspended until Friday": a state that still holds runs
# up to a day ahead; "had been held until Monday" is over.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:been|also|now|since)\s+)*[a-z]+(?:ed|en|wn|un|pt|lt)\b(?![^.;]*\b(?:had|was|were)\b)", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:until|till|by|through)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_CLOSE_TO_VERB = re.compile(r"(?:\s+(?:in|on|at|during|since|between|from|early|late|mid|the|of|last|this|night|morning|evening|"
                            r"afternoon|hours|dawn|dusk|eve|first|second|third|final|day))*\s+", re.IGNORECASE)
# ("happened on the night of March 3", "were killed on the first day of Eid al-Adha")
# A date that names an event ("the Aug. 7 blasts", "Wednesday's ruling") or is followed by its
# past-tense verb ("a court Thursday refused") keeps the news default, whatever the clause says.
_EVENT_NAME_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# a word in -ed with a count right after it is a verb, however far it stands from the date ("killed 40 people
# in January"), not an adjective ("a still unspecified date"); an object that is no count may stand before an
# infinitive of a coming event ("invited the ministers to a ceremony on March 12")
_VERB_WITH_ITS_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                                   r"(?:\d[\d,.]*\s+(?!(?:years?|months?|weeks?|days?)\b)[a-z]|(?:dozens|hundreds|thousands)\b)", re.IGNORECASE)
# "seized the town in February": a verb, its object (a determiner and up to three words, no purpose "to"/"for"), then
# the date's preposition
_VERB_OBJECT_THEN_DATE = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+(?:(?!(?:to|for|that|which|who|and|or|but)\b)[\w'’-]+\s+){1,3}"
                                    r"(?:in|on|during|since)\s+(?:(?:early|late|mid)[\s-]+)?", re.IGNORECASE)
_PAST_VERB_AFTER = re.compile(r"(?:['’]s\b|,?\s+(?:said|told|announced|(?-i:[a-z]+[a-df-z]ed))\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    char_start: int
    char_end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    start: str | None  # first day of the interval (ISO), None when unresolved
    end: str | None  # last day of the interval (ISO)
    precision: str
    relation: str | None = None  # since / until / before / after / by, when a preposition governs it


@dataclass(frozen=True, slots=True)
class FigureDate:
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    date_text: str | None
    date_value: str | None
    date_basis: str
    period_start: str | None = None


def _from_it_to_the_report(m: "DateMention", pub: date) -> FigureDate:
    """A total counted from the start of ``m`` up to the publication day, inherited from where ``m`` stands."""
    return FigureDate(m.start, pub.isoformat(), m.precision, m.text, m.value, "inherited", m.start)


def _at_publication(pub: date | None) -> FigureDate:
    """The fallback date of a figure: the publication day, or unknown when there is none."""
    if pub is None:
        return FigureDate(None, None, None, None, None, "unknown", None)
    return FigureDate(pub.isoformat(), pub.isoformat(), "day", None, pub.isoformat(), "publication", None)


# --- rules ---------------------------------------------------------------------------------------

def _rule(pattern: str, flags: int = re.IGNORECASE, day_span_after: bool = False) -> re.Pattern:
    # a hyphen after is allowed only where a second day may follow ("March 3-4"; not "F-16")
    after = r"(?![\w-])" if not day_span_after else r"(?!\w|-(?![0-3]?\d\b))"
    return re.compile(r"(?<![\w-])(?:" + pattern + r")" + after, flags)


# A clock time before a day ("10 p.m. Wednesday", "9 a.m. EST Tuesday", "5 p.m. EST, Nov. 6").
_CLOCK_BEFORE = (r"(?:(?:(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.?m\.?|p\.?m\.?))|(?P<noon>(?i:noon|midnight)))"
                 r"(?:\s+(?:(?i:local\s+time)|[ECMP][SD]T|(?P<utc>GMT|UTC)|BST|CES?T|EES?T|MSK))?"
                 r"|(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?P<utc24>GMT|UTC))\s*,?\s+(?:(?i:on)\s+)?)?")
_QYEAR = r"(?P<qyear>1[89]\d\d|20\d\d)"
# Capitalised month and weekday names only: "may" the verb and "march" the walk are not dates.
_CAP = 0
RULES: list[tuple[str, re.Pattern]] = [
    ("iso", _rule(r"(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?:T\d{2}:\d{2}(?::\d{2})?Z?)?")),
    ("iso", _rule(r"(?P<year>(?:19|20)\d\d)/(?P<mnum>0?[1-9]|1[0-2])/(?P<day>[0-3]?\d)(?![\d/])")),  # "2024/03/12"
    ("dmy", _rule(_DAY + r"-" + _MONTH + r"-" + _YEAR, _CAP)),  # "12-Mar-2024"
    ("dashed", _rule(r"(?P<d1>[0-3]?\d)(?P<sep>[-.])(?P<d2>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?!\.\d)"
                     r"|(?P<dd>[0-3]\d)\.(?P<mm>[01]\d)\.(?P<yy>\d\d)(?![\d.])")),  # 04-03-2016, 24.07.2016, 24.02.22
    ("slash", _rule(r"(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)")),
    ("mdy", _rule(_CLOCK_BEFORE + r"(?:" + _WEEKDAY + _AFTER_WEEKDAY + r")?" + _MONTH + r"\.?\s+" + _DAY + r"\s*,?\s+" + _YEAR, _CAP)),
    # "Jul 172015": a copy that lost the space between the day and the year
    ("mdy", _rule(_MONTH + r"\.?\s+(?P<day>[0-3]?\d)(?P<year>(?:19|20)\d\d)(?!\d)", _CAP)),
    ("dmy", _rule(r"(?:" + _WEEKDAY + _AFTER_WEEKDAY + r")?(?:the\s+)?" + _DAY_OR_WORD + r"\s+(?:of\s+)?" + _MONTH + r"\.?\s*,?\s+" + _YEAR, _CAP)),
    ("md", _rule(_CLOCK_BEFORE + r"(?:" + _WEEKDAY + _AFTER_WEEKDAY + r")?" + _MONTH + r"\.?\s+" + _DAY + _DAY_REL_YEAR, _CAP, day_span_after=True)),
    ("dm", _rule(r"(?:" + _WEEKDAY + _AFTER_WEEKDAY + r")?(?:the\s+)?" + _DAY_OR_WORD + r"\s+(?:of\s+)?" + _MONTH
                 + r"\b(?:(?<=\b[A-Z][a-z]{2})(?<!May)\.|(?<=\bSept)\.)?" + _DAY_REL_YEAR, _CAP)),
    # "3-4 March", "between 1 and 5 March", "from 3 to 5 March 2025": a span of days in one month
    ("day_range", _rule(r"(?P<day0>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|(?i:and|to|until|till|through))\s*" + _DAY + r"\s+(?:of\s+)?" + _MONTH
                        + r"\b(?:(?<=\b[A-Z][a-z]{2})(?<!May)\.|(?<=\bSept)\.)?(?:\s*,?\s+" + _YEAR + r")?", _CAP)),
    ("week_of_month", _rule(r"(?i:the\s+(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+)" + _MONTH + r"(?:\.?,?\s+" + _YEAR + r")?", _CAP)),
    ("part_month_year", _rule(r"(?:(?P<part>(?i:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|beginning\s+of))[\s-]+)?" + _MONTH + r"\.?,?\s+(?:of\s+)?" + _YEAR, _CAP)),
    ("part_month", _rule(r"(?P<part>(?i:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|beginning\s+of))[\s-]+" + _MONTH, _CAP)),
    ("month_rel_year", _rule(_MONTH + r"\.?\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+year\b(?!['’]s)", _CAP)),
    # ("last Oct. 23" is that day of the month, read in the past: the "md" rule below)
    ("rel_month", _rule(r"(?P<rel>(?i:last|next|this|past|coming|previous))\s+" + _MONTH + r"(?!\.?\s+[0-3]?\d(?!\d))", _CAP)),
    ("month_alone", _rule(_MONTH + r"(?!\.?\s+[0-3]?\d(?!\d))", _CAP)),
    ("holiday", _rule(r"(?:(?P<rel>(?i:last|next|this|on))\s+)?" + _HOLIDAY + r"(?:\s*,?\s+" + _YEAR + r")?", _CAP)),
    ("word_year", _rule(r"(?:" + _MONTH + r"\s+|(?:the\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+of\s+|(?P<theyear>(?i:the\s+year))\s+)?"
                        + WORD_YEAR + r"(?!\s+(?!(?:has|was|is|does|says|as|his|its|this|thus|plus)\b)(?-i:[a-z]+s)\b)", re.IGNORECASE)),
    ("century", _rule(r"(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|twenty-first|"
                      + "|".join(_ORDINAL_WORDS) + r")[\s-]+century")),
    ("decade", _rule(r"(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<decade>1[89]\d0|20\d0)['’]?s")),
    ("the_quarter", _rule(r"the\s+(?:(?P<which>latest|current|most\s+recent|just-ended|past|previous|prior|(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier))\s+|" + _QYEAR + r"\s+)?"
                          r"(?:quarter|(?<=\s)period(?<!the\speriod))(?!\s+of\b)")),
    ("the_year", _rule(r"(?:(?<=for\s)|(?<=of\s)|(?<=in\s)|(?<=throughout\s)|(?<=during\s))the\s+(?:(?P<which>full|fiscal|current|calendar)\s+)?year(?!['’])"
                       r"(?P<ended>\s+(?:ended|ending|to)\b)?")),
    # "the end of the month", "the start of the week": the one under way at publication
    ("the_month", _rule(r"(?<=\sof\s)the\s+(?P<munit>month|week)(?!['’\w-])")),
    ("year_end", _rule(r"(?P<since>since\s+)?(?:the\s+)?year(?:[-\s]|['’]s\s+)end")),
    ("week_of", _rule(r"(?i:the\s+week\s+of\s+)" + _MONTH + r"\.?\s+" + _DAY + r"(?:\s*,?\s+" + _YEAR + r")?", _CAP)),
    ("half_year", _rule(r"the\s+(?P<half>first|second|last|latter|final)\s+half\s+of\s+(?:(?P<hrel>this|last|next|the)\s+year|" + _YEAR + r")")),
    ("year_anaphor", _rule(r"the\s+(?P<ydir>following|preceding|previous|prior)\s+year(?!s)|the\s+year\s+(?P<ydir2>before|after|previous|earlier|later)\b|a\s+year\s+later")),
    # "up from 2,100 the week before", "the following month": a week or month off the one the story named last
    ("unit_anaphor", _rule(r"the\s+(?P<udir>following|preceding|previous|prior)\s+(?P<uunit>week|month)(?!s|['’\w-])"
                           r"|the\s+(?P<uunit2>week|month)\s+(?P<udir2>before|after|earlier|later)(?=\s*[,.;:!?)\"”]|\s*$)")),
    ("same_period", _rule(r"the\s+same\s+(?P<sunit>month|period|quarter|day|time|week)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|"
                          r"(?:of\s+)?the\s+(?:last|previous|prior)\s+year|(?:in|of)\s+(?P<syear>1[89]\d\d|20\d\d))")),
    ("that_year", _rule(r"that\s+(?P<tunit>year|month|quarter)(?!['’\w])")),
    ("day_anaphor", _rule(r"(?:the\s+)?(?P<ddir>next|following|previous|preceding)\s+(?P<dpart>day|morning|afternoon|evening|night)\b"
                          r"|the\s+day\s+(?P<ddir2>before|after)(?=\s*[,.;:!?)\"”]|\s*$)|a\s+day\s+(?P<ddir3>later|earlier)\b")),
    ("year_ago", _rule(r"(?P<which>year-(?:ago|earlier))")),
    ("quarter", _rule(r"(?:the\s+)?(?:" + _QYEAR + r"\s+|(?P<qyrel>this|last|next)\s+year['’]s\s+|(?P<yago>year-(?:ago|earlier))\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+quarter(?:\s+of\s+(?:" + _YEAR + r"|(?P<qrel>this|last|next)\s+year))?")),
    ("q_year", _rule(r"Q(?P<qnum>[1-4])\s+" + _YEAR)),
    # "in Q3", "for Q2" (not "the Audi Q3"): a capital Q after a preposition
    ("q_alone", _rule(r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Dd]uring\s)|(?<=\b[Oo]f\s)|(?<=\b[Tt]he\s))Q(?P<qnum>[1-4])(?!\s*\d)",
                      flags=0)),
    ("season", _rule(r"(?:(?P<rel>last|next|this\s+past|this|past|coming)\s+|(?P<part>early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + _YEAR + r")?")),
    ("part_year", _rule(r"(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end\s+of|beginning\s+of)[\s-]+)" + _YEAR)),
    # "the 2023-24 season", "the 1914-18 war", "FY2023/24": the years from the first to the second
    ("year_span", _rule(r"(?:(?P<fy>fiscal|FY)\s*)?(?<![\d.-])(?P<y0>1[89]\d\d|20\d\d)[-–/](?P<y1>(?:1[89]|20)?\d\d)(?![\d.\w-]|/\d)")),
    ("year", _rule(r"(?:(?P<fy>fiscal|FY)\s*)?" + _YEAR + r"(?=['’]s\b|[^\w'’]|$)")),
    # "on the 5th": a day of the publication month, or of the month before when that day is still to come
    # (not "on the 5th floor": a word after it other than a linking one makes it an ordinal of that noun)
    ("ordinal_day", _rule(r"(?<=\bon\s)the\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                          r"(?!\s*(?:of\b|-|(?!(?:" + "|".join(lexicon.load("not_counts")["day_followers"]) + r")\b)[A-Za-z]))")),
    # ("Tuesday last week", "Friday of next week": that day of the week named)
    # ("the toll from Tuesdays rocket attacks": a possessive whose apostrophe a copy dropped, before a lower-case noun)
    ("weekday", _rule(_CLOCK_BEFORE + r"(?:(?P<rel>(?i:last|next|this|past|coming|on|early|late))\s+)?" + _WEEKDAY
                      + r"(?:(?P<poss>s)(?=\s+(?!(?:and|or|nights?|mornings?|afternoons?|evenings?|only|too|as|at|in|on|of|to|for)\b)[a-z]{3,}))?"
                      + r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?"
                      r"(?:\s+(?i:of\s+)?(?P<wrel>(?i:last|next|this))\s+(?i:week)(?!['’\w-]))?", _CAP)),
    # "struck Kyiv overnight", "in overnight strikes": the night before the report (not "overnight losses",
    # "an overnight stay")
    # ("overnight Wednesday" is Wednesday night: the weekday says which)
    ("overnight", _rule(r"(?<!\ban\s)overnight(?!\s+(?:(?!(?:strikes|airstrikes|attacks|raids|clashes|bombings|explosions|blasts|as|is|was|has|this|across|plus)\b)[a-z]+s\b|trading|stay|flight|rate|success|shift|bag|train|delivery|curfew|sensation"
                        r"|into\b|(?:on\s+|to\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
                        # ("destroyed over Russian regions during the night": the night before the report, as overnight)
                        r"|(?:(?<=\bduring\s)|(?<=\bthrough\s))the\s+night(?![\w-]|\s+(?:of|before|after|when|that|in\s+question)\b"
                        r"|\s+(?:on\s+|to\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")),
    ("rel_day", _rule(r"(?:the\s+day\s+(?P<dayrel>before\s+yesterday|after\s+tomorrow))|" + _CLOCK_BEFORE + r"(?P<word>today|yesterday|tomorrow|tonight)")),
    ("this_tod", _rule(r"(?P<which>this|last|yesterday|tomorrow)\s+(?P<tod>morning|afternoon|evening|night)")),
    ("rel_unit", _rule(r"(?:(?P<early>earlier|later|early|late)\s+)?(?P<rel>last|this|next|past|coming|previous|current|(?<=earlier\s)in\s+the|(?<=later\s)in\s+the)\s+(?:(?<=this\s)fiscal\s+|(?<=current\s)fiscal\s+|(?<=last\s)fiscal\s+|(?<=next\s)fiscal\s+)?(?P<unit>week|month|year|weekend|quarter|decade|century)(?:['’]s)?")),
    ("the_weekend", _rule(r"(?P<prep>over|during|on|at|this|last|next|since)\s+(?:the\s+)?(?P<unit>weekend)")),
    ("ago", _rule(r"(?:(?P<q>nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|just\s+over|just\s+under)\s+)?" + _NUM + r"[\s-]+" + _UNIT + r"['’]?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|before\s+that|after\s+that|"
                  r"time(?!\s*(?:limit|frame|period|zone|span|lag|line|table|s\b)))(?:(?<=ago)(?P<today>\s+today))?")),
    # ("the first day of the truce" is a day of it, no length: "first" and "final" need a count, "the first nine months")
    ("dur_past", _rule(r"(?P<det>the\s+(?:past|last|next|previous|coming|following|(?:first|final)(?=\s+(?!day\b|week\b|month\b|year\b)\S)))"
                       r"\s+(?:" + _NUM + r"\s+)?" + _UNIT_ADJ + _UNIT)),
    ("duration", _rule(r"(?:(?P<q>more\s+than|less\s+than|nearly|almost|about|around|over|at\s+least|up\s+to)\s+)?" + _NUM + r"(?:\s+(?:(?P<half>and\s+a\s+half)|or\s+(?:so|more)))?[\s-]+" + _UNIT_ADJ + _UNIT + r"(?P<half_after>\s+and\s+a\s+half)?(?:[\s-]+long)?")),
    ("recent_units", _rule(r"(?:in\s+)?(?P<det>recent)\s+(?P<unit>years|months|weeks|days|decades)")),
    ("plural_unit", _rule(r"(?P<unit>weeks|months|years|decades|days|(?<!early\s)(?<!small\s)(?<!wee\s)hours|minutes)(?=\s+(?:of|ago|later|earlier|after|before|since)\b|[.,;])"
                          r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bjust\s))(?P<unit2>weeks|months|years|decades|days|hours|minutes)(?!\s+of\b)")),
    ("set", _rule(r"(?P<every>every|each|per|a)\s+(?P<unit>day|week|month|year|hour|morning|night|evening)|"
                  r"(?:every|each)\s+(?P<named>(?-i:" + _DAY_AND_MONTH_NAMES + r"))\b|"
                  r"(?<=\bon\s)(?P<plural_day>(?-i:(?:" + _DAY_NAMES + r")s))\b|(?P<ly>daily|weekly|monthly|annually|yearly|hourly|nightly)(?!\s+(?-i:[A-Z]))")),
    ("ref", _rule(r"(?P<ref>now|currently|nowadays|at\s+present|at\s+the\s+moment|these\s+days|right\s+now|recently|lately|in\s+the\s+past|the\s+past|in\s+the\s+future|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+of\b)|(?<!the\s)future(?!\s+(?:of|generations))|current|recent|soon|formerly|previously|once|earlier|until\s+now|so\s+far)")),
    ("clock", _rule(r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)"
                    r"|(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)\s*(?P<utc24>UTC|GMT|Z)\b"
                    r"|(?P<hour_of>[1-9]|1[0-2])(?:\s+o['’]clock)?\s+in\s+the\s+(?P<tod_of>morning|afternoon|evening)\b")),
    # "at midday", "by midnight", "mid-afternoon": a time of the publication day (or of the day the sentence names)
    ("word_clock", _rule(r"(?:(?<=at\s)|(?<=by\s)|(?<=until\s)|(?<=after\s)|(?<=before\s))(?P<noon>noon|midday|midnight)\b"
                         r"|(?P<midtod>mid[\s-]?(?:morning|afternoon))\b")),
    # "the day" a market or a fight ended, or "later in the day": the day of the story
    ("the_day", _rule(r"(?:(?<=end\s)|(?<=ended\s)|(?<=ending\s)|(?<=finish\s)|(?<=finished\s)|(?<=close\s)|(?<=closed\s)"
                      r"|(?<=for\s)|(?<=in\s)|(?<=of\s))the\s+day(?!['’\w])(?!\s+(?:before|after|of|when|that)\b)"
                      r"|(?:(?P<when>later|earlier)\s+)?(?P<that>that|the\s+same)\s+day(?!['’\w])")),
    # "since '82", "the '80s", "the 70s"
    ("short_year", _rule(r"(?:(?<=since\s)|(?<=in\s)|(?<=of\s))['’](?P<y2>\d\d)(?!['’\w])"
                         r"|(?:the\s+|(?<=0s\sand\s))(?P<dec2>['’]?[1-9]0)['’]?s")),
    ("decade_word", _rule(r"the\s+(?:(?P<part>early|late|mid)[\s-]+)?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")),
]

# Rules that need a capital letter on the month/weekday (applied after matching case-insensitively).
_NEEDS_CAPITAL = {"week_of", "week_of_month", "mdy", "dmy", "md", "dm", "day_range", "part_month_year", "part_month", "rel_month", "month_rel_year", "month_alone", "weekday"}
_REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "right now": "PRESENT_REF", "recently": "PAST_REF",
    "lately": "PAST_REF", "in the past": "PAST_REF", "the past": "PAST_REF", "in recent years": "PAST_REF",
    "in recent months": "PAST_REF", "in recent weeks": "PAST_REF", "in recent days": "PAST_REF",
    "in the future": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF", "current": "PRESENT_REF", "recent": "PAST_REF", "soon": "FUTURE_REF", "formerly": "PAST_REF",
    "previously": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF", "until now": "PRESENT_REF", "so far": "PRESENT_REF",
    "the near future": "FUTURE_REF",
}
# Kept: the references TimeBank annotates consistently. "previously", "so far", "formerly", "soon", "earlier"
# and a bare "future" were false positives far more often than hits on the development data (each measured
# alone against both gold files).
_REF_KEEP = {"now", "currently", "recently", "in the past", "the past", "in the future", "the future",
             "at present", "lately", "current", "recent", "nowadays", "until now", "right now", "these days",
             "the near future"}


def _num(text: str | None) -> int | float | None:
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text.lower()).strip()
    if text.isdigit():
        return int(text)
    half = re.fullmatch(r"(\d+)(?:\.5| 1/2|½)", text)
    if half:  # "2.5", "5 1/2", "5½"
        return int(half.group(1)) + 0.5
    parts = re.split(r"[\s-]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS and text not in NUMBER_WORDS:
        tens, units = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens and units and tens >= 20 and units < 10:
            return tens + units
    return NUMBER_WORDS.get(text)


# --- calendar helpers ------------------------------------------------------------------------------

def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _week_span(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _quarter_span(y: int, q: int) -> tuple[date, date]:
    start = date(y, 3 * (q - 1) + 1, 1)
    return start, _month_span(y, 3 * q)[1]


# "today's" before a name or a word for an era is the present, not the publication day ("today's world",
# "today's youth", "today's GM"); "today's vote" is the day itself
_GENERIC_TODAY = re.compile(r"\s?['’]s\s+(?:[A-Z]\w*|world|youth|society|generation|generations|economy|children|young|"
                            r"standards|technology|technologies|computers|media|market|markets|politics)\b")
_SEASON_PREP = re.compile(r"\b(?:in|over|during|through|throughout|by|since|until|till|for)\s+(the\s+)$", re.IGNORECASE)


def _season_span(y: int, code: str) -> tuple[date, date]:
    # Meteorological seasons (northern hemisphere); winter runs December to February.
    if code == "SP":
        return date(y, 3, 1), date(y, 5, 31)
    if code == "SU":
        return date(y, 6, 1), date(y, 8, 31)
    if code == "FA":
        return date(y, 9, 1), date(y, 11, 30)
    return date(y, 12, 1), _month_span(y + 1, 2)[1]


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``offset`` (the whole text when it has none)."""
    spans = sentence_spans(text)
    return spans[sentence_of(spans, offset)] if spans else (0, len(text))


def _tense(text: str, start: int, end: int) -> str | None:
    """"future", "past", "past?" (a past report or a weak cue: not enough to move a bare month) or None,
    from the clause around a date that starts at ``start``."""
    first, stop = _sentence_bounds(text, start)
    if _BASELINE_AMOUNT_BEFORE.search(text, max(first, start - 70), start):
        return "past"  # "deployed 4,000 troops, up from 2,500 in March": a baseline lies behind the figure it is compared with
    tense = _clause_tense(text, first, stop, start, end)
    if tense == "past" and _DEADLINE.search(text, max(first, start - 12), start):
        return "past?"  # "gave the bidder until mid-November": a deadline set in the past may lie ahead
    return tense


# A figure measured against another ("surpassing the 67 deaths", "more than the 1,200 killed"): the words before it
_MEASURING_AGAINST = (r"\b(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|eclips(?:es|ed|ing)|overtak(?:es|en|ing)|overtook"
                      r"|top(?:s|ped|ping)|than)\s+(?:the|its)\s+")
_MEASURED_AGAINST_THE = re.compile(_MEASURING_AGAINST + r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_A_TIME_AFTER = re.compile(r",\s+(?:(?:just|only|some)\s+)?(?:hours|days|weeks|minutes|a\s+day|a\s+week|shortly|soon|moments)\s+(?:after|before)\b",
                           re.IGNORECASE)
_LISTED_PART_AND = re.compile(r"\s+[\w-]+\s*(?:,\s*|\s+and\s+)", re.IGNORECASE)
_WHOLE_THEN_ITS_PART = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+)?\s*,?\s*including\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?", re.IGNORECASE)
_SURPASSED_FIGURE_BEFORE = re.compile(_MEASURING_AGAINST + r"(?:(?:previous|earlier|record|last)\s+)?"
                                      r"(?:(?:toll|record|high|figure)\s+of\s+)?[\d][\d.,]*\s+(?:[a-z-]+\s+){0,4}?(?:in|on|at|during|by)?\s*$",
                                      re.IGNORECASE)
_BASELINE_AMOUNT_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+" + PEAK_OF + r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?"
                                     r"[$€£]?[\d][\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|[a-z]+)){0,2}"
                                     r"\s+(?:in|on|at|during|by)?\s*$", re.IGNORECASE)


# "The sale, which had been expected, is part of a plan to pay down debt by February": the tense of an
# aside between commas is not the clause's; the aside ends where the clause's own verb follows its comma
# ("who stepped down as chairman, president and chief executive in March" is one clause)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,(?=\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                             r"must|should|does|did|do|plans|remains|[a-z]+ed)\b)")


def _clause_tense(text: str, first: int, stop: int, start: int, end: int) -> str | None:
    first = max(first, text.rfind(";", first, start) + 1)  # a semicolon ends a clause and its tense
    semicolon = text.find(";", end, stop)
    stop = semicolon if semicolon >= 0 else stop
    if _EVENT_NAME_BEFORE.search(text, max(first, start - 5), start):
        after = _TENSE_AFTER.search(text, end, min(stop, end + 80))  # "The March accession will enable"
        return "future" if after and after.lastgroup == "future" else "past"
    if _SCHEDULED_RIGHT_BEFORE.search(text, max(first, start - 30), start):
        return "future"  # "the talks begin Wednesday", "markets open on Tuesday": a timetable
    if _PAST_VERB_AFTER.match(text, end):
        return "past"
    last = None
    window = max(first, start - 160)
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(text, window, start)]
    for cue in _TENSE_CUE.finditer(text, window, start):
        if not any(a <= cue.start() and cue.end() <= b for a, b in asides):
            last = cue
    if last is None:  # "In January, the company brought in ...": the verb follows the date
        last = _TENSE_AFTER.search(text, end, min(stop, start + 120))
    if last is None:
        return None
    kind = last.lastgroup
    if kind == "future":
        return "future"
    if kind == "neutral":
        return None  # "was planned for early March": planned then, maybe still to come
    if kind == "report":
        return "past?"  # "announced an agreement to buy the bank in January": the report is past, not its content
    if kind == "verb" and not _CLOSE_TO_VERB.fullmatch(text, last.end(), start) and last.start() < start \
            and not _VERB_WITH_ITS_OBJECT.match(text, last.end()) and not _VERB_OBJECT_THEN_DATE.fullmatch(text, last.end(), start):
        return "past?"  # a word in -ed far from the date may be an adjective ("a still unspecified date")
    return "past"


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause before ``start`` speaks of the future (news dates default to the past)."""
    return _tense(text, start, end) == "future"


# --- tagging ----------------------------------------------------------------------------------------

_MONTH_PREP = re.compile(r"\b(in|since|until|till|by|from|during|through|before|after|of|between|and|to|on|early|late|mid|"
                         r"throughout|around|as\s+of|last|next|this|for|the)[\s-]+$", re.IGNORECASE)


_MONTH_WORDS = frozenset(MONTHS)
# The first month of a range right before a month ("between April and", "from January to"); not "in 2024 and".
_RANGE_OPENING_MONTH = re.compile(r"(?<![\w-])" + _MONTH + r"\.?\s+(?:and|to|through|until|till|-|–)\s+(?:(?:early|late|mid)[\s-]+)?$")
_MONTH_THEN_JOINER = re.compile(_MONTH.replace("?P<month>", "?:") + r"\.?(?:\s+[0-3]?\d)?,?\s+(?:and|to|through|until|till)\s+$")
_WEEKDAY_WORDS = frozenset(k for k in WEEKDAYS if len(k) > 4)
# A rule runs only when its trigger words (or a digit) are in the text: most rules find nothing in
# most articles, and this check is one pass instead of one regex scan per rule.
_TRIGGERS: dict[str, frozenset[str] | None] = {
    "word_clock": frozenset({"noon", "midday", "midnight", "mid", "midmorning", "midafternoon"}),
    "iso": None, "dashed": None, "slash": None, "year": None, "year_span": None, "clock": None, "q_year": None, "q_alone": None, "decade": None, "part_year": None,
    "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "md": _MONTH_WORDS, "dm": _MONTH_WORDS, "day_range": _MONTH_WORDS, "part_month_year": _MONTH_WORDS,
    "week_of_month": frozenset({"week"}), "part_month": _MONTH_WORDS, "rel_month": _MONTH_WORDS, "month_rel_year": _MONTH_WORDS, "month_alone": _MONTH_WORDS,
    "weekday": _WEEKDAY_WORDS | {f"{w}s" for w in _WEEKDAY_WORDS}, "quarter": frozenset({"quarter"}), "the_quarter": frozenset({"quarter", "period"}),
    "year_ago": frozenset({"ago", "earlier"}), "the_year": frozenset({"year"}), "the_month": frozenset({"month", "week"}), "year_end": frozenset({"year", "end"}), "that_year": frozenset({"that"}), "same_period": frozenset({"same"}), "day_anaphor": frozenset({"day", "morning", "afternoon", "evening", "night"}), "week_of": frozenset({"week"}), "half_year": frozenset({"half"}),
    "year_anaphor": frozenset({"year"}), "unit_anaphor": frozenset({"week", "month"}),
    "decade_word": frozenset("twenties thirties forties fifties sixties seventies eighties nineties".split()), "the_day": frozenset({"day"}), "short_year": None,
    "overnight": frozenset({"overnight", "night"}), "season": frozenset(SEASONS), "rel_day": frozenset({"today", "yesterday", "tomorrow", "tonight", "day"}),
    "this_tod": frozenset({"morning", "afternoon", "evening", "night"}),
    "rel_unit": frozenset({"week", "month", "year", "weekend", "quarter", "decade", "century"}),
    "the_weekend": frozenset({"weekend"}),
    "ago": frozenset({"ago", "earlier", "later", "now", "hence", "previously", "that", "time"}),
    "dur_past": frozenset(u + "s" for u in UNITS) | frozenset(UNITS) | {"centuries"},
    "duration": frozenset(u + "s" for u in UNITS) | frozenset(UNITS) | {"centuries"},
    "recent_units": frozenset({"recent"}),
    "plural_unit": frozenset({"weeks", "months", "years", "decades", "days", "hours", "minutes"}),
    "set": frozenset({"day", "week", "month", "year", "hour", "morning", "night", "evening", "daily", "weekly", "monthly",
                      "annually", "yearly", "hourly", "nightly"}) | _MONTH_WORDS | _WEEKDAY_WORDS
           | frozenset(w + "s" for w in _WEEKDAY_WORDS),
    "holiday": frozenset(re.split(r"\W+", h)[0].lower() for h in HOLIDAYS),
    "word_year": frozenset({"eighteen", "nineteen", "twenty", "thousand"}),
    "century": frozenset({"century"}),
    "ref": frozenset({"now", "currently", "nowadays", "present", "moment", "days", "recently", "lately", "past", "future",
                      "soon", "formerly", "previously", "once", "earlier", "current", "recent", "far"}),
}


# Rules on digits scan the whole text; each runs only when a character it needs is there at all.
_DIGIT_RULE_GATES: dict[str, tuple[str, ...]] = {
    "iso": ("-", "/"), "year_span": tuple(d + sep for d in "0123456789" for sep in "-–/"), "dashed": ("-", "."), "slash": ("/",), "q_year": ("Q",), "q_alone": ("Q",), "decade": ("0s", "0's", "0’s"),
    "short_year": ("'", "’", "0s", "ties"), "clock": ("m", "M", "GMT", "UTC", "Z"),
    "part_year": ("arly", "ate", "id", "nd", "tart", "eginning", "iddle", "ARLY", "ATE", "ID"),
}
_TRIGGER_SET = frozenset(w for t in _TRIGGERS.values() if t for w in t)
_WORD = re.compile(r"[A-Za-z]+")  # every trigger is one plain word: a set lookup per word beats one big alternation
_WINDOW = 80  # characters around a trigger word searched by its rule (longer than any expression)


def _candidates(text: str) -> list[tuple[int, int, str, re.Match]]:
    found = []
    urls = [m.span() for m in URLISH.finditer(text)]
    positions: dict[str, list[int]] = {}
    for w in _WORD.finditer(text):
        word = w.group().lower()
        if word in _TRIGGER_SET:
            positions.setdefault(word, []).append(w.start())
    has_digit = any(ch.isdigit() for ch in text)
    n = len(text)
    for name, pattern in RULES:
        trigger = _TRIGGERS.get(name)
        if trigger is None:
            gate = _DIGIT_RULE_GATES.get(name)
            if not has_digit or (gate is not None and not any(g in text for g in gate)):
                continue
            matches = pattern.finditer(text)
        else:
            hits = sorted(p for word in trigger for p in positions.get(word, ()))
            if not hits:
                continue
            matches = _windowed(pattern, text, hits, n)
        for m in matches:
            if urls and any(s < m.end() and m.start() < e for s, e in urls):
                continue
            if name in _NEEDS_CAPITAL:
                word = m.groupdict().get("month") or m.groupdict().get("weekday") or ""
                if not word[:1].isupper():
                    continue
                if name == "month_alone" and word in ("Jan", "Dec", "Jun") and re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3]):
                    continue  # "Jan Kavan", "Jun Li": a first name
                if name == "month_alone":
                    prep = _MONTH_PREP.search(text[max(0, m.start() - 14) : m.start()])
                    # "September was the deadliest month": a month that opens its sentence as the subject
                    subject = word != "May" and _MONTH_AS_SUBJECT.match(text, m.end()) is not None \
                        and _SENTENCE_START_BEFORE.search(text[max(0, m.start() - 4) : m.start()]) is not None
                    if not subject and (not prep or (word in ("May", "March") and prep.group(1).lower() in ("and", "to", "on", "of")
                                                     and not _MONTH_THEN_JOINER.search(text, max(0, m.start() - 30), m.start())
                                                     # ("in the year to March": the end of a period)
                                                     and not _PERIOD_ENDING.search(text, max(0, m.start() - 40), m.start()))):
                        continue  # ("to May", "of March": a name or a verb; but "from January to March" is a month)
            found.append((m.start(), m.end(), name, m))
    return found


_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?\n][\"”’]?)\s*$")
_MONTH_AS_SUBJECT = re.compile(r"\s+(?:was|saw|has\s+been|had\s+been|is|marked|brought|became|proved|ended)\b")


def _windowed(pattern: re.Pattern, text: str, hits: list[int], n: int):
    """Matches of ``pattern`` near the trigger positions only (each match once)."""
    seen: set[tuple[int, int]] = set()
    covered_until = -1
    for hit in hits:
        start, end = max(0, hit - _WINDOW), min(n, hit + _WINDOW)
        if start < covered_until:
            start = covered_until
        for m in pattern.finditer(text, start, end):
            if m.end() == end and end != n:
                continue  # may run on past the window; the next window or a full scan sees it whole
            if (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m
        covered_until = max(covered_until, end - _WINDOW)


@functools.lru_cache(maxsize=8)
def _expressions(text: str) -> tuple[tuple[int, int, str, re.Match], ...]:
    """The expressions a text holds, before they are resolved: the same whatever the publication date, so a story
    whose own date at its top differs from the one supplied is not scanned twice."""
    return tuple(_select(_candidates(text)))


def _select(cands: list[tuple[int, int, str, re.Match]]) -> list[tuple[int, int, str, re.Match]]:
    order = {name: i for i, (name, _) in enumerate(RULES)}
    cands.sort(key=lambda c: (-(c[1] - c[0]), order[c[2]], c[0]))
    chosen: list[tuple[int, int, str, re.Match]] = []
    taken: list[tuple[int, int]] = []
    for cand in cands:
        if any(cand[0] < e and s < cand[1] for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand[0], cand[1]))
    chosen.sort(key=lambda c: c[0])
    return chosen


# "the end of this year", "the middle of October": TimeML keeps the period's own value (the part of it
# is a modifier, END or MID), so the phrase joins the span and the value stays.
_PART_OF_BEFORE = re.compile(r"\bthe\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+$", re.IGNORECASE)
_PART_OF_PRECISIONS = frozenset({"week", "month", "quarter", "season", "year", "decade"})
_PREP_BEFORE = re.compile(r"\b(since|until|till|before|after|by|from|through|as\s+of|in|on|during)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_GOVERNING = re.compile(r"\b(since|until|till|before|after|by|as\s+of)\s+$", re.IGNORECASE)


# "since" opens a period up to the date that follows it in the same clause ("since the offensive began
# nearly two weeks ago"), but not past a report verb ("has risen since the war began, officials said Monday").
_SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+(?:in\s+)?$", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)
_ONSET_BEFORE = re.compile(r"\b(?:began|begun|broke\s+out|erupted|started|flared(?:\s+up)?)"
                           # ("which began with the brutal repression of anti-government demonstrations in 2011")
                           r"(?:\s+(?:with|as)(?:\s+[\w'’-]+){1,8}?)?"
                           # ("broke out in Syria in 2011": where it broke out comes between)
                           r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})?"
                           r"\s+(?:in|on)\s+(?:early\s+|late\s+|mid-?\s*)?$",
                           re.IGNORECASE)
# (not across a paragraph break: "… worst year since 1992 / The number of … cases … this year")
# (nor past "and" and the next count: "have died since the war began and 12 were hurt after a strike on Monday")
_SINCE_BEFORE = re.compile(r"\bsince\b(?:(?!\b(?:said|says|told|announced|reported)\b|\n\s*\n"
                           r"|\band\s+(?:\d|(?:another|at\s+least|more\s+than|about|some|nearly|over)\s))[^.;,]){0,90}$", re.IGNORECASE)


def date_mentions(text: str, published: str | date | None = None) -> list[DateMention]:
    """Every temporal expression in ``text``, resolved against ``published`` when given."""
    plain = plain_hyphens(text)
    if plain is not text:  # read with plain hyphens ("mid‑March"); quote the text as written
        return [replace(m, text=text[m.char_start : m.char_end]) for m in date_mentions(plain, published)]
    dct = _to_date(published)
    mentions: list[DateMention] = []
    clocks: list[int] = []  # mentions that are a bare clock time, dated by the publication day for now
    nights: list[int] = []  # "overnight", dated by the publication day until a reporting clause names the day
    story_day: date | None = None  # the last day the story named: "the day" is that day
    story: tuple[date, str] | None = None  # the last date the story named, and its precision ("that year")
    story_week: date | None = None  # the last week the story named ("last week … the week before")
    story_months: tuple[date, date] | None = None  # the months of a range the story named last ("between January and August")
    for start, end, name, m in _expressions(text):
        resolved = _resolve(text, start, end, name, m, dct)
        if resolved is None:
            continue
        s, e, typ, value, first, last, precision = resolved
        if first is not None and last is not None and precision in ("month", "year") \
                and (part := _PART_OF_A_SPAN.match(text, s) or _PART_OF_A_SPAN_BEFORE.search(text, max(0, s - 20), s)):
            word = part.group(1).lower().split()[-2] if " " in part.group(1) else part.group(1).lower()
            first, last = _part_of_a_span(first, last, precision, _PART_WORDS.get(word, word))  # "late last month": its last third
        s, e = _timex_extent(text, s, e)
        if typ == "DURATION" and text[max(0, s - 4) : s].lower() == "the " and "-" not in text[s:e] and text[s:s + 1].isalnum():
            s -= 4  # "the nine months ended Sept. 30": TIMEX3 keeps the article of a definite span
        if precision == "day" and (edge := _EDGE_OF_A_DAY.search(text, max(0, s - 9), s)):
            s = edge.start()  # "late yesterday", "Earlier Sunday", "earlier today": the part of the day is in the span
        if name == "the_day" and story_day is not None:
            value, first, last = story_day.isoformat(), story_day, story_day
        elif name == "the_day" and m.group("that"):
            continue  # "that day" with no day named before: nothing to resolve it against
        elif name == "that_year":
            unit = m.group("tunit").lower()
            if story is None or (unit == "month" and story[1] not in ("day", "month")):
                continue
            if unit == "quarter" and story[1] not in ("day", "month", "quarter"):
                continue
            y, mo = story[0].year, story[0].month
            if unit == "quarter":  # "results for that quarter"
                q = (mo - 1) // 3 + 1
                first, last = _quarter_span(y, q)
                value, precision = f"{y}-Q{q}", "quarter"
            else:
                first, last = (date(y, 1, 1), date(y, 12, 31)) if unit == "year" else _month_span(y, mo)
                value, precision = (str(y), "year") if unit == "year" else (f"{y}-{mo:02d}", "month")
        elif name == "day_anaphor" and typ == "DATE":  # "the next day", "a day later": a day off the story's last day
            later = (m.group("ddir") or m.group("ddir2") or m.group("ddir3")).lower() in ("next", "following", "after", "later")
            # (no day named yet: the report's own day, "up from 2,012 a day earlier"; but a day after the
            # report is not what a past story means by "a day later", so that stays unresolved)
            anchor = story_day or (dct if not later else None)
            if anchor is None:
                if later and dct is not None:
                    mentions.append(DateMention(text[s:e], s, e, "DATE", "XXXX-XX-XX", None, None, "day", None))
                continue
            d = anchor + timedelta(days=1 if later else -1)
            part = (m.group("dpart") or "day").lower()
            suffix = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(part, "")
            typ, value, first, last = ("TIME" if suffix else "DATE"), d.isoformat() + suffix, d, d
        elif name == "unit_anaphor" and typ == "DATE":  # "up from 2,100 the week before": off the story's week or month
            later = (m.group("udir") or m.group("udir2")).lower() in ("following", "after", "later")
            if precision == "week":
                anchor = story_week or (story[0] if story is not None and story[1] == "day" else None) or (dct if not later else None)
                if anchor is None:  # ("the following week" with no week named before: unresolved)
                    mentions.append(DateMention(text[s:e], s, e, "DATE", "XXXX-WXX", None, None, "week", None))
                    continue
                d = anchor + timedelta(weeks=1 if later else -1)
                first, last = _week_span(d)
                value = _week_value(d)
            else:
                anchor = (story[0] if story is not None and story[1] in ("day", "month") else None) or (dct if not later else None)
                if anchor is None:
                    mentions.append(DateMention(text[s:e], s, e, "DATE", "XXXX-XX", None, None, "month", None))
                    continue
                d = _add_months(anchor, 1 if later else -1)
                first, last = _month_span(d.year, d.month)
                value = f"{d.year}-{d.month:02d}"
        elif name == "year_anaphor":  # "the following year", "the year before": one year off the story's year
            later = (m.group("ydir") or m.group("ydir2") or "later").lower() in ("following", "after", "later")
            anchor_year = story[0].year if story is not None else dct.year if dct is not None and not later else None
            if anchor_year is None:
                continue  # ("the following year" needs a year named before it)
            y = anchor_year + (1 if later else -1)
            value, first, last, precision = str(y), date(y, 1, 1), date(y, 12, 31), "year"
        elif name == "ago" and dct is not None and m.group("dir").lower() in ("later", "after that") and value not in ("FUTURE_REF",):
            # "Three days later": later than the day the story last named, not than the publication
            # (nothing named before it: as unresolved as in an undated article)
            # (the latest date named, of any precision: "In January … A month later" is February)
            _, _, typ, value, first, last, precision = _ago(s, e, m.groupdict(), story[0] if story else story_day)
        elif name == "ago" and story_day is not None and m.group("dir").lower() in ("earlier", "before that") and precision in ("day", "week"):
            # "20 killed on Monday, up from 12 two days earlier": earlier than that Monday
            _, _, typ, value, first, last, precision = _ago(s, e, m.groupdict(), story_day)
        elif name == "ago" and story is not None and story[1] == "month" and m.group("dir").lower() in ("earlier", "before that") \
                and precision == "month":
            # "3.4% in April, up from 3.1% a month earlier": earlier than that April
            _, _, typ, value, first, last, precision = _ago(s, e, m.groupdict(), story[0])
        elif name == "same_period":
            found = _same_period(m, story, dct, text, s, story_months)
            if found is None:
                continue
            value, first, last, precision = found
        elif typ in ("DATE", "TIME") and precision == "day" and first is not None and first == last and name not in ("clock", "word_clock"):
            story_day = first  # (a bare clock time's day is the publication's only for now: it names no day of the story)
        if typ in ("DATE", "TIME") and first is not None and precision in ("day", "month", "quarter", "season", "year") \
                and name not in ("that_year", "clock", "word_clock"):
            story = (first, precision)
            opening = mentions[-1] if mentions else None
            story_months = (date.fromisoformat(opening.start), last) if precision == "month" and opening is not None \
                and opening.precision == "month" and opening.start and last is not None and _RANGE_JOINER.fullmatch(text, opening.char_end, s) \
                and _RANGE_START_BEFORE.search(text, max(0, opening.char_start - 10), opening.char_start) else None
        if typ == "DATE" and first is not None and precision in ("day", "week") and not value.endswith("WE"):
            story_week = first
        if typ == "DATE" and precision in _PART_OF_PRECISIONS:
            part_of = _PART_OF_BEFORE.search(text, max(0, s - 30), s)
            if part_of:
                s = part_of.start()
        governing = _GOVERNING.search(text[max(0, s - 12) : s])
        since = _SINCE_BEFORE.search(text, max(0, s - 100), s)
        if not since and _ONSET_BEFORE.search(text, max(0, s - 100), s):
            # "The war, which broke out in April 2023, has killed tens of thousands": a toll since its onset
            sentence_start, sentence_stop = _sentence_bounds(text, s)
            since = _PRESENT_PERFECT.search(text, sentence_start, sentence_stop)
        relation = governing.group(1).lower() if governing else ("since" if since else None)
        if relation is None and precision in ("week", "month", "quarter", "year") and (
                _SO_FAR_BEFORE.search(text, max(0, s - 10), s) or _SO_FAR_AFTER.match(text, e)):
            relation = "since"  # "so far this year", "this month to date": from its start up to the report
        if name in ("clock", "word_clock"):
            clocks.append(len(mentions))
        elif name == "overnight" and value.endswith("TNI"):
            nights.append(len(mentions))
        mentions.append(DateMention(text[s:e], s, e, typ, value, _iso(first), _iso(last), precision, relation))
    if clocks:
        _date_clocks_by_their_sentence(text, mentions, clocks)
    if nights:
        _date_nights_by_their_report(text, mentions, nights)
    return _ranges_within_a_year(text, _with_second_days(text, mentions))


_AHEAD_WORDS = re.compile(r"\b(?:will|would|scheduled|due|expected|set\s+to|plans?\s+to|planned)\b", re.IGNORECASE)
_RANGE_JOINER = re.compile(r"\s*(?:to|and|until|till|through|-|–)\s*", re.IGNORECASE)
_RANGE_START_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_MONTH_DAY_ONLY = re.compile(r"(?:[A-Za-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,}\.?)")


def _ranges_within_a_year(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"between Nov. 14 to Nov. 17": two days without a year that open and close one stretch lie within a
    year of each other, so the start moves to the latest such day up to the end."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (a.precision == b.precision == "day" and a.type == b.type == "DATE" and a.start and b.start
                and a.start == a.end and b.start == b.end and _MONTH_DAY_ONLY.fullmatch(a.text) and _MONTH_DAY_ONLY.fullmatch(b.text)
                and _RANGE_JOINER.fullmatch(text, a.char_end, b.char_start)
                and _RANGE_START_BEFORE.search(text, max(0, a.char_start - 10), a.char_start)):
            continue
        start, end = date.fromisoformat(a.start), date.fromisoformat(b.start)
        if 0 <= (end - start).days <= 300:
            continue
        moved = _safe_date(end.year, start.month, start.day)
        if moved is not None and moved > end:
            moved = _safe_date(end.year - 1, start.month, start.day)
        if moved is not None:
            out[k] = replace(a, value=moved.isoformat(), start=moved.isoformat(), end=moved.isoformat())
    return out


# TIMEX3 leaves out the preposition before an expression and a possessive after it: "in the past",
# "over the weekend", "until now" and "last year's results" are tagged "the past", "the weekend", "now", "last year"
# ("in three weeks' time" keeps its "in": the preposition is part of that expression).
# ("over six years" keeps its "over": there it may mean "more than", as MEANTIME reads it)
_LEADING_PREPOSITION = re.compile(r"(?:(?:in|during|until|throughout)\s+(?!.*\btime$)|(?:over|at|on|since)\s+(?=the\s))", re.IGNORECASE)


_EDGE_OF_A_DAY = re.compile(r"\b(?:earlier|later|early|late)\s+$", re.IGNORECASE)


def _timex_extent(text: str, s: int, e: int) -> tuple[int, int]:
    lead = _LEADING_PREPOSITION.match(text, s, e)
    if lead and lead.end() < e:
        s = lead.end()
    if text[s:e].endswith(("'s", "’s")) and e - s > 2:
        e -= 2
    elif text[s:e].endswith(("s'", "s’")):
        e -= 1  # "the 1990s' boom"
    return s, e


# "April 24 and 25", "March 3-4": a second day of the same month after a month-day date
# (not "May 5 and 30 people": a lower-case word other than a linking one makes the number a count)
_SECOND_DAY = re.compile(r"\s*(?:and|or|&|to|through|-|–)\s*(?P<day>[0-3]?\d)(?!\d|[,.:]\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b))"
                         r"(?!\s+(?!(?:" + "|".join(lexicon.load("not_counts")["day_followers"]) + r")\b)[a-z])")


_PART_OF_A_SPAN = re.compile(r"(early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\b[\s-]*", re.IGNORECASE)
_PART_OF_A_SPAN_BEFORE = re.compile(r"\b((?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+$", re.IGNORECASE)  # ("the end of last year")
# "the end of May" is its late part, as "late May" is
_PART_WORDS = {"end": "late", "start": "early", "beginning": "early", "middle": "mid"}


def _part_of_a_span(first: date, last: date, precision: str, part: str) -> tuple[date, date]:
    """The days "early", "mid" and "late" a month (thirds: 1-10, 11-20, 21-end) or a year (four months each)
    cover; the value stays the month or the year, as TIMEX3 writes it."""
    if precision == "month":
        bounds = {"early": (1, 10), "mid": (11, 20), "late": (21, last.day)}[part]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return _month_span(first.year, months[0])[0], _month_span(first.year, months[1])[1]


def _with_second_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for k, m in enumerate(mentions):
        out.append(m)
        if m.type != "DATE" or m.precision != "day" or not m.text[-1:].isdigit() or not re.search(r"[A-Za-z]", m.text):
            continue
        after = _SECOND_DAY.match(text, m.char_end)
        if after is None or (k + 1 < len(mentions) and mentions[k + 1].char_start < after.end()):
            continue
        day = int(after.group("day"))
        first_day = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s*$", m.text)
        if first_day is None or not int(first_day.group(1)) < day <= 31:
            continue
        if m.start is not None:
            d = _safe_date(int(m.start[:4]), int(m.start[5:7]), day)
            if d is None:
                continue
            value, iso = d.isoformat(), d.isoformat()
        else:
            value, iso = m.value[:-2] + f"{day:02d}", None
        s = after.start("day")
        out.append(DateMention(text[s : after.end()], s, after.end(), "DATE", value, iso, iso, "day", m.relation))
    return out


def _same_period(m: re.Match, story: tuple[date, str] | None, dct: date | None, text: str, s: int,
                 story_months: tuple[date, date] | None = None):
    """"sales fell in January, compared to the same month a year ago": the period the story named last,
    a year earlier (or in the year given). Without one, the publication month or reporting quarter. After a
    range of months ("between January and August, compared with … the same period of 2023") the same months."""
    unit = m.group("sunit").lower()
    if story_months is not None and unit in ("period", "time"):
        y = int(m.group("syear")) if m.group("syear") else story_months[1].year - 1
        first = date(y - (story_months[1].year - story_months[0].year), story_months[0].month, 1)
        last = _month_span(y, story_months[1].month)[1]
        return f"{first.year}-{first.month:02d}/{y}-{last.month:02d}", first, last, "month"
    if story is not None and (unit == story[1] or (unit in ("period", "time") and story[1] in ("month", "quarter"))):
        anchor, precision = story
    elif dct is not None:
        anchor, precision = dct, {"period": "quarter" if _quarterly(text, s, m.end()) else "year", "time": "year"}.get(unit, unit)
    else:
        code = {"month": "XXXX-XX", "quarter": "XXXX-QX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")
        return code, None, None, {"period": "unknown", "time": "unknown"}.get(unit, unit)
    y = int(m.group("syear")) if m.group("syear") else anchor.year - 1
    if precision == "day":
        d = _safe_date(y, anchor.month, anchor.day) or date(y, anchor.month, 28)
        return d.isoformat(), d, d, "day"
    if precision == "week":
        d = anchor.replace(year=y) if _safe_date(y, anchor.month, anchor.day) else date(y, anchor.month, 28)
        first, last = _week_span(d)
        return _week_value(d), first, last, "week"
    if precision == "month":
        first, last = _month_span(y, anchor.month)
        return f"{y}-{anchor.month:02d}", first, last, "month"
    if precision == "quarter":
        q = (anchor.month - 1) // 3 + 1
        if story is None or story[1] != "quarter":  # the publication date's quarter is not over: the last one is meant
            anchor = _add_months(date(anchor.year, 3 * (q - 1) + 1, 1), -3)
            q, y = (anchor.month - 1) // 3 + 1, (int(m.group("syear")) if m.group("syear") else anchor.year - 1)
        first, last = _quarter_span(y, q)
        return f"{y}-Q{q}", first, last, "quarter"
    return str(y), date(y, 1, 1), date(y, 12, 31), "year"


def _date_clocks_by_their_sentence(text: str, mentions: list[DateMention], clocks: list[int]) -> None:
    """"the test flight Tuesday … at 18:00 UTC": a clock time is on the day its sentence names, or else the day the
    sentence before it names, not necessarily the publication day."""
    spans = sentence_spans(text)
    for k in clocks:
        clock = mentions[k]
        sentence = sentence_of(spans, clock.char_start) if spans else 0
        # (a time that names its day counts too: "leave at 4 in the morning (4 a.m. EDT Thursday)")
        days = [m for n, m in enumerate(mentions) if (m.type == "DATE" or (m.type == "TIME" and n not in clocks))
                and m.precision == "day" and m.start is not None and m.start == m.end
                and (sentence_of(spans, m.char_start) if spans else 0) == sentence]
        if not days and spans and sentence >= 1 and "\n" not in text[spans[sentence - 1][1] : spans[sentence][0]] \
                and _tense(text, clock.char_start, clock.char_end) == "past":  # (not "The next test is at 10 a.m.")
            # "The earthquakes struck on 6 February 2023. The first occurred at 04:17 TRT (01:17 UTC)": the day the
            # sentence before named
            days = [m for n, m in enumerate(mentions) if m.type == "DATE" and n not in clocks and m.precision == "day"
                    and m.start is not None and m.start == m.end and sentence_of(spans, m.char_start) == sentence - 1
                    # (not the date of an embedded post after its author's handle: "— The White Helmets (SyriaCivilDef)
                    # October 24 2016")
                    and not text[max(0, m.char_start - 3) : m.char_start].rstrip().endswith(")")][-1:]
        if not days:
            continue
        day = min(days, key=lambda m: abs(m.char_start - clock.char_start))
        mentions[k] = replace(clock, value=day.start + clock.value[10:], start=day.start, end=day.end)


def _date_nights_by_their_report(text: str, mentions: list[DateMention], nights: list[int]) -> None:
    """"the military said on Sunday that it shot down 31 drones launched overnight": the night before
    the day the sentence's report names, not the night before publication."""
    spans = sentence_spans(text)
    for k in nights:
        night = mentions[k]
        sentence = sentence_of(spans, night.char_start) if spans else 0
        lo = spans[sentence][0] if spans else 0
        reported = [m for m in mentions if m.type == "DATE" and m.precision == "day" and m.start is not None and m.start == m.end
                    and (sentence_of(spans, m.char_start) if spans else 0) == sentence
                    and _REPORTING.search(text, max(lo, m.char_start - 25), m.char_start)]
        if reported:
            day = date.fromisoformat(reported[0].start) - timedelta(days=1)
            mentions[k] = replace(night, value=f"{day.isoformat()}TNI", start=day.isoformat(), end=day.isoformat())


def _to_date(value: str | date | None) -> date | None:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        pass
    parsed = parse_date(value)  # other spellings are read as ingest reads them ("03-02-2009" day first)
    return date.fromisoformat(parsed) if parsed else None


def _resolve(text: str, start: int, end: int, name: str, m: re.Match, dct: date | None):
    g = m.groupdict()
    if g.get("dayword"):
        g["day"] = str(_DAY_WORDS[g["dayword"].lower()])
    s, e = start, end
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    year = int(g["year"]) if g.get("year") else None

    if name == "dashed":  # "04-03-2016": day first or month first, whichever lies nearer the publication date
        if g.get("yy"):  # "24.02.22": day, month and a two-digit year, in the century nearest publication
            if re.search(r"\b(?:version|ver|v|release|build|update|firmware)\.?\s*$", text[max(0, s - 12) : s], re.IGNORECASE):
                return None  # "version 10.12.22": a version number
            y = 2000 + int(g["yy"])
            y = y - 100 if dct is not None and y > dct.year + 1 else y
            d = _safe_date(y, int(g["mm"]), int(g["dd"]))
            return (s, e, "DATE", d.isoformat(), d, d, "day") if d else None
        a, b, y = int(g["d1"]), int(g["d2"]), int(g["year"])
        options = [d for d in (_safe_date(y, b, a), _safe_date(y, a, b)) if d]
        if g["sep"] == "." and options:
            options = options[:1]  # "24.07.2016": dots are written day first (as ingest reads them)
        if not options:
            return None
        d = min(options, key=lambda x: abs((x - dct).days)) if dct is not None else options[0]
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if name in ("iso", "slash"):
        y = int(g["year"])
        if y < 100:  # "7/8/07": a two-digit year, in the century that keeps it closest to publication
            y += 2000 if dct is None or 2000 + y <= dct.year + 1 else 1900
        if name == "iso":
            d = _safe_date(y, int(g["mnum"]), int(g["day"]))
        else:
            # "12/25/2024" and "25/12/2024" read themselves; "3/12/2025" is month first (the US order), unless only
            # the day-first reading falls on or before a publication date the other lies after
            a, b = int(g["s1"]), int(g["s2"])
            month_first, day_first = _safe_date(y, a, b), _safe_date(y, b, a)
            d = month_first or day_first
            if month_first and day_first and dct is not None and month_first > dct >= day_first:
                d = day_first
        return (s, e, "DATE", d.isoformat(), d, d, "day") if d else None
    if name in ("mdy", "dmy"):
        d = _safe_date(year, month, int(g["day"]))
        clock = _clock_suffix(g)
        return (s, e, "TIME" if clock else "DATE", d.isoformat() + clock, d, d, "day") if d else None
    if name in ("md", "dm"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        clock = _clock_suffix(g)  # "5 p.m. EST, Nov. 6"
        typ = "TIME" if clock else "DATE"
        if dct is None:
            return s, e, typ, f"XXXX-{month:02d}-{day:02d}{clock}", None, None, "day"
        if g.get("dyrel"):
            d = _safe_date(dct.year + {"last": -1, "next": 1}.get(g["dyrel"].lower(), 0), month, day)
        elif _after_since(text, s) or _LAST_BEFORE.search(text, max(0, s - 6), s):  # "since October 7", "last Oct. 23"
            d = _latest_day_up_to(dct, month, day)
        else:
            tense = _day_tense(text, s, e)
            d = _nearest_year_date(dct, month, day, tense)
            if d is not None and d > dct and tense != "future" and _SINCE_BEFORE.search(text, max(0, s - 100), s):
                # "the number killed since the outbreak of the clashes on August 27 rises to 96": a stretch since a day
                # began before the report
                d = _latest_day_up_to(dct, month, day)
        return (s, e, typ, d.isoformat() + clock, d, d, "day") if d else None
    if name == "day_range":
        first_day, last_day = int(g["day0"]), int(g["day"])
        if not 1 <= first_day < last_day <= 31:
            return None
        if year is None and dct is None:
            return s, e, "DATE", f"XXXX-{month:02d}-{first_day:02d}/XXXX-{month:02d}-{last_day:02d}", None, None, "day"
        if year is None:
            last = _nearest_year_date(dct, month, last_day, _day_tense(text, s, e))
            year = last.year if last else dct.year
        a, b = _safe_date(year, month, first_day), _safe_date(year, month, last_day)
        return (s, e, "DATE", f"{a.isoformat()}/{b.isoformat()}", a, b, "day") if a and b else None
    if name == "month_rel_year":
        if dct is None:
            return s, e, "DATE", f"XXXX-{month:02d}", None, None, "month"
        year = dct.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0)
        first, last = _month_span(year, month)
        return s, e, "DATE", f"{year}-{month:02d}", first, last, "month"
    if name == "week_of_month":  # "the last week of March": the ISO week holding that stretch of days
        if year is None:
            if dct is None:
                return s, e, "DATE", "XXXX-WXX", None, None, "week"
            year = _month_year(dct, month, "", _tense(text, s, e))
        _, month_end = _month_span(year, month)
        which = g["wk"].lower()
        anchor = month_end - timedelta(days=3) if which in ("last", "final") else \
            date(year, month, 4 + 7 * ("first", "second", "third", "fourth").index(which))
        first, last = _week_span(anchor)
        return s, e, "DATE", _week_value(anchor), first, last, "week"
    if name == "part_month_year" or name == "part_month" or name == "rel_month" or name == "month_alone":
        if year is None:
            if dct is None:
                return s, e, "DATE", f"XXXX-{month:02d}", None, None, "month"
            rel = (g.get("rel") or "").lower()
            since = _after_since(text, s)
            opening = _RANGE_OPENING_MONTH.search(text, max(0, s - 30), s) if not rel and not since else None
            if opening:  # "between April and mid-June": the range ends in the year it starts, or the next
                first_month = MONTHS[opening.group("month").lower().rstrip(".")]
                first_year = _month_year(dct, first_month, "", _tense(text, opening.start(), opening.end("month")))
                year = first_year if month >= first_month else first_year + 1
            else:
                tense = "past" if since else _tense(text, s, e)
                year = _month_year(dct, month, "last" if since and month > dct.month else rel, tense)
                part = re.sub(r"\s+", " ", (g.get("part") or "").lower())
                opens_on = 21 if part in ("late", "end of", "the end of") else 11 if part in ("mid", "the middle of") else 1
                if name == "part_month" and not rel and tense == "past" and (year, month) == (dct.year, dct.month) \
                        and dct.day < opens_on and not _AHEAD_WORDS.search(text, max(0, s - 80), s):
                    year -= 1  # "The floods began in late June", read on June 6: last year's late June
        first, last = _month_span(year, month)
        return s, e, "DATE", f"{year}-{month:02d}", first, last, "month"
    if name == "holiday":
        key = _HOLIDAY_KEY[re.sub(r"['’]", "", re.sub(r"\s+", " ", g["holiday"])).lower()]
        if key in _NATIONAL_DAYS and _ANOTHER_NATIONS_DAY.search(text, max(0, m.start("holiday") - 30), m.start("holiday")):
            return None  # "as Ukraine marked its Independence Day": another nation's day, not the Fourth of July
        holiday = HOLIDAYS[key]
        rel = (g.get("rel") or "").lower()
        if rel == "on":
            s = m.start("holiday")
        if year is None and rel == "this" and dct is not None:
            year = dct.year
        if year is not None:
            d = holiday(year)
        elif dct is None:
            return s, e, "DATE", "XXXX-XX-XX", None, None, "day"
        else:
            options = [holiday(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
            if rel == "last":
                d = max(x for x in options if x < dct)
            elif rel == "next" or _is_future(text, s, e) or _AHEAD_OF.search(text, max(0, s - 70), s) is not None:
                d = min(x for x in options if x >= dct)  # ("crowded ahead of Eid al-Adha": the coming one)
            else:  # the latest one, unless the coming one is near (a story in late December about Christmas)
                past = max(x for x in options if x <= dct)
                ahead = min(x for x in options if x >= dct)
                d = ahead if (ahead - dct).days < 14 and (dct - past).days > 14 and _tense(text, s, e) != "past" else past
                # ("were killed on the first day of Eid al-Adha", a day before it: the last one)
                # ("Over the Easter weekend, 40 died", read ten days before Easter: the last one)
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if name == "word_year":
        wyear = word_year(g["wyear"])
        if wyear is None or not 1800 <= wyear <= 2099:
            return None
        if not (g.get("month") or g.get("season") or g.get("theyear")):
            if not (re.search(r"\b(?:in|since|of|by|until|till|during|from|to|before|after)\s+$", text[max(0, s - 8) : s], re.IGNORECASE)
                    or re.match(r"\s*(?:[.,;:)]|$)", text[e : e + 2])):
                return None  # "nineteen ninety" alone may be a count
        if g.get("month"):
            first, last = _month_span(wyear, month)
            return s, e, "DATE", f"{wyear}-{month:02d}", first, last, "month"
        if g.get("season"):
            code = SEASONS[g["season"].lower()]
            first, last = _season_span(wyear, code)
            return s, e, "DATE", f"{wyear}-{code}", first, last, "season"
        return s, e, "DATE", str(wyear), date(wyear, 1, 1), date(wyear, 12, 31), "year"
    if name == "century":
        raw = g["cent"].lower()
        n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else _ORDINAL_WORDS.get(raw)
        if not n or n > 21:
            return None
        c0 = (n - 1) * 100
        return s, e, "DATE", f"{n - 1:02d}", date(max(c0, 1), 1, 1), date(c0 + 99, 12, 31), "unknown"
    if name == "year_span":
        y0, y1 = int(g["y0"]), int(g["y1"])
        if y1 < 100:
            y1 += y0 // 100 * 100 + (100 if y1 < y0 % 100 else 0)  # "1999-00" ends in 2000
            if not (1 <= y1 - y0 <= 10 and (y1 % 100 > 12 or y1 - y0 == 1)):
                return None  # ("2024-05" is a month; "2010-12" may be one too)
        elif not 1 <= y1 - y0 <= 50:
            return None
        return s, e, "DATE", f"{y0}/{y1}", date(y0, 1, 1), date(y1, 12, 31), "year"
    if name == "decade":
        decade = int(g["decade"])
        return s, e, "DATE", str(decade // 10), date(decade, 1, 1), date(decade + 9, 12, 31), "decade"
    if name == "the_quarter":
        which = re.sub(r"\s+", " ", (g.get("which") or "").strip().lower())
        if dct is None:
            return s, e, "DATE", "XXXX-QX", None, None, "quarter"
        if "year-" in which or g.get("qyear"):  # "the year-ago quarter", "the 1988 period": the same quarter, that year
            q = _reporting_quarter(text, s, e, dct, years_back=1 if "year-" in which else 0)
            if g.get("qyear"):
                y, qn = int(g["qyear"]), int(q[3][-1])
                first, last = _quarter_span(y, qn)
                return s, e, "DATE", f"{y}-Q{qn}", first, last, "quarter"
            return q
        # financial news: "the quarter" is the last completed quarter; "the current quarter" this one
        back = 0 if which == "current" else 1
        anchor = _add_months(date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1), -3 * back)
        q = (anchor.month - 1) // 3 + 1
        first, last = _quarter_span(anchor.year, q)
        return s, e, "DATE", f"{anchor.year}-Q{q}", first, last, "quarter"
    if name in ("quarter", "q_year", "q_alone"):
        ordinal = (g.get("ord") or "").lower()
        q = int(g["qnum"]) if g.get("qnum") else {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                                  "fourth": 4, "4th": 4, "final": 4, "last": 4}[ordinal]
        if year is None and g.get("qyear"):
            year = int(g["qyear"])  # "the 1988 third quarter"
        if year is None:
            if dct is None:
                return s, e, "DATE", f"XXXX-Q{q}", None, None, "quarter"
            qrel = (g.get("qrel") or g.get("qyrel") or "").lower()
            current = (dct.month - 1) // 3 + 1
            if ordinal in ("last", "final") and not qrel:
                # "the last quarter" without a year is the one before this one, not the fourth
                anchor = _add_months(date(dct.year, 3 * (current - 1) + 1, 1), -3)
                year, q = anchor.year, (anchor.month - 1) // 3 + 1
            elif qrel or g.get("yago"):
                year = dct.year - 1 if g.get("yago") else dct.year + {"last": -1, "next": 1}.get(qrel, 0)
            else:
                # a quarter by its number is the latest such quarter, unless the clause speaks of the future or
                # this year's is about to begin ("closures during the fourth quarter", said in August)
                ahead = (date(dct.year, 3 * (q - 1) + 1, 1) - dct).days
                behind = (dct - _quarter_span(dct.year - 1, q)[1]).days
                year = dct.year if q <= current or _is_future(text, s, e) or (ahead < behind and _tense(text, s, e) != "past") \
                    else dct.year - 1
        first, last = _quarter_span(year, q)
        return s, e, "DATE", f"{year}-Q{q}", first, last, "quarter"
    if name == "season":
        code = SEASONS[g["season"].lower()]
        if year is None:
            rel = " ".join((g.get("rel") or "").lower().split())
            in_the = _SEASON_PREP.search(text, max(0, s - 25), s) if not rel and not g.get("part") else None
            if in_the and re.match(r"\s+of\b", text[e : e + 4]):
                in_the = None  # "in the spring of 1988" is read whole by the year rules
            if not rel and not g.get("part") and not in_the:
                return None  # a bare "spring" or "fall" is too often not a date
            if dct is None:
                return s, e, "DATE", f"XXXX-{code}", None, None, "season"
            if in_the:  # "over the summer": the one under way or just past; the coming one if the clause looks ahead
                s = in_the.start(1)
                future = _tense(text, s, e) == "future"
                spans = [(y, *_season_span(y, code)) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
                year = next(y for y, a, b in spans if b >= dct) if future else max(y for y, a, b in spans if a <= dct)
            elif rel in ("past", "this past"):  # "this past spring": the latest one begun, whichever year
                year = max(y for y in (dct.year - 1, dct.year) if _season_span(y, code)[0] <= dct)
            else:
                year = dct.year + {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
        first, last = _season_span(year, code)
        return s, e, "DATE", f"{year}-{code}", first, last, "season"
    if name in ("part_year", "year"):
        if not _year_is_date(text, start, end, name):
            return None
        return s, e, "DATE", str(year), date(year, 1, 1), date(year, 12, 31), "year"
    if name == "ordinal_day":
        day = int(g["oday"])
        if dct is None:
            return s, e, "DATE", f"XXXX-XX-{day:02d}", None, None, "day"
        future = _tense(text, s, e) == "future"
        month = dct.replace(day=1)
        if future and day < dct.day:
            month = _add_months(month, 1)
        elif not future and day > dct.day:
            month = _add_months(month, -1)
        d = _safe_date(month.year, month.month, day)
        if d is None:  # ("on the 31st" in a month of 30 days: the month before that)
            month = _add_months(month, 1 if future else -1)
            d = _safe_date(month.year, month.month, day)
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if name == "weekday":
        rel = (g.get("rel") or "").lower()
        if not rel and _PERSON_NAMED_LIKE_A_DAY.match(text, m.end("weekday")) \
                and _TITLE_BEFORE_A_NAME.search(text, max(0, m.start("weekday") - 25), m.start("weekday")):
            return None  # "Bokkos local government chairman Monday Kassah said": a man named Monday
        if not rel and _A_DAY_NAMED_FOR_AN_EVENT.search(text, max(0, m.start("weekday") - 8), m.start("weekday")):
            return None  # "Black Monday", "Bloody Sunday", "Super Tuesday": the name of an event, not this week's day
        if rel == "on":
            s = m.start("weekday")
        if g.get("poss"):
            if rel or not (_POSSESSIVE_DAY_AFTER.search(text, max(0, s - 12), s) or not text[max(0, s - 3) : s].strip(" \"“")
                           or text[max(0, s - 3) : s].rstrip().endswith((".", "\n"))):
                return None  # "on Tuesdays", "works Mondays and Tuesdays": a set of days, not one
            e = m.end("weekday")
        weekday = WEEKDAYS[g["weekday"].lower()]
        tod = (g.get("tod") or "").lower()
        suffix = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(tod, "")
        suffix = _clock_suffix(g) or suffix
        typ = "TIME" if suffix else "DATE"
        if dct is None:
            return s, e, typ, f"XXXX-WXX-{weekday + 1}" + (f"T{suffix[1:]}" if suffix else ""), None, None, "day"
        tense = _tense(text, s, e) if rel not in ("last", "past", "next", "coming") else None
        # "closed until Friday" looks ahead unless the clause is plainly past ("stayed until Friday")
        until = re.search(r"\b(?:until|till)\s+$", text[max(0, s - 7) : s], re.IGNORECASE) is not None
        # "deployed police ahead of Sunday's vote": the event waited for is still to come
        ahead = _AHEAD_OF.search(text, max(0, s - 70), s) is not None
        future = rel in ("next", "coming") or tense == "future" or ahead or (until and tense not in ("past", "past?")) \
            or (until and tense == "past?" and _PRESENT_PERFECT.search(text, _sentence_bounds(text, s)[0], s) is not None)
        if future and rel not in ("next", "coming") and _after_since(text, s):
            future = False  # "has been closed since Monday and will reopen on June 3": a stretch since a day behind
        if g.get("wrel"):  # "on Tuesday last week": the Tuesday of the week before the publication week
            d = dct + timedelta(days=weekday - dct.weekday() + 7 * {"last": -1, "this": 0, "next": 1}[g["wrel"].lower()])
        elif rel == "this":  # "this Friday": the Friday of the publication week, before or after it
            d = dct + timedelta(days=weekday - dct.weekday())
        else:
            d = _weekday_date(dct, weekday, future, rel == "last")
        return s, e, typ, d.isoformat() + (f"T{suffix[1:]}" if suffix else ""), d, d, "day"
    if name == "rel_day":
        word = (g.get("word") or g.get("dayrel") or "").lower()
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "before yesterday": -2, "after tomorrow": 2}[
            re.sub(r"\s+", " ", word)]
        suffix = _clock_suffix(g) or ("TNI" if word == "tonight" else "")  # "16:00 UTC today"
        typ = "TIME" if suffix else "DATE"
        if word == "today" and _GENERIC_TODAY.match(text, e):
            return s, e, "DATE", "PRESENT_REF", dct, dct, "day" if dct else "unknown"  # "today's world", "today's GM"
        if dct is None:
            return s, e, typ, "XXXX-XX-XX" + suffix, None, None, "day"
        d = dct + timedelta(days=offset)
        return s, e, typ, d.isoformat() + suffix, d, d, "day"
    if name == "overnight":
        if dct is None:
            return s, e, "TIME", "XXXX-XX-XXTNI", None, None, "day"
        d = dct - timedelta(days=1)
        return s, e, "TIME", f"{d.isoformat()}TNI", d, d, "day"
    if name == "this_tod":
        which, tod = g["which"].lower(), g["tod"].lower()
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[which]
        if which == "last" and tod != "night":
            return None
        code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[tod]
        if dct is None:
            return s, e, "TIME", f"XXXX-XX-XXT{code}", None, None, "day"
        d = dct + timedelta(days=offset)
        return s, e, "TIME", f"{d.isoformat()}T{code}", d, d, "day"
    if name in ("rel_unit", "the_weekend"):
        return _relative_unit(text, s, e, g, dct)
    if name == "ago":
        if g["dir"].lower() == "time" and not re.search(r"\bin\s+$", text[max(0, s - 4) : s], re.IGNORECASE):
            # "in three weeks' time" is three weeks from now; "spent three weeks time on it" is a stretch of time
            unit_end = re.match(r".*?" + _UNIT, text[s:e], re.IGNORECASE)
            return _duration(text, s, s + unit_end.end(), g, "duration") if unit_end else None
        found = _ago(s, e, g, dct)
        if found and dct is not None and found[6] == "year" and _num(g.get("num")) == 1 and _quarterly(text, s):
            return _reporting_quarter(text, s, e, dct, years_back=1)  # "profit rose from a year ago" in a quarterly report
        return found
    if name == "the_year":  # "for the year", "of the year": the current one; "the year ended June 30" is a span
        if g.get("ended"):
            return s, m.start("ended"), "DURATION", "P1Y", None, None, "unknown"
        if dct is None:
            return s, e, "DATE", "XXXX", None, None, "year"
        return s, e, "DATE", str(dct.year), date(dct.year, 1, 1), date(dct.year, 12, 31), "year"
    if name == "the_month":
        if not re.search(r"\b(?:end|start|beginning|middle|close)\s+of\s+$", text[max(0, s - 14) : s], re.IGNORECASE):
            return None  # ("a third of the month's budget" names no date)
        if g["munit"].lower() == "week":
            if dct is None:
                return s, e, "DATE", "XXXX-WXX", None, None, "week"
            return s, e, "DATE", _week_value(dct), *_week_span(dct), "week"
        if dct is None:
            return s, e, "DATE", "XXXX-XX", None, None, "month"
        return s, e, "DATE", f"{dct.year}-{dct.month:02d}", *_month_span(dct.year, dct.month), "month"
    if name == "year_ago":
        if dct is None:
            return s, e, "DATE", "XXXX", None, None, "year"
        if _quarterly(text, s):
            return _reporting_quarter(text, s, e, dct, years_back=1)
        return s, e, "DATE", str(dct.year - 1), date(dct.year - 1, 1, 1), date(dct.year - 1, 12, 31), "year"
    if name == "recent_units":
        if text[s:e].lower().startswith("in"):
            s = s + 3
        return s, e, "DATE", "PAST_REF", None, None, "unknown"
    if name in ("dur_past", "duration", "plural_unit"):
        return _duration(text, s, e, g, name)
    if name == "set":
        if g.get("plural_day"):  # "closed on Sundays"
            return s, e, "SET", f"XXXX-WXX-{WEEKDAYS[g['plural_day'].lower()[:-1]] + 1}", None, None, "unknown"
        if g.get("named"):  # "every Monday", "each July": TIMEX3 writes the recurring day or month
            named = g["named"].lower()
            value = f"XXXX-WXX-{WEEKDAYS[named] + 1}" if named in WEEKDAYS else f"XXXX-{MONTHS[named]:02d}"
            return s, e, "SET", value, None, None, "unknown"
        unit = (g.get("unit") or "").lower()
        ly = (g.get("ly") or "").lower()
        if g.get("ly") and g["ly"][0].isupper() and s > 0 and not re.search(r"(?:^|[.!?:\"“]\s*|\n\s*)$", text[max(0, s - 3) : s]):
            return None  # "the Daily Mail", "the Weekly Standard": a title mid-sentence, not a frequency
        if g.get("every") and g["every"].lower() == "a" and not re.search(r"\d\s*$|\b(?:times|once|twice)\s*$", text[max(0, s - 12) : s]):
            return None  # "a day" is usually a duration or a date, not a frequency
        code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                "nightly": "P1D"}.get(ly) or {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "hour": "PT1H",
                                             "morning": "P1D", "night": "P1D", "evening": "P1D"}[unit]
        return s, e, "SET", code, None, None, "unknown"
    if name == "ref":
        ref = re.sub(r"\s+", " ", g["ref"].lower())
        if ref not in _REF_KEEP:
            return None
        value = _REF_VALUES[ref]
        typ = "DATE"
        if value == "PRESENT_REF" and dct is not None:
            return s, e, typ, value, dct, dct, "day"
        return s, e, typ, value, None, None, "unknown"
    if name == "the_day" and g.get("that"):  # "that day", "later that day": the day the story last named
        return s, e, "DATE", "XXXX-XX-XX", None, None, "day"
    if name == "the_day":
        before = text[max(0, s - 12) : s].lower()
        if not re.search(r"(?:end|ended|ending|finish|finished|close|closed|for|later\s+in|late\s+in|earlier\s+in|early\s+in|rest\s+of|start\s+of|end\s+of)\s+$", before):
            return None
        if dct is None:
            return s, e, "DATE", "XXXX-XX-XX", None, None, "day"
        return s, e, "DATE", dct.isoformat(), dct, dct, "day"
    if name == "decade_word":
        d0 = 1900 + 10 * ("twenties thirties forties fifties sixties seventies eighties nineties".split().index(g["decword"].lower()) + 2)
        return s, e, "DATE", str(d0 // 10), date(d0, 1, 1), date(d0 + 9, 12, 31), "decade"
    if name == "year_end":
        if dct is None:
            return s, e, "DATE", "XXXX-12-31", None, None, "day"
        y = dct.year - 1 if g.get("since") or (dct.month == 1 and not _is_future(text, s, e)) else dct.year
        if g.get("since"):
            s = m.start() + len(g["since"])
        if "-" not in text[s:e] and not g.get("since"):  # "by year's end" reads like "by the end of the year": the year's value
            return s, e, "DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year"
        d = date(y, 12, 31)  # "year-end": the closing day
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if name == "week_of":  # "the week of March 6": the ISO week holding that day
        day = int(g["day"])
        if year is not None:
            d = _safe_date(year, month, day)
        elif dct is None:
            return s, e, "DATE", "XXXX-WXX", None, None, "week"
        else:
            d = _nearest_year_date(dct, month, day, _day_tense(text, s, e))
        if d is None:
            return None
        first, last = _week_span(d)
        return s, e, "DATE", _week_value(d), first, last, "week"
    if name == "half_year":  # "the first half of 2009" (TIMEX3 H1), "the last half of this year"
        if year is None:
            if dct is None:
                return s, e, "DATE", "XXXX-HX", None, None, "half"
            year = dct.year + {"last": -1, "next": 1}.get(g["hrel"].lower(), 0)  # ("of the year": the current one)
        h = 1 if g["half"].lower() == "first" else 2
        first, last = (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))
        return s, e, "DATE", f"{year}-H{h}", first, last, "half"
    if name == "day_anaphor":  # resolved against the day the story named before (date_mentions)
        if re.search(r"\b(?:over|within|in|for|during)\s+$", text[max(0, s - 8) : s], re.IGNORECASE) \
                and text[e : e + 2] not in ("'s", "’s"):
            return s, e, "DURATION", "P1D", None, None, "unknown"  # "over the next day or two": a stretch of time (not
            # "in the previous day's strikes": the day whose strikes)
        return s, e, "DATE", "XXXX-XX-XX", None, None, "day"
    if name == "unit_anaphor":  # resolved against the week or month the story named before (date_mentions)
        unit = (g.get("uunit") or g.get("uunit2")).lower()
        before = r"\b(?:over|within|in|for|during|throughout)\s+$" if (g.get("udir") or "").lower() != "following" \
            else r"\b(?:over|within|for|during|throughout)\s+$"
        if re.search(before, text[max(0, s - 12) : s], re.IGNORECASE):
            # "cases rose in the previous week", "over the following month": a stretch of time ("in the following
            # month" is the month after)
            return s, e, "DURATION", "P1W" if unit == "week" else "P1M", None, None, "unknown"
        return s, e, "DATE", "XXXX-WXX" if unit == "week" else "XXXX-XX", None, None, unit
    if name in ("same_period", "year_anaphor"):  # resolved against the period the story named before (date_mentions)
        return s, e, "DATE", "XXXX", None, None, "year"
    if name == "that_year":
        return s, e, "DATE", {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}[g["tunit"].lower()], None, None, g["tunit"].lower()
    if name == "short_year":
        if g.get("y2"):
            y2 = int(g["y2"])
            century = 2000 if dct is not None and 2000 + y2 <= dct.year else 1900
            y = century + y2
            return s, e, "DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year"
        d2 = int(g["dec2"].lstrip("'’"))
        if not text[s:e].lower().startswith("the") and not re.search(r"\bthe\s+['’]?\d0['’]?s\s+and\s+$", text[max(0, s - 16) : s], re.IGNORECASE):
            return None  # "in his 80s and 90s" are ages
        decade = 1900 + d2 if d2 >= 30 or dct is None or 2000 + d2 > dct.year else 2000 + d2
        return s, e, "DATE", str(decade // 10), date(decade, 1, 1), date(decade + 9, 12, 31), "decade"
    if name == "word_clock" and g.get("midtod"):
        code = "TMO" if "morning" in g["midtod"].lower() else "TAF"
        if dct is None:
            return s, e, "TIME", f"XXXX-XX-XX{code}", None, None, "day"
        return s, e, "TIME", dct.isoformat() + code, dct, dct, "day"
    if name in ("clock", "word_clock"):
        clock = _clock_suffix(g)
        if clock == "T24:00" and text[max(0, s - 6) : s].lower().strip() == "after":
            clock = "T00:00"  # "shortly after midnight": the small hours of the day, not its end
        if dct is None:
            return s, e, "TIME", "XXXX-XX-XX" + clock, None, None, "day"
        return s, e, "TIME", dct.isoformat() + clock, dct, dct, "day"
    return None


_YEAR_CUE = re.compile(r"\b(?:in|since|until|till|by|from|during|of|before|after|early|late|mid|year|circa|spring|summer|autumn|fall|winter|the|between|to|and|through|throughout|around|fiscal|fy)\s*$|-\s*$", re.IGNORECASE)


_PHOTO_CREDIT = re.compile(r"(?:©\s*|\(c\)\s*)?(?<!\bthe\s)(?<!\bThe\s)\b(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in lexicon.load("sources")["photo_credits"])
                           + r")\s*(?:/\s*[A-Z][\w ]{0,30})?\s+$")


_CURRENCY_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(sorted(
    {re.escape(k) for k in lexicon.load("units")["currencies"]["symbols"] if k[:1].isalpha()}
    | {re.escape(c) for c in lexicon.load("units")["currencies"]["codes"]}, key=len, reverse=True)) + r")\s?$")


def _year_is_date(text: str, start: int, end: int, name: str) -> bool:
    """A bare four-digit number is a year unless a plural noun shows it counts something ("2000 troops")."""
    if name == "part_year" or text[start:start + 2].lower() in ("fi", "fy"):
        return True  # "mid-2011", "fiscal 1989 sales"
    before = text[max(0, start - 20) : start]
    if _PHOTO_CREDIT.search(text, max(0, start - 30), start):
        return False  # "AFP 2018": a picture's copyright line
    if re.search(r"[\d,.$€£]\s*$", before) or re.search(r"[A-Za-z]-$", before) or _CURRENCY_BEFORE.search(before):
        return False  # "1,2000", "$2020", "F-2000", "USD 2000", "Rs 2000": not a year
    after = text[end : end + 30]
    if re.match(r"\s*(?:%|percent|per\s+cent)", after, re.IGNORECASE) or (re.match(r"\s+[Ii]ndex\b", after) and not _YEAR_CUE.search(before)):
        return False  # "2000 percent", "the Russell 2000 Index"
    following = re.match(r"\s+([A-Za-z]+)", after)
    if following and following.group(1).islower() and ends_like_a_plural(following.group(1)) and not _YEAR_CUE.search(before):
        return False  # ("2000 troops"; not "a 2021 census", "the 2008 crisis": no plurals)
    if re.match(r"[.,]\d", after):
        return False
    if re.match(r"\s+[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d\b", after) and int(text[start:end]) % 100 < 60 and int(text[start:end]) < 2400:
        return False  # "(updated 1925 16.05.2017)": a clock time before the day, not the year 1925
    return True


_LAST_BEFORE = re.compile(r"\blast\s+$", re.IGNORECASE)


def _after_since(text: str, start: int) -> bool:
    return bool(re.search(r"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$", text[max(0, start - 16) : start], re.IGNORECASE))


# "on" a day, or a past verb right before it in the AP style ("was arrested May 6"), but not a schedule
# ("postponed May 6" may lie ahead)
# ("From January 1 to March 3, 400 died", "Between Dec. 1 and Dec. 3": a stretch told in the past is behind)
_ON_BEFORE = re.compile(r"\b(?:on|from|between)\s+$|\b(?:on|in)\s+the\s+(?:early\s+)?(?:night|morning|evening|afternoon|hours)\s+of\s+$|\b(?!(?:scheduled|planned|slated|expected|postponed|delayed|adjourned|extended|moved|pushed|"
                        r"rescheduled|deferred|tabled)\b)[a-z]+ed\s+$"
                        r"|\b(?:from|between)\s+(?:[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?)"
                        r"\s*(?:to|and|until|through|-|–)\s*$", re.IGNORECASE)


def _day_tense(text: str, s: int, e: int) -> str | None:
    """The tense a day without a year is read in: a plain past only for "on" a day or a day right after a
    past verb ("was arrested on 6 May", "the quarter ended Oct. 31"); a day that names a deadline or a
    hearing ("the Jan. 14 deadline", "set to expire Nov. 6") may lie ahead though the clause is past."""
    tense = _tense(text, s, e)
    if tense != "future" and _A_DEED_NAMED_BY_ITS_DAY.match(text, e):
        return "past"  # "the war was sparked by Hamas' Oct. 7 attack", read in late July: last October's attack
    return "past?" if tense == "past" and not _ON_BEFORE.search(text, max(0, s - 30), s) else tense


# a day that names a deed done on it ("the Oct. 7 attack", "the March 19 claim"): told of, so behind the report
_A_DEED_NAMED_BY_ITS_DAY = re.compile(r"\s+(?:[\w-]+\s+)?(?:attacks?|assault|massacres?|bombings?|raids?|ambush|shootings?|killings?|"
                                      r"riots?|uprising|incursions?|invasion|coup|crash|explosions?|blasts?|earthquake|quake|"
                                      r"offensive|onslaught)\b", re.IGNORECASE)


def _latest_day_up_to(dct: date, month: int, day: int) -> date | None:
    """The latest such day of the month on or before the publication day."""
    return max((x for x in (_safe_date(y, month, day) for y in (dct.year - 1, dct.year)) if x and x <= dct), default=None)


def _nearest_year_date(dct: date, month: int, day: int, tense: str | None) -> date | None:
    # A day without a year is the nearest such day to the publication date (within half a year),
    # preferring the past unless the sentence speaks of the future; in a plainly past clause ("he was
    # arrested on 6 May") it is not ahead of publication.
    future = tense == "future"
    candidates = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = _safe_date(y, month, day)
        if d:
            candidates.append(d)
    if not candidates:
        return None
    if future:  # the coming such day; one only days past is a deadline just missed ("by Jan. 14" on the 15th)
        ahead = [d for d in candidates if d >= dct - timedelta(days=7)]
        return min(ahead) if ahead else min(candidates, key=lambda d: abs((d - dct).days))
    # the nearest such day, the past preferred: a day ahead counts 90 days further away, and a day
    # more than three months ahead is not considered ("the October 7 attack" read in June is last October's)
    if tense == "past":
        candidates = [d for d in candidates if d <= dct + timedelta(days=1)] or candidates
    near = [d for d in candidates if d <= dct + timedelta(days=90)] or candidates
    return min(near, key=lambda d: (abs((d - dct).days) + (0 if d <= dct else 90)))


def _month_year(dct: date, month: int, rel: str, tense: str | None) -> int:
    if rel in ("last", "past", "previous"):
        return dct.year if month < dct.month else dct.year - 1
    if rel in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    if rel == "this":
        return dct.year
    if tense == "future":
        return dct.year if month >= dct.month else dct.year + 1
    # a weak past cue (a report verb, a distant verb in -ed) is enough when that month is at most 8 months back
    if tense == "past" or (tense == "past?" and (dct.month - month) % 12 <= 8):
        return dct.year if month <= dct.month else dct.year - 1
    # a bare month is the nearest such month, the past one on a tie ("in December" read in January
    # is last December; read in November, the coming one)
    options = [(abs((y * 12 + month) - (dct.year * 12 + dct.month)), y > dct.year or (y == dct.year and month > dct.month), y)
               for y in (dct.year - 1, dct.year, dct.year + 1)]
    return min(options)[2]


# The people a count names, then their living somewhere now
# (not "500 lives", a noun; nor "used to live")
_LIVE_THERE = re.compile(r"(?:\s+(?!used\b|to\b)[\w-]+){0,2}?\s+(?:still\s+)?(?:live|reside|are\s+(?:still\s+)?living)\b", re.IGNORECASE)
# words before a possessive day whose apostrophe was lost ("the toll from Tuesdays rocket attacks")
_POSSESSIVE_DAY_AFTER = re.compile(r"\b(?:from|of|in|after|since|to|during|before|following|the|at|with|over|amid|for|despite|"
                                   r"and|by)\s+$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:on\s+)?$"
                       # ("15 election workers on duty for the final phase of the national vote on Saturday": the vote's day)
                       r"|\b(?:for|before)\s+the\s+(?:[\w-]+\s+){0,5}?(?:vote|election|elections|poll|polls|referendum|runoff|run-off|"
                       r"summit|talks|match|final|ceremony|inauguration)\s+(?:on\s+)?$", re.IGNORECASE)


def _weekday_date(dct: date, weekday: int, future: bool, last: bool) -> date:
    if future:
        ahead = (weekday - dct.weekday()) % 7
        return dct + timedelta(days=ahead)
    # news convention: "on Monday" is the most recent Monday up to and including the publication day
    back = (dct.weekday() - weekday) % 7
    if last and back == 0:
        back = 7
    return dct - timedelta(days=back)


_COMPARED_WITH = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|against)\b[^.;:!?]*$", re.IGNORECASE)


def _relative_unit(text: str, s: int, e: int, g: dict, dct: date | None):
    unit = g["unit"].lower()
    rel = (g.get("rel") or g.get("prep") or "").lower()
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "weekend":
        if rel in ("over", "during", "on", "at", "since"):
            offset = 0 if dct is not None and dct.weekday() >= 5 else -1
            if _is_future(text, s, e):
                offset = 0
        if dct is None:
            return s, e, "DATE", "XXXX-WXX-WE", None, None, "week"
        anchor = dct + timedelta(weeks=offset)
        monday, _ = _week_span(anchor)
        sat = monday + timedelta(days=5)
        return s, e, "DATE", _week_value(anchor) + "-WE", sat, sat + timedelta(days=1), "week"
    if dct is None:
        code = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[unit]
        return s, e, "DATE", code, None, None, unit if unit in PRECISIONS else "unknown"
    if unit == "week":
        anchor = dct + timedelta(weeks=offset)
        first, last = _week_span(anchor)
        return s, e, "DATE", _week_value(anchor), first, last, "week"
    if unit == "month":
        anchor = _add_months(dct, offset)
        first, last = _month_span(anchor.year, anchor.month)
        return s, e, "DATE", f"{anchor.year}-{anchor.month:02d}", first, last, "month"
    if unit == "year":
        if offset == -1 and _COMPARED_WITH.search(text, max(0, s - 80), s) and _quarterly(text, s) \
                and not _OTHER_PERIOD.search(text, *_sentence_bounds(text, s)):
            return _reporting_quarter(text, s, e, dct, years_back=1)  # "earnings of $24 million, compared with a loss of $3 million last year"
        y = dct.year + offset
        return s, e, "DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "quarter":
        q = (dct.month - 1) // 3 + 1 + offset
        y = dct.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        first, last = _quarter_span(y, q)
        return s, e, "DATE", f"{y}-Q{q}", first, last, "quarter"
    if unit == "decade":
        d0 = (dct.year // 10 + offset) * 10
        return s, e, "DATE", str(d0 // 10), date(d0, 1, 1), date(d0 + 9, 12, 31), "decade"
    c0 = (dct.year // 100 + offset) * 100
    return s, e, "DATE", str(c0 // 100), date(c0, 1, 1), date(c0 + 99, 12, 31), "unknown"


def _clock_suffix(g: dict) -> str:
    """"T22:00" for a clock time matched before a day ("10 p.m. Wednesday", "noon Thursday"), else ""."""
    if g.get("noon"):
        # TIMEX3 writes midnight as the end of its day: "midnight Friday" closes Friday, T24:00
        hour, minute = (24, 0) if g["noon"].lower() == "midnight" else (12, 0)
    elif g.get("hour_of"):  # "4 in the morning", "6 in the evening"
        hour, minute = int(g["hour_of"]) % 12 + (0 if g["tod_of"].lower() == "morning" else 12), 0
    elif g.get("hour") and g.get("ampm"):
        hour = int(g["hour"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        minute = int(g["minute"] or 0)
    elif g.get("h24"):
        hour, minute = int(g["h24"]), int(g["m24"])
    else:
        return ""
    return f"T{hour:02d}:{minute:02d}" + ("Z" if g.get("utc") or g.get("utc24") else "")  # TIMEX3 marks UTC with Z


_QUARTER_WORDS = re.compile(r"\b(?:quarter|quarterly|period|three\s+months)\b", re.IGNORECASE)
_NAMED_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b", re.IGNORECASE)


def _quarterly(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence at ``start`` or the one before speaks of a quarter or a reporting period:
    in earnings news "up from a year ago" means the same quarter a year earlier. The expression's own
    words (``start`` to ``end``) do not count: "the same period last year" alone names no quarter."""
    spans = sentence_spans(text)
    k = sentence_of(spans, start) if spans else 0
    lo = spans[max(0, k - 1)][0] if spans else 0
    hi = spans[k][1] if spans else len(text)
    if end is None:
        return bool(_QUARTER_WORDS.search(text, lo, hi)) or _results_of_quarterly_report(text, spans[k] if spans else (0, len(text)))
    return bool(_QUARTER_WORDS.search(text, lo, start) or _QUARTER_WORDS.search(text, end, hi))


_QUARTER_NAMED = re.compile(r"\bquarter(?:ly)?\b", re.IGNORECASE)
_RESULTS = re.compile(r"\b(?:net\s+income|net\s+loss|profits?|revenues?|sales|earnings|earned|operating\s+income)\b", re.IGNORECASE)
_OTHER_PERIOD = re.compile(r"\b(?:nine|six)\s+months|\b(?:first|second)\s+half|\b(?:fiscal|full|calendar)[\s-]+year|\b(?:the|this)\s+year\b|\bannual", re.IGNORECASE)
_MONEY_AMOUNT = re.compile(r"[$£€¥#]\s?\d|\b\d[\d,.]*\s+(?:million|billion)\b")


def _results_of_quarterly_report(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence gives results in a story about a quarter named earlier ("Revenue declined 8% to
    $85.7 million, from $93.3 million a year earlier." three sentences after "a third-quarter net loss"):
    earnings news compares each figure with the same quarter a year before, unless the sentence names
    another period ("For the nine months ...")."""
    lo, hi = sentence
    return bool(_QUARTER_NAMED.search(text, 0, lo) and _RESULTS.search(text, lo, hi) and _MONEY_AMOUNT.search(text, lo, hi)
                and not _OTHER_PERIOD.search(text, lo, hi))


def _reporting_quarter(text: str, s: int, e: int, dct: date, years_back: int):
    """The quarter an earnings story reports on, ``years_back`` years earlier: the quarter its sentence
    names ("the third quarter"), else the last quarter completed before publication."""
    lo, hi = _sentence_bounds(text, s)
    named = _NAMED_QUARTER.search(text, lo, hi)
    if named:
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[named.group(1).lower()]
        y = dct.year if q <= (dct.month - 1) // 3 + 1 else dct.year - 1
    else:
        anchor = _add_months(date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1), -3)
        y, q = anchor.year, (anchor.month - 1) // 3 + 1
    y -= years_back
    first, last = _quarter_span(y, q)
    return s, e, "DATE", f"{y}-Q{q}", first, last, "quarter"


def _ago(s: int, e: int, g: dict, dct: date | None):
    n = _num(g.get("num"))
    unit = g["unit"].lower().rstrip("s").replace("centurie", "century")
    direction = g["dir"].lower()
    sign = 1 if direction in ("later", "after that", "from now", "hence", "time") else -1
    precision = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "day", "minute": "day",
                 "second": "day", "decade": "decade", "quarter": "quarter", "fortnight": "week"}.get(unit, "unknown")
    if n is None:
        return s, e, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, "unknown"
    if dct is None:
        return s, e, "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(precision, "XXXX"), None, None, precision
    if g.get("today") and unit in ("day", "week", "fortnight", "month", "year"):
        # "a week ago today", "a year ago today": that many units back to the day
        d = dct - timedelta(days=n) if unit == "day" else dct - timedelta(weeks=n * (2 if unit == "fortnight" else 1)) \
            if unit in ("week", "fortnight") else _add_months(dct, -n * (12 if unit == "year" else 1))
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if unit in ("day", "hour", "minute", "second"):
        # "48 hours ago" is two days back (a whole number of days only: "six hours ago" is still the day)
        days = n if unit == "day" else n // 24 if unit == "hour" and n >= 24 and n % 24 == 0 else 0
        d = dct + timedelta(days=sign * days)
        return s, e, "DATE", d.isoformat(), d, d, "day"
    if unit in ("week", "fortnight"):
        d = dct + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
        if sign < 0 and float(n).is_integer() and not g.get("q"):
            # "two weeks ago", "a week ago": the day that many weeks back, as TimeBank and MEANTIME annotate it
            # (but "nearly two weeks ago" stays a week)
            return s, e, "DATE", d.isoformat(), d, d, "day"
        first, last = _week_span(d)
        return s, e, "DATE", _week_value(d), first, last, "week"
    if unit == "month":
        d = _add_months(dct, sign * n)
        first, last = _month_span(d.year, d.month)
        return s, e, "DATE", f"{d.year}-{d.month:02d}", first, last, "month"
    if unit == "quarter":
        d = _add_months(dct, sign * 3 * n)
        q = (d.month - 1) // 3 + 1
        first, last = _quarter_span(d.year, q)
        return s, e, "DATE", f"{d.year}-Q{q}", first, last, "quarter"
    years = n * {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    y = dct.year + sign * years
    return s, e, "DATE", str(y), date(y, 1, 1), date(y, 12, 31), "year"


# Half of a unit, written in the next smaller one (TIMEX3 values have no fractions of years or hours).
_HALF_AS = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}


# a number and up to three words right before "a week": the count per week ("four flights a week")
_RATE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|"
                          r"thousand|million|billion|dozen))(?:\s+(?!(?:for|in|within|over|about|after|of|by|during|than|to|at|on)\b)[A-Za-z]+){0,3}\s+$")


def _duration(text: str, s: int, e: int, g: dict, name: str):
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    unit = unit[:-1] if unit.endswith("s") else unit
    unit = unit.replace("centurie", "century")
    code = UNITS.get(unit)
    if code is None:
        return None
    if re.match(r"[\s-]+old\b", text[e : e + 6]):
        return None  # "52 years old", "a 44-year-old": an age, not a stretch of time
    if unit == "quarter" and ("-" in text[s:e] or re.match(r"\s*,?\s+of\b", text[e : e + 7])):
        return None  # "three-quarters of the town" is a fraction, not nine months
    raw = g.get("num")
    n = _num(raw)
    if name == "plural_unit" or (raw is None and name == "dur_past" and text[s:e].lower().endswith("s")):
        n = None
    elif raw is None:
        n = 1
    if raw and raw.lower() in ("a", "an") and unit == "second" and re.match(r"\s+[A-Za-z]", text[e : e + 3]):
        return None  # "a second group", "A second A380": an ordinal, not one second
    if name == "duration" and raw and raw.lower() in ("a", "an") and not g.get("q") and _RATE_BEFORE.search(text, max(0, s - 40), s):
        # "15 a year", "four flights a week", "$500 million a year": a rate, TIMEX3's SET
        return s, e, "SET", (f"PT1{code}" if unit in ("second", "minute", "hour") else f"P1{code[0]}"), None, None, "unknown"
    if unit == "quarter" and n is not None and n > 40:
        return None  # "the 1988 quarters": a year naming quarters, not 1,988 of them
    if n is not None and (g.get("half") or g.get("half_after")):
        n = n + 0.5  # "two and a half years", "an hour and a half"
    if code == "W2":
        code, n = "W", (n or 1) * 2
    # TimeBank writes decades, centuries and quarters in years and months ("the past decade" = P10Y)
    factor = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3)}.get(code)
    if factor:
        code, n = factor[0], (None if n is None else n * factor[1])
    time_unit = unit in ("hour", "minute", "second")
    if n is not None and float(n) % 1 == 0.5 and unit in _HALF_AS:
        # a half in the next smaller unit: "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M, "1.5 days" = P1DT12H
        value = ("PT" if time_unit else "P") + f"{int(n)}{code}{_HALF_AS[unit]}"
        return s, e, "DURATION", value, None, None, "unknown"
    quantity = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    value = ("PT" if time_unit else "P") + quantity + code
    return s, e, "DURATION", value, None, None, "unknown"


# --- public API --------------------------------------------------------------------------------------

DATE_COLUMNS = ("text", "char_start", "char_end", "type", "value", "start", "end", "precision", "relation")


def find_dates(text: str, published: str | date | None = None) -> pd.DataFrame:
    """Temporal expressions in ``text`` with TIMEX3 values resolved against ``published``.

    Columns: text, char_start, char_end, type (DATE/TIME/DURATION/SET), value, start, end
    (the interval as ISO dates; empty when unresolved), precision, relation (since/until/... when a
    preposition governs the expression).
    """
    rows = [fields_dict(m) for m in date_mentions(text or "", published)]
    return pd.DataFrame.from_records(rows, columns=list(DATE_COLUMNS))


# Nouns that end in "est" are not superlatives ("the unrest since May 2023", "protests since January").
_NOUNS_IN_EST = ("unrest", "protest", "arrest", "interest", "contest", "request", "forest", "harvest", "inquest", "conquest",
                 "manifest", "behest", "west", "rest", "test", "quest", "nest", "chest", "vest", "guest", "pest", "zest", "crest")
# a superlative in -est ("deadliest", "highest"; not "unrest", nor "northwest")
_IN_EST = r"\w+est\b" + "".join(r"(?<!\b%s)" % n for n in _NOUNS_IN_EST) + r"(?<!northwest)(?<!southwest)(?<!midwest)"
_SUPERLATIVE_SINCE = re.compile(r"\b(?:" + _IN_EST + r"|worst|first|most\s+\w+|highest|lowest)(?:\s+(?!(?:of|in|to)\b)[\w-]+){0,2}\s+since\s+$",
                                re.IGNORECASE)  # ("the deadliest attack since 2015")
# "the most serious report since the attack on March 19 that killed at least 30": the event's own figures
# (not "and that", a second thing said: "… dispatched since January and that about 2,000 casualties had been reported")
_WHICH_RIGHT_AFTER = re.compile(r"\s*,?\s+(?:that|which)\b", re.IGNORECASE)
_EVENT_CLAUSE = re.compile(r"(?:\s+[\w'’-]+){0,8}?(?:\s*,?\s+when|(?<!\band)(?<!\bbut)\s*,?\s+(?:that|which|in\s+which))\b[^,;.:]{0,80}", re.IGNORECASE)
# "the highest daily figure so far this year" compares too ("so far" after a superlative)
_SUPERLATIVE_IN = re.compile(r"\b(?!latest\b)(?:" + _IN_EST + r"|worst|most\s+\w+|highest|lowest)(?:\s+(?!(?:of|to|on|at|and)\b)[\w-]+){0,2}"
                             # ("the deadliest attack on civilians in Ukraine this year")
                             r"(?:\s+(?:on|against|in|at)\s+(?!(?:the\s+)?(?:\d|(?-i:[A-Z][a-z]+day)\b))(?:the\s+)?[\w-]+){0,2}"
                             r"\s+(?:so\s+far\s+)?(?:in\s+|of\s+|for\s+)?$", re.IGNORECASE)
# "…, the third such attack this month", "…, the second attack on the city this week": an appositive that ranks the
# event among others over a stretch, not the figure's date
_ORDINAL_IN = re.compile(r",\s+(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                         r"(?:such\s+)?[\w-]+(?:\s+(?:on|in|against)\s+(?:the\s+)?[\w'’-]+)?\s+(?:so\s+far\s+)?(?:in\s+)?$", re.IGNORECASE)
# ("one of the deadliest on troops this year", "the worst for civilians this month": compared over a year or month)
_SUPERLATIVE_ON_WHOM = re.compile(r"\b(?:" + _IN_EST + r"|worst|highest)(?:\s+[\w-]+)?\s+(?:on|against|for|among)\s+(?:the\s+)?[a-z-]+\s+(?:in\s+)?$",
                                  re.IGNORECASE)
_SUPERLATIVE_SO_FAR = re.compile(r"\b(?:" + _IN_EST + r"|worst|most|record)\b[^,;.]{0,45}?\bso\s+far\s+(?:in\s+)?$", re.IGNORECASE)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _is_baseline_of(text: str, baseline, level) -> bool:
    """"rose to 500 tonnes from 300 tonnes in the same period last year", "from 300 to 500": the level a
    change reached does not share the date of the level it started from."""
    return bool(_FROM_BEFORE.search(text, max(0, baseline.char_start - 12), baseline.char_start)
                and _TO_BEFORE.search(text, max(0, level.char_start - 12), level.char_start))


_BASELINE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|during|on|at))?(?:\s+(?:all|the\s+whole|the\s+entire)\s+of)?|versus|vs\.?|"
                              # ("nearly twice as many as in the whole of 2024": the amount compared with)
                              r"(?:many|much|high|large|big|low|few|fast)\s+as\s+(?:in|during|on|at)?(?:\s+(?:all|the\s+whole|the\s+entire)\s+of)?|"
                              # "up 8% from 2023", "rose 3.1 percent from a year earlier": the change's baseline
                              r"(?:up|down|rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped|slipped)\s+"
                              r"(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+(?:from|on|over)(?:\s+the\s+same\s+\w+\s+(?:of|in))?|"
                              # ("…, up 25 from the previous day", "an increase of 25 from Monday": the change's baseline)
                              r"(?:up|down)\s+[\d.,]+\s+from|(?:an?\s+)?(?:increase|rise|jump|drop|decrease|fall)\s+of\s+[\d.,]+\s+(?:from|on|over|since)|"
                              # "a record 3.2 million, doubling from a year earlier", "$40 billion, up from a year ago"
                              r"(?:up|down|doubl(?:ed|ing)|tripl(?:ed|ing)|halv(?:ed|ing)|rising|falling|rose|fell|increas(?:ed|ing)|"
                              r"decreas(?:ed|ing)|grew|growing|dropp(?:ed|ing)|declin(?:ed|ing)|climb(?:ed|ing)|jump(?:ed|ing))"
                              r"(?:\s+(?:sharply|slightly|steeply|markedly))?\s+from|"
                              # "triple the number a year ago", "twice the level of last year"
                              r"(?:double|triple|twice|thrice|half|\w+\s+times)\s+(?:the\s+)?(?:number|figure|level|total|amount|rate|toll)"
                              r"(?:\s+(?:of|in|for))?)\s+$",
                              re.IGNORECASE)
# "a 24% increase on the previous quarter", "a rise over last year": the period a change is measured against
_CHANGE_ON_BEFORE = re.compile(r"\b(?:increase|rise|drop|decrease|fall|decline|jump|surge|fall-off|reduction)\s+(?:on|over|from)\s+$",
                               re.IGNORECASE)


# An afterthought that measures the figure against another toll the figure's sentence does not give: the date in it is
# that toll's ("…, more than double the toll Congolese authorities had given last week")
_AGAINST_ANOTHER_TOLL = re.compile(
    r",\s*(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|well\s+)?(?:double|twice|triple|three\s+times|four\s+times"
    r"|higher\s+than|lower\s+than|above|below|far\s+(?:above|below)|up\s+from|down\s+from|compared\s+(?:with|to))\s+"
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:toll|figure|number|estimate|tally|count|total)\b[^,;.!?]*$", re.IGNORECASE)


# A clause that tells where (or with what) the event of a dated figure before it happened
_WHERE_IT_HAPPENED = re.compile(r",\s+(?:where|in\s+which|during\s+which)\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
_OTHER_TIME_WORDS = re.compile(r"\b(?:since|ago|earlier|previous|previously|last|before|until|year|years|month|months|week|weeks)\b",
                               re.IGNORECASE)
_AT_THE_TIME = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+at\s+the\s+time\b", re.IGNORECASE)


def _measured_against(text: str, sentence_start: int, m: DateMention) -> bool:
    """Whether the date is the baseline a figure or a change is compared with ("compared with last year", "up 8%
    from 2023", "a 24% increase on the previous quarter")."""
    window = max(sentence_start, m.char_start - 20)
    return bool(_BASELINE_BEFORE.search(text, window, m.char_start) or _CHANGE_ON_BEFORE.search(text, window, m.char_start)
                or _THAN_AT_AN_EARLIER_EVENT.search(text, max(sentence_start, m.char_start - 60), m.char_start))


# "about 2 points lower than in the previous election in 2021": the event compared with, then its date
_THAN_AT_AN_EARLIER_EVENT = re.compile(r"\bthan\s+(?:in|at|during|for)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,4}?(?:in|on|of)\s+$",
                                       re.IGNORECASE)


_REPORTING = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|disclosed|confirmed|revealed|report|statement|briefing)\b"
    r"(?:\s+(?:in|a|an|the|on|over|late|early|statement|interview|briefing|press|conference|to|reporters|lawmakers|journalists|"
    # "said in his nightly address on Wednesday", "said in a televised speech on Monday"
    r"his|her|their|its|nightly|evening|weekly|televised|video|address|speech|remarks|post))*\s*$",
    re.IGNORECASE,
)


_BARE_CLOCK = re.compile(r"[\d:.\s]+(?:[ap]\.?m\.?)?\s*(?:UTC|GMT|Z|local\s+time)?", re.IGNORECASE)


def date_figures(text: str, figures: list, published: str | date | None) -> list[FigureDate]:
    """The date each figure refers to: in its sentence, its reporting clause, an earlier sentence, or the publication."""
    pub = _to_date(published)
    all_mentions = date_mentions(text, pub)
    # "April 15, 2023 — Fighting erupts … / June 2023 — …": a timeline's entries, each dating its own lines, none the story's
    entry_starts = _timeline_entries(text, all_mentions)
    story_date = next((m for m in all_mentions if m.char_start not in entry_starts
                       and (_is_the_stories_own_date(text, m) or (pub is None and _a_dated_dateline(text, m)))), None)
    if story_date is not None and story_date.start != (pub.isoformat() if pub else None):
        # the story's own date at its top ("… Monitor AFP Sunday 1 Feb 2015 At least seven …") is the day it was
        # written, whatever a feed's metadata says: "on Sunday" and the rest count from it
        pub = date.fromisoformat(story_date.start)
        all_mentions = date_mentions(text, pub)
        entry_starts = _timeline_entries(text, all_mentions)
    # a clock time alone ("at 0830 GMT") says nothing about the day: the story's day comes from elsewhere
    mentions = _parts_of_periods(text, _periods_ending(text, _joined_spans(text, [m for m in all_mentions if m.type in ("DATE", "TIME") and m.value not in ("FUTURE_REF",)
                                    and not (m.type == "TIME" and _BARE_CLOCK.fullmatch(m.text))])))
    spans = sentence_spans(text)
    # "over the past week", "in the last three days": a period that ends at the publication date
    lookback: dict[int, DateMention] = {}
    if pub is not None:
        for m in all_mentions:
            start = _lookback_start(m, pub, subject=(_A_STRETCH_OF.match(text, m.char_end) is not None
                                                     and not text[spans[sentence_of(spans, m.char_start)][0] : m.char_start].strip())
                                    or _IN_THE_LAST_HOURS.match(text, m.char_start, m.char_end) is not None
                                    and _PERFECT_JUST_BEFORE.search(text, max(spans[sentence_of(spans, m.char_start)][0], m.char_start - 80), m.char_start) is not None
                                    and not _OF_AN_EVENT_AFTER.match(text, m.char_end)
                                    # ("have been killed in four days of clashes": the clashes' days up to the report)
                                    or _DAYS_OF_FIGHTING.match(text, m.char_end) is not None
                                    and _PERFECT_JUST_BEFORE.search(text, max(spans[sentence_of(spans, m.char_start)][0], m.char_start - 80), m.char_start) is not None
                                    # ("In the 48 hours since the ceasefire took effect, 12 people were killed": up to the report)
                                    or (m.text.lower().startswith("the ") and _SINCE_AFTER_A_STRETCH.match(text, m.char_end) is not None))
            if start is not None:
                lookback.setdefault(sentence_of(spans, m.char_start), DateMention(
                    m.text, m.char_start, m.char_end, "DATE", m.value, start.isoformat(), pub.isoformat(), "day", "since"))
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        if m.start is None and m.value and "X" in m.value and pub is not None:
            continue  # "Eighteen months later", "77 minutes later" from a moment never named: no day to date a figure with
        by_sentence.setdefault(sentence_of(spans, m.char_start), []).append(m)
    # A date in the reporting clause ("said on Monday") dates every figure of its sentence; any other
    # date belongs to the figure nearest to it ("arrested 12 on Saturday and three on Sunday").
    owner: dict[int, int] = {}
    shared: dict[int, DateMention] = {}  # figures that share a date another figure owns
    by_sentence_figs: dict[int, list[int]] = {}
    for i, fig in enumerate(figures):
        if getattr(fig, "kind", "count") not in ("age", "ordinal", "duration"):
            # "a 15-year-old" does not own "on Wednesday"; "the first nine months of 2023" is part of the date
            by_sentence_figs.setdefault(fig.sentence_index, []).append(i)
    for sentence, at in by_sentence_figs.items():
        # nor does a distance that says where, beside a figure that counts ("About 16,000 people fled to the town of
        # Tawila, 60 km away, on Friday and Saturday")
        where = [i for i in at if getattr(figures[i], "kind", None) == "measure" and _A_DISTANCE_AWAY.match(text, figures[i].char_end)]
        if where and len(where) < len(at):
            by_sentence_figs[sentence] = [i for i in at if i not in where]
    reporting: dict[int, DateMention] = {}
    datelines: dict[int, DateMention] = {}
    entries: dict[int, DateMention] = {}
    # "over a 2022 attack on a stadium that killed 41": the year names the event, and the figures of the relative clause
    # about it happened then, whatever figure stands nearer
    event_year: dict[int, DateMention] = {}
    for sentence, here in by_sentence.items():
        for m in here:
            if ((m.precision == "year" and re.fullmatch(r"\d{4}", m.text))
                    or (m.precision == "day" and _MONTH_AND_DAY.fullmatch(m.text))) \
                    and _ARTICLE_BEFORE.search(text, max(0, m.char_start - 5), m.char_start) \
                    and (relative := _EVENT_THEN_RELATIVE.match(text, m.char_end)) is not None:
                # ("marked the second anniversary of the October 7 attack, in which 1,200 people were killed": the
                # attack's day two years before the anniversary just resolved)
                m = _years_before_an_anniversary(text, m, spans[sentence][0])
                stop = _PUNCT_BREAK.search(_DIGIT_GROUP.sub("0", text[relative.end() : spans[sentence][1]]))
                stop_at = relative.end() + stop.start() if stop else None
                for i in by_sentence_figs.get(sentence, []):
                    if relative.end() <= figures[i].char_start and (stop_at is None or figures[i].char_end <= stop_at):
                        event_year[i] = m
    naming_an_event = {id(m) for m in event_year.values()}
    for sentence, here in by_sentence.items():
        for m in here:
            if m.relation == "since" or m.value in ("PAST_REF", "PRESENT_REF"):
                continue
            if m.relation == "until" and _A_RELATIVE_CLAUSE_UP_TO.search(text, max(spans[sentence][0], m.char_start - 90), m.char_start):
                continue  # "a town … that had been held by paramilitary forces until March": how long the town's state lasted
            if id(m) in naming_an_event or _AN_ANNIVERSARY_OF.search(text, max(spans[sentence][0], m.char_start - 40), m.char_start):
                continue  # (not the day of "convicted two men over the 2015 massacre in which 130 died": the massacre's; nor
                # that of "marking the anniversary of last year's protests": the day remembered, not the figures')
            window = text[max(spans[sentence][0], m.char_start - 40) : m.char_start]
            if (_REPORTING.search(window) and not _reported_of_a_count(text, figures, by_sentence_figs.get(sentence, []), m)) \
                    or _AS_OF.search(window) or _DOCUMENT_ISSUED.search(window):
                # ("14 dead, 9 missing and 27 injured as of Sunday"; "A study published last year estimated …": the
                # document's day, as a reporting clause's, which a date in the figure's own clause overrides)
                reporting.setdefault(sentence, m)
            elif m.char_start in entry_starts:
                entries.setdefault(sentence, m)  # "April 2025 — The RSF overruns Zamzam; aid groups say more than 400 …"
            elif _in_a_dateline(text, m):
                datelines.setdefault(sentence, m)  # "MOSCOW, March 11 (Reuters) -": the report's day, unless a clause names it
            elif _measured_against(text, spans[sentence][0], m):
                continue  # "fell by 60 percent compared with the same period last year": the baseline's date, not the figure's
            elif (_SUPERLATIVE_IN.search(text, max(spans[sentence][0], m.char_start - 70), m.char_start)
                  or _ORDINAL_IN.search(text, max(spans[sentence][0], m.char_start - 60), m.char_start)) and m.relation != "since":
                continue  # "the deadliest attack this year", "the third such attack this month": the stretch it is compared
                # over, not the figure's date
            elif _AHEAD_OF.search(text, max(spans[sentence][0], m.char_start - 70), m.char_start):
                continue  # "deployed 4,000 police ahead of Sunday's vote": the day of the event waited for, not the figure's
            elif "according" in text[spans[sentence][0] : m.char_start] \
                    and (about := _ABOUT_THE_SOURCE.search(text, spans[sentence][0], m.char_start)) is not None \
                    and not any(about.start() <= figures[x].char_start < m.char_start for x in by_sentence_figs.get(sentence, ())):
                continue  # "85% of deaths, according to the WHO, which declared an emergency on Aug. 14": the source's deed
            elif re.match(r"['’]s\b", text[m.char_end : m.char_end + 3]) \
                    and _TOLL_WORD.search(text, spans[sentence][0], spans[sentence][1]) and any(
                    _REPORTING.search(text[max(spans[sentence][0], o.char_start - 25) : o.char_start]) for o in here if o is not m):
                continue  # "the toll from Sunday's strikes has risen to 15, the governor said on Monday": the event's day
            elif _TOLL_WORD.search(text, spans[sentence][0], m.char_start) \
                    and _IN_A_RELATIVE_CLAUSE.search(text, max(spans[sentence][0], m.char_start - 50), m.char_start) \
                    and not any(spans[sentence][0] <= figures[x].char_start < m.char_start for x in by_sentence_figs.get(sentence, ())) \
                    and any((_REPORTING.search(text[max(spans[sentence][0], o.char_start - 40) : o.char_start])
                             or _AS_OF.search(text[max(spans[sentence][0], o.char_start - 12) : o.char_start])) for o in here if o is not m):
                continue  # "The death toll from the earthquake that struck on New Year's Day rose to 202 as of 2 p.m. Friday": the quake's day
            elif (against := _AGAINST_ANOTHER_TOLL.search(text, max(spans[sentence][0], m.char_start - 120), m.char_start)) is not None \
                    and not any(against.start() <= figures[x].char_start < m.char_start for x in by_sentence_figs.get(sentence, ())):
                continue  # "…, the U.N. said on Tuesday, more than double the toll the authorities had given last week": that toll's day
            elif by_sentence_figs.get(sentence):
                # (a semicolon ends the clause: "Apollo 11 landed in 1969; MH17 was downed with 298 aboard")
                same_clause = [i for i in by_sentence_figs[sentence] if ";" not in _between(text, m, figures[i])
                               # ("struck Beirut overnight, hours after the ministry said 558 people had been killed on
                               # Monday": the main clause's night, not the day of what the clause after "hours after" tells)
                               and not (m.char_end <= figures[i].char_start and _A_TIME_AFTER.search(_between(text, m, figures[i]))
                                        and any(o.char_start > m.char_end and o.relation != "since" for o in here if o is not m))
                               # ("Monday's toll surpassed the roughly 1,200 people killed during the 2006 war": the
                               # figure measured against has its own day, not the day of what surpassed it)
                               and not (m.char_end <= figures[i].char_start
                                        and _MEASURED_AGAINST_THE.search(text[m.char_end : figures[i].char_start]))
                               # ("At least 252 people have been killed in the unrest, a rights group said, as protesters
                               # clashed with police again on Christmas Eve": a running total, and the day of what goes on
                               # as it is told)
                               # ("58 for Jacob Zuma's MK party, which was formed only in December": the party's birth)
                               # ("The group, which was founded in 2015, killed 30 soldiers" neither)
                               and not _FOUNDED_RELATIVE.search(text[max(spans[sentence][0], m.char_start - 60) : m.char_start])
                               and not (figures[i].char_end <= m.char_start and _FOUNDED_RELATIVE.search(_between(text, m, figures[i])))
                               and not (figures[i].char_end <= m.char_start and _SAID_THEN_AS.search(_between(text, m, figures[i]))
                                        and _PERFECT_IN_THE_FIGURES_CLAUSE.search(text, figures[i].char_end, figures[i].char_end + 60))]
                aside = _relative_aside_around(text, spans[sentence], m)
                if aside is not None:
                    # "Opposition parties, which say the Oct. 26 election was rigged, put the number of detained at
                    # nearly 450": a date inside a relative aside dates only what the aside tells
                    same_clause = [i for i in same_clause if aside[0] <= figures[i].char_start and figures[i].char_end <= aside[1]]
                if same_clause and _IN_A_RELATIVE_CLAUSE.search(text, max(spans[sentence][0], m.char_start - 50), m.char_start):
                    # "200,000 people lived in eastern Aleppo and the only route out has been cut following fighting that
                    # erupted on Thursday": the day of another clause's noun, not of a figure before that clause
                    same_clause = [i for i in same_clause if not (
                        figures[i].char_end <= m.char_start and _NEW_SUBJECT_CLAUSE.search(text, figures[i].char_end, m.char_start))]
                if same_clause and _RELATIVE_WITH_ITS_VERB.search(text, max(spans[sentence][0], m.char_start - 90), m.char_start):
                    # "The Kurdish YPG forces which drove Islamic State from Kobane last month … had seized 70 villages": the
                    # relative clause has its verb and its day; the main clause's verb after it has a figure of its own
                    # (but "The war, which began in 2011, has killed 280,000": the onset of a running total)
                    same_clause = [i for i in same_clause if not (
                        figures[i].char_start >= m.char_end and _MAIN_VERB_RESUMES.match(text, m.char_end, figures[i].char_start))]
                if same_clause and _tense(text, m.char_start, m.char_end) == "future":
                    # "destroyed 12,000 structures, officials said, as forecasters warned that gusts would return this
                    # week": a date in a clause about what is to come is not the day of a past figure before it
                    same_clause = [i for i in same_clause if not (
                        ((figures[i].char_end <= m.char_start and _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", _between(text, m, figures[i]))))
                         # ("pledged to deliver two more systems by the end of the year and said it had already handed over
                         # some 60 tanks": the second verb's past deed is not due by the deadline)
                         or _a_past_deed_said_after(text, m, figures[i]))
                        and _tense(text, figures[i].char_start, figures[i].char_end) in ("past", "past?"))]
                if same_clause:
                    nearest = min(same_clause, key=lambda i: (_gap(m, figures[i], text), i))
                    whole = same_clause[same_clause.index(nearest) - 1] if same_clause.index(nearest) else None
                    if whole is not None and figures[whole].char_end <= m.char_start and m.char_end <= figures[nearest].char_start \
                            and PART_OF_THEM.match(text, figures[nearest].char_end):
                        nearest = whole  # "killed at least 22 people … on Wednesday, seven of them children": the whole's day
                    elif whole is not None and figures[nearest].char_end <= m.char_start \
                            and re.fullmatch(r"\s+from\s+", text[figures[whole].char_end : figures[nearest].char_start]) \
                            and _is_baseline_of(text, figures[nearest], figures[whole]) and m.precision == "day" and re.fullmatch(r"\s*(?:on\s+)?", text[figures[nearest].char_end : m.char_start]):
                        nearest = whole  # "Deaths rose to 52 from 40 on Monday": the day of the rise, not of the level before it
                    owner[id(m)] = nearest
                    earlier = same_clause[same_clause.index(nearest) - 1] if same_clause.index(nearest) else None
                    if earlier is not None and figures[nearest].char_end <= m.char_start \
                            and _ABOARD_BEFORE.search(text, max(0, figures[nearest].char_start - 30), figures[nearest].char_start) \
                            and _EVENT_CLAUSE_BETWEEN.fullmatch(text, figures[earlier].char_end, figures[nearest].char_start):
                        # "61 migrants drowned after a boat carrying about 160 people sank on Sunday": the day of the
                        # sinking is the drowning's, and the people aboard were aboard that day too
                        owner[id(m)] = earlier
                        shared[nearest] = m
    # a dateline dates what no clause of its sentence dates, but unlike a reporting clause it does not keep the
    # sentence's one date from its other figures ("Dhaka, Aug 5 (PTI) At least 91 were killed and hundreds injured on Sunday")
    told = set(reporting)
    for sentence, m in datelines.items():
        reporting.setdefault(sentence, m)
    # "the deadliest since 2019, when 40 people died": the figures of a "when" clause happened on its date
    when_date: dict[int, DateMention] = {}
    for sentence, here in by_sentence.items():
        for m in here:
            if _WHEN_AFTER.match(text, m.char_end):
                for i in by_sentence_figs.get(sentence, []):
                    if figures[i].char_start > m.char_end and not re.search(r"[;:]", text[m.char_end : figures[i].char_start]):
                        when_date[i] = m
    as_of = _heading_as_of(text, mentions)
    breakdown: dict[int, FigureDate] = {}  # sentence → the date of a toll whose parts follow a colon
    parts_of_before: set[int] = set()  # figures dated as parts of a group in the sentence before
    out = []
    for i, fig in enumerate(figures):
        sentence = fig.sentence_index
        here = by_sentence.get(sentence, [])
        if i in when_date or i in event_year:
            m = when_date.get(i) or event_year[i]
            out.append(FigureDate(m.start, m.end, m.precision, m.text, m.value, "explicit", None))
            continue
        if pub is not None and (_SIZE_OF_A_PLACE.search(text, max(0, fig.char_start - 30), fig.char_start)
                                or _LIVE_THERE.match(text, fig.char_end)):
            # "the country of 170 million people": a place's size is no count of the story's days, nor are the people who
            # live in a place ("a siege of eastern Aleppo, where more than 250,000 people live", in a sentence about Friday)
            out.append(_at_publication(pub))
            continue
        event = next((m for m in here if m.relation == "since" and m.precision in ("day", "month", "year") and m.char_end <= fig.char_start
                      and _EVENT_CLAUSE.fullmatch(text, m.char_end, fig.char_start)
                      # (not "responded to 1,232 attacks since January, which killed 131 people": "which" right after a
                      # month or a year of a running stretch goes back to the attacks, not to a time; but "the worst
                      # flooding since 2010, which killed 1,700" compares with the floods of 2010)
                      and not (m.precision in ("month", "year") and _WHICH_RIGHT_AFTER.match(text, m.char_end)
                               and not _compares_since(text, m))
                      # (not "under siege since 2012, which has trapped 300,000": what has gone on since then)
                      and not _HAS_DONE.search(text, m.char_end, fig.char_start)), None)
        if event is not None:
            out.append(FigureDate(event.start, event.end, event.precision, event.text, event.value, "explicit", None))
            continue
        # "the deadliest since 2015" compares; it does not say what period the figure covers
        period = [m for m in here if m.relation == "since" and not _compares_since(text, m)
                  and not _SUPERLATIVE_SO_FAR.search(text, max(spans[sentence][0], m.char_start - 70), m.char_start)
                  and not (m.char_start > fig.char_end and _PLACE_RELATIVE.search(text, fig.char_end, _since_phrase(text, m).char_start))
                  and not (m.char_start > fig.char_end and _RAISES_A_TOTAL.search(text, fig.char_end, _since_phrase(text, m).char_start))
                  # ("more than 52,000 … killed since the war began, including over 2,000 since … March 18": the part's
                  # stretch, not the whole's)
                  and not (m.char_start > fig.char_end and any(
                      fig.char_end < figures[x].char_start and figures[x].char_end <= m.char_start
                      and not re.search(r"[,;:()]", _DIGIT_GROUP.sub("", text[figures[x].char_end : _since_phrase(text, m).char_start]))
                      and _LISTED_PART_BEFORE.search(text, max(fig.char_end, figures[x].char_start - 16), figures[x].char_start)
                      for x in by_sentence_figs.get(sentence, ())))
                  # ("more than 8,000 Ukrainians remain in captivity, many of them since the early months of the invasion": the
                  # stretch of a part the sentence does not count)
                  and not (m.char_start > fig.char_end and _UNCOUNTED_PART_BEFORE.search(text, fig.char_end, _since_phrase(text, m).char_start))
                  # ("200,000 people lived there and the route out has been cut since fighting erupted on Thursday")
                  and not (m.char_start > fig.char_end and _NEW_SUBJECT_CLAUSE.search(text, fig.char_end, _since_phrase(text, m).char_start))
                  # ("12 camps had been emptied since January, and that cholera cases had doubled to more than 400": the
                  # second thing said has a subject and a verb of its own)
                  and not (m.char_end <= fig.char_start and (_NEW_SUBJECT_CLAUSE.search(text, m.char_end, fig.char_start)
                                                             or _AND_THAT_BEFORE.search(text, m.char_end, fig.char_start))
                           and not _FRONTED.fullmatch(text, spans[sentence][0], _since_phrase(text, m).char_start))
                  and (_FRONTED.fullmatch(text, spans[sentence][0], _since_phrase(text, m).char_start)
                       or not _other_clause_between(text, m, fig, [figures[x] for x in by_sentence_figs.get(sentence, ()) if x != i]))]
        # of two periods, the one in the figure's own clause, then the nearer ("…, 1,000 of them since late September")
        period.sort(key=lambda m: (not _in_one_clause(text, m, fig), _gap(m, fig, text)))
        period_start = period[0].start if period else None
        own_period = period[0] if period and _in_one_clause(text, period[0], fig) else None
        own = [m for m in here if owner.get(id(m)) == i] or ([shared[i]] if i in shared else [])
        if not own and i + 1 < len(figures) and figures[i + 1].sentence_index == sentence \
                and figures[i + 1].char_start - fig.char_end < 60 and _NOUN_THEN_AND.fullmatch(text, fig.char_end, figures[i + 1].char_start):
            # "launched 147 drones and two ballistic missiles overnight": both were launched overnight
            own = [m for m in here if owner.get(id(m)) == i + 1 and m.char_start >= figures[i + 1].char_end
                   and not _PUNCT_BREAK.search(text[figures[i + 1].char_end : m.char_start])]
        if not own and i + 1 < len(figures) and figures[i + 1].sentence_index == sentence \
                and _VERB_THEN_AND.fullmatch(text, fig.char_end, figures[i + 1].char_start):
            # "More than 100 civilians were killed and 700 injured on Thursday, …, officials said on Saturday": the second
            # clause leaves out the first's verb, and the day after it is both clauses'
            own = [m for m in here if owner.get(id(m)) == i + 1 and m.char_start >= figures[i + 1].char_end
                   and _ELIDED_VERB_THEN_DAY.fullmatch(text, figures[i + 1].char_end, m.char_start)]
        if not own and i + 1 < len(figures) and figures[i + 1].sentence_index == sentence \
                and _WHOLE_THEN_ITS_PART.fullmatch(text, fig.char_end, figures[i + 1].char_start):
            # "At least 126 people including 68 children were killed Saturday …, a group said Sunday": the verb after the
            # part is the whole's, and so is its day
            aside = "," in text[fig.char_end : figures[i + 1].char_start]  # (", including 68 children, were killed")
            last = i + 1  # (the last of the parts listed: "including 10 women and three infants, were killed … on Thursday")
            while last + 1 < len(figures) and figures[last + 1].sentence_index == sentence \
                    and _LISTED_PART_AND.fullmatch(text, figures[last].char_end, figures[last + 1].char_start):
                last += 1
            own = [m for m in here if owner.get(id(m)) == last and m.char_start >= figures[last].char_end
                   and not _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", text[figures[last].char_end : m.char_start]).replace(",", "", 1 if aside else 0))]
        if not own and i + 1 < len(figures) and figures[i + 1].sentence_index == sentence \
                and _AMONG_THE_NEXT.fullmatch(text, fig.char_end, figures[i + 1].char_start):
            # "Ten children were among at least 48 people killed in a village earlier this week": the whole's day
            own = [m for m in here if owner.get(id(m)) == i + 1 and m.char_start >= figures[i + 1].char_end]
        if not own and i + 1 < len(figures) and figures[i + 1].sentence_index == sentence \
                and _PART_OF_THE_NEXT.fullmatch(text, fig.char_end, figures[i + 1].char_start):
            # "shot down 87 of the 103 drones Russia launched overnight": the part shares the whole's day
            own = [m for m in here if owner.get(id(m)) == i + 1 and m.char_start >= figures[i + 1].char_end]
            own = own if len([m for m in here if m.char_start >= figures[i + 1].char_end]) == 1 else []
            # (not "Nine of the 12 miners trapped on Monday were rescued on Wednesday": the part's own verb has a day)
        if not own and sentence in told and getattr(fig, "kind", "count") == "count":
            # "At least 30 people drowned and about 100 were missing after a boat capsized … late on Thursday, officials
            # said on Friday": the day of the event clause after both counts is both counts', whatever the report's day
            own = [m for m in here if id(m) in owner and owner[id(m)] != i and fig.char_end <= m.char_start
                   and (event := _EVENT_SUBORDINATE.search(text, figures[owner[id(m)]].char_end, m.char_start)) is not None
                   and fig.char_end <= figures[owner[id(m)]].char_start
                   and not _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", text[fig.char_end : event.start()]))
                   # (not a running total: "Forty people have died since the war began and 12 were hurt after a strike")
                   and not _RUNNING_TOTAL_WORDS.search(text, fig.char_end, event.start())
                   and not _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", _PLACE_ASIDE.sub(" ", text[event.start() : m.char_start])))][:1]
        if not own and sentence not in told and getattr(fig, "kind", "count") not in ("age", "ordinal"):
            # "killed two people and injured 15 others last week": the sentence's only date is every figure's
            # (not across a comma: "risen to 2,946, ..., up from 2,012 a day earlier")
            owned = [m for m in here if id(m) in owner and not _is_baseline_of(text, figures[owner[id(m)]], fig)
                     # ("22 percent of the population, up from 21.1 percent a year earlier": the baseline's year)
                     and not _is_a_baseline(text, figures[owner[id(m)]])
                     # ("1,280 people have been arrested over the disorder … after the murder of three girls on July 29": the
                     # day of the event the later clause tells)
                     and not (figures[owner[id(m)]].char_start > fig.char_end
                              and _LATER_EVENT_CLAUSE.search(text, fig.char_end, figures[owner[id(m)]].char_start))
                     and not _is_baseline_of(text, fig, figures[owner[id(m)]])  # ("rose to 52 from 40 on Monday": not the 40's)
                     # ("has sent about 11,000 troops …, and in January it said some 300 had been killed": the day opens the
                     # next clause and its own speaker)
                     and not (fig.char_end <= m.char_start and _AND_BEFORE_A_DATE.search(text, max(0, m.char_start - 20), m.char_start)
                              and _ITS_OWN_SPEAKER_AFTER.match(text, m.char_end))
                     and not (_a_past_deed_said_after(text, m, fig) and _tense(text, m.char_start, m.char_end) == "future"
                              and _tense(text, fig.char_start, fig.char_end) in ("past", "past?"))
                     and not _PUNCT_BREAK.search(_EVENT_PARTICIPLE.sub(" ", _DIGIT_GROUP.sub("", _ACRONYM.sub(" ", _PART_ASIDE.sub(
                         " ", _BACKING_ASIDE.sub(" ", _BRACKETED.sub(" ", _PLACE_ASIDE.sub(" ", _between(text, m, fig)))))))))]
            if len({m.value for m in owned}) == 1 and not TAKES_THE_TOTAL_TO.search(text, max(spans[sentence][0], fig.char_start - 80), fig.char_start):
                own = owned[:1]  # (not "sent 3,000 in January and February, bringing the total to 14,000": a running total)
            elif not owned:
                # "In 2015, a magnitude 7.8 quake killed nearly 9,000 people": a date that opens the sentence
                # dates all of it, whichever figure stands nearest to it
                # (not past a semicolon: "A year ago, the camp held 40,000; it now holds 65,000")
                own = [m for m in here if id(m) in owner and m.relation != "since" and m.char_start < fig.char_start
                       and _FRONTED.fullmatch(text, spans[sentence][0], m.char_start) and _COMMA_AFTER_A_FRONTED_DATE.match(text, m.char_end)
                       and ";" not in _between(text, m, fig)][:1]
            if not own:
                # "killed 12 on Monday, officials said, adding that 30 others were wounded": a past event the speaker
                # adds to the report is the same event
                own = [m for m in here if id(m) in owner and m.relation != "since" and m.char_end <= fig.char_start
                       and _ADDED_TO_THE_REPORT.fullmatch(text, m.char_end, fig.char_start)
                       and _tells_a_past_event(added := text[m.char_end : spans[sentence][1]]) and not _HAS_DONE.search(added)][-1:]
        whole_at = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index == sentence
                         and getattr(figures[j], "kind", "count") == "count"), None)
        if own and whole_at is not None and out[whole_at].date_basis == "explicit" and all(m.char_start >= fig.char_end for m in own) \
                and any(figures[whole_at].char_end <= m.char_start < fig.char_start
                        for m in [*(m for m in here if owner.get(id(m)) == whole_at), *([lookback[sentence]] if sentence in lookback else [])]) \
                and _is_part_of_previous(text, figures[whole_at], fig):
            # "killed at least 85 people over the past 24 hours, including 21 children, …, as Israel pressed ahead
            # … on Saturday": a part listed after its whole shares the whole's date, not a date further on
            out.append(out[whole_at])
            continue
        if own:
            best = min(own, key=lambda m: (_gap(m, fig, text), m.char_start))
            # (a period in another clause is not this figure's: "has killed 2,900 since late January, …, and displaced
            # more than 700,000 this year alone")
            out.append(FigureDate(best.start, best.end, best.precision, best.text, best.value, "explicit",
                                  period_start if own_period is not None else None))
            continue
        then = [m for m in here if m.relation != "since" and m.char_end <= fig.char_start and m.value not in ("PAST_REF", "PRESENT_REF")] \
            if _AT_THE_TIME.match(text, fig.char_end) else []
        if then:
            # "in October 2023, killed an estimated 1,500, though the Taliban put the toll at nearly 2,500 at the time": the
            # time the sentence named
            m = then[-1]
            out.append(FigureDate(m.start, m.end, m.precision, m.text, m.value, "inherited", None))
            continue
        same = _period_named_before(text, spans, by_sentence, sentence) if not here and _SAME_PERIOD.search(
            text, spans[sentence][0], spans[sentence][1]) else None
        if same is not None:
            # "… killed between January and March. … 572 were injured during the same period": that period
            out.append(FigureDate(same.start, same.end, same.precision, same.text, same.value, "inherited", None))
            continue
        whole = out[-1] if i and out and figures[i - 1].sentence_index == sentence else None
        own_window = sentence in lookback and lookback[sentence].char_start >= figures[i - 1].char_end \
            and _in_one_clause(text, lookback[sentence], fig)
        if whole is not None and whole.date_basis == "explicit" and _is_part_of_previous(text, figures[i - 1], fig) \
                and (own_period is None or own_period.start == whole.period_start) and not own_window:
            # (not "…, 1,000 of them since September", nor "Of the 126 deaths since January, 34 occurred in the last week")
            out.append(whole)  # "battled 120 blazes on Sunday, 15 of them out of control": the part shares the date
            continue
        if whole is not None and whole.date_basis == "explicit" and getattr(figures[i - 1], "kind", "count") == "count" \
                and BREAKDOWN_AFTER_COLON.fullmatch(text, figures[i - 1].char_end, fig.char_start):
            breakdown[sentence] = whole  # "has reached 236 individuals as follows: 82 gunmen 154 civilians": the toll's parts
        if sentence in breakdown:
            out.append(breakdown[sentence])
            continue
        group = _group_in_the_sentences_before(figures, i, text) \
            if PART_OF_THE_SENTENCE_BEFORE.search(text, max(0, fig.char_start - 40), fig.char_start) \
            or (_OF_THOSE_AFTER.match(text, fig.char_end) and not here) else None
        # ("Burkina Faso alone accounted for more than 6,000 of those deaths": a part of the toll the sentence before gave)
        if group is not None:
            out.append(out[group])  # "… killed since Tuesday. Of those, 322 were children": the part shares its group's date
            parts_of_before.add(i)
            continue
        if i - 1 in parts_of_before and figures[i - 1].sentence_index == sentence \
                and _NEXT_PART_IN_A_LIST.fullmatch(text, figures[i - 1].char_end, fig.char_start):
            out.append(out[i - 1])  # "… since Thursday. Among the dead were 20 children and nine women": the list goes on
            parts_of_before.add(i)
            continue
        if whole is not None and i >= 2 and _is_a_baseline(text, figures[i - 1]):
            # "9.54 million babies were born last year, up from 9.02 million in 2023, while deaths reached 10.93
            # million": the clause after a baseline goes on from the level, not from the baseline's year
            whole = out[i - 2] if figures[i - 2].sentence_index == sentence else None
        if whole is not None and (whole.date_basis == "explicit" or (whole.date_basis == "reporting_clause" and sentence not in told)) \
                and whole.period_start is None \
                and not (_AND_SAID_IT_HAD.search(text, figures[i - 1].char_end, fig.char_start)
                         and _tense(text, figures[i - 1].char_start, figures[i - 1].char_end) == "future"
                         and _tense(text, fig.char_start, fig.char_end) in ("past", "past?")) \
                and (_COORDINATED.fullmatch(_ASIDE_ON_THE_WHOLE.sub(" ", text[figures[i - 1].char_end : fig.char_start]))
                     # ("More than 2,300 attempted the crossing last year, and nearly 570 died": the count opens the clause
                     # after ", and", told in the same past)
                     or (_COMMA_AND_THE_COUNT.fullmatch(text[figures[i - 1].char_end : fig.char_start])
                         and _tense(text, fig.char_start, fig.char_end) == "past"
                         and not _HAS_DONE.search(text, fig.char_end, spans[sentence][1]))
                     or _WITH_ANOTHER.fullmatch(text[figures[i - 1].char_end : fig.char_start])
                     or _CONSEQUENCE.fullmatch(text[figures[i - 1].char_end : fig.char_start])
                     or (_WHILE_CLAUSE.fullmatch(text[figures[i - 1].char_end : fig.char_start])
                         and not _HAS_DONE.search(text, figures[i - 1].char_end, fig.char_end))
                     or (getattr(figures[i - 1], "kind", None) == "percent" and getattr(fig, "kind", None) == "count"
                         and _LEVEL_AFTER_THE_CHANGE.fullmatch(text[figures[i - 1].char_end : fig.char_start]))
                     or (getattr(fig, "kind", None) == "percent" and _CHANGE_OF_THE_COUNT.fullmatch(text[figures[i - 1].char_end : fig.char_start])
                         and (re.search(r"\b(?:up|down)\s+$", text[max(0, fig.char_start - 6) : fig.char_start])
                              or _CHANGE_NOUN_AFTER.match(text, fig.char_end)))):
            out.append(whole)  # "on Oct. 7, killing around 1,200 people and abducting 250": one event, one date
            continue  # ("rose to 1,033 on Saturday, with more than 1,500 injured": the same report)
        named = _OF_THE_NAMED_WHOLE.match(text, fig.char_end)
        whole_named = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index == sentence
                            and out[j].date_basis == "explicit" and isinstance(getattr(figures[j], "what", None), str)
                            and figures[j].what.split()[-1].lower() == named.group(1).lower()), None) if named else None
        if whole_named is not None:
            # "launched 45 drones overnight, the air force said on Tuesday, adding that it had shot down 40 of the drones":
            # the part of a whole named earlier in the sentence shares the whole's date
            out.append(out[whole_named])
            continue
        if sentence in entries and sentence not in reporting:
            best = entries[sentence]
            out.append(FigureDate(best.start, best.end, best.precision, best.text, best.value, "explicit", period_start))
            continue
        if sentence in reporting:
            best = reporting[sentence]
            if period_start is None and sentence in lookback and (
                    _in_one_clause(text, lookback[sentence], fig)
                    # ("More than 1,000 people, among them 745 civilians, have been killed in two days of clashes")
                    or (fig.char_end <= lookback[sentence].char_start
                        and not _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", _LISTED_ASIDE.sub(" ", (
                            # (the part inside the aside too: its rest up to the comma that closes it)
                            _REST_OF_A_LISTED_ASIDE.sub(" ", text[fig.char_end : lookback[sentence].char_start], count=1)
                            if _LISTED_ASIDE_OPENING.search(text, max(0, fig.char_start - 20), fig.char_start)
                            else text[fig.char_end : lookback[sentence].char_start])))))
                    or _OPENING_PREPOSITION.fullmatch(text, spans[sentence][0], lookback[sentence].char_start)):
                period_start = _stretch_ending(lookback[sentence], best.end)  # "killed 85 over the past 24 hours, the
                # ministry said on Tuesday": from the day before the Tuesday
            elif period and sentence in lookback and _in_one_clause(text, lookback[sentence], fig) \
                    and _gap(lookback[sentence], fig, text) < _gap(_since_phrase(text, period[0]), fig, text):
                # "has lost 1,000,340 troops since February 2022, including 1,140 in the past day, the general staff
                # said on Thursday": the part's own stretch, not the whole's
                period_start = _stretch_ending(lookback[sentence], best.end)
            out.append(FigureDate(best.start, best.end, best.precision, best.text, best.value, "reporting_clause", period_start))
            continue
        if sentence in lookback and (not period or _gap(lookback[sentence], fig, text) < _gap(_since_phrase(text, period[0]), fig, text)) \
                and not (fig.char_end <= lookback[sentence].char_start
                         and _RELATIVE_OPENER.search(text, fig.char_end, lookback[sentence].char_start)) \
                and not (fig.char_end <= lookback[sentence].char_start
                         and _in_an_aside_closed_before(text, spans[sentence][0], fig, lookback[sentence].char_start)) \
                and not (fig.char_end <= lookback[sentence].char_start
                         and _UNCOUNTED_PART_BEFORE.search(text, fig.char_end, lookback[sentence].char_start)) \
                and ";" not in _between(text, lookback[sentence], fig) \
                and not (lookback[sentence].char_end <= fig.char_start
                         and (TAKES_THE_TOTAL_TO.search(text, max(spans[sentence][0], fig.char_start - 80), fig.char_start)
                              or _RAISES_A_TOTAL.search(text, max(spans[sentence][0], fig.char_start - 80), fig.char_start))):
            # (but "lost 1,240 troops in the past day, bringing its total losses to 424,000": a running total is no day's)
            # ("312 new cases in the past 24 hours, bringing the total to 8,941 since January": the nearer period)
            window = lookback[sentence]
            # (the value names the stretch's days, "2024-06-30/2024-07-07", not its length, "P1W": a figure's date is a date)
            out.append(FigureDate(window.start, window.end, "day", window.text, f"{window.start}/{window.end}", "explicit", window.start))
            continue
        if period:
            # "killed since December": the figure covers December up to the publication date
            first = period[0]
            end = _iso(pub) if pub else None
            out.append(FigureDate(first.start, end, first.precision, first.text, first.value, "explicit", period_start))
            continue
        dated_before = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index == sentence
                             and out[j].date_basis == "explicit" and out[j].period_start is None
                             and any(m.start == out[j].date_start and m.char_start < fig.char_start for m in here)), None)
        if dated_before is not None and (where := _WHERE_IT_HAPPENED.search(text, figures[dated_before].char_end, fig.char_start)) \
                and not _OTHER_TIME_WORDS.search(where.group()):
            # "repelled 162 assaults on Saturday, …, near Pokrovsk, where 48 attacks were recorded": the same day
            out.append(out[dated_before])
            continue
        rate_of = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index == sentence
                        and getattr(figures[j], "kind", "count") == "count"), None) \
            if str(getattr(fig, "unit", None) or "").startswith("per ") else None
        if rate_of is not None and out[rate_of].date_basis == "explicit" and not getattr(figures[rate_of], "unit", None) \
                and THE_SAME_AS_A_RATE.fullmatch(text, figures[rate_of].char_end, fig.char_start) \
                and not re.search(r"[;.]", text[figures[rate_of].char_end : fig.char_start]):
            out.append(out[rate_of])  # "6,953 killings in the three months to September, or roughly 76 a day": that stretch
            continue
        if str(getattr(fig, "unit", None) or "").startswith("per ") and not here \
                and not _tells_a_past_event(text[spans[sentence][0] : spans[sentence][1]]):
            # "Indian Railways carries more than 13 million passengers a day": a rate in the present is the report's
            out.append(_at_publication(pub))
            continue
        opened_by = fig.char_start == spans[sentence][0] or _OPENING_QUALIFIER.fullmatch(text, spans[sentence][0], fig.char_start)
        before_sentence = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index == sentence - 1
                                and getattr(figures[j], "kind", "count") == "count"), None) if sentence and not here else None
        if before_sentence is not None and opened_by and (getattr(fig, "what", None) or "").lower() == "others" \
                and out[before_sentence].period_start is not None \
                and "\n" not in text[spans[sentence - 1][1] : spans[sentence][0]]:
            # "At least 224 people have been killed since Friday, the ministry said. More than 1,200 others have been
            # wounded": the others are counted over the same stretch
            out.append(out[before_sentence])
            continue
        clause_before = [m for m in here if m.char_end <= fig.char_start and m.relation is None and m.precision == "day"
                         and m.start is not None and m.start == m.end and not _in_a_dateline(text, m)
                         and ";" in text[m.char_end : fig.char_start]]
        if clause_before and not _compared_or_awaited(text, spans[sentence][0], clause_before[-1]) \
                and _tells_a_past_event(text[text.rfind(";", 0, fig.char_start) + 1 : spans[sentence][1]]):
            # "A second vessel … capsized the next day; just 21 people survived": the clause before the semicolon
            # named the day, nearer than the sentence before
            m = clause_before[-1]
            out.append(FigureDate(m.start, m.end, m.precision, m.text, m.value, "inherited", None))
            continue
        previous = _previous_sentence_date(by_sentence, spans, text, sentence,
                                           toll=getattr(fig, "kind", None) == "count" and getattr(fig, "category", None) not in (None, "other"),
                                           pub=pub)
        if previous is not None and _RUNNING_TOLL_CLAUSE.search(text, max(spans[sentence][0], fig.char_start - 70), fig.char_start):
            previous = None  # "… the three-year war, which has killed tens of thousands": a toll as of the report, not that day's
        if previous is not None and _NOW.search(text, spans[sentence][0], fig.char_start) \
                and not re.search(r"\b(?:was|were|had)\b", text[spans[sentence][0] : spans[sentence][1]], re.IGNORECASE):
            previous = None  # "Last year we had 20 beds. Now we have 120": the present, not the year before
        if previous is not None and _MODAL_BEFORE_THE_FIGURE.search(text, max(spans[sentence][0], fig.char_start - 40), fig.char_start):
            previous = None  # "… began on 19 January. Talks, which would see the remaining 59 hostages released, …": what may
            # yet happen, not the day of the sentence before
        if previous is not None and pub is not None and previous.start and previous.start <= pub.isoformat() \
                and "since" in text[spans[sentence][0] : spans[sentence][1]].lower() and _SINCE_THEN.search(text, spans[sentence][0], spans[sentence][1]):
            # "The war began on Oct. 7, 2023 … Israel's campaign has since killed more than 48,000": from that day on
            out.append(_from_it_to_the_report(previous, pub))
            continue
        if previous is not None and pub is not None and previous.start and previous.start <= pub.isoformat() \
                and (_SINCE_CLAUSE_BEFORE.search(text, max(0, previous.char_start - 150), previous.char_start)
                     or _ONSET_BEFORE.search(text, max(spans[sentence - 1][0], previous.char_start - 100), previous.char_start)) \
                and _PERFECT.search(here_text := text[spans[sentence][0] : spans[sentence][1]]) \
                and not re.search(r"\b(?:was|were|had)\b", here_text, re.IGNORECASE):
            # "… have intensified since rebels launched a campaign … on July 31. The strikes have killed 122 civilians", "The
            # war began on Oct. 7, 2023. It has killed 40,000 people": the total since that day or onset, as of the report
            out.append(_from_it_to_the_report(previous, pub))
            continue
        if previous is not None and pub is not None and _SINCE_AN_EVENT.search(here_text := text[spans[sentence][0] : spans[sentence][1]]) \
                and (_PERFECT.search(here_text) or _PERFECT_IRREGULAR.search(here_text)) \
                and not re.search(r"\b(?:was|were|had)\b", here_text, re.IGNORECASE):
            # "The IDF says it has struck more than 150 targets in Iran since the start of the operation": a total as of the
            # report, not on the day the sentence before told of
            out.append(_at_publication(pub))
            continue
        if previous is not None:
            out.append(FigureDate(previous.start, previous.end, previous.precision, previous.text, previous.value, "inherited", None))
            continue
        carried = _carried_on(text, spans, by_sentence, figures, out, i)
        if carried is not None:
            out.append(carried)
            continue
        if as_of is not None and as_of.char_end <= fig.char_start:
            # "# Flash Update No. 12 (as of 10 June 2025)": a report's heading dates what it reports
            out.append(FigureDate(as_of.start, as_of.end, as_of.precision, as_of.text, as_of.value, "inherited", None))
            continue
        footer = _footer_date(text, fig, mentions)
        if footer is not None:
            # "| Civilians | 1,068 | … / Source: Syrian Observatory for Human Rights, 14 March 2025": the day the data stand at
            if footer.relation == "since" and pub is not None and footer.start <= pub.isoformat():
                # ("Source: NDMA. Figures cover the period since June 26.": the total from that day up to the report)
                out.append(_from_it_to_the_report(footer, pub))
            else:
                out.append(FigureDate(footer.start, footer.end, footer.precision, footer.text, footer.value, "inherited", None))
            continue
        out.append(_at_publication(pub))
    dated = _changes_on_the_last_day(text, figures, _days_before_the_main_clause(text, figures, out, by_sentence, spans))
    dated = _within_a_stretch(text, figures, dated, all_mentions, spans)
    dated = _earlier_than_the_figure_before(figures, dated)
    return _conversions_share_the_date(text, figures, _nothing_after_the_report(text, figures, dated, pub))


_CONVERSION_OPENS = re.compile(r"\s*\(\s*(?:about|around|some|roughly|nearly|almost|or|approximately|~)?\s*$", re.IGNORECASE)


def _conversions_share_the_date(text: str, figures: list, dates: list[FigureDate]) -> list[FigureDate]:
    """"pledged more than 800 million euros ($908 million) on Tuesday": the amount in another unit in brackets
    right after a figure is the same figure, with its date."""
    out = list(dates)
    for i in range(1, len(figures)):
        fig, prev = figures[i], figures[i - 1]
        if getattr(fig, "kind", None) == getattr(prev, "kind", None) and fig.kind in ("money", "measure") \
                and fig.sentence_index == prev.sentence_index and 0 <= fig.char_start - prev.char_end <= 16 \
                and _CONVERSION_OPENS.fullmatch(text, prev.char_end, fig.char_start) \
                and text[fig.char_end : fig.char_end + 2].lstrip()[:1] == ")":
            out[i] = out[i - 1]
    return out


_EARLIER_BY = re.compile(r"(?:an?|one|two|three|\d+)\s+(year|month)s?\s+(?:earlier|before)", re.IGNORECASE)
_NUMBER_OF_UNITS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def _earlier_than_the_figure_before(figures: list, dates: list[FigureDate]) -> list[FigureDate]:
    """"123.2 million by the end of 2024 … up from 117.3 million a year earlier": "earlier" counts back from the
    period of the figure before it (in its sentence or the one before), not from the publication date ("ago" does)."""
    out = list(dates)
    for i, fd in enumerate(dates):
        earlier = _EARLIER_BY.fullmatch((fd.date_text or "").strip()) if fd.date_basis == "explicit" else None
        if earlier is None or i == 0:
            continue
        j = next((j for j in range(i - 1, -1, -1) if figures[j].sentence_index >= figures[i].sentence_index - 1
                  and dates[j].date_basis == "explicit" and dates[j].date_value and dates[j].date_start
                  and not _EARLIER_BY.search(dates[j].date_text or "") and "ago" not in (dates[j].date_text or "").lower()), None)
        if j is None:
            continue
        words = (fd.date_text or "").split()
        n = _NUMBER_OF_UNITS.get(words[0].lower()) or (int(words[0]) if words[0].isdigit() else None)
        base, unit = dates[j], earlier.group(1).lower()
        months = n * (12 if unit == "year" else 1) if n else None
        if not months or base.date_precision not in ("year", "month", "quarter", "day") or (unit == "month" and base.date_precision == "year"):
            continue
        start = _add_months(date.fromisoformat(base.date_start), -months)
        end = _add_months(date.fromisoformat(base.date_end or base.date_start), -months)
        if base.date_precision == "year":
            value = str(start.year)
        elif base.date_precision == "quarter":
            value = f"{start.year}-Q{(start.month - 1) // 3 + 1}"
        elif base.date_precision == "month":
            end = date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
            value = f"{start.year}-{start.month:02d}"
        else:
            value = start.isoformat()
        out[i] = FigureDate(start.isoformat(), end.isoformat(), base.date_precision, fd.date_text, value, "explicit", None)
    return out


_ALSO = re.compile(r"\b(?:also|too|as\s+well(?!\s+as)|another|a\s+further|an\s+additional)\b", re.IGNORECASE)


def _carried_on(text: str, spans: list[tuple[int, int]], by_sentence: dict[int, list[DateMention]], figures: list,
                dated: list[FigureDate], i: int) -> FigureDate | None:
    """"Russia launched 267 drones overnight. … 138 of the drones were shot down. Three ballistic missiles were also
    fired.": a sentence that adds to the event ("also", "another"), with no date of its own, takes the day the
    sentence before it in its paragraph inherited."""
    sentence = figures[i].sentence_index
    prev = sentence - 1
    if prev < 0 or by_sentence.get(prev) or by_sentence.get(sentence) or "\n" in text[spans[prev][1] : spans[sentence][0]]:
        return None
    here = text[spans[sentence][0] : spans[sentence][1]]
    if not _ALSO.search(here) or not _tells_a_past_event(here) or _HAS_DONE.search(here):
        return None
    before = [dated[j] for j in range(i) if figures[j].sentence_index == prev and dated[j].date_basis == "inherited"
              and dated[j].date_precision in ("day", "hour", "minute")]
    return before[-1] if before else None


_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_SIMPLE_DURATION = re.compile(r"P(\d+)([DWM])|PT(\d+)H")


def _within_a_stretch(text: str, figures: list, dates: list[FigureDate], mentions: list[DateMention],
                      spans: list[tuple[int, int]]) -> list[FigureDate]:
    """"The fighting began on April 15, 2023. Within a week, more than 400 people had been killed": a figure that
    takes the story's day and says "within" a stretch covers that day and the stretch after it."""
    stretches: dict[int, int] = {}  # sentence → the stretch's length in days
    for m in mentions:
        if m.type == "DURATION" and _WITHIN_BEFORE.search(text, max(0, m.char_start - 8), m.char_start) \
                and (found := _SIMPLE_DURATION.fullmatch(m.value or "")):
            days = int(found.group(1)) * {"D": 1, "W": 7, "M": 30}[found.group(2)] if found.group(1) else max(1, int(found.group(3)) // 24)
            stretches.setdefault(sentence_of(spans, m.char_start), days)
    if not stretches:
        return dates
    out = []
    for fig, d in zip(figures, dates):
        days = stretches.get(fig.sentence_index)
        if days is not None and d.date_basis == "inherited" and d.date_precision == "day" and d.date_start and d.date_start == d.date_end:
            end = (date.fromisoformat(d.date_start) + timedelta(days=days)).isoformat()
            d = FigureDate(d.date_start, end, "day", d.date_text, f"{d.date_start}/{end}", "inherited", d.date_start)
        out.append(d)
    return out


def _nothing_after_the_report(text: str, figures: list, dates: list[FigureDate], pub: date | None) -> list[FigureDate]:
    """"This month, 300 people were killed", "evacuated 3,000 residents earlier this week": what has already
    happened ends by the day of the report, though the month or week it names runs on (a figure still to come,
    "expects 300 arrivals this month", keeps the whole span)."""
    if pub is None:
        return dates
    today = pub.isoformat()
    out = []
    for fig, d in zip(figures, dates):
        if d.date_start and d.date_end and d.date_start <= today < d.date_end and d.date_basis != "publication" \
                and ((d.date_text or "").lower().startswith("earlier") or _tense(text, fig.char_start, fig.char_end) == "past"):
            d = replace(d, date_end=today)
        if d.date_start and d.date_start > today and d.date_basis != "publication" and _THE_DEAD_ALREADY.fullmatch((getattr(fig, "what", None) or "").split(" ")[-1].lower()) \
                and getattr(fig, "category", None) == "killed":
            d = _at_publication(pub)  # "The 12 victims are to be buried on Friday": the burial's day, not the deaths'
        out.append(d)
    return out


_THE_DEAD_ALREADY = re.compile(r"victims?|dead|deceased|bodies|body|remains|corpses|martyrs")


_CHANGE_IN_BRACKETS = re.compile(r"\(\s*\+\s*$")


def _changes_on_the_last_day(text: str, figures: list, dates: list[FigureDate]) -> list[FigureDate]:
    """"personnel — about 973,480 (+1,210)" under "losses from 24.02.22 to 20.05.25": the total covers the
    period, the change in brackets its last day."""
    out = []
    for fig, d in zip(figures, dates):
        if d.date_end and d.date_start and d.date_start != d.date_end \
                and _CHANGE_IN_BRACKETS.search(text, max(0, fig.char_start - 4), fig.char_start):
            d = FigureDate(d.date_end, d.date_end, "day", d.date_text, d.date_end, d.date_basis, None)
        out.append(d)
    return out


# "killed 45 on Friday, a day after 60 were killed", "came two days after strikes killed 26": the figures of
# the clause after the phrase happened that long before the date of the clause it hangs on
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven)\s+(?P<unit>days?|weeks?|fortnight)\s+(?P<dir>after|before)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:]|$")


# The words between a date and a figure in a clause the speaker adds to a report: "…, officials said, adding that"
_ADDED_TO_THE_REPORT = re.compile(r"[^;:.]*?,\s*[^,;:.]{1,80}?\b(?:said|says|reported|told\s+[^,;:.]{1,40}?)\s*,\s*"
                                  r"(?:adding|and\s+added|noting|and\s+said)\s+that\s+[^,;:.]*", re.IGNORECASE)


_OF_THOSE_AFTER = re.compile(r"\s+of\s+(?:those|these)\b", re.IGNORECASE)


def _group_in_the_sentences_before(figures: list, i: int, text: str) -> int | None:
    """The count that a sentence opening "Of those (killed)," takes a part of: the last count of the sentence
    before, or the last of the two sentences before with the part's own category ("Of those killed, 135 …"); not a
    toll given before it and since revised ("…, revising upward an earlier toll of 70. Among the dead were …")."""
    sentence = figures[i].sentence_index
    counts = [j for j in range(i - 1, -1, -1) if getattr(figures[j], "kind", "count") == "count"
              and sentence - 2 <= figures[j].sentence_index < sentence
              and not _AN_EARLIER_TOLL_OF.search(text, max(0, figures[j].char_start - 40), figures[j].char_start)]
    same = [j for j in counts if getattr(figures[j], "category", None) == getattr(figures[i], "category", None)]
    if same:
        return same[0]
    return counts[0] if counts and figures[counts[0]].sentence_index == sentence - 1 else None


# a toll the story gives and then revises ("…, revising upward an earlier toll of 70")
_AN_EARLIER_TOLL_OF = re.compile(r"\b(?:an?|the)\s+(?:earlier|previous|initial|prior|first|old)\s+(?:death\s+)?(?:toll|count|tally|figure|estimate)"
                                 r"\s+of\s+(?:at\s+least\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# a part "of the" things a figure before it counted ("shot down 40 of the drones")
_OF_THE_NAMED_WHOLE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*s)\b(?!\s+of\b)")
# "during the same period" with no year named after it ("the same period last year" is a date of its own): the
# period the story named last
_SAME_PERIOD = re.compile(r"\b(?:in|during|over|for|within)\s+the\s+same\s+(?:period|time\s+frame|timeframe|months|weeks)\b"
                          r"(?!\s+(?:a|last|of|the\s+previous|in)\b)", re.IGNORECASE)


def _period_named_before(text: str, spans: list[tuple[int, int]], by_sentence: dict[int, list[DateMention]],
                         sentence: int) -> DateMention | None:
    """The last stretch longer than a day (or a night) named in the three sentences before ``sentence``."""
    for prev in range(sentence - 1, max(-1, sentence - 4), -1):
        # (not the baseline a change is measured against: "a 24% increase on the previous quarter")
        # ("launched 45 drones overnight. … destroyed 127 drones in the same period": a night is a stretch too)
        periods = [m for m in by_sentence.get(prev, []) if m.relation is None and m.start and m.end
                   and (m.start != m.end or str(m.value).endswith("TNI"))
                   and not _measured_against(text, spans[prev][0], m)]
        if periods:
            return periods[-1]
    return None


_SOURCE_LINE = re.compile(r"[ \t*_]*(?:Sources?|Data|Figures)\W{0,3}:", re.IGNORECASE)


def _footer_date(text: str, fig, mentions: list[DateMention]) -> DateMention | None:
    """The day on a source line right under the list or table a figure's line belongs to ("Source: Syrian Observatory
    for Human Rights, 14 March 2025"), if it names one."""
    line_start = text.rfind("\n", 0, fig.char_start) + 1
    if not LIST_OR_TABLE_LINE.match(text, line_start):
        return None
    end, blanks = text.find("\n", fig.char_start), 0
    while end >= 0:
        start = end + 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not line.strip():
            blanks += 1
            if blanks > 1:
                return None
            continue
        if LIST_OR_TABLE_LINE.match(line):
            continue
        if not _SOURCE_LINE.match(line):
            return None
        stop = end if end >= 0 else len(text)
        return next((m for m in mentions if start <= m.char_start < stop and m.precision == "day" and m.start and m.start == m.end), None)
    return None


_AS_OF_LINE = re.compile(r"[ \t*_(]*as\s+(?:of|at)\s+[^\n]{4,40}?[ \t*_)]*", re.IGNORECASE)


def _heading_as_of(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The day a report's heading says it stands at ("# Flash Update No. 12 (as of 10 June 2025)"): a markdown
    heading or the title on the first line with "as of" or "as at" before a day (a plain line "Key figures (as of
    10 March 2025):" further down dates only the list it introduces)."""
    if "as of" not in text and "as at" not in text and "As of" not in text:
        return None
    for m in mentions:
        if m.precision != "day" or not m.start or m.start != m.end or not _AS_OF.search(text, max(0, m.char_start - 8), m.char_start):
            continue
        line_start = text.rfind("\n", 0, m.char_start) + 1
        line_end = text.find("\n", m.char_end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.lstrip().startswith("#") or (not text[:line_start].strip() and not line.rstrip().endswith((".", ":"))):
            return m  # (or the title on the first line: "Gaza: Key figures (as of 20 May 2025)")
        if _AS_OF_LINE.fullmatch(line) and not re.search(r"[.!?][\"”’]?[ \t]*\n", text[:line_start]):
            return m  # (or a line of its own under the title, before any sentence: "UNHCR: Sudan emergency / As of 30 September 2025")
    return None


def _days_before_the_main_clause(text: str, figures: list, dates: list[FigureDate], by_sentence: dict[int, list[DateMention]],
                                 spans: list[tuple[int, int]]) -> list[FigureDate]:
    if "day" not in text and "week" not in text and "fortnight" not in text:
        return dates
    out = list(dates)
    for i, fig in enumerate(figures):
        first, last = spans[fig.sentence_index]
        phrase = None
        for m in _DAYS_AFTER.finditer(text, first, fig.char_start):
            phrase = m  # the nearest before the figure
        if phrase is None:
            continue
        scope_end = _CLAUSE_END.search(text, phrase.end(), last).start()
        if phrase.group()[:1].isupper() and scope_end == last:
            continue  # "A day after it was announced … UNICEF said 25 …": no comma tells where the main clause starts
        if fig.char_start >= scope_end or re.search(r"[,;:]", text[phrase.end() : fig.char_start]):
            continue  # "A day after the attack, rescuers found 20 bodies": the main clause's figure
        if any(phrase.end() <= m.char_start < scope_end for m in by_sentence.get(fig.sentence_index, [])):
            continue  # "a day after strikes on Monday killed 12": the clause names its own day
        # the main clause's date: its figure's before the phrase, else a date of the sentence outside the clause
        before = [j for j in range(i) if figures[j].sentence_index == fig.sentence_index and figures[j].char_end <= phrase.start()]
        outside = [m for m in by_sentence.get(fig.sentence_index, []) if not phrase.start() <= m.char_start < scope_end
                   and m.relation is None]
        base = dates[before[-1]] if before else (
            FigureDate(outside[0].start, outside[0].end, outside[0].precision, outside[0].text, outside[0].value, "explicit")
            if len(outside) == 1 else out[i])
        if base.date_start is not None and base.date_end is not None and len(base.date_start) == len(base.date_end) == 10 \
                and 0 < (date.fromisoformat(base.date_end) - date.fromisoformat(base.date_start)).days <= 1:
            # "killed at least 70 people overnight and into Wednesday, …, a day after …": the stretch ends on its day
            base = replace(base, date_start=base.date_end, date_precision="day")
        if base.date_start is None or base.date_start != base.date_end or base.date_precision != "day" or len(base.date_start) != 10:
            continue  # (only a day counts back by days: "a day after" a month or a week is that month or week)
        n = 1 if phrase.group("n").lower() in ("a", "one") else _NUMBER_WORDS_FOR_PERIODS[phrase.group("n").lower()]
        unit = phrase.group("unit").lower()
        days = n * (14 if unit == "fortnight" else 7 if unit.startswith("week") else 1)
        shifted = date.fromisoformat(base.date_start) + timedelta(days=-days if phrase.group("dir").lower() == "after" else days)
        out[i] = FigureDate(shifted.isoformat(), shifted.isoformat(), "day", phrase.group().strip(), shifted.isoformat(), "explicit", None)
    return out


_NUMBER_WORDS_FOR_PERIODS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30}
_PUNCT_BREAK = re.compile(r"[,;:()]")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d)")  # "1,143" is one number, not a clause break
# "struck late on Monday, killing at least eight": the participle clause tells of the same event, on its date
# ("found 8 more bodies on Sunday, raising the toll to 57": the total as it stood that day)
_EVENT_PARTICIPLE = re.compile(r"^[^,;:()]*,\s+(?=(?:killing|injuring|wounding|leaving|displacing|forcing|sending|"
                               r"claiming|destroying|damaging|raising|bringing|taking|pushing|lifting|resulting|causing)\b[^,;:()]*$)",
                               re.IGNORECASE)
_OPENING_PREPOSITION = re.compile(r"\s*(?:(?:over|in|during|for|within|across)\s+)?", re.IGNORECASE)  # ("Over the past week, …")
# "killed … in the town of Kocani, in eastern North Macedonia, early on Sunday": where the place lies is an aside, no
# clause of its own
_PLACE_ASIDE = re.compile(r",\s*(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|far)[a-z-]*\s+)?"
                          r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:state|province|region|district|county))?\s*,")
_BRACKETED = re.compile(r"\s*\([^()]{0,80}\)")  # "last week (up 12% from the previous week), resulting in …": an aside
# "Nearly 2,000 firefighters, backed by 14 helicopters, were battling …": who came with the subject, an aside
_BACKING_ASIDE = re.compile(r",\s*(?:backed|supported|aided|assisted|accompanied|joined|helped|flanked|escorted)\s+by\s+[^,;:()]*,",
                            re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{0,11}\)")  # "Rapid Support Forces (RSF) fighters": no clause break
_TOLL_WORD = re.compile(r"\b(?:toll|tally|number\s+of)\b", re.IGNORECASE)
# what may stand before a date that opens its sentence ("In 2015,", "Late on Monday,", "Earlier this month,")
_COMMA_AFTER_A_FRONTED_DATE = re.compile(r"(?:\s+alone)?,")  # ("On Monday alone, 898 people made the journey in 15 boats")
_FRONTED = re.compile(r"\s*(?:(?:in|on|at|by|during|early|late|earlier|later|until|till|and|but|then|also)\s+){0,3}"
                      r"(?:the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+)?", re.IGNORECASE)  # ("On the night of Oct. 10 to Oct. 11, …")
_SPAN_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SPAN_JOINER = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*", re.IGNORECASE)


_PERIOD_ENDING = re.compile(r"\b(?:the\s+)?(?:(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS_FOR_PERIODS, key=len, reverse=True))
                            + r")\s+)?(?P<unit>hours?|days?|weeks?|months?|years?)\s+(?:to|until|ending|ended|through)\s+(?:on\s+)?$",
                            re.IGNORECASE)


_PART_OF_PERIOD = re.compile(r"\b(?:the\s+)?(?P<which>first|last|final)\s+(?:(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS_FOR_PERIODS, key=len, reverse=True))
                             + r")\s+)?(?P<unit>months?|weeks?|days?)\s+of\s+$", re.IGNORECASE)


def _parts_of_periods(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"the first nine months of 2024" (2024-01-01/2024-09-30), "the last two weeks of March": the part
    of the year or month named."""
    out = []
    for m in mentions:
        part = _PART_OF_PERIOD.search(text, max(0, m.char_start - 40), m.char_start) \
            if m.start and m.end and m.relation is None and m.precision in ("year", "month") else None
        if part is None:
            out.append(m)
            continue
        count, unit = _count_and_unit(part)
        first_day, last_day = date.fromisoformat(m.start[:10]), date.fromisoformat(m.end[:10])
        if unit == "month":
            if m.precision != "year" or not 1 <= count <= 12:
                out.append(m)
                continue
            if part.group("which").lower() == "first":
                start, end = first_day, _add_months(first_day, count) - timedelta(days=1)
            else:
                start, end = _add_months(last_day + timedelta(days=1), -count), last_day
        else:
            days = count * (7 if unit == "week" else 1)
            if part.group("which").lower() == "first":
                start, end = first_day, min(last_day, first_day + timedelta(days=days - 1))
            else:
                start, end = max(first_day, last_day - timedelta(days=days - 1)), last_day
        out.append(_days_mention(text, part.start(), m.char_end, start, end))
    return out


def _count_and_unit(period: re.Match) -> tuple[int, str]:
    """"nine months" -> (9, "month"); "the week" -> (1, "week")."""
    n = period.group("n")
    count = 1 if n is None else int(n) if n.isdigit() else _NUMBER_WORDS_FOR_PERIODS[n.lower()]
    return count, period.group("unit").lower().rstrip("s")


def _days_mention(text: str, s: int, e: int, start: date, end: date) -> DateMention:
    """The mention text[s:e] of the days from ``start`` to ``end`` ("2024-01-01/2024-09-30")."""
    return DateMention(text[s:e], s, e, "DATE", f"{start.isoformat()}/{end.isoformat()}", start.isoformat(), end.isoformat(), "day", None)


def _periods_ending(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"in the week to March 8", "the seven days to Sunday", "the year to June": the period that ends on
    the date named, from its first day to the date's last ("2025-03-02/2025-03-08")."""
    out = []
    for m in mentions:
        period = _PERIOD_ENDING.search(text, max(0, m.char_start - 40), m.char_start) if m.end and m.relation is None else None
        if period is None:
            out.append(m)
            continue
        count, unit = _count_and_unit(period)
        end = date.fromisoformat(m.end[:10])
        if unit == "hour":
            # ("the 24 hours to 8 a.m. on Sunday" begins on Saturday morning; "the 24 hours to Sunday" is Sunday)
            start = end - timedelta(days=max(0, -(-count // 24) - (0 if "T" in (m.value or "") else 1)))
        elif unit in ("day", "week"):
            start = end - timedelta(days=count * (7 if unit == "week" else 1) - 1)
        else:
            start = _add_months(end + timedelta(days=1), -count * (12 if unit == "year" else 1))
        out.append(_days_mention(text, period.start(), m.char_end, start, end))
    return out


_WEEKDAY_NAMED = re.compile(_WEEKDAY)


def _days_later(m: DateMention, days: int) -> DateMention:
    start, end = (date.fromisoformat(x) + timedelta(days=days) for x in (m.start, m.end))
    return replace(m, value=start.isoformat(), start=start.isoformat(), end=end.isoformat())


def _days_apart(a: DateMention, b: DateMention) -> int | None:
    """Days from the day of ``a`` to the day of ``b`` when both are dates named by a weekday ("Friday", "Sunday")."""
    if not (a.type == b.type == "DATE" and a.start and b.end and len(a.start) == len(b.end) == 10
            and _WEEKDAY_NAMED.search(a.text) and _WEEKDAY_NAMED.search(b.text)):
        return None
    return (date.fromisoformat(b.end) - date.fromisoformat(a.start)).days


def _joined_spans(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """"between January and March", "from May 3 to May 9": one period from the first date to the
    second, whose value is an ISO 8601 interval ("2025-01/2025-03")."""
    out: list[DateMention] = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        joined = b is not None and a.relation is None and _SPAN_OPENER.search(text, max(0, a.char_start - 10), a.char_start) \
            and _SPAN_JOINER.fullmatch(text, a.char_end, b.char_start)
        days = _days_apart(a, b) if b is not None else None  # from the first named weekday to the second
        if joined and days is not None and -7 < days < 0:
            # "between Friday and Sunday" read on a Saturday: each day alone is the latest (or the next), together
            # they are one weekend
            if _tense(text, a.char_start, a.char_end) == "future":
                b = _days_later(b, 7)
            else:
                a = _days_later(a, -7)
        if not joined and days is not None and 0 < days <= 2 and a.relation is None and a.precision == b.precision == "day" \
                and re.fullmatch(r"\s+and\s+", text[a.char_end : b.char_start]) \
                and re.search(r"\b(?:on|over)\s+$", text[max(0, a.char_start - 6) : a.char_start], re.IGNORECASE):
            joined = True  # "killed 50 people on Saturday and Sunday": the two days make one stretch
        if not joined and b is not None and a.relation is None and a.start and b.start and a.precision == b.precision == "month" \
                and re.fullmatch(r"\s+and\s+", text[a.char_end : b.char_start]) \
                and re.search(r"\b(?:in|during|over)\s+$", text[max(0, a.char_start - 8) : a.char_start], re.IGNORECASE) \
                and _add_months(date.fromisoformat(a.start[:10]), 1) == date.fromisoformat(b.start[:10]):
            joined = True  # "sent 3,000 soldiers in January and February": two months in a row make one stretch
        if not joined and b is not None and a.relation is None and a.start and b.end and a.precision == b.precision == "day" \
                and re.fullmatch(r"\s+(?:and\s+)?into\s+(?:early\s+|late\s+)?", text[a.char_end : b.char_start], re.IGNORECASE) \
                and 0 < (date.fromisoformat(b.end[:10]) - date.fromisoformat(a.start[:10])).days <= 2:
            joined = True  # "killed 35 people overnight and into Tuesday": from the night before into the day
            a, b = replace(a, value=a.start[:10]), replace(b, value=b.end[:10])  # (the interval runs between days: 2025-07-07/2025-07-08)
        if not joined and b is not None and a.relation is None and a.start and b.end and a.precision == b.precision == "day" \
                and re.fullmatch(r"\s*(?:to|and|-|–)\s*", text[a.char_end : b.char_start]) \
                and re.search(r"\bnight\s+of\s+$", text[max(0, a.char_start - 12) : a.char_start], re.IGNORECASE) \
                and (date.fromisoformat(b.end[:10]) - date.fromisoformat(a.start[:10])).days == 1:
            joined = True  # "On the night of Oct. 10 to Oct. 11": the night that runs from one day into the next
        if joined and a.start and b.end and a.start <= b.end:
            out.append(DateMention(text[a.char_start : b.char_end], a.char_start, b.char_end, "DATE", f"{a.value}/{b.value}",
                                   a.start, b.end, a.precision, None))
            k += 2
            continue
        out.append(a)
        k += 1
    return out
# "147 drones and two missiles": two objects of one verb; no verb of its own between them ("destroyed 36
# drones over several regions overnight": the regions are where, the night is when for both)
_NOUN_THEN_AND = re.compile(r"(?:\s+(?!(?:are|were|is|was|have|has|had|remain|remains|remained)\b)[A-Za-z-]+(?<!ed)(?<!ing)){0,3}\s+(?:and|or|over|across)\s+"
                            r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|another\s+)?", re.IGNORECASE)
_NEXT_PART_IN_A_LIST = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:at\s+least\s+|about\s+|some\s+)?",
                                  re.IGNORECASE)
# "100 civilians were killed and 700 injured on Thursday": a passive outcome, "and", then a figure whose clause leaves
# the auxiliary out and names the day
_VERB_THEN_AND = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+ed\s+and\s+"
                            r"(?:another\s+|more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+)?", re.IGNORECASE)
_ELIDED_VERB_THEN_DAY = re.compile(r"(?:\s+(?:others|more|people|civilians))?\s+(?:got\s+|were\s+)?[a-z]+ed\s+"
                                   # ("… and 107 injured during nationwide protests on Monday": where it happened, then the day)
                                   r"(?:(?:in|during|at|near)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){1,3}?(?=on\s|late\s|early\s|overnight\s|last\s))?"
                                   r"(?:on|in|during|late|early|overnight|last)?\s*",
                                   re.IGNORECASE)
# "has since killed", "since then", "since that day": a period from the date the story last named
_SINCE_THEN = re.compile(r"\b(?:ha(?:s|ve|d)\s+(?:\w+\s+)?since|since\s+then|since\s+that\s+(?:day|date|time|attack|year|month|week))\b",
                         re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_EVENT_THEN_RELATIVE = re.compile(r"(?:\s+(?!(?:that|which|in|when|where)\b)[\w'’-]+){1,6}?,?\s+(?:that|which|in\s+which|when|where)\b", re.IGNORECASE)
_MONTH_AND_DAY = re.compile(r"[A-Z][a-z]+\.?\s+\d{1,2}")
# the event an anniversary remembers, named a few words after it ("marking the anniversary of last year's protests")
_AN_ANNIVERSARY_OF = re.compile(r"\banniversar(?:y|ies)\s+of\s+[^,;:.()\d]{0,30}$", re.IGNORECASE)
_NTH_ANNIVERSARY_OF = re.compile(r"\b(" + "|".join(_ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))\s+"
                                 r"anniversary\s+of\s+[^,;:.()\d]{0,30}$", re.IGNORECASE)


def _years_before_an_anniversary(text: str, m: DateMention, sentence_start: int) -> DateMention:
    """A day named after "the second anniversary of" resolved to its latest return is the anniversary: the event
    itself came that many years before it."""
    nth = _NTH_ANNIVERSARY_OF.search(text, max(sentence_start, m.char_start - 50), m.char_start)
    if nth is None or m.precision != "day" or m.start is None:
        return m
    word = nth.group(1).lower()
    years = _ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    try:
        day = date.fromisoformat(m.start).replace(year=date.fromisoformat(m.start).year - years)
    except ValueError:
        return m  # (29 February)
    return replace(m, value=day.isoformat(), start=day.isoformat(), end=day.isoformat())
# the subject a figure is reported in, dated by when it came out ("A study published last year estimated that …")
_DOCUMENT_ISSUED = re.compile(r"\b(?:study|report|survey|analysis|paper|assessment|census|poll|investigation|review|audit|"
                              r"estimate|tally|count|toll|data|figures|statement|bulletin|update|results|returns|statistics|numbers)\s+(?:[\w-]+\s+)?"
                              r"(?:published|released|issued|conducted|compiled|updated|carried\s+out)\s+(?:on\s+|in\s+|late\s+|early\s+)?$",
                              re.IGNORECASE)
# two figures joined by "and" with no punctuation between them ("killing 1,200 people and abducting 250")
_WITH_ANOTHER = re.compile(r"[^,;:()]*,\s+with\s+(?:(?:[a-z]+\s+){1,3}?[a-z]+ing\s+)?"  # ("…, with rescue teams recovering 54 more")
                           r"(?:another\s+|a\s+further\s+|at\s+least\s+|more\s+than\s+|over\s+|about\s+|"
                           r"around\s+|some\s+|nearly\s+|almost\s+)?", re.IGNORECASE)
# "killed 1,617 people between January and March, a 24% increase on …", "sold 40,000 cars in May, up 12%": the
# change of the count before it, at the count's date
# A weekday between a title and a surname is a given name ("chairman Monday Kassah", "Gov. Friday Okon")
_PERSON_NAMED_LIKE_A_DAY = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                                      r"December|Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
                                      r"(?:said|says|told|added|stated|explained|noted)\b")
# (the roles that name people, as the speaker's side reads them, and the titles written short)
_TITLE_BEFORE_A_NAME = re.compile(r"\b(?:(?:" + "|".join(lexicon.load("sources")["person_roles"]) + r")|(?i:"
                                  + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.?)\s+$")
_SIZE_OF_A_PLACE = re.compile(r"\b(?:country|nation|city|town|state|region|province|island|capital|territory|enclave)"
                              r"(?:\s+of|['’]s)\s+"  # ("the country of 170 million people", "The country's 11.4 million people")
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|roughly\s+)?$", re.IGNORECASE)
_RELATIVE_WITH_ITS_VERB = re.compile(r"\b(?:which|who)\s+(?:[\w-]+\s+){0,4}?(?:[a-z]+ed|" + _IRREGULAR_PAST + r")\s+(?:[\w'’-]+\s+){0,8}?"
                                     r"(?:in|on|during|since|last|this|earlier|late|early)?\s*$")
_MAIN_VERB_RESUMES = re.compile(r"(?:\s*,)?[^,;.]*?\b(?:had|was|were)\s+(?:also\s+|now\s+|since\s+|already\s+)?(?:[a-z]+ed|[a-z]+en|"
                                + _IRREGULAR_PAST + r")\b")
_AMONG_THE_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|was|are|is)\s+among\s+(?:the\s+)?"
                             r"(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?", re.IGNORECASE)
_PART_OF_THE_NEXT = re.compile(r"\s+of\s+(?:the|its|their|all)\s+", re.IGNORECASE)
# "fell by nearly a quarter in 2024, to about 80,400": the level the change reached, on the change's date
_LEVEL_AFTER_THE_CHANGE = re.compile(r"[^;:()]*?,?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?", re.IGNORECASE)
_CHANGE_OF_THE_COUNT = re.compile(r"[^;:()]*,\s+(?:an?|up|down)\s+", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:increase|rise|drop|decrease|fall|decline|jump|surge|reduction)\b", re.IGNORECASE)
# "worsened on Friday with 24 lakh people affected, while the death toll rose to 52": what happened meanwhile
# (not "…, while the war has killed 300,000", a running total)
# A relative clause in the perfect that tells a running toll ("the war, which has killed", "a conflict that has displaced")
_RUNNING_TOLL_CLAUSE = re.compile(r"\b(?:which|that)\s+(?:has|have)\s+(?:now\s+|so\s+far\s+|since\s+|already\s+)?"
                                  r"(?:killed|displaced|left|claimed|uprooted|forced|wounded|injured|driven)\s+"
                                  r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
# A clause after a figure that tells another event ("… over the disorder that swept England after the murder of")
_LATER_EVENT_CLAUSE = re.compile(r"\b(?:after|before|following)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:murder|killing|death|attack|"
                                 r"stabbing|shooting|bombing|crash|collapse|fall|start|outbreak)s?\s+of\b", re.IGNORECASE)
# A relative clause about the source a figure is credited to: its dates are the source's doings
_ABOUT_THE_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?[A-Z][^,;.()]{1,80},\s+(?:which|who)\s+[^,;:()]*$")
def _is_a_baseline(text: str, fig) -> bool:
    """"up from 9.02 million", "after gaining 0.5%": the figure is the level a change started from."""
    return _UP_FROM_BEFORE.search(text, max(0, fig.char_start - 16), fig.char_start) is not None


_UP_FROM_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|after\s+(?:gaining|rising|falling|increasing|climbing|dropping|declining|"
                             r"adding|losing|shedding))\s+" + PEAK_OF + r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?[$€£]?$",
                             re.IGNORECASE)  # ("rose 0.4% after gaining 0.5% in August": the change before, in its own month)
_WHILE_CLAUSE = re.compile(r"[^,;:()]*,\s+(?:while|as)\s+[^,;:()]*", re.IGNORECASE)
_COORDINATED = re.compile(r"[^,;:()]*?\b(?:and|or)\b[^,;:()]*", re.IGNORECASE)
# an aside on who the whole was, between two coordinated counts ("killed around 1,200 people, mostly civilians, and took
# about 250 hostage")
_ASIDE_ON_THE_WHOLE = re.compile(r",\s+(?:mostly|mainly|largely|most\s+of\s+them|many\s+of\s+them|all\s+of\s+them)\s+[^,;:()\d]{1,40},",
                                 re.IGNORECASE)
_COMMA_AND_THE_COUNT = re.compile(r"[^,;:()]*,\s+and\s+(?:another\s+|a\s+further\s+)?", re.IGNORECASE)
# "cancelled 1,400 flights on Sunday, stranding tens of thousands": a participle clause tells what the event did
# (not "…, bringing the total to 500", a running total, nor "…, saying", "…, including")
_CONSEQUENCE = re.compile(r"[^,;:()]*,\s+(?:and\s+)?(?!(?:bringing|taking|raising|pushing|saying|adding|according|including|compared|citing|"
                          r"noting|following|excluding|totalling|totaling|making)\b)[a-z]+ing\s+(?:[a-z]+\s+){0,3}")


def _is_part_of_previous(text: str, whole, part) -> bool:
    """"120 blazes, 15 of them …", "17 aid workers, including 12 foreigners": the second counts part of the first."""
    between = without_abbreviation_stops(text[whole.char_end : part.char_start])  # ("Of the 1,139 killed on Oct. 7, 695 …")
    if re.search(r"[.;:!?]", between):
        return False
    return bool(PART_OF_THEM.match(text, part.char_end) or PART_OF_WHOLE_AT_END.search(between)
                or OF_WHICH_AT_END.search(between)
                or (OPENING_WHOLE.search(text, max(0, whole.char_start - 80), whole.char_start)
                    and PART_AFTER_THE_WHOLE.fullmatch(between)  # "Of the 1,139 killed on Oct. 7, 695 were civilians"
                    and not _STILL_SO.match(text, part.char_end)))  # (not "Of the 251 seized on Oct. 7, 73 remain in Gaza")
_STILL_SO = re.compile(r"\s+(?:[a-z]+\s+)?(?:remain|remains|are\s+still|is\s+still|still)\b", re.IGNORECASE)
# ", including four children," names a part of the group before it: an aside, not a clause of its own
_PART_ASIDE = re.compile(r"[,(]\s*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lexicon.load("categories")["part_of_whole"])
                         + r"|mostly|mainly|largely|many\s+of\s+them|most\s+of\s+them|or|[\w-]+\s+of\s+(?:them|whom))\s[^,;:()]*[,)]",
                         re.IGNORECASE)  # (", mostly civilians,", ", or 6% of its workforce,", ", three of them fatally,")


_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)


# A wire dateline: a place in capitals at the start of a line, the date, the agency, a dash; or, in South Asian wire
# style, a place in title case, the date and the agency in brackets with no dash ("Dhaka, Aug 5 (PTI) At least …").
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][\w.'’ -]{0,40})?,[ \t]*$")
_DATELINE_DASH = re.compile(r"(?:,?[ \t]*\d{4})?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-—–]")
_DATELINE_TITLE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})?,[ \t]*$")
_DATELINE_AGENCY = re.compile(r"(?:,?[ \t]*\d{4})?[ \t]*\([A-Z][A-Za-z/&.-]{1,15}\)[ \t]*(?:[-—–:][ \t]*)?(?=[A-Z0-9\"“‘'])")


def _reported_of_a_count(text: str, figures: list, in_sentence: list[int], m: DateMention) -> bool:
    """"up from 481 cases reported last Friday", "12 deaths were reported on Monday and 15 on Tuesday": the participle
    tells when that count stood, not the day a speaker spoke for the whole sentence."""
    verb = _REPORTED_PARTICIPLE.search(text, max(0, m.char_start - 40), m.char_start)
    return verb is not None and any(
        figures[i].char_end <= verb.start() and _THE_COUNTED_BEFORE_A_PARTICIPLE.fullmatch(text, figures[i].char_end, verb.start())
        for i in in_sentence)


_REPORTED_PARTICIPLE = re.compile(r"\b(?:reported|recorded|registered|confirmed|announced)\s+(?:(?:on|in|over|late|early)\s+)?$",
                                  re.IGNORECASE)
# what stands between a count and a participle that is its own ("481 new cases", "12 deaths were"): a few words, no
# comma, no article and no capital that would open a speaker ("40 died, the ministry reported on Monday", "11 civilians
# Al Jazeera reported Wednesday")
_THE_COUNTED_BEFORE_A_PARTICIPLE = re.compile(r"(?:\s+(?!(?:the|a|an|its|their|his|her|officials?|authorities|police)\b)[a-z][\w'-]*){0,3}"
                                              r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been|being))?\s+")


def _in_a_dateline(text: str, m: DateMention) -> bool:
    """"MOSCOW, March 11 (Reuters) - …", "Dhaka, Aug 5 (PTI) …": the date of the report, owned by none of its figures."""
    before = max(0, m.char_start - 60)
    return (bool(_DATELINE_DASH.match(text, m.char_end)) and bool(_DATELINE_PLACE.search(text, before, m.char_start))) \
        or (bool(_DATELINE_AGENCY.match(text, m.char_end)) and bool(_DATELINE_TITLE_PLACE.search(text, before, m.char_start))) \
        or _is_the_stories_own_date(text, m) or _a_dated_dateline(text, m)


def _a_dated_dateline(text: str, m: DateMention) -> bool:
    """A dateline with its year at the top ("Khartoum, 12 February 2025 – Médecins Sans Frontières …"): the day the story
    was written, which a text with no publication date counts its days from (a feed's date, when there is one, may be a
    later update's)."""
    if not _a_full_day_near_the_top(m):
        return False
    before = max(0, m.char_start - 60)
    if "\n" not in text[: m.char_start] and re.match(r"[ \t]*(?:\n|$)", text[m.char_end :]) and re.search(r"(?:,|\s[-–—|])\s*$", text[: m.char_start]):
        return True  # ("Statement by the Ministry of Health, 2 June 2025": a first line that closes on its day)
    return bool(_DATELINE_DASH.match(text, m.char_end)) and bool(
        _DATELINE_TITLE_PLACE.search(text, before, m.char_start) or _DATELINE_PLACE.search(text, before, m.char_start))


# Capitalised words before a date that make it part of a sentence, not a heading ("On 1 Feb 2015, …")
_PREPOSITIONS_BEFORE_A_DATE = frozenset("on in since until by from before after through between during of for to as at "
                                        "till around".split())
_HEADING_WORDS_BEFORE_A_DATE = frozenset("published publication updated posted dated date".split())
_AFTER_A_HEADING_DATE = re.compile(r"[*_]{0,3}(?:\s+(?:at\s+)?(?:\d{1,2}:\d{2}|(?:[01]\d|2[0-3])[0-5]\d)(?:\s*(?:GMT|UTC|[AP]M))?)?"
                                   r"(?:\s*[—–|:-])?(?:\s*\n|\s+[A-Z0-9\"“‘']|\s*$)")  # ("Wed 01 Oct 2014 at 1459 Regional NNA -")
# ("*March 21, 2025*": a date line in markdown emphasis)


def _a_full_day_near_the_top(m: DateMention) -> bool:
    """A single day written with its year in the first 400 characters: what a story's own date or a dateline is."""
    return m.char_start <= 400 and m.precision == "day" and m.start == m.end and bool(re.search(r"(?:1[89]|20)\d\d\b", m.text))


# a date that opens a line and a dash or colon after it: an entry of a timeline ("June 2023 — The RSF …", "- 8 March: …")
_ENTRY_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?[*_]{0,2}$")
_ENTRY_DASH = re.compile(r"[*_]{0,2}[ \t]*(?:[—–:]|-[ \t])")


def _timeline_entries(text: str, mentions: list[DateMention]) -> set[int]:
    """Where the dates that open a timeline's entries start: three lines or more that each open on a date and a dash."""
    starts = {m.char_start for m in mentions if m.type == "DATE" and _ENTRY_OPENING.search(text, max(0, m.char_start - 8), m.char_start)
              and _ENTRY_DASH.match(text, m.char_end)}
    return starts if len(starts) >= 3 else set()


def _is_the_stories_own_date(text: str, m: DateMention) -> bool:
    """A full date with its year at the top of the story, standing as a heading rather than in a sentence: after the
    title and the outlet ("… Monitor AFP Sunday 1 Feb 2015 At least seven people …"), or after "Published" or "Date of
    publication", or opening the text ("Thursday 31 July 2014 10:59 Syrian Coalition: …")."""
    if not _a_full_day_near_the_top(m):
        return False
    if (numeric := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}", m.text)) and numeric.group(1) != numeric.group(2) \
            and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12:
        return False  # ("5-04-2016": which is the day, only the publication date can tell)
    if not _AFTER_A_HEADING_DATE.match(text, m.char_end):
        return False
    word = re.search(r"([\w’'-]+)[^\w\n]*$", text[max(0, m.char_start - 40) : m.char_start])
    if word is None:  # (the date opens the text or a line of its own: "By AFP\n\nDecember 23, 2024\n\n…")
        return not text[: m.char_start].strip(" \t\n*_") or text[: m.char_start].rstrip(" \t*_").endswith("\n") \
            or text[: m.char_start].rstrip()[-1:] in ":|—–-"
    w = word.group(1)
    if w.lower() in _HEADING_WORDS_BEFORE_A_DATE or (w.lower() in ("at", "on") and re.search(
            r"\b(?:updated|published|posted)\s+(?:at|on)\W*$", text[max(0, m.char_start - 40) : m.char_start], re.IGNORECASE)):
        return True  # ("Published April 8 2017", "Last updated at Jul 17 2015")
    return w[:1].isupper() and w.lower() not in _PREPOSITIONS_BEFORE_A_DATE and not re.search(r"[.!?,;]\s*$", text[: m.char_start])


def _other_clause_between(text: str, m: DateMention, fig, others: list) -> bool:
    """"Over 3,000 people have been killed since the war began, more than 1,000 of them since late September":
    another figure, in a clause of its own, stands between the date and this figure."""
    date_after = m.char_start >= fig.char_end
    lo, hi = (fig.char_end, m.char_start) if date_after else (m.char_end, fig.char_start)
    for other in others:
        if lo <= other.char_start and other.char_end <= hi and not _PART_BEFORE.search(text, max(0, other.char_start - 30), other.char_start) \
                and not (date_after and _A_PART_ASIDE_CLOSED.match(text, other.char_end, m.char_start)
                         and text[:other.char_start].rstrip().endswith(",")):
            # (a part is no clause of its own: "12,340 civilians, including 669 children, have been killed since …", "28
            # suspected cases and 15 deaths, four of them health workers, have been recorded since late August")
            # the clause break that matters is the one between this figure and the other
            between = text[fig.char_end : other.char_start] if date_after else text[other.char_end : fig.char_start]
            if date_after and re.fullmatch(r"\s*,\s*with\s+(?:[\w-]+\s+){0,2}", between) \
                    and re.match(r"[^,;.]{0,30},", text[other.char_end : m.char_start]):
                continue  # "had reached 44,211, with 104,567 wounded, since the war began": an aside of the same toll
            # (a run of participles tells the consequences of one clause: "…, sinking two vessels, seizing another and
            # killing at least four seafarers")
            # (nor does the subject's second verb after ", and": "have killed 274 people, including 21 children, and
            # wounded more than 1,000 others since this morning" is one clause with two objects)
            between = _SECOND_VERB_AFTER_COMMA.sub(" ", _PART_ASIDE_BETWEEN.sub(" ", between))
            if _PUNCT_BREAK.search(_PARTICIPLE_AFTER_COMMA.sub(" ", _DIGIT_GROUP.sub("", between))):
                return True
    return False


# "273 people have died of malnutrition since the war began, most of them in the past two months": the stretch of a
# part the sentence does not count, not the whole's
_UNCOUNTED_PART_BEFORE = re.compile(r",\s*(?:most|many|some|half|all|nearly\s+all|almost\s+all|the\s+majority|a\s+third|a\s+quarter)"
                                    r"\s+of\s+(?:them|whom|those|these)\b[^,;:()]*$", re.IGNORECASE)
_A_PART_ASIDE_CLOSED = re.compile(r"\s+of\s+(?:them|whom)\b[^,;:()]{0,50},[^,;:()]*$", re.IGNORECASE)
_PART_ASIDE_BETWEEN = re.compile(r",\s*(?:including|among\s+them)\s[^,;:()]*(?=,)", re.IGNORECASE)
_SECOND_VERB_AFTER_COMMA = re.compile(r",(?=\s+and\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|en)\s)")


_RUNNING_TOTAL_WORDS = re.compile(r"\b(?:since|so\s+far|to\s+date|have|has)\b", re.IGNORECASE)
_EVENT_SUBORDINATE = re.compile(r"\s(?:when|after)\s+(?:a|an|the|its|their)\s"
                                # ("… killed and hundreds displaced after torrential rain caused flooding … on Thursday night")
                                r"|\s(?:when|after)\s+(?:[a-z-]+\s+){1,3}?(?-i:[a-z]+ed|struck|hit|broke|swept|tore|fell|sank|began|burst)\b"
                                # ("… were killed and dozens wounded in clashes … over the weekend": the event's phrase)
                                r"|\sin\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:clashes|fighting|attacks?|strikes?|air\s+strikes?|"
                                r"airstrikes?|raids?|violence|floods|flooding|explosions?|blasts?|shelling|bombings?|stampede|crash|"
                                r"collision|fire|landslides?|storms?)\b", re.IGNORECASE)
_AND_BEFORE_A_DATE = re.compile(r"\b(?:and|but)\s+(?:(?:in|on|at|during|by)\s+)?(?:(?:early|late|mid)\s+)?$", re.IGNORECASE)
_ITS_OWN_SPEAKER_AFTER = re.compile(r"\s*,?\s+(?:it|he|she|they|we|(?:the|its|their)\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                                    r"(?:said|says|reported|announced|estimated|told|put|confirmed)\b")
# ("… dispatched since January and that about 2,000 casualties had been reported in total": a second thing said)
_AND_THAT_BEFORE = re.compile(r",?\s+(?:and|but)\s+that\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NEW_SUBJECT_CLAUSE = re.compile(r"\s(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+"
                                 r"(?:[\w'’-]+\s+){0,7}?(?:has|have|had|is|are|was|were|will|would)\s"
                                 # (", but labour groups say inspections have slowed since 2020": a speaker's own clause)
                                 r"|,\s+(?:and|but|while|whereas)\s+(?:[A-Za-z'’-]+\s+){1,4}?(?:say|says|said)\s", re.IGNORECASE)
_PARTICIPLE_AFTER_COMMA = re.compile(r",(?=\s+(?:and\s+)?[a-z]+ing\b)")
def _a_past_deed_said_after(text: str, m: DateMention, fig) -> bool:
    """"pledged to deliver two more systems by the end of the year and said it had already handed over some 60 tanks": a
    second report of the subject's own deed follows the date before the figure."""
    return m.char_end <= fig.char_start and _AND_SAID_IT_HAD.search(_between(text, m, fig)) is not None


_AND_SAID_IT_HAD = re.compile(r"\band\s+(?:said|says|added|announced)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:had|has|have)\b", re.IGNORECASE)
_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose)\s")
_ASIDE_OPENER = re.compile(r",\s+(?:where|which|who|whose|when)\s[^,;:()]*$", re.IGNORECASE)


def _stretch_ending(window: DateMention, end: str | None) -> str | None:
    """The start of a stretch such as "the past 24 hours" moved to end on ``end``, the day its report names (the
    stretch was read back from the publication date)."""
    if not (window.start and window.end and end):
        return window.start
    length = date.fromisoformat(window.end[:10]) - date.fromisoformat(window.start[:10])
    return (date.fromisoformat(end[:10]) - length).isoformat()


def _in_an_aside_closed_before(text: str, sentence_start: int, fig: object, at: int) -> bool:
    """"In Tawila, where some 380,000 people have fled, more than 1,500 cases have been recorded in the past month":
    the figure stands in a relative aside that closes before ``at``, so what the main clause says at ``at`` is not its."""
    return bool(_ASIDE_OPENER.search(text, max(sentence_start, fig.char_start - 120), fig.char_start)) \
        and "," in text[fig.char_end : at]
# a season's yearly timetable (", which runs from June to September,"): no day of the figures outside it
_ASIDE_HABIT = re.compile(r"\s*(?:usually\s+|normally\s+|typically\s+|generally\s+)?(?:runs|starts|begins|ends|lasts|peaks|falls|"
                          r"takes\s+place|is\s+held|arrives)\b", re.IGNORECASE)
_ASIDE_CLAIM = re.compile(r"\b(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|argue|argues|argued|insist|insists|"
                          r"insisted|believe|believes|believed|accuse|accuses|accused|deny|denies|denied)\b", re.IGNORECASE)


_PERFECT_MAIN_CLAUSE = re.compile(r"\s*(?:also\s+|now\s+|since\s+)?(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|lt|pt)\b", re.IGNORECASE)


def _an_aside_holding(text: str, sentence: tuple[int, int], m: DateMention) -> tuple[re.Match, int] | None:
    """The opener (", which", ", who", ", whose") and the closing comma of a relative aside that holds the date ``m``,
    if one does."""
    opener = None
    for opener in _RELATIVE_OPENER.finditer(text, sentence[0], m.char_start):
        pass
    if opener is None or re.search(r"[,;:()]", text[opener.end() : m.char_start]):
        return None
    close = text.find(",", m.char_end, sentence[1])
    if close < 0 or re.search(r"[;:()]", text[m.char_end : close]):
        return None
    return opener, close


def _relative_aside_around(text: str, sentence: tuple[int, int], m: DateMention) -> tuple[int, int] | None:
    """The span of a relative aside between commas that tells what someone claims and holds a date (", which
    say the Oct. 26 election was rigged,"), if one does."""
    aside = _an_aside_holding(text, sentence, m)
    if aside is None:
        return None
    opener, close = aside
    if not (_ASIDE_CLAIM.search(text, opener.end(), m.char_start) or _ASIDE_HABIT.match(text, opener.end())
            # ("The minister, who was appointed last week, said 40 people had died": the speaker's own past)
            or _on_the_speaker(text, opener, close)
            # ("The military government, which seized power in September 2022, has recruited some 50,000 volunteers": a
            # deed of the subject's past before a total in the perfect, which runs to the report; not an onset, "The war,
            # which began in 2011, has killed 280,000")
            or (_PERFECT_MAIN_CLAUSE.match(text, close + 1) and not _ONSET_BEFORE.search(text, opener.end(), m.char_start))):
        return None  # ("The floods, which struck on Friday evening, also destroyed 400 houses": the aside tells the event)
    return opener.start(), close


def _in_a_speakers_aside(text: str, sentence: tuple[int, int], m: DateMention) -> bool:
    """Whether a date stands in an aside on who speaks (", who took office only last month, said he would stay on")."""
    aside = _an_aside_holding(text, sentence, m)
    return aside is not None and _on_the_speaker(text, *aside)


def _on_the_speaker(text: str, opener: re.Match, close: int) -> bool:
    """Whether an aside opened by ", who" or ", whose" is followed by its subject's reporting verb."""
    return opener.group().rstrip().endswith(("who", "whose")) and _A_SPEAKERS_VERB.match(text, close + 1) is not None


_A_RELATIVE_CLAUSE_UP_TO = re.compile(r"\b(?:that|which|who|where)\s+[^,;:.()\d]{0,80}?\buntil\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?\s*|late\s+)?$",
                                      re.IGNORECASE)
_ABOARD_BEFORE = re.compile(r"\b(?:carrying|holding|transporting|packed\s+with|with)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|"
                            r"at\s+least\s+|roughly\s+|an\s+estimated\s+)?$", re.IGNORECASE)
_EVENT_CLAUSE_BETWEEN = re.compile(r"[^,;:()]{0,80}?\b(?:after|when|as)\s+(?:a|an|the|their|its)\s+[^,;:()]{0,40}$", re.IGNORECASE)
# an aside that lists the parts of the count before it (", among them 745 civilians,"): its opening, its rest, the whole
_A_LISTING_ASIDE_OPENS = r",\s+(?:among\s+them|including|mostly|most\s+of\s+them)\s+"
_LISTED_ASIDE_OPENING = re.compile(_A_LISTING_ASIDE_OPENS + r"$")
_REST_OF_A_LISTED_ASIDE = re.compile(r"^[^,;:()]{0,60},")
_LISTED_ASIDE = re.compile(_A_LISTING_ASIDE_OPENS + r"[^,;:()]{1,60},")
_LISTED_PART_BEFORE = re.compile(r",\s+(?:including|among\s+them)\s+$", re.IGNORECASE)
_A_SPEAKERS_VERB = re.compile(r"\s*(?:(?:also|later|then|has|have|had)\s+)?(?:said|says|told|tells|announced|added|stated|confirmed|wrote|"
                              r"warned|insisted|argued|vowed|pledged|promised|tweeted|posted)\b")


def _in_one_clause(text: str, m: DateMention, fig) -> bool:
    """Whether no punctuation (other than inside a number) stands between a date and a figure."""
    return not _PUNCT_BREAK.search(_DIGIT_GROUP.sub("", _between(text, m, fig)))


def _between(text: str, m: DateMention, fig) -> str:
    """The text between a date mention and a figure, whichever comes first."""
    return text[m.char_end : fig.char_start] if m.char_end <= fig.char_start else text[fig.char_end : m.char_start]


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|although)\b", re.IGNORECASE)


# "Three weeks of fighting have killed 200 people": a stretch of time that opens its sentence as the subject of
# a toll ends at the publication date
_A_STRETCH_OF = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,5}?(?:have|has|had)\b", re.IGNORECASE)


# "have been killed in 24 hours": a count of hours in the perfect is the stretch up to the report, as "the past 24 hours"
_IN_THE_LAST_HOURS = re.compile(r"\d{2}\s+hours\b")
# the day a group was founded, in a relative clause ("the MK party, which was formed only in December")
_FOUNDED_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:only\s+|first\s+|newly\s+|just\s+)?"
                               r"(?:formed|founded|created|established|set\s+up|launched|registered|born|inaugurated|sworn\s+in)"
                               r"\b[^,;.]*$", re.IGNORECASE)
# a distance that says where ("60 km away", "80 km south of the city")
_A_DISTANCE_AWAY = re.compile(r"\s+(?:away|from|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                              r"south-east|south-west|outside|off|inland|offshore|beyond|short\s+of)\b", re.IGNORECASE)
_MODAL_BEFORE_THE_FIGURE = re.compile(r"\b(?:would|will|could|might|shall)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a reporting clause, then an "as" clause with a day of its own, after a running total in the perfect
_SAID_THEN_AS = re.compile(r",\s+(?:[\w.'’-]+\s+){1,8}?(?:said|says|told\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*,\s+as\s+", re.IGNORECASE)
_PERFECT_IN_THE_FIGURES_CLAUSE = re.compile(r"[^,;.]{0,30}?\b(?:have|has)\s+(?:been\s+|now\s+)?[a-z]+(?:ed|en|wn)\b", re.IGNORECASE)
_PERFECT_JUST_BEFORE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b[^,;.]*?\b(?:in|within)\s+$", re.IGNORECASE)
_SINCE_AFTER_A_STRETCH = re.compile(r"\s+since\s+(?!then\b)", re.IGNORECASE)
_DAYS_OF_FIGHTING = re.compile(r"\s+of\s+(?:(?:heavy|fierce|intense|deadly|violent|sectarian|nationwide|renewed|street|mass|anti-government)\s+)*"
                               r"(?:fighting|clashes|protests|violence|unrest|bombardment|bombing|shelling|battles?|demonstrations|"
                               r"rioting|riots|air\s*strikes|airstrikes|strikes|attacks|raids|hostilities|combat|rain|rains|flooding)\b",
                               re.IGNORECASE)
_OF_AN_EVENT_AFTER = re.compile(r"\s+(?:of|after|before|from|since|following)\b", re.IGNORECASE)


def _lookback_start(m: DateMention, pub: date, subject: bool = False) -> date | None:
    """First day of "the past week" / "the last three days" / "over the past month", counted back from ``pub``;
    with ``subject``, of a stretch of time that is the sentence's subject ("Three weeks of fighting have killed …")."""
    if m.type != "DURATION" or not (subject or re.match(r"(?:over\s+|in\s+|during\s+)?the\s+(?:past|last|previous)\b", m.text, re.IGNORECASE)):
        return None
    hours = re.fullmatch(r"PT(\d+)H", m.value)
    if hours:
        return pub - timedelta(days=max(1, math.ceil(int(hours.group(1)) / 24)))
    found = re.fullmatch(r"P(\d+)([DWMY])", m.value)
    if not found:
        return None
    n, unit = int(found.group(1)), found.group(2)
    if unit == "D":
        return pub - timedelta(days=n)
    if unit == "W":
        return pub - timedelta(weeks=n)
    if unit == "M":
        return _add_months(pub, -n)
    return _add_months(pub, -12 * n)


# "43 civilians have been killed, most of them in Eastern Ghouta, which has been besieged since 2013": a
# relative clause about a place has its own period, not the figure's
_PLACE_RELATIVE = re.compile(r"\b[A-Z][\w-]+\s*,?\s+(?:which|where)\b")


# "killed 22 people, …, bringing the death toll since October to more than 3,000": the period is the total's
_RAISES_A_TOTAL = re.compile(RAISING_A_TOTAL + r"(?:[\w-]+\s+){0,2}?(?:total|toll|tally|count|number)\b|" + RAISING_A_BARE_TOTAL,
                             re.IGNORECASE)


def _compares_since(text: str, m: DateMention) -> bool:
    """"the deadliest since 2015", "the deadliest since the start of the war in 2011": a superlative
    compares; it gives no period."""
    since = _since_phrase(text, m).char_start
    return bool(_SUPERLATIVE_SINCE.search(text[max(0, since - 40) : since + 6]))


def _since_phrase(text: str, m: DateMention) -> DateMention:
    """The mention widened back to its "since" ("since the outbreak was declared in January"), for distances."""
    lead = max(0, m.char_start - 90)
    since = text[lead : m.char_start].lower().rfind("since")
    return m if since < 0 else replace(m, char_start=lead + since)


def _gap(m: DateMention, fig, text: str) -> int:
    """Distance from a date mention to a figure, in characters, plus a penalty per clause boundary
    between them: "12 arrested on Saturday, and three on Sunday" gives Saturday to the 12."""
    if m.char_start >= fig.char_end:
        between = text[fig.char_end : m.char_start]
        what = getattr(fig, "what", None)
        if isinstance(what, str) and what and between.lstrip().startswith(what + " "):
            # "released 90 Palestinian prisoners early Monday": the date follows the counted phrase, not the number
            between = between.lstrip()[len(what):]
    elif fig.char_start >= m.char_end:
        between = text[m.char_end : fig.char_start]
    else:
        return 0
    return len(between) + 100 * len(_CLAUSE_BREAK.findall(between))


# a verb in the past that is not a report's ("were wounded", "stormed"; not "said", nor "says … face famine")
_PAST_EVENT_VERB = re.compile(r"\b(?:were|was|had)\b|\b(?!(?:said|reported|added|stated|confirmed|announced|disclosed|noted|"
                              r"warned|claimed|estimated|told)\b)(?:(?-i:[a-z]+[a-df-z]ed)|" + _IRREGULAR_PAST + r")\b", re.IGNORECASE)


# "has killed more than 300000", "have been displaced": a running total, not one day's event
# (nor a plan: "is set to see more than 30000 people evacuated")
# participles of the perfect that "-ed" and its kin do not catch ("has fled", "have lost")
_IRREGULAR_PERFECTS = "found|left|fled|lost|made|held|kept|sent|brought|caught|led|met|paid|won"
_HAS_DONE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:[a-z]+(?:ed|en|wn|lt|pt)|" + _IRREGULAR_PERFECTS + r")\b"
                       r"|\b(?:will|(?:is|are)\s+(?:set|expected|due)\s+to|plans?\s+to)\b", re.IGNORECASE)


_SAYS_NOW = re.compile(r"\b(?:says?|estimates?|believes?)\b", re.IGNORECASE)


# ("updating an earlier toll on Sunday evening of 15": the day of the toll it replaces)
_AN_EARLIER_TOLL = re.compile(r"\b(?:an?|the|its)\s+(?:earlier|previous|initial|first|old)\s+(?:death\s+)?(?:toll|tally|figure|count|estimate)"
                              r"\s+(?:(?:given|issued|released|reported|published)\s+)?(?:on|of|from|late|early)?\s*$", re.IGNORECASE)


# "The previous deadliest, on April 4 in Kryvyi Rih, killed 20 people": the sentence tells an earlier event of the kind
# the story compares with, whose day the next sentence does not inherit
_AN_EARLIER_ONE = re.compile(r"\s*(?:the|an?)\s+(?:previous|earlier|last|former)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:deadliest|worst|largest|biggest|record|such|one|attack|strike|disaster)\b[^.;]*$", re.IGNORECASE)


def _compared_or_awaited(text: str, sentence_start: int, m: DateMention) -> bool:
    """Whether ``m`` dates something the sentence measures against or waits for, which a later sentence does not
    inherit: "…, surpassing the 67 deaths reported on July 19" (the figure compared), "one of the deadliest on troops
    this year" (the stretch compared over), "ahead of the Eid al-Fitr festival" (the day waited for), "updating an
    earlier toll on Sunday evening of 15" (the day of the toll replaced)."""
    def before(n: int) -> int:
        return max(sentence_start, m.char_start - n)
    return bool(_SURPASSED_FIGURE_BEFORE.search(text, before(80), m.char_start)
                or _SUPERLATIVE_IN.search(text, before(70), m.char_start)
                or _ORDINAL_IN.search(text, before(60), m.char_start)
                or _AHEAD_OF.search(text, before(70), m.char_start)
                or _AN_EARLIER_TOLL.search(text, before(50), m.char_start)
                or _AN_EARLIER_ONE.match(text, sentence_start, m.char_start)
                or _THAN_AT_AN_EARLIER_EVENT.search(text, before(60), m.char_start)  # ("lower than in the previous election in 2021")
                or (m.precision in ("year", "month", "decade") and _SUPERLATIVE_ON_WHOM.search(text, before(50), m.char_start)))


def _tells_a_past_event(sentence: str) -> bool:
    return bool(_PAST_EVENT_VERB.search(sentence))


# a verb in the simple present, which tells how things stand at the report
# (not "is" nor "are": "At least 32 are confirmed dead" is the event's toll)
_SIMPLE_PRESENT = re.compile(r"\b(?:remains|remain|shelters|hosts|houses|holds|employs|needs|faces)\b")
# a belief held now about the people counted ("are believed to be dead"): no past event of the sentence
_BELIEF_NOW = re.compile(r"\b(?:is|are)\s+(?:believed|thought|feared|presumed|said|reported|understood|known|confirmed)\b", re.IGNORECASE)
# the present named against a date told before ("Now we have 120", "it currently shelters 12,000")
_NOW = re.compile(r"\b(?:now|currently|at\s+present|at\s+the\s+moment|these\s+days)\b", re.IGNORECASE)


def _previous_sentence_date(by_sentence: dict[int, list[DateMention]], spans: list[tuple[int, int]], text: str,
                            sentence: int, toll: bool = False, pub: date | None = None) -> DateMention | None:
    """The date of the sentence before, when it is in the same paragraph (no blank line between); across
    one paragraph break only the day of an event, for a sentence that tells of a past event itself (wire
    copy gives each sentence its own paragraph: "…on Wednesday, a group said. / …, adding that more than
    100 were wounded")."""
    prev = sentence - 1
    if prev < 0:
        return None
    # (a text that breaks its paragraphs with one newline, as copies from web pages do, breaks them all the same)
    if text.count("\n", spans[prev][1], spans[sentence][0]) in (1, 2) and not text[spans[prev][1] : spans[sentence][0]].strip() \
            and not _list_line(text, spans[sentence][0]) and not _list_line(text, spans[prev][0]):
        if not _tells_a_past_event(_HELD_NOW.sub(" ", here := text[spans[sentence][0] : spans[sentence][1]])):
            return None  # (not "…, 10,000 Palestinians are being held": where they are at the report)
        if _SAYS_NOW.search(here) and _HAS_DONE.search(here) and not re.search(r"\b(?:was|were|had)\b", here, re.IGNORECASE):
            return None  # "Aid groups say some 90% of Gaza's population have been displaced": as of the report
        days = [m for m in by_sentence.get(prev, []) if m.relation is None and m.precision == "day"
                and (m.type == "DATE" or _PART_OF_DAY_VALUE.search(m.value or "")) and m.start == m.end and not _in_a_dateline(text, m)
                and not _compared_or_awaited(text, spans[prev][0], m)
                # ("…, up from 73 a day earlier. / Of the 94 deaths, …": the baseline's day is not the next paragraph's)
                and not _BASELINE_BEFORE.search(text, max(spans[prev][0], m.char_start - 40), m.char_start)
                and not _BASELINE_AMOUNT_BEFORE.search(text, max(spans[prev][0], m.char_start - 70), m.char_start)]
        days = _events_before_reports(text, spans[prev][0], days)
        return days[-1] if len(days) == 1 else None
    if "\n" in text[spans[prev][1] : spans[sentence][0]]:
        # a list item or table row takes the date of the line that introduces its list
        # ("Key figures (as of 10 March 2025):" / "- Killed: 34")
        if not _list_line(text, spans[sentence][0]):
            return None
        while prev >= 0 and _list_line(text, spans[prev][0]) and text.count("\n", spans[prev][1], spans[prev + 1][0]) == 1:
            prev -= 1
        # (a markdown table needs a blank line before it: its introducing line may stand one paragraph up)
        if prev < 0 or text.count("\n", spans[prev][1], spans[prev + 1][0]) > 2 or not text[spans[prev][0] : spans[prev][1]].rstrip().endswith(":"):
            return None
    if "\n" not in text[spans[prev][1] : spans[sentence][0]] and _SIMPLE_PRESENT.search(here := text[spans[sentence][0] : spans[sentence][1]]) \
            and not _tells_a_past_event(_BELIEF_NOW.sub(" ", here)) and not _HAS_DONE.search(here):
        # ("Around 120 hostages remain in Gaza, about a third of whom are believed to be dead": a belief now is no past event)
        return None  # "… confirmed famine in Zamzam camp in August. The camp shelters about 500,000 people.": the present
    # a decade or a century ("in the 1930s") is background, not the time the next sentence reports on
    # (nor is a date in a relative clause: "… the territory that it seized in mid-2014. The ministry said …")
    since_then = _SINCE_THEN.search(text, spans[sentence][0], spans[sentence][1]) is not None and not by_sentence.get(sentence)
    # (an onset the sentence before tells, "a civil war that began in early 2011", is where "Since then" counts from)
    points = [m for m in by_sentence.get(prev, []) if (m.relation != "since" or (since_then and m.start))
              and m.value not in ("PAST_REF", "PRESENT_REF")
              and m.precision not in ("decade", "unknown")
              and not _BASELINE_BEFORE.search(text, max(spans[prev][0], m.char_start - 40), m.char_start)  # ("up from a year ago")
              and not _BASELINE_AMOUNT_BEFORE.search(text, max(spans[prev][0], m.char_start - 70), m.char_start)  # ("down from 235 four years ago")
              and not _compared_or_awaited(text, spans[prev][0], m)
              # ("… has called for protests starting Wednesday. Some 2,000 people have fled": a day still ahead dates no count)
              and not (pub is not None and m.start and m.start[:10] > pub.isoformat() and _tense(text, m.char_start, m.char_end) == "future")
              # ("the attack was a response to the alleged chemical weapon use in Idlib on Tuesday": the day of its cause)
              and not _the_cause_of_another(text, spans[prev][0], spans[sentence], m)
              # ("The prime minister, who took office only last month, said he would stay on. Analysts said …")
              and not _in_a_speakers_aside(text, spans[prev], m)
              and not ((_IN_A_RELATIVE_CLAUSE.search(text, max(spans[prev][0], m.char_start - 50), m.char_start)
                        or _A_THINGS_HISTORY.search(text, max(spans[prev][0], m.char_start - 110), m.char_start))
                       and not _SINCE_THEN.search(text, spans[sentence][0], spans[sentence][1]))]
    # (but "the war, which began in 2011 … The war has since killed": the start of what "since" counts from)
    if toll and not points and prev >= 1 and "\n" not in text[spans[prev - 1][1] : spans[sentence][0]] \
            and all(_compared_or_awaited(text, spans[prev][0], m) for m in by_sentence.get(prev, [])) \
            and _tells_a_past_event(sentence_text := text[spans[sentence][0] : spans[sentence][1]]) \
            and not _HAS_DONE.search(sentence_text):
        # "… killed 16 on Monday. / The highest toll was in Douma, it said. / Five more were killed in Sabqa": an
        # undated sentence between carries the day on to a toll told in the past (one sentence at most; not to
        # background such as "the war, which has killed more than 300,000")
        points = [m for m in by_sentence.get(prev - 1, []) if m.relation is None and m.precision == "day"
                  and (m.type == "DATE" or _PART_OF_DAY_VALUE.search(m.value or ""))
                  and m.start == m.end and m.value[:1].isdigit() and not _in_a_dateline(text, m)
                  and not _compared_or_awaited(text, spans[prev - 1][0], m)]
        # (the event's day, not the report's: "… convoy on Monday night killing scores …, the Civil Defence confirmed in
        # a statement late on Tuesday. / … / Fifteen volunteers were killed" → Monday night)
        points = _events_before_reports(text, spans[prev - 1][0], points)
        return points[-1] if len(points) == 1 else None
    here = text[spans[sentence][0] : spans[sentence][1]]
    state = _HELD_NOW.sub(" ", here)  # ("10,000 Palestinians are being held in Israeli jails": where they are now)
    if (not toll or _STILL.search(here)) and _PRESENT_STATE.search(here) \
            and ((not _tells_a_past_event(_HEARSAY.sub(" ", state)) and not _OUTCOME_NAMED.search(state))
                 or _REMAIN_IN_A_STATE.search(state)):
        # ("Tens of thousands remain trapped in the city": a state that lasts to the report)
        # "… two strikes near Raqa on Monday. There are an estimated 300,000 people still living in the city": a state
        # in the present is the report's, not the day of the event before it
        points = [m for m in points if m.precision not in ("day", "hour", "minute")]
    if _PERFECT.search(here) and not re.search(r"\b(?:was|were|had)\b", here, re.IGNORECASE) and "since" not in here.lower() \
            and "so far" not in here.lower():
        # "… sent 3,000 soldiers in January and February. Around 4,000 of them have been killed or wounded": a total as
        # of the report, not of the months the sentence before tells
        points = [m for m in points if (m.precision in ("day", "hour", "minute") and m.start == m.end) or pub is None or not m.end
                  or m.end[:10] >= pub.isoformat()]
    events = _events_before_reports(text, spans[prev][0], points)
    if len(events) < len(points) and _tells_a_past_event(here := text[spans[sentence][0] : spans[sentence][1]]) \
            and not _PRESENT_STATE.search(here):
        points = events  # (a state in the present is the report's: "Hundreds of badly injured civilians are at hospitals")
    return points[-1] if points else None


# (and a date that is an adverb of its own: "Daraya, which fell to Assad regime forces last year", "raids that
# began a day earlier"; not "an alliance which on Friday took Manbij", where the clause tells the story's event)
_IN_A_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:(?:[\w-]+\s+){1,6}?(?:in|on|since|during)\s+(?:(?:early|late|mid)[\s-]+)?"
                                   r"|(?:[\w-]+\s+){0,4}?[a-z]+(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bby)(?<!\bof)\s+)$"
                                   # ("Mondlane, who claims he won the Oct. 9 vote, …": a speaker's claim about an earlier day)
                                   r"|\bwho\s+(?:claims|claimed|says|said|insists|insisted|maintains|argues)\s+(?:[\w'’.-]+\s+){0,6}?$",
                                   re.IGNORECASE)
def _the_cause_of_another(text: str, prev_start: int, sentence: tuple[int, int], m: DateMention) -> bool:
    """Whether ``m`` dates what a response answered ("the attack was a response to the alleged chemical weapon use in
    Idlib on Tuesday"), while the next sentence tells of the response ("five people were killed in the attack"); not
    when the sentence names the cause again ("… in response to an alleged chemical attack on August 21. Washington
    blames the government for the attack")."""
    cause = _IN_RESPONSE_TO.search(text, max(prev_start, m.char_start - 80), m.char_start)
    if cause is None:
        return False
    named_here = {w for w in re.findall(r"\bthe\s+([a-z]{4,})", text[sentence[0] : sentence[1]].lower())}
    return not (named_here & set(re.findall(r"[a-z]+", cause.group().lower())))


_PERFECT_IRREGULAR = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:struck|hit|shot|fought|seen|" + _IRREGULAR_PERFECTS + r")\b",
                                re.IGNORECASE)
_OPENING_QUALIFIER = re.compile(r"(?:(?:more\s+than|about|around|some|nearly|almost|at\s+least|over|another|a\s+further)\s+)+",
                                 re.IGNORECASE)
_SINCE_AN_EVENT = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|launch|onset)\s+of|the\s+(?:war|conflict|operation|"
                             r"offensive|invasion|fighting|attack|campaign)\b)", re.IGNORECASE)
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+[^,.;:]{0,140}$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt|pt)\b", re.IGNORECASE)
_IN_RESPONSE_TO = re.compile(r"\b(?:response\s+to|retaliation\s+for|revenge\s+for|to\s+avenge|reprisal\s+for)\b[^.;]{0,70}$",
                             re.IGNORECASE)
# "the Opera House, which was inaugurated by President Bashar al-Assad in 2004": a passive relative clause that tells
# a thing's history
_A_THINGS_HISTORY = re.compile(r"\bwhich\s+(?:was|were)\s+(?:first\s+)?[a-z]+(?:ed|en|lt|wn)\s+(?:by\s+)?(?:[\w.'’-]+\s+){0,10}?(?:(?:in|on)\s+)?$")
# ("Daraya, which was evacuated by opposition forces and surrendered to Assad regime control last year")
# ("Fifty-eight hostages remain in Gaza": what is still so is so at the report, whatever befell the people)
_HEARSAY = re.compile(r"\b(?:believed|thought|feared|said|presumed|reported)\s+(?:to\s+be|dead|alive)\b", re.IGNORECASE)
# ("10,000 Palestinians are being held in Israeli jails": where people are at the report, whatever verb says so)
_HELD_NOW = re.compile(r"\b(?:are|is)\s+(?:still\s+)?(?:being\s+)?(?:held|detained|imprisoned|jailed)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:remain|remains|still)\b|" + _HELD_NOW.pattern, re.IGNORECASE)
# (but "Most of the dead militants are members of …" still tells of the event's dead)
_OUTCOME_NAMED = re.compile(r"\b(?:" + "|".join(lexicon.load("categories")["outcome_words"] + lexicon.load("categories")["victim_nouns"])
                            + r")\b", re.IGNORECASE)
_REMAIN_IN_A_STATE = re.compile(r"\b(?:remain|remains|are\s+still|is\s+still)\s+(?:\w+\s+)?(?:trapped|missing|displaced|detained|held|"
                                r"besieged|stranded|homeless|unaccounted)\b", re.IGNORECASE)
_PRESENT_STATE = re.compile(r"\b(?:are|is|remain|remains|live|lives|reside|resides|hosts)\b(?!\s+(?:\w+\s+)?(?:believed|thought|said|feared|reported)\b)",
                            re.IGNORECASE)  # ("Eastern Ghouta, where an estimated 400,000 people live, faces …")
# A line of a tally that labels its number with a dash: "tanks — 10,870 (+4)", "personnel — about 973,480"
_DASH_LABELLED_LINE = re.compile(r"[ \t]*[A-Za-z][\w '’/&()-]{0,40}?\s+[—–]\s*(?:[A-Za-z~≈]+\s+)?\d"
                                 # (a line of its own labelled with a colon: "Injured in Gaza: 103,370")
                                 r"|[ \t]*[A-Z][\w '’/&()-]{0,40}?:[ \t]*(?:[A-Za-z~≈]+[ \t]+){0,2}\d[\d,.]*(?:[ \t]+million)?[ \t]*(?:[,(]|\n|$)")


def _list_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is an item of a list or a table, marked or labelled with a dash."""
    return bool(LIST_OR_TABLE_LINE.match(text, pos) or _DASH_LABELLED_LINE.match(text, pos))


_PART_OF_DAY_VALUE = re.compile(r"T(?:NI|MO|AF|EV|DT)$")  # "overnight", "on Monday evening": a day's part is its day


def _events_before_reports(text: str, sentence_start: int, mentions: list[DateMention]) -> list[DateMention]:
    """Of a sentence's dates, those of its events when it has both kinds ("fired 145 drones overnight, the air
    force said Sunday": overnight); the report's own day only when it names no other."""
    events = [m for m in mentions if not _REPORTING.search(text[max(sentence_start, m.char_start - 25) : m.char_start])]
    return events if events else mentions
