import json, re, textwrap, string, heapq, bisect, struct, hashlib, io, os.path
from collections import Counter, namedtuple, deque, defaultdict, OrderedDict
from itertools import groupby, chain, islice, accumulate
from functools import reduce, lru_cache, partial
from enum import Enum, IntFlag, auto
import random

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
Numbers: 3 apples, 12 pears and 7 plums cost 4.50 in total."""

words = re.findall(r"[a-z]+", TEXT.lower())
print(Counter(words).most_common(4))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), TEXT.splitlines()[1]))
print([m.span() for m in re.finditer(r"\bthe\b", TEXT, re.I)])
print(textwrap.fill(TEXT, width=30))
print(string.Template("$who likes $what").substitute(who="Ann", what="tea"))

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._replace(x=10), p._asdict())
d = deque(range(5), maxlen=4); d.rotate(1); print(d)
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
print(sorted((k, len(v)) for k, v in dd.items())[:5])
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od))

print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
print(list(islice(chain("ab", "cd"), 3)), list(accumulate([1, 2, 3, 4])))
print(reduce(lambda a, b: a * b, range(1, 8)))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3))

class Color(Enum):
    RED = auto()
    GREEN = auto()
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, Color(2).name, list(Color), Perm.R | Perm.W, int(Perm.R | Perm.X))

data = {"name": "bytepy", "tags": ["jvm", "python"], "ok": True, "n": None, "pi": 3.25}
s = json.dumps(data, sort_keys=True, indent=2)
print(s)
print(json.loads(s) == data, json.loads('[1, 2.5, "x", {"a": null}]'))

h = [5, 1, 8, 3]
heapq.heapify(h); print([heapq.heappop(h) for _ in range(4)])
print(bisect.bisect_left([1, 3, 5, 7], 5), struct.pack("<hI", -2, 7).hex(), struct.unpack(">d", struct.pack(">d", 1.5)))
print(hashlib.sha256(b"bytepy").hexdigest()[:16], hashlib.md5(b"x").hexdigest())
buf = io.StringIO(); buf.write("line1\nline2\n"); buf.seek(0); print(buf.readlines())
print(os.path.join("a", "b", "c.py"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.txt"))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
