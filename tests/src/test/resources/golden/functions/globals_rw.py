total = 0
history = []
LIMIT = 3

def add(x):
    global total
    if x > LIMIT:
        x = LIMIT
    total = total + x
    history.append(x)

def reset():
    global total, history
    total = 0
    history = []

add(1)
add(10)
print(total, history)
reset()
add(2)
print(total, history)

def read_only():
    return total * 10

print(read_only())

def local_shadow():
    total = "local"
    return total

print(local_shadow(), total)
