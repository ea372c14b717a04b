"""The engine fails loudly and precisely: bad examples name their term, file and line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MKDOCS_ENV, ROOT, mkdocs_build
from glossary_examples import _registry, _runner

BROKEN_TERM = '''"""broken thing

A broken thing is a term whose example raises.

>>> 1 + 1
2
"""
SECTION = "numpy"
ALIASES = ()
SEE_ALSO = ()
DOCS = ""

# --8<-- [start:example]
x = 1
print("before")
y = x / 0
# --8<-- [end:example]
'''


def test_runner_names_term_region_file_and_line(tmp_path):
    path = tmp_path / "broken_thing.py"
    path.write_text(BROKEN_TERM)
    term = _registry.parse(path)
    with pytest.raises(_runner.ExampleError) as caught:
        _runner.execute(term, term.regions["example"])
    message = str(caught.value)
    assert "term 'broken_thing', region 'example'" in message
    assert f"broken_thing.py:{BROKEN_TERM.splitlines().index('y = x / 0') + 1}" in message
    assert "ZeroDivisionError: division by zero" in message


def test_runner_captures_stdout_and_keeps_examples_apart(tmp_path):
    path = tmp_path / "leaky.py"
    path.write_text(BROKEN_TERM.replace("y = x / 0", "import torch\ntorch.set_default_dtype(torch.float64)"))
    term = _registry.parse(path)
    assert _runner.execute(term, term.regions["example"]).stdout == "before\n"
    import torch
    assert torch.get_default_dtype() == torch.float32, "an example's global change leaked into the next one"


@pytest.fixture
def project_copy(tmp_path, site) -> Path:
    """A throwaway copy of the project whose package shadows the installed one.

    Its builds share the project's example cache, which the session's site build has filled:
    the cache is keyed on content, so only what a test changes runs again.
    """
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "site", ".cache", "node_modules",
                                                              "build", "mutants", ".hypothesis"))
    return copy


def copy_env(project: Path) -> dict:
    return {**MKDOCS_ENV, "PYTHONPATH": str(project / "src"), "GLOSSARY_CACHE_DIR": str(ROOT / ".cache/glossary")}


def test_build_fails_naming_the_broken_example(project_copy, tmp_path):
    module = project_copy / "src/glossary_examples/softmax.py"
    source = module.read_text()
    module.write_text(source.replace("probs = F.softmax(logits, dim=0)\n", "probs = F.softmax(logits, dim=5)\n"))
    line = source.splitlines().index("probs = F.softmax(logits, dim=0)") + 1
    env = copy_env(project_copy)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
                          cwd=project_copy, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode != 0, "a raising example must fail the build"
    assert f"term 'softmax', region 'example': example failed at src/glossary_examples/softmax.py:{line}" in done.stderr
    assert "IndexError: Dimension out of range" in done.stderr
    assert "Traceback" not in done.stderr, "the user gets one clear line, not a traceback wall"


def test_stale_doctest_fails_naming_file_and_line(project_copy):
    module = project_copy / "src/glossary_examples/softmax.py"
    module.write_text(module.read_text().replace(">>> round(p.sum().item(), 6)\n1.0", ">>> round(p.sum().item(), 6)\n2.0"))
    env = {**os.environ, "PYTHONPATH": str(project_copy / "src")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "--doctest-modules", "-p", "no:cacheprovider",
                           str(module)], cwd=project_copy, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1
    assert "softmax.py" in done.stdout and "Expected:\n    2.0\nGot:\n    1.0" in done.stdout


def test_registry_reports_a_missing_part(tmp_path):
    path = tmp_path / "half_done.py"
    path.write_text(BROKEN_TERM.replace('DOCS = ""\n', ""))
    with pytest.raises(_registry.TermError, match=r"half_done.py: missing DOCS"):
        _registry.parse(path)
    path.write_text(BROKEN_TERM.replace("# --8<-- [start:example]", "# --8<-- [start:other]")
                    .replace("[end:example]", "[end:other]"))
    with pytest.raises(_registry.TermError, match="no example region"):
        _registry.parse(path)


def test_unknown_term_gets_suggestions(terms):
    with pytest.raises(LookupError, match="did you mean softmax"):
        _registry.resolve("sofmax", terms)
    assert _registry.resolve("F.SOFTMAX", terms).slug == "softmax"
    if {"torch_tensor", "torch_tensor_class"} <= terms.keys():  # names that differ only in case
        assert _registry.resolve("torch.tensor", terms).slug == "torch_tensor"
        assert _registry.resolve("torch.Tensor", terms).slug == "torch_tensor_class"


SERVE_LIKE = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

def rebuild():  # what `mkdocs serve` does on a change: reload the config, build again, same process
    config = load_config("mkdocs.yml", site_dir=sys.argv[1])
    build(config)
    return {f"{slug}:{region}": r.cached for (slug, region), r in config.plugins["glossary"].results.items()}

first = rebuild()
path = "src/glossary_examples/softmax.py"
text = open(path).read()
open(path, "w").write(text.replace("logits = torch.tensor([2.0, 1.0, 0.1])", "logits = torch.tensor([3.0, 1.0, 0.1])", 1))
second = rebuild()
print(json.dumps([first, second]))
"""


def test_serve_rebuild_shows_the_edit_and_reexecutes_only_what_changed(project_copy, tmp_path):
    env = copy_env(project_copy)
    done = subprocess.run([sys.executable, "-c", SERVE_LIKE, str(tmp_path / "out")], cwd=project_copy,
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    first, second = __import__("json").loads(done.stdout.splitlines()[-1])
    assert second.pop("softmax:example") is False, "the edited region must run again"
    assert all(second.values()), f"only the edited region may re-execute: {second}"
    page = (tmp_path / "out/makemore/softmax/index.html").read_text()
    assert "tensor([0.8401, 0.1137, 0.0462])" in page, "the rebuilt page must show the new output"


def test_cache_key_follows_relative_imports_inside_helper_packages(tmp_path):
    package = tmp_path / "glossary_examples"
    (package / "engine").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "engine" / "__init__.py").write_text("from .core import Value\n")
    (package / "engine" / "core.py").write_text("from . import util\nclass Value: pass\n")
    (package / "engine" / "util.py").write_text("")
    found = _runner.imported_modules("from glossary_examples.engine import Value", package)
    assert {p.relative_to(package).as_posix() for p in found} == \
        {"__init__.py", "engine/__init__.py", "engine/core.py", "engine/util.py"}
