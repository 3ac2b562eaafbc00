"""Benchmark: the cost per article of the actor coder when its tables are twice the size.

The coding tables (people, organisations, agents) are extended by a copy of
every row whose phrase is written backwards (a new actor id, the same codes),
so the matcher holds twice the phrases (less the few that read the same
backwards), of the same lengths and letters, that
almost never occur in real text: what is measured is the price of a larger
table, not of more mentions found. The same articles go through
:func:`q7x2lib.find_mentions` with the bundled tables and with the doubled
ones (CPU time, best of three), and the one compiled matcher is built once for
each (its build time is printed apart).

Usage::

    python benchmarks/bench_tables.py [--articles 1000] [--corpus FILE.jsonl[.gz]] [--synthetic]

Reads the development corpus (``../shared/corpora/saudinewsnet-dev.jsonl.gz``;
synthetic articles without it, as ``bench_corpus.write_corpus`` does). A
benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import corpus_arguments, load_articles  # noqa: E402

import q7x2lib  # noqa: E402
from q7x2lib.actors import _actor_matcher, coding_tables, load_actors  # noqa: E402
from q7x2lib.lexicons import bundled_table  # noqa: E402

#: The tables copied with their phrases written backwards.
DOUBLED = ("people", "organisations", "agents")


def doubled_tables() -> dict:
    """The coding tables with a backwards copy of every row of ``DOUBLED`` (twice the phrases)."""
    own = {}
    for name in DOUBLED:
        table = bundled_table(name).copy()
        table["phrase"] = table["phrase"].map(lambda p: p[::-1])
        if "actor_id" in table:
            table["actor_id"] = "x2_" + table["actor_id"]
        own[name] = table
    return coding_tables(**own)


def cpu_per_article(corpus, actors, tables, repeat: int = 3) -> float:
    """Best CPU seconds per article of ``find_mentions`` over ``corpus`` (the matcher already built)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        q7x2lib.find_mentions(corpus, actors=actors, tables=tables)
        best = min(best, time.process_time() - start)
    return best / len(corpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser, 1000)
    args = parser.parse_args(argv)
    label, corpus = load_articles(args)
    print(f"corpus: {label}; {len(corpus)} articles")
    actors = load_actors()
    q7x2lib.find_mentions(corpus, actors=actors)  # warm up (imports, caches) before either is timed
    rows = {}
    for name, tables in (("bundled tables", coding_tables()), ("tables doubled", doubled_tables())):
        start = time.process_time()
        _actor_matcher(actors, tables)
        build = time.process_time() - start
        phrases = sum(len(tables[t]) for t in DOUBLED)
        rows[name] = (phrases, build, cpu_per_article(corpus, actors, tables))
    print(f"{'':16}{'phrases':>9}{'matcher build (s)':>19}{'find_mentions (ms/article)':>28}")
    for name, (phrases, build, per) in rows.items():
        print(f"{name:16}{phrases:>9,}{build:>19.2f}{per * 1000:>28.2f}")
    base, double = rows["bundled tables"][2], rows["tables doubled"][2]
    print(f"cost per article with the tables doubled: {double / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
