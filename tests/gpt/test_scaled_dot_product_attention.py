"""F.scaled_dot_product_attention: the page's claims, checked."""

import math

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.gpt.model import Head, MultiHeadAttention


def by_hand(q, k, v, mask=None):
    T_q, T_k = q.shape[-2], k.shape[-2]
    wei = q @ k.transpose(-2, -1) * q.shape[-1] ** -0.5
    tril = torch.tril(torch.ones(T_q, T_k)) if mask is None else mask
    return F.softmax(wei.masked_fill(tril == 0, float("-inf")), dim=-1) @ v


@pytest.mark.parametrize("dtype, atol", [(torch.float32, 1e-6), (torch.float64, 1e-13)])
@pytest.mark.parametrize("shape", [(1, 1, 4), (4, 8, 16), (2, 3, 5, 8), (2, 33, 64)])
def test_it_equals_the_lectures_steps_up_to_rounding(shape, dtype, atol):
    g = torch.Generator().manual_seed(sum(shape))
    q, k, v = (torch.randn(shape, generator=g, dtype=dtype) for _ in range(3))
    assert torch.allclose(F.scaled_dot_product_attention(q, k, v, is_causal=True), by_hand(q, k, v), atol=atol)


def test_the_default_scale_is_one_over_sqrt_head_size_and_scale_overrides_it():
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(2, 6, 9, generator=g, dtype=torch.float64) for _ in range(3))
    default = F.scaled_dot_product_attention(q, k, v)
    assert torch.allclose(default, F.scaled_dot_product_attention(q, k, v, scale=1 / math.sqrt(9)))
    assert not torch.allclose(default, F.scaled_dot_product_attention(q, k, v, scale=1.0))


def test_the_example_and_the_glossary_head(example):
    region = example("scaled_dot_product_attention")
    lines = region.stdout.splitlines()
    assert lines[0] == "torch.Size([4, 8, 16])" and lines[2] == "allclose: True"
    assert float(lines[1].split(": ")[1]) < 1e-6
    torch.manual_seed(0)
    head = Head(n_embd=32, head_size=16, block_size=8)
    x = torch.randn(3, 8, 32, generator=torch.Generator().manual_seed(1))
    q, k, v = head.query(x), head.key(x), head.value(x)
    assert torch.allclose(F.scaled_dot_product_attention(q, k, v, is_causal=True), head(x), atol=1e-6)


def test_all_heads_in_one_call_equal_the_heads_one_by_one(example):
    assert example("scaled_dot_product_attention", "heads").stdout == "same as the heads one by one: True\n"
    torch.manual_seed(2)
    mha = MultiHeadAttention(24, 3, 8, block_size=5)
    x = torch.randn(2, 5, 24, generator=torch.Generator().manual_seed(3))
    qkv = [torch.stack([getattr(h, n)(x) for h in mha.heads], dim=1) for n in ("query", "key", "value")]  # (B, nh, T, hs)
    y = F.scaled_dot_product_attention(*qkv, is_causal=True)
    assert torch.allclose(y, torch.stack([h(x) for h in mha.heads], dim=1), atol=1e-6)


def test_a_boolean_mask_marks_what_may_be_attended():
    g = torch.Generator().manual_seed(4)
    q, k, v = (torch.randn(1, 5, 8, generator=g) for _ in range(3))
    tril = torch.tril(torch.ones(5, 5, dtype=torch.bool))
    causal = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    assert torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=tril), causal, atol=1e-6)
    assert not torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=~tril).nan_to_num(), causal)


def test_dropout_p_applies_in_every_call_the_pitfall(example):
    lines = example("scaled_dot_product_attention", "pitfall").stdout.splitlines()
    assert lines == ["dropout_p=0.5, two calls agree: False", "dropout_p=0.0, two calls agree: True"]
    torch.manual_seed(5)
    q, k, v = (torch.randn(1, 4, 8) for _ in range(3))
    with torch.no_grad(), torch.inference_mode():  # not even inference mode turns it off
        a = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
        b = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
    assert not torch.equal(a, b)


def test_is_causal_with_fewer_queries_than_keys_aligns_top_left():
    g = torch.Generator().manual_seed(6)
    q = torch.randn(1, 2, 8, generator=g, dtype=torch.float64)  # 2 queries
    k, v = (torch.randn(1, 5, 8, generator=g, dtype=torch.float64) for _ in range(2))  # 5 keys
    out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    top_left = torch.tril(torch.ones(2, 5))  # query i sees keys 0..i
    bottom_right = torch.tril(torch.ones(2, 5), diagonal=3)  # query i sees keys 0..i+3 (the last ones)
    assert torch.allclose(out, by_hand(q, k, v, top_left))
    assert not torch.allclose(out, by_hand(q, k, v, bottom_right))
