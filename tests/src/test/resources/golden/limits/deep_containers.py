# Deeply nested containers: repr/str/==/< recurse inside the runtime and give RecursionError
# (with CPython's messages); the program goes on after catching it.
def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

def probe(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except RecursionError as e:
        print(name, 'RecursionError', e)

N = 300000
L1, L2 = nest(N, lambda x: [x]), nest(N, lambda x: [x])
D = nest(N, lambda x: {'k': x})
T1, T2 = nest(N, lambda x: (x,)), nest(N, lambda x: (x,))
probe('repr list', lambda: len(repr(L1)))
probe('str list', lambda: len(str(L1)))
probe('eq list', lambda: L1 == L2)
probe('ne list', lambda: L1 != L2)
probe('repr dict', lambda: len(repr(D)))
probe('eq dict', lambda: D == nest(N, lambda x: {'k': x}))
probe('repr tuple', lambda: len(repr(T1)))
probe('eq tuple', lambda: T1 == T2)
probe('in list', lambda: L1 in [L2])
probe('format list', lambda: len(f'{L1}'))

# a user class whose __repr__ recurses through its contents
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return 'Node(%r)' % (self.child,)
try:
    repr(nest(N, Node))
except RecursionError as e:
    print('user repr', type(e).__name__)

# moderately deep structures still work
small = nest(200, lambda x: [x])
print(len(repr(small)), small == nest(200, lambda x: [x]))
print(repr(nest(5, lambda x: {'a': (x,)})))

# the interpreter is fine afterwards
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
print('done')
