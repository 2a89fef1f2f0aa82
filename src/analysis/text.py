"""Tokens and sentences with offsets that always point into the original text."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import lexicon

# A number token keeps its separators ("1,100", "1 100" with a thin space, "2.5"); words keep
# inner hyphens and apostrophes ("twenty-five", "year-old", "Korea's") and a web domain glued to them
# ("PowerOutage.us", "Airwars.org"); anything else is one char.
_TOKEN = re.compile(
    r"\d(?:[\d,.\u2009\u202f\u00a0]*\d)?"
    r"|[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*(?:\.(?:com|org|net|gov|info|io|us)(?![^\W_]))?"
    r"|\S",
)
# URLs, e-mail addresses and markdown link targets: numbers inside them are neither figures nor dates.
URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\]\([^)]*\)|<[^>\s]+>")
_GROUPED = re.compile(r"\d{1,3}(?:([,\u2009\u202f\u00a0])\d{3})(?:\1\d{3})*(?:\.\d+)?")
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_LAKH_GROUPED = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")  # "12,34,567.89": South Asian grouping
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# the scale words of the number grammar (lexicon/numbers.yml), spelled out or in an abbreviation that means nothing else
_SCALE_AFTER = re.compile(r"\s*(?:" + "|".join(
    [w for w, v in lexicon.load("numbers")["scales"].items() if v >= 1000] + lexicon.load("numbers")["unambiguous_scale_abbreviations"])
    + r")\b", re.IGNORECASE)


class Token(NamedTuple):
    """A token and where it stands in the text (a tuple: cheap to make by the hundred thousand)."""

    text: str
    start: int
    end: int
    low: str  # the text in lower case, computed once

    @property
    def lower(self) -> str:
        return self.low

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def fields_dict(record) -> dict:
    """A dataclass record as a dict of its fields, shallow: ``dataclasses.asdict`` deep-copies every
    value, which made it the costliest step of turning figures into rows."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


# A list item's marker ("- ", "* ", "• ", "1. "), and a line that is a list item or a markdown table row:
# ingest keeps such lines together, the figure reader takes their labels, the dates stage their list's date.
# Plurals in "-ves" whose singular ends in "f" or "fe" ("lives" is not the plural of "live").
_F_PLURALS = {"lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "halves": "half",
              "shelves": "shelf", "leaves": "leaf", "loaves": "loaf", "wolves": "wolf", "calves": "calf"}


def ends_like_a_plural(word: str) -> bool:
    """Whether a word ends as a regular plural does: in "-s" but not "-ss", "-us" or "-is" ("troops", not "census",
    "crisis", "status")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(plural: str) -> str:
    """The singular of a plural noun, lower case ("cities" → "city", "churches" → "church", "houses" →
    "house", "lives" → "life"); a word of three letters or fewer, or in "-ss", stays as it is."""
    if plural in _F_PLURALS:
        return _F_PLURALS[plural]
    if len(plural) <= 3 or plural.endswith("ss"):
        return plural
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") else plural


LIST_MARKER = r"(?:[-*•+]\s|\d{1,2}[.)]\s)"
LIST_OR_TABLE_LINE = re.compile(r"\s*(?:" + LIST_MARKER + r"|\|)")

# Characters read as another of the same width, so offsets stay true: the non-breaking and the Unicode
# hyphen are hyphens ("10‑year‑old", "mid‑March").
_SAME_WIDTH = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """``text`` with look-alike hyphens as "-", character for character (offsets are unchanged)."""
    return text.translate(_SAME_WIDTH) if ("\u2010" in text or "\u2011" in text) else text


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; number tokens with malformed grouping are split into plain numbers."""
    tokens = [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    if not any(t.text[0].isdigit() and not t.text.isdigit() for t in tokens):
        return tokens
    out: list[Token] = []
    for tok in tokens:
        word = tok.text
        if _DECIMAL_COMMA.fullmatch(word) and _SCALE_AFTER.match(text, tok.end):
            out.append(tok)  # "1,2 million": a decimal comma, as much of Europe writes it
            continue
        if word[0].isdigit() and not word.isdigit() and not (
            _GROUPED.fullmatch(word) or DOT_GROUPED.fullmatch(word) or _PLAIN.fullmatch(word) or _LAKH_GROUPED.fullmatch(word)
        ):
            # "1,2,3" or "2011,300": keep each run of digits, drop the stray separators.
            for part in re.finditer(r"\d+(?:\.\d+)?", word):
                out.append(Token(part.group(), tok.start + part.start(), tok.start + part.end(), part.group()))
            continue
        out.append(tok)
    return out


def parse_digits(token: str) -> float | None:
    """The value of a number token ("1,100" -> 1100, "2.5" -> 2.5, "1.000.000" -> 1000000, "1,2" -> 1.2)."""
    if DOT_GROUPED.fullmatch(token):
        return float(token.replace(".", ""))
    if _DECIMAL_COMMA.fullmatch(token):
        return float(token.replace(",", "."))  # (kept as one token only before a scale word: "1,2 million")
    cleaned = re.sub(r"[,\u2009\u202f\u00a0]", "", token)
    try:
        return float(cleaned)
    except ValueError:
        return None


# Month and weekday names and their abbreviations, with the number each stands for (January = 1, Monday = 0).
MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAY_NUMBERS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
                   "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
WEEKDAY_NAMES = frozenset(name for name in WEEKDAY_NUMBERS if name.endswith("day"))


def _capitalised_alternation(words) -> str:
    return "|".join(re.escape(w.capitalize()) for w in sorted(words, key=len, reverse=True))


# Titles written with a full stop before a name ("Col. Ahmed al-Assadi", "Dr. Kim").
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr insp supt rev rep sen gov pres".split())
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    "st mt no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est fig al jr sr".split()
)
_ABBREVIATION_STOP = re.compile(r"(?<![\w.])(?:%s|[A-Za-z])\." % "|".join(
    sorted((re.escape(a) for a in _ABBREVIATIONS), key=len, reverse=True)), re.IGNORECASE)
