# Tuple hashes as CPython's, also for tuples nested 100,000 deep (CPython needs no recursion for them)
print(hash(()), hash((1,)), hash((1, 2, 3)), hash((1, (2, (3,)), (), ((),))), hash(((((-1,),),),)))
print(hash((1.5, -0.0, 2 ** 70, True, None is None)), hash(((1, 2), (3, 4), (5, (6, (7, 8))))))
t = ()
for i in range(100000):
    t = (t, i)
print(hash(t))
u = ()
for i in range(100000):
    u = (u,)
print(hash(u))
print(hash(((1, 2), frozenset([(3, 4)]))))
class H(tuple):
    def __hash__(self):
        return 42
print(hash((H((1,)), 2)), hash((1, H())))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
try:
    hash(((((1, {})),),))
except TypeError as e:
    print(e)
