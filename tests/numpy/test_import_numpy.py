"""import numpy as np: the page's claims, checked."""

import importlib
import re

import numpy

from glossary_examples import _registry, _runner, import_numpy


def test_the_alias_is_the_same_module_object():
    assert import_numpy.np is numpy
    assert import_numpy.np is importlib.import_module("numpy")
    assert import_numpy.np.tanh is numpy.tanh


def test_example_prints_the_installed_version_and_an_elementwise_result():
    term = _registry.discover()["import_numpy"]
    printed = _runner.execute(term, term.regions["example"]).stdout.splitlines()
    assert printed[0] == f"NumPy version: {numpy.__version__}"
    assert printed[1] == f"xs * 2 = {numpy.array([2.0, 4.0, 6.0])}"
    assert printed[2] == "type: ndarray | dtype: float64 | shape: (3,)"


def test_one_operation_acts_on_every_element():
    xs = numpy.array([1.0, 2.0, 3.0])
    assert (xs * 2).tolist() == [x * 2 for x in xs.tolist()]


def test_every_glossary_example_that_imports_numpy_does_it_as_np():
    for term in _registry.discover().values():
        for region in term.regions.values():
            imports = re.findall(r"^\s*((?:import|from) numpy\b.*)$", region.code, re.M)
            assert all(line.strip() == "import numpy as np" for line in imports), f"{term.slug}:{region.name}"
