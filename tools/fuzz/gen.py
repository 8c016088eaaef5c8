"""Random valid Python programs for differential fuzzing (tools/fuzz).

generate(seed) returns the source of one program: deterministic for a seed, runs in well under a second
on CPython, prints what it computes. Values are ints (small and big), floats (with the edge cases),
str, list, tuple, dict, set of ints, bool and None; the program mixes expressions, calls of builtins
and methods, closures, classes with special methods, exceptions, generators, comprehensions, f-strings,
slicing, unpacking and try/finally with return/break. Every top-level statement that may raise is
wrapped so that the exception's type and message are printed and the program goes on.

Outputs must not depend on the implementation where CPython leaves it open: no id(), no printing of
sets of strings (hash randomization), no timing.
"""

import random

INTS = [0, 1, -1, 2, 3, 7, 10, -5, 100, 255, 256, 1000, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64,
        10**20, -(10**25), 12345678901234567890]
FLOATS = ["0.0", "-0.0", "1.5", "-2.25", "0.1", "1e300", "1e-300", "3.141592653589793", "2.5", "1e16",
          "float('inf')", "float('-inf')", "float('nan')", "123456789.125", "-7.0"]
STRS = ["''", "'a'", "'abc'", "'Hello, World'", "'x y z'", "'  pad  '", "'ÄÖü'", "'日本'", "'a,b,,c'",
        "'123'", "'-4'", "'3.5'", "'\\n\\t'", "'AbC'", "'mississippi'"]

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]
CMPOPS = ["<", "<=", ">", ">=", "==", "!=", "in", "not in", "is", "is not"]
BUILTINS1 = ["len", "abs", "str", "repr", "int", "float", "bool", "list", "tuple", "sorted", "min", "max",
             "sum", "any", "all", "hash", "round", "hex", "oct", "bin", "chr", "ord", "ascii", "type",
             "reversed", "enumerate", "iter", "set", "frozenset", "dict", "divmod", "pow", "format"]
STR_METHODS = [("upper", 0), ("lower", 0), ("split", 0), ("split", 1), ("strip", 0), ("replace", 2),
               ("find", 1), ("count", 1), ("startswith", 1), ("endswith", 1), ("center", 1), ("zfill", 1),
               ("join", 1), ("title", 0), ("swapcase", 0), ("partition", 1), ("rjust", 1), ("isdigit", 0),
               ("index", 1), ("encode", 0), ("splitlines", 0), ("casefold", 0), ("expandtabs", 0)]
