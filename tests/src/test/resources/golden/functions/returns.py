def nothing():
    pass

def bare():
    return

def value():
    return 42

def pair():
    return 1, "two"

def early(x):
    if x > 0:
        return "positive"
    return "non-positive"

def loop_return(items):
    for i in items:
        if i % 2 == 0:
            return i
    return None

print(nothing(), bare(), value())
print(pair())
a, b = pair()
print(a, b)
print(early(5), early(-5))
print(loop_return([1, 3, 4, 6]), loop_return([1, 3]))
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi)
