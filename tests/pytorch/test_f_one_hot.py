"""F.one_hot: the page's claims, checked."""

import pytest
import torch
import torch.nn.functional as F

from glossary_examples import f_one_hot  # noqa: F401  (imports run the examples, as the page did)

XS = torch.tensor([0, 5, 13, 13, 1])  # ".emma"


def test_shape_dtype_and_a_single_one_per_row():
    xenc = F.one_hot(XS, num_classes=27)
    assert xenc.shape == (5, 27) and xenc.dtype == torch.int64
    assert xenc.sum(1).tolist() == [1] * 5
    assert xenc.argmax(1).tolist() == XS.tolist()  # the 1 sits at the index
    assert torch.equal(xenc, torch.eye(27, dtype=torch.int64)[XS])  # a second way: rows of the identity


def test_stoi_of_emma():
    stoi = {ch: i for i, ch in enumerate(".abcdefghijklmnopqrstuvwxyz")}
    assert [stoi[ch] for ch in ".emma"] == XS.tolist()


def test_python_ints_give_int64_by_default():
    assert torch.tensor([0, 5]).dtype == torch.int64


def test_shape_star_becomes_star_by_num_classes():
    batch = torch.tensor([[0, 1], [2, 3], [4, 5]])
    assert F.one_hot(batch, num_classes=27).shape == (3, 2, 27)


def test_num_classes_defaults_to_largest_index_plus_one():
    assert F.one_hot(torch.tensor([0, 2])).tolist() == [[1, 0, 0], [0, 0, 1]]
    no_z = torch.tensor([0, 1, 25])  # a batch without 'z' (26)
    assert F.one_hot(no_z).shape == (3, 26)
    assert F.one_hot(no_z, num_classes=27).shape == (3, 27)


@pytest.mark.parametrize("xs, message", [
    (torch.tensor([0, 5], dtype=torch.int32), "only applicable to index tensor of type LongTensor"),
    (torch.tensor([0.0, 5.0]), "only applicable to index tensor of type LongTensor"),
    (torch.tensor([0, 27]), "Class values must be smaller than num_classes"),
    (torch.tensor([-1, 0]), "Class values must be non-negative"),
])
def test_bad_inputs_raise(xs, message):
    with pytest.raises(RuntimeError, match=message):
        F.one_hot(xs, num_classes=27)


def test_int32_works_after_long():
    xs = torch.tensor([0, 5], dtype=torch.int32)
    assert torch.equal(F.one_hot(xs.long(), 27), F.one_hot(torch.tensor([0, 5]), 27))


def test_pitfall_int64_one_hot_times_float_weights():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    xenc = F.one_hot(XS, num_classes=27)
    with pytest.raises(RuntimeError, match="expected m1 and m2 to have the same dtype"):
        xenc @ W
    logits = xenc.float() @ W
    assert logits.shape == (5, 27) and logits.dtype == torch.float32
    assert torch.equal(logits, W[XS])  # each one-hot row picks one row of W


def test_functional_means_the_weights_are_passed_in():
    x = torch.randn(4, 3, generator=torch.Generator().manual_seed(0))
    W = torch.randn(2, 3, generator=torch.Generator().manual_seed(1))
    assert torch.allclose(F.linear(x, W), x @ W.T)  # F.linear owns nothing: W is an argument
    layer = torch.nn.Linear(3, 2)  # the nn class owns its weight and bias
    assert len(list(layer.parameters())) == 2
    assert F.one_hot(XS, 27).equal(F.one_hot(XS, 27))  # same input, same output: no hidden state
