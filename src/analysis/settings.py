"""One validated settings object: paths, limits, the vague-quantity policy, the engine."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENGINES = ("local", "dask")
RAW_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class SettingsError(ValueError):
    """A setting has a value the project cannot use; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    """Where things live and how the run behaves. Build with ``Settings.from_root`` or ``replace``."""

    root: Path = field(default_factory=Path.cwd)
    raw_dir: Path | None = None
    processed_dir: Path | None = None
    reports_dir: Path | None = None
    # A raw file larger than this is rejected (not read into memory); 50 MB holds any news article.
    max_file_bytes: int = 50 * 1024 * 1024
    # Longest single line kept; longer lines (scraper debris, base64) make the file rejected.
    max_line_chars: int = 1_000_000
    # None: the packaged ACLED-style policy (analysis/lexicon/vague.yml); else a YAML file path.
    vague_policy: str | None = None
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    # Raw files per task (a group of buckets): large enough that scheduling overhead (50-1000 µs a task) is noise.
    batch_size: int = 500
    execution_timeout: int = 600
    kernel: str = "python3"
    progress: bool = True
    # Re-extract every article, ignoring cached rows of unchanged files.
    rebuild: bool = False

    def __post_init__(self) -> None:
        root = Path(self.root).resolve()
        object.__setattr__(self, "root", root)
        for name, default in (("raw_dir", "data/raw"), ("processed_dir", "data/processed"), ("reports_dir", "reports")):
            value = getattr(self, name)
            object.__setattr__(self, name, (root / default) if value is None else Path(value).resolve())
        self.validate()

    def validate(self) -> None:
        if self.engine not in ENGINES:
            raise SettingsError(f"engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        for name in ("max_file_bytes", "max_line_chars", "workers", "batch_size", "execution_timeout"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise SettingsError(f"{name} must be a whole number of at least 1, not {value!r}")
        if self.vague_policy is not None:
            path = Path(self.vague_policy)
            if not path.is_file():
                raise SettingsError(f"vague_policy file {self.vague_policy!r} does not exist")
            from .numbers import grammar  # validates the policy's entries

            try:
                grammar(str(path))
            except ValueError as exc:
                raise SettingsError(f"vague_policy {self.vague_policy!r}: {exc}") from exc

    @classmethod
    def from_root(cls, root: str | os.PathLike | None = None, **overrides: Any) -> "Settings":
        known = {f.name for f in fields(cls)}
        unknown = set(overrides) - known
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        clean = {k: v for k, v in overrides.items() if v is not None}
        return cls(root=Path(root) if root else Path.cwd(), **clean)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    def public(self) -> dict[str, Any]:
        """The settings that shape the output, for datapackage.json (no machine paths)."""
        return {
            "vague_policy": self.vague_policy or "packaged:acled-conservative",
            "max_file_bytes": self.max_file_bytes,
            "max_line_chars": self.max_line_chars,
        }
