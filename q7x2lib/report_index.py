"""The report's landing page: the corpus in a paragraph, what each notebook found, and how it ran.

* :func:`summarize_corpus` reads the corpus once, chunk by chunk (memory
  bounded by the chunk), with a progress bar over the articles: articles,
  outlets, dates and words, and the loader's own checks before any notebook
  runs.
* :func:`collect_findings` takes the outputs of the cells a notebook tags
  ``q7x2-finding``: the first chart, and up to :data:`MAX_FINDINGS` texts
  or small tables.
* :func:`index_html` lays the page out: self-contained, right to left where
  the text is Arabic, every value escaped and every HTML output reduced to a
  short list of harmless tags.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .report_html import HEAD_META, CellFailure, arabic_share, page_style

if TYPE_CHECKING:
    from nbformat import NotebookNode

FINDING_TAG = "q7x2-finding"
#: Texts or tables taken from one notebook's finding cells.
MAX_FINDINGS = 4
#: A finding's text longer than this is cut on the landing page.
MAX_FINDING_CHARS = 1_500
#: A finding's HTML (a table) larger than this is left out.
MAX_FINDING_HTML = 60_000
#: Rows of a table finding shown on the landing page (its notebook's page has the rest).
FINDING_ROWS = 10
#: Tags an HTML finding may keep; every attribute but these is dropped.
_SAFE_TAGS = {"table", "thead", "tbody", "tr", "th", "td", "bdi", "p", "ul", "ol", "li", "strong", "em", "b", "i", "span", "div", "br", "code"}
_SAFE_ATTRS = {"dir", "lang", "class", "colspan", "rowspan"}
#: The one link a finding keeps: show_table's to its CSV file beside the page (the note "The full table ...: FILE").
_TABLE_LINK = re.compile(r"tables/[A-Za-z0-9][A-Za-z0-9_.-]{0,120}\.csv")


@dataclass
class CorpusSummary:
    """The corpus in numbers, for the landing page's first paragraph."""

    name: str
    articles: int = 0
    words: int = 0
    outlets: Counter = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
    undated: int = 0

    def sentence(self, *, markup: bool = False) -> str:
        """The paragraph, in English (outlet names as they are).

        With ``markup``, HTML: every part escaped, each outlet name isolated
        (``<bdi>``) so that an Arabic name keeps its count after it in the
        English sentence.
        """
        esc = html.escape if markup else str
        name = (lambda s: f"<bdi>{html.escape(s)}</bdi>") if markup else str
        parts = [f"{self.articles:,} articles", f"{self.words:,} words after cleaning"]
        if self.outlets:
            top = ", ".join(f"{name(outlet)} ({n:,})" for outlet, n in self.outlets.most_common(5))
            more = f" and {len(self.outlets) - 5:,} more" if len(self.outlets) > 5 else ""
            parts.append(f"from {len(self.outlets):,} outlet{'s' if len(self.outlets) != 1 else ''}: {top}{more}")
            without = self.articles - sum(self.outlets.values())
            if without > 0:
                parts.append(f"{without:,} without an outlet")
        else:
            parts.append("no outlet given")
        if self.first_date:
            span = self.first_date if self.first_date == self.last_date else f"{self.first_date} to {self.last_date}"
            parts.append(esc(f"dated {span}") + (f" ({self.undated:,} without a date)" if self.undated else ""))
        else:
            parts.append("no dates given")
        return "; ".join(parts) + "."


def summarize_corpus(
    path: str | Path | None, *, text_col: str = "text", id_col: str = "doc_id", chunksize: int = 2_000, progress: bool = True,
    columns: dict[str, str] | None = None,
) -> CorpusSummary:
    """Read the corpus at ``path`` chunk by chunk and count what the landing page says about it.

    Raises whatever :func:`q7x2lib.iter_corpus` raises (``CorpusError``
    naming the file and the problem): the report calls it before any
    notebook runs. Warnings of the loader (encoding, empty articles, not
    Arabic) are issued as usual.

    Examples:
        >>> summarize_corpus(None, progress=False).sentence()
        '5 articles; 1,708 words after cleaning; from 1 outlet: يورو عربي (1); 4 without an outlet; dated 2021-01-27 to 2021-04-14 (1 without a date).'
    """
    from tqdm.auto import tqdm

    from . import config
    from .corpus import iter_corpus

    path = Path(path) if path is not None else config.BUNDLED_CORPUS
    summary = CorpusSummary(name=path.name)
    first = last = None
    with tqdm(desc="reading the corpus", unit=" articles", disable=not progress) as bar:
        for chunk in iter_corpus(path, chunksize=chunksize, text_col=text_col, id_col=id_col, columns=columns):
            summary.articles += len(chunk)
            summary.words += int(chunk["n_words"].sum())
            summary.outlets.update(chunk["outlet"].dropna().astype(str))
            dates = chunk["published"].dropna()
            summary.undated += int(chunk["published"].isna().sum())
            if len(dates):
                first = min(first, dates.min()) if first is not None else dates.min()
                last = max(last, dates.max()) if last is not None else dates.max()
            bar.update(len(chunk))
    if first is not None:
        summary.first_date, summary.last_date = f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}"
    return summary


