"""HTML for the reports: one self-contained, right-to-left-aware page per notebook.

:func:`notebook_html` renders an executed notebook with nbconvert's ``lab``
template, changed in four ways:

* nothing is fetched from the network: the require.js, MathJax, mermaid and
  widget loaders (all on a CDN) are left out, images are embedded, and the
  Arabic webfont is embedded as a subset (about 120 kB of base64);
* a Content-Security-Policy forbids every script and every remote resource,
  so a page stays inert even if some markup ever slipped through unescaped;
* markdown cells and HTML outputs that are mostly Arabic get ``dir="rtl"``
  and ``lang="ar"``; code and English prose stay left to right;
* a failed notebook opens with a banner naming the cell and the error.

LaTeX math is not typeset (MathJax would need the network); it shows as
source, which these notebooks do not use.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

#: Code points counted as Arabic letters (Arabic, Supplement, Extended-A,
#: presentation forms A and B).
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
#: A block whose letters are at least this share Arabic is shown right to left.
RTL_THRESHOLD = 0.5
#: No scripts, no remote anything: fonts, images and styles come from the page.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
HEAD_META = f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'

# The embedded Arabic face goes first everywhere: it covers only Arabic code
# points (unicode-range), so Latin text falls through to the usual fonts and
# Arabic in code output is still shaped by a real Arabic font. If it could not
# be embedded, 'IBM Plex Sans Arabic' and Tahoma are the named fallbacks.
_CSS = """
:root {
  --jp-content-font-family: 'Noto Sans Arabic', system-ui, -apple-system, 'Segoe UI', Helvetica, Arial,
    'IBM Plex Sans Arabic', Tahoma, sans-serif;
  --jp-code-font-family: 'Noto Sans Arabic', menlo, consolas, 'DejaVu Sans Mono', 'IBM Plex Sans Arabic', monospace;
}
[lang="ar"], .jp-RenderedHTMLCommon .q7x2-rtl table { font-family: var(--jp-content-font-family); }
/* The lab theme pins prose and lists to the left; let each follow its own direction. */
.jp-RenderedHTMLCommon p { text-align: start; }
.jp-RenderedHTMLCommon ul:not(.list-inline), .jp-RenderedHTMLCommon ol:not(.list-inline) {
  padding-left: 0; padding-inline-start: 2em; }
.jp-RenderedHTMLCommon blockquote { border-left: none; border-inline-start: 5px solid var(--jp-border-color2); }
[dir="rtl"] table { direction: rtl; margin-left: auto; margin-right: 0; }
[dir="rtl"] th, [dir="rtl"] td { text-align: right; unicode-bidi: isolate; }
/* Arabic lines are taller than Latin ones: align cells on the first baseline. */
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th,
.jp-RenderedHTMLCommon .q7x2-rtl td, .jp-RenderedHTMLCommon .q7x2-rtl th { vertical-align: baseline; }
.q7x2-failure { border: 3px solid #b00020; background: #fdecea; color: #3b0008; padding: 0.8em 1.2em;
  margin: 1em var(--jp-notebook-padding, 10px); font-family: 'Noto Sans Arabic', system-ui, sans-serif; }
