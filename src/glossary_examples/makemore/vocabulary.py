r"""vocabulary

A vocabulary is the fixed set of tokens a model can read and produce, each with an integer index; makemore's has 27: the boundary token '.' and the letters a–z.

A *token* is the unit of text a model works with: a character in makemore, a word or a
piece of a word in larger models. Models compute with numbers, so every token gets an
index: `stoi` ("string to integer") maps a token to its index and `itos` maps it back.
The vocabulary size fixes the shapes of the model: a bigram table is
$27 \times 27$, and a one-hot vector has 27 entries.

makemore adds one *special token*, `.`, at index 0. It never occurs inside a name; it
marks the boundary of a word. As the current symbol it means "a word starts here" (the
first letter is predicted from it), and as the next symbol it means "the word ends
here" (the model emits it to stop). One token can play both roles: separate start and
end tokens, as in `<S>emma<E>`, would only add a row that is always 0 (nothing follows
the end) and a column that is always 0 (nothing leads to the start). A word with a
character outside the vocabulary (a hyphen, an accented letter, a capital) cannot be
encoded until it is cleaned or the vocabulary is extended. Further reading:
[token in Google's Machine Learning Glossary](https://developers.google.com/machine-learning/glossary#token).

>>> chars = sorted(set(''.join(['emma', 'olivia', 'ava'])))
>>> stoi = {s: i + 1 for i, s in enumerate(chars)}
>>> stoi['.'] = 0
>>> stoi
{'a': 1, 'e': 2, 'i': 3, 'l': 4, 'm': 5, 'o': 6, 'v': 7, '.': 0}
>>> from glossary_examples.makemore.data import itos, stoi
>>> len(stoi), itos[0], stoi['z']
(27, '.', 26)
"""

ALIASES = ('vocab', 'token', 'tokens', 'stoi', 'itos')
SEE_ALSO = ("bigram", "bigram_language_model", "one_hot_encoding", "embedding")
DOCS = ""

# --8<-- [start:example]
from glossary_examples.makemore.data import load_names

words = load_names()  # 1990 US census first names, lower-cased, de-duplicated
chars = sorted(set("".join(words)))  # every character that occurs
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0  # the boundary token: start and end of a word
itos = {i: s for s, i in stoi.items()}
print("vocabulary size:", len(stoi))
print("itos:", "".join(itos[i] for i in range(len(itos))))

ix = [stoi[ch] for ch in ".emma."]
print("encode .emma. ->", ix)
print("decode back   ->", "".join(itos[i] for i in ix))
# --8<-- [end:example]

# --8<-- [start:pitfall]
from glossary_examples.makemore.data import stoi

for word in ["emma", "mary-jane", "Zoe"]:
    try:
        print(word, "->", [stoi[ch] for ch in word])
    except KeyError as err:
        print(word, "-> KeyError:", err, "is not in the vocabulary")
print("Zoe".lower(), "->", [stoi[ch] for ch in "Zoe".lower()])
# --8<-- [end:pitfall]
