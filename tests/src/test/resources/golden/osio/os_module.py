# The os module (Lib/os.py on posix) and os.path.
import os, stat

print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.extsep)
base = 'osio_tmp_os'
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
for name in ['one.txt', 'a/two.txt', 'a/b/three.txt']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 2)

print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + '/nope'))
print(os.path.isfile(os.path.join(base, 'one.txt')), os.path.getsize(os.path.join(base, 'one.txt')))
print(os.path.join('x', 'y', 'z.py'), os.path.split('/a/b/c.txt'), os.path.splitext('archive.tar.gz'))
print(os.path.basename('/a/b/c'), os.path.dirname('/a/b/c'), os.path.normpath('a//b/./c/../d'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.abspath(base) == os.path.join(os.getcwd(), base))
print(os.path.realpath(base) == os.path.abspath(base), os.path.relpath(os.path.join(base, 'a', 'b'), base))
print(os.path.commonpath(['/usr/lib', '/usr/local']))

for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))

print(sorted(os.listdir(base)), sorted(e.name for e in os.scandir(base)))
st = os.stat(os.path.join(base, 'one.txt'))
print(stat.S_ISREG(st.st_mode), st.st_size, stat.filemode(os.stat(base).st_mode)[0])

os.rename(os.path.join(base, 'one.txt'), os.path.join(base, 'uno.txt'))
print(sorted(os.listdir(base)))
print(os.environ.get('OSIO_SURELY_UNSET', 'default'), 'OSIO_SURELY_UNSET' in os.environ)
os.environ['OSIO_SET'] = 'value'
print(os.environ['OSIO_SET'], os.getenv('OSIO_SET'), os.environb[b'OSIO_SET'])
del os.environ['OSIO_SET']
print(os.getenv('OSIO_SET'))
print(os.fsencode('name'), os.fsdecode(b'name'), os.fspath(base))

fd = os.open(os.path.join(base, 'uno.txt'), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END))
os.close(fd)
with os.fdopen(os.open(os.path.join(base, 'fd.txt'), os.O_WRONLY | os.O_CREAT), 'w') as f:
    f.write('via fdopen')
with open(os.path.join(base, 'fd.txt')) as f:
    print(f.read())

for root, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(base)
print(os.path.exists(base))
print(os.strerror(2), os.getpid() > 0, os.cpu_count() > 0, type(os.urandom(4)).__name__)
