"""Bad input, one case each: refused or warned about in one plain message, and no input file changed.

Every test builds its input in a temporary folder, runs the public function
or the command line, and checks the exit status (or the exception), that the
message names the file and the problem, and that every file that was there
before has the same hash after (:func:`unchanged`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from q7x2lib import config, pipeline, report
from q7x2lib.__main__ import main
from q7x2lib.corpus import check_arabic, iter_corpus, load_corpus
from q7x2lib.errors import ArgumentError, CorpusError, CoverageWarning, OutputError, Q7x2Warning
from q7x2lib.pipeline import TABLES, run_chunked, usable_workers

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "قال الكرملين إن بوتين مستعد لإجراء محادثات مع بايدن بشأن الأمن الأوروبي."
OTHER = "أكد البيت الأبيض أن بايدن سيلتقي بوتين في جنيف الشهر المقبل."


def _hashes(root: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


@contextmanager
def unchanged(root: Path):
    """Every file under ``root`` before the block is still there, with the same bytes, after it."""
    before = _hashes(root)
    assert before, "nothing to protect: the test built no input"
    yield
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before if p.exists()}
    assert after == before, "an input file was changed or removed"


def cli(*argv: str | Path) -> subprocess.CompletedProcess:
    """``python -m q7x2lib ARGV`` in a fresh process, with this checkout first on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "q7x2lib", *map(str, argv)], capture_output=True, text=True, env=env, timeout=300)


def write_folder(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, n: int = 4, encoding: str = "utf-8") -> Path:
    lines = [json.dumps({"doc_id": f"d{i}", "text": ARTICLE if i % 2 else OTHER}, ensure_ascii=False) for i in range(n)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\n".join(lines).encode(encoding) + "\n".encode(encoding))
    return path


# --- 1. no command writes over its input ----------------------------------------------------


def test_analyse_refuses_an_out_folder_that_holds_the_input(tmp_path) -> None:
    corpus = tmp_path / "articles.parquet"  # the very name of an output table
    pd.DataFrame({"doc_id": ["a", "b"], "text": [ARTICLE, OTHER]}).to_parquet(corpus)
    with unchanged(tmp_path):
        done = cli("analyse", "--corpus", corpus, "--out", tmp_path)
        with pytest.raises(OutputError, match="the output folder contains the input"):
            run_chunked(corpus, tmp_path, progress=False)
    assert done.returncode == 2, done.stderr
    assert f"{tmp_path}: the output folder contains the input {corpus}" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("where, how", [(".", "is"), ("sub/out", "lies inside")])
def test_analyse_refuses_an_out_folder_that_is_or_lies_inside_the_input(tmp_path, capsys, where, how) -> None:
    corpus = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE, "b.txt": OTHER})
    with unchanged(corpus):
        status = main(["analyse", "--corpus", str(corpus), "--out", str(corpus / where)])
    assert status == 2
    assert f"{corpus / where}: the output folder {how} the input {corpus}" in capsys.readouterr().err
    assert not (corpus / "sub").exists()


def test_report_refuses_an_out_folder_inside_the_corpus(tmp_path, capsys) -> None:
    corpus = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    with unchanged(corpus):
        status = main(["report", "--corpus", str(corpus), "--out", str(corpus / "reports")])
    assert status == 2
    assert f"{corpus / 'reports'}: the output folder lies inside the input {corpus}" in capsys.readouterr().err
    assert not (corpus / "reports").exists()


