# Fuzz findings: sequence repetition by huge counts (OverflowError/MemoryError as CPython), chr() beyond a C int,
# bytes/bytearray title/capitalize/swapcase, None | None, bytes index message.
for f in (lambda: -10**25 * (1,), lambda: -10**25 * 'a', lambda: -10**25 * [1], lambda: -10**25 * b'a', lambda: 10**25 * 'a',
          lambda: 9223372036854775807 * 'ab', lambda: 9223372036854775807 * 'a', lambda: 2**62 * 'ab', lambda: 2**40 * 'ab',
          lambda: 9223372036854775807 * b'ab', lambda: 2**62 * b'ab', lambda: 9223372036854775807 * [1, 2], lambda: 2**62 * (1, 2),
          lambda: 9223372036854775807 * bytearray(b'ab'), lambda: 2**61 * [1,2,3,4,5], lambda: 2**61*'abcde', lambda: 2**61 * b'abcde'):
    try:
        r = f()
        print(len(r))
    except Exception as e:
        print(type(e).__name__, e)
for v in (2**31, 2**31-1, -2**31-1, -2**31, 2**40, 10**30, -10**30, True, 65):
    try: print(repr(chr(v)))
    except Exception as e: print(v, type(e).__name__, e)
for b in (b'\n\thello wORLD 1a', bytearray(b'ab cd'), b'', b"they're bill's friends", b'\xe9abc DEF'):
    print(b.title(), b.capitalize(), b.swapcase())
for f in (lambda: None | None, lambda: b'a'[10], lambda: bytearray(b'a')[10], lambda: None | int):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
