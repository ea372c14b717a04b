"""Which examples get a Run button, what the others say, and how the build treats the in-browser runtime."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glossary_site import inbrowser, portable, registry

RUNTIME_YML = "      workers: 1\n"


def fake_runtime(folder: Path) -> dict[str, bytes]:
    """Stand-ins for the five files npm's pyodide package ships (their bytes only need to be copied)."""
    files = {name: f"// {name}\n".encode() for name in inbrowser.RUNTIME_FILES}
    files["pyodide-lock.json"] = json.dumps({"info": {"version": "0.0.1", "python": "3.99.0"}}).encode()
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def with_runtime(project, folder: str) -> None:
    project.edit("mkdocs.yml", RUNTIME_YML, RUNTIME_YML + f"      runtime: {folder}\n")


def boxes(page) -> dict[str, object]:
    return {box["data-region"]: box for box in page.select("div.glossary-example")}


def test_a_standard_library_example_runs_in_the_page_and_others_say_why_not(make_project):
    project = make_project()
    files = fake_runtime(project.root / "node_modules/pyodide")
    with_runtime(project, "node_modules/pyodide")
    site = project.build()
    loop, numpy_box = boxes(project.page(site, "beta/dot_product.md"))["loop"], \
        boxes(project.page(site, "beta/dot_product.md"))["example"]
    assert loop["data-run"] == "python" and not loop.select(".glossary-run-note")
    assert numpy_box["data-run"] == "build"
    note = numpy_box.select_one(".glossary-run-note")
    assert [c.get_text() for c in note.select("code")] == ["numpy"]  # names what it needs
    link = note.select_one("a[download]")["href"]
    assert (site / "beta/dot_product" / link).resolve() == (site / "downloads/dot_product.ipynb").resolve()
    assert (site / "downloads/dot_product.ipynb").is_file()
    # helper code that needs NumPy (the region imports it too): every missing package is named once
    mean = boxes(project.page(site, "alpha/mean.md"))["example"]
    assert mean["data-run"] == "build" and [c.get_text() for c in mean.select(".glossary-run-note code")] == ["numpy"]
    copied = {name: (site / inbrowser.SITE_FOLDER / name).read_bytes() for name in inbrowser.RUNTIME_FILES}
    assert copied == files
    assert (site / "assets").is_dir() and not (site / "node_modules").exists()


def test_without_a_runtime_every_example_says_its_output_is_the_builds(built):
    project, site = built  # the fixture project names no runtime
    loop = boxes(project.page(site, "beta/dot_product.md"))["loop"]
    assert loop["data-run"] == "build" and loop.select_one(".glossary-run-note a[download]")
    assert not loop.select(".glossary-run-note code")  # it needs nothing: the site has no runtime
    assert not (site / inbrowser.SITE_FOLDER).exists()


def test_a_runtime_folder_that_is_missing_stops_a_strict_build_naming_the_fix(make_project):
    project = make_project()
    with_runtime(project, "node_modules/pyodide")
    (project.root / "node_modules/pyodide").mkdir(parents=True)
    (project.root / "node_modules/pyodide/pyodide.js").write_text("//")
    error = project.build_error()
    assert "make runtime" in error and "pyodide.asm.wasm" in error


@pytest.mark.parametrize("code, expected", [
    ("import math, random\nprint(math.pi, random.random())\n", []),
    ("from collections import Counter\nimport unicodedata\n", []),
    ("import torch\n", ["torch"]),
    ("import numpy as np\nimport matplotlib.pyplot as plt\n", ["matplotlib", "numpy"]),
    ("from regex import findall\n", ["regex"]),
    ("import threading\nimport subprocess\n", ["subprocess", "threading"]),  # stdlib, but no threads or processes
    ("import sqlite3\nimport tkinter\n", ["sqlite3", "tkinter"]),  # stdlib modules the browser's Python leaves out
    ("from importlib.resources import files\nprint(files('names'))\n", ["names"]),  # reads a package's data
    ("def f():\n    import torch\n    return torch\n", ["torch"]),  # imports inside functions count too
    ("from {package}.alpha import double\nprint(double(2))\n", []),  # helper code: standard library only
])
def test_an_example_runs_in_the_page_only_if_its_copy_needs_nothing_beyond_the_standard_library(
        built, code, expected):
    project, _ = built
    content = registry.discover(project.content)
    copy = portable.copy_of_code(code.replace("{package}", project.package), project.content / "alpha" / "x.py",
                                 content, "test")
    assert inbrowser.needs(copy) == expected
