# bytes %-formatting, splitlines, ord, reversed; str.format corner cases
print(b"%%" % (), b"=%d=" % 1, b"=%d=%d=" % (1, 2), b"=%s=" % b"str", b"=%r=" % b"str", b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%x %o %c" % (255, 8, 65) if False else b"%x %o" % (255, 8))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), bytearray(b"x\ny").splitlines())
print(ord(b"a"), ord(bytearray(b"\xff")), list(reversed(b"1234")), list(reversed(bytearray(b"ab"))))
print("{:4c}|{:<4c}|{:^5c}|".format(48, 49, 50), "{:20}|{:>6}|".format(False, True), format(True, "d"))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: "{0:=}".format("zzz"))
attempt(lambda: "{0:+c}".format(1))
attempt(lambda: ord(b"ab"))
attempt(lambda: bytes("abc"))
attempt(lambda: bytes("abc", "utf-8", "replace", "x"))
attempt(lambda: "%*d" % ("x", 1))
