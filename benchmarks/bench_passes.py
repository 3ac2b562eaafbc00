"""Benchmark: what one pass of each text scan costs per article.

The pipeline reads every article with a few compiled patterns. This times one
pass of each over the cleaned text of the first ``--articles`` articles of the
development corpus (``../shared/corpora/saudinewsnet-dev.jsonl.gz``; without
it, synthetic articles built as in ``bench_scale.py``, seeded, and the output
says so), best of five runs, in microseconds of CPU time per article
(``time.process_time``, which other work on a shared machine disturbs less
than wall time): the floor that any pipeline made of these passes cannot go
under on one core.

Usage::

    python benchmarks/bench_passes.py [--articles 300] [--corpus FILE.jsonl[.gz]] [--synthetic]

A benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
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
    total = 0.0
    for name, (inputs, fn) in passes.items():
        seconds = min(timeit.repeat(lambda: [fn(x) for x in inputs], number=1, repeat=5, timer=time.process_time))
        us = seconds / len(inputs) * 1e6
        total += us
        print(f"{name:25} {us:8.1f} µs/article (CPU)")
    print(f"{'all passes':25} {total:8.1f} µs/article = at most {1e6 / total:,.0f} articles/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
