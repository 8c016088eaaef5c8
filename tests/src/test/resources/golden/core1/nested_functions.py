def outer(x):
    def inner(y):
        return x + y
    return inner(10)

print(outer(1))

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add9 = make_adder(9)
print(add5(1), add9(1))
print(add5.__name__, add5.__qualname__)

def level1():
    def level2():
        def level3():
            return "deep"
        print(level3.__qualname__)
        return level3()
    return level2()

print(level1())

def fact(n):
    def helper(k, acc):
        if k <= 1:
            return acc
        return helper(k - 1, acc * k)
    return helper(n, 1)

print(fact(10))

def is_even(n):
    def even(k):
        return True if k == 0 else odd(k - 1)
    def odd(k):
        return False if k == 0 else even(k - 1)
    return even(n)

print(is_even(10), is_even(7))

def counter_factory():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter

c = counter_factory()
c(); c()
print(c(), c.calls)

class K:
    def method(self):
        def helper():
            pass
        return helper

print(K.method.__qualname__)
print(K().method().__qualname__)
