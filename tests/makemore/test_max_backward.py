"""max backward (dlogit_maxes): the page's claims, checked."""

import re

import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=60, deadline=None, derandomize=True)
@given(rows=st.integers(1, 6), cols=st.integers(1, 6), dim=st.integers(0, 1), seed=st.integers(0, 2**31))
def test_max_dim_sends_the_gradient_to_the_first_maximal_index_and_amax_splits_ties(rows, cols, dim, seed):
    g = torch.Generator().manual_seed(seed)
    values = torch.randint(0, 3, (rows, cols), generator=g).double()  # few values: many ties
    upstream = torch.rand(values.shape[1 - dim], generator=g, dtype=torch.float64) + 1
    x = values.clone().requires_grad_()
    out = x.max(dim)
    out.values.backward(upstream)
    is_max = values == values.max(dim, keepdim=True).values
    first = is_max.int().argmax(dim)  # the first maximal index along dim
    assert torch.equal(out.indices, first)
    expected = F.one_hot(first, values.shape[dim]).double() * upstream[:, None]
    assert torch.equal(x.grad, expected if dim == 1 else expected.T)
    x.grad = None
    x.amax(dim).backward(upstream)
    share = is_max.double() / is_max.sum(dim, keepdim=True)
    assert torch.allclose(x.grad, share * (upstream[:, None] if dim == 1 else upstream))


def test_the_full_max_splits_evenly_among_ties():
    x = torch.tensor([[2.0, 5.0], [5.0, 5.0]], requires_grad=True)
    x.max().backward()
    assert torch.allclose(x.grad, torch.tensor([[0.0, 1 / 3], [1 / 3, 1 / 3]]))


def test_the_ties_example(example):
    out = example("max_backward", "ties").stdout
    assert "x.max(1).values  gradient [[0.0, 1.0, 0.0, 0.0]]" in out
    assert "x.amax(1)        gradient [[0.0, 0.5, 0.5, 0.0]]" in out
    assert "x.max()          gradient [[0.0, 0.5, 0.5, 0.0]]" in out
    assert out.rstrip().endswith("x.max(1).indices: [1]")


def test_subtracting_the_max_does_not_change_the_loss_so_dlogit_maxes_is_zero_up_to_rounding(example):
    ran = example("max_backward")
    g = ran.globals
    logits, Y = g["logits"].detach(), g["Y"]
    assert torch.allclose(F.cross_entropy(logits - logits.max(1, keepdim=True).values, Y), F.cross_entropy(logits, Y))
    printed = [float(v) for v in re.findall(r": +(\S+)$", ran.stdout, re.M)]
    assert printed[0] < 1e-7 and all(v < 1e-7 for v in printed[1:])
    assert g["logit_maxes"].grad.abs().max() < 1e-7 and torch.allclose(g["dlogits"], g["logits"].grad)
    # in float64 the same gradient is smaller still: it is only rounding
    x = logits.double().requires_grad_()
    m = x.max(1, keepdim=True).values
    m.retain_grad()
    F.cross_entropy(x - m, Y).backward()
    assert m.grad.abs().max() < 1e-15
