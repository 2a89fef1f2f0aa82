"""The run: ingest -> figures + dates -> claims -> validated tables. Reports are run by report.py."""
from __future__ import annotations

import time
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Iterator

import pandas as pd
import pyarrow as pa

from filelock import FileLock, Timeout

from . import claims as claims_stage
from . import tables
from .figures import figures_in
from .ingest import Article, article_id_for, read_article
from .settings import Settings
from .text import fields_dict


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
        row = fields_dict(figure)
        row.update(fields_dict(when))
        row["figure_id"] = f"{article.article_id}:{figure.char_start}"
        row["article_id"] = article.article_id
        row["published"] = article.published
        row["outlet"] = article.outlet
        rows.append(row)
    return rows


@dataclass
class ExtractionCounts:
    """What extracting some articles counted: one bucket's share, or the whole run's."""

    articles: int = 0
    undated: int = 0
    figures: int = 0
    counts: int = 0
    extracted: int = 0
    reused: int = 0


@dataclass
class RunSummary(ExtractionCounts):
    files: int = 0
    rejected: int = 0
    claims: int = 0
    conflicting: int = 0
    copies: int = 0
    seconds: float = 0.0
    rejected_files: list[tuple[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    def add(self, result: "BucketResult") -> None:
        for counter in fields(ExtractionCounts):
            setattr(self, counter.name, getattr(self, counter.name) + getattr(result, counter.name))
        self.rejected_files.extend(result.rejected)

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


def _progress_bar(specs: list[BucketSpec], settings: Settings):
    """A tqdm bar counting files, or None when progress is off."""
    if not settings.progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=sum(len(s) for s in specs), desc="ingest + extract", unit="file", leave=False, disable=None)


@dataclass
class BucketSpec:
    """The raw files of one bucket (see cache.py) and the manifest lines of it that were rejected."""

    bucket: int
    files: list[tuple[str, dict | None]]  # relative path, manifest overrides
    rejected: list[Article] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.files) + len(self.rejected)


@dataclass
class BucketResult(ExtractionCounts):
    """What the corpus-wide steps need of one bucket; its rows stay on disk in the partition store."""

    bucket: int = field(kw_only=True)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    docs: list = field(default_factory=list)  # claims.StoryDoc per ok article
    candidates: object = None  # claims.candidate_table of its figures (a compact Arrow table)


def plan(settings: Settings) -> list[BucketSpec]:
    """Every raw file and rejected manifest line, grouped by bucket, buckets in order."""
    from .cache import bucket_of
    from .ingest import raw_entries

    entries, rejected = raw_entries(settings.raw_dir)
    specs: dict[int, BucketSpec] = {}
    for relative, overrides in entries:
        bucket = bucket_of(article_id_for(relative))
        specs.setdefault(bucket, BucketSpec(bucket, [])).files.append((relative, overrides))
    for article in rejected:
        specs.setdefault(bucket_of(article.article_id), BucketSpec(bucket_of(article.article_id), [])).rejected.append(article)
    return [specs[b] for b in sorted(specs)]


def process_bucket(spec: BucketSpec, settings: Settings, fingerprint: str) -> BucketResult:
    """Ingest and extract one bucket, reusing the rows of unchanged articles, and replace its partitions.

    Pure apart from its own two partition files, so buckets run in any order, process or machine.
    """
    from .cache import CONTENT_COLUMN, KEY_COLUMN, MINHASH_COLUMN, PartitionStore, article_key

    store = PartitionStore(settings.processed_dir)
    articles = list(spec.rejected) + [read_article(settings.raw_dir / rel, rel, settings, overrides) for rel, overrides in spec.files]
    keys = {a.article_id: article_key(a, fingerprint) for a in articles}
    ok = [a for a in articles if a.status == "ok"]

    old = None if settings.rebuild else store.read("articles", spec.bucket, columns=["article_id", KEY_COLUMN, MINHASH_COLUMN, CONTENT_COLUMN])
    old_keys = dict(zip(old["article_id"], old[KEY_COLUMN])) if old is not None else {}
    old_hashes = dict(zip(old["article_id"], zip(old[MINHASH_COLUMN], old[CONTENT_COLUMN]))) if old is not None else {}
    reusable = {a.article_id for a in ok if old_keys.get(a.article_id) == keys[a.article_id]}
    cached: dict[str, list[dict]] = {}
    if reusable:
        frame = store.read("figures", spec.bucket)
        if frame is None:
            reusable = set()
        else:
            for record in frame[frame["article_id"].isin(reusable)].to_dict("records"):
                cached.setdefault(record["article_id"], []).append({k: None if tables.is_missing(v) else v for k, v in record.items()})

    result = BucketResult(bucket=spec.bucket)
    rows_of: dict[str, list[dict]] = {}
    for a in ok:
        if a.article_id in reusable:
            rows_of[a.article_id] = cached.get(a.article_id, [])
            result.reused += 1
        else:
            rows_of[a.article_id] = figure_rows(a, settings.vague_policy)
            result.extracted += 1
    docs = {a.article_id: claims_stage.story_doc(a, rows_of[a.article_id],
                                                 old_hashes.get(a.article_id) if a.article_id in reusable else None)
            for a in ok}
    unchanged = not result.extracted and old_keys == keys and store.path("figures", spec.bucket).exists()
    if not unchanged:
        # figures first: a bucket whose figures were replaced but not its articles still holds the old keys,
        # so only articles that did not change are reused from it
        figure_records = [row for a in ok for row in rows_of[a.article_id]]
        store.write("figures", spec.bucket, tables.frame("figures", figure_records))
        article_records = [{**fields_dict(a), "n_figures": len(rows_of.get(a.article_id, []))} for a in articles]
        article_frame = tables.frame("articles", article_records)
        article_frame[KEY_COLUMN] = article_frame["article_id"].map(keys)
        stored = {aid: doc.stored() for aid, doc in docs.items()}
        article_frame[MINHASH_COLUMN] = [stored[aid][0] if aid in stored else None for aid in article_frame["article_id"]]
        article_frame[CONTENT_COLUMN] = [stored[aid][1] if aid in stored else None for aid in article_frame["article_id"]]
        store.write("articles", spec.bucket, article_frame)

    for a in articles:
        if a.status != "ok":
            result.rejected.append((a.path, a.problem or ""))
    for a in ok:
        rows = rows_of[a.article_id]
        result.articles += 1
        result.undated += not a.published
        result.figures += len(rows)
        result.counts += sum(1 for r in rows if r["kind"] == "count")
        result.docs.append(docs[a.article_id])
    result.candidates = claims_stage.candidate_table(row for a in ok for row in rows_of[a.article_id])
    return result


