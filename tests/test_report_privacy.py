"""A shared page names the corpus, never a folder of the machine that made it."""

from __future__ import annotations

from pathlib import Path

from q7x2lib.report_privacy import local_paths, scrub


def test_the_corpus_folder_and_the_home_folder_are_scrubbed(tmp_path: Path) -> None:
    corpus = tmp_path / "مقالاتي" / "news.jsonl"
    corpus.parent.mkdir()
    corpus.write_text("{}", encoding="utf-8")
    pairs = local_paths(corpus)
    text = f"cannot read {corpus} (see {Path.home()}/notes.txt)"
    clean = scrub(text, pairs)
    assert str(tmp_path) not in clean and str(Path.home()) not in clean
    assert "news.jsonl" in clean


def test_images_in_a_notebook_output_are_left_untouched(tmp_path: Path) -> None:
    pairs = local_paths(tmp_path / "c.csv")
    output = {"image/png": f"{tmp_path}AAAA", "text/plain": f"{tmp_path}/c.csv"}
    scrubbed = scrub(output, pairs)
    assert scrubbed["image/png"] == f"{tmp_path}AAAA" and str(tmp_path) not in scrubbed["text/plain"]
