"""batch normalization (BatchNorm): the page's claims, checked."""

import math
import re

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st


def by_hand(x, gamma, beta, eps=1e-5):
    mean = x.mean(0, keepdim=True)
    var = x.var(0, keepdim=True, correction=0)
    return gamma * (x - mean) / torch.sqrt(var + eps) + beta


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(2, 64), features=st.integers(1, 5), scale=st.floats(1e-2, 1e3), offset=st.floats(-100, 100),
       dtype=st.sampled_from([torch.float32, torch.float64]), seed=st.integers(0, 2**31))
def test_each_feature_gets_mean_0_and_std_sqrt_var_over_var_plus_eps(n, features, scale, offset, dtype, seed):
    x = torch.randn(n, features, generator=torch.Generator().manual_seed(seed), dtype=dtype) * scale + offset
    out = by_hand(x, 1.0, 0.0)
    var = x.double().var(0, correction=0)
    tol = 1e-3 if dtype == torch.float32 else 1e-9
    assert torch.allclose(out.double().mean(0), torch.zeros(features, dtype=torch.float64),
                          atol=tol * (1 + abs(offset) / scale))
    assert torch.allclose(out.double().std(0, correction=0), torch.sqrt(var / (var + 1e-5)), atol=tol)
    assert torch.allclose(out, F.batch_norm(x, None, None, training=True), atol=tol * (1 + abs(offset) / scale))


def test_a_constant_feature_gives_0_not_nan_thanks_to_eps():
    x = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 4.0], [1.0, 0.0]])  # feature 0 constant, mean exactly 1
    assert torch.equal(torch.nn.BatchNorm1d(2)(x)[:, 0], torch.zeros(4))
    assert torch.isnan(by_hand(x, 1.0, 0.0, eps=0.0)[:, 0]).all()  # 0 / 0 without eps
    x = torch.tensor([[3.0], [3.0], [3.0]])  # the float32 mean of three 3.0s is not exactly 3
    assert torch.nn.BatchNorm1d(1)(x).abs().max() < 1e-3


def test_gamma_and_beta_can_undo_the_normalization():
    x = torch.randn(16, 3, generator=torch.Generator().manual_seed(0), dtype=torch.float64) * 4 + 2
    gamma = torch.sqrt(x.var(0, correction=0) + 1e-5)
    beta = x.mean(0)
    assert torch.allclose(by_hand(x, gamma, beta), x)


def test_the_example_matches_numpy_and_nn_batchnorm1d(example):
    ran = example("batch_normalization")
    x = ran.globals["x"].double().numpy()
    lists = [[float(v) for v in m.split(",")] for m in re.findall(r"\[([^\]]*)\]", ran.stdout)]
    assert lists[0] == pytest.approx(x.mean(0), abs=6e-4) and lists[1] == pytest.approx(x.std(0), abs=6e-4)
    expected_after = np.sqrt(x.var(0) / (x.var(0) + 1e-5))
    assert lists[2] == pytest.approx(expected_after, abs=6e-5)
    assert lists[2][0] < 0.9999  # a feature with std 0.1: eps shows
    assert float(re.search(r"largest \|mean\| after: (\S+)", ran.stdout)[1]) < 1e-5
    assert "same as nn.BatchNorm1d: True" in ran.stdout
    assert torch.allclose(ran.globals["out"], torch.nn.BatchNorm1d(4)(ran.globals["x"]), atol=1e-5)


def test_an_examples_output_depends_on_the_rest_of_its_batch_in_training_mode_only(example):
    ran = example("batch_normalization", "coupling")
    a, b = [[float(v) for v in m.split(",")] for m in re.findall(r"\[([^\]]*)\]", ran.stdout)]
    assert a != b
    g = ran.globals
    bn = torch.nn.BatchNorm1d(3)
    bn(g["batch_a"])  # fill the running statistics once
    bn.eval()
    assert torch.equal(bn(g["batch_a"])[0], bn(g["batch_b"])[0])


def test_the_lectures_n_minus_1_variance_changes_the_std_by_about_1_6_percent_for_32():
    assert math.sqrt(32 / 31) == pytest.approx(1.016, abs=5e-4)
    x = torch.randn(32, 5, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    ratio = (x.var(0) / x.var(0, correction=0)).sqrt()
    assert torch.allclose(ratio, torch.full((5,), math.sqrt(32 / 31), dtype=torch.float64))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(n=st.integers(2, 64), spread=st.floats(0.0, 1.0), seed=st.integers(0, 2**31))
def test_the_std_after_normalizing_runs_from_0_for_a_constant_feature_to_1(n, spread, seed):
    # spread 0 is a constant feature; tiny spreads have sigma**2 comparable to eps
    x = torch.randn(n, 1, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)
    x = 3.0 + x * spread * 1e-2
    std = F.batch_norm(x, None, None, training=True).std(0, correction=0).item()
    sigma = x.std(0, correction=0).item()
    assert 0 <= std <= 1 and std == pytest.approx(sigma / math.sqrt(sigma**2 + 1e-5), abs=1e-9)
    if spread == 0:
        assert std < 1e-6  # constant: 0, not nan


@pytest.mark.parametrize("weight_scale", [0.05, 0.2, 1.0, 30.0, 1e3])
def test_at_initialization_the_pre_activations_have_std_1_whatever_the_weights_scale(weight_scale):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(32, 30, generator=g)
    W = torch.randn(30, 200, generator=g) * weight_scale
    hpre = x @ W
    assert (hpre.var(0, correction=0) > 1e-3).all()  # variance well above eps
    out = torch.nn.BatchNorm1d(200)(hpre).detach()
    assert torch.allclose(out.std(0, correction=0), torch.ones(200), atol=1e-2)
    assert (torch.tanh(out).abs() > 0.99).float().mean() < 0.01  # hardly any saturation
    bn = torch.nn.BatchNorm1d(200)
    with torch.no_grad():
        bn.weight.fill_(20.0)  # a gain that training has grown large
    assert (torch.tanh(bn(hpre)).abs() > 0.99).float().mean() > 0.5  # saturated again


def test_a_batch_of_one_value_per_feature_is_refused_in_training_mode_but_not_in_eval():
    bn = torch.nn.BatchNorm1d(3)
    with pytest.raises(ValueError):
        bn(torch.randn(1, 3))  # one example: one value per feature
    assert bn(torch.randn(1, 3, 4)).shape == (1, 3, 4)  # one sequence: 4 values per channel
    bn.eval()
    assert bn(torch.randn(1, 3)).shape == (1, 3)
