for x in [-5, 0, 3, 10, 100]:
    if x < 0:
        print(x, "negative")
    elif x == 0:
        print(x, "zero")
    elif x < 10:
        print(x, "small")
    else:
        print(x, "large")
if []:
    print("empty list true?")
else:
    print("empty list is falsy")
if "s":
    print("non-empty string truthy")
if 0.0:
    print("no")
elif None:
    print("no")
if 1:
    if 0:
        print("inner no")
    else:
        print("inner else")
