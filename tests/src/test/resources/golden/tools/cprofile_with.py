# with statements: a built-in __exit__ on the normal exit is a call CPython's profiler sees
# (the exceptional exit calls it from C, unseen)
import io, cProfile, pstats

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def work():
    with memoryview(b"abc") as m:   # a built-in context manager
        pass
    try:
        with memoryview(b"abc") as m:
            raise KeyError
    except KeyError:
        pass
    with Manager():
        pass
    try:
        with Manager():
            raise ValueError
    except ValueError:
        pass

p = cProfile.Profile()
p.runcall(work)
st = pstats.Stats(p, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in st.stats.items()))
