"""self-attention: the page's claims, checked."""

import torch
import torch.nn.functional as F

from glossary_examples.gpt.model import Head


def test_the_example_prints_the_shapes_and_the_first_sequences_weights(example):
    region = example("self_attention")
    g = region.globals
    lines = region.stdout.splitlines()
    assert lines[0] == "x (4, 8, 32) -> k, q, v (4, 8, 16) -> wei (4, 8, 8) -> out (4, 8, 16)"
    assert "\n".join(lines[1:]) == str(g["wei"][0].detach().round(decimals=2))


def test_weights_are_a_softmax_of_scaled_query_key_dot_products_over_the_past(example):
    g = example("self_attention").globals
    q, k, v, wei = (g[name].detach().double() for name in ("q", "k", "v", "wei"))
    B, T, hs = q.shape
    for b in range(B):
        for t in range(T):  # one query at a time, written out
            scores = torch.stack([q[b, t] @ k[b, s] for s in range(t + 1)]) / hs**0.5
            expected = torch.cat([scores.softmax(0), torch.zeros(T - t - 1, dtype=torch.float64)])
            assert torch.allclose(wei[b, t], expected, atol=1e-6)
            assert torch.allclose(g["out"][b, t].detach().double(), (expected[:, None] * v[b]).sum(0), atol=1e-5)


def test_the_weights_depend_on_the_data_unlike_plain_averaging(example):
    wei = example("self_attention").globals["wei"].detach()
    uniform = torch.tril(torch.ones(8, 8)) / torch.arange(1, 9)[:, None]
    for b in range(4):
        assert not torch.allclose(wei[b], uniform, atol=1e-3)
        assert not torch.allclose(wei[b], wei[(b + 1) % 4], atol=1e-3)  # every sequence its own weights


def test_the_glossary_head_is_the_examples_code(example):
    g = example("self_attention").globals
    head = Head(n_embd=32, head_size=16, block_size=8)
    for name in ("key", "query", "value"):
        getattr(head, name).load_state_dict(g[name].state_dict())
    assert torch.allclose(head(g["x"]), g["out"], atol=1e-6)
    assert sum(p.numel() for p in head.parameters()) == 3 * 32 * 16  # three bias-free layers; tril is a buffer
    q, k, v = head.query(g["x"]), head.key(g["x"]), head.value(g["x"])
    assert torch.allclose(F.scaled_dot_product_attention(q, k, v, is_causal=True), g["out"], atol=1e-6)


def test_batch_rows_never_mix():
    torch.manual_seed(0)
    head = Head(n_embd=32, head_size=16, block_size=8)
    x = torch.randn(4, 8, 32, generator=torch.Generator().manual_seed(1))
    changed = x.clone()
    changed[1] = torch.randn(8, 32, generator=torch.Generator().manual_seed(2))
    assert torch.equal(head(changed)[[0, 2, 3]], head(x)[[0, 2, 3]])


def test_the_lectures_head_has_no_biases_nn_multihead_attention_has_them_by_default():
    head = Head(n_embd=32, head_size=16, block_size=8)
    assert all(getattr(head, name).bias is None for name in ("query", "key", "value"))
    mha = torch.nn.MultiheadAttention(32, 2)
    assert mha.in_proj_bias is not None and mha.in_proj_bias.shape == (3 * 32,)
    assert mha.out_proj.bias is not None
