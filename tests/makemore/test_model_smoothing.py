"""model smoothing: the page's claims, checked."""

import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore import neural  # noqa: E402
from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities  # noqa: E402
from glossary_examples.makemore.data import load_names  # noqa: E402

WORDS = load_names()
N = count_matrix(WORDS)
XS, YS = encode(WORDS)


def run_region(name: str) -> dict:
    return region_globals("model_smoothing", name)


@pytest.mark.parametrize("k", [0, 1, 7.5])
def test_additive_smoothing_closed_form(k):
    expected = (N.double() + k) / (N.double().sum(1, keepdim=True) + 27 * k)
    assert torch.allclose(probabilities(N, k).double(), expected, atol=1e-7)


def test_k_zero_is_the_mle_and_large_k_is_uniform():
    assert torch.equal(probabilities(N, 0), N.float() / N.float().sum(1, keepdim=True))
    assert torch.allclose(probabilities(N, 1e9), torch.full((27, 27), 1 / 27))
    assert average_nll(probabilities(N, 1e9), XS, YS) == pytest.approx(math.log(27), abs=1e-4)


def test_no_zero_probability_once_k_is_positive():
    assert probabilities(N, 0).min() == 0
    for k in (1e-3, 1, 100):
        assert probabilities(N, k).min() > 0


def test_training_nll_rises_with_k():
    nlls = [average_nll(probabilities(N, k), XS, YS) for k in [0, 0.01, 0.1, 1, 10, 100, 1e4, 1e6]]
    assert all(a < b for a, b in zip(nlls, nlls[1:]))


def test_example_prints_loss_and_samples_for_each_k(capsys):
    run_region("example")
    out = capsys.readouterr().out
    assert "k = 0: training NLL 2.3346, smallest p 0.00000" in out
    assert "k = 1: training NLL 2.3423" in out
    assert "k = 10000: training NLL 3.2714" in out
    assert "samples: cexze. loma. mikica." in out  # k = 1: the lecture seed's names


def test_held_out_nll_infinite_at_zero_lowest_at_small_k_then_rising():
    train = [w for i, w in enumerate(WORDS) if i % 10]
    held_out = WORDS[::10]
    Nt = count_matrix(train)
    xs, ys = encode(held_out)
    assert int((Nt[xs, ys] == 0).sum()) == 2  # two held-out bigrams were never counted
    assert math.isinf(average_nll(probabilities(Nt, 0), xs, ys))
    at = {k: average_nll(probabilities(Nt, k), xs, ys) for k in (0.001, 0.128, 1, 10)}
    assert at[0.128] < at[0.001] and at[0.128] < at[1] < at[10]


def test_figure_finds_the_held_out_minimum():
    plt.close("all")
    ns = run_region("figure")
    assert ns["ks"][ns["best"]] == pytest.approx(0.128)
    assert all(a <= b for a, b in zip(ns["train_nll"], ns["train_nll"][1:]))
    assert ns["held_out_nll"][-1] == pytest.approx(math.log(27), abs=0.01)
    assert all(t < h for t, h in zip(ns["train_nll"], ns["held_out_nll"]))
    ax = plt.gcf().axes[0]
    assert ax.get_xscale() == "log" and ax.get_xlabel() and ax.get_ylabel()
    plt.close("all")


def test_zero_weights_give_uniform_rows(capsys):
    run_region("neural")
    assert "1/27 = 0.037" in capsys.readouterr().out
    assert torch.allclose(F.softmax(torch.zeros(27, 27), dim=1), torch.full((27, 27), 1 / 27))


def test_stronger_l2_penalty_flattens_the_neural_table_like_larger_k():
    xs, ys = encode(["emma", "olivia", "ava", "isabella", "sophia"])
    tables = [F.softmax(neural.train(xs, ys, steps=300, lr=1.0, reg=reg)[0], 1) for reg in (0.01, 1, 10, 100)]
    rows = xs.unique()  # the rows the data touches
    peaks = [t[rows].max(1).values.mean().item() for t in tables]  # how peaked the rows are
    assert peaks[0] > peaks[1] > peaks[2] > peaks[3] > 1 / 27
    Ptoy = count_matrix(["emma", "olivia", "ava", "isabella", "sophia"])
    assert probabilities(Ptoy, 0)[rows].max(1).values.mean() > probabilities(Ptoy, 10)[rows].max(1).values.mean()
