# contextvars: ContextVar get/set/reset, Token, Context.run, copy_context
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, w.name, v.get(), w.get('dflt'))
try:
    w.get()
except LookupError as e:
    print('LookupError', e.args[0] is w)
t = w.set(5)
print(type(t).__name__, t.var is w, t.old_value is Token.MISSING, repr(Token.MISSING), w.get())
t2 = w.set(6)
print(t2.old_value, w.get())
w.reset(t2)
print(w.get())
try:
    w.reset(t2)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
try:
    v.reset(t)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))

ctx = copy_context()
print(len(ctx), w in ctx, v in ctx, ctx[w], ctx.get(v), ctx.get(v, 9), list(ctx.values()))
print(sorted(var.name for var in ctx), sorted((k.name, val) for k, val in ctx.items()))

def work(n):
    w.set(n)
    v.set(n * 10)
    return w.get() + v.get()

print(ctx.run(work, 7), w.get(), v.get(), ctx[w], ctx[v])
try:
    ctx.run(ctx.run, work, 1)
except RuntimeError as e:
    print('RuntimeError', 'cannot enter context' in str(e))
empty = Context()
print(len(empty), empty.run(lambda: (w.get(None), v.get())), ctx == ctx.copy(), ctx == empty)
try:
    ctx[1]
except TypeError as e:
    print(e)
try:
    empty[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
for bad in (lambda: ContextVar(1), lambda: Context(1), lambda: Token()):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
w.reset(t)
print(w.get('gone'), repr(v).startswith("<ContextVar name='v' default=1 at 0x"), ContextVar[int])
