"""End-to-end scale benchmark: `analysis run --no-report` on 1k / 10k / 100k raw files.

    python benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--configs local1 local2 dask2 rerun2]

The corpus replicates ../shared/corpus/fakes_syria_dev.jsonl (or the sample articles when shared/
is absent) as raw files in a temporary folder. Each configuration runs in a fresh process and
re-extracts everything (`--rebuild`), except "rerun2": an incremental run after the others in which
no file changed. Wall time and peak resident memory, summed over the run's process and all its
worker processes, are reported. A benchmark measures; it asserts nothing. Record results in
benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import DEFAULT, write_corpus  # noqa: E402

CONFIGS = {
    "local1": ["--rebuild", "--workers", "1"],
    "local2": ["--rebuild", "--workers", "2"],
    "dask2": ["--rebuild", "--engine", "dask", "--workers", "2"],
    # no --rebuild, after the runs above: an incremental run in which no file changed
    "rerun2": ["--workers", "2"],
}


def build(folder: Path, size: int) -> None:
    raw = folder / "data" / "raw"
    if DEFAULT.exists():
        per_copy = sum(1 for line in DEFAULT.open(encoding="utf-8") if line.strip())
        write_corpus(raw, DEFAULT, copies=math.ceil(size / per_copy), limit=size)
    else:
        raw.mkdir(parents=True)
        samples = [p for p in (ROOT / "data" / "raw").iterdir() if p.suffix in (".md", ".txt", ".html")]
        for i in range(size):
            src = samples[i % len(samples)]
            shutil.copy(src, raw / f"{i:06d}-{src.name}")
    (folder / "data" / "processed").mkdir(parents=True, exist_ok=True)


def _tree_rss(process) -> int:
    """Resident memory of a process and all its descendants (worker processes included), in bytes."""
    import psutil

    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:  # a worker that just exited
            pass
    return total


def measure(folder: Path, extra: list[str]) -> tuple[float, float]:
    """Wall time and peak resident memory (MB) of one run, summed over the run and its worker
    processes, sampled every 250 ms."""
    import psutil

    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "analysis", "--root", str(folder), "run", "--no-report", "--quiet", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    process = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, _tree_rss(process))
        except psutil.Error:
            pass
        time.sleep(0.25)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"run failed ({child.returncode}): {child.stderr.read().decode(errors='replace')[-2000:]}")
    return seconds, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    args = parser.parse_args()
    print(f"{'articles':>9} {'config':8} {'wall s':>8} {'articles/s':>11} {'peak RSS MB':>12}")
    results = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            folder = Path(tmp)
            build(folder, size)
            for name in args.configs:
                seconds, rss = measure(folder, CONFIGS[name])
                results.append({"articles": size, "config": name, "seconds": round(seconds, 1), "rss_mb": round(rss)})
                print(f"{size:9d} {name:8} {seconds:8.1f} {size / seconds:11.1f} {rss:12.0f}", flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
