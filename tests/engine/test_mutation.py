"""The mutation runner makes real, single, well-placed changes (running them is `scripts/mutation.py`'s job)."""

from __future__ import annotations

import ast
import difflib
import importlib.util
import sys

import pytest

from conftest import ROOT
from glossary_examples import _registry

spec = importlib.util.spec_from_file_location("mutation", ROOT / "scripts/mutation.py")
mutation = importlib.util.module_from_spec(spec)
sys.modules["mutation"] = mutation  # dataclasses look their module up here
spec.loader.exec_module(mutation)


@pytest.mark.parametrize("slug", sorted(_registry.discover()))
def test_term_mutants_change_one_spot_and_keep_the_regions(slug, tmp_path):
    path = _registry.PACKAGE_DIR / f"{slug}.py"
    original = path.read_text(encoding="utf-8")
    term = _registry.parse(path)
    found = mutation.mutants(path, is_term=True)
    assert found, f"no mutants for {slug}"
    for mutant in found:
        assert mutant.source != original
        assert mutant.source.count("\n") == original.count("\n"), f"{mutant.change}: line numbers moved"
        changed = [i for i, (a, b) in enumerate(zip(original.splitlines(), mutant.source.splitlines())) if a != b]
        assert changed and changed[0] + 1 == mutant.line, f"{mutant.change} reported at line {mutant.line}"
        copy = tmp_path / path.name
        copy.write_text(mutant.source, encoding="utf-8")
        parsed = _registry.parse(copy)  # docstring, metadata and region markers untouched
        assert (parsed.title, parsed.summary, parsed.doctest, parsed.docs) == \
            (term.title, term.summary, term.doctest, term.docs)
        assert list(parsed.regions) == list(term.regions)
        assert [r.first_line for r in parsed.regions.values()] == [r.first_line for r in term.regions.values()]


def test_every_kind_of_change_is_made(tmp_path):
    source = '''"""doc"""
SECTION = "numpy"
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
    assert not any("doc" in change or "numpy" in change for change in found), "docstring or metadata mutated"
    for change, mutated in found.items():
        ast.parse(mutated)
        diff = [line for line in difflib.ndiff(source.splitlines(), mutated.splitlines()) if line[0] in "+-"]
        assert len(diff) == 2, (change, diff)  # exactly one line replaced


def test_mutmut_finds_nothing_to_mutate_in_a_term_module():
    """Why the runner is self-written: mutmut 3 mutates only code inside functions."""
    file_mutation = pytest.importorskip("mutmut.mutation.file_mutation")
    source = (_registry.PACKAGE_DIR / "softmax.py").read_text(encoding="utf-8")
    assert file_mutation.mutate_file_contents("softmax.py", source).mutant_names == []
    assert mutation.mutants(_registry.PACKAGE_DIR / "softmax.py", is_term=True)
