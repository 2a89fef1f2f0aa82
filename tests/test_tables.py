"""Shared tables: validated before writing, CSV-safe, deterministic, loaded back with dtypes."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema, tables
from analysis.pipeline import run
from analysis.settings import Settings


def _figure_row(**changes):
    row = dict(
        figure_id="a1:0", article_id="a1", text="1,000", char_start=0, char_end=5, sentence_index=0,
        sentence="1,000 were killed.", value=1000.0, low=1000.0, high=1000.0, qualifier="exact", kind="count",
        unit=None, what=None, category="killed", source=None, source_key=None, source_basis="none", hedged=False,
        date_start=None, date_end=None, date_precision=None, date_text=None, date_value=None, date_basis="unknown",
        period_start=None, published=None, outlet=None,
    )
    row.update(changes)
    return row


def test_a_schema_violation_names_the_table_column_and_row(tmp_path):
    bad = tables.frame("figures", [_figure_row(), _figure_row(figure_id="a1:9", qualifier="roughly")])
    with pytest.raises(tables.TableValidationError) as info:
        tables.write_tables({"figures": bad}, tmp_path, {})
    message = str(info.value)
    assert "'figures'" in message and "'qualifier'" in message and "roughly" in message
    assert not list(tmp_path.iterdir()), "nothing is written when a table is invalid"


def test_bounds_must_hold_low_le_value_le_high(tmp_path):
    bad = tables.frame("figures", [_figure_row(low=2000.0)])
    with pytest.raises(tables.TableValidationError, match="low <= value"):
        tables.write_tables({"figures": bad}, tmp_path, {})


def test_formula_cells_are_neutralised_in_csv_but_kept_in_parquet(tmp_path):
    rows = [_figure_row(figure_id=f"a1:{i}", char_start=i, char_end=i + 5, sentence=s)
            for i, s in enumerate(["=HYPERLINK(\"http://x\")", "+1 and more", "-5 people", "@SUM(A1)", "plain"])]
    tables.write_tables({"figures": tables.frame("figures", rows)}, tmp_path, {})
    csv = pd.read_csv(tmp_path / "figures.csv", dtype=str, keep_default_na=False)
    assert list(csv["sentence"]) == ["'=HYPERLINK(\"http://x\")", "'+1 and more", "'-5 people", "'@SUM(A1)", "plain"]
    assert list(csv["value"]) == ["1000"] * 5, "numbers are not changed"
    parquet = pd.read_parquet(tmp_path / "figures.parquet")
    assert parquet["sentence"].iloc[0] == "=HYPERLINK(\"http://x\")"


def test_the_same_raw_input_gives_byte_identical_tables(project):
    digests = []
    for _ in range(2):
        run(Settings.from_root(project, progress=False))
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in (project / "data" / "processed").glob("*.csv")})
    assert digests[0] == digests[1] and len(digests[0]) == 3


def test_load_restores_dtypes(project):
    run(Settings.from_root(project, progress=False))
    loaded = tables.load(project / "data" / "processed")
    assert str(loaded.articles["published"].dtype).startswith("datetime64")
    assert str(loaded.figures["char_start"].dtype) == "Int64"
    assert isinstance(loaded.figures["qualifier"].dtype, pd.CategoricalDtype)
    assert str(loaded.figures["hedged"].dtype) == "boolean"


def test_data_dictionary_in_docs_is_current():
    doc = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"
    assert doc.read_text(encoding="utf-8") == schema.data_dictionary() + "\n", "run `make dictionary`"


def test_datapackage_validates_with_frictionless(project):
    frictionless = pytest.importorskip("frictionless")
    run(Settings.from_root(project, progress=False))
    report = frictionless.validate(str(project / "data" / "processed" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_a_hostile_article_is_neutralised_in_the_shared_csvs(project):
    (project / "data" / "raw" / "hostile.md").write_text(
        "---\ntitle: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\"\noutlet: \"@evil\"\npublished: 2024-12-23\n---\n"
        "+12 people were killed, officials said.\n\n-5 is not a count of anything here, but 30 soldiers were wounded.\n\n"
        "@SUM(1+1) and 40 people fled.\n",
        encoding="utf-8",
    )
    run(Settings.from_root(project, progress=False))
    processed = project / "data" / "processed"
    articles = pd.read_csv(processed / "articles.csv", dtype=str, keep_default_na=False).set_index("path")
    assert articles.loc["hostile.md", "title"].startswith("'=HYPERLINK(")
    assert articles.loc["hostile.md", "outlet"] == "'@evil"
    figures = pd.read_csv(processed / "figures.csv", dtype=str, keep_default_na=False)
    hostile = figures[figures["outlet"] == "'@evil"]
    assert len(hostile) >= 3
    for cell in pd.concat([hostile["sentence"], hostile["text"]]):
        assert not cell.startswith(("=", "+", "-", "@")), cell
    raw = pd.read_parquet(processed / "articles.parquet").set_index("path")
    assert raw.loc["hostile.md", "title"].startswith("=HYPERLINK(")  # Parquet keeps the text as it was


def test_a_table_written_in_many_chunks_equals_one_written_at_once(tmp_path, monkeypatch):
    rows = [_figure_row(figure_id=f"a1:{i}", char_start=i, char_end=i + 5, source="the UN" if i % 2 else None)
            for i in range(7)]
    whole, chunked = tmp_path / "whole", tmp_path / "chunked"
    tables.write_tables({"figures": tables.frame("figures", rows)}, whole, {})
    monkeypatch.setattr(tables, "CHUNK_ROWS", 2)
    parts = [tables.frame("figures", rows[i : i + 3]) for i in range(0, 7, 3)]
    tables.write_table_chunks({"figures": iter(parts)}, chunked, {})
    assert (whole / "figures.csv").read_bytes() == (chunked / "figures.csv").read_bytes()
    pd.testing.assert_frame_equal(pd.read_parquet(whole / "figures.parquet"), pd.read_parquet(chunked / "figures.parquet"))


def test_a_bad_chunk_late_in_a_table_leaves_the_old_tables_in_place(tmp_path, monkeypatch):
    tables.write_tables({"figures": tables.frame("figures", [_figure_row()])}, tmp_path, {})
    before = (tmp_path / "figures.csv").read_bytes()
    monkeypatch.setattr(tables, "CHUNK_ROWS", 1)
    good = tables.frame("figures", [_figure_row(figure_id="a1:1", char_start=1)])
    bad = tables.frame("figures", [_figure_row(figure_id="a1:2", char_start=2, qualifier="roughly")])
    with pytest.raises(tables.TableValidationError):
        tables.write_table_chunks({"figures": iter([good, bad])}, tmp_path, {})
    assert (tmp_path / "figures.csv").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp")), "temporary files are removed"
