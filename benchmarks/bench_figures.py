"""Figure extraction throughput and peak memory, side by side with quantulum3 on the same articles.

    python benchmarks/bench_figures.py [--corpus PATH] [--limit N]

Each extractor runs in its own fresh process (one core), so peak RSS is its own. The corpus is
../shared/corpus/fakes_syria_dev.jsonl when present, else the sample articles in data/raw.
A benchmark measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "fakes_syria_dev.jsonl"


def load_texts(corpus: Path | None, limit: int | None) -> list[tuple[str, str | None]]:
    if corpus and corpus.exists():
        rows = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
        texts = [(r["text"], r.get("dct")) for r in rows]
    else:
        sys.path.insert(0, str(ROOT / "src"))
        from analysis.ingest import ingest
        from analysis.settings import Settings

        texts = [(a.text, a.published) for a in ingest(Settings.from_root(ROOT)) if a.status == "ok"]
    return texts[:limit] if limit else texts


def _ours(texts, queue):
    from analysis.dates import date_figures
    from analysis.figures import figures_in

    figures_in("warm-up: 5 people")  # lexicons load once per process, outside the timing
    start = time.perf_counter()
    found = 0
    for text, dct in texts:
        figures = figures_in(text)
        date_figures(text, figures, dct)
        found += len(figures)
    seconds = time.perf_counter() - start
    queue.put((seconds, found, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def _quantulum(texts, queue):
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    parser.parse("warm-up: 5 people")
    start = time.perf_counter()
    found = 0
    for text, _ in texts:
        found += len(parser.parse(text))
    seconds = time.perf_counter() - start
    queue.put((seconds, found, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def measure(target, texts):
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(texts, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--skip-quantulum", action="store_true")
    args = parser.parse_args()
    texts = load_texts(args.corpus, args.limit)
    chars = sum(len(t) for t, _ in texts)
    print(f"corpus: {len(texts)} articles, {chars / max(1, len(texts)):.0f} characters each on average")
    rows = [("analysis (figures + dates)", *measure(_ours, texts))]
    if not args.skip_quantulum:
        try:
            import quantulum3  # noqa: F401
        except ImportError:
            print("quantulum3 is not installed (pip install -e '.[bench]'); skipping it")
        else:
            rows.append(("quantulum3 (quantities)", *measure(_quantulum, texts)))
    print(f"{'extractor':28} {'articles/s':>11} {'ms/article':>11} {'found':>7} {'peak RSS MB':>12}")
    for name, seconds, found, rss_kb in rows:
        print(f"{name:28} {len(texts) / seconds:11.1f} {1000 * seconds / len(texts):11.2f} {found:7d} {rss_kb / 1024:12.0f}")
    if len(rows) == 2:
        print(f"speed-up over quantulum3: {rows[1][1] / rows[0][1]:.0f}x")


if __name__ == "__main__":
    main()
