# mapping patterns: keys, nested values, **rest, dict subclasses, get() semantics

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} {rest}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -3},
    {"size": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

class DefaultDict(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

match DefaultDict(a=1, b=2):
    case {"a": 1, "b": b}:
        print("subclass matched, b =", b)

# keys given by value patterns; a key bound to None still matches
class K:
    NAME = "name"

match {"name": None, 1: "one", -2: "minus two"}:
    case {K.NAME: None, 1: one, -2: m}:
        print("dotted key, int keys:", one, m)

# duplicate keys found at run time
try:
    match {"x": 1, "name": 1}:
        case {K.NAME: 1, K.NAME: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# the check happens key by key: a missing first key fails the match before the duplicate is seen
match {"x": 1, "y": 2}:
    case {K.NAME: 1, K.NAME: 2}:
        pass
    case _:
        print("no match, no error")
