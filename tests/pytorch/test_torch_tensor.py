"""torch.tensor(data): the page's claims, checked."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=100, deadline=None, derandomize=True)
ints = st.integers(-(2**62), 2**62)
floats = st.floats(allow_nan=False, width=32)


@FAST
@given(st.lists(ints, min_size=1, max_size=6))
def test_python_ints_give_int64(data):
    assert torch.tensor(data).dtype == torch.int64 and torch.tensor(data).tolist() == data


@FAST
@given(st.lists(floats, min_size=1, max_size=6))
def test_python_floats_give_the_default_float_dtype(data):
    assert torch.tensor(data).dtype == torch.get_default_dtype() == torch.float32


@FAST
@given(st.lists(st.integers(-1000, 1000) | floats, min_size=2, max_size=6).filter(
    lambda xs: any(type(x) is int for x in xs) and any(type(x) is float for x in xs)))
def test_a_list_mixing_ints_and_floats_gives_the_default_float_dtype(data):
    assert torch.tensor(data).dtype == torch.float32


@pytest.mark.parametrize("data", [[1.0], [1, 2.5], [[1, 2], [3.0, 4]], 7.0])
def test_float_data_follows_a_changed_default(data):
    torch.set_default_dtype(torch.float64)
    try:
        assert torch.tensor(data).dtype == torch.float64
    finally:
        torch.set_default_dtype(torch.float32)


def test_bools_give_bool():
    assert torch.tensor([True, False]).dtype == torch.bool and torch.tensor(True).dtype == torch.bool


@pytest.mark.parametrize("np_dtype", [np.float16, np.float32, np.float64, np.int8, np.uint8, np.int16, np.int32,
                                      np.int64, np.bool_, np.complex64])
def test_a_numpy_array_keeps_its_dtype(np_dtype):
    arr = np.zeros(3, dtype=np_dtype)
    assert torch.tensor(arr).numpy().dtype == arr.dtype


@pytest.mark.parametrize("dtype", [torch.float64, torch.int32, torch.float16, torch.bool])
def test_the_dtype_argument_overrides_the_guess(dtype):
    assert torch.tensor([1, 2], dtype=dtype).dtype == dtype


def test_the_example_prints_the_inferred_dtypes(example):
    ran = example("torch_tensor")
    printed = ran.stdout.splitlines()
    assert printed[:4] == [str(torch.tensor(d).dtype) for d in ([1, 2, 3], [1.0, 2.0], [1, 2.5], [True, False])]
    assert printed[:4] == ["torch.int64", "torch.float32", "torch.float32", "torch.bool"]
    assert printed[4] == "tensor([1., 2.], dtype=torch.float64)"
    x = ran.globals["x"]
    assert (x.shape, x.ndim, x.is_leaf, x.requires_grad, x.grad_fn) == (torch.Size([]), 0, True, False, None)


@pytest.mark.parametrize("np_dtype", [np.float64, np.float32, np.int64])
def test_it_always_copies_a_numpy_array_and_from_numpy_shares_it(np_dtype):
    arr = np.array([1, 2, 3], dtype=np_dtype)
    copied, shared = torch.tensor(arr), torch.from_numpy(arr)
    assert copied.data_ptr() != arr.ctypes.data and shared.data_ptr() == arr.ctypes.data
    arr[0] = 99
    assert copied.tolist() == [1, 2, 3] and shared.tolist() == [99, 2, 3]
    shared[1] = -1  # sharing works both ways
    assert arr[1] == -1 and copied[1].item() == 2


def test_it_copies_a_python_list():
    data = [1.0, 2.0]
    t = torch.tensor(data)
    data[0] = 99.0
    assert t.tolist() == [1.0, 2.0]


def test_the_copy_example_shows_the_unchanged_copy_and_the_changed_shared_tensor(example):
    ran = example("torch_tensor", "copy")
    copied, shared, arr = ran.globals["copied"], ran.globals["shared"], ran.globals["arr"]
    assert copied.tolist() == [1.0, 2.0, 3.0] and shared.tolist() == arr.tolist() == [99.0, 2.0, 3.0]
    assert copied.dtype == shared.dtype == torch.float64  # the array's dtype


@pytest.mark.parametrize("data", [3.0, [1.0, 2.0], [[1, 2]], np.ones(2)])
def test_the_result_is_a_leaf_without_history_unless_asked(data):
    t = torch.tensor(data)
    assert (t.is_leaf, t.requires_grad, t.grad_fn) == (True, False, None)
    w = torch.tensor(data, dtype=torch.float32, requires_grad=True)
    assert w.is_leaf and w.requires_grad and w.grad_fn is None


def test_a_number_gives_0_d_and_a_one_element_list_gives_1_d():
    assert torch.tensor(3.0).shape == torch.Size([]) and torch.tensor(3.0).ndim == 0
    assert torch.tensor([3]).shape == torch.Size([1]) and torch.tensor([3]).ndim == 1
