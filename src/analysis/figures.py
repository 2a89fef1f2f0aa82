"""Figures from numbers: qualifier and bounds, kind and unit, counted entity, category, source.

``figures_in(text)`` returns frozen ``Figure`` records; ``extract_figures`` is the DataFrame edge.
Every decision here reads its words from ``analysis/lexicon/*.yml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from . import lexicon
from .numbers import WORD_YEAR_RE, NumberSpan, find_numbers, grammar, split_compounds
from .text import (DOT_GROUPED, LIST_MARKER, ends_like_a_plural, LIST_OR_TABLE_LINE, MONTH_NUMBERS, TITLE_ABBREVIATIONS, URLISH, WEEKDAY_NAMES, Token, plain_hyphens,
                   parse_digits, sentence_index_of_offsets, sentence_of, sentence_spans, singular, tokenize, without_abbreviation_stops)

QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague")
KINDS = ("count", "money", "percent", "measure", "age", "duration", "ordinal")
SOURCE_BASES = ("explicit", "inherited", "none")


@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    char_start: int
    char_end: int
    sentence_index: int
    sentence: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    kind: str
    unit: str | None
    what: str | None
    category: str | None
    source: str | None
    source_key: str | None
    source_basis: str
    hedged: bool

    def __post_init__(self) -> None:
        # "4.1 million" is 4.1 × 10**6 = 4099999.9999999995 in binary floating point: keep 12 significant digits
        for name in ("value", "low", "high"):
            number = getattr(self, name)
            if number is not None and number != 0 and number == number and abs(number) != float("inf"):
                cleaned = float(f"{number:.12g}")
                if cleaned != number:
                    object.__setattr__(self, name, cleaned)



@dataclass(frozen=True)
class _Lexicon:
    qualifier_phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # by last word, longest first
    post_qualifiers: dict[tuple[str, ...], str]
    currency_symbols: tuple[tuple[str, str], ...]  # longest first
    currency_symbol_words: frozenset[str]  # symbols written as letters ("Rs", "KSh", "RM")
    currency_words_by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    currency_codes: frozenset[str]
    percent: tuple[tuple[str, ...], ...]
    percent_first: frozenset[str]
    measures: dict[str, str]
    measures_before: dict[str, str]
    quake_nouns: frozenset[str]
    magnitude_verbs: frozenset[str]
    magnitude_scale_after: re.Pattern
    ambiguous_units: frozenset[str]
    counted_by_the_million: frozenset[str]
    durations: dict[str, str]
    duration_adjectives: frozenset[str]
    temperature_cue: re.Pattern
    outcome_words: frozenset[str]
    named_by_what_they_survived: frozenset[str]
    subgroups: frozenset[str]
    non_combatants: frozenset[str]
    not_plurals: frozenset[str]
    words_after_a_count: frozenset[str]
    not_plural_heads: frozenset[str]
    day_followers: frozenset[str]
    identifier_words: frozenset[str]
    compound_modifier_nouns: frozenset[str]
    identifiers_any_case: frozenset[str]
    street_words: frozenset[str]
    web_chrome_words: frozenset[str]
    web_chrome_after: frozenset[str]
    score_cues: frozenset[str]
    people_with_an_age: frozenset[str]
    age_subjects: frozenset[str]
    age_copulas: frozenset[str]
    age_subject_copulas: frozenset[str]
    age_copula_adverbs: frozenset[str]
    groups_by_age: frozenset[str]
    threshold_nouns: frozenset[str]
    weight_cues: frozenset[str]
    money_after_of: frozenset[str]
    year_cues: frozenset[str]
    time_suffixes: frozenset[str]
    relative_date_words: frozenset[str]
    age_before: frozenset[str]
    invariant_plurals: frozenset[str]
    time_zones: frozenset[str]
    age_after: tuple[tuple[str, ...], ...]
    change_verbs: frozenset[str]
    level_verbs: frozenset[str]
    months: frozenset[str]
    categories: tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...]  # name, verb cues, noun cues
    hedges: re.Pattern
    not_hedges: re.Pattern
    sentence_wide_hedges: re.Pattern
    disputed_figure: re.Pattern
    disputing_stems: tuple[str, ...]  # a cheap look before the costly pattern
    reporting_verbs: frozenset[str]
    subject_participles: frozenset[str]
    inherit_after: re.Pattern
    part_of_whole: re.Pattern
    release_cues: re.Pattern
    person_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    loss_cue: re.Pattern
    destroy_cue: re.Pattern
    verbs_right_before: dict[str, str]  # verb -> category, a cue only right before the number ("wounds 19")
    inversion_verbs: frozenset[str]
    noun_homographs: frozenset[str]
    not_reported_objects: frozenset[str]
    introducers: dict[str, tuple[tuple[str, ...], ...]]  # by first word, longest first
    pronouns: frozenset[str]
    source_aliases: dict[str, str]


def _alternation(phrases: list[str]) -> re.Pattern | None:
    """One pattern matching any of the phrases as whole words (longest first), or None for no phrases."""
    if not phrases:
        return None
    body = "|".join(re.escape(str(p).lower()).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])")


def _phrases_at_end(phrases: list[str], tail: str) -> re.Pattern:
    """One of ``phrases`` (longest first, any spacing) followed by ``tail`` at the end of a window."""
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")" + tail, re.IGNORECASE)


# "35 hostages, including nine children", "110 of them": a figure that counts part of the one before it
# (shared with the dates stage, where such a part takes its group's date)
# (after an item named without a number: "seven were killed, among them a child and two women")
PART_OF_WHOLE_AT_END = _phrases_at_end(lexicon.load("categories")["part_of_whole"],
                                       r"\s+(?:an?\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s*,\s*|\s+and\s+))?(?:at\s+least\s+|some\s+|about\s+)?"
                                       r"(?:an?\s+(?:[\w-]+\s+)?family\s+of\s+|(?<=and\s)(?:her|his|their)\s+)?$")
# ("including a family of six", "among them a mother and her four children")
PART_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
# "112 drones …, of which 89 were shot down": the part's own verb may name another fate, so this names the
# group for dates (and for a part whose words name no category) but never overrides a category
OF_WHICH_AT_END = _phrases_at_end(["of which", "of whom"], r"\s+(?:at\s+least\s+|some\s+|about\s+)?$")


# The lists of lexicon/qualifiers.yml that hold qualifier phrases, each named by the qualifier it gives.
_QUALIFIER_KEYS = ("approx_below", "approx", "at_least", "more_than", "at_most", "less_than")


def _with_singulars(plurals: list[str]) -> frozenset[str]:
    """The nouns and their singulars ("houses" and "house", "cities" and "city"): "one house" is a thing too."""
    return frozenset(plurals) | frozenset(map(singular, plurals))


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    q = lexicon.load("qualifiers")
    u = lexicon.load("units")
    n = lexicon.load("not_counts")
    c = lexicon.load("categories")["categories"]
    h = lexicon.load("hedges")
    s = lexicon.load("sources")["aliases"]
    phrases: list[tuple[tuple[str, ...], str]] = []
    post: dict[tuple[str, ...], str] = {}
    for qualifier in _QUALIFIER_KEYS:  # (the file's other lists are verbs and joiners, not qualifier phrases)
        for word in q[qualifier]:
            key = tuple(_split_phrase(str(word)))
            # "1,000 or more", "50 or so", "20 or fewer": the qualifier follows the number.
            if key[0] in ("or", "and"):
                post[key] = qualifier
            else:
                phrases.append((key, qualifier))
    phrases.sort(key=lambda p: -len(p[0]))
    aliases: dict[str, str] = {}
    for key, names in s.items():
        aliases[_normalise_source(key)] = key
        for name in names:
            aliases[_normalise_source(name)] = key
    symbols = sorted(u["currencies"]["symbols"].items(), key=lambda kv: -len(kv[0]))
    return _Lexicon(
        qualifier_phrases=_by_last_word(phrases),
        post_qualifiers=post,
        currency_symbols=tuple(symbols),
        currency_symbol_words=frozenset(k for k, _ in symbols if k.isalpha()),
        currency_words_by_first=_by_first_word_pairs((tuple(_split_phrase(k)), v) for k, v in u["currencies"]["words"].items()),
        currency_codes=frozenset(u["currencies"]["codes"]),
        percent=tuple(tuple(_split_phrase(p)) for p in sorted(u["percent"], key=len, reverse=True)),
        percent_first=frozenset(_split_phrase(p)[0] for p in u["percent"]),
        measures={k.lower(): v for k, v in u["measures"].items()},
        measures_before={k.lower(): v for k, v in u["measures_before"].items()},
        quake_nouns=frozenset(u["quake_nouns"]),
        magnitude_verbs=frozenset(u["magnitude_verbs"]),
        magnitude_scale_after=re.compile(r"\s+(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in u["magnitude_scale_after"]) + r")\b",
                                         re.IGNORECASE),
        ambiguous_units=frozenset(str(x) for x in u["ambiguous_units"]),
        counted_by_the_million=frozenset(u["counted_by_the_million"]),
        durations=u["durations"],
        duration_adjectives=frozenset(u["duration_adjectives"]),
        temperature_cue=re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in u["temperature_cues"]) + r")\b",
                                   re.IGNORECASE),
        outcome_words=frozenset(lexicon.load("categories")["outcome_words"]),
        named_by_what_they_survived=frozenset(lexicon.load("categories")["named_by_what_they_survived"]),
        subgroups=frozenset(lexicon.load("categories")["subgroups"]),
        non_combatants=frozenset(lexicon.load("categories")["non_combatants"]),
        not_plurals=frozenset(n["not_plurals"]),
        words_after_a_count=frozenset(n["words_after_a_count"]),
        not_plural_heads=frozenset(n["not_plural_heads"]),
        day_followers=frozenset(n["day_followers"]),
        identifier_words=frozenset(w.lower().rstrip(".") for w in n["identifier_words"]),
        compound_modifier_nouns=frozenset(n["compound_modifier_nouns"]),
        identifiers_any_case=frozenset(w.lower() for w in n["identifiers_any_case"]),
        street_words=frozenset(n["street_words"]),
        web_chrome_words=frozenset(n["web_chrome_words"]),
        web_chrome_after=frozenset(n["web_chrome_after"]),
        score_cues=frozenset(n["score_cues"]),
        people_with_an_age=frozenset(n["people_with_an_age"]),
        age_subjects=frozenset(n["age_subjects"]),
        age_copulas=frozenset(n["age_copulas"]),
        age_subject_copulas=frozenset(n["age_subject_copulas"]),
        age_copula_adverbs=frozenset(n["age_copula_adverbs"]),
        groups_by_age=frozenset(n["groups_by_age"]),
        threshold_nouns=frozenset(n["threshold_nouns"]),
        weight_cues=frozenset(u["pound_weight"]["cues_before"]),
        money_after_of=frozenset(u["pound_weight"]["money_after_of"]),
        year_cues=frozenset(n["year_cues"]),
        time_suffixes=frozenset(n["time_suffixes"]),
        relative_date_words=frozenset(n["relative_date_words"]),
        age_before=frozenset(n["age_before"]),
        invariant_plurals=frozenset(n["invariant_plurals"]),
        time_zones=frozenset(n["time_zones"]),
        age_after=tuple(tuple(_split_phrase(p)) for p in sorted(n["age_after"], key=len, reverse=True)),
        change_verbs=frozenset(q["change_verbs"]),
        level_verbs=frozenset(q["level_verbs"]),
        months=frozenset(MONTH_NUMBERS),
        categories=tuple(
            (name, _alternation(spec.get("verbs") or []), _alternation(spec.get("nouns") or []))
            for name, spec in c.items()
            if name != "other" or spec.get("verbs")  # (other's own cues: "were shot down" is no "were shot")
        ),
        hedges=re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(h["hedges"], key=len, reverse=True)) + r")(?![\w-])",
            re.IGNORECASE,
        ),
        not_hedges=re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in h["not_hedges"]), re.IGNORECASE),
        sentence_wide_hedges=re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in h["sentence_wide_hedges"]), re.IGNORECASE),
        disputed_figure=re.compile(r"\b(?:a|the)\s+(?:figure|number|toll|tally|claim|count)\s+(?:that\s+|which\s+)?(?:[\w'’.\"“-]+\s+){1,4}?[\"“]?(?:"
                                   + "|".join(h["disputing_verbs"]) + r")\b"
                                   # ("…, but Israel disputed the figure": the verb before what it contests)
                                   + r"|\b(?:" + "|".join(h["disputing_verbs"]) + r")\s+(?:the|this|that|these|those|its|their)\s+"
                                   r"(?:[\w'’-]+\s+){0,2}?(?:figures?|numbers?|toll|tally|claims?|counts?|account)\b", re.IGNORECASE),
        # ("rejected the UN figure of 70 dead")
        disputing_stems=tuple(sorted({v.lower()[:5] for v in h["disputing_verbs"]})),
        reporting_verbs=frozenset(h["reporting_verbs"]),
        subject_participles=frozenset(h["subject_participles"]),
        person_nouns=frozenset(lexicon.load("categories")["person_nouns"]),
        # (the places of lexicon/places.yml are things too: "captured two provinces" takes no prisoners)
        thing_nouns=_with_singulars(lexicon.load("categories")["thing_nouns"] + lexicon.load("places")["area_nouns"]),
        verbs_right_before=dict(lexicon.load("categories")["verbs_right_before_number"]),
        loss_cue=re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.load("categories")["loss_verbs"]))
                            + r")(?:\s+(?:an\s+average\s+of|on\s+average|a\s+total\s+of))?$", re.IGNORECASE),  # ("losing an average of 1,200 soldiers a day")
        destroy_cue=re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.load("categories")["destroy_verbs"]))
                               + r")(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?and)?(?:\s+(?:up\s+to|as\s+many\s+as))?$",
                               re.IGNORECASE),  # ("destroyed a terrorist command post and up to 80 militants")
        inherit_after=_phrases_at_end(lexicon.load("categories")["part_of_whole"] + lexicon.load("categories")["inherit_after"],
                                      r"\s*[,:]?\s*$"),
        part_of_whole=PART_OF_WHOLE_AT_END,
        release_cues=_alternation(lexicon.load("categories")["release_cues"]),
        inversion_verbs=frozenset(h["inversion_verbs"]),
        noun_homographs=frozenset(h["noun_homographs"]),
        not_reported_objects=frozenset(h["not_reported_objects"]),
        introducers=_by_first_word(tuple(_split_phrase(p)) for p in h["source_introducers"]),
        pronouns=frozenset(h["pronouns"]),
        source_aliases=aliases,
    )


def _by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _by_first_word_pairs(pairs) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in sorted(pairs, key=lambda p: -len(p[0])):
        index.setdefault(phrase[0], []).append((phrase, value))
    return {k: tuple(v) for k, v in index.items()}


def _by_last_word(pairs) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in sorted(pairs, key=lambda p: -len(p[0])):
        index.setdefault(phrase[-1], []).append((phrase, value))
    return {k: tuple(v) for k, v in index.items()}


def _split_phrase(phrase: str) -> list[str]:
    return [t.low for t in tokenize(phrase)]


_SPEAKER_FOR = re.compile(r"^(?:spokesman|spokeswoman|spokesperson|spokespeople|a\s+statement|statement|officials?|sources?)"
                          r"\s+(?:for|from|at|of|with|in)\s+(?:the\s+)?")
_SPEAKER_SUFFIX = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson)$")


def _normalise_source(name: str) -> str:
    name = re.sub(r"[\"“”]", "", name.lower().replace("’", "'")).strip(" ,.;:'")  # (quotes around a name: 'the "Cham" TV')
    name = re.sub(r"^(?:the|a|an)\s+", "", name)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "(JCS)"
    name = re.sub(r"\s+", " ", name.replace(" & ", " and "))  # ("Location & Event Data Project": the same name as "and")
    # who speaks for a body is that body: "a spokesman for the IDF", "IDF spokesman" -> "idf"
    bare = _SPEAKER_SUFFIX.sub("", _SPEAKER_FOR.sub("", name))
    return bare or name


_BASED = re.compile(r"^(?:[a-z]+-based|[a-z]+ based|official|semi-official|state-run|state-owned|government-run)\s+")
# ("the Britain-based monitor", "the official agency": the monitor, the agency named before)
_ROLE_OF = re.compile(r"^(?:.+\s)?(?:director|head|chief|founder|spokesman|spokeswoman|spokesperson|president)\s+of\s+(?:the\s+)?(.+)$")
_ORG_ROLE = re.compile(r"^(.+?)\s+(?:director|head|chief|founder|spokesman|spokeswoman)\s+\S.*$")
_OWNERS_RECORD = re.compile(r"^(.+?)'s\s+(?:(?:latest|new|newest|official|updated|own|most\s+recent|preliminary|final|last|"
                            r"daily|weekly|monthly|annual|provisional)\s+)*(?:figures|data|count|tally|toll|estimates?|report|"
                            r"statement|numbers|records|census|survey|assessment)$")
_TRAILING_ROLE = re.compile(r"\s+(?:monitor|monitoring group|war monitor|toll|report|group|said|tally|count|figures|data|"
                            r"estimate|estimates|statement|correspondent|reporter|reporters)$")


@lru_cache(maxsize=4096)  # called for every figure; a story names the same few sources again and again
def source_key(name: str | None) -> str | None:
    """One key per source: aliases from lexicon/sources.yml, else the normalised name. A descriptor
    ("Britain-based"), a person speaking for a body ("Rami Abdel Rahman, director of the Syrian
    Observatory…", "Observatory director Rami Abdel Rahman") and a role after a known name ("the
    Syrian Observatory for Human Rights monitor") lead to the body's key."""
    if not name:
        return None
    aliases = _lex().source_aliases
    normalised = _BASED.sub("", _normalise_source(name))
    if normalised in aliases:
        return aliases[normalised]
    for pattern in (_ROLE_OF, _ORG_ROLE):
        m = pattern.match(normalised)
        if m and m.group(1) in aliases:
            return aliases[m.group(1)]
    bare = re.sub(r"'s$", "", _TRAILING_ROLE.sub("", normalised))  # "UNICEF's figures" -> "unicef"
    if bare != normalised and bare in aliases:
        return aliases[bare]
    if bare != normalised and bare.split() and bare.split()[-1] in _INSTITUTION_NOUNS:
        return _known_name_inside(bare, aliases) or bare  # "Interior ministry data", "the health ministry statement"
    owner = _OWNERS_RECORD.match(normalised)
    if owner:  # "the UN's latest figures", "the ministry's daily tally": the owner speaks
        return aliases.get(owner.group(1), owner.group(1))
    return _known_name_inside(normalised, aliases) or normalised


def _known_name_inside(name: str, aliases: dict[str, str]) -> str | None:
    """The key of the longest known name of three words or more inside ``name``: copies that lost their
    commas run a name into its neighbours ("syrian observatory for human rights those killed",
    "hasakah on monday syrian observatory for human rights")."""
    padded = f" {name} "
    found = [alias for alias in aliases if alias.count(" ") >= 2 and f" {alias} " in padded]
    return aliases[max(found, key=len)] if found else None


# --- the extractor -------------------------------------------------------------------------------

_PHONE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d)"
                    r"|\+\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}/\d{3,4}(?!\d)")  # "+1-222-2222/2222": a second line
# Thousands grouped by plain spaces ("12 500 000 euros") look like a phone number but are read as one number.
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")
# Clock times: "10:30", "3 p.m.", "9.30am", "0900 GMT". A decimal alone ("1.45 billion") is not a time.
_CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{3,4}\s*(?:gmt|utc|hrs)\b"
    # "between 11.30 and 12.00 local time", "from 9.30 to 10.30pm": both ends of a span of clock times
    r"|\b(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:and|to|until|till|-|–)\s*(?:[01]?\d|2[0-4])[.:][0-5]\d\s*(?:local\s+time|gmt|utc|hrs|[ap]\.?m)\b"
    r"|\b(?:[01]?\d|2[0-4])[.:][0-5]\d\s*local\s+time\b",
    re.IGNORECASE,
)
# "iPod Software 1.1.1", "Android 4.0.3": three or more dotted parts are a version, unless every part
# after the first has three digits ("1.000.000", a thousands grouping).
_VERSION = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.]|\.\d)")
# "24.07.2016", "04-03-2016", and a clock time written before one ("updated 2139 21.05.2017")
_DOTTED_DATE = re.compile(r"(?:\b(?:[01]\d|2[0-3])[0-5]\d\s+)?(?<![\d.-])[0-3]?\d([.-])[0-3]?\d\1(?:19|20)\d\d(?!\d|\.\d)")
_NP_STOP = frozenset(
    """a an the this that these those which who whom whose what where when while as and or but nor
    is are was were be been being has have had will would shall should can could may might must do does did
    cannot can't won't don't didn't doesn't
    in on at of from to by with for since during after before across near into onto over under among amongst
    outside inside amid amidst toward towards beyond along behind beside upon despite
    including alongside against between through throughout via per than like about around within without
    according said says told reported according also not only just still already each every all both
    its their his her our your my it they them he she we you i there here most less fewer
    some many several reportedly allegedly apparently so overnight today yesterday tomorrow tonight last next now then again ago earlier later remain remains remained die died dies fled flee face faced need needed
    live lived lost lose left took take went came come comes goes seems belongs got received joined made make became stayed due owing
    if unless whether though although because worth valued totalling totaling weighing costing following given gave aboard onboard
    includes include comprises comprise""".split()
)
# Particles that end a counted phrase unless a noun follows ("carried one body away"; but "dozens of burned
# out vehicles")
_PARTICLES = frozenset("away back off out home together aside apart".split())
# nouns in -ing that a count counts ("destroyed one building", "a second shooting"), never its verb
_ING_NOUNS = frozenset("building bombing shooting meeting wedding crossing uprising hearing ceiling offering sibling "
                       "stabbing beheading lynching kidnapping".split())
_LY_NOUNS = frozenset("family families ally allies italy assembly supply supplies rally rallies july".split())
_SOURCE_STOP = frozenset(
    """that which who whom whose when where while as after before because if though although whereas was were is are been be
    has have had also not but and or to in on at by for with from since than of he she it they we i you his her its their what
    could couldn't would wouldn't will won't can can't cannot may might should must did didn't does doesn't do
    don't said says say told reported added released published issued compiled updated""".split()
)
_SOURCE_INNER = frozenset({"of", "for", "the", "and", "on", "de", "al", "el"})
_WHEN_AFTER_A_NAME = frozenset({"late", "early", "earlier", "later", "overnight", "yesterday", "today", "tonight", "last",
                                "this", "next"})
_ADVERB_ASIDES = frozenset(lexicon.load("sources")["adverb_asides"])
_NAME_LINKS = frozenset(lexicon.load("sources")["name_particles"])
# Verbs right after a name in copies that lost their commas ("… AFP reports", "… Talal Barazi said")
_VERB_AFTER_A_NAME = frozenset({"said", "says", "told", "reported", "reports"})
# Nouns that can head a source's name without a capital ("hospital officials", "the airline").
_ROLE_NOUNS = frozenset(lexicon.load("sources")["role_nouns"])
_RANK_ADJECTIVES = frozenset(lexicon.load("sources")["rank_adjectives"])


def figures_in(text: str, vague_policy: str | None = None) -> list[Figure]:
    """Every figure in ``text`` (offsets into ``text``), in reading order."""
    if not text:
        return []
    original, text = text, plain_hyphens(text)
    if text is not original:  # read with plain hyphens; quote the text as written
        spans = sentence_spans(text)
        return [replace(f, text=original[f.char_start : f.char_end],
                        sentence=original[spans[f.sentence_index][0] : spans[f.sentence_index][1]] if spans else original)
                for f in figures_in(text, vague_policy)]
    lex = _lex()
    tokens = split_compounds(tokenize(text), vague_policy)
    spans = sentence_spans(text)
    numbers = _restated_in_brackets(tokens, find_numbers(text, tokens, vague_policy))
    blocked = _blocked_ranges(text)
    token_sentence = sentence_index_of_offsets(spans, [t.start for t in tokens]) if spans else [0] * len(tokens)

    models = _model_numbers(tokens, numbers, lex)
    candidates: list[_Candidate] = []
    for number in numbers:
        if any(s <= number.start < e for s, e in blocked):
            continue
        if models and _names_a_model(tokens, number, models):
            continue
        if "\n" in text[number.start : number.end]:
            continue  # words on two lines ("eleven / hundred") are not one number
        if number.first_token == number.last_token and _rate_base_at(tokens, number.first_token - 1) is not None:
            continue  # "30 cases per 100,000 people": the base of a rate, part of the count's unit
        candidate = _classify(text, tokens, number, lex)
        if candidate is not None and "\n" in text[tokens[candidate.first].start : tokens[candidate.last].end]:
            # a unit or currency on the next line belongs to another sentence: keep the bare number
            candidate = _Candidate(number, number.first_token, number.last_token, "count", value=number.value,
                                   what_from=number.last_token + 1)
            _apply_qualifier(text, tokens, candidate, lex)
        if candidate is not None and candidate.kind == "count" and spans and _alone_in_its_sentence(text, spans, token_sentence, tokens, candidate):
            continue  # a line or a text's tail that holds only "12": a page number or a web page's counter, not a figure
        if candidate is not None:
            candidates.append(candidate)
    candidates = _merge_ranges(text, tokens, _merge_compounds(tokens, candidates), token_sentence, lex)

    sources = _SentenceSources(tokens, token_sentence, len(spans), lex, text)
    figures = [(_refers_back(tokens, cand), _finish(text, tokens, spans, token_sentence, cand, sources, lex)) for cand in candidates]
    # "the two companies", "the three parties": a definite small number points back at things already
    # named; it is a figure only when it counts an outcome researchers track ("the three soldiers killed")
    # (but "including the four suspected gunmen" lists a part of the count before it, if it shares its outcome)
    listed = {fig.char_start for back, fig in figures if back and fig.category in (None, "other")
              and _LISTED_PART_BEFORE.search(text, max(0, fig.char_start - 20), fig.char_start)}
    kept = _currency_carried_over(text, [fig for back, fig in figures if not back or fig.category not in (None, "other")
                                         or fig.char_start in listed])
    kept = _sourced_by_a_footer(text, kept)
    if (tail := _page_tail_start(text)) is not None:
        kept = [fig for fig in kept if fig.char_start < tail]  # the headlines of other stories under the page
    if "elated" in text or "ead more" in text or "ee also" in text or "lso read" in text:
        links = [m.span() for m in _LINK_TO_ANOTHER_STORY.finditer(text)]
        kept = [fig for fig in kept if not any(a <= fig.char_start < b for a, b in links)]  # ("**Related article:** [… 12 million
        # displaced …](…)": another story's headline on a line of its own)
    kept = [fig for fig in _inherit_categories(text, kept, lex) if fig.char_start not in listed or fig.category not in (None, "other")]
    kept = _generic_monitor_named_next(_gapped_places_report_their_own(text, kept), sources)
    return _answers_to_how_many(text, spans, _doubted_by_the_next_sentence(text, spans, _places_ranked_in_brackets(
        text, _tolls_by_place(text, _name_the_elided_counted(text, _sides_share_their_head(text, _name_the_group_of_parts(text, kept)), lex),
                              lex)), lex), lex)


# a count told in a place, then the next after a comma or "and" ("43 deaths in Cabo Delgado, 30 in Nampula and 21 in Niassa")
_IN_A_PLACE_THEN_THE_NEXT = re.compile(r"(?:\s+[a-z]+){0,3}?\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
                                       r"(?:\s+(?:province|state|district|region|county|governorate|city))?\s*(?:,|,?\s+and)\s+")
_IN_A_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?-i:[A-Z])")


def _tolls_by_place(text: str, figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """Counts that name nothing after a toll told by place count the same outcome ("There were 43 deaths in Cabo Delgado,
    30 in Nampula and 21 in Niassa": deaths, all three)."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and fig.kind == prev.kind == "count" and not fig.what and prev.what \
                and prev.sentence_index == fig.sentence_index and _names_an_outcome(prev.what.split()[-1].lower(), lex) \
                and fig.category in (None, "other", prev.category) and _IN_A_PLACE.match(text, fig.char_end) \
                and _IN_A_PLACE_THEN_THE_NEXT.fullmatch(text, prev.char_end + 1 + len(prev.what) if text.startswith(" " + prev.what, prev.char_end)
                                                        else prev.char_end, fig.char_start):
            fig = replace(fig, what=prev.what, category=prev.category)
        out.append(fig)
    return out


# "how many hotels remained open", "How many people have died?": the question names what its answer counts
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:more\s+|of\s+(?:them|those|these)\s+)?((?:[a-z][\w-]*\s+)*?)"
                       r"(?:(?:had|have|has|were|was|are|is|did|do|does|will|would|could|can|remain|remained|remains|died|"
                       r"still|been|they|we|you|he|she|it)\b|[a-z]+ed\b|[?,.;:]|$)", re.IGNORECASE)
_ANSWER_OPENS = re.compile(r"\s*(?:[A-Z][\w.'’ -]{0,30}:\s*|A:\s*|[A-Z][\w.'’ -]{0,40}?\s+(?:said|says|estimated|estimates|put\s+it\s+at)"
                           r"\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|over)\s+)?)?[\"“]?\s*$")


def _answers_to_how_many(text: str, spans: list[tuple[int, int]], figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """A count that names nothing, answering a question put just before it, counts what the question asked about
    ("Asked how many hotels remained open, she said "around 210"": hotels; "How many people died? At least 31": people
    killed)."""
    if "ow many" not in text:
        return figures
    out: list[Figure] = []
    for fig in figures:
        if fig.kind == "count" and fig.category in (None, "other") and spans:
            s_start = spans[fig.sentence_index][0]
            question = None
            for asked in _HOW_MANY.finditer(text, s_start, fig.char_start):
                question = asked  # ("Asked how many hotels remained open, she said …": in the answer's own sentence)
            if question is None and fig.sentence_index >= 1 and _ANSWER_OPENS.fullmatch(text, s_start, fig.char_start):
                q_start, q_end = spans[fig.sentence_index - 1]
                asked_before = text[q_start:q_end].rstrip()
                if asked_before.endswith("?"):
                    question = next(_HOW_MANY.finditer(text, q_start, q_end), None)  # "How many people died? At least 31."
            words = question.group(1).split() if question is not None else []
            if question is not None and (not fig.what or (words and fig.what.split()[-1].lower() == words[-1].lower())):
                # (an answer that repeats the noun counts the same: "How many people died? … at least 31 people")
                what = " ".join(words) if words and (words[-1].lower() in lex.person_nouns or ends_like_a_plural(words[-1].lower())) else None
                rest = text[question.start(1) : min(len(text), question.end() + 40)].lower()
                rest = re.split(r"[?,.;:]", rest, maxsplit=1)[0]
                named = next((name for name, verbs, _ in lex.categories if verbs is not None and verbs.search(rest)), None) \
                    or (_noun_category(words[-1].lower(), lex) if words else None)
                fig = replace(fig, what=what or fig.what, category=named or fig.category)
        out.append(fig)
    return out


# a place and its count in brackets, after a count of the same kind ("with 14.3 million Sudanese uprooted, followed by
# Syria (13.5 million), Afghanistan (10.3 million)")
_PLACE_THEN_BRACKET = re.compile(r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*\(\s*$")
_BRACKET_CLOSES = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*\)")  # (its counted noun may stand inside: "Aleppo (12 civilians)")


def _places_ranked_in_brackets(text: str, figures: list[Figure]) -> list[Figure]:
    """A count in brackets after a place's name, in a sentence that counted people of some fate before it, counts the
    same ("Sudan's war has created the largest displacement crisis, with 14.3 million Sudanese uprooted, followed by Syria
    (13.5 million) …": displaced too)."""
    out: list[Figure] = []
    for fig in figures:
        if fig.kind == "count" and fig.category in (None, "other") \
                and _PLACE_THEN_BRACKET.search(text, max(0, fig.char_start - 40), fig.char_start) \
                and _BRACKET_CLOSES.match(text, fig.char_end):
            led = next((f for f in reversed(out) if f.sentence_index == fig.sentence_index and f.kind == "count"
                        and f.category not in (None, "other") and not _BRACKET_CLOSES.match(text, f.char_end)), None)
            if led is not None:
                fig = replace(fig, category=led.category)
        out.append(fig)
    return out


_DEFINITE_AT_END = re.compile(r"(?<=\s)(?:the|these|those)\s+$", re.IGNORECASE)  # ("including the four suspected gunmen")
# Keys of a monitor not yet named ("a monitor said", "a monitoring group said")
_GENERIC_MONITOR_KEYS = frozenset({"monitor", "monitoring group", "war monitor", "watchdog"})  # (keys drop "a" and "the")


_GAPPED_PLACE = re.compile(r"(?:,|\band)\s+((?:[A-Z][\w'’-]+\s+){1,3})$")
_RECORDING_SUBJECT = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3})(?:reported|recorded|registered|counted|confirmed|listed|said|says)\s+$")


def _gapped_places_report_their_own(text: str, figures: list[Figure]) -> list[Figure]:
    """"Punjab reported 13 deaths, Sindh six and Balochistan five": each place after the first is the subject of the
    verb the list leaves out, and so the source of its own count."""
    out = list(figures)
    for n in range(1, len(out)):
        fig, first = out[n], out[n - 1]
        if fig.sentence_index != first.sentence_index or fig.kind != "count" or not first.source:
            continue
        place = _GAPPED_PLACE.search(text, max(0, fig.char_start - 40), fig.char_start)
        if place is None or place.group(1).strip() == fig.source:
            continue
        # the first count's source is the subject of a recording verb right before it, in this sentence
        lead = next((f for f in reversed(out[:n]) if f.sentence_index == fig.sentence_index
                     and (m := _RECORDING_SUBJECT.search(text, max(0, f.char_start - 50), f.char_start)) is not None
                     and m.group(1).strip() == f.source), None)
        if lead is not None and fig.source == lead.source:  # (the leftover count took the first place's name as speaker)
            name = place.group(1).strip()
            out[n] = replace(fig, source=name, source_key=source_key(name), source_basis="explicit")
            if fig.category in (None, "other") and lead.category not in (None, "other") and (not fig.what or fig.what == lead.what):
                # ("Jordan said 99 of its pilgrims had died, Indonesia 165": the verb left out is the first count's)
                out[n] = replace(out[n], category=lead.category)
    return out


def _generic_monitor_named_next(figures: list[Figure], sources: "_SentenceSources") -> list[Figure]:
    """"… killed at least 28 people on Saturday, a monitor said. The Syrian Observatory for Human Rights said …": the
    monitor the lead leaves unnamed is the one the next sentences name; its key (not its words) is that monitor's."""
    out = list(figures)
    for n, fig in enumerate(out):
        if fig.source_key not in _GENERIC_MONITOR_KEYS:
            continue
        for later in range(fig.sentence_index + 1, min(fig.sentence_index + 4, len(sources.by_sentence))):
            keys = [source_key(a.source) for a in sources[later] if a.source]
            named = [key for key in keys if key not in _GENERIC_MONITOR_KEYS and re.search(r"observatory|monitor", key or "")]
            if named:
                out[n] = replace(fig, source_key=named[0])
                break
    return out

# A line that links to another story: "Related article: …", "**Read more:** …", "See also: …" (at a line's start)
_LINK_TO_ANOTHER_STORY = re.compile(r"(?m)^[ \t>*_#-]*(?:related(?:\s+(?:article|story|stories|reading|content|coverage))?|read\s+more|"
                                    r"see\s+also|also\s+read|read\s+also)\s*[*_]*\s*:[^\n]*", re.IGNORECASE)  # (to the line's end)
# ("arrested eight people, including the factory's owner and four of his sons": a part named without a number, then one
# with a number, both after "including")
_A_NAMED_PART_THEN_AND = re.compile(r",\s+(?:including|among\s+them)\s+(?:the|a|an|his|her|their|its)\s+[\w'’ -]{1,40}?\s+and\s+$", re.IGNORECASE)
_LISTED_PART_BEFORE = re.compile(r",\s+(?:including|among\s+them)\s+(?:the|these|those)\s+$", re.IGNORECASE)
_BETWEEN_SIDES = re.compile(r"\s+[\w-]+\s+(?:and|or)\s+")


def _sides_share_their_head(text: str, figures: list[Figure]) -> list[Figure]:
    """"30 regime and 39 rebel fighters": the first side counts the fighters the second names."""
    out = list(figures)
    for n in range(len(out) - 1):
        fig, nxt = out[n], out[n + 1]
        if fig.what and fig.what.lower() in _SIDE_WORDS and fig.sentence_index == nxt.sentence_index and nxt.what \
                and len(nxt.what.split()) >= 2 and (nxt.what.split()[0].lower() in _SIDE_WORDS or _NATIONALITY.fullmatch(nxt.what.split()[0])) \
                and _BETWEEN_SIDES.fullmatch(text, fig.char_end, nxt.char_start) and fig.kind == nxt.kind == "count":
            out[n] = replace(fig, what=f"{fig.what} {' '.join(nxt.what.split()[1:])}")
        elif not fig.what and nxt.what and fig.kind == nxt.kind == "count" and fig.sentence_index == nxt.sentence_index \
                and re.fullmatch(r"\s+(?:and|or)\s+", text[fig.char_end : nxt.char_start]) \
                and re.match(r"\s+" + re.escape(nxt.what) + r",?\s+respectively\b", text[nxt.char_end : nxt.char_end + len(nxt.what) + 20]):
            out[n] = replace(fig, what=nxt.what)  # "killed 12 and 8 people respectively": both count people
        elif fig.kind == nxt.kind == "count" and nxt.what and fig.sentence_index == nxt.sentence_index \
                and (not fig.what or not text[fig.char_end :].lstrip().startswith(fig.what)) \
                and re.fullmatch(r"\s+(?:and|or)\s+", text[fig.char_end : nxt.char_start]) \
                and text[nxt.char_end :].lstrip().startswith(nxt.what) and nxt.what.split()[-1].lower() not in _AREA_NOUNS:
            # "Further releases of 307 and 303 prisoners", "freed 307 and 303 prisoners": the two numbers share the noun
            # after the second (what an "of" phrase before named was only the first's stand-in)
            out[n] = replace(fig, what=nxt.what, category=nxt.category if fig.category in (None, "other") else fig.category)
    return out


# "Source: Ministry of Health" on its own line under a list or a table
_SOURCE_FOOTER = re.compile(r"^[ \t]*(?:\*{1,2}|_)?(?:Sources?|Data|Figures)(?:\*{1,2}|_)?\s*:(?:\*{1,2}|_)?\s*(?P<name>[^\n]{2,80}?)\s*"
                            # (a sentence after the name is a note: "Source: NDMA. Figures cover the period since June 26.")
                            r"(?:(?<=[a-z]{2})\.\s+[A-Z][^\n]*|\.)?[ \t]*$",
                            re.MULTILINE)


def _sourced_by_a_footer(text: str, figures: list[Figure]) -> list[Figure]:
    """"• 54,607 killed / • 125,341 injured / Source: Ministry of Health": a source line right under a list or
    a table (a blank line between at most) gives the items above it that name no source of their own."""
    if not figures or not re.search(r"(?:Sources?|Data|Figures)\W{0,3}:", text):
        return figures
    footers = list(_SOURCE_FOOTER.finditer(text))
    out = []
    for fig in figures:
        line_start, line_end = text.rfind("\n", 0, fig.char_start) + 1, text.find("\n", fig.char_start)
        footer = next((m for m in footers if m.start() > fig.char_start), None)
        if (fig.source is None or fig.source_basis == "inherited") and footer is not None and line_end >= 0 \
                and LIST_OR_TABLE_LINE.match(text, line_start):  # (the footer outranks the line that introduces the list)
            between = text[line_end + 1 : footer.start()]  # only list items and at most one blank line
            if all(not line.strip() or LIST_OR_TABLE_LINE.match(line) for line in between.split("\n")) \
                    and "\n\n\n" not in between and between.count("\n\n") <= 1:
                name = _FOOTER_DATE.sub("", footer.group("name").strip(" *_")).strip(" *_")  # ("…, 14 March 2025": when, not who)
                fig = replace(fig, source=name, source_key=source_key(name), source_basis="explicit")
        out.append(fig)
    return out


# A date after a footer's source ("Source: Syrian Observatory for Human Rights, 14 March 2025")
_FOOTER_DATE = re.compile(r"\s*[,;(–—-]\s*(?:(?:as\s+of|updated|data\s+as\s+of)\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|"
                          r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|[A-Z][a-z]+\s+\d{4})\)?\s*$")
# Between an amount and the bare amount it is compared with: "$5 billion from 4 billion", "9 billion euros, up from 7
# billion", "$3.2 million, compared with 2.9 million"
_COMPARED_AMOUNT = re.compile(r"(?:\s+(?:in|during|for|this|last|next)\s+[^,;.$€£]{1,20}?)?\s*,?\s*(?:(?:up|down)\s+(?:sharply\s+|slightly\s+)?from|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+",
                              re.IGNORECASE)
_SCALED = re.compile(r"[\d.,]+\s*(?:million|billion|trillion|bn|mn|m)\b", re.IGNORECASE)


def _currency_carried_over(text: str, figures: list[Figure]) -> list[Figure]:
    """"9 billion euros, up from 7 billion": the amount compared with keeps the first one's currency (the writer
    leaves it out), so it is money, not a count of nothing."""
    out: list[Figure] = []
    for fig in figures:
        before = out[-1] if out else None
        if before is not None and before.kind == "money" and fig.kind == "count" and not fig.what \
                and before.sentence_index == fig.sentence_index and _SCALED.fullmatch(fig.text) \
                and _COMPARED_AMOUNT.fullmatch(text, before.char_end, fig.char_start):
            fig = replace(fig, kind="money", unit=before.unit, category=None)
        out.append(fig)
    return out


def _restated_in_brackets(tokens: list[Token], numbers: list[NumberSpan]) -> list[NumberSpan]:
    """"three (3) persons", "3 (three) soldiers": a number restated in brackets, once in words and once in digits,
    is one number (as legal and some national presses write them)."""
    out: list[NumberSpan] = []
    skip = False
    for a, b in zip(numbers, numbers[1:] + [None]):
        if skip:
            skip = False
            continue
        close = b.last_token + 1 if b is not None else None
        if b is not None and a.words != b.words and a.value == b.value and not a.vague and not b.vague \
                and b.first_token == a.last_token + 2 and tokens[a.last_token + 1].text == "(" \
                and close < len(tokens) and tokens[close].text == ")":
            out.append(replace(a, end=tokens[close].end, last_token=close))
            skip = True
            continue
        out.append(a)
    return out


_WHAT_WAS_NOT_VERIFIED = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.load("hedges")["doubted_objects"])) + r")\b",
                                    re.IGNORECASE)


_ENDS_ITS_PARAGRAPH = re.compile(r"[ \t]*(?:\n|$)")
# A sentence that contests the figure told before it ("Rights groups disputed that figure.", "The army denied the toll.")
_CONTESTS_THE_FIGURE_BEFORE = re.compile(
    r"\b(?:" + "|".join(lexicon.load("hedges")["disputing_verbs"]) + r")\s+(?:that|the|those|these|this|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:figure|figures|toll|tally|claim|claims|number|numbers|count|estimate|estimates)\b", re.IGNORECASE)


def _doubted_by_the_next_sentence(text: str, spans: list[tuple[int, int]], figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """"The monitor said 30 were killed. AFP could not independently verify the toll.": a sentence of its own
    that doubts the figures, or contests them ("Rights groups disputed that figure."), hedges those of the sentence
    before it (in the same paragraph)."""
    if not figures or not (lex.sentence_wide_hedges.search(text) or _CONTESTS_THE_FIGURE_BEFORE.search(text)):
        return figures
    with_figures = {f.sentence_index for f in figures}
    doubted = set()
    for n in range(1, len(spans)):
        sentence = text[spans[n][0] : spans[n][1]]
        if n not in with_figures and n - 1 in with_figures and (
                (lex.sentence_wide_hedges.search(sentence) and _WHAT_WAS_NOT_VERIFIED.search(sentence))
                or _CONTESTS_THE_FIGURE_BEFORE.search(sentence)) and ("\n\n" not in text[spans[n - 1][1] : spans[n][0]]
                                                                 or (len(sentence) <= 160 and _ENDS_ITS_PARAGRAPH.match(text, spans[n][1]))):
            # (a paragraph of one short sentence doubts the paragraph before it: "…\n\nNeither side's claims could be
            # independently verified.")
            doubted.add(n - 1)
    return [replace(f, hedged=True) if f.sentence_index in doubted and not f.hedged else f for f in figures]


_PART_PRONOUNS = frozenset({"them", "whom", "which"})
_IRREGULAR_PLURAL_HEADS = frozenset(lexicon.load("not_counts")["irregular_plural_heads"])
_JOINABLE_PLURAL_HEADS = _IRREGULAR_PLURAL_HEADS | frozenset(lexicon.load("not_counts")["collective_plural_heads"])


def _name_the_group_of_parts(text: str, figures: list[Figure]) -> list[Figure]:
    """"12 officers were hurt, three of them seriously": the part counts what its group counts; "695 of them
    civilians" names what the part counts."""
    out: list[Figure] = []
    lex = _lex()
    things = lex.thing_nouns  # (places included)
    for fig in figures:
        # (a share keeps its group: "more than half of them civilians" is a percent of the people)
        named = _NAMED_PART.match(text, fig.char_end) if (fig.what or "").lower() in _PART_PRONOUNS and fig.kind == "count" else None
        if named and named.group(1) not in _NP_STOP and named.group(1) not in lex.outcome_words \
                and (named.group(1) in lex.person_nouns or (len(named.group(1)) > 3 and named.group(1).endswith("s")
                                                            and not named.group(1).endswith(("ss", "ous", "us")))):
            fig = replace(fig, what=named.group(1))  # "killed 1,139 people, 695 of them civilians"
        elif (fig.what or "").lower() in _PART_PRONOUNS:
            # (people killed or hurt are not the things counted before them: "destroyed two dens …, killing
            # and injuring several of them")
            people = fig.category not in (None, "other")
            group = next((g for g in reversed(out) if g.sentence_index == fig.sentence_index and g.kind == "count"
                          and g.what and g.what.lower() not in _PART_PRONOUNS
                          and not (people and g.what.split()[-1].lower() in things)), None)
            if group is None and not any(g.sentence_index == fig.sentence_index for g in out) and fig.what.lower() == "them":
                # "North Korea has sent 11,000 troops. About 300 of them have been killed.": the group ended the
                # sentence before (but "whom" and "which" have theirs right before them: "medical teams, 112 of whom")
                # ("4,600 residents lived in its 1,984 flats. Around 1,500 of them have been moved": people, not flats)
                group = next((g for g in reversed(out) if g.sentence_index == fig.sentence_index - 1 and g.kind == "count"
                              and g.what and g.what.lower() not in _PART_PRONOUNS
                              and not (people and g.what.split()[-1].lower() in things)), None)
            if group is not None and fig.kind == "count" and fig.value is not None and group.value is not None and fig.value > group.value:
                # "launched 479 drones and 20 missiles. Air defences downed 460 of them": more than the last group
                # holds, so the part is of the groups joined by "and" (or of nothing named)
                joined = next((g for g in reversed(out) if g.sentence_index == group.sentence_index and g.char_end <= group.char_start
                               and g.kind == "count" and g.what and g.value is not None), None)
                group = replace(group, what=f"{joined.what} and {group.what}") if joined is not None \
                    and re.fullmatch(r"\s+" + re.escape(joined.what) + r"\s*,?\s+and\s+", text[joined.char_end : group.char_start]) \
                    and fig.value <= joined.value + group.value else None
            if group is not None:
                fig = replace(fig, what=group.what)
        if fig.kind == "count" and not fig.what and _OF_THESE_OPENS.search(text, max(0, fig.char_start - 30), fig.char_start):
            group = next((g for g in reversed(out) if g.sentence_index == fig.sentence_index - 1 and g.kind == "count"
                          and g.what and g.what.lower() not in _PART_PRONOUNS), None)
            if group is not None and (group.value is None or fig.value is None or fig.value <= group.value):
                fig = replace(fig, what=group.what)  # "Some 24.6 million people face hunger. Of these, 638,000 are in Phase 5"
        if fig.kind == "count" and _FATAL_PART.match(text, fig.char_end):
            fig = replace(fig, category="killed")  # "more than 200 casualties, 40 of them fatal": the dead among them
        out.append(fig)
    return out


_A_PLACE_REPORTS = r"(?:reported|recorded|confirmed|counted|registered|said)"
_A_REPORTED_COUNTS_QUALIFIER = r"(?:(?:at\s+least|about|around|nearly|some|more\s+than|over|almost)\s+)?"  # ("… confirmed at least 12")
_PLACE_WITH_ITS_COUNT = re.compile(r"(?:\s+[a-z][\w-]*){0,3}"
                                   # (past an aside on the first: "…, the highest figure ever recorded for a single country,
                                   # followed by Syria with 7.4 million")
                                   r"(?:\s*,\s+(?:the|a|an)\s+[^,;.()\d]{1,80}?(?=,\s+followed\s+by\b))?"
                                   r"\s*(?:,|;|,?\s+and|,?\s+while|,?\s+followed\s+by|,\s+then)\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
                                   # ("Syria reported 40 deaths, while Lebanon confirmed at least 12")
                                   r"(?:with\s+|" + _A_PLACE_REPORTS + r"\s+" + _A_REPORTED_COUNTS_QUALIFIER + r")?")
# A sentence that ranks the next place by its count ("Syria followed with 13.5 million"): a count of what the sentence before counted
_NEXT_PLACE_WITH_ITS_COUNT = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:[A-Z][\w.'’-]*\s+){1,3}(?:followed|came\s+(?:next|second|third)|"
                                        r"was\s+(?:next|second|third)|ranked\s+(?:next|second|third))\s+with\s+$")
_ANOTHER_PLACE_REPORTED = re.compile(r"(?:,|;|,?\s+and|,?\s+while|,?\s+whereas)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
                                     r"(?:" + _A_PLACE_REPORTS + r"|put\s+(?:the|its)\s+(?:toll|figure|number)\s+at)\s+"
                                     + _A_REPORTED_COUNTS_QUALIFIER + r"$")
_LIST_JOINER = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*")
_FATAL_PART = re.compile(r"\s+of\s+(?:them|whom|those|these)\s+(?:were\s+|was\s+|are\s+)?(?:fatal|fatalities|deaths|dead)\b", re.IGNORECASE)


_NAMED_PART = re.compile(r"\s+of\s+(?:them|whom)\s+([a-z][a-z-]+)\b(?!\s+(?:were|are|was|is|have|had|died|killed)\b)")
_OTHERS_AFTER = re.compile(r"\s+others\b", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
_OUTCOME_NOUNS_COUNTED_AGAIN = frozenset(lexicon.load("categories")["counted_again"])  # (what "N more" counts again)
_OUTCOME_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded", "killed_or_missing", "missing"})
# "the death toll has risen to 61", "puts the figure at 191,000": a toll counts its own outcome, not the noun before
_TOLL_BETWEEN = re.compile(r"\b(?:toll|tally|figure|total|number)\b", re.IGNORECASE)
_LISTED_AFTER_A_PART = re.compile(r"\s+[\w'’ -]{0,30}?(?:,|\band)\s+(?:at\s+least\s+|some\s+|about\s+)?")


def _names_what_others_count(whole: Figure, lex: _Lexicon) -> bool:
    """Whether a count's noun can stand for a later count that names none: several plain things or
    people, not one thing, a subgroup, a state, a name or a weapon."""
    if not whole.what or whole.value is None or whole.value <= 1 or whole.what.lower() in _PART_PRONOUNS:
        return False
    head = whole.what.split()[-1]
    # a people named in capitals stands for the later count when what befell the first count befell people
    # ("killed at least 44 Palestinians, including 13 who were waiting for aid"), a place or a party never
    people = head[:1].isupper() and not head.isupper() and head.endswith("s") and whole.category not in (None, "other") \
        and len(whole.what.split()) <= 2  # (not a headline's run of capitals: "Kill 36 Civilians Watchdog Britons")
    return (head[:1].islower() or people) and head not in lex.subgroups and head not in lex.named_by_what_they_survived \
        and head not in lex.outcome_words and head not in _STATES_AFTER and not _is_outcome_word(head, lex) \
        and not _names_an_outcome(head.lower(), lex)


# The plural noun right before a count "of whom"/"of them": what the count counts ("civilians some 275000 of whom")
_ANTECEDENT_BEFORE = re.compile(r"\b([a-z][\w-]*s)\s*,?\s*$")


_WITH_BEFORE = re.compile(r",\s+with\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CONFIRMED_AFTER = re.compile(r"\s+(?:confirmed|recorded|reported|counted|verified|registered)\b")


def _outcome_noun_before(window: str, lex: _Lexicon) -> tuple[str, str] | None:
    """The last noun that names an outcome ("the deaths", "casualties") in ``window``, up to the clause before it,
    with its category."""
    clause = re.split(r"[.;:!?]", window)[-1]
    for word in reversed(re.findall(r"[a-z]+", clause)):
        for name, _, nouns in lex.categories:
            if name in _OUTCOME_CATEGORIES and nouns is not None and nouns.fullmatch(word) and word.endswith("s"):
                return word, name
    return None


# Categories a noun names by itself, a status its people keep whatever is done to them ("hostages", "prisoners",
# "refugees")
_STATUS_CATEGORIES = frozenset({"kidnapped", "captured", "arrested", "displaced"})


def _noun_category(noun: str, lex: _Lexicon) -> str | None:
    """The category a noun names by itself ("hostages" → kidnapped), if any."""
    return next((name for name, _, nouns in lex.categories if nouns is not None and nouns.fullmatch(noun)), None)


def _names_an_outcome(noun: str, lex: _Lexicon) -> bool:
    """Whether some outcome's nouns name ``noun`` ("deaths", "casualties", "injuries")."""
    return any(nouns is not None and nouns.fullmatch(noun) for name, _, nouns in lex.categories if name in _OUTCOME_CATEGORIES)


def _name_the_elided_counted(text: str, figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """"About 2,000 people marched in Mombasa and several hundred in Kisumu", "54 people were abducted and
    627 arrested", "killed two soldiers and wounded three others", "nine people were killed and 18 wounded":
    a count that names nothing it counts (or only "others", or only its outcome) counts what the last
    whole count before it in its clause counts: not a part listed after "including", a subgroup ("nine
    children and 14 others"), a state ("15 dead and 20 injured"), one thing ("three children from one
    family"), a name, or a thing the killing was done with ("fired dozens of rockets, killing six"); and
    not for a number that modifies ("a 31-vehicle convoy")."""
    out: list[Figure] = []
    parts: set[int] = set()
    for n, fig in enumerate(figures):
        if fig.what in ("whom", "them") and (antecedent := _ANTECEDENT_BEFORE.search(text, max(0, fig.char_start - 40), fig.char_start)) \
                and _counted_noun(antecedent.group(1).lower(), lex):
            fig = replace(fig, what=antecedent.group(1))  # "civilians, some 275,000 of whom remain": civilians are counted
        before = out[-1] if out else None
        if before is not None and before.sentence_index == fig.sentence_index - 1 and not fig.what and fig.kind == "count" \
                and fig.category in (None, "other") and _NEXT_PLACE_WITH_ITS_COUNT.search(text, max(0, fig.char_start - 60), fig.char_start):
            ranked = next((g for g in reversed(out) if g.sentence_index == before.sentence_index and g.kind == "count" and g.what
                           and g.what.lower() not in _PART_PRONOUNS), None)
            if ranked is not None:
                fig = replace(fig, what=ranked.what, category=ranked.category)  # "… with 14.3 million people uprooted. Syria
                # followed with 13.5 million": uprooted people too
        if before is None or before.sentence_index != fig.sentence_index:
            out.append(fig)
            continue
        if not fig.what and fig.kind == before.kind == "count" and before.what and _MORE_AFTER.match(text, fig.char_end) \
                and before.what.split()[-1].lower() in _OUTCOME_NOUNS_COUNTED_AGAIN and n - 1 not in parts \
                and not re.search(r"[;:]", text[before.char_end : fig.char_start]):
            # "recovered 18 bodies on Friday morning, and 12 more were found on the shore": more of the same bodies
            out.append(replace(fig, what=before.what, category=before.category if fig.category in (None, "other") else fig.category))
            continue
        if lex.part_of_whole.search(text, max(0, fig.char_start - 30), fig.char_start) or PART_OF_THEM.match(text, fig.char_end) \
                or (n - 1 in parts and _LISTED_AFTER_A_PART.fullmatch(text, before.char_end, fig.char_start)):
            parts.add(n)  # "killed 100 people including 25 children and 15 women", "25 civilians, six of them children"
        # (places counted in passing are not what a bare count counts: "sickened 212 people in 14 states, and
        # 48 have been hospitalized" counts people twice; nor are things what people hurt or held are)
        people_only = fig.category not in (None, "other")
        whole = next((g for k, g in zip(range(n - 1, -1, -1), reversed(out)) if k not in parts
                      and not (g.what and g.what.split()[-1].lower() in _AREA_NOUNS)
                      # ("More than 1.1 million people from 309,607 families …, and 147,000 are living in camps": the
                      # people, not the families they come from)
                      and not (_FROM_BEFORE.search(text, max(0, g.char_start - 6), g.char_start)
                               and any(h.sentence_index == g.sentence_index and h.char_end <= g.char_start and h.kind == "count"
                                       and h.what for h in out))
                      # ("11,300 people died … after two dams burst, while 10,100 others remain missing": the people)
                      and not (people_only and g.what and g.what.split()[-1].lower() in lex.thing_nouns
                               and g.sentence_index == fig.sentence_index and _OTHERS_AFTER.match(text, fig.char_end))), None)
        # ("killing two students and two teachers and wounding nine others": others of neither group)
        others_of_two_groups = _OTHERS_AFTER.match(text, fig.char_end) is not None \
            and len(out) >= 2 and len(out) - 1 not in parts and len(out) - 2 not in parts \
            and all(g.sentence_index == fig.sentence_index and g.kind == "count" and g.what and g.category not in (None, "other")
                    for g in out[-2:]) \
            and out[-2].what.split()[-1].lower() != out[-1].what.split()[-1].lower() \
            and re.fullmatch(r"\s*" + re.escape(out[-2].what) + r"\s*(?:,\s*)?and\s+", text[out[-2].char_end : out[-1].char_start]) is not None
        if whole is not None and whole.sentence_index == fig.sentence_index and fig.kind == whole.kind == "count" \
                and not others_of_two_groups \
                and (not fig.what or _OTHERS_AFTER.match(text, fig.char_end)
                     or (fig.what.lower() in lex.outcome_words and not text.startswith(" of", fig.char_end))) \
                and (fig.value or 0) >= 1 \
                and _names_what_others_count(whole, lex) \
                and not (whole.what.split()[-1].lower() in lex.thing_nouns and people_only) \
                and not (re.search(r"[;:]", text[whole.char_end : fig.char_start])
                         and not (_BREAKDOWN_BY_PLACE.match(text, whole.char_end) and _ELLIPSIS_AFTER.match(text, fig.char_end))) \
                and not _TOLL_BETWEEN.search(text, whole.char_end, fig.char_start) \
                and not text[max(whole.char_end, fig.char_start - 8) : fig.char_start].rstrip().lower().endswith("among") \
                and not (_WITH_BEFORE.search(text, max(whole.char_end, fig.char_start - 12), fig.char_start)
                         and (fig.value or 0) > (whole.value or 0)) \
                and text[fig.char_end : fig.char_end + 1] not in ("-", ")"):
            # (not "staged two waves of strikes, with nearly 100,000 walking out": what "with" counts is a part of the
            # whole, never more than it)
            head = whole.what.split()[-1]
            # ("7.2 million internally displaced people, while 16.7 million need aid": the people, not their plight)
            people_head = head.lower() in lex.person_nouns or head.lower() in _IRREGULAR_PLURAL_HEADS
            fig = replace(fig, what=head if fig.category != whole.category and people_head
                          and any(w.lower() in _FATE_MODIFIERS for w in whole.what.split()[:-1]) else whole.what)
            if fig.category == "other" and whole.category in _STATUS_CATEGORIES \
                    and _noun_category(fig.what.split()[-1].lower(), lex) == whole.category:
                fig = replace(fig, category=whole.category)  # "released 17 hostages, but is still holding at least 59":
                # hostages still, whatever the verb
            if whole is before and fig.category in (None, "other") and _PLACE_WITH_ITS_COUNT.fullmatch(text, before.char_end, fig.char_start) \
                    and text[before.char_end : fig.char_start].lstrip().startswith((before.what, ",", ";", "and")):
                fig = replace(fig, category=before.category)  # "Syria followed with 13.5 million, then Afghanistan with 10.3 million"
            elif whole is before and fig.category in (None, "other") and before.category not in (None, "other") \
                    and _ANOTHER_PLACE_REPORTED.search(text, before.char_end, fig.char_start) \
                    and not re.search(r"[.;:!?]", text[before.char_end : fig.char_start]):
                fig = replace(fig, category=before.category)  # "Indonesia said 165 of its citizens had died, and Jordan
                # reported 99": the next place's count of the same dead
        elif not fig.what and fig.kind == "count" and before.kind in ("measure", "percent") and before.unit \
                and fig.unit is None and _BASELINE_AFTER_A_COUNT.fullmatch(text, before.char_end, fig.char_start):
            # "captured 427 square kilometers, down from 476 in December", "65.8%, down from 67.4": the unit is written once
            fig = replace(fig, kind=before.kind, unit=before.unit, what=before.what, category=None)
        elif not fig.what and fig.kind == before.kind == "count" and before.what and before.what.lower() not in _PART_PRONOUNS \
                and (_BASELINE_AFTER_A_COUNT.fullmatch(text, before.char_end, fig.char_start)
                     or (re.fullmatch(r"\s+from\s+", text[before.char_end : fig.char_start])
                         and text[max(0, before.char_start - 4) : before.char_start].lower() == " to ")):
            fig = replace(fig, what=before.what)  # "deaths rose to 645 last year, up from 425 in 2022", "Arrivals dropped
            # to 14,900 from 58,500": the same deaths, the same arrivals
        elif not fig.what and fig.kind == "count" and before is not None and before.kind == "count" and before.what \
                and _OF_WHOM_BEFORE.search(text, max(before.char_end, fig.char_start - 12), fig.char_start) \
                and before.what.lower() not in _PART_PRONOUNS:
            fig = replace(fig, what=before.what)  # "about 1.5 million Syrians, of whom 800,000 are registered": Syrians
        elif not fig.what and fig.kind == before.kind == "count" and before.what and fig.category in (None, "other", before.category) \
                and _PLACE_WITH_ITS_COUNT.fullmatch(text, before.char_end, fig.char_start) \
                and text[before.char_end : fig.char_start].lstrip().startswith((before.what, ",", ";", "and")):
            # "South Carolina reported 36 deaths, Georgia 25, Florida 19": each place's count of the same deaths
            fig = replace(fig, what=before.what, category=before.category)
        elif not fig.what and fig.kind == before.kind == "measure" and fig.unit == before.unit and before.what \
                and _LIST_JOINER.fullmatch(text, before.char_end, fig.char_start):
            fig = replace(fig, what=before.what)  # "aftershocks of magnitude 5.9 and 5.5": both measure the aftershocks
        out.append(fig)
    return out


# Words that say the people a count names are alive ("12 surviving passengers"): no death befell them
_ALIVE_WORDS = frozenset({"surviving", "survivors", "living", "alive"})
# Modifiers that say what befell the people a count names ("internally displaced people", "injured civilians")
_FATE_MODIFIERS = frozenset({"displaced", "injured", "wounded", "dead", "killed", "missing", "homeless", "detained", "arrested",
                             "kidnapped", "abducted", "captured", "stranded", "evacuated", "trapped",
                             # ("20 living hostages and the bodies of 28 others": the others are hostages, not living ones)
                             "living", "surviving", "deceased"})
# between a count and the earlier level it is compared with ("645 last year, up from 425")
# the level a baseline names before its number ("down from a peak of roughly 200,000"): shared with the dates stage
PEAK_OF = r"(?:(?:a|the|its|their)\s+(?:(?:record|previous|earlier|daily|weekly)\s+)?(?:peak|high|low|record|level|maximum|total)\s+of\s+)?"
_BASELINE_AFTER_A_COUNT = re.compile(r"(?:\s+[\w-]+){0,3}\s*(?:,\s+(?:up|down)\s+from|,?\s+compared\s+(?:with|to))\s+" + PEAK_OF +
                                     r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?", re.IGNORECASE)
_BASELINE_AT_END = re.compile(r",?\s+(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+" + PEAK_OF + "$", re.IGNORECASE)
_OF_WHOM_BEFORE = re.compile(r",\s+of\s+(?:whom|which)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$")


def _refers_back(tokens: list[Token], cand: _Candidate) -> bool:
    first = tokens[cand.first]
    return (cand.kind == "count" and cand.qualifier == "exact" and cand.first == cand.number.last_token
            and first.low in ("two", "three", "four", "both") and _word(tokens, cand.first - 1) in ("the", "these", "those"))


_HEADLINE_PAIR = re.compile(r"\s*,?\s+(dead|killed|wounded|injured|missing)\b(?!\s*[,;:.]?\s*\d)(?=\s+(?:in|as|after|when|by|at|on)\b)")
_OUTCOME_PAIR = re.compile(r"\s*(?:and|or)\s+(dead|killed|wounded|injured|missing)\b")
# Two states named together stand for the pair's own category ("scores of dead and wounded", "14 dead and missing").
_PAIRED_STATES = {frozenset({"killed", "wounded"}): "killed_or_wounded", frozenset({"killed", "missing"}): "killed_or_missing"}
# A bare number after "and" that only names another place or time repeats the verb before it.
_ELLIPSIS_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,2}?(?:\s+(?:in|at|near|on|across|inside|outside|into|to|from)"
                              r"(?:\s+the\s+(?:city|town|village|province|district|region|county)\s+of)?"  # ("in the city of Wajima")
                              r"(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,3})?(?:\s+(?:and|or)\s+|(?<=[A-Za-z])\s*,\s*(?:and\s+)?"
                              # ("killed more than 59,000 people: 53,537 in Turkey", "… people - 53,537 in Turkey")
                              r"|(?<=[A-Za-z])\s*:\s+|(?<=[A-Za-z])\s+[-–—]\s+)")
# A whole's noun, then a colon that opens its breakdown by place ("59,000 people: 53,537 in Turkey and 6,760 in Syria")
# Where a count was counted, right after it ("53,537 in Turkey", "800,000 into South Sudan")
_PLACE_AFTER = r"\s+(?:in|at|near|across|inside|outside|into|to|from)\s+(?:the\s+)?[A-Z]"
_BREAKDOWN_BY_PLACE = re.compile(r"\s+[a-z][\w-]*\s*:\s+[\d,.]+" + _PLACE_AFTER)
_ELLIPSIS_AFTER = re.compile(_PLACE_AFTER + r"|\s*(?:[.;]|$)")
# ("some 1.5 million into Egypt and more than 800,000 into South Sudan": where each part went)
_OWN_FINITE_VERB = re.compile(r"[^,;.]{0,60}?\b(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+[a-z]")
# "… 673 people have been killed …. Of those, 322 were children": a sentence that opens on the figures of the
# sentence before counts a part of them (shared with the dates stage, where the part takes its group's date)
_OF_THOSE = r"(?:of|among)\s+(?:those|them|these)"
_THE_GROUP_BEFORE = r"(?:" + _OF_THOSE + r"|(?:of|among)\s+the\s+(?:dead|victims|killed|wounded|injured|total))"
# the next part after the first, joined by "and" or a comma ("… were 270 soldiers and 120 civilians")
_THE_NEXT_PART_AFTER_AND = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,\s*|,?\s+and\s+)")
# a sentence that opens on a part of the group the sentence before counted ("Of these, 638,000 are in Phase 5")
_OF_THESE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)" + _OF_THOSE + r"\s*,\s*$", re.IGNORECASE)
PART_OF_THE_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)" + _THE_GROUP_BEFORE + r"(?:\s+(?:killed|dead|wounded|injured|detained|arrested|"
                                         r"displaced|missing|kidnapped|abducted|"
                                         # ("Among those freed by Russia were 270 soldiers": of the prisoners just counted)
                                         r"(?:freed|released|exchanged|swapped|returned)(?:\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?))?"
                                         r"\s*,?\s*(?:were\s+|was\s+)?$", re.IGNORECASE)
# ("Among the dead were 22 children": the part after the copula too)
_OPENS_ON_THE_SENTENCE_BEFORE = re.compile(_THE_GROUP_BEFORE + r"\b\s*,", re.IGNORECASE)
# "Of the 1,139 people killed in the attack, 695 were civilians": a whole opening the sentence, then a part of it
# whose clause only says what the part is
OPENING_WHOLE = re.compile(r"(?:^|[.!?\n]\s*|[\"“]\s*)of\s+(?:the|those|these)\s+$", re.IGNORECASE)
PART_AFTER_THE_WHOLE = re.compile(r"(?:[^,;.!?]|(?<=\d),(?=\s\d{4}\b)){0,80},\s*(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?")
_ELIDED_COPULA_TO_THE_END = re.compile(r"(?:\s+[\w'’-]+){1,6}\s*")
_PART_MARKER_BEFORE = re.compile(r"\bof\s+(?:whom|them|those)\b[^.;]{0,14}$|^\s*of\s+the\b", re.IGNORECASE)
_SIBLING_PART = re.compile(r"\s+(?:of\s+(?:those|the|them|whom)(?:\s+[a-z]+)?\s+)?(?:were|was|are|is)\s+[\w'’ -]{1,30}?\s*(?:,\s*(?:and\s+|while\s+)?|\s(?:and|while)\s+)")
_COPULA_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:were|was|are|is|remain|remained|remains)\s+(?!killed|wounded|injured|hurt|released|freed|rescued|missing)")
_AMONG_THE = re.compile(r"\s+[\w' -]{0,40}?\b(?:were\s+)?among\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?", re.IGNORECASE)
_OWN_VERB_AFTER = re.compile(r"(?:\s+(?!(?:in|on|at|near|outside|inside|of|the|a|an|from|to|by|around|across|within)\b)[A-Za-z-]+){0,2}?"
                             r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?!(?:"
                             + "|".join(lexicon.load("categories")["still_to_come"]) + r")\b)[a-z]{3,}ed\b")


# A toll, then its parts after a colon ("rose to 236: 82 fighters and 154 civilians"), and each next item (the first
# shared with the dates stage, where the parts take the toll's date)
BREAKDOWN_AFTER_COLON = re.compile(r"[\w\s-]{0,40}?(?:\bas\s+follows\s*)?:\s*", re.IGNORECASE)
_NEXT_ITEM = re.compile(r"[\w\s-]{0,40}?(?:,\s*|\s+and\s+|\s+)", re.IGNORECASE)


def _counts_people(fig: Figure, lex: _Lexicon) -> bool:
    head = fig.what.lower().split()[-1] if fig.what else ""
    # (one of them is named in the singular: "… nine children and one rescue worker")
    return bool(fig.what) and (head in lex.person_nouns or (fig.value == 1 and f"{head}s" in lex.person_nouns)
                               or _is_demonym_plural(fig.what.split()[-1]))


# A change after a level, in a clause of its own ("…, up 25 from the previous day", "…, an increase of 25")
_CHANGE_OF_THE_LEVEL = re.compile(r"[^,;.]{0,40},\s+(?:up|down|(?:an?\s+)?(?:increase|rise|jump|drop|decrease|fall)\s+of)\s+"
                                  r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?", re.IGNORECASE)
# The same total's future level ("has risen to 2,719, …, warning that it could top 3,000"): "it" is the total before
_THE_SAME_TOTAL_COULD = re.compile(r"\b(?:that\s+)?(?:it|the\s+(?:toll|figure|number|total|tally))\s+"
                                   r"(?:could|may|might|would|will|(?:is|was)\s+(?:expected|likely|set|feared)\s+to)\s+(?:still\s+|further\s+)?"
                                   r"(?:(?:rise|climb|grow|increase|jump)\s+(?:to|above|past|beyond)\s+|(?:reach|exceed|surpass|pass|hit)\s+)?$",
                                   re.IGNORECASE)
# The words that open a list of the parts of a count ("including 11 women, nine children and one rescue worker")
_LISTING_OPENER = r"\b(?:including|among\s+them|among\s+whom)\b"
# "the civilians included three children": the group named before, then its part
_GROUP_INCLUDED = re.compile(r"\b(?:the|those)\s+([a-z]+)\s+(?:included|include|includes)\s+(?:at\s+least\s+|some\s+|about\s+)?$",
                             re.IGNORECASE)


def _in_a_list_of_parts(text: str, prev: Figure, fig: Figure, lex: _Lexicon) -> bool:
    """"… 969 women and 3110 men": two subgroups in a row, joined by "and" or a comma, count parts of one toll;
    so do the people listed after a part ("among them at least 20 children and nine aid workers")."""
    def subgroup(f: Figure) -> bool:
        return bool(f.what) and f.what.lower().split()[-1] in lex.subgroups
    listed_after_a_part = _counts_people(fig, lex) and bool(prev.what) \
        and (lex.part_of_whole.search(text, max(0, prev.char_start - 30), prev.char_start) is not None
             # (the third item of the list: "including 11 women, nine children and one rescue worker")
             or (subgroup(prev) and re.search(_LISTING_OPENER + r"\s+[\w\s,-]{0,40}$",
                                              text[max(0, prev.char_start - 60) : prev.char_start]) is not None))
    if not (subgroup(prev) and subgroup(fig)) and not listed_after_a_part:
        return False
    between = text[prev.char_end : fig.char_start].lower()
    return bool(re.fullmatch(r"\s*" + re.escape(prev.what.lower()) + r"\s*(?:,|and|,\s*and)?\s*", between))


def _names_its_own_outcome(rest: str, lex: _Lexicon) -> bool:
    """Whether the words right after a number ("627 arrests.", "40 deaths and …") are an outcome noun that ends its phrase."""
    m = re.match(r"[\d.,]*\s*(?:million|thousand)?\s*([a-z]+)\s*(?:[,;.]|$|and\b|or\b)", rest)
    return bool(m) and _noun_category(m.group(1), lex) is not None


def _shares_the_state_after(text: str, fig: Figure, group: Figure, lex: _Lexicon) -> bool:
    """"left 3 police officers and 2 civilians dead": people listed before the next group share the state
    named after it."""
    if not fig.what or not group.what or fig.what.lower().split()[-1] not in lex.person_nouns:
        return False
    between = text[fig.char_end : group.char_start].lower()
    if not re.fullmatch(r"\s*" + re.escape(fig.what.lower()) + r"\s*,?\s*(?:and|or)\s*", between):
        return False
    after = text[group.char_end : group.char_end + len(group.what) + 20].lower()
    state = re.match(r"\s*" + re.escape(group.what.lower()) + r"\s+([a-z]+)\b", after)
    return bool(state) and (state.group(1) in _STATES_AFTER or state.group(1) in lex.outcome_words)


# "…, though other sources said 70", "…, while the UN put it at 70": another speaker's number for the same toll
# ("…, though some estimates run as high as 150,000": other estimates of it)
_ANOTHER_SOURCE_SAID = re.compile(r"(?:[,;]\s*(?:though|although|but|while|whereas)|;)\s+[^,;.]{0,60}?\b(?:said|say|says|put\s+it\s+at|"
                                  r"puts\s+it\s+at|estimated|reported|gave|counted|"
                                  r"(?:estimates?|figures|tallies|counts)\s+(?:run|runs|ran|go|goes|went|range|ranges|ranged|reach|reached)"
                                  r"(?:\s+(?:to|up\s+to|into))?)(?:\s+(?:it|the\s+toll|the\s+figure)\s+(?:at|as))?"
                                  r"(?:\s+(?:at\s+least|more\s+than|about|around|some|nearly|over|up\s+to|as\s+many\s+as))?\s*$",
                                  re.IGNORECASE)
# A verb raising a running total and the total's determiner ("bringing the", "takes its"): shared with the dates stage
_NEWLY = re.compile(r"^(?:new|fresh|additional|further|more)\s+(?=\S)", re.IGNORECASE)
RAISING_A_TOTAL = r"\b(?:" + "|".join(lexicon.load("qualifiers")["total_raising_verbs"]) + r")\s+(?:the|its|their)\s+"
RAISING_A_BARE_TOTAL = (r"\b(?:" + "|".join(lexicon.load("qualifiers")["total_raising_verbs"]) + r")\s+(?:"
                        + "|".join(lexicon.load("qualifiers")["bare_totals"]) + r")\b")
TAKES_THE_TOTAL_TO = re.compile(RAISING_A_TOTAL + r"(?:total|tally|overall\s+total|running\s+total|count|strength|overall\s+strength|(?:[A-Z]\.)+\s+presence|presence)\b"
                                r"(?:[A-Z]\.|[^.;:]){0,40}?\bto\s+$",  # ("the total U.S. presence in the region to")
                                re.IGNORECASE)
# A toll given before, updated in a sentence of its own ("This was later updated to 82 on Sunday")
# (the toll's subject and its verb: "This was later updated to", "The toll has since been raised to"; shared with the
# sources, where such a sentence keeps the voice of the one before)
_UPDATED_TOLL = (r"(?:this|it|the\s+(?:death\s+)?toll|the\s+figure)\s+(?:was|has\s+been|had\s+been)\s+"
                 r"(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:updated|raised|revised(?:\s+up(?:ward)?s?)?|increased|put)\s+(?:to|at)\s+")
_TOLL_UPDATED_TO = (r"(?:^|(?<=[.!?]\s)|\b)" + _UPDATED_TOLL
                    + r"(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$")
# "In 2023, 4,200 migrants drowned; this year the figure is 1,100": the figure counts what the one before counted
# ("By November the number had grown to 11,000": the same, told as a change)
_THE_FIGURE_IS = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:figure|number|total|tally|count|toll)\s+at\s+"
                            r"(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$|"
                            # ("… with an initial death toll of 47. This was later updated to 82": the same toll)
                            + _TOLL_UPDATED_TO + r"|"
                            # ("… 38 fighters were killed. Shaam News Network put the number at 60": the same count)
                            r"\b(?:the|that|this)\s+(?:(?:real|actual|true|final|official|overall)\s+)?(?:figure|number|total|tally|count)\s+(?:now\s+|so\s+far\s+)?(?:"
                            r"(?:is|was)\s+(?:up|down)\s+from|"  # ("The figure is up from 117.3 million a year earlier")
                            # ("this month the figure is already 3,000")
                            r"(?:is|was)(?:\s+(?:already|now|still|currently|nearly|almost|over|more\s+than|at\s+least|about|around))?|"
                            r"stands\s+at|"
                            r"stood\s+at|has\s+reached|had\s+reached|reached|(?:has\s+|had\s+|have\s+)?(?:grown|grew|risen|rose|climbed|"
                            r"increased|jumped|swelled|swollen|fallen|fell|dropped|declined|decreased|doubled|tripled|trebled|quadrupled|"
                            r"soared|surged|shrunk|shrank)\s+to|"
                            # ("the figure was expected to exceed 3,000", "the toll could rise to 500"): a forecast of the same count
                            r"(?:(?:is|was)\s+(?:expected|likely|set|feared|projected|forecast|predicted)\s+to|could|may|might|will|would)"
                            # ("Other agencies said the number could be as high as 350")
                            r"(?:\s+(?:rise|climb|grow|increase|jump)(?:\s+(?:to|above|past|beyond))?|\s+(?:reach|top|surpass|pass|hit|exceed)|\s+be)?)\s+"
                            r"(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$",
                            re.IGNORECASE)
_NUMBERING_AFTER = re.compile(r"\b([A-Za-z-]+)\s*,\s*(?:numbering|totall?ing|(?:who|which)\s+(?:now\s+)?(?:number|numbered|total|totalled|totaled))\s+$",
                              re.IGNORECASE)  # ("The injured, who number more than 300,")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_FROM_THEN_TO = re.compile(r"\s+to\s+")  # "from 5,000 to 3,000": the level a change reached


def _released_after(text: str, fig: Figure, lex: _Lexicon) -> bool:
    """Whether the figure's own clause says its people were let go ("were later released without charge")."""
    return bool(lex.release_cues.search(re.match(r"[^,;.]{0,60}", text[fig.char_end :]).group().lower()))


def _inherit_categories(text: str, figures: list[Figure], lex: _Lexicon) -> list[Figure]:
    """"35 hostages, including nine children": a part or an earlier state of the figure before it in the
    sentence takes that figure's category when its own words name none; "11 children among 18 dead"
    takes the category of the group after it."""
    figures = list(figures)
    for n in range(len(figures) - 2, -1, -1):
        fig, group = figures[n], figures[n + 1]
        if fig.kind == group.kind == "count" and fig.category == "other" and group.category not in (None, "other") \
                and fig.sentence_index == group.sentence_index and not _ALIVE_WORDS.intersection((fig.what or "").lower().split()) \
                and ((_AMONG_THE.fullmatch(text, fig.char_end, group.char_start) and (fig.what or "") != "")
                     or _shares_the_state_after(text, fig, group, lex)):
            figures[n] = replace(fig, category=group.category)
    out: list[Figure] = []
    of_the_group_before: set[int] = set()  # parts that opened on the group the sentence before counted
    breakdown = False  # the figure before is an item of a toll's breakdown after a colon
    accompanied = False  # the figure before joined a toll after "along with"
    for n, fig in enumerate(figures):
        if not fig.what and fig.kind == "count" and fig.category in (None, "other") and _WITH_BEFORE.search(text, max(0, fig.char_start - 8), fig.char_start) \
                and _CONFIRMED_AFTER.match(text, fig.char_end):
            outcome = _outcome_noun_before(text[max(0, fig.char_start - 90) : fig.char_start], lex)
            if outcome is not None:
                fig = replace(fig, what=outcome[0], category=outcome[1])  # "nearly half the deaths, with 95 confirmed": deaths
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "duration" and len(out) > 1 and out[-2].sentence_index == fig.sentence_index \
                and fig.kind == "count" and lex.part_of_whole.search(text, prev.char_end, fig.char_start):
            prev = out[-2]  # "killed 85 people over the past 24 hours, including 21 children": the people are the whole
        # (the count before, past a duration: "312 new cases in the past 24 hours, bringing the total to 8,941")
        last_count = next((f for f in reversed(out) if f.kind == "count"), None)
        if last_count is not None and fig.kind == "count" and not fig.what and (last_count.what or last_count.category not in (None, "other")) \
                and fig.sentence_index - 1 <= last_count.sentence_index \
                and (TAKES_THE_TOTAL_TO.search(text, max(0, fig.char_start - 80), fig.char_start)
                     or _THE_FIGURE_IS.search(text, max(0, fig.char_start - 40), fig.char_start)):
            # "800 migrants crossed …. It takes the total to 30,000.", "pledged three more systems, bringing the total to 10"
            same = fig.category == "other" and last_count.category not in (None, "other")
            # (a toll names what the last count with its outcome named: "… killed and 3,000 injured. Earlier estimates
            # had put the toll at 800" counts the people killed, not the injured)
            kin = next((f for f in reversed(out) if f.kind == "count" and f.category == fig.category
                        and fig.sentence_index - 1 <= f.sentence_index), None) if fig.category not in (None, "other") else None
            fig = replace(fig, category=last_count.category if same else fig.category, what=_NEWLY.sub("", (kin or last_count).what or "") or None)
            # ("reported 40 new cases, bringing the total to 505": the total counts cases, not new ones)
        named_count = last_count
        if last_count is not None and not last_count.what and len(out) > 1 and out[-2].kind == "count" and out[-2].what \
                and out[-2].sentence_index == last_count.sentence_index \
                and not re.search(r"[.;:!?]", text[out[-2].char_end : last_count.char_start]) \
                and _BASELINE_AT_END.search(text, out[-2].char_end, last_count.char_start):
            named_count = out[-2]  # ("… 150,000 people …, down from a peak of roughly 200,000": the level before its baseline)
        if named_count is not None and fig.kind == "count" and not fig.what and named_count.what \
                and named_count.sentence_index == fig.sentence_index - 1 and _counts_people(named_count, lex) \
                and (opening := _OPENING_ADDITION.match(fig.sentence)) is not None and fig.sentence[opening.end() :].startswith(fig.text) \
                and len({f.what for f in out if f.kind == "count" and f.sentence_index == named_count.sentence_index
                         and (f.what or f is not last_count)}) == 1:
            # "Four people were killed last night. Another 12 were wounded": people (not after "15 fighters and 23 among
            # its adversaries as well as two civilians", where "another 70" may be any of them)
            fig = replace(fig, what=named_count.what)
        opens_on_the_group = fig.category in ("other", "deployed") \
            and PART_OF_THE_SENTENCE_BEFORE.search(text, max(0, fig.char_start - 40), fig.char_start) is not None
        if last_count is not None and fig.kind == "count" and last_count.category not in (None, "other") \
                and (fig.category == "other" or (fig.category == "deployed" and opens_on_the_group)) \
                and last_count.sentence_index == fig.sentence_index - 1 \
                and (opens_on_the_group
                     # ("… 95 deaths. Buncombe County reported 57 of them": the sentence's first count, of the dead before)
                     # ("Four patients died on Tuesday. Three of them were children": the part named by its copula)
                     or (PART_OF_THEM.match(text, fig.char_end) and out[-1] is last_count)):
            fig = replace(fig, category=last_count.category)  # "… were killed. Of those, 322 were children": a part of the dead
            if opens_on_the_group:
                of_the_group_before.add(fig.char_start)
        elif out and fig.kind == "count" and fig.category in ("other", "deployed") and out[-1].sentence_index == fig.sentence_index \
                and out[-1].char_start in of_the_group_before and _THE_NEXT_PART_AFTER_AND.fullmatch(text, out[-1].char_end, fig.char_start):
            fig = replace(fig, category=out[-1].category)  # "Among those freed … were 270 soldiers and 120 civilians": both parts
            of_the_group_before.add(fig.char_start)
        if last_count is not None and fig.kind == "count" and fig.category == "other" and last_count.category not in (None, "other") \
                and last_count.sentence_index == fig.sentence_index \
                and (not fig.what or fig.what.lower() in ("increase", "rise", "jump", "drop", "decrease", "fall")) \
                and _CHANGE_OF_THE_LEVEL.fullmatch(text, last_count.char_end, fig.char_start):
            # "The toll now stands at 150, up 25 from the previous day", "rose to 150, an increase of 25 from Monday"
            fig = replace(fig, category=last_count.category, what=last_count.what)
        if last_count is not None and fig.kind == "count" and fig.category == "other" and last_count.category not in (None, "other") \
                and last_count.sentence_index == fig.sentence_index \
                and _THE_SAME_TOTAL_COULD.search(text, max(0, last_count.char_end), fig.char_start):
            fig = replace(fig, category=last_count.category, what=last_count.what)  # "…, warning that it could top 3,000"
        if fig.kind == "count" and fig.category == "other" \
                and (group := _GROUP_INCLUDED.search(text, max(0, fig.char_start - 40), fig.char_start)) is not None:
            held = group.group(1).lower() in ("held", "taken", "seized")  # ("Those held include at least ten journalists")
            named = next((f for f in reversed(out) if f.kind == "count" and f.category not in (None, "other")
                          and fig.sentence_index - 1 <= f.sentence_index
                          and ((f.what and f.what.lower().split()[-1] == group.group(1).lower())
                               or (held and f.category in ("arrested", "kidnapped", "captured")))), None)
            if named is not None:
                fig = replace(fig, category=named.category)  # "… killed 50 militants and eight civilians …, and the civilians
                # included three children": a part of those civilians; "… detained 1,133 people …. Those held include at
                # least ten journalists": a part of the people held just counted
        if prev is not None and prev.category == "other" and len(out) > 1 and re.search(r"\bof\s+$", text[max(0, prev.char_start - 4) : prev.char_start]):
            prev = out[-2]  # "six members of one family, including four children": the children are among the six
        same_sentence = (fig.kind == "count" and prev is not None and prev.kind == "count"
                         and prev.sentence_index == fig.sentence_index and prev.category not in (None, "other"))
        between = text[max(prev.char_end, fig.char_start - 30) : fig.char_start] if same_sentence else ""
        thing = bool(fig.what) and fig.what.lower().split()[-1] in lex.thing_nouns  # ("evacuate people from two villages")
        released = same_sentence and _released_after(text, fig, lex)  # ("627 arrested, of whom 203 were released without charge")
        item_of_a_breakdown = same_sentence and not thing and _counts_people(fig, lex) and fig.category in ("other", prev.category) \
            and bool(BREAKDOWN_AFTER_COLON.fullmatch(text, prev.char_end, fig.char_start)
                     or (breakdown and _NEXT_ITEM.fullmatch(text, prev.char_end, fig.char_start)))
        if same_sentence and (fig.category == "other" or (
                # ("left at least 42 fighters dead, of whom 17 were government soldiers": soldiers among the dead)
                fig.category == "deployed" and prev.category in _OUTCOME_CATEGORIES and _COPULA_AFTER.match(text, fig.char_end)
                and re.search(r"\bof\s+(?:whom|them)\s+(?:(?:at\s+least|some|about|around|nearly)\s+)?$", between))) \
                and not thing and not released \
                and (lex.inherit_after.search(_DEFINITE_AT_END.sub("", between)) or PART_OF_THEM.match(text, fig.char_end)) \
                and not (ADDITION_AT_END.search(between) and _OWN_VERB_AFTER.match(text, fig.char_end)):
            # (but "50 were killed and another 30 sealed off in tunnels": the other 30 met another fate)
            fig = replace(fig, category=prev.category)  # ("60000 died, 110 of them children": a part of that group)
        elif same_sentence and not thing and not released and PART_OF_THEM.match(text, fig.char_end) \
                and prev.category in _OUTCOME_CATEGORIES and fig.category not in _OUTCOME_CATEGORIES:
            # "killed 12 people eight of them children … in a camp housing civilians fleeing the war": a part of the
            # dead is among the dead, whatever a cue further on says
            fig = replace(fig, category=prev.category)
        elif same_sentence and fig.category == "other" and not thing and not released \
                and OPENING_WHOLE.search(text, max(0, prev.char_start - 80), prev.char_start) \
                and PART_AFTER_THE_WHOLE.fullmatch(without_abbreviation_stops(text[prev.char_end : fig.char_start])) \
                and _COPULA_AFTER.match(text, fig.char_end):
            fig = replace(fig, category=prev.category)  # "Of the 1,139 people killed …, 695 were civilians": a part of the dead
        elif same_sentence and fig.category in ("other", "deployed") and _SIBLING_PART.fullmatch(text, prev.char_end, fig.char_start) \
                and (_COPULA_AFTER.match(text, fig.char_end)
                     # ("1,190, of whom 436 were civilians and 435 members of the security forces": the copula left out)
                     or (_ELIDED_COPULA_TO_THE_END.fullmatch(text, fig.char_end, text.find(".", fig.char_end) if "." in text[fig.char_end:] else len(text))
                         and _PART_MARKER_BEFORE.search(text, max(0, prev.char_start - 24), prev.char_start))):
            fig = replace(fig, category=prev.category)  # "Of the 40 victims, 12 were children and 9 were women"
        elif same_sentence and fig.category in ("other", "deployed") and not thing and prev.category in _OUTCOME_CATEGORIES \
                and (_ALONG_WITH.search(text, prev.char_end, fig.char_start)
                     or (accompanied and _NEXT_ITEM.fullmatch(text, prev.char_end, fig.char_start))) \
                and not _OWN_FINITE_VERB.match(text, fig.char_end):
            # "745 civilians had been killed, along with 125 members of the security forces and 148 fighters": the
            # people named along with the dead are dead too (a noun's own "deployed" was only its default)
            fig = replace(fig, category=prev.category)
            accompanied = True
        elif item_of_a_breakdown and fig.category == "other":
            # "the number of victims has reached 236 individuals as follows: 82 gunmen 154 civilians": the parts of the toll
            fig = replace(fig, category=prev.category)
        elif same_sentence and (fig.category == "other" or (
                fig.category == "deployed" and prev.category in _OUTCOME_CATEGORIES and not _OWN_FINITE_VERB.match(text, fig.char_end))) \
                and _in_a_list_of_parts(text, prev, fig, lex):
            # "including 1733 children 969 women and 3110 men", "at 974, including 387 civilians and 268 security
            # personnel" (the personnel's "deployed" was only their noun's default)
            fig = replace(fig, category=prev.category)
        elif same_sentence and fig.category == "other" and prev.category not in (None, "other") and prev.what \
                and _DASH_AFTER_THE_WHOLE.fullmatch(text, prev.char_end, fig.char_start) \
                and text[prev.char_end : fig.char_start].strip().startswith(prev.what):
            # "six health workers — four doctors, a nurse and a pharmacist — had been abducted": the parts in the aside
            fig = replace(fig, category=prev.category)
        elif same_sentence and fig.category == "other" and prev.category == "wounded" and _HOW_BADLY.match(text, fig.char_end) \
                and _AFTER_THE_WOUNDED.fullmatch(text, prev.char_end, fig.char_start):
            # "eight wounded, one seriously": how badly one of them was hurt
            fig = replace(fig, category="wounded", what=prev.what)
        elif fig.kind == "count" and fig.category == "other" and (not fig.what or fig.what == "average") and (fig.unit or "").startswith("per ") \
                and (total := next((f for f in reversed(out) if f.kind == "count" and f.sentence_index == fig.sentence_index), None)) \
                is not None and total.category not in (None, "other") and not total.unit \
                and THE_SAME_AS_A_RATE.fullmatch(text, max(total.char_end, fig.char_start - 120), fig.char_start) \
                and not re.search(r"[;.]", text[total.char_end : fig.char_start]):
            # "6,953 killings in the three months to September, or roughly 76 a day": the same toll, told as a rate
            # ("…, an average of 30 a day": the average is no noun of its own)
            fig = replace(fig, category=total.category, what=total.what)
        elif same_sentence and fig.category == "other" and not fig.what and _ANOTHER_SOURCE_SAID.search(
                text, prev.char_end, fig.char_start + (len("estimated") if fig.text[:9].lower() == "estimated" else 0)):
            fig = replace(fig, category=prev.category)  # "put the toll at 50, though other sources said 70": the same toll
        elif same_sentence and fig.category == "other" and not fig.what and _FROM_THEN_TO.fullmatch(text, prev.char_end, fig.char_start) \
                and re.search(r"\bfrom\s+$", text[max(0, prev.char_start - 6) : prev.char_start], re.IGNORECASE):
            fig = replace(fig, category=prev.category, what=prev.what)  # "cut the number of troops from 5,000 to 3,000"
        elif same_sentence and fig.category == "other" and not fig.what and _ELLIPSIS_BEFORE.fullmatch(text, prev.char_end, fig.char_start) \
                and _ELLIPSIS_AFTER.match(text, fig.char_end):
            fig = replace(fig, category=prev.category)  # "killed over 50,000 people in Turkey and about 6,000 in Syria"
            if fig.source is None and prev.source is not None:
                # ("Of the dead, 92 were in the city of Wajima and 91 in Suzu": the same account as the first)
                fig = replace(fig, source=prev.source, source_key=prev.source_key, source_basis=prev.source_basis)
        elif same_sentence and fig.category != prev.category \
                and (lex.part_of_whole.search(between) or _A_NAMED_PART_THEN_AND.search(text, prev.char_end, fig.char_start)) \
                and (fig.what or "").lower() not in lex.outcome_words \
                and not (fig.category in _OUTCOME_CATEGORIES and _names_its_own_outcome(text[fig.char_end :], lex)) \
                and ((n + 1 < len(figures) and figures[n + 1].sentence_index == fig.sentence_index)
                     or not _OWN_FINITE_VERB.match(text, fig.char_end)):
            # "killed 18 civilians including one child and wounded dozens": the child is among the dead; the
            # verb after it belongs to the next figure (with no figure after it, a finite verb is its own:
            # "73 hostages remain, including at least 35 the military says are dead")
            fig = replace(fig, category=prev.category)
        breakdown = item_of_a_breakdown
        accompanied = accompanied and same_sentence and fig.category == prev.category
        out.append(fig)
    for n in range(len(out) - 1, 0, -1):
        first, second = out[n - 1], out[n]
        if first.kind == second.kind == "count" and first.sentence_index == second.sentence_index and not first.what \
                and not second.what and _ALTERNATIVE_BETWEEN.fullmatch(text, first.char_end, second.char_start):
            # "hundreds or even thousands may have died", "Dozens, if not hundreds, were killed": one toll
            if first.category == "other" and second.category in _OUTCOME_CATEGORIES:
                out[n - 1] = replace(first, category=second.category)
            elif second.category == "other" and first.category in _OUTCOME_CATEGORIES:
                out[n] = replace(second, category=first.category)
        elif first.kind == second.kind == "count" and first.sentence_index == second.sentence_index and not first.what \
                and second.what and _ALTERNATIVE_BETWEEN.fullmatch(text, first.char_end, second.char_start) \
                and (text.startswith(",", second.char_end) or text[second.char_end : second.char_end + 1 + len(second.what)].strip() == second.what):
            # "Dozens, if not hundreds, of civilians were killed", "More than 1,000 and perhaps as many as 2,000 people
            # died": one toll of the people both numbers count
            out[n - 1] = replace(first, what=second.what,
                                 category=second.category if first.category == "other" else first.category)
        elif first.kind == second.kind == "count" and first.sentence_index == second.sentence_index and first.what \
                and second.what in (None, first.what) and second.category == "other" and first.category in _OUTCOME_CATEGORIES \
                and _ALTERNATIVE_BETWEEN.fullmatch(text, first.char_end + len(first.what) + 1, second.char_start) \
                and text[first.char_end : first.char_end + len(first.what) + 1].strip() == first.what:
            out[n] = replace(second, category=first.category)  # "killed 12 soldiers, or 20 according to activists": one toll
    return out


# Words that add people or figures to the ones before ("…, along with 125 soldiers", "in addition to 12 injured")
_ACCOMPANYING = r"(?:along\s+with|as\s+well\s+as|together\s+with|alongside|in\s+addition\s+to)"
# The accuser's verb, then whom it accuses of what, up to the figure ("have accused Assad's forces of … killing")
_ACCUSED_OF = re.compile(r"\b(?:(?:have|has|had)\s+)?(?:accused|accuses|accuse)\s+(?!of\b)[^.;:,]{1,60}?\bof\s+[^.;:]*$",
                         re.IGNORECASE)
# A toll restated as a rate after it (", or roughly 76 a day", ", roughly 30 a day"; shared with the dates stage, where the rate takes the toll's
# date)
# A whole's noun, then a dash that opens the list of its parts ("six health workers — four doctors, …")
_DASH_AFTER_THE_WHOLE = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+[—–]\s*")
# How badly a part of the wounded was hurt, right after its count ("eight wounded, one seriously")
_HOW_BADLY = re.compile(r"\s+(?:seriously|critically|severely|gravely|badly)\b(?!\s+(?:ill|damaged))", re.IGNORECASE)
_AFTER_THE_WOUNDED = re.compile(r"(?:\s+[\w-]+){0,3}\s*,\s*", re.IGNORECASE)
THE_SAME_AS_A_RATE = re.compile(r".*,\s*(?:or\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|"
                                 r"just\s+under|an\s+average\s+of)\s+)?", re.IGNORECASE | re.DOTALL)
# People named along with a toll, right before their count ("…, along with 125 members of the security forces")
_ALONG_WITH = re.compile(r"(?:,|\s)\s*" + _ACCOMPANYING + r"\s+"
                         r"(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
# Words between two numbers given as alternatives for one toll
_ALTERNATIVE_BETWEEN = re.compile(r"\s*,?\s*(?:or(?:\s+even)?|(?:and\s+)?(?:perhaps|possibly|maybe)|if\s+not)\s+(?:even\s+)?", re.IGNORECASE)


@dataclass
class _Candidate:
    number: NumberSpan
    first: int  # first token of the figure (qualifier/currency included)
    last: int  # last token of the figure (unit included)
    kind: str
    unit: str | None = None
    qualifier: str = "exact"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx_below: bool = False
    what_from: int | None = None  # token where the counted noun phrase may start


def _blocked_ranges(text: str) -> list[tuple[int, int]]:
    blocked = [m.span() for m in URLISH.finditer(text)] if ("://" in text or "www." in text or "@" in text or "](" in text or "<" in text) else []
    blocked += [span for span in _spans_after_gate(_PHONE, _PHONE_GATE, text) if not _SPACE_GROUPED.fullmatch(text, *span)]
    blocked += _spans_after_gate(_CLOCK, _CLOCK_GATE, text)
    if "[" in text:
        blocked += [m.span() for m in _FOOTNOTE.finditer(text)]
    blocked += _spans_after_gate(_DOTTED_DATE, _DOTTED_GATE, text)
    blocked += [span for span in _spans_after_gate(_VERSION, _VERSION_GATE, text) if not DOT_GROUPED.fullmatch(text, *span)]
    if " by " in text:
        blocked += [m.span() for m in _STAFF_CREDIT.finditer(text)]
    if "(" in text:
        blocked += [m.span() for m in _GALLERY_COUNT.finditer(text)]
    return blocked


# A picture gallery's count: "Slideshow (3 Images)", "Gallery (12 photos)"
_GALLERY_COUNT = re.compile(r"\((?:\d{1,3})\s+(?:images|photos|pictures|videos)\)", re.IGNORECASE)


# A wire story's staff credit: "(Reporting by Olena Harmash; Editing by Alex Richardson and 2 others)"
# (in brackets, or a line of its own)
_STAFF_CREDIT = re.compile(r"\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Graphics)\s+by\b[^()\n]{0,300}\)"
                           r"|^[ \t]*(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\b[^\n]{0,300}$", re.MULTILINE)


# Cheap patterns that every match of the costly one contains: most articles have none, and where one is
# found the costly pattern only runs from a little before it (a scan starting with a digit is fast).
_PHONE_GATE = re.compile(r"\d[\s.-]\(?\d\d\d")
_CLOCK_GATE = re.compile(r"\d(?::\d\d|\s*[ap]\.?m|\s*(?:gmt|utc|hrs|local\s+time))", re.IGNORECASE)
_DOTTED_GATE = re.compile(r"\d[.-]\d")
_VERSION_GATE = re.compile(r"\d\.\d+\.\d")


def _spans_after_gate(pattern: re.Pattern, gate: re.Pattern, text: str) -> list[tuple[int, int]]:
    first = gate.search(text)
    if first is None:
        return []
    return [m.span() for m in pattern.finditer(text, max(0, first.start() - 30))]


def _glued_number_at(tokens: list[Token], k: int) -> bool:
    return 0 < k < len(tokens) and tokens[k].is_number and tokens[k].start == tokens[k - 1].end


def _after_month_and_day(tokens: list[Token], i: int, lex: _Lexicon) -> bool:
    """Whether token ``i`` follows a month and a day: "July 29, 2016", "July 29 2016"."""
    k = i - 1 if _word(tokens, i - 1) != "," else i - 2
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", tokens[k].low) if k >= 0 else None
    return bool(day) and 1 <= int(day.group(1)) <= 31 and _word(tokens, k - 1).rstrip(".") in lex.months


def _word(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


# Words that may follow an age given with "be" ("she was 9 when the war began"); any other word is what
# the number counts ("he was 1 of 3 survivors", "she is 5 feet tall").
# Plural words inside names, after which a capitalised word goes on with the name ("United States Army")
_PLURAL_NAME_WORDS = frozenset({"states", "nations", "emirates", "islands", "forces", "affairs", "arms", "news", "rights", "helmets",
                                "brothers", "sciences", "services", "operations", "relations"})
_AFTER_AN_AGE = frozenset({"when", "and", "but", "at", "while", "or", "as", "in", "on", "then", "now"})


def _a_person_is(tokens: list[Token], i: int, j: int, lex: _Lexicon) -> bool:
    """Whether the number from token ``i`` to ``j`` is one person's age told with "be": "he was 34", "I'm
    17", "the girl, who was 14,"."""
    k = i - 1
    while _word(tokens, k) in lex.age_copula_adverbs:
        k -= 1
    if _word(tokens, k) in lex.age_subject_copulas:
        subject = k
    elif _word(tokens, k) in lex.age_copulas and _word(tokens, k - 1) in lex.age_subjects:
        subject = k - 1
    else:
        return False
    if _word(tokens, subject).startswith("who") and _word(tokens, subject - 1) != ",":
        return False  # "the man who was 34" reads as an age only set off by commas: "the girl, who was 14,"
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    # (a new clause's pronoun in a copy that lost its stop: "I am 17 I have graduated")
    return after is None or not after.is_word or after.low in _AFTER_AN_AGE or after.text in ("I", "He", "She", "We", "They")


def _currency_symbol_before(text: str, start: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The currency code and the start of a symbol right before ``start`` ("$", "US$", "€ "), if any."""
    before = text[max(0, start - 6) : start]
    stripped = before.rstrip()
    if len(before) - len(stripped) > 1:
        return None
    for symbol, code in lex.currency_symbols:
        symbol_start = start - (len(before) - len(stripped)) - len(symbol)
        if (stripped.endswith(symbol) or (symbol[-1] == "$" and stripped.lower().endswith(symbol.lower()))) \
                and "\n" not in before[len(stripped) - len(symbol):] and not (symbol_start > 0 and text[symbol_start - 1].isalnum()):
            return code, symbol_start
    return None


def _matches_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i < 0 or i + len(phrase) > len(tokens):
        return False
    return all(tokens[i + k].low == w for k, w in enumerate(phrase))


def _classify(text: str, tokens: list[Token], number: NumberSpan, lex: _Lexicon) -> _Candidate | None:
    """Decide the kind of one number, or None when it is not a figure (year, date, time, ID...)."""
    i, j = number.first_token, number.last_token
    first_tok = tokens[i]
    prev = _word(tokens, i - 1)
    nxt = _word(tokens, j + 1)
    glued_next = j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end
    glued_prev = i > 0 and tokens[i - 1].end == first_tok.start
    is_plain_digits = first_tok.is_number and not number.words
    if is_plain_digits and number.value <= 31 and j + 1 < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", tokens[j + 1].text) \
            and not (j + 2 < len(tokens) and tokens[j + 2].is_word and _counted_noun(tokens[j + 2].low, lex)):
        return None  # "(YaZeynab) 29 2017": a day before its year, the month lost in a copy
    if nxt == "times" and _word(tokens, j + 2) in _MULTIPLIER_COMPARATIVES:
        return None  # "three times higher", "10 times as many": a ratio, not a count
    if nxt == "times" and _word(tokens, j + 2) in ("that", "this", "the", "its", "their", "his", "her") \
            and _word(tokens, j + 3) not in _NOT_A_MULTIPLIED_THING:
        return None  # "roughly three times that number", "five times the size of": a ratio, not a count (not "shelled 30
        # times the same day")
    if nxt == "-" and _word(tokens, j + 2) in ("star", "stars") and glued_next:
        return None  # "a 5-star hotel": a rating
    if i == j and number.words and ((nxt == "by" and _word(tokens, j + 2) == first_tok.low)
                                    or (prev == "by" and _word(tokens, i - 2) == first_tok.low)):
        return None  # "counting the dead one by one", "two by two": how, not how many
    if i == j and first_tok.low == "zero" and prev in ("below", "above", "under", "sub") \
            and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _counted_noun(tokens[j + 1].low, lex)):
        return None  # "temperatures dropped below zero": the freezing point, not a count
    if nxt == "-" and glued_next and _word(tokens, j + 2) in lex.compound_modifier_nouns and j + 3 < len(tokens) \
            and tokens[j + 2].start == tokens[j + 1].end and tokens[j + 3].is_word:
        return None  # "a five-storey building", "a three-judge panel": the number describes the noun after it
    if nxt == "-" and glued_next and _word(tokens, j + 2) in _CRASHED_THINGS and _word(tokens, j + 3) in _CRASH_NOUNS \
            and tokens[j + 2].start == tokens[j + 1].end:
        return None  # "the three-train collision", "a two-car crash": the crash is named, nothing is counted (not "a
        # 31-vehicle convoy")
    if prev == "top" and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _plain_plural(tokens[j + 1])) \
            and not _tops_a_total(tokens, i - 1):
        return None  # "a top 10 finish", "in the top 5": a rank (but "the top 10 officials" are ten officials)
    if prev == "of" and _word(tokens, i - 2) in _PARENTS and (_word(tokens, i - 3) in ("a", "the", "and", "single", "young", "widowed", "grieving")
                                                              or _word(tokens, i - 3).endswith("old")) \
            and i == j and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _plain_plural(tokens[j + 1])):
        return None  # "a father of two": one person described, not a count
    if prev == "at" and i == j and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", first_tok.text) and i >= 2 \
            and (re.fullmatch(r"(?:19|20)\d\d", tokens[i - 2].text) or tokens[i - 2].low.rstrip(".") in lex.months) \
            and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _counted_noun(tokens[j + 1].low, lex)):
        return None  # "Wed 01 Oct 2014 at 1459": a clock time after a date line (its colon lost in a copy)
    if glued_prev and tokens[i - 1].text in ("#", "№") and first_tok.text.isdigit():
        return None  # "Flash Update #12", "Resolution №2254": a number in a series, not a count
    if i == j and j + 1 == len(tokens) and i >= 3 and first_tok.text.isdigit() and tokens[i - 2].text == ":" \
            and re.fullmatch(r"[0-5]\d", tokens[i - 1].text) and tokens[i - 3].text.isdigit() and tokens[i - 1].end <= first_tok.start - 1:
        return None  # "Last Update: … GMT 22:41 99": a page's counter after the time stamp that ends it, not a count
    if prev == "day" and nxt == "of" and i == j and _word(tokens, i - 2) not in ("one", "a", "that", "the", "each", "every", "this", "same") \
            and _word(tokens, j + 2) in ("the", "its", "their", "a", "an") and not _plain_plural(tokens[min(j + 3, len(tokens) - 1)]):
        return None  # "on day 100 of the war": which day, not how many (not "on one day 40 of the soldiers died")
    if prev == "day" and i == j and i >= 2 and tokens[i - 2].text == "," and nxt in ("", ".", ":", "\n") \
            and _word(tokens, i - 3) not in ("one", "a", "that", "each", "every", "this", "same"):
        return None  # "Israel-Gaza war in numbers, day 400": which day of the war, a heading's counter
    if prev == "day" and i == j and i >= 2 and _word(tokens, i - 2) in ("on", "by", "until", "till", "from", "before", "after") \
            and nxt in ("", ".", ",", ";", ":", "\n", ")"):
        return None  # "talks were supposed to start on day 16.": which day, not how many

    # Identifiers: "F-16", "Su-25", "MH17", "Resolution 2254", "COVID-19", "3D", "5G".
    currency_before = prev.upper() in lex.currency_codes or (i > 0 and tokens[i - 1].text in lex.currency_symbol_words)  # ("KSh 200")
    if currency_before and glued_prev and tokens[i - 1].text in _NAMES_LIKE_CURRENCY and first_tok.text.isdigit() and len(first_tok.text) <= 2:
        currency_before = False  # "COP28": a conference's name, not 28 Colombian pesos
    if is_plain_digits and not currency_before:
        if glued_prev and tokens[i - 1].is_word:
            return None
        if len(first_tok.text) > 1 and first_tok.text[0] == "0" and first_tok.text.isdigit():
            return None  # "012017", "007": a code or a garbled date; counts are not written with a leading zero
        if prev == "-" and i >= 2 and tokens[i - 2].end == tokens[i - 1].start and glued_prev and tokens[i - 2].is_word \
                and tokens[i - 2].low not in lex.measures_before \
                and not (tokens[i - 2].low in ("k", "m", "bn", "mn") and i >= 3 and tokens[i - 3].is_number
                         and tokens[i - 3].end == tokens[i - 2].start):  # "Su-25", not "5k-20k"
            return None
        listed_from = i - 1
        while listed_from >= 2 and tokens[listed_from].low in (",", "and", "or", "&", "-", "–") and tokens[listed_from - 1].text.isdigit():
            listed_from -= 2  # "resolutions 2118 and 2235", "2401, 2449 and 2504", "paragraphs 5-6": the word before the list
            # names them all
        owner_word = tokens[listed_from].low if listed_from < i - 1 and listed_from >= 0 else prev
        named = owner_word.rstrip(".")
        named = named[:-1] if named.endswith("s") and named[:-1] in lex.identifier_words else named  # ("resolutions 2118 and 2235")
        if named in lex.identifier_words and (tokens[max(listed_from, 0)].text[:1].isupper() or owner_word in ("no", "no.", "number")
                                              or (named in lex.identifiers_any_case
                                                  # ("the army base 40 km north", "the base 40 soldiers defended")
                                                  and not (named in ("base", "checkpoint") and (nxt in lex.measures or _counted_noun(nxt, lex))))) \
                and not _number_as_a_verb(tokens, listed_from, lex):
            return None  # "Resolution 2254", "version 10.4"
        if prev in ("'", "’") and glued_prev and len(first_tok.text) == 2 and i >= 2 and tokens[i - 2].end < tokens[i - 1].start:
            return None  # "iLife '11", "the '80s": a year
        owner = _owner_of_a_possessive(tokens, i - 1)
        after_next = number.last_token + 2
        if owner >= 0 and tokens[owner].text[:1].isupper() and first_tok.text.isdigit() \
                and not _counted_noun(nxt, lex) \
                and not (tokens[number.last_token + 1].text.islower() and after_next < len(tokens)
                         and tokens[after_next].text.islower() and _counted_noun(tokens[after_next].low, lex)) \
                and nxt not in lex.measures and nxt not in ("%", "-", "–", "to", "and", "or"):
            return None  # "Boeing's 787", "Standard & Poor's 500 index" (not "Russia's 500 tanks")
        if i >= 2 and tokens[i - 1].is_word and tokens[i - 1].text.islower() and not _counted_noun(prev, lex) \
                and _makers_possessive_ends_at(tokens, i - 2, lex):
            return None  # "Boeing's larger 777 planes": a maker's model with an adjective between
        if i > 0 and tokens[i - 1].is_word and _mixed_case(tokens[i - 1].text) and not glued_prev \
                and tokens[i - 1].low not in lex.measures \
                and (not _counted_noun(nxt, lex) or _PRODUCT_CASE.fullmatch(tokens[i - 1].text)):  # "iPhone 4 owners" too
            return None  # "iPhone 3.0", "iPod 4": product names with a capital inside (not "McCain 25 workers")
        if prev == "." and _word(tokens, i - 2) in ("no", "nos"):
            return None  # "No. 1"
        if prev == "^" and glued_prev:
            return None  # "km^2": an exponent
        if prev == "+" and glued_prev and i >= 2 and tokens[i - 2].end == tokens[i - 1].start and not tokens[i - 2].text in ("(", "["):
            return None  # "MACS J1149.5+6663": part of a catalogue name
        if prev == "-" and glued_prev and i >= 2 and tokens[i - 2].end == tokens[i - 1].start \
                and re.fullmatch(r"(?:19|20)\d\d", tokens[i - 2].text) and len(first_tok.text) == 2:
            return None  # "2013-14": a fiscal or season year
        if prev in ("+", "-") and _word(tokens, i - 2) in lex.time_zones:
            return None  # "GMT +8"
        if _is_model_number(tokens, i, j, number, lex):
            return None
        if _after_web_chrome(tokens, i, lex):
            return None  # "Get short URL 0 13": share counters of a web page, copied with the text
        if j + 1 < len(tokens) and tokens[j + 1].text in lex.web_chrome_after:
            return None  # "55 Related Syrian Army Kills …", "990 Tags Daesh …": a counter before a page's link list
        if _is_street_number(tokens, j, lex):
            return None  # "10 Downing Street"
        if _is_score(tokens, i, j, lex):
            return None  # "Arsenal won 3-1", "the vote was 7-2"
        if glued_next and tokens[j + 1].text in ("G", "D"):
            return None  # "3G", "5G", "3D"
        if glued_next and tokens[j + 1].is_word:
            suffix = tokens[j + 1].low
            if suffix not in lex.measures and suffix not in ("st", "nd", "rd", "th") and not suffix.startswith("year") \
                    and not (tokens[j + 1].text == "C" or (tokens[j + 1].text == "F" and _near_temperature(text, first_tok.start, tokens[j + 1].end))) \
                    and suffix.upper() not in lex.currency_codes and suffix not in ("k", "bn", "m", "mn", "yo") \
                    and not (suffix in ("pct", "pc") and tokens[j + 1].text.islower()) \
                    and not (len(suffix) >= 5 and tokens[j + 1].text.islower() and _counted_noun(suffix, lex)
                             and (_plain_plural(tokens[j + 1]) or suffix in _IRREGULAR_PLURAL_HEADS)):
                return None  # ("A320x", "4wd"; but "3.2pc", "61pc": per cent; "100000people": a copy that lost a space)
        if glued_next and nxt == "-" and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper() and tokens[j + 2].is_word:
            return None  # "2-S19" style model numbers
        if glued_next and nxt == "-" and j + 3 < len(tokens) and tokens[j + 2].is_number and tokens[j + 3].is_word \
                and tokens[j + 3].text.isupper() and tokens[j + 1].end == tokens[j + 2].start and tokens[j + 2].end == tokens[j + 3].start:
            return None  # "777-200LR", "737-800NG": a model and its variant
    if is_plain_digits and (glued_prev or glued_next) and _in_a_dashed_date(tokens, i, j):
        return None  # "Updated: 2024-07-20", "20-07-2024": a date written with dashes
    # "9/11", "12/25/2024": numbers joined by slashes are dates or identifiers.
    if is_plain_digits and ((glued_next and nxt == "/" and _glued_number_at(tokens, j + 2))
                            or (glued_prev and prev == "/" and i >= 2 and tokens[i - 2].is_number)):
        return None  # ("$15.4/hour" is a rate: only numbers on both sides of the slash make a date)
    # "3:1", "a 2:1 ratio": numbers joined by a colon with one digit after it are a ratio, not counts (a clock has two)
    if is_plain_digits and len(first_tok.text) <= 2 and (
            (glued_next and nxt == ":" and j + 2 < len(tokens) and tokens[j + 2].start == tokens[j + 1].end
             and re.fullmatch(r"\d", tokens[j + 2].text) is not None)
            or (glued_prev and prev == ":" and len(first_tok.text) == 1 and i >= 2 and tokens[i - 2].end == tokens[i - 1].start
                and re.fullmatch(r"\d{1,2}", tokens[i - 2].text) is not None)):
        return None
    # "Jul 282016": a day and a year run together after a month name
    if is_plain_digits and re.fullmatch(r"[0-3]?\d(?:19|20)\d\d", first_tok.text) and (
            prev.rstrip(".") in lex.months or (prev == "." and _word(tokens, i - 2) in lex.months)):
        return None
    # Dates: "December 23", "23 Dec 2024", "Dec. 23"; times: "3 pm".
    if number.ordinal or (is_plain_digits and number.value < 32 and "." not in first_tok.text):
        if prev.rstrip(".") in lex.months or (prev == "." and _word(tokens, i - 2) in lex.months):
            return None
        after = nxt if nxt != "of" else _word(tokens, j + 2)
        if after.rstrip(".") in lex.months:
            return None
        if number.ordinal and prev == "the" and _word(tokens, i - 2) == "on" and number.value <= 31 \
                and not (j + 1 < len(tokens) and ((tokens[j + 1].is_word and tokens[j + 1].low not in lex.day_followers)
                                                  or tokens[j + 1].text == "-")):
            return None  # "killed on the 25th": a day of the month, read by the temporal tagger
        if nxt in ("and", "to", "-", "–") and j + 3 < len(tokens) and tokens[j + 2].text.isdigit() \
                and number.value < int(tokens[j + 2].text) < 32 and (_word(tokens, j + 3).rstrip(".") in lex.months or (
                    _word(tokens, j + 3) == "of" and _word(tokens, j + 4).rstrip(".") in lex.months)):
            return None  # "between 1 and 5 March", "between 21 and 26 of September": the first day of a span of days
        if prev in ("and", "or", "&", "to", "through", "-", "–") and i >= 3 and tokens[i - 2].text.isdigit() \
                and int(tokens[i - 2].text) < number.value and _word(tokens, i - 3).rstrip(".") in lex.months \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].text[0].islower() and nxt not in lex.day_followers
                         and not (prev in ("-", "–") and glued_prev)):
            return None  # "April 24 and 25", "March 3-4": the second day of a date
    if is_plain_digits and i == j and _dialled(tokens, i):
        return None  # "call 999 or 112", "the 1122 helpline": a number to dial
    if is_plain_digits and nxt in lex.time_suffixes and not (nxt == "hrs" and len(first_tok.text) < 3) \
            and not (nxt == "local" and _word(tokens, j + 2) != "time"):
        return None  # "3 pm", "1400 hrs" (but "3 hrs" is three hours, and "9 local recruits" nine people: "local" needs "time")
    # Years: a bare four-digit number 1800-2100 is a year unless a plural noun counts it.
    if is_plain_digits and re.fullmatch(r"\d{4}", first_tok.text) and 1800 <= number.value <= 2100 and i == j \
            and not currency_before and _currency_symbol_before(text, first_tok.start, lex) is None:  # ("$2000" is money)
        counted = tokens[j + 1].is_word and nxt.endswith("s") and not tokens[j + 1].text[:1].isupper() \
            and nxt not in lex.not_plurals and ends_like_a_plural(nxt) if j + 1 < len(tokens) else False
        # (no plural: "according to a 2021 census", "a 2008 crisis", "the 2020 virus")
        if not counted or prev in lex.year_cues or prev.rstrip(".") in lex.months or nxt in ("'s", "’s") \
                or _after_month_and_day(tokens, i, lex):
            return None  # ("on July 29, 2016 shows": the year of a date, not 2,016 shows)
    # An early year after "in"/"since" that ends its clause: "died of the plague in 639 and", "built in 1250 BC"
    if is_plain_digits and re.fullmatch(r"\d{3,4}", first_tok.text) and 100 <= number.value < 1800 and i == j \
            and prev in ("in", "since") and (nxt in ("", ".", ",", ";", "and", "when", "bc", "ad", "bce", "ce")) \
            and not (i >= 2 and (tokens[i - 2].is_number or tokens[i - 2].low in lex.level_verbs or tokens[i - 2].low in lex.change_verbs)):
        return None  # (not "rose 20% in 639 …")
    # Years in words, as in broadcast transcripts: "in nineteen ninety-one" (a bare "two thousand" is a number).
    if number.words and not number.ordinal and WORD_YEAR_RE.fullmatch(text, first_tok.start, tokens[j].end) \
            and not _counted_noun(nxt, lex) \
            and (prev == "year" or not re.fullmatch(r"two\s+thousand", text[first_tok.start : tokens[j].end], re.IGNORECASE)):
        return None
    if number.ordinal:
        if nxt in ("century", "centuries", "century-old") or (nxt == "-" and _word(tokens, j + 2).startswith("centur")):
            return None  # "the 21st century", "a 19th-century church": a date, read by the temporal tagger
        if nxt in ("quarter", "half") or (nxt == "-" and _word(tokens, j + 2) == "quarter"):
            return None  # "the fourth quarter", "the third-quarter profit": a period, read by the temporal tagger
        if number.words and number.value <= 2:
            return None  # "first" and "second" are discourse words far more often than figures
        if number.words and prev in ("a", "one") and nxt in ("to", "of", "from", "."):
            return None  # "rose by a third to 1,200", "a fifth of the budget": a fraction, not a rank
        if prev.rstrip(".") in lex.months:
            return None
        return _Candidate(number, i, j, "ordinal", value=number.value)
    if number.words and number.value == 1 and prev == "number":
        return None  # "the number one airline": a rank
    every = 1 if _word(tokens, j + 2) == "every" else 0  # ("one in every four")
    ratio_next = nxt == "in" and j + 2 + every < len(tokens) and (tokens[j + 2 + every].is_number or tokens[j + 2 + every].low in _RATIO_WORDS)
    if number.words and not number.vague and number.value == 1 and tokens[i].low == "one" and not ratio_next:
        if prev == "that" and _word(tokens, i - 2) in lex.reporting_verbs and nxt not in ("of", ",", ".", "who", "which", "that"):
            prev = ""  # "Sobyanin said that one person had died": "that" opens what was said, it points at nothing
        if nxt in ("was", "is") and prev in ("", ".", ",", ";", "and", "but") and (
                _is_outcome_word(_word(tokens, j + 2), lex)
                or (_word(tokens, j + 2) == "also" and _is_outcome_word(_word(tokens, j + 3), lex))):
            nxt = ""  # "Two women were stoned to death. One was killed on Friday and one on Saturday": one of them
        if nxt == "in" and prev in ("and", ",") and any(t.is_number or t.low in _NUMBER_WORDS for t in tokens[max(0, i - 8) : i - 1]) \
                and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper():
            nxt = ""  # "155 were in Valencia, two in Castilla-La Mancha and one in Andalusia": the last of a list of counts
        if prev in ("no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "next", "last",
                    "another", "only", "new", "latest", "big", "little") or nxt in (
            "of", "another", "day", "time", "way", "thing", "who", "which", "that", "side", "hand", "point",
            "in", "by", "to", ",", ".", "is", "was", "has", "had", "would", "will", "can", "could",
        ):
            return None
        if nxt in _ROLE_NOUNS and not nxt.endswith("s") and _word(tokens, j + 2) in lex.reporting_verbs:
            return None  # "one official said", "one monitor put the toll at 500": a speaker, not a count
        if prev == "in" and _word(tokens, i - 2) in ("", ".", ",", ";", "and", "but") and nxt.isalpha() and not nxt.endswith("s"):
            return None  # "In one attack last month, gunmen killed 115": which attack, not how many
    cites = prev in ("citing", "quoting")
    modified = 1 if nxt not in _PERSON_ROLES and j + 2 < len(tokens) and tokens[j + 1].text.islower() and not nxt.endswith("s") \
        and _word(tokens, j + 2) in _PERSON_ROLES and (_word(tokens, j + 3) in lex.reporting_verbs or cites) else 0  # ("two security sources told")
    if not number.vague and number.value is not None and 1 <= number.value <= 10 and i == j and _word(tokens, j + 1 + modified) in _PERSON_ROLES \
            and (_word(tokens, j + 2 + modified) in lex.reporting_verbs or (
                (prev in lex.inversion_verbs or cites or (prev == "to" and _word(tokens, i - 2) == "according"))
                and (j + 2 + modified >= len(tokens) or tokens[j + 2 + modified].text in _CLAUSE_PUNCT
                     or tokens[j + 2 + modified].low in ("who", "on")))):
        return None  # "two officials said", "…, said one official.", "according to three witnesses,", "citing two
        # security sources,": speakers, not a count
        # (but "Rahman said two medics were among the dead": a count of the dead)

    cand = _Candidate(number, i, j, "count", value=number.value)
    # Percent ("half a percent", "a quarter of a percentage point": a fraction of one).
    at = j + 1
    if number.value is not None and 0 < number.value < 1 and number.words:
        article = at + 1 if _word(tokens, at) == "of" else at
        if _word(tokens, article) in ("a", "an", "one") and _word(tokens, article + 1) in lex.percent_first:
            at = article + 1
    for phrase in lex.percent if _word(tokens, at) in lex.percent_first else ():
        if _matches_at(tokens, at, phrase):
            cand.kind, cand.unit = "percent", "percentage_point" if "points" in phrase or "point" in phrase else "percent"
            cand.last = at + len(phrase) - 1
            break
    # Money: symbol before ("$", "US$", "GB #"), code before ("USD 5"), or a currency word after.
    if cand.kind == "count":
        symbol = _currency_symbol_before(text, first_tok.start, lex)
        if symbol is not None:
            code, symbol_start = symbol
            cand.kind, cand.unit = "money", code
            while cand.first > 0 and tokens[cand.first - 1].start >= symbol_start:
                cand.first -= 1
        if cand.kind == "count" and nxt.upper() in lex.currency_codes and tokens[j + 1].text.isupper():
            cand.kind, cand.unit, cand.last = "money", nxt.upper(), j + 1  # "115 USD", "115USD"
            scale = grammar().scales.get(_word(tokens, j + 2))
            if scale and not number.vague:  # "75 USD million"
                cand.number = replace(number, value=number.value * scale, end=tokens[j + 2].end)
                cand.value, cand.last = cand.number.value, j + 2
        elif cand.kind == "count" and len(nxt) == 4 and nxt[0] == "m" and nxt[1:].upper() in lex.currency_codes \
                and tokens[j + 1].text[1:].isupper() and not number.vague:
            # "30 MUSD", "120 MEUR": millions, as Nordic and German business news write them
            cand.kind, cand.unit, cand.last = "money", nxt[1:].upper(), j + 1
            cand.number = replace(number, value=number.value * 1e6, end=tokens[j + 1].end)
            cand.value = cand.number.value
        if cand.kind == "count" and currency_before and (tokens[i - 1].text.isupper() or prev in ("usd", "rmb", "eur")):
            cand.kind, cand.unit, cand.first = "money", prev.upper(), i - 1
        if cand.kind == "count" and number.vague and nxt == "of":
            # "billions of dollars", "tens of millions of euros": a vague sum of money
            for phrase, code in lex.currency_words_by_first.get(_word(tokens, j + 2), ()):
                if _matches_at(tokens, j + 2, phrase):
                    cand.kind, cand.unit, cand.last = "money", code, j + 1 + len(phrase)
                    break
            if cand.kind == "money" and _word(tokens, cand.last) in ("pound", "pounds") and _is_weight(tokens, i, cand.last, nxt, lex):
                cand.kind, cand.unit = "measure", "pound"
        if cand.kind == "count":
            # "300 euros", "420 million finnish markka", "125 million Australian dollars", "12-cent"
            start = j + 2 if nxt == "-" else j + 1
            for offset in (0, 1):
                if offset and not (start < len(tokens) and tokens[start].is_word and _word(tokens, start) not in _NP_STOP):
                    break
                for phrase, code in lex.currency_words_by_first.get(_word(tokens, start + offset), ()):
                    if _matches_at(tokens, start + offset, phrase):
                        cand.kind, cand.unit, cand.last = "money", code, start + offset + len(phrase) - 1
                        break
                if cand.kind == "money":
                    break
            if cand.kind == "count" and nxt == "-" and "-" in _word(tokens, start):
                head = _word(tokens, start).split("-", 1)[0]  # "a 12-cent-a-share dividend"
                for phrase, code in lex.currency_words_by_first.get(head, ()):
                    if phrase == (head,):
                        cand.kind, cand.unit, cand.last = "money", code, start
                        if head in ("pound", "pounds"):  # "2,000-pound-bombs": an adjective of weight
                            cand.kind, cand.unit = "measure", "pound"
                        break
            if cand.kind == "money" and _word(tokens, cand.last) in ("pound", "pounds") and _is_weight(tokens, i, cand.last, nxt, lex):
                cand.kind, cand.unit = "measure", "pound"
        if cand.kind == "count":
            # a symbol after the number: "10 €", "100₾"
            after = text[tokens[j].end : tokens[j].end + 4]
            for symbol, code in lex.currency_symbols:
                if after.lstrip(" ").startswith(symbol) and len(after) - len(after.lstrip(" ")) <= 1 and symbol not in ("GB #",):
                    k = j + 1
                    end = tokens[j].end + (len(after) - len(after.lstrip(" "))) + len(symbol)
                    while k < len(tokens) and tokens[k].end <= end:
                        k += 1
                    cand.kind, cand.unit, cand.last = "money", code, k - 1
                    break
    # Age: "44-year-old", "44 years old", "aged 44", ", 44,".
    if cand.kind == "count" and not number.vague:
        old_at = j + 2 if nxt == "-" and _word(tokens, j + 2).startswith(_OLD_BY_UNIT) \
            else j + 1 if nxt in _OLD_BY_UNIT else None
        if old_at is not None:
            unit = next(u for u in ("month", "week", "day", "year") if _word(tokens, old_at).startswith(u))
            # "the five-year-old civil war", "the 8-month-old truce": how long a thing has lasted, not an age
            thing = any(_word(tokens, k) in _THINGS_WITH_AN_AGE for k in range(old_at + 1, min(old_at + 4, len(tokens)))
                        if tokens[k].is_word)
            cand.kind, cand.unit, cand.last = ("duration" if thing else "age"), unit, old_at
        elif nxt in ("years", "year") and _word(tokens, j + 2) == "old":
            cand.kind, cand.unit, cand.last = "age", "year", j + 2
        elif prev in lex.age_before or (prev in ("of", "from", "to") and _word(tokens, i - 2) == "age") \
                or (prev == "to" and _word(tokens, i - 2).isdigit() and _word(tokens, i - 3) == "from" and _word(tokens, i - 4) == "age") \
                or (prev in ("to", "at") and _word(tokens, i - 2) in _AGE_SETTING_VERBS
                    and any(_word(tokens, x) == "age" for x in range(max(0, i - 6), i - 2))) \
                or (prev in ("below", "under", "over", "above") and _word(tokens, i - 2) in lex.age_before):
            cand.kind, cand.unit = "age", "year"  # "aged 44", "under the age of 18", "children at ages below 8"
        elif prev in ("under", "over", "below", "above") and _word(tokens, i - 2) in lex.groups_by_age \
                and number.value <= 100 and float(number.value).is_integer() \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _plain_plural(tokens[j + 1])):
            cand.kind, cand.unit = "age", "year"  # "children under five", "people over 60" (not "people over 3 days")
        elif prev == "," and nxt == "," and i >= 2 and (tokens[i - 2].text[:1].isupper() or tokens[i - 2].low in lex.people_with_an_age) \
                and number.value < 120 and float(number.value).is_integer():  # "Ali Hassan, 34," / "The suspect, 34,"
            cand.kind, cand.unit = "age", "year"
        elif prev == "," and nxt in (".", ";") and i >= 3 and tokens[i - 2].text[:1].isupper() and tokens[i - 3].text[:1].isupper() \
                and tokens[i - 2].is_word and tokens[i - 3].is_word and (_word(tokens, i - 4) in ("and", ",", "as") or _word(tokens, i - 4) in lex.person_nouns
                                                                      or f"{_word(tokens, i - 4)}s" in lex.person_nouns) \
                and number.value < 120 and float(number.value).is_integer() and i == j:
            cand.kind, cand.unit = "age", "year"  # "… and math teachers Richard Aspinwall, 39, and Cristina Irimie, 53."
        elif prev == "both" and _word(tokens, i - 2) == "," and nxt in (",", ".", ";") and i == j \
                and number.value < 120 and float(number.value).is_integer() and tokens[i - 3].text[:1].isupper():
            cand.kind, cand.unit = "age", "year"  # "students Mason Schermerhorn and Christian Angulo, both 14,"
        elif _a_person_is(tokens, i, j, lex) and number.value < 120 and float(number.value).is_integer():
            cand.kind, cand.unit = "age", "year"  # "he was 34 when he was killed"
        elif prev == "as" and _word(tokens, i - 2) in ("young", "old") and _word(tokens, i - 3) == "as" and i == j \
                and number.value < 120 and float(number.value).is_integer() \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _plain_plural(tokens[j + 1])):
            cand.kind, cand.unit = "age", "year"  # "children as young as 11", "victims as old as 90"
        elif ((prev in ("was", "is") and any(_word(tokens, x) in ("youngest", "oldest") for x in range(max(0, i - 6), i - 1)))
              or (prev in ("youngest", "oldest") and _word(tokens, i - 2) == "the" and _word(tokens, i - 3) == "and")) \
                and i == j and number.value < 120 and float(number.value).is_integer() \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and _plain_plural(tokens[j + 1])):
            cand.kind, cand.unit = "age", "year"  # "the youngest was 14", "The oldest of the victims was 82", "… and the oldest 17"
        elif prev in ("turned", "turns", "turning", "turn") and number.value < 120 and float(number.value).is_integer() \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].low not in _NP_STOP
                         and tokens[j + 1].low not in _WEEKDAYS and tokens[j + 1].low not in lex.months) \
                and _word(tokens, j + 1) not in ("%", "-"):
            cand.kind, cand.unit = "age", "year"  # "She turned 100 on Monday" (not "turned 5 points lower")
    # Duration or measure: a unit right after ("three years", "a 10-day ceasefire", "240mm", "5 sq km").
    if cand.kind == "count":
        k = j + 1
        if _word(tokens, k) == "-" and k + 1 < len(tokens) and tokens[k].start == tokens[j].end:
            k += 1
        if _word(tokens, k) in lex.duration_adjectives and _word(tokens, k + 1) in lex.durations and not number.vague:
            k += 1  # "six straight days", "five trading days"
        if number.vague and _word(tokens, k) == "of" and len(_word(tokens, k + 1)) > 2 and _word(tokens, k + 1) not in lex.ambiguous_units \
                and (_word(tokens, k + 1) in lex.measures or _word(tokens, k + 1) in lex.durations):
            k += 1  # "hundreds of points", "thousands of tonnes", "hundreds of years": a vague measure
        right_after = k == j + 1 or (k == j + 2 and _word(tokens, j + 1) == "of")
        unit_word = _word(tokens, k)
        two_words = f"{unit_word} {_word(tokens, k + 1)}"
        glued = k < len(tokens) and tokens[k].start == tokens[k - 1].end
        per_time = _word(tokens, k + 1) == "/" and _word(tokens, k + 2) in _PER_TIME  # "30 m/s": a speed, whatever "m" is
        if unit_word in lex.durations and not number.vague:
            after_unit = k + 1
            for phrase in lex.age_after:
                if _matches_at(tokens, after_unit, phrase) or (_word(tokens, after_unit) == "-" and _matches_at(tokens, after_unit + 1, phrase)):
                    skip = 1 if _word(tokens, after_unit) == "-" else 0
                    cand.kind, cand.unit, cand.last = "age", lex.durations[unit_word], after_unit + skip + len(phrase) - 1
                    break
            else:
                if _word(tokens, k + 1) in lex.relative_date_words:
                    return None  # "two days earlier", "three years ago": part of a date
                cand.kind, cand.unit, cand.last = "duration", lex.durations[unit_word], k
        elif unit_word in lex.durations and number.vague and _word(tokens, k + 1) in lex.relative_date_words:
            return None
        elif unit_word in lex.durations and number.vague and right_after:
            cand.kind, cand.unit, cand.last = "duration", lex.durations[unit_word], k  # "in just a few days", "several weeks"
        elif two_words in lex.measures:
            cand.kind, cand.unit, cand.last = "measure", lex.measures[two_words], k + 1
        elif glued and unit_word.count("-") == 1 and unit_word.replace("-", " ") in lex.measures and _word(tokens, k - 1) == "-":
            cand.kind, cand.unit, cand.last = "measure", lex.measures[unit_word.replace("-", " ")], k  # "a 12,000-square-metre hall"
        elif unit_word in lex.measures and (unit_word not in lex.ambiguous_units or glued or _word(tokens, k + 1) in ("", ".", ",", ";", ")")
                                            or per_time):
            if unit_word == "m" and glued and _millions_of(tokens, k + 1, lex):
                # "1.5m people", "2m Syrians", "1.5m internally displaced people", "1.2m doses": millions, not
                # metres ("3m tunnels" stays a length)
                cand.number = number = replace(number, value=number.value * 1e6, end=tokens[k].end, last_token=k)
                cand.value, cand.last = number.value, k
            elif (unit_word not in lex.ambiguous_units or glued or per_time) and not (len(unit_word) == 1 and tokens[k].text.isupper()):
                cand.kind, cand.unit, cand.last = "measure", lex.measures[unit_word], k
                square = tokens[k + 1] if k + 1 < len(tokens) else None
                if square is not None and square.text in ("2", "²") and square.start == tokens[k].end and f"{unit_word}2" in lex.measures:
                    cand.unit, cand.last = lex.measures[f"{unit_word}2"], k + 1  # "301,338 km2"
                elif per_time and square.start == tokens[k].end and tokens[k + 2].start == square.end:
                    cand.unit, cand.last = f"{cand.unit}_per_{_PER_TIME[tokens[k + 2].low]}", k + 2  # "185 km/h", "9.8 m/s"
        elif glued and "-" in unit_word and unit_word.split("-", 1)[0] in lex.measures \
                and unit_word.split("-", 1)[0] not in lex.ambiguous_units and _word(tokens, k - 1) == "-":
            cand.kind, cand.unit, cand.last = "measure", lex.measures[unit_word.split("-", 1)[0]], k  # "2,000-pound-bombs"
        elif glued and tokens[k].text in ("C", "F") and number.value <= (60 if tokens[k].text == "C" else 140) \
                and not (k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and (tokens[k + 1].is_word or tokens[k + 1].text == "/")) \
                and (tokens[k].text == "C" or _near_temperature(text, tokens[j].start, tokens[k].end)):
            # "-10C", "35C heat": a temperature written without the degree sign ("F" only near a word of
            # temperature: "13F filing" is a form, "3F" a floor)
            cand.kind, cand.unit, cand.last = "measure", "degree_Celsius" if tokens[k].text == "C" else "degree_Fahrenheit", k
        elif nxt in ("yo", "y.o."):
            cand.kind, cand.unit, cand.last = "age", "year", j + 1
        elif prev in lex.measures_before:
            cand.kind, cand.unit, cand.first = "measure", lex.measures_before[prev], i - 1  # "magnitude 7.8"
        elif prev == "-" and glued_prev and _word(tokens, i - 2) in lex.measures_before and tokens[i - 2].end == tokens[i - 1].start:
            cand.kind, cand.unit, cand.first = "measure", lex.measures_before[_word(tokens, i - 2)], i - 2  # "the magnitude-7.1 quake"
        elif prev in ("and", "or", ",", "to") and "." in tokens[i].text and (listed := _measure_listed_before(tokens, i, lex)) is not None:
            cand.kind, cand.unit = "measure", listed  # "aftershocks of magnitude 5.2 and 4.9", "magnitude 5.2, 4.9 and 4.1"
        elif number.value < 10 and _is_quake_magnitude(text, tokens, i, j, lex):
            cand.kind, cand.unit = "measure", "magnitude"  # "a 6.4 quake", "the quake, measuring 6.4,"
    if cand.kind == "measure" and cand.unit == "barrel" and _word(tokens, cand.last + 1) in ("bomb", "bombs"):
        cand.kind, cand.unit, cand.last = "count", None, j  # "Two barrels bombs were dropped": barrel bombs, misspelt
    if cand.kind in ("count", "measure", "percent", "ordinal"):
        cand.what_from = cand.last + 1
    _apply_qualifier(text, tokens, cand, lex)
    return cand


_PER_TIME = {"h": "hour", "hr": "hour", "hour": "hour", "s": "second", "sec": "second", "min": "minute"}


def _is_quake_magnitude(text: str, tokens: list[Token], i: int, j: int, lex: _Lexicon) -> bool:
    """The number tokens[i..j] is an earthquake's size: before a quake noun, or after "measuring" in a
    sentence about a quake, or before "on the Richter scale"."""
    if not tokens[i].text[:1].isdigit():
        return False  # "two quakes" are counted
    if ("." in tokens[i].text and _word(tokens, j + 1) in lex.quake_nouns) or lex.magnitude_scale_after.match(text, tokens[j].end):
        return True
    if _word(tokens, i - 1) not in lex.magnitude_verbs:
        return False
    window = text[max(0, tokens[i].start - 140) : tokens[i].start].lower()
    return any(noun in window for noun in lex.quake_nouns)


def _is_weight(tokens: list[Token], i: int, unit_index: int, nxt: str, lex: _Lexicon) -> bool:
    """"2,000-pound bombs", "50 pounds of explosives", "weighed 25 pounds": pounds of weight, not sterling."""
    if nxt == "-":
        return True  # an adjective of size: money is not written "a 500-pound note" in news
    if _word(tokens, unit_index + 1) == "of" and _word(tokens, unit_index + 2).rstrip("'’") not in lex.money_after_of:
        return True
    return any(_word(tokens, k) in lex.weight_cues for k in range(max(0, i - 4), i))


# Words right after "3.5m" that only people take: their plural verbs and the states they are counted in
_PEOPLES_VERBS_AND_STATES = frozenset({"were", "are", "have", "face", "fled", "need", "remain", "lack", "displaced", "homeless",
                                       "dead", "killed", "injured", "wounded", "missing", "evacuated", "uprooted"})


def _millions_of(tokens: list[Token], k: int, lex: _Lexicon) -> bool:
    """Whether the words from token ``k`` name people or things counted by the million, after at most
    two lower-case modifiers."""
    if k + 2 < len(tokens) and tokens[k].low in ("and", "to", "or", "-", "–") and tokens[k + 1].is_number \
            and tokens[k + 2].low == "m" and tokens[k + 2].start == tokens[k + 1].end:
        k += 3  # "between 5m and 6m people": the first end of the range counts what the second counts
    if k < len(tokens) and k >= 1 and tokens[k].start > tokens[k - 1].end and tokens[k].low in _PEOPLES_VERBS_AND_STATES:
        return True  # "About 3.5m were displaced", "1.2m displaced", "2m face famine": people, not metres
    for x in range(k, min(k + 3, len(tokens))):
        tok = tokens[x]
        if not tok.is_word:
            return False
        if _is_demonym_plural(tok.text) or tok.low in lex.person_nouns or tok.low in lex.counted_by_the_million:
            return True
        if not tok.text.islower():
            return False
    return False


def _capitalised_plural(tok: Token) -> bool:
    """A capitalised regular plural ("Vehicles" in the name "Bradley Fighting Vehicles")."""
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.low.endswith("s") and not tok.low.endswith("ss")


def _a_name_then_says(tokens: list[Token], k: int, sentence: int, token_sentence: list[int]) -> bool:
    """Whether a run of capitalised words from token ``k`` ends in a reporting verb ("Homs Governor Talal Barazi
    said"): a speaker named right after a number, in copies that lost their commas."""
    x = k
    while x < len(tokens) and x - k < 6 and token_sentence[x] == sentence and tokens[x].is_word and tokens[x].text[:1].isupper():
        if tokens[x].low.endswith("ed") or _is_outcome_word(tokens[x].low, _lex()):
            return False  # ("30 Terrorist Killed Reports said": a title-case headline names what it counts)
        x += 1
    return x - k >= 2 and x < len(tokens) and token_sentence[x] == sentence and tokens[x].low in _VERB_AFTER_A_NAME


def _plain_plural(tok: Token) -> bool:
    """A lower-case regular plural noun that names no outcome ("vehicles", "positions")."""
    low = tok.low
    return tok.text.isalpha() and tok.text.islower() and len(low) > 3 and low.endswith("s") \
        and not low.endswith(("ss", "ous", "us", "is")) and low not in _lex().outcome_words and low not in _lex().not_plurals


def _counted_noun(word: str, lex: _Lexicon) -> bool:
    """A lower-case word that looks like a plural noun ("tanks", "people"): a number before it counts it."""
    return word[:1].islower() and ((len(word) > 3 and word.endswith("s") and not word.endswith("ss"))
                                   or word in lex.invariant_plurals)


def _near_temperature(text: str, start: int, end: int) -> bool:
    """A word of temperature within 80 characters: "104F" is a temperature there, "13F" a form elsewhere."""
    return _lex().temperature_cue.search(text, max(0, start - 80), end + 80) is not None


_PRODUCT_CASE = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")  # "iPhone", "eBay", "iPod" (not "al-Nusra", "McCain")


def _mixed_case(word: str) -> bool:
    """A capital after the first letter, as in product names ("iPhone", "MacBook"), not acronyms ("UN", "UN's")."""
    word = word[:-2] if word.endswith(("'s", "’s")) else word
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _model_numbers(tokens: list[Token], numbers: list[NumberSpan], lex: _Lexicon) -> frozenset[str]:
    """Numbers of three or more digits that name a model somewhere in the text ("Boeing 737", "A330"):
    a name stays a name in the rest of the story ("five new 737 aircraft", "the 737-800"). A capital
    after the number is a title-case headline ("Army Kills 140 ISIL Fighters"), not a model."""
    found = set()
    for number in numbers:
        i = number.first_token
        tok = tokens[i]
        if i != number.last_token or not tok.text.isdigit() or len(tok.text) < 3 or i == 0:
            continue
        prev = tokens[i - 1]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if prev.text.upper() in lex.currency_codes or prev.low in lex.currency_words_by_first or prev.low in lex.measures_before:
            continue  # "USD 200", "Rs 150", "magnitude 7"
        glued_letters = prev.is_word and prev.end == tok.start  # "A330", "MH17"
        sentence_start = i < 2 or tokens[i - 2].text in (".", "!", "?", ":", '"', "“", "(")
        brand = prev.is_word and prev.text[:1].isupper() and not sentence_start and prev.low not in _NOT_BRANDS \
            and not _is_outcome_word(prev.low, lex) and not prev.low.endswith(("'s", "’s")) \
            and prev.low.rstrip(".") not in lex.months \
            and not (nxt is not None and nxt.is_word and (nxt.text[:1].isupper() or nxt.low.endswith("s") or _counted_noun(nxt.low, lex))) \
            and not (nxt is not None and (nxt.low in lex.measures or nxt.low in lex.currency_words_by_first or nxt.low in lex.durations))
        if glued_letters or (brand and not _place_listed_with_its_count(tokens, i, i)):  # (not "…, Indonesia 165, India 98")
            found.add(tok.text)
    return frozenset(found)


def _topic_counter(tokens: list[Token], i: int) -> bool:
    """A count of stories in brackets after a topic's title ("Topic US Missile Attack on Syrian Air Base (200)")."""
    if i < 3 or tokens[i - 1].text != "(" or i + 1 >= len(tokens) or tokens[i + 1].text != ")":
        return False
    for k in range(i - 2, max(-1, i - 14), -1):
        if tokens[k].text == "Topic":
            return True
        if not tokens[k].is_word or not (tokens[k].text[:1].isupper() or tokens[k].low in ("on", "of", "the", "to", "in", "and", "from")):
            return False
    return False


_PAGE_TAIL = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(
    lexicon.load("not_counts")["page_tail_headings"], key=len, reverse=True)) + r")(?=\s+[A-Z\"“])")
_PAGE_FOOTER = re.compile("|".join(re.escape(w) for w in lexicon.load("not_counts")["page_footer_words"]))


def _page_tail_start(text: str) -> int | None:
    """Where a page's list of other stories begins: a heading such as "Related News" after the story's first
    words, with the page's footer ("Copyright", "Privacy Policy", "Comment via Facebook") somewhere after it."""
    for m in _PAGE_TAIL.finditer(text, 1):
        if _PAGE_FOOTER.search(text, m.end()):
            return m.start()
    return None


def _after_web_chrome(tokens: list[Token], i: int, lex: _Lexicon) -> bool:
    """Bare numbers right after a web page's interface words ("Get short URL 0 13"), or a topic's story count."""
    if tokens[i].text.isdigit() and _topic_counter(tokens, i):
        return True
    k = i - 1
    while k >= 0 and tokens[k].is_number and tokens[k].text.isdigit():
        k -= 1
    if k < i - 2 and _people_follow(tokens, i, lex):
        return False  # "Get short URL 0 85 12 Daesh terrorists were killed": two counters, then the count
    if k >= 2 and tokens[k].text == ")" and _topic_counter(tokens, k - 1) and not _people_follow(tokens, i, lex):
        return True  # "… Air Base (200) 0 38": the page's share counters after the topic's
    return k >= 0 and tokens[k].low in lex.web_chrome_words


def _people_follow(tokens: list[Token], i: int, lex: _Lexicon) -> bool:
    """Whether a lower-case plural noun of people comes one or two words after token ``i`` ("10 IS militants")."""
    for t in tokens[i + 1 : i + 3]:
        if not t.is_word:
            return False
        if t.text.islower() and t.low in lex.person_nouns and t.low.endswith("s"):
            return True
    return False


def _is_street_number(tokens: list[Token], j: int, lex: _Lexicon) -> bool:
    """A number before one to three capitalised words ending in a street word: "10 Downing Street"."""
    for k in range(j + 1, min(j + 4, len(tokens))):
        tok = tokens[k]
        if not tok.is_word or not tok.text[:1].isupper():
            return False
        if k > j + 1 and tok.low.rstrip(".") in lex.street_words:
            # ("22 Mill Road residents" still counts the residents)
            return not any(t.is_word and _counted_noun(t.low, lex) for t in tokens[k + 1 : k + 4])
    return False


def _is_score(tokens: list[Token], i: int, j: int, lex: _Lexicon) -> bool:
    """One side of a tight "3-1" with a word of winning, losing or voting in the same sentence."""
    def tight(a: int, b: int) -> bool:  # tokens a, "-", b written together
        return 0 <= a and b < len(tokens) and tokens[a].is_number and tokens[b].is_number and tokens[a + 1].text in ("-", "–") \
            and tokens[a].end == tokens[a + 1].start and tokens[a + 1].end == tokens[b].start
    if not (tight(j, j + 2) or tight(i - 2, i)):
        return False
    last = j + 2 if tight(j, j + 2) else j
    if last + 1 < len(tokens) and tokens[last + 1].is_word and _counted_noun(tokens[last + 1].low, lex):
        return False  # "won 200-300 seats": a range of seats
    window = tokens[max(0, i - 12) : min(len(tokens), j + 8)]
    return any(t.low in lex.score_cues for t in window) and all(
        t.text.isdigit() and len(t.text) <= 3 for t in tokens[max(0, i - 2) : j + 3] if t.is_number)


def _measure_listed_before(tokens: list[Token], i: int, lex: _Lexicon) -> str | None:
    """The unit written before the first of a list of decimals that ends at token ``i`` ("magnitude 5.2, 4.9 and 4.1")."""
    k = i
    while k >= 2 and _word(tokens, k - 1) in ("and", "or", ",", "to") and tokens[k - 2].is_number and "." in tokens[k - 2].text:
        k -= 2
    if k < i and _word(tokens, k + 1) == "to" and k + 2 != i:
        return None  # ("to" joins the two ends of one range only: "ranging from magnitude 6.3 to 4.6")
    return lex.measures_before.get(_word(tokens, k - 1)) if k < i else None


def _designation_at(tokens: list[Token], k: int) -> bool:
    """A type designation starts at token ``k``: letters, a hyphen and a number glued together ("F-16", "Su-25", "T-72")."""
    return k + 2 < len(tokens) and tokens[k].is_word and len(tokens[k].text) <= 3 and tokens[k + 1].text == "-" \
        and tokens[k + 2].text[:1].isdigit() and tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start


def _names_a_model(tokens: list[Token], number: NumberSpan, models: frozenset[str]) -> bool:
    i = number.first_token
    tok = tokens[i]
    if i != number.last_token or not tok.text.isdigit():
        return False
    if tok.text in models:
        return True
    # the variant after a model: "737-800", "A330-200"
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 1].start == tokens[i - 2].end == tok.start - 1 \
        and tokens[i - 2].text in models


def _is_outcome_word(word: str, lex: _Lexicon) -> bool:
    """A word that names what a count counts ("kills", "injured", "captures"): in a title-case headline
    it comes before a count, not a model number."""
    return any(verbs is not None and verbs.search(word) for _, verbs, _ in lex.categories)


# Capitalised words that are not names when a number follows ("Then 200 fled", "Another 200 fled").
_NOT_BRANDS = frozenset("in on at by of for with from to about some over under nearly almost around roughly approximately "
                        "only just all and the a an but while when as after before since until than if no number another "
                        "then also still now today yesterday those these many more less fewer least up every each its their "
                        "his her our so thus here there meanwhile overall altogether together total between among including "
                        "against across toward towards during within without".split())


def _is_model_number(tokens: list[Token], i: int, j: int, number: NumberSpan, lex: _Lexicon) -> bool:
    """"Boeing 737", "iPhone 4", "the 787 Dreamliner", "the final 717 jet": a product or model, not a count.

    Only plain digits (no thousands separator, no decimals) of 2 or more can be model numbers; a
    lowercase plural noun after the number ("Aleppo 20 people") always makes it a count.
    """
    tok = tokens[i]
    if i != j or not tok.text.isdigit():
        return False
    if _model_after_a_count(tokens, i):
        return True  # "18 Leopard 2 tanks", "25 Leopard 1 tanks", "40 Boeing 737 jets": the count comes first
    if number.value < 2:
        return False
    nxt_tok = tokens[j + 1] if j + 1 < len(tokens) else None
    nxt = nxt_tok.text if nxt_tok is not None else ""
    low = nxt.lower()
    if nxt_tok is not None and nxt_tok.is_word and nxt[:1].islower() and _counted_noun(low, lex):
        return False  # "Aleppo 20 people" (but "MAX 9 was": a verb is no plural)
    if low in lex.durations or low in lex.measures or low in lex.invariant_plurals or low in ("%", "-", "–", "—", "to", "and", "or") \
            or low in lex.currency_words_by_first or low in lex.threshold_nouns:
        return False  # "the 12 cent dividend", "the 5000 mark"
    if nxt_tok is not None and nxt_tok.is_word and (low in lex.person_nouns or _is_outcome_word(low, lex)):
        return False  # a title-case headline: "Strikes Leave 31 Civilians Dead", "Kurds Kill 83 Injured 100"
    if _people_follow(tokens, j, lex):
        return False  # "the Kurdish Firat News Agency 10 IS militants were killed" (copies without commas)
    prev_tok = tokens[i - 1] if i > 0 else None
    if nxt_tok is not None and nxt_tok.is_word and len(nxt) > 1 and nxt.isupper() and j + 2 < len(tokens) and tokens[j + 2].text.isdigit() \
            and tokens[j + 2].start == nxt_tok.end + 1 and prev_tok is not None and prev_tok.low in ("the", "a", "its", "their", "his", "her"):
        return True  # "The 737 MAX 9 was grounded": a model and its variant
    if prev_tok is not None and prev_tok.is_word and any(c.isupper() for c in prev_tok.text) and prev_tok.low.rstrip(".") not in lex.months \
            and prev_tok.low not in _WEEKDAYS and not prev_tok.low.endswith(("'s", "’s")):  # (an owner's: _classify decides)
        # a capitalised word right before: "Boeing 737", "iPhone 4", "Trent 900" (not "In 2011", handled as years; nor
        # "Also Wednesday 22 Daesh fighters were killed", copies that lost the comma after the day)
        before = tokens[i - 2].text if i > 1 else ""
        if _place_listed_with_its_count(tokens, i, j):
            return False  # "South Carolina reported 36 deaths, Georgia 25, Florida 19": each place's count
        if before not in ("", ".", "!", "?", "\n") or len(prev_tok.text) > 1:
            headline_verb = prev_tok.low.endswith(("ed", "s")) and len(prev_tok.low) > 3 \
                and nxt_tok is not None and nxt_tok.is_word and nxt[:1].isupper()  # "Ukraine Says It Downed 35 Russian Drones"
            return prev_tok.low not in _NOT_BRANDS and not _is_outcome_word(prev_tok.low, lex) and not headline_verb  # not "Army Kills 140 Fighters"
    # "the 14 heavy bombs", "the 14 Russian bombs": one modifier, then the plural noun the number counts
    plural_after_a_modifier = nxt_tok is not None and nxt_tok.is_word and j + 2 < len(tokens) \
        and (_plain_plural(tokens[j + 2]) or tokens[j + 2].low in lex.person_nouns) and tokens[j + 2].text.islower() \
        and (nxt[:1].islower() or _NATIONALITY.fullmatch(nxt) is not None) \
        and _word(tokens, j + 3) not in _PLACE_KINDS  # (not "the 1070 apartment blocks district": a place's name)
    if nxt_tok is not None and nxt_tok.is_word and nxt[:1].isupper() and prev_tok is not None and prev_tok.low in ("the", "a", "its", "their", "new", "first", "final", "last", "latest", "his", "her", "our") \
            and not _designation_at(tokens, j + 1) and not plural_after_a_modifier:
        return True  # "the 787 Dreamliner", "its 777 Freighter" (but "the 42 F-16s", "its 12 Su-25 jets" count aircraft)
    if nxt_tok is not None and nxt_tok.is_word and nxt[:1].islower() and not low.endswith("s") and len(low) > 2 \
            and not low.endswith("ed") and low not in lex.words_after_a_count and low not in _PARTICIPLES_EN \
            and prev_tok is not None and prev_tok.low in ("the", "a", "its", "their", "new", "first", "final", "last", "latest") \
            and not plural_after_a_modifier:
        return True  # "the final 717 jet", "a 737 replacement" (not "the 670 given by a U.N. agency")
    return False


def _number_as_a_verb(tokens: list[Token], k: int, lex: _Lexicon) -> bool:
    """Whether "number" at ``k`` is the verb of a plural subject ("Refugees in Chad number 600,000", "the dead number
    40"), not the label of an identifier ("the number 10 bus", "flight number 123")."""
    if k < 1 or tokens[k].text != "number":
        return False
    before = tokens[k - 1]
    return before.is_word and (_plural_word(before.low) or before.low in lex.outcome_words
                               or (before.text[:1].isupper() and k >= 2 and tokens[k - 2].is_word))  # ("Flight number 123")


_DASHED_DATE = re.compile(r"(?:19|20)\d\d-[01]?\d-[0-3]?\d|[0-3]?\d-[01]?\d-(?:19|20)\d\d")


def _in_a_dashed_date(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the number at ``i`` (to ``j``) is part of digits glued by dashes into a date ("2024-07-20")."""
    lo, hi = i, j
    while lo > 0 and tokens[lo - 1].end == tokens[lo].start and (tokens[lo - 1].text == "-" or tokens[lo - 1].text.isdigit()):
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi].end == tokens[hi + 1].start and (tokens[hi + 1].text == "-" or tokens[hi + 1].text.isdigit()):
        hi += 1
    return bool(_DASHED_DATE.fullmatch("".join(t.text for t in tokens[lo : hi + 1])))


def _place_listed_with_its_count(tokens: list[Token], i: int, j: int) -> bool:
    """The plain number at ``i`` (to ``j``) follows a name that follows a comma or "and", in a list whose item before
    is a count: "reported 36 deaths, Georgia 25, Florida 19 and Virginia two", "Gaza 40, Lebanon 12"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].is_word and tokens[k].text[:1].isupper():
        k -= 1  # ("North Carolina 95")
    if j + 1 < len(tokens) and tokens[j + 1].text not in (",", ";", ".", "and") and tokens[j + 1].low != "and":
        # ("Canada sent eight Leopard 2A4s, Norway eight Leopard 2A4s and Spain 10 Leopard 2A4s": the item before
        # counts the same words)
        return k < i - 1 and k >= 1 and tokens[k].text in (",", ";", "and") and any(
            k - n - 1 >= 0 and j + n < len(tokens) and (tokens[k - n - 1].is_number or tokens[k - n - 1].low in _NUMBER_WORDS)
            and [t.text for t in tokens[k - n : k]] == [t.text for t in tokens[j + 1 : j + 1 + n]]
            and (j + 1 + n >= len(tokens) or not tokens[j + 1 + n].is_word) for n in range(1, 7))
    if k == i - 1 or k < 1 or (tokens[k].text not in (",", ";", ":") and tokens[k].text != "and"):
        return False  # ("India reported 98 deaths and Jordan 75": the verb and noun left out after "and")
    if tokens[k].text == ":":  # "Deaths by state: Texas 120, California 85": the first place, known by the next
        return _word(tokens, j + 1) == "," and _a_place_and_its_count_next(tokens, j)
    item = k - 1
    if tokens[item].is_word and tokens[item].text.islower() and tokens[item].low.endswith("s"):
        item -= 1  # "36 deaths, Georgia 25"
    if tokens[item].is_number and tokens[item].text[:1].isdigit():
        return True
    # ("Jordan said 99 of its pilgrims had died, Indonesia 165, India 98 and Tunisia 49": the next item is a place and
    # its count too)
    return tokens[j + 1].text in (",", "and") and _a_place_and_its_count_next(tokens, j) \
        and any(t.is_number for t in tokens[max(0, k - 12) : k])


def _a_place_and_its_count_next(tokens: list[Token], j: int) -> bool:
    """After the separator at token j + 1, up to three capitalised words and a number: the next place and its count."""
    x = j + 2
    while x < len(tokens) and x - j <= 4 and tokens[x].is_word and tokens[x].text[:1].isupper():
        x += 1
    return x > j + 2 and x < len(tokens) and tokens[x].text[:1].isdigit()


_DIAL_WORDS = frozenset({"call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling", "dialing",
                         "hotline", "helpline", "text", "texting", "phone"})


def _dialled(tokens: list[Token], i: int) -> bool:
    """The plain number at ``i`` is one to dial: "call 999 or 112", "dial 911", "the 1122 helpline"."""
    if i + 1 < len(tokens) and tokens[i + 1].low in ("hotline", "helpline"):
        return True
    if i >= 1 and tokens[i - 1].low in ("hotline", "helpline", "hotlines", "helplines"):
        return True  # "the hotline 1122 is open"
    if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].low not in (
            "or", "and", "for", "in", "to", "if", "immediately", "now", "from", "on", "at"):
        return False  # "called 40 people as witnesses": a count of what follows
    k = i - 1
    while k >= 0 and i - k <= 4 and (tokens[k].low in ("or", "and", ",", "on", "the") or tokens[k].text.isdigit()):
        k -= 1
    return k >= 0 and i - k <= 4 and tokens[k].low in _DIAL_WORDS


def _owner_of_a_possessive(tokens: list[Token], x: int) -> int:
    """The token that holds the owner's name of a possessive closing at token ``x`` ("Boeing's", or "Boeing 's" and
    "Boeing ' s" as tokenised corpora write it), or -1."""
    if x < 0:
        return -1
    low = tokens[x].low
    if low.endswith(("'s", "’s")) and len(low) > 2:
        return x
    if low in ("'s", "’s"):
        return x - 1
    return x - 2 if low == "s" and x >= 1 and tokens[x - 1].low in ("'", "’") else -1


def _makers_possessive_ends_at(tokens: list[Token], x: int, lex: _Lexicon) -> bool:
    """Whether token ``x`` closes a maker's possessive ("Boeing's"): the number after it names the maker's model."""
    owner = _owner_of_a_possessive(tokens, x)
    return owner >= 0 and tokens[owner].low.removesuffix("'s").removesuffix("’s") in lex.identifier_words


def _model_after_a_count(tokens: list[Token], i: int) -> bool:
    """The plain number at ``i`` follows a capitalised singular name that itself follows a count and is
    followed by a word: "18 Leopard 2 tanks", "40 Boeing 737 jets" (not "25 Syrians 6 children", where
    the plural name is a counted group of its own)."""
    if i < 2 or not tokens[i].text.isdigit() or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return False
    name, count = tokens[i - 1], tokens[i - 2]
    if i >= 3 and count.is_word and count.text.islower() and not count.low.endswith("s") and count.low not in _NP_STOP \
            and tokens[i - 3].is_number:
        count = tokens[i - 3]  # "more than 100 older Leopard 1 tanks": an adjective may stand before the name
    if not count.is_number and name.low in _lex().identifier_words:
        maker = i - 2
        while maker >= max(0, i - 6) and (tokens[maker].text == "-" or (tokens[maker].is_word and tokens[maker].text[:1].isupper())):
            maker -= 1  # "four Rolls-Royce Trent 900 engines": the maker's name before the model's
        if maker >= 0 and maker < i - 2 and (tokens[maker].is_number or tokens[maker].low in _NUMBER_WORDS):
            count = tokens[maker]
    if count.low in _NUMBER_WORDS and name.low in _lex().identifier_words:
        return name.is_word and name.text[:1].isupper()  # "three Embraer 190 jets": the maker's model after a count in words
    caps = name.text.isupper() and 2 <= len(name.text) <= 5 and tokens[i + 1].low not in _lex().person_nouns \
        and tokens[i + 1].low not in ("others", "more", "people", "of") and not _is_outcome_word(tokens[i + 1].low, _lex())
    # ("40 KAB 500 bombs", "40 BMP 2 vehicles"; not "killed 25 IS 6 civilians", copies that lost a comma)
    return name.is_word and name.text[:1].isupper() and (name.text[1:].islower() or caps) \
        and not (name.text[1:].islower() and name.low.endswith("s")) \
        and (count.is_number or count.low in _NUMBER_WORDS) and name.low not in _NOT_BRANDS and not name.low.endswith("ed") \
        and not _is_outcome_word(name.low, _lex())  # (a headline: "2 Killed 10 Injured"; "eight Leopard 2 tanks" too)


def _apply_sign(tokens: list[Token], cand: _Candidate) -> None:
    """A minus glued to the number ("-15€", "<-30", "−273.15°") or the word "minus"/"negative" before it
    makes the value negative; a hyphen joining two words or numbers ("F-16", "3-2") does not."""
    k = cand.first
    if k == 0 or cand.kind in ("age", "duration", "ordinal") or cand.number.vague or not cand.number.value:
        return
    sign = tokens[k - 1]
    if sign.text in ("-", "−") and sign.end == tokens[k].start:
        before = tokens[k - 2] if k >= 2 else None
        if before is not None and before.end == sign.start and before.text not in ("(", "<", ">", "=", "≤", "≥", "~", ":"):
            return
        if before is not None and before.is_number:
            return  # "75 -300mm": a range written with a loose dash
    elif sign.low not in ("minus", "negative"):
        return
    cand.number = replace(cand.number, value=-cand.number.value, start=sign.start, first_token=k - 1)
    cand.first = k - 1
    if cand.value is not None:
        cand.value = -cand.value


def _counts_areas(tokens: list[Token], k: int) -> bool:
    """The words at ``k`` name areas: "regions", "Russian regions"."""
    return _word(tokens, k) in _AREA_NOUNS or (k < len(tokens) and tokens[k].is_word and _word(tokens, k + 1) in _AREA_NOUNS)


_MODALS_BEFORE_A_VERB = frozenset({"could", "may", "might", "will", "would", "should", "can"})
_LIKELY_TO = frozenset({"expected", "likely", "set", "poised", "feared", "forecast", "projected", "predicted", "estimated"})


# "a 44-year-old", "the 8-month-old truce", "the two-week-old battle", "a 10-day-old baby"
_OLD_BY_UNIT = ("year-old", "years-old", "month-old", "months-old", "week-old", "weeks-old", "day-old", "days-old")


def _tops_a_total(tokens: list[Token], k: int) -> bool:
    """Whether "top" at token ``k`` is a headline's verb after a total ("cases top 15,000", "deaths top 1,000"),
    not a rank ("the top 10")."""
    # "Cases in Congo top 15,000", "Mpox cases in the Democratic Republic of Congo top 15,000": past the place
    j = _before_capitals(tokens, k - 1, 0, most=8, joiners=("the", "of"))
    before = tokens[j - 1] if j < k - 1 and j >= 1 and tokens[j].low in ("in", "across") else tokens[k - 1] if k >= 1 else None
    if before is not None and tokens[k].text == "top" and (before.low in _MODALS_BEFORE_A_VERB or (
            before.low == "to" and _word(tokens, k - 2) in _LIKELY_TO)):
        return True  # "it could top 3,000", "the toll is expected to top 1,000": a verb after a modal
    return before is not None and tokens[k].text == "top" and before.text.isalpha() and (
        before.low in ("toll", "tally", "total", "number", "count")
        or (before.low.endswith("s") and len(before.low) > 3 and not before.low.endswith(("ss", "us", "is"))))  # ("deaths", "cases")


def _apply_qualifier(text: str, tokens: list[Token], cand: _Candidate, lex: _Lexicon) -> None:
    _apply_sign(tokens, cand)
    number = cand.number
    k = cand.first
    for phrase, qualifier in lex.qualifier_phrases.get(_word(tokens, k - 1), ()):
        n = len(phrase)
        if phrase == ("~",) and k >= 2 and tokens[k - 2].is_number and tokens[k - 2].end == tokens[k - 1].start:
            continue  # "20~100": a range, not "about 100"
        if phrase in ((">",), ("<",)) and k >= 2 and tokens[k - 2].text in ("=", "<", ">") and tokens[k - 2].end == tokens[k - 1].start:
            continue  # "=>", "=<" and "<>" are arrows and "not equal", not bounds
        if phrase == ("+",) and k >= 2 and tokens[k - 2].text == "(" and tokens[k - 1].end == tokens[k].start:
            continue  # "Killed: 34 (+5)": a change since the last report, not "more than 5"
        if phrase == ("top",) and not _tops_a_total(tokens, k - 1):
            continue  # "the top 10 officials": ten of them, the first ten
        if phrase[0] in _THRESHOLD_VERBS and ((_word(tokens, number.last_token + 1) in ("-", "–")
                                               and tokens[number.last_token + 1].start == tokens[number.last_token].end) or (
                number.last_token + 1 < len(tokens) and _plain_plural(tokens[number.last_token + 1]))):
            continue  # "the toll passes 40,000" is a bound; "the bill passes 52-48", "crosses 3 seas" are not
        if phrase == ("over",) and k >= 2 and _plain_plural(tokens[k - 2]) and _counts_areas(tokens, number.last_token + 1):
            continue  # "destroyed 83 drones over 13 regions": over the regions, not more than 13
        if phrase in (("about",), ("around",)) and number.vague and tokens[k].low.endswith("s"):
            continue  # "talking about dozens of massacres": a preposition; a vague plural has no value to come near
        if phrase == ("over",) and k >= 2 and tokens[k - 2].low in _OVER_PARTICLE_VERBS:
            continue  # "handed over 103 prisoners": the verb's particle, not a bound
        if _matches_at(tokens, k - n, phrase) and "\n" not in text[tokens[k - n].start : tokens[k].start] \
                and not (cand.kind == "duration" and phrase in (("over",), ("under",), ("within",), ("past",))) \
                and not (phrase == ("past",) and _word(tokens, k - 2) in ("the", "these", "those", "its", "their", "this")):
            # ("over four years" = during; "the past 10 years" is a period, "pushed the toll past 1,000" a bound)
            cand.first = k - n
            if qualifier == "approx_below":  # "nearly 100": about 100, and not more
                cand.qualifier, cand.approx_below = "approx", True
            else:
                cand.qualifier = qualifier
            break
    if cand.qualifier in ("exact", "approx"):
        # a bound after the number outweighs "about" before it: "about 500 or more" is at least 500
        for phrase, qualifier in lex.post_qualifiers.items():
            after = cand.last + 1 + len(phrase)
            if _matches_at(tokens, cand.last + 1, phrase) and "\n" not in text[tokens[cand.last].end : tokens[cand.last + len(phrase)].end] \
                    and not (after < len(tokens) and tokens[after].is_number) \
                    and not (_word(tokens, after) in ("than", "of") and after + 1 < len(tokens) and tokens[after + 1].is_number
                             and (cand.unit or _word(tokens, after + 2) in ("%", "percent", "per"))):
                # ("killed 12 and over 30 were hurt"; "fell 678 points or more than 7.3%": the same fall in other units,
                # whose bound is its own)
                cand.qualifier, cand.approx_below = qualifier, False
                cand.last += len(phrase)
                if cand.what_from is not None:
                    cand.what_from = cand.last + 1
                break
    if cand.qualifier == "exact" and cand.kind == "count":
        # "claiming the lives of 20 civilians at least and injuring around 30": the bound after the counted noun
        for x in range(cand.last + 1, min(cand.last + 5, len(tokens) - 1)):
            if tokens[x].low == "at" and tokens[x + 1].low == "least" and (
                    x + 2 >= len(tokens) or tokens[x + 2].text in (",", ".", ";", ")") or tokens[x + 2].low in ("and", "but", "while")):
                cand.qualifier = "at_least"
                break
            if not (tokens[x].is_word and tokens[x].text.islower() and not tokens[x].low.endswith("ed")
                    and tokens[x].low not in _NP_STOP):
                break
    if cand.qualifier == "exact" and _word(tokens, cand.last + 1) == "(" and _word(tokens, cand.last + 2) in ("approx", "approximately", "est", "estimated", "estimate") \
            and tokens[cand.last + 1].start - tokens[cand.last].end <= 1:
        cand.qualifier = "approx"  # "12,500 (approx.)"
    # "40-odd", "100-plus": a little more than the number, written as one word with it
    if cand.last + 2 < len(tokens) and tokens[cand.last + 1].text == "-" and tokens[cand.last + 2].low in ("odd", "plus") \
            and tokens[cand.last].end == tokens[cand.last + 1].start and tokens[cand.last + 1].end == tokens[cand.last + 2].start:
        if cand.qualifier == "exact":
            cand.qualifier = "at_least"  # ("some 40-odd" stays approximate)
        cand.last += 2
        if cand.what_from is not None:
            cand.what_from = cand.last + 1
    # "+" glued after the number ("1,000+").
    if cand.last + 1 < len(tokens) and tokens[cand.last + 1].text == "+" and tokens[cand.last + 1].start == tokens[cand.last].end:
        cand.qualifier = "more_than"
        cand.last += 1
        if cand.what_from is not None:
            cand.what_from = cand.last + 1
    if cand.qualifier in ("more_than", "less_than") and (
            _matches_at(tokens, cand.last + 1, ("or", "equal", "to")) or _matches_at(tokens, cand.last + 1, ("or", "equal"))):
        # "more than 5000 or equal to": the bound itself is allowed
        cand.qualifier = "at_least" if cand.qualifier == "more_than" else "at_most"
        cand.last += 3 if _matches_at(tokens, cand.last + 1, ("or", "equal", "to")) else 2
    value = number.value
    if number.vague and cand.qualifier == "exact":
        cand.qualifier, cand.low, cand.high = "vague", number.low, number.high
    elif cand.qualifier == "exact":
        cand.low = cand.high = value
    elif cand.qualifier == "approx":
        cand.low, cand.high = None, (value if cand.approx_below else None)
    elif cand.qualifier in ("at_least", "more_than"):
        cand.low, cand.high = value, (number.high if number.vague else None)
    elif cand.qualifier in ("at_most", "less_than"):
        cand.low, cand.high = (number.low if number.vague else None), value


# A measure written in two units, the larger first: "5 feet 2 inches", "3 dollars 50 cents", "2 hours and
# 30 minutes". The second unit's value joins the first's: (larger unit, smaller unit) -> how many make one.
_COMPOUND_UNITS = {("foot", "inch"): 12, ("pound", "ounce"): 16, ("hour", "minute"): 60, ("minute", "second"): 60,
                   ("USD", "USD_cent"): 100, ("EUR", "EUR_cent"): 100, ("GBP", "GBP_penny"): 100}


def _merge_compounds(tokens: list[Token], cands: list[_Candidate]) -> list[_Candidate]:
    merged: list[_Candidate] = []
    for cand in cands:
        prev = merged[-1] if merged else None
        if prev is not None and (prev.unit, cand.unit) in _COMPOUND_UNITS and prev.qualifier in ("exact", "approx") \
                and cand.qualifier == "exact" and [t.low for t in tokens[prev.last + 1 : cand.first]] in ([], ["and"]) \
                and prev.value is not None and cand.value is not None and cand.value < _COMPOUND_UNITS[(prev.unit, cand.unit)]:
            value = prev.value + cand.value / _COMPOUND_UNITS[(prev.unit, cand.unit)]
            exact = prev.qualifier == "exact"
            merged[-1] = replace(prev, last=cand.last, value=value, low=value if exact else None, high=value if exact else None,
                                 what_from=cand.what_from)
            continue
        if prev is not None and prev.unit == "foot" and prev.qualifier == "exact" and cand.kind == "count" \
                and cand.qualifier == "exact" and cand.first == prev.last + 1 and cand.value is not None and cand.value < 12 \
                and _word(tokens, cand.last + 1) == "in" and _word(tokens, cand.last + 2) in ("", ".", ",", ";", ")", "tall", "long",
                                                                                           "high", "wide", "more", "and", "or"):
            value = prev.value + cand.value / 12  # "he is 5 ft 2 in": "in" is an inch only right after feet
            merged[-1] = replace(prev, last=cand.last + 1, value=value, low=value, high=value, what_from=cand.last + 2)
            continue
        if prev is not None and prev.qualifier == cand.qualifier == "vague" \
                and [t.low for t in tokens[prev.last + 1 : cand.first]] in (["upon"], ["and"], ["on"], ["after"]) \
                and [t.low for t in tokens[prev.first : prev.last + 1]] == [t.low for t in tokens[cand.first : cand.last + 1]]:
            merged[-1] = replace(prev, last=cand.last, what_from=cand.what_from)  # "dozens upon dozens", "thousands and
            continue  # thousands of people": one vague figure, said twice for weight
        if prev is not None and _is_cents_after(tokens, prev, cand):
            value = prev.value + cand.value / 100  # "15 dollars and 50.", "17 USD 25", "thirteen dollars forty five"
            merged[-1] = replace(prev, last=cand.last, value=value, low=value, high=value, what_from=cand.last + 1)
            continue
        merged.append(cand)
    return merged


def _is_cents_after(tokens: list[Token], prev: _Candidate, cand: _Candidate) -> bool:
    """A bare two-digit number closing the clause right after a sum in a major currency is its cents,
    as people say prices aloud. Followed by a noun it is a count of its own ("15 dollars and 50 people")."""
    if not (prev.kind == "money" and prev.unit is not None and len(prev.unit) == 3 and prev.qualifier == "exact"
            and cand.qualifier == "exact" and prev.value is not None and float(prev.value).is_integer()
            and cand.value is not None and float(cand.value).is_integer() and 1 <= cand.value < 100):
        return False
    if cand.kind == "money" and cand.unit == prev.unit and cand.first == prev.last:
        pass  # "17 USD 25": the code read as the second number's currency too
    elif cand.kind != "count" or [t.low for t in tokens[prev.last + 1 : cand.first]] not in ([], ["and"]):
        return False
    elif tokens[prev.last].is_number and tokens[cand.first].is_number:
        return False  # "$10 and 25": two prices, the currency said once
    after = tokens[cand.last + 1] if cand.last + 1 < len(tokens) else None
    return after is None or (not after.is_word and not after.is_number and after.text not in ("%", "-", "/", "$"))


def _change_then_level(a: _Candidate, b: _Candidate, after_change_verb: bool) -> bool:
    """"fell by 34,000 to 1.3 million", "rose by 5 to 30": a change, then the level it reached (while
    "rose by 10 to 20 percent" is a range of changes: the unit written once, after both numbers)."""
    if a.value is None or b.value is None:
        return False
    if b.unit and not a.unit:
        return abs(b.value) > 10 * max(abs(a.value), 1e-9)  # ("rose by 2 million to 40 million tonnes": far apart)
    return after_change_verb or bool(a.unit and b.unit) or abs(b.value) > 10 * max(abs(a.value), 1e-9)


def _change_verb_before(tokens: list[Token], k: int, token_sentence: list[int], lex: _Lexicon) -> bool:
    """A change verb stands within ten words before token ``k`` in its clause: "rose from", "raised its swap line from"
    (then "from 55 to 110" is a change and the level it reached, not a range)."""
    for x in range(k - 1, max(-1, k - 11), -1):
        if token_sentence[x] != token_sentence[k] or not tokens[x].is_word:
            return False
        if tokens[x].low in lex.change_verbs:
            return True
    return False


_ZERO_GROUPS = re.compile(r"(?:,000)+$")


def _merge_ranges(text: str, tokens: list[Token], cands: list[_Candidate], token_sentence: list[int], lex: _Lexicon) -> list[_Candidate]:
    """Join "between 200 and 300", "200-300", "200 to 300", "from 200 to 300", "two or three"."""
    merged: list[_Candidate] = []
    k = 0
    while k < len(cands):
        a = cands[k]
        b = cands[k + 1] if k + 1 < len(cands) else None
        if b is not None and _is_ratio(tokens, a, b):
            # "one in five children": a share, not two counts
            share = 100.0 * a.value / b.value
            per = 100.0 / b.value  # the bounds of "nearly one in five" scale with its value
            merged.append(replace(b, first=a.first, kind="percent", unit="percent", qualifier=a.qualifier, value=share,
                                  low=None if a.low is None else a.low * per, high=None if a.high is None else a.high * per,
                                  what_from=b.last + 1))
            k += 2
            continue
        if b is not None and a.value is not None and b.value is not None and b.value > 0 \
                and [t.low for t in tokens[a.last + 1 : b.first]] in (["±"], ["+", "/", "-"], ["+", "/", "−"]):
            # "2,000.45 ± 0.01 pounds": a value and its margin; the stated value is kept, the bounds are the margin's
            merged.append(replace(b, first=a.first, kind=a.kind if a.kind != "count" else b.kind, unit=a.unit or b.unit,
                                  qualifier="range", value=a.value, low=a.value - b.value, high=a.value + b.value))
            k += 2
            continue
        if b is not None and a.kind == "age" and b.kind == "count":
            b = replace(b, kind="age", unit=a.unit, low=b.value, high=b.value)  # "aged 18 to 60"
            if [t.low for t in tokens[a.last + 1 : b.first]] in (["and"], ["or"], [","]) and b.last == b.first \
                    and _word(tokens, a.first - 1) in lex.age_before and not _counted_noun(_word(tokens, b.last + 1), lex):
                cands[k + 1] = b  # "two children aged 5 and 7": both are ages
        if b is not None and a.kind == "count" and b.kind == "age" and _word(tokens, b.last) == "old" and a.first == a.last \
                and [t.low for t in tokens[a.last + 1 : b.first]] in (["and"], ["or"], [","]) and a.qualifier == "exact":
            a = replace(a, kind="age", unit=b.unit)  # "the victims were 12 and 15 years old": "years old" is written once
            before = a
            while merged and merged[-1].kind == "count" and merged[-1].qualifier == "exact" and merged[-1].first == merged[-1].last \
                    and [t.low for t in tokens[merged[-1].last + 1 : before.first]] == [","]:
                merged[-1] = before = replace(merged[-1], kind="age", unit=b.unit)  # "12, 14 and 15 years old"
        if b is not None and a.kind == "measure" and (a.unit or "").startswith("degree_") and b.kind == "count" and b.unit is None \
                and (gap := [t.low for t in tokens[a.last + 1 : b.first]]) and gap[-1] in ("and", "to", "while", ",") and len(gap) <= 5 \
                and not any(t in (".", ";") for t in gap) and not _counted_noun(_word(tokens, b.last + 1), lex) \
                and (b.value is None or -90 <= b.value <= 60):
            b = replace(b, kind="measure", unit=a.unit)  # "45C in Delhi and minus 5 in Kashmir": the scale is written once
            cands[k + 1] = b
        if b is not None and a.kind == "count" and b.kind in ("duration", "measure") and a.first == a.last and a.unit is None \
                and a.qualifier == "exact" and b.unit and [t.low for t in tokens[a.last + 1 : b.first]] == ["and"] \
                and not _is_outcome_word(_word(tokens, a.first - 1), lex) and _word(tokens, b.last + 1) not in lex.relative_date_words:
            a = replace(a, kind=b.kind, unit=b.unit)  # "received 12 and 10 years respectively", "5 and 12 km from the border"
        if b is not None and a.kind == "count" and b.kind in ("percent", "measure") and a.first == a.last and a.unit is None \
                and [t.low for t in tokens[a.last + 1 : b.first]] == ["to"] and _word(tokens, a.first - 1) == "from" \
                and _change_verb_before(tokens, a.first - 1, token_sentence, lex):
            a = replace(a, kind=b.kind, unit=b.unit)  # "rose from 20 to 30 per cent": the unit is written once, after the level reached
        if b is not None and a.kind == "count" and b.kind == "measure" and a.unit is None and b.unit \
                and [t.low for t in tokens[a.last + 1 : b.first]] == ["to"] and _word(tokens, a.first - 1) == "by" \
                and _word(tokens, a.first - 2) in lex.change_verbs and _change_then_level(a, b, True):
            a = replace(a, kind=b.kind, unit=b.unit)  # "rose by 2 million to 40 million tonnes": so is the change's
        if b is not None and (a.kind == b.kind or (a.kind == "count" and b.kind in ("measure", "money", "percent", "duration", "age"))
                              or (a.kind == "money" and b.kind == "count" and not b.unit
                                  and not _counted_noun(_word(tokens, b.last + 1), lex))) \
                and not a.number.vague and not b.number.vague and "ordinal" not in (a.kind, b.kind):
            gap = [t.low for t in tokens[a.last + 1 : b.first]]
            opener = _word(tokens, a.first - 1)
            opener2 = _word(tokens, a.first - 2)
            joined = False
            if gap in (["-"], ["–"], ["—"], ["~"]) and a.qualifier in ("exact", "approx", "at_most", "at_least") and b.qualifier == "exact":
                joined = True  # "200-300", "around 10-15", "up to 2,000-3,000"
            elif gap in (["-", "to"], ["–", "to"]) and b.qualifier == "exact":
                joined = True  # "8- to 16-meter"
            elif gap == ["and"] and opener == "between":
                joined = True
            elif gap in (["to"], ["through"]) and (opener != "from" or not _change_verb_before(tokens, a.first - 1, token_sentence, lex)) and not (
                    opener == "by" and _change_then_level(a, b, opener2 in lex.change_verbs)) and (
                    opener not in lex.change_verbs or (opener == "up" and opener2 in ("make", "makes", "made", "making"))):
                # (not "fell by 34,000 to 1.3 million": a change and the level it reached)
                # "roughly 10,000 to 12,000", "as many as 40 to 50" (the range names its own upper bound)
                joined = a.qualifier in ("exact", "approx", "at_most", "at_least") and b.qualifier == "exact"  # ("at least 1,000 to 1,200")
            elif gap == ["or"] and a.qualifier == "exact" and b.qualifier == "exact" and (
                    a.number.words == b.number.words
                    or (a.value is not None and b.value is not None and 0 < a.value < b.value <= 2 * a.value)):
                joined = True  # "two or three", "ten or 12"
            elif gap in (["and"], ["but"], [","], [",", "and"], [",", "but"]) and (
                    (a.qualifier in ("more_than", "at_least") and b.qualifier in ("less_than", "at_most"))
                    or (a.qualifier in ("less_than", "at_most") and b.qualifier in ("more_than", "at_least"))):
                joined = True  # "more than 100 and fewer than 300", "at most 100 and at least 20"
            # the lower bound and the upper bound; "at most 100 and at least 20" names the upper one first
            lower, upper = (b, a) if a.qualifier in ("less_than", "at_most") and gap not in (["to"], ["through"], ["-"], ["–"], ["—"], ["~"]) \
                else (a, b)  # (but "up to 2,000-3,000" runs upward)
            span_first, span_last = min(a.first, b.first), max(a.last, b.last)
            low, high = lower.value, upper.value
            if joined and low is not None and high is not None:
                # "between 1 and 2 million": the scale of the second number applies to the first.
                scaled_upper = upper.number.value >= 1000 or upper.number.last_token > upper.number.first_token  # ("three hundred")
                if scaled_upper and lower.number.value < 1000 and lower.number.last_token == lower.number.first_token:
                    scale = upper.number.value / max(1.0, _leading_value(tokens[upper.number.first_token].text))
                    grouped = _ZERO_GROUPS.search(tokens[upper.number.last_token].text) if scale < 100 and gap != ["and"] \
                        and gap[0] in ("-", "–", "—") else None
                    if grouped and float(lower.number.value).is_integer():
                        # "40-50,000" written short: the zero groups of the second number belong to the first too
                        # (40,000-50,000); "1-10,000" stays as written, and so does "between 2 and 3,000"
                        scale = 1000.0 ** (len(grouped.group()) // 4)
                        scale = scale if low * scale <= high < low * scale * 10 else 1.0
                    if scale >= 100 and low * scale <= high:
                        low = low * scale
                if low < 0 and high < 0 and high < low:
                    low, high = high, low  # "from -18 °C to -34 °C": the range runs downward
                if low < high and token_sentence[span_first] == token_sentence[span_last]:
                    first = span_first - 1 if opener in ("between", "from") else span_first
                    kind, unit = upper.kind, upper.unit or lower.unit
                    if lower.kind == "money" and upper.kind == "count":
                        kind = "money"  # "$5-6 billion": the currency is written once, before the first number
                    if kind == "count" and _word(tokens, first - 1) in lex.age_before and high < 130:
                        kind, unit = "age", "year"  # "four children aged between 2 and 12"
                    merged.append(
                        replace(
                            upper, first=first, last=span_last, qualifier="range", value=low, low=low, high=high,
                            unit=unit, kind=kind,
                        )
                    )
                    k += 2
                    continue
        merged.append(a)
        k += 1
    return merged


_RATIO_WORDS = frozenset("two three four five six seven eight nine ten twenty hundred thousand".split())


def _is_ratio(tokens: list[Token], a: _Candidate, b: _Candidate) -> bool:
    """"one in five children", "about 2 in 3 adults", "one out of (every) three": a share, not two counts.
    A share of more than one starts its clause: "killed 2 in 3 attacks" counts twice."""
    if [t.low for t in tokens[a.last + 1 : b.first]] not in (["in"], ["out", "of"], ["in", "every"], ["out", "of", "every"]):
        return False  # (also "one in every four", "one out of every three children")
    if not (a.kind == b.kind == "count" and b.qualifier == "exact" and a.qualifier not in ("range", "vague")):
        return False
    if a.value is None or b.value is None or b.value < 2 or not 1 <= a.value < b.value or b.value > 1000:
        return False
    opens_clause = a.first == 0 or not tokens[a.first - 1].is_word or tokens[a.first - 1].low in _RATIO_OPENERS
    return a.value == 1 and tokens[a.last].low in ("one", "1") or opens_clause


_RATIO_OPENERS = frozenset({"than", "that", "and", "or", "where", "while", "with", "some", "only", "just", "roughly", "up",
                            "is", "are", "was", "were", "represent", "represents", "comprise", "comprises"})


def _leading_value(token_text: str) -> float:
    """The value of a number's first token before its scale: "2" in "2 million", 3 in "three thousand"."""
    low = token_text.lower()
    g = grammar()
    if low in g.units or low in g.tens:
        return float(g.units.get(low) or g.tens.get(low) or 1)
    try:
        return float(re.sub(r"[^\d.]", "", token_text) or 1)
    except ValueError:
        return 1.0


_GROUP_NOUNS = frozenset(lexicon.load("categories")["group_nouns"])
_OF_PHRASE_HEADS = frozenset(lexicon.load("categories")["of_phrase_heads"])
_GROUP_MEMBERS = frozenset({"members", "relatives", "employees"})  # whose, named after "of the"
_WHOSE = frozenset({"the", "one", "a", "his", "her", "their", "its"})  # determiners that open the group named
_BODY_NOUNS = frozenset({"rebels", "forces", "militias", "organization", "organisation", "front", "movement", "alliance"})


def _names_a_body(tok: Token) -> bool:
    return tok.low in _GROUP_NOUNS or tok.low in _BODY_NOUNS


_PLURALS_WITHOUT_S = frozenset(lexicon.load("categories")["plurals_without_s"])


def _plural_follows(tokens: list[Token], k: int, sentence: int, token_sentence: list[int]) -> bool:
    """A plural noun starts at token ``k``, maybe after up to two capitalised words ("Syrian soldiers")."""
    for x in range(k, min(k + 3, len(tokens))):
        if token_sentence[x] != sentence or not tokens[x].is_word:
            return False
        if _plain_plural(tokens[x]) or tokens[x].low in _lex().person_nouns or tokens[x].low in _PLURALS_WITHOUT_S:
            return True  # ("35 water-dropping aircraft")
        if not tokens[x].text[:1].isupper():
            return False
    return False


def _a_time_after_the_phrase(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a lowercase span of time that a relative word follows ("days after", "hours before")."""
    return tokens[k].low.rstrip("s") in _TIMES_BEFORE_AN_EVENT and tokens[k].text.islower() \
        and _word(tokens, k + 1) in ("after", "before", "later", "earlier", "ago", "into", "since")


def _plural_within(tokens: list[Token], k: int, sentence: int, token_sentence: list[int], most: int = 3) -> bool:
    """A plural noun within ``most`` lowercase words from token ``k`` ("fixed-wing unmanned aerial vehicles")."""
    for x in range(k, min(k + most, len(tokens))):
        if token_sentence[x] != sentence or not tokens[x].is_word or tokens[x].low in _NP_STOP:
            return False
        if _plain_plural(tokens[x]) or tokens[x].low in _lex().person_nouns or tokens[x].low in _PLURALS_WITHOUT_S:
            return True
    return False


def _loose_words(words: list[Token]) -> int:
    """How many words a phrase has, a model name glued together ("Tu-22M3") counting as one, and the "and"
    between two nationalities ("Iraqi and Kurdish fighters") as none."""
    return sum(1 for n, w in enumerate(words) if (n == 0 or w.start != words[n - 1].end) and w.low not in ("and", "or"))


_SPEAKING_PARTICIPLES = frozenset({"speaking", "talking", "writing", "citing", "quoting", "requesting", "asking"})
# Sources that close a headline ("… hits 43: monitor"), read as a credit when the colon is lost
_HEADLINE_CREDITS = frozenset({"monitor", "monitors", "observatory", "report", "reports", "sources", "ngo", "un", "sohr"})


def _quote_opened_before(tokens: list[Token], k: int) -> bool:
    """Whether the quote mark at ``k`` closes one opened a few tokens before it, glued to the number it quotes."""
    opening = {'"': ('"', "“"), "”": ("“", '"'), "’": ("‘", "'"), "'": ("'", "‘")}[tokens[k].text]
    return any(tokens[x].text in opening and tokens[x + 1].start == tokens[x].end
               and (tokens[x + 1].is_number or tokens[x + 1].low in grammar().starters or tokens[x + 1].low in _VAGUE_OPENERS)
               for x in range(max(0, k - 5), k - 1))


_VAGUE_OPENERS = frozenset({"several", "hundreds", "thousands", "dozens", "scores", "tens", "some", "about", "around", "nearly",
                            "more", "over", "at", "up", "a", "many"})


# modifiers that join two words with "and" before the noun they modify ("search and rescue teams")
_COORDINATED_MODIFIERS = frozenset({("search", "and", "rescue"), ("fire", "and", "rescue"), ("command", "and", "control"),
                                    ("research", "and", "development"), ("health", "and", "safety"),
                                    ("law", "and", "order"), ("food", "and", "drug")})


def _what(tokens: list[Token], start: int | None, token_sentence: list[int], text: str = "",
          sentence: int | None = None) -> tuple[str | None, int]:
    """The counted noun phrase starting at token ``start`` ("North Korean soldiers"), and where it ends."""
    if start is None or start >= len(tokens):
        return None, start or 0
    if sentence is None:
        sentence = token_sentence[start - 1] if start > 0 else 0
    k = start
    if _word(tokens, k) == "-" and _word(tokens, k + 1) in ("strong", "man", "woman", "person"):
        # "the 2,000-strong force", "a 5,000-strong peacekeeping contingent", "a 12-man crew": the group is what is counted
        words = []
        for x in range(k + 2, min(k + 5, len(tokens))):
            if not tokens[x].is_word or token_sentence[x] != sentence:
                break
            words.append(tokens[x])
        head = next((n for n, t in enumerate(words) if t.low in _GROUP_NOUNS), 0)
        return (" ".join(t.text for t in words[: head + 1]) or None), k + 2 + head + 1
    if _word(tokens, k) == "strong" and start >= 2 and tokens[start - 2].low in _GROUP_NOUNS and tokens[start - 2].is_word:
        return tokens[start - 2].text, k + 1  # "a brigade 3,000 strong": the group before the number is counted
    if _word(tokens, k) in ('"', "”", "’", "'") and _word(tokens, k + 1) == "of" and tokens[k].start == tokens[k - 1].end:
        k += 1  # 'killed "hundreds" of militants': the closing quote is not the end of the phrase
    elif _word(tokens, k) in ('"', "”", "’", "'") and k > 0 and tokens[k].start == tokens[k - 1].end and k + 1 < len(tokens) \
            and tokens[k + 1].is_word and tokens[k + 1].text.islower() and tokens[k + 1].start > tokens[k].end \
            and _quote_opened_before(tokens, k):
        k += 1  # 'suffered "several hundred" casualties': the quoted number, then what it counts
    elif _word(tokens, k) in ('"', "“") and k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].start == tokens[k].end \
            and k > 0 and tokens[k].start > tokens[k - 1].end:
        k += 1  # 'struck 40 "terror targets"': the quoted words are what is counted
    if _word(tokens, k) == "," and _word(tokens, k + 1) == "of" and k >= 1 and tokens[k - 1].low in _VAGUE_TOLLS \
            and _word(tokens, k + 2) not in ("whom", "which", "them", "those", "these", "the"):
        k += 1  # "Dozens, if not hundreds, of civilians": the aside closes before what both count
    if _word(tokens, k) == "of":
        k += 1
        while _word(tokens, k) in ("the", "them", "these", "those", "their", "its", "his", "her", "our", "whom", "which"):
            if _word(tokens, k) in _PART_PRONOUNS:
                return _word(tokens, k), k + 1
            k += 1
        if k + 1 < len(tokens) and tokens[k].low.endswith(("'s", "’s")) and tokens[k + 1].is_number:
            k += 1  # "341 of the state's 497 municipalities"
        elif k + 2 < len(tokens) and tokens[k].low.endswith(("'s", "’s")) and tokens[k + 1].text in dict(_lex().currency_symbols) \
                and tokens[k + 2].is_number:
            # "80% of the country's $55 billion in annual exports": the share is of the exports the sum is worth
            k += 3
            if _word(tokens, k) in ("thousand", "million", "billion", "trillion", "m", "bn", "mn", "tn"):
                k += 1
            if _word(tokens, k) in ("in", "of", "worth"):
                k += 1
        if k < len(tokens) and (tokens[k].is_number or (tokens[k].low in grammar().units and _word(tokens, k - 1) == "the")):
            k += 1  # "nine of the 12 miners", "two of the three suspects": the part counts what the whole counts
            if _word(tokens, k) in ("thousand", "million", "billion", "m", "bn"):
                k += 1  # "of the 1.4 million residents"
            for unit in _AREA_UNITS:  # "40% of the 360 sq km enclave": the enclave, not its size ("half of the 2,000 hectares" stays)
                if [_word(tokens, x) for x in range(k, k + len(unit))] == list(unit) and k + len(unit) < len(tokens) \
                        and tokens[k + len(unit)].is_word and tokens[k + len(unit)].low not in _NP_STOP \
                        and not tokens[k + len(unit)].low.endswith(("ed", "ing")):
                    k += len(unit)
                    break
    if _word(tokens, k) == "the" and _word(tokens, k + 1) in ("number", "toll", "total", "tally", "count"):
        # "brought to 49 the number killed", "raising to 20 the number of dead": what the total counts
        k += 3 if _word(tokens, k + 2) == "of" else 2
    others = None
    while _word(tokens, k) in ("more", "other", "others", "additional", "further", "extra") and k < len(tokens):
        others = tokens[k] if tokens[k].low == "others" else others
        k += 1  # "dozens more injured", "a hundred others": the counted group is named elsewhere
    words: list[Token] = []
    # ("others" ends its phrase: "killing nine children and 14 others local activists have reported")
    while others is None and k < len(tokens) and _loose_words(words) < 5 and token_sentence[k] == sentence:
        tok = tokens[k]
        low = tok.low
        if tok.text in ('"', "”") and len(words) == 1 and tok.start == words[-1].end and k + 1 < len(tokens) \
                and tokens[k + 1].is_word and tokens[k + 1].text.islower() and tokens[k + 1].low not in _NP_STOP \
                and token_sentence[k + 1] == sentence and _plural_head(tokens[k + 1]):
            k += 1  # 'struck nine "terrorist" sites': a quoted modifier, then the noun it modifies
            continue
        if tok.text in ("(", "[") and (words and any(c.isupper() for c in words[-1].text) or (not words and k == start)):
            closer = ")" if tok.text == "(" else "]"
            close = next((x for x in range(k + 1, min(k + 8, len(tokens))) if tokens[x].text in (closer, tok.text)), None)
            if close is not None and tokens[close].text == closer and close + 1 < len(tokens) and tokens[close + 1].is_word \
                    and tokens[close + 1].text.islower() and tokens[close + 1].low not in _NP_STOP \
                    and (words or (tokens[k + 1].text[:1].isupper() and _plural_head(tokens[close + 1]))):
                # "120 Daesh (banned in Russia) militants": the aside inside the name is not counted; nor is the one
                # right after the number ("up to 80 (IS group) fighters")
                k = close + 1
                continue
        if not words and tok.is_number and tok.text.isdigit() and k + 2 < len(tokens) and token_sentence[k + 2] == sentence \
                and (tokens[k - 1].is_number or tokens[k - 1].low in ("thousand", "million", "billion", "m", "bn")) \
                and (caliber := _caliber_at(tokens, k)) is not None:
            words += tokens[k:caliber]  # "2 million 155mm artillery rounds": the caliber names the rounds counted
            k = caliber
            continue
        if not words and tok.is_number and re.fullmatch(r"\d{2,3}", tok.text) and k + 1 < len(tokens) and tokens[k + 1].text == "s" \
                and tokens[k + 1].start == tok.end and tokens[k - 1].is_number:
            words += tokens[k : k + 2]  # "ordered 50 787s": a model in the plural is what is counted
            k += 2
            break
        if tok.is_number and words and (_model_after_a_count(tokens, k) or (
                tok.text.isdigit() and words[-1].text[:1].isupper() and words[-1].end == tok.start
                and k + 1 < len(tokens) and tokens[k + 1].is_word)
                or (tok.text.isdigit() and any(_makers_possessive_ends_at(tokens, x, _lex()) for x in (k - 1, k - 2))
                    and k + 1 < len(tokens) and tokens[k + 1].is_word)):
            words.append(tok)  # the model in "18 Leopard 2 tanks", "12 Airbus A320 aircraft", "20 of Boeing's larger 777 planes"
            k += 1
            continue
        if words and len(tok.text) == 1 and tok.text.isupper() and k + 1 < len(tokens) \
                and tokens[k + 1].start == tok.end and tokens[k + 1].text.isdigit():
            words.append(tok)  # the "A" of "Airbus A320"
            k += 1
            continue
        if tok.text == "." and words and len(words[-1].text) == 1 and words[-1].text.isupper() and words[-1].end == tok.start \
                and k + 1 < len(tokens) and tokens[k + 1].start == tok.end + (0 if tokens[k + 1].text[:1].isupper() or tokens[k + 1].text == "-" else 1):
            words.append(tok)  # "three U.S. soldiers", "two U.N. staff"
            k += 1
            if _word(tokens, k) == "-" and k + 1 < len(tokens) and tokens[k].start == tok.end and tokens[k + 1].start == tokens[k].end \
                    and tokens[k + 1].is_word:
                words += tokens[k : k + 2]  # "five U.S.-made HIMARS launchers"
                k += 2
            continue
        if low in ("and", "or") and words and all(_NATIONALITY.fullmatch(w.text) or w.low in _SIDE_WORDS for w in words) \
                and k + 1 < len(tokens) and (_NATIONALITY.fullmatch(tokens[k + 1].text) or tokens[k + 1].low in _SIDE_WORDS):
            words.append(tok)  # "20 Iraqi and Kurdish fighters", "three Russian and Syrian air raids", "70 regime and rebel fighters"
            k += 1
            continue
        if (low, _word(tokens, k + 1), _word(tokens, k + 2)) in _COORDINATED_MODIFIERS \
                and _plural_follows(tokens, k + 3, sentence, token_sentence):
            words += tokens[k : k + 3]  # "11,000 search and rescue personnel": one modifier joined by "and"
            k += 3
            continue
        if not words and low in _CASE_STATUSES and _word(tokens, k + 1) in ("and", "or") and _word(tokens, k + 2) in _CASE_STATUSES \
                and k + 3 < len(tokens) and token_sentence[k + 3] == sentence and tokens[k + 3].is_word \
                and tokens[k + 3].low not in _NP_STOP and not tokens[k + 3].low.endswith("ed"):
            words += tokens[k : k + 3]  # "18,700 suspected and confirmed mpox cases": two statuses of the cases counted
            k += 3
            continue
        if not words and low == "reported" and tok.text.islower() and _plural_follows(tokens, k + 1, sentence, token_sentence) \
                and _word(tokens, k + 1) not in _NP_STOP and not _word(tokens, k + 1).endswith("ed") \
                and _word(tokens, k + 1) not in _STATES_AFTER:
            words.append(tok)  # "3,456 reported fatalities": the participle modifies the noun, no one reports
            k += 1
            continue
        if not tok.is_word or (low in _NP_STOP and not (tok.text.isupper() and len(tok.text) > 1)):
            break  # (an acronym is a name: "17 IS fighters" are fighters of IS)
        if tok.text.isupper() and len(tok.text) > 3 and (_is_outcome_word(low, _lex()) or low in _STATES_AFTER):
            break  # an all-capitals headline: "12 KILLED IN BLAST NEAR KABUL MOSQUE"
        if not words and tok.text.isupper() and len(tok.text) > 3 and _word(tokens, k + 1) == "(" \
                and k + 4 < len(tokens) and tokens[k + 2].text[:1].isupper() and tokens[k + 3].text == ")" \
                and tokens[k + 4].text[:1].isupper():  # (not "one SARC (Syrian Arab Red Crescent) staff member")
            break  # "… Deal Reaches 207 MOSCOW (Sputnik) At the …": the next story's dateline, not what is counted
        if not words and _word(tokens, k - 1) in ("more", "others") and low in _ROLE_NOUNS \
                and _word(tokens, k + 1) in ("said", "say", "says", "reported", "told", "added"):
            break  # "wounding dozens more observers said" (copies without commas): the speakers, not the wounded
        if not words and low in ("last", "this", "next", "that") and _word(tokens, k + 1) in _PERIOD_WORDS:
            break  # "reached 2,100 last month": a date, not what is counted
        if not words and (low in _NUMBER_WORDS or low == "a") and _word(tokens, k + 1).rstrip("s") in _PERIOD_WORDS:
            break  # "down from 43 two years ago", "up from 12 a week earlier": a date, not what is counted
        if not words and low.endswith("ed") and tok.text.islower() and k >= 2 and tokens[k - 1].is_number \
                and _word(tokens, k - 2) in ("the", "these", "those") \
                and (k + 1 >= len(tokens) or not tokens[k + 1].is_word or tokens[k + 1].low in _NP_STOP):
            words.append(tok)  # "the 40 accused", "the 12 injured": after "the", a participle names the people
            k += 1
            break
        if words and _a_time_after_the_phrase(tokens, k):
            break  # "375 rounds of ammunition days after his birthday": a time after the phrase, no word of it
        if words and low.endswith("ly") and low not in _LY_NOUNS and len(low) > 4:
            break
        if low.endswith("ly") and not words and low not in _LY_NOUNS and len(low) > 4:
            if k + 1 < len(tokens) and tokens[k + 1].text.islower() and tokens[k + 1].is_word and tokens[k + 1].low not in _NP_STOP \
                    and _plural_follows(tokens, k + 2, sentence, token_sentence):
                words += [tok, tokens[k + 1]]  # "40 badly injured civilians", "12 critically ill patients": an adverb and its adjective
                k += 2
                continue
            break
        if low in _PARTICLES and not _plural_follows(tokens, k + 1, sentence, token_sentence):
            break  # "carried one body away from the scene", "forced 12 million out of their homes"
        if words and low in _IRREGULAR_PAST and not tok.text[:1].isupper():
            break  # "a 6.8-magnitude earthquake struck": the verb ends the phrase
        if words and low in _OPINION_VERBS and tok.text.islower() and (ends_like_a_plural(words[-1].low) or _is_demonym_plural(words[-1].text)):
            break  # "Nearly 70% of Israelis support a deal": the respondents' verb
        if words and low in _PARTICIPLES_EN and not tok.text[:1].isupper() and not _plural_follows(tokens, k + 1, sentence, token_sentence):
            break  # "the 500-plus wounded taken to hospitals": a participle after the noun opens a clause of its own
        if words and low.endswith(("ing", "ed")) and not tok.text[:1].isupper() and not (
                k + 1 < len(tokens) and token_sentence[k + 1] == sentence and _plain_plural(tokens[k + 1])) and not (
                k + 2 < len(tokens) and token_sentence[k + 2] == sentence and tokens[k + 1].text.islower()
                and tokens[k + 1].is_word and tokens[k + 1].low not in _NP_STOP and tokens[k + 1].low not in grammar().starters
                and _plain_plural(tokens[k + 2])):
            break  # (but "Bradley fighting vehicles", "Stryker armoured personnel carriers": modifiers before the plural noun)
        if tok.text[:1].isupper() and (low in ("dead", "reports", "says", "say", "feared", "believed", "presumed") or _is_outcome_word(low, _lex())) \
                and (words or (k + 1 < len(tokens) and (tokens[k + 1].is_number or tokens[k + 1].low in _NUMBER_WORDS))) \
                and not (low.endswith("ing") and words and not words[-1].low.endswith("s") and k + 1 < len(tokens)
                         and _capitalised_plural(tokens[k + 1])):
            break  # a title-case headline: "20 Syrian Civilians Dead", "Kills Two Injures Three" (not "20 Executed Christians",
            # nor the name "15 Bradley Fighting Vehicles")
        if words and tok.text[:1].isupper() and low.endswith("ed") and len(low) > 4 and words[-1].text[:1].isupper() \
                and words[-1].low.endswith("s") and not words[-1].low.endswith("ss") and len(words[-1].low) > 3 \
                and (k + 1 >= len(tokens) or not tokens[k + 1].is_word or tokens[k + 1].low in _NP_STOP
                     or tokens[k + 1].text[:1].isupper()):
            break  # "33 Militants Claimed in Syria": a title-case headline's verb after the counted noun
        if len(words) >= 1 and tok.text[:1].isupper() and not tok.text.isupper() and all(w.text[:1].isupper() for w in words) \
                and words[-1].low.endswith("s") and not words[-1].low.endswith("ss") and len(words[-1].low) > 3 \
                and words[-1].low not in _PLURAL_NAME_WORDS and not low.endswith(("s", "ed", "ing")) \
                and k > 0 and tokens[k - 1] is words[-1] and (k + 1 >= len(tokens) or tokens[k + 1].text[:1].isupper()):
            break  # "Four Syrian Terrorist Groups Join Ranks", "Terrorist Attacks Target Sayyeda Zeinab": a headline's verb
        if not words and low.endswith("ing") and not tok.text[:1].isupper() and low not in _ING_NOUNS and not (
                (low in _ING_MODIFIERS or "-" in low[1:-3]) and _plural_follows(tokens, k + 1, sentence, token_sentence)) \
                and not ("-" in low[1:-3] and _plural_within(tokens, k + 1, sentence, token_sentence)):
            break  # (but "six fighting positions", "three training camps", "14 bunker-busting bombs": the -ing word
            # modifies the noun after it)
        if not words and k + 1 < len(tokens) and (tokens[k + 1].is_number or tokens[k + 1].low in _NUMBER_WORDS) \
                and (_is_outcome_word(low, _lex()) or low in _lex().verbs_right_before):
            break  # "kill 5 injure 50": the next figure's verb, not what is counted
        if not words and low in _ADVERBS_AFTER_A_COUNT and tok.text.islower():
            break  # "Dengue cases have surged to 6.6 million worldwide": where it is counted, not what
        if low in _ONLY_PREDICATIVE and tok.text.islower():
            break  # "pulled out nine alive": how they were found, never a word of what is counted
        if not words and low in ("feared", "believed", "presumed", "thought") and tok.text.islower() and k + 1 < len(tokens) \
                and (tokens[k + 1].low.endswith("ed") or tokens[k + 1].low in _PARTICIPLES_EN):
            break  # "more than 2,000 feared buried": the hedge and its verb, not what is counted
        if not words and low in _NEVER_ADJECTIVES and tok.text.islower():
            break  # "dozens more suffered respiratory problems": the figure's verb, not an adjective of what is counted
        if not words and tok.text.islower() and (low.endswith("ed") or low in _PARTICIPLES_EN) and low not in _lex().outcome_words \
                and (k + 1 >= len(tokens) or not tokens[k + 1].is_word
                     or (tokens[k + 1].low in _NP_STOP and not (tokens[k + 1].text.isupper() and len(tokens[k + 1].text) > 1))
                     or tokens[k + 1].low in _STATES_AFTER
                     or ((tokens[k + 1].low in _PARTICLES or tokens[k + 1].low in ("up", "down"))
                         and not (k + 2 < len(tokens) and _plain_plural(tokens[k + 2])))):  # (not "burned out vehicles")
            break  # "251 taken hostage", "12 arrested in raids", "250,000 turned up": a verb (but "40 displaced people")
        if words and (low in _lex().outcome_words or low in _STATES_AFTER) and not tok.text[:1].isupper():
            break  # "22 children dead", "5,000 people homeless": the state is not part of who is counted
        if words and tok.text[:1].isupper() and words[-1].text.islower() and (
                words[-1].low in _lex().outcome_words or words[-1].low in _STATES_AFTER) \
                and not (len(words) == 1 and _plural_follows(tokens, k, sentence, token_sentence)):  # ("two wounded North Korean
            # soldiers": a name of a people, then the plural they modify)
            break  # "left another 30 injured Ahmed Mustafa told …": the name after the state is the speaker
        if tok.text[:1].isupper() and words and words[0].text[:1].isupper() and (low in _WEEKDAYS or tok.text in _CREDITS):
            if not (low in _WEEKDAYS and words[-1].text.islower() and _plural_word(words[-1].low) and words[-1].low not in _MEDIA_WORDS):
                words = []  # "kills 12 wounds 50 State media AFP Tuesday": a headline's credit line, not what is counted
            break  # ("killed 22 Red Crescent volunteers Monday": the day ends the counted phrase)
        if not words and tok.text[:1].isupper() and low in _HEADLINE_CREDITS \
                and (k + 1 >= len(tokens) or token_sentence[k + 1] != sentence or tokens[k + 1].text[:1].isupper()):
            break  # "Death toll in bomb attack hits 43 Monitor At least 43 people …": the headline's credit, its colon lost
        if words and tok.text[:1].isupper() and _word(tokens, k + 1) in _VERB_AFTER_A_NAME:
            break  # "killed at least six people AFP reports": the speaker, in copies that lost their commas
        if not words and tok.text[:1].isupper() and _a_name_then_says(tokens, k, sentence, token_sentence):
            break  # "killed five people and injured seven Homs Governor Talal Barazi said": the speaker, not what is counted
        if words and (low in _NUMBER_WORDS or low in grammar().starters or _plural_head(words[-1])
                      or (words[-1].low in _IRREGULAR_PLURAL_HEADS and words[-1].text.islower() and not _plain_plural(tok))):
            break  # the head noun ended the phrase: "25 civilians six of them children", "10 civilians activist group"
        words.append(tok)
        k += 1
        # "F-16 jets", "Su-25 aircraft": a model name glued together with a hyphen stays one word
        if _word(tokens, k) == "-" and k + 1 < len(tokens) and tokens[k].start == tok.end \
                and tokens[k + 1].start == tokens[k].end and tokens[k + 1].is_number:
            words.append(tokens[k + 1])
            k += 2
    if words and words[-1].low in _OF_PHRASE_HEADS and _word(tokens, k) == "of":
        # "100,000 rounds of ammunition", "1.2 million doses of oral vaccine", "150 prisoners of war"
        tail = []
        first = k + 1
        if words[-1].low in _GROUP_MEMBERS and _word(tokens, first) in _WHOSE:
            # "15 members of the same family", "12 members of the Islamic State group": whose members
            tail, first = [tokens[first]], first + 1
        for x in range(first, min(first + (5 if tail else 3), len(tokens))):
            if tokens[x].low == "of" and tail and tail[-1].text[:1].isupper() and x + 1 < len(tokens) and tokens[x + 1].text[:1].isupper():
                tail.append(tokens[x])  # "nine members of the Army of Conquest"
                continue
            if not (tokens[x].is_word and (tokens[x].text.islower() or tail) and tokens[x].low not in _NP_STOP) \
                    or token_sentence[x] != sentence:
                break
            if tail and _a_time_after_the_phrase(tokens, x):
                break  # (the same in an "of" phrase: "rounds of ammunition days after")
            if tokens[x].text.islower() and any(t.text[:1].isupper() for t in tail) and not _names_a_body(tokens[x]):
                # "the White Helmets rescue organization": a noun of the body may close the name a word later
                body = next((y for y in range(x + 1, min(x + 2, len(tokens))) if tokens[y].is_word and _names_a_body(tokens[y])
                             and token_sentence[y] == sentence), None)
                if body is not None:
                    tail += tokens[x : body + 1]
                break  # "18 members of the Syrian Democratic Forces south of Raqqa": the name ended
            tail.append(tokens[x])
        whose = bool(tail) and tail[0].low in _WHOSE
        if any(t.low.endswith(("ed", "ing")) or t.low in _IRREGULAR_PAST for t in tail) or len(tail) > (6 if whose else 3) \
                or (tail and tail[-1].low in _WHOSE):
            tail = []  # "several rounds of heavy fighting", "doses of vaccine arrived": no plain noun phrase to take
        if tail:
            words += [tokens[k]] + tail
            k += 1 + len(tail)
    if words and _word(tokens, k) in ("and", "or") and k + 1 < len(tokens) and token_sentence[k + 1] == sentence \
            and (_plural_head(words[-1]) or words[-1].low in _JOINABLE_PLURAL_HEADS) and words[-1].text.islower() \
            and tokens[k + 1].text.islower() and (_plural_head(tokens[k + 1]) or tokens[k + 1].low in _JOINABLE_PLURAL_HEADS) \
            and tokens[k + 1].low not in _lex().outcome_words and tokens[k + 1].low not in _VAGUE_TOLLS \
            and tokens[k + 1].low not in _NUMBER_WORDS \
            and not (k + 2 < len(tokens) and tokens[k + 2].is_word and tokens[k + 2].text.islower() and _plain_plural(tokens[k + 2])):
        words += tokens[k : k + 2]  # "20 women and children", "300 drones and missiles": one group of two nouns
        k += 2
    if not words:
        return (others.text, k) if others is not None else (None, start)  # "the fate of 27 others": others, not fate
    if text and any(t.is_number or t.text == "." for t in words):
        return re.sub(r"\s+", " ", text[words[0].start : words[-1].end]), k  # keeps "F-16 jets", "U.S. soldiers" as written
    return " ".join(t.text for t in words), k


# (a label in bold, as markdown writes it, is a label: "* **Deaths:** at least 49", "- **Killed**: 34")
_LABEL_BEFORE = re.compile(r"\s*(?:" + LIST_MARKER + r")?(?:\*\*|__)?([A-Za-z][\w '’/&()-]{0,80}?)\s*(?:\*\*|__)?:\s*(?:\*\*|__)?\s*$")
_ITEM_END = re.compile(r"[.;]\s+")
_CHANGE_AFTER_LABELLED = re.compile(r"(?<=[:—–])\s*(?:(?:about|approximately|around|some|over|nearly|almost)\s+)?[\d,.]+\s*\(\s*\+?\s*$")
# A label before a dash at the start of its line, as in the daily tallies of losses ("tanks — 10,870 (+4)")
_DASH_LABEL_BEFORE = re.compile(r"\s*(?:" + LIST_MARKER + r")?([A-Za-z][\w '’/&()-]{0,40}?)\s+[—–]\s*$")
_LOSSES_INTRO = re.compile(r"\blosses\b", re.IGNORECASE)
_PARTY_WORDS = frozenset({"parties", "party", "sides", "side", "groups", "factions", "perpetrators", "actors", "forces",
                          "regime", "government", "militias", "unknown"})


def _names_a_party(label: str, lex: "_Lexicon") -> bool:
    """Whether a list label names a party or a place ("Syrian Democratic Forces", "Other parties", "Punjab"), not a
    kind of thing ("tanks", "MLRS")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", label)
    if not words or any(w.lower() in lex.thing_nouns for w in words) or (len(words) == 1 and words[0].isupper()):
        return False
    return words[-1].lower() in _PARTY_WORDS or all(w[:1].isupper() or w.lower() in ("of", "the", "and", "al") for w in words)


_TABLE_SEPARATOR = re.compile(r"\s*\|?\s*:?-{3,}")


def _caliber_at(tokens: list[Token], k: int) -> int | None:
    """Where the noun after a caliber at token k starts ("155mm artillery rounds", "120-mm mortar shells")."""
    j = k + 1
    if _word(tokens, j) == "-" and tokens[j].start == tokens[k].end:
        j += 1
    if _word(tokens, j) not in ("mm", "cm") or tokens[j].start - tokens[j - 1].end > 1:
        return None  # ("155mm", "120-mm", "155 mm")
    return j + 1 if j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].text.islower() else None


_MONTH_NAMES = "(?:" + "|".join(sorted((m for m in MONTH_NUMBERS if len(m) > 3 or m == "may"), key=len, reverse=True)) + ")"


_A_HEADLINES_VERB_AFTER = re.compile(r"(?:[\d.,]+(?:\s+(?:million|billion|thousand))?"
                                     # ("Greece wildfires: thousands evacuated as blaze nears Athens")
                                     r"|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|dozens|scores|millions))"
                                     r"\s+(?-i:[a-z]+ed)\s+(?:out|to|from|in|into|by|as|after|over)\b",
                                     re.IGNORECASE)


# a figure that goes on with a lowercase word of a clause, as a headline's does ("… : 12 survive, 40 missing"; not
# the place or the time of a key figure: "Refugees: 4.2 million in Chad")
_A_CLAUSE_AFTER_THE_FIGURE = re.compile(r"(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost|up\s+to)\s+)?[\w.,+-]+"
                                        r"(?:\s+(?:million|billion|thousand))?\s+(?!(?:in|on|at|across|since|as|of|from|for|to|by|"
                                        r"during|over|under|per|a|an|the|and|or|so|this|last|each|a\s+day)\b)(?-i:[a-z]{2,})\b",
                                        re.IGNORECASE)


def _a_headlines_clause_after(text: str, start: int) -> bool:
    """The figure at ``start`` goes on with a clause, on a line that is no list item nor table row: a headline's."""
    return not LIST_OR_TABLE_LINE.match(text, text.rfind("\n", 0, start) + 1) and _A_CLAUSE_AFTER_THE_FIGURE.match(text, start) is not None


# a number in a label that is no year and no day of a month ("since 15 April 2023" is a label's time)
_A_COUNT_IN_A_LABEL = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\w,.]*\s+" + _MONTH_NAMES + r"\b)(?!\w)", re.IGNORECASE)


def _labelled_what(text: str, start: int, lex: _Lexicon) -> str | None:
    """What a figure under a label counts: "- People in need: 30.4 million" counts people in need (but
    "Killed: 34" names an outcome, and "Total: 500" nothing)."""
    if not any(mark in text[max(0, start - 80) : start] for mark in (":", "|", "—", "–")):
        return None
    label = _label_for(text, start)
    if not label:
        return None
    if _A_HEADLINES_VERB_AFTER.match(text, start) and not LIST_OR_TABLE_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return None  # "Canada wildfires: 17,000 ordered out of Flin Flon": a headline's topic, and its own clause
    if label.strip(" *_") in lex.outcome_words:
        # "| Civilians | 1,068 |" under "| Group | Killed |": the row's first cell names who were killed
        prefix = text[text.rfind("\n", 0, start) + 1 : start]
        cells = prefix.strip().strip("|").split("|")
        if prefix.lstrip().startswith("|") and prefix.count("|") >= 2 and (first := cells[0].strip().strip("*_ ")) \
                and not re.search(r"\d", first) and first.lower() not in ("total", "totals", "all", "overall") \
                and (first.split()[-1].lower() in lex.person_nouns or first.split()[-1].lower() in _IRREGULAR_PLURAL_HEADS
                     or ends_like_a_plural(first.split()[-1])):
            return first  # (not a place: "| North | 1,204 | 3,110 |" under "| Region | Deaths | Injured |")
    if _A_COUNT_IN_A_LABEL.search(label):
        return None  # "The floods killed 94 people: 43 in Cabo Delgado, …": a sentence and its breakdown, not a label
    words = re.findall(r"[a-z]+", label)
    counted = [w for w in words if w in lex.person_nouns or w in _IRREGULAR_PLURAL_HEADS or (
        len(w) > 3 and ends_like_a_plural(w) and w not in lex.outcome_words)]
    if not counted or any(w in ("total", "totals", "source", "sources", "date", "figure", "figures", "note") for w in words):
        return None
    if _a_headlines_clause_after(text, start) \
            and not any(w in lex.person_nouns or w in _IRREGULAR_PLURAL_HEADS or w in lex.non_combatants for w in counted):
        return None  # "Ferry sinks: 12 survive", "Riots: 200 held": a headline's topic names an event, not who is counted
    # (a table row's label may go on to say where and since when: "people displaced from Zamzam camp since 11 April",
    # "civilians killed in El Fasher", "refugees and returnees who have fled Sudan"; but "people in need" is what is counted)
    label = re.split(r"\s+(?:since|during|between|as\s+of|who|which|that)\s+|\s*[(\[]|\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:" + _MONTH_NAMES
                     + r"|(?:19|20)\d\d)\b", label, maxsplit=1)[0].strip()  # ("aid trucks entering gaza in february")
    placed = re.match(r"(.*?\b[a-z]+ed)\s+(?:from|in|on|at|across|near)\s+", label)
    return (placed.group(1) if placed else label) or None


def _list_intro(text: str, start: int, rows: bool = False) -> str | None:
    """The line that introduces the list a figure's line belongs to: the nearest line above ending in a colon,
    past blank lines and other labelled lines (and, with ``rows``, the list's other items and a table's rows)."""
    found = _list_intro_at(text, start, rows)
    return found[1] if found else None


def _list_intro_at(text: str, start: int, rows: bool = False) -> tuple[int, str] | None:
    """(offset, line) of the line ``_list_intro`` reads."""
    end = text.rfind("\n", 0, start) + 1
    for _ in range(40):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start : end - 1]
        end = line_start
        if not line.strip() or _LABELLED_LINE.match(line) or (rows and LIST_OR_TABLE_LINE.match(line)):
            continue
        return (line_start, line) if line.rstrip().endswith(":") else None
    return None


_LABELLED_LINE = re.compile(r"\s*(?:" + LIST_MARKER + r")?(?:\*\*|__)?[A-Za-z][\w '’/&()-]{0,80}?\s*(?:\*\*|__)?(?:[:—–]|\s[—–])\s*(?:\*\*|__)?"
                            r"\s*[~≈]?\s*(?:[A-Za-z]+\s+)?\d")


def _label_for(text: str, start: int) -> str | None:
    """The label a figure stands under in a list or a table: "Killed" in "- Killed: 34", or the header of
    its column in a markdown table ("| Idlib | 21 | 80 |" under "| Governorate | Killed | Injured |")."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if "|" in prefix and not prefix.lstrip().startswith("|"):
        prefix = prefix[prefix.rfind("|") + 1 :]  # "Killed: 5 | Injured: 12": a bar between labelled items, no table
    if "|" not in prefix:
        # (several labels on one line each start after the one before: "Death toll: 42. Injured: 130.")
        item = max((m.end() for m in _ITEM_END.finditer(prefix)), default=0)
        label = _LABEL_BEFORE.fullmatch(_CHANGE_AFTER_LABELLED.sub("", prefix[item:]))  # ("- Killed: 34 (+5)": the change takes the label)
        if label is None and ("—" in prefix or "–" in prefix):
            label = _DASH_LABEL_BEFORE.fullmatch(_CHANGE_AFTER_LABELLED.sub("", prefix))  # ("personnel — about 973,480")
        return label.group(1).lower() if label else None
    if not prefix.lstrip().startswith("|") or not prefix.rstrip().endswith("|"):
        return None
    column = prefix.count("|") - 1
    lines = text[:line_start].split("\n")[:-1]
    block = []
    while lines and lines[-1].lstrip().startswith("|"):
        block.insert(0, lines.pop())
    if len(block) < 2 or not _TABLE_SEPARATOR.match(block[1]):
        return None
    header = [cell.strip() for cell in block[0].strip().strip("|").split("|")]
    if not (0 <= column < len(header) and header[column]):
        return None
    if column > 0 and header[column].lower().strip(" *_") in _GENERIC_HEADERS:
        # "| People displaced since 11 April | 400,000 |" under "| Indicator | Figure |": the row says what is counted
        row = prefix.strip().strip("|").split("|")
        return row[0].strip().strip("*_ ").lower() or None
    return header[column].lower()


# column headings that say nothing of what their figures count
_GENERIC_HEADERS = frozenset({"figure", "figures", "number", "numbers", "value", "values", "total", "count", "#", "n", "no.",
                              "amount", "estimate", "latest", "latest figure", "people", "people affected"})


_ILLNESS_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.load("categories")["illness_words"])) + r")\b")
_INJURY_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.load("categories")["injury_words"])) + r")\b")


def _ill_not_hurt(sentence: str) -> bool:
    """The sentence speaks of illness and of no injury: its hospital cues count the sick."""
    low = sentence.lower()
    return bool(_ILLNESS_WORDS.search(low)) and not _INJURY_WORDS.search(low)


# the commas of a list inside a toll's phrase ("the death toll in this year's floods, landslides and storms rose to 52")
_LISTING_COMMA = re.compile(r",(?=\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z][\w-]*\s+(?:rose|climbed|reached|stood|stands|"
                            r"jumped|increased|has|had|is|was|now|hit|surpassed|passed|topped|to|at)\b)")
# people pulled, dug or found alive ("Rescuers have pulled 61 people alive from the rubble")
_ALIVE_AFTER = re.compile(r"\s+(?:out\s+)?alive\b", re.IGNORECASE)
_PULLED_OUT_BEFORE = re.compile(r"\b(?:pulled|pulling|pull|pulls|rescued|rescuing|dug|digging|found|brought|got|getting|plucked)\s+"
                                r"(?:out\s+)?(?:(?:at\s+least|about|some|around|nearly|more\s+than|another|a\s+further)\s+)?$", re.IGNORECASE)
# the held who got away ("1,534 prisoners had escaped")
_HELD_NOUNS = frozenset(lexicon.load("categories")["held_nouns"])
_ESCAPED_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was|reportedly|also|later)\s+){0,2}(?:escaped|broke\s+out|broken\s+out|fled)\b",
                            re.IGNORECASE)
_MOVED_TO_SHELTERS = re.compile(r"\s+(?:(?:have\s+been|has\s+been|had\s+been|were|was|are\s+being)\s+(?:moved|taken|relocated|sent|transferred|shifted|brought)\s+"
                                r"(?:in)?to|"
                                # ("147,000 are living in 1,094 relief camps": in shelters however many there are)
                                r"(?:are|were|is|was|have\s+been|had\s+been)\s+(?:living|staying|sheltering|housed|accommodated)\s+in)"
                                r"\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]*\s*(?:[\w-]+\s+){0,2}?"
                                r"(?:shelters|camps|evacuation\s+cent(?:re|er)s|relief\s+camps|relief\s+cent(?:re|er)s|safe\s+houses|"
                                # ("Around 1,500 of them have been moved into temporary housing": out of their homes)
                                r"(?:temporary|transitional|emergency)\s+(?:housing|accommodation|homes|shelter))\b",
                                re.IGNORECASE)
# People who left a named place or a place named by its kind (not "left 20 dead", which is before the count)
_LEFT_A_PLACE = re.compile(r"\s+(?:(?:have\s+|had\s+|have\s+now\s+)?left|(?:have|has|had)\s+to\s+leave)\s+"
                           r"(?:(?:(?:the|their)\s+)?(?:besieged\s+|rebel-held\s+|"
                           r"opposition-held\s+|affected\s+|quake-hit\s+|flooded\s+|stricken\s+|devastated\s+|disaster-hit\s+|war-torn\s+|"
                           r"damaged\s+|destroyed\s+)?"
                           r"(?:city|cities|country|town|towns|village|villages|area|areas|region|regions|province|provinces|camp|enclave|homes?)\b"
                           r"|(?-i:[A-Z])[\w'’-]+)"
                           # ("about 850,000 people have crossed into Chad from Sudan": civilians crossing a border are uprooted)
                           r"|\s+(?:have\s+|had\s+|has\s+)?(?:now\s+)?crossed\s+(?:the\s+border\s+)?(?:into|to)\s+(?:neighbou?ring\s+)?(?-i:[A-Z])",
                           re.IGNORECASE)


# prefixes that take back the outcome word they join ("half-dead prisoners" are alive)
_NOT_QUITE = frozenset({"half", "near", "almost", "semi", "un", "non", "not"})


def _category(text: str, tokens: list[Token], cand: _Candidate, what: str | None, what_end: int,
              sentence_span: tuple[int, int], lex: _Lexicon) -> str | None:
    if cand.kind != "count":
        return None
    if cand.value is not None and 0 < abs(cand.value) < 1:
        return None  # "half of the victims", "two thirds of the dead": a share of a toll, not a toll
    if what and what.split()[-1].lower() in _CHARGE_NOUNS:
        return "other"  # "charged with three counts of murder": charges, whatever the crime
    if what and what.split()[-1].lower() in _EVENT_NOUNS:
        return "other"  # "dozens of massacres": events, not the dead
    s_start, s_end = sentence_span
    after_start = tokens[what_end - 1].end if what_end > cand.last + 1 else tokens[cand.last].end
    if _MOVED_TO_SHELTERS.match(text, after_start) and (not what or what.split()[-1].lower() in lex.person_nouns
                                                          or what.split()[-1].lower() in lex.non_combatants
                                                          or what.lower() in ("them", "whom", "those")):
        return "displaced"  # "Nearly 44,000 people have been moved to 437 government-run shelters": in shelters
    if _ALIVE_AFTER.match(text, after_start) and _PULLED_OUT_BEFORE.search(text, max(s_start, tokens[cand.first].start - 40), tokens[cand.first].start):
        return "evacuated"  # "Rescuers have pulled 61 people alive from the rubble": rescued, as "pulled out alive" are
    if what and what.split()[-1].lower() in _HELD_NOUNS and _ESCAPED_AFTER.match(text, after_start):
        return "other"  # "1,534 prisoners had escaped from a jail", "4,000 prisoners fled": who got away is held no longer
    if _LEFT_A_PLACE.match(text, after_start) and (not what or what.split()[-1].lower() in lex.non_combatants
                                                   or what.split()[-1].lower() in _IRREGULAR_PLURAL_HEADS
                                                   # ("About 9,000 Israelis had to leave damaged homes": a people)
                                                   or re.fullmatch(r"[A-Z][a-z]+(?:ans|is|ese|ns)", what) is not None):
        return "displaced"  # "More than 5,000 people left Fuaa and Kafraya", "2,200 left the besieged town": who leaves a place
    after = text[after_start:s_end]
    if "—" in after or "–" in after or " - " in after:
        opening = text[s_start : tokens[cand.first].start]
        if OPENING_WHOLE.fullmatch(opening) or len(_SPACED_DASH.findall(opening)) % 2:
            # "Of the 25 people aboard — 21 sailors, a captain and three guards — ten have been rescued": the whole in its
            # opening phrase and the parts in the aside have no verb of their own; the one after the dash is the part's
            after = _SPACED_DASH.split(after, maxsplit=1)[0]
    told_after = re.split(r"[;:.!?]", after[:90].lower(), maxsplit=1)[0]  # (with its commas: "have been shot, beheaded or both")
    if after[:1] in ('"', "”", "’"):
        after = " " + after[1:]  # '"hundreds" more were wounded': the quote closes the figure, not the clause
    if _OF_PHRASE.match(after):
        # 'members of the "Islamic State" organization were killed', "members of Syria's (pro-regime militia)
        # National Defence Forces were killed": quotes and brackets inside the group's name do not end the clause
        after = _SHORT_BRACKETS.sub(" ", after[:200])
        after = re.sub(r"[\"“”]", " ", after)
    elif (aside := _BRACKET_ASIDE_FIRST.match(after)) is not None:
        after = " " + after[aside.end() :]  # "1.7 million people (75 per cent of the population) are displaced": an aside
    elif "(" in after[:120]:
        after = _ACRONYM_BRACKETS.sub(lambda m: " " if _spells_out(m) else m.group(), after[:200])
        # ("… and one SARC (Syrian Arab Red Crescent) staff member were killed": a name spelt out is no clause break)
    if " - " in after[:200] or " – " in after[:200] or " — " in after[:200]:
        after = _DASH_ASIDE.sub(" ", after[:300])  # "86 members of government forces - who include … - were killed"
    if (place_relative := _PLACE_THEN_WHICH.search(after[:200])) is not None \
            and not re.search(r"\b(?:were|was|are|is|have|has|had)\b", re.split(r"[,;:.!?]", after[place_relative.end() : 200], maxsplit=1)[0]):
        after = after[: place_relative.end(1)]  # "hundreds of families from Daraya which was evacuated …": the place's own
        # history, not what befell the families
    if (closing := _A_BOUND_ASIDE_ENDS.match(after)) is not None \
            and _A_BOUND_ASIDE_OPENED.search(text, max(s_start, tokens[cand.first].start - 40), tokens[cand.first].start):
        after = " " + after[closing.end() :]  # "hundreds, possibly thousands, could have died": the bound shares the verb
    stop = re.search(r"[,;:.!?()\"“”]", after)
    comma = stop is not None and after[stop.start()] == ","
    # "A third of the population, or 1.2m people, fled": the figure restates the subject, whose verb follows the aside
    restated = comma and _RESTATED_BEFORE.search(text, max(s_start, tokens[cand.first].start - 8), tokens[cand.first].start)
    # "2.3 million Gazans, nearly the entire population, have been displaced": read past the aside
    appositive = _APPOSITIVE.match(after[stop.end() :]) if comma and not restated else None
    if restated or appositive:
        rest = after[stop.end() + (appositive.end() if appositive else 0) :]
        tail = re.search(r"[,;:.!?()\"“”]", rest)
        after = (after[: stop.start()] + " " + rest[: tail.start() if tail else 90])[:120].lower()
    else:
        after = after[: stop.start() if stop else 90][:90].lower()
    if "aged" in after:
        after = _AGED_AFTER.sub(" ", after, count=1)  # "three teenagers aged 15 to 17 were detained": the age is an aside
    other = _ANOTHER_FIGURE.search(after)
    if other:  # "killed hundreds of thousands and driven more than 11 million from their homes": the cue is the next one's
        after = after[: other.start()]
    for verb_then_figure in _VERB_THEN_NEXT_FIGURE.finditer(after):
        if not re.sub(r"\b(?:were|was|are|is|have|has|had|been|be|also|later|who|that|which)\b", "", after[: verb_then_figure.start()]).strip():
            continue  # ("10 civilians killed 15 injured", "17 people were killed two of them …", "five soldiers who killed
            # 12 protesters were arrested": the figure's own verb)
        if verb_then_figure.group(1).endswith(("ed", "ing")) or verb_then_figure.group(1) in _IRREGULAR_PAST:
            after = after[: verb_then_figure.start()]  # "a clinic serving thousands of Syrians has left two patients dead":
            break  # the state after the next figure is that figure's
    subordinate = _SUBORDINATE_AFTER.search(after)
    if subordinate:  # "took some 2000 civilians as they fled": the fleeing is the subject's, in a clause of its own
        after = after[: subordinate.start()]
    if "search" in after:
        after = _SEARCHERS_FOR.sub(_blank, after)  # "sent five teams to search for survivors": the figure searches, no one is missing
    added = _ADDED_REPORT.search(after)
    if added:  # "put the death toll at least at 85 adding that 50 civilians were also wounded": the next report's verb
        after = after[: added.start()]
    before = text[s_start : tokens[cand.first].start]
    before = _QUOTED_VERB_AT_END.sub(r"\1 ", before)  # had "neutralised" 45 militants: the quoted verb governs
    before = _OPENING_QUOTE_AT_END.sub(" ", before)  # killed "dozens of terrorists": the quote opens the figure
    if '"' in before or "“" in before:
        before = _VERB_THEN_OPEN_QUOTE.sub(r"\1 ", before)  # killing "a woman with four of her children …": the verb governs
    if "(" in before:  # "killing two men from (Lebanese Shia group) Hezballah and three men": an aside, not a new clause
        before = _ASIDE_IN_A_CLAUSE.sub(lambda m: " " * len(m.group()), before)
    cut = max(before.rfind(ch) for ch in ",;:(\"“”")
    if cut > 0 and before[cut] == "," and re.fullmatch(r"\s*(?:to|at)\s*", before[cut + 1 :]):
        cut = max(before.rfind(ch, 0, cut) for ch in ",;:(\"“”")  # "put the death toll lower, at 1,023": the level's own clause
    listed = _OBJECTS_LISTED_BEFORE.search(before) if cut > 0 and before[cut] == "," else None
    before = (listed.group() if listed else before[cut + 1 :])[-60:].lower()  # ("killed a father, mother and their eight
    # children": the verb before the list of its objects)
    if cut > 0 and (opening := _OPENING_WHOLE_PHRASE.fullmatch(text, s_start, tokens[cand.first].start)) is not None:
        before = opening.group(1).lower()  # "Of the people killed by the army, about 250 were children": a part of the dead
    number_of = None
    for number_of in (_THE_NUMBER_OF.finditer(text, s_start, tokens[cand.first].start)
                      if text.find("umber", s_start, tokens[cand.first].start) >= 0 else ()):  # (a cheap look first)
        pass
    if number_of is not None and cut > 0 and number_of.end() <= s_start + cut \
            and not re.search(r"[;:()]", text[number_of.end() : tokens[cand.first].start]) \
            and _LEVEL_VERB_AT_END.search(before):
        # "The number of people forced to flee war, violence and persecution worldwide reached a record 122.1 million":
        # the commas are inside the phrase that says what is counted, which the level's verb closes
        before = " ".join(text[number_of.start() : tokens[cand.first].start].replace(",", " ").split()).lower()
    subordinates = list(_SUBORDINATOR.finditer(before))
    if subordinates:  # "arrested 142 people after tens of thousands marched": the verb before "after" is another clause's
        before = before[subordinates[-1].end() :]
    # "sentenced 14 people to death and 30 others to life": a court's sentence, not a toll
    before, after = _SENTENCED_TO_DEATH.sub(r"\1\2", before), _SENTENCED_TO_DEATH.sub(r"\1\2", after)
    if _SENTENCING_VERB_AT_END.search(before):  # "sentences 25 to death": the verb before the count, the sentence after
        after = _TO_DEATH_SOON.sub(r"\1", after)
    if "arrest" in before:
        before = _NOT_AN_ARREST.sub(_blank, before)  # "issued arrest warrants for 12 officials": none arrested yet
    if "fighting" in after or "fighting" in before:  # "since the fighting flared": the noun deploys no one
        after, before = _FIGHTING_NOUN.sub(_blank, after), _FIGHTING_NOUN.sub(_blank, before)
    if before.endswith("all but "):
        return "other"  # "killing all but two of those on board": the two were spared
    if _FATALLY.match(after):
        return "killed"  # "Ten people were shot, three of them fatally": the part that died
    if _POPULATION_OF.search(before):
        return "other"  # "90% of Gaza's population of 2.3 million has been displaced": the whole, not those displaced
    if _PREDICATE_IN_THE.search(before):
        after = re.split(r"\b(?:and|but|while)\b", after, maxsplit=1)[0]  # "The casualties are in their hundreds and
        # many civilians have been kidnapped": the figure ends its clause, what follows "and" is another's
    what_l = (what or "").lower()

    def earliest(window: str, use_nouns: bool, nearest_end: bool) -> str | None:
        best: tuple[int, int, int, str] | None = None
        if not window:
            return None
        for order, (name, verbs, nouns) in enumerate(lex.categories):
            pattern = nouns if use_nouns else verbs
            if pattern is None:
                continue
            matches = list(pattern.finditer(window)) if nearest_end else [pattern.search(window)]
            for m in matches[-1:] if nearest_end else matches:
                if m is None:
                    continue
                pos = -m.end() if nearest_end else m.start()
                key = (pos, -len(m.group()), order, name)  # (at one place the longer cue: "were shot dead" over "were shot")
                if best is None or key < best:
                    best = key
        return best[-1] if best else None

    numbering = _NUMBERING_AFTER.search(text, max(s_start, tokens[cand.first].start - 60), tokens[cand.first].start)
    if numbering:  # "The injured, numbering about 50, were taken to hospitals": the group before the comma
        named = earliest(numbering.group(1).lower(), True, False) or earliest(numbering.group(1).lower(), False, False)
        if named:
            return named
    if (toll_aside := _A_TOLL_THAT_INCLUDES.search(text, max(s_start, tokens[cand.first].start - 60), tokens[cand.first].start)):
        named = earliest(toll_aside.group(1).lower(), False, False) or earliest(toll_aside.group(1).lower(), True, False)
        if named:
            return named  # "The toll, which includes 12 children, rose to 87": the children are among the dead
    label = _label_for(text, tokens[cand.first].start)
    if label and what_l and what_l in lex.outcome_words:
        label = None  # "Casualties: 50 dead, 80 wounded": each figure names its own outcome
    if label:  # "- Killed: 34", a table's "Injured" column: the label names the outcome
        labelled = earliest(label, False, False) or (
            # (a headline's topic names who, not what befell them: "Migrants: 61 missing at sea")
            # (but an outcome's noun still names it: "Russian losses: 1,200 soldiers in a day")
            None if _a_headlines_clause_after(text, tokens[cand.first].start)
            and not any(_names_an_outcome(w, lex) for w in re.findall(r"[a-z]+", label)) else earliest(label, True, False))
        intro = _list_intro(text, tokens[cand.first].start) or ""
        if labelled == "deployed" and _LOSSES_INTRO.search(intro):
            return "killed_or_wounded"  # "The total combat losses of the enemy were: / personnel — about 973,480"
        if labelled in (None, "deployed") and intro and not _LOSSES_INTRO.search(intro) \
                and (labelled == "deployed" or _names_a_party(label, lex)) and (
                told := earliest(intro.lower(), True, False) or earliest(intro.lower(), False, False)) not in (None, "deployed"):
            return told  # "the deaths were distributed among the parties as follows: / - Syrian Democratic Forces: 9": the
            # label names who caused them, the line above what they are
        if labelled:
            return labelled

    # "killed or wounded" beats "killed" at the same position through the category order. A verb after
    # the figure decides first; then the counted noun; then a verb before it. Deployment cues before a
    # figure ("troops who engaged in combat ... suffered 1,100 casualties") are the weakest signal.
    # A verb right before the number governs it ("killed 12 and wounded 30"; not "were killed and 30").
    # A figure that names its own outcome ("31 dead and 120 injured") does not take the next figure's;
    # coordinated groups share their verb ("30 soldiers and 39 fighters were killed").
    # A word before a plural noun modifies it ("armored personnel carriers", "refugee camps", "casualty
    # figures"): it names neither what is counted nor its outcome. Title-case headlines are read whole.
    what_words = re.split(r"\s+of\s+", what_l, maxsplit=1)[0].split()  # ("members of the same family": members)
    title_case = bool(what) and len(what.split()) > 1 and all(w[:1].isupper() for w in what.split())
    core = what_words if title_case else [
        w for i, w in enumerate(what_words)
        if not (i + 1 < len(what_words) and len(what_words[i + 1]) > 3 and what_words[i + 1].endswith("s")
                and not what_words[i + 1].endswith("ss") and w not in ("and", "or")  # ("deaths and disappearances")
                # (but a compound that ends in an outcome word names the outcome: "1,900 war-wounded patients")
                and not ("-" in w and w.rsplit("-", 1)[-1] in lex.outcome_words and w.split("-", 1)[0] not in _NOT_QUITE))]
    counts_people = not what_words or any(w in lex.person_nouns or w in ("them", "whom", "those", "others") for w in core) \
        or (not title_case and _is_demonym_plural(what.split()[-1]))  # "2 Syrians", "15 Kurds"
    if what_l == "force" and re.match(r"-?\s*strong\b", text[tokens[cand.last].end : tokens[cand.last].end + 8]):
        what_words = core = ["forces"]  # "a 1,000-strong force was deployed": a force named by its strength is a force
    own_outcome = earliest(" ".join(w.rsplit("-", 1)[-1] if "-" in w and w.rsplit("-", 1)[-1] in lex.outcome_words
                                    and w.split("-", 1)[0] not in _NOT_QUITE else w for w in core), True, False)
    if own_outcome is None and len(what_words) >= 2 and not title_case:
        # "230,000 asylum seekers": a noun of two words that a category names whole (not "refugee camps")
        two = " ".join(what_words[-2:])
        own_outcome = _noun_category(two, lex)
    if own_outcome == "deployed" and "and" in what_words and any(w in lex.non_combatants for w in what_words):
        own_outcome = None  # "hundreds of families and fighters": no force as a whole
    if own_outcome != "killed_or_wounded" and earliest(what_l, True, False) == "killed_or_wounded":
        own_outcome = "killed_or_wounded"  # "hundreds of dead and injured people": the pair, before the noun it modifies
    whole = _WHOLE_OF_A_PART.search(before)
    part_word = whole.group(1).lower() if whole else ""
    if whole and (part_word[:1].isdigit() or part_word in grammar().starters or part_word in _PART_WORDS
                  or part_word.rstrip("s").split("-")[-1] in _PART_WORDS):  # ("two-thirds", "a fifth")
        # "at least 15 of the 350 hostages have been shot": the verb tells the part's fate, not the whole's; the
        # whole has only its own participle or noun ("two of the five soldiers killed", "of the 350 hostages")
        if whole.group(1).lower() == "none" and re.match(r"\s*(?:[a-z]+\s+){0,3}?(?:have\s+|had\s+)?survived\b", after):
            return "killed"  # "None of the 43 passengers survived": all of them died
        participle = re.match(r"\s*([a-z]+ed)\b", after)
        if participle and not _FINITE_VERB_LATER.search(after, participle.end()):
            participle = None  # "a third of the 1,200 residents fled": the part's own verb, not the whole's participle
        named_by_a_participle = earliest(what_l, False, False) if what_l.endswith("ed") and " " not in what_l else None
        # ("Half of the 2,000 displaced are children": the participle after "the 2,000" names them)
        return (earliest(participle.group(1), False, False) if participle else None) or own_outcome or named_by_a_participle or "other"
    if (listed_part := _PART_BEFORE_THE_WHOLES_VERB.match(after)) is not None:
        after = " " + after[listed_part.end() :]  # "700 people including 47 wounded had crossed the border": the whole's own verb
    coordinated = _NEXT_FIGURE.search(after)
    if coordinated and (not what_l or own_outcome not in (None, "deployed")
                        or (not counts_people and _names_its_own_outcome(after[coordinated.end() :], lex))):
        # ("32 cases and 627 arrests": the next figure's noun is its own outcome, not a verb both share)
        after = after[: coordinated.start()]
    next_object = _NEXT_VERB_FIGURE.search(after)
    if next_object is None and before.strip() and _is_outcome_word(before.split()[-1], lex) \
            and (verb_then := _VERB_THEN_FIGURE.match(after)) and _is_outcome_word(verb_then.group(1), lex):
        next_object = verb_then  # ("killed 3 wounded 12": the verb before governs; not "3 killed 5 injured")
    if next_object:  # "has infected more than 4,500 people and killed 112", "killed 3 wounded 12": that verb has its own figure
        after = after[: next_object.start()]
    if lex.release_cues.search(after):
        return "other"  # "203 were later released without charge": let go, no longer held
    if (part_of := _PART_OF_THE_PARTICIPLE.match(after)) is not None and earliest(after[part_of.end() :], False, False) is not None:
        after = " " + after[part_of.end() :]  # "23 of the abducted had been rescued": the part's own fate, not the whole's
    own_before = _OWN_VERB_BEFORE.search(before)
    if own_before and (own_before.group(1).endswith(("ed", "ing")) or own_before.group(1) in _IRREGULAR_PAST) \
            and own_before.group(1) not in ("included", "numbered", "comprised") and earliest(own_before.group(1), False, False) is None:
        before = before[own_before.start(1) :]  # "killed 87 civilians … and left hundreds suffering": "left" governs
        # ("killing at least 10 people and freeing 529 inmates": the freeing, which kills no one)
    if earliest(before, False, True) is not None:
        # "claimed the lives of over 470000 people injured 1.9 million others" (the commas lost): with a cue of its
        # own before it, a figure leaves a verb that opens the next figure to that one (not a passive: "were
        # injured 3 km from the border"; nor a headline's "2 Civilians Killed 10 Injured", which has no cue before)
        verb_of_the_next = next((m for m in _VERB_OF_THE_NEXT_FIGURE.finditer(after)
                                 if not re.search(r"\b(?:were|was|are|is|been|be)\s*$", after[: m.start()])), None)
        if verb_of_the_next:
            after = after[: verb_of_the_next.start()]
    near = ADDITION_AT_END.sub("", before.rstrip()).rstrip()  # "to kill another 20 fighters": the verb still governs
    head = what_words[-1] if what_words else ""
    if head in lex.person_nouns and lex.loss_cue.search(near):
        if head in _LOST_KIN or " ".join(what_words[-2:]) in _LOST_KIN \
                or (head == "members" and re.search(r"\bfamil(?:y|ies)\b(?:\s+\w+){0,3}\s+lost\b", near)) \
                or (head in lex.non_combatants and _A_COMMUNITY_LOST.search(near)):
            return "killed"  # "who lost three children", "his family had lost 12 members": kin lost are dead; so are the
            # people a village loses ("a village of 100 households that lost 68 people")
        if head not in _LOST_NOT_HURT:
            return "killed_or_wounded"  # "has lost more than 300,000 troops" (not "has lost 300 employees to rivals")
    if head in _FORCE_NOUNS and _LOST_AFTER.match(after):
        return "killed_or_wounded"  # "Kyiv says 1,700 Russian troops lost in past day": the losses of a force (not
        # "hikers lost in the mountains")
    if head in lex.person_nouns and lex.destroy_cue.search(near):
        return "killed"  # "Russian jets destroyed up to 300 militants"
    if head in lex.person_nouns and (passive := _PASSIVE_OF_A_VERB.match(after)) and _DESTROYED.match(after, passive.end()):
        return "killed"  # "up to 80 fighters were destroyed in the strike", as military statements put it
    if len(what_words) == 1 and what_words[0] in lex.outcome_words:  # ("5 killed": a verb form standing for the people)
        own_outcome = own_outcome or earliest(what_words[0], False, False)
    def with_pair(state: str | None) -> str | None:
        """The state a figure names, or both when another follows: "scores of dead and wounded"."""
        pair = _OUTCOME_PAIR.match(after) or _HEADLINE_PAIR.match(told_after)  # ("Dozens killed, injured in …")
        other = earliest(pair.group(1), True, False) if pair else None
        return _PAIRED_STATES.get(frozenset({state, other}), state) if other not in (None, state) else state

    if own_outcome and own_outcome != "killed" and len(what_words) == 1 and what_words[0] in lex.outcome_words \
            and re.match(r"\s+of\s+(?:the|those)\s", text[tokens[cand.last].end : tokens[cand.last].end + 12]) \
            and earliest(re.split(r"[;:,.]", after, maxsplit=1)[0], False, False) == "killed":
        return "killed"  # "Two of the injured later died": the part's own fate
    if own_outcome and len(what_words) == 1 and what_words[0] in lex.outcome_words:
        return with_pair(own_outcome)  # "20 civilians killed 30 injured": the figure names its own outcome
    window = text[max(s_start, tokens[cand.first].start - 160) : tokens[cand.first].start]
    # "The toll, which stood at 50 on Tuesday, rose to 72": a relative clause between the toll and its verb
    window = _RELATIVE_ASIDE.sub(" ", _SHORT_BRACKETS.sub(" ", window))  # ("Daesh (banned in Russia) attack")
    window = _RELATIVE_OPEN.sub(" which ", window)
    if '"' in window or "“" in window:
        window = _SHORT_QUOTE.sub(lambda m: " " + (m.group(1) or m.group(2)) + " ", window)  # ('in a "de-escalation zone" has risen to')
    if "," in window and "toll" in window:
        window = _LISTING_COMMA.sub(" ", window)  # ("the death toll in this year's floods, landslides and storms rose to 52")
    cut = max(window.rfind(ch) for ch in ",;:(\"“”")
    if cut > 0 and re.fullmatch(r"\s*(?:to|at)\s*", window[cut + 1 :]):
        cut = max(window.rfind(ch, 0, cut) for ch in ",;:(\"“”")  # "The toll has risen fivefold since Monday, to 250"
    clause = window[cut + 1 :].lower()
    toll = (_TOLL_THEN_LEVEL.search(clause) or _TOLL_BROUGHT_TO.search(clause)) \
        if "toll" in clause or "number of" in clause or "losses" in clause else None
    if toll and (counts_people or not what_words):  # "the death toll from the blast … reached at least 112 people"
        state = earliest(toll.group(1), False, False) or earliest(toll.group(1), True, False)  # ("the number of migrants detained": the participle decides)
        if state == "killed_or_wounded" and toll.group(1) == "losses" \
                and (own := earliest(re.split(r"[;:,.]", after, maxsplit=1)[0], False, False)) is not None:
            state = own  # "Confirmed losses of terrorists totaled 304 militants killed and more than 170 wounded": each its own
        if state:
            return state
    # ("The dead included three soldiers, a hotel guard and eight civilians": all of them; so after semicolons, unless the
    # item has a verb of its own: "The dead were 12 soldiers; 40 others were wounded")
    in_a_list = "and" in near or (";" in text[max(s_start, tokens[cand.first].start - 4) : tokens[cand.first].start]
                                  and not _A_VERB_OF_ITS_OWN.match(after))
    among = _AMONG_THE_BEFORE.search(near) or (
        _AMONG_THE_LISTED.search(text, max(s_start, tokens[cand.first].start - 160), tokens[cand.first].start) if in_a_list else None)
    if among and counts_people:  # "the dead included 109 evacuees", "among the injured were 12 children"
        state = earliest(among.group(1), True, False)
        if state:
            return state
    if counts_people and _THEY_INCLUDED.search(near) is not None \
            and (dead := re.search(r"\bthe\s+(dead|killed|wounded|injured|victims|casualties)\s+(?:were|are|was|included)\b",
                                   text[s_start : tokens[cand.first].start], re.IGNORECASE)) is not None:
        # "most of the dead were evacuees but they also included several rebels": the rebels were among the dead
        state = earliest(dead.group(1).lower(), True, False)
        if state:
            return state
    right_before = near.rsplit(None, 1)[-1] if near else ""
    if right_before in lex.verbs_right_before and not (head and head in lex.thing_nouns):
        return lex.verbs_right_before[right_before]  # "kills six and wounds 19" (but "buried 40 homes" are things)
    if counts_people and _CONDITION_OF.search(near) and _HOW_THEY_FARE.search(after):
        return "wounded"  # "the condition of five is stated to be critical": the hurt, whose state is told
    if right_before in ("treated", "treating", "treats", "treat") and counts_people and _TREATED_FOR.match(after):
        return "wounded"  # "Paramedics treated 37 people for smoke inhalation": the treated were hurt
    if right_before in _CLAIM_WORDS and counts_people and what_words and cand.first >= 1 \
            and _claims_victims(tokens, cand.first - 1, len(tokens) - 1, lex):
        return "killed"  # "the strikes claimed more than 100 civilians": the lives they took
    state = _LEFT_IN_STATE.match(after) or _LEFT_WITH_OTHERS_IN_STATE.match(after)
    if state and counts_people and not _ALIVE_WORDS.intersection(what_words):
        # "left 20 civilians dead", "2 killed, 5 injured", "dozens of residents dead or injured" (but "found 12 surviving
        # passengers and 40 others dead": the survivors met no death)
        after = after[state.end():]
        return with_pair(earliest(state.group(1), False, False) or earliest(state.group(1), True, False))
    things = head in lex.thing_nouns and not counts_people  # "seized 60 Kurdish villages": not people taken
    if len(what_words) > 1 and what_words[-1] in lex.outcome_words and counts_people:
        return with_pair(earliest(what_words[-1], True, False) or own_outcome)  # "left 40 government soldiers dead"
    if own_outcome in ("killed", "wounded", "killed_or_wounded") and not counts_people and not things:
        return own_outcome  # "claimed hundreds of lives, wounded many others": the noun names its own outcome
    if near and own_outcome in (None, "deployed") and _KIN_OF.search(near):
        return "other"  # "executed the families of five alleged rebels": the families met the verb, not the five
    fate = _FATE_OF.search(near) if near else None
    if fate and (fated := earliest(fate.group(1), True, False)):
        return fated  # "causing the injury of three of the prisoners": the fate named before the number decides
    near_verb = earliest(near[-25:], False, True) if near else None
    first_object = _FIRST_OBJECT_THEN_AND.search(near) if near and what_words and (near_verb is None or not _ends_with_cue(near, near_verb, lex)) \
        and not re.match(r"\s*(?:are|were|is|was|remain|remains|remained|have|has|had)\b", after) else None  # (not "… and five remain")
    if first_object and (verb_before := earliest(near[: first_object.start()][-25:], False, True)) \
            and _ends_with_cue(near[: first_object.start()], verb_before, lex):
        near = near[: first_object.start()]  # "killed a commander as well as five of his entourage": one verb, two objects
        near_verb = verb_before
    # "five people died and eight others experienced breathing difficulties": after "and", a figure with a verb
    # of its own that names no outcome takes none from the verb before it
    after_more = re.sub(r"^\s*(?:more|others|other)\b", "", after)  # ("dozens more suffered …")
    verb_of_its_own = bool(re.search(r"\b(?:and|but|while|that)(?:\s+another)?$", before.rstrip())) \
        and (own := _FIRST_VERB_AFTER.match(after_more)) is not None \
        and _PASSIVE_AUXILIARY.fullmatch(after_more[: own.start(1)].strip()) and (own.group(1).endswith("ed") or own.group(1) in _IRREGULAR_PAST) \
        and earliest(own.group(1), False, False) is None and own.group(1) not in ("was", "were", "had")
    if verb_of_its_own:
        near_verb = None
    if near_verb and near_verb != "deployed" and re.search(r"\w$", near) and _ends_with_cue(near, near_verb, lex) \
            and not things:  # ("captured two villages", "captured 3 tanks": no prisoners taken)
        if near_verb in ("arrested", "kidnapped", "captured") and _THEN_KILLED.match(after.lstrip()[:60]):
            return "killed"  # "rounded up hundreds of tribesmen and executed them", "abducted 12 villagers and later killed them"
        if near_verb == "evacuated" and counts_people and len(what_words) > 1 \
                and (hurt := earliest(" ".join(what_words[:-1]), True, False)) in ("wounded", "killed"):
            return hurt  # "rescued 11 injured people", "evacuated 50 wounded civilians": the hurt, whoever moved them
        return near_verb
    if counts_people and own_outcome in (None, "deployed") and _TAKEN_TO_HOSPITALS.match(after):
        return "wounded"  # "Thirty-five people were taken to five hospitals": the hurt, however many hospitals
    own_verb = _FIRST_VERB_AFTER.match(after)
    undergoes_another_verb = False
    reduced = _REDUCED_RELATIVE.match(after, own_verb.end(1)) if (
        own_verb and own_verb.group(1).endswith("ed") and not after[: own_verb.start(1)].strip()  # (no "were" before it)
        and earliest(own_verb.group(1), False, False) in (None, "deployed")) else None  # ("66 journalists killed in 2014 …")
    if reduced:  # "30 soldiers stationed in the area were killed": the clause's own verb comes after the participle
        after = " " + after[reduced.end() :]
        own_verb = _FIRST_VERB_AFTER.match(after)
    next_word = own_verb.end(1) + 1 if own_verb else 0
    joined = _THEN_A_SECOND_VERB.match(after, own_verb.end(1)) if own_verb else None
    if joined:
        next_word = joined.end()  # "180 women were raped and burned to death", "tortured and killed": the second verb tells the fate
    if own_verb and (own_verb.group(1).endswith("ed") or own_verb.group(1) in _IRREGULAR_PAST) \
            and not any(verbs is not None and (verbs.match(after, own_verb.start(1)) or verbs.match(after, next_word)
                                               or _cue_ending_at(verbs, after, own_verb.end(1))  # ("were shot")
                                               or (own_verb.group(1) in ("held", "returned", "released", "freed", "repatriated")
                                                   and verbs.search(" ".join(after[next_word:].split()[:3]))))
                        for _, verbs, _ in lex.categories):
        # ("tortured to death", "shot dead": the cue right after; "held in Russian captivity", "returned from Ukrainian
        # captivity": the cue where they are held or were)
        undergoes_another_verb = bool(_PASSIVE_BEFORE.search(after[: own_verb.start(1)]))
        after = after[: own_verb.start(1)]  # "five attackers blew themselves up outside a camp for displaced Syrians"
    if (not counts_people or head not in lex.non_combatants) and _acts_on_an_object(
            after, lex, lambda verb: earliest(verb, False, False) is not None and verb not in ("fled", "flee", "flees", "fleeing")):
        # "three gunmen killed 12 people": the figure did the killing, its object suffered it; what befell the
        # figure comes later if at all ("five soldiers who killed 12 civilians were arrested"); but who flees
        # a place is displaced ("1,000 Afghans fled the country")
        passive = _LATER_PASSIVE.search(after)
        after = " " + after[passive.start() :] if passive else ""
    # ("released 1,968 prisoners in exchange for 20 living hostages and the bodies of 28 others": "the bodies of" is the 28's)
    after_verb = earliest(_CUE_OF_THE_NEXT.sub(lambda m: " " * len(m.group()), after), False, False)
    if after_verb in ("arrested", "kidnapped", "captured") and _THEN_KILLED.search(after):
        return "killed"  # "41 rebels were rounded up and executed", "were abducted and later killed": taken, then killed
    if after_verb == "killed_or_wounded" and own_outcome == "killed" and _SHOT_PASSIVE.match(after) \
            and re.match(r"\s+of\s+(?:the|those)\s", text[tokens[cand.last].end : tokens[cand.last].end + 12]):
        return "killed"  # "18 of the victims were shot in the past week": the dead, shot
    if after_verb == "killed_or_wounded" and (shot := _SHOT.search(told_after)) \
            and earliest(told_after[shot.end() : shot.end() + 30], False, False) == "killed":
        return "killed"  # "have been shot, beheaded or both": put to death either way
    if after_verb == "deployed" and not counts_people and not _is_force(what_words, lex):
        after_verb = None  # "2 million more vaccine doses to be sent": things sent are no deployment ("sent 40 tanks" neither)
    if after_verb == "missing" and _TRAPPED_IN_A_PLACE.search(told_after):
        return "other"  # "Up to 300000 people are still believed to be trapped in the besieged parts of the city": besieged
    if after_verb and not (head in lex.thing_nouns and not counts_people):  # "launched 60 missiles ... killing nine"
        return after_verb
    # (a thing's modifiers name no outcome: "40 Bradley fighting vehicles" are not deployed people)
    noun = own_outcome or earliest(" ".join(core) if things else what_l, False, False)
    if noun and noun != "deployed":
        return noun
    if own_outcome == "deployed" and any(w in _CIVILIAN_MODIFIERS for w in what_words[:-1]):
        return "other"  # "two medical personnel", "aid personnel": staff, not troops
    included = _INCLUDED_PART.match(after) or _AND_THE_NEXT_GROUP.match(after)
    # ("ten civilians including children were among the dead", "13 peacekeepers and three soldiers were among the dead")
    become = _BECOME.match(after, included.end() if included else 0) \
        or _AMONG_THE_LATER.match(after, included.end() if included else 0)  # ("… from a girls' summer camp were among the dead")
    if become and (counts_people or (re.match(r"\s*among\s+the\s", after[become.end() :]) is not None and head not in lex.thing_nouns
                                     and not _names_an_outcome(head, lex))):
        # "three million Syrians have become refugees", "20 were casualties"; "Twenty-seven campers … were among the dead":
        # whoever is among the dead is people
        phrase = re.split(r"[,;:.]|\b(?:in|of|from|at|by|on|with|after|and|as|who|which|that)\b", after[become.end() :], maxsplit=1)[0]
        complement = earliest(phrase[:30], True, False)
        if complement:
            return complement
    before_verb = earliest(before, False, True) if not verb_of_its_own else None
    if before_verb == "deployed" and (head in lex.non_combatants or head in _NOT_FORCES):
        before_verb = None  # "fighting has raised concerns for 1.5 million civilians": civilians are not deployed
    if before_verb and (before_verb != "deployed" or noun is None) and (not head or head in lex.person_nouns):
        return before_verb  # "detained 150 suspects in raids across 21 provinces": provinces are not detained
    # "putting casualties at around 1,100", "the number of dead at no fewer than 100"
    before_noun = earliest(before, True, True)
    if before_noun == "deployed" and (head in lex.non_combatants or head in _NOT_FORCES or head in ("whom", "which", "them", "those")):
        before_noun = None  # "forces control the west with about 1.2 million people": the people are not the forces (nor
        # are "civilians some 275000 of whom remain", after "Rebels say")
    if before_noun and noun is None and (counts_people or what_end <= cand.last + 1):
        return before_noun
    if noun == "deployed" and _FREED_BEFORE.search(before):
        return "captured"  # "Russia freed 270 soldiers in the swap": prisoners let go, as "exchanged 270 soldiers" are
    if noun == "deployed" and (undergoes_another_verb or _RETURNED_AFTER.match(after)):
        return "other"  # "390 soldiers were returned in the swap", "270 soldiers had returned home": what befell them is
        # no deployment
    if noun == "deployed" and own_verb is not None and own_verb.group(1) in (
            "suffered", "sustained", "experienced", "developed", "showed", "received", "needed", "required"):
        return "other"  # "at least 12 YPG fighters suffered symptoms including choking": what they suffered is no deployment
    if noun == "deployed" and own_outcome is None and len(what_words) > 1:
        return "other"  # a deployment verb inside a name ("15 Bradley Fighting Vehicles") deploys no one
    return noun or "other"


# A release right before the force counted, and a return told right after it
_FREED_BEFORE = re.compile(r"\b(?:freed|freeing|frees|free|released|releasing|releases|release|swapped|swapping)\s+"
                           r"(?:(?:another|a\s+further|some|about|around|at\s+least|nearly|more\s+than|over)\s+)?$")
_RETURNED_AFTER = re.compile(r"(?:\s+(?:and\s+(?:\d[\d,]*|[a-z]+)\s+[a-z]+|have|has|had|were|was|all|also|finally|safely))*"
                             r"\s+(?:returned|came\s+back|were\s+brought\s+back|arrived\s+back)\b")


_PLACE_THEN_WHICH = re.compile(r"^[^,;:.!?]*?\b(?:from|of|in|near|to)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?([A-Z][\w'’-]+)\s+which\s+(?:was|were|is|has|had)\b")


def _is_force(words: list[str], lex: _Lexicon) -> bool:
    """Whether the counted words name a force ("troops", "peacekeepers", "two battalions")."""
    deployed = next((nouns for name, _, nouns in lex.categories if name == "deployed"), None)
    return bool(words) and deployed is not None and any(deployed.fullmatch(w) for w in words)


# An active verb right after the people counted, and the people it acted on: "three gunmen killed 12 people",
# "two soldiers have shot a boy" (not "20 civilians killed 30 injured", "12 killed the day before").
_ACTIVE_VERB = re.compile(r"\s*(?:(?:who|that|have|has|had|also|reportedly|allegedly|then|later)\s+)*([a-z]+)\s+")
_LATER_PASSIVE = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "a", "an", "his", "their", "its"})
_OBJECT_QUALIFIERS = re.compile(r"(?:at least|more than|about|around|some|nearly|over|up to|as many as|another|an estimated)\s+")


def _acts_on_an_object(after: str, lex: _Lexicon, is_cue: Callable[[str], bool]) -> bool:
    """Whether the clause ``after`` a figure opens with an active verb that ``is_cue`` names and an object
    after it: the figure did what the verb says to others ("three gunmen killed 12 people")."""
    verb = _ACTIVE_VERB.match(after)
    if not verb or not is_cue(verb.group(1)):
        return False
    rest = after[verb.end() :]
    rest = rest[_OBJECT_QUALIFIERS.match(rest).end() :] if _OBJECT_QUALIFIERS.match(rest) else rest
    words = rest.split()
    if not words:
        return False
    first = words[0]
    if first in _OBJECT_PRONOUNS:
        return True
    if first == "the":
        return len(words) > 1 and words[1] not in _PERIOD_WORDS and words[1] not in ("previous", "following", "same", "next", "last")
    if not (first[:1].isdigit() or first in _NUMBER_WORDS or first in _VAGUE_TOLLS or first == "many"):
        return False
    k = 1
    while k < len(words) and (words[k][:1].isdigit() or words[k] in ("million", "thousand", "hundred", "of")):
        k += 1
    if k >= len(words) or any(w in lex.outcome_words or w in _STATES_AFTER for w in words[k : k + 3]):
        return False  # "20 soldiers killed 30 others injured": a headline's second figure
    # "killed 12 people", "shot two young men", "captured 3 villages" (not "killed 3 km away", "5 days ago")
    return any(w in lex.person_nouns or (w.endswith("s") and not w.endswith("ss") and w[:-1] not in _PERIOD_WORDS)
               for w in words[k : k + 3])


def _is_demonym_plural(word: str) -> bool:
    """A capitalised plural ("Syrians", "Kurds", "Palestinians"): in news, a people, not things."""
    return len(word) > 3 and word[0].isupper() and word[1:].islower() and word.endswith("s") and not word.endswith("ss")


# what may stand between "by" and "to" in a change ("rose by a third to 1,200", "by 20 percent to")
_CHANGE_WORDS = frozenset("a an one % percent per cent half third thirds quarter quarters fifth tenth".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split())
_VAGUE_TOLLS = frozenset({"dozens", "hundreds", "thousands", "scores", "several"})
# "left 20 civilians dead", "held 170 guests hostage": the state after the people counted
_STATES_AFTER = frozenset(lexicon.load("categories")["states_after_the_counted"])
# ("left 25 militants of Al-Nusra Front including one of its leaders dead": whose the counted are, then a part)
_LEFT_IN_STATE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?=including\b|among\b|"
                            + "|".join(sorted(_STATES_AFTER)) + r"))?"
                            r"\s*(?:[-–—,]?\s*(?:including|among\s+them)\s+(?:[\w-]+\s+){1,4}?[-–—,]?\s*)?("
                            + "|".join(sorted(_STATES_AFTER)) + r")\b")
# ("left 35 people including 22 children dead": the state comes after the part named in between)
# "left 40 soldiers and 25 fighters dead": the state after the last of coordinated groups, ending the clause
# (not "the death of 200000 people and at least 60000 are missing": a verb makes the state the others' own)
_LEFT_WITH_OTHERS_IN_STATE = re.compile(r"\s+and\s+(?:(?!(?:are|were|is|was|remain|remained|remains|have|has|had|been|still)\b)[\w,.-]+\s+){1,4}?("
                                        + "|".join(sorted(_STATES_AFTER)) + r")\b\s*(?:$|[,;.]|(?:for|in|on|at|after|since|during|near|by)\b)")
# who a group is loyal to, between its noun and its verb ("148 fighters loyal to the ousted president were")
_LOYAL_TO = r"(?:loyal|linked|allied|close|affiliated)\s+to"
_AMONG_THE_LATER = re.compile(r"\s+(?:from|of|at|in|on|" + _LOYAL_TO + r")\s+[^,;:()]{1,80}?\s(?:were|was)\s+"
                              r"(?:also\s+)?(?=among\s+the\s)")
_BECOME = re.compile(r"\s*(?:(?:have|has|had)\s+)?(?:become|became|becoming|were|are|was|is|remain|remained|"
                     r"(?:live|lives|lived|living|registered|listed)\s+as)\s+(?:now\s+|also\s+)?|\s*(?=among\s+the\s)")
# ("5.1 million Syrians live as refugees"; "reports of at least six civilians among the dead": where they are counted)
_ASIDE_IN_A_CLAUSE = re.compile(r"(?<=[a-z] )\([^()]{1,60}\)")
_PART_BEFORE_THE_WHOLES_VERB = re.compile(r"\s*(?:including|among\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?\d[\d,.]*\s+(?:[\w'’-]+\s+){1,3}?"
                                          r"(?=(?:have|has|had)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b)", re.IGNORECASE)
_INCLUDED_PART = re.compile(r"\s*(?:including|among\s+them|mostly)\s+(?:[\w'’-]+\s+){1,6}?(?=(?:(?:have|has|had)\s+)?(?:were|are|was|is)\b)")
ADDITION_AT_END = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon.load("categories")["addition_words"])
                             + r")\s*$", re.IGNORECASE)  # "another 20": shared with claims
# Where a figure starts, read ahead: an optional qualifier, then digits or a number word.
_FIGURE_AHEAD = (r"(?:(?:at least|more than|about|around|some|nearly|over|another|an?)\s+)?"
                 r"(?:\d|(?:dozens|hundreds|thousands|scores|tens|several|two|three|four|five|six|seven|eight|nine|ten)\b)")
_AND_THE_NEXT_GROUP = re.compile(r"\s*and\s+" + _FIGURE_AHEAD + r"[\w,.]*\s+(?:[\w'’-]+\s+){1,4}?"
                                 # (past who the next group is loyal to: "and 148 fighters loyal to the ousted president were")
                                 r"(?:" + _LOYAL_TO + r"\s+(?:[\w'’-]+\s+){1,5}?)?(?=(?:(?:have|has|had)\s+)?(?:were|are)\b)")
_NEXT_FIGURE = re.compile(r"\b(?:and|or|while|but|plus|with)\s+" + _FIGURE_AHEAD)
# "… and driven more than half of Syrians from their homes", "… and forced the evacuation of 30,000": another figure
# with a verb of its own
_ANOTHER_FIGURE = re.compile(r"\s(?:besides|" + _ACCOMPANYING + r")\s+"
                             # ("was put at 8 civilians in addition to 12 injured": the cue after the added figure is its own)
                             + _FIGURE_AHEAD + r"|"
                             r"\s(?:and|or|while)\s+(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|en|ing)\s+"
                             # (not past a preposition: "killed or wounded in fighting near three villages")
                             r"(?:(?!and\b|or\b|in\b|near\b|at\b|on\b|across\b|around\b|outside\b|inside\b)\w+\s+){0,3}?"
                             r"(?:almost\s+)?(?:half\b|millions\b|" + _FIGURE_AHEAD + ")"
                             # (not a stretch of time: "killed or injured in the past 24 hours" is one pair of outcomes)
                             r"(?![\w,.]*\s+(?:hours?|days?|weeks?|months?|years?)\b)")
_TOLL_THEN_LEVEL = re.compile(r"\b((?:death|casualty|casualties)\s+toll|toll|losses|number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:dead|deaths|killed|casualties|"
                              r"wounded|injured|injuries|victims|fatalities|displaced|arrested|detained|missing|evacuated|martyred|martyrs|"
                              r"abducted|kidnapped|captured)"
                              r"(?:\s+(?:and|or)\s+(?:dead|killed|wounded|injured|missing))?)\b(?:[^.;]|\.(?=\d))*?\b(?:reached|reaching|reaches|rose\s+to|risen\s+to|rising\s+to|rises\s+to|"
                              r"climbed\s+to|climbs\s+to|stands\s+at|stood\s+at|hit|hits|jumped\s+to|jumps\s+to|increased\s+to|increases\s+to|is|was|now|"
                              # ("The enemy's losses amounted to up to 230 servicemen")
                              r"amounted\s+to|amounts\s+to|amount\s+to|totalled|totaled|totals|totalling|totaling|"
                              # (a level reached on the way down too: "The number of people forcibly displaced worldwide fell
                              # to 117.3 million")
                              r"(?:fell|fallen|dropped|declined|decreased|eased|shrank|shrunk)\s+(?:back\s+)?to|"
                              # ("was put at 8 civilians", "has become around 40")
                              r"(?:(?:was|is|were|been)\s+)?put\s+at|(?:has\s+|had\s+)?become|became|"
                              r"(?:risen|rose|climbed|jumped|increased|grown|grew|doubled|tripled|trebled|quadrupled|surged|soared|"
                              r"swelled|mounted|fell|fallen|dropped|declined|decreased)\b[^.;]*?,\s*to)"  # ("has risen fivefold since Monday, to 250", "has doubled since January, to 340")
                              r"\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?$")
# a toll a verb before it raises to the figure ("…, bringing Russia's total losses to about 701,000 personnel")
_TOLL_BROUGHT_TO = re.compile(r"\b(?:bringing|brought|brings|bring|taking|took|takes|raising|raised|raises|pushing|pushed|pushes)\s+"
                              r"(?:the|its|their|his|her|[\w-]+['’]s?)\s+(?:(?:total|overall|official|confirmed|combined|cumulative)\s+)?"
                              r"((?:death|casualty)\s+toll|toll|losses|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|casualties|wounded|"
                              r"injured|injuries|victims|fatalities|displaced|arrested|detained|missing|abducted|kidnapped|captured))"
                              r"\s+to\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+|around\s+)?$")
_OF_PHRASE = re.compile(r"\s+of\s")
_FIGHTING_NOUN = re.compile(r"\b(?:the|heavy|fierce|intense|renewed|recent|sporadic|of|in|after|amid|during)\s+fighting\b")


_AGED_AFTER = re.compile(r"^\s*aged\s+(?:between\s+)?(?:\d+|[a-z]+)(?:\s*(?:to|and|-|–)\s*(?:\d+|[a-z]+))?\b")
_VERB_THEN_NEXT_FIGURE = re.compile(r"\s(?:has\s+|have\s+|had\s+)?([a-z]+)\s+" + _FIGURE_AHEAD)
# A report the speaker adds after the figure ("…, adding that 50 were wounded"): its verbs are its own figures'.
# a search the figure makes, after it: "Five teams were searching for", "sent 300 soldiers to search for the missing"
_SEARCHERS_FOR = re.compile(r"\b(?:(?:were|are|was|is|been|be|to|and|still)\s+)+search(?:ing)?\s+for\b|\bsearched\s+for\b")
_ADDED_REPORT = re.compile(r"\b(?:adding|saying|noting|stating)\s+(?:that\s+)?"
                           r"|\band\s+that\s+(?!number\b|figure\b|toll\b)")  # ('said the toll was "at least 100" and that some of the injured …')
# A subordinate clause with a subject of its own after the figure: its verb is not the figure's.
_SUBORDINATE_AFTER = re.compile(r"\s(?:as|when|while|because|after|before|until|since)\s+(?:they|he|she|it|we|i|you|the|their|his|her|its|a|an)\b"
                                r"|\s(?:as|while)\s+(?:[\w-]+\s+){0,2}?(?:toll|tally)\b"  # ("… targets as Lebanon toll tops 3,000")
                                r"|\s(?:as|when|while|because|after|before|until)\s+(?=" + _FIGURE_AHEAD + ")")  # ("… troops as 40 people were killed")
# A count told as its subject's size: "The casualties are in their hundreds", "the dead number in the thousands".
_SIZE_VERBS = ("are", "were", "is", "was", "be", "run", "ran", "number", "numbered", "numbering")
_PREDICATE_IN_THE = re.compile(r"\b(?:" + "|".join(_SIZE_VERBS) + r")\s+in\s+(?:the|their)\s*$")


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


_POPULATION_OF = re.compile(r"\bpopulation\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|an\s+estimated)\s+)?$")
_THEN_KILLED = re.compile(r"\b(?:and|before\s+being)\s+(?:later\s+|then\s+|subsequently\s+|summarily\s+|publicly\s+)?"
                          r"(?:killed|executed|murdered|shot\s+dead|beheaded|slaughtered|lynched)\b")
_FATE_NOUNS = ("death", "deaths", "killing", "killings", "murder", "injury", "injuries", "injuring", "wounding", "arrest", "arrests",
               "abduction", "kidnapping", "detention", "displacement", "evacuation")
_FATE_OF = re.compile(r"\b(" + "|".join(_FATE_NOUNS) + r")\s+of\s*$")
_VERB_OF_THE_NEXT_FIGURE = re.compile(r"\s[a-z]+(?:ed|ing)\s+(?=" + _FIGURE_AHEAD + ")")
_TOTAL_NOUNS = frozenset({"total", "toll", "number", "tally", "figure", "count", "sum", "cases", "deaths"})
_PASSIVE_OF_A_VERB = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?!(?:whose|who|which|that|where|when|while|and|but)\b)[\w-]+\s+){0,8}?"
                                r"(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+)?")
_DESTROYED = re.compile(r"(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in lexicon.load("categories")["destroy_verbs"]
                                   if v.endswith(("ed", "out"))) + r")\b", re.IGNORECASE)
_THEN_A_SECOND_VERB = re.compile(r"\s*,?\s*(?:and|or|then)(?:\s+(?:then|later|subsequently|eventually))?\s+")
# a toll and a relative clause that names a part of it ("The toll, which includes 12 children, …")
_A_TOLL_THAT_INCLUDES = re.compile(r"\b((?:death\s+)?toll|casualties|dead|losses|fatalities)\s*,\s*(?:which|that)\s+"
                                   r"(?:includes|included|include|comprises|comprised)\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.IGNORECASE)
_OWN_VERB_BEFORE = re.compile(r"\b(?:and|but)\s+(?:has\s+|have\s+|had\s+)?([a-z]+)"
                              r"(?:(?:\s+(?:out|off|down|up))?\s+(?!(?:it|them|the|a|an|its|their|this|that)\s)[a-z]+\s+(?:for|to)"
                              # ("… and took my wife and our four children": the verb of both objects)
                              r"|\s+(?:my|his|her|our|their|its|the|a)\s+[a-z]+\s+and\s+(?:my|his|her|our|their|its|the))?\s+$")
# ("… and knocking out power for more than a million households": the verb of the object's clause governs)
# a part of people named by what befell them, then a verb of its own ("23 of the abducted had been rescued")
_PART_OF_THE_PARTICIPLE = re.compile(r"\s+of\s+(?:the|those)\s+(?:[a-z]+ed|[a-z]+en)\s+(?=(?:had|have|has|were|was|are|is)\b)")
_TAKEN_TO_HOSPITALS = re.compile(r"\s*(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:taken|rushed|admitted|transported|"
                                 r"brought|airlifted|evacuated)\s+to\s+(?:[\w'’-]+\s+){1,3}?hospitals?\b")  # ("… to the city's main hospital")
_SHOT_PASSIVE = re.compile(r"\s*(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?shot\b(?!\s+(?:dead|and|down))")
# (the fates "_FATE_OF" reads before "of", and more: "the execution of 12", "the release of 12", "the rescue of 40")
_FATE_NOUNS_BEFORE_OF = frozenset(_FATE_NOUNS) | {"abductions", "execution", "executions", "martyrdom", "release", "rescue", "capture",
                                                  "murders",
                                                  # (a state of the people, not what is counted: "the condition of five is critical")
                                                  "condition", "conditions", "fate", "whereabouts", "identities", "identity",
                                                  "names", "health", "safety"}
_SUBORDINATOR = re.compile(r"\b(?:after|before|when|whenever|because|although|though|until|unless|whereas|while)\s"
                           # "detained 51 people overnight as tens of thousands rallied": "as" right before a figure opens
                           # the figure's own clause (not "such as", "known as")
                           r"|(?<!\bsuch\s)(?<!\bknown\s)(?<!\bsame\s)(?<!\bas\s)(?<!\bmany\s)(?<!\bmuch\s)(?<!\bwell\s)(?<!\bso\s)"
                           r"(?<![\d,])(?<=[a-z] )as\s+$")
_SHORT_QUOTE = re.compile(r'"([^"\n]{1,40})"|“([^”\n]{1,40})”')  # a quoted term inside a clause, not a quotation
# ("85% of the city's 1.2 million residents have fled": the whole of a share, not those who fled)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|are|is|be|been|being)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$")
# a sentence that opens on the whole a part is counted from, up to the part's number
_OPENING_WHOLE_PHRASE = re.compile(r"\s*of\s+((?:the|those|these)\s+[^,;:()\d]{1,80}),\s*", re.IGNORECASE)
_FORCE_NOUNS = frozenset(n.lower() for n in lexicon.load("categories")["categories"]["deployed"]["nouns"])
# people "lost" after their count, in the passive: not "lost their jobs", "lost contact"
_LOST_AFTER = re.compile(r"\s*(?:(?:were|was|have\s+been|had\s+been|been)\s+)?lost\b(?!\s+(?:their|his|her|its|our|contact|touch|track|"
                         r"jobs?|homes?|everything|all|power|consciousness|count|to\b))")
_FATALLY = re.compile(r"\s*(?:of\s+(?:them|whom|those)\s+)?(?:were\s+|was\s+)?fatally\b")
_WHOLE_OF_A_PART = re.compile(r"([\w,.%]+)\s+of\s+(?:(?:the|its|their|those|these)\s+)?(?:(?:\w+\s+)?[\w-]+['’]s\s+)?$")
_PART_WORDS = _VAGUE_TOLLS | {"some", "most", "many", "half", "all", "none", "third", "quarter", "majority", "minority", "percent",
                              "cent", "fifth", "tenth", "fourth", "sixth", "eighth"}
_FINITE_VERB_LATER = re.compile(r"\b(?:were|was|are|is|have|has|had|remain|remained|remains)\b")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^.;]{1,160}?\s[-–—]\s")  # an aside between two spaced dashes
# An acronym and its words, either in brackets: "SARC (Syrian Arab Red Crescent)", "Human Rights (SOHR)"
_ACRONYM_BRACKETS = re.compile(r"\b([A-Z]{2,6})\s+\(([^()]{1,60})\)|((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,6})\(([^()]{1,60})\)")


def _spells_out(m: re.Match) -> bool:
    """Whether a bracket and the words before it are one name in two forms: an acronym and its initials."""
    def initials(words: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", words))
    if m.group(1) and initials(m.group(2)) == m.group(1):  # "SARC (Syrian Arab Red Crescent)"
        return True
    words, inside = (m.group(3), m.group(4).strip()) if m.group(3) else ("", "")
    return inside.isupper() and 2 <= len(inside) <= 6 and initials(words).endswith(inside)


_BRACKET_ASIDE_FIRST = re.compile(r"\s*\([^()]{1,80}\)(?=\s+[a-z])")
_SHORT_BRACKETS = re.compile(r"\([^()]{0,60}\)")  # an aside in brackets ("(banned in Russia)", "(pro-regime militia)")
_NOT_AN_ARREST = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lexicon.load("categories")["not_arrests"]) + r")\b")
_THE_NUMBER_OF = re.compile(r"\b(?:the|a\s+record)\s+(?:total\s+)?number\s+of\s+", re.IGNORECASE)
_LEVEL_VERB_AT_END = re.compile(r"\b(?:reached|rose|climbed|stood|stands|hit|topped|surged|jumped|increased|grew|fell|dropped|"
                                r"is|was|has\s+(?:reached|risen|climbed|grown|hit|topped)|had\s+(?:reached|risen|climbed|grown))"
                                r"(?:\s+(?:to|at|a\s+record|an\s+estimated|almost|nearly|about|around|more\s+than|over))*\s*$")
_SENTENCED_TO_DEATH = re.compile(r"\b((?:sentenc|condemn)\w*)\b([^.;]{0,40}?)\bto\s+death\b", re.IGNORECASE)
_SENTENCING_VERB_AT_END = re.compile(r"\b(?:sentenc|condemn)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_TO_DEATH_SOON = re.compile(r"^([^.;]{0,40}?)\bto\s+death\b", re.IGNORECASE)
# (also a participle's aside: "The toll, provided by the Health Ministry, stands at 1,032")
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|that|provided|compiled|released|given|issued|published|reported|confirmed|"
                             r"cited|based|updated|announced|according\s+to|citing|officials\s+said|police\s+said)\s?[^,;:()]*,")
_RELATIVE_OPEN = re.compile(r",\s*(?:which|that)\s(?=[^,;:()]*$)")
_THE_OUTCOME_GROUPS = r"(?:dead|killed|wounded|injured|victims|casualties|missing|detained|arrested)"  # ("the dead", "the injured")
_AMONG_THE_BEFORE = re.compile(r"(?:\bthe\s+)(" + _THE_OUTCOME_GROUPS
                               + r"(?:\s+(?:and|or)\s+(?:dead|killed|wounded|injured))?)\s+(?:included|include|includes|were|are|was|numbered)\s*$")
_AMONG_THE_LISTED = re.compile(r"\bthe\s+(" + _THE_OUTCOME_GROUPS + r")\s+"
                               r"(?:included|include|includes|were|are)\s+(?:[\w-]+(?:\s+[\w-]+){0,3}\s*[,;]\s*){0,4}"
                               # (a list set off by semicolons too: "The dead include 12 soldiers; 4 police officers; and 9 civilians")
                               r"[\w-]+(?:\s+[\w-]+){0,3}\s*(?:[,;]?\s+and|;)\s+$", re.IGNORECASE)
_THE_TOLL_INCLUDES = re.compile(r"(?:the|that|this)\s+(?:death\s+)?(?:toll|tally|figure|number|total)\s+(?:also\s+)?"
                                r"(?:includes|included|include)\s+(?:(?:at\s+least|some|about|around|more\s+than)\s+)?", re.IGNORECASE)
_UPDATED_TOLL_OPENING = re.compile(_UPDATED_TOLL, re.IGNORECASE)
_KIN_OF = re.compile(r"\b(?:the|their|his|her)\s+(?:families|relatives|wives|widows|parents|kin|homes|houses)\s+of"
                     r"(?:\s+(?:at\s+least|some|about|around|nearly|more\s+than))?$", re.IGNORECASE)
_THEY_INCLUDED = re.compile(r"\bthey\s+(?:also\s+)?(?:included|include)(?:\s+(?:at\s+least|some|about))?$")
_PARTICIPLES_EN = frozenset(lexicon.load("verbs")["irregular_participles"])
_ING_MODIFIERS = frozenset(lexicon.load("verbs")["ing_modifiers"])
# The figure's own verb right after its noun phrase: a later outcome word belongs to another clause.
_REDUCED_RELATIVE = re.compile(r"\s+(?:in|at|on|near|inside|outside|by|from|to|under|along|across|around)\b[^,;.]*?\b(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b")
# Between a figure and its own past verb: nothing ("eight others experienced") or a passive's auxiliary
# ("another 30 were trapped")
_PASSIVE_AUXILIARY = re.compile(r"(?:(?:was|were|have been|has been|had been)\b)?")
_SHOT = re.compile(r"\bshot\b")


# people trapped in a place rather than under what fell on them are besieged, not missing
_TRAPPED_IN_A_PLACE = re.compile(r"\btrapped\s+(?:in|inside)\s+(?!(?:the\s+|a\s+)?(?:rubble|debris|wreckage|ruins|collapsed|mines?|tunnels?|"
                                 r"caves?|buildings?|floodwaters|mud|snow|cars?|vehicles?|rooms?|basements?|homes?|houses?)\b)",
                                 re.IGNORECASE)


def _cue_ending_at(cues: re.Pattern, text: str, end: int) -> bool:
    """Whether a cue of two to four words ends at ``end`` ("were shot" ending at "shot", "believed to be trapped")."""
    start = end
    for _ in range(4):
        start = text.rfind(" ", 0, max(0, start))
    return any(m.end() == end for m in cues.finditer(text, max(0, start), end))


_FIRST_VERB_AFTER = re.compile(r"\s*(?:(?:has|have|had|was|were|is|are|been|be|being|also|then|later|reportedly|allegedly|"
                               r"apparently|still|all|both|reported|said|believed|feared|confirmed|thought|known|understood|"
                               r"estimated|presumed|expected|likely|to|have|now|initially|officially|will|would|could|may|might|shall|should|must)\s+)*([a-z]+(?:-[a-z]+)*)\b")  # ("tear-gassed")
# ("was", "were", "had" end a noun phrase anyway, and the words skipped before a figure's own verb include them)
_IRREGULAR_PAST = frozenset(lexicon.load("verbs")["irregular_past"])
_THINGS_WITH_AN_AGE = frozenset(lexicon.load("not_counts")["things_with_an_age"])
_NEVER_ADJECTIVES = frozenset(lexicon.load("verbs")["never_adjectives"])
_ONLY_PREDICATIVE = frozenset(lexicon.load("categories")["only_predicative"])
_ADVERBS_AFTER_A_COUNT = frozenset(lexicon.load("not_counts")["adverbs_after_a_count"])
_PARENTS = frozenset(lexicon.load("not_counts")["parents"])
_PERIOD_WORDS = frozenset({"day", "week", "weekend", "month", "year", "quarter", "morning", "evening", "night", "season"})
_TIMES_BEFORE_AN_EVENT = _PERIOD_WORDS | {"hour", "minute"}  # ("… rifles days after his birthday", "… hours before")
_OPENING_QUOTE_AT_END = re.compile(r"\s[\"“']\s*$")
_VERB_THEN_OPEN_QUOTE = re.compile(r"(\b[a-z]+(?:ing|ed)\s+)[\"“](?=[^\"”]{1,60}$)")
_QUOTED_VERB_AT_END = re.compile(r"[\"“”']([A-Za-z-]{3,30})[\"“”']\s*$")
_NEXT_VERB_FIGURE = re.compile(r"\b(?:and|or|while|but)\s+[a-z]+(?:ed|ing)\s+" + _FIGURE_AHEAD)
_NOT_FORCES = frozenset(lexicon.load("categories")["not_forces"])
_CIVILIAN_MODIFIERS = frozenset(lexicon.load("categories")["civilian_modifiers"])
_VERB_THEN_FIGURE = re.compile(r"\s*([a-z]+(?:ed|ing|e|es))\s+" + _FIGURE_AHEAD)
# A figure that restates the subject before it in an aside (", or 1.2m people,")
_RESTATED_BEFORE = re.compile(r",\s*or\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+)?$", re.IGNORECASE)
# the words that make a second number a bound of the first ("hundreds, possibly thousands", "40, and perhaps 60")
_BOUND_ADVERBS = r"(?:possibly|perhaps|maybe|probably|even|potentially)"
# a bound in an aside after a first one, the verb both share after it ("hundreds, possibly thousands, could have died")
_A_BOUND_ASIDE_OPENED = re.compile(r",\s*(?:and\s+|or\s+)?(?:" + _BOUND_ADVERBS + r"|if\s+not)\s+"
                                   r"(?:(?:as\s+many\s+as|up\s+to|more\s+than)\s+)?$", re.IGNORECASE)
_A_BOUND_ASIDE_ENDS = re.compile(r"\s*,\s*(?=(?:could|may|might|would|will|have|has|had|were|was|are|is)\b)")
_APPOSITIVE = re.compile(r"[^,;:.!?()]{1,60},(?=\s*(?:have|has|had|were|was|are|is|had been|have been)\b)"
                         # ("hundreds, possibly thousands, could have died": a bound in an aside)
                         r"|\s*(?:(?:and|or)\s+)?(?:" + _BOUND_ADVERBS + r"|if\s+not)\s+"
                         r"(?:(?:as\s+many\s+as|up\s+to|more\s+than)\s+)?[\w.-]+(?:\s+(?:of\s+)?[\w-]+)?\s*,"
                         r"(?=\s*(?:could|may|might|would|will|have|has|had|were|was|are|is)\b)"
                         # ("Three people, two of them children, died")
                         r"|\s*[\w-]+\s+of\s+(?:them|whom)\b[^,;:.!?()]{0,40},(?=\s*(?:died|perished|drowned|survived)\b)"
                         # ("Some 14,000 rescuers, including firefighters, soldiers and medical workers, have been deployed")
                         r"|\s*(?:including|among them)\b(?:[^,;:.!?()]{1,30},){1,3}[^,;:.!?()]{1,40}\band\b[^,;:.!?()]{1,40},"
                         r"(?=\s*(?:have|has|had|were|was|are|is)\b)"
                         r"|\s*(?:including|among them|mostly|most of them|many of them)\b[^,;:.!?()]{1,60},")


# A verb and the objects it lists before the figure, the last joined by "and": "killed a father, mother and their eight children"
# (or the next item after a comma: "killed a commander, two aides and 12 fighters")
_LISTED_OBJECT = r"(?:(?:a|an|the|his|her|their|its)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}"
_OBJECTS_LISTED_BEFORE = re.compile(r"\b(?:killed|wounded|injured|kidnapped|abducted|arrested|detained|captured|evacuated|rescued|displaced|"
                                    r"killing|wounding|injuring|kidnapping|abducting|arresting|detaining|capturing|evacuating|rescuing)\s+"
                                    + _LISTED_OBJECT + r"(?:\s*,\s*" + _LISTED_OBJECT + r"){0,4}"
                                    r"(?:\s*,\s*|\s*,?\s+(?:and|as\s+well\s+as)\s+)(?:(?:a|an|the|his|her|their|its)\s+)?$")
# A first object, named without a number, and the word that adds the figure to it: "killed [a terrorist
# commander as well as] five of his entourage", "arrested [the leader and] 20 of his followers".
_FIRST_OBJECT_THEN_AND = re.compile(r"\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+"
                                    r"(?:and|as\s+well\s+as|along\s+with|together\s+with)$")


def _ends_with_cue(window: str, category: str, lex: _Lexicon) -> bool:
    """The window ends with one of the category's verb cues (nothing after it but spaces)."""
    for name, verbs, _ in lex.categories:
        if name == category and verbs is not None:
            # (a cue may end in "of" that the window leaves after it: "claiming the lives of 20")
            return any(m.end() == len(window) or window[m.end():].strip() == "of" for m in verbs.finditer(window))
    return False


def _plural_head(tok: Token) -> bool:
    """A lower-case plural noun ("civilians", not "personnel" or "news"): the head of a counted phrase."""
    return tok.text[:1].islower() and _plural_word(tok.low)


def _plural_word(low: str) -> bool:
    """A plural noun in lower case, written any way ("civilians", "Arrivals", "militiamen")."""
    if len(low) > 5 and low.endswith("men") and low not in _SINGULARS_IN_MEN:
        return True  # "militiamen", "gunmen", "policemen"
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous", "us", "is", "'s", "’s")) \
        and low not in _lex().not_plural_heads and low not in _lex().not_plurals
    # ("serious", "various", "status", "analysis", "perhaps" are not plurals)


_CASE_STATUSES = frozenset(lexicon.load("categories")["case_statuses"])  # ("suspected and confirmed cases")
_SINGULARS_IN_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen"})


def _whole_opening_the_sentence(tokens: list[Token], first: int, token_sentence: list[int], text: str) -> str | None:
    """"Of the deaths, 21 occurred in health facilities", "Of the 251 hostages seized in 2023, 73 remain": a
    figure right after a sentence-opening "Of the …" phrase counts a part of that whole."""
    if first < 3 or tokens[first - 1].text not in (",", "—", "–"):
        return None  # (or the dash that closes an aside: "Of the 25 people aboard — 21 sailors and … — ten have been rescued")
    sentence = token_sentence[first]
    opening = first - 1
    while opening > 0 and token_sentence[opening - 1] == sentence:
        opening -= 1
    if tokens[opening].low != "of" or not (_word(tokens, opening + 1) in ("the", "those", "these", "its", "their")
                                           or tokens[opening + 1].is_number):
        return None  # (not "Of course, 20 people …")
    what, _ = _what(tokens, opening, token_sentence, text, sentence=sentence)
    if what and what.split()[-1].lower() in _BATCH_HEADS:
        # "Of the first wave of some 11,000 troops sent to Kursk, about 4,000 …": the troops of the wave
        number = next((k for k in range(opening + 2, first - 1) if tokens[k].is_number and _word(tokens, k - 1) != "the"
                       and any(tokens[j].low == "of" for j in range(max(opening + 1, k - 3), k))), None)
        if number is not None and (counted := _what(tokens, number + 1, token_sentence, text, sentence=sentence)[0]):
            return counted
    return what


_BATCH_HEADS = frozenset(lexicon.load("categories")["batch_heads"])


def _what_before(tokens: list[Token], first: int, token_sentence: list[int], lex: _Lexicon, changed: bool = False) -> str | None:
    """The counted noun before "at"/"to"/"of" when nothing follows the number ("casualties at 1,100"), or
    (``changed``) the subject of the change verb right before ``first`` ("Shares fell 3.5%")."""
    k = first - 1
    record = _word(tokens, k) == "record" and _word(tokens, k - 1) in ("a", "new", "fresh")
    if record:  # "reached a record 123.2 million", "hit a new record": the level of the subject
        k -= 2 if _word(tokens, k - 1) == "a" else (3 if _word(tokens, k - 2) == "a" else 2)
        if _word(tokens, k) not in _RECORD_VERBS:
            return None
        k -= 1
        while k >= 1 and _word(tokens, k) in ("has", "have", "had", "now", "already"):
            k -= 1
    elif _word(tokens, k) in ("at", "to", "of"):
        if _word(tokens, k) == "of" and _word(tokens, k - 1) in _FATE_NOUNS_BEFORE_OF:
            return None  # "the killing of one person and the injury of 40 others": the fate, not what is counted
        k -= 1
    elif not changed and _word(tokens, k) in ("the", "their") and _word(tokens, k - 1) == "in" \
            and _word(tokens, k - 2) in _SIZE_VERBS:
        k -= 3  # "The casualties are in their hundreds", "the dead number in the thousands": the subject is counted
        while k >= 0 and tokens[k].low in ("could", "may", "might", "will", "would", "now", "already", "still"):
            k -= 1
    elif not changed and tokens[first].low not in _SUBJECT_LEVEL_VERBS and _word(tokens, k) not in _SUBJECT_LEVEL_VERBS:
        return None  # ("Deaths totalled 1,200", the verb inside the figure's span or before it: the loop below steps over it)
    sentence = token_sentence[first]
    estimated_by = next((x for x in range(k, max(0, k - 8), -1) if tokens[x].low == "by" and token_sentence[x] == sentence
                         and tokens[x - 1].low in ("estimated", "counted", "put", "given", "assessed")), None)
    if estimated_by is not None and estimated_by >= 3 and tokens[estimated_by - 2].text == ",":
        k = estimated_by - 3  # "The crowd, estimated by police at 15,000": the crowd, not the police, is counted
    by = next((x for x in range(k, max(-1, k - 5), -1) if tokens[x].low == "by"), None)
    if by is not None and by < k and all(tokens[x].is_number or tokens[x].low in _NUMBER_WORDS or tokens[x].low in _CHANGE_WORDS
                                         or tokens[x].low in ("thousand", "million", "billion", "trillion", "m", "bn")
                                         for x in range(by + 1, k + 1)):
        k = by - 1  # "Deaths rose by a third to 1,200": the change is not what is counted
    baseline = next((x for x in range(k, max(1, k - 4), -1) if tokens[x].low in ("from", "on", "over", "compared")
                     and _word(tokens, x - 1) in ("%", "percent", "cent")), None)
    if by is None and baseline is not None and not changed \
            and all(t.is_word or t.is_number for t in tokens[baseline + 1 : k + 1]):
        k = baseline - 1  # "Deaths rose 15% from last year to 2,300": the baseline is not what is counted
    if by is None and k >= 2 and _word(tokens, k) in ("%", "percent", "cent") and not changed:
        amount = k - (2 if _word(tokens, k - 1) == "per" else 1)
        if amount >= 1 and tokens[amount].is_number and tokens[amount - 1].low in lex.change_verbs:
            k = amount - 1  # "Homicides fell 4% to 570": the homicides, not the change
    if _word(tokens, k) == "," and k >= 1:
        k -= 1  # "The toll has risen fivefold since Monday, to 250"
        verb = next((x for x in range(k, max(-1, k - 24), -1) if token_sentence[x] == sentence and tokens[x].low in lex.change_verbs
                     and tokens[x].text.islower()), None)
        if verb is not None and not any(tokens[x].text in (",", ";", ":") for x in range(verb + 1, k + 1)) \
                and any(tokens[x].is_number or tokens[x].low in ("by", "in", "since", "from", "during", "over", "last", "this")
                        for x in range(verb + 1, k + 1)):
            k = verb  # "Overdose deaths fell by nearly a quarter in 2024, to about 80,400": the deaths, before the change
    since = next((x for x in range(k, max(0, k - 8), -1) if tokens[x].low == "since" and token_sentence[x] == sentence), None)
    if since is not None and since >= 1 and tokens[since - 1].is_word and tokens[since - 1].low not in _NP_STOP:
        k = since - 1  # "its total losses since the start of the invasion to 424,000": the losses, not the invasion
    while k >= 1 and token_sentence[k] == sentence and _tells_how_it_changed(tokens[k].low):
        k -= 1  # "has risen fivefold", "rose sharply": how it changed is not what is counted
    verb_at = k
    # (a noun stands before "of": "a storm surge of up to 10ft", "a rise of 5%")
    while k >= 0 and _word(tokens, first - 1) != "of" \
            and (tokens[k].low in lex.level_verbs or tokens[k].low in lex.change_verbs or tokens[k].low in _SUBJECT_LEVEL_VERBS
                 or tokens[k].low in ("has", "have", "had", "been")) and token_sentence[k] == sentence \
            and not (tokens[k].low in lex.change_verbs and k >= 1 and _word(tokens, k - 1) in _NOUN_OF_CHANGE_BEFORE):
        k -= 1  # "the number of deaths now stands at 1,300", "casualties have risen to 1,100": the noun is before the verb
    if (k < verb_at or _word(tokens, first - 1) in ("at", "to") or tokens[first].low in _SUBJECT_LEVEL_VERBS) \
            and any(tokens[x].low in ("toll", "tally") for x in range(max(0, k - 25), k + 1) if token_sentence[x] == sentence):
        # "the death toll in the attack on evacuees rose to 112", "The death toll from the quake that struck the
        # province on Tuesday rose to 2,314", "bringing the death toll from a week of clashes to 113": the toll names what
        # is counted
        return None
    k = _before_a_trailing_period(tokens, k)  # "… abducted in the last three days stands at 220"
    while k >= 1:  # "the army's losses this month to 17", "the number of arrivals so far this year to 28,310"
        if (tokens[k].low in _PERIOD_WORDS and tokens[k - 1].low in ("this", "last", "that", "the", "a")) \
                or (tokens[k].low, tokens[k - 1].low) in (("far", "so"), ("date", "to")):
            k -= 2  # (the period is not what is counted)
            continue
        break
    counted = _counted_in_number_of(tokens, k, token_sentence, lex)
    if counted is not None:
        return counted  # "the number of people killed in the floods has risen to 41": people, not floods
    place = k
    while place >= 0 and token_sentence[place] == sentence and tokens[place].is_word and (
            tokens[place].text[:1].isupper()
            # "the Democratic Republic of Congo", "Bosnia and Herzegovina": a joining word inside the name
            or (place < k and place >= 1 and tokens[place].low in ("of", "and") and tokens[place - 1].text[:1].isupper())):
        place -= 1
    if place < k and place >= 1 and tokens[place].low in _PLACE_MODIFIERS and token_sentence[place] == sentence:
        place -= 1  # "deaths in southern Europe"
    if place < k and place >= 1 and tokens[place].low == "the" and token_sentence[place] == sentence:
        place -= 1  # "asylum applications in the EU rose to 1.1 million"
    if place < k and place >= 0 and (tokens[place].low in ("in", "near", "at", "around", "outside") or (
            not changed and tokens[place].low in ("from", "to") and place >= 1 and tokens[place - 1].is_word
            and _plural_word(tokens[place - 1].low))):
        k = place - 1  # "the number of soldiers killed in Syria to 18", "Arrivals from Tunisia dropped to 14,900": the place
        # is not what is counted
    elif place == k and _word(tokens, first - 1) != "of" \
            and (the := next((j for j in (k - 1, k - 2) if j >= 2 and tokens[j].low == "the"
                                       and all(tokens[x].is_word and tokens[x].text.islower() for x in range(j + 1, k + 1))), None)) \
            and tokens[the - 1].low in ("in", "across", "throughout") and tokens[the - 2].is_word and token_sentence[the - 2] == sentence:
        k = the - 2  # "Measles cases in the state have climbed to 159", "Unemployment in the euro zone fell to 6.1%"
    words: list[Token] = []
    while k >= 0 and len(words) < 4 and token_sentence[k] == sentence:
        tok = tokens[k]
        low = tok.low
        if not words and low.endswith("ed") and k >= 1 and tokens[k - 1].low == "the" and _is_outcome_word(low, lex):
            words.insert(0, tok)  # "put the dead at 210 and the injured at 1,043": the injured are counted
            k -= 1
            break
        if not tok.is_word or low in _NP_STOP or low.endswith(("ing", "ed")) \
                or (low in lex.change_verbs and _word(tokens, first - 1) != "of"
                    # ("lifting the annual increase to 4.0%": after a determiner or an adjective of period, a noun)
                    and not (not words and k >= 1 and tokens[k - 1].low in _NOUN_OF_CHANGE_BEFORE)) \
                or low in lex.reporting_verbs or low in ("number", "toll", "total", "tally", "count", "figure", "record", "peak", "high", "low", "strength", "presence") \
                or (low in _IRREGULAR_PAST and tok.text.islower()):
            break
        words.insert(0, tok)
        k -= 1
    def plain_word(x: int) -> bool:
        return x >= 0 and token_sentence[x] == sentence and tokens[x].is_word and tokens[x].low not in _NP_STOP \
            and not tokens[x].low.endswith(("ing", "ed")) and tokens[x].low not in lex.change_verbs \
            and tokens[x].low not in lex.reporting_verbs

    def with_modifiers(head: int) -> str:
        """The noun at ``head`` with up to two plain words before it ("Drug overdose deaths")."""
        start = head
        while head - start < 2 and plain_word(start - 1):
            start -= 1
        return " ".join(t.text for t in tokens[start : head + 1])

    if words and k >= 3 and tokens[k].low in ("and", "or") and tokens[k - 2].low == "of" and plain_word(k - 1) \
            and plain_word(k - 3) and _plural_word(tokens[k - 3].low):
        words[:0] = tokens[k - 3 : k + 1]  # "Sales of cars and trucks rose 5%": both things the sales are of
        k -= 4
    if words and k >= 2 and tokens[k].low in ("and", "or", "the", "a", "an"):
        # "Deaths involving fentanyl and other synthetic opioids dropped to 48,400": the deaths, not what they involved
        link = next((x for x in range(k - 1, max(0, k - 6), -1) if token_sentence[x] == sentence
                     and tokens[x].low in _LINKING_PARTICIPLES and tokens[x - 1].is_word and _plural_word(tokens[x - 1].low)), None)
        if link is not None and all(tokens[x].is_word for x in range(link + 1, k + 1)):
            return with_modifiers(link - 1)

    if changed and words and k >= 2 and tokens[k].low == "the" and words[0].text[:1].isupper() and tokens[k - 1].low in ("to", "from") \
            and plain_word(k - 2) and _plural_word(tokens[k - 2].low):
        words.insert(0, tokens[k])  # "Arrivals to the Canaries fell by 40 percent": the arrivals, with where they went
        k -= 1
    if changed and words and k >= 1 and tokens[k].low in ("of", "to", "from", "for") and plain_word(k - 1):
        head = k - 1
        if _plural_head(tokens[head]):
            while head > k - 3 and plain_word(head - 1):
                head -= 1  # "Migrant arrivals to Italy fall by 60%", "Russian oil exports to India": modifiers before the noun
        if not plain_word(head - 1):
            words[:0] = [*tokens[head:k], tokens[k]]  # "Exports to China rose 12%", "Prices of basic goods have risen 40%"
    if words and k >= 2 and tokens[k].low in ("the", "a") and tokens[k - 1].low in ("across", "in", "for", "from", "since", "over") \
            and any(tokens[x].low in ("total", "tally", "toll") for x in range(max(0, k - 4), k - 1)):
        return None  # "bringing the total across the country to 100": the place is not what the total counts
    if words and k >= 3 and tokens[k].is_number and tokens[k - 1].low in ("by", "across", "in", "from", "among") \
            and any(tokens[x].low in ("total", "tally", "toll") for x in range(max(0, k - 6), k - 1)):
        return None  # "bring the total reported so far by 10 countries to 1,081": the reporters are not what is totalled
    if words and k >= 2 and tokens[k].low in ("the", "a", "an") and tokens[k - 1].low == "from" and token_sentence[k - 2] == sentence \
            and tokens[k - 2].is_word and tokens[k - 2].low.endswith("s") and tokens[k - 2].low not in _NP_STOP \
            and not tokens[k - 2].low.endswith(("ing", "ed")) and tokens[k - 2].low not in lex.change_verbs \
            and tokens[k - 2].low not in lex.reporting_verbs:
        return with_modifiers(k - 2)  # "Deaths from the heat wave have exceeded 2,000": the deaths, not their cause
    if words and k >= 1 and tokens[k].low == "from" and token_sentence[k - 1] == sentence and tokens[k - 1].is_word \
            and _plural_word(tokens[k - 1].low) and _names_an_outcome(tokens[k - 1].low, lex):
        return with_modifiers(k - 1)  # "Deaths from hunger rose to 263", "bringing deaths from cholera to 90": the deaths
    if words and not changed and k >= 1 and tokens[k].low == "in" and words[0].text[:1].isupper() and tokens[k - 1].is_word \
            and tokens[k - 1].text.islower() and _plural_word(tokens[k - 1].low) and token_sentence[k - 1] == sentence \
            and tokens[k - 1].low not in lex.change_verbs:
        return with_modifiers(k - 1)  # "Measles cases in Texas outbreak climb to 223" (a headline drops "the"): the cases
    if len(words) == 1 and words[0].low == "family" and _word(tokens, first - 1) == "of":
        return "family members"  # "killed a family of five": five people
    return " ".join(t.text for t in words) or None


_RECORD_VERBS = frozenset(lexicon.load("verbs")["record_verbs"])
# Words before a word of change that make it a noun ("lifting the annual increase to 4.0%")
_NOUN_OF_CHANGE_BEFORE = frozenset({"the", "annual", "yearly", "monthly", "quarterly", "weekly"})
_LINKING_PARTICIPLES = frozenset({"involving", "linked", "related", "caused", "attributed", "tied", "connected"})
_CHANGE_ADVERBS = frozenset(lexicon.load("qualifiers")["change_adverbs"])


def _tells_how_it_changed(word: str) -> bool:
    """"sharply", "fivefold": how a level changed, not what it counts."""
    return word.endswith("fold") or word in _CHANGE_ADVERBS


# Verbs that give their subject's level with no preposition ("Deaths totalled 1,200", "arrivals averaged 3,000 a day").
_SUBJECT_LEVEL_VERBS = frozenset(lexicon.load("qualifiers")["subject_level_verbs"])
# A percent right after these states its subject's level ("Turnout was 65.8%", "Support reached 40%")
_PERCENT_LEVEL_VERBS = frozenset({"was", "is", "were", "are", "reached", "hit"})


def _before_a_trailing_period(tokens: list[Token], k: int) -> int:
    """Where a phrase ends before a period that closes it at token ``k`` ("in the last three days",
    "over the past week"), else ``k``."""
    if k < 3 or tokens[k].low.rstrip("s") not in _PERIOD_WORDS:
        return k
    x = k - 1
    if tokens[x].is_number or tokens[x].low in _NUMBER_WORDS:
        x -= 1
    if tokens[x].low in ("last", "past", "previous") and _word(tokens, x - 1) == "the" and _word(tokens, x - 2) in ("in", "over", "during"):
        return x - 3
    return k


def _counted_in_number_of(tokens: list[Token], k: int, token_sentence: list[int], lex: _Lexicon) -> str | None:
    """The people in "the number of people killed …" when a level verb follows it; None without one."""
    sentence = token_sentence[k] if k >= 0 else -1
    for x in range(k, max(0, k - 20), -1):  # ("the number of people killed by last Friday's 7.7-magnitude earthquake in …")
        if token_sentence[x] != sentence or tokens[x].text in (";", ":"):
            return None
        if tokens[x].low == "of" and tokens[x - 1].low == "number":
            first = x + 2 if _word(tokens, x + 1) == "the" else x + 1
            end = first
            if first + 1 < k and tokens[first].low.endswith("ly") and tokens[first].is_word and tokens[first + 1].low.endswith("ed") \
                    and _modifies_a_noun(tokens[first + 2], lex):
                end += 2  # "the number of internally displaced Haitians": an adverb and its participle
            elif first < k and tokens[first].low.endswith("ed") and _modifies_a_noun(tokens[first + 1], lex):
                end += 1  # "the number of armed groups", "the number of displaced people": a participle as adjective
            while end <= k and end - first < 6 and tokens[end].is_word and (tokens[end].low not in _NP_STOP or (
                    tokens[end].low in ("and", "or") and end > first and end + 1 <= k and tokens[end + 1].is_word
                    and tokens[end + 1].low not in _NP_STOP and not tokens[end + 1].low.endswith("ed"))) \
                    and not tokens[end].low.endswith("ed") and tokens[end].low not in lex.outcome_words \
                    and tokens[end].low not in _PARTICIPLES_EN and not (end > first and tokens[end].low.endswith("ing")):
                end += 1
            if end == first and first <= k and tokens[first].low in lex.outcome_words \
                    and (first == k or _word(tokens, first + 1) in ("in", "from", "after", "since", "across", "on", "at")):
                return tokens[first].text  # "the number of dead in Brazil floods climbs to 143": the dead
            if end > first and end <= k and (tokens[end].low.endswith(("ed", "ing")) or tokens[end].low in lex.outcome_words
                                             or tokens[end].low in _PARTICIPLES_EN):
                # ("the number of asylum seekers crossing the border fell to 2,400": who crosses is counted)
                return " ".join(t.text for t in tokens[first:end])
            if end > first and end == k + 1:
                return " ".join(t.text for t in tokens[first:end])  # "the number of refugees has halved to 20,000"
            if end > first and k - first < 6 and _word(tokens, end) in ("in", "without", "with") \
                    and all(t.is_word and t.text.islower() and t.low not in lex.reporting_verbs for t in tokens[end + 1 : k + 1]):
                return " ".join(t.text for t in tokens[first : k + 1])  # "the number of people in need has tripled to 18 million"
            if end > first and end < k and tokens[end].low in ("on", "against", "by", "targeting") \
                    and (_plural_word(tokens[end - 1].low) or tokens[end - 1].low in lex.invariant_plurals):
                return " ".join(t.text for t in tokens[first:end])  # "the number of attacks on health care rose by a third,
                # to 1,500": the attacks, not what they hit
            if end > first and end < k and tokens[end].low in _CLAUSE_AFTER_THE_COUNTED:
                # "the number of refugees who crossed into Jordan since January rose to 12,000", "the number of
                # breaches since the truce came into effect to 465": the clause says which are counted
                return " ".join(t.text for t in tokens[first:end])
            named = next((y for y in range(first + 1, end) if tokens[y].text[:1].isupper() and tokens[y - 1].text.islower()
                          and _plural_word(tokens[y - 1].low)), None)
            if named is not None and end < k and tokens[end].low in ("has", "have", "had", "is", "are", "was", "were"):
                # "the total number of main battle tanks Berlin has pledged to 32": a clause with no "that" says which
                return " ".join(t.text for t in tokens[first:named])
            return None
    return None


def _modifies_a_noun(following: Token, lex: _Lexicon) -> bool:
    """A participle before ``following`` is an adjective: a noun follows it, not a verb or a stop word."""
    low = following.low
    return following.is_word and low not in _NP_STOP and not low.endswith(("ed", "ing")) and low not in lex.change_verbs \
        and low not in lex.level_verbs and low not in lex.outcome_words and low not in _IRREGULAR_PAST


_CLAUSE_AFTER_THE_COUNTED = frozenset({"who", "that", "which", "whom", "whose", "since", "across", "from"})


@dataclass(frozen=True)
class _Attribution:
    source: str | None
    position: int  # char offset of the reporting verb or introducer
    basis: str  # explicit / inherited
    anaphor: str | None = None  # "the ministry": used as the source when nothing earlier names one
    clause_start: int | None = None  # a speaker inside a relative clause ("…, 35 of whom the military has declared
    # dead") speaks for the figures from the clause's start on, not for those before it
    postposed: bool = False  # "the official toll of 1,700 given by the military": the figure right before is its own


def _plain_plural_speaker(name: str) -> bool:
    """A speaker named as a plain plural of people ("aid groups", "officials", "local residents"), whom "it" does
    not point back at."""
    words = name.split()
    return all(w.islower() for w in words) and words[-1].endswith("s") and not words[-1].endswith(("ss", "us"))


class _SentenceSources:
    """Attributions per sentence, worked out only for the sentences that hold figures (and, for a
    pronoun, the sentences before it)."""

    def __init__(self, tokens: list[Token], token_sentence: list[int], n_sentences: int, lex: _Lexicon, text: str = ""):
        self.tokens, self.lex, self.text = tokens, lex, text
        self.by_sentence: list[list[int]] = [[] for _ in range(max(1, n_sentences))]
        for idx, s in enumerate(token_sentence):
            self.by_sentence[min(s, len(self.by_sentence) - 1)].append(idx)
        self.found: dict[int, list[_Attribution]] = {}
        self.resolved: dict[int, list[_Attribution]] = {}
        self.resolving: set[int] = set()

    def _raw(self, sentence: int) -> list[_Attribution]:
        if sentence not in self.found:
            self.found[sentence] = _attributions(self.tokens, self.by_sentence[sentence], self.lex)
        return self.found[sentence]

    def __getitem__(self, sentence: int) -> list[_Attribution]:
        if sentence not in self.resolved:
            if sentence in self.resolving:
                return self._raw(sentence)  # (a quotation closed in a later sentence can lead back to one being resolved)
            self.resolving.add(sentence)
            self.resolved[sentence] = self._resolve(sentence)
            self.resolving.discard(sentence)
        return self.resolved[sentence]

    def _resolve(self, sentence: int) -> list[_Attribution]:
        found = self._raw(sentence)
        explicit = [self._named_before(a, sentence) for a in found if a.source]
        if explicit and len(explicit) < len(found):
            # "The army said 12 died; the ministry said 40 died": a description after another name is its own speaker
            out = list(explicit)
            for a in found:
                if not a.source and a.anaphor:
                    earlier = self._most_recent_before(sentence, a.anaphor)
                    out.append(_Attribution(earlier, a.position, "inherited", clause_start=a.clause_start) if earlier
                               else _Attribution(a.anaphor, a.position, "explicit", clause_start=a.clause_start))
                elif not a.source:
                    # "He said 40 were hurt, while the mayor said …": the pronoun's figures are not the mayor's; "the
                    # ministry announced the downing of the helicopter which it said carried three crew": it is the ministry
                    named_before = [b.source for b in explicit if b.position < a.position]
                    out.append(_Attribution(named_before[-1] if named_before else self._most_recent_before(sentence), a.position, "inherited"))
            return sorted(out, key=lambda a: a.position)
        if not found and (speaker := self._quote_goes_on(sentence)) is not None:
            return [speaker]  # '"There are more than 200 wounded," he said. "We need at least 50 more doctors."': the same voice
        if explicit or not found:
            return explicit
        if not found[0].anaphor and self._after_which(found[0].position) \
                and (subject := self._subject_before_the_pronoun(sentence, found[0].position)):
            # "The United States accused Damascus of that attack, which it estimates killed 1,429": the subject
            return [_Attribution(subject, found[0].position, "explicit", clause_start=found[0].clause_start)]
        # "it said": the source named most recently before this sentence (within three sentences)
        singular = found[0].anaphor is None and re.search(r"\bit\s+(?:\w+\s+)?$", self.text[max(0, found[0].position - 20) : found[0].position])
        earlier = self._most_recent_before(sentence, found[0].anaphor, singular=bool(singular))
        if earlier:
            return [_Attribution(earlier, found[0].position, "inherited", clause_start=found[0].clause_start)]
        # nothing earlier: "The ministry said" is still the best name there is, and "Siemens will cut 12,000 jobs,
        # it said" is Siemens
        return [_Attribution(a.anaphor, a.position, "explicit", clause_start=a.clause_start) if a.anaphor
                else _Attribution(subject, a.position, "explicit", clause_start=a.clause_start)
                for a in found if a.anaphor or (subject := self._subject_before_the_pronoun(sentence, a.position))]

    def _quote_goes_on(self, sentence: int) -> _Attribution | None:
        """The speaker of a quotation that goes on: a sentence that is all quotation, right after a sentence (in the
        same paragraph) that quotes someone named or pointed back at."""
        idx, before = self.by_sentence[sentence], self.by_sentence[sentence - 1] if sentence else []
        marks = [x for x in idx if self.tokens[x].text in _OPENING_QUOTES | _CLOSING_QUOTES]
        if idx and marks == [idx[0]] and self.tokens[idx[0]].text in _OPENING_QUOTES \
                and (close := self._where_it_closes(idx[-1])) is not None:
            closing_sentence = next(n for n in range(sentence, len(self.by_sentence)) if close in self.by_sentence[n])
            if _SPEAKER_AFTER_A_QUOTE.match(self.text, self.tokens[close].end):
                # '"Until now 150 Alawites have been kidnapped. There are women among them," the mayor said': the speaker
                # named after the quotation closes speaks for all of it
                named = [a for a in self[closing_sentence] if a.source and a.position >= self.tokens[close].end]
                return _Attribution(named[0].source, self.tokens[idx[0]].start, "inherited") if named else None
            if before and "\n\n" not in self.text[self.tokens[before[-1]].end : self.tokens[idx[0]].start] \
                    and any(self.tokens[x].text in _CLOSING_QUOTES for x in before):
                # '"…," said Sheikh Hatem. "Until now 150 Alawites have been kidnapped. There are women among them."': a
                # quotation of several sentences goes on in the same voice when no other speaker follows its close
                spoken = [a for a in self[sentence - 1] if a.source]
                return _Attribution(spoken[-1].source, self.tokens[idx[0]].start, "inherited") if spoken else None
            return None
        if not idx or not before or len(marks) != 2 or marks[0] != idx[0] or self.tokens[idx[0]].text not in _OPENING_QUOTES \
                or marks[1] < idx[-3] or self.tokens[marks[1]].text not in _CLOSING_QUOTES \
                or "\n\n" in self.text[self.tokens[before[-1]].end : self.tokens[idx[0]].start] \
                or not any(self.tokens[x].text in _CLOSING_QUOTES for x in before):
            return None
        spoken = [a for a in self[sentence - 1] if a.source]
        return _Attribution(spoken[-1].source, self.tokens[idx[0]].start, "inherited") if spoken else None

    def _where_it_closes(self, last: int) -> int | None:
        """The token that closes the quotation still open at token ``last``, if it closes in the same paragraph."""
        for x in range(last + 1, min(last + 400, len(self.tokens))):
            if "\n\n" in self.text[self.tokens[x - 1].end : self.tokens[x].start]:
                return None
            if self.tokens[x].text in _CLOSING_QUOTES:
                return x
        return None

    def _after_which(self, position: int) -> bool:
        """Whether the pronoun before the reporting verb at ``position`` follows "which" ("…, which it said …")."""
        m = re.search(r"\b(?:which|whom)\s+(?:it|they)\s+$", self.text[max(0, position - 16) : position])
        return m is not None

    def _subject_before_the_pronoun(self, sentence: int, position: int) -> str | None:
        """The named subject of a sentence that ends ", it said" / ", they said", with no one named before it."""
        idx = self.by_sentence[sentence]
        at = next((x for x in idx if self.tokens[x].start == position), None)
        if at is None:
            return None
        pronoun = at if self.tokens[at].low in ("it", "they") else at - 1
        if pronoun - 1 <= idx[0] or self.tokens[pronoun].low not in ("it", "they"):
            return None
        comma = pronoun - 1
        which = self.tokens[comma].low in ("which", "whom")
        if self.tokens[comma].low in ("which", "that", "whom") and comma - 1 > idx[0]:
            comma -= 1  # "Kyiv blamed Moscow for the strike, which it said killed 12 people": the subject says so
            if self.tokens[comma + 1].low == "whom" and self.tokens[comma].low == "of" and comma - 2 > idx[0] \
                    and self.tokens[comma - 2].text == ",":
                comma -= 2  # "released sketches of three suspects, two of whom they said were Pakistani"
        if self.tokens[comma].text != ",":
            if not which:
                return None
            comma += 1  # (a copy that lost the comma: "accused Damascus of that attack which it estimates killed 1429")
        j = idx[0]
        while j < pronoun and (self.tokens[j].low in _NOT_SPEAKER_START or self.tokens[j].text == ","):
            j += 1
        if not self.tokens[j].is_word or not self.tokens[j].text[:1].isupper() or self.tokens[j].low in self.lex.pronouns \
                or self.tokens[j].low in _NUMBER_WORDS:
            return None
        name = _forward_name(self.tokens, j, comma - 1, subject=True)
        if not name or any(ch.isdigit() for ch in name) or any(w.lower() in _NUMBER_WORDS for w in name.split()):
            return None
        head = name.split()[-1]
        if not head[:1].isupper() and head.lower() not in _ROLE_NOUNS:
            return None  # "The strike killed 12 people, it said": a strike says nothing
        return name

    def _last_speaker_is_a_person(self, sentence: int) -> bool:
        """Whether the source named most recently is a person ("Governor Babagana Zulum"), whom "the agency"
        cannot mean; an institution ("the Syrian Observatory") may be what "the group" means."""
        for back in range(sentence - 1, max(-1, sentence - 4), -1):
            named = [a.source for a in self._raw(back) if a.source]
            if named:
                words = {w.lower().strip(".,'’") for w in named[-1].split()}
                return _names_a_person(named[-1]) or (
                    not (words & _INSTITUTION_NOUNS) and source_key(named[-1]) not in self.lex.source_aliases.values())
        return False

    def _most_recent_before(self, sentence: int, anaphor: str | None = None, singular: bool = False) -> str | None:
        head = anaphor.split()[-1].lower() if anaphor and len(anaphor.split()) == 2 else None
        if head is not None and head not in self.lex.pronouns:
            # "the agency said" points back at the last source whose name has "agency" in it (within six
            # sentences; a full name, "the U.N. refugee agency", within twelve), not at a governor quoted in between,
            # nor at another body ("the military said" after "the Turkish military said … The Observatory said")
            for back in range(sentence - 1, max(-1, sentence - 13), -1):
                named = [a.source for a in self._raw(back) if a.source and head in a.source.lower().split()
                         and not _is_anaphor(a.source, self.lex)
                         and (back >= sentence - 6 or (head in _INSTITUTION_NOUNS and len(a.source.split()) >= 3
                                                       and a.source.split()[0].lower() not in ("a", "an")))]
                if named:
                    return named[-1]
        institution = head is not None and head in _INSTITUTION_NOUNS
        if head in _NAMED_BY_THEIR_KIND:
            return None  # "according to the ministry" after the WHO: no ministry named before, the ministry itself
        if head is None and sentence >= 1 and not self._raw(sentence - 1) and self.by_sentence[sentence - 1]:
            idx = self.by_sentence[sentence - 1]
            withheld = _WITHHOLDS_ITS_FIGURES.match(self.text, self.tokens[idx[0]].start, self.tokens[idx[-1]].end)
            if withheld is not None:
                return withheld.group(1)  # "Moscow does not publish its own figures. In September 2022 it said 5,937 …": Moscow
        for back in range(sentence - 1, max(-1, sentence - 4), -1):
            # ("the group said" does not mean "a resident" quoted in between; "The ministry said …" with no name
            # before it is the ministry, whom "It said" next points back at)
            earlier = [(a.position, a.source) for a in self[back] if a.source and a.basis == "explicit"
                       and not (institution and _names_a_person(a.source))
                       # ("…, the data show. … have died in custody, the agency said": no record is an agency)
                       and not (institution and a.source.split()[-1].lower() in _RECORD_NOUNS)]
            cited = [e for e in earlier if self.text[e[0] : e[0] + 8].lower().startswith(("citing", "quoting"))]
            if cited and len(cited) < len(earlier):
                earlier = [e for e in earlier if e not in cited]  # ("The UN put the toll at 1,023, citing local officials.
                # It said …": it is the UN, not those it cites)
            denier = self._denier(back)
            if denier is not None:
                earlier = sorted([*earlier, denier])
            if singular and len(earlier) > 1:
                # "The WFP said only 1,200 trucks …, a fraction of the 500 a day that aid groups say are needed. One in three
                # people is going days without eating, it said": "it" is no group of people
                one = [e for e in earlier if not _plain_plural_speaker(e[1])]
                earlier = one or earlier
            if earlier:
                return earlier[-1][1]
        return None

    def _denier(self, sentence: int) -> tuple[int, str] | None:
        """Who denies or disputes something in the sentence ("The Rapid Support Forces denied targeting
        civilians"): not the source of that sentence's figures, but whom "the group said" next points back at."""
        idx = self.by_sentence[sentence]
        if not idx:
            return None
        lo = idx[0]
        for k in idx[1:]:
            # (and who claims an attack: "The Pakistani Taliban … claimed responsibility …. The group said …")
            if (self.tokens[k].low in _DENYING_VERBS or (self.tokens[k].low in ("claimed", "claims") and _word(self.tokens, k + 1) == "responsibility")) \
                    and self.tokens[k].text.islower():
                b = k - 1
                if self.tokens[b].text == "," and (aside := _aside_before(self.tokens, b, lo, self.lex)) is not None:
                    b = aside  # "The Pakistani Taliban, known as TTP, claimed responsibility"
                name = _backward_name(self.tokens, b, lo)
                if name and not _is_anaphor(name, self.lex):
                    return self.tokens[k].start, name
        return None

    def _named_before(self, attribution: _Attribution, sentence: int) -> _Attribution:
        """"the authority said" after "the national disaster management authority said": a definite role
        noun alone points back at the longer name it ends (within three sentences)."""
        words = attribution.source.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _ROLE_NOUNS:
            return attribution
        head = words[1].lower()
        for back in range(sentence - 1, max(-1, sentence - 4), -1):
            for earlier in reversed(self._raw(back)):
                if earlier.source and len(earlier.source.split()) > 2 and earlier.source.split()[-1].lower() == head:
                    return replace(attribution, source=earlier.source, basis="inherited")
        return attribution

    def __len__(self) -> int:
        return len(self.by_sentence)


def _source_for(attributions: list[_Attribution], figure_start: int, figure_end: int | None = None,
                text: str | None = None) -> tuple[str | None, str]:
    """The attribution that governs a figure: a participle "by" a source right after the figure's phrase ("the
    official toll of 1,700 given by the military government"), else the nearest reporting clause before it, else
    the first after."""
    if not attributions:
        return None, "none"
    governing = [a for a in attributions if a.clause_start is None or a.clause_start <= figure_start]
    if text is not None:
        # "33 hostages, eight of whom Israel says are dead, are to be returned for nearly 2,000 prisoners": the speaker of a
        # relative clause speaks for it alone, not past the comma that closes it
        governing = [a for a in governing if a.clause_start is None or a.position > figure_start
                     or "," not in text[a.position : figure_start]]
    if text is not None and figure_end is not None:
        governing = [a for a in governing if not (a.position > figure_end and _CONTACT_VERB.match(text, a.position)
                                                  and _SPEAKER_OF_A_LATER_FIGURE.search(text, figure_end, a.position))]
    if not governing:
        return None, "none"
    if figure_end is not None:
        right_after = [a for a in governing if a.postposed and a.source and 0 <= a.position - figure_end <= 2]
        if right_after:
            return right_after[0].source, right_after[0].basis
    if figure_end is not None and text is not None:
        contact = [a for a in governing if a.source and a.position > figure_end
                   and _CONTACT_SPEAKER.fullmatch(text, figure_end, a.position) and _CONTACT_VERB.match(text, a.position)]
        if contact:
            return contact[0].source, contact[0].basis  # "the $4.2 billion the United Nations says is needed": its speaker
    before = [a for a in governing if a.position <= figure_start]  # ("officials estimated 500": the verb opens the figure)
    semicolon = text.rfind(";", figure_end, governing[0].position) if text is not None and figure_end is not None else -1
    if not before and semicolon >= 0 and governing[0].position - semicolon <= 40 \
            and "," not in text[semicolon : governing[0].position] \
            and len(re.split(r"[.;!?]", text[governing[0].position :], maxsplit=1)[0].split()) >= 4:
        # "Bandits abducted 137 pupils; the army later said all had been freed": a speaker who opens the next clause
        # speaks for that clause (but "40 died; 12 more were injured, police said" closes the whole sentence)
        return None, "none"
    if not before and figure_end is not None and text is not None and _speaks_only_after_a_conjunction(text, figure_end, governing[0]):
        # "The collapse, which killed 1,134 people, prompted reforms, but labour groups say inspections have slowed":
        # a speaker who opens a clause of its own after "but" speaks for that clause
        return None, "none"
    chosen = before[-1] if before else governing[0]
    if before and text is not None and (semi := text.rfind(";", chosen.position, figure_start)) >= 0 \
            and not re.search(r"\d", text[chosen.position : semi]) and "\n" not in text[chosen.position : figure_start] \
            and not any(w.lower() in _NUMBER_WORDS for w in re.findall(r"[A-Za-z]+", text[chosen.position : semi])) \
            and re.match(r"\s*(?:claim|claims|claimed|deny|denies|denied)\b", text[chosen.position : semi], re.IGNORECASE):
        return None, "none"  # "Houthis claim attack on ship in Red Sea; crew of 25 rescued": the claim holds no figure
    closing = [a for a in governing if a.position > figure_start and a.source]
    if before and closing and text is not None and figure_end is not None and chosen.source \
            and _word_at(text, chosen.position) in _RECORDING_VERBS \
            and (_word_at(text, closing[0].position) in _SAY_VERBS or _word_at(text, closing[0].position) == "according") \
            and not _names_a_person(chosen.source) and not ({w.lower().strip(".,'’") for w in chosen.source.split()} & _INSTITUTION_NOUNS) \
            and "," in text[figure_end : closing[0].position] and not _NEW_CLAUSE.search(text, figure_start, closing[0].position) \
            and not re.search(r"[;:]", text[chosen.position : closing[0].position]):
        # "Congo has recorded more than 18,000 suspected cases, the health minister said": the speaker who says so (and
        # "…, according to the World Health Organization")
        return closing[0].source, closing[0].basis
    if before and closing and text is not None and figure_end is not None and chosen.source \
            and _closes_an_earlier_clause(text, chosen, figure_start) \
            and _word_at(text, closing[0].position) in _SAY_VERBS and "," in text[figure_end : closing[0].position] \
            and not re.search(r"[;:]", text[chosen.position : closing[0].position]):
        # "Russia launched 309 drones, the air force said on Thursday, in an attack that killed at least 23 people, officials
        # said": a speaker set off by commas speaks for what came before; the figure after has its own closing speaker
        return closing[0].source, closing[0].basis
    if before and closing and text is not None and _NEW_CLAUSE.search(text, chosen.position, figure_start) \
            and not _NEW_CLAUSE.search(text, figure_start, closing[0].position):
        # "1.2 million have been displaced, according to the government, and more than 400,000 have crossed into Syria,
        # the U.N. refugee agency said": the clause after "and" has a speaker of its own
        return closing[0].source, closing[0].basis
    if before and text is not None and chosen.source and (aside := _TIME_ASIDE_AFTER_THE_REPORT.match(text, chosen.position)) \
            and aside.end() <= figure_start:
        # "…, local hospitals said, a day after the military shattered a ceasefire with strikes that killed more than
        # 400": what happened a day before is the writer's background, not the hospitals' count
        return None, "none"
    if before and text is not None and (contrast := _CONTRASTED_ACTOR_SPEAKS_NOT.search(text, chosen.position, figure_start)) \
            and _names_its_own_deed(contrast):
        # "China said it had sent 135 rescue workers, while India flew in a field hospital with 118 personnel": India's
        # deed is the writer's, not China's word
        return None, "none"
    if before and text is not None and (("since" in text[chosen.position : figure_start].lower()
                                         and _ONSET_ASIDE.search(text, chosen.position, figure_start))
                                        or _WAR_TOLL_ASIDE.search(text, chosen.position, figure_start)
                                        or _ONSET_RELATIVE.search(text, chosen.position, figure_start)):
        # "the ministry says 44,000 have been killed since the war began on Oct. 7, when Hamas-led fighters attacked,
        # killing about 1,200": the event that started the count is the writer's background, not the speaker's figure;
        # so is the toll of the war the story is part of ("the army said …, a war that has killed tens of thousands")
        return None, "none"
    return chosen.source, chosen.basis if chosen.source else "none"


# Nouns of a level given as a percent "of" it ("a turnout of 65.8%", "an unemployment rate of 4.2%")
_RATE_NOUNS = frozenset({"turnout", "rate", "unemployment", "inflation", "approval", "occupancy", "participation", "stake",
                         "share", "majority", "margin"})
# Bodies whose names say what kind they are ("the Health Ministry", "Aleppo Police Command"): "the ministry" never
# points back at a source that is no ministry
_NAMED_BY_THEIR_KIND = frozenset({"ministry", "police", "embassy", "court", "hospital", "parliament", "military", "army", "navy"})
# Verbs that tell a place recorded a figure rather than said it: a speaker who says so after the figure is the source
_RECORDING_VERBS = frozenset({"recorded", "records", "registered", "registers", "counted", "counts", "documented", "documents",
                              "logged", "logs", "tallied"})


def _word_at(text: str, position: int) -> str:
    m = re.match(r"[A-Za-z]+", text[position : position + 20])
    return m.group().lower() if m else ""


# ", the air force said on Thursday,": a reporting clause set off by commas, with at most a time or a manner after its verb
_SAID_ASIDE_CLOSES = re.compile(r"[A-Za-z]+(?:\s+(?:on|in|late|early|last|a|an|the|this|statement|[A-Z][a-z]+day|\w+ly))"
                                r"{0,4}\s*,\s", re.IGNORECASE)


def _closes_an_earlier_clause(text: str, speaker: _Attribution, figure_start: int) -> bool:
    """Whether ``speaker`` is a ", SOURCE said," aside after a clause of its own and before the figure."""
    if _word_at(text, speaker.position) not in _SAY_VERBS or not speaker.source:
        return False
    lead = text[max(0, speaker.position - len(speaker.source) - 6) : speaker.position]
    if not re.search(r",\s*" + re.escape(speaker.source) + r"\s*$", lead, re.IGNORECASE):
        return False
    aside = _SAID_ASIDE_CLOSES.match(text, speaker.position)
    return aside is not None and aside.end() <= figure_start and not re.search(r"\d", text[speaker.position : aside.end()])


def _speaks_only_after_a_conjunction(text: str, figure_end: int, speaker: _Attribution) -> bool:
    if not speaker.source or speaker.postposed or speaker.position <= figure_end:
        return False
    conjunctions = list(_NEW_CLAUSE.finditer(text, figure_end, speaker.position))
    if not conjunctions:
        return False
    name = text[conjunctions[-1].end() : speaker.position]
    if "," in name or re.search(r"\d", name) or len(name.split()) > 6:
        return False
    verb_and_after = re.split(r"[.;!?\n]", text[speaker.position :], maxsplit=1)[0]
    complement = verb_and_after.split()[1:]
    return len(complement) >= 3 and not verb_and_after.split()[0].endswith(",")


# A speaker in a relative clause with no "that" right after a figure, whose verb takes a clause about the figure
_CONTACT_SPEAKER = re.compile(r"(?:\s+(?:a|an|per|each|every)\s+(?:day|week|month|year))?"  # ("the 600 a day the United Nations says are needed")
                              r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|and))*"
                              # ("the 500 a day that aid groups say are needed")
                              r"|(?:[a-z-]+\s+)?(?:groups|agencies|officials|experts|analysts|organi[sz]ations|economists))\s+")
# a speaker in a relative clause right after another figure speaks for that figure alone ("Only 1,200 trucks entered, against
# the 600 a day the United Nations says are needed, aid agencies said": the agencies' 1,200)
_SPEAKER_OF_A_LATER_FIGURE = re.compile(r"\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|million|billion|bn|m))?" + _CONTACT_SPEAKER.pattern + r"$")
_CONTACT_VERB = re.compile(r"(?:says|said|say|estimates|estimated|believes|believed)\s+(?:is|are|was|were|will|would|could|has|have|had)\b")
_WAR_TOLL_ASIDE = re.compile(r"\b(?:war|conflict|civil\s+war|insurgency|fighting)\s*,?\s+(?:that|which)\s+(?:has|have|had)\s+"
                             r"(?:so\s+far\s+|now\s+|since\s+)?(?:killed|displaced|left|claimed|forced|uprooted|driven)\b[^.;]*$",
                             re.IGNORECASE)
# "… killed in the war, which began when Hamas-led militants attacked Israel …, killing some 1,200 people": how the war
# began is the writer's background
_ONSET_RELATIVE = re.compile(r"\b(?:war|conflict|fighting|offensive|insurgency|crisis|violence)\s*,\s+(?:which|that)\s+"
                             r"(?:began|started|erupted|broke\s+out|was\s+(?:triggered|sparked))\b(?:[^.;]|\.(?=\s\d))*$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|though|although|whereas|even\s+though)\s")
# "Moscow does not publish its own figures.": a named subject who keeps its figures, whom "it said" next points back at
_WITHHOLDS_ITS_FIGURES = re.compile(r"(?:The\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:does|did|do|has|have|had|would|will)\s+)?"
                                    r"(?:not|never|rarely|seldom|no\s+longer)\s+(?:\w+\s+){0,2}?"
                                    r"(?:publish|disclose|release|give|provide|comment|confirm|report|reveal|share|update)\w*\b[^.;]*?"
                                    r"\b(?:figures|toll|tolls|casualties|losses|numbers|data|statistics|breakdown|count|casualty)\b")
# ", … said, a day after …": a time aside that closes the sentence after its reporting clause
_TIME_ASIDE_AFTER_THE_REPORT = re.compile(r"(?:said|says|say|reported|reports|added)\s*,\s+(?:(?:just|only|barely|some|about|nearly)\s+)?"
                                          r"(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+"
                                          r"(?:days?|weeks?|hours?|months?|fortnight)\s+(?:after|before)\b", re.IGNORECASE)
# ", while India flew in …": a contrast whose subject is a name of its own and whose verb is a deed
_CONTRASTED_ACTOR_SPEAKS_NOT = re.compile(r",\s+(?:while|whereas)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
                                          r"(?:has\s+|have\s+|had\s+)?([a-z]+)\b(?![^.;]*\b(?:said|says|say|according)\b)")


def _names_its_own_deed(contrast: re.Match) -> bool:
    verb = contrast.group(1)
    return (verb.endswith("ed") or verb in _IRREGULAR_PAST) and verb not in _SAY_VERBS
# "since" an onset, then a clause that tells of the onset ("since the war began, when …", "since the October attack,
# in which …")
_ONSET_ASIDE = re.compile(r"(?:[^.;:]|\.(?=\s\d))*?\bsince\s+(?:[\w'’.,-]+\s+){0,6}?(?:began|started|erupted|broke\s+out|"
                          r"attack|assault|invasion|offensive|raid)\b(?:\s+on\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?)?\s*,?\s+"
                          r"(?:when|in\s+which|during\s+which)\b[^.;]*$", re.IGNORECASE)


# Participles that take their source with "by" right after the figure they report
_POSTPOSED_PARTICIPLES = frozenset({"given", "released", "issued", "reported", "confirmed", "announced", "published", "provided",
                                    "compiled", "estimated", "counted", "verified", "documented", "cited"})


def _quoted_as_saying(tokens: list[Token], k: int, hi: int) -> bool:
    """"was quoted by state media as saying": token ``k`` ("quoted") after "was", with "as saying" a few words on."""
    return k >= 1 and tokens[k - 1].low in ("was", "were", "is", "are") and any(
        tokens[x].low == "as" and _word(tokens, x + 1) in ("saying", "telling", "stating") for x in range(k + 1, min(hi, k + 8) + 1))


def _relays(name: str | None) -> bool:
    """Whether a source is a medium that relays what others say (state media, a news agency, a reporter)."""
    if not name:
        return False
    words = {w.lower().strip(".,'’") for w in name.split()}
    return bool(words & _MEDIA_WORDS) or name.strip() in _CREDITS


# Words that name a broadcaster (a headline's credit: "kills six Syrian state TV"), and media of any kind
_BROADCAST_WORDS = frozenset({"tv", "television", "radio", "media"})
_MEDIA_WORDS = _BROADCAST_WORDS | {"agency", "news", "reporter", "reporters", "correspondent", "newspaper", "channel",
                                   "outlet", "outlets", "broadcaster"}


def _as_saying_after(tokens: list[Token], k: int, hi: int) -> int | None:
    """Where "as saying" stands a few words after token ``k`` ("quoted the governor as saying"), if it does."""
    return next((x for x in range(k + 2, min(hi, k + 10) + 1)
                 if tokens[x].low == "as" and _word(tokens, x + 1) in ("saying", "telling", "stating")), None)


def _after_according_to(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether "according to" opens the phrase that token ``k`` continues, with no punctuation between."""
    for x in range(k - 1, max(lo, k - 10) - 1, -1):
        if not tokens[x].is_word and tokens[x].text not in ("'", "’", "'s", "’s", "-"):
            return False
        if tokens[x].low in _RECORD_NOUNS:
            return False  # "according to figures cited by the ministry": records speak for whoever cites them
        if tokens[x].low == "to" and x - 1 >= lo and tokens[x - 1].low == "according":
            return True
    return False


_PROGRESSIVE_REPORTS = frozenset({"reporting", "saying", "estimating", "claiming", "confirming"})
# Heads of a speaker's name that a lost comma can run into a count ("wounded 50 state media reported")
_SPEAKER_HEADS = frozenset({"media", "tv", "television", "agency", "sources", "source", "officials", "official", "activists",
                            "monitor", "observatory", "ministry", "police", "army", "military", "witnesses", "residents"})
_REACHED_BY = frozenset({"reached", "contacted", "interviewed", "questioned", "cited", "surveyed", "polled"})


def _let_go(tokens: list[Token], k: int, lo: int, lex: _Lexicon) -> bool:
    """Whether "released" at token ``k`` lets people go ("those released by Israel", "prisoners were released by
    Hamas") rather than makes figures public."""
    j = k - 1
    while j > lo and tokens[j].low in ("were", "was", "been", "being", "had", "have", "has", "later", "since"):
        j -= 1
    word = tokens[j].low if j >= lo else ""
    return word in lex.person_nouns or word in _PEOPLE_HELD or word in ("those", "them", "whom", "who")


_PEOPLE_HELD = frozenset({"prisoners", "prisoner", "hostages", "hostage", "detainees", "detainee", "captives", "captive",
                          "abductees", "inmates", "pows"})


def _progressive_report(tokens: list[Token], k: int, lo: int) -> bool:
    """"Syrian activists are reporting that …", "state media is saying": a reporting verb in the progressive."""
    return tokens[k].low in _PROGRESSIVE_REPORTS and tokens[k].text.islower() and k - 2 >= lo \
        and tokens[k - 1].low in ("is", "are", "was", "were") and tokens[k - 2].is_word


def _attributions(tokens: list[Token], idxs: list[int], lex: _Lexicon) -> list[_Attribution]:
    """Every attribution in a sentence; a pronoun subject gives an entry with source None."""
    if not idxs:
        return []
    lo, hi = idxs[0], idxs[-1]
    found: list[_Attribution] = []
    claimed: set[int] = set()
    # "according to X", "a report by X", "citing X".
    for k in range(lo, hi + 1):
        for phrase in lex.introducers.get(tokens[k].low, ()):
            if _matches_at(tokens, k, phrase) and k + len(phrase) <= hi:
                if phrase == ("per",) and _word(tokens, k + 1) in ("cent", "capita", "annum", "head", "person"):
                    break  # "82 per cent of Gaza": a share, not "per the ministry"
                if phrase == ("released", "by") and _let_go(tokens, k, lo, lex):
                    break  # "Of those released by Israel, about 250 …": who let the people go, not who gives the figure
                if phrase in (("quoted", "by"), ("cited", "by")) and (_after_according_to(tokens, k, lo) or _quoted_as_saying(tokens, k, hi)):
                    break  # "according to local officials quoted by state media", "the governor was quoted by state media as
                    # saying": the one quoted speaks, state media relays
                at = k + len(phrase)
                if at < hi and tokens[at].low == tokens[at - 1].low and tokens[at].is_word:
                    at += 1  # "according to to the U.N.": a word typed twice
                owner = _records_owner(tokens, at, hi)
                name = _forward_name(tokens, owner if owner is not None else at, hi)
                name = _records_owner_name(name) if name else name  # ("according to the latest UN figures": the UN)
                if name and _is_anaphor(name, lex):
                    # "according to the same source", "according to the ministry": the one named before
                    found.append(_Attribution(None, tokens[k].start, "inherited", anaphor=name))
                    claimed.update(range(k, k + len(phrase)))
                    break
                if name:
                    # ("the toll of 1,700 given by the military government": the participle's figure is the one before it)
                    postposed = phrase[-1] == "by" and len(phrase) == 2 and phrase[0] in _POSTPOSED_PARTICIPLES \
                        and k > lo and tokens[k - 1].text not in (",", ";", ":")
                    found.append(_Attribution(name, tokens[k].start, "explicit", postposed=postposed))
                    claimed.update(range(k, k + len(phrase)))
                    break
    found += _headline_credit(tokens, lo, hi, lex)
    # "Hospitals were overwhelmed, with the Red Cross reporting that it had treated 600 wounded": who "with" names reports
    for k in range(lo + 2, hi + 1):
        if tokens[k].low in ("reporting", "saying", "estimating") and k not in claimed and _word(tokens, k + 1) == "that" \
                and tokens[k - 1].is_word and tokens[k - 1].text[:1].isupper():
            with_at = next((j for j in range(k - 2, max(lo, k - 12) - 1, -1) if tokens[j].low == "with" or not tokens[j].is_word), None)
            if with_at is not None and tokens[with_at].low == "with" and (name := _forward_name(tokens, with_at + 1, k - 1)):
                found.append(_Attribution(name, tokens[k].start, "explicit"))
                claimed.add(k)
    # "The army raised its estimate, putting casualties at 1,100": the sentence's subject reports.
    for k in range(lo + 1, hi + 1):
        if tokens[k].low in lex.subject_participles and k not in claimed and _word(tokens, k + 1) != "to" and (
                tokens[k - 1].text == "," or tokens[k - 1].low in _MESSAGE_NOUNS):  # ("issued a statement saying 40 died")
            if _reports_just_before(tokens, k - 1, lo, lex):
                continue  # "..., a spokesperson said, adding that": the speaker goes on, found by the rule below
            j = lo
            while j < k and (tokens[j].low in _NOT_SPEAKER_START or tokens[j].text == ","):
                j += 1  # "On Monday the Joint Chiefs of Staff ..."
            if tokens[j].low in lex.pronouns:
                found.append(_Attribution(None, tokens[k].start, "inherited"))  # "He urged allies to act, saying …"
                continue
            name = _forward_name(tokens, j, k - 1, subject=True)
            if name and _is_anaphor(name, lex):
                found.append(_Attribution(None, tokens[k].start, "inherited", anaphor=name))  # "The ministry …, saying"
            elif name:
                found.append(_Attribution(name, tokens[k].start, "explicit"))
    # "X said", "said X". A capitalised "States" or "Reports" mid-sentence is a name, not a verb.
    for k in range(lo, hi + 1):
        if k in claimed or (tokens[k].low not in lex.reporting_verbs and not _gives_a_toll(tokens, k, hi)
                            and not _progressive_report(tokens, k, lo)) \
                or (k > lo and tokens[k].text[:1].isupper() and not (
                tokens[k].low in _HEADLINE_SAY and (k == hi or tokens[k + 1].text in ".!?") and tokens[k - 1].text[:1].isupper())):
            continue  # (but a title-case headline ends "…, Health Officials Say")
        if tokens[k].low in lex.noun_homographs and (
                k == hi or tokens[k + 1].text in _CLAUSE_PUNCT or tokens[k + 1].low in _NOUN_FOLLOWERS
                or (tokens[k + 1].low in lex.reporting_verbs and tokens[k + 1].text.islower())  # "a UN report warned"
                or ((tokens[k + 1].low in _ROLE_NOUNS or tokens[k + 1].low in ("news", "-")) and tokens[k + 1].text.islower())) \
                and not (k > lo and tokens[k - 1].low in _ROLE_NOUNS and _plural_head(tokens[k - 1])) \
                or (tokens[k].low == "state" and k - 2 >= lo and tokens[k - 1].text[:1].isupper()
                    and (tokens[(p := _before_capitals(tokens, k - 1, lo))].low in _PLACE_PREPOSITIONS or tokens[p].text in ("'s", "’s"))):
            continue  # "in Kaduna state, in March", "in White Nile state began", "the ministry's report of": a noun, not a verb
        if ((k + 1 <= hi and tokens[k + 1].text == ":") and not (tokens[k].low in _SAY_BEFORE_A_COLON and k > lo and (tokens[k - 1].is_word or tokens[k - 1].text == ",")
                                                                 and tokens[k].text.islower())) \
                or (k + 2 <= hi and tokens[k + 2].text == ":" and tokens[k + 1].low in ("in", "at", "on", "by", "across")):
            continue  # "- Famine confirmed in: 5 areas": a list line's label, not a speaker (but "The ministry said: 40 died")
        if tokens[k].low in _CASE_STATUSES and k - 2 >= lo and tokens[k - 1].low in ("and", "or") and tokens[k - 2].low in _CASE_STATUSES:
            continue  # "18,700 suspected and confirmed mpox cases": a status of what is counted, no one confirms
        if tokens[k].low in _HEARSAY_PASSIVES and _word(tokens, k + 1) == "to" and _word(tokens, k + 2) in ("be", "have"):
            continue  # "jets believed to be Russian", "a man said to have fled": hearsay about the subject, which is no speaker
        if tokens[k].low in ("reported", "recorded", "confirmed", "documented", "counted") and k - 2 >= lo \
                and tokens[k - 1].low in _TOTAL_NOUNS and tokens[k - 2].low in ("the", "a", "this", "that") \
                and _word(tokens, k + 1) in ("so", "by", "to", "in", "since", "on", "at", "from", "across", "this", "last"):
            continue  # "the figures bring the total reported so far by 10 countries to 1,081": a participle of the noun
        if tokens[k].low in lex.inversion_verbs and k + 2 <= hi and tokens[k + 1].low in ("one", "a", "an", "another") \
                and tokens[k + 2].low in _ROLE_NOUNS and (k + 3 > hi or tokens[k + 3].text in ".!?") and tokens[k - 1].is_word:
            found.append(_Attribution(_forward_name(tokens, k + 1, hi) or f"{tokens[k + 1].text} {tokens[k + 2].text}",
                                      tokens[k].start, "explicit"))
            continue  # "The reaction was cautious said one official.": a copy that lost the comma before the verb
        if tokens[k].low.endswith("s") and k + 1 <= hi and tokens[k + 1].low in lex.change_verbs and tokens[k + 1].low not in ("up", "down"):
            continue  # "Unemployment claims fell by 9,000": the noun, whose level changed
        if tokens[k].low in _PLURAL_NOUN_HOMOGRAPHS and any(tokens[x].low in ("citing", "quoting") for x in range(max(lo, k - 3), k)):
            continue  # "…, citing hospital records": what is cited, not a speaker who records
        if tokens[k].low in _PLURAL_NOUN_HOMOGRAPHS and k + 1 <= hi and (
                tokens[k + 1].low in _PLURAL_SUBJECT_FOLLOWERS or (tokens[k + 1].low in lex.reporting_verbs and tokens[k + 1].text.islower())):
            continue  # "nationals of CIS states were eliminated", "media reports and footage", "media reports said": a plural noun
        if tokens[k].low == "states" and k > lo and (tokens[k - 1].low in _BEFORE_STATES_THE_NOUN or tokens[k - 1].is_number):
            continue  # "the EU's 27 member states agreed", "Gulf states": countries, not a statement
        if tokens[k].low in ("added", "adds", "add") and _adds_a_sum(tokens, k, hi):
            continue  # "employers added 254,000 jobs": a sum, not a speaker's words
        after = k + 2 if k + 2 <= hi and tokens[k + 1].low == "the" else k + 1
        if after <= hi and tokens[after].low in lex.not_reported_objects:
            continue  # "the strike claimed the lives of eight", "claimed responsibility": nothing is reported
        if tokens[k].low in _CLAIM_WORDS and _claims_victims(tokens, k, hi, lex):
            continue  # "the floods claimed 40 lives", "the war has claimed 500,000 people": a toll, not a claim
        as_saying = _as_saying_after(tokens, k, hi) if tokens[k].low in ("quoted", "cited") and tokens[k].text.islower() \
            and not _quoted_as_saying(tokens, k, hi) and _relays(_backward_name(tokens, k - 1, lo)) else None
        if as_saying is not None and (quoted := _forward_name(tokens, k + 1, as_saying - 1)):
            # "State media quoted the governor as saying", "SANA reporter quoted a source at Aleppo Police Command as
            # saying": the one quoted speaks, the media relay (a monitor quoting its sources still speaks itself)
            found.append(_Attribution(quoted, tokens[k].start, "explicit"))
            continue
        b = k - 1
        if _progressive_report(tokens, k, lo):
            b -= 1  # "Syrian activists are reporting that": the subject before the auxiliary
        reached = next((x for x in range(b, max(lo, b - 8), -1) if tokens[x].low in _REACHED_BY and _word(tokens, x + 1) == "by"
                        and tokens[x].text.islower()), None)
        if reached is not None and reached - 1 >= lo and tokens[reached - 1].is_word \
                and all(t.is_word or t.text == "." for t in tokens[reached + 2 : b + 1]):
            b = reached - 1  # "Residents reached by phone said", "Witnesses contacted by AFP said": the residents speak
        if tokens[k].low in ("quoted", "cited") and (_word(tokens, k + 1) == "as" or _quoted_as_saying(tokens, k, hi)) \
                and b > lo and tokens[b].low in ("was", "were", "is"):
            b -= 1  # "A senior commander was quoted as saying", "… was quoted by state media as saying": the one quoted speaks
        while b >= lo and (tokens[b].low in _BETWEEN_SPEAKER_AND_VERB
                           or (tokens[b].low == "far" and b - 1 >= lo and tokens[b - 1].low == "so")):
            b -= 2 if tokens[b].low == "far" else 1  # ("Authorities have so far confirmed 57 deaths")
        if b - 2 >= lo and tokens[b].text == ")" and tokens[b - 2].text == "(" and tokens[b - 1].text.isupper():
            b -= 3  # "the Syrian Network for Human Rights (SNHR) said": the name is before its acronym
        if b - 2 >= lo and tokens[b].low == "which" and tokens[b - 1].text == "," and tokens[k].low in _SAY_VERBS \
                and (by := next((x for x in range(b - 2, max(lo, b - 14), -1) if tokens[x].low == "by" and x - 1 >= lo
                                 and tokens[x - 1].low in _RECORD_NOUNS
                                 and not any(t.text in _CLAUSE_PUNCT for t in tokens[x : b - 1])), None)) is not None \
                and (author := _forward_name(tokens, by + 1, b - 2)) and not _is_anaphor(author, lex):
            # "a report by Seoul's spy agency to lawmakers last week, which said …": the report speaks for its author
            found.append(_Attribution(author, tokens[k].start, "explicit"))
            continue
        if b - 2 >= lo and tokens[b].low in ("which", "who") and tokens[b - 1].text == "," and tokens[k].low in _SAY_VERBS \
                and (antecedent := _backward_name(tokens, b - 2, lo)) and not _is_anaphor(antecedent, lex):
            found.append(_Attribution(antecedent, tokens[k].start, "explicit"))
            continue  # "The bodies were brought to Nasser Hospital, which said 19 of the dead were women": the hospital speaks
        if b > lo + 2 and tokens[b].low in ("and", "but") and tokens[k].low in _SAY_VERBS and (subject := _subject_of_a_second_verb(tokens, b, lo, lex)) is not None:
            found.append(subject)  # "The ministry does not give a breakdown but says 30,000 were women": the subject speaks
            continue
        aside_name = None
        if b > lo and tokens[b].text == ",":
            aside = _aside_before(tokens, b, lo, lex)
            if aside is not None:
                # "The group, the Syrian Observatory for Human Rights, said": an anaphor named by its aside
                aside_name = _appositive_name(tokens, aside + 2, b - 1)
                b = aside  # "The agency, known as HUR, said": the speaker stands before the aside
                if b - 2 >= lo and tokens[b].text == ")" and tokens[b - 2].text == "(" and tokens[b - 1].text.isupper():
                    b -= 3  # "The Local Coordination Committees (LCC), a network of activists, reported"
        word_b = tokens[b].low if b >= lo else ""
        if word_b in lex.pronouns:
            found.append(_Attribution(None, tokens[k].start, "inherited"))
            continue
        if word_b in _RECORD_NOUNS and (owner := next((x for x in range(b - 1, max(lo, b - 4) - 1, -1)
                                                       if not (tokens[x].is_word and tokens[x].text.islower())), None)) is not None \
                and tokens[owner].low in ("its", "their"):
            found.append(_Attribution(None, tokens[k].start, "inherited"))  # "Its daily bulletin also listed": the owner named before
            continue
        name = _backward_name(tokens, b, lo)
        if name is not None:
            name = _name_before_a_relative(tokens, b, lo, name) or name
            start = _name_start(b, name)
            if name.split()[0].lower() in ("a", "an") and start - 4 >= lo and tokens[start - 1].text == ")" \
                    and tokens[start - 3].text == "(" and tokens[start - 2].text.isupper() \
                    and (named := _backward_name(tokens, start - 4, lo)) is not None and named[:1].isupper():
                name, b = named, start - 4
                start = _name_start(b, name)  # "The Local Coordination Committees (LCC) a network of
                # activists reported" (the commas lost): the name before its acronym speaks, the description describes it
            if start - 3 >= lo and tokens[start - 1].low == "in" and tokens[start - 2].low in ("based", "headquartered"):
                name = _backward_name(tokens, start - 3, lo) or name  # "The Observatory based in Britain said": not Britain
            elif start - 3 >= lo and tokens[start - 1].low in ("on", "from") and tokens[start - 2].low in ("based", "drawn", "compiled"):
                # "An AFP tally based on official sources puts …": the tally's owner, not its sources
                name = _backward_name(tokens, start - 3, lo) or name
            elif start - 3 >= lo and tokens[start - 1].low == "by" and tokens[start - 2].low in ("quoted", "cited", "seen", "obtained", "reviewed"):
                # "A military source quoted by state television said", "A UN report seen by Reuters estimates": the
                # source speaks, the one who relays it or saw it does not
                name = _backward_name(tokens, start - 3, lo) or name
            elif start - 1 >= lo and len(name.split()) == 1 and name[:1].isupper() and tokens[start - 1].low in _PLACE_PREPOSITIONS \
                    and (opening := _name_described_after(tokens, lo, start)) is not None:
                # "Ercan Topaca the Governor of Hatay a Turkish province on the other side of the border from Idlib told":
                # in a copy without commas, the name the sentence opens with, not the place at the end of its description
                name = opening
            elif name[:1].isupper() and (at := _places_listed_after_in(tokens, start, lo, " and " in name)) is not None \
                    and (lead := _backward_name(tokens, at - 1, lo)) is not None:
                # "Officials in Jordan and Iraq said", "a survey of refugees in Jordan, Lebanon, Egypt and Iraq found": the
                # places where the speaker is, not the speaker
                name = _span_text(tokens[_name_start(at - 1, lead) : b + 1])
        if name is None:
            based = next((x for x in range(b, max(lo, b - 8) - 1, -1) if tokens[x].low in ("based", "compiled", "drawn")
                          and _word(tokens, x + 1) in ("on", "from", "by")), None)
            if based is not None and based - 1 >= lo:
                name = _backward_name(tokens, based - 1, lo)  # "A Reuters tally based on official statements puts …"
        if name is None and word_b not in ("is", "was", "are", "were", "be", "been", "being"):  # (not "Tabqa which is believed")
            who = next((x for x in range(b, max(lo, b - 10) - 1, -1) if tokens[x].low in ("who", "which", "that")
                        or tokens[x].text in _CLAUSE_PUNCT), None)
            if who is not None and tokens[who].low in ("who", "which") and who - 1 >= lo:
                name = _backward_name(tokens, who - 1, lo)  # "a senior official who spoke on condition of anonymity told AFP"
        if name:
            name = _records_owner_name(name)
        if aside_name and (name is None or (_is_anaphor(name, lex) and len(name.split()) > 1) or _names_no_one(name)
                           or _role_then_its_holder(name, aside_name)):
            name = aside_name  # "the Observatory's head, Rami Abdel Rahman, said", "The group, the Syrian Observatory …, said",
            # "The group's spokesman, Nadav Shoshani, said"
        if name and _is_anaphor(name, lex):
            found.append(_Attribution(None, tokens[k].start, "inherited", anaphor=name,  # "the ministry said"
                                      clause_start=_relative_clause_start(tokens, b, lo, name)))
            continue
        if name and tokens[k].low in lex.inversion_verbs and _name_start(b, name) - 1 >= lo \
                and (tokens[_name_start(b, name) - 1].low in _PLACE_PREPOSITIONS or (name[:1].islower() and tokens[_name_start(b, name) - 1].low == "and")) \
                and k + 1 <= hi \
                and (tokens[k + 1].low == "the" or tokens[k + 1].text[:1].isupper()) and tokens[k + 1].low not in _NOT_SPEAKER_START \
                and tokens[k + 1].low not in lex.months:
            # "… in the province of Deir Ezzor said the Syrian Observatory", "… destruction in public facilities and
            # hospitals said the Observatory": a copy that lost its comma; the place or the list before the verb ends the
            # account, the name after it speaks
            after_verb = _forward_name(tokens, k + 1, hi)
            if after_verb and (after_verb.split()[-1][:1].isupper() or after_verb.split()[-1].lower() in _ROLE_NOUNS) \
                    and _ends_a_clause(tokens, k + 1, tokens[k + 1].start + len(after_verb), hi):
                found.append(_Attribution(after_verb, tokens[k].start, "explicit"))
                continue
        if name:
            if aside_name is None and b < k - 1 and tokens[b + 1].text == ",":
                # "…, John Smith, a spokesman for the mission, said": the aside tells who the speaker is, as it does
                # before the figures ("John Smith, a spokesman for the mission, said 20 …"); it is no second speaker
                found = [a for a in found if not (tokens[b + 1].start < a.position < tokens[k].start)]
            found.append(_Attribution(name, tokens[k].start, "explicit", clause_start=_relative_clause_start(tokens, b, lo, name)))
            continue
        lost_comma = (tokens[b].is_word and (tokens[b].text.islower() or tokens[b].low in _WEEKDAYS) and k + 1 <= hi
                      and (tokens[k + 1].low in ("the", "a", "an") or tokens[k + 1].text[:1].isupper())
                      and tokens[k + 1].low not in _NOT_SPEAKER_START)
        if tokens[k].low in lex.inversion_verbs and (word_b in (",", "”", '"', "’", "'") or b < lo or lost_comma):
            name = _forward_name(tokens, k + 1, hi)
            # ("16 were killed while 25 were wounded said the Syrian Observatory": copies that lost the comma;
            # but "said the dead included an Iraqi family" names no speaker)
            if name and lost_comma and not (name.split()[-1][:1].isupper() or name.split()[-1].lower() in _ROLE_NOUNS):
                name = None
            if name and lost_comma and not _ends_a_clause(tokens, k + 1, tokens[k + 1].start + len(name), hi):
                name = None  # "officials said Trump's National Security Council had been preparing": a clause, not a speaker
            if name:
                found.append(_Attribution(name, tokens[k].start, "explicit"))
    if not found and any(t.low.endswith(("'s", "’s")) for t in tokens[lo : hi + 1]):
        owner = _possessive_owner(tokens, lo, hi, lex)
        if owner is not None:
            found.append(owner)
    if len(found) > 1 and any(a.source and _bare_records(a.source) for a in found) \
            and any(a.source and not _bare_records(a.source) for a in found):
        # "According to preliminary data five people were killed …, Barazi was quoted as saying": records
        # without an owner give way to the speaker who cites them
        found = [a for a in found if not (a.source and _bare_records(a.source))]
    found.sort(key=lambda a: a.position)
    return _quoted_speaker_speaks(tokens, lo, hi, found)


_SAY_VERBS = frozenset(lexicon.load("sources")["say_verbs"])
# verbs that a speaker ends on before a colon and the words reported ("The ministry said: …"; not "Cases reported: 1,200")
_SAY_BEFORE_A_COLON = frozenset({"said", "says", "say", "told", "added", "adds", "stated", "states", "declared", "explained",
                                 "wrote", "writes", "tweeted", "posted", "announced", "warned", "insisted"})


def _credited(tokens: list[Token], lex: _Lexicon) -> str | None:
    """The name the tokens spell when it is a known source or ends in a role noun ("UN", "army", "health ministry")."""
    if not tokens or len(tokens) > 4 or not all(t.is_word or t.text in ("'s", "’s", ".") for t in tokens):
        return None
    name = _span_text(tokens)
    return name if name.lower() in lex.source_aliases or tokens[-1].low in _ROLE_NOUNS else None


# ("Key figures: 1,800 people reached Lampedusa": a heading, not who gives the figures)
_HEADING_WORDS = frozenset({"key", "main", "top", "fast", "quick"})


def _headline_credit(tokens: list[Token], lo: int, hi: int, lex: _Lexicon) -> list[_Attribution]:
    """A headline's credit: a known source or a role before a colon that opens it ("UN: 2.4 million Afghans need
    aid") or after a dash that ends it ("Two soldiers killed in gunfight – army"); a place or a topic is none."""
    first = lo
    if lo + 2 <= hi and tokens[lo].text.isdigit() and tokens[lo + 1].text == ":" and tokens[lo + 2].text.isdigit() \
            and tokens[lo + 1].start == tokens[lo].end and tokens[lo + 2].start == tokens[lo + 1].end:
        first = lo + 3  # "14:05 GMT - Lebanese health ministry: 274 killed": a live page's time stamp opens the line
        while first <= hi and (tokens[first].low in ("gmt", "utc", "local", "time", "am", "pm", "a.m.", "p.m.")
                               or tokens[first].text in ("-", "–", "—")):
            first += 1
    months = _lex().months
    if first + 2 <= hi and tokens[first].text.isdigit() and tokens[first + 1].low in months and tokens[first + 2].text.isdigit() \
            and len(tokens[first + 2].text) == 4:
        first += 3  # "10 October 2017 Russian Defense Ministry: More than 100 …": a date line before the credit
    elif first + 2 <= hi and tokens[first].low in months and tokens[first + 1].text.isdigit() and tokens[first + 2].text.isdigit() \
            and len(tokens[first + 2].text) == 4:
        first += 3  # ("October 10 2017 …")
    colon = next((x for x in range(first + 1, min(hi, first + 5) + 1) if tokens[x].text == ":"), None)
    if colon is not None and first <= hi and tokens[first].low not in _HEADING_WORDS \
            and (name := _credited(tokens[first:colon], lex)):
        return [_Attribution(name, tokens[first].start, "explicit")]
    end = hi - 1 if tokens[hi].text in (".", "!") else hi
    dash = next((x for x in range(end, max(lo, end - 4), -1) if tokens[x].text in ("–", "—", "-")
                 and tokens[x].start > tokens[x - 1].end), None)
    if dash is not None and dash > lo and (name := _credited(tokens[dash + 1 : end + 1], lex)):
        return [_Attribution(name, tokens[dash].start, "explicit")]
    return []


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our"})


def _subject_of_a_second_verb(tokens: list[Token], b: int, lo: int, lex: _Lexicon) -> _Attribution | None:
    """The attribution when a reporting verb is the second of its subject's verbs ("The army denied the claim and
    said …"): the sentence's subject, when the words before "and"/"but" are one clause that opens with it."""
    j = lo
    while j < b and (tokens[j].low in _NOT_SPEAKER_START or tokens[j].text == ","):
        j += 1
    if any((t.low in lex.reporting_verbs and tokens[x - 1].low not in _DETERMINERS
            and tokens[x - 1].low not in ("not", "never", "n't", "doesn't", "didn't"))  # ("does not say how many …, but says")
           or t.text in (";", ":", '"', "“", "”")
           for x, t in enumerate(tokens[j:b], start=j)):
        return None  # ("X said 12 died, and officials said …": the verb before has its own speaker; not "denied the claim")
    if tokens[j].low in lex.pronouns:
        return _Attribution(None, tokens[b + 1].start, "inherited")  # "It gave no details but said …"
    name = _forward_name(tokens, j, b - 1, subject=True)
    if not name:
        return None
    end = next((x for x in range(j, b) if tokens[x].start >= tokens[j].start + len(name)), b)
    if end >= b or not tokens[end].text.islower() or tokens[end].low in ("and", "or", "of", "in", "on", "at", "from", "for"):
        return None  # the name must be followed by its own verb: "The army denied …"
    if _is_anaphor(name, lex):
        return _Attribution(None, tokens[b + 1].start, "inherited", anaphor=name)
    return _Attribution(name, tokens[b + 1].start, "explicit")


# A speaker named right after a quotation closes ('…," the minister said', '…" said Hatem', '…," he told reporters')
_SPEAKER_AFTER_A_QUOTE = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,5}?(?:said|says|say|told|tells|added|adds|stated|explained|noted|"
                                    r"wrote|writes|insisted|warned|recalled|according)\b", re.IGNORECASE)
_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING_QUOTES = frozenset({'"', "”"})


def _quoted_speaker_speaks(tokens: list[Token], lo: int, hi: int, found: list[_Attribution]) -> list[_Attribution]:
    """'"We have counted 43 bodies," said Maria Lopez': in a sentence that opens with a quotation and names
    its speaker after it, the speaker gives every figure quoted; "we" or "rescuers" inside the quotation
    are the speaker's words, not other sources."""
    if len(found) < 2 or tokens[lo].text not in _OPENING_QUOTES:
        return found
    close = next((k for k in range(lo + 1, hi + 1) if tokens[k].text in _CLOSING_QUOTES), None)
    if close is None or not any(a.source and a.position > tokens[close].start for a in found):
        return found
    # (a name inside the quotation still speaks for itself: '"The Syrian Observatory has documented 27
    # deaths," said the Britain-based organisation')
    return [a for a in found if not (tokens[lo].start < a.position < tokens[close].start and not _is_a_proper_name(a.source))]


def _is_a_proper_name(source: str | None) -> bool:
    """A source written as a name ("The Syrian Observatory", "UNICEF"), not "We" or "Rescuers"."""
    words = (source or "").split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)


def _places_listed_after_in(tokens: list[Token], start: int, lo: int, listed: bool) -> int | None:
    """The index of "in" before a list of places that ends in a name starting at token ``start`` ("in Jordan, Lebanon,
    Egypt and Iraq"; ``listed`` when the name already joins two), when a lower-case word stands before it; else None."""
    j = start - 1
    while j - 1 >= lo and (tokens[j].text == "," or tokens[j].low == "and") and tokens[j - 1].text[:1].isupper():
        listed = True
        j -= 1
        while j - 1 >= lo and tokens[j - 1].text[:1].isupper() and tokens[j - 1].is_word:
            j -= 1
        j -= 1
    if listed and j - 1 >= lo and tokens[j].low in ("in", "across") and tokens[j - 1].is_word \
            and (tokens[j - 1].text.islower() or j - 1 == lo):
        return j
    return None


def _name_start(b: int, name: str) -> int:
    """The token where a speaker's name that ends at token ``b`` begins (one token per word of it)."""
    return b - len(name.split()) + 1


def _relative_clause_start(tokens: list[Token], b: int, lo: int, name: str) -> int | None:
    """Where the relative clause that a speaker ending at ``b`` stands in begins ("73 remain, at least 35 of
    whom the military has declared dead": after the comma), or None when the speaker opens no such clause."""
    first = _name_start(b, name)
    if first - 1 < lo or tokens[first - 1].low not in ("whom", "which"):
        return None
    comma = next((x for x in range(first - 2, lo - 1, -1) if tokens[x].text in _CLAUSE_PUNCT), None)
    return tokens[comma].end if comma is not None else None


def _bare_records(name: str) -> bool:
    """Records that name no one who keeps them: "preliminary data", "official figures"."""
    words = name.split()
    return words[-1].lower() in _RECORD_NOUNS and all(w.islower() for w in words)


_POSSESSIVE_RECORDS = re.compile(r"^(.*?\S)['’]s(?:\s+[a-z-]+){0,3}\s+(?:" + "|".join(lexicon.load("sources")["record_nouns"])
                                 + r"|toll|tally)$")


def _records_owner_name(name: str) -> str:
    """The owner in "The UN's latest figures" (show …) or "the latest UN figures": records speak for whoever
    keeps them (an acronym or a name of two words or more; "Israeli figures" and "official figures" name no one)."""
    owned = _POSSESSIVE_RECORDS.match(name) if ("'s " in name or "’s " in name) else _NAMED_RECORDS.match(name)
    return owned.group(1) if owned else name


_NAMED_RECORDS = re.compile(r"(?:the\s+)?(?:(?:latest|new|newest|official|preliminary|updated|recent|final|initial)\s+)*"
                            r"((?:[A-Z]{2,}[\w.]*)|(?:[A-Z][\w.-]*\s+){1,4}[A-Z][\w.-]*)\s+(?:figures|data|statistics|estimates|numbers)$")


def _possessive_owner(tokens: list[Token], lo: int, hi: int, lex: _Lexicon) -> _Attribution | None:
    """"The ministry's overall toll now stands at 44,800", "the UN's latest figures show": the owner of
    the records a sentence quotes, when no reporting verb names a speaker."""
    for k in range(lo, hi):
        if not tokens[k].low.endswith(("'s", "’s")) or len(tokens[k].text) < 4:
            continue
        x = k + 1
        while x <= hi and x - k <= 3 and tokens[x].is_word and tokens[x].text.islower() and tokens[x].low not in _RECORD_NOUNS \
                and tokens[x].low not in ("toll", "tally") and tokens[x].low not in _NP_STOP:
            x += 1  # "overall", "latest", "death"
        if x > hi or not (tokens[x].low in _RECORD_NOUNS or tokens[x].low in ("toll", "tally")) or not tokens[x].text.islower():
            continue
        stem = tokens[k].text[:-2]
        owner = tokens[k]._replace(text=stem, low=stem.lower(), end=tokens[k].end - 2)
        name = _backward_name(tokens[lo:k] + [owner], k - lo, 0)
        if name is None or not (name.split()[-1][:1].isupper() or name.split()[-1].lower() in _ROLE_NOUNS):
            continue  # ("the war's toll": no one's records)
        if _is_anaphor(name, lex):
            return _Attribution(None, tokens[k].start, "inherited", anaphor=name)
        return _Attribution(name, tokens[k].start, "explicit")
    return None


_HEADLINE_SAY = frozenset({"say", "says", "said"})
_TOLL_GIVING_VERBS = frozenset(lexicon.load("hedges")["toll_giving_verbs"])
_TOLL_OBJECTS = frozenset(lexicon.load("hedges")["toll_objects"])


def _name_before_a_relative(tokens: list[Token], b: int, lo: int, name: str) -> str | None:
    """The speaker before an unbracketed relative clause that ends in ``name``: "The Observatory which has a
    network of sources in Syria gave a toll of 36" (copies without commas): the Observatory gave it."""
    first = _name_start(b, name)
    if any(tokens[x].low == "by" for x in range(max(lo, first - 2), first)):
        return None  # "villages which are controlled by IS activists said": the clause's agent is the speaker
    for w in range(first - 1, max(lo, first - 9) - 1, -1):
        if not tokens[w].is_word:
            return None  # ('"… on Fuaa which are inhabited by Shia Muslims" the Observatory said': the quote ends the clause)
        if tokens[w].low == "that" and w - 1 >= lo and w + 1 < first and tokens[w + 1].text.islower() \
                and tokens[w + 1].low.endswith("s") and not tokens[w + 1].low.endswith("ss") and tokens[w + 1].low not in _NP_STOP \
                and tokens[w - 1].low not in _lex().reporting_verbs:
            return _backward_name(tokens, w - 1, lo)  # ("a local group that supports protest against the government reported")
        if tokens[w].low in ("which", "who") and w - 1 >= lo and (any(
                tokens[x].low in ("has", "have", "had", "is", "was", "are", "were", "relies", "runs", "uses") for x in range(w + 1, first))
                or (w + 1 < first and tokens[w + 1].text.islower() and tokens[w + 1].low.endswith(("s", "ed"))
                    and tokens[w + 1].low not in _NP_STOP)):  # ("The group which advocates the Syrian opposition said")
            return _backward_name(tokens, w - 1, lo)
    return None


def _gives_a_toll(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether the verb at ``k`` reports a toll: "gave a slightly lower toll of 31", "issued an updated count"."""
    if tokens[k].low not in _TOLL_GIVING_VERBS:
        return False
    for x in range(k + 1, min(hi, k + 6) + 1):
        if tokens[x].low in _TOLL_OBJECTS:
            return True
        if not tokens[x].is_word or tokens[x].low in ("to", "for", "by", "with"):
            return False  # ("gave 300 blankets to families")
    return False


_ASIDE_OPENERS = frozenset(lexicon.load("sources")["aside_openers"])


_FINITE_AFTER_A_COUNT = frozenset({"were", "was", "are", "is", "had", "have", "has", "would", "will", "died", "remain", "remained"})


def _adds_a_sum(tokens: list[Token], k: int, hi: int) -> bool:
    """"added 254,000 jobs", "adds another 12 flights": the verb adds to a sum; "added 40 people were killed"
    reports (a clause with its own verb follows)."""
    x = k + 1
    while x <= hi and tokens[x].low in ("another", "a", "further", "more", "than", "nearly", "about", "some", "over", "around", "almost"):
        x += 1
    if x > hi or not tokens[x].is_number:
        return False
    for y in range(x + 1, min(hi, x + 8) + 1):
        if tokens[y].text in _CLAUSE_PUNCT:
            break
        if tokens[y].low in _FINITE_AFTER_A_COUNT:
            return False
    return True


def _appositive_name(tokens: list[Token], first: int, last: int) -> str | None:
    """A proper name filling an aside ("the Syrian Observatory for Human Rights", "UNHCR"), or None."""
    inside = tokens[first : last + 1]
    while len(inside) > 2 and inside[0].low in TITLE_ABBREVIATIONS and inside[1].text == ".":
        inside = inside[2:]  # "Lt. Col. Nadav Shoshani": the titles are not the name
    if not inside or len(inside) > 9 or (inside[-1].text[:1].islower() and not _NAME_PARTICLE.match(inside[-1].text)):
        return None
    words = inside[1:] if inside[0].low == "the" else inside
    if not words or not all(t.text[:1].isupper() or t.low in ("of", "for", "and", "on", "the", "-") or _NAME_PARTICLE.match(t.text)
                            for t in words):
        return None  # ("Ahmed al-Saleh": a particle inside a name)
    return " ".join(t.text for t in inside)


def _aside_before(tokens: list[Token], comma: int, lo: int, lex: _Lexicon) -> int | None:
    """The last token of the name before a short comma-bounded aside that ends at ``comma``, or None."""
    opening = next((x for x in range(comma - 1, max(lo, comma - 16) - 1, -1) if tokens[x].text == ","), None)
    if opening is None or opening - 1 < lo or opening + 1 >= comma:
        return None
    first = tokens[opening + 1]
    inside = tokens[opening + 1 : comma]
    said_last = inside[-1].low in lex.reporting_verbs and not (len(inside) > 1 and inside[-2].low in ("the", "a", "an", "its", "their"))
    if said_last or inside[0].low in lex.reporting_verbs:
        return None  # "…, officials said, …", "…, said the army, …": a reporting clause, not an aside
    if " ".join(t.low for t in inside) in _ADVERB_ASIDES:
        return opening - 1  # "The army, meanwhile, said", "The ministry, for its part, said"
    rank = 1 if first.low in _RANK_ADJECTIVES and len(inside) > 3 else 0  # "deputy head of …", "acting director of …"
    if first.low in _ASIDE_OPENERS or all(t.text[:1].isupper() or not t.is_word or _NAME_PARTICLE.match(t.text) for t in inside) \
            or ((inside[rank].low in _PERSON_ROLES or inside[rank].low == "head") and inside[rank].text.islower() and len(inside) > rank + 2
                and inside[rank + 1].low in ("of", "for", "at")
                and (tokens[opening - 1].text[:1].isupper() or _NAME_PARTICLE.match(tokens[opening - 1].text))):
        return opening - 1  # ("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said": the name speaks)
    return None


_CLAUSE_PUNCT = frozenset({",", ".", ";", ":", ")", "!", "?"})
_NOUN_FOLLOWERS = frozenset({"in", "of", "on", "at", "for", "from", "by", "and", "or", "was", "is", "were", "are", "has", "had",
                             "based", "compiled", "released", "published", "puts", "shows", "says", "since", "after",
                             "before", "during", "until", "where", "near", "with"})  # ("a Reuters tally based on …")


_WEEKDAYS = WEEKDAY_NAMES
_CREDITS = frozenset(str(c) for c in lexicon.load("sources")["photo_credits"])
_AFTER_A_SPEAKER = frozenset({"on", "in", "adding", "saying", "citing", "which", "who", "late", "earlier", "today", "yesterday",
                              "told", "has", "have", "had", "also", "last", "this", "and"}) | _WEEKDAYS


def _ends_a_clause(tokens: list[Token], first: int, end: int, hi: int) -> bool:
    """Whether the text after ``end`` (a name that starts at token ``first``) ends the sentence or goes
    on as a speaker's words do ("… said the Observatory on Monday", "said the UN adding"), rather than
    as a clause ("said the council had")."""
    j = next((x for x in range(first, hi + 1) if tokens[x].start >= end), None)
    if j is None or j > hi or not tokens[j].is_word:
        return True
    if tokens[j].low in ("has", "have", "had") and j + 1 <= hi and tokens[j + 1].low in ("been", "not", "no"):
        return False
    return tokens[j].low in _AFTER_A_SPEAKER or tokens[j].text[:1].isupper()


def _reports_just_before(tokens: list[Token], comma: int, lo: int, lex: _Lexicon) -> bool:
    """Whether the clause that ends at ``comma`` is a reporting clause ("a spokesperson said", "said the army");
    not "The army raised its estimate," where the reporting word is a noun."""
    k = comma - 1
    while k >= lo and tokens[k].text not in (",", ";", ":"):
        if (tokens[k].low in lex.inversion_verbs and tokens[k].low != "according") \
                or (tokens[k].low in ("told", "tells") and tokens[k - 1].low not in ("was", "were", "been", "being", "be", "is", "are")):
            return True  # (and "police told reporters, adding that …"; not "were told to leave")
        k -= 1
    return False


def _given_name_like_a_day(tokens: list[Token], words: list[Token], lo: int) -> bool:
    """"chairman Monday Kassah said": a weekday after a title and before a surname is a given name."""
    if len(words) < 2 or words[0].low not in _WEEKDAYS or not words[1].text[:1].isupper():
        return False
    at = next(x for x in range(lo, len(tokens)) if tokens[x] is words[0])
    return at - 1 >= lo and tokens[at - 1].low in _PERSON_ROLES and tokens[at - 1].text.islower()


def _role_then_its_holder(role: str, aside: str) -> bool:
    """"The Kremlin-installed governor, Vladimir Saldo, said": a described role, then the person who holds it (not
    "A witness, Ahmed Saleh, said", where the role is what later sentences point back past)."""
    words, names = role.split(), aside.split()
    return words[0].lower() == "the" and words[-1].lower() in _PERSON_ROLES and len(names) >= 2 \
        and all(w[:1].isupper() or _NAME_PARTICLE.match(w) for w in names)


def _names_a_person(source: str) -> bool:
    """"a resident", "a civil defence worker", "Governor Babagana Zulum": a source named by a person's role,
    not an institution's."""
    words = [w.lower().strip(".,'’") for w in source.split()]
    return words[-1] in _PERSON_ROLES or (bool(set(words) & _PERSON_ROLES) and not set(words) & _INSTITUTION_NOUNS)


def _is_anaphor(name: str, lex: _Lexicon) -> bool:
    """A name that points back at the source named before ("it", "the ministry", "the Britain-based monitor",
    "the same source"); a bare "sources" or "a source" introduces an unnamed one."""
    low = name.lower()
    if low in lex.pronouns:
        return True
    form = _anaphor_form(name)
    if form.startswith(("the source", "the same source")) and not low.startswith("the "):
        return False
    return form in lex.pronouns


def _anaphor_form(name: str) -> str:
    """"The Britain-based monitor" -> "the monitor": a description that points back at a source."""
    low = name.lower()
    return "the " + _BASED.sub("", low[4:] if low.startswith("the ") else low)


def _is_name_like(words: list[Token]) -> bool:
    """A name ("Reuters", "the Red Cross") or a description headed by a role ("hospital officials")."""
    if not words:
        return False
    if any(t.text[:1].isupper() for t in words):
        return True
    return words[-1].low in _ROLE_NOUNS or any(t.low in _ROLE_NOUNS for t in words[1:]) and words[0].low in ("the", "a", "an") \
        or (len(words) > 2 and words[0].low in _ROLE_NOUNS and words[1].low in ("for", "of", "at", "in", "from", "on"))
    # ("lawyers for the detainees", "rescuers in the rebel-held northwest", "officials from both countries")


# Prepositions before a place that may stand right before a speaker in copies without commas ("near the town
# of Tabqah local media reported", "a stronghold on the Euphrates River said the Observatory").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "from", "of", "outside", "around", "on"})
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ish|ese|i)")  # "Syrian", "Turkish", "Lebanese", "Iraqi"


def _place_before_a_speaker(tokens: list[Token], k: int, lo: int) -> bool:
    """The capitalised words ending at token ``k`` name a place after a preposition or a place noun, as in
    "near the town of Al Tabqah local media reported" or "in Homs state television said" once the
    commas are lost; not "officials in Gaza health ministry" (a role noun before the preposition)."""
    if _NATIONALITY.fullmatch(tokens[k].text):
        return False  # "in Damascus Syrian state media said": the nationality belongs to the speaker
    j = k
    while j - 1 >= lo and (tokens[j - 1].text[:1].isupper() or _NAME_PARTICLE.match(tokens[j - 1].text)) and k - j < 3 \
            and tokens[j - 1].low not in _PLACE_PREPOSITIONS:
        j -= 1
    if j - 1 < lo:
        return False
    before = tokens[j - 1].low
    if before in _PLACE_KINDS and before != "area":
        return True
    if before in _PLACE_MODIFIERS and j - 2 >= lo and tokens[j - 2].low in _PLACE_PREPOSITIONS:
        before, j = tokens[j - 2].low, j - 1  # "… of northeast Damascus SANA said": a compass word before the place
    return before in _PLACE_PREPOSITIONS and _word(tokens, j - 2) not in _ROLE_NOUNS \
        and not (before == "of" and tokens[j - 2].text[:1].isupper())  # ("Ministry of Health media office": one name)


# Words between a speaker and its verb ("the UN also said", "Kerry and Johnson each said", "the ministry has
# now confirmed"): not part of the name.
_BETWEEN_SPEAKER_AND_VERB = frozenset(lexicon.load("sources")["between_speaker_and_verb"])


def _role_acting_in(tokens: list[Token], k: int, lo: int) -> bool:
    """Token ``k`` is a preposition after a role and its participle: "workers operating in", "troops stationed at"."""
    return k - 2 >= lo and tokens[k].low in ("in", "at", "across", "inside", "near") and tokens[k - 1].text.islower() \
        and (tokens[k - 1].low.endswith("ing") or tokens[k - 1].low in ("stationed", "deployed", "posted", "located")) \
        and tokens[k - 2].low in _ROLE_NOUNS


def _name_opening_the_clause(tokens: list[Token], k: int, lo: int) -> str | None:
    """A capitalised name that ends at token ``k`` and opens its clause ("The Syrian Center for Policy Research",
    "Walaat Mamu"): the name an appositive description after it describes."""
    start = k
    while start >= lo and tokens[start].is_word and (tokens[start].text[:1].isupper() or _NAME_PARTICLE.match(tokens[start].text) or (
            tokens[start].low in _SOURCE_INNER and start > lo and tokens[start - 1].text[:1].isupper())):
        start -= 1
    if start == k or not (tokens[k].text[:1].isupper() or _NAME_PARTICLE.match(tokens[k].text)):
        return None
    opens = start < lo or not tokens[start].is_word or tokens[start].text in ('"', "“")
    if not opens and tokens[start].low == "the" and (start - 1 < lo or not tokens[start - 1].is_word):
        start -= 1  # "The Syrian Center …" at the start
        opens = True
    words = tokens[start + 1 : k + 1]
    first = words[1] if len(words) > 1 and words[0].low == "the" else words[0] if words else None
    if not opens or first is None or first.low in _NOT_SPEAKER_START or first.low in _NP_STOP \
            or any(w.low in _WEEKDAYS or w.low in _lex().months for w in words):
        return None  # ("In a breaking news alert state television said": no name opens it)
    return _span_text(list(words))


def _names_no_one(name: str) -> bool:
    """A role of an owner named only by a common noun, with no proper name in it ("The group's spokesman"): the
    name in its aside says more (but "A witness, Ahmed Saleh," stays the witness)."""
    words = name.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return len(words) > 1 and any(w.endswith(("'s", "’s")) for w in words) and all(w[:1].islower() for w in words)


def _name_described_after(tokens: list[Token], lo: int, end: int) -> str | None:
    """The person's name that opens a sentence and is followed at once by a description ("Ercan Topaca the Governor of
    Hatay …"): two to four capitalised words, then "the", "a" or "an", with no verb before ``end``."""
    x = lo
    while x < end and tokens[x].is_word and tokens[x].text[:1].isupper() and x - lo < 4:
        x += 1
    if not 2 <= x - lo <= 4 or x >= end or tokens[x].low not in ("the", "a", "an") or tokens[x].text[:1].isupper():
        return None
    if any(t.low in _lex().reporting_verbs or (t.text.islower() and t.low.endswith("ed")) for t in tokens[x:end]):
        return None
    return _span_text(tokens[lo:x])


def _name_before_its_description(tokens: list[Token], k: int, lo: int) -> str | None:
    """The name before a short description "a/an <lower-case words>" that ends at token ``k`` ("Ibrahim al-Assad a
    neurologist"), when the name opens its clause."""
    for d in range(k, max(lo, k - 3) - 1, -1):
        if not tokens[d].is_word or not tokens[d].text.islower():
            return None
        if tokens[d].low in ("a", "an") and d < k:
            return _name_opening_the_clause(tokens, d - 1, lo)
    return None


_ROLE_MODIFIERS = frozenset({"opposition", "local", "rebel", "rights", "government", "medical", "security", "civil", "defence",
                             "defense", "military", "hospital", "aid", "health", "tribal", "kurdish", "state"})


def _modifiers_before_a_role(tokens: list[Token], role: int, lo: int) -> int | None:
    """The first token of a plural role with up to two modifiers ("residents", "Syrian opposition activists") that
    opens its clause (after a comma, or, in a copy that lost its commas, with a nationality first); None if it does not."""
    first = role
    while first - 1 >= lo and role - first < 2 and tokens[first - 1].is_word \
            and (tokens[first - 1].low in _ROLE_MODIFIERS or _NATIONALITY.fullmatch(tokens[first - 1].text)):
        first -= 1
    if first - 1 < lo or not tokens[first - 1].is_word:
        return first
    return first if first < role and _NATIONALITY.fullmatch(tokens[first].text) else None


# places named by their kind after their name ("the Zahra neighborhood"); not "state" nor "city", which also name
# whose media or council speaks
_SMALL_PLACE_KINDS = frozenset({"neighborhood", "neighbourhood", "district", "village", "town", "suburb", "camp", "quarter"})
_CLOSE_SOURCES = frozenset({"source", "sources", "person", "people", "official", "officials", "figure", "figures"})


def _backward_name(tokens: list[Token], b: int, lo: int) -> str | None:
    """The noun phrase that ends at token ``b`` ("South Korea's Joint Chiefs of Staff", "the South Korean
    military", "a monitoring group", "officials"), read right to left."""
    name = _backward_capitalised_name(tokens, b, lo)
    return name if name is not None else _body_with_a_lower_case_remit(tokens, b, lo)


def _body_with_a_lower_case_remit(tokens: list[Token], b: int, lo: int) -> str | None:
    """A body whose name is all lower case and runs on after "for", "of" or "on" up to token ``b`` and opens its clause
    ("the ministry for the protection of the environment", "Ukraine's coordination headquarters for the treatment of
    prisoners of war"), or None."""
    for x in range(b - 2, max(lo, b - 12) - 1, -1):
        tok = tokens[x]
        if not (tok.is_word and tok.text.islower()):
            return None
        if tok.low in _BODY_HEADS and tokens[x + 1].low in ("for", "of", "on"):
            first = x
            while first - 1 >= lo and x - first < 2 and tokens[first - 1].is_word and tokens[first - 1].text.islower() \
                    and tokens[first - 1].low not in ("the", "a", "an") and tokens[first - 1].low not in _SOURCE_STOP:
                first -= 1  # ("coordination headquarters", "national council")
            if first - 1 >= lo and (tokens[first - 1].low == "the" or tokens[first - 1].low.endswith(("'s", "’s"))):
                first -= 1  # ("the ministry", "Ukraine's … headquarters")
            else:
                return None
            opens = first == lo or tokens[first - 1].text in (",", ":", ";", "(", '"', "“", "—", "–")
            return _span_text(tokens[first : b + 1]) if opens else None
    return None


def _backward_capitalised_name(tokens: list[Token], b: int, lo: int) -> str | None:
    words: list[Token] = []
    k = b
    if k - 1 >= lo and tokens[k].low in _BETWEEN_SPEAKER_AND_VERB:
        k -= 1  # "Kerry and Johnson each said", "the UN also said", "the Center however put"
    if k - 1 >= lo and tokens[k].low in _WEEKDAYS and tokens[k - 1].low in ("on", "late", "early"):
        k -= 2  # "The civil administration of Idlib on Thursday announced": the day is not part of the name
    elif k - 1 >= lo and tokens[k].low in _lex().months and tokens[k].text[:1].isupper() and tokens[k - 1].low in ("in", "since", "late", "early"):
        k -= 2  # "The U.N. in August said"
    elif k - 1 >= lo and tokens[k].low in ("week", "month", "year") and tokens[k - 1].low in ("last", "this", "earlier"):
        k -= 2  # "the ministry last week said", "the UN earlier this year said"
        if k >= lo and tokens[k].low in ("earlier", "later"):
            k -= 1
    if k < b and k - 1 >= lo and tokens[k].low in _POSTPOSED_PARTICIPLES | {"seen", "obtained"} and tokens[k].text.islower() \
            and (tokens[k - 1].text[:1].isupper() or tokens[k - 1].low in _ROLE_NOUNS or tokens[k - 1].low in _RECORD_NOUNS):
        k -= 1  # "A UN report released on Tuesday said": the report, not the day it came out
    while k >= lo and len(words) < 16:
        tok = tokens[k]
        low = tok.low
        if words and (_is_outcome_word(low, _lex()) or low in _NUMBER_WORDS or (low in _lex().durations and tok.text[:1].isupper())) \
                and low not in _ROLE_NOUNS and (not tok.text[:1].isupper() or (k > lo and tokens[k - 1].is_word
                                                                                and (low in _NUMBER_WORDS or low in _lex().durations))
                                                # ("Province 30 Terrorist Killed Reports said": a headline's count and its fate)
                                                or (k - 2 >= lo and (tokens[k - 1].is_number or tokens[k - 2].is_number))):
            break  # "killed three civilians local media": the name starts after the verb and the count (a headline's
            # "Six new hopefuls announced" too)
        if words and not tok.text[:1].isupper() and k - 1 >= lo and (tokens[k - 1].is_number or tokens[k - 1].low in _NUMBER_WORDS) \
                and _counted_noun(low, _lex()):
            break  # ... and after the noun the count counts (not "wounded 50 state media said")
        if words and low in _SMALL_PLACE_KINDS and tok.text.islower() and all(w.text.islower() for w in words) \
                and words[-1].low in _ROLE_NOUNS and words[-1].low.endswith("s") and k - 1 >= lo and tokens[k - 1].text[:1].isupper():
            break  # "in the western Zahra neighborhood activists said" (copies without commas): the place is not the speaker
        if tok.text == "." and k - 1 >= lo and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper() \
                and tokens[k - 1].end == tok.start and (words or k - 3 >= lo and tokens[k - 2].text == "." and tokens[k - 2].start == tokens[k - 1].end - 2):
            words.insert(0, tok)  # "the U.S. military said", "the U.N. said"
            k -= 1
            continue
        if tok.text in ("'", "’") and words and k - 1 >= lo and tokens[k - 1].end == tok.start and tokens[k - 1].low.endswith("s") \
                and ((words[0].text[:1].isupper() and tokens[k - 1].text[:1].isupper())
                     or (words[0].low in _ROLE_NOUNS and tokens[k - 1].text.islower() and len(tokens[k - 1].low) > 3)):
            # "the Palestinian Prisoners' Society said", "a lawyers' group said": a plural possessive inside the name
            words.insert(0, tok)
            k -= 1
            continue
        if tok.text in _NAME_QUOTES and (
                (words and tok.end == words[0].start and words[0].text[:1].isupper() and any(w.text in _NAME_QUOTES for w in words))
                or (k - 2 >= lo and tok.start == tokens[k - 1].end and tokens[k - 1].text[:1].isupper()
                    and (not words or words[0].start > tok.end)
                    and any(t.text in _NAME_QUOTES and t.end == tokens[x + 1].start
                            for x, t in zip(range(max(lo, k - 6), k - 1), tokens[max(lo, k - 6) : k - 1])))):
            words.insert(0, tok)  # 'the "Free Syrian Army" said': the quotes are part of the name
            k -= 1
            continue
        if tok.text in ("-", "–") and words and tok.end == words[0].start and k - 1 >= lo and tokens[k - 1].is_number \
                and tokens[k - 1].end == tok.start and words[0].text.islower():
            words.pop(0)  # "The 2,000-page report found", "A 12-member panel said": the number's compound only describes it
            k -= 2
            continue
        if tok.text == "-" and words and tok.end == words[0].start and words[0].text.islower() and k - 1 >= lo \
                and tokens[k - 1].text == "." and tokens[k - 1].end == tok.start:
            words.insert(0, tok)  # "A U.S.-based rights group said": the abbreviation before the hyphen is the compound's
            k -= 1
            continue
        if tok.text == "&" and words and words[0].text[:1].isupper() and k - 1 >= lo and tokens[k - 1].is_word \
                and tokens[k - 1].text[:1].isupper():
            words.insert(0, tok)  # "the London School of Hygiene & Tropical Medicine estimated": one name
            k -= 1
            continue
        if not tok.is_word:
            break
        if words and low in _WEEKDAYS and not (k - 1 >= lo and tokens[k - 1].low in _PERSON_ROLES and tokens[k - 1].text.islower()
                                               and words[0].text[:1].isupper()):
            break  # "in Homs on Tuesday state media said" (copies without commas): the day ends the name (but
            # "chairman Monday Kassah said": a man named Monday)
        if low in ("year-old", "years-old", "month-old"):
            if k - 3 >= lo and tokens[k - 1].text == "-" and tokens[k - 3].low in ("a", "an") \
                    and (named := _name_opening_the_clause(tokens, k - 4, lo)) is not None:
                return named  # "Manal a 28-year-old teacher living in Midan said": the name before the description
            break  # (the age is not part of the name)
        if words and low in ("including", "among") and tok.text.islower():
            if len(words) > 1 and words[0].low not in _ROLE_NOUNS and words[0].text.islower():
                words.pop(0)  # "killed 36 people including children opposition activists said": the listed part is not the speaker
            break
        if words and tok.text[:1].isupper() and not tok.text.isupper() and _place_before_a_speaker(tokens, k, lo) and (
                (words[0].text.islower() and words[0].low not in _SOURCE_INNER and words[0].low != "in"
                 and not (len(words) == 1 and words[0].low in _PLACE_KINDS))  # ("The White Helmets in Hama province said")
                or (len(words) > 1 and _NATIONALITY.fullmatch(words[0].text))
                or (len(words) == 1 and _known_acronym(words[0]))):  # ("… of northeast Damascus SANA said")
            # ("near Damascus British Foreign Secretary William Hague said": a nationality opens the speaker's name)
            break  # "an attack in Homs state television said": the place is not part of the speaker
        if words and len(words) > 1 and _NATIONALITY.fullmatch(words[0].text) and words[-1].low in _SPEAKER_HEADS \
                and (tok.low in _SPEAKER_HEADS or (tok.text.isupper() and len(tok.text) > 1)):
            break  # "Bomb kills 18 in Damascus suburb state TV Syrian state media reports": a nationality opens the name
        if words and low in _PLACE_KINDS and words[0].low in ("state", "local"):
            break  # "in divided Aleppo city state media said" (copies without commas): the city is not the speaker
        if words and words[0].low in ("state", "local", "state-run", "state-owned", "state-controlled") and words[0].text.islower() and tok.text.islower() \
                and low not in ("the", "a", "official", "national", "independent", "some", "other", "several"):
            break  # "abducted by Daesh terrorists local media reported": what comes before "local media" is another phrase's
        if words and low in _COUNTRIES and tok.text[:1].isupper() and k - 1 >= lo \
                and (tokens[k - 1].low in ("in", "near", "across", "inside", "outside", "around", "throughout", "from")
                     or tokens[k - 1].low in _PLACE_MODIFIERS
                     or (tokens[k - 1].low == "and" and k - 2 >= lo and tokens[k - 2].low in _COUNTRIES)):
            # ("in Iraq and Syria Carter added": the second of two countries too)
            break  # "killed 58 civilians in eastern Syria UNICEF said" (copies without commas): the place is not the speaker
        if low in ("a", "an") and tok.text.islower() and words and (named := _name_opening_the_clause(tokens, k - 1, lo)) is not None:
            return named  # "Manal a 28-year-old teacher living in Midan said" (no commas): the name, not its description
        if low == "the" and tok.text.islower() and words and words[0].text[:1].isupper() and k - 1 >= lo \
                and tokens[k - 1].is_word and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text not in _SENTENCE_OPENERS \
                and tokens[k - 1].low not in _NOT_SPEAKER_START and tokens[k - 1].low not in _NP_STOP \
                and (k - 1 == lo or not tokens[k - 2].is_word):
            words[0:0] = [tokens[k - 1], tok]  # "Save the Children said": "the" inside a name that opens its clause
            k -= 2
            continue
        if low in ("the", "a", "an"):
            if words:
                words.insert(0, tok)
            if words and k - 3 >= lo and tokens[k - 1].low == "to" and tokens[k - 2].low == "close" and tokens[k - 3].low in _CLOSE_SOURCES:
                # "a source close to the group told AFP", "Sources close to the investigation said": the source speaks
                first = k - 3 - (k - 4 >= lo and tokens[k - 4].low in ("a", "an", "the", "one", "two", "several", "senior", "security",
                                                                       "military", "diplomatic", "informed"))
                return _span_text(tokens[first:k] + words)
            # "a spokesman for the regional governor": the phrase goes on through "for"/"of" after a role
            if words and k - 2 >= lo and (tokens[k - 1].low in ("for", "of") and (
                    tokens[k - 2].low in _ROLE_NOUNS or tokens[k - 2].text[:1].isupper())
                    or tokens[k - 1].low in ("at", "in") and tokens[k - 2].low in _ROLE_NOUNS
                    or tokens[k - 1].low == "from" and tokens[k - 2].low in _PERSON_ROLES  # ("residents from the area", not
                    # "figures from the ministry", whose records speak for the ministry)
                    or tokens[k - 1].low == "with" and tokens[k - 2].low in _PERSON_ROLES  # ("a volunteer with the ERR")
                    or tokens[k - 1].low == "in" and tokens[k - 2].text[:1].isupper() and tokens[k - 2].is_word
                    and len(words) > 1 and words[1].text[:1].isupper() and tokens[k - 2].low not in _COUNTRIES
                    # ("the Coordinator of Government Activities in the Territories said": one name)
                    or tokens[k - 1].low == "to" and tokens[k - 2].text[:1].isupper() and len(words) > 1 and words[1].text[:1].isupper()
                    and tokens[k - 2].low not in _NOT_SPEAKER_START and tokens[k - 2].low != "according"  # ("Aid to the Church in Need")
                    or tokens[k - 1].low.endswith("ing") and tokens[k - 1].text.islower() and tokens[k - 2].low in _ROLE_NOUNS
                    or _role_acting_in(tokens, k - 1, lo)):
                # ("officials at the city zoo said", "an activist in the area told", "a group monitoring the conflict said")
                if _role_acting_in(tokens, k - 1, lo):  # "rescue workers operating in the area said"
                    words[0:0] = [tokens[k - 2], tokens[k - 1]]
                    k -= 3
                    continue
                words.insert(0, tokens[k - 1])
                k -= 2
                continue
            break  # a determiner starts the phrase
        if low in _NAME_LINKS and tok.text.islower() and words and (words[0].text[:1].isupper() or words[0].low in _NAME_LINKS) and k - 1 >= lo and (
                tokens[k - 1].text[:1].isupper() or (tokens[k - 1].low in _NAME_LINKS and k - 2 >= lo and tokens[k - 2].text[:1].isupper())):
            words.insert(0, tok)  # "Ursula von der Leyen said", "Mohammed bin Salman": particles inside a person's name
            k -= 1
            continue
        if low == "of" and words and words[0].text[:1].isupper() and k - 1 >= lo and tokens[k - 1].low in _PLACE_KINDS:
            x = k - 2  # "An official in the Turkish town of Suruc said": the official, in the place, speaks
            while x >= lo and x >= k - 4 and tokens[x].low != "the" and tokens[x].is_word:
                x -= 1
            if x - 2 >= lo and tokens[x].low == "the" and tokens[x - 1].low == "in" and tokens[x - 2].low in _ROLE_NOUNS:
                words[0:0] = tokens[x - 2 : k + 1]
                k = x - 3
                continue
        if low in _SOURCE_INNER and not (tok.text[:1].isupper() and low in ("al", "el", "de") and words):
            # "Ministry of Defence", "ministry of health": a linking word after a name or an institution
            # (a capitalised "Al" opens a name: "the Al Jazeera correspondent")
            if not words or k - 1 < lo or not (tokens[k - 1].text[:1].isupper() or tokens[k - 1].low in _ROLE_NOUNS):
                break
            words.insert(0, tok)
            k -= 1
            continue
        if low == "to" and tok.text.islower() and words and words[0].text[:1].isupper() and k - 1 >= lo \
                and tokens[k - 1].text[:1].isupper() and tokens[k - 1].is_word:
            words.insert(0, tok)  # "the Committee to Protect Journalists": a name with a verb in it
            k -= 1
            continue
        if _role_acting_in(tokens, k, lo) and words:
            words[0:0] = [tokens[k - 1], tok]  # "workers operating in opposition-held areas say"
            k -= 2
            continue
        if (low == "in" or (low == "at" and k - 1 >= lo and tokens[k - 1].low in _ROLE_NOUNS and words
                            and words[-1].text.islower() and words[-1].low not in _ROLE_NOUNS)) and words \
                and (words[0].text[:1].isupper() or words[0].low in _PLACE_MODIFIERS) and k - 1 >= lo and (
                tokens[k - 1].low in _ROLE_NOUNS or tokens[k - 1].text[:1].isupper()
                or (k - 3 >= lo and tokens[k - 2].low == "of" and tokens[k - 3].low in _ROLE_NOUNS and tokens[k - 1].is_word)  # ("the ministry of health in Gaza")
                or (k - 2 >= lo and tokens[k - 2].low in ("a", "an") and tokens[k - 1].text.islower() and tokens[k - 1].is_word
                    and not tokens[k - 1].low.endswith(("ed", "ing")))):  # ("a neurologist in Saraqib said")
            # "the Health Ministry in Gaza", "officials in Kyiv", "a source at Aleppo province" (but "a source at
            # Aleppo Police Command" is the command's)
            words.insert(0, tok)
            k -= 1
            if tokens[k].text.islower() and tokens[k].low not in _ROLE_NOUNS:
                words.insert(0, tokens[k])  # (the noun of "a neurologist in", which no list of roles names)
                k -= 1
            continue
        if low in ("both", "each") and words and len(words) == 1 and k - 2 >= lo and tokens[k - 1].low in ("from", "on"):
            words.insert(0, tok)  # ("officials from both countries", "officials on both sides")
            k -= 1
            continue
        if (low == "from" or (low == "on" and words and words[0].low in ("both", "each"))) \
                and tok.text.islower() and words and len(words) <= 3 and k - 1 >= lo and tokens[k - 1].low in _PERSON_ROLES \
                and tokens[k - 1].text.islower() and tokens[k - 1].low.endswith("s"):
            words.insert(0, tok)  # "officials from both countries said", "officials from Russia said": the officials speak
            k -= 1
            continue
        if low in ("in", "at", "from") and words and words[0].text[:1].isupper() \
                and (named := _name_before_its_description(tokens, k - 1, lo)) is not None:
            return named  # "Ibrahim al-Assad a neurologist in Saraqib said" (no commas): the name, not the place
        if low in _PLACE_MODIFIERS and words and words[0].text[:1].isupper() and words[-1].low in _PLACE_KINDS and k - 3 >= lo \
                and tokens[k - 1].low == "the" and tokens[k - 2].low == "in" and tokens[k - 3].low in _ROLE_NOUNS:
            words[0:0] = tokens[k - 3 : k + 1]  # "officials in the southern Kherson region said"
            k -= 4
            continue
        if low in _SOURCE_STOP and not _known_acronym(tok):  # ("The WHO said": a known acronym)
            break
        if low in _PLACE_MODIFIERS and words and words[0].text[:1].isupper() and k - 2 >= lo and tokens[k - 1].low == "in" \
                and (tokens[k - 2].low in _ROLE_NOUNS or tokens[k - 2].text[:1].isupper()):  # ("the Directorate of Health in east Aleppo")
            words.insert(0, tok)  # "activists in rural Idlib", "officials in northern Syria"
            k -= 1
            continue
        if not tok.text[:1].isupper() and words and any(w.text[:1].isupper() for w in words) and (
                low not in _ROLE_NOUNS or words[0].text[:1].isupper()) and not _NAME_PARTICLE.match(tok.text) \
                and words[0].low not in _ROLE_NOUNS and not (low in _RANK_ADJECTIVES and words[-1].low in _PERSON_ROLES):
            # ("the defence ministry in Moscow": modifiers of a role noun stay; "a senior US official": a rank too)
            break  # lowercase before a name belongs to another phrase ("media watchdog Reporters Without Borders")
        words.insert(0, tok)
        k -= 1
    if words and k - 1 >= lo and tokens[k].low == "of" and tokens[k - 1].low in _SPEAKING_GROUPS:
        words[0:0] = [tokens[k - 1], tokens[k]]  # "opponents of Syrian President Bashar al-Assad said": the opponents speak

    elif words and k - 4 >= lo and tokens[k].low == "of" and tokens[k - 1].low in _PLACE_KINDS and tokens[k - 2].low == "the" \
            and tokens[k - 3].low in ("in", "of", "from", "at") and tokens[k - 4].low in _ROLE_NOUNS:
        words[0:0] = tokens[k - 4 : k + 1]  # "Activists in the district of Alwaer in Homs said": the activists speak
    elif words and k - 5 >= lo and tokens[k].low == "of" and tokens[k - 1].low in _PLACE_KINDS and tokens[k - 2].low in _PLACE_MODIFIERS \
            and tokens[k - 3].low == "the" and tokens[k - 4].low in ("in", "of", "from", "at") and tokens[k - 5].low in _ROLE_NOUNS:
        words[0:0] = tokens[k - 5 : k + 1]  # "Police in the southern city of Odesa said": the police speak
    elif words and words[0].low in ("the", "a", "an") and words[0] is tokens[k] and k - 2 >= lo and tokens[k - 1].low == "and" \
            and tokens[k - 2].low in _ROLE_NOUNS and tokens[k - 2].low.endswith("s") \
            and (first := _modifiers_before_a_role(tokens, k - 2, lo)) is not None:
        words[0:0] = tokens[first : k]  # "…, residents and a local resistance group said", "Syrian opposition activists and
        # the extremist group said": both speak
    elif words and words[0].low in ("the", "a", "an") and words[0] is tokens[k] and k - 2 >= lo and tokens[k - 1].low == "and" \
            and tokens[k - 2].text[:1].isupper() and (first := _name_opening_the_clause_at(tokens, k - 2, lo)) is not None:
        words[0:0] = tokens[first : k]  # "The UN and the Red Cross said": both speak
    elif len(words) == 1 and words[0].text[:1].isupper() and k - 1 >= lo and tokens[k].low == "in" \
            and (body := _body_named_before_its_remit(tokens, k, lo)) is not None:
        # "The Russian Center for coordinating and monitoring the cessation of hostilities agreement in Syria said": the
        # centre speaks, not the country its long lower-case remit ends on
        words[0:0] = tokens[body : k + 1]
    while words and words[0].low in _NOT_SPEAKER_START and not _given_name_like_a_day(tokens, words, lo):
        words.pop(0)  # "Later SANA correspondent", "On Saturday local media"
    if words and words[0].text == "Tags":
        # "Tags Idlib Russia Syria Anti-government activists say": a web page's tags run into the lead; the speaker is
        # the last capitalised phrase
        while len(words) > 1 and words[0].text[:1].isupper() and words[1].text[:1].isupper():
            words.pop(0)
    if not _is_name_like(words):
        return None
    if len(words) == 1 and words[0].low in ("the", "a", "an"):
        return None
    if all(w.low in _NUMBER_WORDS or w.low in grammar().units for w in words):
        return None  # "Twelve believed killed in blast": the count, not a speaker
    # the head noun: "ministry" in "ministry of health", else the last word (quote marks around a name aside)
    core = [w for w in words if w.text not in _NAME_QUOTES] or words
    place_last = core[-1].low in _PLACE_KINDS and core[-1].text.islower()  # ("The White Helmets in Hama province said")
    head = next((core[i - 1] for i, w in enumerate(core) if i and (w.low in ("of", "for", "at")
                                                                   or (w.low in ("in", "from") and (core[i - 1].low in _ROLE_NOUNS
                                                                                                    or place_last and core[i - 1].text[:1].isupper()))
                                                                   or (w.low.endswith("ing") and w.text.islower()
                                                                       and core[i - 1].low in _ROLE_NOUNS))),
                core[-2] if len(core) > 1 and core[-1].text == "." else core[-1])  # ("the U.N.": the N)
    if not (head.text[:1].isupper() or _NAME_PARTICLE.match(head.text) or head.low in _ROLE_NOUNS
            or (head.low.endswith("s") and len(head.low) > 3)  # ("Bashar al-Assad said")
            or (head.low.endswith("men") and len(head.low) > 5)):  # ("Local fishermen said")
        return None  # "Washington meanwhile", "Kenya and Tanzania last week": not a speaker
    return _span_text(words)


def _bracketed_source_of_a_list_line(text: str, end: int) -> str | None:
    """"- Confirmed dead: more than 11,000 (Libyan Red Crescent, Thursday)": a list line that closes on who gives its
    figure, with the day it was given, in brackets (a body or an acronym, not a place: "Aleppo (12 civilians)")."""
    line_start = text.rfind("\n", 0, end) + 1
    if not LIST_OR_TABLE_LINE.match(text, line_start):
        return None
    bracket = _BRACKETED_SOURCE_AT_LINE_END.match(text, end)
    if bracket is None:
        return None
    name = bracket.group("name")
    words = name.split()
    if re.fullmatch(r"[A-Z]{2,7}", name) or words[-1].lower() in _BODY_HEADS or words[-1].lower() in _ROLE_NOUNS:
        return name
    when = bracket.group("when")
    if len(words) >= 2 and when and _A_DAY_GIVEN.match(when):
        return name  # "(Libyan Red Crescent, Thursday)": a name with the day it gave the figure (not "(Aleppo, Syria)")
    return None


_BRACKETED_SOURCE_AT_LINE_END = re.compile(r"[^()\n]{0,60}?\(\s*(?:source:\s*|according\s+to\s+|per\s+)?"
                                           r"(?P<name>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w'’.&-]*)){0,6})"
                                           r"\s*(?:[,;]\s*(?P<when>[^()\n]{1,40}))?\)\s*(?:[.;](?:[ \t]+[^()\n]*)?)?[ \t]*(?:\n|$)", re.IGNORECASE)
# (a remark may follow the bracket after a semicolon: "- Killed: at least 28,700 (ACLED, to March 2025); other estimates run higher")
_A_DAY_GIVEN = re.compile(r"(?:as\s+of\s+|updated\s+)?(?:\d{1,2}\s+)?(?:" + "|".join(WEEKDAY_NAMES) + "|" + "|".join(MONTH_NUMBERS)
                          + r")\b", re.IGNORECASE)
_BODY_HEADS = frozenset({"center", "centre", "committee", "commission", "council", "office", "ministry", "network", "observatory",
                         "organization", "organisation", "agency", "coalition", "mission", "authority", "directorate",
                         "headquarters", "department", "service", "bureau", "board", "secretariat", "directorate-general"})


def _body_named_before_its_remit(tokens: list[Token], k: int, lo: int) -> int | None:
    """Where "The Russian Center" starts, when its name runs on in lower-case words ("for coordinating and monitoring the
    cessation of hostilities agreement") up to token ``k``, or None."""
    for x in range(k - 1, max(lo, k - 14) - 1, -1):
        tok = tokens[x]
        if tok.low in _BODY_HEADS and tok.text[:1].isupper() and x < k - 2 and tokens[x + 1].low in ("for", "of", "on"):
            first = x
            while first - 1 >= lo and tokens[first - 1].text[:1].isupper() and tokens[first - 1].is_word:
                first -= 1
            return first
        if not (tok.is_word and (tok.text.islower() or tok.low in ("the",))):
            return None
    return None


def _name_opening_the_clause_at(tokens: list[Token], end: int, lo: int) -> int | None:
    """The first token of a name of capitalised words that ends at ``end`` and opens its clause ("The UN", "the
    Red Cross", "Human Rights Watch"), if one does."""
    k = end
    while k >= lo and (tokens[k].text[:1].isupper() or tokens[k].low == "of" or (tokens[k].text == "." and k > lo
                                                                                  and len(tokens[k - 1].text) == 1)):
        k -= 1
    if k >= lo and tokens[k].low == "the":
        k -= 1
    first = k + 1
    if first > end or tokens[first].low == "of" or (tokens[first].text in _SENTENCE_OPENERS and tokens[first].low != "the"):
        return None
    return first if k < lo or tokens[k].text in (",", ":", ";", "(", '"', "“", "—", "–") \
        or tokens[k].low in ("while", "whereas", "but", "though", "although") else None


_MESSAGE_NOUNS = frozenset({"statement", "communique", "message", "post", "video", "letter", "briefing", "report"})
_PLURAL_VERBS = frozenset({"have", "had", "are", "were", "say", "killed"})
_MODIFIER_ENDINGS = ("-led", "-backed", "-based", "-run", "-held", "-controlled")


def _qualifies_a_number(tokens: list[Token], k: int) -> bool:
    """Whether a qualifier phrase ("more than", "at least") starts at token k and a number follows it
    (looked up by the phrase's last word, as ``_apply_qualifier`` does)."""
    for end in range(k, min(k + 4, len(tokens) - 1)):
        if tokens[end + 1].is_number or tokens[end + 1].low in grammar().starters:
            return any(len(phrase) == end - k + 1 and _matches_at(tokens, k, phrase)
                       for phrase, _ in _lex().qualifier_phrases.get(tokens[end].low, ()))
    return False


def _known_acronym(tok: Token) -> bool:
    """Whether a word in capitals is a source's known acronym ("WHO", not the pronoun "who")."""
    return len(tok.text) > 1 and tok.text.isupper() and tok.low in _lex().source_aliases


def _forward_name(tokens: list[Token], k: int, hi: int, subject: bool = False) -> str | None:
    """The name that starts at token k ("according to the Syrian Observatory…"). As a sentence's
    subject (``subject``), it ends at the first lower-case word after a capital: its verb."""
    words: list[Token] = []
    while k <= hi and len(words) < 14:
        tok = tokens[k]
        low = tok.low
        if tok.text in ("(",):
            break
        if low == "to" and tok.text.islower() and words and words[-1].text[:1].isupper() and k + 1 <= hi \
                and tokens[k + 1].text[:1].isupper() and tokens[k + 1].is_word and tokens[k + 1].low not in _lex().months:
            words.append(tok)  # "the Committee to Protect Journalists"
            k += 1
            continue
        if low in TITLE_ABBREVIATIONS and _word(tokens, k + 1) == "." and tokens[k + 1].start == tok.end and tok.text[:1].isupper():
            k += 2  # "said Col. Ahmed al-Assadi", "ministry spokesman Maj. Gen. Igor Konashenkov": the title is not part of the name
            continue
        if tok.text == "." and words and len(words[-1].text) == 1 and words[-1].text.isupper() and words[-1].end == tok.start:
            words.append(tok)  # "the U.N.", "the U.S. military"
            k += 1
            if k <= hi and tokens[k].start > tok.end and tokens[k].text in _SENTENCE_OPENERS:
                break  # "according to the U.N. The army ...": the abbreviation ended the sentence
            continue
        if tok.text == "," and words and (words[-1].text[:1].isupper() or words[-1].text == "."):
            end = _listed_owners_end(tokens, k + 1, hi)
            if end is not None:
                words += tokens[k : end + 1]  # "according to U.S., South Korean and Ukrainian officials"
                break
        if tok.text in ("'", "’") and words and words[-1].low.endswith("s") and words[-1].end == tok.start \
                and k + 1 <= hi and tokens[k + 1].is_word:
            words.append(tok)  # "according to prisoners' groups", "the Palestinian Prisoners' Society": a plural possessive
            k += 1
            continue
        if tok.text == "&" and words and words[-1].text[:1].isupper() and k + 1 <= hi and tokens[k + 1].text[:1].isupper() \
                and tokens[k + 1].is_word:
            words.append(tok)  # "the Armed Conflict Location & Event Data Project": the ampersand joins the name
            k += 1
            continue
        if _quote_inside_a_name(tokens, k, hi, words):
            words.append(tok)  # 'according to the opposition "Cham" TV network': the quotes are part of the name
            k += 1
            continue
        if not tok.is_word and not (words and words[-1].low in ("a", "an", "the") and re.fullmatch(r"(?:19|20)\d\d", tok.text)
                                    and k + 1 <= hi and tokens[k + 1].is_word and tokens[k + 1].text.islower()):
            break  # (but "according to a 2021 census", "the 2019 survey": the year is part of the record's name)
        if low in ("in", "at") and words and words[-1].text.islower() and words[-1].low in _ROLE_NOUNS and k + 1 <= hi \
                and (tokens[k + 1].text[:1].isupper() or (tokens[k + 1].low == "the" and k + 2 <= hi and tokens[k + 2].text[:1].isupper())):
            words.append(tok)  # "a source at Aleppo Police Command", "officials in Kyiv": the role's place or body
            k += 1
            continue
        if low in _SOURCE_STOP and low not in _SOURCE_INNER \
                and not (_known_acronym(tok) and not any(w.text[:1].isupper() for w in words)):
            break  # (but "according to WHO" names the World Health Organization; "said Elizabeth Hoff WHO
            # Representative", a copy without commas, names her)
        if low in ("on", "in", "at") :
            break
        if words and ((tok.text.islower() and low in _WHEN_AFTER_A_NAME) or (low in WEEKDAY_NAMES and tok.text[:1].isupper())):
            break  # "confirmed by the governor's office late on Sunday", "by the Health Ministry Sunday": when, not who
        if words and low in _NUMBER_WORDS and tok.text.islower():
            break  # "According to the military source two hideouts were destroyed" (copies without commas)
        if words and tok.text[:1].isupper() and words[-1].text.islower() and words[-1].low in _RECORD_NOUNS:
            break  # "According to the statement UNICEF continues to provide …" (a copy without commas): the record ends it
        if words and not tok.text[:1].isupper() and (low in _lex().subject_participles or low in _lex().inversion_verbs):
            break  # "said the Observatory adding that …": the name ends before the next verb
        if words and tok.text.islower() and low in _SHOW_VERBS:
            break  # "figures from the interior ministry show …": the verb is not part of the name
        if words and tok.text.islower() and low in _SPEAKING_PARTICIPLES:
            break  # "said a local activist speaking to AFP on condition of anonymity": how the speaker spoke
        if subject and not tok.text[:1].isupper() and low not in _SOURCE_INNER and low not in _ROLE_NOUNS \
                and any(w.low in _ROLE_NOUNS for w in words):
            break  # "The ministry issued a statement, saying …": the subject ends at its verb
        if not tok.text[:1].isupper() and low not in _SOURCE_INNER and low not in _ROLE_NOUNS \
                and not _NAME_PARTICLE.match(tok.text) and any(w.text[:1].isupper() and w.low not in ("the", "a", "an") for w in words) \
                and ((subject and not (k + 1 <= hi and tokens[k + 1].low in _ROLE_NOUNS))
                     or words[-1].low in ("the", "a", "an") or low in _NP_STOP or low in _NUMBER_WORDS
                     or low in grammar().starters):
            # "according to the Syrian Center for Policy Research the conflict has…", "Reuters over a dozen…"
            # (copies without commas); "UK intelligence", "Western governments" stay whole
            break
        if words and (words[-1].low in _ROLE_NOUNS or words[-1].text[:1].isupper()) and tok.text.islower() \
                and (low not in _ROLE_NOUNS or any(w.low in _ROLE_NOUNS for w in words)) \
                and low not in _SOURCE_INNER and low.endswith("s") and k + 1 <= hi \
                and tokens[k + 1].text.islower() and (tokens[k + 1].low.endswith("ed") or tokens[k + 1].low in _PLURAL_VERBS or tokens[k + 1].low in _IRREGULAR_PAST) \
                and any(w.text[:1].isupper() and w.low not in ("the", "a", "an") for w in words):
            # "According to SANA news agency terrorists fired …", "according to the Observatory rebels killed …"
            # (copies without commas): the name ends at its role or its capital, before a plural subject and its verb
            break
        if words and tok.text.islower() and low in _IRREGULAR_PAST and low not in _ROLE_NOUNS \
                and (any(w.text[:1].isupper() for w in words) or (len(words) >= 2 and words[-1].low not in _SOURCE_INNER)):
            break  # "figures compiled by the media office Aleppo bore the brunt": a verb ends the name ("a count by a media
            # consortium came in at …" too)
        if words and low in ("the", "a", "an") and words[-1].low not in _SOURCE_INNER \
                and (words[-1].text[:1].isupper() or words[-1].low in _ROLE_NOUNS) \
                and k + 1 <= hi and (tokens[k + 1].text.islower() or tokens[k + 1].low.endswith(_MODIFIER_ENDINGS)):
            break  # "According to SANA the US-led coalition attacked …": an article starts the next noun phrase
        if words and tok.text.islower() and _qualifies_a_number(tokens, k):
            break  # "According to Save the Children more than 4200 schools …"
        if words and tok.text.islower() and low.endswith("ed") and low not in _SOURCE_INNER and low not in _ROLE_NOUNS \
                and _word(tokens, k + 1) not in _ROLE_NOUNS and any(w.text[:1].isupper() for w in words):
            # "according to Kurdish officials questioned by reporters", "UN figures released on Monday": a participle
            # ends the name (but "the Syrian armed forces" is one)
            break
        words.append(tok)
        k += 1
    while words and words[-1].low in _SOURCE_INNER:
        words.pop()
    if not _is_name_like(words):
        return None
    return _span_text(words)


# Role nouns of people, and of institutions: "the agency said" cannot mean a governor quoted just before.
_PERSON_ROLES = frozenset(lexicon.load("sources")["person_roles"])
_INSTITUTION_NOUNS = _ROLE_NOUNS - _PERSON_ROLES
_LOST_KIN = frozenset(lexicon.load("categories")["lost_kin"])
_A_COMMUNITY_LOST = re.compile(r"\b(?:" + "|".join(lexicon.load("categories")["communities_that_lose"])
                               + r")\b[^.;:!?]{0,50}?\s(?:has\s+|have\s+|had\s+)?lost(?:\s+(?:at\s+least|about|some|nearly|more\s+than))?\s*$")
_LOST_NOT_HURT = frozenset(lexicon.load("categories")["lost_not_hurt"])
_AGE_SETTING_VERBS = frozenset({"lowered", "raised", "set", "cut", "increased", "reduced", "lifted", "fixed", "lower", "raise"})
_NAMES_LIKE_CURRENCY = frozenset(lexicon.load("not_counts")["names_like_currency"])
_CHARGE_NOUNS = frozenset(lexicon.load("categories")["charge_nouns"])
_EVENT_NOUNS = frozenset(lexicon.load("categories")["event_nouns"])
_PLURAL_NOUN_HOMOGRAPHS = frozenset(lexicon.load("hedges")["plural_noun_homographs"])
_PLURAL_SUBJECT_FOLLOWERS = frozenset(lexicon.load("hedges")["plural_noun_followers"])
_BEFORE_STATES_THE_NOUN = frozenset(lexicon.load("hedges")["before_states_the_noun"])
_HEARSAY_PASSIVES = frozenset({"believed", "said", "reported", "thought", "rumoured", "rumored", "reputed", "alleged"})
# the disputing verbs in the past or third person ("denied", "rejects"): their subject denies something
_DENYING_VERBS = frozenset(v for v in lexicon.load("hedges")["disputing_verbs"] if v.endswith(("ed", "s")))
_AREA_NOUNS = frozenset(lexicon.load("places")["area_nouns"])
_PLACE_KINDS = frozenset(map(singular, _AREA_NOUNS)) | {"camp", "countryside", "area"}
_RECORD_NOUNS = frozenset(lexicon.load("sources")["record_nouns"])


def _records_owner(tokens: list[Token], k: int, hi: int) -> int | None:
    """Where the owner's name starts in "a tally by The Associated Press", "data from the UN" (the owner
    speaks, not its records), or None."""
    for x in range(k, min(hi, k + 4)):
        if tokens[x].low in _RECORD_NOUNS and tokens[x].text.islower():
            by = x + 1
            if by + 1 <= hi and tokens[by].low in ("by", "from", "of"):
                start = by + 2 if tokens[by + 1].low == "the" and by + 2 <= hi else by + 1
                named = tokens[start].text[:1].isupper() or tokens[start].low in _ROLE_NOUNS \
                    or (start + 1 <= hi and tokens[start + 1].low in _ROLE_NOUNS)  # ("a new toll from the observatory")
                return by + 1 if named else None
            return None
        if not tokens[x].is_word or tokens[x].text[:1].isupper():
            return None
    return None


def _listed_owners_end(tokens: list[Token], k: int, hi: int) -> int | None:
    """Where a list of owners that goes on at token k ends in their role noun ("South Korean and
    Ukrainian officials" after "U.S.,"), or None when no such list follows."""
    joined = False
    for x in range(k, min(hi, k + 9) + 1):
        tok = tokens[x]
        if tok.low in ("and", "or"):
            joined = True
        elif tok.text == "." and x > k and tokens[x - 1].end == tok.start and len(tokens[x - 1].text) == 1:
            continue  # "the U.K."
        elif tok.text != "," and not tok.text[:1].isupper():
            return x if joined and tok.low in _ROLE_NOUNS and tokens[x - 1].text[:1].isupper() else None
    return None


_SHOW_VERBS = frozenset(lexicon.load("sources")["verbs_after_a_named_source"])
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z]")  # "al-Assad", "el-Faris": part of a name


_NAME_QUOTES = frozenset({'"', "“", "”"})


def _before_capitals(tokens: list[Token], k: int, lo: int, most: int = 3, joiners: tuple[str, ...] = ()) -> int:
    """The token before the run of capitalised words that ends at ``k`` (at most ``most`` of them, with the
    ``joiners`` inside it): "in" of "in White Nile", of "in the Democratic Republic of Congo"."""
    j = k
    while j > lo and k - j < most and tokens[j].is_word and (tokens[j].text[:1].isupper() or (j < k and tokens[j].low in joiners)):
        j -= 1
    return j


def _quote_inside_a_name(tokens: list[Token], k: int, hi: int, words: list[Token]) -> bool:
    """Whether the quote mark at ``k`` opens or closes a capitalised word inside a name read left to right
    ('the opposition "Cham" TV network'), rather than a quotation."""
    tok = tokens[k]
    if tok.text not in _NAME_QUOTES or not words:
        return False
    opening = k + 1 <= hi and tokens[k + 1].start == tok.end and tokens[k + 1].text[:1].isupper() and words[-1].end < tok.start \
        and any(t.text in _NAME_QUOTES and t.start > tok.end and t.start == tokens[x - 1].end
                for x, t in zip(range(k + 2, min(hi, k + 6) + 1), tokens[k + 2 : min(hi, k + 6) + 1]))
    closing = words[-1].end == tok.start and words[-1].text[:1].isupper() and any(w.text in _NAME_QUOTES for w in words)
    return opening or closing


def _span_text(words: list[Token]) -> str:
    # Rebuild from the name's tokens (consecutive in the text) so line breaks become single spaces.
    out = ""
    for i, t in enumerate(words):
        glued = t.start == words[i - 1].end if i else False
        out += ("" if i == 0 or (glued and (t.text in (".", "'", "’", ",", "-") or words[i - 1].text in (".", "-")
                                            or t.text in _NAME_QUOTES or words[i - 1].text in _NAME_QUOTES)) else " ") + t.text
    return out.replace(" 's", "'s")


_SIDE_WORDS = frozenset(lexicon.load("categories")["side_words"])
_PRESENT_CROWD_VERBS = frozenset(lexicon.load("verbs")["present_crowd_verbs"])
_OPINION_VERBS = frozenset(lexicon.load("verbs")["opinion_verbs"])  # ("Thousands rally in Tbilisi")
_VERBS_WITH_A_PLACE = frozenset({"reach", "escape", "flee", "enter", "cross", "leave"})
_AREA_UNITS = (("square", "kilometres"), ("square", "kilometers"), ("square", "miles"), ("sq", "km"), ("sq", "mi"), ("km2",),
               ("hectares",), ("acres",), ("km",), ("kilometre",), ("kilometer",), ("mile",))
# a finite verb right after a count's phrase: the clause is the count's own ("; 40 others were wounded")
_A_VERB_OF_ITS_OWN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:were|was|are|is|have|has|had|remain|remained|died)\b", re.IGNORECASE)
# a cue that opens the next count's own phrase ("… and the bodies of 28 others"): that count's, not the one before
_CUE_OF_THE_NEXT = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+(?=(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|nearly\s+|another\s+)?"
                              r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\b))",
                              re.IGNORECASE)
_CONDITION_OF = re.compile(r"\bcondition\s+of(?:\s+the)?\s*$", re.IGNORECASE)
_HOW_THEY_FARE = re.compile(r"^[^.;]{0,40}?\b(?:critical|serious|grave|stable|precarious)\b", re.IGNORECASE)
_TREATED_FOR = re.compile(r"\s*for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|inhalation|fractures|trauma)\b", re.IGNORECASE)
_FORECASTERS = frozenset(lexicon.load("not_counts")["forecasters"])
_FORECAST_VERBS = frozenset(lexicon.load("verbs")["forecast_verbs"])


def _forecast_without_object(tokens: list[Token], k: int) -> bool:
    """"(the 160,000 economists) had expected." : a forecast verb at ``k`` whose object is the number before it."""
    if _word(tokens, k) in ("polled", "surveyed", "questioned") and _word(tokens, k + 1) == "by":
        k += 2  # "the 140,000 economists polled by Reuters had expected": who polled them
        while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].is_word:
            k += 1
    if _word(tokens, k) in ("had", "have"):
        k += 1
    if _word(tokens, k) not in _FORECAST_VERBS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.is_word or after.low in ("for", "in", "by", "and", "but", "on", "at", "last", "this")
_PLACE_MODIFIERS = frozenset("""rural northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern northeast northwest southeast southwest north-east north-west south-east
    south-west north-eastern north-western south-eastern south-western besieged rebel-held government-held neighbouring
    neighboring""".split())
_SPEAKING_GROUPS = frozenset(lexicon.load("sources")["speaking_groups"])
_COUNTRIES = frozenset(lexicon.load("places")["countries"])
_SENTENCE_OPENERS = frozenset("The A An In On At It He She They We But And This That These Those Meanwhile".split())
_NOT_SPEAKER_START = frozenset("later earlier meanwhile separately also then but and however yesterday today tonight overnight on".split()) | _WEEKDAYS


def _alone_in_its_sentence(text: str, spans: list[tuple[int, int]], token_sentence: list[int], tokens: list[Token],
                           cand: _Candidate) -> bool:
    """Whether the candidate is bare digits that make up a whole sentence of a longer text ("… cars. 219")."""
    if cand.first != cand.last or not tokens[cand.first].text.isdigit():
        return False  # (a number in words or with its qualifier, "Twelve." or "About 40.", may answer a question)
    if len(spans) < 2:
        return False  # (a text that is just a number is asked about that number)
    s_start, s_end = spans[token_sentence[cand.first]]
    if _ONLY_DIGITS.fullmatch(text, s_start, s_end):
        return True  # "218-11", "12 | 4": a line of page numbers or counters
    return not text[s_start : tokens[cand.first].start].strip() and not text[tokens[cand.last].end : s_end].strip()


_ONLY_DIGITS = re.compile(r"\s*\d+(?:\s*[-–/|:]\s*\d+)+\s*")


def _named_by_the_copula(tokens: list[Token], k: int, token_sentence: list[int], lex: _Lexicon) -> str | None:
    """The people a part is, named after "were" ("Of those killed, six were children", "Twelve of the dead were
    women"): the part counts them. ``k`` is the first token after the count (or after its "of" phrase)."""
    if k >= len(tokens) or tokens[k].low not in ("were", "are", "was", "is"):
        return None
    x = k + 1
    if _word(tokens, x) in ("all", "mostly", "also", "reportedly"):
        x += 1
    words: list[Token] = []
    while x < len(tokens) and len(words) < 3 and token_sentence[x] == token_sentence[k] and tokens[x].is_word \
            and tokens[x].low not in _NP_STOP and not tokens[x].low.endswith(("ed", "ing")) and tokens[x].low not in lex.outcome_words:
        words.append(tokens[x])  # ("were killed", "were taken": a verb, not who they were)
        x += 1
    follower = _word(tokens, x)
    if not words or not (follower in ("", ".", ",", ";", "and", "or", "while", "but", "including", "from", "he", "she", "they",
                                      # ("25 were children aged between 8 and 14", "children under 14", "children who …")
                                      "aged", "under", "between", "who", "in", "at", "with")
                         or (x < len(tokens) and tokens[x].text[:1].isupper())):  # ("… were foreign volunteers he added")
        return None
    head = words[-1]
    if head.low in lex.person_nouns or (_plain_plural(head) and head.low not in lex.thing_nouns):
        return " ".join(t.text for t in words)
    return None


_AN_AVERAGE_OF_BEFORE = re.compile(r"\b(?:an?|the)\s+(daily|weekly|monthly|annual|yearly)\s+average\s+of\s+$", re.IGNORECASE)
_AVERAGE_PERIODS = {"daily": "per day", "weekly": "per week", "monthly": "per month", "annual": "per year", "yearly": "per year"}
_COMPARATIVES = frozenset({"lower", "higher", "greater", "smaller", "larger", "bigger", "more", "less", "fewer", "better",
                           "worse", "cheaper", "dearer", "stronger", "weaker", "faster", "slower", "up", "down"})
_DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west northward southward eastward westward away off ahead behind inland offshore deep long wide high
    later earlier ago above below beneath beyond apart underground""".split())


_NOUNS_IN_LY = frozenset({"family", "assembly", "supply", "rally", "anomaly", "monopoly", "italy", "july", "belly", "bully",
                          "ally", "jelly", "lily", "folly", "tally", "homily", "melee", "gully", "filly", "volley"})
_BOUND_ASIDE_OPENING = r"\s*(?:,|—|–|-)\s*(?:and|or|but)\s+(?:" + _BOUND_ADVERBS + r"\s+)?"
_A_BOUND_ASIDE_AFTER = re.compile(_BOUND_ASIDE_OPENING + r"(?:(?:as\s+many\s+as|up\s+to|more\s+than|over|nearly|around|about)\s+)?"
                                  r"\d(?:[\d,.]*\d)?(?!\d)(?:\s+(?:million|thousand|hundred))?\s*(?:,|—|–|-)\s+(?=[a-z])", re.IGNORECASE)
_A_BOUND_ASIDE_OPENS = re.compile(_BOUND_ASIDE_OPENING + r"$", re.IGNORECASE)
_A_BOUND_ASIDE_CLOSES = re.compile(r"\s*(?:,|—|–|-)\s*(?=[a-z])")


def _finish(text: str, tokens: list[Token], spans: list[tuple[int, int]], token_sentence: list[int],
            cand: _Candidate, sources: "_SentenceSources", lex: _Lexicon) -> Figure:
    start, end = tokens[cand.first].start, tokens[cand.last].end
    s_idx = token_sentence[cand.first]
    s_start, s_end = spans[s_idx] if spans else (0, len(text))
    if cand.kind == "count" and cand.value is not None and 0 < cand.value < 1 and WRITTEN_FRACTION.search(text, start, end):
        # "nearly half of them children", "two thirds of the dead": a share of a group, kept as a percent
        # (as "one in five children" is), never a count of half a person; "fell by a quarter": a change
        cand = replace(cand, kind="percent", unit="percent", value=_percent_of(cand.value),
                       low=None if cand.low is None else _percent_of(cand.low), high=None if cand.high is None else _percent_of(cand.high))
    what, what_end = _what(tokens, cand.what_from, token_sentence, text)
    if what is None and cand.kind == "count" and cand.last + 1 < len(tokens) and tokens[cand.last + 1].text in (",", "—", "–", "-"):
        # "At least 40, and possibly as many as 60, people died": the noun after the bound's aside counts both
        aside = _A_BOUND_ASIDE_AFTER.match(text, end) or (
            _A_BOUND_ASIDE_OPENS.search(text, max(0, start - 40), start) and _A_BOUND_ASIDE_CLOSES.match(text, end))
        after_aside = next((j for j in range(cand.last + 1, min(len(tokens), cand.last + 16)) if tokens[j].start >= aside.end()), None) \
            if aside else None
        if after_aside is not None and token_sentence[after_aside] == s_idx:
            what, what_end = _what(tokens, after_aside, token_sentence, text)
    if what is not None and (cand.number.vague or tokens[cand.first].start == s_start
                             # (or the next item of a headline's list: "38 dead, 29 survive")
                             or (cand.first >= 1 and tokens[cand.first - 1].text in (":", ",", ";"))) \
            and ((what.lower() in _PRESENT_CROWD_VERBS
                  and (what_end >= len(tokens) or not tokens[what_end].is_word or tokens[what_end].low in _NP_STOP
                       or tokens[what_end].low == "off"
                       or "\n" in text[tokens[what_end - 1].end : tokens[what_end].start]))  # (the headline's last word)
                 # ("1,800 reach Lampedusa", "Hundreds escape jail": the verb and its object)
                 or (len(words := what.split()) == 2 and words[0] in _PRESENT_CROWD_VERBS
                     and (words[1][:1].isupper() or words[0] in _VERBS_WITH_A_PLACE))):
        what, what_end = None, cand.last + 1  # "Thousands rally in Tbilisi", "Hundreds protest against the law": the verb
    if what is not None and what.lower() in _FORECASTERS and _forecast_without_object(tokens, what_end):
        what, what_end = None, cand.last + 1  # "well above the 160,000 economists had expected": who expected it, not what
    if what is not None and what_end < len(tokens) and tokens[what_end].low in _SAY_VERBS and tokens[what_end].text.islower() \
            and what.split()[-1].lower() in _SPEAKER_HEADS and cand.kind == "count" \
            and cand.first >= 1 and tokens[cand.first - 1].low in lex.outcome_words:
        what, what_end = None, cand.last + 1  # "killed 12 people and wounded 50 state media reported": the speaker, not what
        # the 50 count (copies that lost the comma)
    # "Of those killed, six were children": the part counts children (its category still comes from the whole)
    named_part = _named_by_the_copula(tokens, cand.last + 1 if what is None else what_end, token_sentence, lex) \
        if cand.kind == "count" and (cand.value or 0) >= 1 and (what is None or _word(tokens, cand.last + 1) == "of") else None
    if what is not None and cand.kind in ("measure", "duration") and what.split()[0].lower() in _DIRECTIONS:
        what = None  # "some 25 miles west of Raqqa", "7 km away": where, not what is measured
    if what is not None and cand.kind in ("measure", "percent") and what.lower() in _COMPARATIVES:
        what = None  # "about 2 points lower than in 2021", "closed 3% higher": how it compares, not what is measured
    if what is not None and cand.kind == "measure" and what.split()[0].islower() \
            and (" " not in what or (_word(tokens, cand.last + 1) == what.split()[0] and "-" not in what.split()[0])) \
            and (what.split()[0] in _IRREGULAR_PAST or what.split()[0].endswith("ed")):
        what = None  # "an aftershock of magnitude 5.9 struck": the verb, not what is measured (nor "fires across 400,000
        # hectares threatened homes": the verb and its object)
    if what is None and cand.kind == "measure" and _word(tokens, cand.first - 1) in ("to", "at") \
            and (_word(tokens, cand.first - 2) in lex.change_verbs or _word(tokens, cand.first - 2) in lex.level_verbs):
        what = _what_before(tokens, cand.first, token_sentence, lex)  # "Temperatures soared to 49.2C": what rose to it
    if what is None and cand.kind == "measure" and _word(tokens, cand.first - 1) == "of":
        what = _what_before(tokens, cand.first, token_sentence, lex)  # "at a depth of 10 km", "an earthquake of magnitude 7.1"
        if what is not None and what.lower() in ("one", "ones", "another"):
            what = None  # "several strong aftershocks including one of magnitude 5.5": a pronoun, not what is measured
    if what is not None and cand.kind == "count" and len(what.split()) > 1 and what.split()[0][:1].isupper() \
            and what.split()[-1].lower() in _BROADCAST_WORDS:
        what = None  # "Aleppo bomb blast kills six Syrian state TV": a headline's credit, its dash lost
    if what is not None and cand.kind == "percent" and re.split(r"[\s-]", what)[0].lower() in _PERIOD_WORDS:
        what = None  # "Exports fell 12.4 per cent year on year": when it is compared, not what changed
    if what is None and cand.kind == "percent" and _word(tokens, cand.first - 1) in ("to", "at") \
            and (_word(tokens, cand.first - 2) in lex.change_verbs or _word(tokens, cand.first - 2) in lex.level_verbs
                 or (_word(tokens, cand.first - 2) == ","  # ("Unemployment rose in March, to 4.2%")
                     and any(tokens[x].low in lex.change_verbs for x in range(max(0, cand.first - 10), cand.first - 2)))
                 or (_tells_how_it_changed(_word(tokens, cand.first - 2)) and _word(tokens, cand.first - 3) in lex.change_verbs)):
        what = _what_before(tokens, cand.first, token_sentence, lex)  # "Inflation eased to 2.9%", "Turnout stood at 61%"
    if what is not None and cand.kind == "percent" and what.split()[0].islower() \
            and (what.split()[0].endswith("ed") or what.split()[0] in _IRREGULAR_PAST):
        what = None  # "The record turnout of 70% surprised analysts": the verb, not what the share is of
    if what is None and cand.kind == "percent" and _word(tokens, cand.first - 1) == "of" and _word(tokens, cand.first - 2) in _RATE_NOUNS:
        determiners = ("a", "an", "the", "its", "their", "his", "her", "our")
        if _word(tokens, cand.first - 3) in determiners:
            what = tokens[cand.first - 2].text  # "a turnout of 65.8%"
        elif cand.first >= 4 and tokens[cand.first - 3].is_word and tokens[cand.first - 3].text.islower() \
                and _word(tokens, cand.first - 4) in determiners:
            what = f"{tokens[cand.first - 3].text} {tokens[cand.first - 2].text}"  # "an unemployment rate of 4.2%", "the record turnout"
    if what is None and cand.kind == "percent" and _word(tokens, cand.first - 1) in _PERCENT_LEVEL_VERBS \
            and cand.first >= 2 and tokens[cand.first - 2].is_word and tokens[cand.first - 2].low not in _lex().pronouns \
            and tokens[cand.first - 2].low not in _NP_STOP:
        what = _what_before(tokens, cand.first - 1, token_sentence, lex, changed=True)  # "Turnout was 65.8%", "reached 70%"
    if what is None and cand.kind == "percent":
        verb = cand.first - 1 - (_word(tokens, cand.first - 1) == "by")
        if verb >= 1 and _word(tokens, verb) in lex.change_verbs and tokens[verb].text.islower() and tokens[verb].low not in ("up", "down"):
            what = _what_before(tokens, verb + 1, token_sentence, lex, changed=True)  # "Shares fell 3.5%", "Exports rose by 4%"
    if what is None and cand.kind == "count":
        what = _what_before(tokens, cand.first, token_sentence, lex)
        if what is not None and what.split()[-1].lower() in lex.change_verbs:
            what = None  # "The rise to 40 was sharp": a change counts nothing
        what = what or _whole_opening_the_sentence(tokens, cand.first, token_sentence, text) or _labelled_what(text, start, lex)
        numbering = _NUMBERING_AFTER.search(text, max(s_start, tokens[cand.first].start - 40), tokens[cand.first].start) \
            if what is None else None
        if numbering and _counted_noun(numbering.group(1).lower(), lex):
            what = numbering.group(1)  # "The militants, numbering about 300, attacked at dawn"
    elif what == "others" and cand.kind == "count":
        # "the injury of 40 others" names the outcome before the number; "the fate of 27 others" does not
        named = _what_before(tokens, cand.first, token_sentence, lex)
        if named and any(nouns is not None and nouns.search(named.lower()) for _, _, nouns in lex.categories):
            what = named
    if cand.kind == "count" and what is not None and what.lower() == "magnitude" and _word(tokens, cand.first - 1) == "of" \
            and cand.first >= 2 and _word(tokens, cand.first - 2) == "magnitude":
        cand, what = replace(cand, kind="measure", unit="magnitude"), None  # "The quake had a magnitude of 6.2": a measure
    if what is not None and " " in what and (last := what.rsplit(None, 1)[-1]).endswith("ly") and last.islower() \
            and len(last) > 4 and last not in _NOUNS_IN_LY:
        what = what.rsplit(None, 1)[0]  # "people forcibly displaced": an adverb after the noun belongs to the verb after it
    category = _category(text, tokens, cand, what, what_end, (s_start, s_end), lex)
    if category not in (None, "other") and what and len(what.split()) > 1 and all(w[:1].isupper() for w in what.split()) \
            and what.split()[-1].lower() in lex.thing_nouns:
        category = "other"  # "Three Terrorist Attacks Target … Kill 50": a headline's attacks kill, they are not killed
    if named_part:
        what = named_part
    if category == "wounded" and (_ill_not_hurt(text[s_start:s_end])
                                  or (not _INJURY_WORDS.search(text[s_start:s_end].lower()) and _ill_not_hurt(text))):
        category = "other"  # "48 have been hospitalized" in an outbreak: ill people, not wounded ones (the story may name the
        # illness in another sentence: "… dengue cases …. 1,214 patients were admitted to hospital", if it tells of no injury)
    if cand.kind == "count" and cand.number.first_token == cand.number.last_token and what \
            and _DOT_THOUSANDS.fullmatch(tokens[cand.number.first_token].text) and _counted_noun(what.split()[-1].lower(), lex):
        # "1.100 people" in a copy that groups thousands with a dot: a count of people is not a fraction
        cand = replace(cand, value=cand.value * 1000, low=None if cand.low is None else cand.low * 1000,
                       high=None if cand.high is None else cand.high * 1000)
    unit = cand.unit
    if cand.kind == "count" and unit is None:
        rate_at = what_end if what and what_end > cand.last else cand.last + 1
        unit = _rate_after(tokens, rate_at, token_sentence, s_idx)
        if unit is None and (passive := _passive_verb_end(tokens, rate_at)) is not None \
                and (_word(tokens, passive) in _RATE_ADVERBS or _word(tokens, passive) in ("every", "each", "per")):
            unit = _rate_after(tokens, passive, token_sentence, s_idx)  # "5,000 new cases were being recorded every day"
    if cand.kind == "count" and unit is None and (average := _AN_AVERAGE_OF_BEFORE.search(text, max(s_start, start - 40), start)) is not None:
        # "compared with a daily average of about 500": a rate, of what the sentence counted before
        unit = _AVERAGE_PERIODS[average.group(1).lower()]
        if what is not None and what.lower().endswith("average"):
            what = None
    phrase_end = tokens[what_end - 1].end if what and what_end > cand.last + 1 else end
    source, basis = _source_for(sources[s_idx] if s_idx < len(sources) else [], start, phrase_end, text)
    if source is None and cand.kind == "count":
        source = _bracketed_source_of_a_list_line(text, end)
        basis = "explicit" if source is not None else basis
    if source is not None and _DISPUTED_OBJECT.search(text, max(s_start, start - 60), start):
        source, basis = None, "none"  # "The army disputed the figure of 70 dead, saying …": the army does not give the 70
    if source is None and s_idx > 0 and (
            # "…, the mayor said. Another 40 were injured.", "Dozens of people were also wounded.": an addition to the
            # toll just given has its source
            ((_OPENING_ADDITION.fullmatch(text, s_start, start) or (start == s_start and _ALSO_BEFALLEN.match(text, end))
              # (and the parts listed after it: "Another seven people, including four women and two children, were killed")
              or (cand.kind == "count" and (opening := _OPENING_ADDITION.match(text, s_start)) is not None
                  and re.search(_LISTING_OPENER + r"[^.;:]*$", text[opening.end() : start]) is not None))
             and "\n" not in text[spans[s_idx - 1][1] : s_start])
            # ("… killing 26 men, police said. / Seventeen others were wounded": the others of the toll just given, one
            # paragraph break at most, as wire copy gives each sentence its own)
            or (cand.kind == "count" and start == s_start and what is not None and what.lower() == "others"
                and text.count("\n", spans[s_idx - 1][1], s_start) <= 2 and category not in (None, "other"))
            # "…, the ministry said. Of those, 322 were children.", "…, the air force said. / Air defenses shot down 94
            # of the drones.": so has a part of the count just reported
            or (cand.kind == "count" and _part_of_the_sentence_before(text, spans, s_idx, start, end))
            # ("… according to the Observatory. The toll includes 126 people killed by rebel shelling": a part of that toll)
            or (cand.kind == "count" and _THE_TOLL_INCLUDES.fullmatch(text, s_start, start) is not None)
            # ("… an initial death toll of 47. This was later updated to 82 on Sunday including 58 civilians": the same
            # account's update)
            or (cand.kind == "count" and _UPDATED_TOLL_OPENING.match(text, s_start) is not None)
            # ("Of the dead, 155 were in Valencia, two in Castilla-La Mancha and one in Andalusia": the list goes on)
            or (cand.kind == "count" and _OPENS_ON_THE_SENTENCE_BEFORE.match(text, s_start) is not None
                and not re.search(r"[;:]", text[s_start:start]) and text.count("\n", spans[s_idx - 1][1], s_start) <= 2)):
        source = next((a.source for a in reversed(sources[s_idx - 1]) if a.source), None)
        if source is None and s_idx > 1 and not any(a.source for a in sources[s_idx - 1]) \
                and "\n" not in text[spans[s_idx - 2][1] : s_start] and not re.search(r"\d", text[spans[s_idx - 1][0] : spans[s_idx - 1][1]]):
            # ("…, the Observatory said. It was not clear who carried out the attacks. Another seven people were killed")
            source = next((a.source for a in reversed(sources[s_idx - 2]) if a.source), None)
        basis = "inherited" if source else basis
    if source is None and cand.kind == "count" and "accuse" in text[s_start:start].lower() \
            and (accusation := _ACCUSED_OF.search(text, s_start, start)) is not None:
        verb = next((k for k in range(cand.first - 1, -1, -1) if tokens[k].start == accusation.start()), None)
        accuser = _backward_name(tokens, verb - 1, sources.by_sentence[s_idx][0]) \
            if verb is not None and verb >= 1 and token_sentence[verb - 1] == s_idx else None
        if accuser and accuser.lower() not in ("it", "they", "he", "she", "we", "i", "who", "which"):
            # "Syrian opposition groups have accused Assad's forces of … killing as many as 1,300 people": the accusers'
            # figure (hedged as an accusation)
            source, basis = accuser, "explicit"
    if source is None and cand.kind == "count" and LIST_OR_TABLE_LINE.match(text, text.rfind("\n", 0, start) + 1):
        intro = _list_intro_speaker(text, spans, start, sources)
        if intro is not None:
            source, basis = intro, "inherited"  # "The ministry said on Sunday: / - Killed: 34": the list is the ministry's
    sentence = text[s_start:s_end]
    return Figure(
        text=text[start:end],
        char_start=start,
        char_end=end,
        sentence_index=s_idx,
        sentence=sentence,
        value=cand.value,
        low=cand.low,
        high=cand.high,
        qualifier=cand.qualifier,
        kind=cand.kind,
        unit=unit,
        what=what,
        category=category,
        source=source,
        source_key=source_key(source),
        source_basis=basis,
        hedged=_hedged(sentence, start - s_start, end - s_start, lex),
    )


_AMONG_THOSE_BEFORE = re.compile(r"[^.;:\d]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the)\s+"
                                 r"(?:killed|dead|victims|wounded|injured|casualties|missing|detained|arrested)\b", re.IGNORECASE)
_ALSO_BEFALLEN = re.compile(r"\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+also\b", re.IGNORECASE)
_OF_THE_NOUN = re.compile(r"\s+of\s+the\s+([a-z]+s)\b")


_RELEASED_FIGURES = re.compile(r"\s*(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|on|and|the))*?)\s+"
                               r"(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+\s+)?(?:released|published|issued|gave|provided|shared|posted|"
                               r"reported|announced|listed)\s+(?:the\s+)?(?:following|these|its|their|new|latest|updated)\b")


def _list_intro_speaker(text: str, spans: list[tuple[int, int]], start: int, sources) -> str | None:
    """Who gives the figures of a list or a table: the speaker of the line that introduces it with a colon ("The ministry
    said on Sunday:", "The authority released the following figures:"), past blank lines and the list's other lines."""
    found = _list_intro_at(text, start, rows=True)
    if found is None:
        return None
    line_start, line = found
    idx = sentence_of(spans, line_start + len(line.rstrip()) - 1) if spans else None
    if idx is not None and idx < len(sources):
        named = [a.source for a in sources[idx] if a.source and not _bare_records(a.source)
                 and a.source.split()[-1].lower() not in _RECORD_NOUNS]
        if named:
            return named[-1]  # (not "Key figures:", records with no owner)
    released = _RELEASED_FIGURES.match(line)
    return released.group("name") if released else None


def _part_of_the_sentence_before(text: str, spans: list[tuple[int, int]], s_idx: int, start: int, end: int) -> bool:
    """Whether a count opens on the figures of the sentence before ("Of those, 322 were children") in its
    paragraph, or counts part of what a count there counted ("94 of the drones" after "fired 145 drones", one
    paragraph break at most)."""
    gap = text[spans[s_idx - 1][1] : spans[s_idx][0]]
    if PART_OF_THE_SENTENCE_BEFORE.search(text, max(0, start - 40), start) and gap.count("\n") <= 2:
        return True  # (one paragraph break at most: wire copy gives each sentence its own)
    if PART_OF_THEM.match(text, end) and gap.count("\n") <= 2 and not re.search(r"\d", text[spans[s_idx][0] : start]):
        return True  # "Air defenses shot down 94 of them": them, the count the sentence before gave
    if gap.count("\n") <= 2 and _AMONG_THOSE_BEFORE.match(text, end) and not re.search(r"\d", text[spans[s_idx][0] : start]) \
            and re.search(r"\d", text[spans[s_idx - 1][0] : spans[s_idx - 1][1]]):
        return True  # "… 84 people have been killed. Seventeen children and six women were among those killed"
    noun = _OF_THE_NOUN.match(text, end)
    if noun is None or gap.count("\n") > 2:
        return False
    counted = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}" + re.escape(noun.group(1)) + r"\b")
    before = text[spans[s_idx - 1][0] : spans[s_idx - 1][1]]
    if counted.search(before) is not None:
        return True
    # ("At least 35 Islamic State jihadists were killed …. The Observatory said the deaths came in three clashes …. At least
    # 22 of the jihadists were killed": the count two sentences up, past one that tells of it)
    return s_idx >= 2 and text.count("\n", spans[s_idx - 2][1], spans[s_idx - 1][0]) <= 2 and not re.search(r"\d", before) \
        and counted.search(text, spans[s_idx - 2][0], spans[s_idx - 2][1]) is not None


# How a fraction is written: a share of a group, kept as a percent ("two thirds of the dead": 66.67).
WRITTEN_FRACTION = re.compile(r"\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
                              r"|\d/\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]", re.IGNORECASE)


def _percent_of(share: float) -> float:
    return 100.0 * share


_RATE_WORDS_BEFORE = frozenset(lexicon.load("units")["rate_words_before"])
_RATE_PERIODS: dict[str, str] = lexicon.load("units")["rate_periods"]
_RATE_ADVERBS: dict[str, str] = lexicon.load("units")["rate_adverbs"]
_RATE_BASES = frozenset(float(n) for n in lexicon.load("units")["rate_bases"])


def _rate_base_at(tokens: list[Token], k: int) -> int | None:
    """The token after the base when "per 100,000" starts at ``k`` (the base's noun, if any, included), else None."""
    if _word(tokens, k) != "per" or k + 1 >= len(tokens) or not tokens[k + 1].is_number:
        return None
    base = parse_digits(tokens[k + 1].text)
    if base not in _RATE_BASES:
        return None
    for end in range(k + 2, min(len(tokens), k + 4)):
        if not (tokens[end].is_word and tokens[end].text.islower()):
            break
        if _plain_plural(tokens[end]) or tokens[end].low in _IRREGULAR_PLURAL_HEADS or tokens[end].low == "population":
            return end + 1  # "per 1,000 live births", "per 100,000 inhabitants": the base's noun is the unit's
    return k + 2


def _passive_verb_end(tokens: list[Token], k: int) -> int | None:
    """Where a passive verb that starts at token ``k`` ends ("were being recorded", "are reported"), if one does."""
    x = k
    while x < len(tokens) and tokens[x].low in ("are", "were", "is", "was", "have", "has", "had", "been", "being"):
        x += 1
    if x == k or x >= len(tokens) or not (tokens[x].low.endswith("ed") or tokens[x].low in _PARTICIPLES_EN):
        return None
    return x + 1


def _rate_after(tokens: list[Token], k: int, token_sentence: list[int], sentence: int) -> str | None:
    """"per day" when the words at token ``k`` make the count a rate ("12 aid trucks a day", "20 killed daily")."""
    if k >= len(tokens) or token_sentence[k] != sentence:
        return None
    low = tokens[k].low
    if low in _RATE_ADVERBS:
        return "per " + _RATE_ADVERBS[low]
    if (base_end := _rate_base_at(tokens, k)) is not None and token_sentence[base_end - 1] == sentence:
        return " ".join(t.text for t in tokens[k:base_end])  # "per 100,000 people": a rate in a population
    if low in _RATE_WORDS_BEFORE and k + 1 < len(tokens) and tokens[k + 1].low in _RATE_PERIODS \
            and token_sentence[k + 1] == sentence \
            and (_word(tokens, k + 2) not in _lex().relative_date_words or _word(tokens, k + 2) == "since") \
            and _word(tokens, k + 2) not in ("into", "of", "when"):
        return "per " + _RATE_PERIODS[tokens[k + 1].low]  # (not "killed 12 people a day after the truce")
    return None


# Where one clause ends and the next begins: a hedge in another clause does not hedge the figure
# ("killed 218 and injured 7,000, and left an estimated 300,000 homeless": only the last is an estimate).
_HEDGE_SCOPE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but|though|although|yet|where|which|who)\b|\s(?:while|whereas)\s"
                                # ("At least 60 people are feared dead after a boat carrying more than 100 passengers capsized":
                                # the clause after "after" is told as fact)
                                r"|\safter\s+(?:a|an|the)\s"
                                # ("for the sake of thousands of civilians trapped in Manbij as it believes the fall of the city is
                                # critical": a reason clause of its own)
                                r"|\sas\s+(?:it|they|he|she|we|the\s+\w+)\s+$"
                                # ("78 people drowned and hundreds more were feared missing": the next count's own clause)
                                r"|\sand\s+(?:[\w,-]+\s+){1,3}?(?:more|others|other)\s+(?:were|was|are|is|have|had|remain|remained)\b"
                                r"|,\s+(?:adding|and\s+added|noting|warning|and\s+warned)\s+that\b"
                                # ("40 people were killed and officials said the toll could rise": a report of its own)
                                r"|\sand\s+(?:[A-Za-z'’.-]+\s+){1,3}?(?:said|say|says|warned|warn|warns|added|feared|fear|fears)\s+(?:that\s+)?(?:the|it|its|their)\b"  # ("the toll is expected to rise, he said, adding that")
                                r"|,\s+(?:[\w-]+\s+){0,3}?of\s+(?:whom|which|them)\b", re.IGNORECASE)  # (", about half of whom are believed …")
# A sentence that opens with an addition to the toll just given ("Another 40 were injured.", "A further 546 …").
_OPENING_ADDITION = re.compile(r"(?:(?:and|but)\s+)?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                               lexicon.load("categories")["addition_words"]) + r")\s+", re.IGNORECASE)
# a toll that may still grow, with no level named ("stood at 3,100 and was expected to rise further"): the number given
# is not in doubt (but "is expected to rise to 5,000" forecasts one)
_MAY_STILL_GROW = re.compile(r"\b(?:(?:expected|likely|feared|set)\s+to|could|may|might)\s+(?:rise|climb|increase|grow)"
                             r"(?!\s+(?:further\s+|sharply\s+)?(?:to|above|past|beyond|over|into\s+the)\s)", re.IGNORECASE)
_MONTH_MAY = re.compile(r"(?<=\S\s)May\b|\bMay(?=\s+\d)")  # capitalised inside a sentence, or before a day or year
_FOOTNOTE = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")  # "wounded 40 others.[1]": a note marker, not a figure
# Verbs of a clause after "claimed N people": what is claimed, not a toll taken ("claimed 30 soldiers were killed")
_CLAUSE_VERBS_AFTER_A_CLAIM = frozenset({"were", "was", "had", "have", "has", "are", "is", "died", "would", "will", "could"})
_CLAIMED_LIVES = re.compile(r"\bclaim(?:ed|s|ing)?(?=\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+|some\s+|over\s+|almost\s+)?"
                            r"(?:tens\s+of\s+|hundreds\s+of\s+)?"  # ("claimed tens of thousands of lives")
                            r"(?:\d[\d,.]*|millions|" + "|".join(sorted(_NUMBER_WORDS | _VAGUE_TOLLS, key=len, reverse=True))
                            + r")\s+(?:of\s+)?(?:(?:million|thousand|hundred)\s+)?(?:\w+\s+)?(?:lives?\b|(?:"
                            # ("Rebels claim 20 killed" is a claim: an outcome word is no noun for lives)
                            + "|".join(w for w in lexicon.load("categories")["person_nouns"]
                                       if w not in frozenset(lexicon.load("categories")["outcome_words"])) + r")\b"
                            r"(?![^;.]{0,60}?\b(?:" + "|".join(_CLAUSE_VERBS_AFTER_A_CLAIM) + r")\b)))", re.IGNORECASE)
# a group that claims an attack takes responsibility for it ("IS also claimed an October 2 bomb attack … that killed
# at least 17"): no doubt on the toll
_CLAIMED_AN_ATTACK = re.compile(r"\bclaim(?:ed|s|ing)?(?=\s+(?:the|an?|this|that|its|both|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|assaults?|raids?|strikes?|shootings?|"
                                r"killings?|massacres?|operations?|abductions?|kidnappings?|beheadings?)\b"
                                # (the noun phrase ends there; "claimed the strikes killed 40" claims the toll)
                                r"(?=\s*(?:[,.;]|$|\s(?:that|which|in|at|on|near|against|by|of|last|this|earlier|early|late)\b)))",
                                re.IGNORECASE)
_CLAIM_WORDS = frozenset({"claim", "claims", "claimed", "claiming"})
_CLAIM_SKIPS = frozenset({"at", "least", "more", "than", "nearly", "about", "some", "over", "around", "almost", "another",
                          "an", "estimated", "up", "to", "million", "thousand", "hundred"}) | _VAGUE_TOLLS


def _claims_victims(tokens: list[Token], k: int, hi: int, lex: _Lexicon) -> bool:
    """Whether "claimed" at token k takes a toll for object: "claimed 40 lives", "claimed more than 100 civilians"."""
    x, numbers = k + 1, 0
    while x <= hi and x <= k + 6 and (tokens[x].is_number or tokens[x].low in _CLAIM_SKIPS or tokens[x].low in _NUMBER_WORDS):
        numbers += tokens[x].is_number or tokens[x].low in _NUMBER_WORDS or tokens[x].low in _VAGUE_TOLLS
        x += 1
    if not numbers:
        return False
    for y in (x, x + 1):  # ("claimed 100 civilian lives": one modifier)
        if y <= hi and tokens[y].low in lex.not_reported_objects:
            return True
        if y <= hi and tokens[y].low in lex.person_nouns:
            # (but "claimed 30 soldiers were killed", "claimed 160 civilians mostly women and children were
            # killed": a clause follows, and it is claimed)
            for z in range(y + 1, min(hi, y + 10) + 1):
                if tokens[z].low in _CLAUSE_VERBS_AFTER_A_CLAIM:
                    return False
                if not tokens[z].is_word and tokens[z].text != ",":
                    break
            return True
    return False


def _gate_word(phrase: str, hedge_words: frozenset[str]) -> str:
    """The word of a not-hedge phrase to look for first: its hedge word ("claimed" in "attack claimed by"),
    which is rarer than the others, else its longest word."""
    words = phrase.lower().split()
    return next((w for w in words if w in hedge_words), max(words, key=len))


_NOT_HEDGE_WORDS = frozenset(_gate_word(phrase, frozenset(w.lower() for w in lexicon.load("hedges")["hedges"]))
                             for phrase in lexicon.load("hedges")["not_hedges"])
_THRESHOLD_VERBS = frozenset(lexicon.load("qualifiers")["threshold_verbs"])
_OVER_PARTICLE_VERBS = frozenset(lexicon.load("qualifiers")["over_particle_verbs"])
_MULTIPLIER_COMPARATIVES = frozenset(lexicon.load("not_counts")["multiplier_comparatives"])
_CRASHED_THINGS = frozenset(lexicon.load("not_counts")["crashed_things"])
_CRASH_NOUNS = frozenset(lexicon.load("not_counts")["crash_nouns"])
_NOT_A_MULTIPLIED_THING = frozenset({"same", "previous", "next", "following", "last", "first", "day", "night", "week", "month",
                                     "year", "morning", "afternoon", "evening", "past"})


_ADJECTIVAL_HEDGE = re.compile(r"alleged", re.IGNORECASE)
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")
_WHO_THEY_ARE = re.compile(r"\s+to\s+be\s+(?:[A-Z][\w-]*|from\s|of\s|members\b|part\s+of\b)")
# "an estimated 40,000 were left homeless": the estimate is that figure's own qualifier, not a doubt on the
# sentence's other figures ("More than 9,000 people were injured and an estimated 40,000 ...").
_WORD_AFTER = re.compile(r"\s+(?:[$€£]\s?)?([\w-]+)")


def _number_follows(sentence: str, pos: int) -> bool:
    """Whether a number (digits, or a word that can begin one: "40,000", "$3 billion", "dozens") starts at ``pos``."""
    word = _WORD_AFTER.match(sentence, pos)
    return bool(word) and (word.group(1)[0].isdigit() or word.group(1).lower().split("-")[0] in grammar().starters)
_ESTIMATED_AT = re.compile(r"\s+(?:at|to\s+be|to\s+have\s+been)(?:\s+(?:about|around|some|roughly|nearly|more\s+than|over|up\s+to))?\s")
_NOUN_AFTER_HEDGE = re.compile(r"\s+(?!(?:to|that|by|in|on|at|of)\b)[a-z][a-z-]+")


@lru_cache(maxsize=64)  # (a sentence with several figures is cleaned once)
def _without_false_hedges(sentence: str) -> str:
    """The sentence with hedge words that doubt nothing blanked out (offsets kept): "claimed the lives",
    "unemployment claims", "the bombing claimed 30 lives", "since May 2023"."""
    cleaned = sentence
    lower = sentence.lower()
    if any(word in lower for word in _NOT_HEDGE_WORDS):  # (a cheap look before the long alternation)
        cleaned = _lex().not_hedges.sub(lambda m: " " * len(m.group()), cleaned)
    if "claim" in lower:
        cleaned = _CLAIMED_LIVES.sub(lambda m: " " * len(m.group()), cleaned)  # "the bombing claimed 30 lives": no doubt
        cleaned = _CLAIMED_AN_ATTACK.sub(lambda m: " " * len(m.group()), cleaned)  # "IS claimed the bombing that killed 17"
    if "May" in cleaned:
        cleaned = _MONTH_MAY.sub("   ", cleaned)  # "since May 2023": the month, not the modal
    if "rise" in lower or "climb" in lower or "increase" in lower or "grow" in lower:
        cleaned = _MAY_STILL_GROW.sub(lambda m: " " * len(m.group()), cleaned)  # "stood at 3,100 and was expected to rise"
    return cleaned


_DISPUTING_VERBS = frozenset(lexicon.load("hedges")["disputing_verbs"])
_DISPUTED_OBJECT = re.compile(r"\b(?:" + "|".join(sorted(_DISPUTING_VERBS)) + r")\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:figures?|tolls?|numbers?|claims?|counts?|tally)\s+of\s+$", re.IGNORECASE)
_FIGURE_OF = re.compile(r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|over\s+)?", re.IGNORECASE)
# Hedges that doubt only the figures after them ("accused the army of killing 12 civilians")
_ACCUSATIONS = frozenset({"accused", "accuses", "accusing", "accusation", "accusations"})


_MODAL_HEDGES = frozenset({"may", "might", "could"})
# ", a figure expected to rise to 641,000", ", a toll that could climb": an appositive of the toll before, then its growth
_APPOSITIVE_TOLL_BEFORE = re.compile(r",\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:toll|figure|number|total|tally|count)\s+(?:that\s+|which\s+)?$",
                                     re.IGNORECASE)
_GROWS_AFTER = re.compile(r"\s*(?:to\s+)?(?:further\s+)?(?:rise|climb|increase|grow|reach|top|exceed|double|surpass)\b", re.IGNORECASE)
# a relative clause of a noun after the figure, right before its modal ("… illnesses that could have been treated")
_RELATIVE_BEFORE_A_MODAL = re.compile(r"\s([a-z]+),?\s+(?:that|which|who)\s+$")
_REPORT_NOUNS = frozenset({"report", "reports", "figure", "figures", "toll", "tolls", "tally", "claim", "claims", "count",
                           "estimate", "estimates", "account", "accounts", "number", "numbers", "statement", "data"})
_NEGATED = re.compile(r"\s*(?:not|n['’]t|never)\b", re.IGNORECASE)


def _hedged(sentence: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether a hedge word bears on the figure at sentence[start:end]: one in its own clause, or one in
    a reporting clause that closes the sentence (", US officials believe."), which bears on all of it."""
    cleaned = _without_false_hedges(sentence)
    last_comma = max((m.start() for m in _CLAUSE_COMMA.finditer(cleaned)), default=-1)  # (not "150,000")
    closing = cleaned[last_comma + 1 :] if last_comma >= 0 else ""
    closing_is_a_report = bool(closing.strip()) and not re.match(r"\s*(?:and|but|while|whereas|though|although|yet|where|which|who)\b", closing, re.IGNORECASE) \
        and not re.match(r"\s*(?:could|may|might|would|will|can|should|must|have|has|had)\b", closing, re.IGNORECASE) \
        and not re.search(r"\bof\s+(?:whom|which)\b", closing, re.IGNORECASE) \
        and not re.match(r"\s*\w+ing\s+that\b", closing, re.IGNORECASE)
    # (a part's own clause reports nothing; "…, warning that it could top 3,000" is a new claim, doubting only itself)
    disputed = lex.disputed_figure.search(cleaned) if any(stem in cleaned for stem in lex.disputing_stems) else None
    if disputed and not (disputed.group().split()[0].lower() in _DISPUTING_VERBS and start >= disputed.end()
                         and not _FIGURE_OF.fullmatch(cleaned, disputed.end(), start)):
        return True  # "Hamas said 30 people died, a figure Israel disputes", "disputed the figure of 70 dead" (but not the
        # disputer's own: "The army disputed the figure, saying only 12 soldiers were killed")
    for wide in lex.sentence_wide_hedges.finditer(cleaned):
        if ";" not in (cleaned[wide.end() : start] if wide.end() <= start else cleaned[end : wide.start()]):
            return True  # "figures could not be independently verified, but …": every figure of the sentence
    for hedge in lex.hedges.finditer(cleaned):
        if _ADJECTIVAL_HEDGE.fullmatch(hedge.group()) and _NOUN_AFTER_HEDGE.match(cleaned, hedge.end()):
            # "executed the families of five alleged rebels": the adjective doubts its noun, not the sentence's
            # other figures (it doubts "five alleged rebels" themselves)
            if 0 <= hedge.start() - end <= 2:
                return True
            continue
        if hedge.group().lower() == "estimated" and _number_follows(cleaned, hedge.end()):
            if hedge.start() < end and start - hedge.end() <= 3:  # (within the figure's span, or just before it)
                return True
            continue
        if hedge.group().lower() in ("believed", "thought", "suspected") and _WHO_THEY_ARE.match(cleaned, hedge.end()) \
                and not (0 <= hedge.start() - end <= 40 and "," not in cleaned[end : hedge.start()]):
            continue  # "Fighter jets also believed to be Russian struck the town where five civilians were killed": who the
            # jets are is in doubt, not the toll (but "12 men believed to be Russian mercenaries" doubts the 12)
        if hedge.group().lower() == "estimated" and (level := _ESTIMATED_AT.match(cleaned, hedge.end())) \
                and _number_follows(cleaned, level.end() - 1):
            # "caused damage estimated at $30 billion": the estimate is that figure's alone
            if hedge.start() < end and start - level.end() <= 3:
                return True
            continue
        if hedge.group().lower() in ("claims", "claim") and 0 <= hedge.start() - end <= 2:
            continue  # "Insurers have received more than 150,000 claims": the claims are what is counted
        if hedge.start() >= end and hedge.group().lower() in _ACCUSATIONS:
            continue  # "two of the men were accused of collaboration": the accusation is about them, not their number
        if hedge.start() >= end and _APPOSITIVE_TOLL_BEFORE.search(cleaned, end, hedge.start()) \
                and _GROWS_AFTER.match(cleaned, hedge.end()):
            continue  # "killed 40 people, a toll that could rise to 100": the forecast is the 100's, not the 40's
        if hedge.start() >= end and hedge.group().lower() in _MODAL_HEDGES \
                and (relative := _RELATIVE_BEFORE_A_MODAL.search(cleaned, end, hedge.start())) is not None \
                and relative.group(1).lower() not in _REPORT_NOUNS and not _NEGATED.match(cleaned, hedge.end()):
            continue  # "100 people died, many from illnesses that could have been treated": the modal is the illnesses' (but
            # "according to the report, which could not be corroborated" doubts the report)
        lo, hi = (hedge.end(), start) if hedge.end() <= start else (end, hedge.start())
        if hi <= lo or not _HEDGE_SCOPE_BREAK.search(cleaned, lo, hi):
            return True
        if closing_is_a_report and hedge.start() > last_comma and ";" not in cleaned[end : hedge.start()]:
            return True
    return False
