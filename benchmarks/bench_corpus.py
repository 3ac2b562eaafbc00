"""The corpus the benchmarks read: the real development corpus, synthetic only as a fallback.

The development corpus (``../shared/corpora/saudinewsnet-dev.jsonl.gz`` beside
the repository: 25,030 Saudi news articles of 2015, see its README) is
written, decompressed, to a JSONL file the library reads, cut or repeated to
the number of rows asked for (a repeated article gets a new ``doc_id``, the
text is unchanged). When it is absent, or ``synthetic=True``, the articles are
synthetic (the bundled sentences recombined, see ``bench_scale.build``) and
every label says so.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-dev.jsonl.gz"
SYNTHETIC_ROWS = 10_000


def _read_lines(path: Path) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [line for line in f if line.strip()]


def write_corpus(dest: Path, rows: int | None = None, *, corpus: Path | None = None, synthetic: bool = False) -> tuple[str, int]:
    """Write the benchmark corpus to ``dest`` (JSONL); return ``(label, rows written)``.

    Args:
        dest: The JSONL file to write.
        rows: Cut or repeat the corpus to this many articles (default: the
            corpus once; synthetic: 10,000).
        corpus: A JSONL file, gzipped or not (default: the development corpus).
        synthetic: Use synthetic articles even when the corpus is there.
    """
    source = Path(corpus) if corpus is not None else DEV_CORPUS
    if synthetic or not source.exists():
        from bench_scale import build

        n = rows or SYNTHETIC_ROWS
        build(n, dest)
        why = "asked for" if synthetic else f"fallback: {source.name} not found"
        return f"SYNTHETIC articles recombined from the 5 bundled ones ({why})", n
    lines = _read_lines(source)
    n = rows or len(lines)
    with open(dest, "w", encoding="utf-8") as out:
        if n <= len(lines):
            out.writelines(lines[:n])
        else:
            out.writelines(lines)
            records = [json.loads(line) for line in lines]
            written, copy = len(lines), 1
            while written < n:
                part = records[: n - written]
                for record in part:
                    out.write(json.dumps({**record, "doc_id": f"{record['doc_id']}~{copy}"}, ensure_ascii=False) + "\n")
                written += len(part)
                copy += 1
    times = f", repeated to {n:,}" if n > len(lines) else (f", first {n:,}" if n < len(lines) else "")
    return f"{source.name} ({len(lines):,} real articles{times})", n


def corpus_arguments(parser: argparse.ArgumentParser, articles: int) -> None:
    """The options every small benchmark takes: how many articles, and from which corpus."""
    parser.add_argument("--articles", type=int, default=articles)
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL corpus, gzipped or not (default: the development corpus)")
    parser.add_argument("--synthetic", action="store_true", help="synthetic articles even when the development corpus is there")


def load_articles(args: argparse.Namespace):
    """``(label, corpus)``: the first ``args.articles`` articles, loaded and cleaned by ``q7x2lib.load_corpus``."""
    import q7x2lib

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        label, _ = write_corpus(path, args.articles, corpus=args.corpus, synthetic=args.synthetic)
        return label, q7x2lib.load_corpus(path)
