# Slices compare and order as (start, stop, step) and, as in 3.12, hash like that tuple: dict keys, set members.
s1, s2 = slice(1, 2, 3), slice(1, 2, 3)
print(s1 == s2, s1 != s2, slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), slice(2) > slice(1), s1 == (1, 2, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 42}[slice(1, 2)])
try:
    hash(slice([], 2))
except TypeError as e:
    print(e)
try:
    slice(1, 2) < slice('a', 2)
except TypeError as e:
    print(e)
print(slice(1, 2) == slice(1, 2.0), slice(None) == slice(None, None, None))
print({slice(1, 2)} == {slice(1, 2)}, slice(1, 2) in {slice(1, 2)}, sorted([slice(1, 5), slice(1, 2), slice(0, 9)]))
