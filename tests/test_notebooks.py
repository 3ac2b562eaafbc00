"""The committed notebooks: stored outputs still true, house conventions kept.

nbval (``make test``) re-runs the notebooks and compares text outputs; these
checks are the cheap half that needs no kernel: a notebook edited without
``make nb-update`` fails here, with the fix in the message.
"""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from q7x2lib import config
from q7x2lib.report import METADATA_KEY, numbered_notebooks, source_sha256

NOTEBOOKS = numbered_notebooks()
RERUN = "run `make nb-update` and commit the notebook"


def _code(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code" and c.source.strip()]


def _output_texts(nb):
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                yield out.get("text", "")
            for key, value in out.get("data", {}).items():
                if key.startswith("text/"):
                    yield value if isinstance(value, str) else "".join(value)


@pytest.fixture(params=NOTEBOOKS, ids=lambda p: p.name)
def notebook(request):
    return nbformat.read(request.param, as_version=4)


def test_there_are_numbered_notebooks() -> None:
    assert NOTEBOOKS, f"no notebooks named NN-*.ipynb in {config.NOTEBOOK_DIR.name}/"


def test_every_code_cell_ran_once_in_order(notebook) -> None:
    counts = [c.execution_count for c in notebook.cells if c.cell_type == "code" and c.source.strip()]
    assert counts == list(range(1, len(counts) + 1)), f"cells not run top to bottom in one session; {RERUN}"


def test_stored_outputs_belong_to_the_current_code(notebook) -> None:
    recorded = notebook.metadata.get(METADATA_KEY, {}).get("source_sha256")
    assert recorded is not None, f"not executed by `make nb-update` (no source hash); {RERUN}"
    assert recorded == source_sha256(notebook), f"code changed since the outputs were stored; {RERUN}"


def test_no_stored_errors(notebook) -> None:
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"stored error output: {errors[0].get('ename')}: {errors[0].get('evalue')}"


def test_stored_outputs_hold_no_machine_paths(notebook) -> None:
    root = str(config.PROJECT_ROOT)
    leaked = [t for t in _output_texts(notebook) if root in t]
    assert not leaked, f"an output shows a path of this machine: {leaked[0][:200]!r}"


def test_opens_with_an_h1(notebook) -> None:
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "first cell must be markdown starting with '# '"


def test_first_code_cell_is_the_corpus_parameter(notebook) -> None:
    first_code = next(c for c in notebook.cells if c.cell_type == "code")
    assert "parameters" in first_code.metadata.get("tags", []), "first code cell must be tagged `parameters`"
    assert re.search(r"^corpus_path\s*=\s*None\b", first_code.source, re.M), "parameters cell must set corpus_path = None"


def test_parameters_cell_maps_columns_and_the_load_uses_them(notebook) -> None:
    """A user who sets the parameters by hand in JupyterLab can map a newspaper column onto outlet."""
    first_code = next(c for c in notebook.cells if c.cell_type == "code")
    assigned = {t.id: n.value for n in ast.parse(first_code.source).body if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)}
    assert "columns" in assigned, "parameters cell must set columns (a tabular corpus's columns to read as outlet/title/published)"
    assert ast.literal_eval(assigned["columns"]) in ({}, None), "columns must default to {} (no renaming)"
    calls = [m.group(1) for src in _code(notebook) for m in re.finditer(r"load_corpus\(([^)]*)\)", src)]
    assert calls and all(re.search(r"\bcolumns=columns\b", c) for c in calls), "load_corpus must take columns=columns"


def test_loads_the_corpus_once_from_the_parameter(notebook) -> None:
    calls = [m for src in _code(notebook) for m in re.finditer(r"load_corpus\(([^)]*)\)", src)]
    assert len(calls) == 1, f"expected exactly one load_corpus( call, found {len(calls)}"
    assert calls[0].group(1).split(",")[0].strip() == "corpus_path", "load_corpus must take corpus_path"


def test_no_reshaping_and_no_path_hacks(notebook) -> None:
    code = "\n".join(_code(notebook))
    assert not re.search(r"^\s*(import|from)\s+(arabic_reshaper|bidi)\b", code, re.M), (
        "reshape/reorder Arabic in q7x2lib.rtl, not in a notebook"
    )
    assert "sys.path" not in code, "no sys.path changes: the project is installed with `make install`"


