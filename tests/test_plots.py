"""Arabic in charts must be drawn shaped (letters joined) and right to left.

Baseline images: each chart type is drawn from small fixed data and compared
with ``tests/baseline/<name>.png`` by ``matplotlib.testing.compare.compare_images``
(RMS tolerance ``TOL``). After an intended change to a chart, regenerate the
baselines, look at them, then commit them::

    Q7X2_REGEN_BASELINES=1 python -m pytest tests/test_plots.py -p no:cacheprovider

(with the variable set, the image tests write their baseline and skip). On a
failure the actual image and a ``*-failed-diff.png`` are left in pytest's
tmp_path.

Missing glyphs: matplotlib reports "Glyph N (...) missing from font(s) ..."
through ``_api.warn_external``, which attributes the warning to the first
caller *outside* matplotlib (this file), so pyproject's filter
``error::UserWarning:matplotlib.*`` never sees it. ``pytestmark`` below turns
that message into an error here, and
``test_missing_glyph_warning_is_an_error`` proves it does.

How the glyph-order tests work: a spy on the Agg renderer records each string
matplotlib draws and lays it out with the renderer's own font (libraqm via
``matplotlib._text_helpers.layout``), giving, per glyph, the character it
came from and its x position. Reading those glyphs by decreasing x must spell
the word in logical order (first letter rightmost), and each letter's glyphs
must differ from those of the same letter drawn alone (its isolated form), so
the word is joined. Negative controls prove the check rejects the classic
``get_display(reshape(s))`` recipe (reversed on matplotlib >= 3.11) and
unshaped left-to-right letters (what matplotlib < 3.11 drew from raw text).
"""

from __future__ import annotations

import io
import logging
import os
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import arabic_reshaper
import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from bidi import get_display  # noqa: E402
from matplotlib._text_helpers import layout  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.testing.compare import calculate_rms, compare_images  # noqa: E402

from q7x2lib import plots  # noqa: E402
from q7x2lib.plots import (  # noqa: E402
    NEEDS_PRESHAPING,
    plot_counts,
    plot_grouped,
    plot_heatmap,
    plot_network,
    plot_timeline,
    preshaping,
    rtl,
    use_style,
)
from q7x2lib.rtl import STYLE_PATH  # noqa: E402

pytestmark = pytest.mark.filterwarnings("error:Glyph .* missing from font:UserWarning")

BASELINE_DIR = Path(__file__).parent / "baseline"
REGEN = os.environ.get("Q7X2_REGEN_BASELINES") == "1"
DPI = 80
TOL = 2.0
WORD = "بوتين"  # every letter joins a neighbour: ب init, و fina, ت init, ي medi, ن fina
ARABIC_LETTERS = {chr(c) for c in range(0x0621, 0x064B)}  # logical-order letters, not presentation forms


