# Benchmark: recursive calls. Usage: fib.py [iterations]  (default 10)
# Prints "iteration <i> <seconds>" per iteration to stderr and a checksum line to stdout.
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    iterations = 10
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    i = 0
    while i < iterations:
        start = time.perf_counter()
        result = fib(30)
        elapsed = time.perf_counter() - start
        print("iteration", i, elapsed, file=sys.stderr)
        checksum = checksum + result
        i = i + 1
    print("checksum", checksum)


main()
