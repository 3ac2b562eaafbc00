"""Execute the numbered notebooks on a corpus and render shareable HTML.

Each ``notebooks/NN-*.ipynb`` runs with papermill, with the corpus path
injected into its ``parameters`` cell; nbconvert renders it to one
self-contained HTML file (images embedded); an index page links them. A
notebook that fails still gets a page, which names the failing cell, and the
others go on.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import config

KERNEL = "python3"


@dataclass
class NotebookResult:
    """What happened to one notebook: its HTML page and any error."""

    notebook: Path
    html: Path
    error: str | None = None


def numbered_notebooks(folder: Path | None = None) -> list[Path]:
    """The notebooks a report runs: ``NN-name.ipynb`` in reading order.

    Examples:
        >>> [p.name for p in numbered_notebooks()][:1]
        ['00-corpus-overview.ipynb']
    """
    folder = folder or config.NOTEBOOK_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def execute_notebook(src: Path, dest: Path, parameters: dict | None = None, *, cwd: Path | None = None):
    """Run ``src`` with papermill, writing the executed notebook to ``dest``.

    Returns:
        The executed notebook (``nbformat.NotebookNode``).
    """
    import nbformat
    import papermill

    papermill.execute_notebook(
        str(src), str(dest), parameters=parameters or {}, kernel_name=KERNEL,
        cwd=str(cwd or src.parent), progress_bar=False, request_save_on_cell_execute=False,
    )
    return nbformat.read(dest, as_version=4)


def execute_in_place(path: Path, *, timeout: int = 600):
    """Re-execute a notebook and save it with fresh outputs (``make nb-update``).

    Uses nbclient rather than papermill so that no run-time metadata
    (timings, paths) is stored in the committed notebook.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name=KERNEL, timeout=timeout, resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)
    return nb


def to_html(notebook, title: str) -> str:
    """Render an executed notebook to a self-contained HTML string."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(embed_images=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.template_name = "lab"
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def build_report(
    corpus_path: str | Path | None = None,
    out_dir: str | Path = config.REPORT_DIR,
    notebooks: Sequence[Path] | None = None,
    *,
    progress: bool = True,
) -> list[NotebookResult]:
    """Run every numbered notebook on ``corpus_path``; write HTML and an index.

    Args:
        corpus_path: A corpus as :func:`q7x2lib.load_corpus` takes it;
            ``None`` runs on the bundled corpus.
        out_dir: Where the HTML files and ``index.html`` go.
        notebooks: Which notebooks (default: :func:`numbered_notebooks`).
        progress: Show a progress bar.

    Returns:
        One :class:`NotebookResult` per notebook.
    """
    from papermill.exceptions import PapermillExecutionError
    from tqdm.auto import tqdm

    out = Path(out_dir)
    (out / "executed").mkdir(parents=True, exist_ok=True)
    params = {"corpus_path": str(Path(corpus_path).resolve())} if corpus_path is not None else {}
    results = []
    for nb_path in tqdm(list(notebooks or numbered_notebooks()), desc="notebooks", unit="nb", disable=not progress):
        executed = out / "executed" / nb_path.name
        page = out / f"{nb_path.stem}.html"
        error = None
        try:
            node = execute_notebook(nb_path, executed, params)
        except PapermillExecutionError as exc:
            import nbformat

            error = f"cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            node = nbformat.read(executed, as_version=4)
        page.write_text(to_html(node, nb_path.stem), encoding="utf-8")
        results.append(NotebookResult(nb_path, page, error))
    (out / "index.html").write_text(index_html(results, corpus_path), encoding="utf-8")
    return results


def index_html(results: Sequence[NotebookResult], corpus_path: str | Path | None) -> str:
    """The index page: one link per notebook, with its status."""
    corpus = "the bundled sample corpus" if corpus_path is None else Path(corpus_path).name
    items = "\n".join(
        f'<li><a href="{html.escape(r.html.name)}">{html.escape(r.notebook.stem)}</a>'
        + (f' <span class="failed">failed: {html.escape(r.error)}</span>' if r.error else "")
        + "</li>"
        for r in results
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>q7x2lib report</title>
<style>body{{font-family:system-ui,'Noto Sans Arabic',sans-serif;max-width:50em;margin:2em auto}}
.failed{{color:#b00}}</style></head>
<body><h1>q7x2lib report</h1><p>Corpus: {html.escape(corpus)}</p><ol>
{items}
</ol></body></html>
"""
