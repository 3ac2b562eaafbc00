"""Source comparison at scale: neighbours, threads, labels, copy flows, sparse keyness, group scores.

Behaviour on the bundled articles and short strings; the sparse paths are
checked against the dense ones they replace, and the size limits against
their messages. Figures on the development corpus are in README and
notebook 10 (``benchmarks/bench_compare.py``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from q7x2lib import compare, find_mentions
from q7x2lib.compare import _headlines, _keyness, _sparse, _stories
from q7x2lib.errors import Q7x2Error
from q7x2lib.display import show_table
from q7x2lib.validation import gold_thread_members, score_groups, wrong_joins

D000, D001, D002, D003, D004 = (
    "000_2f7a25327503f7a2", "001_261be4f49df7b076", "002_463fe23569ba3612", "003_bff2f45f7cd33665", "004_e92e0c86928e1aaa",
)


def frame(*texts: str, **cols) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text_clean": list(texts), **cols})


# --- neighbours -------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["word", "char"])
def test_neighbours_agree_with_the_dense_matrix(corpus, method) -> None:
    dense = compare.similarity(corpus, method)
    near = compare.neighbours(corpus, k=4, within_days=None, method=method)
    assert len(near) == 20  # every other article, all share some words
    assert np.allclose(near["similarity"], [dense.loc[a, b] for a, b in zip(near.doc_id, near.neighbour)])
    first = near[near["rank"] == 1].set_index("doc_id")["neighbour"]
    assert first[D003] == D004 and first[D000] == D001  # as the dense matrix says


def test_neighbours_stay_inside_the_date_window(corpus) -> None:
    near = compare.neighbours(corpus, k=4, within_days=2)
    assert set(map(frozenset, zip(near.doc_id, near.neighbour))) == {frozenset({D002, D003})}
    assert (near["days_apart"] <= 2).all()


def test_undated_articles_meet_every_article() -> None:
    df = frame("بوتين يقترح قمة", "بوتين يقترح قمة جديدة", "قمة بوتين", published=pd.to_datetime(["2021-01-01", "2021-06-01", None]))
    near = compare.neighbours(df, k=5, within_days=1)
    assert set(zip(near.doc_id, near.neighbour)) == {("d0", "d2"), ("d1", "d2"), ("d2", "d0"), ("d2", "d1")}


def test_small_blocks_give_the_same_neighbours(corpus, monkeypatch) -> None:
    whole = compare.neighbours(corpus, k=3, within_days=80)
    monkeypatch.setattr(_sparse, "BLOCK_CELLS", 3)
    assert whole.equals(compare.neighbours(corpus, k=3, within_days=80))


def test_sparse_counts_match_the_long_table(corpus) -> None:
    from q7x2lib.compare._text import term_counts

    for unit in ("word", "char"):
        counts = _sparse.count_matrix(corpus, unit=unit)
        coo = counts.matrix.tocoo()
        mine = pd.DataFrame({"doc_id": corpus["doc_id"].to_numpy()[coo.row], "term": counts.terms[coo.col], "n": coo.data})
        long = term_counts(corpus, unit=unit)
        merged = long.merge(mine, on=["doc_id", "term"], how="outer")
        assert len(merged) == len(long) and (merged["n_x"] == merged["n_y"]).all()


def test_dense_similarity_refuses_a_large_corpus(monkeypatch) -> None:
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 2)
    with pytest.raises(Q7x2Error, match="neighbours"):
        compare.similarity(frame("قمة", "قمة", "قمة"))


def test_event_groups_from_neighbours_find_002_and_003(corpus) -> None:
    # k forces the neighbour path a large corpus takes
    groups = compare.event_groups(corpus, mentions=find_mentions(corpus), k=3).set_index("doc_id")
    assert groups.loc[D002, "event_group"] == groups.loc[D003, "event_group"]
    assert groups["event_group"].nunique() == 4


# --- threads and labels ---------------------------------------------------------------------------------


def test_offer_of_talks_and_its_refusal_are_one_thread_of_two_events(corpus) -> None:
    threads = compare.story_threads(corpus, mentions=find_mentions(corpus)).set_index("doc_id")
    assert threads.loc[D000, "story_thread"] == threads.loc[D001, "story_thread"]
    assert threads.loc[D000, "event_group"] != threads.loc[D001, "event_group"]
    assert threads.loc[D000, "n_events"] == 2
    assert threads.loc[D002, "story_thread"] == threads.loc[D003, "story_thread"] != threads.loc[D000, "story_thread"]
    assert threads.loc[D004, "thread_size"] == 1


def test_a_thread_never_splits_an_event(corpus) -> None:
    events = pd.DataFrame({"doc_id": corpus["doc_id"], "event_group": [0, 0, 1, 1, 0]})  # a made-up grouping
    threads = compare.story_threads(corpus, mentions=find_mentions(corpus), events=events).set_index("doc_id")
    assert threads.loc[D000, "story_thread"] == threads.loc[D004, "story_thread"]


# A made-up story over five days (attack, claim, funeral: three events) and an unrelated match.
STORY = ["انفجار في مسجد بمدينة الوادي الأخضر يقتل عشرة مصلين أثناء صلاة الجمعة",
         "مقتل عشرة مصلين في انفجار استهدف مسجد الوادي الأخضر أثناء صلاة الجمعة",
         "تنظيم متطرف يتبنى انفجار مسجد الوادي الأخضر الذي قتل عشرة مصلين",
         "تشييع ضحايا انفجار مسجد الوادي الأخضر العشرة في مقبرة المدينة",
         "فريق النجوم يفوز على فريق الشروق بهدفين في الدوري"]
STORY_EVENTS = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "event_group": [0, 0, 1, 2, 3]})


def story(days=(0, 0, 2, 4, 1)) -> pd.DataFrame:
    return frame(*STORY, published=pd.Timestamp("2020-03-06") + pd.to_timedelta(list(days), unit="D"))


def test_events_of_one_story_join_one_thread_by_their_centroids() -> None:
    df = story()
    # k forces the path of large corpora, where events (not articles) are linked
    threads = compare.story_threads(df, mentions=find_mentions(df), events=STORY_EVENTS, k=5, method="word")
    assert threads["story_thread"].tolist() == [0, 0, 0, 0, 1]
    assert threads["n_events"].tolist() == [3, 3, 3, 3, 1]
    strict = compare.story_threads(df, 0.9, mentions=find_mentions(df), events=STORY_EVENTS, k=5, method="word",
                                   rejoin=False)  # the second pass has its own threshold
    assert strict["story_thread"].tolist() == [0, 0, 1, 2, 3]  # events stay whole, nothing else links


def test_an_event_wider_than_its_linked_group_stays_in_one_thread() -> None:
    # on large corpora a lone article can join an event outside its linked group (the weak-link attachments):
    # here the match is attached to the attack's event though its links never reached it; threads move linked
    # groups whole and left the match in a thread of its own: it joins the thread holding most of its event
    df = story()
    events = STORY_EVENTS.assign(event_group=[0, 0, 1, 2, 0], linked_group=[0, 0, 1, 2, 3])
    threads = compare.story_threads(df, mentions=find_mentions(df), events=events, k=5, method="word")
    assert threads.groupby("event_group")["story_thread"].nunique().max() == 1
    assert threads.loc[4, "story_thread"] == threads.loc[0, "story_thread"]


def test_a_thread_stops_at_its_size_and_span_bounds() -> None:
    df = story()
    # the bounds of the first pass (the second, rejoin, has its own)
    kw = {"mentions": find_mentions(df), "events": STORY_EVENTS, "k": 5, "method": "word", "rejoin": False}
    small = compare.story_threads(df, max_size=3, **kw)
    assert small["thread_size"].max() == 3 and small.loc[0, "story_thread"] == small.loc[1, "story_thread"]
    late = story(days=(0, 0, 2, 12, 1))  # the funeral twelve days after the attack
    threads = compare.story_threads(late, max_days=30, **kw)
    assert threads.loc[3, "story_thread"] != threads.loc[0, "story_thread"] == threads.loc[2, "story_thread"]
    assert compare.story_threads(late, max_days=30, max_span=20, **kw)["story_thread"].nunique() == 2


def test_parts_of_one_story_cut_by_the_bounds_rejoin_as_whole_threads() -> None:
    df = story(days=(0, 0, 2, 12, 1))  # the funeral twelve days after the attack: beyond the first span bound
    kw = {"mentions": find_mentions(df), "events": STORY_EVENTS, "k": 5, "method": "word", "max_days": 30}
    cut = compare.story_threads(df, max_size=3, rejoin=False, **kw)
    assert cut["story_thread"].nunique() == 3
    joined = compare.story_threads(df, max_size=3, **kw)
    assert joined["story_thread"].tolist() == [0, 0, 0, 0, 1]  # one story again; the match stays apart
    assert joined["n_events"].tolist() == [3, 3, 3, 3, 1]


def test_threads_rejoin_only_when_their_centroids_are_close() -> None:
    # threads 0 and 1 alike (0.6): one story the first bounds (size 1) kept apart; thread 2 only a quarter alike
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[1.0, 0, 0], [0.6, 0.8, 0], [0, 0.25, 0.97]])))
    days, first = np.array([0.0, 12, 5]), _stories._link_events(x, np.zeros(3), np.arange(3), 0.25, 7, 5, 1, 10)
    assert first.tolist() == [0, 1, 2]
    again = _stories._link_events(x, days, first, _stories.THREAD_REJOIN_THRESHOLD, _stories.THREAD_REJOIN_DAYS, 5,
                                  _stories.THREAD_REJOIN_MAX_SIZE, _stories.THREAD_REJOIN_MAX_SPAN)
    assert again.tolist() == [0, 0, 2]


def test_threads_merge_by_centroid_not_by_a_chain_of_single_links() -> None:
    # 1 and 2 alike (0.64) merge first; 0 is like 1 (0.6) but far from the centroid of 1 and 2 (0.33)
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[1.0, 0, 0], [0.6, 0.8, 0], [0, 0.8, 0.6]])))
    days, events = np.zeros(3), np.arange(3)
    assert _stories._link_events(x, days, events, 0.5, 7, 5, 10, 10).tolist() == [0, 1, 1]
    assert _stories._link_events(x, days, events, 0.5, 7, 5, 10, 10, min_link=0.0).tolist() == [0, 0, 0]


def test_bundled_offer_and_refusal_are_one_thread_on_the_neighbour_path(corpus) -> None:
    threads = compare.story_threads(corpus, mentions=find_mentions(corpus), k=3).set_index("doc_id")
    assert threads.loc[D000, "story_thread"] == threads.loc[D001, "story_thread"] != threads.loc[D002, "story_thread"]
    assert threads.loc[D002, "story_thread"] == threads.loc[D003, "story_thread"]
    assert threads.loc[D004, "thread_size"] == 1


def test_group_label_names_dates_words_actors_and_outlets(corpus) -> None:
    mentions = find_mentions(corpus)
    events = compare.event_groups(corpus, mentions=mentions)
    labels = compare.group_labels(corpus, events, mentions=mentions)
    pair = labels.iloc[0]  # the largest group first
    assert pair["size"] == 2 and pair["first_date"] == pd.Timestamp("2021-04-13")
    assert "قمة" in pair["words"] and pair["outlets"] == "يورو عربي"
    assert pair["label"].startswith("2021-04-13 – 04-14 · ")
    assert len(labels) == 4 and labels["label"].is_unique
    only_pairs = compare.group_labels(corpus, events, mentions=mentions, min_size=2)
    assert only_pairs.drop(columns="group").equals(labels.iloc[:1].drop(columns="group"))


def test_group_label_names_its_outlets_in_arabic_and_counts_them_in_arabic() -> None:
    # made-up headlines of one event in two outlets, and of another in five: the labels read «… · عكاظ، واس» and
    # «… · 5 وسائل», not okaz, was or "5 outlets" beside the Arabic words
    outlets = ["okaz", "was", "sabq", "alriyadh", "alyaum", "aawsat", "alwatan"]
    text = "افتتاح معرض الكتاب الدولي في المدينة بمشاركة دور النشر العربية والأجنبية"
    other = "هطول أمطار غزيرة على المنطقة الشرقية وتحذيرات من السيول في الأودية"
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(7)], "outlet": outlets,
                           "published": pd.to_datetime(["2015-08-01"] * 7),
                           "text_clean": [text, text, other, other, other, other, other]})
    groups = pd.DataFrame({"doc_id": corpus["doc_id"], "event_group": [0, 0, 1, 1, 1, 1, 1]})
    labels = compare.group_labels(corpus, groups).set_index("size")["label"]
    assert labels[2].endswith(" · عكاظ، واس") and labels[5].endswith(" · 5 وسائل"), labels.tolist()
    shown = show_table(compare.group_labels(corpus, groups), "labels")._repr_html_()
    assert "<bdi>عكاظ، واس</bdi>" in shown  # the outlets column too (the data keeps the ids)


# --- shared passages and copy flows ---------------------------------------------------------------------

WIRE = "أعلنت وكالة الأنباء السعودية أن مجلس الوزراء وافق في جلسته اليوم على تنظيم جديد لهيئة السياحة والتراث الوطني"


def test_copy_flows_point_from_the_agency_to_the_outlet_that_copied_it() -> None:
    df = frame(WIRE, "وفي الرياض " + WIRE + " وأضاف", "مباراة الهلال والنصر انتهت بالتعادل",
               outlet=["was", "okaz", "sabq"], published=pd.to_datetime(["2015-08-03", "2015-08-04", "2015-08-03"]))
    flows = compare.copy_flows(df, compare.shared_passages(df))
    assert flows[["source", "copier", "earlier", "same_day", "copier_articles"]].values.tolist() == [["was", "okaz", 1, 0, 1]]
    assert flows.loc[0, "share_of_copier"] == 1.0 and flows.loc[0, "words"] == 18


def test_formula_found_everywhere_is_not_copy() -> None:
    formula = "وقال المتحدث الرسمي باسم وزارة الداخلية في بيان صحفي اليوم"
    df = frame(*(f"{formula} خبر رقم {i}" for i in range(4)))
    assert len(compare.shared_passages(df)) == 6
    assert compare.shared_passages(df, max_copies=3).empty


def test_outlet_that_reports_first_leads() -> None:
    df = frame("أ", "ب", "ج", "د", outlet=["was", "okaz", "sabq", "okaz"],
               published=pd.to_datetime(["2015-08-01", "2015-08-02", "2015-08-03", "2015-08-01"]))
    timing = compare.outlet_timing(df, pd.DataFrame({"doc_id": df.doc_id, "g": [0, 0, 0, 1]}), "g").set_index("outlet")
    assert timing.loc["was", "led_alone"] == 1 and timing.loc["sabq", "mean_days_behind"] == 2


# --- keyness ----------------------------------------------------------------------------------------------


def test_keyness_per_article_refuses_a_large_corpus(monkeypatch) -> None:
    monkeypatch.setattr(_keyness, "KEYNESS_MAX_DOCS", 2)
    with pytest.raises(Q7x2Error, match="group_col='outlet'"):
        compare.keyness(frame("قمة", "قمة", "قمة"))


def test_keyness_top_keeps_the_best_over_used_words(corpus) -> None:
    full = compare.keyness(corpus, min_freq=3)
    top = compare.keyness(corpus, min_freq=3, top=2)
    expected = full[full.g2 > 0].groupby("group").head(2).reset_index(drop=True)
    pd.testing.assert_frame_equal(top, expected)


# --- scores against gold groups ---------------------------------------------------------------------------


def test_perfect_grouping_scores_one_and_lumping_everything_loses_precision() -> None:
    gold = pd.DataFrame({"doc_id": list("abcdef"), "group_id": ["g1", "g1", "g1", "g2", "g2", "g3"]})
    same = score_groups(gold.rename(columns={"group_id": "event_group"}), gold).iloc[0]
    assert (same.precision, same.recall, same.f1) == (1.0, 1.0, 1.0)
    lumped = score_groups(pd.DataFrame({"doc_id": list("abcdef"), "event_group": 0}), gold).iloc[0]
    assert lumped.recall == 1.0 and lumped.precision == pytest.approx(4 / 15, abs=1e-3)


def test_articles_missing_from_the_prediction_are_alone() -> None:
    gold = pd.DataFrame({"doc_id": list("abc"), "group_id": ["g1", "g1", "g1"]})
    r = score_groups(pd.DataFrame({"doc_id": ["a", "b"], "event_group": [5, 5]}), gold).iloc[0]
    assert (r.true_pairs, r.gold_pairs, r.pred_pairs) == (1, 3, 1)


def test_pairs_outside_the_gold_articles_are_not_judged() -> None:
    gold = pd.DataFrame({"doc_id": ["a", "b"], "group_id": ["g1", "g2"]})
    pred = pd.DataFrame({"doc_id": ["a", "b", "x"], "event_group": [0, 1, 0]})
    assert score_groups(pred, gold).iloc[0].pred_pairs == 0


def test_wrong_joins_are_the_false_positive_pairs_with_their_path() -> None:
    gold = pd.DataFrame({"doc_id": list("abcde"), "group_id": ["g1", "g1", "g2", "g2", "g3"]})
    pred = pd.DataFrame({"doc_id": list("abcdey"), "event_group": [0, 0, 0, 0, 1, 0]})
    links = pd.DataFrame({"doc_a": ["a", "c", "b", "y"], "doc_b": ["b", "d", "c", "d"]})
    wrong = wrong_joins(pred, gold, links)
    # four gold pairs across g1 and g2 are joined; only b-c by a link of its own, the rest through a chain
    assert wrong[["doc_a", "doc_b"]].values.tolist() == [["a", "c"], ["a", "d"], ["b", "c"], ["b", "d"]]
    assert wrong["direct"].tolist() == [False, False, True, False]
    assert set(wrong["group_size"]) == {5} and len(wrong) == score_groups(pred, gold).iloc[0].pred_pairs - 2
    assert wrong_joins(pred, gold)["direct"].isna().all()
    assert wrong_joins(gold.rename(columns={"group_id": "event_group"}), gold).empty


def test_thread_members_come_from_their_groups() -> None:
    groups = pd.DataFrame({"group_id": ["g1", "g2", "g2"], "doc_id": ["a", "b", "c"]})
    threads = pd.DataFrame({"thread_id": ["t"], "group_id": ["g2"]})
    assert gold_thread_members(groups, threads)["doc_id"].tolist() == ["b", "c"]


# --- event rules at scale (headlines, numbers, shared neighbours) ------------------------------------------

HEADLINE = "انتحاري يفجر نفسه في مسجد قوات الطوارئ بأبها"
AT_SCALE = dict(outlet=["okaz", "sabq", "alyaum", "was", "alriyadh", "almadina"],
                published=pd.to_datetime(["2015-08-06", "2015-08-06", "2015-08-07", "2015-08-06", "2015-08-06", "2015-08-07"]))


def scale_frame() -> pd.DataFrame:
    """Two rewrites of one attack (their bodies share little, their headlines much) among four other reports."""
    return frame(
        "قال شهود إن المصلين كانوا في الركعة الثالثة حين دوى الانفجار في المسجد وسقط الضحايا",
        "أعلن المتحدث الأمني أن الانفجار أودى بحياة خمسة عشر شخصا وأصاب تسعة آخرين",
        "ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات اليوم بدعم من قطاع المصارف",
        "وقع خادم الحرمين الشريفين اتفاقية تعاون مع جمهورية فرنسا في مجال الطاقة",
        "فاز نادي الهلال على نادي النصر في مباراة ودية على ملعب الملك فهد",
        "افتتح أمير المنطقة معرضا للكتاب يشارك فيه مئتا دار نشر من عشرين دولة",
        title=[HEADLINE, "بالفيديو.. " + HEADLINE, "الأسهم ترتفع بدعم المصارف", "اتفاقية سعودية فرنسية للطاقة",
               "الهلال يفوز على النصر", "افتتاح معرض الكتاب"], **AT_SCALE)


def test_shared_headline_is_evidence_of_one_event_at_scale(monkeypatch) -> None:
    df = scale_frame()
    small = compare.event_pairs(df, "word", mentions=find_mentions(df), k=5).set_index(["doc_a", "doc_b"])
    assert small.loc[("d0", "d1"), "title_similarity"] > 0.5 and small["shared_neighbours"].isna().all()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)  # the rules of a large corpus
    pairs = compare.event_pairs(df, "word", mentions=find_mentions(df)).set_index(["doc_a", "doc_b"])
    assert pairs.loc[("d0", "d1"), "similarity"] > small.loc[("d0", "d1"), "similarity"]  # the headline is in the vectors
    w = compare.SCALE_WEIGHTS
    expected = ((1 - w["actor_weight"] - w["number_weight"] - w["title_weight"]) * pairs["similarity"]
                + w["actor_weight"] * pairs["actor_overlap"] + w["number_weight"] * pairs["number_overlap"]
                + w["title_weight"] * pairs["title_similarity"])
    assert np.allclose(pairs["score"], expected) and pairs["shared_neighbours"].notna().all()
    assert pairs.loc[("d0", "d1"), "score"] >= compare.SCALE_THRESHOLDS["word"]


def test_articles_without_headlines_have_no_headline_similarity() -> None:
    body, head = _sparse.headline_vectors(frame("تفجير مسجد أبها", "تفجير مسجد أبها"))
    assert head.nnz == 0 and np.isclose(_sparse.row_dot(body, np.array([0]), np.array([1]))[0], 1.0)


def test_a_bridge_between_two_events_has_few_shared_neighbours() -> None:
    # two triangles of articles, 0-1-2 and 3-4-5, and one pair 2-3 that bridges them
    a, b = np.array([0, 0, 1, 2, 3, 3, 4]), np.array([1, 2, 2, 3, 4, 5, 5])
    overlap = _sparse.shared_neighbour_overlap(6, a, b)
    assert overlap[3] == 0 and (np.delete(overlap, 3) >= 0.5).all()


def test_a_link_needs_shared_neighbours_where_they_are_measured() -> None:
    pairs = pd.DataFrame({"doc_a": ["a", "a", "c"], "doc_b": ["b", "c", "d"], "score": [0.9, 0.9, 0.2],
                          "shared_neighbours": [0.5, compare.MIN_SHARED_NEIGHBOURS / 2, 0.9]})
    assert _stories._links(pairs, 0.3)[["doc_a", "doc_b"]].values.tolist() == [["a", "b"]]
    unmeasured = pairs.assign(shared_neighbours=np.nan)  # small corpora: score alone
    assert len(_stories._links(unmeasured, 0.3)) == 2


def test_event_groups_at_scale_join_rewrites_and_part_other_news(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] and groups.drop(["d0", "d1"]).nunique() == 4


def test_events_whose_centroids_are_a_quarter_alike_join_one_thread_at_the_default_threshold() -> None:
    # two events of one story, centroids at cosine 0.27 (0.52 squared); a third event shares nothing
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[0.52, 0.854, 0, 0], [0.52, 0, 0.854, 0], [0, 0, 0, 1.0]])))
    days, events = np.array([0.0, 2, 1]), np.arange(3)
    threshold = _stories.THREAD_THRESHOLDS["word"]
    assert _stories._link_events(x, days, events, threshold, 7, 5, 60, 10).tolist() == [0, 0, 2]
    assert _stories._link_events(x, days, events, 0.3, 7, 5, 60, 10).tolist() == [0, 1, 2]


def reactions_frame() -> pd.DataFrame:
    """Two governments condemn one remark in like words, each named before the colon of its headline, among four other reports."""
    return frame(
        "أدانت دولة الكويت بشدة تصريحات وزير الخارجية الإيراني ضد دول الخليج ووصفتها بأنها تدخل مرفوض في الشؤون الداخلية",
        "أدانت دولة قطر بشدة تصريحات وزير الخارجية الإيراني ضد دول الخليج ووصفتها بأنها إساءة مرفوضة للعلاقات بين الجيران",
        "ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات اليوم بدعم من قطاع المصارف",
        "وقع خادم الحرمين الشريفين اتفاقية تعاون مع جمهورية فرنسا في مجال الطاقة",
        "فاز نادي الهلال على نادي النصر في مباراة ودية على ملعب الملك فهد",
        "افتتح أمير المنطقة معرضا للكتاب يشارك فيه مئتا دار نشر من عشرين دولة",
        title=["الكويت: تصريحات الوزير الإيراني تدخل مرفوض", "قطر: تصريحات الوزير الإيراني إساءة مرفوضة",
               "الأسهم ترتفع بدعم المصارف", "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"],
        **AT_SCALE)


def test_headline_speakers_are_resolved_actors_before_a_colon() -> None:
    df = frame("", "", "", title=["قطر: الحوار هو الطريق الوحيد", "عاجل: انقطاع الكهرباء عن حي الملز", "قطر تستضيف المؤتمر"])
    speakers = _stories._headline_speakers(df)
    assert speakers[0][1] == "QAT" and speakers[1] is None and speakers[2] is None  # "عاجل" is no actor; no colon


def test_headline_speakers_read_only_the_headlines_with_a_colon(monkeypatch) -> None:
    import q7x2lib.mentions

    read = []
    real = q7x2lib.mentions.find_mentions
    monkeypatch.setattr(q7x2lib.mentions, "find_mentions",
                        lambda titles, *a, **kw: read.append(list(titles["text_clean"])) or real(titles, *a, **kw))
    df = frame("", "", "", "", title=["قطر تستضيف المؤتمر", "قطر: الحوار هو الطريق الوحيد", None, "البحرين: التصريحات مرفوضة"])
    speakers = _stories._headline_speakers(df)
    assert read == [["قطر: الحوار هو الطريق الوحيد", "البحرين: التصريحات مرفوضة"]]  # the others cannot report a speaker
    assert [s[1] if s else None for s in speakers] == [None, "QAT", None, "BHR"]  # each in its own row


def test_headline_speakers_are_the_subjects_of_a_saying_verb() -> None:
    df = frame("", "", "", "", title=["مصر تؤكد رفضها التدخل الإيراني في الشؤون العربية",
                                      "الرئيس هادي والجامعة العربية يطالبان الحوثيين باحترام الهدنة",
                                      "عاجل: مصر تؤكد رفضها التدخل", "اللقاء بحث العلاقات ومصر تؤكد دعمها"])
    speakers = _stories._headline_speakers(df)
    assert speakers[0][1] == "EGY"  # the subject before the verb, read like "مصر: ..."
    assert speakers[1] is None  # a verb of two speakers: the headline speaks for several actors
    assert speakers[2] is None  # after a colon, a verb's subject is no headline speaker
    assert speakers[3] is None  # a speaker the headline does not open with


def test_verbs_of_an_act_or_of_praise_give_no_headline_speaker() -> None:
    speakers = _stories._headline_speakers(frame("", "", "", title=[
        "مجلس الأمن يقر بالإجماع الاتفاق النووي", "كيري يشيد بجهود مصر في مكافحة الإرهاب", "مجلس الوزراء الكويتي يدين التفجير"]))
    assert speakers[0] is None and speakers[1] is None  # an adoption; praise of the other side of one meeting
    assert speakers[2][1] == "KWTGOV"


def test_two_verb_headline_reactions_part_at_scale(monkeypatch) -> None:
    df = reactions_frame().assign(title=["الكويت تدين تصريحات الوزير تدخل مرفوض", "قطر تدين إساءة الوزير للجيران",
                                         "الأسهم ترتفع بدعم المصارف", "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر",
                                         "افتتاح معرض الكتاب"])
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert groups["d0"] != groups["d1"]
    monkeypatch.setattr(_stories, "HEADLINE_SPEAKER_COPY", 0.0)  # as if the two were one agency copy
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"]


def test_headlines_of_different_speakers_part_two_reactions_at_scale(monkeypatch) -> None:
    df = reactions_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    pairs = compare.event_pairs(df, "word", mentions=find_mentions(df)).set_index(["doc_a", "doc_b"])
    assert pairs.loc[("d0", "d1"), "score"] >= compare.SCALE_THRESHOLDS["word"]  # linked by their words alone
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert groups.loc["d0", "event_group"] != groups.loc["d1", "event_group"] and groups["partner"].isna().all()
    monkeypatch.setattr(_stories, "HEADLINE_SPEAKER_COPY", 0.0)  # as if the two were one agency copy
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"]


def test_a_users_rows_name_the_headline_speakers_that_part_two_reactions(monkeypatch) -> None:
    """Headline speakers are read with the caller's ``tables=``: two bodies only a user's rows know part two reactions."""
    from q7x2lib.actors import user_tables

    df = reactions_frame().assign(title=["رابطة الزمرد: تصريحات الوزير الإيراني تدخل مرفوض",
                                         "رابطة الياقوت: تصريحات الوزير الإيراني إساءة مرفوضة", "الأسهم ترتفع بدعم المصارف",
                                         "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"])
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    assert _stories._headline_speakers(df)[:2] == [None, None]  # no bundled table knows the two (made-up) leagues
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"]  # linked by their words, no speaker to part them
    own = pd.DataFrame({"actor_id": ["emerald_league", "ruby_league"], "country": ["KWT", "QAT"], "agent": ["NGO", "NGO"],
                        "name_en": ["Emerald League", "Ruby League"], "phrase": ["رابطة الزمرد", "رابطة الياقوت"],
                        "note": ["", ""]})
    tables = user_tables(table_paths={"organisations": own})
    assert [s[0] for s in _stories._headline_speakers(df, tables=tables)[:2]] == ["emerald_league", "ruby_league"]
    mentions = find_mentions(df, actors=tables["actors"], tables=tables)
    groups = compare.event_groups(df, mentions=mentions, tables=tables).set_index("doc_id")["event_group"]
    assert groups["d0"] != groups["d1"]  # two speakers of the user's rows: two events
    threads = compare.story_threads(df, mentions=mentions, tables=tables).set_index("doc_id")
    assert threads.loc["d0", "event_group"] != threads.loc["d1", "event_group"]  # story_threads passes the tables on
    assert threads.loc["d0", "story_thread"] == threads.loc["d1", "story_thread"]  # one story, as two reactions are


def test_a_neutral_article_does_not_chain_two_speakers_into_one_group() -> None:
    kuwait, qatar, same = (None, "KWT", "الكويت"), (None, "QAT", "قطر"), (None, "KWT", "دولة الكويت")
    a, b = np.array([0, 1, 2]), np.array([1, 2, 3])
    score, sim = np.array([0.5, 0.4, 0.45]), np.array([0.4, 0.4, 0.4])
    assert _stories._groups_apart(4, a, b, score, sim, [kuwait, None, qatar, None], 0.6).tolist() == [0, 0, 1, 1]
    assert _stories._groups_apart(4, a, b, score, sim, [kuwait, None, same, None], 0.6).tolist() == [0, 0, 0, 0]
    assert _stories._groups_apart(4, a, b, score, sim, [None] * 4, 0.6).tolist() == [0, 0, 0, 0]


def test_two_igo_speakers_of_other_bodies_are_two_speakers() -> None:
    """IGO speakers share one code: two organisations, or one and another's office holder, speak for two bodies; an
    organisation and the holder of its office, or one no table ties to a body, do not."""
    oic, gcc = ("oic", "IGO", "منظمة التعاون الاسلامي"), ("gcc", "IGO", "مجلس التعاون الخليجي")
    zayani = ("abdullatif_al_zayani", "IGO", "الامين العام لمجلس التعاون")  # the GCC's secretary-general (offices table)
    assert _headlines._other_speaker(oic, zayani) and _headlines._other_speaker(oic, gcc)
    assert not _headlines._other_speaker(gcc, zayani)
    assert not _headlines._other_speaker(oic, ("peter_smerdon", "IGO", "سميردون"))  # a spokesman no office ties to a body
    assert not _headlines._other_speaker(oic, (None, "IGO", "المنظمة الدولية"))
    a, b = np.array([0, 1, 2]), np.array([1, 2, 3])
    score, sim = np.array([0.5, 0.4, 0.45]), np.array([0.4, 0.4, 0.4])  # a headline naming no speaker between them
    assert _stories._groups_apart(4, a, b, score, sim, [oic, None, zayani, None], 0.6).tolist() == [0, 0, 1, 1]
    assert _stories._groups_apart(4, a, b, score, sim, [gcc, None, zayani, None], 0.6).tolist() == [0, 0, 0, 0]


def test_a_users_offices_row_ties_a_speaker_to_a_body(user_rows) -> None:
    """The bodies a person speaks for are read from the offices table in force: a user's row reaches the rule."""
    envoy, gcc = ("made_up_envoy", "IGO", "المبعوث"), ("gcc", "IGO", "مجلس التعاون الخليجي")
    oic = ("oic", "IGO", "منظمة التعاون الاسلامي")
    assert not _headlines._other_speaker(envoy, oic)
    with user_rows(offices={"country": ["gcc"], "office": ["envoy"], "actor_id": ["made_up_envoy"],
                            "valid_from": ["2015-01-01"], "valid_to": [""], "source": ["made up"], "note": [""]}):
        assert _headlines._other_speaker(envoy, oic) and not _headlines._other_speaker(envoy, gcc)
    assert not _headlines._other_speaker(envoy, oic)


