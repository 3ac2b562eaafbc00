"""``--column NAME=COLUMN`` on the command line: a corpus's own column names read as outlet, title, published."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from q7x2lib import report
from q7x2lib.__main__ import main

SHOW = Path(__file__).parent / "notebooks" / "report_fixture.ipynb"

TEXTS = [
    "قال وزير الخارجية السعودي إن المملكة تدعم الحل السياسي في اليمن.",
    "أعلنت وزارة الداخلية القبض على خلية إرهابية في الرياض.",
]


def _corpus(path):
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(TEXTS):
            record = {"url": f"u{i}", "body": text, "newspaper": "sabq", "meta": {"date": "2015-08-0" + str(i + 1)}}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_analyse_reads_the_mapped_columns(tmp_path) -> None:
    corpus = _corpus(tmp_path / "news.jsonl")
    before = corpus.read_bytes()
    status = main(["analyse", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--text-col", "body", "--id-col", "url",
                   "--column", "newspaper=outlet", "--column", "meta.date=published"])
    assert status == 0
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles.outlet.tolist() == ["sabq", "sabq"]
    assert articles.published.dt.strftime("%Y-%m-%d").tolist() == ["2015-08-01", "2015-08-02"]
    assert corpus.read_bytes() == before


@pytest.mark.parametrize(("given", "said"), [
    (["--column", "newspaper"], "--column 'newspaper': expected NAME=COLUMN"),
    (["--column", "newspaper=outlet", "--column", "newspaper=title"], "the column 'newspaper' is given twice"),
    (["--column", "newspaper=outlet", "--column", "url=outlet"], "maps 'newspaper' and 'url' both to 'outlet'"),
    (["--column", "newspaper=author"], "'author', a column q7x2lib does not read"),
    (["--column", "paper=outlet"], "no column 'paper'; columns are ['url', 'newspaper', 'meta.date', 'body']"),
])
def test_a_wrong_column_option_is_one_message(tmp_path, capsys, given, said) -> None:
    corpus = _corpus(tmp_path / "news.jsonl")
    for command in ("analyse", "report"):
        status = main([command, "--corpus", str(corpus), "--out", str(tmp_path / command), "--text-col", "body", "--id-col", "url", *given])
        err = capsys.readouterr().err
        assert status == 2 and said in err and "Traceback" not in err, (command, err)
    assert not (tmp_path / "analyse" / "articles.parquet").exists()


def test_report_reads_the_mapped_columns_and_the_notebooks_get_them_by_the_librarys_names(tmp_path, monkeypatch) -> None:
    from q7x2lib import load_corpus
    from q7x2lib.report_privacy import standard_copy

    corpus = _corpus(tmp_path / "news.jsonl")
    monkeypatch.setattr(report, "numbered_notebooks", lambda: [SHOW])
    out = tmp_path / "out"
    status = main(["report", "--corpus", str(corpus), "--out", str(out), "--text-col", "body", "--id-col", "url",
                   "--column", "newspaper=outlet", "--column", "meta.date=published", "--quiet"])
    assert status == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<bdi>sabq</bdi> (2)" in index and "dated 2015-08-01 to 2015-08-02" in index
    assert "<code>columns</code>" in index and "newspaper → outlet" in index
    assert not [p for p in out.iterdir() if p.name.startswith(".input-")]
    (tmp_path / "copy").mkdir()
    copy = load_corpus(standard_copy(corpus, tmp_path / "copy", text_col="body", id_col="url",
                                     columns={"newspaper": "outlet", "meta.date": "published"}))
    assert copy.outlet.tolist() == ["sabq", "sabq"] and copy.published.notna().all() and "newspaper" not in copy
