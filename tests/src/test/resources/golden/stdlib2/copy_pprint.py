import copy
import pprint

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 20
print(shallow.children[0].val, deep.children[0].val, shallow.children is tree.children)
nested = {"a": [1, 2, {"b": [3, 4]}], "t": (1, [2])}
d2 = copy.deepcopy(nested)
d2["a"][2]["b"].append(5)
print(nested, d2)
lst = [1, 2]
cyc = [lst, lst]
cp = copy.deepcopy(cyc)
print(cp[0] is cp[1], cp[0] is lst)
selfref = [1]
selfref.append(selfref)
c = copy.deepcopy(selfref)
print(c[1] is c, c)

class Custom:
    def __init__(self, x):
        self.x = x
        self.cache = {"big": x}
    def __copy__(self):
        print("__copy__ called")
        new = Custom.__new__(Custom)
        new.x = self.x
        new.cache = {}
        return new
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.x, memo))
c1 = Custom([1])
print(copy.copy(c1).cache, copy.deepcopy(c1).x)
print(copy.replace if hasattr(copy, "replace") else "no replace")

data = {
    "users": [
        {"name": "alice", "roles": ["admin", "dev"], "active": True, "meta": {"logins": 1024, "last": "2024-01-01"}},
        {"name": "bob", "roles": [], "active": False, "meta": {"logins": 3, "last": None}},
    ],
    "settings": {"theme": "dark", "langs": ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "da"]},
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "empty": {},
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["matrix"], width=20)
print(pprint.pformat({"z": 1, "a": 2, "m": {"k": (1, 2)}}, sort_dicts=False))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)))
pprint.pprint({"long": "x" * 90, "set": {3, 1, 2}, "fs": frozenset({5})})
print(pprint.isreadable(data), pprint.isrecursive(selfref), pprint.saferepr(selfref).split(" with id")[0])
pprint.pprint(("tuple", ["inside", {"deep": ["deeper" * 10, "x" * 30]}]), indent=4)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"key%d" % i: i * 1.5 for i in range(6)})
pprint.pp({"b": 1, "a": 2})
from collections import OrderedDict, defaultdict, Counter
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(defaultdict(list, {"k": [1, 2]}))
pprint.pprint(Counter("hello world"))
