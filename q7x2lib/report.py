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

import dataclasses
import hashlib
import json
import os
import re
import socket
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .errors import ArgumentError, OutputError
from .report_html import CONTENT_SECURITY_POLICY, CellFailure, IndexEntry, index_html, notebook_html

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


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or type(exc).__name__ == "CellTimeoutError"


def describe_failure(notebook: NotebookNode, exc: BaseException, timeout: int | None = None) -> CellFailure:
    """Find the cell that failed in a partly executed notebook and tag it.

    The failing cell is the first with an error output, else the one papermill
    marked, else the last one started (a timeout leaves no mark). Papermill's own
    error marker cells are removed: the page's banner replaces them. A
    timeout's message says how to raise the limit (``timeout``, in seconds).
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
    if _is_timeout(exc):
        limit = f" ({timeout} seconds per cell)" if timeout else ""
        first_line += (
            f" Raise the limit{limit} with `python -m q7x2lib report --timeout SECONDS` "
            "or build_report(..., timeout=SECONDS)."
        )
    elif type(exc).__name__ == "DeadKernelError":
        first_line += " (the kernel died; a cell may have run out of memory)"
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


def _run_one(
    nb_path: Path, executed: Path, params: dict, timeout: int, cwd: Path | None = None
) -> tuple[NotebookNode, CellFailure | None]:
    """Execute one notebook; return ``(notebook, failure or None)``, never raise."""
    import nbformat

    executed.unlink(missing_ok=True)  # a page must never show an earlier run's outputs
    try:
        return execute_notebook(nb_path, executed, params, cwd=cwd, timeout=timeout), None
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
        return node, describe_failure(node, exc, timeout)


def local_paths(corpus_path: str | Path | None = None, out_dir: str | Path | None = None) -> list[tuple[re.Pattern, str]]:
    """What a shared page must not carry, longest first, each with what replaces it.

    The folder that holds the corpus (the corpus is shown by its name), the
    report's own folder (shown as ``.``), the project, the Python
    installation (tracebacks name their files), the home folder and the
    machine's name.
    """
    folders: list[tuple[str, str]] = []
    if corpus_path is not None:
        parent = str(Path(corpus_path).resolve().parent)
        if parent != os.sep:
            folders.append((parent + os.sep, ""))
    if out_dir is not None:
        folders.append((str(Path(out_dir).resolve()), "."))
    for folder, label in [
        (config.PROJECT_ROOT, "q7x2lib"), (Path(sys.prefix), "python"), (Path(sys.base_prefix), "python"), (Path.home(), "~"),
    ]:
        if len(str(folder)) > 1:
            folders.append((str(folder), label))
    folders.sort(key=lambda pair: len(pair[0]), reverse=True)
    # a folder only where it ends (not "/home/ann" in "/home/anna"), a host name only as a whole word
    pairs = [(re.compile(re.escape(text) + (r"(?![\w.-])" if label else "")), label) for text, label in folders]
    host = socket.gethostname()
    if len(host) >= 3:
        pairs.append((re.compile(rf"(?<![\w.-]){re.escape(host)}(?![\w-])"), "<host>"))
    return pairs


def _scrub(value, pairs: list[tuple[re.Pattern, str]]):
    """``value`` (str, list or dict, as in a notebook) with every local path replaced; images untouched."""
    if isinstance(value, str):
        for pattern, label in pairs:
            value = pattern.sub(lambda _: label, value)
        return value
    if isinstance(value, list):
        return [_scrub(v, pairs) for v in value]
    if isinstance(value, dict):
        for key in list(value):
            if not str(key).startswith("image/"):
                value[key] = _scrub(value[key], pairs)
        return value
    return value


def _hide_local_paths(
    notebook: NotebookNode, failure: CellFailure | None, corpus_name: str | None, pairs: list[tuple[re.Pattern, str]]
) -> CellFailure | None:
    """Show the corpus by its name and no path of this machine on a shared page.

    The notebooks run in the folder that holds the corpus and are given only
    its name, so that paths in warnings and errors are relative; whatever
    path still appears (a traceback, papermill's metadata) is replaced.
    """
    if corpus_name is not None:
        for cell in notebook.cells:
            if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                # papermill writes non-ASCII names as \u escapes: show the name as it is
                cell.source = re.sub(r"(?m)^corpus_path = .*$", lambda _: f"corpus_path = {corpus_name!r}", cell.source)
    _scrub(notebook, pairs)
    if failure is None:
        return None
    return dataclasses.replace(
        failure, error=_scrub(failure.error, pairs),
        cell_source=_scrub(failure.cell_source, pairs) if failure.cell_source else failure.cell_source,
    )


def _write_page(path: Path, text: str) -> None:
    """Write under a temporary name, then rename: a page is whole or absent."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError(f"{path.parent}: cannot write the report ({exc.strerror or exc})") from None


def _save_executed(notebook: NotebookNode, path: Path) -> None:
    """Keep the executed notebook beside the pages, as shareable as they are."""
    import nbformat

    try:
        nbformat.write(notebook, path)
    except OSError as exc:
        raise OutputError(f"{path.parent}: cannot write the executed notebook ({exc.strerror or exc})") from None


def _is_own_page(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return CONTENT_SECURITY_POLICY in handle.read(20_000)
    except OSError:
        return False


def build_report(
    corpus_path: str | Path | None = None,
    out_dir: str | Path = config.REPORT_DIR,
    notebooks: Sequence[Path] | None = None,
    *,
    progress: bool = True,
    timeout: int = CELL_TIMEOUT,
    note: str | None = None,
) -> list[NotebookResult]:
    """Run every numbered notebook on ``corpus_path``; write HTML and an index.

    Args:
        corpus_path: A corpus as :func:`q7x2lib.load_corpus` takes it;
            ``None`` runs on the bundled corpus.
        out_dir: Where the HTML files, ``index.html`` and the executed
            notebooks (``executed/``) go.
        notebooks: Which notebooks (default: :func:`numbered_notebooks`).
        progress: Show a progress bar on stderr.
        timeout: Seconds one cell may run (``report --timeout``).
        note: A warning about the corpus for the index page, e.g. from
            :func:`q7x2lib.corpus.check_arabic`.

    Raises:
        OutputError: ``out_dir`` overlaps the corpus, is a file, holds a page
            of the same name that this program did not write, or cannot be
            written.

    Returns:
        One :class:`NotebookResult` per notebook, in order; a failed
        notebook has ``failure`` set and still has its page. The pages show
        the corpus by its name and carry no path of this machine.
    """
    from tqdm.auto import tqdm

    from .pipeline import prepare_output_folder

    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1:
        raise ArgumentError(f"timeout must be a whole number of seconds, 1 or more, not {timeout!r}")
    paths = list(notebooks if notebooks is not None else numbered_notebooks())
    out = prepare_output_folder(out_dir, [corpus_path if corpus_path is not None else config.BUNDLED_CORPUS])
    pages = [out / f"{p.stem}.html" for p in paths] + [out / "index.html"]
    foreign = [p for p in pages if p.exists() and not _is_own_page(p)]
    if foreign:
        raise OutputError(f"{foreign[0]}: exists and is not a page written by q7x2lib; choose another output folder or move it away")
    try:
        (out / "executed").mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out / 'executed'}: cannot create the folder ({exc.strerror or exc})") from None
    corpus = Path(corpus_path).resolve() if corpus_path is not None else None
    # run beside the corpus and name it only: nothing local gets into the outputs
    params = {"corpus_path": corpus.name} if corpus is not None else {}
    cwd = corpus.parent if corpus is not None else None
    pairs = local_paths(corpus, out)
    results, entries = [], []
    bar = tqdm(paths, desc="notebooks", unit="nb", disable=not progress)
    for nb_path in bar:
        bar.set_postfix_str(nb_path.stem)
        node, failure = _run_one(nb_path, out / "executed" / nb_path.name, params, timeout, cwd)
        failure = _hide_local_paths(node, failure, params.get("corpus_path"), pairs)
        _save_executed(node, out / "executed" / nb_path.name)
        page = out / f"{nb_path.stem}.html"
        _write_page(page, notebook_html(node, nb_path.stem, failure))
        results.append(NotebookResult(nb_path, page, failure))
        entries.append(IndexEntry(nb_path.stem, notebook_title(node, nb_path.stem), page.name, failure))
    label = "the bundled sample corpus" if corpus is None else corpus.name
    if note:
        label += f" (warning: {note})"
    _write_page(out / "index.html", index_html(entries, label, __version__))
    return results
