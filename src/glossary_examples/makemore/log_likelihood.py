r"""log likelihood

The log likelihood of data under a model is the sum of the logs of the probabilities the model gives to the observed items, which is the log of their product, the likelihood.

The *likelihood* is the probability the model assigns to the whole dataset. For a bigram
model, the probability of the training words is the product of $P(\text{next} \mid
\text{current})$ over all their bigrams; a better model makes that product larger.
For the 36,122 bigrams of the census names under the +1-smoothed table, that product is
about $10^{-36745}$, far below the smallest positive float64 (about $10^{-323}$), so it
underflows to 0 and every model would look equally bad. Because
$\log(ab) = \log a + \log b$, taking the log turns the product into a sum of moderate
negative numbers, which floating point can hold. Each addition still rounds
([floating-point precision](../pytorch/floating_point_precision.md)): added one at a time
in float32, as the lecture's loop does, the total drifts in its last digits.

The log likelihood is at most 0 (reached only if every probability is 1) and higher is
better. Since log is increasing, the parameters that maximise the log likelihood also
maximise the likelihood. Its negative, divided by the number of items, is the average
negative log likelihood that makemore minimises as its loss. Further reading:
[Likelihood function (Wikipedia)](https://en.wikipedia.org/wiki/Likelihood_function#Log-likelihood).

The numbers here differ from the video's: the examples use the 5,163 distinct first names
of the 1990 US census (from the `names` package, read offline), because the lecture's
`names.txt` (32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints its average NLL, both accurately and as the lecture's
loop sums it.

>>> import math
>>> probs = [0.5, 0.25, 0.1]
>>> math.isclose(math.log(math.prod(probs)), sum(math.log(p) for p in probs))
True
>>> math.prod([0.1] * 400), round(sum(math.log(0.1) for _ in range(400)), 2)
(0.0, -921.03)
"""

ALIASES = ("log-likelihood", "likelihood", "log likelihood function")
SEE_ALSO = ("negative_log_likelihood", "maximum_likelihood_estimation", "monotonic", "exp")
DOCS = ""

# --8<-- [start:example]
import math

import torch

from glossary_examples.makemore.counts import count_matrix, encode, probabilities
from glossary_examples.makemore.data import load_names

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
P = probabilities(count_matrix(words), k=1)
xs, ys = encode(words)
p = P[xs, ys]  # the probability of each of the 36,122 bigrams
print("smallest and largest p:", round(p.min().item(), 5), round(p.max().item(), 4))
print("likelihood, product of p (float32):", p.prod().item())
print("likelihood, product of p (float64):", p.double().prod().item())
log_likelihood = p.log().sum()
print(f"log likelihood, sum of log p: {log_likelihood.item():.1f}")
print(f"so the likelihood is about 10**{log_likelihood.item() / math.log(10):.0f};",
      f"the smallest positive float64 is about 10**{math.log10(math.ulp(0.0)):.0f}")
print(f"average NLL = -log likelihood / n: {-log_likelihood.item() / len(p):.4f}")

print("first 3 bigrams: log of the product = sum of the logs, up to rounding:",
      torch.allclose(p[:3].prod().log(), p[:3].log().sum()))
# --8<-- [end:example]
