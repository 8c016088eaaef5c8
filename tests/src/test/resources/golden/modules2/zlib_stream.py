# zlib: one-shot, wbits (zlib, raw, gzip, auto), streams, checksums, errors
import zlib

data = b"hello zlib " * 50 + bytes(range(256))
c = zlib.compress(data)
print(len(data), c[:2], zlib.decompress(c) == data)
print(zlib.compress(b"hello" * 20))
print(zlib.compress(b"abc", 9), zlib.compress(b"abc", level=1), zlib.compress(b"abc", 0))
raw = zlib.compress(data, wbits=-15)
gz = zlib.compress(data, 6, wbits=31)
print(raw[:1] != c[:1], gz[:10], zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data)
print(zlib.decompress(gz, 47) == data, zlib.decompress(c, 47) == data, zlib.decompress(c + b"trailing") == data)
print(zlib.compress(b"hello" * 10, 9, wbits=31))

co = zlib.compressobj(6, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj(-15)
out = do.decompress(stream + b"EXTRA", 100)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
for _ in range(20):
    if do.eof:
        break
    out += do.decompress(do.unconsumed_tail, 100)
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)

co = zlib.compressobj(wbits=31)
g = co.compress(b"abc" * 100) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(b"def") + co.flush()
d = zlib.decompressobj(31)
print(d.decompress(g[:15]) + d.decompress(g[15:]) == b"abc" * 100 + b"def", d.eof)

zd = zlib.compressobj(zdict=b"hello world")
z = zd.compress(b"hello world hello") + zd.flush()
dd = zlib.decompressobj(zdict=b"hello world")
print(dd.decompress(z))

zd2 = zlib._ZlibDecompressor()
print(zd2.decompress(c[:20]) + zd2.decompress(c[20:]) == data, zd2.eof, zd2.needs_input)

print(zlib.crc32(b"abc"), zlib.crc32(b"def", zlib.crc32(b"abc")) == zlib.crc32(b"abcdef"), zlib.adler32(b"abc"), zlib.adler32(b"abc", 12345))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE)
for f in [lambda: zlib.decompress(b"abc"), lambda: zlib.decompress(c[:-3]), lambda: zlib.decompress(c, 31),
          lambda: zlib.compress(b"x", 12), lambda: zlib.decompress(c[:2] + b"\xff" * 10)]:
    try:
        f()
    except zlib.error as e:
        print("zlib.error:", e)
