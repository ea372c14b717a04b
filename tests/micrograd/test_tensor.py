"""tensor: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch

from glossary_examples.micrograd import Value


@pytest.mark.parametrize("t, ndim", [
    (torch.tensor(3.5), 0), (torch.tensor([1.0, 2.0, 3.0]), 1), (torch.zeros(2, 3), 2),
    (torch.arange(24).reshape(2, 3, 4), 3), (torch.zeros(1, 2, 1, 2), 4),
])
def test_ndim_is_the_length_of_the_shape_and_numel_its_product(t, ndim):
    assert t.ndim == len(t.shape) == ndim
    assert t.numel() == math.prod(t.shape)


def test_a_matrix_shape_is_rows_then_columns():
    m = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
    assert m.shape == (4, 3) and m[0].tolist() == [1, 2, 3]


def test_one_dtype_for_every_element():
    mixed = torch.tensor([1, 2.5])
    assert mixed.dtype == torch.float32 and mixed.tolist() == [1.0, 2.5]
    assert all(isinstance(v, float) for v in mixed.tolist())


def test_one_operation_acts_on_every_element_like_many_micrograd_values():
    vector = torch.tensor([1.0, 2.0, 3.0])
    values = [Value(x) for x in [1.0, 2.0, 3.0]]
    assert (vector * 10).tolist() == [(v * 10).data for v in values]
    assert torch.allclose(vector.tanh(), torch.tensor([v.tanh().data for v in values]))


def test_a_tensor_is_a_torch_tensor_and_numpy_has_the_ndarray():
    assert isinstance(torch.zeros(2), torch.Tensor)
    assert isinstance(torch.zeros(2).numpy(), np.ndarray) and not hasattr(np.zeros(2), "grad")


def test_example_prints_what_the_tensors_are(example):
    run = example("tensor")
    lines = run.stdout.splitlines()
    for line, name in zip(lines[:4], ("scalar", "vector", "matrix", "cube")):
        t = run.globals[name]
        assert line == f"{name:6}  ndim={t.ndim}  shape={tuple(t.shape)}  dtype={t.dtype}  device={t.device}"
    assert [run.globals[k].ndim for k in ("scalar", "vector", "matrix", "cube")] == [0, 1, 2, 3]
    assert lines[4] == f"cube[1, 2, 3] = {1 * 12 + 2 * 4 + 3}"
