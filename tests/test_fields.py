"""A headline given apart from the text (a corpus's title field) is analysed as a field of its own."""

from __future__ import annotations

import pandas as pd
import pytest

import q7x2lib
from q7x2lib.fields import row_texts, titles_apart
from q7x2lib.pipeline import analyse, run_chunked

RAW = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "outlet": ["alriyadh", None, None],
    "published": pd.to_datetime(["2015-05-10", "2015-07-30", "2015-07-30"]),
    "title": ["الجبير: إيران تزعزع استقرار المنطقة", "الأسد يستقبل وفدا روسيا", None],
    "text": [
        "قال وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي في الرياض إن المملكة ترحب بالقمة الخليجية الأمريكية.",
        "استقبل الرئيس السوري بشار الأسد في دمشق اليوم وفدا روسيا برئاسة نائب وزير الخارجية ميخائيل بوغدانوف.",
        "قصفت إيران مواقع الحوثيين في صنعاء. ولم ترفض إيران الاقتراح.",
    ],
})


@pytest.fixture(scope="module")
def titled() -> pd.DataFrame:
    return q7x2lib.clean_corpus(RAW)


@pytest.fixture(scope="module")
def tables(titled) -> dict[str, pd.DataFrame]:
    return analyse(titled)


def test_only_a_title_apart_from_the_text_is_a_field(titled, corpus) -> None:
    assert titles_apart(titled).tolist() == [True, True, False]
    assert not titles_apart(corpus).any()  # the bundled .txt articles: the headline is text_clean's first line


def test_a_short_title_met_inside_the_body_is_still_a_title_apart() -> None:
    # SaudiNewsNet: 332 given titles (تهريج، أتيلا الجبار، معالي الوزير ماجد) were dropped because their words
    # stood somewhere in the first 400 characters of the body; a headline is the first line only at a line's start
    raw = pd.DataFrame({"doc_id": ["a", "b", "c"], "title": ["تهريج", "تهريج", "ضبط هكر"],
                        "text": ["يسمى إثارة الفوضى «تهريج» ويشيع ذلك على ألسنة العامة.",
                                 " تهريج\nيسمى إثارة الفوضى تهريجا.",
                                 "ضبطت الشرطة شابا اخترق موقعا.\n\nرابط الخبر بصحيفة الوئام: ضبط هكر"]})
    cleaned = q7x2lib.clean_corpus(raw)
    assert cleaned.title.tolist() == ["تهريج", "تهريج", "ضبط هكر"]
    assert titles_apart(cleaned).tolist() == [True, False, True]  # b: the body opens with it, after a space


@pytest.mark.parametrize("name", ["mentions", "statements", "events"])
def test_title_rows_index_the_title(tables, titled, name) -> None:
    table = tables[name]
    assert list(table.columns[:2]) == ["doc_id", "field"]
    heads = table[table.field == "title"]
    assert len(heads) and set(heads.doc_id) <= {"a", "b"}
    texts = row_texts(heads, titled)
    assert all(0 <= s < e <= len(t) for t, s, e in zip(texts, heads.start, heads.end))
    if name == "mentions":
        assert [t[s:e] for t, s, e in zip(texts, heads.start, heads.end)] == heads.surface.tolist()


def test_a_headline_speaker_is_a_headline_statement_numbered_after_the_body(tables) -> None:
    st = tables["statements"].set_index(["doc_id", "field"])
    head = st.loc[("a", "title")]
    assert (head.speaker_id, head.cue_kind, bool(head.is_headline), head.text) == (
        "adel_al_jubeir", "headline", True, "الجبير: إيران تزعزع استقرار المنطقة")
    assert head.statement_id == 1 and st.loc[("a", "text"), "statement_id"] == 0
    assert not tables["statements"].duplicated(["doc_id", "statement_id"]).any()


