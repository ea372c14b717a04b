"""prediction: the page's claims, checked."""

import random

import numpy as np

from glossary_examples import prediction  # noqa: F401  (imports run the examples, as the page did)
from glossary_examples.micrograd import MLP, Value

XS = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
YS = [1.0, -1.0, -1.0, 1.0]


def network(seed=42):
    random.seed(seed)
    return MLP(3, [4, 4, 1])


def test_one_prediction_per_input_each_a_value_strictly_between_minus_one_and_one():
    n = network()
    ypred = [n(x) for x in XS]
    assert len(ypred) == 4 and all(isinstance(y, Value) for y in ypred)
    assert all(-1 < y.data < 1 for y in ypred)  # tanh output


def test_forward_pass_recomputed_with_numpy_from_the_same_parameters():
    n = network()
    for x in XS:
        a = np.array(x)
        for layer in n.layers:
            W = np.array([[w.data for w in neuron.w] for neuron in layer.neurons])
            b = np.array([neuron.b.data for neuron in layer.neurons])
            a = np.tanh(W @ a + b)
        assert abs(n(x).data - a.item()) < 1e-12


def test_same_input_same_parameters_same_prediction_and_nothing_changes():
    n = network()
    params = [p.data for p in n.parameters()]
    first = [n(x).data for x in XS]
    assert [n(x).data for x in XS] == first
    assert [p.data for p in n.parameters()] == params
    assert [network(42)(x).data for x in XS] == first  # same seed, same network
    assert [network(7)(x).data for x in XS] != first  # other random weights, other predictions


def sse(preds):
    return sum((p - y) ** 2 for p, y in zip(preds, YS))


def test_training_moves_predictions_toward_the_targets_overall():
    n = network()
    before = [n(x).data for x in XS]
    for _ in range(20):
        loss = sum((n(x) - y) ** 2 for x, y in zip(XS, YS))
        n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data -= 0.05 * p.grad
    after = [n(x).data for x in XS]
    assert sse(after) < sse(before) / 10
    assert [np.sign(v) for v in after] == YS  # the sign gives the right class for every input
    assert [np.sign(v) for v in before] != YS
    # ... though one prediction (xs[3]) ends slightly further from its target than it started
    assert abs(after[3] - YS[3]) > abs(before[3] - YS[3])
