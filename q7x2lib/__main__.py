"""Command line: ``python -m q7x2lib report`` and friends (``--help``)."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from . import config
from .errors import Q7x2Error


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more, not {value!r}")
    return int(value)


_COLUMN_HELP = (
    "read a column of a tabular corpus (or of a folder's manifest.csv) as outlet, title or published, e.g. "
    "newspaper=outlet or meta.date=published (a nested JSON field by its dotted name; repeat for more; the file is "
    "not changed)"
)


def _column_map(given: list[str]) -> dict[str, str] | None:
    """``--column newspaper=outlet`` (repeated): the ``columns=`` of :func:`q7x2lib.load_corpus`."""
    from .errors import ArgumentError

    columns: dict[str, str] = {}
    for item in given:
        old, sep, new = item.rpartition("=")
        if not sep or not old.strip() or not new.strip():
            raise ArgumentError(f"--column {item!r}: expected NAME=COLUMN, the name in your file and the column it is, e.g. newspaper=outlet")
        old, new = old.strip(), new.strip()
        if old in columns:
            raise ArgumentError(f"--column {item!r}: the column {old!r} is given twice")
        columns[old] = new
    return columns or None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 a notebook failed, 2 bad input)."""
    parser = argparse.ArgumentParser(prog="q7x2lib", description="Analyse a corpus of Arabic news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    rep = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    rep.add_argument("--corpus", type=Path, default=None, help="folder of .txt files or a .csv/.jsonl/.parquet file, .csv.gz/.jsonl.gz too (default: bundled corpus)")
    rep.add_argument("--out", type=Path, default=config.REPORT_DIR, help="output folder (default: reports/)")
    rep.add_argument("--text-col", default="text", help="text column of a tabular corpus (default: text)")
    rep.add_argument("--id-col", default="doc_id", help="id column of a tabular corpus (default: doc_id)")
    rep.add_argument("--column", action="append", default=[], metavar="NAME=COLUMN", help=_COLUMN_HELP)
    rep.add_argument("--actors", type=Path, default=None, help="your actor table (CSV with the columns of data/lexicons/actors.csv); extends the bundled one")
    rep.add_argument("--table", action="append", default=[], metavar="NAME=PATH", help="another table of yours, e.g. stance_terms=my_terms.csv (repeat for more)")
    rep.add_argument("--title", default=None, help="heading of the landing page (default: q7x2lib report)")
    rep.add_argument("--notebooks", default=None, metavar="00,20", help="run only these notebooks, by number or name, comma-separated (default: all)")
    rep.add_argument("--timeout", type=_positive_int, default=None, help="seconds one notebook cell may run before the notebook counts as failed (default: 600)")
    rep.add_argument("--quiet", action="store_true", help="no progress bars")

    sub.add_parser("execute-notebooks", help="re-execute the numbered notebooks in place on the bundled corpus")

    ana = sub.add_parser("analyse", help="mentions, statements, stance and events of a corpus of any size, in chunks, to Parquet")
    ana.add_argument("--corpus", type=Path, required=True, help="folder of .txt files or a .csv/.jsonl/.parquet file")
    ana.add_argument("--out", type=Path, required=True, help="output folder for the Parquet tables")
    ana.add_argument("--chunksize", type=_positive_int, default=10_000, help="articles per chunk (memory grows with it, not with the corpus)")
    ana.add_argument("--text-col", default="text", help="text column of a tabular corpus (default: text)")
    ana.add_argument("--id-col", default="doc_id", help="id column of a tabular corpus (default: doc_id)")
    ana.add_argument("--column", action="append", default=[], metavar="NAME=COLUMN", help=_COLUMN_HELP)
    ana.add_argument("--workers", type=_positive_int, default=None, help="processes analysing chunks side by side, one core each (default: 1; at most the number of cores)")
    ana.add_argument("--scheduler", default=None, metavar="ADDRESS", help="run on the workers of a running Dask scheduler, e.g. tcp://10.0.0.5:8786, writing each table as a folder of Parquet parts (needs pip install .[dask] here and on the workers)")
    ana.add_argument("--encoding", default=None, help="text encoding of the corpus, e.g. utf-16-le (default: detect UTF-8, UTF-16 with BOM, Windows-1256)")
    ana.add_argument("--actors", type=Path, default=None, help="your actor table (CSV with the columns of data/lexicons/actors.csv); extends the bundled one")
    ana.add_argument("--table", action="append", default=[], metavar="NAME=PATH", help="another table of yours, e.g. outlets=my_outlets.csv or event_patterns=my_patterns.csv (repeat for more)")

    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        # the library's warnings speak to the user: one plain line each, not a source location
        warnings.showwarning = _show_warning
        return _run(args)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _table_paths(actors: Path | None, given: list[str]) -> dict[str, Path]:
    """``--actors`` and ``--table NAME=PATH``: each table's path by its name."""
    from .errors import ArgumentError
    from .lexicons import TABLES

    tables: dict[str, Path] = {"actors": actors} if actors is not None else {}
    for item in given:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise ArgumentError(f"--table {item!r}: expected NAME=PATH, e.g. stance_terms=my_terms.csv")
        if name not in TABLES:  # named with the option, before any file is read: both commands say it alike
            raise ArgumentError(f"--table {item!r}: no table {name!r}; the tables are {', '.join(sorted(TABLES))}")
        if name in tables:
            raise ArgumentError(f"--table {item!r}: the {name} table is given twice")
        tables[name] = Path(path)
    return tables


def _user_tables(actors: Path | None, given: list[str]) -> dict[str, Path]:
    """``--actors`` and ``--table NAME=PATH``, each loaded once so that a bad table stops the run before it starts."""
    from .lexicons import load_lexicon

    tables = _table_paths(actors, given)
    for name, path in tables.items():
        load_lexicon(name, path)  # LexiconError names the file and the line
    return tables


def _select_notebooks(available: list[Path], wanted: str | None) -> list[Path]:
    """The notebooks ``--notebooks 00,20`` names (by number or name), in reading order."""
    from .errors import ArgumentError

    if not available:
        raise ArgumentError(f"no notebooks named NN-*.ipynb in {config.NOTEBOOK_DIR.name}/")
    if wanted is None:
        return available
    keys = [k.strip() for k in wanted.split(",") if k.strip()]
    chosen = []
    for key in keys:
        match = [p for p in available if p.stem == key or p.stem.split("-", 1)[0] == key or p.name == key]
        if not match:
            names = ", ".join(p.stem for p in available)
            raise ArgumentError(f"--notebooks: no notebook {key!r}; there are {names}")
        chosen += match
    return [p for p in available if p in chosen]


def _no_link_loop(*paths: Path | None) -> None:
    """Refuse a path that is a loop of symbolic links, named (``Path.resolve`` raises RuntimeError on one, in Python 3.11)."""
    from .errors import ArgumentError

    for path in paths:
        if path is None:
            continue
        try:
            path.resolve()
        except RuntimeError:
            raise ArgumentError(f"{path}: a symbolic link that leads back to itself (a loop of links); "
                                "give the file or folder itself") from None


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command in ("report", "analyse"):
            _no_link_loop(args.corpus, args.out, args.actors, *_table_paths(None, args.table).values())
        if args.command == "report":
            from .pipeline import prepare_output_folder
            from .report import CELL_TIMEOUT, build_report, numbered_notebooks

            from .report_index import summarize_corpus

            corpus = args.corpus
            if corpus is not None and corpus.resolve() == config.BUNDLED_CORPUS.resolve():
                corpus = None
            tables = _user_tables(args.actors, args.table)
            columns = _column_map(args.column)
            prepare_output_folder(args.out, [corpus or config.BUNDLED_CORPUS, *tables.values()], create=False)
            notebooks = _select_notebooks(numbered_notebooks(), args.notebooks)
            # fail fast, with the loader's message, before any notebook runs; count what the landing page says
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                summary = summarize_corpus(corpus, text_col=args.text_col, id_col=args.id_col, columns=columns, progress=not args.quiet)
            for w in caught:
                _show_warning(w.message, w.category, w.filename, w.lineno)
            from .errors import CoverageWarning

            note = next((str(w.message) for w in caught if issubclass(w.category, CoverageWarning)), None)
            actors = tables.pop("actors", None)
            results = build_report(
                corpus, args.out, notebooks, timeout=args.timeout or CELL_TIMEOUT, note=note, title=args.title,
                text_col=args.text_col, id_col=args.id_col, actors_path=actors, table_paths=tables or None,
                summary=summary, progress=not args.quiet, columns=columns,
            )
            for r in results:
                print(f"{'FAILED' if r.error else 'ok':6} {r.html}")
            print(f"index: {Path(args.out) / 'index.html'}")
            failed = [r for r in results if r.error]
            for r in failed:
                print(f"error: {r.notebook.name} failed: {r.error}", file=sys.stderr)
            return 1 if failed else 0
        if args.command == "analyse":
            from .pipeline import removed_on_failure

            # a run that fails (bad input found while reading) leaves no folder it created itself
            with removed_on_failure(args.out):
                return _analyse(args)
        if args.command == "execute-notebooks":
            from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

            from .report import execute_in_place, numbered_notebooks

            failed = []
            for nb in numbered_notebooks():
                print(f"executing {nb.name}")
                try:
                    execute_in_place(nb)
                except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
                    # The first lines of nbclient's message hold the cell and the error.
                    print(f"error: {nb.name} failed, left unchanged:\n{exc}", file=sys.stderr)
                    failed.append(nb.name)
            return 1 if failed else 0
    except Q7x2Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the checks above did not foresee: still one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


def _analyse(args: argparse.Namespace) -> int:
    """``analyse``: the tables of a corpus, chunk by chunk, to Parquet in ``args.out``."""
    from .actors import user_tables
    from .errors import ArgumentError
    from .pipeline import run_chunked

    columns = _column_map(args.column)
    given = _table_paths(args.actors, args.table)
    # loaded here, before the run starts (LexiconError names the file and the line), and shipped to the workers
    tables = user_tables(given.pop("actors", None), given) if given else None

    if args.scheduler is not None:
        if args.workers is not None:
            raise ArgumentError(
                "give --workers (processes on this machine) or --scheduler (the workers of a Dask cluster), not both"
            )
        from .cluster import run_on_cluster

        paths = run_on_cluster(
            args.corpus, args.out, args.scheduler, chunksize=args.chunksize, text_col=args.text_col,
            id_col=args.id_col, encoding=args.encoding, tables=tables, columns=columns,
        )
    else:
        paths = run_chunked(
            args.corpus, args.out, chunksize=args.chunksize, text_col=args.text_col, id_col=args.id_col,
            workers=args.workers or 1, encoding=args.encoding, tables=tables, columns=columns,
        )
    for name, path in paths.items():
        print(f"{name:11} {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
