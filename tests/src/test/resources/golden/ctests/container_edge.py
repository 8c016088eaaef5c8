# set operations whose __eq__ mutates the set; repeats and format specs that overflow
import sys


class Bad:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.s.clear()
        return False


s = set()
for i in range(8):
    s.add(Bad(s) if i % 2 else i)
t = {Bad(s) for _ in range(8)}
r = s & t
print(type(r).__name__)

for seq in ([4, 5, 6, 7], (1, 2), "ab", b"ab"):
    try:
        seq * ((sys.maxsize * 2 + 2) // len(seq))
    except (MemoryError, OverflowError) as e:
        print(type(seq).__name__, "raised")

for spec in [".%sf" % (sys.maxsize + 1), ".2147483648f", "%sd" % (10 ** 30)]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(e)

import itertools
print(list(itertools.product("ab", repeat=0)), list(itertools.product(repeat=0)), list(itertools.product("ab", [], repeat=2)))
for fmt, arg in [("%(n", {}), ("%(a(b)c)s", {"a(b)c": 1})]:
    try:
        print(fmt % arg)
    except ValueError as e:
        print(e)


def boring():
    yield


class E(Exception):
    def __new__(cls, *args):
        return cls


g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError", "should have returned an instance of BaseException" in str(e))
print(next(g, "exhausted"))
