"""minibatch, iteration and epoch: the page's claims, checked."""

import math
import random

import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)
XS = torch.tensor([stoi[a] for w in words[:4130] for a in "." + w])
YS = torch.tensor([stoi[b] for w in words[:4130] for b in w + "."])


def test_counts_on_the_page(example):
    n = len(XS)
    assert n == len(YS) == sum(len(w) + 1 for w in words[:4130]) == 28876
    assert math.ceil(n / 32) == 903 and 902 * 32 < n <= 903 * 32
    lines = example("minibatch").stdout.splitlines()
    assert lines[0] == f"training examples: {n}  batch size: 32  iterations per epoch: {math.ceil(n / 32)}"
    assert [line.split(" = ")[1].split(" epochs")[0] for line in lines[1:4]] == ["0.00", "1.00", "2.00"]
    coverage = example("minibatch", "epoch_coverage").stdout.splitlines()
    assert coverage[2] == f"last minibatch size: {n - 902 * 32}"  # the last minibatch of a partitioned epoch


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
    for _ in range(500):
        ix = torch.randint(0, len(XS), (32,), generator=g)
        W.grad = None
        F.cross_entropy(W[XS[ix]], YS[ix]).backward()
        total += W.grad
        single_errors.append(((W.grad - full).norm() / full.norm()).item())
    assert min(single_errors) > 0.2  # any one minibatch gradient is noticeably off
    assert ((total / 500 - full).norm() / full.norm()).item() < 0.15  # their average is close


def test_minibatch_training_lowers_the_loss_on_all_examples(example):
    run = example("minibatch")
    W = run.globals["W"].detach()
    before = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    xenc = F.one_hot(XS, num_classes=27).float()
    after = F.cross_entropy(xenc @ W, YS).item()  # one-hot products, not the region's row lookups
    assert run.stdout.splitlines()[-1] == f"loss on all training examples: {after:.3f}"
    assert after < F.cross_entropy(xenc @ before, YS).item() - 1


def test_an_epoch_of_randint_batches_misses_about_one_example_in_e(example):
    n, iterations = 28876, 903
    expected = 1 - (1 - 1 / n) ** (iterations * 32)  # chance that a given example is drawn at least once
    assert abs(expected - (1 - 1 / math.e)) < 0.001
    seen = example("minibatch", "epoch_coverage").globals["seen"]
    assert abs(seen.float().mean().item() - expected) < 0.01
    line = example("minibatch", "epoch_coverage").stdout.splitlines()[0]
    assert line.startswith(f"randint minibatches: {seen.float().mean().item():.1%}")


def test_randperm_batches_use_every_example_exactly_once(example):
    batches = example("minibatch", "epoch_coverage").globals["batches"]
    assert len(batches) == 903
    assert torch.equal(torch.cat(batches).sort().values, torch.arange(28876))
