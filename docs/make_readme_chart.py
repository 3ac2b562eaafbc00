"""Draw the README's example chart, docs/img/actor_counts.png, through q7x2lib.plots.

Run from the repository root: ``python docs/make_readme_chart.py``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from q7x2lib.plots import plot_counts, use_style  # noqa: E402

OUT = Path(__file__).resolve().parent / "img" / "actor_counts.png"


def main() -> None:
    use_style()
    mentions = pd.DataFrame(
        {
            "الفاعل": ["بوتين", "بايدن", "الكرملين", "البيت الأبيض", "بيسكوف"],
            "الإشارات": [42, 35, 20, 18, 7],
        }
    )
    ax = plot_counts(mentions, "الفاعل", "الإشارات", title="الإشارات إلى الفاعلين في الأخبار", xlabel="عدد الإشارات")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(OUT, dpi=100, metadata={"Software": None})


if __name__ == "__main__":
    main()
