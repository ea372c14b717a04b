r"""generate

`generate` extends a batch of token sequences one token at a time: it runs the model on the last `block_size` tokens, turns the logits at the last position into probabilities with softmax, samples the next token from them and appends it.

The lecture writes `generate` once, for its first model, the bigram language model
`BigramLanguageModel`: an `nn.Embedding(vocab_size, vocab_size)` table whose row for a
token is read directly as the logits of the next token. The same loop then serves the
GPT: only the model inside changes. The model predicts a next token at every position,
but only the prediction at the last position is new, so `generate` keeps
`logits[:, -1, :]` and discards the rest.

The lecture's GPT, like GPT-2, has one learned position embedding for each of its
`block_size` positions, so it cannot read a longer context: `idx[:, -block_size:]` crops
the running sequence to its last `block_size` tokens before every step. Without the crop,
generation fails as soon as the sequence outgrows the model. The bigram model looks at one
token only, so cropping would change nothing for it. Sampling is random; a seeded
`torch.Generator` makes it reproducible.

An untrained model's logits are random, so its first loss is not the loss of a uniform
guess over $V$ tokens, $\ln V$ (4.17 for 65 characters), but larger: on average, random
logits are confidently wrong. The loss below scores random tokens, not the lecture's
batch of tiny-shakespeare, so its value is not the one in the video; both lie above
$\ln 65$.

>>> import math
>>> round(math.log(65), 2)  # the loss of a uniform guess over 65 characters
4.17
"""

ALIASES = ('model.generate', 'context cropping', 'idx[:, -block_size:]')
SEE_ALSO = ("sampling", "bigram_language_model", "embedding", "softmax", "torch_multinomial")
DOCS = "https://docs.pytorch.org/docs/stable/generated/torch.multinomial.html"

# --8<-- [start:example]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
vocab_size = 65
table = nn.Embedding(vocab_size, vocab_size)  # bigram: row i = logits after token i
g = torch.Generator().manual_seed(1337)

idx = torch.zeros((2, 1), dtype=torch.long)  # two sequences, each starting with token 0
for _ in range(8):
    logits = table(idx)  # (B, T, vocab_size): a prediction at every position
    probs = F.softmax(logits[:, -1, :], dim=-1)  # keep the last position's
    idx_next = torch.multinomial(probs, num_samples=1, generator=g)  # (B, 1)
    idx = torch.cat((idx, idx_next), dim=1)  # (B, T + 1)
print(idx.shape)
print(idx.tolist())
# --8<-- [end:example]

# --8<-- [start:crop]
import torch

from glossary_examples.gpt.model import GPTLanguageModel

torch.manual_seed(1337)
model = GPTLanguageModel(vocab_size=65, block_size=8, n_embd=16, n_head=2, n_layer=1)
idx = torch.zeros((1, 1), dtype=torch.long)
out = model.generate(idx, max_new_tokens=20, generator=torch.Generator().manual_seed(1))
print("generated:", out.shape)  # 21 tokens, although the model reads at most 8
try:
    model(out)  # the whole sequence, not cropped to the last block_size tokens
except IndexError as err:
    print("uncropped:", err)
print("cropped:", model(out[:, -model.block_size :])[0].shape)
# --8<-- [end:crop]

# --8<-- [start:loss]
import math

import torch

from glossary_examples.gpt.model import BigramLanguageModel

torch.manual_seed(1337)
model = BigramLanguageModel(vocab_size=65)
g = torch.Generator().manual_seed(1337)
xb = torch.randint(65, (32, 8), generator=g)
yb = torch.randint(65, (32, 8), generator=g)
logits, loss = model(xb, yb)
print(logits.shape)
print(f"loss of the untrained model: {loss.item():.4f}")
print(f"loss of a uniform guess:     {math.log(65):.4f}")
# --8<-- [end:loss]
