"""The number grammar: digits, number words, scales and vague quantities -> values and bounds.

Pure functions over tokens; which numbers are *figures* (and of what) is decided in figures.py.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .text import MONTH_NUMBERS, Token, parse_digits, tokenize


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """One number in the text: ``text[start:end]`` reads as ``value`` (vague ones carry bounds)."""

    start: int
    end: int
    value: float
    first_token: int  # index into the token list
    last_token: int  # inclusive
    vague: str | None = None  # the vague-quantity phrase ("dozens"), if any
    low: float | None = None  # vague bounds from the policy
    high: float | None = None
    ordinal: bool = False
    words: bool = False  # written in words ("eleven hundred")


@dataclass(frozen=True)
class Grammar:
    units: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    unambiguous_scale_abbreviations: frozenset[str]
    collective: dict[str, float]
    ordinals: dict[str, float]
    fractions: dict[str, float]
    vague: dict[tuple[str, ...], dict[str, float]]
    vague_max_len: int
    starters: frozenset[str]  # lower-case words that can begin a number in words
    not_a_share_before_half: frozenset[str]
    after_a_counting_scores: frozenset[str]


_DIGIT_PLURALS = {"tens": "10", "hundreds": "100", "thousands": "1000"}


@lru_cache(maxsize=8)
def grammar(vague_policy: str | None = None) -> Grammar:
    """The grammar with a vague-quantity policy (default: the packaged one; else a YAML path)."""
    words = lexicon.load("numbers")
    policy = lexicon.load_path(vague_policy) if vague_policy else lexicon.load("vague")
    vague = {tuple(k.lower().split()): v for k, v in validate_vague_policy(policy).items()}
    # "10s of thousands", "100s of people": the digits written for "tens", "hundreds" (tokenised "10", "s")
    vague.update({(_DIGIT_PLURALS[k[0]], "s", *k[1:]): v for k, v in list(vague.items()) if k[0] in _DIGIT_PLURALS})
    return Grammar(
        units=words["units"],
        tens=words["tens"],
        scales=words["scales"],
        scale_abbreviations=words["scale_abbreviations"],
        unambiguous_scale_abbreviations=frozenset(words["unambiguous_scale_abbreviations"]),
        collective=words["collective"],
        ordinals=words["ordinals"],
        fractions=words["fractions"],
        vague=vague,
        vague_max_len=max(len(k) for k in vague),
        starters=frozenset(
            {*words["units"], *words["tens"], *words["scales"], *words["collective"], *words["ordinals"],
             *words["fractions"], *(k[0] for k in vague), "a", "an", "half", "one"}
        ),
        not_a_share_before_half=frozenset(words["not_a_share_before_half"]),
        after_a_counting_scores=frozenset(words["after_a_counting_scores"]),
    )


def validate_vague_policy(policy: dict) -> dict[str, dict[str, float]]:
    """The policy's words, after checking every entry has numbers with low <= value <= high."""
    entries = policy.get("words") if isinstance(policy, dict) else None
    if not isinstance(entries, dict) or not entries:
        raise ValueError("a vague-quantity policy needs a non-empty 'words' mapping")
    for word, entry in entries.items():
        if not isinstance(entry, dict) or not {"value", "low", "high"} <= set(entry):
            raise ValueError(f"vague word {word!r} needs value, low and high")
        if not all(isinstance(entry[k], (int, float)) for k in ("value", "low", "high")):
            raise ValueError(f"vague word {word!r}: value, low and high must be numbers")
        if not entry["low"] <= entry["value"] <= entry["high"]:
            raise ValueError(f"vague word {word!r}: needs low <= value <= high")
    return entries


def find_numbers(text: str, tokens: list[Token] | None = None, vague_policy: str | None = None) -> list[NumberSpan]:
    """Every number in ``text``, left to right, longest reading first."""
    g = grammar(vague_policy)
    toks = tokens if tokens is not None else tokenize(text)
    found: list[NumberSpan] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.low
        if not tok.is_number and low not in g.starters and ("-" not in low or low.split("-")[0] not in g.starters):
            part = _vulgar_fraction(tok.text)
            if part is not None:  # "½ teaspoon", "a ⅓ cup"
                found.append(NumberSpan(tok.start, tok.end, part, i, i))
            i += 1  # most tokens: no number can start here
            continue
        span = _vague_at(toks, i, g) or _fraction_at(toks, i, g) or _digits_at(text, toks, i, g) or _words_at(toks, i, g)
        if span is None:
            i += 1
            continue
        span = _and_a_half(toks, span)
        found.append(span)
        i = span.last_token + 1
    return found


