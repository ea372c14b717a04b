"""Makemore: character-level language models, from bigram counts to a neural network.

The helper modules build the corpus, the vocabulary and the bigram models the term pages use.
"""

SUPPORT = ("counts", "data", "neural", "wordlist", "layers", "dataset", "training")  # helper modules, not terms
COMMANDS = {"bigram": "glossary_examples.makemore.wordlist:main"}  # `glossary bigram FILE`
