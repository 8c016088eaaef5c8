from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c.most_common(3))
print(c["the"], c["missing"])
c.update(["fox", "cat"])
print(sorted(c.items()))
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3)
print(list(Counter("abracadabra").elements()))
print(c2.total())

groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(sorted(groups.items())))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od)

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft(-1)
print(d, d.maxlen)
d2 = deque([1, 2, 3, 4, 5])
d2.rotate(2)
print(d2)
d2.rotate(-3)
print(d2, d2.popleft(), d2.pop())

Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(3)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults)
Employee = namedtuple("Employee", "name, dept salary")
e = Employee._make(["Ann", "R&D", 100])
print(e, e.salary)
x, y = Point(7, 8)
print(x + y)

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
print(cm)
