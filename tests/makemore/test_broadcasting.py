"""broadcasting: the page's claims, checked."""

import itertools

import numpy as np
import pytest
import torch

from glossary_examples import broadcasting  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.makemore.data import load_names, stoi


def rule(a: tuple, b: tuple):
    """The rule as the page states it: pad on the left with 1s, then each pair is equal or has a 1."""
    n = max(len(a), len(b))
    a, b = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    if any(x != y and 1 not in (x, y) for x, y in zip(a, b)):
        return None
    return tuple(max(x, y) for x, y in zip(a, b))


SHAPES = [(), (1,), (3,), (2,), (1, 3), (3, 1), (2, 3), (2, 1, 3), (4, 2, 1), (1, 1, 1)]


@pytest.mark.parametrize("a, b", list(itertools.product(SHAPES, SHAPES)))
def test_stated_rule_matches_torch_and_numpy(a, b):
    expected = rule(a, b)
    try:
        got_torch = tuple((torch.ones(a) + torch.ones(b)).shape)
    except RuntimeError:
        got_torch = None
    try:
        got_numpy = (np.ones(a) + np.ones(b)).shape
    except ValueError:
        got_numpy = None
    assert got_torch == got_numpy == expected


def test_the_table_on_the_page():
    assert torch.broadcast_shapes((27, 27), (27, 1)) == (27, 27)
    assert torch.broadcast_shapes((27, 27), (27,)) == (27, 27)
    assert torch.broadcast_shapes((5, 3, 4, 1), (3, 1, 1)) == (5, 3, 4, 1)
    assert torch.broadcast_shapes((), (2, 2)) == (2, 2)
    for a, b in [((27, 27), (27, 2)), ((5, 2, 4, 1), (3, 1, 1))]:
        with pytest.raises(RuntimeError, match="must match the size"):
            torch.ones(a) + torch.ones(b)
        with pytest.raises(ValueError, match="could not be broadcast"):
            np.ones(a) + np.ones(b)


def test_broadcasting_gives_the_same_values_as_an_explicit_copy():
    a = torch.arange(6.0).view(2, 3)
    b = torch.tensor([10.0, 20.0, 30.0])
    assert torch.equal(a + b, a + b.view(1, 3).repeat(2, 1))
    c = torch.tensor([[100.0], [200.0]])
    assert torch.equal(a + c, a + c.repeat(1, 3))


def test_the_stretched_view_copies_nothing():
    column = torch.arange(27.0).view(27, 1)
    stretched = column.expand(27, 27)
    assert stretched.stride() == (1, 0)
    assert stretched.data_ptr() == column.data_ptr()
    column[3, 0] = -1.0  # a write to the column shows up in every position of its row
    assert (stretched[3] == -1.0).all()
    view = np.broadcast_to(np.ones((27, 1)), (27, 27))
    assert view.strides == (8, 0) and not view.flags.writeable


def test_in_place_operations_cannot_grow_the_left_operand():
    a = torch.ones(3, 3)
    a += torch.ones(3, 1)  # the right operand is stretched: fine
    assert a.shape == (3, 3)
    with pytest.raises(RuntimeError, match=r"output with shape \[3, 1\] doesn't match the broadcast shape \[3, 3\]"):
        torch.ones(3, 1).add_(torch.ones(3, 3))


def test_pitfall_sum_without_keepdim_divides_columns_on_the_toy_matrix():
    N = torch.tensor([[1., 3., 0.], [2., 2., 4.], [0., 5., 5.]])
    right = N / N.sum(1, keepdim=True)
    wrong = N / N.sum(1)
    assert torch.allclose(right.sum(1), torch.ones(3))
    assert torch.allclose(wrong.sum(1), torch.tensor([0.625, 1.15, 1.125]))
    sums = N.sum(1)
    for i in range(3):
        for j in range(3):
            assert right[i, j] == N[i, j] / sums[i]
            assert wrong[i, j] == N[i, j] / sums[j]


def test_pitfall_on_the_real_bigram_counts():
    N = torch.zeros((27, 27))
    for w in load_names():
        for a, b in zip("." + w, w + "."):
            N[stoi[a], stoi[b]] += 1
    right = N / N.sum(1, keepdim=True)
    wrong = N / N.sum(1)  # no error is raised
    assert right.shape == wrong.shape == (27, 27)
    assert torch.allclose(right.sum(1), torch.ones(27))
    assert not torch.allclose(wrong.sum(1), torch.ones(27), atol=0.01)
    assert torch.allclose(wrong, N / N.sum(1).view(1, 27))
    assert torch.allclose(right, torch.from_numpy(N.numpy() / N.numpy().sum(1, keepdims=True)))
