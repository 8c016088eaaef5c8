"""Runs a batch of programs in one interpreter process, for tools/fuzz.

    <python> driver.py LISTFILE

LISTFILE names one program file per line. Each program runs in a fresh `__main__`-like namespace with
sys.stdout and sys.stderr captured; for each, one JSON line goes to the real stdout:
    {"p": path, "out": captured stdout, "exc": uncaught exception type or null, "msg": its message,
     "exit": the SystemExit code or 0}
preceded by a line `START path` so that the caller knows which program hangs or kills the process.
"""
import builtins
import io
import json
import os
import sys

real_stdout = sys.stdout
real_stderr = sys.stderr
limit = sys.getrecursionlimit()


def run(path):
    path = os.path.abspath(path)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    # files a program writes go to a directory of its own, next to it
    work = path[:-3] + ".d"
    os.makedirs(work, exist_ok=True)
    os.chdir(work)
    out = io.StringIO()
    exc = None
    msg = ""
    code = 0
    sys.stdout = out
    sys.stderr = io.StringIO()
    try:
        code_obj = compile(src, path, "exec")
        exec(code_obj, {"__name__": "__main__", "__file__": path, "__builtins__": builtins})
    except SystemExit as e:
        c = e.code
        code = 0 if c is None else (c if isinstance(c, int) else 1)
    except BaseException as e:
        exc = type(e).__name__
        try:
            msg = str(e) if not isinstance(e, SyntaxError) else str(e.msg)
        except BaseException:
            msg = "<unprintable>"
        code = 1
    finally:
        sys.stdout = real_stdout
        sys.stderr = real_stderr
        sys.setrecursionlimit(limit)
    return {"p": path, "out": out.getvalue(), "exc": exc, "msg": msg, "exit": code}


def left_state_behind():
    """Clears the trace and profile hooks a program set, and says whether it left a profiler enabled.

    A profiler a program enabled and never disabled stays enabled after it (in CPython 3.12 too:
    sys.monitoring holds it) and would profile every later program of the batch, with that program's
    timer. The caller then runs the rest of the batch in a new process."""
    sys.settrace(None)
    sys.setprofile(None)
    threading = sys.modules.get("threading")
    if threading is not None:
        threading.settrace(None)
        threading.setprofile(None)
    try:
        import _lsprof
        probe = _lsprof.Profiler()
        probe.enable()
        probe.disable()
    except ValueError:
        return True
    except Exception:
        pass
    return False


def main():
    with open(sys.argv[1]) as f:
        paths = [line.strip() for line in f if line.strip()]
    for p in paths:
        real_stdout.write("START " + p + "\n")
        real_stdout.flush()
        r = run(p)
        real_stdout.write(json.dumps(r) + "\n")
        real_stdout.flush()
        if left_state_behind():
            break


main()
