"""The analysis on a real dask.distributed cluster gives the tables of the single-process run."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import cluster, config
from q7x2lib.__main__ import main
from q7x2lib.errors import ArgumentError, ClusterError, OutputError
from q7x2lib.pipeline import TABLES, analyse, run_chunked

distributed = pytest.importorskip("distributed", reason="the cluster path needs `pip install .[dask]`")

DEV_CORPUS = config.PROJECT_ROOT.parent / "shared" / "corpora" / "saudinewsnet-dev.jsonl.gz"
KEYS = {"articles": ["doc_id"], "mentions": ["doc_id", "start", "actor_id"], "statements": ["doc_id", "statement_id"], "doc_stance": ["doc_id"],
        "events": ["doc_id", "start", "end", "unit", "event_code"]}


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> str:
    """A `dask scheduler` and two single-threaded `dask worker` processes on 127.0.0.1; its address."""
    sys.path.insert(0, str(config.PROJECT_ROOT / "benchmarks"))
    from bench_analyse import local_cluster  # the benchmark's cluster: one way to start and stop it

    # the workers import this checkout but run in another folder: tables must not depend on the working directory
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(config.PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("Q7X2_DATA_DIR", None)
    with local_cluster(2, tmp_path_factory.mktemp("cluster"), env=env, timeout=30, workers_timeout=30) as (address, _):
        yield address


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(config.PROJECT_ROOT)}
    return subprocess.run([sys.executable, "-m", "q7x2lib", "analyse", *args], env=env, capture_output=True, text=True, timeout=120)


def _sorted(table: pd.DataFrame, name: str) -> pd.DataFrame:
    return table.sort_values(KEYS[name]).reset_index(drop=True)


def _assert_cluster_run_equals_single_process(corpus: Path, scheduler: str, tmp_path: Path, chunksize: int) -> None:
    done = _cli("--corpus", str(corpus), "--out", str(tmp_path / "cluster"), "--chunksize", str(chunksize), "--scheduler", scheduler)
    assert done.returncode == 0, done.stderr
    run_chunked(corpus, tmp_path / "single", chunksize=chunksize, progress=False)
    in_memory = analyse(q7x2lib.load_corpus(corpus))
    for name in TABLES:
        parts = sorted((tmp_path / "cluster" / f"{name}.parquet").iterdir())
        assert len(parts) > 1 and all(p.suffix == ".parquet" for p in parts)  # a dataset of one part per chunk
        on_cluster = _sorted(pd.read_parquet(tmp_path / "cluster" / f"{name}.parquet"), name)
        single = _sorted(pd.read_parquet(tmp_path / "single" / f"{name}.parquet"), name)
        pd.testing.assert_frame_equal(on_cluster, single)  # same rows, same dtypes after reading
        assert len(on_cluster) == len(in_memory[name])
        expected = _sorted(in_memory[name], name)
        pd.testing.assert_frame_equal(on_cluster.astype(str), expected[list(on_cluster.columns)].astype(str))


def test_bundled_corpus_on_two_worker_processes_equals_single_process(scheduler, tmp_path) -> None:
    _assert_cluster_run_equals_single_process(config.BUNDLED_CORPUS, scheduler, tmp_path, chunksize=2)


def test_real_articles_on_two_worker_processes_equal_single_process(scheduler, tmp_path, load_script) -> None:
    if not DEV_CORPUS.exists():
        pytest.skip(f"the development corpus is not at ../shared/corpora/{DEV_CORPUS.name}: the real-news half needs it")
    sampling = load_script("sample_annotation_articles")
    rows = []
    with gzip.open(DEV_CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:  # the first 200 articles of the rules split; the evaluation split stays unread
            doc_id = json.loads(line)["doc_id"]
            if sampling.split_of(doc_id) == "rules":
                rows.append(line)
            if len(rows) == 200:
                break
    sample = tmp_path / "real.jsonl"
    sample.write_text("".join(rows), encoding="utf-8")
    _assert_cluster_run_equals_single_process(sample, scheduler, tmp_path, chunksize=40)


def test_an_address_where_no_scheduler_answers_is_one_clear_line(tmp_path, capsys, monkeypatch) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{port}"
    assert main(["analyse", "--corpus", str(config.BUNDLED_CORPUS), "--out", str(tmp_path / "out"), "--scheduler", address]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {address}: no Dask scheduler answered within 1 s") and "Traceback" not in err
    assert not (tmp_path / "out" / "mentions.parquet").exists()


@pytest.mark.parametrize("address", ["nonsense", "tcp://127.0.0.1", "127.0.0.1:x"])
def test_a_malformed_address_is_refused_before_connecting(address) -> None:
    with pytest.raises(ArgumentError, match="expected tcp://HOST:PORT"):
        cluster.connect(address)


def test_scheduler_and_workers_together_are_refused(tmp_path, capsys) -> None:
    argv = ["analyse", "--corpus", str(config.BUNDLED_CORPUS), "--out", str(tmp_path), "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"]
    assert main(argv) == 2
    assert "give --workers (processes on this machine) or --scheduler" in capsys.readouterr().err


@pytest.fixture(scope="module")
def in_process():
    """A scheduler with one worker thread in this process: cheap, for what needs no real processes."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as local:
        yield local.scheduler_address


