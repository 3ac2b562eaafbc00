"""Execute the numbered notebooks on a corpus and render shareable HTML.

Each ``notebooks/NN-*.ipynb`` runs with papermill, with the corpus path
injected into its ``parameters`` cell; :mod:`q7x2lib.report_html` renders it
to one self-contained HTML file; an index page links them. A notebook that
fails still gets a page, which opens by naming the failing cell and the
error, and the others go on.

``make nb-update`` uses :func:`execute_in_place`, which also records a hash of
the code it ran (:func:`source_sha256`) so that a test can tell when stored
outputs no longer belong to the code beside them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .report_html import CellFailure, IndexEntry, index_html, notebook_html

KERNEL = "python3"
#: Seconds one cell may run before the notebook counts as failed.
CELL_TIMEOUT = 600
#: Where :func:`execute_in_place` records what it ran, in notebook metadata.
METADATA_KEY = "q7x2lib"
FAILED_CELL_TAG = "q7x2-failed"
_PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"

if TYPE_CHECKING:
    from nbformat import NotebookNode


@dataclass
class NotebookResult:
    """What happened to one notebook: its HTML page and, if it failed, where and why."""

    notebook: Path
    html: Path
    failure: CellFailure | None = None

    @property
    def error(self) -> str | None:
        """One line naming the failing cell and the error, or ``None``."""
        return self.failure.summary() if self.failure else None


def numbered_notebooks(folder: Path | None = None) -> list[Path]:
    """The notebooks a report runs: ``NN-name.ipynb`` in reading order.

    Examples:
        >>> [p.name for p in numbered_notebooks()][:1]
        ['00-corpus-overview.ipynb']
    """
    folder = folder or config.NOTEBOOK_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def source_sha256(notebook: NotebookNode) -> str:
    """A hash of every non-empty code cell's source, in order.

    Markdown does not count: it does not change outputs.

    Examples:
        >>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
        >>> a = new_notebook(cells=[new_markdown_cell("# A"), new_code_cell("x = 1")])
        >>> b = new_notebook(cells=[new_markdown_cell("# B"), new_code_cell("x = 1")])
        >>> source_sha256(a) == source_sha256(b)
        True
    """
    sources = [c.source for c in notebook.cells if c.cell_type == "code" and c.source.strip()]
    return hashlib.sha256(json.dumps(sources, ensure_ascii=False).encode("utf-8")).hexdigest()


def notebook_title(notebook: NotebookNode, default: str) -> str:
    """The text of the notebook's first markdown ``# `` heading, else ``default``."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return default


def execute_notebook(
    src: Path, dest: Path, parameters: dict | None = None, *, cwd: Path | None = None, timeout: int = CELL_TIMEOUT
) -> NotebookNode:
    """Run ``src`` with papermill, writing the executed notebook to ``dest``.

    Raises:
        papermill.PapermillExecutionError: a cell raised; ``dest`` holds the
            notebook up to that cell.

    Returns:
        The executed notebook (``nbformat.NotebookNode``).
    """
    import nbformat
    import papermill

    papermill.execute_notebook(
        str(src), str(dest), parameters=parameters or {}, kernel_name=KERNEL,
        cwd=str(cwd or src.parent), progress_bar=False,
        # Saving as cells finish keeps what ran when a cell times out or the kernel dies.
        request_save_on_cell_execute=True,
        execution_timeout=timeout,
    )
    return nbformat.read(dest, as_version=4)