@dataclass
class Findings:
    """What a notebook's ``q7x2-finding`` cells showed: one chart (PNG, base64) and a few texts or tables."""

    chart: str | None = None
    items: list[tuple[str, str]] = field(default_factory=list)  # ("text" | "html", content)


def _text_of(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def collect_findings(notebook: NotebookNode) -> Findings:
    """The first chart and up to :data:`MAX_FINDINGS` texts or tables of the cells tagged ``q7x2-finding``.

    A table (HTML output) is kept if small, else its plain text is; markdown
    is kept as text. Nothing else of the notebook is read.
    """
    found = Findings()
    for cell in notebook.cells:
        if cell.cell_type != "code" or FINDING_TAG not in cell.metadata.get("tags", []):
            continue
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "stream" and output.get("name") == "stdout":
                found.items.append(("text", _text_of(output.get("text", "")).strip()))
                continue
            if kind not in ("display_data", "execute_result"):
                continue
            data = output.get("data", {})
            if "image/png" in data:
                if found.chart is None:
                    found.chart = _text_of(data["image/png"]).replace("\n", "")
            elif "text/html" in data and len(_text_of(data["text/html"])) <= MAX_FINDING_HTML:
                found.items.append(("html", _text_of(data["text/html"])))
            elif "text/markdown" in data:
                found.items.append(("text", _text_of(data["text/markdown"]).strip()))
            elif "text/plain" in data:
                found.items.append(("text", _text_of(data["text/plain"]).strip()))
    found.items = [(k, v) for k, v in found.items if v][:MAX_FINDINGS]
    return found


def sanitize_html(fragment: str, max_rows: int | None = None) -> str:
    """``fragment`` with only table and text tags left, no attribute but direction, language and class.

    With ``max_rows``, each table keeps its first ``max_rows`` body rows.

    Examples:
        >>> sanitize_html('<table onclick="x"><tr><td dir="rtl">بوتين<script>alert(1)</script></td></tr></table>')
        '<table><tr><td dir="rtl">بوتين</td></tr></table>'

        A link to a table file beside the report stays a link; any other is its text:

        >>> sanitize_html('<a href="tables/30-stance-speakers.csv" onclick="x">30-stance-speakers.csv</a> <a href="javascript:x">y</a>')
        '<a download="" href="tables/30-stance-speakers.csv">30-stance-speakers.csv</a> y'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, features="html.parser")
    for tag in soup.find_all(["script", "style", "iframe", "object", "embed", "svg", "math", "template"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.name == "a" and _TABLE_LINK.fullmatch(str(tag.get("href", ""))):
            tag.attrs = {"href": tag["href"], "download": ""}
            continue
        if tag.name not in _SAFE_TAGS:
            tag.unwrap()
            continue
        tag.attrs = {k: v for k, v in tag.attrs.items() if k in _SAFE_ATTRS}
    if max_rows is not None:
        for body in soup.find_all("tbody"):
            for row in body.find_all("tr", recursive=False)[max_rows:]:
                row.decompose()
    return str(soup)


def _direction(text: str) -> str:
    return ' dir="rtl" lang="ar"' if arabic_share(text) >= 0.5 else ' dir="ltr" lang="en"'


def _table_rows(fragment: str) -> tuple[int, int]:
    """Rows of the first table in ``fragment``: shown (body rows) and in the whole table (``data-rows``, else shown)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(fragment, features="html.parser")
    body = soup.find("tbody")
    shown = len(body.find_all("tr", recursive=False)) if body else 0
    view = soup.find(attrs={"data-rows": True})
    whole = str(view["data-rows"]) if view else ""
    return shown, int(whole) if whole.isdigit() else shown


def _finding_html(kind: str, content: str, href: str = "") -> str:
    """A finding for the landing page; a table cut to :data:`FINDING_ROWS` says so and where the rest is.

    Examples:
        >>> rows = "".join(f"<tr><td>{i}</td></tr>" for i in range(50))
        >>> page = (f'<div class="q7x2-table" data-rows="390"><table><tbody>{rows}</tbody></table>'
        ...         '<p class="q7x2-note q7x2-rows">The first 50 of 390 rows.</p></div>')
        >>> out = _finding_html("html", page, "30-stance.html")
        >>> "The first 10 of 390 rows" in out, "first 50" in out, out.count("<tr>")
        (True, False, 10)
    """
    if kind == "html":
        from bs4 import BeautifulSoup

        shown, whole = _table_rows(content)
        table = sanitize_html(content, max_rows=FINDING_ROWS)
        if whole > min(shown, FINDING_ROWS):
            # the page's own sentence counts the page's rows: say what this page shows, and where the rest is
            soup = BeautifulSoup(table, features="html.parser")
            for note in soup.select("p.q7x2-rows"):
                note.decompose()
            page = f'<a href="{html.escape(href)}">its page</a>' if href else "its page"
            table = (f'{soup}<p class="note" dir="ltr" lang="en">The first {min(shown, FINDING_ROWS):,} of '
                     f"{whole:,} rows; {page} shows more, and links the full table where there is one.</p>")
        text = BeautifulSoup(table, features="html.parser").get_text(" ")
        return f'<div class="finding-table"{_direction(text)}>{table}</div>'
    text = content if len(content) <= MAX_FINDING_CHARS else content[:MAX_FINDING_CHARS] + " …"
    return f'<pre class="finding"{_direction(text)}>{html.escape(text)}</pre>'


@dataclass(frozen=True)
class IndexEntry:
    """One notebook on the landing page.

    Attributes:
        ignored: Parameters the user set that this notebook does not take.
    """

    name: str
    title: str
    href: str
    failure: CellFailure | None = None
    findings: Findings | None = None
    ignored: tuple[str, ...] = ()


def read_table_records(folder: Path) -> list[dict]:
    """The tables :func:`q7x2lib.display.show_table` wrote in ``folder``, last record per file, files that exist."""
    from .display import TABLES_MANIFEST

    records: dict[str, dict] = {}
    manifest = folder / TABLES_MANIFEST
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and (folder / str(record.get("file", ""))).is_file():
                records[record["file"]] = record
    return sorted(records.values(), key=lambda r: r["file"])


def _size(path: Path) -> str:
    n = path.stat().st_size
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} kB"


