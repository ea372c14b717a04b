"""GPT: the character-level transformer of "Let's build GPT: from scratch, in code, spelled out."

The helper modules hold the corpus and batches (`data`), the model (`model`) and the
training command (`train`, run as `glossary gpt [FILE]`).
"""

SUPPORT = ("data", "model", "train")  # helper modules, not terms
COMMANDS = {"gpt": "glossary_examples.gpt.train:main"}  # `glossary gpt [FILE] [--steps N] [--sample N]`
LECTURES = {
    "gpt": {
        "title": "Let's build GPT: from scratch, in code, spelled out.",
        "url": "https://www.youtube.com/watch?v=kCc8FmEb1nY",
        "walkthroughs": ("gpt_from_scratch",),
        "terms": ("character_level_tokenizer", "get_batch", "generate", "adamw",
                  "averaging_the_past", "causal_mask", "positional_embedding", "self_attention",
                  "scaled_attention", "softmax_temperature", "multi_head_attention", "residual_connection",
                  "layer_normalization", "dropout", "scaled_dot_product_attention"),
    },
}
