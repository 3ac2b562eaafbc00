"""A user's own corpus in the forms spreadsheets and scrapers write: each fix with a positive and a guard case."""

from __future__ import annotations

import csv
import hashlib
import warnings

import pandas as pd
import pytest

from q7x2lib.corpus import iter_corpus, load_corpus
from q7x2lib.errors import CorpusError, Q7x2Warning

TEXTS = [
    "قال وزير الخارجية السعودي إن المملكة تدعم الحل السياسي في اليمن.",
    "أعلنت وزارة الداخلية القبض على خلية إرهابية في الرياض.",
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز رئيس الوزراء البريطاني.",
]


def _write_csv(path, header, rows, *, encoding="utf-8", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(path, **kw)
    return corpus, [str(w.message) for w in caught if issubclass(w.category, Q7x2Warning)]


# --- dates written with numbers are read day first --------------------------------


def test_day_first_dates_are_not_read_month_first(tmp_path) -> None:
    path = tmp_path / "news.csv"
    digest = _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "12/03/2015"], ["b", TEXTS[1], "21/07/2015 14:05"], ["c", TEXTS[2], ""]])
    corpus, said = _load(path)
    assert corpus.published.tolist()[:2] == [pd.Timestamp("2015-03-12"), pd.Timestamp("2015-07-21 14:05")]
    assert pd.isna(corpus.published[2])
    assert not any("day first" in m for m in said)  # 21/07 shows the order: nothing to warn
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_dates_that_could_be_either_order_are_read_day_first_with_a_warning(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "08/06/2015"], ["b", TEXTS[1], "2015-06-09"]])
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-06-08"), pd.Timestamp("2015-06-09")]
    assert any("news.csv" in m and "read day first" in m and "08 June 2015" in m for m in said)


def test_manifest_dates_are_read_day_first_too(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    _write_csv(tmp_path / "manifest.csv", ["doc_id", "outlet", "published"], [["a", "sabq", "08/06/2015"]])
    corpus, said = _load(tmp_path)
    assert corpus.published[0] == pd.Timestamp("2015-06-08")
    assert any("manifest.csv" in m and "day first" in m for m in said)


def test_a_column_that_shows_the_month_first_is_read_month_first_with_a_warning(tmp_path) -> None:
    path = tmp_path / "news.csv"  # a US spreadsheet: 03/13/2015 can only be 13 March
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "12/03/2015"], ["b", TEXTS[1], "03/13/2015"]])
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-12-03"), pd.Timestamp("2015-03-13")]
    assert any("news.csv" in m and "read month first" in m and "13 March 2015" in m for m in said)


def test_a_column_that_writes_dates_in_both_orders_is_an_error_naming_file_and_rows(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "21/07/2015"], ["b", TEXTS[1], "03/13/2015"]])
    with pytest.raises(CorpusError, match=r"news.csv: 'published' writes dates in two orders: '21/07/2015' in line 2.*'03/13/2015' in line 3.*YYYY-MM-DD"):
        load_corpus(path)


def test_a_numeric_value_with_no_month_in_either_order_is_an_error(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "13/14/2015"]])
    with pytest.raises(CorpusError, match=r"news.csv: 'published' has '13/14/2015' in line 2, which is no date"):
        load_corpus(path)


def test_iso_dates_and_utc_offsets_keep_the_clock_time_as_written(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    rows = [("a", "2015-03-12 14:05:00"), ("b", "2015-03-12T23:30:00+03:00"), ("c", "2015-03-13T01:00:00Z")]
    path.write_text("\n".join(f'{{"doc_id": "{i}", "text": "{t}", "published": "{d}"}}' for (i, d), t in zip(rows, TEXTS)), encoding="utf-8")
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-03-12 14:05"), pd.Timestamp("2015-03-12 23:30"), pd.Timestamp("2015-03-13 01:00")]
    assert not any("day first" in m for m in said)


# --- separators, empty rows, missing ids and texts ------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "utf-8-sig"])
def test_semicolon_separated_csv_is_read(tmp_path, encoding) -> None:
    path = tmp_path / "news.csv"
    digest = _write_csv(path, ["doc_id", "title", "text", "outlet"], [["a", "عنوان؛ أول", TEXTS[0], "sabq"], ["b", "", TEXTS[1], "okaz"]], encoding=encoding, delimiter=";")
    corpus, _ = _load(path)
    assert corpus.doc_id.tolist() == ["a", "b"] and corpus.outlet.tolist() == ["sabq", "okaz"]
    assert corpus.text.tolist() == TEXTS[:2]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_comma_csv_whose_texts_hold_semicolons_stays_comma(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0] + "; " + TEXTS[1]]])
    corpus, _ = _load(path)
    assert corpus.doc_id.tolist() == ["a"] and ";" in corpus.text[0]


