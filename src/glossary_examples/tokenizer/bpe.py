"""Byte-level byte-pair encoding (BPE), as in "Let's build the GPT Tokenizer".

    from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, decode, encode
    from glossary_examples.tokenizer.bpe import train

    merges = train(text, 512, GPT2_SPLIT_PATTERN)  # {(id, id): new id}, in order
    ids = encode("hello world", merges, GPT2_SPLIT_PATTERN)
    decode(ids, merges)  # 'hello world'

Text becomes its UTF-8 bytes, ids 0-255. Training repeatedly replaces the most frequent
pair of adjacent ids by a new id (256, 257, ...) until there are `vocab_size` ids.
Encoding applies the learned merges, earliest first; decoding joins the bytes back.

Where this differs from the lecture and from minbpe (github.com/karpathy/minbpe):
- Functions, not Tokenizer classes. `pattern=None` is minbpe's BasicTokenizer (the whole
  text is one sequence); a split pattern gives its RegexTokenizer (the text is cut into
  chunks first, and no merge crosses a chunk boundary).
- Ties: of two equally frequent pairs, the one with the smaller ids wins; the lecture's
  `max(stats, key=stats.get)` takes the one counted first. The merges then do not depend
  on dict order, and Wikipedia's example comes out as written: aaabdaaabac -> XdXac.
- Speed: equal chunks are counted once, with their multiplicity, and after each merge
  only the chunks that contain the pair are updated (`where` remembers which chunks
  have each id). The merges are the ones the lecture's loop learns (with the tie rule
  above); it just takes less time.
- A text with no pair left stops training early (fewer merges than asked); the
  lecture's `max` of an empty dict would raise.
- Special tokens ({"<|endoftext|>": id}) are passed to `encode` and `decode`; they are
  cut out of the text before the split pattern runs and never take part in merges.
"""

import re

import regex  # the third-party `regex` package: the patterns need \p{L} and \p{N}

# GPT-2's (openai/gpt-2, src/encoder.py): contractions, letters, digits, other symbols,
# each after at most one space; whitespace. GPT-4's (cl100k_base), as minbpe writes it.
GPT2_SPLIT_PATTERN = (
    r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")
GPT4_SPLIT_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}+|\p{N}{1,3}"""
    r"""| ?[^\s\p{L}\p{N}]++[\r\n]*|\s*[\r\n]|\s+(?!\S)|\s+""")


def get_stats(ids, counts=None):
    """{(a, b): how often b follows a in ids}, added into `counts` if given."""
    counts = {} if counts is None else counts
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def merge(ids, pair, idx):
    """Replace every occurrence of `pair` in `ids`, left to right, by the id `idx`."""
    out, i = [], 0
    while i < len(ids):
        if i < len(ids) - 1 and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(idx)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def split(text, pattern=None):
    """The chunks `pattern` cuts `text` into (the whole text if pattern is None)."""
    if pattern is None:
        return [text] if text else []
    return regex.findall(pattern, text)


def train(text, vocab_size, pattern=None, progress=None):
    """Learn up to vocab_size - 256 merges: {(a, b): new id}, in the order learned.

    `progress`, if given, wraps the loop over the new ids (e.g. tqdm.tqdm).
    """
    if vocab_size < 256:
        raise ValueError(f"vocab_size must be at least 256 (one id per byte), "
                         f"not {vocab_size}")
    chunks = {}  # distinct chunk -> how many times it occurs
    for chunk in split(text, pattern):
        chunks[chunk] = chunks.get(chunk, 0) + 1
    words = [list(chunk.encode("utf-8")) for chunk in chunks]
    counts = list(chunks.values())
    stats, where = {}, {}  # pair -> count in the whole text; id -> chunks that had it
    for i, (ids, n) in enumerate(zip(words, counts)):
        _add(stats, get_stats(ids), n)
        for token in ids:
            where.setdefault(token, set()).add(i)
    merges = {}
    steps = range(256, vocab_size)
    for idx in progress(steps) if progress else steps:
        if not stats:
            break  # every chunk is a single token: nothing left to merge
        pair = min(stats, key=lambda p: (-stats[p], p))  # most frequent; ties: smaller
        merges[pair] = idx
        where[idx] = set()
        for i in where[pair[0]] & where[pair[1]]:  # only chunks that may hold the pair
            new = merge(words[i], pair, idx)
            if len(new) < len(words[i]):  # recount this chunk's pairs
                _add(stats, get_stats(words[i]), -counts[i])
                _add(stats, get_stats(new), counts[i])
                words[i] = new
                where[idx].add(i)
    return merges


def _add(stats, pairs, weight):
    """stats += weight * pairs, dropping the pairs whose count falls to 0."""
    for pair, k in pairs.items():
        stats[pair] = stats.get(pair, 0) + k * weight
        if stats[pair] == 0:
            del stats[pair]


def vocab(merges, special=None):
    """id -> its bytes: the 256 single bytes, one per merge, the special tokens."""
    table = {idx: bytes([idx]) for idx in range(256)}
    for (a, b), idx in merges.items():  # in the order learned, so a and b are known
        table[idx] = table[a] + table[b]
    for token, idx in (special or {}).items():
        if idx in table:
            raise ValueError(f"special token {token!r}: id {idx} is already taken")
        table[idx] = token.encode("utf-8")
    return table


def encode_chunk(data, merges):
    """The ids of one chunk's bytes: apply the merges, earliest learned first."""
    ids = list(data)
    while len(ids) >= 2:
        stats = get_stats(ids)
        pair = min(stats, key=lambda p: merges.get(p, float("inf")))  # earliest merge
        if pair not in merges:
            break  # no pair left here was ever merged
        ids = merge(ids, pair, merges[pair])
    return ids


def encode(text, merges, pattern=None, special=None):
    """Text -> ids. With `special` ({token: id}), each such token becomes its one id."""
    pieces = [text]
    if special:  # a capturing group puts the special tokens at the odd positions
        longest_first = sorted(special, key=len, reverse=True)
        pieces = re.split("(" + "|".join(map(re.escape, longest_first)) + ")", text)
    ids, done = [], {}  # done: chunk -> its ids, so a repeated chunk is encoded once
    for k, piece in enumerate(pieces):
        if k % 2:
            ids.append(special[piece])
            continue
        for chunk in split(piece, pattern):
            if chunk not in done:
                done[chunk] = encode_chunk(chunk.encode("utf-8"), merges)
            ids.extend(done[chunk])
    return ids


def decode(ids, merges, special=None, errors="replace"):
    """Ids -> text; bytes that are not valid UTF-8 become U+FFFD (errors="replace")."""
    table = vocab(merges, special)
    return b"".join(table[idx] for idx in ids).decode("utf-8", errors=errors)
