import re
import collections
import textwrap
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = collections.Counter(words)
print(len(words), len(freq))
for word, n in freq.most_common(6):
    print(f"{word:<10}{n:>3} {'#' * n}")
stop = {"it", "was", "the", "of"}
interesting = collections.Counter(w for w in words if w not in stop)
print(sorted(interesting.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
by_letter = collections.defaultdict(set)
for w in words:
    by_letter[w[0]].add(w)
print({k: sorted(v) for k, v in sorted(by_letter.items()) if len(v) > 1})
sentences = [s.strip() for s in re.split(r"[,.]\s*", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len))
print(textwrap.fill(" ".join(w.capitalize() for w in words[:20]), 40))
no_punct = TEXT.translate(str.maketrans("", "", string.punctuation))
print(no_punct.split()[:8])
print(re.sub(r"\bit was\b", "'twas", TEXT, flags=re.I).splitlines()[0])
lengths = collections.Counter(map(len, words))
print(sorted(lengths.items()))
bigrams = collections.Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
