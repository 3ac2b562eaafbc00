"""A user's own tables reach every rule that reads them, through the ``tables=`` of the public functions.

The sentences are made up; each user row is a word the bundled tables lack, so that it changes the output only
where the user's table reaches the rule, and never in a later call without it.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from q7x2lib import find_events, find_mentions, find_statements, load_lexicon, mentions_and_statements
from q7x2lib.actors import user_tables
from q7x2lib.errors import Q7x2Warning
from q7x2lib.lexicons import bundled_table, table_in_force, tables_in_force, word_list
from q7x2lib.pipeline import analyse

OWN_WORDS = pd.DataFrame({"list": ["anaphor", "negator", "speaker_descriptor"], "word": ["الرابطة", "مش", "مدونة"]})


@pytest.fixture(scope="module")
def own():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the negator applies only in part (tested below)
        return user_tables(table_paths={"word_lists": OWN_WORDS})


def _corpus(text: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ["a"], "title": [None], "published": [pd.Timestamp("2021-04-14")],
                         "text_clean": [text]})


def _layers(corpus, tables):
    mentions = find_mentions(corpus, tables=tables)
    statements = find_statements(corpus, mentions=mentions, tables=tables)
    return mentions, statements, find_events(corpus, mentions=mentions, statements=statements, tables=tables)


def test_own_anaphor_reaches_find_mentions(own):
    corpus = _corpus("أعلنت رابطة العالم الإسلامي عن مؤتمر. وقالت الرابطة إن المؤتمر ناجح.")
    assert "الرابطة" not in find_mentions(corpus)["surface"].tolist()
    found = find_mentions(corpus, tables=own)
    assert found.loc[found["surface"] == "الرابطة", "actor_id"].tolist() == ["muslim_world_league"]
    assert "الرابطة" not in find_mentions(corpus)["surface"].tolist()  # no leak into a later call without it


def test_own_speaker_descriptor_reaches_find_statements(own):
    corpus = _corpus("وقالت مدونة الجبير إن القمة ممكنة.")
    _, bundled, _ = _layers(corpus, None)
    assert bundled["speaker_id"].isna().all()
    _, statements, _ = _layers(corpus, own)
    assert statements[["speaker_id", "speaker_surface"]].values.tolist() == [["adel_al_jubeir", "مدونة الجبير"]]
    _, later, _ = _layers(corpus, None)
    assert later["speaker_id"].isna().all()


def test_own_negator_reaches_stance_and_events(own):
    corpus = _corpus("وقال بيسكوف إن موسكو مش ترفض العرض الأمريكي.")
    _, statements, events = _layers(corpus, None)
    assert statements["polarity"].tolist() == [-0.05] and not events["negated"].any()
    _, statements, events = _layers(corpus, own)
    assert statements["polarity"].tolist() == [0.05]  # the rejection is negated: no conflict
    assert events.loc[events["event_code"] == "12", "negated"].tolist() == [True]
    _, statements, events = _layers(corpus, None)
    assert statements["polarity"].tolist() == [-0.05] and not events["negated"].any()


def test_mentions_and_statements_and_analyse_take_the_tables(own):
    corpus = _corpus("وقالت مدونة الجبير إن القمة ممكنة.")
    _, statements = mentions_and_statements(corpus, tables=own)
    assert statements["speaker_id"].tolist() == ["adel_al_jubeir"]
    assert analyse(corpus, tables=own)["statements"]["speaker_id"].tolist() == ["adel_al_jubeir"]
    assert analyse(corpus)["statements"]["speaker_id"].isna().all()


def test_tables_in_force_only_inside_the_call(own):
    assert table_in_force("word_lists") is bundled_table("word_lists")
    with tables_in_force(own):
        assert "مش" in word_list("negator") and "مش" in load_lexicon("word_lists")["word"].tolist()
        with tables_in_force(None):  # a nested call without tables keeps the outer call's
            assert "مش" in word_list("negator")
    assert "مش" not in word_list("negator")
    assert table_in_force("word_lists") is bundled_table("word_lists")


def test_bundled_tables_change_nothing():
    """user_tables() with nothing of the user's is the bundled tables: no table is put in force."""
    with tables_in_force(user_tables()):
        assert table_in_force("countries") is bundled_table("countries")
        assert table_in_force("word_lists") is bundled_table("word_lists")


def test_a_raw_frame_extends_the_bundled_table():
    with pytest.warns(Q7x2Warning, match="negator"), tables_in_force({"word_lists": OWN_WORDS}):
        assert "مش" in word_list("negator") and "لم" in word_list("negator")


