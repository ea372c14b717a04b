"""expected initial loss: the page's claims, checked."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st


def numpy_cross_entropy(logits: np.ndarray, targets: np.ndarray) -> float:
    """Mean -log softmax(logits)[target], in float64, with a stable log-sum-exp."""
    top = logits.max(1, keepdims=True)
    logsumexp = top[:, 0] + np.log(np.exp(logits - top).sum(1))
    return float((logsumexp - logits[np.arange(len(targets)), targets]).mean())


@settings(max_examples=40, deadline=None, derandomize=True)
@given(classes=st.integers(2, 100), n=st.integers(1, 40), value=st.floats(-50, 50),
       dtype=st.sampled_from([torch.float32, torch.float64]), data=st.data())
def test_equal_logits_score_ln_c_whatever_the_targets(classes, n, value, dtype, data):
    targets = torch.tensor(data.draw(st.lists(st.integers(0, classes - 1), min_size=n, max_size=n)))
    loss = F.cross_entropy(torch.full((n, classes), value, dtype=dtype), targets)
    assert loss.item() == pytest.approx(math.log(classes), rel=1e-6)
    assert F.softmax(torch.full((classes,), value, dtype=dtype), 0).tolist() == pytest.approx([1 / classes] * classes)


def test_ln_27_is_3_2958():
    assert round(-math.log(1 / 27), 4) == round(math.log(27), 4) == 3.2958


def test_the_example_matches_a_float64_numpy_forward_pass(example):
    ran = example("expected_initial_loss")
    rows = dict(line.split(":", 1) for line in ran.stdout.splitlines())
    printed = {key: float(value) for key, value in rows.items()}
    g = ran.globals
    X, Y = g["X"].numpy(), g["Y"].numpy()
    assert len(Y) == 36_122 and X.shape == (36_122, 3)  # the census names: 5,163 words + their '.' ends
    C, W1, b1, W2, b2 = (g[name].double().numpy() for name in ("C", "W1", "b1", "W2", "b2"))
    h = np.tanh(C[X].reshape(-1, 30) @ W1 + b1)
    assert printed["expected, -ln(1/27)"] == round(math.log(27), 4)
    assert printed["W2, b2 ~ N(0, 1)"] == pytest.approx(numpy_cross_entropy(h @ W2 + b2, Y), abs=2e-4)
    assert printed["W2 * 0.01, b2 = 0"] == pytest.approx(numpy_cross_entropy(h @ (W2 * 0.01), Y), abs=2e-4)
    assert printed["all logits 0 (uniform)"] == round(math.log(27), 4)


def test_a_normal_last_layer_starts_confidently_wrong_and_a_small_one_near_ln_27(example):
    g = example("expected_initial_loss").globals
    logits = g["h"] @ g["W2"] + g["b2"]
    probs = F.softmax(logits, dim=1)
    assert F.cross_entropy(logits, g["Y"]).item() > 5 * math.log(27)  # far above the uniform guess
    assert probs.max(1).values.median() > 0.9  # most of the probability on one character...
    assert probs[torch.arange(len(g["Y"])), g["Y"]].median() < 1e-4  # ...rarely the right one
    small = F.cross_entropy(g["h"] @ (g["W2"] * 0.01), g["Y"]).item()
    assert abs(small - math.log(27)) < 0.05


def test_the_figure_rises_from_ln_27_as_the_logits_grow(example):
    g = example("expected_initial_loss", "figure").globals
    scales, losses = g["scales"].tolist(), g["losses"]
    small = [loss for s, loss in zip(scales, losses) if s <= 0.05]
    assert small and all(abs(loss - math.log(27)) < 2e-3 for loss in small)  # nearly uniform
    large = [loss for s, loss in zip(scales, losses) if s >= 0.3]
    assert all(a < b for a, b in zip(large, large[1:]))
    assert losses[-1] > 10 * math.log(27)
    assert len(example("expected_initial_loss", "figure").figures) == 1


def test_averaged_over_targets_the_loss_never_falls_as_the_logits_grow(example):
    # with a target drawn uniformly, the expected loss of a row is logsumexp(s z) - mean(s z),
    # whose derivative in s is sum(p z) - mean(z) >= 0: the figure's curve only dips by chance
    logits = example("expected_initial_loss", "figure").globals["logits"].double()
    scales = torch.logspace(-3, 2, 60, dtype=torch.float64)
    expected = [(torch.logsumexp(s * logits, 1) - (s * logits).mean(1)).mean().item() for s in scales]
    assert expected[0] == pytest.approx(math.log(27), abs=1e-4)
    assert all(a <= b + 1e-12 for a, b in zip(expected, expected[1:]))


def test_from_the_normal_init_the_first_steps_shrink_the_logits_and_leave_the_network_behind(example):
    g = example("expected_initial_loss").globals
    X, Y = g["X"], g["Y"]
    probe = torch.arange(0, len(Y), 37)
    results = {}
    for scale in (1.0, 0.01):
        C, W1, b1 = (g[name].clone().requires_grad_() for name in ("C", "W1", "b1"))
        W2 = (g["W2"] * scale).requires_grad_()
        b2 = (g["b2"] if scale == 1.0 else torch.zeros(27)).clone().requires_grad_()
        params = [C, W1, b1, W2, b2]

        def logits(ix):
            return torch.tanh(C[X[ix]].view(-1, 30) @ W1 + b1) @ W2 + b2

        with torch.no_grad():
            start = logits(probe).std().item(), F.cross_entropy(logits(probe), Y[probe]).item()
        gen = torch.Generator().manual_seed(0)
        for _ in range(100):
            ix = torch.randint(0, len(Y), (32,), generator=gen)
            loss = F.cross_entropy(logits(ix), Y[ix])
            for p in params:
                p.grad = None
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p -= 0.1 * p.grad
        with torch.no_grad():
            results[scale] = start, (logits(probe).std().item(), F.cross_entropy(logits(probe), Y[probe]).item())
    (std0, loss0), (std1, loss1) = results[1.0]
    assert std1 < 0.8 * std0 and loss0 - loss1 > 15  # logits shrink while the loss falls steeply
    assert results[0.01][1][1] < loss1 - 1  # the network started near ln 27 is ahead
