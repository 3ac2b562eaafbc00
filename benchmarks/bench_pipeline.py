"""Benchmark: loading/cleaning, actor mentions, statements and stance on a synthetic corpus.

The corpus is the bundled articles repeated to ``--rows`` rows (default
10,000) and written as JSONL to a temporary folder, so that reading and
decoding are measured too. Each stage is timed with ``time.perf_counter``
on one core; the baseline for mentions is the naive recipe (one
``str.count`` per actor name per article, in Python loops), run in the same
process so the speed-up is a ratio on the same machine. Mentions and statements are timed alone and in
the one pass that :func:`q7x2lib.pipeline.analyse` makes (each article
normalised and split into sentences once); the whole pipeline is load + clean,
that one pass and per-article stance. Peak memory is the process's maximum
resident set size (``resource.getrusage``).

Usage::

    python benchmarks/bench_pipeline.py [--rows 10000] [--out benchmarks/results/latest.json]

This is a benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import q7x2lib
from q7x2lib import doc_stance, find_mentions, find_statements, load_actors, mentions_and_statements


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthesize(rows: int, folder: Path) -> Path:
    """Repeat the bundled articles (with their manifest metadata) to ``rows`` rows."""
    base = q7x2lib.load_corpus()[["doc_id", "outlet", "published", "text"]]
    reps = -(-rows // len(base))
    big = pd.concat([base] * reps, ignore_index=True).head(rows)
    big["doc_id"] = [f"{d}-{i}" for i, d in enumerate(big.doc_id)]
    big["published"] = big.published.dt.strftime("%Y-%m-%d")
    path = folder / "synthetic.jsonl"
    big.to_json(path, orient="records", lines=True, force_ascii=False)
    return path


def naive_mentions(corpus: pd.DataFrame, names: list[str]) -> int:
    """The toy version: count each name with str.count in each article."""
    total = 0
    for text in corpus["text"]:
        for name in names:
            total += text.count(name)
    return total


def timed(label: str, n: int, fn):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    return result, {"stage": label, "articles": n, "seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 1), "peak_rss_mib": round(peak_mib(), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "latest.json")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = synthesize(args.rows, Path(tmp))
        corpus, load = timed("load + clean", args.rows, lambda: q7x2lib.load_corpus(path))
    actors = load_actors()
    find_mentions(corpus.head(5), actors=actors)  # compile the pattern once, outside the timing
    mentions, ment = timed("find_mentions", args.rows, lambda: find_mentions(corpus, actors=actors))
    names = sorted(set(actors.loc[actors.kind == "name", "phrase"]))
    _, naive = timed("baseline: str.count per name per article", args.rows, lambda: naive_mentions(corpus, names))
    _, stmts = timed("find_statements (with mentions given)", args.rows, lambda: find_statements(corpus, actors=actors, mentions=mentions))
    (_, statements), both = timed("mentions + statements in one pass", args.rows, lambda: mentions_and_statements(corpus, actors=actors))
    _, stance = timed("doc_stance", args.rows, lambda: doc_stance(corpus, statements))
    stages = [load, ment, naive, stmts, both, stance]
    pipeline_s = load["seconds"] + both["seconds"] + stance["seconds"]
    result = {
        "rows": args.rows,
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "stages": stages,
        "pipeline_articles_per_s": round(args.rows / pipeline_s, 1),
        "mentions_vs_naive_speed_ratio": round(naive["seconds"] / ment["seconds"], 2),
        "mentions_found": len(mentions),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"{'stage':45} {'articles/s':>11} {'seconds':>8} {'peak RSS MiB':>13}")
    for s in stages:
        print(f"{s['stage']:45} {s['articles_per_s']:>11,.0f} {s['seconds']:>8.2f} {s['peak_rss_mib']:>13.0f}")
    print(f"{'whole pipeline (load, one pass, doc_stance)':45} {result['pipeline_articles_per_s']:>11,.0f}")
    print(f"find_mentions takes {ment['seconds'] / naive['seconds']:.1f}x the time of naive str.count "
          f"(which counts {len(names)} names and no roles, clitics, word boundaries or offsets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
