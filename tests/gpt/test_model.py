"""The GPT support model: each from-scratch piece against PyTorch's own, shapes, causality, generate."""

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from glossary_examples.gpt.model import (Block, BigramLanguageModel, FeedForward, GPTLanguageModel, Head,
                                         LayerNorm, MultiHeadAttention)

DTYPES = [torch.float32, torch.float64]
TOL = {torch.float32: dict(atol=1e-5, rtol=1e-4), torch.float64: dict(atol=1e-12, rtol=1e-10)}


def seeded(seed=0):
    return torch.Generator().manual_seed(seed)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("T", [1, 2, 5, 8])  # one token, a few, the whole block
def test_head_equals_torch_scaled_dot_product_attention_with_is_causal(dtype, T):
    torch.manual_seed(T)
    head = Head(n_embd=16, head_size=4, block_size=8).to(dtype)
    x = torch.randn(3, T, 16, generator=seeded(T), dtype=dtype)
    expected = F.scaled_dot_product_attention(head.query(x), head.key(x), head.value(x), is_causal=True)
    assert torch.allclose(head(x), expected, **TOL[dtype])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(7, 16), (2, 5, 16), (1, 1, 16)])
def test_layer_norm_equals_nn_layer_norm_forward_and_backward(dtype, shape):
    ours, theirs = LayerNorm(16).to(dtype), nn.LayerNorm(16).to(dtype)
    with torch.no_grad():  # not the initial ones and zeros, which would hide a swapped weight and bias
        for p in (ours.weight, ours.bias):
            p.copy_(torch.randn(16, generator=seeded(1), dtype=dtype))
        theirs.load_state_dict(ours.state_dict())  # same parameter names as nn.LayerNorm
    x = (torch.randn(shape, generator=seeded(2), dtype=dtype) * 10 + 3).requires_grad_()
    x2 = x.detach().clone().requires_grad_()
    assert torch.allclose(ours(x), theirs(x2), **TOL[dtype])  # forward pass went well
    ours(x).pow(2).sum().backward()
    theirs(x2).pow(2).sum().backward()
    assert torch.allclose(x.grad, x2.grad, **TOL[dtype])  # backward pass went well
    assert torch.allclose(ours.weight.grad, theirs.weight.grad, **TOL[dtype])


def test_layer_norm_of_a_constant_vector_is_its_bias_not_nan():
    ln = LayerNorm(4)
    assert torch.equal(ln(torch.full((2, 4), 7.0)), torch.zeros(2, 4))  # eps keeps 0 / 0 away


@pytest.mark.parametrize("T", [1, 4, 8])
def test_multi_head_attention_equals_nn_multihead_attention_with_the_same_weights(T):
    torch.manual_seed(0)
    n_embd, n_head = 16, 4
    ours = MultiHeadAttention(n_embd, n_head, n_embd // n_head, block_size=8).double()
    theirs = nn.MultiheadAttention(n_embd, n_head, batch_first=True).double()
    with torch.no_grad():  # torch keeps q, k, v of all heads in one (3 n_embd, n_embd) matrix
        stacked = [torch.cat([getattr(h, name).weight for h in ours.heads]) for name in ("query", "key", "value")]
        theirs.in_proj_weight.copy_(torch.cat(stacked))
        theirs.in_proj_bias.zero_()  # the lecture's heads have no bias
        theirs.out_proj.weight.copy_(ours.proj.weight)
        theirs.out_proj.bias.copy_(ours.proj.bias)
    x = torch.randn(2, T, n_embd, generator=seeded(3), dtype=torch.float64)
    future = torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1)  # True: may NOT attend
    expected, _ = theirs(x, x, x, attn_mask=future, need_weights=False)
    assert torch.allclose(ours(x), expected, atol=1e-12)


def test_block_and_feed_forward_keep_the_shape():
    x = torch.randn(2, 8, 32, generator=seeded(4))
    assert Block(32, 4, block_size=8)(x).shape == (2, 8, 32)
    assert FeedForward(32)(x).shape == (2, 8, 32)
    assert FeedForward(32).net[0].out_features == 128  # 4 n_embd inside


