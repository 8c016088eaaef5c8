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

N = 100000
L1, L2 = nest(N, lambda x: [x]), nest(N, lambda x: [x])
probe('str list', lambda: len(str(L1)))
probe('ne list', lambda: L1 != L2)
probe('lt list', lambda: L1 < L2)
probe('in list', lambda: L1 in [L2])
probe('eq 1400', lambda: nest(1400, lambda x: [x]) == nest(1400, lambda x: [x]))
probe('repr 1400', lambda: len(repr(nest(1400, lambda x: (x,)))))
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
print(repr(nest(3, Node)))
print('done')
