# unbounded recursion raises RecursionError, and the program goes on after catching it
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
