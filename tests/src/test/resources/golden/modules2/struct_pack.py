# struct: byte orders, sizes, alignment, Struct objects and errors
import struct

print(struct.pack("<ihq", 1, -2, 3))
print(struct.pack(">ihq", 1, -2, 3))
print(struct.pack("!HIQ", 65535, 2**32 - 1, 2**64 - 1))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 255, -300, 60000, -70000, 4000000000, -2**63, 2**64 - 1)))
print(struct.pack("=?c3s5p", True, b"z", b"ab", b"hello world"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3s", b"xyz"))
print(struct.pack("<fde", 1.5, -2.25, 0.333), struct.unpack("<fde", struct.pack("<fde", 1.5, -2.25, 0.333)))
print(struct.unpack(">e", b"\x7c\x00"), struct.unpack("<d", struct.pack("<d", 1e300)))
for fmt in ["@ci", "@ic", "ci0q", "<ci", "5p", "@hq", "=hq", "3x2i", "n", "P", "@?dl"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2), struct.pack("@ih", 1, 2))
print(struct.pack("2h3x", 1, 2))

s = struct.Struct("<2sH")
print(s.format, s.size, s.pack(b"ok", 513), s.unpack(b"hi\x01\x01"))
buf = bytearray(10)
s.pack_into(buf, 2, b"ab", 7)
struct.pack_into(">h", buf, -2, -2)
print(buf, struct.unpack_from("<H", buf, 4), s.unpack_from(buf, offset=2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
print(struct.Struct(b">i").format)

tests = [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**40), ("I", -1), ("<l", 2**40),
         ("q", 2**70), ("Q", -1), ("b", "x"), ("f", "x"), ("<f", 1e300), ("e", 1e10), ("s", 1),
         ("c", b"ab"), ("<P", 1), ("z", 1), ("3", 1), ("i", 1.5), ("ii", 1)]
for fmt, v in tests:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for f in [lambda: struct.unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abc", 1),
          lambda: struct.pack_into("i", bytearray(3), 1, 5), lambda: struct.pack_into("i", bytearray(3), -10, 5),
          lambda: list(struct.iter_unpack("i", b"abcde")), lambda: struct.pack("i"),
          lambda: struct.unpack_from("i", b"abc", -10)]:
    try:
        f()
    except struct.error as e:
        print("error:", e)
print(issubclass(struct.error, Exception), struct.error.__module__)
