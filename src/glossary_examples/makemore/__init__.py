"""Makemore: character-level language models, from bigram counts to a neural network.

The helper modules build the corpus, the vocabulary and the bigram models the term pages use.
"""

SUPPORT = ("counts", "data", "neural", "wordlist", "layers", "dataset", "training", "mlp_command")  # not terms
COMMANDS = {
    "bigram": "glossary_examples.makemore.wordlist:main",  # `glossary bigram FILE`
    "mlp": "glossary_examples.makemore.mlp_command:main",  # `glossary mlp [FILE] [--model wavenet]`
}

# The course lectures whose terms this section holds, each with its terms in the order the lecture
# introduces them (slugs may come from any section).
LECTURES = {
    "makemore-2": {
        "title": "Building makemore Part 2: MLP",
        "url": "https://www.youtube.com/watch?v=TCH_1BHY58I",
        "terms": ("mlp_language_model", "context_window", "embedding", "tensor_view", "tensor_storage", "layer",
                  "cross_entropy", "parameter_count", "overfitting_a_single_batch", "minibatch",
                  "learning_rate_finder", "learning_rate_decay", "overfitting", "hyperparameter", "loss_curve",
                  "embedding_plot", "sampling"),
    },
    "makemore-5": {
        "title": "Building makemore Part 5: Building a WaveNet",
        "url": "https://www.youtube.com/watch?v=t3YJ5hKiMQ0",
        "terms": ("wavenet", "nn_module", "embedding", "flatten_consecutive", "nn_sequential", "loss_curve", "context_window",
                  "parameter_count", "batched_matrix_multiplication", "batch_normalization_3d_input",
                  "hyperparameter", "dilated_causal_convolution", "receptive_field"),
    },
    "makemore-3": {
        "title": "Building makemore Part 3: Activations & Gradients, BatchNorm",
        "url": "https://www.youtube.com/watch?v=P6sfmUTpUmc",
        "terms": ("torch_no_grad", "expected_initial_loss", "tanh_saturation", "dead_neuron",
                  "vanishing_and_exploding_gradients", "kaiming_initialization", "calculate_gain",
                  "batch_normalization", "running_statistics", "bias_before_batch_normalization",
                  "train_and_eval_mode", "update_to_data_ratio"),
    },
    "makemore-4": {
        "title": "Building makemore Part 4: Becoming a Backprop Ninja",
        "url": "https://www.youtube.com/watch?v=q8SA3rM6ckI",
        "terms": ("gradient_check", "leaf_tensor", "broadcasting_backward", "max_backward",
                  "matmul_backward", "tanh_backward", "bessel_correction", "embedding_backward",
                  "cross_entropy_backward", "batch_normalization_backward"),
    },
}
