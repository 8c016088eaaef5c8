# Binary files: buffered and raw, seek/tell/truncate, readinto, peek, read1.
import posix

base = 'osio_tmp_binary'
posix.mkdir(base)
path = base + '/b.bin'

with open(path, 'wb') as f:
    print(type(f).__name__, f.mode, type(f.raw).__name__, f.raw.mode)
    print(f.write(b'0123456789'), f.write(bytearray(b'abc')), f.tell())
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(4), f.read1(3), f.peek(2)[:2], f.tell())
    print(f.seek(-3, 2), f.read(), f.read(), f.seek(2), f.read(2))
    buf = bytearray(5)
    print(f.readinto(buf), buf, f.tell())
    print(f.seek(3, 1), f.read())
with open(path, 'rb') as f:
    print(f.readline(), f.readlines())

with open(path, 'wb') as f:
    f.write(b'line1\nline2\nline3')
with open(path, 'rb') as f:
    print(list(f))

with open(path, 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(5))
    f.write(b'!')
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())

with open(path, 'ab') as f:
    print(f.mode, f.tell())
    f.write(b'++')
with open(path, 'rb') as f:
    print(f.read())

# unbuffered raw file
with open(path, 'wb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.write(b'raw data'))
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
with open(path, 'rb', buffering=0) as f:
    print(f.read(3), f.readall(), f.read(10))
    b = bytearray(4)
    f.seek(1)
    print(f.readinto(b), b)

# x mode
p2 = base + '/new.bin'
with open(p2, 'xb') as f:
    print(f.mode, f.write(b'x'))
with open(p2, 'rb') as f:
    print(f.read(), f.readable(), f.writable())

# a file object's fd works with posix functions
with open(path, 'rb') as f:
    fd = f.fileno()
    print(type(fd).__name__, posix.fstat(fd).st_size, posix.read(fd, 3))

posix.unlink(path)
posix.unlink(p2)
posix.rmdir(base)
