"""Incremental runs: only new or changed files are extracted, and the result equals a full run."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from analysis.pipeline import run
from analysis.settings import Settings


def _csv_digests(project: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (project / "data" / "processed").glob("*.csv")}


def test_a_second_run_reuses_every_unchanged_article(project):
    first = run(Settings.from_root(project, progress=False))
    second = run(Settings.from_root(project, progress=False))
    assert first.extracted == first.articles and first.reused == 0
    assert second.extracted == 0 and second.reused == second.articles


def test_incremental_result_equals_a_full_rebuild(project, tmp_path):
    run(Settings.from_root(project, progress=False))
    raw = project / "data" / "raw"
    changed = raw / "explainer-front-matter.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("about 1,100", "about 1,200"), encoding="utf-8")
    (raw / "nis-briefing-restated.html").unlink()
    (raw / "new-article.txt").write_text("Officials said 40 people were killed in the strike on Monday.\n", encoding="utf-8")
    incremental = run(Settings.from_root(project, progress=False))
    assert incremental.extracted == 2, "the changed and the new file"
    assert incremental.reused == incremental.articles - 2

    full = tmp_path / "full"
    shutil.copytree(raw, full / "data" / "raw")
    run(Settings.from_root(full, progress=False, rebuild=True))
    assert _csv_digests(project) == _csv_digests(full)


def test_rebuild_flag_extracts_everything_again(project):
    run(Settings.from_root(project, progress=False))
    again = run(Settings.from_root(project, progress=False, rebuild=True))
    assert again.reused == 0 and again.extracted == again.articles


def test_a_new_vague_policy_invalidates_the_cache(project, tmp_path):
    run(Settings.from_root(project, progress=False))
    policy = tmp_path / "policy.yml"
    policy.write_text("name: strict\nwords:\n  thousands: {value: 2000, low: 1000, high: 9999}\n", encoding="utf-8")
    summary = run(Settings.from_root(project, progress=False, vague_policy=str(policy)))
    assert summary.reused == 0


@pytest.mark.slow
def test_dask_engine_gives_the_same_tables_as_the_local_engine(project, tmp_path):
    pytest.importorskip("dask.distributed")
    run(Settings.from_root(project, progress=False, rebuild=True))
    local = _csv_digests(project)
    run(Settings.from_root(project, progress=False, rebuild=True, engine="dask", workers=2, batch_size=2))
    assert _csv_digests(project) == local


def test_two_local_worker_processes_give_the_same_tables(project):
    run(Settings.from_root(project, progress=False, rebuild=True))
    single = _csv_digests(project)
    run(Settings.from_root(project, progress=False, rebuild=True, workers=2, batch_size=1))
    assert _csv_digests(project) == single


def test_rows_live_in_one_partition_per_bucket_and_a_deleted_files_partition_goes(project):
    from analysis.cache import PartitionStore, bucket_of
    from analysis.ingest import article_id_for

    raw = project / "data" / "raw"
    run(Settings.from_root(project, progress=False))
    store = PartitionStore(project / "data" / "processed")
    gone = "nis-briefing-restated.html"
    bucket = bucket_of(article_id_for(gone))
    others = {bucket_of(article_id_for(p.name)) for p in raw.iterdir() if p.name not in (gone, "manifest.csv")}
    assert store.path("figures", bucket).exists() and store.path("articles", bucket).exists()
    assert bucket not in others, "the sample's files fall in different buckets"
    (raw / gone).unlink()
    run(Settings.from_root(project, progress=False))
    assert not store.path("figures", bucket).exists() and not store.path("articles", bucket).exists()
    assert store.buckets_on_disk() == others


def test_a_damaged_partition_is_rebuilt_not_trusted(project):
    from analysis.cache import PartitionStore

    run(Settings.from_root(project, progress=False))
    before = _csv_digests(project)
    store = PartitionStore(project / "data" / "processed")
    damaged = sorted(store.buckets_on_disk())[0]
    store.path("figures", damaged).write_bytes(b"not parquet")
    again = run(Settings.from_root(project, progress=False))
    assert again.extracted >= 1
    assert _csv_digests(project) == before


def test_an_unchanged_article_is_not_hashed_again_for_copy_detection(project, monkeypatch):
    import datasketch

    run(Settings.from_root(project, progress=False))
    before = _csv_digests(project)

    def refuse(self, values):
        raise AssertionError("an unchanged article's MinHash is read from its partition, not recomputed")

    monkeypatch.setattr(datasketch.MinHash, "update_batch", refuse)
    again = run(Settings.from_root(project, progress=False))
    assert again.reused == again.articles
    assert _csv_digests(project) == before
