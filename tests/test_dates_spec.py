"""The temporal tagger against tests/spec/dates.yaml, and the date each figure refers to against
tests/spec/figure_dates.yaml."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
import yaml

import analysis

SPEC = Path(__file__).parent / "spec"
CASES = yaml.safe_load((SPEC / "dates.yaml").read_text(encoding="utf-8"))
FIGURE_DATES = yaml.safe_load((SPEC / "figure_dates.yaml").read_text(encoding="utf-8"))


def _norm(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)  # (a count of 4 is the table's 4.0)
    return value.isoformat() if isinstance(value, date) else str(value)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_spec_case(case):
    published = case.get("published")
    found = analysis.find_dates(case["text"], published.isoformat() if isinstance(published, date) else published)
    rows = found.to_dict("records")
    if case.get("no_dates"):
        assert rows == [], f"expected no dates, found {[r['text'] for r in rows]}"
        return
    expected = case["dates"]
    assert [r["text"] for r in rows] == [e["text"] for e in expected]
    for want, got in zip(expected, rows):
        for field, value in want.items():
            assert _norm(got[field]) == _norm(value), f"{field} of {got['text']!r}: expected {value!r}, got {got[field]!r}"


def test_offsets_point_into_the_text():
    text = "On Monday, Dec. 23, 2024, officials said losses rose last week."
    for row in analysis.find_dates(text, "2024-12-23").itertuples():
        assert text[row.char_start : row.char_end] == row.text


def test_a_bare_quarter_number_after_in_is_the_latest_such_quarter():
    dates = analysis.find_dates("In Q3, revenue rose, and the Audi Q3 was recalled.", "2025-03-12")
    assert list(dates["value"]) == ["2024-Q3"]


def test_a_slash_date_reads_day_first_when_only_that_reading_can_be_past():
    dates = analysis.find_dates("On 25/12/2024 and on 12/03/2025 the system failed; on 12/25/2024 it was fixed.", "2025-03-12")
    assert list(dates["value"]) == ["2024-12-25", "2025-03-12", "2024-12-25"]


@pytest.mark.parametrize("case", FIGURE_DATES, ids=[c["name"] for c in FIGURE_DATES])
def test_figure_dates(case):
    found = analysis.extract_figures(case["text"], case["published"])
    if case.get("counts_only"):
        found = found[found["kind"] == "count"]
    rows = found.to_dict("records")
    expected = case["figures"]
    assert len(rows) == len(expected), f"expected {len(expected)} figures, found {[r['text'] for r in rows]}"
    for want, got in zip(expected, rows):
        for field, value in want.items():
            assert _norm(got[field]) == _norm(value), f"{field} of {got['text']!r}: expected {value!r}, got {got[field]!r}"
