"""torch.tensor(data): the page's claims, checked."""

import numpy as np
import pytest
import torch

from glossary_examples import _registry, _runner, torch_tensor  # noqa: F401  (runs the page's examples)


@pytest.mark.parametrize("data, dtype", [
    ([1, 2, 3], torch.int64),
    (7, torch.int64),
    ([1.0, 2.0], torch.float32),
    ([1, 2.5], torch.float32),
    ([[1, 2], [3.0, 4]], torch.float32),
    ([True, False], torch.bool),
])
def test_dtype_is_inferred_from_python_data(data, dtype):
    assert torch.tensor(data).dtype == dtype


def test_floats_follow_the_default_dtype():
    assert torch.tensor([1.0]).dtype == torch.get_default_dtype() == torch.float32
    torch.set_default_dtype(torch.float64)
    try:
        assert torch.tensor([1.0]).dtype == torch.float64
        assert torch.tensor([1, 2.5]).dtype == torch.float64
    finally:
        torch.set_default_dtype(torch.float32)


@pytest.mark.parametrize("np_dtype, torch_dtype", [
    (np.float64, torch.float64), (np.float32, torch.float32), (np.int32, torch.int32), (np.int64, torch.int64),
])
def test_numpy_arrays_keep_their_dtype(np_dtype, torch_dtype):
    assert torch.tensor(np.array([1, 2], dtype=np_dtype)).dtype == torch_dtype


def test_dtype_argument_overrides_the_guess():
    t = torch.tensor([1, 2], dtype=torch.float64)
    assert t.dtype == torch.float64 and t.tolist() == [1.0, 2.0]


def test_it_copies_a_numpy_array_but_from_numpy_shares_memory():
    arr = np.array([1.0, 2.0, 3.0])
    copied, shared = torch.tensor(arr), torch.from_numpy(arr)
    assert copied.data_ptr() != arr.ctypes.data and shared.data_ptr() == arr.ctypes.data
    arr[0] = 99.0
    assert copied.tolist() == [1.0, 2.0, 3.0]
    assert shared.tolist() == [99.0, 2.0, 3.0]
    shared[1] = -1.0  # sharing works both ways
    assert arr[1] == -1.0 and copied[1].item() == 2.0


def test_it_copies_a_python_list():
    data = [1.0, 2.0]
    t = torch.tensor(data)
    data[0] = 99.0
    assert t.tolist() == [1.0, 2.0]


def test_result_is_a_leaf_without_history_unless_asked():
    x = torch.tensor(3.0)
    assert (x.is_leaf, x.requires_grad, x.grad_fn) == (True, False, None)
    w = torch.tensor(3.0, requires_grad=True)
    assert w.is_leaf and w.requires_grad and w.grad_fn is None


def test_a_number_gives_0d_and_a_one_element_list_gives_1d():
    assert torch.tensor(3.0).shape == torch.Size([]) and torch.tensor(3.0).ndim == 0
    assert torch.tensor([3.0]).shape == torch.Size([1]) and torch.tensor([3.0]).ndim == 1


def test_copy_example_prints_the_unchanged_copy_and_the_changed_view():
    term = _registry.discover()["torch_tensor"]
    printed = _runner.execute(term, term.regions["copy"]).stdout.splitlines()
    assert printed[0].endswith("tensor([1., 2., 3.], dtype=torch.float64)")
    assert printed[1].endswith("tensor([99.,  2.,  3.], dtype=torch.float64)")