def test_tab_separated_csv_is_read(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]]], delimiter="\t")
    assert load_corpus(path).doc_id.tolist() == ["a"]


def test_empty_spreadsheet_rows_are_skipped_with_a_warning(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "outlet"], [["a", TEXTS[0], "sabq"], ["", "", ""], ["b", TEXTS[1], "okaz"], ["", " ", ""]])
    corpus, said = _load(path)
    assert corpus.doc_id.tolist() == ["a", "b"]
    assert any("news.csv: skipped 2 empty row(s), at lines 3, 5" in m for m in said)


def test_rows_without_empty_rows_warn_nothing_and_generated_ids_keep_the_row_number(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["text", "outlet"], [[TEXTS[0], "sabq"], ["", ""], [TEXTS[1], "okaz"]])
    corpus, said = _load(path)
    assert corpus.doc_id.tolist() == ["news-1", "news-3"]
    _write_csv(path, ["text", "outlet"], [[TEXTS[0], "sabq"], [TEXTS[1], "okaz"]])
    assert not _load(path)[1]


def test_an_article_without_an_id_is_an_error_naming_the_row(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]], ["", TEXTS[1]]])
    with pytest.raises(CorpusError, match=r"news.csv: the id column 'doc_id' is empty where there is a text, at line 3;"):
        load_corpus(path)
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": null, "text": "{TEXTS[0]}"}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"empty where there is a text, at line 1;"):  # not the id 'None'
        load_corpus(path)


def test_a_row_with_an_id_but_no_text_is_skipped_with_a_warning(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}"}}\n{{"doc_id": "b", "text": null}}\n{{"doc_id": "c"}}\n', encoding="utf-8")
    corpus, said = _load(path)
    assert corpus.doc_id.tolist() == ["a"]
    assert any("skipped 2 empty article(s)" in m for m in said)


def test_a_text_that_is_no_string_is_still_an_error(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}"}}\n{{"doc_id": "b", "text": ["x"]}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"news.jsonl: the text column 'text' is not text, at line 2"):
        load_corpus(path)


# --- nested JSON, other column names, HTML, manifests naming files ------------------------


def test_nested_json_fields_are_dotted_columns(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "".join(f'{{"id": "{i}", "meta": {{"source": "sabq", "date": "2015-03-12"}}, "content": {{"body": "{t}"}}}}\n' for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"no text column 'text'; columns are \['id', 'meta.source', 'meta.date', 'content.body'\] \(pass text_col='content.body'; on the command line --text-col content.body\)"):
        load_corpus(path)
    corpus, said = _load(path, text_col="content.body", id_col="id")
    assert corpus.text.tolist() == TEXTS and corpus["meta.source"].tolist() == ["sabq"] * 3
    assert any("'meta.source' is not read as the outlet" in m for m in said)


def test_flat_json_is_read_as_before(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}", "tags": {{}}, "outlet": "sabq"}}\n', encoding="utf-8")
    corpus, said = _load(path)
    assert corpus.outlet.tolist() == ["sabq"] and corpus.tags.tolist() == [{}] and not said


def test_columns_named_otherwise_are_said_to_be_unread(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["id", "headline", "body", "published", "newspaper"], [["a", "عنوان", TEXTS[0], "2015-03-12", "sabq"]], encoding="utf-8-sig")
    with pytest.raises(CorpusError, match=r"\(pass text_col='body'; on the command line --text-col body\)"):
        load_corpus(path)
    corpus, said = _load(path, text_col="body", id_col="id")
    assert corpus.outlet.isna().all()  # not guessed: the user is told
    assert any("column 'newspaper' is not read as the outlet" in m for m in said)
    assert any("column 'headline' is not read as the title" in m for m in said)
    assert not any("published" in m for m in said)  # that column is read


def test_the_usual_column_names_warn_nothing(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "title", "text", "published", "outlet", "date"], [["a", "عنوان", TEXTS[0], "2015-03-12", "sabq", "x"]])
    corpus, said = _load(path)
    assert corpus.outlet.tolist() == ["sabq"] and not said


