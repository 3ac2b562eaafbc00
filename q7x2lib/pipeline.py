"""The whole analysis on corpora of any size: in memory, in chunks, or on Dask.

:func:`analyse` runs mentions, statements, per-article stance and events
on one cleaned DataFrame. :func:`run_chunked` streams a corpus file through it in
chunks and appends each table to a Parquet file, so memory is bounded by the
chunk size, not the corpus. :func:`analyse_dask` maps the very same functions
over the partitions of a Dask DataFrame (``pip install .[dask]``): no second
implementation, the same results.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .actors import _bundled_actors
from .arabic import normalized_texts
from .clean import clean_corpus
from .corpus import iter_corpus
from .errors import ArgumentError, OutputError, Q7x2Warning
from .events import find_events
from .fields import article_rows, offset_shift, split_fields
from .lexicons import tables_in_force
from .stance import doc_stance
from .statements import mentions_and_statements

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

#: The tables :func:`analyse` returns, in order.
TABLES = ("articles", "mentions", "statements", "doc_stance", "events")
ARTICLE_COLUMNS = ["doc_id", "outlet", "published", "title", "n_words"]


def analyse(corpus: pd.DataFrame, actors: pd.DataFrame | None = None, *,
            tables: dict[str, pd.DataFrame] | None = None,
            outlets: str | pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Mentions, statements, per-article stance and events of a cleaned corpus.

    Each article is normalised and split into sentences once, for all the
    analyses (:class:`~q7x2lib.arabic.NormalizedText`). A headline the
    corpus gives apart from the text (a ``title`` that is not the first line
    of ``text_clean``: most CSV and JSONL corpora) is read too, as a field of
    its own: it knows the people its body names (بشار الأسد in the body,
    الأسد in the headline), and its statements are headline statements
    (``الجبير: ...``). See :mod:`q7x2lib.fields`.

    Args:
        corpus: From :func:`q7x2lib.load_corpus` (or one chunk of
            :func:`q7x2lib.iter_corpus`).
        actors: An actor lexicon (default: bundled).
        tables: The tables of :func:`q7x2lib.actors.user_tables` (the
            bundled ones, extended by a user's): the coding tables for the
            mentions, ``reporting_verbs`` and ``stance_terms`` for the
            statements and their polarity, ``event_patterns`` for the events
            and ``outlets`` for the outlets' home countries, where it holds
            them.
        outlets: A user's outlet table (``outlet, country``; a path or a
            DataFrame), for the mentions and the events (default: the
            ``"outlets"`` of ``tables``, else the bundled ``outlets.csv``).

    Returns:
        ``{"articles", "mentions", "statements", "doc_stance", "events"}``:
        one row per article (metadata only, no text), per mention, per
        statement, per article (``doc_stance`` with ``doc_id`` as a column,
        given the events: its ``cooperation_index`` is
        :func:`q7x2lib.event_index`, every act the article codes, and a
        statement's polarity comes from the events it expresses, the lexicon
        only for informative ones; its ``headline_polarity`` is that of the
        headline's statements) and per event (:func:`q7x2lib.find_events`,
        statements given). The mentions, statements and events have the
        columns of :func:`q7x2lib.find_mentions`, :func:`q7x2lib.find_statements`
        and :func:`q7x2lib.find_events` and, after ``doc_id`` (the article's),
        ``field``: ``"title"`` for a row found in a headline given apart,
        whose ``start``/``end`` (and ``sentence_id``) then index the
        ``title`` column, ``"text"`` for one found in ``text_clean``, which
        they index. An article's ``statement_id`` numbers its body's
        statements first, as found in ``text_clean``, then its headline's;
        its headline rows come before its text rows.

    Examples:
        >>> from q7x2lib import load_corpus
        >>> tables = analyse(load_corpus())
        >>> {name: len(df) > 0 for name, df in tables.items()}
        {'articles': True, 'mentions': True, 'statements': True, 'doc_stance': True, 'events': True}
        >>> df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2015-05-10")], "title": ["الجبير: إيران تزعزع المنطقة"],
        ...     "text_clean": ["قال وزير الخارجية السعودي عادل الجبير إن بلاده ترحب بالقمة."]})
        >>> tables = analyse(df)
        >>> tables["statements"][["field", "statement_id", "speaker_id", "is_headline", "start", "end"]].values.tolist()
        [['title', 1, 'adel_al_jubeir', True, 0, 27], ['text', 0, 'adel_al_jubeir', False, 0, 59]]
    """
    with tables_in_force(tables):  # every table of the user's for every rule, the stance of the articles too
        return _analyse(corpus, actors, tables or {}, outlets)


