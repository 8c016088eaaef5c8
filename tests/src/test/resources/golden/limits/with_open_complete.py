# A file written inside `with open(...)` is complete when the block ends, also when an exception ends it.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'out.txt')
big = ''.join('line %d %s\n' % (i, 'x' * (i % 70)) for i in range(20000))

with open(p, 'w') as f:
    f.write(big)
print(os.path.getsize(p) == len(big), open(p).read() == big)

try:
    with open(p, 'w') as f:
        f.write(big)
        f.write('tail\n')
        raise ValueError('stop')
except ValueError as e:
    print('caught', e, f.closed)
print(open(p).read() == big + 'tail\n')

# binary, buffered and unbuffered, and an exception from inside a helper
def writer(path, data, buffering):
    with open(path, 'wb', buffering=buffering) as f:
        for i in range(0, len(data), 1000):
            f.write(data[i:i + 1000])
        1 / 0

data = bytes(range(256)) * 400
for buffering in (-1, 0, 1 << 16):
    try:
        writer(p, data, buffering)
    except ZeroDivisionError:
        pass
    with open(p, 'rb') as f:
        print(buffering, f.read() == data)

# append mode and a KeyboardInterrupt-like BaseException
try:
    with open(p, 'a') as f:
        f.write('one\n')
        raise SystemExit(3)
except SystemExit as e:
    print('exit', e.code)
print(open(p, 'rb').read()[-4:])

# a text file with an encoding and newline translation, ended by return inside the block
def early(path):
    with open(path, 'w', encoding='utf-16', newline='\r\n') as f:
        f.write('é\nπ\n' * 1000)
        return f
fobj = early(p)
print(fobj.closed, open(p, encoding='utf-16', newline='').read() == 'é\r\nπ\r\n' * 1000)
os.remove(p)
os.rmdir(d)
print('done')
