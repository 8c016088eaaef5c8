# CPython 3.12's SyntaxWarnings: invalid escape sequences (the parser's, first), then the compiler's
# ("is" with a literal, calling or subscripting a literal, a tuple assertion); with an "error" filter
# they are SyntaxErrors. The program is compiled from a file so that the warnings show its lines.
import os
import tempfile
import warnings

SOURCE = r'''
x = "\d"
y = b"\q\w"
z = "\777 \d"
if x is 1: pass
if x is not (1, 2): pass
if x is -1: pass
if x is None or x is ... or x is True: pass
if 1 is x: pass
if x is 'a' 'b': pass
print(f"\{6}")
try: print([1](2))
except TypeError as e: print(e)
try: print((1, 2)(3))
except TypeError as e: print(e)
try: print(None())
except TypeError as e: print(e)
try: print(3[0])
except TypeError as e: print(e)
try: print({1}[0])
except TypeError as e: print(e)
try: print([1, 2]['a'])
except TypeError as e: print(e)
try: print('abc'[1.5])
except TypeError as e: print(e)
try: print((x, 1)['k'])
except TypeError as e: print(e)
print([1,2][0], 'ab'[1:], (lambda: 1)())
assert (x, "msg")
def f():
    return 2 is 2
print(f())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('a is 5\nb = "\\d"\n(1)(2)', 'fname', 'exec')
    exec('q = 5; q is 5')
for m in w: print(m.category.__name__, m.filename, m.lineno, m.message)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in ['a is 5', '"\\d"', '[1](2)']:
        try: compile(src, 'fn', 'exec')
        except SyntaxError as e: print('SyntaxError', e.msg, e.lineno, e.offset)
'''


def show(message, category, filename, lineno, file=None, line=None):
    print('%s:%d: %s: %s' % (os.path.basename(filename), lineno, category.__name__, message))
    print('  ' + (line if line is not None else __import__('linecache').getline(filename, lineno)).strip())


warnings.showwarning = show
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'w.py')
    with open(path, 'w') as f:
        f.write(SOURCE)
    code = compile(SOURCE, path, 'exec')
    print('compiled')
    exec(code, {'__name__': 'w', 'warnings': warnings})
