def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(g, "exhausted"))

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

g = cleanup()
print(next(g))
g.close()
print(next(g, "closed"))
g.close()

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def never_started():
    print("never printed")
    yield

g = never_started()
g.close()
print("closed unstarted")

def stop_inside():
    yield 1
    raise StopIteration("x")

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
