"""scaled attention: the page's claims, checked."""

import re

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.gpt.model import Head


@pytest.mark.parametrize("d", [1, 4, 16, 64, 256])
def test_unit_variance_dot_products_have_variance_head_size_and_one_after_scaling(d):
    g = torch.Generator().manual_seed(d)
    q = torch.randn(20_000, d, generator=g, dtype=torch.float64)
    k = torch.randn(20_000, d, generator=g, dtype=torch.float64)
    dots = (q * k).sum(1)
    assert dots.var().item() == pytest.approx(d, rel=0.06)
    assert (dots * d**-0.5).var().item() == pytest.approx(1.0, rel=0.06)


@pytest.mark.parametrize("d", [16, 64])
def test_unscaled_softmax_piles_onto_one_position_scaled_does_not(d):
    g = torch.Generator().manual_seed(0)
    q, k = torch.randn(2000, 8, d, generator=g), torch.randn(2000, 8, d, generator=g)
    scores = q @ k.transpose(-2, -1)
    assert F.softmax(scores, -1).max(-1).values.mean() > 0.7  # most of a row's weight on one key
    assert F.softmax(scores * d**-0.5, -1).max(-1).values.mean() < 0.4


def numbers(line):
    return [float(x) for x in re.findall(r"-?\d+\.\d+", line)]


def test_the_example_prints_the_variances_and_the_largest_weights_of_its_tensors(example):
    region = example("scaled_attention")
    g, lines = region.globals, region.stdout.splitlines()
    assert numbers(lines[0]) == [round(g["k"].var().item(), 3), round(g["q"].var().item(), 3)]
    assert numbers(lines[1])[0] == round(g["wei"].var().item(), 3)
    assert numbers(lines[2])[0] == round((g["wei"] / 4).var().item(), 3)  # sqrt(16) = 4
    assert numbers(lines[2])[0] == pytest.approx(numbers(lines[1])[0] / 16, abs=1e-3)  # variance / head_size
    unscaled, scaled = numbers(lines[3])[0], numbers(lines[4])[0]
    assert unscaled > 2 * scaled


def test_the_pitfall_scale_by_n_embd_leaves_a_sixth_of_the_variance(example):
    lines = example("scaled_attention", "pitfall").stdout.splitlines()
    by_head_size, by_n_embd = numbers(lines[0])[1], numbers(lines[1])[1]
    assert by_head_size == pytest.approx(1.0, abs=0.1)
    assert by_n_embd == pytest.approx(by_head_size * 64 / 384, abs=2e-3)


def test_the_glossary_head_scales_by_head_size_not_n_embd():
    torch.manual_seed(0)
    head = Head(n_embd=48, head_size=8, block_size=5)
    x = torch.randn(2, 5, 48, generator=torch.Generator().manual_seed(1))
    q, k, v = head.query(x), head.key(x), head.value(x)
    tril = torch.tril(torch.ones(5, 5)) == 0
    for scale, matches in ((8**-0.5, True), (48**-0.5, False)):
        wei = F.softmax((q @ k.transpose(-2, -1) * scale).masked_fill(tril, float("-inf")), -1)
        assert torch.allclose(head(x), wei @ v, atol=1e-6) == matches


@pytest.mark.parametrize("n_embd, n_head", [(384, 6), (32, 4), (64, 1)])
def test_the_videos_c_to_the_minus_half_divides_by_sqrt_n_embd(n_embd, n_head):
    # The video's line is `wei = q @ k.transpose(-2, -1) * C**-0.5`, C = n_embd: a product
    # with C**-0.5 is a division by sqrt(C), which leaves head_size / n_embd of the variance.
    head_size = n_embd // n_head
    g = torch.Generator().manual_seed(n_embd)
    q = torch.randn(64, 32, head_size, generator=g, dtype=torch.float64)
    k = torch.randn(64, 32, head_size, generator=g, dtype=torch.float64)
    scores = q @ k.transpose(-2, -1)
    video = scores * n_embd**-0.5
    assert torch.allclose(video, scores / n_embd**0.5)
    assert video.var().item() == pytest.approx(head_size / n_embd, rel=0.05)
    assert (scores / n_embd**-0.5).var().item() == pytest.approx(head_size * n_embd, rel=0.05)
