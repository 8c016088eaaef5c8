for x in [0, 1, 5, 10, 11]:
    print(x, 1 < x < 10, 1 <= x <= 10, 0 < x != 5)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 < 2, 1 < 2 == 2.0)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 in [1, 2] in [[1, 2]])
