import io, re, contextlib
import cProfile, pstats

def mask(text):
    # times differ from run to run: keep the call counts and the names
    text = re.sub(r"in \d+\.\d+ seconds", "in T seconds", text)
    return re.sub(r"(?m)^(\s+[\d/]+)(\s+\d+\.\d+){4}", r"\1    t    t    t    t", text)

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def longest(limit):
    return max(range(1, limit), key=collatz)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.run("longest(30)", sort="name")
print(mask(buf.getvalue()))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.runctx("[collatz(k) for k in ks]", globals(), {"ks": [3, 6, 7]}, sort="name")
print(mask(buf.getvalue()))

p = cProfile.Profile()
p.enable()
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
text = ", ".join(sorted(counts))
p.disable()
s = io.StringIO()
pstats.Stats(p, stream=s).sort_stats("calls", "name").print_stats(3)
print(mask(s.getvalue()))
