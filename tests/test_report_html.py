"""Report pages: Arabic blocks marked right to left, failures shown escaped, oversized outputs left out."""

from __future__ import annotations

import nbformat

from q7x2lib.report_html import CellFailure, arabic_share, bound_outputs, failure_banner, mark_arabic_blocks


def test_arabic_share_counts_letters_not_spaces_or_digits() -> None:
    assert arabic_share("قال بوتين 2021") == 1.0
    assert arabic_share("Putin said") == 0.0


def test_an_arabic_paragraph_is_marked_rtl_and_an_english_one_is_not() -> None:
    page = mark_arabic_blocks('<div class="jp-RenderedMarkdown"><p>The Kremlin said so.</p></div>'
                              '<div class="jp-RenderedMarkdown"><h2>قال الكرملين إن القمة ممكنة</h2></div>')
    assert '<div class="jp-RenderedMarkdown" dir="rtl" lang="ar"><h2>قال الكرملين' in page
    assert '<div class="jp-RenderedMarkdown"><p>The Kremlin said so.</p></div>' in page


def test_an_arabic_quotation_in_english_prose_is_isolated_and_arabic_prose_is_left_alone() -> None:
    # notebook 00's dateline «موسكو – يورو عربي |» showed its "|" beside موسكو, notebook 10's «الكرملين:» its colon
    # on the right of the word, «ووبحسب وكالة "سبوتنيك"» its inner quote; English prose quoting at length stays English
    page = mark_arabic_blocks(
        '<div class="jp-RenderedMarkdown"><p>formulas of the genre, not copy: «نائب وزير الخارجية الروسي، سيرغي ريابكوف» '
        '(003 and 004), «وقال البيت الأبيض إن بايدن» (002 and 003); <code>«بوتين»</code> & <b>«event_date»</b></p></div>'
        '<div class="jp-RenderedMarkdown"><p>قال الكرملين «إن القمة ممكنة» أمس</p></div>')
    assert ('not copy: «<bdi dir="rtl" lang="ar">نائب وزير الخارجية الروسي، سيرغي ريابكوف</bdi>» (003 and 004), '
            '«<bdi dir="rtl" lang="ar">وقال البيت الأبيض إن بايدن</bdi>» (002 and 003)') in page
    assert "<code>«بوتين»</code>" in page and "<b>«event_date»</b>" in page and "&amp;" in page
    assert '<p>قال الكرملين «إن القمة ممكنة» أمس</p>' in page, "in Arabic prose a quotation is already right to left"


def test_a_failure_banner_escapes_what_the_corpus_put_in_the_error() -> None:
    banner = failure_banner(CellFailure("CorpusError: <script>alert(1)</script>", cell_number=3), "10-source-comparison")
    assert "<script>" not in banner and "&lt;script&gt;" in banner and "Code cell 3" in banner


def test_an_output_too_large_for_a_page_is_left_out_with_a_note() -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('x' * 10)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 5000)]
    nb.cells = [cell]
    assert bound_outputs(nb, per_output=1000, total=2000) == 1
    assert "x" * 5000 not in str(nb.cells[0].outputs)


def test_a_warning_on_a_page_is_a_sentence_not_a_source_location_and_a_line_of_library_code() -> None:
    import nbformat

    from q7x2lib.report_html import plain_warnings

    raw = (
        "q7x2lib/q7x2lib/corpus.py:462: Q7x2Warning: cp1256.csv: not UTF-8; decoded as Windows-1256 (cp1256)\n"
        "  tables = list(_tabular_chunks(path, None, text_col, id_col, encoding))\n"
        "q7x2lib/q7x2lib/corpus.py:470: CoverageWarning: news.csv: 12% of the letters are Arabic\n"
        "  warnings.warn(f\"{path.name or path}: {diagnosis}\", CoverageWarning, stacklevel=2)\n"
        "site-packages/pandas/core/frame.py:10: FutureWarning: the default will change\n"
        "  return self._reduce(op)\n"
        "reading the corpus: 100%\n"
    )
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("corpus = q7x2lib.load_corpus(corpus_path)")])
    nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stderr", text=raw),
                           nbformat.v4.new_output("stream", name="stdout", text="a.py:1: Q7x2Warning: printed, not warned\n  x\n")]
    assert plain_warnings(nb) == 3
    assert nb.cells[0].outputs[0].text == (
        "warning: cp1256.csv: not UTF-8; decoded as Windows-1256 (cp1256)\n"
        "warning: news.csv: 12% of the letters are Arabic\n"
        "FutureWarning: the default will change\n"
        "reading the corpus: 100%\n"
    )
    assert nb.cells[0].outputs[1].text.startswith("a.py:1: Q7x2Warning")  # stdout is the notebook's own print
