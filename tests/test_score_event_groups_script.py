"""scripts/score_event_groups.py: the gold event groups split into a development half and a held-out half."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "score_event_groups.py"


def _script():
    spec = importlib.util.spec_from_file_location("score_event_groups", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_half_holds_its_groups_and_negatives_that_do_not_touch_the_other() -> None:
    script = _script()
    names = [f"g{i}" for i in range(40)]
    zero = [g for g in names if script.half_of(g) == 0][:2]
    one = [g for g in names if script.half_of(g) == 1][:1]
    gold = pd.DataFrame({"group_id": [zero[0], zero[0], zero[1], one[0]], "doc_id": ["a", "b", "c", "d"]})
    negatives = pd.DataFrame({"doc_a": ["a", "a", "d", "x"], "doc_b": ["c", "d", "y", "y"]})
    groups, kept = script.gold_half(gold, negatives, 0)
    assert groups["doc_id"].tolist() == ["a", "b", "c"]
    assert kept[["doc_a", "doc_b"]].values.tolist() == [["a", "c"]]  # a–d touches half 1, x–y neither half
    groups, kept = script.gold_half(gold, negatives, 1)
    assert groups["doc_id"].tolist() == ["d"] and kept[["doc_a", "doc_b"]].values.tolist() == [["d", "y"]]


def test_script_says_when_the_corpus_is_missing(tmp_path, capsys) -> None:
    assert _script().main(["--half", "0", "--corpus", str(tmp_path / "none.jsonl.gz")]) == 1
    assert "--corpus" in capsys.readouterr().err


def test_thread_sizes_count_threads_of_several_events_only() -> None:
    dates = pd.to_datetime(["2020-01-01", "2020-01-04", "2020-01-04", "2020-01-02", "2020-01-09"])
    threads = pd.DataFrame({"doc_id": list("abcde"), "story_thread": [0, 0, 0, 1, 2], "event_group": [0, 1, 1, 2, 3],
                            "date": dates})
    line = _script().thread_sizes(threads)
    assert line.startswith("1 threads of two events or more (3 articles)")
    assert "largest 3" in line and "events per thread up to 2" in line and line.endswith("up to 3")
