"""backward through broadcasting: the page's claims, checked."""

import torch
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=50, deadline=None, derandomize=True)
@given(shape=st.lists(st.integers(1, 4), min_size=1, max_size=4), data=st.data())
def test_the_gradient_of_a_broadcast_tensor_is_the_sum_over_the_broadcast_dims(shape, data):
    # a smaller tensor: some dims of size 1, maybe fewer leading dims
    keep = data.draw(st.lists(st.booleans(), min_size=len(shape), max_size=len(shape)))
    small = [n if k else 1 for n, k in zip(shape, keep)]
    small = small[data.draw(st.integers(0, len(small) - 1)):]
    g = torch.Generator().manual_seed(0)
    t = torch.randn(small, generator=g, dtype=torch.float64, requires_grad=True)
    big = torch.randn(shape, generator=g, dtype=torch.float64)
    out = big * t
    dout = torch.randn(out.shape, generator=g, dtype=torch.float64)
    out.backward(dout)
    local = big * dout
    extra = local.dim() - len(small)
    by_hand = local.sum(dim=tuple(range(extra))) if extra else local  # leading dims: summed away
    dims = tuple(i for i, n in enumerate(small) if n == 1 and by_hand.shape[i] != 1)
    if dims:
        by_hand = by_hand.sum(dim=dims, keepdim=True)  # dims of size 1: summed, kept
    assert by_hand.shape == t.shape
    assert torch.allclose(by_hand, t.grad)
    assert torch.allclose(local.sum_to_size(small), t.grad)


def test_the_example_gradients_match_autograd(example):
    ran = example("broadcasting_backward")
    assert ran.stdout.splitlines() == ["dc: (4, 1) matches c.grad: True", "db: (3,) matches b.grad: True",
                                      "sum_to_size: True True"]


def test_without_keepdim_a_column_gradient_silently_becomes_a_matrix(example):
    ran = example("broadcasting_backward", "pitfall")
    g = ran.globals
    assert g["wrong"].shape == (4,) and g["right"].shape == (4, 1)
    assert (-g["counts_sum"] ** -2 * g["wrong"]).shape == (4, 4)  # no error, wrong shape
    assert ran.stdout.splitlines()[1] == "next step, dcounts_sum: (4, 1) vs (4, 4)"


def test_for_a_leading_broadcast_dim_the_missing_keepdim_goes_unnoticed():
    g = torch.Generator().manual_seed(0)
    bnraw, dhpreact = torch.randn(32, 64, generator=g), torch.randn(32, 64, generator=g)
    right = (bnraw * dhpreact).sum(0, keepdim=True)  # (1, 64), like bngain
    wrong = (bnraw * dhpreact).sum(0)  # (64,)
    assert torch.equal(bnraw * right, bnraw * wrong)  # broadcasts the same way
    assert torch.equal(right == right, wrong == right)  # and compares the same way, shape (1, 64)
