"""Execute the numbered notebooks on a corpus and render shareable HTML.

Each ``notebooks/NN-*.ipynb`` runs with papermill, with the corpus path (and
the user's tables) injected into its ``parameters`` cell;
:mod:`q7x2lib.report_html` renders it to one self-contained HTML file, long
tables go whole to ``tables/`` (:func:`q7x2lib.display.show_table`), and
:mod:`q7x2lib.report_index` writes the landing page. A notebook that fails
still gets a page, which opens by naming the failing cell and the error, and
the others go on. :mod:`q7x2lib.report_privacy` keeps local paths off every page.

``make nb-update`` uses :func:`execute_in_place`, which also records a hash of
the code it ran (:func:`source_sha256`) so that a test can tell when stored
outputs no longer belong to the code beside them.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .errors import ArgumentError, OutputError
from .report_html import CONTENT_SECURITY_POLICY, CellFailure, bound_outputs, notebook_html, plain_warnings
from .report_index import CorpusSummary, IndexEntry, collect_findings, index_html, read_table_records, summarize_corpus
from .report_privacy import by_name, hide_local_paths, local_paths, scrub, standard_copy

KERNEL = "python3"
#: Seconds one cell may run before the notebook counts as failed.
CELL_TIMEOUT = 600
#: Where :func:`execute_in_place` records what it ran, in notebook metadata.
METADATA_KEY = "q7x2lib"
FAILED_CELL_TAG = "q7x2-failed"
#: The folder beside the pages where :func:`q7x2lib.display.show_table` writes full tables.
TABLES_FOLDER = "tables"
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


@lru_cache(maxsize=1)
def _kernel_manager_class():
    """A kernel manager that encrypts its local connection when the kernel supports it.

    ipykernel 7.4 warns on every start when its ZMQ sockets run over TCP in
    plain text; with ``transport_encryption="auto"`` jupyter_client provisions
    CurveZMQ keys for a kernel that declares support (ours does) and falls
    back to plain TCP for one that does not, so the report's output shows no
    such warning and nothing else changes.

    It also does not interrupt a kernel it is about to shut down: jupyter_client
    sends SIGINT before every shutdown request, and a kernel that catches it
    while handling a message prints "[IPKernelApp] ERROR | KeyboardInterrupt
    caught in kernel." on the user's terminal after notebooks that ran well, at
    random. The shutdown request, then SIGTERM and SIGKILL, still end a kernel
    that does not answer.
    """
    from jupyter_client.manager import AsyncKernelManager

    class EncryptedKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            if self.has_trait("transport_encryption"):  # jupyter_client 8.10 and later
                kwargs.setdefault("transport_encryption", "auto")
            super().__init__(**kwargs)

        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:  # the interrupt _async_shutdown_kernel sends before its request
                return
            await super()._async_interrupt_kernel()

    return EncryptedKernelManager


def execute_notebook(
    src: Path, dest: Path, parameters: dict | None = None, *, cwd: Path | None = None, timeout: int = CELL_TIMEOUT,
    progress: bool = False,
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
        cwd=str(cwd or src.parent), progress_bar=progress,
        # Saving as cells finish keeps what ran when a cell times out or the kernel dies.
        request_save_on_cell_execute=True,
        execution_timeout=timeout, kernel_manager_class=_kernel_manager_class(),
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
        resources={"metadata": {"path": str(path.parent)}}, kernel_manager_class=_kernel_manager_class(),
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
    nb_path: Path, executed: Path, params: dict, timeout: int, cwd: Path | None = None, progress: bool = False
) -> tuple[NotebookNode, CellFailure | None]:
    """Execute one notebook; return ``(notebook, failure or None)``, never raise."""
    import nbformat

    executed.unlink(missing_ok=True)  # a page must never show an earlier run's outputs
    try:
        return execute_notebook(nb_path, executed, params, cwd=cwd, timeout=timeout, progress=progress), None
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


def _declared_parameters(nb_path: Path) -> set[str] | None:
    """The names a notebook's ``parameters`` cell assigns, or ``None`` if it cannot be read."""
    try:
        import papermill

        return set(papermill.inspect_notebook(str(nb_path)))
    except Exception:  # noqa: BLE001 - an unreadable notebook fails later, with its own page
        return None


