print("floor division")
n = 7
print(n // 0)
