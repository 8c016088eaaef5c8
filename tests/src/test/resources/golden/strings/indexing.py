s = "hello"
print(s[0], s[1], s[4])
print(s[-1], s[-2], s[-5])
print(len(s), len(""), len("a b c"))
i = 0
while i < len(s):
    print(i, s[i], s[-i - 1])
    i += 1
print("abc"[2] + "xyz"[0])
