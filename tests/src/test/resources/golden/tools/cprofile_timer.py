import io
import cProfile, pstats, itertools

ticks = itertools.count()

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out

def main():
    fib(6)
    s = sorted(squares(5), reverse=True)
    return len(s) + max(s)

p = cProfile.Profile(ticks.__next__, 0.001)
p.runcall(main)
s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats("cumulative", "name")
st.print_stats()
st.print_callers("fib")
st.print_callees("main")
print(s.getvalue().replace("\n\n\n", "\n"))
