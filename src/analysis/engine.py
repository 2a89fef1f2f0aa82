"""Run the per-bucket stage (``pipeline.process_bucket``) locally, on several processes, or as Dask tasks.

The stage is a pure function of a bucket's raw files (it writes only that bucket's partitions), so
every engine gives the same partitions; results arrive in any order and the run sorts what it keeps.
Small buckets are grouped into tasks of about ``batch_size`` files, so that each task carries seconds
of work and per-task scheduling overhead (50-1000 µs in Dask) stays negligible.
"""
from __future__ import annotations

import math
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Callable, Iterator

from .settings import Settings


def tasks(specs: list, settings: Settings) -> list[list]:
    """Consecutive buckets grouped until a group holds about ``batch_size`` files; with several workers
    the groups are made small enough that every worker gets a few of them."""
    total = sum(len(s) for s in specs)
    size = settings.batch_size
    if settings.workers > 1 or settings.engine == "dask":
        size = max(1, min(size, math.ceil(total / (settings.workers * 4))))
    groups: list[list] = []
    current: list = []
    filled = 0
    for spec in specs:
        current.append(spec)
        filled += len(spec)
        if filled >= size:
            groups.append(current)
            current, filled = [], 0
    if current:
        groups.append(current)
    return groups


def map_buckets(specs: list, settings: Settings, fingerprint: str,
                advance: Callable[[int], object] | None = None) -> Iterator:
    """BucketResults of all specs, as they complete. ``advance(n)`` is told how many files are done."""
    from .pipeline import process_buckets

    advance = advance or (lambda n: None)
    work = partial(process_buckets, settings=settings, fingerprint=fingerprint)
    groups = tasks(specs, settings)
    if settings.engine == "dask":
        yield from _map_dask(groups, settings, work, advance)
        return
    if settings.workers <= 1 or len(groups) < 2:
        for group in groups:
            yield from work(group)
            advance(sum(len(s) for s in group))
        return
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        for group, results in zip(groups, pool.map(work, groups)):
            yield from results
            advance(sum(len(s) for s in group))


def _map_dask(groups: list[list], settings: Settings, work: Callable, advance: Callable[[int], object]) -> Iterator:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError("the dask engine needs the optional extra: pip install -e '.[dask]'") from exc
    if settings.scheduler:
        client = Client(settings.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=settings.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(work, groups, pure=False)
        size_of = {future.key: sum(len(s) for s in group) for future, group in zip(futures, groups)}
        for future in as_completed(futures):
            results = future.result()
            advance(size_of[future.key])
            future.release()  # the worker may forget the result once it is here
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
