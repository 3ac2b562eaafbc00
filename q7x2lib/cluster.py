"""The analysis on a running dask.distributed cluster (``pip install .[dask]``).

:func:`run_on_cluster` reads the corpus on this machine, chunk by chunk,
sends each chunk to the workers of a Dask scheduler, where it is cleaned and
analysed by the function :func:`q7x2lib.pipeline.analyse_dask` maps over
partitions, and writes every table as a Parquet dataset: a folder
``NAME.parquet`` of ``part-00000.parquet, part-00001.parquet, ...``, one file
per chunk, in corpus order. pandas, Dask and any Parquet reader open the
folder as one table (``pd.read_parquet("out/mentions.parquet")``), with the
same rows and types as the single file the single-process run writes.

The workers need q7x2lib and its data folder installed, nothing else: they
never see the corpus or the output folder, so they may run on other machines
without a shared file system. Before the first chunk is sent, every worker is
asked for a fingerprint of its q7x2lib code and tables; a worker whose copy
differs from this one would give other tables, and stops the run.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import deque
from pathlib import Path

import pandas as pd

from . import config
from .errors import ArgumentError, ClusterError, Q7x2Error
from .pipeline import _analyse_partition, _open_run, _own_schema, _publish, _stable_types, _writing, analysis_tables

#: A scheduler address: ``tcp://HOST:PORT`` (or another Dask protocol), ``HOST:PORT``, or an in-process ``inproc://`` one.
_ADDRESS_RE = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?[^\s/]+:\d+|inproc://\S+")
PART_NAME = "part-{:05d}.parquet"
#: Seconds to wait for the scheduler to answer and for its first worker.
CONNECT_TIMEOUT = 10.0


def run_on_cluster(
    path: str | Path,
    out_dir: str | Path,
    scheduler: str,
    *,
    chunksize: int = 10_000,
    text_col: str = "text",
    id_col: str = "doc_id",
    actors: pd.DataFrame | None = None,
    tables: dict[str, pd.DataFrame] | None = None,
    progress: bool = True,
    encoding: str | None = None,
    connect_timeout: float | None = None,
    columns: dict[str, str] | None = None,
) -> dict[str, Path]:
    """Analyse a corpus on a Dask cluster, writing every table as a Parquet dataset.

    Args:
        path: A corpus as :func:`q7x2lib.iter_corpus` reads it (read here,
            not by the workers).
        out_dir: Folder for the datasets ``articles.parquet``,
            ``mentions.parquet``, ``statements.parquet``,
            ``doc_stance.parquet`` and ``events.parquet`` (the names :func:`q7x2lib.run_chunked`
            gives its files; tables of an earlier run of either are replaced).
        scheduler: The scheduler's address, e.g. ``tcp://10.0.0.5:8786``.
        chunksize: Articles per chunk, the unit of work sent to a worker.
        actors, tables: As for :func:`q7x2lib.run_chunked`; shipped once
            to every worker.
        progress: Show a progress bar (articles analysed and written).
        encoding: Force the corpus's text encoding (default: detect).
        connect_timeout: Seconds to wait for the scheduler and for its
            first worker (default: :data:`CONNECT_TIMEOUT`).
        columns: As for :func:`q7x2lib.run_chunked`.

    Returns:
        The dataset folder of each table. Parts are written into a hidden
        folder and renamed when the whole corpus is done: a run that fails
        leaves no table that looks complete. At most twice as many chunks as
        the cluster has threads are out at once, so memory here is bounded
        by the chunk size, not the corpus.

    Raises:
        ClusterError: The scheduler cannot be reached, has no workers, or
            a worker cannot run this version of q7x2lib.
        OutputError: As for :func:`q7x2lib.run_chunked`.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from tqdm.auto import tqdm

    chunks, out, targets, partial = _open_run(path, out_dir, chunksize, text_col, id_col, encoding, columns)
    actors, tables = analysis_tables(actors, tables)
    client = connect(scheduler, timeout=connect_timeout)
    schemas: dict[str, pa.Schema] = {}
    bar = tqdm(desc="articles", unit="art", disable=not progress)
    done = False

    def write(part: int, n_articles: int, future) -> None:
        try:
            tables = future.result()
        except Q7x2Error:
            raise
        except Exception as exc:  # a worker died (out of memory?) or the scheduler went away
            raise ClusterError(
                f"{scheduler}: chunk {part + 1} failed on the cluster ({type(exc).__name__}: {exc}); "
                "if a worker ran out of memory, try a smaller chunk size"
            ) from exc
        for name, table in tables.items():
            arrow = pa.Table.from_pandas(_stable_types(table), preserve_index=False)
            if name not in schemas:  # the first chunk sets each table's types, as in run_chunked
                schemas[name] = _own_schema(arrow)
            with _writing(out):
                partial[name].mkdir(exist_ok=True)
                pq.write_table(arrow.cast(schemas[name]), partial[name] / PART_NAME.format(part))
        bar.update(n_articles)

    try:
        for temp in partial.values():
            shutil.rmtree(temp, ignore_errors=True)  # left by a run that was killed
        check_workers(client, scheduler)
        shipped = client.scatter(actors, broadcast=True, hash=False)  # one copy per worker, not one per chunk
        # a dict of futures, one per table (None: the bundled tables, which each worker loads itself)
        shipped_tables = client.scatter(tables, broadcast=True, hash=False) if tables else None
        in_flight = 2 * max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for part, chunk in enumerate(chunks):
            future = client.submit(_analyse_partition, client.scatter(chunk, hash=False), shipped, shipped_tables,
                                   pure=False)
            pending.append((part, len(chunk), future))
            if len(pending) >= in_flight:  # written in order: wait for the oldest while the others run
                write(*pending.popleft())
        while pending:
            write(*pending.popleft())
        with _writing(out):
            _publish(partial, targets)
        done = True
    finally:
        bar.close()
        client.close()
        if not done:
            for temp in partial.values():
                shutil.rmtree(temp, ignore_errors=True)
    return targets


