"""embedding (lookup table): the page's claims, checked."""

import torch
import torch.nn as nn
import torch.nn.functional as F

from glossary_examples import embedding  # noqa: F401  (imports run the example, as the page did)
from glossary_examples.makemore.data import stoi

C = torch.randn((27, 2), generator=torch.Generator().manual_seed(2147483647))


def test_lookup_equals_one_hot_matmul_for_every_index():
    for i in range(27):
        assert torch.allclose(C[i], F.one_hot(torch.tensor(i), num_classes=27).float() @ C)


def test_contexts_of_emma_and_the_shape_of_the_lookup():
    contexts, context = [], [0, 0, 0]
    for ch in "emma.":
        contexts.append(context)
        context = context[1:] + [stoi[ch]]
    X = torch.tensor(contexts)
    assert X.tolist() == [[0, 0, 0], [0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]]
    emb = C[X]
    assert emb.shape == (5, 3, 2)
    assert torch.allclose(emb, F.one_hot(X, num_classes=27).float() @ C)
    assert torch.equal(emb[3, 1], C[13])


def test_f_embedding_and_nn_embedding_do_the_same_lookup():
    X = torch.randint(0, 27, (32, 3), generator=torch.Generator().manual_seed(1))
    assert torch.equal(F.embedding(X, C), C[X])
    layer = nn.Embedding.from_pretrained(C)
    assert torch.equal(layer(X), C[X])


def test_an_embedding_is_a_bias_free_linear_layer_on_one_hot_inputs():
    linear = nn.Linear(27, 2, bias=False)
    with torch.no_grad():
        linear.weight.copy_(C.T)
    ix = torch.tensor([0, 5, 13, 13, 1])
    assert torch.allclose(linear(F.one_hot(ix, num_classes=27).float()), C[ix])


def test_the_bigram_networks_matmul_is_a_27_wide_embedding():
    W = torch.randn((27, 27), generator=torch.Generator().manual_seed(2147483647))
    ix = torch.tensor([0, 5, 13, 13, 1])
    assert torch.equal(F.one_hot(ix, num_classes=27).float() @ W, W[ix])


def test_only_looked_up_rows_get_a_gradient():
    table = C.clone().requires_grad_()
    X = torch.tensor([[0, 0, 5], [0, 5, 13]])
    table[X].sum().backward()
    looked_up = {0, 5, 13}
    for i in range(27):
        assert (table.grad[i] != 0).any() == (i in looked_up)
    assert table.grad[0].tolist() == [3.0, 3.0]  # index 0 was looked up three times: gradients add up
    before = table.detach().clone()
    table.data += -0.1 * table.grad
    changed = {i for i in range(27) if not torch.equal(table.detach()[i], before[i])}
    assert changed == looked_up
