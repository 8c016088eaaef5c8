def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        print("after inner:", x)
    middle()
    return x

print(outer())

def accumulate():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    def get():
        return total, items
    return add, get

add, get = accumulate()
add(3)
add(4)
print(get())

def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    r = inner()
    return x, r

print(no_nonlocal())

def swap_later():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b

print(swap_later())

def before_assign():
    def show():
        return value
    value = "assigned later"
    return show()

print(before_assign())

def unbound():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 1

unbound()
