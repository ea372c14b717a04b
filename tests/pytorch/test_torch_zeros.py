"""torch.zeros: the page's claims, checked."""

from collections import Counter

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import stoi

FAST = settings(max_examples=60, deadline=None, derandomize=True)
DTYPES = [torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float16, torch.bfloat16,
          torch.float32, torch.float64, torch.bool, torch.complex64]


@pytest.mark.parametrize("dtype", DTYPES)
def test_the_dtype_is_exactly_what_you_ask_for(dtype):
    z = torch.zeros((27, 27), dtype=dtype)
    assert z.dtype == dtype and not z.any()


@pytest.mark.parametrize("default", [torch.float32, torch.float64, torch.float16])
def test_without_dtype_the_default_dtype_is_used(default):
    torch.set_default_dtype(default)
    try:
        assert torch.zeros(2).dtype == torch.get_default_dtype() == default
        assert torch.zeros(2, dtype=torch.int32).dtype == torch.int32  # an explicit dtype ignores the default
    finally:
        torch.set_default_dtype(torch.float32)


@FAST
@given(st.lists(st.integers(0, 5), min_size=1, max_size=4))
def test_shape_as_separate_ints_or_one_tuple_is_the_same(shape):
    assert torch.equal(torch.zeros(*shape), torch.zeros(tuple(shape))) and torch.zeros(tuple(shape)).shape == tuple(shape)
    assert (torch.zeros(tuple(shape)) == 0).all()


def test_the_example_int32_table_float_default(example):
    ran = example("torch_zeros")
    N = ran.globals["N"]
    assert N.dtype == torch.int32 and N.shape == (27, 27) and N.sum().item() == 0
    printed = ran.stdout.splitlines()
    assert printed[:3] == ["with dtype=torch.int32: torch.Size([27, 27]) torch.int32",
                           "without dtype: torch.float32", "torch.get_default_dtype(): torch.float32"]


@pytest.mark.parametrize("dtype", [torch.int32, torch.int64, torch.int16])
def test_adding_an_integer_in_place_keeps_the_dtype(dtype):
    N = torch.zeros((27, 27), dtype=dtype)
    for _ in range(3):
        N[0, 1] += 1
    assert N.dtype == dtype and N[0, 1].item() == 3


def test_the_counts_example_matches_a_python_counter(example):
    ran = example("torch_zeros", "counts")
    N = ran.globals["N"]
    pairs = Counter(p for w in ["emma", "olivia", "ava"] for p in zip("." + w, w + "."))
    assert N.dtype == torch.int32
    assert {(a, b): N[stoi[a], stoi[b]].item() for (a, b) in pairs} == dict(pairs)
    assert N.sum().item() == sum(pairs.values())  # nothing counted twice, nothing else counted
    printed = ran.stdout.splitlines()
    assert printed[0] == f"still torch.int32 | bigrams counted: {sum(pairs.values())}"
    assert printed[1] == f"'a' then end: {pairs['a', '.']}"


def test_pitfall_in_place_division_of_int32_raises_and_a_float_copy_works(example):
    ran = example("torch_zeros", "pitfall")
    N, P = ran.globals["N"], ran.globals["P"]
    assert N.dtype == torch.int32 and N.tolist() == [[0, 3, 1], [2, 0, 0]]  # unchanged by the failed division
    assert ran.stdout.startswith("RuntimeError: result type Float can't be cast to the desired output type Int")
    totals = N.sum(1).tolist()
    assert P.tolist() == [[n / totals[i] for n in row] for i, row in enumerate(N.tolist())]
