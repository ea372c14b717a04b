"""data normalization: the page's claims, checked."""

import numpy as np
import torch
import torch.nn.functional as F

from glossary_examples import data_normalization  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.makemore.data import load_names, stoi

N = torch.tensor([[0., 4., 1.], [3., 1., 6.], [5., 2., 3.]])


def bigram_counts() -> torch.Tensor:
    counts = torch.zeros((27, 27))
    for w in load_names():
        for a, b in zip("." + w, w + "."):
            counts[stoi[a], stoi[b]] += 1
    return counts


def test_row_normalization_gives_distributions_on_the_toy_and_the_real_counts():
    for counts in (N, bigram_counts()):
        P = counts / counts.sum(1, keepdim=True)
        assert torch.allclose(P.sum(1), torch.ones(len(counts)))
        assert ((P >= 0) & (P <= 1)).all()
        assert torch.allclose(P, torch.from_numpy(counts.numpy() / counts.numpy().sum(1, keepdims=True)))


def test_toy_values_on_the_page():
    P = N / N.sum(1, keepdim=True)
    assert torch.allclose(P, torch.tensor([[0.0, 0.8, 0.2], [0.3, 0.1, 0.6], [0.5, 0.2, 0.3]]))


def test_scaling_a_row_of_counts_changes_nothing():
    scaled = N * torch.tensor([[10.0], [1.0], [0.5]])
    assert torch.allclose(scaled / scaled.sum(1, keepdim=True), N / N.sum(1, keepdim=True))


def test_f_normalize_with_p1_is_row_normalization_for_non_negative_rows():
    counts = bigram_counts()
    assert torch.allclose(F.normalize(counts, p=1, dim=1), counts / counts.sum(1, keepdim=True))


def test_exp_then_row_normalize_is_softmax():
    logits = torch.tensor([[-1.0, 0.5, 2.0], [0.0, 0.0, 0.0]])
    counts = logits.exp()
    assert torch.allclose(counts / counts.sum(1, keepdim=True), F.softmax(logits, dim=1))


def test_standardization_gives_mean_0_and_std_1_per_column():
    for X in (N, torch.tensor([[1., 200.], [2., 400.], [3., 600.]])):
        Z = (X - X.mean(0)) / X.std(0)
        assert torch.allclose(Z.mean(0), torch.zeros(X.shape[1]), atol=1e-6)
        assert torch.allclose(Z.std(0), torch.ones(X.shape[1]))
        expected = (X.numpy() - X.numpy().mean(0)) / X.numpy().std(0, ddof=1)  # torch's default std is the sample std
        assert np.allclose(Z.numpy(), expected, atol=1e-6)
    X = torch.tensor([[1., 200.], [2., 400.], [3., 600.]])  # columns in different units become the same
    assert torch.allclose((X - X.mean(0)) / X.std(0), torch.tensor([[-1., -1.], [0., 0.], [1., 1.]]))


def test_min_max_gives_0_to_1_per_column():
    M = (N - N.min(0).values) / (N.max(0).values - N.min(0).values)
    assert torch.equal(M.min(0).values, torch.zeros(3))
    assert torch.equal(M.max(0).values, torch.ones(3))


def test_feature_scaled_rows_are_not_distributions():
    Z = (N - N.mean(0)) / N.std(0)
    M = (N - N.min(0).values) / (N.max(0).values - N.min(0).values)
    assert (Z < 0).any()
    assert not torch.allclose(Z.sum(1), torch.ones(3))
    assert not torch.allclose(M.sum(1), torch.ones(3))
    assert torch.allclose(M.sum(1), torch.tensor([1.0, 1.6, 1.73333]), atol=1e-4)
