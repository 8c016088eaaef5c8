def foo():
    print(any((hit := i) % 5 == 3 for i in range(10)))
    return hit

hit = 123
print(foo(), hit)
print(any((hit := i) % 5 == 3 for i in range(10)), hit)
print([((m := k + 1), k * m) for k in range(4)], m)

def g():
    global gv
    [gv := x for x in "ab"]
    return [[(w := a + b) for a in "xy"] for b in "12"], w

print(g(), gv)

def counter():
    total = 0
    vals = [total := total + v for v in (1, 2, 3)]
    return vals, total

print(counter())

class A:
    def items(self):
        return ["A"]

class B(A):
    def items(self):
        return [super().items() + [k] for k in range(2)]
    def gen(self):
        return list(x for x in super().items())
    def nested(self):
        return [[super().items() for _ in "a"] for _ in "b"]

print(B().items(), B().gen(), B().nested())

