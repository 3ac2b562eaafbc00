"""Shared fixtures: the bundled corpus, loaded once per test session; the scripts of scripts/ as modules; a user's
rows added to the bundled tables, in force for a block."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import config
from q7x2lib.lexicons import load_lexicon, tables_in_force


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return q7x2lib.load_corpus()


@pytest.fixture(scope="session")
def load_script():
    """Import a script of ``scripts/`` by its name (they are files, not a package): ``load_script("score_events")``."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, config.PROJECT_ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        # registered before it runs, as an import does: a dataclass of the script (text_copies.Copy) looks its
        # module up there, and without it the test passes or fails by which test imported the script first
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    return load


@contextmanager
def _user_rows(word_lists: dict[str, str | list[str]] | None = None, **tables: dict[str, list]) -> Iterator[None]:
    """A user's rows, added to the bundled tables and in force inside the block, as a user's ``tables=`` puts them:
    ``word_lists`` maps a list's name to its new word or words; each other table (``agents={"phrase": [...],
    "agent": [...]}``) gives its new rows by column."""
    own = {name: load_lexicon(name, pd.DataFrame(columns)) for name, columns in tables.items()}
    if word_lists:
        rows = [(name, word) for name, words in word_lists.items()
                for word in ([words] if isinstance(words, str) else words)]
        own["word_lists"] = load_lexicon("word_lists", pd.DataFrame(rows, columns=["list", "word"]))
    with tables_in_force(own):
        yield


@pytest.fixture(scope="session")
def user_rows():
    """A user's added table rows in force for a block, to show they reach a rule (made-up words):
    ``with user_rows(word_lists={"kana_past": "وظلت"}): ...``."""
    return _user_rows
