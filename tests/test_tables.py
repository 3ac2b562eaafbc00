"""Data tables read through the lexicon layer: a bad table is one clear error naming the file."""

from __future__ import annotations

import pytest

from q7x2lib.errors import LexiconError, Q7x2Warning
from q7x2lib.lexicons import load_lexicon


def test_missing_column_names_file_and_column(tmp_path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("term,weight\nقمة,0.7\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"terms.csv: the cooperation–conflict lexicon lacks column\(s\) \['polarity', 'category'\]"):
        load_lexicon("stance_terms", path)


@pytest.mark.parametrize(("content", "problem"), [(b"\xff\xfe\x00broken", "is not UTF-8 text"), (b"", "is empty")])
def test_unreadable_table_names_the_file(tmp_path, content: bytes, problem: str) -> None:
    path = tmp_path / "rules.csv"
    path.write_bytes(content)
    with pytest.raises(LexiconError, match=f"rules.csv: the boilerplate rules {problem}"):
        load_lexicon("boilerplate", path)


def test_values_are_strings_and_empty_cells_empty(tmp_path) -> None:
    path = tmp_path / "lists.csv"
    path.write_bytes("\ufefflist,word,note\nnegator,مش,\n".encode("utf-8"))
    with pytest.warns(Q7x2Warning, match=r"\['negator'\] apply only in part"):
        table = load_lexicon("word_lists", path, extend=False)
    assert table[["list", "word", "note"]].to_dict("records") == [{"list": "negator", "word": "مش", "note": ""}]