def test_event_groups_at_scale_part_cores_whose_headlines_and_texts_differ(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    # with parts of one article and bounds no pair reaches, every group of two articles or more is parted
    monkeypatch.setattr(_stories, "CORE_MIN_SIZE", 1)
    monkeypatch.setattr(_stories, "CORE_HEADLINE", 1.01)
    monkeypatch.setattr(_stories, "CORE_TEXT", 1.01)
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert groups.loc["d0", "event_group"] != groups.loc["d1", "event_group"] and groups["partner"].isna().all()
    assert groups.loc["d0", "linked_group"] == groups.loc["d1", "linked_group"]  # one story for story_threads


def test_a_bridge_does_not_join_two_cores_that_tell_other_events() -> None:
    # a death (0-3) and the funeral (4-7): each core's headlines alike, one bridge link 3-4 between them
    head = sparse.csr_matrix(np.array([[1.0, 0]] * 4 + [[0, 1.0]] * 4))
    core = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    a = np.array([i for i, _ in core] + [i + 4 for i, _ in core] + [3])
    b = np.array([j for _, j in core] + [j + 4 for _, j in core] + [4])
    score = np.array([0.8] * 12 + [0.5])
    group = np.zeros(8, dtype=int)
    assert _stories._split_cores(group, a, b, score, head, head, 4, 0.1, 0.3).tolist() == [0] * 4 + [1] * 4
    assert _stories._split_cores(group, a, b, score, head, head, 5, 0.1, 0.3).tolist() == [0] * 8  # cores too small
    alike = sparse.csr_matrix(np.ones((8, 2)) / np.sqrt(2))  # the same texts: one event told two ways
    assert _stories._split_cores(group, a, b, score, head, alike, 4, 0.1, 0.3).tolist() == [0] * 8


def test_a_pair_short_of_shared_neighbours_links_an_event_when_it_scores_a_step_higher() -> None:
    # made-up pairs short of shared neighbours: 0.45 reaches 0.3 + the step of 0.1, 0.35 does not; two days apart the
    # day step adds to the bar (0.3 + 0.125 + 0.1); enough shared neighbours still link at the plain bar
    pairs = pd.DataFrame({"doc_a": ["a", "a", "a", "b"], "doc_b": ["b", "c", "d", "c"], "score": [0.45, 0.35, 0.45, 0.35],
                          "days_apart": [1.0, 1.0, 2.0, 1.0], "shared_neighbours": [0.05, 0.05, 0.05, 0.5]})
    step = _stories.UNSHARED_LINK_STEP
    assert step == 0.1
    assert _stories._links(pairs, 0.3, 0.125, step)[["doc_a", "doc_b"]].values.tolist() == [["a", "b"], ["b", "c"]]
    assert _stories._links(pairs, 0.3, 0.125)[["doc_a", "doc_b"]].values.tolist() == [["b", "c"]]


def test_an_event_link_needs_no_shared_neighbours_at_a_higher_score_but_a_story_link_does(monkeypatch) -> None:
    # made-up wire copy of one fire told by two outlets, among four other reports of the day; no pair is allowed enough
    # shared neighbours (as when the day's other news fills their neighbour lists)
    fire = "اندلع حريق في مستودع للأخشاب بالمنطقة الصناعية في حائل وتمكنت فرق الدفاع المدني من إخماده دون إصابات"
    df = frame(fire, fire + " وباشرت الجهات المختصة التحقيق",
               "ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات اليوم بدعم من قطاع المصارف",
               "وقع خادم الحرمين الشريفين اتفاقية تعاون مع جمهورية فرنسا في مجال الطاقة",
               "فاز نادي الهلال على نادي النصر في مباراة ودية على ملعب الملك فهد",
               "افتتح أمير المنطقة معرضا للكتاب يشارك فيه مئتا دار نشر من عشرين دولة",
               title=["حريق مستودع أخشاب في حائل", "الدفاع المدني يخمد حريق مستودع في حائل", "الأسهم ترتفع",
                      "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"], **AT_SCALE)
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    monkeypatch.setattr(_stories, "MIN_SHARED_NEIGHBOURS", 1.01)
    linked = []
    groups_apart = _stories._groups_apart

    def spy(n, a, b, *args, **kwargs):
        if not linked:  # the links of the event, the first call
            linked.extend(zip(a.tolist(), b.tolist()))
        return groups_apart(n, a, b, *args, **kwargs)

    monkeypatch.setattr(_stories, "_groups_apart", spy)
    out = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert linked == [(0, 1)]  # the copies link inside their event
    assert out.at["d0", "event_group"] == out.at["d1", "event_group"]
    assert out.at["d0", "linked_group"] != out.at["d1", "linked_group"]  # the story's component keeps the plain bar


def test_a_link_two_days_apart_needs_more_than_a_link_the_next_day() -> None:
    # made-up pairs: the same score links articles a day apart, not two days apart (at scale only)
    pairs = pd.DataFrame({"doc_a": ["a", "a", "b"], "doc_b": ["b", "c", "d"], "score": [0.32, 0.32, 0.32],
                          "days_apart": [1.0, 2.0, np.nan], "shared_neighbours": [0.5, 0.5, 0.5]})
    step = _stories.SCALE_DAY_STEP
    assert _stories._links(pairs, 0.3, step)[["doc_a", "doc_b"]].values.tolist() == [["a", "b"], ["b", "d"]]
    assert len(_stories._links(pairs.assign(shared_neighbours=np.nan), 0.3, step)) == 3  # small corpora: no step


def test_a_report_two_days_later_leaves_the_event_but_not_its_story(monkeypatch) -> None:
    # made-up: a truck bomb in a capital, its rewrite the same day, and a bombing at the airport two days later
    df = scale_frame()
    df.loc[1, "text_clean"] = df.loc[0, "text_clean"] + " في العاصمة"
    df.loc[2, ["text_clean", "title"]] = [df.loc[0, "text_clean"] + " قرب المطار بعد يومين", HEADLINE]
    df["published"] = pd.to_datetime(["2015-08-07", "2015-08-07", "2015-08-09", "2015-08-07", "2015-08-07", "2015-08-07"])
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    events = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert events.loc["d0", "event_group"] == events.loc["d1", "event_group"] == events.loc["d2", "event_group"]
    monkeypatch.setattr(_stories, "SCALE_DAY_STEP", 1.0)  # no score reaches 1.3: nothing two days apart joins
    events = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert events.loc["d0", "event_group"] == events.loc["d1", "event_group"] != events.loc["d2", "event_group"]
    assert events.loc["d0", "linked_group"] == events.loc["d2", "linked_group"]  # one story, for story_threads


def najran_frame() -> pd.DataFrame:
    """Made up: a projectile wounds residents (0-3), and days later the governor condoles a martyr's family (4-7)."""
    heads = ["مقذوف من اليمن يصيب مقيمين في نجران", "إصابة مقيمين بمقذوف عسكري في نجران", "مقذوف يصيب مقيمين بنجران",
             "سقوط مقذوف من اليمن على نجران", "أمير نجران ينقل تعازي القيادة لأسرة شهيد المقذوف",
             "أمير المنطقة يعزي أسرة شهيد المقذوف", "تعازي القيادة لأسرة الشهيد في نجران", "أمير نجران يعزي ذوي الشهيد"]
    tail = " بعد سقوط مقذوف عسكري من الأراضي اليمنية على حي سكني أصاب مقيمين كما أعلن الدفاع المدني"
    texts = ["سقط مقذوف عسكري أطلق من داخل الأراضي اليمنية على حي سكني في نجران فأصاب مقيمين",
             "أعلن الدفاع المدني في نجران إصابة مقيمين بمقذوف عسكري أطلق من الأراضي اليمنية على حي سكني",
             "أصاب مقذوف عسكري من اليمن مقيمين في حي سكني بنجران ونقلا إلى المستشفى",
             "أفاد الدفاع المدني بسقوط مقذوف عسكري من الأراضي اليمنية على حي سكني في نجران",
             "نقل أمير منطقة نجران تعازي القيادة لأسرة الشهيد الذي قتل بمقذوف من اليمن في حي سكني" + tail,
             "قدم أمير المنطقة تعازي القيادة لأسرة الشهيد ودعا له بالرحمة في نجران" + tail,
             "زار أمير نجران أسرة الشهيد ونقل تعازي القيادة ومواساتها لذويه" + tail,
             "عزى أمير منطقة نجران أسرة الشهيد الذي قضى بمقذوف عسكري ونقل تعازي القيادة" + tail]
    return frame(*texts, title=heads)


def najran_cores() -> tuple:
    """The arguments of ``_split_cores`` for the eight Najran articles: two cores of four, one bridge 3-4."""
    body, head = _sparse.headline_vectors(najran_frame())
    text = _sparse.unit_rows(body + _stories.HEADLINE_WEIGHT * head)
    core = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    a = np.array([i for i, _ in core] + [i + 4 for i, _ in core] + [3])
    b = np.array([j for _, j in core] + [j + 4 for _, j in core] + [4])
    score = np.array([0.8] * 12 + [0.5])  # one bridge 3-4
    return (np.zeros(8, dtype=int), a, b, score, _sparse.unit_rows(head), text, _stories.CORE_MIN_SIZE,
            _stories.CORE_HEADLINE, _stories.CORE_TEXT)


def test_cores_days_apart_part_at_a_looser_bar_than_cores_of_one_day() -> None:
    args = najran_cores()
    dated = (_stories.CORE_DAYS, _stories.CORE_DAYS_HEADLINE, _stories.CORE_DAYS_TEXT)
    assert _stories._split_cores(*args).tolist() == [0] * 8  # one day: their texts are too alike to part
    assert _stories._split_cores(*args, np.zeros(8), *dated).tolist() == [0] * 8
    days = np.array([0.0] * 4 + [2.0] * 4)
    assert _stories._split_cores(*args, days, *dated).tolist() == [0] * 4 + [1] * 4


def test_two_projectiles_three_days_apart_part_though_their_headlines_share_the_incident() -> None:
    # made up: a projectile wounds residents (0-3); three days later another kills a student (4-7)
    heads = ["مقذوف من اليمن يصيب مقيمين في نجران", "إصابة مقيمين بمقذوف عسكري في نجران", "مقذوف يصيب مقيمين بنجران",
             "سقوط مقذوف من اليمن على نجران", "مقذوف من اليمن يقتل طالبا في نجران", "مقتل طالب بمقذوف عسكري في نجران",
             "مقذوف يقتل طالبا بنجران", "استشهاد طالب بمقذوف على نجران"]
    texts = ["سقط مقذوف عسكري أطلق من داخل الأراضي اليمنية على حي سكني في نجران فأصاب مقيمين",
             "أعلن الدفاع المدني في نجران إصابة مقيمين بمقذوف عسكري أطلق من الأراضي اليمنية على حي سكني",
             "أصاب مقذوف عسكري من اليمن مقيمين في حي سكني بنجران ونقلا إلى المستشفى",
             "أفاد الدفاع المدني بسقوط مقذوف عسكري من الأراضي اليمنية على حي سكني في نجران",
             "قتل طالب في الكلية التقنية بمقذوف عسكري أطلق من الأراضي اليمنية على منزل أسرته في نجران",
             "أعلن الدفاع المدني مقتل طالب بعد سقوط مقذوف عسكري على منزل في نجران",
             "سقط مقذوف عسكري من اليمن على منزل في نجران فقتل طالبا في الكلية التقنية",
             "استشهد طالب في الكلية التقنية بنجران إثر سقوط مقذوف عسكري على منزل أسرته"]
    body, head = _sparse.headline_vectors(frame(*texts, title=heads))
    text = _sparse.unit_rows(body + _stories.HEADLINE_WEIGHT * head)
    core = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    a = np.array([i for i, _ in core] + [i + 4 for i, _ in core] + [3])
    b = np.array([j for _, j in core] + [j + 4 for _, j in core] + [4])
    args = (np.zeros(8, dtype=int), a, b, np.array([0.8] * 12 + [0.5]), _sparse.unit_rows(head), text,
            _stories.CORE_MIN_SIZE, _stories.CORE_HEADLINE, _stories.CORE_TEXT, np.array([0.0] * 4 + [3.0] * 4),
            _stories.CORE_DAYS, _stories.CORE_DAYS_HEADLINE, _stories.CORE_DAYS_TEXT)
    assert _stories._split_cores(*args, _stories.CORE_DAYS_MAX).tolist() == [0] * 4 + [1] * 4
    assert _stories._split_cores(*args, 1).tolist() == [0] * 8  # a bar that does not rise keeps them whole


def test_headline_ordinals_count_events_not_names_periods_or_dispatch_parts() -> None:
    df = frame(*[""] * 8, title=["هبوط ثاني طائرة مساعدات في مطار المكلا", "وصول الدفعة الثالثة من الحجاج إلى جدة",
                                 "للمرة الأولى.. امرأة تترشح لرئاسة البلدية", "الملك عبدالله الثاني يستقبل وزير الخارجية",
                                 "أرباح الشركة في النصف الأول ترتفع", "عام / مجلس الوزراء يعقد جلسته إضافة ثانية",
                                 "ثاني أكبر ميناء في المنطقة", "الاجتماع الذي عقد أول أمس"])
    assert _stories._headline_ordinals(df) == [frozenset({2}), frozenset({3}), frozenset({1}), None, None, None, None, None]


def test_two_like_reports_counted_by_other_ordinals_are_two_events_at_scale(monkeypatch) -> None:
    text = "هبطت في مطار المكلا طائرة شحن تحمل عشرة أطنان من المواد الغذائية والأدوية ضمن جسر المساعدات الإنسانية"
    df = frame(text + " لسكان المدينة", text + " لأهالي المدينة", *scale_frame()["text_clean"].iloc[2:],
               title=["هبوط ثاني طائرة مساعدات في مطار المكلا", "طائرة المساعدات الثالثة تهبط في مطار المكلا",
                      "الأسهم ترتفع بدعم المصارف", "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"],
               **AT_SCALE)
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert groups.loc["d0", "event_group"] != groups.loc["d1", "event_group"]
    assert groups.loc["d0", "linked_group"] == groups.loc["d1", "linked_group"]  # their words alone link them
    df.loc[1, "title"] = "طائرة المساعدات الثانية تهبط في مطار المكلا"  # the same plane, told twice
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")
    assert groups.loc["d0", "event_group"] == groups.loc["d1", "event_group"]


def test_threads_too_big_for_the_rejoin_join_at_the_stricter_wide_bar(monkeypatch) -> None:
    # three threads of one article each, as if each were already at the second pass's size bound (1 here):
    # 0 and 1 alike (0.6) are one story; 2 is like 1 only at 0.4, enough for the second pass but not the third
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[1.0, 0, 0], [0.6, 0.8, 0], [0, 0.5, 0.866]])))
    days = np.array([0.0, 3, 5])
    monkeypatch.setattr(_stories, "THREAD_REJOIN_MAX_SIZE", 1)
    monkeypatch.setattr(_stories, "THREAD_WIDE_MAX_SIZE", 1)
    assert _stories._rejoin_threads(x, days, np.arange(3), 5).tolist() == [0, 1, 2]
    monkeypatch.setattr(_stories, "THREAD_WIDE_MAX_SIZE", 3)
    assert _stories._rejoin_threads(x, days, np.arange(3), 5).tolist() == [0, 0, 2]


