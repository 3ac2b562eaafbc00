"""Shared fixtures: the bundled corpus, loaded once per test session."""

from __future__ import annotations

import pandas as pd
import pytest

import q7x2lib


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return q7x2lib.load_corpus()
