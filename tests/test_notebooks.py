"""Notebooks: committed clean, named NN-topic, parameters are literals, and every one executes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.report import ReportSpec, notebook_parameters, run_report
from analysis.pipeline import run
from analysis.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, f"clear the outputs of {path.name}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_follows_the_naming_rule_and_starts_with_autoreload(path):
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", path.name)
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert "autoreload" in "".join(code[0]["source"])
    assert notebook_parameters(path), "a parameters cell with literals"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_imports_the_package_and_defines_no_functions(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    source = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "import analysis" in source
    assert not re.search(r"^\s*(def|class)\s", source, re.MULTILINE), "logic belongs in the package"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_executes_on_the_sample_data(project, path):
    settings = Settings.from_root(project, progress=False)
    run(settings)
    result = run_report(ReportSpec(path.stem, f"notebooks/{path.name}"), settings, log=lambda *_: None)
    assert result.html.stat().st_size > 1000 and result.pdf.read_bytes().startswith(b"%PDF")
    executed = json.loads(result.record.read_text(encoding="utf-8"))
    charts = sum("plots.show(" in "".join(c["source"]) for c in executed["cells"] if c["cell_type"] == "code")
    images = sum("image/png" in o.get("data", {}) for c in executed["cells"] for o in c.get("outputs", []))
    assert images == charts, "every chart is shown exactly once"