.q7x2-failure h2 { margin-top: 0; color: #b00020; }
.q7x2-failure pre { white-space: pre-wrap; background: #fff; padding: 0.4em; }
.celltag_q7x2-failed { outline: 3px solid #b00020; outline-offset: 2px; }
"""

_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{{ resources.q7x2_head_meta }}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}{{ resources.q7x2_style }}{%- endblock html_head_css -%}
{%- block body_header -%}{{ super() }}{{ resources.q7x2_banner }}{%- endblock body_header -%}
"""
_TEMPLATE_NAME = "q7x2-report.html.j2"


@dataclass(frozen=True)
class CellFailure:
    """Where and why a notebook stopped.

    Attributes:
        error: ``"ExceptionName: message"``.
        cell_number: 1-based position among the notebook's code cells, if known.
        execution_count: The cell's ``In [n]`` number, if it ran.
        cell_source: The failing cell's source, if known.
        cell_id: The cell's nbformat id (the page's anchor is ``cell-id=<id>``).
    """

    error: str
    cell_number: int | None = None
    execution_count: int | None = None
    cell_source: str | None = None
    cell_id: str | None = None

    def summary(self) -> str:
        """One line for the console and the index page."""
        where = f"code cell {self.cell_number}: " if self.cell_number else ""
        return where + self.error


def arabic_share(text: str) -> float:
    """Share of the letters in ``text`` that are Arabic (0 when it has no letters).

    Examples:
        >>> arabic_share("قال بوتين إن Moscow")
        0.625
        >>> arabic_share("print(1)")
        0.0
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(any(lo <= ord(c) <= hi for lo, hi in ARABIC_RANGES) for c in letters)
    return arabic / len(letters)


@functools.cache
def arabic_font_face() -> str:
    """An ``@font-face`` rule embedding Noto Sans Arabic, or ``""`` if it cannot be built.

    The variable font of the ``fontpkg_noto_sans_arabic`` package (845 kB) is
    cut to the Arabic blocks with every OpenType feature kept (shaping needs
    them), pinned to normal width and weights 400-700, and stored as WOFF:
    about 90 kB, 120 kB as base64 in each page. Built once per process.
    """
    try:
        import fontpkg_noto_sans_arabic
        from fontTools import subset, ttLib
        from fontTools.varLib import instancer

        ttf = next((fontpkg_noto_sans_arabic.ROOT / "files").glob("*.ttf"))
        font = ttLib.TTFont(ttf)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        codepoints = [cp for lo, hi in ARABIC_RANGES for cp in range(lo, hi + 1)] + [0x200C, 0x200D, 0x200E, 0x200F]
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        # Instancing after subsetting: fontTools fails on the other order.
        buffer = io.BytesIO()
        font.save(buffer)
        buffer.seek(0)
        font = instancer.instantiateVariableFont(ttLib.TTFont(buffer), {"wdth": 100, "wght": (400, 700)})
        font.flavor = "woff"
        buffer = io.BytesIO()
        font.save(buffer)
    except Exception:  # noqa: BLE001 - the font is a nicety: fall back to the named fonts
        return ""
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    ranges = ", ".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in ARABIC_RANGES)
    return (
        "@font-face { font-family: 'Noto Sans Arabic'; font-style: normal; font-weight: 400 700; "
        f"font-display: block; unicode-range: {ranges}, U+200C-200F; "
        f"src: url(data:font/woff;base64,{data}) format('woff'); }}"
    )


def page_style() -> str:
    """The ``<style>`` element every page carries: the font and the RTL rules."""
    return f"<style>{arabic_font_face()}{_CSS}</style>"


def failure_banner(failure: CellFailure, notebook_name: str) -> str:
    """The red box at the top of a failed notebook's page (all text escaped)."""
    where, after = "The notebook did not finish", "Nothing below comes from this corpus."
    if failure.cell_number:
        count = f" (In [{failure.execution_count}])" if failure.execution_count else ""
        where = f"Code cell {failure.cell_number}{count} failed"
        after = "Cells after it did not run, so their output is missing below."
    link = f' <a href="#{html.escape("cell-id=" + failure.cell_id)}">Go to the failed cell.</a>' if failure.cell_id else ""
    # The message may be Arabic inside an English sentence: isolate it.
    name, _, message = failure.error.partition(": ")
    error = f"{html.escape(name)}: <bdi>{html.escape(message)}</bdi>" if message else html.escape(name)
    source = ""
    if failure.cell_source:
        lines = failure.cell_source.splitlines()
        shown = "\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else "")
        source = f"<p>The cell:</p><pre>{html.escape(shown)}</pre>"
    return (
        f'<section class="q7x2-failure" role="alert" lang="en" dir="ltr">'
        f"<h2>This report is incomplete: {html.escape(notebook_name)} failed on this corpus</h2>"
        f"<p>{where} with <strong>{error}</strong>.{link} {after}</p>"
        f"{source}</section>"
    )


def _exporter() -> HTMLExporter:
    import jinja2
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_loaders=[jinja2.DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
        template_name="lab",
        template_file=_TEMPLATE_NAME,
        embed_images=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


_PROSE_TAGS = ["p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption"]


_QUOTATION = re.compile("«[^«»]*»")


def _is_arabic(element) -> bool | None:
    """Whether an element's text is mostly Arabic; ``None`` if it has no letters.

    Quotations in «» count for nothing unless there is nothing else: English
    prose that quotes the articles at length is English.
    """
    text = " ".join(s for s in element.find_all(string=True) if s.parent.name not in ("style", "script"))
    if not any(c.isalpha() for c in text):
        return None
    outside = _QUOTATION.sub(" ", text)
    return arabic_share(outside if any(c.isalpha() for c in outside) else text) >= RTL_THRESHOLD


def _isolate_quotes(block) -> None:
    """In the left-to-right text of ``block``, isolate each Arabic quotation in «» (:func:`q7x2lib.display.isolate_quotes`)."""
    from bs4 import BeautifulSoup

    from .display import isolate_quotes

    for node in block.find_all(string=lambda s: "«" in s):
        if node.find_parent(["code", "pre", "style", "script", "bdi"]) is not None:
            continue
        owner = node.find_parent(attrs={"dir": True})
        if owner is not None and owner.get("dir") == "rtl":
            continue
        escaped = html.escape(str(node), quote=False)
        isolated = isolate_quotes(escaped)
        if isolated != escaped:
            node.replace_with(BeautifulSoup(isolated, features="html.parser"))


def mark_arabic_blocks(page: str) -> str:
    """Give mostly-Arabic markdown cells and HTML outputs ``dir="rtl" lang="ar"``.

    Within a block, a paragraph, list item, quote or heading whose language
    differs from the block's gets its own direction (an Arabic quote in
    English prose, an English note under an Arabic heading). In English
    prose an Arabic quotation in «» is isolated right to left, so that the
    punctuation at its edges («الكرملين:», «موسكو – يورو عربي |») stays on
    its side of the Arabic. Blocks that already state a direction
    (:func:`q7x2lib.display.rtl_table`, :func:`q7x2lib.display.show_table`)
    and text outputs (code, printed frames) are left as they are.

    Examples:
        >>> mark_arabic_blocks('<div class="jp-RenderedMarkdown"><p>قال بوتين</p><p>Note</p></div>')
        '<div class="jp-RenderedMarkdown" dir="rtl" lang="ar"><p>قال بوتين</p><p dir="ltr" lang="en">Note</p></div>'
        >>> mark_arabic_blocks('<div class="jp-RenderedMarkdown"><p>the dateline «موسكو – يورو عربي |» names it</p></div>')
        '<div class="jp-RenderedMarkdown"><p>the dateline «<bdi dir="rtl" lang="ar">موسكو – يورو عربي |</bdi>» names it</p></div>'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, features="html.parser")
    for block in soup.select("div.jp-RenderedMarkdown, div.jp-RenderedHTML"):
        if block.find(attrs={"dir": True}) is not None:
            continue
        rtl = bool(_is_arabic(block))
        if rtl:
            block["dir"], block["lang"] = "rtl", "ar"
        for element in block.find_all(_PROSE_TAGS):
            own = _is_arabic(element)
            if own is not None and own != rtl:
                element["dir"], element["lang"] = ("rtl", "ar") if own else ("ltr", "en")
        _isolate_quotes(block)
    return str(soup)


#: An output whose text (HTML, plain, markdown) is larger than this is left off the page, with a note.
MAX_OUTPUT_CHARS = 2_000_000
#: All outputs of a page together stay under this many characters (images included).
MAX_PAGE_OUTPUT_CHARS = 15_000_000


def _output_size(output) -> int:
    data = output.get("data", {}) if output.get("output_type") in ("display_data", "execute_result") else {}
    values = list(data.values()) + [output.get("text", ""), *output.get("traceback", [])]
    return sum(len("".join(v) if isinstance(v, list) else str(v)) for v in values)


def _left_out(size: int) -> dict:
    import nbformat

    return nbformat.v4.new_output(
        "stream", name="stdout",
        text=f"[q7x2lib report: an output of {size / 1e6:.1f} million characters is left off this page to keep it small; "
        "the executed notebook in executed/ has it, and long tables are written whole to tables/]\n",
    )


#: A warning as Python prints it: ``file:line: Category: message`` and the line of code that raised it.
_RAW_WARNING = re.compile(r"^[^\n]*?:\d+: (?P<category>[A-Za-z_]\w*(?:Warning|Error)): (?P<message>[^\n]*)\n(?:  [^\n]*(?:\n|$))?", re.M)
#: q7x2lib's own warnings speak to the reader, as on the command line: ``warning: message``.
_OWN_WARNINGS = {"Q7x2Warning", "CoverageWarning"}


def plain_warnings(notebook: NotebookNode) -> int:
    r"""Warnings on stderr shown as sentences: no source file, line number or echoed line of library code.

    q7x2lib's own read ``warning: <message>`` (as the command line prints
    them); another library's keep their category (``FutureWarning: ...``).
    Returns the number of warnings rewritten.

    Examples:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("corpus = q7x2lib.load_corpus(corpus_path)")])
        >>> nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stderr", text=(
        ...     "q7x2lib/corpus.py:462: Q7x2Warning: news.csv: not UTF-8; decoded as Windows-1256 (cp1256)\n"
        ...     "  tables = list(_tabular_chunks(path, None, text_col, id_col, encoding))\n"))]
        >>> plain_warnings(nb), nb.cells[0].outputs[0].text
        (1, 'warning: news.csv: not UTF-8; decoded as Windows-1256 (cp1256)\n')
    """
    count = 0

    def plain(match: re.Match) -> str:
        nonlocal count
        count += 1
        category, message = match["category"], match["message"]
        return f"warning: {message}\n" if category in _OWN_WARNINGS else f"{category}: {message}\n"

    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                text = output.get("text", "")
                output["text"] = _RAW_WARNING.sub(plain, "".join(text) if isinstance(text, list) else text)
    return count


def bound_outputs(notebook: NotebookNode, *, per_output: int = MAX_OUTPUT_CHARS, total: int = MAX_PAGE_OUTPUT_CHARS) -> int:
    """Replace outputs that would make a page too large by a one-line note; return how many.

    An output larger than ``per_output`` characters goes first; then, while
    all outputs together pass ``total``, the largest remaining. (The report
    keeps pages under 20 MB: the font, the style and nbconvert's markup add
    about 1 MB.)
    """
    outputs = [(cell, i, _output_size(o)) for cell in notebook.cells if cell.cell_type == "code"
               for i, o in enumerate(cell.get("outputs", []))]
    replaced = 0
    budget = sum(size for *_, size in outputs)
    for cell, i, size in sorted(outputs, key=lambda item: -item[2]):
        if size <= per_output and budget <= total:
            break
        cell.outputs[i] = _left_out(size)
        budget -= size
        replaced += 1
    return replaced


def notebook_html(notebook: NotebookNode, title: str, failure: CellFailure | None = None) -> str:
    """Render an executed notebook to one self-contained HTML page.

    Args:
        notebook: An ``nbformat.NotebookNode``, executed (or partly executed).
        title: The page title (the notebook's stem).
        failure: If the run failed, where and why; the page opens with it.

    Returns:
        The page, with no script and no remote resource.
    """
    banner = failure_banner(failure, title) if failure else ""
    resources = {
        "metadata": {"name": title},
        "q7x2_head_meta": HEAD_META,
        "q7x2_style": page_style(),
        "q7x2_banner": banner,
    }
    body, _ = _exporter().from_notebook_node(notebook, resources=resources)
    return mark_arabic_blocks(body)
