"""Tables in notebooks and reports: bounded on the page, whole in the files beside it."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from q7x2lib import display
from q7x2lib.display import NOTEBOOK_ENV, TABLES_ENV, rtl_table, show_table
from q7x2lib.errors import ArgumentError

HUGE = "قال بوتين إن العلاقات صعبة. " * 200_000  # one article of about 5.6 MB


def test_rtl_table_cuts_a_huge_article_in_the_display_only() -> None:
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": [HUGE, "بايدن <b>يرد</b>"]})
    page = rtl_table(df)._repr_html_()
    assert len(page) < 5_000
    assert "1 cell longer than 400 characters cut here" in page
    assert "&lt;b&gt;يرد&lt;/b&gt;" in page and "<b>" not in page
    assert df.text[0] == HUGE, "the data is never cut"
    assert repr(rtl_table(df)) == repr(df)


def test_show_table_outside_a_report_shows_the_head_and_the_row_count(monkeypatch) -> None:
    monkeypatch.delenv(display.TABLES_ENV, raising=False)
    df = pd.DataFrame({"actor": [f"ممثل {i}" for i in range(120)], "n": range(120)})
    view = show_table(df, "actors", rtl=True)
    page = view._repr_html_()
    assert page.count("<tr>") == display.HEAD_ROWS + 1  # the header and the head
    assert "The first 50 of 120 rows." in page and "href" not in page
    # and where the rest is: the CSV file the report writes (a notebook said how many rows it left out, not where)
    assert "python -m q7x2lib report</code> writes the whole table as <code>tables/&lt;notebook&gt;-actors.csv" in page
    assert repr(view) == repr(df), "the plain text nbval compares is the DataFrame's own"
    short = show_table(df.head(3), "few")._repr_html_()
    assert "The first" not in short and "ممثل 2" in short and "writes the whole table" not in short


def test_show_table_in_a_report_writes_the_whole_table_and_links_it(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "tables"
    monkeypatch.setenv(display.TABLES_ENV, str(folder))
    monkeypatch.setenv(display.NOTEBOOK_ENV, "20-actor-frequency")
    df = pd.DataFrame({"actor": ["بوتين"] * 70, "text": [HUGE[:1000]] * 70}, index=pd.Index(range(70), name="row"))
    page = show_table(df, "mentions")._repr_html_()
    written = folder / "20-actor-frequency-mentions.csv"
    assert 'href="tables/20-actor-frequency-mentions.csv"' in page and "The full table (70 rows)" in page
    assert len(page) < 60_000, "long cells are cut on the page"
    back = pd.read_csv(written, encoding="utf-8-sig", index_col="row")
    pd.testing.assert_frame_equal(back, df)
    assert written.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM, so that spreadsheets read the Arabic"
    (record,) = [json.loads(line) for line in (folder / display.TABLES_MANIFEST).read_text(encoding="utf-8").splitlines()]
    assert record == {"file": written.name, "notebook": "20-actor-frequency", "name": "mentions", "rows": 70, "columns": 2}
    assert not list(folder.glob(".*partial"))


@pytest.mark.parametrize("name", ["../escape", "a b", "", "جدول", None])
def test_show_table_refuses_a_name_that_is_not_a_file_name(name) -> None:
    with pytest.raises(ArgumentError, match="name must be letters"):
        show_table(pd.DataFrame({"a": [1]}), name)


def test_rtl_table_shows_days_as_dates_and_a_missing_date_as_nothing() -> None:
    articles = pd.DataFrame({
        "doc_id": ["snn-1", "snn-2", "snn-3"],
        "published": pd.to_datetime(["2015-07-22", None, "2015-08-11"]),
        "title": ["أمطار غزيرة في جدة", "الكرملين: الظرف غير مناسب", "وزير العدل يستقبل الوفد"],
    })
    page = rtl_table(articles)._repr_html_()
    assert "<bdi>2015-07-22</bdi>" in page and "<bdi>2015-08-11</bdi>" in page
    assert "00:00:00" not in page and "NaT" not in page
    # a time of day that is there is kept
    timed = rtl_table(articles.assign(published=pd.to_datetime(["2015-07-22 14:30", None, "2015-08-11 00:00"])))._repr_html_()
    assert "2015-07-22 14:30:00" in timed and "2015-08-11 00:00:00" in timed


def test_show_table_leaves_out_row_numbers_but_keeps_an_index_that_is_data(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(TABLES_ENV, str(tmp_path / "tables"))
    monkeypatch.setenv(NOTEBOOK_ENV, "30-stance")
    speakers = pd.DataFrame({"speaker_id": ["kremlin", "biden", "ryabkov"], "n_statements": [22, 16, 9]}, index=[2, 0, 9])
    page = show_table(speakers, "speakers")._repr_html_()
    assert "<th>2</th>" not in page and "<th>9</th>" not in page
    assert "الكرملين (kremlin)" in page  # the actor by its Arabic name, its id in brackets (the CSV keeps the id)
    written = (tmp_path / "tables" / "30-stance-speakers.csv").read_text(encoding="utf-8-sig")
    assert written.splitlines()[0] == "speaker_id,n_statements" and written.splitlines()[1] == "kremlin,22"
    by_outlet = pd.DataFrame({"share": [0.5, 0.25]}, index=pd.Index(["okaz", "sabq"], name="outlet"))
    page = show_table(by_outlet, "outlets")._repr_html_()
    assert "عكاظ" in page and "okaz" not in page  # shown by its Arabic name, as the charts name it
    written = (tmp_path / "tables" / "30-stance-outlets.csv").read_text(encoding="utf-8-sig").splitlines()
    assert written[:2] == ["outlet,share", "okaz,0.5"]  # the full table keeps the ids


def test_show_table_leaves_a_missing_value_empty_not_nan() -> None:
    scores = pd.DataFrame({"kind": ["person", "country"], "precision": [0.75, float("nan")], "recall": [0.5, 0.25]})
    page = show_table(scores, "scores")._repr_html_()
    assert "NaN" not in page and "0.75" in page and "<td></td>" in page


def test_rtl_table_lays_an_english_note_left_to_right_even_when_it_opens_with_arabic() -> None:
    evidence = pd.DataFrame({
        "doc_id": ["snn-1", "snn-2"],
        "date_evidence": ["«اليوم الاثنين» with the ministry statement of 22 March 2021", "«أمس الخميس»"],
        "title": ["الكرملين: الظرف غير مناسب", "قال الرئيس Putin"],
    })
    page = rtl_table(evidence)._repr_html_()
    # the English sentence: isolated left to right and aligned left, though its first letter is Arabic
    # and its quotation is isolated right to left, the guillemets the sentence's own
    assert '<td class="q7x2-ltr"><bdi dir="ltr">«<bdi dir="rtl" lang="ar">اليوم الاثنين</bdi>» with' in page
    # Arabic text (a quotation alone, a title, Arabic with one Latin word) keeps the table's direction
    assert "<td><bdi>«أمس الخميس»</bdi></td>" in page and "<td><bdi>قال الرئيس Putin</bdi></td>" in page
    # an id is isolated left to right but keeps its column's alignment, on one line
    assert '<td class="q7x2-word"><bdi dir="ltr">snn-1</bdi></td>' in page


def test_show_table_gives_tables_of_one_shape_one_direction_by_their_text() -> None:
    # notebook 30: speakers by code and by country have the same shape (a code, an Arabic label, counts); the
    # report gave one dir="rtl" and left the other left to right, by the share of Arabic letters in each
    codes = pd.DataFrame({"speaker_code": ["RUSGOV", "RUSLEG"], "label": ["الكرملين", "رئيس اللجنة الدولية في مجلس الفيدرالية الروسي"],
                          "n": [49, 1], "n_docs": [5, 1]})
    countries = pd.DataFrame({"country": ["RUS", "USA"], "label": ["الكرملين", "بايدن"], "n": [54, 29], "n_docs": [5, 5]})
    for df in (codes, countries):
        page = show_table(df, "speakers")._repr_html_()
        assert 'class="q7x2-rtl" dir="rtl" lang="ar"' in page and '<div dir="ltr">' not in page
    # event codes are shown by their Arabic names (the code in brackets): read as shown, right to left
    named_codes = show_table(pd.DataFrame({"code": ["RUSGOV", "USAGOV"], "n": [73, 62]}), "codes")._repr_html_()
    assert 'dir="rtl"' in named_codes and "روسيا، حكومة (RUSGOV)" in named_codes
    # ids and numbers, or English notes quoting Arabic: left to right, marked so that the report keeps it
    by_code = show_table(pd.DataFrame({"doc_id": ["snn-1", "snn-2"], "n": [73, 62]}), "codes")._repr_html_()
    assert '<div dir="ltr"><div>' in by_code and 'dir="rtl"' not in by_code
    evidence = pd.DataFrame({"doc_id": ["003"], "outlet_basis": ["inferred: the dateline «موسكو – يورو عربي |» names the site"]})
    page = show_table(evidence, "evidence")._repr_html_()
    assert '<div dir="ltr"><div>' in page
    assert ('<bdi dir="ltr" class="q7x2-sentence">inferred: the dateline «<bdi dir="rtl" lang="ar">موسكو – يورو عربي |</bdi>» '
            'names the site</bdi>') in page
    assert "td>bdi.q7x2-sentence{display:block;text-align:left}" in page, "a sentence is aligned left, a code is not"
    assert "q7x2-sentence" not in by_code
    # an Arabic index that is data makes the table right to left, and is shown as a column
    by_outlet = pd.DataFrame({"share": [0.5]}, index=pd.Index(["يورو عربي"], name="outlet"))
    page = show_table(by_outlet, "outlets")._repr_html_()
    assert 'dir="rtl"' in page and '<th><bdi>الوسيلة</bdi><span class="q7x2-id">outlet</span></th>' in page
    # the caller can still overrule the rule
    assert '<div dir="ltr"><div>' in show_table(countries, "c", rtl=False)._repr_html_()


def test_left_to_right_table_isolates_arabic_cells_and_escapes_everything() -> None:
    df = pd.DataFrame({"<i>code</i>": ["RUS <b>", "USA"], "label": ["الكرملين", "بايدن"], "n": [1, 2]})
    page = show_table(df, "x", rtl=False)._repr_html_()
    assert "<td><bdi>الكرملين</bdi></td>" in page
    assert "RUS &lt;b&gt;" in page and "&lt;i&gt;code&lt;/i&gt;" in page and "<b>" not in page and "<i>" not in page


def test_left_to_right_table_cuts_long_text_cells_of_pandas_3_str_columns() -> None:
    df = pd.DataFrame({"doc_id": ["a"], "text": ["long English words " * 100]})
    assert str(df.text.dtype) in ("str", "string", "object")
    page = show_table(df, "long", rtl=False)._repr_html_()
    assert len(page) < 1_500 and " …" in page
    # and only there: pandas cut every cell at 50 characters, a note in mid-word (and markup in mid-tag)
    note = "inferred: the dateline «موسكو – يورو عربي |» names the site, as the weekday does"
    assert note.split("«")[1].split("»")[0] + "</bdi>» names the site, as the weekday does</bdi>" in show_table(
        pd.DataFrame({"basis": [note]}), "notes", rtl=False)._repr_html_()


def test_rtl_table_writes_each_float_column_with_one_number_of_decimals() -> None:
    # notebook 30's statements showed polarity as -0.233, 0.0, 0.067, -0.6, 0.75; its errors table 0.0 and 1.0 for
    # labels beside -1 and 1; notebook 10's events 0.33278466760571146
    df = pd.DataFrame({"polarity": [-0.233, 0.0, 0.6, 0.33278466760571146], "pred_label": [0.0, 1.0, -1.0, float("nan")],
                       "g2": [13.35, 5.1, 2.0, 1.0], "text": ["قال", "أكد", "نفى", "حذر"]})
    page = rtl_table(df)._repr_html_()
    for shown in ("-0.233", "0.000", "0.600", "0.333", "0", "1", "-1", "13.35", "5.10", "2.00"):
        assert f">{shown}</bdi>" in page, shown
    assert "0.0<" not in page and "0.33278" not in page and ">nan<" not in page and "NaN" not in page


def test_rtl_table_keeps_a_date_or_an_id_on_one_line() -> None:
    df = pd.DataFrame({"date": pd.to_datetime(["2021-03-22"]), "doc_id": ["000_2f7a25327503f7a2"], "text": ["قال الرئيس الروسي إن العلاقات صعبة"]})
    page = rtl_table(df)._repr_html_()
    assert '<td class="q7x2-word"><bdi>2021-03-22</bdi></td>' in page
    assert '<td class="q7x2-word"><bdi dir="ltr">000_2f7a25327503f7a2</bdi></td>' in page
    assert "<td><bdi>قال الرئيس" in page, "text with spaces wraps as usual"
    assert ".q7x2-rtl td.q7x2-word{white-space:nowrap}" in page


def test_code_label_names_countries_and_the_stateless_codes_in_arabic() -> None:
    # notebook 30's directed pairs named السعودية (SAU) and left IGO and IMG as bare codes among the Arabic labels
    assert display.code_label("SAU") == "السعودية (SAU)"
    assert display.code_label("IGO") == "منظمة حكومية دولية (IGO)"
    assert display.code_label("IMG", with_code=False) == "جماعة مسلحة دولية"
    assert display.code_label("ZZZ") == "ZZZ" and display.code_label(float("nan")) == ""


def test_left_to_right_table_keeps_a_date_on_one_line() -> None:
    # notebook 10's event groups, a left-to-right table, broke 2021-03-22 after its second hyphen in the report
    df = pd.DataFrame({"doc_id": ["000", "001"], "date": pd.to_datetime(["2021-03-22", None]),
                       "day": ["2021-04-14", "2021-04-13"], "n": [1, 2]})
    page = show_table(df, "dates", rtl=False)._repr_html_()
    assert '<span class="q7x2-word">2021-03-22</span>' in page and '<span class="q7x2-word">2021-04-13</span>' in page
    assert "white-space:nowrap" in page and "NaT" not in page and "00:00:00" not in page
    assert "q7x2-word" not in show_table(df[["doc_id", "n"]], "plain", rtl=False)._repr_html_()


def test_outlet_label_names_the_outlets_in_arabic_and_keeps_what_it_does_not_know() -> None:
    # the development corpus's charts named its outlets by their ids (aawsat, 3alyoum) beside Arabic titles
    assert display.outlet_label("aawsat") == "الشرق الأوسط" and display.outlet_label("was") == "واس"
    assert display.outlet_label("يورو عربي") == "يورو عربي" and display.outlet_label("other") == "other"
    # the notebooks' placeholder for a missing outlet is drawn in Arabic among the Arabic names
    assert display.outlet_label("(unknown)") == "(وسيلة غير معروفة)"
    mine = pd.DataFrame({"outlet": ["rt", "bbc"], "country": ["RUS", "GBR"], "name_ar": ["روسيا اليوم", ""]})
    assert display.outlet_label("rt", outlets=mine) == "روسيا اليوم" and display.outlet_label("bbc", outlets=mine) == "bbc"


def test_arabic_table_names_its_columns_in_arabic_above_their_ids() -> None:
    # notebook 10's story threads, an Arabic table, were headed label, actors, words, outlets, first_date
    threads = pd.DataFrame({"label": ["abc_news china · لإجراء، محادثات"], "words": ["لإجراء، محادثات، الاثنين"],
                            "first_date": ["2021-03-19"], "lift": [1.5],
                            "ru_voice_share": [0.5]})
    page = show_table(threads, "thread_labels")._repr_html_()
    assert 'dir="rtl"' in page
    heads = re.findall(r"<th>(.*?)</th>", page)
    assert heads[:3] == ['<bdi>التسمية</bdi><span class="q7x2-id">label</span>',
                         '<bdi>الكلمات</bdi><span class="q7x2-id">words</span>',
                         '<bdi>أول تاريخ</bdi><span class="q7x2-id">first_date</span>']
    assert heads[3] == "<bdi>lift</bdi>"  # a measure without an Arabic name keeps its id
    # a column made per side (doc_stance's ru_voice_share) is named by the table's row *_voice_share
    assert heads[4] == '<bdi>حصة أقوال RU</bdi><span class="q7x2-id">ru_voice_share</span>'
    # the data keep the ids: the CSV and the plain text are the frame's own
    assert list(show_table(threads, "thread_labels").df.columns) == ["label", "words", "first_date", "lift", "ru_voice_share"]
    # a left-to-right table (codes, English notes) keeps its English header
    assert "q7x2-id" not in show_table(pd.DataFrame({"doc_id": ["001"], "feature_id": ["america_amrik"]}), "codes")._repr_html_()


def test_arabic_table_of_mentions_by_kind_heads_its_counts_by_the_kind_not_as_names() -> None:
    # notebook 20's mentions by kind: a column «الاسم» of counts (92) beside «الاسم بالعربية» of names misread
    by_kind = pd.DataFrame({"name": [12], "role": [3], "name_ar": ["عبدالله الفلاني"]}, index=pd.Index(["fulan"], name="actor_id"))
    heads = re.findall(r"<th>(.*?)</th>", show_table(by_kind, "mentions_by_kind", names_ar=display.MENTION_KINDS_AR)._repr_html_())
    assert heads[1:4] == ['<bdi>بالاسم</bdi><span class="q7x2-id">name</span>',
                          '<bdi>بالصفة</bdi><span class="q7x2-id">role</span>',
                          '<bdi>الاسم بالعربية</bdi><span class="q7x2-id">name_ar</span>']  # the usual names elsewhere
    # without the table's own names, the usual ones (a column of names)
    assert re.findall(r"<th>(.*?)</th>", show_table(by_kind, "mentions_by_kind")._repr_html_())[1] == (
        '<bdi>الاسم</bdi><span class="q7x2-id">name</span>')


def test_every_kind_of_mention_has_an_arabic_name() -> None:
    import q7x2lib

    # the bundled articles make mentions of all four kinds (by name, role, joint reference and body)
    kinds = set(q7x2lib.find_mentions(q7x2lib.load_corpus(None)).kind)
    assert kinds == set(display.MENTION_KINDS_AR) == {"name", "role", "group", "agent"}


def test_tables_name_the_outlets_as_the_charts_do() -> None:
    # notebook 30's voices by outlet, an Arabic table, listed "(unknown)" (and on the development corpus aawsat,
    # okaz ...) beside a chart naming the same rows «(وسيلة غير معروفة)», «الشرق الأوسط», «عكاظ»
    by_outlet = pd.DataFrame({"ru_voice_share": [0.72, 0.5, 0.4], "cooperation_index": [0.03, -0.01, 0.2]},
                             index=pd.Index(["(unknown)", "aawsat", "يورو عربي"], name="outlet"))
    view = show_table(by_outlet, "voices_by_outlet")
    page = view._repr_html_()
    for name in ("(وسيلة غير معروفة)", "الشرق الأوسط", "يورو عربي"):
        assert f"<bdi>{name}</bdi>" in page, name
    assert "aawsat" not in page and "(unknown)" not in page
    assert view.df.index.tolist() == ["(unknown)", "aawsat", "يورو عربي"] and "aawsat" in repr(view)  # data and text kept
    # a table of ids and numbers becomes an Arabic table once its outlets are named: right to left
    counts = pd.DataFrame({"outlet": ["okaz", "sabq", "other"], "articles": [12, 7, 1]})
    page = show_table(counts, "outlets")._repr_html_()
    assert 'dir="rtl"' in page and "<bdi>عكاظ</bdi>" in page and "<bdi>سبق</bdi>" in page and "other" in page
    # outlets across the columns (citations by outlet): headed by their names, each id beneath in small type (a
    # header of names alone left no way to tell which column of the CSV file is which)
    across = pd.DataFrame([[3, 1]], index=pd.Index(["tass"], name="source_id"), columns=pd.Index(["okaz", "was"], name="outlet"))
    page = show_table(across, "citations_by_outlet")._repr_html_()
    assert re.findall(r"<th>(.*?)</th>", page) == ['<bdi>المصدر المستشهد به</bdi><span class="q7x2-id">source_id</span>',
                                                   '<bdi>عكاظ</bdi><span class="q7x2-id">okaz</span>',
                                                   '<bdi>واس</bdi><span class="q7x2-id">was</span>']
    # rtl_table names them too; a column of another name holding an id is left alone
    page = display.rtl_table(pd.DataFrame({"outlet": ["was"], "source": ["was"], "title": ["عنوان"]}))._repr_html_()
    assert "<bdi>واس</bdi>" in page and '<bdi dir="ltr">was</bdi>' in page


def test_outlets_named_keeps_the_frame_it_is_given() -> None:
    frame = pd.DataFrame({"outlet": ["okaz", None], "n": [1, 2]})
    shown = display.outlets_named(frame)
    assert shown["outlet"].iloc[0] == "عكاظ" and pd.isna(shown["outlet"].iloc[1])  # a missing outlet stays empty
    assert frame["outlet"].iloc[0] == "okaz"
    plain = pd.DataFrame({"actor": ["okaz"]})
    assert display.outlets_named(plain) is plain  # nothing to name: the same frame
    two = pd.DataFrame({"n": [1, 2]}, index=pd.MultiIndex.from_arrays([["okaz", "sabq"], ["x", "y"]], names=["outlet", "kind"]))
    assert display.outlets_named(two).index.tolist() == [("عكاظ", "x"), ("سبق", "y")]


def test_copy_flows_table_names_its_source_and_copier_outlets_as_the_charts_do() -> None:
    from q7x2lib import compare

    # notebook 10's copy flows, on the development corpus, listed was → okaz by id beside tables and charts naming
    # the outlets واس، عكاظ
    corpus = pd.DataFrame({"doc_id": ["w", "a", "b"], "outlet": ["was", "okaz", "sabq"],
                           "published": pd.to_datetime(["2015-08-01", "2015-08-02", "2015-08-01"])})
    passages = pd.DataFrame({"doc_a": ["w", "w"], "doc_b": ["a", "b"], "n_words": [40, 30]})
    flows = compare.copy_flows(corpus, passages)
    view = show_table(flows, "copy_flows", outlet_columns=["source", "copier"])
    page = view._repr_html_()
    assert 'dir="rtl"' in page
    cells = re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1])
    firsts = [re.findall(r"<bdi[^>]*>(.*?)</bdi>", row)[:2] for row in cells]
    assert firsts == [["سبق", "واس"], ["واس", "عكاظ"], ["واس", "سبق"]]
    assert "okaz" not in page.split("<tbody>")[1]
    assert view.df.equals(flows) and "okaz" in repr(view)  # the data, the plain text and the CSV keep the ids
    # every column of the table has an Arabic name above its id
    heads = re.findall(r"<th>(.*?)</th>", page)
    assert all('class="q7x2-id"' in h for h in heads), heads


def test_tables_and_charts_name_the_outlets_by_the_users_outlets_table(tmp_path) -> None:
    # a made-up corpus of two outlets the bundled table does not know, and the user's outlets table naming them
    mine = tmp_path / "my_outlets.csv"
    mine.write_text("outlet,country,name_ar\nnahar,LBN,النهار\nmanar,LBN,\nokaz,SAU,عكاظ اليومية\n", encoding="utf-8")
    counts = pd.DataFrame({"outlet": ["nahar", "manar", "sabq"], "articles": [3, 2, 1]})
    assert "nahar" in show_table(counts, "outlets")._repr_html_()  # the bundled table knows neither
    try:
        display.use_outlets(mine)
        page = show_table(counts, "outlets")._repr_html_()
        assert "<bdi>النهار</bdi>" in page and ">manar</bdi>" in page  # no Arabic name given: the id
        assert "<bdi>سبق</bdi>" in page  # one the user's table does not list keeps its bundled name
        assert display.outlet_label("okaz") == "عكاظ اليومية"  # the user's name wins over the bundled one
        across = pd.DataFrame([[2, 1]], index=pd.Index(["tass"], name="source_id"),
                              columns=pd.Index(["nahar", "manar"], name="outlet"))
        assert '<bdi>النهار</bdi><span class="q7x2-id">nahar</span>' in show_table(across, "by_outlet")._repr_html_()
        # what the notebooks pass: the tables of user_tables, the user's rows over the bundled ones
        from q7x2lib import actors

        display.use_outlets(actors.user_tables(table_paths={"outlets": mine})["outlets"])
        assert display.outlet_label("nahar") == "النهار" and display.outlet_label("was") == "واس"
    finally:
        display.use_outlets(None)
    assert display.outlet_label("nahar") == "nahar" and display.outlet_label("okaz") == "عكاظ"


def test_citations_by_outlet_name_the_cited_sources_as_the_chart_does() -> None:
    # notebook 10's citations by outlet listed afp, reuters, tass by id beside outlets named عكاظ، واس and a chart
    # naming the sources in Arabic; the rows now read فرانس برس، رويترز، تاس, each id kept in the data and the CSV
    across = pd.DataFrame([[3, 1], [2, 0], [0, 4]], index=pd.Index(["afp", "reuters", "tass"], name="source_id"),
                          columns=pd.Index(["okaz", "was"], name="outlet"))
    view = show_table(across, "citations_by_outlet", source_columns=["source_id"])
    page = view._repr_html_()
    body = page.split("<tbody>")[1]
    for name in ("فرانس برس", "رويترز", "تاس"):
        assert f"<bdi>{name}</bdi>" in body, name
    assert "afp" not in body and "reuters" not in body
    assert view.df.index.tolist() == ["afp", "reuters", "tass"] and "reuters" in repr(view)
    # the small corpus's citations in context: a column named source, named only where the table says so
    in_context = pd.DataFrame({"doc_id": ["000"], "source": ["sputnik"], "mention": ["سبوتنيك"]})
    assert "<bdi>سبوتنيك</bdi></td><td" in show_table(in_context, "citations", source_columns=["source"])._repr_html_()
    assert ">sputnik</bdi>" in show_table(in_context, "citations")._repr_html_()
    # an events table's source_id is an actor's id: left alone unless named
    events = pd.DataFrame({"source_id": ["putin"], "trigger": ["اتصل"]})
    assert ">putin</bdi>" in show_table(events, "events")._repr_html_()


def test_cited_sources_are_named_by_the_users_sources_table_arabic_then_english(tmp_path) -> None:
    from q7x2lib import actors

    mine = tmp_path / "my_sources.csv"
    mine.write_text("source_id,name_ar,name_en,type,country,variants\n"
                    "xna,,XNA,agency,KWT,إكسنا\nyna,ينا,YNA,agency,ARE,ينا\nmystery,,,agency,,مجهولة\n", encoding="utf-8")
    assert display.source_label("xna") == "xna"
    try:
        display.use_sources(actors.user_tables(table_paths={"sources": mine})["sources"])
        assert display.source_label("yna") == "ينا"  # the Arabic name first
        assert display.source_label("xna") == "XNA"  # no Arabic name: the English one
        assert display.source_label("mystery") == "mystery"  # neither: the id
        assert display.source_label("afp") == "فرانس برس"  # a bundled source keeps its name
    finally:
        display.use_sources(None)
    assert display.source_label("xna") == "xna"


def test_every_bundled_source_has_an_arabic_and_an_english_name() -> None:
    from q7x2lib.lexicons import load_lexicon

    sources = load_lexicon("sources")
    assert (sources["name_ar"].str.strip() != "").all() and (sources["name_en"].str.strip() != "").all()


def test_a_left_to_right_table_shows_whole_numbers_without_decimals() -> None:
    # days apart are floats where a pair has no date; 1.0 read as a measurement, not a count of days
    pairs = pd.DataFrame({"doc_a": ["a", "b", "c"], "days_apart": [1.0, float("nan"), 22.0], "char": [0.5, 0.25, 1.0]})
    page = display.show_table(pairs, "pairs", rtl=False)._repr_html_()
    assert "<td>1</td>" in page and "<td>22</td>" in page and "<td>22.0</td>" not in page
    assert "None" not in page and "nan" not in page.lower()
    assert "<td>0.250</td>" in page or "<td>0.25</td>" in page  # shares keep their decimals
    assert pairs["days_apart"].tolist()[0] == 1.0  # the data is unchanged


def test_an_arabic_table_names_its_english_values_in_arabic() -> None:
    # made-up events: the kind of act, whether it is negated and its modality, in an Arabic table
    events = pd.DataFrame({"trigger": ["هدد", "زار"], "unit": ["event", "statement"], "negated": [False, True],
                           "modality": ["threat", "act"], "cue_kind": ["verb", "made_up_kind"]})
    page = display.show_table(events, "events")._repr_html_()
    for arabic in ("حدث", "تصريح", "مثبت", "منفي", "تهديد", "فعل", "فعل قول"):
        assert f"<bdi>{arabic}</bdi>" in page, arabic
    assert "False" not in page and ">threat<" not in page and "made_up_kind" in page  # a value not named stays
    assert events["modality"].tolist() == ["threat", "act"]  # the data keeps its values


def test_a_dyads_table_names_its_countries_with_their_codes() -> None:
    dyads = pd.DataFrame({"source": ["RUS", "USA"], "target": ["USA", "IGO"], "n_events": [3, 1]})
    view = display.show_table(dyads, "dyads", country_columns=["source", "target"])
    page = view._repr_html_()
    assert view.rtl and "روسيا (RUS)" in page and "الولايات المتحدة (USA)" in page and "منظمة حكومية دولية (IGO)" in page
    assert repr(view) == repr(dyads)  # the plain text and the data keep the codes
    # without country_columns (a copy_flows' source is an outlet) the codes stay
    assert "روسيا" not in display.show_table(dyads, "dyads")._repr_html_()


def test_every_value_name_is_arabic_and_named_once() -> None:
    from q7x2lib.lexicons import load_lexicon

    table = load_lexicon("value_names_ar")
    assert not table[["column", "value"]].duplicated().any()
    assert table["name_ar"].map(lambda n: bool(re.search("[\u0600-\u06ff]", n))).all()


def test_a_shown_table_names_actors_and_codes_in_arabic_and_leaves_out_the_rules_trace() -> None:
    events = pd.DataFrame({"source_code": ["RUSGOV", "XYZ"], "target_code": ["USAMIL", ""], "trigger": ["أدان", "رحب"],
                           "evidence": ["أدان; source=speaker; target=next", "رحب; source=before"]})
    page = show_table(events, "made_up_events")._repr_html_()
    assert "روسيا، حكومة (RUSGOV)" in page and "الولايات المتحدة، جيش (USAMIL)" in page and "XYZ" in page
    assert "source=speaker" not in page and "Not shown: <code>evidence</code>" in page
    assert 'dir="rtl"' in page and "evidence" in show_table(events, "made_up_events").df  # the data keeps it
    pairs = pd.DataFrame({"doc_a": ["000"], "doc_b": ["001"], "shared_actors": ["biden putin someone_new"], "same_event": [True]})
    page = show_table(pairs, "made_up_pairs")._repr_html_()
    assert 'dir="rtl"' in page and "جو بايدن، فلاديمير بوتين، someone_new" in page  # Arabic names: the table reads right to left
    assert "biden putin" in pairs.to_csv()


def test_an_actor_id_is_named_once_where_the_table_names_its_actors_itself() -> None:
    named = pd.DataFrame({"speaker_id": ["putin"], "name": ["فلاديمير بوتين"], "n_statements": [3]})
    page = show_table(named, "made_up_speakers")._repr_html_()
    assert "(putin)" not in page and ">putin</bdi>" in page  # the name column names him already
    counts = pd.DataFrame({"actor_a": ["putin"], "actor_b": ["biden"], "n": [4]})
    page = show_table(counts, "made_up_cooccurrence")._repr_html_()
    assert "فلاديمير بوتين (putin)" in page and "جو بايدن (biden)" in page
    candidates = pd.DataFrame({"candidate": ["الرئاسة"], "suggested_code": ["GOV"]})
    assert "حكومة (GOV)" in show_table(candidates, "made_up_candidates")._repr_html_()


def test_a_table_whose_values_or_headers_are_arabic_as_shown_reads_right_to_left() -> None:
    # notebook 20's coverage and score tables: measures and kinds that the table names in Arabic, read left to right
    # because the direction rule read the table before its values were named
    scores = pd.DataFrame({"measure": ["detection_f1", "coded_f1", "my_f1"], "value": [0.9, 0.8, 0.1],
                           "n": [10, 10, 3]})
    page = show_table(scores, "made_up_scores")._repr_html_()
    assert 'class="q7x2-rtl" dir="rtl" lang="ar"' in page and "<bdi>مقياس F1 للرصد</bdi>" in page
    assert ">my_f1</bdi>" in page and "detection_f1" in scores.to_csv()  # the data keeps its ids
    by_kind = pd.DataFrame({"kind": ["name", "role", "(all)"], "tp": [5, 2, 7], "f1": [0.9, 0.5, 0.8]})
    assert 'dir="rtl"' in show_table(by_kind, "made_up_kinds")._repr_html_()
    # a kind as the index (data) is named too, and shown as a column
    page = show_table(by_kind.set_index("kind"), "made_up_kinds")._repr_html_()
    assert 'dir="rtl"' in page and "<bdi>بالاسم</bdi>" in page and '<span class="q7x2-id">kind</span>' in page
    # headers that are Arabic as shown: outlets across, named; or a table's own Arabic headers
    across = pd.DataFrame([[3, 1]], columns=pd.Index(["okaz", "sabq"], name="outlet"), index=pd.Index(["putin"], name="actor_id"))
    assert 'dir="rtl"' in show_table(across, "made_up_across")._repr_html_()
    assert 'dir="rtl"' in show_table(pd.DataFrame([[3, 1]], columns=["بالاسم", "بالصفة"]), "made_up_headers")._repr_html_()
    # ids and numbers, English notes, and a column of values the table does not name stay left to right
    for ltr in (pd.DataFrame({"doc_id": ["snn-1"], "n": [3]}), pd.DataFrame({"measure": ["my_measure"], "value": [0.5]}),
                pd.DataFrame({"doc_id": ["snn-1"], "note": ["the text names no outlet at all"]})):
        page = show_table(ltr, "made_up_ltr")._repr_html_()
        assert '<div dir="ltr">' in page and 'dir="rtl"' not in page


def test_a_table_view_names_its_values_once(monkeypatch) -> None:
    calls = []
    as_shown = display.as_shown
    monkeypatch.setattr(display, "as_shown", lambda *a, **k: calls.append(1) or as_shown(*a, **k))
    view = show_table(pd.DataFrame({"modality": ["act", "intent"], "outlet": ["okaz", "sabq"]}), "made_up_named")
    pages = [view._repr_html_(), view._repr_html_()]
    assert len(calls) == 1 and view.rtl and all("<bdi>نية</bdi>" in p and "<bdi>عكاظ</bdi>" in p for p in pages)


def test_boilerplate_rules_are_shown_by_their_arabic_names_with_their_ids() -> None:
    # notebook 00's removed boilerplate read breadcrumb, read_also ... among Arabic lines
    removed = pd.DataFrame({"doc_id": ["000", "001", "002"], "rule_id": ["read_also", "breadcrumb", "my_rule"],
                            "text": ["اقرأ أيضا: خبر", "أخبار عالمية", "سطر"]})
    page = show_table(removed, "made_up_boilerplate")._repr_html_()
    assert "<bdi>رابط اقرأ أيضا (read_also)</bdi>" in page and "(breadcrumb)" in page and ">my_rule</bdi>" in page
    assert removed.rule_id.tolist() == ["read_also", "breadcrumb", "my_rule"]  # the data keeps the ids


def test_every_bundled_boilerplate_rule_has_an_arabic_name() -> None:
    from q7x2lib.lexicons import load_lexicon

    rules = load_lexicon("boilerplate")
    assert rules["name_ar"].map(lambda n: isinstance(n, str) and bool(re.search("[\u0600-\u06ff]", n))).all()
    assert rules["rule_id"].map(display.rule_label).str.endswith(")").all()
    # each name outweighs its id: the cell reads right to left, not as an English note (display._ltr_text)
    assert not rules["rule_id"].map(display.rule_label).map(display._ltr_text).any()


def test_every_value_name_opens_with_an_arabic_letter() -> None:
    # a cell takes the direction of its first letter: «F1 الرصد» read as «الرصد F1» in a right-to-left table
    from q7x2lib.lexicons import load_lexicon

    names = load_lexicon("value_names_ar")["name_ar"]
    first = names.map(lambda n: re.search("[A-Za-z\u0600-\u06ff]", n).group())
    assert first.str.contains("[\u0600-\u06ff]").all(), names[~first.str.contains("[\u0600-\u06ff]")].tolist()


def test_a_table_with_named_values_across_its_columns_reads_right_to_left() -> None:
    # notebook 00's paragraphs by kind: a pivot whose columns are kinds (body, title ...) read left to right, in English
    structure = pd.DataFrame([[11, 0], [14, 1]], columns=pd.Index(["body", "title"], name="kind"),
                             index=pd.Index(["snn-1", "snn-2"], name="doc_id"))
    page = show_table(structure, "made_up_structure")._repr_html_()
    assert 'dir="rtl"' in page and '<th><bdi>فقرات المتن</bdi><span class="q7x2-id">body</span></th>' in page
    assert structure.columns.tolist() == ["body", "title"]  # the data keeps its ids
    # columns across that the table does not name stay as they are
    plain = pd.DataFrame([[1, 2]], columns=pd.Index(["x1", "x2"], name="kind"), index=pd.Index(["snn-1"], name="doc_id"))
    assert '<div dir="ltr">' in show_table(plain, "made_up_plain")._repr_html_()


def test_the_rows_of_scores_that_are_no_actor_are_named_in_arabic() -> None:
    scores = pd.DataFrame({"actor_id": ["putin", "(all)"], "f1": [0.9, 0.8]})
    page = show_table(scores, "made_up_scores")._repr_html_()
    assert "فلاديمير بوتين (putin)" in page and "<bdi>(الكل)</bdi>" in page
    errors = pd.DataFrame({"speaker_id": ["unresolved", "putin"], "pred_speaker_id": ["biden", None]})
    assert "لا أحد بعينه" in show_table(errors, "made_up_errors")._repr_html_()


def test_a_table_of_measures_shows_each_measure_by_its_arabic_name_and_its_id() -> None:
    # the notebooks' prose and code name the measures by id (measures.detection_f1): the table shows both
    scores = pd.DataFrame({"measure": ["detection_f1", "speaker_accuracy", "made_up_measure"],
                           "value": [0.9, 0.8, 0.7], "n": [10, 9, 8]})
    page = show_table(scores, "scores")._repr_html_()
    assert 'dir="rtl"' in page
    cells = re.findall(r"<tr><td[^>]*>(.*?)</td>", page)
    assert cells[:2] == ['<bdi>مقياس F1 للرصد</bdi><span class="q7x2-id">detection_f1</span>',
                         '<bdi>صحة المتحدث</bdi><span class="q7x2-id">speaker_accuracy</span>']
    assert cells[2] == '<bdi dir="ltr">made_up_measure</bdi>'  # a measure with no Arabic name is its id alone
    assert show_table(scores, "scores").df.measure.tolist() == scores.measure.tolist()  # the data keep the ids


def test_a_wide_left_to_right_table_may_break_its_headers_after_underscores() -> None:
    # notebook 30's doc_stance, nine columns of numbers headed by ids, ran off the page
    wide = pd.DataFrame({"n_statements": [10], "cooperation_index": [0.1], "n": [3]}, index=pd.Index(["a_b"], name="doc_id"))
    page = show_table(wide, "doc_stance")._repr_html_()
    assert 'dir="rtl"' not in page
    assert "n_<wbr>statements" in page and "cooperation_<wbr>index" in page and "<th>n</th>" in page
    assert "a_<wbr>b" not in page  # only the headers: an id in a cell stays one word


def test_a_table_of_numbers_whose_columns_the_table_names_in_arabic_reads_right_to_left() -> None:
    # notebook 10's named_and_cited: counts per article under Arabic measure names (names_ar) were shown left to
    # right under their ids, the names given for nothing
    counts = pd.DataFrame({"named_X": [20, 3], "cited_X": [4, 0]}, index=pd.Index(["a1", "a2"], name="doc_id"))
    names = {"named_X": "ذكر البلد س", "cited_X": "الاستشهاد بمصدر من البلد س"}
    page = show_table(counts, "made_up_measures", names_ar=names)._repr_html_()
    assert 'class="q7x2-rtl" dir="rtl" lang="ar"' in page
    assert '<th><bdi>ذكر البلد س</bdi><span class="q7x2-id">named_X</span></th>' in page
    assert '<bdi dir="ltr">a1</bdi>' in page, "the index (data) is a column, on the right"
    assert '<div dir="ltr">' in show_table(counts, "made_up_measures")._repr_html_(), "without names: ids and numbers"
    assert '<div dir="ltr">' in show_table(counts, "made_up_measures", names_ar={"other": "غيره"})._repr_html_()
    assert 'dir="rtl"' not in show_table(counts, "made_up_measures", names_ar=names, rtl=False)._repr_html_()


def test_rtl_table_keeps_a_short_english_label_on_one_line_and_lets_a_sentence_wrap() -> None:
    # notebook 10's shared passages: «passage 0» broke after «passage» in its narrow column
    df = pd.DataFrame({"passage": ["passage 0", "passage 12"], "text": ["قال الرئيس إن العلاقات صعبة"] * 2,
                       "note": ["a note of several English words", "Made Up News"]})
    page = rtl_table(df)._repr_html_()
    assert '<td class="q7x2-word"><bdi dir="ltr">passage 0</bdi></td>' in page
    assert '<td class="q7x2-word"><bdi dir="ltr">Made Up News</bdi></td>' in page
    assert '<td class="q7x2-ltr"><bdi dir="ltr">a note of several English words</bdi></td>' in page
    assert "<td><bdi>قال الرئيس" in page, "Arabic text with spaces wraps as usual"
