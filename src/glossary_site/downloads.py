"""Each term page as a standalone notebook and script: the copies of its examples, with their outputs.

Made at build time from the same pieces the build executed (helper code once, then each region),
so they run in a Python with only torch, NumPy and matplotlib (plus any `pip install` the page
names) and print what the page shows. Bytes are deterministic: fixed cell ids, sorted keys.
"""

import json

import jupytext
import nbformat

from . import portable
from .registry import Term


def term_notebook(term: Term, copies: dict, results: dict, page_url: str):
    """The notebook of a term page (nbformat v4) from its regions' copies (name -> portable.Copy, as the
    page shows them), outputs as the build recorded them."""
    pip = sorted({package for copy in copies.values() for package in copy.pip})
    intro = [f"# {term.title}", "", term.summary, "",
             f"From the executable deep-learning glossary: <{page_url}>. Runs in any Python with torch, "
             "NumPy and matplotlib" + (f", after `pip install {' '.join(pip)}`." if pip else ".")]
    cells = [nbformat.v4.new_markdown_cell("\n".join(intro))]
    helpers_done = set()
    for name, copy in copies.items():
        for helper in copy.helpers:
            if helper.path not in helpers_done:
                helpers_done.add(helper.path)
                cells.append(nbformat.v4.new_code_cell(helper_cell(helper)))
        cells.append(nbformat.v4.new_markdown_cell(f"## {name.replace('_', ' ').capitalize()}"))
        cell = nbformat.v4.new_code_cell(copy.example.code.rstrip("\n"))
        result = results.get((term.slug, name))
        if result is not None and result.stdout:
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=result.stdout)]
        cells.append(cell)
    return finished(cells)


def helper_cell(helper: portable.Piece) -> str:
    return f"# ---- helper code: {portable._shown(helper.path)} (copied with the example) ----\n{helper.code.rstrip()}"


def finished(cells: list):
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}})
    for number, cell in enumerate(notebook.cells, 1):
        cell.id = f"cell-{number}"
    return notebook


def as_bytes(notebook) -> tuple:
    """(.ipynb, .py) bytes: the notebook as JSON, and as a jupytext percent script without outputs."""
    ipynb = json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    script = jupytext.writes(notebook, fmt="py:percent")
    return ipynb.encode("utf-8"), script.encode("utf-8")
