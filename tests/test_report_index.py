"""The landing page collects what each notebook tagged as a finding, and nothing else."""

from __future__ import annotations

import re

import nbformat

from q7x2lib.report_index import collect_findings


def test_only_cells_tagged_as_findings_reach_the_landing_page() -> None:
    nb = nbformat.v4.new_notebook()
    tagged = nbformat.v4.new_code_cell("print('top actor: بوتين')", metadata={"tags": ["q7x2-finding"]})
    tagged.outputs = [nbformat.v4.new_output("stream", name="stdout", text="top actor: بوتين\n")]
    other = nbformat.v4.new_code_cell("print('secret')")
    other.outputs = [nbformat.v4.new_output("stream", name="stdout", text="secret\n")]
    nb.cells = [tagged, other]
    found = collect_findings(nb)
    texts = " ".join(content for _, content in found.items)
    assert "بوتين" in texts and "secret" not in texts


def _finding_notebook(html: str, plain: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show_table(speakers, 'speakers')", metadata={"tags": ["q7x2-finding"]})
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/html": html, "text/plain": plain}, execution_count=1)]
    nb.cells = [cell]
    return nb


def test_a_table_cut_on_the_landing_page_counts_the_rows_it_shows() -> None:
    import pandas as pd

    from q7x2lib.display import show_table
    from q7x2lib.report_index import FINDING_ROWS, IndexEntry, index_html

    speakers = pd.DataFrame({"speaker_id": [f"speaker_{i}" for i in range(390)], "n_statements": range(390, 0, -1)})
    view = show_table(speakers, "speakers")  # the notebook's page: the first 50 of 390 rows
    assert "The first 50 of 390 rows." in view._repr_html_()
    nb = _finding_notebook(view._repr_html_(), repr(view))
    entry = IndexEntry(name="30-stance", title="Stance", href="30-stance.html", findings=collect_findings(nb))
    page = index_html([entry], "news.jsonl", "0.1.0")
    assert len(re.findall(r">speaker_\d+<", page)) == FINDING_ROWS
    assert "The first 50 of 390 rows" not in page  # the page's sentence, untrue here
    assert f"The first {FINDING_ROWS} of 390 rows" in page and 'href="30-stance.html">its page</a>' in page


def test_a_short_table_on_the_landing_page_keeps_the_link_to_its_file(tmp_path, monkeypatch) -> None:
    # the landing page showed notebook 20's coverage table with "The full table (2 rows): 20-actor-frequency-coverage.csv."
    # and the file name was not a link: the sanitiser unwrapped every <a>
    import pandas as pd

    from q7x2lib import display
    from q7x2lib.report_index import IndexEntry, index_html

    monkeypatch.setenv(display.TABLES_ENV, str(tmp_path / "tables"))
    monkeypatch.setenv(display.NOTEBOOK_ENV, "20-actor-frequency")
    view = display.show_table(pd.DataFrame({"measure": ["mentions with a country"], "value": [0.966]}), "coverage")
    nb = _finding_notebook(view._repr_html_(), repr(view))
    entry = IndexEntry(name="20-actor-frequency", title="Actors", href="20-actor-frequency.html", findings=collect_findings(nb))
    page = index_html([entry], "news.jsonl", "0.1.0")
    assert '<a download="" href="tables/20-actor-frequency-coverage.csv">20-actor-frequency-coverage.csv</a>' in page


def test_a_plain_table_cut_on_the_landing_page_says_so_and_a_short_one_does_not() -> None:
    import pandas as pd

    from q7x2lib.report_index import IndexEntry, index_html

    for n, said in [(14, "The first 10 of 14 rows"), (6, None)]:
        by_outlet = pd.DataFrame({"share": [0.5] * n}, index=pd.Index([f"outlet{i}" for i in range(n)], name="outlet"))
        nb = _finding_notebook(by_outlet._repr_html_(), repr(by_outlet))
        entry = IndexEntry(name="30-stance", title="Stance", href="30-stance.html", findings=collect_findings(nb))
        page = index_html([entry], "news.jsonl", "0.1.0")
        assert (said in page) if said else ("The first" not in page)


def test_the_corpus_paragraph_counts_articles_without_an_outlet_and_isolates_each_name() -> None:
    from collections import Counter

    from q7x2lib.report_index import CorpusSummary, index_html

    summary = CorpusSummary(name="news.jsonl", articles=5, words=1_708, outlets=Counter({"يورو عربي": 1}))
    assert "from 1 outlet: يورو عربي (1); 4 without an outlet; no dates given." in summary.sentence()
    page = index_html([], summary, "0.1.0")
    # the Arabic name isolated: its count stays after it in the English sentence, not before it
    assert "<bdi>يورو عربي</bdi> (1); 4 without an outlet" in page
    everywhere = CorpusSummary(name="news.jsonl", articles=3, words=10, outlets=Counter({"<b>okaz</b>": 3}))
    assert "without an outlet" not in everywhere.sentence()
    assert "<bdi>&lt;b&gt;okaz&lt;/b&gt;</bdi> (3)" in index_html([], everywhere, "0.1.0")


def test_the_table_files_are_counted_in_good_english() -> None:
    from q7x2lib.report_index import index_html

    page = index_html([], "news.jsonl", "0.1.0", tables=[{"file": "00-corpus-overview-evidence.csv", "rows": 1, "columns": 1}])
    assert "1 row × 1 column" in page and "1 columns" not in page


def test_a_wide_chart_may_take_the_width_of_the_page() -> None:
    # a chart 1,611 px wide (a bar pair for each of 14 outlets) was shrunk to 760 px, its labels 5 px high
    from q7x2lib.report_index import index_html

    css = re.search(r"\.chart img \{([^}]*)\}", index_html([], "news.jsonl", "0.1.0")).group(1)
    assert re.search(r"max-width:\s*100%\s*;", css) and "px" not in css.split("max-width", 1)[1].split(";", 1)[0]
