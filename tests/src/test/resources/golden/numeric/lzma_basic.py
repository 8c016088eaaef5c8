# lzma: round trips in each format and check, incremental (de)compression, LZMAFile, errors,
# and decompression of streams made by liblzma (compressed bytes themselves are not compared:
# another encoder may choose other, equally valid, bytes)
import lzma, io

data = b'The quick brown fox jumps over the lazy dog. ' * 50
for kw in ({}, {'format': lzma.FORMAT_ALONE}, {'check': lzma.CHECK_CRC32}, {'check': lzma.CHECK_NONE},
           {'check': lzma.CHECK_SHA256}, {'preset': 1}, {'preset': 9 | lzma.PRESET_EXTREME}):
    c = lzma.compress(data, **kw)
    print(kw, lzma.decompress(c) == data, len(c) < len(data) // 5)
comp = lzma.LZMACompressor()
out = b''.join(comp.compress(data[i:i + 100]) for i in range(0, len(data), 100)) + comp.flush()
try:
    comp.flush()
except ValueError as e:
    print('ValueError', e)
d = lzma.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
res = b''
for i in range(0, len(out), 40):
    res += d.decompress(out[i:i + 40], max_length=500)
while not d.eof:
    res += d.decompress(b'', max_length=500)
print(res == data, d.eof, d.needs_input, d.check, d.unused_data)
print(lzma.decompress(out + out) == data * 2)
d2 = lzma.LZMADecompressor()
print(d2.decompress(out + b'trailing') == data, d2.eof, d2.unused_data)
try:
    d2.decompress(b'x')
except EOFError as e:
    print('EOFError', e)
for bad in (b'not lzma data at all', b'\xfd7zXZ\x00garbage-garbage-garbage'):
    try:
        lzma.decompress(bad)
    except lzma.LZMAError as e:
        print('LZMAError', e)
try:
    lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)
except ValueError as e:
    print('ValueError', e)
bio = io.BytesIO()
with lzma.open(bio, 'wt', encoding='utf-8') as f:
    f.write('line one\nline two\n' * 1000)
bio.seek(0)
with lzma.open(bio, 'rt', encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), lines[:2])
print(lzma.is_check_supported(lzma.CHECK_SHA256), lzma.CHECK_CRC64, lzma.FILTER_LZMA2, lzma.PRESET_DEFAULT, lzma.FORMAT_AUTO)
# made by CPython 3.12.1 (liblzma): .xz (CRC64), .lzma, .xz (CRC32)
print(lzma.decompress(b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x01S\x00\x1a]\x004\x19I\xee\x8d\xe9\x14\x8aj\xa5\xd6\xb6\xa5\xf3'X(\xef\xc9J\xd6]I@\x00\x00\x00\x00\x00\xf1f\x82p\xad\x8b\xc3\x19\x00\x016\xd4\x02\x00\x00\x00\x7f!\n\xc7\xb1\xc4g\xfb\x02\x00\x00\x00\x00\x04YZ"))
print(lzma.decompress(b']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x000\x9b\nC$\xc8\xb6\x08\nI\xbfb\xd8\xfd\x9d\x13\xd2\x14\xc4\x9b\x04\xff\xff\xa6\xdc\x00\x00'))
d3 = lzma.LZMADecompressor()
print(d3.decompress(b'\xfd7zXZ\x00\x00\x01i"\xde6\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\ncrc32 check\x00\x00\xcc\x17]\xfc\x00\x01\x1f\x0b=b\x0ez\x90B\x99\r\x01\x00\x00\x00\x00\x01YZ'), d3.check)
