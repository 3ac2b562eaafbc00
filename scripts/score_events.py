"""Score the directed-event coder on a hand-coded sample of real news.

A sample folder holds ``articles.jsonl`` (the articles), ``events_articles.csv``
(``doc_id,status,note``: which were annotated) and ``events.csv`` (the gold
statements and events, as ``data/annotations/real/events_guideline.md``
describes). The script runs :func:`q7x2lib.find_mentions`,
:func:`q7x2lib.find_statements` and :func:`q7x2lib.find_events` on the
``text`` of each annotated field (title and body apart) and prints
:func:`q7x2lib.validation.score_events`: detection precision / recall / F1
of events and statements, source and target accuracy (whole code, and by
country), root accuracy and the macro-F1 of the Goldstein sign.

Usage::

    python scripts/score_events.py --sample data/annotations/real
    python scripts/score_events.py --sample FOLDER --errors errors.csv

``--errors`` writes the matched pairs that disagree and the misses, for
error analysis; do not use it on a held-out sample you mean to measure on
again. ``--drop-docs FILE`` (a CSV with a ``doc_id`` column, or one id a
line: ``scripts/held_out_copies.py --drop-out`` writes it) scores the sample
without those articles, gold and predictions both, and says in the first
line how many it dropped.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import q7x2lib  # noqa: E402
from text_copies import read_doc_ids, without_articles  # noqa: E402
from q7x2lib import validation  # noqa: E402


def code_events_and_statements(sample: pd.DataFrame, *, sign_model=True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events and statements of a real sample, coded the way notebook 30 codes them.

    A ``#title`` field is its own headline (:func:`q7x2lib.validation.real_statement_corpus`),
    as on a corpus whose titles are given apart: its "X: ..." is a statement.
    """
    sample = validation.real_statement_corpus(sample)
    mentions = q7x2lib.find_mentions(sample, text_col="text")
    statements = q7x2lib.find_statements(sample, text_col="text", mentions=mentions)
    events = q7x2lib.find_events(sample, text_col="text", mentions=mentions, statements=statements,
                                 sign_model=sign_model)
    return events, statements


def code_events(sample: pd.DataFrame, *, sign_model=True) -> pd.DataFrame:
    """The events of a real sample, coded the way notebook 30 codes them."""
    return code_events_and_statements(sample, sign_model=sign_model)[0]


def error_table(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Every gold row beside its matched prediction (if any), and the unmatched predictions."""
    pairs = validation.match_events(pred, gold)
    by_gold = dict((g, p) for p, g in pairs)
    keep = ["doc_id", "unit", "start", "trigger", "source_surface", "source_code", "target_surface", "target_code"]
    rows = []
    for g in gold.index:
        p = by_gold.get(g)
        row = {f"gold_{c}": gold.at[g, c] for c in keep}
        row["gold_root"] = gold.at[g, "cameo_root"]
        if p is not None:
            row.update({f"pred_{c}": pred.at[p, c] for c in keep})
            row["pred_root"] = pred.at[p, "event_code"]
            row["pred_evidence"] = pred.at[p, "evidence"]
        rows.append(row)
    matched = {p for p, _ in pairs}
    for p in pred.index.difference(list(matched)):
        row = {f"pred_{c}": pred.at[p, c] for c in keep}
        row["pred_root"], row["pred_evidence"] = pred.at[p, "event_code"], pred.at[p, "evidence"]
        rows.append(row)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", required=True, help="folder with articles.jsonl, events_articles.csv, events.csv")
    parser.add_argument("--errors", help="write the disagreements and misses to this CSV")
    parser.add_argument("--rules-only", action="store_true", help="without the statement-sign model")
    parser.add_argument("--drop-docs", metavar="FILE",
                        help="score without these articles (a CSV with a doc_id column, or one doc_id a line)")
    args = parser.parse_args(argv)
    folder = Path(args.sample)
    drop = read_doc_ids(args.drop_docs) if args.drop_docs else None
    sample, n_dropped = without_articles(validation.real_event_sample(folder), drop)
    gold = validation.load_real_events(sample, folder)
    if drop:
        gold = gold[~gold["doc_id"].str.split("#").str[0].isin(drop)].reset_index(drop=True)
    began = time.perf_counter()
    pred = code_events(sample, sign_model=not args.rules_only)
    seconds = time.perf_counter() - began
    scores = validation.score_events(pred, gold)
    n_articles = sample["doc_id"].str.split("#").str[0].nunique()
    dropped = f", {n_dropped} dropped ({args.drop_docs} lists {len(drop)})" if drop is not None else ""
    print(f"{folder}: {n_articles} articles{dropped}, {len(gold)} gold rows, {len(pred)} predicted "
          f"({seconds / max(n_articles, 1) * 1000:.0f} ms an article, mentions and statements included)")
    with pd.option_context("display.width", 120):
        print(scores.to_string(index=False))
    if args.errors:
        error_table(pred, gold).to_csv(args.errors, index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