# (a photo caption's credit after its date ends the caption, in copies that ran it into the story: "… on a highway June 6
# 2015 (Reuters) Two people were killed …")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n|(?<=\d{4})\s+\((?:Reuters|AP|AFP|EPA|Getty\s+Images|Photo|File\s+photo|AA)\)(?=\s+[A-Z])")
# "at 10:35 a.m. (0735 GMT) Friday", "at 9 p.m. Tuesday": a clock time's full stop goes on to its zone or day.
_AFTER_CLOCK = re.compile(
    r"\s*(?:\(|\d|local\b|(?:%s)\b|(?:%s)\b|(?:%s)\b)" % (
        "|".join(z.upper() for z in sorted(lexicon.load("not_counts")["time_zones"], key=len, reverse=True)),
        _capitalised_alternation(WEEKDAY_NAMES), _capitalised_alternation(MONTH_NUMBERS)))


@lru_cache(maxsize=256)
def _sentence_spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group()[0] == ".":
            word = re.search(r"([\w.]+)\.$", text[start : match.start() + 1])
            before = word.group(1).lower() if word else ""
            following = text[end : end + 3].lstrip()[:1]
            # "Dec. 23", "Mr. Kim", "J. Smith", "the U.S. military": not the end of a sentence.
            if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()) or following.islower():
                continue
            if before in ("a.m", "p.m") and _AFTER_CLOCK.match(text, end):
                continue
        _append_span(text, start, end, spans)
        start = end
    _append_span(text, start, len(text), spans)
    return tuple(spans)


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def without_abbreviation_stops(text: str) -> str:
    """The text with the full stops of abbreviations ("Oct. 7", "the U.N.") blanked, offsets kept: what is
    left of the full stops ends sentences."""
    return _ABBREVIATION_STOP.sub(lambda m: m.group().replace(".", " "), text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; line breaks always end a sentence (headlines, captions)."""
    return list(_sentence_spans_cached(text))


def sentence_index_of_offsets(spans: list[tuple[int, int]], offsets: list[int]) -> list[int]:
    """sentence_of for many ascending offsets at once, in one pass."""
    out = []
    k = 0
    last = len(spans) - 1
    for offset in offsets:
        while k < last and offset >= spans[k][1]:
            k += 1
        out.append(max(0, k))
    return out


def sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence span holding ``offset`` (spans sorted, non-overlapping)."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return mid
    return max(0, min(lo, len(spans) - 1))
