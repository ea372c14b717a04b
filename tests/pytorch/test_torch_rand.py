"""torch.rand vs torch.randn: the page's claims, checked."""

import math

import pytest
import torch

N = 100_000
SEED = 2147483647


def draws(seed=SEED, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(N, generator=g, dtype=dtype), torch.randn(N, generator=g, dtype=dtype)


def test_the_example_makes_the_lectures_p(example):
    ran = example("torch_rand")
    p = ran.globals["p"]
    assert (p >= 0).all() and p.sum().item() == pytest.approx(1.0, abs=1e-6)
    assert p.tolist() == pytest.approx([0.6064, 0.3033, 0.0903], abs=5e-5)  # the lecture's numbers
    raw = torch.rand(3, generator=torch.Generator().manual_seed(SEED))
    assert torch.allclose(p, raw / raw.sum())
    assert ran.stdout.splitlines()[2] == "sum of p: 1.0"


@pytest.mark.parametrize("seed", [0, 1, SEED])
def test_rand_is_uniform_on_zero_one(seed):
    u, _ = draws(seed)
    assert u.min() >= 0 and u.max() < 1  # half-open interval
    assert u.mean().item() == pytest.approx(0.5, abs=5 * (12**-0.5) / math.sqrt(N))  # 5 standard errors
    assert u.std().item() == pytest.approx(12**-0.5, abs=0.003)
    assert torch.allclose(torch.histc(u, bins=10, min=0, max=1) / N, torch.full((10,), 0.1), atol=0.005)  # flat


@pytest.mark.parametrize("seed", [0, 1, SEED])
def test_float32_draws_are_whole_multiples_of_2_to_the_minus_24_below_1(seed):
    u, _ = draws(seed)
    k = u.double() * 2**24
    assert torch.equal(k, k.round()) and k.max() <= 2**24 - 1


@pytest.mark.parametrize("seed", [0, 1, SEED])
def test_randn_is_standard_normal(seed):
    _, z = draws(seed)
    assert z.mean().item() == pytest.approx(0.0, abs=5 / math.sqrt(N))
    assert z.std().item() == pytest.approx(1.0, abs=0.01)
    assert (z < 0).any() and (z > 1).any()  # values outside [0, 1) on both sides
    assert (z < 0).float().mean().item() == pytest.approx(0.5, abs=0.01)
    within_one = math.erf(1 / math.sqrt(2))  # P(|Z| <= 1) for a standard normal, 0.6827
    assert (z.abs() <= 1).float().mean().item() == pytest.approx(within_one, abs=0.01)


def test_the_compare_example_prints_what_the_theory_says(example):
    ran = example("torch_rand", "compare")
    u, z = ran.globals["u"], ran.globals["z"]
    printed = ran.stdout.splitlines()
    assert printed[0] == "rand : all >= 0: True  all < 1: True"
    assert f"{12**-0.5:.4f}" == "0.2887" and printed[1].endswith("1/sqrt(12) = 0.2887)")
    assert float(printed[1].split()[3]) == pytest.approx(0.5, abs=0.005)
    assert float(printed[2].split()[2]) == pytest.approx(0.0, abs=0.01)
    assert printed[4] == f"randn values below 0: {(z < 0).float().mean():.1%}" and u.numel() == z.numel() == N


def test_both_default_to_float32_and_take_the_shape_as_arguments():
    assert torch.rand(3).dtype == torch.randn(3).dtype == torch.get_default_dtype() == torch.float32
    assert torch.rand(27, 27).shape == torch.randn((27, 27)).shape == (27, 27)


@pytest.mark.parametrize("make", [torch.rand, torch.randn])
def test_the_same_seed_gives_the_same_numbers(make):
    first = make(5, generator=torch.Generator().manual_seed(7))
    assert torch.equal(first, make(5, generator=torch.Generator().manual_seed(7)))
    assert not torch.equal(first, make(5, generator=torch.Generator().manual_seed(8)))


def test_the_figure_rand_bars_only_on_zero_one_randn_bars_on_both_sides_of_zero(example):
    figure = example("torch_rand", "figure")
    left = [(bar.get_x(), bar.get_height()) for bar in figure.globals["left"].patches]
    right = [(bar.get_x(), bar.get_height()) for bar in figure.globals["right"].patches]
    assert all(h == 0 for x, h in left if x < -1e-9 or x >= 1 - 1e-9) and sum(h for _, h in left) == N
    assert sum(h for x, h in right if x < 0) > 0.4 * N and sum(h for x, h in right if x >= 1) > 0.1 * N
    assert len(figure.figures) == 1
