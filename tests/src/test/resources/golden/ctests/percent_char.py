# %c in str and bytes %-formatting: range and type errors
for v in ['a', 'ab', -100, 0x110000, 2.5, 2**70, True, 0x1F600]:
    try: print(repr('%c' % (v,)), repr('%3c|' % (v,)))
    except Exception as e: print(type(e).__name__, e)
for v in [b'ab', -100, 256, 2.5, b'x', 65, bytearray(b'y')]:
    try: print(repr(b'%c' % (v,)))
    except Exception as e: print(type(e).__name__, e)
