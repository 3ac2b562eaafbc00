"""scripts/score_event_groups.py: the gold event groups split into a development half and a held-out half."""

from __future__ import annotations

import pandas as pd


def test_each_half_holds_its_groups_and_negatives_that_do_not_touch_the_other(load_script) -> None:
    script = load_script("score_event_groups")
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


def test_script_says_when_the_corpus_is_missing(tmp_path, capsys, load_script) -> None:
    assert load_script("score_event_groups").main(["--half", "0", "--corpus", str(tmp_path / "none.jsonl.gz")]) == 1
    assert "--corpus" in capsys.readouterr().err


def test_thread_sizes_count_threads_of_several_events_only(load_script) -> None:
    dates = pd.to_datetime(["2020-01-01", "2020-01-04", "2020-01-04", "2020-01-02", "2020-01-09"])
    threads = pd.DataFrame({"doc_id": list("abcde"), "story_thread": [0, 0, 0, 1, 2], "event_group": [0, 1, 1, 2, 3],
                            "date": dates})
    line = load_script("score_event_groups").thread_sizes(threads)
    assert line.startswith("1 threads of two events or more (3 articles)")
    assert "largest 3" in line and "events per thread up to 2" in line and line.endswith("up to 3")


def test_several_gold_sets_are_scored_from_one_run(tmp_path, capsys, load_script) -> None:
    # two gold folders over the same three articles: one pipeline run, a block per set and one summary row each
    script = load_script("score_event_groups")
    texts = ["اقترح بايدن على بوتين قمة في دولة ثالثة", "بوتين يدرس اقتراح بايدن عقد قمة في دولة ثالثة",
             "بوتين وبايدن يمددان معاهدة ستارت"]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(pd.DataFrame({"doc_id": list("abc"), "title": texts, "text": texts, "outlet": "x",
                                            "published": ["2021-04-13", "2021-04-14", "2021-01-27"]})
                              .to_json(orient="records", lines=True, force_ascii=False)), encoding="utf-8")
    folders = []
    for name, group in [("set_one", ["g1", "g1", "g2"]), ("set_two", ["g1", "g2", "g3"])]:
        folder = tmp_path / name
        folder.mkdir()
        pd.DataFrame({"group_id": group, "doc_id": list("abc"), "outlet": "x", "published": "", "title": "",
                      "is_seed": "", "event_en": "", "note": ""}).to_csv(folder / "event_groups.csv", index=False)
        pd.DataFrame({"doc_a": ["a"], "doc_b": ["c"], "note": [""]}).to_csv(folder / "event_pairs_negative.csv", index=False)
        folders.append(str(folder))
    assert script.main(["--gold", *folders, "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "gold set_one" in out and "gold set_two" in out
    summary = out[out.rindex("groups P/R/F1"):]
    assert "1.000 / 1.000 / 1.000" in summary.splitlines()[2]  # set_one: a and b one event, as the gold says
    assert "0 of 1" in summary.splitlines()[2]
    pooled = summary.splitlines()[-1]  # both sets' pairs summed: 1 true of 2 predicted, 1 gold; no threads scored
    assert pooled.split()[:9] == ["pooled", "0.5000", "/", "1.0000", "/", "0.6667", "0", "of", "2"]


def test_pooled_sums_pairs_before_the_ratios_and_threads_over_the_sets_that_have_them(load_script) -> None:
    script = load_script("score_event_groups")
    index = pd.Index(["event_groups", "story_threads"], name="grouping")
    big = pd.DataFrame({"gold_pairs": [90, 50], "pred_pairs": [90, 25], "true_pairs": [90, 25],
                        "negatives": [10, None], "negatives_joined": [0, None]}, index=index)
    small = pd.DataFrame({"gold_pairs": [10], "pred_pairs": [10], "true_pairs": [0], "negatives": [4],
                          "negatives_joined": [3]}, index=index[:1])
    total = script.pooled([big, small])
    groups, threads = total.loc["event_groups"], total.loc["story_threads"]
    assert (groups["precision"], groups["recall"], groups["negatives_joined"]) == (0.9, 0.9, 3)  # not the mean 0.5
    assert (threads["precision"], threads["recall"], threads["gold_pairs"]) == (1.0, 0.5, 50)
    assert "story_threads" not in script.pooled([small]).index


def test_thread_misses_lists_the_gold_groups_of_one_thread_left_apart(load_script) -> None:
    script = load_script("score_event_groups")
    corpus = pd.DataFrame({"doc_id": list("abcd"), "title": ["عرض محادثات", "رفض عرض المحادثات", "عرض محادثات", "مباراة"],
                           "published": pd.to_datetime(["2015-07-01", "2015-07-03", "2015-07-01", "2015-07-02"])})
    threads = pd.DataFrame({"doc_id": list("abcd"), "story_thread": [0, 1, 0, 2]})
    groups = pd.DataFrame({"doc_id": list("abcd"), "group_id": ["g1", "g2", "g1", "g3"]})
    members = pd.DataFrame({"doc_id": list("abc"), "thread_id": ["t1"] * 3})
    misses = script.thread_misses(corpus, threads, groups, members)
    assert misses[["group_a", "group_b", "split", "pairs", "days"]].values.tolist() == [["g1", "g2", 2, 2, 2]]
    joined = threads.assign(story_thread=[0, 0, 0, 2])
    assert script.thread_misses(corpus, joined, groups, members).empty
