# posix: directories, stat, rename, links, fds, pipes; errno and _stat.
import posix, errno, _stat

base = 'osio_tmp_posix'
posix.mkdir(base)
print(sorted(posix.listdir(base)))
for name in ['b.txt', 'a.txt']:
    fd = posix.open(base + '/' + name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, b'data of ' + name.encode()))
    posix.close(fd)
posix.mkdir(base + '/sub')
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))

entries = sorted(posix.scandir(base), key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-')
with posix.scandir(base) as it:
    print(sorted(e.name for e in it))

st = posix.stat(base + '/a.txt')
print(st.st_size, _stat.S_ISREG(st.st_mode), _stat.S_ISDIR(st.st_mode), _stat.filemode(st.st_mode)[0], len(st), st[6])
print(type(st).__name__, type(st.st_mtime).__name__, st.st_mtime_ns // 1000000000 == st[8], st.st_nlink)
print(_stat.S_ISDIR(posix.stat(base).st_mode), _stat.S_IMODE(0o100644), _stat.filemode(0o40755), _stat.filemode(0o100644))
print(_stat.filemode(0o120777), _stat.filemode(0o104755), _stat.S_IFMT(0o100644) == _stat.S_IFREG)

posix.utime(base + '/a.txt', (1000000000, 1500000000))
st = posix.stat(base + '/a.txt')
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns)
posix.utime(base + '/a.txt', ns=(5, 2000000000123456789))
print(posix.stat(base + '/a.txt').st_mtime_ns)
posix.chmod(base + '/a.txt', 0o600)
print(oct(_stat.S_IMODE(posix.stat(base + '/a.txt').st_mode)))
print(posix.access(base + '/a.txt', posix.F_OK), posix.access(base + '/a.txt', posix.R_OK | posix.W_OK), posix.access(base + '/zzz', posix.F_OK))

posix.symlink('a.txt', base + '/link')
print(posix.readlink(base + '/link'), _stat.S_ISLNK(posix.lstat(base + '/link').st_mode), posix.stat(base + '/link').st_size)
posix.unlink(base + '/link')

posix.rename(base + '/a.txt', base + '/c.txt')
posix.replace(base + '/b.txt', base + '/c.txt')
print(sorted(posix.listdir(base)))

def attempt(f, *args):
    try:
        f(*args)
        print('ok')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)

attempt(posix.mkdir, base)
attempt(posix.rmdir, base)
attempt(posix.rmdir, base + '/c.txt')
attempt(posix.unlink, base + '/sub')
attempt(posix.stat, base + '/nothing')
attempt(posix.listdir, base + '/nothing')
attempt(posix.listdir, base + '/c.txt')
attempt(posix.rename, base + '/nothing', base + '/x')
attempt(posix.chdir, base + '/nothing')
attempt(posix.close, 987)
attempt(posix.read, 987, 1)
attempt(posix.readlink, base + '/c.txt')
try:
    posix.stat(3.5)
except TypeError as e:
    print(e)
try:
    posix.mkdir(None)
except TypeError as e:
    print(e)

# file descriptors
fd = posix.open(base + '/c.txt', posix.O_RDWR)
print(posix.read(fd, 4), posix.lseek(fd, 0, 1), posix.lseek(fd, 0, 2), posix.read(fd, 4))
posix.lseek(fd, 0, 0)
fd2 = posix.dup(fd)
print(fd2 != fd, posix.read(fd2, 4), posix.fstat(fd).st_size)
posix.ftruncate(fd, 3)
print(posix.fstat(fd2).st_size)
posix.close(fd)
posix.close(fd2)
fd = posix.open(base + '/c.txt', posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b'+appended')
posix.close(fd)
with open(base + '/c.txt', 'rb') as f:
    print(f.read())
try:
    posix.open(base + '/c.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    print('exclusive:', e.errno)

r, w = posix.pipe()
print(posix.write(w, b'through the pipe'))
print(posix.read(r, 7), posix.read(r, 100))
posix.close(r)
posix.close(w)

cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == cwd + '/' + base, sorted(posix.listdir()), posix.getcwdb() == posix.getcwd().encode())
posix.chdir('..')
print(posix.getcwd() == cwd)

posix.unlink(base + '/c.txt')
posix.rmdir(base + '/sub')
posix.rmdir(base)
print(posix.access(base, posix.F_OK))

print(posix.strerror(errno.ENOENT), posix.strerror(errno.EACCES), posix.strerror(99999))
print(errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11], errno.ENOTEMPTY)
print(posix.fspath('p'), posix.fspath(b'p'))
class P:
    def __fspath__(self):
        return 'from fspath'
print(posix.fspath(P()))
try:
    posix.fspath(1)
except TypeError as e:
    print(e)
print(type(posix.getpid()).__name__, posix.getpid() > 0, type(posix.getuid()).__name__, posix.cpu_count() >= 1)
print(len(posix.urandom(16)), type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9), posix.WEXITSTATUS(768), posix.WIFEXITED(0))
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
print(posix.uname().sysname, len(posix.times()), posix.stat_result.__name__, posix.terminal_size((80, 24)).columns)
print([posix._path_normpath(p) for p in ['', '.', '/', '//', '///', 'a//b/./c/../d', '../a/..', '/../x', '//a/../../b', './', 'a/b/', '../..']])
