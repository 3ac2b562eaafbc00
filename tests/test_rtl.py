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


def test_the_bundled_arabic_font_is_drawn_even_where_the_system_has_one_of_that_name() -> None:
    # a machine with fonts-noto-core lists its own static Noto Sans Arabic first in matplotlib's font cache: the
    # charts were drawn with it and the baseline images failed there (seen when the font cache was rebuilt)
    import dataclasses

    from matplotlib import font_manager

    manager = font_manager.fontManager
    saved = list(manager.ttflist)
    try:
        rtl.register_font()
        ours = next(f for f in manager.ttflist if f.name == "Noto Sans Arabic")
        stranger = dataclasses.replace(ours, fname=font_manager.findfont("DejaVu Sans"))
        manager.ttflist = [stranger, *[f for f in manager.ttflist if f is not ours], ours]
        manager._findfont_cached.cache_clear()
        assert font_manager.findfont("Noto Sans Arabic") == stranger.fname  # what happened before the fix
        rtl.register_font()
        assert font_manager.findfont("Noto Sans Arabic") == str(rtl.arabic_font_path())
    finally:
        manager.ttflist = saved
        manager._findfont_cached.cache_clear()


def test_text_is_preshaped_only_when_matplotlib_needs_it() -> None:
    word = "بوتين"
    with rtl.preshaping(False):
        assert rtl.rtl(word) == word
    with rtl.preshaping(True):
        shaped = rtl.rtl(word)
        assert shaped != word and len(shaped) == len(word)  # presentation forms, visual order
