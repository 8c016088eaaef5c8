import json
from dataclasses import dataclass, asdict

config = {
    "name": "service",
    "version": 3,
    "debug": False,
    "ratio": 0.75,
    "tags": ["a", "b", "ü"],
    "limits": {"cpu": 2, "mem": None},
}
s = json.dumps(config)
print(s)
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == config, type(back["ratio"]).__name__)

@dataclass
class Point:
    x: int
    y: int

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": True, **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

data = {"pts": [Point(1, 2), Point(3, 4)], "s": {3, 1, 2}}
txt = json.dumps(data, cls=Encoder)
print(txt)

def hook(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d

print(json.loads(txt, object_hook=hook))
try:
    json.dumps({"o": object()})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', '[1, 2', 'nul', '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.loads('[1.5, 2e3, -0, "\\u00e9\\n", true, null]'))
print(json.dumps([float("inf"), float("nan")]))
print(json.loads("3.14159", parse_float=str))
print(json.dumps("tab\there \"quoted\" \u2603"))
print(json.dumps({1: "int key", True: "bool", None: "none"}))
from collections import OrderedDict
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
import io
buf = io.StringIO()
json.dump([1, {"k": [2, 3]}], buf, indent=4)
print(buf.getvalue())
print(json.load(io.StringIO('{"x": [1, 2, {"y": "z"}]}')))
