"""Round 66 (issue 14): word sets once written into the speaker and event rules are lists of word_lists.csv, read
through ``word_set``: each list holds the words the constant held, the modules no longer bind the constants, and a
user's row reaches the rule that reads the list (made-up sentences)."""

from __future__ import annotations

import pandas as pd

import q7x2lib
from q7x2lib.lexicons import load_lexicon, tables_in_force, word_set


def _who(text: str) -> list[list]:
    doc = pd.DataFrame({"doc_id": ["x"], "title": [None], "published": [pd.Timestamp("2015-07-01")],
                        "text_clean": [text]})
    statements = q7x2lib.mentions_and_statements(doc)[1]
    return statements[["cue", "speaker_surface", "speaker_basis"]].values.tolist()


def test_the_past_of_kana_is_one_word_list_both_speaker_modules_read() -> None:
    from q7x2lib import statement_back_references, statement_speakers

    assert word_set("kana_past") == frozenset("كان وكان كانت وكانت فكان فكانت".split())
    assert not hasattr(statement_speakers, "_KANA") and not hasattr(statement_back_references, "_KANA")
    # وظلت X، فلانة، أكدت: read as وكانت ... once a user's list holds ظلت
    text = "وظلت المتحدثة باسم اللجنة، هالة الراشد، أكدت للسكان أن المشروع سيكتمل."
    assert _who(text) == [["أكدت", "المتحدثة باسم اللجنة", "continuation"]]
    own = load_lexicon("word_lists", pd.DataFrame({"list": ["kana_past"], "word": ["وظلت"]}))
    with tables_in_force({"word_lists": own}):
        assert _who(text) == [["أكدت", "المتحدثة باسم اللجنة، هالة الراشد", "before_verb"]]


#: (module, the constant it held, the word list that holds its words now, those words)
MOVED = [
    ("statement_speakers", "_HOLDER_PREPOSITIONS", "office_gap_preposition", "في لدي علي"),
    ("statement_speakers", "_SON_OF", "father_link", "بن ابن بنت"),
]


def test_each_word_set_once_in_code_is_a_word_list_with_the_same_words() -> None:
    import importlib

    for module, constant, name, words in MOVED:
        assert word_set(name) == frozenset(words.split()), name
        assert not hasattr(importlib.import_module(f"q7x2lib.{module}"), constant), constant
