"""Who is named: find_mentions over the one term matcher, with the article's normalisation shared."""

from __future__ import annotations

import pandas as pd

import q7x2lib
from q7x2lib.arabic import NormalizedText


def test_mentions_from_shared_normalisation_equal_the_plain_call() -> None:
    corpus = q7x2lib.load_corpus()
    docs = [NormalizedText(t) for t in corpus.text_clean]
    pd.testing.assert_frame_equal(q7x2lib.find_mentions(corpus, docs=docs), q7x2lib.find_mentions(corpus))


def test_a_users_actor_table_is_one_argument_away(tmp_path) -> None:
    own = tmp_path / "actors.csv"
    own.write_text("actor_id,name_en,side,kind,phrase\njubeir,Adel al-Jubeir,other,name,عادل الجبير\n"
                   "jubeir,,,name,الجبير\n", encoding="utf-8")
    df = pd.DataFrame({"doc_id": ["a"], "text_clean": ["وقال وزير الخارجية عادل الجبير إن بوتين ..."]})
    found = q7x2lib.find_mentions(df, actors=q7x2lib.load_actors(own))
    assert found[["actor_id", "surface"]].values.tolist() == [["jubeir", "عادل الجبير"], ["putin", "بوتين"]]
