import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    old = os.getcwd()
    os.chdir(tmp)
    try:
        os.makedirs("a/b/c")
        os.makedirs("a/b/c", exist_ok=True)
        for name in ["a/x.txt", "a/b/y.txt", "a/b/c/z.log"]:
            with open(name, "w") as f:
                f.write(name)
        for dirpath, dirnames, filenames in os.walk("a"):
            dirnames.sort()
            print(dirpath, dirnames, sorted(filenames))
        print(sorted(os.listdir("a")))
        with os.scandir("a") as it:
            print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
        print(os.path.getsize("a/x.txt"), os.path.exists("a/nope"), os.path.isdir("a/b"), os.path.isfile("a/b"))
        os.rename("a/x.txt", "a/w.txt")
        print(sorted(os.listdir("a")))
        os.remove("a/w.txt")
        try:
            os.remove("a/w.txt")
        except FileNotFoundError as e:
            print(type(e).__name__, e)
        try:
            os.rmdir("a")
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        try:
            os.listdir("missing_dir")
        except FileNotFoundError as e:
            print(e)
        try:
            open("a/b", "r")
        except IsADirectoryError as e:
            print(e)
        print(os.path.basename(os.getcwd()) == os.path.basename(tmp))
        st = os.stat("a/b/y.txt")
        print(st.st_size, oct(st.st_mode & 0o777 & 0) , os.path.getmtime("a/b/y.txt") > 0)
        fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, b"hello raw")
        os.close(fd)
        fd = os.open("raw.bin", os.O_RDONLY)
        print(os.read(fd, 5), os.read(fd, 100))
        os.close(fd)
    finally:
        os.chdir(old)

print(os.path.join("a", "b", "c.txt"), os.path.split("/x/y/z.py"), os.path.splitext("arch.tar.gz"))
print(os.path.dirname("/x/y/z"), os.path.normpath("a/./b/../c//d"), os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.expanduser("~") != "~")
os.environ["MY_TEST_VAR"] = "42"
print(os.environ.get("MY_TEST_VAR"), os.getenv("NOPE_NOT_SET", "default"), "MY_TEST_VAR" in os.environ)
del os.environ["MY_TEST_VAR"]
print(os.environ.get("MY_TEST_VAR"))
print(os.sep, os.name, os.linesep == "\n", os.curdir, os.pardir, type(os.getpid()).__name__, os.cpu_count() > 0)
