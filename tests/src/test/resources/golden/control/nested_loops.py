for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j) + " "
    print(row)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print(found)
i = 0
while i < 3:
    for c in "ab":
        if c == "b" and i == 1:
            continue
        print(i, c)
    i += 1
