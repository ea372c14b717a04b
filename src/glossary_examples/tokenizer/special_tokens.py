r"""special tokens

A special token is an id reserved for a marker such as `<|endoftext|>`, the separator between documents in GPT-2's training data; the tokenizer inserts it by its id, never by merging bytes, so it is always exactly one token.

GPT-2's vocabulary, as the lecture shows from its `encoder.json`, has 50,257 ids: the 256
bytes, 50,000 merges, and `<|endoftext|>` as the last id, 50256. Models fine-tuned for
chat add more markers, for the start and end of each message. A new special token needs a
new row in the model's embedding table and in its output layer.

The tokenizer looks for the special tokens before anything else, cuts the text at them,
and encodes the pieces in between as ordinary text. A string that is not registered as
special is ordinary text however it looks: `<|endoftext|>` unregistered is a handful of
ordinary tokens. Since a registered marker in user-supplied text would become a real
document boundary, decide where special tokens may be recognised: here, only when
`special` is passed to `encode`.

>>> from glossary_examples.tokenizer.bpe import decode, encode
>>> special = {"<|endoftext|>": 256}
>>> encode("a<|endoftext|>b", {}, special=special)
[97, 256, 98]
>>> len(encode("a<|endoftext|>b", {}))
15
>>> decode([97, 256, 98], {}, special=special)
'a<|endoftext|>b'
"""

ALIASES = ("<|endoftext|>", "special tokens", "end of text token")
SEE_ALSO = ("vocab_size", "tokenization")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.tokenizer.bpe import GPT2_SPLIT_PATTERN, decode, encode, train
from glossary_examples.tokenizer.corpus import load_text

merges = train(load_text()[:10_000], 300, GPT2_SPLIT_PATTERN)  # ids 0-299
special = {"<|endoftext|>": 300}  # the next free id, as 50256 is in GPT-2
text = "first document<|endoftext|>second document"
ids = encode(text, merges, GPT2_SPLIT_PATTERN, special)
print(len(ids), "tokens:", ids)
print("decoded:", decode(ids, merges, special))
marker = encode("<|endoftext|>", merges, GPT2_SPLIT_PATTERN)  # special not passed
print("unregistered:", len(marker), "ordinary tokens", marker)
print("decoded:", decode(marker, merges))
# --8<-- [end:example]
