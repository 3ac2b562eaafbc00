"""What a shared report must not carry, and the corpus as every notebook can read it.

* :func:`local_paths` and :func:`hide_local_paths`: the folders of the
  corpus, the user's tables, the report, the project, Python and the home
  folder, and the machine's name, replaced wherever a page or an executed
  notebook would show them; the corpus and the tables appear by their names.
* :func:`standard_copy`: a tabular corpus with other column names, copied
  (same name and format) with them named ``text`` and ``doc_id``, so that
  every notebook reads it with its defaults.
"""

from __future__ import annotations

import dataclasses
import os
import re
import socket
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .report_html import CellFailure

if TYPE_CHECKING:
    from nbformat import NotebookNode


def local_paths(corpus_path: str | Path | None = None, inputs: Sequence[Path] = ()) -> list[tuple[re.Pattern, str]]:
    """What a shared page must not carry, longest first, each with what replaces it.

    The folders that hold the corpus and the user's tables (each is shown by
    its name), the project, the Python installation (tracebacks name their
    files), the home folder and the machine's name.
    """
    folders: list[tuple[str, str]] = []
    for given in ([corpus_path] if corpus_path is not None else []) + list(inputs):
        parent = str(Path(given).resolve().parent)
        if parent != os.sep:
            folders.append((parent + os.sep, ""))
    for folder, label in [
        (config.PROJECT_ROOT, "q7x2lib"), (Path(sys.prefix), "python"), (Path(sys.base_prefix), "python"), (Path.home(), "~"),
    ]:
        if len(str(folder)) > 1:
            folders.append((str(folder), label))
    folders.sort(key=lambda pair: len(pair[0]), reverse=True)
    # a folder only where it ends (not "/root" in "/rootfs"), a host name only as a whole word
    pairs = [(re.compile(re.escape(text) + (r"(?![\w.-])" if label else "")), label) for text, label in folders]
    host = socket.gethostname()
    if len(host) >= 3:
        pairs.append((re.compile(rf"(?<![\w.-]){re.escape(host)}(?![\w-])"), "<host>"))
    return pairs


def scrub(value, pairs: list[tuple[re.Pattern, str]]):
    """``value`` (str, list or dict, as in a notebook) with every local path replaced; images untouched."""
    if isinstance(value, str):
        for pattern, label in pairs:
            value = pattern.sub(lambda _: label, value)
        return value
    if isinstance(value, list):
        return [scrub(v, pairs) for v in value]
    if isinstance(value, dict):
        for key in list(value):
            if not str(key).startswith("image/"):
                value[key] = scrub(value[key], pairs)
        return value
    return value


def hide_local_paths(
    notebook: NotebookNode, failure: CellFailure | None, shown: dict, pairs: list[tuple[re.Pattern, str]]
) -> CellFailure | None:
    """Show the corpus and the user's tables by their names and no path of this machine on a shared page.

    The notebooks run in the folder that holds the corpus and are given only
    its name, so that paths in warnings and errors are relative; the injected
    parameters are shown as ``shown`` gives them (file names only); whatever
    path still appears (a traceback, papermill's metadata) is replaced.
    """
    if shown:
        for cell in notebook.cells:
            if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
                # papermill writes non-ASCII names as \u escapes: show each name as it is
                cell.source = "# Parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in shown.items())
    scrub(notebook, pairs)
    if failure is None:
        return None
    return dataclasses.replace(
        failure, error=scrub(failure.error, pairs),
        cell_source=scrub(failure.cell_source, pairs) if failure.cell_source else failure.cell_source,
    )


def by_name(params: dict) -> dict:
    """The parameters as a page shows them: the user's tables by file name."""
    shown = dict(params)
    if "actors_path" in shown:
        shown["actors_path"] = Path(shown["actors_path"]).name
    if "table_paths" in shown:
        shown["table_paths"] = {k: Path(v).name for k, v in shown["table_paths"].items()}
    return shown


def standard_copy(
    corpus: Path, folder: Path, *, text_col: str, id_col: str, chunksize: int = 5_000, columns: dict[str, str] | None = None,
) -> Path:
    """A copy of a tabular corpus, same name and format, with its columns named ``text`` and ``doc_id``.

    So that every notebook reads it with the defaults, whether or not it
    takes ``text_col``/``id_col``; the columns of ``columns`` by their new
    names (``outlet``, ``title``, ``published``). Written chunk by chunk (memory bounded by
    the chunk); the report deletes it when done.
    """
    import gzip

    from .corpus import iter_corpus

    dest = folder / corpus.name
    name = corpus.name.lower()
    parquet, gz = name.endswith(".parquet"), name.endswith(".gz")
    as_csv = name.endswith((".csv", ".csv.gz"))
    writer, handle = None, None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the loader's warnings were shown when the corpus was first read
        for n, chunk in enumerate(iter_corpus(corpus, chunksize=chunksize, text_col=text_col, id_col=id_col, columns=columns, clean=False)):
            chunk = chunk.drop(columns=["source_file", "date_basis"], errors="ignore")
            chunk["published"] = chunk["published"].dt.strftime("%Y-%m-%d")
            if parquet:
                import pyarrow as pa
                import pyarrow.parquet as pq

                table = pa.Table.from_pandas(chunk, preserve_index=False)
                writer = writer or pq.ParquetWriter(dest, table.schema)
                writer.write_table(table.cast(writer.schema))
                continue
            if handle is None:
                handle = gzip.open(dest, "wt", encoding="utf-8", newline="") if gz else open(dest, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if as_csv:
                chunk.to_csv(handle, header=n == 0, index=False)
            else:
                handle.write(chunk.to_json(orient="records", lines=True, force_ascii=False) + "\n")
    for closing in (writer, handle):
        if closing is not None:
            closing.close()
    return dest
