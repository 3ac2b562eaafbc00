"""Reports: self-contained pages, Arabic right to left, corpus text inert, failures named.

The fast tests run two fixture notebooks (tests/notebooks/) on a tiny corpus
whose Arabic articles carry HTML payloads; one more runs the real numbered
notebooks on the bundled articles plus the payloads.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from q7x2lib import config, report
from q7x2lib.__main__ import main
from q7x2lib.report_html import CONTENT_SECURITY_POLICY

FIXTURES = Path(__file__).parent / "notebooks"
SHOW = FIXTURES / "report_fixture.ipynb"
FAILING = FIXTURES / "failing_fixture.ipynb"

# the fixture corpora hold markup on purpose (payloads shown inert, <b> in an article); the loader's warning about it is
# tested in test_corpus
pytestmark = pytest.mark.filterwarnings("ignore:.*hold HTML markup")

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ARTICLES = {
    "a.txt": f"بوتين يحذر {SCRIPT}\n\nقال الرئيس الروسي فلاديمير بوتين إن {IMG} العلاقات مع واشنطن صعبة.\n",
    "b.txt": "بايدن والكرملين\n\nأكد البيت الأبيض أن بايدن سيلتقي بوتين في جنيف <b>قريبا</b>.\n",
}


class Page(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def with_class(self, name: str) -> list[dict]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture notebooks rendered once on the payload corpus."""
    tmp = tmp_path_factory.mktemp("report")
    corpus = write_corpus(tmp / "corpus", ARTICLES)
    results = report.build_report(corpus, tmp / "out", [SHOW, FAILING], progress=False)
    return {r.notebook.name: r for r in results}, tmp / "out"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def assert_inert_and_self_contained(text: str, where: str) -> None:
    """No script, no event handler, nothing fetched from elsewhere."""
    page = Page(text)
    assert not [t for t, _ in page.tags if t in ("script", "iframe", "object", "embed", "base")], where
    handlers = [(t, k) for t, a in page.tags for k in a if k.startswith("on")]
    assert not handlers, f"{where}: event handler attributes {handlers[:3]}"
    for tag, attrs in page.tags:
        if tag in ("script", "link", "img", "source", "video", "audio"):
            for key in ("src", "href"):
                value = (attrs.get(key) or "").strip().lower()
                assert not re.match(r"(https?:)?//", value), f"{where}: <{tag} {key}={value[:60]}>"
        if tag == "img":
            assert (attrs.get("src") or "").startswith("data:"), f"{where}: image not embedded"
    assert not re.search(r"""url\(\s*['"]?(https?:)?//""", text), f"{where}: CSS fetches a remote url()"
    assert CONTENT_SECURITY_POLICY in text, f"{where}: no Content-Security-Policy"


def test_each_notebook_gets_a_page_and_the_index_links_them(built) -> None:
    results, out = built
    toc = re.search(r'<ol class="toc">(.*?)</ol>', _read(out / "index.html"), re.S).group(1)
    links = [a["href"] for t, a in Page(toc).tags if t == "a"]
    assert links == ["report_fixture.html", "failing_fixture.html"]
    assert all((out / href).is_file() for href in links)
    assert results["report_fixture.ipynb"].failure is None


def test_pages_are_self_contained(built) -> None:
    _, out = built
    for page in out.glob("*.html"):
        assert_inert_and_self_contained(_read(page), page.name)
    shown = _read(out / "report_fixture.html")
    assert "data:image/png;base64," in shown, "the chart must be embedded"
    assert "src: url(data:font/woff;base64," in shown, "the Arabic font must be embedded"
    assert not re.search(r"mathjax|require\.js|cdnjs|unpkg|jsdelivr|googleapis", shown, re.I)


