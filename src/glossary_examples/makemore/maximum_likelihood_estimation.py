r"""maximum likelihood estimation (MLE)

Maximum likelihood estimation chooses the parameters of a model under which the observed data is most probable, which is the same as choosing those with the lowest average negative log likelihood.

The *likelihood* of parameters $\theta$ is the probability the model with those
parameters gives to the data that was actually observed, seen as a function of $\theta$.
The maximum likelihood estimate is the $\theta$ where that function is largest. Log is
increasing, so maximising the likelihood, maximising the log likelihood and minimising
the average negative log likelihood (NLL) all pick the same $\theta$; in practice the NLL
is what gets minimised.

For a coin that came up heads $h$ times in $n$ flips, the likelihood of a heads
probability $p$ is $p^h (1-p)^{n-h}$, and it is largest at $p = h/n$: the observed
frequency. The same holds for any categorical distribution, so for a bigram model the
maximum likelihood estimate of each row $P(\cdot \mid \text{current})$ is that row's
counts divided by their sum. No other table does as well on the training data: any change
to a row the data uses, such as moving probability from one successor to another or
adding smoothing counts, raises the NLL there (by the row's share of the bigrams times the
Kullback-Leibler divergence from the counted frequencies to the new row). A
neural bigram model trained to minimise the same NLL therefore approaches the count table
and never does better.

The estimate fits the training data as closely as the model allows, including its gaps:
a bigram never seen in training gets probability 0, so a new word containing it gets an
infinite NLL. Smoothing and regularization give up a little training likelihood to avoid
that.

The bigram example's numbers differ from the video's: it uses the 5,163 distinct first
names of the 1990 US census (from the `names` package, read offline), because the
lecture's `names.txt` (32,033 names) ships with no package. With `names.txt` on your disk,
`glossary bigram names.txt` prints the NLL of its normalised counts. Further reading:
[Maximum likelihood estimation (Wikipedia)](https://en.wikipedia.org/wiki/Maximum_likelihood_estimation).

>>> import torch
>>> p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
>>> nll = -(7 * p.log() + 3 * (1 - p).log()) / 10  # 7 heads in 10 flips
>>> round(p[nll.argmin()].item(), 2)
0.7
>>> # same p as the largest likelihood
>>> bool((p**7 * (1 - p)**3).argmax() == nll.argmin())
True
"""

ALIASES = ("MLE", "maximum likelihood", "maximum likelihood estimate", "maximum-likelihood estimation")
SEE_ALSO = ("negative_log_likelihood", "log_likelihood", "monotonic", "model_smoothing", "add_one_smoothing",
            "bigram_language_model", "regularization")
DOCS = ""

# --8<-- [start:example]
import torch

heads, flips = 7, 10
p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)  # candidate P(heads)
likelihood = p**heads * (1 - p) ** (flips - heads)
nll = -(heads * p.log() + (flips - heads) * (1 - p).log()) / flips
print("p with the largest likelihood:", round(p[likelihood.argmax()].item(), 2))
print("p with the lowest NLL:        ", round(p[nll.argmin()].item(), 2))
for q in (0.5, 0.7, 0.9):
    k = torch.isclose(p, torch.tensor(q, dtype=torch.float64))
    print(f"p = {q}: likelihood {likelihood[k].item():.5f}, NLL {nll[k].item():.4f}")
# --8<-- [end:example]

# --8<-- [start:figure]
import matplotlib.pyplot as plt
import torch

p = torch.linspace(0.01, 0.99, 99, dtype=torch.float64)
nll = -(7 * p.log() + 3 * (1 - p).log()) / 10  # 7 heads in 10 flips
plt.plot(p, nll)
plt.axvline(0.7, color="C1", linestyle="--", label="p = 7/10")
plt.xlabel("p, the model's probability of heads")
plt.ylabel("average NLL of the 10 flips")
plt.title("7 heads in 10 flips: the NLL is lowest at p = 0.7")
plt.legend()
plt.show()
# --8<-- [end:figure]

# --8<-- [start:bigram]
from glossary_examples.makemore.counts import (average_nll, count_matrix, encode,
                                                 probabilities)
from glossary_examples.makemore.data import itos, load_names, stoi

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
N = count_matrix(words)
xs, ys = encode(words)
P = probabilities(N)  # normalised counts: the maximum likelihood estimate
print(f"normalised counts:  NLL {average_nll(P, xs, ys):.5f}")
e = stoi["e"]
a, b = P[e].topk(2).indices.tolist()  # the two likeliest letters after 'e'
for shift in (0.05, -0.05):
    Q = P.clone()
    Q[e, a] -= shift  # move probability between them; the row still sums to 1
    Q[e, b] += shift
    nll = average_nll(Q, xs, ys)
    print(f"move {shift:+.2f} from '{itos[a]}' to '{itos[b]}' after 'e': NLL {nll:.5f}")
print(f"+1 smoothing:       NLL {average_nll(probabilities(N, k=1), xs, ys):.5f}")
# --8<-- [end:bigram]
