for x in [3, 1, 2]:
    print(x)
for x in ("a", "b"):
    print(x)
for c in "hey":
    print(c)
for x in []:
    print("never")
else:
    print("empty for else")
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("cont", x)
else:
    print("finished without break")
for x in [1, 2, 3]:
    if x == 2:
        break
    print("brk", x)
else:
    print("not printed")
print("x is", x)
