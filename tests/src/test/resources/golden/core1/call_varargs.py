def f(*args):
    print("args:", args, type(args).__name__, len(args))

f()
f(1)
f(1, 2, 3)
f(*[4, 5])
f(*range(3), 9)
f(*"ab", *(1, 2))

def g(a, b=2, *rest):
    print("g:", a, b, rest)

g(1)
g(1, 3)
g(1, 3, 5, 7)
g(*[10, 20, 30])

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total())
print(total(1, 2, 3, 4))
print(total(*[x * x for x in range(5)]))

def first_and_rest(first, *rest):
    return first, list(rest)

print(first_and_rest(1))
print(first_and_rest(1, 2, 3))

def pass_through(*args):
    return total(*args, 100)

print(pass_through(1, 2))
