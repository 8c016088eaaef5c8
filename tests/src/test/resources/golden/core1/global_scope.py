x = "global x"

def read():
    return x

def write():
    global x
    x = "changed by write"

def shadow():
    x = "local x"
    return x

print(read())
print(shadow())
print(x)
write()
print(x)

def create():
    global created
    created = "new global"

create()
print(created)

counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1

bump(5)
bump(2)
print(counter)

def unbound_local():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)

y = "global y"
unbound_local()

def nested_global():
    def inner():
        global z
        z = "set from inner"
    inner()

nested_global()
print(z)

def check_names():
    a = 1
    return sorted(locals())

print(check_names())
print("x" in globals(), "nope" in globals())

def del_global():
    global temp
    del temp

temp = 1
del_global()
print("temp" in globals())

try:
    print(undefined_thing)
except NameError as e:
    print("NameError:", e)