def test_a_scheduler_without_workers_is_one_clear_error(tmp_path) -> None:
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty:
        with pytest.raises(ClusterError, match="the scheduler has no workers; start some with `dask worker"):
            cluster.run_on_cluster(config.BUNDLED_CORPUS, tmp_path, empty.scheduler_address, progress=False, connect_timeout=0.5)


def test_workers_with_other_code_or_tables_stop_the_run(in_process, tmp_path, monkeypatch) -> None:
    # client.run fills in `dask_worker` on the workers only: there this fake fingerprint differs
    monkeypatch.setattr(cluster, "fingerprint", lambda dask_worker=None: "theirs" if dask_worker is not None else "ours")
    with pytest.raises(ClusterError, match="differ from this copy"):
        cluster.run_on_cluster(config.BUNDLED_CORPUS, tmp_path, in_process, progress=False)
    assert not any(tmp_path.iterdir())


def test_fingerprint_follows_the_tables(tmp_path, monkeypatch) -> None:
    before = cluster.fingerprint()
    copy = tmp_path / "lexicons"
    copy.mkdir()
    for file in config.LEXICON_DIR.iterdir():
        (copy / file.name).write_bytes(file.read_bytes())
    monkeypatch.setattr(config, "LEXICON_DIR", copy)
    assert cluster.fingerprint() == before
    with (copy / "stance_terms.csv").open("a", encoding="utf-8") as table:
        table.write("\n")
    assert cluster.fingerprint() != before
    monkeypatch.setattr(config, "LEXICON_DIR", tmp_path / "missing")
    with pytest.raises(ClusterError, match="set Q7X2_DATA_DIR"):
        cluster.fingerprint()


def test_cluster_and_single_process_runs_replace_each_others_tables(in_process, tmp_path) -> None:
    single = run_chunked(config.BUNDLED_CORPUS, tmp_path, chunksize=2, progress=False)
    expected = {name: pd.read_parquet(path) for name, path in single.items()}
    on_cluster = cluster.run_on_cluster(config.BUNDLED_CORPUS, tmp_path, in_process, chunksize=2, progress=False)
    assert all(path.is_dir() for path in on_cluster.values())
    for name in TABLES:  # chunks written in corpus order: the very rows of the single file
        pd.testing.assert_frame_equal(pd.read_parquet(on_cluster[name]), expected[name])
    assert all(path.is_file() for path in run_chunked(config.BUNDLED_CORPUS, tmp_path, chunksize=2, progress=False).values())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{name}.parquet" for name in TABLES)


def test_a_foreign_folder_of_a_table_name_is_left_alone(in_process, tmp_path) -> None:
    (tmp_path / "mentions.parquet").mkdir()
    (tmp_path / "mentions.parquet" / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="is not a table written by q7x2lib"):
        cluster.run_on_cluster(config.BUNDLED_CORPUS, tmp_path, in_process, progress=False)
    assert (tmp_path / "mentions.parquet" / "notes.txt").read_text() == "mine"


def test_the_users_tables_reach_the_cluster_workers(in_process, tmp_path) -> None:
    # an outlet only the user's table knows is placed on the workers as in this process
    from q7x2lib.actors import user_tables

    corpus = tmp_path / "k.jsonl"
    pd.DataFrame({"doc_id": ["k1"], "outlet": ["alqabas"], "published": ["2015-08-01"],
                  "text": ["ونفذت البلدية جولات تفتيشية على المحلات التجارية في الأحياء."]}).to_json(
        corpus, orient="records", lines=True, force_ascii=False)
    tables = user_tables(table_paths={"outlets": pd.DataFrame({"outlet": ["alqabas"], "country": ["KWT"]})})
    paths = cluster.run_on_cluster(corpus, tmp_path / "out", in_process, progress=False, tables=tables)
    assert pd.read_parquet(paths["events"]).target_code.dropna().tolist() == ["KWTBUS"]
    assert "KWTGOV" in pd.read_parquet(paths["mentions"]).code.tolist()
