# Benchmark: loops over ints and a list. Usage: loop.py [iterations]  (default 10)
# Prints "iteration <i> <seconds>" per iteration to stderr and a checksum line to stdout.
import sys
import time


def workload(size, rounds):
    data = []
    i = 0
    while i < size:
        data.append((i * 7919) % size)
        i = i + 1
    total = 0
    for r in range(rounds):
        for x in data:
            if x % 3 == 0:
                total = total + x * r
            else:
                total = total - x // 2
        j = 0
        while j < size:
            data[j] = (data[j] + r) % size
            j = j + 4
        total = total % 1000000007
    return total


def main():
    iterations = 10
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    i = 0
    while i < iterations:
        start = time.perf_counter()
        result = workload(1000, 7000)
        elapsed = time.perf_counter() - start
        print("iteration", i, elapsed, file=sys.stderr)
        checksum = (checksum * 31 + result) % 1000000007
        i = i + 1
    print("checksum", checksum)


main()
