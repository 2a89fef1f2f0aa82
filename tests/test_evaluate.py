"""`analysis evaluate`: the scoring arithmetic on a small gold file, and the real gold when present."""
from __future__ import annotations

import io
import json

import pytest

from analysis import cli
from analysis.evaluate import evaluate_all, gold_qualifier, same_timex_value
from conftest import shared_file


def _gold(tmp_path):
    docs = [
        {"id": "q/1", "source": "quantulum3", "dct": None, "text": "At least 100 people and 3 dogs.",
         "figures": [{"text": "100", "value": 100, "low": None, "high": None, "char_start": 9, "char_end": 12},
                     {"text": "3 dogs", "value": 4, "low": None, "high": None, "char_start": 24, "char_end": 30}],
         "timexes": []},
    ]
    (tmp_path / "quantulum3.jsonl").write_text("\n".join(json.dumps(d) for d in docs), encoding="utf-8")
    dates = [{"id": "t/1", "source": "tempeval3", "dct": "2024-12-23", "text": "They met on Monday and last week.",
              "figures": [], "timexes": [{"text": "Monday", "type": "DATE", "value": "2024-12-23", "char_start": 12, "char_end": 18},
                                         {"text": "last week", "type": "DATE", "value": "2024-W50", "char_start": 23, "char_end": 32}]}]
    (tmp_path / "timebank_aquaint.jsonl").write_text(json.dumps(dates[0]), encoding="utf-8")
    return tmp_path


def test_number_scores_count_spans_and_values(tmp_path):
    result = evaluate_all(_gold(tmp_path), what="numbers", out=io.StringIO())["numbers"].iloc[0]
    # system: "At least 100" (overlaps gold "100", right value) and "3" (overlaps "3 dogs", wrong value 4)
    assert (result.n_gold, result.n_sys) == (2, 2)
    assert result.relaxed_F1 == pytest.approx(1.0)
    assert result.strict_F1 == pytest.approx(0.0)
    assert result.value_F1 == pytest.approx(0.5)


def test_date_scores_count_spans_and_values(tmp_path):
    result = evaluate_all(_gold(tmp_path), what="dates", out=io.StringIO())["dates"].iloc[0]
    assert result.strict_F1 == pytest.approx(1.0)
    assert result.value_F1 == pytest.approx(0.5)  # last week is 2024-W51, the gold says W50


def test_gold_qualifier_follows_the_bounds():
    assert gold_qualifier({"low": 20, "high": 30}) == "range"
    assert gold_qualifier({"low": 20, "high": None, "low_inclusive": False}) == "more_than"
    assert gold_qualifier({"low": None, "high": 5, "high_inclusive": True}) == "at_most"
    assert gold_qualifier({"value": 5, "low": None, "high": None}) is None


def test_timex_values_compare_up_to_notation():
    assert same_timex_value("2000-W7", "2000-W07") and same_timex_value("199X", "199")
    assert not same_timex_value("2000-W07", "2000-W08")
    assert same_timex_value("19XX", "19") and not same_timex_value("19XX", "20")


def test_evaluate_command_without_gold_folder_fails_clearly(tmp_path, capsys):
    assert cli.main(["evaluate", "--gold", str(tmp_path / "missing")]) == 6
    assert "not found" in capsys.readouterr().err


@pytest.mark.shared
def test_evaluate_runs_on_the_development_gold(capsys):
    gold = shared_file("gold")
    assert cli.main(["evaluate", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "timebank_aquaint" in out and "quantulum3" in out


def test_a_range_is_scored_by_its_bounds_not_by_the_midpoint_convention(tmp_path):
    docs = [{"id": "q/2", "source": "quantulum3", "dct": None, "text": "Between 200 and 300 people fled; 7 to 9 stayed.",
             "figures": [{"text": "Between 200 and 300", "value": 250, "low": 200, "high": 300, "char_start": 0, "char_end": 19},
                         {"text": "7 to 9", "value": 8, "low": 7, "high": 10, "char_start": 33, "char_end": 39}],
             "timexes": []}]
    (tmp_path / "quantulum3.jsonl").write_text(json.dumps(docs[0]), encoding="utf-8")
    result = evaluate_all(tmp_path, what="numbers", out=io.StringIO())["numbers"].iloc[0]
    assert (result.n_gold, result.n_sys) == (2, 2)
    assert result.value_F1 == pytest.approx(0.5), "200-300 is right; 7-9 against gold 7-10 is wrong"
