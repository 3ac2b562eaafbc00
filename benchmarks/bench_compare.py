"""Benchmark: source comparison (notebook 10's functions) on real articles at several sizes.

The development corpus (``../shared/corpora/saudinewsnet-dev.jsonl.gz``, see
its README) is loaded and cleaned once; for each size a seeded random
sample of its articles (all of them at its full size) is written to a
temporary file and a fresh subprocess runs, in the order notebook 10 runs
them, every comparison function on it: seconds and peak resident memory for
each (wall and CPU seconds: on a shared machine the CPU time is the steadier figure; a thread samples the process's RSS every 20 ms; ``peak_rss_mib`` of the
whole process is its VmHWM, loading the sample included).

Usage::

    python benchmarks/bench_compare.py --sizes 1000 5000 25000 [--corpus FILE] [--out FILE]

Prints a table and writes benchmarks/results/compare.json. A benchmark, not
a test: it never fails on its figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet-dev.jsonl.gz"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Sampler:
    """Highest RSS seen while a block runs (sampled every 20 ms)."""

    def __enter__(self):
        self.peak, self.done = rss_mib(), False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.start, self.cpu_start = time.perf_counter(), time.process_time()
        return self

    def _run(self):
        while not self.done:
            self.peak = max(self.peak, rss_mib())
            time.sleep(0.02)

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        self.cpu_seconds = time.process_time() - self.cpu_start  # what a shared machine's load does not inflate
        self.done = True
        self.thread.join()
        self.peak = max(self.peak, rss_mib())


def child(path: str) -> None:
    """Run notebook 10's functions on the pickled sample at ``path``; print JSON."""
    import pandas as pd

    import q7x2lib
    from q7x2lib import compare

    corpus = pd.read_pickle(path)
    steps: list[dict] = []
    out: dict = {}

    def step(name, fn):
        with Sampler() as s:
            out[name] = fn()
        steps.append({"function": name, "seconds": round(s.seconds, 2), "cpu_seconds": round(s.cpu_seconds, 2),
                      "peak_rss_mib": round(s.peak)})

    step("find_mentions", lambda: q7x2lib.find_mentions(corpus))
    mentions = out["find_mentions"]
    step("neighbours (k=10, 2 days)", lambda: compare.neighbours(corpus, k=10, within_days=2))
    step("event_groups", lambda: compare.event_groups(corpus, mentions=mentions))
    step("story_threads", lambda: compare.story_threads(corpus, mentions=mentions, events=out["event_groups"]))
    step("group_labels", lambda: compare.group_labels(corpus, out["event_groups"], mentions=mentions, min_size=2))
    step("shared_passages", lambda: compare.shared_passages(corpus))
    if "outlet" in corpus and corpus["outlet"].nunique() >= 2:
        step("copy_flows", lambda: compare.copy_flows(corpus, out["shared_passages"]))
        step("outlet_timing", lambda: compare.outlet_timing(corpus, out["story_threads"], "story_thread"))
        step("keyness by outlet", lambda: compare.keyness(corpus, group_col="outlet", top=20))
    step("cited_sources", lambda: compare.cited_sources(corpus))
    step("spelling_profile", lambda: compare.spelling_profile(corpus))
    step("topic_coverage", lambda: compare.topic_coverage(corpus))
    print(json.dumps({"articles": len(corpus), "steps": steps, "peak_rss_mib": round(peak_rss_mib())}))


def load(path: Path):
    """The corpus at ``path``, cleaned (a ``.jsonl.gz`` is unpacked to a temporary file first)."""
    import q7x2lib

    if path.suffix == ".gz":
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / path.stem
            with gzip.open(path, "rb") as src, open(plain, "wb") as dst:
                shutil.copyfileobj(src, dst)
            return q7x2lib.load_corpus(plain)
    return q7x2lib.load_corpus(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 25000])
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="a corpus load_corpus reads, or a .jsonl.gz")
    parser.add_argument("--out", type=Path, default=RESULTS / "compare.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such corpus (the development corpus lives in ../shared/corpora/)")
    start = time.perf_counter()
    corpus = load(args.corpus)
    load_seconds = time.perf_counter() - start
    print(f"loaded and cleaned {len(corpus):,} articles in {load_seconds:.0f} s")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            sample = corpus if size >= len(corpus) else corpus.sample(size, random_state=17).sort_index()
            path = Path(tmp) / f"sample-{size}.pkl"
            sample.reset_index(drop=True).to_pickle(path)
            done = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True)
            if done.returncode:
                sys.exit(done.stderr[-3000:])
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["total_seconds"] = round(sum(s["seconds"] for s in result["steps"]), 1)
            result["total_cpu_seconds"] = round(sum(s["cpu_seconds"] for s in result["steps"]), 1)
            results.append(result)
            print(f"\n{result['articles']:,} articles: {result['total_seconds']} s ({result['total_cpu_seconds']} s CPU), "
                  f"peak {result['peak_rss_mib']} MiB")
            for s in result["steps"]:
                print(f"  {s['function']:<28} {s['seconds']:>8.2f} s {s['cpu_seconds']:>8.2f} s CPU {s['peak_rss_mib']:>7} MiB")
    if len(results) > 1:
        print("\nseconds per function, by size:")
        names = [s["function"] for s in results[0]["steps"]]
        print(f"  {'function':<28}" + "".join(f"{r['articles']:>10,}" for r in results))
        for name in names:
            print(f"  {name:<28}" + "".join(f"{next((s['seconds'] for s in r['steps'] if s['function'] == name), float('nan')):>10.1f}"
                                               for r in results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"load_seconds": round(load_seconds, 1), "sizes": results}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
