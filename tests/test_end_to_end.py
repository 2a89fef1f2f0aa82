"""`analysis run` on the sample data, as a new user runs it: tables, reports, summary."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import cli


@pytest.mark.slow
def test_analysis_run_writes_tables_and_offline_reports(project, capsys):
    assert cli.main(["--root", str(project), "run", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"files read:\s+4", out) and re.search(r"rejected files:\s+0", out)
    processed = project / "data" / "processed"
    for table in ("articles", "figures", "claims"):
        assert (processed / f"{table}.csv").exists() and (processed / f"{table}.parquet").exists()
    assert (processed / "datapackage.json").exists()
    figures = pd.read_csv(processed / "figures.csv")
    jcs = figures[figures["text"] == "more than 1,000"]
    assert set(jcs["category"]) == {"killed_or_wounded"} and set(jcs["date_start"]) == {"2024-12-23"}
    for name in ("north-korean-casualties", "corpus-overview"):
        html = (project / "reports" / f"{name}.html").read_text(encoding="utf-8")
        assert (project / "reports" / f"{name}.pdf").read_bytes().startswith(b"%PDF")
        external = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
        assert external == [], f"{name}.html loads from the network: {external}"
    assert list((project / "reports" / "figures").glob("*.png"))


@pytest.mark.slow
def test_a_broken_raw_file_is_a_rejected_row_and_the_run_continues(project, capsys):
    (project / "data" / "raw" / "scan.txt").write_bytes(b"%PDF-1.4 not an article")
    assert cli.main(["--root", str(project), "run", "--quiet", "--no-report"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"rejected files:\s+1", out) and "scan.txt" in out
    articles = pd.read_csv(project / "data" / "processed" / "articles.csv")
    row = articles[articles["path"] == "scan.txt"].iloc[0]
    assert row["status"] == "rejected" and "PDF" in row["problem"]
