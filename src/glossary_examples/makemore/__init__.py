"""Makemore: character-level language models, from bigram counts to a neural network.

The helper modules build the corpus, the vocabulary and the bigram models the term pages use.
"""

SUPPORT = ("counts", "data", "neural", "wordlist", "layers", "dataset", "training")  # helper modules, not terms
COMMANDS = {"bigram": "glossary_examples.makemore.wordlist:main"}  # `glossary bigram FILE`

# The course lectures whose terms this section holds, each with its terms in the order the
# lecture introduces them (slugs may come from any section).
LECTURES = {
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
