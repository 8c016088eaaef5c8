# bz2: one-shot, incremental, files, multi-stream and errors.
import bz2, io, os, tempfile

text = b"The quick brown fox jumps over the lazy dog. " * 200
packed = bz2.compress(text)
print(packed[:4], len(packed) < len(text))
print(bz2.decompress(packed) == text)
print(bz2.decompress(bz2.compress(b"")) == b"")
print(len(bz2.compress(text, compresslevel=1)) > 0)

# incremental compression and decompression in small pieces
c = bz2.BZ2Compressor()
parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(c.flush())
blob = b"".join(parts)
d = bz2.BZ2Decompressor()
out = b"".join(d.decompress(blob[i:i + 100]) for i in range(0, len(blob), 100))
print(out == text, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError:", e)

# data after the end of the stream
d = bz2.BZ2Decompressor()
print(d.decompress(bz2.compress(b"abc") + b"trailing"), d.unused_data)

# max_length
d = bz2.BZ2Decompressor()
first = d.decompress(packed, max_length=10)
print(first, d.needs_input, d.eof)
rest = d.decompress(b"")
print(len(first) + len(rest) == len(text), d.eof)

# concatenated streams are one file for bz2.decompress
print(bz2.decompress(bz2.compress(b"one ") + bz2.compress(b"two")))

# files
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt.bz2")
    with bz2.open(path, "wt", encoding="utf-8") as f:
        for i in range(5):
            f.write(f"line {i}: {'x' * i}\n")
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    with bz2.BZ2File(path) as f:
        print(f.readline(), f.read(4))
    with open(path, "rb") as f:
        print(bz2.decompress(f.read()).count(b"\n"))

buf = io.BytesIO()
with bz2.BZ2File(buf, "w") as f:
    f.write(b"in memory")
print(bz2.decompress(buf.getvalue()))

try:
    bz2.decompress(b"not bzip2 data at all")
except OSError as e:
    print("OSError:", e)
try:
    bz2.BZ2Compressor(10)
except ValueError as e:
    print("ValueError:", e)
