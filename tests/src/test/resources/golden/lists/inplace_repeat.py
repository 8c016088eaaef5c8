# list *= n repeats the list in place (the same object, aliases see it), takes __index__, yields to the
# right operand's __rmul__; list.__imul__/bytearray.__imul__ exist; ord() of a str subclass (test_descr).
x = [1, 2]; y = x; x *= 2; print(y, x is y)
x *= 0; print(y, x is y)
z = [3]; w = z; z *= -1; print(w, z is w)
class L(list): pass
l = L([1]); m = l; l *= 3; print(m, type(l).__name__, l is m)
class R:
    def __rmul__(self, other): return 'rmul'
q = [1]; q *= R(); print(q)
class I:
    def __index__(self): return 2
p = [7]; pp = p; p *= I(); print(pp, p is pp)
try:
    e = [1]; e *= 'a'
except TypeError as ex: print(ex)
t = (1,); u = t; t *= 2; print(u, t, t is u)
print(callable([].__imul__), callable(bytearray().__imul__))
print([1].__imul__(2), bytearray(b"x").__imul__(3))
try: [1].__imul__("a")
except TypeError as e: print(e)
class O(str):
    def __str__(self): return "41"
print(ord(O("A")), str(O("A")), ord(bytes(b"B")))
