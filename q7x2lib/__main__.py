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


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 a notebook failed, 2 bad input)."""
    parser = argparse.ArgumentParser(prog="q7x2lib", description="Analyse a corpus of Arabic news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    rep = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    rep.add_argument("--corpus", type=Path, default=None, help="folder of .txt files or a .csv/.jsonl/.parquet file (default: bundled corpus)")
    rep.add_argument("--out", type=Path, default=config.REPORT_DIR, help="output folder (default: reports/)")
    rep.add_argument("--timeout", type=_positive_int, default=None, help="seconds one notebook cell may run before the notebook counts as failed (default: 600)")

    sub.add_parser("execute-notebooks", help="re-execute the numbered notebooks in place on the bundled corpus")

    ana = sub.add_parser("analyse", help="mentions, statements and stance of a corpus of any size, in chunks, to Parquet")
    ana.add_argument("--corpus", type=Path, required=True, help="folder of .txt files or a .csv/.jsonl/.parquet file")
    ana.add_argument("--out", type=Path, required=True, help="output folder for the Parquet tables")
    ana.add_argument("--chunksize", type=_positive_int, default=10_000, help="articles per chunk (memory grows with it, not with the corpus)")
    ana.add_argument("--text-col", default="text", help="text column of a tabular corpus (default: text)")
    ana.add_argument("--id-col", default="doc_id", help="id column of a tabular corpus (default: doc_id)")
    ana.add_argument("--workers", type=_positive_int, default=1, help="processes analysing chunks side by side, one core each (default: 1; at most the number of cores)")
    ana.add_argument("--encoding", default=None, help="text encoding of the corpus, e.g. utf-16-le (default: detect UTF-8, UTF-16 with BOM, Windows-1256)")

    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        # the library's warnings speak to the user: one plain line each, not a source location
        warnings.showwarning = _show_warning
        return _run(args)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "report":
            from .pipeline import prepare_output_folder
            from .report import CELL_TIMEOUT, build_report, numbered_notebooks

            corpus = args.corpus
            if corpus is not None and corpus.resolve() == config.BUNDLED_CORPUS.resolve():
                corpus = None
            notebooks = numbered_notebooks()
            if not notebooks:
                print(f"error: no notebooks named NN-*.ipynb in {config.NOTEBOOK_DIR}", file=sys.stderr)
                return 2
            prepare_output_folder(args.out, [corpus or config.BUNDLED_CORPUS], create=False)
            note = None
            if corpus is not None:
                from .corpus import check_arabic, load_corpus

                # fail fast, with the loader's message, before any notebook runs
                note = check_arabic(load_corpus(corpus))
            results = build_report(corpus, args.out, notebooks, timeout=args.timeout or CELL_TIMEOUT, note=note)
            for r in results:
                print(f"{'FAILED' if r.error else 'ok':6} {r.html}")
            print(f"index: {Path(args.out) / 'index.html'}")
            failed = [r for r in results if r.error]
            for r in failed:
                print(f"error: {r.notebook.name} failed: {r.error}", file=sys.stderr)
            return 1 if failed else 0
        if args.command == "analyse":
            from .pipeline import run_chunked

            paths = run_chunked(
                args.corpus, args.out, chunksize=args.chunksize, text_col=args.text_col, id_col=args.id_col,
                workers=args.workers, encoding=args.encoding,
            )
            for name, path in paths.items():
                print(f"{name:11} {path}")
            return 0
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


if __name__ == "__main__":
    sys.exit(main())
