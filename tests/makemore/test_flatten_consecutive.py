"""FlattenConsecutive: a view that concatenates neighbours; squeezing dim 1 only keeps a batch of one."""

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary_examples.makemore import training
from glossary_examples.makemore.layers import FlattenConsecutive


def test_example_fuses_pairs_and_flattens_all_eight(example):
    ran = example("flatten_consecutive")
    x = ran.globals["x"]
    assert ran.stdout.splitlines() == [
        f"position 0: {x[0, 0].tolist()}  position 1: {x[0, 1].tolist()}",
        "FlattenConsecutive(2): (2, 8, 3) -> (2, 4, 6)",
        f"first pair, fused: {x[0, 0].tolist() + x[0, 1].tolist()}",
        "equals cat of neighbours: True",
        "shares memory with x: True",
        "FlattenConsecutive(8): (2, 8, 3) -> (2, 24)  equals nn.Flatten: True",
    ]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(1, 4), st.sampled_from([1, 2, 4, 8]), st.integers(1, 4))
def test_each_output_vector_is_the_concatenation_of_n_consecutive_inputs(B, n, C):
    T = 8
    x = torch.randn(B, T, C)
    out = FlattenConsecutive(n)(x)
    groups = out if out.ndim == 3 else out.unsqueeze(1)
    assert groups.shape == (B, T // n, n * C)
    for b in range(B):
        for j in range(T // n):
            assert torch.equal(groups[b, j], torch.cat([x[b, j * n + i] for i in range(n)]))
    assert out.ndim == (2 if n == T else 3)  # the middle dim is dropped only when it is 1


def test_it_copies_nothing():
    x = torch.randn(4, 8, 10)
    for n in (1, 2, 8):
        assert FlattenConsecutive(n)(x).data_ptr() == x.data_ptr()


def test_squeeze_without_a_dim_breaks_sampling_one_example(example):
    out = example("flatten_consecutive", "pitfall").stdout.splitlines()
    assert out[:2] == ["squeeze(1): (1, 80)", "squeeze():  (80,)"]
    assert out[2].startswith("softmax(dim=1): Dimension out of range")


def test_the_wavenet_samples_one_example_at_a_time_without_losing_the_batch_dim():
    model = training.wavenet(n_embd=4, n_hidden=8, generator=torch.Generator().manual_seed(0))
    training.set_training(model, False)
    logits = model(torch.zeros((1, 8), dtype=torch.long))
    assert logits.shape == (1, 27)
    assert F.softmax(logits, dim=1).sum().item() == pytest.approx(1.0)
