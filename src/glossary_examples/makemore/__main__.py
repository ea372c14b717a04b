"""`python -m glossary_examples.makemore [FILE]`: see `wordlist.py`."""

import sys

from .wordlist import main

sys.exit(main())
