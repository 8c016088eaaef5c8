# Sizes no program can have: CPython's exception at once, and the program goes on
def show(src):
    try:
        exec(src)
        print("ok", src)
    except BaseException as e:
        print(type(e).__name__, e)

for src in ["[0] * 10**12", "'x' * 2**62", "b'x' * 2**62", "(1,) * 2**62", "x = [1, 2]; x *= 2**62",
            "bytes(2**62)", "bytearray(2**60)", "bytes(-1)", "1 << 2**40", "1 << 2**64",
            "list(range(2**62))", "[None] * 2**62", "(2**64) * 'a'",
            "'%*d' % (2**62, 1)", "'%*d' % (2**64, 1)", "'%999999999999d' % 1", "'%99999999999999999999d' % 1",
            "'%.99999999999d' % 1", "'{:999999999999}'.format(1)", "'{:99999999999999999999}'.format(1)",
            "'{:.999999999999}'.format(1.5)"]:
    show(src)
print("still running")