def test_html_in_texts_is_stripped_from_text_clean_with_a_warning_and_the_text_kept(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", f"<p>{TEXTS[0]}</p>&nbsp;"], ["b", TEXTS[1] + " 3 < 5 > 2"]])
    corpus, said = _load(path)
    assert corpus.text[0].startswith("<p>") and corpus.text_clean[0] == TEXTS[0].strip()
    assert "<" not in corpus.text_norm[0] and "nbsp" not in corpus.text_clean[0]
    assert [m for m in said if "HTML" in m] and all("['a']" in m for m in said if "HTML" in m)


def test_manifest_naming_files_with_txt_says_what_a_doc_id_is(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    _write_csv(tmp_path / "manifest.csv", ["doc_id", "outlet"], [["a.txt", "sabq"]])
    _, said = _load(tmp_path)
    assert any("name a file, e.g. 'a.txt': a doc_id is the file name without .txt" in m for m in said)
    _write_csv(tmp_path / "manifest.csv", ["doc_id", "outlet"], [["a", "sabq"], ["zz", "okaz"]])
    _, said = _load(tmp_path)
    assert any("1 doc_id(s) of the manifest have no article: ['zz']" in m and "name a file" not in m for m in said)


def test_chunks_read_separators_and_empty_rows_alike(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]], ["", ""], ["b", TEXTS[1]], ["c", TEXTS[2]]], delimiter=";")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chunks = list(iter_corpus(path, chunksize=2))
    assert [c.doc_id.tolist() for c in chunks] == [["a"], ["b", "c"]]


def test_an_article_that_is_only_boilerplate_is_skipped_with_a_warning(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "title", "text"], [["short-1", "خبر", "عاجل"], ["a", "", TEXTS[0]], ["b", "", "عاجل: " + TEXTS[1]]])
    corpus, said = _load(path)
    assert corpus.doc_id.tolist() == ["a", "b"] and (corpus.n_words > 0).all()
    assert any("skipped 1 article(s) with no words left after cleaning" in m and "short-1" in m for m in said)
    assert len(load_corpus(path, clean=False)) == 3  # uncleaned, nothing is read as boilerplate


@pytest.mark.parametrize("date", ["1436/05/21", "21/05/1436"])
def test_a_hijri_date_is_not_read_as_a_gregorian_year(tmp_path, date) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "2015-03-12"], ["b", TEXTS[1], date]])
    with pytest.raises(CorpusError, match=rf"news.csv: 'published' has a year before 1800 in line 3: '{date}' \(a Hijri \(AH\) date\?"):
        load_corpus(path)


def test_gregorian_dates_of_any_modern_year_are_read(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "1948-05-15"], ["b", TEXTS[1], "2024/01/02"]])
    assert load_corpus(path).published.dt.year.tolist() == [1948, 2024]


def test_a_duplicated_row_is_named_by_its_rows(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]], ["b", TEXTS[1]], ["a", TEXTS[0]]])
    with pytest.raises(CorpusError, match=r"news.csv: duplicate doc_id \['a'\]: 'a' at lines 2, 4 \(the same text\)"):
        load_corpus(path)
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]], ["a", TEXTS[1]]])
    with pytest.raises(CorpusError, match=r"\(different texts\)"):
        load_corpus(path)


def test_a_trailing_comma_column_of_nothing_is_dropped_and_a_named_one_kept(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "", "note"], [["a", TEXTS[0], "", ""], ["b", TEXTS[1], "", ""]])
    corpus = load_corpus(path)
    assert "note" in corpus and not [c for c in corpus if str(c).startswith("Unnamed")]
    _write_csv(path, ["doc_id", "text", ""], [["a", TEXTS[0], "x"]])
    assert "Unnamed: 2" in load_corpus(path)  # a column with something in it is kept, whatever its name


