x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())

xs = list(range(10))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)

ys = [0, 1, 2, 3, 4, 5, 6, 7]
del ys[1::3]
print(ys)
del ys[10:20]
print(ys)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

try:
    del ys[100]
except IndexError as e:
    print("IndexError:", e)

def local_del():
    v = "value"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_del())

nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)

m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)

try:
    del undefined_name
except NameError as e:
    print("NameError:", e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)

for i in range(2):
    pass
del i
print("i" in globals())
