if True:
    pass
print("after if pass")
for i in range(3):
    pass
print(i)
while False:
    pass
def f():
    pass
print(f())
x = 0
while x < 3:
    x += 1
    pass
print(x)
