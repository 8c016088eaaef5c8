# A finished coroutine cannot be resumed: send() and throw() raise RuntimeError (a generator raises
# StopIteration); close() stays silent. Found by the fuzzer: a driver loop that kept sending hung.
async def f():
    return 1
c = f()
for i in range(3):
    try:
        c.send(None)
    except BaseException as e:
        print(type(e).__name__, e)
def g():
    yield 1
    return 2
x = g(); next(x)
for i in range(3):
    try: x.send(None)
    except BaseException as e: print(type(e).__name__, e)
async def ag():
    yield 1
a = ag()
aw = a.__anext__()
for i in range(3):
    try: aw.send(None)
    except BaseException as e: print(type(e).__name__, e)
c2 = f(); c2.close()
try: c2.send(None)
except BaseException as e: print(type(e).__name__, e)
c3 = f()
try:
    c3.send(None)
except StopIteration as e:
    print('done', e.value)
try:
    c3.throw(ValueError('x'))
except BaseException as e:
    print(type(e).__name__, e)
c3.close()
print('closed quietly')
class Aw:
    def __await__(self):
        return (yield 5)
async def h():
    return await Aw()
w = h().__await__()
print(next(w))
try:
    w.send(7)
except StopIteration as e:
    print('value', e.value)
try:
    w.send(None)
except BaseException as e:
    print(type(e).__name__, e)
