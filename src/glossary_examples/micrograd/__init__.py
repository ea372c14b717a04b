"""A scalar autograd engine and a tiny neural-network library, as built in the micrograd lecture.

    from glossary_examples.micrograd import Value, Neuron, Layer, MLP
"""

SUPPORT = ("engine", "nn", "graph")  # helper modules, not terms

from .engine import Value
from .nn import MLP, Layer, Module, Neuron

__all__ = ["MLP", "Layer", "Module", "Neuron", "Value"]