def test_outlet_title_published_are_read_whatever_their_case_and_spaces(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "Title", "text", " Published", "OUTLET "], [["a", "عنوان", TEXTS[0], "2015-03-12", "sabq"]])
    corpus, said = _load(path)
    assert corpus.outlet.tolist() == ["sabq"] and corpus.title.tolist() == ["عنوان"] and corpus.published[0] == pd.Timestamp("2015-03-12")
    assert not said


def test_a_second_spelling_beside_the_right_name_is_left_alone(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "outlet", "Outlet"], [["a", TEXTS[0], "sabq", "other"]])
    corpus = load_corpus(path)
    assert corpus.outlet.tolist() == ["sabq"] and corpus["Outlet"].tolist() == ["other"]


@pytest.mark.parametrize(("name", "advice"), [("news.xlsx", "save it as CSV UTF-8"), ("news.tsv", "copy it to a name ending in .csv")])
def test_a_spreadsheet_or_other_format_says_what_to_save_it_as(tmp_path, name, advice) -> None:
    (tmp_path / name).write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=rf"{name}: unsupported input.*{advice}"):
        load_corpus(tmp_path / name)
    with pytest.raises(CorpusError, match=rf"{name}: unsupported input.*{advice}"):
        iter_corpus(tmp_path / name)


def test_an_unknown_format_gets_no_advice(tmp_path) -> None:
    (tmp_path / "news.docx").write_bytes(b"PK")
    with pytest.raises(CorpusError, match=r"\(.csv.gz, .jsonl.gz and .json.gz too\)$"):
        load_corpus(tmp_path / "news.docx")


# --- columns=: the user's column names read as outlet, title, published ------------------------


def test_columns_reads_other_names_as_the_librarys(tmp_path) -> None:
    path = tmp_path / "news.csv"
    digest = _write_csv(path, ["id", "headline", "body", "date", "newspaper"],
                        [["a", "عنوان الخبر", TEXTS[0], "12/03/2015", "sabq"], ["b", "", TEXTS[1], "", "okaz"]])
    corpus, said = _load(path, text_col="body", id_col="id", columns={"newspaper": "outlet", "headline": "title", "date": "published"})
    assert corpus.outlet.tolist() == ["sabq", "okaz"] and corpus.title.tolist()[0] == "عنوان الخبر"
    assert corpus.published.tolist()[0] == pd.Timestamp("2015-03-12") and pd.isna(corpus.published.tolist()[1])  # read day first, checked as any date
    assert corpus.date_basis.tolist() == ["given", "unknown"]
    assert "newspaper" not in corpus and not any("is not read" in m for m in said)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, "the file is read, never written"


