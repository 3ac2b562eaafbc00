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


def test_a_date_that_reads_only_month_first_is_an_error_naming_file_and_row(tmp_path) -> None:
    path = tmp_path / "news.csv"
    _write_csv(path, ["doc_id", "text", "published"], [["a", TEXTS[0], "12/03/2015"], ["b", TEXTS[1], "03/13/2015"]])
    with pytest.raises(CorpusError, match=r"news.csv: 'published' has '03/13/2015' in row 3.*YYYY-MM-DD"):
        load_corpus(path)


def test_iso_dates_and_utc_offsets_keep_the_clock_time_as_written(tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    rows = [("a", "2015-03-12 14:05:00"), ("b", "2015-03-12T23:30:00+03:00"), ("c", "2015-03-13T01:00:00Z")]
    path.write_text("\n".join(f'{{"doc_id": "{i}", "text": "{t}", "published": "{d}"}}' for (i, d), t in zip(rows, TEXTS)), encoding="utf-8")
    corpus, said = _load(path)
    assert corpus.published.tolist() == [pd.Timestamp("2015-03-12 14:05"), pd.Timestamp("2015-03-12 23:30"), pd.Timestamp("2015-03-13 01:00")]
    assert not any("day first" in m for m in said)
