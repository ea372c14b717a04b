"""embedding (lookup table): the page's claims, checked over every index, random tables and non-finite entries."""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.data import stoi

TABLES = st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), min_size=27 * 2, max_size=27 * 2).map(
    lambda v: torch.tensor(v).view(27, 2))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(TABLES, st.lists(st.integers(0, 26), min_size=1, max_size=12))
def test_lookup_equals_the_one_hot_product_for_finite_tables_bit_for_bit_but_a_zeros_sign(C, ix):
    ix = torch.tensor(ix)
    looked_up, product = C[ix], F.one_hot(ix, num_classes=27).float() @ C
    assert torch.equal(looked_up, product)
    bits_differ = looked_up.view(torch.int32) != product.view(torch.int32)
    assert (looked_up[bits_differ] == 0).all()  # only -0.0 against +0.0


def test_a_negative_zero_comes_out_of_the_product_as_positive_zero():
    C = torch.zeros((27, 2))
    C[5, 0] = -0.0
    product = F.one_hot(torch.tensor(5), num_classes=27).float() @ C
    assert torch.signbit(C[5, 0]) and not torch.signbit(product[0])
    assert torch.equal(C[5], product)  # equal as numbers


def test_not_for_a_table_with_inf():
    C = torch.zeros((27, 2))
    C[3, 0] = math.inf
    product = F.one_hot(torch.tensor(5), num_classes=27).float() @ C
    assert torch.equal(C[5], torch.zeros(2)) and math.isnan(product[0].item())  # 0 * inf = nan


def test_the_example(example):
    run = example("embedding")
    C, X, emb = run.globals["C"], run.globals["X"], run.globals["emb"]
    contexts, context = [], [0, 0, 0]  # the contexts of "emma", built as makemore part 2 does
    for ch in "emma.":
        contexts.append(context)
        context = context[1:] + [stoi[ch]]
    assert X.tolist() == contexts
    assert emb.shape == (5, 3, 2)  # the index shape, plus the vector as a last dimension
    for i in range(5):
        for j in range(3):
            assert torch.equal(emb[i, j], C[X[i, j]])
    lines = run.stdout.splitlines()
    assert lines[0].split(":", 1)[1].strip() == lines[1].split(":", 1)[1].strip()  # the same row printed twice
    assert lines[3:] == ["C[X] equals one_hot(X) @ C: True", "F.embedding(X, C) equals C[X]: True"]


def test_f_embedding_and_nn_embedding_do_the_same_lookup():
    C = torch.randn((27, 2), generator=torch.Generator().manual_seed(2147483647))
    X = torch.randint(0, 27, (32, 3), generator=torch.Generator().manual_seed(1))
    assert torch.equal(F.embedding(X, C), C[X])
    assert torch.equal(nn.Embedding.from_pretrained(C)(X), C[X])


def test_an_embedding_is_a_bias_free_linear_layer_on_one_hot_inputs():
    C = torch.randn((27, 2), generator=torch.Generator().manual_seed(2147483647))
    linear = nn.Linear(27, 2, bias=False)
    with torch.no_grad():
        linear.weight.copy_(C.T)
    ix = torch.tensor([0, 5, 13, 13, 1])
    assert torch.allclose(linear(F.one_hot(ix, num_classes=27).float()), C[ix])


def test_only_looked_up_rows_get_a_gradient_added_once_per_lookup():
    table = torch.randn((27, 2), generator=torch.Generator().manual_seed(0)).requires_grad_()
    X = torch.tensor([[0, 0, 5], [0, 5, 13]])
    table[X].sum().backward()
    lookups = torch.bincount(X.flatten(), minlength=27).float()
    assert torch.equal(table.grad, lookups[:, None].expand(27, 2))  # 0 for rows never looked up
    before = table.detach().clone()
    table.data += -0.1 * table.grad  # a plain gradient step
    unchanged = (table.detach() == before).all(1)
    assert unchanged.tolist() == (lookups == 0).tolist()
