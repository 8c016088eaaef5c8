import struct
from collections import namedtuple

header = struct.pack("<4sHHI", b"BMP\x00", 1, 2, 1024)
print(header, len(header), struct.calcsize("<4sHHI"))
print(struct.unpack("<4sHHI", header))
print(struct.pack(">i", -2), struct.pack("<q", 2**40), struct.pack("!H", 65535), struct.pack("=bB", -1, 255))
print(struct.pack("<f", 1.5), struct.unpack("<d", struct.pack("<d", 3.141592653589793)), struct.pack("<e", 0.5))
print(struct.pack("?xc", True, b"z"), struct.calcsize("@ci"), struct.calcsize("=ci"), struct.pack("3s", b"abcdef"), struct.pack("5p", b"ab"))
Rec = namedtuple("Rec", "id score name")
fmt = struct.Struct("<Ih8s")
packed = b"".join(fmt.pack(i, s, n.encode()) for i, s, n in [(1, -5, "alice"), (2, 300, "bob")])
print(packed.hex(), fmt.size, fmt.format)
for rec in fmt.iter_unpack(packed):
    r = Rec._make(rec)
    print(r.id, r.score, r.name.rstrip(b"\x00").decode())
buf = bytearray(16)
struct.pack_into("<HH", buf, 4, 7, 9)
print(buf, struct.unpack_from("<HH", buf, 4))
print(struct.unpack(">3B", b"\x01\x02\x03"), struct.unpack("<2h", b"\xff\xff\x01\x00"), struct.pack("<Q", 2**64 - 1))
for bad in [("<h", 40000), ("<B", -1), ("<i", "x")]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x00")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack("<2i", 1)
except struct.error as e:
    print("struct.error:", e)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), struct.pack("<n", 5) if False else "skip")
print(struct.unpack("<?", b"\x02"), struct.pack(">l", -1).hex(), struct.unpack("!f", b"\x40\x49\x0f\xdb")[0])
