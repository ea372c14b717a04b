r"""WaveNet (hierarchical model)

The WaveNet of makemore part 5 is a character-level language model that fuses its context step by step, two neighbouring positions per layer, instead of squashing all of it into one hidden layer at once.

The part-2 MLP reads its whole context in its first layer: with 8 characters, 80 numbers
go through one matrix and all the mixing happens in one step. Makemore part 5 borrows the
structure of [WaveNet](https://arxiv.org/abs/1609.03499) (van den Oord et al., 2016, a
model of raw audio; further reading), where each layer combines only pairs of neighbours
and the layers stack into a tree:

- 8 character embeddings → 4 vectors, each fused from 2 neighbouring characters;
- 4 → 2 vectors, each covering 4 characters;
- 2 → 1 vector covering all 8, then a linear layer to 27 logits.

Each level is `FlattenConsecutive(2)`, a `Linear` layer without bias (the batch
normalization after it has its own), `BatchNorm1d` and `Tanh`. The hidden tensors are
3-D, (batch, positions, channels), so the linear layers rely on
[batched matrix multiplication](batched_matrix_multiplication.md) and the batch
normalization must average over two dimensions.

The lecture's log on names.txt, dev loss: the 3-character MLP of part 3 2.105; the flat MLP
with 8 characters (22K parameters) 2.027; the tree at the same size 2.029, then 2.022 with
the batch-normalization fix; the tree with 24-number embeddings and 128 hidden units
(76,579 parameters) 1.993. The lecture leaves out the rest of the paper (gated activations,
residual and skip connections), and its model computes every example's tree separately,
where a convolution shares the work between overlapping contexts. The census names give
only 28,876 training examples, fewer than the model's 76,579 parameters, which makes the
full-size model prone to overfitting here; the
[walkthrough](../walkthroughs/makemore_wavenet.py) trains a smaller one.

>>> from glossary_examples.makemore.training import evaluate, wavenet
>>> sum(p.nelement()
...     for p in wavenet(block_size=8, n_embd=24, n_hidden=128).parameters())
76579
"""

ALIASES = ("hierarchical model", "hierarchical network", "makemore WaveNet", "WaveNet model")
SEE_ALSO = ("flatten_consecutive", "batched_matrix_multiplication", "batch_normalization_3d_input",
            "dilated_causal_convolution", "receptive_field", "mlp_language_model", "nn_sequential")
DOCS = ""

# --8<-- [start:example]
import math
import torch
from glossary_examples.makemore.training import evaluate, wavenet
from glossary_examples.makemore.data import itos, load_names
from glossary_examples.makemore.dataset import build_dataset

X, Y = build_dataset(load_names(), block_size=8)
print("".join(itos[i] for i in X[3].tolist()), "-->", itos[Y[3].item()])
g = torch.Generator().manual_seed(42)
model = wavenet(block_size=8, n_embd=24, n_hidden=128, generator=g)
model(X[:4])  # a batch of 4 examples
for layer in model.layers:
    print(f"{type(layer).__name__:>18}: {tuple(layer.out.shape)}")
print("parameters:", sum(p.nelement() for p in model.parameters()))
loss = evaluate(model, X[:1000], Y[:1000])
print(f"untrained loss on 1,000 examples: {loss:.4f}; ln 27 = {math.log(27):.4f}")
# --8<-- [end:example]
