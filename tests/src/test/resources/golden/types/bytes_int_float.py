b = b"hello world"
print(b.decode(), b.hex(), bytes.fromhex("de ad"), b.count(b"o"), b.find(b"o", 5), b.index(b"w"), b.rfind(b"o"))
print(b"-".join([b"a", b"b"]), b.split(), b"a,b".split(b","), b"  x ".strip(), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.replace(b"o", b"0"), b.upper(), b"ABC".lower(), b + b"!", b * 2, b"ab" < b"b", b"o" in b, 111 in b)
a = bytearray(b"abc")
a.append(100); a.extend(b"ef"); a[0] = 65; print(a, a.pop(), a, len(a), a[1], a[1:3], bytes(a))
a += b"zz"
print(a, bytearray(3), bytearray([1, 2]), a == b"Abcdezz", b"\xff".decode("latin-1"))
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e)
print((10).bit_length(), (255).bit_count(), (1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"), (-1).to_bytes(2, "little", signed=True))
print((3).conjugate(), (7).as_integer_ratio(), (0.75).as_integer_ratio(), (1.5).hex(), float.fromhex("0x1.8p1"), (2.0).is_integer(), (1.5).conjugate(), (0.1).hex())
print(int.from_bytes(b"\xff\xff", "little", signed=True), (5).is_integer(), (-2.5).as_integer_ratio())
