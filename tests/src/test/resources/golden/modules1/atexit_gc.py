# atexit functions run at exit, last registered first; gc basics
import atexit, gc
print(gc.isenabled(), gc.collect(), gc.get_threshold()); gc.disable(); print(gc.isenabled()); gc.enable()
def bye(*args, **kw):
    print('bye', args, kw)
atexit.register(bye, 1, k=2)
atexit.register(print, 'first registered, runs last')
atexit.register(lambda: print('unregistered'))
def g(): print('gone')
atexit.register(g); atexit.unregister(g)
print(atexit._ncallbacks())

atexit.register(int, 'not a number')  # reported on stderr, the other functions still run
print('end of program')
