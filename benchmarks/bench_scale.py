"""Benchmark: the chunked pipeline at several corpus sizes, with a naive baseline.

A synthetic corpus is built by recombining the sentences of the bundled
articles (seeded, so every run builds the same corpus): each synthetic article
takes a title and 8–20 body sentences drawn from the bundled ones. For each
size the chunked pipeline (:func:`q7x2lib.pipeline.run_chunked`: load, clean,
mentions, statements, per-article stance, Parquet output) runs in a fresh
subprocess, so its peak resident memory (VmHWM) is its own; the naive baseline (one
``str.count`` per actor name per article, and a Python loop per article to
count reporting verbs) runs on the same articles in the same subprocess.

Usage::

    python benchmarks/bench_scale.py --sizes 2000 10000 50000 [--chunksize 5000] [--workers 2] [--out FILE]

Prints a table and writes benchmarks/results/scale.json. A benchmark, not a
test: it never fails on its figures.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def peak_rss_mib() -> float:
    """Peak resident memory of this process's own address space (VmHWM).

    Not ``getrusage(...).ru_maxrss``: Linux carries a forked parent's peak
    into the child across exec, so the child would report the memory of the
    parent that built the synthetic corpus.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource  # not Linux: the best available figure

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(size: int, path: Path, seed: int = 7) -> None:
    import pandas as pd

    import q7x2lib
    from q7x2lib.clean import split_sentences

    corpus = q7x2lib.load_corpus()
    sentences = split_sentences(corpus).text.tolist()
    titles = [t for t in corpus.title if isinstance(t, str)]
    rng = random.Random(seed)
    rows = []
    for i in range(size):
        body = rng.sample(sentences, rng.randint(8, 20))
        rows.append({"doc_id": f"syn-{i:07d}", "published": f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     "text": rng.choice(titles) + "\n\n" + "\n\n".join(body)})
    pd.DataFrame(rows).to_json(path, orient="records", lines=True, force_ascii=False)


def measure(path: Path, chunksize: int, workers: int = 1) -> dict:
    """Runs inside a fresh subprocess: pipeline, then baseline."""
    import resource

    import pandas as pd

    from q7x2lib.actors import load_actors
    from q7x2lib.pipeline import run_chunked
    from q7x2lib.lexicons import load_lexicon

    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        paths = run_chunked(path, out, chunksize=chunksize, progress=False, workers=workers)
        seconds = time.perf_counter() - start
        n = len(pd.read_parquet(paths["articles"], columns=["doc_id"]))
    peak = peak_rss_mib()
    # with workers: the largest worker's own peak (Linux reports it for ended children)
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else 0.0
    actors = load_actors()
    names = sorted(set(actors.loc[actors.kind == "name", "phrase"]))
    verbs = sorted(set(load_lexicon("reporting_verbs").form))
    start = time.perf_counter()
    found = 0
    for chunk in pd.read_json(path, lines=True, chunksize=chunksize):
        for text in chunk.text:
            found += sum(text.count(name) for name in names)
            found += sum(text.count(verb) for verb in verbs)
    baseline = time.perf_counter() - start
    return {"articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "peak_rss_mib": round(peak, 1), "worker_peak_rss_mib": round(worker_peak, 1), "workers": workers,
            "baseline_seconds": round(baseline, 2),
            "baseline_articles_per_s": round(n / baseline, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 10_000, 50_000])
    parser.add_argument("--chunksize", type=int, default=5_000)
    parser.add_argument("--workers", type=int, default=1, help="processes for the pipeline (run_chunked(workers=...))")
    parser.add_argument("--out", type=Path, default=RESULTS / "scale.json")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # the subprocess
        print(json.dumps(measure(args.measure, args.chunksize, args.workers)))
        return 0
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic-{size}.jsonl"
            build(size, path)
            run = subprocess.run([sys.executable, __file__, "--measure", str(path), "--chunksize", str(args.chunksize), "--workers", str(args.workers)],
                                 check=True, capture_output=True, text=True)
            results.append({"size": size, "chunksize": args.chunksize, **json.loads(run.stdout.splitlines()[-1])})
            r = results[-1]
            workers = f" + worker {r['worker_peak_rss_mib']:.0f} MiB" if args.workers > 1 else ""
            print(f"{size:>9,} articles: {r['articles_per_s']:>7,.0f} art/s, {r['seconds']:>7.1f} s, peak {r['peak_rss_mib']:>6.0f} MiB{workers}"
                  f" | naive baseline {r['baseline_articles_per_s']:>8,.0f} art/s ({r['seconds'] / r['baseline_seconds']:.0f}x the baseline time)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
