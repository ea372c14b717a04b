"""import numpy as np: the page's claims, checked."""

import ast
import importlib

import numpy


def test_np_is_the_numpy_module_itself_not_a_copy(example):
    np = example("import_numpy").globals["np"]
    assert np is numpy and np is importlib.import_module("numpy")
    assert np.tanh is numpy.tanh and np.ndarray is numpy.ndarray  # same functions, same classes


def test_the_alias_is_the_module_itself(example):
    shown = example("import_numpy")
    assert shown.stdout.splitlines()[0] == "np is the module numpy"
    assert shown.globals["np"] is numpy and shown.globals["np"].tanh is numpy.tanh


def test_one_operation_doubles_every_element(example):
    printed = example("import_numpy").stdout.splitlines()[1]
    values = [float(v) for v in printed.split("=")[1].strip(" []").split()]
    assert values == [2 * x for x in [1.0, 2.0, 3.0]]  # element by element, as a Python loop would


def test_the_array_holds_numbers_of_one_type(example):
    printed = dict(part.split(": ") for part in example("import_numpy").stdout.splitlines()[2].split(" | "))
    xs = example("import_numpy").globals["xs"]
    assert printed == {"type": type(xs).__name__, "dtype": str(xs.dtype), "shape": str(xs.shape)}
    assert type(xs) is numpy.ndarray


def _numpy_imports(code):
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            yield from ((alias.name, alias.asname) for alias in node.names if alias.name.split(".")[0] == "numpy")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "numpy":
            yield (f"from {node.module}", None)


def test_every_example_in_the_glossary_that_uses_numpy_imports_it_as_np(terms):
    checked = 0
    for term in terms.values():
        for region in term.regions.values():
            for name, asname in _numpy_imports(region.code):
                assert (name, asname) == ("numpy", "np"), f"{term.slug}:{region.name} imports {name} as {asname}"
                checked += 1
    assert checked >= 5  # the rule is about real examples: several regions do use NumPy
