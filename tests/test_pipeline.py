"""Chunked and Dask paths give the same results as the in-memory path."""

from __future__ import annotations

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import event_index, load_corpus
from q7x2lib.errors import Q7x2Warning
from q7x2lib.pipeline import TABLES, analyse, analyse_dask, run_chunked


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory, corpus: pd.DataFrame):
    """The bundled corpus three times over, as JSONL with distinct ids."""
    big = pd.concat([corpus[["doc_id", "outlet", "published", "text"]]] * 3, ignore_index=True)
    big["doc_id"] = [f"{d}-{i}" for i, d in enumerate(big.doc_id)]
    big["published"] = big.published.dt.strftime("%Y-%m-%d")
    path = tmp_path_factory.mktemp("corpus") / "big.jsonl"
    big.to_json(path, orient="records", lines=True, force_ascii=False)
    return path


@pytest.fixture(scope="module")
def in_memory(jsonl) -> dict[str, pd.DataFrame]:
    return analyse(q7x2lib.load_corpus(jsonl))


def _same(a: pd.DataFrame, b: pd.DataFrame, keys: list[str]) -> None:
    a = a.sort_values(keys).reset_index(drop=True)
    b = b.sort_values(keys).reset_index(drop=True)
    assert list(a.columns) == list(b.columns)
    pd.testing.assert_frame_equal(a.astype(str), b.astype(str))


def test_empty_corpus_gives_empty_tables_with_columns(corpus) -> None:
    tables = analyse(corpus.iloc[:0])
    assert set(tables) == set(TABLES)
    assert all(df.empty and len(df.columns) for df in tables.values())


def test_chunked_parquet_equals_in_memory(jsonl, in_memory, tmp_path) -> None:
    paths = run_chunked(jsonl, tmp_path, chunksize=4, progress=False)
    for name, keys in [("articles", ["doc_id"]), ("mentions", ["doc_id", "start", "actor_id"]), ("statements", ["doc_id", "statement_id"]), ("doc_stance", ["doc_id"]),
                       ("events", ["doc_id", "start", "end", "unit", "event_code", "trigger"])]:
        _same(pd.read_parquet(paths[name]), in_memory[name], keys)


def test_analyse_gives_the_events_of_find_events(corpus) -> None:
    from q7x2lib import find_events, mentions_and_statements

    mentions, statements = mentions_and_statements(corpus)
    expected = find_events(corpus, mentions=mentions, statements=statements)
    assert len(expected) and expected["statement_id"].notna().any()
    events = analyse(corpus)["events"]
    assert (events["field"] == "text").all()  # the bundled articles give no headline apart from the text
    pd.testing.assert_frame_equal(events.drop(columns="field"), expected, check_exact=True)


def test_chunked_on_two_processes_equals_one(jsonl, tmp_path) -> None:
    one = run_chunked(jsonl, tmp_path / "one", chunksize=4, progress=False)
    two = run_chunked(jsonl, tmp_path / "two", chunksize=4, progress=False, workers=2)
    for name in TABLES:  # the same rows in the same order: chunks are written as they were read
        pd.testing.assert_frame_equal(pd.read_parquet(two[name]), pd.read_parquet(one[name]))


@pytest.mark.parametrize("workers", [0, -1, 1.5])
def test_workers_must_be_a_positive_whole_number(jsonl, tmp_path, workers) -> None:
    with pytest.raises(ValueError, match="workers must be a whole number"):
        run_chunked(jsonl, tmp_path, workers=workers)


def test_dask_on_two_workers_equals_in_memory(jsonl, in_memory) -> None:
    dask = pytest.importorskip("dask", reason="the Dask path needs `pip install .[dask]`")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    raw = pd.read_json(jsonl, lines=True, dtype=False)
    raw["published"] = pd.to_datetime(raw.published).astype("datetime64[us]")
    articles = dd.from_pandas(raw, npartitions=3)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster):
        lazy = analyse_dask(articles)
        tables = dict(zip(lazy, dask.compute(*lazy.values())))  # each partition analysed once for all five
    _same(tables["mentions"], in_memory["mentions"], ["doc_id", "start", "actor_id"])
    _same(tables["statements"], in_memory["statements"], ["doc_id", "statement_id"])
    _same(tables["doc_stance"], in_memory["doc_stance"], ["doc_id"])
    _same(tables["events"], in_memory["events"], ["doc_id", "start", "end", "unit", "event_code", "trigger"])


def test_dask_analyses_each_partition_once_for_all_tables(jsonl, monkeypatch) -> None:
    dask = pytest.importorskip("dask", reason="the Dask path needs `pip install .[dask]`")
    dd = pytest.importorskip("dask.dataframe")
    from q7x2lib import pipeline

    calls = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda part, actors, **kw: calls.append(len(part)) or real(part, actors, **kw))
    lazy = analyse_dask(dd.from_pandas(pd.read_json(jsonl, lines=True, dtype=False), npartitions=3))
    calls.clear()  # the empty frames Dask needs to know the columns
    dask.compute(*lazy.values(), scheduler="synchronous")
    assert len(calls) == 3 and sum(calls) == 15


def test_cli_analyse_writes_the_tables(jsonl, tmp_path, capsys) -> None:
    from q7x2lib.__main__ import main

    assert main(["analyse", "--corpus", str(jsonl), "--out", str(tmp_path), "--chunksize", "5"]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {f"{name}.parquet" for name in TABLES}
    assert len(pd.read_parquet(tmp_path / "articles.parquet")) == 15


def test_cli_analyse_bad_corpus_is_one_clear_error(tmp_path, capsys) -> None:
    from q7x2lib.__main__ import main

    assert main(["analyse", "--corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")]) == 2
    assert "missing.jsonl: no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--workers", "--chunksize"])
