"""Who speaks: statements from explicit mentions, cues from a table the user can extend."""

from __future__ import annotations

import pandas as pd
import pytest

import q7x2lib
from q7x2lib.lexicons import load_lexicon

DOC = pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
                    "text_clean": ["ونوه بيسكوف بأن القمة ممكنة."]})


def test_one_pass_equals_mentions_then_statements() -> None:
    corpus = q7x2lib.load_corpus()
    mentions, statements = q7x2lib.mentions_and_statements(corpus)
    pd.testing.assert_frame_equal(statements, q7x2lib.find_statements(corpus, mentions=mentions))


def test_statements_need_the_mentions_they_are_built_on() -> None:
    with pytest.raises(TypeError, match="mentions"):
        q7x2lib.find_statements(DOC)  # no hidden find_mentions behind the caller's back


def test_a_cue_added_in_the_users_verb_table_is_used() -> None:
    mentions = q7x2lib.find_mentions(DOC)
    assert q7x2lib.find_statements(DOC, mentions=mentions).empty  # نوه is not in the bundled table
    verbs = load_lexicon("reporting_verbs", pd.DataFrame({"form": ["نوه"], "lemma": ["نوه"], "kind": ["verb"]}))
    found = q7x2lib.find_statements(DOC, mentions=mentions, verbs=verbs)
    assert found[["speaker_id", "cue"]].values.tolist() == [["peskov", "ونوه"]]