def _analyse(corpus: pd.DataFrame, actors: pd.DataFrame | None, tables: dict[str, pd.DataFrame],
             outlets: str | pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    actors = tables.get("actors", _bundled_actors()) if actors is None else actors
    outlets = tables.get("outlets") if outlets is None else outlets
    split = split_fields(corpus)  # headlines given apart: one row per field (else the corpus as it is)
    fields, keys = split if split is not None else (corpus, {})
    docs = normalized_texts(fields["text_clean"])  # for events too
    mentions, statements = mentions_and_statements(fields, actors=actors, tables=tables or None, docs=docs,
                                                   outlets=outlets)
    events = find_events(fields, mentions=mentions, statements=statements, docs=docs,
                         patterns=tables.get("event_patterns"), outlets=outlets)
    ids = corpus["doc_id"].tolist()
    shift = offset_shift(statements, keys)
    mentions = article_rows(mentions, keys, ids)
    statements = article_rows(statements, keys, ids, numbered=shift)
    events = article_rows(events, keys, ids, numbered=shift)
    return {
        "articles": corpus[[c for c in ARTICLE_COLUMNS if c in corpus]].reset_index(drop=True),
        "mentions": mentions,
        "statements": statements,
        "doc_stance": doc_stance(corpus, statements, events=events, terms=tables.get("stance_terms")).reset_index(),
        "events": events,
    }


def _open_run(path, out_dir, chunksize: int, text_col: str, id_col: str, encoding: str | None, columns: dict[str, str] | None = None):
    """The chunks of raw articles, the output folder, each table's final and partial path.

    Read here, cleaned where they are analysed (by the workers, when there are
    some); :func:`iter_corpus` checks its arguments before any output is
    touched, and a file of a table's name that q7x2lib did not write is refused.
    """
    chunks = iter_corpus(path, chunksize=chunksize, text_col=text_col, id_col=id_col, columns=columns, encoding=encoding, clean=False)
    out = prepare_output_folder(out_dir, [path])
    targets = {name: out / f"{name}.parquet" for name in TABLES}
    for target in targets.values():
        if target.exists() and not _is_own_output(target):
            raise OutputError(
                f"{target}: exists and is not a table written by q7x2lib; "
                "choose another output folder or move that file away"
            )
    partial = {name: out / f".{name}.parquet.partial" for name in TABLES}
    return chunks, out, targets, partial


def run_chunked(
    path: str | Path,
    out_dir: str | Path,
    *,
    chunksize: int = 10_000,
    text_col: str = "text",
    id_col: str = "doc_id",
    actors: pd.DataFrame | None = None,
    tables: dict[str, pd.DataFrame] | None = None,
    progress: bool = True,
    workers: int = 1,
    encoding: str | None = None,
    columns: dict[str, str] | None = None,
) -> dict[str, Path]:
    """Analyse a corpus chunk by chunk, appending every table to Parquet.

    Args:
        path: A corpus as :func:`q7x2lib.iter_corpus` reads it.
        out_dir: Folder for ``articles.parquet``, ``mentions.parquet``,
            ``statements.parquet``, ``doc_stance.parquet`` and
            ``events.parquet``. It may not be,
            contain or lie inside the corpus; tables of an earlier run are
            replaced, any other file of those names is refused.
        chunksize: Articles per chunk; memory grows with it, not with the
            corpus.
        actors: An actor lexicon (default: the ``"actors"`` of ``tables``,
            else the bundled one).
        tables: A user's tables, as :func:`q7x2lib.actors.user_tables`
            gives them (the bundled ones extended by the user's), for every
            chunk, as :func:`analyse` uses them.
        progress: Show a progress bar (articles processed).
        workers: Processes that analyse chunks side by side (one core
            each; more than the machine's cores are capped, with a warning).
            The chunks are still read, and the tables written, in order, and
            the files are the same as with one; at most ``workers + 1``
            chunks are in memory at once.
        encoding: Force the corpus's text encoding (default: detect).
        columns: The corpus's columns to read as ``outlet``, ``title`` or
            ``published`` (:func:`q7x2lib.load_corpus`).

    Returns:
        The Parquet file of each table, the tables of :func:`analyse` (a
        ``field`` column, and a headline given apart read as its own field,
        included). Each is written under a temporary
        name and renamed when the whole corpus is done: a run that fails
        leaves no table that looks complete.

    Raises:
        OutputError: ``out_dir`` overlaps the corpus, is a file, holds a
            file of the same name that this program did not write, or
            cannot be written (permissions, disk full).
    """
    workers = usable_workers(workers)
    import pyarrow as pa
    import pyarrow.parquet as pq
    from tqdm.auto import tqdm

    chunks, out, paths, partial = _open_run(path, out_dir, chunksize, text_col, id_col, encoding, columns)
    actors, tables = analysis_tables(actors, tables)
    writers: dict[str, pq.ParquetWriter] = {}
    bar = tqdm(desc="articles", unit="art", disable=not progress)
    done = False
    try:
        for n_articles, result in _analysed(chunks, actors, workers, tables):
            for name, table in result.items():
                arrow = pa.Table.from_pandas(_stable_types(table), preserve_index=False)
                with _writing(out):
                    if name not in writers:
                        writers[name] = pq.ParquetWriter(partial[name], _own_schema(arrow))
                    writers[name].write_table(arrow.cast(writers[name].schema))
            bar.update(n_articles)
        with _writing(out):
            for name in list(writers):
                writers.pop(name).close()
            _publish(partial, paths)
        done = True
    finally:
        bar.close()
        for writer in writers.values():
            try:
                writer.close()
            except OSError:
                pass
        if not done:
            for temp in partial.values():
                temp.unlink(missing_ok=True)
    return paths


#: Key in the Arrow schema metadata of every table :func:`run_chunked` writes.
OWN_TABLE_KEY = b"q7x2lib_table"


def _own_schema(arrow):
    """The schema of an Arrow table, marked as written by q7x2lib (see :func:`_is_own_table`)."""
    return arrow.schema.with_metadata({**(arrow.schema.metadata or {}), OWN_TABLE_KEY: b"1"})


def _publish(partial: dict[str, Path], targets: dict[str, Path]) -> None:
    """Rename each finished table (a file, or a cluster run's dataset folder) over its earlier run's output."""
    for name in TABLES:
        if partial[name].exists():
            _remove_own_output(targets[name])  # a file and a dataset folder cannot replace each other
            os.replace(partial[name], targets[name])


def _is_own_table(path: Path) -> bool:
    import pyarrow.parquet as pq

    try:
        return OWN_TABLE_KEY in (pq.read_schema(path).metadata or {})
    except Exception:  # noqa: BLE001 - unreadable or not Parquet: not ours
        return False


def _is_own_output(target: Path) -> bool:
    """A table file of :func:`run_chunked`, or a dataset folder (of a cluster run) holding only such files."""
    if target.is_dir():
        return all(p.is_file() and _is_own_table(p) for p in target.iterdir())
    return _is_own_table(target)


def _remove_own_output(target: Path) -> None:
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()


@contextmanager
def _writing(out: Path) -> Iterator[None]:
    """Turn a failure to write (permissions, disk full) into one message about the output folder."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the tables ({exc.strerror or exc}); no complete table was left") from None


def usable_workers(workers: object) -> int:
    """``workers`` checked, and capped at the cores this process may use (with a warning).

    Raises:
        ArgumentError: not a whole number, 1 or more (also a ``ValueError``).
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ArgumentError(f"workers must be a whole number of processes, 1 or more, not {workers!r}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if workers > cores:
        warnings.warn(f"workers={workers} but this machine has {cores} core(s): using {cores}", Q7x2Warning, stacklevel=3)
        return cores
    return workers


def prepare_output_folder(out_dir: str | Path, inputs: Iterable[str | Path | None], *, create: bool = True) -> Path:
    """Check that an output folder cannot touch any input, then create it.

    Args:
        out_dir: The output folder.
        inputs: The files or folders the run reads (``None`` entries ignored).
        create: Create the folder and check that it can be written in.

    Raises:
        OutputError: the folder is, contains or lies inside an input, is a
            file, or cannot be created or written in.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is an existing file, not a folder; give a folder for the output")
    real_out = out.resolve()
    for given in inputs:
        if given is None:
            continue
        real_in = Path(given).resolve()
        if real_out == real_in or real_in.is_relative_to(real_out) or real_out.is_relative_to(real_in):
            how = "is" if real_out == real_in else ("contains" if real_in.is_relative_to(real_out) else "lies inside")
            raise OutputError(
                f"{out}: the output folder {how} the input {given}; choose a folder outside the input, "
                "so that no input file can be overwritten"
            )
    if create:
        try:
            out.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=out):
                pass
        except OSError as exc:
            raise OutputError(f"{out}: cannot create or write in the output folder ({exc.strerror or exc})") from None
    return out


@contextmanager
def removed_on_failure(out_dir: str | Path) -> Iterator[Path]:
    """Remove the folders of ``out_dir`` that the block created, if the block fails.

    The folders of the path that do not exist on entry (``out_dir`` and any
    missing parents) are removed, deepest first, when the block raises, and
    only while they are empty: a folder that existed before is never touched,
    nor one that something else filled meanwhile. The error is raised again.

    Examples:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> try:
        ...     with removed_on_failure(root / "new" / "out") as out:
        ...         out.mkdir(parents=True)
        ...         raise ValueError("bad input")
        ... except ValueError:
        ...     pass
        >>> sorted(p.name for p in root.iterdir()), root.exists()
        ([], True)
    """
    out = Path(out_dir)
    created = []
    folder = out.absolute()
    while not os.path.lexists(folder) and folder != folder.parent:
        created.append(folder)  # deepest first
        folder = folder.parent
    try:
        yield out
    except BaseException:
        for folder in created:
            try:
                folder.rmdir()  # empty folders only
            except OSError:
                break
        raise


def analysis_tables(actors: pd.DataFrame | None, tables: dict[str, pd.DataFrame] | None
                    ) -> tuple[pd.DataFrame, dict[str, pd.DataFrame] | None]:
    """The actor lexicon and the user's tables a chunked or distributed run ships to its workers.

    ``actors`` by default is the ``"actors"`` of ``tables``, else the bundled
    table; ``tables`` is ``None`` where it holds nothing else (the bundled
    tables, which each worker loads itself).
    """
    tables = dict(tables or {})
    own = tables.pop("actors", None)  # shipped once, as the actor lexicon
    actors = own if actors is None else actors
    return (_bundled_actors() if actors is None else actors), (tables or None)


def _analysed(chunks: Iterator[pd.DataFrame], actors: pd.DataFrame, workers: int,
              tables: dict[str, pd.DataFrame] | None = None) -> Iterator[tuple[int, dict]]:
    """``(len(chunk), tables)`` for each raw chunk, cleaned and analysed, in order, on ``workers`` processes."""
    if workers == 1:
        for chunk in chunks:
            yield len(chunk), _clean_and_analyse(chunk, actors, tables)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: a forked child of a process with pyarrow's threads can hang
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(actors, tables)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((len(chunk), pool.submit(_analyse_in_worker, chunk)))
            if len(pending) > workers:  # bounded: read ahead no more than the workers can take
                n, future = pending.popleft()
                yield n, future.result()
        while pending:
            n, future = pending.popleft()
            yield n, future.result()


_WORKER_ACTORS: pd.DataFrame | None = None
_WORKER_TABLES: dict[str, pd.DataFrame] | None = None


def _start_worker(actors: pd.DataFrame, tables: dict[str, pd.DataFrame] | None = None) -> None:
    global _WORKER_ACTORS, _WORKER_TABLES
    _WORKER_ACTORS, _WORKER_TABLES = actors, tables  # sent once per process; matchers compiled on first use


def _analyse_in_worker(chunk: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return _clean_and_analyse(chunk, _WORKER_ACTORS, _WORKER_TABLES)


def _clean_and_analyse(chunk: pd.DataFrame, actors: pd.DataFrame,
                       tables: dict[str, pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    with tables_in_force(tables):  # a user's boilerplate rules clean the chunk too
        return analyse(clean_corpus(chunk), actors, tables=tables)


def _stable_types(table: pd.DataFrame) -> pd.DataFrame:
    """Give object columns one Arrow type in every chunk (all-None chunks included)."""
    fixed = table.copy()
    for col in fixed.columns:
        if fixed[col].dtype == object or str(fixed[col].dtype) in {"str", "string"}:
            fixed[col] = fixed[col].astype("string")
    return fixed


def analyse_dask(articles: dd.DataFrame, actors: pd.DataFrame | None = None,
                 tables: dict[str, pd.DataFrame] | None = None) -> dict[str, dd.DataFrame]:
    """The same analysis on a Dask DataFrame of raw articles, partition by partition.

    Each partition is cleaned and analysed once, by :func:`analyse`, and the
    five tables are cut from that one result.

    Args:
        articles: A Dask DataFrame with ``doc_id`` and ``text`` (and any of
            ``outlet, published, title``), e.g. from ``dd.read_parquet``.
        actors: An actor lexicon (default: bundled); shipped to the workers.
        tables: A user's tables (:func:`q7x2lib.actors.user_tables`), as
            :func:`analyse` takes them; shipped to the workers.

    Returns:
        Lazy Dask DataFrames ``{"articles", "mentions", "statements",
        "doc_stance", "events"}``. Compute them together,
        ``dask.compute(*tables.values())``, so that each partition is
        analysed once for all five; ``.compute()`` or ``.to_parquet()`` on
        one table alone analyses every partition for that table.
    """
    import operator

    import dask
    import dask.dataframe as dd

    actors, tables = analysis_tables(actors, tables)
    shipped = dask.delayed(actors)  # one copy in the graph, not one per partition
    shipped_tables = dask.delayed(tables)
    analysed = [dask.delayed(_analyse_partition)(part, shipped, shipped_tables) for part in articles.to_delayed()]
    meta = _analyse_partition(articles._meta, actors, tables)  # the real function on no rows: the empty frames Dask needs
    return {
        # like map_partitions, do not check each partition's dtypes against the empty frame's
        name: dd.from_delayed([dask.delayed(operator.getitem)(tables, name) for tables in analysed], meta=meta[name], verify_meta=False)
        for name in TABLES
    }


def _analyse_partition(part: pd.DataFrame, actors: pd.DataFrame,
                       tables: dict[str, pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
    with tables_in_force(tables):
        return analyse(_clean_partition(part), actors, tables=tables)


def _clean_partition(part: pd.DataFrame) -> pd.DataFrame:
    part = part.copy()
    for col in ("outlet", "title"):
        if col not in part:
            part[col] = pd.Series(None, index=part.index, dtype=object)
    if "published" not in part:
        part["published"] = pd.Series(pd.NaT, index=part.index, dtype="datetime64[us]")
    part["text"] = part["text"].astype(object)
    return clean_corpus(part)
