"""`python -m glossary_examples.tokenizer [FILE]`: see `command.py`."""

import sys

from .command import main

sys.exit(main(prog="python -m glossary_examples.tokenizer"))