def test_a_table_that_applies_only_in_part_warns():
    with pytest.warns(Q7x2Warning, match=r"\['negator'\] apply only in part: the statement-sign model"):
        load_lexicon("word_lists", OWN_WORDS)
    with pytest.warns(Q7x2Warning, match="stance_terms|cooperation"):
        load_lexicon("stance_terms", pd.DataFrame({"term": ["مش حلو"], "polarity": ["-1"], "weight": ["0.5"],
                                                   "category": ["threat"]}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a list every reader takes: no warning
        load_lexicon("word_lists", pd.DataFrame({"list": ["anaphor"], "word": ["الرابطة"]}))


def test_report_table_warns_of_a_partly_applied_table(tmp_path):
    own = tmp_path / "words.csv"
    OWN_WORDS.to_csv(own, index=False)
    code = ("import warnings; from q7x2lib.__main__ import _user_tables; "
            f"warnings.simplefilter('always'); _user_tables(None, ['word_lists={own}'])")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "apply only in part" in run.stderr and "negator" in run.stderr


def test_own_boilerplate_rule_cleans_the_chunks_analyse_reads():
    from q7x2lib.clean import clean_corpus
    from q7x2lib.pipeline import _clean_and_analyse

    rule = pd.DataFrame({"rule_id": ["own_follow"], "scope": ["line"], "pattern": ["^تابعونا على المدونة$"]})
    with pytest.warns(Q7x2Warning, match="report's notebooks"):  # they clean with the bundled rules
        own = user_tables(table_paths={"boilerplate": rule})
    raw = pd.DataFrame({"doc_id": ["a"], "text": ["قال الجبير إن القمة ممكنة.\nتابعونا على المدونة"]})
    assert "المدونة" in clean_corpus(raw)["text_clean"][0]
    with tables_in_force(own):
        assert "المدونة" not in clean_corpus(raw)["text_clean"][0]
    words = [int(_clean_and_analyse(raw, None, t)["articles"]["n_words"][0]) for t in (None, own, None)]
    assert words[1] == words[0] - 3 and words[2] == words[0]  # the chunks of analyse / run_chunked
    assert "المدونة" in clean_corpus(raw)["text_clean"][0]


def test_one_users_table_never_reaches_a_call_with_another(own):
    corpus = _corpus("أعلنت رابطة العالم الإسلامي عن مؤتمر. وقالت الرابطة إن المؤتمر ناجح.")
    other = user_tables(table_paths={"word_lists": pd.DataFrame({"list": ["anaphor"], "word": ["الكتيبة"]})})
    assert "الرابطة" in find_mentions(corpus, tables=own)["surface"].tolist()
    assert "الرابطة" not in find_mentions(corpus, tables=other)["surface"].tolist()
    assert "الرابطة" in find_mentions(corpus, tables=own)["surface"].tolist()  # and back: built again, the same


# --- the source comparison (q7x2lib.compare) takes tables= too -----------------------------------------------------


def _articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text_clean": list(texts)})


def test_own_stopword_reaches_keyness():
    from q7x2lib import compare

    corpus = _articles("ناقش المجلس الموازنة الجديدة. وأقر المجلس الموازنة بعد نقاش الموازنة، ثم نشر الموازنة.",
                       "زار الوزير المصنع الجديد في المدينة. وتفقد الوزير المصنع ثم غادر المصنع والمدينة.")
    with pytest.warns(Q7x2Warning, match="statement-sign model"):  # its features keep the bundled stopwords
        own = user_tables(table_paths={"stopwords": pd.DataFrame({"word": ["الموازنة"]})})
    before = compare.keyness(corpus, min_freq=2)
    assert before.loc[before["group"] == "d0", "word"].iloc[0] == "موازنة"
    assert "موازنة" not in compare.keyness(corpus, min_freq=2, tables=own)["word"].tolist()
    pd.testing.assert_frame_equal(compare.keyness(corpus, min_freq=2), before)  # no leak into a later call


def test_own_source_cue_reaches_cited_sources():
    from q7x2lib import compare

    corpus = _articles("وأوضح الكرملين بالقول إن العرض مرفوض.", "ولوح الكرملين بأن العرض مرفوض.")
    own = user_tables(table_paths={"word_lists": pd.DataFrame({"list": ["extra_source_cue"], "word": ["لوح"]})})
    assert compare.cited_sources(corpus)["doc_id"].tolist() == ["d0"]  # an official is cited only after a cue
    cited = compare.cited_sources(corpus, tables=own)
    assert cited[["doc_id", "source_id", "cue"]].values.tolist() == [["d0", "kremlin", "أوضح"], ["d1", "kremlin", "لوح"]]
    assert compare.cited_sources(corpus)["doc_id"].tolist() == ["d0"]


def test_own_region_and_headline_word_reach_the_event_group_rules():
    from q7x2lib.compare._headlines import _headline_regions, _named_places

    region = pd.DataFrame({"place": ["وادي السلام"], "region": ["riyadh"]})
    victims = pd.DataFrame({"list": ["headline_victim_word"], "word": ["منكوبي"]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the comparison reads them: no table applies only in part
        own = user_tables(table_paths={"regions": region, "word_lists": victims, "places": pd.DataFrame(
            {"place": ["قرية النخيلات"], "country": ["SAU"]})})
    heads = pd.DataFrame({"title": ["افتتاح مدرسة في وادي السلام", "زيارة منكوبي سيول جازان"]})
    assert _headline_regions(heads) == [None, {"jazan"}]
    with tables_in_force(own):  # as compare.event_groups(..., tables=own) puts them
        assert _headline_regions(heads) == [{"riyadh"}, None]  # the victims' Jazan is not where the report is
        assert _named_places(["حريق في وادي السلام وقرية النخيلات"]) == [{"وادي السلام", "قرية النخيلات"}]
    assert _headline_regions(heads) == [None, {"jazan"}]
    assert _named_places(["حريق في وادي السلام وقرية النخيلات"]) == [set()]


def test_every_public_comparison_function_that_reads_a_table_takes_tables():
    from q7x2lib import compare

    for name in ("similarity", "neighbours", "event_pairs", "event_groups", "story_threads", "group_labels", "keyness",
                 "shared_passages", "cited_sources", "spelling_profile", "topic_coverage"):
        func = getattr(compare, name)
        assert "tables" in inspect.signature(func).parameters and hasattr(func, "__wrapped__"), name  # with_tables
