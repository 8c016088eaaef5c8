class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print("__iter__")
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for i in Countdown(3):
    print(i)
print(list(Countdown(4)))
print(sum(Countdown(10)), max(Countdown(5)))
print(3 in Countdown(5))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
x, y = Countdown(2)
print(x, y)
print(sorted(Countdown(3)))
print([v * 2 for v in Countdown(3)])
print(dict(zip("abc", Countdown(3))))

class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

out = []
for n in Fib():
    if n > 50:
        break
    out.append(n)
print(out)

class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item.upper()

print(list(GenIter(["a", "b"])))
print("-".join(GenIter("xyz")))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)

class Reversible:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
    def __reversed__(self):
        return iter(self.data[::-1])

print(list(reversed(Reversible([1, 2, 3]))), list(Reversible([1, 2])))
