"""PyTorch: the page's claims, checked."""

import math

import pytest
import torch

from glossary_examples import _registry, _runner, pytorch  # noqa: F401  (runs the page's examples)
from glossary_examples.micrograd import Value

INPUTS = {"x1": 2.0, "x2": 0.0, "w1": -3.0, "w2": 1.0, "b": 6.8813735870195432}


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


def test_cuda_is_a_device_type_and_tensors_default_to_cpu():
    assert torch.device("cuda").type == "cuda"
    assert torch.tensor(1.0).device.type == "cpu"


def test_both_tabs_print_the_same_lines():
    term = _registry.discover()["pytorch"]
    in_torch = _runner.execute(term, term.regions["example"]).stdout
    in_micrograd = _runner.execute(term, term.regions["micrograd"]).stdout
    assert in_torch == in_micrograd
    assert in_torch.splitlines() == ["o = 0.7071", "x1.grad = -1.5000", "w1.grad = 1.0000",
                                     "x2.grad = 0.5000", "w2.grad = 0.0000"]


def test_open_source_licence_in_the_package_metadata():
    from importlib.metadata import metadata

    licence = metadata("torch").get("License-Expression") or metadata("torch").get("License") or ""
    assert "BSD-3-Clause" in licence
