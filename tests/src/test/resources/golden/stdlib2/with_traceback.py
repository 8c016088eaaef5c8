import contextlib
from datetime import date

@contextlib.contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

def load(path):
    with opened(path) as f:
        parts = f.split("-")
        return date(int(parts[0]), int(parts[1]), int(parts[2]))

print(load("2024-02-29"))
try:
    load("2023-02-29")
except ValueError as e:
    print("ValueError:", e)
with opened("final") as f:
    print(load(f))
