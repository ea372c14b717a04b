"""The models of makemore part 2 (MLP) and part 5 (WaveNet), and the lecture's training
loop.

Both models are built from the part-5 layers (`layers.py`), so both start the way parts
3-5 start: weights drawn from N(0, 1) / sqrt(fan_in), zero biases and a last layer
scaled by 0.1. Part 2 itself drew every parameter from plain N(0, 1); the architecture
and the parameter count (11,897 with the defaults) are part 2's. `train` is the
lecture's loop: minibatches of 32 drawn with torch.randint, F.cross_entropy, plain
gradient descent, and a step decay of the learning rate (0.1, then 0.01 from `decay_at`
of the steps on: half way in part 2, three quarters in part 5). Training and evaluation
run torch on one thread: small matrices gain nothing from more, and with MKL the
rounding of a matrix product depends on the number of threads, so one thread gives the
same digits run after run.
"""

import contextlib

import torch
import torch.nn.functional as F

from glossary_examples.makemore.data import itos
from glossary_examples.makemore.layers import (BatchNorm1d, Embedding, FlattenConsecutive, Linear,
                                               Sequential, Tanh)


def mlp(vocab_size=27, block_size=3, n_embd=10, n_hidden=200, generator=None):
    """Part 2: embed block_size characters, concatenate, one tanh hidden layer, logits.
    """
    model = Sequential([
        Embedding(vocab_size, n_embd, generator=generator),
        # (B, block_size, n_embd) -> (B, block_size * n_embd)
        FlattenConsecutive(block_size),
        Linear(n_embd * block_size, n_hidden, generator=generator), Tanh(),
        Linear(n_hidden, vocab_size, generator=generator),
    ])
    model.layers[-1].weight *= 0.1  # a less confident start
    return model


def wavenet(vocab_size=27, block_size=8, n_embd=24, n_hidden=128, generator=None):
    """Part 5: fuse pairs of neighbours level by level (8 -> 4 -> 2 -> 1), then logits.
    """
    if block_size < 2 or block_size & (block_size - 1):
        raise ValueError(f"the WaveNet fuses pairs: block_size must be a power of 2, got {block_size}")
    layers, width = [Embedding(vocab_size, n_embd, generator=generator)], n_embd
    while block_size > 1:
        layers += [FlattenConsecutive(2), Linear(width * 2, n_hidden, bias=False, generator=generator),
                   BatchNorm1d(n_hidden), Tanh()]
        width, block_size = n_hidden, block_size // 2
    layers.append(Linear(n_hidden, vocab_size, generator=generator))
    model = Sequential(layers)
    model.layers[-1].weight *= 0.1  # a less confident start
    return model


@contextlib.contextmanager
def one_thread():
    """Run torch on one thread inside the block, then restore the thread count."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def set_training(model, training):
    """Switch every layer to training (batch statistics) or evaluation (running
    statistics)."""
    for layer in model.layers:
        layer.training = training


def step_decay(step, steps, lr=0.1, decay_at=0.5):
    """The lecture's schedule: lr for the first decay_at * steps steps, then lr / 10."""
    return lr if step < decay_at * steps else lr / 10


def train(model, X, Y, steps, batch_size=32, lr=0.1, decay_at=0.5, generator=None,
          progress=iter):
    """Minibatch gradient descent on F.cross_entropy; returns the minibatch loss of
    every step.

    `progress` wraps the range of steps, e.g. tqdm.tqdm for a progress bar.
    """
    parameters = model.parameters()
    for p in parameters:
        p.requires_grad = True
    set_training(model, True)
    lossi = []
    with one_thread():
        for i in progress(range(steps)):
            # minibatch
            ix = torch.randint(0, X.shape[0], (batch_size,), generator=generator)
            loss = F.cross_entropy(model(X[ix]), Y[ix])  # forward pass
            for p in parameters:
                p.grad = None
            loss.backward()  # backward pass
            rate = step_decay(i, steps, lr, decay_at)
            for p in parameters:
                p.data += -rate * p.grad  # update
            lossi.append(loss.item())
    return lossi


@torch.no_grad()
def evaluate(model, X, Y):
    """The average loss on all of (X, Y), in evaluation mode."""
    set_training(model, False)
    with one_thread():
        return F.cross_entropy(model(X), Y).item()


@torch.no_grad()
def sample(model, block_size, generator=None):
    """One word, drawn character by character until '.', which ends it (and is kept)."""
    set_training(model, False)
    out, context = [], [0] * block_size
    while True:
        with one_thread():
            probs = F.softmax(model(torch.tensor([context])), dim=1)
        ix = torch.multinomial(probs, num_samples=1, generator=generator).item()
        context = context[1:] + [ix]  # slide the window
        out.append(itos[ix])
        if ix == 0:
            return "".join(out)
