"""Command line: ``python -m q7x2lib report`` and friends (``--help``)."""

from __future__ import annotations

import argparse
import sys
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

    sub.add_parser("execute-notebooks", help="re-execute the numbered notebooks in place on the bundled corpus")

    ana = sub.add_parser("analyse", help="mentions, statements and stance of a corpus of any size, in chunks, to Parquet")
    ana.add_argument("--corpus", type=Path, required=True, help="folder of .txt files or a .csv/.jsonl/.parquet file")
    ana.add_argument("--out", type=Path, required=True, help="output folder for the Parquet tables")
    ana.add_argument("--chunksize", type=_positive_int, default=10_000, help="articles per chunk (memory grows with it, not with the corpus)")
    ana.add_argument("--text-col", default="text", help="text column of a tabular corpus (default: text)")
    ana.add_argument("--id-col", default="doc_id", help="id column of a tabular corpus (default: doc_id)")
    ana.add_argument("--workers", type=_positive_int, default=1, help="processes analysing chunks side by side, one core each (default: 1)")

    args = parser.parse_args(argv)
    try:
        if args.command == "report":
            from .report import build_report, numbered_notebooks

            corpus = args.corpus
            if corpus is not None and corpus.resolve() == config.BUNDLED_CORPUS.resolve():
                corpus = None
            if corpus is not None:
                from .corpus import load_corpus

                load_corpus(corpus)  # fail fast, with the loader's message, before any notebook runs
            if not numbered_notebooks():
                print(f"error: no notebooks named NN-*.ipynb in {config.NOTEBOOK_DIR}", file=sys.stderr)
                return 2
            results = build_report(corpus, args.out)
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
                args.corpus, args.out, chunksize=args.chunksize, text_col=args.text_col, id_col=args.id_col, workers=args.workers
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
