"""Run the pure per-article stage locally, on several processes, or as Dask tasks.

The stage (``pipeline.figure_rows``) is a pure function of one article, so all engines give the
same rows; results come back in input order.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Callable, Iterable, Sequence

from .ingest import Article
from .settings import Settings


def _batches(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _rows_for_batch(batch: Sequence[Article], vague_policy: str | None) -> list[list[dict]]:
    from .pipeline import figure_rows

    return [figure_rows(article, vague_policy) for article in batch]


def map_articles(articles: list[Article], settings: Settings, progress: Callable[[list, Settings, str], Iterable]) -> list[list[dict]]:
    """Figure rows per article, in the order of ``articles``."""
    work = partial(_rows_for_batch, vague_policy=settings.vague_policy)
    if settings.engine == "dask":
        return _map_dask(articles, settings, work)
    if settings.workers <= 1 or len(articles) < 2:
        return [rows for article in progress(articles, settings, "extracting") for rows in work([article])]
    # Batches keep inter-process traffic small; each carries many articles' worth of work.
    size = max(1, min(settings.batch_size, len(articles) // (settings.workers * 4) or 1))
    batches = _batches(articles, size)
    out: list[list[dict]] = []
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        for result in progress(pool.map(work, batches), settings, "extracting"):
            out.extend(result)
    return out


def _map_dask(articles: list[Article], settings: Settings, work: Callable) -> list[list[dict]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError("the dask engine needs the optional extra: pip install -e '.[dask]'") from exc
    batches = _batches(articles, settings.batch_size)
    if settings.scheduler:
        client = Client(settings.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=settings.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(work, batches, pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [rows for batch in results for rows in batch]
