x = "outer"
result = [x for x in range(3)]
print(result, x)

i = 99
print([i * 2 for i in range(3)])
print(i)

squares = {k: k * k for k in range(3)}
try:
    print(k)
except NameError as e:
    print("NameError:", e)

s = {j for j in range(3)}
try:
    print(j)
except NameError as e:
    print("NameError:", e)

g = (m for m in range(3))
list(g)
try:
    print(m)
except NameError as e:
    print("NameError:", e)

def f():
    base = 10
    return [base + n for n in range(3)]

print(f())

class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    total = sum(items)

print(C.doubled, C.total)

def g():
    funcs = [lambda: n for n in range(3)]
    return [fn() for fn in funcs]

print(g())

def h():
    y = 5
    return [[y * a for a in range(b)] for b in range(3)]

print(h())

for loop_var in range(3):
    pass
print("loop var leaks:", loop_var)

data = [3, 1, 2]
print([data[idx] for idx in range(len(data))])
print([v for v in data if v > min(data)])
outer_list = [1, 2]
print([outer_list for _ in range(2)])
