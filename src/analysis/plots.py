"""The charts, in one house style. Each returns a matplotlib Figure; ``save`` writes it as PNG for reuse."""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .views import reference_date

A4_WIDTH_IN = 7.2  # text width of an A4 page with 12 mm margins
PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#2e4057", "#c06c84", "#6c757d"]
STYLE = {
    "figure.dpi": 110, "savefig.dpi": 200, "font.size": 9, "axes.titlesize": 11, "axes.labelsize": 9,
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True, "grid.alpha": 0.3,
    "legend.fontsize": 8, "legend.frameon": False, "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
}


def _new(height: float = 3.6):
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(A4_WIDTH_IN, height), layout="constrained")
    return fig, ax


def _note(fig, text: str) -> None:
    fig.text(0.0, -0.02, text, ha="left", va="top", fontsize=7, color="#555", wrap=True)


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#777")
    ax.set_xticks([])
    ax.set_yticks([])


def timeline(figures: pd.DataFrame, title: str = "Reported figures over time", source_note: str = ""):
    """Each figure at the date it refers to: a point for a day, a bar across its week or month;
    vertical lines show its bounds (an arrow when the upper bound is open). Colour = outlet."""
    with plt.rc_context(STYLE):
        fig, ax = _new(3.2)
        df = figures.copy()
        if df.empty:
            _empty(ax, "no figures match the report's filters")
            ax.set_title(title)
            return fig
        df["_start"] = reference_date(df)
        df["_end"] = pd.to_datetime(df["date_end"], errors="coerce").fillna(df["_start"])
        df = df.dropna(subset=["_start", "value"])
        outlets = sorted(df["outlet"].fillna("unknown outlet").astype(str).unique())
        colour = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
        for _, row in df.iterrows():
            c = colour[str(row["outlet"]) if pd.notna(row["outlet"]) else "unknown outlet"]
            start, end, value = row["_start"], row["_end"], float(row["value"])
            if end > start:  # week/month precision: a span, not a point
                ax.hlines(value, start, end + pd.Timedelta(days=1), colors=c, linewidth=4, alpha=0.6)
                mid = start + (end - start) / 2
            else:
                mid = start
                ax.plot([mid], [value], "o", color=c, markersize=5)
            low = row["low"] if pd.notna(row["low"]) else value
            high = row["high"] if pd.notna(row["high"]) else None
            if high is None and str(row["qualifier"]) in ("more_than", "at_least", "vague"):
                ax.annotate("", xy=(mid, value * 1.35), xytext=(mid, value), arrowprops=dict(arrowstyle="->", color=c, lw=1))
            elif high is not None and high != low:
                ax.vlines(mid, low, high, colors=c, linewidth=1.2)
            label = str(row["text"])
            ax.annotate(label, (mid, value), textcoords="offset points", xytext=(4, 4), fontsize=7, color="#333")
        values = df["value"].astype(float)
        if values.max() / max(values.min(), 1) > 50:
            ax.set_yscale("log")
            ax.set_ylim(max(values.min() / 2, 0.5), values.max() * 3)
        else:
            ax.set_ylim(0, values.max() * 1.6)  # upper bounds beyond this are drawn cut off
        ax.set_ylabel("reported value")
        ax.set_xlabel("date the figure refers to (bar = week/month precision)")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        fig.autofmt_xdate()
        handles = [plt.Line2D([], [], marker="o", linestyle="", color=colour[o], label=o) for o in outlets]
        ax.legend(handles=handles, title="outlet", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(title)
        _note(fig, source_note or "Source: figures extracted from the articles in data/raw; dates resolved against each article's publication date.")
        return fig


def by_outlet(figures: pd.DataFrame, title: str = "Figures per outlet and category"):
    with plt.rc_context(STYLE):
        fig, ax = _new(3.2)
        if figures.empty:
            _empty(ax, "no figures")
            ax.set_title(title)
            return fig
        table = pd.crosstab(figures["outlet"].fillna("unknown").astype(str), figures["category"].fillna("not a count").astype(str))
        table.plot.barh(stacked=True, ax=ax, color=PALETTE[: len(table.columns)], width=0.7)
        ax.set_xlabel("figure mentions")
        ax.set_ylabel("")
        ax.legend(title="category", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(title)
        _note(fig, "Source: figures table (data/processed/figures.csv).")
        return fig


def articles_per_day(articles: pd.DataFrame, title: str = "Articles per day and outlet"):
    with plt.rc_context(STYLE):
        fig, ax = _new(3.0)
        ok = articles[articles["status"].astype(str) == "ok"].copy()
        ok["published"] = pd.to_datetime(ok["published"], errors="coerce")
        dated = ok.dropna(subset=["published"])
        if dated.empty:
            _empty(ax, "no dated articles")
        else:
            table = pd.crosstab(dated["published"].dt.date, dated["outlet"].fillna("unknown").astype(str))
            table.plot.bar(stacked=True, ax=ax, color=PALETTE[: len(table.columns)], width=0.8)
            ax.set_xlabel("publication date")
            ax.set_ylabel("articles")
            ax.legend(title="outlet", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.set_title(title)
        undated = int(ok["published"].isna().sum())
        _note(fig, f"{undated} article(s) without a publication date are not shown. Source: articles table.")
        return fig


def claim_comparison(figures: pd.DataFrame, claims: pd.DataFrame, title: str = "Each source's figures and their bounds"):
    """One row per claim member: its bounds as a bar (open ends drawn to the axis edge), grouped by claim."""
    with plt.rc_context(STYLE):
        fig, ax = _new(3.8)
        if claims.empty:
            _empty(ax, "no claims to compare")
            ax.set_title(title)
            return fig
        merged = claims.merge(figures[["figure_id", "text", "value", "low", "high", "qualifier", "outlet"]], on="figure_id", how="left")
        merged = merged.sort_values(["claim_id", "outlet"]).reset_index(drop=True)
        top = float(np.nanmax(merged[["value", "high"]].astype(float).to_numpy())) * 1.3
        labels = []
        for y, (_, row) in enumerate(merged.iterrows()):
            value = float(row["value"])
            q = str(row["qualifier"])
            low = float(row["low"]) if pd.notna(row["low"]) else (value * 0.9 if q == "approx" else 0.0)
            high = float(row["high"]) if pd.notna(row["high"]) else (value * 1.1 if q == "approx" else top)
            colour = "#d1495b" if str(row["status"]) == "conflicting" else "#1b6ca8"
            ax.barh(y, high - low, left=low, height=0.5, color=colour, alpha=0.35)
            ax.plot([value], [y], "|", color=colour, markersize=12)
            outlet = row["outlet"] if pd.notna(row["outlet"]) and row["outlet"] else "unknown"
            source = row["source_key"] if pd.notna(row["source_key"]) and row["source_key"] else "unattributed"
            labels.append(f"{outlet}: {row['text']} ({row['category']}, {source})")
        ax.set_yticks(range(len(labels)), labels=[re.sub(r"\s+", " ", s)[:90] for s in labels], fontsize=7)
        ax.invert_yaxis()
        ax.set_xlim(0, top)
        ax.set_xlabel("value (bar = bounds the words allow; tick = stated value)")
        ax.set_title(title)
        _note(fig, "Red: members of a conflicting claim. Source: claims and figures tables.")
        return fig


def save(fig, name: str, out_dir: str | Path | None) -> Path | None:
    """Write ``fig`` as ``<out_dir>/<name>.png`` (for reuse in papers); no-op when out_dir is empty."""
    if not out_dir:
        return None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "chart"
    path = out / f"{safe}.png"
    fig.savefig(path, bbox_inches="tight")
    return path


def show(fig, name: str, out_dir: str | Path | None = None) -> Path | None:
    """Save ``fig`` (see ``save``), display it in the notebook, and close it so it is shown exactly once."""
    path = save(fig, name, out_dir)
    try:
        from IPython.display import display

        display(fig)
    finally:
        plt.close(fig)
    return path
