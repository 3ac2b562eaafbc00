"""Small corpora: what the notebooks compute, on one article, on one outlet, on two outlets.

The fixtures of ``tests/fixtures/small/`` are folders of bundled articles with
a manifest: ``one_article`` (000), ``one_outlet`` (001, 002, 004, all of one
outlet) and ``two_outlets`` (002 and 003, one outlet each). Each test runs
the library functions a notebook calls, with the notebook's own guards (an
analysis that compares articles or outlets runs only where there are two of
them; the notebook says so in one sentence otherwise), so that
``python -m q7x2lib report`` on such a corpus runs every notebook without
executing the notebooks here.
"""

from __future__ import annotations

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import actors, clean, compare, stance
from q7x2lib import mentions as tables
from q7x2lib.config import PROJECT_ROOT
from q7x2lib.corpus import article_labels
from q7x2lib.discovery import coverage, discover_actors
from q7x2lib.errors import Q7x2Error
from q7x2lib.statements import speaker_counts

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "small"
#: fixture: (articles, named outlets)
SIZES = {"one_article": (1, 1), "one_outlet": (3, 1), "two_outlets": (2, 2)}


@pytest.fixture(scope="module")
def known_tables():
    return actors.user_tables(None, {})


@pytest.fixture(scope="module", params=sorted(SIZES))
def small(request, known_tables):
    """A small corpus with the mentions, statements and events the notebooks find in it."""
    corpus = q7x2lib.load_corpus(FIXTURES / request.param)
    mentions = q7x2lib.find_mentions(corpus, actors=known_tables["actors"], tables=known_tables)
    statements = q7x2lib.find_statements(corpus, actors=known_tables["actors"], mentions=mentions)
    events = q7x2lib.find_events(corpus, mentions=mentions, statements=statements, outlets=known_tables.get("outlets"))
    return request.param, corpus, mentions, statements, events


def test_the_fixtures_are_as_named(small) -> None:
    name, corpus, mentions, statements, events = small
    assert (len(corpus), corpus["outlet"].nunique()) == SIZES[name]
    assert len(mentions) and len(statements) and len(events)


def test_corpus_overview(small) -> None:  # 00-corpus-overview
    _, corpus, *_ = small
    assert len(article_labels(corpus)) == len(corpus)
    paras = clean.paragraphs(corpus)
    assert set(paras.doc_id) == set(corpus.doc_id)
    assert clean.split_sentences(corpus).doc_id.nunique() == len(corpus)
    clean.normalization_changes(corpus)


def test_source_comparison(small, known_tables) -> None:  # 10-source-comparison
    _, corpus, mentions, *_ = small
    several, outlets = len(corpus) >= 2, corpus["outlet"].nunique()
    if several:
        assert compare.similarity(corpus, "word").shape == (len(corpus), len(corpus))
        pairs = compare.event_pairs(corpus, "char", mentions=mentions)
        assert len(pairs) == len(corpus) * (len(corpus) - 1) // 2
    events = compare.event_groups(corpus, mentions=mentions)
    threads = compare.story_threads(corpus, mentions=mentions, events=events)
    assert set(events.doc_id) == set(threads.doc_id) == set(corpus.doc_id)
    compare.group_labels(corpus, threads, "story_thread", mentions=mentions, min_size=2)
    passages = compare.shared_passages(corpus, min_words=8)
    compare.passages_in_context(passages, corpus, width=50)
    if outlets >= 2:
        compare.copy_flows(corpus, passages)
    compare.cited_sources(corpus, sources=known_tables.get("sources"))
    assert set(compare.spelling_profile(corpus).doc_id) <= set(corpus.doc_id)
    compare.topic_coverage(corpus, topics=known_tables.get("topics"))
    if several:
        key = compare.keyness(corpus, min_freq=3)
        assert set(key.group) <= set(corpus.doc_id)
    else:  # what the notebook guards against: a comparison of one article with nothing
        with pytest.raises(Q7x2Error, match="keyness needs at least two groups in 'doc_id'; found 1"):
            compare.keyness(corpus, min_freq=3)
    if outlets >= 2:
        assert set(compare.keyness(corpus, group_col="outlet", top=5).group) <= set(corpus.outlet)
    else:
        with pytest.raises(Q7x2Error, match="keyness needs at least two groups in 'outlet'; found 1"):
            compare.keyness(corpus, group_col="outlet", top=5)


def test_actor_frequency(small, known_tables) -> None:  # 20-actor-frequency
    _, corpus, mentions, statements, _ = small
    assert tables.mention_counts(mentions, corpus.assign(all="all"), by="all", actor_col="code").n.sum() > 0
    coverage(mentions)
    candidates = discover_actors(corpus, mentions, statements=statements, tables=known_tables, min_count=1)
    q7x2lib.discovery_coverage(mentions, candidates, statements)
    assert set(tables.mention_counts(mentions, corpus, by="doc_id").doc_id) <= set(corpus.doc_id)
    assert len(tables.mention_counts(mentions, corpus, by="outlet"))
    tables.first_mentions(mentions, corpus)
    tables.headline_body_counts(mentions, corpus)
    tables.cooccurrence(mentions, level="sentence")
    tables.kwic(mentions[mentions.kind != "name"], corpus, width=35)


def test_stance(small) -> None:  # 30-stance
    _, corpus, mentions, statements, events = small
    per_doc = stance.doc_stance(corpus, statements, sides=("RU", "US"))
    assert len(per_doc) == len(corpus)
    stance.actor_stance(statements)
    stance.actor_stance(statements, by_doc=False)
    _, statements_all = q7x2lib.mentions_and_statements(corpus)
    for by in ("speaker", "speaker_code", "country"):
        speaker_counts(statements_all, by=by)
    pairs = q7x2lib.dyads(events, level="country")
    assert len(pairs)
    for by in ("outlet", "period"):
        q7x2lib.dyads(events, by=by, corpus=corpus, level="country")
    per_doc_ev = stance.doc_stance(corpus, statements, events=events, dyad=("RUS", "USA"))
    assert len(per_doc_ev) == len(corpus)
    assert isinstance(q7x2lib.event_index(events), pd.Series)
