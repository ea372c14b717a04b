"""`python -m glossary_examples.gpt [FILE]`: the same command as `glossary gpt [FILE]`."""

import sys

from glossary_examples.gpt.train import main

sys.exit(main())
