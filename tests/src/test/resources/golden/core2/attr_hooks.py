class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no attribute " + repr(name))

d = Dynamic()
print(d.real)
print(d.auto_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "auto_x"), getattr(d, "nothing", "default"))
print(hasattr(d, "auto_y"), hasattr(d, "zzz"))

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

r = Recorder()
r.a = 1
r.b = 2
r.a += 10
del r.b
print(r.log)
print(r.a, hasattr(r, "b"))

class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)

ro = ReadOnly(5)
print(ro.v)
for action in ["set", "del"]:
    try:
        if action == "set":
            ro.v = 6
        else:
            del ro.v
    except AttributeError as e:
        print("AttributeError:", e)

class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name != "__dict__":
            print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x

t = Tracing()
print(t.x)
print(t.method())

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
