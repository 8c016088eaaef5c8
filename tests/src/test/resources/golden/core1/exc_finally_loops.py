def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

print(f4())

def f5():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out with", i

print(f5())

def f6():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "never"

try:
    print(f6())
except ValueError as e:
    print("ValueError", e)

def f8():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")

f8()

def f10():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print("while finally", i)

print(f10())
