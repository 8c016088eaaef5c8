# _thread: lock and RLock semantics, errors, _local
import _thread
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release(); print(l.locked())
with l:
    print('in', l.locked())
print(l.locked())
for fn in [lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -5), lambda: _thread.RLock().release()]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
rl = _thread.RLock()
with rl:
    with rl:
        print('nested', rl._is_owned(), rl._recursion_count())
print(rl._is_owned(), type(_thread.get_ident()).__name__, _thread.TIMEOUT_MAX, _thread.error is RuntimeError)
loc = _thread._local(); loc.v = 3; print(loc.v)
