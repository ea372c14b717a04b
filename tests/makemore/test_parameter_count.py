"""parameter count: nelement per tensor against the closed form per layer, and against torch.nn."""

import math

import pytest
import torch
import torch.nn as nn

from glossary_examples.makemore import training
from glossary_examples.makemore.data import load_names
from glossary_examples.makemore.dataset import build_dataset, split_words
from glossary_examples.makemore.layers import BatchNorm1d, Embedding, Linear


def count(parameters):
    return sum(p.nelement() for p in parameters)


def test_example_counts_the_lectures_part_2_model_both_ways(example):
    ran = example("parameter_count")
    lines = ran.stdout.splitlines()
    shapes = {"C": (27, 10), "W1": (30, 200), "b1": (200,), "W2": (200, 27), "b2": (27,)}
    for line, (name, shape) in zip(lines, shapes.items()):
        assert line == f"{name}: shape {shape}, {math.prod(shape)} numbers"
    closed = 27 * 10 + 30 * 200 + 200 + 200 * 27 + 27
    assert lines[5] == f"total: {closed}" and lines[6] == f"the same model in torch.nn: {closed}" and closed == 11897
    assert count(ran.globals["model"].parameters()) == closed


@pytest.mark.parametrize("shape", [(), (0,), (3,), (4, 5), (2, 3, 4)])
def test_nelement_is_the_product_of_the_sizes_and_equals_numel(shape):
    t = torch.zeros(shape)
    assert t.nelement() == t.numel() == math.prod(shape)


@pytest.mark.parametrize("n, m, bias", [(30, 200, True), (48, 128, False), (1, 1, True)])
def test_linear_layers_have_n_times_m_weights_plus_m_biases(n, m, bias):
    expected = n * m + (m if bias else 0)
    assert count(Linear(n, m, bias=bias).parameters()) == expected
    assert count(nn.Linear(n, m, bias=bias).parameters()) == expected


def test_embeddings_have_v_times_d_and_batchnorm_has_2m_without_its_buffers():
    assert count(Embedding(27, 24).parameters()) == count(nn.Embedding(27, 24).parameters()) == 27 * 24
    ours, theirs = BatchNorm1d(128), nn.BatchNorm1d(128)
    assert count(ours.parameters()) == count(theirs.parameters()) == 2 * 128
    assert {name for name, _ in theirs.named_buffers()} >= {"running_mean", "running_var"}
    assert not any(b is p for b in theirs.buffers() for p in theirs.parameters())


def test_wavenet_region_counts_each_layer_and_the_total(example):
    lines = example("parameter_count", "wavenet").stdout.splitlines()
    per_layer = [int(line.rsplit(":", 1)[1]) for line in lines[:14]]
    assert per_layer == [27 * 24, 0, 48 * 128, 256, 0, 0, 256 * 128, 256, 0, 0, 256 * 128, 256, 0, 128 * 27 + 27]
    assert lines[14] == f"total: {sum(per_layer)}" == "total: 76579"
    assert lines[15] == "BatchNorm1d buffers, not counted: 256"


def test_the_census_training_split_is_smaller_than_the_wavenet():
    train, _, _ = split_words(load_names())
    examples = len(build_dataset(train, 8)[1])
    assert examples == 28876 < 76579 < 182625  # 182,625: the lecture's printed training split
    assert count(training.wavenet().parameters()) == 76579