def split_compounds(tokens: list[Token], vague_policy: str | None = None) -> list[Token]:
    """Split "six-mile" and "two-year" into number, hyphen and unit, keeping "twenty-five" whole."""
    g = grammar(vague_policy)
    numberish = {**g.units, **g.tens}
    out: list[Token] = []
    for tok in tokens:
        if "-" not in tok.text:
            out.append(tok)
            continue
        head, dash, rest = tok.text.partition("-")
        if dash and head.lower() in numberish and rest and rest.split("-")[0].lower() not in numberish and rest.lower() not in g.scales \
                and not (head.lower() in g.tens and rest.lower() in g.ordinals):  # "twenty-fifth" stays whole
            out.append(Token(head, tok.start, tok.start + len(head), head.lower()))
            out.append(Token("-", tok.start + len(head), tok.start + len(head) + 1, "-"))
            out.append(Token(rest, tok.start + len(head) + 1, tok.end, rest.lower()))
        else:
            out.append(tok)
    return out


def _and_a_half(toks: list[Token], span: NumberSpan) -> NumberSpan:
    """"two and a half" (2.5), "one million and a half" (1,500,000), "3 million and a quarter"."""
    j = span.last_token
    g = grammar()
    fraction = _lower(toks, j + 3)
    if span.vague or span.ordinal or [_lower(toks, j + k) for k in (1, 2)] != ["and", "a"] or fraction not in g.fractions \
            or fraction.endswith("s") or (fraction not in ("half", "quarter") and _lower(toks, j + 4) not in ("", ".", ",", ";", ")", "of")
                                          and not _lower(toks, j + 4).endswith("s")):
        return span  # ("two and a third attack": an ordinal after all)
    part = 1 / g.fractions[fraction]
    unit = g.scales.get(_lower(toks, j), 1.0)  # half of the last scale word: "a million and a half"
    scale = _lower(toks, j + 4)
    if unit == 1.0 and scale in g.scales:  # "two and a half million": the scale applies to the whole
        return NumberSpan(span.start, toks[j + 4].end, (span.value + part) * g.scales[scale], span.first_token, j + 4,
                          words=span.words)
    return NumberSpan(span.start, toks[j + 3].end, span.value + part * unit, span.first_token, j + 3, words=span.words)


