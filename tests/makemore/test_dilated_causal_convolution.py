"""dilated causal convolution: Conv1d with dilations 1, 2, 4 equals the WaveNet tree at every position."""

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore.dataset import build_dataset
from glossary_examples.makemore.layers import Embedding, FlattenConsecutive, Linear, Sequential, Tanh


def test_example_conv_stack_equals_the_tree_for_every_context_of_emma(example):
    ran = example("dilated_causal_convolution")
    assert ran.stdout.splitlines() == ["tree: (5, 16)  convolutions: (1, 16, 5)", "the same numbers: True"]
    assert ran.globals["sequence"].tolist() == [0] * 8 + [5, 13, 13, 1]  # '........emma'


def tree_and_convs(c, h, seed):
    g = torch.Generator().manual_seed(seed)
    tree = Sequential([Embedding(27, c, generator=g),
                       FlattenConsecutive(2), Linear(2 * c, h, generator=g), Tanh(),
                       FlattenConsecutive(2), Linear(2 * h, h, generator=g), Tanh(),
                       FlattenConsecutive(2), Linear(2 * h, h, generator=g), Tanh()])
    convs = []
    for dilation, linear in zip((1, 2, 4), tree.layers[2::3]):
        c_in = linear.weight.shape[0] // 2
        conv = nn.Conv1d(c_in, h, kernel_size=2, dilation=dilation).double()
        with torch.no_grad():
            conv.weight.copy_(linear.weight.view(2, c_in, h).permute(2, 1, 0))
            conv.bias.copy_(linear.bias)
        convs += [conv, nn.Tanh()]
    return tree, nn.Sequential(*convs)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.integers(1, 5), st.integers(1, 6), st.integers(0, 1000),
       st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10))
def test_the_equivalence_holds_for_any_word_and_sizes(c, h, seed, word):
    tree, convs = tree_and_convs(c, h, seed)
    X, _ = build_dataset([word], block_size=8)
    sequence = torch.cat([X[0], X[1:, -1]])
    out_conv = convs(tree.layers[0].weight[sequence].double().T.unsqueeze(0))
    assert out_conv.shape == (1, h, len(word) + 1)  # one output per context
    assert torch.allclose(out_conv[0].T, tree(X).double(), atol=1e-5)


def test_outputs_never_depend_on_later_positions():
    _, convs = tree_and_convs(3, 4, 0)
    x = torch.randn(1, 3, 12, dtype=torch.float64)
    later = x.clone()
    later[..., 10:] += 100.0  # change positions 10 and 11
    a, b = convs(x), convs(later)  # output t reads inputs t .. t + 7
    assert torch.equal(a[..., :3], b[..., :3]) and not torch.equal(a[..., 3:], b[..., 3:])


def test_the_tree_repeats_work_the_convolution_shares():
    contexts, length = 5, 12  # the contexts of 'emma', the 12 positions of '........emma'
    tree_first_layer = contexts * 4  # 4 pairs per context
    conv_first_layer = length - 1  # one per pair of neighbours (dilation 1)
    assert (tree_first_layer, conv_first_layer) == (20, 11)
    assert [length - 1, length - 1 - 2, length - 1 - 2 - 4] == [11, 9, 5]


@pytest.mark.parametrize("L, d", [(12, 1), (12, 4), (9, 8)])
def test_a_kernel_2_conv_with_dilation_d_shortens_by_d(L, d):
    conv = nn.Conv1d(1, 1, kernel_size=2, dilation=d, bias=False)
    assert conv(torch.zeros(1, 1, L)).shape == (1, 1, L - d)