def test_a_thread_of_250_articles_still_takes_a_lone_article_and_a_wide_union() -> None:
    # thirty-third round: the size bound of the third pass and of the lone articles' attachment is 270, so a big
    # story's thread of 250 articles (the Asir bombing's) still takes a lone report near one of its articles
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[1.0, 0.0]] * 250 + [[0.9, 0.1], [0.0, 1.0]])))
    thread = np.array([0] * 250 + [250, 251])
    out = _stories._attach_single(x, np.zeros(252), thread, 7)
    assert out[250] == 0 and out[251] == 251
    assert _stories.THREAD_WIDE_MAX_SIZE > 250


def test_an_article_alone_joins_the_thread_of_its_nearest_article_within_the_days() -> None:
    df = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "title": ["", "", "", ""], "text_clean": [
        "الحوثيون يقصفون مطار عدن بالصواريخ ويغلقون الطريق إلى الميناء",
        "قوات التحالف تستعيد مطار عدن من الحوثيين بعد معارك عنيفة",
        "أول طائرة مساعدات تهبط في مطار عدن بعد استعادته من الحوثيين",
        "الهلال يفوز على النصر في نهائي كأس الملك"]})
    body, head = _sparse.headline_vectors(df, "text_clean", "title")
    x = _sparse.unit_rows(body + head)
    thread = np.array([0, 0, 2, 3])  # a and b one thread, c and d alone
    assert _stories._attach_single(x, np.array([0.0, 2, 4, 4]), thread, 7).tolist() == [0, 0, 0, 3]
    assert _stories._attach_single(x, np.array([0.0, 2, 20, 20]), thread, 7).tolist() == [0, 0, 2, 3]  # too late


def test_two_halves_of_a_long_story_join_beyond_the_span_only_when_asked_and_nearly_the_same() -> None:
    # two threads of one story, 0-4 and 14-18 days (a span of 18: past the rejoin's 14), centroids 0.85 alike,
    # and a third thread of the same days 0.7 like the first (another story of the same subject)
    x = _sparse.unit_rows(sparse.csr_matrix(np.array([[1.0, 0, 0]] * 2 + [[0.85, 0.527, 0]] * 2 + [[0.7, -0.714, 0]] * 2)))
    days = np.array([0.0, 4, 14, 18, 14, 18])
    thread = np.array([0, 0, 1, 1, 2, 2])
    assert _stories._rejoin_threads(x, days, thread, 5).tolist() == [0, 0, 1, 1, 2, 2]
    assert _stories._rejoin_threads(x, days, thread, 5, long=True).tolist() == [0, 0, 0, 0, 2, 2]
    late = days + np.array([0, 0, 4, 4, 0, 0])  # 22 days from first to last: past the long pass's span too
    assert _stories._rejoin_threads(x, late, thread, 5, long=True).tolist() == [0, 0, 1, 1, 2, 2]


def test_story_threads_joins_long_stories_only_with_the_option() -> None:
    text = "قناة الوادي الجديدة تستقبل أول سفينة في تشغيلها التجريبي قبل افتتاحها الرسمي"
    df = frame(text, text + " اليوم", text + " غدا", text + " رسميا",
               published=pd.Timestamp("2020-07-01") + pd.to_timedelta([0, 4, 14, 18], unit="D"))
    events = pd.DataFrame({"doc_id": [f"d{i}" for i in range(4)], "event_group": [0, 1, 2, 3]})
    kw = {"mentions": find_mentions(df), "events": events, "k": 5, "method": "word"}
    assert compare.story_threads(df, **kw)["story_thread"].nunique() == 2
    assert compare.story_threads(df, long_stories=True, **kw)["story_thread"].nunique() == 1


def _lone_rewrite_frame():
    """a and b: one opening told twice; c: the same opening in other words, alone after the links;
    d: the health director's words on it ("X: ..."); e: a match. Returns headline vectors, the "X: ..."
    flags and the groups after linking (a and b together, c, d and e each alone)."""
    df = pd.DataFrame({"doc_id": list("abcde"), "text_clean": [
        "أمير المنطقة يفتتح مستشفى الولادة الجديد في المدينة بسعة مئتي سرير",
        "افتتح أمير المنطقة مستشفى الولادة الجديد في المدينة بسعة مئتي سرير صباح اليوم",
        "أمير المنطقة يدشن مستشفى جديدا للولادة في المدينة بطاقة مئتي سرير",
        "أمير المنطقة يدشن مستشفى جديدا للولادة في المدينة بطاقة مئتي سرير",
        "الهلال يفوز على النصر بهدفين في نهائي الكأس"],
        "title": ["", "", "", "مدير الصحة: المستشفى يخدم أهالي المدينة", ""]})
    x = _sparse.unit_rows(_sparse.headline_vectors(df)[0])
    said = df["title"].str.match(_stories._HEADLINE_SAID_RE).to_numpy()
    return x, said, np.array([0, 0, 1, 2, 3])


def test_a_lone_rewritten_report_joins_its_partners_event_but_not_a_statement_or_another_story() -> None:
    # c, d and e each have a weak pair to the event of a and b
    x, said, group = _lone_rewrite_frame()
    a, b, score = np.array([2, 3, 4]), np.array([0, 1, 1]), np.array([0.25, 0.25, 0.25])
    attached, used = _stories._attach_lone(group, a, b, score, x, np.zeros(5), said)
    assert attached.tolist() == [0, 0, 0, 2, 3] and used.tolist() == [0]
    late = np.array([0.0, 0, 3, 0, 0])  # three days after the event: another day's report
    assert _stories._attach_lone(group, a, b, score, x, late, said)[0].tolist() == [0, 0, 1, 2, 3]


