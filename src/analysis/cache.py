"""The partition store: per-bucket Parquet files of article and figure rows, reused while unchanged.

Articles are split into BUCKETS by the first two hex digits of their ``article_id`` (a hash of the
raw file's path), so a file always lands in the same bucket and buckets in order are articles in
``article_id`` order. Each bucket has ``.cache/articles/XX.parquet`` and ``.cache/figures/XX.parquet``
under the processed folder, each replaced atomically.

An article's cache key covers everything that shapes its rows: the article record itself (text,
publication date, outlet, title, ...), the extraction code, the table schema, the lexicon files and the vague-quantity
policy. A changed file, an edited extractor or another policy gives a new key, so its figures are
extracted again; a deleted file's rows vanish when its bucket is rewritten.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .ingest import Article
from .tables import atomic_write_bytes, to_parquet_bytes
from .text import fields_dict

BUCKETS = 256
KEY_COLUMN = "_cache_key"
# An article's MinHash and content-word hashes (claims.StoryDoc), kept so an unchanged article is not re-hashed.
MINHASH_COLUMN = "_minhash"
CONTENT_COLUMN = "_content"
FOLDER = ".cache"
# Files of the earlier layout (64 shards keyed by content); removed when found.
_OLD_LAYOUT = "figures-*.parquet"


@lru_cache(maxsize=8)
def extractor_fingerprint(vague_policy: str | None) -> str:
    """Changes whenever the extraction code, the table schema, a lexicon file or the vague-quantity policy changes (the
    package version alone would miss an edit to an installed-in-place checkout)."""
    from .pipeline import package_version

    digest = hashlib.sha256(package_version().encode())
    package = resources.files("analysis")
    # (the schema too: a stored partition has the table's columns of the code that wrote it)
    sources = [package.joinpath(f"{name}.py") for name in ("text", "numbers", "figures", "dates", "pipeline", "schema")]
    sources += sorted((e for e in package.joinpath("lexicon").iterdir() if e.name.endswith(".yml")), key=lambda e: e.name)
    for entry in sources:
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    if vague_policy:
        digest.update(Path(vague_policy).read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article, fingerprint: str) -> str:
    payload = json.dumps([fingerprint, fields_dict(article)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def bucket_of(article_id: str) -> int:
    return int(article_id[1:3], 16) % BUCKETS


class PartitionStore:
    """Where the bucket files live, and how they are read and replaced."""

    def __init__(self, processed_dir: Path):
        self.folder = Path(processed_dir) / FOLDER

    def path(self, table: str, bucket: int) -> Path:
        return self.folder / table / f"{bucket:02x}.parquet"

    def read(self, table: str, bucket: int, columns: list[str] | None = None) -> pd.DataFrame | None:
        path = self.path(table, bucket)
        if not path.exists():
            return None
        try:
            return pd.read_parquet(path, columns=columns)
        except Exception:  # noqa: BLE001 - a damaged partition is rebuilt, never trusted
            return None

    def write(self, table: str, bucket: int, frame: pd.DataFrame) -> None:
        atomic_write_bytes(self.path(table, bucket), to_parquet_bytes(frame))

    def buckets_on_disk(self) -> set[int]:
        found = set()
        for table in ("articles", "figures"):
            folder = self.folder / table
            if folder.is_dir():
                found.update(int(p.stem, 16) for p in folder.glob("*.parquet") if len(p.stem) == 2)
        return found

    def drop(self, bucket: int) -> None:
        for table in ("articles", "figures"):
            self.path(table, bucket).unlink(missing_ok=True)

    def drop_old_layout(self) -> None:
        for path in self.folder.glob(_OLD_LAYOUT):
            path.unlink(missing_ok=True)
