# str.encode / bytes.decode with the built-in codecs and every error handler
s = "h\xe9llo \u20ac \U0001f600"
for enc in ["utf-8", "UTF8", "utf-16", "utf-16-le", "utf_16_be", "utf-32", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
bad = b"ab\xff\xfecd\xc3"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(bad.decode("utf-8", errors)), ascii(bad.decode("ascii", errors)))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), "\ud800".encode("utf-8", "surrogatepass"))
print(bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))

def show(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)

show(lambda: "abc\xe9".encode("ascii"))
show(lambda: "\u20ac\u20acx".encode("latin-1"))
show(lambda: "a\ud800".encode("utf-8"))
show(lambda: "\ud800".encode("utf-16"))
show(lambda: b"a\xffb".decode("utf-8"))
show(lambda: b"a\xe2\x82".decode("utf-8"))
show(lambda: b"\xe2\x28\xa1".decode("utf-8"))
show(lambda: b"\xf0\x9f\x98".decode("utf-8"))
show(lambda: b"\xc0\x80".decode("utf-8"))
show(lambda: b"\xed\xa0\x80".decode("utf-8"))
show(lambda: b"\x80".decode("ascii"))
show(lambda: b"A\x00B".decode("utf-16-le"))
show(lambda: b"\x00\xd8A\x00".decode("utf-16-le"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show(lambda: "x".encode("no-such-codec"))
show(lambda: b"x".decode("utf-8", "no-such-handler"))
try:
    b"ab\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "ab\u1234".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
