"""Every path the project uses, in one place.

``Q7X2_DATA_DIR`` in the environment points the library at another data
folder (for example a copy of ``data/`` beside a non-editable install).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("Q7X2_DATA_DIR", PROJECT_ROOT / "data"))
RAW_DIR = DATA_DIR / "raw"
LEXICON_DIR = DATA_DIR / "lexicons"
ANNOTATION_DIR = DATA_DIR / "annotations"
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
REPORT_DIR = PROJECT_ROOT / "reports"

#: The bundled sample corpus: five articles and their manifest.
BUNDLED_CORPUS = RAW_DIR
MANIFEST_NAME = "manifest.csv"
