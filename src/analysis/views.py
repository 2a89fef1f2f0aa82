"""Tables for people: the filters and display frames the notebooks show (notebooks hold no logic)."""
from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pandas as pd


def check_report_parameters(params: dict, categories_allowed=None) -> dict:
    """Values of a report's parameters that make sense (types are checked before the kernel starts)."""
    from .schema import CATEGORIES
    from .figures import KINDS

    allowed = set(categories_allowed or CATEGORIES)
    problems = []
    for key in ("start", "end"):
        value = params.get(key)
        if value:
            try:
                pd.Timestamp(value)
            except ValueError:
                problems.append(f"{key}={value!r} is not a date (use YYYY-MM-DD)")
    bad = [c for c in params.get("categories") or [] if c not in allowed]
    if bad:
        problems.append(f"unknown categories {bad}; choose from {sorted(allowed)}")
    bad = [k for k in params.get("kinds") or [] if k not in KINDS]
    if bad:
        problems.append(f"unknown kinds {bad}; choose from {list(KINDS)}")
    for key in ("topic", "subject"):
        if params.get(key):
            try:
                re.compile(params[key])
            except re.error as exc:
                problems.append(f"{key} is not a valid regular expression: {exc}")
    if problems:
        raise ValueError("bad report parameters: " + "; ".join(problems))
    return params


def select(figures: pd.DataFrame, topic: str = "", categories: list[str] | None = None,
           kinds: list[str] | None = None, start: str = "", end: str = "") -> pd.DataFrame:
    """Figures whose sentence or counted entity mentions ``topic`` (a case-insensitive regex),
    of the given categories and kinds, whose own date (else publication date) falls in [start, end]."""
    out = figures
    if kinds:
        out = out[out["kind"].astype(str).isin(kinds)]
    if categories:
        out = out[out["category"].astype(str).isin(categories)]
    if topic:
        pattern = re.compile(topic, re.IGNORECASE)
        hay = out["sentence"].fillna("").astype(str) + " " + out["what"].fillna("").astype(str)
        out = out[hay.map(lambda s: bool(pattern.search(s)))]
    when = reference_date(out)
    if start:
        out = out[(when >= pd.Timestamp(start)) | when.isna()]
        when = reference_date(out)
    if end:
        out = out[(when <= pd.Timestamp(end)) | when.isna()]
    return out


def reference_date(figures: pd.DataFrame) -> pd.Series:
    """The date a figure refers to, else its publication date (as Timestamps)."""
    own = pd.to_datetime(figures["date_start"], errors="coerce")
    pub = pd.to_datetime(figures["published"], errors="coerce")
    return own.fillna(pub)


def _fmt_number(v) -> str:
    if v is None or pd.isna(v):
        return ""
    v = float(v)
    return f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}"


def bounds_text(row) -> str:
    """"> 1,000", "≥ 100", "~1,100", "200–300", "12 (dozens: 12–99)"."""
    q = str(row["qualifier"])
    v, lo, hi = row["value"], row["low"], row["high"]
    if q == "more_than":
        return f"> {_fmt_number(v)}"
    if q == "at_least":
        return f"≥ {_fmt_number(v)}"
    if q == "at_most":
        return f"≤ {_fmt_number(v)}"
    if q == "less_than":
        return f"< {_fmt_number(v)}"
    if q == "approx":
        return f"~{_fmt_number(v)}" + (" (not above)" if hi is not None and not pd.isna(hi) else "")
    if q in ("range", "vague"):
        return f"{_fmt_number(lo)}–{_fmt_number(hi)}" + (f" (best {_fmt_number(v)})" if q == "vague" else "")
    return _fmt_number(v)


