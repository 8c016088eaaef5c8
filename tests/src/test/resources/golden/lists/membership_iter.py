a = [1, 2, 3, "x", (4, 5)]
print(1 in a, 4 in a, "x" in a, (4, 5) in a, 4 not in a)
print(2.0 in a, True in a, [] in [[]])
print(3 in (1, 2, 3), 0 in ())
for item in a:
    print(item)
for x in (10, 20):
    print(x * 2)
for pair in [(1, 2), (3, 4)]:
    print(pair)
for p, q in [(1, 2), (3, 4)]:
    print(p + q)
