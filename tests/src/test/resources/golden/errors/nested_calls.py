def level3(x):
    print("level3", x)
    return 100 // x

def level2(x):
    return level3(x - 1) + 1

def level1(x):
    result = level2(x)
    return result

print(level1(5))
print(level1(1))