def _fraction_at(toks: list[Token], i: int, g: Grammar) -> NumberSpan | None:
    """"two thirds of", "one fifth", "a quarter of", and "1/4" (small denominators only: "9/11" is a date)."""
    first = _lower(toks, i)
    if toks[i].is_number and i + 2 < len(toks) and toks[i + 1].text == "/" and toks[i + 2].is_number \
            and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end:
        num, den = parse_digits(toks[i].text), parse_digits(toks[i + 2].text)
        share_of = _lower(toks, i + 3) == "of" and den is not None and den <= 1000  # "about 1/40 of the wavelength"
        if num is not None and (den in (2, 3, 4, 5, 8, 10, 16, 32, 100) or share_of) and 0 < num < den and (i == 0 or toks[i - 1].text != "/"):
            return NumberSpan(toks[i].start, toks[i + 2].end, num / den, i, i + 2)
        return None
    numerator = 1.0 if first in ("a", "one") else g.units.get(first)
    k = i + 1
    if _lower(toks, k) == "-" and _adjacent(toks, i) and _adjacent(toks, k):
        k += 1  # "three-quarters", "one-third"
    denominator_word = _lower(toks, k)
    if numerator is None or denominator_word not in g.fractions:
        return None
    plural = denominator_word.endswith("s") and denominator_word != "halves" or denominator_word == "halves"
    followed = _lower(toks, k + 1)
    if followed in g.scales and not (first == "a" and denominator_word == "half"):
        # "a quarter million", "three quarters billion"
        value = numerator / g.fractions[denominator_word] * g.scales[followed]
        return NumberSpan(toks[i].start, toks[k + 1].end, value, i, k + 1, words=True)
    # "a third attack" is an ordinal; "a third of the votes" and "two thirds" are fractions, as is the change in
    # "fell by nearly a quarter in 2024"
    by = _lower(toks, i - 1) == "by" or (_lower(toks, i - 2) == "by" and _lower(toks, i - 1) in ("nearly", "almost", "about", "around",
                                                                                              "roughly", "some", "over", "just"))
    if not plural and followed not in ("of", "", ".", ",", ";", ")") and not (denominator_word == "half" and first == "one") \
            and not (by and followed in ("in", "to", "from", "since", "over", "last", "this", "on", "during", "compared", "year-on-year")):
        return None  # ("one half", "one-half mile" are never ordinals)
    if first == "a" and denominator_word in ("half",):
        return None  # "a half" alone is rarely a figure; "half a million" is read elsewhere
    value = numerator / g.fractions[denominator_word]
    if followed == "of" and _lower(toks, k + 2) in ("a", "an") and _lower(toks, k + 3) in g.scales:
        # "a quarter of a million", "two thirds of a billion"
        return NumberSpan(toks[i].start, toks[k + 3].end, value * g.scales[_lower(toks, k + 3)], i, k + 3, words=True)
    return NumberSpan(toks[i].start, toks[k].end, value, i, k, words=True)


