"""Drives `bytepy` (the command given as arguments) through a pseudo-terminal, as a user at a terminal:
line editing, history, Ctrl-C at the prompt and in running code, Ctrl-D. Prints what the terminal
showed, with a "[step] name" line before each step, and "[exit] status" at the end (ReplTest)."""
import fcntl, os, pty, select, signal, struct, sys, termios, time

pid, fd = pty.fork()
if pid == 0:
    # a terminal session starts with the default signal dispositions and no blocked signals, whatever
    # the process that started this driver ignored (an ignored SIGINT would be inherited through exec)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    os.environ["TERM"] = "xterm"
    os.environ.pop("PYTHONUNBUFFERED", None)
    os.execvp(sys.argv[1], sys.argv[1:])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
buf = b""


def until(s, timeout=90):
    global buf
    end = time.time() + timeout
    while s.encode() not in buf:
        r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
        if not r:
            sys.stdout.write(buf.decode(errors="replace"))
            print("\n[timeout] waiting for %r" % s)
            os.kill(pid, 9)
            sys.exit(1)
        try:
            buf += os.read(fd, 4096)
        except OSError:
            break
    i = buf.find(s.encode())
    i = len(buf) if i < 0 else i + len(s)
    sys.stdout.write(buf[:i].decode(errors="replace"))
    sys.stdout.flush()
    buf = buf[i:]


def step(name, keys, wait=">>> ", pause=0.0):
    print("[step] " + name)
    for k in keys if isinstance(keys, list) else [keys]:
        os.write(fd, k.encode())
        time.sleep(pause)
    until(wait)


until(">>> ")
print()
step("assign", "x = 6 * 7\r")
step("echo", "x\r")
print()
step("for", "for i in range(2):\r", "... ")
step("body", "  print(i)\r", "... ")
step("block", "\r")
print()
step("ctrl-c at prompt", "abc\x03")
print()
step("loop", "while True: pass\r", "... ")
step("ctrl-c in loop", ["\r", "\x03"], pause=3)
print()
step("ctrl-c in sleep", ["import time; time.sleep(60)\r", "\x03"], pause=3)
print()
step("set", "y = 5\r")
step("history", ["\x1bOA", "\x7f6\r"], pause=0.5)
step("use", "y\r")
print()
os.write(fd, b"\x04")
until("\n", 30)
_, status = os.waitpid(pid, 0)
print("\n[exit] %d" % os.waitstatus_to_exitcode(status))
