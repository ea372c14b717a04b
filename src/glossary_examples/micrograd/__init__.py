"""A scalar autograd engine and a tiny neural-network library, as built in the micrograd lecture.

    from glossary_examples.micrograd import Value, Neuron, Layer, MLP
"""

SUPPORT = ("engine", "nn", "graph")  # helper modules, not terms
LECTURES = {  # the terms in the order the lecture introduces them
    "micrograd": {
        "title": "The spelled-out intro to neural networks and backpropagation: building micrograd",
        "url": "https://www.youtube.com/watch?v=VMj-3S1tku0",
        "terms": ("gradient", "forward_pass", "computational_graph", "backpropagation", "chain_rule", "neuron",
                  "weight", "bias", "activation_function", "tanh", "pytorch", "tensor", "leaf_tensor",
                  "neural_network", "layer", "mlp", "ground_truth", "prediction", "loss", "mean_squared_error",
                  "parameter", "backward_pass", "learning_rate", "zero_grad", "binary_classifier", "relu"),
    },
}

from .engine import Value
from .nn import MLP, Layer, Module, Neuron

__all__ = ["MLP", "Layer", "Module", "Neuron", "Value"]
