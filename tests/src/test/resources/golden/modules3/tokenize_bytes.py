import tokenize, io
src = b"# -*- coding: utf-8 -*-\ndef f(x):\n    return x * 2  # double\n"
for t in tokenize.tokenize(io.BytesIO(src).readline):
    print(t)
import linecache
class Loader:
    def get_source(self, name):
        return "first line\nsecond line\n"
print(repr(linecache.getline('/nonexistent/zz.py', 1)))
print(linecache.getlines('fake_mod.py', {'__name__': 'fake_mod', '__loader__': Loader()}))
print(repr(linecache.getline('fake_mod.py', 2)))
print(list(tokenize.generate_tokens(iter(["a = 1\n", "b\n"]).__next__))[-3:])
