"""Benchmark: each stage of the pipeline on the real development corpus, against one normalisation pass.

The corpus is ``../shared/corpora/saudinewsnet-dev.jsonl.gz`` when it is
there (all 25,030 articles, or ``--rows`` of them, repeated if more), written
decompressed to a temporary JSONL file so that reading and decoding are
measured too; without it, synthetic articles (``bench_corpus.py``), and the
output says so. Each stage runs once, on one core, timed with
``time.perf_counter``:

* load: ``q7x2lib.load_corpus(path, clean=False)`` (read the JSONL, build the DataFrame);
* clean: ``q7x2lib.clean.clean_corpus``;
* mentions: ``find_mentions``; statements: ``find_statements`` with the
  mentions given; and both in the one pass ``analyse`` makes
  (``mentions_and_statements``: each article normalised and split once);
* stance: ``doc_stance``;
* events: ``find_events`` with mentions and statements given;
* the whole pipeline, end to end in one run: load, clean and
  ``q7x2lib.pipeline.analyse`` (what ``run_chunked`` does to each chunk,
  without the Parquet output).

The yardstick, measured in the same run on the same articles, is ONE
normalisation pass: ``q7x2lib.arabic.normalize`` over each article's text
(best of three passes). Every stage is given as a multiple of it, in CPU
time (``time.process_time``, which a machine shared with other work disturbs
less than wall time), so figures from different machines or hours can be
compared; articles per second are in wall time. Memory: before each stage
the process's peak resident set (VmHWM) is reset (``/proc/self/clear_refs``),
so each stage's peak is its own; "added" is that peak minus the resident set
when the stage started. A naive baseline (one ``str.count`` per actor name
per article) is kept for reference.

Where the time goes: with ``--profile N`` (default 1,000; 0 for none) each
stage is run again under ``cProfile`` on the first N articles, after the
timings, and its five most expensive functions (own time) are printed.

Usage::

    python benchmarks/bench_pipeline.py [--rows N] [--corpus FILE.jsonl[.gz]] [--synthetic]
                                        [--profile 1000] [--out benchmarks/results/latest.json]

This is a benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import write_corpus  # noqa: E402

import q7x2lib  # noqa: E402
from q7x2lib import doc_stance, find_events, find_mentions, find_statements, load_actors, mentions_and_statements  # noqa: E402
from q7x2lib.arabic import normalize  # noqa: E402
from q7x2lib.clean import clean_corpus  # noqa: E402
from q7x2lib.pipeline import analyse  # noqa: E402

NORMALISE = "one normalisation pass (yardstick)"
PIPELINE = "whole pipeline: load + clean + analyse"


# --- memory ---------------------------------------------------------------------


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    """Reset this process's peak resident set to its current one (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def rss_mib() -> float:
    return _status_mib("VmRSS")


def peak_mib() -> float:
    if Path("/proc/self/status").exists():
        return _status_mib("VmHWM")
    import resource  # not Linux: the process's peak so far

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- timing ---------------------------------------------------------------------


def timed(label: str, n: int, fn):
    reset_peak()
    before = rss_mib()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = fn()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = peak_mib()
    # six digits: a stage on a few short articles can take under a millisecond, and must not read 0
    return result, {"stage": label, "articles": n, "seconds": round(seconds, 6), "cpu_s": round(cpu, 6),
                    "articles_per_s": round(n / seconds, 1), "peak_rss_mib": round(peak, 1), "added_rss_mib": round(peak - before, 1)}


def naive_mentions(texts: list[str], names: list[str]) -> int:
    """The toy version: count each name with str.count in each article."""
    return sum(text.count(name) for text in texts for name in names)


