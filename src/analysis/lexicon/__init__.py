"""Language data (number words, qualifiers, units, categories, vague-quantity policy, source aliases).

The YAML files beside this module are data, not code; this module only finds and caches them.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

NAMES = ("numbers", "vague", "qualifiers", "categories", "units", "sources", "not_counts", "hedges", "places", "verbs")


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The lexicon file ``name`` (without extension) as a dict."""
    if name not in NAMES:
        raise KeyError(f"unknown lexicon {name!r}; known: {', '.join(NAMES)}")
    text = resources.files(__package__).joinpath(f"{name}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=None)
def load_path(path: str) -> dict[str, Any]:
    """A user-supplied lexicon file (e.g. another vague-quantity policy)."""
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
