"""torch.rand vs torch.randn: the page's claims, checked."""

import math

import pytest
import torch

from glossary_examples import torch_rand  # noqa: F401  (imports run the examples, as the page did)

N = 100_000


def draws(seed=2147483647):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(N, generator=g), torch.randn(N, generator=g)


def test_lecture_p_is_the_normalised_rand_vector():
    g = torch.Generator().manual_seed(2147483647)
    p = torch.rand(3, generator=g)
    assert torch.allclose(p, torch.tensor([0.7081, 0.3542, 0.1054]), atol=1e-4)
    p = p / p.sum()
    assert torch.allclose(p, torch.tensor([0.6064, 0.3033, 0.0903]), atol=1e-4)
    assert p.sum().item() == pytest.approx(1.0, abs=1e-6)


@pytest.mark.parametrize("seed", [0, 1, 2147483647])
def test_rand_is_uniform_on_zero_one(seed):
    u, _ = draws(seed)
    assert u.min() >= 0 and u.max() < 1  # half-open interval
    # the uniform distribution: mean 1/2, std 1/sqrt(12); 5 standard errors of tolerance
    assert u.mean().item() == pytest.approx(0.5, abs=5 * (12**-0.5) / math.sqrt(N))
    assert u.std().item() == pytest.approx(12**-0.5, abs=0.003)
    # flat: each tenth of the interval gets about a tenth of the draws
    assert torch.allclose(torch.histc(u, bins=10, min=0, max=1) / N, torch.full((10,), 0.1), atol=0.005)


@pytest.mark.parametrize("seed", [0, 1, 2147483647])
def test_randn_is_standard_normal(seed):
    _, z = draws(seed)
    assert z.mean().item() == pytest.approx(0.0, abs=5 / math.sqrt(N))
    assert z.std().item() == pytest.approx(1.0, abs=0.01)
    assert (z < 0).any() and (z > 1).any()  # values outside [0, 1) on both sides
    assert (z < 0).float().mean().item() == pytest.approx(0.5, abs=0.01)
    within_one = math.erf(1 / math.sqrt(2))  # P(|Z| <= 1) for a standard normal, 0.6827
    assert (z.abs() <= 1).float().mean().item() == pytest.approx(within_one, abs=0.01)


def test_both_default_to_float32_and_take_the_shape_as_arguments():
    assert torch.rand(3).dtype == torch.float32 and torch.randn(3).dtype == torch.float32
    assert torch.rand(27, 27).shape == torch.randn((27, 27)).shape == (27, 27)


def test_same_seed_same_numbers():
    u1, z1 = draws(7)
    u2, z2 = draws(7)
    assert torch.equal(u1, u2) and torch.equal(z1, z2)
    assert not torch.equal(draws(8)[0], u1)

