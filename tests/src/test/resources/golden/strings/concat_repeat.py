a = "foo"
b = "bar"
print(a + b)
print(a * 3)
print(3 * b)
print(a * 0, "|", a * -1, "|")
print((a + b) * 2)
s = ""
for c in "xyz":
    s = s + c + c
print(s)
print("-" * 20)
print("ab" + "" + "cd")
