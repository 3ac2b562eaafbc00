"""Right-to-left text for charts: one decision, and no global setting changed on import."""

from __future__ import annotations

import subprocess
import sys

from q7x2lib import rtl


def test_importing_the_package_changes_no_global_setting() -> None:
    code = (
        "import matplotlib, pandas as pd\n"
        "before = (list(matplotlib.rcParams['font.family']), pd.get_option('styler.format.escape'))\n"
        "import q7x2lib, q7x2lib.plots, q7x2lib.display, q7x2lib.report_html\n"
        "after = (list(matplotlib.rcParams['font.family']), pd.get_option('styler.format.escape'))\n"
        "assert before == after, (before, after)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_drawing_puts_the_arabic_font_first() -> None:
    import matplotlib

    matplotlib.rcParams["font.family"] = ["serif"]
    rtl.ensure_arabic_font()
    assert list(matplotlib.rcParams["font.family"][:2]) == rtl.FONT_FAMILY


def test_text_is_preshaped_only_when_matplotlib_needs_it() -> None:
    word = "بوتين"
    with rtl.preshaping(False):
        assert rtl.rtl(word) == word
    with rtl.preshaping(True):
        shaped = rtl.rtl(word)
        assert shaped != word and len(shaped) == len(word)  # presentation forms, visual order