_INDEX_CSS = """
body { font-family: 'Noto Sans Arabic', system-ui, sans-serif; max-width: 70em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; }
h1 { margin-bottom: 0.2em; } .corpus { font-size: 110%; }
section.notebook { border-top: 1px solid #ccc; padding: 0.6em 0 1em; }
section.notebook h2 { font-size: 130%; margin: 0.3em 0; }
.failed { color: #b00020; } .ok { color: #1b5e20; } .note { color: #555; font-size: 90%; }
.chart img { max-width: 100%; height: auto; border: 1px solid #eee; }
pre.finding { white-space: pre-wrap; font-family: inherit; background: #f7f7f7; padding: 0.5em 0.8em; margin: 0.4em 0; }
pre.finding[dir="rtl"] { text-align: right; }
.finding-table { overflow-x: auto; margin: 0.4em 0; } .finding-table table { border-collapse: collapse; }
.finding-table th, .finding-table td { padding: 2px 8px; border-bottom: 1px solid #ddd; unicode-bidi: isolate; }
.finding-table th .q7x2-id, .finding-table td .q7x2-id { display: block; font-weight: normal; font-size: 80%; color: #666; direction: ltr; text-align: right; }
table.files td, table.params td { padding: 2px 10px 2px 0; vertical-align: top; }
"""


