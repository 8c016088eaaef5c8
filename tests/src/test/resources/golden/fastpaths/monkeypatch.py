# Caches of the interpreter (globals, builtins, module and class attributes, methods, __init__,
# operators) must see every change, in loops that ran long enough to specialize and compile.
import builtins, math

def use_len(xs):
    return len(xs)

def use_sqrt(x):
    return math.sqrt(x)

class Vec:
    scale = 2
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Vec(self.x + o.x)
    def get(self):
        return self.x * self.scale

def work(n):
    out = []
    for i in range(n):
        v = Vec(i) + Vec(1)
        out.append(v.get() + use_len([1, 2]) + int(use_sqrt(16.0)))
    return out[-1]

for round_ in range(4):
    print("round", round_, work(3000))
    if round_ == 0:
        orig_len = builtins.len
        builtins.len = lambda xs: 100           # a builtin replaced
    elif round_ == 1:
        builtins.len = orig_len
        math.sqrt = lambda x: 1000.0             # a module attribute replaced
        Vec.scale = 10                           # a class attribute changed
    elif round_ == 2:
        def init(self, x):
            self.x = -x
        Vec.__init__ = init                      # __init__ replaced
        Vec.__add__ = lambda self, o: Vec(self.x * o.x)   # an operator replaced
        Vec.get = lambda self: self.x + 7        # a method replaced

len = lambda xs: -1                              # a global shadows the builtin
print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))
