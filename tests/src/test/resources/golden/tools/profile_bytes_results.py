# cProfile on functions that return bytes, bytearray and tuples holding bytes (values handed to instruments)
import cProfile
def esc(s):
    return s.encode()
def tup():
    return (1, b'x')
p = cProfile.Profile()
p.enable()
print(esc('abc'), tup(), bytearray(b'q'))
p.disable()
print('ok')
