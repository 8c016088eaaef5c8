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
T1, T2 = nest(N, lambda x: (x,)), nest(N, lambda x: (x,))
probe('repr list', lambda: len(repr(L1)))
probe('eq list', lambda: L1 == L2)
probe('repr dict', lambda: len(repr(nest(N, lambda x: {'k': x}))))
# dict comparison recurses with small Java frames: deeper, so that it overflows any stack
probe('eq dict', lambda: nest(3 * N, lambda x: {'k': x}) == nest(3 * N, lambda x: {'k': x}))
probe('repr tuple', lambda: len(repr(T1)))
probe('eq tuple', lambda: T1 == T2)

# moderately deep structures still work
small = nest(200, lambda x: [x])
print(len(repr(small)), small == nest(200, lambda x: [x]))
print(repr(nest(5, lambda x: {'a': (x,)})))

# the interpreter is fine afterwards
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
print('done')
