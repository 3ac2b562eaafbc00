"""Benchmark: ``python -m q7x2lib analyse --workers 2`` on the development corpus repeated to a given size.

The corpus is ``../shared/corpora/saudinewsnet-dev.jsonl.gz`` (25,030 real
articles) cut or repeated to each ``--repeat-to`` size (a repeated article
gets a new ``doc_id``) and written decompressed to a temporary JSONL file;
without it, synthetic articles, and the output says so (``bench_corpus.py``).
The command line runs as users run it, in its own process, with its worker
processes; every process of it is polled (``/proc/PID/status`` and
``/proc/PID/stat``, every 0.1 s) for its peak resident memory (VmHWM) and the
CPU time it used, so each process's figures are its own. The time is the wall
time of the whole command, from start to exit (Python start-up included).

With ``--cluster``, the benchmark first starts ``dask scheduler`` and
``--workers`` single-threaded ``dask worker`` processes on 127.0.0.1 (not
timed, as a cluster is started once for many runs), then times
``python -m q7x2lib analyse --scheduler ADDRESS``; the scheduler and the
workers are polled with the command's processes (their CPU time counted from
the start of the command), and stopped at the end.

Usage::

    python benchmarks/bench_analyse.py [--repeat-to 50000 [200000 ...]] [--workers 2] [--chunksize 5000] [--cluster]
                                       [--corpus FILE.jsonl[.gz]] [--synthetic] [--out benchmarks/results/analyse.json]

Linux only (it reads /proc). A benchmark, not a test: it never fails on its figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import ROOT, write_corpus  # noqa: E402

sys.path.insert(0, str(ROOT))
from q7x2lib.pipeline import TABLES  # noqa: E402

RESULTS = Path(__file__).parent / "results"
TICKS = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree(root: int) -> list[int]:
    kids, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(kids.get(pid, []))
    return found


def _sample(pid: int) -> tuple[str, float, float] | None:
    """``(role, VmHWM MiB, CPU seconds)`` of one process; None when it has gone or is exiting (no memory left)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    hwm = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), None)
    if hwm is None or not cmdline:  # a zombie: its figures are gone
        return None
    cpu = (int(stat[11]) + int(stat[12])) / TICKS  # utime + stime
    if "resource_tracker" in cmdline:
        role = "resource tracker"
    elif "dask_scheduler" in cmdline:
        role = "scheduler"
    elif "dask_worker" in cmdline:
        role = "dask worker"
    elif "multiprocessing" in cmdline or "spawn_main" in cmdline:
        role = "worker"
    elif "q7x2lib" in cmdline:
        role = "main"
    else:
        role = "helper"  # a short-lived program a library runs (a shell, ldconfig): none of the analysis's processes
    return role, hwm, cpu


@contextmanager
def local_cluster(workers: int, folder: Path, *, env: dict | None = None, timeout: float = 60,
                  workers_timeout: float = 120) -> Iterator[tuple[str, list[subprocess.Popen]]]:
    """A scheduler and ``workers`` single-threaded worker processes on 127.0.0.1, run in ``folder``.

    Yields the scheduler's address and the processes (scheduler first), and
    stops them however the block ends, a failed start included. ``env``: the
    processes' environment (default: this one, with this checkout importable,
    as the command has it). Also ``tests/test_cluster.py``'s cluster.
    """
    from distributed import Client

    if env is None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    info = folder / "scheduler.json"
    processes: list[subprocess.Popen] = []
    try:
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(info)],
            cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ))
        deadline = time.monotonic() + timeout
        while not info.exists():
            if processes[0].poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"`dask scheduler` did not start within {timeout:.0f} s")
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        processes += [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-nanny",
             "--no-dashboard", "--host", "127.0.0.1"],
            cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ) for _ in range(workers)]
        with Client(address, timeout=timeout) as client:
            client.wait_for_workers(workers, timeout=workers_timeout)
        yield address, processes
    finally:
        stop_cluster(processes)


