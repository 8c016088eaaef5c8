i = 0
while i < 5:
    print(i)
    i += 1
i = 0
while True:
    i += 1
    if i == 3:
        continue
    if i > 6:
        break
    print("i", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while 0:
    print("never")
else:
    print("else of never-run loop")
