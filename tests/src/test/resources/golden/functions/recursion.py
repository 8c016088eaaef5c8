def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for i in range(15):
    print(fib(i), end=" ")
print()
print(fact(10), fact(25))
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))

def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)
print(count_down(500))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
