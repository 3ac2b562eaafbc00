"""The command line: one message and exit status 2 for a wrong call, never a traceback."""

from __future__ import annotations

import pytest

from q7x2lib.__main__ import main


def test_analyse_without_an_existing_corpus_is_one_message(tmp_path, capsys) -> None:
    status = main(["analyse", "--corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and "missing.jsonl" in err and "Traceback" not in err


def test_an_unknown_command_is_refused_by_the_parser() -> None:
    with pytest.raises(SystemExit) as stop:
        main(["summarise"])
    assert stop.value.code == 2
