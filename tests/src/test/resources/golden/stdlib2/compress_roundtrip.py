import zlib
import gzip
import bz2
import lzma
import io
import os
import tempfile

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 50).encode()
c = zlib.compress(text)
print(len(text), len(c) < len(text), zlib.decompress(c) == text, zlib.crc32(text), zlib.adler32(text))
print(zlib.compress(b"hello", 9)[:2], zlib.decompress(zlib.compress(b"")), len(zlib.compress(b"abc", level=0)))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(text) + co.flush()
do = zlib.decompressobj(-15)
print(do.decompress(raw) == text, do.eof)
d = zlib.decompressobj()
part = d.decompress(c[:30]) + d.decompress(c[30:]) + d.flush()
print(part == text)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)

g = gzip.compress(text)
print(g[:2], gzip.decompress(g) == text)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("line one\nline two\nünïcode\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            print(repr(line))
    with gzip.open(path, "rb") as f:
        print(f.read(4))
    bpath = os.path.join(tmp, "d.bz2")
    with bz2.open(bpath, "wb") as f:
        f.write(text)
    with bz2.BZ2File(bpath) as f:
        print(f.read() == text)
    xpath = os.path.join(tmp, "d.xz")
    with lzma.open(xpath, "wt") as f:
        f.write("xz text\n" * 3)
    with lzma.open(xpath, "rt") as f:
        print(f.readlines())
    try:
        with gzip.open(os.path.join(tmp, "plain"), "wb") as f:
            f.write(b"x")
        with open(os.path.join(tmp, "plain"), "wb") as f:
            f.write(b"not gzip data")
        gzip.open(os.path.join(tmp, "plain")).read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile:", e)

b = bz2.compress(text)
print(b[:3], bz2.decompress(b) == text, len(b) < len(text))
comp = bz2.BZ2Compressor()
out = comp.compress(text[:100]) + comp.compress(text[100:]) + comp.flush()
print(bz2.BZ2Decompressor().decompress(out) == text)
x = lzma.compress(text)
print(x[:6], lzma.decompress(x) == text)
a = lzma.compress(text, format=lzma.FORMAT_ALONE)
print(lzma.decompress(a) == text)
try:
    lzma.decompress(b"garbage")
except lzma.LZMAError as e:
    print("LZMAError:", e)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
    gz.write(b"in memory")
print(buf.getvalue()[:10].hex(), gzip.decompress(buf.getvalue()))
