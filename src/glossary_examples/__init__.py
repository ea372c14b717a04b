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