def test_analyse_refuses_to_replace_a_file_it_did_not_write(tmp_path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    out = tmp_path / "out"
    out.mkdir()
    pd.DataFrame({"x": [1]}).to_parquet(out / "mentions.parquet")  # someone else's table
    with unchanged(tmp_path):
        status = main(["analyse", "--corpus", str(corpus), "--out", str(out)])
    assert status == 2
    assert f"{out / 'mentions.parquet'}: exists and is not a table written by q7x2lib" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["mentions.parquet"]


def test_analyse_replaces_its_own_tables_of_an_earlier_run(tmp_path) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    out = tmp_path / "out"
    with unchanged(corpus.parent):
        assert main(["analyse", "--corpus", str(corpus), "--out", str(out)]) == 0
        assert main(["analyse", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert {p.name for p in out.iterdir()} == {f"{name}.parquet" for name in TABLES}


@pytest.mark.parametrize("name, content", [
    ("news.csv", "doc_id,body\na,قال بوتين\n"),  # no text column
    ("news.jsonl", '{"doc_id": "a", "text": "قال بوتين"}\n{broken\n'),  # a line that is not JSON
    ("news.csv", "doc_id,text\na,\nb,\n"),  # no article with text
])
def test_analyse_that_fails_removes_the_folders_it_created_and_no_other(tmp_path, capsys, name, content) -> None:
    corpus = tmp_path / "in" / name
    corpus.parent.mkdir()
    corpus.write_text(content, encoding="utf-8")
    existing = tmp_path / "existing"
    existing.mkdir()
    with unchanged(corpus.parent):
        new = main(["analyse", "--corpus", str(corpus), "--out", str(tmp_path / "new" / "out")])
        before = main(["analyse", "--corpus", str(corpus), "--out", str(existing)])
    assert new == before == 2
    assert "error: " in capsys.readouterr().err
    assert not (tmp_path / "new").exists(), "a failed run left the output folder it created behind"
    assert existing.is_dir() and not any(existing.iterdir()), "a folder that existed before the run is kept"


# --- 2. --out problems: one message, exit 2, no partial table --------------------------------


@pytest.mark.parametrize("command", ["analyse", "report"])
def test_out_that_is_an_existing_file_is_one_message(tmp_path, capsys, command) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    out = tmp_path / "taken.txt"
    out.write_text("not a folder", encoding="utf-8")
    with unchanged(tmp_path):
        status = main([command, "--corpus", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{out}: is an existing file, not a folder; give a folder for the output" in err
    assert "Traceback" not in err and "NotADirectoryError" not in err


def test_out_below_an_existing_file_is_one_message(tmp_path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    (tmp_path / "taken.txt").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "taken.txt" / "tables"
    with unchanged(tmp_path):
        status = main(["analyse", "--corpus", str(corpus), "--out", str(out)])
    assert status == 2
    assert f"{out}: cannot create or write in the output folder (Not a directory)" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user whom folder permissions bind (not root)")
def test_read_only_out_folder_is_one_message(tmp_path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(0o500)
    try:
        with unchanged(corpus.parent):
            status = main(["analyse", "--corpus", str(corpus), "--out", str(out)])
    finally:
        out.chmod(0o700)
    assert status == 2
    assert f"{out}: cannot create or write in the output folder (Permission denied)" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["analyse", "report"])
def test_out_folder_that_refuses_writing_is_one_message(tmp_path, capsys, monkeypatch, command) -> None:
    """What a read-only folder does to a user whom permissions bind, simulated for any user."""
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    out = tmp_path / "locked"

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(out))

    monkeypatch.setattr(pipeline.tempfile, "TemporaryFile", refuse)
    with unchanged(corpus.parent):
        status = main([command, "--corpus", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{out}: cannot create or write in the output folder (Permission denied)" in err
    assert "PermissionError" not in err


def test_disk_full_halfway_leaves_no_table_that_looks_complete(tmp_path, capsys, monkeypatch) -> None:
    import pyarrow.parquet as pq

    corpus = write_jsonl(tmp_path / "in" / "news.jsonl", n=6)
    out = tmp_path / "out"
    real_write = pq.ParquetWriter.write_table
    calls = []

    def write_then_fill_the_disk(self, table, *args, **kwargs):
        calls.append(1)
        if len(calls) > len(TABLES):  # the first chunk is written, the second finds the disk full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, table, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", write_then_fill_the_disk)
    with unchanged(corpus.parent):
        status = main(["analyse", "--corpus", str(corpus), "--out", str(out), "--chunksize", "2"])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{out}: cannot write the tables (No space left on device); no complete table was left" in err
    # no table, not even a temporary one, is left behind, nor the folder the run created for them
    assert not out.exists(), "a failed run left behind the output folder it created"


def test_report_disk_full_leaves_no_page_that_looks_complete(tmp_path, capsys, monkeypatch) -> None:
    corpus = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    out = tmp_path / "out"
    notebook = tmp_path / "nb" / "00-any.ipynb"
    monkeypatch.setattr(report, "numbered_notebooks", lambda: [notebook])
    monkeypatch.setattr(report, "_run_one", lambda *args: (new_notebook(cells=[new_markdown_cell("# Any")]), None))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(report.os, "replace", full)
    with unchanged(corpus):
        status = main(["report", "--corpus", str(corpus), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert f"error: {out}: cannot write the report (No space left on device)" in err
    assert not list(out.glob("*.html")) and not list(out.glob(".*.partial"))


def test_report_refuses_to_replace_a_page_it_did_not_write(tmp_path, capsys, monkeypatch) -> None:
    corpus = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("<h1>my own index</h1>", encoding="utf-8")
    with unchanged(tmp_path):
        status = main(["report", "--corpus", str(corpus), "--out", str(out)])
    assert status == 2
    assert f"{out / 'index.html'}: exists and is not a page written by q7x2lib" in capsys.readouterr().err


# --- 3. one reader, the same encodings everywhere ---------------------------------------------


@pytest.mark.parametrize("encoding, suffix", [("cp1256", ".csv"), ("utf-16", ".csv"), ("utf-8-sig", ".jsonl")])
def test_analyse_reads_what_load_corpus_reads(tmp_path, encoding, suffix) -> None:
    corpus = tmp_path / "in" / f"news{suffix}"
    corpus.parent.mkdir()
    frame = pd.DataFrame({"doc_id": ["d0", "d1"], "text": [ARTICLE, OTHER]})
    if suffix == ".csv":
        corpus.write_bytes(frame.to_csv(index=False).encode(encoding))
    else:
        corpus.write_bytes(frame.to_json(orient="records", lines=True, force_ascii=False).encode(encoding))
    with unchanged(corpus.parent), warnings_allowed():
        loaded = load_corpus(corpus)
        done = cli("analyse", "--corpus", corpus, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert loaded.text.tolist() == [ARTICLE, OTHER]
    assert pd.read_parquet(tmp_path / "out" / "articles.parquet").doc_id.tolist() == ["d0", "d1"]
    if encoding == "cp1256":
        assert f"warning: {corpus}: not UTF-8; decoded as Windows-1256 (cp1256)" in done.stderr


@contextmanager
def warnings_allowed():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Q7x2Warning)
        yield


def test_utf16_without_bom_says_so_and_how_to_pass_the_encoding(tmp_path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    with unchanged(folder):
        with pytest.raises(CorpusError) as caught:
            load_corpus(folder)
        message = str(caught.value)
        assert message.startswith(f"{folder / 'a.txt'}: looks like UTF-16-LE text without a byte-order mark")
        assert "encoding='utf-16-le'" in message and "--encoding utf-16-le" in message
        assert load_corpus(folder, encoding="utf-16-le").text.tolist() == [ARTICLE]


def test_cli_utf16_without_bom_is_one_message_and_loads_with_encoding(tmp_path) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl", encoding="utf-16-be")
    with unchanged(corpus.parent):
        refused = cli("analyse", "--corpus", corpus, "--out", tmp_path / "out")
        done = cli("analyse", "--corpus", corpus, "--out", tmp_path / "out", "--encoding", "utf-16-be")
    assert refused.returncode == 2 and f"{corpus}: looks like UTF-16-BE text" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert done.returncode == 0, done.stderr


def test_random_bytes_are_refused_naming_the_file(tmp_path) -> None:
    folder = write_folder(tmp_path / "corpus", {"good.txt": ARTICLE})
    noise = bytes(b for b in hashlib.sha256(b"seed").digest() * 400 if b)  # no NUL bytes
    (folder / "noise.txt").write_bytes(noise)
    with unchanged(folder), pytest.raises(CorpusError, match=r"noise\.txt: does not look like text: it is not UTF-8"):
        load_corpus(folder)


def test_cli_random_bytes_are_one_message(tmp_path, capsys) -> None:
    folder = write_folder(tmp_path / "corpus", {"good.txt": ARTICLE})
    (folder / "noise.txt").write_bytes(bytes(range(1, 256)) * 40)
    with unchanged(folder):
        status = main(["analyse", "--corpus", str(folder), "--out", str(tmp_path / "out")])
    assert status == 2
    assert f"{folder / 'noise.txt'}: does not look like text" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("news.jsonl", b"", "the file is empty: no JSON line"),
        ("news.jsonl", b"\n  \n", "the file is empty: no JSON line"),
        ("news.csv", b"", "the file is empty: no header line"),
        ("news.csv", b"doc_id,text\n", "no article with text in it"),
        ("news.csv", "doc_id,text\na,\"  \"\n".encode(), "no article with text in it"),
    ],
    ids=["jsonl-empty", "jsonl-blank-lines", "csv-empty", "csv-header-only", "csv-blank-texts"],
)
def test_a_corpus_without_articles_is_one_message_before_any_notebook(tmp_path, capsys, name, content, problem) -> None:
    corpus = tmp_path / "in" / name
    corpus.parent.mkdir()
    corpus.write_bytes(content)
    with unchanged(corpus.parent), warnings.catch_warnings():
        # a blank text is first skipped with its own warning, then nothing is left: the error
        warnings.simplefilter("ignore", Q7x2Warning)
        with pytest.raises(CorpusError, match=re.escape(f"{corpus}: {problem}")):
            load_corpus(corpus)
        with pytest.raises(CorpusError, match=re.escape(f"{corpus}: {problem}")):
            list(iter_corpus(corpus))
        status = main(["report", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "out")])
    assert status == 2
    err = capsys.readouterr().err
    assert f"{name}: {problem}" in err and "failed" not in err
    assert not (tmp_path / "out").exists()  # refused before any notebook ran


def test_a_jsonl_line_cut_short_names_the_line_the_column_and_the_problem(tmp_path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl", n=3)
    with open(corpus, "a", encoding="utf-8") as handle:
        handle.write('{"doc_id": "d3", "text": "قال الكرملين\n' + json.dumps({"doc_id": "d4", "text": OTHER}, ensure_ascii=False) + "\n")
    with unchanged(corpus.parent):
        status = main(["report", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "out")])
    assert status == 2
    # the line cut short is an unterminated string where it starts, not a "control character" with no place
    assert f"{corpus}, line 4: not valid JSON (Unterminated string starting at column 26)" in capsys.readouterr().err


# --- 4. manifests: one error naming the manifest, the line and the problem -------------------


@pytest.mark.parametrize(
    "manifest, problem",
    [
        ("", "manifest.csv: the manifest is empty"),
        ("\n\n", "manifest.csv: the manifest is empty"),
        ("doc_id,outlet,published\na,الجزيرة,2021-04-13\nb,RT,2021-04-14,extra\n", "manifest.csv, line 3: 4 fields where the header names 3"),
        ("doc_id,outlet,text\na,الجزيرة,نص آخر\n", "manifest.csv, line 1: the manifest has a 'text' column"),
        ("doc_id,outlet,published,\na,الجزيرة,2021-04-13,\nb,RT,2021-04-14,\n", "manifest.csv, line 1: column 4 of the header has no name (a trailing comma?)"),
        ("doc_id,outlet,published\na,الجزيرة,2021-04-13,\nb,RT,2021-04-14,\n", "manifest.csv, line 2: 4 fields where the header names 3 (a trailing comma?)"),
        ("doc_id,outlet\na,الجزيرة\na,RT\n", "manifest.csv, line 3: doc_id 'a' listed twice in the manifest (first on line 2)"),
        ("doc_id,outlet\n,الجزيرة\n", "manifest.csv, line 2: the row has no doc_id"),
    ],
    ids=["empty", "blank-lines", "field-too-many", "text-column", "trailing-comma-everywhere", "trailing-comma-on-rows", "doc-id-twice", "no-doc-id"],
)
def test_malformed_manifest_names_the_line_and_the_problem(tmp_path, manifest, problem) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE, "b.txt": OTHER})
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    with unchanged(folder):
        with pytest.raises(CorpusError) as caught:
            load_corpus(folder)
        with pytest.raises(CorpusError) as chunked:
            list(iter_corpus(folder, chunksize=1))
    assert str(caught.value) == str(chunked.value)
    assert str(caught.value).startswith(str(folder / problem.split(" ")[0].rstrip(":,")))
    assert problem in str(caught.value)


def test_cli_malformed_manifest_is_one_message(tmp_path, capsys) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    (folder / "manifest.csv").write_text("doc_id,outlet,\na,الجزيرة,\n", encoding="utf-8")
    with unchanged(folder):
        status = main(["analyse", "--corpus", str(folder), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2
    assert f"error: {folder / 'manifest.csv'}, line 1: column 3 of the header has no name" in err
    assert "Traceback" not in err and "ParserError" not in err


def test_manifest_row_without_an_article_is_a_warning(tmp_path) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    (folder / "manifest.csv").write_text("doc_id,outlet\na,الجزيرة\nlost,RT\n", encoding="utf-8")
    with unchanged(folder):
        with pytest.warns(Q7x2Warning, match=r"manifest\.csv: 1 doc_id\(s\) of the manifest have no article: \['lost'\]"):
            corpus = load_corpus(folder)
        with pytest.warns(Q7x2Warning, match=r"have no article: \['lost'\]"):
            list(iter_corpus(folder, chunksize=1))
    assert corpus.outlet.tolist() == ["الجزيرة"]


def test_manifest_in_windows_1256_is_read_like_the_articles(tmp_path) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    (folder / "manifest.csv").write_bytes("doc_id,outlet\na,الجزيرة\n".encode("cp1256"))
    with unchanged(folder), pytest.warns(Q7x2Warning, match="manifest.csv: not UTF-8"):
        assert load_corpus(folder).outlet.tolist() == ["الجزيرة"]


# --- 6. corpora the tables cannot see -------------------------------------------------------

ENGLISH = {
    "a.txt": "Putin said on Monday that relations with Washington were at a low point.",
    "b.txt": "The White House said Biden would meet Putin in Geneva next month.",
}


def test_english_corpus_is_said_plainly_not_to_be_arabic(tmp_path) -> None:
    folder = write_folder(tmp_path / "english", ENGLISH)
    with unchanged(folder):
        with pytest.warns(CoverageWarning, match=r"english: the corpus is not Arabic: 2 of 2 articles") as caught:
            corpus = load_corpus(folder)
    message = str(caught[0].message)
    assert "data/lexicons/" in message and "extend the tables" in message
    assert check_arabic(corpus) == message.split(": ", 1)[1]
    assert check_arabic(load_corpus()) is None


def test_chunked_english_corpus_warns_once(tmp_path) -> None:
    folder = write_folder(tmp_path / "english", ENGLISH)
    with unchanged(folder), pytest.warns(CoverageWarning) as caught:
        list(iter_corpus(folder, chunksize=1))
    assert len([w for w in caught if issubclass(w.category, CoverageWarning)]) == 1


def test_cli_analyse_english_corpus_warns_plainly(tmp_path) -> None:
    folder = write_folder(tmp_path / "english", ENGLISH)
    with unchanged(folder):
        done = cli("analyse", "--corpus", folder, "--out", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert "warning: english: the corpus is not Arabic" in done.stderr


# --- 7 and 8. a report: what timed out and how to change it; no local path in a shared page ---


def _notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook(cells=[new_markdown_cell("# Probe"), new_code_cell("corpus_path = None"), *map(new_code_cell, cells)])
    nb.cells[1].metadata["tags"] = ["parameters"]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


def test_cli_timeout_names_the_notebook_the_cell_and_the_option(tmp_path, capsys, monkeypatch) -> None:
    slow = _notebook(tmp_path / "nb" / "00-slow.ipynb", "x = 1", "import time\ntime.sleep(60)")
    monkeypatch.setattr(report, "numbered_notebooks", lambda: [slow])
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    with unchanged(folder):
        status = main(["report", "--corpus", str(folder), "--out", str(tmp_path / "out"), "--timeout", "3"])
    err = capsys.readouterr().err
    assert status == 1
    assert "error: 00-slow.ipynb failed: code cell 4: CellTimeoutError: " in err  # cell 2 holds the injected parameters
    assert "Raise the limit (3 seconds per cell) with `python -m q7x2lib report --timeout SECONDS`" in err


def test_shared_report_shows_the_corpus_by_name_and_no_local_path(tmp_path, capsys, monkeypatch) -> None:
    name = 'مقالات "خاصة" \'٢٠٢١\''
    folder = write_folder(tmp_path / name, ENGLISH)
    probe = _notebook(
        tmp_path / "nb" / "00-probe.ipynb",
        "import os, q7x2lib\ncorpus = q7x2lib.load_corpus(corpus_path)",  # warns: the corpus is not Arabic
        "print(os.path.abspath(corpus_path), q7x2lib.__file__)",
        "q7x2lib.load_corpus(os.path.abspath(os.path.join(corpus_path, 'missing')))",  # fails, naming a path
    )
    monkeypatch.setattr(report, "numbered_notebooks", lambda: [probe])
    out = tmp_path / "out"
    with unchanged(folder):
        status = main(["report", "--corpus", str(folder), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and "00-probe.ipynb failed: code cell 5: CorpusError" in err
    assert "warning: " + name + ": the corpus is not Arabic" in err
    shared = {p.name: p.read_text(encoding="utf-8") for p in [*out.glob("*.html"), *(out / "executed").glob("*.ipynb")]}
    assert set(shared) == {"00-probe.html", "index.html", "00-probe.ipynb"}
    local = [str(tmp_path), str(ROOT), sys.prefix, str(Path.home())]
    host = socket.gethostname()
    for page, text in shared.items():
        for secret in local:
            assert secret not in text, f"{page} carries {secret!r}"
        if len(host) >= 3:  # a shorter name is no more than two letters anywhere
            assert not re.search(rf"(?<![\w.-]){re.escape(host)}(?![\w-])", text), f"{page} carries the machine's name"
    import html

    index = html.unescape(re.sub(r"<[^>]+>", "", shared["index.html"]))
    assert name in index and "the corpus is not Arabic" in index  # the landing page names it and warns
    executed = nbformat.read(out / "executed" / "00-probe.ipynb", as_version=4)
    injected = [c.source for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "\ncorpus_path = " + repr(name) + "\n" in injected[0]
    assert name in html.unescape(re.sub(r"<[^>]+>", "", shared["00-probe.html"]))


# --- 9. arguments checked at the public boundary; links out of the corpus --------------------


def test_chunksize_zero_is_refused_when_called(tmp_path) -> None:
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    with unchanged(folder):
        for bad in (0, -5, 2.5, True, "10"):
            with pytest.raises(ArgumentError, match=rf"chunksize must be a whole number of articles, 1 or more, not {bad!r}"):
                iter_corpus(folder, chunksize=bad)  # no need to ask for a chunk
        with pytest.raises(ValueError, match="chunksize must be"):
            run_chunked(folder, tmp_path / "out", chunksize=0, progress=False)
    assert not (tmp_path / "out").exists()


def test_more_workers_than_cores_are_capped_with_a_warning(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    with pytest.warns(Q7x2Warning, match=r"workers=64 but this machine has 1 core\(s\): using 1"):
        assert usable_workers(64) == 1
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    with unchanged(corpus.parent):
        assert main(["analyse", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--workers", "64"]) == 0
    assert "warning: workers=64 but this machine has 1 core(s): using 1" in capsys.readouterr().err


def test_timeout_must_be_a_whole_number_of_seconds(tmp_path) -> None:
    with pytest.raises(ArgumentError, match="timeout must be a whole number of seconds"):
        report.build_report(None, tmp_path / "out", [], timeout=0)


def test_symlink_out_of_the_corpus_is_skipped_with_a_warning(tmp_path) -> None:
    outside = write_folder(tmp_path / "private", {"diary.txt": OTHER})
    folder = write_folder(tmp_path / "corpus", {"a.txt": ARTICLE})
    (folder / "diary.txt").symlink_to(outside / "diary.txt")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    with unchanged(tmp_path):
        with pytest.warns(Q7x2Warning, match=r"corpus: skipped 2 symbolic link\(s\) to files or folders outside it: \['diary.txt', 'more'\] \(pass follow_symlinks=True"):
            assert load_corpus(folder).doc_id.tolist() == ["a"]
        with pytest.raises(CorpusError, match=r"duplicate doc_id \['diary'\]"):  # read twice: through the file link and the folder link
            load_corpus(folder, follow_symlinks=True)
    (folder / "more").unlink()
    with unchanged(tmp_path):
        assert load_corpus(folder, follow_symlinks=True).doc_id.tolist() == ["a", "diary"]


def test_bundled_corpus_still_loads_without_any_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(config.BUNDLED_CORPUS)) == 5


# --- 5. user tables (the lexicon layer) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("x,,,,RU,name,بوتين\nx,,,,,role,الرئيس,03/15/2004,",
         r"my_actors\.csv, line 3: valid_from '03/15/2004' is not a date \(write YYYY-MM-DD\)"),
        ("x,,,,RU,name,بوتين,,,extra,more", r"my_actors\.csv, line 2: 11 fields where the header has 9"),
        ("x,,,,RU,role,الرئيس الكيني,2020-01-01,", r"my_actors\.csv: actor\(s\) \['x'\] have no row of kind 'name'"),
    ],
)
def test_a_bad_user_actor_table_names_its_file_and_line(tmp_path: Path, rows: str, problem: str) -> None:
    from q7x2lib.actors import load_actors
    from q7x2lib.errors import LexiconError

    own = tmp_path / "my_actors.csv"
    own.write_text("actor_id,name_ar,name_en,type,side,kind,phrase,valid_from,valid_to\n" + rows + "\n", encoding="utf-8")
    with unchanged(tmp_path), pytest.raises(LexiconError, match=problem):
        load_actors(own)


@pytest.mark.parametrize("command", ["analyse", "report"])
def test_a_table_name_no_table_has_is_one_message_naming_the_option_and_the_file(tmp_path, capsys, command) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    terms = tmp_path / "in" / "my_terms.csv"
    terms.write_text("term,stance\nحوار,1\n", encoding="utf-8")
    with unchanged(tmp_path / "in"):
        status = main([command, "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--table", f"stance_term={terms}"])
    err = capsys.readouterr().err
    assert status == 2 and len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"error: --table 'stance_term={terms}': no table 'stance_term'; the tables are actors, ")
    assert "stance_terms" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["analyse", "report"])
@pytest.mark.parametrize(("options", "problem"), [
    ([], "no text column 'text'; columns are ['doc_id', 'body'] (pass text_col='body'; on the command line --text-col body)"),
    (["--text-col", "body", "--id-col", "url"],
     "no id column 'url'; columns are ['doc_id', 'body'] (pass id_col=..., on the command line --id-col NAME, or leave it out "
     "to number the articles)"),
])
def test_a_csv_without_the_column_asked_for_names_the_file_and_the_option(tmp_path, capsys, command, options, problem) -> None:
    corpus = tmp_path / "in" / "news.csv"
    corpus.parent.mkdir()
    pd.DataFrame({"doc_id": ["a", "b"], "body": [ARTICLE, OTHER]}).to_csv(corpus, index=False)
    with unchanged(corpus.parent):
        status = main([command, "--corpus", str(corpus), "--out", str(tmp_path / "out"), *options])
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    assert err.splitlines()[-1] == f"error: {corpus}: {problem}"  # the last line, after analyse's progress bar


@pytest.mark.parametrize("command", ["analyse", "report"])
def test_a_csv_row_with_more_fields_than_the_header_is_one_line_naming_the_file_and_the_line(tmp_path, capsys, command) -> None:
    corpus = tmp_path / "in" / "news.csv"
    corpus.parent.mkdir()
    corpus.write_text(f'doc_id,text\na,"{ARTICLE}"\nb,"{OTHER}",extra\n', encoding="utf-8")
    with unchanged(corpus.parent):
        status = main([command, "--corpus", str(corpus), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    last = err.splitlines()[-1]  # after analyse's progress bar
    assert last == (f"error: {corpus}: cannot read as CSV (ParserError: Error tokenizing data. C error: "
                    "Expected 2 fields in line 3, saw 3)"), err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links as POSIX makes them")
@pytest.mark.parametrize("command", ["analyse", "report"])
@pytest.mark.parametrize("loop_is", ["--corpus", "--out", "--table"])
def test_a_loop_of_symbolic_links_is_one_message_naming_it(tmp_path, capsys, command, loop_is) -> None:
    corpus = write_jsonl(tmp_path / "in" / "news.jsonl")
    loop = tmp_path / "in" / "loop"
    loop.symlink_to(tmp_path / "in" / "back")
    (tmp_path / "in" / "back").symlink_to(loop)
    given = {"--corpus": str(corpus), "--out": str(tmp_path / "out")}
    given[loop_is] = f"stance_terms={loop}" if loop_is == "--table" else str(loop)
    with unchanged(tmp_path / "in"):
        status = main([command, *[w for pair in given.items() for w in pair]])
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    assert err == f"error: {loop}: a symbolic link that leads back to itself (a loop of links); give the file or folder itself\n"
    assert not (tmp_path / "out").exists()
