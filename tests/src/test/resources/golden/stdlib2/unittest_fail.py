import unittest

def divide(a, b):
    return a / b

class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.data), 6)

    def test_fail_equal(self):
        self.assertEqual(divide(10, 4), 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            divide(1, 0)

    def test_error(self):
        divide(1, 0)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_skipped(self):
        self.skipTest("not ready")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_in(self):
        self.assertIn(4, self.data, "four missing")

class TestStrings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("foo".upper(), "FOO")
    def test_regex(self):
        self.assertRegex("hello world", r"w\w+")
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1, "b": 2})

if __name__ == "__main__":
    import time
    time.perf_counter = lambda: 0.0
    unittest.main()