def figures_table(figures: pd.DataFrame, limit: int = 200) -> pd.DataFrame:
    """The figures as a reader wants them: date, outlet, figure and bounds, what, source, quote."""
    columns = ["refers to", "outlet", "figure", "what", "source", "quote"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    df = figures.copy()
    df["_when"] = reference_date(df)
    df = df.sort_values(["_when", "outlet", "char_start"], na_position="last").head(limit)
    published = pd.to_datetime(df["published"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("undated")
    return pd.DataFrame({
        "refers to": [_date_label(r) for _, r in df.iterrows()],
        "outlet": df["outlet"].fillna("").astype(str) + " (" + published + ")",
        "figure": [f"{r['text']} [{bounds_text(r)}]" for _, r in df.iterrows()],
        "what": df["what"].fillna("").astype(str) + ": " + df["category"].astype(str).replace({"nan": "", "None": ""}),
        "source": df["source"].fillna("").astype(str) + df["source_basis"].astype(str).map(lambda b: " (from previous sentence)" if b == "inherited" else ""),
        "quote": df["sentence"].astype(str).map(lambda s: s if len(s) <= 300 else s[:297] + "…"),
    }, columns=columns).reset_index(drop=True)


def _date_label(row) -> str:
    start = row.get("date_start")
    if start is None or pd.isna(start):
        return "unknown" if str(row.get("date_basis")) == "unknown" else ""
    start = pd.Timestamp(start).strftime("%Y-%m-%d")
    end = row.get("date_end")
    end = pd.Timestamp(end).strftime("%Y-%m-%d") if end is not None and not pd.isna(end) else start
    label = start if end == start else f"{start} – {end}"
    basis = str(row.get("date_basis"))
    return label + (" (publication)" if basis == "publication" else "")


def html_table(df: pd.DataFrame, compact: bool = False) -> str:
    """An escaped HTML table (article text is untrusted: ``<script>`` shows as text)."""
    classes = ["report-table"] + (["compact"] if compact else [])
    if df.empty:
        return '<p class="empty-table">None.</p>'
    return df.to_html(index=False, escape=True, classes=classes, border=0, na_rep="")


def key_figures(figures: pd.DataFrame, limit: int = 12) -> pd.DataFrame:
    """The figures table without quotes, for the first page."""
    return figures_table(figures, limit=limit).drop(columns=["quote"])


def header_html(title: str, parameters: dict) -> str:
    """Report title, run time and the parameters of the run, escaped."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    params = "; ".join(f"{html.escape(str(k))} = {html.escape(repr(v))}" for k, v in parameters.items())
    return (
        f'<div class="report-header"><h1>{html.escape(title)}</h1>'
        f'<div class="run-date">Run {stamp}</div>'
        f'<div class="report-parameters">Parameters: {params}</div></div>'
    )


def summary_table(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    ok = articles[articles["status"].astype(str) == "ok"]
    return pd.DataFrame({
        "measure": ["files read", "articles", "rejected files", "articles without publication date", "figures", "count figures", "outlets"],
        "value": [
            len(articles), len(ok), int((articles["status"].astype(str) == "rejected").sum()),
            int(ok["published"].isna().sum()), len(figures), int((figures["kind"].astype(str) == "count").sum()),
            ok["outlet"].nunique(),
        ],
    })


def coverage_table(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: articles, articles with at least one count figure, figures by kind."""
    ok = articles[articles["status"].astype(str) == "ok"].copy()
    ok["outlet"] = ok["outlet"].fillna("unknown").astype(str)
    counts = figures[figures["kind"].astype(str) == "count"].groupby("article_id").size()
    ok["count_figures"] = ok["article_id"].map(counts).fillna(0).astype(int)
    table = ok.groupby("outlet").agg(
        articles=("article_id", "size"),
        with_counts=("count_figures", lambda s: int((s > 0).sum())),
        count_figures=("count_figures", "sum"),
        undated=("published", lambda s: int(s.isna().sum())),
    ).reset_index()
    table["coverage"] = (table["with_counts"] / table["articles"]).map(lambda v: f"{v:.0%}")
    return table


def problem_files(articles: pd.DataFrame) -> pd.DataFrame:
    """Rejected files with their reason, and kept articles with warnings (e.g. no publication date)."""
    flagged = articles[(articles["status"].astype(str) == "rejected") | articles["flags"].fillna("").astype(str).ne("")]
    return pd.DataFrame({
        "file": flagged["path"].astype(str),
        "status": flagged["status"].astype(str),
        "reason or warnings": flagged["problem"].fillna("").astype(str).where(flagged["status"].astype(str) == "rejected", flagged["flags"].fillna("").astype(str)),
    }).reset_index(drop=True)


def claims_with_quotes(claims: pd.DataFrame, figures: pd.DataFrame, articles: pd.DataFrame | None = None,
                       status: str | None = None, subject: str = "", categories: list[str] | None = None) -> pd.DataFrame:
    """One row per claim member, with the outlet, the figure as written and the sentence it stands in."""
    if claims.empty:
        return pd.DataFrame(columns=["claim", "what", "source", "outlet", "figure", "quote"])
    df = claims
    if status:
        df = df[df["status"].astype(str) == status]
    if subject:
        df = df[df["subject"].fillna("").astype(str).str.contains(subject, case=False, regex=True)]
    if categories:
        df = df[df["category"].astype(str).isin(categories)]
    merged = df.merge(figures[["figure_id", "text", "value", "low", "high", "qualifier", "sentence", "outlet", "published"]], on="figure_id", how="left")
    merged = merged.sort_values(["claim_id", "published", "outlet"], na_position="last")
    labels = {cid: f"C{i + 1}" for i, cid in enumerate(dict.fromkeys(merged["claim_id"]))}
    published = pd.to_datetime(merged["published"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("undated")
    return pd.DataFrame({
        "claim": merged["claim_id"].map(labels) + " " + merged["status"].astype(str) + " (" + merged["n_stories"].astype(str) + " stories)",
        "what": merged["subject"].fillna("").astype(str) + ": " + merged["category"].astype(str),
        "source": merged["source_key"].fillna("unattributed").astype(str),
        "outlet": merged["outlet"].fillna("").astype(str) + " (" + published + ")",
        "figure": [f"{r['text']} [{bounds_text(r)}]" for _, r in merged.iterrows()],
        "quote": merged["sentence"].astype(str).map(lambda s: s if len(s) <= 300 else s[:297] + "…"),
    }).reset_index(drop=True)


def copies_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles detected as copies or rewrites of another, next to the article they copy."""
    ok = articles[articles["status"].astype(str) == "ok"]
    copies = ok[ok["copy_of"].notna()]
    originals = ok.set_index("article_id")
    return pd.DataFrame({
        "copy": copies["path"].astype(str),
        "copy outlet": copies["outlet"].fillna("").astype(str),
        "copy published": pd.to_datetime(copies["published"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("undated"),
        "copy of": copies["copy_of"].map(originals["path"]).fillna("").astype(str),
        "original outlet": copies["copy_of"].map(originals["outlet"]).fillna("").astype(str),
        "story": copies["story_id"].astype(str),
    }).reset_index(drop=True)


def select_claims(claims: pd.DataFrame, subject: str = "", categories: list[str] | None = None) -> pd.DataFrame:
    """Claim member rows about ``subject`` (a case-insensitive regex on the claim's subject) and categories."""
    out = claims
    if subject:
        out = out[out["subject"].fillna("").astype(str).str.contains(subject, case=False, regex=True)]
    if categories:
        out = out[out["category"].astype(str).isin(categories)]
    return out


def history_table(history: pd.DataFrame) -> pd.DataFrame:
    """analysis.history() for reading: date, what, source, bounds, status, and whether it updates an earlier claim."""
    if history.empty:
        return pd.DataFrame(columns=["date", "what", "source", "bounds", "status", "updates earlier claim"])
    labels = {cid: f"H{i + 1}" for i, cid in enumerate(history["claim_id"])}

    def bounds_of(row) -> str:
        low, high = row["claim_low"], row["claim_high"]
        if pd.isna(high):
            return f"≥ {_fmt_number(low)}"
        return _fmt_number(low) if low == high else f"{_fmt_number(low)}–{_fmt_number(high)}"

    return pd.DataFrame({
        "date": [labels[c] + " " + (pd.Timestamp(d).strftime("%Y-%m-%d") if pd.notna(d) else "undated")
                 for c, d in zip(history["claim_id"], history["reference_date"])],
        "what": history["subject"].fillna("").astype(str) + ": " + history["category"].astype(str),
        "source": history["source_key"].fillna("unattributed").astype(str),
        "bounds": [bounds_of(r) for _, r in history.iterrows()],
        "status": history["status"].astype(str) + " (" + history["n_stories"].astype(str) + " stories)",
        "updates earlier claim": [
            (labels.get(s, "an earlier claim") + (", total went down" if bool(dec) else "")) if isinstance(s, str) and s else ""
            for s, dec in zip(history["supersedes"], history["decreasing"])
        ],
    }).reset_index(drop=True)