LIST_METHODS = [("index", 1), ("count", 1), ("copy", 0)]
FMT_SPECS = ["", ">8", "<6", "^7", "+", ".3f", ".2e", "x", "08.2f", ",", "_", "b", "o", "#x", "10", ".1%",
             "g", "*^9", "=+8", "s", "d"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.vars = []      # names bound to values at top level
        self.funcs = []     # (name, argcount)
        self.classes = []   # class names
        self.lines = []
        self.ind = 0
        self.counter = 0

    # ------------------------------------------------------------------ helpers
    def emit(self, line):
        self.lines.append("    " * self.ind + line)

    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    # ------------------------------------------------------------------ expressions
    def literal(self):
        k = self.r.randrange(10)
        if k < 3:
            return repr(self.pick(INTS)) if self.chance(0.5) else str(self.r.randint(-20, 20))
        if k < 5:
            return self.pick(FLOATS)
        if k < 7:
            return self.pick(STRS)
        if k == 7:
            return self.pick(["True", "False", "None"])
        if k == 8:
            return "[%s]" % ", ".join(self.small_atom() for _ in range(self.r.randrange(5)))
        return "(%s)" % "".join(self.small_atom() + ", " for _ in range(self.r.randrange(4)))

    def small_atom(self):
        k = self.r.randrange(6)
        if k < 3:
            return str(self.r.randint(-9, 30))
        if k == 3:
            return self.pick(STRS)
        if k == 4:
            return self.pick(FLOATS[:10])
        return self.pick(self.vars) if self.vars else "0"

    def expr(self, depth=0):
        if depth >= 3 or self.chance(0.25):
            if self.vars and self.chance(0.5):
                return self.pick(self.vars)
            return self.literal()
        k = self.r.randrange(22)
        e = lambda: self.expr(depth + 1)
        if k < 4:
            op = self.pick(BINOPS)
            right = e()
            if op == "**":
                right = str(self.r.randint(-3, 40))
            elif op in ("<<", ">>"):
                right = str(self.r.randint(0, 70))
            elif op == "*" and self.chance(0.5):
                right = str(self.r.randint(-2, 6))
            return "(%s %s %s)" % (e(), op, right)
        if k == 4:
            return "(%s %s %s)" % (e(), self.pick(CMPOPS), e())
        if k == 5:
            return "(%s %s %s %s %s)" % (e(), self.pick(CMPOPS[:6]), e(), self.pick(CMPOPS[:6]), e())
        if k == 6:
            return "(%s %s %s)" % (e(), self.pick(["and", "or"]), e())
        if k == 7:
            return "(%s%s)" % (self.pick(["-", "+", "~", "not "]), e())
        if k == 8:
            return "(%s if %s else %s)" % (e(), e(), e())
        if k == 9:
            f = self.pick(BUILTINS1)
            if f in ("divmod", "pow"):
                return "%s(%s, %s)" % (f, e(), self.pick(["2", "3", "-1", "7", e()]))
            if f == "format":
                return "format(%s, %r)" % (e(), self.pick(FMT_SPECS))
            if f == "round" and self.chance(0.5):
                return "round(%s, %d)" % (e(), self.r.randint(-2, 3))
            if f in ("reversed", "enumerate", "iter"):
                return "list(%s(%s))" % (f, e())
            if f == "type":
                return "type(%s).__name__" % e()
            if f in ("min", "max") and self.chance(0.5):
                return "%s(%s, %s)" % (f, e(), e())
            if f == "hash":
                # str hashes are CPython's randomized SipHash: compare only what is specified (ints)
                return "hash(int(%s))" % e()
            if f in ("set", "frozenset"):
                return "sorted(%s(%s), key=repr)" % (f, e())
            return "%s(%s)" % (f, e())
        if k == 10:
            m, n = self.pick(STR_METHODS)
            args = ", ".join(self.pick(STRS + ["3", "10", "1"]) for _ in range(n))
            return "%s.%s(%s)" % (self.pick(STRS) if self.chance(0.6) else e(), m, args)
        if k == 11:
            return "%s[%s]" % (e(), self.index())
        if k == 12:
            return "%s[%s]" % (e(), self.slice())
        if k == 13:
            return "f'%s'" % self.fstring_body(depth)
        if k == 14:
            v = self.fresh("v")
            return "[%s for %s in %s if %s]" % (self.pick([v, "%s * 2" % v, "str(%s)" % v, "(%s, %s)" % (v, v)]),
                                                v, self.iterable(), self.pick(["True", "%s" % v, "not %s" % v]))
        if k == 15:
            v = self.fresh("k")
            return "{%s: %s for %s in %s}" % (v, self.pick([v, "repr(%s)" % v, "0"]), v, self.iterable())
        if k == 16:
            v = self.fresh("g")
            return "sum(%s for %s in range(%d))" % (self.pick([v, "%s * %s" % (v, v), "%s %% 3" % v]), v, self.r.randint(0, 50))
        if k == 17:
            a = self.fresh("a")
            return "(lambda %s: %s)(%s)" % (a, self.pick(["%s + 1" % a, "[%s] * 2" % a, "str(%s)" % a, "%s * %s" % (a, a)]), e())
        if k == 18 and self.funcs:
            name, n = self.pick(self.funcs)
            return "%s(%s)" % (name, ", ".join(e() for _ in range(n)))
        if k == 19 and self.classes:
            c = self.pick(self.classes)
            return self.pick(["%s(%s)" % (c, e()), "repr(%s(%s))" % (c, e()), "(%s(%s) == %s(%s))" % (c, e(), c, e()),
                              "(%s(%s) + %s(%s))" % (c, e(), c, e()), "len(%s(%s))" % (c, e()),
                              "list(%s(%s))" % (c, e()), "bool(%s(%s))" % (c, e()),
                              "sorted([%s(%s), %s(%s)])" % (c, e(), c, e()), "%s(%s)[%s]" % (c, e(), self.index())])
        if k == 20:
            return "{%s}" % ", ".join("%s: %s" % (self.small_atom(), e()) for _ in range(self.r.randrange(4)))
        m, n = self.pick(LIST_METHODS)
        return "[%s].%s(%s)" % (", ".join(self.small_atom() for _ in range(3)), m, ", ".join(self.small_atom() for _ in range(n)))

    def index(self):
        return self.pick(["0", "1", "-1", "2", "-3", "10", "'a'", "True", "1.0", str(self.r.randint(-5, 5))])

    def slice(self):
        parts = [self.pick(["", "0", "1", "-1", "2", "-3", "None", "100", "-100"]) for _ in range(2)]
        if self.chance(0.4):
            parts.append(self.pick(["", "1", "2", "-1", "-2", "3", "0"]))
        return ":".join(parts)

    def iterable(self):
        return self.pick(["range(%d)" % self.r.randint(0, 12), "range(%d, %d, %d)" % (self.r.randint(-5, 5), self.r.randint(-10, 20), self.pick([1, 2, 3, -1, -2])),
                          self.pick(STRS), "[%s]" % ", ".join(self.small_atom() for _ in range(self.r.randrange(5))),
                          self.pick(self.vars) if self.vars else "[]"])

    def fstring_body(self, depth):
        out = []
        for _ in range(self.r.randint(1, 3)):
            out.append(self.pick(["x", "val=", " ", "-", "[", "]"]))
            inner = self.expr(depth + 1).replace("'", '"')
            spec = self.pick(FMT_SPECS + [""] * 5)
            conv = self.pick(["", "", "!r", "!s", "!a"])
            out.append("{%s%s%s}" % (inner, conv, (":" + spec) if spec else ""))
        return "".join(out)

    # ------------------------------------------------------------------ statements
    def guarded_print(self, expr):
        self.emit("try:")
        self.ind += 1
        self.emit("print(%s)" % expr)
        self.ind -= 1
        self.emit("except Exception as e:")
        self.emit("    print(type(e).__name__, e)")

    def assign(self):
        name = self.fresh("x")
        self.emit("try:")
        self.emit("    %s = %s" % (name, self.expr()))
        self.emit("except Exception as e:")
        self.emit("    %s = %s" % (name, self.literal()))
        self.emit("    print('assign', type(e).__name__)")
        self.vars.append(name)

    def func_def(self):
        name = self.fresh("f")
        kind = self.r.randrange(5)
        n = self.r.randint(0, 2)
        params = ["p%d" % i for i in range(n)]
        saved = self.vars
        self.vars = list(params)
        if kind == 0:      # plain function with a body of statements
            self.emit("def %s(%s):" % (name, ", ".join(params)))
            self.ind += 1
            self.emit("acc = []")
            for _ in range(self.r.randint(1, 3)):
                self.emit("acc.append(%s)" % self.expr(1))
            self.emit("return acc")
            self.ind -= 1
        elif kind == 1:    # closure with nonlocal
            self.emit("def %s(%s):" % (name, ", ".join(params)))
            self.ind += 1
            self.emit("count = 0")
            self.emit("def inner(step):")
            self.emit("    nonlocal count")
            self.emit("    count += step")
            self.emit("    return count")
            self.emit("return [inner(i) for i in range(%d)] + [%s]" % (self.r.randint(0, 5), self.expr(1)))
            self.ind -= 1
        elif kind == 2:    # generator
            self.emit("def %s(%s):" % (name, ", ".join(params)))
            self.ind += 1
            self.emit("for i in range(%d):" % self.r.randint(0, 6))
            self.emit("    yield %s" % self.pick(["i", "i * i", "(i, %s)" % self.expr(2), "str(i)"]))
            if self.chance(0.5):
                self.emit("yield from %s" % self.iterable())
            self.emit("return %s" % self.expr(2))
            self.ind -= 1
            self.vars = saved
            self.funcs.append(("list(%s)" % name, 0) if n == 0 else (name, n))
            if n == 0:
                self.funcs[-1] = ("(lambda: list(%s()))" % name, 0)
            else:
                self.funcs[-1] = ("(lambda *a: list(%s(*a)))" % name, n)
            return
        elif kind == 3:    # try/finally with return and break
            self.emit("def %s(%s):" % (name, ", ".join(params)))
            self.ind += 1
            self.emit("out = []")
            self.emit("for i in range(%d):" % self.r.randint(0, 6))
            self.emit("    try:")
            self.emit("        if i == %d:" % self.r.randint(0, 4))
            self.emit("            %s" % self.pick(["break", "continue", "return out", "raise ValueError(i)", "pass"]))
            self.emit("        out.append(%s)" % self.pick(["i", "i * 2", "1 / (i - 2)", "[i][i]"]))
            self.emit("    except %s as exc:" % self.pick(["ValueError", "ZeroDivisionError", "IndexError", "Exception"]))
            self.emit("        out.append(type(exc).__name__)")
            self.emit("    finally:")
            self.emit("        out.append('f')")
            if self.chance(0.3):
                self.emit("        %s" % self.pick(["pass", "out.append(-1)"]))
            self.emit("return out")
            self.ind -= 1
        else:              # recursion
            self.emit("def %s(n, *rest):" % name)
            self.ind += 1
            self.emit("if n <= 0:")
            self.emit("    return %s" % self.pick(["0", "1", "[]", "''"]))
            self.emit("return %s(n - 1) %s %s" % (name, self.pick(["+", "*"]), self.pick(["n", "1", "[n]", "str(n)"])))
            self.ind -= 1
            self.vars = saved
            self.funcs.append((name, 1))
            return
        self.vars = saved
        self.funcs.append((name, n))

    def class_def(self):
        name = self.fresh("C")
        self.emit("class %s:" % name)
        self.ind += 1
        self.emit("def __init__(self, v):")
        self.emit("    self.v = v")
        # always a __repr__: the default one shows an address
        methods = ["repr"] + self.r.sample(["eq", "lt", "add", "len", "iter", "getitem", "hash", "bool", "str", "contains"],
                                           self.r.randint(0, 5))
        for m in methods:
            if m == "repr":
                self.emit("def __repr__(self):")
                self.emit("    return '%s(%%r)' %% (self.v,)" % name)
            elif m == "str":
                self.emit("def __str__(self):")
                self.emit("    return 'str:' + str(self.v)")
            elif m == "eq":
                self.emit("def __eq__(self, other):")
                self.emit("    return isinstance(other, %s) and self.v == other.v" % name)
            elif m == "lt":
                self.emit("def __lt__(self, other):")
                self.emit("    return self.v < other.v")
            elif m == "add":
                self.emit("def __add__(self, other):")
                self.emit("    return %s(self.v + (other.v if isinstance(other, %s) else other))" % (name, name))
            elif m == "len":
                self.emit("def __len__(self):")
                self.emit("    return len(self.v) if hasattr(self.v, '__len__') else %s" % self.pick(["0", "3", "-1", "'x'"]))
            elif m == "iter":
                self.emit("def __iter__(self):")
                self.emit("    yield self.v")
                self.emit("    yield %s" % self.pick(["1", "'two'", "None"]))
            elif m == "getitem":
                self.emit("def __getitem__(self, i):")
                self.emit("    if i == 3: raise IndexError(i)")
                self.emit("    return (self.v, i)")
            elif m == "hash":
                self.emit("def __hash__(self):")
                self.emit("    return hash(self.v)")
            elif m == "bool":
                self.emit("def __bool__(self):")
                self.emit("    return %s" % self.pick(["bool(self.v)", "False", "True", "self.v"]))
            elif m == "contains":
                self.emit("def __contains__(self, x):")
                self.emit("    return x == self.v")
        self.ind -= 1
        self.classes.append(name)
        if self.chance(0.4):
            sub = self.fresh("D")
            self.emit("class %s(%s):" % (sub, name))
            self.emit("    def __repr__(self):")
            self.emit("        return 'sub:' + super().__repr__()")
            self.classes.append(sub)

    def control(self):
        k = self.r.randrange(6)
        if k == 0:
            v = self.fresh("i")
            self.emit("for %s in %s:" % (v, self.iterable()))
            self.ind += 1
            self.emit("if %s:" % self.pick(["%s == 2" % v, "not %s" % v, "%s" % v]))
            self.emit("    %s" % self.pick(["break", "continue", "print('hit', %s)" % v]))
            self.emit("print(%s)" % self.pick([v, "repr(%s)" % v, "type(%s).__name__" % v]))
            self.ind -= 1
            self.emit("else:")
            self.emit("    print('no break')")
        elif k == 1:
            v = self.fresh("n")
            self.emit("%s = %d" % (v, self.r.randint(0, 8)))
            self.emit("while %s > 0:" % v)
            self.emit("    %s -= %d" % (v, self.r.randint(1, 3)))
            self.emit("    print(%s, end=' ')" % v)
            self.emit("print()")
        elif k == 2:
            self.emit("try:")
            self.emit("    if %s:" % self.expr(1))
            self.emit("        print('yes')")
            self.emit("    elif %s:" % self.expr(1))
            self.emit("        print('elif')")
            self.emit("    else:")
            self.emit("        print('no')")
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__)")
        elif k == 3:
            self.emit("try:")
            self.emit("    %s, *rest%d = %s" % (self.fresh("u"), self.counter, self.expr(1)))
            self.emit("    print(rest%d)" % self.counter)
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e)")
        elif k == 4:
            self.emit("try:")
            self.emit("    try:")
            self.emit("        %s" % self.pick(["1 / 0", "[][1]", "{}['k']", "int('x')", "None.attr", "raise KeyError(%s)" % self.small_atom()]))
            self.emit("    except %s as inner:" % self.pick(["ZeroDivisionError", "LookupError", "ValueError", "Exception"]))
            self.emit("        raise RuntimeError('wrapped') from %s" % self.pick(["inner", "None"]))
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)")
        else:
            self.emit("try:")
            self.emit("    with open(__file__) as fh:")
            self.emit("        pass")
            self.emit("except Exception as e:")
            self.emit("    pass")
            self.emit("print(%s)" % self.pick(["'ctx'", "sorted({3, 1, 2})", "dict(a=1, b=[2])"]))

    def program(self):
        for _ in range(self.r.randint(1, 3)):
            self.assign()
        for _ in range(self.r.randint(6, 18)):
            k = self.r.randrange(10)
            if k < 3:
                self.guarded_print(self.expr())
            elif k < 5:
                self.assign()
            elif k == 5:
                self.func_def()
            elif k == 6:
                self.class_def()
            else:
                self.control()
        if self.chance(0.15):
            self.emit(self.pick(["raise ValueError('end')", "import sys; sys.exit(%d)" % self.r.randint(0, 3),
                                 "print(undefined_name)", "print(%s)" % self.expr()]))
        return "\n".join(self.lines) + "\n"


def generate(seed):
    return Gen(seed).program()


if __name__ == "__main__":
    import sys
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
