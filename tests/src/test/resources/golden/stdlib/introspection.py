import inspect, dataclasses, pprint, unittest, logging, marshal, io
from dataclasses import dataclass, field

@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

a, b = Item("pear", 3), Item("apple", 5, ["red"])
print(a, sorted([a, b])[0].name, dataclasses.asdict(b), a == Item("pear", 3))

def f(x, y=2, *args, z, **kw) -> int:
    "doc of f"
    return x
sig = inspect.signature(f)
print(sig, list(sig.parameters), inspect.getdoc(f), inspect.isfunction(f), inspect.isclass(Item))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)}, width=40)

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertIn(3, [1, 2])
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), result.wasSuccessful())

log = logging.getLogger("demo")
h = logging.StreamHandler(io.StringIO())
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)
log.warning("careful %d", 3)
print(h.stream.getvalue().strip())
data = {"a": [1, 2.5, None, True, (3, "x"), b"b", 2 ** 100], "s": frozenset({1})}
print(marshal.loads(marshal.dumps(data)) == data)