def test_corpus_markup_comes_out_escaped_in_every_form(built) -> None:
    _, out = built
    shown = _read(out / "report_fixture.html")
    for page in out.glob("*.html"):
        text = _read(page)
        assert "<script>alert(1)" not in text and "<img src=x onerror" not in text, page.name
        assert "<b>قريبا" not in text and "<b>كافية" not in text, page.name
    # rtl_table, the plain DataFrame and print() each show it escaped (the title no longer holds it: an article's
    # HTML tags are out of its text_clean and title since cleaning reads markup as a browser shows it).
    assert shown.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_arabic_blocks_are_right_to_left_and_code_and_english_are_not(built) -> None:
    _, out = built
    page = Page(_read(out / "report_fixture.html"))
    markdown = page.with_class("jp-MarkdownOutput")
    assert [a.get("dir") for a in markdown] == [None, "rtl", None, None, None]  # H1, Arabic, English x 3
    assert markdown[1].get("lang") == "ar"
    quotes = [a for t, a in page.tags if t == "blockquote"]
    assert quotes == [{"dir": "rtl", "lang": "ar"}], "an Arabic quote in English prose reads right to left"
    rtl_tables = page.with_class("q7x2-rtl")
    assert len(rtl_tables) == 3 and all(a["dir"] == "rtl" and a["lang"] == "ar" for a in rtl_tables)
    frames = [a for a in page.with_class("jp-RenderedHTML") if a.get("dir") == "rtl"]
    assert len(frames) == 1, "the plain DataFrame of Arabic text should be marked rtl"
    assert not [a for a in page.with_class("jp-InputArea-editor") if a.get("dir")]
    assert not [a for a in page.with_class("jp-RenderedText") if a.get("dir")]


def test_failed_notebook_opens_with_the_cell_and_the_error(built) -> None:
    results, out = built
    failure = results["failing_fixture.ipynb"].failure
    assert failure is not None and failure.error.startswith("ValueError: لا توجد مقالات")
    text = _read(out / "failing_fixture.html")
    banner = text.index('class="q7x2-failure"')
    assert banner < text.index('class="jp-Cell '), "the failure must be shown above the first cell"
    box = text[banner : text.index("</section>", banner)]
    assert "Code cell 5 (In [5]) failed" in box and "ValueError" in box and "&lt;b&gt;كافية&lt;/b&gt;" in box
    anchor = re.search(r'href="#([^"]+)"', box).group(1)
    assert f'id="{anchor}"' in text, "the banner links to the failed cell"
    assert "this cell must not run" in text and "this cell must not run\n</pre>" not in text
    index = _read(out / "index.html")
    assert "failed — <bdi>code cell 5: ValueError" in index and "1 failed" in index


def test_the_index_is_a_landing_page_with_the_corpus_findings_and_tables(built) -> None:
    results, out = built
    text = _read(out / "index.html")
    assert_inert_and_self_contained(text, "index.html")
    corpus = re.search(r'<p class="corpus">(.*?)</p>', text, re.S).group(1)
    assert "<code>corpus</code>" in corpus and "2 articles;" in corpus and "no outlet given" in corpus
    shown = re.search(r'<section class="notebook" id="report_fixture">(.*?)</section>', text, re.S).group(1)
    assert shown.count("<img") == 1 and 'src="data:image/png;base64,' in shown, "the one chart, embedded"
    assert 'pre class="finding" dir="rtl" lang="ar"' in shown, "a printed Arabic finding reads right to left"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "<script>" not in shown
    assert "finding-table" in shown, "a table finding is kept, reduced to harmless tags"
    failed = re.search(r'<section class="notebook" id="failing_fixture">(.*?)</section>', text, re.S).group(1)
    assert "articles: 2" in failed and "Failed: <bdi>code cell 5: ValueError" in failed
    assert 'href="tables/report_fixture-texts.csv"' in text and "2 rows × 2 columns" in text
    assert (out / "tables" / "report_fixture-texts.csv").is_file()
    page = _read(out / "report_fixture.html")
    assert "The first 1 of 2 rows." in page and 'href="tables/report_fixture-texts.csv"' in page


