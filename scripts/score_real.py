"""Score the statement finder against a hand-annotated sample of real news.

The sample folder holds ``articles.jsonl``, ``annotated_articles.csv`` and
``statements.csv`` (the layout of ``data/annotations/real/``). The script
runs :func:`q7x2lib.find_mentions` and :func:`q7x2lib.find_statements` on
every annotated field (title and text), a ``#title`` field as the headline of
its article (:func:`q7x2lib.validation.real_statement_corpus`: its ``article``
shares the body's people and speakers with it, as a corpus's title given apart
is read), and prints the figures of
:func:`q7x2lib.validation.score_real_statements`; ``--errors N`` lists up
to N disagreements (read them only on a sample meant for error analysis).
``--drop-docs FILE`` (a CSV with a ``doc_id`` column, or one id a line:
``scripts/held_out_copies.py --drop-out`` writes it) scores the sample
without those articles, gold and predictions both, and says in the first
line how many it dropped.

Usage::

    python scripts/score_real.py --layer statements --sample data/annotations/real
    python scripts/score_real.py --layer statements --sample data/annotations/real --errors 40
    python scripts/score_real.py --layer statements --bundled
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import q7x2lib  # noqa: E402
from text_copies import read_doc_ids, without_articles  # noqa: E402
from q7x2lib import validation  # noqa: E402


def real_statement_scores(folder: Path, *, drop: set[str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """(scores, predicted statements, gold statements, how many annotated articles ``drop`` left out) of one sample
    folder, without the articles in ``drop``."""
    sample, n_dropped = without_articles(validation.real_sample(folder), drop)
    corpus = validation.real_statement_corpus(sample)
    gold = validation.load_real_statements(sample, folder)
    mentions = q7x2lib.find_mentions(corpus, "text")
    pred = q7x2lib.find_statements(corpus, "text", mentions=mentions)
    return validation.score_real_statements(pred, gold), pred, gold, n_dropped


def bundled_statement_scores() -> pd.DataFrame:
    """Detection, speaker accuracy and polarity on the five bundled articles."""
    corpus = q7x2lib.load_corpus()
    statements = q7x2lib.mentions_and_statements(corpus)[1]
    return validation.score_statements(statements, validation.load_gold_statements(corpus))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layer", choices=["statements"], default="statements")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--sample", type=Path, help="a folder with articles.jsonl, annotated_articles.csv, statements.csv")
    where.add_argument("--bundled", action="store_true", help="the five bundled articles and their annotation")
    parser.add_argument("--errors", type=int, default=0, help="list up to this many disagreements")
    parser.add_argument("--drop-docs", metavar="FILE",
                        help="score without these articles (a CSV with a doc_id column, or one doc_id a line)")
    args = parser.parse_args(argv)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 90)
    if args.bundled:
        print(bundled_statement_scores().to_string(index=False))
        return 0
    for name in ("articles.jsonl", "annotated_articles.csv", "statements.csv"):
        if not (args.sample / name).is_file():
            parser.error(f"{args.sample} has no {name}")
    drop = read_doc_ids(args.drop_docs) if args.drop_docs else None
    scores, pred, gold, n_dropped = real_statement_scores(args.sample, drop=drop)
    dropped = f" ({n_dropped} annotated articles dropped: {args.drop_docs} lists {len(drop)})" if drop is not None else ""
    print(f"{args.sample}: {gold['doc_id'].str.split('#').str[0].nunique()} articles, {len(gold)} gold, {len(pred)} predicted"
          f"{dropped}")
    print(scores.to_string(index=False))
    if args.errors:
        print(validation.real_statement_errors(pred, gold).head(args.errors).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
