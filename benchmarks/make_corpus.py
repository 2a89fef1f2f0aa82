"""Write articles from a JSON-lines corpus (e.g. ../shared/corpus/fakes_syria_dev.jsonl) as raw files.

    python benchmarks/make_corpus.py OUT_DIR [--corpus PATH] [--copies N]

Each article becomes a markdown file with YAML front matter (title, outlet, published). With
--copies N the corpus is written N times (file names differ; the texts repeat), to build 1k, 10k
or 100k-article corpora for the scale benchmark. The files are for local runs only: never commit them.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fakes_syria_dev.jsonl"


def write_corpus(out: Path, corpus: Path = DEFAULT, copies: int = 1, limit: int | None = None) -> int:
    out.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    written = 0
    for copy in range(copies):
        for row in rows:
            if limit and written >= limit:
                return written
            meta = {"title": row.get("title") or row["id"], "outlet": row.get("outlet"), "published": row.get("dct")}
            name = f"{copy:03d}-{row['id'].replace('/', '_')}.md"
            front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True)
            (out / name).write_text(f"---\n{front}---\n{row['text']}\n", encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    print(f"wrote {write_corpus(args.out, args.corpus, args.copies, args.limit)} files to {args.out}")


if __name__ == "__main__":
    main()
