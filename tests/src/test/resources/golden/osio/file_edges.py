# Edge cases of file objects: argument checks, seek/truncate rules, closed files, a+ and r+ modes.
import posix
p = 'osio_tmp_edges.txt'
with open(p, 'w') as f:
    f.write('abc\n')
def t(fn):
    try:
        print('ok', repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)
f = open(p, 'rb')
t(lambda: f.read(-5))
t(lambda: f.seek(-1))
t(lambda: f.seek(0, 5))
t(lambda: f.read('x'))
t(lambda: f.readline(None))
t(lambda: f.truncate())
f.close()
g = open(p)
t(lambda: g.seek(-1))
t(lambda: g.seek(1, 1))
t(lambda: g.seek(1, 2))
t(lambda: g.seek(0, 3))
t(lambda: g.read(None))
t(lambda: g.readline(2))
t(lambda: g.fileno() > 2)
t(lambda: g.writable())
t(lambda: g.truncate())
t(lambda: g.name)
t(lambda: g.buffer.mode)
g.close()
t(lambda: g.closed)
t(lambda: g.readline())
t(lambda: next(g))
t(lambda: g.__enter__())
t(lambda: open(p, 'w', newline=5))
t(lambda: open(p, mode=None))
t(lambda: open(p, 'r', -2).read())
t(lambda: open(p, 'r', encoding=5))
t(lambda: open(None))
t(lambda: open(p, 'rt').read())
t(lambda: open(p, 'U'))
with open(p, 'a+') as h:
    t(lambda: h.tell())
    t(lambda: h.read())
    h.seek(0)
    t(lambda: h.read())
with open(p, 'r+') as h:
    t(lambda: h.read(1))
    h.write('Z')
with open(p) as h:
    t(lambda: h.read())
posix.unlink(p)