def test_columns_reads_nested_json_fields_in_every_chunk(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "".join(f'{{"id": "{i}", "meta": {{"source": "sabq", "date": "2015-03-1{i}"}}, "content": {{"title": "عنوان {i}", "body": "{t}"}}}}\n'
                for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    mapping = {"meta.source": "outlet", "content.title": "title", "meta.date": "published"}
    chunks = list(iter_corpus(path, chunksize=2, text_col="content.body", id_col="id", columns=mapping))
    assert [len(c) for c in chunks] == [2, 1]
    whole = pd.concat(chunks, ignore_index=True)
    assert whole.outlet.tolist() == ["sabq"] * 3 and whole.title.tolist() == ["عنوان 0", "عنوان 1", "عنوان 2"]
    assert whole.published.dt.day.tolist() == [10, 11, 12]
    pd.testing.assert_frame_equal(load_corpus(path, text_col="content.body", id_col="id", columns=mapping), whole)


def test_columns_a_later_chunk_may_lack_a_sparse_json_key(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"text": "{TEXTS[0]}", "paper": "sabq"}}\n{{"text": "{TEXTS[1]}"}}\n', encoding="utf-8")
    chunks = list(iter_corpus(path, chunksize=1, columns={"paper": "outlet"}))
    assert [c.outlet.tolist() for c in chunks] == [["sabq"], [None]]


def test_columns_refuses_a_column_the_file_does_not_have(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["text", "newspaper"], [[TEXTS[0], "sabq"]])
    with pytest.raises(CorpusError, match=r"news.csv: columns= maps 'paper' to 'outlet', but there is no column 'paper'; columns are \['text', 'newspaper'\]"):
        load_corpus(path, columns={"paper": "outlet"})
    with pytest.raises(CorpusError, match=r"no column 'paper'"):
        next(iter_corpus(path, columns={"paper": "outlet"}))


def test_columns_refuses_two_columns_to_one_name_and_unknown_names(tmp_path) -> None:
    from q7x2lib.errors import ArgumentError

    path = tmp_path / "news.csv"
    _write_csv(path, ["text", "newspaper", "source"], [[TEXTS[0], "sabq", "okaz"]])
    with pytest.raises(ArgumentError, match=r"news.csv: columns= maps 'newspaper' and 'source' both to 'outlet'"):
        load_corpus(path, columns={"newspaper": "outlet", "source": "outlet"})
    with pytest.raises(ArgumentError, match=r"news.csv: columns= maps 'source' to 'author', a column q7x2lib does not read; map to one of outlet, title, published"):
        iter_corpus(path, columns={"source": "author"})  # refused when called, before any chunk is asked for
    with pytest.raises(ArgumentError, match=r"maps 'newspaper' to 'text'; name the text column with text_col='newspaper'"):
        load_corpus(path, columns={"newspaper": "text"})
    with pytest.raises(ArgumentError, match=r"columns= must map column names to names"):
        load_corpus(path, columns=[("newspaper", "outlet")])
    with pytest.raises(ArgumentError, match=r"or of a folder's manifest.csv, and this folder has no manifest.csv"):
        load_corpus(tmp_path, columns={"newspaper": "outlet"})


def test_columns_refuses_a_name_the_file_already_has(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["text", "newspaper", "Outlet"], [[TEXTS[0], "sabq", "okaz"]])
    with pytest.raises(CorpusError, match=r"news.csv: columns= maps 'newspaper' to 'outlet', but the file already has a column 'Outlet'"):
        load_corpus(path, columns={"newspaper": "outlet"})
    with pytest.raises(CorpusError, match=r"maps 'text' to 'title', but 'text' is the text column"):
        load_corpus(path, columns={"text": "title"})
    # guard: two columns trading names is no clash
    _write_csv(path, ["text", "outlet", "title"], [[TEXTS[0], "عنوان", "sabq"]])
    corpus, _ = _load(path, columns={"outlet": "title", "title": "outlet"})
    assert corpus.outlet.tolist() == ["sabq"] and corpus.title.tolist() == ["عنوان"]


def test_the_synonym_warning_names_the_option(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"text": "{TEXTS[0]}", "newspaper": "sabq", "meta": {{"date": "2015-03-12"}}}}\n', encoding="utf-8")
    _, said = _load(path)
    assert any('pass columns={"newspaper": "outlet"} (on the command line --column newspaper=outlet)' in m for m in said)
    assert any('pass columns={"meta.date": "published"} (on the command line --column meta.date=published)' in m for m in said)
    # guard: once mapped, nothing is said
    _, said = _load(path, columns={"newspaper": "outlet", "meta.date": "published"})
    assert not said


# --- dates written with Arabic month names; a year alone ------------------------------------


@pytest.mark.parametrize("date, expected", [
    ("12 مارس 2015", "2015-03-12"),
    ("الخميس 12 مارس 2015", "2015-03-12"),
    ("الخميس، 12 آذار 2015", "2015-03-12"),
    ("12 آذار (مارس) 2015", "2015-03-12"),
    ("١٢ مارس ٢٠١٥", "2015-03-12"),
    ("12 مارس 2015 - 14:05", "2015-03-12 14:05"),
    ("12 مارس 2015 الساعة 2:05 م", "2015-03-12 14:05"),
    ("الإثنين 3 إبريل 2017", "2017-04-03"),
    ("3 يوليه 2015", "2015-07-03"),
    ("1 كانون الثاني 2016", "2016-01-01"),
    ("12 تشرين الأول 2015م", "2015-10-12"),
    ("5 اغسطس 2015 الموافق 20 شوال 1436 هـ", "2015-08-05"),
])
def test_a_date_written_with_an_arabic_month_name_is_read(tmp_path, date, expected) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], date], ["b", TEXTS[1], "2015-03-13"]])
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp(expected), pd.Timestamp("2015-03-13")]
    assert not said