def test_the_headline_knows_the_body_and_has_its_events(tables) -> None:
    me = tables["mentions"]
    assert me[(me.doc_id == "b") & (me.field == "title")].actor_id.tolist() == ["bashar_al_assad", "russia"]
    ev = tables["events"]
    head = ev[(ev.doc_id == "b") & (ev.field == "title")]
    assert head[["source_id", "target_code", "event_code"]].values.tolist() == [["bashar_al_assad", "RUSGOV", "04"]]
    said = ev[(ev.doc_id == "a") & (ev.field == "title")]  # an event of a headline statement carries its statement_id
    assert said.statement_id.tolist() == [1]


def test_headline_rows_come_first_and_one_row_per_article_elsewhere(tables) -> None:
    assert tables["mentions"].drop_duplicates("doc_id").field.tolist() == ["title", "title", "text"]
    assert tables["articles"].doc_id.tolist() == tables["doc_stance"].doc_id.tolist() == ["a", "b", "c"]


def test_doc_stance_reads_the_headline_statement(tables) -> None:
    stance = tables["doc_stance"].set_index("doc_id")
    assert stance.loc["a", "n_statements"] == 2
    assert stance.loc["a", "headline_polarity"] < 0 < stance.loc["a", "body_polarity"]


def test_the_body_is_read_as_without_its_headline(tables, titled) -> None:
    bare = analyse(titled.assign(title=None))
    for name in ("mentions", "statements", "events"):
        assert (bare[name].field == "text").all()
        body = tables[name][tables[name].field == "text"].reset_index(drop=True)
        pd.testing.assert_frame_equal(body, bare[name], check_exact=True)


def test_a_corpus_without_titles_apart_is_unchanged(corpus) -> None:
    tables = analyse(corpus)
    mentions, statements = q7x2lib.mentions_and_statements(corpus)
    for table, alone in ((tables["mentions"], mentions), (tables["statements"], statements)):
        assert (table.field == "text").all()
        pd.testing.assert_frame_equal(table.drop(columns="field"), alone, check_exact=True)


def test_kwic_cuts_a_title_row_from_the_title(tables, titled) -> None:
    lines = q7x2lib.kwic(tables["mentions"], titled, width=20)
    head = lines[(lines.doc_id == "a") & (lines.field == "title")]
    assert head[["before", "mention", "after"]].values.tolist()[1] == ["الجبير:", "إيران", "تزعزع استقرار"]  # not «المنط»: a cut word is left out
    assert "field" not in q7x2lib.kwic(tables["mentions"].drop(columns="field").iloc[:0], titled).columns


def test_headline_body_counts_and_first_mentions_read_the_field(tables, titled) -> None:
    hb = q7x2lib.headline_body_counts(tables["mentions"], titled).set_index(["doc_id", "actor_id"])
    assert hb.loc[("b", "russia")].tolist() == [1, 1] and hb.loc[("b", "mikhail_bogdanov")].tolist() == [0, 1]
    first = q7x2lib.first_mentions(tables["mentions"], titled).set_index(["doc_id", "actor_id"])
    assert first.loc[("b", "bashar_al_assad"), "field"] == "title" and first.loc[("b", "bashar_al_assad"), "position"] == 0
    assert first.loc[("b", "mikhail_bogdanov"), "field"] == "text"
    assert first.loc[("b", "mikhail_bogdanov"), "position"] == round(
        (len(RAW.title[1]) + 2 + 57) / (len(RAW.title[1]) + 2 + len(titled.text_clean[1])), 3)  # headline, break, text


def test_a_headline_sentence_is_not_the_body_first_sentence() -> None:
    mentions = pd.DataFrame({"doc_id": ["a"] * 3, "field": ["title", "text", "text"], "sentence_id": [0, 0, 0],
                             "actor_id": ["putin", "biden", "lavrov"]})
    assert q7x2lib.cooccurrence(mentions).values.tolist() == [["biden", "lavrov", 1]]
    assert len(q7x2lib.cooccurrence(mentions.drop(columns="field"))) == 3  # a table without the field: all text


