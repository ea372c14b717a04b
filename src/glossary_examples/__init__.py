"""Executable deep-learning glossary: the content. One folder per section, one module per term.

The site engine (`glossary_site`) reads this tree as text; see CONTRIBUTING.md for the contract.
"""

# Section folders in reading order, with the titles the site shows.
SECTIONS = {
    "numpy": "NumPy",
    "pytorch": "PyTorch",
    "micrograd": "Micrograd",
    "makemore": "Makemore",
    "gpt": "GPT",
    "tokenizer": "Tokenizer",
}

# The lectures of "Neural Networks: Zero to Hero", in course order. Every key here is declared in a
# LECTURES dict (below, or in a section's __init__.py), and every declared lecture is listed here.
# Course order: micrograd, makemore-1 ... makemore-5, gpt, tokenizer (a lecture joins once declared).
COURSE = ("micrograd", "makemore-1", "makemore-2", "makemore-3", "makemore-4", "makemore-5", "gpt", "tokenizer")

# Each lecture's terms, in the order the lecture introduces them (a term belongs to one lecture).
LECTURES = {
    "micrograd": {
        "title": "The spelled-out intro to neural networks and backpropagation: building micrograd",
        "url": "https://www.youtube.com/watch?v=VMj-3S1tku0",
        "terms": (
            # the derivative of a function of one input, plotted with NumPy
            "import_numpy", "np_arange", "np_linspace", "gradient",
            # Value and its graph; backpropagation by hand
            "computational_graph", "backpropagation", "chain_rule",
            # a neuron
            "neural_network", "neuron", "weight", "bias", "activation_function", "tanh", "np_tanh", "sigmoid",
            # the same in PyTorch
            "pytorch", "tensor", "torch_tensor_class", "requires_grad", "leaf_tensor", "backward", "item",
            # a neural net library, a tiny data set and its loss
            "layer", "mlp", "binary_classifier", "ground_truth", "prediction", "loss", "mean_squared_error",
            # training
            "parameter", "forward_pass", "backward_pass", "learning_rate", "zero_grad",
            # micrograd on GitHub
            "relu",
        ),
        "walkthroughs": ("micrograd_from_scratch",),
    },
    "makemore-1": {
        "title": "The spelled-out intro to language modeling: building makemore",
        "url": "https://www.youtube.com/watch?v=PaCmpygFfXo",
        "terms": (
            # names, bigrams and their counts in a tensor
            "bigram", "bigram_language_model", "torch_zeros",
            # probabilities and sampling
            "tensor_float", "data_normalization", "torch_generator", "torch_rand", "torch_multinomial",
            "multinomial", "sampling",
            # all rows at once: broadcasting
            "tensor_shape", "sum_keepdim", "broadcasting",
            # the loss: likelihood
            "log_likelihood", "maximum_likelihood_estimation", "monotonic", "negative_log_likelihood",
            "floating_point_precision",
            # smoothing
            "model_smoothing", "add_one_smoothing",
            # the neural network: one-hot inputs, one linear layer, softmax
            "training_set", "torch_tensor", "one_hot_encoding", "f_one_hot", "matmul", "logits", "exp",
            "softmax", "cross_entropy",
            # training it: gradient descent, regularization
            "gradient_descent", "regularization", "overfitting", "minibatch",
        ),
        "walkthroughs": ("bigram_language_model",),
    },
}
