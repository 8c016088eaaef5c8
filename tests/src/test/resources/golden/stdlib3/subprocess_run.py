# subprocess as scripts use it: run with captured output, check, input, errors.
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(r.args)

r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True)
print(r.stdout, r.stderr, r.returncode)

print(subprocess.check_output(["sh", "-c", "echo one; echo two >&2"], stderr=subprocess.STDOUT))
print(subprocess.check_output("printf '%s-' a b c", shell=True, text=True))

try:
    subprocess.run(["sh", "-c", "exit 3"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e)

try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    print("output kept:", e.output)

try:
    subprocess.run(["no-such-command-xyz", "arg"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)

r = subprocess.run(["sh", "-c", "read a; read b; echo $b $a"], input="first\nsecond\n", capture_output=True, text=True)
print(r.stdout.strip())

r = subprocess.run(["wc", "-c"], input=b"x" * 100000, stdout=subprocess.PIPE)
print("wc:", r.stdout.split()[0])

r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print("cwd:", r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $GREETING"], env={"GREETING": "hi there", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print("env:", r.stdout.strip())

print("call:", subprocess.call(["true"]), subprocess.call(["false"]))
print(subprocess.getoutput("echo got it"), subprocess.getstatusoutput("echo x; exit 2"))

r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print("devnull:", r.stdout)
r = subprocess.run(["sh", "-c", "echo quiet"], stdout=subprocess.DEVNULL)
print("discarded:", r.stdout, r.returncode)

# output that is not captured goes to our stdout, in order
print("before", flush=True)
subprocess.run(["echo", "from the child"])
print("after")
