def next_row(row):
    new = [1]
    for i in range(len(row) - 1):
        new.append(row[i] + row[i + 1])
    new.append(1)
    return new

row = [1]
for n in range(10):
    line = ""
    for v in row:
        line += str(v) + " "
    print(" " * (10 - n) + line)
    row = next_row(row)
r = [1]
for n in range(100):
    r = next_row(r)
print(r[50])
print(sum(r) == 2 ** 100)
