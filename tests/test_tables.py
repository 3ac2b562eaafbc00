"""Data tables: a bad table is one clear error naming the file."""

from __future__ import annotations

import pytest

from q7x2lib.errors import LexiconError
from q7x2lib.tables import read_table


def test_missing_column_names_file_and_column(tmp_path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("term,weight\nقمة,0.7\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"terms.csv: the stance table lacks column\(s\) \['polarity'\]"):
        read_table(path, ["term", "polarity"], "stance table")


@pytest.mark.parametrize("content", [b"\xff\xfe\x00broken", b""])
def test_unreadable_table_names_the_file(tmp_path, content: bytes) -> None:
    path = tmp_path / "rules.csv"
    path.write_bytes(content)
    with pytest.raises(LexiconError, match="rules.csv: cannot read the boilerplate rules"):
        read_table(path, ["rule_id"], "boilerplate rules")


def test_values_are_strings_and_empty_cells_empty(tmp_path) -> None:
    path = tmp_path / "actors.csv"
    path.write_bytes("\ufeffactor_id,side\nputin,\n".encode("utf-8"))
    table = read_table(path, ["actor_id"], "actor table")
    assert table.to_dict("records") == [{"actor_id": "putin", "side": ""}]
