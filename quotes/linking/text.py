"""Quote texts reduced to what two renderings of one statement share.

* :func:`words` — the words, lowercase, accents and curly quotes folded (“terrorist or suicide
  attacks” and "terrorist or suicide attacks" are the same five... four words);
* :func:`content` — the content words: stopwords out (``lexicons/stopwords.txt``), phrases of
  ``lexicons/paraphrases.tsv`` to their concept ("ended without progress" → ``fail``), the rest
  stemmed (Snowball: "attacks"/"attack", "hiding"/"hide");
* :func:`minhash_bands` — a MinHash signature (datasketch) cut into LSH bands, the index that
  finds an anonymous source's candidate quotes;
* :func:`context_of` — the sentence around a quote without the quoted words: who said it, where
  and when ("said on X following four days of negotiations brokered by Qatar and Türkiye").
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from datasketch import MinHash

from .. import lexicons

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# LSH: 32 bands of 2 rows catch pairs whose content words overlap by a Jaccard of 0.2 with
# probability 0.73 and of 0.4 with 0.99 (1 - (1 - J^2)^32).
NUM_PERM = 64
BAND_ROWS = 2


@lru_cache(maxsize=None)
def _longest_phrase() -> int:
    return max(len(p) for p in lexicons.paraphrases())


_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def fold(text: str) -> str:
    """Lowercase ASCII: accents dropped (Türkiye → turkiye), curly apostrophes straight."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def words(text: str) -> list[str]:
    """The words of ``text`` in order, folded; a possessive 's is dropped (Pakistan's → pakistan)."""
    out = []
    for word in _WORD.findall(fold(text)):
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word.replace("'", ""))
    return [w for w in out if w]


def content(text_or_words) -> list[str]:
    """Content terms: paraphrase concepts, then stems of the words that are no stopwords."""
    ws = words(text_or_words) if isinstance(text_or_words, str) else list(text_or_words)
    table, longest, stop = lexicons.paraphrases(), _longest_phrase(), lexicons.stopwords()
    out, i = [], 0
    while i < len(ws):
        for size in range(min(longest, len(ws) - i), 0, -1):
            concept = table.get(tuple(ws[i:i + size]))
            if concept is not None:
                out.append("=" + concept)
                i += size
                break
        else:
            word = ws[i]
            if word not in stop and (len(word) > 1 or word.isdigit()):
                out.append(stem(word))
            i += 1
    return out


def minhash_bands(terms, namespace: str) -> list[int]:
    """The LSH band keys of a set of terms, as signed 63-bit integers, tied to ``namespace``
    (the kind of speaker: quotes of "sources" never meet those of "analysts")."""
    terms = set(terms)
    if not terms:
        return []
    sketch = MinHash(num_perm=NUM_PERM)
    sketch.update_batch([t.encode() for t in sorted(terms)])
    values = sketch.hashvalues
    keys = []
    for band in range(NUM_PERM // BAND_ROWS):
        rows = values[band * BAND_ROWS:(band + 1) * BAND_ROWS]
        digest = hashlib.blake2b(f"{namespace}|{band}|{','.join(map(str, rows))}".encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


# A sentence ends at ., ! or ? (a closing quotation mark may follow) before white space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’»]?(?=\s)|\n")
CONTEXT_CHARS = 400


def context_of(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str:
    """The sentence(s) holding ``text[start:end]``, without the spans in ``quoted`` (the article's
    quotes): what the journalist says around the quote."""
    if not text:
        return ""
    left = max(0, start - CONTEXT_CHARS)
    begin = left
    for match in _SENTENCE_END.finditer(text, left, start):
        begin = match.end()
    stop = min(len(text), end + CONTEXT_CHARS)
    match = _SENTENCE_END.search(text, end, stop)
    finish = match.end() if match else stop
    chars = list(text[begin:finish])
    for a, b in quoted:
        for i in range(max(a, begin), min(b, finish)):
            chars[i - begin] = " "
    return " ".join("".join(chars).split())
