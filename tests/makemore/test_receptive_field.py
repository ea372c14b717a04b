"""receptive field: measured with autograd against 1 + sum((k - 1) * d) for many stacks."""

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st


def reached(kernel_sizes, dilations, length=64):
    """The input positions whose gradient reaches the last output of the stack."""
    layers = []
    for k, d in zip(kernel_sizes, dilations):
        layers += [nn.Conv1d(1, 1, kernel_size=k, dilation=d), nn.Tanh()]
    x = torch.randn(1, 1, length, dtype=torch.float64, requires_grad=True)
    out = nn.Sequential(*layers).double()(x)
    out[0, 0, -1].backward()
    return (x.grad[0, 0] != 0).nonzero().flatten().tolist()


def measured(kernel_sizes, dilations, length=64):
    seen = reached(kernel_sizes, dilations, length)
    assert seen == list(range(seen[0], length))  # a run without holes ending at the last input
    return len(seen)


def test_example_prints_the_measured_field_and_the_formula(example):
    lines = example("receptive_field").stdout.splitlines()
    assert lines == ["dilations (1, 1, 1): inputs 28-31, 4 positions; 1 + sum(dilations) = 4",
                     "dilations (1, 2, 4): inputs 24-31, 8 positions; 1 + sum(dilations) = 8",
                     "dilations (1, 2, 4, 8): inputs 16-31, 16 positions; 1 + sum(dilations) = 16"]


def offsets(layers):
    """The positions, counted back from the output, that a stack reads: every sum of one tap per layer."""
    found = {0}
    for k, d in layers:
        found = {o + tap * d for o in found for tap in range(k)}
    return found


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(2, 3), st.integers(1, 4)), min_size=1, max_size=4))
def test_the_formula_is_the_span_and_the_positions_are_the_sums_of_taps(layers):
    torch.manual_seed(0)
    kernels, dilations = zip(*layers)
    seen = reached(kernels, dilations)
    assert seen[-1] - seen[0] + 1 == 1 + sum((k - 1) * d for k, d in layers)
    assert {63 - p for p in seen} == offsets(layers)  # measured = counted a second way
    span, no_holes = 1, True
    for k, d in layers:
        no_holes = no_holes and d <= span  # the page's condition
        span += (k - 1) * d
    if no_holes:
        assert len(seen) == span


def test_a_single_dilated_layer_has_a_hole():
    torch.manual_seed(0)
    assert reached([2], [2]) == [61, 63]


@pytest.mark.parametrize("L", [1, 2, 3, 5])
def test_doubling_dilations_grow_the_field_exponentially_plain_ones_linearly(L):
    torch.manual_seed(0)
    assert measured([2] * L, [2**i for i in range(L)]) == 2**L
    assert measured([2] * L, [1] * L) == L + 1


def test_three_stacks_of_dilations_1_to_512_see_thousands_of_samples_with_30_layers():
    dilations = [2**i for i in range(10)] * 3
    assert len(dilations) == 30 and 1 + sum(dilations) == 3070


def reached_strided(layers, length=96):
    convs = []
    for k, d, stride in layers:
        convs += [nn.Conv1d(1, 1, kernel_size=k, dilation=d, stride=stride), nn.Tanh()]
    x = torch.randn(1, 1, length, dtype=torch.float64, requires_grad=True)
    out = nn.Sequential(*convs).double()(x)
    out[0, 0, -1].backward()
    return (x.grad[0, 0] != 0).nonzero().flatten().tolist()


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.integers(2, 3), st.integers(1, 2), st.integers(1, 2)), min_size=1, max_size=3))
def test_a_stride_multiplies_what_every_later_layer_adds(layers):
    torch.manual_seed(0)
    seen = reached_strided(layers)
    span, scale = 1, 1
    for k, d, stride in layers:
        span += (k - 1) * d * scale
        scale *= stride
    assert seen[-1] - seen[0] + 1 == span


def test_the_makemore_tree_as_three_stride_2_layers_sees_8_positions():
    torch.manual_seed(0)
    seen = reached_strided([(2, 1, 2)] * 3, length=32)
    assert len(seen) == 8 and seen == list(range(seen[0], seen[0] + 8))
    assert 1 + sum((2 - 1) * 1 for _ in range(3)) == 4  # the stride-1 formula would say 4
