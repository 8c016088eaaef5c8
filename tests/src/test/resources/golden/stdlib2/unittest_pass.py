import io
import unittest

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)

class StackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        self.s = Stack()
    def tearDown(self):
        self.s = None
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)
    def test_empty(self):
        with self.assertRaisesRegex(IndexError, "empty"):
            self.s.pop()
    def test_truth(self):
        self.assertTrue(len(self.s) == 0)
        self.assertFalse(self.s._items)
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertCountEqual([1, 2, 3], [3, 2, 1])
        self.assertGreater(2, 1)

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(StackTest)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
out = stream.getvalue()
print("\n".join(l for l in out.splitlines() if " ... " in l))
print(out.splitlines()[-1])

class Failing(unittest.TestCase):
    def test_a(self):
        self.assertEqual("abc", "abd")
    def test_b(self):
        raise RuntimeError("oops")
r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Failing).run(r)
print(r.testsRun, [t.id() for t, _ in r.failures], [t.id() for t, _ in r.errors])
print(r.failures[0][1].splitlines()[-1])
print(r.errors[0][1].splitlines()[-1])
import time
time.perf_counter = lambda: 0.0
unittest.main(argv=["prog", "StackTest.test_truth"], exit=False, verbosity=0)
