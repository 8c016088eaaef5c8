print(0 or "a")
print([] and 1)
print(1 and 2, 1 or 2, 0 and 2, "" or 0, "" or [] or "last")
print(None or None, 5 and 0 or 7)
print(not 0, not "x", not [], not None, not not 3)
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(0) and t(3))
print(t(0) or t("") or t(None))
x = 5
print(x > 3 and x < 10, x < 3 or x == 5, not x > 3)
print(True and "yes" or "no", False and "yes" or "no")