def profile(fn, top: int = 5) -> tuple[float, list[tuple[str, float]]]:
    """Run ``fn`` under cProfile; its total and its ``top`` functions by own time."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    named = []
    for (file, line, func), (_, _, own, _, _) in rows:
        where = func if file == "~" else f"{Path(file).parent.name}/{Path(file).name}:{line} {func}"
        named.append((where, own))
    return total, named


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=None, help="articles (default: the whole corpus; synthetic: 10,000)")
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL corpus, gzipped or not (default: the development corpus)")
    parser.add_argument("--synthetic", action="store_true", help="synthetic articles even when the development corpus is there")
    parser.add_argument("--profile", type=int, default=1000, metavar="N", help="profile each stage on N articles (0: no profile)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "latest.json")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        label, rows = write_corpus(path, args.rows, corpus=args.corpus, synthetic=args.synthetic)
        print(f"corpus: {label}", flush=True)
        raw, load = timed("load (read JSONL, build DataFrame)", rows, lambda: q7x2lib.load_corpus(path, clean=False))
        texts = raw["text"].tolist()
        norm_s, norm_cpu = min(_seconds(lambda: [normalize(t) for t in texts]) for _ in range(3))
        corpus, clean = timed("clean (clean_corpus)", rows, lambda: clean_corpus(raw))
        actors = load_actors()
        analyse(corpus.head(5), actors)  # compile the patterns once, outside the timings
        mentions, ment = timed("mentions (find_mentions)", rows, lambda: find_mentions(corpus, actors=actors))
        names = sorted(set(actors.loc[actors.kind == "name", "phrase"]))
        _, naive = timed("baseline: str.count per name per article", rows, lambda: naive_mentions(texts, names))
        _, stmts = timed("statements (find_statements, mentions given)", rows,
                         lambda: find_statements(corpus, actors=actors, mentions=mentions))
        (mentions, statements), both = timed("mentions + statements in one pass", rows, lambda: mentions_and_statements(corpus, actors=actors))
        _, stance = timed("stance (doc_stance)", rows, lambda: doc_stance(corpus, statements))
        _, events = timed("events (find_events, mentions and statements given)", rows,
                          lambda: find_events(corpus, mentions=mentions, statements=statements))
        del raw, corpus, mentions, statements
        tables, whole = timed(PIPELINE, rows, lambda: analyse(clean_corpus(q7x2lib.load_corpus(path, clean=False)), actors))
        counts = {name: len(table) for name, table in tables.items()}
        del tables
        profiled = _profiles(path, args.profile, actors) if args.profile else {}

    load_after = os.getloadavg()[0]
    stages = [load, clean, ment, naive, stmts, both, stance, events, whole]
    for s in stages:
        s["x_normalise"] = round(s["cpu_s"] / max(norm_cpu, 1e-6), 2)
    # a stage or one pass over a few short articles can take under a millisecond: six digits, never 0
    normalise = {"stage": NORMALISE, "articles": rows, "seconds": round(norm_s, 6), "cpu_s": round(norm_cpu, 6),
                 "articles_per_s": round(rows / norm_s, 1), "x_normalise": 1.0}
    result = {
        "corpus": label,
        "rows": rows,
        "characters_per_article": round(sum(map(len, texts)) / rows),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cores": os.cpu_count(),
        "load_average_1min": [round(load_before, 2), round(load_after, 2)],
        "normalise": normalise,
        "stages": stages,
        "pipeline_articles_per_s": whole["articles_per_s"],
        "mentions_vs_naive_speed_ratio": round(naive["seconds"] / ment["seconds"], 2),
        "tables": counts,
        "profiles": {k: {"profiled_articles": args.profile, "seconds": v[0], "top_own_time": v[1]} for k, v in profiled.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"{rows:,} articles, {result['characters_per_article']:,} characters each on average; one core")
    print(f"load average (1 min) {load_before:.1f} at the start, {load_after:.1f} at the end, on {os.cpu_count()} cores:"
          " other work on the machine slows the wall-clock figures (articles/s) more than the CPU times")
    print("x normalise: the stage's CPU time over that of one normalisation pass of the same articles, in this run")
    print(f"{'stage':52} {'articles/s':>10} {'seconds':>8} {'CPU s':>8} {'x normalise':>11} {'% of pipeline':>13} {'peak MiB':>9} {'added MiB':>9}")
    print(f"{NORMALISE:52} {normalise['articles_per_s']:>10,.0f} {norm_s:>8.2f} {norm_cpu:>8.2f} {1:>11.1f} {'':>13} {'':>9} {'':>9}")
    parts = [load, clean, both, stance, events]  # what the whole pipeline is made of
    for s in stages:
        share = f"{100 * s['cpu_s'] / whole['cpu_s']:.0f}%" if any(s is p for p in parts) else ""
        print(f"{s['stage']:52} {s['articles_per_s']:>10,.0f} {s['seconds']:>8.2f} {s['cpu_s']:>8.2f} {s['x_normalise']:>11.1f} {share:>13}"
              f" {s['peak_rss_mib']:>9,.0f} {s['added_rss_mib']:>9,.0f}")
    rest = whole["cpu_s"] - sum(p["cpu_s"] for p in parts)
    print(f"(% of pipeline: CPU time of load, clean, the one pass, stance and events, each run alone, against that of the whole"
          f" pipeline run end to end; the remaining {100 * rest / whole['cpu_s']:.0f}% is assembling the tables, and noise)")
    print(f"tables: {', '.join(f'{k} {v:,}' for k, v in counts.items())}")
    print(f"find_mentions takes {ment['seconds'] / naive['seconds']:.1f}x the time of naive str.count "
          f"(which counts {len(names)} names and no roles, clitics, word boundaries or offsets)")
    if profiled:
        print(f"\nwhere the time goes: each stage under cProfile on {min(args.profile, rows):,} articles, five functions by own time")
        for stage, (total, top) in profiled.items():
            print(f"{stage} ({total:.2f} s profiled)")
            for where, own in top:
                print(f"  {100 * own / total:5.1f}%  {where}")
    return 0


def _seconds(fn) -> tuple[float, float]:
    """Wall and CPU seconds of one call."""
    start, cpu_start = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu_start


def _profiles(path: Path, n: int, actors) -> dict[str, tuple[float, list]]:
    """Each stage under cProfile on the first ``n`` articles."""
    small = path.with_name("profiled.jsonl")
    with open(path, encoding="utf-8") as f:
        small.write_text("".join(islice(f, n)), encoding="utf-8")
    raw = q7x2lib.load_corpus(small, clean=False)
    corpus = clean_corpus(raw)
    mentions, statements = mentions_and_statements(corpus, actors=actors)
    return {
        "load": profile(lambda: q7x2lib.load_corpus(small, clean=False)),
        "clean": profile(lambda: clean_corpus(raw)),
        "mentions": profile(lambda: find_mentions(corpus, actors=actors)),
        "statements": profile(lambda: find_statements(corpus, actors=actors, mentions=mentions)),
        "mentions + statements in one pass": profile(lambda: mentions_and_statements(corpus, actors=actors)),
        "stance": profile(lambda: doc_stance(corpus, statements)),
        "events": profile(lambda: find_events(corpus, mentions=mentions, statements=statements)),
    }


if __name__ == "__main__":
    sys.exit(main())