def test_a_lone_report_joins_the_event_whose_centroid_it_nearly_is_but_not_a_same_place_story() -> None:
    # a and b: one boat lost at sea told twice; c: the search for its fishermen, a rewrite no pair links
    # (cosine 0.59 and 0.40 with each, 0.53 with their sum); d: a festival of the same island; e: a transfer
    df = pd.DataFrame({"doc_id": list("abcde"), "title": [""] * 5, "text_clean": [
        "غرق قارب صيد قبالة سواحل جزيرة فرسان وفقدان ثلاثة صيادين",
        "فقدان ثلاثة صيادين بعد غرق قاربهم قبالة سواحل جزيرة فرسان",
        "حرس الحدود يبحث عن ثلاثة صيادين فقدوا بعد غرق قارب صيد قبالة سواحل فرسان",
        "مهرجان جزيرة فرسان للصيد يستقبل الزوار قبالة السواحل",
        "الاتحاد يتعاقد مع مهاجم برازيلي لمدة موسمين"]})
    x = _sparse.unit_rows(_sparse.headline_vectors(df)[0])
    group = np.array([0, 0, 1, 2, 3])
    assert _stories._attach_to_centroid(group, x, np.zeros(5)).tolist() == [0, 0, 0, 2, 3]
    late = np.array([0.0, 0, 2, 0, 0])  # two days after the event: another day's report
    assert _stories._attach_to_centroid(group, x, late).tolist() == [0, 0, 1, 2, 3]
    assert _stories._attach_to_centroid(group, x, np.zeros(5), 0.6).tolist() == [0, 0, 1, 2, 3]
    parted = np.array([True, True, False, True, True])  # c parted from its links by a headline rule: left alone
    assert _stories._attach_to_centroid(group, x, np.zeros(5), free=parted).tolist() == [0, 0, 1, 2, 3]


