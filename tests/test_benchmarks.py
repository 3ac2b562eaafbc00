"""The benchmarks still run (at a toy size) and report what README quotes.

They read a small gzip JSONL made here, never ``../shared`` (absent on a fresh
clone), and fall back to synthetic articles, saying so, when it is missing.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import q7x2lib

BENCH = Path(__file__).parents[1] / "benchmarks"


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """The bundled articles as gzip JSONL, shaped like the development corpus."""
    corpus = q7x2lib.load_corpus()
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for row in corpus.itertuples():
            record = {"doc_id": row.doc_id, "outlet": row.outlet, "url": f"https://example.org/{row.doc_id}",
                      "published": "2021-04-13", "title": "", "author": "", "text": row.text}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_the_corpus_is_cut_or_repeated_with_new_ids(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    from bench_corpus import write_corpus
    label, n = write_corpus(tmp_path / "twelve.jsonl", 12, corpus=small_corpus)
    assert n == 12 and "small.jsonl.gz (5 real articles, repeated to 12)" == label
    rows = [json.loads(line) for line in (tmp_path / "twelve.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12 and len({r["doc_id"] for r in rows}) == 12
    assert [r["text"] for r in rows[5:10]] == [r["text"] for r in rows[:5]]
    label, n = write_corpus(tmp_path / "three.jsonl", 3, corpus=small_corpus)
    assert (n, label) == (3, "small.jsonl.gz (5 real articles, first 3)")
    label, n = write_corpus(tmp_path / "synthetic.jsonl", 4, corpus=tmp_path / "absent.jsonl.gz")
    assert n == 4 and label.startswith("SYNTHETIC") and "fallback: absent.jsonl.gz not found" in label


def test_stage_benchmark_times_every_stage_against_one_normalisation_pass(small_corpus: Path, tmp_path: Path) -> None:
    out = _run("bench_pipeline.py", "--corpus", str(small_corpus), "--rows", "40", "--profile", "5",
               "--out", str(tmp_path / "stages.json"))
    result = json.loads((tmp_path / "stages.json").read_text(encoding="utf-8"))
    assert result["corpus"] == "small.jsonl.gz (5 real articles, repeated to 40)" and result["rows"] == 40
    stages = {s["stage"]: s for s in result["stages"]}
    for name in ("load (read JSONL, build DataFrame)", "clean (clean_corpus)", "mentions (find_mentions)",
                 "statements (find_statements, mentions given)", "mentions + statements in one pass", "stance (doc_stance)",
                 "events (find_events, mentions and statements given)", "whole pipeline: load + clean + analyse"):
        assert stages[name]["articles_per_s"] > 0 and stages[name]["x_normalise"] > 0, name
        assert stages[name]["peak_rss_mib"] > 0, name
    assert result["normalise"]["x_normalise"] == 1.0 and result["normalise"]["seconds"] > 0
    assert result["tables"]["articles"] == 40
    assert set(result["profiles"]) == {"load", "clean", "mentions", "statements", "mentions + statements in one pass", "stance", "events"}
    assert "whole pipeline" in out and "x normalise" in out and "where the time goes" in out


def test_stage_benchmark_says_when_the_articles_are_synthetic(tmp_path: Path) -> None:
    out = _run("bench_pipeline.py", "--corpus", str(tmp_path / "absent.jsonl.gz"), "--rows", "20", "--profile", "0",
               "--out", str(tmp_path / "stages.json"))
    assert out.startswith("corpus: SYNTHETIC")
    assert json.loads((tmp_path / "stages.json").read_text(encoding="utf-8"))["corpus"].startswith("SYNTHETIC")


def test_command_line_benchmark_reports_each_process(small_corpus: Path, tmp_path: Path) -> None:
    out = _run("bench_analyse.py", "--corpus", str(small_corpus), "--repeat-to", "12", "--workers", "2", "--chunksize", "4",
               "--out", str(tmp_path / "analyse.json"))
    (result,) = json.loads((tmp_path / "analyse.json").read_text(encoding="utf-8"))
    assert result["articles"] == result["tables"]["articles"] == 12 and result["workers"] == 2
    roles = [p["role"] for p in result["processes"]]
    assert roles.count("main") == 1 and roles.count("worker") == 2, result["processes"]
    assert all(p["peak_rss_mib"] > 0 for p in result["processes"] if p["role"] in ("main", "worker"))
    assert result["articles_per_s"] > 0 and "repeated to 12" in out


def test_command_line_benchmark_on_a_cluster_reports_scheduler_and_workers(small_corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the cluster benchmark needs `pip install .[dask]`")
    _run("bench_analyse.py", "--corpus", str(small_corpus), "--repeat-to", "8", "--workers", "2", "--chunksize", "4",
         "--cluster", "--out", str(tmp_path / "analyse.json"))
    (result,) = json.loads((tmp_path / "analyse.json").read_text(encoding="utf-8"))
    assert result["cluster"] and result["articles"] == result["tables"]["articles"] == 8
    roles = sorted(p["role"] for p in result["processes"])
    assert roles == ["dask worker", "dask worker", "main", "scheduler"], result["processes"]
    assert all(p["peak_rss_mib"] > 0 and p["cpu_s"] >= 0 for p in result["processes"])


@pytest.mark.parametrize("sizes", [["30", "60"]])
def test_scale_benchmark_reports_each_size(tmp_path: Path, sizes: list[str]) -> None:
    _run("bench_scale.py", "--sizes", *sizes, "--chunksize", "25", "--out", str(tmp_path / "scale.json"))
    result = json.loads((tmp_path / "scale.json").read_text(encoding="utf-8"))
    assert [r["articles"] for r in result] == [int(s) for s in sizes]
    assert all(r["peak_rss_mib"] > 0 and r["baseline_articles_per_s"] > 0 for r in result)


def test_scan_benchmark_prints_each_pass(small_corpus: Path) -> None:
    out = _run("bench_passes.py", "--articles", "10", "--corpus", str(small_corpus))
    assert out.startswith("corpus: small.jsonl.gz (5 real articles, repeated to 10)")
    for name in ("normalise with offsets", "sentence spans", "actor matcher (all tables)", "lexicon matcher", "all passes"):
        assert name in out
    # the floor of the compiled calls, each as a multiple of the yardstick
    floor = out.split("the compiled calls alone")[1]
    for name in ("JSON decode", "actor automaton search (C only)", "word pattern (findall)", "str.split"):
        line = next(line for line in floor.splitlines() if line.startswith(name))
        words = line.split()
        assert words[-2:] == ["x", "normalise"] and float(words[-6]) > 0 and float(words[-3]) >= 0


def test_compare_benchmark_times_every_function(tmp_path: Path) -> None:
    out = _run("bench_compare.py", "--corpus", str(BENCH.parent / "data" / "raw"), "--sizes", "5", "--out", str(tmp_path / "c.json"))
    result = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    steps = [s["function"] for s in result["sizes"][0]["steps"]]
    assert {"neighbours (k=10, 2 days)", "event_groups", "story_threads", "shared_passages", "topic_coverage"} <= set(steps)
    assert all(s["seconds"] >= 0 and s["peak_rss_mib"] > 0 for s in result["sizes"][0]["steps"])
    assert "5 articles" in out


def test_table_benchmark_doubles_the_phrases_and_times_both(small_corpus: Path) -> None:
    out = _run("bench_tables.py", "--corpus", str(small_corpus), "--articles", "5")
    rows = {line.split()[0] + " " + line.split()[1]: line.split()[2:] for line in out.splitlines()
            if line.startswith(("bundled tables", "tables doubled"))}
    bundled, doubled = (int(rows[k][0].replace(",", "")) for k in ("bundled tables", "tables doubled"))
    assert 1.95 * bundled <= doubled <= 2 * bundled and "cost per article with the tables doubled" in out
