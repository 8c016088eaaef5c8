# Text file encodings and error handlers.
import posix

base = 'osio_tmp_enc'
posix.mkdir(base)
path = base + '/e.txt'

text = 'caf\xe9 \u20ac \U0001f600\n'
for enc in ['utf-8', 'utf8', 'latin-1', 'ascii', 'utf-16', 'cp1252']:
    try:
        with open(path, 'w', encoding=enc) as f:
            print(enc, f.encoding, f.write(text))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)
        continue
    with open(path, 'rb') as f:
        data = f.read()
    print(len(data), data[:6])
    with open(path, encoding=enc) as f:
        print(ascii(f.read()))

with open(path, 'w', encoding='ascii', errors='replace') as f:
    f.write(text)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='latin-1', errors='backslashreplace') as f:
    f.write(text)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w', encoding='ascii', errors='ignore') as f:
    print(f.errors)
    f.write(text)
with open(path, 'rb') as f:
    print(f.read())

with open(path, 'wb') as f:
    f.write(b'ok \xff\xfe bad \xe2\x82')
for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    with open(path, encoding='utf-8', errors=errors) as f:
        try:
            print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, 'UnicodeDecodeError:', e)
with open(path, encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)

# multi-byte characters across read chunks and tell()
with open(path, 'w', encoding='utf-8') as f:
    f.write('\xe9' * 5000 + '\n' + '\u20ac' * 3000 + '\nend\n')
with open(path, encoding='utf-8') as f:
    a = f.readline()
    print(len(a), f.tell())
    b = f.readline()
    print(len(b), set(b[:-1]) == {'\u20ac'}, f.tell(), repr(f.read()))
with open(path, 'rb') as f:
    print(len(f.read()))

# utf-8-sig writes a BOM and skips it when reading
with open(path, 'w', encoding='utf-8-sig') as f:
    print(f.encoding, f.write('bom\n'), f.write('two\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(ascii(f.readline()))

posix.unlink(path)
posix.rmdir(base)
