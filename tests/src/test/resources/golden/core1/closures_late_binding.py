fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])

def make_fs():
    out = []
    for j in range(3):
        def f():
            return j * 10
        out.append(f)
    j = 100
    return out

print([f() for f in make_fs()])

def make_fs_fixed():
    def make(j):
        def f():
            return j * 10
        return f
    return [make(j) for j in range(3)]

print([f() for f in make_fs_fixed()])

comp = [lambda: k for k in range(4)]
print([f() for f in comp])

def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    def inc():
        nonlocal x
        x += 1
    return get, set_, inc

get, set_, inc = shared_cell()
print(get())
set_(10)
print(get())
inc()
inc()
print(get())

get2, set2, _ = shared_cell()
set2(-1)
print(get(), get2())

def closure_over_param(n):
    def f():
        return n
    n += 1
    return f

print(closure_over_param(5)())

def gen_closures():
    for v in "abc":
        yield lambda: v

print([f() for f in gen_closures()])
print([f() for f in list(gen_closures())])