def execute_in_place(path: Path, *, timeout: int = CELL_TIMEOUT) -> NotebookNode:
    """Re-execute a notebook on the bundled corpus and save it (``make nb-update``).

    Uses nbclient rather than papermill so that no run-time metadata
    (timings, paths) is stored in the committed notebook. Records
    :func:`source_sha256` under ``metadata["q7x2lib"]["source_sha256"]``.

    Raises:
        nbclient.exceptions.CellExecutionError: a cell raised (also
            ``CellTimeoutError``, ``DeadKernelError``); the file is left as it was.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, kernel_name=KERNEL, timeout=timeout, store_widget_state=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    nb.metadata[METADATA_KEY] = {"source_sha256": source_sha256(nb)}
    nbformat.write(nb, path)
    return nb


def describe_failure(notebook: NotebookNode, exc: BaseException) -> CellFailure:
    """Find the cell that failed in a partly executed notebook and tag it.

    The failing cell is the first with an error output, else the one papermill
    marked, else the last one started (a timeout leaves no mark). Papermill's own
    error marker cells are removed: the page's banner replaces them.
    """
    notebook.cells = [c for c in notebook.cells if _PAPERMILL_ERROR_TAG not in c.metadata.get("tags", [])]
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]

    def failed(cell) -> bool:
        return any(o.get("output_type") == "error" for o in cell.get("outputs", []))

    def marked(cell) -> bool:
        return bool(cell.metadata.get("papermill", {}).get("exception"))

    started = [c for c in code_cells if c.metadata.get("papermill", {}).get("start_time")]
    cell = (
        next((c for c in code_cells if failed(c)), None)
        or next((c for c in code_cells if marked(c)), None)
        or (started[-1] if started else None)  # a timeout marks nothing: the last cell started
    )
    message = str(exc).strip()
    first_line = f"{type(exc).__name__}: {message.splitlines()[0]}" if message else type(exc).__name__
    if cell is None:
        return CellFailure(error=first_line)
    from papermill.exceptions import PapermillExecutionError

    error_output = next((o for o in cell.outputs if o.get("output_type") == "error"), None)
    if isinstance(exc, PapermillExecutionError) and error_output is not None:
        error = f"{error_output.get('ename', 'Error')}: {error_output.get('evalue', '')}"
    else:  # a timeout or a dead kernel: the cell's own output (an interrupt) is not the story
        error = first_line
    cell.metadata.setdefault("tags", []).append(FAILED_CELL_TAG)
    return CellFailure(
        error=error.strip().rstrip(":"),
        cell_number=code_cells.index(cell) + 1,
        execution_count=cell.get("execution_count"),
        cell_source=cell.source,
        cell_id=cell.get("id"),
    )


def _run_one(nb_path: Path, executed: Path, params: dict, timeout: int) -> tuple[NotebookNode, CellFailure | None]:
    """Execute one notebook; return ``(notebook, failure or None)``, never raise."""
    import nbformat

    executed.unlink(missing_ok=True)  # a page must never show an earlier run's outputs
    try:
        return execute_notebook(nb_path, executed, params, timeout=timeout), None
    except Exception as exc:  # noqa: BLE001 - any failure becomes a page, not a crash
        node = None
        for candidate in (executed, nb_path):
            try:
                node = nbformat.read(candidate, as_version=4)
                break
            except Exception:  # noqa: BLE001 - missing or unreadable: try the next
                continue
        if node is None:
            node = nbformat.v4.new_notebook()
        elif candidate == nb_path:  # never ran: its stored outputs are the bundled corpus's
            for cell in node.cells:
                if cell.cell_type == "code":
                    cell.outputs, cell.execution_count = [], None
        return node, describe_failure(node, exc)


def _hide_local_path(notebook: NotebookNode, corpus_path: str | None) -> None:
    """Show only the corpus's name in the injected parameters of a shared page.

    papermill injects the absolute path, which says nothing to a reader and
    something about the machine the report was made on.
    """
    if not corpus_path:
        return
    for cell in notebook.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source.replace(repr(corpus_path), repr(Path(corpus_path).name)).replace(
                f'"{corpus_path}"', f'"{Path(corpus_path).name}"'
            )


def build_report(
    corpus_path: str | Path | None = None,
    out_dir: str | Path = config.REPORT_DIR,
    notebooks: Sequence[Path] | None = None,
    *,
    progress: bool = True,
    timeout: int = CELL_TIMEOUT,
) -> list[NotebookResult]:
    """Run every numbered notebook on ``corpus_path``; write HTML and an index.

    Args:
        corpus_path: A corpus as :func:`q7x2lib.load_corpus` takes it;
            ``None`` runs on the bundled corpus.
        out_dir: Where the HTML files, ``index.html`` and the executed
            notebooks (``executed/``) go.
        notebooks: Which notebooks (default: :func:`numbered_notebooks`).
        progress: Show a progress bar on stderr.
        timeout: Seconds one cell may run.

    Returns:
        One :class:`NotebookResult` per notebook, in order; a failed
        notebook has ``failure`` set and still has its page.
    """
    from tqdm.auto import tqdm

    out = Path(out_dir)
    (out / "executed").mkdir(parents=True, exist_ok=True)
    params = {"corpus_path": str(Path(corpus_path).resolve())} if corpus_path is not None else {}
    paths = list(notebooks if notebooks is not None else numbered_notebooks())
    results, entries = [], []
    bar = tqdm(paths, desc="notebooks", unit="nb", disable=not progress)
    for nb_path in bar:
        bar.set_postfix_str(nb_path.stem)
        node, failure = _run_one(nb_path, out / "executed" / nb_path.name, params, timeout)
        _hide_local_path(node, params.get("corpus_path"))
        page = out / f"{nb_path.stem}.html"
        page.write_text(notebook_html(node, nb_path.stem, failure), encoding="utf-8")
        results.append(NotebookResult(nb_path, page, failure))
        entries.append(IndexEntry(nb_path.stem, notebook_title(node, nb_path.stem), page.name, failure))
    label = "the bundled sample corpus" if corpus_path is None else Path(corpus_path).name
    (out / "index.html").write_text(index_html(entries, label, __version__), encoding="utf-8")
    return results
