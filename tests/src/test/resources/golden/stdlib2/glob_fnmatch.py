import fnmatch
import glob
import os
import tempfile

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "data1.csv", "data22.csv", ".hidden"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "[!t]*.py"))
print(fnmatch.fnmatch("Readme.MD", "*.md"), fnmatch.fnmatchcase("Readme.MD", "*.md"), fnmatch.translate("*.py"))
with tempfile.TemporaryDirectory() as tmp:
    for n in names + ["sub/inner.py", "sub/deep/x.py", "sub/deep/y.txt"]:
        p = os.path.join(tmp, n)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    rel = lambda ps: sorted(os.path.relpath(p, tmp) for p in ps)
    print(rel(glob.glob(os.path.join(tmp, "*"))))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "*", "*.py"))))
    print(rel(glob.glob(os.path.join(tmp, ".*"))))
    print(rel(glob.iglob(os.path.join(tmp, "data[0-9]*.csv"))))
    print(rel(glob.glob(os.path.join(tmp, "**"), recursive=True)))
    print(glob.glob(os.path.join(tmp, "nomatch*")))
