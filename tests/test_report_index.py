"""The landing page collects what each notebook tagged as a finding, and nothing else."""

from __future__ import annotations

import nbformat

from q7x2lib.report_index import collect_findings


def test_only_cells_tagged_as_findings_reach_the_landing_page() -> None:
    nb = nbformat.v4.new_notebook()
    tagged = nbformat.v4.new_code_cell("print('top actor: بوتين')", metadata={"tags": ["q7x2-finding"]})
    tagged.outputs = [nbformat.v4.new_output("stream", name="stdout", text="top actor: بوتين\n")]
    other = nbformat.v4.new_code_cell("print('secret')")
    other.outputs = [nbformat.v4.new_output("stream", name="stdout", text="secret\n")]
    nb.cells = [tagged, other]
    found = collect_findings(nb)
    texts = " ".join(content for _, content in found.items)
    assert "بوتين" in texts and "secret" not in texts
