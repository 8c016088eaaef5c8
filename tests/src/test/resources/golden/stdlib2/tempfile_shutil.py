import os
import shutil
import tempfile
import glob

base = tempfile.mkdtemp(prefix="proj_")
print(os.path.basename(base).startswith("proj_"), os.path.isdir(base))
src = os.path.join(base, "src")
os.makedirs(os.path.join(src, "sub"))
for rel, text in [("a.txt", "alpha"), ("b.py", "print(1)"), ("sub/c.txt", "gamma"), ("sub/d.log", "log")]:
    with open(os.path.join(src, rel), "w") as f:
        f.write(text)
dst = os.path.join(base, "dst")
shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.log"))
print(sorted(os.path.relpath(p, dst) for p in glob.glob(os.path.join(dst, "**", "*"), recursive=True)))
shutil.copy(os.path.join(src, "a.txt"), os.path.join(base, "a_copy.txt"))
shutil.copyfile(os.path.join(src, "b.py"), os.path.join(base, "b_copy.py"))
shutil.copy2(os.path.join(src, "a.txt"), dst)
print(open(os.path.join(base, "a_copy.txt")).read())
shutil.move(os.path.join(base, "b_copy.py"), os.path.join(base, "moved.py"))
print(sorted(os.listdir(base)))
print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(base, "*.py"))))
print(sorted(glob.glob("*/*.txt", root_dir=base)))
print(sorted(glob.glob("**/*.txt", root_dir=src, recursive=True)))
print(sorted(glob.glob("[ab].*", root_dir=src)), glob.escape("a[1].txt"))
arch = shutil.make_archive(os.path.join(base, "backup"), "gztar", root_dir=src)
print(os.path.basename(arch))
out = os.path.join(base, "unpacked")
shutil.unpack_archive(arch, out)
print(sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs))
zarch = shutil.make_archive(os.path.join(base, "backup"), "zip", root_dir=src)
shutil.unpack_archive(zarch, os.path.join(base, "unz"))
print(sorted(os.listdir(os.path.join(base, "unz"))))
shutil.rmtree(dst)
print(os.path.exists(dst))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"))
du = shutil.disk_usage(base)
print(du.total >= du.used)
with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as tf:
    tf.write("temp data\nline 2\n")
    tf.seek(0)
    print(tf.readline().strip(), tf.name.endswith(".txt"))
    name = tf.name
print(os.path.exists(name))
os.unlink(name)
with tempfile.TemporaryFile() as t:
    t.write(b"bytes!")
    t.seek(0)
    print(t.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
    sp.write("short")
    sp.seek(0)
    print(sp.read())
fd, path = tempfile.mkstemp(suffix=".dat", dir=base)
os.write(fd, b"xyz")
os.close(fd)
print(os.path.getsize(path), os.path.dirname(path) == base)
shutil.rmtree(base)
print(os.path.exists(base))
try:
    shutil.rmtree(base)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(tempfile.gettempdir() != "")