def test_a_users_month_table_reads_the_dates_of_that_call_only(tmp_path) -> None:
    """``load_corpus(tables=)`` puts a user's ``months`` in force: a spelling only their row knows is read, then no more."""
    from q7x2lib.lexicons import bundled_table

    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "12 مارص 2015"], ["b", TEXTS[1], "2015-03-13"]])
    with pytest.raises(CorpusError, match="is not a date in line 2"):
        load_corpus(path)  # no bundled table knows the (made-up) spelling مارص
    months = bundled_table("months")[["month", "name", "kind", "note"]]
    own = pd.concat([months, pd.DataFrame({"month": ["3"], "name": ["مارص"], "kind": ["variant"], "note": ["made up"]})])
    corpus, _ = _load(path, tables={"months": own})
    assert corpus.published.tolist() == [pd.Timestamp("2015-03-12"), pd.Timestamp("2015-03-13")]
    with pytest.raises(CorpusError, match="is not a date in line 2"):
        load_corpus(path)  # the user's table was in force for that call alone


def test_load_corpus_warnings_name_the_caller_with_tables_too(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0]], ["b", " "]])
    for kw in ({}, {"tables": {"months": None}}):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            load_corpus(path, **kw)
        assert [w.filename for w in caught if "empty article" in str(w.message)] == [__file__]


def test_manifest_dates_with_arabic_month_names_are_read_too(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    _write_csv(tmp_path / "manifest.csv", ["doc_id", "outlet", "published"], [["a", "sabq", "السبت 21 حزيران 2015"]])
    assert load_corpus(tmp_path).published[0] == pd.Timestamp("2015-06-21")


@pytest.mark.parametrize("date", ["12 رمضان 1436", "12 رمضان 2015", "1 ذو الحجة 1436"])
def test_a_hijri_month_name_is_an_error_naming_file_row_and_value(tmp_path, date) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "12 مارس 2015"], ["b", TEXTS[1], date]])
    with pytest.raises(CorpusError, match=rf"news.csv: 'published' names a Hijri \(AH\) month in line 3: '{date}' \(give dates of the Gregorian calendar\)"):
        load_corpus(path)


@pytest.mark.parametrize("date, problem", [
    ("12 مارس 1436", r"has a year before 1800 in line 2: '12 مارس 1436' \(a Hijri \(AH\) date\?"),
    ("31 فبراير 2015", r"is not a date in line 2: '31 فبراير 2015'"),
    ("12 مارس (نيسان) 2015", r"has '12 مارس \(نيسان\) 2015' in line 2, which names two months"),
    ("الخميس مارس 2015", r"has 'الخميس مارس 2015' in line 2, a month with a time or a weekday but no day"),  # a weekday says a day was meant
    ("12 مارس 2015 عاجل", r"is not a date in line 2"),
])
def test_an_arabic_date_that_is_no_gregorian_day_stays_an_error(tmp_path, date, problem) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], date]])
    with pytest.raises(CorpusError, match=rf"news.csv: 'published' {problem}"):
        load_corpus(path)


def test_a_year_alone_is_read_as_1_january_with_a_warning_naming_file_and_column(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "2015-03-12"], ["b", TEXTS[1], "٢٠١٥"]])
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-03-12"), pd.Timestamp("2015-01-01")]
    assert any("news.csv: 'published' gives only a year in 1 row(s) (line 3: '٢٠١٥'): read as 1 January" in m for m in said)


def test_a_whole_date_gives_no_year_warning(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "2015-03-12"], ["b", TEXTS[1], "12/03/2015 20:15"]])
    assert not any("only a year" in m for m in _load(path)[1])


def test_a_number_in_a_json_date_is_a_year_or_an_error_never_1970(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}", "published": 2015}}\n', encoding="utf-8")
    corpus, said = _load(path)
    assert corpus.published[0] == pd.Timestamp("2015-01-01") and any("only a year" in m for m in said)
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}", "published": 1426161600}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"news.jsonl: 'published' has the number 1426161600 in line 1, which is no date"):
        load_corpus(path)


def test_a_jsonl_date_that_is_not_a_whole_number_is_an_error(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}", "published": 2015.5}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"'published' has the number 2015.5 in line 1, which is no date"):
        load_corpus(path)


# --- a month without a day, JSON arrays, columns= on a manifest, where a message points -----------


