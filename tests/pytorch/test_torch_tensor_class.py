"""torch.Tensor: the page's claims, checked."""

import numpy as np
import pytest
import torch

from glossary_examples import _registry, _runner, torch_tensor_class  # noqa: F401  (runs the page's examples)


@pytest.mark.parametrize("make", [
    lambda: torch.tensor([1, 2]), lambda: torch.zeros(2, 3), lambda: torch.arange(4),
    lambda: torch.from_numpy(np.ones(2)), lambda: torch.tensor(2.0, requires_grad=True) * 3,
])
def test_every_tensor_is_an_instance_of_the_class(make):
    t = make()
    assert isinstance(t, torch.Tensor) and type(t) is torch.Tensor


def test_methods_and_attributes_belong_to_the_class():
    for name in ("shape", "item", "backward", "requires_grad"):
        assert hasattr(torch.Tensor, name)


def test_legacy_constructor_converts_data_to_the_default_dtype():
    legacy = torch.Tensor([1, 2, 3])
    assert legacy.dtype == torch.float32 == torch.get_default_dtype()
    assert legacy.type() == "torch.FloatTensor"
    assert legacy.tolist() == [1.0, 2.0, 3.0]
    assert torch.tensor([1, 2, 3]).dtype == torch.int64  # the function keeps ints


def test_the_default_dtype_can_be_changed():
    torch.set_default_dtype(torch.float64)
    try:
        assert torch.Tensor([1, 2, 3]).dtype == torch.float64
    finally:
        torch.set_default_dtype(torch.float32)
    assert torch.Tensor([1, 2, 3]).dtype == torch.float32


def test_importing_the_examples_left_the_default_dtype_at_float32():
    assert torch.get_default_dtype() == torch.float32


def test_no_dtype_argument():
    with pytest.raises(TypeError):
        torch.Tensor([1, 2, 3], dtype=torch.int64)


def test_lecture_spelling_gives_float64():
    x = torch.Tensor([2.0]).double()
    assert x.dtype == torch.float64 and x.tolist() == [2.0]


def test_pitfall_integers_are_a_shape_for_the_class_but_a_value_for_the_function():
    wrong = torch.Tensor(3)
    right = torch.tensor(3)
    assert wrong.shape == torch.Size([3]) and wrong.numel() == 3  # three elements, not the number 3
    assert right.shape == torch.Size([]) and right.item() == 3
    assert torch.Tensor(2, 3).shape == torch.Size([2, 3])
    assert torch.Tensor(2, 3).shape == torch.empty(2, 3).shape


def test_pitfall_example_prints_shapes_only():
    term = _registry.discover()["torch_tensor_class"]
    code = term.regions["pitfall"].code
    assert "print(torch.Tensor(3))" not in code  # never print uninitialised memory
    printed = _runner.execute(term, term.regions["pitfall"]).stdout
    assert "torch.Tensor(3) shape: torch.Size([3])" in printed
    assert "tensor([0., 0., 0.])" in printed
