r"""training set

The training set is the part of the data whose examples are used to fit a model's parameters.

Training sees only the training set: the bigram counts are counted on it, and gradient
descent computes its loss on it. A loss measured on the same examples says how well the
model fits them, not how well it does on words it has never seen; a model that memorized
its training words would score well there and still fail on new ones.

Makemore part 1 trains on every name in the file and reports its loss on those same names,
so its loss is a training loss. Part 2 shuffles the words with a fixed seed
(`random.seed(42)`) and splits them 80/10/10: a **training set** to fit the parameters, a
**dev set** (validation set) to compare settings such as the learning rate or the model
size and to spot [overfitting](overfitting.md), and a **test set** that is scored rarely,
at the end. The split is made on whole words, before any bigrams or contexts are built, so
no line of the word list contributes examples to two splits (a word listed twice can still
land in two; the census list below has no duplicates). The fixed seed makes the split
reproducible on the same Python version. Further reading:
[training set in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#training-set).

The sizes here differ from the video's, but the recipe is the same: the examples split the
5,163 distinct first names of the 1990 US census (from the `names` package, read offline),
because the lecture's `names.txt` (32,033 names) ships with no package.

>>> from glossary_examples.makemore.data import load_names
>>> n = len(load_names())
>>> n1, n2 = int(0.8 * n), int(0.9 * n)
>>> n1, n2 - n1, n - n2
(4130, 516, 517)
"""

ALIASES = ("training data", "train set", "train split")
SEE_ALSO = ("overfitting", "regularization", "minibatch", "maximum_likelihood_estimation")
DOCS = ""

# --8<-- [start:example]
import random
from glossary_examples.makemore.data import load_names

words = load_names()
random.seed(42)
random.shuffle(words)  # the order of the file would put all female names first
n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
train, dev, test = words[:n1], words[n1:n2], words[n2:]
print("words:", len(words), "-> train", len(train), "dev", len(dev), "test", len(test))
print("first training words:", train[:5])
print("no word in two splits:",
      not (set(train) & set(dev) or set(train) & set(test) or set(dev) & set(test)))

bigrams = [(a, b) for w in train for a, b in zip("." + w, w + ".")]
print("bigram examples in the training set:", len(bigrams), " first:", bigrams[:3])
# --8<-- [end:example]
