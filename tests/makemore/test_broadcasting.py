"""broadcasting: the page's rule, checked against torch and NumPy over many pairs of shapes."""

import itertools

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import load_names, stoi


def rule(a: tuple, b: tuple):
    """The rule as the page states it: pad on the left with 1s, each pair equal or one of them 1,
    and the result takes the size that is not 1."""
    n = max(len(a), len(b))
    a, b = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    if any(x != y and 1 not in (x, y) for x, y in zip(a, b)):
        return None
    return tuple(y if x == 1 else x for x, y in zip(a, b))


def torch_shape(a, b):
    try:
        return tuple((torch.ones(a) + torch.ones(b)).shape)
    except RuntimeError:
        return None


def numpy_shape(a, b):
    try:
        return (np.ones(a) + np.ones(b)).shape
    except ValueError:
        return None


SHAPES = st.lists(st.integers(0, 3), max_size=4).map(tuple)  # sizes 0 to 3, up to 4 dimensions


@settings(max_examples=300, deadline=None, derandomize=True)
@given(SHAPES, SHAPES)
def test_the_stated_rule_is_what_torch_and_numpy_do(a, b):
    assert torch_shape(a, b) == numpy_shape(a, b) == rule(a, b)


def test_an_empty_dimension_against_1_gives_0_not_the_larger_size():
    assert torch_shape((0,), (1,)) == numpy_shape((0,), (1,)) == (0,)


def parse_table(stdout: str) -> list[tuple]:
    rows = []
    for line in stdout.splitlines()[1:8]:
        a, b, result = (part.strip() for part in line.replace(")   ", ")|").split("|"))
        rows.append((eval(a), eval(b), None if result == "not broadcastable" else eval(result)))
    return rows


@pytest.mark.parametrize("region", ["example", "numpy"])
def test_the_printed_table_follows_the_rule(example, region):
    rows = parse_table(example("broadcasting", region).stdout)
    assert len(rows) == 7
    for a, b, result in rows:
        assert result == rule(a, b)


def test_the_stretched_view_copies_nothing(example):
    torch_run, numpy_run = example("broadcasting"), example("broadcasting", "numpy")
    view, column = torch_run.globals["stretched"], torch_run.globals["column"]
    assert view.stride() == (1, 0) and view.untyped_storage().data_ptr() == column.untyped_storage().data_ptr()
    assert view.untyped_storage().nbytes() == 27 * 4  # 27 float32 numbers behind 729 positions
    assert torch_run.stdout.splitlines()[-1].endswith("same memory: True")
    view = numpy_run.globals["stretched"]
    assert view.strides == (8, 0) and np.shares_memory(view, numpy_run.globals["column"])
    assert numpy_run.stdout.splitlines()[-1].endswith("same memory: True")
    column = torch.arange(27.0).view(27, 1)
    stretched = column.expand(27, 27)
    column[3, 0] = -1.0  # a write to the column shows up all along its row of the view
    assert (stretched[3] == -1.0).all()


@settings(max_examples=100, deadline=None, derandomize=True)
@given(SHAPES)
def test_a_0_d_tensor_broadcasts_against_any_shape(shape):
    assert torch_shape((), shape) == numpy_shape((), shape) == shape


def test_in_place_operations_cannot_grow_the_left_operand():
    a = torch.ones(3, 3)
    a += torch.ones(3, 1)  # the right operand is stretched: fine
    assert a.shape == (3, 3)
    with pytest.raises(RuntimeError, match="doesn't match the broadcast shape"):
        torch.ones(3, 1).add_(torch.ones(3, 3))
    b = np.ones((3, 1))
    with pytest.raises(ValueError):
        b += np.ones((3, 3))


def test_the_pitfall_divides_column_j_by_the_sum_of_row_j(example):
    run = example("broadcasting", "pitfall")
    N, right, wrong = run.globals["N"], run.globals["right"], run.globals["wrong"]
    sums = N.sum(1)
    for i, j in itertools.product(range(3), range(3)):
        assert right[i, j] == N[i, j] / sums[i]
        assert wrong[i, j] == N[i, j] / sums[j]
    assert torch.equal(right.sum(1), torch.ones(3))
    assert not torch.allclose(wrong.sum(1), torch.ones(3))


def test_the_pitfall_is_silent_on_the_real_bigram_counts():
    N = torch.zeros((27, 27))
    for w in load_names():
        for a, b in zip("." + w, w + "."):
            N[stoi[a], stoi[b]] += 1
    wrong = N / N.sum(1)  # no error is raised
    assert wrong.shape == (27, 27)
    assert torch.allclose((N / N.sum(1, keepdim=True)).sum(1), torch.ones(27))
    assert not torch.allclose(wrong.sum(1), torch.ones(27), atol=0.01)
