y = 1
print("y is", y)
print(x)