def process_buckets(specs: list[BucketSpec], settings: Settings, fingerprint: str) -> list[BucketResult]:
    """A task: several small buckets, so that each carries seconds of work (see engine.py)."""
    return [process_bucket(spec, settings, fingerprint) for spec in specs]


def _assembled(store, specs: list[BucketSpec], table: str, stories: dict[str, tuple[str, str | None]]) -> Iterator[pd.DataFrame]:
    """The rows of one final table, bucket by bucket, in table order."""
    from .schema import TABLES

    columns = [c.name for c in TABLES[table]]  # not the cache key and stored hashes kept beside them
    for spec in specs:
        frame = store.read(table, spec.bucket, columns=columns)
        if frame is None:
            raise RuntimeError(f"partition {store.path(table, spec.bucket)} is missing or damaged; run again with --rebuild")
        if table == "articles":
            found = frame["article_id"].map(stories)
            frame["story_id"] = [s[0] if isinstance(s, tuple) else None for s in found]
            frame["copy_of"] = [s[1] if isinstance(s, tuple) else None for s in found]
        yield frame


def run(settings: Settings) -> RunSummary:
    """Read data/raw, write data/processed. Holds a lock so two runs never write at once.

    Memory stays flat as the corpus grows: buckets of articles are ingested and extracted one at a
    time (in parallel with --workers or Dask), their rows go to the partition store, and only what
    stories and claims need crosses buckets. The final tables are assembled from the partitions.
    """
    from .cache import PartitionStore, extractor_fingerprint
    from .engine import map_buckets

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
    summary = RunSummary()
    try:
        # temporary files left by a run that was killed while writing: the tables beside them are intact
        for stale in settings.processed_dir.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
        if not settings.raw_dir.is_dir():
            raise FileNotFoundError(f"raw folder {settings.raw_dir} does not exist")
        store = PartitionStore(settings.processed_dir)
        store.drop_old_layout()
        specs = plan(settings)
        index, candidates = claims_stage.StoryIndex(), []
        bar = _progress_bar(specs, settings)
        for result in map_buckets(specs, settings, extractor_fingerprint(settings.vague_policy), bar.update if bar else None):
            summary.add(result)
            for doc in result.docs:
                index.add(doc)
            candidates.append(result.candidates)
        if bar is not None:
            bar.close()
        for bucket in store.buckets_on_disk() - {spec.bucket for spec in specs}:
            store.drop(bucket)  # every file of it was deleted
        stories = index.stories()
        del index
        claims = claims_stage.Claims(pa.concat_tables(candidates) if candidates else [], stories)
        del candidates
        info = {
            "version": package_version(),
            "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
            "analysis_settings": settings.public(),
        }
        written = tables.write_table_chunks({
            "articles": _assembled(store, specs, "articles", stories),
            "figures": _assembled(store, specs, "figures", stories),
            "claims": tables.frames_of("claims", claims.rows()),
        }, settings.processed_dir, info)
    finally:
        lock.release()
    summary.files = summary.articles + len(summary.rejected_files)
    summary.rejected = len(summary.rejected_files)
    summary.rejected_files.sort()
    summary.copies = sum(1 for _, copy_of in stories.values() if copy_of)
    summary.claims = len(claims)
    summary.conflicting = claims.conflicting
    summary.seconds = time.perf_counter() - started
    summary.written = [str(p) for p in written]
    return summary
