"""Every walkthrough notebook is on the site, executed at build, with its outputs and no error."""

from pathlib import Path

import jupytext
import nbformat
import pytest
from site_html import soup_of

WALKTHROUGHS = sorted((Path(__file__).parents[2] / "docs" / "walkthroughs").glob("*.py"))


@pytest.mark.parametrize("source", WALKTHROUGHS, ids=lambda path: path.stem)
def test_the_executed_notebook_is_on_the_site_with_every_cell_and_output(site, source):
    notebook = jupytext.read(source)
    executed = nbformat.read(str(site / "walkthroughs" / f"{source.stem}.ipynb"), as_version=4)  # the download
    code = [cell for cell in executed.cells if cell.cell_type == "code"]
    page = soup_of(site / "walkthroughs" / source.stem / "index.html")
    article = page.select_one("article")
    assert page.title.get_text().startswith(notebook.cells[0].source.lstrip("# ").splitlines()[0])
    shown = [c.get_text().strip() for c in article.select("div.highlight > pre > code")]
    assert [c.source.strip() for c in code] == shown[: len(code)], "a code cell is missing or changed"
    mine = [c.source for c in notebook.cells if c.cell_type == "code"]
    assert [c.source for c in code if not c.source.startswith("# ---- helper code")][-1] == mine[-1].strip()
    assert article.select(".jp-OutputArea-output"), "no cell output on the page: was it executed?"
    assert "Traceback" not in article.get_text()
