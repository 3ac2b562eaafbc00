"""Draw the README's chart, docs/img/actor_counts.png, from the bundled corpus.

Run from the repository root: ``python docs/make_readme_chart.py``. The
counts are computed, not typed: mentions per actor found by
:func:`q7x2lib.actors.find_mentions` in the five bundled articles.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import q7x2lib  # noqa: E402
from q7x2lib import actor_table, find_mentions  # noqa: E402
from q7x2lib.plots import plot_counts, use_style  # noqa: E402

OUT = Path(__file__).resolve().parent / "img" / "actor_counts.png"


def main() -> None:
    use_style()
    corpus = q7x2lib.load_corpus()
    counts = find_mentions(corpus).actor_id.value_counts().rename("n").reset_index()
    names = actor_table().set_index("actor_id").name_ar
    top = counts.head(10).assign(name_ar=lambda d: d.actor_id.map(names))
    ax = plot_counts(top, "name_ar", "n", title="الإشارات إلى الفاعلين في المقالات الخمس", xlabel="عدد الإشارات (بالاسم أو الصفة)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(OUT, dpi=100, bbox_inches="tight")


if __name__ == "__main__":
    main()
