"""Tokenizer: from Unicode code points and UTF-8 bytes to a byte-level BPE tokenizer like GPT-2's.

The helper modules are pure Python (the standard library, plus the `regex` package for the
GPT-2 split pattern): `bpe` trains, encodes and decodes; `corpus` loads the running text.
"""

SUPPORT = ("bpe", "corpus", "command")  # helper modules, not terms
COMMANDS = {"bpe": "glossary_examples.tokenizer.command:main"}  # `glossary bpe [FILE]`
LECTURES = {
    "tokenizer": {
        "title": "Let's build the GPT Tokenizer",
        "url": "https://www.youtube.com/watch?v=zduSFxRajkE",
        "walkthroughs": ("gpt_tokenizer",),
        "terms": ("tokenization", "vocabulary", "tokenization_pitfalls", "unicode_code_point",
                  "utf_8", "byte_pair_encoding", "bpe_training", "invalid_utf_8", "gpt2_split_pattern",
                  "special_tokens", "vocab_size"),
    },
}
