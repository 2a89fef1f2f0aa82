"""Report runs: parameters checked before any kernel starts, failures loud, old reports untouched."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis import cli
from analysis.report import ParameterError, check_parameters

ROOT = Path(__file__).resolve().parents[1]
FIGURES_NB = ROOT / "notebooks" / "01-figures-report.ipynb"


def test_unknown_parameter_is_rejected():
    with pytest.raises(ParameterError, match="unknown parameter.*colour"):
        check_parameters(FIGURES_NB, {"colour": "red"})


def test_wrong_parameter_type_is_rejected():
    with pytest.raises(ParameterError, match="'max_rows' must be int"):
        check_parameters(FIGURES_NB, {"max_rows": "many"})


def test_cli_exits_2_on_a_bad_parameter_without_starting_a_kernel(project, capsys):
    code = cli.main(["--root", str(project), "report", "north-korean-casualties", "-p", "colour", "red"])
    assert code == 2
    assert "unknown parameter" in capsys.readouterr().err
    assert not (project / "reports" / "runs").exists()


def test_report_list_shows_the_definitions(project, capsys):
    assert cli.main(["--root", str(project), "report", "--list"]) == 0
    out = capsys.readouterr().out
    assert "north-korean-casualties" in out and "corpus-overview" in out


def _failing_notebook(project: Path) -> None:
    nb = json.loads(FIGURES_NB.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                        "source": ["raise RuntimeError('deliberate failure for the test')"]})
    (project / "notebooks" / "99-broken.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    (project / "reports" / "reports.yml").write_text(
        "reports:\n  broken:\n    notebook: notebooks/99-broken.ipynb\n", encoding="utf-8")


@pytest.mark.slow
def test_a_failing_cell_exits_3_names_the_cell_and_leaves_the_old_report(project, capsys):
    assert cli.main(["--root", str(project), "run", "--no-report", "--quiet"]) == 0
    _failing_notebook(project)
    old_html = project / "reports" / "broken.html"
    old_html.write_text("previous report", encoding="utf-8")
    code = cli.main(["--root", str(project), "report", "broken"])
    err = capsys.readouterr().err
    assert code == 3
    assert "99-broken.ipynb" in err and "RuntimeError" in err and "deliberate failure" in err
    assert re.search(r"cell \d+", err)
    assert old_html.read_text(encoding="utf-8") == "previous report"
    assert list((project / "reports" / "runs" / "broken").glob("*.ipynb")), "the partial run record is kept"
