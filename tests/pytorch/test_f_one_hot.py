"""F.one_hot: the page's claims, checked."""

import ast

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=100, deadline=None, derandomize=True)
EMMA = [0, 5, 13, 13, 1]  # ".emma" with '.' = 0, 'a' = 1, ...
index_lists = st.lists(st.integers(0, 26), min_size=1, max_size=40)


@FAST
@given(index_lists, st.integers(27, 40))
def test_one_row_per_index_all_zeros_but_a_1_at_the_index(indices, num_classes):
    xenc = F.one_hot(torch.tensor(indices), num_classes=num_classes)
    assert xenc.shape == (len(indices), num_classes) and xenc.dtype == torch.int64
    assert torch.equal(xenc, torch.eye(num_classes, dtype=torch.int64)[indices])  # rows of the identity
    assert xenc.sum(1).tolist() == [1] * len(indices)  # every row sums to 1


@FAST
@given(st.lists(st.integers(1, 4), min_size=0, max_size=3))
def test_shape_star_becomes_star_by_num_classes(shape):
    xs = torch.zeros(shape, dtype=torch.int64)
    assert F.one_hot(xs, num_classes=27).shape == (*shape, 27)


def test_the_example_encodes_emma(example):
    ran = example("f_one_hot")
    xs, xenc = ran.globals["xs"], ran.globals["xenc"]
    assert xs.tolist() == EMMA and xs.dtype == torch.int64  # Python ints give int64 by default
    printed = ran.stdout.splitlines()
    assert printed[1] == "xenc: torch.Size([5, 27]) torch.int64"
    row = ast.literal_eval(printed[2].split(": ")[1])  # the printed row for "e"
    assert row == [1 if j == 5 else 0 for j in range(27)]
    assert xenc.argmax(1).tolist() == EMMA


def test_the_example_without_num_classes_is_as_wide_as_the_largest_index_plus_one(example):
    assert example("f_one_hot").stdout.splitlines()[-2:] == ["tensor([[1, 0, 0],", "        [0, 0, 1]])"]


@FAST
@given(index_lists)
def test_num_classes_defaults_to_largest_index_plus_one(indices):
    assert F.one_hot(torch.tensor(indices)).shape[-1] == max(indices) + 1


def test_a_batch_without_z_is_one_column_short_without_num_classes():
    no_z = torch.tensor([0, 1, 25])  # 'z' is 26
    assert F.one_hot(no_z).shape == (3, 26) and F.one_hot(no_z, num_classes=27).shape == (3, 27)


@pytest.mark.parametrize("dtype", [torch.int8, torch.uint8, torch.int16, torch.int32, torch.bool,
                                   torch.float16, torch.float32, torch.float64])
def test_any_other_dtype_than_int64_raises(dtype):
    with pytest.raises(RuntimeError, match="only applicable to index tensor of type LongTensor"):
        F.one_hot(torch.tensor([0, 1]).to(dtype), num_classes=27)
    assert F.one_hot(torch.tensor([0, 1]).to(dtype).long(), 27).shape == (2, 27)  # .long() fixes it


@pytest.mark.parametrize("bad, message", [(27, "smaller than num_classes"), (100, "smaller than num_classes"),
                                          (-1, "non-negative")])
def test_an_index_outside_0_to_num_classes_minus_1_raises(bad, message):
    with pytest.raises(RuntimeError, match=message):
        F.one_hot(torch.tensor([0, bad]), num_classes=27)


def test_the_input_errors_example_shows_each_error(example):
    printed = example("f_one_hot", "input_errors").stdout.splitlines()
    assert [line.split(":")[0] for line in printed[:3]] == ["torch.int32, values [0, 5]",
                                                          "torch.float32, values [0.0, 5.0]",
                                                          "torch.int64, values [0, 27]"]
    assert all("RuntimeError" in line for line in printed[:3])
    assert printed[3] == "int32 cast with .long(): torch.Size([2, 27])"


def test_pitfall_int64_one_hot_times_float_weights_raises_and_float_picks_rows_of_w(example):
    ran = example("f_one_hot", "pitfall")
    W, xenc, logits = ran.globals["W"], ran.globals["xenc"], ran.globals["logits"]
    assert xenc.dtype == torch.int64 and W.dtype == torch.float32
    with pytest.raises(RuntimeError, match="same dtype"):
        xenc @ W
    assert ran.stdout.startswith("RuntimeError: expected m1 and m2 to have the same dtype")
    assert logits.dtype == torch.float32 and torch.equal(logits, W[EMMA])  # each one-hot row picks a row of W


def test_functional_means_the_weights_are_passed_in():
    x = torch.randn(4, 3, generator=torch.Generator().manual_seed(0))
    W = torch.randn(2, 3, generator=torch.Generator().manual_seed(1))
    assert torch.allclose(F.linear(x, W), x @ W.T)  # F.linear owns nothing: W is an argument
    assert len(list(torch.nn.Linear(3, 2).parameters())) == 2  # the nn class owns its weight and bias


def test_the_figure_shows_one_1_per_row(example):
    figure = example("f_one_hot", "figure")
    assert figure.globals["xenc"].sum(1).tolist() == [1] * 5 and len(figure.figures) == 1
