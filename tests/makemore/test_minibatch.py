"""minibatch, iteration and epoch: the page's claims, checked."""

import math
import random

import torch
import torch.nn.functional as F

from glossary_examples import minibatch  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)
XS = torch.tensor([stoi[a] for w in words[:4130] for a in "." + w])
YS = torch.tensor([stoi[b] for w in words[:4130] for b in w + "."])


def test_counts_on_the_page():
    n = len(XS)
    assert n == len(YS) == 28876
    assert math.ceil(n / 32) == 903 and 902 * 32 < n <= 903 * 32
    assert n - 902 * 32 == 12  # the last minibatch of a partitioned epoch


def test_randint_minibatches_are_seeded_and_in_range():
    ix = torch.randint(0, len(XS), (32,), generator=torch.Generator().manual_seed(2147483647))
    again = torch.randint(0, len(XS), (32,), generator=torch.Generator().manual_seed(2147483647))
    assert ix.shape == (32,) and ix.dtype == torch.int64
    assert ((0 <= ix) & (ix < len(XS))).all()
    assert torch.equal(ix, again)


def test_a_minibatch_gradient_estimates_the_full_gradient():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647), requires_grad=True)
    F.cross_entropy(W[XS], YS).backward()
    full = W.grad.clone()
    g = torch.Generator().manual_seed(0)
    total, single_errors = torch.zeros_like(full), []
    for _ in range(2000):
        ix = torch.randint(0, len(XS), (32,), generator=g)
        W.grad = None
        F.cross_entropy(W[XS[ix]], YS[ix]).backward()
        total += W.grad
        single_errors.append(((W.grad - full).norm() / full.norm()).item())
    assert min(single_errors) > 0.2  # any one minibatch gradient is noticeably off
    assert ((total / 2000 - full).norm() / full.norm()).item() < 0.1  # their average is close


def test_minibatch_training_lowers_the_loss_on_all_examples():
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn((27, 27), generator=g, requires_grad=True)
    before = F.cross_entropy(W[XS], YS).item()
    for _ in range(2 * 903):
        ix = torch.randint(0, len(XS), (32,), generator=g)
        loss = F.cross_entropy(W[XS[ix]], YS[ix])
        W.grad = None
        loss.backward()
        W.data += -10 * W.grad
    after = F.cross_entropy(W[XS], YS).item()
    assert round(after, 3) == 2.398 and after < before - 1


def test_an_epoch_of_randint_batches_misses_about_one_example_in_e():
    n, iterations = 28876, 903
    g = torch.Generator().manual_seed(2147483647)
    seen = torch.zeros(n, dtype=torch.bool)
    for _ in range(iterations):
        seen[torch.randint(0, n, (32,), generator=g)] = True
    expected = 1 - (1 - 1 / n) ** (iterations * 32)  # chance that a given example is drawn at least once
    assert abs(expected - (1 - 1 / math.e)) < 0.001
    assert abs(seen.float().mean().item() - expected) < 0.01


def test_randperm_batches_use_every_example_exactly_once():
    n = 28876
    batches = torch.randperm(n, generator=torch.Generator().manual_seed(1)).split(32)
    assert len(batches) == 903
    assert torch.equal(torch.cat(batches).sort().values, torch.arange(n))