def test_a_block_whose_sublayers_output_zero_is_the_identity_pre_norm():
    block = Block(32, 4, block_size=8)
    with torch.no_grad():  # the last layer of each branch outputs 0
        for layer in (block.sa.proj, block.ffwd.net[2]):
            layer.weight.zero_()
            layer.bias.zero_()
    x = torch.randn(2, 8, 32, generator=seeded(5)) * 5 + 1
    assert torch.equal(block(x), x)  # pre-norm: the residual stream itself is never normalized


def small_gpt(dropout=0.0, **sizes):
    torch.manual_seed(0)
    config = dict(vocab_size=11, block_size=8, n_embd=16, n_head=4, n_layer=2, dropout=dropout) | sizes
    return GPTLanguageModel(**config)


def test_gpt_shapes_and_loss():
    model = small_gpt()
    idx = torch.randint(11, (3, 8), generator=seeded(6))
    targets = torch.randint(11, (3, 8), generator=seeded(7))
    logits, loss = model(idx, targets)
    assert logits.shape == (3, 8, 11)
    assert torch.allclose(loss, F.cross_entropy(logits.view(-1, 11), targets.view(-1)))
    logits_alone, none = model(idx)
    assert none is None and torch.equal(logits_alone, logits)
    assert model(idx[:, :3])[0].shape == (3, 3, 11)  # shorter than block_size is fine


def test_gpt_reads_at_most_block_size_tokens_so_generate_must_crop():
    model = small_gpt()
    with pytest.raises(IndexError):  # no position embedding for position 8
        model(torch.zeros((1, 9), dtype=torch.long))


@pytest.mark.parametrize("model", [small_gpt(), small_gpt(n_layer=1, n_head=1), BigramLanguageModel(11)],
                         ids=["gpt", "gpt-one-head", "bigram"])
def test_changing_a_future_token_never_changes_an_earlier_output(model):
    idx = torch.randint(11, (1, 8), generator=seeded(8))
    before = model(idx)[0]
    for j in range(8):
        for new in range(11):
            changed = idx.clone()
            changed[0, j] = new
            after = model(changed)[0]
            assert torch.equal(after[:, :j], before[:, :j]), (j, new)


def test_a_token_does_change_later_outputs_of_the_gpt_but_not_of_the_bigram():
    idx = torch.randint(11, (1, 8), generator=seeded(9))
    changed = idx.clone()
    changed[0, 0] = (idx[0, 0] + 1) % 11
    assert not torch.allclose(small_gpt()(changed)[0][:, 1:], small_gpt()(idx)[0][:, 1:])
    bigram = BigramLanguageModel(11)
    assert torch.equal(bigram(changed)[0][:, 1:], bigram(idx)[0][:, 1:])


def test_bigram_logits_are_rows_of_its_embedding_table():
    bigram = BigramLanguageModel(11)
    idx = torch.tensor([[3, 3, 0, 10]])
    assert torch.equal(bigram(idx)[0][0], bigram.token_embedding_table.weight[[3, 3, 0, 10]])


@pytest.mark.parametrize("model", [small_gpt(), small_gpt(dropout=0.5).eval(), BigramLanguageModel(11)],
                         ids=["gpt", "gpt-dropout-eval", "bigram"])
@pytest.mark.parametrize("start", [1, 8, 12])  # shorter than, equal to, longer than block_size
def test_generate_stays_within_the_vocabulary_and_the_requested_length(model, start):
    idx = torch.randint(11, (2, start), generator=seeded(10))
    out = model.generate(idx, max_new_tokens=20, generator=seeded(11))
    assert out.shape == (2, start + 20) and out.dtype == torch.long
    assert ((0 <= out) & (out < 11)).all()
    assert torch.equal(out[:, :start], idx)  # the prompt is kept
    assert torch.equal(model.generate(idx, 20, generator=seeded(11)), out)  # same generator seed, same text
    assert torch.equal(model.generate(idx, 0), idx)
    assert not out.requires_grad


def test_generate_samples_from_the_last_positions_softmax():
    bigram = BigramLanguageModel(3)
    with torch.no_grad():  # after token 0 always 2, after 2 always 1, after 1 always 0
        bigram.token_embedding_table.weight.copy_(torch.tensor([[0.0, 0, 1e4], [1e4, 0, 0], [0, 1e4, 0]]))
    out = bigram.generate(torch.zeros((1, 1), dtype=torch.long), 6, generator=seeded(12))
    assert out.tolist() == [[0, 2, 1, 0, 2, 1, 0]]
