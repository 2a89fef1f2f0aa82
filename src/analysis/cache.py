"""Reuse figure rows of raw files that have not changed since the last run.

Each article's rows are stored under a key made of its content and everything that shapes its rows:
its text, id, publication date and outlet, the package version, the lexicon files and the
vague-quantity policy. A changed file, a new lexicon or another policy gives a new key, so its rows
are extracted again; rows of deleted files are dropped when their shard is rewritten. Rows live in
64 Parquet shards (by key prefix) under ``data/processed/.cache/``, each replaced atomically.
"""
from __future__ import annotations

import hashlib
import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable

import pandas as pd

from .ingest import Article
from .tables import atomic_write_bytes

N_SHARDS = 64
KEY_COLUMN = "_cache_key"


@lru_cache(maxsize=8)
def extractor_fingerprint(vague_policy: str | None) -> str:
    """Changes whenever the extraction code, a lexicon file or the vague-quantity policy changes (the
    package version alone would miss an edit to an installed-in-place checkout)."""
    from .pipeline import package_version

    digest = hashlib.sha256(package_version().encode())
    package = resources.files("analysis")
    sources = [package.joinpath(f"{name}.py") for name in ("text", "numbers", "figures", "dates", "pipeline")]
    sources += sorted((e for e in package.joinpath("lexicon").iterdir() if e.name.endswith(".yml")), key=lambda e: e.name)
    for entry in sources:
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    if vague_policy:
        digest.update(Path(vague_policy).read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article, fingerprint: str) -> str:
    payload = json.dumps([fingerprint, article.article_id, article.published, article.outlet, article.text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _shard(key: str) -> int:
    return int(key[:4], 16) % N_SHARDS


def _shard_path(folder: Path, shard: int) -> Path:
    return folder / f"figures-{shard:02d}.parquet"


def _read_shard(path: Path) -> pd.DataFrame | None:
    if not path.exists():
        return None
    try:
        return pd.read_parquet(path)
    except Exception:  # noqa: BLE001 - a damaged cache file is rebuilt, never trusted
        return None


def cached_rows(articles: list[Article], folder: Path, vague_policy: str | None, rebuild: bool,
                extract: Callable[[list[Article]], list[list[dict]]]) -> tuple[list[dict], int, int]:
    """Figure rows of all ok articles: reused from the cache when unchanged, else extracted.

    Returns (rows, extracted article count, reused article count).
    """
    fingerprint = extractor_fingerprint(vague_policy)
    ok = [a for a in articles if a.status == "ok"]
    keys = {a.article_id: article_key(a, fingerprint) for a in ok}
    by_shard: dict[int, list[Article]] = {}
    for a in ok:
        by_shard.setdefault(_shard(keys[a.article_id]), []).append(a)

    reused: dict[str, list[dict]] = {}
    todo: list[Article] = []
    shard_frames: dict[int, pd.DataFrame | None] = {}
    for shard, members in by_shard.items():
        frame = None if rebuild else _read_shard(_shard_path(folder, shard))
        shard_frames[shard] = frame
        have = set(frame[KEY_COLUMN]) if frame is not None and len(frame) else set()
        for a in members:
            if keys[a.article_id] in have:  # placeholder rows keep the keys of articles without figures
                reused[a.article_id] = []
            else:
                todo.append(a)
    # Rows of reused articles, read back from their shards.
    for shard, frame in shard_frames.items():
        if frame is None or not len(frame):
            continue
        wanted = {keys[a.article_id] for a in by_shard[shard] if a.article_id in reused}
        part = frame[frame[KEY_COLUMN].isin(wanted) & frame["figure_id"].notna()]
        for record in part.drop(columns=[KEY_COLUMN]).to_dict("records"):
            reused.setdefault(record["article_id"], []).append(_clean(record))
    fresh = dict(zip((a.article_id for a in todo), extract(todo))) if todo else {}

    folder.mkdir(parents=True, exist_ok=True)
    for shard, members in by_shard.items():
        _write_shard(folder, shard, members, keys, reused, fresh, shard_frames.get(shard))
    for shard in range(N_SHARDS):  # shards with no current article: every file in them was deleted
        if shard not in by_shard and _shard_path(folder, shard).exists():
            _shard_path(folder, shard).unlink()

    rows = []
    for a in ok:
        rows.extend(fresh.get(a.article_id) if a.article_id in fresh else reused.get(a.article_id, []))
    return rows, len(todo), len(ok) - len(todo)


def _clean(record: dict) -> dict:
    return {k: (None if (isinstance(v, float) and v != v) or v is pd.NA else v) for k, v in record.items()}


def _write_shard(folder: Path, shard: int, members: list[Article], keys: dict[str, str], reused: dict[str, list[dict]],
                 fresh: dict[str, list[dict]], old: pd.DataFrame | None) -> None:
    current = {keys[a.article_id] for a in members}
    if old is not None and set(old[KEY_COLUMN]) == current and not any(a.article_id in fresh for a in members):
        return  # nothing changed in this shard
    records: list[dict] = []
    for a in members:
        rows = fresh.get(a.article_id) if a.article_id in fresh else reused.get(a.article_id, [])
        if rows:
            records.extend({**r, KEY_COLUMN: keys[a.article_id]} for r in rows)
        else:
            records.append({KEY_COLUMN: keys[a.article_id], "figure_id": None, "article_id": a.article_id})
    frame = pd.DataFrame.from_records(records)
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(_shard_path(folder, shard), buffer.getvalue())
