# The old sequence protocol's iterator asks len() for its length hint, so a negative __len__ raises in
# list(iter(x)), tuple(...), and a starred unpacking (found by the fuzzer, seed 25 p0022276).
class C9:
    def __len__(self): return -1
    def __getitem__(self, i):
        if i == 3: raise IndexError(i)
        return i
for f in [lambda: list(iter(C9())), lambda: list(C9()), lambda: [*C9()], lambda: tuple(iter(C9())), lambda: iter(C9()).__length_hint__()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
try:
    a, *b = C9(); print(a, b)
except Exception as e: print(type(e).__name__, e)
class S:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
it = iter(S())
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), list(it))
first, *rest = S()
print(first, rest)
try:
    a, b, c, d, *e = S()
except ValueError as ex:
    print(ex)
