"""The run: ingest -> figures + dates -> claims -> validated tables. Reports are run by report.py."""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Iterable

from filelock import FileLock, Timeout

from . import claims as claims_stage
from . import tables
from .figures import figures_in
from .ingest import Article, ingest
from .settings import Settings


class RunLocked(RuntimeError):
    """Another run holds the lock on the processed folder."""


def package_version() -> str:
    try:
        return version("analysis")
    except PackageNotFoundError:  # running from a source tree without install
        return "0+unknown"


def figure_rows(article: Article, vague_policy: str | None = None) -> list[dict]:
    """The figures table rows of one article (pure: same article in, same rows out)."""
    if article.status != "ok" or not article.text:
        return []
    from .dates import date_figures

    rows = []
    figures = figures_in(article.text, vague_policy)
    dated = date_figures(article.text, figures, article.published)
    for figure, when in zip(figures, dated):
        row = asdict(figure)
        row.update(asdict(when))
        row["figure_id"] = f"{article.article_id}:{figure.char_start}"
        row["article_id"] = article.article_id
        row["published"] = article.published
        row["outlet"] = article.outlet
        rows.append(row)
    return rows


@dataclass
class RunSummary:
    files: int = 0
    articles: int = 0
    rejected: int = 0
    undated: int = 0
    figures: int = 0
    counts: int = 0
    claims: int = 0
    conflicting: int = 0
    copies: int = 0
    extracted: int = 0
    reused: int = 0
    seconds: float = 0.0
    rejected_files: list[tuple[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"files read:        {self.files}",
            f"articles:          {self.articles} ({self.undated} without a publication date)",
            f"rejected files:    {self.rejected}",
            f"figures:           {self.figures} ({self.counts} counts)",
            f"extraction:        {self.extracted} articles extracted, {self.reused} unchanged ones reused",
            f"copies/rewrites:   {self.copies}",
            f"claims:            {self.claims} ({self.conflicting} conflicting)",
            f"time:              {self.seconds:.1f} s",
        ]
        for path, problem in self.rejected_files[:20]:
            out.append(f"  rejected {path}: {problem}")
        if len(self.rejected_files) > 20:
            out.append(f"  ... and {len(self.rejected_files) - 20} more (see articles.csv, status=rejected)")
        return out


def _progress(items: Iterable, settings: Settings, desc: str) -> Iterable:
    if not settings.progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, unit="article", leave=False, disable=None)


def extract_all(articles: list[Article], settings: Settings) -> tuple[list[dict], int, int]:
    """Figure rows for all articles: unchanged files reuse cached rows, the rest go through the engine.

    Returns (rows, articles extracted, articles reused).
    """
    from . import cache
    from .engine import map_articles

    def extract(todo: list[Article]) -> list[list[dict]]:
        return map_articles(todo, settings, _progress)

    return cache.cached_rows(articles, settings.processed_dir / ".cache", settings.vague_policy, settings.rebuild, extract)


def run(settings: Settings) -> RunSummary:
    """Read data/raw, write data/processed. Holds a lock so two runs never write at once."""
    started = time.perf_counter()
    settings.processed_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.processed_dir / ".analysis.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RunLocked(
            f"another analysis run is writing {settings.processed_dir} (lock file .analysis.lock); "
            "wait for it to finish, then run again"
        ) from None
    try:
        # temporary files left by a run that was killed while writing: the tables beside them are intact
        for stale in settings.processed_dir.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
        if not settings.raw_dir.is_dir():
            raise FileNotFoundError(f"raw folder {settings.raw_dir} does not exist")
        articles = ingest(settings)
        figure_records, extracted, reused = extract_all(articles, settings)
        article_records, claim_records = claims_stage.build(articles, figure_records)
        frames = {
            "articles": tables.frame("articles", article_records),
            "figures": tables.frame("figures", figure_records),
            "claims": tables.frame("claims", claim_records),
        }
        info = {
            "version": package_version(),
            "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            "analysis_settings": settings.public(),
        }
        written = tables.write_tables(frames, settings.processed_dir, info)
    finally:
        lock.release()
    ok = [a for a in articles if a.status == "ok"]
    rejected = [a for a in articles if a.status != "ok"]
    claims_df = frames["claims"]
    return RunSummary(
        files=len(articles),
        articles=len(ok),
        rejected=len(rejected),
        undated=sum(1 for a in ok if not a.published),
        figures=len(figure_records),
        counts=sum(1 for r in figure_records if r["kind"] == "count"),
        claims=claims_df["claim_id"].nunique() if len(claims_df) else 0,
        conflicting=claims_df.loc[claims_df["status"] == "conflicting", "claim_id"].nunique() if len(claims_df) else 0,
        copies=sum(1 for r in article_records if r.get("copy_of")),
        extracted=extracted,
        reused=reused,
        seconds=time.perf_counter() - started,
        rejected_files=[(a.path, a.problem or "") for a in rejected],
        written=[str(p) for p in written],
    )
