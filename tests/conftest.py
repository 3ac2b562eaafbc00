"""Shared fixtures: the bundled corpus, loaded once per test session; the scripts of scripts/ as modules."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pandas as pd
import pytest

import q7x2lib
from q7x2lib import config


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return q7x2lib.load_corpus()


@pytest.fixture(scope="session")
def load_script():
    """Import a script of ``scripts/`` by its name (they are files, not a package): ``load_script("score_events")``."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, config.PROJECT_ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
