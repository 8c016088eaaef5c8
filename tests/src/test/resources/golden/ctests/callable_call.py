# __call__ of functions, methods and builtins (test_grammar's decorator `@[f][0].__call__.__call__`)
def f(*args, **kw):
    return args, kw

print(f.__call__(1, 2, a=3))
print(f.__call__.__call__(4))
print(len.__call__("abc"))
print(type(f).__call__(f, 5))

class C:
    def m(self, x):
        return x * 2

print(C().m.__call__(21))

def deco(fn):
    fn.tag = "decorated"
    return fn

@[deco][0].__call__.__call__
def g():
    pass

print(g.tag)
print(hasattr(f, "__call__"), callable(f.__call__))
