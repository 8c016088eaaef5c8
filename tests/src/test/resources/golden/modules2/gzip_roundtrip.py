# gzip.compress/decompress on zlib
import gzip

data = b"gzip data " * 100
blob = gzip.compress(data, mtime=0)
print(blob[:10], len(blob) < len(data))
print(gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(b"a", 1, mtime=0) + gzip.compress(b"b", 9, mtime=0)))
print(gzip.compress(b"hello", mtime=0))
try:
    gzip.decompress(blob[:-4])
except EOFError as e:
    print("EOFError", e)
