"""Across articles: copies and rewrites of one story, figures that make the same claim, and disagreement.

- Copies: MinHash over word shingles (datasketch) finds near-identical texts; a paraphrased rewrite
  is found by what it reports: the same attributed figure (value, category, source) plus a large
  share of the same content words. Members of a story share ``story_id``; all but the
  representative (earliest, then longest) carry ``copy_of``.
- Claims: count figures with the same category, a compatible counted entity, the same source key
  and compatible reference dates are one claim. Its members' bounds are intersected; when they do
  not overlap the claim is ``conflicting``.
- History: a later claim on the same subject and category supersedes the earlier one; a total that
  goes down is flagged ``decreasing``.
"""
from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Iterable, Iterator

import numpy as np

from . import lexicon
from .figures import ADDITION_AT_END, OF_WHICH_AT_END, PART_OF_THEM, PART_OF_WHOLE_AT_END
from .ingest import Article
from .text import fields_dict, singular

# Approximate figures ("around 1,100") are read as +/- this share when bounds are compared.
APPROX_TOLERANCE = 0.10
# Word 5-gram shingles with MinHash; texts above this Jaccard similarity are copies.
COPY_THRESHOLD = 0.5
# A rewrite shares a sourced figure, at least this share of content words (Jaccard), and appeared
# within REWRITE_MAX_DAYS of the other (an undated article may be a rewrite of anything).
REWRITE_WORD_OVERLAP = 0.18
REWRITE_MAX_DAYS = 3
NUM_PERM = 128
# Figures whose dates are this many days apart (or closer) may be the same claim; a week apart, a
# daily toll is a new claim that updates the old one.
DATE_TOLERANCE_DAYS = 2
PERIOD_DAYS = 62  # a figure dated over more than two months is a running total over a period
MAGNITUDE_APART = 10  # figures of one source this far apart count different things
# A figure is compared with at most this many of the latest claims of its category and source.
CANDIDATE_CLAIMS = 200
# Group nouns that say who was counted but not which group: two claims about "children" may be about
# different events; two about "North Korean soldiers" are about one subject.
GENERIC_SUBJECTS = frozenset(
    "people persons person casualties casualty soldiers soldier troops troop civilians civilian dead deaths death "
    "fatalities fatality wounded injured killed victims victim fighters fighter men man individuals them children "
    "child women woman jihadists jihadist militants militant rebels rebel police policemen protesters protester "
    "refugees refugee migrants migrant residents resident students student workers worker journalists journalist "
    "members member citizens citizen others other more".split()
)
_STOP = frozenset(
    """the a an and or but of to in on at for with by from as is are was were be been being has have had that which who
    this these those it its their his her they he she we our not also than more most into over after before about
    said says would could will may might can there here when while where what some such other new""".split()
)
# Words that mark a running total ("the toll rose to 112"): such claims update one another.
_CUMULATIVE = re.compile(r"\b(?:toll|total|tally|so far|in all|overall|to date|cumulative|altogether|since|"
                         r"(?:rose|risen|climbed|reached|increased|jumped|grew|stood|stands)\b)", re.IGNORECASE)
