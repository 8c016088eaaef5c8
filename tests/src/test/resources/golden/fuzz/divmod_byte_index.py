class C:
    def __init__(s, v): s.v = v
    def __divmod__(s, o): return ('dm', s.v, o)
    def __rdivmod__(s, o): return ('rdm', s.v, o)
class D: pass
class I(int): pass
print(divmod(C(1), 2), divmod(3, C(4)), divmod(I(7), 2), divmod(7, I(2)), divmod(I(7), I(2)))
for a, b in [(D(), []), (D(), 1), (1, D()), ([], 1), (b'a', 1)]:
    try: divmod(a, b)
    except TypeError as e: print(e)
for k in [1.0, 5, -3, 2**70]:
    try: b'ab'[k]
    except Exception as e: print(type(e).__name__, e)
