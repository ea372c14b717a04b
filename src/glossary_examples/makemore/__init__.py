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
        "walkthroughs": ("makemore_mlp",),
        "terms": ("mlp_language_model", "context_window", "embedding", "tensor_view", "tensor_storage", "parameter_count", "overfitting_a_single_batch",
                  "learning_rate_finder", "learning_rate_decay", "hyperparameter", "loss_curve",
                  "embedding_plot"),
    },
    "makemore-5": {
        "title": "Building makemore Part 5: Building a WaveNet",
        "url": "https://www.youtube.com/watch?v=t3YJ5hKiMQ0",
        "walkthroughs": ("makemore_wavenet",),
        "terms": ("wavenet", "nn_module", "flatten_consecutive", "nn_sequential", "batched_matrix_multiplication", "batch_normalization_3d_input", "dilated_causal_convolution", "receptive_field"),
    },
    "makemore-3": {
        "title": "Building makemore Part 3: Activations & Gradients, BatchNorm",
        "url": "https://www.youtube.com/watch?v=P6sfmUTpUmc",
        "walkthroughs": ("makemore_activations_batchnorm",),
        "terms": ("torch_no_grad", "expected_initial_loss", "tanh_saturation", "dead_neuron",
                  "vanishing_and_exploding_gradients", "kaiming_initialization", "calculate_gain",
                  "batch_normalization", "running_statistics", "bias_before_batch_normalization",
                  "train_and_eval_mode", "update_to_data_ratio"),
    },
    "makemore-4": {
        "title": "Building makemore Part 4: Becoming a Backprop Ninja",
        "url": "https://www.youtube.com/watch?v=q8SA3rM6ckI",
        "walkthroughs": ("makemore_backprop_ninja",),
        "terms": ("gradient_check", "broadcasting_backward", "max_backward",
                  "matmul_backward", "tanh_backward", "bessel_correction", "embedding_backward",
                  "cross_entropy_backward", "batch_normalization_backward"),
    },
}
