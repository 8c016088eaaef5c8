x = 1
print(x)
x = x + 1
print(x)
a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
name = "bytepy"
print(name)
x = None
print(x)
l1 = l2 = []
l1.append(1)
print(l1, l2)
