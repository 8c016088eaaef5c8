# Sources nested past CPython's limits: SyntaxError (too many nested parentheses), MemoryError (the
# parser's stack) or RecursionError (during compilation), never a crash; the program goes on.
def probe(name, src, mode='exec'):
    try:
        compile(src, '<deep>', mode)
        print(name, 'ok')
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(name, type(e).__name__, e)

probe('parens 100000', '(' * 100000 + ')' * 100000, 'eval')
probe('parens 199', '(' * 199 + '1' + ')' * 199, 'eval')
probe('brackets 5000', 'x = ' + '[' * 5000 + ']' * 5000)
probe('plus 100000', '+'.join(['1'] * 100000), 'eval')
probe('plus 1000', '+'.join(['1'] * 1000), 'eval')
probe('elif 25000', 'x = 0\nif x == 0:\n    pass\n' + ''.join('elif x == %d:\n    pass\n' % i for i in range(1, 25000)))
probe('elif 4000', 'x = 0\nif x == 0:\n    pass\n' + ''.join('elif x == %d:\n    pass\n' % i for i in range(1, 4000)))
probe('elif 1000', 'x = 0\nif x == 0:\n    pass\n' + ''.join('elif x == %d:\n    pass\n' % i for i in range(1, 1000)))
probe('indent 100', ''.join('    ' * i + 'if True:\n' for i in range(100)) + '    ' * 100 + 'pass\n')
for n in (1000, 4000, 8000):
    probe('not %d' % n, 'x = ' + 'not ' * n + '1\n')
    probe('minus %d' % n, 'x = ' + '-' * n + '1\n')
    probe('lambda %d' % n, 'x = ' + 'lambda: ' * n + '1\n')
    probe('attr %d' % n, 'x = a' + '.b' * n + '\n')
    probe('call %d' % n, 'x = a' + '()' * n + '\n')
    probe('pow %d' % n, 'x = ' + '2**' * n + '1\n')
    probe('ifexp %d' % n, 'x = ' + '1 if x else ' * n + '1\n')
    probe('and %d' % n, 'x = ' + 'a and ' * n + '1\n')

# a long chain that compiles also runs
x = 0
src = 'x = 0\nif x == 5:\n    r = 5\n' + ''.join('elif x == %d:\n    r = %d\n' % (i, i) for i in range(6, 900)) + 'else:\n    r = -1\n'
ns = {}
exec(src, ns)
print(ns['r'])
ns = {'x': 700}
exec(compile(src.replace('x = 0\n', ''), '<elif>', 'exec'), ns)
print(ns['r'])
print(eval('+'.join(['1'] * 2000)))
print('done')
