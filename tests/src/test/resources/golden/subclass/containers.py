# Subclasses of list, dict and set: inherited methods, overrides, operators.
class MyList(list):
    def total(self):
        return sum(self)

l = MyList([3, 1, 2])
l.append(5)
l.extend([7])
l.sort()
print(l, len(l), l.total(), type(l).__name__, isinstance(l, list))
print(l[0], l[-1], l[1:3], type(l[1:3]).__name__)
l[0] = 10
del l[1]
print(l, 10 in l, 4 in l, l.index(10), l.count(5))
print(l == [10, 3, 5, 7], [10, 3, 5, 7] == l, l != [1])
print(bool(MyList()), bool(l), list(l), sorted(l), min(l), max(l))
print([x * 2 for x in l], tuple(l), l * 2, type(l * 2).__name__)
print(l + [1], [0] + l, type([0] + l).__name__)
l.tag = "tagged"
print(l.tag, repr(l), str(l), f"{l}")
print(l < [11], l > [1])

class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __len__(self):
        return 42
    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"

x = Loud([1, 2, 3])
print(x[1], len(x), x, str(x))
print([repr(x)])

class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0
    def push(self, v):
        self.pushes += 1
        self.append(v)

s = Stack(1, 2)
s.push(3)
print(s, s.pushes, s.pop(), s)

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(c, c["a"], c["zz"], len(c), "zz" in c, sorted(c.items()))
print(list(c), list(c.keys()), list(c.values()), c.get("b"), c.get("q", -1))
print(isinstance(c, dict), type(c).__name__, c == {"a": 3, "b": 2, "c": 1}, dict(c))
for k in c:
    print(k, end=" ")
print()

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, sorted(a.keys()))
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)

class Tags(set):
    def describe(self):
        return ",".join(sorted(self))

t = Tags(["b", "a"])
t.add("c")
print(t.describe(), len(t), "a" in t, isinstance(t, set), type(t).__name__)
print(sorted(t | {"z"}), sorted(t & {"a", "q"}))

# augmented assignment changes the instance in place
ml = MyList([1]); alias = ml
ml += [2, 3]
print(type(ml).__name__, ml is alias, alias)
ts = Tags({"a"}); alias = ts
ts |= {"b"}
print(type(ts).__name__, ts is alias, sorted(alias))
print(type(MyList([1]) * 2).__name__, type(c.copy()).__name__)
