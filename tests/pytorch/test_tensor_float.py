""".float(): the page's claims, checked."""

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=200, deadline=None, derandomize=True)
OTHER_DTYPES = [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float16, torch.bfloat16,
                torch.float64, torch.bool]


@pytest.mark.parametrize("dtype", OTHER_DTYPES)
def test_another_dtype_gives_a_new_float32_tensor_and_leaves_the_original(dtype):
    t = torch.tensor([[0, 3, 1], [2, 0, 2]]).to(dtype)
    before = t.clone()
    f = t.float()
    assert f.dtype == torch.float32 and f is not t and f.data_ptr() != t.data_ptr()  # new memory
    assert t.dtype == dtype and torch.equal(t, before)
    assert torch.equal(f, t.to(torch.float32))  # exactly like .to(torch.float32)


def test_already_float32_returns_the_same_object_like_to_does():
    p = torch.tensor([1.0, 2.0])
    assert p.float() is p and p.to(torch.float32) is p


def test_the_same_object_example_edits_alias_and_the_clone_does_not(example):
    ran = example("tensor_float", "same_object")
    P, Q, R = ran.globals["P"], ran.globals["Q"], ran.globals["R"]
    assert Q is P and R is not P and R.data_ptr() != P.data_ptr()
    assert P.tolist() == [100.0, 2.0] and R[0].item() == -1.0  # Q's edit reached P, R's did not
    printed = ran.stdout.splitlines()
    assert printed[0] == "P.float() is P: True"
    assert printed[1].split(": ")[1] == printed[2].split(": ")[1] == "tensor([100.,   2.])"
    assert printed[3] == "float64 -> float32: torch.float32"


NORMAL_32 = (torch.finfo(torch.float32).tiny, torch.finfo(torch.float32).max)  # about 1.2e-38 and 3.4e38


@FAST
@given(st.floats(*NORMAL_32) | st.floats(-NORMAL_32[1], -NORMAL_32[0]))
def test_float64_to_float32_keeps_about_7_significant_digits_in_float32s_range(x):
    back = torch.tensor(x, dtype=torch.float64).float().double().item()
    assert back == pytest.approx(x, rel=2**-24)  # relative error at most half of float32's epsilon: ~7 digits


@pytest.mark.parametrize("x, fewer", [(1e-40, True), (1e-45, True), (1e-39, True), (2e-38, False)])
def test_tiny_values_keep_fewer_digits(x, fewer):
    back = torch.tensor(x, dtype=torch.float64).float().double().item()
    assert (abs(back - x) > 2**-24 * x) == fewer


def test_a_value_beyond_float32s_largest_becomes_inf():
    assert torch.tensor(1e39, dtype=torch.float64).float().item() == float("inf")
    assert torch.tensor(3.4e38, dtype=torch.float64).float().item() < float("inf")


@FAST
@given(st.floats(float(torch.finfo(torch.float32).max), 2.0**128, exclude_max=True))
def test_inf_begins_half_a_step_past_the_largest_float32(x):
    largest = torch.finfo(torch.float32).max
    converted = torch.tensor(x, dtype=torch.float64).float().item()
    assert converted == (float("inf") if x >= 2.0**128 - 2.0**103 else largest)
    assert torch.tensor(2.0**128 - 2.0**103, dtype=torch.float64).float().item() == float("inf")
    assert torch.tensor(np.nextafter(2.0**128 - 2.0**103, 0), dtype=torch.float64).float().item() == largest


def test_float64_to_float32_loses_the_digits_beyond_that():
    assert torch.tensor(0.1, dtype=torch.float64).float().double().item() == float(np.float32(0.1)) != 0.1


@FAST
@given(st.integers(-(2**24), 2**24), st.sampled_from([torch.int32, torch.int64]))
def test_every_whole_number_up_to_2_to_the_24_converts_exactly(n, dtype):
    assert int(torch.tensor(n, dtype=dtype).float().item()) == n


def test_2_to_the_24_plus_1_is_the_first_that_does_not():
    assert torch.tensor(2**24 + 1).float().long().item() == 2**24  # rounded to a neighbour


def test_the_example_normalises_a_float_copy_and_the_int32_counts_stay(example):
    ran = example("tensor_float")
    N, P = ran.globals["N"], ran.globals["P"]
    assert N.dtype == torch.int32 and N.tolist() == [[0, 3, 1], [2, 0, 2]]  # unchanged, and the in-place try failed
    totals = [sum(row) for row in N.tolist()]
    assert P.tolist() == [[n / totals[i] for n in row] for i, row in enumerate(N.tolist())]
    assert ran.stdout.splitlines()[0] == "N.dtype: torch.int32   P.dtype: torch.float32"
    assert ran.stdout.splitlines()[-1] == "RuntimeError: result type Float can't be cast to the desired output type Int"


@pytest.mark.parametrize("dtype", [torch.int32, torch.int64, torch.uint8])
def test_in_place_division_of_integers_raises_even_for_whole_quotients(dtype):
    N = torch.tensor([2, 4, 6], dtype=dtype)
    with pytest.raises(RuntimeError, match="can't be cast to the desired output type"):
        N /= 2  # every quotient is a whole number, and it still raises
    assert torch.equal(N / 2, N.float() / 2)  # out of place: already a float result