def stop_cluster(processes: list[subprocess.Popen], wait: float = 20) -> None:
    """Stop the workers, then the scheduler (workers left without their scheduler take 20 s to give up)."""
    for proc in processes[::-1]:
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_cli(corpus: Path, out: Path, workers: int, chunksize: int, log: Path,
            scheduler: str | None = None, cluster: list[int] = ()) -> dict:
    """Run the command line once; its wall time and each of its processes' peak memory and CPU time.

    A process of the command that is none of q7x2lib's own (a shell or ``ldconfig`` a library starts for a moment)
    is counted in ``helper_processes``, not listed.

    With ``scheduler``, the command runs there (``--scheduler``) and the
    processes ``cluster`` are polled too, their CPU time counted from the start.
    """
    cmd = [sys.executable, "-m", "q7x2lib", "analyse", "--corpus", str(corpus), "--out", str(out), "--chunksize", str(chunksize)]
    cmd += ["--scheduler", scheduler] if scheduler else ["--workers", str(workers)]
    seen: dict[int, dict] = {}
    cpu_before = {pid: sample[2] for pid in cluster if (sample := _sample(pid))}
    with open(log, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            for pid in [*_tree(proc.pid), *cluster]:
                sample = _sample(pid)
                if sample:  # the latest role (a spawned worker starts as a copy of main); the largest figures
                    role, hwm, cpu = sample
                    old = seen.get(pid, {"peak_rss_mib": 0.0, "cpu_s": 0.0})
                    seen[pid] = {"role": role, "peak_rss_mib": max(hwm, old["peak_rss_mib"]), "cpu_s": max(cpu, old["cpu_s"])}
            time.sleep(0.1)
        seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[1:])} failed ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
    processes, helpers = [], 0
    for pid, p in sorted(seen.items()):
        role = "main" if pid == proc.pid else p["role"]
        if role == "helper":
            helpers += 1  # counted, not listed: its figures are a shell's or ldconfig's, seen for a moment
            continue
        cpu = p["cpu_s"] - cpu_before.get(pid, 0.0)
        processes.append({"pid": pid, "role": role, "peak_rss_mib": round(p["peak_rss_mib"], 1), "cpu_s": round(cpu, 1)})
    return {"seconds": round(seconds, 2), "processes": processes, "helper_processes": helpers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat-to", type=int, nargs="+", default=[50_000], metavar="N",
                        help="articles: the corpus cut or repeated to N (several sizes: one run each)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunksize", type=int, default=5_000)
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL corpus, gzipped or not (default: the development corpus)")
    parser.add_argument("--synthetic", action="store_true", help="synthetic articles even when the development corpus is there")
    parser.add_argument("--cluster", action="store_true", help="run on a dask scheduler with --workers single-threaded worker processes, started here")
    parser.add_argument("--out", type=Path, default=RESULTS / "analyse.json")
    args = parser.parse_args(argv)

    results = []
    how = f"--scheduler ADDRESS ({args.workers} dask workers)" if args.cluster else f"--workers {args.workers}"
    print(f"python -m q7x2lib analyse {how} --chunksize {args.chunksize}; {os.cpu_count()} cores", flush=True)
    for size in args.repeat_to:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "corpus.jsonl"
            label, n = write_corpus(path, size, corpus=args.corpus, synthetic=args.synthetic)
            with local_cluster(args.workers, Path(tmp)) if args.cluster else nullcontext((None, [])) as (address, cluster):
                load_before = os.getloadavg()[0]
                run = run_cli(path, Path(tmp) / "tables", args.workers, args.chunksize, Path(tmp) / "stderr.log",
                              scheduler=address, cluster=[p.pid for p in cluster])
            tables = {name: pq.ParquetDataset(Path(tmp) / "tables" / f"{name}.parquet").read(columns=[]).num_rows
                      for name in TABLES}  # every table analyse writes, events included
        assert tables["articles"] == n, (tables, n)
        load_after = os.getloadavg()[0]
        cpu = sum(p["cpu_s"] for p in run["processes"])
        r = {"corpus": label, "articles": n, "workers": args.workers, "cluster": args.cluster, "chunksize": args.chunksize,
             "articles_per_s": round(n / run["seconds"], 1), **run, "cpu_s": round(cpu, 1),
             "articles_per_cpu_s": round(n / cpu, 1) if cpu else None, "tables": tables,
             "load_average_1min": [round(load_before, 2), round(load_after, 2)]}
        results.append(r)
        main_p = [p for p in r["processes"] if p["role"] == "main"]
        workers = [p for p in r["processes"] if p["role"] in ("worker", "dask worker")]
        others = [p for p in r["processes"] if p["role"] not in ("main", "worker", "dask worker")]
        print(f"corpus: {label}")
        print(f"{n:>9,} articles: {r['articles_per_s']:>7,.0f} art/s, {r['seconds']:>7.1f} s wall;"
              f" {r['cpu_s']:,.0f} CPU s in all ({r['articles_per_cpu_s']:,.0f} articles per CPU second);"
              f" tables: {', '.join(f'{k} {v:,}' for k, v in tables.items())};"
              f" load average {load_before:.1f} at the start, {load_after:.1f} at the end")
        for p in main_p + workers + others:
            print(f"    {p['role']:17} peak RSS {p['peak_rss_mib']:>6,.0f} MiB, CPU {p['cpu_s']:>7.1f} s")
        print(flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
