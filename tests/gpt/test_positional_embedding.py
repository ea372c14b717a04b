"""positional embedding: the page's claims, checked."""

import itertools

import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.model import Block, GPTLanguageModel, Head, MultiHeadAttention


def without_mask(module):
    """This test's own copy, with every head's tril buffer set to ones (an encoder)."""
    for buffer_name, buffer in module.named_buffers():
        if buffer_name.endswith("tril"):
            buffer.fill_(1)
    return module


def test_the_example_without_positions_cannot_tell_the_two_orders_apart(example):
    lines = example("positional_embedding").stdout.splitlines()
    assert lines == ["tok_emb (1, 4, 16) + pos_emb (4, 16)",
                     "tokens only       : same output at the last position? True",
                     "tokens + positions: same output at the last position? False"]


def test_with_the_causal_mask_a_heads_last_output_ignores_the_order_of_the_earlier_tokens(example):
    g = example("positional_embedding").globals
    head, tok, pos = g["head"], g["token_embedding_table"], g["position_embedding_table"]
    earlier, last = [5, 9, 2, 11], 7
    plain, positioned = [], []
    with torch.no_grad():
        for order in itertools.permutations(earlier):
            idx = torch.tensor([[*order, last]])
            plain.append(head(tok(idx))[0, -1])
            positioned.append(head(tok(idx) + pos(torch.arange(5)))[0, -1])
    assert all(torch.allclose(out, plain[0], atol=1e-6) for out in plain)  # all 24 orders
    assert sum(torch.allclose(out, positioned[0], atol=1e-6) for out in positioned) == 1  # only itself


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.permutations(range(6)))
def test_without_mask_and_positions_permuting_the_tokens_permutes_the_outputs(perm):
    torch.manual_seed(0)
    perm = torch.tensor(perm)
    x = torch.randn(2, 6, 16, generator=torch.Generator().manual_seed(1))
    for module in (Head(16, 8, 6), MultiHeadAttention(16, 4, 4, 6), Block(16, 4, 6)):  # LayerNorm and MLP too
        module = without_mask(module)
        assert torch.allclose(module(x[:, perm]), module(x)[:, perm], atol=1e-5), type(module).__name__
    out = F.scaled_dot_product_attention(x, x, x)
    assert torch.allclose(F.scaled_dot_product_attention(x[:, perm], x[:, perm], x[:, perm]), out[:, perm], atol=1e-6)


def test_the_permutation_region_output(example):
    assert example("positional_embedding", "permutation").stdout == "permuted input gives the permuted output: True\n"


def test_the_gpt_input_is_token_plus_position_embedding_broadcast_over_the_batch():
    torch.manual_seed(0)
    model = GPTLanguageModel(vocab_size=13, block_size=8, n_embd=16, n_head=2, n_layer=1)
    idx = torch.randint(13, (3, 5), generator=torch.Generator().manual_seed(2))
    x = model.token_embedding_table.weight[idx] + model.position_embedding_table.weight[:5]  # rows 0..T-1
    assert torch.allclose(model(idx)[0], model.lm_head(model.ln_f(model.blocks(x))), atol=1e-6)
    assert model.position_embedding_table.weight.shape == (8, 16)  # one row per position, block_size rows
    assert model.position_embedding_table.weight.requires_grad  # learned, like any weight


def sinusoids(T, C):
    """The original Transformer's fixed positional encodings (Vaswani et al., 2017)."""
    pos = torch.arange(T, dtype=torch.float32)[:, None]
    freq = 10_000 ** (-torch.arange(0, C, 2, dtype=torch.float32) / C)
    pe = torch.zeros(T, C)
    pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * freq), torch.cos(pos * freq)
    return pe


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.integers(0, 10_000))
def test_fixed_sinusoids_tell_the_orders_apart_as_the_learned_table_does(seed):
    torch.manual_seed(seed)
    head = Head(16, head_size=16, block_size=8)
    tok = torch.randn(1, 4, 16, generator=torch.Generator().manual_seed(seed))
    swapped = tok[:, [1, 0, 2, 3]]  # the first two tokens in the other order
    with torch.no_grad():
        assert torch.allclose(head(tok)[0, -1], head(swapped)[0, -1], atol=1e-6)  # no positions
        pe = sinusoids(4, 16)
        assert not torch.allclose(head(tok + pe)[0, -1], head(swapped + pe)[0, -1], atol=1e-4)
