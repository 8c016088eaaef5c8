def square(x):
    return x * x

def sum_squares(a, b):
    return square(a) + square(b)

def hyp2(a, b):
    return sum_squares(a, b)

print(hyp2(3, 4))

def apply(f, x):
    return f(x)

def twice(f, x):
    return f(f(x))

print(apply(square, 5), twice(square, 3))
print(apply(len, "hello"), apply(str, 12) + "!")

def helper_later():
    return later() * 2

def later():
    return 21

print(helper_later())