@pytest.fixture(autouse=True)
def _style(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Each test draws with the package style and must not log font fallbacks."""
    with matplotlib.rc_context(), caplog.at_level(logging.WARNING, logger="matplotlib.font_manager"):
        use_style()
        yield
    plt.close("all")
    assert not [r.getMessage() for r in caplog.records if r.name == "matplotlib.font_manager"]


# --- what the renderer draws ---------------------------------------------------


class Glyph(NamedTuple):
    char: str  # the character of the drawn string this glyph comes from
    index: int  # glyph id in its font
    x: float
    font: str  # family of the font the glyph comes from


def drawn_glyphs(fig: Figure) -> dict[str, list[Glyph]]:
    """Render ``fig`` with Agg; map each string drawn to its laid-out glyphs."""
    drawn: dict[str, list[Glyph]] = {}
    original = RendererAgg.draw_text

    def spy(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):  # noqa: ANN001, ANN202
        if not ismath:
            items = layout(
                s,
                self._prepare_font(prop),
                features=mtext.get_fontfeatures() if mtext is not None else None,
                language=mtext.get_language() if mtext is not None else None,
            )
            drawn[s] = [Glyph(i.char, i.glyph_index, i.x, i.ft_object.family_name) for i in items]
        return original(self, gc, x, y, s, prop, angle, ismath, mtext)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(RendererAgg, "draw_text", spy)
        fig.savefig(io.BytesIO(), format="png", dpi=DPI)
    return drawn


def letters(glyphs: list[Glyph]) -> list[tuple[str, float, frozenset[int]]]:
    """The letters drawn: (letter, x, glyph ids), presentation forms folded by NFKC.

    libraqm emits a letter's glyphs (Noto draws dots as separate marks) next
    to each other; a run of glyphs from the same character is one letter at
    the run's smallest x (so the test word has no doubled letter). Bidi and
    formatting controls are ignored.
    """
    runs: list[tuple[str, float, frozenset[int]]] = []
    for g in glyphs:
        letter = unicodedata.normalize("NFKC", g.char)
        if unicodedata.category(g.char) == "Cf" or not letter.strip():
            continue
        if runs and runs[-1][0] == letter:
            runs[-1] = (letter, min(runs[-1][1], g.x), runs[-1][2] | {g.index})
        else:
            runs.append((letter, g.x, frozenset({g.index})))
    return runs


def assert_first_letter_rightmost(glyphs: list[Glyph], word: str) -> None:
    """Fail unless reading the drawn letters from right to left spells ``word``."""
    read = "".join(letter for letter, _, _ in sorted(letters(glyphs), key=lambda r: -r[1]))
    assert read == word, f"drawn right to left as {read!r}, not {word!r}"


def assert_joined(glyphs: list[Glyph]) -> None:
    """Fail if a letter uses the same glyphs as when drawn alone (its isolated form)."""
    for letter, _, ids in letters(glyphs):
        alone = frozenset(g.index for g in drawn_glyphs(text_figure(letter))[letter])
        assert ids != alone, f"{letter!r} drawn in its isolated form {sorted(ids)}: letters not joined"


def text_figure(s: str, **text_kw: object) -> Figure:
    fig = Figure(figsize=(1.6, 0.6), dpi=DPI)
    fig.text(0.5, 0.5, s, fontsize=20, ha="center", va="center", **text_kw)
    return fig


# --- glyph order ---------------------------------------------------------------


def test_arabic_label_first_letter_drawn_rightmost() -> None:
    s = rtl(WORD)
    glyphs = drawn_glyphs(text_figure(s))[s]
    assert_first_letter_rightmost(glyphs, WORD)
    assert_joined(glyphs)
    assert {g.font for g in glyphs} == {"Noto Sans Arabic"}


def test_bar_chart_tick_label_drawn_right_to_left_and_joined() -> None:
    ax = plot_counts(pd.DataFrame({"actor": [WORD, "Biden"], "n": [3, 2]}), "actor", "n")
    glyphs = drawn_glyphs(ax.figure)[rtl(WORD)]
    assert_first_letter_rightmost(glyphs, WORD)
    assert_joined(glyphs)


def test_glyph_order_check_rejects_reversed_recipe() -> None:
    """The pre-3.11 recipe, applied on matplotlib >= 3.11, draws the word reversed."""
    if NEEDS_PRESHAPING:
        pytest.skip("this matplotlib needs the recipe; it is not reversed here")
    s = get_display(arabic_reshaper.reshape(WORD))
    glyphs = drawn_glyphs(text_figure(s))[s]
    with pytest.raises(AssertionError, match="drawn right to left as 'نيتوب'"):
        assert_first_letter_rightmost(glyphs, WORD)


def test_glyph_order_check_rejects_unshaped_left_to_right_letters() -> None:
    """Isolated letters laid left to right, as matplotlib < 3.11 drew raw Arabic."""
    s = "\u202d" + WORD + "\u202c"  # left-to-right override
    glyphs = drawn_glyphs(text_figure(s, fontfeatures=["-init", "-medi", "-fina"]))[s]
    with pytest.raises(AssertionError, match="drawn right to left as 'نيتوب'"):
        assert_first_letter_rightmost(glyphs, WORD)
    with pytest.raises(AssertionError, match="isolated form"):
        assert_joined(glyphs)


def _ink(s: str) -> np.ndarray:
    canvas = FigureCanvasAgg(text_figure(s))
    canvas.draw()
    return np.asarray(canvas.buffer_rgba())[..., :3].astype(float)


def test_arabic_ink_matches_independent_presentation_form_reference() -> None:
    """Pixels of rtl(word) match the word built from Unicode presentation forms.

    The reference is the reshaped, visually ordered string pinned left to right
    with a bidi override, so libraqm draws it exactly in the order given; the
    same string without the override (the classic recipe) is far off.
    """
    visual = get_display(arabic_reshaper.reshape(WORD))
    library, reference, recipe = _ink(rtl(WORD)), _ink("\u202d" + visual + "\u202c"), _ink(visual)
    close, far = calculate_rms(library, reference), calculate_rms(library, recipe)
    assert close < 20 and 2 * close < far, (close, far)


# --- the pre-3.11 branch and conversions ---------------------------------------


def test_pinned_matplotlib_shapes_text_itself() -> None:
    assert NEEDS_PRESHAPING is (matplotlib.__version_info__[:2] < (3, 11))
    assert rtl(WORD) == WORD


def test_forced_preshaping_gives_presentation_forms_with_digits_in_order() -> None:
    shaped = rtl("قمة 2021", preshape=True)
    assert shaped == "2021 \ufe94\ufee4\ufed7"  # teh marbuta final, meem medial, qaf initial
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped if not c.isascii())
    assert rtl("قمة Biden", preshape=True) == "Biden \ufe94\ufee4\ufed7"


def test_forced_preshaping_keeps_lines_in_order() -> None:
    assert rtl("قمة\nBiden 2021", preshape=True) == "\ufe94\ufee4\ufed7\nBiden 2021"


def test_preshaping_context_reaches_every_string_a_chart_draws() -> None:
    for name, build in CHARTS.items():
        with preshaping(True):
            fig = build().figure
        unshaped = [s for s in drawn_glyphs(fig) if ARABIC_LETTERS & set(s)]
        assert not unshaped, f"{name}: drawn without rtl(): {unshaped}"
        plt.close(fig)
    assert rtl(WORD) == WORD  # context left


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ""), (float("nan"), ""), (pd.NA, ""), (pd.NaT, ""), (3, "3"), (np.int64(7), "7"),
     (2021.0, "2021"), (0.25, "0.25"), (pd.Timestamp("2022-02-24"), "2022-02-24"), ("RT", "RT")],
)
def test_rtl_converts_non_strings_to_labels(value: object, expected: str) -> None:
    assert rtl(value) == expected


def test_missing_glyph_warning_is_an_error() -> None:
    fig = text_figure("\U0001f9ea")  # TEST TUBE: in neither Noto Sans Arabic nor DejaVu Sans
    with pytest.raises(UserWarning, match="missing from font"):
        fig.savefig(io.BytesIO(), format="png")


# --- charts: behaviour and baselines --------------------------------------------

# Arabic column names, so a column name drawn without rtl() is caught too.
ACTOR, OUTLET, EVENT, N = "الفاعل", "المصدر", "الحدث", "الإشارات"

ACTORS = pd.DataFrame(
    {ACTOR: ["بوتين", "بايدن", "الكرملين", "البيت الأبيض", "بيسكوف"], N: [42, 35, 20, 18, 7]}
)
BY_OUTLET = pd.DataFrame(
    {
        ACTOR: ["بوتين", "بوتين", "بايدن", "بايدن", "الكرملين", "البيت الأبيض"],
        OUTLET: ["الجزيرة", "RT عربي", "الجزيرة", "RT عربي", "RT عربي", "الجزيرة"],
        N: [10, 14, 8, 3, 6, 5],
    }
)
TITLES = ["قمة جنيف", "doc-2", "عقوبات 2022"]
SIMILARITY = pd.DataFrame([[1, 0.42, 0.1], [0.42, 1, 0.73], [0.1, 0.73, 1]], index=TITLES, columns=TITLES)
EVENTS = pd.DataFrame(
    {
        "date": ["2021-06-16", "2022-02-24", None, "2022-03-01", "2021-11-02", "not a date"],
        EVENT: ["قمة جنيف", "بدء العملية العسكرية", "بلا تاريخ", "عقوبات جديدة", "اتصال هاتفي", "?"],
        OUTLET: ["الجزيرة", "RT عربي", "RT عربي", "الجزيرة", "RT عربي", "الجزيرة"],
    }
)
EDGES = pd.DataFrame(
    {
        "a": ["بوتين", "بوتين", "بايدن", "الكرملين", "بيسكوف", "بايدن"],
        "b": ["بايدن", "الكرملين", "البيت الأبيض", "بيسكوف", "بوتين", "بوتين"],
        "w": [5, 3, 4, 2, 1, 2],
    }
)

CHARTS: dict[str, Callable[[], plt.Axes]] = {
    "counts": lambda: plot_counts(ACTORS, ACTOR, N, title="الإشارات إلى الفاعلين", xlabel="عدد الإشارات"),
    "counts_vertical": lambda: plot_counts(ACTORS, ACTOR, N, title="الإشارات", horizontal=False),
    "grouped": lambda: plot_grouped(BY_OUTLET, ACTOR, OUTLET, N, title="الإشارات حسب المصدر"),
    "heatmap": lambda: plot_heatmap(SIMILARITY, title="تشابه المقالات"),
    "timeline": lambda: plot_timeline(EVENTS, "date", EVENT, group_col=OUTLET, title="الأحداث"),
    "network": lambda: plot_network(EDGES, "a", "b", "w", title="شبكة الإشارات المشتركة"),
}


@pytest.mark.parametrize("name", list(CHARTS))
def test_chart_matches_baseline_image(name: str, tmp_path: Path) -> None:
    fig = CHARTS[name]().figure
    expected = BASELINE_DIR / f"{name}.png"
    if REGEN:
        BASELINE_DIR.mkdir(exist_ok=True)
        fig.savefig(expected, dpi=DPI, metadata={"Software": None})
        pytest.skip(f"wrote baseline {expected.name}")
    assert expected.exists(), f"no baseline {expected.name}: run with Q7X2_REGEN_BASELINES=1"
    actual = tmp_path / f"{name}.png"
    fig.savefig(actual, dpi=DPI, metadata={"Software": None})
    failure = compare_images(str(expected), str(actual), tol=TOL)
    assert failure is None, failure


@pytest.mark.parametrize("name", ["counts", "grouped", "heatmap", "timeline", "network"])
def test_chart_draws_on_the_given_axes(name: str) -> None:
    _, ax = plt.subplots()
    builders = {
        "counts": lambda: plot_counts(ACTORS, ACTOR, N, ax=ax),
        "grouped": lambda: plot_grouped(BY_OUTLET, ACTOR, OUTLET, N, ax=ax),
        "heatmap": lambda: plot_heatmap(SIMILARITY, ax=ax),
        "timeline": lambda: plot_timeline(EVENTS, "date", EVENT, ax=ax),
        "network": lambda: plot_network(EDGES, "a", "b", "w", ax=ax),
    }
    assert builders[name]() is ax


def test_horizontal_counts_put_the_largest_at_the_top() -> None:
    ax = plot_counts(ACTORS.iloc[::-1], ACTOR, N)
    top = max(ax.get_yticklabels(), key=lambda t: t.get_position()[1])
    assert top.get_text() == rtl("بوتين")


@pytest.mark.parametrize(("rtl_order", "first_at_right"), [(True, True), (False, False)])
def test_grouped_first_category_is_rightmost_in_rtl_order(rtl_order: bool, first_at_right: bool) -> None:
    ax = plot_grouped(BY_OUTLET, ACTOR, OUTLET, N, rtl_order=rtl_order)
    rightmost = max(ax.get_xticklabels(), key=lambda t: t.get_position()[0])
    assert (rightmost.get_text() == rtl("بوتين")) is first_at_right
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [rtl("الجزيرة"), rtl("RT عربي")]


def test_timeline_skips_undated_rows_and_says_so() -> None:
    ax = plot_timeline(EVENTS, "date", EVENT)
    assert ax.q7x2_skipped_rows == 2
    assert ax.get_title(loc="left") == rtl("لم يُرسم ما لا تاريخ له: 2")  # in Arabic, as the chart is
    assert rtl("بلا تاريخ") not in [t.get_text() for t in ax.texts]


def test_timeline_with_no_dates_draws_an_empty_chart() -> None:
    ax = plot_timeline(EVENTS.assign(date=None), "date", EVENT)
    ax.figure.savefig(io.BytesIO(), format="png", dpi=DPI)
    assert ax.q7x2_skipped_rows == len(EVENTS) and not ax.texts


def test_network_merges_reversed_edges_and_scales_width_by_weight() -> None:
    ax = plot_network(EDGES, "a", "b", "w")
    lines = ax.collections[0]
    assert len(lines.get_segments()) == 5  # بوتين–بايدن appears both ways
    widths = np.asarray(lines.get_linewidths())
    assert widths.max() > widths.min()
    assert sorted(t.get_text() for t in ax.texts) == sorted(rtl(n) for n in set(EDGES["a"]) | set(EDGES["b"]))


def test_heatmap_annotates_cells_with_format() -> None:
    ax = plot_heatmap(SIMILARITY, fmt=".1f")
    assert [t.get_text() for t in ax.texts][:3] == ["1.0", "0.4", "0.1"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [rtl(t) for t in TITLES]


def test_plots_module_reexports_rtl() -> None:
    assert plots.rtl is rtl


@pytest.mark.parametrize("rtl_order", [True, False])
def test_grouped_legend_covers_no_bar(rtl_order: bool) -> None:
    # tall bars in every cluster leave the axes no free corner: a legend inside them would hide one
    shares = pd.DataFrame({"unit": [f"a{i}" for i in range(5) for _ in (0, 1)],
                           "side": ["روسيا", "الولايات المتحدة"] * 5,
                           "share": [0.88, 0.12, 0.6, 0.4, 0.65, 0.35, 0.5, 0.5, 0.75, 0.25]})
    with plt.style.context(STYLE_PATH):  # the notebooks' style: constrained layout
        ax = plot_grouped(shares, "unit", "side", "share", rtl_order=rtl_order)
    fig = ax.figure
    fig.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    bars = [p.get_window_extent() for p in ax.patches]
    assert len(bars) == 10
    assert not [b for b in bars if b.overlaps(legend)]
    assert fig.bbox.contains(legend.x1 - 1, legend.y0 + 1)  # drawn inside the figure, not cut at its edge
    plt.close(fig)


def test_many_categories_keep_the_chart_page_wide_and_its_labels_readable() -> None:
    # notebook 20: twelve actors by three kinds of mention drew a figure 20 inches wide, shrunk on the page to
    # labels a third of their size
    kinds = pd.DataFrame({"actor": [f"الفاعل {i}" for i in range(12) for _ in range(3)],
                          "kind": ["name", "role", "group"] * 12, "n": range(36)})
    with plt.style.context(STYLE_PATH):
        grouped = plot_grouped(kinds, "actor", "kind", "n")
        vertical = plot_counts(kinds, "actor", "n", horizontal=False)
        assert grouped.figure.get_size_inches()[0] <= plots.MAX_WIDTH
        assert vertical.figure.get_size_inches()[0] <= plots.MAX_WIDTH
        fig = grouped.figure
        fig.canvas.draw()
        # every bar is still there and the tick labels do not run into each other
        assert len(grouped.patches) == 36
        boxes = sorted((t.get_window_extent() for t in grouped.get_xticklabels()), key=lambda b: b.x0)
        assert all(a.x0 < b.x0 for a, b in zip(boxes, boxes[1:]))
        assert not [1 for a, b in zip(boxes, boxes[1:]) if a.overlaps(b) and a.x1 - b.x0 > 0.5 * a.width]
    plt.close("all")


def test_diverging_heatmap_is_centred_on_zero() -> None:
    # notebook 30's directed pairs ran from -9 to +3.5 in RdBu: the white middle fell near -3, so a Goldstein
    # weight of -2 was drawn pale blue, the colour of cooperation
    weights = pd.DataFrame([[-9.0, -2.0], [0.0, 3.5]], index=["USA", "RUS"], columns=["GBR", "UKR"])
    ax = plot_heatmap(weights, cmap="RdBu")
    image = ax.images[0]
    assert image.get_clim() == (-9.0, 9.0)
    white = np.asarray(image.cmap(image.norm(0.0))[:3])
    assert (white > 0.9).all()  # 0 is the map's near-white middle
    red, _, blue = image.cmap(image.norm(-2.0))[:3]
    assert red > blue  # below 0 is on the red side
    # a sequential map keeps the data's range; an explicit center overrules the default
    assert plot_heatmap(SIMILARITY, cmap="Blues").images[0].get_clim() == (0.1, 1.0)
    assert plot_heatmap(weights, cmap="viridis", center=1.0).images[0].get_clim() == (-9.0, 11.0)
    plt.close("all")


def test_grouped_bars_of_many_groups_have_distinct_colours() -> None:
    # notebook 20 on a large corpus: thirteen outlets per actor, the ninth drawn in the first one's colour
    outlets = [f"outlet{j}" for j in range(13)]
    df = pd.DataFrame({"actor": ["بوتين"] * 13, "outlet": outlets, "n": range(1, 14)})
    ax = plot_grouped(df, "actor", "outlet", "n")
    colours = {tuple(p.get_facecolor()) for p in ax.patches}
    assert len(ax.patches) == 13 and len(colours) == 13
    few = plot_grouped(BY_OUTLET, ACTOR, OUTLET, N)  # up to eight groups: the style's own colours, as before
    assert tuple(few.patches[0].get_facecolor()) == tuple(plt.matplotlib.colors.to_rgba("C0"))
    plt.close("all")


def test_grouped_bars_keep_their_height_under_long_slanted_labels() -> None:
    # notebook 30 on a large corpus: twelve articles named by id and headline (about 50 letters) left the bars a
    # strip 90 pixels high under the constrained layout
    heads = [f"snn-{i:012x}: طائرات الأباتشي السعودية تستهدف تجمعات…" for i in range(12)]
    df = pd.DataFrame({"article": [h for h in heads for _ in (0, 1)], "direction": ["SAU → YEM", "YEM → SAU"] * 12,
                       "w": [(-1) ** i * (i % 7) for i in range(24)]})
    with plt.style.context(STYLE_PATH):
        ax = plot_grouped(df, "article", "direction", "w", title="متوسط وزن غولدستاين في كل اتجاه، لكل مقال\nالمقالات الأكثر أفعالا")
        fig = ax.figure
        fig.canvas.draw()
        assert ax.get_window_extent().height >= 0.45 * fig.bbox.height  # the bars keep half the figure (0.23 before)
        labels = [t.get_window_extent() for t in ax.get_xticklabels()]
        assert all(fig.bbox.y0 - 1 <= b.y0 for b in labels)  # no label cut at the figure's bottom edge
    plt.close("all")


def test_network_of_long_names_keeps_its_circle_and_shortens_the_names() -> None:
    # notebook 20 on a large corpus: twenty actors with names up to 45 letters (الأمير محمد بن سلمان بن عبدالعزيز آل
    # سعود) left the circle 170 pixels wide, names overlapping, and a warning that the layout collapsed
    names = ["الأمير محمد بن سلمان بن عبدالعزيز آل سعود", "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
             "الأمير محمد بن نايف بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز آل سعود"]
    names += [f"الفاعل رقم {i}" for i in range(16)]
    edges = pd.DataFrame({"a": names[:-1], "b": names[1:], "w": range(len(names) - 1, 0, -1)})
    with plt.style.context(STYLE_PATH):
        ax = plot_network(edges, "a", "b", "w")
        fig = ax.figure
        fig.canvas.draw()
        assert ax.get_window_extent().height >= 0.7 * fig.bbox.height
        assert fig.get_size_inches()[0] <= plots.MAX_WIDTH
        texts = [t.get_text() for t in ax.texts]
        assert rtl("مركز الملك سلمان للإغاثة…") in texts and max(len(t) for t in texts) <= 25
        boxes = [t.get_window_extent() for t in ax.texts]
        assert all(fig.bbox.x0 - 1 <= b.x0 and b.x1 <= fig.bbox.x1 + 1 for b in boxes)  # no name cut at the edge
    plt.close("all")


def test_vertical_counts_slant_many_labels_so_they_do_not_run_together() -> None:
    # notebook 00 on a large corpus: articles per day, 21 dates written flat under bars narrower than a date
    days = pd.DataFrame({"day": [f"2015-07-{d:02d}" for d in range(1, 22)], "n": range(21)})
    with plt.style.context(STYLE_PATH):
        ax = plot_counts(days, "day", "n", sort=False, horizontal=False, rtl_order=False)
        fig = ax.figure
        fig.canvas.draw()
        labels = ax.get_xticklabels()
        slot = fig.bbox.width / len(labels)
        flat = [t for t in labels if t.get_rotation() == 0 and t.get_window_extent().width > slot]
        assert not flat, "a flat label wider than its bar's slot runs into its neighbour"
        assert all(t.get_rotation() > 0 for t in labels)
        first = min(labels, key=lambda t: t.get_position()[0])
        assert first.get_text() == "2015-07-01"  # time runs left to right
    plt.close("all")


def test_wide_heatmap_colour_bar_is_not_taller_than_its_cells() -> None:
    # notebook 30's directed pairs on the bundled articles: two sources by five targets drew a colour bar twice the
    # height of the cells, reaching above the title
    grid = pd.DataFrame([[-9.0, 1.0, 0.04, 2.92, np.nan], [np.nan, np.nan, np.nan, 3.5, 1.52]],
                        index=["USA", "RUS"], columns=["GBR", "IGO", "RUS", "UKR", "USA"])
    with plt.style.context(STYLE_PATH):
        ax = plot_heatmap(grid, cmap="RdBu", title="متوسط وزن غولدستاين: من (الصفوف) تجاه من (الأعمدة)")
        fig = ax.figure
        fig.canvas.draw()
        cells = ax.images[0].get_window_extent()
        bar = ax.images[0].colorbar.ax.get_window_extent()
        assert bar.height <= 1.3 * cells.height
        title = max((ax.title, ax._left_title, ax._right_title), key=lambda t: len(t.get_text()))  # the style's: right
        assert bar.y1 <= title.get_window_extent().y1  # not above the title
    plt.close("all")


def _drawn_left_to_right(ax: plt.Axes, labels: list) -> list[str]:
    """The texts of ``labels`` as they stand on the drawn figure, from the left."""
    ax.figure.canvas.draw()
    return [t.get_text() for t in sorted(labels, key=lambda t: t.get_window_extent().x0) if t.get_text()]


@pytest.mark.parametrize("rtl_order", [True, False])
def test_heatmap_and_bar_chart_run_the_same_categories_in_one_order(rtl_order: bool) -> None:
    # notebook 10 drew the articles 000 to 004 left to right in its heat maps and right to left in the grouped bar
    # chart below them: one reading order for both, right to left by default
    docs = ["000", "001", "002"]
    grid = pd.DataFrame(np.arange(9.0).reshape(3, 3), index=["بوتين", "بايدن", "الكرملين"], columns=docs)
    long = pd.DataFrame({"doc": docs * 2, OUTLET: ["أ"] * 3 + ["ب"] * 3, N: [1, 2, 3, 4, 5, 6]})
    heat = plot_heatmap(grid, rtl_order=rtl_order)
    bars = plot_grouped(long, "doc", OUTLET, N, rtl_order=rtl_order)
    expected = docs[::-1] if rtl_order else docs
    assert _drawn_left_to_right(heat, heat.get_xticklabels()) == expected
    assert _drawn_left_to_right(bars, bars.get_xticklabels()) == expected
    # the rows are named where reading starts, and the colour bar stands at the other side
    heat.figure.canvas.draw()
    cells = heat.images[0].get_window_extent()
    names = [t for t in heat.yaxis.get_ticklabels(which="both") if t.get_visible() and t.get_text()]
    names += [tick.label2 for tick in heat.yaxis.get_major_ticks() if tick.label2.get_visible()]
    colour_bar = heat.images[0].colorbar.ax.get_window_extent()
    if rtl_order:
        assert all(t.get_window_extent().x0 >= cells.x1 - 1 for t in names)
        assert colour_bar.x1 <= cells.x0
    else:
        assert all(t.get_window_extent().x1 <= cells.x0 + 1 for t in names)
        assert colour_bar.x0 >= cells.x1
    assert len(names) >= 3
    plt.close("all")


def test_heatmap_names_what_its_colours_measure() -> None:
    ax = plot_heatmap(SIMILARITY, cbar_label="التشابه")
    assert ax.images[0].colorbar.ax.get_ylabel() == rtl("التشابه")
    assert plot_heatmap(SIMILARITY).images[0].colorbar.ax.get_ylabel() == ""
    plt.close("all")


def test_counts_write_their_values_with_one_number_of_decimals() -> None:
    # notebook 10's key words (G², rounded to one decimal) wrote 13.4 beside 3
    df = pd.DataFrame({ACTOR: ["فيديو", "الجانب", "إجراء"], N: [13.4, 3.0, 1.7]})
    assert [t.get_text() for t in plot_counts(df, ACTOR, N).texts] == ["13.4", "3.0", "1.7"]
    assert [t.get_text() for t in plot_counts(ACTORS, ACTOR, N).texts] == ["42", "35", "20", "18", "7"]
    plt.close("all")


@pytest.mark.parametrize("rtl_order", [True, False])
def test_horizontal_bars_grow_from_their_names(rtl_order: bool) -> None:
    # notebook 10's key words and notebook 00's articles: Arabic names on the left and bars growing rightwards,
    # as in an English chart; right to left, the names stand on the right and the bars start beside them
    ax = plot_counts(ACTORS, ACTOR, N, rtl_order=rtl_order)
    ax.figure.canvas.draw()
    bars = [patch.get_window_extent() for patch in ax.patches]
    names = [t.get_window_extent() for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]  # drawn side
    assert len(names) == len(ACTORS)
    longest = max(bars, key=lambda b: b.width)
    if rtl_order:
        assert np.allclose([b.x1 for b in bars], bars[0].x1)  # every bar starts at the right
        assert longest.x0 < bars[-1].x0  # and the longest reaches furthest left
        assert all(name.x0 >= bars[0].x1 for name in names)
        values = sorted(ax.texts, key=lambda t: t.get_window_extent().y0, reverse=True)
        assert all(t.get_window_extent().x1 <= b.x0 + 1 for t, b in zip(values, bars, strict=True))  # left of its bar
    else:
        assert np.allclose([b.x0 for b in bars], bars[0].x0)
        assert all(name.x1 <= bars[0].x0 for name in names)
    plt.close("all")


def test_timeline_names_its_months_in_arabic() -> None:
    # notebooks 00 and 10 wrote Feb, 15, Mar ... and 2021-Apr under Arabic labels
    dated = pd.DataFrame({"date": ["2021-01-27", "2021-03-19", "2021-03-22", "2021-04-13", "2021-04-14"], EVENT: list("أبجده")})
    ax = plot_timeline(dated, "date", EVENT)
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    offset = ax.xaxis.get_offset_text().get_text()
    assert {"فبراير", "مارس", "أبريل"} <= set(labels), labels
    assert offset == "2021"  # the ticks name the months; the offset names what they share (it read «أبريل 2021»)
    english = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    assert not any(word in english for label in [*labels, offset] for word in label.replace("-", " ").split())
    plt.close("all")


def test_arabic_months_are_the_outlets_names_in_calendar_order() -> None:
    from q7x2lib.plots import ARABIC_MONTHS, ArabicDateFormatter

    assert ARABIC_MONTHS[0] == "يناير" and ARABIC_MONTHS[8] == "سبتمبر" and len(set(ARABIC_MONTHS)) == 12
    formatter = ArabicDateFormatter(mdates.AutoDateLocator())
    ticks = [mdates.date2num(pd.Timestamp(f"2020-{m:02d}-01")) for m in range(1, 13)]
    assert formatter.format_ticks(ticks)[1:] == list(ARABIC_MONTHS[1:])  # January is the year's first tick: 2020


def test_heatmap_colour_bar_stands_beside_its_cells_under_long_slanted_labels() -> None:
    # notebook 30's speakers by article: column names of 40 letters slanted left pushed the colour bar two inches
    # from the cells
    columns = [f"00{k}: اتصلت الرئاسة الروسية بالسفير الأمريكي في موسكو" for k in range(5)]
    tone = pd.DataFrame(np.linspace(-0.8, 0.8, 45).reshape(9, 5), index=[f"متحدث {k}" for k in range(9)], columns=columns)
    for rtl_order in (True, False):
        with plt.style.context(STYLE_PATH):
            ax = plot_heatmap(tone, cmap="RdBu", rtl_order=rtl_order, cbar_label="متوسط القطبية")
            fig = ax.figure
            fig.canvas.draw()
            cells = ax.images[0].get_window_extent()  # x0 > x1 when the x axis is inverted: xmin and xmax
            bar = ax.images[0].colorbar.ax.get_window_extent()
            gap = cells.xmin - bar.xmax if rtl_order else bar.xmin - cells.xmax
            assert 0 < gap <= 0.3 * fig.dpi, gap  # beside the cells, a third of an inch at most
            assert cells.ymin <= bar.ymin and bar.ymax <= cells.ymax  # no taller than they are
        plt.close("all")


def test_heatmap_colour_bar_keeps_its_size_in_a_tight_save() -> None:
    # notebook 10's spelling fingerprint, fifteen rows of five articles, saved as the notebooks save it
    # (bbox_inches="tight"): the bar came out twice as wide and as far from the cells, its label cut off the page
    rows = ["أمريكي", "أميركي", "امريكي (بلا همزة)", "الحالى (ى مكان ي)", "أن، إلى (بالهمزة)"] * 3
    share = pd.DataFrame(np.linspace(0, 1, 75).reshape(15, 5), index=[f"{r} {k}" for k, r in enumerate(rows)],
                         columns=["000", "001", "002", "003", "004"])
    with plt.style.context(STYLE_PATH):
        ax = plot_heatmap(share, cmap="magma", cbar_label="النسبة داخل المجموعة")
        fig = ax.figure
        bar, label = ax.images[0].colorbar.ax, ax.images[0].colorbar.ax.yaxis.label
        drawn = []
        fig.canvas.mpl_connect("draw_event", lambda event: drawn.append(
            (bar.get_window_extent(event.renderer), label.get_window_extent(event.renderer), fig.bbox.frozen())))
        fig.savefig(io.BytesIO(), format="png", bbox_inches="tight")
    plt.close("all")
    box, text, page = drawn[-1]  # the draw that was saved
    assert box.width == pytest.approx(plots._BAR_WIDTH * fig.dpi, abs=1)
    assert text.x0 >= page.x0 - 1, (text, page)  # its label inside the saved picture


def test_arabic_date_labels_days_and_months_as_the_articles_write_them() -> None:
    # notebook 00's articles per day wrote 2015-07-21 under an Arabic title
    from q7x2lib.plots import arabic_date

    assert arabic_date(pd.Timestamp("2015-07-21")) == "21 يوليو 2015"
    assert arabic_date("2015-07-21", year=False) == "21 يوليو"
    assert arabic_date("2014-12", day=False) == "ديسمبر 2014"


@pytest.mark.parametrize(
    ("dates", "first", "new_year"),
    [
        (["2021-06-16", "2021-11-02", "2022-02-24", "2022-03-01"], "يونيو 2021", "يناير 2022"),  # months
        (["2021-12-05", "2022-01-10", "2022-02-24", "2022-03-01"], "ديسمبر 2021", "يناير 2022"),  # half months
        (["2021-12-20", "2021-12-28", "2022-01-03", "2022-01-09"], "21 ديسمبر 2021", "يناير 2022"),  # days
    ],
)
def test_timeline_across_a_year_names_the_year_where_it_starts_and_changes(dates: list[str], first: str,
                                                                            new_year: str) -> None:
    # matplotlib named the year at January only (يونيو ... ديسمبر, 2022) or in an offset naming the last month
    # (مارس 2022 under December's ticks): the months before the change had no year, or the wrong one
    ax = plot_timeline(pd.DataFrame({"date": dates, EVENT: list("أبجد")}), "date", EVENT)
    ax.figure.canvas.draw()
    ticks = [(t.get_position()[0], t.get_text()) for t in ax.get_xticklabels() if t.get_text()]
    labels = [text for _, text in sorted(ticks)]  # left to right, as time runs
    assert labels[0] == first, labels
    assert new_year in labels, labels
    years = [label for label in labels if label.endswith(("2021", "2022"))]
    assert years == [first, new_year], labels  # once each: where the axis starts, where the year changes
    assert ax.xaxis.get_offset_text().get_text() == ""  # no offset naming one year for ticks of two
    plt.close("all")


def test_timeline_within_one_year_keeps_the_year_in_the_offset() -> None:
    dated = pd.DataFrame({"date": ["2021-03-01", "2021-03-19", "2021-04-13"], EVENT: list("أبج")})
    ax = plot_timeline(dated, "date", EVENT)
    ax.figure.canvas.draw()
    assert not any("2021" in t.get_text() for t in ax.get_xticklabels())
    assert ax.xaxis.get_offset_text().get_text() == "2021"  # the year alone: the ticks span March and April
    plt.close("all")


def _drawn_dates(dates: list[str]) -> tuple[list[str], str]:
    ax = plot_timeline(pd.DataFrame({"date": dates, EVENT: ["حدث"] * len(dates)}), "date", EVENT)
    ax.figure.canvas.draw()
    ticks = sorted((t.get_position()[0], t.get_text()) for t in ax.get_xticklabels() if t.get_text())
    offset = ax.xaxis.get_offset_text().get_text()
    plt.close("all")
    return [text for _, text in ticks], offset


@pytest.mark.parametrize(
    ("dates", "first", "offset"),
    [
        # February's days and a margin's tick at the 1st of March: the offset named March («مارس 2021»)
        (["2021-02-05", "2021-02-06", "2021-02-28"], "5 فبراير", "2021"),
        # late February to the end of March, a tick at the 1st of April: «أبريل 2021», and 22 read as April's
        (["2021-02-20", "2021-03-10", "2021-03-30"], "22 فبراير", "2021"),
        # hours across two days of February: the offset named the last day («02 فبراير 2021»)
        (["2021-02-01 06:00", "2021-02-02 02:00"], None, "فبراير 2021"),
        # every tick in February: the offset names the month, as before
        (["2021-02-03", "2021-02-14", "2021-02-25"], None, "فبراير 2021"),
    ],
)
def test_timeline_date_offset_names_only_what_every_tick_shares(dates: list[str], first: str | None, offset: str) -> None:
    labels, drawn_offset = _drawn_dates(dates)
    assert drawn_offset == offset, (labels, drawn_offset)
    if first is not None:
        assert labels[0] == first, labels  # the first tick, before any month is named on the axis, names its month


def test_timeline_of_one_day_spans_a_week_around_it() -> None:
    # one dated article drew an axis of five years, 2019 ... 2023, the article a dot in the middle
    labels, offset = _drawn_dates(["2021-02-15"])
    assert offset == "فبراير 2021", (labels, offset)
    assert "15" in labels and not any(str(year) in text for text in labels for year in (2019, 2020, 2022, 2023))


MIXED = ["004: الكرملين يحذر", "005: RT عربي ينقل", "000_2f7a: البيت الأبيض"]


def test_a_label_of_a_number_and_arabic_draws_the_number_on_the_right() -> None:
    # notebook 30 names an article "004: <headline>": a headline starting with a Latin word (RT) or an id with
    # Latin letters (000_2f7a) made the line left to right and put the number on the left
    ax = plot_counts(pd.DataFrame({ACTOR: MIXED, N: [3, 2, 1]}), ACTOR, N)
    drawn = drawn_glyphs(ax.figure)
    for label in MIXED:
        glyphs = drawn[rtl(label)]
        head = label.split(":")[0]
        number = [g for g in glyphs if g.char in head]
        arabic = [g for g in glyphs if g.char in ARABIC_LETTERS]
        assert min(g.x for g in number) > max(g.x for g in arabic), label  # read first, on the right
        read = "".join(g.char for g in sorted(number, key=lambda g: g.x))
        assert read == head, (label, read)  # and the id itself left to right, whole
    plt.close("all")


def test_forced_preshaping_puts_the_number_of_a_mixed_label_on_the_right() -> None:
    for label in MIXED:
        head = label.split(":")[0]
        shown = rtl(label, preshape=True)
        assert shown.endswith(head), shown  # visual order: the rightmost characters come last
        assert "\u200f" not in shown and "\u200e" not in shown  # marks are not drawn as glyphs below 3.11
    assert rtl("doc-2") == "doc-2" and rtl("بوتين") == "بوتين"  # no Arabic, or Arabic first: unchanged


@pytest.mark.parametrize("rtl_order", [True, False])
@pytest.mark.parametrize("chart", ["grouped", "counts_vertical"])
def test_vertical_bars_have_their_value_axis_beside_the_first_category(chart: str, rtl_order: bool) -> None:
    # right to left the first cluster stood on the right and the numbers measuring it on the left, past the last
    # one; horizontal bars were already named and measured from the right
    if chart == "grouped":
        ax = plot_grouped(BY_OUTLET, ACTOR, OUTLET, N, rtl_order=rtl_order)
    else:
        ax = plot_counts(ACTORS, ACTOR, N, horizontal=False, rtl_order=rtl_order)
    ax.figure.canvas.draw()
    bars = [p.get_window_extent() for p in ax.patches]
    numbers = [t.get_window_extent() for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    label = ax.yaxis.label.get_window_extent()
    first = max if rtl_order else min  # the first category's side
    assert first(b.x0 for b in bars) == first(bars[0].x0, bars[-1].x0)
    if rtl_order:
        assert numbers and all(n.x0 >= max(b.x1 for b in bars) for n in numbers)
        assert label.x0 >= max(n.x1 for n in numbers)
    else:
        assert numbers and all(n.x1 <= min(b.x0 for b in bars) for n in numbers)
        assert label.x1 <= min(n.x0 for n in numbers)
    if chart == "grouped":  # the legend stands on the other side, past the last cluster
        legend = ax.get_legend().get_window_extent()
        assert (legend.x1 <= min(b.x0 for b in bars)) if rtl_order else (legend.x0 >= max(b.x1 for b in bars))
        assert ax.figure.bbox.contains(legend.x0 + 1, legend.y0 + 1)
    plt.close("all")


URL_LABEL = "قال https://ar.wikipedia.org/wiki/بوتين أمس"  # a web address whose path ends in Arabic


def test_a_web_address_in_an_arabic_label_is_drawn_whole_left_to_right() -> None:
    # the bidi algorithm moved the Arabic end of the path (and the slash before it) to the left of the address
    ax = plot_counts(pd.DataFrame({ACTOR: [URL_LABEL, WORD], N: [2, 1]}), ACTOR, N)
    glyphs = drawn_glyphs(ax.figure)[rtl(URL_LABEL)]
    latin = sorted((g for g in glyphs if g.char.isascii() and g.char.strip()), key=lambda g: g.x)
    assert "".join(g.char for g in latin) == "https://ar.wikipedia.org/wiki/"  # left to right, in one piece
    runs = letters(glyphs)
    path = [(c, x) for c, x, _ in runs if c in "بوتين"]
    assert min(x for _, x in path) > latin[-1].x  # the Arabic end of the path stands at the address's right end
    assert "".join(c for c, _ in sorted(path, key=lambda r: -r[1])) == WORD  # and reads right to left itself
    said, after = [x for c, x, _ in runs if c in "قال"], [x for c, x, _ in runs if c in "أمس"]
    assert min(said) > max(x for _, x in path) and max(after) < latin[0].x  # قال first on the right, أمس last
    plt.close("all")


def test_forced_preshaping_keeps_a_web_address_whole_and_drops_the_isolates() -> None:
    shown = rtl(URL_LABEL, preshape=True)
    assert "https://ar.wikipedia.org/wiki/" + get_display(arabic_reshaper.reshape("بوتين")) in shown
    assert not {"\u2066", "\u2069", "\u200e", "\u200f"} & set(shown)


@pytest.mark.parametrize("name", ["counts", "heatmap", "timeline"])
def test_names_on_the_y_axis_stand_in_the_middle_of_their_rows(name: str) -> None:
    # the Arabic names of a horizontal bar chart stood 5-7 px (100 dpi) below the middle of their bars: matplotlib
    # centres a y tick label on its baseline's middle, and an Arabic line keeps deep room for descenders
    fig = CHARTS[name]().figure
    ax = fig.axes[0]
    fig.set_dpi(100)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    pixels = np.asarray(fig.canvas.buffer_rgba())[:, :, :3].astype(int)
    height = pixels.shape[0]
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    assert labels
    for label, tick in zip(labels, [p for p, t in zip(ax.get_yticks(), ax.get_yticklabels()) if t.get_text()]):
        box = label.get_window_extent(renderer)
        top, bottom = int(height - box.y1) - 4, int(height - box.y0) + 4
        ink = np.where((pixels[top:bottom, int(box.x0):int(box.x1)].sum(axis=2) < 300).any(axis=1))[0]
        ink_middle = top + (ink.min() + ink.max()) / 2
        row_middle = height - ax.transData.transform((0, tick))[1]
        assert abs(ink_middle - row_middle) <= 3, (label.get_text(), ink_middle, row_middle)


def _gridlines_near_an_edge(ax: plt.Axes) -> list[tuple[str, float]]:
    """The value gridlines drawn 0.5-6 px inside the axes' box: a second line beside the axis line, or hugging the top."""
    fig = ax.figure
    fig.canvas.draw()
    box, renderer = ax.get_window_extent(), fig.canvas.get_renderer()
    near = []
    for axis, horizontal in ((ax.xaxis, False), (ax.yaxis, True)):
        for tick in axis.get_major_ticks():
            if not tick.gridline.get_visible():
                continue
            line = tick.gridline.get_window_extent(renderer)
            gap = min(line.y0 - box.y0, box.y1 - line.y0) if horizontal else min(line.x0 - box.x0, box.x1 - line.x0)
            if 0.5 < gap < 6:
                near.append((tick.get_loc(), round(gap, 1)))
    return near


@pytest.mark.parametrize(
    "chart",
    [
        # the margin left the -0.3 tick 1.7 px above the x axis: two lines, the gridline and the axis
        lambda: plot_grouped(pd.DataFrame({ACTOR: ["أ", "ب", "ج", "د"], OUTLET: ["س", "ص", "س", "ص"],
                                           N: [-0.27, -0.17, 0.43, 0.33]}), ACTOR, OUTLET, N),
        # the -10 tick 0.6 px above the axis, the 60 tick 2.8 px under the top
        lambda: plot_counts(pd.DataFrame({ACTOR: list("أبجدهو"), N: [-1.8, 49.7, 4.2, -3.3, 16.2, 53.7]}), ACTOR, N,
                            horizontal=False),
        # the 8 tick 2.8 px under the top of vertical bars, 4.8 px inside the far end of horizontal ones
        lambda: plot_counts(pd.DataFrame({ACTOR: list("أبجد"), N: [1.4, 7.2, 5.3, 3.1]}), ACTOR, N, horizontal=False),
        lambda: plot_counts(pd.DataFrame({ACTOR: list("أبجد"), N: [1.4, 7.2, 5.3, 3.1]}), ACTOR, N),
    ],
)
def test_no_gridline_runs_just_inside_the_axes(chart: Callable[[], plt.Axes]) -> None:
    ax = chart()
    assert _gridlines_near_an_edge(ax) == []
    for values, limits in ((ax.dataLim.intervalx, ax.get_xlim()), (ax.dataLim.intervaly, ax.get_ylim())):
        assert min(limits) <= min(values) and max(values) <= max(limits)  # every bar whole
    plt.close("all")
