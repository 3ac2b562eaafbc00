"""The tables the notebooks and ``analyse`` produce on the bundled corpus stay as they were.

The snapshot in ``tests/snapshots/bundled_tables.pkl`` was written by the
code before the architecture change (the lexicon layer, the one term matcher
and the modules cut by question); every refactoring since must leave each
table identical: values, dtypes, index and column order. A deliberate change
of output regenerates it with ``Q7X2_WRITE_SNAPSHOT=1 pytest
tests/test_outputs_unchanged.py`` and says why in its commit.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pandas as pd
import pytest

import q7x2lib

SNAPSHOT = Path(__file__).parent / "snapshots" / "bundled_tables.pkl"


def _tables() -> dict[str, pd.DataFrame]:
    from q7x2lib import compare, validation
    from q7x2lib.pipeline import analyse

    corpus = q7x2lib.load_corpus()
    tables = {f"analyse.{k}": v for k, v in analyse(corpus).items()}
    mentions = tables["analyse.mentions"]
    statements = tables["analyse.statements"]
    tables.update({
        "mention_counts.doc": q7x2lib.mention_counts(mentions, corpus, by="doc_id"),
        "mention_counts.outlet": q7x2lib.mention_counts(mentions, corpus, by="outlet"),
        "first_mentions": q7x2lib.first_mentions(mentions, corpus),
        "headline_body_counts": q7x2lib.headline_body_counts(mentions, corpus),
        "cooccurrence": q7x2lib.cooccurrence(mentions, level="sentence"),
        "kwic": q7x2lib.kwic(mentions, corpus, width=35),
        "actor_stance": q7x2lib.actor_stance(statements),
        "actor_stance.all": q7x2lib.actor_stance(statements, by_doc=False),
        "similarity.word": compare.similarity(corpus, "word"),
        "similarity.char": compare.similarity(corpus, "char"),
        "event_pairs.word": compare.event_pairs(corpus, "word", mentions=mentions),
        "event_pairs.char": compare.event_pairs(corpus, "char", mentions=mentions),
        "event_groups": compare.event_groups(corpus, mentions=mentions),
        "shared_passages.8": compare.shared_passages(corpus, min_words=8),
        "shared_passages.5": compare.shared_passages(corpus, min_words=5),
        "cited_sources": compare.cited_sources(corpus),
        "spelling_profile": compare.spelling_profile(corpus),
        "keyness.doc": compare.keyness(corpus, min_freq=3),
        "keyness.outlet": compare.keyness(corpus, group_col="outlet"),
        "topic_coverage": compare.topic_coverage(corpus),
        "paragraphs": q7x2lib.paragraphs(corpus),
        "sentences": q7x2lib.split_sentences(corpus),
        "normalization_changes": q7x2lib.normalization_changes(corpus),
        "validation.mentions": validation.score_mentions(mentions, validation.load_gold_mentions(corpus)),
        "validation.statements": validation.score_statements(statements, validation.load_gold_statements(corpus)),
    })
    return tables


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    current = _tables()
    if os.environ.get("Q7X2_WRITE_SNAPSHOT"):
        SNAPSHOT.write_bytes(pickle.dumps(current, protocol=5))
    return current


def test_snapshot_holds_every_table(tables):
    stored = pickle.loads(SNAPSHOT.read_bytes())
    assert sorted(stored) == sorted(tables)
    assert all(len(df) for df in stored.values()), "an empty table would prove nothing"


@pytest.mark.parametrize("name", sorted(pickle.loads(SNAPSHOT.read_bytes())) if SNAPSHOT.exists() else [])
def test_table_is_unchanged(tables, name):
    stored = pickle.loads(SNAPSHOT.read_bytes())[name]
    pd.testing.assert_frame_equal(tables[name], stored, check_exact=True)
