"""The GPT command: train the lecture's character-level GPT on a text file and print a sample.

    glossary gpt [FILE] [--steps N] [--sample N]
    python -m glossary_examples.gpt [FILE] ...

Without FILE the text is the Python help pages that ship with the standard library
(`data.stdlib_text()`); with the lecture's input.txt it trains on tiny-shakespeare. The model
is much smaller than the lecture's (10.8 million parameters, trained on a GPU), so a CPU
trains it in minutes; a progress bar shows the step, the loss and the tokens per second. Bad input ends with one
line on stderr naming the file, and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from glossary_examples.tokenizer.corpus import CorpusError, load_text  # any UTF-8 file, bad bytes named

STDLIB = "the Python help pages in the standard library (pydoc_data.topics)"
SIZES = dict(block_size=64, n_embd=64, n_head=4, n_layer=4, dropout=0.1)  # the lecture: 256, 384, 6, 6, 0.2
BATCH_SIZE = 32  # the lecture: 64
LEARNING_RATE = 1e-3  # the lecture: 3e-4 for its larger model
EVAL_BATCHES = 20  # the lecture: 200


def shortest_text(block_size: int, fraction: float = 0.9) -> int:
    """The fewest characters whose training and validation parts both exceed block_size."""
    n = 1
    while min(int(fraction * n), n - int(fraction * n)) <= block_size:
        n += 1
    return n


def estimate_loss(model, data, generator, batches: int) -> float:
    """The mean loss over a few random batches, in eval mode (no dropout) and without gradients."""
    import torch

    from glossary_examples.gpt.data import get_batch

    model.eval()
    with torch.no_grad():
        losses = [model(*get_batch(data, model.block_size, BATCH_SIZE, generator))[1].item()
                  for _ in range(batches)]
    model.train()
    return sum(losses) / len(losses)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def main(argv: list[str] | None = None, prog: str = "python -m glossary_examples.gpt") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Train a small character-level GPT (the lecture's model, scaled down for a CPU: "
                    + ", ".join(f"{k} {v}" for k, v in SIZES.items())
                    + f", batch {BATCH_SIZE}, AdamW lr {LEARNING_RATE}) on the first 90% of a text, "
                    "report the loss on both parts and print a sample.",
        epilog=f"Without FILE: {STDLIB}. FILE is any UTF-8 text, e.g. the lecture's input.txt.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path, help="a UTF-8 text file")
    parser.add_argument("--steps", type=_count, default=1000, metavar="N", help="training steps (default 1000)")
    parser.add_argument("--sample", type=_count, default=500, metavar="N",
                        help="characters to generate after training (default 500)")
    parser.add_argument("--seed", type=int, default=1337, help="seed for the weights, batches and sample")
    parser.add_argument("--threads", type=_count, default=1, metavar="N",
                        help="CPU threads for torch (default 1, which was fastest for this small "
                             "model on a busy 2-core machine; 0: PyTorch's choice)")
    args = parser.parse_args(argv)
    try:
        if args.file is None:
            from glossary_examples.gpt.data import stdlib_text

            text, source = stdlib_text(), STDLIB
        else:
            text, source = load_text(args.file), str(args.file)
        if len(text) < shortest_text(SIZES["block_size"]):
            raise CorpusError(f"{source}: {len(text):,} characters is too short: the model needs at least "
                              f"{shortest_text(SIZES['block_size']):,} (its last tenth, kept for validation, "
                              f"must be longer than its {SIZES['block_size']}-character context)")
    except CorpusError as err:
        print(f"{parser.prog}: error: {err}", file=sys.stderr)
        return 2

    import torch  # imported late: --help and bad input answer at once

    callers_threads = torch.get_num_threads()  # restored: a test or a notebook may call main()
    if args.threads:
        torch.set_num_threads(args.threads)
    try:
        return _train(args, text, source)
    finally:
        torch.set_num_threads(callers_threads)


def _train(args, text: str, source: str) -> int:
    """Train on the checked text, print train and val loss (and a sample), return the exit status."""
    import torch
    from tqdm import tqdm

    from glossary_examples.gpt.data import CharTokenizer, get_batch, train_val_split
    from glossary_examples.gpt.model import GPTLanguageModel

    tokenizer = CharTokenizer(text)
    train_data, val_data = train_val_split(torch.tensor(tokenizer.encode(text), dtype=torch.long))
    torch.manual_seed(args.seed)
    g = torch.Generator().manual_seed(args.seed)
    model = GPTLanguageModel(tokenizer.vocab_size, **SIZES)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, fused=True)  # one kernel per update
    print(f"corpus: {source}: {len(text):,} characters, {tokenizer.vocab_size} distinct")
    print(f"model: {sum(p.numel() for p in model.parameters()):,} parameters, "
          + ", ".join(f"{k} {v}" for k, v in SIZES.items()), flush=True)

    tokens_per_step = BATCH_SIZE * SIZES["block_size"]
    start = time.perf_counter()
    bar = tqdm(range(args.steps), desc="training", unit="step", file=sys.stderr)
    for step in bar:
        xb, yb = get_batch(train_data, SIZES["block_size"], BATCH_SIZE, g)
        _, loss = model(xb, yb)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if step % 10 == 0 or step == args.steps - 1:
            rate = (step + 1) * tokens_per_step / (time.perf_counter() - start)
            bar.set_postfix(loss=f"{loss.item():.4f}", tokens_per_s=f"{rate:,.0f}")
    seconds = time.perf_counter() - start
    if args.steps:
        print(f"trained {args.steps} steps in {seconds:.1f} s: "
              f"{args.steps * tokens_per_step / seconds:,.0f} tokens/s")
    losses = [estimate_loss(model, part, g, EVAL_BATCHES) for part in (train_data, val_data)]
    print(f"train loss {losses[0]:.4f}, val loss {losses[1]:.4f} (mean of {EVAL_BATCHES} batches each)")
    if args.sample:
        model.eval()  # no dropout while sampling
        context = torch.zeros((1, 1), dtype=torch.long)  # token 0, as in the lecture
        print(f"sample ({args.sample} characters):")
        print(tokenizer.decode(model.generate(context, args.sample, generator=g)[0, 1:]))
    return 0
