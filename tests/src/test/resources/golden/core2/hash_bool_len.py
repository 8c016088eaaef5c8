class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % self.k

d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d)
print(len({Key(1), Key(1), Key(2)}))
print(hash(Key(5)) == hash(5))

class EqOnly:
    def __eq__(self, other):
        return True

print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

print(len(Box([1, 2, 3])), bool(Box([])), bool(Box([0])))
if not Box([]):
    print("empty box is falsy")

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
    def __len__(self):
        print("__len__ never used")
        return 0

print(bool(Flag(True)), not Flag(False))
print("yes" if Flag(True) else "no")
print(Flag(False) or "fallback")
print(bool(Plain()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
while Box([]):
    print("never")
print("done")
