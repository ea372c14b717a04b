"""Walkthrough notebooks: executed at build, cached by what they import, failing loudly."""

import nbformat
import pytest

from glossary_site import notebooks as _notebooks
from glossary_site import registry as _registry

NOTEBOOK = """# %% [markdown]
# # A tiny walkthrough

# %%
x = 21
print(x * 2)

# %%
y = x / {divisor}
"""


def test_a_failing_cell_names_file_cell_and_line(tmp_path):
    path = tmp_path / "broken.py"
    path.write_text(NOTEBOOK.format(divisor=0))
    with pytest.raises(_notebooks.NotebookError) as caught:
        _notebooks.prepare(path, "walkthroughs/broken.py", tmp_path / "cache", tmp_path,
                           content=_registry.Content(tmp_path / "glossary_examples", {}, {}))
    message = str(caught.value)
    assert f"walkthrough broken.py: cell 3 failed at {path}:" in message
    assert f":{NOTEBOOK.splitlines().index('y = x / {divisor}') + 1}: ZeroDivisionError" in message


def test_executed_once_then_served_from_the_cache(tmp_path):
    path = tmp_path / "fine.py"
    path.write_text(NOTEBOOK.format(divisor=3))
    folder, _, cached = _notebooks.prepare(path, "walkthroughs/fine.py", tmp_path / "cache", tmp_path,
                                            content=_registry.Content(tmp_path / "glossary_examples", {}, {}))
    assert not cached
    executed = nbformat.read(folder / "walkthroughs/fine.ipynb", as_version=4)
    assert executed.cells[1].outputs[0]["text"] == "42\n"
    again, _, cached = _notebooks.prepare(path, "walkthroughs/fine.py", tmp_path / "cache", tmp_path,
                                            content=_registry.Content(tmp_path / "glossary_examples", {}, {}))
    assert cached and again == folder


def test_cache_key_follows_imported_glossary_modules(tmp_path):
    package = tmp_path / "glossary_examples"
    (package / "helpers").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "helpers" / "__init__.py").write_text("")
    (package / "helpers" / "data.py").write_text("WORDS = ['emma']\n")
    source = "# %%\nfrom glossary_examples.helpers.data import WORDS\nprint(WORDS)\n"
    before = _notebooks.cache_key(source, True, package)
    assert _notebooks.cache_key(source, True, package) == before, "the key must be stable"
    (package / "helpers" / "data.py").write_text("WORDS = ['olivia']\n")
    assert _notebooks.cache_key(source, True, package) != before, "editing an imported module must re-execute"
    assert _notebooks.cache_key(source, False, package) != _notebooks.cache_key(source, True, package)
