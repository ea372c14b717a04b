"""torch.Tensor: the page's claims, checked."""

import numpy as np
import pytest
import torch


@pytest.mark.parametrize("make", [
    lambda: torch.tensor([1, 2]), lambda: torch.zeros(2, 3), lambda: torch.arange(4), lambda: torch.ones(2).double(),
    lambda: torch.from_numpy(np.ones(2)), lambda: torch.tensor(2.0, requires_grad=True) * 3,
    lambda: torch.nn.Parameter(torch.ones(2)),
])
def test_every_tensor_however_made_is_a_torch_tensor(make):
    assert isinstance(make(), torch.Tensor)


def test_the_methods_the_page_names_are_documented_on_the_class():
    for name in ("shape", "item", "backward", "requires_grad"):
        assert hasattr(torch.Tensor, name) and getattr(torch.Tensor, name).__doc__


def test_the_example_legacy_constructor_converts_ints_to_the_default_dtype(example):
    ran = example("torch_tensor_class")
    legacy = ran.globals["legacy"]
    assert legacy.dtype == torch.float32 and legacy.tolist() == [1.0, 2.0, 3.0] and legacy.type() == "torch.FloatTensor"
    printed = ran.stdout.splitlines()
    assert printed[0] == "an instance of torch.Tensor: True"
    assert printed[1] == "tensor([1., 2., 3.]) torch.float32 torch.FloatTensor"
    assert torch.tensor([1, 2, 3]).dtype == torch.int64  # the function keeps ints


def test_the_example_the_lectures_spelling_gives_float64_and_a_changed_default_follows(example):
    printed = example("torch_tensor_class").stdout.splitlines()
    assert printed[2] == "lecture style: torch.float64"
    assert printed[3] == "with default float64: torch.float64"
    assert torch.get_default_dtype() == torch.float32  # the example put the default back


@pytest.mark.parametrize("default", [torch.float64, torch.float16, torch.float32])
def test_the_legacy_constructor_follows_the_default_dtype(default):
    torch.set_default_dtype(default)
    try:
        assert torch.Tensor([1, 2, 3]).dtype == default
    finally:
        torch.set_default_dtype(torch.float32)


def test_it_accepts_no_dtype_argument(example):
    with pytest.raises(TypeError):
        torch.Tensor([1, 2, 3], dtype=torch.int64)
    assert example("torch_tensor_class").stdout.splitlines()[4] == "torch.Tensor(..., dtype=...) raises TypeError"


@pytest.mark.parametrize("shape", [(3,), (2, 3), (1, 4, 2)])
def test_pitfall_integers_are_a_shape_for_the_class(shape):
    made = torch.Tensor(*shape)
    assert made.shape == shape and made.numel() == np.prod(shape) and made.dtype == torch.float32
    assert torch.tensor(shape[0]).shape == () and torch.tensor(shape[0]).item() == shape[0]  # the function: a number


def test_pitfall_example_prints_shapes_never_the_uninitialised_values(example):
    ran = example("torch_tensor_class", "pitfall")
    printed = ran.stdout.splitlines()
    assert printed[0] == "torch.tensor(3): tensor(3) torch.Size([])"
    assert printed[1:3] == ["torch.Tensor(3) shape: torch.Size([3])", "torch.Tensor(2, 3) shape: torch.Size([2, 3])"]
    assert printed[3] == f"for a shape, say what goes in it: {torch.zeros(3)}"
