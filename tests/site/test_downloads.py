"""Each term page and walkthrough downloads as a notebook and a script that run where the learner is."""

import json
import subprocess
import sys

import jupytext
import nbformat
import pytest
from site_html import has_class, tree_of

from glossary_site import portable, runner
from glossary_site.testing import shared_dir

# A learner's Python: torch, NumPy and matplotlib, but not this project (the import raises ImportError).
BARE = "import sys, runpy; sys.modules['glossary_examples'] = None; runpy.run_path(sys.argv[1], run_name='__main__')"


def test_every_term_page_links_its_notebook_and_script(site, terms):
    for term in terms.values():
        page = site / term.section / term.slug / "index.html"
        links = set(tree_of(page).xpath(f"//*[{has_class('glossary-provenance')}]//a[@download]/@href"))
        assert links == {f"../../downloads/{term.slug}.ipynb", f"../../downloads/{term.slug}.py"}, term.slug
        assert all((page.parent / link).resolve().is_file() for link in links), term.slug


def test_a_term_notebook_holds_the_copies_and_the_outputs_of_the_page(site, content):
    """Code cells are the helper code once, then each region's copy; outputs are what the build printed."""
    for term in content.terms.values():
        notebook = nbformat.reads((site / "downloads" / f"{term.slug}.ipynb").read_text(encoding="utf-8"), 4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        expected, outputs, helpers = [], [], []
        for region in term.regions.values():
            copy = portable.copy_of(term, region, content)
            new = [h for h in copy.helpers if h.path not in helpers]
            helpers += [h.path for h in new]
            expected += [h.code.rstrip() for h in new] + [copy.example.code.rstrip("\n")]
            outputs += [""] * len(new) + [runner.cached(term, region, shared_dir() / "cache", content.root).stdout]
        assert [c.source.split("\n", 1)[-1] if c.source.startswith("# ---- helper") else c.source for c in code] \
            == expected, term.slug
        assert ["".join(o.get("text", "") for o in c.outputs) for c in code] == outputs, term.slug
        script = (site / "downloads" / f"{term.slug}.py").read_text(encoding="utf-8")
        assert [c.source for c in jupytext.reads(script, fmt="py:percent").cells if c.cell_type == "code"] \
            == [c.source for c in code], f"{term.slug}: the script is not the notebook"


def _first_of_each_section(content) -> list:
    firsts = {}
    for term in sorted(content.terms.values(), key=lambda t: t.slug):
        firsts.setdefault(term.section, term)
    return list(firsts.values())


def test_the_script_of_one_page_per_section_prints_the_page_in_a_bare_python(site, content):
    running = {term.slug: subprocess.Popen([sys.executable, "-c", BARE, str(site / "downloads" / f"{term.slug}.py")],
                                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                           env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"})
               for term in _first_of_each_section(content)}  # all at once: each mostly imports torch
    for slug, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{slug}: {stderr}"
        notebook = json.loads((site / "downloads" / f"{slug}.ipynb").read_text(encoding="utf-8"))
        shown = "".join("".join(o.get("text", "")) for c in notebook["cells"] for o in c.get("outputs", []))
        assert stdout == shown, slug


@pytest.mark.parametrize("name", ["micrograd_from_scratch"])
def test_a_walkthrough_script_prints_its_notebook_outputs_in_a_bare_python(site, name):
    notebook = nbformat.read(str(site / "walkthroughs" / f"{name}.ipynb"), as_version=4)
    assert any(c.source.startswith("# ---- helper code") for c in notebook.cells), "helper code is not carried"
    done = subprocess.run([sys.executable, "-c", BARE, str(site / "walkthroughs" / f"{name}.py")],
                          capture_output=True, text=True, timeout=300, env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    printed = [o["text"] for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "stream"]
    assert done.stdout == "".join(printed)