def test_chunked_run_keeps_the_field(titled, tables, tmp_path) -> None:
    path = tmp_path / "titled.jsonl"
    RAW.assign(published=RAW.published.dt.strftime("%Y-%m-%d")).to_json(path, orient="records", lines=True, force_ascii=False)
    paths = run_chunked(path, tmp_path / "out", chunksize=2, progress=False)
    for name in ("mentions", "statements", "events"):
        written = pd.read_parquet(paths[name])
        assert written[["doc_id", "field", "start"]].values.tolist() == tables[name][["doc_id", "field", "start"]].values.tolist()


def test_whole_number_ids_and_a_headline_without_body() -> None:
    raw = RAW.assign(doc_id=[1, 2, 3], text=[RAW.text[0], "", RAW.text[2]])
    tables = analyse(q7x2lib.clean_corpus(raw))
    for name in ("mentions", "statements", "events"):
        assert tables[name].doc_id.dtype == "int64"
    me = tables["mentions"]
    # read alone, with no body naming بشار الأسد, the bare family name is nobody's (with the body: bashar_al_assad)
    assert me[me.doc_id == 2][["field", "surface"]].values.tolist() == [["title", "روسيا"]]


def test_each_analysis_called_alone_reads_a_headline_given_apart_as_analyse_does() -> None:
    """The notebooks call find_mentions, find_statements and find_events one by one: they get analyse's rows."""
    from q7x2lib import find_events, find_mentions, find_statements, mentions_and_statements
    from q7x2lib.pipeline import analyse

    df = pd.DataFrame({"doc_id": ["a", "b"], "published": [pd.Timestamp("2015-05-10")] * 2,
                       "title": ["الجبير: إيران تزعزع المنطقة", None],
                       "text_clean": ["قال وزير الخارجية السعودي عادل الجبير إن بلاده ترحب بالقمة.",
                                      "قصفت إيران مواقع الحوثيين في صنعاء."]})
    mentions = find_mentions(df)
    statements = find_statements(df, mentions=mentions)
    events = find_events(df, mentions=mentions, statements=statements)
    tables = analyse(df)
    pd.testing.assert_frame_equal(mentions, tables["mentions"])
    pd.testing.assert_frame_equal(statements, tables["statements"])
    pd.testing.assert_frame_equal(events, tables["events"])
    both = mentions_and_statements(df)
    pd.testing.assert_frame_equal(both[0], mentions)
    pd.testing.assert_frame_equal(both[1], statements)
    head = events[events.field == "title"]
    assert head.statement_id.tolist() == [1] and head.target_code.tolist() == ["IRNGOV"]
    assert set(statements[statements.field == "title"].statement_id) <= set(head.statement_id)


def test_a_corpus_without_a_headline_apart_gets_no_field_column_from_the_analyses_alone() -> None:
    from q7x2lib import find_mentions

    df = pd.DataFrame({"doc_id": ["a"], "title": ["الكرملين: لا"], "text_clean": ["الكرملين: لا\n\nقال بيسكوف إن القمة ممكنة."]})
    assert "field" not in find_mentions(df)


def test_mentions_per_thousand_words_count_the_words_of_a_headline_read_apart() -> None:
    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-05-10")], "title": ["الجبير: إيران تزعزع المنطقة"],
                       "text_clean": ["قال وزير الخارجية السعودي عادل الجبير إن بلاده ترحب بالقمة."], "n_words": [10]})
    tables = analyse(df)
    counts = q7x2lib.mention_counts(tables["mentions"], df)
    assert counts.n_words.unique().tolist() == [14]  # ten words of text, four of headline
    body_only = q7x2lib.mention_counts(tables["mentions"][tables["mentions"].field == "text"], df)
    assert body_only.n_words.unique().tolist() == [10]
