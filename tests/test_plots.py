"""Charts the notebooks show: their labels say what a reader needs, never a pandas placeholder."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from analysis import load, plots  # noqa: E402
from analysis.pipeline import run  # noqa: E402
from analysis.settings import Settings  # noqa: E402


def test_the_claim_chart_labels_an_unsourced_figure_unattributed(project):
    run(Settings.from_root(project, progress=False))
    tables = load(project / "data" / "processed")
    claims = tables.claims.copy()
    assert not claims.empty
    claims.loc[claims["claim_id"] == claims["claim_id"].iloc[0], "source_key"] = None  # a claim nobody is named for
    fig = plots.claim_comparison(tables.figures, claims)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert any("unattributed" in label for label in labels)
    assert not any("nan" in label.split(", ")[-1] for label in labels)
