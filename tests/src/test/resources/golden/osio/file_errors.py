# Errors of open() and file objects: OSError subclasses with errno/filename, mode checks, closed files.
import posix, errno, _io

base = 'osio_tmp_errors'
posix.mkdir(base)
path = base + '/e.txt'

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', type(r).__name__)
        if hasattr(r, 'close'):
            r.close()
    except Exception as e:
        print(type(e).__name__, '|', e)
        return e

e = attempt(open, base + '/missing.txt')
print(e.errno == errno.ENOENT, e.strerror, e.filename == base + '/missing.txt', e.args)
e = attempt(open, base)
print(e.errno == errno.EISDIR, isinstance(e, OSError))
e = attempt(open, base + '/no/such/dir.txt', 'w')
print(type(e).__name__, e.errno)
open(path, 'w').close()
e = attempt(open, path, 'x')
print(e.errno == errno.EEXIST)

for mode in ['rr', 'rw', 'rbt', 'z', 'b', 'r+b+', 'wa', 'U', '']:
    attempt(open, path, mode)
attempt(open, path, 'rb', encoding='utf-8')
attempt(open, path, 'rb', errors='strict')
attempt(open, path, 'rb', newline='\n')
attempt(open, path, 'r', newline='x')
attempt(open, path, 'r', buffering=0)
attempt(open, 3.5)
attempt(open, path, 5)
attempt(open, path, encoding='no-such-codec')

f = open(path, 'w')
attempt(f.read)
f.close()
attempt(f.write, 'x')
attempt(f.read)
attempt(f.tell)
attempt(f.flush)
print(f.closed, repr(f))
f.close()

f = open(path)
attempt(f.write, 'x')
f.close()
with open(path, 'w') as f:
    attempt(f.write, b'bytes')
with open(path, 'wb') as f:
    attempt(f.write, 'str')
    attempt(f.read)
with open(path, 'rb') as f:
    attempt(f.write, b'x')
f = open(path, 'rb')
f.close()
attempt(f.read)
f = open(path, 'rb', buffering=0)
f.close()
attempt(f.read)
print(repr(f))

try:
    with open(path) as f:
        raise KeyError('inside')
except KeyError:
    print('closed after error:', f.closed)

print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(OSError(2, 'No such file or directory', 'x'))
print(type(OSError(errno.EACCES, 'denied')).__name__, type(OSError(errno.EEXIST, 'x')).__name__, type(OSError(1, 2, 3, 4, 5, 6)).__name__)
print(IOError is OSError, EnvironmentError is OSError)

posix.unlink(path)
posix.rmdir(base)
