# Popen: pipes, communicate, poll/wait, signals, timeouts, a pipeline.
import subprocess, sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"line one\nline two\n")
print(out, err, p.returncode)

with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo $i; done"], stdout=subprocess.PIPE, text=True) as p:
    lines = [line.strip() for line in p.stdout]
print("lines", lines, p.returncode)

p = subprocess.Popen(["sleep", "10"])
print("running", p.poll())
p.terminate()
print("terminated", p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print("killed", p.wait())

p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout)
p.kill()
p.wait()

try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("run timeout", e.cmd)

# a pipeline: producer | consumer
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
print("sorted", p2.communicate()[0].split())
p1.wait()

# write and read incrementally
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("abc\n")
p.stdin.flush()
print("echoed", p.stdout.readline().strip())
p.stdin.close()
print("rest", repr(p.stdout.read()), p.wait())

# os.popen and os.system
import os
with os.popen("echo via popen") as f:
    print(f.read().strip())
print("system", os.system("exit 5") >> 8)
