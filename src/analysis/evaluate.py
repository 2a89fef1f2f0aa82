"""Score the figure extractor and the temporal tagger on annotated gold data (JSON lines).

Gold format (one document per line): ``{"id", "source", "dct", "text", "figures": [...], "timexes": [...]}``
with ``text[char_start:char_end] == item["text"]`` for every item.

Numbers: span precision/recall/F1 (strict: same offsets; relaxed: overlapping), value P/R/F1 (a
relaxed match whose value — or low/high for a range — is right), and qualifier accuracy on gold
figures whose bounds are not exact (ranges, "more than", "at most"...).
Dates (TempEval-3 style): strict and relaxed span F1, value F1 (relaxed match with the right TIMEX3
value), type accuracy.
"""
from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, TextIO

import pandas as pd

from .dates import date_mentions
from .figures import WRITTEN_FRACTION, figures_in

# Which kinds of our figures a Recognizers-Text model annotates (its gold lists only those).
RT_MODEL_KINDS = {
    "NumberModel": {"count", "money", "percent", "measure", "duration", "age"},
    "NumberRangeModel": None,  # qualified figures only, see _system_numbers
    "PercentModel": {"percent"},
    "CurrencyModel": {"money"},
    "DimensionModel": {"measure"},
    "TemperatureModel": {"measure"},
    "AgeModel": {"age"},
    "OrdinalModel": {"ordinal"},
}
MEANTIME_KINDS = {"count", "money", "percent", "measure", "age"}
# MEANTIME annotates the title, the date line and the first sentences of each article (lines 0-5):
# system output beyond that has no gold to be scored against.
MEANTIME_LINES = 6


def annotated_scope(doc: dict) -> int:
    """Characters of the document that were annotated (the whole text except for MEANTIME)."""
    if doc.get("source") != "meantime":
        return len(doc["text"])
    lines = doc["text"].split("\n")
    return len("\n".join(lines[:MEANTIME_LINES]))