def connect(address: str, *, timeout: float | None = None):
    """A ``distributed.Client`` of the scheduler at ``address``, with at least one worker.

    Raises:
        ArgumentError: ``address`` is not ``[PROTOCOL://]HOST:PORT``.
        ClusterError: dask.distributed is not installed, nothing answers at
            ``address`` within ``timeout`` seconds, or the scheduler has no
            worker after that long.
    """
    if not isinstance(address, str) or not _ADDRESS_RE.fullmatch(address):
        raise ArgumentError(f"scheduler address {address!r}: expected tcp://HOST:PORT, as `dask scheduler` prints it")
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("running on a Dask cluster needs dask.distributed: pip install .[dask]") from None
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, ValueError) as exc:
        raise ClusterError(
            f"{address}: no Dask scheduler answered within {timeout:g} s ({exc}); "
            "is `dask scheduler` running there, and is the port open?"
        ) from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        client.close()
        raise ClusterError(f"{address}: the scheduler has no workers; start some with `dask worker {address}`") from None
    return client


def check_workers(client, address: str) -> None:
    """Stop unless every worker runs q7x2lib with the same code and tables as this process.

    Raises:
        ClusterError: a worker cannot import q7x2lib or find its data
            folder, or its copy differs from this one.
    """
    try:
        prints = client.run(fingerprint)
    except Exception as exc:  # noqa: BLE001 - anything a worker raises: it cannot run the analysis
        raise ClusterError(
            f"{address}: the workers cannot run q7x2lib ({type(exc).__name__}: {exc}); "
            "install the project in the workers' environment (pip install -e .[dask] in a copy of it)"
        ) from None
    here = fingerprint()
    differ = sorted(worker for worker, theirs in prints.items() if theirs != here)
    if differ:
        raise ClusterError(
            f"{address}: the q7x2lib code or tables on worker(s) {', '.join(differ)} differ from this copy, "
            "so their tables would differ too; install the same version of the project on every worker"
        )


def fingerprint() -> str:
    """A hash of the q7x2lib code and the tables of knowledge this process uses.

    Two processes with the same fingerprint give the same tables for the
    same articles; this is what :func:`check_workers` compares.

    Examples:
        >>> len(fingerprint()), fingerprint() == fingerprint()
        (64, True)

    Raises:
        ClusterError: the tables folder is missing (a non-editable install
            without ``Q7X2_DATA_DIR``).
    """
    if not config.LEXICON_DIR.is_dir():
        raise ClusterError(f"no tables folder at {config.LEXICON_DIR}; set Q7X2_DATA_DIR to a copy of the project's data folder")
    digest = hashlib.sha256()
    for folder in (Path(__file__).parent, config.LEXICON_DIR):
        for file in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in {".py", ".csv", ".txt"}):
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()
