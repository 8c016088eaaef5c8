print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple))
print(isinstance(1, (str, int)), isinstance(1.5, (str, int)), isinstance(None, (int,)))
print(isinstance(2 ** 100, int), isinstance(range(1), range))
print(isinstance([1], (tuple, (list, str))))
for v in [0, 0.0, "0", [0], (0,), None, False]:
    print(repr(v), isinstance(v, int), isinstance(v, (float, str)))
