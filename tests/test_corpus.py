"""Loading: the bundled corpus, other input forms, and every kind of bad input."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import warnings

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import config
from q7x2lib.corpus import CORE_COLUMNS, iter_corpus, load_corpus
from q7x2lib.errors import CorpusError, Q7x2Warning

ARTICLE = "قال الكرملين إن بوتين مستعد لإجراء محادثات مع بايدن."


def _digest(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_bundled_corpus_shape_and_columns(corpus: pd.DataFrame) -> None:
    assert corpus.doc_id.tolist() == [
        "000_2f7a25327503f7a2", "001_261be4f49df7b076", "002_463fe23569ba3612",
        "003_bff2f45f7cd33665", "004_e92e0c86928e1aaa",
    ]
    assert list(corpus.columns[: len(CORE_COLUMNS)]) == CORE_COLUMNS
    assert corpus.published.dtype.kind == "M"
    assert corpus.n_words.between(250, 450).all()


def test_manifest_joins_inferred_metadata_with_evidence(corpus: pd.DataFrame) -> None:
    row = corpus.set_index("doc_id").loc["003_bff2f45f7cd33665"]
    assert row.outlet == "يورو عربي" and row.outlet_basis.startswith("inferred")
    assert pd.isna(row.published) and row.date_basis == "unknown"
    assert corpus.date_basis.isin(["inferred", "unknown", "given"]).all()
    assert corpus.date_evidence.str.len().gt(20).all()


def test_outlet_is_never_invented(corpus: pd.DataFrame) -> None:
    unknown = corpus[corpus.outlet_basis.str.startswith("unknown")]
    assert unknown.outlet.isna().all() and len(unknown) == 4


def test_loading_changes_no_input_file(tmp_path) -> None:
    folder = tmp_path / "raw"
    shutil.copytree(config.RAW_DIR, folder)
    before = _digest(folder)
    load_corpus(folder)
    assert _digest(folder) == before


def test_missing_path_names_it(tmp_path) -> None:
    with pytest.raises(CorpusError, match="nowhere: no such file or folder"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder_is_an_error(tmp_path) -> None:
    with pytest.raises(CorpusError, match="holds no .txt articles"):
        load_corpus(tmp_path)


def test_binary_file_is_an_error_naming_it(tmp_path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CorpusError, match=r"photo.txt: is not a text file"):
        load_corpus(tmp_path)


def test_windows_1256_loads_with_a_warning(tmp_path) -> None:
    (tmp_path / "cp.txt").write_bytes(ARTICLE.encode("cp1256"))
    with pytest.warns(Q7x2Warning, match="cp.txt: not UTF-8; decoded as Windows-1256"):
        df = load_corpus(tmp_path)
    assert df.loc[0, "text"] == ARTICLE


def test_utf8_bom_is_not_part_of_the_text(tmp_path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert load_corpus(tmp_path).loc[0, "text"] == ARTICLE


def test_utf16_with_bom_loads(tmp_path) -> None:
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    assert load_corpus(tmp_path).loc[0, "text"] == ARTICLE


def test_latin1_garbage_is_an_error(tmp_path) -> None:
    (tmp_path / "x.txt").write_bytes("Ça coûte très cher, évidemment.".encode("latin-1"))
    with pytest.raises(CorpusError, match="x.txt: is neither UTF-8 nor Windows-1256"):
        load_corpus(tmp_path)


def test_empty_article_is_skipped_with_a_warning(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    with pytest.warns(Q7x2Warning, match=r"skipped 1 empty article.*empty.txt"):
        df = load_corpus(tmp_path)
    assert df.doc_id.tolist() == ["a"]


def test_duplicate_doc_id_is_an_error_naming_both_files(tmp_path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "x" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"duplicate doc_id \['a'\].*x/a.txt"):
        load_corpus(tmp_path)


def test_manifest_with_bad_date_names_the_line(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,outlet,published\na,الجزيرة,not a date\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest.csv: 'published' is not a date in line 2"):
        load_corpus(tmp_path)


def test_manifest_without_doc_id_is_an_error(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,outlet\na,x\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="has no doc_id column"):
        load_corpus(tmp_path)


def test_csv_input_with_named_text_column(tmp_path) -> None:
    path = tmp_path / "news.csv"
    pd.DataFrame({"id": ["n1", "n2"], "body": [ARTICLE, ARTICLE], "outlet": ["الجزيرة", "RT"], "published": ["2021-04-13", ""]}).to_csv(path, index=False)
    df = load_corpus(path, text_col="body", id_col="id")
    assert df.doc_id.tolist() == ["n1", "n2"]
    assert df.outlet.tolist() == ["الجزيرة", "RT"]
    assert df.published.isna().tolist() == [False, True]


def test_csv_without_the_text_column_lists_the_columns(tmp_path) -> None:
    path = tmp_path / "news.csv"
    pd.DataFrame({"body": [ARTICLE]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match=r"news.csv: no text column 'text'; columns are \['body'\]"):
        load_corpus(path)


def test_an_id_column_named_but_absent_is_an_error(tmp_path) -> None:
    # the default doc_id, absent, numbers the articles; a column the user names must be there (a typo is not ignored)
    path = tmp_path / "news.csv"
    pd.DataFrame({"url": ["u1"], "body": [ARTICLE]}).to_csv(path, index=False)
    assert load_corpus(path, text_col="body").doc_id.tolist() == ["news-1"]
    assert load_corpus(path, text_col="body", id_col="url").doc_id.tolist() == ["u1"]
    with pytest.raises(CorpusError, match=r"news.csv: no id column 'ulr'; columns are \['url', 'body'\]"):
        load_corpus(path, text_col="body", id_col="ulr")
    with pytest.raises(CorpusError, match="no id column 'ulr'"):
        next(iter_corpus(path, text_col="body", id_col="ulr", chunksize=10))


def test_jsonl_input_and_bad_line(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps({"doc_id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(3)), encoding="utf-8")
    assert load_corpus(path).doc_id.tolist() == ["d0", "d1", "d2"]
    path.write_text('{"doc_id": "d0", "text": "x"}\n{broken\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="news.jsonl, line 2: not valid JSON"):
        load_corpus(path)


def test_parquet_input_generates_ids(tmp_path) -> None:
    path = tmp_path / "news.parquet"
    pd.DataFrame({"text": [ARTICLE, ARTICLE]}).to_parquet(path)
    assert load_corpus(path).doc_id.tolist() == ["news-1", "news-2"]


def test_gzipped_jsonl_and_csv_load_like_the_plain_files(tmp_path) -> None:
    rows = [{"url": f"u{i}", "body": ARTICLE, "outlet": "sabq", "published": "2015-08-01"} for i in range(3)]
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    pd.DataFrame(rows).to_csv(tmp_path / "news.csv.gz", index=False, compression="gzip")
    for name in ("news.jsonl.gz", "news.csv.gz"):
        corpus = load_corpus(tmp_path / name, text_col="body", id_col="url")
        assert corpus.doc_id.tolist() == ["u0", "u1", "u2"], name
        assert corpus.outlet.tolist() == ["sabq"] * 3 and corpus.text.tolist() == [ARTICLE] * 3
        assert [len(c) for c in iter_corpus(tmp_path / name, chunksize=2, text_col="body", id_col="url")] == [2, 1]
    assert load_corpus(tmp_path / "news.csv.gz", text_col="body").doc_id.tolist() == ["news-1", "news-2", "news-3"]


def test_gzip_in_windows_1256_is_decoded_with_its_warning(tmp_path) -> None:
    path = tmp_path / "news.csv.gz"
    path.write_bytes(gzip.compress(f"doc_id,text\na,{ARTICLE}\n".encode("cp1256")))
    with pytest.warns(Q7x2Warning, match="news.csv.gz: not UTF-8; decoded as Windows-1256"):
        assert load_corpus(path).text.tolist() == [ARTICLE]


def test_broken_gzip_is_an_error_naming_it(tmp_path) -> None:
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(CorpusError, match="news.jsonl.gz: cannot read"):
        load_corpus(path)
    whole = gzip.compress(json.dumps({"text": ARTICLE}, ensure_ascii=False).encode() * 50)
    path.write_bytes(whole[: len(whole) // 2])  # cut short
    with pytest.raises(CorpusError, match="news.jsonl.gz: cannot read"):
        load_corpus(path)
    (tmp_path / "news.txt.gz").write_bytes(gzip.compress(b"x"))
    with pytest.raises(CorpusError, match="news.txt.gz: unsupported input"):
        load_corpus(tmp_path / "news.txt.gz")


def test_corrupt_parquet_is_an_error_naming_it(tmp_path) -> None:
    path = tmp_path / "news.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(CorpusError, match="news.parquet: cannot read as PARQUET"):
        load_corpus(path)


def test_unsupported_suffix(tmp_path) -> None:
    path = tmp_path / "news.docx"
    path.write_bytes(b"PK")
    with pytest.raises(CorpusError, match="news.docx: unsupported input"):
        load_corpus(path)


def test_chunked_loading_equals_in_memory(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    full = load_corpus()
    full[["doc_id", "text"]].to_json(path, orient="records", lines=True, force_ascii=False)
    chunks = list(iter_corpus(path, chunksize=2))
    assert [len(c) for c in chunks] == [2, 2, 1]
    joined = pd.concat(chunks, ignore_index=True)
    pd.testing.assert_series_equal(joined.text_clean, full.text_clean)


def test_errors_are_one_family() -> None:
    assert issubclass(CorpusError, q7x2lib.Q7x2Error)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_corpus()  # the bundled corpus loads without any warning


def test_letter_counts_of_the_arabic_check_equal_the_regex_counts() -> None:
    """The table lookup that counts letters for check_arabic gives the regex's counts, whatever the script."""
    import re

    from q7x2lib.corpus import _ARABIC_LETTER_PATTERN, _letter_counts
    from q7x2lib.decoding import _LETTER_PATTERN

    texts = ["قال بوتين إن العلاقات صعبة", "Putin said 😀 ok", "", "١٢٣ abc ² _", "ﻻ ﷲ ٱلله", "𐐀𐐨 x", "ـــ بُوتِين"]
    letters, arabic = _letter_counts(texts)
    assert letters.tolist() == [len(re.findall(_LETTER_PATTERN, t)) for t in texts]
    assert arabic.tolist() == [len(re.findall(_ARABIC_LETTER_PATTERN, t)) for t in texts]


def test_a_title_field_with_html_entities_reads_as_a_browser_shows_it(tmp_path) -> None:
    # a scraper's headline field: the text holds the quotation marks, the title their entities
    from q7x2lib.corpus import article_labels

    path = tmp_path / "news.jsonl"
    rows = [
        {"doc_id": "a", "title": "&quot;المجلس&quot; يطالب بسرعة إقرار &#8220;الرسوم&#8221;&nbsp;",
         "text": "\"المجلس\" يطالب بسرعة إقرار الرسوم على الأراضي البيضاء في المدن الكبرى."},
        {"doc_id": "b", "title": "&nbsp;", "text": "افتتح الوزير اليوم معرض الكتاب في مدينة جدة بحضور عدد من الأدباء."},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for corpus in (load_corpus(path), pd.concat(iter_corpus(path, chunksize=1), ignore_index=True)):
        assert corpus.title.tolist() == ['"المجلس" يطالب بسرعة إقرار “الرسوم”', None]
        assert "&" not in article_labels(corpus)[0]
