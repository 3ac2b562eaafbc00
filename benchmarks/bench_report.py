"""Time and memory of ``python -m q7x2lib report`` on a corpus, and the size of its largest page.

Runs the command in a child process and samples, every half second, the
resident memory of that process and all its descendants (the notebook
kernels) added together; the peak of that sum is what the machine had to
hold at once.

    python benchmarks/bench_report.py --corpus ../shared/corpora/saudinewsnet-dev.jsonl.gz --out reports/dev
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import psutil


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("args", nargs="*", help="more options for `report` (after --)")
    opts = parser.parse_args()
    cmd = [sys.executable, "-m", "q7x2lib", "report", "--corpus", opts.corpus, "--out", opts.out, "--quiet", *opts.args]
    start = time.monotonic()
    child = subprocess.Popen(cmd)
    proc, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(proc))
        except psutil.Error:
            pass
        time.sleep(0.5)
    seconds = time.monotonic() - start
    pages = sorted(Path(opts.out).glob("*.html"), key=lambda p: p.stat().st_size)
    largest = f"{pages[-1].name} {pages[-1].stat().st_size / 1e6:.1f} MB" if pages else "none"
    print(f"exit {child.returncode}; {seconds / 60:.1f} min; peak memory of the process tree {peak / 2**30:.2f} GiB; "
          f"largest page {largest}")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