def index_html(
    entries: Sequence[IndexEntry],
    corpus: CorpusSummary | str,
    version: str,
    *,
    title: str = "q7x2lib report",
    note: str | None = None,
    tables: Sequence[dict] = (),
    tables_folder: Path | None = None,
    parameters: dict[str, str] | None = None,
) -> str:
    """The landing page: corpus paragraph, each notebook's chart and findings and status, table files, parameters.

    Args:
        entries: One per notebook, in reading order.
        corpus: The summary, or just the corpus's name when it could not be read.
        version: q7x2lib's version.
        title: The page's heading (``report --title``).
        note: A warning about the corpus (e.g. not Arabic news).
        tables: Records from :func:`read_table_records`.
        tables_folder: Where they are (for sizes); links are relative to the page.
        parameters: What the run was given, by name, values as shown (no local path).
    """
    esc = html.escape
    if isinstance(corpus, CorpusSummary):
        about = f'Corpus <bdi dir="auto"><code>{esc(corpus.name)}</code></bdi>: <span dir="ltr">{corpus.sentence(markup=True)}</span>'
    else:
        about = f'Corpus <bdi dir="auto"><code>{esc(corpus)}</code></bdi>.'
    warning = f'<p class="failed" role="note">Warning: <bdi>{esc(note)}</bdi></p>' if note else ""
    failed = sum(e.failure is not None for e in entries)
    status = f"{len(entries)} notebook{'s' if len(entries) != 1 else ''}" + (
        f', <strong class="failed">{failed} failed</strong>' if failed else ", all ran"
    )
    toc = "".join(
        f'<li><a href="{esc(e.href)}">{esc(e.name)}</a> <bdi dir="auto">{esc(e.title)}</bdi> · '
        + (f'<span class="failed">failed — <bdi>{esc(e.failure.summary())}</bdi></span>' if e.failure else '<span class="ok">ok</span>')
        + "</li>"
        for e in entries
    )
    sections = []
    for e in entries:
        body = []
        if e.failure:
            body.append(f'<p class="failed">Failed: <bdi>{esc(e.failure.summary().rstrip("."))}</bdi>. '
                        f'<a href="{esc(e.href)}">The page</a> shows the cell and what ran before it.</p>')
        if e.ignored:
            body.append(f'<p class="note">This notebook does not take {", ".join(esc(p) for p in e.ignored)}: '
                        "it ran with the bundled defaults for those.</p>")
        f = e.findings or Findings()
        if f.chart:
            body.append(f'<p class="chart"><a href="{esc(e.href)}"><img alt="the main chart of {esc(e.name)}" '
                        f'src="data:image/png;base64,{esc(f.chart)}"></a></p>')
        body += [_finding_html(kind, content, e.href) for kind, content in f.items]
        if not f.chart and not f.items and not e.failure:
            body.append('<p class="note">This notebook marks no finding for the landing page; open its page.</p>')
        sections.append(
            f'<section class="notebook" id="{esc(e.name)}"><h2><a href="{esc(e.href)}">{esc(e.name)}</a> '
            f'<bdi dir="auto">{esc(e.title)}</bdi></h2>{"".join(body)}</section>'
        )
    files = ""
    if tables:
        from .display import _plural

        rows = []
        for r in tables:
            path = tables_folder / r["file"] if tables_folder else None
            size = f" · {_size(path)}" if path is not None and path.is_file() else ""
            href = f"{tables_folder.name}/{r['file']}" if tables_folder else r["file"]
            rows.append(f'<tr><td><a href="{esc(href)}" download>{esc(r["file"])}</a></td>'
                        f'<td>{_plural(int(r.get("rows", 0)), "row")} × {_plural(int(r.get("columns", 0)), "column")}{size}</td></tr>')
        files = ('<section id="tables"><h2>The full tables</h2><p>Pages show the head of long tables; '
                 f'these CSV files (UTF-8) hold them whole.</p><table class="files">{"".join(rows)}</table></section>')
    params = "".join(
        f"<tr><td><code>{esc(k)}</code></td><td><bdi dir=\"auto\"><code>{esc(v)}</code></bdi></td></tr>"
        for k, v in (parameters or {}).items()
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{HEAD_META}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{page_style()}
<style>{_INDEX_CSS}</style></head>
<body><main>
<h1><bdi dir="auto">{esc(title)}</bdi></h1>
<p class="corpus">{about}</p>
{warning}
<p>{status} · q7x2lib {esc(version)}</p>
<ol class="toc">{toc}</ol>
{"".join(sections)}
{files}
<section id="parameters"><h2>How this report was made</h2>
<table class="params"><tr><td>q7x2lib</td><td>{esc(version)}</td></tr>{params}</table></section>
</main></body></html>
"""

