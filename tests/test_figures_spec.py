"""The figure extractor against the spec file tests/spec/figures.yaml (positive and negative cases)."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import analysis

CASES = yaml.safe_load((Path(__file__).parent / "spec" / "figures.yaml").read_text(encoding="utf-8"))


def _same(expected, actual) -> bool:
    if expected is None:
        return actual is None or (isinstance(actual, float) and math.isnan(actual))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return actual is not None and not (isinstance(actual, float) and math.isnan(actual)) and math.isclose(float(actual), float(expected))
    return actual == expected


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_spec_case(case):
    found = analysis.extract_figures(case["text"])
    if case.get("counts_only"):
        found = found[found["kind"] == "count"]
    rows = found.to_dict("records")
    if case.get("no_figures"):
        assert rows == [], f"expected no figures, found {[r['text'] for r in rows]}"
        return
    expected = case["figures"]
    assert len(rows) == len(expected), f"expected {len(expected)} figures, found {[r['text'] for r in rows]}"
    for want, got in zip(expected, rows):
        for field, value in want.items():
            assert _same(value, got[field]), f"{field}: expected {value!r}, got {got[field]!r} (figure {got['text']!r})"


def test_values_carry_no_binary_floating_point_noise():
    """4.1 × 10**6 is 4099999.9999999995 in floating point; the table shows what the text says."""
    figs = analysis.extract_figures("Exports hit 4.1 million tonnes and 0.7 million people fled.")
    assert list(figs["value"]) == [4100000.0, 700000.0]
