def f1():
    try:
        return "try"
    finally:
        print("finally f1")

print(f1())

def f2():
    try:
        return "try"
    finally:
        return "finally"

print(f2())

def f3():
    try:
        1 / 0
    finally:
        return "swallowed"

print(f3())

def f7():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)

print(f7())

def f9(n):
    try:
        if n:
            raise ValueError
    except ValueError:
        print("except", n)
        return "from except"
    else:
        print("else", n)
        return "from else"
    finally:
        print("finally", n)

print(f9(0))
print(f9(1))
