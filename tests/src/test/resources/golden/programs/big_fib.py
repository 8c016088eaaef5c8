def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

print(fib(200))
print(fib(90), fib(92), fib(93))
print(len(str(fib(1000))))
print(fib(300) % 1000000007)
print(fib(201) // fib(200))
print(fib(100) * fib(100) - fib(99) * fib(101))
