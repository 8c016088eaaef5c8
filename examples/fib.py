# Recursive Fibonacci: run with --engine.TraceCompilation to watch fib get compiled.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(10):
    print(i, fib(25 + i % 3))
