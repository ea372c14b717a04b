"""log likelihood: the page's claims, checked."""

import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from conftest import region_globals  # noqa: E402
from glossary_examples.makemore.counts import average_nll, count_matrix, encode, probabilities
from glossary_examples.makemore.data import load_names

WORDS = load_names()
P = probabilities(count_matrix(WORDS), k=1)
XS, YS = encode(WORDS)


def run_region(name: str) -> dict:
    return region_globals("log_likelihood", name)


@given(st.lists(st.floats(min_value=1e-6, max_value=1.0), min_size=1, max_size=50))
def test_log_of_a_product_is_the_sum_of_logs(probs):
    assert math.log(math.prod(probs)) == pytest.approx(sum(math.log(p) for p in probs), rel=1e-9, abs=1e-9)


def test_the_product_underflows_and_the_sum_of_logs_does_not(capsys):
    run_region("example")
    out = capsys.readouterr().out
    p = P[XS, YS]
    assert p.prod().item() == 0.0 and p.double().prod().item() == 0.0
    exact = p.double().log().sum().item()  # float64 sum: a second computation
    assert exact == pytest.approx(-84607.9, abs=0.1)
    assert "log likelihood, sum of log p: -84607.9" in out
    assert "likelihood, product of p (float32): 0.0" in out and "(float64): 0.0" in out
    assert round(exact / math.log(10)) == -36745 and math.log10(math.ulp(0.0)) == pytest.approx(-323.3, abs=0.1)
    assert "average NLL = -log likelihood / n: 2.3423" in out
    assert -exact / len(p) == pytest.approx(average_nll(P, XS, YS), abs=1e-5)


def test_the_product_cannot_tell_models_apart_but_the_log_likelihood_can():
    uniform = torch.full((27, 27), 1 / 27)
    assert uniform[XS, YS].double().prod() == P[XS, YS].double().prod() == 0
    assert P[XS, YS].log().sum() > uniform[XS, YS].log().sum()


def test_at_most_zero_and_zero_only_if_every_probability_is_one():
    assert torch.ones(10).log().sum() == 0
    assert torch.tensor([1.0, 0.5]).log().sum() < 0
    assert P[XS, YS].log().sum() < 0


def test_maximising_the_log_maximises_the_product():
    p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
    likelihood = p**3 * (1 - p)
    assert likelihood.argmax() == likelihood.log().argmax()
    assert round(p[likelihood.argmax()].item(), 2) == 0.75
