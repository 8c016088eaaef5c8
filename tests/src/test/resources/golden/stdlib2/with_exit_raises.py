import unittest

class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        if exc[0] is None:
            raise RuntimeError(f"{self.name}: nothing happened")

def check():
    case = unittest.TestCase()
    try:
        with case.assertRaises(KeyError):
            pass
    except AssertionError as e:
        print("AssertionError:", e)
    with case.assertRaises(ZeroDivisionError) as cm:
        1 / 0
    print(type(cm.exception).__name__)

check()

def run():
    total = 0
    with Guard("outer"):
        total += 1
    return total

run()