def test_cli_analyse_rejects_a_count_below_one(jsonl, tmp_path, capsys, option) -> None:
    from q7x2lib.__main__ import main

    with pytest.raises(SystemExit) as exit_:
        main(["analyse", "--corpus", str(jsonl), "--out", str(tmp_path), option, "0"])
    assert exit_.value.code == 2
    assert "expected a whole number, 1 or more, not '0'" in capsys.readouterr().err


def test_the_per_article_stance_of_analyse_comes_from_the_events() -> None:
    # issue 16: the cooperation index is the events' (every act the article codes), the lexicon only a fallback;
    # by it article 000 (Moscow's regret at the refusal of talks, after "killer") is the most confrontational
    tables = analyse(load_corpus())
    stance = tables["doc_stance"].set_index("doc_id")
    assert stance["cooperation_index"].idxmin() == "000_2f7a25327503f7a2"
    expected = event_index(tables["events"]).reindex(stance.index).round(3)
    pd.testing.assert_series_equal(stance["cooperation_index"], expected, check_names=False)


@pytest.fixture(scope="module")
def kuwaiti(tmp_path_factory):
    """Two articles of an outlet no bundled table knows, as JSONL, and the user's outlet table placing it."""
    folder = tmp_path_factory.mktemp("kuwaiti")
    pd.DataFrame({"doc_id": ["k1", "k2"], "outlet": ["alqabas"] * 2, "published": ["2015-08-01"] * 2,
                  "text": ["ونفذت البلدية جولات تفتيشية على المحلات التجارية في الأحياء.",
                           "وقال وزير الداخلية إن الوزارة ستواصل حملاتها."]}).to_json(
        folder / "k.jsonl", orient="records", lines=True, force_ascii=False)
    pd.DataFrame({"outlet": ["alqabas"], "country": ["KWT"]}).to_csv(folder / "outlets.csv", index=False)
    return folder


def _inspected(events: pd.DataFrame) -> list:
    rows = events.loc[events.trigger.str.contains("تفتيشية"), ["source_code", "target_code"]]
    return rows.astype(object).where(rows.notna(), None).values.tolist()


@pytest.mark.parametrize("workers", [1, 2])
def test_chunked_runs_use_the_users_tables(kuwaiti, tmp_path, workers) -> None:
    # the user's outlet table reaches every chunk, in this process and in worker processes alike
    from q7x2lib.actors import user_tables

    tables = user_tables(table_paths={"outlets": kuwaiti / "outlets.csv"})
    bundled = run_chunked(kuwaiti / "k.jsonl", tmp_path / "bundled", chunksize=1, progress=False)
    assert _inspected(pd.read_parquet(bundled["events"])) == [[None, None]]
    own = run_chunked(kuwaiti / "k.jsonl", tmp_path / "own", chunksize=1, progress=False, workers=workers, tables=tables)
    assert _inspected(pd.read_parquet(own["events"])) == [["KWTGOV", "KWTBUS"]]
    assert "KWTGOV" in pd.read_parquet(own["mentions"]).code.tolist()


def test_cli_analyse_takes_the_users_tables(kuwaiti, tmp_path, capsys) -> None:
    from q7x2lib.__main__ import main

    assert main(["analyse", "--corpus", str(kuwaiti / "k.jsonl"), "--out", str(tmp_path), "--table",
                 f"outlets={kuwaiti / 'outlets.csv'}"]) == 0
    assert _inspected(pd.read_parquet(tmp_path / "events.parquet")) == [["KWTGOV", "KWTBUS"]]
    bad = tmp_path / "bad.csv"
    bad.write_text("outlet\nalqabas\n", encoding="utf-8")
    assert main(["analyse", "--corpus", str(kuwaiti / "k.jsonl"), "--out", str(tmp_path / "b"), "--table",
                 f"outlets={bad}"]) == 2
    assert "bad.csv" in capsys.readouterr().err and not (tmp_path / "b").exists()


def test_a_users_reporting_verbs_and_stance_terms_reach_analyse() -> None:
    """``analyse --table reporting_verbs=...`` once left the statements to the bundled verbs and terms."""
    from q7x2lib.actors import user_tables

    df = pd.DataFrame({"doc_id": ["a"], "published": [pd.Timestamp("2021-04-14")], "title": [None],
                       "text_clean": ["وهمس بيسكوف بأن القمة ممكنة."]})
    assert analyse(df)["statements"].empty  # همس (whispered) is no bundled cue
    verbs = pd.DataFrame({"form": ["همس"], "lemma": ["همس"], "kind": ["verb"], "opens_line": [1], "note": [""]})
    terms = pd.DataFrame({"term": ["ممكنة"], "polarity": [1], "weight": [0.9], "category": ["possibility"], "note": [""]})
    found = analyse(df, tables=user_tables(table_paths={"reporting_verbs": verbs}))["statements"]
    assert found[["speaker_id", "cue"]].values.tolist() == [["peskov", "وهمس"]]
    with pytest.warns(Q7x2Warning, match="statement-sign model"):  # the rules take the terms, the trained model cannot
        tables = analyse(df, tables=user_tables(table_paths={"reporting_verbs": verbs, "stance_terms": terms}))
    assert tables["statements"].polarity.iloc[0] > found.polarity.iloc[0]
