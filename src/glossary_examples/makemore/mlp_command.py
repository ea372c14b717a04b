"""The training command: train makemore's MLP or WaveNet on a word list, print samples.

    glossary mlp [FILE] [--model mlp|wavenet] [--steps N] [--seed S]

Trains the part-2 MLP (or, with --model wavenet, the part-5 WaveNet) with the lecture's
hyperparameters on a word list, with a progress bar, and prints the train and dev loss
and a few samples. Without FILE it uses the census names of `data.load_names()`. Bad
input ends with a one-line message on stderr (naming the file, and the line and column
of a bad character) and exit status 2.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from glossary_examples.makemore.wordlist import CENSUS, WordListError, load_words

# The lecture's settings: part 2 (MLP) and part 5 (WaveNet); batch size 32, learning
# rate 0.1.
MODELS = {
    "mlp": {"block_size": 3, "n_embd": 10, "n_hidden": 200, "decay_at": 0.5},
    "wavenet": {"block_size": 8, "n_embd": 24, "n_hidden": 128, "decay_at": 0.75},
}
STEPS = 200_000
MIN_WORDS = 10  # the 80/10/10 split leaves the dev set empty below this


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def main(argv: list[str] | None = None, prog: str = "glossary mlp") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Train the makemore MLP (part 2) or WaveNet (part 5) on a word list with the lecture's "
                    "hyperparameters: an 80/10/10 split of the shuffled words (random.seed 42), minibatches of "
                    "32, learning rate 0.1, divided by 10 after half the steps (mlp) or three quarters (wavenet). "
                    "Prints the loss on the training and dev splits and five samples; the test split is left "
                    "untouched.",
        epilog=f"Without FILE: the {CENSUS}. A FILE holds one word per line, letters a-z only (case is ignored, "
               "blank lines are skipped), e.g. the lecture's names.txt.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", type=Path,
                        help="word list, one word per line")
    parser.add_argument("--model", choices=sorted(MODELS), default="mlp",
                        help="which lecture's model (default: mlp)")
    parser.add_argument("--steps", type=_count, default=STEPS, metavar="N",
                        help=f"training steps (default: {STEPS:,}, as in the lecture)")
    parser.add_argument("--seed", type=int, default=42, metavar="S", help="seed of initialisation, minibatches and "
                        "samples (default: 42)")
    args = parser.parse_args(argv)
    try:
        words, source = load_words(args.file)
    except WordListError as err:
        print(f"{parser.prog}: error: {err}", file=sys.stderr)
        return 2
    if args.file is not None and len(words) < MIN_WORDS:
        print(f"{parser.prog}: error: {args.file}: {len(words)} words; the 80/10/10 split needs at least "
              f"{MIN_WORDS}", file=sys.stderr)
        return 2

    import torch  # imported late: --help and bad input answer at once
    from tqdm import tqdm

    from glossary_examples.makemore import training
    from glossary_examples.makemore.dataset import build_dataset, split_words

    settings = MODELS[args.model]
    block_size = settings["block_size"]
    train_words, dev_words, test_words = split_words(words)
    Xtr, Ytr = build_dataset(train_words, block_size)
    Xdev, Ydev = build_dataset(dev_words, block_size)
    g = torch.Generator().manual_seed(args.seed)
    build = training.mlp if args.model == "mlp" else training.wavenet
    model = build(block_size=block_size, n_embd=settings["n_embd"],
                  n_hidden=settings["n_hidden"], generator=g)
    decay_step = math.ceil(settings["decay_at"] * args.steps)  # the first step at 0.01
    print(f"corpus: {source}")
    print(f"words: {len(words)} (train {len(train_words)}, dev {len(dev_words)}, test {len(test_words)})")
    print(f"examples: train {len(Ytr)}, dev {len(Ydev)}")
    print(f"model: {args.model} (block_size {block_size}, n_embd {settings['n_embd']}, "
          f"n_hidden {settings['n_hidden']}), {sum(p.nelement() for p in model.parameters())} parameters")
    print(f"training: {args.steps} steps, batch 32, learning rate 0.1, 0.01 from step {decay_step}, seed {args.seed}")
    sys.stdout.flush()  # the progress bar goes to stderr

    def progress(steps):
        return tqdm(steps, desc=args.model, unit="step", mininterval=0.5, leave=False)

    start = time.perf_counter()
    training.train(model, Xtr, Ytr, args.steps, lr=0.1, decay_at=settings["decay_at"], generator=g,
                   progress=progress)
    seconds = time.perf_counter() - start
    print(f"time: {seconds:.1f} s" + (f" ({1000 * seconds / args.steps:.2f} s per 1,000 steps)" if args.steps else ""))
    print(f"train loss: {training.evaluate(model, Xtr, Ytr):.4f}")
    print(f"dev loss: {training.evaluate(model, Xdev, Ydev):.4f}")
    print("five samples:")
    for _ in range(5):
        print(training.sample(model, block_size, g))
    return 0
