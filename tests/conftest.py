"""Shared fixtures: a project folder in tmp_path, and where ../shared is (tests that need it skip without it)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's notebooks, report definitions and sample data, to run in isolation."""
    for folder in ("notebooks", "data/raw"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "reports").mkdir()
    shutil.copy(ROOT / "reports" / "reports.yml", tmp_path / "reports" / "reports.yml")
    (tmp_path / "data" / "processed").mkdir(parents=True)
    return tmp_path


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is optional)")
    return path
