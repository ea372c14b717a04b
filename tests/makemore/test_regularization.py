"""regularization: the page's claims, checked."""

import math
import random

import pytest
import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import load_names, stoi

words = load_names()
random.seed(42)
random.shuffle(words)


def encode(ws):
    xs = torch.tensor([stoi[a] for w in ws for a in "." + w])
    ys = torch.tensor([stoi[b] for w in ws for b in w + "."])
    return xs, ys


XS, YS = encode(words[:100])
DEV_XS, DEV_YS = encode(words[4130:4646])


def train(lam: float) -> torch.Tensor:
    """The page's loop, written with row lookups W[xs] instead of one-hot products (the same logits)."""
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647), requires_grad=True)
    for _ in range(100):
        loss = F.cross_entropy(W[XS], YS) + lam * (W**2).mean()
        W.grad = None
        loss.backward()
        W.data += -50 * W.grad
    return W.detach()


@pytest.fixture(scope="module")
def runs():
    results = {}
    for lam in (0.0, 0.01, 0.1, 1.0):
        W = train(lam)
        probs = F.softmax(W[XS], dim=1)
        results[lam] = {
            "train": F.cross_entropy(W[XS], YS).item(),
            "dev": F.cross_entropy(W[DEV_XS], DEV_YS).item(),
            "rms": W.pow(2).mean().sqrt().item(),
            "entropy": -(probs * probs.log()).sum(1).mean().item(),
            "row entropy": -(F.softmax(W, 1) * F.softmax(W, 1).log()).sum(1),
        }
    return results


def test_the_printed_table_is_the_independent_run(example, runs):
    lines = example("regularization").stdout.splitlines()
    for line, lam in zip(lines, (0.0, 0.01, 0.1, 1.0), strict=True):
        r = runs[lam]
        assert line == (f"lambda={lam:<4}  train NLL {r['train']:.3f}  dev NLL {r['dev']:.3f}"
                        f"  rms(W) {r['rms']:.3f}  prediction entropy {r['entropy']:.3f}")


def test_each_row_of_predictions_gets_closer_to_uniform_as_the_penalty_grows(runs):
    lams = sorted(runs)
    for a, b in zip(lams, lams[1:]):
        assert (runs[b]["row entropy"] > runs[a]["row entropy"]).all()  # every one of the 27 rows


def test_stronger_penalty_means_smaller_weights_flatter_predictions_and_worse_train_loss(runs):
    lams = sorted(runs)
    for a, b in zip(lams, lams[1:]):
        assert runs[b]["rms"] < runs[a]["rms"]
        assert runs[b]["entropy"] > runs[a]["entropy"]
        assert runs[b]["train"] > runs[a]["train"]
    assert runs[1.0]["entropy"] < math.log(27)


def test_a_moderate_penalty_helps_the_dev_loss_and_a_strong_one_underfits(runs):
    assert runs[0.1]["dev"] < runs[0.01]["dev"] < runs[0.0]["dev"]
    assert runs[1.0]["dev"] > runs[0.1]["dev"]


def test_the_penalty_is_zero_at_zero_where_predictions_are_uniform():
    W = torch.zeros((27, 27))
    assert (W**2).mean().item() == 0.0
    assert torch.allclose(F.softmax(W, dim=1), torch.full((27, 27), 1 / 27))


def test_penalty_gradient_pulls_toward_zero():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647), requires_grad=True)
    (0.01 * (W**2).mean()).backward()
    assert torch.allclose(W.grad, 2 * 0.01 * W.detach() / 729)
    assert round(0.01 * (W.detach() ** 2).mean().item(), 5) == 0.00967


def test_l2_penalty_equals_sgd_weight_decay():
    lam, lr = 0.01, 50.0
    start = torch.randn((27, 27), generator=torch.Generator().manual_seed(1))
    W1 = start.clone().requires_grad_()
    (F.cross_entropy(W1[XS], YS) + lam * (W1**2).mean()).backward()
    by_hand = W1.detach() - lr * W1.grad
    W2 = start.clone().requires_grad_()
    opt = torch.optim.SGD([W2], lr=lr, weight_decay=2 * lam / 729)
    F.cross_entropy(W2[XS], YS).backward()
    opt.step()
    assert torch.allclose(W2.detach(), by_hand, atol=1e-5)


def test_count_smoothing_flattens_predictions_the_same_way():
    N = torch.zeros((27, 27))
    N.index_put_((XS, YS), torch.ones(len(XS)), accumulate=True)
    entropies = []
    for k in (0.01, 0.1, 1, 10, 1000):
        P = (N + k) / (N + k).sum(1, keepdim=True)
        entropies.append(-(P * P.log()).sum(1).mean().item())
    assert all(b > a for a, b in zip(entropies, entropies[1:]))
    assert math.isclose(entropies[-1], math.log(27), rel_tol=1e-3)
