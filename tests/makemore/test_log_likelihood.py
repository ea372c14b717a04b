"""log likelihood: the page's claims, checked with exact sums (math.fsum) over float64 logs."""

import math

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.counts import count_matrix, encode, probabilities
from glossary_examples.makemore.data import load_names

WORDS = load_names()
XS, YS = encode(WORDS)
N = count_matrix(WORDS).double()
EXACT_P = ((N + 1) / (N + 1).sum(1, keepdim=True))[XS, YS]  # the +1 table, in float64
EXACT_LOG_LIKELIHOOD = math.fsum(math.log(p) for p in EXACT_P.tolist())


def printed(stdout: str) -> dict[str, str]:
    return dict(line.rsplit(": ", 1) for line in stdout.splitlines() if ": " in line)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.floats(min_value=1e-6, max_value=1.0), min_size=1, max_size=50))
def test_log_of_a_product_is_the_sum_of_logs(probs):
    assert math.log(math.prod(probs)) == pytest.approx(math.fsum(math.log(p) for p in probs), rel=1e-9, abs=1e-9)


def test_the_product_underflows_in_float32_and_float64_and_the_log_likelihood_does_not(example):
    out = printed(example("log_likelihood").stdout)
    assert out["likelihood, product of p (float32)"] == out["likelihood, product of p (float64)"] == "0.0"
    assert float(out["log likelihood, sum of log p"]) == round(EXACT_LOG_LIKELIHOOD, 1)
    exponent = EXACT_LOG_LIKELIHOOD / math.log(10)
    assert round(exponent) == -36745 and exponent < math.log10(math.ulp(0.0)) == pytest.approx(-323.3, abs=0.1)
    assert float(out["average NLL = -log likelihood / n"]) == round(-EXACT_LOG_LIKELIHOOD / len(XS), 4)
    assert out["first 3 bigrams: log of the product = sum of the logs, up to rounding"] == "True"


def test_the_printed_extremes(example):
    smallest, largest = printed(example("log_likelihood").stdout)["smallest and largest p"].split()
    assert float(smallest) == round(EXACT_P.min().item(), 5) and float(largest) == round(EXACT_P.max().item(), 4)


def test_added_one_at_a_time_in_float32_the_total_drifts_in_its_last_digits():
    logs = probabilities(count_matrix(WORDS), k=1)[XS, YS].log()
    running = np.cumsum(logs.numpy(), dtype=np.float32)[-1]  # the lecture's loop: a float32 running sum
    exact = math.fsum(logs.double().tolist())  # the same float32 logs, added without rounding
    assert running != np.float32(exact) and 0.5 < abs(running - exact) < 100
    assert abs(logs.double().sum().item() - exact) < 1e-6  # a float64 sum keeps every printed digit


def test_the_product_cannot_tell_models_apart_but_the_log_likelihood_can():
    uniform = torch.full((len(XS),), 1 / 27, dtype=torch.float64)
    assert uniform.prod() == EXACT_P.prod() == 0
    assert EXACT_P.log().sum() > uniform.log().sum()


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(min_value=1e-300, max_value=1.0), min_size=1, max_size=20))
def test_at_most_zero_and_zero_only_if_every_probability_is_one(probs):
    log_likelihood = math.fsum(math.log(p) for p in probs)
    assert log_likelihood <= 0
    assert (log_likelihood == 0) == all(p == 1 for p in probs)


def test_maximising_the_log_maximises_the_product():
    p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
    likelihood = p**3 * (1 - p)
    assert likelihood.argmax() == likelihood.log().argmax()
    assert round(p[likelihood.argmax()].item(), 2) == 0.75