def test_a_month_without_a_day_is_read_as_its_first_with_one_warning_naming_file_column_and_count(tmp_path) -> None:
    path = tmp_path / "news.csv"
    rows = [["a", TEXTS[0], "2015-03"], ["b", TEXTS[1], "نيسان 2015"], ["c", TEXTS[2], "2015-05-12"]]
    _write_csv(path, ["doc_id", "text", "published"], rows)
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-03-01"), pd.Timestamp("2015-04-01"), pd.Timestamp("2015-05-12")]
    months = [m for m in said if "no day" in m]
    assert len(months) == 1 and "news.csv: 'published' gives a month and year but no day in 2 row(s) (line 2: '2015-03')" in months[0]
    with warnings.catch_warnings(record=True) as caught:  # read in chunks: still one warning for the file
        warnings.simplefilter("always")
        list(iter_corpus(path, chunksize=1))
    assert sum("no day" in str(w.message) for w in caught) == 1


def test_a_json_array_of_articles_is_read_as_json_lines_are(tmp_path) -> None:
    import json

    records = [{"doc_id": "a", "text": TEXTS[0], "outlet": "sabq"}, {"doc_id": "b", "text": TEXTS[1], "published": "2015-03-12"}]
    (tmp_path / "news.json").write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    from_array = load_corpus(tmp_path / "news.json").drop(columns="source_file")
    pd.testing.assert_frame_equal(from_array, load_corpus(tmp_path / "news.jsonl").drop(columns="source_file"))
    assert [len(c) for c in iter_corpus(tmp_path / "news.json", chunksize=1)] == [1, 1]
    (tmp_path / "lines.json").write_text((tmp_path / "news.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_corpus(tmp_path / "lines.json").doc_id.tolist() == ["a", "b"]  # JSON lines named .json


@pytest.mark.parametrize(("content", "message"), [
    ('[\n  {"doc_id": "a", "text": "قال الكرملين"},\n  {"doc_id": "b", "text": "قال"\n]', r"news.json, line 4: not valid JSON \(Expecting ',' delimiter at column 1\)"),
    ('[\n  {"doc_id": "a", "text": "قال الكرملين"}\n  {"doc_id": "b"}\n]', r"news.json, line 3: not valid JSON \(Expecting ',' or '\]' after an item at column 3\)"),
    ('[\n  {"doc_id": "a", "text": "قال الكرملين"},\n  "قال بوتين"\n]', r"news.json, line 3: item 2 of the JSON array is str, not an article object"),
    ('[{"doc_id": "a", "text": "قال الكرملين"}', r"news.json, line 1: not valid JSON \(the array is not closed"),
    ('[{"doc_id": "a", "text": "قال الكرملين"}] x', r"news.json, line 1: not valid JSON \(text after the end of the array at column 43\)"),
    ('{\n  "articles": [{"text": "قال الكرملين"}]\n}', r"news.json: holds one JSON object, not a list of articles"),
    ("[]", r"news.json: the file is empty"),
])
def test_a_malformed_json_file_is_an_error_naming_file_line_and_problem(tmp_path, content, message) -> None:
    (tmp_path / "news.json").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path / "news.json")


def test_columns_names_the_columns_of_a_folders_manifest(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    _write_csv(tmp_path / "manifest.csv", ["doc_id", "newspaper", "date"], [["a", "sabq", "2015-03-12"]])
    corpus = load_corpus(tmp_path, columns={"newspaper": "outlet", "date": "published"})
    assert corpus.outlet.tolist() == ["sabq"] and corpus.published.tolist() == [pd.Timestamp("2015-03-12")]
    assert next(iter_corpus(tmp_path, columns={"newspaper": "outlet"})).outlet.tolist() == ["sabq"]
    with pytest.raises(CorpusError, match=r"manifest.csv: columns= maps 'paper' to 'outlet', but the manifest has no column 'paper'"):
        load_corpus(tmp_path, columns={"paper": "outlet"})
    table = tmp_path / "news.csv"  # a table with a manifest: each takes the names it has
    _write_csv(table, ["doc_id", "text", "headline"], [["a", TEXTS[0], "عنوان"]])
    corpus = load_corpus(table, manifest=tmp_path / "manifest.csv", columns={"newspaper": "outlet", "headline": "title"})
    assert corpus.outlet.tolist() == ["sabq"] and corpus.title.tolist() == ["عنوان"]


def test_messages_name_the_line_a_text_editor_shows(tmp_path) -> None:
    """One convention: the line a record starts on, counted from 1, a header and text cells spanning lines included."""
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0] + "\n\n" + TEXTS[1], "2015-03-12"], ["b", TEXTS[2], "not a date"]])
    with pytest.raises(CorpusError, match=r"news.csv: 'published' is not a date in line 5: 'not a date'"):
        load_corpus(path)
    with pytest.raises(CorpusError, match=r"is not a date in line 5"):  # in chunks too, the second chunk's line
        list(iter_corpus(path, chunksize=1))
    _write_csv(path, ["doc_id", "text"], [["a", TEXTS[0] + "\n" + TEXTS[1]], ["b", TEXTS[1]], ["a", TEXTS[0] + "\n" + TEXTS[1]]])
    with pytest.raises(CorpusError, match=r"'a' at lines 2, 5 \(the same text\)"):
        load_corpus(path)
    path = tmp_path / "news.jsonl"
    path.write_text(f'{{"doc_id": "a", "text": "{TEXTS[0]}"}}\n\n{{"doc_id": "b", "text": "{TEXTS[1]}", "published": "x"}}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"news.jsonl: 'published' is not a date in line 3: 'x'"):
        load_corpus(path)
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "manifest.csv").write_text('doc_id,note,published\na,"two\nlines",nope\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest.csv: 'published' is not a date in line 2: 'nope'"):
        load_corpus(tmp_path)
    pd.DataFrame({"doc_id": ["a", "b"], "text": [TEXTS[0], TEXTS[1]], "published": ["2015-03-12", "x"]}).to_parquet(tmp_path / "news.parquet")
    with pytest.raises(CorpusError, match=r"news.parquet: 'published' is not a date in row 2: 'x'"):  # no lines: rows
        load_corpus(tmp_path / "news.parquet")


# --- HTML markup in the text ---------------------------------------------------------


def test_markup_in_the_text_is_warned_once_naming_the_file_the_count_and_the_articles(tmp_path) -> None:
    # a scraper's export keeps <p> and &nbsp;: the user is told where, the raw text is kept as written, and the cleaned
    # text is what a browser shows; an article without markup is not named
    path = tmp_path / "scraped.csv"
    digest = _write_csv(path, ["doc_id", "text"], [["m1", f"<p>{TEXTS[0]}</p>"], ["m2", f"{TEXTS[1]}&nbsp;"],
                                                   ["plain", TEXTS[2]]])
    corpus, said = _load(path)
    markup = [m for m in said if "HTML markup" in m]
    assert len(markup) == 1 and str(path) in markup[0] and "2 article(s)" in markup[0]
    assert "'m1'" in markup[0] and "'m2'" in markup[0] and "plain" not in markup[0]
    row = corpus.set_index("doc_id").loc["m1"]
    assert row.text.startswith("<p>") and "<p>" not in row.text_clean and TEXTS[0] in row.text_clean
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_iter_corpus_takes_a_users_tables_as_load_corpus_does(tmp_path) -> None:
    """``iter_corpus(tables=)``: a user's ``months`` read the dates of each chunk, and are not in force between them."""
    from q7x2lib.lexicons import bundled_table, table_in_force

    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"],
               [["a", TEXTS[0], "12 مارص 2015"], ["b", TEXTS[1], "2015-03-13"], ["c", TEXTS[2], "1 مارص 2016"]])
    with pytest.raises(CorpusError, match="is not a date in line 2"):
        list(iter_corpus(path, chunksize=2))  # no bundled table knows the (made-up) spelling مارص
    months = bundled_table("months")[["month", "name", "kind", "note"]]
    own = pd.concat([months, pd.DataFrame({"month": ["3"], "name": ["مارص"], "kind": ["variant"], "note": ["made up"]})])
    dates = []
    for chunk in iter_corpus(path, chunksize=2, tables={"months": own}):
        assert table_in_force("months") is bundled_table("months")  # the caller's code between chunks: the bundled
        dates += chunk.published.tolist()
    assert dates == [pd.Timestamp("2015-03-12"), pd.Timestamp("2015-03-13"), pd.Timestamp("2016-03-01")]
    with pytest.raises(CorpusError, match="is not a date in line 2"):
        list(iter_corpus(path, chunksize=2))  # the user's table was in force for that call alone
