def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1))
print(safe_append(2))

counter = 0
def next_value():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter

def f(a=next_value(), b=next_value()):
    return a, b

print(f())
print(f())
print(f(10))
print(counter)

n = 5
def g(x=n):
    return x

n = 6
print(g())
print(g(7))

def h(a, b=2, c=3):
    return a + b + c

print(h(1), h(1, 1), h(1, 1, 1), h(1, c=10))
print(h.__defaults__)
h.__defaults__ = (20, 30)
print(h(1))

def k(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(k(), k(), k({}), k())