@dataclass
class Counts:
    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    value_gold: int = 0  # gold items that carry a value to compare
    qualifier_total: int = 0
    qualifier_right: int = 0
    type_right: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for name in ("n_gold", "n_sys", "strict", "relaxed", "value", "value_gold", "qualifier_total", "qualifier_right", "type_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors[:3])


def _f1(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_sys / n_sys if n_sys else (1.0 if n_gold == 0 else 0.0)
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pairs(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict, bool]]:
    """One-to-one matching: exact offsets first, then the largest overlap. (gold, sys, strict?)"""
    pairs = []
    used_sys: set[int] = set()
    used_gold: set[int] = set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used_sys and s["char_start"] == g["char_start"] and s["char_end"] == g["char_end"]:
                pairs.append((g, s, True))
                used_sys.add(si)
                used_gold.add(gi)
                break
    for gi, g in enumerate(gold):
        if gi in used_gold:
            continue
        best, best_overlap = None, 0
        for si, s in enumerate(system):
            if si in used_sys:
                continue
            overlap = min(g["char_end"], s["char_end"]) - max(g["char_start"], s["char_start"])
            if overlap > best_overlap:
                best, best_overlap = si, overlap
        if best is not None:
            pairs.append((g, system[best], False))
            used_sys.add(best)
            used_gold.add(gi)
    return pairs


def _close(a, b) -> bool:
    if a is None or b is None:
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def gold_qualifier(item: dict) -> str | None:
    """The qualifier a gold figure implies, from its bounds (None when it is a plain value)."""
    low, high = item.get("low"), item.get("high")
    if low is not None and high is not None:
        return "range"
    if low is not None:
        return "at_least" if item.get("low_inclusive", True) else "more_than"
    if high is not None:
        return "at_most" if item.get("high_inclusive", True) else "less_than"
    return None


def _value_right(g: dict, s: dict) -> bool:
    if g.get("low") is not None and g.get("high") is not None and s.get("qualifier") == "range":
        # a range is right when its bounds are: its single "value" is a convention (quantulum3 takes the
        # midpoint, this project the low end, see README), not something the text says
        return _close(g["low"], s["low"]) and _close(g["high"], s["high"])
    if g.get("value") is not None:
        return _close(g["value"], s["value"])
    if g.get("low") is not None or g.get("high") is not None:
        low_ok = g.get("low") is None or _close(g["low"], s["low"] if s["low"] is not None else s["value"])
        high_ok = g.get("high") is None or _close(g["high"], s["high"] if s["high"] is not None else s["value"])
        return low_ok and high_ok
    return False


# A share written as a fraction ("two thirds of the town") is a percent figure (66.67); the gold files
# annotate the number written (0.667), so it is scored as written.
def _as_written(f) -> tuple:
    """The figure's value and bounds as its text writes them."""
    if f.kind == "percent" and WRITTEN_FRACTION.search(f.text) and not re.search(r"%|per\s*cent|pct", f.text, re.IGNORECASE):
        return tuple(None if v is None else v / 100.0 for v in (f.value, f.low, f.high))
    return f.value, f.low, f.high


def score_numbers(doc: dict, kinds: set[str] | None, qualified_only: bool = False) -> Counts:
    figures = figures_in(doc["text"])
    scope = annotated_scope(doc)
    system = [
        {"char_start": f.char_start, "char_end": f.char_end, "value": value, "low": low, "high": high,
         "qualifier": f.qualifier, "text": f.text}
        for f in figures for value, low, high in [_as_written(f)]
        if f.char_start < scope and (kinds is None or f.kind in kinds) and (not qualified_only or f.qualifier not in ("exact", "approx", "vague"))
    ]
    gold = [g for g in doc.get("figures", []) if g.get("char_start") is not None]
    c = Counts(n_gold=len(gold), n_sys=len(system))
    c.value_gold = sum(1 for g in gold if g.get("value") is not None or g.get("low") is not None or g.get("high") is not None)
    for g, s, strict in _pairs(gold, system):
        c.relaxed += 1
        c.strict += strict
        has_value = g.get("value") is not None or g.get("low") is not None or g.get("high") is not None
        if has_value and _value_right(g, s):
            c.value += 1
        elif has_value:
            c.errors.append((doc["id"], g["text"], g.get("value", (g.get("low"), g.get("high"))), s["text"], s["value"]))
        want = gold_qualifier(g)
        if want is not None:
            c.qualifier_total += 1
            c.qualifier_right += s["qualifier"] == want
    return c


def same_timex_value(gold: str, system: str) -> bool:
    """TIMEX3 values equal up to notation: TimeBank writes week 7 as "W7" (ISO "W07") and the 1990s as
    "199X" (TIMEX3 "199"), the 20th century as "19XX" (TIMEX3 "19")."""
    def norm(v: str) -> str:
        v = re.sub(r"W0(\d)\b", r"W\1", str(v))
        return re.sub(r"^(\d{3})X$|^(\d{2})XX$", lambda m: m.group(1) or m.group(2), v)  # "199X" = "199", "19XX" = "19"
    return norm(gold) == norm(system)


def score_dates(doc: dict) -> Counts:
    mentions = date_mentions(doc["text"], doc.get("dct"))
    scope = annotated_scope(doc)
    system = [{"char_start": m.char_start, "char_end": m.char_end, "value": m.value, "type": m.type, "text": m.text}
              for m in mentions if m.char_start < scope]
    gold = [t for t in doc.get("timexes", []) if t.get("char_start") is not None]
    c = Counts(n_gold=len(gold), n_sys=len(system), value_gold=sum(1 for t in gold if t.get("value")))
    for g, s, strict in _pairs(gold, system):
        c.relaxed += 1
        c.strict += strict
        c.type_right += (g.get("type") or "").upper() == s["type"]
        if g.get("value") and same_timex_value(g["value"], s["value"]):
            c.value += 1
        elif g.get("value"):
            c.errors.append((doc["id"], g["text"], g["value"], s["text"], s["value"]))
    return c


def _read(path: Path, limit: int | None) -> list[dict]:
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line))
            if limit and len(docs) >= limit:
                break
    return docs