SANITIZE_EXAMPLES = [
    ("<Axes: > at 0x7f3a2c1d4e50>", "<Axes: > at 0xADDRESS>"),
    ("U+0621 is 0x0621", "U+0621 is 0x0621"),
    ("Wall time: 1.32 s", "Wall time: TIME"),
    ("mentions: 100%|██████████| 5/5 [00:01<00:00,  4.20doc/s]", "mentions: 100%|██████████| 5/5 [TIME]"),
    (
        "/home/ana/src/q7x2/q7x2lib/corpus.py:80: Q7x2Warning: a.txt: not UTF-8",
        "PROJECT/q7x2lib/corpus.py:80: Q7x2Warning: a.txt: not UTF-8",
    ),
    (
        r"C:\Users\ana\q7x2\notebooks\00-corpus-overview.ipynb",
        r"PROJECT/notebooks\00-corpus-overview.ipynb",
    ),
    (
        "/opt/venv/lib/python3.11/site-packages/pandas/core/frame.py:1: FutureWarning",
        "SITE-PACKAGES/pandas/core/frame.py:1: FutureWarning",
    ),
    ("قال بوتين إن 5 s من data/raw", "قال بوتين إن 5 s من data/raw"),
]


@pytest.mark.parametrize(("raw", "expected"), SANITIZE_EXAMPLES)
def test_nbval_sanitizer_hides_only_what_varies(raw: str, expected: str) -> None:
    from nbval.plugin import get_sanitize_patterns

    patterns = get_sanitize_patterns((config.PROJECT_ROOT / "tests" / "nbval_sanitize.cfg").read_text(encoding="utf-8"))
    assert len(patterns) == 5
    for regex, replace in patterns:
        raw = re.sub(regex, replace, raw)
    assert raw == expected


def test_tables_take_their_direction_from_the_one_rule(notebook) -> None:
    # show_table decides right to left or left to right by the table's text (display.reads_right_to_left); a
    # notebook that passes rtl= makes two tables of one shape read two ways (notebook 30's speaker tables did)
    for source in _code(notebook):
        assert not re.search(r"\brtl\s*=", source), f"a table given its direction by hand: {source[:120]!r}"


#: DataFrame methods whose result, as a cell's last expression, the notebook shows as a plain frame
_FRAME_METHODS = {"assign", "describe", "head", "pivot", "pivot_table", "query", "rename", "reset_index", "round",
                  "set_index", "sort_values", "tail", "to_frame", "value_counts"}


def _shown_plainly(source: str) -> str | None:
    """The last expression of a cell when the notebook would show it as a plain DataFrame, else None."""
    tree = ast.parse(source)
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        return None
    value = tree.body[-1].value
    if isinstance(value, ast.IfExp):  # show_table(...) if corpus_path is None else None
        value = value.body
    frame_like = isinstance(value, (ast.Name, ast.Subscript, ast.Attribute)) or (  # by_outlet, counts, df.loc[...]
        isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _FRAME_METHODS)
    return ast.unparse(value) if frame_like else None


def test_tables_go_through_show_table(notebook) -> None:
    # a plain DataFrame (notebook 20's counts, notebook 30's voices by outlet) has row numbers, NaN for a missing
    # value, its own direction and no CSV beside the report; rtl_table had the last three
    for source in _code(notebook):
        assert "rtl_table(" not in source, f"a table shown with rtl_table, not show_table: {source[:120]!r}"
        plain = _shown_plainly(source)
        assert plain is None, f"a cell ends in {plain[:80]!r}, shown as a plain DataFrame: pass it to show_table"
        # display() shows a frame as plainly as a last expression does (notebook 10's grouping settings and scores)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "display":
                shown = node.args[0] if node.args else None
                assert isinstance(shown, ast.Call) and getattr(shown.func, "id", None) == "show_table", (
                    f"display({ast.unparse(shown)[:80] if shown else ''}) shows a plain DataFrame: pass it to show_table")
