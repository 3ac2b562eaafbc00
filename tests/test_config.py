"""Every path the project uses comes from q7x2lib.config, and the data folder can be moved."""

from __future__ import annotations

import subprocess
import sys

from q7x2lib import config


def test_the_bundled_data_is_where_config_says() -> None:
    assert (config.RAW_DIR / config.MANIFEST_NAME).is_file()
    assert (config.LEXICON_DIR / "actors.csv").is_file()
    assert config.NOTEBOOK_DIR.is_dir()


def test_the_data_folder_follows_the_environment(tmp_path) -> None:
    code = "from q7x2lib import config; print(config.LEXICON_DIR)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"Q7X2_DATA_DIR": str(tmp_path), "PATH": ""}, check=True)
    assert done.stdout.strip() == str(tmp_path / "lexicons")
