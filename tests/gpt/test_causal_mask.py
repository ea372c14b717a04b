"""causal mask: the page's claims, checked."""

import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.gpt.model import Head


def masked_softmax(scores):
    T = scores.shape[-1]
    tril = torch.tril(torch.ones(T, T))
    return F.softmax(scores.masked_fill(tril == 0, float("-inf")), dim=-1)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.integers(1, 12), st.sampled_from([torch.float32, torch.float64]),
       st.floats(-1e30, 1e30, allow_nan=False, allow_infinity=False), st.integers(0, 2**31))
def test_future_weights_are_exactly_zero_and_rows_sum_to_one_whatever_the_scores(T, dtype, scale, seed):
    scores = torch.randn(T, T, generator=torch.Generator().manual_seed(seed), dtype=dtype) * scale
    wei = masked_softmax(scores)
    assert not wei.isnan().any()
    assert torch.equal(wei.triu(1), torch.zeros_like(wei))
    assert torch.allclose(wei.sum(1), torch.ones(T, dtype=dtype))


def test_the_example_weights_are_the_softmax_over_the_visible_scores_only(example):
    region = example("causal_mask")
    scores, wei, tril = region.globals["scores"], region.globals["wei"], region.globals["tril"]
    by_hand = scores.exp() * tril / (scores.exp() * tril).sum(1, keepdim=True)
    assert torch.allclose(wei, by_hand)
    assert region.stdout.splitlines()[-1] == f"row sums: {wei.sum(1)}"
    assert "-inf" in region.stdout and region.stdout.count("-inf") == 6  # the 6 entries above the diagonal


def test_the_pitfalls_leak_the_future_or_break_the_row_sums_for_any_scores(example):
    region = example("causal_mask", "pitfall")
    lines = region.stdout.splitlines()
    assert lines[2] == "softmax of a fully masked row: tensor([nan, nan, nan, nan])"
    for seed in range(20):
        scores = torch.randn(5, 5, generator=torch.Generator().manual_seed(seed), dtype=torch.float64) * 3
        tril = torch.tril(torch.ones(5, 5))
        with_zero = F.softmax(scores.masked_fill(tril == 0, 0.0), dim=-1)
        assert (with_zero.triu(1).sum(1)[:-1] > 0).all()  # every row but the last sees the future
        after = F.softmax(scores, dim=-1) * tril
        assert (after.sum(1)[:-1] < 1).all() and torch.allclose(after.sum(1)[-1], torch.tensor(1.0).double())
    g = region.globals
    assert lines[0] == f"filled with 0, weight on the future: {g['with_zero'].triu(1).sum(1)}"
    assert lines[1] == f"zeroed after softmax, row sums: {g['after'].sum(1)}"


def test_changing_positions_from_j_on_never_changes_the_outputs_before_j(example):
    lines = example("causal_mask", "future").stdout.splitlines()
    assert lines == ["positions 0-3 unchanged: True", "positions 4-5 changed:   True"]
    torch.manual_seed(0)
    head = Head(n_embd=8, head_size=4, block_size=6)
    x = torch.randn(2, 6, 8, generator=torch.Generator().manual_seed(1))
    out = head(x)
    for j in range(6):
        changed = x.clone()
        changed[:, j:] = torch.randn(2, 6 - j, 8, generator=torch.Generator().manual_seed(j)) * 100
        assert torch.equal(head(changed)[:, :j], out[:, :j]), j


def test_a_shorter_sequence_gets_the_same_outputs_as_the_start_of_a_longer_one():
    torch.manual_seed(0)
    head = Head(n_embd=8, head_size=4, block_size=6)
    x = torch.randn(1, 6, 8, generator=torch.Generator().manual_seed(2))
    for T in range(1, 7):
        assert torch.allclose(head(x[:, :T]), head(x)[:, :T], atol=1e-6)


def test_without_the_mask_the_future_does_take_part():
    torch.manual_seed(0)
    head = Head(n_embd=8, head_size=4, block_size=6)
    head.tril.fill_(1)  # an encoder head: no mask (this test's own instance)
    x = torch.randn(1, 6, 8, generator=torch.Generator().manual_seed(3))
    changed = x.clone()
    changed[0, 5] += 1
    assert not torch.allclose(head(changed)[0, 0], head(x)[0, 0])


def test_only_finite_scores_and_values_keep_the_future_out():
    scores = torch.zeros(3, 3)
    scores[2, 0] = float("inf")  # an infinite score the row may see
    wei = masked_softmax(scores)
    assert torch.equal(wei[:2], masked_softmax(torch.zeros(3, 3))[:2])
    assert wei[2].isnan().any()  # inf - inf in the softmax
    torch.manual_seed(0)
    head = Head(n_embd=8, head_size=4, block_size=4)
    x = torch.randn(1, 4, 8, generator=torch.Generator().manual_seed(1))
    changed = x.clone()
    changed[0, 3] = float("inf")  # the last token's vector: its value is not finite
    with torch.no_grad():
        out = head(changed)
    assert out[0, :3].isnan().all()  # weight 0 times inf poisons the earlier positions too
