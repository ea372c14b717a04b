"""Bessel's correction: the page's claims, checked."""

import re
import warnings

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=40, deadline=None, derandomize=True)
@given(values=st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=50))
def test_unbiased_is_n_over_n_minus_1_times_biased_and_torch_and_numpy_defaults_differ(values):
    x = torch.tensor(values, dtype=torch.float64)
    n = len(values)
    biased, unbiased = x.var(correction=0), x.var()
    assert unbiased.item() == pytest.approx(biased.item() * n / (n - 1), rel=1e-9, abs=1e-9)
    assert x.var(unbiased=True).item() == unbiased.item() and x.std().item() == pytest.approx(unbiased.sqrt().item())
    assert np.var(np.array(values)) == pytest.approx(biased.item(), rel=1e-9, abs=1e-9)
    assert np.var(np.array(values), ddof=1) == pytest.approx(unbiased.item(), rel=1e-9, abs=1e-9)


def test_on_average_the_biased_variance_is_n_minus_1_over_n_of_the_true_one(example):
    ran = example("bessel_correction")
    biased, unbiased = (float(v) for v in re.findall(r"variance: +(\S+)", ran.stdout))
    # 100,000 samples: the standard error of each average is about 0.0022
    assert biased == pytest.approx(0.8, abs=0.01) and unbiased == pytest.approx(1.0, abs=0.01)
    assert "unbiased = biased * 5/4: True" in ran.stdout
    for n in (2, 10):
        samples = torch.randn(200_000, n, generator=torch.Generator().manual_seed(n), dtype=torch.float64)
        assert samples.var(1, correction=0).mean().item() == pytest.approx((n - 1) / n, abs=0.01)


def test_one_value_gives_nan_and_a_warning():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert torch.isnan(torch.tensor([3.0]).var())
    assert caught


@pytest.mark.parametrize("n", [2, 5, 32])
def test_batchnorm1d_normalizes_with_the_biased_variance_and_keeps_the_unbiased_one(n):
    x = torch.randn(n, 3, generator=torch.Generator().manual_seed(n), dtype=torch.float64)
    bn = torch.nn.BatchNorm1d(3, momentum=1.0, dtype=torch.float64)
    y = bn(x)
    assert torch.allclose(y, (x - x.mean(0)) / (x.var(0, correction=0) + bn.eps).sqrt())
    assert torch.allclose(bn.running_var, x.var(0, correction=1))


def test_the_batchnorm_example(example):
    out = example("bessel_correction", "batchnorm").stdout
    assert out.count("True") == 2
    assert f"{32 / 31:.4f} = 32/31" in out
