"""binary classifier: the page's claims, checked."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from micrograd_lecture import numbers, torch_forward, torch_layers


def test_the_printed_outputs_are_the_trained_network_in_torch_and_every_class_is_right(example):
    run = example("binary_classifier")
    outputs = torch_forward(torch_layers(run.globals["model"]), run.globals["xs"])  # an independent forward pass
    rows = [numbers(line.split(":", 1)[1]) for line in run.stdout.splitlines()]  # output, class, target
    assert [row[0] for row in rows] == pytest.approx(outputs.tolist(), abs=5e-4)
    assert all(-1 < out < 1 for out in outputs.tolist())  # tanh output
    assert [row[1] for row in rows] == [1.0 if out > 0 else -1.0 for out in outputs.tolist()]
    assert [row[1] for row in rows] == [row[2] for row in rows] == run.globals["ys"]


def test_tanh_zero_sigmoid_half_and_raw_score_zero_are_the_same_rule(example):
    scores = torch.cat([torch.randn(10_000, generator=torch.Generator().manual_seed(2147483647)) * 5,
                        torch.tensor([0.0, -0.0, 1e-30, -1e-30])])
    assert torch.equal(torch.tanh(scores) > 0, scores > 0)
    clear = scores.abs() > 1e-6  # sigmoid agrees too, away from float32's rounding near 0.5
    assert torch.equal((torch.sigmoid(scores) > 0.5)[clear], (scores > 0)[clear])
    clear64 = scores.double()[scores.abs() > 1e-15]  # float64 tells sigmoid(x) from 0.5 for much smaller x
    assert torch.equal(torch.sigmoid(clear64) > 0.5, clear64 > 0)
    lines = example("binary_classifier", "threshold").stdout.splitlines()
    rules = [line.split(":")[1].strip() for line in lines[:3]]
    assert rules[0] == rules[1] == rules[2]  # the page's three rules agree


def test_float32_sigmoid_rounds_tiny_positive_scores_to_exactly_one_half():
    tiny = torch.tensor([1e-30, 1e-8, 8.9e-8, 9e-8, 1e-7])
    assert (torch.sigmoid(tiny) > 0.5).tolist() == [False, False, False, True, True]
    assert (torch.tanh(tiny) > 0).all() and (tiny > 0).all()  # tanh keeps the sign


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=1, max_size=50),
       st.floats(0, 1), st.floats(0, 1))
def test_a_higher_threshold_never_raises_false_positives_nor_lowers_false_negatives(data, t1, t2):
    low, high = sorted((t1, t2))
    probs = torch.tensor([p for p, _ in data], dtype=torch.float64)
    labels = torch.tensor([label for _, label in data])

    def errors(threshold):
        predicted = probs > threshold
        return (predicted & ~labels).sum().item(), (~predicted & labels).sum().item()

    (fp_low, fn_low), (fp_high, fn_high) = errors(low), errors(high)
    assert fp_high <= fp_low and fn_high >= fn_low


def test_pitfall_sign_gives_zero_for_a_zero_output_where_always_picks_a_class(example):
    lines = example("binary_classifier", "threshold").stdout.splitlines()
    sign, where = numbers(lines[3].split(":")[1]), numbers(lines[4].split(":")[1])
    assert 0.0 in sign  # neither class
    assert set(where) <= {-1.0, 1.0} and where[sign.index(0.0)] == -1.0  # ties go to -1
    out = torch.tensor([-0.3, 0.0, float("nan"), 0.8])
    assert set(torch.where(out > 0, 1.0, -1.0).tolist()) <= {-1.0, 1.0}  # always a class, even for nan
