# _random.Random: CPython's Mersenne Twister, seeding and state
import _random

r = _random.Random(42)
print(r.random())
print([round(r.random(), 6) for _ in range(3)])
r.seed(12345)
print(r.getrandbits(1), r.getrandbits(8), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100))
r.seed(-12345)
print(r.random())
r.seed(2**100 + 7)
print(r.random())
r.seed(0)
print(r.random())
state = r.getstate()
print(type(state).__name__, len(state), state[-1])
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)])
print(r.getrandbits(0))

# a subclass keeps its own attributes and the generator
class Counting(_random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()

c = Counting(7)
c.seed(7)
print(c.random(), c.random(), c.calls)

for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate([0] * 625),
            lambda: _random.Random(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
