import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args)
r = subprocess.run("echo out; echo err 1>&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(["sh", "-c", "exit 2"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd)
print(subprocess.check_output(["printf", "a\\nb\\n"], text=True).splitlines())
print(subprocess.run(["cat"], input="piped input\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["tr", "a-z", "A-Z"], input=b"bytes in", stdout=subprocess.PIPE).stdout)
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.run(["no-such-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run("echo both; echo errs >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()))
r = subprocess.run(["sh", "-c", "echo discarded"], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd)
with subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 4"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, _ = p.communicate("value\n")
print(repr(out), p.returncode)
p = subprocess.Popen(["printf", "l1\\nl2\\nl3\\n"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("line:", line.rstrip())
p.stdout.close()
print(p.wait())
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 1"))
r = subprocess.run(["sh", "-c", "echo $((6*7))"], capture_output=True, text=True)
print(r.stdout.strip())
r.check_returncode()
print(repr(subprocess.CompletedProcess(["x"], 0)))