def test_cli_options_reach_the_notebooks_and_no_local_path_reaches_a_page(tmp_path, monkeypatch) -> None:
    """A .jsonl.gz corpus with other column names, the user's actor table, a title, a subset of notebooks."""
    import gzip
    import json

    monkeypatch.setattr(report, "numbered_notebooks", lambda: [SHOW, FAILING])
    folder = tmp_path / "مجلد 'خاص'"
    folder.mkdir()
    corpus = folder / "news.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for i, text in enumerate(ARTICLES.values()):
            handle.write(json.dumps({"url": f"u{i}", "body": text, "outlet": "sabq", "published": "2015-08-01"}, ensure_ascii=False) + "\n")
    actors = folder / "my_actors.csv"
    shutil.copy(config.LEXICON_DIR / "actors.csv", actors)
    out = tmp_path / "out"
    status = main(["report", "--corpus", str(corpus), "--out", str(out), "--text-col", "body", "--id-col", "url",
                   "--actors", str(actors), "--title", "تقرير <i>سبق</i>", "--notebooks", "report_fixture", "--quiet"])
    assert status == 0
    assert sorted(p.name for p in out.glob("*.html")) == ["index.html", "report_fixture.html"]
    index = _read(out / "index.html")
    assert "<h1><bdi dir=\"auto\">تقرير &lt;i&gt;سبق&lt;/i&gt;</bdi></h1>" in index
    assert "<code>news.jsonl.gz</code>" in index and "2 articles;" in index and "<bdi>sabq</bdi> (2)" in index
    assert "does not take actors_path" in index, "the fixture declares corpus_path only"
    assert "<code>text_col</code></td><td><bdi dir=\"auto\"><code>body</code>" in index
    assert not [p for p in out.iterdir() if p.name.startswith(".input-")], "the renamed copy of the corpus is removed"
    assert "my_actors.csv" in index
    executed = nbformat.read(out / "executed" / "report_fixture.ipynb", as_version=4)
    injected = next(c.source for c in executed.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "corpus_path = 'news.jsonl.gz'" in injected and "actors_path = 'my_actors.csv'" in injected
    for page in [*out.glob("*.html"), *out.glob("executed/*.ipynb")]:
        text = _read(page)
        for local in (str(tmp_path), str(folder), str(config.PROJECT_ROOT), str(Path.home())):
            assert local not in text, f"{page.name} carries {local}"


@pytest.mark.parametrize("name", ["news.csv", "news.csv.gz", "news.parquet", "news.jsonl"])
def test_a_corpus_with_other_column_names_is_copied_with_the_default_ones(tmp_path, name) -> None:
    from q7x2lib import load_corpus
    from q7x2lib.report_privacy import standard_copy

    rows = pd.DataFrame({"url": ["u1", "u2", "u3"], "body": list(ARTICLES.values()) + ["قال بايدن إن القمة مفيدة."],
                         "outlet": ["sabq", None, "okaz"], "published": ["2015-08-01", "", "2015-08-03"]})
    (tmp_path / "in").mkdir()
    (tmp_path / "copy").mkdir()
    path = tmp_path / "in" / name
    if name.endswith(".parquet"):
        rows.to_parquet(path)
    elif ".csv" in name:
        rows.to_csv(path, index=False)
    else:
        rows.to_json(path, orient="records", lines=True, force_ascii=False)
    copy = standard_copy(path, tmp_path / "copy", text_col="body", id_col="url", chunksize=2)
    assert copy.name == name
    before = load_corpus(path, text_col="body", id_col="url")
    after = load_corpus(copy)
    for col in ("doc_id", "text", "outlet", "published", "n_words"):
        pd.testing.assert_series_equal(after[col], before[col], check_dtype=False)


def test_cli_refuses_an_unknown_notebook_and_a_bad_user_table(tmp_path, capsys) -> None:
    assert main(["report", "--notebooks", "99", "--out", str(tmp_path / "out")]) == 2
    assert "--notebooks: no notebook '99'; there are 00-corpus-overview" in capsys.readouterr().err
    bad = tmp_path / "actors.csv"
    bad.write_text("actor_id,name_ar\nx\n", encoding="utf-8")
    assert main(["report", "--actors", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "actors.csv" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_outputs_too_large_for_a_page_are_left_out_with_a_note() -> None:
    from q7x2lib.report_html import bound_outputs

    nb = new_notebook(cells=[new_code_cell("a"), new_code_cell("b"), new_code_cell("c")])
    big, mid, small = "x" * 3_000, "y" * 800, "z" * 10
    for cell, text in zip(nb.cells, [big, mid, small]):
        cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": text}, execution_count=1)]
    assert bound_outputs(nb, per_output=2_000, total=500) == 2
    texts = [c.outputs[0].get("text", c.outputs[0].get("data", {}).get("text/plain")) for c in nb.cells]
    assert "left off this page" in texts[0] and "left off this page" in texts[1] and texts[2] == small


def test_a_notebook_that_cannot_be_read_still_gets_a_page(tmp_path) -> None:
    broken = tmp_path / "50-broken.ipynb"
    broken.write_text("{not json", encoding="utf-8")
    (result,) = report.build_report(None, tmp_path / "out", [broken], progress=False)
    assert result.failure is not None and result.failure.cell_number is None
    text = _read(result.html)
    assert 'class="q7x2-failure"' in text and "50-broken failed on this corpus" in text
    assert_inert_and_self_contained(text, result.html.name)


def test_a_timeout_names_the_cell_and_how_to_raise_the_limit() -> None:
    nb = new_notebook(cells=[new_markdown_cell("# T"), new_code_cell("x = 1"), new_code_cell("time.sleep(999)"), new_code_cell("x")])
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="ok")]
    for cell, started in zip(nb.cells[1:], ["2026-01-01T00:00:00", "2026-01-01T00:00:01", None]):
        cell.metadata["papermill"] = {"start_time": started, "exception": None}
    nb.cells[2].outputs = [nbformat.v4.new_output("error", ename="KeyboardInterrupt", evalue="", traceback=[])]
    exc = TimeoutError("A cell timed out while it was being executed, after 600 seconds.\nHere is a preview: ...")
    failure = report.describe_failure(nb, exc, timeout=600)
    assert failure.cell_number == 2 and failure.cell_source == "time.sleep(999)"
    assert failure.error.startswith("TimeoutError: A cell timed out while it was being executed, after 600 seconds.")
    assert "600 seconds. Raise the limit (600 seconds per cell) with `python -m q7x2lib report --timeout SECONDS`" in failure.error
    assert report.FAILED_CELL_TAG in nb.cells[2].metadata["tags"]


def test_cli_exits_non_zero_and_names_the_failed_notebook(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(report, "numbered_notebooks", lambda: [FAILING])
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    status = main(["report", "--corpus", str(corpus), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert status == 1
    assert "failing_fixture.ipynb failed: code cell 5: ValueError" in captured.err
    assert (tmp_path / "out" / "failing_fixture.html").is_file()


def test_cli_refuses_a_corpus_it_cannot_load(tmp_path, capsys) -> None:
    status = main(["report", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert status == 2 and "error:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists(), "no notebook runs on a corpus that does not load"


def test_execute_in_place_records_the_source_hash(tmp_path) -> None:
    path = tmp_path / "99-tiny.ipynb"
    nb = new_notebook(cells=[new_markdown_cell("# Tiny"), new_code_cell("x = 2"), new_code_cell(""), new_code_cell("x * 21")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    report.execute_in_place(path)
    saved = nbformat.read(path, as_version=4)
    assert saved.metadata[report.METADATA_KEY]["source_sha256"] == report.source_sha256(saved)
    assert saved.cells[3].outputs[0]["data"]["text/plain"] == "42"
    assert [c.get("execution_count") for c in saved.cells[1:]] == [1, None, 2]
    assert not any("execution" in c.metadata for c in saved.cells)
    saved.cells[1].source = "x = 3"
    assert saved.metadata[report.METADATA_KEY]["source_sha256"] != report.source_sha256(saved)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """Every numbered notebook, on the bundled articles (no manifest) plus the payload ones."""
    notebooks = report.numbered_notebooks()
    if not notebooks:
        pytest.skip("no numbered notebooks yet")
    tmp = tmp_path_factory.mktemp("real")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for txt in sorted(config.BUNDLED_CORPUS.glob("*.txt")):
        shutil.copy(txt, corpus / txt.name)
    write_corpus(corpus, {f"zz_{name}": text for name, text in ARTICLES.items()})
    return notebooks, report.build_report(corpus, tmp / "out", notebooks, progress=False)


def test_real_notebooks_render_payloads_inert(real) -> None:
    notebooks, results = real
    assert [r.notebook for r in results] == notebooks
    for r in results:
        text = _read(r.html)
        assert_inert_and_self_contained(text, r.html.name)
        assert "<script>alert(1)" not in text and "<img src=x onerror" not in text, r.html.name


def test_real_notebooks_run_on_a_user_corpus_without_manifest(real) -> None:
    _, results = real
    failed = [f"{r.notebook.name}: {r.error}" for r in results if r.error]
    assert not failed, f"notebooks failed on a folder of .txt files with no manifest: {failed}"


def test_notebooks_run_without_the_plain_tcp_kernel_warning(tmp_path, capfd) -> None:
    """ipykernel warns on stderr at every start over plain TCP; the report's kernels use CurveZMQ where offered."""
    src = tmp_path / "tiny.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print(6 * 7)")]
    nbformat.write(nb, src)
    done = report.execute_notebook(src, tmp_path / "out.ipynb")
    assert done.cells[0].outputs[0]["text"] == "42\n"
    assert "without encryption" not in capfd.readouterr().err


def test_a_relative_output_folder_gets_the_tables_and_the_corpus_folder_gets_nothing(tmp_path, monkeypatch) -> None:
    """The kernels run in the corpus folder: a relative --out must still receive the full tables."""
    corpus = write_corpus(tmp_path / "elsewhere" / "corpus", ARTICLES)
    before = sorted(p.relative_to(corpus.parent) for p in corpus.parent.rglob("*"))
    monkeypatch.chdir(tmp_path)
    report.build_report(corpus, Path("rel_out"), [SHOW], progress=False)
    assert (tmp_path / "rel_out" / "tables" / "report_fixture-texts.csv").is_file()
    assert sorted(p.relative_to(corpus.parent) for p in corpus.parent.rglob("*")) == before, "nothing written beside the corpus"


def test_a_notebook_run_by_hand_maps_a_newspaper_column_onto_outlet(tmp_path) -> None:
    """The ``columns`` parameter, as a user sets it in JupyterLab (or papermill ``-p``), reaches load_corpus."""
    from q7x2lib.report import numbered_notebooks

    overview = next(p for p in numbered_notebooks() if p.name.startswith("00-"))
    rows = pd.DataFrame({"doc_id": ["a", "b", "c"], "newspaper": ["sabq", "okaz", "sabq"],
                         "text": ["قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع واشنطن صعبة.",
                                  "أكد البيت الأبيض أن بايدن سيلتقي بوتين في جنيف قريبا.",
                                  "أعلنت وزارة الخارجية السعودية ترحيبها بالاتفاق."]})
    rows.to_csv(tmp_path / "news.csv", index=False)
    done = report.execute_notebook(overview, tmp_path / "out.ipynb", {"corpus_path": "news.csv", "columns": {"newspaper": "outlet"}},
                                   cwd=tmp_path)
    injected = next(c.source for c in done.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert re.search(r"^columns = \{.newspaper.: .outlet.\}$", injected, re.M)
    shown = "\n".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for c in done.cells for o in c.get("outputs", []))
    assert "3 articles" in shown
    assert "sabq" in shown and "okaz" in shown, "the outlets come from the newspaper column"
    assert "is not read as the outlet" not in shown, "no warning that the newspaper column is left unread"


def test_a_kernel_shut_down_after_its_notebook_gets_no_interrupt(tmp_path, monkeypatch) -> None:
    """jupyter_client interrupts a kernel before shutting it down; one caught mid-message printed
    "[IPKernelApp] ERROR | KeyboardInterrupt caught in kernel." on the terminal after a report that ran well."""
    import signal

    manager = report._kernel_manager_class()
    sent = []
    original = manager._async_signal_kernel

    async def record(self, signum):
        sent.append(signum)
        await original(self, signum)

    monkeypatch.setattr(manager, "_async_signal_kernel", record)
    src = tmp_path / "tiny.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), src)
    report.execute_notebook(src, tmp_path / "out.ipynb")
    assert signal.SIGINT not in sent
