"""PyTorch: the page's claims, checked."""

import math

import pytest
import torch

from glossary_examples.micrograd import Value
from micrograd_lecture import NEURON as INPUTS


def _torch_neuron():
    t = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in INPUTS.items()}
    o = torch.tanh(t["x1"] * t["w1"] + t["x2"] * t["w2"] + t["b"])
    o.backward()
    return o.item(), {k: v.grad.item() for k, v in t.items()}


def test_torch_neuron_matches_the_closed_form():
    o, grads = _torch_neuron()
    n = INPUTS["x1"] * INPUTS["w1"] + INPUTS["x2"] * INPUTS["w2"] + INPUTS["b"]
    assert o == pytest.approx(math.tanh(n), abs=1e-15) and o == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    dn = 1 - math.tanh(n) ** 2  # do/dn
    expected = {"x1": dn * INPUTS["w1"], "w1": dn * INPUTS["x1"], "x2": dn * INPUTS["w2"],
                "w2": dn * INPUTS["x2"], "b": dn}
    assert grads == pytest.approx(expected, abs=1e-12)


def test_torch_and_micrograd_agree():
    v = {k: Value(x) for k, x in INPUTS.items()}
    o = (v["x1"] * v["w1"] + v["x2"] * v["w2"] + v["b"]).tanh()
    o.backward()
    torch_o, torch_grads = _torch_neuron()
    assert o.data == pytest.approx(torch_o, abs=1e-12)
    assert {k: x.grad for k, x in v.items()} == pytest.approx(torch_grads, abs=1e-12)


def test_float64_tensors_hold_python_floats_exactly():
    assert torch.tensor(INPUTS["b"], dtype=torch.float64).item() == INPUTS["b"]
    assert torch.tensor(INPUTS["b"]).item() != INPUTS["b"]  # float32 would round it


def test_one_operation_handles_a_whole_array():
    xs = torch.linspace(-2, 2, 101, dtype=torch.float64)
    assert torch.allclose(torch.tanh(xs), torch.tensor([math.tanh(x) for x in xs.tolist()], dtype=torch.float64))


def test_both_tabs_print_the_same_lines_and_they_are_the_closed_form(example):
    in_torch = example("pytorch").stdout
    in_micrograd = example("pytorch", "micrograd").stdout
    assert in_torch == in_micrograd
    o, grads = _torch_neuron()
    printed = {line.split(" = ")[0]: float(line.split(" = ")[1]) for line in in_torch.splitlines()}
    assert printed == pytest.approx({"o": o, **{f"{k}.grad": grads[k] for k in ("x1", "w1", "x2", "w2")}}, abs=5e-5)


def test_open_source_licence_in_the_package_metadata():
    from importlib.metadata import metadata

    licence = metadata("torch").get("License-Expression") or metadata("torch").get("License") or ""
    assert "BSD-3-Clause" in licence
