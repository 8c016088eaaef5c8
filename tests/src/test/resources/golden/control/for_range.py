for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(0, 20, 5):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5, 5):
    print("never")
for i in range(-3, 3, 2):
    print(i, end=" ")
print()
for i in range(0, -10, -4):
    print(i, end=" ")
print()
print(range(5), range(1, 5), range(1, 10, 2))
print(len(range(0, 100, 7)), len(range(10, 0, -1)), len(range(5, 0)))