def _clear_tables(folder: Path, stem: str) -> None:
    """Remove an earlier run's tables of one notebook (files and manifest lines)."""
    from .display import TABLES_MANIFEST

    if not folder.is_dir():
        return
    for old in folder.glob(f"{glob.escape(stem)}-*.csv"):
        old.unlink(missing_ok=True)
    manifest = folder / TABLES_MANIFEST
    if manifest.is_file():
        kept = [line for line in manifest.read_text(encoding="utf-8").splitlines()
                if not line.startswith("{") or json.loads(line).get("notebook") != stem]
        manifest.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")


@contextlib.contextmanager
def _environment(**values: str):
    """Set environment variables for the kernels started inside the block; restore them after."""
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def build_report(
    corpus_path: str | Path | None = None,
    out_dir: str | Path = config.REPORT_DIR,
    notebooks: Sequence[Path] | None = None,
    *,
    progress: bool = True,
    timeout: int = CELL_TIMEOUT,
    note: str | None = None,
    title: str | None = None,
    text_col: str = "text",
    id_col: str = "doc_id",
    actors_path: str | Path | None = None,
    table_paths: dict[str, str | Path] | None = None,
    summary: CorpusSummary | None = None,
    columns: dict[str, str] | None = None,
) -> list[NotebookResult]:
    """Run every numbered notebook on ``corpus_path``; write HTML, the full tables and a landing page.

    Args:
        corpus_path: A corpus as :func:`q7x2lib.load_corpus` takes it;
            ``None`` runs on the bundled corpus.
        out_dir: Where the HTML files, ``index.html``, the full tables
            (``tables/``) and the executed notebooks (``executed/``) go.
        notebooks: Which notebooks (default: :func:`numbered_notebooks`).
        progress: Show progress bars on stderr (articles, notebooks, cells).
        timeout: Seconds one cell may run (``report --timeout``).
        note: A warning about the corpus for the index page, e.g. from
            :func:`q7x2lib.corpus.check_arabic`.
        title: The landing page's heading (default ``"q7x2lib report"``).
        text_col, id_col: For a tabular corpus, its text and id columns
            (passed to the notebooks as parameters of the same names).
        actors_path: A user's actor table (parameter ``actors_path``).
        table_paths: Other user tables by lexicon name (parameter ``table_paths``).
        summary: The corpus in numbers, if already read
            (:func:`q7x2lib.report_index.summarize_corpus`); else it is read here.
        columns: For a tabular corpus, its columns to read as ``outlet``,
            ``title`` or ``published`` (``report --column newspaper=outlet``),
            as :func:`q7x2lib.load_corpus` takes them; the notebooks read a
            copy with the columns so named.

    Raises:
        OutputError: ``out_dir`` overlaps the corpus, is a file, holds a page
            of the same name that this program did not write, or cannot be
            written.
        CorpusError: the corpus cannot be read (before any notebook runs).

    Returns:
        One :class:`NotebookResult` per notebook, in order; a failed
        notebook has ``failure`` set and still has its page. The pages show
        the corpus and the user's tables by their names and carry no path of
        this machine.
    """
    from tqdm.auto import tqdm

    from .display import NOTEBOOK_ENV, TABLES_ENV
    from .pipeline import prepare_output_folder

    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1:
        raise ArgumentError(f"timeout must be a whole number of seconds, 1 or more, not {timeout!r}")
    paths = list(notebooks if notebooks is not None else numbered_notebooks())
    user_tables = {"actors": actors_path, **(table_paths or {})} if actors_path else dict(table_paths or {})
    inputs = [corpus_path if corpus_path is not None else config.BUNDLED_CORPUS, *user_tables.values()]
    out = prepare_output_folder(out_dir, inputs)
    pages = [out / f"{p.stem}.html" for p in paths] + [out / "index.html"]
    foreign = [p for p in pages if p.exists() and not _is_own_page(p)]
    if foreign:
        raise OutputError(f"{foreign[0]}: exists and is not a page written by q7x2lib; choose another output folder or move it away")
    try:
        (out / "executed").mkdir(exist_ok=True)
        (out / TABLES_FOLDER).mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the folders of the report ({exc.strerror or exc})") from None
    if summary is None:
        summary = summarize_corpus(corpus_path, text_col=text_col, id_col=id_col, columns=columns, progress=progress)
    corpus = Path(corpus_path).resolve() if corpus_path is not None else None
    scratch = tempfile.TemporaryDirectory(prefix=".input-", dir=out)
    original = corpus
    if corpus is not None and corpus.is_file() and ((text_col, id_col) != ("text", "doc_id") or columns):
        # every notebook reads the defaults, whether or not it takes text_col/id_col
        corpus = standard_copy(corpus, Path(scratch.name), text_col=text_col, id_col=id_col, columns=columns)
    # run beside the corpus and name it only: nothing local gets into the outputs; text_col, id_col and columns
    # are not passed: the copy already has the default names, and the notebooks' own defaults read it as it is
    params: dict = {"corpus_path": corpus.name} if corpus is not None else {}
    if actors_path:
        params["actors_path"] = str(Path(actors_path).resolve())
    if table_paths:
        params["table_paths"] = {name: str(Path(p).resolve()) for name, p in table_paths.items()}
    cwd = corpus.parent if corpus is not None else None
    # the folders of the corpus (and its renamed copy), the user's tables and the report itself (papermill records it)
    pairs = local_paths(corpus, [Path(p).resolve() for p in user_tables.values()] + ([original] if original else [])
                        + [out.resolve() / "index.html"])
    try:
        results, entries = [], []
        bar = tqdm(paths, desc="notebooks", unit="nb", disable=not progress)
        for nb_path in bar:
            bar.set_postfix_str(nb_path.stem)
            _clear_tables(out / TABLES_FOLDER, nb_path.stem)
            declared = _declared_parameters(nb_path)
            ignored = tuple(p for p in params if declared is not None and p not in declared)
            # absolute: the kernels run in the corpus folder, and a relative --out must not land there
            with _environment(**{TABLES_ENV: str((out / TABLES_FOLDER).resolve()), NOTEBOOK_ENV: nb_path.stem}):
                node, failure = _run_one(nb_path, out / "executed" / nb_path.name, params, timeout, cwd, progress)
            failure = hide_local_paths(node, failure, by_name(params), pairs)
            plain_warnings(node)
            bound_outputs(node)
            _save_executed(node, out / "executed" / nb_path.name)
            page = out / f"{nb_path.stem}.html"
            _write_page(page, notebook_html(node, nb_path.stem, failure))
            results.append(NotebookResult(nb_path, page, failure))
            entries.append(IndexEntry(nb_path.stem, notebook_title(node, nb_path.stem), page.name, failure,
                                      collect_findings(node), ignored))
        shown = {"corpus": summary.name, "notebooks": ", ".join(p.stem for p in paths), "timeout": f"{timeout} s per cell"}
        shown.update({k: v for k, v, default in (("text_col", text_col, "text"), ("id_col", id_col, "doc_id")) if v != default})
        if columns:
            shown["columns"] = ", ".join(f"{old} → {new}" for old, new in columns.items())
        shown.update({f"table {name}": Path(p).name for name, p in user_tables.items()})
        index = index_html(
            entries, summary, __version__, title=title or "q7x2lib report", note=note,
            tables=read_table_records(out / TABLES_FOLDER), tables_folder=out / TABLES_FOLDER, parameters=shown,
        )
        _write_page(out / "index.html", scrub(index, pairs))
    finally:
        scratch.cleanup()
    return results
