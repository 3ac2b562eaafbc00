"""The benchmarks still run (at a toy size) and report what README quotes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[1] / "benchmarks"


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_stage_benchmark_times_every_stage(tmp_path: Path) -> None:
    out = _run("bench_pipeline.py", "--rows", "40", "--out", str(tmp_path / "stages.json"))
    result = json.loads((tmp_path / "stages.json").read_text(encoding="utf-8"))
    stages = [s["stage"] for s in result["stages"]]
    assert "mentions + statements in one pass" in stages and "doc_stance" in stages
    assert all(s["articles_per_s"] > 0 for s in result["stages"])
    assert "whole pipeline" in out


@pytest.mark.parametrize("sizes", [["30", "60"]])
def test_scale_benchmark_reports_each_size(tmp_path: Path, sizes: list[str]) -> None:
    _run("bench_scale.py", "--sizes", *sizes, "--chunksize", "25", "--out", str(tmp_path / "scale.json"))
    result = json.loads((tmp_path / "scale.json").read_text(encoding="utf-8"))
    assert [r["articles"] for r in result] == [int(s) for s in sizes]
    assert all(r["peak_rss_mib"] > 0 and r["baseline_articles_per_s"] > 0 for r in result)


def test_scan_benchmark_prints_each_pass() -> None:
    out = _run("bench_passes.py", "--articles", "10")
    for name in ("normalise with offsets", "sentence spans", "actor pattern", "lexicon pattern", "all passes"):
        assert name in out


def test_compare_benchmark_times_every_function(tmp_path: Path) -> None:
    out = _run("bench_compare.py", "--corpus", str(BENCH.parent / "data" / "raw"), "--sizes", "5", "--out", str(tmp_path / "c.json"))
    result = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    steps = [s["function"] for s in result["sizes"][0]["steps"]]
    assert {"neighbours (k=10, 2 days)", "event_groups", "story_threads", "shared_passages", "topic_coverage"} <= set(steps)
    assert all(s["seconds"] >= 0 and s["peak_rss_mib"] > 0 for s in result["sizes"][0]["steps"])
    assert "5 articles" in out
