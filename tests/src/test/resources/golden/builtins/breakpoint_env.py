# breakpoint() calls sys.breakpointhook; the default hook follows PYTHONBREAKPOINT (os.environ changes reach it, as
# putenv does in C), warns for names it cannot import; os.putenv/unsetenv reach child processes.
import sys, os, warnings
calls = []
def hook(*a, **k):
    calls.append((a, k))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(breakpoint([1, 2, 3]))
os.environ['PYTHONBREAKPOINT'] = 'abs'
print(breakpoint(-4))
for bad in ('.', 'foo.', 'nosuchmodule.x', '.int', 'nosuchbuiltin'):
    os.environ['PYTHONBREAKPOINT'] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint(), w[0].category.__name__, w[0].message)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
os.putenv('BYTEPY_X', 'v1')
import subprocess
print(subprocess.run(['sh', '-c', 'echo $BYTEPY_X $PYTHONBREAKPOINT'], capture_output=True, text=True).stdout.strip())
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print('ValueError', e)
os.environ['BYTEPY_Y'] = 'set'
os.unsetenv('BYTEPY_X')
print(subprocess.run(['sh', '-c', 'echo "[$BYTEPY_X] [$BYTEPY_Y]"'], capture_output=True, text=True).stdout.strip())
print(os.system('test -z "$BYTEPY_X" && test "$BYTEPY_Y" = set'))
