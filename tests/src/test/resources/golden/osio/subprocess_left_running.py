# A child left running at exit (its stdin still open) does not stop the interpreter from closing: it
# loses its stdin as when CPython exits (found by the fuzzer: an internal error at context close).
import subprocess
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
print('started', p.poll())