def _lower(toks: list[Token], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _adjacent(toks: list[Token], i: int) -> bool:
    """Token i+1 starts right where token i ends (no space between)."""
    return i + 1 < len(toks) and toks[i + 1].start == toks[i].end


def _vague_at(toks: list[Token], i: int, g: Grammar) -> NumberSpan | None:
    for length in range(g.vague_max_len, 0, -1):
        if i + length > len(toks):
            continue
        key = tuple(t.low for t in toks[i : i + length])
        entry = g.vague.get(key)
        if entry is None:
            continue
        last = i + length - 1
        nxt = _lower(toks, last + 1)
        # "several hundred", "a few thousand", "several dozen": the vague word multiplies a scale.
        if (nxt in g.scales or nxt == "dozen") and not key[-1].endswith("s"):
            factor = g.scales.get(nxt) or g.collective["dozen"]
            end, words = last + 1, key + (nxt,)
            after = _lower(toks, end + 1)
            if nxt == "hundred" and after in g.scales and g.scales[after] > factor:
                # "several hundred thousand people", "a few hundred million dollars": hundreds of the larger scale
                factor *= g.scales[after]
                end, words = end + 1, words + (after,)
            return NumberSpan(
                toks[i].start, toks[end].end, entry["value"] * factor, i, end,
                vague=" ".join(words), low=entry["low"] * factor, high=entry["high"] * factor, words=True,
            )
        # "scores" and "tens" are only quantities when something is counted ("scores of people", "scores wounded").
        if key in {("scores",), ("tens",)} and nxt not in g.after_a_counting_scores \
                and not (nxt in ("were", "was", "have", "had", "are") and any(
                    _lower(toks, k) in g.after_a_counting_scores for k in range(last + 2, last + 5))) \
                and _lower(toks, i - 1) not in g.after_a_counting_scores:
            return None  # (but "scores were also injured", "tens have been killed", "wounded scores": people counted)
        # "several" / "a few" quantify only what follows them ("several people", not "a few.")
        if not key[-1].endswith("s") and not (toks[last + 1].is_word if last + 1 < len(toks) else False):
            return None
        return NumberSpan(
            toks[i].start, toks[last].end, entry["value"], i, last,
            vague=" ".join(key), low=entry["low"], high=entry["high"], words=True,
        )
    return None


def _space_grouped_end(text: str, toks: list[Token], i: int) -> int:
    """The last token of a number whose thousands are grouped by plain spaces ("10 000 dollars", "1 234 567"),
    as some outlets write them; ``i`` itself when there is none. A run followed by yet another number is a
    phone number or a list ("1 800 555 0199"); a one- or two-digit number after a month is its day ("May 5 200")."""
    before = [t.low for t in toks[max(0, i - 2) : i] if t.text != "."]
    if not re.fullmatch(r"\d{1,3}", toks[i].text) or (i > 0 and toks[i - 1].is_number) or (before and before[-1] in MONTH_NUMBERS):
        return i
    last = i
    while last + 1 < len(toks) and re.fullmatch(r"\d{3}", toks[last + 1].text) and toks[last + 1].start == toks[last].end + 1 \
            and text[toks[last].end] == " ":
        last += 1
    after = toks[last + 1] if last + 1 < len(toks) else None
    if after is not None and ((after.is_number and after.start == toks[last].end + 1) or (after.start == toks[last].end and after.is_word)
                              or (after.text == "-" and after.start == toks[last].end) or after.low in ("mm", "cm")):
        return i  # "1 800 555 0199"; "5 200m", "300 120-mm shells", "40 155 mm howitzers" (a count, then a caliber)
    return last


def _digits_at(text: str, toks: list[Token], i: int, g: Grammar) -> NumberSpan | None:
    tok = toks[i]
    if not tok.is_number:
        return None
    value = parse_digits(tok.text)
    if value is None:
        return None
    if tok.text.isdigit() and i >= 1 and toks[i - 1].text == "." and toks[i - 1].end == tok.start \
            and (i == 1 or toks[i - 2].end < toks[i - 1].start) and not (i + 1 < len(toks) and toks[i + 1].text == "." and _adjacent(toks, i)):
        # ".08", "a .45 caliber pistol": a decimal written without its leading zero
        return NumberSpan(toks[i - 1].start, tok.end, float("0." + tok.text), i - 1, i)
    last = _space_grouped_end(text, toks, i)
    if last > i:
        for k in range(i + 1, last + 1):
            value = value * 1000 + float(toks[k].text)
        return NumberSpan(tok.start, toks[last].end, value, i, last)
    scientific = _scientific(toks, i, value)
    if scientific is not None:
        return scientific
    nxt = _lower(toks, i + 1)
    part = _vulgar_fraction(nxt) if _adjacent(toks, i) and "." not in tok.text else None
    if part is not None:  # "2½", "2½ million"
        value, last = value + part, i + 1
        nxt = _lower(toks, last + 1)
    elif nxt in ("st", "nd", "rd", "th") and _adjacent(toks, i):
        return NumberSpan(tok.start, toks[i + 1].end, value, i, i + 1, ordinal=True)
    # "2 1/2": a whole number and a fraction.
    if (
        last == i
        and i + 3 < len(toks)
        and toks[i + 2].text == "/"
        and toks[i + 1].is_number
        and toks[i + 3].is_number
        and _adjacent(toks, i + 1)
        and _adjacent(toks, i + 2)
        and "." not in toks[i + 1].text
    ):
        denominator = parse_digits(toks[i + 3].text)
        numerator = parse_digits(toks[i + 1].text)
        if denominator and numerator is not None and numerator < denominator:
            return NumberSpan(tok.start, toks[i + 3].end, value + numerator / denominator, i, i + 3)
    # "2-1/2 years": the same, joined with a hyphen (as wire copy writes it)
    if last == i and i + 4 < len(toks) and toks[i + 1].text == "-" and toks[i + 3].text == "/" and toks[i + 2].is_number \
            and toks[i + 4].is_number and all(_adjacent(toks, k) for k in range(i, i + 4)) and "." not in toks[i + 2].text:
        denominator = parse_digits(toks[i + 4].text)
        numerator = parse_digits(toks[i + 2].text)
        if denominator and numerator is not None and 0 < numerator < denominator <= 16:
            return NumberSpan(tok.start, toks[i + 4].end, value + numerator / denominator, i, i + 4)
    # Scale after the digits: "1.1 million", "$2.5bn", "40k".
    while nxt in g.scales or (nxt in g.scale_abbreviations and _abbreviation_is_scale(text, toks, last, nxt)):
        value *= g.scales.get(nxt) or g.scale_abbreviations[nxt]
        last += 1
        nxt = _lower(toks, last + 1)
        if nxt not in g.scales:
            break
    return NumberSpan(tok.start, toks[last].end, value, i, last)


def _scientific(toks: list[Token], i: int, value: float) -> NumberSpan | None:
    """Scientific notation written out in plain text: "4e14", "9.83e-3", "2.48×10−5", "5.5x10-3",
    "8x2^10". Every part is glued to the next; a minus is read as the exponent's sign."""
    def glued(k: int) -> bool:
        return 0 < k < len(toks) and toks[k].start == toks[k - 1].end

    k = i + 1
    if glued(k) and toks[k].low == "e":  # "4e14", "9.83e-3" (not "the 7e7", a model name)
        signed = glued(k + 1) and toks[k + 1].text in ("-", "−", "+")
        exponent = toks[k + 2] if signed and k + 2 < len(toks) else toks[k + 1] if k + 1 < len(toks) else None
        if not ("." in toks[i].text or signed or (exponent is not None and len(exponent.text) >= 2)):
            return None
        base, k = 10.0, k + 1
    elif glued(k) and toks[k].text in ("×", "x", "*") and glued(k + 1) and toks[k + 1].text in ("10", "2"):
        base, k = float(toks[k + 1].text), k + 2  # "2.48×10−5", "8x2^10"
        if glued(k) and toks[k].text == "^":
            k += 1
        elif base != 10.0 or not (glued(k) and toks[k].text in ("-", "−")):
            return None  # "3x10" is a size, "2x4" a plank
    else:
        return None
    sign = 1
    if glued(k) and toks[k].text in ("-", "−", "+"):
        sign, k = (-1 if toks[k].text != "+" else 1), k + 1
    if not (glued(k) and toks[k].text.isdigit() and len(toks[k].text) <= 3):
        return None
    exponent = int(toks[k].text)
    scaled = value * base ** exponent if sign > 0 else value / base ** exponent  # dividing keeps 2.48e-05 exact
    return NumberSpan(toks[i].start, toks[k].end, scaled, i, k)


def _vulgar_fraction(token_text: str) -> float | None:
    """The value of one fraction character ("½" 0.5, "⅓", "¾"); Unicode knows them, so no table here."""
    if len(token_text) != 1 or unicodedata.category(token_text) != "No":
        return None
    value = unicodedata.numeric(token_text, None)
    return value if value is not None and 0 < value < 1 else None


def _abbreviation_is_scale(text: str, toks: list[Token], i: int, abbreviation: str) -> bool:
    """"2.5bn" always; "3m" / "40k" only glued to money ("$3m"), since "3m" is also three metres."""
    if abbreviation in grammar().unambiguous_scale_abbreviations:
        return True
    if not _adjacent(toks, i):
        return False
    if abbreviation == "k":
        return True  # "100k", "40k": "k" glued to digits is a thousand
    if toks[i + 1].text in ("M", "B"):
        return True  # "1.5M homeless", "2B people": capital M and B are millions and billions (a metre is "m")
    before = text[max(0, toks[i].start - 4) : toks[i].start]
    if any(symbol in before for symbol in ("$", "€", "£", "¥", "₽", "₹")):
        return True
    # "CHF 2m", "EUR 2m", "500m dollars", "2m USD": a currency written beside the number as a code or a word
    codes, words = _currency_names()
    previous = toks[i - 1].text if i > 0 else ""
    following = toks[i + 2] if i + 2 < len(toks) else None
    return previous in codes or (following is not None and (following.text in codes or following.low in words))


@lru_cache(maxsize=1)
def _currency_names() -> tuple[frozenset[str], frozenset[str]]:
    """ISO codes ("CHF") and the first words of currency names ("dollars", "hryvnias")."""
    currencies = lexicon.load("units")["currencies"]
    return frozenset(currencies["codes"]), frozenset(w.split()[0] for w in currencies["words"])


def _words_at(toks: list[Token], i: int, g: Grammar) -> NumberSpan | None:
    """Number words: "eleven hundred", "one hundred and five", "a dozen", "two million", "half a million"."""
    first = _lower(toks, i)
    if first in g.ordinals:
        return NumberSpan(toks[i].start, toks[i].end, g.ordinals[first], i, i, ordinal=True, words=True)
    if first in ("a", "an", "half-dozen") or (first == "half" and _lower(toks, i + 1) == "dozen"):
        nxt = _lower(toks, i + 1)
        # "a half-dozen hospitals", "a half dozen", "some half-dozen soldiers": six
        if first == "half-dozen":
            return NumberSpan(toks[i].start, toks[i].end, g.collective["dozen"] / 2, i, i, words=True)
        if first == "half":
            return NumberSpan(toks[i].start, toks[i + 1].end, g.collective["dozen"] / 2, i, i + 1, words=True)
        if nxt == "half-dozen":
            return NumberSpan(toks[i].start, toks[i + 1].end, g.collective["dozen"] / 2, i, i + 1, words=True)
        if nxt == "half" and _lower(toks, i + 2) == "dozen":
            return NumberSpan(toks[i].start, toks[i + 2].end, g.collective["dozen"] / 2, i, i + 2, words=True)
        if nxt in g.scales or nxt in ("dozen", "score"):
            # "a hundred", "a dozen", "a million": the article stands for one.
            return _word_sequence(toks, i, i + 1, g, seed=1.0)
        return None
    if first in ("half", "quarter") and _lower(toks, i + 1) in g.scales and _lower(toks, i + 1) != "hundred":
        value = (0.5 if first == "half" else 0.25) * g.scales[_lower(toks, i + 1)]  # "half million", "quarter billion"
        return NumberSpan(toks[i].start, toks[i + 1].end, value, i, i + 1, words=True)
    if first == "half" and _lower(toks, i + 1) in _HALF_OF_A_GROUP and _lower(toks, i - 1) not in g.not_a_share_before_half:
        # "about half of those cuts", like "a third of"; "nearly half the victims", "more than half were children"
        return NumberSpan(toks[i].start, toks[i].end, 0.5, i, i, words=True)
    if first == "half" and _lower(toks, i + 1) in ("a", "an") and _lower(toks, i + 2) in ("percent", "per", "percentage", "pct"):
        return NumberSpan(toks[i].start, toks[i].end, 0.5, i, i, words=True)  # "half a percent": the figure reader adds the unit
    if first == "half" and _lower(toks, i + 1) in ("a", "an") and (_lower(toks, i + 2) in g.scales or _lower(toks, i + 2) == "dozen"):
        value = 0.5 * (g.scales.get(_lower(toks, i + 2)) or g.collective["dozen"])  # "half a million", "half a dozen"
        return NumberSpan(toks[i].start, toks[i + 2].end, value, i, i + 2, words=True)
    return _word_sequence(toks, i, i, g, seed=None)


_HALF_OF_A_GROUP = frozenset({"of", "the", "were", "are", "was", "is", "had", "have", "their", "its", "these", "those", "all"})


def _word_sequence(toks: list[Token], i: int, j: int, g: Grammar, seed: float | None) -> NumberSpan | None:
    """Read number words from token j on; the span starts at token i."""
    total = 0.0
    current = seed or 0.0
    last = None
    seen_any = seed is not None
    while j < len(toks):
        word = _lower(toks, j)
        parts = word.split("-") if "-" in word else [word]
        ordinal = _ordinal_end(word, parts, seen_any, g)
        if ordinal is not None:  # "twenty-fifth", "one hundred twenty fifth", "two hundredth"
            if ordinal >= 100 and ordinal in g.scales.values():
                value = total + (current or 1) * ordinal
            else:
                value = total + current + ordinal
            return NumberSpan(toks[i].start, toks[j].end, value, i, j, ordinal=True, words=True)
        if all(p in g.units or p in g.tens for p in parts) and len(parts) <= 2:
            if seen_any and current % 100 != 0 and current % 10 == 0 and word in g.tens:
                break  # "twenty thirty" is two numbers
            for p in parts:
                current += g.units.get(p, g.tens.get(p, 0))
            seen_any = True
            last = j
        elif (word in g.collective and word not in ("half", "pair", "couple") or word == "dozens") and seen_any:
            current *= g.collective[word.rstrip("s")]  # "two dozen", "three dozens"
            last = j
        elif word in ("dozen", "score") and not seen_any:
            return None  # bare "dozen" without "a" is not a count ("dozen" alone is rare)
        elif word == "hundred" and seen_any:
            current = (current or 1) * 100
            last = j
        elif word in g.scales and seen_any:
            total += (current or 1) * g.scales[word]
            current = 0
            last = j
        elif word == "and" and seen_any and _lower(toks, j + 1).split("-")[0] in {**g.units, **g.tens} and (total or current >= 100):
            pass  # "one hundred and five"
        elif word == "-" and _lower(toks, j - 1) in g.tens and 1 <= g.units.get(_lower(toks, j + 1), 0) <= 9:
            pass  # "fifty - two": the hyphen of "fifty-two" in text tokenised with spaces
        elif word.endswith("-thousand") or word.endswith("-million") or word.endswith("-hundred"):
            head, _, scale = word.rpartition("-")
            if head in g.units or head in g.tens:
                total += (current + g.units.get(head, g.tens.get(head, 0))) * g.scales[scale]
                current = 0
                seen_any = True
                last = j
            else:
                break
        else:
            break
        j += 1
    if last is None:
        return None
    decimals = _spoken_decimals(toks, last + 1, g) if _lower(toks, last + 1) == "point" else None
    if decimals is not None:  # "seven point five", "two hundred point zero three"
        digits, end = decimals
        return NumberSpan(toks[i].start, toks[end].end, total + current + float("0." + digits), i, end, words=True)
    return NumberSpan(toks[i].start, toks[last].end, total + current, i, last, words=True)


def _spoken_decimals(toks: list[Token], k: int, g: Grammar) -> tuple[str, int] | None:
    """The digits after "point", read one word at a time ("point zero three") or as one number
    ("point seventy-one"); the index of the last token read."""
    digits, j = "", k + 1
    word = _lower(toks, j)
    parts = word.split("-")
    if len(parts) <= 2 and parts[0] in g.tens and all(p in g.units or p in g.tens for p in parts):
        return str(int(sum(g.units.get(p, g.tens.get(p, 0)) for p in parts))), j
    while j < len(toks) and (_lower(toks, j) in ("zero", "oh") or g.units.get(_lower(toks, j), 10) < 10):
        digits += "0" if _lower(toks, j) in ("zero", "oh") else str(int(g.units[_lower(toks, j)]))
        j += 1
    return (digits, j - 1) if digits else None


def _ordinal_end(word: str, parts: list[str], seen_any: bool, g: Grammar) -> float | None:
    """The ordinal that closes a number in words: "fifth" after "one hundred twenty", or a whole
    "twenty-first". A spaced "second" after a number is a unit of time ("twenty second delay")."""
    if len(parts) == 2 and parts[0] in g.tens and parts[1] in g.ordinals and g.ordinals[parts[1]] < 10:
        return g.tens[parts[0]] + g.ordinals[parts[1]]
    if seen_any and len(parts) == 1 and word in g.ordinals and word != "second":
        return g.ordinals[word]
    return None


# Years written in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
WORD_YEAR = (r"(?P<wyear>(?:eighteen|nineteen|twenty)[\s-](?:hundred|oh[\s-]" + _UNIT_WORD + "|" + _TEEN_WORD + "|" + _TENS_WORD
              + r"(?:[\s-]" + _UNIT_WORD + r")?)|two\s+thousand(?:\s+(?:and\s+)?(?:" + _TEEN_WORD + "|" + _TENS_WORD
              + r"(?:[\s-]" + _UNIT_WORD + r")?|" + _UNIT_WORD + r"))?)")


def word_year(words: str) -> int | None:
    """1996 for "nineteen ninety-six", 2001 for "two thousand and one"."""
    g = grammar()
    small = {**g.units, **g.tens, "oh": 0}
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + int(sum(small.get(w, 0) for w in parts[2:]))
    if len(parts) < 2:
        return None
    century = small.get(parts[0])
    rest = 0 if parts[1] == "hundred" else sum(small.get(w, 0) for w in parts[1:])
    return None if century is None else int(century * 100 + rest)


WORD_YEAR_RE = re.compile(WORD_YEAR, re.IGNORECASE)
