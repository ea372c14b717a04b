"""multi-head attention: the page's claims, checked."""

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from glossary_examples.gpt.model import Head, MultiHeadAttention


def test_the_example_heads_concatenate_to_n_embd_and_proj_keeps_it(example):
    region = example("multi_head_attention")
    g, lines = region.globals, region.stdout.splitlines()
    assert lines[0] == "each head: " + str([(4, 8, 8)] * 4)
    assert lines[1] == "concatenated: (4, 8, 32) -> projected: (4, 8, 32)"
    assert lines[2] == "mha(x) is proj(concat): True"
    assert lines[3] == f"q, k, v weights of all heads: {3 * 32 * 32} = 3 x 32 x 32"
    mha, x = g["mha"], g["x"]
    assert mha.proj.in_features == mha.proj.out_features == 32 and mha.proj.bias is not None


@pytest.mark.parametrize("n_embd, n_head", [(32, 1), (32, 4), (384, 6), (48, 8)])
def test_heads_of_size_n_embd_over_n_head_have_the_weights_of_one_big_head(n_embd, n_head):
    mha = MultiHeadAttention(n_embd, n_head, n_embd // n_head, block_size=4)
    heads = sum(p.numel() for h in mha.heads for p in h.parameters())
    assert heads == sum(p.numel() for p in Head(n_embd, n_embd, 4).parameters()) == 3 * n_embd * n_embd


def test_when_n_head_does_not_divide_n_embd_the_heads_have_fewer_channels():
    n_embd, n_head = 30, 4  # 30 // 4 = 7: four heads give 28 channels, not 30
    mha = MultiHeadAttention(n_embd, n_head, n_embd // n_head, block_size=4)
    x = torch.randn(1, 4, n_embd, generator=torch.Generator().manual_seed(0))
    assert torch.cat([h(x) for h in mha.heads], dim=-1).shape[-1] == 28
    assert sum(p.numel() for h in mha.heads for p in h.parameters()) < 3 * n_embd * n_embd


def test_each_head_is_an_independent_self_attention_head():
    torch.manual_seed(0)
    mha = MultiHeadAttention(16, 4, 4, block_size=6)
    x = torch.randn(2, 6, 16, generator=torch.Generator().manual_seed(1))
    for head in mha.heads:
        alone = Head(16, 4, 6)
        alone.load_state_dict(head.state_dict())
        assert torch.equal(alone(x), head(x))
    weights = [h.query.weight for h in mha.heads]
    assert all(not torch.equal(weights[0], w) for w in weights[1:])  # own weights per head


def torch_copy(ours, n_embd):
    theirs = nn.MultiheadAttention(n_embd, len(ours.heads), batch_first=True)
    with torch.no_grad():
        for i, name in enumerate(("query", "key", "value")):
            theirs.in_proj_weight[i * n_embd : (i + 1) * n_embd] = torch.cat([getattr(h, name).weight for h in ours.heads])
        theirs.in_proj_bias.zero_()
        theirs.out_proj.load_state_dict(ours.proj.state_dict())
    return theirs


@pytest.mark.parametrize("T", [1, 5, 8])
def test_nn_multihead_attention_with_the_same_weights_and_a_true_above_diagonal_mask_agrees(example, T):
    assert example("multi_head_attention", "torch").stdout == "nn.MultiheadAttention, same output: True\n"
    torch.manual_seed(T)
    ours = MultiHeadAttention(32, 4, 8, block_size=8)
    theirs = torch_copy(ours, 32)
    x = torch.randn(3, T, 32, generator=torch.Generator().manual_seed(2))
    future = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)
    assert torch.allclose(ours(x), theirs(x, x, x, attn_mask=future, need_weights=False)[0], atol=1e-6)


def test_the_boolean_mask_conventions_are_opposite():
    torch.manual_seed(0)
    T = 5
    tril = torch.tril(torch.ones(T, T, dtype=torch.bool))  # True: may attend (the lecture's tril == 1)
    q, k, v = (torch.randn(1, T, 8, generator=torch.Generator().manual_seed(i)) for i in range(3))
    causal = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    assert torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=tril), causal, atol=1e-6)
    ours = MultiHeadAttention(8, 2, 4, block_size=T)
    theirs = torch_copy(ours, 8)
    wrong, _ = theirs(q, q, q, attn_mask=tril, need_weights=False)  # tril means "masked" to it
    right, _ = theirs(q, q, q, attn_mask=~tril, need_weights=False)
    assert torch.allclose(right, ours(q), atol=1e-6)
    assert not torch.allclose(wrong.nan_to_num(), ours(q), atol=1e-3)
