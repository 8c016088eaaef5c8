counter = 0

def inc():
    global counter
    counter += 1

def get():
    return counter

inc()
inc()
print(counter, get())

def make():
    global created
    created = "yes"

make()
print(created)

def shadow():
    counter = 100
    return counter

print(shadow(), counter)
