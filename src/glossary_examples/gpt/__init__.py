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
        "terms": (),
    },
}
