"""scripts/mutation.py makes real, single, well-placed changes and runs the right tests for them
(running the mutants is the script's job, not this file's)."""

from __future__ import annotations

import ast
import difflib
import importlib.util
import sys
from pathlib import Path

import pytest

from glossary_site import registry

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation.py"


@pytest.fixture(scope="module")
def mutation():
    spec = importlib.util.spec_from_file_location("mutation", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation"] = module  # dataclasses look their module up here
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["mutation"]


def test_every_kind_of_change_is_made_on_one_line_and_compiles(mutation, tmp_path):
    source = '''"""doc"""
ALIASES = ("x",)
x = 1 + 2 * 3 / 4
ok = x < 2 and not x == 3.5
print("label", -x, True)
'''
    path = tmp_path / "mutation_probe.py"
    path.write_text(source, encoding="utf-8")
    found = {m.change: m.source for m in mutation.mutants(path, is_term=True)}
    expected = {"+ -> -", "* -> /", "/ -> *", "< -> <=", "== -> !=", "and -> or", "drop not", "drop -",
                "True -> False", "1 -> 2", "3.5 -> 4.5", "'label' -> 'XX…XX'", "drop `print('label', -x, True)`"}
    assert expected <= set(found), expected - set(found)
    assert not any("doc" in change or "'x'" in change for change in found), "docstring or metadata mutated"
    for change, mutated in found.items():
        ast.parse(mutated)
        diff = [line for line in difflib.ndiff(source.splitlines(), mutated.splitlines()) if line[0] in "+-"]
        assert len(diff) == 2, (change, diff)  # exactly one line replaced


def test_term_mutants_keep_the_docstring_metadata_and_regions_in_place(mutation, make_project):
    project = make_project()
    path = project.path("src/{package}/alpha/mean.py")
    original, term = path.read_text(encoding="utf-8"), registry.parse(path, "alpha")
    found = mutation.mutants(path, is_term=True)
    assert len(found) > 5
    for mutant in found:
        assert mutant.source.count("\n") == original.count("\n"), f"{mutant.change}: line numbers moved"
        changed = [i for i, (a, b) in enumerate(zip(original.splitlines(), mutant.source.splitlines())) if a != b]
        assert changed and changed[0] + 1 == mutant.line, f"{mutant.change} reported at line {mutant.line}"
        path.write_text(mutant.source, encoding="utf-8")
        parsed = registry.parse(path, "alpha")
        assert (parsed.title, parsed.summary, parsed.doctest, parsed.aliases, parsed.see_also, parsed.docs) == \
            (term.title, term.summary, term.doctest, term.aliases, term.see_also, term.docs)
        assert [(r.name, r.first_line) for r in parsed.regions.values()] == \
            [(r.name, r.first_line) for r in term.regions.values()]


def test_terms_and_engine_modules_are_found_with_their_tests(mutation, terms):
    found = mutation.term_files()
    assert found == {slug: term.path for slug, term in terms.items()}  # sections, not support modules
    for path in [found["softmax"], *mutation.engine_files()]:
        tests = mutation.tests_for(path)
        assert tests and all((mutation.ROOT / test).exists() for test in tests), (path, tests)
    assert mutation.tests_for(found["softmax"])[1] == "tests/makemore/test_softmax.py"
    assert {p.name for p in mutation.engine_files()} >= {"registry.py", "runner.py", "plugin.py", "cli.py"}
