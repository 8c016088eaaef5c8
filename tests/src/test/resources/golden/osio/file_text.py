# Text files: write, read, append, lines, iteration, seek/tell, newline handling.
import posix

base = 'osio_tmp_text'
posix.mkdir(base)
path = base + '/t.txt'

with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.closed, f.name == path)
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth'])
    print(f.tell())
print(f.closed)

with open(path) as f:
    print(repr(f.read()))

with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(path, 'a') as f:
    print(f.tell())
    f.write('\nappended\n')
with open(path) as f:
    print(f.read().splitlines())

# seek and tell
with open(path) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, f.read() == rest, f.seek(0), repr(f.read(5)), f.tell())
    print(f.seek(0, 2) == len(rest) + pos)

# newline translation on read
with open(path, 'wb') as f:
    f.write(b'a\nb\r\nc\rd')
with open(path) as f:
    print(repr(f.read()), f.newlines)
with open(path, newline='') as f:
    print(list(f))
with open(path, newline='\r') as f:
    print(f.readlines())
with open(path, newline='\r\n') as f:
    print(f.readlines())
with open(path, newline='\n') as f:
    print(f.readlines())
with open(path) as f:
    print([f.read(1) for _ in range(8)])

# newline translation on write
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(path, 'w', newline=nl) as f:
        f.write('x\ny\n')
    with open(path, 'rb') as f:
        print(repr(nl), f.read())

# r+ and w+
with open(path, 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5))
    f.seek(6)
    f.write('WORLD')
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.seek(0), f.read())

# line buffering and flush through the same file
with open(path, 'w', buffering=1) as f:
    print(f.line_buffering)
    f.write('abc\n')
    with open(path) as g:
        print(repr(g.read()))

# print to a file
with open(path, 'w') as f:
    print('via', 'print', sep='-', end='!\n', file=f)
with open(path) as f:
    print(f.read(), end='')

posix.unlink(path)
posix.rmdir(base)
