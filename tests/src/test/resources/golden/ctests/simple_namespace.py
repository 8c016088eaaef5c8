# types.SimpleNamespace (the type of sys.implementation): constructor, repr, equality, subclass, pickling
import types, pickle, sys
ns = types.SimpleNamespace(x=1, y=2)
ns.z = "s"
print(ns, types.SimpleNamespace, types.SimpleNamespace.__module__)
ns.me = ns
print(ns)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
class Spam(types.SimpleNamespace): pass
print(Spam(ham=8), vars(Spam(ham=8)))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(types.SimpleNamespace(q=[1]))))
print(type(sys.implementation).__name__, sys.implementation.name in ('cpython', 'bytepy'))
