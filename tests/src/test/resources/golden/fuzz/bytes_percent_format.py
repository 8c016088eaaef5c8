# bytes %-formatting: %s/%b take bytes-like objects or __bytes__ only; argument-count messages
class B:
    def __bytes__(self):
        return b'<B>'
class Bad:
    def __bytes__(self):
        return 'str'
for v in [1, 'x', 1.5, [1], b'ab', bytearray(b'c'), memoryview(b'd'), B(), Bad()]:
    for f in (b'%s', b'%b', b'[%5s]', b'%.1b'):
        try:
            print(repr(f % (v,)))
        except Exception as e:
            print(type(e).__name__, e)
for expr in ['b"%s" % (1, 2)', 'b"%s %s" % (b"a",)', 'b"x" % (1,)', '"x" % (1,)', '"%b" % (1,)', 'b"%d%%" % 5', 'b"%r" % ("é",)', 'b"%a" % (b"x",)']:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__, e)
for expr in ['"%a" % ("é",)', '"%r" % ("é",)', '"%5a|" % ("ü",)', 'b"%5r|" % ("ü",)']:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__, e)
