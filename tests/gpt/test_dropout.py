"""dropout: the page's claims, checked (the random ones statistically, with seeded generators)."""

import ast
import re

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from glossary_examples.gpt.model import GPTLanguageModel, Head

N = 1_000_000


@pytest.mark.parametrize("p", [0.1, 0.2, 0.5, 0.9])
def test_each_element_is_zeroed_with_probability_p_and_survivors_are_scaled(p):
    torch.manual_seed(0)
    x = torch.rand(N) + 0.5  # no zeros of its own
    y = nn.Dropout(p)(x)
    zeroed = (y == 0).float().mean().item()
    assert abs(zeroed - p) < 5 * (p * (1 - p) / N) ** 0.5  # five standard errors of a binomial share
    kept = y != 0
    assert torch.allclose(y[kept], x[kept] / (1 - p), rtol=1e-6)


@pytest.mark.parametrize("p", [0.2, 0.5])
def test_the_expected_value_of_every_element_is_kept(p):
    torch.manual_seed(1)
    x = torch.tensor([-2.0, 0.5, 3.0])
    draws = torch.stack([F.dropout(x, p, training=True) for _ in range(20_000)])
    std_error = x.abs() * (p / (1 - p)) ** 0.5 / 20_000**0.5  # std of x / (1-p) * Bernoulli(1-p), averaged
    assert ((draws.mean(0) - x).abs() < 5 * std_error).all()


def test_evaluation_mode_p_0_and_p_1():
    x = torch.randn(4, 5, generator=torch.Generator().manual_seed(2))
    assert torch.equal(nn.Dropout(0.5).eval()(x), x)
    assert torch.equal(nn.Dropout(0.0)(x), x)  # training mode, nothing dropped
    assert torch.equal(nn.Dropout(1.0)(x), torch.zeros_like(x))  # everything dropped, no 0 / 0
    assert not torch.equal(nn.Dropout(1.0)(x).mean(), x.mean())  # so the expectation is not kept
    assert nn.Dropout(0.5).training  # a new module is in training mode


def test_the_example_output(example):
    region = example("dropout")
    lines = region.stdout.splitlines()
    shown = " ".join(lines[:2])
    assert set(re.findall(r"\d\.\d+", shown)) <= {"1.2500", "0.0000"}  # 1 / (1 - 0.2), or dropped
    assert "\n".join(lines[2:4]) == str(torch.ones(2, 8))
    zeroed = float(re.search(r"zeroed: (\S+)", lines[4]).group(1))
    assert abs(zeroed - 0.2) < 5 * (0.2 * 0.8 / N) ** 0.5
    before, after = (float(v) for v in re.findall(r"\d\.\d{4}", lines[5]))
    assert before == 3.0 and abs(after - 3.0) < 5 * 3.0 * (0.2 / 0.8) ** 0.5 / N**0.5


def test_model_eval_switches_every_dropout_and_makes_the_loss_repeatable(example):
    lines = example("dropout", "pitfall").stdout.splitlines()
    train_losses = ast.literal_eval(lines[0].removeprefix("train mode:").strip())
    eval_losses = ast.literal_eval(lines[1].removeprefix("eval mode:").strip())
    assert len(set(train_losses)) == 3 and len(set(eval_losses)) == 1
    model = example("dropout", "pitfall").globals["model"]
    dropouts = [m for m in model.modules() if isinstance(m, nn.Dropout)]
    assert len(dropouts) == 2 + 1 + 1  # after each of the 2 heads' softmax, after proj, in the MLP
    assert not any(m.training for m in dropouts)


def test_dropout_sits_after_the_softmax_after_proj_and_at_the_end_of_the_feed_forward_layer():
    model = GPTLanguageModel(vocab_size=5, block_size=4, n_embd=8, n_head=2, n_layer=1, dropout=0.2)
    block = model.blocks[0]
    assert [h.dropout.p for h in block.sa.heads] == [0.2, 0.2]
    assert block.sa.dropout.p == 0.2 and isinstance(block.ffwd.net[-1], nn.Dropout)


def test_attention_rows_with_dropout_sum_to_one_only_on_average():
    torch.manual_seed(3)
    head = Head(n_embd=8, head_size=8, block_size=6, dropout=0.2)
    x = torch.randn(1, 6, 8)
    T = 6
    q, k = head.query(x), head.key(x)
    wei = F.softmax((q @ k.transpose(-2, -1) * 8**-0.5).masked_fill(torch.tril(torch.ones(T, T)) == 0, float("-inf")), -1)
    sums = torch.stack([head.dropout(wei).sum(-1) for _ in range(4000)])
    assert not torch.allclose(sums[0], torch.ones(1, T))  # one draw: not 1
    assert torch.allclose(sums.mean(0), torch.ones(1, T), atol=0.02)  # on average: 1
