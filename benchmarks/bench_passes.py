"""Benchmark: what one pass of each text scan costs per article.

The pipeline reads every article with a few compiled patterns. This times one
pass of each over the cleaned text of the first ``--articles`` articles of the
development corpus (``../shared/corpora/saudinewsnet-dev.jsonl.gz``; without
it, synthetic articles built as in ``bench_scale.py``, seeded, and the output
says so), best of five runs, in microseconds of CPU time per article
(``time.process_time``, which other work on a shared machine disturbs less
than wall time): the floor that any pipeline made of these passes cannot go
under on one core. Each pass is also given as a multiple of one normalisation
pass (``normalize`` over the same articles, the yardstick of
``bench_pipeline.py``).

The last lines are the floor of the compiled calls alone, with no Python
work per match: decoding each article's JSON line, one search of the actor
table's Aho–Corasick automaton (the C call, its matches not read), the word
pattern, and ``str.split``. They show what the target of issue 20 (the whole
pipeline within 5 normalisation passes) asks: reading an article and
searching it once for the table's names already cost more than that.

Usage::

    python benchmarks/bench_passes.py [--articles 300] [--corpus FILE.jsonl[.gz]] [--synthetic]

A benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import corpus_arguments, load_articles  # noqa: E402

import q7x2lib  # noqa: E402
from q7x2lib.actors import _actor_matcher, load_actors  # noqa: E402
from q7x2lib.arabic import WORD_RE, normalize, normalize_with_offsets, sentence_spans  # noqa: E402
from q7x2lib.lexicons import load_lexicon  # noqa: E402
from q7x2lib.stance import _stance_lexicon  # noqa: E402
from q7x2lib.statements import _cues  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_arguments(parser, 300)
    args = parser.parse_args(argv)
    label, corpus = load_articles(args)
    texts = corpus.text_clean.tolist()
    print(f"corpus: {label}")
    norms = [normalize(t) for t in texts]
    actors, terms = _actor_matcher(load_actors()).terms, _stance_lexicon().terms  # the one term matcher
    cues = _cues(load_lexicon("reporting_verbs")).pattern
    passes = {
        "normalise with offsets": (texts, normalize_with_offsets),
        "sentence spans": (texts, sentence_spans),
        "actor matcher (all tables)": (norms, lambda n: list(actors.finditer(n))),
        "reporting-verb pattern": (norms, lambda n: list(cues.finditer(n))),
        "lexicon matcher": (norms, lambda n: list(terms.finditer(n))),
        "word count": (texts, WORD_RE.findall),
    }
    print(f"{len(texts)} articles, {sum(map(len, texts)) / len(texts):,.0f} characters each on average")
    yardstick = _us(texts, normalize)
    print(f"{'one normalisation pass':30} {yardstick:8.1f} µs/article (CPU)   1.0 x normalise")
    total = 0.0
    for name, (inputs, fn) in passes.items():
        us = _us(inputs, fn)
        total += us
        print(f"{name:30} {us:8.1f} µs/article (CPU) {us / yardstick:5.1f} x normalise")
    print(f"{'all passes':30} {total:8.1f} µs/article (CPU) {total / yardstick:5.1f} x normalise"
          f" = at most {1e6 / total:,.0f} articles/s on one core")

    automaton = _actor_matcher(load_actors()).terms._automaton[0]
    lines = [json.dumps(row, ensure_ascii=False) for row in corpus[["doc_id", "title", "text"]].to_dict("records")]
    floor = {
        "JSON decode of the article's line": (lines, json.loads),
        "actor automaton search (C only)": (norms, lambda n: automaton.find_matches_as_indexes(n, overlapping=True)),
        "word pattern (findall)": (norms, WORD_RE.findall),
        "str.split": (norms, str.split),
    }
    print("the compiled calls alone, no Python per match:")
    for name, (inputs, fn) in floor.items():
        us = _us(inputs, fn)
        print(f"{name:36} {us:8.1f} µs/article (CPU) {us / yardstick:5.1f} x normalise")
    return 0


def _us(inputs: list, fn) -> float:
    """CPU microseconds per input of ``fn`` over ``inputs``, best of five runs."""
    seconds = min(timeit.repeat(lambda: [fn(x) for x in inputs], number=1, repeat=5, timer=time.process_time))
    return seconds / len(inputs) * 1e6


if __name__ == "__main__":
    sys.exit(main())
