"""Every path the project uses comes from q7x2lib.config, and the data folder can be moved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from q7x2lib import config


def test_the_bundled_data_is_where_config_says() -> None:
    assert (config.RAW_DIR / config.MANIFEST_NAME).is_file()
    assert (config.LEXICON_DIR / "actors.csv").is_file()
    assert config.NOTEBOOK_DIR.is_dir()


def test_the_data_folder_follows_the_environment(tmp_path) -> None:
    # this checkout's q7x2lib, wherever pytest was started: not an installed copy that -c would find from another folder
    code = "from q7x2lib import config; print(config.__file__); print(config.LEXICON_DIR)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True,
                          env={"Q7X2_DATA_DIR": str(tmp_path), "PATH": "", "PYTHONPATH": str(config.PROJECT_ROOT)})
    module, lexicons = done.stdout.splitlines()
    assert Path(module).resolve() == Path(config.__file__).resolve() and lexicons == str(tmp_path / "lexicons")