_FAMILY = {"killed": "casualties", "wounded": "casualties", "killed_or_wounded": "casualties", "killed_or_missing": "casualties"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _shingles(words: list[str], k: int = 5) -> set[str]:
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _content_words(words: list[str]) -> set[str]:
    return {w for w in words if len(w) > 3 and w not in _STOP and not w.isdigit()}


def _signatures(figures: list[dict]) -> frozenset[tuple]:
    """What an article reports, independent of wording: (value, category, source) of sourced counts."""
    return frozenset(
        (round(f["value"]), f["category"], f["source_key"])
        for f in figures
        if f["kind"] == "count" and f["source_key"] and f["value"] is not None and f["category"] not in (None, "other")
    )


@dataclass(frozen=True)
class StoryDoc:
    """What story detection needs of one article, small enough to hold for millions of articles."""

    article_id: str
    published: str | None
    n_chars: int
    hashvalues: np.ndarray  # MinHash of word 5-gram shingles (uint32, NUM_PERM values)
    signatures: frozenset  # sourced counts it reports (see _signatures)
    content: np.ndarray | None  # sorted CRC32s of its content words; only kept when it has signatures

    def stored(self) -> tuple[bytes, bytes | None]:
        """The hashes as bytes, to keep beside the article's rows (see story_doc)."""
        return self.hashvalues.tobytes(), (self.content.tobytes() if self.content is not None else None)


def story_doc(article: Article, figures: list[dict], stored: tuple[bytes, bytes | None] | None = None) -> StoryDoc:
    """The story-detection record of one ok article and its figure rows (made where it is extracted).

    ``stored`` is what ``StoryDoc.stored()`` returned for the same article text: the hashes are reused."""
    signatures = _signatures(figures)
    if stored is not None:
        hashvalues, content = stored
        return StoryDoc(article.article_id, article.published, article.n_chars, np.frombuffer(hashvalues, dtype=np.uint32),
                        signatures, np.frombuffer(content, dtype=np.uint32) if content is not None else None)
    from datasketch import MinHash

    words = _words(article.text)
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([shingle.encode("utf-8") for shingle in _shingles(words)])
    content = None
    if signatures:  # only articles that share a sourced figure are ever compared word by word
        content = np.unique(np.fromiter((zlib.crc32(w.encode()) for w in _content_words(words)), dtype=np.uint32))
    return StoryDoc(article.article_id, article.published, article.n_chars,
                    minhash.hashvalues.astype(np.uint32), signatures, content)


class _UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _near_duplicate_pairs(hashvalues: np.ndarray) -> np.ndarray:
    """Index pairs (i, j) of documents whose MinHash Jaccard estimate is at least COPY_THRESHOLD.

    Banded LSH as in datasketch's MinHashLSH (same band/row split), done with sorted numpy arrays:
    datasketch's in-memory index keeps a Python set per band bucket, ≈ 9 KB per document, which
    would not fit a million articles. Within each band bucket every member is checked against the
    bucket's first member and its neighbour, so a group of copies is joined without checking all pairs.
    """
    from datasketch import MinHashLSH

    n = len(hashvalues)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    probe = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    bands, rows = probe.b, probe.r
    candidates = []
    for band in range(bands):
        block = np.ascontiguousarray(hashvalues[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        _, bucket = np.unique(keys, return_inverse=True)
        order = np.argsort(bucket, kind="stable")
        sorted_bucket = bucket[order]
        same = sorted_bucket[1:] == sorted_bucket[:-1]
        if not same.any():
            continue
        candidates.append(np.stack([order[:-1][same], order[1:][same]], axis=1))
        run_start = np.r_[0, np.flatnonzero(~same) + 1]
        first = order[run_start][np.searchsorted(run_start, np.arange(n), side="right") - 1]
        member = first != order
        candidates.append(np.stack([first[member], order[member]], axis=1))
    if not candidates:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.unique(np.sort(np.concatenate(candidates), axis=1), axis=0)
    keep = np.zeros(len(pairs), dtype=bool)
    for start in range(0, len(pairs), 200_000):
        chunk = pairs[start : start + 200_000]
        keep[start : start + 200_000] = (hashvalues[chunk[:, 0]] == hashvalues[chunk[:, 1]]).mean(axis=1) >= COPY_THRESHOLD
    return pairs[keep]


class StoryIndex:
    """Story-detection records of a whole corpus, kept column by column (about 1 KB an article)."""

    def __init__(self) -> None:
        self.article_ids: list[str] = []
        self.published: list[str | None] = []
        self.n_chars: list[int] = []
        self.hashvalues: list[np.ndarray] = []
        self.content: dict[int, np.ndarray] = {}
        self.by_signature: dict[tuple, list[int]] = {}

    def add(self, doc: StoryDoc) -> None:
        index = len(self.article_ids)
        self.article_ids.append(doc.article_id)
        self.published.append(doc.published)
        self.n_chars.append(doc.n_chars)
        self.hashvalues.append(doc.hashvalues)
        if doc.signatures:
            self.content[index] = doc.content
            for sig in doc.signatures:
                self.by_signature.setdefault(sig, []).append(index)

    def stories(self) -> dict[str, tuple[str, str | None]]:
        """article_id -> (story_id, copy_of) for every article added."""
        ids = self.article_ids
        uf = _UnionFind(ids)
        if ids:
            # in article_id order, so the pairs checked do not depend on the order articles were added
            order = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)
            for i, j in _near_duplicate_pairs(np.stack([self.hashvalues[k] for k in order])):
                uf.union(ids[order[i]], ids[order[j]])
        # Paraphrased rewrites: the same sourced figure, much of the same vocabulary, days apart at most.
        checked: set[tuple[int, int]] = set()
        for members in self.by_signature.values():
            if len(members) > 50:
                continue  # a figure everyone repeats says nothing about who copied whom
            for n, a in enumerate(members):
                for b in members[n + 1 :]:
                    pair = (min(a, b), max(a, b))
                    if pair in checked:
                        continue
                    checked.add(pair)
                    ca, cb = self.content[a], self.content[b]
                    union = len(np.union1d(ca, cb))
                    if not union or len(np.intersect1d(ca, cb, assume_unique=True)) / union < REWRITE_WORD_OVERLAP:
                        continue
                    da, db = _date(self.published[a]), _date(self.published[b])
                    if da is None or db is None or abs((da - db).days) <= REWRITE_MAX_DAYS:
                        uf.union(ids[a], ids[b])
        groups: dict[str, list[int]] = {}
        for index, article_id in enumerate(ids):
            groups.setdefault(uf.find(article_id), []).append(index)
        result: dict[str, tuple[str, str | None]] = {}
        for members in groups.values():
            # the representative: earliest publication (undated last), then the longest text
            rep = ids[min(members, key=lambda k: (self.published[k] is None, self.published[k] or "", -self.n_chars[k], ids[k]))]
            story = "s" + rep[1:]
            for k in members:
                result[ids[k]] = (story, None if ids[k] == rep else rep)
        return result


def find_stories(docs: Iterable[StoryDoc]) -> dict[str, tuple[str, str | None]]:
    """article_id -> (story_id, copy_of) for every document (ok articles)."""
    index = StoryIndex()
    for doc in docs:
        index.add(doc)
    return index.stories()


# --- claims -------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def subject_of(what: str | None) -> str | None:
    """Normalised counted entity: lower case, no determiners, singular-ish head ("north korean soldier")."""
    if not what:
        return None
    words = [w for w in _words(re.split(r"\s+of\s+", what, maxsplit=1)[0]) if w not in ("the", "a", "an", "of", "them")]
    # ("150 prisoners of war" and "150 prisoners" count one group: the head before "of" names it)
    if not words:
        return None
    words[-1] = singular(words[-1])  # (one helper for plurals: "lives" is "life", not "live")
    return " ".join(words)


# Nouns that name what happened rather than who: "1,100 casualties" can be the same claim as
# "more than 1,000 North Korean soldiers killed or wounded".
OUTCOME_NOUNS = frozenset("casualty casualties dead death deaths fatality fatalities victim victims killed wounded injured toll".split())
SUBGROUPS = frozenset(lexicon.load("categories")["subgroups"])
# A later claim updates an earlier one only within this many days (a running toll, not a new event).
HISTORY_MAX_DAYS = 31


def _specific(subject: str | None) -> bool:
    if not subject:
        return False
    return any(w not in GENERIC_SUBJECTS and w + "s" not in GENERIC_SUBJECTS for w in subject.split())


def _subjects_compatible(a: str | None, b: str | None) -> bool:
    """Same counted group: one is missing or names only an outcome ("casualties"), or one's words,
    outcome nouns aside, are all in the other ("soldiers" / "North Korean soldiers", "North Korean
    casualties" / "North Korean soldiers"). "children" and "people" are different
    groups ("68 children were among the 126 people killed"), and a part such as children is never the
    same group as a toll that does not name it."""
    wa = set(a.split()) - OUTCOME_NOUNS if a else set()
    wb = set(b.split()) - OUTCOME_NOUNS if b else set()
    if (wa ^ wb) & SUBGROUPS:
        return False  # "11 children" is part of "at least 56 dead", not another count of them
    if not a or not b:
        return True
    # an outcome noun says what happened, not who: "North Korean casualties" are North Koreans
    return wa <= wb or wb <= wa


def bounds(figure: dict) -> tuple[float, float]:
    """The interval a figure allows, for comparing claims (approximate values get +/- APPROX_TOLERANCE)."""
    v, lo, hi, q = figure["value"], figure["low"], figure["high"], figure["qualifier"]
    if q == "approx":
        return (v * (1 - APPROX_TOLERANCE), hi if hi is not None else v * (1 + APPROX_TOLERANCE))
    low = lo if lo is not None else 0.0
    high = hi if hi is not None else math.inf
    return (low, high)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass
class _Claim:
    """Figures that report the same thing. Aggregates of the members make each membership test cheap."""

    category: str
    source_key: str | None
    members: list[dict] = field(default_factory=list)
    subjects: set = field(default_factory=set)  # distinct subjects of the members
    sentences: set = field(default_factory=set)  # (article_id, sentence_index) of the members
    positions: dict = field(default_factory=dict)  # sentence key -> where the members stand in that sentence
    articles: set = field(default_factory=set)  # the members' articles
    latest_start: date | None = None  # over dated members
    earliest_end: date | None = None
    spans_period: bool | None = None  # members cover a long period ("since 2011") rather than a day or week
    low: float = -math.inf  # intersection of the members' bounds (used for unattributed figures)
    high: float = math.inf
    places: set = field(default_factory=set)  # places the members' sentences name ("in Douma")
    additional: bool | None = None  # members count "another 17" on top of a toll, not the toll
    part: bool | None = None  # members count a part of a group named beside them ("three of them")
    event_days: set = field(default_factory=set)  # the days the members' own sentences name ("on Wednesday")
    stories: set = field(default_factory=set)  # the members' stories

    def add(self, fig: dict) -> None:
        self.members.append(fig)
        self.subjects.add(subject_of(fig["what"]))
        self.sentences.add((fig["article_id"], fig["sentence_index"]))
        self.articles.add(fig["article_id"])
        self.stories.add(fig.get("story", fig["article_id"]))
        if fig.get("sentence_key"):
            self.positions.setdefault(fig["sentence_key"], set()).add(fig.get("at"))
        start, end = _interval(fig)
        if start is not None:
            self.spans_period = _is_period(start, end)
            self.latest_start = start if self.latest_start is None else max(self.latest_start, start)
            self.earliest_end = end if self.earliest_end is None else min(self.earliest_end, end)
        lo, hi = bounds(fig)
        self.low, self.high = max(self.low, lo), min(self.high, hi)
        self.places.update(_places(fig))
        self.additional = bool(fig.get("additional"))
        self.part = bool(fig.get("part"))
        day = _event_day(fig)
        if day is not None:
            self.event_days.add(day)

    @property
    def subject(self) -> str | None:
        subjects = [subject_of(m["what"]) for m in self.members]
        specific = [x for x in subjects if _specific(x)]
        if specific:
            return max(sorted(specific), key=specific.count)
        generic = [x for x in subjects if x]
        return generic[0] if generic else None

    def _agrees(self, fig: dict) -> bool:
        """Whether the figure's bounds meet every member's."""
        lo, hi = bounds(fig)
        return max(lo, self.low) <= min(hi, self.high)

    def accepts(self, fig: dict) -> bool:
        if (fig["article_id"], fig["sentence_index"]) in self.sentences:
            return False  # two figures in one sentence count different things ("11 soldiers and 17 fighters")
        if fig.get("sentence_key") in self.positions and fig.get("at") not in self.positions[fig["sentence_key"]]:
            return False  # nor in that sentence's copy in another article ("killed 45 in Aleppo and 22 in Idlib")
        if (fig["article_id"] in self.articles or fig.get("story", fig["article_id"]) in self.stories) and not self._agrees(fig):
            # (a story's copies are one text: its two numbers from one source are two events or an update there too)
            # one article's two numbers from one source count two events, or a toll and its update ("had initially
            # given a death toll of 34"): neither is a disagreement between sources
            return False
        subject = subject_of(fig["what"])
        if not all(_subjects_compatible(subject, other) for other in self.subjects):
            return False
        if self.part is not None and bool(fig.get("part")) != self.part:
            return False  # "three of them" counts a part of the twelve named beside it, never the twelve
        if self.additional is not None and bool(fig.get("additional")) != self.additional:
            return False  # "another 17 were killed" adds to a toll; it does not restate or dispute it
        places = _places(fig)
        if places and self.places and not places & self.places:
            return False  # a monitor's toll for a strike on Douma and its toll for one on Kobane: two events
        day = _event_day(fig)
        if day is not None and self.event_days and day not in self.event_days:
            return False  # "killed seven on Wednesday" and "killed three on Thursday": two events, each named by its day
        start, end = _interval(fig)
        if start is not None and self.spans_period is not None and _is_period(start, end) != self.spans_period:
            return False  # a total since 2011 and a day's toll inside that period are different claims
        if start is not None and self.latest_start is not None:
            # compatible with every dated member <=> compatible with the latest start and the earliest end
            if (self.latest_start - end).days > DATE_TOLERANCE_DAYS or (start - self.earliest_end).days > DATE_TOLERANCE_DAYS:
                return False
        lo, hi = bounds(fig)
        if subject is None or not any(self.subjects):
            # a figure that names nothing it counts ("the toll rose to 115", "and 22 in Idlib") joins only what it
            # agrees with: read against a named group it is too often another event or a later update to disagree
            return self._agrees(fig)
        if fig.get("story", fig["article_id"]) not in self.stories and not (places & self.places) \
                and not _specific(subject) and not any(_specific(x) for x in self.subjects):
            # two stories' tolls of "people" from one monitor on one day with no place in common: as likely two strikes
            # as one disputed toll, so they join only when they agree (a place both name, "in Douma", ties them)
            return self._agrees(fig)
        if self.source_key is None or self.additional:
            # unattributed figures join only when their values agree: nothing else ties them together;
            # nor does anything tie "another 14" to "a further five" but the same number in two copies
            return self._agrees(fig)
        # a source's "more than 180,000" and its "110 of them" count different things, not a disagreement
        return not (lo > MAGNITUDE_APART * max(self.high, 1) or self.low > MAGNITUDE_APART * max(hi, 1))


def _places(fig: dict) -> set[str]:
    return set(filter(None, (fig.get("places") or "").split("|")))


# A place a figure's sentence names: a capitalised name (or an "al-" name) after "in", "near", "at", "outside" or
# "around" ("killed 42 in Douma", "18 near Kobane", "rocket shells at al-Midan neighbourhood"). Weekdays, months,
# countries and the sentence's own source are not places.
_PLACE = re.compile(r"\b(?i:in|near|at|outside|around)\s+(?i:the\s+)?(?:(?i:eastern|western|northern|southern|central|"
                    r"rural|besieged|north|south|east|west|northwestern|northeastern|southwestern|southeastern)\s+)?"
                    r"((?:[A-Z][\w'’-]+|al-[\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-\w+))*)")


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that are not places, and countries (lexicon/places.yml)."""
    data = lexicon.load("places")
    return frozenset(data["not_places"]), frozenset(data["countries"])


def places_in(sentence: str | None, source_key: str | None = None) -> str:
    """The places a sentence names, "|"-joined and lower case (possessives dropped): a claim's members
    must share one when both name any. Words of the figure's source are not places ("a source at
    Damascus Police Command")."""
    found: set[str] = set()
    not_places, countries = _place_words()
    words = (sentence or "").split()
    if words and sum(w[:1].isupper() for w in words) > 0.5 * len(words):
        return ""  # a title-case headline capitalises every word
    source_words = set((source_key or "").split())
    for m in _PLACE.finditer(sentence or ""):
        for word in m.group(1).split():
            word = re.sub(r"['’]s$", "", word).lower()
            country = word[:-1] if word.endswith("s") and word[:-1] in countries else word  # "Syrias" lost its apostrophe
            if word not in not_places and country not in countries and word not in source_words and len(word) > 2 \
                    and not word.endswith(("-based", "-led")):
                found.add(word.rstrip("s"))  # one spelling for "Aleppo" and "Aleppos" (a possessive without its apostrophe)
    return "|".join(sorted(found))


def _is_period(start: date, end: date | None) -> bool:
    return end is not None and (end - start).days > PERIOD_DAYS


def _event_day(fig: dict) -> date | None:
    """The day a figure's own sentence says it happened on, when it names one (not a report's date)."""
    if fig.get("date_basis") != "explicit" or not fig.get("date_start") or fig.get("date_start") != fig.get("date_end"):
        return None
    return _date(fig["date_start"])


def _interval(fig: dict) -> tuple[date | None, date | None]:
    start = _date(fig.get("date_start"))
    end = _date(fig.get("date_end")) or start
    return start, end


# The fields of a figure row that claims are made from (plus "cumulative", "places", "additional" and "part", read
# from its sentence).
CLAIM_FIELDS = ("figure_id", "article_id", "sentence_index", "category", "source_key", "value", "low", "high",
                "qualifier", "what", "date_start", "date_end", "date_basis")


def claim_candidates(figure_rows: Iterable[dict]) -> list[dict]:
    """Slim copies of the figures that can make a claim: counts with a category and a value (not rates)."""
    return [
        _candidate(f) for f in figure_rows
        if f["kind"] == "count" and f["category"] not in (None, "other") and f["value"] is not None
        and not (f.get("unit") or "").startswith("per ")  # a rate ("40 killed a day") is no toll
    ]


def _candidate(f: dict) -> dict:
    placed = _in_sentence(f)  # found once, read by both the addition and the part tests
    return {**{name: f.get(name) for name in CLAIM_FIELDS}, "cumulative": bool(_CUMULATIVE.search(f.get("sentence") or "")),
            "places": places_in(f.get("sentence"), f.get("source_key")), "additional": _is_additional(placed),
            "part": _is_part(placed), "sentence_key": _sentence_key(f.get("sentence")), "at": placed[1] if placed else -1}


def _sentence_key(sentence: str | None) -> str | None:
    """One key for a sentence and its copies in other articles (case and spacing aside)."""
    words = " ".join((sentence or "").lower().split())
    return f"{zlib.crc32(words.encode()):08x}{len(words):x}" if words else None


_ALSO_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+also\b", re.IGNORECASE)


_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)  # "five more civilians were killed"


def _in_sentence(figure: dict) -> tuple[str, int, int] | None:
    """The figure's sentence and where the figure stands in it (None when its text is not found there)."""
    sentence, text = figure.get("sentence") or "", figure.get("text") or ""
    at = sentence.find(text) if text else -1
    return (sentence, at, at + len(text)) if at >= 0 else None


def _is_part(found: tuple[str, int, int] | None) -> bool:
    """"12 officers were hurt, three of them seriously", "16 suspects, 11 of whom", "51, including 12 children": a
    part of the group beside it (``found``: the figure's place in its sentence, from _in_sentence)."""
    if found is None:
        return False
    sentence, at, end = found
    return bool(PART_OF_THEM.match(sentence, end) or OF_WHICH_AT_END.search(sentence, max(0, at - 20), at)
                or PART_OF_WHOLE_AT_END.search(sentence, max(0, at - 40), at))  # ("51, including 12 children")


def _is_additional(found: tuple[str, int, int] | None) -> bool:
    """"Another 17 fighters were killed", "Thirteen civilians were also killed", "five more were killed": a count on top of
    others, not a restatement of a toll (``found``: the figure's place in its sentence, from _in_sentence)."""
    if found is None:
        return False
    sentence, at, end = found
    return bool(ADDITION_AT_END.search(sentence, max(0, at - 20), at) or sentence[at - 1 : at] == "+"  # ("34 (+5)")
                or _ALSO_AFTER.match(sentence, end) or _MORE_AFTER.match(sentence, end))


def _candidate_schema():
    import pyarrow as pa

    text = pa.string()
    types = {"sentence_index": pa.int64(), "value": pa.float64(), "low": pa.float64(), "high": pa.float64(),
             "cumulative": pa.bool_(), "additional": pa.bool_(), "part": pa.bool_(), "at": pa.int64()}
    return pa.schema([(name, types.get(name, text))
                      for name in (*CLAIM_FIELDS, "cumulative", "places", "additional", "part", "sentence_key", "at")])


def candidate_table(figure_rows: Iterable[dict]):
    """claim_candidates as a compact Arrow table: a run keeps these for the whole corpus."""
    import pyarrow as pa

    return pa.Table.from_pylist(claim_candidates(figure_rows), schema=_candidate_schema())


def fuller_source_keys(keys: Iterable[str | None]) -> dict[str, str]:
    """Source keys of three words or more that end exactly one key a word longer: "disaster management
    authority" is the "national disaster management authority" named in full elsewhere. Claims read them as one source;
    a key that ends two longer ones ("interior ministry": the Turkish one or the Syrian one) stays itself."""
    known = {k for k in keys if isinstance(k, str) and k}
    # (one word more at most: "state tv syrian state media" is two names run together, not a fuller one)
    one_word_longer: dict[str, list[str]] = {}
    for key in known:
        if key.count(" ") >= 3:
            one_word_longer.setdefault(key.split(" ", 1)[1], []).append(key)
    return {key: longer[0] for key in sorted(known)
            if key.count(" ") >= 2 and len(longer := one_word_longer.get(key, [])) == 1}


def _sorted_candidates(candidates):
    """Candidates (dicts or an Arrow table) in claim-building order: category, source, date, figure."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = candidates if isinstance(candidates, pa.Table) else pa.Table.from_pylist(list(candidates), schema=_candidate_schema())
    fuller = fuller_source_keys(table["source_key"].unique().to_pylist())
    if fuller:
        keys = pa.array([fuller.get(k, k) for k in table["source_key"].to_pylist()], pa.string())
        table = table.set_column(table.schema.get_field_index("source_key"), "source_key", keys)
    keyed = table.append_column("_source", pc.fill_null(table["source_key"], "")).append_column(
        "_date", pc.fill_null(table["date_start"], ""))
    keyed = keyed.sort_by([("category", "ascending"), ("_source", "ascending"), ("_date", "ascending"), ("figure_id", "ascending")])
    for batch in keyed.drop_columns(["_source", "_date"]).to_batches(max_chunksize=10_000):
        yield from batch.to_pylist()


class Claims:
    """Claims made from claim candidates and the stories of their articles.

    Figures are taken in (category, source, date) order; when the category and source change, the
    claims of the last pair are final and only their summaries are kept, so memory holds one pair's
    figures at a time. ``rows()`` gives the claims table's member rows in table order.
    """

    def __init__(self, candidates, stories: dict[str, tuple[str, str | None]]):
        self.stories = stories
        described: list[dict] = []
        key, open_claims = None, []
        for fig in _sorted_candidates(candidates):
            if (fig["category"], fig["source_key"]) != key:
                described.extend(self._describe(c) for c in open_claims)
                key, open_claims = (fig["category"], fig["source_key"]), []
            # figures come sorted by date: only the most recent claims of a key can still take this one
            fig["story"] = self._story(fig["article_id"])
            for claim in reversed(open_claims[-CANDIDATE_CLAIMS:]):
                if claim.accepts(fig):
                    claim.add(fig)
                    break
            else:
                claim = _Claim(fig["category"], fig["source_key"])
                claim.add(fig)
                open_claims.append(claim)
        described.extend(self._describe(c) for c in open_claims)
        _link_history(described)
        self.described = sorted(described, key=lambda c: c["claim_id"])

    def _story(self, article_id: str) -> str:
        return self.stories.get(article_id, (article_id, None))[0]

    def _describe(self, claim: _Claim) -> dict:
        members = sorted(claim.members, key=lambda m: m["figure_id"])
        intervals = [bounds(m) for m in members]
        low, high = max(i[0] for i in intervals), min(i[1] for i in intervals)
        conflicting = low > high
        if conflicting:
            low, high = min(i[0] for i in intervals), max(i[1] for i in intervals)
        dates = sorted(m["date_start"] for m in members if m.get("date_start"))
        status = "conflicting" if conflicting else ("consistent" if len(members) > 1 else "single_source")
        return {
            "claim_id": "c" + members[0]["figure_id"].replace(":", "-"),
            "members": [(m["figure_id"], m["article_id"]) for m in members],
            "n_stories": len({self._story(m["article_id"]) for m in members}),
            "cumulative": any(m["cumulative"] for m in members),
            "category": claim.category, "subject": claim.subject, "source_key": claim.source_key,
            "reference_date": dates[0] if dates else None, "low": low, "high": None if math.isinf(high) else high,
            "status": status,
        }

    def __len__(self) -> int:
        return len(self.described)

    @property
    def conflicting(self) -> int:
        return sum(1 for c in self.described if c["status"] == "conflicting")

    def rows(self) -> Iterator[dict]:
        for c in self.described:
            for figure_id, article_id in c["members"]:
                yield {
                    "claim_id": c["claim_id"], "figure_id": figure_id, "article_id": article_id,
                    "story_id": self._story(article_id), "category": c["category"], "subject": c["subject"],
                    "source_key": c["source_key"], "reference_date": c["reference_date"],
                    "n_members": len(c["members"]), "n_stories": c["n_stories"], "claim_low": c["low"],
                    "claim_high": c["high"], "status": c["status"], "supersedes": c.get("supersedes"),
                    "decreasing": bool(c.get("decreasing", False)),
                }


def group_claims(candidates, stories: dict[str, tuple[str, str | None]]) -> list[dict]:
    """Claim member rows from claim candidates (see claim_candidates) and the stories of their articles."""
    return list(Claims(candidates, stories).rows())


def build(articles: list[Article], figure_rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Article rows (with story_id, copy_of, n_figures) and claim member rows, all in memory (the run
    streams the same steps: see pipeline.py)."""
    by_article: dict[str, list[dict]] = {}
    for row in figure_rows:
        by_article.setdefault(row["article_id"], []).append(row)
    docs = [story_doc(a, by_article.get(a.article_id, [])) for a in articles if a.status == "ok"]
    stories = find_stories(docs)
    article_rows = []
    for a in articles:
        row = fields_dict(a)
        story, copy_of = stories.get(a.article_id, (None, None))
        row.update(story_id=story, copy_of=copy_of, n_figures=len(by_article.get(a.article_id, [])))
        article_rows.append(row)
    return article_rows, group_claims(claim_candidates(figure_rows), stories)


def _best(c: dict) -> float:
    return c["low"] if c["high"] is None else (c["low"] + c["high"]) / 2


def _link_history(described: list[dict]) -> None:
    """A later claim updates an earlier one of the same category when both are about the same specific
    subject, or when both are running totals ("the toll rose to ...") from the same source."""
    chains: dict[str, list[dict]] = {}
    for c in described:
        if c["reference_date"] and c["status"] != "conflicting":
            chains.setdefault(c["category"], []).append(c)
    for chain in chains.values():
        chain.sort(key=lambda c: (c["reference_date"], c["claim_id"]))
        for i, later in enumerate(chain):
            for earlier in reversed(chain[:i]):
                if earlier["reference_date"] >= later["reference_date"]:
                    continue
                if (_date(later["reference_date"]) - _date(earlier["reference_date"])).days > HISTORY_MAX_DAYS:
                    break  # sorted by date: every earlier claim is further back
                if not _subjects_compatible(earlier["subject"], later["subject"]):
                    continue
                same_subject = (_specific(earlier["subject"]) and _specific(later["subject"])
                                and set(earlier["subject"].split()) == set(later["subject"].split()))
                running_total = earlier["cumulative"] and later["cumulative"] and earlier["source_key"] == later["source_key"] is not None
                if same_subject or running_total:
                    later["supersedes"] = earlier["claim_id"]
                    later["decreasing"] = _best(later) < _best(earlier)
                    break


HISTORY_COLUMNS = ["claim_id", "reference_date", "category", "family", "subject", "source_key", "claim_low",
                   "claim_high", "status", "n_stories", "supersedes", "decreasing"]


def history(claims, subject: str | None = None):
    """Claims over time for a subject (all claims when None), one row per claim, oldest first."""
    import pandas as pd

    if claims is None or len(claims) == 0:
        return pd.DataFrame(columns=HISTORY_COLUMNS)
    one = claims.drop_duplicates("claim_id").copy()
    if subject:
        one = one[one["subject"].fillna("").str.contains(subject, case=False, regex=False)]
    one["family"] = one["category"].astype(str).map(lambda c: _FAMILY.get(c, c))
    return one.sort_values(["family", "reference_date", "claim_id"], na_position="last")[HISTORY_COLUMNS].reset_index(drop=True)
