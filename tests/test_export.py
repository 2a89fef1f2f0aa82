"""`analysis export`: a shareable bundle with the CSVs, datapackage.json, data dictionary and README."""
from __future__ import annotations

import zipfile

from analysis import cli


def test_export_writes_a_bundle_with_everything_a_colleague_needs(project, capsys):
    assert cli.main(["--root", str(project), "run", "--no-report", "--quiet"]) == 0
    out = project / "bundle.zip"
    assert cli.main(["--root", str(project), "export", "--out", str(out)]) == 0
    names = set(zipfile.ZipFile(out).namelist())
    assert {"articles.csv", "figures.csv", "claims.csv", "datapackage.json", "data-dictionary.md", "README.md"} <= names
    readme = zipfile.ZipFile(out).read("README.md").decode("utf-8")
    assert "Citation" in readme and "Licence" in readme


def test_export_before_any_run_fails_clearly(project, capsys):
    assert cli.main(["--root", str(project), "export"]) == 6
    assert "run `analysis run` first" in capsys.readouterr().err


def test_dictionary_regeneration_writes_docs(project):
    assert cli.main(["--root", str(project), "export", "--dictionary"]) == 0
    assert (project / "docs" / "data-dictionary.md").read_text(encoding="utf-8").startswith("# Data dictionary")
