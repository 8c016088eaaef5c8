# The tokenizer's SyntaxWarning for a number directly followed by a keyword-like word (1if, 0x1for,
# 1.isdigit), issued even when a SyntaxError follows; with an "error" filter it is the SyntaxError.
import warnings
warnings.simplefilter('always')
def show(message, category, filename, lineno, file=None, line=None):
    print('%s:%d: %s: %s' % (filename, lineno, category.__name__, message))
warnings.showwarning = show
for src in ['x = 1if 1 else 2', 'y = [0x1for x in (1,)]', 'z = 1else', '1.isdigit()', 'a = 1in [1]', 'b = 1or 2', 'c = 0 if 1else 2',
            'd = 1ex', 'e = 1e+', 'f = 1_0jand 1', 'g = "\\d" + 1.isdigit()', 'h = 0b1and 1', 'q = 1not in []']:
    try:
        code = compile(src, 'src', 'exec')
        ns = {}
        exec(code, ns)
        print(repr(src), 'ok', {k: v for k, v in ns.items() if k != '__builtins__'})
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in ['x = 1if 1 else 2', '1.isdigit()']:
        try:
            compile(src, 'src', 'exec')
        except SyntaxError as e:
            print(repr(src), 'SyntaxError', e.msg, e.lineno, e.offset)
