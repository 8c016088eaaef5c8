# A def or class declared global in its function has its plain name as __qualname__ (CPython's
# force_global), so pickle finds it (CPython's test_descr pickling tests).
import pickle
def f():
    global C, g
    class C:
        __slots__ = ['a']
        def m(self): pass
    def g(): pass
    class D: pass
    return D
D = f()
print(C.__qualname__, C.m.__qualname__, g.__qualname__, D.__qualname__)
c = C(); c.a = 5
print(pickle.loads(pickle.dumps(c, 2)).a)
class K:
    def h(self):
        global E
        class E: pass
        return E
print(K().h().__qualname__)