def test_event_groups_at_scale_put_lone_articles_to_event_centroids(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []

    def spy(group, x, day, threshold=None, free=None, apart=None):
        seen.append(len(group))
        return np.where(np.arange(len(group)) == len(group) - 1, group[0], group)  # the last article joins the first's

    monkeypatch.setattr(_stories, "_attach_to_centroid", spy)
    groups = compare.event_groups(df, mentions=find_mentions(df)).set_index("doc_id")["event_group"]
    assert seen == [len(df)] and groups.iloc[-1] == groups.iloc[0]


def test_two_lone_articles_that_are_each_others_best_partner_join_without_shared_neighbours() -> None:
    # a and b: one council session told twice (each the other's best partner); c: the council's next item, whose
    # best partner is a though a's is b; d: a transfer. Scores: the cosines of their texts.
    df = pd.DataFrame({"doc_id": list("abcd"), "title": [""] * 4, "text_clean": [
        "مجلس الشورى يقر نظام التوثيق الجديد في جلسته العادية اليوم",
        "الشورى يوافق على نظام التوثيق الجديد في جلسة عادية",
        "مجلس الشورى يناقش التقرير السنوي لوزارة العدل في جلسته",
        "الاتحاد يتعاقد مع مهاجم برازيلي لمدة موسمين"]})
    x = _sparse.unit_rows(_sparse.headline_vectors(df)[0])
    a, b = np.array([0, 0, 1]), np.array([1, 2, 2])
    score = _sparse.row_dot(x, a, b)
    joined, used = _stories._pair_lone(np.arange(4), a, b, score)
    assert joined.tolist() == [0, 0, 2, 3] and used.tolist() == [0]
    in_event = np.array([0, 1, 2, 1])  # b already in an event (with d): a and c are each other's best lone partner
    assert _stories._pair_lone(in_event, a, b, score)[0].tolist() == [0, 1, 0, 1]
    parted = np.array([True, False, True, True])  # b parted from a link by a headline rule: a pairs with c instead
    assert _stories._pair_lone(np.arange(4), a, b, score, free=parted)[0].tolist() == [0, 1, 0, 3]


def test_event_groups_at_scale_pair_lone_articles_on_close_pairs_only(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []

    def spy(group, a, b, score, free=None, apart=None):
        seen.append(score)
        return group, np.zeros(0, dtype=int)

    monkeypatch.setattr(_stories, "_pair_lone", spy)
    compare.event_groups(df, mentions=find_mentions(df))
    assert len(seen) == 1 and (seen[0] >= _stories.EVENT_PAIR_ALONE).all()


def test_an_unlinked_lone_article_joins_its_partners_event_only_when_free_and_near_its_centroid() -> None:
    # c: no link reached it (its neighbours parted); each lone article has one pair at a link's score to the event
    x, said, group = _lone_rewrite_frame()
    a, b, score = np.array([2, 3, 4]), np.array([0, 1, 1]), np.full(3, _stories.EVENT_UNLINKED_ATTACH)
    unlinked = np.array([False, False, True, True, True])
    args = (group, a, b, score, x, np.zeros(5), said, _stories.EVENT_UNLINKED_CENTROID)
    attached, used = _stories._attach_lone(*args, free=unlinked)
    assert attached.tolist() == [0, 0, 0, 2, 3] and used.tolist() == [0]  # not the statement, not the match
    parted = np.array([False, False, False, True, True])  # c parted from its links by a headline rule: left alone
    assert _stories._attach_lone(*args, free=parted)[0].tolist() == [0, 0, 1, 2, 3]
    assert _stories._attach_lone(group, a, b, score, x, np.zeros(5), said, 0.99, free=unlinked)[0].tolist() == [0, 0, 1, 2, 3]


def test_event_groups_at_scale_attach_unlinked_articles_on_link_scores_only(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []
    attach = _stories._attach_lone

    def spy(group, a, b, score, x, day, said, centroid=None, free=None, apart=None, places=None):
        if places is None:  # the two weak attachments; the last pass (ALONE_ATTACH) reads places
            seen.append((score, centroid, free, apart))
        return attach(group, a, b, score, x, day, said, centroid, free, apart, places)

    monkeypatch.setattr(_stories, "_attach_lone", spy)
    compare.event_groups(df, mentions=find_mentions(df))
    assert len(seen) == 2 and seen[0][1] is None and seen[0][2] is None
    score, centroid, free, apart = seen[1]
    assert (score >= _stories.EVENT_UNLINKED_ATTACH).all() and centroid == _stories.EVENT_UNLINKED_CENTROID
    assert free is not None and len(free) == len(df)
    assert seen[0][3] is not None and apart is not None  # both weak attachments read the headlines


def test_headlines_of_other_actors_doing_the_same_thing_are_apart() -> None:
    titles = np.array([
        "وزارة النقل تقيم حفل معايدة لمنسوبيها",  # 0
        "«السجون» تقيم حفل معايدة لمنسوبيها",  # 1: another body, the same reception
        "فرع وزارة النقل بالرياض يقيم حفل معايدة لمنسوبيها",  # 2: the same body
        "خادم الحرمين ووزيرة خارجية إندونيسيا يبحثان أوجه التعاون",  # 3
        "خادم الحرمين ووزير خارجية مصر يبحثان التعاون الثنائي",  # 4: another guest
        "وزير خارجية أمريكا يصل إلى القاهرة",  # 5
        "وزير الخارجية الأمريكي يصل القاهرة لبحث التطورات",  # 6: the same visit
        "توشيبا تضخم أرباحها بشكل وهمي"])  # 7: no country, no shared tail
    r, c = np.array([1, 2, 3, 6, 7]), np.array([0, 0, 4, 5, 0])
    assert _stories._headlines_apart(titles, r, c).tolist() == [True, False, True, False, False]
    assert _stories._headlines_apart(titles, r, c, countries=False).tolist() == [True, False, False, False, False]


def test_a_lone_article_whose_headline_names_another_actor_is_not_attached() -> None:
    df = pd.DataFrame({"doc_id": list("abc"), "text_clean": [
        "أقامت وزارة النقل حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك في مقرها",
        "أقامت وزارة النقل حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك",
        "أقامت المديرية العامة للسجون حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك"],
        "title": ["وزارة النقل تقيم حفل معايدة لمنسوبيها", "النقل تعايد منسوبيها", "«السجون» تقيم حفل معايدة لمنسوبيها"]})
    x = _sparse.unit_rows(_sparse.headline_vectors(df)[0])
    args = (np.array([0, 0, 1]), np.array([2]), np.array([0]), np.array([0.3]), x, np.zeros(3), np.zeros(3, dtype=bool))
    assert _stories._attach_lone(*args)[0].tolist() == [0, 0, 0]
    titles = df["title"].to_numpy()
    attached, used = _stories._attach_lone(*args, apart=lambda r, c: _stories._headlines_apart(titles, r, c))
    assert attached.tolist() == [0, 0, 1] and used.tolist() == []


def test_a_lead_that_reports_yesterday_dates_its_event_the_day_before() -> None:
    df = pd.DataFrame({"title": ["", "وزير التعليم يدشن مبنى الكلية البارحة", "", "", "", "", ""], "text_clean": [
        "افتتح محافظ المدينة مساء أمس معرض السيارات القديمة",
        "دشن الوزير المبنى الجديد للكلية بحضور الأهالي",
        "شيع أهالي القرية أول من أمس ضحايا السيل",
        "ينطلق اليوم مؤتمر الطاقة في العاصمة",
        "الأسر المتضررة من السيل في أمس الحاجة إلى المساعدة",
        "أقر المجلس البلدي الميزانية. وكان الأمين قد عرضها أمس",  # not the first sentence
        "أعلنت الشرطة أمس (الاثنين) القبض على المتهمين"]})
    assert _stories._event_day_offsets(df).tolist() == [1, 1, 2, 0, 0, 0, 1]
    wednesday = float((pd.Timestamp("2015-07-22") - pd.Timestamp("1970-01-01")).days)
    named = _stories._event_day_offsets(df, day=np.full(len(df), wednesday))
    assert named.tolist() == [1, 1, 2, 0, 0, 0, 2]  # Monday, two days before the Wednesday copy


def test_cores_days_apart_by_publication_but_one_day_by_their_leads_stay_whole() -> None:
    args = najran_cores()
    published = np.array([0.0] * 4 + [2.0] * 4)  # the second core: copies two days on whose leads write أول من أمس
    dated = (published, _stories.CORE_DAYS, _stories.CORE_DAYS_HEADLINE, _stories.CORE_DAYS_TEXT, _stories.CORE_DAYS_MAX)
    assert _stories._split_cores(*args, *dated).tolist() == [0] * 4 + [1] * 4  # by publication alone: parted
    assert _stories._split_cores(*args, *dated, published - np.array([0] * 4 + [2] * 4)).tolist() == [0] * 8
    assert _stories._split_cores(*args, *dated, published.copy()).tolist() == [0] * 4 + [1] * 4


def test_event_groups_at_scale_count_core_days_from_the_leads(monkeypatch) -> None:
    df = scale_frame()
    df.loc[2, "text_clean"] = "ارتفع مؤشر سوق الأسهم السعودية في ختام تداولات أمس بدعم من قطاع المصارف"
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []

    def spy(group, *args, **bounds):  # the large-group and span bounds come by keyword
        seen.append((args[-6], args[-1]))  # the publication days and the event days
        return group

    monkeypatch.setattr(_stories, "_split_cores", spy)
    compare.event_groups(df, mentions=find_mentions(df))
    (published, event), = seen
    assert (published - event).tolist() == [0, 0, 1, 0, 0, 0]


def weak_event_threads(n_home: int, n_big: int,
                       home: list | None = None) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """``n_home`` articles of one event (rows ``home``) and a two-article event about something else in thread 0;
    ``n_big`` articles (events of ten) on that other thing in thread 1. Returns rows, events and threads."""
    rows = [home or [1.0, 0, 0]] * n_home + [[0.2, 1, 0]] * 2 + [[0.1, 1, 0.3]] * n_big
    event = np.r_[np.zeros(n_home, dtype=int), [1, 1], 2 + np.arange(n_big) // 10]
    thread = np.r_[np.zeros(n_home + 2, dtype=int), np.ones(n_big, dtype=int)]
    return _sparse.unit_rows(sparse.csr_matrix(np.array(rows))), event, thread


def test_an_event_weak_in_its_thread_moves_to_the_large_thread_it_is_near() -> None:
    # the two-article event: cosine 0.20 to the rest of its thread, 0.95 to the thread of 120
    x, event, thread = weak_event_threads(30, 120)
    moved = _stories._move_weak_events(x, np.zeros(len(event)), event, thread)
    assert moved[30:32].tolist() == [1, 1]
    assert (moved[:30] == 0).all() and (moved[32:] == 1).all()


def test_an_event_placed_well_enough_or_near_only_a_small_thread_stays() -> None:
    # cosine 0.47 to the rest of its thread: not weak, stays though the large thread is nearer
    x, event, thread = weak_event_threads(30, 120, home=[1.0, 0.3, 0])
    assert _stories._move_weak_events(x, np.zeros(len(event)), event, thread).tolist() == thread.tolist()
    # weak, but the near thread holds 119 articles, under the default 120
    x, event, thread = weak_event_threads(30, 119)
    assert _stories._move_weak_events(x, np.zeros(len(event)), event, thread).tolist() == thread.tolist()
    # weak and near, but the large thread's events lie ten days away, beyond the window of seven
    x, event, thread = weak_event_threads(30, 120)
    day = np.r_[np.zeros(32), np.full(120, 10.0)]
    assert _stories._move_weak_events(x, day, event, thread).tolist() == thread.tolist()
    # the only event of its thread has no rest to sit weakly in
    x, event, thread = weak_event_threads(0, 120)
    assert _stories._move_weak_events(x, np.zeros(len(event)), event, thread).tolist() == thread.tolist()


def test_headline_meetings_read_who_meets_whom_and_not_a_topic_or_a_body() -> None:
    from q7x2lib.compare._headlines import _headline_meetings

    titles = ["سياسي / رئيس مجلس النواب اللبناني يلتقي مسؤولة أممية", "ولي ولي العهد يبحث مع «جعجع» مستجدات الساحة اللبنانية",
              "الرئيس الشيشاني يصل جدة", "الملك يبحث تطورات المنطقة والعالم مع وزير الخارجية المصري",
              "القيادة الأمنية بالمدينة المنورة تستقبل جثمان الشهيد الحربي", "ارتفاع أسعار النفط في تعاملات متقلبة"]
    found = _headline_meetings(pd.DataFrame({"title": titles}))
    assert [m[0] if m else None for m in found] == ["meet", "meet", "arrive", None, None, None]
    assert found[0][1][0] == frozenset({"رئيس", "مجلس", "نواب", "لبناني"}) and found[1][2][0] >= {"جعجع"}


def test_two_meetings_of_other_hosts_or_guests_are_two_events_at_scale() -> None:
    from q7x2lib.compare._headlines import _headline_meetings

    def meetings(*titles):
        return _headline_meetings(pd.DataFrame({"title": list(titles)}))

    a, b = np.array([0, 1, 2]), np.array([1, 2, 3])
    score, sim = np.array([0.5, 0.4, 0.45]), np.array([0.5, 0.5, 0.5])
    # the Lebanese army commander and the Speaker each meet the UN coordinator: two meetings, a neutral article between
    hosts = meetings("عام / قائد الجيش اللبناني يلتقي موفدة أممية للأمم المتحدة", "", "سياسي / رئيس مجلس النواب اللبناني يلتقي مسؤولة أممية", "")
    assert _stories._groups_apart(4, a, b, score, sim, [None] * 4, 0.6, None, hosts, 0.8).tolist() == [0, 0, 1, 1]
    # one host, other guests: the Asir governor receives the security official, then the chamber of commerce
    guests = meetings("أمير عسير يستقبل مساعد مدير الأمن", "", "أمير منطقة عسير يستقبل رئيس وأعضاء الغرفة التجارية", "")
    assert _stories._groups_apart(4, a, b, score, sim, [None] * 4, 0.6, None, guests, 0.8).tolist() == [0, 0, 1, 1]
    # one meeting told from both sides, and one meeting in other words, stay one event
    sides = meetings("وزير الخارجية يستقبل السفير الأمريكي", "", "السفير الأمريكي يلتقي وزير الخارجية", "")
    assert _stories._groups_apart(4, a, b, score, sim, [None] * 4, 0.6, None, sides, 0.8).tolist() == [0, 0, 0, 0]
    same = meetings("أمير الرياض يستقبل محافظي المنطقة", "", "أمير الرياض يستقبل المحافظين ورئيس محكمة الاستئناف", "")
    assert _stories._groups_apart(4, a, b, score, sim, [None] * 4, 0.6, None, same, 0.8).tolist() == [0, 0, 0, 0]
    # near-identical copy links whatever the headlines
    assert _stories._groups_apart(4, a, b, score, np.full(3, 0.9), [None] * 4, 0.6, None, hosts, 0.8).tolist() == [0] * 4


def test_an_arrival_and_a_meeting_are_two_events_but_a_departure_tells_nothing() -> None:
    from q7x2lib.compare._headlines import _headline_meetings

    a, b = np.array([0]), np.array([1])
    score, sim = np.array([0.5]), np.array([0.5])
    arrival = _headline_meetings(pd.DataFrame({"title": ["الرئيس الشيشاني يصل جدة", "ولي ولي العهد يلتقي رئيس جمهورية الشيشان"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, arrival, 0.8).tolist() == [0, 1]
    departure = _headline_meetings(pd.DataFrame({"title": ["ولي ولي العهد يغادر يوم غد إلى مصر", "ولي ولي العهد يبحث مع السيسي العلاقات بين البلدين"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, departure, 0.8).tolist() == [0, 0]


def _rites(*titles):
    """The headline kinds (rites, directives, trial steps) of four articles' titles, for the tests below."""
    from q7x2lib.compare._headlines import _headline_rites

    return _headline_rites(pd.DataFrame({"title": list(titles)}))


def _rites_apart(found, similarity=None):
    """The components of four articles linked in a chain 0-1-2-3 (text similarity 0.5 unless given), with the
    headline kinds ``found`` kept apart."""
    a, b, score = np.array([0, 1, 2]), np.array([1, 2, 3]), np.array([0.5, 0.4, 0.45])
    similarity = np.full(3, 0.5) if similarity is None else similarity
    return _stories._groups_apart(4, a, b, score, similarity, [None] * 4, 0.6, None, None, 1.0, found,
                                  _stories.HEADLINE_RITE_COPY).tolist()


def test_a_funeral_and_a_condolence_or_a_death_are_two_events_at_scale() -> None:
    # the condolences to a martyr's family and his funeral; a death and the prayer over the dead in Riyadh
    assert _rites_apart(_rites("متعب بن عبدالله يعزّي أسرة الشهيد السبيعي", "", "أهالي الخرمة يشيعون شهيد الوطن", "")) == [0, 0, 1, 1]
    assert _rites_apart(_rites("وفاة الإعلامي سعود الدوسري", "", "الصلاة على سعود الدوسري عصر اليوم بالرياض", "")) == [0, 0, 1, 1]
    # guards: a death and a condolence, a headline telling the prayer and the condolence, and near-identical copy
    assert _rites_apart(_rites("استشهاد مواطن بمقذوف عسكري يمني", "", "أمير نجران يعزي والد الشهيد آل منصور", "")) == [0] * 4
    both = _rites("أمير عسير يؤدي الصلاة على شهداء مسجد الطوارئ وينقل تعازي الملك", "", "أمير عسير ينقل تعازي القيادة لذوي الشهداء", "")
    assert _rites_apart(both) == [0] * 4
    assert _rites_apart(_rites("وفاة الفنانة ميرنا المهندس", "", "تشييع جثمان ميرنا المهندس", ""), np.full(3, 0.9)) == [0] * 4


def test_condolences_conveyed_at_the_funeral_prayer_stay_with_the_funeral() -> None:
    """A condolence headline over a lead that opens with the funeral prayer tells the funeral too; a family's notice
    that names the burial later in its lead does not (made-up texts)."""
    from q7x2lib.compare._headlines import _headline_rites

    df = pd.DataFrame({"title": ["مدير المجاهدين ينقل تعازي القيادة لذوي الشهيد", "أسرة الفقيد تتلقى العزاء"],
                       "text_clean": ["جموع المصلين يؤدون صلاة الميت على الشهيد عقب صلاة العصر. وعقب الصلاة نقل المدير "
                                      "تعازي القيادة", "تلقت أسرة الفقيد البارحة العزاء في وفاة والدهم الذي أديت الصلاة "
                                      "عليه فجر أمس في المسجد"]})
    at_prayer, notice = _headline_rites(df)
    assert at_prayer == {"condolence", "funeral"} and notice == {"condolence"}
    funeral = _rites("الصلاة على الشهيد بمحافظة الطوال", "", "", "")[0]
    assert _rites_apart([at_prayer, None, funeral, None]) == [0] * 4
    assert _rites_apart([notice, None, funeral, None]) == [0, 0, 1, 1]


def test_a_directive_and_the_death_it_follows_are_two_events_at_scale() -> None:
    # the Emirati soldiers' death and the Deputy Crown Prince's order to treat them as Saudi martyrs
    death = _rites("الإمارات تعلن «استشهاد» 3 من جنودها في اليمن", "",
                  "ولي ولي العهد يوجه بمعاملة الشهداء الإماراتيين معاملة الشهداء السعوديين", "")
    assert _rites_apart(death) == [0, 0, 1, 1]
    # guards: a headline telling the death and the directive, two reports of one directive, an inspection whose
    # second clause directs, and near-identical copy
    assert _rites_apart(_rites("بعد وفاة والدتها قهرا.. وزير التعليم يوجه بفتح تحقيق", "",
                       "بعد صدمة والدتها ووفاتها .. التحقيق في ملف قبول طالبة", "وفاة طالبة بعد رفض قبولها")) == [0] * 4
    assert _rites_apart(_rites("ولي ولي العهد يوجه بمعاملة الشهيد الفلاسي معاملة الشهيد السعودي", "",
                       "محمد بن سلمان يوجه بمعاملة الشهداء الإماراتيين معاملة السعوديين", "")) == [0] * 4
    assert _rites_apart(_rites("مدير الصحة يتفقد المستشفى ويوجه بالتسريع", "", "وفاة مريض في المستشفى", "")) == [0] * 4
    assert _rites_apart(death, np.full(3, 0.9)) == [0] * 4


def test_a_trials_opening_and_a_later_session_are_two_events_at_scale() -> None:
    # the Kuwaiti court opens the mosque bombers' trial; at its second session it releases 11 of them
    assert _rites_apart(_rites("الكويت تبدأ محاكمة المتهمين بتفجير مسجد الصادق", "",
                       "الكويت: إخلاء سبيل 11 متهمًا بتفجير مسجد الإمام الصادق", "")) == [0, 0, 1, 1]
    # guards: a headline telling the opening and the adjournment, a later step and no opening (a postponed camp),
    # a directive and a postponement, and near-identical copy
    assert _rites_apart(_rites("بدء محاكمة حبري.. وتأجيل الجلسة إلى سبتمبر", "", "تأجيل محاكمة الرئيس التشادي السابق إلى 7 سبتمبر", "")) == [0] * 4
    assert _rites_apart(_rites("اتحاد القدم يوجه بوصلته إلى برودوم", "", "تأجيل انضمام لاعبي الهلال إلى الأخضر", "")) == [0] * 4
    assert _rites_apart(_rites("بدء محاكمة المتهمين بتفجير المسجد بالكويت", "", "الكويت تؤجل محاكمة المتهمين إلى الإثنين", ""),
                 np.full(3, 0.9)) == [0] * 4


def test_a_postponement_or_resumption_of_no_trial_tells_no_later_session() -> None:
    """«تأجيل الدراسة» (school postponed) or a club resuming training names no trial: no later session, so it parts
    nothing from a trial's opening; a court's adjournment still tells one."""
    kinds = _rites("الكويت تبدأ محاكمة المتهمين بتفجير مسجد الصادق", "وزير التعليم: لا تأجيل للدراسة",
                   "النصر يستأنف تدريباته بعد العيد", "الكويت تؤجل محاكمة المتهمين إلى الاثنين")
    assert kinds[1] is None and kinds[2] is None and kinds[3] == {"trial_later"}
    assert _rites_apart([kinds[0], None, kinds[1], None]) == [0] * 4
    assert _rites_apart([kinds[0], None, kinds[3], None]) == [0, 0, 1, 1]


def test_a_search_and_the_arrest_or_finding_that_ends_it_are_two_events_at_scale() -> None:
    # the police hunt for two young men who harassed a girl in Taif; the next day they are arrested
    assert _rites_apart(_rites("شرطة مكة تبحث عن شابين تحرشا بفتاة بالطائف", "",
                       "القبض على المتحرشين بفتاة الطائف وإحالتهم لجهة الاختصاص", "")) == [0, 0, 1, 1]
    # divers search a dam for a missing man; his body is recovered; an order to arrest and the arrest
    assert _rites_apart(_rites("غواصو مدني الرياض يواصلون البحث عن مفقود سد وادي نمار", "", "انتشال جثة غريق وادي نمار", "")) == [0, 0, 1, 1]
    assert _rites_apart(_rites("أمير مكة يوجه بسرعة القبض على المتحرشين بفتاتين في جدة", "",
                       "جدة: القبض على أحد المتحرشين بالفتاتين", "")) == [0, 0, 1, 1]
    # guards: two reports of one arrest, a headline telling the search and the arrest, a finding and a death, and
    # near-identical copy
    assert _rites_apart(_rites("شرطة مكة: القبض على المتحرشين بفتاة الطائف", "", "القبض على الأشخاص الذين تحرشوا بفتاة في الطائف", "")) == [0] * 4
    assert _rites_apart(_rites("بعد البحث عنهما يومين.. القبض على المتحرشين بفتاة الطائف", "",
                       "القبض على المتحرشين بفتاة الطائف", "")) == [0] * 4
    assert _rites_apart(_rites("العثور على جثة مواطن مفقود في جازان", "", "وفاة مواطن غرقا في جازان", "")) == [0] * 4
    assert _rites_apart(_rites("شرطة مكة تبحث عن شابين تحرشا بفتاة بالطائف", "", "القبض على المتحرشين بفتاة الطائف", ""),
                 np.full(3, 0.9)) == [0] * 4


def test_market_sessions_told_as_moving_the_other_way_are_two_events_at_scale() -> None:
    # the Saudi index's 3.2% fall on one day and its slight rise the next; the Muscat index up, then down
    assert _rites_apart(_rites("الأسهم السعودية تغلق على تراجع حاد بنسبة 3.20%", "",
                       "مؤشر السوق المالية السعودية يغلق على ارتفاع طفيف", "")) == [0, 0, 1, 1]
    assert _rites_apart(_rites("اقتصادي / مؤشر سوق مسقط يغلق مرتفعًا بنسبة 0.19 %", "",
                       "اقتصادي / مؤشر سوق مسقط يغلق منخفضًا بنسبة 29ر0%", "")) == [0, 0, 1, 1]
    # guards: one session told two ways, a currency's move beside the market's (gold rises as the dollar falls),
    # a level (أدنى مستوى) and a move of one day, a move and no market, and near-identical copy
    assert _rites_apart(_rites("الأسهم السعودية تسجل ارتفاعاً بـ21 نقطة", "", "مؤشر الأسهم يغلق على مكاسب محدودة", "")) == [0] * 4
    assert _rites_apart(_rites("الذهب يرتفع مع تراجع الدولار", "", "الذهب يرتفع والبلاتين والبلاديوم عند أدنى مستوى منذ سنوات", "")) == [0] * 4
    assert _rites_apart(_rites("الذهب عند أدنى مستوياته في 5 سنوات", "", "الذهب يتعافى والأوقية عند 1103 دولارات", "")) == [0] * 4
    assert _rites_apart(_rites("ارتفاع درجات الحرارة في الرياض", "", "انخفاض درجات الحرارة في تبوك", "")) == [0] * 4
    assert _rites_apart(_rites("مؤشر سوق مسقط يغلق مرتفعًا", "", "مؤشر سوق مسقط يغلق منخفضًا", ""), np.full(3, 0.9)) == [0] * 4


def _regions_apart(*titles, similarity=None):
    """The components of four articles linked in a chain 0-1-2-3 (text similarity 0.5 unless given), with the
    regions their headlines name kept apart."""
    from q7x2lib.compare._headlines import _headline_regions

    a, b, score = np.array([0, 1, 2]), np.array([1, 2, 3]), np.array([0.5, 0.4, 0.45])
    similarity = np.full(3, 0.5) if similarity is None else similarity
    regions = _headline_regions(pd.DataFrame({"title": list(titles)}))
    return _stories._groups_apart(4, a, b, score, similarity, [None] * 4, 0.6, regions=regions,
                                  region_copy=_stories.HEADLINE_REGION_COPY).tolist()


def test_one_kind_of_report_from_other_saudi_regions_is_two_events_at_scale() -> None:
    # new teachers invited to interviews in Taif and in Bisha; polling centres readied in Najran and in Al-Baha
    assert _regions_apart("تعليم الطائف تدعو 60 معلماً جديداً لإجراء المقابلات الشخصية", "",
                          "تعليم بيشة يدعو 306 معلماً للمقابلة الشخصية", "") == [0, 0, 1, 1]
    assert _regions_apart("اللجنة المحلية للانتخابات بنجران تجهز 31 مركزا", "", "تجهيز 31 مركزًا انتخابيًا في الباحة", "") == [0, 0, 1, 1]
    # guards: a town and its region (Bisha, Asir), Khaybar of the south (Asir, not Madinah), a headline naming no
    # Saudi place, and near-identical copy
    assert _regions_apart("تعليم بيشة يدعو 306 معلماً للمقابلة الشخصية", "", "إجراء المقابلات الشخصية للمعلمين الجدد في عسير", "") == [0] * 4
    assert _regions_apart("مصرع وإصابة 7 بحادث تصادم في خَيْبَر الجنوب", "", "وفاة وإصابة 9 في تصادم ببيشة", "") == [0] * 4
    assert _regions_apart("تنفيذ حكم القتل قصاصاً في أحد الجناة بجازان", "", "تنفيذ حكم القتل في جان بالعراق", "") == [0] * 4
    # a place after the victims of an earlier incident is not the report's: the Asir bombing's wounded in Riyadh
    assert _regions_apart("المحرج ينقل تحيات نائب المليك للمصابين بمستشفى قوى الأمن بالرياض", "",
                          "مدير الأمن العام ينقل تحيات نائب خادم الحرمين لمصابي التفجير الإرهابي في مسجد قوة الطوارئ في عسير",
                          "") == [0] * 4
    assert _regions_apart("تنفيذ حكم القتل قصاصاً في أحد الجناة بجازان", "", "تنفيذ حكم القتل قصاصًا في أحد الجناة بالمنطقة الشرقية", "",
                          similarity=np.full(3, 0.9)) == [0] * 4


def test_a_headline_naming_a_trial_and_no_later_session_tells_its_opening() -> None:
    # the Habre trial opens in Dakar ("a historic trial"); the next day it is adjourned to 7 September
    assert _rites_apart(_rites("محاكمة تاريخية وغير مسبوقة لرئيس تشاد السابق في السنغال", "",
                       "تأجيل محاكمة الرئيس التشادي السابق في السنغال إلى 7 سبتمبر", "")) == [0, 0, 1, 1]
    # guards: two reports of the adjournment (the trial named in both), a trial named beside no later session, and
    # near-identical copy
    assert _rites_apart(_rites("إرجاء محاكمة الرئيس التشادي الأسبق إلى ديسمبر المقبل", "",
                       "تأجيل محاكمة الرئيس التشادي السابق في السنغال إلى 7 سبتمبر", "")) == [0] * 4
    assert _rites_apart(_rites("محاكمة تاريخية لرئيس تشاد السابق في السنغال", "", "التشاديون يأملون طي صفحة رهيبة من تاريخهم", "")) == [0] * 4
    assert _rites_apart(_rites("محاكمة تاريخية لرئيس تشاد السابق في السنغال", "", "تأجيل محاكمة الرئيس التشادي السابق", ""),
                 np.full(3, 0.9)) == [0] * 4


def test_condolences_offered_by_other_subjects_are_two_events_at_scale() -> None:
    from q7x2lib.compare._headlines import _headline_meetings

    a, b = np.array([0]), np.array([1])
    score, sim = np.array([0.5]), np.array([0.5])
    # Prince Mutaib's condolences to al-Sobaie's family, and Prince Turki's two days later
    two = _headline_meetings(pd.DataFrame({"title": ["متعب بن عبدالله يعزّي أسرة الشهيد ماجد السبيعي",
                                                     "الأمير تركي بن عبد الله يعزي أسرة الشهيد السبيعي بالخرمة"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, two, 0.8).tolist() == [0, 1]
    # guards: one minister's condolences, the family written two ways; a condolence and a meeting; near-identical copy
    one = _headline_meetings(pd.DataFrame({"title": ["وزير التعليم يعزي أسرة غريق في بركة داخل مدرسة",
                                                     "وزير التعليم  يعزي ذوي حارس مدرسة بالقريات"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, one, 0.8).tolist() == [0, 0]
    mixed = _headline_meetings(pd.DataFrame({"title": ["أمير عسير يعزي أسرة الشهيد", "أمير عسير يستقبل أسرة الشهيد"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, mixed, 0.8).tolist() == [0, 0]
    assert _stories._groups_apart(2, a, b, score, np.array([0.9]), [None] * 2, 0.6, None, two, 0.8).tolist() == [0, 0]



def test_regions_table_reads_the_island_of_farasan_and_not_safavid_or_knights() -> None:
    from q7x2lib.compare._headlines import _headline_regions

    titles = pd.DataFrame({"title": ["رئيس البرلمان: خطاب صفوي يثير الفتنة", "«فرسان رنية» يستعرضون في المهرجان",
                                     "انقطاع الكهرباء عن جزيرة فرسان", "مهرجان القطيف يختتم فعالياته"]})
    assert [sorted(r) if r else None for r in _headline_regions(titles)] == [None, ["makkah"], ["jazan"], ["eastern"]]


def test_the_late_attachments_keep_a_lone_report_from_another_saudi_region_apart() -> None:
    # made up: a and b: a school fire in Jazan told twice; c: a school fire in Najran, near their centroid; d, e
    # another pair of lone reports, a fire in Jazan and one in Najran, each the other's best partner
    from q7x2lib.compare._headlines import _headline_regions

    titles = ["حريق في مدرسة بجازان", "حريق مدرسة في جازان", "حريق في مدرسة بنجران", "حريق مستودع في صبيا", "حريق مستودع في نجران"]
    regions = _headline_regions(pd.DataFrame({"title": titles}))
    df = pd.DataFrame({"doc_id": list("abcde"), "title": titles, "text_clean": [
        "اندلع حريق في مدرسة ابتدائية وباشرت فرق الدفاع المدني إخماده دون إصابات",
        "اندلع حريق في مدرسة ابتدائية وباشرت فرق الدفاع المدني إخماده ولا إصابات",
        "اندلع حريق في مدرسة ابتدائية وباشرت فرق الدفاع المدني إخماده",
        "اندلع حريق في مستودع تجاري وباشرته فرق الدفاع المدني",
        "اندلع حريق في مستودع تجاري وباشرته فرق الدفاع المدني مساء"]})
    x = _sparse.unit_rows(_sparse.headline_vectors(df)[0])
    group = np.array([0, 0, 1, 2, 3])
    assert _stories._attach_to_centroid(group, x, np.zeros(5)).tolist()[:3] == [0, 0, 0]
    apart = _stories._elsewhere_than_group(group, regions)
    assert _stories._attach_to_centroid(group, x, np.zeros(5), apart=apart).tolist() == [0, 0, 1, 2, 3]
    a, b, score = np.array([3]), np.array([4]), np.array([0.8])
    assert _stories._pair_lone(group, a, b, score)[0].tolist() == [0, 0, 1, 2, 2]

    def elsewhere(r, c):
        return np.array([bool(regions[i] and regions[j] and regions[i].isdisjoint(regions[j])) for i, j in zip(r, c)])
    joined, used = _stories._pair_lone(group, a, b, score, apart=elsewhere)
    assert joined.tolist() == [0, 0, 1, 2, 3] and used.tolist() == []


def _two_bridged_cores(head_share: float, text_share: float) -> tuple:
    """The arguments of _split_cores for two made-up cores of eight articles joined by one bridge; each core's
    headlines and texts share a word of weight head_share and text_share with the other core's."""
    s = np.sqrt(head_share)
    head = sparse.csr_matrix(np.array([[1.0, 0, s]] * 8 + [[0, 1.0, s]] * 8)) / np.sqrt(1 + s * s)
    t = np.sqrt(text_share)
    text = sparse.csr_matrix(np.array([[1.0, 0, t]] * 8 + [[0, 1.0, t]] * 8)) / np.sqrt(1 + t * t)
    core = [(i, j) for i in range(8) for j in range(i + 1, 8)]
    a = np.array([i for i, _ in core] + [i + 8 for i, _ in core] + [7])
    b = np.array([j for _, j in core] + [j + 8 for _, j in core] + [8])
    score = np.array([0.8] * (2 * len(core)) + [0.4])  # one bridge between the two cores
    return (np.zeros(16, dtype=int), a, b, score, head, text, _stories.CORE_MIN_SIZE, _stories.CORE_HEADLINE,
            _stories.CORE_TEXT)


def test_in_a_large_group_cores_whose_headlines_share_only_the_story_part() -> None:
    # made-up headlines of one busy day: "رئيس الاتحاد يعلن موعد انتخابات الاتحاد" (0-7) and "محتج يرمي رئيس الاتحاد
    # بأوراق نقدية" (8-15); both name the union's president, so the cores' headlines are 0.13 alike, their texts 0.2
    args = _two_bridged_cores(0.15, 0.25)
    head, text = args[4], args[5]
    assert 0.12 < (head[0] @ head[8].T).toarray()[0, 0] < _stories.CORE_LARGE_HEADLINE
    assert _stories._split_cores(*args).tolist() == [0] * 16  # above the bar of smaller groups: kept whole
    large = dict(large=_stories.CORE_LARGE, large_headline=_stories.CORE_LARGE_HEADLINE)
    assert _stories._split_cores(*args, **large).tolist() == [0] * 8 + [1] * 8
    # the same two cores in a group of fewer articles than CORE_LARGE keep the ordinary bar
    small = dict(large=17, large_headline=_stories.CORE_LARGE_HEADLINE)
    assert _stories._split_cores(*args, **small).tolist() == [0] * 16


def test_in_a_large_group_cores_whose_texts_share_the_story_words_part_too() -> None:
    # made-up cores of one visit: "الوزير يصل إلى العاصمة" (0-7) and "بيان مشترك في ختام زيارة الوزير" (8-15), two
    # days' reports of one visit; both tell the visit's background, so their texts are a third alike (above
    # CORE_TEXT), their headlines 0.13
    args = _two_bridged_cores(0.15, 0.5)
    text = args[5]
    assert _stories.CORE_TEXT < (text[0] @ text[8].T).toarray()[0, 0] < _stories.CORE_LARGE_TEXT
    large = dict(large=_stories.CORE_LARGE, large_headline=_stories.CORE_LARGE_HEADLINE)
    assert _stories._split_cores(*args, **large).tolist() == [0] * 16  # the ordinary text bar: kept whole
    assert _stories._split_cores(*args, **large, large_text=_stories.CORE_LARGE_TEXT).tolist() == [0] * 8 + [1] * 8
    # in a group of fewer articles than CORE_LARGE both bars are the ordinary ones
    small = dict(large=17, large_headline=_stories.CORE_LARGE_HEADLINE, large_text=_stories.CORE_LARGE_TEXT)
    assert _stories._split_cores(*args, **small).tolist() == [0] * 16


def test_a_season_opening_and_its_closing_are_two_events_but_not_a_market_close() -> None:
    # made-up headlines: a tournament opened, its winner crowned the next day, and a market's session "at its close"
    df = pd.DataFrame({"title": ["انطلاق بطولة الفروسية على كأس أمير تبوك", "الفارس سالم يتوج بكأس أمير تبوك للفروسية",
                                 "اختتام دورة الحاسب الآلي في بيش", "الأسهم الخليجية ترتفع في ختام التعاملات",
                                 "أمير تبوك يدشن مهرجان الورد ويختتم زيارته"]})
    opening, closing, closed, market, both = _headlines._headline_rites(df)
    assert opening == {"opening"} and closing == {"closing"} and closed == {"closing"}
    assert market == {"market_up"} and both == {"opening", "closing"}
    assert _headlines._other_rite(opening, closing) and not _headlines._other_rite(both, closing)
    assert not _headlines._other_rite(closing, market)


def test_a_chain_of_like_reports_over_a_week_parts_by_its_span() -> None:
    # made-up: "حريق في مزارع النخيل" on days 0-2 (0-3) and another on days 5-6 (4-7), one bridge 3-4 two days apart
    head = sparse.csr_matrix(np.ones((8, 1)))  # the same headline words: the core bars never part them
    core = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    a = np.array([i for i, _ in core] + [i + 4 for i, _ in core] + [3])
    b = np.array([j for _, j in core] + [j + 4 for _, j in core] + [4])
    score = np.array([0.8] * 12 + [0.5])
    days = np.array([0.0, 1, 1, 3, 5, 6, 6, 7])
    args = (np.zeros(8, dtype=int), a, b, score, head, head, 4, 0.1, 0.3, days)
    assert _stories._split_cores(*args).tolist() == [0] * 8
    assert _stories._split_cores(*args, max_span=_stories.CORE_MAX_SPAN).tolist() == [0] * 4 + [1] * 4
    assert _stories._split_cores(*args, max_span=7).tolist() == [0] * 8  # a week's bound keeps them whole


def test_a_lone_late_copy_joins_its_original_event_days_later_but_not_a_counted_or_later_one() -> None:
    # a, b: one charity convoy told by two outlets on day 0; c: a print outlet's copy of a on day 3; d: the third convoy
    # in the same words as the second (e) three days later; f: a copy of a and c eight days after a; g: a transfer on day 3
    df = pd.DataFrame({"doc_id": list("abcdefg"), "title": [
        "وصول قافلة إغاثة سعودية إلى مدينة تعز", "قافلة إغاثة سعودية تصل مدينة تعز",
        "وصول قافلة إغاثة سعودية إلى مدينة تعز", "وصول القافلة الثالثة إلى مدينة الحديدة",
        "وصول القافلة الثانية إلى مدينة الحديدة", "وصول قافلة إغاثة سعودية إلى مدينة تعز",
        "الاتحاد يتعاقد مع مهاجم برازيلي"], "text_clean": [
        "وصلت قافلة إغاثة سعودية تحمل مئتي طن من الأغذية والأدوية إلى مدينة تعز اليمنية صباح اليوم",
        "قافلة من مئتي طن من الأغذية والأدوية تصل إلى تعز اليمنية قادمة من المملكة",
        "وصلت قافلة إغاثة سعودية تحمل مئتي طن من الأغذية والأدوية إلى مدينة تعز اليمنية صباح أمس",
        "وصلت القافلة الثالثة من المساعدات الطبية إلى مدينة الحديدة محملة بالأدوية والمستلزمات",
        "وصلت القافلة الثانية من المساعدات الطبية إلى مدينة الحديدة محملة بالأدوية والمستلزمات",
        "وصلت قافلة إغاثة سعودية تحمل مئتي طن من الأغذية والأدوية إلى مدينة تعز اليمنية صباح اليوم",
        "تعاقد نادي الاتحاد مع مهاجم برازيلي لمدة موسمين قادما من الدوري البرتغالي"]})
    body, head = _sparse.headline_vectors(df)
    x = _stories._article_rows(body, head)
    day = np.array([0.0, 0, 3, 3, 0, 8, 3])
    group = np.array([0, 0, 1, 2, 3, 4, 5])
    ordinals = _headlines._headline_ordinals(df)
    joined = _stories._attach_late_copies(group, x, day, 2, ordinals)
    assert joined[2] == joined[0] and len(set(joined[[0, 3, 4, 5, 6]])) == 5  # c joins; d, f and g stay alone
    assert len(set(_stories._attach_late_copies(group, x, day, 3, ordinals))) == 6  # three days: inside the links' window
    assert len(set(_stories._attach_late_copies(group, x, day, 2, ordinals, threshold=1.01))) == 6


def test_event_groups_at_scale_attach_late_copies_last_beyond_the_links_window(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []

    def spy(group, x, day, near_days, ordinals=None, threshold=None, within_days=None):
        seen.append((len(group), near_days, ordinals is not None))
        return np.where(np.arange(len(group)) == len(group) - 1, group[0], group)  # the last article joins the first's

    monkeypatch.setattr(_stories, "_attach_late_copies", spy)
    groups = compare.event_groups(df, mentions=find_mentions(df), max_days=2).set_index("doc_id")["event_group"]
    assert seen == [(len(df), 2, True)] and groups.iloc[-1] == groups.iloc[0]


def test_group_label_names_its_actors_in_arabic(corpus) -> None:
    # the bundled April call's group was labelled «… · blinken nato · يورو عربي»: actor ids in an Arabic label
    mentions = find_mentions(corpus)
    labels = compare.group_labels(corpus, compare.event_groups(corpus, mentions=mentions), mentions=mentions)
    assert labels.loc[0, "actors"] == "أنتوني بلينكن، حلف شمال الأطلسي"
    assert " · أنتوني بلينكن، حلف شمال الأطلسي · يورو عربي" in labels.loc[0, "label"]
    assert not labels["actors"].str.contains("[A-Za-z]").any()


def test_named_places_reads_towns_cities_and_regions_as_written() -> None:
    places = _headlines._named_places(["اندلاع حريق في مستودع بخميس مشيط", "أمطار غزيرة على أبها وخميس مشيط",
                                       "الهلال يفوز على النصر", None, "وصول قافلة إلى تعز وللمكلا"])
    assert places[0] == {"خميس مشيط"} and places[1] == {"ابها", "خميس مشيط"}
    assert places[2] == frozenset() and places[3] == frozenset() and places[4] == {"تعز", "المكلا"}


def rewritten_reports() -> tuple:
    # a, b: one fire told by two outlets; c: a third outlet's rewrite, alone; d: a fire in another city the same day;
    # e: a rewrite of a and b that names no place; f: a statement ("X: ...") near them
    df = pd.DataFrame({"doc_id": list("abcdef"), "title": [
        "حريق في مستودع للأخشاب بالدمام", "الدفاع المدني يخمد حريقا في مستودع أخشاب بالدمام",
        "النيران تلتهم مستودعا في الدمام", "حريق في مستودع للأخشاب بجدة", "إخماد حريق مستودع أخشاب",
        "مدير الدفاع المدني: لا إصابات في حريق المستودع"], "text_clean": [
        "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع للأخشاب في الدمام دون إصابات",
        "تمكنت فرق الدفاع المدني من إخماد حريق في مستودع للأخشاب في الدمام ولم تسجل إصابات",
        "التهمت النيران مستودعا في الدمام قبل أن تسيطر عليها الفرق",
        "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع للأخشاب في جدة دون إصابات",
        "التهمت النيران مستودعا قبل أن تسيطر عليها الفرق",
        "قال مدير الدفاع المدني إن الحريق لم يسفر عن إصابات"]})
    body, head = _sparse.headline_vectors(df)
    return df, _stories._article_rows(body, head)


def test_a_lone_rewrite_naming_the_place_joins_the_event_at_the_lower_centroid_bar() -> None:
    df, x = rewritten_reports()
    group, day, said = np.array([0, 0, 1, 2, 3, 4]), np.zeros(6), df["title"].str.match(_stories._HEADLINE_SAID_RE).to_numpy()
    centres, _ = _stories._group_centroids(group, x, day)
    alike = _stories._row_dot_pairs(x, np.array([2, 4]), centres, np.array([0, 0]))
    a, b, score = np.array([0, 0, 0, 0]), np.array([2, 3, 4, 5]), np.array([0.25, 0.6, 0.25, 0.3])
    titles, texts = df["title"].to_numpy(), df["text_clean"].to_numpy()
    bars = {"ALONE_ATTACH_CENTROID": float(alike.max()) + 0.01, "ALONE_PLACE_CENTROID": float(alike.min()) - 0.01}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in bars.items():
            patch.setattr(_stories, name, value)
        joined, used = _stories._attach_lone(group, a, b, score, x, day, said, places=(texts, titles),
                                            apart=lambda r, c: _stories._headlines_apart(titles, r, c))
    # c names the place and joins; d names another city (refused); e names none (the higher bar); f speaks
    assert joined[2] == joined[0] and len(set(joined[[0, 3, 4, 5]])) == 4 and used.tolist() == [0]


def test_two_lone_rewrites_do_not_pair_by_the_alone_rule() -> None:
    df, x = rewritten_reports()
    group, day, said = np.arange(6), np.zeros(6), np.zeros(6, dtype=bool)
    joined, used = _stories._attach_lone(group, np.array([0]), np.array([1]), np.array([0.4]), x, day, said,
                                         places=(df["text_clean"].to_numpy(), df["title"].to_numpy()))
    assert joined.tolist() == group.tolist() and used.tolist() == []


def test_a_lone_article_more_than_a_day_from_its_partners_event_is_not_attached() -> None:
    df, x = rewritten_reports()
    group, day, said = np.array([0, 0, 1, 2, 3, 4]), np.array([3.0, 3, 0, 0, 0, 0]), np.zeros(6, dtype=bool)
    joined, used = _stories._attach_lone(group, np.array([0]), np.array([2]), np.array([0.5]), x, day, said,
                                         places=(df["text_clean"].to_numpy(), df["title"].to_numpy()))
    assert joined.tolist() == group.tolist() and used.tolist() == []


def test_a_lone_report_from_another_place_than_its_partners_whole_group_is_not_attached() -> None:
    # a, b: one round-up of Eid visits to patients in Tabuk (b names no place); c: a visit in Hail, alone, whose best
    # partner is b; d: a visit with no place named, alone, partner b too
    df = pd.DataFrame({"doc_id": list("abcd"), "title": [
        "أمير تبوك يعايد المرضى المنومين في المستشفى", "زيارة المرضى المنومين ومعايدتهم في أول أيام العيد",
        "محافظ حائل يعايد المرضى المنومين", "مدير المستشفى يعايد المرضى المنومين"], "text_clean": [
        "عايد الأمير المرضى المنومين في مستشفى الملك خالد في أول أيام العيد", "عايد المسؤولون المرضى المنومين في أول أيام العيد",
        "عايد المحافظ المرضى المنومين في المستشفى العام في أول أيام العيد", "عايد المدير المرضى المنومين في أول أيام العيد"]})
    body, head = _sparse.headline_vectors(df)
    x = _stories._article_rows(body, head)
    group, day, said = np.array([0, 0, 1, 2]), np.zeros(4), np.zeros(4, dtype=bool)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_stories, "ALONE_ATTACH_CENTROID", -1.0)
        patch.setattr(_stories, "ALONE_PLACE_CENTROID", -1.0)
        joined, used = _stories._attach_lone(group, np.array([2, 3]), np.array([1, 1]), np.array([0.3, 0.3]), x, day,
                                             said, places=(df["text_clean"].to_numpy(), df["title"].to_numpy()))
    assert joined[3] == joined[0] and joined[2] != joined[0] and used.tolist() == [1]


def test_headlines_of_one_template_telling_other_things_are_read_as_a_round_up() -> None:
    titles = np.array([
        "عام / اهتمامات الصحف التونسية",  # 0
        "عام / اهتمامات الصحف الأردنية",  # 1: the same daily review, another country's press
        "عام / اهتمامات الصحف التونسية الصادرة اليوم",  # 2: the same review, told at more length
        "وزير الصحة يزور مستشفى الولادة",  # 3
        "وزير الصحة يتفقد مستشفى الولادة بالمدينة",  # 4: two opening words only, and a word shared after them
        "أمانة جدة تغلق مطعما مخالفا",  # 5
        "أمانة جدة تغلق ثلاثة مطاعم"])  # 6: an opening of three words, then no word shared
    r, c = np.array([1, 2, 4, 6, 1, 1]), np.array([0, 0, 3, 5, 0, 0])
    similarity = np.array([0.3, 0.3, 0.3, 0.3, 0.3, 0.3])
    score = np.array([0.35, 0.35, 0.35, 0.35, 0.35, 0.35])
    similarity[4] = 0.9  # near copy of one release: never read as a template
    score[5] = 0.1  # below any pass's score: not read
    assert _stories._headline_template(titles, r, c, similarity, score).tolist() == [True, False, False, True, False, False]


def test_headlines_opening_with_one_named_event_are_not_a_template() -> None:
    titles = np.array([
        "مهرجان الساحل الشعبي الأول يواصل عروض الفرق",  # 0
        "مهرجان الساحل الشعبي الأول يختتم بتكريم الفائزين",  # 1: the same festival's next day
        "انطلاق فعاليات معرض الكتاب بالمدينة وسط حضور كبير",  # 2
        "انطلاق فعاليات معرض الكتاب بالمدينة يستقطب الزوار",  # 3: an exhibition's name within the first three words
        "أمانة جدة تغلق مطعما مخالفا",  # 4
        "أمانة جدة تغلق ثلاثة مطاعم",  # 5: no event named: still a template
        "بلدية الطائف تنظم حفلا لأهالي الحي",  # 6
        "بلدية الطائف تنظم معرضا للأسر المنتجة",  # 7: the event word only after the opening: still a template
        "انطلاق فعاليات مهرجان صيف الواحة",  # 8
        "انطلاق فعاليات مهرجان التمور بالقصيم"])  # 9: the event word ends the opening, two festivals: a template
    r, c = np.array([1, 3, 5, 7, 9]), np.array([0, 2, 4, 6, 8])
    similarity, score = np.full(5, 0.3), np.full(5, 0.35)
    assert _stories._headline_template(titles, r, c, similarity, score).tolist() == [False, False, True, True, True]


def _rain_and_four_others() -> pd.DataFrame:
    """Two reports of one rain in Jeddah and four articles of nothing alike, all on one day."""
    words = ["أمطار غزيرة تغمر شوارع جدة وتعطل حركة السير", "أمطار غزيرة تغمر شوارع جدة وتعطل السير صباح اليوم"]
    return pd.DataFrame({"doc_id": list("abcdef"), "published": pd.to_datetime(["2015-08-01"] * 6),
                         "title": ["أمطار جدة", "أمطار جدة اليوم", "مباراة", "مؤتمر", "معرض", "سباق"],
                         "text_clean": words + ["فاز الفريق في مباراة كرة القدم", "عقد المؤتمر الصحفي في الرياض",
                                                "افتتح المعرض الدولي للكتاب", "انطلق سباق الهجن في الطائف"]})


def _guard_parts_every_pair(monkeypatch, guard: str) -> None:
    """With the pair guard ``guard`` of _stories saying yes to every candidate pair (its arguments: the texts, then
    the pairs' rows r and columns c, ...), nothing links at scale; saying no, the control, a and b link."""
    seen = []

    def every(texts, r, *rest, **kw):
        seen.append(len(r))
        return np.ones(len(r), dtype=bool)

    monkeypatch.setattr(_stories, guard, every)
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    df = _rain_and_four_others()
    mentions = find_mentions(df)
    assert _stories.event_groups(df, mentions=mentions)["event_group"].nunique() == 6
    assert seen
    monkeypatch.setattr(_stories, guard, lambda texts, r, *rest, **kw: np.zeros(len(r), dtype=bool))
    assert _stories.event_groups(df, mentions=mentions)["event_group"].tolist()[:3] == [0, 0, 1]  # the control: a and b link


def test_a_template_pair_does_not_link_at_scale(monkeypatch) -> None:
    _guard_parts_every_pair(monkeypatch, "_headline_template")  # every pair a template: nothing links


def test_leads_that_tell_of_other_places_are_read_as_a_round_up() -> None:
    texts = np.array([
        "نظمت بلدية محافظة الخرج أمس حفلا لتكريم العاملين في النظافة. وحضر الحفل عدد من المسؤولين",  # 0
        "نظمت بلدية محافظة القريات أمس حفلا لتكريم العاملين في النظافة. وحضر الحفل عدد من المسؤولين",  # 1: another town
        "كرمت البلدية في الخرج 45 عاملا أمس في حفل أقيم بمقرها الرئيس وسط حضور كبير",  # 2: one place in common
        "كرمت البلدية في بريدة 45 عاملا أمس في حفل أقيم بمقرها الرئيس وسط حضور كبير",  # 3: one number in common with 2
        "أعلن الدفاع المدني في أبها السيطرة على حريق اندلع في مستودع للأخشاب صباح اليوم",  # 4
        "أعلن الدفاع المدني بمنطقة عسير السيطرة على حريق اندلع في مستودع صباح اليوم",  # 5: a town and its region
        "أعلن الدفاع المدني السيطرة على حريق اندلع في مستودع للأخشاب صباح اليوم دون إصابات"])  # 6: no place named
    r, c = np.array([0, 0, 2, 4, 4, 0, 0]), np.array([1, 2, 3, 5, 6, 1, 1])
    similarity, score = np.full(7, 0.3), np.full(7, 0.35)
    similarity[5] = 0.8  # near copy of one release: never read
    score[6] = 0.1  # below any pass's score: not read
    assert _stories._leads_elsewhere(texts, r, c, similarity, score).tolist() == [True, False, False, False, False,
                                                                                   False, False]


def test_a_lead_is_the_first_sentence_and_its_facts_are_places_regions_and_numbers() -> None:
    assert _headlines._lead("قال. المتحدث الرسمي باسم الشرطة في الرياض إن دورية ضبطت 3 أشخاص. وأضاف أن") == (
        "قال. المتحدث الرسمي باسم الشرطة في الرياض إن دورية ضبطت 3 أشخاص")  # no cut in the first 40 characters
    assert _headlines._lead("كلمة " * 100) == ("كلمة " * 100)[:_headlines.LEAD_CHARS]
    places, regions, numbers = _headlines._lead_facts(["افتتح محافظ الطائف 12 مشروعا بتكلفة 3.5 مليون ريال"])[0]
    assert places == {"الطائف"} and regions == {"makkah"} and numbers == {"12", "3.5"}


def test_leads_elsewhere_do_not_link_at_scale(monkeypatch) -> None:
    _guard_parts_every_pair(monkeypatch, "_leads_elsewhere")  # every pair from other places: nothing links


def test_a_lone_brief_that_repeats_a_reports_lead_joins_its_event_not_one_of_another_template() -> None:
    # a, b: one report of a wire story and its rewrite (one event); c: a short brief under another headline that opens
    # with a's lead word for word; d: the same brief two days later; e: one firm's results in the words of another's
    # (a template: the headlines tell the same thing of other subjects); f: a transfer, alone
    lead = ("أعلنت وزارة الصحة اليوم تسجيل إحدى عشرة حالة إصابة جديدة بفيروس كورونا في الرياض وجدة والدمام، "
            "وأوضحت الوزارة في بيانها أن ثماني حالات منها لمخالطين لحالات سابقة وأن ثلاثا لعاملين في القطاع الصحي، "
            "وأن حالة المصابين مستقرة")  # longer than the lead the rule reads (LEAD_ATTACH_CHARS)
    df = pd.DataFrame({"doc_id": list("abcdef"), "title": [
        "الصحة: إحدى عشرة إصابة جديدة بكورونا", "تسجيل إصابات جديدة بكورونا في ثلاث مدن", "في سطور",
        "في سطور", "«الأسماك» تعلن تراجع خسائرها المتراكمة", "الاتحاد يتعاقد مع مهاجم برازيلي"], "text_clean": [
        lead + " وأن الفرق الطبية تتابع المخالطين منذ الأسبوع الماضي",
        "سجلت وزارة الصحة حالات جديدة بالفيروس في ثلاث مدن وقالت إن الفرق تتابع المخالطين",
        lead + ". ويأتي ذلك ضمن الإحصاء اليومي", lead + ". ويأتي ذلك ضمن الإحصاء اليومي",
        "أعلنت شركة الأسماك اليوم تراجع خسائرها المتراكمة إلى ثلاثمائة مليون ريال بنهاية النصف الأول من العام، "
        "وقالت في بيان على موقع السوق المالية إن تراجع الخسائر يعود إلى انخفاض تكاليف التشغيل وارتفاع المبيعات",
        "تعاقد نادي الاتحاد مع مهاجم برازيلي لمدة موسمين قادما من الدوري البرتغالي"]})
    group, day = np.array([0, 0, 1, 2, 3, 4]), np.array([0.0, 0, 1, 3, 0, 0])
    texts, titles = df["text_clean"].to_numpy(), df["title"].to_numpy()
    joined = _stories._attach_same_lead(group, texts, day, apart=lambda r, c: _stories._headlines_apart(titles, r, c))
    assert joined[2] == joined[0] and len(set(joined[[0, 3, 4, 5]])) == 4  # c joins a's event; d, e, f stay alone
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_stories, "LEAD_ATTACH", 1.01)
        assert len(set(_stories._attach_same_lead(group, texts, day))) == 5  # without the rule c stays alone
    # two firms' results in one template's words: joined by lead alone, kept apart by their headlines
    template = df.iloc[[4, 4]].assign(doc_id=["g", "h"], title=["«الأسماك» تعلن تراجع خسائرها المتراكمة", "«الأسمنت» تعلن تراجع خسائرها المتراكمة"],
                                      text_clean=[texts[4], texts[4].replace("الأسماك", "الأسمنت")])
    pair_titles = template["title"].to_numpy()
    assert len(set(_stories._attach_same_lead(np.array([0, 1]), template["text_clean"].to_numpy(), np.zeros(2)))) == 1
    assert len(set(_stories._attach_same_lead(np.array([0, 1]), template["text_clean"].to_numpy(), np.zeros(2),
                                              apart=lambda r, c: _stories._headlines_apart(pair_titles, r, c)))) == 2


def test_event_groups_at_scale_attach_by_lead_last(monkeypatch) -> None:
    df = scale_frame()
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    seen = []

    def spy(group, texts, day, apart=None):
        seen.append((len(group), len(texts), apart is not None))
        return np.where(np.arange(len(group)) == len(group) - 1, group[0], group)  # the last article joins the first's

    monkeypatch.setattr(_stories, "_attach_same_lead", spy)
    groups = compare.event_groups(df, mentions=find_mentions(df), max_days=2).set_index("doc_id")["event_group"]
    assert seen == [(len(df), len(df), True)] and groups.iloc[-1] == groups.iloc[0]


def test_headlines_apart_reads_with_the_keywords_built_once_for_the_grouping(monkeypatch) -> None:
    # event_groups builds _read_with(tables) once and hands it to every _headlines_apart call (read=)
    titles = np.array(["وزارة النقل تقيم حفل معايدة لمنسوبيها", "«السجون» تقيم حفل معايدة لمنسوبيها",
                       "خادم الحرمين ووزيرة خارجية إندونيسيا يبحثان أوجه التعاون",
                       "خادم الحرمين ووزير خارجية مصر يبحثان التعاون الثنائي"])
    r, c = np.array([1, 2]), np.array([0, 3])
    expected = _stories._headlines_apart(titles, r, c).tolist()

    def rebuilt(tables):
        raise AssertionError("_read_with rebuilt at a call")

    monkeypatch.setattr(_stories, "_read_with", rebuilt)
    assert _stories._headlines_apart(titles, r, c, read={}).tolist() == expected == [True, True]


# --- openings that tell nothing of the event --------------------------------------------------------


def test_openings_that_tell_nothing_of_the_event_are_taken_off() -> None:
    body = "أعلنت الشرطة القبض على ثلاثة أشخاص سرقوا محلا تجاريا."
    for opening in ["خالد سعيد- سبق- الطائف: ", "سبق - أبها : ", "Next Previous عين اليوم – تبوك\n\n",
                    "سارة علي – عين اليوم\n\n", "حائل 3 ذو القعدة 1436 هـ الموافق 17 أغسطس 2015 م واس ",
                    "Next Previous عين اليوم – تبوك\n\nخالد سعيد- سبق- الطائف: "]:
        assert (opening + body)[_stories._opening_end(opening + body):] == body, opening
    for text in [body, "قال وزير الداخلية: إن الأمن مستتب.",  # a speaker's colon, no dash
                 "أعلنت الوزارة نتائج القبول.\n\nوقالت إن ...",  # a first paragraph that ends a sentence
                 "قال المتحدث باسم الشرطة في المنطقة الشرقية العقيد فلان الفلاني لوسائل الإعلام\n\nإن ...",  # long
                 "وزير الخارجية في مؤتمر صحفي عقده أمس بالرياض مع نظيره - وهو: ..."]:
        assert _stories._opening_end(text) == 0, text
    headline = "حريق في مستودع بجدة"  # a text that opens with its headline: the headline tells the event
    assert _stories._opening_end(headline + "\n\n" + body, headline) == 0 < _stories._opening_end(headline + "\n\n" + body)


def test_text_without_its_opening_keeps_the_opening_and_its_normal_form() -> None:
    df = pd.DataFrame({"doc_id": ["a", "b"], "text_clean": ["سبق- جدة: أُعلنت النتائج.", "أُعلنت النتائج."],
                       "text_norm": ["x", "اعلنت النتائج."]})
    out, openings = _stories._without_openings(df, "text_clean")
    assert out["text_clean"].tolist() == ["أُعلنت النتائج.", "أُعلنت النتائج."] and openings == ["سبق- جدة:", None]
    assert out["text_norm"].tolist()[1] == "اعلنت النتائج." and "سبق" not in out["text_norm"].tolist()[0]
    assert df["text_clean"].tolist()[0].startswith("سبق")  # the caller's frame is left as it was


def test_openings_naming_other_cities_keep_two_reports_apart_at_scale(monkeypatch) -> None:
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)

    def groups(city_a: str, city_b: str) -> list:
        df = _rain_and_four_others()
        bodies = ["أمطار غزيرة تغمر الشوارع وتعطل حركة السير", "أمطار غزيرة تغمر الشوارع وتعطل السير صباح اليوم"]
        df["text_clean"] = [f"عين اليوم – {city_a}\n\n" + bodies[0], f"سبق- {city_b}: " + bodies[1],
                            *df["text_clean"].iloc[2:]]
        return _stories.event_groups(df, mentions=find_mentions(df))["event_group"].tolist()[:3]

    assert groups("جدة", "جدة") == [0, 0, 1]  # one city: one event
    assert groups("جدة", "الدمام") == [0, 1, 2]  # the openings name two cities: two events


def test_event_groups_read_the_headlines_with_the_users_tables_built_once(monkeypatch) -> None:
    """At scale the headline speakers, meetings and the pairs kept apart are read with one reading of the caller's
    tables (:func:`_headlines._read_with`), built once per grouping; the user's rows still part two reactions."""
    from q7x2lib.actors import user_tables

    df = reactions_frame().assign(title=["رابطة الزمرد: تصريحات الوزير الإيراني تدخل مرفوض",
                                         "رابطة الياقوت: تصريحات الوزير الإيراني إساءة مرفوضة", "أمير عسير يستقبل رئيس الغرفة",
                                         "اتفاقية سعودية فرنسية للطاقة", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"])
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    own = pd.DataFrame({"actor_id": ["emerald_league", "ruby_league"], "country": ["KWT", "QAT"], "agent": ["NGO", "NGO"],
                        "name_en": ["Emerald League", "Ruby League"], "phrase": ["رابطة الزمرد", "رابطة الياقوت"],
                        "note": ["", ""]})
    tables = user_tables(table_paths={"organisations": own})
    read = _headlines._read_with(tables)
    assert _headlines._headline_speakers(df, read=read) == _headlines._headline_speakers(df, tables=tables)
    assert _headlines._headline_meetings(df, read=read) == _headlines._headline_meetings(df, tables=tables)
    mentions = find_mentions(df, actors=tables["actors"], tables=tables)
    calls = []

    def counted(t):
        calls.append(t)
        return read

    monkeypatch.setattr(_stories, "_read_with", counted)
    monkeypatch.setattr(_headlines, "_read_with", counted)
    groups = compare.event_groups(df, mentions=mentions, tables=tables).set_index("doc_id")["event_group"]
    assert len(calls) == 1 and groups["d0"] != groups["d1"]


def test_a_link_two_days_apart_needs_the_round_58_step() -> None:
    # made-up pairs two days apart: 0.41 reaches the bar of 0.3 + 0.075 (the old step) but not 0.3 + 0.125
    pairs = pd.DataFrame({"doc_a": ["a", "a"], "doc_b": ["b", "c"], "score": [0.41, 0.43],
                          "days_apart": [2.0, 2.0], "shared_neighbours": [0.5, 0.5]})
    assert _stories.SCALE_DAY_STEP == 0.125
    assert _stories._links(pairs, 0.3, _stories.SCALE_DAY_STEP)["doc_b"].tolist() == ["c"]
    assert _stories._links(pairs, 0.3, 0.075)["doc_b"].tolist() == ["b", "c"]


def test_an_arrival_and_an_inspection_are_two_events_but_two_inspections_tell_nothing() -> None:
    # made-up headlines: a deputy arrives in a region, then inspects a site there (two events); two inspections of
    # one site written two ways tell nothing
    from q7x2lib.compare._headlines import _headline_meetings

    a, b = np.array([0]), np.array([1])
    score, sim = np.array([0.5]), np.array([0.5])
    visit = _headline_meetings(pd.DataFrame({"title": ["نائب الملك يصل إلى منطقة عسير",
                                                       "نائب الملك يتفقد موقع الحادث في منطقة عسير"]}))
    assert visit[1][0] == "inspect"
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, visit, 0.8).tolist() == [0, 1]
    twice = _headline_meetings(pd.DataFrame({"title": ["نائب الملك يتفقد موقع الحادث", "بالصور.. نائب الملك يتفقد الموقع"]}))
    assert _stories._groups_apart(2, a, b, score, sim, [None] * 2, 0.6, None, twice, 0.8).tolist() == [0, 0]


def test_a_round_up_does_not_bridge_two_speakers_reactions() -> None:
    """A headline naming no speaker (a round-up) alike two reactions joins one, never both, below the bridge bar."""
    oman, round_up, malta = (None, "OMN", "عمان"), None, (None, "MLT", "مالطا")
    a, b = np.array([0, 1]), np.array([1, 2])
    score, similar = np.array([0.6, 0.5]), np.array([0.65, 0.65])  # each reaction 0.65 alike the round-up
    speakers = [oman, round_up, malta]
    assert _headlines._groups_apart(3, a, b, score, similar, speakers, 0.6).tolist() == [0, 0, 0]
    assert _headlines._groups_apart(3, a, b, score, similar, speakers, 0.6, bridge_copy=0.7).tolist() == [0, 0, 1]
    # two reactions' headlines linked directly keep the copy bar: one agency text under two attributions
    direct = _headlines._groups_apart(2, np.array([0]), np.array([1]), np.array([0.6]), np.array([0.65]), [oman, malta],
                                      0.6, bridge_copy=0.7)
    assert direct.tolist() == [0, 0]


def test_event_groups_part_reactions_a_round_up_bridges_at_scale(monkeypatch) -> None:
    """The bridge bar is ``HEADLINE_SPEAKER_BRIDGE_COPY``: at the plain copy bar a round-up chains two speakers."""
    first = "أدان المسؤول بشدة الهجوم على قافلة الإغاثة في الميناء الشمالي"
    second = "وطالب بمحاسبة المسلحين الذين أحرقوا الشاحنات وقتلوا السائقين"
    df = pd.DataFrame({
        "doc_id": ["d0", "d1", "d2", "d3", "d4", "d5"],
        "published": pd.to_datetime(["2022-03-01"] * 3 + ["2022-03-05", "2022-03-09", "2022-03-13"]),
        "title": ["الكويت تدين الهجوم على قافلة الإغاثة", "ادانات واسعة للهجوم على قافلة الإغاثة",
                  "مالطا تدين الهجوم على قافلة الإغاثة", "الأسهم ترتفع بدعم المصارف", "الهلال يفوز على النصر",
                  "افتتاح معرض الكتاب"],
        "text_clean": [first + " في بيان كويتي", first + " " + second,  # the round-up tells both
                       second + " في بيان مالطي", "ارتفعت الأسهم بدعم المصارف والطاقة",
                       "فاز الهلال على النصر بهدفين في الدوري", "افتتح معرض الكتاب أبوابه للزوار"]})
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    mentions = find_mentions(df)
    pairs = compare.event_pairs(df, "word", mentions=mentions).set_index(["doc_a", "doc_b"])["similarity"]
    assert _stories.HEADLINE_SPEAKER_COPY <= pairs[("d1", "d2")] < _stories.HEADLINE_SPEAKER_BRIDGE_COPY
    assert pairs[("d0", "d1")] > pairs[("d1", "d2")]  # d1 joins d0 first, then is the bridge to d2
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] != groups["d2"]  # the round-up stays with the reaction it is closer to
    monkeypatch.setattr(_stories, "HEADLINE_SPEAKER_BRIDGE_COPY", _stories.HEADLINE_SPEAKER_COPY)  # the old rule
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d2"]


def test_trip_place_reads_the_place_arrived_at_or_left_not_where_the_trip_goes() -> None:
    # made-up headlines: an arrival, a visit's end, a departure to a place (the trip's end), an origin named
    from q7x2lib.compare._headlines import _headline_meetings

    titles = ["وزير الزراعة يصل إلى تونس", "وزير الزراعة يختتم زيارته إلى تونس", "وزير الزراعة يغادر إلى تونس",
              "وزير الزراعة يصل إلى صفاقس قادما من تونس", "وزير الزراعة يغادر تونس"]
    found = _headline_meetings(pd.DataFrame({"title": titles}))
    assert [m[0] for m in found] == ["arrive", "leave", "leave", "arrive", "leave"]
    assert [sorted(m[2][0]) if m[2] else None for m in found] == [["تونس"], ["تونس"], None, ["صفاقس"], ["تونس"]]


def test_trip_place_reads_a_place_with_lam_written_on_it_as_one_after_ila() -> None:
    # made-up headlines: ل on a state (لتونس، للسنغال) is إلى: the place arrived at, or after a departure the trip's
    # end; ل written apart (لـ «الرباط») too; a place whose name begins with ل (لندن) is no preposition
    from q7x2lib.compare._headlines import _headline_meetings, _peel_departures

    titles = ["فريق الشباب يصل لتونس ويبدأ تدريباته", "فريق الشباب يغادر لتونس", "فريق الشباب يغادر لـ «الرباط»",
              "فريق الشباب يصل للسنغال", "فريق الشباب يغادر لندن", "فريق الشباب يغادر تونس"]
    found = _headline_meetings(pd.DataFrame({"title": titles}))
    assert [m[0] for m in found] == ["arrive", "leave", "leave", "arrive", "leave", "leave"]
    assert [sorted(m[2][0]) if m[2] else None for m in found] == [["تونس"], None, None, ["سنغال"], ["لندن"], ["تونس"]]
    # the arrival written لتونس and the departure from تونس are two journeys; leaving for Tunis is the arrival's trip
    assert _peel_departures(np.array([0, 0, 0]), [found[0], found[1], found[5]]).tolist() == [0, 0, 1]


def test_a_departure_from_the_place_arrived_at_is_peeled_off_its_group() -> None:
    # made-up headlines: the minister arrives in Tunis, remarks there, he ends the visit and leaves Tunis (another
    # journey); leaving Rabat for Tunis, or arriving in Sfax from Tunis, is one journey with the arrival
    from q7x2lib.compare._headlines import _headline_meetings, _peel_departures

    visit = _headline_meetings(pd.DataFrame({"title": [
        "وزير الزراعة يصل إلى تونس", "وزير الزراعة: تعاوننا مع تونس يتسع", "وزير الزراعة يختتم زيارته إلى تونس",
        "وزير الزراعة يغادر تونس", "الأسهم ترتفع بدعم المصارف"]}))
    assert _peel_departures(np.array([0, 0, 0, 0, 1]), visit).tolist() == [0, 0, 2, 2, 1]
    journey = _headline_meetings(pd.DataFrame({"title": ["وزير الزراعة يغادر الرباط متوجها إلى تونس",
                                                         "وزير الزراعة يصل إلى تونس", "وزير الزراعة يغادر إلى تونس"]}))
    assert _peel_departures(np.array([0, 0, 0]), journey).tolist() == [0, 0, 0]
    onward = _headline_meetings(pd.DataFrame({"title": ["وزير الزراعة يصل إلى صفاقس قادما من تونس",
                                                        "وزير الزراعة يغادر تونس"]}))
    assert _peel_departures(np.array([0, 0]), onward).tolist() == [0, 0]


def _three_reports_and_three_others(dates: list[str], titles: list[str], texts: list[str]) -> pd.DataFrame:
    """Three reports of one story (d0 to d2) and three articles of other days and matters (d3 to d5)."""
    return pd.DataFrame({
        "doc_id": ["d0", "d1", "d2", "d3", "d4", "d5"],
        "published": pd.to_datetime([*dates, "2022-03-05", "2022-03-09", "2022-03-13"]),
        "title": [*titles, "الأسهم ترتفع بدعم المصارف", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"],
        "text_clean": [*texts, "ارتفعت الأسهم بدعم المصارف والطاقة", "فاز الهلال على النصر بهدفين في الدوري",
                       "افتتح معرض الكتاب أبوابه للزوار"]})


def _third_report_parted_only_by(rule: str, disabled, df: pd.DataFrame, monkeypatch) -> None:
    """At scale, d2 leaves the event of d0 and d1, and stays with them when ``rule`` is replaced by ``disabled``."""
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    mentions = find_mentions(df)
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] != groups["d2"]
    monkeypatch.setattr(_stories, rule, disabled)  # without the rule: one event
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] == groups["d2"]


def test_event_groups_part_a_departure_from_the_arrival_at_scale(monkeypatch) -> None:
    """At scale, the departure from the place arrived at leaves the arrival's event; the remarks stay with it."""
    visit = "وصل وزير الزراعة إلى تونس في زيارة رسمية يرافقه وفد يضم وكيل الوزارة ومدير التعاون الدولي ومستشار الوزير"
    df = _three_reports_and_three_others(
        ["2022-03-01", "2022-03-01", "2022-03-02"],
        ["وزير الزراعة يصل إلى تونس", "وزير الزراعة: زيارتي إلى تونس تعزز التعاون", "وزير الزراعة يغادر تونس"],
        [visit + " وكان في استقباله نظيره التونسي", visit + " وقال إن الزيارة تعزز التعاون",
         "غادر " + visit[4:] + " وكان في وداعه نظيره التونسي"])
    _third_report_parted_only_by("_peel_departures", lambda group, meetings: group, df, monkeypatch)


def test_event_groups_part_a_trials_later_session_told_by_its_lead_at_scale(monkeypatch) -> None:
    """At scale, a report whose headline names the trial and no step, and whose lead tells a later session, leaves
    the opening's event; read from its headline alone it would tell the opening and stay."""
    from q7x2lib.compare._headlines import _headline_rites

    opened = ("بدأت محكمة الجنايات محاكمة المتهمين التسعة بسرقة مصرف الميناء في العاصمة وسط حضور ذويهم والمحامين "
              "ووسائل الإعلام واستمعت إلى أقوال المتهمين وشهود الإثبات")
    df = _three_reports_and_three_others(
        ["2022-03-01", "2022-03-01", "2022-03-02"],
        ["بدء محاكمة المتهمين بسرقة مصرف الميناء", "المحكمة تبدأ محاكمة لصوص مصرف الميناء",
         "مفاجآت في محاكمة لصوص مصرف الميناء"],
        [opened, opened + " وقال المحامي", "أمرت المحكمة بإخلاء سبيل ثلاثة من المتهمين التسعة بسرقة مصرف الميناء. "
         + opened])
    _third_report_parted_only_by("_headline_rites", lambda corpus: _headline_rites(corpus, text_col=""), df,
                                 monkeypatch)


def test_a_body_flown_home_is_another_step_than_the_death_and_a_condolence_not_than_the_funeral() -> None:
    # made-up headlines: two tell the guards' death, one a body arriving in the home town, one a condolence; the
    # body's arrival beside a funeral tells no other event (the gold keeps them together and apart), nor does a body
    # named without its moving
    from q7x2lib.compare._headlines import _headline_rites, _other_rite, _peel_rites

    titles = ["استشهاد حارسين في هجوم على مركز حدودي", "مقتل حارسين بقذائف على مركز حدودي",
              "وصول جثمان الحارس إلى قريته", "مدير الجوازات يعزي أسرة الحارس", "تشييع جثمان الحارس في قريته",
              "طائرة تنقل جثماني الحارسين إلى مسقط رأسيهما", "العثور على جثة في الوادي"]
    rites = _headline_rites(pd.DataFrame({"title": titles}))
    assert [sorted(r) for r in rites] == [["death"], ["death"], ["body"], ["condolence"], ["funeral"], ["body"],
                                          ["found"]]
    # the deaths and the arrival; the condolence alone; the funeral and a body moved; the body found alone
    assert _peel_rites(np.array([0, 0, 0, 1, 2, 2, 3]), rites).tolist() == [0, 0, 4, 1, 2, 2, 3]
    assert _other_rite(rites[5], rites[3]) and not _other_rite(rites[2], rites[5])


def test_event_groups_part_a_body_flown_home_from_the_deaths_at_scale(monkeypatch) -> None:
    """At scale, a body's arrival written in the death report's words leaves the deaths' event."""
    from q7x2lib.compare._headlines import _headline_rites

    text = ("استشهد الحارسان سالم وفهد إثر سقوط قذائف على مركز الحدود صباح اليوم ونقلت جثمانيهما طائرة إلى مسقط "
            "رأسيهما في القرية الجبلية وسط حضور الأهالي")
    df = _three_reports_and_three_others(
        ["2022-03-01", "2022-03-01", "2022-03-01"],
        ["استشهاد الحارسين سالم وفهد بقذائف", "مقتل حارسين في قصف على مركز الحدود", "وصول جثماني الحارسين سالم وفهد"],
        [text, text + " رحمهما الله", text + " وأهاليهما"])
    _third_report_parted_only_by("_headline_rites", lambda corpus: [r - {"body"} or None if r else None
                                                                    for r in _headline_rites(corpus)],
                                 df, monkeypatch)


def test_headline_states_reads_the_foreign_state_an_event_is_set_in() -> None:
    # made-up headlines: a state after في or ب (a capital stands for its state), not a state that is the verb's
    # object, a Saudi place, a state in a speaker's headline, nor a name two states share
    from q7x2lib.compare._headlines import _headline_states

    titles = ["فيضانات تقتل 12 شخصا في الهند", "سيول جارفة بنيبال تشرد المئات", "انهيار جسر في نيودلهي",
              "الفيضانات تجتاح بنغلاديش", "أمطار غزيرة في أبها", "الوزير: الحل في اليمن سياسي", "معرض للكتاب في عمان"]
    found = _headline_states(pd.DataFrame({"title": titles}))
    assert [sorted(s) if s else None for s in found] == [["IND"], ["NPL"], ["IND"], None, None, None, None]


def test_event_groups_part_one_kind_of_disaster_set_in_two_foreign_states_at_scale(monkeypatch) -> None:
    """At scale, floods told in one state and in another are two events, though their reports are alike."""
    india = ("أمطار موسمية غزيرة تسببت في فيضانات واسعة غمرت القرى والطرق وأدت إلى انقطاع الكهرباء عن آلاف المنازل "
             "وقالت السلطات إن فرق الإنقاذ تواصل البحث عن المفقودين")
    nepal = ("أمطار موسمية غزيرة تسببت في فيضانات واسعة غمرت القرى الجبلية والطرق وأدت إلى انقطاع الكهرباء عن المنازل "
             "وقالت الشرطة إن فرق الإنقاذ تواصل البحث عن المفقودين في الوديان")
    df = pd.DataFrame({
        "doc_id": ["d0", "d1", "d2", "d3", "d4", "d5"],
        "published": pd.to_datetime(["2022-07-01", "2022-07-01", "2022-07-02", "2022-07-02", "2022-07-09", "2022-07-13"]),
        "title": ["مقتل 12 شخصا في فيضانات بالهند", "فيضانات تقتل 12 في الهند", "مقتل 7 أشخاص في فيضانات بنيبال",
                  "سبعة قتلى في فيضانات في نيبال", "الهلال يفوز على النصر", "افتتاح معرض الكتاب"],
        "text_clean": ["في الهند " + india + " ولقي 12 شخصا حتفهم", "في الهند " + india + " وقتل 12 شخصا",
                       "في نيبال " + nepal + " ولقي سبعة أشخاص حتفهم", "في نيبال " + nepal + " وقتل سبعة أشخاص",
                       "فاز الهلال على النصر بهدفين في الدوري", "افتتح معرض الكتاب أبوابه للزوار"]})
    monkeypatch.setattr(_stories, "SIMILARITY_MAX_DOCS", 3)
    mentions = find_mentions(df)
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] != groups["d2"] == groups["d3"]
    monkeypatch.setattr(_stories, "_headline_states", lambda corpus: [None] * len(corpus))  # without the rule: one event
    groups = compare.event_groups(df, mentions=mentions).set_index("doc_id")["event_group"]
    assert groups["d0"] == groups["d1"] == groups["d2"] == groups["d3"]


def test_a_funeral_or_an_arrest_order_is_peeled_off_the_step_most_headlines_tell() -> None:
    # made-up headlines: two tell the teacher's death, one her funeral, one tells no step; the order to arrest and
    # the arrests (the most told step stays); market moves are no step
    from q7x2lib.compare._headlines import _headline_rites, _peel_rites

    titles = ["وفاة معلمة في حادث سير بالقصيم", "وفاة معلمة إثر حادث مروري", "تشييع المعلمة في بريدة",
              "زملاء المعلمة يروون قصتها", "أمير المنطقة يوجه بسرعة القبض على اللصوص", "القبض على اللصوص الثلاثة",
              "الشرطة: القبض على لصوص المتجر", "تشييع المعلمة وتقديم العزاء لأسرتها", "الأسهم ترتفع", "الأسهم تتراجع"]
    rites = _headline_rites(pd.DataFrame({"title": titles}))
    group = np.array([0, 0, 0, 0, 1, 1, 1, 2, 3, 3])
    assert _peel_rites(group, rites).tolist() == [0, 0, 4, 0, 5, 1, 1, 2, 3, 3]
    # a headline telling the funeral and the condolences is another step than the death too, and than the funeral
    together = np.array([0, 0, 0, 0, 1, 1, 1, 0, 3, 3])
    assert _peel_rites(together, rites).tolist() == [0, 0, 4, 0, 6, 1, 1, 5, 3, 3]


def test_a_headline_naming_a_trial_and_no_step_tells_the_step_its_lead_tells() -> None:
    # made-up reports: two of a trial's opening, one whose headline names the trial and no step over a lead that tells
    # a later session (defendants released, the case adjourned), one whose lead tells the opening
    from q7x2lib.compare._headlines import _headline_rites, _peel_rites

    df = pd.DataFrame({"title": ["بدء محاكمة المتهمين بسرقة مصرف الميناء", "المحكمة تبدأ محاكمة لصوص مصرف الميناء",
                                 "مفاجآت في محاكمة لصوص مصرف الميناء", "تفاصيل جديدة في محاكمة لصوص المصرف"],
                       "text_clean": ["بدأت المحكمة اليوم محاكمة المتهمين. وقال المحامي", "بدأت المحكمة محاكمة 9 متهمين",
                                      "أمرت المحكمة بإخلاء سبيل ثلاثة متهمين في قضية سرقة مصرف الميناء. وقال المحامي",
                                      "قال محامي الدفاع إن المحكمة بدأت محاكمة موكليه"]})
    rites = _headline_rites(df)
    assert [sorted(r) for r in rites] == [["trial_open"], ["trial_open"], ["trial_later"], ["trial_open"]]
    assert _peel_rites(np.array([0, 0, 0, 0]), rites).tolist() == [0, 0, 1, 0]
    # without its text, a headline that names a trial and no step tells the opening, as before
    assert _headline_rites(df[["title"]])[2] == frozenset({"trial_open"})


def test_event_groups_peel_a_funeral_off_a_death_at_scale(monkeypatch) -> None:
    """At scale, a funeral's report written in the death report's words leaves the death's event at the end."""
    text = ("توفي المعلم خالد بن سعيد في حادث سير على طريق القصيم وكان في طريقه إلى مدرسته صباح اليوم "
            "وقد نعاه زملاؤه وطلابه وأقيمت الصلاة عليه في الجامع الكبير")
    df = _three_reports_and_three_others(
        ["2022-03-01", "2022-03-01", "2022-03-01"],
        ["وفاة المعلم خالد بن سعيد في حادث سير", "وفاة معلم في حادث مروري بالقصيم", "تشييع المعلم خالد بن سعيد"],
        [text, text + " رحمه الله", text + " وسط حضور كبير"])
    _third_report_parted_only_by("_peel_rites", lambda group, rites: group, df, monkeypatch)
