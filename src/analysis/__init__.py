"""analysis: turn news articles into tidy, dated figures.

Public API (stable names):
    extract_figures(text, published=None) -> DataFrame   figures in one text, with their dates
    find_dates(text, published=None) -> DataFrame        temporal expressions with TIMEX3 values
    load(processed_dir=None) -> Tables                   the processed tables with dtypes
    run(settings) -> RunSummary                          ingest + extract + claims + tables
"""
from __future__ import annotations


import pandas as pd

from .claims import history
from .dates import date_figures, find_dates
from .figures import Figure, figures_in
from .pipeline import RunSummary, run
from .settings import Settings
from .tables import Tables, load
from .text import fields_dict

__all__ = ["extract_figures", "find_dates", "load", "run", "history", "Settings", "Tables", "RunSummary", "Figure"]

FIGURE_COLUMNS = [
    "text", "char_start", "char_end", "sentence_index", "sentence", "value", "low", "high", "qualifier", "kind",
    "unit", "what", "category", "source", "source_key", "source_basis", "hedged", "date_start", "date_end",
    "date_precision", "date_text", "date_value", "date_basis", "period_start",
]


def extract_figures(text: str, published: str | None = None, vague_policy: str | None = None) -> pd.DataFrame:
    """Every figure in ``text``: value and bounds, qualifier, kind, unit, counted entity, category,
    source, and the date it refers to (resolved against ``published``, an ISO date, when given)."""
    figures = figures_in(text or "", vague_policy)
    dated = date_figures(text or "", figures, published)
    rows = [{**fields_dict(f), **fields_dict(d)} for f, d in zip(figures, dated)]
    return pd.DataFrame.from_records(rows, columns=FIGURE_COLUMNS)
