"""Hostile and broken input, interrupted and concurrent runs: nothing lost, nothing leaked."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from filelock import FileLock

from analysis import cli
from analysis.pipeline import run
from analysis.settings import Settings


def _articles(project: Path) -> pd.DataFrame:
    return pd.read_csv(project / "data" / "processed" / "articles.csv", dtype=str, keep_default_na=False)


def test_every_bad_file_ends_as_an_article_or_a_rejected_row(project):
    raw = project / "data" / "raw"
    files = {
        "empty.txt": b"",
        "scan.txt": b"%PDF-1.5\n" + bytes(range(256)),
        "latin.txt": "Caf\xe9 owners said 12 people were hurt.\n".encode("cp1252"),
        "utf16.txt": "Officials said 30 people were killed.\r\n".encode("utf-16"),
        "mixed endings.txt": b"Line one says 5 soldiers died.\r\nLine two\rLine three\n",
        "invalid utf8.md": b"# T\n\nAbout 40 \xff\xfe people fled.\n",
        "one long line.txt": b"x" * 2_000_000,
        "bad front matter.md": b"---\ntitle: [oops\n---\nSome 7 people were arrested.\n",
        "\u00fcnicode name \u2013 r\u00e9sum\u00e9.txt": "Nearly 90 families were evacuated.\n".encode(),
        "new\nline.txt": b"At least 3 people were injured.\n",
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    big = raw / "huge.txt"
    with open(big, "wb") as handle:  # a 200 MB file, sparse: rejected on its size without being read
        handle.truncate(200 * 1024 * 1024)
    os.symlink(raw / "loop-a.txt", raw / "loop-b.txt")
    os.symlink(raw / "loop-b.txt", raw / "loop-a.txt")
    (raw / "manifest.csv").write_text("file,title,outlet,published,url\nmissing.txt,,,,\n", encoding="utf-8")

    summary = run(Settings.from_root(project, progress=False))
    articles = _articles(project)
    expected_paths = set(files) | {"huge.txt", "loop-a.txt", "loop-b.txt", "missing.txt"} | {
        p.name for p in (Path(__file__).resolve().parents[1] / "data" / "raw").iterdir() if p.name != "manifest.csv"}
    assert expected_paths <= set(articles["path"]), "no file is silently dropped"
    rejected = articles[articles["status"] == "rejected"].set_index("path")["problem"]
    assert "empty" in rejected["empty.txt"]
    assert "PDF" in rejected["scan.txt"]
    assert "max_file_bytes" in rejected["huge.txt"]
    assert "max_line_chars" in rejected["one long line.txt"]
    assert "symbolic link" in rejected["loop-a.txt"]
    assert "does not exist" in rejected["missing.txt"]
    kept = articles[articles["status"] == "ok"].set_index("path")
    for name in ("latin.txt", "utf16.txt", "mixed endings.txt", "invalid utf8.md", "bad front matter.md",
                 "\u00fcnicode name \u2013 r\u00e9sum\u00e9.txt", "new\nline.txt"):
        assert name in kept.index, f"{name!r} should be readable"
    assert summary.rejected == len(rejected) and summary.files == len(articles)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_rejected(project):
    path = project / "data" / "raw" / "secret.txt"
    path.write_text("Some 5 people were hurt.\n", encoding="utf-8")
    path.chmod(0)
    run(Settings.from_root(project, progress=False))
    row = _articles(project).set_index("path").loc["secret.txt"]
    assert row["status"] == "rejected" and "cannot read" in row["problem"]


def test_a_second_run_while_one_holds_the_lock_exits_5_with_a_clear_message(project, capsys):
    processed = project / "data" / "processed"
    with FileLock(str(processed / ".analysis.lock")):
        code = cli.main(["--root", str(project), "run", "--no-report", "--quiet"])
    assert code == 5
    assert "another analysis run" in capsys.readouterr().err


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file() and not p.name.startswith(".")}


@pytest.mark.slow
def test_killing_a_run_leaves_the_previous_tables_intact_and_the_next_run_completes(project):
    run(Settings.from_root(project, progress=False))
    processed = project / "data" / "processed"
    before = _digests(processed)
    sample = next((project / "data" / "raw").glob("*.md")).read_text(encoding="utf-8")
    for i in range(1500):  # enough work that the run is still going when it is killed
        (project / "data" / "raw" / f"copy-{i:04d}.md").write_text(sample.replace("1,100", str(1000 + i)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "--root", str(project), "run", "--no-report", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    assert proc.poll() is None, "the run finished before it could be killed; give it more work"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _digests(processed) == before, "a killed run must not touch the tables"
    for table in ("articles", "figures", "claims"):
        pd.read_csv(processed / f"{table}.csv")
    summary = run(Settings.from_root(project, progress=False))
    assert summary.files == len(list((project / "data" / "raw").glob("*"))) - 1  # all but the manifest
    assert not list(processed.glob(".*.tmp"))


def test_untrusted_text_is_escaped_in_html_reports():
    from analysis import views

    table = views.figures_table(pd.DataFrame([{
        "text": "12", "value": 12.0, "low": 12.0, "high": 12.0, "qualifier": "exact", "what": "<b>people</b>",
        "category": "killed", "source": "<img src=x onerror=alert(1)>", "source_basis": "explicit",
        "sentence": "<script>alert(1)</script> 12 people were killed.", "date_start": None, "date_end": None,
        "date_basis": "unknown", "published": None, "outlet": "<i>Outlet</i>", "char_start": 0,
    }]))
    html = views.html_table(table) + views.header_html("<script>alert(1)</script>", {"topic": "<x>"})
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to cut the network")
def test_the_main_command_works_with_networking_disabled(project):
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot create a network namespace here")
    script = f"ip link set lo up 2>/dev/null; exec {sys.executable} -m analysis --root {project} run --quiet"
    result = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (project / "reports" / "north-korean-casualties.pdf").exists()