def _row(name: str, c: Counts, has_values: bool, dates: bool) -> dict:
    _, _, strict_f = _f1(c.strict, c.n_sys, c.strict, c.n_gold)
    rp, rr, rf = _f1(c.relaxed, c.n_sys, c.relaxed, c.n_gold)
    row = {"gold": name, "n_gold": c.n_gold, "n_sys": c.n_sys, "strict_F1": strict_f, "relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": rf}
    if has_values:
        vp, vr, vf = _f1(c.value, c.n_sys, c.value, c.value_gold)
        row.update(value_P=vp, value_R=vr, value_F1=vf)
    else:
        row.update(value_P=float("nan"), value_R=float("nan"), value_F1=float("nan"))
    if dates:
        row["type_acc"] = c.type_right / c.relaxed if c.relaxed else float("nan")
    else:
        row["qualifier_acc"] = c.qualifier_right / c.qualifier_total if c.qualifier_total else float("nan")
        row["n_qualified"] = c.qualifier_total
    return row


def evaluate_numbers(gold_dir: Path, limit: int | None = None) -> pd.DataFrame:
    rows = []
    rt = gold_dir / "recognizers_text.jsonl"
    if rt.exists():
        groups: dict[str, Counts] = {}
        for doc in _read(rt, None):
            spec = doc.get("spec_file") or ""
            if "/Number" not in spec:
                continue
            model = Path(spec).stem.replace("ExperimentalMode", "").replace("PercentMode", "").replace("SuppressExtendedTypes", "")
            if model not in RT_MODEL_KINDS:
                continue
            if model == "OrdinalModel" and any((f.get("type") or "").startswith("ordinal.relative") for f in doc["figures"]):
                continue  # "next", "last": relative ordinals are not figures
            c = score_numbers(doc, RT_MODEL_KINDS[model], qualified_only=(model == "NumberRangeModel"))
            groups.setdefault(model, Counts()).add(c)
        for model, c in sorted(groups.items()):
            rows.append(_row(f"recognizers_text:{model}", c, True, False))
    for name, label, kinds, has_values in (
        ("quantulum3.jsonl", "quantulum3", None, True),
        ("meantime.jsonl", "meantime (spans only; annotated lines)", MEANTIME_KINDS, False),
    ):
        path = gold_dir / name
        if path.exists():
            total = Counts()
            for doc in _read(path, limit):
                total.add(score_numbers(doc, kinds))
            rows.append(_row(label, total, has_values, False))
    return pd.DataFrame(rows)


def evaluate_dates(gold_dir: Path, limit: int | None = None) -> pd.DataFrame:
    rows = []
    for name in ("timebank_aquaint.jsonl", "meantime.jsonl"):
        path = gold_dir / name
        if not path.exists():
            continue
        total = Counts()
        for doc in _read(path, limit):
            total.add(score_dates(doc))
        rows.append(_row(path.stem, total, True, True))
    return pd.DataFrame(rows)


def evaluate_all(gold_dir: Path, what: str | None = None, limit: int | None = None, out: TextIO = sys.stdout) -> dict[str, pd.DataFrame]:
    results = {}
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        if what in (None, "numbers"):
            results["numbers"] = evaluate_numbers(Path(gold_dir), limit)
            print("Figures (numbers): span F1 strict/relaxed, value P/R/F1, qualifier accuracy on non-exact gold", file=out)
            print(results["numbers"].to_string(index=False), file=out)
            print(file=out)
        if what in (None, "dates"):
            results["dates"] = evaluate_dates(Path(gold_dir), limit)
            print("Dates (TempEval-3 style): span F1 strict/relaxed, value P/R/F1, type accuracy", file=out)
            print(results["dates"].to_string(index=False), file=out)
    return results


def errors(gold_path: Path, kind: str = "numbers", limit: int = 50, **options) -> Iterable[tuple]:
    """The first ``limit`` value errors (id, gold text, gold value, system text, system value), for tuning."""
    found = []
    for doc in _read(Path(gold_path), None):
        c = score_dates(doc) if kind == "dates" else score_numbers(doc, options.get("kinds"))
        found.extend(c.errors)
        if len(found) >= limit:
            break
    return found[:limit]
